//! Project tasks: `cargo xtask dist | serve | test`.
//!
//! Builds the WebAssembly app into a static site in `dist/`, serves it on
//! loopback, and runs every test. Everything it needs comes from rustup's own
//! wasm target, crates.io, the npm registry (`package-lock.json`) and
//! Debian's `chromium` package, installed on first use.

mod bench;
mod serve;
mod site;

use std::env;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const USAGE: &str = "\
usage: cargo xtask <task> [options]

tasks:
  dist               build the release site into dist/
  serve [--port N]   build, then serve dist/ at http://127.0.0.1:8080 (or port N)
  icons              draw the install icons (www/*.png) from www/icon.svg
  test               run every test: native, component and end-to-end in Chromium
  bench [--runs N] [--no-browser] [--no-native] [--only PATTERN]
                     measure size, start-up, gestures, long sessions and the core;
                     --only runs just the browser figures whose title matches,
                     e.g. --only \"long session\"; see docs/performance.md
";

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("dist") => site::build().map(|_| ()),
        Some("serve") => port_arg(&args[1..]).and_then(|port| {
            site::build()?;
            serve::serve_forever(&dist_dir(), port)
        }),
        Some("test") => test(),
        Some("icons") => icons(),
        Some("bench") => bench::bench(&args[1..]),
        Some("-h" | "--help" | "help") | None => {
            print!("{USAGE}");
            Ok(())
        }
        Some(other) => Err(format!("unknown task `{other}`\n\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}

fn port_arg(args: &[String]) -> Result<u16, String> {
    match args {
        [] => Ok(8080),
        [flag, n] if flag == "--port" => n.parse().map_err(|_| format!("`{n}` is not a port number")),
        _ => Err(format!("serve takes only `--port N`\n\n{USAGE}")),
    }
}

/// The workspace root (the folder holding this workspace's Cargo.toml).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."))
}

pub fn dist_dir() -> PathBuf {
    root().join("dist")
}

/// Cargo's target folder, wherever the caller's `CARGO_TARGET_DIR`, a
/// `build.target-dir` setting or the default put it, as `cargo metadata`
/// names it.
pub fn target_dir() -> Result<PathBuf, String> {
    let output = metadata()
        .output()
        .map_err(|e| format!("could not start cargo metadata: {e}"))?;
    if !output.status.success() {
        return Err(format!("cargo metadata failed: {}", String::from_utf8_lossy(&output.stderr).trim()));
    }
    target_dir_in(&String::from_utf8_lossy(&output.stdout))
}

/// `cargo metadata` for this workspace, with the caller's environment.
fn metadata() -> Command {
    let mut cmd = Command::new(env!("CARGO"));
    cmd.args(["metadata", "--format-version", "1", "--no-deps"]).current_dir(root());
    cmd
}

/// The target folder named in the output of `cargo metadata`.
pub fn target_dir_in(metadata: &str) -> Result<PathBuf, String> {
    let value: serde_json::Value =
        serde_json::from_str(metadata).map_err(|e| format!("cargo metadata gave no JSON: {e}"))?;
    value
        .get("target_directory")
        .and_then(serde_json::Value::as_str)
        .map(PathBuf::from)
        .ok_or_else(|| "cargo metadata names no target_directory".to_owned())
}

/// Runs a command in the workspace root, failing with its name if it fails.
pub fn run(cmd: &mut Command) -> Result<(), String> {
    let shown = format!("{cmd:?}");
    let status = cmd.current_dir(root()).status().map_err(|e| format!("could not start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

/// Installs the npm tools (binaryen's wasm-opt, Playwright) from
/// package-lock.json when they are missing or older than the lock file.
pub fn ensure_npm_tools() -> Result<(), String> {
    let root = root();
    let marker = root.join("node_modules/.package-lock.json");
    let lock = root.join("package-lock.json");
    let fresh = match (marker.metadata().and_then(|m| m.modified()), lock.metadata().and_then(|m| m.modified())) {
        (Ok(installed), Ok(locked)) => installed >= locked,
        _ => false,
    };
    if fresh {
        return Ok(());
    }
    println!("xtask: installing npm tools (npm ci)");
    run(Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund"])
        // Playwright drives Debian's Chromium; it must never fetch a browser.
        .env("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"))
}

/// The Chromium to drive: `$CHROMIUM`, or Debian's, installed with apt-get
/// when missing and we are root on Debian.
pub fn ensure_chromium() -> Result<PathBuf, String> {
    if let Ok(path) = env::var("CHROMIUM") {
        let path = PathBuf::from(path);
        return if path.exists() { Ok(path) } else { Err(format!("CHROMIUM={} does not exist", path.display())) };
    }
    let debian = PathBuf::from("/usr/bin/chromium");
    if debian.exists() {
        return Ok(debian);
    }
    let is_root = Command::new("id").arg("-u").output().map(|o| o.stdout.starts_with(b"0")).unwrap_or(false);
    if is_root && Path::new("/usr/bin/apt-get").exists() {
        println!("xtask: installing Debian's chromium package");
        run(Command::new("apt-get").arg("update").arg("-q"))?;
        run(Command::new("apt-get").args(["install", "-y", "-q", "chromium"]).env("DEBIAN_FRONTEND", "noninteractive"))?;
        if debian.exists() {
            return Ok(debian);
        }
    }
    Err("the end-to-end tests need Chromium: install Debian's `chromium` package \
         (apt-get install chromium) or set CHROMIUM to a Chromium binary"
        .into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_target_folder_is_the_one_cargo_metadata_names() {
        let answer = r#"{"packages":[],"target_directory":"/elsewhere/build","workspace_root":"/w","version":1}"#;
        assert_eq!(target_dir_in(answer), Ok(PathBuf::from("/elsewhere/build")));
        assert_eq!(target_dir_in(r#"{"packages":[]}"#), Err("cargo metadata names no target_directory".to_owned()));
        assert!(target_dir_in("warning: something").unwrap_err().starts_with("cargo metadata gave no JSON"));
    }

    #[test]
    fn the_target_folder_follows_cargo_target_dir() {
        // The question asked with a caller's CARGO_TARGET_DIR, as `cargo xtask dist` asks it.
        let elsewhere = env::temp_dir().join("ambition-map-target-elsewhere");
        let output = metadata().env("CARGO_TARGET_DIR", &elsewhere).output().expect("cargo metadata runs");
        assert_eq!(target_dir_in(&String::from_utf8_lossy(&output.stdout)), Ok(elsewhere));
    }
}

/// Draws the PNG icons the manifest names from `www/icon.svg`, in Chromium,
/// and makes them small with Debian's pngquant (a few colours suffice).
fn icons() -> Result<(), String> {
    let chromium = ensure_chromium()?;
    ensure_npm_tools()?;
    let pngquant = ensure_debian_tool("pngquant", "pngquant")?;
    let www = root().join("www");
    run(Command::new("node").arg(root().join("xtask/icons.mjs")).arg(&www).env("CHROMIUM", chromium))?;
    for name in ICONS {
        run(Command::new(&pngquant).args(["--force", "--strip", "--speed", "1", "32", "--output"]).arg(www.join(name)).arg(www.join(name)))?;
    }
    Ok(())
}

/// The install icons `cargo xtask icons` draws, in `www/`.
const ICONS: [&str; 3] = ["icon-192.png", "icon-512.png", "icon-maskable-512.png"];

/// A tool from a Debian package, installed with apt-get when missing and we
/// are root on Debian.
fn ensure_debian_tool(tool: &str, package: &str) -> Result<PathBuf, String> {
    let path = PathBuf::from("/usr/bin").join(tool);
    if path.exists() {
        return Ok(path);
    }
    let is_root = Command::new("id").arg("-u").output().map(|o| o.stdout.starts_with(b"0")).unwrap_or(false);
    if is_root && Path::new("/usr/bin/apt-get").exists() {
        println!("xtask: installing Debian's {package} package");
        run(Command::new("apt-get").arg("update").arg("-q"))?;
        run(Command::new("apt-get").args(["install", "-y", "-q", package]).env("DEBIAN_FRONTEND", "noninteractive"))?;
        if path.exists() {
            return Ok(path);
        }
    }
    Err(format!("`cargo xtask icons` needs {tool}: install Debian's `{package}` package (apt-get install {package})"))
}

fn test() -> Result<(), String> {
    println!("xtask: native tests (core, file format, components)");
    run(Command::new(env!("CARGO")).args(["test", "--workspace"]))?;

    // Sizes are stable, so the size budget is checked on every run.
    bench::check_site_budget(&site::build()?)?;
    let chromium = ensure_chromium()?;
    ensure_npm_tools()?;

    let server = serve::serve_in_background(&dist_dir())?;
    println!("xtask: end-to-end tests against {}", server.url);
    run(Command::new(root().join("node_modules/.bin/playwright"))
        .args(["test", "--config", "e2e/playwright.config.ts"])
        .env("BASE_URL", &server.url)
        .env("CHROMIUM", chromium))
}
