//! The page's address (the part after `#` carries a shared board) and printing.

/// The page's address, fragment included.
pub fn address() -> Option<String> {
    web_sys::window().and_then(|w| w.location().href().ok())
}

/// The address's fragment without its `#`; empty when there is none.
pub fn fragment() -> String {
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_owned()
}

/// Removes the fragment from the address without reloading the page or
/// adding a step to the browser's history.
pub fn clear_fragment() {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else { return };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{search}")));
    }
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}
