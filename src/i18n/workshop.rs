//! Messages for running the workshop: the guided steps with the chapter's
//! own questions, the check panel, the commitment matrix, focus, filter and
//! search, dot voting, the timer, arranging and presenting.

use super::Lang;

/// One step of the workshop: its name and the chapter's question for it.
#[derive(Debug)]
pub struct StepTexts {
    pub title: &'static str,
    pub prompt: &'static str,
}

#[derive(Debug)]
pub struct WorkshopTexts {
    pub steps_label: &'static str,
    pub steps: [StepTexts; 6],
    pub step_n: &'static str,
    pub close_prompt: &'static str,
    pub check_title: &'static str,
    pub all_met: &'static str,
    /// After the first gaps of a question on a large board: `{n}`.
    pub more_gaps: &'static str,
    pub coverage: &'static str,
    /// A party's cards, before it has any.
    pub no_cards_yet: &'static str,
    pub focus_party: &'static str,
    pub unfocus: &'static str,
    pub matrix: &'static str,
    pub matrix_title: &'static str,
    pub matrix_empty: &'static str,
    pub matrix_total: &'static str,
    /// Above the grid: how a cell is set.
    pub matrix_hint: &'static str,
    pub owner: &'static str,
    pub disputed: &'static str,
    pub recognised_by_all: &'static str,
    pub search: &'static str,
    pub search_placeholder: &'static str,
    pub matches: &'static str,
    pub filter: &'static str,
    pub show_kind: &'static str,
    pub voting: &'static str,
    pub start_voting: &'static str,
    pub stop_voting: &'static str,
    pub dots_per_participant: &'static str,
    pub participants: &'static str,
    pub participant_n: &'static str,
    pub dots_left: &'static str,
    /// Every participant has given their dots.
    pub everyone_voted: &'static str,
    /// Under the round's bar: how a dot is given.
    pub tap_to_vote: &'static str,
    pub vote_for: &'static str,
    pub take_vote_back: &'static str,
    /// More than one vote, or none: `{n}`.
    pub votes: &'static str,
    pub one_vote: &'static str,
    pub results: &'static str,
    pub no_votes: &'static str,
    pub clear_votes: &'static str,
    pub timer: &'static str,
    pub minutes: &'static str,
    pub start_timer: &'static str,
    pub stop_timer: &'static str,
    pub times_up: &'static str,
    pub arrange: &'static str,
    pub arranged: &'static str,
    pub present: &'static str,
    pub leave_presentation: &'static str,
    pub presentation_hint: &'static str,
    pub example_board: &'static str,
    pub example_opened: &'static str,
    pub more: &'static str,
}

pub static EN: WorkshopTexts = WorkshopTexts {
    steps_label: "Workshop steps",
    steps: [
        StepTexts { title: "Parties", prompt: "Who is at the table? Add every organisation that takes part, each with its own colour." },
        StepTexts {
            title: "Interests, wishes and goals",
            prompt: "Per party: what do you need to protect or gain, what would you like to see happen, and what are you aiming for yourselves?",
        },
        StepTexts {
            title: "Ambition",
            prompt: "Have you formulated a shared ambition that inspires? What do the parties want to go for together — the why? Link each party's interests to it.",
        },
        StepTexts {
            title: "Make it concrete",
            prompt: "How do you make the ambition, the larger goal, concrete enough? Which behaviour and which actions do we expect from each other? Who commits to what?",
        },
        StepTexts {
            title: "Facts and figures",
            prompt: "How do you make sure you have the right facts, figures (data) and substantiation? Which data do all parties recognise?",
        },
        StepTexts { title: "Check", prompt: "Go through the three central questions. What is still missing, and who picks it up?" },
    ],
    step_n: "Step {n}",
    close_prompt: "Hide the question",
    check_title: "The three questions",
    all_met: "All met.",
    more_gaps: "… and {n} more.",
    coverage: "{linked} of {total} linked to the ambition",
    no_cards_yet: "No cards yet",
    focus_party: "Focus on {name}",
    unfocus: "Show all parties",
    matrix: "Commitments",
    matrix_title: "Who commits to which action?",
    matrix_empty: "Add parties and actions to fill the matrix.",
    matrix_total: "Total",
    matrix_hint: "One click sets a party's commitment to an action; a second click on the same mark clears it (not asked).",
    owner: "owner",
    disputed: "Disputed",
    recognised_by_all: "Recognised by all",
    search: "Search cards",
    search_placeholder: "Search cards…",
    matches: "{n} found",
    filter: "Show kinds",
    show_kind: "Show {kind} cards",
    voting: "Dot voting",
    start_voting: "Start a voting round",
    stop_voting: "End the round",
    dots_per_participant: "Dots per participant",
    participants: "Participants",
    participant_n: "Participant {n}",
    dots_left: "{name}: {n} dots left",
    everyone_voted: "Everyone has voted",
    tap_to_vote: "Tap a card to give it a dot",
    vote_for: "Give a dot",
    take_vote_back: "Take a dot back",
    votes: "{n} votes",
    one_vote: "1 vote",
    results: "Results",
    no_votes: "No votes yet.",
    clear_votes: "Clear all votes",
    timer: "Timer",
    minutes: "Minutes",
    start_timer: "Start",
    stop_timer: "Stop",
    times_up: "Time is up",
    arrange: "Arrange",
    arranged: "The board is arranged: the ambition in the middle, each party in its own place, actions below and facts above.",
    present: "Present",
    leave_presentation: "Leave presentation",
    presentation_hint: "← → parties and questions · Esc leaves",
    example_board: "Example board",
    example_opened: "The example board is open: every figure in it is made up.",
    more: "More",
};

