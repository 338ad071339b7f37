//! The board in words: one reading of the board that the Markdown report,
//! the print view, the outline and the JSON Canvas all walk, so each says
//! the same things in the same order.
//!
//! Built once from the board, the [`ExportWords`] and the open points the
//! caller worded. Plain data: what people wrote stays as they wrote it (a
//! writer escapes or trims it for its format), and every word the app adds
//! comes from the [`ExportWords`].

use super::{label_of, ExportWords};
use crate::core::model::{Board, CardId, CardKind, CardLookup, Commitment, LinkId, LinkMeaning, PartyId, AMBITION_ID};

/// The whole board, as the exports for people read it.
pub struct BoardInWords<'a> {
    /// The words it was read with, for headings and for what is missing.
    pub words: &'a ExportWords,
    /// The board's title, or the default title when it has none.
    pub title: &'a str,
    /// The shared challenge as written; blank when not filled in.
    pub challenge: &'a str,
    /// The parties, in the board's order.
    pub parties: Vec<PartyInWords<'a>>,
    /// Every card, in drawing order.
    pub cards: Vec<CardInWords<'a>>,
    /// Every link, in the board's order.
    pub links: Vec<LinkInWords<'a>>,
    /// The open points, one each, blank ones left out.
    pub open_points: Vec<&'a str>,
}

/// A party: its id, its name as written, its colour.
#[derive(Clone, Copy)]
pub struct PartyInWords<'a> {
    pub id: &'a PartyId,
    pub name: &'a str,
    pub colour: &'a str,
}

/// A card: what it is, what it says, and what its kind adds.
pub struct CardInWords<'a> {
    pub id: &'a CardId,
    pub kind: CardKind,
    /// The name of its kind ("Interest").
    pub kind_name: &'static str,
    /// Its text as written; blank when empty.
    pub text: &'a str,
    /// For an interest, wish or goal: its party, when that is on the board.
    pub party: Option<PartyInWords<'a>>,
    /// Dots it received in dot voting.
    pub votes: u32,
    /// For an action: owners, status and commitments.
    pub action: Option<ActionInWords<'a>>,
    /// For a fact: source and recognition.
    pub fact: Option<FactInWords<'a>>,
}

/// What an action adds to its card.
pub struct ActionInWords<'a> {
    /// The owners' names, in the order they were given; parties not on the
    /// board left out.
    pub owners: Vec<&'a str>,
    /// Its status in words (an action without one is an idea).
    pub status: &'static str,
    /// Every party's commitment, in the board's order of parties: one row of
    /// the commitment matrix.
    pub commitments: Vec<CommitmentInWords<'a>>,
}

/// A party's commitment to an action.
pub struct CommitmentInWords<'a> {
    pub party: &'a str,
    pub commitment: Commitment,
    /// The commitment in words ("Hesitant").
    pub words: &'static str,
}

/// What a fact adds to its card.
pub struct FactInWords<'a> {
    /// Its source, when one is written.
    pub source: Option<&'a str>,
    /// The names of the parties that recognise it, in the board's order.
    pub recognised_by: Vec<&'a str>,
    /// The names of the parties that do not, in the board's order.
    pub not_recognised_by: Vec<&'a str>,
}

impl FactInWords<'_> {
    /// Whether some party on the board does not recognise the fact.
    pub fn disputed(&self) -> bool {
        !self.not_recognised_by.is_empty()
    }
}

/// A link between two cards, with what it means.
pub struct LinkInWords<'a> {
    pub id: &'a LinkId,
    pub from: &'a CardId,
    pub to: &'a CardId,
    pub meaning: LinkMeaning,
    /// What is written on it: its meaning in words ("serves"), or a free
    /// link's own label; `None` for a free link without one.
    pub label: Option<&'a str>,
}

