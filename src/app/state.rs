//! The app's state: the board (through the core's `apply` and history) and
//! the session around it — selection, editing, language, messages. A
//! `Reducible`, so components change it only by sending a [`Msg`].

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::Reducible;

use super::Shared;
use crate::core::action::{apply, Action};
use crate::core::history::History;
use crate::core::model::{Board, Card, CardId, CardKind, LinkId, PartyId};
use crate::i18n::Lang;

/// A message for the person at the screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    pub error: bool,
}

/// What the canvas should show, asked for by something outside it.
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

/// What the canvas shows of the board: focus on one party, kinds left out,
/// and a search. Session state only.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Lens {
    pub focus: Option<PartyId>,
    /// The kinds left out, in the order they were hidden.
    pub hidden: Vec<CardKind>,
    pub search: String,
}

/// A round of dot voting: each participant has `dots` dots to give.
#[derive(Clone, Debug, PartialEq)]
pub struct VotingRound {
    pub dots: u32,
    /// The cards each participant gave a dot to (one entry per dot).
    pub given: Vec<Vec<CardId>>,
    /// The participant now giving dots.
    pub current: usize,
}

impl VotingRound {
    pub fn dots_left(&self, participant: usize) -> u32 {
        let used = self.given.get(participant).map_or(0, |g| g.len() as u32);
        self.dots.saturating_sub(used)
    }
}

/// A dialog over the board.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialog {
    Matrix,
    StartVoting,
    SetTimer,
    Help,
}

/// A keyboard mode: what the arrow keys, Enter and K do for now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeyMode {
    /// The selected cards are picked up: the arrow keys move them.
    Move,
    /// A link is being made from this card to the next one chosen.
    LinkFrom(CardId),
}

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub board: Shared<Board>,
    pub history: History,
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
    /// A request for the canvas, with a number that changes on every request.
    pub view_request: (u32, Option<ViewRequest>),
    pub lens: Rc<Lens>,
    /// The workshop step whose question is shown, if any.
    pub step: Option<usize>,
    pub dialog: Option<Dialog>,
    pub voting: Option<VotingRound>,
    /// When the timer runs out, in milliseconds since the Unix epoch.
    pub timer_end: Option<f64>,
    /// In presentation mode: which stop is shown (0 is the whole board).
    pub presenting: Option<usize>,
    pub key_mode: Option<KeyMode>,
    /// The outline view is shown.
    pub outline: bool,
}

pub enum Msg {
    /// Apply a change to the board, as one undo step.
    Do(Action),
    /// Apply a change and select the given card (e.g. a card just added).
    DoAndSelect(Action, CardId),
    Undo,
    Redo,
    /// Select these cards; with `add`, toggle them in the current selection.
    SelectCards { cards: Vec<CardId>, add: bool },
    SelectLink(LinkId),
    ClearSelection,
    /// Delete the selected cards or link.
    DeleteSelection,
    Edit(Option<CardId>),
    /// Start editing the one selected card.
    EditSelection,
    SetLang(Lang),
    Notify(Notice),
    DismissNotice,
    SetActiveParty(PartyId),
    AskRemoveParty(Option<PartyId>),
    View(ViewRequest),
    /// The board loaded at start-up, and a message about it, if any.
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
    Timer(Option<f64>),
    /// Enter presentation mode at a stop, or leave it.
    Present(Option<usize>),
    /// Go this many stops forward (or back) in the presentation.
    PresentBy(isize),
    SetKeyMode(Option<KeyMode>),
    /// A card got the keyboard focus: select it (unless it already is) and
    /// bring it into view.
    FocusCard(CardId),
    /// Move the focus (and selection) to the nearest card in a direction.
    FocusStep { dx: f64, dy: f64 },
    ToggleOutline,
}

impl AppState {
    pub fn new(board: Board, lang: Lang) -> Self {
        let active_party = board.parties.first().map(|p| p.id.clone());
        let board_ref = board.clone();
        AppState {
            board: Shared::from(board),
            history: History::default(),
            selected: Rc::new(BTreeSet::new()),
            selected_link: None,
            editing: None,
            lang,
            notice: None,
            active_party,
            removing_party: None,
            new_party: None,
            view_request: (0, None),
            lens: Rc::new(Lens::default()),
            step: board_step(&board_ref),
            dialog: None,
            voting: None,
            timer_end: None,
            presenting: None,
            key_mode: None,
            outline: false,
        }
    }

    fn request(&mut self, request: ViewRequest) {
        self.view_request = (self.view_request.0.wrapping_add(1), Some(request));
    }

