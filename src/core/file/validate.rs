//! Checking the raw JSON of a board before it is deserialised: every
//! required field present, every field of the right type and every enum
//! value known, so an error names the exact place, e.g.
//! `board.cards[3].kind: unknown card kind "note"`.
//!
//! These rules mirror the serde derives in `model.rs`: what passes here
//! deserialises. Optional fields that are `null` are treated as absent.

use serde::{de::DeserializeOwned, Serialize};
use serde_json::{Map, Value};

use super::ImportError;
use crate::core::model::{ActionStatus, CardKind, Commitment};

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
}

/// Whether a field must be present.
#[derive(Clone, Copy, PartialEq)]
enum Need {
    Required,
    Optional,
}
use Need::*;

const BOARD: &[(&str, Ty, Need)] = &[
    ("title", Ty::Text, Required),
    ("challenge", Ty::Text, Required),
    ("parties", Ty::List, Required),
    ("cards", Ty::List, Required),
    ("links", Ty::List, Required),
];

const PARTY: &[(&str, Ty, Need)] =
    &[("id", Ty::Id, Required), ("name", Ty::Text, Required), ("colour", Ty::Text, Required)];

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
];

const LINK: &[(&str, Ty, Need)] = &[
    ("id", Ty::Id, Required),
    ("from", Ty::Id, Required),
    ("to", Ty::Id, Required),
    ("label", Ty::Text, Optional),
];

/// Checks the board object at `path` (normally `"board"`).
pub(crate) fn board(v: &mut Value, path: &str) -> Result<(), ImportError> {
    let obj = object(v, path)?;
    fields(obj, path, BOARD)?;
    for (name, spec) in [("parties", PARTY), ("cards", CARD), ("links", LINK)] {
        if let Some(Value::Array(items)) = obj.get_mut(name) {
            for (i, item) in items.iter_mut().enumerate() {
                let item_path = format!("{path}.{name}[{i}]");
                fields(object(item, &item_path)?, &item_path, spec)?;
            }
        }
    }
    Ok(())
}

fn object<'a>(v: &'a mut Value, path: &str) -> Result<&'a mut Map<String, Value>, ImportError> {
    let found = describe(v);
    v.as_object_mut().ok_or_else(|| ImportError::invalid(path, format!("expected an object, found {found}")))
}

fn fields(obj: &mut Map<String, Value>, path: &str, spec: &[(&str, Ty, Need)]) -> Result<(), ImportError> {
    for &(name, ty, need) in spec {
        let field_path = format!("{path}.{name}");
        match obj.get(name) {
            None => {
                if need == Required {
                    return Err(ImportError::invalid(field_path, "missing"));
                }
            }
            Some(Value::Null) if need == Optional => {
                obj.remove(name);
            }
            Some(value) => check(value, &field_path, ty)?,
        }
    }
    Ok(())
}

fn check(v: &Value, path: &str, ty: Ty) -> Result<(), ImportError> {
    let wrong =
        |expected: &str| ImportError::invalid(path, format!("expected {expected}, found {}", describe(v)));
    match ty {
        Ty::Text => v.as_str().map(|_| ()).ok_or_else(|| wrong("a string")),
        Ty::Id => match v.as_str() {
            Some("") => Err(ImportError::invalid(path, "must not be empty")),
            Some(_) => Ok(()),
            None => Err(wrong("a string")),
        },
        Ty::Number => v.as_f64().map(|_| ()).ok_or_else(|| wrong("a number")),
        Ty::List => v.as_array().map(|_| ()).ok_or_else(|| wrong("a list")),
        Ty::IdList => {
            let items = v.as_array().ok_or_else(|| wrong("a list of party ids"))?;
            for (i, item) in items.iter().enumerate() {
                check(item, &format!("{path}[{i}]"), Ty::Id)?;
            }
            Ok(())
        }
        Ty::Kind => one_of(v, path, "card kind", &kinds()),
        Ty::Status => one_of(v, path, "status", &ActionStatus::ALL),
        Ty::Commitments => {
            let map = v.as_object().ok_or_else(|| wrong("an object from party id to commitment"))?;
            for (party, c) in map {
                one_of(c, &format!("{path}{}", key_path(party)), "commitment", &Commitment::ALL)?;
            }
            Ok(())
        }
    }
}

