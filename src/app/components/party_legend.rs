//! The legend: every party with its colour, where parties are added,
//! renamed, recoloured and removed.

use yew::prelude::*;

use super::party_row::PartyRow;
use crate::app::session::Msg;
use crate::app::Shared;
use crate::core::analysis::coverage;
use crate::core::model::{Board, PartyId};
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct PartyLegendProps {
    pub board: Shared<Board>,
    pub active_party: Option<PartyId>,
    pub new_party: Option<PartyId>,
    /// The party the board is focused on, if any.
    pub focus: Option<PartyId>,
    pub lang: Lang,
    pub send: Callback<Msg>,
}

#[component]
pub fn PartyLegend(props: &PartyLegendProps) -> Html {
    let t = props.lang.texts();
    let coverage = use_memo(props.board.clone(), |b| coverage(b));
    let add = {
        let d = props.send.clone();
        Callback::from(move |_: MouseEvent| d.emit(Msg::AddParty))
    };
    html! {
        <section class="legend" aria-label={t.parties}>
            <h2 class="panel-title">{ t.parties }</h2>
            if props.board.parties.is_empty() {
                <p class="hint">{ t.no_parties }</p>
            }
            <ul class="party-list">
                { for props.board.parties.iter().map(|p| {
                    let c = coverage.iter().find(|c| c.party == p.id).map_or((0, 0), |c| (c.linked, c.total));
                    html! {
                        <PartyRow key={p.id.0.clone()} party={p.clone()} active={props.active_party.as_ref() == Some(&p.id)}
                            focus={props.new_party.as_ref() == Some(&p.id)} coverage={c} focused={props.focus.as_ref() == Some(&p.id)}
                            lang={props.lang} send={props.send.clone()} />
                    }
                }) }
            </ul>
            <button type="button" class="add-party" onclick={add}>{ "+ " }{ t.add_party }</button>
        </section>
    }
}
