//! The storage layer's promises, against the in-memory backend with its failure switches:
//! round-trips, migrations, corrupt data kept aside and never overwritten, newer data
//! read-only, and writes that fail (unavailable, full, silently dropped) reported as errors
//! with the old value intact.

use rugplan::storage::envelope::{decode, encode, Migration};
use rugplan::storage::json::{self, Fields, Value};
use rugplan::storage::store::aside_key;
use rugplan::storage::{BallRecord, DecodeError, Loaded, MemoryBackend, Record, SaveError, Store};

const BALL: &str = BallRecord::KEY;

fn store() -> Store<MemoryBackend> {
    Store::new(MemoryBackend::new())
}

#[test]
fn encode_decode_round_trip() {
    for height_cm in [100, 172, 230] {
        let record = BallRecord { height_cm };
        let raw = encode(&record).unwrap();
        assert_eq!(decode::<BallRecord>(&raw).unwrap().value, record);
    }
}

#[test]
fn envelope_format_is_stable() {
    let raw = encode(&BallRecord { height_cm: 172 }).unwrap();
    let value: serde_json::Value = serde_json::from_str(&raw).unwrap();
    assert_eq!(value["schema_version"], 1);
    assert_eq!(value["data"]["height_cm"], 172);
}

#[test]
fn committed_v1_fixture_still_loads() {
    let raw = include_str!("fixtures/ball-v1.json");
    let decoded = decode::<BallRecord>(raw).unwrap();
    assert_eq!(decoded.value, BallRecord { height_cm: 172 });
    assert_eq!(decoded.stored_version, 1);
}

#[test]
fn corrupt_input_is_an_error_never_a_panic() {
    let cases = [
        "",
        "{",
        "null",
        "[]",
        "172",
        "\"text\"",
        r#"{"data":{"height_cm":172}}"#,
        r#"{"schema_version":"1","data":{"height_cm":172}}"#,
        r#"{"schema_version":0,"data":{"height_cm":172}}"#,
        r#"{"schema_version":-1,"data":{"height_cm":172}}"#,
        r#"{"schema_version":1.5,"data":{"height_cm":172}}"#,
        r#"{"schema_version":1}"#,
        r#"{"schema_version":1,"data":{"height_cm":"172"}}"#,
        r#"{"schema_version":1,"data":{"height_cm":NaN}}"#,
        r#"{"schema_version":1,"data":{"height_cm":172.5}}"#,
        r#"{"schema_version":1,"data":{"height_cm":-172}}"#,
        r#"{"schema_version":1,"data":{"height_cm":70000}}"#,
        r#"{"schema_version":1,"data":{"height_cm":99}}"#,
        r#"{"schema_version":1,"data":{"height_cm":231}}"#,
        r#"{"schema_version":1,"data":{}}"#,
    ];
    for raw in cases {
        assert!(decode::<BallRecord>(raw).is_err(), "{raw}");
    }
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(matches!(
        decode::<BallRecord>(&deep),
        Err(DecodeError::NotJson(_))
    ));
}

#[test]
fn newer_schema_is_recognised() {
    let raw = r#"{"schema_version":7,"data":{"height_cm":172,"new_field":true}}"#;
    assert_eq!(
        decode::<BallRecord>(raw),
        Err(DecodeError::Newer {
            found: 7,
            supported: 1
        })
    );
}

/// A record with two released migrations, to prove they run in order from any old version.
#[derive(Debug, PartialEq)]
struct Evolving {
    centimetres: u32,
    unit: String,
}

fn v1_to_v2(data: Value) -> Result<Value, String> {
    // v1 stored metres as a string; v2 stores centimetres as a number.
    let metres = data["metres"].as_str().ok_or("no metres")?;
    let cm = (metres.parse::<f64>().map_err(|e| e.to_string())? * 100.0).round();
    Ok(json::object(vec![("centimetres", Value::Int(cm as i64))]))
}

fn v2_to_v3(mut data: Value) -> Result<Value, String> {
    if !data.set("unit", Value::from("cm")) {
        return Err("not an object".into());
    }
    Ok(data)
}

