//! The whole board as a standalone SVG picture, which opens in browsers,
//! Inkscape and office programs.
//!
//! What the board shows: the title and the challenge above the cards; each
//! card a rounded rectangle with a header band in its party's (or its
//! kind's) colour naming the kind and the party (and "disputed" on a fact
//! not every party recognises, whose outline is dashed), its text wrapped
//! into lines as real `<text>`, so the picture stays searchable and
//! editable, and under it what the card's foot shows: an action's
//! commitments and owners, a fact's source, the dots a card received.
//! Links are lines with an arrowhead from card edge to card edge, their
//! meaning written at the middle.
//!
//! The layout helpers ([`wrap_text`], [`picture_view`], [`card_layout`],
//! [`link_routes`] and the constants) are public so a canvas (PNG) renderer
//! draws the same picture.

use std::fmt::Write as _;

use super::{card_colour, link_label, ExportWords};
use std::rc::Rc;

use crate::core::analysis::is_disputed;
use crate::core::card_size::MAX_HEIGHT;
use crate::core::layout::{link_route, Route, CHECKED_CARDS};
use crate::core::colour::{text_colour_on, DARK_TEXT};
use crate::core::geometry::{Point, Rect};
use crate::core::number::decimal;
use crate::core::model::{Board, Card, CardKind, CardLookup, Commitment};

/// Space around the cards, in world units (pixels at 100 %).
pub const MARGIN: f64 = 40.0;
/// Corner radius of a card.
pub const CORNER_RADIUS: f64 = 10.0;
/// Height of a card's header band.
pub const HEADER_HEIGHT: f64 = 28.0;
/// Font size of the header band.
pub const HEADER_FONT_SIZE: f64 = 13.0;
/// Space between a card's edge and its text.
pub const PADDING: f64 = 12.0;
/// Font size of a card's text.
pub const FONT_SIZE: f64 = 16.0;
/// Distance between the baselines of a card's lines.
pub const LINE_HEIGHT: f64 = 20.0;
/// Font size and line spacing of a card's foot (commitments, owners,
/// source, dots).
pub const FOOT_FONT_SIZE: f64 = 12.0;
pub const FOOT_LINE_HEIGHT: f64 = 16.0;
/// The outline of a disputed fact.
pub const DISPUTED_COLOUR: &str = "#dc2626";
/// Font sizes and line spacing of the title and the challenge above the cards.
pub const TITLE_FONT_SIZE: f64 = 24.0;
pub const CHALLENGE_FONT_SIZE: f64 = 16.0;
pub const CHALLENGE_LINE_HEIGHT: f64 = 22.0;
/// The challenge takes at most this many lines.
const CHALLENGE_LINES: usize = 3;
/// Font size of a link's label.
pub const LABEL_FONT_SIZE: f64 = 13.0;
/// The average width of a character, in ems, used to wrap text without
/// measuring it (generous for most sans-serif fonts).
pub const CHAR_WIDTH_EM: f64 = 0.55;
/// A link label longer than this many characters ends in an ellipsis.
pub const MAX_LABEL_CHARS: usize = 48;
/// The picture's background.
pub const BACKGROUND: &str = "#f8fafc";
/// The card's face.
pub const CARD_FILL: &str = "#ffffff";
/// Lines and arrowheads.
pub const LINK_COLOUR: &str = "#475569";
/// Fonts, in CSS `font-family` syntax.
pub const FONT_FAMILY: &str = "'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/// The rectangle holding every card, with [`MARGIN`] around it (a
/// rectangle the size of a new board's ambition if there are no cards).
pub fn board_bounds_with_margin(board: &Board) -> Rect {
    let bounds = board.bounds().unwrap_or(Rect { x: -160.0, y: -85.0, width: 320.0, height: 170.0 });
    let finite = |v: f64| if v.is_finite() { v } else { 0.0 };
    Rect { x: finite(bounds.x), y: finite(bounds.y), width: finite(bounds.width), height: finite(bounds.height) }
        .inflate(MARGIN)
}

