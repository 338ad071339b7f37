//! On an empty board: one sentence on how to start, and the example board.

use yew::prelude::*;

use crate::app::state::{AppState, Msg, Notice, ViewRequest};
use crate::core::action::Action;
use crate::core::example::example_board;
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct EmptyBoardHintProps {
    pub lang: Lang,
    pub dispatch: UseReducerDispatcher<AppState>,
}

#[component]
pub fn EmptyBoardHint(props: &EmptyBoardHintProps) -> Html {
    let a = props.lang.access();
    let open = {
        let (d, lang) = (props.dispatch.clone(), props.lang);
        Callback::from(move |_: MouseEvent| {
            d.dispatch(Msg::Do(Action::ReplaceBoard(example_board(lang))));
            d.dispatch(Msg::View(ViewRequest::FitBoard));
            d.dispatch(Msg::Notify(Notice { text: lang.workshop().example_opened.to_owned(), error: false }));
        })
    };
    html! {
        <div class="empty-hint">
            <p>{ a.empty_board }</p>
            <button type="button" onclick={open}>{ a.open_example }</button>
        </div>
    }
}
