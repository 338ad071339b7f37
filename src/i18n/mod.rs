//! The message catalogue: every word the interface shows, in Dutch and
//! English. Each area of the interface has its own table of messages in its
//! own file here, with one value per language, so the compiler refuses a
//! catalogue with a message missing. This file holds the board's messages.

pub mod access;
pub mod checks;
pub mod example;
pub mod export;
pub mod rows;
pub mod storage;
pub mod timeline;
pub mod update;
pub mod workshop;

use crate::core::model::{ActionStatus, CardKind, Commitment, LinkMeaning};
use crate::core::action::Refusal;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    Nl,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// Dutch for a browser language starting with `nl`, English otherwise.
    pub fn from_browser(tag: &str) -> Lang {
        if tag.trim().to_ascii_lowercase().starts_with("nl") {
            Lang::Nl
        } else {
            Lang::En
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "en" => Some(Lang::En),
            "nl" => Some(Lang::Nl),
            _ => None,
        }
    }

    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::En => &EN,
            Lang::Nl => &NL,
        }
    }
}

/// Fills `{name}` placeholders in a message, in one pass over the message:
/// a value is put in as it is, so a `{card}` in a party's name stays text.
/// A placeholder without a value is left as written.
pub fn fill(message: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(message.len() + 16);
    let mut rest = message;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after
            .find('}')
            .and_then(|close| values.iter().find(|(name, _)| *name == &after[..close]).map(|(_, v)| (close, v)));
        match value {
            Some((close, value)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Every message of the interface, in one language.
#[derive(Debug)]
pub struct Texts {
    pub app_name: &'static str,
    pub language: &'static str,
    pub language_name: &'static str,
    pub board_title: &'static str,
    pub board_title_placeholder: &'static str,
    pub challenge: &'static str,
    pub challenge_placeholder: &'static str,
    pub ambition_placeholder: &'static str,
    pub card_placeholder: &'static str,
    pub toolbar: &'static str,
    /// The menu of the workshop's and the file's other tools.
    pub more: &'static str,
    /// The menu of the view and the language.
    pub app_menu: &'static str,
    /// The button that shows or hides the parties' panel.
    pub show_parties: &'static str,
    pub close_panel: &'static str,
    pub add: &'static str,
    pub add_party: &'static str,
    pub new_party_name: &'static str,
    pub for_party: &'static str,
    pub add_party_first: &'static str,
    pub undo: &'static str,
    pub redo: &'static str,
    pub zoom_in: &'static str,
    pub zoom_out: &'static str,
    pub zoom_fit: &'static str,
    pub zoom_level: &'static str,
    pub export: &'static str,
    pub import: &'static str,
    pub canvas_label: &'static str,
    pub canvas_hint: &'static str,
    pub parties: &'static str,
    pub no_parties: &'static str,
    pub party_name: &'static str,
    pub party_colour: &'static str,
    pub remove_party: &'static str,
    pub remove_party_title: &'static str,
    pub remove_party_cards: &'static str,
    pub remove_party_no_cards: &'static str,
    pub delete_its_cards: &'static str,
    pub move_its_cards_to: &'static str,
    pub cancel: &'static str,
    pub remove: &'static str,
    pub close: &'static str,
    pub details: &'static str,
    pub nothing_selected: &'static str,
    pub cards_selected: &'static str,
    pub text: &'static str,
    pub party: &'static str,
    pub owners: &'static str,
    pub status: &'static str,
    pub commitments: &'static str,
    pub source: &'static str,
    pub source_placeholder: &'static str,
    pub no_source: &'static str,
    pub recognised_by: &'static str,
    pub delete: &'static str,
    pub delete_card: &'static str,
    pub delete_link: &'static str,
    pub edit_text: &'static str,
    pub link: &'static str,
    pub link_label: &'static str,
    pub link_handle: &'static str,
    pub link_from_to: &'static str,
    pub no_owner: &'static str,
    pub kind_ambition: &'static str,
    pub kind_interest: &'static str,
    pub kind_wish: &'static str,
    pub kind_goal: &'static str,
    pub kind_action: &'static str,
    pub kind_fact: &'static str,
    pub status_idea: &'static str,
    pub status_agreed: &'static str,
    pub status_in_progress: &'static str,
    pub status_done: &'static str,
    pub commitment_not_asked: &'static str,
    pub commitment_committed: &'static str,
    pub commitment_hesitant: &'static str,
    pub commitment_not_committed: &'static str,
    pub meaning_serves: &'static str,
    pub meaning_realises: &'static str,
    pub meaning_substantiates: &'static str,
    pub meaning_free: &'static str,
    pub add_here: &'static str,
    pub refused_link_to_itself: &'static str,
    pub refused_already_linked: &'static str,
    pub refused_ambition_fixed: &'static str,
    pub refused_card_needs_party: &'static str,
    /// A short name another party already shows as: `{name}`.
    pub refused_name_taken: &'static str,
    /// The short name field of a party (`{name}`), and the words before it.
    pub party_short_name: &'static str,
    pub party_short_name_hint: &'static str,
    pub refused_other: &'static str,
    pub import_failed: &'static str,
    pub import_empty: &'static str,
    pub import_too_large: &'static str,
    pub import_not_utf8: &'static str,
    pub import_not_json: &'static str,
    pub import_not_a_board: &'static str,
    pub import_newer_version: &'static str,
    pub import_invalid: &'static str,
    pub import_more_than: &'static str,
    pub dismiss: &'static str,
    pub default_board_title: &'static str,
}

pub static EN: Texts = Texts {
    app_name: "Ambition Map",
    language: "Language",
    language_name: "English",
    board_title: "Board title",
    board_title_placeholder: "Name this board",
    challenge: "Shared challenge",
    challenge_placeholder: "Which challenge do the parties face together?",
    ambition_placeholder: "What do the parties want to go for together? Double-click to write the shared ambition.",
    card_placeholder: "Double-click to write",
    toolbar: "Tools",
    more: "More",
    app_menu: "View and language",
    show_parties: "Show the parties",
    close_panel: "Close the panel",
    add: "Add",
    add_party: "Add party",
    new_party_name: "Party {n}",
    for_party: "for",
    add_party_first: "Add a party first",
    undo: "Undo",
    redo: "Redo",
    zoom_in: "Zoom in",
    zoom_out: "Zoom out",
    zoom_fit: "Zoom to fit",
    zoom_level: "Zoom level",
    export: "Export",
    import: "Open file",
    canvas_label: "Board canvas",
    canvas_hint: "Drag empty space to pan, scroll to zoom, Shift+drag to select several cards, drag a card's arrow handle onto another card to link them.",
    parties: "Parties",
    no_parties: "Who is at the table? Add the parties first.",
    party_name: "Party name",
    party_colour: "Colour of {name}",
    remove_party: "Remove {name}",
    remove_party_title: "Remove {name}?",
    remove_party_cards: "{name} has {n} interests, wishes or goals on the board. What should happen to them?",
    remove_party_no_cards: "{name} has no cards on the board.",
    delete_its_cards: "Delete its cards",
    move_its_cards_to: "Give them to",
    cancel: "Cancel",
    remove: "Remove",
    close: "Close",
    details: "Details",
    nothing_selected: "Select a card to see and change its details.",
    cards_selected: "{n} cards selected",
    text: "Text",
    party: "Party",
    owners: "Owners",
    status: "Status",
    commitments: "Commitment per party",
    source: "Source",
    source_placeholder: "Where does this figure come from?",
    no_source: "no source",
    recognised_by: "Recognised by",
    delete: "Delete",
    delete_card: "Delete card",
    delete_link: "Delete link",
    edit_text: "Edit text",
    link: "Link",
    link_label: "Label",
    link_handle: "Drag to link this card",
    link_from_to: "From {from} to {to}",
    no_owner: "no owner",
    kind_ambition: "Ambition",
    kind_interest: "Interest",
    kind_wish: "Wish",
    kind_goal: "Goal",
    kind_action: "Action",
    kind_fact: "Fact",
    status_idea: "Idea",
    status_agreed: "Agreed",
    status_in_progress: "In progress",
    status_done: "Done",
    commitment_not_asked: "Not asked",
    commitment_committed: "Committed",
    commitment_hesitant: "Hesitant",
    commitment_not_committed: "Not committed",
    meaning_serves: "serves",
    meaning_realises: "makes concrete",
    meaning_substantiates: "substantiates",
    meaning_free: "link",
    add_here: "Add here",
    refused_link_to_itself: "A card cannot be linked to itself.",
    refused_already_linked: "These two cards are already linked.",
    refused_ambition_fixed: "The ambition stays on the board; it cannot be deleted.",
    refused_card_needs_party: "Interests, wishes and goals belong to a party: add a party first.",
    refused_name_taken: "Another party is already shown as “{name}”: choose a short name no other party has.",
    party_short_name: "Short name of {name} on the cards",
    party_short_name_hint: "On the cards:",
    refused_other: "That change could not be made.",
    import_failed: "“{file}” could not be opened, and nothing was changed: {reason}",
    import_empty: "the file is empty.",
    import_too_large: "the file is {size}; board files can be at most {limit}.",
    import_more_than: "more than {size}",
    import_not_utf8: "the file is not text (it is not UTF-8).",
    import_not_json: "the file is not valid JSON (line {line}, column {column}).",
    import_not_a_board: "this is not an Ambition Map board file.",
    import_newer_version: "this file was made with a newer version of Ambition Map (file version {version}).",
    import_invalid: "{field}: {reason}.",
    dismiss: "Dismiss",
    default_board_title: "Our shared ambition",
};

pub static NL: Texts = Texts {
    app_name: "Ambitiekaart",
    language: "Taal",
    language_name: "Nederlands",
    board_title: "Titel van het bord",
    board_title_placeholder: "Geef dit bord een naam",
    challenge: "Gezamenlijke opgave",
    challenge_placeholder: "Voor welke opgave staan de partijen samen?",
    ambition_placeholder: "Waar willen de partijen samen voor gaan? Dubbelklik om de gezamenlijke ambitie te schrijven.",
    card_placeholder: "Dubbelklik om te schrijven",
    toolbar: "Gereedschap",
    more: "Meer",
    app_menu: "Weergave en taal",
    show_parties: "De partijen tonen",
    close_panel: "Het paneel sluiten",
    add: "Toevoegen",
    add_party: "Partij toevoegen",
    new_party_name: "Partij {n}",
    for_party: "voor",
    add_party_first: "Voeg eerst een partij toe",
    undo: "Ongedaan maken",
    redo: "Opnieuw",
    zoom_in: "Inzoomen",
    zoom_out: "Uitzoomen",
    zoom_fit: "Alles in beeld",
    zoom_level: "Zoomniveau",
    export: "Exporteren",
    import: "Bestand openen",
    canvas_label: "Bord",
    canvas_hint: "Sleep over een lege plek om te schuiven, scroll om te zoomen, Shift+slepen om meerdere kaarten te kiezen, sleep het pijltje van een kaart naar een andere kaart om ze te verbinden.",
    parties: "Partijen",
    no_parties: "Wie zitten er aan tafel? Voeg eerst de partijen toe.",
    party_name: "Naam van de partij",
    party_colour: "Kleur van {name}",
    remove_party: "{name} verwijderen",
    remove_party_title: "{name} verwijderen?",
    remove_party_cards: "{name} heeft {n} belangen, wensen of doelen op het bord. Wat moet daarmee gebeuren?",
    remove_party_no_cards: "{name} heeft geen kaarten op het bord.",
    delete_its_cards: "Kaarten verwijderen",
    move_its_cards_to: "Overdragen aan",
    cancel: "Annuleren",
    remove: "Verwijderen",
    close: "Sluiten",
    details: "Details",
    nothing_selected: "Kies een kaart om de details te zien en te wijzigen.",
    cards_selected: "{n} kaarten gekozen",
    text: "Tekst",
    party: "Partij",
    owners: "Eigenaren",
    status: "Status",
    commitments: "Commitment per partij",
    source: "Bron",
    source_placeholder: "Waar komt dit cijfer vandaan?",
    no_source: "geen bron",
    recognised_by: "Erkend door",
    delete: "Verwijderen",
    delete_card: "Kaart verwijderen",
    delete_link: "Verbinding verwijderen",
    edit_text: "Tekst bewerken",
    link: "Verbinding",
    link_label: "Label",
    link_handle: "Sleep om deze kaart te verbinden",
    link_from_to: "Van {from} naar {to}",
    no_owner: "geen eigenaar",
    kind_ambition: "Ambitie",
    kind_interest: "Belang",
    kind_wish: "Wens",
    kind_goal: "Doel",
    kind_action: "Actie",
    kind_fact: "Feit",
    status_idea: "Idee",
    status_agreed: "Afgesproken",
    status_in_progress: "Bezig",
    status_done: "Klaar",
    commitment_not_asked: "Niet gevraagd",
    commitment_committed: "Committeert zich",
    commitment_hesitant: "Twijfelt",
    commitment_not_committed: "Committeert zich niet",
    meaning_serves: "dient",
    meaning_realises: "maakt concreet",
    meaning_substantiates: "onderbouwt",
    meaning_free: "verbinding",
    add_here: "Hier toevoegen",
    refused_link_to_itself: "Een kaart kan niet met zichzelf verbonden worden.",
    refused_already_linked: "Deze twee kaarten zijn al verbonden.",
    refused_ambition_fixed: "De ambitie blijft op het bord; die kan niet verwijderd worden.",
    refused_card_needs_party: "Belangen, wensen en doelen horen bij een partij: voeg eerst een partij toe.",
    refused_name_taken: "Een andere partij heet al “{name}”: kies een korte naam die geen andere partij heeft.",
    party_short_name: "Korte naam van {name} op de kaarten",
    party_short_name_hint: "Op de kaarten:",
    refused_other: "Die wijziging kon niet worden uitgevoerd.",
    import_failed: "“{file}” kon niet geopend worden; er is niets veranderd: {reason}",
    import_empty: "het bestand is leeg.",
    import_too_large: "het bestand is {size}; een bordbestand mag hoogstens {limit} zijn.",
    import_more_than: "meer dan {size}",
    import_not_utf8: "het bestand is geen tekst (geen UTF-8).",
    import_not_json: "het bestand is geen geldige JSON (regel {line}, kolom {column}).",
    import_not_a_board: "dit is geen bordbestand van Ambitiekaart.",
    import_newer_version: "dit bestand is gemaakt met een nieuwere versie van Ambitiekaart (bestandsversie {version}).",
    import_invalid: "{field}: {reason}.",
    dismiss: "Sluiten",
    default_board_title: "Onze gezamenlijke ambitie",
};

impl Texts {
    pub fn kind(&self, kind: CardKind) -> &'static str {
        match kind {
            CardKind::Ambition => self.kind_ambition,
            CardKind::Interest => self.kind_interest,
            CardKind::Wish => self.kind_wish,
            CardKind::Goal => self.kind_goal,
            CardKind::Action => self.kind_action,
            CardKind::Fact => self.kind_fact,
        }
    }

    pub fn status(&self, status: ActionStatus) -> &'static str {
        match status {
            ActionStatus::Idea => self.status_idea,
            ActionStatus::Agreed => self.status_agreed,
            ActionStatus::InProgress => self.status_in_progress,
            ActionStatus::Done => self.status_done,
        }
    }

    pub fn commitment(&self, c: Commitment) -> &'static str {
        match c {
            Commitment::NotAsked => self.commitment_not_asked,
            Commitment::Committed => self.commitment_committed,
            Commitment::Hesitant => self.commitment_hesitant,
            Commitment::NotCommitted => self.commitment_not_committed,
        }
    }

    pub fn meaning(&self, m: LinkMeaning) -> &'static str {
        match m {
            LinkMeaning::Serves => self.meaning_serves,
            LinkMeaning::Realises => self.meaning_realises,
            LinkMeaning::Substantiates => self.meaning_substantiates,
            LinkMeaning::Free => self.meaning_free,
        }
    }

    pub fn refusal(&self, r: &Refusal) -> &'static str {
        match r {
            Refusal::LinkToItself => self.refused_link_to_itself,
            Refusal::AlreadyLinked => self.refused_already_linked,
            Refusal::AmbitionIsFixed => self.refused_ambition_fixed,
            Refusal::CardNeedsParty => self.refused_card_needs_party,
            _ => self.refused_other,
        }
    }

}
