//! zlib (deflate with a checksum) through the browser's own Compression
//! Streams, for share links: the browser already carries a fast deflate, so
//! the app does not ship a second one.

use js_sys::{Array, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::core::export::share::{self, ShareError, MAX_BOARD_BYTES};
use crate::core::model::Board;

#[wasm_bindgen]
extern "C" {
    /// A `CompressionStream` or `DecompressionStream`: a readable and a
    /// writable side, for `pipeThrough`.
    type Transform;
    #[wasm_bindgen(catch, constructor, js_class = "CompressionStream")]
    fn compressing(format: &str) -> Result<Transform, JsValue>;
    #[wasm_bindgen(catch, constructor, js_class = "DecompressionStream")]
    fn decompressing(format: &str) -> Result<Transform, JsValue>;

    /// A `ReadableStream` of bytes.
    type Bytes;
    #[wasm_bindgen(catch, method, js_name = pipeThrough)]
    fn pipe_through(this: &Bytes, through: &Transform) -> Result<Bytes, JsValue>;
    #[wasm_bindgen(catch, method, js_name = getReader)]
    fn reader(this: &Bytes) -> Result<Reader, JsValue>;

    type Reader;
    #[wasm_bindgen(method)]
    fn read(this: &Reader) -> Promise;
    #[wasm_bindgen(method)]
    fn cancel(this: &Reader) -> Promise;
}

/// Why data could not be unpacked.
#[derive(Debug, PartialEq)]
pub enum Unpack {
    /// Not zlib data, cut off, or its checksum does not match.
    Damaged,
    /// It unpacks to more than the limit; unpacking stopped there.
    TooLarge,
    /// The browser has no Compression Streams.
    Unsupported,
}

/// `bytes` packed as zlib.
pub async fn zlib(bytes: &[u8]) -> Result<Vec<u8>, Unpack> {
    let transform = Transform::compressing("deflate").map_err(|_| Unpack::Unsupported)?;
    read_all(through(bytes, &transform)?, usize::MAX).await
}

/// zlib data unpacked, stopping once it passes `limit` bytes.
pub async fn unzlib(bytes: &[u8], limit: usize) -> Result<Vec<u8>, Unpack> {
    let transform = Transform::decompressing("deflate").map_err(|_| Unpack::Unsupported)?;
    read_all(through(bytes, &transform)?, limit).await
}

/// A reader of `bytes` sent through `transform`.
fn through(bytes: &[u8], transform: &Transform) -> Result<Reader, Unpack> {
    let parts = Array::of1(&Uint8Array::from(bytes));
    let blob =
        web_sys::Blob::new_with_u8_array_sequence(&parts).map_err(|_| Unpack::Unsupported)?;
    blob.stream()
        .unchecked_into::<Bytes>()
        .pipe_through(transform)
        .and_then(|s| s.reader())
        .map_err(|_| Unpack::Unsupported)
}

/// Everything `reader` gives, or [`Unpack::TooLarge`] once it passes `limit`.
async fn read_all(reader: Reader, limit: usize) -> Result<Vec<u8>, Unpack> {
    let mut out = Vec::new();
    loop {
        // The stream fails on data that is not zlib or whose checksum is wrong.
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|_| Unpack::Damaged)?;
        if Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|d| d.as_bool())
            != Some(false)
        {
            return Ok(out);
        }
        let value = Reflect::get(&chunk, &"value".into())
            .ok()
            .and_then(|v| v.dyn_into::<Uint8Array>().ok());
        let value = value.ok_or(Unpack::Damaged)?;
        if out.len().saturating_add(value.length() as usize) > limit {
            let _ = reader.cancel();
            return Err(Unpack::TooLarge);
        }
        let start = out.len();
        out.resize(start + value.length() as usize, 0);
        value.copy_to(&mut out[start..]);
    }
}

/// The board's share-link fragment; `Ok(None)` if the board is too large
/// to travel in a link.
pub async fn share_fragment(board: &Board) -> Result<Option<String>, ShareError> {
    let Some(text) = share::board_text(board) else {
        return Ok(None);
    };
    let packed = zlib(text.as_bytes()).await.map_err(share_error)?;
    Ok(Some(share::fragment(&packed)).filter(|f| share::fits(f)))
}

/// The board in a share link's fragment.
pub async fn open_share_fragment(fragment: &str) -> Result<Board, ShareError> {
    let packed = share::packed(fragment)?;
    let unpacked = unzlib(&packed, MAX_BOARD_BYTES)
        .await
        .map_err(share_error)?;
    share::open(&unpacked)
}

fn share_error(e: Unpack) -> ShareError {
    match e {
        Unpack::Damaged => ShareError::Damaged,
        Unpack::TooLarge => ShareError::TooLarge {
            limit: MAX_BOARD_BYTES,
        },
        Unpack::Unsupported => ShareError::Unsupported,
    }
}
