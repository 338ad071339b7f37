//! The header's switches for using the board in the room: the outline, the
//! high-contrast theme (remembered in this browser) and the help.

use yew::prelude::*;

use crate::app::session::{Dialog, Msg};
use crate::i18n::Lang;
use crate::platform::page;

#[derive(Properties, PartialEq)]
pub struct AccessSwitchesProps {
    pub outline: bool,
    pub lang: Lang,
    pub send: Callback<Msg>,
}

#[component]
pub fn AccessSwitches(props: &AccessSwitchesProps) -> Html {
    let a = props.lang.access();
    let contrast = use_state(page::load_high_contrast);
    use_effect_with(*contrast, |on| page::set_high_contrast(*on));
    let toggle_contrast = {
        let contrast = contrast.clone();
        Callback::from(move |_: MouseEvent| contrast.set(!*contrast))
    };
    let outline = {
        let d = props.send.clone();
        Callback::from(move |_: MouseEvent| d.emit(Msg::ToggleOutline))
    };
    let help = {
        let d = props.send.clone();
        Callback::from(move |_: MouseEvent| d.emit(Msg::OpenDialog(Some(Dialog::Help))))
    };
    html! {
        <div class="access-switches">
            <button type="button" class="header-button" aria-pressed={props.outline.to_string()} onclick={outline}>{ a.outline }</button>
            <button type="button" class="header-button" aria-pressed={contrast.to_string()} onclick={toggle_contrast}>{ a.high_contrast }</button>
            <button type="button" class="header-button help-button" onclick={help} aria-keyshortcuts="?">
                <span aria-hidden="true">{ "? " }</span>{ a.help }
            </button>
        </div>
    }
}
