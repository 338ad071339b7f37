//! The board as a Markdown report for the organisations' boards: the shared
//! challenge, the ambition, each party's interests, wishes and goals, the
//! actions with who committed to what, the facts with their sources and who
//! recognises them, and the open points. Written by walking the
//! [`BoardInWords`], as the print view draws it.
//!
//! Everything a person wrote is escaped (see `markdown.rs`), so a card
//! reading `# 1 | 2` is shown as written and never breaks a heading or a
//! table.

use std::fmt::Write as _;

use super::in_words::{BoardInWords, CardInWords};
use super::markdown::{block, cell, escape_line, one_line};
use super::ExportWords;
use crate::core::model::Board;

/// The report, written with `words`. `gaps` are the open points, already
/// worded by the caller (for example from the checks on the three central
/// questions), one line each; with none the section says so ("None.")
/// rather than being left out, so a reader knows the board was checked.
pub fn markdown(board: &Board, words: &ExportWords, gaps: &[String]) -> String {
    write(&BoardInWords::of(board, words, gaps))
}

/// The report of a board read in words.
pub fn write(board: &BoardInWords) -> String {
    let words = board.words;
    let mut out = String::new();

    let _ = write!(out, "# {}\n\n", one_line(board.title).unwrap_or_default());

    let _ = write!(out, "## {}\n\n", escape_line(words.challenge));
    let challenge = block(board.challenge, "\\\n").unwrap_or_else(|| format!("_{}_", words.not_filled_in));
    let _ = write!(out, "{challenge}\n\n");

    let _ = write!(out, "## {}\n\n", escape_line(words.kind_ambition));
    let ambition = board.ambition().and_then(|a| block(a.text, "\\\n> "));
    match ambition {
        Some(text) => {
            let _ = write!(out, "> {text}\n\n");
        }
        None => {
            let _ = write!(out, "_{}_\n\n", words.not_filled_in);
        }
    }

    parties(&mut out, board);
    actions(&mut out, board);
    facts(&mut out, board);

    let _ = write!(out, "## {}\n\n", words.open_points);
    if board.open_points.is_empty() {
        let _ = writeln!(out, "{}", words.no_open_points);
    }
    for gap in board.open_points.iter().filter_map(|g| block(g, "\\\n  ")) {
        let _ = writeln!(out, "- {gap}");
    }
    out
}

/// Per party its interests, wishes and goals; then those of parties that are
/// not on the board, should there be any.
fn parties(out: &mut String, board: &BoardInWords) {
    let words = board.words;
    let _ = write!(out, "## {}\n\n", escape_line(words.parties));
    for party in &board.parties {
        let _ = write!(out, "### {}\n\n", name(party.name, words));
        party_cards(out, words, board.party_cards(Some(party.id)));
    }
    let orphans = board.party_cards(None);
    if !orphans.is_empty() {
        let _ = write!(out, "### {}\n\n", words.without_party);
        party_cards(out, words, orphans);
    } else if board.parties.is_empty() {
        let _ = write!(out, "_{}_\n\n", words.no_party_cards);
    }
}

/// A party's name on one line, or "(empty)".
fn name(name: &str, words: &ExportWords) -> String {
    one_line(name).unwrap_or_else(|| words.empty.to_owned())
}

/// A party's cards by kind, as lists under their kind's heading.
fn party_cards(out: &mut String, words: &ExportWords, kinds: Vec<(&str, Vec<&CardInWords>)>) {
    if kinds.is_empty() {
        let _ = write!(out, "_{}_\n\n", words.no_party_cards);
    }
    for (heading, cards) in kinds {
        let _ = write!(out, "**{heading}**\n\n");
        for card in cards {
            let _ = writeln!(out, "- {}", item_text(card.text, words));
        }
        out.push('\n');
    }
}

/// A card's text as a list item: escaped, its lines hard line breaks.
fn item_text(text: &str, words: &ExportWords) -> String {
    block(text, "\\\n  ").unwrap_or_else(|| format!("_{}_", words.empty))
}

/// The actions as a table: action, owners, status, then one column per party
/// with its commitment.
fn actions(out: &mut String, board: &BoardInWords) {
    let words = board.words;
    let _ = write!(out, "## {}\n\n", words.actions);
    if board.actions().next().is_none() {
        let _ = write!(out, "_{}_\n\n", words.no_actions);
        return;
    }
    let cell_or_empty = |text: &str| cell(text).unwrap_or_else(|| words.empty.to_owned());
    let mut header = vec![escape_line(words.kind_action), escape_line(words.owners), escape_line(words.status)];
    header.extend(board.parties.iter().map(|p| cell_or_empty(p.name)));
    row(out, &header);
    row(out, &vec!["---".to_owned(); header.len()]);
    for (card, action) in board.actions() {
        let owners = if action.owners.is_empty() {
            format!("_{}_", words.no_owner)
        } else {
            action.owners.iter().map(|n| cell_or_empty(n)).collect::<Vec<_>>().join(", ")
        };
        let mut cells =
            vec![cell(card.text).unwrap_or_else(|| format!("_{}_", words.empty)), owners, escape_line(action.status)];
        cells.extend(action.commitments.iter().map(|c| escape_line(c.words)));
        row(out, &cells);
    }
    out.push('\n');
}

fn row(out: &mut String, cells: &[String]) {
    let _ = writeln!(out, "| {} |", cells.join(" | "));
}

/// The facts: text, source, who recognises them, and "disputed" when not
/// every party does.
fn facts(out: &mut String, board: &BoardInWords) {
    let words = board.words;
    let _ = write!(out, "## {}\n\n", words.facts);
    if board.facts().next().is_none() {
        let _ = write!(out, "_{}_\n\n", words.no_facts);
        return;
    }
    let names = |names: &[&str]| names.iter().map(|n| name(n, words)).collect::<Vec<_>>().join(", ");
    for (card, fact) in board.facts() {
        let text = item_text(card.text, words);
        if fact.disputed() {
            let _ = writeln!(out, "- {text} — **{}**", words.disputed);
        } else {
            let _ = writeln!(out, "- {text}");
        }
        let source = fact.source.and_then(one_line).unwrap_or_else(|| format!("_{}_", words.no_source));
        let _ = writeln!(out, "  - {}: {source}", escape_line(words.source));
        if board.parties.is_empty() {
            continue;
        }
        let recognised = if !fact.disputed() {
            format!("{} ({})", words.all_parties, names(&fact.recognised_by))
        } else if fact.recognised_by.is_empty() {
            words.nobody.to_owned()
        } else {
            names(&fact.recognised_by)
        };
        let _ = writeln!(out, "  - {}: {recognised}", escape_line(words.recognised_by));
        if fact.disputed() {
            let _ = writeln!(out, "  - {}: {}", words.not_recognised_by, names(&fact.not_recognised_by));
        }
    }
    out.push('\n');
}
