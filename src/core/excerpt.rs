//! How much of a card's text a card on the canvas carries, and in what
//! pieces, so that no text, however long, makes drawing the board slow.
//!
//! A card shows a few lines; its whole text is in the editor and the
//! details. Two things made long texts expensive in the browser, both
//! measured in Chromium (docs/performance.md): the size of the text in the
//! page, and long runs without a space. A run that must be broken inside a
//! word is shaped as one piece, and for fonts and letters with no safe place
//! to break (DejaVu Sans, the usual fallback font on Linux, and a run of
//! `A`s) the browser shapes the rest of the run again for every line it
//! breaks, so the time grows with the square of the run's length: 1,000
//! characters took 130 ms on one card, 64 KB twenty seconds. Drawn as
//! separate text nodes of at most [`PIECE_CHARS`] characters, the same run
//! takes a few milliseconds and looks the same.

use std::borrow::Cow;

/// The most characters of its text a card carries.
pub const CARD_CHARS: usize = 1_000;
/// The longest run without whitespace drawn as one text node.
pub const PIECE_CHARS: usize = 32;
/// A run without whitespace longer than this makes a text field scroll
/// sideways instead of wrapping, which would take as long as on a card.
pub const WRAPPING_RUN_CHARS: usize = 500;

/// The start of `text`, at most `max` characters, ending in `…` when it was
/// cut (the `…` counts towards `max`).
pub fn excerpt(text: &str, max: usize) -> Cow<'_, str> {
    match text.char_indices().nth(max) {
        None => Cow::Borrowed(text),
        Some(_) => {
            let end = text.char_indices().nth(max.saturating_sub(1)).map_or(text.len(), |(i, _)| i);
            Cow::Owned(format!("{}…", text[..end].trim_end()))
        }
    }
}

/// `text` cut into pieces that together are `text`, cutting only inside runs
/// without whitespace, so that no piece holds more than `max` characters of
/// such a run. Ordinary text is one piece.
pub fn pieces(text: &str, max: usize) -> Vec<&str> {
    let max = max.max(1);
    let mut out = Vec::new();
    let (mut start, mut run) = (0, 0);
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            run = 0;
            continue;
        }
        if run == max {
            out.push(&text[start..i]);
            start = i;
            run = 0;
        }
        run += 1;
    }
    if start < text.len() || out.is_empty() {
        out.push(&text[start..]);
    }
    out
}

/// Whether `text` has a run of more than `max` characters without
/// whitespace.
pub fn has_run_longer_than(text: &str, max: usize) -> bool {
    let mut run = 0;
    for c in text.chars() {
        run = if c.is_whitespace() { 0 } else { run + 1 };
        if run > max {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_texts_are_kept_whole() {
        assert_eq!(excerpt("Joint plan", 10), "Joint plan");
        assert!(matches!(excerpt("Joint plan", 10), Cow::Borrowed(_)));
        assert_eq!(excerpt("", 3), "");
    }

    #[test]
    fn long_texts_are_cut_with_an_ellipsis_within_the_limit() {
        assert_eq!(excerpt("Joint plan for schools", 11), "Joint plan…");
        assert_eq!(excerpt("abcdef", 4), "abc…");
        // Counted in characters, never cutting one in half.
        assert_eq!(excerpt("ééééé", 3), "éé…");
        assert_eq!(excerpt(&"A".repeat(5000), CARD_CHARS).chars().count(), CARD_CHARS);
    }

    #[test]
    fn ordinary_text_is_one_piece() {
        let text = "Every child a good school nearby,\nwith a safe way there.";
        assert_eq!(pieces(text, PIECE_CHARS), vec![text]);
        assert_eq!(pieces("", 4), vec![""]);
    }

    #[test]
    fn long_runs_are_cut_into_pieces_that_make_up_the_text() {
        assert_eq!(pieces("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
        assert_eq!(pieces("ab cdefgh ij", 3), vec!["ab cde", "fgh ij"]);
        assert_eq!(pieces("éééé", 2), vec!["éé", "éé"]);
        let word = "A".repeat(10_000);
        let parts = pieces(&word, PIECE_CHARS);
        assert_eq!(parts.concat(), word);
        assert!(parts.iter().all(|p| p.chars().count() <= PIECE_CHARS));
    }

    #[test]
    fn runs_are_measured_between_whitespace() {
        assert!(!has_run_longer_than("a bb ccc", 3));
        assert!(has_run_longer_than("a bb cccc", 3));
        assert!(!has_run_longer_than("aaa\naaa\taaa", 3));
        assert!(has_run_longer_than(&"A".repeat(501), WRAPPING_RUN_CHARS));
    }
}
