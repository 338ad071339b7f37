//! The three central questions as checks: every status rule and every gap,
//! coverage, disputed facts and the commitment matrix.

use ambition_map::core::action::{apply, Action};
use ambition_map::core::analysis::{
    check_board, commitment_matrix, coverage, is_disputed, substantiates_ambition, Check, CommitmentTotals, Gap,
    GapKind, MatrixCell, PartyCoverage, Question, Status,
};
use ambition_map::core::geometry::Point;
use ambition_map::core::model::{Board, Card, CardId, CardKind, Commitment, Link, LinkId, Party, PartyId};

fn pid(s: &str) -> PartyId {
    PartyId(s.to_owned())
}
fn cid(s: &str) -> CardId {
    CardId(s.to_owned())
}
fn party(id: &str) -> Action {
    Action::AddParty(Party::new(pid(id), format!("Party {id}"), "#1f6feb"))
}
fn card(id: &str, kind: CardKind) -> Card {
    Card::new(cid(id), kind, format!("card {id}"), Point::new(0.0, 0.0))
}
fn add(id: &str, kind: CardKind) -> Action {
    Action::AddCard(card(id, kind))
}
fn add_for(id: &str, kind: CardKind, p: &str) -> Action {
    Action::AddCard(card(id, kind).with_party(pid(p)))
}
fn link(from: &str, to: &str) -> Action {
    Action::AddLink(Link::new(LinkId(format!("l-{from}-{to}")), cid(from), cid(to)))
}
fn ambition(text: &str) -> Action {
    Action::SetText { card: CardId::ambition(), text: text.to_owned() }
}
fn owner(card: &str, p: &str) -> Action {
    Action::SetOwner { card: cid(card), party: pid(p), owner: true }
}
fn commit(card: &str, p: &str, commitment: Commitment) -> Action {
    Action::SetCommitment { card: cid(card), party: pid(p), commitment }
}
fn source(card: &str, s: &str) -> Action {
    Action::SetSource { card: cid(card), source: s.to_owned() }
}
fn recognise(card: &str, p: &str) -> Action {
    Action::SetRecognised { card: cid(card), party: pid(p), recognised: true }
}

fn run(board: &Board, actions: impl IntoIterator<Item = Action>) -> Board {
    actions.into_iter().fold(board.clone(), |b, a| apply(&b, &a).unwrap_or_else(|r| panic!("{a:?} refused: {r:?}")))
}

fn build(actions: impl IntoIterator<Item = Action>) -> Board {
    run(&Board::new("T", "C"), actions)
}

/// A board that answers all three questions: two parties, each served; an
/// owned action both committed to; a sourced fact both recognise.
fn complete() -> Board {
    build([
        ambition("Every child a good school nearby"),
        party("a"),
        party("b"),
        add_for("ia", CardKind::Interest, "a"),
        add_for("gb", CardKind::Goal, "b"),
        add("act", CardKind::Action),
        add("fact", CardKind::Fact),
        link("ia", "ambition"),
        link("gb", "ambition"),
        link("act", "ambition"),
        link("fact", "ambition"),
        owner("act", "a"),
        commit("act", "a", Commitment::Committed),
        commit("act", "b", Commitment::Committed),
        source("fact", "Forecast"),
        recognise("fact", "a"),
        recognise("fact", "b"),
    ])
}

fn kinds(check: &Check) -> Vec<GapKind> {
    check.gaps.iter().map(|g| g.kind.clone()).collect()
}

fn check(board: &Board, q: Question) -> Check {
    let checks = check_board(board);
    let c = checks.iter().find(|c| c.question == q).cloned().expect("every question is checked");
    c
}

#[test]
fn the_questions_come_in_the_chapters_order() {
    let qs: Vec<Question> = check_board(&complete()).iter().map(|c| c.question).collect();
    assert_eq!(qs, Question::ALL.to_vec());
}

