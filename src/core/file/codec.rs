//! The board's fields as JSON: writing a board, and reading one whose JSON
//! has passed the checks in [`super::validate`].
//!
//! Members are written in a fixed order (the order of `docs/board-format.md`);
//! optional members are left out when they hold nothing. Reading ignores
//! members it does not know, as every version has.

use std::collections::BTreeMap;
use std::rc::Rc;

use super::ImportError;
use crate::core::json::{Json, Map, Writer};
use crate::core::model::{Board, Card, CardId, Link, LinkId, Named, Party, PartyId};

/// Writes `board` as the value of the member being written.
pub(crate) fn write_board(w: &mut Writer, board: &Board) {
    w.begin_object();
    if !board.id.is_empty() {
        w.string_field("id", &board.id);
    }
    w.string_field("title", &board.title);
    w.string_field("challenge", &board.challenge);
    w.key("parties");
    w.begin_array();
    for party in &board.parties {
        w.begin_object();
        w.string_field("id", &party.id.0);
        w.string_field("name", &party.name);
        w.string_field("colour", &party.colour);
        w.whole_field("edited", party.edited);
        w.end_object();
    }
    w.end_array();
    w.key("cards");
    w.begin_array();
    for card in &board.cards {
        write_card(w, card);
    }
    w.end_array();
    w.key("links");
    w.begin_array();
    for link in &board.links {
        w.begin_object();
        w.string_field("id", &link.id.0);
        w.string_field("from", &link.from.0);
        w.string_field("to", &link.to.0);
        if !link.label.is_empty() {
            w.string_field("label", &link.label);
        }
        w.whole_field("edited", link.edited);
        w.end_object();
    }
    w.end_array();
    w.end_object();
}

fn write_card(w: &mut Writer, card: &Card) {
    w.begin_object();
    w.string_field("id", &card.id.0);
    w.string_field("kind", card.kind.name());
    w.string_field("text", &card.text);
    for (key, value) in [("x", card.x), ("y", card.y), ("width", card.width), ("height", card.height)] {
        w.key(key);
        w.float(value);
    }
    if let Some(party) = &card.party {
        w.string_field("party", &party.0);
    }
    write_ids(w, "owners", &card.owners);
    if let Some(status) = card.status {
        w.string_field("status", status.name());
    }
    if !card.commitments.is_empty() {
        w.key("commitments");
        w.begin_object();
        for (party, commitment) in &card.commitments {
            w.string_field(&party.0, commitment.name());
        }
        w.end_object();
    }
    if let Some(source) = &card.source {
        w.string_field("source", source);
    }
    write_ids(w, "recognised_by", &card.recognised_by);
    if card.votes != 0 {
        w.whole_field("votes", u64::from(card.votes));
    }
    w.whole_field("edited", card.edited);
    w.end_object();
}

/// A list of party ids, left out when empty.
fn write_ids(w: &mut Writer, key: &str, ids: &[PartyId]) {
    if ids.is_empty() {
        return;
    }
    w.key(key);
    w.begin_array();
    for id in ids {
        w.string(&id.0);
    }
    w.end_array();
}

/// The board in `v`, which [`super::validate::board`] has checked: every
/// required member is there and every member has its type. Should the two
/// ever disagree, the file is refused, naming the member.
pub(crate) fn read_board(v: Json) -> Result<Board, ImportError> {
    let Json::Object(mut m) = v else { return Err(unexpected("board")) };
    let list = |m: &mut Map, key: &str| match m.remove(key) {
        Some(Json::Array(items)) => Ok(items),
        _ => Err(unexpected(key)),
    };
    let parties = list(&mut m, "parties")?;
    let cards = list(&mut m, "cards")?;
    let links = list(&mut m, "links")?;
    Ok(Board {
        id: optional_text(&mut m, "id")?.unwrap_or_default(),
        title: text(&mut m, "title")?,
        challenge: text(&mut m, "challenge")?,
        parties: parties.into_iter().map(read_party).collect::<Result<_, _>>()?,
        cards: cards.into_iter().map(|c| read_card(c).map(Rc::new)).collect::<Result<_, _>>()?,
        links: links.into_iter().map(read_link).collect::<Result<_, _>>()?,
    })
}

