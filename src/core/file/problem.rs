//! What is wrong with a field that makes a file unreadable, typed: the
//! place is given by the caller (`board.cards[3].x`), the [`Problem`] says
//! what was expected there and what was found, and the app words it in the
//! reader's language. [`fmt::Display`] is English, for logs and tests.

use std::fmt;

use serde_json::Value;

use super::MAX_EDITED;
use crate::core::json_text;
use crate::core::model::{ActionStatus, CardKind, Commitment, Named};

/// Why one field refuses the file.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// A required field is not there.
    Missing,
    /// An id is the empty string.
    EmptyId,
    /// The file's `version` is not a whole number.
    NotWhole,
    /// The file's `version` is below 1.
    BelowOne,
    /// A value of the wrong type.
    Expected { expected: Expected, found: Found },
    /// A name (a card kind, status or commitment) this version does not know.
    UnknownName { name: NameOf, found: String },
    /// A file of an older version there is no step up from (a mistake in
    /// this version of the app, never in the file).
    NoMigration { from: u32 },
    /// A field the checks let through but the model cannot hold (a mistake
    /// in this version of the app).
    Unreadable,
}

/// What a field should have held.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Object,
    Text,
    Number,
    List,
    /// A list of party ids.
    PartyIds,
    /// A whole number of milliseconds.
    Milliseconds,
    /// A whole number of milliseconds from 0 to [`MAX_EDITED`].
    MillisecondsInRange,
    /// A whole number of dots.
    Dots,
    /// One of the names of a card kind, a status or a commitment.
    Name(NameOf),
    /// An object from party id to commitment.
    Commitments,
}

/// The values the file writes by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameOf {
    CardKind,
    Status,
    Commitment,
}

impl NameOf {
    /// Every name the file may use, quoted, in order.
    pub fn names(self) -> Vec<String> {
        fn quoted<T: Named>() -> Vec<String> {
            T::all().iter().map(|t| json_text::write(t.name(), false)).collect()
        }
        match self {
            NameOf::CardKind => quoted::<CardKind>(),
            NameOf::Status => quoted::<ActionStatus>(),
            NameOf::Commitment => quoted::<Commitment>(),
        }
    }
}

/// What a field held instead, as the file wrote it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    Null,
    Bool(bool),
    /// A number, as JSON writes it.
    Number(String),
    /// A string of at most 40 characters, quoted as JSON writes it.
    Text(String),
    /// A longer string, not repeated.
    LongText,
    List,
    Object,
}

impl Found {
    /// What `v` is.
    pub fn of(v: &Value) -> Found {
        match v {
            Value::Null => Found::Null,
            Value::Bool(b) => Found::Bool(*b),
            Value::Number(n) => Found::Number(json_text::write(n, false)),
            Value::String(s) if s.chars().count() <= 40 => Found::Text(json_text::write(s, false)),
            Value::String(_) => Found::LongText,
            Value::Array(_) => Found::List,
            Value::Object(_) => Found::Object,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Missing => write!(f, "missing"),
            Problem::EmptyId => write!(f, "must not be empty"),
            Problem::NotWhole => write!(f, "must be a whole number"),
            Problem::BelowOne => write!(f, "must be 1 or more"),
            Problem::Expected { expected, found } => write!(f, "expected {expected}, found {found}"),
            Problem::UnknownName { name, found } => {
                write!(f, "unknown {} {found} (expected one of {})", name.what(), name.names().join(", "))
            }
            Problem::NoMigration { from } => {
                write!(f, "cannot read version {from} files: no migration to version {}", from + 1)
            }
            Problem::Unreadable => write!(f, "not what the checks let through"),
        }
    }
}

impl NameOf {
    fn what(self) -> &'static str {
        match self {
            NameOf::CardKind => "card kind",
            NameOf::Status => "status",
            NameOf::Commitment => "commitment",
        }
    }
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Expected::Object => write!(f, "an object"),
            Expected::Text => write!(f, "a string"),
            Expected::Number => write!(f, "a number"),
            Expected::List => write!(f, "a list"),
            Expected::PartyIds => write!(f, "a list of party ids"),
            Expected::Milliseconds => write!(f, "a whole number of milliseconds"),
            Expected::MillisecondsInRange => write!(f, "a whole number of milliseconds from 0 to {MAX_EDITED}"),
            Expected::Dots => write!(f, "a whole number of dots"),
            Expected::Name(name) => write!(f, "a {} ({})", name.what(), name.names().join(", ")),
            Expected::Commitments => write!(f, "an object from party id to commitment"),
        }
    }
}

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Found::Null => write!(f, "null"),
            Found::Bool(b) => write!(f, "{b}"),
            Found::Number(n) => write!(f, "the number {n}"),
            Found::Text(s) => write!(f, "the string {s}"),
            Found::LongText => write!(f, "a string"),
            Found::List => write!(f, "a list"),
            Found::Object => write!(f, "an object"),
        }
    }
}
