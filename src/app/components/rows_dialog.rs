//! The rows dialog: cards from a spreadsheet. Cells pasted into it, or a CSV
//! file chosen, are read by the session against the board; the dialog shows
//! what would come in, which rows stay out and why, and the parties the
//! board lacks, each with a tick to create it, then adds it all as one step.
//! Its contents are drawn inside a [`super::modal::Modal`].

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::app::boards::{read_file, FileOpener, OpenMode};
use crate::app::session::{Msg, RowsReading};
use crate::app::Shared;
use crate::i18n::{fill, Lang};
use crate::platform::files::chosen_file;

pub struct RowsDialogProps {
    pub rows: Option<Shared<RowsReading>>,
    pub lang: Lang,
    pub send: Callback<Msg>,
    /// How a chosen file is read.
    pub opener: Option<FileOpener>,
}

pub fn rows_dialog(props: RowsDialogProps) -> Html {
    let (t, r, lang) = (props.lang.texts(), props.lang.rows(), props.lang);
    let send = |msg: fn() -> Msg| {
        let d = props.send.clone();
        Callback::from(move |_: MouseEvent| d.emit(msg()))
    };
    let on_paste = {
        let d = props.send.clone();
        Callback::from(move |e: InputEvent| {
            let area = e.target_unchecked_into::<HtmlTextAreaElement>();
            d.emit(Msg::ReadRows(area.value().into_bytes()));
        })
    };
    let on_file = {
        let opener = props.opener.clone();
        Callback::from(move |e: Event| {
            let Some(file) = chosen_file(&e.target_unchecked_into::<HtmlInputElement>()) else { return };
            let Some(opener) = opener.clone() else { return };
            wasm_bindgen_futures::spawn_local(async move { opener.0.emit(read_file(file, OpenMode::Rows).await) });
        })
    };

    let count = |one: &'static str, many: &'static str, n: usize| {
        if n == 1 { one.to_owned() } else { fill(many, &[("n", &lang.whole_number(n))]) }
    };
    let mut ready = 0;
    let outcome = match props.rows.as_deref() {
        None => html! {},
        Some(RowsReading { read: Err(error), .. }) => html! { <p class="rows-error" role="alert">{ lang.rows_error(error) }</p> },
        Some(RowsReading { read: Ok(read), create }) => {
            ready = read.coming(create);
            let problems = read.problems.iter().map(|p| html! { <li>{ lang.row_problem(p) }</li> });
            let parties = read.new_parties.iter().enumerate().map(|(at, name)| {
                let d = props.send.clone();
                let toggle = Callback::from(move |_: Event| d.emit(Msg::ToggleNewParty(at)));
                html! {
                    <li><label><input type="checkbox" checked={create.get(at).copied().unwrap_or(false)} onchange={toggle} />{ name }</label></li>
                }
            });
            html! {
                <div class="rows-outcome" role="status">
                    <p class="rows-ready">{ if ready == 0 { r.none_ready.to_owned() } else { count(r.ready_one, r.ready, ready) } }</p>
                    if !read.new_parties.is_empty() {
                        <fieldset class="rows-parties">
                            <legend>{ r.new_parties }</legend>
                            <ul>{ for parties }</ul>
                            <p class="hint">{ r.new_parties_hint }</p>
                        </fieldset>
                    }
                    if !read.problems.is_empty() {
                        <p class="rows-left-out">{ r.left_out }</p>
                        <ul class="rows-problems">{ for problems }</ul>
                    }
                    if !read.ignored.is_empty() {
                        <p class="hint">{ fill(r.ignored, &[("names", &read.ignored.join(", "))]) }</p>
                    }
                </div>
            }
        }
    };
    html! {
        <>
            <h2 id="rows-title">{ r.title }</h2>
            <p class="hint">{ r.hint }</p>
            <label class="rows-paste">
                <span>{ r.paste_label }</span>
                <textarea autofocus=true rows="4" spellcheck="false" placeholder={r.paste_placeholder} oninput={on_paste} />
            </label>
            // The label opens the file picker; the input inside it keeps the keyboard.
            <label class="rows-file">
                { r.choose_file }
                <input type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain" onchange={on_file} />
            </label>
            { outcome }
            <div class="dialog-buttons">
                <button type="button" onclick={send(|| Msg::OpenDialog(None))}>{ t.cancel }</button>
                <button type="button" class="primary rows-add" disabled={ready == 0} onclick={send(|| Msg::AddRows)}>
                    { count(r.add_one, r.add, ready) }
                </button>
            </div>
        </>
    }
}
