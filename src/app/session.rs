//! The session: the document being edited (board, voting round, undo
//! history) and everything around it for now — selection, editing, lens,
//! dialogs, presentation, keyboard mode, language, messages — with the one
//! pure function, [`reduce`], that every gesture, key and button goes
//! through. The clock and new ids come from an [`Env`]; what should happen
//! outside the session (move the view, focus a panel) comes back as
//! [`Effect`]s for the app to carry out. Nothing here touches the browser,
//! so every message is tested natively.

use std::collections::BTreeSet;
use std::rc::Rc;

use super::shortcuts::Command;
use super::Shared;
use crate::i18n::checks::card_name;
use crate::core::action::{Action, Refusal};
use crate::core::arrange::arrange;
use crate::core::board_hold::Hold;
use crate::core::colour::next_party_colour;
use crate::core::document::Document;
use crate::core::geometry::{Point, Rect};
use crate::core::layout::{free_centre, nearest_card, new_card};
use crate::core::lens::Lens;
use crate::core::model::{Board, Card, CardId, CardKind, Link, LinkId, Party, PartyId};
use crate::core::presentation::{self, Stop};
use crate::core::rows::{read_row_bytes, Rows, RowsError};
use crate::core::snapshots::Moment;
use crate::core::steps::{step_view, StepView};
use crate::core::voting::VotingRound;
use crate::i18n::{fill, Lang};

/// The clock and the id source the reducer is given: the browser's in the
/// app, a counter in tests.
pub trait Env {
    /// Milliseconds since the Unix epoch.
    fn now(&self) -> u64;
    /// A fresh id that starts with `prefix` (`c` for cards, `l` for links,
    /// `p` for parties).
    fn new_id(&mut self, prefix: &str) -> String;
}

/// A message for the person at the screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    pub error: bool,
}

impl Notice {
    pub fn info(text: impl Into<String>) -> Self {
        Notice { text: text.into(), error: false }
    }

    pub fn error(text: impl Into<String>) -> Self {
        Notice { text: text.into(), error: true }
    }
}

/// What the canvas should show.
#[derive(Clone, Debug, PartialEq)]
pub enum ViewRequest {
    FitBoard,
    /// Pan just enough to show this card.
    Reveal(CardId),
    /// Show all of these cards, zooming out if needed.
    Show(Vec<CardId>),
    ZoomIn,
    ZoomOut,
    /// Open the card's menu next to it.
    Menu(CardId),
}

/// What should happen outside the session, carried out by the app.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    View(ViewRequest),
    /// Move the keyboard focus into the details panel.
    FocusDetails,
    /// Keep a snapshot of the board as it was before a big step.
    Snapshot { before: Shared<Board>, moment: Moment },
}

/// The panel at the side of the board, if one is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    /// The parties, the focus on one of them, search and the kinds shown.
    Parties,
    /// The three questions with their gaps, and the vote results.
    Checks,
}

/// A dialog over the board.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialog {
    Matrix,
    /// Cards from a spreadsheet: [`Session::rows`] holds what was read.
    Rows,
    StartVoting,
    SetTimer,
    Help,
    /// The board's history: its snapshots.
    Timeline,
}

/// A keyboard mode: what the arrow keys, Enter and K do for now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyMode {
    /// The selected cards are picked up: the arrow keys move them.
    Move,
    /// A link is being made from this card to the next one chosen.
    LinkFrom(CardId),
}

/// How far one arrow key press moves a card, in world units; with Shift.
const STEP: f64 = 10.0;
const BIG_STEP: f64 = 60.0;

