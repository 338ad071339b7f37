//! Merging a board from a file into the open one: matching by id, the newer
//! version winning with the other kept in the report, idempotence, the
//! board's rules after any merge; and the edit times `stamp_edits` gives.

use std::rc::Rc;

use ambition_map::core::action::{apply, Action};
use ambition_map::core::file::{export_board, import_board, import_file, Repair, MAX_EDITED};
use ambition_map::core::geometry::Point;
use ambition_map::core::merge::{
    apply_merge, plan_merge, stamp_edits, Conflict, MergePlan, MergeSummary, Side, SkipReason, Skipped,
};
use ambition_map::core::model::{Board, Card, CardId, CardKind, Link, LinkId, Party, PartyId};
use proptest::prelude::*;

#[path = "fixtures/arb.rs"]
mod arb;
use arb::{arb_board, arb_edited, assert_integrity};

const FIXTURE_V2: &str = include_str!("fixtures/board-v2.json");

fn fixture() -> Board {
    import_board(FIXTURE_V2.as_bytes()).unwrap()
}
fn cid(s: &str) -> CardId {
    CardId(s.to_owned())
}
fn pid(s: &str) -> PartyId {
    PartyId(s.to_owned())
}
fn lid(s: &str) -> LinkId {
    LinkId(s.to_owned())
}

fn merge(current: &Board, incoming: &Board) -> Board {
    apply_merge(current, &plan_merge(current, incoming))
}

/// The board with card `id` changed by `edit`.
fn with_card(mut board: Board, id: &str, edit: impl FnOnce(&mut Card)) -> Board {
    let i = board.card_index(&cid(id)).unwrap();
    edit(Rc::make_mut(&mut board.cards[i]));
    board
}

fn card_ids(board: &Board) -> Vec<&str> {
    board.cards.iter().map(|c| c.id.0.as_str()).collect()
}

// ---------------------------------------------------------------- the basic cases

#[test]
fn merging_a_board_with_itself_changes_nothing() {
    let board = fixture();
    let plan = plan_merge(&board, &board);
    assert_eq!(plan, MergePlan::default());
    assert!(plan.summary().changes_nothing());
    let merged = apply_merge(&board, &plan);
    assert_eq!(merged, board);
    // Untouched cards are the very same cards.
    assert!(merged.cards.iter().zip(&board.cards).all(|(a, b)| Rc::ptr_eq(a, b)));
}

#[test]
fn edit_times_alone_are_no_difference() {
    let board = fixture();
    let other = with_card(board.clone(), "c-budget", |c| c.edited += 1000);
    assert_eq!(plan_merge(&board, &other), MergePlan::default());
}

/// A second board sharing only the ambition with the fixture.
fn other_board() -> Board {
    let mut b = Board::new("Pupil numbers in the region", "").with_id("b-other");
    b.cards[0] = Rc::clone(fixture().ambition().unwrap());
    b.parties.push(Party::new(pid("q-school"), "School C", "#7b4fd6"));
    b.cards.push(Rc::new(
        Card::new(cid("d-1"), CardKind::Wish, "Small classes", Point::new(0.0, 500.0)).with_party(pid("q-school")),
    ));
    b.cards.push(Rc::new(Card::new(cid("d-2"), CardKind::Fact, "Class sizes", Point::new(300.0, 500.0))));
    b.links.push(Rc::new(Link::new(lid("m-1"), cid("d-1"), cid("ambition"))));
    b.links.push(Rc::new(Link::new(lid("m-2"), cid("d-2"), cid("d-1")).with_label("shows")));
    // A link between cards of the fixture that the fixture does not have.
    b.links.push(Rc::new(Link::new(lid("m-3"), cid("d-2"), cid("c-budget"))));
    b
}

