//! The workshop's steps as a rail at the left of the board: Parties →
//! Interests, wishes and goals → Ambition → Make it concrete → Facts and
//! figures → Check. Choosing a step brings its cards into view and shows the
//! chapter's question for it in one strip above the board; the strip folds
//! away and stays folded until the open step is chosen again.

use yew::prelude::*;

use crate::app::session::{Msg};
use crate::i18n::{fill, Lang};

/// What it draws, and where its messages go.
pub struct StepsBarProps {
    pub step: Option<usize>,
    /// The step's question is folded away.
    pub folded: bool,
    pub lang: Lang,
    pub send: Callback<Msg>,
}

/// Drawn by its parent (no state of its own, so no component of its own).
pub fn steps_bar(props: &StepsBarProps) -> Html {
    let w = props.lang.workshop();
    let steps = w.steps.iter().enumerate().map(|(i, step)| {
        let d = props.send.clone();
        let open = props.step == Some(i);
        let folded = props.folded;
        // The open step again: its folded question comes back, or the step closes.
        let onclick = Callback::from(move |_: MouseEvent| match (open, folded) {
            (true, true) => d.emit(Msg::FoldPrompt(false)),
            (true, false) => d.emit(Msg::Step(None)),
            (false, _) => d.emit(Msg::Step(Some(i))),
        });
        let title = format!("{} · {}", fill(w.step_n, &[("n", &(i + 1).to_string())]), step.title);
        html! {
            <li>
                <button type="button" class={classes!("step", open.then_some("open"))} aria-pressed={open.to_string()}
                        aria-label={title.clone()} {title} {onclick}>
                    <span class="step-number">{ i + 1 }</span>
                </button>
            </li>
        }
    });
    let prompt = props.step.filter(|_| !props.folded).and_then(|i| w.steps.get(i).map(|s| (i, s))).map(|(i, step)| {
        let d = props.send.clone();
        let fold = Callback::from(move |_: MouseEvent| d.emit(Msg::FoldPrompt(true)));
        html! {
            <div class="step-prompt" role="note">
                <span class="step-prompt-label">{ fill(w.step_n, &[("n", &(i + 1).to_string())]) }{ " · " }{ step.title }</span>
                <p>{ step.prompt }</p>
                <button type="button" class="icon-button" aria-label={w.close_prompt} title={w.close_prompt} onclick={fold}>{ "×" }</button>
            </div>
        }
    });
    html! {
        <>
            <ol class="steps-bar" aria-label={w.steps_label}>{ for steps }</ol>
            { for prompt }
        </>
    }
}
