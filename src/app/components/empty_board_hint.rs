//! On an empty board: one sentence on how to start, and the example board.

use yew::prelude::*;

use crate::app::boards::{open_example, FileOpener};
use crate::app::session::Msg;
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct EmptyBoardHintProps {
    pub lang: Lang,
    pub send: Callback<Msg>,
}

#[component]
pub fn EmptyBoardHint(props: &EmptyBoardHintProps) -> Html {
    let a = props.lang.access();
    let opener = use_context::<FileOpener>();
    let open = {
        let (d, lang) = (props.send.clone(), props.lang);
        Callback::from(move |_: MouseEvent| open_example(opener.as_ref(), &d, lang))
    };
    html! {
        <div class="empty-hint">
            <p>{ a.empty_board }</p>
            <button type="button" onclick={open}>{ a.open_example }</button>
        </div>
    }
}
