//! The commitment matrix: parties down, actions across, each cell a party's
//! commitment to an action, editable in place, with totals per party and
//! per action. The same commitments show on the action cards.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::app::session::{Msg};
use crate::app::Shared;
use crate::check_texts::CardNames;
use crate::core::action::Action;
use crate::core::analysis::{commitment_matrix, CommitmentTotals};
use crate::core::model::{Board, Commitment};
use crate::i18n::Lang;

#[derive(Properties, PartialEq)]
pub struct MatrixDialogProps {
    pub board: Shared<Board>,
    pub lang: Lang,
    pub send: Callback<Msg>,
}

fn totals(t: &CommitmentTotals, lang: Lang) -> Html {
    let tx = lang.texts();
    html! {
        <span class="totals">
            <span class="commit committed" title={tx.commitment_committed}>{ format!("✓ {}", t.committed) }</span>
            <span class="commit hesitant" title={tx.commitment_hesitant}>{ format!("? {}", t.hesitant) }</span>
            <span class="commit not-committed" title={tx.commitment_not_committed}>{ format!("✗ {}", t.not_committed) }</span>
        </span>
    }
}

#[component]
pub fn MatrixDialog(props: &MatrixDialogProps) -> Html {
    let (t, w) = (props.lang.texts(), props.lang.workshop());
    let matrix = commitment_matrix(&props.board);
    let close = {
        let d = props.send.clone();
        Callback::from(move |_: MouseEvent| d.emit(Msg::OpenDialog(None)))
    };
    let onkeydown = {
        let d = props.send.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                d.emit(Msg::OpenDialog(None));
            }
        })
    };
    let board = &props.board;
    let body = if matrix.parties.is_empty() || matrix.actions.is_empty() {
        html! { <p class="hint">{ w.matrix_empty }</p> }
    } else {
        // Named once each, from one index: a cell's label names its action too.
        let names = CardNames::of(board, props.lang);
        let action_names: Vec<String> = matrix.actions.iter().map(|a| names.name(a)).collect();
        let head = action_names.iter().map(|name| html! { <th scope="col">{ name.clone() }</th> });
        let rows = matrix.parties.iter().enumerate().map(|(r, party_id)| {
            let party = board.party(party_id);
            let name = party.map(|p| p.name.clone()).unwrap_or_default();
            let colour = party.map(|p| p.colour.clone()).unwrap_or_default();
            let cells = matrix.actions.iter().zip(&action_names).enumerate().map(|(c, (action, action_name))| {
                let cell = matrix.cells[r][c];
                let (d, card, party) = (props.send.clone(), action.clone(), party_id.clone());
                let onchange = Callback::from(move |e: Event| {
                    let i = e.target_unchecked_into::<HtmlSelectElement>().selected_index();
                    if let Some(commitment) = usize::try_from(i).ok().and_then(|i| Commitment::ALL.get(i)) {
                        d.emit(Msg::Do(Action::SetCommitment { card: card.clone(), party: party.clone(), commitment: *commitment }));
                    }
                });
                let class = match cell.commitment {
                    Commitment::Committed => "committed",
                    Commitment::Hesitant => "hesitant",
                    Commitment::NotCommitted => "not-committed",
                    Commitment::NotAsked => "not-asked",
                };
                let label = format!("{name} – {action_name}");
                html! {
                    <td class={classes!("cell", class)}>
                        <select {onchange} aria-label={label}>
                            { for Commitment::ALL.iter().map(|k| html! { <option selected={*k == cell.commitment}>{ t.commitment(*k) }</option> }) }
                        </select>
                        if cell.owner { <span class="owner-mark">{ w.owner }</span> }
                    </td>
                }
            });
            html! {
                <tr>
                    <th scope="row"><span class="swatch" style={format!("background: {colour}")} />{ name.clone() }</th>
                    { for cells }
                    <td class="row-total">{ totals(&matrix.party_totals[r], props.lang) }</td>
                </tr>
            }
        });
        let foot = matrix.action_totals.iter().map(|tot| html! { <td>{ totals(tot, props.lang) }</td> });
        html! {
            <div class="matrix-scroll">
                <table class="matrix">
                    <thead><tr><th />{ for head }<th scope="col">{ w.matrix_total }</th></tr></thead>
                    <tbody>{ for rows }</tbody>
                    <tfoot><tr><th scope="row">{ w.matrix_total }</th>{ for foot }<td /></tr></tfoot>
                </table>
            </div>
        }
    };
    html! {
        <div class="dialog-backdrop" {onkeydown}>
            <div class="dialog wide" role="dialog" aria-modal="true" aria-labelledby="matrix-title">
                <h2 id="matrix-title">{ w.matrix_title }</h2>
                { body }
                <div class="dialog-buttons">
                    <button type="button" onclick={close} autofocus=true>{ t.close }</button>
                </div>
            </div>
        </div>
    }
}
