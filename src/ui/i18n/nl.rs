//! Dutch: the app's first language. Plain words, short sentences (aim: B1), "je" form.
//! Facts come from `shared/content-brief.md`; every sentence is our own.

use super::{
    BallTexts, CommonTexts, DiaryTexts, EduCard, ExerciseText, InfoTexts, Messages, PlanTexts,
    StretchText,
};

pub static NL: Messages = Messages {
    app_name: "Rugplan",
    skip_to_content: "Naar de inhoud",
    nav_label: "Hoofdmenu",
    nav_ball: "Balmaat",
    nav_help: "Hulp nodig?",
    footer_disclaimer: "Rugplan geeft informatie en helpt je bewegen. Het stelt geen diagnose en \
        vervangt je huisarts of fysiotherapeut niet.",
    footer_privacy: "Privacy en je gegevens",
    privacy_title: "Privacy en je gegevens",
    restored_text: "De back-up is teruggezet.",
    restored_undo: "Ongedaan maken",
    restored_keep: "Houden",
    reminder_text: "Je laatste back-up is meer dan twee weken oud. Download een nieuwe, dan \
        raak je je plan en dagboek niet kwijt.",
    reminder_link: "Naar back-up",
    ios_hint: "Tip: zet Rugplan op je beginscherm (tik op Deel en dan op 'Zet op \
        beginscherm'). Safari wist gegevens van websites die je 7 dagen niet opent; vanaf je \
        beginscherm gebeurt dat niet.",
    ios_hint_close: "Sluiten",
    not_found_title: "Deze pagina bestaat niet",
    not_found_body: "De link klopt misschien niet helemaal.",
    not_found_link: "Naar de startpagina",
    screen_loading: "Even laden…",
    screen_unavailable_title: "Dit scherm kon niet laden",
    screen_unavailable_body: "Het is nog niet op je telefoon bewaard en er is nu geen verbinding. Probeer het opnieuw zodra je online bent. Wat je hebt ingevuld blijft bewaard, en Hulp nodig? werkt altijd.",
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

    storage_changed_elsewhere: "Je gegevens zijn in een ander tabblad aangepast. Je ziet nu de \
        nieuwste versie.",
    storage_not_loaded: "Opslaan lukt nu niet: een deel van Rugplan staat nog niet op je \
        telefoon en er is geen verbinding. Wat je eerder bewaarde, blijft onaangeroerd. Probeer \
        het opnieuw zodra je online bent.",
    update_ready: "Er is een nieuwe versie van Rugplan.",
    update_reload: "Nu bijwerken",

    home_title: "Rugplan",
    home_lead: "Blijf bewegen met lage rugpijn, in je eigen tempo.",
    home_points: [
        "Rugpijn is vaak vervelend, maar meestal niet ernstig.",
        "Rustig blijven bewegen en langzaam opbouwen helpt de meeste mensen meer dan rust.",
        "Alles blijft op je eigen telefoon. Je hebt geen account nodig.",
    ],
    home_plan_link: "Maak je oefenplan",
    home_plan_text: "Een paar korte vragen, en je krijgt een plan met data dat rustig opbouwt.",
    home_today_link: "Naar vandaag",
    home_today_text: "Wat staat er vandaag op je plan?",
    home_ball_link: "Welke maat oefenbal past bij mij?",
    home_ball_text: "Vul je lengte in en zie welke bal bij je past.",
    home_help_link: "Wanneer moet ik naar de dokter?",
    home_help_text: "Signalen waarbij je beter niet afwacht.",

    ball_title: "Welke maat oefenbal?",

    help_title: "Hulp nodig?",
    help_lead: "Soms moet een arts snel naar je rug kijken. Hier lees je bij welke signalen, \
        en wat je dan doet.",

    help_group_titles: [
        "Bel meteen je huisarts bij een van deze klachten",
        "Bel vandaag je huisarts bij een van deze klachten",
        "Overleg eerst met je huisarts, voordat je gaat oefenen, als dit voor je geldt",
    ],
    help_red_flags: [
        "Een doof gevoel rond je geslachtsdelen, je billen of de binnenkant van je bovenbenen.",
        "Sinds kort moeite met plassen, of je kunt je plas of ontlasting niet goed meer \
            ophouden.",
        "Minder kracht of een doof gevoel in allebei je benen, of minder kracht die snel erger \
            wordt.",
        "Koorts, of je voelt je ziek, samen met de rugpijn.",
        "Rugpijn die begon na een flinke val of een ongeluk.",
        "Je hebt kanker, of je hebt het ooit gehad.",
        "Je slikt al lange tijd prednison of een ander middel met corticosteroïden. Of je hebt \
            botontkalking (osteoporose).",
        "Dit is de eerste keer dat je rugpijn hebt, en je bent ouder dan 50 of jonger dan 20.",
        "Je valt af en je weet niet waarom.",
        "De pijn is er altijd, verandert niet als je anders gaat liggen en is 's nachts erger.",
        "Je spuit drugs of deed dat vroeger. Of je afweer is zwak, door een ziekte of door \
            medicijnen.",
    ],
    help_group_actions: [
        "Bel meteen je huisarts. Buiten kantoortijd bel je de huisartsenpost. Bij levensgevaar \
            bel je 112.",
        "Bel vandaag nog je huisarts. Is de praktijk dicht? Bel dan de huisartsenpost. Bij \
            levensgevaar bel je 112.",
        "Maak een afspraak bij je huisarts en bespreek je rugpijn, voordat je met een \
            oefenplan begint.",
    ],
    help_call_112: "Noodgeval: bel 112",
    help_applies: "Dit geldt voor mij: zet mijn oefenplan stil",
    help_paused: "Je oefenplan staat stil. Op Vandaag zie je dit advies, tot je aangeeft dat het \
        is nagekeken.",
    help_soon_title: "Maak een afspraak bij je huisarts of fysiotherapeut als",
    help_soon_signs: [
        "de pijn uitstraalt naar één been, of je daar tintelingen, een doof gevoel of minder \
            kracht hebt;",
        "de klachten na 1 tot 3 weken nog duidelijk aanwezig zijn, of bewegen juist moeilijker \
            gaat;",
        "de klachten langer dan 6 weken duren, of steeds terugkomen;",
        "je twijfelt hoe je een oefening doet of opbouwt, of je werk, sport of een operatie \
            iets extra's van je vraagt;",
        "je rugpijn begon voor je 45e, en je rug 's ochtends meer dan een uur stijf is en \
            losser wordt als je beweegt, of de pijn vooral in de tweede helft van de nacht \
            komt.",
    ],
    help_soon_action: "Een oefenplan maken kan ook. Dit advies staat dan bij je plan.",
    help_note: "Rugplan stelt geen diagnose. Twijfel je? Bel dan je huisarts.",
    help_sources: "Bronnen: de NHG-standaard Lage rugpijn (de richtlijn voor huisartsen), een fysiotherapiepraktijk en een fysiotherapeut.",

    source: "Bron: {source}",

    nav_plan: "Plan",
    nav_today: "Vandaag",
    intake_title: "Jouw oefenplan",

    plan_title: "Mijn plan",
    plan_summary: "{weeks} weken, {days} dagen per week · {start} t/m {end}",

    today_title: "Vandaag",
    day_to_plan: "Naar mijn plan",

    nav_log: "Dagboek",

    summary_title: "Overzicht voor je fysiotherapeut",

    lang_switch_label: "Taal",
    lang_other_name: "English",
    lang_other_code: "en",

    nav_about: "Over",
    about_title: "Over Rugplan",
    first_visit_title: "Welkom bij Rugplan",
    first_visit_lines: [
        "Rugplan maakt een oefenplan dat stap voor stap opbouwt. Je vindt er ook de juiste \
            maat oefenbal en een dagboek voor je rug. Alles blijft op deze telefoon.",
        "Bovenaan elk scherm staat 'Hulp nodig?'. Daar lees je wanneer je hulp moet zoeken.",
    ],
    first_visit_ok: "Aan de slag",
};

