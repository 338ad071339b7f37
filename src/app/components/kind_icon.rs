//! The icon of a card kind, so the kind shows by shape as well as by word.

use yew::prelude::*;

use crate::core::model::CardKind;

/// A small line icon: a shield for an interest, a star for a wish, a target
/// for a goal, a flag for an action, a bar chart for a fact, a sun for the
/// ambition.
/// (A plain function: it has no state, and it never changes for a card.)
pub fn kind_icon(kind: CardKind) -> Html {
    let body = match kind {
        CardKind::Interest => html! { <path d="M12 3l7 3v5c0 4.5-3 8-7 10-4-2-7-5.5-7-10V6z"/> },
        CardKind::Wish => html! { <path d="M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z"/> },
        CardKind::Goal => html! { <><circle cx="12" cy="12" r="8.5"/><circle cx="12" cy="12" r="4.5"/><circle cx="12" cy="12" r="1" /></> },
        CardKind::Action => html! { <><path d="M6 21V4"/><path d="M6 4h11l-2.5 4 2.5 4H6"/></> },
        CardKind::Fact => html! { <><path d="M4 20h16"/><path d="M7 20v-6M12 20V6M17 20v-9"/></> },
        CardKind::Ambition => html! { <><circle cx="12" cy="12" r="4"/><path d="M12 2v3M12 19v3M2 12h3M19 12h3M4.9 4.9l2.1 2.1M17 17l2.1 2.1M4.9 19.1 7 17M17 7l2.1-2.1"/></> },
    };
    html! {
        <svg class="kind-icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false"
             fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">
            { body }
        </svg>
    }
}