pub static NL: WorkshopTexts = WorkshopTexts {
    steps_label: "Stappen van de werksessie",
    steps: [
        StepTexts { title: "Partijen", prompt: "Wie zitten er aan tafel? Voeg elke organisatie toe die meedoet, elk met een eigen kleur." },
        StepTexts {
            title: "Belangen, wensen en doelen",
            prompt: "Per partij: wat moet je beschermen of winnen, wat zou je graag zien gebeuren, en waar streef je zelf naar?",
        },
        StepTexts {
            title: "Ambitie",
            prompt: "Hebben jullie een gezamenlijke ambitie geformuleerd die inspireert? Waar willen de partijen samen voor gaan — de why? Verbind de belangen van elke partij ermee.",
        },
        StepTexts {
            title: "Concreet maken",
            prompt: "Hoe maak je de ambitie, het grotere doel voldoende concreet? Welk gedrag en welke acties verwachten wij van elkaar? Wie committeert zich waaraan?",
        },
        StepTexts {
            title: "Feiten en cijfers",
            prompt: "Hoe zorg je dat jullie de juiste feiten, cijfers (data) en onderbouwingen hebben? Welke data erkennen alle partijen?",
        },
        StepTexts { title: "Toetsen", prompt: "Loop de drie centrale vragen langs. Wat ontbreekt nog, en wie pakt het op?" },
    ],
    step_n: "Stap {n}",
    close_prompt: "Vraag verbergen",
    check_title: "De drie vragen",
    all_met: "Alles voldaan.",
    more_gaps: "… en nog {n}.",
    coverage: "{linked} van {total} verbonden met de ambitie",
    no_cards_yet: "Nog geen kaarten",
    focus_party: "Focus op {name}",
    unfocus: "Alle partijen tonen",
    matrix: "Commitment",
    matrix_title: "Wie committeert zich aan welke actie?",
    matrix_empty: "Voeg partijen en acties toe om de matrix te vullen.",
    matrix_total: "Totaal",
    matrix_hint: "Eén klik zet de commitment van een partij aan een actie; nog een klik op hetzelfde teken wist hem (niet gevraagd).",
    owner: "eigenaar",
    disputed: "Betwist",
    recognised_by_all: "Door iedereen erkend",
    search: "Kaarten zoeken",
    search_placeholder: "Kaarten zoeken…",
    matches: "{n} gevonden",
    filter: "Soorten tonen",
    show_kind: "Kaarten van soort {kind} tonen",
    voting: "Stippen stemmen",
    start_voting: "Stemronde starten",
    stop_voting: "Ronde afsluiten",
    dots_per_participant: "Stippen per deelnemer",
    participants: "Deelnemers",
    participant_n: "Deelnemer {n}",
    dots_left: "{name}: nog {n} stippen",
    everyone_voted: "Iedereen heeft gestemd",
    tap_to_vote: "Tik op een kaart om er een stip op te zetten",
    vote_for: "Stip geven",
    take_vote_back: "Stip terugnemen",
    votes: "{n} stemmen",
    one_vote: "1 stem",
    results: "Uitslag",
    no_votes: "Nog geen stemmen.",
    clear_votes: "Alle stemmen wissen",
    timer: "Timer",
    minutes: "Minuten",
    start_timer: "Starten",
    stop_timer: "Stoppen",
    times_up: "De tijd is om",
    arrange: "Ordenen",
    arranged: "Het bord is geordend: de ambitie in het midden, elke partij op een eigen plek, acties eronder en feiten erboven.",
    present: "Presenteren",
    leave_presentation: "Presentatie verlaten",
    presentation_hint: "← → partijen en vragen · Esc verlaat",
    example_board: "Voorbeeldbord",
    example_opened: "Het voorbeeldbord is geopend: alle cijfers erin zijn verzonnen.",
    more: "Meer",
};

impl WorkshopTexts {
    /// A card's votes in words: "1 vote", "3 votes".
    pub fn vote_count(&self, n: u32) -> String {
        if n == 1 {
            self.one_vote.to_owned()
        } else {
            super::fill(self.votes, &[("n", &n.to_string())])
        }
    }
}

impl Lang {
    pub fn workshop(self) -> &'static WorkshopTexts {
        match self {
            Lang::En => &EN,
            Lang::Nl => &NL,
        }
    }
}