impl Record for Evolving {
    const KEY: &'static str = "rugplan.test.evolving";
    const MIGRATIONS: &'static [Migration] = &[v1_to_v2, v2_to_v3];

    fn to_json(&self) -> Value {
        json::object(vec![
            ("centimetres", self.centimetres.into()),
            ("unit", self.unit.as_str().into()),
        ])
    }

    fn from_json(data: &Value) -> Result<Self, String> {
        let fields = Fields::of(data)?;
        Ok(Evolving {
            centimetres: fields.uint("centimetres", u32::MAX)?,
            unit: fields.string("unit")?,
        })
    }
}

#[test]
fn migrations_run_in_order_from_every_old_version() {
    let expected = Evolving {
        centimetres: 172,
        unit: "cm".into(),
    };
    let v1 = r#"{"schema_version":1,"data":{"metres":"1.72"}}"#;
    let v2 = r#"{"schema_version":2,"data":{"centimetres":172}}"#;
    let v3 = r#"{"schema_version":3,"data":{"centimetres":172,"unit":"cm"}}"#;
    for (raw, version) in [(v1, 1), (v2, 2), (v3, 3)] {
        let decoded = decode::<Evolving>(raw).unwrap();
        assert_eq!(decoded.value, expected);
        assert_eq!(decoded.stored_version, version);
    }
    let bad = r#"{"schema_version":1,"data":{"metres":17}}"#;
    assert!(matches!(
        decode::<Evolving>(bad),
        Err(DecodeError::Migration { from: 1, .. })
    ));
}

#[test]
fn migrated_data_is_saved_at_the_current_version() {
    let store = store();
    store.backend().put_raw(
        Evolving::KEY,
        r#"{"schema_version":1,"data":{"metres":"1.72"}}"#,
    );
    let Loaded::Found(value) = store.load::<Evolving>() else {
        panic!()
    };
    store.save(&value).unwrap();
    let saved: serde_json::Value =
        serde_json::from_str(&store.backend().raw(Evolving::KEY).unwrap()).unwrap();
    assert_eq!(saved["schema_version"], 3);
    assert_eq!(
        saved["data"],
        serde_json::json!({ "centimetres": 172, "unit": "cm" })
    );
}

#[test]
fn save_then_load_round_trips() {
    let store = store();
    assert_eq!(store.load::<BallRecord>(), Loaded::Missing);
    store.save(&BallRecord { height_cm: 181 }).unwrap();
    let fresh = Store::new(MemoryBackend::new());
    fresh
        .backend()
        .put_raw(BALL, &store.backend().raw(BALL).unwrap());
    assert_eq!(
        fresh.load::<BallRecord>(),
        Loaded::Found(BallRecord { height_cm: 181 })
    );
}

#[test]
fn corrupt_value_is_kept_aside_before_anything_is_written() {
    let store = store();
    store.backend().put_raw(BALL, "{not json");
    let loaded = store.load::<BallRecord>();
    let Loaded::KeptAside {
        aside_key: slot, ..
    } = loaded
    else {
        panic!("{loaded:?}")
    };
    assert_eq!(slot, aside_key(BALL, 1));
    assert_eq!(store.backend().raw(&slot).as_deref(), Some("{not json"));
    store.save(&BallRecord { height_cm: 172 }).unwrap();
    assert_eq!(store.backend().raw(&slot).as_deref(), Some("{not json"));
    assert_eq!(store.aside_keys::<BallRecord>(), vec![slot.clone()]);
    assert_eq!(store.kept_aside(), vec![(slot, "{not json".to_owned())]);
}

#[test]
fn the_same_corrupt_value_is_kept_aside_once() {
    let store = store();
    store.backend().put_raw(BALL, "garbage");
    store.load::<BallRecord>();
    store.load::<BallRecord>();
    assert_eq!(store.aside_keys::<BallRecord>().len(), 1);
}

