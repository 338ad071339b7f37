//! Writes the benchmark boards (see `core::generate`) as board files:
//! `board-<cards>.json` for each size, into the folder given (default
//! `target/bench`). Run by `cargo xtask bench`.

use std::path::PathBuf;
use std::process::ExitCode;

use ambition_map::core::file::export_board;
use ambition_map::core::generate::{generate_board, BENCH_SEED};

const SIZES: [usize; 5] = [0, 500, 1_000, 2_000, 10_000];

fn main() -> ExitCode {
    let dir = std::env::args().nth(1).map(PathBuf::from).unwrap_or_else(|| PathBuf::from("target/bench"));
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("cannot create {}: {e}", dir.display());
        return ExitCode::FAILURE;
    }
    for n in SIZES {
        let path = dir.join(format!("board-{n}.json"));
        let text = export_board(&generate_board(n, BENCH_SEED));
        if let Err(e) = std::fs::write(&path, &text) {
            eprintln!("cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
        println!("{}: {} cards, {} bytes", path.display(), n, text.len());
    }
    ExitCode::SUCCESS
}
