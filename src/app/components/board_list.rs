//! The boards kept in this browser: open one, start a new one, rename,
//! duplicate or delete (deleted boards can be restored). A board whose saved
//! text cannot be read is listed with a download of that text. Below them:
//! where the boards are kept, and whether the browser may clear them.

use std::collections::HashSet;
use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::modal::Modal;

use crate::app::boards::title_or;
use crate::core::library::{BoardEntry, Library};
use crate::i18n::{fill, Lang};
use crate::platform::storage::local_time;

/// What the person asked of the list.
#[derive(Clone, Debug, PartialEq)]
pub enum ListAction {
    Create,
    Open(String),
    Rename(String, String),
    Duplicate(String),
    Delete(String),
    Restore(String),
    Download(String),
    Close,
}

#[derive(Properties, PartialEq)]
pub struct BoardListProps {
    pub library: Rc<Library>,
    /// Boards whose saved text cannot be read.
    pub unreadable: Rc<HashSet<String>>,
    /// The open board.
    pub current: AttrValue,
    /// Whether the browser keeps the boards until they are deleted (`None`:
    /// it does not say).
    pub kept: Option<bool>,
    /// The browser does not let the app save: the boards are in memory only.
    pub in_memory: bool,
    pub lang: Lang,
    pub on: Callback<ListAction>,
}

#[component]
pub fn BoardList(props: &BoardListProps) -> Html {
    let t = props.lang.storage();
    let renaming = use_state(|| None::<String>);
    let emit = |a: ListAction| {
        let on = props.on.clone();
        Callback::from(move |_: MouseEvent| on.emit(a.clone()))
    };
    let close = {
        let on = props.on.clone();
        Callback::from(move |_: ()| on.emit(ListAction::Close))
    };
    let row = |b: &BoardEntry| {
        let title = title_or(&b.title, t.untitled);
        let is_open = props.current.as_str() == b.id;
        let unreadable = props.unreadable.contains(&b.id);
        let when = (b.updated > 0).then(|| fill(t.changed_at, &[("time", &local_time(b.updated, props.lang.code()))]));
        let name = if renaming.as_deref() == Some(b.id.as_str()) {
            let (on, id, renaming2) = (props.on.clone(), b.id.clone(), renaming.clone());
            let commit = Callback::from(move |e: KeyboardEvent| {
                let input = e.target_unchecked_into::<HtmlInputElement>();
                if e.key() == "Enter" {
                    on.emit(ListAction::Rename(id.clone(), input.value()));
                    renaming2.set(None);
                } else if e.key() == "Escape" {
                    e.stop_propagation();
                    renaming2.set(None);
                }
            });
            let (on, id, renaming3) = (props.on.clone(), b.id.clone(), renaming.clone());
            let blur = Callback::from(move |e: FocusEvent| {
                let input = e.target_unchecked_into::<HtmlInputElement>();
                if renaming3.as_deref() == Some(id.as_str()) {
                    on.emit(ListAction::Rename(id.clone(), input.value()));
                    renaming3.set(None);
                }
            });
            html! {
                <input type="text" class="board-name-field" value={b.title.clone()} onkeydown={commit} onblur={blur}
                    aria-label={fill(t.rename_label, &[("title", &title)])} autofocus=true />
            }
        } else if unreadable {
            html! { <span class="board-name">{ title.clone() }</span> }
        } else {
            html! {
                <button type="button" class="board-name" onclick={emit(ListAction::Open(b.id.clone()))}
                    aria-label={format!("{} {}", t.open_board, title)} aria-current={is_open.then_some("true")}>
                    { title.clone() }
                </button>
            }
        };
        let start_rename = {
            let (renaming, id) = (renaming.clone(), b.id.clone());
            Callback::from(move |_: MouseEvent| renaming.set(Some(id.clone())))
        };
        html! {
            <li class={classes!("board-item", is_open.then_some("open"), unreadable.then_some("unreadable"))} key={b.id.clone()}>
                <div class="board-item-main">
                    { name }
                    <span class="board-meta">
                        if is_open { <span class="open-badge">{ t.open_now }</span> }
                        if unreadable { <span class="unreadable-note">{ t.unreadable_board }</span> }
                        else if let Some(when) = when { <span>{ when }</span> }
                    </span>
                </div>
                <div class="board-item-actions">
                    if unreadable {
                        <button type="button" class="small" onclick={emit(ListAction::Download(b.id.clone()))}>{ t.download_text }</button>
                    } else {
                        <button type="button" class="small" onclick={start_rename} aria-label={format!("{} {}", t.rename, title)}>{ t.rename }</button>
                        <button type="button" class="small" onclick={emit(ListAction::Duplicate(b.id.clone()))}
                            aria-label={format!("{} {}", t.duplicate, title)}>{ t.duplicate }</button>
                    }
                    <button type="button" class="small danger" onclick={emit(ListAction::Delete(b.id.clone()))}
                        aria-label={format!("{} {}", t.delete, title)}>{ t.delete }</button>
                </div>
            </li>
        }
    };
    let deleted = props.library.deleted();
    html! {
        <Modal class="board-list" title_id="board-list-title" on_close={close}>
            <div class="board-list-head">
                <h2 id="board-list-title">{ t.boards_title }</h2>
                <button type="button" class="primary" onclick={emit(ListAction::Create)}>{ format!("+ {}", t.new_board) }</button>
            </div>
            <ul class="board-items">
                { for props.library.listed().into_iter().map(row) }
            </ul>
            if !deleted.is_empty() {
                <h3 class="deleted-head">{ t.deleted_boards }</h3>
                <ul class="board-items deleted">
                    { for deleted.into_iter().map(|b| {
                        let title = title_or(&b.title, t.untitled);
                        html! {
                            <li class="board-item" key={b.id.clone()}>
                                <div class="board-item-main"><span class="board-name">{ title.clone() }</span></div>
                                <div class="board-item-actions">
                                    <button type="button" class="small" onclick={emit(ListAction::Restore(b.id.clone()))}
                                        aria-label={format!("{} {}", t.restore, title)}>{ t.restore }</button>
                                </div>
                            </li>
                        }
                    }) }
                </ul>
            }
            <p class={classes!("where-kept", (props.in_memory || props.kept == Some(false)).then_some("at-risk"))}>
                if props.in_memory {
                    { t.kept_in_memory }
                } else {
                    { format!("{} {}", t.kept_here, match props.kept {
                        Some(true) => t.kept_until_deleted,
                        Some(false) => t.may_be_cleared,
                        None => t.keep_a_copy,
                    }) }
                }
            </p>
            <div class="dialog-buttons">
                <button type="button" onclick={emit(ListAction::Close)}>{ t.close }</button>
            </div>
        </Modal>
    }
}
