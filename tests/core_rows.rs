//! Cards from a spreadsheet: what rows of CSV or pasted cells bring onto a
//! board, which rows stay out and why, and that the actions CSV the app
//! writes comes back as the same actions.

use ambition_map::core::action::{apply, Action};
use ambition_map::core::example::example_board;
use ambition_map::core::export::csv::{actions_csv, actions_csv_with, Separator};
use ambition_map::core::model::{ActionStatus, Board, CardKind, Commitment, Party, PartyId};
use ambition_map::core::rows::{read_row_bytes, read_rows, PartyRef, RowReason, RowsError, MAX_ROW_CARDS};
use ambition_map::i18n::Lang;

fn board() -> Board {
    let parties = [
        Party::new(PartyId("m".into()), "Gemeente", "#1f6feb"),
        Party { short_name: "SWV".into(), ..Party::new(PartyId("s".into()), "Samenwerkingsverband", "#c2364a") },
    ];
    parties.into_iter().fold(Board::new("", ""), |b, p| apply(&b, &Action::AddParty(p)).expect("party"))
}

fn ids() -> impl FnMut(&str) -> String {
    let mut n = 0;
    move |_| {
        n += 1;
        format!("new-{n}")
    }
}

/// The board after the rows' cards and the new parties in `create`.
fn brought(board: &Board, text: &str, create: &[bool]) -> Board {
    let rows = read_rows(text, board, &Lang::all_row_words()).expect("rows");
    let (action, _) = rows.actions(board, create, &mut ids());
    apply(board, &action).expect("the rows' change applies")
}

#[test]
fn pasted_cells_with_dutch_headers_become_cards_of_their_kind_and_party() {
    let text = "Soort\tPartij\tTekst\tBron\n\
                Belang\tGemeente\tLeefbare dorpen\t\n\
                wens\tswv\tPassend onderwijs dichtbij\t\n\
                Feit\t\t12 % minder leerlingen in 2030\tPrognose 2024\n";
    let rows = read_rows(text, &board(), &Lang::all_row_words()).expect("rows");
    assert!(rows.problems.is_empty(), "{:?}", rows.problems);
    assert!(rows.new_parties.is_empty());
    let kinds: Vec<CardKind> = rows.cards.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [CardKind::Interest, CardKind::Wish, CardKind::Fact]);
    // The short name on the cards names the party too, in any case.
    assert_eq!(rows.cards[1].party, Some(PartyRef::Known(PartyId("s".into()))));

    let b = brought(&board(), text, &[]);
    assert_eq!(b.cards.len(), 4);
    let fact = b.cards.iter().find(|c| c.kind == CardKind::Fact).expect("fact");
    assert_eq!(fact.text, "12 % minder leerlingen in 2030");
    assert_eq!(fact.source.as_deref(), Some("Prognose 2024"));
    assert_eq!(fact.party, None);
    let interest = b.cards.iter().find(|c| c.kind == CardKind::Interest).expect("interest");
    assert_eq!(interest.party, Some(PartyId("m".into())));
}

#[test]
fn csv_with_english_headers_and_quoted_fields_reads_the_same() {
    let text = "Kind,Party,Text\r\nInterest,Gemeente,\"Villages, liveable\"\r\nGoal,Gemeente,\"Line one\nline two\"\r\n";
    let rows = read_rows(text, &board(), &Lang::all_row_words()).expect("rows");
    assert_eq!(rows.cards.len(), 2);
    assert_eq!(rows.cards[0].text, "Villages, liveable");
    assert_eq!(rows.cards[1].text, "Line one\nline two");
}

#[test]
fn a_dutch_spreadsheet_separates_with_semicolons() {
    let text = "Soort;Partij;Tekst\nDoel;Gemeente;Elk kind een school op fietsafstand, ook in 2030\n";
    let rows = read_rows(text, &board(), &Lang::all_row_words()).expect("rows");
    assert_eq!(rows.cards.len(), 1);
    assert_eq!(rows.cards[0].text, "Elk kind een school op fietsafstand, ook in 2030");
}

