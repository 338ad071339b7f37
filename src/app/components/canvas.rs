//! The canvas: a viewport that turns pointer gestures (mouse, pen, touch)
//! into panning, zooming, selecting, moving and linking, and one world layer
//! that the camera moves with a single CSS transform. On touch, a long press
//! opens a card's menu and a double tap edits; the keyboard focus follows the
//! selection, and a card that gets the focus is selected and shown.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use super::board_layer::{BoardLayer, DragPreview};
use super::card_editor::CardEditor;
use super::card_menu::CardMenu;
use super::empty_board_hint::EmptyBoardHint;
use super::kind_icon::KindIcon;
use crate::app::session::{only, selected_cards, KeyMode, Msg, ViewRequest};
use crate::app::Shared;
use crate::core::lens::Lens;
use crate::core::voting::VotingRound;
use crate::core::action::Action;
use crate::core::geometry::{Camera, Point, Rect, Size};
use crate::core::number::decimal;
use crate::core::model::{Board, CardId, CardKind, LinkId, Named, PartyId};
use crate::platform::page;
use crate::i18n::Lang;

/// How far (screen pixels) a pointer must move before a press becomes a drag.
const DRAG_THRESHOLD: f64 = 4.0;
/// The width the details panel covers at the right of the canvas (see style.css).
const DETAILS_PANEL_WIDTH: f64 = 344.0;
/// How long a finger rests on a card before its menu opens (milliseconds).
const LONG_PRESS_MS: u32 = 550;
/// Two taps on the same card at most this far apart (milliseconds) edit it.
const DOUBLE_TAP_MS: f64 = 400.0;

#[derive(Properties, PartialEq)]
pub struct CanvasProps {
    pub board: Shared<Board>,
    pub selected: Rc<BTreeSet<CardId>>,
    pub selected_link: Option<LinkId>,
    pub editing: Option<CardId>,
    pub active_party: Option<PartyId>,
    pub lang: Lang,
    pub lens: Rc<Lens>,
    /// The voting round going on, if any.
    pub voting: Option<Rc<VotingRound>>,
    /// Presenting: pan and zoom only, no editing.
    pub read_only: bool,
    /// What the view should show, asked for by the session: each request
    /// is a new value, carried out once. `None`: the whole board.
    pub view: Option<Shared<ViewRequest>>,
    pub send: Callback<Msg>,
    /// The keyboard mode, shown on the canvas.
    #[prop_or_default]
    pub key_mode: Option<KeyMode>,
}

/// What the pointer is doing.
#[derive(Clone, Debug, Default)]
enum Gesture {
    #[default]
    Idle,
    Panning { start: Point, last: Point, moved: bool },
    Dragging { start: Point, cards: Rc<BTreeSet<CardId>>, moved: bool },
    Linking { from: CardId, moved: bool },
    Marquee { start: Point, add: bool },
    Pinching { distance: f64, mid: Point },
}

/// The double-click menu for adding a card where the person pointed.
#[derive(Clone, Debug, PartialEq)]
struct QuickAdd {
    screen: Point,
    world: Point,
}

/// Boards with more cards than this draw only the cards around the view.
const DRAW_ALL_UP_TO: usize = 300;

/// How the board layer draws the board for a camera, so it never draws a
/// large board in full detail: zoomed out, the whole board as a sketch (one
/// element per card, and zooming changes nothing on the page); zoomed in on
/// a large board, only the cards in the area around the view.
#[derive(Clone, Copy, PartialEq)]
struct Drawn {
    sketch: bool,
    area: Option<Rect>,
}

impl Drawn {
    fn for_camera(cam: &Camera, viewport: Size, large: bool, area: Option<Rect>) -> Drawn {
        let sketch = cam.sketches();
        Drawn { sketch, area: (large && !sketch).then(|| cam.drawn_world_from(viewport, area)) }
    }
}

/// How long the camera rests before the world is drawn sharp at its scale.
const SETTLE_MS: u32 = 200;