#[test]
fn disjoint_boards_merge_into_their_union() {
    let (current, incoming) = (fixture(), other_board());
    let plan = plan_merge(&current, &incoming);
    assert_eq!(
        plan.summary(),
        MergeSummary { added_parties: 1, added_cards: 2, added_links: 3, changed: 0, kept: 1, skipped: 0 }
    );
    // The challenge differs, and the current one is not empty: it stays.
    assert_eq!(
        plan.changed,
        [Conflict::Challenge { current: current.challenge.clone(), incoming: String::new(), winner: Side::Current }]
    );
    let merged = apply_merge(&current, &plan);
    assert_integrity(&merged);
    assert_eq!(merged.id, current.id);
    assert_eq!(merged.parties.len(), 5);
    assert_eq!(merged.parties[..4], current.parties[..]);
    assert_eq!(merged.cards[..9], current.cards[..]);
    assert_eq!(card_ids(&merged)[9..], ["d-1", "d-2"]);
    assert_eq!(merged.links[..9], current.links[..]);
    assert_eq!(merged.links[9..], incoming.links[..]);
    // And the other way round: the same items, in the other order.
    let back = merge(&incoming, &current);
    assert_integrity(&back);
    assert_eq!(back.cards.len(), merged.cards.len());
    assert_eq!(back.links.len(), merged.links.len());
    assert_eq!(back.challenge, current.challenge, "an empty challenge is filled in");
}

#[test]
fn a_conflicting_card_goes_to_the_newer_version_and_the_other_is_reported() {
    let base = fixture();
    let theirs = with_card(base.clone(), "c-budget", |c| {
        c.text = "A sound budget for every school".into();
        c.edited = 1_800_000_000_000;
    });
    let ours = with_card(base.clone(), "c-budget", |c| {
        c.text = "A sound budget (ours)".into();
        c.edited = 1_790_000_000_000;
    });

    let plan = plan_merge(&ours, &theirs);
    let [Conflict::Card { current, incoming, winner }] = &plan.changed[..] else { panic!("{:#?}", plan.changed) };
    assert_eq!(
        (current.text.as_str(), incoming.text.as_str()),
        ("A sound budget (ours)", "A sound budget for every school")
    );
    assert_eq!(*winner, Side::Incoming);
    assert_eq!(plan.summary(), MergeSummary { changed: 1, ..MergeSummary::default() });
    let merged = apply_merge(&ours, &plan);
    let card = merged.card(&cid("c-budget")).unwrap();
    assert_eq!((card.text.as_str(), card.edited), ("A sound budget for every school", 1_800_000_000_000));
    assert!(Rc::ptr_eq(card, theirs.card(&cid("c-budget")).unwrap()));

    // The other way round the current version is newer and stays; the
    // incoming one is in the report.
    let plan = plan_merge(&theirs, &ours);
    assert_eq!(plan.changed.len(), 1);
    assert_eq!(plan.changed[0].winner(), Side::Current);
    assert!(matches!(&plan.changed[0], Conflict::Card { incoming, .. } if incoming.text == "A sound budget (ours)"));
    assert_eq!(plan.summary(), MergeSummary { kept: 1, ..MergeSummary::default() });
    assert_eq!(apply_merge(&theirs, &plan), theirs);
}

#[test]
fn on_a_tie_the_current_version_stays() {
    let base = fixture();
    let a = with_card(base.clone(), "ambition", |c| c.text = "A".into());
    let b = with_card(base.clone(), "ambition", |c| c.text = "B".into());
    let plan = plan_merge(&a, &b);
    assert_eq!(plan.changed[0].winner(), Side::Current);
    assert_eq!(apply_merge(&a, &plan).ambition().unwrap().text, "A");
}

#[test]
fn a_person_may_choose_the_other_version() {
    let base = fixture();
    let a = with_card(base.clone(), "ambition", |c| c.text = "A".into());
    let b = with_card(base.clone(), "ambition", |c| c.text = "B".into());
    let mut plan = plan_merge(&a, &b);
    plan.changed[0].set_winner(Side::Incoming);
    assert_eq!(apply_merge(&a, &plan).ambition().unwrap().text, "B");
}

