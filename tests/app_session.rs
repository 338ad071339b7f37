//! The session reducer, natively: every message and key command with the
//! clock and ids of a test environment, what it changes on the board and in
//! the session, how many undo steps it makes, and which effects it asks for.

use std::rc::Rc;

use ambition_map::app::session::{handles, reduce, Dialog, Effect, Env, KeyMode, Msg, Notice, Panel, Session, ViewRequest};
use ambition_map::app::shortcuts::Command;
use ambition_map::core::action::Action;
use ambition_map::core::geometry::{Point, Rect};
use ambition_map::core::snapshots::Moment;
use ambition_map::core::model::{Board, Card, CardId, CardKind, Link, LinkId, Party, PartyId};
use ambition_map::i18n::Lang;

/// A clock that stands still and ids that count.
struct TestEnv {
    now: u64,
    next: u32,
}

impl Env for TestEnv {
    fn now(&self) -> u64 {
        self.now
    }

    fn new_id(&mut self, prefix: &str) -> String {
        self.next += 1;
        format!("{prefix}-{}", self.next)
    }
}

fn env() -> TestEnv {
    TestEnv { now: 1_000, next: 0 }
}

fn id(s: &str) -> CardId {
    CardId(s.into())
}

/// A board with two parties, a wish and a goal of party A, a fact, and a
/// link from the wish to the ambition.
fn board() -> Board {
    let mut b = Board::new("Board", "Challenge");
    b.id = "b1".into();
    b.parties.push(Party::new(PartyId("a".into()), "A", "#1d4ed8"));
    b.parties.push(Party::new(PartyId("b".into()), "B", "#b91c1c"));
    let card = |i: &str, kind, x| Rc::new(Card::new(id(i), kind, i, Point::new(x, 400.0)));
    b.cards.push(Rc::new(Card::new(id("wish"), CardKind::Wish, "wish", Point::new(-600.0, 0.0)).with_party(PartyId("a".into()))));
    b.cards.push(Rc::new(Card::new(id("goal"), CardKind::Goal, "goal", Point::new(600.0, 0.0)).with_party(PartyId("a".into()))));
    b.cards.push(card("fact", CardKind::Fact, 0.0));
    b.links.push(Rc::new(Link::new(LinkId("l0".into()), id("wish"), CardId::ambition())));
    b
}

fn start() -> Rc<Session> {
    Rc::new(Session::new(board(), Lang::En))
}

/// The session after each message in turn, with every effect asked for.
fn run(s: &Rc<Session>, msgs: Vec<Msg>, e: &mut TestEnv) -> (Rc<Session>, Vec<Effect>) {
    let mut s = s.clone();
    let mut all = Vec::new();
    for m in msgs {
        let (next, fx) = reduce(&s, m, e);
        s = next;
        all.extend(fx);
    }
    (s, all)
}

fn select(cards: &[&str]) -> Msg {
    Msg::SelectCards { cards: cards.iter().map(|c| id(c)).collect(), add: false }
}

fn key(command: Command) -> Msg {
    Msg::Run { command, towards: (1.0, 0.0) }
}

fn arrow(dx: f64, dy: f64, big: bool) -> Msg {
    Msg::Run { command: if big { Command::BigArrow } else { Command::Arrow }, towards: (dx, dy) }
}

fn card_at(s: &Session, c: &str) -> Point {
    let card = s.doc.board().card(&id(c)).expect("card on the board");
    Point::new(card.x, card.y)
}

/// One row of the table: the messages sent after `before`, and what must hold.
struct Case {
    name: &'static str,
    before: Vec<Msg>,
    msgs: Vec<Msg>,
    /// Undo steps the messages add.
    steps: usize,
    effects: Vec<Effect>,
    check: fn(&Session),
}

