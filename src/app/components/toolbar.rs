//! The toolbar along the bottom of the board, in one row: add cards (for
//! the chosen party), undo and redo, export, and a "more" menu with the
//! workshop's tools and the board file (open, merge).

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::export_menu::ExportMenu;
use super::kind_icon::kind_icon;
use super::menu_button::MenuButton;
use crate::app::boards::{open_example, read_file, FileOpener, OpenMode};
use crate::app::session::{Dialog, Msg};
use crate::app::Shared;
use crate::core::model::{Board, CardKind, Named, PartyId};
use crate::app::shortcuts::{key_for, Command};
use crate::i18n::Lang;
use crate::platform::files::chosen_file;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub board: Shared<Board>,
    pub active_party: Option<PartyId>,
    pub can_undo: bool,
    pub can_redo: bool,
    pub lang: Lang,
    pub send: Callback<Msg>,
}

#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let t = props.lang.texts();
    let file_input = use_node_ref();
    let d = props.send.clone();

    let add_buttons = CardKind::ADDABLE.iter().map(|&kind| {
        let needs_party = kind.belongs_to_party() && props.active_party.is_none();
        let d = d.clone();
        let onclick = Callback::from(move |_: MouseEvent| d.emit(Msg::AddCard { kind, at: None }));
        let label = format!("{} {}", t.add, t.kind(kind).to_lowercase());
        // The key shows on the button: it is the same in every language
        // ("I" for Belang too), so it is never guessed from the word.
        let key = key_for(Command::Add(kind));
        let title = match (needs_party, key) {
            (true, _) => t.add_party_first.to_owned(),
            (false, Some(key)) => format!("{label} ({key})"),
            (false, None) => label.clone(),
        };
        html! {
            <button type="button" class={classes!("tool", "add-card", format!("kind-{}", kind.name()))}
                    disabled={needs_party} aria-label={label} aria-keyshortcuts={key} title={title} {onclick}>
                { kind_icon(kind) }<span>{ t.kind(kind) }</span>
                if let Some(key) = key { <kbd class="tool-key" aria-hidden="true">{ key }</kbd> }
            </button>
        }
    });

    // The list shows the party cards go to, also after a click in the legend:
    // once someone has chosen in the list, the browser no longer follows the
    // options' `selected`, so its value is set.
    let party_list = use_node_ref();
    {
        let party_list = party_list.clone();
        let active = props.active_party.as_ref().map(|p| p.0.clone()).unwrap_or_default();
        use_effect_with((active, props.board.parties.len()), move |(active, _)| {
            if let Some(list) = party_list.cast::<HtmlSelectElement>() {
                list.set_value(active);
            }
        });
    }
    let party_select = (!props.board.parties.is_empty()).then(|| {
        let d = d.clone();
        let parties = props.board.parties.clone();
        let onchange = Callback::from(move |e: Event| {
            let i = e.target_unchecked_into::<HtmlSelectElement>().selected_index();
            if let Some(p) = usize::try_from(i).ok().and_then(|i| parties.get(i)) {
                d.emit(Msg::SetActiveParty(p.id.clone()));
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
                <select {onchange} ref={party_list.clone()} aria-label={format!("{} ({})", t.party, t.for_party)}>
                    { for props.board.parties.iter().map(|p| html! {
                        <option value={p.id.0.clone()} selected={props.active_party.as_ref() == Some(&p.id)}>{ p.name.clone() }</option>
                    }) }
                </select>
            </label>
        }
    });

    let w = props.lang.workshop();
    let send = |msg: fn(Lang) -> Vec<Msg>| {
        let (d, lang) = (d.clone(), props.lang);
        Callback::from(move |_: MouseEvent| {
            for m in msg(lang) {
                d.emit(m);
            }
        })
    };
    let arrange = {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.emit(Msg::Arrange))
    };
    let undo = {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.emit(Msg::Undo))
    };
    let redo = {
        let d = d.clone();
        Callback::from(move |_: MouseEvent| d.emit(Msg::Redo))
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
    let open_example_board = {
        let (opener, d, lang) = (use_context::<FileOpener>(), d.clone(), props.lang);
        Callback::from(move |_: MouseEvent| open_example(opener.as_ref(), &d, lang))
    };
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
                <button type="button" class="tool undo" onclick={undo} disabled={!props.can_undo} aria-label={t.undo} title={format!("{} (Ctrl+Z)", t.undo)}>
                    <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M9 14 4 9l5-5"/><path d="M4 9h10a6 6 0 0 1 0 12h-3"/></svg>
                    <span>{ t.undo }</span>
                </button>
                <button type="button" class="tool redo" onclick={redo} disabled={!props.can_redo} aria-label={t.redo} title={format!("{} (Ctrl+Shift+Z)", t.redo)}>
                    <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="m15 14 5-5-5-5"/><path d="M20 9H10a6 6 0 0 0 0 12h3"/></svg>
                    <span>{ t.redo }</span>
                </button>
            </div>
            <div class="tool-group">
                <ExportMenu board={props.board.clone()} lang={props.lang} send={d.clone()} />
                <MenuButton label={t.more} class="more-menu"
                    icon={html! { <svg viewBox="0 0 24 24" width="18" height="18" fill="currentColor" aria-hidden="true"><circle cx="5" cy="12" r="2"/><circle cx="12" cy="12" r="2"/><circle cx="19" cy="12" r="2"/></svg> }}>
                <button type="button" class="tool arrange" onclick={arrange} title={w.arranged}>
                    <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><rect x="9" y="9" width="6" height="6" rx="1"/><rect x="2" y="3" width="5" height="4" rx="1"/><rect x="17" y="3" width="5" height="4" rx="1"/><rect x="2" y="17" width="5" height="4" rx="1"/><rect x="17" y="17" width="5" height="4" rx="1"/></svg>
                    <span>{ w.arrange }</span>
                </button>
                <button type="button" class="tool matrix-tool" onclick={send(|_| vec![Msg::OpenDialog(Some(Dialog::Matrix))])}>
                    <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2"><rect x="3" y="4" width="18" height="16" rx="2"/><path d="M3 10h18M3 15h18M9 4v16M15 4v16"/></svg>
                    <span>{ w.matrix }</span>
                </button>
                <button type="button" class="tool" onclick={send(|_| vec![Msg::OpenDialog(Some(Dialog::StartVoting))])}>
                    <svg viewBox="0 0 24 24" width="18" height="18" fill="currentColor"><circle cx="7" cy="12" r="3"/><circle cx="17" cy="8" r="3"/><circle cx="15" cy="17" r="3"/></svg>
                    <span>{ w.voting }</span>
                </button>
                <button type="button" class="tool" onclick={send(|_| vec![Msg::OpenDialog(Some(Dialog::SetTimer))])}>
                    <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><circle cx="12" cy="13" r="8"/><path d="M12 9v4l2 2M9 2h6"/></svg>
                    <span>{ w.timer }</span>
                </button>
                <button type="button" class="tool" onclick={send(|_| vec![Msg::Present(Some(0))])}>
                    <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><rect x="3" y="4" width="18" height="12" rx="1"/><path d="M12 16v4M8 20h8"/></svg>
                    <span>{ w.present }</span>
                </button>
                <button type="button" class="tool example" onclick={open_example_board}>
                    <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M4 19V5a2 2 0 0 1 2-2h12v16H6a2 2 0 0 0-2 2zm0 0a2 2 0 0 0 2 2h12"/></svg>
                    <span>{ w.example_board }</span>
                </button>
                <button type="button" class="tool" onclick={open} aria-label={t.import}>
                    <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M12 20V9M7 14l5-5 5 5M5 4h14"/></svg>
                    <span>{ t.import }</span>
                </button>
                <button type="button" class="tool rows-tool" onclick={send(|_| vec![Msg::OpenDialog(Some(Dialog::Rows))])}>
                    <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2"><rect x="3" y="4" width="18" height="16" rx="2"/><path d="M3 9h18M3 14h18M9 9v11"/></svg>
                    <span>{ props.lang.rows().menu }</span>
                </button>
                <button type="button" class="tool" onclick={merge} aria-label={props.lang.storage().merge_file}>
                    <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M6 4v6a6 6 0 0 0 6 6h6M18 4v16M14 12l4 4-4 4"/></svg>
                    <span>{ props.lang.storage().merge_file }</span>
                </button>
                <button type="button" class="tool timeline-tool" onclick={send(|_| vec![Msg::OpenDialog(Some(Dialog::Timeline))])}>
                    <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M3 12a9 9 0 1 0 3-6.7L3 8"/><path d="M3 3v5h5M12 7v5l3 2"/></svg>
                    <span>{ props.lang.timeline().open }</span>
                </button>
                </MenuButton>
                <input type="file" ref={file_input} class="file-input" accept=".json,application/json" onchange={on_file} tabindex="-1" aria-hidden="true" />
            </div>
        </nav>
    }
}
