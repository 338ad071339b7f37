//! One command lays the whole board out, for a wide (16 : 9) projector.
//!
//! ```text
//!                    [ facts, in rows ]
//!  [ party 1 ]                                [ party 2 ]
//!  [ party 3 ]          [ AMBITION ]          [ party 4 ]
//!  [ others  ]                                [ ...     ]
//!                    [ actions, in rows ]
//! ```
//!
//! - The ambition keeps its default place, centred on the origin.
//! - Facts sit in a band above it, actions in a band below it, each band in
//!   rows centred on the ambition. Together they form the middle column.
//! - Each party gets a block of its own left or right of the middle column:
//!   its interests, then its wishes, then its goals, each kind starting a
//!   new row. Blocks are shared out over the two sides so the sides stay
//!   about equally tall (ties go left, so parties alternate left, right),
//!   and stacked top to bottom, centred on the ambition. A block's rows
//!   are aligned towards the ambition, so every party card sits between
//!   its party's outer edge and the ambition, and its arrow to the
//!   ambition crosses no other party's block.
//! - Cards without a party on the board (and any stray card of another
//!   kind) form one last block, like a party of their own.
//!
//! Columns rather than angular sectors: links then run mostly sideways,
//! which reads best on a wide screen, and blocks that cannot overlap by
//! construction keep working for parties of very uneven sizes and for cards
//! of any size.
//!
//! The result depends only on the cards' kinds, parties, sizes and board
//! order, never on where they are now: the same board always gives the same
//! layout, and arranging an arranged board moves nothing. Every card keeps
//! at least [`GAP`] world units from every other.

use super::geometry::Point;
use super::layout::GAP;
use super::model::{Board, Card, CardId, CardKind, PartyId, AMBITION_SIZE, CARD_SIZE};

/// Between the middle column and the party blocks: room for the arrows.
const SIDE_GAP: f64 = 80.0;
/// Between the ambition and the fact and action bands.
const BAND_GAP: f64 = 40.0;
/// Between two party blocks on the same side.
const BLOCK_GAP: f64 = GAP;
/// Between the interests, wishes and goals inside a block.
const KIND_GAP: f64 = GAP;

/// New top-left corners for every card on the board, in board order: apply
/// them as one `Action::MoveCards` (one undo step). See the module
/// documentation for the layout.
pub fn arrange(board: &Board) -> Vec<(CardId, Point)> {
    // Where each card goes, by its place in `board.cards`.
    let mut placed: Vec<Option<Point>> = vec![None; board.cards.len()];

    // The ambition, centred on the origin.
    let ambition_index = board.cards.iter().position(|c| c.kind == CardKind::Ambition && c.id == CardId::ambition());
    let (aw, ah) = match ambition_index {
        Some(i) => size_of(&board.cards[i]),
        None => (AMBITION_SIZE.width, AMBITION_SIZE.height),
    };
    if let Some(i) = ambition_index {
        placed[i] = Some(Point::new(-aw / 2.0, -ah / 2.0));
    }
    let (aw, ah) = (aw.ceil(), ah.ceil());

    // Sort every other card into its group, keeping board order.
    let mut facts = Vec::new();
    let mut actions = Vec::new();
    let mut by_party: Vec<[Vec<Item>; 3]> = board.parties.iter().map(|_| Default::default()).collect();
    let mut others: [Vec<Item>; 3] = Default::default();
    for (i, c) in board.cards.iter().enumerate() {
        if Some(i) == ambition_index {
            continue;
        }
        let item = Item::of(i, c);
        match c.kind {
            CardKind::Fact => facts.push(item),
            CardKind::Action => actions.push(item),
            CardKind::Interest | CardKind::Wish | CardKind::Goal => {
                let slot = kind_slot(c.kind);
                match party_index(board, c.party.as_ref()) {
                    Some(p) => by_party[p][slot].push(item),
                    None => others[slot].push(item),
                }
            }
            CardKind::Ambition => others[0].push(item),
        }
    }

    // The middle column: facts above the ambition, actions below.
    let facts = pack(&[facts], band_columns, Align::Centre);
    let actions = pack(&[actions], band_columns, Align::Centre);
    let half = (aw / 2.0).max(facts.width / 2.0).max(actions.width / 2.0).ceil();
    let top = (-ah / 2.0).floor();
    let bottom = (ah / 2.0).ceil();
    facts.place(Point::new(-facts.width / 2.0, top - BAND_GAP - facts.height), &mut placed);
    actions.place(Point::new(-actions.width / 2.0, bottom + BAND_GAP), &mut placed);

    // The party blocks, shared out over the two sides.
    let mut sides: [Vec<Block>; 2] = [Vec::new(), Vec::new()];
    let mut heights = [0.0f64; 2];
    let groups = by_party.iter().chain(std::iter::once(&others));
    for group in groups {
        if group.iter().all(Vec::is_empty) {
            continue;
        }
        let side = usize::from(heights[1] < heights[0]);
        let block = pack(group, block_columns, if side == 0 { Align::Right } else { Align::Left });
        heights[side] += block.height + BLOCK_GAP;
        sides[side].push(block);
    }
    for (side, blocks) in sides.iter().enumerate() {
        let total = blocks.iter().map(|b| b.height).sum::<f64>() + BLOCK_GAP * blocks.len().saturating_sub(1) as f64;
        let mut y = (-total / 2.0).round();
        for block in blocks {
            let x = if side == 0 { -half - SIDE_GAP - block.width } else { half + SIDE_GAP };
            block.place(Point::new(x, y), &mut placed);
            y += block.height + BLOCK_GAP;
        }
    }

    board.cards.iter().zip(placed).filter_map(|(c, p)| p.map(|p| (c.id.clone(), p))).collect()
}

