//! The board file: a format name, a version, and the board.
//!
//! [`export_board`] writes a board as pretty-printed JSON; [`import_file`]
//! reads one back, refusing what it cannot understand with an
//! [`ImportError`] and repairing, item by item, what breaks a rule of the
//! board, with a [`Repair`] for each (see `docs/board-format.md`).
//! [`import_board`] is the same without the report. Camera and selection
//! are session state and are never part of a file.
//!
//! The text is read by serde_json into a `serde_json::Value` first (within
//! serde_json's recursion limit of 128), not straight into the model: one bad
//! card, party or link must be repaired or left out with its own message,
//! and a refusal must name the exact place and what was found there, which
//! needs the item before it has a type.
//!
//! Import runs in stages, each in its own submodule:
//! 1. the envelope (size, encoding, JSON, `format`, `version`) — here;
//! 2. [`migrate`]: bring an older file up to [`VERSION`], step by step;
//! 3. [`validate`]: check every required field and its type on the raw JSON,
//!    so an error names the exact place (`board.cards[3].x`); cards of an
//!    unknown kind are left out here;
//! 4. [`read`]: the checked JSON into the model's [`Board`];
//! 5. [`integrity`]: the rules of the board (unique ids, one ambition,
//!    parties that exist, sane coordinates, no dangling or duplicate links),
//!    repaired per item.

pub(crate) mod integrity;
mod migrate;
mod problem;
mod read;
mod repair;
mod validate;

pub use problem::{Expected, Found, NameOf, Problem};
pub use repair::{CardDropReason, LinkDropReason, PartyRefField, Repair};

use std::fmt;
use std::rc::Rc;

use serde::Serialize;
use serde_json::Value as Json;

use super::json_text;
use super::library::is_valid_board_id;
use super::model::Board;

/// The value of the `format` field of every board file.
pub const FORMAT: &str = "ambition-map";
/// The version this build writes, and the newest it reads.
pub const VERSION: u32 = 3;
/// Max accepted file size in bytes: 20 MiB (20 × 1024 × 1024).
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;
/// Coordinates are clamped to `-MAX_COORD ..= MAX_COORD` on import.
pub const MAX_COORD: f64 = 1e6;
/// Card widths and heights are clamped to `MIN_CARD_SIZE ..= MAX_CARD_SIZE` on import.
pub const MIN_CARD_SIZE: f64 = 20.0;
/// See [`MIN_CARD_SIZE`].
pub const MAX_CARD_SIZE: f64 = 2000.0;
/// The largest accepted `edited` time: 2^53 − 1 milliseconds (the largest
/// whole number every JSON reader holds exactly; some 285 000 years).
pub const MAX_EDITED: u64 = (1 << 53) - 1;

/// Why a file could not be opened as a board. The app words it in the
/// reader's language; [`fmt::Display`] is English, for logs and tests.
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
    /// Made with a newer version of Ambition Map: its `version`, as the
    /// file wrote it (`3`, `1e300`).
    NewerVersion { version: String },
    /// A required field is missing or has the wrong type or value. `field`
    /// is a JSON path such as `board.cards[3].kind`.
    Invalid { field: String, problem: Problem },
}

impl ImportError {
    pub(crate) fn invalid(field: impl Into<String>, problem: Problem) -> Self {
        ImportError::Invalid { field: field.into(), problem }
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
            ImportError::Invalid { field, problem } => write!(f, "{field}: {problem}"),
        }
    }
}

impl std::error::Error for ImportError {}

/// A board read from a file, with what was repaired to read it.
#[derive(Clone, Debug, PartialEq)]
pub struct Imported {
    pub board: Board,
    /// One entry per repaired item, in the order they were made; empty for
    /// every file the app wrote itself.
    pub repairs: Vec<Repair>,
    /// The file is of the current version and needed no repair: reading
    /// its text again gives `board`, so it can be kept as it came.
    pub untouched: bool,
}

/// The board as a file: pretty-printed JSON
/// `{"format": "ambition-map", "version": 2, "board": {...}}`.
///
/// What the importer would repair is written as it would repair it, so
/// every exported file imports without a repair: coordinates and sizes
/// outside the accepted ranges (or not finite, which JSON cannot hold) are
/// clamped, edit times above [`MAX_EDITED`] are written as [`MAX_EDITED`],
/// and a board id that is not usable is left out.
pub fn export_board(board: &Board) -> String {
    write_file(board, true)
}

