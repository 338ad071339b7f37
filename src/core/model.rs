//! The board and everything on it: parties, cards, links, with typed ids.
//!
//! This is the document: everything here is saved and exported. Session
//! state (camera, selection, gestures) lives elsewhere and never in a file.

use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

use serde::Serialize;

use super::geometry::{Point, Rect, Size};

/// Identifies a party on a board.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct PartyId(pub String);

/// Identifies a card on a board.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct CardId(pub String);

/// Identifies a link on a board.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct LinkId(pub String);

impl CardId {
    /// The id of the one ambition card every board has.
    pub fn ambition() -> Self {
        CardId(AMBITION_ID.to_owned())
    }
}

/// The fixed id of the central ambition card.
pub const AMBITION_ID: &str = "ambition";

/// The default size of a new card, in world units (CSS pixels at 100 %).
pub const CARD_SIZE: Size = Size { width: 240.0, height: 150.0 };
/// The default size of the ambition card.
pub const AMBITION_SIZE: Size = Size { width: 440.0, height: 160.0 };

/// Colours offered for parties: saturated enough to tell apart on a
/// projector, each with black or white text reaching 4.5 : 1 contrast.
pub const PARTY_COLOURS: [&str; 8] = [
    "#1f6feb", "#c2364a", "#2a9d8f", "#e9a23b", "#7b4fd6", "#3d7a2a", "#c2410c", "#0e7490",
];

/// An organisation taking part.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Party {
    pub id: PartyId,
    pub name: String,
    /// What card headers show instead of the name, when the facilitator
    /// gave one ("SWV" for "Samenwerkingsverband Passend Onderwijs");
    /// empty when not.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub short_name: String,
    /// A CSS colour `#rrggbb`.
    pub colour: String,
    /// When the party was last changed, in milliseconds since the Unix
    /// epoch; 0 when unknown. Merging keeps the more recent version.
    pub edited: u64,
}

impl Party {
    /// A party with an unknown edit time (0).
    pub fn new(id: PartyId, name: impl Into<String>, colour: impl Into<String>) -> Self {
        Party { id, name: name.into(), short_name: String::new(), colour: colour.into(), edited: 0 }
    }

    /// What a card's header calls the party: its short name if it has one,
    /// else its name.
    pub fn label(&self) -> &str {
        match self.short_name.trim() {
            "" => &self.name,
            short => short,
        }
    }
}

/// What a card is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CardKind {
    Ambition,
    Interest,
    Wish,
    Goal,
    Action,
    Fact,
}

impl CardKind {
    /// Interests, wishes and goals belong to a party.
    pub fn belongs_to_party(self) -> bool {
        matches!(self, CardKind::Interest | CardKind::Wish | CardKind::Goal)
    }

    /// The kinds a person can add (the ambition is always there already).
    pub const ADDABLE: [CardKind; 5] =
        [CardKind::Interest, CardKind::Wish, CardKind::Goal, CardKind::Action, CardKind::Fact];
}

/// A value written in the board file by name (`"in_progress"`).
pub trait Named: Copy + PartialEq + 'static {
    /// Every value, in the order messages list them.
    fn all() -> &'static [Self];
    /// The name in the board file.
    fn name(self) -> &'static str;
    /// The value of a name in the board file.
    fn named(name: &str) -> Option<Self> {
        Self::all().iter().copied().find(|v| v.name() == name)
    }
}

impl Named for CardKind {
    fn all() -> &'static [Self] {
        use CardKind::*;
        &[Ambition, Interest, Wish, Goal, Action, Fact]
    }
    fn name(self) -> &'static str {
        match self {
            CardKind::Ambition => "ambition",
            CardKind::Interest => "interest",
            CardKind::Wish => "wish",
            CardKind::Goal => "goal",
            CardKind::Action => "action",
            CardKind::Fact => "fact",
        }
    }
}

