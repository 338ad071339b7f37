//! The board store over a storage in memory: start-up, the board list's
//! round trips, and every way the storage can let the store down — text
//! that cannot be read, a full storage, no storage at all, a garbled index,
//! the single board of the app's older versions — checked as the app sees
//! them, and as what is left in storage for the next start.

use std::rc::Rc;

use ambition_map::app::boards::{Banner, OpenError, Store};
use ambition_map::core::file::{export_board, export_board_compact, import_file};
use ambition_map::core::key_value::{KeyValue, MemoryStorage, SaveError};
use ambition_map::core::library::{
    board_key, unreadable_key, Library, INDEX_BACKUP_KEY, INDEX_KEY, LEGACY_BOARD_KEY,
};
use ambition_map::core::model::Board;

const NEW_TITLE: &str = "Nieuw bord";
const DAY_MS: u64 = 24 * 60 * 60 * 1000;
/// Not a board file in any version.
const GARBAGE: &str = "{\"version\": 2, \"cards\": [ this is not JSON";

/// Ids `b-1`, `b-2`, … in order, as a fresh page would make them.
fn counter() -> impl FnMut(&str) -> String {
    let mut n = 0;
    move |prefix| {
        n += 1;
        format!("{prefix}-{n}")
    }
}

fn load(storage: &MemoryStorage, now: u64) -> (Store<MemoryStorage>, Board, Vec<Banner>) {
    Store::load_with(storage.clone(), counter(), NEW_TITLE, now)
}

/// The board stored under `id`, read back as the next start would read it.
fn stored(storage: &MemoryStorage, id: &str) -> Option<Board> {
    let text = storage.raw(&board_key(id))?;
    import_file(text.as_bytes()).ok().map(|i| i.board)
}

/// The index as stored.
fn index(storage: &MemoryStorage) -> Library {
    let text = storage.raw(INDEX_KEY).unwrap_or_default();
    Library::from_json(&text).map(|(library, _)| library).unwrap_or_else(|| panic!("unreadable index: {text:?}"))
}

fn listed(store: &Store<MemoryStorage>) -> Vec<(String, String)> {
    store.library.listed().iter().map(|b| (b.id.clone(), b.title.clone())).collect()
}

fn titled(id: &str, title: &str) -> Board {
    Board::new(title, "").with_id(id)
}

/// A storage holding these boards under their keys, and no index.
fn storage_with(boards: &[Board]) -> MemoryStorage {
    let storage = MemoryStorage::new();
    for board in boards {
        storage.insert_raw(&board_key(&board.id), &export_board(board));
    }
    storage
}

fn pair(id: &str, title: &str) -> (String, String) {
    (id.to_owned(), title.to_owned())
}

// ---------------------------------------------------------------- the storage in memory

#[test]
fn the_storage_in_memory_keeps_its_quota_and_can_be_unavailable() {
    let storage = MemoryStorage::new();
    assert!(storage.available());
    assert_eq!(storage.set("k", "1234"), Ok(()));
    assert_eq!(storage.get("k"), Ok(Some("1234".into())));
    assert_eq!(storage.get("other"), Ok(None));
    assert_eq!(storage.used(), 5);

    storage.set_quota(Some(7));
    assert_eq!(storage.set("k", "123456"), Ok(()), "exactly at the quota fits");
    assert_eq!(storage.set("k", "1234567"), Err(SaveError::Full));
    assert_eq!(storage.get("k"), Ok(Some("123456".into())), "a refused write leaves the old text");
    assert_eq!(storage.set("j", ""), Err(SaveError::Full), "a new key takes room too");
    assert_eq!(storage.remove("k"), Ok(()));
    assert_eq!(storage.set("j", "1"), Ok(()), "room again once a key is removed");

    storage.set_available(false);
    assert!(!storage.available());
    assert_eq!(storage.get("j"), Err(SaveError::Unavailable));
    assert_eq!(storage.set("j", "2"), Err(SaveError::Unavailable));
    assert_eq!(storage.keys(), Err(SaveError::Unavailable));
    assert_eq!(storage.raw("j").as_deref(), Some("1"), "still there, only out of reach");
    storage.set_available(true);
    assert_eq!(storage.keys(), Ok(vec!["j".to_owned()]));

    let tab = storage.clone();
    tab.insert_raw("from-the-other-tab", "x");
    assert_eq!(storage.get("from-the-other-tab"), Ok(Some("x".into())), "clones share one storage");
}

