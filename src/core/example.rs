//! The example board from the domain description, for demos and tests:
//! declining pupil numbers in a rural region, four parties, one ambition,
//! three actions and two facts, in Dutch or English.
//!
//! **Every figure, party and finding on it is made up.** It is not data
//! about any real region, school board or municipality.
//!
//! The board is built so that the checks ([`super::analysis::check_board`])
//! show a few realistic gaps, not an empty board's worth:
//! - *shared ambition*: met — every party has its cards linked to the ambition;
//! - *concrete*: partly met — the shared pool of substitute teachers has no
//!   owner yet, and school board B is hesitant about it;
//! - *facts*: partly met — the building condition survey (source: school
//!   board B) is not recognised by school board A nor by the municipality.

use std::rc::Rc;

use super::arrange::arrange;
use super::card_size::fitted_height;
use super::geometry::Point;
use super::model::{
    ActionStatus, Board, Card, CardId, CardKind, Commitment, Link, LinkId, Party, PartyId, PARTY_COLOURS,
};

/// School board A.
pub const BOARD_A: &str = "p-board-a";
/// School board B.
pub const BOARD_B: &str = "p-board-b";
/// The municipality.
pub const MUNICIPALITY: &str = "p-municipality";
/// The regional partnership for special needs.
pub const PARTNERSHIP: &str = "p-partnership";

/// The joint plan for school locations.
pub const ACTION_LOCATIONS: &str = "c-action-locations";
/// The shared pool of substitute teachers: no owner yet, and school board B
/// is hesitant about it.
pub const ACTION_SUBSTITUTES: &str = "c-action-substitutes";
/// The one enrolment calendar for the region.
pub const ACTION_ENROLMENT: &str = "c-action-enrolment";
/// The fact every party recognises.
pub const FACT_FORECAST: &str = "c-fact-forecast";
/// The disputed fact.
pub const FACT_BUILDINGS: &str = "c-fact-buildings";

