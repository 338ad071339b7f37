//! The exports: golden files for the example board, CSV that parses back,
//! JSON Canvas that is valid, SVG that is XML with the cards' text in it,
//! and share links that round-trip and refuse what they must, never
//! panicking.
//!
//! Golden files live in `tests/golden/`. Run with `UPDATE_GOLDEN=1` to write
//! them afresh after an intended change, then review the diff.

use std::collections::{BTreeMap, HashSet};
use std::path::PathBuf;
use std::rc::Rc;

use ambition_map::core::export::csv::{actions_csv, actions_csv_with, Separator, BOM};
use ambition_map::core::export::json_canvas::to_canvas;
use ambition_map::core::export::report::markdown;
use ambition_map::core::export::share::{
    self, board_text, ShareError, MAX_BOARD_BYTES, MAX_FRAGMENT_CHARS, MAX_LINK_CHARS, PREFIX,
};
use ambition_map::core::export::svg::{board_bounds_with_margin, card_layout, to_svg, wrap_text};
use ambition_map::core::export::{file_name, link_label, Format};
use ambition_map::core::file::{export_board, export_board_compact, import_board, ImportError, Problem, MAX_FILE_BYTES};
use ambition_map::core::geometry::Point;
use ambition_map::core::model::{
    ActionStatus, Board, Card, CardId, CardKind, CardLookup, Commitment, Link, LinkId, LinkMeaning, Party, PartyId,
};
use ambition_map::i18n::Lang;
use proptest::prelude::*;
use serde_json::{json, Value};

const FIXTURE_V1: &str = include_str!("fixtures/board-v1.json");

fn example() -> Board {
    import_board(FIXTURE_V1.as_bytes()).expect("the example board opens")
}

fn pid(s: &str) -> PartyId {
    PartyId(s.to_owned())
}

fn cid(s: &str) -> CardId {
    CardId(s.to_owned())
}

fn party(id: &str, name: &str, colour: &str) -> Party {
    Party::new(PartyId(id.to_owned()), name, colour)
}

fn link(id: &str, from: &str, to: &str, label: &str) -> Rc<Link> {
    Rc::new(Link::new(LinkId(id.to_owned()), cid(from), cid(to)).with_label(label))
}

fn card(id: &str, kind: CardKind, text: &str, x: f64, y: f64) -> Card {
    Card::new(cid(id), kind, text, Point::new(x, y))
}

/// A board whose texts hold every character the formats treat specially.
fn nasty_board() -> Board {
    let mut b = Board::new("# Plan | <b>\"2025\"</b> & *more*", "Line one\n- not a list\n\n1. not numbered");
    Rc::make_mut(&mut b.cards[0]).text = "> quoted? `code` [link](http://x) <script>alert('x')</script>".into();
    b.parties = vec![
        party("p1", "Gemeente, Noord", "#1f6feb"),
        party("p2", "A|B \"quoted\"", "#C2364A"),
        party("p3", "=cmd|' /C calc'!A0", "not a colour"),
    ];
    let mut a1 = card("a1", CardKind::Action, "Say \"hi\", then\nleave", 0.0, 300.0);
    a1.owners = vec![pid("p1"), pid("p2")];
    a1.status = Some(ActionStatus::InProgress);
    a1.commitments = BTreeMap::from([(pid("p1"), Commitment::Committed), (pid("p3"), Commitment::Hesitant)]);
    let a2 = card("a2", CardKind::Action, "=SUM(A1:A9)", 300.0, 300.0);
    let a3 = card("a3", CardKind::Action, "+31 6 1234", 600.0, 300.0);
    let a4 = card("a4", CardKind::Action, "-20 % \u{1}control", 900.0, 300.0);
    let a5 = card("a5", CardKind::Action, "@home\r\nwith CRLF", 1200.0, 300.0);
    let a6 = card("a6", CardKind::Action, "", 1500.0, 300.0);
    let mut f1 = card("f1", CardKind::Fact, "1. Tom & Jerry <3 > 2 | 'x'", 300.0, -300.0);
    f1.source = Some("CBS | \"StatLine\"".into());
    f1.recognised_by = vec![pid("p2")];
    b.cards.extend(
        [
            card("i1", CardKind::Interest, "- not a list item\n# not a heading", -600.0, -300.0)
                .with_party(pid("p1")),
            card("w1", CardKind::Wish, "Supercalifragilisticexpialidocious-and-even-longer-words", -300.0, -300.0)
                .with_party(pid("p2")),
            card("g1", CardKind::Goal, "_under_ ~strike~ \\backslash", 0.0, -300.0).with_party(pid("p3")),
            a1,
            a2,
            a3,
            a4,
            a5,
            a6,
            f1,
        ]
        .map(Rc::new),
    );
    b.links = vec![
        link("l1", "i1", "ambition", ""),
        link("l2", "a1", "ambition", ""),
        link("l3", "f1", "a1", ""),
        link("l4", "a2", "a3", "<needs> & \"waits\""),
    ];
    b
}

// ---------------------------------------------------------------- golden files

fn golden_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join("golden").join(name)
}

/// Compares `actual` with the golden file `name`, or writes it when the
/// environment has `UPDATE_GOLDEN=1`.
fn golden(name: &str, actual: &str) {
    let path = golden_path(name);
    if std::env::var("UPDATE_GOLDEN").is_ok_and(|v| v == "1") {
        std::fs::create_dir_all(path.parent().expect("tests/golden")).expect("create tests/golden");
        std::fs::write(&path, actual).expect("write the golden file");
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}. Run with UPDATE_GOLDEN=1 to create it.", path.display()));
    if expected == actual {
        return;
    }
    let split = |s: &str| s.split('\n').map(str::to_owned).collect::<Vec<_>>();
    let (want, got) = (split(&expected), split(actual));
    let at = want.iter().zip(&got).position(|(a, b)| a != b).unwrap_or(want.len().min(got.len()));
    panic!(
        "{name} differs from its golden file at line {}:\n  golden: {:?}\n  actual: {:?}\n\
         Run with UPDATE_GOLDEN=1 to accept the new output, and review the diff.",
        at + 1,
        want.get(at),
        got.get(at),
    );
}

fn example_gaps(lang: Lang) -> Vec<String> {
    match lang {
        Lang::En => vec![
            "Municipality is hesitant about “A joint plan for school locations”.".to_owned(),
            "“School building condition survey” is recognised by School board B only.".to_owned(),
        ],
        Lang::Nl => vec![
            "Gemeente twijfelt over “A joint plan for school locations”.".to_owned(),
            "“School building condition survey” wordt alleen erkend door School board B.".to_owned(),
        ],
    }
}

#[test]
fn the_report_matches_its_golden_files() {
    for lang in Lang::ALL {
        golden(&format!("report.{}.md", lang.code()), &markdown(&example(), &lang.export_words(), &example_gaps(lang)));
    }
}

