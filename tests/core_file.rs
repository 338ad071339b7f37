//! The board file: export → import round trips, every import error from a
//! concrete input, the repairs, and property tests that import never panics.

use std::collections::BTreeMap;
use std::rc::Rc;

use ambition_map::core::file::{
    export_board, import_board, ImportError, FORMAT, MAX_CARD_SIZE, MAX_COORD, MAX_FILE_BYTES, MIN_CARD_SIZE,
    VERSION,
};
use ambition_map::core::geometry::Point;
use ambition_map::core::model::{
    ActionStatus, Board, Card, CardId, CardKind, Commitment, Link, LinkId, LinkMeaning, Party, PartyId,
};
use proptest::prelude::*;
use serde_json::{json, Value};

const FIXTURE_V1: &str = include_str!("fixtures/board-v1.json");

fn pid(s: &str) -> PartyId {
    PartyId(s.to_owned())
}
fn cid(s: &str) -> CardId {
    CardId(s.to_owned())
}

fn party(id: &str, name: &str, colour: &str) -> Party {
    Party { id: pid(id), name: name.to_owned(), colour: colour.to_owned() }
}

fn link(id: &str, from: &str, to: &str, label: &str) -> Link {
    Link { id: LinkId(id.to_owned()), from: cid(from), to: cid(to), label: label.to_owned() }
}

