//! The boards kept in this browser: a pure model of the library index (one
//! [`BoardEntry`] per board, with soft delete for undo) and the storage key
//! scheme. The app keeps each board's file text under [`board_key`] and
//! this index under [`INDEX_KEY`]; nothing here touches storage itself.
//!
//! The index is a convenience, never the only record: [`Library::load`]
//! reads a damaged index entry by entry and reconciles it with the board
//! keys that exist, so a lost or garbled index never loses a board.

use std::collections::HashSet;
use std::fmt;

use serde::Serialize;
use serde_json::Value;

use super::model::Board;

/// Where the index is kept.
pub const INDEX_KEY: &str = "ambition-map.library";
/// Where an index that could not be read is kept aside.
pub const INDEX_BACKUP_KEY: &str = "ambition-map.library.unreadable";
/// Every board is kept under this prefix followed by its id.
pub const BOARD_KEY_PREFIX: &str = "ambition-map.board.";
/// Text saved under a board's key that could not be read is kept aside
/// under this prefix followed by the board's id.
pub const UNREADABLE_KEY_PREFIX: &str = "ambition-map.unreadable.";
/// The one board of the app before it kept several.
pub const LEGACY_BOARD_KEY: &str = "ambition-map.board";
/// Where the app before it kept several boards put unreadable text. It
/// looks like a board key, and is never taken for one.
pub const LEGACY_UNREADABLE_KEY: &str = "ambition-map.board.unreadable";
/// The longest board id.
pub const MAX_BOARD_ID_LEN: usize = 64;
/// The version of the index format this build writes.
pub const INDEX_VERSION: u32 = 1;

/// A board id: 1 to [`MAX_BOARD_ID_LEN`] ASCII letters, digits, `-` or
/// `_` — safe in a storage key and in a file name.
pub fn is_valid_board_id(id: &str) -> bool {
    (1..=MAX_BOARD_ID_LEN).contains(&id.len())
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Whether `key` holds boards or their index (of this version of the app
/// or an older one): what moves when the boards move to another storage.
pub fn is_board_storage_key(key: &str) -> bool {
    [INDEX_KEY, INDEX_BACKUP_KEY, LEGACY_BOARD_KEY].contains(&key)
        || key.starts_with(BOARD_KEY_PREFIX)
        || key.starts_with(UNREADABLE_KEY_PREFIX)
}

/// Where a text goes when it moves to another storage that holds another
/// text under its key already: a board becomes a board of its own, its id
/// followed by `-moved` (shortened to fit); any other text is kept under
/// its key followed by `.moved`, where nothing reads it but it is not lost.
pub fn moved_aside(key: &str) -> Option<String> {
    Some(match board_id_from_key(key) {
        Some(id) => board_key(&format!("{}-moved", &id[..id.len().min(MAX_BOARD_ID_LEN - 6)])),
        None => format!("{key}.moved"),
    })
}

/// The storage key of a board: `ambition-map.board.<id>`.
pub fn board_key(id: &str) -> String {
    format!("{BOARD_KEY_PREFIX}{id}")
}

/// The storage key for a board's unreadable text: `ambition-map.unreadable.<id>`.
pub fn unreadable_key(id: &str) -> String {
    format!("{UNREADABLE_KEY_PREFIX}{id}")
}

/// The board id in a board key, if `key` is one.
pub fn board_id_from_key(key: &str) -> Option<&str> {
    if key == LEGACY_UNREADABLE_KEY {
        return None;
    }
    key.strip_prefix(BOARD_KEY_PREFIX).filter(|id| is_valid_board_id(id))
}

/// When a board was last changed: the latest `edited` time of its parties,
/// cards and links (0 if none is known). For an entry's `updated` when the
/// index has to be rebuilt.
pub fn last_edited(board: &Board) -> u64 {
    let parties = board.parties.iter().map(|p| p.edited);
    let cards = board.cards.iter().map(|c| c.edited);
    let links = board.links.iter().map(|l| l.edited);
    parties.chain(cards).chain(links).max().unwrap_or(0)
}

/// One board in the library: an entry of the index.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BoardEntry {
    /// The board's id: its storage key is [`board_key`]`(id)`.
    pub id: String,
    /// The board's title, for the list (the board's own title is the truth).
    pub title: String,
    /// When the board was last saved, in milliseconds since the Unix epoch.
    pub updated: u64,
    /// When the board was deleted, if it was: it stays, restorable, until
    /// it is purged.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deleted: Option<u64>,
}

/// The boards kept in this browser, and the one open last.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Library {
    /// In the order they were added; see [`Library::listed`] for display.
    pub boards: Vec<BoardEntry>,
    pub last_opened: Option<String>,
}

