//! Every board action: what it does, and what it refuses.

use std::collections::BTreeMap;
use std::rc::Rc;

use ambition_map::core::action::{apply, Action, PartyCards, Refusal};
use ambition_map::core::geometry::Point;
use ambition_map::core::model::{
    ActionStatus, Board, Card, CardId, CardKind, Commitment, Link, LinkId, LinkMeaning, Party, PartyId,
};

fn pid(s: &str) -> PartyId {
    PartyId(s.to_owned())
}
fn cid(s: &str) -> CardId {
    CardId(s.to_owned())
}
fn lid(s: &str) -> LinkId {
    LinkId(s.to_owned())
}
fn party(id: &str) -> Party {
    Party::new(pid(id), format!("Party {id}"), "#1f6feb")
}
fn card(id: &str, kind: CardKind) -> Card {
    Card::new(cid(id), kind, format!("card {id}"), Point::new(10.0, 20.0))
}
fn link(id: &str, from: &str, to: &str) -> Link {
    Link::new(lid(id), cid(from), cid(to))
}

fn run(board: &Board, actions: impl IntoIterator<Item = Action>) -> Board {
    actions
        .into_iter()
        .fold(board.clone(), |b, a| apply(&b, &a).unwrap_or_else(|r| panic!("{a:?} refused: {r:?}")))
}

/// Two parties (a, b), each with an interest; a wish of a; an action owned
/// by both with commitments; a fact recognised by both; links.
fn board() -> Board {
    run(
        &Board::new("T", "C"),
        [
            Action::AddParty(party("a")),
            Action::AddParty(party("b")),
            Action::AddCard(card("ia", CardKind::Interest).with_party(pid("a"))),
            Action::AddCard(card("wa", CardKind::Wish).with_party(pid("a"))),
            Action::AddCard(card("ib", CardKind::Interest).with_party(pid("b"))),
            Action::AddCard(card("act", CardKind::Action)),
            Action::AddCard(card("fact", CardKind::Fact)),
            Action::SetOwner { card: cid("act"), party: pid("a"), owner: true },
            Action::SetOwner { card: cid("act"), party: pid("b"), owner: true },
            Action::SetCommitment { card: cid("act"), party: pid("a"), commitment: Commitment::Committed },
            Action::SetCommitment { card: cid("act"), party: pid("b"), commitment: Commitment::Hesitant },
            Action::SetRecognised { card: cid("fact"), party: pid("a"), recognised: true },
            Action::SetRecognised { card: cid("fact"), party: pid("b"), recognised: true },
            Action::AddLink(link("l-ia", "ia", "ambition")),
            Action::AddLink(link("l-wa", "wa", "ambition")),
            Action::AddLink(link("l-ib", "ib", "ambition")),
            Action::AddLink(link("l-act", "act", "ambition")),
            Action::AddLink(link("l-fact", "fact", "act")),
            Action::AddLink(link("l-free", "wa", "ib")),
        ],
    )
}

fn refused(b: &Board, action: Action) -> Refusal {
    match apply(b, &action) {
        Err(r) => r,
        Ok(_) => panic!("{action:?} was accepted"),
    }
}

/// Cards other than `changed` are the very same `Rc` as before.
fn assert_shared_except(before: &Board, after: &Board, changed: &[&str]) {
    for c in &after.cards {
        if let Some(old) = before.card(&c.id) {
            let same = Rc::ptr_eq(old, c);
            assert_eq!(same, !changed.contains(&c.id.0.as_str()), "card {} shared: {same}", c.id.0);
        }
    }
}

// ---------------------------------------------------------------- title, challenge

#[test]
fn set_title_and_challenge() {
    let b = board();
    let after = run(&b, [Action::SetTitle("Krimp".into()), Action::SetChallenge("Minder leerlingen".into())]);
    assert_eq!((after.title.as_str(), after.challenge.as_str()), ("Krimp", "Minder leerlingen"));
    assert_eq!(after.cards, b.cards);
    assert_shared_except(&b, &after, &[]);
}

// ---------------------------------------------------------------- parties

#[test]
fn add_party_appends_it_and_refuses_a_duplicate_id() {
    let b = board();
    let after = run(&b, [Action::AddParty(party("c"))]);
    assert_eq!(after.parties.iter().map(|p| p.id.0.as_str()).collect::<Vec<_>>(), ["a", "b", "c"]);
    assert_eq!(refused(&b, Action::AddParty(party("a"))), Refusal::DuplicateId("a".into()));
}

