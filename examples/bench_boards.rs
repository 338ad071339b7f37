//! Writes the benchmark boards (see `core::generate`) as board files:
//! `board-<cards>.json` for each size, into the folder given (default
//! `target/bench`). Beside them, boards of 20 cards of which one holds a
//! long text, one word or ordinary words (`text-word-<size>.json`,
//! `text-words-<size>.json`), and the same boards as share-link fragments
//! (`.link`). Run by `cargo xtask bench`.

use std::path::PathBuf;
use std::process::ExitCode;

use std::rc::Rc;

use ambition_map::core::export::share;
use ambition_map::core::file::{export_board, export_board_compact};
use ambition_map::core::generate::{generate_board, words, BENCH_SEED};

const SIZES: [usize; 5] = [0, 500, 1_000, 2_000, 10_000];
/// Long texts: the name in the file names, and the size in bytes.
const TEXT_SIZES: [(&str, usize); 2] = [("64k", 64 * 1024), ("1m", 1024 * 1024)];

fn write(path: &std::path::Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

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
    for (name, bytes) in TEXT_SIZES {
        // One word with no safe place to break in common fonts, and ordinary words.
        for (what, text) in [("word", "A".repeat(bytes)), ("words", words(bytes, BENCH_SEED)[..bytes].to_owned())] {
            let mut board = generate_board(20, BENCH_SEED);
            board.title = format!("A long text: {what}, {name}");
            if let Some(card) = board.cards.iter_mut().find(|c| c.id.0 == "c-0") {
                Rc::make_mut(card).text = text;
            }
            let stem = format!("text-{what}-{name}");
            let file = export_board(&board);
            // Packed as the browser packs it (zlib), whatever the link's length.
            let packed = miniz_oxide::deflate::compress_to_vec_zlib(export_board_compact(&board).as_bytes(), 6);
            let fragment = share::fragment(&packed);
            let written = write(&dir.join(format!("{stem}.json")), &file).and_then(|()| write(&dir.join(format!("{stem}.link")), &fragment));
            if let Err(e) = written {
                eprintln!("{e}");
                return ExitCode::FAILURE;
            }
            println!("{stem}: {} bytes, a link of {} characters", file.len(), fragment.len());
        }
    }
    ExitCode::SUCCESS
}
