//! Moving the boards from one storage to another (localStorage to
//! IndexedDB in the browser), against storages in memory: every text is
//! copied and read back before any is removed, a storage that refuses
//! leaves everything where it was, and a key both hold with different
//! texts keeps both.

use std::collections::HashMap;

use ambition_map::core::key_value::{copy_over, remove_confirmed, MemoryStorage};
use ambition_map::core::library::{board_key, is_board_storage_key, moved_aside, INDEX_KEY};

fn old_storage() -> (MemoryStorage, Vec<String>) {
    let from = MemoryStorage::new();
    from.insert_raw(&board_key("b-1"), "{\"board\": 1}");
    from.insert_raw(&board_key("b-2"), "not a board at all");
    from.insert_raw(INDEX_KEY, "{\"version\": 1, \"boards\": []}");
    from.insert_raw("ambition-map.lang", "nl");
    let keys = from.raw_keys().into_iter().filter(|k| is_board_storage_key(k)).collect();
    (from, keys)
}

/// What `to` holds under the keys the copy went to, read afresh.
fn read_back(to: &MemoryStorage, copied: &[(String, String)]) -> HashMap<String, String> {
    copied.iter().filter_map(|(_, t)| Some((t.clone(), to.raw(t)?))).collect()
}

#[test]
fn every_board_moves_and_is_removed_only_once_read_back() {
    let (from, keys) = old_storage();
    assert_eq!(keys.len(), 3, "the language is not a board: {keys:?}");
    let to = MemoryStorage::new();
    let copied = copy_over(&from, &to, &keys, &moved_aside);
    assert_eq!(copied.len(), 3);
    for key in &keys {
        assert_eq!(to.raw(key), from.raw(key), "{key} is the same text, an unreadable one too");
    }
    assert_eq!(remove_confirmed(&from, &copied, &read_back(&to, &copied), &keys), Ok(()));
    assert_eq!(from.raw_keys(), vec!["ambition-map.lang".to_owned()], "only what is not a board stays behind");
}

#[test]
fn a_storage_that_refuses_leaves_every_board_where_it_was() {
    let (from, keys) = old_storage();
    let to = MemoryStorage::new();
    to.set_quota(Some(40));
    let copied = copy_over(&from, &to, &keys, &moved_aside);
    assert!(copied.len() < keys.len());
    let result = remove_confirmed(&from, &copied, &read_back(&to, &copied), &keys);
    assert!(result.is_err(), "{result:?}");
    for key in &keys {
        assert!(from.raw(key).is_some(), "{key} stays in the old storage");
    }
}

#[test]
fn a_text_that_did_not_come_back_the_same_removes_nothing() {
    let (from, keys) = old_storage();
    let to = MemoryStorage::new();
    let copied = copy_over(&from, &to, &keys, &moved_aside);
    let mut back = read_back(&to, &copied);
    back.insert(board_key("b-1"), "{\"board\": 1".into());
    assert_eq!(remove_confirmed(&from, &copied, &back, &keys), Err(vec![board_key("b-1")]));
    assert_eq!(from.raw_keys().len(), 4);
}

#[test]
fn a_board_both_storages_hold_differently_is_kept_twice() {
    let (from, keys) = old_storage();
    let to = MemoryStorage::new();
    to.insert_raw(&board_key("b-1"), "{\"board\": \"newer\"}");
    to.insert_raw(INDEX_KEY, "{\"version\": 1, \"boards\": [1]}");
    let copied = copy_over(&from, &to, &keys, &moved_aside);
    assert_eq!(to.raw(&board_key("b-1")).as_deref(), Some("{\"board\": \"newer\"}"), "the text already there stays");
    assert_eq!(to.raw(&board_key("b-1-moved")), from.raw(&board_key("b-1")), "the moving one becomes a board of its own");
    assert_eq!(to.raw(&format!("{INDEX_KEY}.moved")), from.raw(INDEX_KEY), "an index is kept aside, not lost");
    assert_eq!(remove_confirmed(&from, &copied, &read_back(&to, &copied), &keys), Ok(()));
    // Moving again changes nothing: the texts are there already.
    let (again, keys) = old_storage();
    let copied = copy_over(&again, &to, &keys, &moved_aside);
    assert_eq!(copied.len(), 3);
    assert_eq!(to.raw_keys().len(), 5);
}

#[test]
fn a_long_board_id_moved_aside_is_still_a_board_id() {
    let id = "b".repeat(64);
    let aside = moved_aside(&board_key(&id)).unwrap_or_default();
    let new_id = aside.strip_prefix("ambition-map.board.").unwrap_or_default();
    assert!(ambition_map::core::library::is_valid_board_id(new_id), "{aside}");
    assert!(new_id.ends_with("-moved"));
}
