//! Autosave: every change of the open board is saved once the edits pause,
//! at once when the page is hidden or closed, and tried again every two
//! seconds while the storage is full.
//!
//! The pause waited for grows with the board's size ([`Store::save_delay`]):
//! a quarter of a second for an ordinary board, up to five seconds for a
//! board so large that writing it takes long, so a burst of edits on a large
//! board is saved once, not after every edit. Hiding or closing the page
//! still saves at once.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::{Interval, Timeout};
use yew::prelude::*;

use crate::app::boards::{relist, StorageUi, Store, UiMsg};
use crate::app::live::Latest;
use crate::app::Shared;
use crate::core::model::Board;
use crate::platform::{self, storage};

/// Saves the open board as it changes. `board` is the board drawn now;
/// gives back "save now, if it changed" for whoever opens another board.
#[hook]
pub fn use_autosave(store: Rc<RefCell<Store>>, board: Shared<Board>, latest: Latest, ui: UseReducerDispatcher<StorageUi>) -> Rc<dyn Fn()> {
    let save_timer = use_mut_ref(|| None::<Timeout>);
    let flush: Rc<dyn Fn()> = {
        let (store, ui, save_timer) = (store.clone(), ui.clone(), save_timer.clone());
        Rc::new(move || {
            save_timer.borrow_mut().take();
            let board = latest.get().board();
            // Measured, so the performance bench can see what autosave costs.
            let result = platform::perf::measured("ambition-map.autosave", || store.borrow_mut().save(&board, storage::now()));
            ui.dispatch(UiMsg::Saved(result));
            // A save changes the board's entry (its title, when it was edited).
            relist(&store, &ui);
        })
    };
    // Every change, once the edits pause. The board shown at start-up is the
    // one just read: nothing to compare or save.
    {
        let (store, ui, flush, save_timer) = (store.clone(), ui.clone(), flush.clone(), save_timer.clone());
        let started = use_mut_ref(|| false);
        use_effect_with(board, move |board| {
            if std::mem::replace(&mut *started.borrow_mut(), true) && store.borrow().needs_saving(board) {
                store.borrow_mut().dirty = true;
                ui.dispatch(UiMsg::Saving);
                let delay = store.borrow().save_delay();
                *save_timer.borrow_mut() = Some(Timeout::new(delay, move || flush()));
            }
        });
    }
    // At once when the page is hidden or closed; again while the storage is
    // full (never while a save is already waiting for the edits to pause).
    {
        let (store, flush, save_timer) = (store.clone(), flush.clone(), save_timer.clone());
        use_effect_with((), move |_| {
            let on_hide = {
                let (store, flush) = (store.clone(), flush.clone());
                move || {
                    if store.borrow().dirty {
                        flush();
                    }
                }
            };
            let hide = storage::on_page_hide(on_hide);
            let retry = Interval::new(2_000, move || {
                if store.borrow().dirty && save_timer.borrow().is_none() {
                    flush();
                }
            });
            move || drop((hide, retry))
        });
    }
    flush
}
