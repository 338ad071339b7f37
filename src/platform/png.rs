//! The board as a PNG picture: drawn onto a `<canvas>` at twice its size on
//! screen, with the same layout as the SVG export ([`crate::core::export::svg`]),
//! so the two pictures agree card for card and line for line.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::core::colour::DARK_TEXT;
use crate::core::export::link_label;
use crate::core::export::svg::{
    as_drawn, card_layout, fit_line, link_routes, picture_view, TitleBlock, BACKGROUND, CARD_FILL, CHALLENGE_FONT_SIZE,
    CHALLENGE_LINE_HEIGHT, CORNER_RADIUS, DISPUTED_COLOUR, FONT_FAMILY, FONT_SIZE, FOOT_FONT_SIZE, FOOT_LINE_HEIGHT,
    HEADER_FONT_SIZE, LABEL_FONT_SIZE, LINE_HEIGHT, LINK_COLOUR, MAX_LABEL_CHARS, PADDING, TITLE_FONT_SIZE,
};
use crate::core::geometry::Rect;
use crate::core::layout::Route;
use crate::core::model::{Board, CardKind, CardLookup};
use crate::i18n::Lang;
use super::Refused;

/// World units per pixel of the picture: twice the screen at 100 %.
pub const SCALE: f64 = 2.0;
/// The longest side a browser's canvas reliably takes.
pub const MAX_SIDE: f64 = 16_384.0;
/// The largest area a browser's canvas reliably takes (Chromium: 2²⁸ pixels).
pub const MAX_AREA: f64 = 268_000_000.0;

/// The scale a picture of `width` × `height` world units is drawn at:
/// [`SCALE`], or less so that it stays within [`MAX_SIDE`] and [`MAX_AREA`].
pub fn scale_for(width: f64, height: f64) -> f64 {
    let (w, h) = (width.max(1.0), height.max(1.0));
    // A pixel less than the limits, so rounding up never crosses them.
    let side = (MAX_SIDE - 1.0) / w.max(h);
    let area = (MAX_AREA / (w * h)).sqrt();
    SCALE.min(side).min(area)
}

/// The size in pixels of a picture of `view` world units.
fn picture_size(view: Rect) -> (u32, u32) {
    let scale = scale_for(view.width, view.height);
    // Within the limits above, so `as` never saturates.
    ((view.width * scale).ceil().max(1.0) as u32, (view.height * scale).ceil().max(1.0) as u32)
}

/// The board drawn as a PNG file.
pub async fn board_png(board: &Board, lang: Lang) -> Result<web_sys::Blob, Refused> {
    let too_large = Refused::PictureTooLarge;
    let document = web_sys::window().and_then(|w| w.document()).ok_or(Refused::File)?;
    let canvas: HtmlCanvasElement =
        document.create_element("canvas").map_err(|_| Refused::File)?.dyn_into().map_err(|_| Refused::File)?;
    let words = lang.export_words();
    let board = &as_drawn(board, &words);
    let routes = link_routes(board, &CardLookup::of(board));
    let (view, block) = picture_view(board, &routes, &words);
    let scale = scale_for(view.width, view.height);
    let (width, height) = picture_size(view);
    canvas.set_width(width);
    canvas.set_height(height);
    let ctx: CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into().ok())
        .ok_or(too_large)?;
    ctx.scale(scale, scale).map_err(|_| too_large)?;
    ctx.translate(-view.x, -view.y).map_err(|_| too_large)?;
    draw(&ctx, board, lang, view, &block, &routes);

    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        if canvas.to_blob(&resolve).is_err() {
            let _ = reject.call0(&JsValue::NULL);
        }
    });
    // The browser hands over `null` when it cannot make the file.
    JsFuture::from(promise).await.ok().and_then(|b| b.dyn_into::<web_sys::Blob>().ok()).ok_or(too_large)
}

fn font(size: f64, bold: bool) -> String {
    format!("{}{}px {FONT_FAMILY}", if bold { "bold " } else { "" }, crate::core::number::decimal(size, 1))
}

