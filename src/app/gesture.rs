//! The canvas's gestures as a pure state machine. The canvas turns each
//! pointer event into a [`PointerInput`] (what is under the pointer already
//! named as a [`Hit`]), and [`step`] answers with the next [`Gesture`] and
//! the [`Outcome`]s to carry out: selecting, previewing and moving cards,
//! drawing and adding links, voting, panning and zooming the camera, and the
//! long press and double tap of touch screens. Nothing here touches the
//! browser, so every gesture is tested natively.

use std::collections::BTreeSet;
use std::rc::Rc;

use crate::core::geometry::{Camera, Point, Rect, Size};
use crate::core::model::{Board, CardId, LinkId};

/// How far (screen pixels) a pointer must move before a press becomes a drag.
pub const DRAG_THRESHOLD: f64 = 4.0;
/// How long a finger rests on a card before its menu opens (milliseconds).
pub const LONG_PRESS_MS: u32 = 550;
/// Two taps on the same card at most this far apart (milliseconds) edit it.
pub const DOUBLE_TAP_MS: f64 = 400.0;

/// The browser's number for one pointer while it is down.
pub type PointerId = i32;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PointerKind {
    Mouse,
    Touch,
    Pen,
}

/// The button pressed, as far as gestures care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Button {
    /// The main button, a finger or a pen's tip.
    Primary,
    /// The middle button (the wheel): it pans.
    Middle,
    /// Any other; a mouse's other buttons start no gesture.
    Other,
}

impl Button {
    /// From the DOM's numbering (0 main, 1 middle, 2 secondary, ...).
    pub fn from_dom(button: i16) -> Button {
        match button {
            0 => Button::Primary,
            1 => Button::Middle,
            _ => Button::Other,
        }
    }
}

/// What is under a pointer when it goes down.
#[derive(Clone, Debug, PartialEq)]
pub enum Hit {
    /// Empty canvas.
    Nothing,
    /// A card drawn as a card of its own.
    Card(CardId),
    /// The drawing of a zoomed-out board, where cards are no elements: the
    /// card is the one drawn at the pointer, if any.
    Drawing,
    /// A card's link handle: dragging it draws a link from the card.
    Handle(CardId),
    /// A card's button that gives a dot (`give`) or takes one back.
    Vote { card: CardId, give: bool },
    /// A link between two cards.
    Link(LinkId),
    /// A control over the canvas (an editor, a menu, the zoom buttons) that
    /// handles the pointer itself.
    Control,
}

/// One pointer event.
#[derive(Clone, Debug, PartialEq)]
pub struct Pointer {
    pub id: PointerId,
    pub kind: PointerKind,
    /// Where, in screen pixels from the canvas's top-left corner.
    pub at: Point,
    pub button: Button,
    pub shift: bool,
    /// The space bar is held down: any drag pans.
    pub space: bool,
    /// When, in milliseconds (the event's time stamp).
    pub time: f64,
    /// What is under the pointer; read only when it goes down (afterwards
    /// the canvas holds the pointer, and cards are found by position).
    pub hit: Hit,
}

/// What the machine is told.
#[derive(Clone, Debug, PartialEq)]
pub enum PointerInput {
    Down(Pointer),
    Move(Pointer),
    Up(Pointer),
    /// The browser took the pointer away (a system gesture, say): the
    /// gesture ends without effect.
    Cancel(Pointer),
    /// The long-press timer started by [`Outcome::StartLongPress`] fired.
    LongPress,
}

/// What a decision needs to know, read only.
pub struct Context<'a> {
    pub camera: Camera,
    /// For finding cards by position: under a lifted pointer, inside a marquee.
    pub board: &'a Board,
    pub selected: &'a Rc<BTreeSet<CardId>>,
    /// Presenting: pointers only pan and zoom.
    pub read_only: bool,
    /// A card's menu is open (a lift after it opened is no tap).
    pub menu_open: bool,
    /// A round of dot voting goes on: a tap or click on a card gives it a
    /// dot and does nothing else; a drag pans.
    pub voting: bool,
    /// The canvas's size on screen: a drag that links or moves cards near
    /// its edge pans the view that way.
    pub viewport: Size,
}

/// How near an edge of the canvas a dragging pointer pans the view, and
/// by how much each move (screen pixels).
const EDGE: f64 = 48.0;
const EDGE_STEP: f64 = 24.0;

