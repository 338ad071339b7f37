//! Messages for bringing cards in from a spreadsheet: the dialog, why a row
//! stays out, and the column names and values the rows may use
//! ([`crate::core::rows::RowWords`]).

use super::checks::join;
use super::{fill, Lang};
use crate::core::rows::{RowProblem, RowReason, RowWords, RowsError, MAX_ROWS_BYTES, MAX_ROW_CARDS};

#[derive(Debug)]
pub struct RowsTexts {
    /// The menu item and the dialog's title.
    pub menu: &'static str,
    pub title: &'static str,
    /// Which columns the rows may have.
    pub hint: &'static str,
    pub paste_label: &'static str,
    pub paste_placeholder: &'static str,
    pub choose_file: &'static str,
    /// `{n}` cards, more than one.
    pub ready: &'static str,
    pub ready_one: &'static str,
    pub none_ready: &'static str,
    pub left_out: &'static str,
    /// One row left out: `{line}` and `{reason}`.
    pub line: &'static str,
    /// `{names}`: the kinds, statuses or commitments there are.
    pub reason_unknown_kind: &'static str,
    pub reason_no_kind: &'static str,
    pub reason_no_text: &'static str,
    pub reason_no_party: &'static str,
    pub reason_unknown_status: &'static str,
    pub reason_unknown_commitment: &'static str,
    pub reason_too_many: &'static str,
    /// The last joint of a list of choices: "A, B or C".
    pub or: &'static str,
    pub new_parties: &'static str,
    /// Under the new parties: what happens to the cards of one not ticked.
    pub new_parties_hint: &'static str,
    /// `{names}`.
    pub ignored: &'static str,
    /// `{n}` cards, more than one.
    pub add: &'static str,
    pub add_one: &'static str,
    /// After adding: `{n}` cards, more than one.
    pub added: &'static str,
    pub added_one: &'static str,
    pub error_empty: &'static str,
    /// `{size}`.
    pub error_too_large: &'static str,
    pub error_no_columns: &'static str,
    pub error_not_text: &'static str,
    // The column names and values a row may use.
    pub column_kind: &'static str,
    pub column_party: &'static str,
    pub column_text: &'static str,
    pub column_owner: &'static str,
    pub plurals: [&'static str; 5],
}

pub static EN: RowsTexts = RowsTexts {
    menu: "Cards from a spreadsheet",
    title: "Cards from a spreadsheet",
    hint: "The first row names the columns: Kind, Party and Text, or a column per kind (Interest, Wish, Goal, Action, Fact). For facts also Source; for actions Owners, Status and a column per party with its commitment.",
    paste_label: "Paste cells from a spreadsheet",
    paste_placeholder: "Kind\tParty\tText\nInterest\tMunicipality\tLiveable villages",
    choose_file: "Choose a CSV file",
    ready: "{n} cards ready to add.",
    ready_one: "1 card ready to add.",
    none_ready: "No card to add yet.",
    left_out: "These rows stay out:",
    line: "Line {line}: {reason}",
    reason_unknown_kind: "“{found}” is not a kind of card ({names})",
    reason_no_kind: "no kind of card",
    reason_no_text: "no text",
    reason_no_party: "an interest, wish or goal needs a party",
    reason_unknown_status: "“{found}” is not a status ({names})",
    reason_unknown_commitment: "“{found}” under {party} is not a commitment ({names})",
    reason_too_many: "more than {max} cards at once; add the rest in another round",
    or: "or",
    new_parties: "Parties not on the board yet; tick the ones to add:",
    new_parties_hint: "The interests, wishes and goals of a party not ticked stay out.",
    ignored: "Columns left out: {names}",
    add: "Add {n} cards",
    add_one: "Add 1 card",
    added: "{n} cards added from the spreadsheet.",
    added_one: "1 card added from the spreadsheet.",
    error_empty: "There are no rows to read.",
    error_too_large: "The text is larger than {size}; split the sheet into parts.",
    error_no_columns: "The first row must name the columns, for example Kind, Party and Text, or a column per kind (Interest, Wish, Goal, Action, Fact).",
    error_not_text: "The file is not text a spreadsheet writes (CSV in UTF-8); save it as CSV UTF-8 and try again.",
    column_kind: "Kind",
    column_party: "Party",
    column_text: "Text",
    column_owner: "Owner",
    plurals: ["Interests", "Wishes", "Goals", "Actions", "Facts"],
};

pub static NL: RowsTexts = RowsTexts {
    menu: "Kaarten uit spreadsheet",
    title: "Kaarten uit een spreadsheet",
    hint: "De eerste rij noemt de kolommen: Soort, Partij en Tekst, of een kolom per soort (Belang, Wens, Doel, Actie, Feit). Voor feiten ook Bron; voor acties Eigenaren, Status en een kolom per partij met haar commitment.",
    paste_label: "Plak cellen uit een spreadsheet",
    paste_placeholder: "Soort\tPartij\tTekst\nBelang\tGemeente\tLeefbare dorpen",
    choose_file: "Kies een CSV-bestand",
    ready: "{n} kaarten klaar om toe te voegen.",
    ready_one: "1 kaart klaar om toe te voegen.",
    none_ready: "Nog geen kaart om toe te voegen.",
    left_out: "Deze rijen komen niet mee:",
    line: "Regel {line}: {reason}",
    reason_unknown_kind: "“{found}” is geen soort kaart ({names})",
    reason_no_kind: "geen soort kaart",
    reason_no_text: "geen tekst",
    reason_no_party: "een belang, wens of doel hoort bij een partij",
    reason_unknown_status: "“{found}” is geen status ({names})",
    reason_unknown_commitment: "“{found}” onder {party} is geen commitment ({names})",
    reason_too_many: "meer dan {max} kaarten tegelijk; voeg de rest in een volgende ronde toe",
    or: "of",
    new_parties: "Partijen die nog niet op het bord staan; vink aan welke erbij komen:",
    new_parties_hint: "De belangen, wensen en doelen van een partij zonder vinkje komen niet mee.",
    ignored: "Kolommen die niet meedoen: {names}",
    add: "{n} kaarten toevoegen",
    add_one: "1 kaart toevoegen",
    added: "{n} kaarten toegevoegd uit de spreadsheet.",
    added_one: "1 kaart toegevoegd uit de spreadsheet.",
    error_empty: "Er zijn geen rijen om te lezen.",
    error_too_large: "De tekst is groter dan {size}; splits het blad in delen.",
    error_no_columns: "De eerste rij moet de kolommen noemen, bijvoorbeeld Soort, Partij en Tekst, of een kolom per soort (Belang, Wens, Doel, Actie, Feit).",
    error_not_text: "Het bestand is geen tekst zoals een spreadsheet die schrijft (CSV in UTF-8); sla het op als CSV UTF-8 en probeer het opnieuw.",
    column_kind: "Soort",
    column_party: "Partij",
    column_text: "Tekst",
    column_owner: "Eigenaar",
    plurals: ["Belangen", "Wensen", "Doelen", "Acties", "Feiten"],
};

impl Lang {
    pub fn rows(self) -> &'static RowsTexts {
        match self {
            Lang::En => &EN,
            Lang::Nl => &NL,
        }
    }

