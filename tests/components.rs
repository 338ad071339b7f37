//! Component render tests: Yew's server renderer draws components to HTML
//! natively, so what a card or a link shows is checked without a browser.

use std::rc::Rc;

use std::collections::BTreeSet;

use ambition_map::app::components::board_layer::{BoardLayer, BoardLayerProps};
use ambition_map::app::components::card_view::{CardView, CardViewProps};
use ambition_map::app::components::vote_results::{vote_results, VoteResultsProps};
use ambition_map::core::lens::Lens;
use ambition_map::app::Shared;
use ambition_map::app::components::link_view::{LinkView, LinkViewProps};
use ambition_map::core::geometry::{Point, Rect};
use ambition_map::core::layout::{link_route, Route};
use ambition_map::core::model::{
    ActionStatus, Board, Card, CardId, CardKind, Commitment, Link, LinkId, LinkMeaning, Party, PartyId,
};
use ambition_map::i18n::Lang;
use yew::LocalServerRenderer;

async fn card_html(props: CardViewProps) -> String {
    LocalServerRenderer::<CardView>::with_props(props).hydratable(false).render().await
}

fn party() -> Party {
    Party::new(PartyId("p1".into()), "Gemeente", "#e9a23b")
}

fn props(card: Card, lang: Lang) -> CardViewProps {
    CardViewProps {
        card: Rc::new(card),
        party: None,
        owners: vec![],
        lang,
        selected: false,
        offset: (0.0, 0.0),
        editing: false,
        dimmed: false,
        found: false,
        disputed: false,
        my_votes: None,
        read_only: false,
    }
}

#[tokio::test]
async fn an_interest_shows_its_kind_party_and_text_with_readable_colours() {
    let card = Card::new(CardId("c1".into()), CardKind::Interest, "Leefbare dorpen", Point::new(10.0, 20.0))
        .with_party(PartyId("p1".into()));
    let mut p = props(card, Lang::Nl);
    p.party = Some(party());
    let html = card_html(p).await;
    assert!(html.contains(">Belang<"), "{html}");
    assert!(html.contains(">Gemeente<"), "{html}");
    assert!(html.contains(">Leefbare dorpen<"), "{html}");
    assert!(html.contains("--party: #e9a23b"), "{html}");
    // Light orange gets dark text.
    assert!(html.contains("--on-party: #111827"), "{html}");
    assert!(html.contains("translate(10px, 20px)"), "{html}");
}

async fn board_layer_html(sketch: bool, text: &str, selected: bool) -> String {
    let mut board = Board::new("Regio", "");
    board.parties.push(party());
    let card = Card::new(CardId("c1".into()), CardKind::Interest, text, Point::new(400.0, 20.0))
        .with_party(PartyId("p1".into()));
    board.cards.push(Rc::new(card));
    board.links.push(Rc::new(Link::new(LinkId("l1".into()), CardId("c1".into()), CardId::ambition())));
    let props = BoardLayerProps {
        board: Shared::from(board),
        selected: Rc::new(if selected { BTreeSet::from([CardId("c1".into())]) } else { BTreeSet::new() }),
        selected_link: None,
        editing: None,
        lang: Lang::Nl,
        drag: None,
        lens: Rc::new(Lens::default()),
        voting: None,
        read_only: false,
        sketch,
        area: None,
    };
    LocalServerRenderer::<BoardLayer>::with_props(props).hydratable(false).render().await
}

