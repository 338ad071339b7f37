//! Messages for exporting and sharing the board: the export menu, the
//! clipboard, the share link and the prompt that opens one, the words the
//! exports write (handed to them as [`ExportWords`]), and why a share link
//! does not open.

use super::{fill, Lang};
use crate::core::export::share::ShareError;
use crate::core::export::ExportWords;
use crate::core::number::decimal;

#[derive(Debug)]
pub struct ExportTexts {
    pub menu: &'static str,
    pub menu_label: &'static str,
    pub board_file: &'static str,
    pub png: &'static str,
    pub svg: &'static str,
    pub report: &'static str,
    pub copy_report: &'static str,
    pub csv: &'static str,
    pub json_canvas: &'static str,
    pub share_link: &'static str,
    pub print: &'static str,
    pub failed: &'static str,
    pub report_copied: &'static str,
    pub link_copied: &'static str,
    pub copy_failed: &'static str,
    /// Why the browser would not: it could not make the file.
    pub browser_no_file: &'static str,
    /// It cannot draw a picture this large.
    pub browser_picture_too_large: &'static str,
    /// It does not let the page use the clipboard.
    pub browser_no_clipboard: &'static str,
    pub too_large_for_link: &'static str,
    pub shared_title: &'static str,
    pub shared_question: &'static str,
    pub shared_replaces: &'static str,
    pub open: &'static str,
    pub not_now: &'static str,
    pub shared_opened: &'static str,
    pub shared_failed: &'static str,
    pub report_heading: &'static str,
    // Words the exports write that the board's messages do not have.
    pub interests: &'static str,
    pub wishes: &'static str,
    pub goals: &'static str,
    pub actions: &'static str,
    pub facts: &'static str,
    pub open_points: &'static str,
    pub no_open_points: &'static str,
    pub not_filled_in: &'static str,
    pub empty: &'static str,
    pub no_party_cards: &'static str,
    pub without_party: &'static str,
    pub no_actions: &'static str,
    pub no_facts: &'static str,
    pub all_parties: &'static str,
    pub nobody: &'static str,
    pub not_recognised_by: &'static str,
    pub disputed: &'static str,
    // Why a share link does not open, as a clause to follow "could not be opened:".
    pub share_not_a_link: &'static str,
    pub share_newer_version: &'static str,
    pub share_damaged: &'static str,
    pub share_unsupported: &'static str,
    pub share_link_too_long: &'static str,
    pub share_too_large: &'static str,
    pub share_board: &'static str,
}

pub static EN: ExportTexts = ExportTexts {
    menu: "Export",
    menu_label: "Export the board",
    board_file: "Board file (.json)",
    png: "Picture (PNG)",
    svg: "Vector picture (SVG)",
    report: "Report (Markdown)",
    copy_report: "Copy the report",
    csv: "Actions for a spreadsheet (CSV)",
    json_canvas: "JSON Canvas (Obsidian)",
    share_link: "Copy a share link",
    print: "Print",
    failed: "Could not export “{what}”: {reason}",
    report_copied: "The report is on the clipboard.",
    link_copied: "The share link is on the clipboard. Whoever has the link can open the board; it is not sent to any server.",
    copy_failed: "Could not copy to the clipboard: {reason}",
    browser_no_file: "the browser could not make the file",
    browser_picture_too_large: "the picture is too large for this browser",
    browser_no_clipboard: "the browser does not allow it",
    too_large_for_link: "This board is too large for a link. Export the board file (.json) and send that instead.",
    shared_title: "Open the shared board?",
    shared_question: "This link holds the board “{title}” with {cards} cards and {parties} parties.",
    shared_replaces: "Opening it replaces the board on screen; Undo brings yours back.",
    open: "Open",
    not_now: "Not now",
    shared_opened: "Opened the shared board “{title}”.",
    shared_failed: "The shared board could not be opened: {reason}",
    report_heading: "Report",
    interests: "Interests",
    wishes: "Wishes",
    goals: "Goals",
    actions: "Actions",
    facts: "Facts and figures",
    open_points: "Open points",
    no_open_points: "None.",
    not_filled_in: "(not filled in yet)",
    empty: "(empty)",
    no_party_cards: "No interests, wishes or goals yet.",
    without_party: "Without a party",
    no_actions: "No actions yet.",
    no_facts: "No facts or figures yet.",
    all_parties: "all parties",
    nobody: "nobody",
    not_recognised_by: "Not recognised by",
    disputed: "disputed",
    share_not_a_link: "this is not an Ambition Map share link.",
    share_newer_version: "this link was made with a newer version of Ambition Map.",
    share_damaged: "the link is incomplete or damaged. Copy the whole link and try again.",
    share_unsupported: "this browser cannot pack or unpack share links; use a current browser, or send the board file instead.",
    share_link_too_long: "the link is too long ({size} characters, where a share link has at most {limit}). Ask for the board file (.json) instead.",
    share_too_large: "the board in this link is larger than {limit}, more than a share link may carry. Ask for the board file (.json) instead.",
    share_board: "the link holds a board that cannot be opened: {reason}",
};

