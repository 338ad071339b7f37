//! Two tabs on one board, against one storage in memory and a stand-in for
//! the browser's locks (one holder, a line, taking over): the tab that
//! edits saves everything before it hands over, the tab that takes over
//! starts from what was saved, a tab that watches keeps nothing of its own,
//! and changes a tab could not save before the board was taken are kept
//! as a copy. Every edit made in the tab that held the board is on the
//! board at the end.

use std::collections::VecDeque;
use std::rc::Rc;

use ambition_map::app::boards::Store;
use ambition_map::core::board_hold::{next, Hold, Signal, Step};
use ambition_map::core::file::import_file;
use ambition_map::core::key_value::MemoryStorage;
use ambition_map::core::library::board_key;
use ambition_map::core::geometry::Point;
use ambition_map::core::model::{Board, Card, CardId, CardKind};

/// The browser's locks for one board: who holds it, who stands in line.
#[derive(Default)]
struct Locks {
    holder: Option<usize>,
    line: VecDeque<usize>,
}

struct Tab {
    store: Store<MemoryStorage>,
    board: Board,
    hold: Hold,
    /// Edits this tab refused, as the person was told.
    refused: usize,
}

struct Browser {
    storage: MemoryStorage,
    locks: Locks,
    tabs: Vec<Tab>,
}

const NOW: u64 = 1_700_000_000_000;

impl Browser {
    fn new() -> Browser {
        let storage = MemoryStorage::new();
        let mut n = 0;
        let (store, board, _) = Store::load_with(storage.clone(), move |p| { n += 1; format!("{p}-{n}") }, "Bord", NOW);
        let mut browser = Browser { storage, locks: Locks::default(), tabs: vec![] };
        browser.add_tab(store, board);
        browser
    }

    /// A second tab opens the same board.
    fn open_again(&mut self) -> usize {
        let id = self.tabs[0].board.id.clone();
        let mut n = 100;
        let (mut store, _, _) = Store::load_with(self.storage.clone(), move |p| { n += 1; format!("{p}-{n}") }, "Bord", NOW);
        let board = store.open(&id).expect("the board opens in the second tab");
        self.add_tab(store, board)
    }

    fn add_tab(&mut self, store: Store<MemoryStorage>, board: Board) -> usize {
        self.tabs.push(Tab { store, board, hold: Hold::Asking, refused: 0 });
        let tab = self.tabs.len() - 1;
        let free = self.locks.holder.is_none();
        if free {
            self.locks.holder = Some(tab);
        }
        self.signal(tab, if free { Signal::Free } else { Signal::Held });
        tab
    }

    fn signal(&mut self, tab: usize, signal: Signal) {
        let dirty = self.tabs[tab].store.dirty;
        let (hold, steps) = next(self.tabs[tab].hold, signal, dirty);
        self.tabs[tab].hold = hold;
        for step in steps {
            self.step(tab, step);
        }
    }

    fn step(&mut self, tab: usize, step: Step) {
        match step {
            Step::Queue => {
                if self.locks.holder.is_none() {
                    self.locks.holder = Some(tab);
                    self.signal(tab, Signal::Granted);
                } else {
                    self.locks.line.push_back(tab);
                }
            }
            Step::Take => {
                self.locks.line.retain(|t| *t != tab);
                let before = self.locks.holder.replace(tab);
                if let Some(before) = before.filter(|b| *b != tab) {
                    self.signal(before, Signal::Taken);
                }
                self.signal(tab, Signal::Granted);
            }
            Step::Ask => {
                if let Some(holder) = self.locks.holder {
                    self.signal(holder, Signal::Asked);
                }
            }
            Step::TellReady => {
                let asking: Vec<usize> = (0..self.tabs.len()).filter(|t| self.tabs[*t].hold == Hold::TakingOver).collect();
                for t in asking {
                    self.signal(t, Signal::Ready);
                }
            }
            Step::Save => {
                let t = &mut self.tabs[tab];
                t.store.save(&t.board, NOW).expect("the memory storage has room");
            }
            // Writes to memory are stored at once.
            Step::AwaitSettled => self.signal(tab, Signal::Settled),
            Step::ReadStored => {
                let t = &mut self.tabs[tab];
                let id = t.board.id.clone();
                t.board = t.store.open(&id).expect("the board reads back");
            }
            Step::KeepChangesAsCopy => {
                let t = &mut self.tabs[tab];
                let mut copy = t.board.clone();
                copy.id = String::new();
                copy.title = format!("{} (ander tabblad)", copy.title);
                t.store.add(copy, NOW);
                t.store.dirty = false;
            }
        }
    }