#[tokio::test]
async fn zoomed_far_out_the_board_is_blocks_in_their_colours_that_still_say_what_they_are() {
    // Not selected: the card is part of the picture, a block in its party's colour.
    let html = board_layer_html(true, "Leefbare dorpen", false).await;
    assert!(html.contains(r#"<svg class="sketch-cards" width="1" height="1" role="img" aria-label="1 kaart, klein getekend: zoom in om hem te lezen, of open het overzicht (O)">"#), "{html}");
    assert!(html.contains(r#"<path class="sketch-body" d="M400 20h240v150h-240z"/>"#), "{html}");
    assert!(html.contains(r#"<path class="sketch-band party" style="fill: #e9a23b" d="M400 20h240v60h-240z"/>"#), "{html}");
    assert!(!html.contains(r#"data-card="c1""#), "{html}");
    // The ambition stays a card of its own, named.
    assert!(html.contains(r#"class="card sketch ambition" data-card="ambition""#), "{html}");
    assert!(html.contains(r#"aria-label="Ambitie: ""#), "{html}");
    // No contents to lay out, and the links as one path without words.
    assert!(!html.contains("Leefbare dorpen"), "{html}");
    assert!(!html.contains("card-head"), "{html}");
    assert!(!html.contains("link-label"), "{html}");
    assert_eq!(html.matches("sketch-links").count(), 2, "{html}");
    assert!(!html.contains("data-link"), "{html}");
    // Selected (and so focused): a card of its own, focusable and named.
    let chosen = board_layer_html(true, "Leefbare dorpen", true).await;
    assert!(chosen.contains("card sketch interest has-party selected"), "{chosen}");
    assert!(chosen.contains("--party: #e9a23b"), "{chosen}");
    assert!(chosen.contains(r#"aria-label="Belang, Gemeente: Leefbare dorpen""#), "{chosen}");
    assert!(chosen.contains(r#"data-card="c1""#), "{chosen}");
    assert!(!chosen.contains("sketch-cards"), "{chosen}");
    // Zoomed in, the same board in full.
    let full = board_layer_html(false, "Leefbare dorpen", false).await;
    assert!(full.contains(">Leefbare dorpen<"), "{full}");
    assert!(full.contains(r#"data-link="l1""#), "{full}");
    assert!(!full.contains("sketch"), "{full}");
}

#[tokio::test]
async fn a_sketch_writes_card_text_as_text() {
    let html = board_layer_html(true, r#"<b onclick="x()">Bold</b> & 'so'"#, true).await;
    assert!(html.contains("&lt;b onclick=&quot;x()&quot;&gt;Bold&lt;/b&gt; &amp; &apos;so&apos;"), "{html}");
    assert!(!html.contains("<b"), "{html}");
}

#[tokio::test]
async fn a_dragged_card_is_drawn_at_its_offset() {
    let card = Card::new(CardId("c1".into()), CardKind::Fact, "x", Point::new(10.0, 20.0));
    let mut p = props(card, Lang::En);
    p.offset = (5.0, -20.0);
    let html = card_html(p).await;
    assert!(html.contains("translate(15px, 0px)"), "{html}");
}

#[tokio::test]
async fn an_action_shows_status_owners_and_commitments() {
    let mut card = Card::new(CardId("a1".into()), CardKind::Action, "Gezamenlijk plan", Point::default());
    card.status = Some(ActionStatus::InProgress);
    card.commitments.insert(PartyId("p1".into()), Commitment::Hesitant);
    card.commitments.insert(PartyId("p2".into()), Commitment::Committed);
    let mut p = props(card, Lang::En);
    p.owners = vec!["Gemeente".into(), "Board B".into()];
    let html = card_html(p).await;
    assert!(html.contains(">In progress<"), "{html}");
    assert!(html.contains(">Gemeente, Board B<"), "{html}");
    // A mark and a count on the card; the word in the tooltip and for screen readers.
    assert!(html.contains(r#"commit hesitant">?1<span class="visually-hidden"> Hesitant</span>"#), "{html}");
    assert!(html.contains(r#"commit committed">✓1<span class="visually-hidden"> Committed</span>"#), "{html}");
    assert!(html.contains(r#"title="Hesitant""#) && html.contains(r#"title="Committed""#), "{html}");
}

#[tokio::test]
async fn an_action_without_owner_and_a_fact_without_source_say_so() {
    let action = Card::new(CardId("a1".into()), CardKind::Action, "", Point::default());
    let html = card_html(props(action, Lang::En)).await;
    assert!(html.contains(">no owner<"), "{html}");
    assert!(html.contains("Double-click to write"), "{html}");
    let fact = Card::new(CardId("f1".into()), CardKind::Fact, "Prognose", Point::default());
    let html = card_html(props(fact, Lang::Nl)).await;
    assert!(html.contains(">geen bron<"), "{html}");
}

#[tokio::test]
async fn user_text_is_escaped_never_markup() {
    let card = Card::new(CardId("c1".into()), CardKind::Fact, "<script>alert(1)</script>", Point::default());
    let html = card_html(props(card, Lang::En)).await;
    assert!(!html.contains("<script>"), "{html}");
    assert!(html.contains("&lt;script&gt;"), "{html}");
}

/// Where the board places a link's words between two cards and nothing else.
fn words_at(from: Rect, to: Rect, label: &str) -> Option<Rect> {
    ambition_map::core::layout::label_spot(&Route::straight(from, to), label, &[from, to])
}

/// A "serves" link between two cards side by side.
async fn link_html(selected: bool, sketch: bool) -> String {
    let (from, to) = (Rect { x: 0.0, y: 0.0, width: 100.0, height: 50.0 }, Rect { x: 300.0, y: 0.0, width: 100.0, height: 50.0 });
    let props = LinkViewProps {
        id: "l1".into(),
        route: Route::straight(from, to),
        label_at: if sketch { None } else { words_at(from, to, "serves") },
        meaning: LinkMeaning::Serves,
        label: "serves".into(),
        selected,
        dimmed: false,
        sketch,
    };
    LocalServerRenderer::<LinkView>::with_props(props).hydratable(false).render().await
}

#[tokio::test]
async fn a_link_runs_edge_to_edge_and_says_what_it_means() {
    let html = link_html(true, false).await;
    assert!(html.contains("M 100 25 L 300 25"), "{html}");
    assert!(html.contains(">serves<"), "{html}");
    assert!(html.contains("link serves selected"), "{html}");
}

#[tokio::test]
async fn words_that_would_sit_under_close_cards_become_the_arrows_title() {
    let render = |gap: f64| {
        let (from, to) = (Rect { x: 0.0, y: 0.0, width: 100.0, height: 50.0 }, Rect { x: 100.0 + gap, y: 0.0, width: 100.0, height: 50.0 });
        let props = LinkViewProps {
            id: "l1".into(),
            route: Route::straight(from, to),
            label_at: words_at(from, to, "makes concrete"),
            meaning: LinkMeaning::Realises,
            label: "makes concrete".into(),
            selected: false,
            dimmed: false,
            sketch: false,
        };
        LocalServerRenderer::<LinkView>::with_props(props).hydratable(false).render()
    };
    let close = render(30.0).await;
    assert!(!close.contains("link-label"), "{close}");
    assert!(close.contains("<title>makes concrete</title>"), "{close}");
    let apart = render(300.0).await;
    assert!(apart.contains(">makes concrete</text>"), "{apart}");
    assert!(!apart.contains("<title>"), "{apart}");
}

#[tokio::test]
async fn a_link_bent_round_a_card_is_drawn_as_its_curve() {
    let (from, to) = (Rect { x: 0.0, y: 0.0, width: 100.0, height: 50.0 }, Rect { x: 600.0, y: 0.0, width: 100.0, height: 50.0 });
    let between = Rect { x: 250.0, y: -20.0, width: 200.0, height: 90.0 };
    let route = link_route(from, to, &[from, to, between]);
    let via = route.via.expect("bent round the card between");
    let props = LinkViewProps {
        id: "l1".into(),
        route,
        label_at: None,
        meaning: LinkMeaning::Serves,
        label: "serves".into(),
        selected: false,
        dimmed: false,
        sketch: false,
    };
    let html = LocalServerRenderer::<LinkView>::with_props(props).hydratable(false).render().await;
    let q = format!(" Q {} {} ", ambition_map::core::number::decimal(via.x, 1), ambition_map::core::number::decimal(via.y, 1));
    assert!(html.contains(&q), "{html}");
}

#[tokio::test]
async fn zoomed_far_out_a_link_is_the_arrow_alone() {
    let html = link_html(false, true).await;
    assert!(html.contains(r#"d="M 100 25 L 300 25" marker-end="url(#arrow)" class="link-line""#), "{html}");
    assert!(!html.contains("serves<"), "{html}");
    assert!(!html.contains("link-hit"), "{html}");
}

#[tokio::test]
async fn a_disputed_fact_with_votes_says_so_and_offers_a_dot_in_a_round() {
    let mut card = Card::new(CardId("f1".into()), CardKind::Fact, "Bouwkundige staat", Point::default());
    card.votes = 3;
    let mut p = props(card, Lang::Nl);
    p.disputed = true;
    p.my_votes = Some(1);
    let html = card_html(p).await;
    assert!(html.contains(">Betwist<"), "{html}");
    assert!(html.contains("3 stemmen"), "{html}");
    assert!(html.contains("data-vote=\"give\""), "{html}");
    assert!(html.contains("data-vote=\"take\""), "{html}");
    // One dot and the count, in the fact's foot.
    assert_eq!(html.matches("class=\"dot\"").count(), 1, "{html}");
    assert!(html.contains("<span class=\"vote-number\">3</span>"), "{html}");
}

#[derive(yew::Properties, PartialEq)]
struct ResultsHostProps {
    board: Board,
    lang: Lang,
}

/// Draws the vote results; their messages go nowhere.
#[yew::component]
fn ResultsHost(props: &ResultsHostProps) -> yew::Html {
    let (board, lang) = (Shared::from(props.board.clone()), props.lang);
    vote_results(&VoteResultsProps { board, lang, send: yew::Callback::noop() })
}

#[tokio::test]
async fn vote_results_list_the_ten_cards_with_most_dots_and_say_how_many_more() {
    let mut board = Board::new("", "");
    for i in 1..=12u32 {
        let mut card = Card::new(CardId(format!("c{i}")), CardKind::Wish, format!("Wish {i}"), Point::default());
        // Wish 12 ties with Wish 5: board order puts it after.
        card.votes = if i == 12 { 5 } else { i };
        board.cards.push(Rc::new(card));
    }
    let render = |lang| {
        LocalServerRenderer::<ResultsHost>::with_props(ResultsHostProps { board: board.clone(), lang }).hydratable(false).render()
    };
    let html = render(Lang::En).await;
    assert_eq!(html.matches("class=\"result\"").count(), 10, "{html}");
    let at = |name: &str| html.find(&format!(">{name}<")).unwrap_or_else(|| panic!("{name} missing: {html}"));
    for (more, fewer) in [("Wish 11", "Wish 10"), ("Wish 6", "Wish 5"), ("Wish 5", "Wish 12"), ("Wish 12", "Wish 4"), ("Wish 4", "Wish 3")] {
        assert!(at(more) < at(fewer), "{more} before {fewer}: {html}");
    }
    assert!(!html.contains(">Wish 1<") && !html.contains(">Wish 2<"), "the two with fewest dots are left out: {html}");
    assert!(html.contains("… and 2 more."), "{html}");
    let mut one = Card::new(CardId("one".into()), CardKind::Wish, "", Point::default());
    one.votes = 1;
    assert!(card_html(props(one.clone(), Lang::En)).await.contains("aria-label=\"1 vote\""));
    assert!(card_html(props(one, Lang::Nl)).await.contains("aria-label=\"1 stem\""));
    assert!(render(Lang::Nl).await.contains("… en nog 2."));
}

#[tokio::test]
async fn a_chosen_link_is_headed_by_its_meaning_or_its_own_words_never_link_link() {
    use ambition_map::app::components::inspector::{inspector, InspectorProps};
    #[derive(yew::Properties, PartialEq)]
    struct Host {
        board: Board,
    }
    /// Draws the details of the link "l1"; their messages go nowhere.
    #[yew::component]
    fn DetailsHost(props: &Host) -> yew::Html {
        inspector(&InspectorProps {
            board: Shared::from(props.board.clone()),
            selected: Rc::new(BTreeSet::new()),
            selected_link: Some(LinkId("l1".into())),
            lang: Lang::Nl,
            send: yew::Callback::noop(),
        })
    }
    let heading = |label: &str, from_kind: CardKind| {
        let mut board = Board::default();
        board.cards.push(Rc::new(Card::new(CardId("c1".into()), from_kind, "Fietsroutes", Point::new(0.0, 0.0))));
        board.cards.push(Rc::new(Card::new(CardId("c2".into()), CardKind::Goal, "Veilig", Point::new(400.0, 0.0))));
        let to = if from_kind == CardKind::Goal { CardId("c2".into()) } else { CardId::ambition() };
        board.links.push(Rc::new(Link::new(LinkId("l1".into()), CardId("c1".into()), to).with_label(label)));
        async move {
            let html = LocalServerRenderer::<DetailsHost>::with_props(Host { board }).hydratable(false).render().await;
            let start = html.find("<h2 class=\"panel-title\">").expect("a heading") + "<h2 class=\"panel-title\">".len();
            html[start..start + html[start..].find("</h2>").expect("closed")].to_owned()
        }
    };
    assert_eq!(heading("", CardKind::Interest).await, "Verbinding: dient");
    assert_eq!(heading("", CardKind::Goal).await, "Verbinding");
    assert_eq!(heading("hangt samen met", CardKind::Goal).await, "Verbinding: hangt samen met");
}
