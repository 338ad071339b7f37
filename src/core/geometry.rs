//! Points, rectangles and the camera: converting between screen and world
//! coordinates, zooming about a point, fitting a rectangle into view, and
//! where a link meets the edge of a card.

use crate::core::number::decimal;

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

impl Point {
    pub const fn new(x: f64, y: f64) -> Self {
        Point { x, y }
    }

    pub fn offset(self, dx: f64, dy: f64) -> Self {
        Point { x: self.x + dx, y: self.y + dy }
    }

    pub fn distance(self, other: Point) -> f64 {
        (self.x - other.x).hypot(self.y - other.y)
    }

    pub fn midpoint(self, other: Point) -> Point {
        Point { x: (self.x + other.x) / 2.0, y: (self.y + other.y) / 2.0 }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Size {
    pub width: f64,
    pub height: f64,
}

/// An axis-aligned rectangle, `x, y` its top-left corner.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub width: f64,
    pub height: f64,
}

impl Rect {
    /// The rectangle spanned by two corners, in any order.
    pub fn from_corners(a: Point, b: Point) -> Self {
        Rect {
            x: a.x.min(b.x),
            y: a.y.min(b.y),
            width: (a.x - b.x).abs(),
            height: (a.y - b.y).abs(),
        }
    }

    pub fn centre(&self) -> Point {
        Point { x: self.x + self.width / 2.0, y: self.y + self.height / 2.0 }
    }

    pub fn right(&self) -> f64 {
        self.x + self.width
    }

    pub fn bottom(&self) -> f64 {
        self.y + self.height
    }

    pub fn contains(&self, p: Point) -> bool {
        p.x >= self.x && p.x <= self.right() && p.y >= self.y && p.y <= self.bottom()
    }

    /// Whether the two rectangles share any area or edge.
    pub fn intersects(&self, other: &Rect) -> bool {
        self.x <= other.right()
            && other.x <= self.right()
            && self.y <= other.bottom()
            && other.y <= self.bottom()
    }

    pub fn union(&self, other: &Rect) -> Rect {
        let x = self.x.min(other.x);
        let y = self.y.min(other.y);
        Rect {
            x,
            y,
            width: self.right().max(other.right()) - x,
            height: self.bottom().max(other.bottom()) - y,
        }
    }

    pub fn inflate(&self, by: f64) -> Rect {
        Rect { x: self.x - by, y: self.y - by, width: self.width + 2.0 * by, height: self.height + 2.0 * by }
    }

    /// Where the ray from the centre towards `towards` leaves this rectangle.
    /// The centre itself when `towards` is the centre.
    pub fn edge_towards(&self, towards: Point) -> Point {
        let c = self.centre();
        let (dx, dy) = (towards.x - c.x, towards.y - c.y);
        if dx == 0.0 && dy == 0.0 {
            return c;
        }
        let sx = if dx != 0.0 { (self.width / 2.0) / dx.abs() } else { f64::INFINITY };
        let sy = if dy != 0.0 { (self.height / 2.0) / dy.abs() } else { f64::INFINITY };
        let s = sx.min(sy);
        Point { x: c.x + dx * s, y: c.y + dy * s }
    }
}

/// The view onto the world: a screen point `s` shows the world point
/// `(s - pan) / zoom`. Session state, never saved in a board file.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Camera {
    /// Screen position of the world origin, in CSS pixels.
    pub pan_x: f64,
    pub pan_y: f64,
    pub zoom: f64,
}

impl Camera {
    /// Below this zoom a card's text would be smaller than 6 px on screen:
    /// the board is drawn as a sketch (cards as coloured blocks, arrows
    /// without words), which keeps large boards quick to draw when zoomed out.
    pub const SKETCH_BELOW: f64 = 0.35;

    /// Whether this camera shows the board as a sketch.
    pub fn sketches(&self) -> bool {
        self.zoom < Self::SKETCH_BELOW
    }