#[test]
fn each_bad_row_is_reported_by_its_line_with_its_reason_and_the_good_rows_come_in() {
    let text = "Soort\tPartij\tTekst\tStatus\n\
                Belang\tGemeente\tGoed\t\n\
                Wensen\tGemeente\tmeervoud is goed\t\n\
                Plan\tGemeente\tonbekende soort\t\n\
                Belang\t\tzonder partij\t\n\
                Actie\t\tOnbekende status\tmisschien\n\
                \tGemeente\tgeen soort\t\n\
                Doel\tGemeente\t\t\n\
                \t\t\t\n\
                Actie\t\tPilot starten\tBezig\n";
    let rows = read_rows(text, &board(), &Lang::all_row_words()).expect("rows");
    let problems: Vec<(u64, RowReason)> = rows.problems.iter().map(|p| (p.line, p.reason.clone())).collect();
    assert_eq!(
        problems,
        [
            (4, RowReason::UnknownKind("Plan".into())),
            (5, RowReason::NoParty),
            (6, RowReason::UnknownStatus("misschien".into())),
            (7, RowReason::NoKind),
            (8, RowReason::NoText),
        ]
    );
    let texts: Vec<&str> = rows.cards.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(texts, ["Goed", "meervoud is goed", "Pilot starten"]);
    assert_eq!(rows.cards[2].status, Some(ActionStatus::InProgress));
    // The reasons read in the user's language.
    let nl = Lang::Nl.row_problem(&rows.problems[0]);
    assert_eq!(nl, "Regel 4: “Plan” is geen soort kaart (Belang, Wens, Doel, Actie of Feit)");
    let en = Lang::En.row_problem(&rows.problems[1]);
    assert_eq!(en, "Line 5: an interest, wish or goal needs a party");
}

#[test]
fn a_column_per_kind_gives_a_card_per_answer_as_a_survey_sheet_has_them() {
    let text = "Tijdstempel\tPartij\tBelang\tWens\tDoel\n\
                2026-11-30 10:12\tBasisschool De Linde\tRust in de klas\tEen vaste invaller\t\n\
                2026-11-30 10:15\tGemeente\tLeefbare dorpen\t\tEen school in elk dorp\n";
    let rows = read_rows(text, &board(), &Lang::all_row_words()).expect("rows");
    assert!(rows.problems.is_empty(), "{:?}", rows.problems);
    assert_eq!(rows.ignored, ["Tijdstempel"]);
    assert_eq!(rows.new_parties, ["Basisschool De Linde"]);
    let cards: Vec<(CardKind, &str)> = rows.cards.iter().map(|c| (c.kind, c.text.as_str())).collect();
    assert_eq!(
        cards,
        [
            (CardKind::Interest, "Rust in de klas"),
            (CardKind::Wish, "Een vaste invaller"),
            (CardKind::Interest, "Leefbare dorpen"),
            (CardKind::Goal, "Een school in elk dorp"),
        ]
    );

    // The new party created: its cards come with it, in a colour of its own.
    let b = brought(&board(), text, &[true]);
    let linde = b.parties.iter().find(|p| p.name == "Basisschool De Linde").expect("created");
    assert!(b.parties.iter().filter(|p| p.colour == linde.colour).count() == 1);
    assert_eq!(b.cards.iter().filter(|c| c.party.as_ref() == Some(&linde.id)).count(), 2);
    // Not created: its cards stay out, the others come in.
    let b = brought(&board(), text, &[]);
    assert_eq!(b.parties.len(), 2);
    assert_eq!(b.cards.len(), 3);
}

