//! The boards kept in this browser, driven: the library index of
//! `core::library` over a [`KeyValue`] storage (IndexedDB or localStorage
//! in the browser, memory in tests), with an in-memory stand-in for the texts the storage
//! does not take, and new board ids from an id source given at construction.
//!
//! Rules kept here: a board's text is only ever written from a board that
//! was read without error, so text that could not be read is never
//! overwritten; a failed write leaves the last good save as it was, and
//! the new text is kept in memory until a write succeeds.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use crate::core::file::{export_board, import_file, ImportError};
use crate::core::key_value::{KeyValue, SaveError};
use crate::core::library::{
    board_key, is_valid_board_id, last_edited, unreadable_key, Library, LibraryNote, INDEX_BACKUP_KEY, INDEX_KEY,
    LEGACY_BOARD_KEY,
};
use crate::core::model::Board;
use crate::platform::ids::new_id;
use crate::platform::storage::BoardStorage;

/// Deleted boards are kept this long (30 days) before they are removed for good.
const KEEP_DELETED_MS: u64 = 30 * 24 * 60 * 60 * 1000;

/// Where new board ids come from: given a prefix (`b`), a fresh id such as
/// `b-k3j9x2a1`. The browser's is `platform::ids::new_id`; a test counts.
pub type IdSource = Box<dyn FnMut(&str) -> String>;

/// A message about the boards that stays until it is dismissed or no
/// longer true.
#[derive(Clone, Debug, PartialEq)]
pub enum Banner {
    Full,
    Unavailable,
    /// A board's saved text could not be read.
    Corrupt { id: String, title: String, error: ImportError },
    /// A board was deleted; it can be brought back.
    Deleted { id: String, title: String, was_open: bool },
    /// The open board was deleted in another tab; it can be brought back.
    DeletedElsewhere { id: String, title: String },
    /// Another tab's version of the open board was kept as this board.
    ConflictCopy { title: String },
    /// The index could not be read and was rebuilt; `kept`: its old text
    /// was kept aside (else there was no room, and it stays where it was).
    IndexRebuilt { kept: bool },
    /// Saving works again after the storage was full.
    RoomAgain,
}

/// What the store tells whoever follows it (the snapshots): a board saved,
/// with the text written, or a board removed for good.
pub enum Stored<'a> {
    Saved { id: &'a str, text: &'a str, cards: usize },
    Purged(&'a str),
}

/// Why a board could not be opened from storage.
#[derive(Clone, Debug, PartialEq)]
pub enum OpenError {
    NotStored,
    Unreadable(ImportError),
}

/// The library and the boards' storage: `K` is where they are kept (the
/// browser's unless a test says otherwise).
pub struct Store<K = BoardStorage> {
    pub library: Library,
    /// Whether the storage lets the app save at all.
    pub available: bool,
    /// Boards whose saved text could not be read, with why.
    pub unreadable: HashMap<String, ImportError>,
    /// Texts that are not (or not yet) in storage: every board when storage
    /// is unavailable, a board that did not fit when it is full.
    memory: HashMap<String, String>,
    /// The open board's text as last saved or read.
    pub last_text: Option<String>,
    /// The open board has changes that are not saved yet.
    pub dirty: bool,
    /// The board added last and its text, so that opening it right after
    /// (as opening a file does) need not read megabytes back from storage.
    added: Option<(String, String)>,
    /// The open board as last saved, when `last_text` is exactly its file:
    /// whether a board needs saving is then a comparison of boards, not a
    /// writing out of the whole board on every change.
    saved_board: Option<Board>,
    /// An index that could not be read and could not be kept aside yet:
    /// until it is, the index is not written over.
    index_not_kept: Option<String>,
    /// Where the boards and the index are kept.
    storage: K,
    /// Where new board ids come from.
    ids: IdSource,
    /// Told of every board saved or purged ([`Store::follow`]).
    follower: Option<Rc<dyn Fn(Stored)>>,
}

