//! The boards' snapshots in the browser: an IndexedDB database of their
//! own (`ambition-map.snapshots`, one object store of texts under keys, laid
//! out by `core::snapshots`), apart from the boards' database, which is read
//! whole at start-up: this one is opened only when a snapshot is first taken
//! or the timeline opens, a board's shelf is read when it is first needed,
//! and a snapshot's text only when it is shown. Writes go behind; what
//! cannot be written is left out (a snapshot is a spare copy, never the
//! board itself).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use idb::{Database, DatabaseEvent, Factory, ObjectStoreParams, TransactionMode, TransactionResult};
use wasm_bindgen::JsValue;

use crate::core::snapshots::{keys_of, shelf_from_json, shelf_key, take, text_key, wanted, Moment, Snapshot};
use crate::platform::storage::BoardStorage;

const DATABASE: &str = "ambition-map.snapshots";
const TEXTS: &str = "texts";

#[derive(Default)]
struct Inner {
    database: RefCell<Option<Rc<Database>>>,
    /// Each board's shelf as last read or written here (empty: none yet).
    shelves: RefCell<HashMap<String, String>>,
}

/// The snapshots of this browser's boards; clones share them.
#[derive(Clone, Default)]
pub struct Shelves(Rc<Inner>);

impl PartialEq for Shelves {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Why the snapshots could not be read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Unreadable;

impl Shelves {
    /// The snapshots, where the boards are kept in IndexedDB (none where
    /// the browser lets the app use only localStorage).
    pub fn of(storage: &BoardStorage) -> Option<Shelves> {
        matches!(storage, BoardStorage::Idb(_)).then(Shelves::default)
    }

    async fn database(&self) -> Option<Rc<Database>> {
        if let Some(db) = self.0.database.borrow().clone() {
            return Some(db);
        }
        let mut request = Factory::new().ok()?.open(DATABASE, Some(1)).ok()?;
        request.on_upgrade_needed(|event| {
            if let Ok(database) = event.database() {
                if !database.store_names().iter().any(|s| s == TEXTS) {
                    let _ = database.create_object_store(TEXTS, ObjectStoreParams::new());
                }
            }
        });
        let opened = Rc::new(request.await.ok()?);
        // Opened twice at once: the first one stays.
        let mut held = self.0.database.borrow_mut();
        Some(held.get_or_insert(opened).clone())
    }

    /// Whether a snapshot for `moment` would be taken now, as far as is
    /// known without reading: while editing, not within five minutes of
    /// the last one.
    pub fn wanted(&self, board: &str, moment: Moment, now: u64) -> bool {
        match self.0.shelves.borrow().get(board) {
            Some(shelf) => wanted(&shelf_from_json(Some(shelf)), moment, now),
            None => true,
        }
    }

    /// The shelf of `board`, as held here or else read.
    async fn shelf(&self, database: &Database, board: &str) -> Result<String, Unreadable> {
        if let Some(shelf) = self.0.shelves.borrow().get(board) {
            return Ok(shelf.clone());
        }
        let read = read_one(database, &shelf_key(board)).await?.unwrap_or_default();
        // Read meanwhile by another call: that one is as new or newer.
        Ok(self.0.shelves.borrow_mut().entry(board.to_owned()).or_insert(read).clone())
    }

    /// Takes a snapshot of board `board` with file `text` (see
    /// `core::snapshots::take`), a moment later.
    pub fn take(&self, board: &str, text: String, cards: usize, moment: Moment, now: u64) {
        let (shelves, board) = (self.clone(), board.to_owned());
        wasm_bindgen_futures::spawn_local(async move {
            let Some(database) = shelves.database().await else { return };
            let Ok(shelf) = shelves.shelf(&database, &board).await else { return };
            let Some(taking) = take(Some(&shelf), &board, &text, cards, moment, now) else { return };
            let new_shelf = taking.put.last().map(|(_, s)| s.clone()).unwrap_or_default();
            shelves.0.shelves.borrow_mut().insert(board.clone(), new_shelf);
            let puts = taking.put.iter().map(|(k, t)| (k.as_str(), Some(t.as_str())));
            let removes = taking.remove.iter().map(|k| (k.as_str(), None));
            if !write(&database, puts.chain(removes)).await {
                // Read again next time: what IndexedDB holds is not known here.
                shelves.0.shelves.borrow_mut().remove(&board);
            }
        });
    }

    /// A board's snapshots, newest first, read afresh.
    pub async fn list(&self, board: &str) -> Result<Vec<Snapshot>, Unreadable> {
        let database = self.database().await.ok_or(Unreadable)?;
        let shelf = read_one(&database, &shelf_key(board)).await?;
        let mut list = shelf_from_json(shelf.as_deref());
        self.0.shelves.borrow_mut().insert(board.to_owned(), shelf.unwrap_or_default());
        list.reverse();
        Ok(list)
    }

    /// The board text a snapshot holds.
    pub async fn text(&self, board: &str, id: &str) -> Result<String, Unreadable> {
        let database = self.database().await.ok_or(Unreadable)?;
        read_one(&database, &text_key(board, id)).await?.ok_or(Unreadable)
    }

    /// Removes a board's snapshots, a moment later.
    pub fn forget(&self, board: &str) {
        let (shelves, board) = (self.clone(), board.to_owned());
        wasm_bindgen_futures::spawn_local(async move {
            let Some(database) = shelves.database().await else { return };
            let Ok(shelf) = read_one(&database, &shelf_key(&board)).await else { return };
            shelves.0.shelves.borrow_mut().insert(board.clone(), String::new());
            let keys = keys_of(shelf.as_deref(), &board);
            write(&database, keys.iter().map(|k| (k.as_str(), None))).await;
        });
    }
}

async fn read_one(database: &Database, key: &str) -> Result<Option<String>, Unreadable> {
    let transaction = database.transaction(&[TEXTS], TransactionMode::ReadOnly).map_err(|_| Unreadable)?;
    let store = transaction.object_store(TEXTS).map_err(|_| Unreadable)?;
    let value = store.get(JsValue::from_str(key)).map_err(|_| Unreadable)?.await.map_err(|_| Unreadable)?;
    Ok(value.and_then(|v| v.as_string()))
}

/// Puts (`Some`) or removes (`None`) each key, in one transaction: all or
/// nothing. Whether it was committed.
async fn write<'a>(database: &Database, changes: impl Iterator<Item = (&'a str, Option<&'a str>)>) -> bool {
    let Ok(transaction) = database.transaction(&[TEXTS], TransactionMode::ReadWrite) else { return false };
    let Ok(store) = transaction.object_store(TEXTS) else { return false };
    for (key, text) in changes {
        let key = JsValue::from_str(key);
        let started = match text {
            Some(text) => store.put(&JsValue::from_str(text), Some(&key)).map(drop),
            None => store.delete(key).map(drop),
        };
        if started.is_err() {
            let _ = transaction.abort();
            return false;
        }
    }
    matches!(transaction.await, Ok(TransactionResult::Committed))
}

/// An SVG picture as an address an image can show.
pub fn svg_address(svg: &str) -> String {
    let encoded: String = js_sys::encode_uri_component(svg).into();
    format!("data:image/svg+xml;charset=utf-8,{encoded}")
}

/// The minutes local time is ahead of UTC at `ms` (milliseconds since the
/// Unix epoch), as the browser knows the time zone.
pub fn utc_offset(ms: u64) -> i32 {
    let minutes = js_sys::Date::new(&JsValue::from_f64(ms as f64)).get_timezone_offset();
    if minutes.is_finite() {
        -(minutes as i32)
    } else {
        0
    }
}
