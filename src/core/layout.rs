//! Where a new card goes: near the place asked for, without covering another card.

use super::geometry::{Point, Rect, Size};
use super::model::Board;

/// Gap kept between cards, in world units.
pub const GAP: f64 = 24.0;

/// The top-left corner for a card of `size` centred as close to `centre` as
/// possible without overlapping any card on `board`. Searches outward in
/// rings; falls back to `centre` if the board is impossibly crowded.
pub fn free_spot(board: &Board, centre: Point, size: Size) -> Point {
    let at = |c: Point| Rect { x: c.x - size.width / 2.0, y: c.y - size.height / 2.0, width: size.width, height: size.height };
    let fits = |r: &Rect| board.cards.iter().all(|c| !c.rect().inflate(GAP / 2.0).intersects(&r.inflate(GAP / 2.0)));
    let step_x = size.width + GAP;
    let step_y = size.height + GAP;
    for ring in 0..40i32 {
        for i in -ring..=ring {
            for j in -ring..=ring {
                if i.abs() != ring && j.abs() != ring {
                    continue;
                }
                let r = at(centre.offset(j as f64 * step_x, i as f64 * step_y));
                if fits(&r) {
                    return Point::new(r.x, r.y);
                }
            }
        }
    }
    let r = at(centre);
    Point::new(r.x, r.y)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{CARD_SIZE};

    #[test]
    fn a_new_card_never_covers_the_ambition() {
        let board = Board::new("", "");
        let p = free_spot(&board, Point::new(0.0, 0.0), CARD_SIZE);
        let r = Rect { x: p.x, y: p.y, width: CARD_SIZE.width, height: CARD_SIZE.height };
        assert!(!r.intersects(&board.ambition().expect("ambition").rect()));
    }

    #[test]
    fn an_empty_spot_is_used_as_asked() {
        let board = Board::new("", "");
        let p = free_spot(&board, Point::new(1000.0, 1000.0), CARD_SIZE);
        assert_eq!(p, Point::new(1000.0 - CARD_SIZE.width / 2.0, 1000.0 - CARD_SIZE.height / 2.0));
    }
}
