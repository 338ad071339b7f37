//! Checking the raw JSON of a board before it is deserialised: every
//! required field present, every field of the right type and every enum
//! value known, so an error names the exact place, e.g.
//! `board.cards[3].kind: unknown card kind "note"`.
//!
//! What passes here deserialises into the model's [`Board`](crate::core::model::Board)
//! (its serde rules mirror these checks). Optional fields that are `null`
//! are treated as absent.
//!
//! One thing is repaired here rather than refused: a card whose `kind` is a
//! string this version does not know is left out (with a
//! [`Repair::CardDropped`]) without checking its other fields, since they
//! depend on a kind we cannot know.

use super::problem::{Expected, Found, NameOf, Problem};
use super::repair::{CardDropReason, Repair};
use super::{ImportError, MAX_EDITED};
use serde_json::{Map, Value as Json};

use crate::core::model::{ActionStatus, CardKind, Commitment, Named};

/// The type a field must have.
#[derive(Clone, Copy)]
enum Ty {
    /// Any string.
    Text,
    /// A non-empty string.
    Id,
    /// A JSON number.
    Number,
    /// A list of non-empty strings (party ids).
    IdList,
    /// One of the card kinds.
    Kind,
    /// One of the action statuses.
    Status,
    /// An object from party id to commitment.
    Commitments,
    /// A list; its items are checked by the caller.
    List,
    /// An edit time: a whole number of milliseconds, 0 ..= [`MAX_EDITED`].
    /// A float with no fraction (`5.0`) is rewritten as the whole number.
    Edited,
    /// A count such as a card's dots in voting: a whole number that fits in 32 bits.
    Count,
}

/// Whether a field must be present.
#[derive(Clone, Copy, PartialEq)]
enum Need {
    Required,
    Optional,
}
use Need::*;

const BOARD: &[(&str, Ty, Need)] = &[
    ("id", Ty::Text, Optional),
    ("title", Ty::Text, Required),
    ("challenge", Ty::Text, Required),
    ("parties", Ty::List, Required),
    ("cards", Ty::List, Required),
    ("links", Ty::List, Required),
];

const PARTY: &[(&str, Ty, Need)] = &[
    ("id", Ty::Id, Required),
    ("name", Ty::Text, Required),
    ("short_name", Ty::Text, Optional),
    ("colour", Ty::Text, Required),
    ("edited", Ty::Edited, Optional),
];

const CARD: &[(&str, Ty, Need)] = &[
    ("id", Ty::Id, Required),
    ("kind", Ty::Kind, Required),
    ("text", Ty::Text, Required),
    ("x", Ty::Number, Required),
    ("y", Ty::Number, Required),
    ("width", Ty::Number, Required),
    ("height", Ty::Number, Required),
    ("party", Ty::Id, Optional),
    ("owners", Ty::IdList, Optional),
    ("status", Ty::Status, Optional),
    ("commitments", Ty::Commitments, Optional),
    ("source", Ty::Text, Optional),
    ("recognised_by", Ty::IdList, Optional),
    ("votes", Ty::Count, Optional),
    ("edited", Ty::Edited, Optional),
];

const LINK: &[(&str, Ty, Need)] = &[
    ("id", Ty::Id, Required),
    ("from", Ty::Id, Required),
    ("to", Ty::Id, Required),
    ("label", Ty::Text, Optional),
    ("edited", Ty::Edited, Optional),
];

/// What checking a board left: the cards of unknown kind it took out, and
/// for every card still there its index in the file, so later stages can
/// name places as they are in the file.
#[derive(Debug, Default)]
pub(crate) struct Checked {
    pub repairs: Vec<Repair>,
    pub card_index: Vec<usize>,
}

