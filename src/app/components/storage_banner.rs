//! Messages about the boards' safety that stay until they are dealt with:
//! storage full (with a one-click export), storage unavailable, a board that
//! could not be read (with its text to download), a deleted board (with
//! undo), the open board deleted in another tab (with restore), another
//! tab's version kept as a copy.

use yew::prelude::*;

use crate::app::boards::{title_or, Banner};
use crate::i18n::{fill, Lang};

/// What the person asked of a banner.
#[derive(Clone, Debug, PartialEq)]
pub enum BannerAction {
    Export,
    Download(String),
    Undelete(String),
    Dismiss(usize),
}

/// What it draws, and where its messages go.
pub struct StorageBannerProps {
    pub banners: Vec<Banner>,
    pub lang: Lang,
    pub on: Callback<BannerAction>,
}

/// Drawn by its parent (no state of its own, so no component of its own).
pub fn storage_banner(props: &StorageBannerProps) -> Html {
    let t = props.lang.storage();
    let emit = |a: BannerAction| {
        let on = props.on.clone();
        Callback::from(move |_: MouseEvent| on.emit(a.clone()))
    };
    let item = |(i, b): (usize, &Banner)| {
        let dismiss = html! {
            <button type="button" class="icon-button" aria-label={t.dismiss} title={t.dismiss} onclick={emit(BannerAction::Dismiss(i))}>{ "×" }</button>
        };
        let (class, role, text, action, dismissable) = match b {
            Banner::Full => (
                "warning",
                "alert",
                t.full_warning.to_owned(),
                html! { <button type="button" class="banner-action" onclick={emit(BannerAction::Export)}>{ t.export_now }</button> },
                true,
            ),
            Banner::Unavailable => (
                "warning",
                "alert",
                t.unavailable_warning.to_owned(),
                html! { <button type="button" class="banner-action" onclick={emit(BannerAction::Export)}>{ t.export_now }</button> },
                true,
            ),
            Banner::Corrupt { id, title, error } => (
                "warning",
                "alert",
                fill(
                    t.corrupt,
                    &[("title", &title_or(title, t.untitled)), ("reason", &t.import_error(props.lang, error))],
                ),
                html! { <button type="button" class="banner-action" onclick={emit(BannerAction::Download(id.clone()))}>{ t.download_unreadable }</button> },
                true,
            ),
            Banner::Deleted { id, title, .. } => (
                "info",
                "status",
                fill(t.deleted, &[("title", &title_or(title, t.untitled))]),
                html! { <button type="button" class="banner-action" onclick={emit(BannerAction::Undelete(id.clone()))}>{ t.undo }</button> },
                true,
            ),
            Banner::DeletedElsewhere { id, title } => (
                "info",
                "status",
                fill(t.deleted_elsewhere, &[("title", &title_or(title, t.untitled))]),
                html! { <button type="button" class="banner-action" onclick={emit(BannerAction::Undelete(id.clone()))}>{ t.restore }</button> },
                true,
            ),
            Banner::ConflictCopy { title } => ("info", "status", fill(t.conflict_copy, &[("title", title)]), html! {}, true),
            Banner::IndexRebuilt { kept } => {
                let text = if *kept { t.index_rebuilt } else { t.index_not_kept };
                ("info", "status", text.to_owned(), html! {}, true)
            }
            Banner::RoomAgain => ("info", "status", t.room_again.to_owned(), html! {}, true),
        };
        html! {
            <div class={classes!("storage-banner", class)} role={role}>
                <span class="banner-text">{ text }</span>
                { action }
                if dismissable { { dismiss } }
            </div>
        }
    };
    html! {
        <div class="storage-banners">
            { for props.banners.iter().enumerate().map(item) }
        </div>
    }
}
