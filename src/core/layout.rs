//! Where things are on the board: where a new card goes (near the place
//! asked for, without covering another card), and which card is next in a
//! direction, for moving the focus with the arrow keys.

use super::geometry::{Point, Rect, Size};
use super::model::{Board, Card, CardId, CardKind, PartyId, CARD_SIZE};

/// Gap kept between cards, in world units.
pub const GAP: f64 = 24.0;

/// The top-left corner for a card of `size` centred as close to `centre` as
/// possible without overlapping any card on `board` (keeping [`GAP`]
/// between them). Tries places on a grid of half a card around `centre`,
/// ring by ring, and takes the nearest free one of the first ring that has
/// any; falls back to `centre` if the board is impossibly crowded.
pub fn free_spot(board: &Board, centre: Point, size: Size) -> Point {
    let at = |c: Point| Rect { x: c.x - size.width / 2.0, y: c.y - size.height / 2.0, width: size.width, height: size.height };
    // Touching the gap's edge is fine; only real overlap counts.
    let fits = |r: &Rect| {
        let want = r.inflate(GAP - 0.5);
        board.cards.iter().all(|c| !c.rect().intersects(&want))
    };
    let step_x = (size.width + GAP) / 2.0;
    let step_y = (size.height + GAP) / 2.0;
    for ring in 0..80i32 {
        let mut best: Option<(f64, Rect)> = None;
        for i in -ring..=ring {
            for j in -ring..=ring {
                if i.abs() != ring && j.abs() != ring {
                    continue;
                }
                let c = centre.offset(j as f64 * step_x, i as f64 * step_y);
                let r = at(c);
                if fits(&r) {
                    let d = c.distance(centre);
                    if best.is_none_or(|(bd, _)| d < bd) {
                        best = Some((d, r));
                    }
                }
            }
        }
        if let Some((_, r)) = best {
            return Point::new(r.x, r.y);
        }
    }
    let r = at(centre);
    Point::new(r.x, r.y)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

    #[test]
    fn arrows_go_to_the_nearest_card_that_way() {
        let mut board = Board::new("t", "");
        let at = |id: &str, x, y| Rc::new(Card::new(CardId(id.into()), CardKind::Fact, id, Point::new(x, y)));
        board.cards.push(at("right", 600.0, 0.0));
        board.cards.push(at("right-far-off", 400.0, 300.0));
        board.cards.push(at("below", 0.0, 400.0));
        let ambition = board.ambition().map(|c| c.id.clone());
        assert_eq!(nearest_card(&board, None, (1.0, 0.0)), ambition);
        let from = CardId("below".into());
        assert_eq!(nearest_card(&board, Some(&from), (0.0, -1.0)), ambition);
        assert_eq!(nearest_card(&board, Some(&from), (0.0, 1.0)), None);
        let from = CardId("right".into());
        assert_eq!(nearest_card(&board, Some(&from), (1.0, 0.0)), None);
        assert_eq!(nearest_card(&board, Some(&from), (0.0, 1.0)), Some(CardId("right-far-off".into())));
    }


    #[test]
    fn a_new_card_never_covers_the_ambition() {
        let board = Board::new("", "");
        let p = free_spot(&board, Point::new(0.0, 0.0), CARD_SIZE);
        let r = Rect { x: p.x, y: p.y, width: CARD_SIZE.width, height: CARD_SIZE.height };
        assert!(!r.intersects(&board.ambition().expect("ambition").rect()));
    }

    #[test]
    fn new_cards_pack_close_around_the_ambition_without_overlap() {
        let mut board = Board::new("", "");
        for n in 0..12 {
            let p = free_spot(&board, Point::new(0.0, 0.0), CARD_SIZE);
            let card = crate::core::model::Card::new(
                crate::core::model::CardId(format!("c{n}")),
                crate::core::model::CardKind::Action,
                "",
                p,
            );
            for other in &board.cards {
                assert!(!other.rect().inflate(GAP - 1.0).intersects(&card.rect()), "card {n} overlaps {}", other.id.0);
            }
            board.cards.push(std::rc::Rc::new(card));
        }
        // Twelve cards fit within two card-widths of the ambition.
        let bounds = board.bounds().expect("cards");
        assert!(bounds.width < 4.0 * (CARD_SIZE.width + GAP) + 320.0, "{bounds:?}");
    }

    #[test]
    fn an_empty_spot_is_used_as_asked() {
        let board = Board::new("", "");
        let p = free_spot(&board, Point::new(1000.0, 1000.0), CARD_SIZE);
        assert_eq!(p, Point::new(1000.0 - CARD_SIZE.width / 2.0, 1000.0 - CARD_SIZE.height / 2.0));
    }
}

/// A new, empty card of `kind` with `id`, centred on `centre`, for `party`
/// if its kind belongs to one.
pub fn new_card(id: CardId, kind: CardKind, centre: Point, party: Option<PartyId>) -> Card {
    let at = centre.offset(-CARD_SIZE.width / 2.0, -CARD_SIZE.height / 2.0);
    let card = Card::new(id, kind, "", at);
    match party {
        Some(p) if kind.belongs_to_party() => card.with_party(p),
        _ => card,
    }
}

/// The centre of a free spot for a new card around `centre` (the middle of
/// what the person sees).
pub fn free_centre(board: &Board, centre: Point) -> Point {
    free_spot(board, centre, CARD_SIZE).offset(CARD_SIZE.width / 2.0, CARD_SIZE.height / 2.0)
}

/// The card nearest to `from` in the direction `(dx, dy)` (a unit step along
/// one axis), preferring cards straight ahead over cards off to the side.
/// Without a card to start from, the ambition.
pub fn nearest_card(board: &Board, from: Option<&CardId>, (dx, dy): (f64, f64)) -> Option<CardId> {
    let Some(origin) = from.and_then(|id| board.card(id)) else {
        return board.ambition().or(board.cards.first()).map(|c| c.id.clone());
    };
    let o = origin.centre();
    board
        .cards
        .iter()
        .filter(|c| c.id != origin.id)
        .filter_map(|c| {
            let p = c.centre();
            let (vx, vy) = (p.x - o.x, p.y - o.y);
            let ahead = vx * dx + vy * dy;
            let aside = (vx * dy - vy * dx).abs();
            (ahead > 0.0).then(|| (ahead + 2.0 * aside, c.id.clone()))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, id)| id)
}

/// The size of a link's words on the board (14 px, bold, with a 5 px halo),
/// a little generous.
const LABEL_CHAR_WIDTH: f64 = 8.5;
const LABEL_PADDING: f64 = 6.0;
const LABEL_HEIGHT: f64 = 18.0;
/// Where along an arrow its words may sit, in order of preference: nearer
/// the tail first, so the many arrows that meet at the ambition do not
/// pile their words up there.
const LABEL_PLACES: [f64; 5] = [0.42, 0.3, 0.55, 0.2, 0.66];

/// Where on the arrow from `a` to `b` the words `label` can sit (their
/// centre) without covering any of `keep_clear` (cards, and words placed
/// before), or `None` if nowhere: the arrow then keeps them as its title.
pub fn label_spot(a: Point, b: Point, label: &str, keep_clear: &[Rect]) -> Option<Rect> {
    let width = label.chars().count() as f64 * LABEL_CHAR_WIDTH + LABEL_PADDING;
    LABEL_PLACES.iter().map(|t| {
        let mid = Point::new(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
        Rect { x: mid.x - width / 2.0, y: mid.y - LABEL_HEIGHT / 2.0, width, height: LABEL_HEIGHT }
    })
    .find(|words| !keep_clear.iter().any(|r| r.intersects(words)))
}
