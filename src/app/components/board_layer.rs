//! Everything in the world layer that belongs to the board: the links and
//! the cards. The camera is not among its props, so panning and zooming
//! never re-render it.
//!
//! While cards are dragged, only the dragged cards and their links change:
//! the rest of the board is a component of its own ([`StillLayer`]) whose
//! props stay the same for the whole drag, so Yew skips it on every move.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::rc::Rc;

use yew::prelude::*;

use super::card_view::{kind_class, CardView};
use super::link_view::LinkView;
use crate::core::layout::{label_spot, link_route, Route};
use crate::core::lens::{Lens, Seen};
use crate::core::voting::VotingRound;
use crate::app::Shared;
use crate::core::analysis::is_disputed;
use crate::core::geometry::Rect;
use crate::core::export::svg::xml;
use crate::core::excerpt::{self, excerpt};
use crate::core::number::decimal;
use crate::core::model::{Board, Card, CardId, CardKind, Link, LinkId, LinkMeaning};
use crate::i18n::{fill, Lang};

/// Up to this many cards, links run round the cards they do not join and
/// their words keep clear of every card and of each other (see
/// `Look::keep_clear`).
const LABEL_CHECK_CARDS: usize = crate::core::layout::CHECKED_CARDS;

/// The height of the coloured band at the top of a card in a sketch.
const SKETCH_BAND: f64 = 60.0;

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
    pub voting: Option<Rc<VotingRound>>,
    pub read_only: bool,
    /// Zoomed out so far that cards are drawn as coloured blocks.
    pub sketch: bool,
    /// On a large board, the part of the world to draw: cards and links
    /// outside it are left out of the page. `None` draws everything.
    #[prop_or_default]
    pub area: Option<Rect>,
}

/// Where each card is in `board.cards`, by id, built once per board, so
/// drawing a link finds its cards without searching the board.
#[derive(Clone)]
struct CardIndex(Shared<Board>, Rc<HashMap<CardId, usize>>);

impl PartialEq for CardIndex {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl CardIndex {
    fn of(board: &Shared<Board>) -> Self {
        let map = board.cards.iter().enumerate().map(|(i, c)| (c.id.clone(), i)).collect();
        CardIndex(board.clone(), Rc::new(map))
    }

    fn card(&self, id: &CardId) -> Option<&Rc<Card>> {
        self.1.get(id).and_then(|&i| self.0.cards.get(i))
    }
}

/// What both layers need to draw cards and links.
#[derive(Clone, PartialEq)]
struct Look {
    board: Shared<Board>,
    index: CardIndex,
    selected: Rc<BTreeSet<CardId>>,
    selected_link: Option<LinkId>,
    editing: Option<CardId>,
    lang: Lang,
    lens: Rc<Lens>,
    voting: Option<Rc<VotingRound>>,
    read_only: bool,
    sketch: bool,
    area: Option<Rect>,
}

impl Look {
    /// What links' words keep clear of, as they are placed one after the
    /// other: every card and the words placed before, on a board of up to
    /// [`LABEL_CHECK_CARDS`] cards; on a larger one each link's own two
    /// cards only (checking every card for every link would cost more time
    /// than it is worth).
    fn keep_clear(&self) -> RefCell<Vec<Rect>> {
        let cards = &self.board.cards;
        RefCell::new(if cards.len() <= LABEL_CHECK_CARDS { cards.iter().map(|c| c.rect()).collect() } else { Vec::new() })
    }

