//! The outline: the whole board as a structured list — the ambition, then
//! each party with its cards, then the actions and the facts — with every
//! link in words. Made for screen readers and for a quick overview; changing
//! a text here changes the card on the board. It lists what the board in
//! words holds, in the order the report has it.

use std::collections::HashMap;

use web_sys::{HtmlElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::wrap;
use crate::app::session::{Msg};
use crate::app::Shared;
use crate::i18n::checks::CardNames;
use crate::core::action::Action;
use crate::core::export::in_words::{BoardInWords, CardInWords};
use crate::core::model::{Board, CardId, CardKind, LinkMeaning, Named, PartyId};
use crate::i18n::{fill, Lang};

#[derive(Properties, PartialEq)]
pub struct OutlineViewProps {
    pub board: Shared<Board>,
    pub lang: Lang,
    pub send: Callback<Msg>,
}

/// What each card's links say, in words, from the card's side, in link
/// order: worked out in one pass over the links (a search of the board per
/// card and link took seconds on a board of a few thousand cards).
fn links_in_words<'a>(board: &'a BoardInWords, names: &CardNames, lang: Lang) -> HashMap<&'a CardId, Vec<String>> {
    let a = lang.access();
    let mut words: HashMap<&CardId, Vec<String>> = HashMap::new();
    for l in &board.links {
        let labelled = |s: String| match l.label {
            Some(label) => format!("{s} ({label})"),
            None => s,
        };
        let from_side = match l.meaning {
            LinkMeaning::Serves => a.serves_ambition.to_owned(),
            LinkMeaning::Realises => a.realises_ambition.to_owned(),
            LinkMeaning::Substantiates => fill(a.substantiates, &[("card", &names.name(l.to))]),
            LinkMeaning::Free => labelled(fill(a.linked_to, &[("card", &names.name(l.to))])),
        };
        words.entry(l.from).or_default().push(from_side);
        if l.meaning == LinkMeaning::Free && l.to != l.from {
            words.entry(l.to).or_default().push(labelled(fill(a.linked_to, &[("card", &names.name(l.from))])));
        }
    }
    words
}

fn entry(card: &CardInWords, links: &HashMap<&CardId, Vec<String>>, lang: Lang, dispatch: &Callback<Msg>) -> Html {
    let (t, a) = (lang.texts(), lang.access());
    let label = match card.party {
        Some(p) => fill(a.card_of, &[("kind", card.kind_name), ("party", p.name)]),
        None => card.kind_name.to_owned(),
    };
    let onchange = {
        let (d, id) = (dispatch.clone(), card.id.clone());
        Callback::from(move |e: Event| {
            let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            d.emit(Msg::Do(Action::SetText { card: id.clone(), text }));
        })
    };
    let mut facts = links.get(card.id).cloned().unwrap_or_default();
    if let Some(action) = &card.action {
        let owners = &action.owners;
        facts.push(if owners.is_empty() { t.no_owner.to_owned() } else { fill(a.owned_by, &[("names", &owners.join(", "))]) });
    }
    if let Some(fact) = &card.fact {
        facts.push(fact.source.map_or_else(|| t.no_source.to_owned(), |s| format!("{}: {}", t.source, s.trim())));
    }
    let placeholder = if card.kind == CardKind::Ambition { t.ambition_placeholder } else { t.card_placeholder };
    html! {
        <li class={classes!("outline-card", format!("kind-{}", card.kind.name()))} data-outline-card={card.id.0.clone()}>
            <label class="outline-kind">
                <span>{ label }</span>
                <textarea rows="2" value={card.text.to_owned()} wrap={wrap(card.text)} {placeholder} {onchange} />
            </label>
            if !facts.is_empty() {
                <ul class="outline-links">{ for facts.into_iter().map(|f| html! { <li>{ f }</li> }) }</ul>
            }
        </li>
    }
}

#[component]
pub fn OutlineView(props: &OutlineViewProps) -> Html {
    let (t, a) = (props.lang.texts(), props.lang.access());
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((), move |_| {
            if let Some(el) = heading.cast::<HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let board = &props.board;
    let close = {
        let d = props.send.clone();
        Callback::from(move |_: MouseEvent| d.emit(Msg::ToggleOutline))
    };
    let onkeydown = {
        let d = props.send.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() != "Escape" {
                return;
            }
            e.stop_propagation();
            // Escape first leaves a text field (which keeps its text), then the outline.
            match e.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<HtmlTextAreaElement>(t).ok()) {
                Some(field) => {
                    let _ = field.blur();
                }
                None => d.emit(Msg::ToggleOutline),
            }
        })
    };
    let words = props.lang.export_words();
    let in_words = BoardInWords::of(board, &words, &[]);
    let links = links_in_words(&in_words, &CardNames::of(board, props.lang), props.lang);
    let list = |cards: Vec<&CardInWords>| {
        if cards.is_empty() {
            html! { <p class="hint">{ a.nothing_yet }</p> }
        } else {
            html! { <ul class="outline-list">{ for cards.into_iter().map(|c| entry(c, &links, props.lang, &props.send)) }</ul> }
        }
    };
    let of_kind = |k: CardKind| in_words.of_kind(k).collect();
    let party_cards = |party: Option<&PartyId>| {
        in_words.party_cards(party).into_iter().flat_map(|(_, cards)| cards).collect::<Vec<_>>()
    };
    let parties = in_words.parties.iter().map(|p| {
        html! {
            <section class="outline-section">
                <h3><span class="swatch" style={format!("background: {}", p.colour)} />{ p.name }</h3>
                { list(party_cards(Some(p.id))) }
            </section>
        }
    });
    let orphans = party_cards(None);
    html! {
        <section class="outline-panel" aria-labelledby="outline-title" {onkeydown}>
            <div class="outline-head">
                <h2 id="outline-title" tabindex="-1" ref={heading}>{ a.outline_title }</h2>
                <button type="button" class="tool" onclick={close}>{ t.close }</button>
            </div>
            <p class="hint">{ a.outline_intro }</p>
            <section class="outline-section">
                <h3>{ t.kind(CardKind::Ambition) }</h3>
                { list(of_kind(CardKind::Ambition)) }
            </section>
            { for parties }
            if !orphans.is_empty() {
                <section class="outline-section"><h3>{ a.without_party }</h3>{ list(orphans) }</section>
            }
            <section class="outline-section"><h3>{ a.actions }</h3>{ list(of_kind(CardKind::Action)) }</section>
            <section class="outline-section"><h3>{ a.facts }</h3>{ list(of_kind(CardKind::Fact)) }</section>
        </section>
    }
}
