//! One component per file.

pub mod app;
pub mod board_layer;
pub mod canvas;
pub mod card_editor;
pub mod card_view;
pub mod check_panel;
pub mod export_menu;
pub mod header;
pub mod inspector;
pub mod kind_icon;
pub mod lens_controls;
pub mod link_view;
pub mod matrix_dialog;
pub mod notice_bar;
pub mod party_legend;
pub mod party_row;
pub mod presentation_bar;
pub mod print_report;
pub mod remove_party_dialog;
pub mod share_link_prompt;
pub mod steps_bar;
pub mod timer_display;
pub mod toolbar;
pub mod vote_results;
pub mod voting_bar;
