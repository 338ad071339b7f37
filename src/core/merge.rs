//! Merging a board from a file into the open one, and the edit times that
//! decide what wins.
//!
//! [`plan_merge`] compares the two boards and says what would happen,
//! without changing anything: parties, cards and links are matched by id;
//! new ones are added; where one differs, the more recently `edited`
//! version wins (on a tie, the current one) and the other is kept in the
//! plan as a [`Conflict`], so nothing is dropped unseen. The app shows the
//! plan ([`MergePlan::summary`]); [`apply_merge`] then makes the merged
//! board. The plan is plain data: the app may flip a conflict's winner or
//! leave out added items before applying it, and [`apply_merge`] still
//! gives a board that keeps every rule.
//!
//! A merge is a union: a card deleted on one side and kept on the other
//! comes back (there are no deletion records in the file). The plan lists
//! it among the added cards, so the facilitator can see it.
//!
//! [`stamp_edits`] gives changed items their edit time; the app calls it
//! after every action.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use super::file::{integrity, MAX_EDITED};
use super::model::{Board, Card, CardId, CardKind, Link, LinkId, Party, PartyId};

/// One of the two boards being merged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    /// The board that is open.
    Current,
    /// The board from the file being merged in.
    Incoming,
}

impl Side {
    /// The side with the later edit time; `Current` on a tie.
    fn newer(current: u64, incoming: u64) -> Side {
        if incoming > current {
            Side::Incoming
        } else {
            Side::Current
        }
    }
}

/// An item that differs between the two boards: both versions, and the
/// one that wins.
#[derive(Clone, Debug, PartialEq)]
pub enum Conflict {
    /// The titles differ. They have no edit time: the current one wins
    /// unless it is empty.
    Title {
        current: String,
        incoming: String,
        winner: Side,
    },
    /// The challenges differ; decided as the title.
    Challenge {
        current: String,
        incoming: String,
        winner: Side,
    },
    Party {
        current: Party,
        incoming: Party,
        winner: Side,
    },
    Card {
        current: Rc<Card>,
        incoming: Rc<Card>,
        winner: Side,
    },
    Link {
        current: Link,
        incoming: Link,
        winner: Side,
    },
}

impl Conflict {
    pub fn winner(&self) -> Side {
        match self {
            Conflict::Title { winner, .. }
            | Conflict::Challenge { winner, .. }
            | Conflict::Party { winner, .. }
            | Conflict::Card { winner, .. }
            | Conflict::Link { winner, .. } => *winner,
        }
    }

    /// Sets the winner (for a person choosing the other version).
    pub fn set_winner(&mut self, side: Side) {
        match self {
            Conflict::Title { winner, .. }
            | Conflict::Challenge { winner, .. }
            | Conflict::Party { winner, .. }
            | Conflict::Card { winner, .. }
            | Conflict::Link { winner, .. } => *winner = side,
        }
    }
}

/// Why an item of the incoming board is not merged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SkipReason {
    /// An earlier item of the incoming board has the same id.
    RepeatedId,
    /// The link joins two cards that the link with this id already joins.
    AlreadyLinked(LinkId),
    /// The link joins a card that is on neither board.
    MissingCard(CardId),
    /// The link joins a card to itself.
    ToItself,
    /// An interest, wish or goal whose party is on neither board.
    NoParty,
    /// An ambition card other than the one with the id `"ambition"`, or a
    /// card with that id that is not the ambition.
    NotTheAmbition,
}

/// An item of the incoming board that is not merged, and why. Boards read
/// with the importer only ever give [`SkipReason::AlreadyLinked`].
#[derive(Clone, Debug, PartialEq)]
pub enum Skipped {
    Party { party: Party, reason: SkipReason },
    Card { card: Rc<Card>, reason: SkipReason },
    Link { link: Link, reason: SkipReason },
}

