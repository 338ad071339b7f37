//! On an empty board: one sentence on how to start, and the example board.
//! A plain function its canvas calls: it keeps no state of its own.

use yew::prelude::*;

use crate::app::boards::{open_example, FileOpener};
use crate::app::session::Msg;
use crate::i18n::Lang;

pub struct EmptyBoardHintProps {
    pub lang: Lang,
    pub send: Callback<Msg>,
    /// How the example opens as a board of its own.
    pub opener: Option<FileOpener>,
}

pub fn empty_board_hint(props: EmptyBoardHintProps) -> Html {
    let a = props.lang.access();
    let open = {
        let EmptyBoardHintProps { lang, send, opener } = props;
        Callback::from(move |_: MouseEvent| open_example(opener.as_ref(), &send, lang))
    };
    html! {
        <div class="empty-hint">
            <p>{ a.empty_board }</p>
            <button type="button" onclick={open}>{ a.open_example }</button>
        </div>
    }
}