// ---------------------------------------------------------------- start-up and round trips

#[test]
fn a_first_start_makes_one_board_and_a_second_start_opens_it() {
    let storage = MemoryStorage::new();
    let (store, board, banners) = load(&storage, 1_000);
    assert_eq!((board.id.as_str(), board.title.as_str()), ("b-1", NEW_TITLE));
    assert!(banners.is_empty(), "{banners:?}");
    assert!(store.available);
    assert_eq!(stored(&storage, "b-1").map(|b| b.title), Some(NEW_TITLE.to_owned()));
    assert_eq!(index(&storage).last_opened.as_deref(), Some("b-1"));
    assert!(!store.needs_saving(&board));

    let (store, again, banners) = load(&storage, 2_000);
    assert_eq!(again.id, "b-1", "the board is opened again, not a new one made");
    assert!(banners.is_empty(), "{banners:?}");
    assert_eq!(listed(&store), vec![pair("b-1", NEW_TITLE)]);
}

#[test]
fn create_open_rename_duplicate_delete_and_undelete_survive_a_new_start() {
    let storage = MemoryStorage::new();
    let (mut store, first, _) = load(&storage, 1_000);

    // Create: a second board, stored and open.
    let mut second = store.create("Tweede", 2_000);
    store.opened(&second);
    assert_eq!(second.id, "b-2");
    assert_eq!(stored(&storage, "b-2").map(|b| b.title), Some("Tweede".to_owned()));
    second.challenge = "Samen sterker".into();
    assert_eq!(store.save(&second, 2_500), Ok(()));
    assert_eq!(index(&storage).last_opened.as_deref(), Some("b-2"));

    // Open: the first board again, as stored.
    assert_eq!(store.open(&first.id).map(|b| b.title), Ok(NEW_TITLE.to_owned()));
    assert_eq!(index(&storage).last_opened.as_deref(), Some("b-1"));
    assert_eq!(store.open("b-404").err(), Some(OpenError::NotStored));

    // Rename a board that is not open: its file and the list both change.
    assert_eq!(store.rename("b-2", "Twee", 3_000), Ok(()));
    let renamed = stored(&storage, "b-2");
    assert_eq!(renamed.as_ref().map(|b| (b.title.as_str(), b.challenge.as_str())), Some(("Twee", "Samen sterker")));
    assert_eq!(store.library.entry("b-2").map(|b| b.title.as_str()), Some("Twee"));

    // Duplicate, the way the board list does it: a copy without an id.
    let (mut copy, _) = store.board("b-2").expect("b-2 is stored");
    copy.id = String::new();
    copy.title = "Kopie van Twee".into();
    let copy = store.add(copy, 4_000);
    assert_eq!(copy.id, "b-3");
    let stored_copy = stored(&storage, "b-3").map(|b| (b.title, b.challenge));
    assert_eq!(stored_copy, Some(("Kopie van Twee".into(), "Samen sterker".into())));
    assert_eq!(stored(&storage, "b-2").map(|b| b.title), Some("Twee".to_owned()), "the original is untouched");

    // Delete softly: off the list, its text kept.
    store.delete("b-2", 5_000);
    assert!(!listed(&store).contains(&pair("b-2", "Twee")));
    assert_eq!(store.library.deleted().iter().map(|b| b.id.as_str()).collect::<Vec<_>>(), vec!["b-2"]);
    assert!(storage.raw(&board_key("b-2")).is_some());

    // A new start sees all of it.
    let (mut store, open, _) = load(&storage, 6_000);
    assert_eq!(open.id, "b-1", "the board opened last");
    assert_eq!(listed(&store), vec![pair("b-3", "Kopie van Twee"), pair("b-1", NEW_TITLE)]);
    assert_eq!(store.library.entry("b-2").and_then(|b| b.deleted), Some(5_000));

    // Undelete brings it back, in this start and the next.
    store.undelete("b-2");
    assert!(listed(&store).contains(&pair("b-2", "Twee")));
    let (store, _, _) = load(&storage, 7_000);
    assert!(listed(&store).contains(&pair("b-2", "Twee")));
    assert_eq!(store.library.entry("b-2").and_then(|b| b.deleted), None);
}

