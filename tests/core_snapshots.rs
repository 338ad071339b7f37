//! A board's snapshots: which are kept as they age (all of the last hour,
//! one an hour for the day, one a day for the month, none older), the size
//! budget, that a snapshot is taken only when the board changed, and how
//! they are kept in a storage (in memory here, as IndexedDB in the app);
//! with the timeline's words for when each was taken.

use ambition_map::core::key_value::{KeyValue, MemoryStorage};
use ambition_map::core::snapshots::{
    fingerprint, forget, listed, record, shelf_from_json, shelf_key, shelf_to_json, take, text_key, thin, thin_within, Moment,
    Snapshot, BUDGET_BYTES, DAILY_MS, EVERY_MS, HOURLY_MS, KEEP_ALL_MS,
};
use ambition_map::core::key_value::SaveError;
use ambition_map::i18n::Lang;

const MINUTE: u64 = 60_000;
const HOUR: u64 = 60 * MINUTE;
const DAY: u64 = 24 * HOUR;
/// 3 December 2026, 09:00 UTC: on a whole hour.
const NOW: u64 = 1_796_288_400_000;

fn snap(id: &str, time: u64, moment: Moment) -> Snapshot {
    Snapshot { id: id.to_owned(), time, cards: 3, moment, bytes: 100, fingerprint: fingerprint(id) }
}

fn ids(kept: &[Snapshot]) -> Vec<&str> {
    kept.iter().map(|s| s.id.as_str()).collect()
}

#[test]
fn the_spans_are_an_hour_a_day_and_thirty_days() {
    assert_eq!((KEEP_ALL_MS, HOURLY_MS, DAILY_MS, EVERY_MS), (HOUR, DAY, 30 * DAY, 5 * MINUTE));
    assert_eq!(NOW % HOUR, 0);
}

#[test]
fn every_snapshot_of_the_last_hour_is_kept() {
    let shelf: Vec<Snapshot> = (0..20).map(|i| snap(&format!("s{i}"), NOW - HOUR + 1 + i * 3 * MINUTE, Moment::Editing)).collect();
    let kept = thin(&shelf, NOW);
    assert_eq!(kept, shelf, "twenty snapshots within the hour, all kept");
}

#[test]
fn an_hour_old_is_thinned_to_one_per_hour_the_newest() {
    // Exactly an hour old falls in the hourly span: with another of the
    // same clock hour, only the newer stays.
    let older = snap("older", NOW - HOUR - 20 * MINUTE, Moment::Editing);
    let at_hour = snap("at-hour", NOW - HOUR, Moment::PageHidden);
    let just_in = snap("just-in", NOW - HOUR + 1, Moment::Editing);
    let kept = thin(&[older.clone(), at_hour, just_in], NOW);
    // `older` (07:40) and `at-hour` (08:00) are in different clock hours.
    assert_eq!(ids(&kept), ["older", "at-hour", "just-in"]);
    let same_hour = snap("same-hour", NOW - HOUR - 50 * MINUTE, Moment::Editing);
    let kept = thin(&[same_hour, older], NOW);
    assert_eq!(ids(&kept), ["older"], "07:10 and 07:40: one per hour, the newer");
}

#[test]
fn within_an_hour_or_a_day_the_one_before_a_big_step_is_kept() {
    let merge = snap("merge", NOW - 3 * HOUR - 40 * MINUTE, Moment::BeforeMerge);
    let edit = snap("edit", NOW - 3 * HOUR - 5 * MINUTE, Moment::Editing);
    assert_eq!(ids(&thin(&[merge.clone(), edit.clone()], NOW)), ["merge"]);
    // Two before a big step in one day: the newer.
    let day = NOW - 3 * DAY;
    let arrange = snap("arrange", day - 2 * HOUR, Moment::BeforeArrange);
    let import = snap("import", day - HOUR, Moment::BeforeImport);
    let hidden = snap("hidden", day, Moment::PageHidden);
    assert_eq!(ids(&thin(&[arrange, import, hidden], NOW)), ["import"]);
}

#[test]
fn older_than_a_day_one_per_day_and_older_than_thirty_days_none() {
    let day_start = NOW - NOW % DAY;
    let a = snap("two-days-a", day_start - 2 * DAY + HOUR, Moment::Editing);
    let b = snap("two-days-b", day_start - 2 * DAY + 5 * HOUR, Moment::Editing);
    let c = snap("five-days", day_start - 5 * DAY + HOUR, Moment::Editing);
    let last_kept = snap("thirty-less-1ms", NOW - 30 * DAY + 1, Moment::Editing);
    let dropped = snap("thirty", NOW - 30 * DAY, Moment::BeforeMerge);
    let kept = thin(&[dropped, last_kept, c, a, b], NOW);
    assert_eq!(ids(&kept), ["thirty-less-1ms", "five-days", "two-days-b"]);
}

