//! The board's header: its title and shared challenge, editable in place,
//! and the language switch.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::app::session::{Msg};
use crate::core::action::Action;
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub title: AttrValue,
    pub challenge: AttrValue,
    pub lang: Lang,
    pub send: Callback<Msg>,
    /// Shown beside the title (the board list button and the save status).
    #[prop_or_default]
    pub children: Html,
    /// More switches, shown before the language.
    #[prop_or_default]
    pub switches: Html,
}

#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let t = props.lang.texts();
    let on_title = {
        let d = props.send.clone();
        Callback::from(move |e: Event| {
            d.emit(Msg::Do(Action::SetTitle(e.target_unchecked_into::<HtmlInputElement>().value())))
        })
    };
    let on_challenge = {
        let d = props.send.clone();
        Callback::from(move |e: Event| {
            d.emit(Msg::Do(Action::SetChallenge(e.target_unchecked_into::<HtmlInputElement>().value())))
        })
    };
    let on_lang = {
        let d = props.send.clone();
        Callback::from(move |e: Event| {
            let i = e.target_unchecked_into::<HtmlSelectElement>().selected_index();
            if let Some(lang) = usize::try_from(i).ok().and_then(|i| Lang::ALL.get(i)) {
                d.emit(Msg::SetLang(*lang));
            }
        })
    };
    let blur_on_enter = Callback::from(|e: KeyboardEvent| {
        if e.key() == "Enter" {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            let _ = input.blur();
        }
    });
    html! {
        <header class="board-header">
            <div class="brand" aria-hidden="true">
                <img src="icon.svg" alt="" width="32" height="32" />
            </div>
            { props.children.clone() }
            <div class="board-fields">
                <input type="text" class="board-title" value={props.title.clone()} placeholder={t.board_title_placeholder}
                    aria-label={t.board_title} onchange={on_title} onkeydown={blur_on_enter.clone()} />
                <label class="challenge">
                    <span class="challenge-label">{ t.challenge }</span>
                    <input type="text" class="board-challenge" value={props.challenge.clone()} placeholder={t.challenge_placeholder}
                        aria-label={t.challenge} onchange={on_challenge} onkeydown={blur_on_enter} />
                </label>
            </div>
            { props.switches.clone() }
            <label class="language">
                <span class="visually-hidden">{ t.language }</span>
                <select onchange={on_lang} aria-label={t.language}>
                    { for Lang::ALL.iter().map(|l| html! {
                        <option value={l.code()} selected={*l == props.lang}>{ l.texts().language_name }</option>
                    }) }
                </select>
            </label>
        </header>
    }
}
