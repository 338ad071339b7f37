//! The side panel: the details of the selected card or link, where an
//! action's owners, status and commitments and a fact's source and
//! recognition are set.

use std::collections::BTreeSet;
use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::kind_icon::kind_icon;
use super::wrap;
use crate::app::session::{Msg};
use crate::app::Shared;
use crate::core::action::Action;
use crate::core::model::{ActionStatus, Board, Card, CardId, CardKind, Commitment, LinkId, LinkMeaning, PartyId};
use crate::i18n::{fill, Lang};

/// What it draws, and where its messages go.
pub struct InspectorProps {
    pub board: Shared<Board>,
    pub selected: Rc<BTreeSet<CardId>>,
    pub selected_link: Option<LinkId>,
    pub lang: Lang,
    pub send: Callback<Msg>,
}

/// Drawn by its parent (no state of its own, so no component of its own).
pub fn inspector(props: &InspectorProps) -> Html {
    let t = props.lang.texts();
    let dispatch = props.send.clone();
    let body = if let Some(link) = props.selected_link.as_ref().and_then(|l| props.board.link(l)) {
        let from = props.board.card(&link.from);
        let to = props.board.card(&link.to);
        let name = |c: Option<&Rc<Card>>| c.map(|c| card_name(c, t.kind(c.kind))).unwrap_or_default();
        let meaning = props.board.link_meaning(link);
        let id = link.id.clone();
        let d = dispatch.clone();
        let onchange = Callback::from(move |e: Event| {
            let label = e.target_unchecked_into::<HtmlInputElement>().value();
            d.emit(Msg::Do(Action::SetLinkLabel { link: id.clone(), label }));
        });
        let d = dispatch.clone();
        let delete = Callback::from(move |_: MouseEvent| d.emit(Msg::DeleteSelection));
        html! {
            <>
                // "Link: serves"; a free link by its own words, if it has any ("Link: link" would say nothing).
                <h2 class="panel-title">{ match (meaning, link.label.trim()) {
                    (LinkMeaning::Free, "") => t.link.to_owned(),
                    (LinkMeaning::Free, label) => format!("{}: {label}", t.link),
                    (m, _) => format!("{}: {}", t.link, t.meaning(m)),
                } }</h2>
                <p class="link-ends">{ fill(t.link_from_to, &[("from", &name(from)), ("to", &name(to))]) }</p>
                if meaning == LinkMeaning::Free {
                    <label class="field">{ t.link_label }
                        <input type="text" value={link.label.clone()} {onchange} />
                    </label>
                }
                <button type="button" class="danger" onclick={delete}>{ t.delete_link }</button>
            </>
        }
    } else if props.selected.len() > 1 {
        let d = dispatch.clone();
        let delete = Callback::from(move |_: MouseEvent| d.emit(Msg::DeleteSelection));
        html! {
            <>
                <h2 class="panel-title">{ fill(t.cards_selected, &[("n", &props.selected.len().to_string())]) }</h2>
                <button type="button" class="danger" onclick={delete}>{ t.delete }</button>
            </>
        }
    } else if let Some(card) = props.selected.iter().next().and_then(|id| props.board.card(id)) {
        card_details(card, &props.board, props.lang, &dispatch)
    } else {
        html! { <p class="hint">{ t.nothing_selected }</p> }
    };
    html! {
        <section class="inspector" aria-label={t.details}>
            { body }
        </section>
    }
}

fn card_name(card: &Card, kind: &str) -> String {
    let text: String = card.text.chars().take(40).collect();
    if text.trim().is_empty() {
        kind.to_owned()
    } else {
        format!("{kind} “{text}”")
    }
}

