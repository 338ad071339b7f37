//! `cargo xtask bench`: builds the release site, writes generated boards of
//! known sizes, drives headless Chromium through the bench spec, runs the
//! core's criterion benchmarks, and prints one table of figures (each a
//! median over several runs) with the budgets beside them. The same figures
//! go to `target/bench/results.json`. Budgets are reported, never enforced.

use std::fs;
use std::path::Path;
use std::process::Command;

use serde_json::{json, Map, Value};

use crate::{dist_dir, ensure_chromium, ensure_npm_tools, root, run, serve, site, target_dir};

/// The gzip budget of the whole site, checked by `cargo xtask test` too.
pub const SITE_GZIP_BUDGET: u64 = 250_000;
/// What `cargo xtask test` enforces: the guard the site must stay under
/// while the well-kept crates the app is built on come back (a real random
/// source for ids, serde for the board file, idb for the boards' storage)
/// and the app learns to keep boards safe: across tabs (the board's lock,
/// the read-only tab and its messages: 9 KB), in a history (each board's
/// snapshots and their timeline: 18 KB) and offline (the installed app's
/// icons, 10 KB; the service worker, manifest and update prompt).
/// It keeps the site from growing unnoticed; docs/performance.md says what
/// the size is made of and why it moved.
pub const SITE_GZIP_CEILING: u64 = 520_000;

/// Browser figures: key in the spec's output, what it is, budget (ms).
const BROWSER: &[(&str, &str, Option<f64>)] = &[
    ("startup_0", "start-up, empty board", None),
    ("startup_500", "start-up, 500 cards", None),
    ("startup_2000", "start-up, 2,000 cards", Some(500.0)),
    ("startup_10000", "start-up, 10,000 cards", Some(1500.0)),
    ("drag_2000", "drag, per move, 2,000 cards", Some(8.0)),
    ("drag_10000", "drag, per move, 10,000 cards", Some(16.0)),
    ("pan_10000", "pan, per frame, 10,000 cards", Some(4.0)),
    ("zoom_10000", "zoom, per frame, 10,000 cards", Some(4.0)),
    ("typing_2000", "typing, per key, 2,000 cards", None),
    ("open_2000", "open file, 2,000 cards", None),
    ("open_10000", "open file, 10,000 cards", Some(300.0)),
    ("autosave_2000", "autosave, 2,000 cards", Some(16.0)),
    ("text_word_64k", "start-up, a card of one 64 KB word", None),
    ("text_words_64k", "start-up, a card of 64 KB of words", None),
    ("text_word_1m", "start-up, a card of one 1 MB word", None),
    ("text_words_1m", "start-up, a card of 1 MB of words", None),
    ("link_word_1m", "share link, a card of one 1 MB word", None),
    ("link_words_1m", "share link, a card of 1 MB of words", None),
];

/// Long-session figures: key in the spec's output (which has it with
/// `_fresh`, `_long` and `_ratio`), what it is. Each is measured on one page,
/// fresh and then after 200 edits made through the interface.
const SESSION: &[(&str, &str)] = &[
    ("session_key_2000", "key press to frame, 2,000 cards"),
    ("session_key_10000", "key press to frame, 10,000 cards"),
    ("session_select_2000", "selection, 2,000 cards"),
    ("session_select_10000", "selection, 10,000 cards"),
    ("session_drag_2000", "drag, per move, 2,000 cards"),
    ("session_drag_10000", "drag, per move, 10,000 cards"),
];
/// The target for a long session: each figure within this factor of the
/// same figure fresh.
const SESSION_TARGET: f64 = 1.15;

const NATIVE: &[(&str, &str)] = &[
    ("apply_move", "core: apply a move"),
    ("apply_text", "core: apply a text change"),
    ("check_board", "core: three-question checks"),
    ("export_board", "core: write board file"),
    ("import_board", "core: read board file"),
    ("arrange", "core: arrange"),
    ("apply_arrange", "core: apply arranging"),
];
const NATIVE_SIZES: [u32; 2] = [1_000, 10_000];

struct Options {
    browser: bool,
    native: bool,
    runs: u32,
    /// Only the browser figures whose test title matches (Playwright's `--grep`).
    only: Option<String>,
}

