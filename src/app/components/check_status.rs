//! The three central questions as three marks above the board, always in
//! view: each coloured by its status with its short name. A click opens the
//! panel with the questions' gaps, or closes it.

use yew::prelude::*;

use crate::app::session::{Msg, Panel};
use crate::app::Shared;
use crate::i18n::checks::{question_short, question_text, status_mark, status_text};
use crate::core::analysis::check_board;
use crate::core::model::Board;
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct CheckStatusProps {
    pub board: Shared<Board>,
    /// The questions' panel is open.
    pub open: bool,
    pub lang: Lang,
    pub send: Callback<Msg>,
}

#[component]
pub fn CheckStatus(props: &CheckStatusProps) -> Html {
    let statuses = use_memo(props.board.clone(), |board| check_board(board).map(|c| (c.question, c.status)));
    let onclick = {
        let (d, open) = (props.send.clone(), props.open);
        Callback::from(move |_: MouseEvent| d.emit(Msg::ShowPanel((!open).then_some(Panel::Checks))))
    };
    let marks = statuses.iter().map(|&(question, status)| {
        let (class, mark) = status_mark(status);
        let title = format!("{} {}", question_text(question, props.lang), status_text(status, props.lang));
        html! {
            <span class={classes!("check-mark", class)} {title}>
                <span class="question-mark" aria-hidden="true">{ mark }</span>
                <span class="check-name">{ question_short(question, props.lang) }</span>
                <span class="visually-hidden">{ format!(": {}", status_text(status, props.lang)) }</span>
            </span>
        }
    });
    html! {
        <button type="button" class="check-status" aria-pressed={props.open.to_string()} {onclick}>
            { for marks }
        </button>
    }
}
