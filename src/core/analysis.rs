//! The chapter's three central questions as checks, computed from a board.
//!
//! [`check_board`] answers each question with a [`Status`] and the [`Gap`]s
//! that keep it from being met; every gap names the cards and parties it is
//! about, so a click can bring them into view. [`coverage`] and
//! [`commitment_matrix`] give the figures behind the first two questions.
//!
//! What counts as a link of a meaning: a link joining two cards whose kinds
//! give it that meaning ([`LinkMeaning::of`]), read in either direction, so a
//! link drawn "backwards" in a hand-made board still counts.
//!
//! Gaps are listed in a stable order: first the gaps about the board as a
//! whole, then the gaps about single cards or parties in board order (cards
//! in drawing order, parties in the order of the party list).

use std::collections::BTreeSet;

use super::model::{Board, Card, CardId, CardKind, CardLookup, Commitment, LinkMeaning, PartyId};

/// The chapter's three central questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Question {
    /// Have you formulated a shared ambition that inspires?
    SharedAmbition,
    /// How do you make the ambition concrete enough?
    Concrete,
    /// How do you make sure you have the right facts, figures and substantiation?
    Facts,
}

impl Question {
    /// The three questions, in the chapter's order.
    pub const ALL: [Question; 3] = [Question::SharedAmbition, Question::Concrete, Question::Facts];
}

/// How far the board answers a question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// No gaps.
    Met,
    /// The basis is there, but there are gaps.
    PartlyMet,
    /// The basis of the question is missing (see [`check_board`]).
    NotMet,
}

/// One thing still missing on the board.
#[derive(Clone, Debug, PartialEq)]
pub struct Gap {
    pub kind: GapKind,
    /// The cards to select or bring into view when the gap is clicked, in board order.
    pub cards: Vec<CardId>,
    /// The parties concerned, in party order.
    pub parties: Vec<PartyId>,
}

/// What is missing.
#[derive(Clone, Debug, PartialEq)]
pub enum GapKind {
    // Question 1: a shared ambition that inspires.
    /// The ambition card has no text (or there is no ambition card).
    /// Cards: the ambition.
    NoAmbitionStatement,
    /// No parties on the board.
    NoParties,
    /// None of the party's interests, wishes and goals is linked to the
    /// ambition (a [`LinkMeaning::Serves`] link). Cards: the party's
    /// interests, wishes and goals (none if it has none).
    PartyNotServed { party: PartyId },

    // Question 2: concrete enough.
    /// No action is linked to the ambition (a [`LinkMeaning::Realises`]
    /// link). Cards: the ambition and every action on the board.
    NoActions,
    /// An action that is not linked to the ambition. Only listed when some
    /// other action is ([`GapKind::NoActions`] covers the rest).
    ActionNotLinked { card: CardId },
    /// An action without an owner party.
    ActionWithoutOwner { card: CardId },
    /// The party is committed to no action. Only listed when there is at
    /// least one action. Cards: every action on the board.
    PartyCommittedToNothing { party: PartyId },
    /// The party is hesitant about this action.
    PartyHesitant { party: PartyId, card: CardId },

    // Question 3: the right facts and figures.
    /// No fact substantiates the ambition, directly or indirectly (see
    /// [`substantiates_ambition`]). Cards: the ambition and every fact.
    NoFacts,
    /// A fact that substantiates no card at all (not linked to the
    /// ambition, an action, or an interest, wish or goal).
    FactNotLinked { card: CardId },
    /// A fact with no source (or only whitespace).
    FactWithoutSource { card: CardId },
    /// A disputed fact: these parties (in party order) do not recognise it.
    FactNotRecognisedBy { card: CardId, parties: Vec<PartyId> },
}

/// The answer to one question.
#[derive(Clone, Debug, PartialEq)]
pub struct Check {
    pub question: Question,
    pub status: Status,
    pub gaps: Vec<Gap>,
}

/// How many of a party's interests, wishes and goals are linked to the ambition.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartyCoverage {
    pub party: PartyId,
    /// Of its interests, wishes and goals: those linked to the ambition.
    pub linked: usize,
    /// All its interests, wishes and goals.
    pub total: usize,
}

impl PartyCoverage {
    /// Whether the ambition serves this party: at least one linked card.
    pub fn is_served(&self) -> bool {
        self.linked > 0
    }
}

