//! A board packed into a link: `https://…/#b1.<data>`.
//!
//! The data is the board file without whitespace (as
//! [`export_board_compact`] writes it), compressed with zlib (deflate with a
//! checksum, so a damaged link is noticed) and written in base64url without
//! padding. `b1.` marks the packing's version.
//!
//! Browsers never send the part after `#` to a server, so opening a link
//! sends no board anywhere; but whoever has the link has the board.
//!
//! The compressing itself is the browser's (its Compression Streams, in
//! `platform::deflate`): this module holds everything around it. Making a
//! link is [`board_text`], zlib, then [`fragment`]; opening one is
//! [`packed`], which refuses input that is too long before looking at it,
//! unzlib stopped at [`MAX_BOARD_BYTES`], then [`open`], which reads the
//! result with [`import_board`], so every check and repair of a board file
//! applies to a link too.

use std::fmt;

use crate::core::file::{export_board_compact, import_board, ImportError};
use crate::core::model::Board;

/// What every share fragment starts with: the packing's version.
pub const PREFIX: &str = "b1.";
/// The longest fragment the app makes (see [`fits`]). Current browsers open far
/// longer addresses, but mail and chat programs, and some older browsers,
/// cut or refuse them; with an address of up to 700 characters before it the
/// whole link stays under 32 768 characters.
pub const MAX_LINK_CHARS: usize = 32_000;
/// The longest input [`packed`] looks at (2 MiB); anything longer is refused
/// unread.
pub const MAX_FRAGMENT_CHARS: usize = 2 * 1024 * 1024;
/// The largest board file a link may carry (2 MiB). Deflate packs a long run
/// of one letter a thousand to one, so a link the length of the app's own
/// could carry a 20 MB board; the app makes no link of a board larger than
/// this ([`board_text`]), and unpacking stops here. A board of
/// ordinary text this large packs to well over [`MAX_LINK_CHARS`].
pub const MAX_BOARD_BYTES: usize = 2 * 1024 * 1024;

/// Why a link could not be opened as a board. The message catalogue words
/// it for people; [`fmt::Display`] is for logs and tests.
#[derive(Clone, Debug, PartialEq)]
pub enum ShareError {
    /// Not a share link of this app: no `b1.` marker, or empty.
    NotAShareLink,
    /// A share link from a newer version of the app (`b2.` or later).
    NewerVersion { marker: String },
    /// The marker is right, but the data is cut off or altered: not
    /// base64url, not zlib data, or its checksum does not match.
    Damaged,
    /// The browser cannot pack or unpack links (it has no Compression Streams).
    Unsupported,
    /// The input is longer than [`MAX_FRAGMENT_CHARS`]; it was not read.
    /// `chars` is its length in bytes, which for a link (ASCII) is its
    /// number of characters.
    LinkTooLong { chars: usize, limit: usize },
    /// The data unpacks to more than [`MAX_BOARD_BYTES`]; unpacking stopped there.
    TooLarge { limit: usize },
    /// The data unpacked to something that is not a board that opens.
    Board(ImportError),
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::NotAShareLink => write!(f, "not an Ambition Map share link"),
            ShareError::NewerVersion { marker } => {
                write!(f, "the link was made with a newer version of Ambition Map (marker {marker:?})")
            }
            ShareError::Damaged => write!(f, "the link is incomplete or damaged"),
            ShareError::Unsupported => write!(f, "the browser cannot pack or unpack share links"),
            ShareError::LinkTooLong { chars, limit } => {
                write!(f, "the link is too long ({chars} characters; the limit is {limit})")
            }
            ShareError::TooLarge { limit } => {
                write!(f, "the board in the link is too large (more than {limit} bytes)")
            }
            ShareError::Board(e) => write!(f, "the link holds a board that cannot be opened: {e}"),
        }
    }
}

impl std::error::Error for ShareError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            ShareError::Board(e) => Some(e),
            _ => None,
        }
    }
}

impl From<ImportError> for ShareError {
    fn from(e: ImportError) -> Self {
        ShareError::Board(e)
    }
}

/// The text a link of the board packs: its file without whitespace, if it
/// is at most [`MAX_BOARD_BYTES`] (no link is made of a larger board, so
/// every link the app makes opens again).
pub fn board_text(board: &Board) -> Option<String> {
    Some(export_board_compact(board)).filter(|text| text.len() <= MAX_BOARD_BYTES)
}

