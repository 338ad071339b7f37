//! Opening a share link: when the page's address carries a board (see
//! [`crate::core::export::share`]), asks whether to open it, then takes the
//! board out of the address so a reload does not ask again.

use std::rc::Rc;

use yew::prelude::*;

use super::modal::Modal;

use crate::app::boards::FileOpener;
use crate::app::session::{Msg, Notice};
use crate::core::export::share::{self, ShareError};
use crate::core::model::Board;
use crate::i18n::{fill, Lang};
use crate::platform::{deflate, page};

#[derive(Properties, PartialEq)]
pub struct ShareLinkPromptProps {
    pub lang: Lang,
    pub send: Callback<Msg>,
}

/// Opens a shared board. Until boards are kept side by side, it takes the
/// place of the board on screen, as one step that Undo takes back.
fn open_shared(board: Board, d: &Callback<Msg>, lang: Lang, opener: Option<&FileOpener>) {
    let title = if board.title.trim().is_empty() { lang.texts().default_board_title.to_owned() } else { board.title.clone() };
    let notice = Notice::info(fill(lang.export().shared_opened, &[("title", &title)]));
    match opener {
        Some(opener) => {
            // Opened beside it: the board on screen is kept as it was.
            d.emit(Msg::KeepSnapshot(crate::core::snapshots::Moment::BeforeShareLink));
            opener.open_board(&title, &board);
            d.emit(Msg::Notify(notice));
        }
        None => d.emit(Msg::Replace { board, notice, fit: true, before: crate::core::snapshots::Moment::BeforeShareLink }),
    }
}

#[component]
pub fn ShareLinkPrompt(props: &ShareLinkPromptProps) -> Html {
    let x = props.lang.export();
    let shared = use_state(|| None::<Rc<Board>>);
    let opener = use_context::<FileOpener>();
    // Read the address when the app starts, and whenever only its fragment
    // changes (a link pasted into the address bar of an open app).
    {
        let (shared, d) = (shared.clone(), props.send.clone());
        use_effect_with(props.lang, move |&lang| {
            let read = move || {
                let limit = share::MAX_FRAGMENT_CHARS;
                let fragment = page::fragment(limit).map_err(|chars| ShareError::LinkTooLong { chars, limit });
                let (shared, d) = (shared.clone(), d.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let board = match fragment {
                        Ok(fragment) => deflate::open_share_fragment(&fragment).await,
                        Err(e) => Err(e),
                    };
                    match board {
                        Ok(board) => shared.set(Some(Rc::new(board))),
                        // Some other fragment: not ours to handle.
                        Err(ShareError::NotAShareLink) => {}
                        Err(e) => {
                            page::clear_fragment();
                            let text = fill(lang.export().shared_failed, &[("reason", &lang.share_error(&e))]);
                            d.emit(Msg::Notify(Notice { text, error: true }));
                        }
                    }
                });
            };
            read();
            let listener = gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| read());
            move || drop(listener)
        });
    }
    let Some(board) = (*shared).clone() else { return html! {} };
    let not_now = {
        let shared = shared.clone();
        Callback::from(move |_: MouseEvent| {
            page::clear_fragment();
            shared.set(None);
        })
    };
    let open = {
        let (shared, d, lang, board) = (shared.clone(), props.send.clone(), props.lang, board.clone());
        Callback::from(move |_: MouseEvent| {
            page::clear_fragment();
            shared.set(None);
            open_shared((*board).clone(), &d, lang, opener.as_ref());
        })
    };
    let close = {
        let shared = shared.clone();
        Callback::from(move |_: ()| {
            page::clear_fragment();
            shared.set(None);
        })
    };
    let title = if board.title.trim().is_empty() { props.lang.texts().default_board_title } else { board.title.as_str() };
    let question = fill(
        x.shared_question,
        &[("title", title), ("cards", &board.cards.len().to_string()), ("parties", &board.parties.len().to_string())],
    );
    html! {
        <Modal class="share-prompt" title_id="share-prompt-title" on_close={close}>
            <h2 id="share-prompt-title">{ x.shared_title }</h2>
            <p>{ question }</p>
            <p>{ x.shared_replaces }</p>
            <div class="dialog-buttons">
                <button type="button" onclick={not_now}>{ x.not_now }</button>
                <button type="button" class="primary" onclick={open} autofocus=true>{ x.open }</button>
            </div>
        </Modal>
    }
}