/// Checks the board object at `path` (normally `"board"`).
pub(crate) fn board(v: &mut Json, path: &str) -> Result<Checked, ImportError> {
    let mut checked = Checked::default();
    let obj = object(v, &|| path.to_owned())?;
    fields(obj, path, BOARD)?;
    for (name, spec) in [("parties", PARTY), ("cards", CARD), ("links", LINK)] {
        if let Some(Json::Array(items)) = obj.get_mut(name) {
            // The members of an object are sorted by name: in the same order,
            // the fields are checked in one walk along them.
            let mut sorted = spec.to_vec();
            // An insertion sort: a spec has at most a few dozen fields, and
            // this is less code in the download than the library's sort.
            for i in 1..sorted.len() {
                let mut j = i;
                while j > 0 && sorted[j - 1].0 > sorted[j].0 {
                    sorted.swap(j - 1, j);
                    j -= 1;
                }
            }
            let mut keep = Vec::with_capacity(items.len());
            for (i, item) in items.iter_mut().enumerate() {
                // The item's path is written out only for a message or a repair.
                let item_path = || format!("{path}.{name}[{i}]");
                let item = object(item, &item_path)?;
                if name == "cards" {
                    if let Some(dropped) = unknown_kind(item, &item_path) {
                        checked.repairs.push(dropped);
                        keep.push(false);
                        continue;
                    }
                    checked.card_index.push(i);
                }
                if !plain(item, &sorted) {
                    fields(item, &item_path(), spec)?;
                }
                keep.push(true);
            }
            let mut flags = keep.into_iter();
            items.retain(|_| flags.next().unwrap_or(true));
        }
    }
    Ok(checked)
}

/// A [`Repair::CardDropped`] if `card` has a `kind` that is a string naming
/// no card kind this version knows.
fn unknown_kind(card: &Map<String, Json>, path: &dyn Fn() -> String) -> Option<Repair> {
    let kind = card.get("kind")?.as_str()?;
    if CardKind::named(kind).is_some() {
        return None;
    }
    let text = |field: &str| card.get(field).and_then(Json::as_str).unwrap_or_default().to_owned();
    Some(Repair::CardDropped {
        path: path(),
        card: crate::core::model::CardId(text("id")),
        text: text("text"),
        reason: CardDropReason::UnknownKind(kind.to_owned()),
    })
}

/// The object `v`; `path` names it in the message if it is not one.
fn object<'a>(v: &'a mut Json, path: &dyn Fn() -> String) -> Result<&'a mut Map<String, Json>, ImportError> {
    match v {
        Json::Object(map) => Ok(map),
        other => Err(ImportError::invalid(path(), Problem::Expected { expected: Expected::Object, found: Found::of(other) })),
    }
}

/// Whether `obj` passes [`fields`] as it is, with nothing to report or
/// rewrite: every field of `sorted` (the spec sorted by name) present when
/// required and of its type, none `null`, edit times whole numbers. One walk
/// along both; anything else is left to [`fields`].
fn plain(obj: &Map<String, Json>, sorted: &[(&str, Ty, Need)]) -> bool {
    let mut members = obj.iter().peekable();
    for &(name, ty, need) in sorted {
        while members.next_if(|(key, _)| key.as_str() < name).is_some() {}
        match members.peek() {
            Some((key, value)) if key.as_str() == name => {
                let fine = match (ty, value) {
                    (_, Json::Null) => false,
                    (Ty::Edited, v) => v.as_u64().is_some_and(|n| n <= MAX_EDITED),
                    (ty, v) => check(v, "", ty).is_ok(),
                };
                if !fine {
                    return false;
                }
            }
            _ if need == Required => return false,
            _ => {}
        }
    }
    true
}

fn fields(obj: &mut Map<String, Json>, path: &str, spec: &[(&str, Ty, Need)]) -> Result<(), ImportError> {
    for &(name, ty, need) in spec {
        // The field's path is written out only for a message: a board of
        // thousands of cards has tens of thousands of fields.
        let field_path = || format!("{path}.{name}");
        match obj.get(name) {
            None => {
                if need == Required {
                    return Err(ImportError::invalid(field_path(), Problem::Missing));
                }
            }
            Some(Json::Null) if need == Optional => {
                obj.remove(name);
            }
            Some(value) => {
                if check(value, "", ty).is_err() {
                    check(value, &field_path(), ty)?;
                }
            }
        }
        if let (Ty::Edited, Some(value)) = (ty, obj.get_mut(name)) {
            whole_edited(value);
        }
    }
    Ok(())
}