    /// Tiles of the world that [`Camera::drawn_world`] rounds out to.
    pub const TILE: f64 = 1024.0;

    /// The part of the world worth drawing in a viewport of `viewport`: what
    /// is in view and half a view around it, rounded out to whole tiles, so
    /// it changes only now and then while the view is panned.
    pub fn drawn_world(&self, viewport: Size) -> Rect {
        let seen = self.visible_world(viewport);
        let margin = seen.width.max(seen.height) / 2.0;
        let (t, m) = (Self::TILE, seen.inflate(margin));
        let (x, y) = ((m.x / t).floor() * t, (m.y / t).floor() * t);
        Rect { x, y, width: (m.right() / t).ceil() * t - x, height: (m.bottom() / t).ceil() * t - y }
    }

    /// `drawn` while it still holds the view and is not much larger than
    /// needed, else a new [`Camera::drawn_world`]. Zooming in, or panning
    /// within the margin, then changes nothing on the page.
    pub fn drawn_world_from(&self, viewport: Size, drawn: Option<Rect>) -> Rect {
        let seen = self.visible_world(viewport);
        let holds = |d: &Rect| {
            d.contains(Point::new(seen.x, seen.y))
                && d.contains(Point::new(seen.right(), seen.bottom()))
                && d.width <= seen.width * 4.0 + 2.0 * Self::TILE
                && d.height <= seen.height * 4.0 + 2.0 * Self::TILE
        };
        drawn.filter(holds).unwrap_or_else(|| self.drawn_world(viewport))
    }
}

impl Default for Camera {
    fn default() -> Self {
        Camera { pan_x: 0.0, pan_y: 0.0, zoom: 1.0 }
    }
}

impl Camera {
    pub const MIN_ZOOM: f64 = 0.1;
    pub const MAX_ZOOM: f64 = 4.0;

    /// A camera with the world origin in the middle of a viewport.
    pub fn centred(viewport: Size) -> Self {
        Camera { pan_x: viewport.width / 2.0, pan_y: viewport.height / 2.0, zoom: 1.0 }
    }

    pub fn screen_to_world(&self, s: Point) -> Point {
        Point { x: (s.x - self.pan_x) / self.zoom, y: (s.y - self.pan_y) / self.zoom }
    }

    pub fn world_to_screen(&self, w: Point) -> Point {
        Point { x: w.x * self.zoom + self.pan_x, y: w.y * self.zoom + self.pan_y }
    }

    /// Moved by a screen-space distance.
    pub fn panned(&self, dx: f64, dy: f64) -> Camera {
        Camera { pan_x: self.pan_x + dx, pan_y: self.pan_y + dy, zoom: self.zoom }
    }

    /// Zoomed by `factor` so that the world point under the screen point
    /// `about` stays under it. The zoom stays within its limits.
    pub fn zoomed_about(&self, about: Point, factor: f64) -> Camera {
        if !factor.is_finite() || factor <= 0.0 {
            return *self;
        }
        let zoom = (self.zoom * factor).clamp(Self::MIN_ZOOM, Self::MAX_ZOOM);
        let w = self.screen_to_world(about);
        Camera { pan_x: about.x - w.x * zoom, pan_y: about.y - w.y * zoom, zoom }
    }

    /// The camera that shows all of `world` inside a viewport of `viewport`
    /// with `margin` screen pixels around it, never zooming in past 100 %.
    pub fn fit(world: Rect, viewport: Size, margin: f64) -> Camera {
        Self::fit_in(world, Rect { x: 0.0, y: 0.0, width: viewport.width, height: viewport.height }, margin)
    }

