//! The pure core: the board and its rules, with no browser in sight.
//! Everything here is tested natively with plain `cargo test`.
//!
//! The core names nothing outside itself: not the interface, the browser,
//! nor the message catalogue. What it writes for people, it is handed as a
//! value ([`export::ExportWords`], [`example::ExampleWords`]);
//! `tests/core_stands_alone.rs` keeps it so.

pub mod action;
pub mod analysis;
pub mod arrange;
pub mod board_hold;
pub mod card_size;
pub mod colour;
pub mod document;
pub mod example;
pub mod excerpt;
pub mod export;
pub mod file;
pub mod generate;
pub mod geometry;
pub mod history;
pub mod json_text;
pub mod key_value;
pub mod layout;
pub mod lens;
pub mod library;
pub mod merge;
pub mod model;
pub mod number;
pub mod presentation;
pub mod rows;
pub mod snapshots;
pub mod steps;
pub mod voting;