#[derive(Clone, Debug, PartialEq)]
pub struct Session {
    /// The board, the voting round and their history; compared by identity.
    pub doc: Shared<Document>,
    pub selected: Rc<BTreeSet<CardId>>,
    pub selected_link: Option<LinkId>,
    pub editing: Option<CardId>,
    pub lang: Lang,
    pub notice: Option<Notice>,
    /// The party new interests, wishes and goals go to.
    pub active_party: Option<PartyId>,
    /// The party whose removal is being asked about.
    pub removing_party: Option<PartyId>,
    /// A party just added, whose name field should take the focus.
    pub new_party: Option<PartyId>,
    pub lens: Rc<Lens>,
    /// The workshop step whose question is shown, if any.
    pub step: Option<usize>,
    pub dialog: Option<Dialog>,
    /// When the timer runs out, in milliseconds since the Unix epoch.
    pub timer_end: Option<u64>,
    /// In presentation mode: which stop is shown (0 is the whole board).
    pub presenting: Option<usize>,
    pub key_mode: Option<KeyMode>,
    /// The outline view is shown.
    pub outline: bool,
    /// The panel at the side of the board.
    pub panel: Option<Panel>,
    /// The step's prompt is folded away until it is asked for again.
    pub prompt_folded: bool,
    /// The part of the world the canvas shows, as it last said: where new
    /// cards go.
    pub visible: Rect,
    /// A card just added, with the document right after: its first words,
    /// typed before anything else changes, join its adding in one undo step.
    pub fresh_card: Option<(CardId, Shared<Document>)>,
    /// Rows from a spreadsheet read for the rows dialog, not added yet.
    pub rows: Option<Shared<RowsReading>>,
    /// Whether this tab edits the board or another tab does.
    pub hold: Hold,
    /// A newer version of the app saved the board: this one changes nothing.
    pub newer_elsewhere: bool,
}

/// Rows from a spreadsheet as read against the board, and which of the
/// parties they name that the board lacks are to be created.
#[derive(Clone, Debug)]
pub struct RowsReading {
    pub read: Result<Rows, RowsError>,
    /// A tick per party in [`Rows::new_parties`]: create it. All ticked to start with.
    pub create: Vec<bool>,
}

/// Everything that can happen to a session.
#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    /// Apply a change to the board, as one undo step.
    Do(Action),
    /// Replace the board (a merge, a shared link), as one undo step, and
    /// say so; `fit`: show the whole new board. A snapshot of the board
    /// before is kept, as taken `before` this.
    Replace { board: Board, notice: Notice, fit: bool, before: Moment },
    Undo,
    Redo,
    /// Keep a snapshot of the board as it is now, as taken before this.
    KeepSnapshot(Moment),
    /// A key's command; `towards` is the arrow's direction for the arrow keys.
    Run { command: Command, towards: (f64, f64) },
    /// Add an empty card of `kind` centred on `at`, or in a free spot in
    /// the middle of the view; select it and start editing it.
    AddCard { kind: CardKind, at: Option<Point> },
    AddParty,
    /// Link two cards (dragged from one to the other).
    Link { from: CardId, to: CardId },
    /// Link each of these cards to the ambition, as one undo step.
    LinkToAmbition(Vec<CardId>),
    /// Lay the board out around the ambition, as one undo step, and show it whole.
    Arrange,
    /// Select these cards; with `add`, toggle them in the current selection.
    SelectCards { cards: Vec<CardId>, add: bool },
    /// Select these cards and bring them into view (a gap, a vote result).
    ShowCards(Vec<CardId>),
    SelectLink(LinkId),
    ClearSelection,
    /// Delete the selected cards or link.
    DeleteSelection,
    Edit(Option<CardId>),
    /// Select the card and start editing it.
    EditCard(CardId),
    SetLang(Lang),
    Notify(Notice),
    DismissNotice,
    SetActiveParty(PartyId),
    AskRemoveParty(Option<PartyId>),
    View(ViewRequest),
    /// The canvas now shows this part of the world.
    Viewed(Rect),
    /// A board was opened (at start-up, from the list, from a file), and a
    /// message about it, if any: a new document.
    Loaded(Board, Option<Notice>),
    Focus(Option<PartyId>),
    ToggleKind(CardKind),
    Search(String),
    Step(Option<usize>),
    OpenDialog(Option<Dialog>),
    /// Start a voting round for this many participants with this many dots each.
    StartVoting { participants: usize, dots: u32 },
    StopVoting,
    SetVoter(usize),
    /// The current participant gives a dot to a card, or takes one back.
    Vote { card: CardId, give: bool },
    /// Start the timer for this many minutes.
    StartTimer { minutes: f64 },
    StopTimer,
    /// Enter presentation mode at a stop, or leave it.
    Present(Option<usize>),
    /// Go this many stops forward (or back) in the presentation.
    PresentBy(isize),
    SetKeyMode(Option<KeyMode>),
    /// A card got the keyboard focus: select it (unless it already is) and
    /// bring it into view.
    FocusCard(CardId),
    ToggleOutline,
    /// Open a side panel, or close it.
    ShowPanel(Option<Panel>),
    /// Fold the step's prompt away, or show it again.
    FoldPrompt(bool),
    /// Read rows from a spreadsheet (a file's bytes, or pasted cells) for
    /// the rows dialog.
    ReadRows(Vec<u8>),
    /// Create a party the rows name, or not.
    ToggleNewParty(usize),
    /// Add the cards of the rows read, and the parties ticked, as one undo step.
    AddRows,
    /// Whether this tab edits the board or another tab does.
    Hold(Hold),
    /// The board as the tab that edits it saved it: shown here as it is, no
    /// undo step.
    Followed(Board),
    /// A newer version of the app saved the board.
    NewerElsewhere,
}

