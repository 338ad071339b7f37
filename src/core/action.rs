//! Every change to a board is an [`Action`]; [`apply`] is the one pure
//! function that performs it. An action that would break a rule of the board
//! is refused with a [`Refusal`] and changes nothing.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use super::card_size::fitted_height;
use super::geometry::Point;
use super::model::{
    ActionStatus, Board, Card, CardId, CardKind, Commitment, Link, LinkId, LinkMeaning, Party, PartyId,
};

/// What happens to a party's interests, wishes and goals when it is removed.
#[derive(Clone, Debug, PartialEq)]
pub enum PartyCards {
    /// Delete them, with their links.
    Delete,
    /// Hand them to another party.
    MoveTo(PartyId),
}

/// One change to a board.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    SetTitle(String),
    SetChallenge(String),
    AddParty(Party),
    RenameParty { party: PartyId, name: String },
    RecolourParty { party: PartyId, colour: String },
    /// What card headers call the party; empty for its whole name.
    SetShortName { party: PartyId, short_name: String },
    /// Removes the party from the board: from its cards (as `cards` says),
    /// and from every action's owners and commitments and every fact's
    /// recognitions.
    RemoveParty { party: PartyId, cards: PartyCards },
    AddCard(Card),
    SetText { card: CardId, text: String },
    /// Moves each card's top-left corner to the given point.
    MoveCards(Vec<(CardId, Point)>),
    /// Deletes the cards and every link touching them. The ambition is kept.
    DeleteCards(Vec<CardId>),
    SetCardParty { card: CardId, party: PartyId },
    SetOwner { card: CardId, party: PartyId, owner: bool },
    SetStatus { card: CardId, status: ActionStatus },
    SetCommitment { card: CardId, party: PartyId, commitment: Commitment },
    SetSource { card: CardId, source: String },
    SetRecognised { card: CardId, party: PartyId, recognised: bool },
    /// Sets the dots a card has in dot voting.
    SetVotes { card: CardId, votes: u32 },
    /// Takes every dot off every card: a new voting round.
    ClearVotes,
    /// Adds a link. An arrow drawn against its meaning (ambition → interest)
    /// is turned round so that it reads with it.
    AddLink(Link),
    SetLinkLabel { link: LinkId, label: String },
    DeleteLinks(Vec<LinkId>),
    /// Replaces the whole board, e.g. with an opened file.
    ReplaceBoard(Board),
    /// Several changes as one: one gesture, one key or one menu choice is
    /// one undo step. Applied in order; if any is refused, none is made.
    Batch(Vec<Action>),
}

/// Why an action was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    NoSuchCard(CardId),
    NoSuchParty(PartyId),
    NoSuchLink(LinkId),
    DuplicateId(String),
    LinkToItself,
    AlreadyLinked,
    /// The ambition card cannot be deleted or duplicated.
    AmbitionIsFixed,
    /// The field does not apply to this kind of card (an owner on a fact).
    WrongKind(CardKind),
    /// A party card needs a party that is on the board.
    CardNeedsParty,
    /// A coordinate or size that is not a finite number.
    NotFinite,
    /// Another party is already called so on the cards: two parties must
    /// never look alike.
    NameTaken(String),
}

/// Applies `action` to `board`, returning the new board, or the reason it
/// was refused. Cards that do not change keep their `Rc`, so a view can tell
/// cheaply what changed.
pub fn apply(board: &Board, action: &Action) -> Result<Board, Refusal> {
    let mut b = board.clone();
    change(&mut b, action)?;
    Ok(b)
}

