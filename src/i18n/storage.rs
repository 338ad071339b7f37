//! Messages for keeping boards safe: the board list, saving and its
//! warnings, opening and merging files, and what a file needed repaired.

use super::{fill, Lang};
use crate::core::file::{
    CardDropReason, Expected, Found, ImportError, LinkDropReason, NameOf, PartyRefField, Problem, Repair, MAX_EDITED,
};

#[derive(Debug)]
pub struct StorageTexts {
    // The board list.
    pub boards: &'static str,
    pub boards_title: &'static str,
    pub new_board: &'static str,
    pub open_board: &'static str,
    pub open_now: &'static str,
    pub rename: &'static str,
    pub rename_label: &'static str,
    pub save_name: &'static str,
    pub duplicate: &'static str,
    pub delete: &'static str,
    pub close: &'static str,
    pub untitled: &'static str,
    pub copy_of: &'static str,
    pub changed_at: &'static str,
    pub unreadable_board: &'static str,
    pub download_text: &'static str,
    pub deleted_boards: &'static str,
    pub restore: &'static str,
    pub deleted: &'static str,
    pub undo: &'static str,
    pub restored: &'static str,
    pub opened_board: &'static str,
    // Saving.
    pub saved: &'static str,
    pub saving: &'static str,
    pub not_saved: &'static str,
    pub in_memory: &'static str,
    pub save_state: &'static str,
    pub full_warning: &'static str,
    pub export_now: &'static str,
    pub room_again: &'static str,
    pub unavailable_warning: &'static str,
    pub corrupt: &'static str,
    pub download_unreadable: &'static str,
    pub index_rebuilt: &'static str,
    pub index_not_kept: &'static str,
    // One tab edits a board at a time.
    pub held_elsewhere: &'static str,
    pub watching: &'static str,
    pub edit_here: &'static str,
    pub taking_over: &'static str,
    pub editing_here: &'static str,
    pub newer_elsewhere: &'static str,
    pub reload: &'static str,
    pub deleted_elsewhere: &'static str,
    // Where the boards are kept.
    pub kept_here: &'static str,
    pub kept_until_deleted: &'static str,
    pub may_be_cleared: &'static str,
    pub keep_a_copy: &'static str,
    pub kept_in_memory: &'static str,
    pub conflict_copy: &'static str,
    pub other_tab_title: &'static str,
    pub dismiss: &'static str,
    // Opening and merging files.
    pub merge_file: &'static str,
    pub drop_here: &'static str,
    pub opened_new: &'static str,
    pub repaired_title: &'static str,
    pub merge_title: &'static str,
    pub merge_adds: &'static str,
    pub merge_changes: &'static str,
    pub merge_keeps: &'static str,
    pub merge_skips: &'static str,
    pub merge_nothing: &'static str,
    pub differences: &'static str,
    pub this_board: &'static str,
    pub in_file: &'static str,
    pub wins: &'static str,
    pub merge: &'static str,
    pub open_as_new: &'static str,
    pub cancel: &'static str,
    pub merged: &'static str,
    pub merge_report_title: &'static str,
    pub item_title: &'static str,
    pub item_challenge: &'static str,
    pub item_party: &'static str,
    pub item_card: &'static str,
    pub item_link: &'static str,
    pub report: &'static str,
    // Repairs.
    pub repair_duplicate_id: &'static str,
    pub repair_card_unknown_kind: &'static str,
    pub repair_card_extra_ambition: &'static str,
    pub repair_card_no_party: &'static str,
    pub repair_ambition_added: &'static str,
    pub repair_party_added: &'static str,
    pub repair_colour: &'static str,
    pub repair_coordinates: &'static str,
    pub repair_card_party: &'static str,
    pub repair_party_refs: &'static str,
    pub repair_link_missing_card: &'static str,
    pub repair_link_to_itself: &'static str,
    pub repair_link_twice: &'static str,
    pub repair_link_reversed: &'static str,
    pub repair_board_id: &'static str,
    // Why a field refuses a file: a problem, what was expected, what was found.
    pub problem_missing: &'static str,
    pub problem_empty_id: &'static str,
    pub problem_not_whole: &'static str,
    pub problem_below_one: &'static str,
    pub problem_expected: &'static str,
    pub problem_unknown_name: &'static str,
    pub problem_no_migration: &'static str,
    pub problem_unreadable: &'static str,
    pub expected_object: &'static str,
    pub expected_text: &'static str,
    pub expected_number: &'static str,
    pub expected_list: &'static str,
    pub expected_party_ids: &'static str,
    pub expected_milliseconds: &'static str,
    pub expected_milliseconds_in_range: &'static str,
    pub expected_dots: &'static str,
    pub expected_name: &'static str,
    pub expected_commitments: &'static str,
    pub name_card_kind: &'static str,
    pub name_status: &'static str,
    pub name_commitment: &'static str,
    pub found_null: &'static str,
    pub found_true: &'static str,
    pub found_false: &'static str,
    pub found_number: &'static str,
    pub found_text: &'static str,
    pub found_long_text: &'static str,
    pub found_list: &'static str,
    pub found_object: &'static str,
}

