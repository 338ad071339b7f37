//! The toolbar: add cards (for the chosen party), undo and redo, and the
//! board file (export and open).

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::kind_icon::KindIcon;
use crate::app::boards::{read_file, FileOpener, OpenMode};
use crate::app::state::{AppState, Msg, Notice};
use crate::app::{new_card, Shared};
use crate::core::action::Action;
use crate::core::file::export_board;
use crate::core::geometry::Rect;
use crate::core::layout::free_spot;
use crate::core::model::{Board, CardKind, PartyId, CARD_SIZE};
use crate::i18n::Lang;
use crate::platform::files::{chosen_file, download};

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub board: Shared<Board>,
    pub active_party: Option<PartyId>,
    pub can_undo: bool,
    pub can_redo: bool,
    pub lang: Lang,
    pub visible: Rc<RefCell<Rect>>,
    pub dispatch: UseReducerDispatcher<AppState>,
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let t = props.lang.texts();
    let file_input = use_node_ref();
    let d = props.dispatch.clone();

    let add_buttons = CardKind::ADDABLE.iter().map(|&kind| {
        let needs_party = kind.belongs_to_party() && props.active_party.is_none();
        let (d, board, visible, party) =
            (d.clone(), props.board.clone(), props.visible.clone(), props.active_party.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            let centre = visible.borrow().centre();
            let spot = free_spot(&board, centre, CARD_SIZE);
            let card = new_card(kind, spot.offset(CARD_SIZE.width / 2.0, CARD_SIZE.height / 2.0), party.clone());
            let id = card.id.clone();
            d.dispatch(Msg::DoAndSelect(Action::AddCard(card), id.clone()));
            d.dispatch(Msg::Edit(Some(id)));
        });
        let label = format!("{} {}", t.add, t.kind(kind).to_lowercase());
        let title = if needs_party { t.add_party_first.to_owned() } else { label.clone() };
        html! {
            <button type="button" class={classes!("tool", "add-card", format!("kind-{:?}", kind).to_lowercase())}
                    disabled={needs_party} aria-label={label} title={title} {onclick}>
                <KindIcon kind={kind} /><span>{ t.kind(kind) }</span>
            </button>
        }
    });

    let party_select = (!props.board.parties.is_empty()).then(|| {
        let d = d.clone();
        let parties = props.board.parties.clone();
        let onchange = Callback::from(move |e: Event| {
            let i = e.target_unchecked_into::<HtmlSelectElement>().selected_index();
            if let Some(p) = usize::try_from(i).ok().and_then(|i| parties.get(i)) {
                d.dispatch(Msg::SetActiveParty(p.id.clone()));
            }
        });
        let colour = props
            .active_party
            .as_ref()
            .and_then(|p| props.board.party(p))
            .map(|p| p.colour.clone())
            .unwrap_or_default();
        html! {
            <label class="for-party"><span>{ t.for_party }</span>
                <span class="swatch" style={format!("background: {colour}")} />
                <select {onchange} aria-label={format!("{} ({})", t.party, t.for_party)}>
                    { for props.board.parties.iter().map(|p| html! {
                        <option selected={props.active_party.as_ref() == Some(&p.id)}>{ p.name.clone() }</option>
                    }) }
                </select>
            </label>
        }
    });

    let undo = {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(Msg::Undo))
    };
    let redo = {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.dispatch(Msg::Redo))
    };
    let export = {
        let (d, board, lang) = (d.clone(), props.board.clone(), props.lang);
        Callback::from(move |_: MouseEvent| {
            let name = format!("{}.json", board.file_stem());
            if let Err(e) = download(&name, "application/json", &export_board(&board)) {
                d.dispatch(Msg::Notify(Notice { text: format!("{}: {e}", lang.texts().export), error: true }));
            }
        })
    };
    // The file input serves "open" and "merge"; this says which was asked.
    let file_mode = use_mut_ref(|| OpenMode::NewBoard);
    let pick_file = |mode: OpenMode| {
        let (file_input, file_mode) = (file_input.clone(), file_mode.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = file_input.cast::<HtmlInputElement>() {
                *file_mode.borrow_mut() = mode;
                input.set_value("");
                input.click();
            }
        })
    };
    let open = pick_file(OpenMode::NewBoard);
    let merge = pick_file(OpenMode::Merge);
    let opener = use_context::<FileOpener>();
    let on_file = Callback::from(move |e: Event| {
        let input = e.target_unchecked_into::<HtmlInputElement>();
        let Some(file) = chosen_file(&input) else { return };
        let (Some(opener), mode) = (opener.clone(), *file_mode.borrow()) else { return };
        wasm_bindgen_futures::spawn_local(async move { opener.0.emit(read_file(file, mode).await) });
    });
    html! {
        <nav class="toolbar" aria-label={t.toolbar}>
            <div class="tool-group add-group">
                { party_select }
                { for add_buttons }
            </div>
            <div class="tool-group">
                <button type="button" class="tool" onclick={undo} disabled={!props.can_undo} aria-label={t.undo} title={format!("{} (Ctrl+Z)", t.undo)}>
                    <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M9 14 4 9l5-5"/><path d="M4 9h10a6 6 0 0 1 0 12h-3"/></svg>
                    <span>{ t.undo }</span>
                </button>
                <button type="button" class="tool" onclick={redo} disabled={!props.can_redo} aria-label={t.redo} title={format!("{} (Ctrl+Shift+Z)", t.redo)}>
                    <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="m15 14 5-5-5-5"/><path d="M20 9H10a6 6 0 0 0 0 12h3"/></svg>
                    <span>{ t.redo }</span>
                </button>
            </div>
            <div class="tool-group">
                <button type="button" class="tool" onclick={export} aria-label={t.export}>
                    <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M12 4v11M7 10l5 5 5-5M5 20h14"/></svg>
                    <span>{ t.export }</span>
                </button>
                <button type="button" class="tool" onclick={open} aria-label={t.import}>
                    <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M12 20V9M7 14l5-5 5 5M5 4h14"/></svg>
                    <span>{ t.import }</span>
                </button>
                <button type="button" class="tool" onclick={merge} aria-label={props.lang.storage().merge_file}>
                    <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M6 4v6a6 6 0 0 0 6 6h6M18 4v16M14 12l4 4-4 4"/></svg>
                    <span>{ props.lang.storage().merge_file }</span>
                </button>
                <input type="file" ref={file_input} class="file-input" accept=".json,application/json" onchange={on_file} tabindex="-1" aria-hidden="true" />
            </div>
        </nav>
    }
}