fn cases() -> Vec<Case> {
    let none: fn(&Session) = |_| {};
    vec![
        Case {
            name: "a text change is one step",
            before: vec![],
            msgs: vec![Msg::Do(Action::SetText { card: id("fact"), text: "new".into() })],
            steps: 1,
            effects: vec![],
            check: |s| {
                let fact = s.doc.board().card(&id("fact")).cloned();
                assert_eq!(fact.as_ref().map(|c| c.text.as_str()), Some("new"));
                assert_eq!(fact.map(|c| c.edited), Some(1_000), "stamped with the environment's clock");
            },
        },
        Case {
            name: "a refused action says why and changes nothing",
            before: vec![],
            msgs: vec![Msg::Do(Action::SetText { card: id("nope"), text: "x".into() })],
            steps: 0,
            effects: vec![],
            check: |s| assert!(s.notice.as_ref().is_some_and(|n| n.error)),
        },
        Case {
            name: "add a card in view: one step, selected, edited, revealed",
            before: vec![Msg::Viewed(Rect { x: 2_000.0, y: 2_000.0, width: 1_000.0, height: 800.0 })],
            msgs: vec![Msg::AddCard { kind: CardKind::Goal, at: None }],
            steps: 1,
            effects: vec![Effect::View(ViewRequest::Reveal(id("c-1")))],
            check: |s| {
                let card = s.doc.board().card(&id("c-1")).cloned().expect("the new card");
                assert_eq!(card.party, Some(PartyId("a".into())), "for the active party");
                assert!(Rect { x: 2_000.0, y: 2_000.0, width: 1_000.0, height: 800.0 }.contains(card.centre()), "in view");
                assert_eq!(s.selected.iter().collect::<Vec<_>>(), vec![&id("c-1")]);
                assert_eq!(s.editing, Some(id("c-1")));
            },
        },
        Case {
            name: "add a card where asked",
            before: vec![],
            msgs: vec![Msg::AddCard { kind: CardKind::Fact, at: Some(Point::new(50.0, 900.0)) }],
            steps: 1,
            effects: vec![Effect::View(ViewRequest::Reveal(id("c-1")))],
            check: |s| assert_eq!(s.doc.board().card(&id("c-1")).map(|c| c.centre()), Some(Point::new(50.0, 900.0))),
        },
        Case {
            name: "a party's card with no party says to add one first",
            before: vec![Msg::Do(Action::RemoveParty { party: PartyId("a".into()), cards: ambition_map::core::action::PartyCards::Delete }), Msg::Do(Action::RemoveParty { party: PartyId("b".into()), cards: ambition_map::core::action::PartyCards::Delete })],
            msgs: vec![Msg::AddCard { kind: CardKind::Wish, at: None }],
            steps: 0,
            effects: vec![],
            check: |s| assert_eq!(s.notice, Some(Notice::info(Lang::En.texts().add_party_first))),
        },
        Case {
            name: "add a party: numbered, a colour no party has, active, its name to be typed",
            before: vec![],
            msgs: vec![Msg::AddParty],
            steps: 1,
            effects: vec![],
            check: |s| {
                let p = s.doc.board().parties.last().cloned().expect("a new party");
                assert_eq!(p.id, PartyId("p-1".into()));
                assert!(s.doc.board().parties[..2].iter().all(|o| !o.colour.eq_ignore_ascii_case(&p.colour)));
                assert_eq!(s.active_party, Some(p.id.clone()));
                assert_eq!(s.new_party, Some(p.id));
            },
        },
        Case {
            name: "a link dragged from card to card",
            before: vec![],
            msgs: vec![Msg::Link { from: id("fact"), to: id("goal") }],
            steps: 1,
            effects: vec![],
            check: |s| assert!(s.doc.board().linked(&id("fact"), &id("goal"))),
        },
        Case {
            name: "L with three cards selected is one undo step",
            before: vec![select(&["goal", "fact"]), Msg::SelectCards { cards: vec![id("wish")], add: true }],
            msgs: vec![key(Command::LinkToAmbition)],
            steps: 1,
            effects: vec![],
            check: |s| {
                for c in ["wish", "goal", "fact"] {
                    assert!(s.doc.board().linked(&id(c), &CardId::ambition()), "{c}");
                }
                assert_eq!(s.doc.board().links.len(), 3, "the wish's link is not doubled");
                assert_eq!(s.notice, None);
            },
        },
        Case {
            name: "L on cards all linked already says so",
            before: vec![select(&["wish"])],
            msgs: vec![key(Command::LinkToAmbition)],
            steps: 0,
            effects: vec![],
            check: |s| assert!(s.notice.as_ref().is_some_and(|n| n.error)),
        },
        Case {
            name: "L with nothing selected asks for a card",
            before: vec![],
            msgs: vec![key(Command::LinkToAmbition)],
            steps: 0,
            effects: vec![],
            check: |s| assert_eq!(s.notice, Some(Notice::info(Lang::En.access().focus_a_card))),
        },
        Case {
            name: "K then K links the two cards",
            before: vec![select(&["fact"])],
            msgs: vec![key(Command::LinkFrom), select(&["goal"]), key(Command::LinkFrom)],
            steps: 1,
            effects: vec![],
            check: |s| {
                assert!(s.doc.board().linked(&id("fact"), &id("goal")));
                assert_eq!(s.key_mode, None);
            },
        },
        Case {
            name: "M, three arrows, M: three steps, Shift moves further",
            before: vec![select(&["fact"])],
            msgs: vec![key(Command::Move), arrow(1.0, 0.0, false), arrow(0.0, 1.0, false), arrow(-1.0, 0.0, true), key(Command::Move)],
            steps: 3,
            effects: vec![Effect::View(ViewRequest::Reveal(id("fact"))); 3],
            check: |s| {
                assert_eq!(card_at(s, "fact"), Point::new(10.0 - 60.0, 410.0));
                assert_eq!(s.key_mode, None);
                assert_eq!(s.notice, Some(Notice::info(Lang::En.access().put_down)));
            },
        },
        Case {
            name: "an arrow moves the focus to the nearest card that way",
            before: vec![select(&["wish"])],
            msgs: vec![arrow(1.0, 0.0, false)],
            steps: 0,
            effects: vec![Effect::View(ViewRequest::Reveal(CardId::ambition()))],
            check: |s| assert_eq!(s.selected.iter().collect::<Vec<_>>(), vec![&CardId::ambition()]),
        },
        Case {
            name: "Escape closes a dialog first, then clears the selection",
            before: vec![select(&["fact"]), Msg::OpenDialog(Some(Dialog::Help))],
            msgs: vec![key(Command::Escape)],
            steps: 0,
            effects: vec![],
            check: |s| {
                assert_eq!(s.dialog, None);
                assert_eq!(s.selected.len(), 1);
            },
        },
        Case {
            name: "Delete deletes the selected cards and their links",
            before: vec![select(&["wish", "fact"])],
            msgs: vec![key(Command::Delete)],
            steps: 1,
            effects: vec![],
            check: |s| {
                assert!(s.doc.board().card(&id("wish")).is_none() && s.doc.board().card(&id("fact")).is_none());
                assert!(s.doc.board().links.is_empty());
                assert!(s.selected.is_empty(), "the selection follows the board");
            },
        },
        Case {
            name: "deleting the ambition is refused with a reason",
            before: vec![select(&["ambition"])],
            msgs: vec![Msg::DeleteSelection],
            steps: 0,
            effects: vec![],
            check: |s| assert!(s.notice.as_ref().is_some_and(|n| n.error)),
        },
        Case {
            name: "a selected link is deleted",
            before: vec![Msg::SelectLink(LinkId("l0".into()))],
            msgs: vec![Msg::DeleteSelection],
            steps: 1,
            effects: vec![],
            check: |s| assert!(s.doc.board().links.is_empty() && s.selected_link.is_none()),
        },
        Case {
            name: "arrange is one step and shows the whole board",
            before: vec![],
            msgs: vec![Msg::Arrange],
            steps: 1,
            effects: vec![Effect::View(ViewRequest::FitBoard)],
            check: none,
        },
        Case {
            name: "a gap's cards are selected and shown",
            before: vec![],
            msgs: vec![Msg::ShowCards(vec![id("goal"), id("wish")])],
            steps: 0,
            effects: vec![Effect::View(ViewRequest::Show(vec![id("goal"), id("wish")]))],
            check: |s| assert_eq!(s.selected.len(), 2),
        },
        Case {
            name: "edit a card from its menu",
            before: vec![],
            msgs: vec![Msg::EditCard(id("goal"))],
            steps: 0,
            effects: vec![],
            check: |s| {
                assert_eq!(s.editing, Some(id("goal")));
                assert!(s.selected.contains(&id("goal")));
            },
        },
        Case {
            name: "Enter edits the one selected card",
            before: vec![select(&["goal"])],
            msgs: vec![key(Command::Edit)],
            steps: 0,
            effects: vec![],
            check: |s| assert_eq!(s.editing, Some(id("goal"))),
        },
        Case {
            name: "selecting a party's card makes its party the active one",
            before: vec![Msg::SetActiveParty(PartyId("b".into()))],
            msgs: vec![select(&["goal"])],
            steps: 0,
            effects: vec![],
            check: |s| assert_eq!(s.active_party, Some(PartyId("a".into()))),
        },
        Case {
            name: "shift-selecting a selected card takes it out",
            before: vec![select(&["goal", "fact"])],
            msgs: vec![Msg::SelectCards { cards: vec![id("goal")], add: true }],
            steps: 0,
            effects: vec![],
            check: |s| assert_eq!(s.selected.iter().collect::<Vec<_>>(), vec![&id("fact")]),
        },
        Case {
            name: "a focused card is selected and revealed",
            before: vec![],
            msgs: vec![Msg::FocusCard(id("fact"))],
            steps: 0,
            effects: vec![Effect::View(ViewRequest::Reveal(id("fact")))],
            check: |s| assert!(s.selected.contains(&id("fact"))),
        },
        Case {
            name: "the lens: focus, a kind hidden and shown again, a search",
            before: vec![],
            msgs: vec![Msg::Focus(Some(PartyId("b".into()))), Msg::ToggleKind(CardKind::Fact), Msg::ToggleKind(CardKind::Wish), Msg::ToggleKind(CardKind::Fact), Msg::Search("pupils".into())],
            steps: 0,
            effects: vec![],
            check: |s| {
                assert_eq!(s.lens.focus, Some(PartyId("b".into())));
                assert_eq!(s.lens.hidden, vec![CardKind::Wish]);
                assert_eq!(s.lens.search, "pupils");
            },
        },
        Case {
            name: "removing the focused party ends the focus",
            before: vec![Msg::Focus(Some(PartyId("b".into()))), Msg::AskRemoveParty(Some(PartyId("b".into())))],
            msgs: vec![Msg::Do(Action::RemoveParty { party: PartyId("b".into()), cards: ambition_map::core::action::PartyCards::Delete })],
            steps: 1,
            effects: vec![],
            check: |s| {
                assert_eq!(s.lens.focus, None);
                assert_eq!(s.removing_party, None);
            },
        },
        Case {
            name: "the timer runs for the minutes asked, from the environment's clock",
            before: vec![Msg::OpenDialog(Some(Dialog::SetTimer))],
            msgs: vec![Msg::StartTimer { minutes: 2.5 }],
            steps: 0,
            effects: vec![],
            check: |s| {
                assert_eq!(s.timer_end, Some(1_000 + 150_000));
                assert_eq!(s.dialog, None);
            },
        },
        Case {
            name: "a stopped timer is gone",
            before: vec![Msg::StartTimer { minutes: 1.0 }],
            msgs: vec![Msg::StopTimer],
            steps: 0,
            effects: vec![],
            check: |s| assert_eq!(s.timer_end, None),
        },
        Case {
            name: "presentation: a party's stop shows its cards with the ambition",
            before: vec![select(&["fact"])],
            msgs: vec![Msg::Present(Some(0)), Msg::PresentBy(1)],
            steps: 0,
            effects: vec![Effect::View(ViewRequest::FitBoard), Effect::View(ViewRequest::Show(vec![id("wish"), id("goal"), CardId::ambition()]))],
            check: |s| {
                assert_eq!(s.presenting, Some(1));
                assert_eq!(s.lens.focus, Some(PartyId("a".into())));
                assert!(s.selected.is_empty());
            },
        },
        Case {
            name: "presentation stops at its last stop",
            before: vec![Msg::Present(Some(0))],
            msgs: vec![Msg::PresentBy(100), Msg::PresentBy(1)],
            steps: 0,
            effects: vec![Effect::View(ViewRequest::FitBoard)],
            check: |s| assert_eq!(s.presenting, Some(1 + 2 + 3 - 1)),
        },
        Case {
            name: "the zoom keys and the details key ask the app",
            before: vec![select(&["goal"])],
            msgs: vec![key(Command::ZoomIn), key(Command::ZoomOut), key(Command::ZoomFit), key(Command::Details), key(Command::Menu)],
            steps: 0,
            effects: vec![
                Effect::View(ViewRequest::ZoomIn),
                Effect::View(ViewRequest::ZoomOut),
                Effect::View(ViewRequest::FitBoard),
                Effect::FocusDetails,
                Effect::View(ViewRequest::Menu(id("goal"))),
            ],
            check: none,
        },
        Case {
            name: "help, outline and the language",
            before: vec![],
            msgs: vec![key(Command::Help), key(Command::Outline), Msg::SetLang(Lang::Nl)],
            steps: 0,
            effects: vec![],
            check: |s| {
                assert_eq!(s.dialog, Some(Dialog::Help));
                assert!(s.outline);
                assert_eq!(s.lang, Lang::Nl);
            },
        },
        Case {
            name: "Ctrl+Z and Ctrl+Shift+Z undo and redo",
            before: vec![Msg::Do(Action::SetTitle("One".into())), Msg::Do(Action::SetTitle("Two".into()))],
            msgs: vec![key(Command::Undo), key(Command::Undo), key(Command::Redo)],
            steps: 0,
            effects: vec![],
            check: |s| {
                assert_eq!(s.doc.board().title, "One");
                assert!(s.doc.can_redo());
            },
        },
        Case {
            name: "P adds a party and A an action in view, each one step",
            before: vec![],
            msgs: vec![key(Command::AddParty), key(Command::Add(CardKind::Action))],
            steps: 2,
            effects: vec![Effect::View(ViewRequest::Reveal(id("c-2")))],
            check: |s| {
                assert_eq!(s.doc.board().parties.len(), 3);
                assert_eq!(s.doc.board().card(&id("c-2")).map(|c| c.kind), Some(CardKind::Action));
                assert_eq!(s.editing, Some(id("c-2")));
            },
        },
        Case {
            name: "Escape puts a picked-up card down, then cancels nothing more",
            before: vec![select(&["fact"]), key(Command::Move)],
            msgs: vec![key(Command::Escape)],
            steps: 0,
            effects: vec![],
            check: |s| {
                assert_eq!(s.key_mode, None);
                assert_eq!(s.notice, Some(Notice::info(Lang::En.access().put_down)));
                assert_eq!(s.selected.len(), 1, "the card stays selected");
            },
        },
        Case {
            name: "Escape cancels a link being made",
            before: vec![select(&["fact"]), key(Command::LinkFrom)],
            msgs: vec![key(Command::Escape)],
            steps: 0,
            effects: vec![],
            check: |s| {
                assert_eq!(s.key_mode, None);
                assert_eq!(s.notice, Some(Notice::info(Lang::En.access().link_cancelled)));
            },
        },
        Case {
            name: "Escape closes the outline before it clears the selection",
            before: vec![select(&["fact"]), Msg::ToggleOutline],
            msgs: vec![key(Command::Escape)],
            steps: 0,
            effects: vec![],
            check: |s| {
                assert!(!s.outline);
                assert_eq!(s.selected.len(), 1);
            },
        },
        Case {
            name: "Escape with nothing else open clears the selection and editing",
            before: vec![Msg::EditCard(id("fact"))],
            msgs: vec![key(Command::Escape)],
            steps: 0,
            effects: vec![],
            check: |s| assert!(s.selected.is_empty() && s.editing.is_none()),
        },
        Case {
            name: "a workshop step brings its cards into view; a notice is shown and dismissed",
            before: vec![],
            msgs: vec![Msg::Notify(Notice::error("bad")), Msg::DismissNotice, Msg::Step(Some(2))],
            steps: 0,
            effects: vec![Effect::View(ViewRequest::Show(vec![CardId::ambition()]))],
            check: |s| {
                assert_eq!(s.step, Some(2), "step 3, the ambition");
                assert_eq!(s.notice, None);
            },
        },
        Case {
            name: "the first step opens the parties' panel, the last the questions' over the whole board; a folded question stays folded",
            before: vec![Msg::ShowPanel(None)],
            msgs: vec![Msg::Step(Some(0)), Msg::FoldPrompt(true), Msg::Step(Some(5))],
            steps: 0,
            effects: vec![Effect::View(ViewRequest::FitBoard)],
            check: |s| {
                assert_eq!(s.step, Some(5));
                assert_eq!(s.panel, Some(Panel::Checks));
                assert!(s.prompt_folded, "folded until asked again");
            },
        },
        Case {
            name: "a panel opens and closes, and stays as it was when another board opens",
            before: vec![],
            msgs: vec![Msg::ShowPanel(Some(Panel::Checks)), Msg::ShowPanel(Some(Panel::Parties)), Msg::Loaded(Board::new("Other", ""), None)],
            steps: 0,
            effects: vec![Effect::View(ViewRequest::FitBoard)],
            check: |s| assert_eq!(s.panel, Some(Panel::Parties)),
        },
        Case {
            name: "editing stops when asked and a keyboard mode is set and cleared",
            before: vec![Msg::EditCard(id("goal")), Msg::SetKeyMode(Some(KeyMode::LinkFrom(id("goal"))))],
            msgs: vec![Msg::Edit(None), Msg::SetKeyMode(None)],
            steps: 0,
            effects: vec![],
            check: |s| {
                assert_eq!(s.editing, None);
                assert_eq!(s.key_mode, None);
            },
        },
        Case {
            name: "a party that is not on the board does not become the active one",
            before: vec![],
            msgs: vec![Msg::SetActiveParty(PartyId("gone".into()))],
            steps: 0,
            effects: vec![],
            check: |s| assert_eq!(s.active_party, Some(PartyId("a".into()))),
        },
        Case {
            name: "a merge replaces the board as one step and says so",
            before: vec![],
            msgs: vec![Msg::Replace { board: Board::new("Merged", ""), notice: Notice::info("merged"), fit: false, before: Moment::BeforeMerge }],
            steps: 1,
            effects: vec![],
            check: |s| {
                assert_eq!(s.doc.board().title, "Merged");
                assert_eq!(s.notice, Some(Notice::info("merged")));
            },
        },
        Case {
            name: "rows read open the rows dialog with every new party ticked, and change no board",
            before: vec![],
            msgs: vec![Msg::ReadRows(b"Kind,Party,Text\nWish,A,more\nGoal,C,new party\nPlan,A,bad\n".to_vec())],
            steps: 0,
            effects: vec![],
            check: |s| {
                assert_eq!(s.dialog, Some(Dialog::Rows));
                let rows = s.rows.as_ref().expect("rows read");
                let read = rows.read.as_ref().expect("readable");
                assert_eq!((read.cards.len(), read.problems.len()), (2, 1));
                assert_eq!(read.new_parties, ["C"]);
                assert_eq!(rows.create, [true]);
                assert_eq!(s.doc.board().cards.len(), 4);
            },
        },
        Case {
            name: "the rows' cards and ticked parties come in as one step, selected, shown and said",
            before: vec![Msg::ReadRows(b"Kind,Party,Text\nWish,A,more\nGoal,C,new party\n".to_vec())],
            msgs: vec![Msg::AddRows],
            steps: 1,
            effects: vec![Effect::View(ViewRequest::Show(vec![id("c-2"), id("c-3")]))],
            check: |s| {
                let b = s.doc.board();
                assert_eq!(b.cards.len(), 6);
                assert_eq!(b.party(&PartyId("p-1".into())).map(|p| p.name.as_str()), Some("C"));
                assert_eq!(s.selected.len(), 2);
                assert_eq!(s.notice, Some(Notice::info("2 cards added from the spreadsheet.")));
                assert!(s.dialog.is_none() && s.rows.is_none());
            },
        },
        Case {
            name: "a new party not ticked is not created, nor are its cards",
            before: vec![Msg::ReadRows(b"Kind,Party,Text\nWish,A,more\nGoal,C,new party\n".to_vec())],
            msgs: vec![Msg::ToggleNewParty(0), Msg::AddRows],
            steps: 1,
            effects: vec![Effect::View(ViewRequest::Show(vec![id("c-1")]))],
            check: |s| {
                assert_eq!(s.doc.board().parties.len(), 2);
                assert_eq!(s.doc.board().cards.len(), 5);
                assert_eq!(s.notice, Some(Notice::info("1 card added from the spreadsheet.")));
            },
        },
        Case {
            name: "rows that cannot be read keep the dialog open with the reason, and add nothing",
            before: vec![Msg::ReadRows(b"Name,Age\nAnna,12\n".to_vec())],
            msgs: vec![Msg::AddRows],
            steps: 0,
            effects: vec![],
            check: |s| {
                assert_eq!(s.dialog, Some(Dialog::Rows));
                assert!(s.rows.as_ref().is_some_and(|r| r.read.is_err()));
            },
        },
        Case {
            name: "closing the rows dialog forgets the rows",
            before: vec![Msg::ReadRows(b"Kind,Party,Text\nWish,A,more\n".to_vec())],
            msgs: vec![Msg::OpenDialog(None)],
            steps: 0,
            effects: vec![],
            check: |s| assert!(s.dialog.is_none() && s.rows.is_none()),
        },
        Case {
            name: "a loaded board starts a new session, fitted",
            before: vec![Msg::Do(Action::SetTitle("x".into())), select(&["goal"])],
            msgs: vec![Msg::Loaded(Board::new("Other", ""), Some(Notice::info("opened")))],
            steps: 0,
            effects: vec![Effect::View(ViewRequest::FitBoard)],
            check: |s| {
                assert_eq!(s.doc.board().title, "Other");
                assert!(!s.doc.can_undo() && s.selected.is_empty());
                assert_eq!(s.step, Some(0), "an empty board starts at the parties step");
            },
        },
    ]
}

