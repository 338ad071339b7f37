//! The board as a JSON Canvas 1.0 file (<https://jsoncanvas.org>), the open
//! infinite-canvas format that Obsidian and other tools read.
//!
//! Every card becomes a text node at its place on the board, in drawing
//! order, coloured `#rrggbb` in its party's (or its kind's) colour. The node
//! text is Markdown: a first line naming the kind (and the party, the
//! status, the source), then the card's text, escaped. Every link becomes an
//! edge with an arrow, labelled with its meaning. The words are those of the
//! [`BoardInWords`], as the report has them.
//!
//! Node ids are the card ids and edge ids the link ids. The format wants
//! every id unique and present, so an id that is empty or already taken (a
//! link with the same id as a card) gets a suffix; links to a card that is
//! not on the board are left out.

use std::collections::{HashMap, HashSet};

use super::in_words::{BoardInWords, CardInWords};
use super::markdown::{block, escape_line, one_line};
use super::{card_colour, ExportWords};
use serde::Serialize;

use crate::core::model::{Board, Commitment};

/// A JSON Canvas document: its nodes, then its edges.
#[derive(Serialize)]
struct Canvas {
    nodes: Vec<Node>,
    edges: Vec<Edge>,
}

/// A text node.
#[derive(Serialize)]
struct Node {
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    x: i64,
    y: i64,
    width: i64,
    height: i64,
    color: String,
    text: String,
}

/// An edge with an arrow at its end.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Edge {
    id: String,
    from_node: String,
    to_node: String,
    to_end: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    label: Option<String>,
}

/// The board as a JSON Canvas 1.0 document, pretty-printed.
pub fn to_canvas(board: &Board, words: &ExportWords) -> String {
    let in_words = BoardInWords::of(board, words, &[]);
    let mut taken = HashSet::new();
    let mut node_ids = HashMap::new();
    let mut nodes = Vec::with_capacity(board.cards.len());
    for (card, said) in board.cards.iter().zip(&in_words.cards) {
        let id = unique_id(&card.id.0, "card", &mut taken);
        let rect = card.rect();
        node_ids.entry(&card.id).or_insert_with(|| id.clone());
        nodes.push(Node {
            id,
            kind: "text",
            x: whole(rect.x),
            y: whole(rect.y),
            width: whole(rect.width).max(1),
            height: whole(rect.height).max(1),
            color: card_colour(board, card),
            text: node_text(said, words),
        });
    }
    let mut edges = Vec::new();
    for link in &in_words.links {
        let (Some(from), Some(to)) = (node_ids.get(link.from), node_ids.get(link.to)) else {
            continue;
        };
        edges.push(Edge {
            id: unique_id(&link.id.0, "link", &mut taken),
            from_node: from.clone(),
            to_node: to.clone(),
            to_end: "arrow",
            label: link.label.map(str::to_owned),
        });
    }
    crate::core::json_text::write(&Canvas { nodes, edges }, true)
}

/// `wanted` if it is non-empty and free, otherwise `wanted` (or `fallback`)
/// with the first free `-2`, `-3`, … suffix.
fn unique_id(wanted: &str, fallback: &str, taken: &mut HashSet<String>) -> String {
    let base = if wanted.is_empty() { fallback } else { wanted };
    let mut id = base.to_owned();
    let mut n = 2u64;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    taken.insert(id.clone());
    id
}

/// A coordinate as the whole number the format asks for.
fn whole(v: f64) -> i64 {
    if v.is_finite() {
        // `as` saturates; board coordinates are far inside i64 anyway.
        v.round() as i64
    } else {
        0
    }
}

/// The node's Markdown: a bold first line naming what the card is, then its
/// text, then for an action its commitments and for a fact who recognises it.
fn node_text(card: &CardInWords, words: &ExportWords) -> String {
    let names = |names: &[&str]| -> String { names.iter().copied().filter_map(one_line).collect::<Vec<_>>().join(", ") };
    let mut head = format!("**{}**", escape_line(card.kind_name));
    let what = match (&card.action, &card.fact) {
        (Some(action), _) => Some(escape_line(action.status)),
        (_, Some(fact)) => fact.disputed().then(|| escape_line(words.disputed)),
        _ => card.party.and_then(|p| one_line(p.name)),
    };
    if let Some(what) = what {
        head.push_str(" · ");
        head.push_str(&what);
    }
    let mut parts = vec![head];
    if let Some(text) = block(card.text, "\n") {
        parts.push(text);
    }
    if let Some(action) = &card.action {
        let owners = names(&action.owners);
        let owners = if owners.is_empty() { escape_line(words.no_owner) } else { owners };
        let mut details = vec![format!("- {}: {owners}", escape_line(words.owners))];
        for c in action.commitments.iter().filter(|c| c.commitment != Commitment::NotAsked) {
            details.push(format!("- {}: {}", one_line(c.party).unwrap_or_default(), escape_line(c.words)));
        }
        parts.push(details.join("\n"));
    }
    if let Some(fact) = &card.fact {
        let source = fact.source.and_then(one_line).unwrap_or_else(|| escape_line(words.no_source));
        let mut details = vec![format!("- {}: {source}", escape_line(words.source))];
        let recognised = names(&fact.recognised_by);
        if !recognised.is_empty() {
            details.push(format!("- {}: {recognised}", escape_line(words.recognised_by)));
        }
        parts.push(details.join("\n"));
    }
    parts.join("\n\n")
}