/// Why a change to the library was refused (nothing changed).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LibraryError {
    /// There is no board with this id.
    NoSuchBoard(String),
    /// A board with this id already exists.
    DuplicateId(String),
    /// Not a usable board id (see [`is_valid_board_id`]).
    InvalidId(String),
    /// The board is deleted: restore it first.
    Deleted(String),
    /// Only a deleted board can be purged: delete it first.
    NotDeleted(String),
}

impl fmt::Display for LibraryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LibraryError::NoSuchBoard(id) => write!(f, "there is no board {id:?}"),
            LibraryError::DuplicateId(id) => write!(f, "there already is a board {id:?}"),
            LibraryError::InvalidId(id) => write!(f, "{id:?} is not a usable board id"),
            LibraryError::Deleted(id) => write!(f, "the board {id:?} is deleted"),
            LibraryError::NotDeleted(id) => write!(f, "the board {id:?} is not deleted"),
        }
    }
}

impl std::error::Error for LibraryError {}

/// Something [`Library::load`] found and put right, for the app to act on
/// or to mention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LibraryNote {
    /// The index was not a JSON object with a `boards` list; it was
    /// rebuilt from the board keys. The app keeps the old text under
    /// [`INDEX_BACKUP_KEY`].
    IndexUnreadable,
    /// The `boards[index]` entry of the index could not be read (or
    /// repeated an earlier id) and was skipped; its board, if stored, is
    /// recovered from its key.
    EntryUnreadable { index: usize },
    /// A board was stored but missing from the index; it was listed again.
    BoardRecovered { id: String },
    /// An entry whose board is not stored was removed from the index.
    EntryWithoutBoard { id: String },
    /// The single board of an older version of the app is stored under
    /// [`LEGACY_BOARD_KEY`]: the app moves it to a board key of its own
    /// (with [`Library::create`]) and removes the old key.
    LegacyBoardFound,
}

impl BoardEntry {
    /// An entry of the index: `id`, `title` and `updated` are required;
    /// members not known are ignored.
    fn read(v: &Value) -> Option<BoardEntry> {
        let text = |key| v.get(key).and_then(Value::as_str).map(str::to_owned);
        Some(BoardEntry {
            id: text("id")?,
            title: text("title")?,
            updated: v.get("updated")?.as_u64()?,
            deleted: match v.get("deleted") {
                None | Some(Value::Null) => None,
                Some(d) => Some(d.as_u64()?),
            },
        })
    }
}

/// The index as written: `{"version": 1, "boards": [...], "last_opened": "..."}`.
#[derive(Serialize)]
struct IndexFile<'a> {
    version: u32,
    boards: &'a [BoardEntry],
    #[serde(skip_serializing_if = "Option::is_none")]
    last_opened: &'a Option<String>,
}

impl Library {
    /// The entry of a board, deleted or not.
    pub fn entry(&self, id: &str) -> Option<&BoardEntry> {
        self.boards.iter().find(|b| b.id == id)
    }

    fn entry_mut(&mut self, id: &str) -> Result<&mut BoardEntry, LibraryError> {
        self.boards.iter_mut().find(|b| b.id == id).ok_or_else(|| LibraryError::NoSuchBoard(id.to_owned()))
    }

    fn live_mut(&mut self, id: &str) -> Result<&mut BoardEntry, LibraryError> {
        let entry = self.entry_mut(id)?;
        if entry.deleted.is_some() {
            return Err(LibraryError::Deleted(id.to_owned()));
        }
        Ok(entry)
    }

    /// The boards that are not deleted, most recently updated first (then
    /// by title and id, so the order is stable).
    pub fn listed(&self) -> Vec<&BoardEntry> {
        let mut list: Vec<&BoardEntry> = self.boards.iter().filter(|b| b.deleted.is_none()).collect();
        sort_entries(&mut list, &|a, b| {
            b.updated.cmp(&a.updated).then_with(|| a.title.cmp(&b.title)).then_with(|| a.id.cmp(&b.id))
        });
        list
    }

    /// The deleted boards, most recently deleted first.
    pub fn deleted(&self) -> Vec<&BoardEntry> {
        let mut list: Vec<&BoardEntry> = self.boards.iter().filter(|b| b.deleted.is_some()).collect();
        sort_entries(&mut list, &|a, b| b.deleted.cmp(&a.deleted).then_with(|| a.id.cmp(&b.id)));
        list
    }

    /// The board opened last, if it is still there and not deleted.
    pub fn last_opened(&self) -> Option<&BoardEntry> {
        let id = self.last_opened.as_deref()?;
        self.entry(id).filter(|b| b.deleted.is_none())
    }

    fn check_new_id(&self, id: &str) -> Result<(), LibraryError> {
        if !is_valid_board_id(id) {
            return Err(LibraryError::InvalidId(id.to_owned()));
        }
        if self.entry(id).is_some() {
            return Err(LibraryError::DuplicateId(id.to_owned()));
        }
        Ok(())
    }