#[test]
fn every_message_does_what_it_says() {
    for case in cases() {
        let mut e = env();
        let (before, _) = run(&start(), case.before, &mut e);
        let depth = before.doc.undo_depth();
        let (after, effects) = run(&before, case.msgs, &mut e);
        // The snapshots before big steps are checked in tests/app_snapshots.rs.
        let effects: Vec<Effect> = effects.into_iter().filter(|e| !matches!(e, Effect::Snapshot { .. })).collect();
        assert_eq!(after.doc.undo_depth() - depth.min(after.doc.undo_depth()), case.steps, "{}: undo steps", case.name);
        assert_eq!(effects, case.effects, "{}: effects", case.name);
        (case.check)(&after);
    }
}

#[test]
fn one_undo_takes_back_every_card_and_party_the_rows_brought() {
    let mut e = env();
    let rows = b"Kind,Party,Text\nWish,A,more\nGoal,C,new party\nFact,,a fact\n".to_vec();
    let (s, _) = run(&start(), vec![Msg::ReadRows(rows), Msg::AddRows], &mut e);
    assert_eq!((s.doc.board().cards.len(), s.doc.board().parties.len()), (7, 3));
    let (s, _) = run(&s, vec![Msg::Undo], &mut e);
    assert_eq!(**s.doc.board(), board());
}

