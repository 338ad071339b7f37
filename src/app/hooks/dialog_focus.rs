//! A modal dialog keeps the keyboard: it takes the focus when it opens (its
//! `autofocus` control, else its first; `autofocus` itself works only when
//! the page loads), and Tab and Shift+Tab go round inside it.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// The controls the keyboard can reach.
const FOCUSABLE: &str = "button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex=\"-1\"])";

fn focus(el: Option<web_sys::Node>) {
    if let Some(el) = el.and_then(|n| n.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// The dialog's element (to give as its `ref`) and the key handler that
/// keeps Tab inside it (to give as its `onkeydown`, before its own keys).
#[hook]
pub fn use_dialog_focus() -> (NodeRef, Callback<KeyboardEvent>) {
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((), move |_| {
            if let Some(dialog) = node.cast::<Element>() {
                let first = dialog.query_selector("[autofocus]").ok().flatten().or_else(|| dialog.query_selector(FOCUSABLE).ok().flatten());
                focus(first.map(Into::into));
            }
        });
    }
    let keep = {
        let node = node.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() != "Tab" {
                return;
            }
            let Some(dialog) = node.cast::<Element>() else { return };
            let Ok(all) = dialog.query_selector_all(FOCUSABLE) else { return };
            let (Some(first), Some(last)) = (all.item(0), all.length().checked_sub(1).and_then(|i| all.item(i))) else { return };
            let active = dialog.owner_document().and_then(|d| d.active_element()).map(web_sys::Node::from);
            let inside = active.as_ref().is_some_and(|a| dialog.contains(Some(a)));
            let (edge, to) = if e.shift_key() { (first, last) } else { (last, first) };
            if !inside || active.as_ref() == Some(&edge) {
                e.prevent_default();
                focus(Some(to));
            }
        })
    };
    (node, keep)
}
