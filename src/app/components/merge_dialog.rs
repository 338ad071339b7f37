//! Asks before a file is merged into the open board: what will be added and
//! changed, and every item that differs with both versions side by side and
//! the one that will be used. The merge is one undo step.

use yew::prelude::*;

use crate::app::boards::PendingMerge;
use crate::app::Shared;
use crate::core::merge::{Conflict, Side};
use crate::core::model::Board;
use crate::i18n::{fill, Lang};

/// What the person chose.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MergeChoice {
    Merge,
    OpenAsNew,
    Cancel,
}

/// An item that differs, in words: what it is, the version on this board,
/// the version in the file, and which one is used.
pub struct ConflictWords {
    pub item: String,
    pub current: String,
    pub incoming: String,
    pub winner: Side,
}

fn quoted(s: &str) -> String {
    format!("“{s}”")
}

/// A conflict of a merge plan in words, naming cards by their text.
pub fn conflict_words(c: &Conflict, board: &Board, incoming_board: &Board, lang: Lang) -> ConflictWords {
    let (t, st) = (lang.texts(), lang.storage());
    let card_name = |b: &Board, id: &crate::core::model::CardId| crate::i18n::checks::card_name(b, id, lang);
    let (item, current, incoming) = match c {
        Conflict::Title { current, incoming, .. } => (st.item_title.to_owned(), quoted(current), quoted(incoming)),
        Conflict::Challenge { current, incoming, .. } => {
            (st.item_challenge.to_owned(), quoted(current), quoted(incoming))
        }
        Conflict::Party { current, incoming, .. } => (
            format!("{} {}", st.item_party, quoted(&current.name)),
            format!("{} ({})", quoted(&current.name), current.colour),
            format!("{} ({})", quoted(&incoming.name), incoming.colour),
        ),
        Conflict::Card { current, incoming, .. } => {
            let describe = |card: &crate::core::model::Card| {
                let mut s = format!("{}: {}", t.kind(card.kind), quoted(&card.text));
                if let Some(source) = card.source.as_deref().filter(|s| !s.is_empty()) {
                    s.push_str(&format!(" — {source}"));
                }
                s
            };
            (
                format!("{} {}", st.item_card, quoted(&card_name(board, &current.id))),
                describe(current),
                describe(incoming),
            )
        }
        Conflict::Link { current, incoming, .. } => {
            let describe = |b: &Board, l: &crate::core::model::Link| {
                let mut s = format!("{} → {}", quoted(&card_name(b, &l.from)), quoted(&card_name(b, &l.to)));
                if !l.label.is_empty() {
                    s.push_str(&format!(" ({})", l.label));
                }
                s
            };
            (st.item_link.to_owned(), describe(board, current), describe(incoming_board, incoming))
        }
    };
    ConflictWords { item, current, incoming, winner: c.winner() }
}

/// The summary of a plan, one sentence per kind of change.
pub fn summary_lines(pending: &PendingMerge, lang: Lang) -> Vec<String> {
    let st = lang.storage();
    let s = pending.plan.summary();
    let mut lines = Vec::new();
    if s.changes_nothing() && s.kept == 0 {
        lines.push(st.merge_nothing.to_owned());
    }
    if s.added_parties + s.added_cards + s.added_links > 0 {
        lines.push(fill(
            st.merge_adds,
            &[
                ("parties", &s.added_parties.to_string()),
                ("cards", &s.added_cards.to_string()),
                ("links", &s.added_links.to_string()),
            ],
        ));
    }
    if s.changed > 0 {
        lines.push(fill(st.merge_changes, &[("n", &s.changed.to_string())]));
    }
    if s.kept > 0 {
        lines.push(fill(st.merge_keeps, &[("n", &s.kept.to_string())]));
    }
    if s.skipped > 0 {
        lines.push(fill(st.merge_skips, &[("n", &s.skipped.to_string())]));
    }
    lines
}

/// What it draws, and where its messages go.
pub struct MergeDialogProps {
    pub pending: std::rc::Rc<PendingMerge>,
    pub board: Shared<Board>,
    pub lang: Lang,
    pub on: Callback<MergeChoice>,
}

/// Drawn by its parent (no state of its own, so no component of its own).
pub fn merge_dialog(props: &MergeDialogProps) -> Html {
    let st = props.lang.storage();
    let emit = |c: MergeChoice| {
        let on = props.on.clone();
        Callback::from(move |_: MouseEvent| on.emit(c))
    };
    let board_title = crate::app::boards::title_or(&props.board.title, st.untitled);
    let conflicts = props.pending.plan.changed.iter().map(|c| {
        let w = conflict_words(c, &props.board, &props.pending.imported.board, props.lang);
        let used = |side: Side| (w.winner == side).then(|| html! { <span class="used">{ st.wins }</span> });
        html! {
            <li class="conflict">
                <div class="conflict-item">{ w.item.clone() }</div>
                <div class="versions">
                    <div class={classes!("version", (w.winner == Side::Current).then_some("winner"))}>
                        <span class="version-side">{ st.this_board }{ used(Side::Current) }</span>
                        <span class="version-text">{ w.current.clone() }</span>
                    </div>
                    <div class={classes!("version", (w.winner == Side::Incoming).then_some("winner"))}>
                        <span class="version-side">{ st.in_file }{ used(Side::Incoming) }</span>
                        <span class="version-text">{ w.incoming.clone() }</span>
                    </div>
                </div>
            </li>
        }
    });
    html! {
        <>
            <h2 id="merge-title">{ fill(st.merge_title, &[("file", &props.pending.file), ("board", &board_title)]) }</h2>
            <ul class="merge-summary">
                { for summary_lines(&props.pending, props.lang).into_iter().map(|l| html! { <li>{ l }</li> }) }
            </ul>
            if !props.pending.plan.changed.is_empty() {
                <h3>{ st.differences }</h3>
                <ul class="conflicts">{ for conflicts }</ul>
            }
            <div class="dialog-buttons">
                <button type="button" onclick={emit(MergeChoice::Cancel)}>{ st.cancel }</button>
                <button type="button" onclick={emit(MergeChoice::OpenAsNew)}>{ st.open_as_new }</button>
                <button type="button" class="primary" onclick={emit(MergeChoice::Merge)} autofocus=true>{ st.merge }</button>
            </div>
        </>
    }
}
