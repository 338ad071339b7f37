//! JSON text as the app writes it: indented by two spaces (as
//! `serde_json::to_string_pretty`) or compact (as `serde_json::to_string`),
//! chosen when writing. serde_json has a formatter type for each, and every
//! serialised type's code is then in the download once per formatter; one
//! formatter that does both keeps it there once. Floats are written with
//! the standard library's formatting, which the app carries anyway, in
//! the same digits as serde_json's own float writer (which would add its
//! tables to the download).

use std::fmt::Write as _;
use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::Formatter;

/// `value` as JSON text, indented or compact. Empty if `value` cannot be
/// written as JSON (a map whose keys are not strings), which no type of the
/// app's formats is.
pub fn write<T: Serialize + ?Sized>(value: &T, pretty: bool) -> String {
    let mut out = Vec::with_capacity(256);
    let layout = Layout { pretty, depth: 0, has_value: false };
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, layout);
    if value.serialize(&mut serializer).is_err() {
        return String::new();
    }
    // serde_json writes UTF-8 only.
    String::from_utf8(out).unwrap_or_default()
}

/// serde_json's pretty formatter, with the line breaks and indentation
/// left out when not `pretty`.
struct Layout {
    pretty: bool,
    depth: usize,
    /// Whether the innermost list or object has a member.
    has_value: bool,
}

impl Layout {
    fn open<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    fn close<W: ?Sized + Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.pretty && self.has_value {
            self.line(w)?;
        }
        w.write_all(bracket)
    }

    /// Before a member: the comma, then in pretty text a new line.
    fn member<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        if !first {
            w.write_all(b",")?;
        }
        if self.pretty {
            self.line(w)?;
        }
        Ok(())
    }

    fn line<W: ?Sized + Write>(&self, w: &mut W) -> io::Result<()> {
        w.write_all(b"\n")?;
        for _ in 0..self.depth {
            w.write_all(b"  ")?;
        }
        Ok(())
    }
}

/// A finite float the way serde_json writes it, so JSON readers take it
/// back exactly: the shortest digits that read back as the same number,
/// `.0` on whole numbers, an exponent for very large and very small ones.
pub fn float_text(f: f64) -> String {
    let mut out = String::new();
    let a = f.abs();
    if a != 0.0 && !(1e-5..1e16).contains(&a) {
        let _ = write!(out, "{f:e}");
        if a >= 1e16 {
            // `1e+16`, as serde_json writes it.
            if let Some(at) = out.find('e') {
                out.insert(at + 1, '+');
            }
        }
    } else if f.fract() == 0.0 {
        let _ = write!(out, "{f}.0");
    } else {
        let _ = write!(out, "{f}");
    }
    out
}

impl Formatter for Layout {
    fn write_f64<W: ?Sized + Write>(&mut self, w: &mut W, value: f64) -> io::Result<()> {
        w.write_all(float_text(value).as_bytes())
    }

    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.member(w, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.member(w, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(if self.pretty { b": " } else { b":" })
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    #[test]
    fn writes_what_serde_json_writes_indented_and_compact() {
        let values = [
            json!({"a": [1, -2, 0.5, 1e21, 240.0], "b": {}, "c": [], "d": "\"\u{1}é/", "e": [{"f": [[]]}, {}]}),
            json!([]),
            json!({}),
            json!("text"),
            json!([[], [[1]], {"x": {"y": null}}]),
        ];
        for v in values {
            assert_eq!(super::write(&v, true), serde_json::to_string_pretty(&v).unwrap());
            assert_eq!(super::write(&v, false), serde_json::to_string(&v).unwrap());
        }
    }

    #[test]
    fn floats_are_written_as_serde_json_writes_them() {
        let mut floats = vec![0.0, -0.0, 1.0, 240.0, -0.1, 1.0 / 3.0, 0.1 + 0.2, 1e15, 1e16, 1.5e-7, 1e-5, 9.99e-6];
        floats.extend([2.5e300, f64::MAX, f64::MIN_POSITIVE, 5e-324, -1e21, 123456.789, 4503599627370497.0]);
        // A spread of bit patterns.
        floats.extend((0..2000u64).map(|i| f64::from_bits(i.wrapping_mul(0x9E37_79B9_7F4A_7C15))).filter(|f| f.is_finite()));
        for f in floats {
            assert_eq!(super::float_text(f), serde_json::to_string(&f).unwrap(), "{f:e}");
        }
    }

    #[test]
    fn thousandths_read_back_exactly() {
        // What the board file holds: positions and sizes in thousandths.
        for m in (-1_000_000_000i64..=1_000_000_000).step_by(9_999_991).chain([1, -1, 999, 123_456_789]) {
            let f = m as f64 / 1000.0;
            let text = super::float_text(f);
            assert_eq!(serde_json::from_str::<f64>(&text).unwrap().to_bits(), f.to_bits(), "{text}");
        }
    }
}
