//! The search parameters oncotwin supports, and how each is read from a resource.
//!
//! One table drives three things: what the ingest indexes, what a search accepts, and what
//! `/fhir/metadata` advertises, so they cannot disagree.

use super::dates::{date_range, DateRange};
use crate::store::IndexRows;
use serde_json::Value;

/// The FHIR search parameter types oncotwin implements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    Token,
    Date,
    Reference,
    /// A string: matched case-insensitively from its start (FHIR's default string search).
    String,
}

impl ParamKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ParamKind::Token => "token",
            ParamKind::Date => "date",
            ParamKind::Reference => "reference",
            ParamKind::String => "string",
        }
    }
}

/// One search parameter of one resource type.
#[derive(Debug, Clone, Copy)]
pub struct SearchParam {
    pub resource_type: &'static str,
    pub name: &'static str,
    pub kind: ParamKind,
    /// Top-level elements it reads; a name ending in `[x]` matches every choice type.
    pub elements: &'static [&'static str],
    /// The R4 SearchParameter canonical.
    pub definition: &'static str,
}

macro_rules! params {
    ($( $rt:literal : $( $name:literal $kind:ident [$($el:literal),*] $def:literal ),* ; )*) => {
        &[ $( $( SearchParam { resource_type: $rt, name: $name, kind: ParamKind::$kind, elements: &[$($el),*], definition: $def }, )* )* ]
    };
}

const SP: &str = "http://hl7.org/fhir/SearchParameter/";

