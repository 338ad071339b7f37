//! The words the exports write that the interface's catalogue
//! ([`crate::i18n`]) does not have, in Dutch and English. One [`Words`] value
//! per language, so the compiler refuses a table with a word missing.

use crate::i18n::Lang;

pub(crate) struct Words {
    pub interests: &'static str,
    pub wishes: &'static str,
    pub goals: &'static str,
    pub actions: &'static str,
    pub facts: &'static str,
    pub open_points: &'static str,
    pub no_open_points: &'static str,
    pub not_filled_in: &'static str,
    pub empty: &'static str,
    pub no_party_cards: &'static str,
    pub without_party: &'static str,
    pub no_actions: &'static str,
    pub no_facts: &'static str,
    pub all_parties: &'static str,
    pub nobody: &'static str,
    pub not_recognised_by: &'static str,
    pub disputed: &'static str,
}

pub(crate) fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &EN,
        Lang::Nl => &NL,
    }
}

static EN: Words = Words {
    interests: "Interests",
    wishes: "Wishes",
    goals: "Goals",
    actions: "Actions",
    facts: "Facts and figures",
    open_points: "Open points",
    no_open_points: "None.",
    not_filled_in: "(not filled in yet)",
    empty: "(empty)",
    no_party_cards: "No interests, wishes or goals yet.",
    without_party: "Without a party",
    no_actions: "No actions yet.",
    no_facts: "No facts or figures yet.",
    all_parties: "all parties",
    nobody: "nobody",
    not_recognised_by: "Not recognised by",
    disputed: "disputed",
};

static NL: Words = Words {
    interests: "Belangen",
    wishes: "Wensen",
    goals: "Doelen",
    actions: "Acties",
    facts: "Feiten en cijfers",
    open_points: "Open punten",
    no_open_points: "Geen.",
    not_filled_in: "(nog niet ingevuld)",
    empty: "(leeg)",
    no_party_cards: "Nog geen belangen, wensen of doelen.",
    without_party: "Zonder partij",
    no_actions: "Nog geen acties.",
    no_facts: "Nog geen feiten of cijfers.",
    all_parties: "alle partijen",
    nobody: "niemand",
    not_recognised_by: "Niet erkend door",
    disputed: "betwist",
};
