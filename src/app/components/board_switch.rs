//! The header's way to the board list, with the save status beside it.
//!
//! It takes what it shows from a context, not from props: the header then
//! never redraws because a save started or ended, which would put back the
//! title in its field while someone is typing a new one.

use yew::prelude::*;

use super::save_status::{save_status, SaveStatusProps};
use crate::app::boards::SaveStatus;
use crate::i18n::Lang;

/// What the board switch shows, and how it opens the list.
#[derive(Clone, PartialEq)]
pub struct BoardSwitchContext {
    pub status: SaveStatus,
    pub lang: Lang,
    pub open_list: Callback<()>,
}

#[component]
pub fn BoardSwitch() -> Html {
    let Some(ctx) = use_context::<BoardSwitchContext>() else { return html! {} };
    let st = ctx.lang.storage();
    let onclick = {
        let open = ctx.open_list.clone();
        Callback::from(move |_: MouseEvent| open.emit(()))
    };
    html! {
        <div class="board-switch">
            <button type="button" class="boards-button" {onclick} aria-haspopup="dialog">
                <svg viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" aria-hidden="true"><rect x="3" y="4" width="7" height="7" rx="1.5"/><rect x="14" y="4" width="7" height="7" rx="1.5"/><rect x="3" y="14" width="7" height="7" rx="1.5"/><rect x="14" y="14" width="7" height="7" rx="1.5"/></svg>
                <span>{ st.boards }</span>
            </button>
            { save_status(&SaveStatusProps { status: ctx.status, lang: ctx.lang }) }
        </div>
    }
}