/// A board with every kind of card and every optional field in use.
fn rich_board() -> Board {
    let mut b = Board::new("Regio Noord", "Krimp: 20 % minder leerlingen in tien jaar");
    Rc::make_mut(&mut b.cards[0]).text = "Elk kind een goede school dichtbij".into();
    b.parties = vec![
        party("p1", "Schoolbestuur A", "#1f6feb"),
        party("p2", "Gemeente", "#d1495b"),
        party("p3", "Samenwerkingsverband", "#2A9D8F"),
    ];
    let card = |id: &str, kind, text: &str, x, y| Card::new(cid(id), kind, text, Point::new(x, y));
    let mut action = card("a1", CardKind::Action, "Gezamenlijk spreidingsplan", -300.25, 210.0);
    action.owners = vec![pid("p2"), pid("p1")];
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
    let fact2 = card("f2", CardKind::Fact, "", 1e6, 0.125);
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
        link("l8", "a2", "g1", "helpt"),
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

fn reason(e: &ImportError) -> &str {
    match e {
        ImportError::Invalid { reason, .. } => reason,
        _ => "",
    }
}

// ---------------------------------------------------------------- export

#[test]
fn export_is_pretty_json_with_the_envelope() {
    let text = export_board(&rich_board());
    assert!(
        text.starts_with("{\n  \"format\": \"ambition-map\",\n  \"version\": 1,\n  \"board\": {"),
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
    assert_eq!(board_keys, ["cards", "challenge", "links", "parties", "title"]);
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
    assert_eq!(keys, ["height", "id", "kind", "text", "width", "x", "y"]);
    assert_eq!(ambition["kind"], "ambition");
    let (interest, keys) = card("i1");
    assert_eq!(keys, ["height", "id", "kind", "party", "text", "width", "x", "y"]);
    assert_eq!(interest["party"], "p1");
    let (action, keys) = card("a1");
    assert_eq!(keys, ["commitments", "height", "id", "kind", "owners", "status", "text", "width", "x", "y"]);
    assert_eq!(action["status"], "in_progress");
    assert_eq!(action["commitments"], json!({"p1": "committed", "p2": "hesitant", "p3": "not_committed"}));
    assert_eq!(action["owners"], json!(["p2", "p1"]));
    let (fact, keys) = card("f1");
    assert_eq!(keys, ["height", "id", "kind", "recognised_by", "source", "text", "width", "x", "y"]);
    assert_eq!(fact["recognised_by"], json!(["p3", "p1"]));
    assert_eq!(v["board"]["links"][0], json!({"id": "l1", "from": "i1", "to": "ambition"}));
    assert_eq!(v["board"]["links"][7], json!({"id": "l8", "from": "a2", "to": "g1", "label": "helpt"}));
    assert_eq!(v["board"]["parties"][0], json!({"id": "p1", "name": "Schoolbestuur A", "colour": "#1f6feb"}));
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

// ---------------------------------------------------------------- the fixture

#[test]
fn the_documented_example_imports() {
    let board = import_board(FIXTURE_V1.as_bytes()).unwrap();
    assert_eq!(board.title, "Pupil numbers in the region");
    assert_eq!(board.parties.len(), 4);
    assert_eq!(board.cards.len(), 9);
    assert_eq!(board.links.len(), 9);
    assert_eq!(board.ambition().unwrap().kind, CardKind::Ambition);
    let meanings: Vec<LinkMeaning> = board.links.iter().map(|l| board.link_meaning(l)).collect();
    use LinkMeaning::*;
    assert_eq!(
        meanings,
        [Serves, Serves, Serves, Serves, Realises, Realises, Substantiates, Substantiates, Free]
    );
    let plan = board.card(&cid("c-location-plan")).unwrap();
    assert_eq!(plan.status, Some(ActionStatus::Agreed));
    assert_eq!(plan.commitment(&pid("p-municipality")), Commitment::Hesitant);
    assert_eq!(plan.commitment(&pid("p-partnership")), Commitment::NotAsked);
    let pool = board.card(&cid("c-substitute-pool")).unwrap();
    assert_eq!(pool.x, -150.5);
    assert_eq!(pool.commitment(&pid("p-board-a")), Commitment::NotCommitted);
    assert_eq!(board.card(&cid("c-forecast")).unwrap().recognised_by.len(), 4);
    assert_eq!(board.links[8].label, "saves costs");
}

#[test]
fn the_documented_example_is_exactly_what_export_writes() {
    let board = import_board(FIXTURE_V1.as_bytes()).unwrap();
    assert_eq!(export_board(&board), FIXTURE_V1.trim_end());
}

#[test]
fn the_documentation_shows_the_fixture() {
    let doc = include_str!("../docs/board-format.md");
    assert!(
        doc.contains(FIXTURE_V1.trim_end()),
        "docs/board-format.md must contain tests/fixtures/board-v1.json"
    );
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
    assert_eq!(
        import_board(&bytes),
        Err(ImportError::TooLarge { bytes: MAX_FILE_BYTES + 1, limit: MAX_FILE_BYTES })
    );
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
    assert_eq!(with_version(json!(2)), Err(ImportError::NewerVersion { version: 2 }));
    assert_eq!(with_version(json!(u64::MAX)), Err(ImportError::NewerVersion { version: u64::MAX }));
    assert_eq!(with_version(json!(7.0)), Err(ImportError::NewerVersion { version: 7 }));
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
    assert_eq!(err, ImportError::Invalid { field: "version".into(), reason: "missing".into() });
    // 1.0 is the number 1.
    assert!(with_version(json!(1.0)).is_ok());
}

#[test]
fn a_missing_board_is_invalid() {
    let err = import_board(br#"{"format": "ambition-map", "version": 1}"#).unwrap_err();
    assert_eq!(err, ImportError::Invalid { field: "board".into(), reason: "missing".into() });
    let err = import_board(br#"{"format": "ambition-map", "version": 1, "board": []}"#).unwrap_err();
    assert!(invalid("board")(&err), "{err:?}");
}

#[test]
fn a_missing_field_names_its_path() {
    let err = import_edited(|b| {
        b["cards"][3].as_object_mut().unwrap().remove("text");
    })
    .unwrap_err();
    assert_eq!(err, ImportError::Invalid { field: "board.cards[3].text".into(), reason: "missing".into() });

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
        assert_eq!(err, ImportError::Invalid { field: field.into(), reason: "missing".into() });
    }
}

#[test]
fn a_wrong_type_names_its_path() {
    let err = import_edited(|b| b["cards"][2]["x"] = json!("12")).unwrap_err();
    assert_eq!(
        err,
        ImportError::Invalid {
            field: "board.cards[2].x".into(),
            reason: "expected a number, found the string \"12\"".into()
        }
    );
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
fn an_unknown_card_kind_names_its_path() {
    let err = import_edited(|b| b["cards"][5]["kind"] = json!("sticky_note")).unwrap_err();
    assert!(invalid("board.cards[5].kind")(&err), "{err:?}");
    assert!(reason(&err).starts_with("unknown card kind \"sticky_note\""), "{err:?}");
    for kind in ["ambition", "interest", "wish", "goal", "action", "fact"] {
        assert!(reason(&err).contains(&format!("\"{kind}\"")), "{err:?}");
    }
    // Kinds are lower case, as written.
    let err = import_edited(|b| b["cards"][5]["kind"] = json!("Action")).unwrap_err();
    assert!(invalid("board.cards[5].kind")(&err), "{err:?}");
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

// ---------------------------------------------------------------- refusals of integrity

#[test]
fn a_party_card_whose_party_is_missing_is_invalid() {
    let err = import_edited(|b| b["cards"][2]["party"] = json!("p9")).unwrap_err();
    assert!(invalid("board.cards[2].party")(&err), "{err:?}");
    assert!(reason(&err).contains("\"p9\""), "{err:?}");
    let err = import_edited(|b| {
        b["cards"][3].as_object_mut().unwrap().remove("party");
    })
    .unwrap_err();
    assert!(invalid("board.cards[3].party")(&err), "{err:?}");
    // Removing the party itself makes its card invalid.
    let err = import_edited(|b| {
        b["parties"].as_array_mut().unwrap().remove(0);
    })
    .unwrap_err();
    assert!(invalid("board.cards[1].party")(&err), "{err:?}");
}

#[test]
fn duplicate_ids_are_invalid() {
    let err = import_edited(|b| b["cards"][3]["id"] = json!("i1")).unwrap_err();
    assert!(invalid("board.cards[3].id")(&err), "{err:?}");
    let err = import_edited(|b| b["parties"][2]["id"] = json!("p1")).unwrap_err();
    assert!(invalid("board.parties[2].id")(&err), "{err:?}");
}

#[test]
fn the_ambition_id_and_kind_go_together() {
    let err = import_edited(|b| b["cards"][0]["kind"] = json!("fact")).unwrap_err();
    assert!(invalid("board.cards[0].kind")(&err), "{err:?}");
    let err = import_edited(|b| b["cards"][5]["kind"] = json!("ambition")).unwrap_err();
    assert!(invalid("board.cards[5].kind")(&err), "{err:?}");
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
    assert_eq!(ids, ["l1", "l2", "l3", "l4", "l5", "l6", "l7", "l8", "backwards"]);
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

/// The rules every imported board keeps.
fn assert_integrity(board: &Board) {
    let ambitions: Vec<&Rc<Card>> = board.cards.iter().filter(|c| c.kind == CardKind::Ambition).collect();
    assert_eq!(ambitions.len(), 1);
    assert_eq!(ambitions[0].id, CardId::ambition());
    let mut card_ids: Vec<&CardId> = board.cards.iter().map(|c| &c.id).collect();
    card_ids.sort();
    card_ids.dedup();
    assert_eq!(card_ids.len(), board.cards.len());
    let mut party_ids: Vec<&PartyId> = board.parties.iter().map(|p| &p.id).collect();
    party_ids.sort();
    party_ids.dedup();
    assert_eq!(party_ids.len(), board.parties.len());
    for c in &board.cards {
        assert!(c.x.abs() <= MAX_COORD && c.y.abs() <= MAX_COORD);
        assert!((MIN_CARD_SIZE..=MAX_CARD_SIZE).contains(&c.width));
        assert!((MIN_CARD_SIZE..=MAX_CARD_SIZE).contains(&c.height));
        if c.kind.belongs_to_party() {
            assert!(board.party(c.party.as_ref().unwrap()).is_some());
        }
        assert!(!c.commitments.values().any(|c| *c == Commitment::NotAsked));
        for p in c.owners.iter().chain(&c.recognised_by).chain(c.commitments.keys()) {
            assert!(board.party(p).is_some());
        }
    }
    for (i, l) in board.links.iter().enumerate() {
        let (a, b) = (board.card(&l.from).unwrap(), board.card(&l.to).unwrap());
        assert_ne!(l.from, l.to);
        assert!(!LinkMeaning::should_reverse(a.kind, b.kind));
        for m in &board.links[..i] {
            assert_ne!(m.id, l.id);
            assert!(!((m.from == l.from && m.to == l.to) || (m.from == l.to && m.to == l.from)));
        }
    }
}

#[test]
fn the_rich_board_and_the_fixture_keep_the_rules() {
    assert_integrity(&rich_board());
    assert_integrity(&import_board(FIXTURE_V1.as_bytes()).unwrap());
}

fn arb_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "[a-zA-Z ]{0,12}"]
}

/// Coordinates with up to three decimals, which the JSON reader gives back
/// exactly (see `arbitrary_coordinates_come_back_within_a_rounding_error`).
fn arb_coord() -> impl Strategy<Value = f64> {
    prop_oneof![
        (-1_000_000_000i64..=1_000_000_000).prop_map(|m| m as f64 / 1000.0),
        (-2000i32..2000).prop_map(f64::from),
        Just(MAX_COORD),
        Just(-MAX_COORD),
    ]
}

fn arb_size() -> impl Strategy<Value = f64> {
    prop_oneof![
        (20_000i64..=2_000_000).prop_map(|m| m as f64 / 1000.0),
        Just(MIN_CARD_SIZE),
        Just(MAX_CARD_SIZE),
        Just(220.0)
    ]
}

fn arb_status() -> impl Strategy<Value = ActionStatus> {
    prop::sample::select(ActionStatus::ALL.to_vec())
}

/// A commitment that is written down: "not asked" is the absence of one.
fn arb_commitment() -> impl Strategy<Value = Commitment> {
    prop::sample::select(
        Commitment::ALL.into_iter().filter(|c| *c != Commitment::NotAsked).collect::<Vec<_>>(),
    )
}

/// A card of any addable kind, with party references only to `parties`.
fn arb_card(parties: Vec<PartyId>) -> impl Strategy<Value = Card> {
    let kinds: Vec<CardKind> =
        CardKind::ADDABLE.into_iter().filter(|k| !k.belongs_to_party() || !parties.is_empty()).collect();
    let n = parties.len();
    (
        prop::sample::select(kinds),
        arb_text(),
        (arb_coord(), arb_coord(), arb_size(), arb_size()),
        0..n.max(1),
        prop::sample::subsequence(parties.clone(), 0..=n),
        prop::option::of(arb_status()),
        prop::collection::btree_map(
            prop::sample::select(if n == 0 { vec![PartyId("-".into())] } else { parties.clone() }),
            arb_commitment(),
            0..=n,
        ),
        prop::option::of(arb_text()),
        prop::sample::subsequence(parties.clone(), 0..=n).prop_shuffle(),
    )
        .prop_map(
            move |(
                kind,
                text,
                (x, y, width, height),
                pi,
                owners,
                status,
                commitments,
                source,
                recognised_by,
            )| {
                let mut c = Card::new(CardId(String::new()), kind, text, Point::new(x, y));
                c.width = width;
                c.height = height;
                if kind.belongs_to_party() {
                    c.party = Some(parties[pi].clone());
                }
                if kind == CardKind::Action {
                    c.owners = owners;
                    c.status = status;
                    c.commitments = if n == 0 { BTreeMap::new() } else { commitments };
                }
                if kind == CardKind::Fact {
                    c.source = source;
                    c.recognised_by = recognised_by;
                }
                c
            },
        )
}

prop_compose! {
    fn arb_board()(
        title in arb_text(),
        challenge in arb_text(),
        parties in prop::collection::vec((arb_text(), "#[0-9a-fA-F]{6}"), 0..5),
        ambition_text in arb_text(),
        ambition_at in (arb_coord(), arb_coord()),
    )(
        cards in prop::collection::vec(
            arb_card((0..parties.len()).map(|i| PartyId(format!("p{i}"))).collect()), 0..12),
        ambition_index in 0..12usize,
        link_pairs in prop::collection::vec((0..13usize, 0..13usize, prop::option::of(arb_text())), 0..20),
        title in Just(title),
        challenge in Just(challenge),
        parties in Just(parties),
        ambition_text in Just(ambition_text),
        ambition_at in Just(ambition_at),
    ) -> Board {
        let mut b = Board::new(title, challenge);
        b.parties = parties.into_iter().enumerate()
            .map(|(i, (name, colour))| Party { id: PartyId(format!("p{i}")), name, colour })
            .collect();
        let ambition = Rc::make_mut(&mut b.cards[0]);
        ambition.text = ambition_text;
        (ambition.x, ambition.y) = ambition_at;
        let ambition = b.cards.remove(0);
        for (i, mut c) in cards.into_iter().enumerate() {
            c.id = CardId(format!("c{i}"));
            b.cards.push(Rc::new(c));
        }
        b.cards.insert(ambition_index.min(b.cards.len()), ambition);
        for (i, (from, to, label)) in link_pairs.into_iter().enumerate() {
            let (from, to) = (from % b.cards.len(), to % b.cards.len());
            let (a, z) = (&b.cards[from], &b.cards[to]);
            if from == to || b.linked(&a.id, &z.id) {
                continue;
            }
            let (a, z) = if LinkMeaning::should_reverse(a.kind, z.kind) { (z, a) } else { (a, z) };
            let link = Link { id: LinkId(format!("l{i}")), from: a.id.clone(), to: z.id.clone(), label: label.unwrap_or_default() };
            b.links.push(link);
        }
        b
    }
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
        let back = import_board(text.as_bytes());
        prop_assert_eq!(back.as_ref(), Ok(&board));
        prop_assert_eq!(export_board(&back.unwrap()), text);
    }

    #[test]
    fn arbitrary_coordinates_come_back_within_a_rounding_error(
        x in -MAX_COORD..=MAX_COORD,
        y in -MAX_COORD..=MAX_COORD,
        w in MIN_CARD_SIZE..=MAX_CARD_SIZE,
        h in MIN_CARD_SIZE..=MAX_CARD_SIZE,
    ) {
        let mut board = Board::default();
        let c = Rc::make_mut(&mut board.cards[0]);
        (c.x, c.y, c.width, c.height) = (x, y, w, h);
        let back = import_board(export_board(&board).as_bytes()).unwrap();
        let c = &back.cards[0];
        for (a, b) in [(c.x, x), (c.y, y), (c.width, w), (c.height, h)] {
            // serde_json without its `float_roundtrip` feature may be off in the last bit.
            prop_assert!((a - b).abs() <= b.abs() * 4.0 * f64::EPSILON, "{} came back as {}", b, a);
        }
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
            Err(ImportError::Invalid { field, reason }) => {
                prop_assert!(!reason.is_empty());
                prop_assert!(field == "version" || field == "board" || field.starts_with("board."), "{}", field);
            }
            Err(ImportError::NotABoard) | Err(ImportError::NewerVersion { .. }) => {
                prop_assert!(place.is_empty() || place == "/format" || place == "/version");
            }
            Err(other) => prop_assert!(false, "unexpected {:?} for replacing {}", other, place),
        }
    }
}