/// The same file as [`export_board`] without line breaks and indentation.
pub fn export_board_compact(board: &Board) -> String {
    write_file(board, false)
}

/// The file around the board.
#[derive(Serialize)]
struct Envelope<'a> {
    format: &'a str,
    version: u32,
    board: &'a Board,
}

fn write_file(board: &Board, pretty: bool) -> String {
    let needs_fixing = board.cards.iter().any(|c| integrity::sane_geometry(c).is_some() || c.edited > MAX_EDITED)
        || board.parties.iter().any(|p| p.edited > MAX_EDITED)
        || board.links.iter().any(|l| l.edited > MAX_EDITED)
        || !(board.id.is_empty() || is_valid_board_id(&board.id));
    let sane;
    let board = if needs_fixing {
        sane = sane_for_export(board);
        &sane
    } else {
        board
    };
    json_text::write(&Envelope { format: FORMAT, version: VERSION, board }, pretty)
}

/// A copy of `board` with what [`export_board`] fixes fixed.
fn sane_for_export(board: &Board) -> Board {
    let mut b = board.clone();
    if !is_valid_board_id(&b.id) {
        b.id.clear();
    }
    for card in &mut b.cards {
        if let Some(fixed) = integrity::sane_geometry(card) {
            *card = std::rc::Rc::new(fixed);
        }
        if card.edited > MAX_EDITED {
            std::rc::Rc::make_mut(card).edited = MAX_EDITED;
        }
    }
    for party in &mut b.parties {
        party.edited = party.edited.min(MAX_EDITED);
    }
    for link in &mut b.links {
        if link.edited > MAX_EDITED {
            Rc::make_mut(link).edited = MAX_EDITED;
        }
    }
    b
}

/// Reads a board file: the board, or why it cannot be read, without the
/// report of repairs. See [`import_file`].
pub fn import_board(bytes: &[u8]) -> Result<Board, ImportError> {
    import_file(bytes).map(|imported| imported.board)
}

/// Reads a board file of any version up to [`VERSION`]. See
/// `docs/board-format.md` for what is refused (the whole file) and what is
/// repaired (per item, each with a [`Repair`]).
pub fn import_file(bytes: &[u8]) -> Result<Imported, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len(), limit: MAX_FILE_BYTES });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotUtf8)?;
    let mut file: Json =
        serde_json::from_str(text).map_err(|e| ImportError::NotJson { line: e.line(), column: e.column() })?;

    match file.get("format") {
        Some(Json::String(f)) if f == FORMAT => {}
        _ => return Err(ImportError::NotABoard),
    }
    let version = file_version(file.get("version"))?;
    migrate::migrate(&mut file, version)?;

    let board_value = match file.get_mut("board") {
        Some(b) => b,
        None => return Err(ImportError::invalid("board", Problem::Missing)),
    };
    let checked = validate::board(board_value, "board")?;
    let mut board = read::board(board_value.take())?;
    let mut repairs = checked.repairs;
    integrity::enforce(&mut board, &checked.card_index, &mut repairs);
    let untouched = version == VERSION && repairs.is_empty();
    Ok(Imported { board, repairs, untouched })
}

