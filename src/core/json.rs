//! JSON as the app reads and writes it: a reader into a small tree
//! ([`parse`], [`Json`]) and a writer that streams text ([`Writer`]).
//!
//! The board file, the library index, share links and JSON Canvas exports
//! are all JSON; one small reader and writer serve them all, so the download
//! carries no general serialisation framework. The reader follows RFC 8259
//! strictly (no comments, no trailing commas, no `NaN`), refuses numbers too
//! large for a float and nesting deeper than [`MAX_DEPTH`], and reports where
//! it stopped as a line and column. Objects are kept sorted by key; a key
//! given twice keeps its last value.

use std::fmt::Write as _;

/// Arrays and objects nested deeper than this are refused, so a hostile
/// file cannot exhaust the stack.
pub const MAX_DEPTH: usize = 127;

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(Number),
    String(String),
    Array(Vec<Json>),
    Object(Map),
}

/// The members of an object, sorted by key, each key once. (A sorted list
/// rather than a tree: objects are small, and it is both faster to build
/// and less code.)
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Map(Vec<(String, Json)>);

impl Map {
    pub fn new() -> Self {
        Map(Vec::new())
    }

    /// Members in any order, the last of a repeated key winning.
    fn from_members(mut members: Vec<(String, Json)>) -> Self {
        if !members.is_sorted_by(|a, b| a.0 < b.0) {
            // Stable, so a repeated key's values stay in the order written.
            members.sort_by(|a, b| a.0.cmp(&b.0));
            members.dedup_by(|later, kept| {
                let same = later.0 == kept.0;
                if same {
                    std::mem::swap(&mut later.1, &mut kept.1);
                }
                same
            });
        }
        Map(members)
    }

    fn find(&self, key: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| k.as_str().cmp(key))
    }

    pub fn get(&self, key: &str) -> Option<&Json> {
        self.find(key).ok().map(|i| &self.0[i].1)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Json> {
        self.find(key).ok().map(|i| &mut self.0[i].1)
    }

    /// Sets `key` to `value`, returning the value it had.
    pub fn insert(&mut self, key: String, value: Json) -> Option<Json> {
        match self.find(&key) {
            Ok(i) => Some(std::mem::replace(&mut self.0[i].1, value)),
            Err(i) => {
                self.0.insert(i, (key, value));
                None
            }
        }
    }

    /// The value of `key`, leaving `null` in its place (quicker than
    /// [`Map::remove`], which closes the gap).
    pub fn take(&mut self, key: &str) -> Option<Json> {
        self.get_mut(key).map(Json::take)
    }

    pub fn remove(&mut self, key: &str) -> Option<Json> {
        self.find(key).ok().map(|i| self.0.remove(i).1)
    }

    /// The members in the order of their keys.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Json)> {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

impl IntoIterator for Map {
    type Item = (String, Json);
    type IntoIter = std::vec::IntoIter<(String, Json)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a Map {
    type Item = &'a (String, Json);
    type IntoIter = std::slice::Iter<'a, (String, Json)>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// A JSON number as written: a whole number when it was written without a
/// fraction or exponent and fits 64 bits, otherwise a float.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Number {
    /// A whole number 0 or more.
    Whole(u64),
    /// A whole number below 0.
    Negative(i64),
    Float(f64),
}

impl Number {
    pub fn as_f64(self) -> f64 {
        match self {
            Number::Whole(n) => n as f64,
            Number::Negative(n) => n as f64,
            Number::Float(f) => f,
        }
    }
}

/// Where reading stopped on text that is not JSON (both 1-based; the
/// column counts characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub column: usize,
}

impl Json {
    /// The member `key` of an object (`None` for other values).
    pub fn get(&self, key: &str) -> Option<&Json> {
        self.as_object()?.get(key)
    }

    pub fn get_mut(&mut self, key: &str) -> Option<&mut Json> {
        self.as_object_mut()?.get_mut(key)
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_number(&self) -> Option<Number> {
        match self {
            Json::Number(n) => Some(*n),
            _ => None,
        }
    }

    pub fn as_f64(&self) -> Option<f64> {
        self.as_number().map(Number::as_f64)
    }

    /// A whole number 0 or more, written without a fraction.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(Number::Whole(n)) => Some(*n),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&Vec<Json>> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Json::Object(map) => Some(map),
            _ => None,
        }
    }

    pub fn as_object_mut(&mut self) -> Option<&mut Map> {
        match self {
            Json::Object(map) => Some(map),
            _ => None,
        }
    }

    /// The value, leaving `null` in its place.
    pub fn take(&mut self) -> Json {
        std::mem::replace(self, Json::Null)
    }
}

