//! One tab edits a board at a time: the open board's lock is asked for as
//! it opens, the session is told whether this tab edits it or shows it
//! read-only, and "edit here instead" takes it over once the other tab has
//! saved. The decisions are [`crate::core::board_hold`]'s; the lock and the
//! messages between tabs are [`crate::platform::board_lock`]'s.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::prelude::*;

use crate::app::boards::{keep_other_tab_copy, StorageUi, Store};
use crate::app::live::Latest;
use crate::app::session::{Msg, Notice};
use crate::core::board_hold::{next, Hold, Signal, Step};
use crate::core::file::{import_file, ImportError};
use crate::core::library::board_key;
use crate::platform::board_lock::BoardLock;

type Act = Rc<dyn Fn(Signal)>;

/// Holds the lock of the board `id` while it is open; gives back "edit
/// here instead".
#[hook]
pub fn use_board_hold(
    id: String,
    store: Rc<RefCell<Store>>,
    latest: Latest,
    flush: Rc<dyn Fn()>,
    send: Callback<Msg>,
    ui: UseReducerDispatcher<StorageUi>,
) -> Callback<()> {
    let act = use_mut_ref(|| None::<Act>);
    {
        let act = act.clone();
        use_effect_with(id, move |id| {
            let lock = Rc::new(RefCell::new(None::<BoardLock>));
            let hold = Rc::new(Cell::new(Hold::Asking));
            send.emit(Msg::Hold(Hold::Asking));
            let on_signal: Act = {
                let (held, id) = (lock.clone(), id.clone());
                Rc::new(move |signal: Signal| {
                    let dirty = store.borrow().dirty;
                    let (now, steps) = next(hold.get(), signal, dirty);
                    let was = hold.replace(now);
                    let mut tell = now != was;
                    for step in steps {
                        let lock = held.borrow();
                        let Some(lock) = lock.as_ref() else { return };
                        match step {
                            Step::Queue => lock.queue(),
                            Step::Take => lock.take(),
                            Step::Ask => lock.ask_holder(),
                            Step::TellReady => lock.tell_ready(),
                            Step::Save => flush(),
                            Step::AwaitSettled => {
                                let storage = store.borrow().storage().clone();
                                // The asking tab stops waiting after 2 s anyway.
                                lock.settle_after(async move { storage.settled(5_000).await });
                            }
                            Step::KeepChangesAsCopy => {
                                // Taken before they were saved: this tab's changes beside the board.
                                let session = latest.get();
                                keep_other_tab_copy(&store, (*session.board()).clone(), session.lang, &ui);
                                store.borrow_mut().dirty = false;
                            }
                            Step::ReadStored => {
                                // Editable once the board as stored is shown.
                                tell = false;
                                let (store, send, id) = (store.clone(), send.clone(), id.clone());
                                let lang = latest.get().lang;
                                let held = held.clone();
                                wasm_bindgen_futures::spawn_local(async move {
                                    let storage = store.borrow().storage().clone();
                                    let text = storage.fresh(&board_key(&id)).await;
                                    // Let go meanwhile: another board is open.
                                    if held.borrow().is_none() {
                                        return;
                                    }
                                    match text.as_deref().map(|t| import_file(t.as_bytes())) {
                                        Some(Err(ImportError::NewerVersion { .. })) => send.emit(Msg::NewerElsewhere),
                                        Some(Ok(imported)) => {
                                            let mut board = imported.board;
                                            board.id = id;
                                            store.borrow_mut().stored_elsewhere(text.unwrap_or_default());
                                            send.emit(Msg::Followed(board));
                                        }
                                        _ => {}
                                    }
                                    send.emit(Msg::Hold(Hold::Editing));
                                    if was != Hold::Asking {
                                        send.emit(Msg::Notify(Notice::info(lang.storage().editing_here)));
                                    }
                                });
                            }
                        }
                    }
                    if tell {
                        send.emit(Msg::Hold(now));
                    }
                })
            };
            *act.borrow_mut() = Some(on_signal.clone());
            *lock.borrow_mut() = Some(BoardLock::ask(id, move |signal| on_signal(signal)));
            move || drop(lock.borrow_mut().take())
        });
    }
    use_callback((), move |_: (), _| {
        let act = act.borrow().clone();
        if let Some(act) = act {
            act(Signal::EditHere);
        }
    })
}
