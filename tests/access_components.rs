//! Render tests for the parts that make the board usable by everyone: the
//! outline says every link in words, the help lists every shortcut in the
//! registry, and cards take the keyboard focus.

use ambition_map::app::components::help_dialog::HelpDialog;
use ambition_map::app::components::outline_view::OutlineView;
use ambition_map::app::shortcuts::SHORTCUTS;
use ambition_map::app::state::AppState;
use ambition_map::core::example::example_board;
use ambition_map::core::model::LinkMeaning;
use ambition_map::i18n::Lang;
use yew::prelude::*;
use yew::LocalServerRenderer;

#[derive(Properties, PartialEq)]
struct HostProps {
    lang: Lang,
    help: bool,
}

/// Gives the components under test a real dispatcher.
#[component]
fn Host(props: &HostProps) -> Html {
    let lang = props.lang;
    let state = use_reducer(move || AppState::new(example_board(lang), lang));
    if props.help {
        html! { <HelpDialog {lang} dispatch={state.dispatcher()} /> }
    } else {
        html! { <OutlineView board={state.board.clone()} {lang} dispatch={state.dispatcher()} /> }
    }
}

async fn render(lang: Lang, help: bool) -> String {
    LocalServerRenderer::<Host>::with_props(HostProps { lang, help }).hydratable(false).render().await
}

#[tokio::test]
async fn the_outline_lists_every_card_and_says_every_link_in_words() {
    let board = example_board(Lang::En);
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