pub static BALL: BallTexts = BallTexts {
    ball_lead: "Vul je lengte in en tik op ‘Bereken’. Dan zie je welke bal bij je past.",
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
    ball_source: "blog-oefeningen",
    ball_err_empty: "Vul je lengte in, bijvoorbeeld 172 of 1,72.",
    ball_err_too_long: "Dat is te veel tekst. Typ alleen je lengte, bijvoorbeeld 172.",
    ball_err_not_a_number: "Dat lezen we niet als lengte. Typ een getal, zoals 172 of 1,72.",
    ball_err_not_positive: "Een lengte is groter dan 0. Typ bijvoorbeeld 172.",
    ball_err_too_short: "Dat is korter dan {min} cm. Klopt je lengte? Typ bijvoorbeeld 172 of \
        1,72.",
    ball_err_too_tall: "Dat is langer dan {max} cm. Klopt je lengte? Typ bijvoorbeeld 172 of \
        1,72.",
};

pub static PLAN: PlanTexts = PlanTexts {
    stretches: [
        StretchText {
            name: "Knie naar je borst",
            how: "Lig op je rug met gebogen knieën. Trek met je handen één knie langzaam naar \
                je borst en houd 30 tellen vast. Laat langzaam zakken en doe dan het andere been.",
        },
        StretchText {
            name: "Bekken kantelen",
            how: "Maak je rug hol. Maak hem daarna plat door je onderbuik in te trekken en je \
                billen aan te spannen. Kan liggend, zittend, staand of op handen en knieën. Adem \
                in bij de holle rug en uit bij de platte rug.",
        },
        StretchText {
            name: "Onderrug draaien",
            how: "Lig op je rug met gebogen knieën. Laat beide knieën langzaam naar links zakken \
                en daarna naar rechts. Je schouders blijven op de grond.",
        },
        StretchText {
            name: "Buikspieren",
            how: "Lig op je rug met gebogen knieën. Reik met je vingers naar je knieën en houd \
                dat vol zolang het gaat. Ontspan een minuut en doe het nog eens.",
        },
        StretchText {
            name: "Rugspieren",
            how: "Lig op je buik met gestrekte armen en benen. Til armen en benen een stukje op \
                en houd dat vol zolang het gaat. Ontspan een minuut en doe het nog eens.",
        },
    ],
    activity_text: "Op een rustig tempo: je kunt er nog bij praten.",
    ball_exercises_tip: "Nieuw op de bal? Oefen dicht bij een muur of tafel, voor je evenwicht.",
    exercise_steps: "Zo doe je het",
    exercise_purpose: "Waarom",
    exercise_easier: "Lichter",
    exercise_harder: "Zwaarder",
    intake_progress: "Stap {n} van {total}",
    intake_back: "Vorige",
    intake_next: "Volgende",
    intake_make: "Maak mijn plan",
    safety_title: "Eerst even checken",
    safety_intro: "Drie korte vragen over signalen waarbij een arts eerst naar je rug moet \
        kijken. Kies bij elke vraag ja of nee.",
    safety_questions: [
        "Merk je nu een van deze dingen?",
        "Heb je nu een van deze klachten?",
        "Geldt een van deze dingen voor jou, nu of vroeger?",
    ],
    safety_unanswered: "Kies bij elke vraag ja of nee.",
    stop_titles: [
        "Bel meteen je huisarts",
        "Bel vandaag je huisarts",
        "Overleg eerst met je huisarts",
    ],
    stop_texts: [
        "Met deze klachten moet een arts zo snel mogelijk naar je kijken. Wacht daar niet mee. \
            Rugplan maakt nu geen oefenplan.",
        "Met deze klachten is het verstandig dat een arts vandaag naar je kijkt. Rugplan maakt \
            nu geen oefenplan.",
        "Bij deze dingen is het verstandig dat je huisarts eerst naar je rug kijkt. Heb je je rugpijn al \
            met je huisarts besproken? Dan kun je verder.",
    ],
    stop_gp_confirm: "Ik heb dit met mijn huisarts besproken",
    stop_back: "Terug naar de vragen",
    intake_err_weeks: "Kies hoeveel weken je plan duurt.",
    intake_err_activity: "Kies welke beweging je het liefst doet.",
    intake_err_ball: "Kies of je een oefenbal hebt.",
    intake_err_day_count: "Kies hoeveel dagen per week je wilt oefenen.",
    intake_err_duration: "Kies hoe lang je al klachten hebt.",
    day_paused_title: "Je oefenplan staat stil",
    day_paused_text: "Op {date} gaf je aan dat je een signaal uit Hulp nodig? hebt. Daarom \
        staan hier nu geen oefeningen.",
    day_paused_resume: "Het is nagekeken: toon mijn oefeningen weer",

    duration_title: "Je klachten",
    duration_question: "Hoe lang heb je al last van je rug?",
    duration_options: [
        "Korter dan 6 weken",
        "6 tot 12 weken",
        "Langer dan 12 weken",
        "Het komt steeds terug",
    ],
    advice_question: "Herken je iets hiervan?",
    advice_hint: "Niet verplicht. Herken je iets? Dan krijg je ook een plan, met een advies \
        erbij.",
    advice_options: [
        "Pijn die uitstraalt naar één been, of tintelingen, een doof gevoel of minder kracht \
            in dat been",
        "Na 1 tot 3 weken nog duidelijk klachten, of bewegen gaat juist moeilijker",
        "Klachten die langer dan 6 weken duren of steeds terugkomen",
        "Twijfel over oefenen of opbouwen, of extra eisen door werk, sport of een operatie",
        "Rugpijn die begon voor je 45e, met 's ochtends meer dan een uur een stijve rug die \
            losser wordt door bewegen, of pijn vooral in de tweede helft van de nacht",
    ],
    days_title: "Wanneer oefen je?",
    days_count_question: "Hoeveel dagen per week?",
    days_count_option: "{n} dagen",
    days_question: "Welke dagen?",
    days_wrong_count: "Kies precies {n} dagen.",
    ball_activity_title: "Bal en beweging",
    ball_question: "Heb je een oefenbal?",
    yes: "Ja",
    no: "Nee",
    ball_size_link: "Welke maat bal past bij mij?",
    activity_question: "Welke beweging vind je fijn?",
    start_title: "Start",
    start_question: "Wanneer begin je?",
    start_invalid: "Kies een datum.",
    weeks_question: "Hoeveel weken?",
    weeks_option: "{n} weken",
    plan_why_title: "Waarom zo?",
    plan_why_early: "Je klachten zijn nog vrij nieuw. Daarom begin je met de rustigste versie: een kleine heuphef bij het bruggetje, korter kniewiegen en 20 minuten bewegen. Eerst bouw je je dagelijkse activiteit en het soepel bewegen op. Daarna worden de krachtoefeningen stap voor stap zwaarder.",
    plan_why_long: "Je klachten bestaan al langer of komen terug. Daarom bouw je vanaf het begin stap voor stap op, ook met de krachtoefeningen.",
    plan_rule: "Elke week verandert er één ding. Je bouwt op volgens het schema, niet volgens de \
        pijn: moe worden of wat stijfheid mag.",
    plan_advice_title: "Laat je ook even nakijken",
    plan_advice_text: "Je gaf aan dat je iets hiervan herkent. Maak een afspraak bij je huisarts \
        of fysiotherapeut, en laat daar ook dit plan zien.",
    plan_week: "Week {n}",
    plan_week_dates: "{start} – {end}",
    plan_this_week: "deze week",
    plan_step_back_from: "Vanaf {date} een stap terug. {change}",
    plan_from_date: "Vanaf {date}:",
    plan_follow_on: "Bouw verder op dit plan",
    plan_follow_on_text: "Een nieuw plan dat begint waar je nu staat: dezelfde dagen, oefeningen en herhalingen. Je dagboek en je vinkjes blijven bewaard.",
    plan_follow_on_title: "Verder bouwen",
    plan_earlier_title: "Eerder plan: {start} tot {end}",
    plan_variants: "Zwaardere varianten in dit plan: {list}.",
    plan_variant_in_week: "{name}: {variant} (week {n})",
    plan_variants_later: "In dit plan blijven de varianten zoals ze zijn. Als je verder bouwt, komen er zwaardere.",
    plan_edit: "Plan aanpassen",
    plan_none: "Je hebt nog geen plan. Beantwoord een paar korte vragen en je krijgt een \
        oefenplan met data.",
    plan_make: "Maak een plan",
    plan_extras_title: "Extra oefeningen (niet verplicht)",
    plan_extras_text: "Fijn om tussendoor te doen, bijvoorbeeld als je stijf bent. Ze horen niet bij de opbouw.",
    plan_extras_stretch: "Rekken en losmaken",
    plan_extras_hold: "Buik- en rugspieren aanspannen",
    plan_session_done: "gedaan",
    plan_session_progress: "{done} van {total}",
    plan_progress_week: "Deze week: {done} van {total} oefendagen gedaan.",
    plan_progress_total: "Hele plan: {done} van {total}.",
    plan_day_with_activity: "met {activity}",
    plan_week_days: "Oefendagen",
    share_title: "Deel dit plan",
    share_text: "Met deze link krijgt iemand hetzelfde plan op een andere telefoon. Er gaat \
        niets mee over je klachten of je afvinklijst; wie de link opent, beantwoordt eerst zelf \
        de vragen van 'Eerst even checken'.",
    share_copy: "Kopieer link",
    share_copied: "Link gekopieerd.",
    share_link_label: "Link naar dit plan",
    day_rest: "Vandaag is een rustdag. Blijf wel bewegen: wandel een stukje en wissel vaak van \
        houding.",
    day_next: "Volgende oefendag: {date}.",
    day_not_started: "Je plan begint op {date}.",
    day_plan_over: "Je plan is klaar. Maak een nieuw plan om verder op te bouwen.",
    day_week: "Week {n}",
    day_all_done: "Alles gedaan voor vandaag.",
    day_all_done_next: "Alles gedaan. Noteer morgen in je dagboek hoe je rug voelt. Zo zie je of het niet te veel was.",
    day_tick_later: "Afvinken kan op de dag zelf.",
    day_mark_all: "Alles afvinken",
    day_done_label: "Gedaan",
    during_rule: "Moe worden mag. Scherpe pijn? Stop dan of doe de lichtere versie.",
    timer_start: "Start",
    timer_pause: "Pauze",
    timer_resume: "Verder",
    timer_reset: "Opnieuw",
    timer_done: "Klaar!",
    timer_label: "Nog {time}",
    log_prompt_before: "Hoe voelt je rug nu, vóór het oefenen? Noteer het even.",
    log_prompt_next_day: "Gisteren was een oefendag. Hoe voelt je rug vandaag?",
    log_prompt_check_now: "Het is nu meer dan 24 uur na je meting van vóór het oefenen. Hoe voelt je rug nu? Vul het in.",
    log_prompt_check_later: "Je rug voelde slechter, maar het was nog geen 24 uur na het oefenen. Kijk {when} opnieuw hoe je rug voelt, en vul het dan in.",

    plan_print: "Afdrukken",
    plan_week_exercises: "Oefeningen en doses deze week",
    plan_print_hint: "Druk je hele plan af op A4, voor op de koelkast of voor je \
        fysiotherapeut.",

    ics_title: "In je agenda",
    ics_text: "Download een agendabestand met je oefendagen: de agenda op je telefoon \
        herinnert je eraan, en er wordt niets verstuurd. Pas je je plan aan, download het dan \
        opnieuw; de afspraken worden dan bijgewerkt en niet dubbel gezet.",
    ics_all_day: "Hele dag",
    ics_timed: "Op een vaste tijd",
    ics_time_label: "Tijd",
    ics_download: "Download agendabestand (.ics)",
    ics_err_time: "Vul een tijd in als uu:mm, bijvoorbeeld 08:30.",
    ics_done: "Open het gedownloade bestand om je oefendagen in je agenda te zetten.",
    ics_event_summary: "Rugplan: oefenen",
    ics_event_summary_activity: "Rugplan: oefenen en {minutes} min {activity}",
    ics_event_week: "Week {n} van je plan",
    ics_reminder: "Tijd voor je rugoefeningen",
    figure_exercises: [
        &["Tekening: je ligt op je rug met je knieën omhoog. Je knieën wiegen een klein stukje naar links en naar rechts."],
        &["Tekening: je zit op een stoel. Je romp kantelt een klein beetje naar links en naar rechts."],
        &[
            "Tekening: je ligt op je rug met gebogen knieën. Je tilt je bekken een klein stukje op en laat het weer zakken.",
            "Tekening: je ligt op je rug met gebogen knieën. Je tilt je bekken op tot schouders, heupen en knieën op één lijn liggen, en laat het weer zakken.",
            "Tekening: je ligt op je rug met je voeten op een laag opstapje. Je tilt je bekken op en laat het weer zakken.",
        ],
        &[
            "Tekening: je zit op handen en knieën. Je strekt je rechterarm naar voren en houdt vast, daarna je linkerarm.",
            "Tekening: je zit op handen en knieën. Je strekt je rechterarm en je linkerbeen uit en houdt vast, daarna je linkerarm en je rechterbeen.",
        ],
        &["Tekening: je zit op de bal. Je bekken schuift een klein stukje naar links en naar rechts."],
        &["Tekening: je zit op de bal, van opzij gezien. Je onderrug wordt afwisselend een beetje bol en een beetje hol."],
        &[
            "Tekening: je knielt voor de bal en leunt met je onderarmen op de bal. Je knieën staan dicht bij de bal. Je houdt je romp stil.",
            "Tekening: je knielt met je knieën verder naar achteren en leunt met je onderarmen op de bal. Knieën, heupen en schouders op één lijn. Je houdt je romp stil.",
        ],
        &[
            "Tekening: je staat met de bal tussen je onderrug en de muur. Je zakt een klein stukje door je knieën en komt weer omhoog.",
            "Tekening: je staat met de bal tussen je onderrug en de muur. Je zakt dieper door je knieën, tot halverwege, en komt weer omhoog.",
        ],
    ],
    figure_stretches: [
        "Tekening: je ligt op je rug. Je trekt je rechterknie naar je borst en houdt vast.",
        "Tekening: je zit op handen en knieën. Je rug wordt afwisselend hol en bol.",
        "Tekening: je ligt op je rug, gezien vanaf je voeten. Je knieën zakken samen naar links en naar rechts.",
        "Tekening: je ligt op je rug met gebogen knieën. Je tilt je hoofd en schouders op en reikt naar je knieën.",
        "Tekening: je ligt op je buik. Je tilt je armen en benen een stukje op en houdt vast.",
    ],
    figure_activity: "Tekening: iemand die loopt.",
    guided_start: "Oefen samen met de app",
    guided_title: "Samen oefenen",
    guided_step: "Oefening {n} van {total}",
    guided_set: "Ronde {n} van {total}",
    guided_rep: "Herhaling {n} van {total}",
    guided_rep_side: "Herhaling {n} van {total}, links en rechts",
    guided_key_step: "Let op",
    guided_pace_start: "Start de tellen",
    guided_pace_pause: "Pauze",
    guided_set_done: "Deze ronde is klaar.",
    guided_rest: "Even rust",
    guided_rest_length: "Rust tussen de rondes: {time}",
    guided_rest_shorter: "Korter rusten",
    guided_rest_longer: "Langer rusten",
    guided_rest_skip: "Verder zonder rust",
    guided_exercise_done: "Klaar met deze oefening",
    guided_back: "Vorige",
    guided_next: "Volgende",
    guided_skip: "Overslaan",
    guided_done_title: "Klaar voor vandaag",
    guided_done_text: "Je hebt alle oefeningen van vandaag gehad. Hoe voelt je rug nu? Schrijf het op, dan zie je later hoe het gaat.",
    guided_diary_link: "Schrijf op hoe je rug voelt",
    guided_no_session: "Vandaag staan er geen oefeningen op je plan.",
};