pub static EN: StorageTexts = StorageTexts {
    boards: "Boards",
    boards_title: "Boards in this browser",
    new_board: "New board",
    open_board: "Open",
    open_now: "open now",
    rename: "Rename",
    rename_label: "New name for “{title}”",
    save_name: "Save name",
    duplicate: "Duplicate",
    delete: "Delete",
    close: "Close",
    untitled: "Untitled board",
    copy_of: "Copy of {title}",
    changed_at: "Changed {time}",
    unreadable_board: "Cannot be read: its saved text is kept and can be downloaded.",
    download_text: "Download its text",
    deleted_boards: "Deleted boards",
    restore: "Restore",
    deleted: "“{title}” was deleted.",
    undo: "Undo",
    restored: "“{title}” is back.",
    opened_board: "“{title}” is open.",
    saved: "Saved",
    saving: "Saving…",
    not_saved: "Not saved",
    in_memory: "In memory only",
    save_state: "Saving state",
    full_warning: "The browser's storage is full: changes are not being saved. The last save is kept as it was. Export the board to keep your work.",
    export_now: "Export the board",
    room_again: "There is room again: changes are being saved.",
    unavailable_warning: "This browser does not let the app save (storage is off or blocked). The board works in memory only and is lost when the tab closes: export it to keep it.",
    corrupt: "The board “{title}” saved in this browser could not be read: {reason} Its text was not overwritten and is kept aside; the other boards open normally.",
    download_unreadable: "Download the unreadable text",
    index_rebuilt: "The list of boards could not be read; it was rebuilt from the boards themselves. No board was lost.",
    index_not_kept: "The list of boards could not be read; it was rebuilt from the boards themselves, and no board was lost. There is no room to keep a copy of the old list, so it stays as it was until there is.",
    held_elsewhere: "This board is being edited in another tab: this one only shows it, and nothing was changed. Choose “Edit here instead” to edit it in this tab.",
    watching: "Read-only: this board is being edited in another tab.",
    edit_here: "Edit here instead",
    taking_over: "The other tab is saving and handing the board over…",
    editing_here: "This tab edits the board now.",
    newer_elsewhere: "A newer version of Ambition Map saved this board. Reload the page to go on editing; nothing was changed here.",
    reload: "Reload",
    kept_here: "Your boards are kept only in this browser, on this device; nothing is sent anywhere.",
    kept_until_deleted: "The browser keeps them until you delete them.",
    may_be_cleared: "The browser may clear them when the disk fills up or the site goes unused for a while: install the app (from the browser's menu) or export your boards to keep them safe.",
    keep_a_copy: "Export your boards to keep a copy elsewhere.",
    kept_in_memory: "This browser does not let the app save: the boards are kept only until this page is closed. Export them to keep them.",
    deleted_elsewhere: "“{title}” was deleted in another tab. This tab shows another board; restore it to go on with it.",
    conflict_copy: "This board was changed in another tab while it had unsaved changes here. The other tab's version was kept as the board “{title}”; this tab's version stays open.",
    other_tab_title: "{title} (other tab)",
    dismiss: "Dismiss",
    merge_file: "Merge a file",
    drop_here: "Drop a board file to open it as a new board",
    opened_new: "Opened “{name}” as a new board. The other boards are unchanged.",
    repaired_title: "To open “{name}”, some items were repaired:",
    merge_title: "Merge “{file}” into “{board}”?",
    merge_adds: "Added: parties {parties}, cards {cards}, links {links}.",
    merge_changes: "Changed to the file's version, edited more recently there: {n}.",
    merge_keeps: "Kept as on this board, edited more recently here: {n}. The file's version stays visible in the merge report.",
    merge_skips: "Left out, because they cannot join this board: {n}.",
    merge_nothing: "The file adds nothing new to this board.",
    differences: "Items that differ",
    this_board: "On this board",
    in_file: "In the file",
    wins: "used",
    merge: "Merge",
    open_as_new: "Open as a new board instead",
    cancel: "Cancel",
    merged: "“{file}” is merged into this board. Undo takes the whole merge back.",
    merge_report_title: "Merge report: “{file}”",
    item_title: "Title",
    item_challenge: "Shared challenge",
    item_party: "Party",
    item_card: "Card",
    item_link: "Link",
    report: "Report",
    repair_duplicate_id: "{path}: the id “{old}” was already taken; it is now “{new}”.",
    repair_card_unknown_kind: "{path}: the card “{text}” has a kind this version does not know (“{kind}”) and was left out.",
    repair_card_extra_ambition: "{path}: a second ambition card (“{text}”) was left out; a board has one ambition.",
    repair_card_no_party: "{path}: the card “{text}” belongs to no party and was left out.",
    repair_ambition_added: "board.cards: there was no ambition card; an empty one was added.",
    repair_party_added: "{path}: the party “{party}” did not exist; it was added.",
    repair_colour: "{path}: “{was}” is not a colour; {now} is used instead.",
    repair_coordinates: "{path}: the card's position or size was out of range and was brought within it.",
    repair_card_party: "{path}.party: no such party; removed.",
    repair_party_refs: "{path}.{field}: parties that are not on the board, or named twice, were removed.",
    repair_link_missing_card: "{path}: the link to the card “{card}”, which does not exist, was left out.",
    repair_link_to_itself: "{path}: a link from a card to itself was left out.",
    repair_link_twice: "{path}: a second link between the same two cards was left out.",
    repair_link_reversed: "{path}: the link pointed against its meaning and was turned round.",
    repair_board_id: "board.id: “{was}” is not a usable id; the board counts as a new one.",
    problem_missing: "missing",
    problem_empty_id: "must not be empty",
    problem_not_whole: "must be a whole number",
    problem_below_one: "must be 1 or more",
    problem_expected: "expected {expected}, found {found}",
    problem_unknown_name: "unknown {name} {found} (expected one of {names})",
    problem_no_migration: "files of version {version} cannot be read by this version of the app",
    problem_unreadable: "cannot be read",
    expected_object: "an object",
    expected_text: "a string",
    expected_number: "a number",
    expected_list: "a list",
    expected_party_ids: "a list of party ids",
    expected_milliseconds: "a whole number of milliseconds",
    expected_milliseconds_in_range: "a whole number of milliseconds from 0 to {max}",
    expected_dots: "a whole number of dots",
    expected_name: "a {name} ({names})",
    expected_commitments: "an object from party id to commitment",
    name_card_kind: "card kind",
    name_status: "status",
    name_commitment: "commitment",
    found_null: "null",
    found_true: "true",
    found_false: "false",
    found_number: "the number {number}",
    found_text: "the string {text}",
    found_long_text: "a long string",
    found_list: "a list",
    found_object: "an object",
};

