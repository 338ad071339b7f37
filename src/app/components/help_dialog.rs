//! The help dialog: every keyboard shortcut, read from the same registry
//! that handles the keys, so the list and the keys can never disagree.

use yew::prelude::*;

use crate::app::shortcuts::{key_label, SHORTCUTS};
use crate::app::session::Msg;
use crate::i18n::Lang;

pub struct HelpDialogProps {
    pub lang: Lang,
    pub send: Callback<Msg>,
}

/// The help's contents, drawn inside a [`super::modal::Modal`].
pub fn help_dialog(props: &HelpDialogProps) -> Html {
    let (t, a) = (props.lang.texts(), props.lang.access());
    let close = {
        let d = props.send.clone();
        Callback::from(move |_: MouseEvent| d.emit(Msg::OpenDialog(None)))
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
        <>
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
                <button type="button" onclick={close} autofocus=true>{ t.close }</button>
            </div>
        </>
    }
}