    fn link(&self, l: &Link, query: &str, offset: &dyn Fn(&CardId) -> (f64, f64), clear: &RefCell<Vec<Rect>>) -> Option<Html> {
        let (from, to) = (self.index.card(&l.from)?, self.index.card(&l.to)?);
        if self.area.is_some_and(|a| !a.intersects(&from.rect().union(&to.rect()))) {
            return None;
        }
        let (a, b) = (self.lens.seen(query, from), self.lens.seen(query, to));
        if a == Seen::Hidden || b == Seen::Hidden {
            return None;
        }
        let dimmed = a == Seen::Dimmed || b == Seen::Dimmed;
        let meaning = LinkMeaning::of(from.kind, to.kind);
        let label = if meaning == LinkMeaning::Free { l.label.clone() } else { self.lang.texts().meaning(meaning).to_owned() };
        let rect_of = |c: &Card| {
            let (dx, dy) = offset(&c.id);
            let r = c.rect();
            Rect { x: r.x + dx, y: r.y + dy, ..r }
        };
        let (from, to) = (rect_of(from), rect_of(to));
        let small = self.board.cards.len() <= LABEL_CHECK_CARDS;
        // Round the cards it does not join (on a board small enough to look at every card;
        // `clear` starts with the cards, then holds the words placed so far).
        let route = if small && !self.sketch {
            link_route(from, to, &clear.borrow()[..self.board.cards.len()])
        } else {
            Route::straight(from, to)
        };
        let label_at = (!self.sketch && !label.is_empty())
            .then(|| {
                let mut clear = clear.borrow_mut();
                let spot = if small { label_spot(&route, &label, &clear) } else { label_spot(&route, &label, &[from, to]) };
                if let (true, Some(r)) = (small, spot) {
                    clear.push(r);
                }
                spot
            })
            .flatten();
        Some(html! {
            <LinkView key={l.id.0.clone()} id={l.id.0.clone()} {route} {label_at}
                meaning={meaning} label={label} selected={self.selected_link.as_ref() == Some(&l.id)} {dimmed} sketch={self.sketch} />
        })
    }

    /// Links in a sketch: all of them as one path (and the faded ones as
    /// another), thin at any zoom, without arrowheads or words; a selected
    /// link is drawn as usual. Thousands of links are then two elements.
    fn sketch_links<'a>(&self, links: impl Iterator<Item = &'a Link>, query: &str) -> Html {
        let (mut normal, mut faded, mut selected) = (String::new(), String::new(), None);
        for l in links {
            if self.selected_link.as_ref() == Some(&l.id) {
                selected = self.link(l, query, &|_| (0.0, 0.0), &self.keep_clear());
                continue;
            }
            let (Some(from), Some(to)) = (self.index.card(&l.from), self.index.card(&l.to)) else { continue };
            let (a, b) = (self.lens.seen(query, from), self.lens.seen(query, to));
            if a == Seen::Hidden || b == Seen::Hidden {
                continue;
            }
            let out = if a == Seen::Dimmed || b == Seen::Dimmed { &mut faded } else { &mut normal };
            let (r, s) = (from.rect(), to.rect());
            let (p, q) = (r.edge_towards(s.centre()), s.edge_towards(r.centre()));
            let _ = write!(out, "M{} {}L{} {}", decimal(p.x, 0), decimal(p.y, 0), decimal(q.x, 0), decimal(q.y, 0));
        }
        html! {
            <>
                <g class="link sketch-links"><path class="link-line" d={normal} /></g>
                <g class="link sketch-links dimmed"><path class="link-line" d={faded} /></g>
                { for selected }
            </>
        }
    }

