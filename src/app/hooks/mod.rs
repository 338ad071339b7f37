//! Hooks that each own one concern of the app at the window's level:
//! saving, other tabs, the keyboard shortcuts and files dropped on the page.

pub mod autosave;
pub mod file_drop;
pub mod other_tabs;
pub mod shortcuts;
