//! The board file: export → import round trips, every import error from a
//! concrete input, the per-item repairs, the version 1 → 2 migration, and
//! property tests that import never panics.

use std::collections::BTreeMap;
use std::rc::Rc;

use ambition_map::core::file::{
    export_board, import_board, import_file, CardDropReason, Expected, Found, ImportError, Imported, LinkDropReason, PartyRefField,
    Problem, Repair, FORMAT, MAX_CARD_SIZE, MAX_COORD, MAX_EDITED, MAX_FILE_BYTES, MIN_CARD_SIZE, VERSION,
};
use ambition_map::core::geometry::Point;
use ambition_map::core::model::{
    ActionStatus, Board, Card, CardId, CardKind, Commitment, Link, LinkId, LinkMeaning, Party, PartyId,
};
use proptest::prelude::*;
use serde_json::{json, Value};

#[path = "fixtures/arb.rs"]
mod arb;
use arb::{arb_board, arb_text, assert_integrity};

const FIXTURE_V1: &str = include_str!("fixtures/board-v1.json");
const FIXTURE_V2: &str = include_str!("fixtures/board-v2.json");
const FIXTURE_V3: &str = include_str!("fixtures/board-v3.json");

fn pid(s: &str) -> PartyId {
    PartyId(s.to_owned())
}
fn cid(s: &str) -> CardId {
    CardId(s.to_owned())
}

fn party(id: &str, name: &str, colour: &str) -> Party {
    Party::new(pid(id), name, colour)
}

fn link(id: &str, from: &str, to: &str, label: &str) -> Rc<Link> {
    Rc::new(Link::new(LinkId(id.to_owned()), cid(from), cid(to)).with_label(label))
}

/// A board with every kind of card and every optional field in use, and
/// edit times unknown (0), realistic and the largest accepted.
fn rich_board() -> Board {
    let mut b = Board::new("Regio Noord", "Krimp: 20 % minder leerlingen in tien jaar").with_id("b-regio_Noord-1");
    Rc::make_mut(&mut b.cards[0]).text = "Elk kind een goede school dichtbij".into();
    b.parties = vec![
        party("p1", "Schoolbestuur A", "#1f6feb"),
        Party { edited: 1_767_258_000_123, ..party("p2", "Gemeente", "#d1495b") },
        party("p3", "Samenwerkingsverband", "#2A9D8F"),
    ];
    let card = |id: &str, kind, text: &str, x, y| Card::new(cid(id), kind, text, Point::new(x, y));
    let mut action = card("a1", CardKind::Action, "Gezamenlijk spreidingsplan", -300.25, 210.0);
    action.owners = vec![pid("p2"), pid("p1")];
    action.edited = 1_767_300_000_000;
    action.status = Some(ActionStatus::InProgress);
    action.commitments = BTreeMap::from([
        (pid("p1"), Commitment::Committed),
        (pid("p2"), Commitment::Hesitant),
        (pid("p3"), Commitment::NotCommitted),
    ]);
    let mut action2 = card("a2", CardKind::Action, "Invalpool", 0.0, 210.0);
    action2.status = Some(ActionStatus::Done);
    action2.width = 400.0;
    action2.height = 20.0;
    let mut fact = card("f1", CardKind::Fact, "Leerlingprognose \"per dorp\"\nregel 2 — ✓", 500.0, -1e6);
    fact.source = Some("Gemeente, prognose 2024".into());
    fact.recognised_by = vec![pid("p3"), pid("p1")];
    let mut fact2 = card("f2", CardKind::Fact, "", 1e6, 0.125);
    fact2.edited = MAX_EDITED;
    b.cards.extend(
        [
            card("i1", CardKind::Interest, "Kleine scholen open", -600.0, -400.0).with_party(pid("p1")),
            card("w1", CardKind::Wish, "Leefbare dorpen", -200.0, -400.0).with_party(pid("p2")),
            card("g1", CardKind::Goal, "Inclusief onderwijs", 200.0, -400.0).with_party(pid("p3")),
            action,
            action2,
            fact,
            fact2,
        ]
        .map(Rc::new),
    );
    b.links = vec![
        link("l1", "i1", "ambition", ""),
        link("l2", "w1", "ambition", ""),
        link("l3", "g1", "ambition", ""),
        link("l4", "a1", "ambition", ""),
        link("l5", "f1", "ambition", ""),
        link("l6", "f2", "a1", ""),
        link("l7", "f1", "i1", ""),
        Rc::new(Link { edited: 42, ..(*link("l8", "a2", "g1", "helpt")).clone() }),
    ];
    b
}

fn envelope(board: Value) -> Vec<u8> {
    serde_json::to_vec(&json!({"format": FORMAT, "version": VERSION, "board": board})).unwrap()
}

fn rich_value() -> Value {
    serde_json::from_str::<Value>(&export_board(&rich_board())).unwrap()["board"].take()
}

/// The import error for the rich board after `edit` changed its JSON.
fn import_edited(edit: impl FnOnce(&mut Value)) -> Result<Board, ImportError> {
    let mut board = rich_value();
    edit(&mut board);
    import_board(&envelope(board))
}

fn invalid(field: &str) -> impl Fn(&ImportError) -> bool + '_ {
    move |e| matches!(e, ImportError::Invalid { field: f, .. } if f == field)
}

/// The reason of an invalid field, in English.
fn reason(e: &ImportError) -> String {
    match e {
        ImportError::Invalid { problem, .. } => problem.to_string(),
        _ => String::new(),
    }
}

// ---------------------------------------------------------------- export

#[test]
fn export_is_pretty_json_with_the_envelope() {
    let text = export_board(&rich_board());
    assert!(
        text.starts_with(
            "{\n  \"format\": \"ambition-map\",\n  \"version\": 3,\n  \"board\": {\n    \"id\": \"b-regio_Noord-1\","
        ),
        "{text}"
    );
    let v: Value = serde_json::from_str(&text).unwrap();
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys.len(), 3);
    for k in ["format", "version", "board"] {
        assert!(keys.contains(&k), "{keys:?}");
    }
    let mut board_keys: Vec<&str> = v["board"].as_object().unwrap().keys().map(String::as_str).collect();
    board_keys.sort();
    // Camera and selection are session state: never in the file.
    assert_eq!(board_keys, ["cards", "challenge", "id", "links", "parties", "title"]);
    // A board without an id is written without one.
    let v: Value = serde_json::from_str(&export_board(&rich_board().with_id(""))).unwrap();
    assert_eq!(v["board"].get("id"), None);
}

