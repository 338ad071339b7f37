//! The three central questions and their gaps in plain words, in Dutch and
//! English, naming the parties and cards concerned. The checks themselves
//! are computed in [`crate::core::analysis`].

use crate::core::analysis::{Gap, GapKind, Question, Status};
use crate::core::model::{Board, Card, CardId, CardKind, CardLookup, PartyId};
use crate::i18n::{fill, Lang};

/// How many characters of a card's text name it in a sentence.
const NAME_CHARS: usize = 40;

/// The chapter's own wording of a central question.
pub fn question_text(q: Question, lang: Lang) -> &'static str {
    match (lang, q) {
        (Lang::En, Question::SharedAmbition) => "Have you formulated a shared ambition that inspires?",
        (Lang::En, Question::Concrete) => "How do you make the ambition concrete enough?",
        (Lang::En, Question::Facts) => "How do you make sure you have the right facts, figures and substantiation?",
        (Lang::Nl, Question::SharedAmbition) => "Hebben jullie een gezamenlijke ambitie geformuleerd die inspireert?",
        (Lang::Nl, Question::Concrete) => "Hoe maak je de ambitie, het grotere doel voldoende concreet?",
        (Lang::Nl, Question::Facts) => {
            "Hoe zorg je dat jullie de juiste feiten, cijfers (data) en onderbouwingen hebben?"
        }
    }
}

/// A central question in a word or two, for its mark above the board.
pub fn question_short(q: Question, lang: Lang) -> &'static str {
    match (lang, q) {
        (Lang::En, Question::SharedAmbition) => "Ambition",
        (Lang::En, Question::Concrete) => "Concrete",
        (Lang::En, Question::Facts) => "Substantiated",
        (Lang::Nl, Question::SharedAmbition) => "Ambitie",
        (Lang::Nl, Question::Concrete) => "Concreet",
        (Lang::Nl, Question::Facts) => "Onderbouwd",
    }
}

/// A check's status as a class and a mark (✓, !, ✗), as the questions'
/// panel and their marks above the board draw it.
pub fn status_mark(s: Status) -> (&'static str, &'static str) {
    match s {
        Status::Met => ("met", "✓"),
        Status::PartlyMet => ("partly", "!"),
        Status::NotMet => ("not-met", "✗"),
    }
}

/// A check's status in a word or two.
pub fn status_text(s: Status, lang: Lang) -> &'static str {
    match (lang, s) {
        (Lang::En, Status::Met) => "Met",
        (Lang::En, Status::PartlyMet) => "Partly met",
        (Lang::En, Status::NotMet) => "Not met yet",
        (Lang::Nl, Status::Met) => "Voldaan",
        (Lang::Nl, Status::PartlyMet) => "Deels voldaan",
        (Lang::Nl, Status::NotMet) => "Nog niet voldaan",
    }
}

/// A gap as one sentence (without a full stop), naming its parties and
/// cards, e.g. "Municipality: none of its interests, wishes or goals is
/// linked to the ambition".
pub fn gap_text(gap: &Gap, board: &Board, lang: Lang) -> String {
    words(gap, board, lang, &|id| card_name(board, id, lang))
}

/// The words of several gaps, naming their cards from one index of the
/// board instead of a search per gap: a large board has thousands of gaps.
pub fn gap_texts<'a>(gaps: impl IntoIterator<Item = &'a Gap>, board: &Board, lang: Lang) -> Vec<String> {
    let names = CardNames::of(board, lang);
    gaps.into_iter().map(|gap| words(gap, board, lang, &|id| names.name(id))).collect()
}

/// Names many cards as [`card_name`] does, from one index of the board
/// built up front rather than a search of the board per name.
pub struct CardNames<'a> {
    cards: CardLookup<'a>,
    lang: Lang,
}

impl<'a> CardNames<'a> {
    pub fn of(board: &'a Board, lang: Lang) -> Self {
        CardNames { cards: CardLookup::of(board), lang }
    }

    /// The board's cards by id.
    pub fn cards(&self) -> &CardLookup<'a> {
        &self.cards
    }

    /// The card's name in a sentence; its id when it is not on the board.
    pub fn name(&self, id: &CardId) -> String {
        self.cards.card(id).map_or_else(|| id.0.clone(), |c| card_title(c, self.lang))
    }
}