#[test]
fn a_deleted_board_is_removed_for_good_after_thirty_days() {
    let storage = MemoryStorage::new();
    let (mut store, _, _) = load(&storage, 0);
    let gone = store.create("Weg", 0);
    store.delete(&gone.id, DAY_MS);

    // Kept when the stored boards are checked 30 days after the delete …
    let (mut store, open, _) = load(&storage, 31 * DAY_MS);
    store.check_stored(&open.id, 31 * DAY_MS);
    assert!(store.library.entry(&gone.id).is_some());
    assert!(storage.raw(&board_key(&gone.id)).is_some());

    // … and never at start-up, even one after that …
    let (mut store, open, _) = load(&storage, 31 * DAY_MS + 1);
    assert!(storage.raw(&board_key(&gone.id)).is_some());
    // … but gone, text and all, once the stored boards are checked.
    store.check_stored(&open.id, 31 * DAY_MS + 1);
    assert!(store.library.entry(&gone.id).is_none());
    assert_eq!(storage.raw(&board_key(&gone.id)), None);
    assert!(index(&storage).entry(&gone.id).is_none());
}

#[test]
fn a_new_id_is_never_one_the_library_has() {
    let storage = MemoryStorage::new();
    let mut repeats = vec!["b-1", "b-1", "b-1", "b-2"].into_iter();
    let ids = move |_: &str| repeats.next().unwrap_or("b-end").to_owned();
    let (mut store, first, _) = Store::load_with(storage.clone(), ids, NEW_TITLE, 0);
    let second = store.create("Tweede", 1);
    assert_eq!((first.id.as_str(), second.id.as_str()), ("b-1", "b-2"));
    assert_eq!(stored(&storage, "b-1").map(|b| b.title), Some(NEW_TITLE.to_owned()), "b-1 is not overwritten");
}

#[test]
fn a_file_keeps_its_id_unless_it_is_taken_or_unusable() {
    // (the board's id in the file, the id it is stored under)
    let cases = [("b-file", "b-file"), ("b-1", "b-2"), ("has space", "b-2"), ("", "b-2")];
    for (file_id, expected) in cases {
        let storage = MemoryStorage::new();
        let (mut store, _, _) = load(&storage, 0);
        let board = store.add(titled(file_id, "Uit een bestand"), 1);
        assert_eq!(board.id, expected, "file id {file_id:?}");
        let kept = stored(&storage, expected).map(|b| (b.id, b.title));
        assert_eq!(kept, Some((expected.into(), "Uit een bestand".into())), "file id {file_id:?}");
        assert_eq!(stored(&storage, "b-1").map(|b| b.title), Some(NEW_TITLE.to_owned()), "file id {file_id:?}");
    }
}

#[test]
fn a_file_that_needed_no_repair_is_stored_as_it_came() {
    let storage = MemoryStorage::new();
    let (mut store, _, _) = load(&storage, 0);
    let file = export_board_compact(&titled("b-file", "Regio"));
    let imported = import_file(file.as_bytes()).expect("the app's own file");
    assert!(imported.untouched);
    let board = store.add_read(imported.board, Some(file.clone()), 1);
    assert_eq!(storage.raw(&board_key("b-file")), Some(file));
    store.opened(&board);
    assert!(!store.needs_saving(&board));
}

#[test]
fn a_change_needs_saving_and_undoing_it_does_not() {
    let storage = MemoryStorage::new();
    let (mut store, board, _) = load(&storage, 0);
    assert!(!store.needs_saving(&board), "just opened");
    let mut changed = board.clone();
    changed.title = "Regio Noord".into();
    assert!(store.needs_saving(&changed));
    assert_eq!(store.save(&changed, 1), Ok(()));
    assert!(!store.needs_saving(&changed));
    assert!(store.needs_saving(&board));

    let mut moved = changed.clone();
    Rc::make_mut(&mut moved.cards[0]).x += 10.0;
    assert!(store.needs_saving(&moved), "a changed card is found even among shared ones");
    // Undone: an equal board, not the same value, needs no saving.
    let undone = Board { cards: changed.cards.iter().map(|c| Rc::new((**c).clone())).collect(), ..changed.clone() };
    assert!(!store.needs_saving(&undone));
    // Stored by another page: compared by its text again.
    store.stored_elsewhere(export_board(&moved));
    assert!(!store.needs_saving(&moved));
    assert!(store.needs_saving(&changed));
}