#[test]
fn a_complete_board_meets_every_question() {
    for c in check_board(&complete()) {
        assert_eq!(c.status, Status::Met, "{c:?}");
        assert!(c.gaps.is_empty(), "{c:?}");
    }
}

#[test]
fn an_empty_board_meets_none() {
    let checks = check_board(&Board::new("", ""));
    assert!(checks.iter().all(|c| c.status == Status::NotMet), "{checks:?}");
    assert_eq!(kinds(&checks[0]), vec![GapKind::NoAmbitionStatement, GapKind::NoParties]);
    assert_eq!(kinds(&checks[1]), vec![GapKind::NoActions]);
    assert_eq!(kinds(&checks[2]), vec![GapKind::NoFacts]);
    assert_eq!(checks[0].gaps[0].cards, vec![CardId::ambition()]);
}

// Question 1: a shared ambition that inspires.

#[test]
fn an_ambition_without_text_is_not_met_even_if_parties_are_served() {
    let b = run(&complete(), [ambition("  \n ")]);
    let c = check(&b, Question::SharedAmbition);
    assert_eq!(c.status, Status::NotMet);
    assert_eq!(
        c.gaps,
        vec![Gap { kind: GapKind::NoAmbitionStatement, cards: vec![CardId::ambition()], parties: vec![] }]
    );
}

#[test]
fn an_ambition_without_parties_is_not_met() {
    let b = build([ambition("Together")]);
    let c = check(&b, Question::SharedAmbition);
    assert_eq!(c.status, Status::NotMet);
    assert_eq!(kinds(&c), vec![GapKind::NoParties]);
}

#[test]
fn a_party_with_nothing_linked_to_the_ambition_is_named() {
    // b's goal is on the board but linked to an action, not to the ambition.
    let b = build([
        ambition("Together"),
        party("a"),
        party("b"),
        party("c"),
        add_for("ia", CardKind::Interest, "a"),
        add_for("gb", CardKind::Goal, "b"),
        add_for("wb", CardKind::Wish, "b"),
        add("act", CardKind::Action),
        link("ia", "ambition"),
        link("gb", "act"),
    ]);
    let c = check(&b, Question::SharedAmbition);
    assert_eq!(c.status, Status::PartlyMet);
    assert_eq!(
        c.gaps,
        vec![
            Gap {
                kind: GapKind::PartyNotServed { party: pid("b") },
                cards: vec![cid("gb"), cid("wb")],
                parties: vec![pid("b")]
            },
            Gap { kind: GapKind::PartyNotServed { party: pid("c") }, cards: vec![], parties: vec![pid("c")] },
        ]
    );
}

#[test]
fn no_party_served_at_all_is_not_met() {
    let b = build([ambition("Together"), party("a"), add_for("ia", CardKind::Interest, "a")]);
    let c = check(&b, Question::SharedAmbition);
    assert_eq!(c.status, Status::NotMet);
    assert_eq!(kinds(&c), vec![GapKind::PartyNotServed { party: pid("a") }]);
}

#[test]
fn a_link_drawn_backwards_in_a_file_still_serves() {
    // Files are repaired on import, but a board built by hand may hold one.
    let mut b = build([ambition("Together"), party("a"), add_for("ia", CardKind::Interest, "a")]);
    b.links.push(std::rc::Rc::new(Link::new(LinkId("l".into()), CardId::ambition(), cid("ia"))));
    assert_eq!(check(&b, Question::SharedAmbition).status, Status::Met);
}

#[test]
fn coverage_counts_linked_party_cards_per_party() {
    let b = build([
        party("a"),
        party("b"),
        party("c"),
        add_for("ia", CardKind::Interest, "a"),
        add_for("wa", CardKind::Wish, "a"),
        add_for("ga", CardKind::Goal, "a"),
        add_for("ib", CardKind::Interest, "b"),
        link("ia", "ambition"),
        link("ga", "ambition"),
        link("wa", "ia"), // a free link: does not count
    ]);
    let cov = coverage(&b);
    assert_eq!(
        cov,
        vec![
            PartyCoverage { party: pid("a"), linked: 2, total: 3 },
            PartyCoverage { party: pid("b"), linked: 0, total: 1 },
            PartyCoverage { party: pid("c"), linked: 0, total: 0 },
        ]
    );
    assert_eq!(cov.iter().map(PartyCoverage::is_served).collect::<Vec<_>>(), vec![true, false, false]);
}

