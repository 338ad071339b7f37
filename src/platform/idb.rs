//! The boards' storage in the browser: IndexedDB, as the store's
//! [`KeyValue`] storage. IndexedDB answers later, the store asks now: so
//! every text is held here as well, read once when the app starts, and a
//! write changes it here at once and in IndexedDB a moment later. A write
//! IndexedDB refuses (the disk is full, say) is taken back here and handed
//! to the app with its text ([`Refusal`]), so the last good save stays
//! what the store sees and the new text is kept in memory until it fits.
//! Other tabs are told of every write on a BroadcastChannel and read it
//! from IndexedDB.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use gloo::events::EventListener;
use idb::{Database, DatabaseEvent, Factory, ObjectStoreParams, TransactionMode, TransactionResult};
use wasm_bindgen::JsValue;

use crate::core::key_value::{KeyValue, SaveError};

/// The database, and its one object store of texts under keys.
const DATABASE: &str = "ambition-map";
const TEXTS: &str = "texts";
/// The channel on which the tabs of this site tell each other which key
/// they wrote or removed.
const CHANNEL: &str = "ambition-map.storage";
/// A text on its way to IndexedDB when the page is hidden or left is also
/// kept in localStorage under this prefix and its key (a browser may drop
/// the writes of a page it unloads), until IndexedDB has it.
pub const UNSENT_PREFIX: &str = "ambition-map.unsent.";

/// A write IndexedDB refused: the key, the text it was to hold (`None`
/// for a removal) and why.
pub struct Refusal {
    pub key: String,
    pub text: Option<String>,
    pub error: SaveError,
}

struct Inner {
    database: Database,
    texts: RefCell<HashMap<String, String>>,
    /// The keys whose last write started here is still on its way, with
    /// its number.
    latest: RefCell<HashMap<String, u64>>,
    /// The number of the last write started here.
    writes: Cell<u64>,
    /// Writes started and not yet committed or refused.
    pending: Cell<usize>,
    /// A write was refused, and none committed since.
    refusing: Cell<bool>,
    on_refused: RefCell<Option<Rc<dyn Fn(Refusal)>>>,
    channel: Option<web_sys::BroadcastChannel>,
}

/// IndexedDB as the boards' storage; clones share it.
#[derive(Clone)]
pub struct Idb(Rc<Inner>);

impl PartialEq for Idb {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

fn refused_as(error: &idb::Error) -> SaveError {
    // Refused when the transaction ends, or at once by the request.
    let thrown = match error {
        idb::Error::DomException(e) => Some(JsValue::from(e.clone())),
        idb::Error::UpdateFailed(e) | idb::Error::DeleteFailed(e) | idb::Error::TransactionOpenFailed(e) => Some(e.clone()),
        _ => None,
    };
    let name = thrown
        .and_then(|e| js_sys::Reflect::get(&e, &JsValue::from_str("name")).ok())
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    if name == "QuotaExceededError" {
        SaveError::Full
    } else {
        SaveError::Unavailable
    }
}

impl Idb {
    /// Opens the database and reads every text in it; `None` when the
    /// browser has no IndexedDB for this page or refuses it.
    pub async fn open() -> Option<Idb> {
        let factory = Factory::new().ok()?;
        let mut request = factory.open(DATABASE, Some(1)).ok()?;
        request.on_upgrade_needed(|event| {
            if let Ok(database) = event.database() {
                let _ = database.create_object_store(TEXTS, ObjectStoreParams::new());
            }
        });
        let database = request.await.ok()?;
        let texts = read_all(&database).await?;
        let channel = web_sys::BroadcastChannel::new(CHANNEL).ok();
        Some(Idb(Rc::new(Inner {
            database,
            texts: RefCell::new(texts),
            latest: RefCell::new(HashMap::new()),
            writes: Cell::new(0),
            pending: Cell::new(0),
            refusing: Cell::new(false),
            on_refused: RefCell::new(None),
            channel,
        })))
    }

    /// Calls `on_refused` for every write IndexedDB refuses from now on.
    pub fn on_refused(&self, on_refused: impl Fn(Refusal) + 'static) {
        *self.0.on_refused.borrow_mut() = Some(Rc::new(on_refused));
    }

    /// Whether the last write that ended was refused: what this tab holds
    /// is not all kept.
    pub fn refusing(&self) -> bool {
        self.0.refusing.get()
    }

    /// The keys and texts of the writes still on their way to IndexedDB:
    /// what a page that is being left should keep elsewhere too.
    pub fn unsent(&self) -> Vec<(String, String)> {
        let texts = self.0.texts.borrow();
        let latest = self.0.latest.borrow();
        latest.keys().filter_map(|k| Some((k.clone(), texts.get(k)?.clone()))).collect()
    }

    /// Whether writes are still on their way to IndexedDB.
    pub fn busy(&self) -> bool {
        self.0.pending.get() > 0
    }

    /// The texts under `keys` as IndexedDB holds them now, read afresh
    /// (not from what this tab holds), once every write started here has
    /// been committed or refused.
    pub async fn read_back(&self, keys: &[String]) -> HashMap<String, String> {
        while self.busy() {
            gloo::timers::future::TimeoutFuture::new(10).await;
        }
        let mut found = HashMap::new();
        for key in keys {
            if let Some(text) = read_one(&self.0.database, key).await {
                found.insert(key.clone(), text);
            }
        }
        found
    }

    /// The text under `key` as IndexedDB holds it now, read afresh, and
    /// held by this tab from now on.
    pub async fn refresh(&self, key: &str) -> Option<String> {
        let text = self.read_back(&[key.to_owned()]).await.remove(key);
        let mut texts = self.0.texts.borrow_mut();
        match &text {
            Some(t) => texts.insert(key.to_owned(), t.clone()),
            None => texts.remove(key),
        };
        text
    }