fn options(args: &[String]) -> Result<Options, String> {
    let mut o = Options { browser: true, native: true, runs: 5, only: None };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--no-browser" => o.browser = false,
            "--no-native" => o.native = false,
            "--runs" => {
                o.runs = it.next().and_then(|n| n.parse().ok()).filter(|n| *n > 0).ok_or("--runs takes a number above 0")?
            }
            "--only" => o.only = Some(it.next().cloned().ok_or("--only takes a pattern, e.g. \"long session\"")?),
            other => {
                return Err(format!("bench does not take `{other}` (options: --runs N, --no-browser, --no-native, --only PATTERN)"))
            }
        }
    }
    Ok(o)
}

pub fn bench(args: &[String]) -> Result<(), String> {
    let o = options(args)?;
    let target = target_dir()?;
    let out = target.join("bench");
    fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;

    let sizes = site::build()?;
    let mut browser_failed = None;
    let mut results = Map::new();
    results.insert("machine".into(), machine());
    let (raw, gz) = sizes.iter().fold((0, 0), |(r, g), (_, raw, gz)| (r + raw, g + gz));
    results.insert(
        "site".into(),
        json!({
            "raw_bytes": raw, "gzip_bytes": gz, "gzip_budget": SITE_GZIP_BUDGET,
            "files": sizes.iter().map(|(n, r, g)| json!({"file": n, "raw": r, "gzip": g})).collect::<Vec<_>>(),
        }),
    );

    if o.browser {
        println!("xtask: writing the benchmark boards to {}", out.display());
        run(Command::new(env!("CARGO")).args(["run", "--quiet", "--profile", "bench", "--example", "bench_boards", "--"]).arg(&out))?;
        let chromium = ensure_chromium()?;
        ensure_npm_tools()?;
        let server = serve::serve_in_background(&dist_dir())?;
        let browser_json = out.join("browser.json");
        let _ = fs::remove_file(&browser_json);
        println!("xtask: browser bench against {} ({} runs each)", server.url, o.runs);
        let mut playwright = Command::new(root().join("node_modules/.bin/playwright"));
        playwright.args(["test", "--config", "e2e/bench/bench.config.ts"]);
        if let Some(pattern) = &o.only {
            playwright.args(["--grep", pattern]);
        }
        // A failed step leaves its figures out; the others are still reported.
        browser_failed = run(playwright
            .env("BASE_URL", &server.url)
            .env("CHROMIUM", &chromium)
            .env("BENCH_DIR", &out)
            .env("BENCH_RUNS", o.runs.to_string()))
        .err();
        results.insert("browser".into(), read_json(&browser_json)?);
    }

    if o.native {
        println!("xtask: native core benchmarks (criterion)");
        run(Command::new(env!("CARGO")).args(["bench", "--bench", "core"]))?;
        results.insert("native".into(), native_results(&target.join("criterion"))?);
    }

    let results = Value::Object(results);
    let path = out.join("results.json");
    let text = serde_json::to_string_pretty(&results).map_err(|e| e.to_string())?;
    fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    print_table(&results);
    println!("\nxtask: figures written to {}", path.display());
    match browser_failed {
        Some(e) => Err(format!("some browser figures are missing: {e}")),
        None => Ok(()),
    }
}

fn read_json(path: &Path) -> Result<Value, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Criterion's median estimate of each core benchmark, in milliseconds.
fn native_results(criterion: &Path) -> Result<Value, String> {
    let mut out = Map::new();
    for (name, _) in NATIVE {
        for n in NATIVE_SIZES {
            let est = criterion.join("core").join(name).join(n.to_string()).join("new").join("estimates.json");
            let v = read_json(&est)?;
            let ns = v.pointer("/median/point_estimate").and_then(Value::as_f64).ok_or(format!("no median in {}", est.display()))?;
            out.insert(format!("{name}_{n}"), json!({ "median": (ns / 1e4).round() / 100.0, "unit": "ms" }));
        }
    }
    Ok(Value::Object(out))
}

/// The machine the figures come from.
fn machine() -> Value {
    let cpuinfo = fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let cpu = cpuinfo
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split(':').nth(1))
        .map(|s| s.trim().to_owned())
        .unwrap_or_else(|| "unknown".into());
    let output = |cmd: &mut Command| {
        cmd.output().ok().map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned()).unwrap_or_default()
    };
    let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0);
    let chromium = ensure_chromium().map(|c| output(Command::new(c).arg("--version"))).unwrap_or_default();
    let load = fs::read_to_string("/proc/loadavg").unwrap_or_default();
    json!({
        "cores": cores,
        "cpu": cpu,
        "chromium": chromium,
        "load_average_at_start": load.split_whitespace().take(3).collect::<Vec<_>>().join(" "),
        "rustc": output(Command::new("rustc").arg("--version")),
    })
}

