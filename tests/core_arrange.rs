//! Laying the board out in one command: no overlaps, the ambition centred,
//! parties grouped in their own blocks, facts above, actions below,
//! deterministic and stable, for 5 to 500 cards of any size.

use std::collections::BTreeMap;
use std::rc::Rc;

use ambition_map::core::action::{apply, Action};
use ambition_map::core::arrange::arrange;
use ambition_map::core::geometry::{Point, Rect};
use ambition_map::core::layout::GAP;
use ambition_map::core::model::{Board, Card, CardId, CardKind, Party, PartyId, AMBITION_SIZE, PARTY_COLOURS};

/// A small deterministic random source (xorshift), so the tests need no seed files.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (self.below(10_000) as f64 / 10_000.0) * (hi - lo)
    }
}

/// A board of `n` cards (the ambition among them) with `parties` parties of
/// very uneven sizes, cards of many sizes at random places, and a few party
/// cards whose party is not on the board.
fn generated(seed: u64, n: usize, parties: usize) -> Board {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let mut b = Board::new("gen", "");
    for p in 0..parties {
        b.parties.push(Party::new(PartyId(format!("p{p}")), format!("P{p}"), PARTY_COLOURS[p % PARTY_COLOURS.len()]));
    }
    for i in 1..n {
        let kind = match rng.below(10) {
            0..=1 => CardKind::Action,
            2..=3 => CardKind::Fact,
            4..=6 => CardKind::Interest,
            7..=8 => CardKind::Wish,
            _ => CardKind::Goal,
        };
        let at = Point::new(rng.range(-3000.0, 3000.0), rng.range(-3000.0, 3000.0));
        let mut card = Card::new(CardId(format!("c{i}")), kind, format!("card {i}"), at);
        if rng.below(4) == 0 {
            card.width = rng.range(40.0, 520.0);
            card.height = rng.range(30.0, 330.0);
        }
        if kind.belongs_to_party() {
            // Skewed: low party numbers get far more cards.
            let p = if parties == 0 || rng.below(40) == 0 {
                "gone".to_owned()
            } else {
                let r = rng.below(parties as u64 * parties as u64);
                format!("p{}", parties - 1 - ((r as f64).sqrt() as usize).min(parties - 1))
            };
            card.party = Some(PartyId(p));
        }
        b.cards.push(Rc::new(card));
    }
    b
}

fn positions(board: &Board) -> BTreeMap<CardId, Point> {
    arrange(board).into_iter().collect()
}

fn arranged(board: &Board) -> Board {
    apply(board, &Action::MoveCards(arrange(board))).expect("the arrangement applies")
}

/// The gap between two rectangles: negative when they overlap.
fn separation(a: &Rect, b: &Rect) -> f64 {
    let dx = (b.x - a.right()).max(a.x - b.right());
    let dy = (b.y - a.bottom()).max(a.y - b.bottom());
    dx.max(dy)
}

fn assert_no_overlaps(board: &Board) {
    let rects: Vec<(CardId, Rect)> = board.cards.iter().map(|c| (c.id.clone(), c.rect())).collect();
    for (i, (a, ra)) in rects.iter().enumerate() {
        for (b, rb) in &rects[i + 1..] {
            let gap = separation(ra, rb);
            assert!(gap >= GAP - 1e-9, "{a:?} {ra:?} and {b:?} {rb:?} are {gap} apart");
        }
    }
}

fn bounds<'a>(cards: impl Iterator<Item = &'a Rc<Card>>) -> Option<Rect> {
    cards.map(|c| c.rect()).reduce(|a, b| a.union(&b))
}

/// Groups: each known party, unknown-party cards, facts, actions, the ambition.
fn groups(board: &Board) -> Vec<(String, Rect)> {
    let mut out = Vec::new();
    for p in &board.parties {
        if let Some(r) = bounds(board.cards.iter().filter(|c| c.party.as_ref() == Some(&p.id))) {
            out.push((p.id.0.clone(), r));
        }
    }
    let orphan = |c: &&Rc<Card>| c.kind.belongs_to_party() && c.party.as_ref().is_none_or(|p| board.party(p).is_none());
    if let Some(r) = bounds(board.cards.iter().filter(orphan)) {
        out.push(("no party".into(), r));
    }
    for kind in [CardKind::Fact, CardKind::Action, CardKind::Ambition] {
        if let Some(r) = bounds(board.cards.iter().filter(|c| c.kind == kind)) {
            out.push((format!("{kind:?}"), r));
        }
    }
    out
}

fn check_layout(board: &Board) {
    let b = arranged(board);
    assert_eq!(arrange(board).len(), board.cards.len(), "every card gets a place");
    assert_no_overlaps(&b);

    let amb = b.ambition().expect("ambition").rect();
    assert!(amb.centre().distance(Point::new(0.0, 0.0)) < 1e-9, "ambition centred: {amb:?}");

    // Facts above, actions below, party cards beside the ambition.
    for c in &b.cards {
        let r = c.rect();
        match c.kind {
            CardKind::Fact => assert!(r.bottom() < amb.y, "fact {:?} above", c.id),
            CardKind::Action => assert!(r.y > amb.bottom(), "action {:?} below", c.id),
            CardKind::Interest | CardKind::Wish | CardKind::Goal => {
                assert!(r.right() < amb.x || r.x > amb.right(), "party card {:?} beside the ambition", c.id)
            }
            CardKind::Ambition => {}
        }
    }

    // Each party's cards form a block of their own, apart from every other group.
    let groups = groups(&b);
    for (i, (a, ra)) in groups.iter().enumerate() {
        for (g, rg) in &groups[i + 1..] {
            assert!(separation(ra, rg) >= GAP - 1e-9, "groups {a} {ra:?} and {g} {rg:?} overlap");
        }
    }

    // Inside a block: interests, then wishes, then goals, top to bottom.
    for p in &b.parties {
        let of = |k: CardKind| bounds(b.cards.iter().filter(|c| c.kind == k && c.party.as_ref() == Some(&p.id)));
        let kinds: Vec<Rect> =
            [CardKind::Interest, CardKind::Wish, CardKind::Goal].into_iter().filter_map(of).collect();
        for pair in kinds.windows(2) {
            assert!(pair[0].bottom() < pair[1].y, "{:?}: kinds in order", p.id);
        }
    }
}

