//! The board's header, floating over the top of the board: its title and
//! shared challenge, editable in place, what is shown at the end (the
//! questions' marks, the parties' button), and a menu with the view's
//! switches and the language.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::menu_button::MenuButton;

use crate::app::session::Msg;
use crate::core::action::Action;
use crate::i18n::Lang;

/// What it draws, and where its messages go.
pub struct HeaderProps {
    pub title: AttrValue,
    pub challenge: AttrValue,
    pub lang: Lang,
    pub send: Callback<Msg>,
    /// Shown beside the title (the board list button and the save status).
    pub children: Html,
    /// Shown at the end of the header, before its menu.
    pub end: Html,
    /// More switches, in the menu before the language.
    pub switches: Html,
}

/// Drawn by its parent (no state of its own, so no component of its own).
pub fn header(props: &HeaderProps) -> Html {
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
            <div class="board-id">
            <div class="brand" aria-hidden="true">
                <img src="icon.svg" alt="" width="32" height="32" />
            </div>
            { props.children.clone() }
            <div class="board-fields">
                <input type="text" class="board-title" value={props.title.clone()} title={props.title.clone()} placeholder={t.board_title_placeholder}
                    aria-label={t.board_title} onchange={on_title} onkeydown={blur_on_enter.clone()} />
                <label class="challenge">
                    <span class="challenge-label">{ t.challenge }</span>
                    <input type="text" class="board-challenge" value={props.challenge.clone()} title={props.challenge.clone()} placeholder={t.challenge_placeholder}
                        aria-label={t.challenge} onchange={on_challenge} onkeydown={blur_on_enter} />
                </label>
            </div>
            </div>
            <div class="board-end">
            { props.end.clone() }
            <MenuButton label={t.app_menu} class="app-menu"
                icon={html! { <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" aria-hidden="true"><path d="M4 6h16M4 12h16M4 18h16"/></svg> }}>
                { props.switches.clone() }
                <label class="language">
                    <span>{ t.language }</span>
                    <select onchange={on_lang} aria-label={t.language}>
                        { for Lang::ALL.iter().map(|l| html! {
                            <option value={l.code()} selected={*l == props.lang}>{ l.texts().language_name }</option>
                        }) }
                    </select>
                </label>
            </MenuButton>
            </div>
        </header>
    }
}
