//! The boards kept in this browser, driven: the library index of
//! `core::library` over `platform::storage`, with an in-memory stand-in when
//! the browser does not let the app save, and the state of the storage
//! messages and dialogs the app shows about them.
//!
//! Rules kept here: a board's text is only ever written from a board that
//! was read without error, so text that could not be read is never
//! overwritten; a failed write leaves the last good save as it was.

use std::collections::HashMap;
use std::rc::Rc;

use yew::{Callback, Reducible};

use crate::core::file::{export_board, import_file, ImportError, Imported, Repair, MAX_FILE_BYTES};
use crate::core::library::{
    board_key, is_valid_board_id, last_edited, unreadable_key, Library, LibraryNote, INDEX_BACKUP_KEY, INDEX_KEY,
    LEGACY_BOARD_KEY,
};
use crate::core::merge::MergePlan;
use crate::core::model::Board;
use crate::platform::files::ChosenFile;
use crate::platform::ids::new_id;
use crate::platform::storage::{self, SaveError};

/// Deleted boards are kept this long (30 days) before they are removed for good.
const KEEP_DELETED_MS: u64 = 30 * 24 * 60 * 60 * 1000;

/// Whether the open board is saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    Saving,
    /// The storage is full: changes are not being saved.
    Full,
    /// The browser does not let the app save: in memory only.
    Unavailable,
}

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
    /// Another tab's version of the open board was kept as this board.
    ConflictCopy { title: String },
    IndexRebuilt,
    /// Saving works again after the storage was full.
    RoomAgain,
}

/// A file to be merged into the open board, waiting for the person to say yes.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingMerge {
    pub file: String,
    pub imported: Imported,
    pub plan: MergePlan,
}

/// A list of things the person should read: what a file needed repaired,
/// or what a merge did.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub title: String,
    pub lines: Vec<String>,
}

/// The storage part of the interface: what is shown about saving and the
/// boards, apart from the board itself.
#[derive(Clone, Debug, PartialEq)]
pub struct StorageUi {
    pub status: SaveStatus,
    pub banners: Vec<Banner>,
    pub list_open: bool,
    pub merge: Option<Rc<PendingMerge>>,
    pub report: Option<Rc<Report>>,
    /// A file is being dragged over the app.
    pub dragging: bool,
    /// Changes with every change of the library, so the list redraws.
    pub library_version: u32,
}

pub enum UiMsg {
    /// A save was started (`None`) or ended with this result.
    Saving,
    Saved(Result<(), SaveError>),
    Banner(Banner),
    DismissBanner(usize),
    /// Removes the message about this deleted board.
    ForgetDeleted(String),
    ShowList(bool),
    Merge(Option<Rc<PendingMerge>>),
    Report(Option<Rc<Report>>),
    Dragging(bool),
    LibraryChanged,
}

impl StorageUi {
    pub fn new(status: SaveStatus, banners: Vec<Banner>) -> Self {
        StorageUi { status, banners, list_open: false, merge: None, report: None, dragging: false, library_version: 0 }
    }
}

impl Reducible for StorageUi {
    type Action = UiMsg;

    fn reduce(self: Rc<Self>, msg: UiMsg) -> Rc<Self> {
        let mut s = (*self).clone();
        match msg {
            UiMsg::Saving => {
                if s.status != SaveStatus::Saved {
                    return self;
                }
                s.status = SaveStatus::Saving;
            }
            UiMsg::Saved(result) => {
                let status = match result {
                    Ok(()) => SaveStatus::Saved,
                    Err(SaveError::Full) => SaveStatus::Full,
                    Err(SaveError::Unavailable) => SaveStatus::Unavailable,
                };
                let was_full = s.banners.contains(&Banner::Full);
                s.banners.retain(|b| !matches!(b, Banner::Full | Banner::RoomAgain));
                match status {
                    SaveStatus::Full => s.banners.insert(0, Banner::Full),
                    SaveStatus::Saved if was_full => s.banners.push(Banner::RoomAgain),
                    // Said once, when it starts; the person may dismiss it.
                    SaveStatus::Unavailable if s.status != SaveStatus::Unavailable => {
                        s.banners.retain(|b| *b != Banner::Unavailable);
                        s.banners.insert(0, Banner::Unavailable)
                    }
                    _ => {}
                }
                if status == s.status && s.banners == self.banners {
                    return self;
                }
                s.status = status;
            }
            UiMsg::Banner(b) => {
                s.banners.retain(|old| *old != b);
                s.banners.push(b);
            }
            UiMsg::DismissBanner(i) => {
                if i < s.banners.len() {
                    s.banners.remove(i);
                }
            }
            UiMsg::ForgetDeleted(id) => s.banners.retain(|b| !matches!(b, Banner::Deleted { id: d, .. } if *d == id)),
            UiMsg::ShowList(open) => s.list_open = open,
            UiMsg::Merge(m) => s.merge = m,
            UiMsg::Report(r) => s.report = r,
            UiMsg::Dragging(d) => {
                if d == s.dragging {
                    return self;
                }
                s.dragging = d;
            }
            UiMsg::LibraryChanged => s.library_version = s.library_version.wrapping_add(1),
        }
        Rc::new(s)
    }
}