    /// Adds a board (a new one, or one opened from a file) with the id `id`.
    pub fn create(&mut self, id: &str, title: &str, now: u64) -> Result<(), LibraryError> {
        self.check_new_id(id)?;
        self.boards.push(BoardEntry { id: id.to_owned(), title: title.to_owned(), updated: now, deleted: None });
        Ok(())
    }

    /// Gives a board a new title.
    pub fn rename(&mut self, id: &str, title: &str, now: u64) -> Result<(), LibraryError> {
        let entry = self.live_mut(id)?;
        entry.title = title.to_owned();
        entry.updated = now;
        Ok(())
    }

    /// Records that a board was saved with `title`, adding it if it is not
    /// listed (a board saved by another tab, say). A deleted board stays
    /// deleted.
    pub fn saved(&mut self, id: &str, title: &str, now: u64) -> Result<(), LibraryError> {
        match self.entry_mut(id) {
            Ok(entry) => {
                entry.title = title.to_owned();
                entry.updated = entry.updated.max(now);
                Ok(())
            }
            Err(_) => self.create(id, title, now),
        }
    }

    /// Adds a copy of the board `id` as `new_id` with `title` (the app words
    /// it, e.g. "Copy of …"), right after the original. The app copies the
    /// board's text to [`board_key`]`(new_id)` and sets the copy's
    /// [`Board::id`] to `new_id`.
    pub fn duplicate(&mut self, id: &str, new_id: &str, title: &str, now: u64) -> Result<(), LibraryError> {
        self.check_new_id(new_id)?;
        let at = self.boards.iter().position(|b| b.id == id).ok_or_else(|| LibraryError::NoSuchBoard(id.to_owned()))?;
        if self.boards[at].deleted.is_some() {
            return Err(LibraryError::Deleted(id.to_owned()));
        }
        let copy = BoardEntry { id: new_id.to_owned(), title: title.to_owned(), updated: now, deleted: None };
        self.boards.insert(at + 1, copy);
        Ok(())
    }

    /// Deletes a board softly: it leaves the list but is kept, with its
    /// stored text, until [`Library::purge`]. If it was the last opened,
    /// no board is.
    pub fn delete(&mut self, id: &str, now: u64) -> Result<(), LibraryError> {
        self.live_mut(id)?.deleted = Some(now);
        if self.last_opened.as_deref() == Some(id) {
            self.last_opened = None;
        }
        Ok(())
    }

    /// Brings a deleted board back.
    pub fn undelete(&mut self, id: &str) -> Result<(), LibraryError> {
        let entry = self.entry_mut(id)?;
        entry.deleted = None;
        Ok(())
    }

    /// Removes a deleted board for good. Returns the storage keys the app
    /// removes with it. A board that is not deleted is refused: delete first.
    pub fn purge(&mut self, id: &str) -> Result<Vec<String>, LibraryError> {
        let entry = self.entry(id).ok_or_else(|| LibraryError::NoSuchBoard(id.to_owned()))?;
        if entry.deleted.is_none() {
            return Err(LibraryError::NotDeleted(id.to_owned()));
        }
        self.boards.retain(|b| b.id != id);
        Ok(vec![board_key(id), unreadable_key(id)])
    }

    /// Purges every board deleted before `cutoff`; returns the storage keys
    /// to remove.
    pub fn purge_deleted_before(&mut self, cutoff: u64) -> Vec<String> {
        let old: Vec<String> =
            self.boards.iter().filter(|b| b.deleted.is_some_and(|d| d < cutoff)).map(|b| b.id.clone()).collect();
        old.iter().flat_map(|id| self.purge(id).unwrap_or_default()).collect()
    }

    /// Remembers `id` as the board open now.
    pub fn open(&mut self, id: &str) -> Result<(), LibraryError> {
        self.live_mut(id)?;
        self.last_opened = Some(id.to_owned());
        Ok(())
    }

    /// The index as text for [`INDEX_KEY`]:
    /// `{"version": 1, "boards": [...], "last_opened": "..."}`.
    pub fn to_json(&self) -> String {
        let index = IndexFile { version: INDEX_VERSION, boards: &self.boards, last_opened: &self.last_opened };
        super::json_text::write(&index, false)
    }

    /// Reads the index text, entry by entry: an entry that cannot be read
    /// is skipped (noted with its place), never the whole list. `None` if
    /// the text is not a JSON object with a `boards` list.
    pub fn from_json(text: &str) -> Option<(Library, Vec<LibraryNote>)> {
        let v: Value = serde_json::from_str(text).ok()?;
        let list = v.get("boards")?.as_array()?;
        let mut library = Library::default();
        let mut notes = Vec::new();
        let mut seen = HashSet::new();
        for (index, item) in list.iter().enumerate() {
            match BoardEntry::read(item) {
                Some(entry) if is_valid_board_id(&entry.id) && seen.insert(entry.id.clone()) => {
                    library.boards.push(entry)
                }
                _ => notes.push(LibraryNote::EntryUnreadable { index }),
            }
        }
        library.last_opened = v.get("last_opened").and_then(Value::as_str).map(str::to_owned);
        Some((library, notes))
    }

