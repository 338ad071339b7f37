//! The rules of a board, enforced on an imported one: ids unique, exactly
//! one ambition card, party cards belonging to a party on the board, sane
//! coordinates and sizes, no dangling, looping or duplicate links.
//!
//! Every rule is enforced per item, like a restore: one bad party, card or
//! link is renamed, repaired or left out, with a [`Repair`] naming it, and
//! never costs the rest of the board.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use super::repair::{CardDropReason, LinkDropReason, PartyRefField, Repair};
use super::{MAX_CARD_SIZE, MAX_COORD, MIN_CARD_SIZE};
use crate::core::library::is_valid_board_id;
use crate::core::model::{
    Board, Card, CardId, CardKind, Commitment, LinkId, LinkMeaning, Party, PartyId, PARTY_COLOURS,
};

/// Checks and repairs `board`, adding a [`Repair`] for each repair.
/// `card_index[i]` is the index in the file of `board.cards[i]` (cards of
/// unknown kind were already taken out); a missing entry means `i`.
pub(crate) fn enforce(board: &mut Board, card_index: &[usize], repairs: &mut Vec<Repair>) {
    if !board.id.is_empty() && !is_valid_board_id(&board.id) {
        repairs.push(Repair::BoardIdRemoved { was: std::mem::take(&mut board.id) });
    }
    parties(board, repairs);
    cards(board, card_index, repairs);
    ambition(board, repairs);
    links(board, repairs);
}

/// New ids for repeated ones: `old-2`, `old-3`, …, the first not taken.
/// Remembers where it got to for each old id, so a file repeating one id
/// many times costs linear time, not quadratic.
pub(crate) struct FreshIds {
    taken: HashSet<String>,
    next: HashMap<String, u64>,
}

impl FreshIds {
    /// `taken`: every id in use (in the whole file, so a new id never takes
    /// one that comes later).
    pub(crate) fn new(taken: impl IntoIterator<Item = String>) -> Self {
        FreshIds { taken: taken.into_iter().collect(), next: HashMap::new() }
    }

    pub(crate) fn fresh(&mut self, old: &str) -> String {
        let mut n = self.next.get(old).copied().unwrap_or(2);
        loop {
            let id = format!("{old}-{n}");
            n += 1;
            if self.taken.insert(id.clone()) {
                self.next.insert(old.to_owned(), n);
                return id;
            }
        }
    }
}

fn parties(board: &mut Board, repairs: &mut Vec<Repair>) {
    let mut fresh = FreshIds::new(board.parties.iter().map(|p| p.id.0.clone()));
    let mut seen = HashSet::new();
    for (i, party) in board.parties.iter_mut().enumerate() {
        if !seen.insert(party.id.clone()) {
            let new = fresh.fresh(&party.id.0);
            repairs.push(Repair::DuplicateIdRenamed {
                path: format!("board.parties[{i}].id"),
                old: std::mem::replace(&mut party.id.0, new.clone()),
                new: new.clone(),
            });
            seen.insert(party.id.clone());
        }
        if !is_hex_colour(&party.colour) {
            let colour = PARTY_COLOURS[i % PARTY_COLOURS.len()];
            repairs.push(Repair::ColourDefaulted {
                path: format!("board.parties[{i}].colour"),
                party: party.id.clone(),
                was: std::mem::replace(&mut party.colour, colour.to_owned()),
                now: colour.to_owned(),
            });
        }
    }
}

/// `#rrggbb`. Anything else is replaced: the colour goes into CSS, where
/// other syntax could do more than colour a card.
pub(crate) fn is_hex_colour(c: &str) -> bool {
    c.len() == 7 && c.starts_with('#') && c[1..].chars().all(|ch| ch.is_ascii_hexdigit())
}