/// How a chosen file is opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenMode {
    /// As a new board; nothing else changes.
    NewBoard,
    /// Merged into the open board, after the person has seen what changes.
    Merge,
}

/// A file a person chose or dropped, read (or why it could not be).
pub struct FileRequest {
    pub name: String,
    pub bytes: Result<Vec<u8>, ImportError>,
    pub mode: OpenMode,
}

/// The app's way of opening a file, given to the components that offer one.
#[derive(Clone, PartialEq)]
pub struct FileOpener(pub Callback<FileRequest>);

impl FileOpener {
    /// Opens a board the app made itself (the example, a shared link) as a
    /// new board, the way a file is opened: nothing in the other boards changes.
    pub fn open_board(&self, name: &str, board: &crate::core::model::Board) {
        let bytes = Ok(crate::core::file::export_board(board).into_bytes());
        self.0.emit(FileRequest { name: name.to_owned(), bytes, mode: OpenMode::NewBoard });
    }
}

/// Reads a chosen or dropped file, refusing one over the size limit unread.
pub async fn read_file(file: ChosenFile, mode: OpenMode) -> FileRequest {
    let name = file.name.clone();
    let bytes = if file.size > MAX_FILE_BYTES as u64 {
        Err(ImportError::TooLarge { bytes: usize::try_from(file.size).unwrap_or(usize::MAX), limit: MAX_FILE_BYTES })
    } else {
        file.read().await.map_err(|_| ImportError::NotUtf8)
    };
    FileRequest { name, bytes, mode }
}

/// Why a board could not be opened from storage.
#[derive(Clone, Debug, PartialEq)]
pub enum OpenError {
    NotStored,
    Unreadable(ImportError),
}

/// The library and the boards' storage.
pub struct Store {
    pub library: Library,
    /// Whether the browser lets the app save at all.
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
}

/// The board's title, or `fallback` for an untitled one.
pub fn title_or(title: &str, fallback: &str) -> String {
    if title.trim().is_empty() {
        fallback.to_owned()
    } else {
        title.to_owned()
    }
}

impl Store {
    fn read(&self, key: &str) -> Option<String> {
        if let Some(text) = self.memory.get(key) {
            return Some(text.clone());
        }
        if !self.available {
            return None;
        }
        storage::get(key).ok().flatten()
    }