pub static NL: StorageTexts = StorageTexts {
    boards: "Borden",
    boards_title: "Borden in deze browser",
    new_board: "Nieuw bord",
    open_board: "Openen",
    open_now: "nu open",
    rename: "Naam wijzigen",
    rename_label: "Nieuwe naam voor “{title}”",
    save_name: "Naam bewaren",
    duplicate: "Dupliceren",
    delete: "Verwijderen",
    close: "Sluiten",
    untitled: "Naamloos bord",
    copy_of: "Kopie van {title}",
    changed_at: "Gewijzigd {time}",
    unreadable_board: "Kan niet gelezen worden: de bewaarde tekst blijft bewaard en is te downloaden.",
    download_text: "Tekst downloaden",
    deleted_boards: "Verwijderde borden",
    restore: "Terugzetten",
    deleted: "“{title}” is verwijderd.",
    undo: "Ongedaan maken",
    restored: "“{title}” is terug.",
    opened_board: "“{title}” is geopend.",
    saved: "Opgeslagen",
    saving: "Opslaan…",
    not_saved: "Niet opgeslagen",
    in_memory: "Alleen in het geheugen",
    save_state: "Opslagstatus",
    full_warning: "De opslag van de browser is vol: wijzigingen worden niet opgeslagen. De laatste opslag blijft zoals hij was. Exporteer het bord om je werk te bewaren.",
    export_now: "Bord exporteren",
    room_again: "Er is weer ruimte: wijzigingen worden opgeslagen.",
    unavailable_warning: "Deze browser laat de app niet opslaan (opslag staat uit of is geblokkeerd). Het bord werkt alleen in het geheugen en is weg als het tabblad sluit: exporteer het om het te bewaren.",
    corrupt: "Het bord “{title}” dat in deze browser bewaard was kon niet gelezen worden: {reason} De tekst is niet overschreven en apart bewaard; de andere borden openen gewoon.",
    download_unreadable: "Onleesbare tekst downloaden",
    index_rebuilt: "De lijst met borden kon niet gelezen worden; hij is opnieuw opgebouwd uit de borden zelf. Er is geen bord verloren.",
    index_not_kept: "De lijst met borden kon niet gelezen worden; hij is opnieuw opgebouwd uit de borden zelf en er is geen bord verloren. Er is geen ruimte om de oude lijst apart te bewaren; hij blijft staan zoals hij was tot er ruimte is.",
    held_elsewhere: "Dit bord wordt in een ander tabblad bewerkt: dit tabblad toont het alleen, en er is niets veranderd. Kies ‘Hier bewerken’ om het in dit tabblad te bewerken.",
    watching: "Alleen lezen: dit bord wordt in een ander tabblad bewerkt.",
    edit_here: "Hier bewerken",
    taking_over: "Het andere tabblad slaat op en geeft het bord vrij…",
    editing_here: "Dit tabblad bewerkt het bord nu.",
    newer_elsewhere: "Een nieuwere versie van Ambitiekaart heeft dit bord opgeslagen. Herlaad de pagina om verder te werken; hier is niets veranderd.",
    reload: "Herladen",
    kept_here: "Je borden staan alleen in deze browser, op dit apparaat; er wordt niets verstuurd.",
    kept_until_deleted: "De browser bewaart ze tot je ze verwijdert.",
    may_be_cleared: "De browser mag ze wissen als de schijf vol raakt of als de site een tijd niet gebruikt wordt: installeer de app (via het menu van de browser) of exporteer je borden om ze veilig te bewaren.",
    keep_a_copy: "Exporteer je borden om er elders een kopie van te hebben.",
    kept_in_memory: "Deze browser laat de app niet opslaan: de borden blijven alleen tot deze pagina gesloten wordt. Exporteer ze om ze te bewaren.",
    deleted_elsewhere: "‘{title}’ is in een ander tabblad verwijderd. Dit tabblad toont een ander bord; zet het terug om ermee verder te gaan.",
    conflict_copy: "Dit bord is in een ander tabblad gewijzigd terwijl het hier niet-opgeslagen wijzigingen had. De versie van het andere tabblad is bewaard als het bord “{title}”; de versie van dit tabblad blijft open.",
    other_tab_title: "{title} (ander tabblad)",
    dismiss: "Sluiten",
    merge_file: "Bestand samenvoegen",
    drop_here: "Laat een bordbestand los om het als nieuw bord te openen",
    opened_new: "“{name}” geopend als nieuw bord. De andere borden zijn niet veranderd.",
    repaired_title: "Om “{name}” te openen is een en ander hersteld:",
    merge_title: "“{file}” samenvoegen met “{board}”?",
    merge_adds: "Toegevoegd: partijen {parties}, kaarten {cards}, verbindingen {links}.",
    merge_changes: "Op de versie uit het bestand gezet, daar later bewerkt: {n}.",
    merge_keeps: "Gelaten zoals op dit bord, hier later bewerkt: {n}. De versie uit het bestand blijft zichtbaar in het verslag van de samenvoeging.",
    merge_skips: "Weggelaten, omdat ze niet op dit bord passen: {n}.",
    merge_nothing: "Het bestand voegt niets nieuws toe aan dit bord.",
    differences: "Onderdelen die verschillen",
    this_board: "Op dit bord",
    in_file: "In het bestand",
    wins: "gebruikt",
    merge: "Samenvoegen",
    open_as_new: "Liever als nieuw bord openen",
    cancel: "Annuleren",
    merged: "“{file}” is samengevoegd met dit bord. Ongedaan maken draait de hele samenvoeging terug.",
    merge_report_title: "Verslag van de samenvoeging: “{file}”",
    item_title: "Titel",
    item_challenge: "Gezamenlijke opgave",
    item_party: "Partij",
    item_card: "Kaart",
    item_link: "Verbinding",
    report: "Verslag",
    repair_duplicate_id: "{path}: de id “{old}” was al in gebruik; hij is nu “{new}”.",
    repair_card_unknown_kind: "{path}: de kaart “{text}” heeft een soort die deze versie niet kent (“{kind}”) en is weggelaten.",
    repair_card_extra_ambition: "{path}: een tweede ambitiekaart (“{text}”) is weggelaten; een bord heeft één ambitie.",
    repair_card_no_party: "{path}: de kaart “{text}” hoort bij geen partij en is weggelaten.",
    repair_ambition_added: "board.cards: er was geen ambitiekaart; er is een lege toegevoegd.",
    repair_party_added: "{path}: de partij “{party}” bestond niet; ze is toegevoegd.",
    repair_colour: "{path}: “{was}” is geen kleur; {now} wordt gebruikt.",
    repair_coordinates: "{path}: de plaats of maat van de kaart lag buiten het bereik en is erbinnen gebracht.",
    repair_card_party: "{path}.party: die partij bestaat niet; weggehaald.",
    repair_party_refs: "{path}.{field}: partijen die niet op het bord staan, of dubbel genoemd zijn, zijn weggehaald.",
    repair_link_missing_card: "{path}: de verbinding met de kaart “{card}”, die niet bestaat, is weggelaten.",
    repair_link_to_itself: "{path}: een verbinding van een kaart met zichzelf is weggelaten.",
    repair_link_twice: "{path}: een tweede verbinding tussen dezelfde twee kaarten is weggelaten.",
    repair_link_reversed: "{path}: de verbinding wees tegen haar betekenis in en is omgedraaid.",
    repair_board_id: "board.id: “{was}” is geen bruikbare id; het bord telt als een nieuw bord.",
    problem_missing: "ontbreekt",
    problem_empty_id: "mag niet leeg zijn",
    problem_not_whole: "moet een heel getal zijn",
    problem_below_one: "moet 1 of meer zijn",
    problem_expected: "hier hoort {expected}, maar er staat {found}",
    problem_unknown_name: "onbekende {name} {found} (mogelijk zijn {names})",
    problem_no_migration: "bestanden van versie {version} kan deze versie van de app niet lezen",
    problem_unreadable: "kan niet gelezen worden",
    expected_object: "een object",
    expected_text: "een tekst",
    expected_number: "een getal",
    expected_list: "een lijst",
    expected_party_ids: "een lijst met id's van partijen",
    expected_milliseconds: "een heel aantal milliseconden",
    expected_milliseconds_in_range: "een heel aantal milliseconden van 0 tot en met {max}",
    expected_dots: "een heel aantal stippen",
    expected_name: "een {name} ({names})",
    expected_commitments: "een object van partij-id naar commitment",
    name_card_kind: "kaartsoort",
    name_status: "status",
    name_commitment: "commitment",
    found_null: "null",
    found_true: "true",
    found_false: "false",
    found_number: "het getal {number}",
    found_text: "de tekst {text}",
    found_long_text: "een lange tekst",
    found_list: "een lijst",
    found_object: "een object",
};

