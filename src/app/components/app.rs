//! The app's root: holds the live session and the boards in this browser,
//! carries out the session's effects, answers the board list, the storage
//! messages and the merge dialog, and lays out the header, toolbar, party
//! legend, canvas and details panel. Saving, other tabs, the keyboard and
//! dropped files are hooks of their own (`app::hooks`).

use yew::prelude::*;

use super::canvas::Canvas;
use super::check_panel::CheckPanel;
use super::check_status::CheckStatus;
use super::header::{header, HeaderProps};
use super::inspector::{inspector, InspectorProps};
use super::lens_controls::{lens_controls, LensControlsProps};
use super::matrix_dialog::{matrix_dialog, MatrixDialogProps};
use super::modal::Modal;
use super::notice_bar::{notice_bar, use_notice_fading, NoticeBarProps};
use super::party_legend::PartyLegend;
use super::presentation_bar::{presentation_bar, PresentationBarProps};
use super::print_report::PrintReport;
use super::remove_party_dialog::RemovePartyDialog;
use super::share_link_prompt::ShareLinkPrompt;
use super::steps_bar::{steps_bar, StepsBarProps};
use super::timer_display::TimerDisplay;
use super::toolbar::Toolbar;
use super::update_prompt::UpdatePrompt;
use super::vote_results::{vote_results, VoteResultsProps};
use super::voting_bar::VotingBar;
use super::watching_bar::WatchingBar;
use super::access_switches::AccessSwitches;
use super::help_dialog::{help_dialog, HelpDialogProps};
use super::rows_dialog::{rows_dialog, RowsDialogProps};
use super::outline_view::OutlineView;
use crate::app::hooks::autosave::use_autosave;
use crate::app::hooks::board_hold::use_board_hold;
use crate::app::hooks::file_drop::use_file_drop;
use crate::app::hooks::other_tabs::use_other_tabs;
use crate::app::hooks::shortcuts::use_shortcuts;
use crate::app::hooks::snapshots::{keep_before, restore, use_snapshots};
use super::timeline_dialog::TimelineDialog;
use crate::platform::snapshots::Shelves;
use crate::app::live::use_session;
use crate::app::session::{Dialog, Effect, Msg, Notice, Panel, Session, ViewRequest};
use crate::app::Shared;
use crate::core::model::Board;
use crate::i18n::Lang;
use crate::platform::{self, storage};
// Keeping boards: the store, its messages and dialogs, files.
use std::cell::RefCell;
use std::rc::Rc;


use super::board_list::{BoardList, ListAction};
use super::merge_dialog::{conflict_words, merge_dialog, summary_lines, MergeChoice, MergeDialogProps};
use super::report_panel::{report_panel, ReportPanelProps};
use super::board_switch::{BoardSwitch, BoardSwitchContext};
use super::storage_banner::{storage_banner, BannerAction, StorageBannerProps};
use crate::app::boards::{
    relist, repair_lines, title_or, Banner, FileOpener, FileRequest, Listing, OpenMode, PendingMerge, Report, SaveStatus, Store, StorageUi,
    UiMsg,
};
use crate::core::action::Action;
use crate::core::board_hold::Hold;
use crate::core::file::{export_board, import_file, Imported};
use crate::core::merge::{apply_merge, plan_merge, Side};
use crate::i18n::fill;
use crate::platform::files::download;

/// The interface's language: the one chosen before, else the browser's.
fn language() -> Lang {
    storage::load_language()
        .and_then(|code| Lang::from_code(&code))
        .unwrap_or_else(|| Lang::from_browser(&platform::browser_language()))
}

/// Offers the saved text of a board that cannot be read as a download.
fn download_unreadable(store: &Store, id: &str) -> Result<(), platform::Refused> {
    let text = store.raw_text(id).unwrap_or_default();
    download(&format!("{id}-unreadable.txt"), "text/plain", &text)
}

