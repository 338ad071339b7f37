//! The help dialog: every keyboard shortcut, read from the same registry
//! that handles the keys, so the list and the keys can never disagree.

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::app::hooks::dialog_focus::use_dialog_focus;

use crate::app::shortcuts::{key_label, SHORTCUTS};
use crate::app::session::{Msg};
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct HelpDialogProps {
    pub lang: Lang,
    pub send: Callback<Msg>,
}

#[component]
pub fn HelpDialog(props: &HelpDialogProps) -> Html {
    let (t, a) = (props.lang.texts(), props.lang.access());
    let close_button = use_node_ref();
    {
        let close_button = close_button.clone();
        use_effect_with((), move |_| {
            if let Some(el) = close_button.cast::<HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let close = {
        let d = props.send.clone();
        Callback::from(move |_: MouseEvent| d.emit(Msg::OpenDialog(None)))
    };
    let (dialog, keep_focus) = use_dialog_focus();
    let onkeydown = {
        let d = props.send.clone();
        Callback::from(move |e: KeyboardEvent| {
            keep_focus.emit(e.clone());
            if e.key() == "Escape" {
                e.stop_propagation();
                d.emit(Msg::OpenDialog(None));
            }
        })
    };
    let rows = SHORTCUTS.iter().map(|s| {
        let keys = s.keys.iter().map(|k| html! { <kbd>{ key_label(k) }</kbd> });
        html! {
            <tr data-keys={s.keys.join(" ")}>
                <th scope="row">{ for keys }</th>
                <td>{ (s.describe)(a) }</td>
            </tr>
        }
    });
    html! {
        <div class="dialog-backdrop" {onkeydown}>
            <div class="dialog wide help-dialog" ref={dialog} role="dialog" aria-modal="true" aria-labelledby="help-title">
                <h2 id="help-title">{ a.help_title }</h2>
                <p>{ a.help_intro }</p>
                <div class="help-scroll" tabindex="0" role="region" aria-label={a.help_title}>
                    <table class="shortcuts">
                        <thead><tr><th scope="col">{ a.help_keys }</th><th scope="col">{ a.help_does }</th></tr></thead>
                        <tbody>{ for rows }</tbody>
                    </table>
                </div>
                <p class="hint">{ a.help_touch }</p>
                <div class="dialog-buttons">
                    <button type="button" ref={close_button} onclick={close}>{ t.close }</button>
                </div>
            </div>
        </div>
    }
}
