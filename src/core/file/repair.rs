//! What opening a file put right: one [`Repair`] per repaired item, naming
//! the item and its place in the file, so the app can say "this file was
//! repaired" and list what changed. Nothing is repaired silently, and a
//! card that had to be left out is reported with its text.

use std::fmt;

use crate::core::model::{CardId, LinkId, PartyId};

/// One repair made while opening a file. `path` is the place in the file,
/// e.g. `board.cards[3]` (lists count from 0, in the file as it was read).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Repair {
    /// A party, card or link had an id already taken by an earlier item of
    /// the same sort (or, for a card, the id `"ambition"`, which belongs to
    /// the ambition card); it got the new id `new`. References by id (a
    /// card's party, a link's ends) keep pointing at the earlier item.
    DuplicateIdRenamed { path: String, old: String, new: String },
    /// A card was left out; its text is kept here so it is not lost unseen.
    CardDropped { path: String, card: CardId, text: String, reason: CardDropReason },
    /// The file had no ambition card: an empty one was added, where a new
    /// board has it.
    AmbitionAdded,
    /// An interest, wish or goal named a party that is not on the board: a
    /// party with that id (and the id as its name) was added. `path` is the
    /// first card that named it.
    PartyAdded { path: String, party: PartyId },
    /// A party's colour was not `#rrggbb`; it got one of the app's colours.
    ColourDefaulted { path: String, party: PartyId, was: String, now: String },
    /// A card's position or size was out of range; it was clamped.
    CoordinateClamped { path: String, card: CardId },
    /// An action, fact or the ambition named a party that is not on the
    /// board in `party`; the field was cleared.
    CardPartyRemoved { path: String, card: CardId },
    /// Owners, commitments or recognitions of parties that are not on the
    /// board (or a party named twice) were removed from one field of a card.
    PartyRefsRemoved { path: String, card: CardId, field: PartyRefField },
    /// A link was left out.
    LinkDropped { path: String, link: LinkId, reason: LinkDropReason },
    /// A link pointed against its meaning (ambition → interest); it was
    /// turned round.
    LinkReversed { path: String, link: LinkId },
    /// The board's `id` was not usable (letters, digits, `-`, `_`, at most
    /// 64 characters); it was removed, so the board counts as a new one.
    BoardIdRemoved { was: String },
}

/// Why a card was left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CardDropReason {
    /// Its `kind` is not one this version knows.
    UnknownKind(String),
    /// A second ambition card: a board has one, with the id `"ambition"`.
    ExtraAmbition,
    /// An interest, wish or goal without a `party`.
    NoParty,
}

/// Why a link was left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkDropReason {
    /// Its `from` or `to` names a card that is not on the board.
    MissingCard(CardId),
    /// It joins a card to itself.
    ToItself,
    /// An earlier link already joins the same two cards (either direction).
    AlreadyLinked,
}

/// A card field holding party ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartyRefField {
    Owners,
    Commitments,
    RecognisedBy,
}

impl PartyRefField {
    /// The field's name in the file.
    pub fn name(self) -> &'static str {
        match self {
            PartyRefField::Owners => "owners",
            PartyRefField::Commitments => "commitments",
            PartyRefField::RecognisedBy => "recognised_by",
        }
    }
}

impl Repair {
    /// The place in the file this repair concerns (`board.cards[3]`), or
    /// `board` for repairs of the board as a whole.
    pub fn path(&self) -> &str {
        match self {
            Repair::DuplicateIdRenamed { path, .. }
            | Repair::CardDropped { path, .. }
            | Repair::PartyAdded { path, .. }
            | Repair::ColourDefaulted { path, .. }
            | Repair::CoordinateClamped { path, .. }
            | Repair::CardPartyRemoved { path, .. }
            | Repair::PartyRefsRemoved { path, .. }
            | Repair::LinkDropped { path, .. }
            | Repair::LinkReversed { path, .. } => path,
            Repair::AmbitionAdded | Repair::BoardIdRemoved { .. } => "board",
        }
    }
}

fn quoted(s: &str) -> String {
    super::validate::quote(s)
}

/// English, for logs and tests; the app words these in its own language.
impl fmt::Display for Repair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Repair::DuplicateIdRenamed { path, old, new } => {
                write!(f, "{path}: the id {} was already taken; renamed to {}", quoted(old), quoted(new))
            }
            Repair::CardDropped { path, card, text, reason } => {
                let why = match reason {
                    CardDropReason::UnknownKind(k) => format!("unknown card kind {}", quoted(k)),
                    CardDropReason::ExtraAmbition => "a second ambition card".to_owned(),
                    CardDropReason::NoParty => "it belongs to no party".to_owned(),
                };
                write!(f, "{path}: card {} left out ({why}); its text was {}", quoted(&card.0), quoted(text))
            }
            Repair::AmbitionAdded => write!(f, "board.cards: there was no ambition card; added an empty one"),
            Repair::PartyAdded { path, party } => {
                write!(f, "{path}: there was no party {}; added it", quoted(&party.0))
            }
            Repair::ColourDefaulted { path, was, now, .. } => {
                write!(f, "{path}: {} is not a colour #rrggbb; used {now}", quoted(was))
            }
            Repair::CoordinateClamped { path, .. } => write!(f, "{path}: position or size out of range; clamped"),
            Repair::CardPartyRemoved { path, .. } => write!(f, "{path}.party: no such party; removed"),
            Repair::PartyRefsRemoved { path, field, .. } => {
                write!(f, "{path}.{}: unknown or repeated parties removed", field.name())
            }
            Repair::LinkDropped { path, reason, .. } => {
                let why = match reason {
                    LinkDropReason::MissingCard(c) => format!("joins the card {}, which does not exist", quoted(&c.0)),
                    LinkDropReason::ToItself => "joins a card to itself".to_owned(),
                    LinkDropReason::AlreadyLinked => "the two cards are already linked".to_owned(),
                };
                write!(f, "{path}: {why}; dropped")
            }
            Repair::LinkReversed { path, .. } => write!(f, "{path}: pointed against its meaning; turned round"),
            Repair::BoardIdRemoved { was } => write!(f, "board.id: {} is not a usable id; removed", quoted(was)),
        }
    }
}
