//! Native benchmarks of the core on generated boards of 1,000 and 10,000
//! cards: applying an action, the three-question checks, writing and
//! reading a board file, and arranging. Run by `cargo xtask bench`, or
//! alone with `cargo bench --bench core`.

use std::hint::black_box;
use std::time::Duration;

use ambition_map::core::action::{apply, Action};
use ambition_map::core::analysis::check_board;
use ambition_map::core::arrange::arrange;
use ambition_map::core::file::{export_board, import_board};
use ambition_map::core::generate::{generate_board, BENCH_SEED};
use ambition_map::core::geometry::Point;
use ambition_map::core::model::CardId;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};

const SIZES: [usize; 2] = [1_000, 10_000];

fn core(c: &mut Criterion) {
    for n in SIZES {
        let board = generate_board(n, BENCH_SEED);
        let file = export_board(&board);
        // A card in the middle of the board, so a lookup by id is typical.
        let card = CardId(format!("c-{}", n / 2));
        let moved = Action::MoveCards(vec![(card.clone(), Point::new(12.0, 34.0))]);
        let text = Action::SetText { card, text: "A new text for the card".into() };
        // Arranging moves every card in one action.
        let arranged = Action::MoveCards(arrange(&board));

        let mut g = c.benchmark_group("core");
        g.sample_size(if n >= 10_000 { 10 } else { 20 });
        g.warm_up_time(Duration::from_millis(500));
        g.measurement_time(Duration::from_secs(2));
        g.bench_with_input(BenchmarkId::new("apply_move", n), &board, |b, board| {
            b.iter(|| apply(black_box(board), black_box(&moved)))
        });
        g.bench_with_input(BenchmarkId::new("apply_text", n), &board, |b, board| {
            b.iter(|| apply(black_box(board), black_box(&text)))
        });
        g.bench_with_input(BenchmarkId::new("check_board", n), &board, |b, board| b.iter(|| check_board(black_box(board))));
        g.bench_with_input(BenchmarkId::new("export_board", n), &board, |b, board| b.iter(|| export_board(black_box(board))));
        g.bench_with_input(BenchmarkId::new("import_board", n), &file, |b, file| {
            b.iter(|| import_board(black_box(file.as_bytes())))
        });
        g.bench_with_input(BenchmarkId::new("arrange", n), &board, |b, board| b.iter(|| arrange(black_box(board))));
        g.bench_with_input(BenchmarkId::new("apply_arrange", n), &board, |b, board| {
            b.iter(|| apply(black_box(board), black_box(&arranged)))
        });
        g.finish();
    }
}

criterion_group!(benches, core);
criterion_main!(benches);