#[test]
fn another_tabs_boards_are_seen_after_a_reload_of_the_library() {
    let storage = MemoryStorage::new();
    let (mut here, mine, _) = load(&storage, 0);
    let (mut there, _, _) = load(&storage, 1);
    let theirs = there.create("Van de andere tab", 2);
    there.opened(&theirs);
    assert!(here.library.entry(&theirs.id).is_none());

    here.reload_library();
    assert_eq!(here.library.entry(&theirs.id).map(|b| b.title.as_str()), Some("Van de andere tab"));
    assert_eq!(here.library.last_opened.as_deref(), Some(mine.id.as_str()), "this tab's open board stays its own");
}

// ---------------------------------------------------------------- text that cannot be read

/// A good board, a board whose text is garbage, and an index listing both.
fn with_a_corrupt_board(last_opened: &str) -> MemoryStorage {
    let storage = storage_with(&[titled("b-good", "Goed")]);
    storage.insert_raw(&board_key("b-bad"), GARBAGE);
    let mut library = Library::default();
    let _ = library.create("b-good", "Goed", 10);
    let _ = library.create("b-bad", "Kapot", 20);
    library.last_opened = Some(last_opened.to_owned());
    storage.insert_raw(INDEX_KEY, &library.to_json());
    storage
}

fn is_corrupt_banner(banner: &Banner, id: &str, title: &str) -> bool {
    matches!(banner, Banner::Corrupt { id: i, title: t, .. } if i == id && t == title)
}

#[test]
fn a_board_that_cannot_be_read_is_set_aside_and_never_overwritten() {
    // Found at start-up when it was the board open last, else by the check
    // that runs once the open board is drawn.
    for (last_opened, found_at_start) in [("b-bad", true), ("b-good", false)] {
        let storage = with_a_corrupt_board(last_opened);
        let (mut store, open, banners) = load(&storage, 100);
        assert_eq!(open.id, "b-good", "the board that can be read is opened ({last_opened})");
        let later = store.check_stored(&open.id, 100);
        let said = if found_at_start { &banners } else { &later };
        assert!(said.iter().any(|b| is_corrupt_banner(b, "b-bad", "Kapot")), "{banners:?} {later:?}");
        assert!(store.unreadable.contains_key("b-bad"));
        assert!(listed(&store).contains(&pair("b-bad", "Kapot")), "still listed, so it is not forgotten");
        assert_eq!(store.raw_text("b-bad").as_deref(), Some(GARBAGE), "its text can be downloaded");
        assert_eq!(storage.raw(&unreadable_key("b-bad")).as_deref(), Some(GARBAGE), "and is copied aside");
        assert!(matches!(store.open("b-bad"), Err(OpenError::Unreadable(_))));

        // Nothing the app does writes over it.
        assert_eq!(store.save(&titled("b-bad", "Nieuw"), 200), Ok(()));
        assert!(matches!(store.rename("b-bad", "Nieuw", 200), Err(OpenError::Unreadable(_))));
        let from_file = store.add(titled("b-bad", "Uit een bestand"), 200);
        assert_ne!(from_file.id, "b-bad", "a file with its id is stored under another");
        store.delete("b-bad", 300);
        store.undelete("b-bad");
        assert_eq!(storage.raw(&board_key("b-bad")).as_deref(), Some(GARBAGE), "{last_opened}");
        assert_eq!(store.raw_text("b-bad").as_deref(), Some(GARBAGE));

        // The next start finds it as it was, and still says so.
        let (mut store, open, banners) = load(&storage, 400);
        let later = store.check_stored(&open.id, 100);
        assert!(banners.iter().chain(&later).any(|b| is_corrupt_banner(b, "b-bad", "Kapot")), "{banners:?} {later:?}");
        assert_eq!(store.raw_text("b-bad").as_deref(), Some(GARBAGE));
    }
}

