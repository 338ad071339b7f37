//! The keyboard shortcuts, in one registry: the key handler and the help
//! dialog both read [`SHORTCUTS`], so they cannot disagree. Each shortcut is
//! data — the key combinations as shown, what they do, and the message that
//! describes it — and one matcher reads the same combinations the help shows.

use crate::core::model::CardKind;
use crate::i18n::access::AccessTexts;

/// Something a shortcut does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    Undo,
    Redo,
    Delete,
    Edit,
    Escape,
    /// Move the focus to the nearest card in the arrow's direction, or the
    /// card being moved a small step.
    Arrow,
    /// Move the card being moved a larger step.
    BigArrow,
    /// Pick up the focused card to move it with the arrow keys, or put it down.
    Move,
    LinkToAmbition,
    LinkFrom,
    AddParty,
    Add(CardKind),
    Details,
    Menu,
    Outline,
    Help,
    ZoomIn,
    ZoomOut,
    ZoomFit,
}

/// A key as pressed: `key` is the DOM `KeyboardEvent.key`; `ctrl` is Ctrl or
/// Cmd.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyPress {
    pub key: String,
    pub ctrl: bool,
    pub shift: bool,
    pub alt: bool,
}

/// One shortcut: its key combinations (`Ctrl+Shift+Z`, with DOM key names),
/// what it does, and its description in the message catalogue.
pub struct Shortcut {
    pub keys: &'static [&'static str],
    pub command: Command,
    pub describe: fn(&AccessTexts) -> &'static str,
}

const ARROWS: &[&str] = &["ArrowLeft", "ArrowUp", "ArrowRight", "ArrowDown"];

pub const SHORTCUTS: &[Shortcut] = &[
    Shortcut { keys: &["Ctrl+Z"], command: Command::Undo, describe: |t| t.do_undo },
    Shortcut { keys: &["Ctrl+Shift+Z", "Ctrl+Y"], command: Command::Redo, describe: |t| t.do_redo },
    Shortcut { keys: &["Delete", "Backspace"], command: Command::Delete, describe: |t| t.do_delete },
    Shortcut { keys: &["Enter"], command: Command::Edit, describe: |t| t.do_edit },
    Shortcut { keys: &["Escape"], command: Command::Escape, describe: |t| t.do_escape },
    Shortcut { keys: ARROWS, command: Command::Arrow, describe: |t| t.do_arrows },
    Shortcut {
        keys: &["Shift+ArrowLeft", "Shift+ArrowUp", "Shift+ArrowRight", "Shift+ArrowDown"],
        command: Command::BigArrow,
        describe: |t| t.do_shift_arrows,
    },
    Shortcut { keys: &["M"], command: Command::Move, describe: |t| t.do_move },
    Shortcut { keys: &["L"], command: Command::LinkToAmbition, describe: |t| t.do_link_ambition },
    Shortcut { keys: &["K"], command: Command::LinkFrom, describe: |t| t.do_link_from },
    Shortcut { keys: &["P"], command: Command::AddParty, describe: |t| t.do_add_party },
    Shortcut { keys: &["I"], command: Command::Add(CardKind::Interest), describe: |t| t.do_add_interest },
    Shortcut { keys: &["W"], command: Command::Add(CardKind::Wish), describe: |t| t.do_add_wish },
    Shortcut { keys: &["G"], command: Command::Add(CardKind::Goal), describe: |t| t.do_add_goal },
    Shortcut { keys: &["A"], command: Command::Add(CardKind::Action), describe: |t| t.do_add_action },
    Shortcut { keys: &["F"], command: Command::Add(CardKind::Fact), describe: |t| t.do_add_fact },
    Shortcut { keys: &["D"], command: Command::Details, describe: |t| t.do_details },
    Shortcut { keys: &["Shift+F10", "ContextMenu"], command: Command::Menu, describe: |t| t.do_menu },
    Shortcut { keys: &["O"], command: Command::Outline, describe: |t| t.do_outline },
    Shortcut { keys: &["?"], command: Command::Help, describe: |t| t.do_help },
    Shortcut { keys: &["+", "="], command: Command::ZoomIn, describe: |t| t.do_zoom_in },
    Shortcut { keys: &["-"], command: Command::ZoomOut, describe: |t| t.do_zoom_out },
    Shortcut { keys: &["Shift+1"], command: Command::ZoomFit, describe: |t| t.do_zoom_fit },
];

