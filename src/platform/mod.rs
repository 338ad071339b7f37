//! The only code that talks to the browser: storage, files, ids, the page.
//! Everything else gets plain Rust values from here.

pub mod board_lock;
pub mod clipboard;
pub mod deflate;
pub mod files;
pub mod idb;
pub mod ids;
pub mod page;
pub mod png;
pub mod snapshots;
pub mod perf;
pub mod service_worker;
pub mod storage;

/// What the browser would not do, for a message in the user's language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    /// Make a file to download (or the page it needs).
    File,
    /// Draw a picture this large.
    PictureTooLarge,
    /// Let the page use the clipboard.
    Clipboard,
}

impl Refused {
    /// Why, as a clause to follow "could not …:".
    pub fn words(self, lang: crate::i18n::Lang) -> &'static str {
        let x = lang.export();
        match self {
            Refused::File => x.browser_no_file,
            Refused::PictureTooLarge => x.browser_picture_too_large,
            Refused::Clipboard => x.browser_no_clipboard,
        }
    }
}

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
