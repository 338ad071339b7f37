//! The words an export writes, handed in by whoever asks for the export.
//!
//! The core keeps no catalogue of its own: the message catalogue fills one
//! [`ExportWords`] per language, so a board exported from the Dutch
//! interface reads in Dutch, and a test can pass words of its own.

use crate::core::model::{ActionStatus, CardKind, Commitment, LinkMeaning};

/// Every word the exports write that does not come from the board itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportWords {
    // The kinds of card, as a card's header and the report's headings name them.
    pub kind_ambition: &'static str,
    pub kind_interest: &'static str,
    pub kind_wish: &'static str,
    pub kind_goal: &'static str,
    pub kind_action: &'static str,
    pub kind_fact: &'static str,
    // An action's status.
    pub status_idea: &'static str,
    pub status_agreed: &'static str,
    pub status_in_progress: &'static str,
    pub status_done: &'static str,
    // A party's commitment to an action.
    pub commitment_not_asked: &'static str,
    pub commitment_committed: &'static str,
    pub commitment_hesitant: &'static str,
    pub commitment_not_committed: &'static str,
    // What a link means, written on it; a free link shows its own label.
    pub meaning_serves: &'static str,
    pub meaning_realises: &'static str,
    pub meaning_substantiates: &'static str,
    /// The title of a board that has none.
    pub default_board_title: &'static str,
    // Headings and labels: the report's sections, the CSV's header, the
    // lines under a card's text.
    pub challenge: &'static str,
    pub parties: &'static str,
    pub owners: &'static str,
    pub status: &'static str,
    pub source: &'static str,
    pub recognised_by: &'static str,
    pub not_recognised_by: &'static str,
    pub interests: &'static str,
    pub wishes: &'static str,
    pub goals: &'static str,
    pub actions: &'static str,
    pub facts: &'static str,
    pub open_points: &'static str,
    pub without_party: &'static str,
    // What is written where something is missing or in doubt.
    pub no_owner: &'static str,
    pub no_source: &'static str,
    pub no_open_points: &'static str,
    pub not_filled_in: &'static str,
    pub empty: &'static str,
    pub no_party_cards: &'static str,
    pub no_actions: &'static str,
    pub no_facts: &'static str,
    pub all_parties: &'static str,
    pub nobody: &'static str,
    pub disputed: &'static str,
}

impl ExportWords {
    /// The name of a kind of card.
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

    /// The name of an action's status.
    pub fn status(&self, status: ActionStatus) -> &'static str {
        match status {
            ActionStatus::Idea => self.status_idea,
            ActionStatus::Agreed => self.status_agreed,
            ActionStatus::InProgress => self.status_in_progress,
            ActionStatus::Done => self.status_done,
        }
    }

    /// The name of a party's commitment to an action.
    pub fn commitment(&self, commitment: Commitment) -> &'static str {
        match commitment {
            Commitment::NotAsked => self.commitment_not_asked,
            Commitment::Committed => self.commitment_committed,
            Commitment::Hesitant => self.commitment_hesitant,
            Commitment::NotCommitted => self.commitment_not_committed,
        }
    }

    /// The words for what a link means; `None` for a free link, which
    /// carries its own label.
    pub fn meaning(&self, meaning: LinkMeaning) -> Option<&'static str> {
        match meaning {
            LinkMeaning::Serves => Some(self.meaning_serves),
            LinkMeaning::Realises => Some(self.meaning_realises),
            LinkMeaning::Substantiates => Some(self.meaning_substantiates),
            LinkMeaning::Free => None,
        }
    }
}
