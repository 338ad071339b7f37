//! A modal dialog's frame: the backdrop, the dialog box that keeps the
//! keyboard (it takes the focus when it opens and keeps Tab inside, see
//! [`use_dialog_focus`]), and Escape to close. The dialogs' contents are
//! plain functions drawn inside it, so the frame's code is in the download
//! once, not once per dialog.

use yew::prelude::*;

use crate::app::hooks::dialog_focus::use_dialog_focus;

#[derive(Properties, PartialEq)]
pub struct ModalProps {
    /// Classes beside `dialog`, e.g. `"wide help-dialog"`.
    pub class: &'static str,
    /// The id of the heading that names the dialog.
    pub title_id: &'static str,
    pub on_close: Callback<()>,
    pub children: Html,
}

#[component]
pub fn Modal(props: &ModalProps) -> Html {
    let (dialog, keep_focus) = use_dialog_focus();
    let onkeydown = {
        let close = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            keep_focus.emit(e.clone());
            if e.key() == "Escape" {
                e.stop_propagation();
                close.emit(());
            }
        })
    };
    html! {
        <div class="dialog-backdrop" {onkeydown}>
            <div class={classes!("dialog", props.class)} ref={dialog} role="dialog" aria-modal="true" aria-labelledby={props.title_id}>
                { props.children.clone() }
            </div>
        </div>
    }
}
