//! The result of dot voting: the cards with dots, most dots first (the
//! first few; on a large board a list of hundreds helps no one).

use std::rc::Rc;

use yew::prelude::*;

use crate::app::state::{AppState, Msg, ViewRequest};
use crate::app::Shared;
use crate::check_texts::card_title;
use crate::core::action::Action;
use crate::core::model::{Board, Card};
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
    // The cards with most dots, most first; ties keep board order. (Kept
    // in a short list as the board is read: no sort of every card.)
    let mut ranked: Vec<&Rc<Card>> = Vec::with_capacity(SHOWN_RESULTS + 1);
    let mut with_dots = 0;
    for card in props.board.cards.iter().filter(|c| c.votes > 0) {
        with_dots += 1;
        let at = ranked.iter().position(|r| r.votes < card.votes).unwrap_or(ranked.len());
        if at < SHOWN_RESULTS {
            ranked.insert(at, card);
            ranked.truncate(SHOWN_RESULTS);
        }
    }
    if ranked.is_empty() {
        return html! {};
    }
    let more = with_dots - ranked.len();
    let rows = ranked.iter().map(|c| {
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