/// The pan a pointer at `at` asks for: towards the edges it is near, so a
/// card off screen comes into reach.
fn edge_pan(at: Point, viewport: Size) -> (f64, f64) {
    let step = |v: f64, size: f64| if v < EDGE { EDGE_STEP } else if v > size - EDGE { -EDGE_STEP } else { 0.0 };
    (step(at.x, viewport.width), step(at.y, viewport.height))
}

fn pan_at_edge(at: Point, ctx: &Context, out: &mut Vec<Outcome>) {
    let (dx, dy) = edge_pan(at, ctx.viewport);
    if dx != 0.0 || dy != 0.0 {
        out.push(Outcome::Camera(ctx.camera.panned(dx, dy)));
    }
}

/// Cards moved together by an offset in world units.
#[derive(Clone, Debug, PartialEq)]
pub struct Drag {
    pub cards: Rc<BTreeSet<CardId>>,
    pub dx: f64,
    pub dy: f64,
}

/// What should happen, in the order given.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// Close the menus open over the canvas.
    DismissMenus,
    /// Keep receiving this pointer's events wherever it goes.
    CapturePointer(PointerId),
    /// Select these cards: with `add`, toggle them in the selection, else
    /// replace it.
    Select { cards: Vec<CardId>, add: bool },
    ClearSelection,
    SelectLink(LinkId),
    Vote { card: CardId, give: bool },
    /// Show cards being dragged (or no longer, with `None`).
    Preview(Option<Drag>),
    /// Move the cards by the offset: one step to undo.
    MoveCards(Drag),
    /// Show a link being drawn from a card to a world point (or no longer).
    LinkDraft(Option<(CardId, Point)>),
    /// Link two cards (the new link's id is made by whoever adds it).
    AddLink { from: CardId, to: CardId },
    /// Show the marquee's world rectangle (or no longer).
    Marquee(Option<Rect>),
    /// Show the world through this camera.
    Camera(Camera),
    /// Start the long-press timer: after [`LONG_PRESS_MS`] feed
    /// [`PointerInput::LongPress`].
    StartLongPress,
    StopLongPress,
    /// Edit the card's text.
    Edit(CardId),
    /// Open the card's menu at a screen point.
    OpenMenu { card: CardId, at: Point },
}

/// A tap of a finger on a card, remembered for a double tap.
#[derive(Clone, Debug, PartialEq)]
struct Tap {
    card: CardId,
    time: f64,
}

/// What the pointers are doing.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Phase {
    #[default]
    Idle,
    /// A card pressed and not yet moved past the threshold: a click or tap
    /// so far. `start` is in world units, `at` on screen; `long_press` while
    /// the long-press timer runs.
    Pressing { card: CardId, cards: Rc<BTreeSet<CardId>>, start: Point, at: Point, long_press: bool },
    /// Cards dragged from `start` (world units), `drag` their offset so far.
    Dragging { start: Point, drag: Drag },
    /// The camera dragged (screen pixels); `moved` once past the threshold.
    /// `vote`: the card pressed while voting, given a dot if the pointer
    /// lifts without moving.
    Panning { start: Point, last: Point, moved: bool, vote: Option<CardId> },
    /// A link drawn from a card.
    Linking { from: CardId, moved: bool },
    /// A marquee from `start` (world units); `add` adds to the selection.
    Marquee { start: Point, add: bool },
    /// Two fingers zooming: their distance and midpoint (screen pixels).
    Pinching { distance: f64, mid: Point },
}

/// The gesture state: what the pointers are doing, where each pointer that
/// is down is, and the last tap.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Gesture {
    pub phase: Phase,
    pointers: Vec<(PointerId, Point)>,
    last_tap: Option<Tap>,
}

impl Gesture {
    /// Whether any pointer is down.
    pub fn pressed(&self) -> bool {
        !self.pointers.is_empty()
    }

    /// Whether this pointer is down (and followed).
    pub fn holds(&self, id: PointerId) -> bool {
        self.pointers.iter().any(|(p, _)| *p == id)
    }

    /// Moves a pointer that is down; false if it is not.
    fn follow(&mut self, id: PointerId, at: Point) -> bool {
        match self.pointers.iter_mut().find(|(p, _)| *p == id) {
            Some(entry) => {
                entry.1 = at;
                true
            }
            None => false,
        }
    }

    /// Forgets a pointer; false if it was not down.
    fn release(&mut self, id: PointerId) -> bool {
        match self.pointers.iter().position(|(p, _)| *p == id) {
            Some(i) => {
                self.pointers.remove(i);
                true
            }
            None => false,
        }
    }