fn print_table(r: &Value) {
    let m = &r["machine"];
    println!(
        "\nAmbition Map bench — {} cores, {}, {}, load {}",
        m["cores"], m["cpu"].as_str().unwrap_or(""), m["chromium"].as_str().unwrap_or(""),
        m["load_average_at_start"].as_str().unwrap_or("")
    );
    println!("  {:<36} {:>12} {:>12}  {}", "figure (median)", "value", "budget", "");
    let row = |label: &str, value: String, budget: String, ok: Option<bool>| {
        let mark = match ok {
            Some(true) => "ok",
            Some(false) => "OVER",
            None => "",
        };
        println!("  {label:<36} {value:>12} {budget:>12}  {mark}");
    };
    if let (Some(raw), Some(gz)) = (r["site"]["raw_bytes"].as_u64(), r["site"]["gzip_bytes"].as_u64()) {
        row("site, raw bytes", raw.to_string(), String::new(), None);
        row("site, gzip bytes", gz.to_string(), SITE_GZIP_BUDGET.to_string(), Some(gz <= SITE_GZIP_BUDGET));
    }
    for (key, label, budget) in BROWSER {
        if let Some(v) = r["browser"][key]["median"].as_f64() {
            let ok = budget.map(|b| v <= b);
            row(label, format!("{v:.1} ms"), budget.map(|b| format!("{b} ms")).unwrap_or_default(), ok);
        }
    }
    if let Some(n) = r["browser"]["autosave_2000_count"]["median"].as_f64() {
        let unit = r["browser"]["autosave_2000_count"]["unit"].as_str().unwrap_or("");
        row("autosave, number of saves", format!("{n}"), String::new(), None);
        println!("  {:<36} ({unit})", "");
    }
    print_session(&r["browser"]);
    for (key, label) in NATIVE {
        for n in NATIVE_SIZES {
            if let Some(v) = r["native"][format!("{key}_{n}")]["median"].as_f64() {
                row(&format!("{label}, {n}"), format!("{v:.3} ms"), String::new(), None);
            }
        }
    }
}

/// The long-session rows: fresh, after 200 edits, their ratio and the target.
fn print_session(browser: &Value) {
    let rows: Vec<_> = SESSION
        .iter()
        .filter_map(|(key, label)| {
            let fresh = browser[format!("{key}_fresh")]["median"].as_f64()?;
            let long = browser[format!("{key}_long")]["median"].as_f64()?;
            Some((label, fresh, long))
        })
        .collect();
    if rows.is_empty() {
        return;
    }
    println!("  {:<36} {:>12} {:>12} {:>8}  target", "long session (median)", "fresh", "200 edits", "ratio");
    for (label, fresh, long) in rows {
        let ratio = long / fresh;
        let mark = if ratio <= SESSION_TARGET { "ok" } else { "OVER" };
        println!(
            "  {label:<36} {:>12} {:>12} {:>8}  ≤ {SESSION_TARGET}× fresh  {mark}",
            format!("{fresh:.1} ms"),
            format!("{long:.1} ms"),
            format!("{ratio:.2}×")
        );
    }
    for cards in [2000, 10000] {
        if let Some(saves) = browser[format!("session_saves_{cards}")]["median"].as_f64() {
            println!("  {:<36} {saves:>12}", format!("autosaves during 200 edits, {cards} cards"));
        }
    }
}

/// Fails when the whole site is over its gzip ceiling, and says how far it
/// is from its budget.
pub fn check_site_budget(sizes: &[(String, u64, u64)]) -> Result<(), String> {
    let gz: u64 = sizes.iter().map(|(_, _, g)| g).sum();
    if gz > SITE_GZIP_CEILING {
        Err(format!("the site is {gz} bytes gzip, over its ceiling of {SITE_GZIP_CEILING} bytes (budget {SITE_GZIP_BUDGET})"))
    } else if gz > SITE_GZIP_BUDGET {
        println!(
            "xtask: site size {gz} bytes gzip: within the ceiling of {SITE_GZIP_CEILING}, \
             but over the budget of {SITE_GZIP_BUDGET} (see docs/performance.md)"
        );
        Ok(())
    } else {
        println!("xtask: site size {gz} bytes gzip, within the budget of {SITE_GZIP_BUDGET}");
        Ok(())
    }
}
