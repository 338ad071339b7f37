//! Points, rectangles and the camera.

use ambition_map::core::geometry::{Camera, Point, Rect, Size};
use proptest::prelude::*;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * (1.0 + a.abs().max(b.abs()))
}

fn close_p(a: Point, b: Point) -> bool {
    close(a.x, b.x) && close(a.y, b.y)
}

const VIEW: Size = Size { width: 1280.0, height: 720.0 };

#[test]
fn screen_and_world_by_hand() {
    let cam = Camera { pan_x: 100.0, pan_y: 50.0, zoom: 2.0 };
    assert_eq!(cam.world_to_screen(Point::new(10.0, -5.0)), Point::new(120.0, 40.0));
    assert_eq!(cam.screen_to_world(Point::new(120.0, 40.0)), Point::new(10.0, -5.0));
    assert_eq!(Camera::centred(VIEW).world_to_screen(Point::new(0.0, 0.0)), Point::new(640.0, 360.0));
    assert_eq!(Camera::default().screen_to_world(Point::new(3.0, 4.0)), Point::new(3.0, 4.0));
}

#[test]
fn panning_moves_the_world_on_screen() {
    let cam = Camera { pan_x: 10.0, pan_y: 20.0, zoom: 0.5 };
    let moved = cam.panned(30.0, -40.0);
    let w = Point::new(7.0, 9.0);
    assert!(close_p(moved.world_to_screen(w), cam.world_to_screen(w).offset(30.0, -40.0)));
    assert_eq!(moved.zoom, 0.5);
}

#[test]
fn zoom_is_clamped_and_bad_factors_change_nothing() {
    let cam = Camera::centred(VIEW);
    let about = Point::new(200.0, 300.0);
    assert_eq!(cam.zoomed_about(about, 1000.0).zoom, Camera::MAX_ZOOM);
    assert_eq!(cam.zoomed_about(about, 0.0001).zoom, Camera::MIN_ZOOM);
    // Even at the limit the point under the pointer stays put.
    let w = cam.screen_to_world(about);
    assert!(close_p(cam.zoomed_about(about, 1000.0).world_to_screen(w), about));
    for bad in [0.0, -2.0, f64::NAN, f64::INFINITY] {
        assert_eq!(cam.zoomed_about(about, bad), cam, "{bad}");
    }
}

#[test]
fn fit_contains_the_rect_and_centres_it() {
    let world = Rect { x: -1000.0, y: 200.0, width: 3000.0, height: 500.0 };
    let margin = 40.0;
    let cam = Camera::fit(world, VIEW, margin);
    let tl = cam.world_to_screen(Point::new(world.x, world.y));
    let br = cam.world_to_screen(Point::new(world.right(), world.bottom()));
    assert!(tl.x >= margin - 1e-9 && tl.y >= margin - 1e-9, "{tl:?}");
    assert!(br.x <= VIEW.width - margin + 1e-9 && br.y <= VIEW.height - margin + 1e-9, "{br:?}");
    // It fills the width, the tighter side.
    assert!(close(tl.x, margin) && close(br.x, VIEW.width - margin));
    assert!(close_p(cam.world_to_screen(world.centre()), Point::new(VIEW.width / 2.0, VIEW.height / 2.0)));
}

#[test]
fn fit_in_keeps_the_board_out_from_under_the_bars() {
    // A 1280 × 720 screen with a bar of 60 px at the top, 70 at the bottom
    // and a panel of 380 at the left: the board fits in what is left.
    let area = Rect { x: 380.0, y: 60.0, width: 900.0, height: 590.0 };
    let world = Rect { x: -800.0, y: -400.0, width: 1600.0, height: 800.0 };
    let cam = Camera::fit_in(world, area, 10.0);
    let tl = cam.world_to_screen(Point::new(world.x, world.y));
    let br = cam.world_to_screen(Point::new(world.right(), world.bottom()));
    assert!(tl.x >= area.x + 10.0 - 1e-9 && tl.y >= area.y + 10.0 - 1e-9, "{tl:?}");
    assert!(br.x <= area.right() - 10.0 + 1e-9 && br.y <= area.bottom() - 10.0 + 1e-9, "{br:?}");
    assert!(close_p(cam.world_to_screen(world.centre()), area.centre()));
    // The whole screen as the area is `fit`.
    let whole = Rect { x: 0.0, y: 0.0, width: VIEW.width, height: VIEW.height };
    assert_eq!(Camera::fit_in(world, whole, 24.0), Camera::fit(world, VIEW, 24.0));
}