/// How often each commitment occurs in one row or column of a [`CommitmentMatrix`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CommitmentTotals {
    pub committed: usize,
    pub hesitant: usize,
    pub not_committed: usize,
    pub not_asked: usize,
}

impl CommitmentTotals {
    /// Counts one more commitment.
    pub fn add(&mut self, c: Commitment) {
        match c {
            Commitment::Committed => self.committed += 1,
            Commitment::Hesitant => self.hesitant += 1,
            Commitment::NotCommitted => self.not_committed += 1,
            Commitment::NotAsked => self.not_asked += 1,
        }
    }

    /// How many of `c` were counted.
    pub fn of(&self, c: Commitment) -> usize {
        match c {
            Commitment::Committed => self.committed,
            Commitment::Hesitant => self.hesitant,
            Commitment::NotCommitted => self.not_committed,
            Commitment::NotAsked => self.not_asked,
        }
    }

    /// All counted.
    pub fn total(&self) -> usize {
        self.committed + self.hesitant + self.not_committed + self.not_asked
    }
}

/// One party's relation to one action.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MatrixCell {
    pub commitment: Commitment,
    /// Whether the party is an owner of the action.
    pub owner: bool,
}

/// Who commits to what: a row per party (party order), a column per action
/// (board order).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CommitmentMatrix {
    /// The rows.
    pub parties: Vec<PartyId>,
    /// The columns.
    pub actions: Vec<CardId>,
    /// `cells[row][column]`.
    pub cells: Vec<Vec<MatrixCell>>,
    /// Per party (row), over all actions.
    pub party_totals: Vec<CommitmentTotals>,
    /// Per action (column), over all parties.
    pub action_totals: Vec<CommitmentTotals>,
}

impl CommitmentMatrix {
    /// The cell of `party` and `action`, if both are in the matrix.
    pub fn cell(&self, party: &PartyId, action: &CardId) -> Option<MatrixCell> {
        let row = self.parties.iter().position(|p| p == party)?;
        let col = self.actions.iter().position(|a| a == action)?;
        self.cells.get(row).and_then(|r| r.get(col)).copied()
    }
}

/// The three checks, in the chapter's order. The status rules:
///
/// 1. **Shared ambition** — *not met* when the ambition has no text, there
///    are no parties, or no party at all is served (none has an interest,
///    wish or goal linked to the ambition). Gaps: `NoAmbitionStatement`,
///    `NoParties`, then `PartyNotServed` per party.
/// 2. **Concrete** — *not met* when no action is linked to the ambition.
///    Gaps: `NoActions`, then per action `ActionNotLinked` (only when another
///    action is linked) and `ActionWithoutOwner`, then `PartyCommittedToNothing`
///    per party (only when there is an action at all), then `PartyHesitant`
///    per action and party.
/// 3. **Facts** — *not met* when no fact substantiates the ambition. Gaps:
///    `NoFacts`, then per fact `FactNotLinked`, `FactWithoutSource` and
///    `FactNotRecognisedBy`.
///
/// Otherwise a question is *met* when it has no gaps, *partly met* when it has some.
/// Every action and fact on the board is checked, linked or not.
pub fn check_board(board: &Board) -> [Check; 3] {
    let links = Links::of(board);
    [shared_ambition(board, &links), concrete(board, &links), substantiated(board, &links)]
}

/// Per party, in party order: how many of its interests, wishes and goals
/// are linked to the ambition, of how many.
pub fn coverage(board: &Board) -> Vec<PartyCoverage> {
    let links = Links::of(board);
    board
        .parties
        .iter()
        .map(|p| {
            let own = || board.cards.iter().filter(|c| c.kind.belongs_to_party() && c.party.as_ref() == Some(&p.id));
            PartyCoverage {
                party: p.id.clone(),
                linked: own().filter(|c| links.serving.contains(&c.id)).count(),
                total: own().count(),
            }
        })
        .collect()
}

/// Whether a fact is disputed: some party on the board does not recognise
/// it. Never true for a card that is not a fact, nor on a board without parties.
pub fn is_disputed(board: &Board, fact: &Card) -> bool {
    fact.kind == CardKind::Fact && !unrecognised_by(board, fact).is_empty()
}