impl Lang {
    pub fn storage(self) -> &'static StorageTexts {
        match self {
            Lang::En => &EN,
            Lang::Nl => &NL,
        }
    }
}

impl StorageTexts {
    /// A repair in words: where in the file, and what was done.
    pub fn repair(&self, r: &Repair) -> String {
        match r {
            Repair::DuplicateIdRenamed { path, old, new } => {
                fill(self.repair_duplicate_id, &[("path", path), ("old", old), ("new", new)])
            }
            Repair::CardDropped { path, text, reason, .. } => match reason {
                CardDropReason::UnknownKind(kind) => {
                    fill(self.repair_card_unknown_kind, &[("path", path), ("text", text), ("kind", kind)])
                }
                CardDropReason::ExtraAmbition => fill(self.repair_card_extra_ambition, &[("path", path), ("text", text)]),
                CardDropReason::NoParty => fill(self.repair_card_no_party, &[("path", path), ("text", text)]),
            },
            Repair::AmbitionAdded => self.repair_ambition_added.to_owned(),
            Repair::PartyAdded { path, party } => fill(self.repair_party_added, &[("path", path), ("party", &party.0)]),
            Repair::ColourDefaulted { path, was, now, .. } => {
                fill(self.repair_colour, &[("path", path), ("was", was), ("now", now)])
            }
            Repair::CoordinateClamped { path, .. } => fill(self.repair_coordinates, &[("path", path)]),
            Repair::CardPartyRemoved { path, .. } => fill(self.repair_card_party, &[("path", path)]),
            Repair::PartyRefsRemoved { path, field, .. } => {
                let field: PartyRefField = *field;
                fill(self.repair_party_refs, &[("path", path), ("field", field.name())])
            }
            Repair::LinkDropped { path, reason, .. } => match reason {
                LinkDropReason::MissingCard(card) => {
                    fill(self.repair_link_missing_card, &[("path", path), ("card", &card.0)])
                }
                LinkDropReason::ToItself => fill(self.repair_link_to_itself, &[("path", path)]),
                LinkDropReason::AlreadyLinked => fill(self.repair_link_twice, &[("path", path)]),
            },
            Repair::LinkReversed { path, .. } => fill(self.repair_link_reversed, &[("path", path)]),
            Repair::BoardIdRemoved { was } => fill(self.repair_board_id, &[("was", was)]),
        }
    }

