//! Bringing a file of an older format version up to [`VERSION`].
//!
//! Every change to the format bumps [`VERSION`], adds one step here that
//! turns a file of the previous version into the new one (working on the raw
//! JSON of the whole file), and adds a fixture of the old version under
//! `tests/fixtures/` with a test that it still imports.

use serde_json::Value as Json;

use super::{ImportError, Problem, VERSION};

/// One migration step: turns the whole file (the envelope) of version
/// `from` into version `from + 1`.
pub(crate) type Step = fn(&mut Json) -> Result<(), ImportError>;

/// The steps, in order: `(from_version, step)`.
pub(crate) const STEPS: &[(u32, Step)] = &[(1, v1_to_v2), (2, v2_to_v3)];

/// Version 2 added edit times and the board id: every party, card and link
/// gets `"edited": 0` (unknown), and a `board.id` — a field version 1 did
/// not have, so meaningless there — is removed. Items that are not objects
/// are left for validation to report.
fn v1_to_v2(file: &mut Json) -> Result<(), ImportError> {
    let Some(board) = file.get_mut("board").and_then(Json::as_object_mut) else {
        // Validation reports a missing board, or one that is not an object.
        return Ok(());
    };
    board.remove("id");
    for list in ["parties", "cards", "links"] {
        if let Some(Json::Array(items)) = board.get_mut(list) {
            for item in items.iter_mut().filter_map(Json::as_object_mut) {
                item.insert("edited".to_owned(), Json::from(0u64));
            }
        }
    }
    Ok(())
}

/// Version 3 added a party's optional `short_name`, shown on card headers
/// instead of a long name; none reads as "the whole name". A `short_name`
/// in a version 2 file is a field that version did not have, so it means
/// nothing there and is removed. (The version went up so that an app that
/// knows no short names refuses a newer file instead of dropping them.)
fn v2_to_v3(file: &mut Json) -> Result<(), ImportError> {
    let parties = file.get_mut("board").and_then(|b| b.get_mut("parties")).and_then(Json::as_array_mut);
    for party in parties.into_iter().flatten().filter_map(Json::as_object_mut) {
        party.remove("short_name");
    }
    Ok(())
}

/// Runs every step from the file's `version` up to [`VERSION`].
pub(crate) fn migrate(file: &mut Json, version: u32) -> Result<(), ImportError> {
    run(STEPS, file, version, VERSION)
}

/// Runs the steps from `from` up to `to`, updating the file's `version`
/// after each so a file is always consistent with its version.
fn run(steps: &[(u32, Step)], file: &mut Json, from: u32, to: u32) -> Result<(), ImportError> {
    let mut version = from;
    while version < to {
        let Some((_, step)) = steps.iter().find(|(v, _)| *v == version) else {
            // A gap in STEPS is a programming error, caught by the tests below;
            // it still refuses the file instead of panicking.
            return Err(ImportError::invalid("version", Problem::NoMigration { from: version }));
        };
        step(file)?;
        version += 1;
        if let Some(obj) = file.as_object_mut() {
            obj.insert("version".to_owned(), Json::from(u64::from(version)));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    use serde_json::json;

    #[test]
    fn there_is_one_step_from_every_older_version_in_order() {
        let froms: Vec<u32> = STEPS.iter().map(|(v, _)| *v).collect();
        let expected: Vec<u32> = (1..VERSION).collect();
        assert_eq!(froms, expected);
    }

    #[test]
    fn v1_to_v2_adds_unknown_edit_times_and_drops_a_board_id() {
        let mut file = json!({"format": "ambition-map", "version": 1, "board": {
            "id": "stray", "title": "T", "challenge": "",
            "parties": [{"id": "p", "name": "P", "colour": "#000000", "edited": 12}],
            "cards": [{"id": "ambition"}, "not an object"],
            "links": [{"id": "l"}],
        }});
        run(STEPS, &mut file, 1, 2).unwrap();
        assert_eq!(
            file,
            json!({"format": "ambition-map", "version": 2, "board": {
                "title": "T", "challenge": "",
                "parties": [{"id": "p", "name": "P", "colour": "#000000", "edited": 0}],
                "cards": [{"id": "ambition", "edited": 0}, "not an object"],
                "links": [{"id": "l", "edited": 0}],
            }})
        );
    }

    #[test]
    fn v1_to_v2_leaves_a_missing_or_odd_board_to_validation() {
        for board in [None, Some(json!([])), Some(json!({"cards": 3}))] {
            let mut file = json!({"version": 1});
            if let (Some(b), Some(m)) = (&board, file.as_object_mut()) {
                m.insert("board".into(), b.clone());
            }
            migrate(&mut file, 1).unwrap();
            assert_eq!(file.get("board"), board.as_ref());
            assert_eq!(file.get("version").and_then(Json::as_u64), Some(u64::from(VERSION)));
        }
    }

    #[test]
    fn current_version_runs_nothing() {
        let mut file = json!({"format": "ambition-map", "version": VERSION, "board": {}});
        let before = file.clone();
        migrate(&mut file, VERSION).unwrap();
        assert_eq!(file, before);
    }

    fn rename_name_to_title(file: &mut Json) -> Result<(), ImportError> {
        let board = file
            .get_mut("board")
            .and_then(Json::as_object_mut)
            .ok_or_else(|| ImportError::invalid("board", Problem::Missing))?;
        let name = board.remove("name").unwrap_or(Json::from(""));
        board.insert("title".into(), name);
        Ok(())
    }

    fn add_links(file: &mut Json) -> Result<(), ImportError> {
        // Checks it runs after the first step.
        let board = file.get_mut("board").and_then(Json::as_object_mut).unwrap();
        assert!(board.get("title").is_some(), "steps ran out of order");
        board.insert("links".into(), json!([]));
        Ok(())
    }

    const FAKE: &[(u32, Step)] = &[(1, rename_name_to_title), (2, add_links)];

    #[test]
    fn steps_run_in_order_from_the_file_version_and_set_the_version() {
        let mut file = json!({"version": 1, "board": {"name": "Regio"}});
        run(FAKE, &mut file, 1, 3).unwrap();
        assert_eq!(file, json!({"version": 3, "board": {"title": "Regio", "links": []}}));
    }

    #[test]
    fn a_newer_file_skips_the_older_steps() {
        let mut file = json!({"version": 2, "board": {"title": "Regio"}});
        run(FAKE, &mut file, 2, 3).unwrap();
        assert_eq!(file, json!({"version": 3, "board": {"title": "Regio", "links": []}}));
    }

    #[test]
    fn a_failing_step_refuses_the_file() {
        let mut file = json!({"version": 1, "board": 7});
        let err = run(FAKE, &mut file, 1, 3).unwrap_err();
        assert_eq!(err, ImportError::invalid("board", Problem::Missing));
    }

    #[test]
    fn a_gap_in_the_steps_is_an_error_not_a_panic() {
        let mut file = json!({"version": 1, "board": {}});
        let err = run(&[(2, add_links)], &mut file, 1, 3).unwrap_err();
        assert!(matches!(err, ImportError::Invalid { ref field, .. } if field == "version"), "{err:?}");
    }
}
