//! Dot voting: start a round (how many participants, how many dots each),
//! then each participant in turn gives their dots by tapping cards; the
//! turn passes on by itself when a participant's dots run out. The bar
//! shows whose turn it is, how many dots they have left, and the button
//! that closes the round.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::app::session::Msg;
use crate::core::voting::VotingRound;
use crate::i18n::{fill, Lang};

#[derive(Properties, PartialEq)]
pub struct VotingBarProps {
    pub round: Option<Rc<VotingRound>>,
    pub lang: Lang,
    pub send: Callback<Msg>,
    /// Show the form to start a round.
    pub starting: bool,
}

#[component]
pub fn VotingBar(props: &VotingBarProps) -> Html {
    let w = props.lang.workshop();
    let participants = use_node_ref();
    let dots = use_node_ref();
    if let Some(round) = &props.round {
        let on_voter = {
            let d = props.send.clone();
            Callback::from(move |e: Event| {
                let i = e.target_unchecked_into::<HtmlSelectElement>().selected_index();
                if let Ok(i) = usize::try_from(i) {
                    d.emit(Msg::SetVoter(i));
                }
            })
        };
        let stop = {
            let d = props.send.clone();
            Callback::from(move |_: MouseEvent| d.emit(Msg::StopVoting))
        };
        let who = |i: usize| fill(w.participant_n, &[("n", &(i + 1).to_string())]);
        let done = round.done();
        let status = if done {
            w.everyone_voted.to_owned()
        } else {
            fill(w.dots_left, &[("name", &who(round.current)), ("n", &round.dots_left(round.current).to_string())])
        };
        return html! {
            <div class="voting-bar" role="region" aria-label={w.voting}>
                <strong>{ w.voting }</strong>
                <select onchange={on_voter} aria-label={w.participants}>
                    { for (0..round.given.len()).map(|i| html! {
                        <option selected={i == round.current}>{ who(i) }</option>
                    }) }
                </select>
                <span class={classes!("dots-left", done.then_some("none"))} aria-live="polite">{ status }</span>
                if !done { <span class="hint">{ w.tap_to_vote }</span> }
                <button type="button" class={classes!(done.then_some("primary"))} onclick={stop}>{ w.stop_voting }</button>
            </div>
        };
    }
    if !props.starting {
        return html! {};
    }
    let start = {
        let (d, participants, dots) = (props.send.clone(), participants.clone(), dots.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let read = |r: &NodeRef, default: u32| {
                r.cast::<HtmlInputElement>().and_then(|i| i.value().trim().parse::<u32>().ok()).unwrap_or(default)
            };
            let n = read(&participants, 6).clamp(1, 99) as usize;
            let k = read(&dots, 3).clamp(1, 20);
            d.emit(Msg::StartVoting { participants: n, dots: k });
        })
    };
    let cancel = {
        let d = props.send.clone();
        Callback::from(move |_: MouseEvent| d.emit(Msg::OpenDialog(None)))
    };
    html! {
        <form class="voting-bar start" onsubmit={start} aria-label={w.start_voting}>
            <strong>{ w.voting }</strong>
            <label>{ w.participants }<input ref={participants} type="number" min="1" max="99" value="6" /></label>
            <label>{ w.dots_per_participant }<input ref={dots} type="number" min="1" max="20" value="3" /></label>
            <button type="submit" class="primary">{ w.start_voting }</button>
            <button type="button" onclick={cancel}>{ props.lang.texts().cancel }</button>
        </form>
    }
}
