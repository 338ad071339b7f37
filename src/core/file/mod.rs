//! The board file: a format name, a version, and the board.
//!
//! [`export_board`] writes a board as pretty-printed JSON; [`import_board`]
//! reads one back, refusing what it cannot understand with an
//! [`ImportError`] and repairing small inconsistencies (see
//! `docs/board-format.md`). Camera and selection are session state and are
//! never part of a file.
//!
//! Import runs in stages, each in its own submodule:
//! 1. the envelope (size, encoding, JSON, `format`, `version`) — here;
//! 2. [`migrate`]: bring an older file up to [`VERSION`], step by step;
//! 3. [`validate`]: check every required field and its type on the raw JSON,
//!    so an error names the exact place (`board.cards[3].kind`);
//! 4. deserialise into the model's [`Board`];
//! 5. [`integrity`]: the rules of the board (one ambition, parties that
//!    exist, sane coordinates, no dangling or duplicate links).

mod integrity;
mod migrate;
mod validate;

use std::fmt;

use serde::Serialize;
use serde_json::Value;

use super::model::Board;

/// The value of the `format` field of every board file.
pub const FORMAT: &str = "ambition-map";
/// The version this build writes, and the newest it reads.
pub const VERSION: u32 = 1;
/// Max accepted file size in bytes: 20 MiB (20 × 1024 × 1024).
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
/// Coordinates are clamped to `-MAX_COORD ..= MAX_COORD` on import.
pub const MAX_COORD: f64 = 1e6;
/// Card widths and heights are clamped to `MIN_CARD_SIZE ..= MAX_CARD_SIZE` on import.
pub const MIN_CARD_SIZE: f64 = 20.0;
/// See [`MIN_CARD_SIZE`].
pub const MAX_CARD_SIZE: f64 = 2000.0;

/// Why a file could not be opened as a board.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    /// Zero bytes, or only whitespace.
    Empty,
    /// Larger than [`MAX_FILE_BYTES`].
    TooLarge { bytes: usize, limit: usize },
    /// Not UTF-8 text.
    NotUtf8,
    /// Not JSON; the position (1-based) where parsing failed.
    NotJson { line: usize, column: usize },
    /// Valid JSON, but not an object with `"format": "ambition-map"`.
    NotABoard,
    /// Made with a newer version of Ambition Map.
    NewerVersion { version: u64 },
    /// A required field is missing or has the wrong type or value. `field`
    /// is a JSON path such as `board.cards[3].kind`.
    Invalid { field: String, reason: String },
}

impl ImportError {
    pub(crate) fn invalid(field: impl Into<String>, reason: impl Into<String>) -> Self {
        ImportError::Invalid { field: field.into(), reason: reason.into() }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Empty => write!(f, "the file is empty"),
            ImportError::TooLarge { bytes, limit } => {
                write!(f, "the file is too large ({bytes} bytes; the limit is {limit} bytes)")
            }
            ImportError::NotUtf8 => write!(f, "the file is not UTF-8 text"),
            ImportError::NotJson { line, column } => {
                write!(f, "the file is not valid JSON (line {line}, column {column})")
            }
            ImportError::NotABoard => write!(f, "the file is not an Ambition Map board"),
            ImportError::NewerVersion { version } => write!(
                f,
                "the file was made with a newer version of Ambition Map (format version {version}; this version reads up to {VERSION})"
            ),
            ImportError::Invalid { field, reason } => write!(f, "{field}: {reason}"),
        }
    }
}

impl std::error::Error for ImportError {}

#[derive(Serialize)]
struct Envelope<'a> {
    format: &'a str,
    version: u32,
    board: &'a Board,
}

/// The board as a file: pretty-printed JSON
/// `{"format": "ambition-map", "version": 1, "board": {...}}`.
///
/// Coordinates and sizes outside the accepted ranges (or not finite, which
/// JSON cannot hold) are written as the importer would repair them, so every
/// exported file imports.
pub fn export_board(board: &Board) -> String {
    let sane;
    let board = if board.cards.iter().any(|c| integrity::sane_geometry(c).is_some()) {
        let mut b = board.clone();
        for card in &mut b.cards {
            if let Some(fixed) = integrity::sane_geometry(card) {
                *card = std::rc::Rc::new(fixed);
            }
        }
        sane = b;
        &sane
    } else {
        board
    };
    let envelope = Envelope { format: FORMAT, version: VERSION, board };
    // Serialising plain structs with string keys into a String cannot fail;
    // the fallback only keeps this function free of panics.
    serde_json::to_string_pretty(&envelope)
        .unwrap_or_else(|_| format!("{{\"format\":\"{FORMAT}\",\"version\":{VERSION}}}"))
}

