//! The session asks for a snapshot of the board as it was before each big
//! step (cards from a spreadsheet, a merge, an arrange, a shared link, a
//! restore), and for none when the step changed nothing; and the store
//! tells its follower of every board it saves, with the saved text.

use std::cell::RefCell;
use std::rc::Rc;

use ambition_map::app::session::{reduce, Effect, Env, Msg, Notice, Session};
use ambition_map::app::store::{Store, Stored};
use ambition_map::core::file::export_board;
use ambition_map::core::geometry::Point;
use ambition_map::core::key_value::MemoryStorage;
use ambition_map::core::model::{Board, Card, CardId, CardKind, Party, PartyId};
use ambition_map::core::snapshots::Moment;
use ambition_map::i18n::Lang;

struct TestEnv(u32);

impl Env for TestEnv {
    fn now(&self) -> u64 {
        5_000
    }

    fn new_id(&mut self, prefix: &str) -> String {
        self.0 += 1;
        format!("{prefix}-{}", self.0)
    }
}

fn board() -> Board {
    let mut b = Board::new("Board", "");
    b.id = "b1".into();
    b.parties.push(Party::new(PartyId("a".into()), "A", "#1d4ed8"));
    b.cards.push(Rc::new(Card::new(CardId("w".into()), CardKind::Wish, "wish", Point::new(900.0, 900.0)).with_party(PartyId("a".into()))));
    b
}

/// The snapshots asked for, each with whether its board is the one before.
fn snapshots(before: &Rc<Session>, msg: Msg) -> (Rc<Session>, Vec<(Moment, bool)>) {
    let (after, fx) = reduce(before, msg, &mut TestEnv(0));
    let asked = fx
        .into_iter()
        .filter_map(|e| match e {
            Effect::Snapshot { before: board, moment } => Some((moment, Rc::ptr_eq(&board.0, before.doc.board()))),
            _ => None,
        })
        .collect();
    (after, asked)
}

#[test]
fn before_an_arrange_a_merge_and_a_shared_link_the_board_before_is_kept() {
    let s = Rc::new(Session::new(board(), Lang::En));
    let (arranged, asked) = snapshots(&s, Msg::Arrange);
    assert_eq!(asked, [(Moment::BeforeArrange, true)]);
    // Arranged already: nothing changes, nothing to keep.
    assert_eq!(snapshots(&arranged, Msg::Arrange).1, []);
    let merge = Msg::Replace { board: Board::new("Merged", ""), notice: Notice::info("merged"), fit: false, before: Moment::BeforeMerge };
    let (merged, asked) = snapshots(&arranged, merge);
    assert_eq!(asked, [(Moment::BeforeMerge, true)]);
    assert_eq!(merged.doc.board().title, "Merged");
    assert_eq!(snapshots(&merged, Msg::KeepSnapshot(Moment::BeforeShareLink)).1, [(Moment::BeforeShareLink, true)]);
    // A restore is a replace too, and one undo takes it back.
    let restore = Msg::Replace { board: board(), notice: Notice::info("back"), fit: true, before: Moment::BeforeRestore };
    let (restored, asked) = snapshots(&merged, restore);
    assert_eq!(asked, [(Moment::BeforeRestore, true)]);
    let (undone, _) = reduce(&restored, Msg::Undo, &mut TestEnv(0));
    assert_eq!(undone.doc.board().title, "Merged");
}

#[test]
fn before_cards_come_in_from_a_spreadsheet_the_board_before_is_kept() {
    let s = Rc::new(Session::new(board(), Lang::En));
    let (read, asked) = snapshots(&s, Msg::ReadRows(b"Kind,Party,Text\nWish,A,more\n".to_vec()));
    assert_eq!(asked, [], "reading the rows changes nothing yet");
    let (added, asked) = snapshots(&read, Msg::AddRows);
    assert_eq!(asked, [(Moment::BeforeImport, true)]);
    assert_eq!(added.doc.board().cards.len(), 3);
    assert_eq!(snapshots(&added, Msg::ClearSelection).1, []);
}

#[test]
fn the_store_tells_its_follower_of_each_board_saved_with_its_text() {
    let storage = MemoryStorage::new();
    let mut n = 0;
    let (mut store, board, _) = Store::load_with(
        storage,
        move |p| {
            n += 1;
            format!("{p}-{n}")
        },
        "New",
        1_000,
    );
    let told = Rc::new(RefCell::new(Vec::new()));
    let heard = told.clone();
    store.follow(move |stored| {
        if let Stored::Saved { id, text, cards } = stored {
            heard.borrow_mut().push((id.to_owned(), text.to_owned(), cards));
        }
    });
    let mut changed = board.clone();
    changed.title = "Changed".into();
    store.save(&changed, 2_000).expect("saved");
    assert_eq!(*told.borrow(), [(changed.id.clone(), export_board(&changed), 1)]);
    store.save(&changed, 3_000).expect("nothing new");
    assert_eq!(told.borrow().len(), 1, "a save that wrote nothing tells nothing");
}
