//! One link: an arrow between the edges of two cards, straight or bent
//! round the cards it does not join, with its meaning written on it. Drawn
//! inside the world's SVG layer.

use yew::prelude::*;

use crate::core::geometry::Rect;
use crate::core::layout::Route;
use crate::core::number::decimal;
use crate::core::model::LinkMeaning;

#[derive(Properties, PartialEq)]
pub struct LinkViewProps {
    pub id: AttrValue,
    /// Where it runs (see `core::layout::link_route`).
    pub route: Route,
    pub meaning: LinkMeaning,
    /// The words on the arrow: its meaning, or a free link's own label.
    pub label: AttrValue,
    pub selected: bool,
    /// Faded while the lens puts other cards forward.
    #[prop_or_default]
    pub dimmed: bool,
    /// Where its words go, clear of every card and of other words.
    #[prop_or_default]
    pub label_at: Option<Rect>,
    /// Zoomed far out: the arrow alone, without words or a wider hit area.
    #[prop_or_default]
    pub sketch: bool,
}

#[component]
pub fn LinkView(props: &LinkViewProps) -> Html {
    let Route { a, b, via } = props.route;
    let n = |v: f64| decimal(v, 1);
    let d = match via {
        None => format!("M {} {} L {} {}", n(a.x), n(a.y), n(b.x), n(b.y)),
        Some(c) => format!("M {} {} Q {} {} {} {}", n(a.x), n(a.y), n(c.x), n(c.y), n(b.x), n(b.y)),
    };
    // Words with no free place on the arrow (see `label_spot`) would sit
    // under a card or other words: the arrow then keeps them as its title
    // (shown on hover) until the cards are moved apart.
    let spot = props.label_at.filter(|_| !props.label.is_empty());
    let fits = spot.is_some();
    let mid = spot.map(|r| r.centre()).unwrap_or(a);
    let has_words = !props.label.is_empty() && !props.sketch;
    let class = match props.meaning {
        LinkMeaning::Serves => "serves",
        LinkMeaning::Realises => "realises",
        LinkMeaning::Substantiates => "substantiates",
        LinkMeaning::Free => "free",
    };
    html! {
        <g class={classes!("link", class, props.selected.then_some("selected"), props.dimmed.then_some("dimmed"))} data-link={props.id.clone()}>
            if has_words && !fits {
                <title>{ props.label.clone() }</title>
            }
            if !props.sketch {
                <path class="link-hit" d={d.clone()} />
            }
            <path class="link-line" d={d} marker-end="url(#arrow)" />
            if has_words && fits {
                <text class="link-label" x={decimal(mid.x, 1)} y={decimal(mid.y, 1)}
                      text-anchor="middle" dominant-baseline="central">{ props.label.clone() }</text>
            }
        </g>
    }
}
