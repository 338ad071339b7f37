//! The example board: valid, the same in both languages, laid out, and
//! showing the gaps it was built to show.

use std::collections::BTreeSet;

use ambition_map::core::analysis::{check_board, commitment_matrix, coverage, GapKind, Status};
use ambition_map::core::arrange::arrange;
use ambition_map::core::example::{
    example_board, ACTION_SUBSTITUTES, BOARD_A, BOARD_B, FACT_BUILDINGS, MUNICIPALITY, PARTNERSHIP,
};
use ambition_map::core::file::{export_board, import_board};
use ambition_map::core::model::{Board, CardId, CardKind, Commitment, PartyId, PARTY_COLOURS};
use ambition_map::i18n::Lang;

fn pid(s: &str) -> PartyId {
    PartyId(s.to_owned())
}
fn cid(s: &str) -> CardId {
    CardId(s.to_owned())
}

/// The board with every text blanked, and where the cards stand and how tall
/// they are (each as tall as its words need, which differ): what must be
/// equal in both languages.
fn structure(b: &Board) -> Board {
    let mut s = b.clone();
    s.title.clear();
    s.challenge.clear();
    for p in &mut s.parties {
        p.name.clear();
        p.short_name.clear();
    }
    for c in &mut s.cards {
        let c = std::rc::Rc::make_mut(c);
        c.text.clear();
        c.source = c.source.as_ref().map(|_| String::new());
        (c.x, c.y, c.height) = (0.0, 0.0, 0.0);
    }
    s
}

#[test]
fn the_example_survives_export_and_import_unchanged() {
    for lang in Lang::ALL {
        let b = example_board(lang.example());
        let back = import_board(export_board(&b).as_bytes()).expect("the example imports");
        assert_eq!(back, b, "{lang:?}");
    }
}

#[test]
fn both_languages_have_the_same_structure_and_different_words() {
    let (en, nl) = (example_board(Lang::En.example()), example_board(Lang::Nl.example()));
    assert_eq!(structure(&en), structure(&nl));
    assert_eq!(
        en.ambition().unwrap().text,
        "Every child in the region has a good school within reasonable travel distance."
    );
    assert_eq!(nl.ambition().unwrap().text, "Elk kind in de regio heeft een goede school op redelijke reisafstand.");
    for (a, b) in en.cards.iter().zip(&nl.cards) {
        assert!(!a.text.trim().is_empty() && !b.text.trim().is_empty(), "{:?} has text", a.id);
        assert_ne!(a.text, b.text, "{:?} is translated", a.id);
    }
    for (a, b) in en.parties.iter().zip(&nl.parties) {
        assert_ne!(a.name, b.name);
    }
    assert_ne!(en.title, nl.title);
    assert_ne!(en.challenge, nl.challenge);
    assert!(en.challenge.contains("20%") && nl.challenge.contains("20%"));
}

#[test]
fn the_example_has_the_domains_parties_cards_and_readable_ids() {
    let b = example_board(Lang::En.example());
    let parties: Vec<&str> = b.parties.iter().map(|p| p.id.0.as_str()).collect();
    assert_eq!(parties, vec![BOARD_A, BOARD_B, MUNICIPALITY, PARTNERSHIP]);
    let colours: BTreeSet<&str> = b.parties.iter().map(|p| p.colour.as_str()).collect();
    assert_eq!(colours.len(), 4, "each party its own colour");
    assert!(colours.iter().all(|c| PARTY_COLOURS.contains(c)));
    let count = |k: CardKind| b.cards.iter().filter(|c| c.kind == k).count();
    assert_eq!(count(CardKind::Action), 3);
    assert_eq!(count(CardKind::Fact), 2);
    assert_eq!(count(CardKind::Interest), 4);
    assert!(b.card(&cid("c-interest-a")).is_some());
    for p in &b.parties {
        let own = b.cards.iter().filter(|c| c.party.as_ref() == Some(&p.id)).count();
        assert!(own >= 2, "{:?} has an interest and a wish or goal", p.id);
    }
    for c in b.cards.iter().filter(|c| c.kind == CardKind::Fact) {
        assert!(c.source.as_deref().is_some_and(|s| !s.is_empty()), "{:?} has a source", c.id);
    }
    // Hesitant, committed, not committed and not asked all appear.
    let m = commitment_matrix(&b);
    for commitment in Commitment::ALL {
        assert!(m.party_totals.iter().any(|t| t.of(commitment) > 0), "{commitment:?} appears");
    }
}

#[test]
fn the_example_is_laid_out_with_arrange() {
    let b = example_board(Lang::Nl.example());
    for (id, p) in arrange(&b) {
        let c = b.card(&id).unwrap();
        assert_eq!((c.x, c.y), (p.x, p.y), "{id:?}");
    }
}

#[test]
fn the_checks_show_the_intended_gaps() {
    let b = example_board(Lang::En.example());
    let [shared, concrete, facts] = check_board(&b);
    assert_eq!(shared.status, Status::Met);
    assert!(shared.gaps.is_empty());
    assert!(coverage(&b).iter().all(|c| c.linked == c.total && c.total > 0));

    assert_eq!(concrete.status, Status::PartlyMet);
    let kinds: Vec<GapKind> = concrete.gaps.iter().map(|g| g.kind.clone()).collect();
    assert_eq!(
        kinds,
        vec![
            GapKind::ActionWithoutOwner { card: cid(ACTION_SUBSTITUTES) },
            GapKind::PartyHesitant { party: pid(BOARD_B), card: cid(ACTION_SUBSTITUTES) },
        ]
    );

    assert_eq!(facts.status, Status::PartlyMet);
    let kinds: Vec<GapKind> = facts.gaps.iter().map(|g| g.kind.clone()).collect();
    assert_eq!(
        kinds,
        vec![GapKind::FactNotRecognisedBy {
            card: cid(FACT_BUILDINGS),
            parties: vec![pid(BOARD_A), pid(MUNICIPALITY)]
        }]
    );
    assert_eq!(check_board(&example_board(Lang::Nl.example())), check_board(&b));
}

#[test]
fn in_dutch_the_partnership_shows_as_swv_on_its_cards_and_no_two_parties_look_alike() {
    let nl = example_board(Lang::Nl.example());
    let labels: Vec<&str> = nl.parties.iter().map(|p| p.label()).collect();
    assert_eq!(labels, ["Schoolbestuur A", "Schoolbestuur B", "Gemeente", "SWV"]);
    for lang in Lang::ALL {
        let b = example_board(lang.example());
        let mut labels: Vec<String> = b.parties.iter().map(|p| p.label().to_lowercase()).collect();
        labels.sort();
        labels.dedup();
        assert_eq!(labels.len(), b.parties.len(), "{lang:?}");
    }
}
