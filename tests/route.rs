//! Hash routes: deep links parse, round-trip, and hostile fragments do no harm.

use rugplan::ui::route::Route;

#[test]
fn parses_each_screen() {
    assert_eq!(Route::parse(""), Route::Home);
    assert_eq!(Route::parse("#"), Route::Home);
    assert_eq!(Route::parse("#/"), Route::Home);
    assert_eq!(Route::parse("#/hulp"), Route::Help);
    assert_eq!(Route::parse("#/hulp/"), Route::Help);
    assert_eq!(Route::parse("#/bal"), Route::Ball { height: None });
    assert_eq!(Route::parse("#/over"), Route::About);
    assert_eq!(Route::parse("#/privacy"), Route::Privacy);
    assert_eq!(Route::parse("#/nope"), Route::NotFound);
}

#[test]
fn ball_deep_link_carries_the_height_as_typed() {
    let height = |hash: &str| match Route::parse(hash) {
        Route::Ball { height } => height,
        other => panic!("{hash}: {other:?}"),
    };
    assert_eq!(height("#/bal?lengte=172"), Some("172".into()));
    assert_eq!(height("#/bal?x=1&lengte=1,72"), Some("1,72".into()));
    assert_eq!(height("#/bal?lengte=1%2C72%20m"), Some("1,72 m".into()));
    assert_eq!(height("#/bal?lengte=172+cm"), Some("172 cm".into()));
    assert_eq!(height("#/bal?lengte=%E2%82%AC"), Some("€".into()));
    assert_eq!(height("#/bal?lengte=%zz"), Some("%zz".into()));
    assert_eq!(height("#/bal?lengte=%"), Some("%".into()));
    assert_eq!(height("#/bal?lengte=%FF"), Some("\u{FFFD}".into()));
    assert_eq!(height("#/bal?lengte"), Some("".into()));
    assert_eq!(height("#/bal?lang=nl"), None);
}

#[test]
fn routes_round_trip() {
    for route in [
        Route::Home,
        Route::Help,
        Route::About,
        Route::Privacy,
        Route::Ball { height: None },
        Route::Ball {
            height: Some("172".into()),
        },
        Route::Ball {
            height: Some("1,72 m".into()),
        },
        Route::Ball {
            height: Some("a&b=c?#".into()),
        },
    ] {
        assert_eq!(Route::parse(&route.to_hash()), route);
    }
}

#[test]
fn oversized_fragments_are_refused() {
    let long = format!("#/bal?lengte={}", "1".repeat(1000));
    assert_eq!(Route::parse(&long), Route::NotFound);
}

mod share_links {
    use chrono::{NaiveDate, Weekday};
    use rugplan::domain::exercises::Activity;
    use rugplan::domain::plan::{Draft, Intake, PainDuration, Weekdays};
    use rugplan::ui::route::Route;

    fn intake() -> Intake {
        Intake {
            duration: PainDuration::Recurring,
            days: Weekdays::of(&[Weekday::Tue, Weekday::Thu, Weekday::Sat, Weekday::Sun]),
            ball: false,
            activity: Activity::Swimming,
            start: NaiveDate::from_ymd_opt(2027, 1, 4).unwrap(),
            weeks: 12,
        }
    }

    #[test]
    fn a_share_link_reproduces_the_intake_and_nothing_else() {
        let draft = Draft::from_intake(&intake(), &[rugplan::domain::safety::SeeSoonSign::OneLeg]);
        let hash = Route::Intake { link: Some(draft) }.to_hash();
        assert_eq!(
            hash,
            "#/plan/nieuw?duur=terug&dagen=di,do,za,zo&bal=nee&beweging=zwemmen&start=2027-01-04&weken=12"
        );
        let Route::Intake { link: Some(back) } = Route::parse(&hash) else {
            panic!()
        };
        assert_eq!(back.to_intake(), Ok(intake()));
        assert!(
            back.advice.is_empty(),
            "recognised signs never travel in a link"
        );
    }

    #[test]
    fn bad_parameters_leave_their_question_open() {
        let Route::Intake { link: Some(draft) } =
            Route::parse("#/plan/nieuw?duur=eeuwig&dagen=ma,ma,xx&bal=misschien&beweging=wandelen&start=2027-02-30&weken=99")
        else {
            panic!()
        };
        assert_eq!(draft.duration, None);
        assert_eq!(draft.day_count, None);
        assert_eq!(draft.ball, None);
        assert_eq!(draft.activity, Some(Activity::Walking));
        assert_eq!(draft.start, None);
        assert_eq!(draft.weeks, None);
        assert_eq!(Route::parse("#/plan/nieuw"), Route::Intake { link: None });
        assert_eq!(
            Route::parse("#/plan/nieuw?onzin=1"),
            Route::Intake { link: None }
        );
    }

    #[test]
    fn plan_routes_parse() {
        assert_eq!(Route::parse("#/plan"), Route::Plan);
        assert_eq!(Route::parse("#/vandaag"), Route::Today);
        let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(Route::parse("#/dag/2026-11-23"), Route::Day(day));
        assert_eq!(Route::parse(&Route::Day(day).to_hash()), Route::Day(day));
        assert_eq!(Route::parse("#/dag/2026-02-30"), Route::NotFound);
        assert_eq!(Route::parse("#/dag/"), Route::NotFound);
    }
}

#[test]
fn the_guided_session_keeps_its_place_in_the_url() {
    use rugplan::ui::route::GUIDED;
    assert_eq!(Route::parse(GUIDED), Route::Guided { step: 0, set: 0 });
    let midway = Route::Guided { step: 2, set: 1 };
    assert_eq!(midway.to_hash(), "#/vandaag/samen?stap=3&ronde=2");
    assert_eq!(Route::parse(&midway.to_hash()), midway);
    assert_eq!(
        Route::parse("#/vandaag/samen?stap=0&ronde=x"),
        Route::Guided { step: 0, set: 0 }
    );
    assert_eq!(midway.nav_target(), rugplan::ui::route::TODAY);
}