#[test]
fn new_cards_go_beside_the_board_covering_nothing_and_grow_to_their_text() {
    let board = example_board(&Lang::Nl.example());
    let long = "Een heel lange tekst die over veel regels loopt ".repeat(6);
    let text = format!("Soort\tTekst\nFeit\tkort\nFeit\t{long}\nActie\tnog een\nActie\ten nog een\nActie\tlaatste\n");
    let b = brought(&board, &text, &[]);
    let before = board.bounds().expect("cards");
    let new: Vec<_> = b.cards.iter().filter(|c| c.id.0.starts_with("new-")).collect();
    assert_eq!(new.len(), 5);
    for card in &new {
        assert!(card.x > before.x + before.width, "{} is not beside the board", card.text);
        for other in b.cards.iter().filter(|o| o.id != card.id) {
            assert!(!card.rect().intersects(&other.rect()), "{} covers {}", card.text, other.text);
        }
    }
    let tall = new.iter().find(|c| c.text == long.trim()).expect("long card");
    assert!(tall.height > new[0].height, "a long text's card is taller");
}

#[test]
fn the_actions_csv_comes_back_as_the_same_actions() {
    let board = example_board(&Lang::Nl.example());
    for lang in Lang::ALL {
        for separator in [Separator::Comma, Separator::Semicolon] {
            let csv = actions_csv_with(&board, &lang.export_words(), separator);
            let rows = read_rows(&csv, &board, &Lang::all_row_words()).expect("rows");
            assert!(rows.problems.is_empty(), "{lang:?}: {:?}", rows.problems);
            assert!(rows.ignored.is_empty(), "{lang:?}: {:?}", rows.ignored);
            let b = brought(&board, &csv, &[]);
            let actions = |b: &Board, new: bool| -> Vec<_> {
                b.cards
                    .iter()
                    .filter(|c| c.kind == CardKind::Action && c.id.0.starts_with("new-") == new)
                    .map(|c| (c.text.clone(), c.owners.clone(), c.status, c.commitments.clone()))
                    .collect()
            };
            assert!(!actions(&board, false).is_empty());
            assert_eq!(actions(&b, true), actions(&board, false), "{lang:?} {separator:?}");
        }
    }
}

#[test]
fn text_a_spreadsheet_would_run_as_a_formula_comes_back_as_written() {
    let board = apply(
        &board(),
        &Action::AddCard(ambition_map::core::model::Card::new(
            ambition_map::core::model::CardId("a".into()),
            CardKind::Action,
            "-20 % verzuim",
            Default::default(),
        )),
    )
    .expect("card");
    let csv = actions_csv(&board, &Lang::En.export_words());
    assert!(csv.contains("'-20 % verzuim"));
    let rows = read_rows(&csv, &board, &Lang::all_row_words()).expect("rows");
    assert_eq!(rows.cards[0].text, "-20 % verzuim");
}

#[test]
fn a_commitment_column_of_an_unknown_party_offers_the_party_and_bad_words_are_reported() {
    let text = "Actie,Eigenaren,Status,Stichting Primo\nPilot,Gemeente; Stichting Primo,Afgesproken,Committeert zich\nTweede,,Idee,Twijfelt\n";
    let rows = read_rows(text, &board(), &Lang::all_row_words()).expect("rows");
    assert_eq!(rows.new_parties, ["Stichting Primo"]);
    let b = brought(&board(), text, &[true]);
    let primo = b.parties.iter().find(|p| p.name == "Stichting Primo").expect("created").id.clone();
    let pilot = b.cards.iter().find(|c| c.text == "Pilot").expect("pilot");
    assert_eq!(pilot.owners, [PartyId("m".into()), primo.clone()]);
    assert_eq!(pilot.status, Some(ActionStatus::Agreed));
    assert_eq!(pilot.commitment(&primo), Commitment::Committed);
    // Not created: the action comes in without that owner and commitment.
    let b = brought(&board(), text, &[]);
    let pilot = b.cards.iter().find(|c| c.text == "Pilot").expect("pilot");
    assert_eq!(pilot.owners, [PartyId("m".into())]);
    assert!(pilot.commitments.is_empty());

    let text = "Actie,Gemeente\nPilot,Misschien\n";
    let rows = read_rows(text, &board(), &Lang::all_row_words()).expect("rows");
    assert_eq!(
        rows.problems[0].reason,
        RowReason::UnknownCommitment { party: "Gemeente".into(), found: "Misschien".into() }
    );
    assert_eq!(
        Lang::Nl.row_problem(&rows.problems[0]),
        "Regel 2: “Misschien” onder Gemeente is geen commitment (Committeert zich, Twijfelt, Committeert zich niet of Niet gevraagd)"
    );

    // A row that stays out offers none of the parties it names.
    let text = "Soort,Partij,Tekst,Status\nActie,,Pilot,misschien\nDoel,Nieuwe partij,,\n";
    let rows = read_rows(&text.replace("Actie,,", "Actie,Stichting X,"), &board(), &Lang::all_row_words()).expect("rows");
    assert_eq!(rows.problems.len(), 2);
    assert!(rows.new_parties.is_empty(), "{:?}", rows.new_parties);
}