    /// The library from the index text (`None` if there is none yet) and
    /// every storage key that exists, reconciled: boards stored without an
    /// entry are listed again (`describe(id)` gives their title and updated
    /// time, or `None` if the board cannot be read — it is listed anyway,
    /// untitled, so it is never lost), and entries without a stored board
    /// are removed. Notes say what was put right.
    pub fn load(
        index: Option<&str>,
        keys: &[String],
        mut describe: impl FnMut(&str) -> Option<(String, u64)>,
    ) -> (Library, Vec<LibraryNote>) {
        let (mut library, mut notes) = match index.map(Library::from_json) {
            None => (Library::default(), Vec::new()),
            Some(Some(read)) => read,
            Some(None) => (Library::default(), vec![LibraryNote::IndexUnreadable]),
        };
        let stored: HashSet<&str> = keys.iter().filter_map(|k| board_id_from_key(k)).collect();
        library.boards.retain(|b| {
            let kept = stored.contains(b.id.as_str());
            if !kept {
                notes.push(LibraryNote::EntryWithoutBoard { id: b.id.clone() });
            }
            kept
        });
        let recovered: Vec<BoardEntry> = stored
            .iter()
            .filter(|id| library.entry(id).is_none())
            .map(|id| {
                let (title, updated) = describe(id).unwrap_or_default();
                BoardEntry { id: (*id).to_owned(), title, updated, deleted: None }
            })
            .collect();
        let mut recovered: Vec<&BoardEntry> = recovered.iter().collect();
        sort_entries(&mut recovered, &|a, b| b.updated.cmp(&a.updated).then_with(|| a.id.cmp(&b.id)));
        for entry in recovered {
            notes.push(LibraryNote::BoardRecovered { id: entry.id.clone() });
            library.boards.push(entry.clone());
        }
        if library.last_opened.as_deref().is_some_and(|id| library.entry(id).is_none()) {
            library.last_opened = None;
        }
        if keys.iter().any(|k| k == LEGACY_BOARD_KEY) {
            notes.push(LibraryNote::LegacyBoardFound);
        }
        (library, notes)
    }

    /// The library rebuilt from the storage keys alone (see [`Library::load`]).
    pub fn rebuild_from_keys(keys: &[String], describe: impl FnMut(&str) -> Option<(String, u64)>) -> Library {
        Library::load(None, keys, describe).0
    }
}

/// Sorts boards, keeping the order of equals. A merge sort of its own,
/// from runs of one up: it is the only sort the app needs, and the standard
/// library's would be some 1,500 bytes more in the download.
fn sort_entries(list: &mut [&BoardEntry], order: &dyn Fn(&BoardEntry, &BoardEntry) -> std::cmp::Ordering) {
    merge_sort(list, &|a: &&BoardEntry, b: &&BoardEntry| order(a, b));
}

fn merge_sort<T: Copy>(list: &mut [T], order: &dyn Fn(&T, &T) -> std::cmp::Ordering) {
    let n = list.len();
    let mut from = list.to_vec();
    let mut to = list.to_vec();
    let mut width = 1;
    while width < n {
        for start in (0..n).step_by(2 * width) {
            let (mid, end) = ((start + width).min(n), (start + 2 * width).min(n));
            let (mut i, mut j) = (start, mid);
            for slot in &mut to[start..end] {
                // The left run's element first unless the right one is less: equals keep their order.
                let left = i < mid && (j >= end || order(&from[j], &from[i]) != std::cmp::Ordering::Less);
                if left {
                    *slot = from[i];
                    i += 1;
                } else {
                    *slot = from[j];
                    j += 1;
                }
            }
        }
        std::mem::swap(&mut from, &mut to);
        width *= 2;
    }
    list.copy_from_slice(&from);
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_merge_sort_sorts_as_the_standard_one_keeping_equals_in_order() {
        let mut seed = 7u64;
        for n in 0..70 {
            let list: Vec<(u8, usize)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                    ((seed >> 60) as u8, i)
                })
                .collect();
            let mut ours = list.clone();
            super::merge_sort(&mut ours, &|a: &(u8, usize), b: &(u8, usize)| a.0.cmp(&b.0));
            let mut std = list.clone();
            std.sort_by(|a, b| a.0.cmp(&b.0));
            assert_eq!(ours, std, "{n} boards");
        }
    }
}