impl Session {
    pub fn new(board: Board, lang: Lang) -> Self {
        let active_party = board.parties.first().map(|p| p.id.clone());
        let step = board.parties.is_empty().then_some(0);
        Session {
            doc: Shared::from(Document::new(board)),
            selected: Rc::new(BTreeSet::new()),
            selected_link: None,
            editing: None,
            lang,
            notice: None,
            active_party,
            removing_party: None,
            new_party: None,
            lens: Rc::new(Lens::default()),
            step,
            dialog: None,
            timer_end: None,
            presenting: None,
            key_mode: None,
            outline: false,
            panel: None,
            prompt_folded: false,
            visible: Rect { x: -512.0, y: -384.0, width: 1024.0, height: 768.0 },
            fresh_card: None,
            rows: None,
            hold: Hold::Asking,
            newer_elsewhere: false,
        }
    }

    /// Whether changes made in this tab are kept: not while another tab
    /// edits the board, nor when a newer version of the app saved it.
    pub fn may_edit(&self) -> bool {
        self.hold.edits() && !self.newer_elsewhere
    }

    /// The board, shared: compared by identity, so a prop that gets it
    /// changes only when the board does.
    pub fn board(&self) -> Shared<Board> {
        Shared(self.doc.board().clone())
    }

    pub fn round(&self) -> Option<Rc<VotingRound>> {
        self.doc.round().cloned()
    }

    /// The one selected card, if exactly one is.
    pub fn one_selected(&self) -> Option<&CardId> {
        (self.selected.len() == 1).then(|| self.selected.iter().next()).flatten()
    }

    fn say(&mut self, text: impl Into<String>) {
        self.notice = Some(Notice::info(text));
    }

    fn refuse(&mut self, refusal: &Refusal) {
        let t = self.lang.texts();
        self.notice = Some(Notice::error(match refusal {
            Refusal::NameTaken(name) => fill(t.refused_name_taken, &[("name", name)]),
            other => t.refusal(other).to_owned(),
        }));
    }

    fn select_only(&mut self, card: CardId) {
        self.selected = only(card);
        self.selected_link = None;
        if let Some(party) = single_party(self.doc.board(), &self.selected) {
            self.active_party = Some(party);
        }
    }

    /// Applies `action` as one undo step; says why if it is refused.
    /// Whether it was made (or changed nothing).
    /// The cards of the rows read, with the parties ticked, as one undo
    /// step; selected and shown, and said so.
    fn add_rows(&mut self, env: &mut dyn Env, fx: &mut Vec<Effect>) {
        let Some(Ok(rows)) = self.rows.as_deref().map(|r| r.read.as_ref()) else { return };
        let create = self.rows.as_ref().map_or(&[][..], |r| &r.create[..]);
        let (action, cards) = rows.actions(self.doc.board(), create, &mut |prefix| env.new_id(prefix));
        let before = self.board();
        if cards.is_empty() || !self.perform(action, env) {
            return;
        }
        fx.push(Effect::Snapshot { before, moment: Moment::BeforeImport });
        let r = self.lang.rows();
        let n = cards.len();
        self.say(if n == 1 { r.added_one.to_owned() } else { fill(r.added, &[("n", &self.lang.whole_number(n))]) });
        self.selected = Rc::new(card_set(cards.iter().cloned()));
        self.selected_link = None;
        self.rows = None;
        self.dialog = None;
        fx.push(Effect::View(ViewRequest::Show(cards)));
    }

