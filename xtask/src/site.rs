//! Builds the static site: the release wasm, wasm-bindgen's JS glue, wasm-opt,
//! and the files of `www/`, into `dist/`; then the service worker's list of
//! those files with their hashes, and a brotli and a gzip copy of each file
//! that compresses, for hosts that serve them as they are.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use flate2::write::GzEncoder;
use flate2::Compression;
use sha2::{Digest, Sha256};

use crate::{dist_dir, ensure_npm_tools, root, run, target_dir};

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
    let target = target_dir()?;
    let wasm_in = target.join(TARGET).join("release").join(format!("{STEM}.wasm"));

    let dist = dist_dir();
    if dist.exists() {
        fs::remove_dir_all(&dist).map_err(|e| format!("cannot clear {}: {e}", dist.display()))?;
    }
    fs::create_dir_all(&dist).map_err(|e| format!("cannot create {}: {e}", dist.display()))?;

    let bindgen_out = target.join("bindgen");
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
    write_service_worker(&dist)?;

    let sizes = sizes(&dist)?;
    precompress(&dist)?;
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

/// Each file of the site with its raw and gzip size, largest first; the
/// compressed copies beside them are not counted.
pub fn sizes(dist: &Path) -> Result<Vec<(String, u64, u64)>, String> {
    let mut files = Vec::new();
    collect(dist, &mut files)?;
    let mut out = Vec::new();
    for f in files.into_iter().filter(|f| !is_compressed_copy(f)) {
        let bytes = fs::read(&f).map_err(|e| e.to_string())?;
        let gz = gzip(&bytes)?;
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

fn gzip(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut gz = GzEncoder::new(Vec::new(), Compression::best());
    gz.write_all(bytes).map_err(|e| e.to_string())?;
    gz.finish().map_err(|e| e.to_string())
}

fn brotli(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 24, ..Default::default() };
    let mut out = Vec::new();
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).map_err(|e| e.to_string())?;
    Ok(out)
}

/// The copies `precompress` writes, by their ending.
pub const ENCODINGS: [(&str, &str); 2] = [("br", "br"), ("gzip", "gz")];

fn is_compressed_copy(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| ENCODINGS.iter().any(|(_, ext)| *ext == e))
}

/// Whether a file of this name is worth compressing (pictures like PNG are
/// compressed already).
fn compressible(path: &Path) -> bool {
    matches!(path.extension().and_then(|e| e.to_str()), Some("html" | "js" | "css" | "wasm" | "svg" | "json" | "webmanifest"))
}

/// Writes `name.br` and `name.gz` beside each file of `dir` that compresses,
/// each only where it is smaller than the file itself.
pub fn precompress(dir: &Path) -> Result<(), String> {
    let mut files = Vec::new();
    collect(dir, &mut files)?;
    for f in files.into_iter().filter(|f| compressible(f) && !is_compressed_copy(f)) {
        let bytes = fs::read(&f).map_err(|e| format!("cannot read {}: {e}", f.display()))?;
        for (encoding, ext) in ENCODINGS {
            let packed = if encoding == "br" { brotli(&bytes)? } else { gzip(&bytes)? };
            if packed.len() < bytes.len() {
                let mut name = f.as_os_str().to_owned();
                name.push(format!(".{ext}"));
                fs::write(&name, packed).map_err(|e| format!("cannot write {}: {e}", Path::new(&name).display()))?;
            }
        }
    }
    Ok(())
}

/// Where the service worker's template has the version and the list of files.
const VERSION_MARK: &str = "const VERSION = 'development';";
const FILES_MARK: &str = "const FILES = [];";

/// Fills in `dist/sw.js`: the site's version and every file it keeps for
/// offline use, with its hash. The worker's own bytes change whenever any
/// file of the site does, so browsers see every new version.
fn write_service_worker(dist: &Path) -> Result<(), String> {
    let mut paths = Vec::new();
    collect(dist, &mut paths)?;
    let mut files = Vec::new();
    for path in paths {
        let name = path.strip_prefix(dist).unwrap_or(&path).to_string_lossy().replace('\\', "/");
        let bytes = fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        files.push((name, bytes));
    }
    let sw = dist.join("sw.js");
    let template = fs::read_to_string(&sw).map_err(|e| format!("cannot read {}: {e}", sw.display()))?;
    fs::write(&sw, service_worker(&template, &files)?).map_err(|e| format!("cannot write {}: {e}", sw.display()))
}

/// The files the service worker keeps: every file of the site but itself,
/// its compressed copies and the install icons (PNG), each as the address it
/// is asked for (the page itself as `./`, the folder) and its Subresource
/// Integrity hash, sorted by address.
pub fn precache_list(files: &[(String, Vec<u8>)]) -> Vec<(String, String)> {
    let mut list: Vec<(String, String)> = files
        .iter()
        .filter(|(name, _)| name != "sw.js" && !name.ends_with(".png") && !is_compressed_copy(Path::new(name)))
        .map(|(name, bytes)| {
            let url = if name == "index.html" { "./".to_owned() } else { name.clone() };
            (url, format!("sha256-{}", base64(&Sha256::digest(bytes))))
        })
        .collect();
    list.sort();
    list
}