#[test]
fn rename_and_recolour_a_party() {
    let b = board();
    let after = run(
        &b,
        [
            Action::RenameParty { party: pid("b"), name: "Gemeente".into() },
            Action::RecolourParty { party: pid("b"), colour: "#d1495b".into() },
        ],
    );
    let p = after.party(&pid("b")).unwrap();
    assert_eq!((p.name.as_str(), p.colour.as_str()), ("Gemeente", "#d1495b"));
    assert_eq!(after.party(&pid("a")), b.party(&pid("a")));
    assert_eq!(after.card_colour(after.card(&cid("ib")).unwrap()), Some("#d1495b"));
    assert_shared_except(&b, &after, &[]);
    assert_eq!(
        refused(&b, Action::RenameParty { party: pid("x"), name: "X".into() }),
        Refusal::NoSuchParty(pid("x"))
    );
    // A name another party has would make the two look alike.
    assert_eq!(
        refused(&b, Action::RenameParty { party: pid("b"), name: " PARTY a".into() }),
        Refusal::NameTaken("PARTY a".into())
    );
    assert_eq!(
        refused(&b, Action::RecolourParty { party: pid("x"), colour: "#000000".into() }),
        Refusal::NoSuchParty(pid("x"))
    );
}

#[test]
fn a_short_name_shows_on_the_cards_and_never_makes_two_parties_look_alike() {
    let b = board();
    let after = run(&b, [Action::SetShortName { party: pid("b"), short_name: "  GW ".into() }]);
    let p = after.party(&pid("b")).unwrap();
    assert_eq!((p.short_name.as_str(), p.label(), p.name.as_str()), ("GW", "GW", "Party b"));
    assert_shared_except(&b, &after, &[]);
    // Cleared, the cards show the whole name again.
    let cleared = run(&after, [Action::SetShortName { party: pid("b"), short_name: " ".into() }]);
    assert_eq!(cleared.party(&pid("b")).unwrap().label(), "Party b");
    // Another party's name or short name, in any case, is refused: the cards would not tell them apart.
    assert_eq!(
        refused(&b, Action::SetShortName { party: pid("b"), short_name: "party A".into() }),
        Refusal::NameTaken("party A".into())
    );
    assert_eq!(refused(&after, Action::SetShortName { party: pid("a"), short_name: "gw".into() }), Refusal::NameTaken("gw".into()));
    assert_eq!(
        refused(&b, Action::SetShortName { party: pid("x"), short_name: "X".into() }),
        Refusal::NoSuchParty(pid("x"))
    );
}

#[test]
fn remove_party_deleting_its_cards_and_every_mention() {
    let b = board();
    let after = run(&b, [Action::RemoveParty { party: pid("a"), cards: PartyCards::Delete }]);
    assert!(after.party(&pid("a")).is_none());
    assert!(after.party(&pid("b")).is_some());
    assert!(after.card(&cid("ia")).is_none());
    assert!(after.card(&cid("wa")).is_none());
    assert!(after.card(&cid("ib")).is_some());
    // Links touching the deleted cards are gone.
    let links: Vec<&str> = after.links.iter().map(|l| l.id.0.as_str()).collect();
    assert_eq!(links, ["l-ib", "l-act", "l-fact"]);
    // Owners, commitments and recognitions no longer mention it.
    let act = after.card(&cid("act")).unwrap();
    assert_eq!(act.owners, [pid("b")]);
    assert_eq!(act.commitments, BTreeMap::from([(pid("b"), Commitment::Hesitant)]));
    assert_eq!(after.card(&cid("fact")).unwrap().recognised_by, [pid("b")]);
    // Cards that did not mention it are shared.
    assert_shared_except(&b, &after, &["act", "fact"]);
}