#[test]
fn a_message_that_changes_nothing_returns_the_same_session() {
    let s = start();
    let same = [
        Msg::ClearSelection,
        Msg::Undo,
        Msg::Redo,
        Msg::DismissNotice,
        Msg::SetVoter(3),
        Msg::StopVoting,
        Msg::Vote { card: id("goal"), give: true },
        Msg::Do(Action::SetTitle("Board".into())),
        Msg::PresentBy(1),
        Msg::FocusCard(id("nope")),
        Msg::View(ViewRequest::ZoomIn),
        key(Command::BigArrow),
    ];
    for msg in same {
        let shown = format!("{msg:?}");
        let (next, _) = reduce(&s, msg, &mut env());
        assert!(Rc::ptr_eq(&next, &s), "{shown}");
    }
}

#[test]
fn messages_that_leave_the_board_alone_share_its_document() {
    let mut e = env();
    let mut s = start();
    for i in 0..200 {
        s = reduce(&s, Msg::Do(Action::MoveCards(vec![(id("fact"), Point::new(i as f64, 0.0))])), &mut e).0;
    }
    assert_eq!(s.doc.undo_depth(), 200);
    let doc = s.doc.clone();
    for msg in [select(&["goal"]), Msg::Search("a".into()), Msg::Notify(Notice::info("hi")), Msg::DismissNotice, key(Command::Help)] {
        s = reduce(&s, msg, &mut e).0;
        assert!(s.doc == doc, "the same document, not a copy");
    }
}

