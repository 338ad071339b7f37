//! Search cards by text and choose which kinds of card the board shows.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::kind_icon::kind_icon;
use crate::app::session::Msg;
use crate::core::lens::Lens;
use crate::app::Shared;
use crate::core::model::{Board, CardKind};
use crate::i18n::{fill, Lang};

/// What it draws, and where its messages go.
pub struct LensControlsProps {
    pub board: Shared<Board>,
    pub lens: Rc<Lens>,
    pub lang: Lang,
    pub send: Callback<Msg>,
}

/// Drawn by its parent (no state of its own, so no component of its own).
pub fn lens_controls(props: &LensControlsProps) -> Html {
    let (t, w) = (props.lang.texts(), props.lang.workshop());
    let oninput = {
        let d = props.send.clone();
        Callback::from(move |e: InputEvent| d.emit(Msg::Search(e.target_unchecked_into::<HtmlInputElement>().value())))
    };
    let query = props.lens.search.trim().to_lowercase();
    let found = (!query.is_empty()).then(|| {
        let n = props.board.cards.iter().filter(|c| c.text.to_lowercase().contains(&query)).count();
        html! { <span class="matches" aria-live="polite">{ fill(w.matches, &[("n", &n.to_string())]) }</span> }
    });
    let kinds = CardKind::ADDABLE.iter().map(|&kind| {
        let shown = !props.lens.hidden.contains(&kind);
        let d = props.send.clone();
        let onclick = Callback::from(move |_: MouseEvent| d.emit(Msg::ToggleKind(kind)));
        let label = fill(w.show_kind, &[("kind", &t.kind(kind).to_lowercase())]);
        html! {
            <button type="button" class={classes!("kind-toggle", shown.then_some("on"))} aria-pressed={shown.to_string()}
                aria-label={label.clone()} title={label} {onclick}>
                { kind_icon(kind) }
            </button>
        }
    });
    html! {
        <div class="lens">
            <input type="search" class="search" value={props.lens.search.clone()} placeholder={w.search_placeholder}
                aria-label={w.search} {oninput} />
            { for found }
            <div class="kind-filter" role="group" aria-label={w.filter}>{ for kinds }</div>
        </div>
    }
}