/// Whether a fact substantiates the ambition: it is linked to the ambition
/// itself, or to an action linked to the ambition, or to an interest, wish
/// or goal linked to the ambition (one step away, along the meaningful links).
pub fn substantiates_ambition(board: &Board, fact: &Card) -> bool {
    fact.kind == CardKind::Fact && Links::of(board).substantiating.contains(&fact.id)
}

/// Who commits to what; see [`CommitmentMatrix`].
pub fn commitment_matrix(board: &Board) -> CommitmentMatrix {
    let parties: Vec<PartyId> = board.parties.iter().map(|p| p.id.clone()).collect();
    let actions: Vec<&Card> = board.cards.iter().filter(|c| c.kind == CardKind::Action).map(|c| &**c).collect();
    let cells: Vec<Vec<MatrixCell>> = parties
        .iter()
        .map(|p| {
            actions.iter().map(|a| MatrixCell { commitment: a.commitment(p), owner: a.owners.contains(p) }).collect()
        })
        .collect();
    let mut party_totals = vec![CommitmentTotals::default(); parties.len()];
    let mut action_totals = vec![CommitmentTotals::default(); actions.len()];
    for (row, cells) in cells.iter().enumerate() {
        for (col, cell) in cells.iter().enumerate() {
            party_totals[row].add(cell.commitment);
            action_totals[col].add(cell.commitment);
        }
    }
    CommitmentMatrix {
        parties,
        actions: actions.iter().map(|a| a.id.clone()).collect(),
        cells,
        party_totals,
        action_totals,
    }
}

/// What the meaningful links say, worked out once per check.
struct Links {
    /// Interests, wishes and goals linked to the ambition.
    serving: BTreeSet<CardId>,
    /// Actions linked to the ambition.
    realising: BTreeSet<CardId>,
    /// Facts that substantiate some card.
    linked_facts: BTreeSet<CardId>,
    /// Facts that substantiate the ambition, directly or one step away.
    substantiating: BTreeSet<CardId>,
}

impl Links {
    fn of(board: &Board) -> Links {
        let ambition = CardId::ambition();
        // Cards by id, so finding a link's ends does not search the board.
        let cards = CardLookup::of(board);
        // Each meaningful link as (the card the meaning starts from, the card it points to).
        let meaningful: Vec<(LinkMeaning, &Card, &Card)> = board
            .links
            .iter()
            .filter_map(|l| {
                let (a, b) = (cards.card(&l.from)?, cards.card(&l.to)?);
                match LinkMeaning::of(a.kind, b.kind) {
                    LinkMeaning::Free => match LinkMeaning::of(b.kind, a.kind) {
                        LinkMeaning::Free => None,
                        m => Some((m, &**b, &**a)),
                    },
                    m => Some((m, &**a, &**b)),
                }
            })
            .collect();
        let mut serving = BTreeSet::new();
        let mut realising = BTreeSet::new();
        for (m, from, to) in &meaningful {
            if to.id != ambition {
                continue;
            }
            match m {
                LinkMeaning::Serves => {
                    serving.insert(from.id.clone());
                }
                LinkMeaning::Realises => {
                    realising.insert(from.id.clone());
                }
                _ => {}
            }
        }
        let mut linked_facts = BTreeSet::new();
        let mut substantiating = BTreeSet::new();
        for (m, from, to) in &meaningful {
            if *m != LinkMeaning::Substantiates {
                continue;
            }
            linked_facts.insert(from.id.clone());
            if to.id == ambition || serving.contains(&to.id) || realising.contains(&to.id) {
                substantiating.insert(from.id.clone());
            }
        }
        Links { serving, realising, linked_facts, substantiating }
    }
}

fn status(basis_missing: bool, gaps: &[Gap]) -> Status {
    if basis_missing {
        Status::NotMet
    } else if gaps.is_empty() {
        Status::Met
    } else {
        Status::PartlyMet
    }
}

fn gap(kind: GapKind, cards: Vec<CardId>, parties: Vec<PartyId>) -> Gap {
    Gap { kind, cards, parties }
}

fn cards_of_kind(board: &Board, kind: CardKind) -> impl Iterator<Item = &Card> {
    board.cards.iter().filter(move |c| c.kind == kind).map(|c| &**c)
}

