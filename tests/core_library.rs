//! The library index of the boards kept in the browser: the storage keys,
//! create / rename / duplicate / delete / undelete / purge, and recovering
//! the list from the board keys when the index is damaged or lost.

use std::rc::Rc;

use ambition_map::core::file::import_board;
use ambition_map::core::library::{
    board_id_from_key, board_key, is_valid_board_id, last_edited, unreadable_key, BoardEntry, Library, LibraryError,
    LibraryNote, INDEX_BACKUP_KEY, INDEX_KEY, LEGACY_BOARD_KEY, LEGACY_UNREADABLE_KEY,
};
use ambition_map::core::model::Board;
use proptest::prelude::*;

fn entry(id: &str, title: &str, updated: u64) -> BoardEntry {
    BoardEntry { id: id.into(), title: title.into(), updated, deleted: None }
}

fn ids(list: &[&BoardEntry]) -> Vec<String> {
    list.iter().map(|b| b.id.clone()).collect()
}

fn keys(list: &[&str]) -> Vec<String> {
    list.iter().map(|k| (*k).to_owned()).collect()
}

/// A library with three boards: a (oldest), b, c (newest).
fn three() -> Library {
    let mut lib = Library::default();
    lib.create("b-a", "Alpha", 100).unwrap();
    lib.create("b-b", "Beta", 200).unwrap();
    lib.create("b-c", "Gamma", 300).unwrap();
    lib
}

// ---------------------------------------------------------------- keys

#[test]
fn the_storage_keys() {
    assert_eq!(INDEX_KEY, "ambition-map.library");
    assert_eq!(INDEX_BACKUP_KEY, "ambition-map.library.unreadable");
    assert_eq!(board_key("b-k3j9"), "ambition-map.board.b-k3j9");
    assert_eq!(unreadable_key("b-k3j9"), "ambition-map.unreadable.b-k3j9");
    assert_eq!(board_id_from_key("ambition-map.board.b-k3j9"), Some("b-k3j9"));
    for not_a_board in [
        INDEX_KEY,
        INDEX_BACKUP_KEY,
        LEGACY_BOARD_KEY,
        // The older app's backup looks like a board key; it is not one.
        LEGACY_UNREADABLE_KEY,
        "ambition-map.unreadable.b-k3j9",
        "ambition-map.lang",
        "ambition-map.board.",
        "ambition-map.board.has space",
        "ambition-map.board.a.b",
        "other-app.board.x",
    ] {
        assert_eq!(board_id_from_key(not_a_board), None, "{not_a_board}");
    }
}

#[test]
fn board_ids_are_short_and_plain() {
    for ok in ["a", "b-k3j9x2a1", "A_Z-09", &"x".repeat(64)] {
        assert!(is_valid_board_id(ok), "{ok}");
    }
    for bad in ["", " ", "a.b", "a/b", "ü", "a b", &"x".repeat(65)] {
        assert!(!is_valid_board_id(bad), "{bad}");
    }
}

proptest! {
    #[test]
    fn every_valid_id_round_trips_through_its_key(id in "[A-Za-z0-9_-]{1,64}") {
        prop_assume!(format!("{}{}", "ambition-map.board.", id) != LEGACY_UNREADABLE_KEY);
        let key = board_key(&id);
        prop_assert_eq!(board_id_from_key(&key), Some(id.as_str()));
    }
}

// ---------------------------------------------------------------- changes

#[test]
fn boards_are_listed_most_recently_updated_first() {
    let lib = three();
    assert_eq!(ids(&lib.listed()), ["b-c", "b-b", "b-a"]);
    // Ties by title, then id, so the order never jumps about.
    let mut lib = Library::default();
    lib.create("z", "Same", 5).unwrap();
    lib.create("y", "Same", 5).unwrap();
    lib.create("x", "Apple", 5).unwrap();
    assert_eq!(ids(&lib.listed()), ["x", "y", "z"]);
}