    /// The camera that shows all of `world` inside `area`, a part of the
    /// screen (the part no floating bar or panel covers), with `margin`
    /// screen pixels around it, never zooming in past 100 %.
    pub fn fit_in(world: Rect, area: Rect, margin: f64) -> Camera {
        let avail_w = (area.width - 2.0 * margin).max(1.0);
        let avail_h = (area.height - 2.0 * margin).max(1.0);
        let zoom = if world.width <= 0.0 || world.height <= 0.0 {
            1.0
        } else {
            (avail_w / world.width).min(avail_h / world.height).min(1.0)
        }
        .clamp(Self::MIN_ZOOM, Self::MAX_ZOOM);
        let c = world.centre();
        let centre = area.centre();
        Camera { pan_x: centre.x - c.x * zoom, pan_y: centre.y - c.y * zoom, zoom }
    }

    /// The same camera panned just enough that `world` (plus `margin`
    /// screen pixels around it) is inside the viewport; unchanged if it
    /// already is. A rectangle larger than the view is aligned by its
    /// top-left corner.
    pub fn revealing(&self, world: Rect, viewport: Size, margin: f64) -> Camera {
        let a = self.world_to_screen(Point::new(world.x, world.y));
        let b = self.world_to_screen(Point::new(world.right(), world.bottom()));
        let shift = |lo: f64, hi: f64, size: f64| {
            if lo < margin {
                margin - lo
            } else if hi > size - margin {
                ((size - margin) - hi).max(margin - lo)
            } else {
                0.0
            }
        };
        self.panned(shift(a.x, b.x, viewport.width), shift(a.y, b.y, viewport.height))
    }

    /// The same zoom, panned so that the world point `centre` is in the
    /// middle of the viewport.
    pub fn recentred_on(&self, centre: Point, viewport: Size) -> Camera {
        Camera { pan_x: viewport.width / 2.0 - centre.x * self.zoom, pan_y: viewport.height / 2.0 - centre.y * self.zoom, zoom: self.zoom }
    }

    /// The part of the world a viewport of `viewport` shows.
    pub fn visible_world(&self, viewport: Size) -> Rect {
        let a = self.screen_to_world(Point::new(0.0, 0.0));
        let b = self.screen_to_world(Point::new(viewport.width, viewport.height));
        Rect::from_corners(a, b)
    }

    /// The CSS transform that puts the world layer under this camera.
    pub fn css_transform(&self) -> String {
        format!("translate({}px, {}px) scale({})", decimal(self.pan_x, 2), decimal(self.pan_y, 2), decimal(self.zoom, 5))
    }
}

#[cfg(test)]
mod reveal_tests {
    use super::*;

    const VIEW: Size = Size { width: 800.0, height: 600.0 };

    #[test]
    fn a_card_in_view_does_not_move_the_camera() {
        let cam = Camera::centred(VIEW);
        let r = Rect { x: -50.0, y: -50.0, width: 100.0, height: 100.0 };
        assert_eq!(cam.revealing(r, VIEW, 20.0), cam);
    }

    #[test]
    fn a_card_off_to_the_right_is_brought_just_inside() {
        let cam = Camera { pan_x: 400.0, pan_y: 300.0, zoom: 2.0 };
        let r = Rect { x: 300.0, y: 0.0, width: 100.0, height: 50.0 };
        let moved = cam.revealing(r, VIEW, 20.0);
        let right = moved.world_to_screen(Point::new(r.right(), r.bottom()));
        assert!((right.x - (VIEW.width - 20.0)).abs() < 1e-9, "{right:?}");
        assert_eq!(moved.zoom, cam.zoom);
        assert_eq!(moved.pan_y, cam.pan_y);
    }

    #[test]
    fn a_card_above_and_left_is_brought_in_by_its_corner() {
        let cam = Camera::centred(VIEW);
        let r = Rect { x: -1000.0, y: -900.0, width: 100.0, height: 100.0 };
        let moved = cam.revealing(r, VIEW, 10.0);
        let top_left = moved.world_to_screen(Point::new(r.x, r.y));
        assert_eq!(top_left, Point::new(10.0, 10.0));
    }
}