#[test]
fn remove_party_moving_its_cards_to_another() {
    let b = board();
    let after = run(&b, [Action::RemoveParty { party: pid("a"), cards: PartyCards::MoveTo(pid("b")) }]);
    assert!(after.party(&pid("a")).is_none());
    assert_eq!(after.card(&cid("ia")).unwrap().party, Some(pid("b")));
    assert_eq!(after.card(&cid("wa")).unwrap().party, Some(pid("b")));
    assert_eq!(after.cards.len(), b.cards.len());
    assert_eq!(after.links, b.links);
    let act = after.card(&cid("act")).unwrap();
    assert_eq!(act.owners, [pid("b")]);
    assert_eq!(act.commitment(&pid("a")), Commitment::NotAsked);
    assert_eq!(act.commitments.len(), 1);
    assert_eq!(after.card(&cid("fact")).unwrap().recognised_by, [pid("b")]);
    assert_shared_except(&b, &after, &["ia", "wa", "act", "fact"]);
    // The original board is untouched (undo keeps it).
    assert_eq!(b.card(&cid("ia")).unwrap().party, Some(pid("a")));
    assert_eq!(b.card(&cid("act")).unwrap().owners, [pid("a"), pid("b")]);
}

#[test]
fn remove_party_refusals() {
    let b = board();
    assert_eq!(
        refused(&b, Action::RemoveParty { party: pid("x"), cards: PartyCards::Delete }),
        Refusal::NoSuchParty(pid("x"))
    );
    assert_eq!(
        refused(&b, Action::RemoveParty { party: pid("a"), cards: PartyCards::MoveTo(pid("x")) }),
        Refusal::NoSuchParty(pid("x"))
    );
    assert!(matches!(
        refused(&b, Action::RemoveParty { party: pid("a"), cards: PartyCards::MoveTo(pid("a")) }),
        Refusal::NoSuchParty(_)
    ));
}

// ---------------------------------------------------------------- cards

#[test]
fn add_card_appends_it_on_top() {
    let b = board();
    let after = run(&b, [Action::AddCard(card("g", CardKind::Goal).with_party(pid("b")))]);
    assert_eq!(after.cards.len(), b.cards.len() + 1);
    let g = after.cards.last().unwrap();
    assert_eq!((g.id.0.as_str(), g.kind, g.party.clone()), ("g", CardKind::Goal, Some(pid("b"))));
    assert_shared_except(&b, &after, &[]);
}

#[test]
fn add_card_refusals() {
    let b = board();
    assert_eq!(refused(&b, Action::AddCard(card("act", CardKind::Fact))), Refusal::DuplicateId("act".into()));
    assert_eq!(refused(&b, Action::AddCard(card("ambition2", CardKind::Ambition))), Refusal::AmbitionIsFixed);
    assert_eq!(refused(&b, Action::AddCard(card("ambition", CardKind::Ambition))), Refusal::AmbitionIsFixed);
    for kind in [CardKind::Interest, CardKind::Wish, CardKind::Goal] {
        assert_eq!(refused(&b, Action::AddCard(card("new", kind))), Refusal::CardNeedsParty, "{kind:?}");
        assert_eq!(
            refused(&b, Action::AddCard(card("new", kind).with_party(pid("x")))),
            Refusal::CardNeedsParty,
            "{kind:?}"
        );
    }
    for bad in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        for field in 0..4 {
            let mut c = card("new", CardKind::Action);
            match field {
                0 => c.x = bad,
                1 => c.y = bad,
                2 => c.width = bad,
                _ => c.height = bad,
            }
            assert_eq!(refused(&b, Action::AddCard(c)), Refusal::NotFinite);
        }
    }
}

#[test]
fn set_text_changes_only_that_card() {
    let b = board();
    let after = run(&b, [Action::SetText { card: cid("ib"), text: "Gezonde begroting".into() }]);
    assert_eq!(after.card(&cid("ib")).unwrap().text, "Gezonde begroting");
    assert_eq!(b.card(&cid("ib")).unwrap().text, "card ib");
    assert_shared_except(&b, &after, &["ib"]);
    assert_eq!(
        refused(&b, Action::SetText { card: cid("x"), text: "".into() }),
        Refusal::NoSuchCard(cid("x"))
    );
}

#[test]
fn move_cards_moves_each_to_its_point() {
    let b = board();
    let after = run(
        &b,
        [Action::MoveCards(vec![
            (cid("ia"), Point::new(-5.5, 7.0)),
            (cid("ambition"), Point::new(100.0, -200.0)),
        ])],
    );
    let ia = after.card(&cid("ia")).unwrap();
    assert_eq!((ia.x, ia.y), (-5.5, 7.0));
    assert_eq!(after.ambition().unwrap().rect().x, 100.0);
    assert_eq!(after.ambition().unwrap().rect().y, -200.0);
    assert_eq!(
        (ia.width, ia.height),
        (b.card(&cid("ia")).unwrap().width, b.card(&cid("ia")).unwrap().height)
    );
    assert_shared_except(&b, &after, &["ia", "ambition"]);
}

