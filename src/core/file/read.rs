//! The checked JSON of a board into the model's [`Board`].
//!
//! [`super::validate`] has checked every member's presence and type on the
//! `serde_json::Value`, naming the place of anything wrong; what passes is
//! read here in one pass per item, ignoring members it does not know, as
//! every version has. (Deserialising the model through serde's derives from
//! the `Value` would read the same, but adds some 30 KB of generic code to
//! the download for checks already made.)

use std::rc::Rc;

use serde_json::{Map, Value as Json};

use super::{ImportError, Problem};
use crate::core::geometry::Point;
use crate::core::model::{thousandths, Board, Card, CardId, CardKind, Link, LinkId, Named, Party, PartyId};

/// The board in `v`, which [`super::validate::board`] has checked: every
/// required member is there and every member has its type. Should the two
/// ever disagree, the file is refused, naming the member.
pub(crate) fn board(v: Json) -> Result<Board, ImportError> {
    let Json::Object(mut m) = v else { return Err(unexpected("board")) };
    let list = |m: &mut Map<String, Json>, key: &str| match m.get_mut(key).map(Json::take) {
        Some(Json::Array(items)) => Ok(items),
        _ => Err(unexpected(key)),
    };
    let parties = list(&mut m, "parties")?;
    let cards = list(&mut m, "cards")?;
    let links = list(&mut m, "links")?;
    let id = m.get_mut("id").map(Json::take).map_or(Ok(String::new()), |v| text(v, "id"))?;
    let mut member = |key: &str| m.get_mut(key).map(Json::take).ok_or_else(|| unexpected(key)).and_then(|v| text(v, key));
    Ok(Board {
        id,
        title: member("title")?,
        challenge: member("challenge")?,
        parties: parties.into_iter().map(read_party).collect::<Result<_, _>>()?,
        cards: cards.into_iter().map(|c| read_card(c).map(Rc::new)).collect::<Result<_, _>>()?,
        links: links.into_iter().map(|l| read_link(l).map(Rc::new)).collect::<Result<_, _>>()?,
    })
}

fn read_party(v: Json) -> Result<Party, ImportError> {
    let mut party = Party::new(PartyId(String::new()), "", "");
    let mut required = Required::default();
    for (key, value) in object(v, "parties")? {
        match key.as_str() {
            "id" => party.id = PartyId(required.text(value, &key, 0)?),
            "name" => party.name = required.text(value, &key, 1)?,
            "short_name" => party.short_name = text(value, &key)?,
            "colour" => party.colour = required.text(value, &key, 2)?,
            "edited" => party.edited = whole(&value, &key)?,
            _ => {}
        }
    }
    required.all(3, "parties")?;
    Ok(party)
}

/// A card, its members read in one pass (a board file has tens of thousands).
fn read_card(v: Json) -> Result<Card, ImportError> {
    // An interest starts with no status and no source: only what the file gives.
    let mut card = Card::new(CardId(String::new()), CardKind::Interest, "", Point::default());
    let mut required = Required::default();
    for (key, value) in object(v, "cards")? {
        match key.as_str() {
            "id" => card.id = CardId(required.text(value, &key, 0)?),
            "kind" => {
                required.mark(1);
                card.kind = named(&value, &key)?;
            }
            "text" => card.text = required.text(value, &key, 2)?,
            "x" => card.x = required.number(&value, &key, 3)?,
            "y" => card.y = required.number(&value, &key, 4)?,
            "width" => card.width = required.number(&value, &key, 5)?,
            "height" => card.height = required.number(&value, &key, 6)?,
            "party" => card.party = Some(PartyId(text(value, &key)?)),
            "owners" => card.owners = ids(value, &key)?,
            "status" => card.status = Some(named(&value, &key)?),
            "commitments" => {
                let Json::Object(map) = value else { return Err(unexpected(&key)) };
                for (party, c) in map {
                    card.commitments.insert(PartyId(party), named(&c, &key)?);
                }
            }
            "source" => card.source = Some(text(value, &key)?),
            "recognised_by" => card.recognised_by = ids(value, &key)?,
            "votes" => {
                card.votes = value.as_u64().and_then(|n| u32::try_from(n).ok()).ok_or_else(|| unexpected(&key))?
            }
            "edited" => card.edited = whole(&value, &key)?,
            _ => {}
        }
    }
    required.all(7, "cards")?;
    Ok(card)
}

fn read_link(v: Json) -> Result<Link, ImportError> {
    let mut link = Link::new(LinkId(String::new()), CardId(String::new()), CardId(String::new()));
    let mut required = Required::default();
    for (key, value) in object(v, "links")? {
        match key.as_str() {
            "id" => link.id = LinkId(required.text(value, &key, 0)?),
            "from" => link.from = CardId(required.text(value, &key, 1)?),
            "to" => link.to = CardId(required.text(value, &key, 2)?),
            "label" => link.label = text(value, &key)?,
            "edited" => link.edited = whole(&value, &key)?,
            _ => {}
        }
    }
    required.all(3, "links")?;
    Ok(link)
}

/// Which required members an item had, one bit each.
#[derive(Default)]
struct Required(u32);

impl Required {
    fn mark(&mut self, bit: u32) {
        self.0 |= 1 << bit;
    }

    /// A required string member, marked as found.
    fn text(&mut self, v: Json, key: &str, bit: u32) -> Result<String, ImportError> {
        self.mark(bit);
        text(v, key)
    }

    /// A required number member (a card's position or size), marked as
    /// found, to the thousandth the file is written in: a board read from
    /// a file is the board that file's text stands for.
    fn number(&mut self, v: &Json, key: &str, bit: u32) -> Result<f64, ImportError> {
        self.mark(bit);
        v.as_f64().map(thousandths).ok_or_else(|| unexpected(key))
    }

    /// Whether the first `count` required members were all there.
    fn all(&self, count: u32, list: &str) -> Result<(), ImportError> {
        if self.0 == (1 << count) - 1 {
            Ok(())
        } else {
            Err(unexpected(list))
        }
    }
}

/// A value written by name (`"in_progress"`).
fn named<T: Named>(v: &Json, key: &str) -> Result<T, ImportError> {
    v.as_str().and_then(T::named).ok_or_else(|| unexpected(key))
}

fn text(v: Json, key: &str) -> Result<String, ImportError> {
    match v {
        Json::String(s) => Ok(s),
        _ => Err(unexpected(key)),
    }
}

/// An edit time.
fn whole(v: &Json, key: &str) -> Result<u64, ImportError> {
    v.as_u64().ok_or_else(|| unexpected(key))
}

fn ids(v: Json, key: &str) -> Result<Vec<PartyId>, ImportError> {
    let Json::Array(items) = v else { return Err(unexpected(key)) };
    items.into_iter().map(|item| text(item, key).map(PartyId)).collect()
}

fn unexpected(key: &str) -> ImportError {
    ImportError::invalid(format!("board.{key}"), Problem::Unreadable)
}

fn object(v: Json, list: &str) -> Result<Map<String, Json>, ImportError> {
    match v {
        Json::Object(m) => Ok(m),
        _ => Err(unexpected(list)),
    }
}
