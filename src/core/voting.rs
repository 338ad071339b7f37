//! Dot voting: a round in which each participant gives a number of dots to
//! cards, and the ranking of the cards by their dots. The round is kept
//! with the board in each undo step (see [`super::document`]), so a dot
//! given and undone is back with its participant.

use std::rc::Rc;

use super::model::{Board, Card, CardId};

/// A round of dot voting: each participant has `dots` dots to give.
#[derive(Clone, Debug, PartialEq)]
pub struct VotingRound {
    pub dots: u32,
    /// The cards each participant gave a dot to (one entry per dot).
    pub given: Vec<Vec<CardId>>,
    /// The participant now giving dots.
    pub current: usize,
}

/// The most participants a round can have.
pub const MAX_PARTICIPANTS: usize = 99;

impl VotingRound {
    /// A round for `participants` (1 to 99) with `dots` each; the first participant starts.
    pub fn new(participants: usize, dots: u32) -> Self {
        VotingRound { dots, given: vec![Vec::new(); participants.clamp(1, MAX_PARTICIPANTS)], current: 0 }
    }

    pub fn dots_left(&self, participant: usize) -> u32 {
        let used = self.given.get(participant).map_or(0, |g| g.len() as u32);
        self.dots.saturating_sub(used)
    }

    /// Whether every participant has given all their dots.
    pub fn done(&self) -> bool {
        (0..self.given.len()).all(|p| self.dots_left(p) == 0)
    }

    /// The round after the current participant gives (`give`) or takes back
    /// a dot on `card`, or `None` when they have none left to give or gave
    /// none to take back. A participant's last dot hands the turn to the
    /// next one, so a round needs nothing but taps on cards.
    pub fn voted(&self, card: &CardId, give: bool) -> Option<VotingRound> {
        let mut next = self.clone();
        let mine = next.given.get_mut(self.current)?;
        if give {
            if self.dots_left(self.current) == 0 {
                return None;
            }
            mine.push(card.clone());
            if next.dots_left(self.current) == 0 && self.current + 1 < self.given.len() {
                next.current += 1;
            }
        } else {
            let i = mine.iter().position(|c| c == card)?;
            mine.remove(i);
        }
        Some(next)
    }
}

/// The cards with dots, most dots first (ties keep board order): at most
/// `top` of them, and how many cards have dots in all. Kept in a short
/// list as the board is read, with no sort of every card.
pub fn ranking(board: &Board, top: usize) -> (Vec<&Rc<Card>>, usize) {
    let mut ranked: Vec<&Rc<Card>> = Vec::with_capacity(top + 1);
    let mut with_dots = 0;
    for card in board.cards.iter().filter(|c| c.votes > 0) {
        with_dots += 1;
        let at = ranked.iter().position(|r| r.votes < card.votes).unwrap_or(ranked.len());
        if at < top {
            ranked.insert(at, card);
            ranked.truncate(top);
        }
    }
    (ranked, with_dots)
}