/// Reads a board file. See `docs/board-format.md` for what is refused and
/// what is repaired.
pub fn import_board(bytes: &[u8]) -> Result<Board, ImportError> {
    import_with_repairs(bytes).map(|(board, _repairs)| board)
}

/// [`import_board`], also returning a note for each repair made (for a later
/// "this file was repaired" report).
pub(crate) fn import_with_repairs(bytes: &[u8]) -> Result<(Board, Vec<String>), ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len(), limit: MAX_FILE_BYTES });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotUtf8)?;
    let mut file: Value = serde_json::from_str(text)
        .map_err(|e| ImportError::NotJson { line: e.line(), column: e.column() })?;

    match file.get("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        _ => return Err(ImportError::NotABoard),
    }
    let version = file_version(file.get("version"))?;
    migrate::migrate(&mut file, version)?;

    let board_value = match file.get_mut("board") {
        Some(b) => b,
        None => return Err(ImportError::invalid("board", "missing")),
    };
    validate::board(board_value, "board")?;
    let mut board: Board = serde_json::from_value(board_value.take())
        // The validation above mirrors the model's serde rules, so this is
        // not expected; it still becomes an error, never a panic.
        .map_err(|e| ImportError::invalid("board", e.to_string()))?;
    let mut repairs = Vec::new();
    integrity::enforce(&mut board, &mut repairs)?;
    Ok((board, repairs))
}

/// The file's `version`: a whole number from 1 to [`VERSION`].
fn file_version(v: Option<&Value>) -> Result<u32, ImportError> {
    let bad = |reason: &str| ImportError::invalid("version", reason);
    let v = v.ok_or_else(|| bad("missing"))?;
    let n = match v {
        Value::Number(n) => {
            if let Some(u) = n.as_u64() {
                u
            } else if n.is_i64() {
                return Err(bad("must be 1 or more"));
            } else {
                // A float: accept it only when it is a whole number (`1.0`).
                let f = n.as_f64().unwrap_or(f64::NAN);
                if f.fract() != 0.0 || f.is_nan() {
                    return Err(bad("must be a whole number"));
                } else if f < 1.0 {
                    return Err(bad("must be 1 or more"));
                } else {
                    // Saturates for absurdly large versions, which are newer anyway.
                    f as u64
                }
            }
        }
        _ => return Err(bad("must be a whole number")),
    };
    if n == 0 {
        return Err(bad("must be 1 or more"));
    }
    if n > u64::from(VERSION) {
        return Err(ImportError::NewerVersion { version: n });
    }
    // n <= VERSION, so it fits.
    u32::try_from(n).map_err(|_| bad("out of range"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE_V1: &str = include_str!("../../../tests/fixtures/board-v1.json");

    #[test]
    fn a_file_the_app_wrote_needs_no_repairs() {
        let (board, repairs) = import_with_repairs(FIXTURE_V1.as_bytes()).unwrap();
        assert_eq!(repairs, Vec::<String>::new());
        let (_, repairs) = import_with_repairs(export_board(&board).as_bytes()).unwrap();
        assert_eq!(repairs, Vec::<String>::new());
    }

    #[test]
    fn every_repair_leaves_a_note_naming_the_place() {
        let mut v: Value = serde_json::from_str(FIXTURE_V1).unwrap();
        let b = &mut v["board"];
        b["cards"].as_array_mut().unwrap().remove(0);
        b["cards"][0]["x"] = Value::from(1e9);
        b["parties"][1]["colour"] = Value::from("blue");
        b["links"][8]["to"] = Value::from("nowhere");
        let (_, repairs) = import_with_repairs(v.to_string().as_bytes()).unwrap();
        assert_eq!(repairs.len(), 4, "{repairs:#?}");
        for place in ["board.parties[1].colour", "board.cards[0]", "board.links[8]", "board.cards:"] {
            assert!(repairs.iter().any(|r| r.starts_with(place)), "{place}: {repairs:#?}");
        }
    }

    #[test]
    fn errors_read_as_sentences() {
        assert_eq!(
            ImportError::NewerVersion { version: 3 }.to_string(),
            "the file was made with a newer version of Ambition Map (format version 3; this version reads up to 1)"
        );
        assert_eq!(
            ImportError::invalid("board.cards[3].kind", "missing").to_string(),
            "board.cards[3].kind: missing"
        );
        assert_eq!(
            ImportError::NotJson { line: 2, column: 5 }.to_string(),
            "the file is not valid JSON (line 2, column 5)"
        );
    }
}
