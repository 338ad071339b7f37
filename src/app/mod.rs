//! The Yew front end: state, components and hooks. Components draw the state
//! and send messages; they never change the board themselves.

pub mod boards;
pub mod components;
pub mod gesture;
pub mod keyboard;
pub mod shortcuts;
pub mod state;

use std::ops::Deref;
use std::rc::Rc;

/// A shared value that compares by identity: cheap to pass as a prop, and a
/// component re-renders only when it is given a different one.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> From<T> for Shared<T> {
    fn from(value: T) -> Self {
        Shared(Rc::new(value))
    }
}

use crate::core::geometry::Point;
use crate::core::model::{Board, Card, CardId, CardKind, Party, PartyId, CARD_SIZE, PARTY_COLOURS};
use crate::i18n::{fill, Lang};
use crate::platform::ids::new_id;

/// A new, empty card of `kind` centred on `centre`, for `party` if its kind
/// belongs to one.
pub fn new_card(kind: CardKind, centre: Point, party: Option<PartyId>) -> Card {
    let at = centre.offset(-CARD_SIZE.width / 2.0, -CARD_SIZE.height / 2.0);
    let card = Card::new(CardId(new_id("c")), kind, "", at);
    match party {
        Some(p) if kind.belongs_to_party() => card.with_party(p),
        _ => card,
    }
}

/// A new party, numbered after the others, in the first colour no party has yet.
pub fn new_party(board: &Board, lang: Lang) -> Party {
    let n = board.parties.len();
    let colour = PARTY_COLOURS
        .iter()
        .find(|c| !board.parties.iter().any(|p| p.colour.eq_ignore_ascii_case(c)))
        .unwrap_or(&PARTY_COLOURS[n % PARTY_COLOURS.len()]);
    let name = fill(lang.texts().new_party_name, &[("n", &(n + 1).to_string())]);
    Party::new(PartyId(new_id("p")), name, *colour)
}