/// How many characters of `font_size` fit in `width`, at [`CHAR_WIDTH_EM`].
pub fn chars_that_fit(width: f64, font_size: f64) -> usize {
    let n = width / (CHAR_WIDTH_EM * font_size);
    if n.is_finite() && n > 0.0 {
        // Whole characters only; `as` saturates.
        n.floor() as usize
    } else {
        0
    }
}

/// `text` wrapped into at most `max_lines` lines of at most
/// `max_chars_per_line` characters: at spaces where it can, inside a word
/// longer than a line where it must. Line breaks in the text are kept (runs
/// of blank lines become one); runs of spaces become one. When the text does
/// not fit, the last line ends in `…`.
pub fn wrap_text(text: &str, max_chars_per_line: usize, max_lines: usize) -> Vec<String> {
    let max = max_chars_per_line;
    if max == 0 || max_lines == 0 {
        return Vec::new();
    }
    let mut lines: Vec<String> = Vec::new();
    // Stop as soon as one line more than fits is known to exist.
    let full = |lines: &Vec<String>| lines.len() > max_lines;
    let mut previous_blank = true;
    for paragraph in text.trim().lines() {
        if full(&lines) {
            break;
        }
        let words: Vec<Vec<char>> = paragraph
            .split_whitespace()
            .map(|w| w.chars().filter(|c| !c.is_control()).collect::<Vec<char>>())
            .filter(|w| !w.is_empty())
            .collect();
        if words.is_empty() {
            if !previous_blank {
                lines.push(String::new());
            }
            previous_blank = true;
            continue;
        }
        previous_blank = false;
        let mut line: Vec<char> = Vec::new();
        for word in words {
            let mut rest: &[char] = &word;
            while !rest.is_empty() && !full(&lines) {
                let space = usize::from(!line.is_empty());
                if line.len() + space + rest.len() <= max {
                    if space == 1 {
                        line.push(' ');
                    }
                    line.extend_from_slice(rest);
                    rest = &[];
                } else if !line.is_empty() {
                    lines.push(line.drain(..).collect());
                } else {
                    let (head, tail) = rest.split_at(max.min(rest.len()));
                    lines.push(head.iter().collect());
                    rest = tail;
                }
            }
        }
        if !line.is_empty() {
            lines.push(line.into_iter().collect());
        }
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            *last = with_ellipsis(last, max);
        }
    }
    lines
}

/// `line` shortened so that it and a final `…` fit in `max` characters.
fn with_ellipsis(line: &str, max: usize) -> String {
    let keep: String = line.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", keep.trim_end())
}

/// `text` on one line of at most `max` characters, ending in `…` if cut.
pub fn fit_line(text: &str, max: usize) -> String {
    let one: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let one: String = one.chars().filter(|c| !c.is_control()).collect();
    if one.chars().count() <= max {
        one
    } else if max == 0 {
        String::new()
    } else {
        with_ellipsis(&one, max)
    }
}

/// The board as the picture draws it: every card at least as tall as its
/// header, text and foot need (up to [`MAX_HEIGHT`]), as cards grow on
/// screen to show their text whole. Cards that need no more share their `Rc`.
pub fn as_drawn(board: &Board, words: &ExportWords) -> Board {
    let mut drawn = board.clone();
    for card in &mut drawn.cards {
        let width = card.width - 2.0 * PADDING;
        let foot = foot_of(board, card, words, chars_that_fit(width, FOOT_FONT_SIZE)).len();
        let most = (MAX_HEIGHT / LINE_HEIGHT) as usize;
        let lines = wrap_text(&card.text, chars_that_fit(width, FONT_SIZE), most).len();
        // A little air between the text and the foot.
        let foot_height = if foot == 0 { 0.0 } else { foot as f64 * FOOT_LINE_HEIGHT + 10.0 };
        let need = HEADER_HEIGHT + 2.0 * PADDING + lines as f64 * LINE_HEIGHT - (LINE_HEIGHT - FONT_SIZE) + foot_height;
        let need = need.min(MAX_HEIGHT);
        if need > card.height {
            Rc::make_mut(card).height = need;
        }
    }
    drawn
}