#[test]
fn move_cards_refusals() {
    let b = board();
    assert_eq!(
        refused(
            &b,
            Action::MoveCards(vec![(cid("ia"), Point::new(1.0, 1.0)), (cid("x"), Point::new(0.0, 0.0))])
        ),
        Refusal::NoSuchCard(cid("x"))
    );
    for p in [Point::new(f64::NAN, 0.0), Point::new(0.0, f64::INFINITY)] {
        assert_eq!(refused(&b, Action::MoveCards(vec![(cid("ia"), p)])), Refusal::NotFinite);
        // A bad point is refused even when the card is moved again after it,
        // and the first bad move decides what is said.
        let again = vec![(cid("ia"), p), (cid("ia"), Point::new(1.0, 1.0))];
        assert_eq!(refused(&b, Action::MoveCards(again)), Refusal::NotFinite);
        let missing_first = vec![(cid("x"), Point::new(0.0, 0.0)), (cid("ia"), p)];
        assert_eq!(refused(&b, Action::MoveCards(missing_first)), Refusal::NoSuchCard(cid("x")));
    }
}

#[test]
fn a_card_moved_twice_ends_at_its_last_point() {
    let b = board();
    let after = run(
        &b,
        [Action::MoveCards(vec![
            (cid("ia"), Point::new(1.0, 2.0)),
            (cid("wa"), Point::new(3.0, 4.0)),
            (cid("ia"), Point::new(5.0, 6.0)),
        ])],
    );
    let at = |id| after.card(&cid(id)).map(|c| (c.x, c.y));
    assert_eq!((at("ia"), at("wa")), (Some((5.0, 6.0)), Some((3.0, 4.0))));
    assert_shared_except(&b, &after, &["ia", "wa"]);
}

#[test]
fn delete_cards_removes_them_and_their_links() {
    let b = board();
    let after = run(&b, [Action::DeleteCards(vec![cid("act"), cid("wa")])]);
    assert!(after.card(&cid("act")).is_none() && after.card(&cid("wa")).is_none());
    assert_eq!(after.cards.len(), b.cards.len() - 2);
    let links: Vec<&str> = after.links.iter().map(|l| l.id.0.as_str()).collect();
    assert_eq!(links, ["l-ia", "l-ib"]);
    assert_shared_except(&b, &after, &[]);
}

#[test]
fn delete_cards_refusals() {
    let b = board();
    assert_eq!(refused(&b, Action::DeleteCards(vec![cid("ia"), cid("ambition")])), Refusal::AmbitionIsFixed);
    assert_eq!(refused(&b, Action::DeleteCards(vec![cid("ia"), cid("x")])), Refusal::NoSuchCard(cid("x")));
    // The first id that cannot go decides what is said.
    assert_eq!(refused(&b, Action::DeleteCards(vec![cid("x"), cid("ambition")])), Refusal::NoSuchCard(cid("x")));
    assert_eq!(refused(&b, Action::DeleteCards(vec![cid("ambition"), cid("x")])), Refusal::AmbitionIsFixed);
    // A card named twice is deleted once.
    let after = run(&b, [Action::DeleteCards(vec![cid("wa"), cid("wa")])]);
    assert_eq!(after.cards.len(), b.cards.len() - 1);
}

#[test]
fn set_card_party() {
    let b = board();
    let after = run(&b, [Action::SetCardParty { card: cid("ia"), party: pid("b") }]);
    assert_eq!(after.card(&cid("ia")).unwrap().party, Some(pid("b")));
    assert_shared_except(&b, &after, &["ia"]);
    assert_eq!(
        refused(&b, Action::SetCardParty { card: cid("ia"), party: pid("x") }),
        Refusal::NoSuchParty(pid("x"))
    );
    assert_eq!(
        refused(&b, Action::SetCardParty { card: cid("act"), party: pid("a") }),
        Refusal::WrongKind(CardKind::Action)
    );
    assert_eq!(
        refused(&b, Action::SetCardParty { card: cid("ambition"), party: pid("a") }),
        Refusal::WrongKind(CardKind::Ambition)
    );
    assert_eq!(
        refused(&b, Action::SetCardParty { card: cid("x"), party: pid("a") }),
        Refusal::NoSuchCard(cid("x"))
    );
}

