//! One party in the legend: its colour, its name and the short name its
//! cards show (both editable), a palette to recolour it, and a button to
//! remove it.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::app::session::{Msg};
use crate::core::action::Action;
use crate::core::model::{Party, PARTY_COLOURS};
use crate::i18n::{fill, Lang};

#[derive(Properties, PartialEq)]
pub struct PartyRowProps {
    pub party: Party,
    /// New interests, wishes and goals go to this party.
    pub active: bool,
    /// Take the focus (the party was just added).
    pub focus: bool,
    /// Of its interests, wishes and goals: how many are linked to the ambition, of how many.
    pub coverage: (usize, usize),
    /// The board is focused on this party.
    pub focused: bool,
    pub lang: Lang,
    pub send: Callback<Msg>,
}

/// The lines a party's name takes in its field (where the browser cannot
/// size the field to its text itself).
fn name_rows(name: &str) -> usize {
    crate::core::card_size::lines(name, 17).clamp(1, 4)
}

#[component]
pub fn PartyRow(props: &PartyRowProps) -> Html {
    let t = props.lang.texts();
    let name_field = use_node_ref();
    let palette_open = use_state(|| false);
    {
        let name_field = name_field.clone();
        use_effect_with(props.focus, move |focus| {
            if *focus {
                if let Some(el) = name_field.cast::<HtmlTextAreaElement>() {
                    let _ = el.focus();
                    el.select();
                }
            }
        });
    }
    let p = &props.party;
    let rename = {
        let (d, id, now) = (props.send.clone(), p.id.clone(), p.name.clone());
        Callback::from(move |e: Event| {
            let field = e.target_unchecked_into::<HtmlTextAreaElement>();
            // A name is one line: line breaks typed or pasted become spaces.
            let name = field.value().replace(['\r', '\n'], " ");
            d.emit(Msg::Do(Action::RenameParty { party: id.clone(), name }));
            // As it stands: the new name when the board takes it, the old one when refused.
            field.set_value(&now);
        })
    };
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        if e.key() == "Enter" {
            e.prevent_default();
            if let Some(el) = e.target().and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok()) {
                let _ = el.blur();
            }
        }
    });
    let shorten = {
        let (d, id, now) = (props.send.clone(), p.id.clone(), p.short_name.clone());
        Callback::from(move |e: Event| {
            let field = e.target_unchecked_into::<HtmlInputElement>();
            d.emit(Msg::Do(Action::SetShortName { party: id.clone(), short_name: field.value() }));
            // The field shows the party's short name as it stands: the new
            // one when the board takes it (drawn next), the old one when refused.
            field.set_value(&now);
        })
    };
    let activate = {
        let (d, id) = (props.send.clone(), p.id.clone());
        Callback::from(move |_: FocusEvent| d.emit(Msg::SetActiveParty(id.clone())))
    };
    let toggle_palette = {
        let palette_open = palette_open.clone();
        Callback::from(move |_: MouseEvent| palette_open.set(!*palette_open))
    };
    let remove = {
        let (d, id) = (props.send.clone(), p.id.clone());
        Callback::from(move |_: MouseEvent| d.emit(Msg::AskRemoveParty(Some(id.clone()))))
    };
    let w = props.lang.workshop();
    let toggle_focus = {
        let (d, id, focused) = (props.send.clone(), p.id.clone(), props.focused);
        Callback::from(move |_: MouseEvent| d.emit(Msg::Focus(if focused { None } else { Some(id.clone()) })))
    };
    let (linked, total) = props.coverage;
    // In words: "0/0" would say nothing.
    let coverage_text = if total == 0 {
        w.no_cards_yet.to_owned()
    } else {
        fill(w.coverage, &[("linked", &linked.to_string()), ("total", &total.to_string())])
    };
    let focus_label = if props.focused { w.unfocus.to_owned() } else { fill(w.focus_party, &[("name", &p.name)]) };
    let palette = palette_open.then(|| {
        let swatches = PARTY_COLOURS.iter().map(|c| {
            let (d, id, palette_open) = (props.send.clone(), p.id.clone(), palette_open.clone());
            let colour = (*c).to_owned();
            let current = p.colour.eq_ignore_ascii_case(c);
            let onclick = Callback::from(move |_: MouseEvent| {
                d.emit(Msg::Do(Action::RecolourParty { party: id.clone(), colour: colour.clone() }));
                palette_open.set(false);
            });
            html! {
                <button type="button" class={classes!("swatch-button", current.then_some("current"))} style={format!("background: {c}")}
                    aria-label={(*c).to_owned()} aria-pressed={current.to_string()} {onclick} />
            }
        });
        html! { <div class="palette" role="group" aria-label={fill(t.party_colour, &[("name", &p.name)])}>{ for swatches }</div> }
    });
    html! {
        <li class={classes!("party-row", props.active.then_some("active"))}>
            <button type="button" class="swatch-button" style={format!("background: {}", p.colour)}
                aria-label={fill(t.party_colour, &[("name", &p.name)])} aria-expanded={palette_open.to_string()} onclick={toggle_palette} />
            // A text area, so a long name wraps and shows whole.
            <textarea class="party-name-field" ref={name_field} value={p.name.clone()} aria-label={t.party_name} rows={name_rows(&p.name).to_string()}
                onchange={rename} {onkeydown} onfocus={activate.clone()} />
            <button type="button" class={classes!("icon-button", "focus-party", props.focused.then_some("on"))}
                aria-label={focus_label.clone()} aria-pressed={props.focused.to_string()} title={focus_label} onclick={toggle_focus}>
                <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><circle cx="12" cy="12" r="3"/><path d="M3 12s3.5-6 9-6 9 6 9 6-3.5 6-9 6-9-6-9-6z"/></svg>
            </button>
            <button type="button" class="icon-button remove-party" aria-label={fill(t.remove_party, &[("name", &p.name)])}
                title={fill(t.remove_party, &[("name", &p.name)])} onclick={remove}>{ "×" }</button>
            <span class={classes!("coverage", (linked == 0 && total > 0).then_some("none"), (total == 0).then_some("empty"))}>{ coverage_text }</span>
            <label class="party-short">
                <span>{ t.party_short_name_hint }</span>
                // Empty, it shows in grey what the cards show: the whole name.
                <input type="text" value={p.short_name.clone()} placeholder={p.name.clone()} maxlength="24"
                    aria-label={fill(t.party_short_name, &[("name", &p.name)])} onchange={shorten} onfocus={activate.clone()} />
            </label>
            { for palette }
        </li>
    }
}
