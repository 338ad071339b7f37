//! A card's menu, opened by a long press (or the Menu key): edit its text,
//! link it to the ambition, delete it. The first item takes the focus;
//! Escape or a choice closes it.

use web_sys::HtmlElement;
use yew::prelude::*;

use crate::core::number::decimal;

use crate::app::session::Msg;
use crate::core::action::Action;
use crate::core::geometry::Point;
use crate::core::model::CardId;
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct CardMenuProps {
    pub card: CardId,
    /// Where the menu opens, in the canvas's screen pixels.
    pub at: Point,
    pub lang: Lang,
    pub send: Callback<Msg>,
    pub on_close: Callback<()>,
}

#[component]
pub fn CardMenu(props: &CardMenuProps) -> Html {
    let a = props.lang.access();
    let first = use_node_ref();
    {
        let first = first.clone();
        use_effect_with(props.card.clone(), move |_| {
            if let Some(el) = first.cast::<HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    let choose = |msg: fn(&CardId) -> Msg| {
        let (d, card, close) = (props.send.clone(), props.card.clone(), props.on_close.clone());
        Callback::from(move |_: MouseEvent| {
            close.emit(());
            d.emit(msg(&card));
        })
    };
    let edit = choose(|c| Msg::EditCard(c.clone()));
    let link = choose(|c| Msg::LinkToAmbition(vec![c.clone()]));
    let delete = choose(|c| Msg::Do(Action::DeleteCards(vec![c.clone()])));
    let onkeydown = {
        let close = props.on_close.clone();
        Callback::from(move |e: KeyboardEvent| {
            e.stop_propagation();
            if e.key() == "Escape" {
                close.emit(());
            }
        })
    };
    let is_ambition = props.card == CardId::ambition();
    html! {
        <div class="card-menu" role="menu" aria-label={a.card_menu} {onkeydown}
             style={format!("left: {}px; top: {}px;", decimal(props.at.x, 0), decimal(props.at.y, 0))}>
            <button type="button" role="menuitem" ref={first} onclick={edit}>{ a.edit }</button>
            if !is_ambition {
                <button type="button" role="menuitem" onclick={link}>{ a.link_to_ambition }</button>
                <button type="button" role="menuitem" class="danger-item" onclick={delete}>{ a.delete }</button>
            }
        </div>
    }
}