/// The title and the challenge, as they stand above the cards.
pub struct TitleBlock {
    pub title: String,
    /// The title's baseline.
    pub title_at: Point,
    /// "Challenge: …", wrapped; the first baseline, each next one
    /// [`CHALLENGE_LINE_HEIGHT`] lower.
    pub challenge: Vec<String>,
    pub challenge_at: Point,
}

/// What the picture shows, in world units: the cards and the links that
/// bend round them with [`MARGIN`] around them and the title block above,
/// and that block.
pub fn picture_view(board: &Board, routes: &[Option<Route>], words: &ExportWords) -> (Rect, TitleBlock) {
    let bent = routes.iter().flatten().filter(|r| r.via.is_some()).map(|r| r.bounds().inflate(MARGIN));
    let cards = bent.fold(board_bounds_with_margin(board), |view, r| view.union(&r));
    let title = if board.title.trim().is_empty() { words.default_board_title } else { board.title.trim() };
    let width = cards.width - 2.0 * MARGIN;
    let title = fit_line(title, chars_that_fit(width, TITLE_FONT_SIZE * 1.1));
    let challenge = match board.challenge.trim() {
        "" => Vec::new(),
        c => wrap_text(&format!("{}: {c}", words.challenge), chars_that_fit(width, CHALLENGE_FONT_SIZE), CHALLENGE_LINES),
    };
    let height = TITLE_FONT_SIZE * 1.4 + challenge.len() as f64 * CHALLENGE_LINE_HEIGHT + 8.0;
    let view = Rect { y: cards.y - height, height: cards.height + height, ..cards };
    let title_at = Point::new(cards.x + MARGIN, view.y + MARGIN * 0.5 + TITLE_FONT_SIZE);
    let challenge_at = Point::new(title_at.x, title_at.y + TITLE_FONT_SIZE * 0.4 + CHALLENGE_LINE_HEIGHT);
    (view, TitleBlock { title, title_at, challenge, challenge_at })
}

/// Everything needed to draw one card.
#[derive(Clone, Debug, PartialEq)]
pub struct CardLayout {
    /// The card's rectangle in world units.
    pub rect: Rect,
    /// The height of the header band (less than [`HEADER_HEIGHT`] only on a
    /// card too small for a whole one).
    pub header_height: f64,
    /// The header band's colour, `#rrggbb`.
    pub colour: String,
    /// The colour of the header's text.
    pub header_text_colour: &'static str,
    /// The header's words (kind, and party or status), already fitted; empty
    /// when the band is too low for text.
    pub header: String,
    /// The card's text, wrapped and cut to what fits.
    pub lines: Vec<String>,
    /// Where the first line's baseline is; each next one is [`LINE_HEIGHT`] lower.
    pub first_baseline: Point,
    /// The foot's lines, at the bottom of the card: the first baseline,
    /// each next one [`FOOT_LINE_HEIGHT`] lower.
    pub foot: Vec<String>,
    pub foot_baseline: Point,
    /// A fact not every party recognises: "disputed" in the header, the
    /// outline dashed.
    pub disputed: bool,
}

/// What a card's foot says, as on the board: an action's commitments and
/// owners, a fact's source, the dots a card received.
fn foot_of(board: &Board, card: &Card, words: &ExportWords, chars: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let dots = (card.votes > 0).then(|| format!("● {}", card.votes));
    match card.kind {
        CardKind::Action => {
            let marks = [(Commitment::Committed, "✓"), (Commitment::Hesitant, "?"), (Commitment::NotCommitted, "✗")];
            let counts = marks.iter().filter_map(|(c, mark)| {
                let n = card.commitments.values().filter(|v| *v == c).count();
                (n > 0).then(|| format!("{mark} {n}"))
            });
            let first: Vec<String> = counts.chain(dots).collect();
            if !first.is_empty() {
                lines.push(fit_line(&first.join("  "), chars));
            }
            let owners: Vec<&str> = card.owners.iter().filter_map(|o| board.party(o)).map(|p| p.label()).collect();
            let owners = if owners.is_empty() { words.no_owner.to_owned() } else { format!("{}: {}", words.owners, owners.join(", ")) };
            lines.extend(wrap_text(&owners, chars, 2));
        }
        CardKind::Fact => {
            let source = match card.source.as_deref().map(str::trim) {
                Some(s) if !s.is_empty() => format!("{}: {s}", words.source),
                _ => words.no_source.to_owned(),
            };
            lines.extend(wrap_text(&source, chars, 2));
            lines.extend(dots);
        }
        _ => lines.extend(dots),
    }
    lines
}

