//! What printing the page gives: the whole board as a picture fitted to the
//! page, then the report as text. Drawn only while the page is printed; the
//! stylesheet's print rules show it and hide the rest of the interface.
//!
//! The picture is the SVG export, and the report is drawn from the same
//! board in words as the Markdown report, as headings, lists and tables, so
//! paper says what the files say. Both go in as HTML text, every word
//! escaped: a page drawn once for the printer needs no virtual nodes, and
//! writing the text costs less download than building them.

use std::fmt::Write as _;

use yew::prelude::*;

use super::export_menu::open_points;
use crate::app::Shared;
use crate::core::export::in_words::{lines, BoardInWords, CardInWords};
use crate::core::export::svg::{to_svg, xml};
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
    let words = lang.export_words();
    let svg = to_svg(board, &words);
    // Inline, without the XML declaration, and with its own arrowhead:
    // the canvas's links point at an `#arrow` of their own.
    let svg = svg
        .split_once("?>")
        .map_or(svg.as_str(), |(_, rest)| rest)
        .replace("id=\"arrow\"", "id=\"print-arrow\"")
        .replace("url(#arrow)", "url(#print-arrow)");
    let open_points = open_points(board, lang);
    let report = report(&BoardInWords::of(board, &words, &open_points));
    html! {
        <div class="print-sheet">
            <div class="print-board">{ Html::from_html_unchecked(svg.into()) }</div>
            <div class="print-report">{ Html::from_html_unchecked(report.into()) }</div>
        </div>
    }
}

/// The report as HTML, drawn from the board in words as the Markdown report
/// is written: headings, the ambition as a quote, lists and the actions'
/// table, every text escaped. Multi-line texts keep their lines (the
/// stylesheet keeps line breaks in print).
fn report(board: &BoardInWords) -> String {
    let w = board.words;
    let text = |t: &str, joiner: &str| lines(t).collect::<Vec<_>>().join(joiner);
    let or = |t: &str, missing: &str| if t.trim().is_empty() { missing.to_owned() } else { text(t, "\n") };
    let name = |n: &str| if n.trim().is_empty() { w.empty.to_owned() } else { text(n, " ") };
    let names = |ns: &[&str]| ns.iter().map(|n| name(n)).collect::<Vec<_>>().join(", ");
    let mut out = String::new();
    let o = &mut out;
    el(o, "h1", &text(board.title, " "));
    el(o, "h2", w.challenge);
    el(o, "p", &or(board.challenge, w.not_filled_in));
    el(o, "h2", w.kind_ambition);
    match board.ambition().filter(|a| !a.text.trim().is_empty()) {
        Some(a) => el(o, "blockquote", &text(a.text, "\n")),
        None => el(o, "p", w.not_filled_in),
    }

    el(o, "h2", w.parties);
    let party_cards = |o: &mut String, kinds: Vec<(&str, Vec<&CardInWords>)>| {
        if kinds.is_empty() {
            el(o, "p", w.no_party_cards);
        }
        for (heading, cards) in kinds {
            el(o, "h4", heading);
            o.push_str("<ul>");
            for card in cards {
                item(o, 0, &or(card.text, w.empty));
            }
            o.push_str("</ul>");
        }
    };
    for party in &board.parties {
        el(o, "h3", &name(party.name));
        party_cards(o, board.party_cards(Some(party.id)));
    }
    let orphans = board.party_cards(None);
    if !orphans.is_empty() {
        el(o, "h3", w.without_party);
        party_cards(o, orphans);
    } else if board.parties.is_empty() {
        el(o, "p", w.no_party_cards);
    }

    el(o, "h2", w.actions);
    if board.actions().next().is_none() {
        el(o, "p", w.no_actions);
    } else {
        o.push_str("<table><tr>");
        for head in [w.kind_action, w.owners, w.status] {
            el(o, "th", head);
        }
        for party in &board.parties {
            el(o, "th", &or(party.name, w.empty));
        }
        o.push_str("</tr>");
        for (card, action) in board.actions() {
            o.push_str("<tr>");
            el(o, "td", &or(card.text, w.empty));
            let owners = action.owners.iter().map(|n| or(n, w.empty)).collect::<Vec<_>>().join(", ");
            el(o, "td", if action.owners.is_empty() { w.no_owner } else { &owners });
            el(o, "td", action.status);
            for c in &action.commitments {
                el(o, "td", c.words);
            }
            o.push_str("</tr>");
        }
        o.push_str("</table>");
    }

    el(o, "h2", w.facts);
    if board.facts().next().is_none() {
        el(o, "p", w.no_facts);
    } else {
        o.push_str("<ul>");
        for (card, fact) in board.facts() {
            let said = or(card.text, w.empty);
            item(o, 0, &if fact.disputed() { format!("{said} — {}", w.disputed) } else { said });
            let source = fact.source.map_or_else(|| w.no_source.to_owned(), |s| text(s, " "));
            item(o, 1, &format!("{}: {source}", w.source));
            if !board.parties.is_empty() {
                let recognised = if !fact.disputed() {
                    format!("{} ({})", w.all_parties, names(&fact.recognised_by))
                } else if fact.recognised_by.is_empty() {
                    w.nobody.to_owned()
                } else {
                    names(&fact.recognised_by)
                };
                item(o, 1, &format!("{}: {recognised}", w.recognised_by));
            }
            if fact.disputed() {
                item(o, 1, &format!("{}: {}", w.not_recognised_by, names(&fact.not_recognised_by)));
            }
        }
        o.push_str("</ul>");
    }

    el(o, "h2", w.open_points);
    if board.open_points.is_empty() {
        el(o, "p", w.no_open_points);
    } else {
        o.push_str("<ul>");
        for point in &board.open_points {
            item(o, 0, &text(point, "\n"));
        }
        o.push_str("</ul>");
    }
    out
}

/// An element holding `text`, escaped.
fn el(out: &mut String, tag: &str, text: &str) {
    let _ = write!(out, "<{tag}>{}</{tag}>", xml(text));
}

/// A list item, nested `depth` deep.
fn item(out: &mut String, depth: usize, text: &str) {
    let _ = write!(out, "<li class=\"depth-{depth}\">{}</li>", xml(text));
}

