//! The app's root: loads the board from the browser, saves every change,
//! handles the keyboard shortcuts, and lays out the header, toolbar, party
//! legend, canvas and details panel.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::canvas::{in_text_field, Canvas};
use super::check_panel::CheckPanel;
use super::header::Header;
use super::inspector::Inspector;
use super::lens_controls::LensControls;
use super::matrix_dialog::MatrixDialog;
use super::notice_bar::NoticeBar;
use super::party_legend::PartyLegend;
use super::presentation_bar::PresentationBar;
use super::print_report::PrintReport;
use super::remove_party_dialog::RemovePartyDialog;
use super::share_link_prompt::ShareLinkPrompt;
use super::steps_bar::StepsBar;
use super::timer_display::TimerDisplay;
use super::toolbar::Toolbar;
use super::vote_results::VoteResults;
use super::voting_bar::VotingBar;
use super::access_switches::AccessSwitches;
use super::help_dialog::HelpDialog;
use super::outline_view::OutlineView;
use crate::app::keyboard;
use crate::app::shortcuts::{command_for, Command, KeyPress};
use crate::app::state::{AppState, Dialog, Msg, Notice};
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

    // Save every change of the board.
    {
        let (d, lang) = (dispatch.clone(), state.lang);
        use_effect_with(state.board.clone(), move |board| {
            if let Err(storage::SaveError::Full | storage::SaveError::Unavailable) = storage::save_board(&export_board(board)) {
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
    // Keyboard shortcuts, from the one registry, run against the latest state.
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    {
        let (d, visible) = (dispatch.clone(), visible.clone());
        use_effect_with((), move |_| {
            // Not passive, so that a handled key loses its usual meaning.
            let options = gloo::events::EventListenerOptions::enable_prevent_default();
            let listener = gloo::events::EventListener::new_with_options(&gloo::utils::window(), "keydown", options, move |e| {
                let Some(k) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                let press = KeyPress { key: k.key(), ctrl: k.ctrl_key() || k.meta_key(), shift: k.shift_key(), alt: k.alt_key() };
                // In a text field, keys type text; fields handle their own Escape.
                if in_text_field(e.target()) {
                    return;
                }
                let Some(command) = command_for(&press) else { return };
                let target = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                let within = |selector: &str| target.as_ref().and_then(|t| t.closest(selector).ok().flatten()).is_some();
                // Dialogs and menus handle their own keys.
                if within("[role=dialog], [role=menu]") {
                    return;
                }
                // On a button or checkbox, Enter, Delete and the arrows keep their own meaning.
                let native = matches!(command, Command::Edit | Command::Delete | Command::Arrow | Command::BigArrow | Command::Menu);
                if native && within("input, select, button, a[href], summary") {
                    return;
                }
                let state = latest.borrow().clone();
                // Escape in the details panel goes back to the card.
                if command == Command::Escape && within(".details-side") {
                    if let Some(card) = state.selected.iter().next() {
                        platform::page::focus_card(&card.0);
                        e.prevent_default();
                        return;
                    }
                }
                let area = *visible.borrow();
                if keyboard::run(command, &press, &state, area, &d) {
                    e.prevent_default();
                }
            });
            move || drop(listener)
        });
    }

    let lang = state.lang;
    let presenting = state.presenting;
    let has_selection = (!state.selected.is_empty() || state.selected_link.is_some()) && presenting.is_none();
    // In presentation mode, the stops after the parties show one question each.
    let question = presenting.and_then(|stop| stop.checked_sub(1 + state.board.parties.len()));
    let step_class = state.step.map(|s| format!("step-{}", s + 1));
    html! {
        <div class={classes!("app", step_class, presenting.is_some().then_some("presenting"))}>
            <Header title={state.board.title.clone()} challenge={state.board.challenge.clone()} lang={lang} dispatch={dispatch.clone()}>
                <AccessSwitches outline={state.outline} lang={lang} dispatch={dispatch.clone()} />
            </Header>
            <Toolbar board={state.board.clone()} active_party={state.active_party.clone()} can_undo={state.history.can_undo()}
                can_redo={state.history.can_redo()} lang={lang} visible={visible.clone()} dispatch={dispatch.clone()} />
            <main class="workspace">
                <aside class="sidebar legend-side">
                    <LensControls board={state.board.clone()} lens={state.lens.clone()} lang={lang} dispatch={dispatch.clone()} />
                    <PartyLegend board={state.board.clone()} active_party={state.active_party.clone()} new_party={state.new_party.clone()}
                        focus={state.lens.focus.clone()} lang={lang} dispatch={dispatch.clone()} />
                    <CheckPanel board={state.board.clone()} lang={lang} dispatch={dispatch.clone()} />
                    <VoteResults board={state.board.clone()} lang={lang} dispatch={dispatch.clone()} />
                </aside>
                <div class="stage">
                    if presenting.is_none() {
                        <StepsBar step={state.step} lang={lang} dispatch={dispatch.clone()} />
                    }
                    <div class="canvas-area">
                    <Canvas board={state.board.clone()} selected={state.selected.clone()} selected_link={state.selected_link.clone()}
                        editing={state.editing.clone()} active_party={state.active_party.clone()} lang={lang}
                        lens={state.lens.clone()} voting={state.voting.clone()} read_only={presenting.is_some()}
                        view_request={state.view_request.clone()} visible={visible} dispatch={dispatch.clone()}
                        key_mode={state.key_mode.clone()} />
                    if state.outline {
                        <OutlineView board={state.board.clone()} lang={lang} dispatch={dispatch.clone()} />
                    }
                    <div class="stage-top">
                        <VotingBar round={state.voting.clone()} lang={lang} dispatch={dispatch.clone()}
                            starting={state.dialog == Some(Dialog::StartVoting)} />
                        <TimerDisplay end={state.timer_end} lang={lang} dispatch={dispatch.clone()}
                            setting={state.dialog == Some(Dialog::SetTimer)} />
                    </div>
                    if has_selection {
                        <aside class="sidebar details-side">
                            <Inspector board={state.board.clone()} selected={state.selected.clone()} selected_link={state.selected_link.clone()}
                                lang={lang} dispatch={dispatch.clone()} />
                        </aside>
                    }
                    if let Some(q) = question {
                        <div class="presented-question">
                            <CheckPanel board={state.board.clone()} lang={lang} only={Some(q)} dispatch={dispatch.clone()} />
                        </div>
                    }
                    if let Some(stop) = presenting {
                        <PresentationBar board={state.board.clone()} stop={stop} lang={lang} dispatch={dispatch.clone()} />
                    }
                    </div>
                </div>
            </main>
            if let Some(notice) = state.notice.clone() {
                <NoticeBar notice={notice} lang={lang} dispatch={dispatch.clone()} />
            }
            if let Some(party) = state.removing_party.clone() {
                <RemovePartyDialog board={state.board.clone()} party={party} lang={lang} dispatch={dispatch.clone()} />
            }
            if state.dialog == Some(Dialog::Matrix) {
                <MatrixDialog board={state.board.clone()} lang={lang} dispatch={dispatch.clone()} />
            }
            <ShareLinkPrompt lang={lang} dispatch={dispatch.clone()} />
            <PrintReport board={state.board.clone()} lang={lang} />
            if state.dialog == Some(Dialog::Help) {
                <HelpDialog lang={lang} dispatch={dispatch.clone()} />
            }
        </div>
    }
}