fn words(gap: &Gap, board: &Board, lang: Lang, card_name: &dyn Fn(&CardId) -> String) -> String {
    let en = lang == Lang::En;
    let pick = |en_text: &'static str, nl_text: &'static str| if en { en_text } else { nl_text };
    let card = |id: &CardId| format!("‘{}’", card_name(id));
    let party = |id: &PartyId| party_name(board, id, lang);
    match &gap.kind {
        GapKind::NoAmbitionStatement => pick(
            "The shared ambition has not been written down yet",
            "De gezamenlijke ambitie is nog niet opgeschreven",
        )
        .to_owned(),
        GapKind::NoParties => {
            pick("There are no parties on the board yet", "Er staan nog geen partijen op het bord").to_owned()
        }
        GapKind::PartyNotServed { party: p } => {
            let has_cards = board.cards.iter().any(|c| c.kind.belongs_to_party() && c.party.as_ref() == Some(p));
            let message = if has_cards {
                pick(
                    "{party}: none of its interests, wishes or goals is linked to the ambition",
                    "{party}: geen van haar belangen, wensen of doelen is met de ambitie verbonden",
                )
            } else {
                pick(
                    "{party} has no interests, wishes or goals on the board yet",
                    "{party} heeft nog geen belangen, wensen of doelen op het bord",
                )
            };
            fill(message, &[("party", &party(p))])
        }
        GapKind::NoActions => {
            pick("No action is linked to the ambition yet", "Er is nog geen actie met de ambitie verbonden").to_owned()
        }
        GapKind::ActionNotLinked { card: c } => fill(
            pick("Action {card} is not linked to the ambition", "Actie {card} is niet met de ambitie verbonden"),
            &[("card", &card(c))],
        ),
        GapKind::ActionWithoutOwner { card: c } => {
            fill(pick("Action {card} has no owner", "Actie {card} heeft geen eigenaar"), &[("card", &card(c))])
        }
        GapKind::PartyCommittedToNothing { party: p } => fill(
            pick(
                "{party} has not committed to any action yet",
                "{party} heeft zich nog aan geen enkele actie gecommitteerd",
            ),
            &[("party", &party(p))],
        ),
        GapKind::PartyHesitant { party: p, card: c } => fill(
            pick("{party} is hesitant about action {card}", "{party} twijfelt over actie {card}"),
            &[("party", &party(p)), ("card", &card(c))],
        ),
        GapKind::NoFacts => {
            pick("No fact substantiates the ambition", "Geen enkel feit onderbouwt de ambitie").to_owned()
        }
        GapKind::FactNotLinked { card: c } => fill(
            pick(
                "Fact {card} does not substantiate anything on the board yet",
                "Feit {card} onderbouwt nog niets op het bord",
            ),
            &[("card", &card(c))],
        ),
        GapKind::FactWithoutSource { card: c } => {
            fill(pick("Fact {card} has no source", "Feit {card} heeft geen bron"), &[("card", &card(c))])
        }
        GapKind::FactNotRecognisedBy { card: c, parties } => {
            let names: Vec<String> = parties.iter().map(party).collect();
            fill(
                pick("Fact {card} is not recognised by {parties}", "Feit {card} wordt niet erkend door {parties}"),
                &[("card", &card(c)), ("parties", &join(&names, pick("and", "en")))],
            )
        }
    }
}

/// A card's name in a sentence: its text on one line, cut to about 40
/// characters with an ellipsis; its kind's name when it has no text.
pub fn card_name(board: &Board, id: &CardId, lang: Lang) -> String {
    match board.card(id) {
        Some(card) => card_title(card, lang),
        None => id.0.clone(),
    }
}

/// A card's name in a sentence, as [`card_name`] gives it.
pub fn card_title(card: &Card, lang: Lang) -> String {
    let text = card.text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return kind_name(card.kind, lang).to_owned();
    }
    shorten(&text, NAME_CHARS)
}

/// A party's name in a sentence; "Unnamed party" when it has none.
pub fn party_name(board: &Board, id: &PartyId, lang: Lang) -> String {
    let name = board.party(id).map(|p| p.name.split_whitespace().collect::<Vec<_>>().join(" "));
    match name {
        Some(n) if !n.is_empty() => n,
        Some(_) => if lang == Lang::En { "Unnamed party" } else { "Naamloze partij" }.to_owned(),
        None => id.0.clone(),
    }
}