/// What merging a board into the current one does.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MergePlan {
    /// Parties only the incoming board has, in its order.
    pub added_parties: Vec<Party>,
    /// Cards only the incoming board has, in its order (drawn on top).
    pub added_cards: Vec<Rc<Card>>,
    /// Links only the incoming board has, joining cards of the merged board.
    pub added_links: Vec<Link>,
    /// Items on both boards that differ, with the winner of each.
    pub changed: Vec<Conflict>,
    /// Incoming items that are not merged.
    pub skipped: Vec<Skipped>,
}

/// Counts for the app's "merge this file?" message.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeSummary {
    pub added_parties: usize,
    pub added_cards: usize,
    pub added_links: usize,
    /// Conflicts the incoming version wins: items that change.
    pub changed: usize,
    /// Conflicts the current version wins: the incoming version is set aside.
    pub kept: usize,
    pub skipped: usize,
}

impl MergeSummary {
    /// Whether applying the plan leaves the board as it is.
    pub fn changes_nothing(&self) -> bool {
        self.added_parties == 0 && self.added_cards == 0 && self.added_links == 0 && self.changed == 0
    }
}

impl MergePlan {
    pub fn summary(&self) -> MergeSummary {
        let taken = self.changed.iter().filter(|c| c.winner() == Side::Incoming).count();
        MergeSummary {
            added_parties: self.added_parties.len(),
            added_cards: self.added_cards.len(),
            added_links: self.added_links.len(),
            changed: taken,
            kept: self.changed.len() - taken,
            skipped: self.skipped.len(),
        }
    }
}

/// Whether two parties are the same apart from their edit times.
fn same_party(a: &Party, b: &Party) -> bool {
    a.id == b.id && a.name == b.name && a.colour == b.colour
}

/// Whether two cards are the same apart from their edit times.
fn same_card(a: &Card, b: &Card) -> bool {
    Card { edited: b.edited, ..a.clone() } == *b
}

/// Whether two links are the same apart from their edit times.
fn same_link(a: &Link, b: &Link) -> bool {
    a.id == b.id && a.from == b.from && a.to == b.to && a.label == b.label
}

/// The two ends of a link, in a fixed order: a link from a to b joins the
/// same pair as one from b to a.
fn pair(link: &Link) -> (CardId, CardId) {
    if link.from <= link.to {
        (link.from.clone(), link.to.clone())
    } else {
        (link.to.clone(), link.from.clone())
    }
}

/// Why `card` cannot be on a board with the parties `parties`, if so.
fn unfit(card: &Card, has_party: impl Fn(&PartyId) -> bool) -> Option<SkipReason> {
    if (card.id == CardId::ambition()) != (card.kind == CardKind::Ambition) {
        return Some(SkipReason::NotTheAmbition);
    }
    if card.kind.belongs_to_party() && !card.party.as_ref().is_some_and(has_party) {
        return Some(SkipReason::NoParty);
    }
    None
}

/// Which text wins for the title and challenge: the current one, unless it
/// is empty.
fn text_conflict(current: &str, incoming: &str) -> Option<(String, String, Side)> {
    (current != incoming).then(|| {
        let winner = if current.is_empty() { Side::Incoming } else { Side::Current };
        (current.to_owned(), incoming.to_owned(), winner)
    })
}

/// The pair of cards a link joins, in a fixed order.
type Pair = (CardId, CardId);

