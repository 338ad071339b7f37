//! A message for the person at the screen: what happened, or why something
//! was refused. Errors stay until dismissed; other messages fade on their own.

use yew::prelude::*;

use crate::app::session::{Msg, Notice};
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct NoticeBarProps {
    pub notice: Notice,
    pub lang: Lang,
    pub send: Callback<Msg>,
}

#[component]
pub fn NoticeBar(props: &NoticeBarProps) -> Html {
    let t = props.lang.texts();
    {
        let (d, error) = (props.send.clone(), props.notice.error);
        use_effect_with(props.notice.clone(), move |_| {
            let timer = (!error).then(|| gloo::timers::callback::Timeout::new(5_000, move || d.emit(Msg::DismissNotice)));
            move || drop(timer)
        });
    }
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