/// Resource-specific search parameters (R4 names and definitions).
pub static SEARCH_PARAMS: &[SearchParam] = params! {
    "AllergyIntolerance": "code" Token ["code"] "clinical-code", "date" Date ["recordedDate"] "clinical-date", "patient" Reference ["patient"] "clinical-patient";
    "CarePlan": "date" Date ["period"] "clinical-date", "patient" Reference ["subject"] "clinical-patient", "subject" Reference ["subject"] "CarePlan-subject", "category" Token ["category"] "CarePlan-category", "status" Token ["status"] "CarePlan-status";
    "CareTeam": "date" Date ["period"] "clinical-date", "patient" Reference ["subject"] "clinical-patient", "subject" Reference ["subject"] "CareTeam-subject";
    "Claim": "created" Date ["created"] "Claim-created", "patient" Reference ["patient"] "Claim-patient", "use" Token ["use"] "Claim-use";
    "ClaimResponse": "created" Date ["created"] "ClaimResponse-created", "patient" Reference ["patient"] "ClaimResponse-patient";
    "Composition": "date" Date ["date"] "clinical-date", "patient" Reference ["subject"] "clinical-patient", "subject" Reference ["subject"] "Composition-subject", "type" Token ["type"] "clinical-type";
    "Condition": "code" Token ["code"] "clinical-code", "onset-date" Date ["onset[x]"] "Condition-onset-date", "recorded-date" Date ["recordedDate"] "Condition-recorded-date", "patient" Reference ["subject"] "clinical-patient", "subject" Reference ["subject"] "Condition-subject", "category" Token ["category"] "Condition-category", "clinical-status" Token ["clinicalStatus"] "Condition-clinical-status", "encounter" Reference ["encounter"] "clinical-encounter";
    "Coverage": "patient" Reference ["beneficiary"] "Coverage-patient", "beneficiary" Reference ["beneficiary"] "Coverage-beneficiary";
    "Device": "patient" Reference ["patient"] "Device-patient", "type" Token ["type"] "Device-type";
    "DiagnosticReport": "code" Token ["code"] "clinical-code", "date" Date ["effective[x]"] "clinical-date", "patient" Reference ["subject"] "clinical-patient", "subject" Reference ["subject"] "DiagnosticReport-subject", "category" Token ["category"] "DiagnosticReport-category", "status" Token ["status"] "DiagnosticReport-status", "encounter" Reference ["encounter"] "clinical-encounter";
    "DocumentReference": "date" Date ["date"] "DocumentReference-date", "patient" Reference ["subject"] "clinical-patient", "subject" Reference ["subject"] "DocumentReference-subject", "type" Token ["type"] "clinical-type", "category" Token ["category"] "DocumentReference-category", "status" Token ["status"] "DocumentReference-status";
    "Encounter": "date" Date ["period"] "clinical-date", "patient" Reference ["subject"] "clinical-patient", "subject" Reference ["subject"] "Encounter-subject", "type" Token ["type"] "clinical-type", "class" Token ["class"] "Encounter-class", "status" Token ["status"] "Encounter-status";
    "ExplanationOfBenefit": "created" Date ["created"] "ExplanationOfBenefit-created", "patient" Reference ["patient"] "ExplanationOfBenefit-patient";
    "FamilyMemberHistory": "code" Token ["condition"] "clinical-code", "patient" Reference ["patient"] "clinical-patient";
    "Goal": "patient" Reference ["subject"] "clinical-patient", "subject" Reference ["subject"] "Goal-subject";
    "ImagingStudy": "started" Date ["started"] "ImagingStudy-started", "patient" Reference ["subject"] "clinical-patient", "subject" Reference ["subject"] "ImagingStudy-subject";
    "Immunization": "date" Date ["occurrence[x]"] "clinical-date", "patient" Reference ["patient"] "clinical-patient", "vaccine-code" Token ["vaccineCode"] "Immunization-vaccine-code";
    "Media": "patient" Reference ["subject"] "Media-patient", "subject" Reference ["subject"] "Media-subject";
    "Medication": "code" Token ["code"] "clinical-code";
    "MedicationAdministration": "code" Token ["medicationCodeableConcept"] "clinical-code", "effective-time" Date ["effective[x]"] "MedicationAdministration-effective-time", "patient" Reference ["subject"] "clinical-patient", "subject" Reference ["subject"] "MedicationAdministration-subject", "status" Token ["status"] "MedicationAdministration-status";
    "MedicationDispense": "code" Token ["medicationCodeableConcept"] "clinical-code", "patient" Reference ["subject"] "clinical-patient", "subject" Reference ["subject"] "MedicationDispense-subject";
    "MedicationRequest": "code" Token ["medicationCodeableConcept"] "clinical-code", "authoredon" Date ["authoredOn"] "MedicationRequest-authoredon", "patient" Reference ["subject"] "clinical-patient", "subject" Reference ["subject"] "MedicationRequest-subject", "status" Token ["status"] "MedicationRequest-status", "intent" Token ["intent"] "MedicationRequest-intent", "encounter" Reference ["encounter"] "clinical-encounter";
    "MedicationStatement": "code" Token ["medicationCodeableConcept"] "clinical-code", "effective" Date ["effective[x]"] "MedicationStatement-effective", "patient" Reference ["subject"] "clinical-patient", "subject" Reference ["subject"] "MedicationStatement-subject";
    "Observation": "code" Token ["code"] "clinical-code", "date" Date ["effective[x]"] "clinical-date", "patient" Reference ["subject"] "clinical-patient", "subject" Reference ["subject"] "Observation-subject", "category" Token ["category"] "Observation-category", "status" Token ["status"] "Observation-status", "value-concept" Token ["valueCodeableConcept"] "Observation-value-concept", "encounter" Reference ["encounter"] "clinical-encounter";
    "Patient": "name" String ["name"] "Patient-name", "family" String ["name"] "individual-family", "given" String ["name"] "individual-given", "identifier" Token ["identifier"] "Patient-identifier", "gender" Token ["gender"] "individual-gender", "birthdate" Date ["birthDate"] "individual-birthdate";
    "Procedure": "code" Token ["code"] "clinical-code", "date" Date ["performed[x]"] "clinical-date", "patient" Reference ["subject"] "clinical-patient", "subject" Reference ["subject"] "Procedure-subject", "status" Token ["status"] "Procedure-status", "encounter" Reference ["encounter"] "clinical-encounter";
    "ServiceRequest": "code" Token ["code"] "clinical-code", "authored" Date ["authoredOn"] "ServiceRequest-authored", "patient" Reference ["subject"] "clinical-patient", "subject" Reference ["subject"] "ServiceRequest-subject", "status" Token ["status"] "ServiceRequest-status", "encounter" Reference ["encounter"] "clinical-encounter";
    "Specimen": "patient" Reference ["subject"] "Specimen-patient", "subject" Reference ["subject"] "Specimen-subject", "type" Token ["type"] "Specimen-type";
};