fn read_party(v: Json) -> Result<Party, ImportError> {
    let mut m = object(v, "parties")?;
    Ok(Party {
        id: PartyId(text(&mut m, "id")?),
        name: text(&mut m, "name")?,
        colour: text(&mut m, "colour")?,
        edited: whole(&m, "edited")?,
    })
}

fn read_card(v: Json) -> Result<Card, ImportError> {
    let mut m = object(v, "cards")?;
    let number = |m: &Map, key: &str| m.get(key).and_then(Json::as_f64).ok_or_else(|| unexpected(key));
    let mut commitments = BTreeMap::new();
    if let Some(Json::Object(map)) = m.remove("commitments") {
        for (party, c) in map {
            let c = c.as_str().and_then(Named::named).ok_or_else(|| unexpected("commitments"))?;
            commitments.insert(PartyId(party), c);
        }
    }
    Ok(Card {
        id: CardId(text(&mut m, "id")?),
        kind: named(&m, "kind")?.ok_or_else(|| unexpected("kind"))?,
        text: text(&mut m, "text")?,
        x: number(&m, "x")?,
        y: number(&m, "y")?,
        width: number(&m, "width")?,
        height: number(&m, "height")?,
        party: optional_text(&mut m, "party")?.map(PartyId),
        owners: ids(&mut m, "owners")?,
        status: named(&m, "status")?,
        commitments,
        source: optional_text(&mut m, "source")?,
        recognised_by: ids(&mut m, "recognised_by")?,
        votes: match m.get("votes") {
            None => 0,
            Some(v) => v.as_u64().and_then(|n| u32::try_from(n).ok()).ok_or_else(|| unexpected("votes"))?,
        },
        edited: whole(&m, "edited")?,
    })
}

fn read_link(v: Json) -> Result<Link, ImportError> {
    let mut m = object(v, "links")?;
    Ok(Link {
        id: LinkId(text(&mut m, "id")?),
        from: CardId(text(&mut m, "from")?),
        to: CardId(text(&mut m, "to")?),
        label: optional_text(&mut m, "label")?.unwrap_or_default(),
        edited: whole(&m, "edited")?,
    })
}

/// A value written by name (`"in_progress"`), `None` when left out.
fn named<T: Named>(m: &Map, key: &str) -> Result<Option<T>, ImportError> {
    match m.get(key) {
        None => Ok(None),
        Some(v) => v.as_str().and_then(T::named).map(Some).ok_or_else(|| unexpected(key)),
    }
}

fn unexpected(key: &str) -> ImportError {
    ImportError::invalid("board", format!("{key}: not what the checks let through"))
}

fn object(v: Json, list: &str) -> Result<Map, ImportError> {
    match v {
        Json::Object(m) => Ok(m),
        _ => Err(unexpected(list)),
    }
}

fn optional_text(m: &mut Map, key: &str) -> Result<Option<String>, ImportError> {
    match m.remove(key) {
        None => Ok(None),
        Some(Json::String(s)) => Ok(Some(s)),
        Some(_) => Err(unexpected(key)),
    }
}

fn text(m: &mut Map, key: &str) -> Result<String, ImportError> {
    optional_text(m, key)?.ok_or_else(|| unexpected(key))
}

/// An edit time: 0 when left out.
fn whole(m: &Map, key: &str) -> Result<u64, ImportError> {
    m.get(key).map_or(Ok(0), |v| v.as_u64().ok_or_else(|| unexpected(key)))
}

fn ids(m: &mut Map, key: &str) -> Result<Vec<PartyId>, ImportError> {
    match m.remove(key) {
        None => Ok(Vec::new()),
        Some(Json::Array(items)) => items
            .into_iter()
            .map(|item| match item {
                Json::String(s) => Ok(PartyId(s)),
                _ => Err(unexpected(key)),
            })
            .collect(),
        Some(_) => Err(unexpected(key)),
    }
}