#[test]
fn create_refuses_a_taken_or_unusable_id() {
    let mut lib = three();
    let before = lib.clone();
    assert_eq!(lib.create("b-a", "Again", 1), Err(LibraryError::DuplicateId("b-a".into())));
    assert_eq!(lib.create("a b", "Bad", 1), Err(LibraryError::InvalidId("a b".into())));
    // A deleted board still holds its id.
    lib.delete("b-b", 400).unwrap();
    assert_eq!(lib.create("b-b", "Again", 1), Err(LibraryError::DuplicateId("b-b".into())));
    lib.undelete("b-b").unwrap();
    assert_eq!(lib, before);
}

#[test]
fn rename_and_saved_update_the_title_and_time() {
    let mut lib = three();
    lib.rename("b-a", "Alpha 2", 500).unwrap();
    assert_eq!(lib.entry("b-a"), Some(&entry("b-a", "Alpha 2", 500)));
    assert_eq!(ids(&lib.listed())[0], "b-a");
    assert_eq!(lib.rename("nope", "x", 1), Err(LibraryError::NoSuchBoard("nope".into())));

    lib.saved("b-b", "Beta, saved", 600).unwrap();
    assert_eq!(lib.entry("b-b"), Some(&entry("b-b", "Beta, saved", 600)));
    // A clock going back never makes a board older.
    lib.saved("b-b", "Beta", 10).unwrap();
    assert_eq!(lib.entry("b-b").unwrap().updated, 600);
    // A board saved by another tab, not listed yet, is added.
    lib.saved("b-new", "New", 700).unwrap();
    assert_eq!(lib.entry("b-new"), Some(&entry("b-new", "New", 700)));
}

#[test]
fn duplicate_adds_the_copy_after_the_original() {
    let mut lib = three();
    lib.duplicate("b-a", "b-a2", "Copy of Alpha", 900).unwrap();
    let order: Vec<&str> = lib.boards.iter().map(|b| b.id.as_str()).collect();
    assert_eq!(order, ["b-a", "b-a2", "b-b", "b-c"]);
    assert_eq!(lib.entry("b-a2"), Some(&entry("b-a2", "Copy of Alpha", 900)));
    assert_eq!(lib.entry("b-a"), Some(&entry("b-a", "Alpha", 100)));
    assert_eq!(lib.duplicate("b-a", "b-b", "x", 1), Err(LibraryError::DuplicateId("b-b".into())));
    assert_eq!(lib.duplicate("nope", "b-x", "x", 1), Err(LibraryError::NoSuchBoard("nope".into())));
    assert_eq!(lib.duplicate("b-a", "bad id", "x", 1), Err(LibraryError::InvalidId("bad id".into())));
}

#[test]
fn delete_is_soft_and_undelete_brings_the_board_back() {
    let mut lib = three();
    lib.open("b-b").unwrap();
    let before = lib.clone();
    lib.delete("b-b", 1000).unwrap();
    assert_eq!(ids(&lib.listed()), ["b-c", "b-a"]);
    assert_eq!(ids(&lib.deleted()), ["b-b"]);
    assert_eq!(lib.entry("b-b").unwrap().deleted, Some(1000));
    // The open board was deleted: none is the last opened.
    assert_eq!(lib.last_opened(), None);
    assert_eq!(lib.delete("b-b", 1001), Err(LibraryError::Deleted("b-b".into())));
    assert_eq!(lib.rename("b-b", "x", 1), Err(LibraryError::Deleted("b-b".into())));
    assert_eq!(lib.open("b-b"), Err(LibraryError::Deleted("b-b".into())));
    lib.undelete("b-b").unwrap();
    assert_eq!(ids(&lib.listed()), ids(&before.listed()));
    assert_eq!(lib.entry("b-b"), before.entry("b-b"));
}