#[test]
fn a_vote_undone_and_redone_keeps_card_and_round_together() {
    let mut e = env();
    let (s, _) = run(&start(), vec![Msg::StartVoting { participants: 2, dots: 1 }, Msg::Vote { card: id("goal"), give: true }], &mut e);
    let votes = |s: &Session| s.doc.board().card(&id("goal")).map(|c| c.votes);
    let left = |s: &Session| s.round().map(|r| r.dots_left(0));
    let current = |s: &Session| s.round().map(|r| r.current);
    // The first participant's last dot hands the turn to the second.
    assert_eq!((votes(&s), left(&s), current(&s)), (Some(1), Some(0), Some(1)));

    let (undone, _) = reduce(&s, Msg::Undo, &mut e);
    assert_eq!((votes(&undone), left(&undone), current(&undone)), (Some(0), Some(1), Some(0)), "the dot and the turn are back with their participant");
    let (redone, _) = reduce(&undone, Msg::Redo, &mut e);
    assert_eq!((votes(&redone), left(&redone), current(&redone)), (Some(1), Some(0), Some(1)));

    // The second participant gives and takes back: the turn stays theirs.
    let (s, _) = run(&redone, vec![Msg::Vote { card: id("goal"), give: true }, Msg::Vote { card: id("goal"), give: false }], &mut e);
    assert_eq!((votes(&s), s.round().map(|r| r.dots_left(1)), current(&s)), (Some(1), Some(1), Some(1)));
    // Undoing the take-back gives participant 2's dot to the card again.
    let (s, _) = reduce(&s, Msg::Undo, &mut e);
    assert_eq!((votes(&s), s.round().map(|r| r.dots_left(1))), (Some(2), Some(0)));
    assert_eq!(s.round().map(|r| r.done()), Some(true));
    // Everyone has voted: a further dot is not given.
    let (same, _) = reduce(&s, Msg::Vote { card: id("fact"), give: true }, &mut e);
    assert!(Rc::ptr_eq(&same, &s));
}

