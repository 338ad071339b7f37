//! The only code that talks to the browser: storage, files, ids, the page.
//! Everything else gets plain Rust values from here.

pub mod clipboard;
pub mod deflate;
pub mod files;
pub mod ids;
pub mod page;
pub mod png;
pub mod perf;
pub mod storage;

/// The browser's preferred language tag, e.g. `nl-NL`.
pub fn browser_language() -> String {
    web_sys::window().and_then(|w| w.navigator().language()).unwrap_or_default()
}

/// Sets the page's `lang` attribute and title.
pub fn set_document_language(code: &str, title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        if let Some(root) = doc.document_element() {
            let _ = root.set_attribute("lang", code);
        }
        doc.set_title(title);
    }
}
