//! Ingest of one document (a Bundle, a resource, or NDJSON; gzip or not) through the CPU
//! part of ingest: `read_maybe_gzip` → UTF-8 → `units_of_text` → `prepare_unit`, the same
//! calls `ingest_file` / `POST /fhir` make before the database transaction.
//!
//! Invariant checked: every entry of every unit ends stored or quarantined, exactly once.

#![no_main]

use libfuzzer_sys::fuzz_target;
use oncotwin::ingest::{entry, source};

#[path = "common/ingest.rs"]
mod ingest;

fuzz_target!(
    init: {
        ingest::init();
    },
    |data: &[u8]| {
        let Ok(bytes) = source::read_maybe_gzip(data) else { return };
        let Ok(text) = std::str::from_utf8(&bytes) else { return };
        let units = source::units_of_text(text, "fuzz");
        let _ = source::entry_types(&units);
        for unit in units {
            ingest::check_unit(unit);
        }
        // The unit splitter alone on a raw Bundle (split_bundle is what units_of_text uses):
        // entries at `entry[i]`, or a document/message Bundle kept whole (no location).
        if let Ok(unit) = entry::split_bundle(text, "", "fuzz") {
            assert!(unit.entries.iter().all(|e| e.location.starts_with("entry[") || e.location.is_empty()));
        }
    }
);
