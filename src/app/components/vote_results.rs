//! The result of dot voting: the cards with dots, most dots first.

use yew::prelude::*;

use crate::app::state::{AppState, Msg, ViewRequest};
use crate::app::Shared;
use crate::check_texts::card_name;
use crate::core::action::Action;
use crate::core::model::Board;
use crate::i18n::{fill, Lang};

#[derive(Properties, PartialEq)]
pub struct VoteResultsProps {
    pub board: Shared<Board>,
    pub lang: Lang,
    pub dispatch: UseReducerDispatcher<AppState>,
}

#[component]
pub fn VoteResults(props: &VoteResultsProps) -> Html {
    let w = props.lang.workshop();
    let mut ranked: Vec<_> = props.board.cards.iter().filter(|c| c.votes > 0).collect();
    if ranked.is_empty() {
        return html! {};
    }
    // Most dots first; ties keep board order.
    ranked.sort_by(|a, b| b.votes.cmp(&a.votes));
    let rows = ranked.iter().map(|c| {
        let (d, id) = (props.dispatch.clone(), c.id.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            d.dispatch(Msg::SelectCards { cards: vec![id.clone()], add: false });
            d.dispatch(Msg::View(ViewRequest::Show(vec![id.clone()])));
        });
        html! {
            <li>
                <button type="button" class="result" {onclick}>
                    <span class="result-name">{ card_name(&props.board, &c.id, props.lang) }</span>
                    <span class="result-votes">{ fill(w.votes, &[("n", &c.votes.to_string())]) }</span>
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
            <button type="button" class="link-button" onclick={clear}>{ w.clear_votes }</button>
        </section>
    }
}
