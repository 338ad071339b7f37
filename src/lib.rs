//! Ambition Map: a board on which parties map their interests, wishes and
//! goals to one shared ambition, its actions and its facts.

pub mod app;
pub mod core;
pub mod i18n;
pub mod platform;

/// Starts the app in the page's body, once the boards' storage is open.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    wasm_bindgen_futures::spawn_local(async {
        let storage = platform::storage::open_boards().await;
        yew::Renderer::<app::components::app::App>::with_props(app::components::app::AppProps { storage }).render();
    });
}
