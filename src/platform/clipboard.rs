//! Copying text to the clipboard.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::Refused;

/// Puts `text` on the clipboard, through `navigator.clipboard` where the
/// page may use it, and otherwise through a hidden text field and the older
/// copy command (pages served over plain http on a local network).
pub async fn copy_text(text: &str) -> Result<(), Refused> {
    let window = web_sys::window().ok_or(Refused::Clipboard)?;
    let navigator = window.navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok().and_then(|c| c.dyn_into::<web_sys::Clipboard>().ok());
    if let Some(clipboard) = clipboard {
        if JsFuture::from(clipboard.write_text(text)).await.is_ok() {
            return Ok(());
        }
    }
    copy_with_command(&window, text)
}

fn copy_with_command(window: &web_sys::Window, text: &str) -> Result<(), Refused> {
    let refused = Refused::Clipboard;
    let document: web_sys::HtmlDocument = window.document().ok_or(refused)?.dyn_into().map_err(|_| refused)?;
    let body = document.body().ok_or(refused)?;
    let field: web_sys::HtmlTextAreaElement =
        document.create_element("textarea").map_err(|_| refused)?.dyn_into().map_err(|_| refused)?;
    field.set_value(text);
    field.set_attribute("style", "position:fixed;top:0;left:0;opacity:0").ok();
    body.append_child(&field).map_err(|_| refused)?;
    field.select();
    let copied = document.exec_command("copy").unwrap_or(false);
    field.remove();
    if copied {
        Ok(())
    } else {
        Err(refused)
    }
}
