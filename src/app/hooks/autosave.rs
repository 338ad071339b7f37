//! Autosave: every change of the open board is saved once the edits pause,
//! at once when the page is hidden or closed, and tried again every two
//! seconds while the storage is full.
//!
//! The pause waited for grows with what a save costs: 250 ms for an ordinary
//! board, ten times the last save's time for a board so large that writing
//! it takes long (a 10,000-card board takes about a quarter of a second), so
//! a burst of edits on a large board is saved once, not after every edit.
//! Hiding or closing the page still saves at once.

use std::cell::{Cell, RefCell};
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
    // How long the last save took, in milliseconds.
    let cost = use_memo((), |_| Rc::new(Cell::new(0.0_f64)));
    let flush: Rc<dyn Fn()> = {
        let (store, ui, save_timer, cost) = (store.clone(), ui.clone(), save_timer.clone(), (*cost).clone());
        Rc::new(move || {
            save_timer.borrow_mut().take();
            let board = latest.get().board();
            // Measured, so the performance bench can see what autosave costs.
            let (result, took) = platform::perf::measured("ambition-map.autosave", || store.borrow_mut().save(&board, storage::now()));
            cost.set(took);
            ui.dispatch(UiMsg::Saved(result));
            // A save changes the board's entry (its title, when it was edited).
            relist(&store, &ui);
        })
    };
    // Every change, once the edits pause. The board shown at start-up is the
    // one just read: nothing to compare or save.
    {
        let (store, ui, flush, save_timer, cost) = (store.clone(), ui.clone(), flush.clone(), save_timer.clone(), (*cost).clone());
        let started = use_mut_ref(|| false);
        use_effect_with(board, move |board| {
            if std::mem::replace(&mut *started.borrow_mut(), true) && store.borrow().needs_saving(board) {
                store.borrow_mut().dirty = true;
                ui.dispatch(UiMsg::Saving);
                *save_timer.borrow_mut() = Some(Timeout::new(save_delay(cost.get()), move || flush()));
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

/// How long to wait after the last edit before saving, in milliseconds,
/// when the last save took `cost` milliseconds: never less than 250, ten
/// times the cost for a board that is slow to write, and at most 5 seconds.
fn save_delay(cost: f64) -> u32 {
    (cost * 10.0).clamp(250.0, 5_000.0) as u32
}