fn card_details(card: &Rc<Card>, board: &Board, lang: Lang, dispatch: &Callback<Msg>) -> Html {
    let t = lang.texts();
    let id = card.id.clone();
    let on_text = {
        let (d, id) = (dispatch.clone(), id.clone());
        Callback::from(move |e: Event| {
            let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            d.emit(Msg::Do(Action::SetText { card: id.clone(), text }));
        })
    };
    let party_field = card.kind.belongs_to_party().then(|| {
        let (d, id) = (dispatch.clone(), id.clone());
        let onchange = Callback::from(move |e: Event| {
            let party = PartyId(e.target_unchecked_into::<HtmlSelectElement>().value());
            d.emit(Msg::Do(Action::SetCardParty { card: id.clone(), party }));
        });
        html! {
            <label class="field">{ t.party }
                <select {onchange}>
                    { for board.parties.iter().map(|p| html! {
                        <option value={p.id.0.clone()} selected={card.party.as_ref() == Some(&p.id)}>{ p.name.clone() }</option>
                    }) }
                </select>
            </label>
        }
    });
    let action_fields = (card.kind == CardKind::Action).then(|| {
        let owners = board.parties.iter().map(|p| {
            let (d, id, party) = (dispatch.clone(), id.clone(), p.id.clone());
            let checked = card.owners.contains(&p.id);
            let onchange = Callback::from(move |e: Event| {
                let owner = e.target_unchecked_into::<HtmlInputElement>().checked();
                d.emit(Msg::Do(Action::SetOwner { card: id.clone(), party: party.clone(), owner }));
            });
            html! {
                <label class="check"><input type="checkbox" {checked} {onchange} /><span class="swatch" style={format!("background: {}", p.colour)} />{ p.name.clone() }</label>
            }
        });
        let on_status = {
            let (d, id) = (dispatch.clone(), id.clone());
            Callback::from(move |e: Event| {
                let v = e.target_unchecked_into::<HtmlSelectElement>().selected_index();
                if let Some(status) = usize::try_from(v).ok().and_then(|i| ActionStatus::ALL.get(i)) {
                    d.emit(Msg::Do(Action::SetStatus { card: id.clone(), status: *status }));
                }
            })
        };
        let status = card.status.unwrap_or_default();
        let commitments = board.parties.iter().map(|p| {
            let (d, id, party) = (dispatch.clone(), id.clone(), p.id.clone());
            let current = card.commitment(&p.id);
            let onchange = Callback::from(move |e: Event| {
                let v = e.target_unchecked_into::<HtmlSelectElement>().selected_index();
                if let Some(c) = usize::try_from(v).ok().and_then(|i| Commitment::ALL.get(i)) {
                    d.emit(Msg::Do(Action::SetCommitment { card: id.clone(), party: party.clone(), commitment: *c }));
                }
            });
            html! {
                <label class="field inline"><span><span class="swatch" style={format!("background: {}", p.colour)} />{ p.name.clone() }</span>
                    <select {onchange} aria-label={format!("{} – {}", t.commitments, p.name)}>
                        { for Commitment::ALL.iter().map(|c| html! { <option selected={*c == current}>{ t.commitment(*c) }</option> }) }
                    </select>
                </label>
            }
        });
        html! {
            <>
                <fieldset><legend>{ t.owners }</legend>{ for owners }</fieldset>
                <label class="field">{ t.status }
                    <select onchange={on_status}>
                        { for ActionStatus::ALL.iter().map(|s| html! { <option selected={*s == status}>{ t.status(*s) }</option> }) }
                    </select>
                </label>
                <fieldset><legend>{ t.commitments }</legend>{ for commitments }</fieldset>
            </>
        }
    });
    let fact_fields = (card.kind == CardKind::Fact).then(|| {
        let on_source = {
            let (d, id) = (dispatch.clone(), id.clone());
            Callback::from(move |e: Event| {
                let source = e.target_unchecked_into::<HtmlInputElement>().value();
                d.emit(Msg::Do(Action::SetSource { card: id.clone(), source }));
            })
        };
        let recognised = board.parties.iter().map(|p| {
            let (d, id, party) = (dispatch.clone(), id.clone(), p.id.clone());
            let checked = card.recognised_by.contains(&p.id);
            let onchange = Callback::from(move |e: Event| {
                let recognised = e.target_unchecked_into::<HtmlInputElement>().checked();
                d.emit(Msg::Do(Action::SetRecognised { card: id.clone(), party: party.clone(), recognised }));
            });
            html! {
                <label class="check"><input type="checkbox" {checked} {onchange} /><span class="swatch" style={format!("background: {}", p.colour)} />{ p.name.clone() }</label>
            }
        });
        html! {
            <>
                <label class="field">{ t.source }
                    <input type="text" value={card.source.clone().unwrap_or_default()} placeholder={t.source_placeholder} onchange={on_source} />
                </label>
                <fieldset><legend>{ t.recognised_by }</legend>{ for recognised }</fieldset>
            </>
        }
    });
    let delete = (card.kind != CardKind::Ambition).then(|| {
        let d = dispatch.clone();
        let onclick = Callback::from(move |_: MouseEvent| d.emit(Msg::DeleteSelection));
        html! { <button type="button" class="danger" {onclick}>{ t.delete_card }</button> }
    });
    html! {
        <>
            <h2 class="panel-title">{ kind_icon(card.kind) }{ t.kind(card.kind) }</h2>
            <label class="field">{ t.text }
                <textarea rows="4" value={card.text.clone()} wrap={wrap(&card.text)} onchange={on_text} />
            </label>
            { for party_field }
            { for action_fields }
            { for fact_fields }
            { for delete }
        </>
    }
}
