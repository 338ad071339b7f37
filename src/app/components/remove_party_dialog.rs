//! Asks what happens to a party's cards before the party is removed:
//! delete them, or hand them to another party. Removal is one undo step.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use super::modal::Modal;

use crate::app::session::{Msg};
use crate::app::Shared;
use crate::core::action::{Action, PartyCards};
use crate::core::model::{Board, PartyId};
use crate::i18n::{fill, Lang};

#[derive(Properties, PartialEq)]
pub struct RemovePartyDialogProps {
    pub board: Shared<Board>,
    pub party: PartyId,
    pub lang: Lang,
    pub send: Callback<Msg>,
}

#[component]
pub fn RemovePartyDialog(props: &RemovePartyDialogProps) -> Html {
    let t = props.lang.texts();
    let others: Vec<_> = props.board.parties.iter().filter(|p| p.id != props.party).cloned().collect();
    // `None`: delete the cards; `Some(party)`: give them to that party.
    let choice = use_state(|| None::<PartyId>);
    let Some(party) = props.board.party(&props.party) else { return html! {} };
    let count = props.board.cards.iter().filter(|c| c.party.as_ref() == Some(&party.id)).count();
    let cancel = {
        let d = props.send.clone();
        Callback::from(move |_: MouseEvent| d.emit(Msg::AskRemoveParty(None)))
    };
    let confirm = {
        let (d, id, choice) = (props.send.clone(), party.id.clone(), choice.clone());
        Callback::from(move |_: MouseEvent| {
            let cards = match &*choice {
                Some(to) => PartyCards::MoveTo(to.clone()),
                None => PartyCards::Delete,
            };
            d.emit(Msg::Do(Action::RemoveParty { party: id.clone(), cards }));
        })
    };
    let pick_delete = {
        let choice = choice.clone();
        Callback::from(move |_: Event| choice.set(None))
    };
    let first_other = others.first().map(|p| p.id.clone());
    let pick_move = {
        let (choice, first_other) = (choice.clone(), first_other.clone());
        Callback::from(move |_: Event| choice.set(first_other.clone()))
    };
    let pick_party = {
        let (choice, others) = (choice.clone(), others.clone());
        Callback::from(move |e: Event| {
            let i = e.target_unchecked_into::<HtmlSelectElement>().selected_index();
            if let Some(p) = usize::try_from(i).ok().and_then(|i| others.get(i)) {
                choice.set(Some(p.id.clone()));
            }
        })
    };
    let close = {
        let d = props.send.clone();
        Callback::from(move |_: ()| d.emit(Msg::AskRemoveParty(None)))
    };
    // The frame takes the focus to the remove button and keeps Tab inside.
    html! {
        <Modal class="" title_id="remove-party-title" on_close={close}>
            <h2 id="remove-party-title">{ fill(t.remove_party_title, &[("name", &party.name)]) }</h2>
            if count == 0 {
                <p>{ fill(t.remove_party_no_cards, &[("name", &party.name)]) }</p>
            } else {
                <p>{ fill(t.remove_party_cards, &[("name", &party.name), ("n", &count.to_string())]) }</p>
                <label class="check"><input type="radio" name="party-cards" checked={choice.is_none()} onchange={pick_delete} />{ t.delete_its_cards }</label>
                if !others.is_empty() {
                    <label class="check"><input type="radio" name="party-cards" checked={choice.is_some()} onchange={pick_move} />{ t.move_its_cards_to }
                        <select onchange={pick_party} disabled={choice.is_none()} aria-label={t.move_its_cards_to}>
                            { for others.iter().map(|p| html! { <option selected={choice.as_ref() == Some(&p.id)}>{ p.name.clone() }</option> }) }
                        </select>
                    </label>
                }
            }
            <div class="dialog-buttons">
                <button type="button" onclick={cancel}>{ t.cancel }</button>
                <button type="button" class="danger" onclick={confirm} autofocus=true>{ t.remove }</button>
            </div>
        </Modal>
    }
}