pub static NL: ExportTexts = ExportTexts {
    menu: "Exporteren",
    menu_label: "Het bord exporteren",
    board_file: "Bordbestand (.json)",
    png: "Afbeelding (PNG)",
    svg: "Vectorafbeelding (SVG)",
    report: "Verslag (Markdown)",
    copy_report: "Verslag kopiëren",
    csv: "Acties voor een spreadsheet (CSV)",
    json_canvas: "JSON Canvas (Obsidian)",
    share_link: "Deellink kopiëren",
    print: "Afdrukken",
    failed: "Kon “{what}” niet exporteren: {reason}",
    report_copied: "Het verslag staat op het klembord.",
    link_copied: "De deellink staat op het klembord. Wie de link heeft, kan het bord openen; hij gaat niet naar een server.",
    copy_failed: "Kon niet naar het klembord kopiëren: {reason}",
    browser_no_file: "de browser kon het bestand niet maken",
    browser_picture_too_large: "de afbeelding is te groot voor deze browser",
    browser_no_clipboard: "de browser staat het niet toe",
    too_large_for_link: "Dit bord is te groot voor een link. Exporteer het bordbestand (.json) en stuur dat.",
    shared_title: "Het gedeelde bord openen?",
    shared_question: "Deze link bevat het bord “{title}” met {cards} kaarten en {parties} partijen.",
    shared_replaces: "Openen vervangt het bord op het scherm; met Ongedaan maken krijg je het jouwe terug.",
    open: "Openen",
    not_now: "Niet nu",
    shared_opened: "Het gedeelde bord “{title}” is geopend.",
    shared_failed: "Het gedeelde bord kon niet geopend worden: {reason}",
    report_heading: "Verslag",
    interests: "Belangen",
    wishes: "Wensen",
    goals: "Doelen",
    actions: "Acties",
    facts: "Feiten en cijfers",
    open_points: "Open punten",
    no_open_points: "Geen.",
    not_filled_in: "(nog niet ingevuld)",
    empty: "(leeg)",
    no_party_cards: "Nog geen belangen, wensen of doelen.",
    without_party: "Zonder partij",
    no_actions: "Nog geen acties.",
    no_facts: "Nog geen feiten of cijfers.",
    all_parties: "alle partijen",
    nobody: "niemand",
    not_recognised_by: "Niet erkend door",
    disputed: "betwist",
    share_not_a_link: "dit is geen deellink van Ambitiekaart.",
    share_newer_version: "deze link is gemaakt met een nieuwere versie van Ambitiekaart.",
    share_damaged: "de link is onvolledig of beschadigd. Kopieer de hele link en probeer het opnieuw.",
    share_unsupported: "deze browser kan geen deellinks in- of uitpakken; gebruik een actuele browser, of stuur het bordbestand.",
    share_link_too_long: "de link is te lang ({size} tekens, terwijl een deellink er hoogstens {limit} heeft). Vraag in plaats daarvan om het bordbestand (.json).",
    share_too_large: "het bord in deze link is groter dan {limit}, meer dan een deellink mag bevatten. Vraag in plaats daarvan om het bordbestand (.json).",
    share_board: "de link bevat een bord dat niet geopend kan worden: {reason}",
};