#[test]
fn fit_never_zooms_in_past_100_percent() {
    let small = Rect { x: 10.0, y: 10.0, width: 100.0, height: 50.0 };
    let cam = Camera::fit(small, VIEW, 20.0);
    assert_eq!(cam.zoom, 1.0);
    assert!(close_p(cam.world_to_screen(small.centre()), Point::new(640.0, 360.0)));
    // A point or a line: 100 %, centred.
    let point = Rect { x: 5.0, y: 5.0, width: 0.0, height: 0.0 };
    let cam = Camera::fit(point, VIEW, 20.0);
    assert_eq!(cam.zoom, 1.0);
    assert!(close_p(cam.world_to_screen(Point::new(5.0, 5.0)), Point::new(640.0, 360.0)));
}

#[test]
fn fit_of_a_huge_rect_stops_at_the_minimum_zoom() {
    let huge = Rect { x: -1e6, y: -1e6, width: 2e6, height: 2e6 };
    assert_eq!(Camera::fit(huge, VIEW, 20.0).zoom, Camera::MIN_ZOOM);
}

#[test]
fn visible_world_is_the_viewport_in_world_units() {
    let cam = Camera { pan_x: 100.0, pan_y: 0.0, zoom: 2.0 };
    let v = cam.visible_world(VIEW);
    assert!(close(v.x, -50.0) && close(v.y, 0.0) && close(v.width, 640.0) && close(v.height, 360.0), "{v:?}");
}

#[test]
fn css_transform_translates_then_scales() {
    let cam = Camera { pan_x: 12.5, pan_y: -3.0, zoom: 1.5 };
    assert_eq!(cam.css_transform(), "translate(12.5px, -3px) scale(1.5)");
}

#[test]
fn edge_towards_by_hand() {
    let r = Rect { x: 0.0, y: 0.0, width: 200.0, height: 100.0 };
    assert_eq!(r.edge_towards(Point::new(1000.0, 50.0)), Point::new(200.0, 50.0));
    assert_eq!(r.edge_towards(Point::new(100.0, -1000.0)), Point::new(100.0, 0.0));
    assert_eq!(r.edge_towards(Point::new(300.0, 250.0)), Point::new(150.0, 100.0));
    assert_eq!(r.edge_towards(Point::new(100.0, 50.0)), Point::new(100.0, 50.0));
}

#[test]
fn rect_helpers() {
    let a = Rect::from_corners(Point::new(10.0, 50.0), Point::new(-10.0, 20.0));
    assert_eq!(a, Rect { x: -10.0, y: 20.0, width: 20.0, height: 30.0 });
    assert_eq!((a.right(), a.bottom()), (10.0, 50.0));
    assert_eq!(a.centre(), Point::new(0.0, 35.0));
    assert!(a.contains(Point::new(10.0, 50.0)) && !a.contains(Point::new(10.1, 50.0)));
    let b = Rect { x: 10.0, y: 0.0, width: 5.0, height: 5.0 };
    assert!(!a.intersects(&b));
    let c = Rect { x: 10.0, y: 50.0, width: 5.0, height: 5.0 };
    assert!(a.intersects(&c) && c.intersects(&a), "touching edges count");
    assert_eq!(a.union(&b), Rect { x: -10.0, y: 0.0, width: 25.0, height: 50.0 });
    assert_eq!(a.inflate(2.0), Rect { x: -12.0, y: 18.0, width: 24.0, height: 34.0 });
    assert_eq!(Point::new(0.0, 0.0).distance(Point::new(3.0, 4.0)), 5.0);
    assert_eq!(Point::new(0.0, 2.0).midpoint(Point::new(4.0, 4.0)), Point::new(2.0, 3.0));
}

fn arb_camera() -> impl Strategy<Value = Camera> {
    (-1e5..1e5f64, -1e5..1e5f64, Camera::MIN_ZOOM..=Camera::MAX_ZOOM)
        .prop_map(|(pan_x, pan_y, zoom)| Camera { pan_x, pan_y, zoom })
}

fn arb_point(r: f64) -> impl Strategy<Value = Point> {
    (-r..r, -r..r).prop_map(|(x, y)| Point::new(x, y))
}

