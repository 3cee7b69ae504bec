//! Integration tests of the pathway library, compiled as one binary.

mod criteria_props;
mod fhir;
mod lint;
mod next_steps;
mod queries;
mod to_toml;

use chrono::NaiveDate;
use oncotwin_pathway::{PathwaySet, PatientFacts};

pub fn builtin() -> PathwaySet {
    PathwaySet::builtin().unwrap_or_else(|e| panic!("shipped pathways must load:\n{e}"))
}

pub fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, 6, 1).expect("valid date")
}

pub fn facts(text: &str) -> PatientFacts {
    PatientFacts::from_text(as_of(), text).unwrap_or_else(|e| panic!("bad test facts `{text}`: {e}"))
}