/// Makes `action` on `b`. On a refusal `b` may be half changed: [`apply`]
/// works on a copy, so the caller's board never is.
fn change(b: &mut Board, action: &Action) -> Result<(), Refusal> {
    match action {
        Action::SetTitle(t) => b.title = t.clone(),
        Action::SetChallenge(c) => b.challenge = c.clone(),
        Action::AddParty(p) => {
            if b.party(&p.id).is_some() {
                return Err(Refusal::DuplicateId(p.id.0.clone()));
            }
            b.parties.push(p.clone());
        }
        Action::RenameParty { party, name } => {
            refuse_look_alike(b, party, name)?;
            party_mut(b, party)?.name = name.clone();
        }
        Action::RecolourParty { party, colour } => party_mut(b, party)?.colour = colour.clone(),
        Action::SetShortName { party, short_name } => {
            refuse_look_alike(b, party, short_name)?;
            party_mut(b, party)?.short_name = short_name.trim().to_owned();
        }
        Action::RemoveParty { party, cards } => remove_party(b, party, cards)?,
        Action::AddCard(card) => {
            if b.card(&card.id).is_some() || card.kind == CardKind::Ambition {
                return Err(if card.kind == CardKind::Ambition {
                    Refusal::AmbitionIsFixed
                } else {
                    Refusal::DuplicateId(card.id.0.clone())
                });
            }
            if ![card.x, card.y, card.width, card.height].iter().all(|v| v.is_finite()) {
                return Err(Refusal::NotFinite);
            }
            if card.kind.belongs_to_party() {
                match &card.party {
                    Some(p) if b.party(p).is_some() => {}
                    _ => return Err(Refusal::CardNeedsParty),
                }
            }
            b.cards.push(Rc::new(card.clone()));
        }
        Action::SetText { card, text } => card_mut(b, card)?.text = text.clone(),
        Action::MoveCards(moves) => {
            // In one pass over the board: arranging moves every card. Where a
            // card is named twice, its last move counts.
            let finite = moves.iter().all(|(_, to)| to.x.is_finite() && to.y.is_finite());
            let last: HashMap<CardId, usize> = moves.iter().enumerate().map(|(i, (id, _))| (id.clone(), i)).collect();
            let mut moved = 0;
            if finite {
                for card in &mut b.cards {
                    if let Some(&i) = last.get(&card.id) {
                        let c = Rc::make_mut(card);
                        (c.x, c.y) = (moves[i].1.x, moves[i].1.y);
                        moved += 1;
                    }
                }
            }
            if !finite || moved < last.len() {
                // Refused at the first bad move, as moving them in order would.
                for (id, to) in moves {
                    if !to.x.is_finite() || !to.y.is_finite() {
                        return Err(Refusal::NotFinite);
                    }
                    card_mut(b, id)?;
                }
            }
        }
        Action::DeleteCards(ids) => {
            let gone: HashSet<&CardId> = ids.iter().collect();
            let found = b.cards.iter().filter(|c| gone.contains(&c.id)).count();
            if found < gone.len() || gone.contains(&CardId::ambition()) {
                // Refused at the first id that cannot go, in order.
                for id in ids {
                    if id == &CardId::ambition() {
                        return Err(Refusal::AmbitionIsFixed);
                    }
                    if b.card(id).is_none() {
                        return Err(Refusal::NoSuchCard(id.clone()));
                    }
                }
            }
            b.cards.retain(|c| !gone.contains(&c.id));
            b.links.retain(|l| !gone.contains(&l.from) && !gone.contains(&l.to));
        }
        Action::SetCardParty { card, party } => {
            if b.party(party).is_none() {
                return Err(Refusal::NoSuchParty(party.clone()));
            }
            let c = card_of_kind(b, card, CardKind::belongs_to_party)?;
            c.party = Some(party.clone());
        }
        Action::SetOwner { card, party, owner } => {
            known_party(b, party)?;
            let c = card_of_kind(b, card, |k| k == CardKind::Action)?;
            c.owners.retain(|p| p != party);
            if *owner {
                c.owners.push(party.clone());
            }
        }
        Action::SetStatus { card, status } => {
            card_of_kind(b, card, |k| k == CardKind::Action)?.status = Some(*status);
        }
        Action::SetCommitment { card, party, commitment } => {
            known_party(b, party)?;
            let c = card_of_kind(b, card, |k| k == CardKind::Action)?;
            if *commitment == Commitment::NotAsked {
                c.commitments.remove(party);
            } else {
                c.commitments.insert(party.clone(), *commitment);
            }
        }
        Action::SetSource { card, source } => {
            card_of_kind(b, card, |k| k == CardKind::Fact)?.source = Some(source.clone());
        }
        Action::SetRecognised { card, party, recognised } => {
            known_party(b, party)?;
            let c = card_of_kind(b, card, |k| k == CardKind::Fact)?;
            c.recognised_by.retain(|p| p != party);
            if *recognised {
                c.recognised_by.push(party.clone());
            }
        }
        Action::SetVotes { card, votes } => card_mut(b, card)?.votes = *votes,
        Action::ClearVotes => {
            for c in b.cards.iter_mut().filter(|c| c.votes > 0) {
                Rc::make_mut(c).votes = 0;
            }
        }
        Action::AddLink(link) => {
            if b.link(&link.id).is_some() {
                return Err(Refusal::DuplicateId(link.id.0.clone()));
            }
            if link.from == link.to {
                return Err(Refusal::LinkToItself);
            }
            let from = b.card(&link.from).ok_or_else(|| Refusal::NoSuchCard(link.from.clone()))?.kind;
            let to = b.card(&link.to).ok_or_else(|| Refusal::NoSuchCard(link.to.clone()))?.kind;
            if b.linked(&link.from, &link.to) {
                return Err(Refusal::AlreadyLinked);
            }
            let mut link = link.clone();
            if LinkMeaning::should_reverse(from, to) {
                std::mem::swap(&mut link.from, &mut link.to);
            }
            b.links.push(Rc::new(link));
        }
        Action::SetLinkLabel { link, label } => {
            let l = b.links.iter_mut().find(|l| &l.id == link).ok_or_else(|| Refusal::NoSuchLink(link.clone()))?;
            Rc::make_mut(l).label = label.clone();
        }
        Action::DeleteLinks(ids) => {
            if let Some(missing) = ids.iter().find(|id| b.link(id).is_none()) {
                return Err(Refusal::NoSuchLink(missing.clone()));
            }
            b.links.retain(|l| !ids.contains(&l.id));
        }
        Action::ReplaceBoard(board) => *b = board.clone(),
        Action::Batch(actions) => {
            for a in actions {
                change(b, a)?;
            }
        }
    }
    // A card whose words or marks changed grows to show them whole (never shrinks:
    // a size someone gave it stays).
    if let Action::SetText { card, .. }
    | Action::SetCardParty { card, .. }
    | Action::SetOwner { card, .. }
    | Action::SetSource { card, .. }
    | Action::SetRecognised { card, .. }
    | Action::SetCommitment { card, .. }
    | Action::SetVotes { card, .. } = action
    {
        refit(b, card);
    }
    Ok(())
}

