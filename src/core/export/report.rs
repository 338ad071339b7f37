//! The board as a Markdown report for the organisations' boards: the shared
//! challenge, the ambition, each party's interests, wishes and goals, the
//! actions with who committed to what, the facts with their sources and who
//! recognises them, and the open points.
//!
//! Everything a person wrote is escaped (see `markdown.rs`), so a card
//! reading `# 1 | 2` is shown as written and never breaks a heading or a
//! table.

use std::fmt::Write as _;

use super::markdown::{block, cell, escape_line, one_line};
use super::{party_names, ExportWords};
use crate::core::model::{Board, Card, CardKind, PartyId};

/// The report, written with `words`. `gaps` are the open points, already
/// worded by the caller (for example from the checks on the three central
/// questions), one line each; with none the section says so ("None.")
/// rather than being left out, so a reader knows the board was checked.
pub fn markdown(board: &Board, words: &ExportWords, gaps: &[String]) -> String {
    let mut out = String::new();

    let title = one_line(&board.title).unwrap_or_else(|| escape_line(words.default_board_title));
    let _ = write!(out, "# {title}\n\n");

    let _ = write!(out, "## {}\n\n", escape_line(words.challenge));
    let challenge = block(&board.challenge, "\\\n").unwrap_or_else(|| format!("_{}_", words.not_filled_in));
    let _ = write!(out, "{challenge}\n\n");

    let _ = write!(out, "## {}\n\n", escape_line(words.kind_ambition));
    let ambition = board.ambition().and_then(|a| block(&a.text, "\\\n> "));
    match ambition {
        Some(text) => {
            let _ = write!(out, "> {text}\n\n");
        }
        None => {
            let _ = write!(out, "_{}_\n\n", words.not_filled_in);
        }
    }

    parties(&mut out, board, words);
    actions(&mut out, board, words);
    facts(&mut out, board, words);

    let _ = write!(out, "## {}\n\n", words.open_points);
    let gaps: Vec<String> = gaps.iter().filter_map(|g| block(g, "\\\n  ")).collect();
    if gaps.is_empty() {
        let _ = writeln!(out, "{}", words.no_open_points);
    } else {
        for gap in gaps {
            let _ = writeln!(out, "- {gap}");
        }
    }
    out
}

/// Per party its interests, wishes and goals; then those of parties that are
/// not on the board, should there be any.
fn parties(out: &mut String, board: &Board, words: &ExportWords) {
    let _ = write!(out, "## {}\n\n", escape_line(words.parties));
    for party in &board.parties {
        let name = one_line(&party.name).unwrap_or_else(|| words.empty.to_owned());
        let _ = write!(out, "### {name}\n\n");
        party_cards(out, board, words, |c| c.party.as_ref() == Some(&party.id));
    }
    let orphan = |c: &Card| c.kind.belongs_to_party() && c.party.as_ref().and_then(|p| board.party(p)).is_none();
    if board.cards.iter().any(|c| orphan(c)) {
        let _ = write!(out, "### {}\n\n", words.without_party);
        party_cards(out, board, words, orphan);
    }
    if board.parties.is_empty() && !board.cards.iter().any(|c| orphan(c)) {
        let _ = write!(out, "_{}_\n\n", words.no_party_cards);
    }
}

/// The interests, wishes and goals among the cards `mine` picks, as lists.
fn party_cards(out: &mut String, board: &Board, words: &ExportWords, mine: impl Fn(&Card) -> bool) {
    let mut any = false;
    for (kind, heading) in [(CardKind::Interest, words.interests), (CardKind::Wish, words.wishes), (CardKind::Goal, words.goals)] {
        let cards: Vec<&Card> = board.cards.iter().map(|c| &**c).filter(|c| c.kind == kind && mine(c)).collect();
        if cards.is_empty() {
            continue;
        }
        any = true;
        let _ = write!(out, "**{heading}**\n\n");
        for card in cards {
            let _ = writeln!(out, "- {}", item_text(&card.text, words));
        }
        out.push('\n');
    }
    if !any {
        let _ = write!(out, "_{}_\n\n", words.no_party_cards);
    }
}