#[test]
fn exported_field_names_are_the_documented_ones() {
    let v: Value = serde_json::from_str(&export_board(&rich_board())).unwrap();
    let card = |id: &str| {
        let c = v["board"]["cards"].as_array().unwrap().iter().find(|c| c["id"] == id).unwrap().clone();
        let mut keys: Vec<String> = c.as_object().unwrap().keys().cloned().collect();
        keys.sort();
        (c, keys)
    };
    let (ambition, keys) = card("ambition");
    assert_eq!(keys, ["edited", "height", "id", "kind", "text", "width", "x", "y"]);
    assert_eq!(ambition["kind"], "ambition");
    // Edit times are always written, 0 when unknown.
    assert_eq!(ambition["edited"], 0);
    let (interest, keys) = card("i1");
    assert_eq!(keys, ["edited", "height", "id", "kind", "party", "text", "width", "x", "y"]);
    assert_eq!(interest["party"], "p1");
    let (action, keys) = card("a1");
    assert_eq!(keys, ["commitments", "edited", "height", "id", "kind", "owners", "status", "text", "width", "x", "y"]);
    assert_eq!(action["edited"], 1_767_300_000_000u64);
    assert_eq!(action["status"], "in_progress");
    assert_eq!(action["commitments"], json!({"p1": "committed", "p2": "hesitant", "p3": "not_committed"}));
    assert_eq!(action["owners"], json!(["p2", "p1"]));
    let (fact, keys) = card("f1");
    assert_eq!(keys, ["edited", "height", "id", "kind", "recognised_by", "source", "text", "width", "x", "y"]);
    assert_eq!(fact["recognised_by"], json!(["p3", "p1"]));
    assert_eq!(card("f2").0["edited"], MAX_EDITED);
    assert_eq!(v["board"]["links"][0], json!({"id": "l1", "from": "i1", "to": "ambition", "edited": 0}));
    assert_eq!(v["board"]["links"][7], json!({"id": "l8", "from": "a2", "to": "g1", "label": "helpt", "edited": 42}));
    assert_eq!(
        v["board"]["parties"][0],
        json!({"id": "p1", "name": "Schoolbestuur A", "colour": "#1f6feb", "edited": 0})
    );
    assert_eq!(v["board"]["parties"][1]["edited"], 1_767_258_000_123u64);
}

#[test]
fn export_then_import_gives_the_same_board() {
    let board = rich_board();
    let back = import_board(export_board(&board).as_bytes()).unwrap();
    assert_eq!(back, board);
}

#[test]
fn a_new_empty_board_round_trips() {
    let board = Board::new("", "");
    assert_eq!(import_board(export_board(&board).as_bytes()).unwrap(), board);
}

#[test]
fn export_writes_non_finite_and_out_of_range_geometry_as_import_would_repair_it() {
    let mut board = rich_board();
    let c = Rc::make_mut(&mut board.cards[1]);
    c.x = f64::NAN;
    c.y = f64::NEG_INFINITY;
    c.width = 1e9;
    c.height = 0.0;
    let text = export_board(&board);
    let back = import_board(text.as_bytes()).unwrap();
    let c = &back.cards[1];
    assert_eq!((c.x, c.y, c.width, c.height), (0.0, -MAX_COORD, MAX_CARD_SIZE, MIN_CARD_SIZE));
    // The board itself is not changed by exporting it.
    assert!(board.cards[1].x.is_nan());
}

#[test]
fn export_writes_edit_times_and_an_id_the_importer_would_refuse_as_it_can_read_them() {
    let mut board = rich_board().with_id("not a usable id");
    Rc::make_mut(&mut board.cards[1]).edited = u64::MAX;
    board.parties[0].edited = MAX_EDITED + 1;
    Rc::make_mut(&mut board.links[0]).edited = u64::MAX;
    let imported = import_file(export_board(&board).as_bytes()).unwrap();
    assert_eq!(imported.repairs, []);
    let back = imported.board;
    assert_eq!(back.id, "");
    assert_eq!(
        (back.cards[1].edited, back.parties[0].edited, back.links[0].edited),
        (MAX_EDITED, MAX_EDITED, MAX_EDITED)
    );
    assert_eq!(back.cards[2..], board.cards[2..]);
    // The board itself is not changed by exporting it.
    assert_eq!(board.cards[1].edited, u64::MAX);
}

// ---------------------------------------------------------------- the fixture

#[test]
fn the_documented_example_imports() {
    let board = import_board(FIXTURE_V3.as_bytes()).unwrap();
    assert_eq!(board.id, "b-pupil-numbers-k3j9x2");
    assert_eq!(board.title, "Pupil numbers in the region");
    assert_eq!(board.parties.len(), 4);
    assert_eq!(board.cards.len(), 9);
    assert_eq!(board.links.len(), 9);
    assert_eq!(board.ambition().unwrap().kind, CardKind::Ambition);
    let meanings: Vec<LinkMeaning> = board.links.iter().map(|l| board.link_meaning(l)).collect();
    use LinkMeaning::*;
    assert_eq!(meanings, [Serves, Serves, Serves, Serves, Realises, Realises, Substantiates, Substantiates, Free]);
    let plan = board.card(&cid("c-location-plan")).unwrap();
    assert_eq!(plan.status, Some(ActionStatus::Agreed));
    assert_eq!(plan.commitment(&pid("p-municipality")), Commitment::Hesitant);
    assert_eq!(plan.commitment(&pid("p-partnership")), Commitment::NotAsked);
    let pool = board.card(&cid("c-substitute-pool")).unwrap();
    assert_eq!(pool.x, -150.5);
    assert_eq!(pool.commitment(&pid("p-board-a")), Commitment::NotCommitted);
    assert_eq!(board.card(&cid("c-forecast")).unwrap().recognised_by.len(), 4);
    assert_eq!(board.links[8].label, "saves costs");
    assert_eq!(board.parties[0].edited, 1_767_258_000_000);
    assert_eq!(board.cards[8].edited, 1_767_259_376_000);
    assert_eq!(board.links[8].edited, 1_767_260_160_000);
    assert_eq!(board.parties[3].short_name, "Partnership");
    assert_eq!(board.parties[3].label(), "Partnership");
    assert_eq!(board.parties[0].label(), "School board A");
}

#[test]
fn the_documented_example_is_exactly_what_export_writes() {
    let board = import_board(FIXTURE_V3.as_bytes()).unwrap();
    assert_eq!(export_board(&board), FIXTURE_V3.trim_end());
}

