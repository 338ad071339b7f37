//! Messages of the installed app: the notice that a new version is ready
//! and its button to reload.

use super::Lang;

#[derive(Debug)]
pub struct UpdateTexts {
    /// The notice, when a new version of the app waits.
    pub ready: &'static str,
    /// Its button: saves the open board, then reloads into the new version.
    pub reload: &'static str,
    /// The button's tooltip.
    pub reload_hint: &'static str,
}

pub static EN: UpdateTexts = UpdateTexts {
    ready: "A new version of Ambition Map is ready.",
    reload: "Reload",
    reload_hint: "Saves the board, then opens the new version",
};

pub static NL: UpdateTexts = UpdateTexts {
    ready: "Er is een nieuwe versie van Ambitiekaart.",
    reload: "Herladen",
    reload_hint: "Bewaart het bord en opent dan de nieuwe versie",
};

impl Lang {
    pub fn update(self) -> &'static UpdateTexts {
        match self {
            Lang::En => &EN,
            Lang::Nl => &NL,
        }
    }
}