    fn perform(&mut self, action: Action, env: &dyn Env) -> bool {
        let first_words = match (&action, self.fresh_card.take()) {
            (Action::SetText { card, .. }, Some((fresh, doc))) => *card == fresh && doc == self.doc,
            _ => false,
        };
        let next = if first_words { self.doc.amend(&action, env.now()) } else { self.doc.apply(&action, env.now()) };
        match next {
            Ok(next) => {
                if let Some(doc) = next {
                    self.doc = Shared::from(doc);
                }
                match action {
                    Action::AddParty(p) => {
                        self.active_party = Some(p.id.clone());
                        self.new_party = Some(p.id);
                    }
                    Action::RemoveParty { .. } => self.removing_party = None,
                    _ => {}
                }
                true
            }
            Err(refusal) => {
                self.refuse(&refusal);
                false
            }
        }
    }

    /// Selection, editing, the active party, the keyboard mode and the
    /// lens, trimmed to what is still on the board.
    fn tidy(&mut self) {
        let board = self.doc.board().clone();
        if !self.selected.is_empty() && selected_cards(&board, &self.selected).count() < self.selected.len() {
            self.selected = Rc::new(card_set(selected_cards(&board, &self.selected).map(|c| c.id.clone())));
        }
        if self.selected_link.as_ref().is_some_and(|l| board.link(l).is_none()) {
            self.selected_link = None;
        }
        if self.editing.as_ref().is_some_and(|c| board.card(c).is_none()) {
            self.editing = None;
        }
        if self.active_party.as_ref().is_none_or(|p| board.party(p).is_none()) {
            self.active_party = board.parties.first().map(|p| p.id.clone());
        }
        let mode_lost = match &self.key_mode {
            Some(KeyMode::Move) => self.selected.is_empty() || self.editing.is_some(),
            Some(KeyMode::LinkFrom(card)) => board.card(card).is_none(),
            None => false,
        };
        if mode_lost {
            self.key_mode = None;
        }
        if self.lens.focus.as_ref().is_some_and(|p| board.party(p).is_none()) {
            self.lens = Rc::new(Lens { focus: None, ..(*self.lens).clone() });
        }
    }

    fn link_action(&self, from: CardId, to: CardId, env: &mut dyn Env) -> Action {
        Action::AddLink(Link::new(LinkId(env.new_id("l")), from, to))
    }

    /// Links each card to the ambition, as one undo step; cards already
    /// linked to it are left as they are.
    fn link_to_ambition(&mut self, cards: Vec<CardId>, env: &mut dyn Env) {
        let ambition = CardId::ambition();
        let cards: Vec<CardId> = cards.into_iter().filter(|c| *c != ambition).collect();
        if cards.is_empty() {
            self.say(self.lang.access().focus_a_card);
            return;
        }
        let board = self.doc.board().clone();
        let new: Vec<CardId> = cards.into_iter().filter(|c| !board.linked(c, &ambition)).collect();
        if new.is_empty() {
            self.refuse(&Refusal::AlreadyLinked);
            return;
        }
        let links = new.into_iter().map(|c| self.link_action(c, ambition.clone(), env)).collect();
        self.perform(Action::Batch(links), env);
    }

    fn add_card(&mut self, kind: CardKind, at: Option<Point>, env: &mut dyn Env, fx: &mut Vec<Effect>) {
        if kind.belongs_to_party() && self.active_party.is_none() {
            self.say(self.lang.texts().add_party_first);
            return;
        }
        let centre = at.unwrap_or_else(|| free_centre(self.doc.board(), self.visible.centre()));
        let id = CardId(env.new_id("c"));
        let card = new_card(id.clone(), kind, centre, self.active_party.clone());
        if self.perform(Action::AddCard(card), env) {
            self.fresh_card = Some((id.clone(), self.doc.clone()));
            self.select_only(id.clone());
            self.editing = Some(id.clone());
            fx.push(Effect::View(ViewRequest::Reveal(id)));
        }
    }

    fn add_party(&mut self, env: &mut dyn Env) {
        let board = self.doc.board().clone();
        let name = fill(self.lang.texts().new_party_name, &[("n", &(board.parties.len() + 1).to_string())]);
        let party = Party::new(PartyId(env.new_id("p")), name, next_party_colour(&board.parties));
        self.perform(Action::AddParty(party), env);
    }

