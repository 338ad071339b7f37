//! The result of dot voting: the cards with dots, most dots first (the
//! first few; on a large board a list of hundreds helps no one).

use yew::prelude::*;

use crate::app::state::{AppState, Msg, ViewRequest};
use crate::app::Shared;
use crate::check_texts::card_title;
use crate::core::action::Action;
use crate::core::model::Board;
use crate::i18n::{fill, Lang};

#[derive(Properties, PartialEq)]
pub struct VoteResultsProps {
    pub board: Shared<Board>,
    pub lang: Lang,
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// How many cards the results list.
const SHOWN_RESULTS: usize = 10;

#[component]
pub fn VoteResults(props: &VoteResultsProps) -> Html {
    let w = props.lang.workshop();
    let mut ranked: Vec<_> = props.board.cards.iter().filter(|c| c.votes > 0).collect();
    if ranked.is_empty() {
        return html! {};
    }
    // Most dots first; ties keep board order.
    ranked.sort_by(|a, b| b.votes.cmp(&a.votes));
    let more = ranked.len().saturating_sub(SHOWN_RESULTS);
    let rows = ranked.iter().take(SHOWN_RESULTS).map(|c| {
        let (d, id) = (props.dispatch.clone(), c.id.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            d.dispatch(Msg::SelectCards { cards: vec![id.clone()], add: false });
            d.dispatch(Msg::View(ViewRequest::Show(vec![id.clone()])));
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
        let d = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(Msg::Do(Action::ClearVotes)))
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
