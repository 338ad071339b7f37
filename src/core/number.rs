//! Numbers as text for CSS, SVG and messages: a fixed number of decimals at
//! most, trailing zeros dropped. Written with integer arithmetic so the
//! download does not carry the general float formatting of `core::fmt`.

/// `v` rounded to at most `places` decimals (0 to 6), without trailing
/// zeros: `decimal(12.50, 2)` is `"12.5"`, `decimal(-3.0, 2)` is `"-3"`.
/// Anything not finite is `"0"`; magnitudes beyond 10^15 are clamped there.
pub fn decimal(v: f64, places: u32) -> String {
    if !v.is_finite() {
        return "0".to_owned();
    }
    let places = places.min(6);
    let scale = 10u64.pow(places);
    let scaled = (v.abs().min(1e15) * scale as f64).round() as u64;
    if scaled == 0 {
        return "0".to_owned();
    }
    let (whole, mut frac) = (scaled / scale, scaled % scale);
    let mut out = String::new();
    if v < 0.0 {
        out.push('-');
    }
    out.push_str(&whole.to_string());
    if frac > 0 {
        let mut digits = places;
        while frac % 10 == 0 {
            frac /= 10;
            digits -= 1;
        }
        let frac = frac.to_string();
        out.push('.');
        for _ in frac.len() as u32..digits {
            out.push('0');
        }
        out.push_str(&frac);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::decimal;

    #[test]
    fn rounds_and_trims() {
        assert_eq!(decimal(12.5, 2), "12.5");
        assert_eq!(decimal(12.499, 2), "12.5");
        assert_eq!(decimal(-3.0, 2), "-3");
        assert_eq!(decimal(0.05, 2), "0.05");
        assert_eq!(decimal(1.005, 1), "1");
        assert_eq!(decimal(0.0123456, 4), "0.0123");
        assert_eq!(decimal(99.96, 1), "100");
        assert_eq!(decimal(1.5, 0), "2");
        assert_eq!(decimal(1234567.0, 2), "1234567");
    }

    #[test]
    fn never_minus_zero_or_nan() {
        assert_eq!(decimal(-0.001, 2), "0");
        assert_eq!(decimal(-0.0, 2), "0");
        assert_eq!(decimal(f64::NAN, 2), "0");
        assert_eq!(decimal(f64::INFINITY, 2), "0");
    }

    #[test]
    fn agrees_with_std_formatting() {
        for i in -2000..2000 {
            let v = i as f64 * 0.37 + 0.001;
            let ours: f64 = decimal(v, 2).parse().unwrap();
            let std: f64 = format!("{v:.2}").parse().unwrap();
            assert!((ours - std).abs() < 1e-9, "{v}: {ours} vs {std}");
        }
    }
}
