//! What printing the page gives: the whole board as a picture fitted to the
//! page, then the report as text. Drawn only while the page is printed; the
//! stylesheet's print rules show it and hide the rest of the interface.
//!
//! The picture is the SVG export and the report the Markdown export, shown
//! as headings, lists and tables, so paper says what the files say.

use yew::prelude::*;

use super::export_menu::report_text;
use crate::app::Shared;
use crate::core::export::svg::to_svg;
use crate::core::model::Board;
use crate::i18n::Lang;
use crate::platform::page;

#[derive(Properties, PartialEq)]
pub struct PrintReportProps {
    pub board: Shared<Board>,
    pub lang: Lang,
}

#[component]
pub fn PrintReport(props: &PrintReportProps) -> Html {
    // Drawn only while the page is printed: the whole board as SVG and the
    // report are too much work to redo on every change of a large board.
    let printing = use_state(|| false);
    {
        let printing = printing.setter();
        use_effect_with((), move |_| {
            let listeners = page::on_print(move |on| printing.set(on));
            move || drop(listeners)
        });
    }
    if !*printing {
        return html! { <div class="print-sheet" /> };
    }
    let (board, lang) = (&props.board, props.lang);
    let svg = to_svg(board, &lang.export_words());
    // Inline, without the XML declaration, and with its own arrowhead:
    // the canvas's links point at an `#arrow` of their own.
    let svg = svg
        .split_once("?>")
        .map_or(svg.as_str(), |(_, rest)| rest)
        .replace("id=\"arrow\"", "id=\"print-arrow\"")
        .replace("url(#arrow)", "url(#print-arrow)");
    html! {
        <div class="print-sheet">
            <div class="print-board">{ Html::from_html_unchecked(svg.into()) }</div>
            <div class="print-report">{ markdown_to_html(&report_text(board, lang)) }</div>
        </div>
    }
}

/// A block of the report.
enum Block {
    Heading(usize, String),
    Quote(String),
    Paragraph(String),
    /// A list item and how deep it is nested.
    Item(usize, String),
    /// A table row's cells.
    Row(Vec<String>),
}

/// The report's Markdown (as [`crate::core::export::report`] writes it) as
/// HTML: headings, quotes, paragraphs, lists and tables, all text escaped.
fn markdown_to_html(markdown: &str) -> Html {
    let mut blocks: Vec<Block> = Vec::new();
    let mut continued = false;
    for line in markdown.lines() {
        let text = line.trim_end();
        let hard_break = text.chars().rev().take_while(|&c| c == '\\').count() % 2 == 1;
        let text = if hard_break { &text[..text.len() - 1] } else { text };
        if continued {
            let more = unescape(text.trim_start().trim_start_matches("> "));
            if let Some(Block::Quote(t) | Block::Paragraph(t) | Block::Item(_, t)) = blocks.last_mut() {
                t.push('\n');
                t.push_str(&more);
            }
        } else if text.trim().is_empty() || text.starts_with("| ---") {
        } else if let Some(rest) = text.strip_prefix("> ") {
            blocks.push(Block::Quote(unescape(rest)));
        } else if text.starts_with('#') {
            let level = text.chars().take_while(|&c| c == '#').count();
            blocks.push(Block::Heading(level, unescape(text[level..].trim())));
        } else if let Some(rest) = text.trim_start().strip_prefix("- ") {
            blocks.push(Block::Item((text.len() - text.trim_start().len()) / 2, unescape(rest)));
        } else if let Some(row) = text.strip_prefix("| ").and_then(|t| t.strip_suffix(" |")) {
            blocks.push(Block::Row(split_cells(row).iter().map(|c| unescape(c)).collect()));
        } else if let Some(bold) = text.strip_prefix("**").and_then(|t| t.strip_suffix("**")) {
            blocks.push(Block::Heading(4, unescape(bold)));
        } else {
            blocks.push(Block::Paragraph(unescape(text)));
        }
        continued = hard_break;
    }

    let mut out: Vec<Html> = Vec::new();
    let mut i = 0;
    while i < blocks.len() {
        match &blocks[i] {
            Block::Heading(level, t) => out.push(match level {
                1 => html! { <h1>{ t }</h1> },
                2 => html! { <h2>{ t }</h2> },
                3 => html! { <h3>{ t }</h3> },
                _ => html! { <h4>{ t }</h4> },
            }),
            Block::Quote(t) => out.push(html! { <blockquote>{ t }</blockquote> }),
            Block::Paragraph(t) => out.push(html! { <p>{ t }</p> }),
            Block::Item(..) => {
                let start = i;
                while matches!(blocks.get(i + 1), Some(Block::Item(..))) {
                    i += 1;
                }
                let items = blocks[start..=i].iter().filter_map(|b| match b {
                    Block::Item(depth, t) => Some(html! { <li class={format!("depth-{}", depth.min(&3))}>{ t }</li> }),
                    _ => None,
                });
                out.push(html! { <ul>{ for items }</ul> });
            }
            Block::Row(_) => {
                let start = i;
                while matches!(blocks.get(i + 1), Some(Block::Row(_))) {
                    i += 1;
                }
                let rows = blocks[start..=i].iter().enumerate().filter_map(|(n, b)| match b {
                    Block::Row(cells) if n == 0 => Some(html! { <tr>{ for cells.iter().map(|c| html! { <th>{ c }</th> }) }</tr> }),
                    Block::Row(cells) => Some(html! { <tr>{ for cells.iter().map(|c| html! { <td>{ c }</td> }) }</tr> }),
                    _ => None,
                });
                out.push(html! { <table>{ for rows }</table> });
            }
        }
        i += 1;
    }
    out.into_iter().collect::<Html>()
}

/// A table row's cells: split at every `|` that is not escaped.
fn split_cells(row: &str) -> Vec<&str> {
    let mut cells = Vec::new();
    let (mut start, mut escaped) = (0, false);
    for (i, c) in row.char_indices() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => {
                cells.push(row[start..i].trim());
                start = i + 1;
            }
            _ => escaped = false,
        }
    }
    cells.push(row[start..].trim());
    cells
}

/// Markdown text as plain text: escapes undone, emphasis marks dropped
/// (everything a person wrote has its marks escaped), `<br>` a line break.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let Some(next) = chars.next() {
                    out.push(next);
                }
            }
            '*' | '_' => {}
            '<' if text_starts(&mut chars, "br>") => out.push('\n'),
            c => out.push(c),
        }
    }
    out
}

/// Whether `chars` go on with `word`; if so, they are moved past it.
fn text_starts(chars: &mut std::iter::Peekable<std::str::Chars<'_>>, word: &str) -> bool {
    let rest: String = chars.clone().take(word.len()).collect();
    if rest == word {
        for _ in 0..word.len() {
            chars.next();
        }
        true
    } else {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_undone_and_marks_dropped() {
        assert_eq!(unescape(r"\*a\* \_b\_ \# c"), "*a* _b_ # c");
        assert_eq!(unescape("_No owner_"), "No owner");
        assert_eq!(unescape(r"one<br>two \<br>"), "one\ntwo <br>");
        assert_eq!(split_cells(r"a\|b | c | d"), vec![r"a\|b", "c", "d"]);
    }
}
