//! The notice that a new version of the app is ready, with a button to
//! reload into it. It reloads only when that button is pressed: first the
//! open board is saved (`save`) and the storage has written it, then the new
//! version takes over and the page reloads.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Lang;
use crate::platform::service_worker::{self, Updates};
use crate::platform::storage::BoardStorage;

#[derive(Properties, PartialEq)]
pub struct UpdatePromptProps {
    pub lang: Lang,
    /// Saves the open board now.
    pub save: Callback<()>,
    /// Where the board is saved: reloading waits until it has the save.
    pub storage: BoardStorage,
}

/// The longest wait for the storage before reloading anyway; what is still
/// on its way then is kept as the page is left (see `storage::keep_unsent`).
const MAX_WAIT_MS: u32 = 5_000;
/// How long after start-up the service worker is registered, in milliseconds.
const REGISTER_AFTER_MS: u32 = 2_000;

#[component]
pub fn UpdatePrompt(props: &UpdatePromptProps) -> Html {
    let waiting = use_state(|| false);
    let updates = use_mut_ref(|| None::<Rc<Updates>>);
    {
        let (waiting, updates) = (waiting.setter(), updates.clone());
        use_effect_with((), move |_| {
            // Registered once the app has started: installing the worker
            // fetches the whole site, which must not compete with start-up.
            let later = {
                let updates = updates.clone();
                gloo::timers::callback::Timeout::new(REGISTER_AFTER_MS, move || {
                    *updates.borrow_mut() = Some(Rc::new(service_worker::register(move || waiting.set(true))));
                })
            };
            move || {
                drop(later);
                drop(updates.borrow_mut().take())
            }
        });
    }
    if !*waiting {
        return html! {};
    }
    let t = props.lang.update();
    let onclick = {
        let (save, storage, updates) = (props.save.clone(), props.storage.clone(), updates.clone());
        let pressed = Rc::new(RefCell::new(false));
        Callback::from(move |_: MouseEvent| {
            if std::mem::replace(&mut *pressed.borrow_mut(), true) {
                return;
            }
            save.emit(());
            let (storage, updates) = (storage.clone(), updates.borrow().clone());
            wasm_bindgen_futures::spawn_local(async move {
                storage.settled(MAX_WAIT_MS).await;
                if let Some(updates) = updates {
                    updates.apply();
                }
            });
        })
    };
    html! {
        <div class="update-prompt" role="status">
            <span>{ t.ready }</span>
            <button type="button" class="primary" title={t.reload_hint} {onclick}>{ t.reload }</button>
        </div>
    }
}
