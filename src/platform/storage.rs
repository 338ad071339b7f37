//! Where the boards are kept in the browser ([`BoardStorage`]: IndexedDB,
//! or localStorage where IndexedDB cannot be used), the small settings kept
//! in localStorage, the page's lifecycle events that matter for saving, and
//! the clock. Plain strings in and out: which key holds what is decided by
//! `core::library`; what to do about a failure by the app.

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};

use crate::core::key_value::{copy_over, remove_confirmed, KeyValue};
pub use crate::core::key_value::SaveError;
use crate::core::library::{is_board_storage_key, moved_aside};
use crate::platform::idb::{Idb, UNSENT_PREFIX};

const LANG_KEY: &str = "ambition-map.lang";

/// Whether the parties' panel is open: "1" or "0".
const PARTIES_OPEN_KEY: &str = "ambition-map.parties-open";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn storage() -> Result<web_sys::Storage, SaveError> {
    local_storage().ok_or(SaveError::Unavailable)
}

/// Whether the error a write threw says the storage is full.
fn is_quota_error(e: &JsValue) -> bool {
    let name = js_sys::Reflect::get(e, &JsValue::from_str("name")).ok().and_then(|n| n.as_string()).unwrap_or_default();
    let code = js_sys::Reflect::get(e, &JsValue::from_str("code")).ok().and_then(|c| c.as_f64()).unwrap_or(0.0);
    name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" || code == 22.0 || code == 1014.0
}

/// The browser's localStorage as the store's [`KeyValue`] storage.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct LocalStorage;

impl KeyValue for LocalStorage {
    /// A test write that is removed at once. A full storage counts as available.
    fn available(&self) -> bool {
        let Ok(s) = storage() else { return false };
        const PROBE: &str = "ambition-map.probe";
        match s.set_item(PROBE, "1") {
            Ok(()) => s.remove_item(PROBE).is_ok(),
            Err(e) => is_quota_error(&e),
        }
    }

    fn keys(&self) -> Result<Vec<String>, SaveError> {
        let s = storage()?;
        let n = s.length().map_err(|_| SaveError::Unavailable)?;
        Ok((0..n).filter_map(|i| s.key(i).ok().flatten()).collect())
    }

    fn get(&self, key: &str) -> Result<Option<String>, SaveError> {
        storage()?.get_item(key).map_err(|_| SaveError::Unavailable)
    }

    /// The browser writes all or nothing: on failure the old text stays.
    fn set(&self, key: &str, text: &str) -> Result<(), SaveError> {
        storage()?
            .set_item(key, text)
            .map_err(|e| if is_quota_error(&e) { SaveError::Full } else { SaveError::Unavailable })
    }

    fn remove(&self, key: &str) -> Result<(), SaveError> {
        storage()?.remove_item(key).map_err(|_| SaveError::Unavailable)
    }
}

/// The boards' storage: IndexedDB, or the browser's localStorage where
/// IndexedDB cannot be opened (or the boards could not be moved into it).
#[derive(Clone, PartialEq)]
pub enum BoardStorage {
    Idb(Idb),
    Local(LocalStorage),
}

/// Opens the boards' storage at start-up. The first time, every board the
/// app kept in localStorage moves to IndexedDB: all are copied, read back
/// from IndexedDB and compared, and only when every one came back the same
/// are they removed from localStorage. Otherwise they stay where they were,
/// and localStorage is used for this visit.
pub async fn open_boards() -> BoardStorage {
    let Some(idb) = Idb::open().await else { return BoardStorage::Local(LocalStorage) };
    let local = LocalStorage;
    // What the last visit was still writing when it was left: newer than
    // what IndexedDB holds, and removed here once IndexedDB has it.
    let unsent: Vec<String> = local.keys().unwrap_or_default().into_iter().filter(|k| k.starts_with(UNSENT_PREFIX)).collect();
    if !unsent.is_empty() {
        let mut sent = Vec::new();
        for key in &unsent {
            if let Ok(Some(text)) = local.get(key) {
                let _ = idb.set(&key[UNSENT_PREFIX.len()..], &text);
                sent.push((key.clone(), text));
            }
        }
        let targets: Vec<String> = sent.iter().map(|(k, _)| k[UNSENT_PREFIX.len()..].to_owned()).collect();
        let back = idb.read_back(&targets).await;
        for (key, text) in sent {
            if back.get(&key[UNSENT_PREFIX.len()..]) == Some(&text) {
                let _ = local.remove(&key);
            }
        }
    }
    let keys: Vec<String> = local.keys().unwrap_or_default().into_iter().filter(|k| is_board_storage_key(k)).collect();
    if keys.is_empty() {
        return BoardStorage::Idb(idb);
    }
    let copied = copy_over(&local, &idb, &keys, &moved_aside);
    let targets: Vec<String> = copied.iter().map(|(_, to)| to.clone()).collect();
    let back = idb.read_back(&targets).await;
    if remove_confirmed(&local, &copied, &back, &keys).is_err() {
        return BoardStorage::Local(LocalStorage);
    }
    BoardStorage::Idb(idb)
}