#[test]
fn a_deleted_board_that_cannot_be_read_is_set_aside_without_a_message() {
    let storage = with_a_corrupt_board("b-good");
    let (mut store, open, _) = load(&storage, 100);
    store.delete("b-bad", 150);
    let later = store.check_stored(&open.id, 100);
    assert!(later.is_empty(), "{later:?}");
    assert!(store.unreadable.contains_key("b-bad"));
    assert_eq!(storage.raw(&unreadable_key("b-bad")).as_deref(), Some(GARBAGE));
}

#[test]
fn when_no_board_can_be_read_a_new_one_is_opened_beside_them() {
    let storage = MemoryStorage::new();
    storage.insert_raw(&board_key("b-bad"), GARBAGE);
    let (store, open, banners) = load(&storage, 100);
    assert_eq!((open.id.as_str(), open.title.as_str()), ("b-1", NEW_TITLE));
    assert!(banners.iter().any(|b| matches!(b, Banner::Corrupt { id, .. } if id == "b-bad")), "{banners:?}");
    assert_eq!(storage.raw(&board_key("b-bad")).as_deref(), Some(GARBAGE));
    assert_eq!(store.library.boards.len(), 2);
}

// ---------------------------------------------------------------- a full storage

#[test]
fn a_full_storage_keeps_the_last_good_save_and_the_new_text_in_memory() {
    let storage = MemoryStorage::new();
    let (mut store, board, _) = load(&storage, 0);
    let mut good = board.clone();
    good.title = "Laatst goed bewaard".into();
    assert_eq!(store.save(&good, 1), Ok(()));
    let good_text = storage.raw(&board_key(&good.id));
    assert_eq!(good_text.as_deref(), Some(export_board(&good).as_str()));

    storage.fill_up();
    let mut newer = good.clone();
    newer.title = "Niet meer bewaard, want de opslag is vol".into();
    assert_eq!(store.save(&newer, 2), Err(SaveError::Full));
    assert_eq!(storage.raw(&board_key(&good.id)), good_text, "the last good save stays as it was");
    assert!(store.needs_saving(&newer), "still to be saved");
    assert_eq!(store.board(&newer.id).map(|(b, _)| b.title), Ok(newer.title.clone()), "the new text is kept in memory");
    assert_eq!(store.raw_text(&newer.id), Some(export_board(&newer)));
    assert_eq!(store.save(&newer, 3), Err(SaveError::Full), "trying again while full fails again");

    // A board made while full lives in memory, and says so.
    let extra = store.create("Erbij", 4);
    assert!(store.unsaved(&extra.id));
    assert!(store.unsaved(&newer.id), "the open board is held in memory too");
    assert_eq!(storage.raw(&board_key(&extra.id)), None);

    // Room again: the next save writes the new text.
    storage.set_quota(None);
    assert_eq!(store.save(&newer, 5), Ok(()));
    assert_eq!(storage.raw(&board_key(&newer.id)), Some(export_board(&newer)));
    assert!(!store.needs_saving(&newer));
    assert!(!store.unsaved(&newer.id));
    let (_, open, _) = load(&storage, 6);
    assert_eq!(open.title, newer.title, "and the next start opens it");
}

#[test]
fn a_save_that_changes_nothing_still_writes_what_only_memory_holds() {
    let storage = MemoryStorage::new();
    let (mut store, board, _) = load(&storage, 0);
    storage.fill_up();
    let extra = store.create("Erbij, terwijl de opslag vol is", 1);
    store.opened(&extra);
    assert!(store.unsaved(&extra.id));
    assert!(!store.needs_saving(&extra));
    storage.set_quota(None);
    assert_eq!(store.save(&extra, 2), Ok(()));
    assert_eq!(stored(&storage, &extra.id).map(|b| b.title), Some(extra.title.clone()));
    assert!(!store.unsaved(&extra.id));
    assert_eq!(stored(&storage, &board.id).map(|b| b.title), Some(NEW_TITLE.to_owned()));
}

// ---------------------------------------------------------------- no storage

