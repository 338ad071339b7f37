//! The lens: what the board shows of itself for now — one party put
//! forward, kinds left out, a search — and how it shows each card. Session
//! state only: never in the file.

use super::model::{Card, CardKind, PartyId};

/// Focus on one party, kinds left out, and a search.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lens {
    pub focus: Option<PartyId>,
    /// The kinds left out, in the order they were hidden.
    pub hidden: Vec<CardKind>,
    pub search: String,
}

/// How the lens shows a card.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seen {
    Hidden,
    Dimmed,
    Normal,
    /// The search found it.
    Found,
}

impl Lens {
    /// The search as it is matched: trimmed and in lower case.
    pub fn query(&self) -> String {
        self.search.trim().to_lowercase()
    }

    /// How `card` is shown, with `query` from [`Lens::query`] (worked out
    /// once per drawing, not once per card).
    pub fn seen(&self, query: &str, card: &Card) -> Seen {
        if card.kind != CardKind::Ambition && self.hidden.contains(&card.kind) {
            return Seen::Hidden;
        }
        if let Some(p) = &self.focus {
            let theirs = card.kind == CardKind::Ambition
                || card.party.as_ref() == Some(p)
                || card.owners.contains(p)
                || card.commitments.contains_key(p)
                || card.recognised_by.contains(p);
            if !theirs {
                return Seen::Dimmed;
            }
        }
        if query.is_empty() {
            Seen::Normal
        } else if card.text.to_lowercase().contains(query) || card.source.as_deref().is_some_and(|s| s.to_lowercase().contains(query)) {
            Seen::Found
        } else {
            Seen::Dimmed
        }
    }

    /// The lens with `kind` left out, or shown again if it was.
    pub fn toggled(&self, kind: CardKind) -> Lens {
        let mut lens = self.clone();
        match lens.hidden.iter().position(|k| *k == kind) {
            Some(i) => {
                lens.hidden.remove(i);
            }
            None => lens.hidden.push(kind),
        }
        lens
    }
}
