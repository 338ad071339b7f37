//! The keyboard shortcuts, in one registry: the key handler and any list of
//! shortcuts shown to people both read it, so they cannot disagree.

/// Something a shortcut does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    Undo,
    Redo,
    Delete,
    Edit,
    Deselect,
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

/// One shortcut: the keys as shown, and when a key press matches.
pub struct Shortcut {
    pub keys: &'static str,
    pub command: Command,
    matches: fn(&KeyPress) -> bool,
}

pub const SHORTCUTS: &[Shortcut] = &[
    Shortcut { keys: "Ctrl+Z", command: Command::Undo, matches: |k| k.ctrl && !k.shift && k.key.eq_ignore_ascii_case("z") },
    Shortcut { keys: "Ctrl+Shift+Z", command: Command::Redo, matches: |k| k.ctrl && k.shift && k.key.eq_ignore_ascii_case("z") },
    Shortcut { keys: "Ctrl+Y", command: Command::Redo, matches: |k| k.ctrl && !k.shift && k.key.eq_ignore_ascii_case("y") },
    Shortcut { keys: "Delete", command: Command::Delete, matches: |k| !k.ctrl && (k.key == "Delete" || k.key == "Backspace") },
    Shortcut { keys: "Enter", command: Command::Edit, matches: |k| !k.ctrl && !k.alt && k.key == "Enter" },
    Shortcut { keys: "Escape", command: Command::Deselect, matches: |k| k.key == "Escape" },
    Shortcut { keys: "+", command: Command::ZoomIn, matches: |k| !k.ctrl && (k.key == "+" || k.key == "=") },
    Shortcut { keys: "-", command: Command::ZoomOut, matches: |k| !k.ctrl && k.key == "-" },
    Shortcut { keys: "Shift+1", command: Command::ZoomFit, matches: |k| k.shift && (k.key == "!" || k.key == "1") },
];

/// The command a key press asks for, if any.
pub fn command_for(key: &KeyPress) -> Option<Command> {
    SHORTCUTS.iter().find(|s| (s.matches)(key)).map(|s| s.command)
}