#[test]
fn the_documentation_shows_the_fixture() {
    let doc = include_str!("../docs/board-format.md");
    assert!(doc.contains(FIXTURE_V3.trim_end()), "docs/board-format.md must contain tests/fixtures/board-v3.json");
}

// ---------------------------------------------------------------- version 1

/// The v2 fixture with what version 1 could not hold taken out.
fn as_version_1_holds_it(mut board: Board) -> Board {
    board.id.clear();
    for p in &mut board.parties {
        p.edited = 0;
    }
    for c in &mut board.cards {
        Rc::make_mut(c).edited = 0;
    }
    for l in &mut board.links {
        Rc::make_mut(l).edited = 0;
    }
    board
}

#[test]
fn a_version_1_file_still_opens_as_the_same_board_with_unknown_edit_times() {
    let v1 = import_file(FIXTURE_V1.as_bytes()).unwrap();
    assert_eq!(v1.repairs, []);
    let v2 = import_board(FIXTURE_V2.as_bytes()).unwrap();
    assert_eq!(v1.board, as_version_1_holds_it(v2));
    assert_eq!(v1.board.id, "");
    assert!(v1.board.cards.iter().all(|c| c.edited == 0));
}

#[test]
fn a_version_1_file_is_saved_as_the_current_version() {
    let board = import_board(FIXTURE_V1.as_bytes()).unwrap();
    let text = export_board(&board);
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["version"], VERSION);
    assert_eq!(v["board"]["cards"][1]["edited"], 0);
    assert_eq!(v["board"].get("id"), None);
    // The fixture is the v2 fixture with the ids and times taken out.
    let v2 = import_board(FIXTURE_V2.as_bytes()).unwrap();
    assert_eq!(text, export_board(&as_version_1_holds_it(v2)));
}

#[test]
fn fields_version_1_did_not_have_mean_nothing_in_a_version_1_file() {
    let mut v: Value = serde_json::from_str(FIXTURE_V1).unwrap();
    v["board"]["id"] = json!("from-somewhere");
    v["board"]["cards"][2]["edited"] = json!(99);
    v["board"]["links"][0]["edited"] = json!("yesterday");
    let board = import_board(&serde_json::to_vec(&v).unwrap()).unwrap();
    assert_eq!(board, import_board(FIXTURE_V1.as_bytes()).unwrap());
}

// ---------------------------------------------------------------- version 2

#[test]
fn a_version_2_file_opens_as_the_same_board_without_short_names_and_is_saved_as_version_3() {
    let v2 = import_file(FIXTURE_V2.as_bytes()).unwrap();
    assert_eq!(v2.repairs, []);
    assert!(!v2.untouched, "an older file is migrated, not kept as it came");
    let mut v3 = import_board(FIXTURE_V3.as_bytes()).unwrap();
    for p in &mut v3.parties {
        p.short_name.clear();
    }
    assert_eq!(v2.board, v3);
    let saved: Value = serde_json::from_str(&export_board(&v2.board)).unwrap();
    assert_eq!(saved["version"], 3);
    assert_eq!(saved["board"]["parties"][3].get("short_name"), None, "no short name is written when there is none");
}

#[test]
fn a_short_name_in_a_version_2_file_means_nothing_a_wrong_one_in_version_3_is_refused() {
    // Version 2 had no short names: one there is a field of no meaning.
    let mut v: Value = serde_json::from_str(FIXTURE_V2).unwrap();
    v["board"]["parties"][0]["short_name"] = json!(7);
    assert_eq!(import_board(&serde_json::to_vec(&v).unwrap()).unwrap(), import_board(FIXTURE_V2.as_bytes()).unwrap());
    let mut v: Value = serde_json::from_str(FIXTURE_V3).unwrap();
    v["board"]["parties"][3]["short_name"] = json!(7);
    let refused = import_board(&serde_json::to_vec(&v).unwrap()).unwrap_err();
    assert!(invalid("board.parties[3].short_name")(&refused), "{refused:?}");
}

#[test]
fn a_version_2_file_may_leave_out_edit_times_and_the_id() {
    let mut v: Value = serde_json::from_str(FIXTURE_V2).unwrap();
    v["board"].as_object_mut().unwrap().remove("id");
    v["board"]["cards"][3].as_object_mut().unwrap().remove("edited");
    v["board"]["parties"][0]["edited"] = Value::Null;
    let board = import_file(&serde_json::to_vec(&v).unwrap()).unwrap();
    assert_eq!(board.repairs, []);
    assert_eq!(board.board.id, "");
    assert_eq!(board.board.cards[3].edited, 0);
    assert_eq!(board.board.parties[0].edited, 0);
    assert_eq!(board.board.cards[4].edited, 1_767_258_988_000);
}

#[test]
fn edit_times_must_be_whole_milliseconds_in_range() {
    let with_edited = |edited: Value| {
        let mut v: Value = serde_json::from_str(FIXTURE_V2).unwrap();
        v["board"]["cards"][2]["edited"] = edited;
        import_board(&serde_json::to_vec(&v).unwrap())
    };
    assert_eq!(with_edited(json!(5.0)).unwrap().cards[2].edited, 5);
    assert_eq!(with_edited(json!(0)).unwrap().cards[2].edited, 0);
    assert_eq!(with_edited(json!(MAX_EDITED)).unwrap().cards[2].edited, MAX_EDITED);
    assert_eq!(
        with_edited(json!(MAX_EDITED + 1)).map_err(|e| e.to_string()),
        Err("board.cards[2].edited: expected a whole number of milliseconds from 0 to 9007199254740991, found the number 9007199254740992".to_owned())
    );
    for bad in [json!(-1), json!(1.5), json!(1e300)] {
        assert!(invalid("board.cards[2].edited")(&with_edited(bad.clone()).unwrap_err()), "{bad}");
    }
    assert_eq!(
        with_edited(json!("2026-01-01")),
        Err(ImportError::Invalid {
            field: "board.cards[2].edited".into(),
            problem: Problem::Expected { expected: Expected::Milliseconds, found: Found::Text("\"2026-01-01\"".into()) }
        })
    );
}

#[test]
fn a_board_id_that_is_not_usable_is_removed_and_reported() {
    let with_id = |id: Value| {
        let mut v: Value = serde_json::from_str(FIXTURE_V2).unwrap();
        v["board"]["id"] = id;
        import_file(&serde_json::to_vec(&v).unwrap())
    };
    for bad in ["has space", "ambition-map.board.x", &"x".repeat(65), "ü"] {
        let imported = with_id(json!(bad)).unwrap();
        assert_eq!(imported.board.id, "");
        assert_eq!(imported.repairs, [Repair::BoardIdRemoved { was: bad.to_owned() }]);
    }
    assert_eq!(with_id(json!("x".repeat(64))).unwrap().board.id, "x".repeat(64));
    assert_eq!(with_id(json!("")).unwrap().repairs, []);
    assert!(invalid("board.id")(&with_id(json!(7)).unwrap_err()));
}

