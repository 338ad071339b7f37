//! The message catalogue: every message exists in Dutch and English with
//! the same placeholders, placeholders are filled without touching what
//! people wrote, and every reason a file is refused reads in the reader's
//! language.

use std::collections::BTreeSet;

use ambition_map::core::file::{import_file, Expected, Found, ImportError, NameOf, Problem, MAX_FILE_BYTES};
use ambition_map::i18n::{fill, Lang};

/// Each message of a catalogue (printed with `{:#?}`) as its field and the
/// placeholders it uses.
fn placeholders(debug: &str) -> Vec<(String, BTreeSet<String>)> {
    debug
        .lines()
        .filter_map(|line| {
            let (field, value) = line.trim().split_once(": \"")?;
            let mut names = BTreeSet::new();
            let mut rest = value;
            while let Some(open) = rest.find('{') {
                rest = &rest[open + 1..];
                if let Some(close) = rest.find('}') {
                    names.insert(rest[..close].to_owned());
                }
            }
            Some((field.to_owned(), names))
        })
        .collect()
}

#[test]
fn every_message_has_both_languages_with_the_same_placeholders() {
    let catalogues = |lang: Lang| {
        [
            format!("{:#?}", lang.texts()),
            format!("{:#?}", lang.storage()),
            format!("{:#?}", lang.export()),
            format!("{:#?}", lang.workshop()),
            format!("{:#?}", lang.access()),
            format!("{:#?}", lang.example()),
            format!("{:#?}", lang.checks()),
            format!("{:#?}", lang.rows()),
            format!("{:#?}", lang.timeline()),
        ]
    };
    let mut messages = 0;
    for (en, nl) in catalogues(Lang::En).iter().zip(catalogues(Lang::Nl).iter()) {
        let (en, nl) = (placeholders(en), placeholders(nl));
        assert_eq!(en.len(), nl.len(), "the catalogues differ in their messages");
        for ((field, en_names), (nl_field, nl_names)) in en.iter().zip(&nl) {
            assert_eq!(field, nl_field);
            assert_eq!(en_names, nl_names, "{field}: the placeholders differ between English and Dutch");
        }
        messages += en.len();
    }
    // Some 370 messages: a reading that missed the catalogues would find few.
    assert!(messages > 300, "only {messages} messages read");
}

#[test]
fn fill_leaves_placeholders_in_what_people_wrote_alone() {
    let message = "{name} has {n} cards; remove {name}?";
    assert_eq!(fill(message, &[("name", "Team {n}"), ("n", "3")]), "Team {n} has 3 cards; remove Team {n}?");
    assert_eq!(fill("{a}{b}", &[("a", "{b}"), ("b", "x")]), "{b}x");
    // Unknown placeholders and lone braces stay as written.
    assert_eq!(fill("{x} { {n", &[("n", "1")]), "{x} { {n");
    let t = Lang::En.texts();
    assert_eq!(fill(t.remove_party_title, &[("name", "Team {card}")]), "Remove Team {card}?");
}

fn refusal(lang: Lang, e: &ImportError) -> String {
    lang.storage().import_error(lang, e)
}

#[test]
fn a_refused_field_reads_in_the_readers_language() {
    let mut file: serde_json::Value =
        serde_json::from_str(include_str!("fixtures/board-v2.json")).expect("the fixture is JSON");
    file["board"]["cards"][0]["x"] = "links".into();
    let e = import_file(file.to_string().as_bytes()).unwrap_err();
    assert_eq!(refusal(Lang::En, &e), "board.cards[0].x: expected a number, found the string \"links\".");
    assert_eq!(refusal(Lang::Nl, &e), "board.cards[0].x: hier hoort een getal, maar er staat de tekst \"links\".");

    file["board"]["cards"][0]["x"] = 0.into();
    file["board"]["cards"][0]["kind"] = 7.into();
    let e = import_file(file.to_string().as_bytes()).unwrap_err();
    assert_eq!(
        refusal(Lang::Nl, &e),
        "board.cards[0].kind: hier hoort een kaartsoort (\"ambition\", \"interest\", \"wish\", \"goal\", \"action\", \
         \"fact\"), maar er staat het getal 7."
    );
}

