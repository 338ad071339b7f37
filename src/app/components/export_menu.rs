//! The export menu: the board as a file, a picture (PNG, SVG), a report
//! (download or clipboard), the actions as CSV, a JSON Canvas, a share link,
//! and printing. Every export is in the interface's language and named after
//! the board.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::session::{Msg, Notice};
use crate::app::Shared;
use crate::i18n::checks::gap_texts;
use crate::core::analysis::check_board;
use crate::core::export::{file_name, report, share, Format};
use crate::core::file::export_board;
use crate::core::model::Board;
use crate::i18n::{fill, Lang};
use crate::platform::{clipboard, deflate, files, page, png};

/// One entry of the menu.
#[derive(Clone, Copy, PartialEq)]
enum Item {
    BoardFile,
    Png,
    Svg,
    Report,
    CopyReport,
    Csv,
    Canvas,
    ShareLink,
    Print,
}

/// The entries in menu order; `None` is a separator.
const ITEMS: [Option<Item>; 12] = [
    Some(Item::BoardFile),
    None,
    Some(Item::Png),
    Some(Item::Svg),
    None,
    Some(Item::Report),
    Some(Item::CopyReport),
    Some(Item::Csv),
    Some(Item::Canvas),
    None,
    Some(Item::ShareLink),
    Some(Item::Print),
];

impl Item {
    fn label(self, lang: Lang) -> &'static str {
        let x = lang.export();
        match self {
            Item::BoardFile => x.board_file,
            Item::Png => x.png,
            Item::Svg => x.svg,
            Item::Report => x.report,
            Item::CopyReport => x.copy_report,
            Item::Csv => x.csv,
            Item::Canvas => x.json_canvas,
            Item::ShareLink => x.share_link,
            Item::Print => x.print,
        }
    }
}

/// The open points of the three central questions, in words: what the
/// report and the print view list.
pub fn open_points(board: &Board, lang: Lang) -> Vec<String> {
    gap_texts(check_board(board).iter().flat_map(|c| c.gaps.iter()), board, lang)
}

/// The report (Markdown), with the open points.
fn report_text(board: &Board, lang: Lang) -> String {
    report::markdown(board, &lang.export_words(), &open_points(board, lang))
}

#[derive(Properties, PartialEq)]
pub struct ExportMenuProps {
    pub board: Shared<Board>,
    pub lang: Lang,
    pub send: Callback<Msg>,
}

#[component]
pub fn ExportMenu(props: &ExportMenuProps) -> Html {
    let x = props.lang.export();
    let open = use_state(|| false);
    let button = use_node_ref();
    let menu = use_node_ref();
    // The first entry takes the focus when the menu opens.
    {
        let menu = menu.clone();
        use_effect_with(*open, move |open| {
            if *open {
                focus(menu.cast::<web_sys::Element>().and_then(|m| m.first_element_child()));
            }
        });
    }
    let close = {
        let (open, button) = (open.clone(), button.clone());
        Callback::from(move |refocus: bool| {
            open.set(false);
            if refocus {
                focus(button.cast::<web_sys::Element>());
            }
        })
    };
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let onkeydown = {
        let close = close.clone();
        Callback::from(move |e: KeyboardEvent| {
            let current = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            let Some(current) = current else { return };
            match e.key().as_str() {
                "Escape" => close.emit(true),
                "ArrowDown" => focus(next_item(&current, true)),
                "ArrowUp" => focus(next_item(&current, false)),
                "Tab" => return close.emit(false),
                _ => return,
            }
            e.prevent_default();
        })
    };
    let entries = ITEMS.iter().map(|item| match *item {
        None => html! { <div class="menu-separator" role="separator" /> },
        Some(item) => {
            let (board, lang, d, close) = (props.board.clone(), props.lang, props.send.clone(), close.clone());
            let onclick = Callback::from(move |_: MouseEvent| {
                close.emit(true);
                run(item, &board, lang, &d);
            });
            html! { <button type="button" role="menuitem" class="menu-item" tabindex="-1" {onclick}>{ item.label(props.lang) }</button> }
        }
    });
    let backdrop = {
        let close = close.clone();
        Callback::from(move |_: MouseEvent| close.emit(false))
    };
    html! {
        <div class="export">
            <button type="button" class="tool export-button" ref={button} onclick={toggle} aria-haspopup="menu"
                    aria-expanded={if *open { "true" } else { "false" }} aria-label={x.menu} title={x.menu_label}>
                <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M12 4v11M7 10l5 5 5-5M5 20h14"/></svg>
                <span>{ x.menu }</span>
            </button>
            if *open {
                <div class="menu-backdrop" onclick={backdrop} />
                <div class="export-menu" role="menu" aria-label={x.menu_label} ref={menu} {onkeydown}>
                    { for entries }
                </div>
            }
        </div>
    }
}

