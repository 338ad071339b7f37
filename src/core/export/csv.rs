//! The actions as CSV, for a spreadsheet: one row per action with its text,
//! owners, status and each party's commitment.
//!
//! The file follows RFC 4180: fields holding the separator, a quote, CR or LF
//! are quoted, quotes inside doubled, and every record (the last one too)
//! ends in CRLF. It starts with a UTF-8 byte order mark so spreadsheet
//! programs read accents right.
//!
//! **Formula injection.** A spreadsheet runs a cell that starts with `=`,
//! `+`, `-` or `@` (and some a tab or CR) as a formula, so a card reading
//! `=HYPERLINK("http://…")` would become a live link or worse. Every such
//! field gets a leading apostrophe (`'=HYPERLINK(…)`), which spreadsheets
//! show as the text itself; a program reading the file sees the apostrophe.
//! This also applies to text like `-20 %`.

use super::party_names;
use crate::core::model::{Board, CardKind};
use super::ExportWords;

/// What a cell starts with that a spreadsheet would run as a formula.
pub const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The byte order mark the file starts with.
pub const BOM: char = '\u{feff}';

/// The character between fields.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Separator {
    /// `,` as RFC 4180 has it.
    #[default]
    Comma,
    /// `;`, which Excel expects in locales whose decimal mark is a comma
    /// (Dutch among them) when a `.csv` file is opened by double-clicking.
    Semicolon,
}

impl Separator {
    pub fn char(self) -> char {
        match self {
            Separator::Comma => ',',
            Separator::Semicolon => ';',
        }
    }
}

/// The actions as RFC 4180 CSV with commas: a header row (action, owners,
/// status, then each party's name), then one row per action in board order.
/// Owners are the parties' names joined with `"; "`; status and commitments
/// are in `words`.
pub fn actions_csv(board: &Board, words: &ExportWords) -> String {
    actions_csv_with(board, words, Separator::Comma)
}

/// [`actions_csv`] with a choice of separator.
pub fn actions_csv_with(board: &Board, words: &ExportWords, separator: Separator) -> String {
    let mut out = String::new();
    out.push(BOM);

    let mut header = vec![words.kind_action.to_owned(), words.owners.to_owned(), words.status.to_owned()];
    header.extend(board.parties.iter().map(|p| p.name.clone()));
    record(&mut out, &header, separator);

    for action in board.cards.iter().filter(|c| c.kind == CardKind::Action) {
        let mut fields = vec![
            action.text.clone(),
            party_names(board, &action.owners).join("; "),
            words.status(action.status.unwrap_or_default()).to_owned(),
        ];
        fields.extend(board.parties.iter().map(|p| words.commitment(action.commitment(&p.id)).to_owned()));
        record(&mut out, &fields, separator);
    }
    out
}

/// One record, ended by CRLF.
fn record(out: &mut String, fields: &[String], separator: Separator) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(separator.char());
        }
        out.push_str(&field_text(field, separator));
    }
    out.push_str("\r\n");
}

/// One field: defused against formulas, then quoted if it needs to be.
pub fn field_text(field: &str, separator: Separator) -> String {
    let defused = if field.starts_with(FORMULA_STARTS) {
        format!("'{field}")
    } else {
        field.to_owned()
    };
    if defused.contains([separator.char(), '"', '\r', '\n']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}
