//! The result of dot voting: the cards with dots, most dots first (the
//! first few; on a large board a list of hundreds helps no one).

use yew::prelude::*;

use crate::app::session::Msg;
use crate::app::Shared;
use crate::i18n::checks::card_title;
use crate::core::action::Action;
use crate::core::model::Board;
use crate::core::voting::ranking;
use crate::i18n::{fill, Lang};

/// What it draws, and where its messages go.
pub struct VoteResultsProps {
    pub board: Shared<Board>,
    pub lang: Lang,
    pub send: Callback<Msg>,
}

/// How many cards the results list.
const SHOWN_RESULTS: usize = 10;

/// Drawn by its parent (no state of its own, so no component of its own).
pub fn vote_results(props: &VoteResultsProps) -> Html {
    let w = props.lang.workshop();
    let (ranked, with_dots) = ranking(&props.board, SHOWN_RESULTS);
    if ranked.is_empty() {
        return html! {};
    }
    let more = with_dots - ranked.len();
    let rows = ranked.iter().map(|c| {
        let (d, id) = (props.send.clone(), c.id.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            d.emit(Msg::ShowCards(vec![id.clone()]));
        });
        html! {
            <li>
                <button type="button" class="result" {onclick}>
                    <span class="result-name">{ card_title(c, props.lang) }</span>
                    <span class="result-votes">{ w.vote_count(c.votes) }</span>
                </button>
            </li>
        }
    });
    let clear = {
        let d = props.send.clone();
        Callback::from(move |_: MouseEvent| d.emit(Msg::Do(Action::ClearVotes)))
    };
    html! {
        <section class="vote-results" aria-label={w.results}>
            <h2 class="panel-title">{ w.results }</h2>
            <ol>{ for rows }</ol>
            if more > 0 {
                <p class="more-gaps">{ fill(w.more_gaps, &[("n", &more.to_string())]) }</p>
            }
            <button type="button" class="link-button" onclick={clear}>{ w.clear_votes }</button>
        </section>
    }
}