    fn present(&mut self, stop: Option<usize>, fx: &mut Vec<Effect>) {
        self.presenting = stop;
        self.editing = None;
        self.selected = Rc::new(BTreeSet::new());
        self.selected_link = None;
        self.key_mode = None;
        // A party's stop puts that party forward; the others show the whole board.
        let board = self.doc.board().clone();
        let party = match stop.and_then(|s| presentation::stop(&board, s)) {
            Some(Stop::Party(p)) => Some(p),
            _ => None,
        };
        let cards = party.as_ref().map(|p| presentation::party_cards(&board, p)).unwrap_or_default();
        self.lens = Rc::new(Lens { focus: party, ..(*self.lens).clone() });
        fx.push(Effect::View(if cards.is_empty() { ViewRequest::FitBoard } else { ViewRequest::Show(cards) }));
    }

    /// What a key's command does now.
    fn run(&mut self, command: Command, towards: (f64, f64), env: &mut dyn Env, fx: &mut Vec<Effect>) {
        let a = self.lang.access();
        let one = self.one_selected().cloned();
        match command {
            Command::Undo => self.undo_or_redo(true),
            Command::Redo => self.undo_or_redo(false),
            Command::Delete => self.delete_selection(env),
            Command::Edit | Command::LinkFrom if matches!(self.key_mode, Some(KeyMode::LinkFrom(_))) => {
                let Some(KeyMode::LinkFrom(from)) = self.key_mode.clone() else { return };
                match one {
                    Some(to) => {
                        self.key_mode = None;
                        let link = self.link_action(from, to, env);
                        self.perform(link, env);
                    }
                    None => self.say(a.focus_a_card),
                }
            }
            Command::Edit | Command::Move if self.key_mode == Some(KeyMode::Move) => {
                self.key_mode = None;
                self.say(a.put_down);
            }
            Command::Edit => self.editing = one,
            Command::Escape => {
                if self.dialog.is_some() {
                    self.dialog = None;
                } else if let Some(mode) = self.key_mode.take() {
                    self.say(if mode == KeyMode::Move { a.put_down } else { a.link_cancelled });
                } else if self.outline {
                    self.outline = false;
                } else {
                    self.clear_selection();
                }
            }
            Command::Arrow | Command::BigArrow if self.key_mode == Some(KeyMode::Move) => {
                let step = if command == Command::BigArrow { BIG_STEP } else { STEP };
                let (dx, dy) = towards;
                let board = self.doc.board().clone();
                let moves = selected_cards(&board, &self.selected).map(|c| (c.id.clone(), Point::new(c.x + dx * step, c.y + dy * step)));
                self.perform(Action::MoveCards(moves.collect()), env);
                if let Some(card) = one {
                    fx.push(Effect::View(ViewRequest::Reveal(card)));
                }
            }
            Command::Arrow => {
                let from = self.selected.iter().next().cloned();
                if let Some(next) = nearest_card(self.doc.board(), from.as_ref(), towards) {
                    self.select_only(next.clone());
                    fx.push(Effect::View(ViewRequest::Reveal(next)));
                }
            }
            Command::BigArrow => {}
            Command::Move => match self.selected.iter().next().cloned() {
                Some(card) => {
                    self.key_mode = Some(KeyMode::Move);
                    self.say(fill(a.moving, &[("card", &card_name(self.doc.board(), &card, self.lang))]));
                }
                None => self.say(a.focus_a_card),
            },
            Command::LinkToAmbition => {
                let cards = self.selected.iter().cloned().collect();
                self.link_to_ambition(cards, env);
            }
            Command::LinkFrom => match one {
                Some(card) => {
                    self.say(fill(a.linking_from, &[("card", &card_name(self.doc.board(), &card, self.lang))]));
                    self.key_mode = Some(KeyMode::LinkFrom(card));
                }
                None => self.say(a.focus_a_card),
            },
            Command::AddParty => self.add_party(env),
            Command::Add(kind) => self.add_card(kind, None, env, fx),
            Command::Details => {
                if self.selected.is_empty() && self.selected_link.is_none() {
                    self.say(a.focus_a_card);
                } else {
                    fx.push(Effect::FocusDetails);
                }
            }
            Command::Menu => {
                if let Some(card) = one {
                    fx.push(Effect::View(ViewRequest::Menu(card)));
                }
            }
            Command::Outline => self.outline = !self.outline,
            Command::Help => self.dialog = Some(Dialog::Help),
            Command::ZoomIn => fx.push(Effect::View(ViewRequest::ZoomIn)),
            Command::ZoomOut => fx.push(Effect::View(ViewRequest::ZoomOut)),
            Command::ZoomFit => fx.push(Effect::View(ViewRequest::FitBoard)),
        }
    }