#[test]
fn set_owner_adds_once_and_removes() {
    let b = run(&board(), [Action::SetOwner { card: cid("act"), party: pid("a"), owner: false }]);
    assert_eq!(b.card(&cid("act")).unwrap().owners, [pid("b")]);
    let after = run(
        &b,
        [
            Action::SetOwner { card: cid("act"), party: pid("a"), owner: true },
            Action::SetOwner { card: cid("act"), party: pid("a"), owner: true },
        ],
    );
    assert_eq!(after.card(&cid("act")).unwrap().owners, [pid("b"), pid("a")]);
    assert_shared_except(&b, &after, &["act"]);
    assert_eq!(
        refused(&b, Action::SetOwner { card: cid("fact"), party: pid("a"), owner: true }),
        Refusal::WrongKind(CardKind::Fact)
    );
    assert_eq!(
        refused(&b, Action::SetOwner { card: cid("act"), party: pid("x"), owner: true }),
        Refusal::NoSuchParty(pid("x"))
    );
}

#[test]
fn set_status() {
    let b = board();
    assert_eq!(b.card(&cid("act")).unwrap().status, Some(ActionStatus::Idea));
    for status in ActionStatus::ALL {
        let after = run(&b, [Action::SetStatus { card: cid("act"), status }]);
        assert_eq!(after.card(&cid("act")).unwrap().status, Some(status));
    }
    assert_eq!(
        refused(&b, Action::SetStatus { card: cid("ia"), status: ActionStatus::Done }),
        Refusal::WrongKind(CardKind::Interest)
    );
}

#[test]
fn set_commitment_and_not_asked_clears_it() {
    let b = board();
    let after = run(
        &b,
        [Action::SetCommitment { card: cid("act"), party: pid("b"), commitment: Commitment::NotCommitted }],
    );
    assert_eq!(after.card(&cid("act")).unwrap().commitment(&pid("b")), Commitment::NotCommitted);
    let cleared = run(
        &after,
        [Action::SetCommitment { card: cid("act"), party: pid("b"), commitment: Commitment::NotAsked }],
    );
    let act = cleared.card(&cid("act")).unwrap();
    assert_eq!(act.commitment(&pid("b")), Commitment::NotAsked);
    assert!(!act.commitments.contains_key(&pid("b")), "not asked is the absence of an entry");
    assert_eq!(act.commitment(&pid("a")), Commitment::Committed);
    assert_eq!(
        refused(
            &b,
            Action::SetCommitment { card: cid("fact"), party: pid("a"), commitment: Commitment::Committed }
        ),
        Refusal::WrongKind(CardKind::Fact)
    );
    assert_eq!(
        refused(
            &b,
            Action::SetCommitment { card: cid("act"), party: pid("x"), commitment: Commitment::Committed }
        ),
        Refusal::NoSuchParty(pid("x"))
    );
}

#[test]
fn set_source() {
    let b = board();
    let after = run(&b, [Action::SetSource { card: cid("fact"), source: "CBS".into() }]);
    assert_eq!(after.card(&cid("fact")).unwrap().source.as_deref(), Some("CBS"));
    assert_shared_except(&b, &after, &["fact"]);
    assert_eq!(
        refused(&b, Action::SetSource { card: cid("act"), source: "x".into() }),
        Refusal::WrongKind(CardKind::Action)
    );
}

#[test]
fn set_recognised_adds_once_and_removes() {
    let b = board();
    let after = run(
        &b,
        [
            Action::SetRecognised { card: cid("fact"), party: pid("a"), recognised: false },
            Action::SetRecognised { card: cid("fact"), party: pid("b"), recognised: true },
        ],
    );
    assert_eq!(after.card(&cid("fact")).unwrap().recognised_by, [pid("b")]);
    assert_eq!(
        refused(&b, Action::SetRecognised { card: cid("act"), party: pid("a"), recognised: true }),
        Refusal::WrongKind(CardKind::Action)
    );
    assert_eq!(
        refused(&b, Action::SetRecognised { card: cid("fact"), party: pid("x"), recognised: true }),
        Refusal::NoSuchParty(pid("x"))
    );
}