/// The link fragment of a zlib-packed board file: `b1.` and the data in
/// characters that need no escaping in a URL (`A–Z a–z 0–9 - _ .`).
pub fn fragment(zlib: &[u8]) -> String {
    let mut out = String::with_capacity(PREFIX.len() + zlib.len() * 4 / 3 + 4);
    out.push_str(PREFIX);
    base64url_encode(zlib, &mut out);
    out
}

/// Whether a fragment is short enough to travel in a link: at most
/// [`MAX_LINK_CHARS`].
pub fn fits(fragment: &str) -> bool {
    fragment.len() <= MAX_LINK_CHARS
}

/// `address` with its fragment, if any, replaced by `fragment`.
pub fn link(address: &str, fragment: &str) -> String {
    let base = address.split_once('#').map_or(address, |(base, _)| base);
    format!("{base}#{fragment}")
}

/// The zlib data in a fragment made by [`fragment`]. Takes the fragment
/// with or without its `#`, or a whole link; spaces and line breaks a mail
/// program put into it are ignored.
pub fn packed(fragment: &str) -> Result<Vec<u8>, ShareError> {
    if fragment.len() > MAX_FRAGMENT_CHARS {
        return Err(ShareError::LinkTooLong { chars: fragment.len(), limit: MAX_FRAGMENT_CHARS });
    }
    let fragment = fragment.rsplit_once('#').map_or(fragment, |(_, after)| after);
    let fragment: String = fragment.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    let (marker, data) = fragment.split_once('.').ok_or(ShareError::NotAShareLink)?;
    if format!("{marker}.") != PREFIX {
        // `b` and a number above 1; a number too large to parse is newer too.
        let newer = marker
            .strip_prefix('b')
            .filter(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()))
            .is_some_and(|v| v.parse::<u64>().map_or(true, |n| n > 1));
        return Err(if newer {
            ShareError::NewerVersion { marker: marker.chars().take(24).collect() }
        } else {
            ShareError::NotAShareLink
        });
    }
    base64url_decode(data).filter(|packed| !packed.is_empty()).ok_or(ShareError::Damaged)
}

/// The board in a link's unpacked data.
pub fn open(unpacked: &[u8]) -> Result<Board, ShareError> {
    import_board(unpacked).map_err(ShareError::Board)
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64url (RFC 4648 §5) without padding.
fn base64url_encode(bytes: &[u8], out: &mut String) {
    for chunk in bytes.chunks(3) {
        let byte = |i: usize| chunk.get(i).copied().unwrap_or(0);
        let b = [byte(0), byte(1), byte(2)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let sextets = [(n >> 18) & 63, (n >> 12) & 63, (n >> 6) & 63, n & 63];
        // 1 byte → 2 characters, 2 → 3, 3 → 4.
        for s in &sextets[..chunk.len() + 1] {
            out.push(char::from(ALPHABET[*s as usize]));
        }
    }
}

/// Base64url back to bytes; also takes the standard alphabet's `+` and `/`
/// and trailing `=` padding. `None` for any other character or an
/// impossible length.
fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let text = text.trim_end_matches('=');
    if text.len() % 4 == 1 {
        return None;
    }
    let value = |c: u8| -> Option<u32> {
        Some(u32::from(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        }))
    };
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= value(c)? << (18 - 6 * i);
        }
        let bytes = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        // 2 characters → 1 byte, 3 → 2, 4 → 3.
        out.extend_from_slice(&bytes[..chunk.len() - 1]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_matches_rfc_4648_test_vectors() {
        let cases: [(&[u8], &str); 7] = [
            (b"", ""),
            (b"f", "Zg"),
            (b"fo", "Zm8"),
            (b"foo", "Zm9v"),
            (b"foob", "Zm9vYg"),
            (b"fooba", "Zm9vYmE"),
            (b"foobar", "Zm9vYmFy"),
        ];
        for (bytes, text) in cases {
            let mut out = String::new();
            base64url_encode(bytes, &mut out);
            assert_eq!(out, text);
            assert_eq!(base64url_decode(text).as_deref(), Some(bytes));
        }
        let all: Vec<u8> = (0..=255).collect();
        let mut out = String::new();
        base64url_encode(&[0xfb, 0xff], &mut out);
        assert_eq!(out, "-_8");
        assert_eq!(base64url_decode("+/8="), Some(vec![0xfb, 0xff]));
        let mut text = String::new();
        base64url_encode(&all, &mut text);
        assert_eq!(base64url_decode(&text), Some(all));
        assert_eq!(base64url_decode("Zm9vY"), None);
        assert_eq!(base64url_decode("Zm9v!"), None);
    }
}
