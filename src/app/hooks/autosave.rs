//! Autosave: every change of the open board is saved within 300 ms, at once
//! when the page is hidden or closed, and tried again every two seconds
//! while the storage is full.

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
    // Every change, within 300 ms. The board shown at start-up is the one
    // just read: nothing to compare or save.
    {
        let (store, ui, flush, save_timer) = (store.clone(), ui.clone(), flush.clone(), save_timer.clone());
        let started = use_mut_ref(|| false);
        use_effect_with(board, move |board| {
            if std::mem::replace(&mut *started.borrow_mut(), true) && store.borrow().needs_saving(board) {
                store.borrow_mut().dirty = true;
                ui.dispatch(UiMsg::Saving);
                *save_timer.borrow_mut() = Some(Timeout::new(250, move || flush()));
            }
        });
    }
    // At once when the page is hidden or closed; again while the storage is full.
    {
        let (store, flush) = (store.clone(), flush.clone());
        use_effect_with((), move |_| {
            let on_hide = move || {
                if store.borrow().dirty {
                    flush();
                }
            };
            let hide = storage::on_page_hide(on_hide.clone());
            let retry = Interval::new(2_000, on_hide);
            move || drop((hide, retry))
        });
    }
    flush
}