/// Where an action stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    #[default]
    Idea,
    Agreed,
    InProgress,
    Done,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 4] =
        [ActionStatus::Idea, ActionStatus::Agreed, ActionStatus::InProgress, ActionStatus::Done];
}

impl Named for ActionStatus {
    fn all() -> &'static [Self] {
        &ActionStatus::ALL
    }
    fn name(self) -> &'static str {
        match self {
            ActionStatus::Idea => "idea",
            ActionStatus::Agreed => "agreed",
            ActionStatus::InProgress => "in_progress",
            ActionStatus::Done => "done",
        }
    }
}

/// A party's commitment to an action. "Not asked" is the absence of an entry.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Commitment {
    #[default]
    NotAsked,
    Committed,
    Hesitant,
    NotCommitted,
}

impl Commitment {
    pub const ALL: [Commitment; 4] =
        [Commitment::NotAsked, Commitment::Committed, Commitment::Hesitant, Commitment::NotCommitted];
}

impl Named for Commitment {
    fn all() -> &'static [Self] {
        &Commitment::ALL
    }
    fn name(self) -> &'static str {
        match self {
            Commitment::NotAsked => "not_asked",
            Commitment::Committed => "committed",
            Commitment::Hesitant => "hesitant",
            Commitment::NotCommitted => "not_committed",
        }
    }
}

/// One card on the board. Fields that only some kinds use are empty for the
/// others: `party` for interests, wishes and goals; `owners`, `status` and
/// `commitments` for actions; `source` and `recognised_by` for facts.
///
/// The members of a card in the file are its fields, in this order;
/// optional ones are left out when they hold nothing.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Card {
    pub id: CardId,
    pub kind: CardKind,
    pub text: String,
    /// Top-left corner in world coordinates. Position and size are
    /// written to the file in thousandths of a unit: text that any JSON
    /// reader, serde_json's quick one too, takes back as the same number.
    #[serde(serialize_with = "write_thousandths")]
    pub x: f64,
    #[serde(serialize_with = "write_thousandths")]
    pub y: f64,
    #[serde(serialize_with = "write_thousandths")]
    pub width: f64,
    #[serde(serialize_with = "write_thousandths")]
    pub height: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub party: Option<PartyId>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub owners: Vec<PartyId>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<ActionStatus>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub commitments: BTreeMap<PartyId, Commitment>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub recognised_by: Vec<PartyId>,
    /// Dots the card received in dot voting.
    #[serde(skip_serializing_if = "is_zero")]
    pub votes: u32,
    /// When the card was last changed, in milliseconds since the Unix
    /// epoch; 0 when unknown. Merging keeps the more recent version.
    pub edited: u64,
}

fn is_zero(n: &u32) -> bool {
    *n == 0
}

/// `v` rounded to three decimals: the double nearest a number of at most 15
/// digits, which reads back exactly. What the board file holds of a card's
/// position and size.
pub fn thousandths(v: f64) -> f64 {
    (v * 1000.0).round() / 1000.0
}

fn write_thousandths<S: serde::Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64(thousandths(*v))
}

impl Card {
    /// A new card of `kind` with its top-left corner at `at`, with the
    /// fields its kind needs set to their starting values.
    pub fn new(id: CardId, kind: CardKind, text: impl Into<String>, at: Point) -> Self {
        let size = if kind == CardKind::Ambition { AMBITION_SIZE } else { CARD_SIZE };
        Card {
            id,
            kind,
            text: text.into(),
            x: at.x,
            y: at.y,
            width: size.width,
            height: size.height,
            party: None,
            owners: Vec::new(),
            status: (kind == CardKind::Action).then_some(ActionStatus::Idea),
            commitments: BTreeMap::new(),
            source: (kind == CardKind::Fact).then(String::new),
            recognised_by: Vec::new(),
            edited: 0,
            votes: 0,
        }
    }

