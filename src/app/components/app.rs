//! The app's root: loads the board from the browser, saves every change,
//! handles the keyboard shortcuts, and lays out the header, toolbar, party
//! legend, canvas and details panel.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::canvas::{in_text_field, Canvas};
use super::header::Header;
use super::inspector::Inspector;
use super::notice_bar::NoticeBar;
use super::party_legend::PartyLegend;
use super::remove_party_dialog::RemovePartyDialog;
use super::toolbar::Toolbar;
use crate::app::shortcuts::{command_for, Command, KeyPress};
use crate::app::state::{AppState, Msg, Notice, ViewRequest};
use crate::core::file::{export_board, import_board};
use crate::core::geometry::Rect;
use crate::core::model::Board;
use crate::i18n::Lang;
use crate::platform::{self, storage};

/// The board saved in this browser, or a new one, with a message when
/// something about the saved board needs saying.
fn load() -> (Board, Option<Notice>, Lang) {
    let lang = storage::load_language()
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_else(|| Lang::from_browser(&platform::browser_language()));
    let t = lang.texts();
    let fresh = || Board::new(t.default_board_title, "");
    match storage::load_board() {
        Ok(Some(text)) => match import_board(text.as_bytes()) {
            Ok(board) => (board, None, lang),
            Err(e) => {
                storage::keep_unreadable(&text);
                let text = crate::i18n::fill(t.storage_corrupt, &[("reason", &t.import_error(&e))]);
                (fresh(), Some(Notice { text, error: true }), lang)
            }
        },
        Ok(None) => (fresh(), None, lang),
        Err(_) => (fresh(), Some(Notice { text: t.storage_unavailable.to_owned(), error: true }), lang),
    }
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| {
        let (board, notice, lang) = load();
        let mut s = AppState::new(board, lang);
        s.notice = notice;
        s
    });
    let visible = use_mut_ref(Rect::default);
    let dispatch = state.dispatcher();

    // Save every change of the board. (Board changes come from actions, one
    // per gesture, never from pointer moves: a drag changes it once, at the drop.)
    {
        let (d, lang) = (dispatch.clone(), state.lang);
        use_effect_with(state.board.clone(), move |board| {
            let saved = platform::perf::measured("ambition-map.autosave", || storage::save_board(&export_board(board)));
            if let Err(storage::SaveError::Full | storage::SaveError::Unavailable) = saved {
                let text = lang.texts().storage_full.to_owned();
                d.dispatch(Msg::Notify(Notice { text, error: true }));
            }
        });
    }
    // The page speaks the interface's language.
    use_effect_with(state.lang, |lang| {
        platform::set_document_language(lang.code(), lang.texts().app_name);
        storage::save_language(lang.code());
    });
    // Keyboard shortcuts, from the one registry.
    {
        let d = dispatch.clone();
        use_effect_with((), move |_| {
            let listener = gloo::events::EventListener::new(&gloo::utils::window(), "keydown", move |e| {
                let Some(k) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                let press = KeyPress { key: k.key(), ctrl: k.ctrl_key() || k.meta_key(), shift: k.shift_key(), alt: k.alt_key() };
                let typing = in_text_field(e.target());
                let Some(command) = command_for(&press) else { return };
                // In a text field, keys type text; only Escape leaves the field alone too.
                if typing {
                    return;
                }
                e.prevent_default();
                d.dispatch(match command {
                    Command::Undo => Msg::Undo,
                    Command::Redo => Msg::Redo,
                    Command::Delete => Msg::DeleteSelection,
                    Command::Edit => Msg::EditSelection,
                    Command::Deselect => Msg::ClearSelection,
                    Command::ZoomIn => Msg::View(ViewRequest::ZoomIn),
                    Command::ZoomOut => Msg::View(ViewRequest::ZoomOut),
                    Command::ZoomFit => Msg::View(ViewRequest::FitBoard),
                });
            });
            move || drop(listener)
        });
    }

    let lang = state.lang;
    let has_selection = !state.selected.is_empty() || state.selected_link.is_some();
    html! {
        <div class="app">
            <Header title={state.board.title.clone()} challenge={state.board.challenge.clone()} lang={lang} dispatch={dispatch.clone()} />
            <Toolbar board={state.board.clone()} active_party={state.active_party.clone()} can_undo={state.history.can_undo()}
                can_redo={state.history.can_redo()} lang={lang} visible={visible.clone()} dispatch={dispatch.clone()} />
            <main class="workspace">
                <aside class="sidebar legend-side">
                    <PartyLegend board={state.board.clone()} active_party={state.active_party.clone()} new_party={state.new_party.clone()}
                        lang={lang} dispatch={dispatch.clone()} />
                </aside>
                <Canvas board={state.board.clone()} selected={state.selected.clone()} selected_link={state.selected_link.clone()}
                    editing={state.editing.clone()} active_party={state.active_party.clone()} lang={lang}
                    lens={state.lens.clone()} voting={state.voting.clone()} read_only={state.presenting.is_some()}
                    view_request={state.view_request.clone()} visible={visible} dispatch={dispatch.clone()} />
                if has_selection {
                    <aside class="sidebar details-side">
                        <Inspector board={state.board.clone()} selected={state.selected.clone()} selected_link={state.selected_link.clone()}
                            lang={lang} dispatch={dispatch.clone()} />
                    </aside>
                }
            </main>
            if let Some(notice) = state.notice.clone() {
                <NoticeBar notice={notice} lang={lang} dispatch={dispatch.clone()} />
            }
            if let Some(party) = state.removing_party.clone() {
                <RemovePartyDialog board={state.board.clone()} party={party} lang={lang} dispatch={dispatch.clone()} />
            }
        </div>
    }
}
