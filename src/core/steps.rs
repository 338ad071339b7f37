//! The workshop's six steps and what each one is about on the board:
//! which cards a step brings into view when the facilitator chooses it.

use super::model::{Board, CardId, CardKind};

/// How many steps the workshop has: parties; interests, wishes and goals;
/// the ambition; making it concrete; facts and figures; the check.
pub const STEPS: usize = 6;

/// What choosing a step shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StepView {
    /// The parties (step 1): the panel that lists them.
    Parties,
    /// These cards (steps 2 to 5), or nothing to move to if the board has
    /// none of them yet.
    Cards(Vec<CardId>),
    /// The whole board and the three questions (step 6).
    Check,
}

/// The card kinds a step is about (steps counted from 0).
pub fn step_kinds(step: usize) -> &'static [CardKind] {
    match step {
        1 => &[CardKind::Interest, CardKind::Wish, CardKind::Goal],
        2 => &[CardKind::Ambition],
        3 => &[CardKind::Action],
        4 => &[CardKind::Fact],
        _ => &[],
    }
}

/// What choosing `step` (counted from 0) shows on `board`.
pub fn step_view(board: &Board, step: usize) -> StepView {
    match step {
        0 => StepView::Parties,
        s if s + 1 >= STEPS => StepView::Check,
        s => {
            let kinds = step_kinds(s);
            StepView::Cards(board.cards.iter().filter(|c| kinds.contains(&c.kind)).map(|c| c.id.clone()).collect())
        }
    }
}