/// Refuses `name` (a party's new name or short name) when another party
/// is already called so, on its cards or in full, in any case: two parties
/// must never look alike.
fn refuse_look_alike(b: &Board, party: &PartyId, name: &str) -> Result<(), Refusal> {
    let (name, lower) = (name.trim(), name.trim().to_lowercase());
    let same = |s: &str| !lower.is_empty() && s.trim().to_lowercase() == lower;
    match b.parties.iter().any(|p| p.id != *party && (same(p.label()) || same(&p.name))) {
        true => Err(Refusal::NameTaken(name.to_owned())),
        false => Ok(()),
    }
}

/// Gives the card the height its text needs (see [`fitted_height`]).
fn refit(b: &mut Board, id: &CardId) {
    let Some(i) = b.card_index(id) else { return };
    let height = fitted_height(b, &b.cards[i]);
    if b.cards[i].height < height {
        Rc::make_mut(&mut b.cards[i]).height = height;
    }
}

fn party_mut<'a>(b: &'a mut Board, id: &PartyId) -> Result<&'a mut Party, Refusal> {
    b.parties.iter_mut().find(|p| &p.id == id).ok_or_else(|| Refusal::NoSuchParty(id.clone()))
}

fn known_party(b: &Board, id: &PartyId) -> Result<(), Refusal> {
    b.party(id).map(|_| ()).ok_or_else(|| Refusal::NoSuchParty(id.clone()))
}

/// The card to change, copied out of its shared `Rc` so other boards
/// (undo history) keep the old version.
fn card_mut<'a>(b: &'a mut Board, id: &CardId) -> Result<&'a mut Card, Refusal> {
    let i = b.card_index(id).ok_or_else(|| Refusal::NoSuchCard(id.clone()))?;
    Ok(Rc::make_mut(&mut b.cards[i]))
}

fn card_of_kind<'a>(
    b: &'a mut Board,
    id: &CardId,
    fits: impl Fn(CardKind) -> bool,
) -> Result<&'a mut Card, Refusal> {
    let c = card_mut(b, id)?;
    if fits(c.kind) {
        Ok(c)
    } else {
        Err(Refusal::WrongKind(c.kind))
    }
}

fn remove_party(b: &mut Board, party: &PartyId, cards: &PartyCards) -> Result<(), Refusal> {
    known_party(b, party)?;
    if let PartyCards::MoveTo(to) = cards {
        if to == party {
            return Err(Refusal::NoSuchParty(to.clone()));
        }
        known_party(b, to)?;
    }
    let own = |c: &Rc<Card>| c.party.as_ref() == Some(party);
    match cards {
        PartyCards::Delete => {
            let gone: HashSet<CardId> = b.cards.iter().filter(|c| own(c)).map(|c| c.id.clone()).collect();
            b.cards.retain(|c| !gone.contains(&c.id));
            b.links.retain(|l| !gone.contains(&l.from) && !gone.contains(&l.to));
        }
        PartyCards::MoveTo(to) => {
            for c in b.cards.iter_mut().filter(|c| own(c)) {
                Rc::make_mut(c).party = Some(to.clone());
            }
        }
    }
    for i in 0..b.cards.len() {
        let c = &b.cards[i];
        let mentions = c.owners.contains(party) || c.commitments.contains_key(party) || c.recognised_by.contains(party);
        if mentions {
            let c = Rc::make_mut(&mut b.cards[i]);
            c.owners.retain(|p| p != party);
            c.commitments.remove(party);
            c.recognised_by.retain(|p| p != party);
        }
    }
    b.parties.retain(|p| &p.id != party);
    Ok(())
}
