//! The FHIR model boundary: the only crate in oncotwin that instantiates fhir-sdk's serde.
//!
//! fhir-sdk's generated models are huge; every crate that monomorphises serde for them pays
//! minutes of compile time. Keeping them behind a few non-generic functions here means an
//! edit to the application never recompiles them.
//!
//! oncotwin keeps each resource's original JSON as the source of truth and only *checks* it
//! against the typed R4 models. The check is stricter than a plain parse, because a plain
//! fhir-sdk parse silently drops unknown elements and bad choice-type values (`value[x]`,
//! `onset[x]`): we parse, serialise back, and report every element of the input that did
//! not survive the round trip. We also enforce the FHIR JSON rules the models accept
//! (no empty strings, arrays or objects, no stray `null`).

mod types;

use serde_json::Value;
use std::fmt;

pub use types::R4_RESOURCE_TYPES;

/// Why a resource is not valid FHIR R4, in OperationOutcome terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    /// OperationOutcome `issue.code` (`structure`, `value`, `not-supported`, `required`, `invalid`).
    pub code: &'static str,
    /// FHIRPath-like location of the problem (`Observation.valueQuantity.value`).
    pub path: String,
    /// Human-readable diagnostics.
    pub message: String,
    /// A warning only: the resource is still accepted (e.g. an empty array, which FHIR JSON
    /// forbids but which carries no information and is kept verbatim).
    pub warning: bool,
}

impl Issue {
    /// Whether this issue makes the resource unacceptable.
    pub fn is_error(&self) -> bool {
        !self.warning
    }
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} at {}: {}", self.code, self.path, self.message)
    }
}

/// Whether `name` is a resource type this server accepts (R4 ∩ R4B).
pub fn is_known_resource_type(name: &str) -> bool {
    R4_RESOURCE_TYPES.binary_search(&name).is_ok()
}

/// Checks one resource (already parsed as JSON) against FHIR R4.
///
/// Returns every problem found; a result without errors ([`Issue::is_error`]) means the
/// resource is valid as far as the typed models can tell (no terminology or profile checks).
pub fn check_resource(resource: &Value) -> Vec<Issue> {
    let Some(object) = resource.as_object() else {
        return vec![issue("structure", "(root)", "a resource must be a JSON object")];
    };
    let resource_type = match object.get("resourceType") {
        Some(Value::String(t)) => t.as_str(),
        Some(_) => return vec![issue("structure", "resourceType", "resourceType must be a string")],
        None => {
            return vec![issue("required", "resourceType", "not a FHIR resource: the JSON object has no resourceType")]
        }
    };
    if !is_known_resource_type(resource_type) {
        return vec![issue(
            "not-supported",
            "resourceType",
            &format!("`{resource_type}` is not a FHIR R4 resource type"),
        )];
    }

    let mut issues = Vec::new();
    let mut path = resource_type.to_string();
    check_json_rules(resource, &mut path, &mut issues);

    match typed_round_trip(resource) {
        Ok(round_tripped) => {
            let mut path = resource_type.to_string();
            find_dropped(resource, &round_tripped, &mut path, &mut issues);
        }
        Err(problem) => issues.push(problem),
    }
    issues
}

/// Parses into fhir-sdk's R4B `Resource` and serialises back to JSON.
fn typed_round_trip(resource: &Value) -> Result<Value, Issue> {
    use fhir_sdk::r4b::resources::Resource;
    use serde::Deserialize;

    let typed = match Resource::deserialize(resource) {
        Ok(typed) => typed,
        Err(_) => {
            // Parse again, slower, only to learn where it failed.
            let resource_type = resource["resourceType"].as_str().unwrap_or("Resource");
            let message = match serde_path_to_error::deserialize::<_, Resource>(resource) {
                Ok(_) => "the resource does not match the FHIR R4 model".to_string(),
                Err(err) => {
                    let at = err.path().to_string();
                    let inner = err.into_inner().to_string();
                    return Err(Issue {
                        code: "value",
                        path: if at == "." { resource_type.to_string() } else { format!("{resource_type}.{at}") },
                        message: inner,
                        warning: false,
                    });
                }
            };
            return Err(issue("value", resource_type, &message));
        }
    };
    serde_json::to_value(&typed).map_err(|err| issue("exception", "(root)", &err.to_string()))
}