fn draw(ctx: &CanvasRenderingContext2d, board: &Board, lang: Lang, view: Rect, block: &TitleBlock, routes: &[Option<Route>]) {
    let cards = CardLookup::of(board);
    let words = lang.export_words();
    ctx.set_fill_style_str(BACKGROUND);
    ctx.fill_rect(view.x, view.y, view.width, view.height);

    // The title and the challenge above the cards.
    ctx.set_fill_style_str(DARK_TEXT);
    ctx.set_font(&font(TITLE_FONT_SIZE, true));
    let _ = ctx.fill_text(&block.title, block.title_at.x, block.title_at.y);
    ctx.set_font(&font(CHALLENGE_FONT_SIZE, false));
    for (i, line) in block.challenge.iter().enumerate() {
        let _ = ctx.fill_text(line, block.challenge_at.x, block.challenge_at.y + i as f64 * CHALLENGE_LINE_HEIGHT);
    }

    // Links: a line from card edge to card edge, ending in an arrowhead.
    ctx.set_stroke_style_str(LINK_COLOUR);
    ctx.set_fill_style_str(LINK_COLOUR);
    ctx.set_line_width(2.0);
    for route in routes.iter().flatten() {
        let (a, b) = (route.a, route.b);
        // The arrowhead points along the line's last stretch: from the curve's control point, or from the start.
        let from = route.via.unwrap_or(a);
        let (dx, dy) = (b.x - from.x, b.y - from.y);
        let length = dx.hypot(dy);
        if length.is_nan() || length <= 0.0 {
            continue;
        }
        let (ux, uy) = (dx / length, dy / length);
        let head = 14.0_f64.min(length);
        let (bx, by) = (b.x - ux * head, b.y - uy * head);
        ctx.begin_path();
        ctx.move_to(a.x, a.y);
        match route.via {
            Some(c) => ctx.quadratic_curve_to(c.x, c.y, bx, by),
            None => ctx.line_to(bx, by),
        }
        ctx.stroke();
        ctx.begin_path();
        ctx.move_to(b.x, b.y);
        ctx.line_to(bx - uy * 6.0, by + ux * 6.0);
        ctx.line_to(bx + uy * 6.0, by - ux * 6.0);
        ctx.close_path();
        ctx.fill();
    }

    for card in &board.cards {
        let layout = card_layout(board, card, &words);
        let r = layout.rect;
        let radius = CORNER_RADIUS.min(r.width / 2.0).min(r.height / 2.0).max(0.0);
        ctx.save();
        rounded_rect(ctx, r, radius);
        ctx.set_fill_style_str(CARD_FILL);
        ctx.fill();
        ctx.clip();
        ctx.set_fill_style_str(&layout.colour);
        ctx.fill_rect(r.x, r.y, r.width, layout.header_height);
        if !layout.header.is_empty() {
            ctx.set_font(&font(HEADER_FONT_SIZE, true));
            ctx.set_fill_style_str(layout.header_text_colour);
            let _ = ctx.fill_text(&layout.header, r.x + PADDING, r.y + layout.header_height / 2.0 + 0.35 * HEADER_FONT_SIZE);
        }
        ctx.set_font(&font(FONT_SIZE, false));
        ctx.set_fill_style_str(DARK_TEXT);
        for (i, line) in layout.lines.iter().enumerate() {
            let _ = ctx.fill_text(line, layout.first_baseline.x, layout.first_baseline.y + i as f64 * LINE_HEIGHT);
        }
        ctx.set_font(&font(FOOT_FONT_SIZE, false));
        for (i, line) in layout.foot.iter().enumerate() {
            let _ = ctx.fill_text(line, layout.foot_baseline.x, layout.foot_baseline.y + i as f64 * FOOT_LINE_HEIGHT);
        }
        ctx.restore();
        rounded_rect(ctx, r, radius);
        ctx.set_stroke_style_str(if layout.disputed { DISPUTED_COLOUR } else { &layout.colour });
        ctx.set_line_width(if card.kind == CardKind::Ambition || layout.disputed { 3.0 } else { 1.5 });
        if layout.disputed {
            let dashes = js_sys::Array::of2(&JsValue::from(8.0), &JsValue::from(5.0));
            let _ = ctx.set_line_dash(&dashes);
        }
        ctx.stroke();
        let _ = ctx.set_line_dash(&js_sys::Array::new());
    }

    // The links' meaning, over everything, on a halo of the background.
    ctx.set_font(&font(LABEL_FONT_SIZE, false));
    ctx.set_text_align("center");
    ctx.set_line_join("round");
    ctx.set_line_width(4.0);
    ctx.set_stroke_style_str(BACKGROUND);
    ctx.set_fill_style_str(LINK_COLOUR);
    for (link, route) in board.links.iter().zip(routes) {
        let (Some(route), Some(label)) = (route, link_label(&cards, link, &words)) else { continue };
        let label = fit_line(&label, MAX_LABEL_CHARS);
        let mid = route.at(0.5);
        let y = mid.y + 0.35 * LABEL_FONT_SIZE;
        let _ = ctx.stroke_text(&label, mid.x, y);
        let _ = ctx.fill_text(&label, mid.x, y);
    }
}

fn rounded_rect(ctx: &CanvasRenderingContext2d, r: Rect, radius: f64) {
    let (x0, y0, x1, y1) = (r.x, r.y, r.x + r.width, r.y + r.height);
    ctx.begin_path();
    ctx.move_to(x0 + radius, y0);
    let _ = ctx.arc_to(x1, y0, x1, y1, radius);
    let _ = ctx.arc_to(x1, y1, x0, y1, radius);
    let _ = ctx.arc_to(x0, y1, x0, y0, radius);
    let _ = ctx.arc_to(x0, y0, x1, y0, radius);
    ctx.close_path();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pictures_are_twice_the_size_unless_too_large() {
        assert_eq!(scale_for(1000.0, 600.0), 2.0);
        // One side too long: it is brought within the limit.
        let s = scale_for(20_000.0, 500.0);
        assert!(20_000.0 * s < MAX_SIDE && s < 2.0);
        // Both sides within the limit, but the area too large.
        let s = scale_for(15_000.0, 15_000.0);
        assert!(15_000.0 * s * 15_000.0 * s <= MAX_AREA + 1.0 && 15_000.0 * s < MAX_SIDE);
        assert_eq!(scale_for(0.0, 0.0), 2.0);
    }
}
