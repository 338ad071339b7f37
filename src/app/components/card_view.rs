//! One card on the canvas. It takes only its own data as props, so a change
//! to one card re-renders that card alone. Pointer handling lives on the
//! canvas, which finds the card through `data-card`.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::excerpt::{self, excerpt, pieces};
use crate::core::number::decimal;

use super::kind_icon::kind_icon;
use crate::core::colour::text_colour_on;
use crate::core::model::{Card, CardKind, Commitment, Named, Party};
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct CardViewProps {
    pub card: Rc<Card>,
    /// The party the card belongs to (interests, wishes, goals).
    #[prop_or_default]
    pub party: Option<Party>,
    /// Names of the action's owners, for actions.
    #[prop_or_default]
    pub owners: Vec<AttrValue>,
    pub lang: Lang,
    pub selected: bool,
    /// How far the card is being dragged, in world units.
    #[prop_or_default]
    pub offset: (f64, f64),
    /// Hidden while its text is being edited on top of it.
    #[prop_or_default]
    pub editing: bool,
    /// Faded while the lens (focus, search) puts other cards forward.
    #[prop_or_default]
    pub dimmed: bool,
    /// Matches the search.
    #[prop_or_default]
    pub found: bool,
    /// A fact not recognised by every party.
    #[prop_or_default]
    pub disputed: bool,
    /// In a voting round: the dots the current participant gave this card.
    #[prop_or_default]
    pub my_votes: Option<u32>,
    /// Presenting: no handles.
    #[prop_or_default]
    pub read_only: bool,
}

/// The class that gives a card of this kind its look: the kind's name in
/// the board file.
pub fn kind_class(kind: CardKind) -> &'static str {
    kind.name()
}

#[component]
pub fn CardView(props: &CardViewProps) -> Html {
    let t = props.lang.texts();
    let card = &props.card;
    let kind = card.kind;
    let kind_class = kind_class(kind);
    let (dx, dy) = props.offset;
    let mut style = format!(
        "transform: translate({}px, {}px); width: {}px; height: {}px;",
        decimal(card.x + dx, 2),
        decimal(card.y + dy, 2),
        decimal(card.width, 2),
        decimal(card.height, 2)
    );
    if let Some(p) = &props.party {
        style.push_str(&format!(" --party: {}; --on-party: {};", p.colour, text_colour_on(&p.colour)));
    }
    let party_name = props.party.as_ref().map(|p| p.name.clone()).unwrap_or_default();
    let class = classes!("card", kind_class, props.selected.then_some("selected"), props.editing.then_some("editing"),
        props.party.is_some().then_some("has-party"), props.dimmed.then_some("dimmed"), props.found.then_some("found"),
        props.disputed.then_some("disputed"));
    // A card carries the start of a long text, in pieces the browser lays out quickly
    // (see core::excerpt); the editor and the details hold the whole text.
    let shown = excerpt(&card.text, excerpt::CARD_CHARS);
    let label = format!("{}{}: {}", t.kind(kind), if party_name.is_empty() { String::new() } else { format!(", {party_name}") }, shown);
    let placeholder = if kind == CardKind::Ambition { t.ambition_placeholder } else { t.card_placeholder };
    let text = if card.text.trim().is_empty() {
        html! { <p class="card-text placeholder">{ placeholder }</p> }
    } else {
        html! { <p class="card-text">{ for pieces(&shown, excerpt::PIECE_CHARS).into_iter().map(String::from) }</p> }
    };
    let w = props.lang.workshop();
    // The card's dots as one count, in the foot of an action or a fact and
    // in the bottom row of any other card (core::card_size leaves room).
    let votes = (card.votes > 0).then(|| {
        let count = w.vote_count(card.votes);
        html! {
            <span class="votes" aria-label={count.clone()} title={count}>
                <span class="dot" /><span class="vote-number">{ card.votes }</span>
            </span>
        }
    });
    let foot = match kind {
        CardKind::Action => {
            let status = card.status.unwrap_or_default();
            let owners = if props.owners.is_empty() {
                html! { <span class="owners none">{ t.no_owner }</span> }
            } else {
                html! { <span class="owners">{ props.owners.join(", ") }</span> }
            };
            let counts = Commitment::ALL[1..]
                .iter()
                .map(|c| (c, card.commitments.values().filter(|v| *v == c).count()))
                .filter(|(_, n)| *n > 0)
                .map(|(c, n)| {
                    let (class, mark) = match c {
                        Commitment::Committed => ("commit committed", "✓"),
                        Commitment::Hesitant => ("commit hesitant", "?"),
                        _ => ("commit not-committed", "✗"),
                    };
                    // A mark and a count, so the foot keeps to one or two lines;
                    // the word is in the tooltip and for screen readers.
                    html! {
                        <span class={class} title={t.commitment(*c)}>
                            { format!("{mark}{n}") }<span class="visually-hidden">{ format!(" {}", t.commitment(*c)) }</span>
                        </span>
                    }
                });
            html! {
                <div class="card-foot">
                    <span class={classes!("status", format!("status-{}", status.name()))}>{ t.status(status) }</span>
                    { for counts }
                    { votes.clone() }
                    { owners }
                </div>
            }
        }
        CardKind::Fact => {
            let source = card.source.as_deref().unwrap_or("").trim();
            html! {
                <div class="card-foot">
                    { votes.clone() }
                    if source.is_empty() {
                        <span class="source none">{ t.no_source }</span>
                    } else {
                        <span class="source">{ format!("{}: {}", t.source, source) }</span>
                    }
                </div>
            }
        }
        _ => votes.clone().map(|v| html! { <div class="card-foot">{ v }</div> }).unwrap_or_default(),
    };
    let vote_keys = props.my_votes.map(|mine| html! {
        <span class="vote-keys">
            <button type="button" class="vote-button give" data-vote="give" aria-label={w.vote_for} title={w.vote_for}>{ "+" }</button>
            if mine > 0 {
                <button type="button" class="vote-button" data-vote="take" aria-label={w.take_vote_back} title={w.take_vote_back}>{ "−" }</button>
            }
        </span>
    });
    let disputed = props.disputed.then(|| html! { <span class="disputed-badge">{ w.disputed }</span> });
    html! {
        <div {class} data-card={card.id.0.clone()} {style} role="group" aria-label={label}
             tabindex="0" aria-current={props.selected.then_some("true")}>
            <div class="card-head">
                { kind_icon(kind) }
                <span class="kind-label">{ t.kind(kind) }</span>
                if let Some(p) = &props.party {
                    // The short name the facilitator gave, the whole name on hover.
                    <span class="party-name" title={(p.label() != p.name).then(|| p.name.clone())}>{ p.label().to_owned() }</span>
                }
            </div>
            { for disputed }
            { text }
            { foot }
            { for vote_keys }
            if !props.read_only {
                <div class="link-handle" data-handle="true" title={t.link_handle} aria-hidden="true">
                    <svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"><path d="M5 12h13M13 6l6 6-6 6"/></svg>
                </div>
            }
        </div>
    }
}
