//! The rules of a board, enforced on an imported one: ids unique, exactly
//! one ambition card, party cards belonging to a party on the board, sane
//! coordinates and sizes, no dangling, looping or duplicate links.
//!
//! What cannot be repaired without guessing is refused with
//! [`ImportError::Invalid`]; the rest is repaired, with a note per repair.

use std::collections::{BTreeSet, HashSet};
use std::rc::Rc;

use super::{ImportError, MAX_CARD_SIZE, MAX_COORD, MIN_CARD_SIZE};
use crate::core::model::{Board, Card, CardId, CardKind, Commitment, LinkMeaning, PartyId, PARTY_COLOURS};

/// Checks and repairs `board`, adding a note to `repairs` for each repair.
pub(crate) fn enforce(board: &mut Board, repairs: &mut Vec<String>) -> Result<(), ImportError> {
    parties(board, repairs)?;
    cards(board, repairs)?;
    ambition(board, repairs);
    links(board, repairs);
    Ok(())
}

fn parties(board: &mut Board, repairs: &mut Vec<String>) -> Result<(), ImportError> {
    let mut seen = HashSet::new();
    for (i, party) in board.parties.iter_mut().enumerate() {
        if !seen.insert(party.id.clone()) {
            return Err(ImportError::invalid(
                format!("board.parties[{i}].id"),
                format!("another party already has the id {}", quoted(&party.id.0)),
            ));
        }
        if !is_hex_colour(&party.colour) {
            let colour = PARTY_COLOURS[i % PARTY_COLOURS.len()];
            repairs.push(format!(
                "board.parties[{i}].colour: {} is not a colour #rrggbb; used {colour}",
                quoted(&party.colour)
            ));
            party.colour = colour.to_owned();
        }
    }
    Ok(())
}

/// `#rrggbb`. Anything else is replaced: the colour goes into CSS, where
/// other syntax could do more than colour a card.
fn is_hex_colour(c: &str) -> bool {
    c.len() == 7 && c.starts_with('#') && c[1..].chars().all(|ch| ch.is_ascii_hexdigit())
}

fn cards(board: &mut Board, repairs: &mut Vec<String>) -> Result<(), ImportError> {
    let parties: BTreeSet<PartyId> = board.parties.iter().map(|p| p.id.clone()).collect();
    let mut seen = HashSet::new();
    for (i, card) in board.cards.iter_mut().enumerate() {
        let path = format!("board.cards[{i}]");
        if !seen.insert(card.id.clone()) {
            return Err(ImportError::invalid(
                format!("{path}.id"),
                format!("another card already has the id {}", quoted(&card.id.0)),
            ));
        }
        let is_ambition_id = card.id == CardId::ambition();
        if is_ambition_id != (card.kind == CardKind::Ambition) {
            let reason = if is_ambition_id {
                "the card with the id \"ambition\" must be of kind \"ambition\""
            } else {
                "only the card with the id \"ambition\" can be of kind \"ambition\""
            };
            return Err(ImportError::invalid(format!("{path}.kind"), reason));
        }
        if card.kind.belongs_to_party() {
            match &card.party {
                None => {
                    return Err(ImportError::invalid(
                        format!("{path}.party"),
                        format!("missing: every {} belongs to a party", kind_name(card.kind)),
                    ))
                }
                Some(p) if !parties.contains(p) => {
                    return Err(ImportError::invalid(
                        format!("{path}.party"),
                        format!("there is no party with the id {}", quoted(&p.0)),
                    ))
                }
                Some(_) => {}
            }
        } else if card.party.as_ref().is_some_and(|p| !parties.contains(p)) {
            repairs.push(format!("{path}.party: no such party; removed"));
            Rc::make_mut(card).party = None;
        }
        if let Some(fixed) = sane_geometry(card) {
            repairs.push(format!("{path}: position or size out of range; clamped"));
            *card = Rc::new(fixed);
        }
        party_refs(card, &parties, &path, repairs);
    }
    Ok(())
}

/// Drops owners, commitments and recognitions of parties not on the board,
/// repeated owners and recognitions, and explicit "not asked" commitments.
fn party_refs(card: &mut Rc<Card>, parties: &BTreeSet<PartyId>, path: &str, repairs: &mut Vec<String>) {
    let clean = |list: &[PartyId]| {
        let mut seen = BTreeSet::new();
        list.iter().filter(|p| parties.contains(*p) && seen.insert(*p)).cloned().collect::<Vec<_>>()
    };
    let owners = clean(&card.owners);
    let recognised_by = clean(&card.recognised_by);
    let commitments_ok = card.commitments.keys().all(|p| parties.contains(p));
    // "Not asked" is the absence of an entry; an explicit one is dropped quietly.
    let explicit_not_asked = card.commitments.values().any(|c| *c == Commitment::NotAsked);
    if owners.len() != card.owners.len() {
        repairs.push(format!("{path}.owners: unknown or repeated parties removed"));
    }
    if recognised_by.len() != card.recognised_by.len() {
        repairs.push(format!("{path}.recognised_by: unknown or repeated parties removed"));
    }
    if !commitments_ok {
        repairs.push(format!("{path}.commitments: commitments of unknown parties removed"));
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

/// Adds the ambition card, where a new board has it, if the file has none.
fn ambition(board: &mut Board, repairs: &mut Vec<String>) {
    if board.ambition().is_some() {
        return;
    }
    let fresh = Board::default();
    if let Some(card) = fresh.ambition() {
        board.cards.insert(0, Rc::clone(card));
        repairs.push("board.cards: there was no ambition card; added an empty one".to_owned());
    }
}

fn links(board: &mut Board, repairs: &mut Vec<String>) {
    let kinds: std::collections::HashMap<CardId, CardKind> =
        board.cards.iter().map(|c| (c.id.clone(), c.kind)).collect();
    let mut ids = HashSet::new();
    let mut pairs = HashSet::new();
    let mut kept = Vec::with_capacity(board.links.len());
    for (i, mut link) in std::mem::take(&mut board.links).into_iter().enumerate() {
        let path = format!("board.links[{i}]");
        let (Some(&from), Some(&to)) = (kinds.get(&link.from), kinds.get(&link.to)) else {
            repairs.push(format!("{path}: joins a card that does not exist; dropped"));
            continue;
        };
        if link.from == link.to {
            repairs.push(format!("{path}: joins a card to itself; dropped"));
            continue;
        }
        if !ids.insert(link.id.clone()) {
            repairs.push(format!("{path}: another link already has the id {}; dropped", quoted(&link.id.0)));
            continue;
        }
        let pair = if link.from < link.to {
            (link.from.clone(), link.to.clone())
        } else {
            (link.to.clone(), link.from.clone())
        };
        if !pairs.insert(pair) {
            repairs.push(format!("{path}: the two cards are already linked; dropped"));
            continue;
        }
        if LinkMeaning::should_reverse(from, to) {
            repairs.push(format!("{path}: pointed against its meaning; turned round"));
            std::mem::swap(&mut link.from, &mut link.to);
        }
        kept.push(link);
    }
    board.links = kept;
}

fn kind_name(kind: CardKind) -> String {
    serde_json::to_value(kind).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()
}

fn quoted(s: &str) -> String {
    serde_json::Value::from(s).to_string()
}
