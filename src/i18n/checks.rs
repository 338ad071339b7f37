//! The three central questions and their gaps in plain words, in Dutch and
//! English, naming the parties and cards concerned. The checks themselves
//! are computed in [`crate::core::analysis`]; this file holds their words
//! and puts a board's parties and cards into them.

use crate::core::analysis::{Gap, GapKind, Question, Status};
use crate::core::model::{Board, Card, CardId, CardLookup, PartyId};

use super::{fill, Lang};

/// How many characters of a card's text name it in a sentence.
const NAME_CHARS: usize = 40;

/// The words of the checks in one language.
#[derive(Debug)]
pub struct CheckTexts {
    /// The chapter's own wording of each central question, in the order of
    /// [`Question::ALL`].
    pub questions: [&'static str; 3],
    /// Each question in a word or two, for its mark above the board.
    pub questions_short: [&'static str; 3],
    pub status_met: &'static str,
    pub status_partly_met: &'static str,
    pub status_not_met: &'static str,
    pub gap_no_ambition_statement: &'static str,
    pub gap_no_parties: &'static str,
    /// `{party}` has cards, none linked to the ambition.
    pub gap_party_not_served: &'static str,
    /// `{party}` has no cards of its own yet.
    pub gap_party_without_cards: &'static str,
    pub gap_no_actions: &'static str,
    pub gap_action_not_linked: &'static str,
    pub gap_action_without_owner: &'static str,
    pub gap_party_committed_to_nothing: &'static str,
    pub gap_party_hesitant: &'static str,
    pub gap_no_facts: &'static str,
    pub gap_fact_not_linked: &'static str,
    pub gap_fact_without_source: &'static str,
    /// `{parties}` is a list joined with [`CheckTexts::and`].
    pub gap_fact_not_recognised: &'static str,
    /// The last joint of a list of names: "A, B and C".
    pub and: &'static str,
    /// A party whose name is empty.
    pub unnamed_party: &'static str,
}

pub static EN: CheckTexts = CheckTexts {
    questions: [
        "Have you formulated a shared ambition that inspires?",
        "How do you make the ambition concrete enough?",
        "How do you make sure you have the right facts, figures and substantiation?",
    ],
    questions_short: ["Ambition", "Concrete", "Substantiated"],
    status_met: "Met",
    status_partly_met: "Partly met",
    status_not_met: "Not met yet",
    gap_no_ambition_statement: "The shared ambition has not been written down yet",
    gap_no_parties: "There are no parties on the board yet",
    gap_party_not_served: "{party}: none of its interests, wishes or goals is linked to the ambition",
    gap_party_without_cards: "{party} has no interests, wishes or goals on the board yet",
    gap_no_actions: "No action is linked to the ambition yet",
    gap_action_not_linked: "Action {card} is not linked to the ambition",
    gap_action_without_owner: "Action {card} has no owner",
    gap_party_committed_to_nothing: "{party} has not committed to any action yet",
    gap_party_hesitant: "{party} is hesitant about action {card}",
    gap_no_facts: "No fact substantiates the ambition",
    gap_fact_not_linked: "Fact {card} does not substantiate anything on the board yet",
    gap_fact_without_source: "Fact {card} has no source",
    gap_fact_not_recognised: "Fact {card} is not recognised by {parties}",
    and: "and",
    unnamed_party: "Unnamed party",
};

pub static NL: CheckTexts = CheckTexts {
    questions: [
        "Hebben jullie een gezamenlijke ambitie geformuleerd die inspireert?",
        "Hoe maak je de ambitie, het grotere doel voldoende concreet?",
        "Hoe zorg je dat jullie de juiste feiten, cijfers (data) en onderbouwingen hebben?",
    ],
    questions_short: ["Ambitie", "Concreet", "Onderbouwd"],
    status_met: "Voldaan",
    status_partly_met: "Deels voldaan",
    status_not_met: "Nog niet voldaan",
    gap_no_ambition_statement: "De gezamenlijke ambitie is nog niet opgeschreven",
    gap_no_parties: "Er staan nog geen partijen op het bord",
    gap_party_not_served: "{party}: geen van haar belangen, wensen of doelen is met de ambitie verbonden",
    gap_party_without_cards: "{party} heeft nog geen belangen, wensen of doelen op het bord",
    gap_no_actions: "Er is nog geen actie met de ambitie verbonden",
    gap_action_not_linked: "Actie {card} is niet met de ambitie verbonden",
    gap_action_without_owner: "Actie {card} heeft geen eigenaar",
    gap_party_committed_to_nothing: "{party} heeft zich nog aan geen enkele actie gecommitteerd",
    gap_party_hesitant: "{party} twijfelt over actie {card}",
    gap_no_facts: "Geen enkel feit onderbouwt de ambitie",
    gap_fact_not_linked: "Feit {card} onderbouwt nog niets op het bord",
    gap_fact_without_source: "Feit {card} heeft geen bron",
    gap_fact_not_recognised: "Feit {card} wordt niet erkend door {parties}",
    and: "en",
    unnamed_party: "Naamloze partij",
};

impl Lang {
    pub fn checks(self) -> &'static CheckTexts {
        match self {
            Lang::En => &EN,
            Lang::Nl => &NL,
        }
    }
}

fn question_index(q: Question) -> usize {
    match q {
        Question::SharedAmbition => 0,
        Question::Concrete => 1,
        Question::Facts => 2,
    }
}

/// The chapter's own wording of a central question.
pub fn question_text(q: Question, lang: Lang) -> &'static str {
    lang.checks().questions[question_index(q)]
}