    fn undo_or_redo(&mut self, undo: bool) {
        let step = if undo { self.doc.undo() } else { self.doc.redo() };
        if let Some(doc) = step {
            self.doc = Shared::from(doc);
            self.editing = None;
        }
    }

    fn clear_selection(&mut self) {
        self.selected = Rc::new(BTreeSet::new());
        self.selected_link = None;
        self.editing = None;
    }

    fn delete_selection(&mut self, env: &dyn Env) {
        if let Some(link) = self.selected_link.clone() {
            self.perform(Action::DeleteLinks(vec![link]), env);
            return;
        }
        let ids: Vec<CardId> = self.selected.iter().filter(|c| **c != CardId::ambition()).cloned().collect();
        if !ids.is_empty() {
            self.perform(Action::DeleteCards(ids), env);
        } else if !self.selected.is_empty() {
            // Only the ambition is selected: say why it stays.
            self.perform(Action::DeleteCards(vec![CardId::ambition()]), env);
        }
    }
}

/// Whether a key's command applies now. When it does not, the key keeps its
/// usual meaning in the page (Enter on nothing, Shift+arrows outside move mode).
pub fn handles(s: &Session, command: Command) -> bool {
    match command {
        Command::Edit => s.key_mode.is_some() || s.one_selected().is_some(),
        Command::BigArrow => s.key_mode == Some(KeyMode::Move),
        Command::Menu => s.one_selected().is_some(),
        _ => true,
    }
}

/// The session after `msg`, and what the app should do about it. A
/// message that changes nothing gives back the same `Rc`, so nothing is
/// drawn again; one that does not touch the board never copies it or its
/// history.
pub fn reduce(s: &Rc<Session>, msg: Msg, env: &mut dyn Env) -> (Rc<Session>, Vec<Effect>) {
    let mut n = (**s).clone();
    let mut fx = Vec::new();
    let from_elsewhere = matches!(msg, Msg::Followed(_) | Msg::Loaded(..) | Msg::Hold(_) | Msg::NewerElsewhere);
    update(&mut n, msg, env, &mut fx);
    // Another tab edits the board (or a newer app saved it): nothing here
    // changes it, and the person is told why.
    let started_editing = n.editing.is_some() && s.editing.is_none();
    if !s.may_edit() && !from_elsewhere && (n.doc != s.doc || started_editing) {
        (n.doc, n.editing, n.fresh_card) = (s.doc.clone(), s.editing.clone(), s.fresh_card.clone());
        // Nothing was changed: nothing to keep a snapshot of (the editing tab keeps them).
        fx.retain(|e| !matches!(e, Effect::Snapshot { .. }));
        let st = n.lang.storage();
        n.notice = Some(Notice::error(if s.newer_elsewhere { st.newer_elsewhere } else { st.held_elsewhere }));
    }
    if n.doc != s.doc {
        n.tidy();
    }
    if n == **s {
        (s.clone(), fx)
    } else {
        (Rc::new(n), fx)
    }
}

