//! Undo and redo: the boards before and after each change. Boards share
//! unchanged cards through `Rc`, so a snapshot costs little.

use super::model::Board;

/// The boards to go back and forward to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    past: Vec<Board>,
    future: Vec<Board>,
}

impl History {
    /// How many steps back are kept.
    pub const LIMIT: usize = 200;

    /// Remembers `before` as the board to return to, and forgets the redo
    /// steps: a new change starts a new future.
    pub fn record(&mut self, before: Board) {
        self.past.push(before);
        if self.past.len() > Self::LIMIT {
            self.past.remove(0);
        }
        self.future.clear();
    }

    /// The board before the last change, if any; `current` becomes redoable.
    pub fn undo(&mut self, current: &Board) -> Option<Board> {
        let previous = self.past.pop()?;
        self.future.push(current.clone());
        Some(previous)
    }

    /// The board the last undo left, if any; `current` becomes undoable.
    pub fn redo(&mut self, current: &Board) -> Option<Board> {
        let next = self.future.pop()?;
        self.past.push(current.clone());
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }
}