impl From<&str> for Json {
    fn from(s: &str) -> Self {
        Json::String(s.to_owned())
    }
}

impl From<u64> for Json {
    fn from(n: u64) -> Self {
        Json::Number(Number::Whole(n))
    }
}

/// Reads `text` as one JSON value, with nothing but whitespace around it.
pub fn parse(text: &str) -> Result<Json, ParseError> {
    let mut reader = Reader { src: text, text: text.as_bytes(), at: 0, depth: 0 };
    let value = reader.value().map_err(|at| position(text, at))?;
    reader.space();
    if reader.at < reader.text.len() {
        return Err(position(text, reader.at));
    }
    Ok(value)
}

/// The line and column of byte `at` in `text`; at the end of the text, the
/// last character read.
fn position(text: &str, at: usize) -> ParseError {
    let at = at.min(text.len());
    let at_end = usize::from(at == text.len());
    let before = text.as_bytes()[..at].iter().rposition(|&b| b == b'\n');
    let line = text.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    let start = before.map_or(0, |i| i + 1);
    // Continuation bytes do not start a character.
    let column = text.as_bytes()[start..at].iter().filter(|&&b| b & 0xC0 != 0x80).count() + 1 - at_end;
    ParseError { line, column }
}

/// The reader's state; errors are the byte offset where reading failed.
struct Reader<'a> {
    src: &'a str,
    text: &'a [u8],
    at: usize,
    depth: usize,
}

type Read<T> = Result<T, usize>;

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> Read<()> {
        self.space();
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.at)
        }
    }

    fn literal(&mut self, word: &[u8], value: Json) -> Read<Json> {
        if self.text[self.at..].starts_with(word) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.at)
        }
    }

    fn value(&mut self) -> Read<Json> {
        self.space();
        match self.peek() {
            Some(b'{') => self.nested(Self::object),
            Some(b'[') => self.nested(Self::array),
            Some(b'"') => self.string().map(Json::String),
            Some(b't') => self.literal(b"true", Json::Bool(true)),
            Some(b'f') => self.literal(b"false", Json::Bool(false)),
            Some(b'n') => self.literal(b"null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number().map(Json::Number),
            _ => Err(self.at),
        }
    }

    fn nested(&mut self, read: fn(&mut Self) -> Read<Json>) -> Read<Json> {
        if self.depth == MAX_DEPTH {
            return Err(self.at);
        }
        self.depth += 1;
        self.at += 1;
        let value = read(self);
        self.depth -= 1;
        value
    }

    fn array(&mut self) -> Read<Json> {
        let mut items = Vec::new();
        self.space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value()?);
            self.space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.at),
            }
        }
    }

    fn object(&mut self) -> Read<Json> {
        // Room for a card's members without growing.
        let mut members = Vec::new();
        self.space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Json::Object(Map::new()));
        }
        loop {
            self.space();
            if self.peek() != Some(b'"') {
                return Err(self.at);
            }
            let key = self.string()?;
            self.eat(b':')?;
            let value = self.value()?;
            members.push((key, value));
            self.space();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Json::Object(Map::from_members(members)));
                }
                _ => return Err(self.at),
            }
        }
    }

    /// A string, the reader on its opening quote.
    fn string(&mut self) -> Read<String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.at += 1;
            }
            // The run starts and stops at ASCII bytes, so on whole characters.
            let run = self.src.get(start..self.at).ok_or(start)?;
            if out.is_empty() && self.peek() == Some(b'"') {
                // No escapes (the usual case): one allocation of the right size.
                self.at += 1;
                return Ok(run.to_owned());
            }
            out.push_str(run);
            match self.peek() {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    let escape = self.peek().ok_or(self.at)?;
                    self.at += 1;
                    out.push(match escape {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => return Err(self.at - 1),
                    });
                }
                // A control character, or the end of the text.
                _ => return Err(self.at),
            }
        }
    }

    /// The character of a `\uXXXX` escape (two for a surrogate pair), the
    /// reader after the `u`.
    fn unicode_escape(&mut self) -> Read<char> {
        let start = self.at;
        let high = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&high) {
            if !self.text[self.at..].starts_with(b"\\u") {
                return Err(self.at);
            }
            self.at += 2;
            let low = self.hex4()?;
            if !(0xDC00..0xE000).contains(&low) {
                return Err(self.at - 4);
            }
            0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        } else {
            high
        };
        char::from_u32(code).ok_or(start)
    }

    fn hex4(&mut self) -> Read<u32> {
        let digits = self.text.get(self.at..self.at + 4).ok_or(self.text.len())?;
        let mut n = 0;
        for (i, &d) in digits.iter().enumerate() {
            let v = (d as char).to_digit(16).ok_or(self.at + i)?;
            n = n * 16 + v;
        }
        self.at += 4;
        Ok(n)
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while let Some(b'0'..=b'9') = self.peek() {
            self.at += 1;
        }
        self.at - start
    }

    fn number(&mut self) -> Read<Number> {
        let start = self.at;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        let int_start = self.at;
        match self.digits() {
            0 => return Err(self.at),
            n if n > 1 && self.text[int_start] == b'0' => return Err(int_start + 1),
            _ => {}
        }
        let mut whole = true;
        if self.peek() == Some(b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return Err(self.at);
            }
            whole = false;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.at += 1;
            }
            if self.digits() == 0 {
                return Err(self.at);
            }
            whole = false;
        }
        // Only ASCII digits and signs were read.
        let text = self.src.get(start..self.at).ok_or(start)?;
        if whole {
            if negative {
                if let Ok(n) = text.parse::<i64>() {
                    return Ok(if n == 0 { Number::Whole(0) } else { Number::Negative(n) });
                }
            } else if let Ok(n) = text.parse::<u64>() {
                return Ok(Number::Whole(n));
            }
        }
        match text.parse::<f64>() {
            Ok(f) if f.is_finite() => Ok(Number::Float(f)),
            // Named at its last digit.
            _ => Err(self.at - 1),
        }
    }
}