#[test]
fn generated_boards_of_5_to_500_cards_are_laid_out_without_overlaps() {
    for (seed, n, parties) in
        [(1, 5, 2), (2, 5, 0), (3, 50, 4), (4, 50, 1), (5, 200, 6), (6, 200, 3), (7, 500, 8), (8, 500, 12), (9, 500, 2)]
    {
        check_layout(&generated(seed, n, parties));
    }
}

#[test]
fn many_small_random_boards_are_laid_out_without_overlaps() {
    for seed in 100..160 {
        let n = 2 + (seed as usize * 7) % 40;
        check_layout(&generated(seed, n, (seed as usize) % 6));
    }
}

#[test]
fn a_board_with_just_the_ambition_keeps_it_in_the_middle() {
    let b = Board::new("", "");
    let moves = arrange(&b);
    assert_eq!(moves.len(), 1);
    assert_eq!(moves[0].0, CardId::ambition());
    assert_eq!(moves[0].1, Point::new(-AMBITION_SIZE.width / 2.0, -AMBITION_SIZE.height / 2.0));
}

#[test]
fn the_same_board_gives_the_same_layout_wherever_its_cards_are() {
    let a = generated(42, 120, 5);
    let mut b = a.clone();
    // Scatter every card somewhere else.
    let mut rng = Rng(7);
    for c in b.cards.iter_mut() {
        let c = Rc::make_mut(c);
        c.x = rng.range(-9000.0, 9000.0);
        c.y = rng.range(-9000.0, 9000.0);
    }
    assert_eq!(arrange(&a), arrange(&a));
    assert_eq!(arrange(&a), arrange(&b));
}

#[test]
fn arranging_an_arranged_board_changes_nothing() {
    for (seed, n, parties) in [(11, 5, 1), (12, 60, 4), (13, 300, 7)] {
        let once = arranged(&generated(seed, n, parties));
        let moves = arrange(&once);
        for (id, p) in &moves {
            let c = once.card(id).expect("card");
            assert_eq!((c.x, c.y), (p.x, p.y), "{id:?} moved");
        }
        assert_eq!(arranged(&once), once);
    }
}

#[test]
fn parties_of_equal_size_alternate_left_and_right() {
    let mut b = Board::new("", "");
    for (p, colour) in PARTY_COLOURS.iter().take(4).enumerate() {
        let id = PartyId(format!("p{p}"));
        b.parties.push(Party::new(id.clone(), format!("P{p}"), *colour));
        for k in 0..2 {
            let card = Card::new(CardId(format!("c{p}-{k}")), CardKind::Interest, "x", Point::default())
                .with_party(id.clone());
            b.cards.push(Rc::new(card));
        }
    }
    let pos = positions(&b);
    let side = |p: usize| pos[&CardId(format!("c{p}-0"))].x < 0.0;
    assert_eq!([side(0), side(1), side(2), side(3)], [true, false, true, false]);
    // First parties on top.
    assert!(pos[&CardId("c0-0".into())].y < pos[&CardId("c2-0".into())].y);
    // A block of a few cards is one column, so every arrow to the ambition runs free.
    assert_eq!(pos[&CardId("c0-0".into())].x, pos[&CardId("c0-1".into())].x);
}

#[test]
fn one_huge_party_and_tiny_ones_are_balanced_over_the_sides() {
    let mut b = Board::new("", "");
    for (p, colour) in PARTY_COLOURS.iter().take(4).enumerate() {
        b.parties.push(Party::new(PartyId(format!("p{p}")), format!("P{p}"), *colour));
    }
    let mut add = |id: String, p: usize| {
        let card = Card::new(CardId(id), CardKind::Goal, "x", Point::default()).with_party(PartyId(format!("p{p}")));
        b.cards.push(Rc::new(card));
    };
    for i in 0..300 {
        add(format!("big{i}"), 0);
    }
    for p in 1..4 {
        add(format!("small{p}"), p);
    }
    let pos = positions(&b);
    assert!(pos[&CardId("big0".into())].x < 0.0);
    for p in 1..4 {
        assert!(pos[&CardId(format!("small{p}"))].x > 0.0, "small party {p} on the other side");
    }
    check_layout(&b);
}

#[test]
fn wide_and_tall_cards_do_not_overlap() {
    let mut b = generated(77, 80, 3);
    for (i, c) in b.cards.iter_mut().enumerate() {
        let c = Rc::make_mut(c);
        if i % 3 == 0 {
            c.width = 1900.0;
        }
        if i % 5 == 0 {
            c.height = 1500.5;
        }
    }
    check_layout(&b);
}

#[test]
fn a_large_board_is_arranged_quickly() {
    let b = generated(99, 600, 8);
    let start = std::time::Instant::now();
    for _ in 0..10 {
        arrange(&b);
    }
    assert!(start.elapsed().as_secs_f64() < 2.0, "{:?}", start.elapsed());
}