fn shared_ambition(board: &Board, links: &Links) -> Check {
    let mut gaps = Vec::new();
    let statement = board.ambition().is_some_and(|a| !a.text.trim().is_empty());
    if !statement {
        gaps.push(gap(GapKind::NoAmbitionStatement, vec![CardId::ambition()], vec![]));
    }
    if board.parties.is_empty() {
        gaps.push(gap(GapKind::NoParties, vec![], vec![]));
    }
    let mut any_served = false;
    for p in &board.parties {
        let own: Vec<CardId> = board
            .cards
            .iter()
            .filter(|c| c.kind.belongs_to_party() && c.party.as_ref() == Some(&p.id))
            .map(|c| c.id.clone())
            .collect();
        if own.iter().any(|c| links.serving.contains(c)) {
            any_served = true;
        } else {
            gaps.push(gap(GapKind::PartyNotServed { party: p.id.clone() }, own, vec![p.id.clone()]));
        }
    }
    let status = status(!statement || !any_served, &gaps);
    Check { question: Question::SharedAmbition, status, gaps }
}

fn concrete(board: &Board, links: &Links) -> Check {
    let mut gaps = Vec::new();
    let actions: Vec<&Card> = cards_of_kind(board, CardKind::Action).collect();
    let all_actions = || actions.iter().map(|a| a.id.clone()).collect::<Vec<_>>();
    let any_linked = !links.realising.is_empty();
    if !any_linked {
        let mut cards = vec![CardId::ambition()];
        cards.extend(all_actions());
        gaps.push(gap(GapKind::NoActions, cards, vec![]));
    }
    for a in &actions {
        if any_linked && !links.realising.contains(&a.id) {
            gaps.push(gap(GapKind::ActionNotLinked { card: a.id.clone() }, vec![a.id.clone()], vec![]));
        }
        if !a.owners.iter().any(|o| board.party(o).is_some()) {
            gaps.push(gap(GapKind::ActionWithoutOwner { card: a.id.clone() }, vec![a.id.clone()], vec![]));
        }
    }
    if !actions.is_empty() {
        for p in &board.parties {
            if !actions.iter().any(|a| a.commitment(&p.id) == Commitment::Committed) {
                gaps.push(gap(
                    GapKind::PartyCommittedToNothing { party: p.id.clone() },
                    all_actions(),
                    vec![p.id.clone()],
                ));
            }
        }
    }
    for a in &actions {
        for p in &board.parties {
            if a.commitment(&p.id) == Commitment::Hesitant {
                gaps.push(gap(
                    GapKind::PartyHesitant { party: p.id.clone(), card: a.id.clone() },
                    vec![a.id.clone()],
                    vec![p.id.clone()],
                ));
            }
        }
    }
    let status = status(!any_linked, &gaps);
    Check { question: Question::Concrete, status, gaps }
}

fn unrecognised_by(board: &Board, fact: &Card) -> Vec<PartyId> {
    board.parties.iter().filter(|p| !fact.recognised_by.contains(&p.id)).map(|p| p.id.clone()).collect()
}

fn substantiated(board: &Board, links: &Links) -> Check {
    let mut gaps = Vec::new();
    let fact_cards: Vec<&Card> = cards_of_kind(board, CardKind::Fact).collect();
    let any = !links.substantiating.is_empty();
    if !any {
        let mut cards = vec![CardId::ambition()];
        cards.extend(fact_cards.iter().map(|f| f.id.clone()));
        gaps.push(gap(GapKind::NoFacts, cards, vec![]));
    }
    for f in &fact_cards {
        let id = || f.id.clone();
        if !links.linked_facts.contains(&f.id) {
            gaps.push(gap(GapKind::FactNotLinked { card: id() }, vec![id()], vec![]));
        }
        if f.source.as_deref().is_none_or(|s| s.trim().is_empty()) {
            gaps.push(gap(GapKind::FactWithoutSource { card: id() }, vec![id()], vec![]));
        }
        let missing = unrecognised_by(board, f);
        if !missing.is_empty() {
            gaps.push(gap(GapKind::FactNotRecognisedBy { card: id(), parties: missing.clone() }, vec![id()], missing));
        }
    }
    let status = status(!any, &gaps);
    Check { question: Question::Facts, status, gaps }
}