/// FHIR JSON rules the typed models do not enforce: no empty or whitespace-only strings,
/// no empty arrays or objects, and `null` only inside arrays that pair a primitive array
/// with its `_element` extensions.
fn check_json_rules(value: &Value, path: &mut String, issues: &mut Vec<Issue>) {
    match value {
        Value::Object(map) => {
            if map.is_empty() {
                issues.push(warning(
                    "value",
                    path,
                    "empty objects are not allowed in FHIR JSON (accepted: no information is lost)",
                ));
            }
            for (key, child) in map {
                // Narrative XHTML is free text with its own rules.
                if key == "div" {
                    continue;
                }
                let mark = path.len();
                path.push('.');
                path.push_str(key);
                let nulls_allowed = key.starts_with('_') || map.contains_key(&format!("_{key}"));
                match child {
                    Value::Null => issues.push(issue("value", path, "null is not allowed here")),
                    Value::Array(items) => {
                        if items.is_empty() {
                            issues.push(warning(
                                "value",
                                path,
                                "empty arrays are not allowed in FHIR JSON (accepted: no information is lost)",
                            ));
                        }
                        for (i, item) in items.iter().enumerate() {
                            let mark_i = path.len();
                            path.push_str(&format!("[{i}]"));
                            if item.is_null() {
                                if !nulls_allowed {
                                    issues.push(issue("value", path, "null is not allowed here"));
                                }
                            } else {
                                check_json_rules(item, path, issues);
                            }
                            path.truncate(mark_i);
                        }
                    }
                    other => check_json_rules(other, path, issues),
                }
                path.truncate(mark);
            }
        }
        Value::String(s) if s.trim().is_empty() => {
            issues.push(issue("value", path, "strings must have non-whitespace content"));
        }
        Value::String(s) if s.chars().any(|c| c < ' ' && !matches!(c, '\t' | '\r' | '\n')) => {
            issues.push(issue(
                "value",
                path,
                "strings must not contain control characters (below U+0020 except tab, CR and LF)",
            ));
        }
        Value::String(s) if path.ends_with(".reference") && s.len() > MAX_REFERENCE => {
            issues.push(issue(
                "value",
                path,
                &format!("a reference of {} bytes is longer than {MAX_REFERENCE}: not a resource's address", s.len()),
            ));
        }
        _ => {}
    }
}

/// The longest `Reference.reference` accepted, in bytes: a relative reference is at most a type, a
/// 64-character id and a version; an absolute URL this long is not a resource's address.
pub const MAX_REFERENCE: usize = 4096;

/// Reports every element of `raw` that the typed round trip lost.
fn find_dropped(raw: &Value, typed: &Value, path: &mut String, issues: &mut Vec<Issue>) {
    match (raw, typed) {
        (Value::Object(raw_map), Value::Object(typed_map)) => {
            for (key, raw_child) in raw_map {
                let mark = path.len();
                path.push('.');
                path.push_str(key);
                match typed_map.get(key) {
                    Some(typed_child) => find_dropped(raw_child, typed_child, path, issues),
                    // Empty values were already reported by the JSON rules.
                    None if is_empty_value(raw_child) => {}
                    None => issues.push(issue(
                        "structure",
                        path,
                        "element not understood by the FHIR R4 model (unknown element or invalid choice-type value); it would be lost",
                    )),
                }
                path.truncate(mark);
            }
        }
        (Value::Array(raw_items), Value::Array(typed_items)) => {
            if raw_items.len() != typed_items.len() {
                issues.push(issue(
                    "structure",
                    path,
                    &format!("{} items given but {} understood", raw_items.len(), typed_items.len()),
                ));
                return;
            }
            for (i, (r, t)) in raw_items.iter().zip(typed_items).enumerate() {
                let mark = path.len();
                path.push_str(&format!("[{i}]"));
                find_dropped(r, t, path, issues);
                path.truncate(mark);
            }
        }
        _ => {}
    }
}

