//! Snapshots: a board's history, kept at the moments that matter. A
//! snapshot holds the board's file as the store saved it, with when it was
//! taken, its number of cards and what happened ([`Moment`]). Here: when a
//! snapshot is worth taking ([`wanted`], only when the board changed since
//! the last one), which are kept as they age ([`thin`]: every one of the
//! last hour, one an hour for the last day, one a day for the last month),
//! the size budget per board ([`BUDGET_BYTES`]), and how they are laid
//! out in a key-value storage: per board one small shelf listing them,
//! and each snapshot's text under a key of its own, read only when asked.

use serde::Serialize;
use serde_json::Value;

use super::key_value::{KeyValue, SaveError};

const MINUTE: u64 = 60_000;
const HOUR: u64 = 60 * MINUTE;
const DAY: u64 = 24 * HOUR;

/// While the board changes, at most one snapshot this often (5 minutes).
pub const EVERY_MS: u64 = 5 * MINUTE;
/// Every snapshot younger than this (an hour) is kept.
pub const KEEP_ALL_MS: u64 = HOUR;
/// Up to this age (a day), one snapshot an hour is kept.
pub const HOURLY_MS: u64 = DAY;
/// Up to this age (30 days), one snapshot a day is kept; older ones go.
pub const DAILY_MS: u64 = 30 * DAY;
/// The most bytes of board text a board's snapshots may take together
/// (10 MB): beyond it, the oldest go first, never the newest.
pub const BUDGET_BYTES: usize = 10 * 1024 * 1024;

/// What happened when a snapshot was taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Moment {
    /// A few minutes into editing (at most every [`EVERY_MS`]).
    Editing,
    /// The page was hidden or closed.
    PageHidden,
    /// Before cards from a spreadsheet came in.
    BeforeImport,
    /// Before a file was merged into the board.
    BeforeMerge,
    /// Before the board was arranged.
    BeforeArrange,
    /// Before a shared link replaced the board.
    BeforeShareLink,
    /// Before the example replaced the board.
    BeforeExample,
    /// Before an earlier snapshot was put back.
    BeforeRestore,
}

impl Moment {
    const ALL: [(Moment, &'static str); 8] = [
        (Moment::Editing, "editing"),
        (Moment::PageHidden, "page-hidden"),
        (Moment::BeforeImport, "before-import"),
        (Moment::BeforeMerge, "before-merge"),
        (Moment::BeforeArrange, "before-arrange"),
        (Moment::BeforeShareLink, "before-share-link"),
        (Moment::BeforeExample, "before-example"),
        (Moment::BeforeRestore, "before-restore"),
    ];

    /// The moment a shelf names (as serde writes it).
    fn named(name: &str) -> Option<Moment> {
        Moment::ALL.iter().find(|(_, n)| *n == name).map(|(m, _)| *m)
    }

    /// Whether it was taken just before a step that changes much of the
    /// board at once: the board as it was before is worth most.
    pub fn before_a_big_step(self) -> bool {
        !matches!(self, Moment::Editing | Moment::PageHidden)
    }
}

/// One snapshot as its board's shelf lists it; the text is kept apart.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Snapshot {
    /// Unique within its board: the time, with a number after it when two
    /// fell in the same millisecond.
    pub id: String,
    /// Milliseconds since the Unix epoch.
    pub time: u64,
    pub cards: usize,
    pub moment: Moment,
    /// The length of its text, in bytes.
    pub bytes: usize,
    /// [`fingerprint`] of its text: whether the board changed since.
    pub fingerprint: u64,
}

/// A text's fingerprint (64-bit FNV-1a): two texts with the same
/// fingerprint are taken to be the same board.
pub fn fingerprint(text: &str) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// Where a board's shelf is kept.
pub fn shelf_key(board: &str) -> String {
    format!("shelf:{board}")
}

/// Where one snapshot's text is kept.
pub fn text_key(board: &str, id: &str) -> String {
    format!("text:{board}:{id}")
}

