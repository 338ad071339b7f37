//! The quiet word in the header that says whether the open board is saved:
//! saved, saving, not saved (storage full), or in memory only.

use yew::prelude::*;

use crate::app::boards::SaveStatus as Status;
use crate::i18n::Lang;

/// What it draws, and where its messages go.
pub struct SaveStatusProps {
    pub status: Status,
    pub lang: Lang,
}

/// Drawn by its parent (no state of its own, so no component of its own).
pub fn save_status(props: &SaveStatusProps) -> Html {
    let t = props.lang.storage();
    let (class, text) = match props.status {
        Status::Saved => ("saved", t.saved),
        Status::Saving => ("saving", t.saving),
        Status::Full => ("not-saved", t.not_saved),
        Status::Unavailable => ("not-saved", t.in_memory),
    };
    html! {
        <span class={classes!("save-status", class)} role="status" aria-label={t.save_state} title={t.save_state}>
            <span class="save-dot" aria-hidden="true" />
            <span class="save-text">{ text }</span>
        </span>
    }
}