    fn write(&mut self, key: &str, text: &str) -> Result<(), SaveError> {
        if !self.available {
            self.memory.insert(key.to_owned(), text.to_owned());
            return Err(SaveError::Unavailable);
        }
        match storage::set(key, text) {
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
    /// rebuilt from the board keys if it is ever lost).
    pub fn write_index(&mut self) {
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

    /// A store with no boards yet; `available`: whether the browser's
    /// storage can be used (if not, everything is kept in memory).
    fn empty(available: bool) -> Store {
        Store {
            library: Library::default(),
            available,
            unreadable: HashMap::new(),
            memory: HashMap::new(),
            last_text: None,
            dirty: false,
            added: None,
            saved_board: None,
        }
    }

    /// Opens the library at start-up, and the board to show: the last one
    /// opened if it can be read, else the most recent that can, else a new
    /// one titled `new_title`. Also what needs saying.
    pub fn load(new_title: &str, now: u64) -> (Store, Board, Vec<Banner>) {
        let available = storage::available();
        let mut store = Store::empty(available);
        let mut banners = Vec::new();
        if !available {
            banners.push(Banner::Unavailable);
            let board = store.create(new_title, now);
            store.opened(&board);
            return (store, board, banners);
        }
        let keys = storage::keys().unwrap_or_default();
        let index = storage::get(INDEX_KEY).ok().flatten();
        let (library, notes) = Library::load(index.as_deref(), &keys, |id| {
            let text = storage::get(&board_key(id)).ok().flatten()?;
            let board = import_file(text.as_bytes()).ok()?.board;
            Some((board.title.clone(), last_edited(&board)))
        });
        store.library = library;
        for note in notes {
            match note {
                LibraryNote::IndexUnreadable => {
                    if let Some(old) = &index {
                        let _ = storage::set(INDEX_BACKUP_KEY, old);
                    }
                    banners.push(Banner::IndexRebuilt);
                }
                LibraryNote::LegacyBoardFound => store.move_legacy_board(now),
                _ => {}
            }
        }
        store.library.purge_deleted_before(now.saturating_sub(KEEP_DELETED_MS)).iter().for_each(|k| storage::remove(k));

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
    pub fn check_stored(&mut self, open: &str) -> Vec<Banner> {
        let ids: Vec<String> = (self.library.boards.iter())
            .map(|b| b.id.clone())
            .filter(|id| id != open && !self.unreadable.contains_key(id))
            .collect();
        let mut banners = Vec::new();
        for id in ids {
            if let Err(OpenError::Unreadable(e)) = self.board(&id) {
                banners.extend(self.set_aside(&id, e));
            }
        }
        banners
    }

    /// Keeps a board that cannot be read as it is, with its text copied
    /// aside, and names it (unless it was deleted).
    fn set_aside(&mut self, id: &str, error: ImportError) -> Option<Banner> {
        if let Some(text) = self.read(&board_key(id)) {
            if self.read(&unreadable_key(id)).as_deref() != Some(&text) {
                let _ = storage::set(&unreadable_key(id), &text);
            }
        }
        self.unreadable.insert(id.to_owned(), error.clone());
        let entry = self.library.entry(id).filter(|b| b.deleted.is_none())?;
        Some(Banner::Corrupt { id: id.to_owned(), title: entry.title.clone(), error })
    }

    /// Moves the board of the app's single-board days to a key of its own.
    /// The old key is removed only once the board is safe under the new one.
    fn move_legacy_board(&mut self, now: u64) {
        let Some(text) = storage::get(LEGACY_BOARD_KEY).ok().flatten() else { return };
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
        if storage::set(&board_key(&id), &text).is_ok() && self.library.create(&id, &title, now).is_ok() {
            storage::remove(LEGACY_BOARD_KEY);
            if self.library.last_opened().is_none() {
                let _ = self.library.open(&id);
            }
        }
    }

    fn free_id(&self) -> String {
        loop {
            let id = new_id("b");
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
        let keys = storage::keys().unwrap_or_default();
        let index = storage::get(INDEX_KEY).ok().flatten();
        let (library, _) = Library::load(index.as_deref(), &keys, |id| {
            let text = storage::get(&board_key(id)).ok().flatten()?;
            let board = import_file(text.as_bytes()).ok()?.board;
            Some((board.title.clone(), last_edited(&board)))
        });
        let last_opened = self.library.last_opened.clone();
        self.library = library;
        self.library.last_opened = last_opened;
        let library = &self.library;
        self.unreadable.retain(|id, _| library.entry(id).is_some());
    }
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

/// The repairs of a file in words, for the report.
pub fn repair_lines(repairs: &[Repair], lang: crate::i18n::Lang) -> Vec<String> {
    repairs.iter().map(|r| lang.storage().repair(r)).collect()
}

/// Opens the example board as a new board, and says every figure in it is made up.
pub fn open_example(opener: Option<&FileOpener>, send: &Callback<crate::app::session::Msg>, lang: crate::i18n::Lang) {
    use crate::app::session::{Msg, Notice};
    let example = crate::core::example::example_board(lang);
    let notice = Notice::info(lang.workshop().example_opened);
    match opener {
        Some(opener) => {
            opener.open_board(lang.workshop().example_board, &example);
            send.emit(Msg::Notify(notice));
        }
        None => send.emit(Msg::Replace { board: example, notice, fit: true }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::file::export_board_compact;

    fn after(ui: StorageUi, msgs: Vec<UiMsg>) -> StorageUi {
        let mut ui = Rc::new(ui);
        for m in msgs {
            ui = ui.reduce(m);
        }
        (*ui).clone()
    }

    #[test]
    fn a_full_storage_warns_until_a_save_succeeds() {
        let ui = after(StorageUi::new(SaveStatus::Saved, vec![]), vec![UiMsg::Saving, UiMsg::Saved(Err(SaveError::Full))]);
        assert_eq!((ui.status, ui.banners.clone()), (SaveStatus::Full, vec![Banner::Full]));
        // Saving stays "not saved" while full, and retries change nothing.
        let ui = after(ui, vec![UiMsg::Saving, UiMsg::Saved(Err(SaveError::Full))]);
        assert_eq!((ui.status, ui.banners.clone()), (SaveStatus::Full, vec![Banner::Full]));
        let ui = after(ui, vec![UiMsg::Saved(Ok(()))]);
        assert_eq!((ui.status, ui.banners), (SaveStatus::Saved, vec![Banner::RoomAgain]));
    }

    #[test]
    fn a_change_needs_saving_and_undoing_it_does_not() {
        // Everything in memory: no browser storage in a native test.
        let mut store = Store::empty(false);
        let board = Board::new("Regio", "").with_id("b-1");
        assert!(store.needs_saving(&board), "nothing is saved yet");
        let _ = store.save(&board, 1);
        assert!(!store.needs_saving(&board));
        let mut changed = board.clone();
        changed.title = "Regio Noord".into();
        assert!(store.needs_saving(&changed));
        let mut moved = board.clone();
        let card = Rc::make_mut(&mut moved.cards[0]);
        card.x += 10.0;
        assert!(store.needs_saving(&moved), "a changed card is found even among shared ones");
        // Undone: an equal board, not the same value, needs no saving.
        let undone = Board { cards: board.cards.iter().map(|c| Rc::new((**c).clone())).collect(), ..board.clone() };
        assert!(!store.needs_saving(&undone));
        // Stored by another page: compared by its text again.
        store.stored_elsewhere(export_board(&changed));
        assert!(!store.needs_saving(&changed));
        assert!(store.needs_saving(&board));
    }

    #[test]
    fn a_file_that_needed_no_repair_is_stored_as_it_came() {
        let mut store = Store::empty(false);
        let file = export_board_compact(&Board::new("Regio", "").with_id("b-file"));
        let imported = import_file(file.as_bytes()).unwrap();
        assert!(imported.untouched);
        let board = store.add_read(imported.board, Some(file.clone()), 1);
        assert_eq!(store.read(&board_key("b-file")).as_deref(), Some(file.as_str()));
        store.opened(&board);
        assert!(!store.needs_saving(&board));
        // (A file whose id is taken gets a new id and is written out: the
        // end-to-end tests open one file twice; new ids need the browser.)
    }

    #[test]
    fn storage_unavailable_is_said_once_and_can_be_dismissed() {
        let ui = after(StorageUi::new(SaveStatus::Unavailable, vec![Banner::Unavailable]), vec![UiMsg::DismissBanner(0)]);
        let ui = after(ui, vec![UiMsg::Saving, UiMsg::Saved(Err(SaveError::Unavailable))]);
        assert_eq!((ui.status, ui.banners), (SaveStatus::Unavailable, vec![]));
    }

    #[test]
    fn undoing_a_delete_forgets_only_that_message() {
        let deleted = |id: &str| Banner::Deleted { id: id.into(), title: id.into(), was_open: false };
        let ui = after(
            StorageUi::new(SaveStatus::Saved, vec![]),
            vec![UiMsg::Banner(deleted("a")), UiMsg::Banner(deleted("b")), UiMsg::ForgetDeleted("a".into())],
        );
        assert_eq!(ui.banners, vec![deleted("b")]);
    }
}
