//! NDJSON ingest: the fuzz input is a run of lines after two known-good resource lines, so
//! `units_of_text` always takes its NDJSON branch (two JSON values never parse as one).
//! Lines may be resources, Bundles (a unit of their own) or garbage.
//!
//! Invariants: nothing is lost (see `common/ingest.rs`), and one bad line costs only that
//! line — the two good lines are stored whatever follows them.

#![no_main]

use libfuzzer_sys::fuzz_target;
use oncotwin::ingest::source;

#[path = "common/ingest.rs"]
mod ingest;

const GOOD: &str = concat!(
    r#"{"resourceType":"Patient","id":"fuzz-p","gender":"female","birthDate":"1960-04-01"}"#,
    "\n",
    r#"{"resourceType":"Condition","id":"fuzz-c","subject":{"reference":"Patient/fuzz-p"},"code":{"coding":[{"system":"http://hl7.org/fhir/sid/icd-10-cm","code":"C50.911"}]},"onsetDateTime":"2024-01-15"}"#,
    "\n",
);

fuzz_target!(
    init: {
        ingest::init();
    },
    |data: &[u8]| {
        let Ok(rest) = std::str::from_utf8(data) else { return };
        let text = format!("{GOOD}{rest}");
        let units = source::units_of_text(&text, "fuzz");
        let received: usize = units.iter().map(|u| u.entries.len() + u.broken.len()).sum();
        assert!(received >= 2);
        let mut good_stored = 0;
        for unit in units {
            let locations: Vec<String> = unit.entries.iter().map(|e| e.location.clone()).collect();
            assert!(locations.iter().all(|l| l.starts_with("line ")), "NDJSON locations are lines: {locations:?}");
            let p = ingest::check_unit(unit);
            for (location, slot) in &p.slots {
                if location == "line 1" || location == "line 2" {
                    assert!(slot.is_ok(), "{location} (a good resource) was quarantined");
                    good_stored += 1;
                }
            }
        }
        assert_eq!(good_stored, 2, "the two good lines are stored, once each");
    }
);