// ---------------------------------------------------------------- links

#[test]
fn add_link_keeps_a_link_drawn_with_its_meaning() {
    let b = board();
    let after = run(&b, [Action::AddLink(link("new", "fact", "ia"))]);
    let l = after.link(&lid("new")).unwrap();
    assert_eq!((l.from.clone(), l.to.clone()), (cid("fact"), cid("ia")));
    assert_eq!(after.link_meaning(l), LinkMeaning::Substantiates);
    assert_shared_except(&b, &after, &[]);
}

#[test]
fn add_link_turns_round_an_arrow_against_its_meaning() {
    let b = board();
    let b = run(&b, [Action::DeleteLinks(vec![lid("l-ia"), lid("l-act")])]);
    for (from, to, meaning) in
        [("ambition", "ia", LinkMeaning::Serves), ("ambition", "act", LinkMeaning::Realises)]
    {
        let after = run(&b, [Action::AddLink(link("new", from, to))]);
        let l = after.link(&lid("new")).unwrap();
        assert_eq!((l.from.0.as_str(), l.to.0.as_str()), (to, from));
        assert_eq!(after.link_meaning(l), meaning);
    }
    let b2 = run(&b, [Action::DeleteLinks(vec![lid("l-fact")])]);
    let after = run(&b2, [Action::AddLink(link("new", "act", "fact"))]);
    let l = after.link(&lid("new")).unwrap();
    assert_eq!((l.from.0.as_str(), l.to.0.as_str()), ("fact", "act"));
}

#[test]
fn add_link_keeps_the_direction_of_a_free_link() {
    let b = board();
    let after = run(&b, [Action::AddLink(link("new", "ia", "act"))]);
    let l = after.link(&lid("new")).unwrap();
    assert_eq!((l.from.0.as_str(), l.to.0.as_str()), ("ia", "act"));
    assert_eq!(after.link_meaning(l), LinkMeaning::Free);
}

#[test]
fn add_link_refusals() {
    let b = board();
    assert_eq!(refused(&b, Action::AddLink(link("new", "ia", "ia"))), Refusal::LinkToItself);
    // Already linked, in the same or the other direction.
    assert_eq!(refused(&b, Action::AddLink(link("new", "ia", "ambition"))), Refusal::AlreadyLinked);
    assert_eq!(refused(&b, Action::AddLink(link("new", "ambition", "ia"))), Refusal::AlreadyLinked);
    assert_eq!(refused(&b, Action::AddLink(link("new", "ib", "wa"))), Refusal::AlreadyLinked);
    assert_eq!(refused(&b, Action::AddLink(link("new", "x", "ia"))), Refusal::NoSuchCard(cid("x")));
    assert_eq!(refused(&b, Action::AddLink(link("new", "ia", "x"))), Refusal::NoSuchCard(cid("x")));
    assert_eq!(refused(&b, Action::AddLink(link("l-ia", "fact", "ib"))), Refusal::DuplicateId("l-ia".into()));
}

#[test]
fn set_link_label() {
    let b = board();
    let after = run(&b, [Action::SetLinkLabel { link: lid("l-free"), label: "samen".into() }]);
    assert_eq!(after.link(&lid("l-free")).unwrap().label, "samen");
    assert_eq!(after.link(&lid("l-ia")), b.link(&lid("l-ia")));
    assert_eq!(
        refused(&b, Action::SetLinkLabel { link: lid("x"), label: "".into() }),
        Refusal::NoSuchLink(lid("x"))
    );
}

#[test]
fn delete_links() {
    let b = board();
    let after = run(&b, [Action::DeleteLinks(vec![lid("l-ia"), lid("l-free")])]);
    let links: Vec<&str> = after.links.iter().map(|l| l.id.0.as_str()).collect();
    assert_eq!(links, ["l-wa", "l-ib", "l-act", "l-fact"]);
    assert_eq!(after.cards.len(), b.cards.len());
    assert_eq!(refused(&b, Action::DeleteLinks(vec![lid("l-ia"), lid("x")])), Refusal::NoSuchLink(lid("x")));
}

#[test]
fn replace_board() {
    let b = board();
    let other = Board::new("Other", "Else");
    assert_eq!(run(&b, [Action::ReplaceBoard(other.clone())]), other);
}

// ---------------------------------------------------------------- sharing

