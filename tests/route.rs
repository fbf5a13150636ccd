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