#[test]
fn a_round_of_four_participants_with_three_dots_needs_only_the_dots() {
    let mut e = env();
    let (mut s, _) = run(&start(), vec![Msg::StartVoting { participants: 4, dots: 3 }], &mut e);
    // A card focused by a tap is not chosen: no details open over the board.
    s = reduce(&s, Msg::FocusCard(id("fact")), &mut e).0;
    assert!(s.selected.is_empty());
    let cards = ["goal", "fact", "goal"];
    for turn in 0..4 {
        assert_eq!(s.round().map(|r| r.current), Some(turn), "participant {} has the turn", turn + 1);
        for card in cards {
            s = reduce(&s, Msg::Vote { card: id(card), give: true }, &mut e).0;
        }
    }
    let round = s.round().expect("the round goes on until it is closed");
    assert!(round.done());
    assert_eq!((0..4).map(|p| round.dots_left(p)).sum::<u32>(), 0);
    let votes = |card: &str| s.doc.board().card(&id(card)).map(|c| c.votes);
    assert_eq!((votes("goal"), votes("fact")), (Some(8), Some(4)));
}

#[test]
fn starting_and_closing_a_round_are_steps_undo_takes_back() {
    let mut e = env();
    let (s, _) = run(&start(), vec![Msg::OpenDialog(Some(Dialog::StartVoting)), Msg::StartVoting { participants: 4, dots: 3 }], &mut e);
    let round = s.round().expect("a round");
    assert_eq!((round.given.len(), round.dots, s.dialog), (4, 3, None));
    let (closed, _) = reduce(&s, Msg::StopVoting, &mut e);
    assert!(closed.round().is_none());
    let (reopened, _) = reduce(&closed, Msg::Undo, &mut e);
    assert_eq!(reopened.round(), Some(round));
    let (before, _) = reduce(&reopened, Msg::Undo, &mut e);
    assert!(before.round().is_none());
}

