//! The bad-file corpus in `tests/fixtures/bad/`: every file's outcome,
//! exactly (which error with which field path, or which repairs), checked
//! against `expected.json` too, which the end-to-end suite reads to import
//! each file through the file picker. Two cases too big to commit — a card
//! of 1 MB of text and a file over the size limit — are made here.

use std::collections::BTreeMap;
use std::path::Path;

use ambition_map::core::file::{
    export_board, import_file, CardDropReason, ImportError, Imported, LinkDropReason, Repair, MAX_FILE_BYTES,
};
use ambition_map::core::model::{CardId, LinkId, PartyId};
use serde_json::Value;

#[path = "fixtures/arb.rs"]
mod arb;
use arb::assert_integrity;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/bad");

fn read(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(DIR).join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn import(name: &str) -> Result<Imported, ImportError> {
    import_file(&read(name))
}

/// The refusal of `field`, as English words it (`board.cards[1].x: missing`).
fn invalid(field: &str, reason: &str) -> String {
    format!("{field}: {reason}")
}

/// A refusal for a field, in English.
fn refusal(name: &str) -> String {
    let e = error(name);
    assert!(matches!(e, ImportError::Invalid { .. }), "{name}: {e:?}");
    e.to_string()
}

fn cid(s: &str) -> CardId {
    CardId(s.into())
}

/// The error a file gives.
fn error(name: &str) -> ImportError {
    match import(name) {
        Err(e) => e,
        Ok(imported) => panic!("{name} imported: {:?}", imported.repairs),
    }
}

/// The repairs a file needs; the board it gives keeps every rule and saves
/// and opens again without a repair.
fn repairs(name: &str) -> Vec<Repair> {
    let imported = import(name).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_integrity(&imported.board);
    let again = import_file(export_board(&imported.board).as_bytes()).unwrap();
    assert_eq!(again.repairs, [], "{name}");
    assert_eq!(again.board, imported.board, "{name}");
    imported.repairs
}

// ---------------------------------------------------------------- refused

#[test]
fn files_that_are_not_json() {
    assert_eq!(error("empty.json"), ImportError::Empty);
    assert_eq!(error("whitespace-only.json"), ImportError::Empty);
    assert_eq!(error("not-json.json"), ImportError::NotJson { line: 1, column: 1 });
    // Cut off half-way: the error is at the end.
    assert_eq!(error("truncated.json"), ImportError::NotJson { line: 103, column: 9 });
    // JSON has no NaN or Infinity.
    assert_eq!(error("nan-infinity.json"), ImportError::NotJson { line: 49, column: 14 });
    // A number beyond a 64-bit float.
    assert_eq!(error("huge-number.json"), ImportError::NotJson { line: 49, column: 18 });
    // 10 000 nested lists: the reader's depth limit (128) refuses it; no stack overflow.
    assert_eq!(error("deep-nesting.json"), ImportError::NotJson { line: 1, column: 128 });
}

#[test]
fn files_that_are_not_utf8() {
    assert_eq!(error("invalid-utf8.json"), ImportError::NotUtf8);
    assert_eq!(error("utf16.json"), ImportError::NotUtf8);
}

#[test]
fn json_that_is_not_a_board() {
    for name in ["top-level-array.json", "top-level-number.json", "not-a-board.json"] {
        assert_eq!(error(name), ImportError::NotABoard, "{name}");
    }
}

#[test]
fn a_board_of_a_newer_version() {
    assert_eq!(error("newer-version.json"), ImportError::NewerVersion { version: "4".into() });
}

#[test]
fn missing_and_mistyped_fields_name_their_place() {
    assert_eq!(refusal("missing-version.json"), invalid("version", "missing"));
    assert_eq!(refusal("missing-board.json"), invalid("board", "missing"));
    assert_eq!(refusal("board-not-an-object.json"), invalid("board", "expected an object, found a list"));
    assert_eq!(refusal("missing-field.json"), invalid("board.cards[2].text", "missing"));
    assert_eq!(refusal("wrong-type.json"), invalid("board.cards[1].x", "expected a number, found the string \"-700\""));
    assert_eq!(refusal("edited-not-a-number.json"), invalid(
            "board.links[0].edited",
            "expected a whole number of milliseconds, found the string \"2026-01-01T09:30:00Z\""
        )
    );
}

// ---------------------------------------------------------------- opened, with repairs

#[test]
fn a_byte_order_mark_is_no_problem() {
    assert_eq!(repairs("bom.json"), []);
    let fixture = import_file(include_bytes!("fixtures/board-v2.json")).unwrap();
    assert_eq!(import("bom.json").unwrap(), fixture);
}

#[test]
fn an_unknown_card_kind_leaves_out_that_card() {
    assert_eq!(
        repairs("unknown-kind.json"),
        [
            Repair::CardDropped {
                path: "board.cards[4]".into(),
                card: cid("c-inclusive"),
                text: "Inclusive education close to home".into(),
                reason: CardDropReason::UnknownKind("sticky_note".into()),
            },
            Repair::LinkDropped {
                path: "board.links[3]".into(),
                link: LinkId("l-4".into()),
                reason: LinkDropReason::MissingCard(cid("c-inclusive")),
            },
        ]
    );
    assert_eq!(import("unknown-kind.json").unwrap().board.cards.len(), 8);
}

#[test]
fn duplicate_ids_are_renamed() {
    assert_eq!(
        repairs("duplicate-ids.json"),
        [
            Repair::DuplicateIdRenamed {
                path: "board.parties[3].id".into(),
                old: "p-board-a".into(),
                new: "p-board-a-2".into()
            },
            Repair::PartyAdded { path: "board.cards[4].party".into(), party: PartyId("p-partnership".into()) },
            Repair::DuplicateIdRenamed {
                path: "board.cards[3].id".into(),
                old: "c-budget".into(),
                new: "c-budget-2".into()
            },
            Repair::LinkDropped {
                path: "board.links[2]".into(),
                link: LinkId("l-3".into()),
                reason: LinkDropReason::MissingCard(cid("c-liveable-villages")),
            },
            Repair::DuplicateIdRenamed { path: "board.links[8].id".into(), old: "l-1".into(), new: "l-1-2".into() },
        ]
    );
}

#[test]
fn links_to_missing_cards_are_dropped() {
    assert_eq!(
        repairs("links-to-missing-cards.json"),
        [
            Repair::LinkDropped {
                path: "board.links[1]".into(),
                link: LinkId("l-2".into()),
                reason: LinkDropReason::MissingCard(cid("c-deleted-long-ago")),
            },
            Repair::LinkDropped {
                path: "board.links[7]".into(),
                link: LinkId("l-8".into()),
                reason: LinkDropReason::MissingCard(cid("nowhere")),
            },
        ]
    );
}

#[test]
fn absurd_coordinates_are_clamped() {
    assert_eq!(
        repairs("absurd-coordinates.json"),
        [Repair::CoordinateClamped { path: "board.cards[1]".into(), card: cid("c-village-schools") }]
    );
    let board = import("absurd-coordinates.json").unwrap().board;
    let c = &board.cards[1];
    assert_eq!((c.x, c.y, c.width, c.height), (1e6, -1e6, 2000.0, 20.0));
}

#[test]
fn a_missing_party_is_added_back() {
    assert_eq!(
        repairs("party-missing.json"),
        [Repair::PartyAdded { path: "board.cards[2].party".into(), party: PartyId("p-board-b".into()) }]
    );
}

#[test]
fn a_second_ambition_is_left_out() {
    assert_eq!(
        repairs("second-ambition.json"),
        [Repair::CardDropped {
            path: "board.cards[9]".into(),
            card: cid("ambition-2"),
            text: "A second ambition".into(),
            reason: CardDropReason::ExtraAmbition,
        }]
    );
}

#[test]
fn a_colour_that_is_not_a_colour_is_replaced() {
    assert_eq!(
        repairs("bad-colour.json"),
        [Repair::ColourDefaulted {
            path: "board.parties[0].colour".into(),
            party: PartyId("p-board-a".into()),
            was: "red; background-image: url(https://example.com/track.png)".into(),
            now: "#1f6feb".into(),
        }]
    );
}

// ---------------------------------------------------------------- made here

#[test]
fn a_card_of_a_megabyte_of_text_opens_whole() {
    let mut v: Value = serde_json::from_slice(include_bytes!("fixtures/board-v2.json")).unwrap();
    let text: String = "Lorem ipsum dolor sit amet — één ✓\n".chars().cycle().take(1 << 20).collect();
    v["board"]["cards"][3]["text"] = Value::from(text.as_str());
    let bytes = serde_json::to_vec(&v).unwrap();
    assert!(bytes.len() > 1 << 20);
    let imported = import_file(&bytes).unwrap();
    assert_eq!(imported.repairs, []);
    assert_eq!(imported.board.cards[3].text, text);
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_reading() {
    let mut bytes = include_bytes!("fixtures/board-v2.json").to_vec();
    bytes.resize(MAX_FILE_BYTES + 1, b' ');
    assert_eq!(import_file(&bytes), Err(ImportError::TooLarge { bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES }));
}

#[test]
fn a_file_repeating_one_id_many_times_opens_in_reasonable_time() {
    let mut v: Value = serde_json::from_slice(include_bytes!("fixtures/board-v2.json")).unwrap();
    let card = v["board"]["cards"][7].clone();
    let cards = v["board"]["cards"].as_array_mut().unwrap();
    cards.extend(std::iter::repeat_n(card, 50_000));
    let start = std::time::Instant::now();
    let imported = import_file(&serde_json::to_vec(&v).unwrap()).unwrap();
    assert_eq!(imported.repairs.len(), 50_000);
    assert_eq!(imported.board.cards.last().unwrap().id, cid("c-forecast-50001"));
    assert!(start.elapsed().as_secs() < 20, "{:?}", start.elapsed());
}

// ---------------------------------------------------------------- the list

/// `ok`, `repaired` or `error:<Variant>`, as `expected.json` says.
fn outcome(result: &Result<Imported, ImportError>) -> String {
    match result {
        Ok(imported) if imported.repairs.is_empty() => "ok".into(),
        Ok(_) => "repaired".into(),
        Err(e) => {
            let variant = format!("{e:?}");
            let name = variant.split([' ', '{', '(']).next().unwrap_or_default();
            format!("error:{name}")
        }
    }
}

#[test]
fn expected_json_lists_every_file_with_its_outcome() {
    let expected: BTreeMap<String, String> = serde_json::from_slice(&read("expected.json")).unwrap();
    let mut files: Vec<String> = std::fs::read_dir(DIR)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n != "expected.json" && n != "README.md")
        .collect();
    files.sort();
    assert_eq!(files, expected.keys().cloned().collect::<Vec<_>>(), "expected.json must list every file");
    for (name, want) in &expected {
        assert_eq!(&outcome(&import(name)), want, "{name}");
    }
    let readme = String::from_utf8(read("README.md")).unwrap();
    for name in expected.keys() {
        assert!(readme.contains(&format!("`{name}`")), "README.md must describe {name}");
    }
}
