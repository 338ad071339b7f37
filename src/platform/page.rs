//! The page around the app: its address (the part after `#` carries a
//! shared board), printing, the high-contrast theme (an attribute on the root
//! element, remembered in localStorage) and moving the keyboard focus.

use wasm_bindgen::JsCast;

const CONTRAST_KEY: &str = "ambition-map.high-contrast";

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Whether the high-contrast theme was switched on in this browser.
pub fn load_high_contrast() -> bool {
    let stored = web_sys::window().and_then(|w| w.local_storage().ok().flatten()).and_then(|s| s.get_item(CONTRAST_KEY).ok().flatten());
    stored.as_deref() == Some("on")
}

/// Shows the page in the high-contrast theme or not, and remembers it.
pub fn set_high_contrast(on: bool) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = if on { root.set_attribute("data-theme", "contrast") } else { root.remove_attribute("data-theme") };
    }
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = if on { storage.set_item(CONTRAST_KEY, "on") } else { storage.remove_item(CONTRAST_KEY) };
    }
}

/// Moves the keyboard focus to the first element matching `selector`,
/// without scrolling anything. Returns whether there was one.
pub fn focus_first(selector: &str) -> bool {
    let Some(el) = document().and_then(|d| d.query_selector(selector).ok().flatten()) else { return false };
    let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() else { return false };
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    el.focus_with_options(&options).is_ok()
}

/// Once the page has drawn what is pending, moves the keyboard focus to the
/// text field matching `selector` with its text selected, so what is typed
/// next replaces it (a new board's title, say).
pub fn select_text_soon(selector: &'static str) {
    gloo::timers::callback::Timeout::new(0, move || {
        let field = document().and_then(|d| d.query_selector(selector).ok().flatten());
        if let Some(field) = field.and_then(|f| f.dyn_into::<web_sys::HtmlInputElement>().ok()) {
            let _ = field.focus();
            field.select();
        }
    })
    .forget();
}

/// Moves the keyboard focus to a card on the canvas.
pub fn focus_card(id: &str) -> bool {
    // Ids come from files: anything but plain id characters cannot be a selector.
    id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') && focus_first(&format!("[data-card=\"{id}\"]"))
}

/// Whether the keyboard focus is on nothing in particular, or inside `container`.
pub fn focus_is_free_or_in(container: &web_sys::Element) -> bool {
    match document().and_then(|d| d.active_element()) {
        None => true,
        Some(active) => active.tag_name() == "BODY" || container.contains(Some(&active)),
    }
}

/// Loads the page again.
pub fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// The page's address, fragment included.
pub fn address() -> Option<String> {
    web_sys::window().and_then(|w| w.location().href().ok())
}

/// The address's fragment without its `#`; empty when there is none. A
/// fragment longer than `limit` characters stays in the browser, unread:
/// `Err` gives its length. (Anyone can put megabytes after the `#`; only
/// the length is asked for before the text is copied into the app.)
pub fn fragment(limit: usize) -> Result<String, usize> {
    let Some(window) = web_sys::window() else { return Ok(String::new()) };
    let hash = js_sys::Reflect::get(&window.location(), &wasm_bindgen::JsValue::from_str("hash"))
        .ok()
        .and_then(|v| v.dyn_into::<js_sys::JsString>().ok());
    let Some(hash) = hash else { return Ok(String::new()) };
    // In UTF-16 units, `#` included; a fragment in an address is ASCII.
    let chars = (hash.length() as usize).saturating_sub(1);
    if chars > limit {
        return Err(chars);
    }
    let hash = String::from(hash);
    Ok(hash.strip_prefix('#').unwrap_or(&hash).to_owned())
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

/// Calls `on_change(true)` when the page is about to be printed (the print
/// dialog, or print media emulated) and `on_change(false)` after. Listening
/// stops when the returned listeners are dropped.
pub fn on_print(on_change: impl Fn(bool) + 'static) -> Vec<gloo::events::EventListener> {
    use gloo::events::EventListener;
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let on_change = std::rc::Rc::new(on_change);
    let mut listeners = Vec::new();
    for (event, printing) in [("beforeprint", true), ("afterprint", false)] {
        let f = on_change.clone();
        listeners.push(EventListener::new(&window, event, move |_| f(printing)));
    }
    if let Ok(Some(query)) = window.match_media("print") {
        let f = on_change.clone();
        let q = query.clone();
        listeners.push(EventListener::new(&query, "change", move |_| f(q.matches())));
    }
    listeners
}

/// Whether an event target is a field a person types into.
pub fn in_text_field(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|el| match el.tag_name().as_str() {
            "TEXTAREA" | "SELECT" => true,
            "INPUT" => !matches!(
                el.get_attribute("type").unwrap_or_default().as_str(),
                "checkbox" | "radio" | "button" | "submit" | "reset" | "color" | "range" | "file"
            ),
            _ => el.is_content_editable(),
        })
}