    /// Selection, editing and the active party, trimmed to what is still on the board.
    fn tidy(&mut self) {
        if !self.selected.is_empty() && selected_cards(&self.board, &self.selected).count() < self.selected.len() {
            let mut kept = BTreeSet::new();
            for card in selected_cards(&self.board, &self.selected) {
                kept.insert(card.id.clone());
            }
            self.selected = Rc::new(kept);
        }
        if self.selected_link.as_ref().is_some_and(|l| self.board.link(l).is_none()) {
            self.selected_link = None;
        }
        if self.editing.as_ref().is_some_and(|c| self.board.card(c).is_none()) {
            self.editing = None;
        }
        if self.active_party.as_ref().is_none_or(|p| self.board.party(p).is_none()) {
            self.active_party = self.board.parties.first().map(|p| p.id.clone());
        }
        let mode_lost = match &self.key_mode {
            Some(KeyMode::Move) => self.selected.is_empty() || self.editing.is_some(),
            Some(KeyMode::LinkFrom(card)) => self.board.card(card).is_none(),
            None => false,
        };
        if mode_lost {
            self.key_mode = None;
        }
        if self.lens.focus.as_ref().is_some_and(|p| self.board.party(p).is_none()) {
            self.lens = Rc::new(Lens { focus: None, ..(*self.lens).clone() });
        }
    }

    fn perform(&mut self, action: &Action) -> bool {
        match apply(&self.board, action) {
            Ok(mut next) => {
                // Changes made here carry their edit time, for merging; a
                // replaced board (a file, a merge, another tab) brings its own.
                if !matches!(action, Action::ReplaceBoard(_)) {
                    crate::core::merge::stamp_edits(&self.board, &mut next, crate::platform::storage::now());
                }
                if next != *self.board {
                    let before = std::mem::replace(&mut self.board, Shared::from(next));
                    self.history.record((*before).clone());
                }
                if let Action::AddParty(p) = action {
                    self.active_party = Some(p.id.clone());
                    self.new_party = Some(p.id.clone());
                }
                if let Action::RemoveParty { .. } = action {
                    self.removing_party = None;
                }
                true
            }
            Err(refusal) => {
                let text = self.lang.texts().refusal(&refusal).to_owned();
                self.notice = Some(Notice { text, error: true });
                false
            }
        }
    }
}

impl Reducible for AppState {
    type Action = Msg;