#[test]
fn a_batch_refused_anywhere_changes_nothing() {
    let mut e = env();
    let s = start();
    let batch = Action::Batch(vec![
        Action::SetText { card: id("goal"), text: "changed".into() },
        Action::SetText { card: id("missing"), text: "x".into() },
    ]);
    let (next, _) = reduce(&s, Msg::Do(batch), &mut e);
    assert_eq!(next.doc.board().card(&id("goal")).map(|c| c.text.clone()), Some("goal".into()));
    assert!(!next.doc.can_undo());
    assert!(next.notice.as_ref().is_some_and(|n| n.error));
}

#[test]
fn undo_ends_editing_and_tidies_the_selection() {
    let mut e = env();
    let (s, _) = run(&start(), vec![Msg::AddCard { kind: CardKind::Fact, at: None }], &mut e);
    assert_eq!(s.editing, Some(id("c-1")));
    let (s, _) = reduce(&s, Msg::Undo, &mut e);
    assert_eq!(s.editing, None);
    assert!(s.selected.is_empty(), "the undone card is no longer selected");
    assert!(s.doc.board().card(&id("c-1")).is_none());
}

#[test]
fn keys_that_do_not_apply_keep_their_meaning() {
    let s = start();
    assert!(!handles(&s, Command::Edit), "Enter with nothing selected");
    assert!(!handles(&s, Command::Menu));
    assert!(!handles(&s, Command::BigArrow), "Shift+arrow outside move mode");
    assert!(handles(&s, Command::Arrow));
    let (moving, _) = run(&s, vec![select(&["goal"]), key(Command::Move)], &mut env());
    assert_eq!(moving.key_mode, Some(KeyMode::Move));
    assert!(handles(&moving, Command::BigArrow) && handles(&moving, Command::Edit));
}

#[test]
fn an_undo_step_shares_every_card_and_link_the_change_left_alone() {
    let mut e = env();
    let s = start();
    let (next, _) = reduce(&s, Msg::Do(Action::SetText { card: id("goal"), text: "changed".into() }), &mut e);
    let (before, after) = (s.doc.board(), next.doc.board());
    for (a, b) in before.links.iter().zip(&after.links) {
        assert!(Rc::ptr_eq(a, b), "link {} copied", a.id.0);
    }
    for (a, b) in before.cards.iter().zip(&after.cards) {
        assert_eq!(Rc::ptr_eq(a, b), a.id != id("goal"), "card {}", a.id.0);
    }
    // Undo gives back the very board from before, not a copy of it.
    let (undone, _) = reduce(&next, Msg::Undo, &mut e);
    assert!(Rc::ptr_eq(undone.doc.board(), before));
}

#[test]
fn deleted_cards_leave_the_selection_whether_it_is_small_or_large() {
    let mut board = Board::new("", "");
    let ids: Vec<CardId> = (0..12).map(|i| CardId(format!("c{i}"))).collect();
    for id in &ids {
        board.cards.push(Rc::new(Card::new(id.clone(), CardKind::Goal, "", Point::default())));
    }
    for selected in [3, 12] {
        let mut e = env();
        let s = Rc::new(Session::new(board.clone(), Lang::En));
        let (s, _) = reduce(&s, Msg::SelectCards { cards: ids[..selected].to_vec(), add: false }, &mut e);
        let (s, _) = reduce(&s, Msg::Do(Action::DeleteCards(vec![ids[0].clone(), ids[2].clone()])), &mut e);
        let expected: std::collections::BTreeSet<CardId> = ids[..selected].iter().filter(|id| *id != &ids[0] && *id != &ids[2]).cloned().collect();
        assert_eq!(*s.selected, expected, "{selected} selected");
    }
}