impl BoardStorage {
    /// Calls `on_change` for every change other tabs make to the boards'
    /// storage. Listening stops when the listener is dropped.
    pub fn on_change(&self, on_change: impl Fn(StorageChange) + 'static) -> Option<EventListener> {
        match self {
            BoardStorage::Idb(idb) => idb.on_change(move |key, new_value| on_change(StorageChange { key: Some(key), new_value })),
            BoardStorage::Local(_) => self::on_change(on_change),
        }
    }
}

impl BoardStorage {
    /// Keeps what is still on its way to IndexedDB in localStorage too, as
    /// the page is left (see [`open_boards`]); as much as fits.
    pub fn keep_unsent(&self) {
        let BoardStorage::Idb(idb) = self else { return };
        for (key, text) in idb.unsent() {
            let _ = LocalStorage.set(&format!("{UNSENT_PREFIX}{key}"), &text);
        }
    }

    /// Whether writes of this tab are still on their way to the storage.
    pub fn busy(&self) -> bool {
        matches!(self, BoardStorage::Idb(idb) if idb.busy())
    }

    /// Once every write of this tab is stored, or `at_most_ms` have passed.
    pub async fn settled(&self, at_most_ms: u32) {
        let mut waited = 0;
        while self.busy() && waited < at_most_ms {
            gloo::timers::future::TimeoutFuture::new(20).await;
            waited += 20;
        }
    }

    /// The text under `key` as the storage holds it now, read afresh (a
    /// tab that takes a board over starts from what the other tab stored).
    pub async fn fresh(&self, key: &str) -> Option<String> {
        match self {
            BoardStorage::Idb(idb) => idb.refresh(key).await,
            BoardStorage::Local(local) => local.get(key).ok().flatten(),
        }
    }

    /// Whether a write was refused after it seemed to succeed, and none
    /// has been kept since (IndexedDB only; localStorage refuses at once).
    pub fn refusing(&self) -> bool {
        matches!(self, BoardStorage::Idb(idb) if idb.refusing())
    }
}

impl KeyValue for BoardStorage {
    fn available(&self) -> bool {
        match self {
            BoardStorage::Idb(s) => s.available(),
            BoardStorage::Local(s) => s.available(),
        }
    }

    fn keys(&self) -> Result<Vec<String>, SaveError> {
        match self {
            BoardStorage::Idb(s) => s.keys(),
            BoardStorage::Local(s) => s.keys(),
        }
    }

    fn get(&self, key: &str) -> Result<Option<String>, SaveError> {
        match self {
            BoardStorage::Idb(s) => s.get(key),
            BoardStorage::Local(s) => s.get(key),
        }
    }

    fn set(&self, key: &str, text: &str) -> Result<(), SaveError> {
        match self {
            BoardStorage::Idb(s) => s.set(key, text),
            BoardStorage::Local(s) => s.set(key, text),
        }
    }

    fn remove(&self, key: &str) -> Result<(), SaveError> {
        match self {
            BoardStorage::Idb(s) => s.remove(key),
            BoardStorage::Local(s) => s.remove(key),
        }
    }
}

pub fn load_language() -> Option<String> {
    local_storage()?.get_item(LANG_KEY).ok().flatten()
}