#[test]
fn the_csv_matches_its_golden_files() {
    for lang in Lang::ALL {
        golden(&format!("actions.{}.csv", lang.code()), &actions_csv(&example(), &lang.export_words()));
    }
}

#[test]
fn the_canvas_matches_its_golden_file() {
    golden("board.en.canvas", &to_canvas(&example(), &Lang::En.export_words()));
}

#[test]
fn the_svg_matches_its_golden_file() {
    golden("board.en.svg", &to_svg(&example(), &Lang::En.export_words()));
}

// ---------------------------------------------------------------- file names

#[test]
fn files_are_named_after_the_board() {
    let board = example();
    assert_eq!(file_name(&board, "csv"), "Pupil numbers in the region.csv");
    assert_eq!(file_name(&board, ".md"), "Pupil numbers in the region.md");
    assert_eq!(file_name(&Board::new("", ""), "svg"), "ambition-map.svg");
    assert_eq!(file_name(&Board::new("a/b: c?", ""), "canvas"), "a b c.canvas");
    for format in Format::ALL {
        let name = format.file_name(&board);
        assert!(name.ends_with(&format!(".{}", format.extension())), "{name}");
        assert!(!format.mime_type().is_empty());
        assert!(!format.write(&board, &Lang::Nl.export_words(), &[]).is_empty());
    }
}

// ---------------------------------------------------------------- report

/// The number of table-column separators in a Markdown line: pipes that are
/// not backslash-escaped.
fn unescaped_pipes(line: &str) -> usize {
    let mut n = 0;
    let mut escaped = false;
    for c in line.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => n += 1,
            _ => escaped = false,
        }
        if c != '\\' {
            escaped = false;
        }
    }
    n
}

#[test]
fn the_report_holds_the_whole_board() {
    let board = example();
    for lang in Lang::ALL {
        let t = lang.texts();
        let report = markdown(&board, &lang.export_words(), &[]);
        assert!(report.starts_with("# Pupil numbers in the region\n"), "{report}");
        assert!(report.contains(&board.challenge), "challenge");
        let ambition = board.ambition().expect("ambition");
        assert!(report.contains(&format!("> {}", ambition.text)), "ambition as a quote");
        for p in &board.parties {
            assert!(report.contains(&format!("### {}\n", p.name)), "{}", p.name);
        }
        for c in &board.cards {
            assert!(report.contains(&c.text), "{}", c.text);
        }
        // The actions table: a header, a rule, a row per action, all as wide.
        let table: Vec<&str> = report.lines().filter(|l| l.starts_with('|')).collect();
        let actions: Vec<&Rc<Card>> = board.cards.iter().filter(|c| c.kind == CardKind::Action).collect();
        assert_eq!(table.len(), actions.len() + 2);
        for line in &table {
            assert_eq!(unescaped_pipes(line), 3 + board.parties.len() + 1, "{line}");
        }
        let plan = table.iter().find(|l| l.contains("A joint plan")).expect("the plan's row");
        let cells: Vec<&str> = plan.trim_matches('|').split('|').map(str::trim).collect();
        assert_eq!(cells[1], "School board A, School board B, Municipality");
        assert_eq!(cells[2], t.status(ActionStatus::Agreed));
        assert_eq!(cells[3], t.commitment(Commitment::Committed));
        assert_eq!(cells[5], t.commitment(Commitment::Hesitant));
        assert_eq!(cells[6], t.commitment(Commitment::NotAsked));
    }
}

#[test]
fn the_report_marks_disputed_facts_and_names_sources() {
    let report = markdown(&example(), &Lang::En.export_words(), &[]);
    let line = |start: &str| report.lines().find(|l| l.starts_with(start)).expect(start).to_owned();
    assert!(!line("- Pupil forecast").contains("disputed"));
    assert!(line("- School building condition survey").contains("**disputed**"));
    assert!(report.contains("  - Source: The municipality's pupil forecast\n"));
    assert!(report.contains("  - Recognised by: all parties (School board A, School board B, Municipality, Regional partnership for special needs)\n"));
    assert!(report.contains(
        "  - Recognised by: School board B\n  - Not recognised by: School board A, Municipality, Regional partnership for special needs\n"
    ));
    let nl = markdown(&example(), &Lang::Nl.export_words(), &[]);
    assert!(nl.contains("**betwist**") && nl.contains("  - Bron: School board B\n"), "{nl}");
}

#[test]
fn the_report_lists_the_open_points_or_says_there_are_none() {
    let gaps = vec!["First point".to_owned(), "Second | *point*\nwith a second line".to_owned(), "  ".to_owned()];
    let report = markdown(&example(), &Lang::En.export_words(), &gaps);
    assert!(report.ends_with("## Open points\n\n- First point\n- Second \\| \\*point\\*\\\n  with a second line\n"), "{report}");
    assert!(markdown(&example(), &Lang::En.export_words(), &[]).ends_with("## Open points\n\nNone.\n"));
    assert!(markdown(&example(), &Lang::Nl.export_words(), &[]).ends_with("## Open punten\n\nGeen.\n"));
}

