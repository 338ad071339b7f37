//! Boards of a chosen size, made up from a seed, for benchmarks and load
//! tests: the same size and seed always give the same board.
//!
//! The boards look like a year of reused and merged workshops: up to eight
//! parties; interests, wishes, goals, actions and facts in workshop-like
//! proportions, with owners, statuses, commitments, sources and
//! recognitions; links to the ambition and between cards, as a facilitator
//! would draw them. Cards sit on a loose grid around the ambition, never
//! overlapping, so a board of 10,000 cards spans some 26,000 world units.
//! Every board it makes is valid: exporting and importing it repairs nothing.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use super::model::{
    ActionStatus, Board, Card, CardId, CardKind, Commitment, Link, LinkId, LinkMeaning, Party, PartyId,
    CARD_SIZE, PARTY_COLOURS,
};

/// The seed the benchmarks use.
pub const BENCH_SEED: u64 = 0x5eed_ab1e;

/// Between two grid cells, room for a card and a gap.
const CELL_W: f64 = CARD_SIZE.width + 40.0;
const CELL_H: f64 = CARD_SIZE.height + 40.0;
/// 1 January 2025, in milliseconds since the Unix epoch: edit times count up from here.
const EPOCH_MS: u64 = 1_735_689_600_000;

const WORDS: &[&str] = &[
    "pupils", "teachers", "school", "region", "municipality", "housing", "transport", "budget", "care",
    "special", "needs", "shared", "pool", "substitute", "buildings", "survey", "enrolment", "calendar",
    "decline", "numbers", "village", "partnership", "quality", "lessons", "staff", "shortage", "plan",
    "locations", "together", "parents", "youth", "sport", "library", "bus", "routes", "funding", "rules",
    "inspection", "wellbeing", "inclusion", "language", "reading", "maths", "digital", "energy", "roof",
];

/// A small, fast, well-mixed generator (SplitMix64): deterministic on every
/// platform, and no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn sentence(&mut self, min: usize, max: usize) -> String {
        let n = min + self.below(max - min + 1);
        let words: Vec<&str> = (0..n).map(|_| WORDS[self.below(WORDS.len())]).collect();
        let mut text = words.join(" ");
        if let Some(first) = text.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        text
    }
}

/// Ordinary words, as a card pasted from a long document would hold them:
/// at least `bytes` long, made up from `seed`.
pub fn words(bytes: usize, seed: u64) -> String {
    let mut rng = Rng(seed);
    let mut text = String::with_capacity(bytes + 16);
    while text.len() < bytes {
        text.push_str(&rng.sentence(8, 20));
        text.push_str(". ");
    }
    text
}

