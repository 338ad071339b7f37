//! Messages of a board's history: the timeline of its snapshots, what
//! happened when each was taken, when that was in words ("vandaag 10:42"),
//! and what restoring one says.

use super::{fill, Lang};
use crate::core::snapshots::Moment;

#[derive(Debug)]
pub struct TimelineTexts {
    /// The menu's button, and the dialog's title.
    pub open: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub loading: &'static str,
    pub none: &'static str,
    pub unavailable: &'static str,
    pub list_failed: &'static str,
    pub unreadable: &'static str,
    pub choose: &'static str,
    pub preview_of: &'static str,
    pub one_card: &'static str,
    pub cards: &'static str,
    pub restore: &'static str,
    pub restore_new: &'static str,
    pub restored: &'static str,
    pub restored_new: &'static str,
    pub new_title: &'static str,
    pub today: &'static str,
    pub yesterday: &'static str,
    pub date: &'static str,
    pub date_year: &'static str,
    pub months: [&'static str; 12],
    pub editing: &'static str,
    pub page_hidden: &'static str,
    pub before_import: &'static str,
    pub before_merge: &'static str,
    pub before_arrange: &'static str,
    pub before_share_link: &'static str,
    pub before_example: &'static str,
    pub before_restore: &'static str,
}

static EN: TimelineTexts = TimelineTexts {
    open: "History",
    title: "History of this board",
    intro: "Snapshots are kept by themselves: every few minutes while you edit, when the page is hidden, and before a big step. Choose one to see it.",
    loading: "Reading the snapshots…",
    none: "No snapshots of this board yet. The first is kept a few minutes into editing, or before a big step.",
    unavailable: "This browser keeps no snapshots: it does not let the app use IndexedDB.",
    list_failed: "The snapshots could not be read from this browser's storage.",
    unreadable: "This snapshot cannot be read; the board stays as it is.",
    choose: "Choose a snapshot to see it here.",
    preview_of: "The board as it was {when}",
    one_card: "1 card",
    cards: "{n} cards",
    restore: "Restore to this board",
    restore_new: "Open as a new board",
    restored: "The board is back as it was {when}. Undo takes you back.",
    restored_new: "The board as it was {when} is open as the new board “{title}”.",
    new_title: "{title} ({when})",
    today: "today {time}",
    yesterday: "yesterday {time}",
    date: "{day} {month} {time}",
    date_year: "{day} {month} {year} {time}",
    months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    editing: "While editing",
    page_hidden: "Page hidden",
    before_import: "Before cards came in",
    before_merge: "Before merge",
    before_arrange: "Before arranging",
    before_share_link: "Before a shared link",
    before_example: "Before the example",
    before_restore: "Before restore",
};

static NL: TimelineTexts = TimelineTexts {
    open: "Geschiedenis",
    title: "Geschiedenis van dit bord",
    intro: "Momentopnamen worden vanzelf bewaard: om de paar minuten tijdens het bewerken, als de pagina verborgen wordt, en vóór een grote stap. Kies er een om hem te bekijken.",
    loading: "De momentopnamen worden gelezen…",
    none: "Nog geen momentopnamen van dit bord. De eerste wordt bewaard na een paar minuten bewerken, of vóór een grote stap.",
    unavailable: "Deze browser bewaart geen momentopnamen: hij laat de app IndexedDB niet gebruiken.",
    list_failed: "De momentopnamen konden niet uit de opslag van deze browser worden gelezen.",
    unreadable: "Deze momentopname kan niet worden gelezen; het bord blijft zoals het is.",
    choose: "Kies een momentopname om hem hier te zien.",
    preview_of: "Het bord zoals het was {when}",
    one_card: "1 kaart",
    cards: "{n} kaarten",
    restore: "Terugzetten op dit bord",
    restore_new: "Openen als nieuw bord",
    restored: "Het bord is terug zoals het was {when}. Ongedaan maken brengt je terug.",
    restored_new: "Het bord zoals het was {when} is geopend als het nieuwe bord “{title}”.",
    new_title: "{title} ({when})",
    today: "vandaag {time}",
    yesterday: "gisteren {time}",
    date: "{day} {month} {time}",
    date_year: "{day} {month} {year} {time}",
    months: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
    editing: "Tijdens bewerken",
    page_hidden: "Pagina verborgen",
    before_import: "Voor het inlezen van kaarten",
    before_merge: "Voor samenvoegen",
    before_arrange: "Voor ordenen",
    before_share_link: "Voor een gedeelde link",
    before_example: "Voor het voorbeeld",
    before_restore: "Voor terugzetten",
};

impl Lang {
    pub fn timeline(self) -> &'static TimelineTexts {
        match self {
            Lang::En => &EN,
            Lang::Nl => &NL,
        }
    }
}

const MINUTE_MS: i64 = 60_000;
const DAY_MS: i64 = 24 * 60 * MINUTE_MS;

/// The civil date (year, month 1–12, day) of a day counted from 1 January
/// 1970 (the days-from-civil algorithm, run backwards).
fn civil(days: i64) -> (i64, usize, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month as usize, day)
}

impl TimelineTexts {
    /// What happened, in words.
    pub fn moment(&self, moment: Moment) -> &'static str {
        match moment {
            Moment::Editing => self.editing,
            Moment::PageHidden => self.page_hidden,
            Moment::BeforeImport => self.before_import,
            Moment::BeforeMerge => self.before_merge,
            Moment::BeforeArrange => self.before_arrange,
            Moment::BeforeShareLink => self.before_share_link,
            Moment::BeforeExample => self.before_example,
            Moment::BeforeRestore => self.before_restore,
        }
    }

    /// A number of cards in words.
    pub fn card_count(&self, lang: Lang, n: usize) -> String {
        if n == 1 {
            self.one_card.to_owned()
        } else {
            fill(self.cards, &[("n", &lang.whole_number(n))])
        }
    }

    /// When `time` was, seen from `now` (both milliseconds since the Unix
    /// epoch), in local time: `offset` and `now_offset` are the minutes
    /// local time was ahead of UTC then and is now. "today 10:42",
    /// "yesterday 16:03", else the date ("3 Dec 10:42"), with the year
    /// when it is not this year's.
    pub fn when(&self, time: u64, offset: i32, now: u64, now_offset: i32) -> String {
        let local = |ms: u64, offset: i32| i64::try_from(ms).unwrap_or(i64::MAX / 2) + i64::from(offset) * MINUTE_MS;
        let (then, today) = (local(time, offset), local(now, now_offset));
        let (day, this_day) = (then.div_euclid(DAY_MS), today.div_euclid(DAY_MS));
        let minutes = then.rem_euclid(DAY_MS) / MINUTE_MS;
        let clock = format!("{}:{:02}", minutes / 60, minutes % 60);
        match this_day - day {
            0 => fill(self.today, &[("time", &clock)]),
            1 => fill(self.yesterday, &[("time", &clock)]),
            _ => {
                let (year, month, d) = civil(day);
                let month_name = self.months[month - 1];
                let values = [("day", d.to_string()), ("month", month_name.to_owned()), ("year", year.to_string()), ("time", clock)];
                let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
                let same_year = civil(this_day).0 == year;
                fill(if same_year { self.date } else { self.date_year }, &values)
            }
        }
    }
}
