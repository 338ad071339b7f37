//! Colours: reading `#rrggbb`, relative luminance and contrast (WCAG 2),
//! and the text colour that reads best on a party's colour.

/// Dark text, used on light party colours.
pub const DARK_TEXT: &str = "#111827";
/// Light text, used on dark party colours.
pub const LIGHT_TEXT: &str = "#ffffff";
/// The colour of a party whose colour is missing or unreadable.
pub const DEFAULT_COLOUR: &str = "#64748b";

/// Red, green and blue of a `#rrggbb` or `#rgb` colour.
pub fn parse_hex(colour: &str) -> Option<(u8, u8, u8)> {
    let hex = colour.strip_prefix('#')?;
    if !hex.is_ascii() {
        return None;
    }
    let channel = |s: &str| u8::from_str_radix(s, 16).ok();
    match hex.len() {
        6 => Some((channel(&hex[0..2])?, channel(&hex[2..4])?, channel(&hex[4..6])?)),
        3 => {
            let d = |i: usize| channel(&hex[i..i + 1]).map(|v| v * 17);
            Some((d(0)?, d(1)?, d(2)?))
        }
        _ => None,
    }
}

/// Relative luminance, 0 (black) to 1 (white).
pub fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let lin = |c: u8| {
        let c = c as f64 / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/// The contrast ratio between two colours, 1 to 21.
pub fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// Dark or light text, whichever has the higher contrast on `background`.
pub fn text_colour_on(background: &str) -> &'static str {
    let Some(bg) = parse_hex(background) else { return LIGHT_TEXT };
    let dark = parse_hex(DARK_TEXT).map(|d| contrast(bg, d)).unwrap_or(0.0);
    let light = contrast(bg, (255, 255, 255));
    if dark >= light {
        DARK_TEXT
    } else {
        LIGHT_TEXT
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::PARTY_COLOURS;

    #[test]
    fn every_preset_reads_at_four_and_a_half_to_one() {
        for c in PARTY_COLOURS {
            let bg = parse_hex(c).expect("preset parses");
            let text = parse_hex(text_colour_on(c)).expect("text colour parses");
            let ratio = contrast(bg, text);
            assert!(ratio >= 4.5, "{c}: {ratio:.2}");
        }
    }

    #[test]
    fn light_backgrounds_get_dark_text() {
        assert_eq!(text_colour_on("#ffff00"), DARK_TEXT);
        assert_eq!(text_colour_on("#000080"), LIGHT_TEXT);
        assert_eq!(text_colour_on("not a colour"), LIGHT_TEXT);
        assert_eq!(parse_hex("#abc"), Some((0xaa, 0xbb, 0xcc)));
        assert_eq!(parse_hex("#ééé"), None);
    }
}

/// The colour for a new party: the first of the party colours none of
/// `parties` has yet, or, when all are taken, the next in turn.
pub fn next_party_colour(parties: &[super::model::Party]) -> &'static str {
    use super::model::PARTY_COLOURS;
    let n = parties.len();
    PARTY_COLOURS
        .iter()
        .find(|c| !parties.iter().any(|p| p.colour.eq_ignore_ascii_case(c)))
        .copied()
        .unwrap_or(PARTY_COLOURS[n % PARTY_COLOURS.len()])
}
