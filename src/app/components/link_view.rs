//! One link: an arrow between the edges of two cards, with its meaning
//! written on it. Drawn inside the world's SVG layer.

use yew::prelude::*;

use crate::core::geometry::{Point, Rect};
use crate::core::number::decimal;
use crate::core::model::LinkMeaning;

#[derive(Properties, PartialEq)]
pub struct LinkViewProps {
    pub id: AttrValue,
    pub from: Rect,
    pub to: Rect,
    pub meaning: LinkMeaning,
    /// The words on the arrow: its meaning, or a free link's own label.
    pub label: AttrValue,
    pub selected: bool,
    /// Faded while the lens puts other cards forward.
    #[prop_or_default]
    pub dimmed: bool,
    /// Zoomed far out: the arrow alone, without words or a wider hit area.
    #[prop_or_default]
    pub sketch: bool,
}

#[component]
pub fn LinkView(props: &LinkViewProps) -> Html {
    let a = props.from.edge_towards(props.to.centre());
    let b = props.to.edge_towards(props.from.centre());
    let d = format!("M {} {} L {} {}", decimal(a.x, 1), decimal(a.y, 1), decimal(b.x, 1), decimal(b.y, 1));
    // The words sit nearer the arrow's tail, so the many arrows that meet at
    // the ambition do not pile their labels up there.
    let mid = Point::new(a.x + (b.x - a.x) * 0.42, a.y + (b.y - a.y) * 0.42);
    let class = match props.meaning {
        LinkMeaning::Serves => "serves",
        LinkMeaning::Realises => "realises",
        LinkMeaning::Substantiates => "substantiates",
        LinkMeaning::Free => "free",
    };
    html! {
        <g class={classes!("link", class, props.selected.then_some("selected"), props.dimmed.then_some("dimmed"))} data-link={props.id.clone()}>
            if !props.sketch {
                <path class="link-hit" d={d.clone()} />
            }
            <path class="link-line" d={d} marker-end="url(#arrow)" />
            if !props.label.is_empty() && !props.sketch {
                <text class="link-label" x={decimal(mid.x, 1)} y={decimal(mid.y, 1)}
                      text-anchor="middle" dominant-baseline="central">{ props.label.clone() }</text>
            }
        </g>
    }
}