#[test]
fn without_storage_everything_is_kept_in_memory() {
    let storage = storage_with(&[titled("b-old", "Uit een vorige sessie")]);
    storage.set_available(false);
    let before = storage.raw_keys();

    let (mut store, board, banners) = load(&storage, 0);
    assert_eq!(banners, vec![Banner::Unavailable]);
    assert!(!store.available);
    assert_eq!(board.title, NEW_TITLE);
    assert_eq!(listed(&store), vec![pair(&board.id, NEW_TITLE)], "nothing can be read");

    let mut changed = board.clone();
    changed.title = "Alleen in het geheugen".into();
    assert_eq!(store.save(&changed, 1), Err(SaveError::Unavailable));
    assert!(!store.needs_saving(&changed), "nowhere better to put it: nothing to retry");
    assert!(!store.dirty);
    assert!(!store.unsaved(&changed.id), "not a board the storage refused");

    let second = store.create("Tweede", 2);
    store.opened(&second);
    assert_eq!(store.open(&changed.id).map(|b| b.title), Ok(changed.title.clone()), "kept in memory");
    assert_eq!(store.rename(&second.id, "Twee", 3), Ok(()));
    assert_eq!(store.board(&second.id).map(|(b, _)| b.title), Ok("Twee".to_owned()));
    store.delete(&second.id, 4);
    store.undelete(&second.id);
    assert_eq!(listed(&store).len(), 2);

    assert_eq!(storage.raw_keys(), before, "nothing was written to the storage");
}

// ---------------------------------------------------------------- a garbled index

#[test]
fn a_garbled_index_is_rebuilt_from_the_board_keys() {
    let boards = [titled("b-a", "Alpha"), titled("b-b", "Beta")];
    // (the index as stored, whether it is said to be rebuilt)
    let cases: [(&str, bool); 6] = [
        ("{ not json", true),
        ("", true),
        ("[]", true),
        (r#"{"version": 1, "boards": 5}"#, true),
        // Only one entry is damaged: the rest is read, nothing to say.
        (r#"{"version": 1, "boards": [{"id": "b-a", "title": "Alpha", "updated": 1}, {"id": 7}]}"#, false),
        // An entry without its board, and a board without its entry.
        (
            r#"{"version": 1, "boards": [{"id": "b-gone", "title": "Weg", "updated": 1},
                {"id": "b-a", "title": "Alpha", "updated": 1}]}"#,
            false,
        ),
    ];
    for (text, rebuilt) in cases {
        let storage = storage_with(&boards);
        storage.insert_raw(INDEX_KEY, text);
        let (store, open, banners) = load(&storage, 100);
        assert_eq!(banners.contains(&Banner::IndexRebuilt { kept: true }), rebuilt, "{text:?}: {banners:?}");
        let mut ids: Vec<(String, String)> = listed(&store);
        ids.sort();
        assert_eq!(ids, vec![pair("b-a", "Alpha"), pair("b-b", "Beta")], "{text:?}: no board lost, none made up");
        assert!(open.id == "b-a" || open.id == "b-b", "{text:?}: a stored board is opened, not a new one");
        let mut written: Vec<String> = index(&storage).boards.iter().map(|b| b.id.clone()).collect();
        written.sort();
        assert_eq!(written, vec!["b-a", "b-b"], "{text:?}: the index is written again");
        let backup = storage.raw(INDEX_BACKUP_KEY);
        assert_eq!(backup.as_deref(), if rebuilt { Some(text) } else { None }, "{text:?}: the old index is kept aside");
    }
}

// ---------------------------------------------------------------- the board of older versions

#[test]
fn the_board_of_older_versions_moves_into_the_library() {
    let old = Board::new("Ons oude bord", "Samen sterker");
    let storage = MemoryStorage::new();
    storage.insert_raw(LEGACY_BOARD_KEY, &export_board(&old));

    let (store, open, banners) = load(&storage, 100);
    assert!(banners.is_empty(), "{banners:?}");
    let opened = (open.id.as_str(), open.title.as_str(), open.challenge.as_str());
    assert_eq!(opened, ("b-1", "Ons oude bord", "Samen sterker"));
    assert_eq!(listed(&store), vec![pair("b-1", "Ons oude bord")], "no new board beside it");
    assert_eq!(stored(&storage, "b-1").map(|b| (b.id, b.title)), Some(("b-1".into(), "Ons oude bord".into())));
    assert_eq!(storage.raw(LEGACY_BOARD_KEY), None, "the old key is removed once the board is safe");
    assert_eq!(index(&storage).last_opened.as_deref(), Some("b-1"));
}

