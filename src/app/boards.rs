//! The boards in the interface: the state of the storage messages and
//! dialogs the app shows about them (whether the open board is saved, the
//! banners, the board list, a merge waiting for a yes), and reading the
//! files a person opens. The boards themselves are kept by
//! [`Store`](crate::app::store::Store), named here too.

use std::rc::Rc;

use std::cell::RefCell;

use yew::{Callback, Reducible, UseReducerDispatcher};

use crate::core::file::{ImportError, Imported, Repair, MAX_FILE_BYTES};
use crate::core::key_value::SaveError;
use crate::core::merge::MergePlan;
use crate::platform::files::ChosenFile;

pub use crate::app::store::{Banner, IdSource, Listing, OpenError, Store};

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
    /// The boards the list shows.
    pub listing: Listing,
    /// Whether the browser keeps the boards until they are deleted (`None`:
    /// it does not say).
    pub kept: Option<bool>,
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
    /// The library as it is now, after a change of it.
    Listing(Listing),
    /// What the browser says of keeping the boards.
    Kept(Option<bool>),
}

impl StorageUi {
    pub fn new(status: SaveStatus, banners: Vec<Banner>, listing: Listing) -> Self {
        StorageUi { status, banners, list_open: false, merge: None, report: None, dragging: false, listing, kept: None }
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
                    // Said when it starts, and kept up unless the person
                    // dismissed it (the save status still says so).
                    SaveStatus::Full if was_full || s.status != SaveStatus::Full => s.banners.insert(0, Banner::Full),
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
            UiMsg::Kept(kept) => {
                if kept == s.kept {
                    return self;
                }
                s.kept = kept;
            }
            UiMsg::Listing(listing) => {
                if listing == s.listing {
                    return self;
                }
                s.listing = listing;
            }
        }
        Rc::new(s)
    }
}

/// Tells the interface the library changed: the board list redraws with it.
pub fn relist(store: &RefCell<Store>, ui: &UseReducerDispatcher<StorageUi>) {
    let listing = store.borrow().listing();
    ui.dispatch(UiMsg::Listing(listing));
}

/// Keeps `board`, another tab's version of the open board or this tab's,
/// as a new board beside it, titled "… (other tab)", and says so.
pub fn keep_other_tab_copy(store: &RefCell<Store>, mut board: crate::core::model::Board, lang: crate::i18n::Lang, ui: &UseReducerDispatcher<StorageUi>) {
    let st = lang.storage();
    board.id = String::new();
    board.title = crate::i18n::fill(st.other_tab_title, &[("title", &title_or(&board.title, st.untitled))]);
    let copy = store.borrow_mut().add(board, crate::platform::storage::now());
    ui.dispatch(UiMsg::Banner(Banner::ConflictCopy { title: copy.title }));
    relist(store, ui);
}

/// How a chosen file is opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpenMode {
    /// As a new board; nothing else changes.
    NewBoard,
    /// Merged into the open board, after the person has seen what changes.
    Merge,
    /// Read as rows of a spreadsheet, for cards (the rows dialog).
    Rows,
}

impl OpenMode {
    /// How a dropped file opens: a spreadsheet's text (`.csv`, `.tsv`,
    /// `.txt`) as rows for cards, anything else as a board.
    pub fn for_file(name: &str) -> OpenMode {
        let name = name.to_ascii_lowercase();
        if [".csv", ".tsv", ".txt"].iter().any(|e| name.ends_with(e)) {
            OpenMode::Rows
        } else {
            OpenMode::NewBoard
        }
    }
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

/// The board's title, or `fallback` for an untitled one.
pub fn title_or(title: &str, fallback: &str) -> String {
    if title.trim().is_empty() {
        fallback.to_owned()
    } else {
        title.to_owned()
    }
}

/// The repairs of a file in words, for the report.
pub fn repair_lines(repairs: &[Repair], lang: crate::i18n::Lang) -> Vec<String> {
    repairs.iter().map(|r| lang.storage().repair(r)).collect()
}

/// Opens the example board as a new board, and says every figure in it is made up.
pub fn open_example(opener: Option<&FileOpener>, send: &Callback<crate::app::session::Msg>, lang: crate::i18n::Lang) {
    use crate::app::session::{Msg, Notice};
    let example = crate::core::example::example_board(lang.example());
    let notice = Notice::info(lang.workshop().example_opened);
    match opener {
        Some(opener) => {
            opener.open_board(lang.workshop().example_board, &example);
            send.emit(Msg::Notify(notice));
        }
        None => send.emit(Msg::Replace { board: example, notice, fit: true, before: crate::core::snapshots::Moment::BeforeExample }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(ui: StorageUi, msgs: Vec<UiMsg>) -> StorageUi {
        let mut ui = Rc::new(ui);
        for m in msgs {
            ui = ui.reduce(m);
        }
        (*ui).clone()
    }

    #[test]
    fn a_full_storage_warns_until_a_save_succeeds() {
        let ui = after(StorageUi::new(SaveStatus::Saved, vec![], Listing::default()), vec![UiMsg::Saving, UiMsg::Saved(Err(SaveError::Full))]);
        assert_eq!((ui.status, ui.banners.clone()), (SaveStatus::Full, vec![Banner::Full]));
        // Saving stays "not saved" while full, and retries change nothing.
        let ui = after(ui, vec![UiMsg::Saving, UiMsg::Saved(Err(SaveError::Full))]);
        assert_eq!((ui.status, ui.banners.clone()), (SaveStatus::Full, vec![Banner::Full]));
        let ui = after(ui, vec![UiMsg::Saved(Ok(()))]);
        assert_eq!((ui.status, ui.banners), (SaveStatus::Saved, vec![Banner::RoomAgain]));
    }

    #[test]
    fn a_dismissed_full_warning_stays_away_while_retries_fail_and_comes_back_next_time() {
        let full = vec![UiMsg::Saving, UiMsg::Saved(Err(SaveError::Full))];
        let ui = after(StorageUi::new(SaveStatus::Saved, vec![], Listing::default()), full);
        let ui = after(ui, vec![UiMsg::DismissBanner(0), UiMsg::Saving, UiMsg::Saved(Err(SaveError::Full))]);
        assert_eq!((ui.status, ui.banners.clone()), (SaveStatus::Full, vec![]));
        let ui = after(ui, vec![UiMsg::Saved(Ok(())), UiMsg::DismissBanner(0), UiMsg::Saving, UiMsg::Saved(Err(SaveError::Full))]);
        assert_eq!((ui.status, ui.banners), (SaveStatus::Full, vec![Banner::Full]));
    }

    #[test]
    fn storage_unavailable_is_said_once_and_can_be_dismissed() {
        let ui = after(StorageUi::new(SaveStatus::Unavailable, vec![Banner::Unavailable], Listing::default()), vec![UiMsg::DismissBanner(0)]);
        let ui = after(ui, vec![UiMsg::Saving, UiMsg::Saved(Err(SaveError::Unavailable))]);
        assert_eq!((ui.status, ui.banners), (SaveStatus::Unavailable, vec![]));
    }

    #[test]
    fn undoing_a_delete_forgets_only_that_message() {
        let deleted = |id: &str| Banner::Deleted { id: id.into(), title: id.into(), was_open: false };
        let ui = after(
            StorageUi::new(SaveStatus::Saved, vec![], Listing::default()),
            vec![UiMsg::Banner(deleted("a")), UiMsg::Banner(deleted("b")), UiMsg::ForgetDeleted("a".into())],
        );
        assert_eq!(ui.banners, vec![deleted("b")]);
    }
}