/// Every card kind, the ambition first.
fn kinds() -> Vec<CardKind> {
    let mut all = vec![CardKind::Ambition];
    all.extend(CardKind::ADDABLE);
    all
}

/// Checks that `v` is the JSON name of one of `all`, using the model's own
/// serde names so the two cannot drift apart.
fn one_of<T: Serialize + DeserializeOwned>(
    v: &Value,
    path: &str,
    what: &str,
    all: &[T],
) -> Result<(), ImportError> {
    let names: Vec<String> =
        all.iter().filter_map(|t| serde_json::to_value(t).ok()).map(|n| n.to_string()).collect();
    let expected = names.join(", ");
    match v {
        Value::String(s) if serde_json::from_value::<T>(v.clone()).is_ok() => Ok(()),
        Value::String(s) => Err(ImportError::invalid(
            path,
            format!("unknown {what} {} (expected one of {expected})", Value::from(s.as_str())),
        )),
        _ => {
            Err(ImportError::invalid(path, format!("expected a {what} ({expected}), found {}", describe(v))))
        }
    }
}

/// `.key` for plain keys, `["some key"]` for others.
fn key_path(key: &str) -> String {
    let plain = !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-');
    if plain {
        format!(".{key}")
    } else {
        format!("[{}]", Value::from(key))
    }
}

/// What a value is, for messages: `a number`, `"text"`, …
fn describe(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) if s.chars().count() <= 40 => format!("the string {}", Value::from(s.as_str())),
        Value::String(_) => "a string".into(),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn err(mut v: Value) -> (String, String) {
        match board(&mut v, "board") {
            Err(ImportError::Invalid { field, reason }) => (field, reason),
            other => panic!("expected Invalid, got {other:?}"),
        }
    }

    fn minimal() -> Value {
        json!({"title": "", "challenge": "", "parties": [], "cards": [], "links": []})
    }

    #[test]
    fn a_minimal_board_passes() {
        let mut v = minimal();
        board(&mut v, "board").unwrap();
    }

    #[test]
    fn commitment_keys_that_are_not_plain_are_quoted() {
        let mut v = minimal();
        v["cards"] = json!([{"id": "a", "kind": "action", "text": "", "x": 0, "y": 0, "width": 1, "height": 1,
            "commitments": {"school board": "maybe"}}]);
        let (field, reason) = err(v);
        assert_eq!(field, "board.cards[0].commitments[\"school board\"]");
        assert!(reason.contains("unknown commitment \"maybe\""), "{reason}");
        assert!(reason.contains("\"not_committed\""), "{reason}");
    }

    #[test]
    fn optional_null_fields_are_removed_and_required_null_is_refused() {
        let mut v = minimal();
        v["links"] = json!([{"id": "l", "from": "a", "to": "b", "label": null}]);
        board(&mut v, "board").unwrap();
        assert_eq!(v["links"][0].get("label"), None);

        let mut v = minimal();
        v["links"] = json!([{"id": "l", "from": null, "to": "b"}]);
        assert_eq!(err(v), ("board.links[0].from".into(), "expected a string, found null".into()));
    }

    #[test]
    fn party_id_lists_name_the_item() {
        let mut v = minimal();
        v["cards"] = json!([{"id": "f", "kind": "fact", "text": "", "x": 0, "y": 0, "width": 1, "height": 1,
            "recognised_by": ["p1", 2]}]);
        assert_eq!(
            err(v),
            ("board.cards[0].recognised_by[1]".into(), "expected a string, found the number 2".into())
        );
    }

    #[test]
    fn an_empty_id_is_refused() {
        let mut v = minimal();
        v["parties"] = json!([{"id": "", "name": "A", "colour": "#000000"}]);
        assert_eq!(err(v), ("board.parties[0].id".into(), "must not be empty".into()));
    }

    #[test]
    fn an_item_that_is_not_an_object_is_refused() {
        let mut v = minimal();
        v["cards"] = json!(["card"]);
        assert_eq!(err(v), ("board.cards[0]".into(), "expected an object, found the string \"card\"".into()));
    }
}
