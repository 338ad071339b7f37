//! Presentation mode's controls: step through the whole board, each party
//! and the three questions with the arrow keys or buttons; Escape leaves.
//! A plain function the app calls: it keeps no state of its own.

use yew::prelude::*;

use crate::app::session::{Msg};
use crate::i18n::checks::question_short;
use crate::core::presentation::{self, stop_count, Stop};
use crate::core::model::Board;
use crate::app::Shared;
use crate::i18n::Lang;

pub struct PresentationBarProps {
    pub board: Shared<Board>,
    pub stop: usize,
    pub lang: Lang,
    pub send: Callback<Msg>,
}

/// The title of a stop.
pub fn stop_title(board: &Board, stop: usize, lang: Lang) -> String {
    match presentation::stop(board, stop) {
        Some(Stop::WholeBoard) => {
            if board.title.is_empty() { lang.texts().app_name.to_owned() } else { board.title.clone() }
        }
        Some(Stop::Party(p)) => board.party(&p).map(|p| p.name.clone()).unwrap_or_default(),
        // The question itself stands in full beside the board.
        Some(Stop::Question(q)) => question_short(q, lang).to_owned(),
        None => String::new(),
    }
}

/// The bar, drawn by the app while presenting; its keys are the
/// shortcuts hook's (see [`crate::app::hooks::shortcuts`]).
pub fn presentation_bar(props: &PresentationBarProps) -> Html {
    let w = props.lang.workshop();
    let count = stop_count(&props.board);
    let go = |to: Option<usize>| {
        let d = props.send.clone();
        Callback::from(move |_: MouseEvent| d.emit(Msg::Present(to)))
    };
    html! {
        <div class="presentation-bar" role="navigation" aria-label={w.present}>
            <button type="button" class="icon-button" onclick={go(Some(props.stop.saturating_sub(1)))} disabled={props.stop == 0} aria-label="←">{ "←" }</button>
            <span class="stop-title">{ stop_title(&props.board, props.stop, props.lang) }</span>
            <span class="stop-count">{ format!("{} / {}", props.stop + 1, count) }</span>
            <button type="button" class="icon-button" onclick={go(Some((props.stop + 1).min(count - 1)))} disabled={props.stop + 1 >= count} aria-label="→">{ "→" }</button>
            <span class="hint">{ w.presentation_hint }</span>
            <button type="button" onclick={go(None)}>{ w.leave_presentation }</button>
        </div>
    }
}
