//! Snapshots, taken at the moments that matter: a few minutes into editing
//! (from the text each save writes, so nothing is written out twice), when
//! the page is hidden, and before a big step (the session asks with
//! `Effect::Snapshot`); dropped with a board removed for good. And what
//! the timeline's restore does: the snapshot back as the open board (one
//! undo step, with a snapshot of the board before), or as a new board.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::app::boards::{title_or, Store};
use crate::app::components::timeline_dialog::Restore;
use crate::app::live::Latest;
use crate::app::session::{Dialog, Msg, Notice};
use crate::app::store::Stored;
use crate::core::file::{export_board, import_file};
use crate::core::model::Board;
use crate::core::snapshots::Moment;
use crate::i18n::{fill, Lang};
use crate::platform::snapshots::Shelves;
use crate::platform::storage;

/// Follows the store's saves and purges, and the page being hidden, for
/// as long as the app lives. Called after `use_autosave`, so a change is
/// saved before the page-hidden snapshot is taken of it.
#[hook]
pub fn use_snapshots(store: Rc<RefCell<Store>>, shelves: Option<Shelves>, latest: Latest) {
    use_effect_with((), move |_| {
        let listeners = shelves.map(|shelves| {
            let follower = shelves.clone();
            store.borrow_mut().follow(move |stored| match stored {
                Stored::Saved { id, text, cards } => {
                    let now = storage::now();
                    if follower.wanted(id, Moment::Editing, now) {
                        follower.take(id, text.to_owned(), cards, Moment::Editing, now);
                    }
                }
                Stored::Purged(id) => follower.forget(id),
            });
            storage::on_page_hide(move || {
                // The tab that edits the board keeps its snapshots.
                if !latest.get().may_edit() {
                    return;
                }
                let board = latest.get().board();
                keep_before(&store.borrow(), Some(&shelves), &board, Moment::PageHidden);
            })
        });
        move || drop(listeners)
    });
}

/// Keeps a snapshot of `board` for `moment`: the text last saved when that
/// is the board, else the board written out.
pub fn keep_before(store: &Store, shelves: Option<&Shelves>, board: &Board, moment: Moment) {
    let Some(shelves) = shelves else { return };
    if board.id.is_empty() || store.unreadable.contains_key(&board.id) {
        return;
    }
    let saved = store.last_text.clone().filter(|_| !store.dirty && !store.needs_saving(board));
    let text = saved.unwrap_or_else(|| export_board(board));
    shelves.take(&board.id, text, board.cards.len(), moment, storage::now());
}

/// Puts a snapshot back: as the open board `current` (one undo step; the
/// session keeps a snapshot of the board before), or as a new board that
/// opens. A snapshot that cannot be read changes nothing and says so.
pub fn restore(restore: Restore, current: &Board, lang: Lang, send: &Callback<Msg>, as_new: impl FnOnce(Board, Notice)) {
    let tl = lang.timeline();
    let Ok(imported) = import_file(restore.text.as_bytes()) else {
        return send.emit(Msg::Notify(Notice::error(tl.unreadable)));
    };
    let mut board = imported.board;
    send.emit(Msg::OpenDialog(None::<Dialog>));
    if restore.as_new {
        board.id = String::new();
        let untitled = lang.storage().untitled;
        board.title = fill(tl.new_title, &[("title", &title_or(&board.title, untitled)), ("when", &restore.when)]);
        let notice = Notice::info(fill(tl.restored_new, &[("when", &restore.when), ("title", &board.title)]));
        as_new(board, notice);
    } else {
        board.id = current.id.clone();
        let notice = Notice::info(fill(tl.restored, &[("when", &restore.when)]));
        send.emit(Msg::Replace { board, notice, fit: true, before: Moment::BeforeRestore });
    }
}
