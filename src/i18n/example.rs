//! The words of the example board (declining pupil numbers in a rural
//! region), in Dutch and English. Every figure, party and finding in them is
//! made up; the board itself is built in [`crate::core::example`].

use super::Lang;
use crate::core::example::{
    ExampleWords, ACTION_ENROLMENT, ACTION_LOCATIONS, ACTION_SUBSTITUTES, FACT_BUILDINGS, FACT_FORECAST,
};

pub static EN: ExampleWords = ExampleWords {
    title: "Example: declining pupil numbers in the region",
    challenge: "Declining pupil numbers in our rural region: the number of primary-school pupils is expected \
                to fall by about 20% in ten years.",
    ambition: "Every child in the region has a good school within reasonable travel distance.",
    parties: ["School board A", "School board B", "Municipality", "Special-needs partnership"],
    short_names: ["", "", "", ""],
    cards: [
        ("c-interest-a", "Keep our small village schools open"),
        ("c-wish-a", "Share teachers between village schools rather than close them"),
        ("c-interest-b", "A sound budget"),
        ("c-goal-b", "Modern, energy-efficient school buildings"),
        ("c-interest-municipality", "Liveable villages"),
        ("c-goal-municipality", "Safe cycle routes to every school"),
        ("c-interest-partnership", "Inclusive education close to home"),
        ("c-wish-partnership", "Extra support available at every school"),
        (ACTION_LOCATIONS, "A joint plan for school locations"),
        (ACTION_SUBSTITUTES, "A shared pool of substitute teachers"),
        (ACTION_ENROLMENT, "One enrolment calendar for the region"),
        (FACT_FORECAST, "Pupil forecast per village: about 20% fewer primary-school pupils in ten years"),
        (
            FACT_BUILDINGS,
            "Building condition survey: 5 of the 12 school buildings need major renovation within five years",
        ),
    ],
    sources: [
        (FACT_FORECAST, "The municipality's pupil forecast"),
        (FACT_BUILDINGS, "Survey commissioned by school board B"),
    ],
};

pub static NL: ExampleWords = ExampleWords {
    title: "Voorbeeld: leerlingdaling in de regio",
    challenge: "Leerlingdaling in onze plattelandsregio: het aantal leerlingen in het basisonderwijs daalt naar \
                verwachting met zo’n 20% in tien jaar.",
    ambition: "Elk kind in de regio heeft een goede school op redelijke reisafstand.",
    parties: ["Schoolbestuur A", "Schoolbestuur B", "Gemeente", "Samenwerkingsverband passend onderwijs"],
    // "SWV", as the partnerships are known in Dutch education.
    short_names: ["", "", "", "SWV"],
    cards: [
        ("c-interest-a", "Onze kleine dorpsscholen openhouden"),
        ("c-wish-a", "Leraren delen tussen dorpsscholen in plaats van scholen sluiten"),
        ("c-interest-b", "Een gezonde begroting"),
        ("c-goal-b", "Moderne, energiezuinige schoolgebouwen"),
        ("c-interest-municipality", "Leefbare dorpen"),
        ("c-goal-municipality", "Veilige fietsroutes naar elke school"),
        ("c-interest-partnership", "Inclusief onderwijs dicht bij huis"),
        ("c-wish-partnership", "Extra ondersteuning beschikbaar op elke school"),
        (ACTION_LOCATIONS, "Een gezamenlijk plan voor de schoollocaties"),
        (ACTION_SUBSTITUTES, "Een gezamenlijke invalpool"),
        (ACTION_ENROLMENT, "Eén aanmeldkalender voor de hele regio"),
        (FACT_FORECAST, "Leerlingenprognose per dorp: zo’n 20% minder basisschoolleerlingen over tien jaar"),
        (FACT_BUILDINGS, "Onderzoek naar de staat van de schoolgebouwen: 5 van de 12 gebouwen hebben binnen vijf jaar groot onderhoud nodig"),
    ],
    sources: [
        (FACT_FORECAST, "Leerlingenprognose van de gemeente"),
        (FACT_BUILDINGS, "Onderzoek in opdracht van schoolbestuur B"),
    ],
};

impl Lang {
    /// The example board's words in this language.
    pub fn example(self) -> &'static ExampleWords {
        match self {
            Lang::En => &EN,
            Lang::Nl => &NL,
        }
    }
}