#[test]
fn an_unreadable_board_of_older_versions_is_moved_as_it_is() {
    let storage = MemoryStorage::new();
    storage.insert_raw(LEGACY_BOARD_KEY, GARBAGE);
    let (mut store, open, banners) = load(&storage, 100);
    assert_eq!(storage.raw(LEGACY_BOARD_KEY), None);
    assert_eq!(storage.raw(&board_key("b-1")).as_deref(), Some(GARBAGE), "kept as it was");
    assert_eq!(store.raw_text("b-1").as_deref(), Some(GARBAGE), "and can be downloaded");
    assert_eq!((open.id.as_str(), open.title.as_str()), ("b-2", NEW_TITLE), "a new board to work on");
    let later = store.check_stored(&open.id, 100);
    assert!(banners.iter().chain(&later).any(|b| is_corrupt_banner(b, "b-1", "")), "{banners:?} {later:?}");
}

#[test]
fn the_board_of_older_versions_stays_where_it_is_until_there_is_room() {
    let old = Board::new("Ons oude bord", "");
    let storage = MemoryStorage::new();
    storage.insert_raw(LEGACY_BOARD_KEY, &export_board(&old));
    storage.fill_up();

    let (store, open, _) = load(&storage, 100);
    assert_eq!(storage.raw(LEGACY_BOARD_KEY), Some(export_board(&old)), "not removed: it is not safe elsewhere");
    assert_ne!(open.title, "Ons oude bord");
    assert!(store.unsaved(&open.id));

    storage.set_quota(None);
    let (store, open, _) = load(&storage, 200);
    assert_eq!(open.title, "Ons oude bord");
    assert_eq!(storage.raw(LEGACY_BOARD_KEY), None);
    assert_eq!(store.library.listed().iter().filter(|b| b.title == "Ons oude bord").count(), 1);
}

#[test]
fn autosave_waits_longer_for_a_board_that_is_slow_to_write() {
    let storage = MemoryStorage::new();
    let (mut store, board, _) = load(&storage, 1);
    assert_eq!(store.save_delay(), 250, "an ordinary board");
    let mut big = board.clone();
    big.challenge = "x".repeat(1_000_000);
    store.save(&big, 2).expect("saved");
    assert_eq!(store.save_delay(), 2_500);
    big.challenge = "x".repeat(10_000_000);
    store.save(&big, 3).expect("saved");
    assert_eq!(store.save_delay(), 5_000, "at most five seconds");
}

// ---------------------------------------------------------------- hostile storage

#[test]
fn an_index_that_marks_every_board_deleted_erases_none() {
    // Boards edited long after the deletion the index claims, and an index
    // claiming a deletion in the future.
    let mut boards = [titled("b-a", "Alpha"), titled("b-b", "Beta"), titled("b-c", "Gamma")];
    for board in &mut boards {
        let mut party = ambition_map::core::model::Party::new(ambition_map::core::model::PartyId("p-1".into()), "School", "#336699");
        party.edited = 40 * DAY_MS;
        board.parties.push(party);
    }
    let storage = storage_with(&boards);
    let now = 100 * DAY_MS;
    let index = format!(
        r#"{{"version": 1, "boards": [{{"id": "b-a", "title": "Alpha", "updated": 1, "deleted": 1}},
            {{"id": "b-b", "title": "Beta", "updated": 1, "deleted": 1}},
            {{"id": "b-c", "title": "Gamma", "updated": 1, "deleted": {}}}]}}"#,
        now + DAY_MS
    );
    storage.insert_raw(INDEX_KEY, &index);
    let (mut store, open, _) = load(&storage, now);
    for id in ["b-a", "b-b", "b-c"] {
        assert!(storage.raw(&board_key(id)).is_some(), "{id} is kept at start-up");
    }
    store.check_stored(&open.id, now);
    for id in ["b-a", "b-b", "b-c"] {
        assert!(storage.raw(&board_key(id)).is_some(), "{id} is kept when the boards are checked");
        assert_eq!(store.library.entry(id).and_then(|b| b.deleted), None, "{id} is listed again");
    }
    assert_eq!(index_of(&storage, "b-a"), Some(None), "the index says so too");
}