fn update(s: &mut Session, msg: Msg, env: &mut dyn Env, fx: &mut Vec<Effect>) {
    match msg {
        Msg::Do(action) => {
            s.perform(action, env);
        }
        Msg::Replace { board, notice, fit, before } => {
            let old = s.board();
            if s.perform(Action::ReplaceBoard(board), env) {
                fx.push(Effect::Snapshot { before: old, moment: before });
                s.notice = Some(notice);
                if fit {
                    fx.push(Effect::View(ViewRequest::FitBoard));
                }
            }
        }
        Msg::Undo => s.undo_or_redo(true),
        Msg::Redo => s.undo_or_redo(false),
        Msg::KeepSnapshot(moment) => fx.push(Effect::Snapshot { before: s.board(), moment }),
        Msg::Run { command, towards } => s.run(command, towards, env, fx),
        Msg::AddCard { kind, at } => s.add_card(kind, at, env, fx),
        Msg::AddParty => s.add_party(env),
        Msg::Link { from, to } => {
            let link = s.link_action(from, to, env);
            s.perform(link, env);
        }
        Msg::LinkToAmbition(cards) => s.link_to_ambition(cards, env),
        Msg::Arrange => {
            let moves = arrange(s.doc.board());
            let before = s.board();
            if s.perform(Action::MoveCards(moves), env) && !Rc::ptr_eq(s.doc.board(), &before.0) {
                fx.push(Effect::Snapshot { before, moment: Moment::BeforeArrange });
                fx.push(Effect::View(ViewRequest::FitBoard));
            }
        }
        Msg::SelectCards { cards, add } => {
            let mut set = if add { (*s.selected).clone() } else { BTreeSet::new() };
            for c in cards {
                if add && set.contains(&c) {
                    set.remove(&c);
                } else {
                    set.insert(c);
                }
            }
            if set == *s.selected && s.selected_link.is_none() {
                return;
            }
            if let Some(party) = single_party(s.doc.board(), &set) {
                s.active_party = Some(party);
            }
            s.selected = Rc::new(set);
            s.selected_link = None;
        }
        Msg::ShowCards(cards) => {
            if cards.is_empty() {
                return;
            }
            update(s, Msg::SelectCards { cards: cards.clone(), add: false }, env, fx);
            fx.push(Effect::View(ViewRequest::Show(cards)));
        }
        Msg::SelectLink(link) => {
            s.selected = Rc::new(BTreeSet::new());
            s.selected_link = Some(link);
        }
        Msg::ClearSelection => s.clear_selection(),
        Msg::DeleteSelection => s.delete_selection(env),
        Msg::Edit(card) => s.editing = card,
        Msg::EditCard(card) => {
            if s.doc.board().card(&card).is_some() {
                s.select_only(card.clone());
                s.editing = Some(card);
            }
        }
        Msg::SetLang(lang) => {
            // A message is worded in the language it came in: with another
            // language chosen it goes, rather than stay in words now foreign.
            if lang != s.lang {
                s.notice = None;
            }
            s.lang = lang;
        }
        Msg::Notify(n) => s.notice = Some(n),
        Msg::DismissNotice => s.notice = None,
        Msg::SetActiveParty(p) => {
            if s.doc.board().party(&p).is_some() {
                s.active_party = Some(p);
            }
        }
        Msg::AskRemoveParty(p) => s.removing_party = p,
        Msg::View(request) => fx.push(Effect::View(request)),
        Msg::Viewed(area) => s.visible = area,
        Msg::Loaded(board, notice) => {
            let (visible, panel, prompt_folded) = (s.visible, s.panel, s.prompt_folded);
            // The same board again stays held as it was.
            let held = (board.id == s.doc.board().id).then_some((s.hold, s.newer_elsewhere));
            *s = Session::new(board, s.lang);
            (s.visible, s.panel, s.prompt_folded) = (visible, panel, prompt_folded);
            if let Some((hold, newer)) = held {
                (s.hold, s.newer_elsewhere) = (hold, newer);
            }
            s.notice = notice;
            fx.push(Effect::View(ViewRequest::FitBoard));
        }
        Msg::Hold(hold) => {
            s.hold = hold;
            if !s.may_edit() {
                (s.editing, s.key_mode, s.fresh_card) = (None, None, None);
            }
        }
        Msg::Followed(board) => s.doc = Shared::from(Document::new(board)),
        Msg::NewerElsewhere => {
            s.newer_elsewhere = true;
            (s.editing, s.key_mode, s.fresh_card) = (None, None, None);
        }
        Msg::Focus(party) => s.lens = Rc::new(Lens { focus: party, ..(*s.lens).clone() }),
        Msg::ToggleKind(kind) => s.lens = Rc::new(s.lens.toggled(kind)),
        Msg::Search(text) => s.lens = Rc::new(Lens { search: text, ..(*s.lens).clone() }),
        Msg::Step(step) => {
            s.step = step;
            if let Some(step) = step {
                match step_view(s.doc.board(), step) {
                    StepView::Parties => s.panel = Some(Panel::Parties),
                    StepView::Cards(cards) if !cards.is_empty() => fx.push(Effect::View(ViewRequest::Show(cards))),
                    StepView::Cards(_) => {}
                    StepView::Check => {
                        s.panel = Some(Panel::Checks);
                        fx.push(Effect::View(ViewRequest::FitBoard));
                    }
                }
            }
        }
        Msg::ShowPanel(panel) => s.panel = panel,
        Msg::FoldPrompt(folded) => s.prompt_folded = folded,
        Msg::OpenDialog(d) => {
            if d != Some(Dialog::Rows) {
                s.rows = None;
            }
            s.dialog = d;
        }
        Msg::ReadRows(bytes) => {
            let read = read_row_bytes(&bytes, s.doc.board(), &Lang::all_row_words());
            let create = read.as_ref().map_or_else(|_| Vec::new(), |r| vec![true; r.new_parties.len()]);
            s.rows = Some(Shared::from(RowsReading { read, create }));
            s.dialog = Some(Dialog::Rows);
        }
        Msg::ToggleNewParty(at) => {
            if let Some(rows) = &s.rows {
                let mut rows = (**rows).clone();
                if let Some(tick) = rows.create.get_mut(at) {
                    *tick = !*tick;
                    s.rows = Some(Shared::from(rows));
                }
            }
        }
        Msg::AddRows => s.add_rows(env, fx),
        Msg::StartVoting { participants, dots } => {
            if let Some(doc) = s.doc.with_round(Some(VotingRound::new(participants, dots))) {
                s.doc = Shared::from(doc);
            }
            s.dialog = None;
        }
        Msg::StopVoting => {
            if let Some(doc) = s.doc.with_round(None) {
                s.doc = Shared::from(doc);
                // The results are in the panel of the questions.
                s.panel = Some(Panel::Checks);
            }
        }
        Msg::SetVoter(p) => {
            if let Some(doc) = s.doc.with_voter(p) {
                s.doc = Shared::from(doc);
            }
        }
        Msg::Vote { card, give } => {
            if let Some(doc) = s.doc.vote(&card, give, env.now()) {
                s.doc = Shared::from(doc);
            }
        }
        Msg::StartTimer { minutes } => {
            if minutes.is_finite() && minutes > 0.0 {
                s.timer_end = Some(env.now().saturating_add((minutes * 60_000.0) as u64));
            }
            s.dialog = None;
        }
        Msg::StopTimer => s.timer_end = None,
        Msg::Present(stop) => s.present(stop, fx),
        Msg::PresentBy(delta) => {
            let Some(stop) = s.presenting else { return };
            let next = presentation::stop_after(s.doc.board(), stop, delta);
            if next != stop {
                s.present(Some(next), fx);
            }
        }
        Msg::SetKeyMode(mode) => s.key_mode = mode,
        Msg::FocusCard(card) => {
            if s.selected.contains(&card) || s.doc.board().card(&card).is_none() {
                return;
            }
            // While voting, a card tapped or tabbed to gets a dot or is
            // brought into view, not chosen: no details open over the board.
            if s.round().is_none() {
                s.select_only(card.clone());
            }
            fx.push(Effect::View(ViewRequest::Reveal(card)));
        }
        Msg::ToggleOutline => s.outline = !s.outline,
    }
}

/// A selection of one card.
pub fn only(card: CardId) -> Rc<BTreeSet<CardId>> {
    Rc::new(card_set([card]))
}

/// A set of cards, built by inserting them one by one: collecting into a
/// set sorts first, and each sort is code of its own in the download.
pub fn card_set(cards: impl IntoIterator<Item = CardId>) -> BTreeSet<CardId> {
    let mut set = BTreeSet::new();
    for card in cards {
        set.insert(card);
    }
    set
}

/// The cards of `selection` that are on the board, in board order: one pass
/// over the board, not a search of it per selected card (a selection can
/// hold a thousand cards).
pub fn selected_cards<'a>(board: &'a Board, selection: &'a BTreeSet<CardId>) -> impl Iterator<Item = &'a Rc<Card>> {
    board.cards.iter().filter(move |c| selection.contains(&c.id))
}

/// The party of the selected cards, if they all belong to the same one.
fn single_party(board: &Board, cards: &BTreeSet<CardId>) -> Option<PartyId> {
    let mut parties = selected_cards(board, cards).filter_map(|c| c.party.clone());
    let first = parties.next()?;
    parties.all(|p| p == first).then_some(first)
}