    fn stop_long_press(&mut self, out: &mut Vec<Outcome>) {
        if let Phase::Pressing { long_press, .. } = &mut self.phase {
            if *long_press {
                *long_press = false;
                out.push(Outcome::StopLongPress);
            }
        }
    }

    fn press(&mut self, p: &Pointer, ctx: &Context, out: &mut Vec<Outcome>) {
        if matches!(p.hit, Hit::Control) || (p.kind == PointerKind::Mouse && p.button == Button::Other) {
            return;
        }
        out.push(Outcome::DismissMenus);
        self.stop_long_press(out);
        if !self.follow(p.id, p.at) {
            self.pointers.push((p.id, p.at));
        }
        out.push(Outcome::CapturePointer(p.id));
        match self.pointers[..] {
            [_] => {}
            [(_, a), (_, b)] => {
                self.phase = Phase::Pinching { distance: a.distance(b), mid: a.midpoint(b) };
                out.push(Outcome::Preview(None));
                out.push(Outcome::LinkDraft(None));
                out.push(Outcome::Marquee(None));
                return;
            }
            _ => return,
        }
        if let Hit::Vote { card, give } = &p.hit {
            out.push(Outcome::Vote { card: card.clone(), give: *give });
            self.release(p.id);
            return;
        }
        let world = ctx.camera.screen_to_world(p.at);
        let panning = Phase::Panning { start: p.at, last: p.at, moved: false, vote: None };
        if p.space || p.button == Button::Middle || ctx.read_only {
            self.phase = panning;
            return;
        }
        if ctx.voting {
            let vote = match &p.hit {
                Hit::Card(card) => Some(card.clone()),
                Hit::Drawing => ctx.board.card_at(world).map(|c| c.id.clone()),
                _ => None,
            };
            self.phase = Phase::Panning { start: p.at, last: p.at, moved: false, vote };
            return;
        }
        let card = match &p.hit {
            Hit::Handle(from) => {
                out.push(Outcome::LinkDraft(Some((from.clone(), world))));
                self.phase = Phase::Linking { from: from.clone(), moved: false };
                return;
            }
            Hit::Card(card) => Some(card.clone()),
            Hit::Drawing => ctx.board.card_at(world).map(|c| c.id.clone()),
            _ => None,
        };
        self.phase = match (card, &p.hit) {
            (Some(card), _) if p.shift => {
                out.push(Outcome::Select { cards: vec![card], add: true });
                Phase::Idle
            }
            (Some(card), _) => {
                // A finger resting on the card opens its menu.
                let long_press = p.kind != PointerKind::Mouse;
                if long_press {
                    out.push(Outcome::StartLongPress);
                }
                let cards = if ctx.selected.contains(&card) {
                    ctx.selected.clone()
                } else {
                    out.push(Outcome::Select { cards: vec![card.clone()], add: false });
                    let mut one = BTreeSet::new();
                    one.insert(card.clone());
                    Rc::new(one)
                };
                Phase::Pressing { card, cards, start: world, at: p.at, long_press }
            }
            (None, Hit::Link(link)) => {
                out.push(Outcome::SelectLink(link.clone()));
                Phase::Idle
            }
            (None, _) if p.shift => {
                out.push(Outcome::Marquee(Some(Rect::from_corners(world, world))));
                Phase::Marquee { start: world, add: true }
            }
            (None, _) => panning,
        };
    }

