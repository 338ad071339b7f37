//! Messages for keeping boards safe: the board list, saving and its
//! warnings, opening and merging files, and what a file needed repaired.

use super::{fill, Lang};
use crate::core::file::{CardDropReason, ImportError, LinkDropReason, PartyRefField, Repair};

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
    pub changed_elsewhere: &'static str,
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
    /// Reasons of `ImportError::Invalid` the core words in English, and
    /// their words in this language (the same when English).
    pub reasons: &'static [(&'static str, &'static str)],
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
    changed_elsewhere: "This board was changed in another tab; those changes are shown here.",
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
    reasons: &[],
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
    changed_elsewhere: "Dit bord is in een ander tabblad gewijzigd; die wijzigingen staan nu ook hier.",
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
    reasons: &[
        ("missing", "ontbreekt"),
        ("must not be empty", "mag niet leeg zijn"),
        ("must be a whole number", "moet een heel getal zijn"),
        ("must be 1 or more", "moet 1 of meer zijn"),
        ("expected an object", "hier hoort een object"),
        ("expected an object, found a list", "hier hoort een object, maar er staat een lijst"),
    ],
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

    /// Why a file cannot be opened, in `lang`: the board's own message,
    /// with the reason of an invalid field in this language where this
    /// catalogue knows it (the core words it in English).
    pub fn import_error(&self, lang: Lang, e: &ImportError) -> String {
        if let ImportError::Invalid { field, reason } = e {
            if let Some((_, words)) = self.reasons.iter().find(|(en, _)| en == reason) {
                let translated = ImportError::Invalid { field: field.clone(), reason: (*words).to_owned() };
                return lang.texts().import_error(&translated);
            }
        }
        lang.texts().import_error(e)
    }
}