/// How a card is drawn: header, colours, and its text in the lines that fit.
pub fn card_layout(board: &Board, card: &Card, words: &ExportWords) -> CardLayout {
    let rect = card.rect();
    let colour = card_colour(board, card);
    let header_height = HEADER_HEIGHT.min(rect.height).max(0.0);
    let disputed = card.kind == CardKind::Fact && is_disputed(board, card);
    let mut header = words.kind(card.kind).to_owned();
    match card.kind {
        CardKind::Interest | CardKind::Wish | CardKind::Goal => {
            if let Some(party) = card.party.as_ref().and_then(|p| board.party(p)) {
                header = format!("{header} · {}", party.label());
            }
        }
        CardKind::Action => header = format!("{header} · {}", words.status(card.status.unwrap_or_default())),
        CardKind::Fact if disputed => header = format!("{header} · {}", words.disputed),
        CardKind::Ambition | CardKind::Fact => {}
    }
    let header = if header_height >= HEADER_FONT_SIZE + 4.0 {
        fit_line(&header, chars_that_fit(rect.width - 2.0 * PADDING, HEADER_FONT_SIZE))
    } else {
        String::new()
    };
    // The foot at the bottom, the text in what is left above it.
    let mut foot = foot_of(board, card, words, chars_that_fit(rect.width - 2.0 * PADDING, FOOT_FONT_SIZE));
    let room = |foot: &[String]| {
        let foot_height = if foot.is_empty() { 0.0 } else { foot.len() as f64 * FOOT_LINE_HEIGHT + 4.0 };
        rect.height - header_height - 2.0 * PADDING - foot_height + (LINE_HEIGHT - FONT_SIZE)
    };
    // A card too small for its foot keeps its text.
    while !foot.is_empty() && room(&foot) < LINE_HEIGHT {
        foot.pop();
    }
    let text_height = room(&foot);
    let max_lines = if text_height > 0.0 { (text_height / LINE_HEIGHT).floor() as usize } else { 0 };
    let lines = wrap_text(&card.text, chars_that_fit(rect.width - 2.0 * PADDING, FONT_SIZE), max_lines);
    let foot_baseline = Point::new(
        rect.x + PADDING,
        rect.y + rect.height - PADDING - (foot.len().max(1) - 1) as f64 * FOOT_LINE_HEIGHT - 0.2 * FOOT_FONT_SIZE,
    );
    CardLayout {
        rect,
        header_height,
        header_text_colour: text_colour_on(&colour),
        colour,
        header,
        lines,
        first_baseline: Point::new(rect.x + PADDING, rect.y + header_height + PADDING + 0.8 * FONT_SIZE),
        foot,
        foot_baseline,
        disputed,
    }
}

/// How each of the board's links runs, in their order: as on the board,
/// round the cards it does not join (on a board of up to
/// [`CHECKED_CARDS`] cards; straight on a larger one). `None` for a link
/// whose card is not on the board.
pub fn link_routes(board: &Board, cards: &CardLookup) -> Vec<Option<Route>> {
    let rects: Vec<Rect> = if board.cards.len() <= CHECKED_CARDS { board.cards.iter().map(|c| c.rect()).collect() } else { Vec::new() };
    board
        .links
        .iter()
        .map(|link| {
            let (from, to) = (cards.card(&link.from)?.rect(), cards.card(&link.to)?.rect());
            Some(if rects.is_empty() { Route::straight(from, to) } else { link_route(from, to, &rects) })
        })
        .collect()
}

