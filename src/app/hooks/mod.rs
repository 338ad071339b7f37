//! Hooks that each own one concern of the app at the window's level:
//! saving, other tabs, the keyboard shortcuts and files dropped on the page;
//! and the focus of a modal dialog.

pub mod autosave;
pub mod board_hold;
pub mod dialog_focus;
pub mod file_drop;
pub mod other_tabs;
pub mod shortcuts;
pub mod snapshots;