    /// Writes (or, with `None`, removes) `key` in IndexedDB; what this tab
    /// holds changed already.
    fn store(&self, key: &str, text: Option<String>, undo: Option<String>, write: u64) {
        let started = (self.0.database.transaction(&[TEXTS], TransactionMode::ReadWrite))
            .and_then(|t| t.object_store(TEXTS).map(|s| (t, s)))
            .and_then(|(t, s)| {
                let key = JsValue::from_str(key);
                match &text {
                    Some(text) => s.put(&JsValue::from_str(text), Some(&key)).map(|_| t),
                    None => s.delete(key).map(|_| t),
                }
            });
        let inner = self.0.clone();
        let key = key.to_owned();
        inner.pending.set(inner.pending.get() + 1);
        wasm_bindgen_futures::spawn_local(async move {
            let outcome = match started {
                Ok(transaction) => match transaction.await {
                    Ok(TransactionResult::Committed) => Ok(()),
                    Ok(TransactionResult::Aborted) => Err(SaveError::Unavailable),
                    Err(e) => Err(refused_as(&e)),
                },
                Err(e) => Err(refused_as(&e)),
            };
            inner.pending.set(inner.pending.get() - 1);
            inner.refusing.set(outcome.is_err());
            let last = inner.latest.borrow().get(&key) == Some(&write);
            if last {
                inner.latest.borrow_mut().remove(&key);
            }
            match outcome {
                Ok(()) => {
                    if let Some(local) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
                        let _ = local.remove_item(&format!("{UNSENT_PREFIX}{key}"));
                    }
                    if let Some(channel) = &inner.channel {
                        let _ = channel.post_message(&JsValue::from_str(&key));
                    }
                }
                Err(error) => {
                    // Taken back, unless a later write of this key is on its way.
                    if last {
                        let mut texts = inner.texts.borrow_mut();
                        match undo {
                            Some(old) => texts.insert(key.clone(), old),
                            None => texts.remove(&key),
                        };
                    }
                    let on_refused = inner.on_refused.borrow().clone();
                    if let Some(on_refused) = on_refused {
                        on_refused(Refusal { key, text, error });
                    }
                }
            }
        });
    }

    /// Calls `on_change(key, text)` when another tab wrote (`Some`) or
    /// removed (`None`) a key, once this tab holds the new text too.
    /// Listening stops when the listener is dropped.
    pub fn on_change(&self, on_change: impl Fn(String, Option<String>) + 'static) -> Option<EventListener> {
        let channel = self.0.channel.as_ref()?;
        let inner = self.0.clone();
        let on_change = Rc::new(on_change);
        Some(EventListener::new(channel, "message", move |e| {
            let Some(key) = js_sys::Reflect::get(e, &JsValue::from_str("data")).ok().and_then(|d| d.as_string()) else {
                return;
            };
            let (inner, on_change) = (inner.clone(), on_change.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let text = read_one(&inner.database, &key).await;
                {
                    let mut texts = inner.texts.borrow_mut();
                    // This tab's own write, still on its way, wins here too.
                    if inner.pending.get() > 0 && texts.contains_key(&key) {
                        return;
                    }
                    match &text {
                        Some(t) => texts.insert(key.clone(), t.clone()),
                        None => texts.remove(&key),
                    };
                }
                on_change(key, text);
            });
        }))
    }
}

/// Every key and text in the database.
async fn read_all(database: &Database) -> Option<HashMap<String, String>> {
    let transaction = database.transaction(&[TEXTS], TransactionMode::ReadOnly).ok()?;
    let store = transaction.object_store(TEXTS).ok()?;
    let keys = store.get_all_keys(None, None).ok()?.await.ok()?;
    let values = store.get_all(None, None).ok()?.await.ok()?;
    let mut texts = HashMap::new();
    for (key, text) in keys.iter().zip(values.iter()) {
        if let (Some(key), Some(text)) = (key.as_string(), text.as_string()) {
            texts.insert(key, text);
        }
    }
    Some(texts)
}

async fn read_one(database: &Database, key: &str) -> Option<String> {
    let transaction = database.transaction(&[TEXTS], TransactionMode::ReadOnly).ok()?;
    let store = transaction.object_store(TEXTS).ok()?;
    store.get(JsValue::from_str(key)).ok()?.await.ok()??.as_string()
}

impl Idb {
    /// Numbers a new write of `key`.
    fn next_write(&self, key: &str) -> u64 {
        let write = self.0.writes.get() + 1;
        self.0.writes.set(write);
        self.0.latest.borrow_mut().insert(key.to_owned(), write);
        write
    }
}

impl KeyValue for Idb {
    fn available(&self) -> bool {
        true
    }

    fn keys(&self) -> Result<Vec<String>, SaveError> {
        Ok(self.0.texts.borrow().keys().cloned().collect())
    }

    fn get(&self, key: &str) -> Result<Option<String>, SaveError> {
        Ok(self.0.texts.borrow().get(key).cloned())
    }

    /// Holds the text at once; IndexedDB writes it a moment later, or
    /// refuses it and the old text is held again.
    fn set(&self, key: &str, text: &str) -> Result<(), SaveError> {
        let undo = self.0.texts.borrow_mut().insert(key.to_owned(), text.to_owned());
        self.store(key, Some(text.to_owned()), undo, self.next_write(key));
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), SaveError> {
        let undo = self.0.texts.borrow_mut().remove(key);
        if undo.is_some() {
            self.store(key, None, undo, self.next_write(key));
        }
        Ok(())
    }
}