#[test]
fn different_corrupt_values_get_their_own_slots_up_to_a_bound() {
    let store = store();
    for n in 1..=5 {
        store.backend().put_raw(BALL, &format!("garbage {n}"));
        assert!(matches!(
            store.load::<BallRecord>(),
            Loaded::KeptAside { .. }
        ));
    }
    // All slots taken: the sixth unreadable value stays where it is, protected.
    store.backend().put_raw(BALL, "garbage 6");
    assert!(matches!(
        store.load::<BallRecord>(),
        Loaded::Unreadable { .. }
    ));
    assert_eq!(
        store.save(&BallRecord { height_cm: 172 }),
        Err(SaveError::Protected)
    );
    assert_eq!(store.backend().raw(BALL).as_deref(), Some("garbage 6"));
}

#[test]
fn corrupt_value_that_cannot_be_kept_aside_is_never_overwritten() {
    let store = store();
    store.backend().put_raw(BALL, "garbage");
    store.backend().full.set(true);
    assert!(matches!(
        store.load::<BallRecord>(),
        Loaded::Unreadable { .. }
    ));
    assert_eq!(
        store.save(&BallRecord { height_cm: 172 }),
        Err(SaveError::Protected)
    );
    assert_eq!(store.backend().raw(BALL).as_deref(), Some("garbage"));
    store.backend().full.set(false);
    // Even with room now, the key is protected until a load copies it aside.
    let result = store.save(&BallRecord { height_cm: 172 });
    assert_eq!(result, Ok(()), "save looks again and keeps it aside first");
    assert_eq!(
        store.backend().raw(&aside_key(BALL, 1)).as_deref(),
        Some("garbage")
    );
}

#[test]
fn save_without_load_still_protects_existing_data() {
    let store = store();
    store.backend().put_raw(BALL, "hand edited ");
    store.save(&BallRecord { height_cm: 172 }).unwrap();
    assert_eq!(
        store.backend().raw(&aside_key(BALL, 1)).as_deref(),
        Some("hand edited ")
    );
}

#[test]
fn newer_data_is_read_only() {
    let store = store();
    let newer = r#"{"schema_version":9,"data":{"height_cm":172}}"#;
    store.backend().put_raw(BALL, newer);
    assert_eq!(
        store.load::<BallRecord>(),
        Loaded::Newer {
            found: 9,
            supported: 1
        }
    );
    assert_eq!(
        store.save(&BallRecord { height_cm: 180 }),
        Err(SaveError::Protected)
    );
    assert_eq!(store.backend().raw(BALL).as_deref(), Some(newer));
    assert!(store.aside_keys::<BallRecord>().is_empty());
}

#[test]
fn unavailable_storage_is_an_error_not_a_panic() {
    let store = store();
    store.backend().unavailable.set(true);
    assert_eq!(store.load::<BallRecord>(), Loaded::Unavailable);
    assert_eq!(
        store.save(&BallRecord { height_cm: 172 }),
        Err(SaveError::Unavailable)
    );
}