/// A board with the ambition and `cards` more cards, made up from `seed`.
pub fn generate_board(cards: usize, seed: u64) -> Board {
    let mut rng = Rng(seed);
    let mut board = Board::new(format!("Generated board, {cards} cards"), "Keep good schools within reach as pupil numbers fall")
        .with_id(format!("bench-{cards}"));
    Rc::make_mut(&mut board.cards[0]).text = "One region where every child has a good school nearby".to_owned();

    let party_count = (cards / 40).clamp(if cards == 0 { 0 } else { 2 }, PARTY_COLOURS.len());
    board.parties = (0..party_count)
        .map(|i| {
            let mut p = Party::new(PartyId(format!("p-{i}")), format!("Party {}", i + 1), PARTY_COLOURS[i]);
            p.edited = EPOCH_MS + i as u64;
            p
        })
        .collect();
    let parties: Vec<PartyId> = board.parties.iter().map(|p| p.id.clone()).collect();

    // Grid cells in rings around the ambition, nearest first, leaving the
    // ambition's own cells free.
    let columns = ((cards as f64).sqrt().ceil() as i64 + 4) | 1;
    let half = columns / 2;
    let mut cells: Vec<(i64, i64)> = (-half..=half)
        .flat_map(|row| (-half..=half).map(move |col| (col, row)))
        .filter(|&(col, row)| !((-1..=1).contains(&col) && (-1..=1).contains(&row)))
        .collect();
    cells.sort_by_key(|&(col, row)| (col.abs().max(row.abs()), row, col));

    let ambition = CardId::ambition();
    let mut by_kind: BTreeMap<CardKind, Vec<CardId>> = BTreeMap::new();
    for (i, &(col, row)) in cells.iter().take(cards).enumerate() {
        let kind = match rng.below(100) {
            0..=24 => CardKind::Interest,
            25..=44 => CardKind::Wish,
            45..=64 => CardKind::Goal,
            65..=84 => CardKind::Action,
            _ => CardKind::Fact,
        };
        let at = super::geometry::Point::new(
            col as f64 * CELL_W - CARD_SIZE.width / 2.0,
            row as f64 * CELL_H - CARD_SIZE.height / 2.0,
        );
        let mut card = Card::new(CardId(format!("c-{i}")), kind, rng.sentence(3, 12), at);
        card.edited = EPOCH_MS + 1000 + i as u64;
        if !parties.is_empty() {
            let some_parties = |rng: &mut Rng, percent: u64| -> Vec<PartyId> {
                parties.iter().filter(|_| rng.chance(percent)).cloned().collect()
            };
            match kind {
                CardKind::Interest | CardKind::Wish | CardKind::Goal => {
                    card.party = Some(parties[rng.below(parties.len())].clone());
                }
                CardKind::Action => {
                    card.owners = some_parties(&mut rng, 15);
                    card.status = Some(ActionStatus::ALL[rng.below(ActionStatus::ALL.len())]);
                    card.commitments = some_parties(&mut rng, 40)
                        .into_iter()
                        .map(|p| (p, Commitment::ALL[1 + rng.below(3)]))
                        .collect();
                }
                CardKind::Fact => {
                    card.source = Some(if rng.chance(70) { format!("Survey {}", 2015 + rng.below(10)) } else { String::new() });
                    card.recognised_by = some_parties(&mut rng, 60);
                }
                CardKind::Ambition => {}
            }
        }
        if rng.chance(10) {
            card.votes = 1 + rng.below(5) as u32;
        }
        by_kind.entry(kind).or_default().push(card.id.clone());
        board.cards.push(Rc::new(card));
    }

    // Links: most party cards and actions serve or realise the ambition;
    // facts substantiate a nearby card; a few free links between cards.
    let kind_of: BTreeMap<CardId, CardKind> = board.cards.iter().map(|c| (c.id.clone(), c.kind)).collect();
    let mut seen: BTreeSet<(CardId, CardId)> = BTreeSet::new();
    let mut links: Vec<(CardId, CardId)> = Vec::new();
    let mut add = |from: &CardId, to: &CardId, links: &mut Vec<(CardId, CardId)>| {
        // Arrows point the way they read, as the app draws them.
        let (from, to) = match (kind_of.get(from), kind_of.get(to)) {
            (Some(&a), Some(&b)) if LinkMeaning::should_reverse(a, b) => (to, from),
            _ => (from, to),
        };
        if from != to && !seen.contains(&(to.clone(), from.clone())) && seen.insert((from.clone(), to.clone())) {
            links.push((from.clone(), to.clone()));
        }
    };
    let empty = Vec::new();
    let of = |k: CardKind| by_kind.get(&k).unwrap_or(&empty);
    for kind in [CardKind::Interest, CardKind::Wish, CardKind::Goal, CardKind::Action] {
        for id in of(kind) {
            if rng.chance(55) {
                add(id, &ambition, &mut links);
            }
        }
    }
    let targets: Vec<&CardId> = [CardKind::Action, CardKind::Interest, CardKind::Goal].iter().flat_map(|&k| of(k)).collect();
    for id in of(CardKind::Fact) {
        if rng.chance(20) || targets.is_empty() {
            add(id, &ambition, &mut links);
        } else if rng.chance(80) {
            add(id, targets[rng.below(targets.len())], &mut links);
        }
    }
    let all: Vec<&CardId> = board.cards.iter().skip(1).map(|c| &c.id).collect();
    for _ in 0..all.len() / 10 {
        let (a, b) = (all[rng.below(all.len())], all[rng.below(all.len())]);
        add(a, b, &mut links);
    }
    board.links = links
        .into_iter()
        .enumerate()
        .map(|(i, (from, to))| {
            let free = match (kind_of.get(&from), kind_of.get(&to)) {
                (Some(&a), Some(&b)) => LinkMeaning::of(a, b) == LinkMeaning::Free,
                _ => true,
            };
            let mut link = Link::new(LinkId(format!("l-{i}")), from, to);
            if free && rng.chance(30) {
                link.label = rng.sentence(1, 3);
            }
            link.edited = EPOCH_MS + 1_000_000 + i as u64;
            Rc::new(link)
        })
        .collect();
    board
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::analysis::check_board;
    use crate::core::file::{export_board, import_file};

    #[test]
    fn the_same_size_and_seed_give_the_same_board() {
        assert_eq!(generate_board(300, 7), generate_board(300, 7));
        assert_ne!(generate_board(300, 7), generate_board(300, 8));
    }

    #[test]
    fn it_makes_exactly_the_cards_asked_for_plus_the_ambition() {
        for n in [0, 1, 500, 2000] {
            let b = generate_board(n, BENCH_SEED);
            assert_eq!(b.cards.len(), n + 1);
            assert!(b.ambition().is_some());
        }
        assert!(generate_board(0, BENCH_SEED).links.is_empty());
    }

    #[test]
    fn it_uses_every_kind_and_links_them() {
        let b = generate_board(2000, BENCH_SEED);
        for kind in CardKind::ADDABLE {
            assert!(b.cards.iter().filter(|c| c.kind == kind).count() > 100, "{kind:?}");
        }
        assert!(b.links.len() > 1000);
        assert_eq!(b.parties.len(), 8);
        assert!(check_board(&b).iter().any(|c| !c.gaps.is_empty()));
    }

    #[test]
    fn cards_never_overlap() {
        let b = generate_board(500, BENCH_SEED);
        for (i, a) in b.cards.iter().enumerate() {
            for c in &b.cards[i + 1..] {
                assert!(!a.rect().intersects(&c.rect()), "{} and {}", a.id.0, c.id.0);
            }
        }
    }

    #[test]
    fn its_boards_import_without_repairs() {
        let b = generate_board(2000, BENCH_SEED);
        let imported = import_file(export_board(&b).as_bytes()).expect("imports");
        assert!(imported.repairs.is_empty(), "{:?}", &imported.repairs[..imported.repairs.len().min(5)]);
        assert_eq!(imported.board, b);
    }
}
