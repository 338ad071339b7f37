//! Presentation mode's stops: the whole board first, then each party, then
//! the three questions, one at a time.

use super::analysis::Question;
use super::model::{Board, CardId, PartyId};

/// What a stop of the presentation shows.
#[derive(Clone, Debug, PartialEq)]
pub enum Stop {
    WholeBoard,
    Party(PartyId),
    Question(Question),
}

/// How many stops a presentation of this board has.
pub fn stop_count(board: &Board) -> usize {
    1 + board.parties.len() + Question::ALL.len()
}

/// What stop number `stop` shows, if the board has it.
pub fn stop(board: &Board, stop: usize) -> Option<Stop> {
    let parties = board.parties.len();
    match stop {
        0 => Some(Stop::WholeBoard),
        s if s <= parties => Some(Stop::Party(board.parties[s - 1].id.clone())),
        s => Question::ALL.get(s - 1 - parties).map(|q| Stop::Question(*q)),
    }
}

/// The stop `delta` stops on from `from`, kept within the presentation.
pub fn stop_after(board: &Board, from: usize, delta: isize) -> usize {
    from.saturating_add_signed(delta).min(stop_count(board).saturating_sub(1))
}

/// The cards a party's stop shows: the party's own and the ambition. Empty
/// for a party with no cards (the stop shows the whole board).
pub fn party_cards(board: &Board, party: &PartyId) -> Vec<CardId> {
    let mut cards: Vec<CardId> = board.cards.iter().filter(|c| c.party.as_ref() == Some(party)).map(|c| c.id.clone()).collect();
    if !cards.is_empty() {
        cards.push(CardId::ambition());
    }
    cards
}