impl Store {
    /// Opens the library in the browser's storage at start-up; see
    /// [`Store::load_with`].
    pub fn load(storage: BoardStorage, new_title: &str, now: u64) -> (Store, Board, Vec<Banner>) {
        Store::load_with(storage, new_id, new_title, now)
    }

    /// The boards' storage, for listening to other tabs.
    pub fn storage(&self) -> &BoardStorage {
        &self.storage
    }
}

/// What the board list shows of the library: the boards, and which of them
/// cannot be read. Taken from the store after every change of it, so the
/// list redraws exactly when it changed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Listing {
    pub library: Rc<Library>,
    pub unreadable: Rc<HashSet<String>>,
}

impl<K: KeyValue> Store<K> {
    /// The library as the board list shows it now.
    pub fn listing(&self) -> Listing {
        Listing { library: Rc::new(self.library.clone()), unreadable: Rc::new(self.unreadable.keys().cloned().collect()) }
    }

    fn read(&self, key: &str) -> Option<String> {
        if let Some(text) = self.memory.get(key) {
            return Some(text.clone());
        }
        if !self.available {
            return None;
        }
        self.storage.get(key).ok().flatten()
    }

    fn write(&mut self, key: &str, text: &str) -> Result<(), SaveError> {
        if !self.available {
            self.memory.insert(key.to_owned(), text.to_owned());
            return Err(SaveError::Unavailable);
        }
        match self.storage.set(key, text) {
            Ok(()) => {
                self.memory.remove(key);
                Ok(())
            }
            Err(e) => {
                self.memory.insert(key.to_owned(), text.to_owned());
                Err(e)
            }
        }
    }

    /// Writes the index; a failure is left for the next save (the index is
    /// rebuilt from the board keys if it is ever lost). An unreadable index
    /// is first kept aside: until that fits, it is not written over.
    pub fn write_index(&mut self) {
        if let Some(old) = &self.index_not_kept {
            if !self.available || self.storage.set(INDEX_BACKUP_KEY, old).is_err() {
                return;
            }
            self.index_not_kept = None;
        }
        let text = self.library.to_json();
        let _ = self.write(INDEX_KEY, &text);
    }

    /// The saved text of a board, as stored (for a download when it cannot be read).
    pub fn raw_text(&self, id: &str) -> Option<String> {
        self.read(&unreadable_key(id)).or_else(|| self.read(&board_key(id)))
    }

    /// Reads a board from storage.
    pub fn board(&self, id: &str) -> Result<(Board, String), OpenError> {
        let text = self.read(&board_key(id)).ok_or(OpenError::NotStored)?;
        let mut board = import_file(text.as_bytes()).map_err(OpenError::Unreadable)?.board;
        board.id = id.to_owned();
        Ok((board, text))
    }

    /// A store with no boards yet; `available`: whether the storage can be
    /// used (if not, everything is kept in memory).
    fn empty(storage: K, ids: IdSource, available: bool) -> Store<K> {
        Store {
            storage,
            ids,
            library: Library::default(),
            available,
            unreadable: HashMap::new(),
            memory: HashMap::new(),
            last_text: None,
            dirty: false,
            added: None,
            saved_board: None,
            index_not_kept: None,
            follower: None,
        }
    }

    /// Tells `follower` of every board saved (written, not only compared)
    /// and every board removed for good from now on.
    pub fn follow(&mut self, follower: impl Fn(Stored) + 'static) {
        self.follower = Some(Rc::new(follower));
    }