pub static DIARY: DiaryTexts = DiaryTexts {
    log_title: "Hoe gaat het met je rug?",
    log_lead: "Noteer op oefendagen hoe je rug voelt vóór het oefenen, en de dag erna nog een \
        keer. Zo zie je hoe het gaat, en kun je je plan een stap terugzetten als het te veel was.",
    log_new: "Nieuwe notitie",
    log_edit: "Notitie aanpassen",
    log_date: "Datum",
    log_moment: "Wanneer is dit?",
    log_moments: ["Voor het oefenen", "De dag na het oefenen", "Ander moment"],
    log_compared: "Vergeleken met vóór het oefenen gaat het",
    log_compared_earlier: "Vóór het oefenen op {date} gaf je een {score}.",
    log_err_compared: "Kies of het beter, hetzelfde of slechter gaat dan vóór het oefenen.",
    log_compared_options: ["beter", "hetzelfde", "slechter"],
    log_score: "Hoeveel pijn heb je nu?",
    log_score_hint: "0 = geen pijn, 10 = de ergste pijn die je je kunt voorstellen.",
    log_stiff: "Mijn rug voelt stijf",
    log_during: "Hoe ging het oefenen?",
    log_during_options: ["Goed", "Vermoeiend", "Scherpe pijn"],
    log_which_exercise: "Bij welke oefening?",
    log_exercise_unknown: "Weet ik niet",
    log_note: "Notitie (niet verplicht)",
    log_note_count: "{n} van {max} tekens",
    log_save: "Opslaan",
    log_cancel: "Annuleren",
    log_saved: "Opgeslagen.",
    log_err_score: "Kies een pijnscore van 0 tot 10.",
    log_err_future: "Die datum ligt in de toekomst. Kies vandaag of een eerdere dag.",
    log_err_note: "De notitie is te lang: {n} tekens, er passen er {max}.",
    log_err_date: "Kies een datum.",
    log_history: "Verloop",
    log_ranges: ["7 dagen", "30 dagen", "90 dagen", "Alles"],
    log_range_label: "Periode",
    log_chart_title: "Pijnscores van {from} tot en met {to}",
    log_chart_desc: "Lijn: pijnscore per notitie (0 tot 10). Streepjes onderaan: oefendagen. \
        Stippellijn: een stap terug in je plan.",
    log_chart_empty: "Nog geen notities in deze periode.",
    log_table: "Toon als tabel",
    log_col_date: "Datum",
    log_col_score: "Pijn",
    log_col_moment: "Moment",
    log_col_stiff: "Stijf",
    log_col_during: "Oefenen",
    log_col_exercise: "Oefening",
    log_col_note: "Notitie",
    log_col_time: "Tijd",
    log_entries: "Je notities",
    log_none: "Nog geen notities.",
    log_more: "Toon meer",
    log_change: "Aanpassen",
    log_delete: "Verwijderen",
    log_deleted: "Notitie verwijderd.",
    log_undo: "Ongedaan maken",
    log_export_csv: "Download als CSV",
    log_summary_link: "Overzicht voor je fysiotherapeut",
    log_legend_training: "oefendag",
    log_legend_step_back: "stap terug",

    finding_step_back_title: "Een stap terug?",
    finding_step_back_text: "Na het oefenen op {session} voelde je rug een dag later slechter \
        (pijn {before} daarvoor, {after} daarna).",
    finding_step_back_rule: "Wat stijfheid tot de volgende dag is normaal. Blijft het langer \
        dan een dag slechter, dan is het verstandig een stap terug te doen: de laatste \
        verzwaring gaat eraf en je houdt dat niveau een week vast. Jij beslist.",
    finding_accept: "Neem een stap terug",
    finding_decline: "Nu niet",
    finding_accepted: "Je plan is een stap teruggezet, vanaf {date}. {change}",
    finding_accepted_after_end: "Dit was de laatste oefendag van je plan. Bouw je verder, dan begint je nieuwe plan een stap lichter.",
    finding_check_again: "Je rug voelt slechter dan vóór het oefenen. Het is nog geen 24 uur later, dus het is te vroeg om te zeggen of het een stap terug vraagt. Kijk {when} opnieuw hoe je rug voelt, en vul het dan hier in.",
    finding_check_now: "Het is nu meer dan 24 uur na je meting van vóór het oefenen. Hoe voelt je rug nu? Vul het hieronder in, bij ‘De dag na het oefenen’.",
    finding_sharp_title: "Scherpe pijn bij het oefenen",
    finding_sharp_text: "Stop met een oefening die scherpe pijn geeft, of doe de volgende keer \
        de lichtere versie. Moe worden mag; steken of kramp niet.",
    finding_sharp_easier: "{name}, lichter: {easier}",
    finding_professional_title: "Laat je rug eens nakijken",
    finding_professional_text: "Je hebt al een tijd klachten. Maak een afspraak bij je \
        huisarts of fysiotherapeut; neem dit dagboek gerust mee.",
    finding_understood: "Begrepen",
    yes_word: "ja",
    summary_print: "Afdrukken",
    summary_period: "{n} notities van {from} tot en met {to}.",
    summary_plan: "Oefenplan",
    summary_no_plan: "Geen oefenplan.",
    summary_weeks: "Pijn per week",
    summary_col_week: "Week van",
    summary_col_avg: "Gemiddeld",
    summary_col_range: "Laagste – hoogste",
    summary_col_count: "Notities",
    summary_step_backs: "Stappen terug in het plan",
    summary_sharp: "Scherpe pijn bij het oefenen",
    summary_notes: "Notities",
    summary_none: "Geen.",
    summary_disclaimer: "Gemaakt met Rugplan. Rugplan stelt geen diagnose; dit overzicht is \
        wat de gebruiker zelf heeft genoteerd.",
};

