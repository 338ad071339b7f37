//! Which tab edits a board: one at a time. A tab that opens a board another
//! tab is editing shows it, read-only, as that tab saves it, and stands in
//! line to edit it next; "edit here instead" asks the editing tab to save
//! what it has and let go, and takes the board over when it has (or when it
//! does not answer in time). What the browser's locks and messages between
//! tabs do is the platform's; what a tab does about them is decided here.

/// Where this tab stands with the board it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hold {
    /// Asking whether the board is free; in a moment it is known.
    Asking,
    /// This tab edits the board.
    Editing,
    /// Another tab edits the board: this one shows it and waits its turn.
    Watching,
    /// This tab asked the editing one to hand the board over.
    TakingOver,
    /// Another tab asked for the board: what is left is being saved before
    /// this tab lets go. Nothing more is changed here.
    HandingOver,
}

impl Hold {
    /// Whether edits in this tab are kept. While the board is being asked
    /// for (a moment), they are; if another tab turns out to edit it, they
    /// are kept as a copy beside it.
    pub fn edits(self) -> bool {
        matches!(self, Hold::Asking | Hold::Editing)
    }

    /// Whether this tab shows a board another tab edits (with "edit here
    /// instead").
    pub fn watching(self) -> bool {
        matches!(self, Hold::Watching | Hold::TakingOver)
    }
}

/// What happened, as the platform tells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Signal {
    /// The board was free and is this tab's now.
    Free,
    /// Another tab holds the board.
    Held,
    /// The board this tab stood in line for is its now (the tab that held
    /// it let go, or closed).
    Granted,
    /// Another tab took the board from this one.
    Taken,
    /// Another tab asks for the board.
    Asked,
    /// The editing tab has saved everything: the board can be taken over.
    Ready,
    /// The editing tab did not answer in time.
    NoAnswer,
    /// The person chose "edit here instead".
    EditHere,
    /// Everything this tab wrote is stored.
    Settled,
    /// This browser cannot tell tabs apart (no locks): every tab edits, as
    /// before.
    Unsupported,
}

/// What the tab is to do, in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Stand in line for the board.
    Queue,
    /// Take the board, whoever holds it (and leave the line).
    Take,
    /// Ask the editing tab to hand the board over.
    Ask,
    /// Tell the asking tab everything is stored.
    TellReady,
    /// Save the open board now.
    Save,
    /// Say when everything written is stored ([`Signal::Settled`]).
    AwaitSettled,
    /// Read the board as stored, and show it: it is this tab's to edit now.
    ReadStored,
    /// Keep this tab's unsaved changes as a copy beside the board: the board
    /// was taken before they could be saved.
    KeepChangesAsCopy,
}

/// The next stand and steps after `signal`; `dirty`: this tab has changes
/// not saved yet.
pub fn next(hold: Hold, signal: Signal, dirty: bool) -> (Hold, Vec<Step>) {
    use Hold::*;
    use Signal::*;
    match (hold, signal) {
        (_, Unsupported) => (Editing, vec![]),
        (Asking, Free) => (Editing, vec![]),
        (Asking, Held) if dirty => (Watching, vec![Step::KeepChangesAsCopy, Step::Queue]),
        (Asking, Held) => (Watching, vec![Step::Queue]),
        (Watching | TakingOver, Granted) => (Editing, vec![Step::ReadStored]),
        (Watching, EditHere) => (TakingOver, vec![Step::Ask]),
        (TakingOver, Ready | NoAnswer) => (TakingOver, vec![Step::Take]),
        (Editing, Asked) => (HandingOver, vec![Step::Save, Step::AwaitSettled]),
        (HandingOver, Settled) => (HandingOver, vec![Step::TellReady]),
        (HandingOver, Taken) => (Watching, vec![Step::Queue]),
        (Editing, Taken) if dirty => (Watching, vec![Step::KeepChangesAsCopy, Step::Queue]),
        (Editing, Taken) => (Watching, vec![Step::Queue]),
        (hold, _) => (hold, vec![]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tab_that_is_asked_saves_before_it_says_ready_and_edits_nothing_meanwhile() {
        let (hold, steps) = next(Hold::Editing, Signal::Asked, true);
        assert_eq!(hold, Hold::HandingOver);
        assert!(!hold.edits());
        assert_eq!(steps, vec![Step::Save, Step::AwaitSettled]);
        assert_eq!(next(hold, Signal::Settled, false), (Hold::HandingOver, vec![Step::TellReady]));
    }

    #[test]
    fn changes_not_saved_when_the_board_is_taken_are_kept_as_a_copy() {
        assert_eq!(next(Hold::Editing, Signal::Taken, true), (Hold::Watching, vec![Step::KeepChangesAsCopy, Step::Queue]));
        assert_eq!(next(Hold::Editing, Signal::Taken, false), (Hold::Watching, vec![Step::Queue]));
    }

    #[test]
    fn signals_out_of_turn_change_nothing() {
        for hold in [Hold::Asking, Hold::Editing, Hold::Watching, Hold::TakingOver, Hold::HandingOver] {
            for signal in [Signal::Ready, Signal::NoAnswer, Signal::Settled] {
                if !(hold == Hold::TakingOver || (hold == Hold::HandingOver && signal == Signal::Settled)) {
                    assert_eq!(next(hold, signal, false), (hold, vec![]), "{hold:?} {signal:?}");
                }
            }
        }
        assert_eq!(next(Hold::Editing, Signal::EditHere, false), (Hold::Editing, vec![]));
    }
}