/// A card's text as a list item: escaped, its lines hard line breaks.
fn item_text(text: &str, words: &ExportWords) -> String {
    block(text, "\\\n  ").unwrap_or_else(|| format!("_{}_", words.empty))
}

/// The actions as a table: action, owners, status, then one column per party
/// with its commitment.
fn actions(out: &mut String, board: &Board, words: &ExportWords) {
    let _ = write!(out, "## {}\n\n", words.actions);
    let actions: Vec<&Card> = board.cards.iter().map(|c| &**c).filter(|c| c.kind == CardKind::Action).collect();
    if actions.is_empty() {
        let _ = write!(out, "_{}_\n\n", words.no_actions);
        return;
    }
    let mut header = vec![escape_line(words.kind_action), escape_line(words.owners), escape_line(words.status)];
    header.extend(board.parties.iter().map(|p| cell(&p.name).unwrap_or_else(|| words.empty.to_owned())));
    row(out, &header);
    row(out, &vec!["---".to_owned(); header.len()]);
    for action in actions {
        let owners = party_names(board, &action.owners);
        let owners = if owners.is_empty() {
            format!("_{}_", words.no_owner)
        } else {
            owners.iter().map(|n| cell(n).unwrap_or_else(|| words.empty.to_owned())).collect::<Vec<_>>().join(", ")
        };
        let mut cells = vec![
            cell(&action.text).unwrap_or_else(|| format!("_{}_", words.empty)),
            owners,
            escape_line(words.status(action.status.unwrap_or_default())),
        ];
        cells.extend(board.parties.iter().map(|p| escape_line(words.commitment(action.commitment(&p.id)))));
        row(out, &cells);
    }
    out.push('\n');
}

fn row(out: &mut String, cells: &[String]) {
    let _ = writeln!(out, "| {} |", cells.join(" | "));
}

/// The facts: text, source, who recognises them, and "disputed" when not
/// every party does.
fn facts(out: &mut String, board: &Board, words: &ExportWords) {
    let _ = write!(out, "## {}\n\n", words.facts);
    let facts: Vec<&Card> = board.cards.iter().map(|c| &**c).filter(|c| c.kind == CardKind::Fact).collect();
    if facts.is_empty() {
        let _ = write!(out, "_{}_\n\n", words.no_facts);
        return;
    }
    let names = |ids: &[&PartyId]| -> String {
        ids.iter()
            .filter_map(|id| board.party(id))
            .map(|p| one_line(&p.name).unwrap_or_else(|| words.empty.to_owned()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    for fact in facts {
        let recognising: Vec<&PartyId> =
            board.parties.iter().map(|p| &p.id).filter(|id| fact.recognised_by.contains(id)).collect();
        let not_recognising: Vec<&PartyId> =
            board.parties.iter().map(|p| &p.id).filter(|id| !fact.recognised_by.contains(id)).collect();
        let disputed = !board.parties.is_empty() && !not_recognising.is_empty();
        let text = block(&fact.text, "\\\n  ").unwrap_or_else(|| format!("_{}_", words.empty));
        if disputed {
            let _ = writeln!(out, "- {text} — **{}**", words.disputed);
        } else {
            let _ = writeln!(out, "- {text}");
        }
        let source = fact
            .source
            .as_deref()
            .and_then(one_line)
            .unwrap_or_else(|| format!("_{}_", words.no_source));
        let _ = writeln!(out, "  - {}: {source}", escape_line(words.source));
        if board.parties.is_empty() {
            continue;
        }
        let recognised = if not_recognising.is_empty() {
            format!("{} ({})", words.all_parties, names(&recognising))
        } else if recognising.is_empty() {
            words.nobody.to_owned()
        } else {
            names(&recognising)
        };
        let _ = writeln!(out, "  - {}: {recognised}", escape_line(words.recognised_by));
        if disputed {
            let _ = writeln!(out, "  - {}: {}", words.not_recognised_by, names(&not_recognising));
        }
    }
    out.push('\n');
}
