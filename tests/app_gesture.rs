//! The canvas's gesture machine, natively: what each press, move and lift of
//! a mouse, a pen or fingers makes happen.

use std::collections::BTreeSet;
use std::rc::Rc;

use ambition_map::app::gesture::{
    step, Button, Context, Drag, Gesture, Hit, Outcome, Phase, Pointer, PointerInput, PointerKind,
};
use ambition_map::core::geometry::{Camera, Point, Rect, Size};
use ambition_map::core::model::{Board, Card, CardId, CardKind, LinkId};

fn cid(s: &str) -> CardId {
    CardId(s.to_owned())
}

fn set(ids: &[&str]) -> Rc<BTreeSet<CardId>> {
    Rc::new(ids.iter().map(|s| cid(s)).collect())
}

/// Cards `a` (0,0), `b` (400,0) and `c` (0,300), each 240 × 150 world units.
fn board() -> Board {
    let card = |id: &str, x: f64, y: f64| Rc::new(Card::new(cid(id), CardKind::Goal, id, Point::new(x, y)));
    Board { cards: vec![card("a", 0.0, 0.0), card("b", 400.0, 0.0), card("c", 0.0, 300.0)], ..Board::default() }
}

/// Zoomed in twice, the world origin at (300, 300) on screen: a world
/// distance is twice as long on screen.
const CAMERA: Camera = Camera { pan_x: 300.0, pan_y: 300.0, zoom: 2.0 };
const VIEWPORT: Size = Size { width: 1920.0, height: 1200.0 };

/// A board, a camera, a selection and a gesture, stepped like the canvas
/// steps them: camera outcomes are taken up as the new camera.
struct Canvas {
    board: Board,
    camera: Camera,
    selected: Rc<BTreeSet<CardId>>,
    read_only: bool,
    menu_open: bool,
    voting: bool,
    gesture: Gesture,
}

impl Canvas {
    fn new() -> Self {
        Canvas { board: board(), camera: CAMERA, selected: set(&[]), read_only: false, menu_open: false, voting: false, gesture: Gesture::default() }
    }

    fn selecting(mut self, ids: &[&str]) -> Self {
        self.selected = set(ids);
        self
    }

    fn read_only(mut self) -> Self {
        self.read_only = true;
        self
    }

    fn feed(&mut self, input: PointerInput) -> Vec<Outcome> {
        let context = Context {
            camera: self.camera,
            board: &self.board,
            selected: &self.selected,
            read_only: self.read_only,
            menu_open: self.menu_open,
            voting: self.voting,
            viewport: VIEWPORT,
        };
        let (next, outcomes) = step(&self.gesture, &input, &context);
        self.gesture = next;
        for o in &outcomes {
            if let Outcome::Camera(c) = o {
                self.camera = *c;
            }
        }
        outcomes
    }

    /// Every outcome of a series of inputs.
    fn run(&mut self, inputs: impl IntoIterator<Item = PointerInput>) -> Vec<Outcome> {
        inputs.into_iter().flat_map(|i| self.feed(i)).collect()
    }

    /// The centre of a card, on screen.
    fn centre_of(&self, id: &str) -> Point {
        let card = self.board.card(&cid(id)).map(|c| c.centre()).unwrap_or_default();
        self.camera.world_to_screen(card)
    }
}

/// Empty canvas, on screen (world -100, -100).
const EMPTY: Point = Point::new(100.0, 100.0);

/// A left mouse button pointer, on nothing.
fn mouse(at: Point) -> Pointer {
    Pointer { id: 1, kind: PointerKind::Mouse, at, button: Button::Primary, shift: false, space: false, time: 0.0, hit: Hit::Nothing }
}

fn finger(id: i32, at: Point) -> Pointer {
    Pointer { id, kind: PointerKind::Touch, ..mouse(at) }
}

fn on(p: Pointer, hit: Hit) -> Pointer {
    Pointer { hit, ..p }
}