#[derive(Serialize)]
struct ShelfFile<'a> {
    version: u32,
    snapshots: &'a [Snapshot],
}

/// A shelf's snapshots, oldest first, as text.
pub fn shelf_to_json(snapshots: &[Snapshot]) -> String {
    super::json_text::write(&ShelfFile { version: 1, snapshots }, false)
}

/// The snapshots a shelf's text lists, oldest first. An entry that cannot
/// be read is left out, never the whole shelf; no text, or text that is
/// not a shelf, lists none.
pub fn shelf_from_json(text: Option<&str>) -> Vec<Snapshot> {
    let Some(v) = text.and_then(|t| serde_json::from_str::<Value>(t).ok()) else { return Vec::new() };
    let Some(list) = v.get("snapshots").and_then(Value::as_array) else { return Vec::new() };
    let read = |s: &Value| {
        let number = |name: &str| s.get(name).and_then(Value::as_u64);
        Some(Snapshot {
            id: s.get("id")?.as_str()?.to_owned(),
            time: number("time")?,
            cards: usize::try_from(number("cards")?).ok()?,
            moment: Moment::named(s.get("moment")?.as_str()?)?,
            bytes: usize::try_from(number("bytes")?).ok()?,
            fingerprint: number("fingerprint")?,
        })
    };
    // Written oldest first; a list out of order (a clock put back) is
    // thinned as it stands, never sorted: each sort is code of its own.
    list.iter().filter_map(read).collect()
}

/// Whether a snapshot taken `at` for `moment` is worth taking, time-wise,
/// given the shelf (oldest first): while editing, only when the last
/// snapshot is [`EVERY_MS`] old; at any other moment, always. (Whether
/// the board changed since the last one is [`take`]'s to see.)
pub fn wanted(shelf: &[Snapshot], moment: Moment, at: u64) -> bool {
    match (moment, shelf.last()) {
        (Moment::Editing, Some(last)) => at.saturating_sub(last.time) >= EVERY_MS,
        _ => true,
    }
}

/// The snapshots to keep of `shelf` (oldest first) at `now`, oldest first:
/// every one younger than an hour; of those up to a day old, one per hour
/// of the clock; of those up to 30 days old, one per day (UTC); none older.
/// Within an hour or a day, the one kept is the newest taken before a big
/// step (an import, a merge, an arrange, a shared link, a restore), else
/// the newest. Then, while the texts together are over [`BUDGET_BYTES`],
/// the oldest goes, but never the newest snapshot.
pub fn thin(shelf: &[Snapshot], now: u64) -> Vec<Snapshot> {
    thin_within(shelf, now, BUDGET_BYTES)
}

/// [`thin`] with a budget of `budget` bytes.
pub fn thin_within(shelf: &[Snapshot], now: u64, budget: usize) -> Vec<Snapshot> {
    // Each (span, bucket) with the index of the snapshot kept for it: a
    // few dozen at most, so a list.
    let mut buckets: Vec<((u8, u64), usize)> = Vec::new();
    let mut keep = vec![false; shelf.len()];
    for (i, s) in shelf.iter().enumerate() {
        let age = now.saturating_sub(s.time);
        let bucket = if age < KEEP_ALL_MS {
            keep[i] = true;
            continue;
        } else if age < HOURLY_MS {
            (1, s.time / HOUR)
        } else if age < DAILY_MS {
            (2, s.time / DAY)
        } else {
            continue;
        };
        let better = |old: &Snapshot| {
            let (a, b) = (s.moment.before_a_big_step(), old.moment.before_a_big_step());
            (a, s.time) >= (b, old.time)
        };
        match buckets.iter_mut().find(|(b, _)| *b == bucket) {
            Some((_, old)) if better(&shelf[*old]) => *old = i,
            Some(_) => {}
            None => buckets.push((bucket, i)),
        }
    }
    for (_, i) in buckets {
        keep[i] = true;
    }
    let mut kept: Vec<Snapshot> = shelf.iter().zip(keep).filter(|(_, k)| *k).map(|(s, _)| s.clone()).collect();
    let mut total: usize = kept.iter().map(|s| s.bytes).sum();
    let mut oldest = 0;
    while total > budget && kept.len() - oldest > 1 {
        total -= kept[oldest].bytes;
        oldest += 1;
    }
    kept.drain(..oldest);
    kept
}