    /// The column names and values rows may use in this language.
    pub fn row_words(self) -> RowWords {
        let t = self.texts();
        let r = self.rows();
        RowWords {
            kind: r.column_kind,
            party: r.column_party,
            text: r.column_text,
            source: t.source,
            owner: r.column_owner,
            owners: t.owners,
            status: t.status,
            kinds: [
                (t.kind_interest, r.plurals[0]),
                (t.kind_wish, r.plurals[1]),
                (t.kind_goal, r.plurals[2]),
                (t.kind_action, r.plurals[3]),
                (t.kind_fact, r.plurals[4]),
            ],
            statuses: [t.status_idea, t.status_agreed, t.status_in_progress, t.status_done],
            commitments: [t.commitment_not_asked, t.commitment_committed, t.commitment_hesitant, t.commitment_not_committed],
        }
    }

    /// The words of every language, for reading rows written in any of them.
    pub fn all_row_words() -> Vec<RowWords> {
        Lang::ALL.iter().map(|l| l.row_words()).collect()
    }

    /// Why a row stays out, as "Line 4: no text".
    pub fn row_problem(self, problem: &RowProblem) -> String {
        let r = self.rows();
        let w = self.row_words();
        // The choices there are, from the words the rows are read with.
        let choices = |names: &[&str]| join(&names.iter().map(|n| (*n).to_owned()).collect::<Vec<_>>(), r.or);
        let [(interest, _), (wish, _), (goal, _), (action, _), (fact, _)] = w.kinds;
        let [not_asked, committed, hesitant, not_committed] = w.commitments;
        let reason = match &problem.reason {
            RowReason::UnknownKind(found) => {
                fill(r.reason_unknown_kind, &[("found", found), ("names", &choices(&[interest, wish, goal, action, fact]))])
            }
            RowReason::NoKind => r.reason_no_kind.to_owned(),
            RowReason::NoText => r.reason_no_text.to_owned(),
            RowReason::NoParty => r.reason_no_party.to_owned(),
            RowReason::UnknownStatus(found) => {
                fill(r.reason_unknown_status, &[("found", found), ("names", &choices(&w.statuses))])
            }
            RowReason::UnknownCommitment { party, found } => fill(
                r.reason_unknown_commitment,
                &[("found", found), ("party", party), ("names", &choices(&[committed, hesitant, not_committed, not_asked]))],
            ),
            RowReason::TooMany => fill(r.reason_too_many, &[("max", &self.whole_number(MAX_ROW_CARDS))]),
        };
        fill(r.line, &[("line", &problem.line.to_string()), ("reason", &reason)])
    }

    /// Why no rows could be read.
    pub fn rows_error(self, error: &RowsError) -> String {
        let r = self.rows();
        match error {
            RowsError::Empty => r.error_empty.to_owned(),
            RowsError::TooLarge => fill(r.error_too_large, &[("size", &format!("{} MB", MAX_ROWS_BYTES / (1024 * 1024)))]),
            RowsError::NoColumns => r.error_no_columns.to_owned(),
            RowsError::NotText => r.error_not_text.to_owned(),
        }
    }
}