/// Makes the link moves that can be made: `moves[i]` is a link (its id and
/// the pair it joins now) that wants to join the pair of `moves[i].2`
/// instead. A move is made when no other link joins the new pair; making
/// it frees the old pair, which may let another move be made. `pairs` maps
/// every joined pair to its link and is kept up to date. Returns, per
/// move, whether it was made. Linear in the number of moves, and the same
/// whatever their order (no two moves want the same pair on a valid
/// board; if they do, the first to fit wins).
fn make_moves(pairs: &mut HashMap<Pair, LinkId>, moves: &[(&LinkId, Pair, &Link)]) -> Vec<bool> {
    let mut made = vec![false; moves.len()];
    let mut wanting: HashMap<Pair, Vec<usize>> = HashMap::new();
    for (i, (_, _, to)) in moves.iter().enumerate() {
        wanting.entry(pair(to)).or_default().push(i);
    }
    let mut queue: Vec<usize> = (0..moves.len()).rev().collect();
    while let Some(i) = queue.pop() {
        let (id, from, to) = &moves[i];
        let new = pair(to);
        if made[i] || pairs.get(&new).is_some_and(|holder| holder != *id) {
            continue;
        }
        made[i] = true;
        if pairs.get(from) == Some(*id) && *from != new {
            pairs.remove(from);
            if let Some(waiting) = wanting.get(from) {
                queue.extend(waiting.iter().rev());
            }
        }
        pairs.insert(new, (*id).clone());
    }
    made
}

/// What merging `incoming` into `current` does; changes nothing.
pub fn plan_merge(current: &Board, incoming: &Board) -> MergePlan {
    let mut plan = MergePlan::default();
    if let Some((current, incoming, winner)) = text_conflict(&current.title, &incoming.title) {
        plan.changed.push(Conflict::Title { current, incoming, winner });
    }
    if let Some((current, incoming, winner)) = text_conflict(&current.challenge, &incoming.challenge) {
        plan.changed.push(Conflict::Challenge { current, incoming, winner });
    }

    // Parties first, so every card's party is known.
    let current_parties: HashMap<&PartyId, &Party> = current.parties.iter().map(|p| (&p.id, p)).collect();
    let mut parties: HashSet<&PartyId> = current_parties.keys().copied().collect();
    let mut seen = HashSet::new();
    for p in &incoming.parties {
        if !seen.insert(&p.id) {
            plan.skipped.push(Skipped::Party { party: p.clone(), reason: SkipReason::RepeatedId });
            continue;
        }
        match current_parties.get(&p.id) {
            None => {
                parties.insert(&p.id);
                plan.added_parties.push(p.clone());
            }
            Some(c) if same_party(c, p) => {}
            Some(c) => plan.changed.push(Conflict::Party {
                current: (*c).clone(),
                incoming: p.clone(),
                winner: Side::newer(c.edited, p.edited),
            }),
        }
    }

    // Cards: the merged board has every card of both.
    let current_cards: HashMap<&CardId, &Rc<Card>> = current.cards.iter().map(|c| (&c.id, c)).collect();
    let mut cards: HashSet<&CardId> = current_cards.keys().copied().collect();
    let mut seen = HashSet::new();
    for c in &incoming.cards {
        if !seen.insert(&c.id) {
            plan.skipped.push(Skipped::Card { card: Rc::clone(c), reason: SkipReason::RepeatedId });
            continue;
        }
        let reason = unfit(c, |p| parties.contains(p));
        match current_cards.get(&c.id) {
            None => match reason {
                Some(reason) => plan.skipped.push(Skipped::Card { card: Rc::clone(c), reason }),
                None => {
                    cards.insert(&c.id);
                    plan.added_cards.push(Rc::clone(c));
                }
            },
            Some(cur) if same_card(cur, c) => {}
            Some(cur) => {
                // A version that cannot be on the board does not win.
                let winner = if reason.is_some() { Side::Current } else { Side::newer(cur.edited, c.edited) };
                plan.changed.push(Conflict::Card { current: Rc::clone(cur), incoming: Rc::clone(c), winner });
            }
        }
    }

    // Links: first those on both boards, then the new ones, each joining
    // two distinct cards of the merged board that no other link joins.
    let current_links: HashMap<&LinkId, &Link> = current.links.iter().map(|l| (&l.id, &**l)).collect();
    let mut pairs: HashMap<Pair, LinkId> = current.links.iter().map(|l| (pair(l), l.id.clone())).collect();
    let joinable = |l: &Link| cards.contains(&l.from) && cards.contains(&l.to) && l.from != l.to;
    let mut seen = HashSet::new();
    let mut new_links = Vec::new();
    let mut conflicts = Vec::new();
    for l in incoming.links.iter().map(Rc::as_ref) {
        if !seen.insert(&l.id) {
            plan.skipped.push(Skipped::Link { link: l.clone(), reason: SkipReason::RepeatedId });
            continue;
        }
        match current_links.get(&l.id) {
            None => new_links.push(l),
            Some(cur) if same_link(cur, l) => {}
            Some(cur) => conflicts.push((*cur, l)),
        }
    }
    // A newer incoming version wins if no other link joins its two cards;
    // its move can free the pair another one wants, so all moves are made
    // together, and merging the same file again finds nothing more to move.
    let wanted: Vec<(&LinkId, Pair, &Link)> = conflicts
        .iter()
        .filter(|(cur, l)| Side::newer(cur.edited, l.edited) == Side::Incoming && joinable(l))
        .map(|(cur, l)| (&cur.id, pair(cur), *l))
        .collect();
    let made = make_moves(&mut pairs, &wanted);
    let moved: HashSet<&LinkId> = wanted.iter().zip(made).filter(|(_, m)| *m).map(|((id, _, _), _)| *id).collect();
    for (cur, l) in conflicts {
        let winner = if moved.contains(&cur.id) { Side::Incoming } else { Side::Current };
        plan.changed.push(Conflict::Link { current: cur.clone(), incoming: l.clone(), winner });
    }
    for l in new_links {
        let reason = if let Some(missing) = [&l.from, &l.to].into_iter().find(|c| !cards.contains(c)) {
            Some(SkipReason::MissingCard((*missing).clone()))
        } else if l.from == l.to {
            Some(SkipReason::ToItself)
        } else {
            pairs.get(&pair(l)).map(|id| SkipReason::AlreadyLinked(id.clone()))
        };
        match reason {
            Some(reason) => plan.skipped.push(Skipped::Link { link: l.clone(), reason }),
            None => {
                pairs.insert(pair(l), l.id.clone());
                plan.added_links.push(l.clone());
            }
        }
    }
    plan
}