fn cards(board: &mut Board, card_index: &[usize], repairs: &mut Vec<Repair>) {
    let path_of = |i: usize| format!("board.cards[{}]", card_index.get(i).copied().unwrap_or(i));

    // Parties named by interests, wishes and goals but missing are added
    // first, so owners and recognitions naming them are kept too.
    let mut parties: HashSet<PartyId> = board.parties.iter().map(|p| p.id.clone()).collect();
    for (i, card) in board.cards.iter().enumerate() {
        if let (true, Some(p)) = (card.kind.belongs_to_party(), &card.party) {
            if parties.insert(p.clone()) {
                let colour = PARTY_COLOURS[board.parties.len() % PARTY_COLOURS.len()];
                board.parties.push(Party::new(p.clone(), p.0.clone(), colour));
                repairs.push(Repair::PartyAdded { path: format!("{}.party", path_of(i)), party: p.clone() });
            }
        }
    }

    let ids = board.cards.iter().map(|c| c.id.0.clone()).chain([CardId::ambition().0]);
    let mut fresh = FreshIds::new(ids);
    let mut seen = HashSet::new();
    let mut has_ambition = false;
    let mut kept = Vec::with_capacity(board.cards.len());
    for (i, mut card) in std::mem::take(&mut board.cards).into_iter().enumerate() {
        let path = path_of(i);
        let drop =
            |reason| Repair::CardDropped { path: path.clone(), card: card.id.clone(), text: card.text.clone(), reason };
        if card.kind == CardKind::Ambition {
            if has_ambition || card.id != CardId::ambition() {
                repairs.push(drop(CardDropReason::ExtraAmbition));
                continue;
            }
            has_ambition = true;
        } else if card.kind.belongs_to_party() && card.party.is_none() {
            repairs.push(drop(CardDropReason::NoParty));
            continue;
        }
        // The ambition's id is reserved for it, whether or not it came first.
        let reserved = card.kind != CardKind::Ambition && card.id == CardId::ambition();
        if reserved || seen.contains(&card.id) {
            let new = fresh.fresh(&card.id.0);
            let old = std::mem::replace(&mut Rc::make_mut(&mut card).id, CardId(new.clone()));
            repairs.push(Repair::DuplicateIdRenamed { path: format!("{path}.id"), old: old.0, new });
        }
        seen.insert(card.id.clone());
        if !card.kind.belongs_to_party() && card.party.as_ref().is_some_and(|p| !parties.contains(p)) {
            repairs.push(Repair::CardPartyRemoved { path: path.clone(), card: card.id.clone() });
            Rc::make_mut(&mut card).party = None;
        }
        if let Some(fixed) = sane_geometry(&card) {
            repairs.push(Repair::CoordinateClamped { path: path.clone(), card: card.id.clone() });
            card = Rc::new(fixed);
        }
        party_refs(&mut card, &parties, &path, repairs);
        kept.push(card);
    }
    board.cards = kept;
}

/// Drops owners, commitments and recognitions of parties not on the board,
/// repeated owners and recognitions, and explicit "not asked" commitments
/// (quietly: "not asked" is the absence of an entry).
pub(crate) fn party_refs(card: &mut Rc<Card>, parties: &HashSet<PartyId>, path: &str, repairs: &mut Vec<Repair>) {
    let clean = |list: &[PartyId]| {
        let mut seen = HashSet::new();
        list.iter().filter(|p| parties.contains(*p) && seen.insert(*p)).cloned().collect::<Vec<_>>()
    };
    let owners = clean(&card.owners);
    let recognised_by = clean(&card.recognised_by);
    let commitments_ok = card.commitments.keys().all(|p| parties.contains(p));
    let explicit_not_asked = card.commitments.values().any(|c| *c == Commitment::NotAsked);
    let mut report =
        |field| repairs.push(Repair::PartyRefsRemoved { path: path.to_owned(), card: card.id.clone(), field });
    if owners.len() != card.owners.len() {
        report(PartyRefField::Owners);
    }
    if !commitments_ok {
        report(PartyRefField::Commitments);
    }
    if recognised_by.len() != card.recognised_by.len() {
        report(PartyRefField::RecognisedBy);
    }
    if owners.len() != card.owners.len()
        || recognised_by.len() != card.recognised_by.len()
        || !commitments_ok
        || explicit_not_asked
    {
        let c = Rc::make_mut(card);
        c.owners = owners;
        c.recognised_by = recognised_by;
        c.commitments.retain(|p, c| parties.contains(p) && *c != Commitment::NotAsked);
    }
}

