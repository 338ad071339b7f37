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

/// The words' size on the board (14 px, bold, with a 5 px halo), a little
/// generous: used to tell whether they fit between the two cards.
const LABEL_CHAR_WIDTH: f64 = 8.5;
const LABEL_PADDING: f64 = 6.0;
const LABEL_HEIGHT: f64 = 18.0;

#[component]
pub fn LinkView(props: &LinkViewProps) -> Html {
    let a = props.from.edge_towards(props.to.centre());
    let b = props.to.edge_towards(props.from.centre());
    let d = format!("M {} {} L {} {}", decimal(a.x, 1), decimal(a.y, 1), decimal(b.x, 1), decimal(b.y, 1));
    // The words sit nearer the arrow's tail, so the many arrows that meet at
    // the ambition do not pile their labels up there.
    let mid = Point::new(a.x + (b.x - a.x) * 0.42, a.y + (b.y - a.y) * 0.42);
    // Words that do not fit between two cards set close together would sit
    // half under them: the arrow then keeps them as its title (shown on
    // hover) until the cards are moved apart.
    let width = props.label.chars().count() as f64 * LABEL_CHAR_WIDTH + LABEL_PADDING;
    let words = Rect { x: mid.x - width / 2.0, y: mid.y - LABEL_HEIGHT / 2.0, width, height: LABEL_HEIGHT };
    let fits = !words.intersects(&props.from) && !words.intersects(&props.to);
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