fn focus(element: Option<web_sys::Element>) {
    if let Some(e) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = e.focus();
    }
}

/// The entry after (or before) `current`, skipping separators and wrapping
/// around at the ends.
fn next_item(current: &web_sys::Element, forward: bool) -> Option<web_sys::Element> {
    let step = |e: &web_sys::Element| if forward { e.next_element_sibling() } else { e.previous_element_sibling() };
    let parent = current.parent_element()?;
    let wrap = || if forward { parent.first_element_child() } else { parent.last_element_child() };
    let mut next = step(current).or_else(wrap);
    // At most one lap round the menu.
    for _ in 0..ITEMS.len() {
        match next {
            Some(e) if e.get_attribute("role").as_deref() == Some("menuitem") => return Some(e),
            Some(e) => next = step(&e).or_else(wrap),
            None => return None,
        }
    }
    None
}

fn notify(d: &Callback<Msg>, text: String, error: bool) {
    d.emit(Msg::Notify(Notice { text, error }));
}

/// Does what the entry says.
fn run(item: Item, board: &Shared<Board>, lang: Lang, d: &Callback<Msg>) {
    let x = lang.export();
    let failed = move |reason: &str| fill(x.failed, &[("what", item.label(lang)), ("reason", reason)]);
    let write = |format: Format| {
        let text = if format == Format::Markdown { report_text(board, lang) } else { format.write(board, &lang.export_words(), &[]) };
        files::download(&format.file_name(board), format.mime_type(), &text)
    };
    let result = match item {
        Item::Svg => write(Format::Svg),
        Item::Report => write(Format::Markdown),
        Item::Csv => write(Format::Csv),
        Item::Canvas => write(Format::JsonCanvas),
        Item::BoardFile => files::download(&file_name(board, "json"), "application/json", &export_board(board)),
        Item::Png => {
            let (board, d) = (board.clone(), d.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let result = match png::board_png(&board, lang).await {
                    Ok(blob) => files::download_blob(&file_name(&board, "png"), &blob),
                    Err(e) => Err(e),
                };
                if let Err(e) = result {
                    notify(&d, failed(e.words(lang)), true);
                }
            });
            Ok(())
        }
        Item::CopyReport => {
            copy(report_text(board, lang), x.report_copied, d.clone(), lang);
            Ok(())
        }
        Item::ShareLink => {
            let (board, d) = (board.clone(), d.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match deflate::share_fragment(&board).await {
                    Ok(Some(fragment)) => copy(share::link(&page::address().unwrap_or_default(), &fragment), x.link_copied, d, lang),
                    Ok(None) => notify(&d, x.too_large_for_link.to_owned(), true),
                    Err(e) => notify(&d, failed(&lang.share_error(&e)), true),
                }
            });
            Ok(())
        }
        Item::Print => {
            page::print();
            Ok(())
        }
    };
    if let Err(e) = result {
        notify(d, failed(e.words(lang)), true);
    }
}

/// Copies `text` and says so, or says why not.
fn copy(text: String, done: &'static str, d: Callback<Msg>, lang: Lang) {
    wasm_bindgen_futures::spawn_local(async move {
        match clipboard::copy_text(&text).await {
            Ok(()) => notify(&d, done.to_owned(), false),
            Err(e) => notify(&d, fill(lang.export().copy_failed, &[("reason", e.words(lang))]), true),
        }
    });
}
