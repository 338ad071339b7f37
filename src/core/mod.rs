//! The pure core: the board and its rules, with no browser in sight.
//! Everything here is tested natively with plain `cargo test`.

pub mod action;
pub mod analysis;
pub mod arrange;
pub mod colour;
pub mod file;
pub mod geometry;
pub mod history;
pub mod layout;
pub mod model;
