//! The boards as other tabs and earlier visits left them: the stored boards
//! are checked once the open one is drawn, the board list follows other
//! tabs, and a change another tab saved to the open board is taken over —
//! or, when both tabs changed it, kept as a copy beside it. A tab that only
//! shows the board (another edits it) follows every save; one whose board
//! was deleted elsewhere moves on and says so.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::app::boards::{keep_other_tab_copy, relist, StorageUi, Store, UiMsg};
use crate::app::live::Latest;
use crate::app::session::Msg;
use crate::core::action::Action;
use crate::core::file::{import_file, ImportError};
use crate::core::library::{board_id_from_key, board_key, INDEX_KEY};
use crate::platform::storage;

/// Follows the storage for as long as the app lives. `flush` saves the open
/// board now; `send` reaches the session; `deleted(id, title)` moves on
/// from the open board when another tab deleted it.
#[hook]
pub fn use_other_tabs(
    store: Rc<RefCell<Store>>,
    latest: Latest,
    flush: Rc<dyn Fn()>,
    send: Callback<Msg>,
    ui: UseReducerDispatcher<StorageUi>,
    deleted: Rc<dyn Fn(String, String)>,
) {
    use_effect_with((), move |_| {
        // The other stored boards are read once the open one is drawn.
        let check = {
            let (store, latest, ui) = (store.clone(), latest.clone(), ui.clone());
            Timeout::new(100, move || {
                let open = latest.get().board().id.clone();
                let banners = store.borrow_mut().check_stored(&open, storage::now());
                if !banners.is_empty() {
                    banners.into_iter().for_each(|b| ui.dispatch(UiMsg::Banner(b)));
                    relist(&store, &ui);
                }
            })
        };
        let storage = store.borrow().storage().clone();
        let changes = storage.on_change(move |change| {
            let session = latest.get();
            let board = session.board();
            let key = change.key.unwrap_or_default();
            if key != board_key(&board.id) {
                if key.is_empty() || key == INDEX_KEY || board_id_from_key(&key).is_some() {
                    let was_listed = store.borrow().library.listed().iter().any(|b| b.id == board.id);
                    store.borrow_mut().reload_library();
                    relist(&store, &ui);
                    // Deleted in another tab: this one moves on, and says so.
                    let entry = store.borrow().library.entry(&board.id).cloned();
                    if let Some(entry) = entry.filter(|e| was_listed && e.deleted.is_some()) {
                        deleted(entry.id, entry.title);
                    }
                }
                return;
            }
            let Some(text) = change.new_value else { return };
            if store.borrow().last_text.as_deref() == Some(text.as_str()) {
                return;
            }
            let imported = match import_file(text.as_bytes()) {
                Ok(imported) => imported,
                // Saved by a newer version of the app: this one must not write over it.
                Err(ImportError::NewerVersion { .. }) => return send.emit(Msg::NewerElsewhere),
                Err(_) => return,
            };
            let mut theirs = imported.board;
            if session.hold.watching() {
                // The tab that edits the board saved it: shown as it is.
                theirs.id = board.id.clone();
                store.borrow_mut().stored_elsewhere(text);
                send.emit(Msg::Followed(theirs));
            } else if store.borrow().dirty {
                // Both tabs changed the board: theirs is kept as a copy,
                // this one's goes on under the board's key.
                keep_other_tab_copy(&store, theirs, session.lang, &ui);
                flush();
            } else {
                theirs.id = board.id.clone();
                store.borrow_mut().stored_elsewhere(text);
                send.emit(Msg::Do(Action::ReplaceBoard(theirs)));
            }
        });
        move || drop((check, changes))
    });
}