    /// The same card, belonging to `party`.
    pub fn with_party(mut self, party: PartyId) -> Self {
        self.party = Some(party);
        self
    }

    pub fn rect(&self) -> Rect {
        Rect { x: self.x, y: self.y, width: self.width, height: self.height }
    }

    pub fn centre(&self) -> Point {
        self.rect().centre()
    }

    /// A party's commitment to this action ("not asked" when none is set).
    pub fn commitment(&self, party: &PartyId) -> Commitment {
        self.commitments.get(party).copied().unwrap_or_default()
    }
}

/// An arrow between two cards. Its meaning follows from the kinds it joins.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Link {
    pub id: LinkId,
    pub from: CardId,
    pub to: CardId,
    /// Free text shown on links whose kinds give them no meaning of their own.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// When the link was last changed, in milliseconds since the Unix
    /// epoch; 0 when unknown. Merging keeps the more recent version.
    pub edited: u64,
}

impl Link {
    /// An unlabelled link with an unknown edit time (0).
    pub fn new(id: LinkId, from: CardId, to: CardId) -> Self {
        Link { id, from, to, label: String::new(), edited: 0 }
    }

    /// The same link with `label`.
    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = label.into();
        self
    }
}

/// What a link means, from the kinds of the two cards it joins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LinkMeaning {
    /// interest / wish / goal → ambition: the ambition serves this party's interest.
    Serves,
    /// action → ambition: the action makes the ambition concrete.
    Realises,
    /// fact → ambition, action or party card: the fact substantiates it.
    Substantiates,
    /// Any other pair: a free link with an optional label.
    Free,
}

impl LinkMeaning {
    /// The meaning of an arrow from a card of kind `from` to one of kind `to`.
    pub fn of(from: CardKind, to: CardKind) -> Self {
        use CardKind::*;
        match (from, to) {
            (Interest | Wish | Goal, Ambition) => LinkMeaning::Serves,
            (Action, Ambition) => LinkMeaning::Realises,
            (Fact, Ambition | Action | Interest | Wish | Goal) => LinkMeaning::Substantiates,
            _ => LinkMeaning::Free,
        }
    }

    /// The direction an arrow between these kinds should point so that it
    /// reads with its meaning (an interest serves the ambition, not the other
    /// way round). Returns `true` when `a → b` should be turned into `b → a`.
    pub fn should_reverse(a: CardKind, b: CardKind) -> bool {
        LinkMeaning::of(a, b) == LinkMeaning::Free && LinkMeaning::of(b, a) != LinkMeaning::Free
    }
}

/// One mapping exercise. In a file, the value of `board`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Board {
    /// Identifies the board across copies of its file, so that a file sent
    /// back by a team is recognised as the same board (and offered for
    /// merging). Empty when unknown (files of format version 1, new boards
    /// the app has not given one yet); a copy made with "duplicate" gets a
    /// new one. Letters, digits, `-` and `_`, at most 64 characters.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub id: String,
    pub title: String,
    /// The shared challenge the parties face together.
    pub challenge: String,
    pub parties: Vec<Party>,
    /// All cards, the ambition among them, in drawing order.
    pub cards: Vec<Rc<Card>>,
    pub links: Vec<Rc<Link>>,
}

impl Default for Board {
    fn default() -> Self {
        Board::new("", "")
    }
}

impl Board {
    /// An empty board: a title, a challenge, and the ambition card in the middle.
    pub fn new(title: impl Into<String>, challenge: impl Into<String>) -> Self {
        let at = Point { x: -AMBITION_SIZE.width / 2.0, y: -AMBITION_SIZE.height / 2.0 };
        Board {
            id: String::new(),
            title: title.into(),
            challenge: challenge.into(),
            parties: Vec::new(),
            cards: vec![Rc::new(Card::new(CardId::ambition(), CardKind::Ambition, "", at))],
            links: Vec::new(),
        }
    }