// ---------------------------------------------------------------- each error

#[test]
fn empty_files_are_empty() {
    assert_eq!(import_board(b""), Err(ImportError::Empty));
    assert_eq!(import_board(b" \n\t\r\n "), Err(ImportError::Empty));
    assert_eq!(import_board(b"\xEF\xBB\xBF"), Err(ImportError::Empty));
    assert_eq!(import_board(b"\xEF\xBB\xBF  \n"), Err(ImportError::Empty));
}

#[test]
fn a_file_over_the_limit_is_too_large() {
    let bytes = vec![b' '; MAX_FILE_BYTES + 1];
    assert_eq!(import_board(&bytes), Err(ImportError::TooLarge { bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES }));
    assert_eq!(MAX_FILE_BYTES, 20 * 1024 * 1024);
}

#[test]
fn a_file_of_exactly_the_limit_is_read() {
    let mut bytes = export_board(&rich_board()).into_bytes();
    bytes.resize(MAX_FILE_BYTES, b'\n');
    assert_eq!(import_board(&bytes).unwrap(), rich_board());
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend_from_slice(FIXTURE_V1.as_bytes());
    assert_eq!(import_board(&bytes).unwrap(), import_board(FIXTURE_V1.as_bytes()).unwrap());
}

#[test]
fn bytes_that_are_not_utf8() {
    assert_eq!(import_board(b"{\"format\": \"ambition-map\", \"x\": \"\xff\"}"), Err(ImportError::NotUtf8));
    assert_eq!(import_board(b"\xff\xfe{\x00}\x00"), Err(ImportError::NotUtf8));
    // A UTF-16 file is refused too.
    let utf16: Vec<u8> = "{\"format\":1}".encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    assert!(matches!(import_board(&utf16), Err(ImportError::NotUtf8 | ImportError::NotJson { .. })));
}

#[test]
fn not_json_reports_line_and_column() {
    let text = "{\n  \"format\": \"ambition-map\",\n  oops\n}";
    assert_eq!(import_board(text.as_bytes()), Err(ImportError::NotJson { line: 3, column: 3 }));
    assert_eq!(import_board(b"hello"), Err(ImportError::NotJson { line: 1, column: 1 }));
    // Cut off half-way.
    let cut = &FIXTURE_V1[..FIXTURE_V1.len() / 2];
    let eof_line = cut.matches('\n').count() + 1;
    let err = import_board(cut.as_bytes());
    assert!(matches!(err, Err(ImportError::NotJson { line, .. }) if line == eof_line), "{err:?}, {eof_line}");
    // Trailing garbage after a valid board.
    let trailing = format!("{}\nx", FIXTURE_V1.trim_end());
    let last = trailing.lines().count();
    assert_eq!(import_board(trailing.as_bytes()), Err(ImportError::NotJson { line: last, column: 1 }));
}

#[test]
fn deep_nesting_and_huge_numbers_are_not_json_rather_than_a_crash() {
    let deep = "[".repeat(100_000);
    assert!(matches!(import_board(deep.as_bytes()), Err(ImportError::NotJson { line: 1, .. })));
    let deep_board =
        format!("{{\"format\": \"ambition-map\", \"version\": 1, \"board\": {}", "{\"a\": ".repeat(50_000));
    assert!(matches!(import_board(deep_board.as_bytes()), Err(ImportError::NotJson { .. })));
    let huge = FIXTURE_V1.replacen("-160.0", "1e400", 1);
    assert!(matches!(import_board(huge.as_bytes()), Err(ImportError::NotJson { .. })));
}

#[test]
fn json_that_is_not_a_board() {
    for text in [
        "[]",
        "[{\"format\": \"ambition-map\"}]",
        "42",
        "\"ambition-map\"",
        "null",
        "true",
        "{}",
        "{\"name\": \"package\", \"version\": \"1.0.0\"}",
        "{\"format\": \"mural\", \"version\": 1, \"board\": {}}",
        "{\"format\": \"Ambition-Map\", \"version\": 1}",
        "{\"format\": 1, \"version\": 1}",
        "{\"board\": {}, \"version\": 1}",
    ] {
        assert_eq!(import_board(text.as_bytes()), Err(ImportError::NotABoard), "{text}");
    }
}

fn with_version(version: Value) -> Result<Board, ImportError> {
    let mut v: Value = serde_json::from_str(FIXTURE_V1).unwrap();
    v["version"] = version;
    import_board(&serde_json::to_vec(&v).unwrap())
}

#[test]
fn a_newer_version_is_refused_as_newer() {
    assert_eq!(VERSION, 3);
    assert!(with_version(json!(3)).is_ok());
    let newer = |v: &str| Err(ImportError::NewerVersion { version: v.into() });
    assert_eq!(with_version(json!(4)), newer("4"));
    assert_eq!(with_version(json!(u64::MAX)), newer("18446744073709551615"));
    // Named as the file wrote it, not as a saturated whole number.
    assert_eq!(with_version(json!(7.0)), newer("7.0"));
    assert_eq!(with_version(json!(1e300)), newer("1e+300"));
}

#[test]
fn a_bad_version_is_invalid() {
    for v in [json!(0), json!(-1), json!(1.5), json!(-0.5), json!("1"), json!(null), json!([1])] {
        let err = with_version(v.clone()).unwrap_err();
        assert!(invalid("version")(&err), "{v}: {err:?}");
    }
    let mut v: Value = serde_json::from_str(FIXTURE_V1).unwrap();
    v.as_object_mut().unwrap().remove("version");
    let err = import_board(&serde_json::to_vec(&v).unwrap()).unwrap_err();
    assert_eq!(err, ImportError::Invalid { field: "version".into(), problem: Problem::Missing });
    // 1.0 is the number 1.
    assert!(with_version(json!(1.0)).is_ok());
}