#[test]
fn purge_removes_a_deleted_board_for_good_and_names_its_keys() {
    let mut lib = three();
    assert_eq!(lib.purge("b-a"), Err(LibraryError::NotDeleted("b-a".into())));
    lib.delete("b-a", 50).unwrap();
    assert_eq!(
        lib.purge("b-a"),
        Ok(vec!["ambition-map.board.b-a".to_owned(), "ambition-map.unreadable.b-a".to_owned()])
    );
    assert_eq!(lib.entry("b-a"), None);
    assert_eq!(lib.purge("b-a"), Err(LibraryError::NoSuchBoard("b-a".into())));
    assert_eq!(lib.undelete("b-a"), Err(LibraryError::NoSuchBoard("b-a".into())));

    lib.delete("b-b", 100).unwrap();
    lib.delete("b-c", 200).unwrap();
    let removed = lib.purge_deleted_before(150);
    assert_eq!(removed, [board_key("b-b"), unreadable_key("b-b")]);
    assert_eq!(ids(&lib.deleted()), ["b-c"]);
}

#[test]
fn the_last_opened_board_must_still_be_there() {
    let mut lib = three();
    assert_eq!(lib.last_opened(), None);
    lib.open("b-a").unwrap();
    assert_eq!(lib.last_opened().map(|b| b.id.as_str()), Some("b-a"));
    assert_eq!(lib.open("nope"), Err(LibraryError::NoSuchBoard("nope".into())));
    lib.last_opened = Some("gone".into());
    assert_eq!(lib.last_opened(), None);
}

// ---------------------------------------------------------------- the index as text

#[test]
fn the_index_round_trips_with_a_version() {
    let mut lib = three();
    lib.delete("b-b", 250).unwrap();
    lib.open("b-c").unwrap();
    let text = lib.to_json();
    assert!(
        text.starts_with("{\"version\":1,\"boards\":[{\"id\":\"b-a\",\"title\":\"Alpha\",\"updated\":100}"),
        "{text}"
    );
    assert!(text.contains("\"deleted\":250"), "{text}");
    assert_eq!(Library::from_json(&text), Some((lib, vec![])));
    assert_eq!(Library::default().to_json(), "{\"version\":1,\"boards\":[]}");
}

#[test]
fn a_damaged_entry_costs_only_that_entry() {
    let text = r#"{"version": 1, "boards": [
        {"id": "b-a", "title": "Alpha", "updated": 100},
        {"id": "b-b", "title": 7, "updated": 200},
        "nonsense",
        {"id": "bad id", "title": "x", "updated": 1},
        {"id": "b-a", "title": "Alpha again", "updated": 5},
        {"id": "b-c", "title": "Gamma", "updated": 300, "deleted": 301, "future_field": true}
    ], "last_opened": "b-c"}"#;
    let (lib, notes) = Library::from_json(text).unwrap();
    assert_eq!(lib.boards.iter().map(|b| b.id.as_str()).collect::<Vec<_>>(), ["b-a", "b-c"]);
    assert_eq!(notes, (1..=4).map(|index| LibraryNote::EntryUnreadable { index }).collect::<Vec<_>>());
    assert_eq!(lib.last_opened.as_deref(), Some("b-c"));
    for broken in ["", "nope", "[]", "{}", "{\"boards\": 3}", "{\"boards\": [{\"id\": \"x\""] {
        assert_eq!(Library::from_json(broken), None, "{broken}");
    }
}

// ---------------------------------------------------------------- recovery

#[test]
fn a_lost_index_is_rebuilt_from_the_board_keys() {
    let stored = keys(&[
        "ambition-map.board.b-b",
        "ambition-map.lang",
        "ambition-map.board.b-a",
        LEGACY_UNREADABLE_KEY,
        "ambition-map.unreadable.b-x",
        "ambition-map.board.b-broken",
    ]);
    let describe = |id: &str| match id {
        "b-a" => Some(("Alpha".to_owned(), 100)),
        "b-b" => Some(("Beta".to_owned(), 200)),
        _ => None,
    };
    let lib = Library::rebuild_from_keys(&stored, describe);
    // An unreadable board is listed anyway, untitled: never lost.
    assert_eq!(lib.boards, [entry("b-b", "Beta", 200), entry("b-a", "Alpha", 100), entry("b-broken", "", 0)]);
    assert_eq!(lib.last_opened, None);
}

