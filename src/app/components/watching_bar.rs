//! Over the board while this tab only shows it: another tab edits the board
//! (with "edit here instead"), or a newer version of the app saved it (with
//! "reload").

use yew::prelude::*;

use crate::i18n::Lang;
use crate::platform::page;

#[derive(Properties, PartialEq)]
pub struct WatchingBarProps {
    /// "Edit here instead" was chosen: waiting for the other tab.
    pub taking_over: bool,
    /// A newer version of the app saved the board.
    pub newer: bool,
    pub lang: Lang,
    pub on_edit_here: Callback<()>,
}

#[component]
pub fn WatchingBar(props: &WatchingBarProps) -> Html {
    let st = props.lang.storage();
    if props.newer {
        let reload = Callback::from(|_: MouseEvent| page::reload());
        return html! {
            <div class="watching-bar" role="status">
                <span>{ st.newer_elsewhere }</span>
                <button type="button" class="primary" onclick={reload}>{ st.reload }</button>
            </div>
        };
    }
    let edit_here = props.on_edit_here.reform(|_: MouseEvent| ());
    html! {
        <div class="watching-bar" role="status">
            if props.taking_over {
                <span>{ st.taking_over }</span>
            } else {
                <span>{ st.watching }</span>
                <button type="button" class="primary edit-here" onclick={edit_here}>{ st.edit_here }</button>
            }
        </div>
    }
}