    /// Opens the library in `storage` at start-up, and the board to show:
    /// the last one opened if it can be read, else the most recent that can,
    /// else a new one titled `new_title`. Also what needs saying. New board
    /// ids come from `ids` (called with the prefix `b`).
    pub fn load_with(
        storage: K,
        ids: impl FnMut(&str) -> String + 'static,
        new_title: &str,
        now: u64,
    ) -> (Store<K>, Board, Vec<Banner>) {
        let available = storage.available();
        let mut store = Store::empty(storage, Box::new(ids), available);
        let mut banners = Vec::new();
        if !available {
            banners.push(Banner::Unavailable);
            let board = store.create(new_title, now);
            store.opened(&board);
            return (store, board, banners);
        }
        let (library, notes, index) = read_library(&store.storage);
        store.library = library;
        for note in notes {
            match note {
                LibraryNote::IndexUnreadable => {
                    store.index_not_kept = index.clone().filter(|old| store.storage.set(INDEX_BACKUP_KEY, old).is_err());
                    banners.push(Banner::IndexRebuilt { kept: store.index_not_kept.is_none() });
                }
                LibraryNote::LegacyBoardFound => store.move_legacy_board(now),
                _ => {}
            }
        }
        // The board to show: the last one opened if it can be read, else the
        // first listed that can. Only the boards tried here are read now; the
        // others are checked by `check_stored` once the board is drawn.
        let last = store.library.last_opened().map(|b| b.id.clone());
        let listed = store.library.listed().iter().map(|b| b.id.clone()).collect::<Vec<_>>();
        let mut board = None;
        for id in last.into_iter().chain(listed) {
            if store.unreadable.contains_key(&id) {
                continue;
            }
            match store.open(&id) {
                Ok(b) => {
                    board = Some(b);
                    break;
                }
                Err(OpenError::Unreadable(e)) => banners.extend(store.set_aside(&id, e)),
                Err(_) => {}
            }
        }
        let board = board.unwrap_or_else(|| {
            let board = store.create(new_title, now);
            store.opened(&board);
            board
        });
        store.write_index();
        (store, board, banners)
    }

    /// Reads every stored board not read yet and sets aside those that
    /// cannot be read, saying so. Runs after start-up, so a library of many
    /// large boards does not hold up the first view of the open one.
    ///
    /// A board deleted more than 30 days before `now` is removed for good
    /// here — only when its deletion is one the app could have made: not
    /// before the board was last edited, nor after `now`, and of a board
    /// that can be read. A deletion the index claims otherwise is not
    /// believed, and the board is listed again: nothing the index says
    /// can erase a board.
    pub fn check_stored(&mut self, open: &str, now: u64) -> Vec<Banner> {
        let ids: Vec<String> = (self.library.boards.iter())
            .map(|b| b.id.clone())
            .filter(|id| id != open && !self.unreadable.contains_key(id))
            .collect();
        let mut banners = Vec::new();
        let mut changed = false;
        for id in ids {
            match self.board(&id) {
                Err(OpenError::Unreadable(e)) => banners.extend(self.set_aside(&id, e)),
                Ok((board, _)) => {
                    let Some(deleted) = self.library.entry(&id).and_then(|b| b.deleted) else { continue };
                    if deleted < last_edited(&board) || deleted > now {
                        let _ = self.library.undelete(&id);
                        changed = true;
                    } else if deleted < now.saturating_sub(KEEP_DELETED_MS) {
                        for key in self.library.purge(&id).unwrap_or_default() {
                            let _ = self.storage.remove(&key);
                        }
                        if let Some(follower) = &self.follower {
                            follower(Stored::Purged(&id));
                        }
                        changed = true;
                    }
                }
                Err(OpenError::NotStored) => {}
            }
        }
        if changed {
            self.write_index();
        }
        banners
    }

    /// Keeps a board that cannot be read as it is, with its text copied
    /// aside, and names it (unless it was deleted).
    fn set_aside(&mut self, id: &str, error: ImportError) -> Option<Banner> {
        if let Some(text) = self.read(&board_key(id)) {
            if self.read(&unreadable_key(id)).as_deref() != Some(&text) {
                let _ = self.storage.set(&unreadable_key(id), &text);
            }
        }
        self.unreadable.insert(id.to_owned(), error.clone());
        let entry = self.library.entry(id).filter(|b| b.deleted.is_none())?;
        Some(Banner::Corrupt { id: id.to_owned(), title: entry.title.clone(), error })
    }

