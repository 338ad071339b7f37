//! The three central questions, answered live from the board: each with
//! its status and the gaps still open, in words. A click on a gap selects
//! the cards concerned and brings them into view.

use yew::prelude::*;

use crate::app::session::Msg;
use crate::app::Shared;
use crate::i18n::checks::{gap_texts, question_text, status_mark, status_text};
use crate::core::analysis::check_board;
use crate::core::model::Board;
use crate::i18n::{fill, Lang};

#[derive(Properties, PartialEq)]
pub struct CheckPanelProps {
    pub board: Shared<Board>,
    pub lang: Lang,
    /// Show only this question (presentation mode), by its index.
    #[prop_or_default]
    pub only: Option<usize>,
    pub send: Callback<Msg>,
}

/// How many gaps each question lists.
const SHOWN_GAPS: usize = 8;

#[component]
pub fn CheckPanel(props: &CheckPanelProps) -> Html {
    let w = props.lang.workshop();
    // The checks and the words of the gaps shown, worked out once per board
    // and language: naming a card looks it up on the board, and the panel is
    // drawn again on every change of the app's state.
    let checks = use_memo((props.board.clone(), props.lang), |(board, lang)| {
        check_board(board).map(|check| {
            let texts = gap_texts(check.gaps.iter().take(SHOWN_GAPS), board, *lang);
            (check, texts)
        })
    });
    let questions = checks.iter().enumerate().filter(|(i, _)| props.only.is_none_or(|o| o == *i)).map(|(i, (check, texts))| {
        let (class, mark) = status_mark(check.status);
        // The first few gaps: on a large board a list of hundreds helps no one.
        let more = check.gaps.len().saturating_sub(SHOWN_GAPS);
        let gaps = check.gaps.iter().zip(texts).map(|(gap, text)| {
            let d = props.send.clone();
            let (cards, parties) = (gap.cards.clone(), gap.parties.clone());
            let onclick = Callback::from(move |_: MouseEvent| {
                if !cards.is_empty() {
                    d.emit(Msg::ShowCards(cards.clone()));
                } else if let Some(p) = parties.first() {
                    d.emit(Msg::SetActiveParty(p.clone()));
                }
            });
            html! {
                <li><button type="button" class="gap" {onclick}>{ text }</button></li>
            }
        });
        html! {
            <li class={classes!("question", class)}>
                <div class="question-head">
                    <span class="question-mark" aria-hidden="true">{ mark }</span>
                    <span class="question-number">{ i + 1 }</span>
                    <span class="question-text">{ question_text(check.question, props.lang) }</span>
                </div>
                <div class="question-status">{ status_text(check.status, props.lang) }</div>
                if check.gaps.is_empty() {
                    <p class="all-met">{ w.all_met }</p>
                } else {
                    <ul class="gaps">
                        { for gaps }
                        if more > 0 {
                            <li class="more-gaps">{ fill(w.more_gaps, &[("n", &more.to_string())]) }</li>
                        }
                    </ul>
                }
            </li>
        }
    });
    html! {
        <section class="check-panel" aria-label={w.check_title}>
            <h2 class="panel-title">{ w.check_title }</h2>
            <ol class="questions">{ for questions }</ol>
        </section>
    }
}