#[test]
fn loading_reconciles_the_index_with_the_stored_boards() {
    let mut index = three();
    index.open("b-b").unwrap();
    index.delete("b-c", 400).unwrap();
    let stored = keys(&["ambition-map.board.b-a", "ambition-map.board.b-c", "ambition-map.board.b-new", INDEX_KEY]);
    let (lib, notes) =
        Library::load(Some(&index.to_json()), &stored, |id| (id == "b-new").then(|| ("Found".to_owned(), 7)));
    assert_eq!(
        lib.boards,
        [
            entry("b-a", "Alpha", 100),
            BoardEntry { deleted: Some(400), ..entry("b-c", "Gamma", 300) },
            entry("b-new", "Found", 7),
        ]
    );
    assert_eq!(
        notes,
        [LibraryNote::EntryWithoutBoard { id: "b-b".into() }, LibraryNote::BoardRecovered { id: "b-new".into() }]
    );
    // The last opened board is gone, so none is.
    assert_eq!(lib.last_opened, None);
}

#[test]
fn an_unreadable_index_is_noted_and_the_boards_recovered() {
    let stored = keys(&["ambition-map.board.b-a"]);
    let (lib, notes) = Library::load(Some("{\"boards\": [tru"), &stored, |_| None);
    assert_eq!(lib.boards, [entry("b-a", "", 0)]);
    assert_eq!(notes, [LibraryNote::IndexUnreadable, LibraryNote::BoardRecovered { id: "b-a".into() }]);
}

#[test]
fn the_single_board_of_the_older_app_is_noted_for_moving() {
    let stored = keys(&[LEGACY_BOARD_KEY, LEGACY_UNREADABLE_KEY]);
    let (lib, notes) = Library::load(None, &stored, |_| None);
    assert_eq!(lib, Library::default());
    assert_eq!(notes, [LibraryNote::LegacyBoardFound]);
}

#[test]
fn a_fresh_browser_has_an_empty_library_and_nothing_to_say() {
    assert_eq!(Library::load(None, &[], |_| None), (Library::default(), vec![]));
}

#[test]
fn last_edited_is_the_latest_edit_time_on_the_board() {
    assert_eq!(last_edited(&Board::default()), 0);
    let board = import_board(include_bytes!("fixtures/board-v2.json")).unwrap();
    assert_eq!(last_edited(&board), 1_767_260_160_000);
    let mut board = board;
    Rc::make_mut(&mut board.cards[2]).edited = 1_900_000_000_000;
    assert_eq!(last_edited(&board), 1_900_000_000_000);
}

proptest! {
    /// Whatever the index says, every stored board is listed once, and
    /// nothing else.
    #[test]
    fn every_stored_board_is_listed_exactly_once(
        index in prop::option::of(".{0,200}"),
        stored in prop::collection::btree_set("[a-d]{1,2}", 0..8),
        listed in prop::collection::vec(("[a-d]{1,2}", any::<bool>()), 0..8),
    ) {
        let mut lib = Library::default();
        for (id, deleted) in &listed {
            let _ = lib.create(id, id, 1);
            if *deleted {
                let _ = lib.delete(id, 2);
            }
        }
        let index = index.map(|garbage| if garbage.len() % 2 == 0 { lib.to_json() } else { garbage });
        let stored_keys: Vec<String> = stored.iter().map(|id| board_key(id)).collect();
        let (lib, _notes) = Library::load(index.as_deref(), &stored_keys, |_| None);
        let mut got: Vec<&str> = lib.boards.iter().map(|b| b.id.as_str()).collect();
        got.sort();
        let want: Vec<&str> = stored.iter().map(String::as_str).collect();
        prop_assert_eq!(got, want);
    }
}
