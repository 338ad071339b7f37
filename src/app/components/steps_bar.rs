//! The workshop's steps as a bar above the canvas: Parties → Interests,
//! wishes and goals → Ambition → Make it concrete → Facts and figures →
//! Check. Opening a step shows the chapter's question for it; any step can
//! be opened at any time.

use yew::prelude::*;

use crate::app::session::{Msg};
use crate::i18n::{fill, Lang};

#[derive(Properties, PartialEq)]
pub struct StepsBarProps {
    pub step: Option<usize>,
    pub lang: Lang,
    pub send: Callback<Msg>,
}

#[component]
pub fn StepsBar(props: &StepsBarProps) -> Html {
    let w = props.lang.workshop();
    let steps = w.steps.iter().enumerate().map(|(i, step)| {
        let d = props.send.clone();
        let open = props.step == Some(i);
        let onclick = Callback::from(move |_: MouseEvent| d.emit(Msg::Step(if open { None } else { Some(i) })));
        html! {
            <li>
                <button type="button" class={classes!("step", open.then_some("open"))} aria-pressed={open.to_string()} {onclick}>
                    <span class="step-number">{ i + 1 }</span><span class="step-title">{ step.title }</span>
                </button>
            </li>
        }
    });
    let prompt = props.step.and_then(|i| w.steps.get(i).map(|s| (i, s))).map(|(i, step)| {
        let d = props.send.clone();
        let close = Callback::from(move |_: MouseEvent| d.emit(Msg::Step(None)));
        html! {
            <div class="step-prompt" role="note">
                <span class="step-prompt-label">{ fill(w.step_n, &[("n", &(i + 1).to_string())]) }{ " · " }{ step.title }</span>
                <p>{ step.prompt }</p>
                <button type="button" class="icon-button" aria-label={w.close_prompt} title={w.close_prompt} onclick={close}>{ "×" }</button>
            </div>
        }
    });
    html! {
        <div class="steps">
            <ol class="steps-bar" aria-label={w.steps_label}>{ for steps }</ol>
            { for prompt }
        </div>
    }
}