/// The service worker's text: `template` with its version and file list.
pub fn service_worker(template: &str, files: &[(String, Vec<u8>)]) -> Result<String, String> {
    let list = precache_list(files);
    let mut all = Sha256::new();
    for (url, integrity) in &list {
        all.update(format!("{url} {integrity}\n"));
    }
    let version: String = all.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect();
    let entries: Vec<serde_json::Value> =
        list.iter().map(|(url, integrity)| serde_json::json!({ "url": url, "integrity": integrity })).collect();
    let json = serde_json::to_string(&entries).map_err(|e| e.to_string())?;
    for mark in [VERSION_MARK, FILES_MARK] {
        if template.matches(mark).count() != 1 {
            return Err(format!("www/sw.js must hold `{mark}` once, for the build to fill in"));
        }
    }
    Ok(template.replace(VERSION_MARK, &format!("const VERSION = '{version}';")).replace(FILES_MARK, &format!("const FILES = {json};")))
}

/// Standard base64, with padding.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod site_tests {
    use super::*;

    fn site() -> Vec<(String, Vec<u8>)> {
        ["index.html", "boot.js", "ambition_map_bg.wasm", "sw.js", "icon-512.png", "boot.js.br", "boot.js.gz", "manifest.webmanifest"]
            .iter()
            .map(|n| (n.to_string(), n.as_bytes().to_vec()))
            .collect()
    }

    const TEMPLATE: &str = "// the worker\nconst VERSION = 'development';\nconst FILES = [];\nself.x = 1;\n";

    #[test]
    fn the_worker_keeps_the_site_by_address_and_hash_but_not_itself_copies_or_install_icons() {
        let list = precache_list(&site());
        let urls: Vec<&str> = list.iter().map(|(u, _)| u.as_str()).collect();
        assert_eq!(urls, ["./", "ambition_map_bg.wasm", "boot.js", "manifest.webmanifest"]);
        // The hash as a browser checks it (Subresource Integrity): SHA-256 of "boot.js".
        let boot = &list[2].1;
        assert_eq!(boot, &format!("sha256-{}", base64(&Sha256::digest(b"boot.js"))));
        assert_eq!(base64(b"abc"), "YWJj");
        assert_eq!(base64(b"ab"), "YWI=");
        assert_eq!(base64(b"a"), "YQ==");
        assert_eq!(base64(&Sha256::digest(b"")), "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    }

    #[test]
    fn any_changed_file_changes_the_workers_bytes() {
        let first = service_worker(TEMPLATE, &site()).expect("filled in");
        assert!(first.contains(r#"{"integrity":"sha256-"#), "{first}");
        assert!(first.contains(r#""url":"./""#), "{first}");
        assert!(first.ends_with("self.x = 1;\n"));
        assert!(!first.contains("'development'"));
        let mut changed = site();
        changed[2].1.push(0);
        let second = service_worker(TEMPLATE, &changed).expect("filled in");
        assert_ne!(first, second);
        // The version (and so the cache's name) changes too.
        let version = |sw: &str| sw.lines().find(|l| l.starts_with("const VERSION")).map(str::to_owned);
        assert_ne!(version(&first), version(&second));
        // What the worker does not keep does not make a new version.
        let mut icon = site();
        icon[4].1.push(0);
        assert_eq!(service_worker(TEMPLATE, &icon), Ok(first));
    }

    #[test]
    fn a_template_without_its_marks_is_refused() {
        let err = service_worker("const FILES = [];", &site()).unwrap_err();
        assert!(err.contains("const VERSION = 'development';"), "{err}");
    }

    #[test]
    fn compressed_copies_are_written_beside_and_not_counted() {
        let dir = std::env::temp_dir().join(format!("ambition-map-precompress-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("temp dir");
        let js = "export function f() { return 'ambition'; }\n".repeat(40);
        fs::write(dir.join("app.js"), &js).expect("write");
        fs::write(dir.join("icon.png"), [137u8, 80, 78, 71, 1, 2, 3]).expect("write");
        precompress(&dir).expect("precompressed");
        let gz = fs::read(dir.join("app.js.gz")).expect("gzip copy");
        let mut unpacked = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut unpacked).expect("gunzip");
        assert_eq!(unpacked, js);
        let br = fs::read(dir.join("app.js.br")).expect("brotli copy");
        let mut unpacked = String::new();
        std::io::Read::read_to_string(&mut brotli::Decompressor::new(&br[..], 4096), &mut unpacked).expect("unbrotli");
        assert_eq!(unpacked, js);
        assert!(!dir.join("icon.png.gz").exists() && !dir.join("icon.png.br").exists());
        // Compressing again leaves no copies of copies.
        precompress(&dir).expect("again");
        assert!(!dir.join("app.js.gz.gz").exists() && !dir.join("app.js.br.gz").exists());
        let names: Vec<String> = sizes(&dir).expect("sizes").into_iter().map(|(n, _, _)| n).collect();
        assert_eq!(names, ["app.js", "icon.png"]);
        let _ = fs::remove_dir_all(&dir);
    }
}