/// Parameters every resource type supports.
pub static COMMON_PARAMS: &[(&str, ParamKind, &str)] = &[
    ("_id", ParamKind::Token, "http://hl7.org/fhir/SearchParameter/Resource-id"),
    ("_lastUpdated", ParamKind::Date, "http://hl7.org/fhir/SearchParameter/Resource-lastUpdated"),
];

/// The search parameters of one resource type.
pub fn params_of(resource_type: &str) -> impl Iterator<Item = &'static SearchParam> + '_ {
    SEARCH_PARAMS.iter().filter(move |p| p.resource_type == resource_type)
}

/// The canonical URL of a parameter's R4 SearchParameter.
pub fn definition_url(param: &SearchParam) -> String {
    format!("{SP}{}", param.definition)
}

/// Elements that place a resource in a patient's compartment, in order of preference.
const COMPARTMENT_ELEMENTS: &[&str] = &["subject", "patient", "beneficiary"];

/// Computes the search-index rows of a resolved resource.
pub fn index_resource(resource_type: &str, id: &str, resource: &Value) -> IndexRows {
    let mut rows = IndexRows::default();
    if resource_type == "Patient" {
        rows.patient_id = Some(id.to_string());
    } else {
        rows.patient_id = COMPARTMENT_ELEMENTS
            .iter()
            .find_map(|el| resource.get(*el)?.get("reference")?.as_str()?.strip_prefix("Patient/").map(str::to_string));
    }
    for param in params_of(resource_type) {
        for value in element_values(resource, param.elements) {
            match param.kind {
                ParamKind::Token => push_tokens(&mut rows, param.name, value),
                ParamKind::Reference => {
                    if let Some(reference) = value.get("reference").and_then(Value::as_str) {
                        rows.tokens.push((param.name.to_string(), None, reference.to_string()));
                    }
                }
                ParamKind::Date => {
                    if let Some(range) = value_date_range(value) {
                        rows.dates.push((param.name.to_string(), range.start, range.end));
                    }
                }
                ParamKind::String => {
                    for text in string_values(param.name, value) {
                        rows.tokens.push((param.name.to_string(), None, normalise_string(text)));
                    }
                }
            }
        }
    }
    rows
}

/// The values of the named top-level elements (arrays flattened, choice types expanded).
fn element_values<'a>(resource: &'a Value, elements: &'static [&'static str]) -> Vec<&'a Value> {
    let Some(object) = resource.as_object() else { return Vec::new() };
    let mut out = Vec::new();
    for element in elements {
        let mut push = |v: &'a Value| match v {
            Value::Array(items) => out.extend(items.iter()),
            other => out.push(other),
        };
        if let Some(prefix) = element.strip_suffix("[x]") {
            for (key, value) in object {
                if key.starts_with(prefix) && key[prefix.len()..].starts_with(|c: char| c.is_ascii_uppercase()) {
                    push(value);
                }
            }
        } else if let Some(value) = object.get(*element) {
            push(value);
        }
    }
    out
}

/// The strings a string parameter reads from one element value: of a HumanName, `family`
/// reads the family name, `given` the given names, and `name` every part and the text.
fn string_values<'a>(param: &str, value: &'a Value) -> Vec<&'a str> {
    let strings = |key: &str| -> Vec<&'a str> {
        match value.get(key) {
            Some(Value::String(s)) => vec![s.as_str()],
            Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        }
    };
    match (param, value) {
        (_, Value::String(s)) => vec![s.as_str()],
        ("family", _) => strings("family"),
        ("given", _) => strings("given"),
        _ => ["text", "family", "given", "prefix", "suffix"].iter().flat_map(|k| strings(k)).collect(),
    }
}