fn check(v: &Json, path: &str, ty: Ty) -> Result<(), ImportError> {
    let wrong = |expected: Expected| ImportError::invalid(path, Problem::Expected { expected, found: Found::of(v) });
    match ty {
        Ty::Text => v.as_str().map(|_| ()).ok_or_else(|| wrong(Expected::Text)),
        Ty::Id => match v.as_str() {
            Some("") => Err(ImportError::invalid(path, Problem::EmptyId)),
            Some(_) => Ok(()),
            None => Err(wrong(Expected::Text)),
        },
        Ty::Number => v.as_f64().map(|_| ()).ok_or_else(|| wrong(Expected::Number)),
        Ty::List => v.as_array().map(|_| ()).ok_or_else(|| wrong(Expected::List)),
        Ty::Edited => match edited_value(v) {
            Some(_) => Ok(()),
            None if v.is_number() => Err(wrong(Expected::MillisecondsInRange)),
            None => Err(wrong(Expected::Milliseconds)),
        },
        Ty::Count => match v.as_u64() {
            Some(n) if n <= u64::from(u32::MAX) => Ok(()),
            _ => Err(wrong(Expected::Dots)),
        },
        Ty::IdList => {
            let items = v.as_array().ok_or_else(|| wrong(Expected::PartyIds))?;
            for (i, item) in items.iter().enumerate() {
                check(item, &format!("{path}[{i}]"), Ty::Id)?;
            }
            Ok(())
        }
        Ty::Kind => one_of::<CardKind>(v, path, NameOf::CardKind),
        Ty::Status => one_of::<ActionStatus>(v, path, NameOf::Status),
        Ty::Commitments => {
            let map = v.as_object().ok_or_else(|| wrong(Expected::Commitments))?;
            for (party, c) in map {
                one_of::<Commitment>(c, &format!("{path}{}", key_path(party)), NameOf::Commitment)?;
            }
            Ok(())
        }
    }
}

/// An edit time's value: a whole number from 0 to [`MAX_EDITED`], written
/// as an integer or as a float without a fraction.
fn edited_value(v: &Json) -> Option<u64> {
    let n = v.as_number()?;
    if let Some(u) = n.as_u64() {
        return (u <= MAX_EDITED).then_some(u);
    }
    if n.is_i64() {
        return None;
    }
    // A float. MAX_EDITED is 2^53 - 1: every whole float up to it is exact.
    let f = n.as_f64()?;
    let fits = f.fract() == 0.0 && (0.0..=MAX_EDITED as f64).contains(&f);
    fits.then_some(f as u64)
}

/// Rewrites an accepted edit time written as a float (`5.0`) as the whole
/// number, which is what the model reads.
fn whole_edited(v: &mut Json) {
    if let Some(u) = edited_value(v) {
        *v = Json::from(u);
    }
}

/// Checks that `v` is the file's name of one of the values of `T`.
fn one_of<T: Named>(v: &Json, path: &str, name: NameOf) -> Result<(), ImportError> {
    match v {
        Json::String(s) if T::named(s).is_some() => Ok(()),
        Json::String(s) => Err(ImportError::invalid(path, Problem::UnknownName { name, found: quote(s) })),
        _ => Err(ImportError::invalid(path, Problem::Expected { expected: Expected::Name(name), found: Found::of(v) })),
    }
}

/// `s` as a JSON string, quotes and escapes included.
pub(crate) fn quote(s: &str) -> String {
    crate::core::json_text::write(s, false)
}