#[test]
fn parties_and_links_go_to_the_newer_version_too() {
    let base = fixture();
    let mut theirs = base.clone();
    theirs.parties[1].colour = "#000000".into();
    theirs.parties[1].edited += 1;
    Rc::make_mut(&mut theirs.links[8]).label = "saves money".into();
    Rc::make_mut(&mut theirs.links[8]).edited += 1;
    let mut ours = base.clone();
    ours.parties[2].name = "The municipality".into();
    ours.parties[2].edited += 1;
    theirs.parties[2].name = "Gemeente".into();

    let plan = plan_merge(&ours, &theirs);
    let winners: Vec<(&str, Side)> = plan
        .changed
        .iter()
        .map(|c| match c {
            Conflict::Party { current, winner, .. } => (current.id.0.as_str(), *winner),
            Conflict::Link { current, winner, .. } => (current.id.0.as_str(), *winner),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(winners, [("p-board-b", Side::Incoming), ("p-municipality", Side::Current), ("l-9", Side::Incoming)]);
    let merged = apply_merge(&ours, &plan);
    assert_eq!(merged.parties[1].colour, "#000000");
    assert_eq!(merged.parties[2].name, "The municipality");
    assert_eq!(merged.links[8].label, "saves money");
}

#[test]
fn the_title_stays_unless_it_is_empty() {
    let a = Board::new("Ours", "");
    let b = Board::new("Theirs", "Their challenge");
    let plan = plan_merge(&a, &b);
    assert_eq!(
        plan.changed,
        [
            Conflict::Title { current: "Ours".into(), incoming: "Theirs".into(), winner: Side::Current },
            Conflict::Challenge { current: "".into(), incoming: "Their challenge".into(), winner: Side::Incoming },
        ]
    );
    let merged = apply_merge(&a, &plan);
    assert_eq!((merged.title.as_str(), merged.challenge.as_str()), ("Ours", "Their challenge"));
}

// ---------------------------------------------------------------- links

#[test]
fn a_link_is_added_only_between_two_cards_no_link_joins_yet() {
    let current = fixture();
    let mut incoming = fixture();
    // The same pair as l-9 (c-substitute-pool → c-budget), the other way round, under another id.
    incoming.links.push(Rc::new(Link::new(lid("x-1"), cid("c-budget"), cid("c-substitute-pool"))));
    // A pair no link joins yet.
    incoming.links.push(Rc::new(Link::new(lid("x-2"), cid("c-forecast"), cid("c-budget"))));
    // Joining a card neither board has (only a board not read by the importer can).
    incoming.links.push(Rc::new(Link::new(lid("x-3"), cid("c-forecast"), cid("gone"))));
    incoming.links.push(Rc::new(Link::new(lid("x-4"), cid("c-forecast"), cid("c-forecast"))));
    let plan = plan_merge(&current, &incoming);
    assert_eq!(plan.added_links.iter().map(|l| l.id.0.as_str()).collect::<Vec<_>>(), ["x-2"]);
    let reasons: Vec<(&str, &SkipReason)> = plan
        .skipped
        .iter()
        .map(|s| match s {
            Skipped::Link { link, reason } => (link.id.0.as_str(), reason),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        reasons,
        [
            ("x-1", &SkipReason::AlreadyLinked(lid("l-9"))),
            ("x-3", &SkipReason::MissingCard(cid("gone"))),
            ("x-4", &SkipReason::ToItself),
        ]
    );
    let merged = apply_merge(&current, &plan);
    assert_integrity(&merged);
    assert_eq!(merged.links.len(), current.links.len() + 1);
}

#[test]
fn a_link_joining_cards_only_the_incoming_board_has_comes_with_them() {
    let current = fixture();
    let incoming = merge(&fixture(), &other_board());
    let plan = plan_merge(&current, &incoming);
    assert_eq!(plan.added_cards.len(), 2);
    assert_eq!(plan.added_links.len(), 3);
    assert_integrity(&apply_merge(&current, &plan));
}

#[test]
fn a_link_moved_onto_a_pair_another_link_joins_keeps_its_current_ends() {
    let current = fixture();
    let mut incoming = fixture();
    // l-8 (c-buildings → c-location-plan) re-pointed at the pair l-7 joins.
    Rc::make_mut(&mut incoming.links[7]).from = cid("c-forecast");
    Rc::make_mut(&mut incoming.links[7]).to = cid("ambition");
    Rc::make_mut(&mut incoming.links[7]).edited += 10;
    let plan = plan_merge(&current, &incoming);
    assert_eq!(plan.changed.len(), 1);
    assert_eq!(plan.changed[0].winner(), Side::Current);
    let merged = apply_merge(&current, &plan);
    assert_eq!(merged, current);
}

#[test]
fn a_link_moves_onto_a_pair_another_link_leaves_in_the_same_merge() {
    let current = fixture();
    let mut incoming = fixture();
    // l-1 wants the pair l-2 joins now; l-2 moves elsewhere.
    Rc::make_mut(&mut incoming.links[0]).from = cid("c-budget");
    Rc::make_mut(&mut incoming.links[0]).edited += 1;
    Rc::make_mut(&mut incoming.links[1]).to = cid("c-village-schools");
    Rc::make_mut(&mut incoming.links[1]).edited += 1;
    let plan = plan_merge(&current, &incoming);
    assert_eq!(plan.changed.iter().map(Conflict::winner).collect::<Vec<_>>(), [Side::Incoming, Side::Incoming]);
    let merged = apply_merge(&current, &plan);
    assert_eq!(merged.links[..2], incoming.links[..2]);
    assert_integrity(&merged);
    assert_eq!(merge(&merged, &incoming), merged);
}

#[test]
fn large_boards_merge_quickly() {
    let big = |prefix: &str, n: usize| {
        let mut b = Board::new("Big", "");
        for i in 0..n {
            let c = Card::new(cid(&format!("c{i}")), CardKind::Fact, format!("{prefix}{i}"), Point::new(0.0, 0.0));
            b.cards.push(Rc::new(Card { edited: i as u64, ..c }));
        }
        for i in 1..n {
            b.links.push(Rc::new(Link {
                edited: i as u64,
                ..Link::new(lid(&format!("l{i}")), cid(&format!("c{i}")), cid(&format!("c{}", i - 1)))
            }));
        }
        b
    };
    let (a, b) = (big("a", 5000), big("b", 6000));
    let start = std::time::Instant::now();
    let merged = merge(&a, &b);
    assert_eq!(merged.cards.len(), 6001);
    assert_eq!(merged.links.len(), 5999);
    assert_eq!(merge(&merged, &b), merged);
    assert!(start.elapsed().as_secs() < 20, "{:?}", start.elapsed());
}

// ---------------------------------------------------------------- idempotence and stale plans

#[test]
fn merging_the_same_file_twice_is_merging_it_once() {
    let base = fixture();
    let theirs = with_card(merge(&base, &other_board()), "c-budget", |c| {
        c.text = "newer".into();
        c.edited += 5;
    });
    let ours = with_card(base.clone(), "c-inclusive", |c| {
        c.text = "ours, newer".into();
        c.edited += 5;
    });
    let once = merge(&ours, &theirs);
    let twice = merge(&once, &theirs);
    assert_eq!(twice, once);
    assert_eq!(once.card(&cid("c-budget")).unwrap().text, "newer");
    assert_eq!(once.card(&cid("c-inclusive")).unwrap().text, "ours, newer");
    assert!(plan_merge(&once, &theirs).summary().changes_nothing());
}

#[test]
fn an_edited_plan_still_gives_a_board_that_keeps_the_rules() {
    let current = fixture();
    let incoming = other_board();
    let mut plan = plan_merge(&current, &incoming);
    // The person leaves out the new party: its wish cannot come without it.
    plan.added_parties.clear();
    let merged = apply_merge(&current, &plan);
    assert_integrity(&merged);
    assert_eq!(card_ids(&merged)[9..], ["d-2"]);
    // The link from d-2 to c-budget still comes; those to d-1 do not.
    assert_eq!(merged.links.iter().map(|l| l.id.0.as_str()).collect::<Vec<_>>()[9..], ["m-3"]);
}

#[test]
fn a_stale_plan_still_gives_a_board_that_keeps_the_rules() {
    let current = fixture();
    let plan = plan_merge(&current, &other_board());
    // The board changed after planning: c-budget was deleted.
    let changed = apply(&current, &Action::DeleteCards(vec![cid("c-budget")])).unwrap();
    let merged = apply_merge(&changed, &plan);
    assert_integrity(&merged);
    assert!(merged.link(&lid("m-3")).is_none());
}

// ---------------------------------------------------------------- a workshop

#[test]
fn two_teams_edit_copies_and_the_facilitator_merges_both_back() {
    let t0 = 1_800_000_000_000;
    let sent = fixture();
    let step = |board: &Board, action: Action, now: u64| {
        let mut after = apply(board, &action).unwrap();
        stamp_edits(board, &mut after, now);
        after
    };
    // Team A rewrites an interest and adds a wish.
    let a = step(&sent, Action::SetText { card: cid("c-budget"), text: "A sound, shared budget".into() }, t0 + 1);
    let wish =
        Card::new(cid("c-a-wish"), CardKind::Wish, "Fewer moves", Point::new(0.0, 0.0)).with_party(pid("p-board-a"));
    let a = step(&a, Action::AddCard(wish), t0 + 2);
    // Team B recolours a party and links a fact.
    let b = step(&sent, Action::RecolourParty { party: pid("p-partnership"), colour: "#0e7490".into() }, t0 + 3);
    let b = step(&b, Action::AddLink(Link::new(lid("l-b"), cid("c-forecast"), cid("c-budget"))), t0 + 4);
    // Meanwhile the facilitator rewrote the same interest, later than team A.
    let f = step(&sent, Action::SetText { card: cid("c-budget"), text: "Facilitator's words".into() }, t0 + 10);

    let from_a = plan_merge(&f, &a);
    assert_eq!(from_a.summary(), MergeSummary { added_cards: 1, kept: 1, ..MergeSummary::default() });
    let f = apply_merge(&f, &from_a);
    let f = merge(&f, &b);
    assert_integrity(&f);
    assert_eq!(f.card(&cid("c-budget")).unwrap().text, "Facilitator's words");
    assert_eq!(f.card(&cid("c-a-wish")).unwrap().edited, t0 + 2);
    assert_eq!(f.party(&pid("p-partnership")).unwrap().colour, "#0e7490");
    assert!(f.link(&lid("l-b")).is_some());
    // Saved and opened again, nothing needs repair.
    assert_eq!(import_file(export_board(&f).as_bytes()).unwrap().repairs, Vec::<Repair>::new());
}

// ---------------------------------------------------------------- stamp_edits

#[test]
fn stamping_touches_only_what_an_action_changed() {
    let before = fixture();
    let now = 1_900_000_000_000;
    let mut after = apply(&before, &Action::SetText { card: cid("c-budget"), text: "x".into() }).unwrap();
    stamp_edits(&before, &mut after, now);
    for (old, new) in before.cards.iter().zip(&after.cards) {
        if new.id == cid("c-budget") {
            assert_eq!(new.edited, now);
        } else {
            assert!(Rc::ptr_eq(old, new), "{}", new.id.0);
        }
    }
    assert_eq!(after.parties, before.parties);
    assert_eq!(after.links, before.links);

    let mut after = apply(&before, &Action::RenameParty { party: pid("p-board-b"), name: "B".into() }).unwrap();
    stamp_edits(&before, &mut after, now);
    let stamped: Vec<u64> = after.parties.iter().map(|p| p.edited).collect();
    assert_eq!(stamped, [before.parties[0].edited, now, before.parties[2].edited, before.parties[3].edited]);

    let mut after = apply(&before, &Action::SetLinkLabel { link: lid("l-1"), label: "why".into() }).unwrap();
    stamp_edits(&before, &mut after, now);
    assert_eq!(after.links[0].edited, now);
    assert_eq!(after.links[1..], before.links[1..]);
}

#[test]
fn new_items_are_stamped_and_copies_that_did_not_change_are_not() {
    let before = fixture();
    let now = 1_900_000_000_000;
    let party = Party::new(pid("p-new"), "New", "#000000");
    let mut after = apply(&before, &Action::AddParty(party)).unwrap();
    // A card copied out of its Rc without a change keeps its time.
    let i = after.card_index(&cid("c-forecast")).unwrap();
    after.cards[i] = Rc::new((*after.cards[i]).clone());
    stamp_edits(&before, &mut after, now);
    assert_eq!(after.party(&pid("p-new")).unwrap().edited, now);
    assert_eq!(after.cards[i].edited, before.cards[i].edited);

    // Moving a card and adding a link.
    let mut after = apply(&before, &Action::MoveCards(vec![(cid("c-forecast"), Point::new(1.0, 2.0))])).unwrap();
    after = apply(&after, &Action::AddLink(Link::new(lid("l-new"), cid("c-forecast"), cid("c-budget")))).unwrap();
    stamp_edits(&before, &mut after, now);
    assert_eq!(after.card(&cid("c-forecast")).unwrap().edited, now);
    assert_eq!(after.link(&lid("l-new")).unwrap().edited, now);
}

#[test]
fn an_edit_is_newer_than_its_version_even_with_a_clock_behind() {
    let ahead = 1_900_000_000_000;
    let before = with_card(fixture(), "c-budget", |c| c.edited = ahead);
    let mut after = apply(&before, &Action::SetText { card: cid("c-budget"), text: "x".into() }).unwrap();
    stamp_edits(&before, &mut after, ahead - 60_000);
    assert_eq!(after.card(&cid("c-budget")).unwrap().edited, ahead + 1);
    // So merging the edited board into the old one takes the edit.
    assert_eq!(merge(&before, &after).card(&cid("c-budget")).unwrap().text, "x");
}

#[test]
fn edit_times_stop_where_the_file_format_does() {
    let before = with_card(fixture(), "c-budget", |c| c.edited = MAX_EDITED);
    let mut after = apply(&before, &Action::SetText { card: cid("c-budget"), text: "x".into() }).unwrap();
    stamp_edits(&before, &mut after, 1_900_000_000_000);
    assert_eq!(after.card(&cid("c-budget")).unwrap().edited, MAX_EDITED);
    assert_eq!(import_file(export_board(&after).as_bytes()).unwrap().repairs, []);
}

// ---------------------------------------------------------------- properties

/// `board` with some of its items given other contents and edit times, and
/// some dropped: a copy of it that a team has worked on.
fn arb_edited_copy(board: Board) -> impl Strategy<Value = Board> {
    let n = board.cards.len();
    (
        prop::collection::vec((any::<bool>(), any::<bool>(), arb_edited()), n),
        prop::collection::vec(any::<bool>(), board.links.len()),
    )
        .prop_map(move |(card_edits, keep_links)| {
            let mut b = board.clone();
            for (i, (change, drop, edited)) in card_edits.into_iter().enumerate().rev() {
                let is_ambition = b.cards[i].kind == CardKind::Ambition;
                if drop && !is_ambition {
                    let id = b.cards[i].id.clone();
                    b = apply(&b, &Action::DeleteCards(vec![id])).unwrap();
                } else if change {
                    let c = Rc::make_mut(&mut b.cards[i]);
                    c.text.push_str(" (changed)");
                    c.edited = edited;
                }
            }
            let mut keep = keep_links.into_iter();
            b.links.retain(|_| keep.next().unwrap_or(true));
            b
        })
}

fn arb_pair_of_copies() -> impl Strategy<Value = (Board, Board)> {
    arb_board().prop_flat_map(|base| (arb_edited_copy(base.clone()), arb_edited_copy(base)))
}

/// Checks everything a merge promises for `current` and `incoming`.
fn check_merge(current: &Board, incoming: &Board) -> Result<(), TestCaseError> {
    let plan = plan_merge(current, incoming);
    let merged = apply_merge(current, &plan);
    assert_integrity(&merged);
    // A fresh plan applies whole: every added item is there.
    prop_assert_eq!(merged.parties.len(), current.parties.len() + plan.added_parties.len());
    prop_assert_eq!(merged.cards.len(), current.cards.len() + plan.added_cards.len());
    prop_assert_eq!(merged.links.len(), current.links.len() + plan.added_links.len());
    // Nothing of either board is lost unseen: every incoming card is on the
    // merged board, or its version is in the report.
    for c in &incoming.cards {
        // (The same apart from the edit time counts as the same.)
        let on_board = merged.card(&c.id).is_some_and(|m| Card { edited: c.edited, ..(**m).clone() } == **c);
        let reported = plan.changed.iter().any(|x| matches!(x, Conflict::Card { incoming, .. } if incoming.id == c.id))
            || plan.skipped.iter().any(|x| matches!(x, Skipped::Card { card, .. } if card.id == c.id));
        prop_assert!(on_board || reported, "card {} neither merged nor reported", c.id.0);
    }
    for c in &current.cards {
        prop_assert!(merged.card(&c.id).is_some(), "card {} lost", c.id.0);
    }
    // Merging the same board again changes nothing.
    prop_assert_eq!(&merge(&merged, incoming), &merged);
    // The merged board saves and opens without a repair.
    let reopened = import_file(export_board(&merged).as_bytes()).unwrap();
    prop_assert_eq!(reopened.repairs, Vec::<Repair>::new());
    prop_assert_eq!(&reopened.board, &merged);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn merging_with_itself_is_nothing(board in arb_board()) {
        let plan = plan_merge(&board, &board);
        prop_assert!(plan.summary().changes_nothing());
        prop_assert_eq!(plan.summary().kept, 0);
        prop_assert_eq!(apply_merge(&board, &plan), board);
    }

    /// Two unrelated boards share ids (p0, c0, l0, …) with other contents,
    /// other kinds, other ends: the hardest case for the rules.
    #[test]
    fn merging_any_two_boards_keeps_the_rules(current in arb_board(), incoming in arb_board()) {
        check_merge(&current, &incoming)?;
    }

    #[test]
    fn merging_two_edited_copies_keeps_the_rules((a, b) in arb_pair_of_copies()) {
        check_merge(&a, &b)?;
        check_merge(&b, &a)?;
    }
}