pub static INFO: InfoTexts = InfoTexts {
    privacy_points: [
        "Alles wat je invult (je plan, wat je afvinkt, je dagboek en je lengte) blijft in de \
            opslag van deze browser, op dit apparaat.",
        "Rugplan stuurt niets naar een server. Er is geen account, geen tracking en er zijn \
            geen cookies.",
        "Iedereen die deze telefoon gebruikt, kan je gegevens zien. Je kunt ze hieronder wissen.",
        "Je browser kan opgeslagen gegevens zelf wissen, bijvoorbeeld als de opslag vol is of \
            als je de site lang niet hebt geopend.",
    ],
    delete_title: "Alles wissen",
    delete_button: "Wis al mijn gegevens",
    delete_confirm: "Weet je het zeker? Je plan, wat je hebt afgevinkt, je dagboek en je \
        lengte worden van dit apparaat gewist. Dat kan niet ongedaan worden gemaakt.",
    delete_yes: "Ja, wis alles",
    delete_no: "Annuleren",
    delete_failed: "Wissen lukte niet: je browser geeft geen toegang tot de opslag.",
    aside_title: "Apart bewaarde gegevens",
    aside_text: "Deze gegevens konden niet gelezen worden en zijn apart bewaard, precies zoals \
        ze waren. Download ze als je ze wilt bewaren of aan iemand wilt laten zien.",
    aside_download: "Download {name}",
    persist_yes: "Je browser heeft toegezegd je gegevens te bewaren.",
    persist_no: "Je browser heeft niet toegezegd dat hij je gegevens altijd bewaart. Maak daarom af en toe een back-up.",

    edu_title: "Goed om te weten",
    edu_intro: "Korte feiten uit folders en artikelen over lage rugpijn, elk met de bron erbij.",
    edu_cards: [
        EduCard {
            title: "Rugpijn is meestal niet ernstig",
            text: "Lage rugpijn komt veel voor. Bij ongeveer 90 tot 95 van de 100 mensen is er \
                geen schade of ernstige ziekte. Pijn betekent dus niet vanzelf dat er iets kapot \
                is.",
            source: "praktijk",
        },
        EduCard {
            title: "Vaak binnen een paar weken minder",
            text: "Bij 60 tot 90 van de 100 mensen nemen de klachten binnen een paar weken af.",
            source: "praktijk",
        },
        EduCard {
            title: "Blijf bewegen",
            text: "Blijf in beweging en pak je gewone bezigheden stap voor stap weer op. \
                Platliggen of met alles stoppen maakt het herstel juist langzamer.",
            source: "leaflet-beweging, praktijk, mumc-folder, blog-beweging",
        },
        EduCard {
            title: "Beweeg ontspannen",
            text: "Beweeg rustig en met vertrouwen. Als je heel voorzichtig beweegt, spannen je \
                spieren zich juist aan.",
            source: "leaflet-beweging",
        },
        EduCard {
            title: "Spierpijn is meestal geen schade",
            text: "Spierpijn na het oefenen betekent meestal dat je lichaam aan de beweging went, \
                en niet dat er iets beschadigd is.",
            source: "leaflet-beweging",
        },
        EduCard {
            title: "Hoeveel je beweegt, telt het meest",
            text: "Hoeveel je beweegt is belangrijker dan hoe. Speciale rompoefeningen zijn niet \
                beter dan ander bewegen, dus kies wat je leuk vindt: wandelen, hardlopen, \
                fietsen, zwemmen, kracht- of fitnesstraining. Probeer elke dag minstens 30 \
                minuten te bewegen.",
            source: "leaflet-beweging",
        },
        EduCard {
            title: "Opbouwen volgens plan, niet volgens pijn",
            text: "Bouw je activiteit op volgens een vast schema, bijvoorbeeld elke week wat \
                langer, en niet volgens hoeveel pijn je voelt. Zo werkt je plan in Rugplan ook: \
                elke week één kleine stap.",
            source: "praktijk",
        },
        EduCard {
            title: "Gezond leven helpt",
            text: "Slaap genoeg, probeer stress te verminderen, eet op vaste tijden, rook niet en \
                let op een gezond gewicht. Wissel vaak van houding en zit of sta niet lang stil.",
            source: "praktijk, blog-beweging, mumc-folder",
        },
        EduCard {
            title: "Warmte",
            text: "Sommige mensen houden hun onderrug graag warm en trekken na sport of zwaar \
                werk snel droge kleren aan. Warmte kan je spieren helpen ontspannen.",
            source: "mumc-folder, blog-beweging",
        },
        EduCard {
            title: "Weer aan het werk",
            text: "Ga stap voor stap weer aan het werk. Denk aan kortere dagen, extra pauzes of \
                een tijdje minder zwaar werk.",
            source: "praktijk",
        },
        EduCard {
            title: "Nieuwe of langdurige pijn",
            text: "Nieuwe en langdurige rugpijn vragen iets anders. In het begin helpen rustige, \
                soepele bewegingen, en til je de eerste dagen niet zwaar. Bij langdurige pijn \
                helpt training die steeds iets zwaarder wordt, met aandacht voor angst om te \
                bewegen.",
            source: "blog-beweging",
        },
        EduCard {
            title: "Wat oefenen oplevert",
            text: "Gemiddeld geeft oefenen een kleine tot middelgrote winst: wat minder pijn en \
                je kunt meer doen. Regelmatig oefenen en goed opbouwen zijn belangrijker dan \
                welke oefening je kiest. Een wondermiddel is het niet.",
            source: "blog-oefeningen",
        },
    ],
    backup_title: "Back-up",
    backup_text: "Download al je gegevens in één bestand en bewaar het op een plek waar alleen \
        jij bij kunt. Het bevat je dagboek, dus deel het alleen met wie je vertrouwt.",
    backup_download: "Download back-up",
    backup_done: "De back-up is gedownload als {name}. Je vindt hem bij je downloads.",
    restore_title: "Back-up terugzetten",
    restore_label: "Kies een back-up-bestand",
    restore_hint: "Een .json-bestand dat je eerder met Rugplan hebt gedownload.",
    restore_preview_title: "Wat er in deze back-up staat",
    restore_preview_exported: "Gemaakt op {date}.",
    restore_preview_plan: "Een oefenplan vanaf {date}.",
    restore_preview_no_plan: "Geen oefenplan.",
    restore_preview_entries: "{n} dagboeknotities van {from} tot en met {to}.",
    restore_preview_no_entries: "Geen dagboeknotities.",
    restore_preview_ticks: "Afgevinkt op {n} dagen.",
    restore_preview_ticks_one: "Afgevinkt op 1 dag.",
    restore_preview_height: "Lengte: {n} cm.",
    restore_current_title: "Wat er nu op dit apparaat staat (wordt vervangen)",
    restore_warning: "Je huidige gegevens op dit apparaat worden hierdoor vervangen. Daarna \
        kun je dat nog ongedaan maken.",
    restore_confirm: "Zet deze back-up terug",
    restore_err_big: "Dit bestand is te groot voor een back-up van Rugplan.",
    restore_err_json: "Dit bestand kan Rugplan niet lezen.",
    restore_err_not: "Dit is geen back-up van Rugplan.",
    restore_err_newer: "Deze back-up komt uit een nieuwere versie van Rugplan. Werk de app \
        eerst bij.",
    restore_err_record: "Een deel van deze back-up is beschadigd. Er is niets veranderd.",
    restore_err_failed: "Terugzetten lukte niet. Je gegevens zijn niet veranderd.",
};