fn is_empty_value(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
        _ => false,
    }
}

fn issue(code: &'static str, path: &str, message: &str) -> Issue {
    Issue { code, path: path.to_string(), message: message.to_string(), warning: false }
}

fn warning(code: &'static str, path: &str, message: &str) -> Issue {
    Issue { warning: true, ..issue(code, path, message) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn valid_observation_passes() {
        let obs = json!({
            "resourceType": "Observation", "id": "o1", "status": "final",
            "code": {"coding": [{"system": "http://loinc.org", "code": "85319-2"}]},
            "subject": {"reference": "Patient/p1"},
            "valueCodeableConcept": {"coding": [{"system": "http://snomed.info/sct", "code": "10828004"}]},
            "effectiveDateTime": "2021-03-01"
        });
        assert_eq!(check_resource(&obs), vec![]);
    }

    #[test]
    fn control_characters_and_huge_references_are_refused() {
        let with = |reference: String| {
            json!({"resourceType": "Observation", "status": "final", "code": {"text": "x"},
                "subject": {"reference": reference}})
        };
        let nul = check_resource(&with("Patient/p1\u{0}".to_string()));
        assert!(nul.iter().any(|i| i.is_error() && i.message.contains("control characters")), "{nul:?}");
        let long = check_resource(&with(format!("Patient/{}", "a".repeat(10_000))));
        assert!(long.iter().any(|i| i.is_error() && i.message.contains("longer than")), "{long:?}");
        // Tabs and new lines are allowed.
        let text = json!({"resourceType": "Observation", "status": "final", "code": {"text": "line one\n\tline two"}});
        assert!(check_resource(&text).iter().all(|i| !i.is_error()));
    }

    #[test]
    fn bad_choice_value_is_reported_not_dropped() {
        let obs = json!({
            "resourceType": "Observation", "status": "final",
            "code": {"text": "x"}, "valueQuantity": "not a quantity"
        });
        let issues = check_resource(&obs);
        assert!(!issues.is_empty(), "a bad value[x] must be caught");
    }

    #[test]
    fn unknown_element_is_reported() {
        let p = json!({"resourceType": "Patient", "id": "p", "favouriteColour": "blue"});
        let issues = check_resource(&p);
        assert_eq!(issues.len(), 1, "{issues:?}");
        assert_eq!(issues[0].path, "Patient.favouriteColour");
    }

    #[test]
    fn empty_code_and_unknown_type_and_non_fhir() {
        let c = json!({"resourceType": "Condition", "subject": {"reference": "Patient/p"},
                       "code": {"coding": [{"system": "http://snomed.info/sct", "code": ""}]}});
        assert!(check_resource(&c).iter().any(|i| i.path == "Condition.code.coding[0].code"));
        assert_eq!(check_resource(&json!({"resourceType": "Spaceship"}))[0].code, "not-supported");
        assert_eq!(check_resource(&json!({"hello": "world"}))[0].code, "required");
    }

    #[test]
    fn empty_arrays_are_warnings_only() {
        let c = json!({"resourceType": "Patient", "extension": []});
        let issues = check_resource(&c);
        assert_eq!(issues.len(), 1);
        assert!(!issues[0].is_error());
    }

    #[test]
    fn primitive_extension_arrays_may_hold_null() {
        let p = json!({"resourceType": "Patient", "name": [{"given": ["A", "B"],
            "_given": [null, {"extension": [{"url": "http://example.org/x", "valueString": "y"}]}]}]});
        assert_eq!(check_resource(&p), vec![]);
    }
}