#[test]
fn a_missing_board_is_invalid() {
    let err = import_board(br#"{"format": "ambition-map", "version": 1}"#).unwrap_err();
    assert_eq!(err, ImportError::Invalid { field: "board".into(), problem: Problem::Missing });
    let err = import_board(br#"{"format": "ambition-map", "version": 1, "board": []}"#).unwrap_err();
    assert!(invalid("board")(&err), "{err:?}");
}

#[test]
fn a_missing_field_names_its_path() {
    let err = import_edited(|b| {
        b["cards"][3].as_object_mut().unwrap().remove("text");
    })
    .unwrap_err();
    assert_eq!(err, ImportError::Invalid { field: "board.cards[3].text".into(), problem: Problem::Missing });

    for (edit_path, field) in [
        (("title", None, ""), "board.title"),
        (("links", None, ""), "board.links"),
        (("parties", Some(1), "colour"), "board.parties[1].colour"),
        (("cards", Some(0), "height"), "board.cards[0].height"),
        (("links", Some(5), "to"), "board.links[5].to"),
    ] {
        let err = import_edited(|b| match edit_path {
            (list, None, _) => {
                b.as_object_mut().unwrap().remove(list);
            }
            (list, Some(i), name) => {
                b[list][i].as_object_mut().unwrap().remove(name);
            }
        })
        .unwrap_err();
        assert_eq!(err, ImportError::Invalid { field: field.into(), problem: Problem::Missing });
    }
}

#[test]
fn a_wrong_type_names_its_path() {
    let err = import_edited(|b| b["cards"][2]["x"] = json!("12")).unwrap_err();
    assert_eq!(
        err,
        ImportError::Invalid {
            field: "board.cards[2].x".into(),
            problem: Problem::Expected { expected: Expected::Number, found: Found::Text("\"12\"".into()) }
        }
    );
    assert_eq!(err.to_string(), "board.cards[2].x: expected a number, found the string \"12\"");
    let err = import_edited(|b| b["parties"][0]["name"] = json!(7)).unwrap_err();
    assert!(invalid("board.parties[0].name")(&err), "{err:?}");
    let err = import_edited(|b| b["cards"][4]["owners"] = json!("p1")).unwrap_err();
    assert!(invalid("board.cards[4].owners")(&err), "{err:?}");
    let err = import_edited(|b| b["cards"][4]["status"] = json!("finished")).unwrap_err();
    assert!(invalid("board.cards[4].status")(&err), "{err:?}");
    assert!(reason(&err).contains("\"in_progress\""), "{err:?}");
    let err = import_edited(|b| b["cards"][4]["commitments"]["p2"] = json!(true)).unwrap_err();
    assert!(invalid("board.cards[4].commitments.p2")(&err), "{err:?}");
    let err = import_edited(|b| b["links"] = json!({})).unwrap_err();
    assert!(invalid("board.links")(&err), "{err:?}");
    let err = import_edited(|b| b["links"][2]["label"] = json!(["a"])).unwrap_err();
    assert!(invalid("board.links[2].label")(&err), "{err:?}");
}

#[test]
fn a_card_of_an_unknown_kind_is_left_out_and_reported_with_its_text() {
    let mut board = rich_value();
    board["cards"][5]["kind"] = json!("sticky_note");
    // Later cards are named by their place in the file.
    board["cards"][7]["x"] = json!(1e9);
    let imported = import_file(&envelope(board)).unwrap();
    assert_eq!(
        imported.repairs,
        [
            Repair::CardDropped {
                path: "board.cards[5]".into(),
                card: cid("a2"),
                text: "Invalpool".into(),
                reason: CardDropReason::UnknownKind("sticky_note".into()),
            },
            Repair::CoordinateClamped { path: "board.cards[7]".into(), card: cid("f2") },
            Repair::LinkDropped {
                path: "board.links[7]".into(),
                link: LinkId("l8".into()),
                reason: LinkDropReason::MissingCard(cid("a2")),
            },
        ]
    );
    let mut expected = rich_board();
    expected.cards.remove(5);
    Rc::make_mut(&mut expected.cards[6]).x = MAX_COORD;
    expected.links.pop();
    assert_eq!(imported.board, expected);

    // Kinds are lower case, as written; the other fields of an unknown kind
    // are not checked, since its kind decides what they are.
    let imported = import_edited_file(|b| {
        b["cards"][5]["kind"] = json!("Action");
        b["cards"][5]["x"] = json!("left");
    });
    assert!(matches!(
        &imported.repairs[0],
        Repair::CardDropped { reason: CardDropReason::UnknownKind(k), .. } if k == "Action"
    ));
}

#[test]
fn a_kind_that_is_missing_or_not_a_string_refuses_the_file() {
    let err = import_edited(|b| {
        b["cards"][5].as_object_mut().unwrap().remove("kind");
    })
    .unwrap_err();
    assert_eq!(err, ImportError::Invalid { field: "board.cards[5].kind".into(), problem: Problem::Missing });
    let err = import_edited(|b| b["cards"][5]["kind"] = json!(3)).unwrap_err();
    assert!(invalid("board.cards[5].kind")(&err), "{err:?}");
    for kind in ["ambition", "interest", "wish", "goal", "action", "fact"] {
        assert!(reason(&err).contains(&format!("\"{kind}\"")), "{err:?}");
    }
}

#[test]
fn optional_fields_may_be_null_or_absent() {
    let board = import_edited(|b| {
        b["cards"][4]["source"] = Value::Null;
        b["cards"][4]["owners"] = Value::Null;
        b["cards"][1]["party"] = json!("p1");
        b["links"][0]["label"] = Value::Null;
    })
    .unwrap();
    assert_eq!(board.cards[4].owners, Vec::<PartyId>::new());
    assert_eq!(board.cards[4].source, None);
}

#[test]
fn unknown_fields_are_ignored() {
    let board = import_edited(|b| {
        b["camera"] = json!({"zoom": 2});
        b["cards"][0]["colour"] = json!("red");
    })
    .unwrap();
    assert_eq!(board, rich_board());
}

// ---------------------------------------------------------------- per-item repairs of the rules

/// The import of the rich board after `edit` changed its JSON.
fn import_edited_file(edit: impl FnOnce(&mut Value)) -> Imported {
    let mut board = rich_value();
    edit(&mut board);
    import_file(&envelope(board)).unwrap()
}

#[test]
fn a_party_card_naming_a_missing_party_gets_that_party_back() {
    let imported = import_edited_file(|b| b["cards"][2]["party"] = json!("p9"));
    assert_eq!(imported.repairs, [Repair::PartyAdded { path: "board.cards[2].party".into(), party: pid("p9") }]);
    let added = imported.board.party(&pid("p9")).unwrap();
    assert_eq!((added.name.as_str(), added.colour.as_str(), added.edited), ("p9", "#e9a23b", 0));
    assert_eq!(imported.board.cards[2].party, Some(pid("p9")));

    // Removing a party from the file: its cards and every mention of it stay.
    let imported = import_edited_file(|b| {
        b["parties"].as_array_mut().unwrap().remove(0);
    });
    assert_eq!(imported.repairs, [Repair::PartyAdded { path: "board.cards[1].party".into(), party: pid("p1") }]);
    let board = imported.board;
    assert_eq!(board.parties.iter().map(|p| p.id.0.as_str()).collect::<Vec<_>>(), ["p2", "p3", "p1"]);
    assert_eq!(board.cards, rich_board().cards);
}

#[test]
fn a_party_card_without_a_party_is_left_out_with_its_links() {
    let imported = import_edited_file(|b| {
        b["cards"][3].as_object_mut().unwrap().remove("party");
    });
    assert_eq!(
        imported.repairs,
        [
            Repair::CardDropped {
                path: "board.cards[3]".into(),
                card: cid("g1"),
                text: "Inclusief onderwijs".into(),
                reason: CardDropReason::NoParty,
            },
            Repair::LinkDropped {
                path: "board.links[2]".into(),
                link: LinkId("l3".into()),
                reason: LinkDropReason::MissingCard(cid("g1")),
            },
            Repair::LinkDropped {
                path: "board.links[7]".into(),
                link: LinkId("l8".into()),
                reason: LinkDropReason::MissingCard(cid("g1")),
            },
        ]
    );
    assert_eq!(imported.board.cards.len(), rich_board().cards.len() - 1);
}

#[test]
fn a_duplicate_card_id_gets_a_new_id_instead_of_refusing_the_file() {
    let imported = import_edited_file(|b| b["cards"][3]["id"] = json!("i1"));
    assert_eq!(
        imported.repairs[0],
        Repair::DuplicateIdRenamed { path: "board.cards[3].id".into(), old: "i1".into(), new: "i1-2".into() }
    );
    let renamed = imported.board.card(&cid("i1-2")).unwrap();
    assert_eq!(renamed.text, "Inclusief onderwijs");
    // Links by id keep pointing at the first card with it; those to the
    // card's old id now find none.
    assert_eq!(imported.board.card(&cid("i1")).unwrap().text, "Kleine scholen open");
    assert!(matches!(&imported.repairs[1..], [Repair::LinkDropped { .. }, Repair::LinkDropped { .. }]));

    // A new id never takes one used further on in the file.
    let imported = import_edited_file(|b| {
        b["cards"][2]["id"] = json!("i1");
        b["cards"][3]["id"] = json!("i1");
        b["cards"][4]["id"] = json!("i1-2");
    });
    let ids: Vec<&str> = imported.board.cards.iter().map(|c| c.id.0.as_str()).collect();
    assert_eq!(ids, ["ambition", "i1", "i1-3", "i1-4", "i1-2", "a2", "f1", "f2"]);
}

#[test]
fn a_duplicate_party_id_gets_a_new_id() {
    let imported = import_edited_file(|b| b["parties"][2]["id"] = json!("p1"));
    assert_eq!(
        imported.repairs,
        [
            Repair::DuplicateIdRenamed { path: "board.parties[2].id".into(), old: "p1".into(), new: "p1-2".into() },
            // Its cards named "p3", which is no longer there.
            Repair::PartyAdded { path: "board.cards[3].party".into(), party: pid("p3") },
        ]
    );
    let names: Vec<(&str, &str)> = imported.board.parties.iter().map(|p| (p.id.0.as_str(), p.name.as_str())).collect();
    assert_eq!(names, [("p1", "Schoolbestuur A"), ("p2", "Gemeente"), ("p1-2", "Samenwerkingsverband"), ("p3", "p3")]);
}

#[test]
fn the_ambition_id_and_kind_go_together() {
    // A fact with the ambition's id keeps its text under a new id; the
    // board gets an empty ambition, which the links to "ambition" now join.
    let imported = import_edited_file(|b| b["cards"][0]["kind"] = json!("fact"));
    assert_eq!(
        imported.repairs,
        [
            Repair::DuplicateIdRenamed {
                path: "board.cards[0].id".into(),
                old: "ambition".into(),
                new: "ambition-2".into()
            },
            Repair::AmbitionAdded,
        ]
    );
    let board = imported.board;
    assert_eq!(board.cards[0].kind, CardKind::Ambition);
    assert_eq!(board.cards[0].text, "");
    let fact = board.card(&cid("ambition-2")).unwrap();
    assert_eq!((fact.kind, fact.text.as_str()), (CardKind::Fact, "Elk kind een goede school dichtbij"));
    assert_integrity(&board);

    // A second ambition is left out, with its text in the report.
    let imported = import_edited_file(|b| b["cards"][5]["kind"] = json!("ambition"));
    assert_eq!(
        imported.repairs[0],
        Repair::CardDropped {
            path: "board.cards[5]".into(),
            card: cid("a2"),
            text: "Invalpool".into(),
            reason: CardDropReason::ExtraAmbition,
        }
    );
    assert_integrity(&imported.board);
}

#[test]
fn references_to_missing_parties_are_reported_per_field() {
    let imported = import_edited_file(|b| {
        b["cards"][4]["owners"] = json!(["p1", "ghost", "p1", "p2"]);
        b["cards"][4]["commitments"]["ghost"] = json!("committed");
        b["cards"][6]["recognised_by"] = json!(["ghost", "p3"]);
        b["cards"][7]["party"] = json!("ghost");
    });
    assert_eq!(
        imported.repairs,
        [
            Repair::PartyRefsRemoved { path: "board.cards[4]".into(), card: cid("a1"), field: PartyRefField::Owners },
            Repair::PartyRefsRemoved {
                path: "board.cards[4]".into(),
                card: cid("a1"),
                field: PartyRefField::Commitments
            },
            Repair::PartyRefsRemoved {
                path: "board.cards[6]".into(),
                card: cid("f1"),
                field: PartyRefField::RecognisedBy
            },
            Repair::CardPartyRemoved { path: "board.cards[7]".into(), card: cid("f2") },
        ]
    );
    assert_eq!(imported.repairs[2].to_string(), "board.cards[6].recognised_by: unknown or repeated parties removed");
}

// ---------------------------------------------------------------- repairs

#[test]
fn a_missing_ambition_is_added_where_a_new_board_has_it() {
    let board = import_edited(|b| {
        b["cards"].as_array_mut().unwrap().remove(0);
    })
    .unwrap();
    let ambitions: Vec<&Rc<Card>> = board.cards.iter().filter(|c| c.kind == CardKind::Ambition).collect();
    assert_eq!(ambitions.len(), 1);
    assert_eq!(**ambitions[0], **Board::default().ambition().unwrap());
    assert_eq!(board.cards[0].id, CardId::ambition());
    // The links to it are kept: it is added before links are checked.
    assert_eq!(board.links, rich_board().links);
    assert_eq!(board.cards[1..], rich_board().cards[1..]);
}

#[test]
fn absurd_coordinates_and_sizes_are_clamped() {
    let board = import_edited(|b| {
        b["cards"][1]["x"] = json!(1e308);
        b["cards"][1]["y"] = json!(-1e300);
        b["cards"][1]["width"] = json!(-5);
        b["cards"][1]["height"] = json!(1e12);
        b["cards"][2]["width"] = json!(0);
        b["cards"][2]["x"] = json!(999_999.5);
    })
    .unwrap();
    let c = &board.cards[1];
    assert_eq!((c.x, c.y, c.width, c.height), (1e6, -1e6, 20.0, 2000.0));
    assert_eq!((board.cards[2].x, board.cards[2].width), (999_999.5, 20.0));
    // Others untouched.
    assert_eq!(board.cards[3], rich_board().cards[3]);
}

#[test]
fn a_link_to_a_missing_card_is_dropped() {
    let board = import_edited(|b| {
        b["links"][1]["to"] = json!("gone");
        b["links"][6]["from"] = json!("also-gone");
    })
    .unwrap();
    let ids: Vec<&str> = board.links.iter().map(|l| l.id.0.as_str()).collect();
    assert_eq!(ids, ["l1", "l3", "l4", "l5", "l6", "l8"]);
}

#[test]
fn duplicate_looping_and_backward_links_are_cleaned_up() {
    let board = import_edited(|b| {
        let links = b["links"].as_array_mut().unwrap();
        links.push(json!({"id": "same-way", "from": "i1", "to": "ambition"}));
        links.push(json!({"id": "other-way", "from": "ambition", "to": "w1"}));
        links.push(json!({"id": "loop", "from": "a1", "to": "a1"}));
        links.push(json!({"id": "l1", "from": "f2", "to": "g1"}));
        links.push(json!({"id": "backwards", "from": "ambition", "to": "a2"}));
    })
    .unwrap();
    let ids: Vec<&str> = board.links.iter().map(|l| l.id.0.as_str()).collect();
    // A repeated link id joining two other cards is a link of its own: renamed.
    assert_eq!(ids, ["l1", "l2", "l3", "l4", "l5", "l6", "l7", "l8", "l1-2", "backwards"]);
    let back = board.link(&LinkId("backwards".into())).unwrap();
    assert_eq!((back.from.0.as_str(), back.to.0.as_str()), ("a2", "ambition"));
    assert_eq!(board.link_meaning(back), LinkMeaning::Realises);
}

#[test]
fn references_to_missing_parties_are_dropped() {
    let board = import_edited(|b| {
        b["cards"][4]["owners"] = json!(["p1", "ghost", "p1", "p2"]);
        b["cards"][4]["commitments"]["ghost"] = json!("committed");
        b["cards"][6]["recognised_by"] = json!(["ghost", "p3"]);
        b["cards"][7]["party"] = json!("ghost");
    })
    .unwrap();
    assert_eq!(board.cards[4].owners, [pid("p1"), pid("p2")]);
    assert_eq!(board.cards[4].commitments.len(), 3);
    assert_eq!(board.cards[4].commitment(&pid("ghost")), Commitment::NotAsked);
    assert_eq!(board.cards[6].recognised_by, [pid("p3")]);
    assert_eq!(board.cards[7].party, None);
}

#[test]
fn an_explicit_not_asked_is_dropped() {
    let board = import_edited(|b| b["cards"][4]["commitments"]["p2"] = json!("not_asked")).unwrap();
    assert_eq!(board.cards[4].commitments.keys().collect::<Vec<_>>(), [&pid("p1"), &pid("p3")]);
    assert_eq!(board.cards[4].commitment(&pid("p2")), Commitment::NotAsked);
}

#[test]
fn a_colour_that_is_not_hex_is_replaced() {
    let board = import_edited(|b| {
        b["parties"][0]["colour"] = json!("red; background-image: url(https://example.com/x)");
        b["parties"][1]["colour"] = json!("#12345");
    })
    .unwrap();
    for p in &board.parties {
        let c = &p.colour;
        assert!(c.len() == 7 && c.starts_with('#') && c[1..].chars().all(|ch| ch.is_ascii_hexdigit()), "{c}");
    }
    assert_ne!(board.parties[0].colour, board.parties[1].colour);
    assert_eq!(board.parties[2].colour, "#2A9D8F");
}

// ---------------------------------------------------------------- properties

#[test]
fn the_rich_board_and_the_fixture_keep_the_rules() {
    assert_integrity(&rich_board());
    assert_integrity(&import_board(FIXTURE_V1.as_bytes()).unwrap());
    assert_integrity(&import_board(FIXTURE_V2.as_bytes()).unwrap());
    assert_integrity(&import_board(FIXTURE_V3.as_bytes()).unwrap());
}

/// Any JSON value, a few levels deep.
fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::from),
        arb_text().prop_map(Value::from),
        prop::sample::select(vec!["ambition", "interest", "action", "fact", "p0", "c0", "idea", "committed"])
            .prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    "[a-z_]{1,8}",
                    prop::sample::select(vec![
                        "id", "kind", "text", "x", "party", "format", "version", "board", "cards"
                    ])
                    .prop_map(String::from)
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every place in a JSON value, as JSON pointers.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                pointers(item, format!("{at}/{i}"), out);
            }
        }
        Value::Object(map) => {
            for (k, item) in map {
                pointers(item, format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn generated_boards_round_trip(board in arb_board()) {
        assert_integrity(&board);
        let text = export_board(&board);
        let back = import_file(text.as_bytes()).unwrap();
        prop_assert_eq!(&back.repairs, &Vec::<Repair>::new());
        prop_assert_eq!(&back.board, &board);
        prop_assert_eq!(export_board(&back.board), text);
    }

    #[test]
    fn arbitrary_coordinates_come_back_to_the_thousandth_and_then_exactly(
        x in -MAX_COORD..=MAX_COORD,
        y in -MAX_COORD..=MAX_COORD,
        w in MIN_CARD_SIZE..=MAX_CARD_SIZE,
        h in MIN_CARD_SIZE..=MAX_CARD_SIZE,
    ) {
        let mut board = Board::default();
        let c = Rc::make_mut(&mut board.cards[0]);
        (c.x, c.y, c.width, c.height) = (x, y, w, h);
        let text = export_board(&board);
        let back = import_board(text.as_bytes()).unwrap();
        let c = &back.cards[0];
        for (a, b) in [(c.x, x), (c.y, y), (c.width, w), (c.height, h)] {
            prop_assert!((a - b).abs() <= 0.0005 + b.abs() * f64::EPSILON, "{} came back as {}", b, a);
        }
        // What was saved reads back as exactly that.
        prop_assert_eq!(export_board(&back), text);
        let again = import_board(export_board(&back).as_bytes()).unwrap();
        prop_assert_eq!(&again, &back);
    }

    #[test]
    fn import_never_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512), bom in any::<bool>()) {
        let mut input = if bom { b"\xEF\xBB\xBF".to_vec() } else { Vec::new() };
        input.extend(bytes);
        if let Ok(board) = import_board(&input) {
            assert_integrity(&board);
        }
    }

    #[test]
    fn import_never_panics_on_arbitrary_json(v in arb_json(), wrap in any::<bool>()) {
        let v = if wrap { json!({"format": FORMAT, "version": VERSION, "board": v}) } else { v };
        if let Ok(board) = import_board(v.to_string().as_bytes()) {
            assert_integrity(&board);
        }
    }

    #[test]
    fn import_never_panics_on_a_board_with_one_part_replaced(
        board in arb_board(),
        pick in any::<prop::sample::Index>(),
        replacement in arb_json(),
    ) {
        let mut v: Value = serde_json::from_str(&export_board(&board)).unwrap();
        let mut places = Vec::new();
        pointers(&v, String::new(), &mut places);
        let place = pick.get(&places);
        if let Some(slot) = v.pointer_mut(place) {
            *slot = replacement;
        }
        match import_board(serde_json::to_string_pretty(&v).unwrap().as_bytes()) {
            Ok(imported) => {
                assert_integrity(&imported);
                // Importing is idempotent: a repaired board imports unchanged.
                let again = import_board(export_board(&imported).as_bytes());
                prop_assert_eq!(again.as_ref(), Ok(&imported));
            }
            Err(ImportError::Invalid { field, problem }) => {
                prop_assert!(!problem.to_string().is_empty());
                prop_assert!(field == "version" || field == "board" || field.starts_with("board."), "{}", field);
            }
            Err(ImportError::NotABoard) | Err(ImportError::NewerVersion { .. }) => {
                prop_assert!(place.is_empty() || place == "/format" || place == "/version");
            }
            Err(other) => prop_assert!(false, "unexpected {:?} for replacing {}", other, place),
        }
    }
}