/// The board `current` becomes by `plan`: every conflict decided for its
/// winner, every added item added. An item the plan no longer fits (the
/// board changed since, or the plan was edited) is left out, so the result
/// always keeps the board's rules. Edit times travel with the versions
/// that win; the board keeps its own id.
pub fn apply_merge(current: &Board, plan: &MergePlan) -> Board {
    let mut b = current.clone();
    let taken = || plan.changed.iter().filter(|c| c.winner() == Side::Incoming);

    let mut parties: HashMap<PartyId, usize> = b.parties.iter().enumerate().map(|(i, p)| (p.id.clone(), i)).collect();
    for conflict in taken() {
        match conflict {
            Conflict::Title { incoming, .. } => b.title = incoming.clone(),
            Conflict::Challenge { incoming, .. } => b.challenge = incoming.clone(),
            Conflict::Party { incoming, .. } => {
                if let Some(&i) = parties.get(&incoming.id) {
                    b.parties[i] = incoming.clone();
                }
            }
            _ => {}
        }
    }
    for p in &plan.added_parties {
        if !parties.contains_key(&p.id) {
            parties.insert(p.id.clone(), b.parties.len());
            b.parties.push(p.clone());
        }
    }

    let has_party = |p: &PartyId| parties.contains_key(p);
    let mut cards: HashMap<CardId, usize> = b.cards.iter().enumerate().map(|(i, c)| (c.id.clone(), i)).collect();
    for conflict in taken() {
        if let Conflict::Card { incoming, .. } = conflict {
            if let (None, Some(&i)) = (unfit(incoming, has_party), cards.get(&incoming.id)) {
                b.cards[i] = Rc::clone(incoming);
            }
        }
    }
    for c in &plan.added_cards {
        if !cards.contains_key(&c.id) && unfit(c, has_party).is_none() {
            cards.insert(c.id.clone(), b.cards.len());
            b.cards.push(Rc::clone(c));
        }
    }

    let joinable = |l: &Link| cards.contains_key(&l.from) && cards.contains_key(&l.to) && l.from != l.to;
    let mut pairs: HashMap<Pair, LinkId> = b.links.iter().map(|l| (pair(l), l.id.clone())).collect();
    let mut links: HashMap<LinkId, usize> = b.links.iter().enumerate().map(|(i, l)| (l.id.clone(), i)).collect();
    // As in planning: one link's move can free the pair another wants.
    let wanted: Vec<(&LinkId, Pair, &Link)> = taken()
        .filter_map(|c| match c {
            Conflict::Link { incoming, .. } => Some(incoming),
            _ => None,
        })
        .filter(|l| joinable(l))
        .filter_map(|l| links.get(&l.id).map(|&i| (&l.id, pair(&b.links[i]), l)))
        .collect();
    let made = make_moves(&mut pairs, &wanted);
    for ((id, _, incoming), made) in wanted.iter().zip(made) {
        if let (true, Some(&i)) = (made, links.get(*id)) {
            b.links[i] = Rc::new((*incoming).clone());
        }
    }
    for l in &plan.added_links {
        if !links.contains_key(&l.id) && joinable(l) && !pairs.contains_key(&pair(l)) {
            pairs.insert(pair(l), l.id.clone());
            links.insert(l.id.clone(), b.links.len());
            b.links.push(Rc::new(l.clone()));
        }
    }

    // What only an edited or stale plan can leave: references to parties
    // that were not added, and links whose cards changed kind (turned round
    // to read with their meaning).
    let parties = b.parties.iter().map(|p| p.id.clone()).collect();
    let mut ignored = Vec::new();
    for card in &mut b.cards {
        integrity::party_refs(card, &parties, "", &mut ignored);
    }
    integrity::links(&mut b, &mut ignored);
    b
}