#[test]
fn a_file_is_read_as_utf8_or_as_utf16_with_its_mark_and_else_refused() {
    let words = Lang::all_row_words();
    let text = "Soort,Tekst\nFeit,Één school\n";
    let utf8 = read_row_bytes(text.as_bytes(), &board(), &words).expect("utf-8");
    assert_eq!(utf8.cards[0].text, "Één school");
    let mut utf16 = vec![0xff, 0xfe];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    assert_eq!(read_row_bytes(&utf16, &board(), &words), Ok(utf8));
    // Windows-1252, as old spreadsheets save: "É" is one byte, not UTF-8.
    assert_eq!(read_row_bytes(b"Soort,Tekst\nFeit,\xc9\xe9n\n", &board(), &words), Err(RowsError::NotText));
    assert!(Lang::Nl.rows_error(&RowsError::NotText).contains("CSV UTF-8"));
}

#[test]
fn rows_that_cannot_be_read_at_all_say_why_in_the_users_language() {
    let words = Lang::all_row_words();
    assert_eq!(read_rows("", &board(), &words), Err(RowsError::Empty));
    assert_eq!(read_rows("\n\n  \n", &board(), &words), Err(RowsError::Empty));
    assert_eq!(read_rows("Naam,Leeftijd\nAnna,12\n", &board(), &words), Err(RowsError::NoColumns));
    assert_eq!(read_rows(&"x".repeat(6 * 1024 * 1024), &board(), &words), Err(RowsError::TooLarge));
    assert!(Lang::Nl.rows_error(&RowsError::NoColumns).starts_with("De eerste rij moet de kolommen noemen"));
    assert!(Lang::En.rows_error(&RowsError::TooLarge).contains("5 MB"));
}

#[test]
fn more_cards_than_one_round_takes_stay_out_with_a_reason() {
    let mut text = String::from("Soort,Tekst\n");
    for n in 0..MAX_ROW_CARDS + 3 {
        text.push_str(&format!("Feit,feit {n}\n"));
    }
    let rows = read_rows(&text, &board(), &Lang::all_row_words()).expect("rows");
    assert_eq!(rows.cards.len(), MAX_ROW_CARDS);
    assert_eq!(rows.problems.len(), 3);
    assert!(rows.problems.iter().all(|p| p.reason == RowReason::TooMany));
}

#[test]
fn a_row_of_text_with_unbalanced_quotes_is_read_without_stopping() {
    let text = "Soort,Tekst\nFeit,\"half open\nFeit,goed\n";
    // A quote left open takes the rest as one field: nothing is lost
    // silently, the row reads as the text a person can see and fix.
    let rows = read_rows(text, &board(), &Lang::all_row_words()).expect("rows");
    assert_eq!(rows.cards.len(), 1);
    assert!(rows.cards[0].text.starts_with("half open"));
}