    fn reduce(self: Rc<Self>, msg: Msg) -> Rc<Self> {
        if let Msg::PresentBy(delta) = msg {
            let Some(stop) = self.presenting else { return self };
            let last = crate::app::components::presentation_bar::stop_count(&self.board).saturating_sub(1);
            let next = stop.saturating_add_signed(delta).min(last);
            return if next == stop { self } else { self.reduce(Msg::Present(Some(next))) };
        }
        let mut s = (*self).clone();
        match msg {
            Msg::Do(action) => {
                s.perform(&action);
            }
            Msg::DoAndSelect(action, card) => {
                if s.perform(&action) {
                    s.selected = only(card.clone());
                    s.selected_link = None;
                    s.request(ViewRequest::Reveal(card));
                }
            }
            Msg::Undo | Msg::Redo => {
                let step = if matches!(msg, Msg::Undo) { s.history.undo(&s.board) } else { s.history.redo(&s.board) };
                match step {
                    Some(board) => {
                        s.board = Shared::from(board);
                        s.editing = None;
                    }
                    None => return self,
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
                    return self;
                }
                if let Some(party) = single_party(&s.board, &set) {
                    s.active_party = Some(party);
                }
                s.selected = Rc::new(set);
                s.selected_link = None;
            }
            Msg::SelectLink(link) => {
                s.selected = Rc::new(BTreeSet::new());
                s.selected_link = Some(link);
            }
            Msg::ClearSelection => {
                if s.selected.is_empty() && s.selected_link.is_none() && s.editing.is_none() {
                    return self;
                }
                s.selected = Rc::new(BTreeSet::new());
                s.selected_link = None;
                s.editing = None;
            }
            Msg::DeleteSelection => {
                if let Some(link) = s.selected_link.clone() {
                    s.perform(&Action::DeleteLinks(vec![link]));
                } else {
                    let ids: Vec<CardId> = s.selected.iter().filter(|c| c.0 != crate::core::model::AMBITION_ID).cloned().collect();
                    if ids.is_empty() {
                        if !s.selected.is_empty() {
                            s.perform(&Action::DeleteCards(vec![CardId::ambition()]));
                        } else {
                            return self;
                        }
                    } else {
                        s.perform(&Action::DeleteCards(ids));
                    }
                }
            }
            Msg::Edit(card) => s.editing = card,
            Msg::EditSelection => match s.selected.iter().next() {
                Some(card) if s.selected.len() == 1 => s.editing = Some(card.clone()),
                _ => return self,
            },
            Msg::SetLang(lang) => s.lang = lang,
            Msg::Notify(n) => s.notice = Some(n),
            Msg::DismissNotice => s.notice = None,
            Msg::SetActiveParty(p) => s.active_party = Some(p),
            Msg::AskRemoveParty(p) => s.removing_party = p,
            Msg::View(request) => s.request(request),
            Msg::Loaded(board, notice) => {
                s = AppState::new(board, s.lang);
                s.notice = notice;
                s.view_request = (self.view_request.0.wrapping_add(1), Some(ViewRequest::FitBoard));
            }
            Msg::Focus(party) => s.lens = Rc::new(Lens { focus: party, ..(*s.lens).clone() }),
            Msg::ToggleKind(kind) => {
                let mut lens = (*s.lens).clone();
                match lens.hidden.iter().position(|k| *k == kind) {
                    Some(i) => {
                        lens.hidden.remove(i);
                    }
                    None => lens.hidden.push(kind),
                }
                s.lens = Rc::new(lens);
            }
            Msg::Search(text) => s.lens = Rc::new(Lens { search: text, ..(*s.lens).clone() }),
            Msg::Step(step) => s.step = step,
            Msg::OpenDialog(d) => s.dialog = d,
            Msg::StartVoting { participants, dots } => {
                s.voting = Some(VotingRound { dots, given: vec![Vec::new(); participants.clamp(1, 99)], current: 0 });
            }
            Msg::StopVoting => s.voting = None,
            Msg::SetVoter(p) => {
                if let Some(v) = s.voting.as_mut().filter(|v| p < v.given.len()) {
                    v.current = p;
                }
            }
            Msg::Vote { card, give } => {
                let Some(mut round) = s.voting.clone() else { return self };
                let Some(votes) = s.board.card(&card).map(|c| c.votes) else { return self };
                let who = round.current;
                let mine = &mut round.given[who];
                let votes = if give {
                    if round.dots.saturating_sub(mine.len() as u32) == 0 {
                        return self;
                    }
                    mine.push(card.clone());
                    votes + 1
                } else {
                    let Some(i) = mine.iter().position(|c| c == &card) else { return self };
                    mine.remove(i);
                    votes.saturating_sub(1)
                };
                if s.perform(&Action::SetVotes { card, votes }) {
                    s.voting = Some(round);
                }
            }
            Msg::Timer(end) => s.timer_end = end,
            Msg::PresentBy(_) => return self,
            Msg::Present(stop) => {
                s.presenting = stop;
                s.editing = None;
                s.selected = Rc::new(BTreeSet::new());
                s.selected_link = None;
                // A party's stop puts that party forward; the others show the whole board.
                let party = stop.and_then(|i| i.checked_sub(1)).and_then(|i| s.board.parties.get(i)).map(|p| p.id.clone());
                let cards: Vec<CardId> = party
                    .as_ref()
                    .map(|p| s.board.cards.iter().filter(|c| c.party.as_ref() == Some(p)).map(|c| c.id.clone()).collect())
                    .unwrap_or_default();
                s.lens = Rc::new(Lens { focus: party, ..(*s.lens).clone() });
                if cards.is_empty() {
                    s.request(ViewRequest::FitBoard);
                } else {
                    let mut shown = cards;
                    shown.push(CardId::ambition());
                    s.request(ViewRequest::Show(shown));
                }
            }
            Msg::SetKeyMode(mode) => s.key_mode = mode,
            Msg::FocusCard(card) => {
                if s.selected.contains(&card) || s.board.card(&card).is_none() {
                    return self;
                }
                s.selected = only(card.clone());
                s.selected_link = None;
                if let Some(party) = single_party(&s.board, &s.selected) {
                    s.active_party = Some(party);
                }
                s.request(ViewRequest::Reveal(card));
            }
            Msg::FocusStep { dx, dy } => {
                let from = s.selected.iter().next().cloned();
                let Some(next) = super::keyboard::nearest_card(&s.board, from.as_ref(), (dx, dy)) else { return self };
                s.selected = only(next.clone());
                s.selected_link = None;
                if let Some(party) = single_party(&s.board, &s.selected) {
                    s.active_party = Some(party);
                }
                s.request(ViewRequest::Reveal(next));
            }
            Msg::ToggleOutline => s.outline = !s.outline,
        }
        s.tidy();
        Rc::new(s)
    }
}

/// The workshop step an opened board starts at: parties first on an empty board.
fn board_step(board: &Board) -> Option<usize> {
    board.parties.is_empty().then_some(0)
}

/// A selection of one card.
pub fn only(card: CardId) -> Rc<BTreeSet<CardId>> {
    let mut set = BTreeSet::new();
    set.insert(card);
    Rc::new(set)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::geometry::Point;

    #[test]
    fn deleted_cards_leave_the_selection_whether_it_is_small_or_large() {
        let mut board = Board::new("", "");
        let ids: Vec<CardId> = (0..12).map(|i| CardId(format!("c{i}"))).collect();
        for id in &ids {
            board.cards.push(Rc::new(Card::new(id.clone(), CardKind::Goal, "", Point::default())));
        }
        for selected in [3, 12] {
            let mut state = AppState::new(board.clone(), Lang::En);
            state.selected = Rc::new(ids[..selected].iter().cloned().collect());
            // Two cards deleted (an action sets the time through the browser, so
            // the board is changed here directly).
            state.board = crate::app::Shared(Rc::new(Board {
                cards: board.cards.iter().filter(|c| c.id != ids[0] && c.id != ids[2]).cloned().collect(),
                ..board.clone()
            }));
            state.tidy();
            let expected: BTreeSet<CardId> = ids[..selected].iter().filter(|id| *id != &ids[0] && *id != &ids[2]).cloned().collect();
            assert_eq!(*state.selected, expected, "{selected} selected");
        }
    }
}
