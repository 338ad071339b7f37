//! One component per file.

pub mod access_switches;
pub mod app;
pub mod board_layer;
pub mod canvas;
pub mod card_editor;
pub mod card_menu;
pub mod card_view;
pub mod check_panel;
pub mod empty_board_hint;
pub mod header;
pub mod help_dialog;
pub mod inspector;
pub mod kind_icon;
pub mod link_view;
pub mod matrix_dialog;
pub mod notice_bar;
pub mod outline_view;
pub mod party_legend;
pub mod party_row;
pub mod remove_party_dialog;
pub mod steps_bar;
pub mod toolbar;
