//! Editing a card's text in place: a text field laid over the card.
//! Enter or a click outside keeps the text, Escape leaves it as it was,
//! Shift+Enter starts a new line.

use std::rc::Rc;

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use super::wrap;
use crate::core::number::decimal;

use crate::app::session::{Msg};
use crate::core::action::Action;
use crate::core::model::{Card, CardKind};
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct CardEditorProps {
    pub card: Rc<Card>,
    pub lang: Lang,
    pub send: Callback<Msg>,
}

#[component]
pub fn CardEditor(props: &CardEditorProps) -> Html {
    let t = props.lang.texts();
    let field = use_node_ref();
    let done = use_mut_ref(|| false);
    {
        let field = field.clone();
        use_effect_with((), move |_| {
            if let Some(el) = field.cast::<HtmlTextAreaElement>() {
                let _ = el.focus();
                el.select();
            }
        });
    }
    let finish = {
        let (field, done, dispatch, card) = (field.clone(), done.clone(), props.send.clone(), props.card.clone());
        move |keep: bool| {
            if std::mem::replace(&mut *done.borrow_mut(), true) {
                return;
            }
            if keep {
                if let Some(el) = field.cast::<HtmlTextAreaElement>() {
                    let text = el.value();
                    if text != card.text {
                        dispatch.emit(Msg::Do(Action::SetText { card: card.id.clone(), text }));
                    }
                }
            }
            dispatch.emit(Msg::Edit(None));
        }
    };
    let onkeydown = {
        let finish = finish.clone();
        Callback::from(move |e: KeyboardEvent| {
            e.stop_propagation();
            match e.key().as_str() {
                "Escape" => {
                    e.prevent_default();
                    finish(false);
                }
                "Enter" if !e.shift_key() => {
                    e.prevent_default();
                    finish(true);
                }
                _ => {}
            }
        })
    };
    let onblur = Callback::from(move |_: FocusEvent| finish(true));
    let card = &props.card;
    let big = card.kind == CardKind::Ambition;
    html! {
        <textarea ref={field} class={classes!("card-editor", big.then_some("ambition"))}
            aria-label={format!("{}: {}", t.edit_text, t.kind(card.kind))}
            style={format!("transform: translate({}px, {}px); width: {}px; height: {}px;", decimal(card.x, 2), decimal(card.y, 2), decimal(card.width, 2), decimal(card.height, 2))}
            value={card.text.clone()} wrap={wrap(&card.text)} {onkeydown} {onblur} />
    }
}