/// The file's `version`: a whole number from 1 to [`VERSION`].
fn file_version(v: Option<&Json>) -> Result<u32, ImportError> {
    let bad = |problem| ImportError::invalid("version", problem);
    let v = v.ok_or_else(|| bad(Problem::Missing))?;
    let Some(number) = v.as_number() else { return Err(bad(Problem::NotWhole)) };
    let n = match (number.as_u64(), number.as_f64()) {
        (Some(u), _) => u,
        (None, _) if number.is_i64() => return Err(bad(Problem::BelowOne)),
        // A float: accept it only when it is a whole number (`1.0`).
        (None, Some(f)) if f.fract() != 0.0 => return Err(bad(Problem::NotWhole)),
        (None, Some(f)) if f < 1.0 => return Err(bad(Problem::BelowOne)),
        // Saturates for absurdly large versions, which are newer anyway.
        (None, Some(f)) => f as u64,
        (None, None) => return Err(bad(Problem::NotWhole)),
    };
    if n == 0 {
        return Err(bad(Problem::BelowOne));
    }
    if n > u64::from(VERSION) {
        // Named as the file wrote it: `1e300`, not a saturated whole number.
        return Err(ImportError::NewerVersion { version: json_text::write(number, false) });
    }
    // n <= VERSION, so it fits.
    u32::try_from(n).map_err(|_| bad(Problem::NotWhole))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{CardId, LinkId, PartyId};

    const FIXTURE_V1: &str = include_str!("../../../tests/fixtures/board-v1.json");
    const FIXTURE_V2: &str = include_str!("../../../tests/fixtures/board-v2.json");
    const FIXTURE_V3: &str = include_str!("../../../tests/fixtures/board-v3.json");

    #[test]
    fn a_file_the_app_wrote_needs_no_repairs() {
        for fixture in [FIXTURE_V1, FIXTURE_V2, FIXTURE_V3] {
            let imported = import_file(fixture.as_bytes()).unwrap();
            assert_eq!(imported.repairs, []);
            let again = import_file(export_board(&imported.board).as_bytes()).unwrap();
            assert_eq!(again.repairs, []);
            assert!(again.untouched);
        }
    }

    #[test]
    fn only_a_current_file_without_repairs_can_be_kept_as_it_came() {
        assert!(import_file(FIXTURE_V3.as_bytes()).unwrap().untouched);
        // An older version is migrated: its text is not the board's file.
        assert!(!import_file(FIXTURE_V1.as_bytes()).unwrap().untouched);
        assert!(!import_file(FIXTURE_V2.as_bytes()).unwrap().untouched);
        let repaired = FIXTURE_V3.replacen("\"#", "\"nocolour-", 1);
        let imported = import_file(repaired.as_bytes()).unwrap();
        assert!(!imported.repairs.is_empty() && !imported.untouched);
    }

    #[test]
    fn every_repair_names_the_item_and_its_place_in_the_file() {
        let mut v: serde_json::Value = serde_json::from_str(FIXTURE_V2).unwrap();
        let b = &mut v["board"];
        b["cards"].as_array_mut().unwrap().remove(0);
        b["cards"][0]["x"] = serde_json::Value::from(1e9);
        b["parties"][1]["colour"] = serde_json::Value::from("blue");
        b["links"][8]["to"] = serde_json::Value::from("nowhere");
        let repairs = import_file(v.to_string().as_bytes()).unwrap().repairs;
        assert_eq!(
            repairs,
            [
                Repair::ColourDefaulted {
                    path: "board.parties[1].colour".into(),
                    party: PartyId("p-board-b".into()),
                    was: "blue".into(),
                    now: "#c2364a".into(),
                },
                Repair::CoordinateClamped {
                    path: "board.cards[0]".into(),
                    card: CardId("c-village-schools".into())
                },
                Repair::AmbitionAdded,
                Repair::LinkDropped {
                    path: "board.links[8]".into(),
                    link: LinkId("l-9".into()),
                    reason: LinkDropReason::MissingCard(CardId("nowhere".into())),
                },
            ]
        );
        for (repair, text) in repairs.iter().zip([
            "board.parties[1].colour: \"blue\" is not a colour #rrggbb; used #c2364a",
            "board.cards[0]: position or size out of range; clamped",
            "board.cards: there was no ambition card; added an empty one",
            "board.links[8]: joins the card \"nowhere\", which does not exist; dropped",
        ]) {
            assert_eq!(repair.to_string(), text);
            assert!(text.starts_with(repair.path()), "{text}");
        }
    }

    #[test]
    fn errors_read_as_sentences() {
        assert_eq!(
            ImportError::NewerVersion { version: "4".into() }.to_string(),
            "the file was made with a newer version of Ambition Map (format version 4; this version reads up to 3)"
        );
        assert_eq!(
            ImportError::invalid("board.cards[3].kind", Problem::Missing).to_string(),
            "board.cards[3].kind: missing"
        );
        assert_eq!(
            ImportError::NotJson { line: 2, column: 5 }.to_string(),
            "the file is not valid JSON (line 2, column 5)"
        );
    }

    #[test]
    fn max_edited_is_the_largest_exact_json_integer() {
        assert_eq!(MAX_EDITED, 9_007_199_254_740_991);
        assert_eq!(MAX_EDITED as f64 as u64, MAX_EDITED);
    }
}