#[test]
fn a_new_cards_first_words_and_its_adding_are_one_undo_step() {
    let mut e = env();
    let write = |text: &str| Msg::Do(Action::SetText { card: id("c-1"), text: text.into() });
    let (s, _) = run(&start(), vec![Msg::AddCard { kind: CardKind::Fact, at: None }, write("Pupil forecast")], &mut e);
    assert_eq!(s.doc.board().card(&id("c-1")).map(|c| c.text.as_str()), Some("Pupil forecast"));
    // One undo takes the card away, not only its words.
    let (undone, _) = reduce(&s, Msg::Undo, &mut e);
    assert!(undone.doc.board().card(&id("c-1")).is_none());
    let (redone, _) = reduce(&undone, Msg::Redo, &mut e);
    assert_eq!(redone.doc.board().card(&id("c-1")).map(|c| c.text.as_str()), Some("Pupil forecast"));
    // Words changed later are a step of their own.
    let (later, _) = run(&s, vec![write("Pupil forecast per village")], &mut e);
    let (undone, _) = reduce(&later, Msg::Undo, &mut e);
    assert_eq!(undone.doc.board().card(&id("c-1")).map(|c| c.text.as_str()), Some("Pupil forecast"));
    // So are the first words after something else changed in between.
    let mut e = env();
    let (s, _) = run(&start(), vec![Msg::AddCard { kind: CardKind::Fact, at: None }, Msg::Do(Action::SetText { card: id("goal"), text: "other".into() }), write("Late")], &mut e);
    let (undone, _) = reduce(&s, Msg::Undo, &mut e);
    assert_eq!(undone.doc.board().card(&id("c-1")).map(|c| c.text.as_str()), Some(""));
}

#[test]
fn a_message_goes_when_another_language_is_chosen_and_stays_with_the_same_one() {
    let mut e = env();
    let refused = Msg::Do(Action::AddLink(Link::new(LinkId("l-self".into()), id("goal"), id("goal"))));
    let (s, _) = run(&start(), vec![refused], &mut e);
    assert!(s.notice.as_ref().is_some_and(|n| n.error));
    let (same, _) = reduce(&s, Msg::SetLang(Lang::En), &mut e);
    assert_eq!(same.notice, s.notice);
    let (dutch, _) = reduce(&s, Msg::SetLang(Lang::Nl), &mut e);
    assert_eq!(dutch.lang, Lang::Nl);
    assert_eq!(dutch.notice, None, "an English refusal does not stay on a Dutch screen");
}

#[test]
fn a_tab_that_only_shows_the_board_changes_nothing_and_says_why() {
    use ambition_map::core::board_hold::Hold;
    let mut e = env();
    let (watching, _) = run(&start(), vec![select(&["wish"]), Msg::Hold(Hold::Watching)], &mut e);
    let attempts = vec![
        Msg::AddCard { kind: CardKind::Fact, at: None },
        Msg::Do(Action::SetText { card: id("goal"), text: "changed".into() }),
        Msg::DeleteSelection,
        Msg::Arrange,
    ];
    for attempt in attempts {
        let (s, fx) = reduce(&watching, attempt, &mut e);
        assert!(Rc::ptr_eq(s.doc.board(), watching.doc.board()), "the board is as it was");
        assert!(!fx.iter().any(|f| matches!(f, Effect::Snapshot { .. })), "no snapshot of a change not made");
        assert!(s.notice.as_ref().is_some_and(|n| n.error && n.text.contains("edited in another tab")), "{:?}", s.notice);
    }
    let (s, _) = reduce(&watching, Msg::EditCard(id("goal")), &mut e);
    assert_eq!(s.editing, None, "no card opens for editing");
    assert!(s.notice.as_ref().is_some_and(|n| n.error && n.text.contains("Edit here instead")));
    // The board as the editing tab saved it is shown, with no undo step.
    let mut theirs = board();
    theirs.title = "Saved in the other tab".into();
    let (followed, _) = reduce(&watching, Msg::Followed(theirs.clone()), &mut e);
    assert_eq!(followed.doc.board().title, "Saved in the other tab");
    assert!(!followed.doc.can_undo());
    // The same board opened again stays read-only; once this tab edits, changes are kept.
    let (again, _) = reduce(&followed, Msg::Loaded(theirs, None), &mut e);
    assert_eq!(again.hold, Hold::Watching);
    let (editing, _) = reduce(&again, Msg::Hold(Hold::Editing), &mut e);
    let (s, _) = reduce(&editing, Msg::AddCard { kind: CardKind::Fact, at: None }, &mut e);
    assert_eq!(s.doc.board().cards.len(), editing.doc.board().cards.len() + 1);
}

#[test]
fn a_board_saved_by_a_newer_app_is_not_changed_here() {
    let mut e = env();
    let (s, _) = run(&start(), vec![Msg::Hold(ambition_map::core::board_hold::Hold::Editing), Msg::NewerElsewhere], &mut e);
    assert!(!s.may_edit());
    let (after, _) = reduce(&s, Msg::AddCard { kind: CardKind::Fact, at: None }, &mut e);
    assert!(Rc::ptr_eq(after.doc.board(), s.doc.board()));
    assert!(after.notice.as_ref().is_some_and(|n| n.error && n.text.contains("newer version")));
}
