//! The board in words, which the report, the print view, the outline and the
//! JSON Canvas walk: what each of them relies on finding in it.

use std::rc::Rc;

use ambition_map::core::export::in_words::{lines, BoardInWords};
use ambition_map::core::geometry::Point;
use ambition_map::core::model::{
    ActionStatus, Board, Card, CardId, CardKind, Commitment, Link, LinkId, LinkMeaning, Party, PartyId,
};
use ambition_map::i18n::Lang;

fn pid(s: &str) -> PartyId {
    PartyId(s.to_owned())
}

fn cid(s: &str) -> CardId {
    CardId(s.to_owned())
}

fn card(id: &str, kind: CardKind, text: &str) -> Card {
    Card::new(cid(id), kind, text, Point::new(0.0, 0.0))
}

fn link(id: &str, from: &str, to: &str, label: &str) -> Rc<Link> {
    Rc::new(Link::new(LinkId(id.to_owned()), cid(from), cid(to)).with_label(label))
}

/// Two parties, a card of each party kind, one of a party that left, an
/// action, a fact only one party recognises, and links of every meaning.
fn board() -> Board {
    let mut b = Board::new("Region North", "Fewer pupils");
    Rc::make_mut(&mut b.cards[0]).text = "A good school for every child".into();
    b.parties = vec![Party::new(pid("a"), "School board A", "#1f6feb"), Party::new(pid("m"), "Municipality", "#c2364a")];
    let mut action = card("act", CardKind::Action, "One plan");
    action.owners = vec![pid("m"), pid("gone"), pid("a")];
    action.status = Some(ActionStatus::Agreed);
    action.commitments.insert(pid("a"), Commitment::Hesitant);
    let mut fact = card("fact", CardKind::Fact, "Forecast");
    fact.source = Some("  ".into());
    fact.recognised_by = vec![pid("m")];
    fact.votes = 3;
    b.cards.extend(
        [
            card("goal-a", CardKind::Goal, "Quality").with_party(pid("a")),
            card("int-a", CardKind::Interest, "Village schools").with_party(pid("a")),
            card("int-m", CardKind::Interest, "Liveable villages").with_party(pid("m")),
            card("wish-gone", CardKind::Wish, "Left behind").with_party(pid("gone")),
            action,
            fact,
        ]
        .map(Rc::new),
    );
    b.links = vec![
        link("l1", "int-a", "ambition", ""),
        link("l2", "act", "ambition", "ignored"),
        link("l3", "fact", "act", ""),
        link("l4", "goal-a", "int-m", " shared "),
        link("l5", "goal-a", "int-a", ""),
    ];
    b
}

#[test]
fn every_party_has_its_cards_by_kind_and_orphans_have_theirs() {
    let (b, words) = (board(), Lang::En.export_words());
    let in_words = BoardInWords::of(&b, &words, &[]);
    let names: Vec<&str> = in_words.parties.iter().map(|p| p.name).collect();
    assert_eq!(names, ["School board A", "Municipality"]);
    let texts = |party: Option<&PartyId>| -> Vec<(&str, Vec<&str>)> {
        in_words.party_cards(party).into_iter().map(|(h, cards)| (h, cards.iter().map(|c| c.text).collect())).collect()
    };
    assert_eq!(texts(Some(&pid("a"))), [(words.interests, vec!["Village schools"]), (words.goals, vec!["Quality"])]);
    assert_eq!(texts(Some(&pid("m"))), [(words.interests, vec!["Liveable villages"])]);
    assert_eq!(texts(None), [(words.wishes, vec!["Left behind"])], "a card whose party is gone has none");
    let interest = in_words.cards.iter().find(|c| c.id == &cid("int-a")).expect("the interest");
    assert_eq!(interest.kind_name, words.kind_interest);
    assert_eq!(interest.party.map(|p| p.colour), Some("#1f6feb"));
}

#[test]
fn an_action_names_its_owners_status_and_every_partys_commitment() {
    let (b, words) = (board(), Lang::En.export_words());
    let in_words = BoardInWords::of(&b, &words, &[]);
    let actions: Vec<_> = in_words.actions().collect();
    assert_eq!(actions.len(), 1);
    let (card, action) = actions[0];
    assert_eq!(card.text, "One plan");
    assert_eq!(action.owners, ["Municipality", "School board A"], "in the order given, parties not on the board left out");
    assert_eq!(action.status, words.status_agreed);
    let commitments: Vec<_> = action.commitments.iter().map(|c| (c.party, c.commitment, c.words)).collect();
    assert_eq!(
        commitments,
        [
            ("School board A", Commitment::Hesitant, words.commitment_hesitant),
            ("Municipality", Commitment::NotAsked, words.commitment_not_asked),
        ]
    );
}

#[test]
fn a_fact_not_every_party_recognises_is_disputed() {
    let (mut b, words) = (board(), Lang::En.export_words());
    {
        let in_words = BoardInWords::of(&b, &words, &[]);
        let (card, fact) = in_words.facts().next().expect("the fact");
        assert_eq!(card.votes, 3);
        assert_eq!(fact.source, None, "a blank source is none");
        assert_eq!(fact.recognised_by, ["Municipality"]);
        assert_eq!(fact.not_recognised_by, ["School board A"]);
        assert!(fact.disputed());
    }
    b.parties.retain(|p| p.id == pid("m"));
    let in_words = BoardInWords::of(&b, &words, &[]);
    assert!(!in_words.facts().next().expect("the fact").1.disputed(), "recognised by every party left");
}

#[test]
fn links_carry_their_meaning_in_words_or_their_own_label() {
    let (b, words) = (board(), Lang::En.export_words());
    let in_words = BoardInWords::of(&b, &words, &[]);
    let links: Vec<_> = in_words.links.iter().map(|l| (l.id.0.as_str(), l.meaning, l.label)).collect();
    assert_eq!(
        links,
        [
            ("l1", LinkMeaning::Serves, Some(words.meaning_serves)),
            ("l2", LinkMeaning::Realises, Some(words.meaning_realises)),
            ("l3", LinkMeaning::Substantiates, Some(words.meaning_substantiates)),
            ("l4", LinkMeaning::Free, Some("shared")),
            ("l5", LinkMeaning::Free, None),
        ]
    );
    assert_eq!((in_words.links[2].from, in_words.links[2].to), (&cid("fact"), &cid("act")));
}

#[test]
fn a_board_without_a_title_has_the_default_one_and_blank_open_points_are_left_out() {
    let (mut b, words) = (board(), Lang::Nl.export_words());
    b.title = " \n ".into();
    let gaps = vec!["Nobody owns ‘One plan’".to_owned(), "  ".to_owned()];
    let in_words = BoardInWords::of(&b, &words, &gaps);
    assert_eq!(in_words.title, words.default_board_title);
    assert_eq!(in_words.challenge, "Fewer pupils");
    assert_eq!(in_words.ambition().map(|a| a.text), Some("A good school for every child"));
    assert_eq!(in_words.open_points, ["Nobody owns ‘One plan’"]);
    let order: Vec<&str> = in_words.cards.iter().map(|c| c.id.0.as_str()).collect();
    assert_eq!(order, ["ambition", "goal-a", "int-a", "int-m", "wish-gone", "act", "fact"], "drawing order");
}

#[test]
fn lines_are_trimmed_and_blank_ones_dropped() {
    assert_eq!(lines("  one \n\n\t\n two").collect::<Vec<_>>(), ["one", "two"]);
    assert_eq!(lines(" \n ").next(), None);
}