// Question 2: concrete enough.

#[test]
fn no_action_linked_to_the_ambition_is_not_met_and_points_at_the_actions() {
    let b =
        run(&complete(), [Action::DeleteLinks(vec![LinkId("l-act-ambition".into())]), add("act2", CardKind::Action)]);
    let c = check(&b, Question::Concrete);
    assert_eq!(c.status, Status::NotMet);
    assert_eq!(
        c.gaps[0],
        Gap { kind: GapKind::NoActions, cards: vec![CardId::ambition(), cid("act"), cid("act2")], parties: vec![] }
    );
    // Once there is no linked action at all, unlinked ones are not listed one by one.
    assert!(!kinds(&c).iter().any(|k| matches!(k, GapKind::ActionNotLinked { .. })));
}

#[test]
fn an_action_not_linked_beside_a_linked_one_is_named() {
    let b = run(&complete(), [add("act2", CardKind::Action), owner("act2", "b")]);
    let c = check(&b, Question::Concrete);
    assert_eq!(c.status, Status::PartlyMet);
    assert_eq!(
        c.gaps,
        vec![Gap { kind: GapKind::ActionNotLinked { card: cid("act2") }, cards: vec![cid("act2")], parties: vec![] }]
    );
}

#[test]
fn an_action_without_an_owner_is_named() {
    let b = run(
        &complete(),
        [
            Action::SetOwner { card: cid("act"), party: pid("a"), owner: false },
            add("act2", CardKind::Action),
            link("act2", "ambition"),
        ],
    );
    let c = check(&b, Question::Concrete);
    assert_eq!(c.status, Status::PartlyMet);
    assert_eq!(
        kinds(&c),
        vec![GapKind::ActionWithoutOwner { card: cid("act") }, GapKind::ActionWithoutOwner { card: cid("act2") }]
    );
}

#[test]
fn a_party_committed_to_nothing_is_named_with_the_actions_to_choose_from() {
    let b = run(&complete(), [party("c"), commit("act", "b", Commitment::NotCommitted)]);
    let c = check(&b, Question::Concrete);
    assert_eq!(c.status, Status::PartlyMet);
    assert_eq!(
        c.gaps,
        vec![
            Gap {
                kind: GapKind::PartyCommittedToNothing { party: pid("b") },
                cards: vec![cid("act")],
                parties: vec![pid("b")]
            },
            Gap {
                kind: GapKind::PartyCommittedToNothing { party: pid("c") },
                cards: vec![cid("act")],
                parties: vec![pid("c")]
            },
        ]
    );
}

#[test]
fn without_any_action_parties_are_not_listed_as_committed_to_nothing() {
    let b = build([ambition("Together"), party("a")]);
    assert_eq!(kinds(&check(&b, Question::Concrete)), vec![GapKind::NoActions]);
}

#[test]
fn hesitant_parties_are_named_per_action_in_board_order() {
    let b = run(
        &complete(),
        [
            add("act2", CardKind::Action),
            link("act2", "ambition"),
            owner("act2", "b"),
            commit("act2", "b", Commitment::Hesitant),
            commit("act2", "a", Commitment::Hesitant),
            commit("act", "b", Commitment::Hesitant),
            commit("act2", "a", Commitment::Committed),
        ],
    );
    let c = check(&b, Question::Concrete);
    assert_eq!(c.status, Status::PartlyMet);
    // b is hesitant about both actions and committed to none.
    assert_eq!(
        kinds(&c),
        vec![
            GapKind::PartyCommittedToNothing { party: pid("b") },
            GapKind::PartyHesitant { party: pid("b"), card: cid("act") },
            GapKind::PartyHesitant { party: pid("b"), card: cid("act2") },
        ]
    );
    let hesitant = &c.gaps[1];
    assert_eq!((hesitant.cards.clone(), hesitant.parties.clone()), (vec![cid("act")], vec![pid("b")]));
}