// ---------------------------------------------------------------- the JSON Schema

const SCHEMA: &str = include_str!("../docs/board-format.schema.json");

/// The schema, compiled (which also checks it against the draft 2020-12
/// meta-schema).
fn schema() -> (boon::Schemas, boon::SchemaIndex) {
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    let url = "file:///docs/board-format.schema.json";
    compiler.add_resource(url, serde_json::from_str(SCHEMA).unwrap()).unwrap();
    let index = compiler.compile(url, &mut schemas).unwrap_or_else(|e| panic!("{e:#}"));
    (schemas, index)
}

fn schema_errors(text: &str) -> Option<String> {
    let (schemas, index) = schema();
    let v: Value = serde_json::from_str(text).unwrap();
    schemas.validate(&v, index).err().map(|e| format!("{e}"))
}

#[test]
fn the_fixture_and_every_file_written_validate_against_the_schema() {
    assert_eq!(schema_errors(FIXTURE_V3), None);
    for board in [
        rich_board(),
        Board::default(),
        import_board(FIXTURE_V1.as_bytes()).unwrap(),
        import_board(FIXTURE_V2.as_bytes()).unwrap(),
        import_board(FIXTURE_V3.as_bytes()).unwrap(),
    ] {
        let text = export_board(&board);
        assert_eq!(schema_errors(&text), None, "{text}");
    }
}

