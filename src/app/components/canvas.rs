//! The canvas: a viewport that turns pointer gestures (mouse, pen, touch)
//! into panning, zooming, selecting, moving and linking, and one world layer
//! that the camera moves with a single CSS transform. The gestures themselves
//! are decided by `crate::app::gesture`; this component only names what is
//! under a pointer, feeds it each event and carries out what it answers. The
//! keyboard focus follows the selection, and a card that gets the focus is
//! selected and shown.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeSet, HashSet};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use super::board_layer::{BoardLayer, DragPreview};
use super::card_editor::CardEditor;
use super::card_menu::CardMenu;
use super::empty_board_hint::{empty_board_hint, EmptyBoardHintProps};
use super::kind_icon::kind_icon;
use crate::app::gesture::{step, Button, Context, Drag, Gesture, Hit, Outcome, Pointer, PointerInput, PointerKind, LONG_PRESS_MS};
use crate::app::session::{selected_cards, KeyMode, Msg, ViewRequest};
use crate::app::Shared;
use crate::core::lens::Lens;
use crate::core::voting::VotingRound;
use crate::core::action::Action;
use crate::core::geometry::{Camera, Point, Rect, Size};
use crate::core::number::decimal;
use crate::core::model::{Board, CardId, CardKind, LinkId, Named, PartyId};
use crate::platform::page;
use crate::i18n::Lang;

