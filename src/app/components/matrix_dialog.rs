//! The commitment matrix: parties down, actions across, each cell a party's
//! commitment to an action, set with one click on its mark (✓ committed,
//! ? hesitant, ✗ not committed; the mark pressed again clears the cell),
//! with totals per party (under its name) and per action (at the foot). The same commitments show on the
//! action cards.

use yew::prelude::*;

use crate::app::session::{Msg};
use crate::app::Shared;
use crate::i18n::checks::CardNames;
use crate::core::action::Action;
use crate::core::analysis::{commitment_matrix, CommitmentTotals};
use crate::core::model::{Board, Commitment};
use crate::i18n::Lang;

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

/// The marks a cell offers, in order, with their class names.
const MARKS: [(Commitment, &str, &str); 3] = [
    (Commitment::Committed, "✓", "committed"),
    (Commitment::Hesitant, "?", "hesitant"),
    (Commitment::NotCommitted, "✗", "not-committed"),
];

/// The matrix's contents, drawn inside a [`super::modal::Modal`].
pub fn matrix_dialog(props: &MatrixDialogProps) -> Html {
    let (t, w) = (props.lang.texts(), props.lang.workshop());
    let matrix = commitment_matrix(&props.board);
    let close = {
        let d = props.send.clone();
        Callback::from(move |_: MouseEvent| d.emit(Msg::OpenDialog(None)))
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
                let class = MARKS.iter().find(|m| m.0 == cell.commitment).map_or("not-asked", |m| m.2);
                let marks = MARKS.iter().map(|&(commitment, mark, mark_class)| {
                    let on = commitment == cell.commitment;
                    let (d, card, party) = (props.send.clone(), action.clone(), party_id.clone());
                    // Pressed again, the mark clears the cell.
                    let to = if on { Commitment::NotAsked } else { commitment };
                    let onclick = Callback::from(move |_: MouseEvent| {
                        d.emit(Msg::Do(Action::SetCommitment { card: card.clone(), party: party.clone(), commitment: to }));
                    });
                    let label = t.commitment(commitment);
                    html! {
                        <button type="button" class={classes!("mark", mark_class)} aria-pressed={on.to_string()}
                            aria-label={label} title={label} {onclick}>{ mark }</button>
                    }
                });
                let label = format!("{name} – {action_name}: {}", t.commitment(cell.commitment));
                html! {
                    <td class={classes!("cell", class)}>
                        <div class="marks" role="group" aria-label={label}>{ for marks }</div>
                        if cell.owner { <span class="owner-mark">{ w.owner }</span> }
                    </td>
                }
            });
            html! {
                <tr>
                    <th scope="row">
                        <span class="swatch" style={format!("background: {colour}")} />{ name.clone() }
                        { totals(&matrix.party_totals[r], props.lang) }
                    </th>
                    { for cells }
                </tr>
            }
        });
        let foot = matrix.action_totals.iter().map(|tot| html! { <td>{ totals(tot, props.lang) }</td> });
        let legend = MARKS.iter().map(|&(commitment, mark, class)| html! {
            <li><span class={classes!("mark", class)} aria-hidden="true">{ mark }</span>{ t.commitment(commitment) }</li>
        });
        html! {
            <>
            <p class="hint">{ w.matrix_hint }</p>
            <ul class="matrix-legend">
                { for legend }
                <li><span class="mark not-asked" aria-hidden="true" />{ t.commitment(Commitment::NotAsked) }</li>
            </ul>
            <div class="matrix-scroll">
                <table class="matrix">
                    <thead><tr><th />{ for head }</tr></thead>
                    <tbody>{ for rows }</tbody>
                    <tfoot><tr><th scope="row">{ w.matrix_total }</th>{ for foot }</tr></tfoot>
                </table>
            </div>
            </>
        }
    };
    html! {
        <>
            <h2 id="matrix-title">{ w.matrix_title }</h2>
            { body }
            <div class="dialog-buttons">
                <button type="button" onclick={close} autofocus=true>{ t.close }</button>
            </div>
        </>
    }
}