/// Words that only English uses: a Dutch refusal has none of them.
const ENGLISH: [&str; 8] = ["expected", "found", "missing", "must", "string", "number", "unknown", "list"];

#[test]
fn no_reason_a_file_is_refused_for_is_english_in_dutch() {
    let founds = [
        Found::Null,
        Found::Bool(true),
        Found::Bool(false),
        Found::Number("2.5".into()),
        Found::Text("\"x\"".into()),
        Found::LongText,
        Found::List,
        Found::Object,
    ];
    let names = [NameOf::CardKind, NameOf::Status, NameOf::Commitment];
    let mut expected = vec![
        Expected::Object,
        Expected::Text,
        Expected::Number,
        Expected::List,
        Expected::PartyIds,
        Expected::Milliseconds,
        Expected::MillisecondsInRange,
        Expected::Dots,
        Expected::Commitments,
    ];
    expected.extend(names.map(Expected::Name));
    let mut problems = vec![
        Problem::Missing,
        Problem::EmptyId,
        Problem::NotWhole,
        Problem::BelowOne,
        Problem::NoMigration { from: 1 },
        Problem::Unreadable,
    ];
    problems.extend(names.map(|name| Problem::UnknownName { name, found: "\"note\"".into() }));
    for e in &expected {
        problems.extend(founds.iter().map(|f| Problem::Expected { expected: *e, found: f.clone() }));
    }
    let mut errors = vec![
        ImportError::Empty,
        ImportError::TooLarge { bytes: MAX_FILE_BYTES * 2, limit: MAX_FILE_BYTES },
        ImportError::NotUtf8,
        ImportError::NotJson { line: 3, column: 7 },
        ImportError::NotABoard,
        ImportError::NewerVersion { version: "4".into() },
    ];
    errors.extend(problems.into_iter().map(|problem| ImportError::Invalid { field: "board.cards[0]".into(), problem }));
    for e in &errors {
        let (en, nl) = (refusal(Lang::En, e), refusal(Lang::Nl, e));
        assert_ne!(en, nl, "{e:?}");
        // The card kinds' names are the file's own words, and stay as written.
        let words = nl.replace("\"interest\"", "").replace("\"in_progress\"", "").replace("\"not_committed\"", "");
        for english in ENGLISH {
            assert!(!words.to_lowercase().contains(english), "{e:?} in Dutch reads {nl:?}");
        }
        assert!(!en.contains('{') && !nl.contains('{'), "a placeholder left: {en} / {nl}");
    }
}

#[test]
fn a_file_just_over_the_limit_is_more_than_the_limit_not_as_large_as_it() {
    let just_over = ImportError::TooLarge { bytes: 20_971_521, limit: MAX_FILE_BYTES };
    assert_eq!(refusal(Lang::En, &just_over), "the file is more than 20 MB; board files can be at most 20 MB.");
    assert_eq!(
        refusal(Lang::Nl, &just_over),
        "het bestand is meer dan 20 MB; een bordbestand mag hoogstens 20 MB zijn."
    );
    let larger = ImportError::TooLarge { bytes: 25 * 1024 * 1024 + 300_000, limit: MAX_FILE_BYTES };
    assert_eq!(refusal(Lang::En, &larger), "the file is 25.3 MB; board files can be at most 20 MB.");
}

#[test]
fn a_newer_version_is_named_as_the_file_wrote_it() {
    let board = include_str!("fixtures/board-v2.json").replacen("\"version\": 2", "\"version\": 1e300", 1);
    let e = import_file(board.as_bytes()).unwrap_err();
    assert_eq!(e, ImportError::NewerVersion { version: "1e+300".into() });
    assert_eq!(
        refusal(Lang::Nl, &e),
        "dit bestand is gemaakt met een nieuwere versie van Ambitiekaart (bestandsversie 1e+300)."
    );
}