fn card(id: &str) -> Hit {
    Hit::Card(cid(id))
}

fn moved(p: &Pointer, dx: f64, dy: f64) -> Pointer {
    Pointer { at: p.at.offset(dx, dy), hit: Hit::Nothing, ..p.clone() }
}

fn at_time(p: Pointer, time: f64) -> Pointer {
    Pointer { time, ..p }
}

use PointerInput::{Cancel, Down, LongPress, Move, Up};

/// What reaches the app's state (the board and the selection).
fn messages(outcomes: &[Outcome]) -> Vec<Outcome> {
    outcomes
        .iter()
        .filter(|o| {
            matches!(
                o,
                Outcome::Select { .. }
                    | Outcome::ClearSelection
                    | Outcome::SelectLink(_)
                    | Outcome::Vote { .. }
                    | Outcome::MoveCards(_)
                    | Outcome::AddLink { .. }
                    | Outcome::Edit(_)
            )
        })
        .cloned()
        .collect()
}

fn select(ids: &[&str], add: bool) -> Outcome {
    Outcome::Select { cards: ids.iter().map(|s| cid(s)).collect(), add }
}

fn cameras(outcomes: &[Outcome]) -> Vec<Camera> {
    outcomes.iter().filter_map(|o| if let Outcome::Camera(c) = o { Some(*c) } else { None }).collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

#[test]
fn presses_and_lifts_without_moving() {
    // (what, selection before, press, what reaches the app's state)
    let a = Canvas::new().centre_of("a");
    let cases: Vec<(&str, &[&str], Pointer, Vec<Outcome>)> = vec![
        ("a click on a card selects it alone", &["b"], on(mouse(a), card("a")), vec![select(&["a"], false)]),
        ("a click on a selected card keeps the selection", &["a", "b"], on(mouse(a), card("a")), vec![]),
        ("shift-click toggles the card", &["b"], Pointer { shift: true, ..on(mouse(a), card("a")) }, vec![select(&["a"], true)]),
        ("a click on empty canvas clears the selection", &["a"], mouse(EMPTY), vec![Outcome::ClearSelection]),
        ("a click on a link selects it", &["a"], on(mouse(EMPTY), Hit::Link(LinkId("l1".into()))), vec![Outcome::SelectLink(LinkId("l1".into()))]),
        ("a tap on a card selects it", &[], on(finger(7, a), card("a")), vec![select(&["a"], false)]),
        ("a click on the drawing finds the card by position", &[], on(mouse(a), Hit::Drawing), vec![select(&["a"], false)]),
        ("a click on the drawing off the cards clears", &["a"], on(mouse(EMPTY), Hit::Drawing), vec![Outcome::ClearSelection]),
        ("a give vote button votes", &["b"], on(mouse(a), Hit::Vote { card: cid("a"), give: true }), vec![Outcome::Vote { card: cid("a"), give: true }]),
        ("a take vote button takes back", &[], on(mouse(a), Hit::Vote { card: cid("a"), give: false }), vec![Outcome::Vote { card: cid("a"), give: false }]),
        ("a control is left alone", &["a"], on(mouse(a), Hit::Control), vec![]),
        ("the right button starts nothing", &["a"], Pointer { button: Button::Other, ..on(mouse(a), card("a")) }, vec![]),
        ("the middle button on a card pans", &["b"], Pointer { button: Button::Middle, ..on(mouse(a), card("a")) }, vec![Outcome::ClearSelection]),
        ("held space on a card pans", &["b"], Pointer { space: true, ..on(mouse(a), card("a")) }, vec![Outcome::ClearSelection]),
    ];
    for (what, selected, press, expected) in cases {
        let mut canvas = Canvas::new().selecting(selected);
        let lift = Up(press.clone());
        let outcomes = canvas.run([Down(press), lift]);
        assert_eq!(messages(&outcomes), expected, "{what}");
        assert_eq!(canvas.gesture.phase, Phase::Idle, "{what}: the gesture ends");
        assert!(!canvas.gesture.pressed(), "{what}: no pointer stays down");
        assert!(!outcomes.iter().any(|o| matches!(o, Outcome::Camera(_))), "{what}: the camera stays");
    }
}

#[test]
fn read_only_presses_only_pan() {
    let mut canvas = Canvas::new().read_only();
    let a = canvas.centre_of("a");
    let cases = [card("a"), Hit::Handle(cid("a")), Hit::Nothing, Hit::Link(LinkId("l1".into()))];
    for hit in cases {
        let press = on(mouse(a), hit.clone());
        let out = canvas.run([Down(press.clone()), Move(moved(&press, 30.0, -10.0)), Up(moved(&press, 30.0, -10.0))]);
        assert_eq!(messages(&out), vec![], "{hit:?}: nothing selected, moved or linked");
        assert_eq!(cameras(&out).last().map(|c| (c.pan_x, c.pan_y)), Some((330.0, 290.0)), "{hit:?}");
        canvas.camera = CAMERA;
    }
    // Shift and a press without movement: the marquee is no tool when presenting.
    let press = Pointer { shift: true, ..mouse(EMPTY) };
    let out = canvas.run([Down(press.clone()), Up(press)]);
    assert_eq!(messages(&out), vec![Outcome::ClearSelection]);
}

#[test]
fn a_press_is_a_click_until_it_moves_past_the_threshold() {
    // Screen pixels moved (the camera zooms twice), and whether it is a drag.
    for (dx, dy, drag) in [(3.0, 0.0, false), (0.0, 4.0, false), (3.0, 2.9, true), (4.5, 0.0, true), (-30.0, 12.0, true)] {
        let mut canvas = Canvas::new().selecting(&["a"]);
        let press = on(mouse(canvas.centre_of("a")), card("a"));
        let out = canvas.run([Down(press.clone()), Move(moved(&press, dx, dy))]);
        let previews = out.iter().filter(|o| matches!(o, Outcome::Preview(Some(_)))).count();
        assert_eq!(previews, usize::from(drag), "moved ({dx}, {dy})");
        let lifted = canvas.feed(Up(moved(&press, dx, dy)));
        let moves: Vec<_> = lifted.iter().filter(|o| matches!(o, Outcome::MoveCards(_))).collect();
        assert_eq!(moves.len(), usize::from(drag), "moved ({dx}, {dy})");
    }
}

#[test]
fn a_drag_previews_and_drops_the_selection_by_the_world_offset() {
    let mut canvas = Canvas::new().selecting(&["a", "c"]);
    let press = on(mouse(canvas.centre_of("a")), card("a"));
    let down = canvas.feed(Down(press.clone()));
    assert_eq!(messages(&down), vec![], "the pressed card was selected: the selection stays");
    let half = canvas.feed(Move(moved(&press, 10.0, 6.0)));
    assert_eq!(half, vec![Outcome::Preview(Some(Drag { cards: set(&["a", "c"]), dx: 5.0, dy: 3.0 }))]);
    let further = canvas.feed(Move(moved(&press, 40.0, -20.0)));
    assert_eq!(further, vec![Outcome::Preview(Some(Drag { cards: set(&["a", "c"]), dx: 20.0, dy: -10.0 }))]);
    let drop = canvas.feed(Up(moved(&press, 40.0, -20.0)));
    assert_eq!(drop, vec![Outcome::MoveCards(Drag { cards: set(&["a", "c"]), dx: 20.0, dy: -10.0 }), Outcome::Preview(None)]);
    assert!(cameras(&drop).is_empty());

    // A card outside the selection: it is selected and dragged alone.
    let mut canvas = Canvas::new().selecting(&["b", "c"]);
    let press = on(mouse(canvas.centre_of("a")), card("a"));
    let out = canvas.run([Down(press.clone()), Move(moved(&press, 0.0, 100.0)), Up(moved(&press, 0.0, 100.0))]);
    assert_eq!(messages(&out), vec![select(&["a"], false), Outcome::MoveCards(Drag { cards: set(&["a"]), dx: 0.0, dy: 50.0 })]);
}

#[test]
fn a_marquee_with_shift_adds_the_cards_it_touches() {
    let mut canvas = Canvas::new().selecting(&["b"]);
    let press = Pointer { shift: true, ..mouse(EMPTY) };
    let out = canvas.feed(Down(press.clone()));
    assert_eq!(out.last(), Some(&Outcome::Marquee(Some(Rect { x: -100.0, y: -100.0, width: 0.0, height: 0.0 }))));
    // To world (250, 500): over a and c, left of b.
    let corner = canvas.camera.world_to_screen(Point::new(250.0, 500.0));
    let out = canvas.feed(Move(Pointer { at: corner, ..press.clone() }));
    assert_eq!(out, vec![Outcome::Marquee(Some(Rect { x: -100.0, y: -100.0, width: 350.0, height: 600.0 }))]);
    let out = canvas.feed(Up(Pointer { at: corner, ..press.clone() }));
    assert_eq!(out, vec![Outcome::Marquee(None), select(&["a", "c"], true)]);

    // Around nothing: adds nothing, clears nothing.
    let out = canvas.run([Down(press.clone()), Move(moved(&press, 40.0, 40.0)), Up(moved(&press, 40.0, 40.0))]);
    assert_eq!(messages(&out), vec![select(&[], true)]);
}

#[test]
fn dragging_empty_canvas_pans_and_a_pan_that_moved_clears_nothing() {
    // How the pan is started, and on what.
    let a = Canvas::new().centre_of("a");
    let cases = [
        ("empty canvas", mouse(EMPTY)),
        ("empty canvas with a finger", finger(3, EMPTY)),
        ("the middle button on a card", Pointer { button: Button::Middle, ..on(mouse(a), card("a")) }),
        ("held space on a card's handle", Pointer { space: true, ..on(mouse(a), Hit::Handle(cid("a"))) }),
    ];
    for (what, press) in cases {
        let mut canvas = Canvas::new().selecting(&["a"]);
        let out = canvas.run([Down(press.clone()), Move(moved(&press, 30.0, -10.0)), Move(moved(&press, 50.0, 10.0))]);
        let seen: Vec<_> = cameras(&out).iter().map(|c| (c.pan_x, c.pan_y, c.zoom)).collect();
        assert_eq!(seen, vec![(330.0, 290.0, 2.0), (350.0, 310.0, 2.0)], "{what}");
        let out = canvas.feed(Up(moved(&press, 50.0, 10.0)));
        assert_eq!(messages(&out), vec![], "{what}: the selection stays");
    }
    // Back and forth to where it started: it moved, so it is no click.
    let mut canvas = Canvas::new().selecting(&["a"]);
    let press = mouse(EMPTY);
    let out = canvas.run([Down(press.clone()), Move(moved(&press, 20.0, 0.0)), Move(press.clone()), Up(press)]);
    assert_eq!(messages(&out), vec![]);
    // A wobble within the threshold is still a click.
    let mut canvas = Canvas::new().selecting(&["a"]);
    let press = mouse(EMPTY);
    let out = canvas.run([Down(press.clone()), Move(moved(&press, 2.0, 3.0)), Up(moved(&press, 2.0, 3.0))]);
    assert_eq!(messages(&out), vec![Outcome::ClearSelection]);
}

#[test]
fn two_fingers_zoom_about_their_midpoint_and_one_left_pans() {
    let mut canvas = Canvas::new();
    let (one, two) = (finger(1, Point::new(400.0, 400.0)), finger(2, Point::new(600.0, 400.0)));
    canvas.feed(Down(one.clone()));
    let out = canvas.feed(Down(two.clone()));
    assert!(matches!(canvas.gesture.phase, Phase::Pinching { .. }), "{:?}", canvas.gesture.phase);
    assert!(messages(&out).is_empty());
    let before = canvas.camera;
    let under_mid = before.screen_to_world(Point::new(500.0, 400.0));
    // Apart from 200 to 300 pixels; the midpoint moves to (550, 400).
    let out = canvas.feed(Move(moved(&two, 100.0, 0.0)));
    let after = *cameras(&out).first().expect("the camera changes");
    assert!(close(after.zoom, before.zoom * 1.5), "{after:?}");
    let now_under = after.screen_to_world(Point::new(550.0, 400.0));
    assert!(close(now_under.x, under_mid.x) && close(now_under.y, under_mid.y), "{now_under:?} vs {under_mid:?}");

    // One finger lifted: the other pans on, and its lift is no click.
    let out = canvas.feed(Up(one.clone()));
    assert!(messages(&out).is_empty());
    assert!(matches!(canvas.gesture.phase, Phase::Panning { moved: true, .. }), "{:?}", canvas.gesture.phase);
    let out = canvas.feed(Move(moved(&two, 120.0, 10.0)));
    let panned = *cameras(&out).first().expect("the camera pans");
    assert!(close(panned.pan_x, after.pan_x + 20.0) && close(panned.pan_y, after.pan_y + 10.0) && close(panned.zoom, after.zoom));
    let out = canvas.feed(Up(moved(&two, 120.0, 10.0)));
    assert!(messages(&out).is_empty(), "{out:?}");
    assert!(!canvas.gesture.pressed());
}

#[test]
fn a_second_finger_turns_a_drag_into_a_pinch_that_moves_no_card() {
    let mut canvas = Canvas::new().selecting(&["a"]);
    let one = on(finger(1, canvas.centre_of("a")), card("a"));
    let two = finger(2, EMPTY);
    let mut out = canvas.run([Down(one.clone()), Move(moved(&one, 20.0, 0.0)), Down(two.clone())]);
    assert!(out.contains(&Outcome::Preview(None)), "the preview goes: {out:?}");
    out = canvas.run([Move(moved(&two, -50.0, 0.0)), Up(moved(&one, 20.0, 0.0)), Up(moved(&two, -50.0, 0.0))]);
    assert!(messages(&out).is_empty(), "{out:?}");
}

#[test]
fn a_link_drawn_from_a_handle_links_the_card_it_ends_on() {
    // Where the handle is dragged to, and the link it adds.
    let probe = Canvas::new();
    let cases = [
        ("onto another card", probe.centre_of("b"), vec![Outcome::AddLink { from: cid("a"), to: cid("b") }]),
        ("onto nothing", EMPTY, vec![]),
    ];
    for (what, to, expected) in cases {
        let mut canvas = Canvas::new();
        let press = on(mouse(canvas.centre_of("a").offset(100.0, 0.0)), Hit::Handle(cid("a")));
        let out = canvas.feed(Down(press.clone()));
        assert!(matches!(out.last(), Some(Outcome::LinkDraft(Some((from, _)))) if *from == cid("a")), "{what}: {out:?}");
        let out = canvas.feed(Move(Pointer { at: to, ..press.clone() }));
        assert_eq!(out, vec![Outcome::LinkDraft(Some((cid("a"), canvas.camera.screen_to_world(to))))], "{what}");
        let out = canvas.feed(Up(Pointer { at: to, ..press.clone() }));
        assert_eq!(out.first(), Some(&Outcome::LinkDraft(None)), "{what}: the draft goes");
        assert_eq!(messages(&out), expected, "{what}");
    }
    // A press on the handle without moving adds nothing, and selects nothing.
    let mut canvas = Canvas::new();
    let press = on(mouse(canvas.centre_of("a")), Hit::Handle(cid("a")));
    let out = canvas.run([Down(press.clone()), Up(press)]);
    assert_eq!(messages(&out), vec![]);
}

#[test]
fn a_cancelled_gesture_ends_without_effect() {
    let probe = Canvas::new();
    let a = probe.centre_of("a");
    let b = probe.centre_of("b");
    // (what, press, where it is when the browser takes it away)
    let cases = [
        ("a card drag", on(mouse(a), card("a")), b),
        ("a link", on(mouse(a), Hit::Handle(cid("a"))), b),
        ("a marquee", Pointer { shift: true, ..mouse(EMPTY) }, b),
        ("a pan that never moved", mouse(EMPTY), EMPTY),
        ("a tap", on(finger(4, a), card("a")), a),
    ];
    for (what, press, end) in cases {
        let mut canvas = Canvas::new().selecting(&["a"]);
        canvas.feed(Down(press.clone()));
        if end != press.at {
            canvas.feed(Move(Pointer { at: end, ..press.clone() }));
        }
        let out = canvas.feed(Cancel(Pointer { at: end, ..press.clone() }));
        assert_eq!(messages(&out), vec![], "{what}: {out:?}");
        assert_eq!(canvas.gesture.phase, Phase::Idle, "{what}");
        assert!(!canvas.gesture.pressed(), "{what}");
    }
    // A cancelled drag takes its preview away.
    let mut canvas = Canvas::new().selecting(&["a"]);
    let press = on(mouse(a), card("a"));
    let out = canvas.run([Down(press.clone()), Move(moved(&press, 50.0, 0.0)), Cancel(moved(&press, 50.0, 0.0))]);
    assert_eq!(out.last(), Some(&Outcome::Preview(None)));
}

#[test]
fn a_double_tap_edits() {
    let probe = Canvas::new();
    let (a, b) = (probe.centre_of("a"), probe.centre_of("b"));
    // (what, first tap, second tap, whether the second edits)
    let cases = [
        ("the same card soon after", at_time(on(finger(1, a), card("a")), 1000.0), at_time(on(finger(2, a), card("a")), 1300.0), true),
        ("the same card too late", at_time(on(finger(1, a), card("a")), 1000.0), at_time(on(finger(2, a), card("a")), 1400.0), false),
        ("another card", at_time(on(finger(1, a), card("a")), 1000.0), at_time(on(finger(2, b), card("b")), 1100.0), false),
        ("with a pen", at_time(Pointer { kind: PointerKind::Pen, ..on(mouse(a), card("a")) }, 0.0), at_time(Pointer { kind: PointerKind::Pen, ..on(mouse(a), card("a")) }, 200.0), true),
        ("with a mouse (its double click is the browser's)", at_time(on(mouse(a), card("a")), 1000.0), at_time(on(mouse(a), card("a")), 1100.0), false),
    ];
    for (what, first, second, edits) in cases {
        let mut canvas = Canvas::new();
        let out = canvas.run([Down(first.clone()), Up(first)]);
        assert!(!out.iter().any(|o| matches!(o, Outcome::Edit(_))), "{what}: one tap edits nothing");
        let out = canvas.run([Down(second.clone()), Up(second.clone())]);
        let edited: Vec<_> = out.into_iter().filter(|o| matches!(o, Outcome::Edit(_))).collect();
        let card = if second.at == a { cid("a") } else { cid("b") };
        assert_eq!(edited, if edits { vec![Outcome::Edit(card)] } else { vec![] }, "{what}");
    }
    // A third tap starts over: it does not edit again.
    let mut canvas = Canvas::new();
    let tap = |t: f64| at_time(on(finger(1, a), card("a")), t);
    let out = canvas.run([Down(tap(0.0)), Up(tap(0.0)), Down(tap(100.0)), Up(tap(100.0)), Down(tap(200.0)), Up(tap(200.0))]);
    assert_eq!(out.iter().filter(|o| matches!(o, Outcome::Edit(_))).count(), 1);
}

#[test]
fn a_long_press_opens_the_menu_only_on_a_finger_that_rested() {
    let probe = Canvas::new();
    let a = probe.centre_of("a");
    // (what, pointer, screen pixels it moved before the timer fired, whether the menu opens)
    let cases = [
        ("a resting finger", on(finger(1, a), card("a")), 0.0, true),
        ("a finger that trembled", on(finger(1, a), card("a")), 3.0, true),
        ("a finger that moved", on(finger(1, a), card("a")), 12.0, false),
        ("a pen", Pointer { kind: PointerKind::Pen, ..on(mouse(a), card("a")) }, 0.0, true),
    ];
    for (what, press, by, opens) in cases {
        let mut canvas = Canvas::new();
        let out = canvas.feed(Down(press.clone()));
        assert!(out.contains(&Outcome::StartLongPress), "{what}: the timer starts");
        let out = canvas.feed(Move(moved(&press, by, 0.0)));
        assert_eq!(out.contains(&Outcome::StopLongPress), !opens, "{what}: a drag stops the timer");
        let out = canvas.feed(LongPress);
        let menu = Outcome::OpenMenu { card: cid("a"), at: a };
        assert_eq!(out.contains(&menu), opens, "{what}: {out:?}");
        let out = canvas.feed(Up(moved(&press, by, 0.0)));
        if opens {
            assert!(out.is_empty(), "{what}: the lift after the menu is no tap: {out:?}");
        } else {
            assert!(matches!(messages(&out)[..], [Outcome::MoveCards(_)]), "{what}: the drag goes on: {out:?}");
        }
    }
    // A mouse starts no timer; a lift stops it.
    let mut canvas = Canvas::new();
    let out = canvas.feed(Down(on(mouse(a), card("a"))));
    assert!(!out.contains(&Outcome::StartLongPress));
    let mut canvas = Canvas::new();
    let press = on(finger(1, a), card("a"));
    let out = canvas.run([Down(press.clone()), Up(press)]);
    assert!(out.contains(&Outcome::StopLongPress));
    assert!(canvas.feed(LongPress).is_empty(), "a late timer opens nothing");
}

#[test]
fn a_lift_while_a_menu_is_open_is_no_tap() {
    let mut canvas = Canvas::new();
    let a = canvas.centre_of("a");
    let tap = |t: f64| at_time(on(finger(1, a), card("a")), t);
    canvas.run([Down(tap(0.0)), Up(tap(0.0))]);
    canvas.menu_open = true;
    let out = canvas.run([Down(tap(100.0)), Up(tap(100.0))]);
    assert!(!out.iter().any(|o| matches!(o, Outcome::Edit(_))), "{out:?}");
}

#[test]
fn a_vote_button_votes_and_starts_no_gesture() {
    let mut canvas = Canvas::new().selecting(&["b"]);
    let press = on(mouse(canvas.centre_of("a")), Hit::Vote { card: cid("a"), give: true });
    let out = canvas.feed(Down(press.clone()));
    assert_eq!(messages(&out), vec![Outcome::Vote { card: cid("a"), give: true }]);
    assert!(!out.iter().any(|o| matches!(o, Outcome::StartLongPress | Outcome::Preview(_) | Outcome::LinkDraft(_) | Outcome::Marquee(_))));
    assert_eq!(canvas.gesture.phase, Phase::Idle);
    assert!(!canvas.gesture.pressed());
    let out = canvas.run([Move(moved(&press, 60.0, 0.0)), Up(moved(&press, 60.0, 0.0))]);
    assert!(out.is_empty(), "{out:?}");
}

#[test]
fn a_press_closes_the_menus_and_holds_the_pointer() {
    let mut canvas = Canvas::new();
    let out = canvas.feed(Down(Pointer { id: 9, ..mouse(EMPTY) }));
    assert_eq!(out, vec![Outcome::DismissMenus, Outcome::CapturePointer(9)]);
    assert!(canvas.gesture.holds(9));
    // A move of a pointer that is not down does nothing.
    assert!(canvas.feed(Move(Pointer { id: 5, ..mouse(EMPTY) })).is_empty());
    assert!(canvas.feed(Up(Pointer { id: 5, ..mouse(EMPTY) })).is_empty());
}

#[test]
fn while_voting_a_tap_on_a_card_gives_a_dot_and_nothing_else() {
    let mut canvas = Canvas::new().selecting(&["b"]);
    canvas.voting = true;
    let a = canvas.centre_of("a");
    for press in [on(mouse(a), card("a")), on(finger(3, a), card("a")), on(mouse(a), Hit::Drawing)] {
        let out = canvas.run([Down(press.clone()), Up(press.clone())]);
        assert_eq!(messages(&out), vec![Outcome::Vote { card: cid("a"), give: true }], "{press:?}");
        assert!(!out.iter().any(|o| matches!(o, Outcome::StartLongPress | Outcome::Preview(_) | Outcome::OpenMenu { .. })), "{out:?}");
        assert_eq!(canvas.gesture.phase, Phase::Idle);
    }
    // Two quick taps give two dots; neither edits the card.
    let tap = |t: f64| at_time(on(finger(1, a), card("a")), t);
    let out = canvas.run([Down(tap(0.0)), Up(tap(0.0)), Down(tap(100.0)), Up(tap(100.0))]);
    assert_eq!(messages(&out), vec![Outcome::Vote { card: cid("a"), give: true }; 2]);
    // A drag from a card pans and gives nothing; a tap beside the cards clears.
    let press = on(mouse(a), card("a"));
    let out = canvas.run([Down(press.clone()), Move(moved(&press, 30.0, 0.0)), Up(moved(&press, 30.0, 0.0))]);
    assert_eq!(messages(&out), vec![]);
    assert_eq!(cameras(&out).len(), 1);
    let out = canvas.run([Down(mouse(EMPTY)), Up(mouse(EMPTY))]);
    assert_eq!(messages(&out), vec![Outcome::ClearSelection]);
}

#[test]
fn linking_or_moving_near_an_edge_pans_the_view_that_way_so_a_card_off_screen_comes_into_reach() {
    for (what, hit) in [("a link", Hit::Handle(cid("a"))), ("a card drag", card("a"))] {
        let mut canvas = Canvas::new();
        let press = on(finger(1, canvas.centre_of("a")), hit);
        canvas.feed(Down(press.clone()));
        // In the middle: the view stays.
        let out = canvas.feed(Move(Pointer { at: Point::new(960.0, 600.0), ..press.clone() }));
        assert_eq!(cameras(&out), vec![], "{what}");
        // At the right edge and the bottom: the board moves left and up, each move a step.
        let before = canvas.camera;
        let out = canvas.feed(Move(Pointer { at: Point::new(1910.0, 1195.0), ..press.clone() }));
        assert_eq!(cameras(&out).len(), 1, "{what}: {out:?}");
        assert!(canvas.camera.pan_x < before.pan_x && canvas.camera.pan_y < before.pan_y, "{what}");
        assert_eq!(canvas.camera.zoom, before.zoom);
        let again = canvas.camera;
        canvas.feed(Move(Pointer { at: Point::new(1911.0, 1195.0), ..press.clone() }));
        assert!(canvas.camera.pan_x < again.pan_x, "{what}: it goes on while the pointer stays there");
        // At the left edge: right.
        let before = canvas.camera;
        canvas.feed(Move(Pointer { at: Point::new(5.0, 600.0), ..press.clone() }));
        assert!(canvas.camera.pan_x > before.pan_x && canvas.camera.pan_y == before.pan_y, "{what}");
    }
}
