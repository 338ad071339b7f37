//! The keyboard shortcuts, at the window: a key press becomes a command
//! from the one registry ([`crate::app::shortcuts`]) and is sent to the
//! session, unless the key belongs to something else (a text field, a
//! dialog, a button). While presenting, the arrows, Page keys, Space, Home
//! and Escape step through the presentation instead.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::live::Latest;
use crate::app::session::{handles, Msg};
use crate::app::shortcuts::{command_for, direction, Command, KeyPress};
use crate::platform::page;

/// What a key does while presenting: the next or previous stop, the
/// whole board, or leave.
fn presentation_key(key: &str) -> Option<Msg> {
    Some(match key {
        "ArrowRight" | "ArrowDown" | "PageDown" | " " => Msg::PresentBy(1),
        "ArrowLeft" | "ArrowUp" | "PageUp" => Msg::PresentBy(-1),
        "Home" => Msg::Present(Some(0)),
        "Escape" => Msg::Present(None),
        _ => return None,
    })
}

/// Listens for shortcut keys on the window for as long as the component lives.
#[hook]
pub fn use_shortcuts(latest: Latest, send: Callback<Msg>) {
    use_effect_with((), move |_| {
        // Not passive, so that a handled key loses its usual meaning.
        let options = gloo::events::EventListenerOptions::enable_prevent_default();
        let listener = gloo::events::EventListener::new_with_options(&gloo::utils::window(), "keydown", options, move |e| {
            let Some(k) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
            let press = KeyPress { key: k.key(), ctrl: k.ctrl_key() || k.meta_key(), shift: k.shift_key(), alt: k.alt_key() };
            // In a text field, keys type text; fields handle their own Escape.
            if page::in_text_field(e.target()) {
                return;
            }
            let session = latest.get();
            // Presenting has keys of its own, wherever the focus is.
            if session.presenting.is_some() {
                if let Some(msg) = presentation_key(&press.key) {
                    e.prevent_default();
                    send.emit(msg);
                }
                return;
            }
            let Some(command) = command_for(&press) else { return };
            let target = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            let within = |selector: &str| target.as_ref().and_then(|t| t.closest(selector).ok().flatten()).is_some();
            // Dialogs and menus handle their own keys; the commitment grid
            // edits the board, so undo and redo work in it.
            let undoing = matches!(command, Command::Undo | Command::Redo) && within(".matrix-dialog");
            if within("[role=dialog], [role=menu]") && !undoing {
                return;
            }
            // On a button or checkbox, Enter, Delete and the arrows keep their own meaning.
            let native = matches!(command, Command::Edit | Command::Delete | Command::Arrow | Command::BigArrow | Command::Menu);
            if native && within("input, select, button, a[href], summary") {
                return;
            }
            // Escape in the details panel goes back to the card.
            if command == Command::Escape && within(".details-side") {
                if let Some(card) = session.selected.iter().next() {
                    page::focus_card(&card.0);
                    e.prevent_default();
                    return;
                }
            }
            if handles(&session, command) {
                e.prevent_default();
                send.emit(Msg::Run { command, towards: direction(&press.key) });
            }
        });
        move || drop(listener)
    });
}
