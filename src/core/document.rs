//! The document a session edits: the board, the dot-voting round that goes
//! with it, and the history of both. Each undo step is a [`Version`] — two
//! `Rc`s — so recording a step, or copying the document, copies no board;
//! a message that does not change the board never touches the document.

use std::rc::Rc;

use super::action::{apply, Action, Refusal};
use super::history::History;
use super::merge::stamp_edits;
use super::model::{Board, CardId};
use super::voting::VotingRound;

/// The board and the voting round at one moment: what undo goes back to.
/// The round travels with the board so that a dot given and undone is
/// back with its participant, and a dot taken back and redone is gone again.
#[derive(Clone, Debug)]
pub struct Version {
    pub board: Rc<Board>,
    pub round: Option<Rc<VotingRound>>,
}

/// The board, the voting round, and their undo history.
#[derive(Clone, Debug)]
pub struct Document {
    now: Version,
    history: History<Version>,
}

impl Document {
    pub fn new(board: Board) -> Self {
        Document { now: Version { board: Rc::new(board), round: None }, history: History::default() }
    }

    pub fn board(&self) -> &Rc<Board> {
        &self.now.board
    }

    pub fn round(&self) -> Option<&Rc<VotingRound>> {
        self.now.round.as_ref()
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// How many steps can be undone.
    pub fn undo_depth(&self) -> usize {
        self.history.depth()
    }

    /// The document after one more step to `next`.
    fn step(&self, next: Version) -> Document {
        let mut doc = self.clone();
        doc.history.record(std::mem::replace(&mut doc.now, next));
        doc
    }

    /// The document after `action`, as one undo step, or `None` when the
    /// action changes nothing. Changed cards, links and parties carry the
    /// time `now` for merging; a replaced board (a file, a merge, another
    /// tab) brings its own times.
    pub fn apply(&self, action: &Action, now: u64) -> Result<Option<Document>, Refusal> {
        Ok(self.changed(action, now)?.map(|board| self.step(Version { board, round: self.now.round.clone() })))
    }

    /// The document after `action`, folded into the last undo step instead
    /// of one of its own (a new card's first words belong to adding it:
    /// one undo takes the card away, not just its words).
    pub fn amend(&self, action: &Action, now: u64) -> Result<Option<Document>, Refusal> {
        Ok(self.changed(action, now)?.map(|board| {
            let mut doc = self.clone();
            doc.now.board = board;
            doc
        }))
    }

    /// The board after `action`, or `None` when it changes nothing.
    fn changed(&self, action: &Action, now: u64) -> Result<Option<Rc<Board>>, Refusal> {
        let mut next = apply(&self.now.board, action)?;
        if !matches!(action, Action::ReplaceBoard(_)) {
            stamp_edits(&self.now.board, &mut next, now);
        }
        Ok((next != *self.now.board).then(|| Rc::new(next)))
    }

    /// The document with a voting round started (`Some`) or closed, as one
    /// undo step; `None` when that is already so.
    pub fn with_round(&self, round: Option<VotingRound>) -> Option<Document> {
        if self.now.round.is_none() && round.is_none() {
            return None;
        }
        Some(self.step(Version { board: self.now.board.clone(), round: round.map(Rc::new) }))
    }

    /// The round's current participant gives a dot to `card` (`give`) or
    /// takes one back, as one undo step for the card's dots and the round
    /// together. `None` when there is no round, no such card, no dot left
    /// to give or none to take back.
    pub fn vote(&self, card: &CardId, give: bool, now: u64) -> Option<Document> {
        let round = self.now.round.as_ref()?.voted(card, give)?;
        let votes = self.now.board.card(card)?.votes;
        let votes = if give { votes.saturating_add(1) } else { votes.saturating_sub(1) };
        let mut board = apply(&self.now.board, &Action::SetVotes { card: card.clone(), votes }).ok()?;
        stamp_edits(&self.now.board, &mut board, now);
        Some(self.step(Version { board: Rc::new(board), round: Some(Rc::new(round)) }))
    }

    /// The round with another participant giving dots. Not an undo step:
    /// choosing who votes changes nothing on the board.
    pub fn with_voter(&self, participant: usize) -> Option<Document> {
        let round = self.now.round.as_ref()?;
        if participant >= round.given.len() || participant == round.current {
            return None;
        }
        let mut doc = self.clone();
        doc.now.round = Some(Rc::new(VotingRound { current: participant, ..(**round).clone() }));
        Some(doc)
    }

    pub fn undo(&self) -> Option<Document> {
        let mut doc = self.clone();
        let before = doc.history.undo(&doc.now)?;
        doc.now = before;
        Some(doc)
    }

    pub fn redo(&self) -> Option<Document> {
        let mut doc = self.clone();
        let after = doc.history.redo(&doc.now)?;
        doc.now = after;
        Some(doc)
    }
}