/// Whether a key press is the combination `combo`, e.g. `Ctrl+Shift+Z`.
/// Modifiers must match exactly, except that Shift is ignored for symbols
/// (`?`, `+`), which need it on some keyboards and not on others.
pub fn combo_matches(combo: &str, k: &KeyPress) -> bool {
    let (mut ctrl, mut shift, mut alt) = (false, false, false);
    let mut key = combo;
    // The last part is the key, so `+` alone is the plus key.
    while let Some((modifier, rest)) = key.split_once('+').filter(|(_, rest)| !rest.is_empty()) {
        match modifier {
            "Ctrl" => ctrl = true,
            "Shift" => shift = true,
            "Alt" => alt = true,
            _ => return false,
        }
        key = rest;
    }
    let symbol = key.chars().count() == 1 && !key.chars().all(char::is_alphanumeric);
    // Shift+1 arrives as "!" on most layouts.
    let same_key = k.key.eq_ignore_ascii_case(key) || (shift && key == "1" && k.key == "!");
    same_key && k.ctrl == ctrl && k.alt == alt && (symbol || k.shift == shift)
}

/// The command a key press asks for, if any.
/// The first key that runs `command`, if any ("I" for adding an interest).
pub fn key_for(command: Command) -> Option<&'static str> {
    SHORTCUTS.iter().find(|s| s.command == command).and_then(|s| s.keys.first().copied())
}

pub fn command_for(key: &KeyPress) -> Option<Command> {
    SHORTCUTS.iter().find(|s| s.keys.iter().any(|c| combo_matches(c, key))).map(|s| s.command)
}

/// The direction an arrow key points, as a unit step (down for any other key).
pub fn direction(key: &str) -> (f64, f64) {
    match key {
        "ArrowLeft" => (-1.0, 0.0),
        "ArrowRight" => (1.0, 0.0),
        "ArrowUp" => (0.0, -1.0),
        _ => (0.0, 1.0),
    }
}

/// A key combination as people read it: arrows as arrows.
pub fn key_label(combo: &str) -> String {
    combo.replace("ArrowLeft", "←").replace("ArrowUp", "↑").replace("ArrowRight", "→").replace("ArrowDown", "↓")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The key press a combination stands for, as a browser reports it.
    fn press(combo: &str) -> KeyPress {
        let parts: Vec<&str> = if combo == "+" { vec!["+"] } else { combo.split('+').collect() };
        let key = parts.last().copied().unwrap_or_default().to_owned();
        KeyPress { key, ctrl: parts.contains(&"Ctrl"), shift: parts.contains(&"Shift"), alt: parts.contains(&"Alt") }
    }

    #[test]
    fn every_key_shown_does_what_its_shortcut_says() {
        for s in SHORTCUTS {
            for combo in s.keys {
                assert_eq!(command_for(&press(combo)), Some(s.command), "{combo}");
            }
        }
    }

    #[test]
    fn every_shortcut_is_described_in_both_languages() {
        for lang in crate::i18n::Lang::ALL {
            for s in SHORTCUTS {
                assert!(!(s.describe)(lang.access()).is_empty());
            }
        }
    }

    #[test]
    fn modifiers_tell_shortcuts_apart() {
        let k = |key: &str, ctrl, shift| KeyPress { key: key.into(), ctrl, shift, alt: false };
        assert_eq!(command_for(&k("z", true, false)), Some(Command::Undo));
        assert_eq!(command_for(&k("Z", true, true)), Some(Command::Redo));
        assert_eq!(command_for(&k("l", false, false)), Some(Command::LinkToAmbition));
        assert_eq!(command_for(&k("l", true, false)), None);
        assert_eq!(command_for(&k("?", false, true)), Some(Command::Help));
        assert_eq!(command_for(&k("!", false, true)), Some(Command::ZoomFit));
        assert_eq!(command_for(&k("ArrowUp", false, true)), Some(Command::BigArrow));
        assert_eq!(key_label("Shift+ArrowLeft"), "Shift+←");
    }
}