/// Gives every party, card and link that `after` changed or added, compared
/// with `before`, the edit time `now`. The app calls it after each action
/// that changes the board, not after opening a file or merging (which bring
/// their own times) nor after undo or redo (which bring back the versions
/// with the times they had).
///
/// A card whose `Rc` is the one `before` has is unchanged (the cheap test
/// for most cards); one with a new `Rc` is compared by value, edit time
/// aside, so a card copied but not changed keeps its time. The new time is
/// never earlier than the item's previous time plus one, so an edit always
/// wins over the version it was made from, even when this computer's clock
/// is behind the one that made the file. Times stop at [`MAX_EDITED`].
pub fn stamp_edits(before: &Board, after: &mut Board, now: u64) {
    // Capped where the file format stops: an item already at the cap (only
    // a made-up file puts it there) stays there, and saves as it is.
    let stamp = |previous: Option<u64>| previous.map_or(now, |t| now.max(t.saturating_add(1))).min(MAX_EDITED);

    let old_cards: HashMap<&CardId, &Rc<Card>> = before.cards.iter().map(|c| (&c.id, c)).collect();
    for card in &mut after.cards {
        let old = old_cards.get(&card.id);
        match old {
            Some(old) if Rc::ptr_eq(old, card) || same_card(old, card) => {}
            _ => Rc::make_mut(card).edited = stamp(old.map(|o| o.edited)),
        }
    }
    let old_parties: HashMap<&PartyId, &Party> = before.parties.iter().map(|p| (&p.id, p)).collect();
    for party in &mut after.parties {
        match old_parties.get(&party.id) {
            Some(old) if same_party(old, party) => {}
            old => party.edited = stamp(old.map(|o| o.edited)),
        }
    }
    let old_links: HashMap<&LinkId, &Link> = before.links.iter().map(|l| (&l.id, &**l)).collect();
    for link in &mut after.links {
        match old_links.get(&link.id) {
            // A link still shared with the board before is unchanged.
            Some(old) if std::ptr::eq(*old, &**link) || same_link(old, link) => {}
            old => Rc::make_mut(link).edited = stamp(old.map(|o| o.edited)),
        }
    }
}
