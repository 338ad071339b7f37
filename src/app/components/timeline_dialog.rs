//! The board's history: its snapshots newest first (when, what happened,
//! how many cards), read when the dialog opens; one chosen is read and
//! shown as a picture (the SVG export, so nothing on it can be changed),
//! and can be put back on this board or opened as a new board.

use std::rc::Rc;

use yew::prelude::*;

use super::modal::Modal;

use crate::core::export::svg::to_svg;
use crate::core::file::import_file;
use crate::core::snapshots::Snapshot;
use crate::i18n::{fill, Lang};
use crate::platform::snapshots::{svg_address, utc_offset, Shelves};
use crate::platform::storage;

/// A snapshot to put back: its board text, when it was taken in words,
/// and whether as a new board.
#[derive(Clone, Debug, PartialEq)]
pub struct Restore {
    pub text: Rc<String>,
    pub when: String,
    pub as_new: bool,
}

#[derive(Properties, PartialEq)]
pub struct TimelineDialogProps {
    pub board_id: AttrValue,
    /// `None` where the browser keeps no snapshots.
    pub shelves: Option<Shelves>,
    pub lang: Lang,
    pub on_restore: Callback<Restore>,
    pub on_close: Callback<()>,
}

#[derive(Clone, PartialEq)]
enum Listed {
    Reading,
    Failed,
    Read(Rc<Vec<Snapshot>>),
}

#[derive(Clone, PartialEq)]
enum Preview {
    Reading,
    Unreadable,
    /// The snapshot's text, and its picture's address.
    Shown(Rc<String>, Rc<str>),
}

#[component]
pub fn TimelineDialog(props: &TimelineDialogProps) -> Html {
    let tl = props.lang.timeline();
    let t = props.lang.texts();
    let listed = use_state(|| Listed::Reading);
    // The snapshot chosen, and what is shown of it.
    let chosen = use_state(|| None::<(String, Preview)>);
    {
        let (listed, shelves, board) = (listed.clone(), props.shelves.clone(), props.board_id.clone());
        use_effect_with(board, move |board| {
            if let Some(shelves) = shelves {
                let board = board.to_string();
                wasm_bindgen_futures::spawn_local(async move {
                    listed.set(match shelves.list(&board).await {
                        Ok(list) => Listed::Read(Rc::new(list)),
                        Err(_) => Listed::Failed,
                    });
                });
            }
        });
    }
    let now = storage::now();
    let now_offset = utc_offset(now);
    let when = move |s: &Snapshot| tl.when(s.time, utc_offset(s.time), now, now_offset);
    let choose = {
        let (chosen, shelves, board, lang) = (chosen.clone(), props.shelves.clone(), props.board_id.clone(), props.lang);
        Callback::from(move |id: String| {
            let Some(shelves) = shelves.clone() else { return };
            chosen.set(Some((id.clone(), Preview::Reading)));
            let (chosen, board) = (chosen.clone(), board.to_string());
            wasm_bindgen_futures::spawn_local(async move {
                let preview = match shelves.text(&board, &id).await.ok().and_then(|text| Some((import_file(text.as_bytes()).ok()?, text))) {
                    Some((imported, text)) => {
                        let picture = svg_address(&to_svg(&imported.board, &lang.export_words()));
                        Preview::Shown(Rc::new(text), picture.into())
                    }
                    None => Preview::Unreadable,
                };
                chosen.set(Some((id, preview)));
            });
        })
    };
    let snapshots = match &*listed {
        Listed::Read(list) => list.clone(),
        _ => Rc::new(Vec::new()),
    };
    let chosen_snapshot = chosen.as_ref().and_then(|(id, _)| snapshots.iter().find(|s| &s.id == id));
    let restore = |as_new: bool| {
        let on = props.on_restore.clone();
        let picked = match (&*chosen, chosen_snapshot) {
            (Some((_, Preview::Shown(text, _))), Some(s)) => Some(Restore { text: text.clone(), when: when(s), as_new }),
            _ => None,
        };
        let disabled = picked.is_none();
        (disabled, Callback::from(move |_: MouseEvent| {
            if let Some(picked) = picked.clone() {
                on.emit(picked);
            }
        }))
    };
    let (cannot_restore, restore_here) = restore(false);
    let (_, restore_new) = restore(true);
    let close = props.on_close.reform(|_: MouseEvent| ());
    let list = match (&*listed, &props.shelves) {
        (_, None) => html! { <p class="timeline-message">{ tl.unavailable }</p> },
        (Listed::Reading, _) => html! { <p class="timeline-message">{ tl.loading }</p> },
        (Listed::Failed, _) => html! { <p class="timeline-message">{ tl.list_failed }</p> },
        (Listed::Read(list), _) if list.is_empty() => html! { <p class="timeline-message">{ tl.none }</p> },
        (Listed::Read(list), _) => html! {
            <ol class="timeline-list" aria-label={tl.title}>
                { for list.iter().map(|s| {
                    let pressed = chosen.as_ref().is_some_and(|(id, _)| *id == s.id);
                    let onclick = choose.reform({ let id = s.id.clone(); move |_: MouseEvent| id.clone() });
                    html! {
                        <li><button type="button" class="timeline-entry" aria-pressed={pressed.to_string()} {onclick}>
                            <span class="timeline-when">{ when(s) }</span>
                            <span class="timeline-moment">{ tl.moment(s.moment) }</span>
                            <span class="timeline-cards">{ tl.card_count(props.lang, s.cards) }</span>
                        </button></li>
                    }
                }) }
            </ol>
        },
    };
    let preview = match (&*chosen, chosen_snapshot) {
        (Some((_, Preview::Shown(_, picture))), Some(s)) => {
            html! { <img src={picture.to_string()} alt={fill(tl.preview_of, &[("when", &when(s))])} /> }
        }
        (Some((_, Preview::Unreadable)), _) => html! { <p class="timeline-message" role="alert">{ tl.unreadable }</p> },
        (Some(_), _) => html! { <p class="timeline-message">{ tl.loading }</p> },
        (None, _) => html! { <p class="timeline-message">{ tl.choose }</p> },
    };
    html! {
        <Modal class="wide timeline-dialog" title_id="timeline-title" on_close={props.on_close.clone()}>
            <h2 id="timeline-title">{ tl.title }</h2>
            <p class="timeline-intro">{ tl.intro }</p>
            <div class="timeline-body">
                <div class="timeline-side">{ list }</div>
                <div class="timeline-preview" aria-live="polite">{ preview }</div>
            </div>
            <div class="dialog-buttons">
                <button type="button" onclick={close}>{ t.close }</button>
                <button type="button" disabled={cannot_restore} onclick={restore_new}>{ tl.restore_new }</button>
                <button type="button" class="primary" disabled={cannot_restore} onclick={restore_here}>{ tl.restore }</button>
            </div>
        </Modal>
    }
}
