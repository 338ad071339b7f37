//! Undo and redo.

use ambition_map::core::history::History;
use ambition_map::core::model::Board;

fn b(n: usize) -> Board {
    Board::new(format!("board {n}"), "")
}

#[test]
fn nothing_to_undo_or_redo_at_first() {
    let mut h = History::default();
    assert!(!h.can_undo() && !h.can_redo());
    assert_eq!(h.undo(&b(0)), None);
    assert_eq!(h.redo(&b(0)), None);
    assert!(!h.can_undo() && !h.can_redo(), "failed undo/redo must not change the history");
}

#[test]
fn undo_goes_back_in_order_and_redo_forward() {
    let mut h = History::default();
    // Changes: 0 → 1 → 2 → 3.
    h.record(b(0));
    h.record(b(1));
    h.record(b(2));
    let mut current = b(3);
    for expected in [2, 1, 0] {
        assert!(h.can_undo());
        current = h.undo(&current).unwrap();
        assert_eq!(current, b(expected));
        assert!(h.can_redo());
    }
    assert!(!h.can_undo());
    assert_eq!(h.undo(&current), None);
    for expected in [1, 2, 3] {
        current = h.redo(&current).unwrap();
        assert_eq!(current, b(expected));
    }
    assert!(!h.can_redo());
    assert_eq!(h.redo(&current), None);
    assert_eq!(h.undo(&current), Some(b(2)));
}

#[test]
fn a_new_change_clears_redo() {
    let mut h = History::default();
    h.record(b(0));
    h.record(b(1));
    let current = h.undo(&b(2)).unwrap();
    assert_eq!(current, b(1));
    assert!(h.can_redo());
    // A different change from board 1.
    h.record(current);
    assert!(!h.can_redo());
    assert_eq!(h.redo(&b(9)), None);
    assert_eq!(h.undo(&b(9)), Some(b(1)));
    assert_eq!(h.undo(&b(1)), Some(b(0)));
}

#[test]
fn only_the_last_limit_steps_are_kept() {
    let mut h = History::default();
    let extra = 5;
    for n in 0..History::<Board>::LIMIT + extra {
        h.record(b(n));
    }
    let mut current = b(History::<Board>::LIMIT + extra);
    let mut undone = 0;
    while let Some(previous) = h.undo(&current) {
        current = previous;
        undone += 1;
    }
    assert_eq!(undone, History::<Board>::LIMIT);
    // The oldest ones were forgotten.
    assert_eq!(current, b(extra));
    // Everything can be redone again.
    let mut redone = 0;
    while let Some(next) = h.redo(&current) {
        current = next;
        redone += 1;
    }
    assert_eq!(redone, History::<Board>::LIMIT);
    assert_eq!(current, b(History::<Board>::LIMIT + extra));
}
