//! Dutch: the app's first language. Plain words, short sentences (aim: B1), "je" form.
//! Facts come from `shared/content-brief.md`; every sentence is our own.

use super::Messages;

pub static NL: Messages = Messages {
    app_name: "Rugplan",
    skip_to_content: "Naar de inhoud",
    nav_label: "Hoofdmenu",
    nav_home: "Start",
    nav_ball: "Balmaat",
    nav_help: "Hulp nodig?",
    footer_disclaimer: "Rugplan geeft informatie en helpt je bewegen. Het stelt geen diagnose en \
        vervangt je huisarts of fysiotherapeut niet.",
    not_found_title: "Deze pagina bestaat niet",
    not_found_body: "De link klopt misschien niet helemaal.",
    not_found_link: "Naar de startpagina",
    document_title: "{page} · Rugplan",

    storage_unavailable: "Je browser laat Rugplan niets bewaren. Alles werkt gewoon, maar wat je \
        invult is weg als je de pagina sluit.",
    storage_full: "De opslag van je browser is vol. Wat je nu invult, wordt niet bewaard.",
    storage_did_not_stick: "Opslaan lukt niet in deze browser. Alles werkt gewoon, maar wat je \
        invult is weg als je de pagina sluit.",
    storage_newer: "Op dit apparaat staan gegevens van een nieuwere versie van Rugplan. Deze \
        versie laat ze met rust en bewaart niets. Herlaad de pagina om bij te werken.",
    storage_protected: "Eerder bewaarde gegevens konden niet gelezen worden. Rugplan laat ze \
        staan en bewaart daarom niets nieuws.",
    storage_kept_aside: "Eerder bewaarde gegevens waren beschadigd. We hebben ze apart bewaard en \
        niets weggegooid.",

    home_title: "Rugplan",
    home_lead: "Blijf bewegen met lage rugpijn, in je eigen tempo.",
    home_points: [
        "Rugpijn is vaak vervelend, maar meestal niet ernstig.",
        "Rustig blijven bewegen en langzaam opbouwen helpt de meeste mensen meer dan rust.",
        "Alles blijft op je eigen telefoon. Je hebt geen account nodig.",
    ],
    home_ball_link: "Welke maat oefenbal past bij mij?",
    home_ball_text: "Vul je lengte in en zie meteen de juiste bal.",
    home_help_link: "Wanneer moet ik naar de dokter?",
    home_help_text: "Signalen waarbij je beter niet afwacht.",

    ball_title: "Welke maat oefenbal?",
    ball_lead: "Vul je lengte in. Je ziet meteen welke bal bij je past.",
    ball_height_label: "Lengte",
    ball_height_hint: "In centimeters (172) of in meters (1,72).",
    ball_submit: "Bereken",
    ball_result_size: "{size} cm",
    ball_result_text: "Bij een lengte van {height} cm past meestal een bal van {size} cm.",
    ball_result_near: "Je zit dicht bij de grens met {other} cm. Probeer als het kan beide maten: \
        de zittest hieronder beslist.",
    ball_check_title: "Controleer het zittend",
    ball_check_steps: [
        "Ga rechtop op de opgepompte bal zitten, voeten plat op de grond.",
        "Je knieën zijn ongeveer 90 graden gebogen, of iets meer.",
        "Je heupen zijn net iets hoger dan je knieën.",
    ],
    ball_tip_title: "Tip",
    ball_tip_text: "Kies een bal met anti-burst. Komt er een gaatje in, dan loopt hij langzaam \
        leeg in plaats van te knappen. Pomp hem stevig op.",
    ball_source: "Bron: blog-oefeningen",
    ball_err_empty: "Vul je lengte in, bijvoorbeeld 172 of 1,72.",
    ball_err_too_long: "Dat is te veel tekst. Typ alleen je lengte, bijvoorbeeld 172.",
    ball_err_not_a_number: "Dat lezen we niet als lengte. Typ een getal, zoals 172 of 1,72.",
    ball_err_not_positive: "Een lengte is groter dan 0. Typ bijvoorbeeld 172.",
    ball_err_too_short: "Dat is korter dan {min} cm. Klopt je lengte? Typ bijvoorbeeld 172 of \
        1,72.",
    ball_err_too_tall: "Dat is langer dan {max} cm. Klopt je lengte? Typ bijvoorbeeld 172 of \
        1,72.",

    help_title: "Hulp nodig?",
    help_lead: "Rugpijn is meestal niet ernstig. Soms is snel hulp wel nodig. Lees deze \
        signalen rustig door.",
    help_urgent_title: "Bel vandaag je huisarts als je een van deze dingen merkt",
    help_urgent_signs: [
        "Een doof gevoel rond je geslachtsdelen, billen of de binnenkant van je bovenbenen.",
        "Sinds kort moeite met plassen, of je kunt je plas of ontlasting niet meer ophouden.",
        "Zwakte of een doof gevoel in allebei je benen, of krachtverlies dat erger wordt.",
        "Koorts of je ziek voelen, samen met de rugpijn.",
        "Rugpijn na een flinke val of een ongeluk.",
        "Afvallen zonder dat je weet waarom, of je hebt (gehad) kanker.",
        "Pijn die altijd blijft, niet verandert als je anders gaat liggen en 's nachts erger is.",
    ],
    help_urgent_action: "Is de praktijk dicht, bel dan de huisartsenpost. Bij levensgevaar bel je \
        112.",
    help_call_112: "Noodgeval: bel 112",
    help_soon_title: "Maak een afspraak bij je huisarts of fysiotherapeut als",
    help_soon_signs: [
        "de pijn uitstraalt naar één been, of je daar tintelingen, een doof gevoel of minder \
            kracht hebt;",
        "de klachten na 1 tot 3 weken nog duidelijk aanwezig zijn, of bewegen juist moeilijker \
            gaat;",
        "de klachten langer dan 6 tot 8 weken duren, of steeds terugkomen;",
        "je twijfelt over hoe je een oefening doet of opbouwt, of als je werk, sport of een \
            operatie extra vraagt.",
    ],
    help_soon_action: "Dit is niet spoedeisend. Je kunt gewoon blijven bewegen en oefenen.",
    help_note: "Rugplan stelt geen diagnose. Twijfel je? Bel dan je huisarts.",
    help_sources: "Bronnen: NHG-standaard lage rugpijn, praktijk, blog-oefeningen",
};
