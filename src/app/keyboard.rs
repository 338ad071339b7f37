//! What the keyboard shortcuts do, given the state at the moment of the key
//! press. The keys themselves are in [`super::shortcuts`]; this turns a
//! command into messages, so every action on the board can be done without
//! a pointer.

use yew::UseReducerDispatcher;

use super::shortcuts::{Command, KeyPress};
use super::state::{selected_cards, AppState, Dialog, KeyMode, Msg, Notice, ViewRequest};
use super::{new_card, new_party};
use crate::check_texts::card_name;
use crate::core::action::Action;
use crate::core::geometry::{Point, Rect};
use crate::core::layout::free_spot;
use crate::core::model::{Board, CardId, Link, LinkId, CARD_SIZE};
use crate::i18n::fill;
use crate::platform::ids::new_id;

/// How far one arrow key press moves a card, in world units; with Shift.
const STEP: f64 = 10.0;
const BIG_STEP: f64 = 60.0;

/// The card nearest to `from` in the direction `(dx, dy)` (a unit step along
/// one axis), preferring cards straight ahead over cards off to the side.
/// Without a card to start from, the ambition.
pub fn nearest_card(board: &Board, from: Option<&CardId>, (dx, dy): (f64, f64)) -> Option<CardId> {
    let Some(origin) = from.and_then(|id| board.card(id)) else {
        return board.ambition().or(board.cards.first()).map(|c| c.id.clone());
    };
    let o = origin.centre();
    board
        .cards
        .iter()
        .filter(|c| c.id != origin.id)
        .filter_map(|c| {
            let p = c.centre();
            let (vx, vy) = (p.x - o.x, p.y - o.y);
            let ahead = vx * dx + vy * dy;
            let aside = (vx * dy - vy * dx).abs();
            (ahead > 0.0).then(|| (ahead + 2.0 * aside, c.id.clone()))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, id)| id)
}

fn direction(key: &str) -> (f64, f64) {
    match key {
        "ArrowLeft" => (-1.0, 0.0),
        "ArrowRight" => (1.0, 0.0),
        "ArrowUp" => (0.0, -1.0),
        _ => (0.0, 1.0),
    }
}