    /// Moves the board of the app's single-board days to a key of its own.
    /// The old key is removed only once the board is safe under the new one.
    fn move_legacy_board(&mut self, now: u64) {
        let Some(text) = self.storage.get(LEGACY_BOARD_KEY).ok().flatten() else { return };
        let id = self.free_id();
        let (text, title) = match import_file(text.as_bytes()) {
            Ok(imported) => {
                let mut board = imported.board;
                board.id = id.clone();
                let title = board.title.clone();
                (export_board(&board), title)
            }
            // Kept as it is: listed as a board that cannot be read.
            Err(_) => (text, String::new()),
        };
        if self.storage.set(&board_key(&id), &text).is_ok() && self.library.create(&id, &title, now).is_ok() {
            let _ = self.storage.remove(LEGACY_BOARD_KEY);
            if self.library.last_opened().is_none() {
                let _ = self.library.open(&id);
            }
        }
    }

    fn free_id(&mut self) -> String {
        loop {
            let id = (self.ids)("b");
            if self.library.entry(&id).is_none() {
                return id;
            }
        }
    }

    /// Opens a stored board: it becomes the last opened.
    pub fn open(&mut self, id: &str) -> Result<Board, OpenError> {
        let (board, text) = self.board(id)?;
        let _ = self.library.open(id);
        self.write_index();
        self.last_text = Some(text);
        self.saved_board = None;
        self.dirty = false;
        Ok(board)
    }

    /// A new, empty board, stored and open.
    pub fn create(&mut self, title: &str, now: u64) -> Board {
        let mut board = Board::new(title, "");
        board.id = self.free_id();
        self.add(board, now)
    }

    /// Adds a board (from a file, or a copy) under a key of its own: its
    /// own id if that is usable and free, else a new one. Returns the board
    /// as stored; it is not opened.
    pub fn add(&mut self, board: Board, now: u64) -> Board {
        self.add_read(board, None, now)
    }

    /// Adds a board as [`Store::add`] does; `file` is the text it was read
    /// from, when that needed no repair ([`Imported::untouched`]). It is
    /// stored as it came unless the board's id had to change: writing a
    /// large board out again costs as much as reading it.
    pub fn add_read(&mut self, mut board: Board, file: Option<String>, now: u64) -> Board {
        let keeps_id = is_valid_board_id(&board.id) && self.library.entry(&board.id).is_none();
        if !keeps_id {
            board.id = self.free_id();
        }
        let text = match file {
            Some(file) if keeps_id => file,
            _ => export_board(&board),
        };
        let _ = self.write(&board_key(&board.id), &text);
        let _ = self.library.create(&board.id, &board.title, now);
        self.write_index();
        self.added = Some((board.id.clone(), text));
        board
    }

    /// Whether a board is held in memory only because the storage refused it.
    pub fn unsaved(&self, id: &str) -> bool {
        self.available && self.memory.contains_key(&board_key(id))
    }

    /// Marks the open board as opened, with the text it was stored with.
    pub fn opened(&mut self, board: &Board) {
        let _ = self.library.open(&board.id);
        self.write_index();
        (self.last_text, self.saved_board) = match self.added.take() {
            // What `add` wrote is the board's file exactly.
            Some((id, text)) if id == board.id => (Some(text), Some(board.clone())),
            _ => (self.read(&board_key(&board.id)), None),
        };
        self.dirty = false;
    }

    /// Whether `board` differs from what was last saved. (A board that
    /// differs only in what writing it out would put right is saved once
    /// more; that is harmless.)
    pub fn needs_saving(&self, board: &Board) -> bool {
        match &self.saved_board {
            Some(saved) => !same_board(saved, board),
            None => self.last_text.as_deref() != Some(export_board(board).as_str()),
        }
    }

    /// How long autosave waits for the edits to pause before it saves, in
    /// milliseconds: a quarter of a second, and a millisecond more for every
    /// 400 bytes of the board's file as last saved (a 2,000-card board of
    /// 1 MB waits 2.5 s), at most 5 s. Writing a large board holds up the
    /// page for a while; a burst of edits on it is then saved once.
    pub fn save_delay(&self) -> u32 {
        let bytes = self.last_text.as_ref().map_or(0, String::len);
        (bytes / 400).clamp(250, 5_000) as u32
    }

    /// Another page stored `text` as the open board's file.
    pub fn stored_elsewhere(&mut self, text: String) {
        self.last_text = Some(text);
        self.saved_board = None;
    }