#[test]
fn unchanged_cards_keep_their_rc_and_the_old_board_keeps_the_old_card() {
    let b = board();
    let after = run(
        &b,
        [
            Action::SetStatus { card: cid("act"), status: ActionStatus::Agreed },
            Action::SetLinkLabel { link: lid("l-free"), label: "x".into() },
        ],
    );
    assert_shared_except(&b, &after, &["act"]);
    assert_eq!(b.card(&cid("act")).unwrap().status, Some(ActionStatus::Idea));
    assert_eq!(after.card(&cid("act")).unwrap().status, Some(ActionStatus::Agreed));
}

// ---------------------------------------------------------------- link meanings

#[test]
fn link_meaning_of_every_pair() {
    use CardKind::*;
    let all = [Ambition, Interest, Wish, Goal, Action, Fact];
    let meaningful = [
        (Interest, Ambition, LinkMeaning::Serves),
        (Wish, Ambition, LinkMeaning::Serves),
        (Goal, Ambition, LinkMeaning::Serves),
        (Action, Ambition, LinkMeaning::Realises),
        (Fact, Ambition, LinkMeaning::Substantiates),
        (Fact, Action, LinkMeaning::Substantiates),
        (Fact, Interest, LinkMeaning::Substantiates),
        (Fact, Wish, LinkMeaning::Substantiates),
        (Fact, Goal, LinkMeaning::Substantiates),
    ];
    for from in all {
        for to in all {
            let expected = meaningful
                .iter()
                .find(|(f, t, _)| *f == from && *t == to)
                .map_or(LinkMeaning::Free, |(_, _, m)| *m);
            assert_eq!(LinkMeaning::of(from, to), expected, "{from:?} → {to:?}");
            // Reversed exactly when only the other direction has a meaning.
            let reverse = expected == LinkMeaning::Free && LinkMeaning::of(to, from) != LinkMeaning::Free;
            assert_eq!(LinkMeaning::should_reverse(from, to), reverse, "{from:?} → {to:?}");
        }
    }
    assert!(LinkMeaning::should_reverse(Ambition, Interest));
    assert!(LinkMeaning::should_reverse(Interest, Fact));
    assert!(!LinkMeaning::should_reverse(Interest, Ambition));
    assert!(!LinkMeaning::should_reverse(Interest, Wish));
    assert!(!LinkMeaning::should_reverse(Fact, Fact));
}

#[test]
fn board_link_meaning_is_free_when_a_card_is_missing() {
    let b = board();
    assert_eq!(b.link_meaning(&link("x", "ia", "gone")), LinkMeaning::Free);
    assert_eq!(b.link_meaning(b.link(&lid("l-ia")).unwrap()), LinkMeaning::Serves);
}

#[test]
fn a_card_grows_to_show_its_dots_and_never_shrinks() {
    use ambition_map::core::card_size::fitted_height;
    let mut fact = card("f", CardKind::Fact);
    fact.width = 216.0;
    fact.source = Some("Leerlingenprognose van de gemeente, 2025".into());
    let mut goal = card("g", CardKind::Goal);
    goal.width = 216.0;
    goal.text = "Moderne, energiezuinige schoolgebouwen in elke kern van de regio".into();
    let mut b = Board { cards: vec![Rc::new(fact), Rc::new(goal)], ..Board::default() };
    for id in ["f", "g"] {
        let i = b.card_index(&cid(id)).unwrap();
        let h = fitted_height(&b, &b.cards[i]);
        Rc::make_mut(&mut b.cards[i]).height = h;
    }
    let height = |b: &Board, id: &str| b.card(&cid(id)).map(|c| c.height).unwrap_or_default();
    let mut voted = b.clone();
    for id in ["f", "g"] {
        voted = apply(&voted, &Action::SetVotes { card: cid(id), votes: 3 }).unwrap();
        assert!(height(&voted, id) > height(&b, id), "{id}: a line for the dots' count");
        let i = voted.card_index(&cid(id)).unwrap();
        assert_eq!(height(&voted, id), fitted_height(&voted, &voted.cards[i]));
    }
    // Back to no dots: the card keeps its size.
    let cleared = apply(&voted, &Action::ClearVotes).unwrap();
    let again = apply(&cleared, &Action::SetVotes { card: cid("f"), votes: 0 }).unwrap();
    assert_eq!(height(&again, "f"), height(&voted, "f"));
}
