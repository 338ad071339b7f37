//! Where the boards are kept, as the store sees it: a small key-value
//! storage of text ([`KeyValue`]) and how a write can fail ([`SaveError`]).
//! The browser's localStorage implements it in `platform::storage`;
//! [`MemoryStorage`] implements it in memory, so everything that keeps
//! boards can be tested natively, a full or missing storage included.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

/// Why storage could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// No storage (disabled, private mode, or it throws on access).
    Unavailable,
    /// The storage refused the write because it is full (in the browser,
    /// a `QuotaExceededError`).
    Full,
}

/// Text kept under keys, the way the browser's localStorage keeps it.
/// Every method takes `&self`: like localStorage, an implementation is a
/// handle on storage that may be shared (with other tabs, say).
pub trait KeyValue {
    /// Whether the app can read and write the storage at all. A full
    /// storage counts as available: it can be read, and writes may fit
    /// again once something is removed.
    fn available(&self) -> bool;
    /// Every key in the storage.
    fn keys(&self) -> Result<Vec<String>, SaveError>;
    /// The text under `key`, if any.
    fn get(&self, key: &str) -> Result<Option<String>, SaveError>;
    /// Writes `text` under `key`. On failure the old text under `key` stays
    /// as it was: a write is all or nothing.
    fn set(&self, key: &str, text: &str) -> Result<(), SaveError>;
    /// Removes `key` (removing a key that is not there is no error).
    fn remove(&self, key: &str) -> Result<(), SaveError>;
}

/// Copies the texts under `keys` from `from` to `to`, as the first step
/// of moving them. A key `to` holds already with the same text needs no
/// copy; one it holds with another text is copied under the key `aside`
/// gives for it instead (if any), so neither text is lost. Gives back each
/// key of `from` that was copied and where it went; a key that could not
/// be read or written is left out. Nothing is removed anywhere.
pub fn copy_over(from: &dyn KeyValue, to: &dyn KeyValue, keys: &[String], aside: &dyn Fn(&str) -> Option<String>) -> Vec<(String, String)> {
    let mut copied = Vec::new();
    for key in keys {
        let Ok(Some(text)) = from.get(key) else { continue };
        let target = match to.get(key) {
            Ok(Some(there)) if there != text => match aside(key) {
                Some(other) => other,
                None => continue,
            },
            Ok(_) => key.clone(),
            Err(_) => continue,
        };
        let ok = match to.get(&target) {
            Ok(Some(there)) => there == text,
            Ok(None) => to.set(&target, &text).is_ok(),
            Err(_) => false,
        };
        if ok {
            copied.push((key.clone(), target));
        }
    }
    copied
}

/// The second step of moving `keys` out of `from`: `copied` is what
/// [`copy_over`] gave back, `read_back` what the new storage holds, read
/// afresh after the copy. Only when every key of `from` came back with the
/// same text is any removed from `from` (then all are); otherwise nothing
/// is removed, and the keys that did not come back are the error.
pub fn remove_confirmed(
    from: &dyn KeyValue,
    copied: &[(String, String)],
    read_back: &HashMap<String, String>,
    keys: &[String],
) -> Result<(), Vec<String>> {
    let missing: Vec<String> = keys
        .iter()
        .filter(|key| match from.get(key) {
            Ok(Some(text)) => {
                let target = copied.iter().find(|(k, _)| k == *key).map(|(_, t)| t);
                target.and_then(|t| read_back.get(t)) != Some(&text)
            }
            // Gone already, or unreadable here: nothing to compare or remove.
            _ => false,
        })
        .cloned()
        .collect();
    if !missing.is_empty() {
        return Err(missing);
    }
    for key in keys {
        let _ = from.remove(key);
    }
    Ok(())
}

/// A storage in memory, for tests: it can be given a quota, so that a
/// write fails with [`SaveError::Full`], be made unavailable, and be given
/// any text under any key. Clones share the same storage, as the tabs of
/// one browser share its localStorage.
#[derive(Clone, Debug, Default)]
pub struct MemoryStorage(Rc<RefCell<Memory>>);

#[derive(Debug, Default)]
struct Memory {
    entries: BTreeMap<String, String>,
    /// The most bytes the keys and texts may take together; `None`: no limit.
    quota: Option<usize>,
    unavailable: bool,
}

impl Memory {
    fn used(&self) -> usize {
        self.entries.iter().map(|(k, v)| k.len() + v.len()).sum()
    }

    fn check(&self) -> Result<(), SaveError> {
        if self.unavailable {
            Err(SaveError::Unavailable)
        } else {
            Ok(())
        }
    }
}

impl MemoryStorage {
    /// An empty storage with no quota.
    pub fn new() -> Self {
        MemoryStorage::default()
    }

    /// Sets the most bytes (UTF-8) the keys and their texts may take
    /// together; `None` lifts the limit. What is stored already stays, even
    /// if it is over the new quota; a write that would leave the storage
    /// over it fails.
    pub fn set_quota(&self, bytes: Option<usize>) {
        self.0.borrow_mut().quota = bytes;
    }

    /// Sets the quota to what is stored now: from here on any write that
    /// would grow the storage fails with [`SaveError::Full`].
    pub fn fill_up(&self) {
        let used = self.used();
        self.set_quota(Some(used));
    }

    /// Makes the storage unavailable (every call fails with
    /// [`SaveError::Unavailable`]), or available again.
    pub fn set_available(&self, available: bool) {
        self.0.borrow_mut().unavailable = !available;
    }

    /// Puts `text` under `key` as it is, past quota and availability: text
    /// left by an older version of the app, or damaged.
    pub fn insert_raw(&self, key: &str, text: &str) {
        self.0.borrow_mut().entries.insert(key.to_owned(), text.to_owned());
    }

    /// The text under `key`, whether the storage is available or not.
    pub fn raw(&self, key: &str) -> Option<String> {
        self.0.borrow().entries.get(key).cloned()
    }

    /// Every key, in order, whether the storage is available or not.
    pub fn raw_keys(&self) -> Vec<String> {
        self.0.borrow().entries.keys().cloned().collect()
    }

    /// The bytes the keys and their texts take together.
    pub fn used(&self) -> usize {
        self.0.borrow().used()
    }
}

impl KeyValue for MemoryStorage {
    fn available(&self) -> bool {
        !self.0.borrow().unavailable
    }

    fn keys(&self) -> Result<Vec<String>, SaveError> {
        self.0.borrow().check()?;
        Ok(self.raw_keys())
    }

    fn get(&self, key: &str) -> Result<Option<String>, SaveError> {
        self.0.borrow().check()?;
        Ok(self.raw(key))
    }

    fn set(&self, key: &str, text: &str) -> Result<(), SaveError> {
        let mut memory = self.0.borrow_mut();
        memory.check()?;
        if let Some(quota) = memory.quota {
            let old = memory.entries.get(key).map_or(0, |v| key.len() + v.len());
            let after = memory.used() - old + key.len() + text.len();
            if after > quota {
                return Err(SaveError::Full);
            }
        }
        memory.entries.insert(key.to_owned(), text.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), SaveError> {
        let mut memory = self.0.borrow_mut();
        memory.check()?;
        memory.entries.remove(key);
        Ok(())
    }
}
