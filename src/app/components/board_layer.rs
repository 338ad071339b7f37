//! Everything in the world layer that belongs to the board: the links and
//! the cards. The camera is not among its props, so panning and zooming
//! never re-render it; while cards are dragged, only the dragged cards and
//! their links change.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use super::card_view::CardView;
use super::link_view::LinkView;
use crate::app::state::{Lens, VotingRound};
use crate::app::Shared;
use crate::core::analysis::is_disputed;
use crate::core::geometry::Rect;
use crate::core::model::{Board, Card, CardId, CardKind, LinkId, LinkMeaning};
use crate::i18n::Lang;

/// Cards being dragged, and how far.
#[derive(Clone, Debug, PartialEq)]
pub struct DragPreview {
    pub cards: Rc<BTreeSet<CardId>>,
    pub dx: f64,
    pub dy: f64,
}

#[derive(Properties, PartialEq)]
pub struct BoardLayerProps {
    pub board: Shared<Board>,
    pub selected: Rc<BTreeSet<CardId>>,
    pub selected_link: Option<LinkId>,
    pub editing: Option<CardId>,
    pub lang: Lang,
    pub drag: Option<DragPreview>,
    pub lens: Rc<Lens>,
    pub voting: Option<VotingRound>,
    pub read_only: bool,
}

/// How the lens shows a card.
#[derive(Clone, Copy, PartialEq)]
enum Seen {
    Hidden,
    Dimmed,
    Normal,
    Found,
}

fn seen(lens: &Lens, card: &Card) -> Seen {
    if card.kind != CardKind::Ambition && lens.hidden.contains(&card.kind) {
        return Seen::Hidden;
    }
    if let Some(p) = &lens.focus {
        let theirs = card.kind == CardKind::Ambition
            || card.party.as_ref() == Some(p)
            || card.owners.contains(p)
            || card.commitments.contains_key(p)
            || card.recognised_by.contains(p);
        if !theirs {
            return Seen::Dimmed;
        }
    }
    let query = lens.search.trim().to_lowercase();
    if query.is_empty() {
        Seen::Normal
    } else if card.text.to_lowercase().contains(&query) || card.source.as_deref().is_some_and(|s| s.to_lowercase().contains(&query)) {
        Seen::Found
    } else {
        Seen::Dimmed
    }
}

#[component]
pub fn BoardLayer(props: &BoardLayerProps) -> Html {
    let t = props.lang.texts();
    let board = &props.board;
    let offset_of = |id: &CardId| match &props.drag {
        Some(d) if d.cards.contains(id) => (d.dx, d.dy),
        _ => (0.0, 0.0),
    };
    let rect_of = |c: &Card| {
        let (dx, dy) = offset_of(&c.id);
        let r = c.rect();
        Rect { x: r.x + dx, y: r.y + dy, ..r }
    };
    let links = board.links.iter().filter_map(|l| {
        let (from, to) = (board.card(&l.from)?, board.card(&l.to)?);
        let (a, b) = (seen(&props.lens, from), seen(&props.lens, to));
        if a == Seen::Hidden || b == Seen::Hidden {
            return None;
        }
        let dimmed = a == Seen::Dimmed || b == Seen::Dimmed;
        let meaning = LinkMeaning::of(from.kind, to.kind);
        let label = if meaning == LinkMeaning::Free { l.label.clone() } else { t.meaning(meaning).to_owned() };
        Some(html! {
            <LinkView key={l.id.0.clone()} id={l.id.0.clone()} from={rect_of(from)} to={rect_of(to)}
                meaning={meaning} label={label} selected={props.selected_link.as_ref() == Some(&l.id)} {dimmed} />
        })
    });
    let cards = board.cards.iter().filter_map(|c| {
        let how = seen(&props.lens, c);
        if how == Seen::Hidden {
            return None;
        }
        let party = c.party.as_ref().and_then(|p| board.party(p)).cloned();
        let disputed = c.kind == CardKind::Fact && !board.parties.is_empty() && is_disputed(board, c);
        let my_votes = props.voting.as_ref().map(|v| {
            v.given.get(v.current).map_or(0, |g| g.iter().filter(|id| *id == &c.id).count() as u32)
        });
        let owners = c.owners.iter().filter_map(|p| board.party(p)).map(|p| AttrValue::from(p.name.clone())).collect::<Vec<_>>();
        Some(html! {
            <CardView key={c.id.0.clone()} card={c.clone()} party={party} owners={owners} lang={props.lang}
                selected={props.selected.contains(&c.id)} offset={offset_of(&c.id)}
                editing={props.editing.as_ref() == Some(&c.id)} dimmed={how == Seen::Dimmed} found={how == Seen::Found}
                {disputed} {my_votes} read_only={props.read_only} />
        })
    });
    html! {
        <>
            <svg class="links" width="1" height="1" aria-hidden="true">
                <defs>
                    <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M 0 0 L 10 5 L 0 10 z" class="arrow-head" />
                    </marker>
                </defs>
                { for links }
            </svg>
            { for cards }
        </>
    }
}
