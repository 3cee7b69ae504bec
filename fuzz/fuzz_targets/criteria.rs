//! The pathway criteria language and the pathway file format.
//!
//! Input: the first line is a criterion (parsed with the shipped pathways' `[defs]` in
//! scope), the rest is `name=value; …` patient facts (`PatientFacts::from_text`). The whole
//! input is also read as a pathway file (TOML).
//!
//! Invariants: the printed form of a criterion parses back to an equal criterion;
//! `truth` (short-circuiting) agrees with `evaluate`; a pathway that loads writes back
//! (`to_toml`) to a file that loads with the same content.

#![no_main]

use std::collections::BTreeMap;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use oncotwin_pathway::criteria::Duration;
use oncotwin_pathway::facts::FACTS;
use oncotwin_pathway::load::parse_pathway;
use oncotwin_pathway::{Code, Criterion, FactValue, PathwaySet, PatientFacts};

/// The `[defs]` of the shipped pathways, so criteria may name them (`hr_positive`, …).
fn defs() -> &'static BTreeMap<String, Criterion> {
    static DEFS: OnceLock<BTreeMap<String, Criterion>> = OnceLock::new();
    DEFS.get_or_init(|| {
        let mut defs = BTreeMap::new();
        for (_, text) in PathwaySet::builtin_sources() {
            let file: toml::Table = text.parse().expect("shipped pathway is TOML");
            if let Some(table) = file.get("defs").and_then(|d| d.as_table()) {
                for (name, src) in table {
                    if let Some(c) = src.as_str().and_then(|s| Criterion::parse_with(s, &defs).ok()) {
                        defs.insert(name.clone(), c);
                    }
                }
            }
        }
        defs
    })
}

fn as_of() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2025, 6, 1).expect("date")
}

fuzz_target!(
    init: {
        let _ = defs();
    },
    |data: &[u8]| {
        let Ok(text) = std::str::from_utf8(data) else { return };
        let (line, rest) = text.split_once('\n').unwrap_or((text, ""));

        // The small parsers the language and the facts use.
        if let Some(d) = Duration::parse(line) {
            assert_eq!(Duration::parse(&d.to_string()), Some(d), "Duration round trip");
            let _ = d.days();
        }
        if let Ok(c) = Code::parse(line) {
            assert_eq!(Code::parse(&c.to_string()).as_ref(), Ok(&c), "Code round trip");
        }
        for def in FACTS {
            let _ = FactValue::parse(def.ty, line);
        }

        let facts = PatientFacts::from_text(as_of(), rest).unwrap_or_else(|_| PatientFacts::new(as_of()));
        let defs = defs();
        if let Ok(c) = Criterion::parse_with(line, defs) {
            let printed = c.to_string();
            match Criterion::parse_with(&printed, defs) {
                Ok(back) => assert_eq!(back, c, "`{line}` printed as `{printed}` parses to another criterion"),
                Err(e) => panic!("`{line}` printed as `{printed}`, which does not parse: {e}"),
            }
            let outcome = c.evaluate(&facts);
            assert_eq!(c.truth(&facts), outcome.truth, "truth disagrees with evaluate for `{printed}`");
            let _ = c.explain(&facts);
            let _ = c.facts();
            let empty = PatientFacts::new(as_of());
            assert_eq!(c.truth(&empty), c.evaluate(&empty).truth);
        }

        // The whole input as a pathway file.
        if let Ok(p) = parse_pathway("fuzz.toml", text) {
            let _ = oncotwin_pathway::lint::lint_pathway(&p);
            let written = p.to_toml();
            match parse_pathway("written.toml", &written) {
                Ok(back) => {
                    if let Err(e) = p.same_content(&back) {
                        panic!("to_toml changed the pathway: {e}\n--- written ---\n{written}");
                    }
                }
                Err(e) => panic!("to_toml wrote a file that does not load: {:?}\n--- written ---\n{written}", e.diagnostics),
            }
        }
    }
);