/// The board as a standalone SVG document.
pub fn to_svg(board: &Board, words: &ExportWords) -> String {
    let board = &as_drawn(board, words);
    let cards = CardLookup::of(board);
    let routes = link_routes(board, &cards);
    let (view, block) = picture_view(board, &routes, words);
    let mut out = String::new();
    let _ = writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#);
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="{x} {y} {w} {h}" width="{w}" height="{h}" font-family="{FONT_FAMILY}">"#,
        x = num(view.x),
        y = num(view.y),
        w = num(view.width),
        h = num(view.height),
    );
    let title = if board.title.trim().is_empty() { words.default_board_title } else { board.title.trim() };
    let _ = writeln!(out, "<title>{}</title>", xml(title));
    if !board.challenge.trim().is_empty() {
        let _ = writeln!(out, "<desc>{}</desc>", xml(board.challenge.trim()));
    }
    let _ = writeln!(
        out,
        r#"<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" markerUnits="strokeWidth" orient="auto"><path d="M0,0 L10,5 L0,10 Z" fill="{LINK_COLOUR}"/></marker></defs>"#
    );
    let _ = writeln!(
        out,
        r#"<rect x="{}" y="{}" width="{}" height="{}" fill="{BACKGROUND}"/>"#,
        num(view.x),
        num(view.y),
        num(view.width),
        num(view.height)
    );
    let _ = write!(
        out,
        r#"<g class="title" fill="{DARK_TEXT}"><text x="{}" y="{}" font-size="{}" font-weight="bold">{}</text>"#,
        num(block.title_at.x),
        num(block.title_at.y),
        num(TITLE_FONT_SIZE),
        xml(&block.title)
    );
    if !block.challenge.is_empty() {
        let _ = write!(out, r#"<text font-size="{}">"#, num(CHALLENGE_FONT_SIZE));
        for (i, line) in block.challenge.iter().enumerate() {
            let y = block.challenge_at.y + i as f64 * CHALLENGE_LINE_HEIGHT;
            let _ = write!(out, r#"<tspan x="{}" y="{}">{}</tspan>"#, num(block.challenge_at.x), num(y), xml(line));
        }
        let _ = write!(out, "</text>");
    }
    let _ = writeln!(out, "</g>");

    let _ = writeln!(out, r#"<g class="links" stroke="{LINK_COLOUR}" stroke-width="2" fill="none">"#);
    for Route { a, b, via } in routes.iter().flatten() {
        let _ = match via {
            None => writeln!(
                out,
                r#"<line x1="{}" y1="{}" x2="{}" y2="{}" marker-end="url(#arrow)"/>"#,
                num(a.x),
                num(a.y),
                num(b.x),
                num(b.y)
            ),
            Some(c) => writeln!(
                out,
                r#"<path d="M{} {} Q{} {} {} {}" marker-end="url(#arrow)"/>"#,
                num(a.x),
                num(a.y),
                num(c.x),
                num(c.y),
                num(b.x),
                num(b.y)
            ),
        };
    }
    let _ = writeln!(out, "</g>");

    let _ = writeln!(out, r#"<g class="cards">"#);
    for card in &board.cards {
        write_card(&mut out, &card_layout(board, card, words), card.kind == CardKind::Ambition);
    }
    let _ = writeln!(out, "</g>");

    let _ = writeln!(
        out,
        r#"<g class="labels" font-size="{}" text-anchor="middle" fill="{LINK_COLOUR}" stroke="{BACKGROUND}" stroke-width="4" stroke-linejoin="round" paint-order="stroke">"#,
        num(LABEL_FONT_SIZE)
    );
    for (link, route) in board.links.iter().zip(&routes) {
        let (Some(route), Some(label)) = (route, link_label(&cards, link, words)) else {
            continue;
        };
        let label = fit_line(&label, MAX_LABEL_CHARS);
        if label.is_empty() {
            continue;
        }
        let mid = route.at(0.5);
        let _ = writeln!(
            out,
            r#"<text x="{}" y="{}">{}</text>"#,
            num(mid.x),
            num(mid.y + 0.35 * LABEL_FONT_SIZE),
            xml(&label)
        );
    }
    let _ = writeln!(out, "</g>");
    let _ = writeln!(out, "</svg>");
    out
}

fn write_card(out: &mut String, card: &CardLayout, ambition: bool) {
    let r = card.rect;
    let radius = CORNER_RADIUS.min(r.width / 2.0).min(r.height / 2.0).max(0.0);
    let _ = writeln!(out, "<g>");
    let _ = writeln!(
        out,
        r#"<rect x="{}" y="{}" width="{}" height="{}" rx="{}" fill="{CARD_FILL}" stroke="{}" stroke-width="{}"{}/>"#,
        num(r.x),
        num(r.y),
        num(r.width),
        num(r.height),
        num(radius),
        if card.disputed { DISPUTED_COLOUR } else { &card.colour },
        if ambition || card.disputed { "3" } else { "1.5" },
        if card.disputed { r#" stroke-dasharray="8 5""# } else { "" }
    );
    // The header band: rounded at the top like the card, square below.
    let (x, y, w, h) = (r.x, r.y, r.width, card.header_height);
    let hr = radius.min(h);
    let _ = writeln!(
        out,
        r#"<path d="M{x0} {y1} V{y0r} A{hr} {hr} 0 0 1 {x0r} {y0} H{x1r} A{hr} {hr} 0 0 1 {x1} {y0r} V{y1} Z" fill="{}"/>"#,
        card.colour,
        x0 = num(x),
        x1 = num(x + w),
        x0r = num(x + hr),
        x1r = num(x + w - hr),
        y0 = num(y),
        y0r = num(y + hr),
        y1 = num(y + h),
        hr = num(hr),
    );
    if !card.header.is_empty() {
        let _ = writeln!(
            out,
            r#"<text x="{}" y="{}" font-size="{}" font-weight="bold" fill="{}">{}</text>"#,
            num(x + PADDING),
            num(y + h / 2.0 + 0.35 * HEADER_FONT_SIZE),
            num(HEADER_FONT_SIZE),
            card.header_text_colour,
            xml(&card.header)
        );
    }
    if !card.lines.is_empty() {
        let _ = write!(out, r#"<text font-size="{}" fill="{DARK_TEXT}">"#, num(FONT_SIZE));
        for (i, line) in card.lines.iter().enumerate() {
            let _ = write!(
                out,
                r#"<tspan x="{}" y="{}">{}</tspan>"#,
                num(card.first_baseline.x),
                num(card.first_baseline.y + i as f64 * LINE_HEIGHT),
                xml(line)
            );
        }
        let _ = writeln!(out, "</text>");
    }
    if !card.foot.is_empty() {
        let _ = write!(out, r#"<text font-size="{}" fill="{DARK_TEXT}">"#, num(FOOT_FONT_SIZE));
        for (i, line) in card.foot.iter().enumerate() {
            let y = card.foot_baseline.y + i as f64 * FOOT_LINE_HEIGHT;
            let _ = write!(out, r#"<tspan x="{}" y="{}">{}</tspan>"#, num(card.foot_baseline.x), num(y), xml(line));
        }
        let _ = writeln!(out, "</text>");
    }
    let _ = writeln!(out, "</g>");
}

/// A number for an attribute: at most two decimals, no trailing zeros, `0`
/// for anything not finite.
fn num(v: f64) -> String {
    decimal(v, 2)
}

/// Text for XML content or a quoted attribute: `& < > " '` escaped, and the
/// characters XML 1.0 does not allow (most control characters) left out.
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_short() {
        assert_eq!(num(1.0), "1");
        assert_eq!(num(-150.5), "-150.5");
        assert_eq!(num(0.001), "0");
        assert_eq!(num(-0.001), "0");
        assert_eq!(num(2.346), "2.35");
        assert_eq!(num(f64::NAN), "0");
        assert_eq!(num(100.0), "100");
    }
}