/// The words of the example in one language: the message catalogue holds
/// one per language.
#[derive(Debug, PartialEq, Eq)]
pub struct ExampleWords {
    pub title: &'static str,
    pub challenge: &'static str,
    pub ambition: &'static str,
    /// School board A, school board B, the municipality, the partnership.
    pub parties: [&'static str; 4],
    /// What their cards call them, where a name is too long for a card's
    /// header; empty for the whole name.
    pub short_names: [&'static str; 4],
    /// Per card id, in the order the cards are put on the board.
    pub cards: [(&'static str, &'static str); 13],
    /// The facts' sources, per card id.
    pub sources: [(&'static str, &'static str); 2],
}

/// How wide the example's cards are, and its facts: two of them as wide as
/// three actions.
const CARD_WIDTH: f64 = 216.0;
const FACT_WIDTH: f64 = 336.0;

/// An action of the example: its id, owners, status and commitments.
type ActionSpec = (&'static str, &'static [&'static str], ActionStatus, &'static [(&'static str, Commitment)]);

fn pid(s: &str) -> PartyId {
    PartyId(s.to_owned())
}

fn cid(s: &str) -> CardId {
    CardId(s.to_owned())
}

/// The example board with `words`, laid out with [`arrange`]. Ids are fixed
/// and readable (`p-board-a`, `c-interest-a`, `l-interest-a`, …) and the
/// same in every language; only the words differ.
///
/// Pass the words themselves, or anything that converts into them: the
/// message catalogue converts a language into its example's words, so
/// `example_board(lang.example())` is the example in the interface's language.
pub fn example_board(words: &ExampleWords) -> Board {
    let mut board = Board::new(words.title, words.challenge);
    board.cards = board
        .cards
        .iter()
        .map(|c| {
            if c.kind == CardKind::Ambition {
                Rc::new(Card { text: words.ambition.to_owned(), ..(**c).clone() })
            } else {
                Rc::clone(c)
            }
        })
        .collect();

    let party_ids = [BOARD_A, BOARD_B, MUNICIPALITY, PARTNERSHIP];
    for (i, ((id, name), short)) in party_ids.iter().zip(words.parties).zip(words.short_names).enumerate() {
        board.parties.push(Party { short_name: short.to_owned(), ..Party::new(pid(id), name, PARTY_COLOURS[i]) });
    }

    use ActionStatus::*;
    use Commitment::*;
    // (card id, kind, party) for the party cards.
    let party_cards = [
        ("c-interest-a", CardKind::Interest, BOARD_A),
        ("c-wish-a", CardKind::Wish, BOARD_A),
        ("c-interest-b", CardKind::Interest, BOARD_B),
        ("c-goal-b", CardKind::Goal, BOARD_B),
        ("c-interest-municipality", CardKind::Interest, MUNICIPALITY),
        ("c-goal-municipality", CardKind::Goal, MUNICIPALITY),
        ("c-interest-partnership", CardKind::Interest, PARTNERSHIP),
        ("c-wish-partnership", CardKind::Wish, PARTNERSHIP),
    ];
    // (card id, owners, status, commitments) for the actions.
    let actions: [ActionSpec; 3] = [
        (
            ACTION_LOCATIONS,
            &[BOARD_A, BOARD_B, MUNICIPALITY],
            Agreed,
            &[(BOARD_A, Committed), (BOARD_B, Committed), (MUNICIPALITY, Committed)],
        ),
        (ACTION_SUBSTITUTES, &[], Idea, &[(BOARD_A, Committed), (BOARD_B, Hesitant), (PARTNERSHIP, Committed)]),
        (
            ACTION_ENROLMENT,
            &[BOARD_A, PARTNERSHIP],
            InProgress,
            &[(BOARD_A, Committed), (BOARD_B, Committed), (MUNICIPALITY, NotCommitted), (PARTNERSHIP, Committed)],
        ),
    ];
    // (card id, recognised by) for the facts.
    let facts: [(&str, &[&str]); 2] =
        [(FACT_FORECAST, &[BOARD_A, BOARD_B, MUNICIPALITY, PARTNERSHIP]), (FACT_BUILDINGS, &[BOARD_B, PARTNERSHIP])];
    let text = |id: &str| words.cards.iter().find(|(c, _)| *c == id).map(|(_, t)| *t).unwrap_or_default();
    let source = |id: &str| words.sources.iter().find(|(c, _)| *c == id).map(|(_, t)| *t).unwrap_or_default();
    let at = Point::new(0.0, 0.0);

    for (id, kind, party) in party_cards {
        board.cards.push(Rc::new(Card::new(cid(id), kind, text(id), at).with_party(pid(party))));
    }
    for (id, owners, status, commitments) in actions {
        let mut card = Card::new(cid(id), CardKind::Action, text(id), at);
        card.owners = owners.iter().map(|p| pid(p)).collect();
        card.status = Some(status);
        // Inserted one by one: collecting into a map would sort, and each
        // sort is code of its own in the download.
        for (p, c) in commitments {
            card.commitments.insert(pid(p), *c);
        }
        board.cards.push(Rc::new(card));
    }
    for (id, recognised_by) in facts {
        let mut card = Card::new(cid(id), CardKind::Fact, text(id), at);
        card.source = Some(source(id).to_owned());
        card.recognised_by = recognised_by.iter().map(|p| pid(p)).collect();
        board.cards.push(Rc::new(card));
    }

    // Links: every party card and every action to the ambition; the pupil
    // forecast to the ambition, the building survey (school board B's own
    // survey, disputed by others) to school board B's interest in a sound
    // budget; it sits beside that card, so the arrow crosses nothing.
    let ambition = CardId::ambition();
    let mut links: Vec<(CardId, CardId)> = party_cards.iter().map(|(id, _, _)| (cid(id), ambition.clone())).collect();
    links.extend(actions.iter().map(|(id, ..)| (cid(id), ambition.clone())));
    links.push((cid(FACT_FORECAST), ambition.clone()));
    links.push((cid(FACT_BUILDINGS), cid("c-interest-b")));
    board.links = links
        .into_iter()
        .map(|(from, to)| {
            let name = from.0.strip_prefix("c-").unwrap_or(&from.0);
            Rc::new(Link::new(LinkId(format!("l-{name}")), from, to))
        })
        .collect();

    // Every card as tall as its words need, then laid out, narrow enough for
    // the whole board to read at a projector's 1280 × 720 and a 1024 × 768
    // whiteboard. The facts, whose words run longest, as wide as the
    // actions' row below the ambition.
    for i in 0..board.cards.len() {
        let width = match board.cards[i].kind {
            CardKind::Fact => FACT_WIDTH,
            CardKind::Ambition => board.cards[i].width,
            _ => CARD_WIDTH,
        };
        Rc::make_mut(&mut board.cards[i]).width = width;
        let height = fitted_height(&board, &board.cards[i]);
        Rc::make_mut(&mut board.cards[i]).height = height;
    }
    for (id, p) in arrange(&board) {
        if let Some(i) = board.card_index(&id) {
            let c = Rc::make_mut(&mut board.cards[i]);
            c.x = p.x;
            c.y = p.y;
        }
    }
    board
}