#[test]
fn commitment_matrix_has_a_row_per_party_a_column_per_action_and_totals() {
    let b = build([
        party("a"),
        party("b"),
        party("c"),
        add("x", CardKind::Action),
        add("fact", CardKind::Fact),
        add("y", CardKind::Action),
        owner("x", "a"),
        owner("y", "a"),
        owner("y", "c"),
        commit("x", "a", Commitment::Committed),
        commit("x", "b", Commitment::Hesitant),
        commit("x", "c", Commitment::NotCommitted),
        commit("y", "a", Commitment::Committed),
        commit("y", "c", Commitment::Hesitant),
    ]);
    let m = commitment_matrix(&b);
    assert_eq!(m.parties, vec![pid("a"), pid("b"), pid("c")]);
    assert_eq!(m.actions, vec![cid("x"), cid("y")]);
    assert_eq!(m.cells.len(), 3);
    assert!(m.cells.iter().all(|row| row.len() == 2));
    assert_eq!(m.cell(&pid("a"), &cid("x")), Some(MatrixCell { commitment: Commitment::Committed, owner: true }));
    assert_eq!(m.cell(&pid("b"), &cid("y")), Some(MatrixCell { commitment: Commitment::NotAsked, owner: false }));
    assert_eq!(m.cell(&pid("c"), &cid("y")), Some(MatrixCell { commitment: Commitment::Hesitant, owner: true }));
    assert_eq!(m.cell(&pid("a"), &cid("fact")), None);
    let t = |committed, hesitant, not_committed, not_asked| CommitmentTotals {
        committed,
        hesitant,
        not_committed,
        not_asked,
    };
    assert_eq!(m.party_totals, vec![t(2, 0, 0, 0), t(0, 1, 0, 1), t(0, 1, 1, 0)]);
    assert_eq!(m.action_totals, vec![t(1, 1, 1, 0), t(1, 1, 0, 1)]);
    for totals in m.party_totals.iter() {
        assert_eq!(totals.total(), 2);
    }
    for totals in m.action_totals.iter() {
        assert_eq!(totals.total(), 3);
    }
    assert_eq!(m.action_totals[1].of(Commitment::NotAsked), 1);
}

#[test]
fn commitment_matrix_of_an_empty_board_is_empty() {
    let m = commitment_matrix(&Board::new("", ""));
    assert!(m.parties.is_empty() && m.actions.is_empty() && m.cells.is_empty());
}

// Question 3: the right facts and figures.

#[test]
fn a_fact_linked_to_nothing_leaves_the_ambition_unsubstantiated() {
    let b = run(&complete(), [Action::DeleteLinks(vec![LinkId("l-fact-ambition".into())])]);
    let c = check(&b, Question::Facts);
    assert_eq!(c.status, Status::NotMet);
    assert_eq!(
        c.gaps,
        vec![
            Gap { kind: GapKind::NoFacts, cards: vec![CardId::ambition(), cid("fact")], parties: vec![] },
            Gap { kind: GapKind::FactNotLinked { card: cid("fact") }, cards: vec![cid("fact")], parties: vec![] },
        ]
    );
}

#[test]
fn a_fact_substantiates_the_ambition_through_a_linked_action_or_party_card() {
    let base = run(&complete(), [Action::DeleteLinks(vec![LinkId("l-fact-ambition".into())])]);
    for via in ["act", "ia", "gb"] {
        let b = run(&base, [link("fact", via)]);
        let fact = b.card(&cid("fact")).unwrap().clone();
        assert!(substantiates_ambition(&b, &fact), "via {via}");
        assert_eq!(check(&b, Question::Facts).status, Status::Met, "via {via}");
    }
}