#[test]
fn the_report_escapes_what_people_wrote() {
    let board = nasty_board();
    let report = markdown(&board, &Lang::En.export_words(), &[]);
    let lines: Vec<&str> = report.lines().collect();
    assert_eq!(lines[0], r#"# \# Plan \| \<b\>"2025"\</b\> & \*more\*"#);
    // No raw HTML, no heading, list or quote made from card text.
    assert!(!report.contains("<script>") && report.contains(r"\<script\>"), "{report}");
    assert!(!report.contains("<b>"));
    assert!(report.contains("- \\- not a list item\\\n  \\# not a heading\n"), "{report}");
    assert!(report.contains("Line one\\\n\\- not a list\\\n1\\. not numbered\n"), "{report}");
    assert!(report.contains("> \\> quoted? \\`code\\` \\[link\\](http\\:\\/\\/x)"), "{report}");
    assert!(report.contains(r"- 1\. Tom & Jerry \<3 \> 2 \| 'x' — **disputed**"), "{report}");
    assert!(report.contains(r"\_under\_ \~strike\~ \\backslash"), "{report}");
    // The actions table keeps its shape whatever the names and texts hold.
    let table: Vec<&str> = lines.iter().copied().filter(|l| l.starts_with('|')).collect();
    assert_eq!(table.len(), 6 + 2);
    for line in &table {
        assert_eq!(unescaped_pipes(line), 3 + board.parties.len() + 1, "{line}");
    }
    assert!(table[0].contains(r"A\|B"), "{}", table[0]);
    assert!(table.iter().any(|l| l.contains(r#"Say "hi", then<br>leave"#)), "{table:#?}");
    // An owner-less action and an empty card say so.
    assert!(table.iter().any(|l| l.starts_with("| _(empty)_ | _no owner_ | Idea |")), "{table:#?}");
}

/// What a person may paste that a Markdown renderer would make a link or an image of.
const LINK_TEXT: &str = "See https://example.org/x, www.example.org and <https://example.org/y>; \
                         <b>bold</b> [a](b) ![x](y) [c]: /d mailto:info@example.org info@example.org";

#[test]
fn addresses_in_cards_stay_text_when_the_report_is_rendered() {
    let mut board = example();
    for kind in [CardKind::Interest, CardKind::Action, CardKind::Fact] {
        let card = board.cards.iter_mut().find(|c| c.kind == kind).expect("a card of each kind");
        Rc::make_mut(card).text = LINK_TEXT.to_owned();
    }
    let card = board.cards.iter_mut().find(|c| c.kind == CardKind::Fact).expect("a fact");
    Rc::make_mut(card).source = Some(LINK_TEXT.to_owned());
    let ambition = board.cards.iter_mut().find(|c| c.kind == CardKind::Ambition).expect("the ambition");
    Rc::make_mut(ambition).text = LINK_TEXT.to_owned();
    board.challenge = LINK_TEXT.to_owned();
    let report = markdown(&board, &Lang::En.export_words(), &[]);
    // The same file is rendered by marked and markdown-it with linkify in e2e/markdown.spec.ts.
    golden("report-links.en.md", &report);

    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new_ext(&report, pulldown_cmark::Options::all()));
    assert!(!html.contains("<a") && !html.contains("<img"), "{html}");
    let shown = "See https://example.org/x, www.example.org and &lt;https://example.org/y&gt;; \
                 &lt;b&gt;bold&lt;/b&gt; [a](b) ![x](y) [c]: /d mailto:info@example.org info@example.org";
    // The challenge, the ambition, three cards (the action in the table) and the fact's source.
    assert_eq!(html.matches(shown).count(), 6, "{html}");
}

#[test]
fn an_empty_board_makes_a_report_that_says_what_is_missing() {
    let report = markdown(&Board::default(), &Lang::Nl.export_words(), &[]);
    assert!(report.starts_with(&format!("# {}\n", Lang::Nl.texts().default_board_title)));
    for expected in ["_(nog niet ingevuld)_", "_Nog geen acties._", "_Nog geen feiten of cijfers._", "Geen."] {
        assert!(report.contains(expected), "{expected}: {report}");
    }
}

// ---------------------------------------------------------------- CSV

/// A strict RFC 4180 reader: records end in CRLF, quoted fields may hold
/// anything with quotes doubled, and a quote may not appear in an unquoted
/// field.
fn parse_csv(text: &str, separator: char) -> Result<Vec<Vec<String>>, String> {
    let text = text.strip_prefix(BOM).ok_or("no byte order mark")?;
    let chars: Vec<char> = text.chars().collect();
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut i = 0;
    let mut at_field_start = true;
    while i < chars.len() {
        let c = chars[i];
        if at_field_start && c == '"' {
            // A quoted field, to its closing quote.
            i += 1;
            loop {
                match chars.get(i) {
                    None => return Err("unclosed quote".into()),
                    Some('"') if chars.get(i + 1) == Some(&'"') => {
                        field.push('"');
                        i += 2;
                    }
                    Some('"') => {
                        i += 1;
                        break;
                    }
                    Some(&c) => {
                        field.push(c);
                        i += 1;
                    }
                }
            }
            at_field_start = false;
            continue;
        }
        match c {
            c if c == separator => {
                record.push(std::mem::take(&mut field));
                at_field_start = true;
                i += 1;
            }
            '\r' if chars.get(i + 1) == Some(&'\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                at_field_start = true;
                i += 2;
            }
            '\r' | '\n' => return Err(format!("bare line break at {i}")),
            '"' => return Err(format!("quote inside an unquoted field at {i}")),
            c if !at_field_start && field.is_empty() && i > 0 && chars[i - 1] == '"' => {
                return Err(format!("text after a closing quote: {c:?}"))
            }
            c => {
                field.push(c);
                at_field_start = false;
                i += 1;
            }
        }
    }
    if !field.is_empty() || !record.is_empty() {
        return Err("the last record does not end in CRLF".into());
    }
    Ok(records)
}

#[test]
fn the_csv_reader_in_this_test_is_strict() {
    let ok = "\u{feff}a,\"b,\"\"c\"\"\r\nd\",e\r\n";
    assert_eq!(parse_csv(ok, ','), Ok(vec![vec!["a".to_owned(), "b,\"c\"\r\nd".to_owned(), "e".to_owned()]]));
    assert!(parse_csv("\u{feff}a,b\n", ',').is_err());
    assert!(parse_csv("\u{feff}a\"b\r\n", ',').is_err());
    assert!(parse_csv("\u{feff}\"a\r\n", ',').is_err());
    assert!(parse_csv("\u{feff}a,b", ',').is_err());
    assert!(parse_csv("a\r\n", ',').is_err());
}

#[test]
fn the_csv_parses_back_to_the_actions() {
    let board = example();
    for lang in Lang::ALL {
        let t = lang.texts();
        let records = parse_csv(&actions_csv(&board, &lang.export_words()), ',').expect("valid CSV");
        let actions: Vec<&Rc<Card>> = board.cards.iter().filter(|c| c.kind == CardKind::Action).collect();
        assert_eq!(records.len(), actions.len() + 1);
        let mut header = vec![t.kind_action.to_owned(), t.owners.to_owned(), t.status.to_owned()];
        header.extend(board.parties.iter().map(|p| p.name.clone()));
        assert_eq!(records[0], header);
        for (record, action) in records[1..].iter().zip(&actions) {
            let owners: Vec<&str> =
                action.owners.iter().map(|o| board.party(o).expect("owner").name.as_str()).collect();
            let mut expected =
                vec![action.text.clone(), owners.join("; "), t.status(action.status.unwrap_or_default()).to_owned()];
            expected.extend(board.parties.iter().map(|p| t.commitment(action.commitment(&p.id)).to_owned()));
            assert_eq!(record, &expected);
        }
    }
}

#[test]
fn the_csv_quotes_and_defuses_fields() {
    let board = nasty_board();
    let csv = actions_csv(&board, &Lang::En.export_words());
    assert!(csv.starts_with('\u{feff}'));
    assert!(csv.contains("\"Say \"\"hi\"\", then\nleave\""), "{csv}");
    assert!(csv.contains(",\"Gemeente, Noord\","), "{csv}");
    let records = parse_csv(&csv, ',').expect("valid CSV");
    assert_eq!(records.len(), 7);
    assert!(records.iter().all(|r| r.len() == 6), "{records:#?}");
    assert_eq!(records[0][3..], ["Gemeente, Noord", "A|B \"quoted\"", "'=cmd|' /C calc'!A0"]);
    let texts: Vec<&str> = records[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        texts,
        ["Say \"hi\", then\nleave", "'=SUM(A1:A9)", "'+31 6 1234", "'-20 % \u{1}control", "'@home\r\nwith CRLF", ""]
    );
    assert_eq!(records[1][1], "Gemeente, Noord; A|B \"quoted\"");
    assert_eq!(records[1][2], "In progress");
    assert_eq!(records[1][3..], ["Committed", "Not asked", "Hesitant"]);
    // No field a spreadsheet would run as a formula.
    for field in records.iter().flatten() {
        assert!(!field.starts_with(['=', '+', '-', '@', '\t', '\r']), "{field:?}");
    }

    let semi = actions_csv_with(&board, &Lang::Nl.export_words(), Separator::Semicolon);
    let records = parse_csv(&semi, ';').expect("valid CSV with semicolons");
    assert_eq!(records.len(), 7);
    assert_eq!(records[0][3], "Gemeente, Noord");
    assert_eq!(records[1][2], "Bezig");
}

// ---------------------------------------------------------------- JSON Canvas

/// Checks a JSON Canvas document against the board it was made from.
fn check_canvas(board: &Board, canvas: &str) -> Result<(), TestCaseError> {
    let doc: Value = serde_json::from_str(canvas).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let nodes = doc["nodes"].as_array().ok_or_else(|| TestCaseError::fail("no nodes"))?;
    let edges = doc["edges"].as_array().ok_or_else(|| TestCaseError::fail("no edges"))?;
    prop_assert_eq!(nodes.len(), board.cards.len());
    prop_assert_eq!(edges.len(), board.links.len());
    let mut ids = HashSet::new();
    let mut node_ids = HashSet::new();
    for (node, card) in nodes.iter().zip(&board.cards) {
        let id = node["id"].as_str().unwrap_or_default();
        prop_assert!(!id.is_empty() && ids.insert(id.to_owned()), "node id {:?}", id);
        node_ids.insert(id.to_owned());
        prop_assert_eq!(node["type"].as_str(), Some("text"));
        for key in ["x", "y", "width", "height"] {
            prop_assert!(node[key].is_i64(), "{} is not an integer: {}", key, node[key]);
        }
        prop_assert!(node["width"].as_i64().unwrap_or(0) > 0 && node["height"].as_i64().unwrap_or(0) > 0);
        let colour = node["color"].as_str().unwrap_or_default();
        prop_assert!(
            colour.len() == 7 && colour.starts_with('#') && colour[1..].chars().all(|c| c.is_ascii_hexdigit()),
            "colour {:?}",
            colour
        );
        let text = node["text"].as_str().unwrap_or_default();
        let kind = Lang::En.texts().kind(card.kind);
        prop_assert!(text.starts_with(&format!("**{kind}**")), "{:?}", text);
    }
    for edge in edges {
        let id = edge["id"].as_str().unwrap_or_default();
        prop_assert!(!id.is_empty() && ids.insert(id.to_owned()), "edge id {:?}", id);
        for end in ["fromNode", "toNode"] {
            let node = edge[end].as_str().unwrap_or_default();
            prop_assert!(node_ids.contains(node), "{} {:?} is not a node", end, node);
        }
        prop_assert_eq!(edge["toEnd"].as_str(), Some("arrow"));
        prop_assert!(edge.get("label").is_none_or(|l| l.as_str().is_some_and(|l| !l.is_empty())));
    }
    Ok(())
}

#[test]
fn the_canvas_has_every_card_as_a_node_and_every_link_as_an_edge() {
    let board = example();
    let canvas = to_canvas(&board, &Lang::En.export_words());
    check_canvas(&board, &canvas).expect("a valid canvas");
    let doc: Value = serde_json::from_str(&canvas).expect("JSON");
    let node = |id: &str| doc["nodes"].as_array().and_then(|n| n.iter().find(|n| n["id"] == id)).expect(id).clone();
    let village = node("c-village-schools");
    assert_eq!(village["text"], "**Interest** · School board A\n\nKeep small village schools open");
    assert_eq!(village["color"], "#1f6feb");
    assert_eq!((village["x"].as_i64(), village["y"].as_i64()), (Some(-700), Some(-400)));
    let pool = node("c-substitute-pool");
    assert_eq!(pool["x"].as_i64(), Some(-151), "-150.5 rounded half away from zero");
    assert_eq!(pool["color"], "#334155");
    assert_eq!(
        pool["text"],
        "**Action** · Idea\n\nA shared pool of substitute teachers\n\n- Owners: School board B\n- School board A: Not committed"
    );
    assert_eq!(node("ambition")["color"], "#f4c542");
    let buildings = node("c-buildings")["text"].as_str().expect("text").to_owned();
    assert!(buildings.starts_with("**Fact** · disputed\n\n"), "{buildings}");
    assert!(buildings.contains("- Source: School board B"), "{buildings}");
    let edges = doc["edges"].as_array().expect("edges");
    let edge = |id: &str| edges.iter().find(|e| e["id"] == id).expect(id).clone();
    assert_eq!(edge("l-1")["label"], "serves");
    assert_eq!(edge("l-1")["fromNode"], "c-village-schools");
    assert_eq!(edge("l-1")["toNode"], "ambition");
    assert_eq!(edge("l-5")["label"], "makes concrete");
    assert_eq!(edge("l-8")["label"], "substantiates");
    assert_eq!(edge("l-9")["label"], "saves costs");
    let nl: Value = serde_json::from_str(&to_canvas(&board, &Lang::Nl.export_words())).expect("JSON");
    assert_eq!(nl["edges"][0]["label"], "dient");
}

#[test]
fn canvas_ids_stay_unique_when_a_link_shares_a_card_id() {
    let mut board = Board::new("t", "");
    board.cards.push(Rc::new(card("x", CardKind::Action, "A", 0.0, 300.0)));
    board.cards.push(Rc::new(card("x-2", CardKind::Action, "B", 300.0, 300.0)));
    board.links = vec![link("x", "x", "ambition", ""), link("ambition", "x-2", "ambition", "")];
    let canvas = to_canvas(&board, &Lang::En.export_words());
    check_canvas(&board, &canvas).expect("a valid canvas");
    let doc: Value = serde_json::from_str(&canvas).expect("JSON");
    assert_eq!(doc["edges"][0]["fromNode"], "x", "edges still point at the card ids");
    assert_ne!(doc["edges"][0]["id"], "x");
    assert_ne!(doc["edges"][1]["id"], "ambition");
}

#[test]
fn canvas_text_is_escaped_markdown() {
    let canvas = to_canvas(&nasty_board(), &Lang::En.export_words());
    let doc: Value = serde_json::from_str(&canvas).expect("JSON");
    let text = |i: usize| doc["nodes"][i]["text"].as_str().expect("text").to_owned();
    assert_eq!(text(1), "**Interest** · Gemeente, Noord\n\n\\- not a list item\n\\# not a heading");
    assert!(text(0).contains(r"\<script\>"), "{}", text(0));
    assert_eq!(doc["nodes"][3]["color"], "#64748b", "an unreadable colour becomes the default");
    assert_eq!(doc["edges"][3]["label"], "<needs> & \"waits\"", "labels are plain text");
}

// ---------------------------------------------------------------- SVG

/// All text in the SVG's `<text>` elements, one string per element (its
/// lines joined with spaces).
fn svg_texts(svg: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(svg).expect("the SVG is XML");
    doc.descendants()
        .filter(|n| n.has_tag_name(("http://www.w3.org/2000/svg", "text")))
        .map(|n| {
            let parts: Vec<&str> = n.descendants().filter(|d| d.is_text()).filter_map(|d| d.text()).collect();
            parts.join(" ")
        })
        .collect()
}

#[test]
fn the_svg_is_xml_and_shows_every_card_and_link() {
    let board = example();
    let svg = to_svg(&board, &Lang::En.export_words());
    let doc = roxmltree::Document::parse(&svg).expect("the SVG is XML");
    let root = doc.root_element();
    assert!(root.has_tag_name(("http://www.w3.org/2000/svg", "svg")));
    let view: Vec<f64> = root
        .attribute("viewBox")
        .expect("a viewBox")
        .split(' ')
        .map(|v| v.parse().expect("a number"))
        .collect();
    for c in &board.cards {
        assert!(c.x >= view[0] && c.y >= view[1], "{}", c.id.0);
        assert!(c.x + c.width <= view[0] + view[2] && c.y + c.height <= view[1] + view[3], "{}", c.id.0);
    }
    let texts = svg_texts(&svg);
    for c in &board.cards {
        let first_words: String = c.text.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
        assert!(texts.iter().any(|t| t.contains(&first_words)), "{first_words:?} not in {texts:#?}");
    }
    assert!(texts.iter().any(|t| t == "Interest · School board A"), "{texts:#?}");
    assert!(texts.iter().any(|t| t == "Action · Agreed"), "{texts:#?}");
    // Every link an arrow: a line, or a curve where it runs round a card it does not join.
    let arrows = doc.descendants().filter(|n| (n.has_tag_name("line") || n.has_tag_name("path")) && n.attribute("marker-end").is_some());
    assert_eq!(arrows.count(), board.links.len());
    assert!(doc.descendants().any(|n| n.has_tag_name("path") && n.attribute("d").is_some_and(|d| d.contains('Q'))), "a bent link");
    for label in ["serves", "makes concrete", "substantiates", "saves costs"] {
        assert!(texts.iter().any(|t| t == label), "{label}");
    }
    assert!(doc.descendants().any(|n| n.has_tag_name("marker")));
    let title = doc.descendants().find(|n| n.has_tag_name("title")).and_then(|n| n.text());
    assert_eq!(title, Some("Pupil numbers in the region"));
}

#[test]
fn the_svg_escapes_what_people_wrote() {
    let board = nasty_board();
    let svg = to_svg(&board, &Lang::En.export_words());
    assert!(svg.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;"), "{svg}");
    assert!(svg.contains("Tom &amp; Jerry &lt;3 &gt; 2"), "{svg}");
    assert!(!svg.contains('\u{1}'), "control characters are left out");
    let texts = svg_texts(&svg);
    assert!(texts.iter().any(|t| t.contains("1. Tom & Jerry <3 > 2 | 'x'")), "{texts:#?}");
    assert!(texts.iter().any(|t| t.contains("Say \"hi\", then leave")), "{texts:#?}");
    assert!(texts.iter().any(|t| t == "<needs> & \"waits\""), "{texts:#?}");
    let doc = roxmltree::Document::parse(&svg).expect("XML");
    let title = doc.descendants().find(|n| n.has_tag_name("title")).and_then(|n| n.text());
    assert_eq!(title, Some(board.title.as_str()));
    // The colour that was not one is not written into an attribute.
    assert!(!svg.contains("not a colour"));
}

#[test]
fn card_text_is_wrapped_to_the_card() {
    let board = nasty_board();
    let mut wish = (**board.card(&cid("w1")).expect("w1")).clone();
    wish.width = 220.0;
    let layout = card_layout(&board, &wish, &Lang::En.export_words());
    // 220 wide, 12 padding: 196 / (0.55 × 16) = 22 characters.
    assert_eq!(layout.lines, ["Supercalifragilisticex", "pialidocious-and-even-", "longer-words"]);
    assert_eq!(layout.header, "Wish · A|B \"quoted\"");
    assert_eq!(layout.colour, "#c2364a");
    let mut long = card("long", CardKind::Fact, &"word ".repeat(100), 0.0, 0.0);
    long.width = 220.0;
    long.height = 120.0;
    let layout = card_layout(&board, &long, &Lang::En.export_words());
    // The foot says what the card's foot says on the board, and the text takes what is left.
    assert_eq!(layout.foot, [Lang::En.export_words().no_source]);
    assert_eq!(layout.lines.len(), 2);
    assert!(layout.lines[1].ends_with('…'), "{:?}", layout.lines);
    let mut tiny = long.clone();
    tiny.height = 20.0;
    let layout = card_layout(&board, &tiny, &Lang::En.export_words());
    assert!(layout.lines.is_empty(), "no room for text under the header");
    // Not every party recognises it: the header says so, as the board's badge does.
    assert_eq!((layout.header.as_str(), layout.header_height), ("Fact · disputed", 20.0));
}

#[test]
fn wrap_text_breaks_at_spaces_and_ends_in_an_ellipsis_when_cut() {
    assert_eq!(wrap_text("the quick brown fox", 10, 5), ["the quick", "brown fox"]);
    assert_eq!(wrap_text("the quick brown fox", 10, 1), ["the quick…"]);
    assert_eq!(wrap_text("the quick brown fox jumps", 9, 2), ["the quick", "brown fo…"]);
    assert_eq!(wrap_text("abcdefghij", 4, 5), ["abcd", "efgh", "ij"]);
    assert_eq!(wrap_text("one\n\n\n\ntwo\n", 10, 5), ["one", "", "two"]);
    assert_eq!(wrap_text("  spaced    out  ", 20, 5), ["spaced out"]);
    assert_eq!(wrap_text("x", 0, 5), Vec::<String>::new());
    assert_eq!(wrap_text("x", 5, 0), Vec::<String>::new());
    assert_eq!(wrap_text("", 5, 5), Vec::<String>::new());
    assert_eq!(wrap_text("ab cd", 1, 1), ["…"]);
    assert_eq!(wrap_text("één café", 4, 2), ["één", "café"]);
}

#[test]
fn the_bounds_hold_every_card_with_a_margin() {
    let board = example();
    let bounds = board_bounds_with_margin(&board);
    let cards = board.bounds().expect("cards");
    assert_eq!(bounds.x, cards.x - 40.0);
    assert_eq!(bounds.y, cards.y - 40.0);
    assert_eq!(bounds.width, cards.width + 80.0);
    assert_eq!(bounds.height, cards.height + 80.0);
}

#[test]
fn links_are_labelled_with_their_meaning() {
    let board = example();
    let cards = CardLookup::of(&board);
    for l in &board.links {
        let label = link_label(&cards, l, &Lang::Nl.export_words());
        assert_eq!(cards.link_meaning(l), board.link_meaning(l));
        match board.link_meaning(l) {
            LinkMeaning::Free if l.label.is_empty() => assert_eq!(label, None),
            LinkMeaning::Free => assert_eq!(label.as_deref(), Some(l.label.as_str())),
            m => assert_eq!(label.as_deref(), Some(Lang::Nl.texts().meaning(m))),
        }
    }
}

// ---------------------------------------------------------------- share links

#[test]
fn the_example_board_survives_a_share_link() {
    let board = example();
    let fragment = encode(&board);
    assert!(fragment.starts_with(PREFIX), "{fragment}");
    assert!(
        fragment.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)),
        "only characters a URL needs no escaping for: {fragment}"
    );
    assert!(fragment.len() < export_board(&board).len() / 2, "compressed: {}", fragment.len());
    assert!(fits_in_link(&board));
    assert_eq!(decode(&fragment), Ok(board.clone()));
    assert_eq!(decode(&format!("#{fragment}")), Ok(board.clone()));
    assert_eq!(decode(&format!("  https://example.org/app/?x=1#{fragment}\n")), Ok(board.clone()));
    let wrapped: String = fragment
        .chars()
        .enumerate()
        .flat_map(|(i, c)| if i % 70 == 69 { vec![c, '\r', '\n'] } else { vec![c] })
        .collect();
    assert_eq!(decode(&wrapped), Ok(board.clone()), "line breaks from a mail program are ignored");
    let url = share_link("https://example.org/app/#old", &board);
    assert_eq!(url, format!("https://example.org/app/#{fragment}"));
    assert_eq!(decode(&url), Ok(board));
}

#[test]
fn what_is_not_a_share_link_is_refused() {
    for text in ["", "#", "hello", "https://example.org/", "https://example.org/#section-2", "b.abc", "bx.abc", "b0.abc"] {
        assert_eq!(decode(text), Err(ShareError::NotAShareLink), "{text:?}");
    }
    assert_eq!(decode("b2.eJwDAAAAAAE"), Err(ShareError::NewerVersion { marker: "b2".into() }));
    assert_eq!(
        decode("b99999999999999999999999.x"),
        Err(ShareError::NewerVersion { marker: "b99999999999999999999999".into() })
    );
    // Nothing; not base64url; an impossible length; not zlib; zlib without its checksum.
    for damaged in ["b1.", "b1.!!!!", "b1.a", "b1.AAAA", "b1.eJzLSM3JyQcABiwC"] {
        let result = decode(damaged);
        assert!(matches!(result, Err(ShareError::Damaged)), "{damaged}: {result:?}");
    }
}

// The app packs and unpacks links with the browser's Compression Streams
// (`platform::deflate`, tested end to end); here miniz_oxide does that part,
// around the core's own steps.

/// zlib, as the browser's `CompressionStream("deflate")` writes it.
fn zlib(bytes: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(bytes, 6)
}

/// `b1.` and `bytes` packed, written in base64url by this test's own
/// encoder, whatever its length.
fn pack(bytes: &[u8]) -> String {
    let packed = zlib(bytes);
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = PREFIX.to_owned();
    for chunk in packed.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | (u32::from(b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(char::from(alphabet[((n >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

/// The board's fragment, whatever its length.
fn encode(board: &Board) -> String {
    pack(export_board_compact(board).as_bytes())
}

/// The fragment the app makes of the board, or `None` when it makes no link.
fn for_link(board: &Board) -> Option<String> {
    board_text(board).map(|text| share::fragment(&zlib(text.as_bytes()))).filter(|f| share::fits(f))
}

fn fits_in_link(board: &Board) -> bool {
    for_link(board).is_some()
}

fn share_link(address: &str, board: &Board) -> String {
    share::link(address, &encode(board))
}

/// Opens a fragment as the app does: the core's steps, unpacking stopped at
/// the limit.
fn decode(fragment: &str) -> Result<Board, ShareError> {
    let packed = share::packed(fragment)?;
    let unpacked = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&packed, MAX_BOARD_BYTES).map_err(|e| match e.status {
        miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ShareError::TooLarge { limit: MAX_BOARD_BYTES },
        _ => ShareError::Damaged,
    })?;
    share::open(&unpacked)
}

#[test]
fn the_core_writes_the_fragment_as_this_test_does() {
    let text = export_board_compact(&example());
    assert_eq!(share::fragment(&zlib(text.as_bytes())), pack(text.as_bytes()));
    assert_eq!(board_text(&example()), Some(text));
}

#[test]
fn a_link_to_something_that_is_not_a_board_gives_the_file_error() {
    assert!(matches!(decode(&pack(b"hello")), Err(ShareError::Board(ImportError::NotJson { .. }))));
    assert_eq!(decode(&pack(b"{\"a\": 1}")), Err(ShareError::Board(ImportError::NotABoard)));
    assert_eq!(decode(&pack(b"   ")), Err(ShareError::Board(ImportError::Empty)));
    let newer = json!({"format": "ambition-map", "version": 999, "board": {}}).to_string();
    assert_eq!(decode(&pack(newer.as_bytes())), Err(ShareError::Board(ImportError::NewerVersion { version: "999".into() })));
    // A compact file written by hand opens too.
    let board = example();
    let compact = serde_json::from_str::<Value>(&export_board(&board)).expect("JSON").to_string();
    assert_eq!(decode(&pack(compact.as_bytes())), Ok(board));
}

#[test]
fn a_cut_or_altered_link_is_damaged() {
    let fragment = encode(&example());
    let cut = &fragment[..fragment.len() / 2];
    assert_eq!(decode(cut), Err(ShareError::Damaged));
    let cut = &fragment[..fragment.len() - 3];
    assert_eq!(decode(cut), Err(ShareError::Damaged));
    // One character changed in the middle: the checksum no longer matches
    // (or the data no longer inflates).
    let mid = fragment.len() / 2;
    let replacement = if &fragment[mid..=mid] == "A" { "B" } else { "A" };
    let altered = format!("{}{replacement}{}", &fragment[..mid], &fragment[mid + 1..]);
    assert_eq!(decode(&altered), Err(ShareError::Damaged));
}

#[test]
fn too_large_input_is_refused() {
    let long = format!("{PREFIX}{}", "A".repeat(MAX_FRAGMENT_CHARS));
    assert_eq!(decode(&long), Err(ShareError::LinkTooLong { chars: long.len(), limit: MAX_FRAGMENT_CHARS }));
    // A small link that unpacks to more than a board file may hold.
    let bomb = pack(&vec![b' '; MAX_FILE_BYTES + 1]);
    assert!(bomb.len() < MAX_LINK_CHARS, "{}", bomb.len());
    assert_eq!(decode(&bomb), Err(ShareError::TooLarge { limit: MAX_BOARD_BYTES }));
    // A link no longer than the app's own, carrying a real board of 20 MB: one card of one word.
    let mut board = example();
    Rc::make_mut(&mut board.cards[0]).text = "A".repeat(MAX_FILE_BYTES - 64 * 1024);
    let compact = serde_json::from_str::<Value>(&export_board(&board)).expect("JSON").to_string();
    assert!(import_board(compact.as_bytes()).is_ok(), "a board file the app opens");
    let full = pack(compact.as_bytes());
    assert!(full.len() < MAX_LINK_CHARS, "{}", full.len());
    assert_eq!(decode(&full), Err(ShareError::TooLarge { limit: MAX_BOARD_BYTES }));
    // The app never makes such a link; a card of one 1 MB word still travels.
    assert_eq!(for_link(&board), None);
    assert!(!fits_in_link(&board));
    Rc::make_mut(&mut board.cards[0]).text = "A".repeat(1024 * 1024);
    let fragment = for_link(&board).expect("a link");
    assert_eq!(decode(&fragment), Ok(board));
    // A board too large for a link.
    let mut board = example();
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let noise: String = (0..60_000)
        .map(|_| {
            // xorshift64: letters that do not compress much.
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            char::from(b'a' + (state % 26) as u8)
        })
        .collect();
    Rc::make_mut(&mut board.cards[0]).text = noise;
    assert!(!fits_in_link(&board));
    assert_eq!(decode(&encode(&board)), Ok(board), "a long link still decodes");
}

#[test]
fn share_errors_read_as_sentences_in_both_languages() {
    let errors = [
        ShareError::NotAShareLink,
        ShareError::NewerVersion { marker: "b2".into() },
        ShareError::Damaged,
        ShareError::LinkTooLong { chars: 3_000_000, limit: MAX_FRAGMENT_CHARS },
        ShareError::TooLarge { limit: MAX_BOARD_BYTES },
        ShareError::Board(ImportError::NotABoard),
        ShareError::Unsupported,
    ];
    for e in &errors {
        let (en, nl) = (Lang::En.share_error(e), Lang::Nl.share_error(e));
        assert!(!en.is_empty() && !nl.is_empty() && en != nl, "{e:?}");
        assert!(!e.to_string().is_empty());
        assert!(!en.contains('{') && !nl.contains('{'), "a placeholder left: {en} / {nl}");
    }
    assert_eq!(
        Lang::En.share_error(&errors[3]),
        "the link is too long (3,000,000 characters, where a share link has at most 2,097,152). \
         Ask for the board file (.json) instead."
    );
    assert_eq!(
        Lang::Nl.share_error(&errors[3]),
        "de link is te lang (3.000.000 tekens, terwijl een deellink er hoogstens 2.097.152 heeft). \
         Vraag in plaats daarvan om het bordbestand (.json)."
    );
    assert_eq!(
        Lang::En.share_error(&errors[4]),
        "the board in this link is larger than 2 MB, more than a share link may carry. Ask for the board file (.json) instead."
    );
    assert_eq!(
        Lang::Nl.share_error(&errors[4]),
        "het bord in deze link is groter dan 2 MB, meer dan een deellink mag bevatten. \
         Vraag in plaats daarvan om het bordbestand (.json)."
    );
    assert!(Lang::Nl.share_error(&errors[5]).ends_with(&Lang::Nl.storage().import_error(Lang::Nl, &ImportError::NotABoard)));
    // A board in a link that is refused for a field says why in the reader's language too.
    let field = ShareError::Board(ImportError::Invalid { field: "board.title".into(), problem: Problem::Missing });
    assert_eq!(Lang::Nl.share_error(&field), "de link bevat een bord dat niet geopend kan worden: board.title: ontbreekt.");
}

// ---------------------------------------------------------------- properties

fn arb_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "[a-zA-Z ]{0,12}", "[<>&\"'|*#=+@\\-\n ]{0,12}"]
}

/// Coordinates with up to three decimals, which the JSON reader gives back
/// exactly.
fn arb_coord() -> impl Strategy<Value = f64> {
    prop_oneof![(-1_000_000_000i64..=1_000_000_000).prop_map(|m| m as f64 / 1000.0), (-2000i32..2000).prop_map(f64::from)]
}

fn arb_size() -> impl Strategy<Value = f64> {
    prop_oneof![(20_000i64..=2_000_000).prop_map(|m| m as f64 / 1000.0), Just(20.0), Just(220.0)]
}

/// A card of any addable kind, with party references only to `parties`.
fn arb_card(parties: Vec<PartyId>) -> impl Strategy<Value = Card> {
    let kinds: Vec<CardKind> =
        CardKind::ADDABLE.into_iter().filter(|k| !k.belongs_to_party() || !parties.is_empty()).collect();
    let n = parties.len();
    let committed: Vec<Commitment> = Commitment::ALL.into_iter().filter(|c| *c != Commitment::NotAsked).collect();
    (
        prop::sample::select(kinds),
        arb_text(),
        (arb_coord(), arb_coord(), arb_size(), arb_size()),
        0..n.max(1),
        prop::sample::subsequence(parties.clone(), 0..=n),
        prop::option::of(prop::sample::select(ActionStatus::ALL.to_vec())),
        prop::collection::vec(prop::sample::select(committed), n),
        prop::option::of(arb_text()),
        prop::sample::subsequence(parties.clone(), 0..=n).prop_shuffle(),
    )
        .prop_map(move |(kind, text, (x, y, width, height), pi, owners, status, commitments, source, recognised)| {
            let mut c = Card::new(CardId(String::new()), kind, text, Point::new(x, y));
            c.width = width;
            c.height = height;
            if kind.belongs_to_party() {
                c.party = Some(parties[pi].clone());
            }
            if kind == CardKind::Action {
                c.owners = owners;
                c.status = status;
                c.commitments = parties.iter().cloned().zip(commitments).step_by(2).collect();
            }
            if kind == CardKind::Fact {
                c.source = source;
                c.recognised_by = recognised;
            }
            c
        })
}

prop_compose! {
    fn arb_board()(
        title in arb_text(),
        challenge in arb_text(),
        parties in prop::collection::vec((arb_text(), "#[0-9a-f]{6}"), 0..5),
        ambition_text in arb_text(),
    )(
        cards in prop::collection::vec(
            arb_card((0..parties.len()).map(|i| PartyId(format!("p{i}"))).collect()), 0..10),
        link_pairs in prop::collection::vec((0..11usize, 0..11usize, prop::option::of(arb_text())), 0..14),
        title in Just(title),
        challenge in Just(challenge),
        parties in Just(parties),
        ambition_text in Just(ambition_text),
    ) -> Board {
        let mut b = Board::new(title, challenge);
        b.parties = parties.into_iter().enumerate()
            .map(|(i, (name, colour))| party(&format!("p{i}"), &name, &colour))
            .collect();
        Rc::make_mut(&mut b.cards[0]).text = ambition_text;
        for (i, mut c) in cards.into_iter().enumerate() {
            c.id = CardId(format!("c{i}"));
            b.cards.push(Rc::new(c));
        }
        for (i, (from, to, label)) in link_pairs.into_iter().enumerate() {
            let (from, to) = (from % b.cards.len(), to % b.cards.len());
            let (a, z) = (&b.cards[from], &b.cards[to]);
            if from == to || b.linked(&a.id, &z.id) {
                continue;
            }
            let (a, z) = if LinkMeaning::should_reverse(a.kind, z.kind) { (z, a) } else { (a, z) };
            let l = link(&format!("l{i}"), &a.id.0, &z.id.0, &label.unwrap_or_default());
            b.links.push(l);
        }
        b
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn generated_boards_survive_a_share_link(board in arb_board()) {
        let fragment = encode(&board);
        prop_assert!(fragment.starts_with(PREFIX));
        prop_assert_eq!(decode(&fragment), Ok(board));
    }

    #[test]
    fn decoding_any_text_never_panics(text in any::<String>()) {
        let result = decode(&text);
        prop_assert!(result.is_err(), "{:?}", result);
    }

    #[test]
    fn decoding_anything_after_the_marker_never_panics(data in "[A-Za-z0-9_=+/-]{0,300}") {
        let result = decode(&format!("{PREFIX}{data}"));
        prop_assert!(result.is_err(), "{:?}", result);
    }

    #[test]
    fn altering_a_link_never_panics(index in any::<prop::sample::Index>(), c in "[A-Za-z0-9_-]") {
        let board = example();
        let fragment = encode(&board);
        let data = &fragment[PREFIX.len()..];
        let i = PREFIX.len() + index.index(data.len());
        let altered = format!("{}{c}{}", &fragment[..i], &fragment[i + 1..]);
        // Either refused, or (when only unused bits changed) the same board.
        if let Ok(back) = decode(&altered) {
            prop_assert_eq!(back, board);
        }
    }

    #[test]
    fn every_board_makes_a_valid_canvas(board in arb_board()) {
        check_canvas(&board, &to_canvas(&board, &Lang::En.export_words()))?;
    }

    #[test]
    fn every_board_makes_svg_that_is_xml(board in arb_board()) {
        let svg = to_svg(&board, &Lang::Nl.export_words());
        let parsed = roxmltree::Document::parse(&svg);
        prop_assert!(parsed.is_ok(), "{:?}", parsed.err());
    }

    #[test]
    fn every_board_makes_csv_that_parses_back(board in arb_board()) {
        let records = parse_csv(&actions_csv(&board, &Lang::En.export_words()), ',');
        prop_assert!(records.is_ok(), "{:?}", records);
        let records = records.unwrap_or_default();
        let actions = board.cards.iter().filter(|c| c.kind == CardKind::Action).count();
        prop_assert_eq!(records.len(), actions + 1);
        prop_assert!(records.iter().all(|r| r.len() == 3 + board.parties.len()));
    }

    #[test]
    fn every_board_makes_a_report_with_a_well_formed_table(board in arb_board()) {
        let report = markdown(&board, &Lang::En.export_words(), &[]);
        let actions = board.cards.iter().filter(|c| c.kind == CardKind::Action).count();
        let table: Vec<&str> = report.lines().filter(|l| l.starts_with('|')).collect();
        prop_assert_eq!(table.len(), if actions == 0 { 0 } else { actions + 2 });
        for line in table {
            prop_assert_eq!(unescaped_pipes(line), 3 + board.parties.len() + 1, "{}", line);
        }
        prop_assert!(!report.lines().any(has_raw_html), "{}", report);
    }

    #[test]
    fn wrapped_lines_fit_and_lose_no_words(text in any::<String>(), max in 1usize..30, lines in 1usize..8) {
        let wrapped = wrap_text(&text, max, lines);
        prop_assert!(wrapped.len() <= lines);
        for line in &wrapped {
            prop_assert!(line.chars().count() <= max, "{:?}", line);
        }
        let all = wrap_text(&text, max, usize::MAX);
        let letters = |s: &str| s.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect::<String>();
        prop_assert_eq!(letters(&all.concat()), letters(&text));
        if all.len() <= lines {
            prop_assert_eq!(&wrapped, &all);
        } else {
            prop_assert_eq!(&wrapped[..lines - 1], &all[..lines - 1]);
            prop_assert!(wrapped[lines - 1].ends_with('…'));
        }
    }
}

/// Whether a Markdown line holds an unescaped `<` that starts a tag (our own
/// `<br>` in table cells aside).
fn has_raw_html(line: &str) -> bool {
    let line = line.replace("<br>", "");
    let mut escaped = false;
    let chars: Vec<char> = line.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == '<' && !escaped && chars.get(i + 1).is_some_and(|n| n.is_ascii_alphabetic() || *n == '/' || *n == '!') {
            return true;
        }
        escaped = c == '\\' && !escaped;
    }
    false
}

#[test]
fn the_picture_shows_what_the_board_shows() {
    // Title and challenge, "disputed", sources, owners, commitments and dots.
    let mut board = example();
    Rc::make_mut(&mut board.cards[1]).votes = 4;
    let pool = board.cards.iter_mut().find(|c| c.id == cid("c-substitute-pool")).expect("the pool");
    Rc::make_mut(pool).owners.clear();
    let words = Lang::En.export_words();
    let svg = to_svg(&board, &words);
    let doc = roxmltree::Document::parse(&svg).expect("well-formed SVG");
    let texts: Vec<String> = doc.descendants().filter(|n| n.is_text()).filter_map(|n| n.text()).map(str::to_owned).collect();
    let shown = |s: &str| texts.iter().any(|t| t.contains(s));
    assert!(shown(&board.title), "the title");
    assert!(shown(&format!("{}: {}", words.challenge, &board.challenge[..30])), "the challenge");
    assert!(shown(&format!("Fact · {}", words.disputed)), "a disputed fact says so");
    assert!(svg.contains(r##"stroke="#dc2626""##) && svg.contains("stroke-dasharray"), "and its outline is dashed");
    for fact in board.cards.iter().filter(|c| c.kind == CardKind::Fact) {
        let source = fact.source.as_deref().expect("the example's facts have sources");
        assert!(shown(&format!("{}: {}", words.source, &source[..12])), "{source}");
    }
    let plan = board.card(&cid("c-location-plan")).expect("the plan");
    let owners: Vec<&str> = plan.owners.iter().filter_map(|o| board.party(o)).map(|p| p.label()).collect();
    assert!(shown(&format!("{}: {}", words.owners, owners[0])), "owners");
    assert!(shown(&format!("✓ {}", plan.commitments.values().filter(|c| **c == Commitment::Committed).count())), "commitments");
    assert!(shown("● 4"), "dots");
    assert!(shown(words.no_owner), "an action without owners says so");
}
