//! Where things are on the board: where a new card goes (near the place
//! asked for, without covering another card), which card is next in a
//! direction, for moving the focus with the arrow keys, how a link runs
//! around the cards it does not join, and where its words go.

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

/// Where on the arrow `route` the words `label` can sit (their centre)
/// without covering any of `keep_clear` (cards, and words placed before),
/// or `None` if nowhere: the arrow then keeps them as its title.
pub fn label_spot(route: &Route, label: &str, keep_clear: &[Rect]) -> Option<Rect> {
    let width = label.chars().count() as f64 * LABEL_CHAR_WIDTH + LABEL_PADDING;
    LABEL_PLACES.iter().map(|t| {
        let mid = route.at(*t);
        Rect { x: mid.x - width / 2.0, y: mid.y - LABEL_HEIGHT / 2.0, width, height: LABEL_HEIGHT }
    })
    .find(|words| !keep_clear.iter().any(|r| r.intersects(words)))
}

/// How a link runs: from `a` on the edge of its first card to `b` on the
/// edge of its second, straight, or bent through `via` (the control point
/// of a quadratic curve) around cards it does not join.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Route {
    pub a: Point,
    pub b: Point,
    pub via: Option<Point>,
}

impl Route {
    /// The straight route between the edges of two cards.
    pub fn straight(from: Rect, to: Rect) -> Route {
        Route { a: from.edge_towards(to.centre()), b: to.edge_towards(from.centre()), via: None }
    }

    /// The point a share `t` (0 to 1) of the way along.
    pub fn at(&self, t: f64) -> Point {
        match self.via {
            None => Point::new(self.a.x + (self.b.x - self.a.x) * t, self.a.y + (self.b.y - self.a.y) * t),
            Some(c) => {
                let (u, v, w) = ((1.0 - t) * (1.0 - t), 2.0 * (1.0 - t) * t, t * t);
                Point::new(u * self.a.x + v * c.x + w * self.b.x, u * self.a.y + v * c.y + w * self.b.y)
            }
        }
    }

    /// The rectangle the route runs within.
    pub fn bounds(&self) -> Rect {
        (0..=ROUTE_SAMPLES).map(|i| self.at(i as f64 / ROUTE_SAMPLES as f64)).fold(Rect::from_corners(self.a, self.b), |r, p| {
            r.union(&Rect { x: p.x, y: p.y, width: 0.0, height: 0.0 })
        })
    }

    /// How many of the points checked along the route lie in any of
    /// `cards` (with a little room): 0 when it runs clear of them.
    fn crossings(&self, cards: &[Rect]) -> usize {
        (1..ROUTE_SAMPLES)
            .filter(|i| {
                let p = self.at(*i as f64 / ROUTE_SAMPLES as f64);
                cards.iter().any(|r| r.inflate(ROUTE_ROOM).contains(p))
            })
            .count()
    }
}

/// Up to this many cards, links run round the cards they do not join and
/// their words keep clear of every card; a larger board is not searched
/// (it would cost more time than it is worth).
pub const CHECKED_CARDS: usize = 400;

/// Points checked along a route, and the room kept around cards.
const ROUTE_SAMPLES: usize = 24;
const ROUTE_ROOM: f64 = 4.0;
/// Where a bent link's curve may be pulled to, as shares of the distance
/// between its cards' centres: out to either side (`k`, in tenths up to
/// 0.7) and along the line towards either end (`s`, in steps of 0.15 up to
/// 0.45). Gentle pulls are tried first: in the order of `4|k| + 3|s|`
/// counted in those steps.
fn bends() -> impl Iterator<Item = (f64, f64)> {
    (1..=37).flat_map(|cost| {
        (-7i32..=7).flat_map(move |k| {
            (-3i32..=3).filter(move |s| 4 * k.abs() + 3 * s.abs() == cost).map(move |s| (f64::from(k) * 0.1, f64::from(s) * 0.15))
        })
    })
}

/// The route of a link from the card at `from` to the card at `to` that
/// runs through none of `others` (the other cards): straight when it can,
/// else the gentlest of the curves tried that keeps clear of them and of
/// its own two cards; where none does, the one that crosses least, if it
/// crosses less than the straight line.
pub fn link_route(from: Rect, to: Rect, others: &[Rect]) -> Route {
    let straight = Route::straight(from, to);
    let (p, q) = (from.centre(), to.centre());
    let (dx, dy) = (q.x - p.x, q.y - p.y);
    // Only cards near the link can be in its way, however it bends.
    let near = from.union(&to).inflate(0.5 * dx.hypot(dy));
    let others: Vec<Rect> = others.iter().filter(|r| **r != from && **r != to && r.intersects(&near)).copied().collect();
    let mut best = (straight.crossings(&others), straight);
    if best.0 == 0 {
        return straight;
    }
    let mid = p.midpoint(q);
    for (k, s) in bends() {
        // Off the middle: square to the line between the centres, and along it.
        let via = Point::new(mid.x - dy * k + dx * s, mid.y + dx * k + dy * s);
        let route = Route { a: from.edge_towards(via), b: to.edge_towards(via), via: Some(via) };
        // Never through its own two cards, except at its ends.
        let through_own = (2..ROUTE_SAMPLES - 1).any(|i| {
            let p = route.at(i as f64 / ROUTE_SAMPLES as f64);
            from.contains(p) || to.contains(p)
        });
        let crossings = route.crossings(&others);
        if !through_own && crossings < best.0 {
            best = (crossings, route);
            if crossings == 0 {
                break;
            }
        }
    }
    best.1
}