#[test]
fn a_fact_on_an_unlinked_card_does_not_substantiate_the_ambition() {
    let b = run(
        &complete(),
        [
            Action::DeleteLinks(vec![LinkId("l-fact-ambition".into())]),
            add("loose", CardKind::Action),
            link("fact", "loose"),
        ],
    );
    let fact = b.card(&cid("fact")).unwrap().clone();
    assert!(!substantiates_ambition(&b, &fact));
    let c = check(&b, Question::Facts);
    assert_eq!(c.status, Status::NotMet);
    // Linked to something, so not "not linked".
    assert_eq!(kinds(&c), vec![GapKind::NoFacts]);
}

#[test]
fn a_fact_without_a_source_is_named() {
    let b = run(
        &complete(),
        [
            source("fact", "   "),
            add("f2", CardKind::Fact),
            link("f2", "act"),
            recognise("f2", "a"),
            recognise("f2", "b"),
        ],
    );
    let c = check(&b, Question::Facts);
    assert_eq!(c.status, Status::PartlyMet);
    assert_eq!(
        kinds(&c),
        vec![GapKind::FactWithoutSource { card: cid("fact") }, GapKind::FactWithoutSource { card: cid("f2") }]
    );
}

#[test]
fn a_fact_not_recognised_by_every_party_is_disputed() {
    let b =
        run(&complete(), [party("c"), Action::SetRecognised { card: cid("fact"), party: pid("a"), recognised: false }]);
    let fact = b.card(&cid("fact")).unwrap().clone();
    assert!(is_disputed(&b, &fact));
    let c = check(&b, Question::Facts);
    assert_eq!(c.status, Status::PartlyMet);
    assert_eq!(
        c.gaps,
        vec![Gap {
            kind: GapKind::FactNotRecognisedBy { card: cid("fact"), parties: vec![pid("a"), pid("c")] },
            cards: vec![cid("fact")],
            parties: vec![pid("a"), pid("c")],
        }]
    );
}

#[test]
fn only_facts_can_be_disputed_and_only_with_parties_on_the_board() {
    let b = complete();
    assert!(!is_disputed(&b, &b.card(&cid("fact")).unwrap().clone()));
    assert!(!is_disputed(&b, &b.card(&cid("act")).unwrap().clone()));
    let lonely = build([add("f", CardKind::Fact)]);
    assert!(!is_disputed(&lonely, &lonely.card(&cid("f")).unwrap().clone()));
}

#[test]
fn gaps_are_in_board_order_and_the_same_every_time() {
    let b = build([
        party("z"),
        party("a"),
        add("f2", CardKind::Fact),
        add("f1", CardKind::Fact),
        add("act2", CardKind::Action),
        add("act1", CardKind::Action),
    ]);
    let checks = check_board(&b);
    assert_eq!(checks, check_board(&b));
    assert_eq!(
        kinds(&checks[0]),
        vec![
            GapKind::NoAmbitionStatement,
            GapKind::PartyNotServed { party: pid("z") },
            GapKind::PartyNotServed { party: pid("a") },
        ]
    );
    assert_eq!(
        kinds(&checks[1]),
        vec![
            GapKind::NoActions,
            GapKind::ActionWithoutOwner { card: cid("act2") },
            GapKind::ActionWithoutOwner { card: cid("act1") },
            GapKind::PartyCommittedToNothing { party: pid("z") },
            GapKind::PartyCommittedToNothing { party: pid("a") },
        ]
    );
    let f = |id: &str| {
        vec![
            GapKind::FactNotLinked { card: cid(id) },
            GapKind::FactWithoutSource { card: cid(id) },
            GapKind::FactNotRecognisedBy { card: cid(id), parties: vec![pid("z"), pid("a")] },
        ]
    };
    let mut expected = vec![GapKind::NoFacts];
    expected.extend(f("f2"));
    expected.extend(f("f1"));
    assert_eq!(kinds(&checks[2]), expected);
}
