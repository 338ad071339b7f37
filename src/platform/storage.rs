//! The board kept in the browser's localStorage.

const BOARD_KEY: &str = "ambition-map.board";
const BACKUP_KEY: &str = "ambition-map.board.unreadable";
const LANG_KEY: &str = "ambition-map.lang";

/// Why something could not be saved.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveError {
    /// No storage (disabled, private mode, or it throws on access).
    Unavailable,
    /// The storage refused the write, usually because it is full.
    Full,
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved board file text, if any.
pub fn load_board() -> Result<Option<String>, SaveError> {
    let storage = local_storage().ok_or(SaveError::Unavailable)?;
    storage.get_item(BOARD_KEY).map_err(|_| SaveError::Unavailable)
}

pub fn save_board(text: &str) -> Result<(), SaveError> {
    let storage = local_storage().ok_or(SaveError::Unavailable)?;
    storage.set_item(BOARD_KEY, text).map_err(|_| SaveError::Full)
}

/// Keeps unreadable saved text aside, so it is never silently lost.
pub fn keep_unreadable(text: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(BACKUP_KEY, text);
    }
}

pub fn load_language() -> Option<String> {
    local_storage()?.get_item(LANG_KEY).ok().flatten()
}

pub fn save_language(code: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(LANG_KEY, code);
    }
}