#[test]
fn just_under_a_day_is_still_hourly_and_a_day_old_is_daily() {
    // Just under a day old is hourly; a day old and 29 hours old share a day (2 December).
    let hourly = snap("hourly", NOW - DAY + 1, Moment::Editing);
    let daily = snap("daily", NOW - DAY - 5 * HOUR, Moment::Editing);
    let daily_too = snap("daily-too", NOW - DAY, Moment::Editing);
    let kept = thin(&[daily, daily_too, hourly], NOW);
    assert_eq!(ids(&kept), ["daily-too", "hourly"], "one of the day before, and the hourly one apart");
}

#[test]
fn over_the_budget_the_oldest_go_first_never_the_newest() {
    let shelf: Vec<Snapshot> =
        (0..5).map(|i| Snapshot { bytes: 400, ..snap(&format!("s{i}"), NOW - 50 * MINUTE + i * MINUTE, Moment::Editing) }).collect();
    assert_eq!(ids(&thin_within(&shelf, NOW, 2_000)), ["s0", "s1", "s2", "s3", "s4"], "2,000 bytes fit exactly");
    assert_eq!(ids(&thin_within(&shelf, NOW, 1_999)), ["s1", "s2", "s3", "s4"]);
    assert_eq!(ids(&thin_within(&shelf, NOW, 850)), ["s3", "s4"]);
    let huge = Snapshot { bytes: BUDGET_BYTES * 2, ..snap("huge", NOW, Moment::BeforeMerge) };
    let mut with_huge = shelf.clone();
    with_huge.push(huge);
    assert_eq!(ids(&thin(&with_huge, NOW)), ["huge"], "a board larger than the budget keeps its newest snapshot");
}

#[test]
fn a_snapshot_is_taken_only_when_the_board_changed_since_the_last() {
    let first = take(None, "b-1", "board one", 2, Moment::BeforeArrange, NOW).expect("the first is taken");
    assert_eq!(first.snapshot.moment, Moment::BeforeArrange);
    assert_eq!((first.snapshot.cards, first.snapshot.bytes), (2, 9));
    assert_eq!(first.put[0], (text_key("b-1", &first.snapshot.id), "board one".to_owned()));
    let shelf = first.put[1].1.clone();
    assert_eq!(first.put[1].0, shelf_key("b-1"));
    assert_eq!(take(Some(&shelf), "b-1", "board one", 2, Moment::PageHidden, NOW + 10 * MINUTE), None, "the same board");
    assert_eq!(take(Some(&shelf), "b-1", "board one", 2, Moment::BeforeMerge, NOW + DAY), None, "still the same board");
    let changed = take(Some(&shelf), "b-1", "board two", 3, Moment::PageHidden, NOW + MINUTE).expect("changed, and hidden");
    assert_eq!(shelf_from_json(Some(&changed.put[1].1)).len(), 2);
}

#[test]
fn while_editing_at_most_one_snapshot_per_five_minutes() {
    let first = take(None, "b-1", "v1", 1, Moment::Editing, NOW).expect("the first");
    let shelf = first.put[1].1.clone();
    assert_eq!(take(Some(&shelf), "b-1", "v2", 1, Moment::Editing, NOW + EVERY_MS - 1), None);
    let second = take(Some(&shelf), "b-1", "v2", 1, Moment::Editing, NOW + EVERY_MS).expect("five minutes on");
    assert_eq!(second.snapshot.time, NOW + EVERY_MS);
    // A big step does not wait.
    assert!(take(Some(&shelf), "b-1", "v3", 1, Moment::BeforeMerge, NOW + 1).is_some());
}

#[test]
fn two_snapshots_in_one_millisecond_have_ids_of_their_own() {
    let first = take(None, "b-1", "v1", 1, Moment::BeforeArrange, NOW).unwrap();
    let second = take(Some(&first.put[1].1), "b-1", "v2", 1, Moment::BeforeRestore, NOW).unwrap();
    assert_ne!(first.snapshot.id, second.snapshot.id);
    assert_eq!(shelf_from_json(Some(&second.put[1].1)).len(), 2);
}

#[test]
fn taking_one_removes_the_texts_of_those_thinned_out() {
    let old = vec![snap("old-a", NOW - 3 * HOUR - 40 * MINUTE, Moment::Editing), snap("ancient", NOW - 40 * DAY, Moment::Editing)];
    let taking = take(Some(&shelf_to_json(&old)), "b-7", "now", 1, Moment::Editing, NOW).unwrap();
    assert_eq!(taking.remove, vec![text_key("b-7", "ancient")]);
    assert_eq!(ids(&shelf_from_json(Some(&taking.put[1].1))), ["old-a", &*taking.snapshot.id]);
}