    fn moved(&mut self, p: &Pointer, ctx: &Context, out: &mut Vec<Outcome>) {
        if !self.follow(p.id, p.at) {
            return;
        }
        let world = ctx.camera.screen_to_world(p.at);
        let mut dragging = None;
        match &mut self.phase {
            Phase::Idle => {}
            Phase::Pinching { distance, mid } => {
                if let [(_, a), (_, b)] = self.pointers[..] {
                    let (d, m) = (a.distance(b), a.midpoint(b));
                    let factor = if *distance > 0.0 { d / *distance } else { 1.0 };
                    out.push(Outcome::Camera(ctx.camera.panned(m.x - mid.x, m.y - mid.y).zoomed_about(m, factor)));
                    *distance = d;
                    *mid = m;
                }
            }
            Phase::Panning { start, last, moved, .. } => {
                if start.distance(p.at) > DRAG_THRESHOLD {
                    *moved = true;
                }
                out.push(Outcome::Camera(ctx.camera.panned(p.at.x - last.x, p.at.y - last.y)));
                *last = p.at;
            }
            Phase::Pressing { cards, start, long_press, .. } => {
                let (dx, dy) = (world.x - start.x, world.y - start.y);
                if dx.hypot(dy) * ctx.camera.zoom > DRAG_THRESHOLD {
                    if *long_press {
                        out.push(Outcome::StopLongPress);
                    }
                    let drag = Drag { cards: cards.clone(), dx, dy };
                    out.push(Outcome::Preview(Some(drag.clone())));
                    dragging = Some(Phase::Dragging { start: *start, drag });
                }
            }
            Phase::Dragging { start, drag } => {
                drag.dx = world.x - start.x;
                drag.dy = world.y - start.y;
                out.push(Outcome::Preview(Some(drag.clone())));
                pan_at_edge(p.at, ctx, out);
            }
            Phase::Linking { from, moved } => {
                *moved = true;
                out.push(Outcome::LinkDraft(Some((from.clone(), world))));
                pan_at_edge(p.at, ctx, out);
            }
            Phase::Marquee { start, .. } => out.push(Outcome::Marquee(Some(Rect::from_corners(*start, world)))),
        }
        if let Some(phase) = dragging {
            self.phase = phase;
        }
    }

    fn lift(&mut self, p: &Pointer, cancelled: bool, ctx: &Context, out: &mut Vec<Outcome>) {
        if !self.release(p.id) {
            return;
        }
        self.stop_long_press(out);
        let world = ctx.camera.screen_to_world(p.at);
        match std::mem::take(&mut self.phase) {
            Phase::Pinching { .. } => {
                // One finger still down: carry on panning with it.
                if let Some(&(_, rest)) = self.pointers.first() {
                    self.phase = Phase::Panning { start: rest, last: rest, moved: true, vote: None };
                }
            }
            Phase::Panning { moved, vote, .. } => {
                if !moved && !cancelled {
                    out.push(match vote {
                        Some(card) => Outcome::Vote { card, give: true },
                        None => Outcome::ClearSelection,
                    });
                }
            }
            Phase::Pressing { .. } => {
                if p.kind != PointerKind::Mouse && !cancelled && !ctx.menu_open {
                    // A second tap on the same card soon after the first edits it.
                    let tapped = ctx.board.card_at(world).map(|c| c.id.clone());
                    match (tapped, self.last_tap.take()) {
                        (Some(card), Some(before)) if card == before.card && p.time - before.time < DOUBLE_TAP_MS => {
                            out.push(Outcome::Edit(card));
                        }
                        (Some(card), _) => self.last_tap = Some(Tap { card, time: p.time }),
                        (None, _) => {}
                    }
                }
            }
            Phase::Dragging { drag, .. } => {
                if !cancelled {
                    out.push(Outcome::MoveCards(drag));
                }
                out.push(Outcome::Preview(None));
            }
            Phase::Linking { from, moved } => {
                out.push(Outcome::LinkDraft(None));
                if let (true, false, Some(to)) = (moved, cancelled, ctx.board.card_at(world)) {
                    out.push(Outcome::AddLink { from, to: to.id.clone() });
                }
            }
            Phase::Marquee { start, add } => {
                out.push(Outcome::Marquee(None));
                if !cancelled {
                    out.push(Outcome::Select { cards: ctx.board.cards_in(&Rect::from_corners(start, world)), add });
                }
            }
            Phase::Idle => {}
        }
    }

    fn long_press(&mut self, out: &mut Vec<Outcome>) {
        if let Phase::Pressing { card, at, long_press: true, .. } = &self.phase {
            out.push(Outcome::Preview(None));
            out.push(Outcome::OpenMenu { card: card.clone(), at: *at });
            self.phase = Phase::Idle;
        }
    }
}

/// The gesture after `input`, and what should happen because of it.
pub fn step(gesture: &Gesture, input: &PointerInput, ctx: &Context) -> (Gesture, Vec<Outcome>) {
    let mut next = gesture.clone();
    let mut out = Vec::new();
    match input {
        PointerInput::Down(p) => next.press(p, ctx, &mut out),
        PointerInput::Move(p) => next.moved(p, ctx, &mut out),
        PointerInput::Up(p) => next.lift(p, false, ctx, &mut out),
        PointerInput::Cancel(p) => next.lift(p, true, ctx, &mut out),
        PointerInput::LongPress => next.long_press(&mut out),
    }
    (next, out)
}