/// The width the details panel covers at the right of the canvas (see style.css).
const DETAILS_PANEL_WIDTH: f64 = 344.0;

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
    /// A side panel covers the left of the canvas.
    #[prop_or_default]
    pub panel_open: bool,
    /// How many bars (the voting round, the timer) sit under the header.
    #[prop_or_default]
    pub top_bars: u8,
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
    let opener = use_context::<crate::app::boards::FileOpener>();
    let viewport = use_node_ref();
    let camera = use_state(Camera::default);
    // The board is drawn once the camera has been fitted to it (see
    // `Drawn`): the board and the view request the camera was last fitted
    // for, the viewport's size as last measured, and the area drawn last.
    let fitted = use_state_eq(|| None::<(String, Option<Shared<ViewRequest>>)>);
    let view_size = use_mut_ref(|| None::<Size>);
    let pressed_size: Rc<Cell<Size>> = use_memo((), |_| Cell::new(Size { width: 1024.0, height: 768.0 }));
    let last_area = use_mut_ref(|| None::<Rect>);
    // While the camera moves, the browser keeps the world as one picture and
    // only moves it (quick); once it rests, the world is drawn again at the
    // new scale, so text zoomed in stays sharp.
    let moving = use_state_eq(|| false);
    let settle = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    // The pointers' gesture (see `crate::app::gesture`), and what it shows.
    let gesture = use_mut_ref(Gesture::default);
    let space_held = use_mut_ref(|| false);
    let drag = use_state(|| None::<DragPreview>);
    let link_draft = use_state(|| None::<(CardId, Point)>);
    let marquee = use_state(|| None::<Rect>);
    let quick_add = use_state(|| None::<QuickAdd>);
    // A card's menu, and where it opens (screen pixels).
    let menu = use_state(|| None::<(CardId, Point)>);
    let long_press = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    {
        // The timer holds the handlers' state: let it go with the canvas.
        let long_press = long_press.clone();
        use_effect_with((), move |_| {
            move || {
                let timer = long_press.borrow_mut().take();
                drop(timer);
            }
        });
    }

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

    // What floats over the canvas, for fitting the board into the rest.
    let cover = Cover { panel: props.panel_open, top_bars: props.top_bars, presenting: props.read_only };
    // Presenting or voting, a press only pans, taps or votes: no editor, no menu.
    let taps_only = props.read_only || props.voting.is_some();
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
                        // Into the part no bar covers, zooming out only if needed.
                        let (area, c) = (free_area(s, cover), r.centre());
                        let zoom = Camera::fit_in(r, area, 24.0).zoom.min(cam.zoom);
                        let centre = area.centre();
                        (!in_view).then(|| Camera { zoom, pan_x: centre.x - c.x * zoom, pan_y: centre.y - c.y * zoom })
                    })
                }
                Some(ViewRequest::Menu(card)) => {
                    if let Some(c) = board.card(card) {
                        let corner = cam.world_to_screen(Point::new(c.x + c.width, c.y));
                        menu.set(Some((card.clone(), corner)));
                    }
                    None
                }
                Some(ViewRequest::FitBoard) | None => Some(fit_board(&board, s, cover)),
            };
            // A card already in view leaves the camera, and the session, as they are.
            if let Some(next) = next.filter(|next| *next != cam) {
                camera.set(next);
                send.emit(Msg::Viewed(next.visible_world(s)));
            }
        });
    }
    // Once the camera rests: the world is drawn sharp again, and the session
    // hears what part of it is in view (where new cards go) — not on every
    // frame of a pan.
    {
        let (moving, settle) = (moving.clone(), settle.clone());
        let send = props.send.clone();
        let size = viewport_size.clone();
        let view_size = view_size.clone();
        use_effect_with(*camera, move |cam| {
            moving.set(true);
            let s = size();
            *view_size.borrow_mut() = Some(s);
            let area = cam.visible_world(s);
            *settle.borrow_mut() = Some(gloo::timers::callback::Timeout::new(SETTLE_MS, move || {
                moving.set(false);
                send.emit(Msg::Viewed(area));
            }));
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

    let pointing = Pointing {
        gesture: gesture.clone(),
        long_press: long_press.clone(),
        camera: camera.clone(),
        drag: drag.clone(),
        link_draft: link_draft.clone(),
        marquee: marquee.clone(),
        menu: menu.clone(),
        quick_add: quick_add.clone(),
        viewport: viewport.clone(),
        board: props.board.clone(),
        selected: props.selected.clone(),
        read_only: props.read_only,
        voting: props.voting.is_some(),
        send: props.send.clone(),
        pressed_size: pressed_size.clone(),
    };
    // Each pointer event becomes the gesture machine's input; only a press
    // asks what is under the pointer.
    let on_pointer = |input: fn(Pointer) -> PointerInput, press: bool| {
        let (pointing, space_held, screen_point) = (pointing.clone(), space_held.clone(), screen_point.clone());
        Callback::from(move |e: PointerEvent| {
            let hit = if press { hit_of(e.target().and_then(|t| t.dyn_into::<Element>().ok()).as_ref()) } else { Hit::Nothing };
            let drawing = matches!(hit, Hit::Drawing);
            let kind = match e.pointer_type().as_str() {
                "mouse" => PointerKind::Mouse,
                "pen" => PointerKind::Pen,
                _ => PointerKind::Touch,
            };
            let pointer = Pointer {
                id: e.pointer_id(),
                kind,
                at: screen_point(&e),
                button: Button::from_dom(e.button()),
                shift: e.shift_key(),
                space: *space_held.borrow(),
                time: e.time_stamp(),
                hit,
            };
            pointing.feed(&input(pointer));
            if drawing && pointing.gesture.borrow().holds(e.pointer_id()) {
                // The drawing is not focusable: without this the browser would
                // move the focus away from the card the press selects.
                e.prevent_default();
            }
        })
    };
    let onpointerdown = on_pointer(PointerInput::Down, true);
    let onpointermove = on_pointer(PointerInput::Move, false);
    let onpointerup = on_pointer(PointerInput::Up, false);
    let onpointercancel = on_pointer(PointerInput::Cancel, false);

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

    // A vote button pressed from the keyboard (a pointer's press already voted).
    let onclick = {
        let send = props.send.clone();
        Callback::from(move |e: MouseEvent| {
            if e.detail() != 0 {
                return;
            }
            let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
            if let Hit::Vote { card, give } = hit_of(target.as_ref()) {
                send.emit(Msg::Vote { card, give });
            }
        })
    };
    // Presenting or voting, a double click is two clicks and nothing more.
    let ondblclick = {
        let (camera, quick_add, dispatch, board, read_only) =
            (camera.clone(), quick_add.clone(), props.send.clone(), props.board.clone(), taps_only);
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
        Callback::from(move |_: MouseEvent| camera.set(fit_board(&board, size(), cover)))
    };
    // A bar that comes up under the header (a voting round, the timer) and
    // would cover cards moves the view: the whole board below it.
    {
        let (camera, board, size) = (camera.clone(), props.board.clone(), viewport_size.clone());
        use_effect_with(props.top_bars, move |bars| {
            if *bars > 0 {
                let s = size();
                let band = Rect { x: 0.0, y: TOP_BAR, width: s.width, height: f64::from(*bars) * STAGE_BAR };
                let (a, b) = (camera.screen_to_world(Point::new(band.x, band.y)), camera.screen_to_world(Point::new(band.right(), band.bottom())));
                if !board.cards_in(&Rect::from_corners(a, b)).is_empty() {
                    camera.set(fit_board(&board, s, cover));
                }
            }
        });
    }

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
                    { kind_icon(kind) }{ t.kind(kind) }
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

    // A card reached with Tab (not with a pointer) is selected and shown.
    let onfocusin = {
        let (dispatch, gesture) = (props.send.clone(), gesture.clone());
        Callback::from(move |e: FocusEvent| {
            let card = e.target().and_then(|t| t.dyn_into::<Element>().ok()).and_then(|t| closest(&t, "[data-card]"));
            if let (false, Some(card)) = (gesture.borrow().pressed(), card) {
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
        let (menu, read_only, camera, board) = (menu.clone(), taps_only, camera.clone(), props.board.clone());
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
             {onpointerdown} {onpointermove} {onpointerup} {onpointercancel} {onwheel} {onclick} {ondblclick} {onfocusin} {onscroll} {oncontextmenu}>
            <div class={classes!("world", moving.then_some("moving"))} style={format!("transform: {}; --zoom: {};", camera.css_transform(), decimal(camera.zoom, 3))}>
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
                { empty_board_hint(EmptyBoardHintProps { lang: props.lang, send: props.send.clone(), opener: opener.clone() }) }
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
/// How much of the canvas the floating bars cover, in screen pixels: the
/// header at the top, the toolbar at the bottom, the steps at the left, and
/// the side panel when it is open (as laid out in `style.css`).
const TOP_BAR: f64 = 56.0;
const BOTTOM_BAR: f64 = 60.0;
/// The presentation's bar, 18 px above the bottom, of up to two lines.
const PRESENTATION_BAR: f64 = 100.0;
const STEPS_RAIL: f64 = 60.0;
const SIDE_PANEL: f64 = 372.0;
const RIGHT_CONTROLS: f64 = 56.0;
/// A bar under the header: the voting round's, the timer's.
const STAGE_BAR: f64 = 60.0;

/// What floats over the canvas besides the header, toolbar and steps.
#[derive(Clone, Copy, PartialEq)]
struct Cover {
    /// A side panel at the left.
    panel: bool,
    /// Bars under the header.
    top_bars: u8,
    /// The presentation's bar at the bottom instead of the toolbar.
    presenting: bool,
}

/// The part of a canvas of `viewport` that no floating bar or panel covers.
fn free_area(viewport: Size, cover: Cover) -> Rect {
    let left = if cover.panel && viewport.width > 2.0 * SIDE_PANEL { SIDE_PANEL } else { STEPS_RAIL };
    let top = TOP_BAR + f64::from(cover.top_bars) * STAGE_BAR;
    Rect {
        x: left,
        y: top,
        width: (viewport.width - left - RIGHT_CONTROLS).max(1.0),
        height: (viewport.height - top - if cover.presenting { PRESENTATION_BAR } else { BOTTOM_BAR }).max(1.0),
    }
}

fn fit_board(board: &Board, viewport: Size, cover: Cover) -> Camera {
    match board.bounds() {
        Some(r) => Camera::fit_in(r.inflate(12.0), free_area(viewport, cover), 8.0),
        None => Camera::centred(viewport),
    }
}

/// The canvas's pointer handlers: the gesture, and what carrying out its
/// outcomes changes.
#[derive(Clone)]
struct Pointing {
    gesture: Rc<RefCell<Gesture>>,
    long_press: Rc<RefCell<Option<gloo::timers::callback::Timeout>>>,
    camera: UseStateHandle<Camera>,
    drag: UseStateHandle<Option<DragPreview>>,
    link_draft: UseStateHandle<Option<(CardId, Point)>>,
    marquee: UseStateHandle<Option<Rect>>,
    menu: UseStateHandle<Option<(CardId, Point)>>,
    quick_add: UseStateHandle<Option<QuickAdd>>,
    viewport: NodeRef,
    board: Shared<Board>,
    selected: Rc<BTreeSet<CardId>>,
    read_only: bool,
    voting: bool,
    send: Callback<Msg>,
    /// The canvas's size, measured when a pointer goes down (it does not
    /// change during a gesture; reading it on every move would make the
    /// browser lay the page out each time).
    pressed_size: Rc<Cell<Size>>,
}

impl Pointing {
    /// One step of the gesture, and its outcomes carried out.
    fn feed(&self, input: &PointerInput) {
        if let (PointerInput::Down(_), Some(e)) = (input, self.viewport.cast::<Element>()) {
            self.pressed_size.set(Size { width: f64::from(e.client_width()), height: f64::from(e.client_height()) });
        }
        let context = Context {
            camera: *self.camera,
            board: &self.board,
            selected: &self.selected,
            read_only: self.read_only,
            menu_open: self.menu.is_some(),
            voting: self.voting,
            viewport: self.pressed_size.get(),
        };
        let (next, outcomes) = step(&self.gesture.borrow(), input, &context);
        *self.gesture.borrow_mut() = next;
        for outcome in outcomes {
            self.carry_out(outcome);
        }
    }

    fn carry_out(&self, outcome: Outcome) {
        match outcome {
            Outcome::DismissMenus => {
                self.quick_add.set(None);
                self.menu.set(None);
            }
            Outcome::CapturePointer(id) => {
                if let Some(el) = self.viewport.cast::<Element>() {
                    let _ = el.set_pointer_capture(id);
                }
            }
            Outcome::Preview(drag) => self.drag.set(drag.map(|Drag { cards, dx, dy }| DragPreview { cards, dx, dy })),
            Outcome::LinkDraft(draft) => self.link_draft.set(draft),
            Outcome::Marquee(rect) => self.marquee.set(rect),
            Outcome::Camera(camera) => self.camera.set(camera),
            Outcome::StartLongPress => {
                let pointing = self.clone();
                let timer = gloo::timers::callback::Timeout::new(LONG_PRESS_MS, move || pointing.feed(&PointerInput::LongPress));
                let before = self.long_press.borrow_mut().replace(timer);
                drop(before);
            }
            Outcome::StopLongPress => {
                let timer = self.long_press.borrow_mut().take();
                drop(timer);
            }
            Outcome::OpenMenu { card, at } => self.menu.set(Some((card, at))),
            other => {
                if let Some(msg) = message(other, &self.board) {
                    self.send.emit(msg);
                }
            }
        }
    }
}

/// The message a gesture's outcome sends to the app's state, if it is one.
fn message(outcome: Outcome, board: &Board) -> Option<Msg> {
    Some(match outcome {
        Outcome::Select { cards, add } => Msg::SelectCards { cards, add },
        Outcome::ClearSelection => Msg::ClearSelection,
        Outcome::SelectLink(link) => Msg::SelectLink(link),
        Outcome::Vote { card, give } => Msg::Vote { card, give },
        Outcome::MoveCards(Drag { cards, dx, dy }) => {
            let moves = selected_cards(board, &cards).map(|c| (c.id.clone(), Point::new(c.x + dx, c.y + dy))).collect();
            Msg::Do(Action::MoveCards(moves))
        }
        Outcome::AddLink { from, to } => Msg::Link { from, to },
        Outcome::Edit(card) => Msg::Edit(Some(card)),
        _ => return None,
    })
}

/// What a pointer going down on `target` is on: the one place where the
/// gestures read the page's `data-*` attributes.
fn hit_of(target: Option<&Element>) -> Hit {
    let Some(target) = target else { return Hit::Nothing };
    if closest(target, ".card-editor, .quick-add, .canvas-controls, .card-menu, .empty-hint").is_some() {
        return Hit::Control;
    }
    let card_of = |el: &Element| closest(el, "[data-card]").and_then(|c| c.get_attribute("data-card")).map(CardId);
    if let Some(vote) = closest(target, "[data-vote]") {
        let give = vote.get_attribute("data-vote").as_deref() == Some("give");
        return card_of(&vote).map_or(Hit::Control, |card| Hit::Vote { card, give });
    }
    if let Some(card) = closest(target, "[data-handle]").and_then(|h| card_of(&h)) {
        return Hit::Handle(card);
    }
    if let Some(card) = card_of(target) {
        return Hit::Card(card);
    }
    if closest(target, ".sketch-cards").is_some() {
        return Hit::Drawing;
    }
    match closest(target, "[data-link]").and_then(|l| l.get_attribute("data-link")) {
        Some(link) => Hit::Link(LinkId(link)),
        None => Hit::Nothing,
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