    /// Why a file cannot be opened, in `lang` (this catalogue is `lang`'s),
    /// as a clause to follow "could not be opened:".
    pub fn import_error(&self, lang: Lang, e: &ImportError) -> String {
        let t = lang.texts();
        match e {
            ImportError::Empty => t.import_empty.to_owned(),
            ImportError::TooLarge { bytes, limit } => {
                let (size, limit) = (megabytes(*bytes), megabytes(*limit));
                // Just over the limit rounds to the limit: say "more than" it.
                let size = if size == limit { fill(t.import_more_than, &[("size", &limit)]) } else { size };
                fill(t.import_too_large, &[("size", &size), ("limit", &limit)])
            }
            ImportError::NotUtf8 => t.import_not_utf8.to_owned(),
            ImportError::NotJson { line, column } => {
                fill(t.import_not_json, &[("line", &line.to_string()), ("column", &column.to_string())])
            }
            ImportError::NotABoard => t.import_not_a_board.to_owned(),
            ImportError::NewerVersion { version } => fill(t.import_newer_version, &[("version", version)]),
            ImportError::Invalid { field, problem } => {
                fill(t.import_invalid, &[("field", field), ("reason", &self.problem(problem))])
            }
        }
    }

    /// What is wrong with a field, in words.
    pub fn problem(&self, p: &Problem) -> String {
        match p {
            Problem::Missing => self.problem_missing.to_owned(),
            Problem::EmptyId => self.problem_empty_id.to_owned(),
            Problem::NotWhole => self.problem_not_whole.to_owned(),
            Problem::BelowOne => self.problem_below_one.to_owned(),
            Problem::Expected { expected, found } => {
                fill(self.problem_expected, &[("expected", &self.expected(*expected)), ("found", &self.found(found))])
            }
            Problem::UnknownName { name, found } => fill(
                self.problem_unknown_name,
                &[("name", self.name_of(*name)), ("found", found), ("names", &name.names().join(", "))],
            ),
            Problem::NoMigration { from } => fill(self.problem_no_migration, &[("version", &from.to_string())]),
            Problem::Unreadable => self.problem_unreadable.to_owned(),
        }
    }