/// Opens a board read from a file (its name, what was read, the file's
/// bytes when they are at hand) as a new board.
type OpenNew = dyn Fn(String, Imported, Option<Vec<u8>>);

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Where the boards are kept, opened before the app starts.
    pub storage: storage::BoardStorage,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    // The boards in this browser, read once: the store, and the board and
    // messages to start with.
    let boot = use_memo((), |_| {
        let lang = language();
        let (store, board, banners) = Store::load(props.storage.clone(), lang.texts().default_board_title, storage::now());
        (lang, Rc::new(RefCell::new(store)), RefCell::new(Some((board, banners))))
    });
    let store = boot.1.clone();
    // The boards' snapshots, where the browser keeps them.
    let shelves = (*use_memo((), |_| Shelves::of(&props.storage))).clone();
    let start = use_mut_ref(|| boot.2.borrow_mut().take());
    // What the canvas is asked to show: each request a new value.
    let view = use_state(|| None::<Shared<ViewRequest>>);
    let carry_out = {
        let (view, store, shelves) = (view.clone(), store.clone(), shelves.clone());
        Callback::from(move |effect: Effect| match effect {
            Effect::Snapshot { before, moment } => keep_before(&store.borrow(), shelves.as_ref(), &before, moment),
            Effect::View(request) => view.set(Some(Shared::from(request))),
            Effect::FocusDetails => {
                platform::page::focus_first(".details-side input, .details-side select, .details-side textarea, .details-side button");
            }
        })
    };
    let live = use_session(
        || {
            let board = start.borrow().as_ref().map(|(b, _)| b.clone()).unwrap_or_default();
            // As it was left; the first time, open on a board without parties (the first step).
            let open = storage::load_parties_open().unwrap_or(board.parties.is_empty());
            let panel = open.then_some(Panel::Parties);
            Session { panel, ..Session::new(board, boot.0) }
        },
        carry_out,
    );
    let state = live.session.clone();
    let ui = use_reducer(|| {
        let banners = start.borrow().as_ref().map(|(_, b)| b.clone()).unwrap_or_default();
        let status = if store.borrow().available { SaveStatus::Saved } else { SaveStatus::Unavailable };
        StorageUi::new(status, banners, store.borrow().listing())
    });
    let dispatch = live.send.clone();
    let close_dialog = dispatch.reform(|_: ()| Msg::OpenDialog(None));
    use_notice_fading(state.notice.clone(), dispatch.clone());
    let u = ui.dispatcher();
    let board = state.board();
    // What listeners registered once need of the session as it is now.
    let latest = {
        let l = live.latest.clone();
        move || l.get().board()
    };
    let latest_lang = {
        let l = live.latest.clone();
        move || l.get().lang
    };
    // Every change saved; `flush` saves now, before another board opens.
    let flush = use_autosave(store.clone(), board.clone(), live.latest.clone(), u.clone());
    // Snapshots: while editing, when the page is hidden, before big steps.
    use_snapshots(store.clone(), shelves.clone(), live.latest.clone());
    // Shows a board: another one from the list, a new one, one from a file.
    let show: Rc<dyn Fn(Board, Option<Notice>)> = {
        let (d, u, store) = (dispatch.clone(), u.clone(), store.clone());
        Rc::new(move |board, notice| {
            // A full storage keeps a new board in memory: say so, and keep trying.
            if store.borrow().unsaved(&board.id) {
                store.borrow_mut().dirty = true;
                u.dispatch(UiMsg::Saved(Err(storage::SaveError::Full)));
            }
            d.emit(Msg::Loaded(board, notice));
            relist(&store, &u);
        })
    };
    // Opens a board read from a file as a new board, leaving the others as they are.
    let open_new: Rc<OpenNew> = {
        let (store, flush, show, u, latest_lang) = (store.clone(), flush.clone(), show.clone(), u.clone(), latest_lang.clone());
        Rc::new(move |name, imported, bytes| {
            let lang = latest_lang();
            flush();
            // The file's own text is stored when it needed no repair.
            let file = bytes.filter(|_| imported.untouched).and_then(|b| String::from_utf8(b).ok());
            let board = store.borrow_mut().add_read(imported.board, file, storage::now());
            store.borrow_mut().opened(&board);
            let title = title_or(&board.title, &name);
            let notice = Notice { text: fill(lang.storage().opened_new, &[("name", &title)]), error: false };
            show(board, Some(notice));
            let report = (!imported.repairs.is_empty()).then(|| {
                Rc::new(Report {
                    title: fill(lang.storage().repaired_title, &[("name", &name)]),
                    lines: repair_lines(&imported.repairs, lang),
                })
            });
            u.dispatch(UiMsg::Report(report));
            u.dispatch(UiMsg::ShowList(false));
        })
    };
    // A file chosen in the toolbar or dropped on the app. Made once: what it
    // uses are handles that stay the same, and a new one on every drawing
    // would draw every component that opens files again with it.
    let opener = {
        let (d, u, latest, latest_lang, open_new) = (dispatch.clone(), u.clone(), latest.clone(), latest_lang.clone(), open_new.clone());
        (*use_memo((), move |_| FileOpener(Callback::from(move |req: FileRequest| {
            let lang = latest_lang();
            if req.mode == OpenMode::Rows {
                if let Ok(bytes) = req.bytes {
                    return d.emit(Msg::ReadRows(bytes));
                }
            }
            match req.bytes.and_then(|bytes| Ok((import_file(&bytes)?, bytes))) {
                Err(e) => {
                    let reason = lang.storage().import_error(lang, &e);
                    let text = fill(lang.texts().import_failed, &[("file", &req.name), ("reason", &reason)]);
                    d.emit(Msg::Notify(Notice { text, error: true }));
                }
                Ok((imported, bytes)) => match req.mode {
                    OpenMode::NewBoard | OpenMode::Rows => open_new(req.name, imported, Some(bytes)),
                    OpenMode::Merge => {
                        let plan = plan_merge(&latest(), &imported.board);
                        u.dispatch(UiMsg::Merge(Some(Rc::new(PendingMerge { file: req.name, imported, plan }))));
                    }
                },
            }
        }))))
        .clone()
    };

    // A board file dropped anywhere on the app opens as a new board.
    {
        let u = u.clone();
        use_file_drop(Callback::from(move |over| u.dispatch(UiMsg::Dragging(over))), opener.0.clone());
    }
    // After the open board was deleted: the next one that can be read, or a new one.
    let open_next: Rc<dyn Fn()> = {
        let (store, show, latest_lang) = (store.clone(), show.clone(), latest_lang.clone());
        Rc::new(move || {
            let next = {
                let s = store.borrow();
                s.library.listed().iter().map(|b| b.id.clone()).find(|b| !s.unreadable.contains_key(b))
            };
            let opened = next.and_then(|n| store.borrow_mut().open(&n).ok());
            let board = opened.unwrap_or_else(|| {
                let board = store.borrow_mut().create(latest_lang().texts().default_board_title, storage::now());
                store.borrow_mut().opened(&board);
                board
            });
            show(board, None);
        })
    };
    // A board file the installed app was opened with opens as a new board.
    use_effect_with(opener.0.clone(), |open| {
        let open = open.clone();
        platform::service_worker::on_launch(move |file| {
            let open = open.clone();
            wasm_bindgen_futures::spawn_local(async move { open.emit(crate::app::boards::read_file(file, OpenMode::NewBoard).await) });
        });
    });
    // Follow other tabs and what earlier visits left in storage.
    {
        let (open_next, flush_first, ui_deleted) = (open_next.clone(), flush.clone(), u.clone());
        let deleted: Rc<dyn Fn(String, String)> = Rc::new(move |id, title| {
            // What this tab had not saved yet goes with the board, to come back with it.
            flush_first();
            open_next();
            ui_deleted.dispatch(UiMsg::Banner(Banner::DeletedElsewhere { id, title }));
        });
        use_other_tabs(store.clone(), live.latest.clone(), flush.clone(), dispatch.clone(), u.clone(), deleted);
    }
    // One tab edits a board at a time; "edit here instead" takes it over.
    let edit_here = use_board_hold(board.id.clone(), store.clone(), live.latest.clone(), flush.clone(), dispatch.clone(), u.clone());
    // The page speaks the interface's language.
    use_effect_with(state.lang, |lang| {
        platform::set_document_language(lang.code(), lang.texts().app_name);
        storage::save_language(lang.code());
    });
    // The high-contrast theme as chosen before (its switch is in a menu).
    use_effect_with((), |_| platform::page::set_high_contrast(platform::page::load_high_contrast()));
    // The parties' panel opens as it was left.
    use_effect_with(state.panel, |panel| match panel {
        Some(Panel::Parties) => storage::save_parties_open(true),
        None => storage::save_parties_open(false),
        Some(Panel::Checks) => {}
    });
    // Keyboard shortcuts, from the one registry, run against the session as it is.
    use_shortcuts(live.latest.clone(), dispatch.clone());

    // The board list.
    let on_list = {
        let (store, flush, show, u, d, latest, latest_lang, open_next) =
            (store.clone(), flush.clone(), show.clone(), u.clone(), dispatch.clone(), latest.clone(), latest_lang.clone(), open_next.clone());
        Callback::from(move |action: ListAction| {
            let lang = latest_lang();
            let st = lang.storage();
            let current = latest().id.clone();
            let now = storage::now();
            match action {
                ListAction::Create => {
                    flush();
                    let board = store.borrow_mut().create(lang.texts().default_board_title, now);
                    store.borrow_mut().opened(&board);
                    show(board, None);
                    u.dispatch(UiMsg::ShowList(false));
                    // Named first: the title is where the typing goes.
                    platform::page::select_text_soon(".board-title");
                }
                ListAction::Open(id) if id == current => u.dispatch(UiMsg::ShowList(false)),
                ListAction::Open(id) => {
                    flush();
                    let opened = store.borrow_mut().open(&id);
                    match opened {
                        Ok(board) => {
                            let text = fill(st.opened_board, &[("title", &title_or(&board.title, st.untitled))]);
                            show(board, Some(Notice { text, error: false }));
                            u.dispatch(UiMsg::ShowList(false));
                        }
                        Err(_) => relist(&store, &u),
                    }
                }
                ListAction::Rename(id, title) => {
                    if id == current {
                        d.emit(Msg::Do(Action::SetTitle(title.clone())));
                        let _ = store.borrow_mut().library.rename(&id, &title, now);
                    } else {
                        let _ = store.borrow_mut().rename(&id, &title, now);
                    }
                    relist(&store, &u);
                }
                ListAction::Duplicate(id) => {
                    flush();
                    let original = if id == current { Some((*latest().0).clone()) } else { store.borrow().board(&id).ok().map(|(b, _)| b) };
                    if let Some(mut copy) = original {
                        copy.id = String::new();
                        copy.title = fill(st.copy_of, &[("title", &title_or(&copy.title, st.untitled))]);
                        store.borrow_mut().add(copy, now);
                        relist(&store, &u);
                    }
                }
                ListAction::Delete(id) => {
                    let title = store.borrow().library.entry(&id).map(|b| b.title.clone()).unwrap_or_default();
                    let was_open = id == current;
                    if was_open {
                        flush();
                    }
                    store.borrow_mut().delete(&id, now);
                    if was_open {
                        open_next();
                    }
                    u.dispatch(UiMsg::Banner(Banner::Deleted { id, title, was_open }));
                    relist(&store, &u);
                }
                ListAction::Restore(id) => {
                    store.borrow_mut().undelete(&id);
                    u.dispatch(UiMsg::ForgetDeleted(id));
                    relist(&store, &u);
                }
                ListAction::Download(id) => {
                    if let Err(e) = download_unreadable(&store.borrow(), &id) {
                        let text = fill(lang.export().failed, &[("what", st.download_text), ("reason", e.words(lang))]);
                        d.emit(Msg::Notify(Notice::error(text)));
                    }
                }
                ListAction::Close => u.dispatch(UiMsg::ShowList(false)),
            }
        })
    };
    // The storage messages' buttons.
    let on_banner = {
        let (store, flush, show, u, d, latest, latest_lang) =
            (store.clone(), flush.clone(), show.clone(), u.clone(), dispatch.clone(), latest.clone(), latest_lang.clone());
        let banners = ui.banners.clone();
        Callback::from(move |action: BannerAction| match action {
            BannerAction::Export => {
                let board = latest();
                if let Err(e) = download(&format!("{}.json", board.file_stem()), "application/json", &export_board(&board)) {
                    let lang = latest_lang();
                    let text = fill(lang.export().failed, &[("what", lang.texts().export), ("reason", e.words(lang))]);
                    d.emit(Msg::Notify(Notice { text, error: true }));
                }
            }
            BannerAction::Download(id) => {
                if let Err(e) = download_unreadable(&store.borrow(), &id) {
                    let lang = latest_lang();
                    let text = fill(lang.export().failed, &[("what", lang.storage().download_unreadable), ("reason", e.words(lang))]);
                    d.emit(Msg::Notify(Notice::error(text)));
                }
            }
            BannerAction::Undelete(id) => {
                store.borrow_mut().undelete(&id);
                let was_open = banners.iter().any(|b| match b {
                    Banner::Deleted { id: i, was_open, .. } => *was_open && *i == id,
                    Banner::DeletedElsewhere { id: i, .. } => *i == id,
                    _ => false,
                });
                if was_open {
                    flush();
                    let opened = store.borrow_mut().open(&id);
                    if let Ok(board) = opened {
                        show(board, None);
                    }
                }
                u.dispatch(UiMsg::ForgetDeleted(id));
                relist(&store, &u);
            }
            BannerAction::Dismiss(i) => u.dispatch(UiMsg::DismissBanner(i)),
        })
    };
    // The answer to "merge this file?".
    let on_merge = {
        let (u, d, latest, latest_lang, open_new) = (u.clone(), dispatch.clone(), latest.clone(), latest_lang.clone(), open_new.clone());
        let pending = ui.merge.clone();
        Callback::from(move |choice: MergeChoice| {
            let Some(pending) = pending.clone() else { return };
            let lang = latest_lang();
            let st = lang.storage();
            u.dispatch(UiMsg::Merge(None));
            match choice {
                MergeChoice::Cancel => {}
                MergeChoice::OpenAsNew => open_new(pending.file.clone(), pending.imported.clone(), None),
                MergeChoice::Merge => {
                    let current = latest();
                    let merged = apply_merge(&current, &pending.plan);
                    let mut lines = summary_lines(&pending, lang);
                    for c in &pending.plan.changed {
                        let w = conflict_words(c, &current, &pending.imported.board, lang);
                        let mark = |side: Side| if w.winner == side { format!(" ({})", st.wins) } else { String::new() };
                        lines.push(format!(
                            "{} — {}: {}{}; {}: {}{}",
                            w.item,
                            st.this_board,
                            w.current,
                            mark(Side::Current),
                            st.in_file,
                            w.incoming,
                            mark(Side::Incoming)
                        ));
                    }
                    lines.extend(repair_lines(&pending.imported.repairs, lang));
                    let notice = Notice::info(fill(st.merged, &[("file", &pending.file)]));
                    d.emit(Msg::Replace { board: merged, notice, fit: false, before: crate::core::snapshots::Moment::BeforeMerge });
                    let title = fill(st.merge_report_title, &[("file", &pending.file)]);
                    u.dispatch(UiMsg::Report(Some(Rc::new(Report { title, lines }))));
                }
            }
        })
    };
    // A snapshot put back from the board's history.
    let on_restore = {
        let (store, flush, show, d, latest, latest_lang) = (store.clone(), flush.clone(), show.clone(), dispatch.clone(), latest.clone(), latest_lang.clone());
        Callback::from(move |r| {
            restore(r, &latest(), latest_lang(), &d, |board, notice| {
                flush();
                let board = store.borrow_mut().add(board, storage::now());
                store.borrow_mut().opened(&board);
                show(board, Some(notice));
            })
        })
    };
    let close_report = {
        let u = u.clone();
        Callback::from(move |_| u.dispatch(UiMsg::Report(None)))
    };
    let switch = {
        let u = u.clone();
        let open_list = use_callback((), move |_: (), _| u.dispatch(UiMsg::ShowList(true)));
        BoardSwitchContext { status: ui.status, lang: state.lang, open_list }
    };
    let Listing { library, unreadable } = ui.listing.clone();
    let st = state.lang.storage();

    let lang = state.lang;
    let presenting = state.presenting;
    let has_selection = (!state.selected.is_empty() || state.selected_link.is_some()) && presenting.is_none();
    // In presentation mode, the stops after the parties show one question each.
    let question = presenting.and_then(|stop| stop.checked_sub(1 + board.parties.len()));
    let step_class = state.step.map(|s| format!("step-{}", s + 1));
    // No side panel while presenting: the room sees the board.
    let panel = state.panel.filter(|_| presenting.is_none());
    let t = lang.texts();
    let toggle_parties = {
        let (d, open) = (dispatch.clone(), state.panel == Some(Panel::Parties));
        Callback::from(move |_: MouseEvent| d.emit(Msg::ShowPanel((!open).then_some(Panel::Parties))))
    };
    let close_panel = {
        let d = dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(Msg::ShowPanel(None)))
    };
    html! {
        <ContextProvider<FileOpener> context={opener.clone()}>
        <ContextProvider<BoardSwitchContext> context={switch}>
        <div class={classes!("app", step_class, presenting.is_some().then_some("presenting"))}>
            { header(&HeaderProps { title: board.title.clone().into(), challenge: board.challenge.clone().into(), lang, send: dispatch.clone(),
                switches: html! { <AccessSwitches outline={state.outline} lang={lang} send={dispatch.clone()} /> },
                end: html! { <>
                    <CheckStatus board={board.clone()} open={state.panel == Some(Panel::Checks)} lang={lang} send={dispatch.clone()} />
                    <button type="button" class="tool parties-toggle" aria-pressed={(state.panel == Some(Panel::Parties)).to_string()}
                            title={t.show_parties} onclick={toggle_parties}>
                        <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" aria-hidden="true"><circle cx="9" cy="8" r="3.5"/><path d="M2.5 20a6.5 6.5 0 0 1 13 0"/><path d="M16 4.5a3.5 3.5 0 0 1 0 7M18 14a6 6 0 0 1 3.5 6"/></svg>
                        <span>{ t.parties }</span>
                    </button>
                </> },
                children: html! { <BoardSwitch /> } }) }
            <main class="workspace">
                <div class="canvas-area">
                    <Canvas board={board.clone()} selected={state.selected.clone()} selected_link={state.selected_link.clone()}
                        editing={state.editing.clone()} active_party={state.active_party.clone()} lang={lang}
                        lens={state.lens.clone()} voting={state.round()} read_only={presenting.is_some() || !state.may_edit()}
                        view={(*view).clone()} send={dispatch.clone()}
                        key_mode={state.key_mode.clone()} panel_open={panel.is_some() || question.is_some()}
                        top_bars={u8::from(state.round().is_some()) + u8::from(state.timer_end.is_some())} />
                    if state.outline {
                        <OutlineView board={board.clone()} lang={lang} send={dispatch.clone()} />
                    }
                    if presenting.is_none() {
                        { steps_bar(&StepsBarProps { step: state.step, folded: state.prompt_folded, lang, send: dispatch.clone() }) }
                    }
                    if let Some(panel) = panel {
                        <aside class={classes!("sidebar", "side-panel", if panel == Panel::Parties { "parties-panel" } else { "checks-panel" })}>
                            <button type="button" class="icon-button close-panel" aria-label={t.close_panel} title={t.close_panel}
                                onclick={close_panel}>{ "×" }</button>
                            if panel == Panel::Parties {
                                { lens_controls(&LensControlsProps { board: board.clone(), lens: state.lens.clone(), lang, send: dispatch.clone() }) }
                                <PartyLegend board={board.clone()} active_party={state.active_party.clone()} new_party={state.new_party.clone()}
                                    focus={state.lens.focus.clone()} lang={lang} send={dispatch.clone()} />
                            } else {
                                <CheckPanel board={board.clone()} lang={lang} send={dispatch.clone()} />
                                { vote_results(&VoteResultsProps { board: board.clone(), lang, send: dispatch.clone() }) }
                            }
                        </aside>
                    }
                    <div class="stage-top">
                        <VotingBar round={state.round()} lang={lang} send={dispatch.clone()}
                            starting={state.dialog == Some(Dialog::StartVoting)} />
                        <TimerDisplay end={state.timer_end} lang={lang} send={dispatch.clone()}
                            setting={state.dialog == Some(Dialog::SetTimer)} />
                    </div>
                    if has_selection {
                        <aside class="sidebar details-side">
                            { inspector(&InspectorProps { board: board.clone(), selected: state.selected.clone(),
                                selected_link: state.selected_link.clone(), lang, send: dispatch.clone() }) }
                        </aside>
                    }
                    if let Some(q) = question {
                        <div class="presented-question">
                            <CheckPanel board={board.clone()} lang={lang} only={Some(q)} send={dispatch.clone()} />
                        </div>
                    }
                    if let Some(stop) = presenting {
                        { presentation_bar(&PresentationBarProps { board: board.clone(), stop, lang, send: dispatch.clone() }) }
                    }
                    if !state.may_edit() && (state.hold.watching() || state.newer_elsewhere) {
                        <WatchingBar taking_over={state.hold == Hold::TakingOver} newer={state.newer_elsewhere} lang={lang}
                            on_edit_here={edit_here.clone()} />
                    }
                    <Toolbar board={board.clone()} active_party={state.active_party.clone()} can_undo={state.doc.can_undo()}
                        can_redo={state.doc.can_redo()} lang={lang} send={dispatch.clone()} />
                </div>
            </main>
            if let Some(notice) = state.notice.clone() {
                { notice_bar(&NoticeBarProps { notice, lang, send: dispatch.clone() }) }
            }
            if let Some(party) = state.removing_party.clone() {
                <RemovePartyDialog board={board.clone()} party={party} lang={lang} send={dispatch.clone()} />
            }
            if state.dialog == Some(Dialog::Matrix) {
                <Modal class="wide matrix-dialog" title_id="matrix-title" on_close={close_dialog.clone()}>
                    { matrix_dialog(&MatrixDialogProps { board: board.clone(), lang, send: dispatch.clone() }) }
                </Modal>
            }
            <ShareLinkPrompt lang={lang} send={dispatch.clone()} />
            <PrintReport board={board.clone()} lang={lang} />
            if state.dialog == Some(Dialog::Help) {
                <Modal class="wide help-dialog" title_id="help-title" on_close={close_dialog.clone()}>
                    { help_dialog(&HelpDialogProps { lang, send: dispatch.clone() }) }
                </Modal>
            }
            if state.dialog == Some(Dialog::Rows) {
                <Modal class="rows-dialog" title_id="rows-title" on_close={close_dialog.clone()}>
                    { rows_dialog(RowsDialogProps { rows: state.rows.clone(), lang, send: dispatch.clone(), opener: Some(opener.clone()) }) }
                </Modal>
            }
            if state.dialog == Some(Dialog::Timeline) {
                <TimelineDialog board_id={board.id.clone()} shelves={shelves.clone()} lang={lang} on_restore={on_restore}
                    on_close={close_dialog.clone()} />
            }
            if !ui.banners.is_empty() {
                { storage_banner(&StorageBannerProps { banners: ui.banners.clone(), lang, on: on_banner }) }
            }
            if let Some(report) = ui.report.clone() {
                { report_panel(&ReportPanelProps { report, lang, on_close: close_report }) }
            }
            if ui.list_open {
                <BoardList library={library} unreadable={unreadable} current={board.id.clone()} kept={ui.kept}
                    in_memory={ui.status == SaveStatus::Unavailable} lang={lang} on={on_list} />
            }
            if let Some(pending) = ui.merge.clone() {
                <Modal class="merge-dialog" title_id="merge-title" on_close={on_merge.reform(|_: ()| MergeChoice::Cancel)}>
                    { merge_dialog(&MergeDialogProps { pending, board: board.clone(), lang, on: on_merge }) }
                </Modal>
            }
            <UpdatePrompt lang={lang} storage={props.storage.clone()} save={{ let flush = flush.clone(); Callback::from(move |_| flush()) }} />
            if ui.dragging {
                <div class="drop-hint" aria-hidden="true"><span>{ st.drop_here }</span></div>
            }
        </div>
        </ContextProvider<BoardSwitchContext>>
        </ContextProvider<FileOpener>>
    }
}