    /// Cards in a sketch. The ambition and the selected cards are elements
    /// of their own, focusable and named, so the keyboard and assistive
    /// technology reach them (the focus follows the selection); all others
    /// are drawn as a few SVG paths, one per colour, which the browser lays
    /// out and paints as one element however many cards there are. Pointer
    /// gestures find those cards by their place (see `Canvas`).
    fn sketch_cards<'a>(&self, cards: impl Iterator<Item = &'a Rc<Card>>, query: &str, offset: (f64, f64)) -> Html {
        let t = self.lang.texts();
        let mut elements = String::new();
        // Paths by fill and state: card bodies, then the coloured bands at their
        // tops. A handful of groups, so a list searched in order (less code in
        // the download than another kind of map).
        let mut bodies: Vec<((&str, &str), String)> = Vec::new();
        let mut bands: Vec<((&str, &str), String)> = Vec::new();
        fn group<'g, 'k>(groups: &'g mut Vec<((&'k str, &'k str), String)>, key: (&'k str, &'k str)) -> &'g mut String {
            let i = match groups.iter().position(|(k, _)| *k == key) {
                Some(i) => i,
                None => {
                    groups.push((key, String::new()));
                    groups.len() - 1
                }
            };
            &mut groups[i].1
        }
        let mut drawn = 0;
        for c in cards {
            let how = self.lens.seen(query, c);
            if how == Seen::Hidden {
                continue;
            }
            let party = c.party.as_ref().and_then(|p| self.board.party(p));
            let selected = self.selected.contains(&c.id);
            let state = match how {
                Seen::Dimmed => " dimmed",
                Seen::Found => " found",
                _ => "",
            };
            let (x, y) = (c.x + offset.0, c.y + offset.1);
            if c.kind != CardKind::Ambition && !selected {
                let band = match (party, c.kind) {
                    (Some(p), _) => p.colour.as_str(),
                    (None, CardKind::Action) => "action",
                    (None, CardKind::Fact) => "fact",
                    _ => "plain",
                };
                let (w, h) = (decimal(c.width, 0), decimal(c.height, 0));
                let (x, y) = (decimal(x, 0), decimal(y, 0));
                let _ = write!(group(&mut bodies, ("", state)), "M{x} {y}h{w}v{h}h-{w}z");
                let band_h = decimal(c.height.min(SKETCH_BAND), 0);
                let _ = write!(group(&mut bands, (band, state)), "M{x} {y}h{w}v{band_h}h-{w}z");
                drawn += 1;
                continue;
            }
            let mut class = format!("card sketch {}{state}", kind_class(c.kind));
            for (on, name) in [(party.is_some(), " has-party"), (selected, " selected")] {
                if on {
                    class.push_str(name);
                }
            }
            let mut label = t.kind(c.kind).to_owned();
            let mut colour = String::new();
            if let Some(p) = party {
                let _ = write!(label, ", {}", p.name);
                colour = format!(" --party: {};", xml(&p.colour));
            }
            let _ = write!(label, ": {}", excerpt(&c.text, excerpt::CARD_CHARS));
            let _ = write!(
                elements,
                r#"<div class="{class}" data-card="{}" style="transform: translate({}px, {}px); width: {}px; height: {}px;{colour}" role="group" aria-label="{}" tabindex="0"{}></div>"#,
                xml(&c.id.0),
                decimal(x, 1),
                decimal(y, 1),
                decimal(c.width, 1),
                decimal(c.height, 1),
                xml(&label),
                if selected { r#" aria-current="true""# } else { "" },
            );
        }
        let mut out = String::new();
        if drawn > 0 {
            let a = self.lang.access();
            let name = if drawn == 1 { a.sketch_of_one_card.to_owned() } else { fill(a.sketch_of_cards, &[("n", &drawn.to_string())]) };
            let _ = write!(out, r#"<svg class="sketch-cards" width="1" height="1" role="img" aria-label="{}">"#, xml(&name));
            for ((_, state), d) in &bodies {
                let _ = write!(out, r#"<path class="sketch-body{state}" d="{d}"/>"#);
            }
            for ((band, state), d) in &bands {
                let fill = if band.starts_with('#') { format!(r#" style="fill: {}""#, xml(band)) } else { String::new() };
                let kind = if band.starts_with('#') { "party" } else { band };
                let _ = write!(out, r#"<path class="sketch-band {kind}{state}"{fill} d="{d}"/>"#);
            }
            out.push_str("</svg>");
        }
        out.push_str(&elements);
        Html::from_html_unchecked(out.into())
    }

    fn card(&self, c: &Rc<Card>, query: &str, offset: (f64, f64)) -> Option<Html> {
        let how = self.lens.seen(query, c);
        if how == Seen::Hidden {
            return None;
        }
        let board = &self.board;
        let party = c.party.as_ref().and_then(|p| board.party(p)).cloned();
        let disputed = c.kind == CardKind::Fact && !board.parties.is_empty() && is_disputed(board, c);
        let my_votes = self.voting.as_ref().map(|v| {
            v.given.get(v.current).map_or(0, |g| g.iter().filter(|id| *id == &c.id).count() as u32)
        });
        let owners = c.owners.iter().filter_map(|p| board.party(p)).map(|p| AttrValue::from(p.label().to_owned())).collect::<Vec<_>>();
        Some(html! {
            <CardView key={c.id.0.clone()} card={c.clone()} party={party} owners={owners} lang={self.lang}
                selected={self.selected.contains(&c.id)} offset={offset}
                editing={self.editing.as_ref() == Some(&c.id)} dimmed={how == Seen::Dimmed} found={how == Seen::Found}
                {disputed} {my_votes} read_only={self.read_only} />
        })
    }
}

#[component]
pub fn BoardLayer(props: &BoardLayerProps) -> Html {
    let index = {
        let board = props.board.clone();
        use_memo(board, CardIndex::of)
    };
    let look = Look {
        board: props.board.clone(),
        index: (*index).clone(),
        selected: props.selected.clone(),
        selected_link: props.selected_link.clone(),
        editing: props.editing.clone(),
        lang: props.lang,
        lens: props.lens.clone(),
        voting: props.voting.clone(),
        read_only: props.read_only,
        sketch: props.sketch,
        area: props.area,
    };
    let moving = props.drag.as_ref().map(|d| d.cards.clone());
    // The cards being dragged, and their links, drawn on top of the rest.
    let moving_part = props.drag.as_ref().map(|d| {
        let query = props.lens.query();
        let offset = |id: &CardId| if d.cards.contains(id) { (d.dx, d.dy) } else { (0.0, 0.0) };
        let clear = look.keep_clear();
        let links = props
            .board
            .links
            .iter()
            .filter(|l| d.cards.contains(&l.from) || d.cards.contains(&l.to))
            .filter_map(|l| look.link(l, &query, &offset, &clear));
        let moving = d.cards.iter().filter_map(|id| look.index.card(id));
        let cards = if look.sketch {
            look.sketch_cards(moving, &query, (d.dx, d.dy))
        } else {
            moving.filter_map(|c| look.card(c, &query, (d.dx, d.dy))).collect::<Html>()
        };
        html! {
            <>
                <svg class="links moving" width="1" height="1" aria-hidden="true">{ for links }</svg>
                { cards }
            </>
        }
    });
    html! {
        <>
            <StillLayer look={look.clone()} {moving} />
            { for moving_part }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct StillLayerProps {
    look: Look,
    /// Cards being dragged: drawn by the board layer, not here.
    moving: Option<Rc<BTreeSet<CardId>>>,
}

/// The board without the cards being dragged: its props do not change
/// while a drag goes on, so it is not re-rendered on every move.
#[component]
fn StillLayer(props: &StillLayerProps) -> Html {
    let look = &props.look;
    let board = &look.board;
    let query = look.lens.query();
    let moving = |id: &CardId| props.moving.as_ref().is_some_and(|m| m.contains(id));
    let no_offset = |_: &CardId| (0.0, 0.0);
    let still = board.links.iter().map(Rc::as_ref).filter(|l| !moving(&l.from) && !moving(&l.to));
    let links = if look.sketch {
        look.sketch_links(still, &query)
    } else {
        let clear = look.keep_clear();
        still.filter_map(|l| look.link(l, &query, &no_offset, &clear)).collect::<Html>()
    };
    let still = board.cards.iter().filter(|c| !moving(&c.id)).filter(|c| look.area.is_none_or(|a| a.intersects(&c.rect())));
    let cards = if look.sketch {
        look.sketch_cards(still, &query, (0.0, 0.0))
    } else {
        still.filter_map(|c| look.card(c, &query, (0.0, 0.0))).collect::<Html>()
    };
    html! {
        <>
            <svg class="links" width="1" height="1" aria-hidden="true">
                <defs>
                    <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M 0 0 L 10 5 L 0 10 z" class="arrow-head" />
                    </marker>
                </defs>
                { links }
            </svg>
            { cards }
        </>
    }
}