    fn expected(&self, e: Expected) -> String {
        match e {
            Expected::Object => self.expected_object.to_owned(),
            Expected::Text => self.expected_text.to_owned(),
            Expected::Number => self.expected_number.to_owned(),
            Expected::List => self.expected_list.to_owned(),
            Expected::PartyIds => self.expected_party_ids.to_owned(),
            Expected::Milliseconds => self.expected_milliseconds.to_owned(),
            Expected::MillisecondsInRange => {
                fill(self.expected_milliseconds_in_range, &[("max", &MAX_EDITED.to_string())])
            }
            Expected::Dots => self.expected_dots.to_owned(),
            Expected::Name(name) => {
                fill(self.expected_name, &[("name", self.name_of(name)), ("names", &name.names().join(", "))])
            }
            Expected::Commitments => self.expected_commitments.to_owned(),
        }
    }

    fn name_of(&self, n: NameOf) -> &'static str {
        match n {
            NameOf::CardKind => self.name_card_kind,
            NameOf::Status => self.name_status,
            NameOf::Commitment => self.name_commitment,
        }
    }

    fn found(&self, f: &Found) -> String {
        match f {
            Found::Null => self.found_null.to_owned(),
            Found::Bool(true) => self.found_true.to_owned(),
            Found::Bool(false) => self.found_false.to_owned(),
            Found::Number(n) => fill(self.found_number, &[("number", n)]),
            Found::Text(text) => fill(self.found_text, &[("text", text)]),
            Found::LongText => self.found_long_text.to_owned(),
            Found::List => self.found_list.to_owned(),
            Found::Object => self.found_object.to_owned(),
        }
    }
}

/// A size in megabytes with one decimal.
fn megabytes(bytes: usize) -> String {
    format!("{} MB", crate::core::number::decimal(bytes as f64 / (1024.0 * 1024.0), 1))
}
