//! Files dropped anywhere on the app: the drop hint while a file is dragged
//! over the page, and the dropped file opened as a new board.

use yew::prelude::*;

use gloo::events::{EventListener, EventListenerOptions};

use crate::app::boards::{read_file, FileRequest, OpenMode};
use crate::platform::storage;

/// Listens for files dragged over and dropped on the window. `dragging`
/// hears whether a file is over the page; `open` gets the dropped file, read.
#[hook]
pub fn use_file_drop(dragging: Callback<bool>, open: Callback<FileRequest>) {
    use_effect_with((), move |_| {
        let window = gloo::utils::window();
        let options = EventListenerOptions::enable_prevent_default();
        let over = {
            let dragging = dragging.clone();
            EventListener::new_with_options(&window, "dragover", options, move |e| {
                if storage::drag_has_files(e) {
                    e.prevent_default();
                    dragging.emit(true);
                }
            })
        };
        let leave = {
            let dragging = dragging.clone();
            EventListener::new(&window, "dragleave", move |e| {
                let outside = js_sys::Reflect::get(e, &"relatedTarget".into()).map(|t| t.is_null()).unwrap_or(true);
                if outside {
                    dragging.emit(false);
                }
            })
        };
        let dropped = EventListener::new_with_options(&window, "drop", options, move |e| {
            dragging.emit(false);
            if let Some(file) = storage::dropped_file(e) {
                e.prevent_default();
                let open = open.clone();
                let mode = OpenMode::for_file(&file.name);
                wasm_bindgen_futures::spawn_local(async move { open.emit(read_file(file, mode).await) });
            } else if storage::drag_has_files(e) {
                e.prevent_default();
            }
        });
        move || drop((over, leave, dropped))
    });
}
