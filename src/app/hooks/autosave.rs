//! Autosave: every change of the open board is saved once the edits pause,
//! at once when the page is hidden or closed, and tried again while the
//! storage refuses it, less often the longer it does ([`retry_delay`]).
//! While a change is not kept, leaving the page asks first. After the first
//! change is saved, the browser is asked to keep the boards for good.
//!
//! The pause waited for grows with the board's size ([`Store::save_delay`]):
//! a quarter of a second for an ordinary board, up to five seconds for a
//! board so large that writing it takes long, so a burst of edits on a large
//! board is saved once, not after every edit. Hiding or closing the page
//! still saves at once.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::app::boards::{relist, StorageUi, Store, UiMsg};
use crate::app::live::Latest;
use crate::app::Shared;
use crate::core::model::Board;
use crate::platform::storage::BoardStorage;
use crate::platform::{self, storage};

/// How long to wait before saving again after `failures` saves in a row
/// were refused, in milliseconds: 2 s, then twice as long each time, at
/// most a minute. A board too large for the storage is then written out
/// once a minute, not every two seconds.
pub fn retry_delay(failures: u32) -> u32 {
    2_000u32.saturating_mul(1 << failures.saturating_sub(1).min(5)).min(60_000)
}

/// Saves the open board as it changes. `board` is the board drawn now;
/// gives back "save now, if it changed" for whoever opens another board.
#[hook]
pub fn use_autosave(store: Rc<RefCell<Store>>, board: Shared<Board>, latest: Latest, ui: UseReducerDispatcher<StorageUi>) -> Rc<dyn Fn()> {
    let save_timer = use_mut_ref(|| None::<Timeout>);
    let retry_timer = use_mut_ref(|| None::<Timeout>);
    let failures = use_mut_ref(|| 0u32);
    // Whether the browser was asked to keep the boards: after the first real save.
    let asked_to_keep = use_mut_ref(|| false);
    // Made once: it keeps itself, to try again later.
    let flush: Rc<dyn Fn()> = (*use_memo((), {
        let (store, ui, save_timer, latest) = (store.clone(), ui.clone(), save_timer.clone(), latest.clone());
        move |_| {
            let me = Rc::new(RefCell::new(None::<Rc<dyn Fn()>>));
            let flush: Rc<dyn Fn()> = Rc::new({
                let me = me.clone();
                move || {
                    save_timer.borrow_mut().take();
                    retry_timer.borrow_mut().take();
                    let session = latest.get();
                    // Another tab edits the board, or a newer app saved it: nothing to write.
                    if session.hold.watching() || session.newer_elsewhere {
                        return;
                    }
                    let board = session.board();
                    let changed = store.borrow().dirty;
                    // Measured, so the performance bench can see what autosave costs.
                    let result = platform::perf::measured("ambition-map.autosave", || store.borrow_mut().save(&board, storage::now()));
                    let refused = result.is_err() && store.borrow().dirty;
                    ui.dispatch(UiMsg::Saved(result));
                    // A save changes the board's entry (its title, when it was edited).
                    relist(&store, &ui);
                    if refused {
                        let mut failures = failures.borrow_mut();
                        *failures += 1;
                        let again = me.borrow().clone();
                        *retry_timer.borrow_mut() = again.map(|again| Timeout::new(retry_delay(*failures), move || again()));
                    } else {
                        *failures.borrow_mut() = 0;
                        // Something worth keeping is stored now: ask the browser
                        // to keep it (it may ask the person), and say what it answered.
                        if changed && !std::mem::replace(&mut *asked_to_keep.borrow_mut(), true) {
                            let ui = ui.clone();
                            wasm_bindgen_futures::spawn_local(async move { ui.dispatch(UiMsg::Kept(storage::persist().await)) });
                        }
                    }
                }
            });
            *me.borrow_mut() = Some(flush.clone());
            flush
        }
    }))
    .clone();
    // Every change, once the edits pause. The board shown at start-up is the
    // one just read: nothing to compare or save.
    {
        let (store, ui, flush, save_timer) = (store.clone(), ui.clone(), flush.clone(), save_timer.clone());
        let started = use_mut_ref(|| false);
        let latest = latest.clone();
        use_effect_with(board, move |board| {
            let watching = latest.get().hold.watching() || latest.get().newer_elsewhere;
            if std::mem::replace(&mut *started.borrow_mut(), true) && !watching && store.borrow().needs_saving(board) {
                store.borrow_mut().dirty = true;
                ui.dispatch(UiMsg::Saving);
                let delay = store.borrow().save_delay();
                *save_timer.borrow_mut() = Some(Timeout::new(delay, move || flush()));
            }
        });
    }
    // At once when the page is hidden or closed; "leave site?" while a
    // change is not kept; what the storage refuses later, said and tried again.
    {
        let (store, flush) = (store.clone(), flush.clone());
        use_effect_with((), move |_| {
            let on_hide = {
                let (store, flush) = (store.clone(), flush.clone());
                move || {
                    if store.borrow().dirty {
                        flush();
                    }
                    store.borrow().storage().keep_unsent();
                }
            };
            let hide = storage::on_page_hide(on_hide);
            // What the browser says of keeping the boards, for the board list (asks nothing).
            {
                let ui = ui.clone();
                wasm_bindgen_futures::spawn_local(async move { ui.dispatch(UiMsg::Kept(storage::persisted().await)) });
            }
            let leave = {
                let (store, flush) = (store.clone(), flush.clone());
                storage::on_leave(move || {
                    if store.borrow().dirty {
                        flush();
                    }
                    let store = store.borrow();
                    store.dirty || store.storage().refusing()
                })
            };
            if let BoardStorage::Idb(idb) = store.borrow().storage() {
                let (store, flush) = (store.clone(), flush.clone());
                idb.on_refused(move |refusal| {
                    let open = latest.get().board().id.clone();
                    if store.borrow_mut().refused(&refusal.key, refusal.text, &open) {
                        ui.dispatch(UiMsg::Saved(Err(refusal.error)));
                        // Tried again, after a while.
                        let flush = flush.clone();
                        Timeout::new(retry_delay(1), move || flush()).forget();
                    }
                });
            }
            move || drop((hide, leave))
        });
    }
    flush
}
