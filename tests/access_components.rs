//! Render tests for the parts that make the board usable by everyone: the
//! outline says every link in words, the help lists every shortcut in the
//! registry, and cards take the keyboard focus.

use ambition_map::app::components::help_dialog::{help_dialog, HelpDialogProps};
use ambition_map::app::components::modal::Modal;
use ambition_map::app::components::outline_view::OutlineView;
use ambition_map::app::shortcuts::SHORTCUTS;
use ambition_map::app::Shared;
use ambition_map::core::example::example_board;
use std::rc::Rc;

use ambition_map::core::geometry::Point;
use ambition_map::core::model::{Board, Card, CardId, CardKind, Link, LinkId, LinkMeaning};
use ambition_map::i18n::Lang;
use yew::prelude::*;
use yew::LocalServerRenderer;

#[derive(Properties, PartialEq)]
struct HostProps {
    lang: Lang,
    help: bool,
    /// The board shown; the example when `None`.
    board: Option<Board>,
}

/// Draws the component under test; its messages go nowhere.
#[component]
fn Host(props: &HostProps) -> Html {
    let lang = props.lang;
    let board = Shared::from(props.board.clone().unwrap_or_else(|| example_board(lang.example())));
    if props.help {
        html! {
            <Modal class="wide help-dialog" title_id="help-title" on_close={Callback::noop()}>
                { help_dialog(&HelpDialogProps { lang, send: Callback::noop() }) }
            </Modal>
        }
    } else {
        html! { <OutlineView {board} {lang} send={Callback::noop()} /> }
    }
}

async fn render(lang: Lang, help: bool) -> String {
    render_board(lang, help, None).await
}

async fn render_board(lang: Lang, help: bool, board: Option<Board>) -> String {
    LocalServerRenderer::<Host>::with_props(HostProps { lang, help, board }).hydratable(false).render().await
}

#[tokio::test]
async fn the_outline_lists_every_card_and_says_every_link_in_words() {
    let board = example_board(Lang::En.example());
    let html = render(Lang::En, false).await;
    for party in &board.parties {
        assert!(html.contains(&format!("{}</h3>", party.name)), "party {}", party.name);
    }
    for card in &board.cards {
        assert!(html.contains(&format!("data-outline-card=\"{}\"", card.id.0)), "card {}", card.id.0);
    }
    let count = |m: LinkMeaning| board.links.iter().filter(|l| board.link_meaning(l) == m).count();
    assert_eq!(html.matches("serves the ambition").count(), count(LinkMeaning::Serves));
    assert!(html.matches("makes the ambition concrete").count() > 0);
    assert_eq!(html.matches("makes the ambition concrete").count(), count(LinkMeaning::Realises));
    assert_eq!(html.matches("substantiates “").count(), count(LinkMeaning::Substantiates));

    let dutch = render(Lang::Nl, false).await;
    assert!(dutch.contains("Het bord als overzicht"));
    assert_eq!(dutch.matches("dient de ambitie").count(), count(LinkMeaning::Serves));
}

#[tokio::test]
async fn the_outline_says_a_free_link_on_both_cards_and_a_meaning_on_its_start() {
    let mut board = Board::new("", "");
    let card = |id: &str, kind, text| Rc::new(Card::new(CardId(id.into()), kind, text, Point::default()));
    board.cards.push(card("i", CardKind::Interest, "Shared   pool"));
    board.cards.push(card("w", CardKind::Wish, "Bus line"));
    board.cards.push(card("f", CardKind::Fact, "Survey"));
    let mut free = Link::new(LinkId("l-1".into()), CardId("i".into()), CardId("w".into()));
    free.label = "needs".into();
    board.links.push(Rc::new(free));
    board.links.push(Rc::new(Link::new(LinkId("l-2".into()), CardId("f".into()), CardId("i".into()))));
    board.links.push(Rc::new(Link::new(LinkId("l-3".into()), CardId("f".into()), CardId("gone".into()))));
    let html = render_board(Lang::En, false, Some(board)).await;
    // Each card's entry: from its marker to the next card's.
    let entry = |id: &str| {
        let start = html.find(&format!("data-outline-card=\"{id}\"")).expect(id);
        let rest = &html[start + 1..];
        rest[..rest.find("data-outline-card=").unwrap_or(rest.len())].to_owned()
    };
    assert!(entry("i").contains("linked to “Bus line” (needs)"), "{}", entry("i"));
    assert!(!entry("i").contains("substantiates"));
    assert!(entry("w").contains("linked to “Shared pool” (needs)"), "{}", entry("w"));
    let fact = entry("f");
    assert!(fact.contains("substantiates “Shared pool”"), "{fact}");
    assert!(fact.contains("linked to “gone”"), "a link to a missing card names its id: {fact}");
    assert!(fact.find("substantiates").unwrap() < fact.find("linked to").unwrap(), "in link order: {fact}");
}

#[tokio::test]
async fn the_help_lists_every_shortcut_in_the_registry() {
    for lang in Lang::ALL {
        let html = render(lang, true).await;
        assert_eq!(html.matches("data-keys=").count(), SHORTCUTS.len());
        for s in SHORTCUTS {
            assert!(html.contains(&format!("data-keys=\"{}\"", s.keys.join(" "))), "{:?}", s.keys);
            let text = (s.describe)(lang.access()).replace('\'', "&#39;");
            assert!(html.contains(&text) || html.contains((s.describe)(lang.access())), "{text}");
        }
    }
}