/// `.key` for plain keys, `["some key"]` for others.
fn key_path(key: &str) -> String {
    let plain = !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if plain {
        format!(".{key}")
    } else {
        format!("[{}]", quote(key))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A minimal board with `list` (`parties`, `cards` or `links`) holding `items`.
    fn with(list: &str, items: serde_json::Value) -> Json {
        let mut v = json!({"title": "", "challenge": "", "parties": [], "cards": [], "links": []});
        v[list] = items;
        v
    }

    fn err(mut v: Json) -> (String, String) {
        match board(&mut v, "board") {
            Err(ImportError::Invalid { field, problem }) => (field, problem.to_string()),
            other => panic!("expected Invalid, got {other:?}"),
        }
    }

    /// Item `i` of `list` after checking.
    fn item<'a>(v: &'a Json, list: &str, i: usize) -> &'a Json {
        &v.get(list).and_then(Json::as_array).unwrap()[i]
    }

    #[test]
    fn a_minimal_board_passes() {
        let mut v = with("cards", json!([]));
        board(&mut v, "board").unwrap();
    }

    #[test]
    fn commitment_keys_that_are_not_plain_are_quoted() {
        let v = with("cards", json!([{"id": "a", "kind": "action", "text": "", "x": 0, "y": 0, "width": 1, "height": 1,
            "commitments": {"school board": "maybe"}}]));
        let (field, reason) = err(v);
        assert_eq!(field, "board.cards[0].commitments[\"school board\"]");
        assert!(reason.contains("unknown commitment \"maybe\""), "{reason}");
        assert!(reason.contains("\"not_committed\""), "{reason}");
    }

    #[test]
    fn optional_null_fields_are_removed_and_required_null_is_refused() {
        let mut v = with("links", json!([{"id": "l", "from": "a", "to": "b", "label": null}]));
        board(&mut v, "board").unwrap();
        assert_eq!(item(&v, "links", 0).get("label"), None);

        let v = with("links", json!([{"id": "l", "from": null, "to": "b"}]));
        assert_eq!(err(v), ("board.links[0].from".into(), "expected a string, found null".into()));
    }

    #[test]
    fn party_id_lists_name_the_item() {
        let v = with("cards", json!([{"id": "f", "kind": "fact", "text": "", "x": 0, "y": 0, "width": 1, "height": 1,
            "recognised_by": ["p1", 2]}]));
        assert_eq!(
            err(v),
            ("board.cards[0].recognised_by[1]".into(), "expected a string, found the number 2".into())
        );
    }

    #[test]
    fn an_empty_id_is_refused() {
        let v = with("parties", json!([{"id": "", "name": "A", "colour": "#000000"}]));
        assert_eq!(err(v), ("board.parties[0].id".into(), "must not be empty".into()));
    }

    #[test]
    fn values_are_named_as_json_writes_them() {
        let v = with("cards", json!([{"id": "a", "kind": "fact", "text": "", "x": 0, "y": "0", "width": 1, "height": 1}]));
        assert_eq!(err(v), ("board.cards[0].y".into(), "expected a number, found the string \"0\"".into()));
        let v = with("cards", json!([{"id": "a", "kind": 2.5, "text": "", "x": 0, "y": 0, "width": 1, "height": 1}]));
        let (field, reason) = err(v);
        assert_eq!(field, "board.cards[0].kind");
        assert!(reason.starts_with("expected a card kind (\"ambition\", \"interest\", "), "{reason}");
        assert!(reason.ends_with("\"fact\"), found the number 2.5"), "{reason}");
    }

    #[test]
    fn a_card_of_an_unknown_kind_is_taken_out_unchecked_and_the_rest_keep_their_file_index() {
        let card = |id: &str, kind: &str| {
            json!({"id": id, "kind": kind, "text": "t", "x": 0, "y": 0, "width": 1, "height": 1})
        };
        let mut v = with("cards", json!([card("a", "fact"), {"kind": "note", "x": "left"}, card("c", "fact")]));
        let checked = board(&mut v, "board").unwrap();
        assert_eq!(checked.card_index, [0, 2]);
        assert_eq!(
            checked.repairs,
            [Repair::CardDropped {
                path: "board.cards[1]".into(),
                card: crate::core::model::CardId(String::new()),
                text: String::new(),
                reason: CardDropReason::UnknownKind("note".into()),
            }]
        );
        assert_eq!(v.get("cards").and_then(Json::as_array).map(Vec::len), Some(2));
        assert_eq!(item(&v, "cards", 1).get("id").and_then(Json::as_str), Some("c"));
    }

    #[test]
    fn an_edit_time_written_as_a_whole_float_is_read_as_a_whole_number() {
        let mut v = with("parties", json!([{"id": "p", "name": "P", "colour": "#000000", "edited": 1.7e12}]));
        board(&mut v, "board").unwrap();
        assert_eq!(item(&v, "parties", 0).get("edited").and_then(Json::as_u64), Some(1_700_000_000_000));
        let v = with("parties", json!([{"id": "p", "name": "P", "colour": "#000000", "edited": 9007199254740992.0}]));
        assert_eq!(err(v).0, "board.parties[0].edited");
    }

    #[test]
    fn an_item_that_is_not_an_object_is_refused() {
        let v = with("cards", json!(["card"]));
        assert_eq!(err(v), ("board.cards[0]".into(), "expected an object, found the string \"card\"".into()));
    }
}