/// How string values are indexed and searched: trimmed and lower-cased, so that a search
/// matches regardless of case (FHIR string search).
pub fn normalise_string(text: &str) -> String {
    text.trim().to_lowercase()
}

/// Tokens of a CodeableConcept, Coding, Identifier or code.
fn push_tokens(rows: &mut IndexRows, param: &str, value: &Value) {
    let mut push = |system: Option<&str>, code: &str| {
        rows.tokens.push((param.to_string(), system.map(str::to_string), code.to_string()));
    };
    match value {
        Value::String(code) => push(None, code),
        Value::Bool(b) => push(None, if *b { "true" } else { "false" }),
        Value::Object(object) => {
            if let Some(codings) = object.get("coding").and_then(Value::as_array) {
                for coding in codings {
                    if let Some(code) = coding.get("code").and_then(Value::as_str) {
                        push(coding.get("system").and_then(Value::as_str), code);
                    }
                }
            } else if let Some(code) = object.get("code").and_then(Value::as_str) {
                push(object.get("system").and_then(Value::as_str), code);
            } else if let Some(code) = object.get("value").and_then(Value::as_str) {
                push(object.get("system").and_then(Value::as_str), code);
            }
        }
        _ => {}
    }
}

/// The time range of a date, dateTime, instant or Period value.
fn value_date_range(value: &Value) -> Option<DateRange> {
    match value {
        Value::String(text) => date_range(text).ok(),
        Value::Object(period) => {
            let start = period.get("start").and_then(Value::as_str).and_then(|s| date_range(s).ok());
            let end = period.get("end").and_then(Value::as_str).and_then(|s| date_range(s).ok());
            match (start, end) {
                (None, None) => None,
                (start, end) => Some(DateRange {
                    start: start.map_or_else(|| DateRange::MIN.to_string(), |r| r.start),
                    end: end.map_or_else(|| DateRange::MAX.to_string(), |r| r.end),
                }),
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn indexes_observation_code_date_and_compartment() {
        let obs = json!({"resourceType": "Observation", "subject": {"reference": "Patient/p1"},
            "code": {"coding": [{"system": "http://loinc.org", "code": "85319-2"}]},
            "effectiveDateTime": "2021-03-01", "status": "final"});
        let rows = index_resource("Observation", "o1", &obs);
        assert_eq!(rows.patient_id.as_deref(), Some("p1"));
        assert!(rows.tokens.contains(&("code".into(), Some("http://loinc.org".into()), "85319-2".into())));
        assert!(rows.tokens.contains(&("status".into(), None, "final".into())));
        assert!(rows.tokens.contains(&("patient".into(), None, "Patient/p1".into())));
        assert_eq!(rows.dates.len(), 1);
        assert_eq!(rows.dates[0].1, "2021-03-01T00:00:00.000000Z");
        assert_eq!(rows.dates[0].2, "2021-03-01T23:59:59.999999Z");
    }

    #[test]
    fn indexes_patient_names_for_string_search() {
        let patient = json!({"resourceType": "Patient", "name": [{"family": "García", "given": ["Ana", "María"], "text": "Ana María García"}]});
        let rows = index_resource("Patient", "p1", &patient);
        assert!(rows.tokens.contains(&("family".into(), None, "garcía".into())));
        assert!(rows.tokens.contains(&("given".into(), None, "maría".into())));
        assert!(!rows.tokens.iter().any(|(p, _, c)| p == "family" && c == "ana"));
        assert!(rows.tokens.contains(&("name".into(), None, "ana maría garcía".into())));
        assert!(rows.tokens.contains(&("name".into(), None, "ana".into())));
    }

    #[test]
    fn every_param_type_exists_in_r4() {
        for p in SEARCH_PARAMS {
            assert!(fhir_io::is_known_resource_type(p.resource_type), "{}", p.resource_type);
        }
    }
}