fn kind_name(kind: CardKind, lang: Lang) -> &'static str {
    lang.texts().kind(kind)
}

/// `text` cut to at most `max` characters, at a word boundary when one is
/// not too far back, with an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max - 1).collect();
    let at_word = match cut.rfind(' ') {
        Some(i) if cut[..i].chars().count() >= max * 2 / 3 => &cut[..i],
        _ => &cut,
    };
    format!("{}…", at_word.trim_end_matches(|c: char| c.is_whitespace() || ",;:.-–".contains(c)))
}

/// "A", "A and B", "A, B and C".
fn join(names: &[String], and: &str) -> String {
    match names {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::action::{apply, Action};
    use crate::core::geometry::Point;
    use crate::core::model::{Card, Party};

    fn pid(s: &str) -> PartyId {
        PartyId(s.to_owned())
    }
    fn cid(s: &str) -> CardId {
        CardId(s.to_owned())
    }

    fn board() -> Board {
        let actions = [
            Action::AddParty(Party::new(pid("m"), "Municipality", "#1f6feb")),
            Action::AddParty(Party::new(pid("a"), "School board A", "#c2364a")),
            Action::AddParty(Party::new(pid("b"), "School board B", "#2a9d8f")),
            Action::AddCard(
                Card::new(cid("i"), CardKind::Interest, "Liveable villages", Point::default()).with_party(pid("m")),
            ),
            Action::AddCard(Card::new(cid("act"), CardKind::Action, "shared substitute pool", Point::default())),
            Action::AddCard(Card::new(cid("f"), CardKind::Fact, "building survey", Point::default())),
            Action::AddCard(Card::new(cid("empty"), CardKind::Fact, "  ", Point::default())),
        ];
        actions.iter().fold(Board::new("", ""), |b, a| apply(&b, a).unwrap())
    }

    /// One gap of every kind, each naming what it should name (a party's
    /// name, a card's text), in the form (gap, names it must contain).
    fn every_gap() -> Vec<(GapKind, Vec<&'static str>)> {
        vec![
            (GapKind::NoAmbitionStatement, vec![]),
            (GapKind::NoParties, vec![]),
            (GapKind::PartyNotServed { party: pid("m") }, vec!["Municipality"]),
            (GapKind::PartyNotServed { party: pid("a") }, vec!["School board A"]),
            (GapKind::NoActions, vec![]),
            (GapKind::ActionNotLinked { card: cid("act") }, vec!["shared substitute pool"]),
            (GapKind::ActionWithoutOwner { card: cid("act") }, vec!["shared substitute pool"]),
            (GapKind::PartyCommittedToNothing { party: pid("b") }, vec!["School board B"]),
            (
                GapKind::PartyHesitant { party: pid("b"), card: cid("act") },
                vec!["School board B", "shared substitute pool"],
            ),
            (GapKind::NoFacts, vec![]),
            (GapKind::FactNotLinked { card: cid("f") }, vec!["building survey"]),
            (GapKind::FactWithoutSource { card: cid("f") }, vec!["building survey"]),
            (
                GapKind::FactNotRecognisedBy { card: cid("f"), parties: vec![pid("a"), pid("m")] },
                vec!["building survey", "School board A", "Municipality"],
            ),
        ]
    }

    #[test]
    fn every_gap_has_its_own_text_in_both_languages_naming_parties_and_cards() {
        let b = board();
        for lang in Lang::ALL {
            let mut seen = std::collections::HashSet::new();
            for (kind, names) in every_gap() {
                let gap = Gap { kind: kind.clone(), cards: vec![], parties: vec![] };
                let text = gap_text(&gap, &b, lang);
                assert!(text.len() > 15, "{lang:?} {kind:?}: {text}");
                for name in names {
                    assert!(text.contains(name), "{lang:?} {kind:?}: {text:?} lacks {name:?}");
                }
                assert!(seen.insert(text.clone()), "{lang:?}: {text:?} used twice");
            }
        }
    }

    #[test]
    fn gaps_worded_together_read_as_each_on_its_own() {
        let b = board();
        let mut gaps: Vec<Gap> =
            every_gap().into_iter().map(|(kind, _)| Gap { kind, cards: vec![], parties: vec![] }).collect();
        gaps.push(Gap { kind: GapKind::FactWithoutSource { card: cid("gone") }, cards: vec![], parties: vec![] });
        for lang in Lang::ALL {
            let one_by_one: Vec<String> = gaps.iter().map(|g| gap_text(g, &b, lang)).collect();
            assert_eq!(gap_texts(&gaps, &b, lang), one_by_one);
        }
        assert!(gap_texts(&gaps, &b, Lang::En).last().is_some_and(|t| t.contains("‘gone’")));
    }

    #[test]
    fn texts_read_as_intended() {
        let b = board();
        let gap = |kind| Gap { kind, cards: vec![], parties: vec![] };
        let en = |kind| gap_text(&gap(kind), &b, Lang::En);
        let nl = |kind| gap_text(&gap(kind), &b, Lang::Nl);
        assert_eq!(
            en(GapKind::PartyNotServed { party: pid("m") }),
            "Municipality: none of its interests, wishes or goals is linked to the ambition"
        );
        assert_eq!(
            nl(GapKind::PartyNotServed { party: pid("m") }),
            "Municipality: geen van haar belangen, wensen of doelen is met de ambitie verbonden"
        );
        assert_eq!(
            en(GapKind::PartyNotServed { party: pid("a") }),
            "School board A has no interests, wishes or goals on the board yet"
        );
        assert_eq!(
            en(GapKind::ActionWithoutOwner { card: cid("act") }),
            "Action ‘shared substitute pool’ has no owner"
        );
        assert_eq!(
            nl(GapKind::ActionWithoutOwner { card: cid("act") }),
            "Actie ‘shared substitute pool’ heeft geen eigenaar"
        );
        assert_eq!(
            en(GapKind::FactNotRecognisedBy { card: cid("f"), parties: vec![pid("a")] }),
            "Fact ‘building survey’ is not recognised by School board A"
        );
        assert_eq!(
            nl(GapKind::FactNotRecognisedBy { card: cid("f"), parties: vec![pid("m"), pid("a"), pid("b")] }),
            "Feit ‘building survey’ wordt niet erkend door Municipality, School board A en School board B"
        );
        assert_eq!(en(GapKind::NoFacts), "No fact substantiates the ambition");
        assert_eq!(nl(GapKind::FactWithoutSource { card: cid("empty") }), "Feit ‘Feit’ heeft geen bron");
    }

    #[test]
    fn long_card_texts_are_shortened_with_an_ellipsis() {
        let b = apply(
            &board(),
            &Action::SetText {
                card: cid("act"),
                text: "A shared pool of substitute teachers for all\nprimary schools in the region".into(),
            },
        )
        .unwrap();
        let name = card_name(&b, &cid("act"), Lang::En);
        assert_eq!(name, "A shared pool of substitute teachers…");
        assert!(name.chars().count() <= NAME_CHARS);
        let b = apply(&b, &Action::SetText { card: cid("act"), text: "x".repeat(100) }).unwrap();
        let name = card_name(&b, &cid("act"), Lang::En);
        assert_eq!(name.chars().count(), NAME_CHARS);
        assert!(name.ends_with('…'));
    }

    #[test]
    fn a_party_without_a_name_is_still_named() {
        let b = apply(&board(), &Action::RenameParty { party: pid("m"), name: " ".into() }).unwrap();
        assert_eq!(party_name(&b, &pid("m"), Lang::En), "Unnamed party");
        assert_eq!(party_name(&b, &pid("m"), Lang::Nl), "Naamloze partij");
    }

    #[test]
    fn questions_and_statuses_have_words_in_both_languages() {
        for lang in Lang::ALL {
            let qs: std::collections::HashSet<_> = Question::ALL.iter().map(|q| question_text(*q, lang)).collect();
            assert_eq!(qs.len(), 3);
            assert!(qs.iter().all(|q| q.ends_with('?')));
            let ss: std::collections::HashSet<_> =
                [Status::Met, Status::PartlyMet, Status::NotMet].iter().map(|s| status_text(*s, lang)).collect();
            assert_eq!(ss.len(), 3);
        }
        assert_eq!(
            question_text(Question::SharedAmbition, Lang::En),
            "Have you formulated a shared ambition that inspires?"
        );
        assert_eq!(
            question_text(Question::SharedAmbition, Lang::Nl),
            "Hebben jullie een gezamenlijke ambitie geformuleerd die inspireert?"
        );
    }
}