/// What taking a snapshot writes: the snapshot, the texts to put under
/// their keys (its own text first, then the shelf) and the keys to remove
/// (the texts of the snapshots thinned out).
#[derive(Clone, Debug, PartialEq)]
pub struct Taking {
    pub snapshot: Snapshot,
    pub put: Vec<(String, String)>,
    pub remove: Vec<String>,
}

/// A snapshot of board `board` with file `text` and `cards` cards, taken
/// `now` for `moment`, against its shelf's text: `None` when it is not
/// [`wanted`] or the board is the same as in the last snapshot. The new
/// shelf is thinned ([`thin`]).
pub fn take(shelf: Option<&str>, board: &str, text: &str, cards: usize, moment: Moment, now: u64) -> Option<Taking> {
    let mut snapshots = shelf_from_json(shelf);
    let print = fingerprint(text);
    if !wanted(&snapshots, moment, now) || snapshots.last().is_some_and(|s| s.fingerprint == print) {
        return None;
    }
    let taken = |id: &str| snapshots.iter().any(|s| s.id == id);
    let id = (0..).map(|n| if n == 0 { now.to_string() } else { format!("{now}-{n}") }).find(|id| !taken(id))?;
    let snapshot = Snapshot { id, time: now, cards, moment, bytes: text.len(), fingerprint: print };
    snapshots.push(snapshot.clone());
    let kept = thin(&snapshots, now);
    let remove = snapshots.iter().filter(|s| !kept.iter().any(|k| k.id == s.id)).map(|s| text_key(board, &s.id)).collect();
    let put = vec![(text_key(board, &snapshot.id), text.to_owned()), (shelf_key(board), shelf_to_json(&kept))];
    Some(Taking { snapshot, put, remove })
}

/// The keys a board's snapshots take, to remove with the board.
pub fn keys_of(shelf: Option<&str>, board: &str) -> Vec<String> {
    let mut keys: Vec<String> = shelf_from_json(shelf).iter().map(|s| text_key(board, &s.id)).collect();
    keys.push(shelf_key(board));
    keys
}

/// Takes a snapshot (see [`take`]) in `storage`: the text, then the shelf,
/// then the texts thinned out are removed. The snapshot taken, if any. A
/// refused write leaves the shelf as it was.
pub fn record(storage: &dyn KeyValue, board: &str, text: &str, cards: usize, moment: Moment, now: u64) -> Result<Option<Snapshot>, SaveError> {
    let shelf = storage.get(&shelf_key(board))?;
    let Some(taking) = take(shelf.as_deref(), board, text, cards, moment, now) else { return Ok(None) };
    for (key, text) in &taking.put {
        if let Err(e) = storage.set(key, text) {
            let _ = storage.remove(&text_key(board, &taking.snapshot.id));
            return Err(e);
        }
    }
    for key in &taking.remove {
        let _ = storage.remove(key);
    }
    Ok(Some(taking.snapshot))
}

/// A board's snapshots in `storage`, newest first.
pub fn listed(storage: &dyn KeyValue, board: &str) -> Vec<Snapshot> {
    let mut list = shelf_from_json(storage.get(&shelf_key(board)).ok().flatten().as_deref());
    list.reverse();
    list
}

/// Removes a board's snapshots from `storage`.
pub fn forget(storage: &dyn KeyValue, board: &str) {
    let shelf = storage.get(&shelf_key(board)).ok().flatten();
    for key in keys_of(shelf.as_deref(), board) {
        let _ = storage.remove(&key);
    }
}
