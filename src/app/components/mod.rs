//! One component per file.

pub mod access_switches;
pub mod app;
pub mod board_layer;
pub mod board_list;
pub mod board_switch;
pub mod canvas;
pub mod card_editor;
pub mod card_menu;
pub mod card_view;
pub mod check_panel;
pub mod check_status;
pub mod empty_board_hint;
pub mod export_menu;
pub mod header;
pub mod help_dialog;
pub mod inspector;
pub mod kind_icon;
pub mod lens_controls;
pub mod link_view;
pub mod matrix_dialog;
pub mod menu_button;
pub mod merge_dialog;
pub mod modal;
pub mod notice_bar;
pub mod outline_view;
pub mod party_legend;
pub mod party_row;
pub mod presentation_bar;
pub mod print_report;
pub mod remove_party_dialog;
pub mod report_panel;
pub mod rows_dialog;
pub mod save_status;
pub mod share_link_prompt;
pub mod steps_bar;
pub mod storage_banner;
pub mod timeline_dialog;
pub mod timer_display;
pub mod toolbar;
pub mod update_prompt;
pub mod vote_results;
pub mod voting_bar;
pub mod watching_bar;

/// The `wrap` of a text field holding `text`: a field wraps its lines,
/// unless a run without whitespace is so long that wrapping it would stall
/// the page (see [`crate::core::excerpt`]); then the field scrolls sideways.
pub fn wrap(text: &str) -> &'static str {
    use crate::core::excerpt::{has_run_longer_than, WRAPPING_RUN_CHARS};
    if has_run_longer_than(text, WRAPPING_RUN_CHARS) {
        "off"
    } else {
        "soft"
    }
}
