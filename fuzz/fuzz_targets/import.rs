//! Fuzzes `import_file` with arbitrary bytes: it must never panic, and a
//! board it accepts must save and open again as the same board, with no
//! repair needed.

#![no_main]

use ambition_map::core::file::{export_board, import_file};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(imported) = import_file(data) {
        let text = export_board(&imported.board);
        let again = match import_file(text.as_bytes()) {
            Ok(again) => again,
            Err(e) => panic!("an exported board does not import: {e}\n{text}"),
        };
        assert!(again.repairs.is_empty(), "an exported board needed repairs: {:?}", again.repairs);
        assert_eq!(again.board, imported.board, "an exported board came back different");
    }
});
