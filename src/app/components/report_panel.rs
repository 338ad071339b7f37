//! A report the person should be able to read at leisure: what opening a
//! file repaired, or what a merge did and which versions it set aside. It
//! stays until it is closed.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::boards::Report;
use crate::i18n::Lang;

/// What it draws, and where its messages go.
pub struct ReportPanelProps {
    pub report: Rc<Report>,
    pub lang: Lang,
    pub on_close: Callback<()>,
}

/// Drawn by its parent (no state of its own, so no component of its own).
pub fn report_panel(props: &ReportPanelProps) -> Html {
    let st = props.lang.storage();
    let close = {
        let on = props.on_close.clone();
        Callback::from(move |_: MouseEvent| on.emit(()))
    };
    html! {
        <section class="report-panel" role="region" aria-label={st.report}>
            <div class="report-head">
                <h2>{ props.report.title.clone() }</h2>
                <button type="button" class="icon-button" aria-label={st.close} title={st.close} onclick={close}>{ "×" }</button>
            </div>
            <ul class="report-lines">
                { for props.report.lines.iter().map(|l| html! { <li>{ l.clone() }</li> }) }
            </ul>
        </section>
    }
}