/// Writes JSON text, compact or indented by two spaces per level, value by
/// value: the caller opens and closes objects and arrays and names each
/// member with [`Writer::key`].
pub struct Writer {
    out: String,
    pretty: bool,
    depth: usize,
    /// Whether the innermost open object or array has no member yet.
    empty: bool,
    /// Whether the next value follows a key.
    after_key: bool,
}

impl Writer {
    pub fn new(pretty: bool) -> Self {
        Writer { out: String::new(), pretty, depth: 0, empty: true, after_key: false }
    }

    /// The text written.
    pub fn finish(self) -> String {
        self.out
    }

    /// Starts a member or an array item: the separator and the indentation.
    fn item(&mut self) {
        if self.after_key {
            self.after_key = false;
            return;
        }
        if self.depth == 0 {
            return;
        }
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        if self.pretty {
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str("  ");
            }
        }
    }

    fn open(&mut self, bracket: char) {
        self.item();
        self.out.push(bracket);
        self.depth += 1;
        self.empty = true;
    }

    fn close(&mut self, bracket: char) {
        self.depth = self.depth.saturating_sub(1);
        if !self.empty && self.pretty {
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str("  ");
            }
        }
        self.out.push(bracket);
        self.empty = false;
    }

    pub fn begin_object(&mut self) {
        self.open('{');
    }

    pub fn end_object(&mut self) {
        self.close('}');
    }

    pub fn begin_array(&mut self) {
        self.open('[');
    }

    pub fn end_array(&mut self) {
        self.close(']');
    }

    /// The name of the next member of the open object.
    pub fn key(&mut self, key: &str) {
        self.item();
        quote_into(&mut self.out, key);
        self.out.push_str(if self.pretty { ": " } else { ":" });
        self.after_key = true;
    }

    pub fn string(&mut self, s: &str) {
        self.item();
        quote_into(&mut self.out, s);
    }

    pub fn whole(&mut self, n: u64) {
        self.item();
        write_whole(&mut self.out, n);
    }

    pub fn integer(&mut self, n: i64) {
        self.item();
        if n < 0 {
            self.out.push('-');
        }
        write_whole(&mut self.out, n.unsigned_abs());
    }

    /// A finite float (JSON cannot hold others; they are written as 0).
    pub fn float(&mut self, f: f64) {
        self.item();
        write_float(&mut self.out, if f.is_finite() { f } else { 0.0 });
    }

    /// `"key": "s"`.
    pub fn string_field(&mut self, key: &str, s: &str) {
        self.key(key);
        self.string(s);
    }

    /// `"key": n`.
    pub fn whole_field(&mut self, key: &str, n: u64) {
        self.key(key);
        self.whole(n);
    }
}

