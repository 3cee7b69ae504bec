//! Conditional references in a Bundle posted to `/fhir` (`"reference":
//! "Patient?identifier=http://hospital.example/mrn|123"`): FHIR's transaction rules resolve
//! each against the server before anything is written — one match becomes that resource's
//! `Type/id`, none is 404 and several are 412, and the request stores nothing. Files
//! (`oncotwin ingest`) keep such references as written: they are not a transaction with
//! this server.

use super::entry::Unit;
use crate::fhir::outcome::{FhirError, OutcomeIssue};
use crate::fhir::search::parse_search;
use crate::store::{SearchSort, Store};
use serde_json::Value;
use std::collections::BTreeSet;

/// The conditional references of a unit's entries, by resource type and criteria, in order.
pub fn conditional_references(unit: &Unit) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for entry in &unit.entries {
        // Cheap test first: a Bundle of 10,000 entries mostly has none.
        if !entry.raw.contains('?') {
            continue;
        }
        if let Ok(value) = serde_json::from_str::<Value>(&entry.raw) {
            collect(&value, &mut found);
        }
    }
    found
}

/// The resource type a conditional reference searches (`Patient` of `Patient?…`).
pub fn type_of(reference: &str) -> &str {
    reference.split_once('?').map_or(reference, |(t, _)| t)
}

fn is_conditional(reference: &str) -> bool {
    match reference.split_once('?') {
        Some((resource_type, _)) => {
            !resource_type.contains('/')
                && !resource_type.contains(':')
                && fhir_io::is_known_resource_type(resource_type)
        }
        None => false,
    }
}

fn collect(value: &Value, found: &mut BTreeSet<String>) {
    match value {
        Value::Object(object) => {
            for (key, child) in object {
                match child {
                    Value::String(reference) if key == "reference" && is_conditional(reference) => {
                        found.insert(reference.clone());
                    }
                    _ => collect(child, found),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| collect(item, found)),
        _ => {}
    }
}

/// Resolves each conditional reference against the store, into the unit's map. Every one
/// must match exactly one resource, or the whole request is refused. `constraints` gives,
/// per resource type, the caller's search constraints (SMART v2 `?category=…`): the
/// resolution sees only what the caller could search.
pub async fn resolve(
    store: &Store,
    unit: &mut Unit,
    references: &BTreeSet<String>,
    constraints: &(dyn Fn(&str) -> Vec<(String, String)> + Sync),
) -> Result<(), FhirError> {
    for reference in references {
        let (resource_type, criteria) = reference.split_once('?').unwrap_or((reference, ""));
        let pairs: Vec<(String, String)> = url::form_urlencoded::parse(criteria.as_bytes()).into_owned().collect();
        if pairs.is_empty() {
            return Err(refused(
                400,
                "invalid",
                format!(
                    "conditional reference `{reference}` has no search criteria: it would match every {resource_type}"
                ),
            ));
        }
        // Strict: a criterion oncotwin cannot search must not be silently dropped, which
        // would widen the match.
        let mut query = parse_search(resource_type, &pairs, true)
            .map_err(|e| {
                refused(400, "invalid", format!("conditional reference `{reference}`: {}", first_diagnostics(&e)))
            })?
            .query;
        for (param, value) in constraints(resource_type) {
            query.tokens.push((param, vec![crate::fhir::search::parse_token(&value)]));
        }
        query.count = 2;
        query.offset = 0;
        query.sort = SearchSort::Key;
        let page = store.search(&query).await.map_err(FhirError::from)?;
        match page.resources.as_slice() {
            [one] => {
                unit.resolved.insert(reference.clone(), format!("{}/{}", one.resource_type, one.id));
            }
            [] => {
                return Err(refused(
                    404,
                    "not-found",
                    format!("conditional reference `{reference}` matches no {resource_type}"),
                ))
            }
            _ => {
                return Err(refused(
                    412,
                    "multiple-matches",
                    format!("conditional reference `{reference}` matches {} resources; it must match one", page.total),
                ))
            }
        }
    }
    Ok(())
}

fn first_diagnostics(error: &FhirError) -> String {
    error.issues.first().map(|i| i.diagnostics.clone()).unwrap_or_default()
}

fn refused(status: u16, code: &str, diagnostics: String) -> FhirError {
    FhirError {
        status,
        issues: vec![
            OutcomeIssue::error(
                "processing",
                "nothing was stored: a conditional reference did not resolve to one resource",
            ),
            OutcomeIssue::error(code, diagnostics),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::entry::split_bundle;

    #[test]
    fn finds_conditional_references_only() {
        let bundle = r#"{"resourceType":"Bundle","type":"transaction","entry":[
            {"fullUrl":"urn:uuid:1","resource":{"resourceType":"Observation","status":"final","code":{"text":"x?"},
              "subject":{"reference":"Patient?identifier=http://mrn|7"},
              "performer":[{"reference":"Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|99"},{"reference":"urn:uuid:2"}],
              "derivedFrom":[{"reference":"http://other.example/fhir/Observation?code=1"}]},
             "request":{"method":"POST","url":"Observation"}}]}"#;
        let unit = split_bundle(bundle, "", "test").unwrap();
        let found: Vec<String> = conditional_references(&unit).into_iter().collect();
        assert_eq!(
            found,
            vec!["Patient?identifier=http://mrn|7", "Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|99"]
        );
        assert_eq!(type_of(&found[0]), "Patient");
    }
}