#[test]
fn a_shelf_entry_that_cannot_be_read_is_left_out_not_the_shelf() {
    let text = r#"{"version":1,"snapshots":[{"id":"x"},{"id":"2","time":5,"cards":1,"moment":"before-merge","bytes":3,"fingerprint":9},{"id":"3","time":4,"cards":1,"moment":"someday","bytes":3,"fingerprint":9}]}"#;
    assert_eq!(ids(&shelf_from_json(Some(text))), ["2"]);
    assert!(shelf_from_json(Some("not json")).is_empty());
    assert!(shelf_from_json(Some("[]")).is_empty());
}

#[test]
fn in_a_storage_snapshots_are_listed_newest_first_and_forgotten_with_the_board() {
    let storage = MemoryStorage::new();
    assert_eq!(record(&storage, "b-1", "one", 1, Moment::BeforeArrange, NOW), Ok(listed(&storage, "b-1").first().cloned()));
    record(&storage, "b-1", "two", 2, Moment::PageHidden, NOW + MINUTE).unwrap();
    record(&storage, "b-2", "other", 5, Moment::BeforeMerge, NOW).unwrap();
    let list = listed(&storage, "b-1");
    assert_eq!(list.iter().map(|s| (s.cards, s.moment)).collect::<Vec<_>>(), [(2, Moment::PageHidden), (1, Moment::BeforeArrange)]);
    assert_eq!(storage.get(&text_key("b-1", &list[1].id)), Ok(Some("one".to_owned())));
    forget(&storage, "b-1");
    assert!(listed(&storage, "b-1").is_empty());
    assert_eq!(storage.raw_keys(), vec![shelf_key("b-2"), text_key("b-2", &NOW.to_string())], "only the other board's are left");
}

#[test]
fn a_full_storage_refuses_the_snapshot_and_leaves_the_shelf_as_it_was() {
    let storage = MemoryStorage::new();
    record(&storage, "b-1", "one", 1, Moment::BeforeArrange, NOW).unwrap();
    let before = storage.raw_keys();
    storage.fill_up();
    assert_eq!(record(&storage, "b-1", "a longer board", 1, Moment::BeforeMerge, NOW + 1), Err(SaveError::Full));
    assert_eq!(storage.raw_keys(), before, "no text left without its shelf entry");
    assert_eq!(listed(&storage, "b-1").len(), 1);
}

#[test]
fn when_a_snapshot_was_taken_reads_as_today_yesterday_or_a_date_in_local_time() {
    let (nl, en) = (Lang::Nl.timeline(), Lang::En.timeline());
    // 09:00 UTC is 10:00 in Amsterdam in winter (60 minutes ahead).
    assert_eq!(nl.when(NOW - 18 * MINUTE, 60, NOW, 60), "vandaag 9:42");
    assert_eq!(en.when(NOW - 18 * MINUTE, 0, NOW, 0), "today 8:42");
    // 23:30 UTC the day before is 00:30 today in Amsterdam.
    let late = NOW - 9 * HOUR - 30 * MINUTE;
    assert_eq!(nl.when(late, 60, NOW, 60), "vandaag 0:30");
    assert_eq!(nl.when(late, 0, NOW, 0), "gisteren 23:30");
    assert_eq!(en.when(NOW - 3 * DAY, 0, NOW, 0), "30 Nov 9:00");
    assert_eq!(nl.when(NOW - 3 * DAY, 0, NOW, 0), "30 nov 9:00");
    assert_eq!(nl.when(NOW - 400 * DAY, 0, NOW, 0), "29 okt 2025 9:00");
}

#[test]
fn what_happened_and_the_cards_read_in_both_languages() {
    assert_eq!(Lang::Nl.timeline().moment(Moment::BeforeMerge), "Voor samenvoegen");
    assert_eq!(Lang::En.timeline().moment(Moment::PageHidden), "Page hidden");
    assert_eq!(Lang::Nl.timeline().card_count(Lang::Nl, 1), "1 kaart");
    assert_eq!(Lang::En.timeline().card_count(Lang::En, 12), "12 cards");
}

#[test]
fn a_shelf_written_reads_back_the_same_whatever_happened() {
    let moments = [
        Moment::Editing,
        Moment::PageHidden,
        Moment::BeforeImport,
        Moment::BeforeMerge,
        Moment::BeforeArrange,
        Moment::BeforeShareLink,
        Moment::BeforeExample,
        Moment::BeforeRestore,
    ];
    let shelf: Vec<Snapshot> = moments.iter().enumerate().map(|(i, m)| snap(&format!("s{i}"), NOW + i as u64, *m)).collect();
    assert_eq!(shelf_from_json(Some(&shelf_to_json(&shelf))), shelf);
}
