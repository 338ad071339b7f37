//! Hooks that each own one concern of the app at the window's level: the
//! keyboard shortcuts and files dropped on the page.

pub mod file_drop;
pub mod shortcuts;