pub static COMMON: CommonTexts = CommonTexts {
    weekdays_short: ["ma", "di", "wo", "do", "vr", "za", "zo"],
    weekdays_long: [
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
    ],
    months_short: [
        "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ],
    date_short: "{weekday} {day} {month}",
    date_long: "{weekday} {day} {month} {year}",
    moment_today: "vandaag vanaf {time}",
    moment_tomorrow: "morgen vanaf {time}",
    moment_on: "vanaf {date}, {time}",
    source_names: [
        "folder ‘Bewegen en lage rugpijn’",
        "website van een fysiotherapiepraktijk",
        "folder over lage rugpijn van de orthopedie, Maastricht UMC+",
        "blog ‘Rugpijn? Bewegen is de sleutel’",
        "blog ‘Lage rugpijn: welke oefeningen moet ik doen?’ van fysiotherapeut Mike Willems",
    ],
    dose_sets: "{sets} × {amount}",
    dose_reps: "{reps}",
    dose_reps_side: "{reps} per kant",
    time_seconds: "{s} s",
    time_minutes: "{m} min",
    time_minutes_seconds: "{m} min {s} s",
    dose_activity: "{minutes} min {activity}",
    decimal_separator: ",",
    list_separator: "; ",

    exercises: [
        ExerciseText {
            name: "Kniewiegen op je rug",
            steps: &[
                "Adem rustig in en uit.",
                "Laat je knieën een klein stukje naar links en naar rechts wiegen. Je onderrug \
                    beweegt zacht mee.",
                "Wissel af met kleine kantelingen van je bekken, op het ritme van je adem.",
            ],
            purpose: "Spierspanning loslaten en weer vertrouwen krijgen in bewegen.",
            easier: "Maak de beweging nog kleiner, of lig alleen rustig te ademen.",
            harder: "Wieg iets verder uit, zolang het prettig blijft.",
            levels: &["kniewiegen"],
        },
        ExerciseText {
            name: "Kleine bewegingen op een stoel",
            steps: &[
                "Zit rechtop op een stevige stoel, met een klein holletje in je onderrug.",
                "Kantel je romp een heel klein beetje naar links en naar rechts.",
                "Blijf doorademen. Houd je nek en schouders los.",
            ],
            purpose: "Traint de diepe rompspieren in een houding die je elke dag gebruikt.",
            easier: "Maak de beweging kleiner en laat je handen op je bovenbenen rusten.",
            harder: "Houd het langer vol, tot een minuut per keer.",
            levels: &["op een stoel"],
        },
        ExerciseText {
            name: "Bruggetje",
            steps: &[
                "Trek je ribben zacht naar beneden.",
                "Til je bekken op tot schouders, heupen en knieën op één lijn liggen.",
                "Kom in 2 tellen omhoog, houd 2 tellen vast en zak in 2 tellen weer.",
            ],
            purpose: "Sterkere bilspieren en meer controle over je bekken.",
            easier: "Til je bekken maar een klein stukje op.",
            harder: "Zet je voeten op een laag opstapje, of doe het op één been.",
            levels: &["kleine heuphef", "hele brug", "voeten op een laag opstapje"],
        },
        ExerciseText {
            name: "Vierpoot",
            steps: &[
                "Houd je rug recht, niet hol en niet bol.",
                "Strek één arm óf één been uit en houd dat 3 tellen vast.",
                "Houd je romp stil en wissel van kant.",
            ],
            purpose: "Betere coördinatie en een stabiele romp bij bukken, tillen en draaien.",
            easier: "Schuif je hand of knie maar een klein stukje naar voren of naar achteren.",
            harder: "Strek tegelijk een arm en het been aan de andere kant uit.",
            levels: &["arm óf been", "arm en ander been samen"],
        },
        ExerciseText {
            name: "Wiegen en cirkels op de bal",
            steps: &[
                "Zit midden op de bal, voeten stevig op de grond.",
                "Wieg je knieën een klein beetje naar links en naar rechts. Adem rustig door.",
                "Maak daarna kleine cirkels met je heupen, linksom en rechtsom.",
            ],
            purpose: "Soepel bewegen met je onderrug en heupen, en spanning loslaten.",
            easier: "Leg je handen licht op een tafel of aanrecht.",
            harder: "Maak de cirkels iets groter, zolang het ontspannen blijft.",
            levels: &["op de bal"],
        },
        ExerciseText {
            name: "Bekken kantelen op de bal",
            steps: &[
                "Maak je onderrug afwisselend een klein beetje bol en een klein beetje hol.",
                "Kom steeds terug in het midden. Klein, vloeiend en rustig ademend.",
            ],
            purpose: "Controle over bekken en onderrug, zonder je vast te zetten.",
            easier: "Maak de beweging kleiner en houd een tafel vast.",
            harder: "Houd het langer vol, tot een minuut per keer.",
            levels: &["op de bal"],
        },
        ExerciseText {
            name: "Halve plank met de bal",
            steps: &[
                "Maak je lang en trek je ribben zacht naar beneden.",
                "Houd je romp rustig terwijl de bal een beetje beweegt. Adem door.",
            ],
            purpose: "Een stabiele romp trainen zonder harde spanning.",
            easier: "Zet je knieën dichter bij de bal.",
            harder: "Zet je knieën verder naar achteren.",
            levels: &["knieën dicht bij de bal", "knieën verder naar achteren"],
        },
        ExerciseText {
            name: "Kniebuiging met de bal tegen de muur",
            steps: &[
                "Zet de bal tussen je onderrug en de muur.",
                "Zet je voeten 30 tot 50 cm naar voren.",
                "Zak rustig een stukje door je knieën en kom weer omhoog. Links en rechts gelijk.",
            ],
            purpose: "Gecontroleerd buigen in heupen en knieën, zoals bij opstaan en traplopen.",
            easier: "Zak minder diep.",
            harder: "Zak iets dieper, tot halverwege, zolang het prettig blijft.",
            levels: &["kwart kniebuiging", "dieper, tot halverwege"],
        },
    ],
    activity_names: ["Wandelen", "Fietsen", "Zwemmen", "Joggen", "Iets anders"],
    activity_verbs: ["wandelen", "fietsen", "zwemmen", "joggen", "bewegen"],

    change_start: "Startweek: rustig beginnen met de basis.",
    change_hold: "Deze week verandert er niets: je houdt dit niveau vast.",
    change_reps: "{name}: van {from} naar {to} herhalingen per serie.",
    change_seconds: "{name}: van {from} naar {to} seconden.",
    change_sets: "{name}: van {from} naar {to} series.",
    change_level: "{name}: van {from} naar {to}, {dose}.",
    change_minutes: "{name}: van {from} naar {to} minuten per keer.",
    change_step_back: "Een stap terug. {change}",
    change_step_back_lightest: "Alles staat al op het lichtste niveau. Doe wat je kunt zonder dat je rug erger wordt, en overleg met je huisarts of fysiotherapeut.",
};
