//! The core stands alone: no file under `src/core` names anything outside
//! `crate::core` (not the interface, the browser, nor the message catalogue),
//! so the core builds and is tested without them, and the words it writes
//! are handed to it by its caller.
//!
//! The test reads the source files, so it also catches a path in a doc link
//! or a macro, which the compiler would not show as a dependency.

use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(dir) = todo.pop() {
        let entries = fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
        for entry in entries {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                todo.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// How many modules below `core` the file is: 0 for `core/mod.rs`, 1 for
/// `core/model.rs` and `core/export/mod.rs`, 2 for `core/export/csv.rs`.
fn depth_below_core(relative: &Path) -> usize {
    let parts = relative.components().count();
    if relative.file_name().is_some_and(|n| n == "mod.rs") {
        parts - 1
    } else {
        parts
    }
}

/// The paths in `source` that leave the core, as `line: text`. `depth` is
/// the file's [`depth_below_core`]: a chain of more `super::` than that
/// climbs out of the core (one more is allowed inside an inline module such
/// as `mod tests { … }`).
fn paths_out_of_core(source: &str, depth: usize) -> Vec<String> {
    let mut found = Vec::new();
    let mut in_inline_module = false;
    for (n, line) in source.lines().enumerate() {
        let trimmed = line.trim_start();
        let head = trimmed.strip_prefix("pub ").unwrap_or(trimmed);
        if line == trimmed && head.starts_with("mod ") && head.trim_end().ends_with('{') {
            in_inline_module = true;
        }
        let mut leaves = false;
        // `crate::…` and `$crate::…` (in a macro), and the crate by its name
        // (in a doc test); `my_crate::` is some other crate.
        for root in ["crate::", "ambition_map::"] {
            for (at, _) in line.match_indices(root) {
                if root == "crate::" && line[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                if !names_only_core(&line[at + root.len()..]) {
                    leaves = true;
                }
            }
        }
        let allowed = depth + usize::from(in_inline_module);
        for (at, _) in line.match_indices("super::") {
            if line[..at].ends_with("super::") {
                continue;
            }
            let mut rest = &line[at..];
            let mut chain = 0;
            while let Some(after) = rest.strip_prefix("super::") {
                chain += 1;
                rest = after;
            }
            if chain > allowed {
                leaves = true;
            }
        }
        if leaves {
            found.push(format!("{}: {}", n + 1, line.trim()));
        }
    }
    found
}

/// Whether what follows `crate::` is `core`, or a `{…}` group of which
/// every item starts with `core`.
fn names_only_core(rest: &str) -> bool {
    let is_core = |item: &str| {
        let item = item.trim();
        item == "core" || item.starts_with("core::") || item.starts_with("core ")
    };
    let Some(group) = rest.strip_prefix('{') else {
        return is_core(rest.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')).next().unwrap_or(""));
    };
    // The group's items, split at the commas outside inner braces.
    let (mut depth, mut start, mut items) = (0usize, 0, Vec::new());
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                items.push(&group[start..i]);
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&group[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items.into_iter().filter(|i| !i.trim().is_empty()).all(is_core)
}

#[test]
fn nothing_in_the_core_names_anything_outside_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join("core");
    let files = rust_files(&root);
    assert!(files.len() > 20, "the core's files were found: {files:?}");
    assert!(files.iter().any(|f| f.ends_with("export/words.rs")), "the exports' files were read too");
    let mut offences = Vec::new();
    for file in &files {
        let source = fs::read_to_string(file).unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        let relative = file.strip_prefix(&root).unwrap_or(file);
        for found in paths_out_of_core(&source, depth_below_core(relative)) {
            offences.push(format!("src/core/{}:{found}", relative.display()));
        }
    }
    assert!(
        offences.is_empty(),
        "the core must import nothing from outside src/core; its words are handed to it as values:\n{}",
        offences.join("\n")
    );
}

#[test]
fn the_check_sees_every_way_out() {
    for line in [
        "use crate::i18n::Lang;",
        "use crate::{core::model::Board, i18n::fill};",
        "    let t = crate::i18n::Lang::En.texts();",
        "/// like [`crate::i18n::Texts::import_error`]",
        "use crate::app::session::Msg;",
        "use crate::platform::png;",
        "use crate::i18n::checks::gap_texts;",
        "use ambition_map::i18n::Lang;",
    ] {
        assert_eq!(paths_out_of_core(line, 2).len(), 1, "{line}");
    }
    assert_eq!(paths_out_of_core("use super::super::super::i18n::Lang;", 2).len(), 1);
    assert_eq!(paths_out_of_core("use super::i18n::Lang;", 0).len(), 1, "from core/mod.rs");
}

#[test]
fn the_check_lets_the_core_name_itself() {
    for line in [
        "use crate::core::model::{Board, Card};",
        "use super::markdown::{block, escape_line};",
        "use super::super::model::Board;",
        "    let id: crate::core::model::PartyId = x;",
        "/// see [`crate::core::file`]",
        "use crate::{core::model::Board, core::geometry::Rect};",
        "    $crate::core::export::markdown::escape_line($text)",
        "/// use ambition_map::core::model::Board;",
    ] {
        assert_eq!(paths_out_of_core(line, 2), Vec::<String>::new(), "{line}");
    }
    let test_module = "fn f() {}\n\nmod tests {\n    use super::super::*;\n}\n";
    assert_eq!(paths_out_of_core(test_module, 1), Vec::<String>::new());
}