#[component]
pub fn Canvas(props: &CanvasProps) -> Html {
    let t = props.lang.texts();
    let viewport = use_node_ref();
    let camera = use_state(Camera::default);
    // The board is drawn once the camera has been fitted to it (see
    // `Drawn`): the board and the view request the camera was last fitted
    // for, the viewport's size as last measured, and the area drawn last.
    let fitted = use_state_eq(|| None::<(String, Option<Shared<ViewRequest>>)>);
    let view_size = use_mut_ref(|| None::<Size>);
    let last_area = use_mut_ref(|| None::<Rect>);
    // While the camera moves, the browser keeps the world as one picture and
    // only moves it (quick); once it rests, the world is drawn again at the
    // new scale, so text zoomed in stays sharp.
    let moving = use_state_eq(|| false);
    let settle = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    {
        let (moving, settle) = (moving.clone(), settle.clone());
        use_effect_with(*camera, move |_| {
            moving.set(true);
            let rest = moving.clone();
            *settle.borrow_mut() = Some(gloo::timers::callback::Timeout::new(SETTLE_MS, move || rest.set(false)));
        });
    }
    let gesture = use_mut_ref(Gesture::default);
    let pointers = use_mut_ref(HashMap::<i32, Point>::new);
    let space_held = use_mut_ref(|| false);
    let drag = use_state(|| None::<DragPreview>);
    let link_draft = use_state(|| None::<(CardId, Point)>);
    let marquee = use_state(|| None::<Rect>);
    let quick_add = use_state(|| None::<QuickAdd>);
    // A card's menu, and where it opens (screen pixels).
    let menu = use_state(|| None::<(CardId, Point)>);
    let long_press = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    // The last tap of a finger on a card: which card and when.
    let last_tap = use_mut_ref(|| None::<(CardId, f64)>);

    // The viewport's size, measured when needed.
    let viewport_size = {
        let viewport = viewport.clone();
        move || {
            viewport
                .cast::<Element>()
                .map(|e| Size { width: e.client_width() as f64, height: e.client_height() as f64 })
                .unwrap_or(Size { width: 1024.0, height: 768.0 })
        }
    };

    // Fit the board on first show, and follow requests from outside. The
    // session hears at once what comes into view, so a card added next goes
    // where the person now looks.
    {
        let camera = camera.clone();
        let board = props.board.clone();
        let size = viewport_size.clone();
        let menu = menu.clone();
        let send = props.send.clone();
        let (fitted, view_size) = (fitted.clone(), view_size.clone());
        use_effect_with(props.view.clone(), move |view| {
            let request = view.as_ref().map(|v| &**v);
            if matches!(request, Some(ViewRequest::FitBoard) | None) {
                fitted.set(Some((board.id.clone(), view.clone())));
            }
            let cam = *camera;
            let s = size();
            *view_size.borrow_mut() = Some(s);
            let centre = Point::new(s.width / 2.0, s.height / 2.0);
            let next = match request {
                Some(ViewRequest::ZoomIn) => Some(cam.zoomed_about(centre, 1.25)),
                Some(ViewRequest::ZoomOut) => Some(cam.zoomed_about(centre, 0.8)),
                Some(ViewRequest::Reveal(card)) => board.card(card).map(|c| {
                    // The details panel opens over the right of the view.
                    let open = Size { width: (s.width - DETAILS_PANEL_WIDTH).max(s.width / 2.0), ..s };
                    cam.revealing(c.rect(), open, 24.0)
                }),
                Some(ViewRequest::Show(cards)) => {
                    // One pass over the board: a gap can name a thousand cards.
                    let shown: HashSet<&CardId> = cards.iter().collect();
                    let rects = board.cards.iter().filter(|c| shown.contains(&c.id)).map(|c| c.rect());
                    rects.reduce(|a, b| a.union(&b)).and_then(|r| {
                        let r = r.inflate(24.0);
                        let seen = cam.visible_world(s);
                        let in_view = seen.contains(Point::new(r.x, r.y)) && seen.contains(Point::new(r.right(), r.bottom()));
                        let fitted = Camera::fit(r, s, 24.0);
                        (!in_view).then(|| Camera { zoom: fitted.zoom.min(cam.zoom), ..fitted }.recentred_on(r.centre(), s))
                    })
                }
                Some(ViewRequest::Menu(card)) => {
                    if let Some(c) = board.card(card) {
                        let corner = cam.world_to_screen(Point::new(c.x + c.width, c.y));
                        menu.set(Some((card.clone(), corner)));
                    }
                    None
                }
                Some(ViewRequest::FitBoard) | None => Some(fit_board(&board, s)),
            };
            if let Some(next) = next {
                camera.set(next);
                send.emit(Msg::Viewed(next.visible_world(s)));
            }
        });
    }
    // Tell the session what part of the world is in view (where new cards
    // go) once the camera rests, not on every frame of a pan.
    {
        let send = props.send.clone();
        let size = viewport_size.clone();
        let view_size = view_size.clone();
        let report = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
        use_effect_with(*camera, move |cam| {
            let s = size();
            *view_size.borrow_mut() = Some(s);
            let area = cam.visible_world(s);
            *report.borrow_mut() = Some(gloo::timers::callback::Timeout::new(SETTLE_MS, move || send.emit(Msg::Viewed(area))));
        });
    }
    // The keyboard focus follows the selection of one card, unless the
    // person is busy elsewhere (a field in a panel, the legend).
    {
        let viewport = viewport.clone();
        use_effect_with((props.selected.clone(), props.editing.clone()), move |(selected, editing)| {
            if let (true, None, Some(card), Some(el)) = (selected.len() == 1, editing, selected.iter().next(), viewport.cast::<Element>()) {
                if page::focus_is_free_or_in(&el) {
                    page::focus_card(&card.0);
                }
            }
        });
    }
    // Space held down turns a drag into panning, even over cards.
    {
        let space_held = space_held.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let down = {
                let space_held = space_held.clone();
                gloo::events::EventListener::new(&window, "keydown", move |e| {
                    if let Some(k) = e.dyn_ref::<web_sys::KeyboardEvent>() {
                        if k.key() == " " && !page::in_text_field(e.target()) {
                            *space_held.borrow_mut() = true;
                        }
                    }
                })
            };
            let up = gloo::events::EventListener::new(&window, "keyup", move |e| {
                if let Some(k) = e.dyn_ref::<web_sys::KeyboardEvent>() {
                    if k.key() == " " {
                        *space_held.borrow_mut() = false;
                    }
                }
            });
            move || drop((down, up))
        });
    }

    let screen_point = {
        let viewport = viewport.clone();
        move |e: &MouseEvent| {
            let origin = viewport
                .cast::<Element>()
                .map(|el| {
                    let r = el.get_bounding_client_rect();
                    (r.left(), r.top())
                })
                .unwrap_or((0.0, 0.0));
            Point::new(e.client_x() as f64 - origin.0, e.client_y() as f64 - origin.1)
        }
    };

    let onpointerdown = {
        let (gesture, pointers, camera, drag, link_draft, quick_add, marquee) =
            (gesture.clone(), pointers.clone(), camera.clone(), drag.clone(), link_draft.clone(), quick_add.clone(), marquee.clone());
        let (menu, long_press) = (menu.clone(), long_press.clone());
        let (dispatch, selected, space_held, viewport, read_only) =
            (props.send.clone(), props.selected.clone(), space_held.clone(), viewport.clone(), props.read_only);
        let board = props.board.clone();
        let screen_point = screen_point.clone();
        Callback::from(move |e: PointerEvent| {
            let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
            if target.as_ref().is_some_and(|t| closest(t, ".card-editor, .quick-add, .canvas-controls, .card-menu, .empty-hint").is_some()) {
                return;
            }
            if e.pointer_type() == "mouse" && e.button() != 0 && e.button() != 1 {
                return;
            }
            quick_add.set(None);
            menu.set(None);
            long_press.borrow_mut().take();
            let p = screen_point(&e);
            pointers.borrow_mut().insert(e.pointer_id(), p);
            if let Some(el) = viewport.cast::<Element>() {
                let _ = el.set_pointer_capture(e.pointer_id());
            }
            if pointers.borrow().len() == 2 {
                let pts: Vec<Point> = pointers.borrow().values().copied().collect();
                *gesture.borrow_mut() = Gesture::Pinching { distance: pts[0].distance(pts[1]), mid: pts[0].midpoint(pts[1]) };
                drag.set(None);
                link_draft.set(None);
                marquee.set(None);
                return;
            }
            if pointers.borrow().len() > 2 {
                return;
            }
            let world = camera.screen_to_world(p);
            let find = |sel: &str| target.as_ref().and_then(|t| closest(t, sel));
            if find(".sketch-cards").is_some() {
                // The drawing is not focusable: without this the browser would
                // move the focus away from the card the press selects.
                e.prevent_default();
            }
            if let Some(vote) = find("[data-vote]") {
                let give = vote.get_attribute("data-vote").as_deref() == Some("give");
                if let Some(card_el) = closest(&vote, "[data-card]") {
                    let card = CardId(card_el.get_attribute("data-card").unwrap_or_default());
                    dispatch.emit(Msg::Vote { card, give });
                }
                pointers.borrow_mut().remove(&e.pointer_id());
                return;
            }
            let pan = *space_held.borrow() || e.button() == 1 || read_only;
            let next = if pan {
                Gesture::Panning { start: p, last: p, moved: false }
            } else if let Some(handle_card) = find("[data-handle]").and_then(|h| closest(&h, "[data-card]")) {
                let from = CardId(handle_card.get_attribute("data-card").unwrap_or_default());
                link_draft.set(Some((from.clone(), world)));
                Gesture::Linking { from, moved: false }
            } else if let Some(id) = target.as_ref().and_then(|t| card_under(t, &board, world)) {
                if e.shift_key() {
                    dispatch.emit(Msg::SelectCards { cards: vec![id], add: true });
                    Gesture::Idle
                } else {
                    if e.pointer_type() != "mouse" {
                        // A finger resting on the card opens its menu.
                        let (gesture, drag, menu, id) = (gesture.clone(), drag.clone(), menu.clone(), id.clone());
                        let timer = gloo::timers::callback::Timeout::new(LONG_PRESS_MS, move || {
                            let resting = matches!(&*gesture.borrow(), Gesture::Dragging { moved: false, .. });
                            if resting {
                                *gesture.borrow_mut() = Gesture::Idle;
                                drag.set(None);
                                menu.set(Some((id, p)));
                            }
                        });
                        *long_press.borrow_mut() = Some(timer);
                    }
                    let cards = if selected.contains(&id) {
                        selected.clone()
                    } else {
                        dispatch.emit(Msg::SelectCards { cards: vec![id.clone()], add: false });
                        only(id)
                    };
                    Gesture::Dragging { start: world, cards, moved: false }
                }
            } else if let Some(link_el) = find("[data-link]") {
                dispatch.emit(Msg::SelectLink(LinkId(link_el.get_attribute("data-link").unwrap_or_default())));
                Gesture::Idle
            } else if e.shift_key() {
                marquee.set(Some(Rect::from_corners(world, world)));
                Gesture::Marquee { start: world, add: true }
            } else {
                Gesture::Panning { start: p, last: p, moved: false }
            };
            *gesture.borrow_mut() = next;
        })
    };

    let onpointermove = {
        let (gesture, pointers, camera, drag, link_draft, marquee) =
            (gesture.clone(), pointers.clone(), camera.clone(), drag.clone(), link_draft.clone(), marquee.clone());
        let long_press = long_press.clone();
        let screen_point = screen_point.clone();
        Callback::from(move |e: PointerEvent| {
            if !pointers.borrow().contains_key(&e.pointer_id()) {
                return;
            }
            let p = screen_point(&e);
            pointers.borrow_mut().insert(e.pointer_id(), p);
            let mut g = gesture.borrow_mut();
            match &mut *g {
                Gesture::Idle => {}
                Gesture::Pinching { distance, mid } => {
                    let pts: Vec<Point> = pointers.borrow().values().copied().collect();
                    if pts.len() == 2 {
                        let (d, m) = (pts[0].distance(pts[1]), pts[0].midpoint(pts[1]));
                        let factor = if *distance > 0.0 { d / *distance } else { 1.0 };
                        camera.set(camera.panned(m.x - mid.x, m.y - mid.y).zoomed_about(m, factor));
                        *distance = d;
                        *mid = m;
                    }
                }
                Gesture::Panning { start, last, moved } => {
                    if start.distance(p) > DRAG_THRESHOLD {
                        *moved = true;
                    }
                    camera.set(camera.panned(p.x - last.x, p.y - last.y));
                    *last = p;
                }
                Gesture::Dragging { start, cards, moved } => {
                    let w = camera.screen_to_world(p);
                    let (dx, dy) = (w.x - start.x, w.y - start.y);
                    if !*moved && (dx.hypot(dy) * camera.zoom) > DRAG_THRESHOLD {
                        *moved = true;
                        long_press.borrow_mut().take();
                    }
                    if *moved {
                        drag.set(Some(DragPreview { cards: cards.clone(), dx, dy }));
                    }
                }
                Gesture::Linking { from, moved } => {
                    *moved = true;
                    link_draft.set(Some((from.clone(), camera.screen_to_world(p))));
                }
                Gesture::Marquee { start, .. } => {
                    marquee.set(Some(Rect::from_corners(*start, camera.screen_to_world(p))));
                }
            }
        })
    };

    let onpointerup = {
        let (gesture, pointers, camera, drag, link_draft, marquee) =
            (gesture.clone(), pointers.clone(), camera.clone(), drag.clone(), link_draft.clone(), marquee.clone());
        let (long_press, last_tap, menu) = (long_press.clone(), last_tap.clone(), menu.clone());
        let (dispatch, board) = (props.send.clone(), props.board.clone());
        let screen_point = screen_point.clone();
        Callback::from(move |e: PointerEvent| {
            if pointers.borrow_mut().remove(&e.pointer_id()).is_none() {
                return;
            }
            let cancelled = e.type_() == "pointercancel";
            let p = screen_point(&e);
            let world = camera.screen_to_world(p);
            let finished = std::mem::take(&mut *gesture.borrow_mut());
            long_press.borrow_mut().take();
            let menu_opened = menu.is_some();
            match finished {
                Gesture::Pinching { .. } => {
                    // One finger still down: carry on panning with it.
                    if let Some(&rest) = pointers.borrow().values().next() {
                        *gesture.borrow_mut() = Gesture::Panning { start: rest, last: rest, moved: true };
                    }
                }
                Gesture::Panning { moved, .. } => {
                    if !moved && !cancelled {
                        dispatch.emit(Msg::ClearSelection);
                    }
                }
                Gesture::Dragging { moved: false, .. } if e.pointer_type() != "mouse" && !cancelled && !menu_opened => {
                    // A second tap on the same card soon after the first edits it.
                    let tapped = board.card_at(world).map(|c| c.id.clone());
                    let previous = last_tap.borrow_mut().take();
                    match (tapped, previous) {
                        (Some(card), Some((before, at))) if card == before && e.time_stamp() - at < DOUBLE_TAP_MS => {
                            dispatch.emit(Msg::Edit(Some(card)));
                        }
                        (Some(card), _) => *last_tap.borrow_mut() = Some((card, e.time_stamp())),
                        (None, _) => {}
                    }
                }
                Gesture::Dragging { cards, moved, .. } => {
                    if let (true, false, Some(d)) = (moved, cancelled, (*drag).clone()) {
                        let moves = selected_cards(&board, &cards)
                            .map(|c| (c.id.clone(), Point::new(c.x + d.dx, c.y + d.dy)))
                            .collect();
                        dispatch.emit(Msg::Do(Action::MoveCards(moves)));
                    }
                    drag.set(None);
                }
                Gesture::Linking { from, moved } => {
                    link_draft.set(None);
                    if moved && !cancelled {
                        if let Some(to) = board.card_at(world) {
                            dispatch.emit(Msg::Link { from, to: to.id.clone() });
                        }
                    }
                }
                Gesture::Marquee { start, add } => {
                    marquee.set(None);
                    if !cancelled {
                        let cards = board.cards_in(&Rect::from_corners(start, world));
                        dispatch.emit(Msg::SelectCards { cards, add });
                    }
                }
                Gesture::Idle => {}
            }
        })
    };

    let onwheel = {
        let camera = camera.clone();
        let screen_point = screen_point.clone();
        Callback::from(move |e: WheelEvent| {
            e.prevent_default();
            let unit = match e.delta_mode() {
                1 => 16.0,
                2 => 400.0,
                _ => 1.0,
            };
            let dy = e.delta_y() * unit;
            let factor = (-dy * 0.0015).exp();
            camera.set(camera.zoomed_about(screen_point(&e), factor));
        })
    };

    let ondblclick = {
        let (camera, quick_add, dispatch, board, read_only) =
            (camera.clone(), quick_add.clone(), props.send.clone(), props.board.clone(), props.read_only);
        let screen_point = screen_point.clone();
        Callback::from(move |e: MouseEvent| {
            if read_only {
                return;
            }
            let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
            let Some(target) = target else { return };
            if closest(&target, ".card-editor, .quick-add, .canvas-controls").is_some() {
                return;
            }
            // The viewport holds the pointer capture, so the event's target is
            // the viewport itself: find the card by position instead.
            let p = screen_point(&e);
            let world = camera.screen_to_world(p);
            if let Some(card) = board.card_at(world) {
                dispatch.emit(Msg::EditCard(card.id.clone()));
            } else if closest(&target, "[data-link]").is_none() {
                quick_add.set(Some(QuickAdd { screen: p, world }));
            }
        })
    };

    let zoom_by = |factor: f64| {
        let camera = camera.clone();
        let size = viewport_size.clone();
        Callback::from(move |_: MouseEvent| {
            let s = size();
            camera.set(camera.zoomed_about(Point::new(s.width / 2.0, s.height / 2.0), factor));
        })
    };
    let fit = {
        let (camera, board) = (camera.clone(), props.board.clone());
        let size = viewport_size.clone();
        Callback::from(move |_: MouseEvent| camera.set(fit_board(&board, size())))
    };

    let editor = props.editing.as_ref().and_then(|id| props.board.card(id)).map(|card| {
        html! { <CardEditor key={card.id.0.clone()} card={card.clone()} lang={props.lang} send={props.send.clone()} /> }
    });

    let draft = (*link_draft).as_ref().and_then(|(from, to)| {
        let a = props.board.card(from)?.rect().edge_towards(*to);
        Some(html! {
            <svg class="links draft" width="1" height="1" aria-hidden="true">
                <path class="link-line" d={format!("M {} {} L {} {}", decimal(a.x, 1), decimal(a.y, 1), decimal(to.x, 1), decimal(to.y, 1))} marker-end="url(#arrow)" />
            </svg>
        })
    });
    let marquee_box = (*marquee).map(|r| {
        html! { <div class="marquee" style={format!("transform: translate({}px, {}px); width: {}px; height: {}px;", decimal(r.x, 1), decimal(r.y, 1), decimal(r.width, 1), decimal(r.height, 1))} /> }
    });

    let quick_menu = (*quick_add).clone().map(|q| {
        let kinds = CardKind::ADDABLE.iter().map(|&kind| {
            let party = props.active_party.clone();
            let disabled = kind.belongs_to_party() && party.is_none();
            let (dispatch, quick_add) = (props.send.clone(), quick_add.clone());
            let onclick = Callback::from(move |_: MouseEvent| {
                dispatch.emit(Msg::AddCard { kind, at: Some(q.world) });
                quick_add.set(None);
            });
            html! {
                <button type="button" class={classes!("quick-kind", format!("kind-{}", kind.name()))} {onclick} {disabled}
                        title={if disabled { t.add_party_first } else { "" }}>
                    <KindIcon kind={kind} />{ t.kind(kind) }
                </button>
            }
        });
        let close = {
            let quick_add = quick_add.clone();
            Callback::from(move |_: MouseEvent| quick_add.set(None))
        };
        html! {
            <div class="quick-add" role="menu" aria-label={t.add_here} style={format!("left: {}px; top: {}px;", decimal(q.screen.x, 0), decimal(q.screen.y, 0))}>
                <div class="quick-add-title">{ t.add_here }</div>
                { for kinds }
                <button type="button" class="quick-close" onclick={close}>{ t.cancel }</button>
            </div>
        }
    });

    let onpointercancel = onpointerup.clone();
    // A card reached with Tab (not with a pointer) is selected and shown.
    let onfocusin = {
        let (dispatch, pointers) = (props.send.clone(), pointers.clone());
        Callback::from(move |e: FocusEvent| {
            let card = e.target().and_then(|t| t.dyn_into::<Element>().ok()).and_then(|t| closest(&t, "[data-card]"));
            if let (true, Some(card)) = (pointers.borrow().is_empty(), card) {
                dispatch.emit(Msg::FocusCard(CardId(card.get_attribute("data-card").unwrap_or_default())));
            }
        })
    };
    // Focusing a card off screen scrolls the viewport; the camera shows it instead.
    let onscroll = Callback::from(|e: Event| {
        if let Some(el) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) {
            el.set_scroll_top(0);
            el.set_scroll_left(0);
        }
    });
    // The context menu (right click, or a long press) is the card's menu.
    let oncontextmenu = {
        let (menu, read_only, camera, board) = (menu.clone(), props.read_only, camera.clone(), props.board.clone());
        let screen_point = screen_point.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            let p = screen_point(&e);
            let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
            let card = target.and_then(|t| card_under(&t, &board, camera.screen_to_world(p)));
            if let (false, Some(card)) = (read_only, card) {
                menu.set(Some((card, p)));
            }
        })
    };
    let card_menu = (*menu).clone().filter(|_| !props.read_only).map(|(card, at)| {
        // The whole menu stays inside the canvas.
        let s = viewport_size();
        let at = Point::new(at.x.min(s.width - 230.0).max(0.0), at.y.min(s.height - 180.0).max(0.0));
        let menu = menu.clone();
        let on_close = Callback::from(move |_| menu.set(None));
        html! { <CardMenu {card} {at} lang={props.lang} send={props.send.clone()} {on_close} /> }
    });
    // Drawn only with a camera fitted to this board: a board just opened is
    // not drawn for the previous board's view first.
    let fresh = match (&*fitted, props.view.as_ref().map(|v| &**v)) {
        (Some((board, fitted_for)), Some(ViewRequest::FitBoard) | None) => *board == props.board.id && *fitted_for == props.view,
        (Some((board, _)), _) => *board == props.board.id,
        (None, _) => false,
    };
    let size_now = *view_size.borrow();
    let drawn = size_now.filter(|_| fresh).map(|s| {
        let large = props.board.cards.len() > DRAW_ALL_UP_TO;
        let d = Drawn::for_camera(&camera, s, large, *last_area.borrow());
        *last_area.borrow_mut() = d.area;
        d
    });
    let empty = props.board.parties.is_empty() && props.board.cards.len() <= 1 && !props.read_only;
    let mode_class = match &props.key_mode {
        Some(KeyMode::Move) => Some("key-moving"),
        Some(KeyMode::LinkFrom(_)) => Some("key-linking"),
        None => None,
    };
    html! {
        <div class={classes!("viewport", props.read_only.then_some("read-only"), mode_class)} ref={viewport} role="application" aria-label={t.canvas_label} aria-description={t.canvas_hint}
             {onpointerdown} {onpointermove} {onpointerup} {onpointercancel} {onwheel} {ondblclick} {onfocusin} {onscroll} {oncontextmenu}>
            <div class={classes!("world", moving.then_some("moving"))} style={format!("transform: {};", camera.css_transform())}>
                if let Some(Drawn { sketch, area }) = drawn {
                <BoardLayer board={props.board.clone()} selected={props.selected.clone()} selected_link={props.selected_link.clone()}
                    editing={props.editing.clone()} lang={props.lang} drag={(*drag).clone()} lens={props.lens.clone()}
                    voting={props.voting.clone()} read_only={props.read_only} {sketch} {area} />
                }
                { for draft }
                { for marquee_box }
                { for editor }
            </div>
            { for quick_menu }
            { for card_menu }
            if empty {
                <EmptyBoardHint lang={props.lang} send={props.send.clone()} />
            }
            <div class="canvas-controls" role="group" aria-label={t.zoom_level}>
                <button type="button" class="icon-button" onclick={zoom_by(0.8)} aria-label={t.zoom_out} title={t.zoom_out}>{ "−" }</button>
                <output class="zoom-level" aria-label={t.zoom_level}>{ format!("{}%", decimal(camera.zoom * 100.0, 0)) }</output>
                <button type="button" class="icon-button" onclick={zoom_by(1.25)} aria-label={t.zoom_in} title={t.zoom_in}>{ "+" }</button>
                <button type="button" class="icon-button fit" onclick={fit} aria-label={t.zoom_fit} title={t.zoom_fit}>
                    <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5"/></svg>
                </button>
            </div>
        </div>
    }
}

/// The camera showing the whole board, with room around it.
fn fit_board(board: &Board, viewport: Size) -> Camera {
    match board.bounds() {
        Some(r) => Camera::fit(r.inflate(40.0), viewport, 24.0),
        None => Camera::centred(viewport),
    }
}

fn closest(el: &Element, selector: &str) -> Option<Element> {
    el.closest(selector).ok().flatten()
}

/// The card a pointer is on: the card element holding `target`, or, on the
/// drawing of a sketch (where most cards are no element), the card drawn at
/// `world`.
fn card_under(target: &Element, board: &Board, world: Point) -> Option<CardId> {
    if let Some(card) = closest(target, "[data-card]") {
        return Some(CardId(card.get_attribute("data-card").unwrap_or_default()));
    }
    closest(target, ".sketch-cards")?;
    board.card_at(world).map(|c| c.id.clone())
}