/// The card with its coordinates clamped to ±[`MAX_COORD`] and its size to
/// [`MIN_CARD_SIZE`]..=[`MAX_CARD_SIZE`] (a value that is not a number
/// becomes 0, or the smallest size), or `None` if it needs no change.
pub(crate) fn sane_geometry(card: &Card) -> Option<Card> {
    let coord = |v: f64| if v.is_nan() { 0.0 } else { v.clamp(-MAX_COORD, MAX_COORD) };
    let size = |v: f64| if v.is_nan() { MIN_CARD_SIZE } else { v.clamp(MIN_CARD_SIZE, MAX_CARD_SIZE) };
    let (x, y, width, height) = (coord(card.x), coord(card.y), size(card.width), size(card.height));
    // Compare bit patterns so NaN counts as changed.
    let same = |a: f64, b: f64| a.to_bits() == b.to_bits();
    if same(x, card.x) && same(y, card.y) && same(width, card.width) && same(height, card.height) {
        return None;
    }
    Some(Card { x, y, width, height, ..card.clone() })
}

/// Adds the ambition card, where a new board has it, if the board has none.
fn ambition(board: &mut Board, repairs: &mut Vec<Repair>) {
    if board.ambition().is_some() {
        return;
    }
    let fresh = Board::default();
    if let Some(card) = fresh.ambition() {
        board.cards.insert(0, Rc::clone(card));
        repairs.push(Repair::AmbitionAdded);
    }
}

/// Drops links to missing cards, to the card itself, and joining cards an
/// earlier link already joins; renames repeated link ids; turns round
/// links that point against their meaning.
pub(crate) fn links(board: &mut Board, repairs: &mut Vec<Repair>) {
    let kinds: HashMap<CardId, CardKind> = board.cards.iter().map(|c| (c.id.clone(), c.kind)).collect();
    let mut fresh = FreshIds::new(board.links.iter().map(|l| l.id.0.clone()));
    let mut ids = HashSet::new();
    let mut pairs = HashSet::new();
    let mut kept = Vec::with_capacity(board.links.len());
    for (i, mut link) in std::mem::take(&mut board.links).into_iter().enumerate() {
        let path = format!("board.links[{i}]");
        let dropped = |link: &crate::core::model::Link, reason| Repair::LinkDropped {
            path: path.clone(),
            link: link.id.clone(),
            reason,
        };
        let (from, to) = match (kinds.get(&link.from), kinds.get(&link.to)) {
            (Some(&from), Some(&to)) => (from, to),
            (None, _) => {
                repairs.push(dropped(&link, LinkDropReason::MissingCard(link.from.clone())));
                continue;
            }
            (_, None) => {
                repairs.push(dropped(&link, LinkDropReason::MissingCard(link.to.clone())));
                continue;
            }
        };
        if link.from == link.to {
            repairs.push(dropped(&link, LinkDropReason::ToItself));
            continue;
        }
        let pair = if link.from < link.to {
            (link.from.clone(), link.to.clone())
        } else {
            (link.to.clone(), link.from.clone())
        };
        if !pairs.insert(pair) {
            repairs.push(dropped(&link, LinkDropReason::AlreadyLinked));
            continue;
        }
        if ids.contains(&link.id) {
            let new = fresh.fresh(&link.id.0);
            let old = std::mem::replace(&mut Rc::make_mut(&mut link).id, LinkId(new.clone()));
            repairs.push(Repair::DuplicateIdRenamed { path: format!("{path}.id"), old: old.0, new });
        }
        ids.insert(link.id.clone());
        if LinkMeaning::should_reverse(from, to) {
            repairs.push(Repair::LinkReversed { path: path.clone(), link: link.id.clone() });
            let l = Rc::make_mut(&mut link);
            std::mem::swap(&mut l.from, &mut l.to);
        }
        kept.push(link);
    }
    board.links = kept;
}
