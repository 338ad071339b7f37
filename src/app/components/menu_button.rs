//! A button that opens a small menu of other controls beside it. Choosing a
//! button in the menu, Escape, or a click beside the menu closes it.

use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct MenuButtonProps {
    pub label: AttrValue,
    /// Drawn before the label.
    #[prop_or_default]
    pub icon: Html,
    /// Extra classes of the menu's wrapper.
    #[prop_or_default]
    pub class: Classes,
    pub children: Html,
}

#[component]
pub fn MenuButton(props: &MenuButtonProps) -> Html {
    let open = use_state(|| false);
    let button = use_node_ref();
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let close = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(false))
    };
    // A button chosen in the menu closes it; a switch (on or off), a list
    // or a field inside does not.
    let chosen = {
        let open = open.clone();
        Callback::from(move |e: MouseEvent| {
            let button = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|t| t.closest("button").ok().flatten());
            if button.is_some_and(|b| !b.has_attribute("aria-pressed")) {
                open.set(false);
            }
        })
    };
    let onkeydown = {
        let (open, button) = (open.clone(), button.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && *open {
                e.stop_propagation();
                open.set(false);
                if let Some(b) = button.cast::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            }
        })
    };
    html! {
        // Escape closes it from the menu and from its button alike.
        <div class={classes!("menu-button", props.class.clone())} {onkeydown}>
            <button type="button" class="tool" ref={button} onclick={toggle} aria-haspopup="true"
                    aria-expanded={open.to_string()} title={props.label.clone()}>
                { props.icon.clone() }<span>{ props.label.clone() }</span>
            </button>
            if *open {
                <div class="menu-backdrop" onclick={close} />
                <div class="popup-menu" role="group" aria-label={props.label.clone()} onclick={chosen}>
                    { props.children.clone() }
                </div>
            }
        </div>
    }
}
