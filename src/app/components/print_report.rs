//! What printing the page gives: the whole board as a picture fitted to the
//! page, then the report as text. Drawn only while the page is printed; the
//! stylesheet's print rules show it and hide the rest of the interface.
//!
//! The picture is the SVG export, and the report is drawn from the same
//! board in words as the Markdown report, as headings, lists and tables, so
//! paper says what the files say.

use yew::prelude::*;

use super::export_menu::open_points;
use crate::app::Shared;
use crate::core::export::in_words::{lines, BoardInWords, CardInWords};
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
    let words = lang.export_words();
    let svg = to_svg(board, &words);
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
            <div class="print-report">{ report(&BoardInWords::of(board, &words, &open_points(board, lang))) }</div>
        </div>
    }
}

/// The report as HTML, drawn from the board in words as the Markdown report
/// is written: headings, the ambition as a quote, lists and the actions'
/// table. Multi-line texts keep their lines (the stylesheet keeps line
/// breaks in print).
fn report(board: &BoardInWords) -> Html {
    let w = board.words;
    let text = |t: &str, joiner: &str| lines(t).collect::<Vec<_>>().join(joiner);
    let or = |t: &str, missing: &str| if t.trim().is_empty() { missing.to_owned() } else { text(t, "\n") };
    let name = |n: &str| if n.trim().is_empty() { w.empty.to_owned() } else { text(n, " ") };
    let names = |ns: &[&str]| ns.iter().map(|n| name(n)).collect::<Vec<_>>().join(", ");
    let party_cards = |kinds: Vec<(&str, Vec<&CardInWords>)>| {
        if kinds.is_empty() {
            return html! { <p>{ w.no_party_cards }</p> };
        }
        let kinds = kinds.into_iter().map(|(heading, cards)| {
            let items = cards.into_iter().map(|c| item(0, or(c.text, w.empty)));
            html! { <><h4>{ heading }</h4><ul>{ for items }</ul></> }
        });
        kinds.collect()
    };
    let parties = board
        .parties
        .iter()
        .map(|p| html! { <><h3>{ name(p.name) }</h3>{ party_cards(board.party_cards(Some(p.id))) }</> });
    let orphans = board.party_cards(None);
    let without_party = if !orphans.is_empty() {
        html! { <><h3>{ w.without_party }</h3>{ party_cards(orphans) }</> }
    } else if board.parties.is_empty() {
        html! { <p>{ w.no_party_cards }</p> }
    } else {
        Html::default()
    };
    let actions = if board.actions().next().is_none() {
        html! { <p>{ w.no_actions }</p> }
    } else {
        let head = [w.kind_action, w.owners, w.status].map(str::to_owned);
        let head = head.into_iter().chain(board.parties.iter().map(|p| or(p.name, w.empty)));
        let rows = board.actions().map(|(card, action)| {
            let owners = if action.owners.is_empty() {
                w.no_owner.to_owned()
            } else {
                action.owners.iter().map(|n| or(n, w.empty)).collect::<Vec<_>>().join(", ")
            };
            let cells = [or(card.text, w.empty), owners, action.status.to_owned()];
            let cells = cells.into_iter().chain(action.commitments.iter().map(|c| c.words.to_owned()));
            html! { <tr>{ for cells.map(|c| html! { <td>{ c }</td> }) }</tr> }
        });
        html! { <table><tr>{ for head.map(|c| html! { <th>{ c }</th> }) }</tr>{ for rows }</table> }
    };
    let facts = if board.facts().next().is_none() {
        html! { <p>{ w.no_facts }</p> }
    } else {
        let facts = board.facts().flat_map(|(card, fact)| {
            let said = or(card.text, w.empty);
            let source = fact.source.map_or_else(|| w.no_source.to_owned(), |s| text(s, " "));
            let mut items = vec![
                item(0, if fact.disputed() { format!("{said} — {}", w.disputed) } else { said }),
                item(1, format!("{}: {source}", w.source)),
            ];
            if !board.parties.is_empty() {
                let recognised = if !fact.disputed() {
                    format!("{} ({})", w.all_parties, names(&fact.recognised_by))
                } else if fact.recognised_by.is_empty() {
                    w.nobody.to_owned()
                } else {
                    names(&fact.recognised_by)
                };
                items.push(item(1, format!("{}: {recognised}", w.recognised_by)));
            }
            if fact.disputed() {
                items.push(item(1, format!("{}: {}", w.not_recognised_by, names(&fact.not_recognised_by))));
            }
            items
        });
        html! { <ul>{ for facts }</ul> }
    };
    let open_points = if board.open_points.is_empty() {
        html! { <p>{ w.no_open_points }</p> }
    } else {
        html! { <ul>{ for board.open_points.iter().map(|p| item(0, text(p, "\n"))) }</ul> }
    };
    html! {
        <>
            <h1>{ text(board.title, " ") }</h1>
            <h2>{ w.challenge }</h2>
            <p>{ or(board.challenge, w.not_filled_in) }</p>
            <h2>{ w.kind_ambition }</h2>
            {
                match board.ambition().filter(|a| !a.text.trim().is_empty()) {
                    Some(a) => html! { <blockquote>{ text(a.text, "\n") }</blockquote> },
                    None => html! { <p>{ w.not_filled_in }</p> },
                }
            }
            <h2>{ w.parties }</h2>
            { for parties }
            { without_party }
            <h2>{ w.actions }</h2>
            { actions }
            <h2>{ w.facts }</h2>
            { facts }
            <h2>{ w.open_points }</h2>
            { open_points }
        </>
    }
}

/// A list item, nested `depth` deep.
fn item(depth: usize, text: String) -> Html {
    html! { <li class={format!("depth-{depth}")}>{ text }</li> }
}

