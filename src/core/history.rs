//! Undo and redo: the states before and after each change. A state is
//! meant to be cheap to keep (a board shares unchanged cards through `Rc`;
//! a [`super::document::Version`] is two `Rc`s), so a step costs little and
//! keeping two hundred of them copies nothing.

use std::collections::VecDeque;

use super::model::Board;

/// The states to go back and forward to.
#[derive(Clone, Debug, PartialEq)]
pub struct History<T = Board> {
    past: VecDeque<T>,
    future: Vec<T>,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        History { past: VecDeque::new(), future: Vec::new() }
    }
}

impl<T: Clone> History<T> {
    /// How many steps back are kept.
    pub const LIMIT: usize = 200;

    /// Remembers `before` as the state to return to, and forgets the redo
    /// steps: a new change starts a new future.
    pub fn record(&mut self, before: T) {
        self.past.push_back(before);
        if self.past.len() > Self::LIMIT {
            self.past.pop_front();
        }
        self.future.clear();
    }

    /// The state before the last change, if any; `current` becomes redoable.
    pub fn undo(&mut self, current: &T) -> Option<T> {
        let previous = self.past.pop_back()?;
        self.future.push(current.clone());
        Some(previous)
    }

    /// The state the last undo left, if any; `current` becomes undoable.
    pub fn redo(&mut self, current: &T) -> Option<T> {
        let next = self.future.pop()?;
        self.past.push_back(current.clone());
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// How many steps can be undone.
    pub fn depth(&self) -> usize {
        self.past.len()
    }
}
