//! How tall a card must be to show all of its text, worked out from the
//! text and the stylesheet's measures (`www/style.css`: `.card-head`,
//! `.card-text`, `.card-foot`). The estimate errs on the tall side: a card
//! drawn a little roomier than its text needs reads fine, one cut short
//! does not (the card also grows on screen if the estimate falls short, so
//! no text is ever cut off).

use super::analysis::is_disputed;
use super::model::{Board, Card, CardKind, Commitment};

/// The card text's font size and line height, in world units.
pub const TEXT_PX: f64 = 18.0;
pub const TEXT_LINE: f64 = 24.0;
/// The ambition's text.
pub const AMBITION_PX: f64 = 24.0;
pub const AMBITION_LINE: f64 = 30.0;
/// A line of the header (kind and party) and of the foot (status, owners,
/// source), and the disputed badge.
const HEAD_LINE: f64 = 22.0;
const HEAD_PADDING: f64 = 8.0;
const FOOT_LINE: f64 = 26.0;
const FOOT_PADDING: f64 = 8.0;
const BADGE: f64 = 28.0;
/// Above and below the text, and left and right of it.
const TEXT_PADDING_Y: f64 = 12.0;
const TEXT_PADDING_X: f64 = 24.0;
/// Room at the bottom right for the link handle.
const HANDLE: f64 = 36.0;
/// The widest a character of ordinary text is, on average, as a share of
/// the font size (generous: wide fonts such as DejaVu Sans come near it).
const CHAR_WIDTH: f64 = 0.6;
/// Cards never shrink below this, so an empty card still has room to type.
pub const MIN_HEIGHT: f64 = 110.0;
pub const MIN_AMBITION_HEIGHT: f64 = 150.0;
/// Beyond this a card stops growing (its text scrolls inside).
pub const MAX_HEIGHT: f64 = 640.0;

/// How many lines `text` takes at `chars_per_line`, breaking at spaces
/// as a browser does (a word longer than a line breaks where it must).
pub fn lines(text: &str, chars_per_line: usize) -> usize {
    let per_line = chars_per_line.max(1);
    text.split('\n')
        .map(|paragraph| {
            let mut lines = 1;
            let mut used = 0;
            for word in paragraph.split(' ') {
                let len = word.chars().count();
                let needed = if used == 0 { len } else { used + 1 + len };
                if needed <= per_line {
                    used = needed;
                } else if used == 0 {
                    // A word longer than a line on a line of its own.
                    lines += len.saturating_sub(1) / per_line;
                    used = len % per_line;
                } else {
                    lines += 1 + len.saturating_sub(1) / per_line;
                    used = match len % per_line {
                        0 if len > 0 => per_line,
                        r => r,
                    };
                }
            }
            lines
        })
        .sum()
}

/// The lines a run of `chars` characters without a space takes (at least one).
fn rows(chars: usize, per_line: usize) -> usize {
    chars.max(1).div_ceil(per_line.max(1))
}

/// Characters of `px` type that fit on a line `width` wide.
fn per_line(width: f64, px: f64) -> usize {
    ((width / (px * CHAR_WIDTH)).floor() as usize).max(1)
}

/// The height `card` needs on `board` to show its whole text at its width:
/// its header names its party, an action's foot its owners, a fact's its
/// source and whether it is disputed, and any card the count of its dots.
pub fn fitted_height(board: &Board, card: &Card) -> f64 {
    let name = |p: &super::model::PartyId| board.party(p).map_or(0, |p| p.label().chars().count());
    let party = card.party.as_ref().map(name);
    let width = card.width.max(40.0);
    // The header: an icon, the kind (at most eight letters: "Interest") and
    // the party's name, in bold 16 px type, a little wider than the text's.
    let head_text = 8 + party.map_or(0, |p| 1 + p);
    let head = HEAD_PADDING + HEAD_LINE * rows(head_text, per_line(width - 42.0, 16.0 * 1.1)) as f64;
    // The ambition's bold type is wider still.
    let (px, line) = if card.kind == CardKind::Ambition { (AMBITION_PX * 1.1, AMBITION_LINE) } else { (TEXT_PX, TEXT_LINE) };
    let text_lines = lines(card.text.trim_end(), per_line(width - TEXT_PADDING_X, px)).max(1);
    let mut height = head + TEXT_PADDING_Y + line * text_lines as f64;
    let foot_width = width - 10.0 - HANDLE;
    // A dot and the number of dots, beside the foot's other words.
    let votes = if card.votes > 0 { 2 + card.votes.to_string().len() } else { 0 };
    height += match card.kind {
        CardKind::Action => {
            // The status, the commitments' counts, then the owners.
            let owners: usize = card.owners.iter().map(|o| name(o) + 2).sum::<usize>().max(12);
            // The status (at most eleven letters) and a mark and count per kind
            // of commitment; the owners' names, bold, so wider.
            let kinds = Commitment::ALL[1..].iter().filter(|k| card.commitments.values().any(|c| c == *k)).count();
            let status = 11 + 4 * kinds + votes;
            let bold = per_line(foot_width, 16.0 * 1.1);
            FOOT_LINE * (rows(status, bold) + rows(owners, bold)) as f64 + 2.0 * FOOT_PADDING
        }
        CardKind::Fact => {
            let source = card.source.as_deref().map_or(0, |s| s.trim().chars().count()) + 8;
            let badge = if is_disputed(board, card) { BADGE } else { 0.0 };
            // The dots' count goes on a line of its own when the source is long.
            FOOT_LINE * (rows(source, per_line(foot_width, 16.0)) + usize::from(card.votes > 0)) as f64 + FOOT_PADDING + badge
        }
        // The dots' count, if any, in a row of its own.
        _ if card.votes > 0 => FOOT_LINE + FOOT_PADDING,
        _ => FOOT_PADDING + HANDLE / 2.0,
    };
    let least = if card.kind == CardKind::Ambition { MIN_AMBITION_HEIGHT } else { MIN_HEIGHT };
    height.ceil().clamp(least, MAX_HEIGHT)
}
