//! One component per file.

pub mod app;
pub mod board_layer;
pub mod board_list;
pub mod board_switch;
pub mod canvas;
pub mod card_editor;
pub mod card_view;
pub mod check_panel;
pub mod header;
pub mod inspector;
pub mod kind_icon;
pub mod link_view;
pub mod matrix_dialog;
pub mod merge_dialog;
pub mod notice_bar;
pub mod party_legend;
pub mod party_row;
pub mod remove_party_dialog;
pub mod report_panel;
pub mod save_status;
pub mod steps_bar;
pub mod storage_banner;
pub mod toolbar;