    /// The same board with the id `id` (see [`Board::id`]).
    pub fn with_id(mut self, id: impl Into<String>) -> Self {
        self.id = id.into();
        self
    }

    pub fn card(&self, id: &CardId) -> Option<&Rc<Card>> {
        self.cards.iter().find(|c| &c.id == id)
    }

    pub fn card_index(&self, id: &CardId) -> Option<usize> {
        self.cards.iter().position(|c| &c.id == id)
    }

    pub fn ambition(&self) -> Option<&Rc<Card>> {
        self.card(&CardId::ambition())
    }

    pub fn party(&self, id: &PartyId) -> Option<&Party> {
        self.parties.iter().find(|p| &p.id == id)
    }

    pub fn link(&self, id: &LinkId) -> Option<&Link> {
        self.links.iter().find(|l| &l.id == id).map(|l| &**l)
    }

    /// The meaning of a link on this board (`Free` if a card is missing).
    pub fn link_meaning(&self, link: &Link) -> LinkMeaning {
        meaning(self.card(&link.from), self.card(&link.to))
    }

    /// Whether two cards are already joined by a link, in either direction.
    pub fn linked(&self, a: &CardId, b: &CardId) -> bool {
        self.links.iter().any(|l| (&l.from == a && &l.to == b) || (&l.from == b && &l.to == a))
    }

    /// The colour a card is drawn in: its party's colour, if it has one.
    pub fn card_colour(&self, card: &Card) -> Option<&str> {
        card.party.as_ref().and_then(|p| self.party(p)).map(|p| p.colour.as_str())
    }

    /// The topmost card under a world point.
    pub fn card_at(&self, p: Point) -> Option<&Rc<Card>> {
        self.cards.iter().rev().find(|c| c.rect().contains(p))
    }

    /// Every card touching a world rectangle, in drawing order.
    pub fn cards_in(&self, r: &Rect) -> Vec<CardId> {
        self.cards.iter().filter(|c| c.rect().intersects(r)).map(|c| c.id.clone()).collect()
    }

    /// A file name for the board, without extension: its title, with the
    /// characters file systems refuse left out; "ambition-map" if none remain.
    pub fn file_stem(&self) -> String {
        let cleaned: String = self
            .title
            .chars()
            .map(|c| if c.is_control() || "/\\:*?\"<>|".contains(c) { ' ' } else { c })
            .collect();
        let stem = cleaned.split_whitespace().collect::<Vec<_>>().join(" ");
        let stem: String = stem.chars().take(80).collect();
        let stem = stem.trim_matches(|c: char| c == '.' || c.is_whitespace());
        if stem.is_empty() {
            "ambition-map".to_owned()
        } else {
            stem.to_owned()
        }
    }

    /// The smallest rectangle holding every card.
    pub fn bounds(&self) -> Option<Rect> {
        self.cards.iter().map(|c| c.rect()).reduce(|a, b| a.union(&b))
    }
}

/// The board's cards by id, for work that looks up many of them (every
/// link's ends, every gap's card): built once, then each lookup is direct
/// instead of a search of the board.
pub struct CardLookup<'a>(HashMap<&'a CardId, &'a Rc<Card>>);

impl<'a> CardLookup<'a> {
    pub fn of(board: &'a Board) -> Self {
        CardLookup(board.cards.iter().map(|c| (&c.id, c)).collect())
    }

    pub fn card(&self, id: &CardId) -> Option<&'a Rc<Card>> {
        self.0.get(id).copied()
    }

    /// As [`Board::link_meaning`].
    pub fn link_meaning(&self, link: &Link) -> LinkMeaning {
        meaning(self.card(&link.from), self.card(&link.to))
    }
}

fn meaning(from: Option<&Rc<Card>>, to: Option<&Rc<Card>>) -> LinkMeaning {
    match (from, to) {
        (Some(a), Some(b)) => LinkMeaning::of(a.kind, b.kind),
        _ => LinkMeaning::Free,
    }
}
