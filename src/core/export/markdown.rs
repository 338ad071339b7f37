//! Escaping user text for Markdown (CommonMark and GitHub Flavoured
//! Markdown), shared by the report and the JSON Canvas cards, whose text
//! Obsidian and others render as Markdown.
//!
//! What a person wrote must read as that text, never as formatting: no
//! emphasis, code, links, raw HTML, table cells, strikethrough or headings
//! from characters in a card, and no list, heading, quote or rule from how a
//! line starts.
//!
//! Nor a link from an address written in the text: GitHub, marked and
//! markdown-it with linkify turn `https://…`, `www.…`, `name@host.org` and
//! even a bare `example.org` into links. An escaped character is text to
//! them that no address runs through, so the `:` between a scheme's letters
//! and the rest, `//`, every `@` and a `.` between a letter or digit and a
//! letter are escaped;
//! rendered, they read as written.

/// One line of user text, trimmed, with every Markdown-significant character
/// backslash-escaped. Safe anywhere in a line: a paragraph, a list item, a
/// heading, a table cell, after `> `.
pub(super) fn escape_line(line: &str) -> String {
    let line = line.trim();
    let chars: Vec<char> = line.chars().collect();
    // A line starting with a number and `.` or `)` would start an ordered list.
    let digits = chars.iter().take_while(|c| c.is_ascii_digit()).count();
    let list_number_end = (digits > 0 && matches!(chars.get(digits), Some('.' | ')'))).then_some(digits);

    let mut out = String::with_capacity(line.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        let escape = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '#' => true,
            // An entity or character reference (`&amp;`, `&#38;`) would be decoded.
            '&' => chars.get(i + 1).is_some_and(|n| n.is_ascii_alphanumeric() || *n == '#'),
            // Bullet lists, setext heading underlines and thematic breaks.
            '-' | '+' | '=' => i == 0,
            '.' | ')' if list_number_end == Some(i) => true,
            // What makes an address a link: `https:`, `//`, `a@b`, `example.org`, `www.`.
            ':' => i > 0 && chars[i - 1].is_ascii_alphabetic() && chars.get(i + 1).is_some_and(|n| !n.is_whitespace()),
            '/' => chars.get(i + 1) == Some(&'/') || (i > 0 && chars[i - 1] == '/'),
            '@' => true,
            '.' => i > 0 && chars[i - 1].is_alphanumeric() && chars.get(i + 1).is_some_and(|n| n.is_alphabetic()),
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        // Control characters (tabs among them) become spaces.
        if c.is_control() {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

/// The non-blank lines of `text`, each escaped.
pub(super) fn lines(text: &str) -> Vec<String> {
    super::in_words::lines(text).map(escape_line).collect()
}

/// `text` escaped, its lines joined with `joiner` (for example a hard line
/// break and the indentation of the block it stands in). `None` when the text
/// is blank.
pub(super) fn block(text: &str, joiner: &str) -> Option<String> {
    let lines = lines(text);
    (!lines.is_empty()).then(|| lines.join(joiner))
}

/// `text` escaped on one line: its lines joined with a space (for headings).
pub(super) fn one_line(text: &str) -> Option<String> {
    block(text, " ")
}

/// `text` escaped for a table cell: its lines joined with `<br>`.
pub(super) fn cell(text: &str) -> Option<String> {
    block(text, "<br>")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formatting_characters_are_escaped() {
        assert_eq!(escape_line("*a* _b_ `c` [d](e) <f> g|h ~~i~~"), r"\*a\* \_b\_ \`c\` \[d\](e) \<f\> g\|h \~\~i\~\~");
        assert_eq!(escape_line("# heading"), r"\# heading");
        assert_eq!(escape_line("- item"), r"\- item");
        assert_eq!(escape_line("+ item"), r"\+ item");
        assert_eq!(escape_line("==="), r"\===");
        assert_eq!(escape_line("12. Twelve"), r"12\. Twelve");
        assert_eq!(escape_line("3) three"), r"3\) three");
        assert_eq!(escape_line("a - b + c = d. 3) e"), "a - b + c = d. 3) e");
        assert_eq!(escape_line("A &amp; B & C"), r"A \&amp; B & C");
        assert_eq!(escape_line(r"back\slash"), r"back\\slash");
        assert_eq!(escape_line("  indented code? "), "indented code?");
    }

    #[test]
    fn addresses_are_broken_where_a_linkifier_would_see_them() {
        assert_eq!(escape_line("see https://example.org/x now"), r"see https\:\/\/example\.org/x now");
        assert_eq!(escape_line("www.school.nl"), r"www\.school\.nl");
        assert_eq!(escape_line("mail info@school.nl"), r"mail info\@school\.nl");
        assert_eq!(escape_line("mailto:a"), r"mailto\:a");
        // Sentences, times and numbers are left as they are.
        assert_eq!(escape_line("Goal: done. Next at 10:30, 2.5 h"), "Goal: done. Next at 10:30, 2.5 h");
    }

    #[test]
    fn blank_lines_are_dropped() {
        assert_eq!(block("one\n\n  \ntwo", " / "), Some("one / two".to_owned()));
        assert_eq!(block(" \n ", " "), None);
        assert_eq!(cell("a|b\nc"), Some(r"a\|b<br>c".to_owned()));
    }
}