    /// The person adds a card in `tab`; kept when the tab edits the board.
    fn add_card(&mut self, tab: usize, text: &str) {
        let t = &mut self.tabs[tab];
        if !t.hold.edits() {
            t.refused += 1;
            return;
        }
        let n = t.board.cards.len();
        t.board.cards.push(Rc::new(Card::new(CardId(format!("c-{text}")), CardKind::Action, text, Point { x: n as f64 * 10.0, y: 0.0 })));
        t.store.dirty = true;
    }

    /// Autosave in `tab`, as after a pause in the edits.
    fn autosave(&mut self, tab: usize) {
        let t = &mut self.tabs[tab];
        if t.hold.edits() && t.store.dirty {
            t.store.save(&t.board, NOW).expect("the memory storage has room");
        }
    }

    /// The tab closes: its lock goes to the next in line.
    fn close(&mut self, tab: usize) {
        self.autosave(tab);
        if self.locks.holder == Some(tab) {
            self.locks.holder = self.locks.line.pop_front();
            if let Some(next) = self.locks.holder {
                self.signal(next, Signal::Granted);
            }
        }
        self.locks.line.retain(|t| *t != tab);
    }

    fn stored_texts(&self) -> Vec<String> {
        let text = self.storage.raw(&board_key(&self.tabs[0].board.id)).expect("the board is stored");
        let board = import_file(text.as_bytes()).expect("the stored board reads").board;
        board.cards.iter().map(|c| c.text.clone()).filter(|t| t.starts_with('a') || t.starts_with('b')).collect()
    }
}

#[test]
fn the_first_tab_edits_and_the_second_watches_refusing_every_edit() {
    let mut browser = Browser::new();
    let b = browser.open_again();
    assert_eq!(browser.tabs[0].hold, Hold::Editing);
    assert_eq!(browser.tabs[b].hold, Hold::Watching);
    for i in 0..50 {
        browser.add_card(0, &format!("a{i}"));
        browser.add_card(b, &format!("b{i}"));
        if i % 7 == 0 {
            browser.autosave(0);
        }
    }
    browser.autosave(0);
    let stored = browser.stored_texts();
    assert_eq!(stored, (0..50).map(|i| format!("a{i}")).collect::<Vec<_>>());
    assert_eq!(browser.tabs[b].refused, 50, "each attempt in the watching tab was refused, and said so");
}

#[test]
fn taking_over_starts_from_every_edit_the_other_tab_made_even_unsaved_ones() {
    let mut browser = Browser::new();
    let b = browser.open_again();
    browser.add_card(0, "a1");
    browser.autosave(0);
    // Not saved yet when the other tab asks.
    browser.add_card(0, "a2");
    browser.signal(b, Signal::EditHere);
    assert_eq!(browser.tabs[b].hold, Hold::Editing);
    assert_eq!(browser.tabs[0].hold, Hold::Watching);
    let texts: Vec<&str> = browser.tabs[b].board.cards.iter().map(|c| c.text.as_str()).collect();
    assert!(texts.contains(&"a1") && texts.contains(&"a2"), "{texts:?}");
    // Now the first tab watches: its edits are refused, the second's kept.
    browser.add_card(0, "a3");
    browser.add_card(b, "b1");
    browser.autosave(b);
    assert_eq!(browser.stored_texts(), ["a1", "a2", "b1"]);
    assert_eq!(browser.tabs[0].refused, 1);
}

#[test]
fn when_the_editing_tab_closes_the_watching_one_edits_from_what_was_saved() {
    let mut browser = Browser::new();
    let b = browser.open_again();
    browser.add_card(0, "a1");
    browser.close(0);
    assert_eq!(browser.tabs[b].hold, Hold::Editing);
    browser.add_card(b, "b1");
    browser.autosave(b);
    assert_eq!(browser.stored_texts(), ["a1", "b1"]);
}

#[test]
fn a_tab_that_does_not_answer_loses_the_board_but_not_its_changes() {
    let mut browser = Browser::new();
    let b = browser.open_again();
    browser.add_card(0, "a1");
    // The first tab is busy and never answers: the second takes the board.
    browser.tabs[b].hold = next(browser.tabs[b].hold, Signal::EditHere, false).0;
    browser.signal(b, Signal::NoAnswer);
    assert_eq!(browser.tabs[b].hold, Hold::Editing);
    assert_eq!(browser.tabs[0].hold, Hold::Watching);
    // The first tab's unsaved card is in a copy beside the board, not lost.
    let listed = browser.tabs[0].store.listing().library;
    let copy = listed.listed().into_iter().find(|e| e.title.ends_with("(ander tabblad)")).map(|e| e.id.clone()).expect("a copy is listed");
    let text = browser.storage.raw(&board_key(&copy)).expect("the copy is stored");
    assert!(import_file(text.as_bytes()).expect("the copy reads").board.cards.iter().any(|c| c.text == "a1"));
}