impl Lang {
    pub fn export(self) -> &'static ExportTexts {
        match self {
            Lang::En => &EN,
            Lang::Nl => &NL,
        }
    }

    /// The words the exports write in this language, for
    /// [`crate::core::export`]'s writers.
    pub fn export_words(self) -> ExportWords {
        let t = self.texts();
        let e = self.export();
        ExportWords {
            kind_ambition: t.kind_ambition,
            kind_interest: t.kind_interest,
            kind_wish: t.kind_wish,
            kind_goal: t.kind_goal,
            kind_action: t.kind_action,
            kind_fact: t.kind_fact,
            status_idea: t.status_idea,
            status_agreed: t.status_agreed,
            status_in_progress: t.status_in_progress,
            status_done: t.status_done,
            commitment_not_asked: t.commitment_not_asked,
            commitment_committed: t.commitment_committed,
            commitment_hesitant: t.commitment_hesitant,
            commitment_not_committed: t.commitment_not_committed,
            meaning_serves: t.meaning_serves,
            meaning_realises: t.meaning_realises,
            meaning_substantiates: t.meaning_substantiates,
            default_board_title: t.default_board_title,
            challenge: t.challenge,
            parties: t.parties,
            owners: t.owners,
            status: t.status,
            source: t.source,
            recognised_by: t.recognised_by,
            not_recognised_by: e.not_recognised_by,
            interests: e.interests,
            wishes: e.wishes,
            goals: e.goals,
            actions: e.actions,
            facts: e.facts,
            open_points: e.open_points,
            without_party: e.without_party,
            no_owner: t.no_owner,
            no_source: t.no_source,
            no_open_points: e.no_open_points,
            not_filled_in: e.not_filled_in,
            empty: e.empty,
            no_party_cards: e.no_party_cards,
            no_actions: e.no_actions,
            no_facts: e.no_facts,
            all_parties: e.all_parties,
            nobody: e.nobody,
            disputed: e.disputed,
        }
    }

    /// Why a share link could not be opened, in words, as a clause to follow
    /// "could not be opened:" (like [`super::storage::StorageTexts::import_error`]).
    pub fn share_error(self, error: &ShareError) -> String {
        let e = self.export();
        match error {
            ShareError::NotAShareLink => e.share_not_a_link.to_owned(),
            ShareError::NewerVersion { .. } => e.share_newer_version.to_owned(),
            ShareError::Damaged => e.share_damaged.to_owned(),
            ShareError::Unsupported => e.share_unsupported.to_owned(),
            ShareError::LinkTooLong { chars, limit } => {
                fill(e.share_link_too_long, &[("size", &self.whole_number(*chars)), ("limit", &self.whole_number(*limit))])
            }
            ShareError::TooLarge { limit } => fill(e.share_too_large, &[("limit", &whole_megabytes(*limit))]),
            ShareError::Board(board) => fill(e.share_board, &[("reason", &self.storage().import_error(self, board))]),
        }
    }
}

impl Lang {
    /// A count with its thousands grouped as the language writes them:
    /// 2,097,152 in English, 2.097.152 in Dutch.
    pub(crate) fn whole_number(self, n: usize) -> String {
        let separator = match self {
            Lang::En => ',',
            Lang::Nl => '.',
        };
        let digits = n.to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(separator);
            }
            out.push(c);
        }
        out
    }
}

/// A size in whole megabytes (a share link's limit is a round number).
fn whole_megabytes(bytes: usize) -> String {
    format!("{} MB", decimal(bytes as f64 / (1024.0 * 1024.0), 0))
}