    /// Saves the open board. On failure the last good save stays as it was.
    pub fn save(&mut self, board: &Board, now: u64) -> Result<(), SaveError> {
        if board.id.is_empty() || self.unreadable.contains_key(&board.id) {
            return Ok(());
        }
        let text = export_board(board);
        if self.last_text.as_deref() == Some(text.as_str()) && !self.memory.contains_key(&board_key(&board.id)) {
            self.saved_board = Some(board.clone());
            self.dirty = false;
            return Ok(());
        }
        let result = self.write(&board_key(&board.id), &text);
        if let (Ok(()), Some(follower)) = (&result, &self.follower) {
            follower(Stored::Saved { id: &board.id, text: &text, cards: board.cards.len() });
        }
        if result.is_ok() || !self.available {
            self.last_text = Some(text);
            self.saved_board = Some(board.clone());
        }
        // In memory only there is nowhere better to put it: nothing to retry.
        if result.is_ok() || !self.available {
            self.dirty = false;
        }
        let _ = self.library.saved(&board.id, &board.title, now);
        self.write_index();
        result
    }

    /// The storage refused, after all, to write `text` (`None`: to remove)
    /// under `key`; it holds the key's last good text again.
    /// The text is kept in memory, as when a write fails at once, and if
    /// it was the open board's, the board is to be saved again. Gives back
    /// whether it was the open board's.
    pub fn refused(&mut self, key: &str, text: Option<String>, open: &str) -> bool {
        if let Some(text) = text {
            self.memory.insert(key.to_owned(), text);
        }
        let is_open = !open.is_empty() && key == board_key(open);
        if is_open {
            self.last_text = self.storage.get(key).ok().flatten();
            self.saved_board = None;
            self.dirty = true;
        }
        is_open
    }

    /// Gives a stored board (not the open one) a new title.
    pub fn rename(&mut self, id: &str, title: &str, now: u64) -> Result<(), OpenError> {
        let (mut board, _) = self.board(id)?;
        board.title = title.to_owned();
        let _ = self.write(&board_key(id), &export_board(&board));
        let _ = self.library.rename(id, title, now);
        self.write_index();
        Ok(())
    }

    /// Deletes a board softly: its text stays until it is purged.
    pub fn delete(&mut self, id: &str, now: u64) {
        let _ = self.library.delete(id, now);
        self.write_index();
    }

    pub fn undelete(&mut self, id: &str) {
        let _ = self.library.undelete(id);
        self.write_index();
    }

    /// The boards of other tabs, after they changed the index.
    pub fn reload_library(&mut self) {
        if !self.available {
            return;
        }
        let (library, _, _) = read_library(&self.storage);
        let last_opened = self.library.last_opened.clone();
        self.library = library;
        self.library.last_opened = last_opened;
        let library = &self.library;
        self.unreadable.retain(|id, _| library.entry(id).is_some());
    }
}

/// The library as `storage` holds it (see [`Library::load`]), what was put
/// right, and the index text as it was read.
fn read_library(storage: &impl KeyValue) -> (Library, Vec<LibraryNote>, Option<String>) {
    let keys = storage.keys().unwrap_or_default();
    let index = storage.get(INDEX_KEY).ok().flatten();
    let (library, notes) = Library::load(index.as_deref(), &keys, |id| {
        let text = storage.get(&board_key(id)).ok().flatten()?;
        let board = import_file(text.as_bytes()).ok()?.board;
        Some((board.title.clone(), last_edited(&board)))
    });
    (library, notes, index)
}

/// Whether two boards are the same, cards shared between them (most of
/// them, after a change) compared by address first.
fn same_board(a: &Board, b: &Board) -> bool {
    a.id == b.id
        && a.title == b.title
        && a.challenge == b.challenge
        && a.parties == b.parties
        && a.links == b.links
        && a.cards.len() == b.cards.len()
        && a.cards.iter().zip(&b.cards).all(|(x, y)| Rc::ptr_eq(x, y) || x == y)
}

