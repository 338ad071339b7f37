//! A timer for a timeboxed round, visible on the board: set the minutes,
//! start, and the time left counts down; at zero it says so.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::app::session::Msg;
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct TimerDisplayProps {
    /// When the timer runs out (ms since the epoch), if it runs.
    pub end: Option<u64>,
    pub lang: Lang,
    pub send: Callback<Msg>,
    /// Show the form to set and start it.
    pub setting: bool,
}

fn now() -> f64 {
    js_sys::Date::now()
}

#[component]
pub fn TimerDisplay(props: &TimerDisplayProps) -> Html {
    let w = props.lang.workshop();
    let minutes = use_node_ref();
    let tick = use_state(|| 0u32);
    {
        let tick = tick.clone();
        use_effect_with(props.end.is_some(), move |running| {
            let interval = running.then(|| gloo::timers::callback::Interval::new(500, move || tick.set(tick.wrapping_add(1))));
            move || drop(interval)
        });
    }
    if let Some(end) = props.end {
        let left = ((end as f64 - now()) / 1000.0).ceil().max(0.0) as u64;
        let stop = {
            let d = props.send.clone();
            Callback::from(move |_: MouseEvent| d.emit(Msg::StopTimer))
        };
        let up = left == 0;
        return html! {
            <div class={classes!("timer", up.then_some("up"))} role="timer" aria-label={w.timer}>
                if up {
                    <span class="timer-time">{ w.times_up }</span>
                } else {
                    <span class="timer-time">{ format!("{:02}:{:02}", left / 60, left % 60) }</span>
                }
                <button type="button" class="icon-button" onclick={stop} aria-label={w.stop_timer} title={w.stop_timer}>{ "■" }</button>
            </div>
        };
    }
    if !props.setting {
        return html! {};
    }
    let start = {
        let (d, minutes) = (props.send.clone(), minutes.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let m = minutes
                .cast::<HtmlInputElement>()
                .and_then(|i| i.value().trim().replace(',', ".").parse::<f64>().ok())
                .filter(|m| m.is_finite() && *m > 0.0)
                .unwrap_or(5.0)
                .min(600.0);
            d.emit(Msg::StartTimer { minutes: m });
        })
    };
    let cancel = {
        let d = props.send.clone();
        Callback::from(move |_: MouseEvent| d.emit(Msg::OpenDialog(None)))
    };
    html! {
        <form class="timer setting" onsubmit={start} aria-label={w.timer}>
            <label>{ w.minutes }<input ref={minutes} type="number" min="0.5" max="600" step="0.5" value="5" /></label>
            <button type="submit" class="primary">{ w.start_timer }</button>
            <button type="button" onclick={cancel}>{ props.lang.texts().cancel }</button>
        </form>
    }
}
