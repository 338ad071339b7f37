//! Exports: the board written out for people and other programs.
//!
//! Every writer is a pure function of a [`Board`] (and, where words are
//! shown, the [`ExportWords`] the caller hands in), returning text the interface offers as a
//! download or a link:
//!
//! | writer | what | extension | MIME type |
//! |---|---|---|---|
//! | [`report::markdown`] | a report for the organisations' boards | `md` | `text/markdown; charset=utf-8` |
//! | [`csv::actions_csv`] | the actions, for a spreadsheet | `csv` | `text/csv; charset=utf-8` |
//! | [`json_canvas::to_canvas`] | the board as a JSON Canvas 1.0 file | `canvas` | `application/json` |
//! | [`svg::to_svg`] | a picture of the whole board | `svg` | `image/svg+xml` |
//! | [`share::encode`] | the board packed into a link's `#fragment` | — | — |
//!
//! [`Format`] names these so the interface needs no strings of its own, and
//! [`file_name`] names the download after the board.
//!
//! The report, the JSON Canvas and, in the interface, the print view and the
//! outline all walk one reading of the board, [`in_words::BoardInWords`], so
//! they say the same things. The helpers here are shared by the writers: the
//! colour a card is drawn in and the words on a link.

pub mod csv;
pub mod in_words;
pub mod json_canvas;
mod markdown;
pub mod report;
pub mod share;
pub mod svg;
mod words;

pub use words::ExportWords;

use crate::core::colour::{parse_hex, DEFAULT_COLOUR};
use crate::core::model::{Board, Card, CardKind, CardLookup, Link, LinkMeaning};

/// The header colour of actions, which belong to no single party.
pub const ACTION_COLOUR: &str = "#334155";
/// The header colour of facts.
pub const FACT_COLOUR: &str = "#0f5e6e";
/// The header colour of the ambition.
pub const AMBITION_COLOUR: &str = "#f4c542";

/// The downloadable exports, with the extension and MIME type the interface
/// gives the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// [`report::markdown`].
    Markdown,
    /// [`csv::actions_csv`].
    Csv,
    /// [`json_canvas::to_canvas`].
    JsonCanvas,
    /// [`svg::to_svg`].
    Svg,
}

impl Format {
    pub const ALL: [Format; 4] = [Format::Markdown, Format::Csv, Format::JsonCanvas, Format::Svg];

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Csv => "csv",
            Format::JsonCanvas => "canvas",
            Format::Svg => "svg",
        }
    }

    /// The MIME type for the download's `Blob`.
    pub fn mime_type(self) -> &'static str {
        match self {
            Format::Markdown => "text/markdown; charset=utf-8",
            Format::Csv => "text/csv; charset=utf-8",
            // JSON Canvas has no registered type of its own; it is JSON.
            Format::JsonCanvas => "application/json",
            Format::Svg => "image/svg+xml",
        }
    }

    /// The export itself. `gaps` are the open points for the report (see
    /// [`report::markdown`]); the other formats ignore them.
    pub fn write(self, board: &Board, words: &ExportWords, gaps: &[String]) -> String {
        match self {
            Format::Markdown => report::markdown(board, words, gaps),
            Format::Csv => csv::actions_csv(board, words),
            Format::JsonCanvas => json_canvas::to_canvas(board, words),
            Format::Svg => svg::to_svg(board, words),
        }
    }

    /// The name of the downloaded file, see [`file_name`].
    pub fn file_name(self, board: &Board) -> String {
        file_name(board, self.extension())
    }
}

/// A file name for an export of `board`: the board's title (see
/// [`Board::file_stem`]) and the extension `ext` (with or without its dot),
/// e.g. `Our shared ambition.csv`.
pub fn file_name(board: &Board, ext: &str) -> String {
    let stem = board.file_stem();
    let ext = ext.trim().trim_start_matches('.');
    if ext.is_empty() {
        stem
    } else {
        format!("{stem}.{ext}")
    }
}

/// The colour a card is drawn in, as `#rrggbb` (lower case): its party's
/// colour, or the colour of its kind. A colour that does not read as one
/// becomes [`DEFAULT_COLOUR`], so the result is always safe to put in an
/// attribute.
pub fn card_colour(board: &Board, card: &Card) -> String {
    let colour = match card.kind {
        CardKind::Ambition => AMBITION_COLOUR,
        CardKind::Action => ACTION_COLOUR,
        CardKind::Fact => FACT_COLOUR,
        CardKind::Interest | CardKind::Wish | CardKind::Goal => {
            board.card_colour(card).unwrap_or(DEFAULT_COLOUR)
        }
    };
    normalise_colour(colour)
}

/// `#rrggbb` in lower case, or [`DEFAULT_COLOUR`] for anything unreadable.
fn normalise_colour(colour: &str) -> String {
    let (r, g, b) = parse_hex(colour).or_else(|| parse_hex(DEFAULT_COLOUR)).unwrap_or((0x64, 0x74, 0x8b));
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// The words shown on a link: its meaning ("serves", "makes concrete",
/// "substantiates"), or for a free link its own label, if it has one.
pub fn link_label(cards: &CardLookup, link: &Link, words: &ExportWords) -> Option<String> {
    label_of(cards.link_meaning(link), link, words).map(str::to_owned)
}

/// [`link_label`] for a link whose meaning is known.
fn label_of<'a>(meaning: LinkMeaning, link: &'a Link, words: &'a ExportWords) -> Option<&'a str> {
    words.meaning(meaning).or_else(|| Some(link.label.trim()).filter(|l| !l.is_empty()))
}

/// The names of `ids`' parties on the board, in the order given; ids of
/// parties not on the board are left out.
fn party_names<'a>(board: &'a Board, ids: &[crate::core::model::PartyId]) -> Vec<&'a str> {
    ids.iter().filter_map(|id| board.party(id)).map(|p| p.name.as_str()).collect()
}