fn kind_slot(kind: CardKind) -> usize {
    match kind {
        CardKind::Wish => 1,
        CardKind::Goal => 2,
        _ => 0,
    }
}

fn party_index(board: &Board, party: Option<&PartyId>) -> Option<usize> {
    let party = party?;
    board.parties.iter().position(|p| &p.id == party)
}

fn finite_or(v: f64, fallback: f64) -> f64 {
    if v.is_finite() && v > 0.0 {
        v
    } else {
        fallback
    }
}

/// A card's size for layout purposes: a sane default for an impossible one.
fn size_of(c: &Card) -> (f64, f64) {
    let default = if c.kind == CardKind::Ambition { AMBITION_SIZE } else { CARD_SIZE };
    (finite_or(c.width, default.width), finite_or(c.height, default.height))
}

/// A card to place: its index on the board and its size rounded up to whole
/// units, so that positions stay whole numbers.
struct Item {
    index: usize,
    width: f64,
    height: f64,
}

impl Item {
    fn of(index: usize, c: &Card) -> Item {
        let (w, h) = size_of(c);
        Item { index, width: w.ceil(), height: h.ceil() }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Align {
    Left,
    Centre,
    Right,
}

/// Cards laid out in rows, relative to the block's top-left corner.
struct Block {
    width: f64,
    height: f64,
    cards: Vec<(usize, Point)>,
}

impl Block {
    fn place(&self, at: Point, placed: &mut [Option<Point>]) {
        let (ox, oy) = (at.x.round(), at.y.round());
        for (i, p) in &self.cards {
            placed[*i] = Some(Point::new(ox + p.x, oy + p.y));
        }
    }
}

/// Cards per row in the fact and action bands: wide rows, about twice as
/// many columns as rows.
fn band_columns(n: usize) -> usize {
    ((2.0 * n as f64).sqrt().ceil() as usize).max(1)
}

/// Cards per row in a party block: one column for a few cards (every arrow
/// to the ambition then runs free), a square-ish grid for many.
fn block_columns(n: usize) -> usize {
    if n <= 4 {
        1
    } else {
        ((n as f64).sqrt().ceil() as usize).max(1)
    }
}

/// Lays groups of cards out in rows of at most `columns(total)` cards, each
/// group starting a new row, rows aligned within the block as `align` says.
fn pack(groups: &[Vec<Item>], columns: fn(usize) -> usize, align: Align) -> Block {
    let total: usize = groups.iter().map(Vec::len).sum();
    let per_row = columns(total).max(1);
    let rows: Vec<(&[Item], bool)> = groups
        .iter()
        .filter(|g| !g.is_empty())
        .enumerate()
        .flat_map(|(g, items)| items.chunks(per_row).enumerate().map(move |(r, row)| (row, g > 0 && r == 0)))
        .collect();
    let row_width =
        |row: &[Item]| row.iter().map(|it| it.width).sum::<f64>() + GAP * row.len().saturating_sub(1) as f64;
    let width = rows.iter().map(|(row, _)| row_width(row)).fold(0.0, f64::max);
    let mut cards = Vec::with_capacity(total);
    let mut y = 0.0;
    for (n, (row, new_group)) in rows.iter().enumerate() {
        if n > 0 {
            y += if *new_group { KIND_GAP } else { GAP };
        }
        let mut x = match align {
            Align::Left => 0.0,
            Align::Right => width - row_width(row),
            Align::Centre => ((width - row_width(row)) / 2.0).floor(),
        };
        for it in row.iter() {
            cards.push((it.index, Point::new(x, y)));
            x += it.width + GAP;
        }
        y += row.iter().map(|it| it.height).fold(0.0, f64::max);
    }
    Block { width, height: y, cards }
}