fn arb_rect() -> impl Strategy<Value = Rect> {
    (arb_point(1e5), 1.0..1e5f64, 1.0..1e5f64).prop_map(|(p, width, height)| Rect {
        x: p.x,
        y: p.y,
        width,
        height,
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn screen_world_round_trip(cam in arb_camera(), p in arb_point(1e5)) {
        prop_assert!(close_p(cam.screen_to_world(cam.world_to_screen(p)), p));
        prop_assert!(close_p(cam.world_to_screen(cam.screen_to_world(p)), p));
    }

    #[test]
    fn zooming_keeps_the_point_under_the_pointer(cam in arb_camera(), about in arb_point(3000.0), factor in 0.01..100.0f64) {
        let under = cam.screen_to_world(about);
        let zoomed = cam.zoomed_about(about, factor);
        prop_assert!(zoomed.zoom >= Camera::MIN_ZOOM && zoomed.zoom <= Camera::MAX_ZOOM);
        let expected = (cam.zoom * factor).clamp(Camera::MIN_ZOOM, Camera::MAX_ZOOM);
        prop_assert!(close(zoomed.zoom, expected));
        let back = zoomed.world_to_screen(under);
        prop_assert!((back.x - about.x).abs() < 1e-6 && (back.y - about.y).abs() < 1e-6, "{:?} vs {:?}", back, about);
    }

    #[test]
    fn fit_contains_and_centres_any_rect(world in arb_rect(), w in 200.0..4000.0f64, h in 200.0..3000.0f64, margin in 0.0..60.0f64) {
        let view = Size { width: w, height: h };
        let cam = Camera::fit(world, view, margin);
        prop_assert!(cam.zoom <= 1.0 && cam.zoom >= Camera::MIN_ZOOM);
        prop_assert!(close_p(cam.world_to_screen(world.centre()), Point::new(w / 2.0, h / 2.0)));
        if cam.zoom > Camera::MIN_ZOOM {
            let tl = cam.world_to_screen(Point::new(world.x, world.y));
            let br = cam.world_to_screen(Point::new(world.right(), world.bottom()));
            let eps = 1e-6;
            prop_assert!(tl.x >= margin - eps && tl.y >= margin - eps, "{:?}", tl);
            prop_assert!(br.x <= w - margin + eps && br.y <= h - margin + eps, "{:?}", br);
            prop_assert!(cam.visible_world(view).inflate(1e-6).intersects(&world));
        }
    }

    #[test]
    fn edge_towards_lands_on_the_border_on_the_way(r in arb_rect(), towards in arb_point(3e5)) {
        let c = r.centre();
        prop_assume!(towards.distance(c) > 1e-3);
        let e = r.edge_towards(towards);
        let tol = 1e-6 * (1.0 + r.width.max(r.height));
        let on_vertical = (e.x - r.x).abs() < tol || (e.x - r.right()).abs() < tol;
        let on_horizontal = (e.y - r.y).abs() < tol || (e.y - r.bottom()).abs() < tol;
        prop_assert!(on_vertical || on_horizontal, "{:?} not on the border of {:?}", e, r);
        prop_assert!(r.inflate(tol).contains(e));
        // On the ray from the centre towards the target.
        let (dx, dy) = (towards.x - c.x, towards.y - c.y);
        let (ex, ey) = (e.x - c.x, e.y - c.y);
        prop_assert!((dx * ey - dy * ex).abs() <= 1e-6 * (dx.hypot(dy) * ex.hypot(ey) + 1.0));
        prop_assert!(dx * ex + dy * ey >= 0.0);
    }
}

#[test]
fn the_drawn_world_holds_the_view_and_stays_put_while_panning_a_little() {
    let viewport = Size { width: 1440.0, height: 900.0 };
    let cam = Camera { pan_x: 100.0, pan_y: -50.0, zoom: 1.0 };
    let drawn = cam.drawn_world(viewport);
    let seen = cam.visible_world(viewport);
    assert!(drawn.x <= seen.x - 720.0 && drawn.right() >= seen.right() + 720.0, "{drawn:?} {seen:?}");
    assert!(drawn.y <= seen.y - 720.0 && drawn.bottom() >= seen.bottom() + 720.0, "{drawn:?} {seen:?}");
    for v in [drawn.x, drawn.y, drawn.width, drawn.height] {
        assert_eq!(v % Camera::TILE, 0.0, "{drawn:?}");
    }
    // After a small pan, the same tiles are drawn.
    let moved = Camera { pan_x: 110.0, pan_y: -45.0, ..cam };
    assert_eq!(moved.drawn_world(viewport), drawn);
    // Zoomed out, more of the world is drawn.
    let out = Camera { zoom: 0.5, ..cam }.drawn_world(viewport);
    assert!(out.width > drawn.width && out.height > drawn.height);
}

#[test]
fn the_drawn_world_is_kept_while_zooming_in_and_renewed_when_the_view_leaves_it() {
    let viewport = Size { width: 1440.0, height: 900.0 };
    let cam = Camera { pan_x: 0.0, pan_y: 0.0, zoom: 0.5 };
    let drawn = cam.drawn_world(viewport);
    // A step in keeps it: nothing to draw again.
    let closer = cam.zoomed_about(Point::new(720.0, 450.0), 1.25);
    assert_eq!(closer.drawn_world_from(viewport, Some(drawn)), drawn);
    // Far in, it is much larger than needed: a smaller one is drawn.
    let far_in = Camera { zoom: 4.0, ..cam };
    let smaller = far_in.drawn_world_from(viewport, Some(drawn));
    assert!(smaller.width < drawn.width, "{smaller:?} {drawn:?}");
    // Panned out of it: a new one around the view.
    let away = Camera { pan_x: -20_000.0, ..cam };
    let seen = away.visible_world(viewport);
    let renewed = away.drawn_world_from(viewport, Some(drawn));
    assert!(renewed.contains(Point::new(seen.x, seen.y)) && renewed.contains(Point::new(seen.right(), seen.bottom())));
    assert_eq!(away.drawn_world_from(viewport, None), away.drawn_world(viewport));
}

#[test]
fn a_links_words_move_along_the_arrow_out_from_under_a_card_or_go() {
    use ambition_map::core::layout::{label_spot, Route};
    let route = Route { a: Point::new(0.0, 0.0), b: Point::new(1000.0, 0.0), via: None };
    let label_spot = |label: &str, clear: &[Rect]| label_spot(&route, label, clear);
    // Nothing in the way: nearer the tail.
    let free = label_spot("serves", &[]).expect("a place");
    assert!(close_p(free.centre(), Point::new(420.0, 0.0)), "{free:?}");
    // A card over that place: the words move to the next free place, clear of it.
    let card = Rect { x: 380.0, y: -50.0, width: 100.0, height: 100.0 };
    let moved = label_spot("serves", &[card]).expect("another place");
    assert!(!moved.intersects(&card), "{moved:?}");
    // Words placed before count too; with the whole arrow covered there is no place.
    let wall = Rect { x: -10.0, y: -50.0, width: 1020.0, height: 100.0 };
    assert_eq!(label_spot("serves", &[wall]), None);
}

#[test]
fn a_link_runs_straight_unless_a_card_it_does_not_join_is_in_the_way_then_round_it() {
    use ambition_map::core::layout::{link_route, Route};
    let from = Rect { x: 0.0, y: 0.0, width: 100.0, height: 50.0 };
    let to = Rect { x: 600.0, y: 0.0, width: 100.0, height: 50.0 };
    // Nothing between: straight, edge to edge.
    let aside = Rect { x: 250.0, y: 300.0, width: 200.0, height: 90.0 };
    assert_eq!(link_route(from, to, &[from, to, aside]), Route::straight(from, to));
    // A card between: a curve that keeps clear of it, and leaves and reaches its cards at their edges.
    let between = Rect { x: 250.0, y: -20.0, width: 200.0, height: 90.0 };
    let bent = link_route(from, to, &[from, to, between, aside]);
    assert!(bent.via.is_some());
    for i in 0..=100 {
        let p = bent.at(f64::from(i) / 100.0);
        assert!(!between.contains(p) && !aside.contains(p), "{p:?} at {i} %");
    }
    assert!(close_p(bent.at(0.0), bent.a) && close_p(bent.at(1.0), bent.b));
    assert!(from.inflate(0.5).contains(bent.a) && !from.inflate(-0.5).contains(bent.a), "starts on its card's edge");
    assert!(to.inflate(0.5).contains(bent.b) && !to.inflate(-0.5).contains(bent.b), "ends on its card's edge");
    // Walled in: no curve is clear, and the one taken runs through the wall no longer than the straight line.
    let wall = Rect { x: 150.0, y: -2000.0, width: 400.0, height: 4000.0 };
    let inside = |r: &Route| (0..=100).filter(|i| wall.contains(r.at(f64::from(*i) / 100.0))).count();
    let walled = link_route(from, to, &[wall]);
    assert!(inside(&walled) <= inside(&Route::straight(from, to)), "{walled:?}");
}