pub fn save_language(code: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(LANG_KEY, code);
    }
}

/// Whether the parties' panel was open when last left, if it was ever opened or closed.
pub fn load_parties_open() -> Option<bool> {
    local_storage().and_then(|s| s.get_item(PARTIES_OPEN_KEY).ok().flatten()).map(|v| v != "0")
}

pub fn save_parties_open(open: bool) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(PARTIES_OPEN_KEY, if open { "1" } else { "0" });
    }
}

/// Milliseconds since the Unix epoch, from the browser's clock.
pub fn now() -> u64 {
    let t = js_sys::Date::now();
    if t.is_finite() && t > 0.0 {
        t as u64
    } else {
        0
    }
}

/// A time (milliseconds since the Unix epoch) as the browser words it for
/// the language `lang` (`nl`, `en`): date and time, short.
pub fn local_time(ms: u64, lang: &str) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    date.to_locale_string(lang, &options).as_string().unwrap_or_default()
}

/// A change another tab of this site made to storage: the key (`None` when
/// the storage was cleared) and the new text (`None` when removed).
pub struct StorageChange {
    pub key: Option<String>,
    pub new_value: Option<String>,
}

/// Calls `on_change` for every change other tabs make to storage (the
/// `storage` event). Listening stops when the listener is dropped.
pub fn on_change(on_change: impl Fn(StorageChange) + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "storage", move |e| {
        let get = |name: &str| js_sys::Reflect::get(e, &JsValue::from_str(name)).ok().and_then(|v| v.as_string());
        on_change(StorageChange { key: get("key"), new_value: get("newValue") });
    }))
}

/// Asks the browser to ask "leave site?" when the page is about to be left
/// while `unsaved()` says so. Listening stops when the listener is dropped.
pub fn on_leave(unsaved: impl Fn() -> bool + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "beforeunload", move |e| {
        if unsaved() {
            e.prevent_default();
            // Older browsers ask only when a return value is set.
            let _ = js_sys::Reflect::set(e, &JsValue::from_str("returnValue"), &JsValue::from_str("unsaved"));
        }
    }))
}

/// Whether the browser keeps this site's boards until the person deletes
/// them (`true`), or may clear them when the disk fills up or the site goes
/// unused (`false`); `None` when the browser does not say. Asks nothing.
pub async fn persisted() -> Option<bool> {
    let promise = web_sys::window()?.navigator().storage().persisted().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()?.as_bool()
}

/// Asks the browser to keep this site's boards until the person deletes
/// them; what it answered, as [`persisted`].
pub async fn persist() -> Option<bool> {
    let promise = web_sys::window()?.navigator().storage().persist().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise).await.ok()?.as_bool()
}

/// Calls `on_hide` when the page is hidden (another tab, minimised) or is
/// being closed: the last moment a save is sure to be made.
pub fn on_page_hide(on_hide: impl Fn() + 'static) -> Vec<EventListener> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    let Some(document) = window.document() else { return Vec::new() };
    let on_hide = std::rc::Rc::new(on_hide);
    let doc = document.clone();
    let hide = on_hide.clone();
    let visibility = EventListener::new(&document, "visibilitychange", move |_| {
        if doc.hidden() {
            hide();
        }
    });
    let pagehide = EventListener::new(&window, "pagehide", move |_| on_hide());
    vec![visibility, pagehide]
}

/// The first file in a drag's data, if it carries one.
pub fn dropped_file(e: &web_sys::Event) -> Option<super::files::ChosenFile> {
    let transfer: web_sys::DataTransfer =
        js_sys::Reflect::get(e, &JsValue::from_str("dataTransfer")).ok()?.dyn_into().ok()?;
    super::files::from_file(transfer.files()?.get(0)?)
}

/// Whether a drag carries files (not text or a link).
pub fn drag_has_files(e: &web_sys::Event) -> bool {
    let Some(transfer) = js_sys::Reflect::get(e, &JsValue::from_str("dataTransfer"))
        .ok()
        .and_then(|t| t.dyn_into::<web_sys::DataTransfer>().ok())
    else {
        return false;
    };
    transfer.types().iter().any(|t| t.as_string().as_deref() == Some("Files"))
}