/// The kinds of card a party has, with the words that head each.
fn party_kinds(words: &ExportWords) -> [(CardKind, &'static str); 3] {
    [(CardKind::Interest, words.interests), (CardKind::Wish, words.wishes), (CardKind::Goal, words.goals)]
}

impl<'a> BoardInWords<'a> {
    /// The board read with `words`; `open_points` are the gaps the caller
    /// worded (for example from the checks on the three central questions).
    pub fn of(board: &'a Board, words: &'a ExportWords, open_points: &'a [String]) -> Self {
        let parties: Vec<PartyInWords> =
            board.parties.iter().map(|p| PartyInWords { id: &p.id, name: &p.name, colour: &p.colour }).collect();
        let party = |id: &PartyId| parties.iter().find(|p| p.id == id).copied();
        let cards = board
            .cards
            .iter()
            .map(|c| CardInWords {
                id: &c.id,
                kind: c.kind,
                kind_name: words.kind(c.kind),
                text: &c.text,
                party: c.party.as_ref().filter(|_| c.kind.belongs_to_party()).and_then(party),
                votes: c.votes,
                action: (c.kind == CardKind::Action).then(|| ActionInWords {
                    owners: c.owners.iter().filter_map(party).map(|p| p.name).collect(),
                    status: words.status(c.status.unwrap_or_default()),
                    commitments: parties
                        .iter()
                        .map(|p| {
                            let commitment = c.commitment(p.id);
                            CommitmentInWords { party: p.name, commitment, words: words.commitment(commitment) }
                        })
                        .collect(),
                }),
                fact: (c.kind == CardKind::Fact).then(|| {
                    let (yes, no): (Vec<&PartyInWords>, Vec<_>) = parties.iter().partition(|p| c.recognised_by.contains(p.id));
                    FactInWords {
                        source: c.source.as_deref().filter(|s| !s.trim().is_empty()),
                        recognised_by: yes.iter().map(|p| p.name).collect(),
                        not_recognised_by: no.iter().map(|p| p.name).collect(),
                    }
                }),
            })
            .collect();
        let lookup = CardLookup::of(board);
        let links = board
            .links
            .iter()
            .map(|l| {
                let meaning = lookup.link_meaning(l);
                LinkInWords { id: &l.id, from: &l.from, to: &l.to, meaning, label: label_of(meaning, l, words) }
            })
            .collect();
        BoardInWords {
            words,
            title: if board.title.trim().is_empty() { words.default_board_title } else { &board.title },
            challenge: &board.challenge,
            parties,
            cards,
            links,
            open_points: open_points.iter().map(String::as_str).filter(|p| !p.trim().is_empty()).collect(),
        }
    }

    /// The ambition card, when the board has it.
    pub fn ambition(&self) -> Option<&CardInWords<'a>> {
        self.cards.iter().find(|c| c.id.0 == AMBITION_ID)
    }

    /// The cards of `kind`, in drawing order.
    pub fn of_kind(&self, kind: CardKind) -> impl Iterator<Item = &CardInWords<'a>> {
        self.cards.iter().filter(move |c| c.kind == kind)
    }

    /// The actions, each with what it adds to its card.
    pub fn actions(&self) -> impl Iterator<Item = (&CardInWords<'a>, &ActionInWords<'a>)> {
        self.cards.iter().filter_map(|c| Some((c, c.action.as_ref()?)))
    }

    /// The facts, each with what it adds to its card.
    pub fn facts(&self) -> impl Iterator<Item = (&CardInWords<'a>, &FactInWords<'a>)> {
        self.cards.iter().filter_map(|c| Some((c, c.fact.as_ref()?)))
    }

    /// The interests, wishes and goals of `party`, or with `None` those of
    /// no party on the board: per kind its heading ("Interests") and its
    /// cards, kinds without cards left out.
    pub fn party_cards(&self, party: Option<&PartyId>) -> Vec<(&'static str, Vec<&CardInWords<'a>>)> {
        party_kinds(self.words)
            .into_iter()
            .map(|(kind, heading)| (heading, self.of_kind(kind).filter(|c| c.party.map(|p| p.id) == party).collect::<Vec<_>>()))
            .filter(|(_, cards)| !cards.is_empty())
            .collect()
    }
}

/// The lines of what a person wrote as a reader sees them: trimmed, blank
/// ones left out.
pub fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty())
}