#[test]
fn the_schema_says_what_version_3_is() {
    let (schemas, index) = schema();
    let fixture: Value = serde_json::from_str(FIXTURE_V3).unwrap();
    let refused = |edit: &dyn Fn(&mut Value)| {
        let mut v = fixture.clone();
        edit(&mut v);
        schemas.validate(&v, index).is_err()
    };
    assert!(!refused(&|_| {}));
    assert!(refused(&|v| v["version"] = json!(2)));
    assert!(refused(&|v| v["board"]["parties"][3]["short_name"] = json!(7)));
    assert!(refused(&|v| v["format"] = json!("mural")));
    assert!(refused(&|v| v["board"]["cards"][3]["kind"] = json!("note")));
    assert!(refused(&|v| {
        v["board"]["cards"][3].as_object_mut().unwrap().remove("party");
    }));
    assert!(refused(&|v| v["board"]["cards"][3]["kind"] = json!("ambition")));
    assert!(refused(&|v| v["board"]["cards"][0]["kind"] = json!("fact")));
    assert!(refused(&|v| v["board"]["parties"][0]["colour"] = json!("red")));
    assert!(refused(&|v| v["board"]["cards"][1]["x"] = json!(1e7)));
    assert!(refused(&|v| v["board"]["cards"][1]["width"] = json!(5)));
    assert!(refused(&|v| v["board"]["cards"][1]["edited"] = json!(-1)));
    assert!(refused(&|v| v["board"]["cards"][1]["edited"] = json!(1.5)));
    assert!(refused(&|v| v["board"]["links"][1]["edited"] = json!(MAX_EDITED + 1)));
    assert!(refused(&|v| v["board"]["id"] = json!("has space")));
    assert!(refused(&|v| v["board"]["cards"][5]["commitments"]["p-board-a"] = json!("maybe")));
    assert!(refused(&|v| {
        v["board"].as_object_mut().unwrap().remove("links");
    }));
    // Optional fields may be left out.
    assert!(!refused(&|v| {
        v["board"].as_object_mut().unwrap().remove("id");
        v["board"]["cards"][1].as_object_mut().unwrap().remove("edited");
    }));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn generated_boards_validate_against_the_schema(board in arb_board()) {
        let (schemas, index) = schema();
        let v: Value = serde_json::from_str(&export_board(&board)).unwrap();
        if let Err(e) = schemas.validate(&v, index) {
            prop_assert!(false, "{}", e);
        }
    }
}
