//! A message for the person at the screen: what happened, or why something
//! was refused. Errors stay until dismissed; other messages fade on their
//! own (the app's timer, see [`use_notice_fading`]). The bar is a plain
//! function the app calls.

use yew::prelude::*;

use crate::app::session::{Msg, Notice};
use crate::i18n::Lang;

pub struct NoticeBarProps {
    pub notice: Notice,
    pub lang: Lang,
    pub send: Callback<Msg>,
}

/// Dismisses a message that is not an error after five seconds.
#[hook]
pub fn use_notice_fading(notice: Option<Notice>, send: Callback<Msg>) {
    use_effect_with(notice, move |notice| {
        let fades = notice.as_ref().is_some_and(|n| !n.error);
        let timer = fades.then(|| gloo::timers::callback::Timeout::new(5_000, move || send.emit(Msg::DismissNotice)));
        move || drop(timer)
    });
}

pub fn notice_bar(props: &NoticeBarProps) -> Html {
    let t = props.lang.texts();
    let dismiss = {
        let d = props.send.clone();
        Callback::from(move |_: MouseEvent| d.emit(Msg::DismissNotice))
    };
    let (class, role) = if props.notice.error { ("notice error", "alert") } else { ("notice", "status") };
    html! {
        <div class={class} role={role}>
            <span class="notice-text">{ props.notice.text.clone() }</span>
            <button type="button" class="icon-button" aria-label={t.dismiss} title={t.dismiss} onclick={dismiss}>{ "×" }</button>
        </div>
    }
}