/// Runs a command. Returns `false` when it does not apply now, so that the
/// key keeps its usual meaning.
pub fn run(command: Command, key: &KeyPress, s: &AppState, visible: Rect, d: &UseReducerDispatcher<AppState>) -> bool {
    let a = s.lang.access();
    let say = |text: String| d.dispatch(Msg::Notify(Notice { text, error: false }));
    let one = (s.selected.len() == 1).then(|| s.selected.iter().next().cloned()).flatten();
    let link = |from: CardId, to: CardId| d.dispatch(Msg::Do(Action::AddLink(Link::new(LinkId(new_id("l")), from, to))));
    match command {
        Command::Undo => d.dispatch(Msg::Undo),
        Command::Redo => d.dispatch(Msg::Redo),
        Command::Delete => d.dispatch(Msg::DeleteSelection),
        Command::Edit | Command::LinkFrom if matches!(s.key_mode, Some(KeyMode::LinkFrom(_))) => {
            let Some(KeyMode::LinkFrom(from)) = s.key_mode.clone() else { return false };
            let Some(to) = one else {
                say(a.focus_a_card.to_owned());
                return true;
            };
            d.dispatch(Msg::SetKeyMode(None));
            link(from, to);
        }
        Command::Edit | Command::Move if s.key_mode == Some(KeyMode::Move) => {
            d.dispatch(Msg::SetKeyMode(None));
            say(a.put_down.to_owned());
        }
        Command::Edit => match one {
            Some(_) => d.dispatch(Msg::EditSelection),
            None => return false,
        },
        Command::Escape => {
            if s.dialog.is_some() {
                d.dispatch(Msg::OpenDialog(None));
            } else if let Some(mode) = &s.key_mode {
                d.dispatch(Msg::SetKeyMode(None));
                say(if *mode == KeyMode::Move { a.put_down } else { a.link_cancelled }.to_owned());
            } else if s.outline {
                d.dispatch(Msg::ToggleOutline);
            } else {
                d.dispatch(Msg::ClearSelection);
            }
        }
        Command::Arrow | Command::BigArrow if s.key_mode == Some(KeyMode::Move) => {
            let (dx, dy) = direction(&key.key);
            let step = if command == Command::BigArrow { BIG_STEP } else { STEP };
            let moves = selected_cards(&s.board, &s.selected).map(|c| (c.id.clone(), Point::new(c.x + dx * step, c.y + dy * step)));
            d.dispatch(Msg::Do(Action::MoveCards(moves.collect())));
            if let Some(card) = one {
                d.dispatch(Msg::View(ViewRequest::Reveal(card)));
            }
        }
        Command::Arrow => {
            let (dx, dy) = direction(&key.key);
            d.dispatch(Msg::FocusStep { dx, dy });
        }
        Command::BigArrow => return false,
        Command::Move => match s.selected.iter().next() {
            Some(card) => {
                d.dispatch(Msg::SetKeyMode(Some(KeyMode::Move)));
                say(fill(a.moving, &[("card", &card_name(&s.board, card, s.lang))]));
            }
            None => say(a.focus_a_card.to_owned()),
        },
        Command::LinkToAmbition => {
            let cards: Vec<CardId> = s.selected.iter().filter(|c| **c != CardId::ambition()).cloned().collect();
            if cards.is_empty() {
                say(a.focus_a_card.to_owned());
            }
            for card in cards {
                link(card, CardId::ambition());
            }
        }
        Command::LinkFrom => match one {
            Some(card) => {
                say(fill(a.linking_from, &[("card", &card_name(&s.board, &card, s.lang))]));
                d.dispatch(Msg::SetKeyMode(Some(KeyMode::LinkFrom(card))));
            }
            None => say(a.focus_a_card.to_owned()),
        },
        Command::AddParty => d.dispatch(Msg::Do(Action::AddParty(new_party(&s.board, s.lang)))),
        Command::Add(kind) => {
            if kind.belongs_to_party() && s.active_party.is_none() {
                say(s.lang.texts().add_party_first.to_owned());
                return true;
            }
            let spot = free_spot(&s.board, visible.centre(), CARD_SIZE);
            let card = new_card(kind, spot.offset(CARD_SIZE.width / 2.0, CARD_SIZE.height / 2.0), s.active_party.clone());
            let id = card.id.clone();
            d.dispatch(Msg::DoAndSelect(Action::AddCard(card), id.clone()));
            d.dispatch(Msg::Edit(Some(id)));
        }
        Command::Details => {
            if s.selected.is_empty() && s.selected_link.is_none() {
                say(a.focus_a_card.to_owned());
            } else {
                crate::platform::page::focus_first(".details-side input, .details-side select, .details-side textarea, .details-side button");
            }
        }
        Command::Menu => match one {
            Some(card) => d.dispatch(Msg::View(ViewRequest::Menu(card))),
            None => return false,
        },
        Command::Outline => d.dispatch(Msg::ToggleOutline),
        Command::Help => d.dispatch(Msg::OpenDialog(Some(Dialog::Help))),
        Command::ZoomIn => d.dispatch(Msg::View(ViewRequest::ZoomIn)),
        Command::ZoomOut => d.dispatch(Msg::View(ViewRequest::ZoomOut)),
        Command::ZoomFit => d.dispatch(Msg::View(ViewRequest::FitBoard)),
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{Card, CardKind};

    #[test]
    fn arrows_go_to_the_nearest_card_that_way() {
        let mut board = Board::new("t", "");
        let at = |id: &str, x, y| std::rc::Rc::new(Card::new(CardId(id.into()), CardKind::Fact, id, Point::new(x, y)));
        board.cards.push(at("right", 600.0, 0.0));
        board.cards.push(at("right-far-off", 400.0, 300.0));
        board.cards.push(at("below", 0.0, 400.0));
        let ambition = board.ambition().map(|c| c.id.clone());
        assert_eq!(nearest_card(&board, None, (1.0, 0.0)), ambition);
        let from = CardId("below".into());
        assert_eq!(nearest_card(&board, Some(&from), (0.0, -1.0)), ambition);
        assert_eq!(nearest_card(&board, Some(&from), (0.0, 1.0)), None);
        let from = CardId("right".into());
        assert_eq!(nearest_card(&board, Some(&from), (1.0, 0.0)), None);
        assert_eq!(nearest_card(&board, Some(&from), (0.0, 1.0)), Some(CardId("right-far-off".into())));
    }
}