/// A central question in a word or two, for its mark above the board.
pub fn question_short(q: Question, lang: Lang) -> &'static str {
    lang.checks().questions_short[question_index(q)]
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
    let t = lang.checks();
    match s {
        Status::Met => t.status_met,
        Status::PartlyMet => t.status_partly_met,
        Status::NotMet => t.status_not_met,
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
    let t = lang.checks();
    let card = |id: &CardId| format!("‘{}’", card_name(id));
    let party = |id: &PartyId| party_name(board, id, lang);
    match &gap.kind {
        GapKind::NoAmbitionStatement => t.gap_no_ambition_statement.to_owned(),
        GapKind::NoParties => t.gap_no_parties.to_owned(),
        GapKind::PartyNotServed { party: p } => {
            let has_cards = board.cards.iter().any(|c| c.kind.belongs_to_party() && c.party.as_ref() == Some(p));
            let message = if has_cards { t.gap_party_not_served } else { t.gap_party_without_cards };
            fill(message, &[("party", &party(p))])
        }
        GapKind::NoActions => t.gap_no_actions.to_owned(),
        GapKind::ActionNotLinked { card: c } => fill(t.gap_action_not_linked, &[("card", &card(c))]),
        GapKind::ActionWithoutOwner { card: c } => fill(t.gap_action_without_owner, &[("card", &card(c))]),
        GapKind::PartyCommittedToNothing { party: p } => {
            fill(t.gap_party_committed_to_nothing, &[("party", &party(p))])
        }
        GapKind::PartyHesitant { party: p, card: c } => {
            fill(t.gap_party_hesitant, &[("party", &party(p)), ("card", &card(c))])
        }
        GapKind::NoFacts => t.gap_no_facts.to_owned(),
        GapKind::FactNotLinked { card: c } => fill(t.gap_fact_not_linked, &[("card", &card(c))]),
        GapKind::FactWithoutSource { card: c } => fill(t.gap_fact_without_source, &[("card", &card(c))]),
        GapKind::FactNotRecognisedBy { card: c, parties } => {
            let names: Vec<String> = parties.iter().map(party).collect();
            fill(t.gap_fact_not_recognised, &[("card", &card(c)), ("parties", &join(&names, t.and))])
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
        return lang.texts().kind(card.kind).to_owned();
    }
    shorten(&text, NAME_CHARS)
}

/// A party's name in a sentence; "Unnamed party" when it has none.
pub fn party_name(board: &Board, id: &PartyId, lang: Lang) -> String {
    let name = board.party(id).map(|p| p.name.split_whitespace().collect::<Vec<_>>().join(" "));
    match name {
        Some(n) if !n.is_empty() => n,
        Some(_) => lang.checks().unnamed_party.to_owned(),
        None => id.0.clone(),
    }
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
pub(crate) fn join(names: &[String], and: &str) -> String {
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
    use crate::core::model::{Card, CardKind, Party};

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