#[test]
fn storage_that_comes_back_is_used_again() {
    let store = store();
    store
        .backend()
        .put_raw(BALL, r#"{"schema_version":1,"data":{"height_cm":160}}"#);
    store.backend().unavailable.set(true);
    assert_eq!(store.load::<BallRecord>(), Loaded::Unavailable);
    store.backend().unavailable.set(false);
    store.save(&BallRecord { height_cm: 172 }).unwrap();
    assert_eq!(
        store.load::<BallRecord>(),
        Loaded::Found(BallRecord { height_cm: 172 })
    );
}

#[test]
fn full_storage_keeps_the_previous_value() {
    let store = store();
    store.save(&BallRecord { height_cm: 160 }).unwrap();
    let before = store.backend().raw(BALL);
    store.backend().full.set(true);
    assert_eq!(
        store.save(&BallRecord { height_cm: 172 }),
        Err(SaveError::Full)
    );
    assert_eq!(store.backend().raw(BALL), before);
}

#[test]
fn a_write_that_does_not_stick_is_reported() {
    let store = store();
    store.save(&BallRecord { height_cm: 160 }).unwrap();
    store.backend().drops_writes.set(true);
    assert_eq!(
        store.save(&BallRecord { height_cm: 172 }),
        Err(SaveError::DidNotStick)
    );
    assert_eq!(
        store.load::<BallRecord>(),
        Loaded::Found(BallRecord { height_cm: 160 })
    );
}

#[test]
fn all_keys_carry_the_app_prefix() {
    let store = store();
    store.backend().put_raw(BALL, "garbage");
    store.load::<BallRecord>();
    store.save(&BallRecord { height_cm: 172 }).unwrap();
    for key in store.backend().raw_keys() {
        assert!(key.starts_with(rugplan::storage::KEY_PREFIX), "{key}");
    }
}

#[test]
fn delete_all_removes_only_this_apps_keys() {
    let store = store();
    store.backend().put_raw(BALL, "garbage");
    store.load::<BallRecord>();
    store.save(&BallRecord { height_cm: 172 }).unwrap();
    store.backend().put_raw("andere-app.instelling", "blijft");
    store.backend().put_raw("rugplanner", "ook van een ander");
    assert_eq!(store.delete_all(), Ok(2));
    assert_eq!(
        store.backend().raw_keys(),
        vec!["andere-app.instelling", "rugplanner"]
    );
    store.backend().unavailable.set(true);
    assert_eq!(store.delete_all(), Err(SaveError::Unavailable));
}

#[test]
fn a_stale_tab_never_overwrites_newer_data() {
    // Two tabs: two stores on one storage.
    let shared = std::rc::Rc::new(MemoryBackend::new());
    struct Tab(std::rc::Rc<MemoryBackend>);
    impl rugplan::storage::Backend for Tab {
        fn get(&self, key: &str) -> Result<Option<String>, rugplan::storage::BackendError> {
            self.0.get(key)
        }
        fn set(&self, key: &str, value: &str) -> Result<(), rugplan::storage::BackendError> {
            self.0.set(key, value)
        }
        fn remove(&self, key: &str) -> Result<(), rugplan::storage::BackendError> {
            self.0.remove(key)
        }
        fn keys(&self) -> Result<Vec<String>, rugplan::storage::BackendError> {
            self.0.keys()
        }
    }
    let a = Store::new(Tab(shared.clone()));
    let b = Store::new(Tab(shared.clone()));
    assert_eq!(a.load::<BallRecord>(), Loaded::Missing);
    assert_eq!(b.load::<BallRecord>(), Loaded::Missing);
    b.save(&BallRecord { height_cm: 180 }).unwrap();
    // A still thinks the key is empty: it must not write over B's value.
    assert_eq!(
        a.save(&BallRecord { height_cm: 160 }),
        Err(SaveError::Stale)
    );
    assert_eq!(
        a.load::<BallRecord>(),
        Loaded::Found(BallRecord { height_cm: 180 })
    );
    // Having seen the newer value, A may change it.
    a.save(&BallRecord { height_cm: 165 }).unwrap();
    assert_eq!(
        b.save(&BallRecord { height_cm: 190 }),
        Err(SaveError::Stale)
    );
    assert_eq!(
        shared.raw(BALL).unwrap(),
        r#"{"data":{"height_cm":165},"schema_version":1}"#
    );
    // A store's own successive saves are never stale.
    a.save(&BallRecord { height_cm: 166 }).unwrap();
    a.save(&BallRecord { height_cm: 167 }).unwrap();
}

#[test]
fn storage_is_read_before_the_first_screen_only_when_it_may_hold_app_data() {
    use rugplan::storage::needs_reading;
    let backend = MemoryBackend::new();
    assert!(!needs_reading(&backend), "a first visit reads nothing");
    // Another app on the same origin is not ours.
    backend.put_raw("theme", "dark");
    backend.put_raw("rugplanner", "x");
    assert!(!needs_reading(&backend));
    // Any key of ours counts, kept-aside copies and the undo copy included.
    backend.put_raw(&aside_key(BALL, 1), "{");
    assert!(needs_reading(&backend));
    // Storage that cannot even be listed is read, so the app can say why it does not save.
    let blocked = MemoryBackend::new();
    blocked.unavailable.set(true);
    assert!(needs_reading(&blocked));
}

// --- The start screen's choices, written before the storage code is there (storage::early) --

mod early {
    use rugplan::storage::early::{encode_hints, save_hints};
    use rugplan::storage::envelope::{decode, encode};
    use rugplan::storage::{BallRecord, HintsRecord, Loaded, MemoryBackend, Record, Store};

    const HINTS: &str = HintsRecord::KEY;

    fn chosen(lang: &str) -> HintsRecord {
        HintsRecord {
            lang: Some(lang.to_owned()),
            ..HintsRecord::default()
        }
    }

    #[test]
    fn writes_exactly_the_envelope_the_store_writes() {
        for ios_install_dismissed in [false, true] {
            for welcomed in [false, true] {
                for lang in [None, Some("nl"), Some("en")] {
                    let hints = HintsRecord {
                        ios_install_dismissed,
                        welcomed,
                        lang: lang.map(str::to_owned),
                    };
                    let raw = encode_hints(&hints).unwrap();
                    assert_eq!(raw, encode(&hints).unwrap());
                    assert_eq!(decode::<HintsRecord>(&raw).unwrap().value, hints);
                }
            }
        }
    }

    #[test]
    fn writes_when_nothing_is_stored_and_over_its_own_write() {
        let backend = MemoryBackend::new();
        // Another app on the same origin does not count.
        backend.put_raw("other-app", "x");
        let first = save_hints(&backend, &chosen("en"), None).unwrap();
        assert_eq!(backend.raw(HINTS).as_deref(), Some(first.as_str()));
        let closed = HintsRecord {
            ios_install_dismissed: true,
            ..chosen("en")
        };
        let second = save_hints(&backend, &closed, Some(&first)).unwrap();
        assert_eq!(backend.raw(HINTS), Some(second));
        // The storage code reads it as its own.
        assert_eq!(
            Store::new(backend).load::<HintsRecord>(),
            Loaded::Found(closed)
        );
    }

    #[test]
    fn never_overwrites_what_it_did_not_write() {
        let others = [
            // Unreadable: not JSON, no envelope, the wrong shape.
            "{\"data\":{\"ios_install_dismiss",
            "{\"ios_install_dismissed\":true}",
            "{\"data\":{\"welcomed\":\"ja\"},\"schema_version\":1}",
            // From a newer version of the app.
            "{\"data\":{\"welcomed\":true},\"schema_version\":9}",
            // Readable, but another tab wrote it: the storage code decides.
            "{\"data\":{\"ios_install_dismissed\":false,\"welcomed\":true},\"schema_version\":1}",
        ];
        for other in others {
            let backend = MemoryBackend::new();
            backend.put_raw(HINTS, other);
            assert_eq!(save_hints(&backend, &chosen("en"), None), None, "{other}");
            assert_eq!(backend.raw(HINTS).as_deref(), Some(other));
            // Not even over what this page wrote before, once something else replaced it.
            let own = encode_hints(&chosen("nl")).unwrap();
            assert_eq!(
                save_hints(&backend, &chosen("en"), Some(&own)),
                None,
                "{other}"
            );
            assert_eq!(backend.raw(HINTS).as_deref(), Some(other));
        }
    }

    #[test]
    fn writes_nothing_beside_other_data_of_the_app() {
        // Another tab stored a height, or data is kept aside: the storage code reads first.
        for key in [BallRecord::KEY, "rugplan.hints.aside.1"] {
            let backend = MemoryBackend::new();
            backend.put_raw(key, "{}");
            assert_eq!(save_hints(&backend, &chosen("en"), None), None, "{key}");
            assert_eq!(backend.raw(HINTS), None);
        }
    }

    #[test]
    fn a_write_that_fails_is_not_taken_for_done() {
        let unavailable = MemoryBackend::new();
        unavailable.unavailable.set(true);
        let full = MemoryBackend::new();
        full.full.set(true);
        let dropping = MemoryBackend::new();
        dropping.drops_writes.set(true);
        for backend in [unavailable, full, dropping] {
            assert_eq!(save_hints(&backend, &chosen("en"), None), None);
            assert_eq!(backend.raw(HINTS), None);
        }
    }

    #[test]
    fn a_language_code_that_needs_escaping_is_not_written() {
        let backend = MemoryBackend::new();
        assert_eq!(save_hints(&backend, &chosen("e\"n"), None), None);
        assert_eq!(backend.raw(HINTS), None);
    }
}