fn index_of(storage: &MemoryStorage, id: &str) -> Option<Option<u64>> {
    index(storage).entry(id).map(|b| b.deleted)
}

#[test]
fn an_unreadable_index_of_megabytes_is_kept_aside_or_left_where_it_is() {
    let boards = [titled("b-a", "Alpha")];
    let garbled = format!("{{\"boards\": \"{}", "x".repeat(3 * 1024 * 1024));
    // Room to spare: kept aside, and said so.
    let storage = storage_with(&boards);
    storage.insert_raw(INDEX_KEY, &garbled);
    let (_, open, banners) = load(&storage, 100);
    assert_eq!(open.id, "b-a");
    assert!(banners.contains(&Banner::IndexRebuilt { kept: true }), "{banners:?}");
    assert_eq!(storage.raw(INDEX_BACKUP_KEY).as_deref(), Some(garbled.as_str()));

    // No room to copy it: the old index is not written over, and the
    // message says it could not be kept aside.
    let storage = storage_with(&boards);
    storage.insert_raw(INDEX_KEY, &garbled);
    storage.fill_up();
    let (mut store, open, banners) = load(&storage, 100);
    assert_eq!(open.id, "b-a", "the board is found all the same");
    assert!(banners.contains(&Banner::IndexRebuilt { kept: false }), "{banners:?}");
    store.rename("b-a", "Alpha 2", 200).ok();
    assert_eq!(storage.raw(INDEX_KEY).as_deref(), Some(garbled.as_str()), "the unreadable index stays as it was");
    assert_eq!(storage.raw(INDEX_BACKUP_KEY), None);

    // Once there is room it is kept aside first, then the index is written.
    storage.set_quota(None);
    store.delete("b-a", 300);
    assert_eq!(storage.raw(INDEX_BACKUP_KEY).as_deref(), Some(garbled.as_str()));
    assert_eq!(index_of(&storage, "b-a"), Some(Some(300)));
}

#[test]
fn a_board_that_cannot_be_read_keeps_its_text_when_there_is_no_room_to_copy_it() {
    let storage = with_a_corrupt_board("b-bad");
    let raw = storage.raw(&board_key("b-bad"));
    storage.fill_up();
    let (mut store, open, banners) = load(&storage, 100);
    assert_eq!(open.id, "b-good");
    assert!(banners.iter().any(|b| is_corrupt_banner(b, "b-bad", "Kapot")), "{banners:?}");
    store.check_stored(&open.id, 100);
    assert_eq!(storage.raw(&board_key("b-bad")), raw, "the unreadable text stays under its own key");
    assert_eq!(store.raw_text("b-bad"), raw, "and can still be downloaded");
}

#[test]
fn a_refused_write_of_the_open_board_keeps_the_last_good_save_and_saves_again() {
    let storage = MemoryStorage::new();
    let (mut store, mut board, _) = load(&storage, 0);
    board.title = "Eerst".into();
    store.save(&board, 1).ok();
    let good = storage.raw(&board_key(&board.id));
    board.title = "Daarna".into();
    store.save(&board, 2).ok();
    // The storage took it at first, then refused it after all: it holds the last good save again.
    let refused = storage.raw(&board_key(&board.id));
    storage.insert_raw(&board_key(&board.id), good.as_deref().unwrap_or_default());
    assert!(store.refused(&board_key(&board.id), refused.clone(), &board.id), "it was the open board");
    assert!(store.dirty, "to be saved again");
    assert!(store.needs_saving(&board));
    assert_eq!(store.raw_text(&board.id), refused, "the new text is kept in memory meanwhile");
    assert!(store.save(&board, 3).is_ok());
    assert_eq!(storage.raw(&board_key(&board.id)), refused);
    assert!(!store.dirty);
    // Another key refused is kept in memory, and the open board is not touched.
    assert!(!store.refused(&board_key("b-other"), Some("text".into()), &board.id));
}

#[test]
fn a_refused_save_is_tried_again_less_and_less_often() {
    use ambition_map::app::hooks::autosave::retry_delay;
    let delays: Vec<u32> = (1..=9).map(retry_delay).collect();
    assert_eq!(delays, vec![2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000, 60_000]);
    assert_eq!(retry_delay(u32::MAX), 60_000);
}
