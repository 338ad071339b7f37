//! Builds the static site: the release wasm, wasm-bindgen's JS glue, wasm-opt,
//! and the files of `www/`, into `dist/`.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use flate2::write::GzEncoder;
use flate2::Compression;

use crate::{dist_dir, ensure_npm_tools, root, run};

const TARGET: &str = "wasm32-unknown-unknown";
/// The name of the app's wasm and JS files in `dist/`.
pub const STEM: &str = "ambition_map";
const WASM_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-bulk-memory-opt",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// Builds `dist/` and prints the sizes of what a browser downloads.
pub fn build() -> Result<Vec<(String, u64, u64)>, String> {
    ensure_wasm_target()?;
    println!("xtask: building the app (release, {TARGET})");
    run(Command::new(env!("CARGO"))
        .args(["build", "--release", "--lib", "--package", "ambition-map", "--target", TARGET])
        .env("CARGO_ENCODED_RUSTFLAGS", wasm_rustflags()))?;
    let wasm_in = root().join("target").join(TARGET).join("release").join(format!("{STEM}.wasm"));

    let dist = dist_dir();
    if dist.exists() {
        fs::remove_dir_all(&dist).map_err(|e| format!("cannot clear {}: {e}", dist.display()))?;
    }
    fs::create_dir_all(&dist).map_err(|e| format!("cannot create {}: {e}", dist.display()))?;

    let bindgen_out = root().join("target").join("bindgen");
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(&wasm_in)
        .out_name(STEM)
        .web(true)
        .map_err(|e| e.to_string())?
        .typescript(false)
        .generate(&bindgen_out)
        .map_err(|e| format!("wasm-bindgen: {e}"))?;

    ensure_npm_tools()?;
    let wasm_bg = format!("{STEM}_bg.wasm");
    run(Command::new(root().join("node_modules/.bin/wasm-opt"))
        .args(["-Oz", "--converge"])
        // The features today's rustc emits for wasm32-unknown-unknown.
        .args(WASM_FEATURES)
        .args(["--strip-debug", "--strip-producers"])
        .arg(bindgen_out.join(&wasm_bg))
        .arg("-o")
        .arg(dist.join(&wasm_bg)))?;
    // wasm-bindgen's glue, minified (it is an ES module; no eval is used).
    run(Command::new(root().join("node_modules/.bin/terser"))
        .arg(bindgen_out.join(format!("{STEM}.js")))
        .args(["--module", "--compress", "passes=2", "--mangle", "--output"])
        .arg(dist.join(format!("{STEM}.js"))))?;
    copy_dir(&root().join("www"), &dist)?;
    for name in ["style.css", "themes.css"] {
        let path = dist.join(name);
        let css = fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        fs::write(&path, minify_css(&css)).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }

    let sizes = sizes(&dist)?;
    println!("xtask: dist/ is ready");
    println!("  {:<28} {:>10} {:>10}", "file", "raw", "gzip");
    let (mut raw_total, mut gz_total) = (0, 0);
    for (name, raw, gz) in &sizes {
        println!("  {name:<28} {raw:>10} {gz:>10}");
        raw_total += raw;
        gz_total += gz;
    }
    println!("  {:<28} {raw_total:>10} {gz_total:>10}", "total (bytes)");
    Ok(sizes)
}

/// CSS without comments and without the whitespace that means nothing:
/// runs of it become one space, and none is left around `{`, `}`, `;` or
/// after `,`; strings are left as they are.
pub fn minify_css(css: &str) -> String {
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start + 2..].find("*/").map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    text.push_str(rest);
    let mut out = String::with_capacity(text.len());
    let (mut space, mut quote) = (false, None);
    for c in text.chars() {
        // Strings are kept as they are.
        if let Some(q) = quote {
            out.push(c);
            if c == q {
                quote = None;
            }
            continue;
        }
        if c == '"' || c == '\'' {
            quote = Some(c);
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let tight = matches!(c, '{' | '}' | ';' | ',');
        if space && !tight && !out.is_empty() && !out.ends_with(['{', '}', ';', ',']) {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::minify_css;

    #[test]
    fn css_loses_comments_and_spare_whitespace_only() {
        let css = "/* Cards */\n.card .head,\n.card:hover > p {\n  color: #fff;  margin: 0 0 4px;\n}\n@media (max-width: 800px) { .a { b: c } }\n";
        assert_eq!(
            minify_css(css),
            ".card .head,.card:hover > p{color: #fff;margin: 0 0 4px;}@media (max-width: 800px){.a{b: c}}"
        );
        assert_eq!(minify_css("a { font: \"A,  B; {x}\" , serif; }"), "a{font: \"A,  B; {x}\",serif;}");
    }
}

/// The flags for the wasm build: the caller's own, plus a short, fixed name
/// for the crates folder in the file paths that panic messages carry, so the
/// site is the same size on every machine (and a little smaller).
fn wasm_rustflags() -> String {
    let mut flags: Vec<String> = match std::env::var("CARGO_ENCODED_RUSTFLAGS") {
        Ok(f) if !f.is_empty() => f.split('\x1f').map(str::to_owned).collect(),
        _ => std::env::var("RUSTFLAGS").unwrap_or_default().split_whitespace().map(str::to_owned).collect(),
    };
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")));
    if let Some(home) = cargo_home {
        flags.push(format!("--remap-path-prefix={}=/crates", home.join("registry").join("src").display()));
    }
    flags.push(format!("--remap-path-prefix={}=/app", root().display()));
    flags.join("\x1f")
}

fn ensure_wasm_target() -> Result<(), String> {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).lines().any(|l| l.trim() == TARGET))
        .unwrap_or(false);
    if installed {
        Ok(())
    } else {
        println!("xtask: adding the {TARGET} target");
        run(Command::new("rustup").args(["target", "add", TARGET]))
    }
}

fn copy(from: &Path, to: &Path) -> Result<(), String> {
    fs::copy(from, to).map(|_| ()).map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    let entries = fs::read_dir(from).map_err(|e| format!("cannot read {}: {e}", from.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let target = to.join(entry.file_name());
        if path.is_dir() {
            fs::create_dir_all(&target).map_err(|e| e.to_string())?;
            copy_dir(&path, &target)?;
        } else {
            copy(&path, &target)?;
        }
    }
    Ok(())
}

/// Each file of the site with its raw and gzip size, largest first.
pub fn sizes(dist: &Path) -> Result<Vec<(String, u64, u64)>, String> {
    let mut files = Vec::new();
    collect(dist, &mut files)?;
    let mut out = Vec::new();
    for f in files {
        let bytes = fs::read(&f).map_err(|e| e.to_string())?;
        let mut gz = GzEncoder::new(Vec::new(), Compression::best());
        gz.write_all(&bytes).map_err(|e| e.to_string())?;
        let gz = gz.finish().map_err(|e| e.to_string())?;
        let name = f.strip_prefix(dist).unwrap_or(&f).to_string_lossy().into_owned();
        out.push((name, bytes.len() as u64, gz.len() as u64));
    }
    out.sort_by(|a, b| b.1.cmp(&a.1));
    Ok(out)
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    for entry in fs::read_dir(dir).map_err(|e| e.to_string())?.flatten() {
        let p = entry.path();
        if p.is_dir() {
            collect(&p, out)?;
        } else {
            out.push(p);
        }
    }
    Ok(())
}