/// A float the way JSON readers take it back exactly: the shortest digits
/// that read back as the same number, with `.0` on whole numbers, and an
/// exponent for very large and very small ones.
fn write_float(out: &mut String, f: f64) {
    let a = f.abs();
    if a != 0.0 && !(1e-5..1e16).contains(&a) {
        let _ = write!(out, "{f:e}");
    } else if f.fract() == 0.0 {
        // Most coordinates and sizes are whole: written without the float
        // formatter, which is slower.
        if f.is_sign_negative() {
            out.push('-');
        }
        write_whole(out, a as u64);
        out.push_str(".0");
    } else {
        let _ = write!(out, "{f}");
    }
}

/// The decimal digits of `n`.
fn write_whole(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[i..] {
        out.push(char::from(d));
    }
}

/// A number as JSON writes it (for messages).
pub fn number_text(n: Number) -> String {
    match n {
        Number::Whole(n) => n.to_string(),
        Number::Negative(n) => n.to_string(),
        Number::Float(f) => {
            let mut out = String::new();
            write_float(&mut out, f);
            out
        }
    }
}

/// `s` as a JSON string, quotes and escapes included.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    quote_into(&mut out, s);
    out
}

fn quote_into(out: &mut String, s: &str) {
    out.push('"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let escape = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0C => "\\f",
            0..=0x1F => "",
            _ => continue,
        };
        out.push_str(&s[start..i]);
        if escape.is_empty() {
            let _ = write!(out, "\\u{b:04x}");
        } else {
            out.push_str(escape);
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> (usize, usize) {
        let e = parse(text).unwrap_err();
        (e.line, e.column)
    }

    #[test]
    fn reads_every_kind_of_value() {
        let v = parse(r#" {"a": [1, -2, 2.5, 1e3, true, false, null], "b": "x\"\\\/\n\u00e9\ud83d\ude00"} "#).unwrap();
        assert_eq!(
            v.get("a"),
            Some(&Json::Array(vec![
                Json::Number(Number::Whole(1)),
                Json::Number(Number::Negative(-2)),
                Json::Number(Number::Float(2.5)),
                Json::Number(Number::Float(1000.0)),
                Json::Bool(true),
                Json::Bool(false),
                Json::Null,
            ]))
        );
        assert_eq!(v.get("b").and_then(Json::as_str), Some("x\"\\/\né😀"));
    }

    #[test]
    fn whole_numbers_too_large_for_64_bits_are_floats() {
        assert_eq!(parse("18446744073709551615").unwrap().as_u64(), Some(u64::MAX));
        assert_eq!(parse("18446744073709551616").unwrap(), Json::Number(Number::Float(18446744073709551616.0)));
        assert_eq!(parse("-9223372036854775809").unwrap().as_f64(), Some(-9223372036854775809.0));
    }

    #[test]
    fn a_key_given_twice_keeps_its_last_value() {
        assert_eq!(parse(r#"{"a": 1, "a": 2}"#).unwrap().get("a").and_then(Json::as_u64), Some(2));
        let v = parse(r#"{"b": 1, "a": 2, "b": 3, "c": 4, "b": 5, "a": 6}"#).unwrap();
        let members: Vec<(&str, u64)> =
            v.as_object().unwrap().iter().map(|(k, v)| (k.as_str(), v.as_u64().unwrap())).collect();
        assert_eq!(members, [("a", 6), ("b", 5), ("c", 4)]);
    }

    #[test]
    fn objects_are_found_inserted_into_and_taken_from_by_key() {
        let mut v = parse(r#"{"y": 1, "x": 2}"#).unwrap();
        let m = v.as_object_mut().unwrap();
        assert_eq!(m.insert("z".into(), Json::from(3u64)), None);
        assert_eq!(m.insert("x".into(), Json::from(4u64)), Some(Json::from(2u64)));
        assert_eq!(m.remove("y"), Some(Json::from(1u64)));
        assert_eq!(m.remove("y"), None);
        assert_eq!(v.get("x").and_then(Json::as_u64), Some(4));
        assert_eq!(v.get("z").and_then(Json::as_u64), Some(3));
        assert_eq!(v.get("w"), None);
    }

    #[test]
    fn an_object_of_many_keys_in_reverse_order_reads_in_good_time() {
        // Quadratic insertion would take minutes here.
        let n = 200_000;
        let text = format!("{{{}}}", (0..n).rev().map(|i| format!("\"k{i:06}\": {i}")).collect::<Vec<_>>().join(","));
        let v = parse(&text).unwrap();
        assert_eq!(v.get("k000000").and_then(Json::as_u64), Some(0));
        assert_eq!(v.as_object().unwrap().iter().count(), n);
    }

    #[test]
    fn what_is_not_json_is_refused_with_its_place() {
        assert_eq!(at("{\"a\": 1,\n  }"), (2, 3));
        assert_eq!(at("[1, 2"), (1, 5));
        assert_eq!(at("{\"é\": x}"), (1, 7));
        for bad in [
            "", "nul", "[1,]", "{\"a\" 1}", "{a: 1}", "01", "1.", "1e", "-", "+1", ".5", "NaN", "Infinity",
            "1e400", "-1e400", "\"tab\there\"", "\"\\x\"", "\"\\ud800\"", "\"\\udc00\"", "\"\\u12\"",
            "\"open", "[] []", "// no\n1",
        ] {
            assert!(parse(bad).is_err(), "{bad:?} was read");
        }
    }

    #[test]
    fn nesting_is_limited() {
        let ok = "[".repeat(MAX_DEPTH) + &"]".repeat(MAX_DEPTH);
        assert!(parse(&ok).is_ok());
        let deep = "[".repeat(MAX_DEPTH + 1) + &"]".repeat(MAX_DEPTH + 1);
        assert_eq!(at(&deep), (1, MAX_DEPTH + 1));
        // Far deeper than the stack would hold without the limit.
        assert!(parse(&"[".repeat(1_000_000)).is_err());
    }

    #[test]
    fn writes_pretty_and_compact_text() {
        for (pretty, want) in [
            (true, "{\n  \"a\": [\n    1,\n    -2,\n    0.5\n  ],\n  \"b\": {},\n  \"c\": [],\n  \"d\": \"\\\"\\u0001\"\n}"),
            (false, "{\"a\":[1,-2,0.5],\"b\":{},\"c\":[],\"d\":\"\\\"\\u0001\"}"),
        ] {
            let mut w = Writer::new(pretty);
            w.begin_object();
            w.key("a");
            w.begin_array();
            w.whole(1);
            w.integer(-2);
            w.float(0.5);
            w.end_array();
            w.key("b");
            w.begin_object();
            w.end_object();
            w.key("c");
            w.begin_array();
            w.end_array();
            w.string_field("d", "\"\u{1}");
            w.end_object();
            let text = w.finish();
            assert_eq!(text, want);
            assert!(parse(&text).is_ok());
        }
    }

    #[test]
    fn floats_are_written_to_read_back_exactly() {
        for f in [0.0, -0.0, 1.0, 240.0, -0.1, 1.0 / 3.0, 1e15, 1e16, 1.5e-7, 2.5e300, f64::MAX, f64::MIN_POSITIVE, 5e-324] {
            let text = number_text(Number::Float(f));
            assert_eq!(parse(&text).unwrap().as_f64(), Some(f), "{text}");
            assert!(text.len() < 26, "{text}");
        }
        assert_eq!(number_text(Number::Float(240.0)), "240.0");
        assert_eq!(number_text(Number::Float(1e21)), "1e21");
        assert_eq!(number_text(Number::Float(0.25)), "0.25");
    }

    #[test]
    fn quoting_escapes_what_json_requires_and_nothing_else() {
        assert_eq!(quote("a\"b\\c\n\u{1f}é/"), "\"a\\\"b\\\\c\\n\\u001fé/\"");
    }
}
