//! The Yew front end: state, components and hooks. Components draw the state
//! and send messages; they never change the board themselves.

pub mod boards;
pub mod components;
pub mod gesture;
pub mod hooks;
pub mod live;
pub mod session;
pub mod shortcuts;
pub mod store;

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
