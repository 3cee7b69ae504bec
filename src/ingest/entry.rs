//! Entries: splitting Bundles and NDJSON into entries, and preparing each for the store.

use crate::fhir::outcome::{operation_outcome, OutcomeIssue};
use crate::fhir::params::index_resource;
use crate::fhir::reference::{rewrite_references, FullUrlMap};
use crate::store::{QuarantineRecord, WriteRequest};
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::Value;

/// How the entries of one unit are applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitMode {
    /// All or nothing.
    Transaction,
    /// Each entry on its own (batch and collection Bundles, NDJSON lines, single resources).
    Independent,
}

/// One entry as received, before it is parsed.
#[derive(Debug, Clone)]
pub struct IncomingEntry {
    /// Position in the unit's input, so answers keep the order of the request.
    pub ordinal: usize,
    /// Where in the source: `entry[3]`, `line 17`, `line 4 entry[2]`.
    pub location: String,
    pub full_url: Option<String>,
    pub method: Option<String>,
    pub url: Option<String>,
    /// The resource JSON exactly as received.
    pub raw: String,
    /// `If-Match` / `If-None-Match` (headers, or the entry's `request.ifMatch`/`ifNoneMatch`).
    pub precondition: Option<crate::store::Precondition>,
}

/// A set of entries applied together: one Bundle, or a run of NDJSON lines.
#[derive(Debug, Clone)]
pub struct Unit {
    pub mode: UnitMode,
    pub entries: Vec<IncomingEntry>,
    /// Entries that failed before they could be split out, with their ordinals.
    pub broken: Vec<(usize, QuarantineRecord)>,
    /// Conditional references (`Patient?identifier=…`) already resolved against the store,
    /// each to its `Type/id` ([`super::conditional`]); rewritten like fullUrls.
    pub resolved: crate::fhir::reference::FullUrlMap,
}

#[derive(Deserialize)]
struct BundleShell<'a> {
    #[serde(rename = "type")]
    bundle_type: Option<String>,
    #[serde(borrow)]
    entry: Option<Vec<&'a RawValue>>,
}

#[derive(Deserialize)]
struct EntryShell<'a> {
    #[serde(rename = "fullUrl")]
    full_url: Option<String>,
    #[serde(borrow)]
    resource: Option<&'a RawValue>,
    request: Option<RequestShell>,
}

#[derive(Deserialize)]
struct RequestShell {
    method: Option<String>,
    url: Option<String>,
    #[serde(rename = "ifMatch")]
    if_match: Option<String>,
    #[serde(rename = "ifNoneMatch")]
    if_none_match: Option<String>,
}

#[derive(Deserialize)]
struct TypeShell {
    #[serde(rename = "resourceType")]
    resource_type: Option<String>,
}

/// Why a piece of input could not be split into entries.
#[derive(Debug, Clone)]
pub struct Unreadable {
    pub reason: &'static str,
    pub issue: OutcomeIssue,
}

/// The resourceType of a JSON document, if it is an object that names one.
pub fn resource_type_of(text: &str) -> Result<Option<String>, Unreadable> {
    serde_json::from_str::<TypeShell>(text).map(|t| t.resource_type).map_err(|e| Unreadable {
        reason: if e.is_data() { "not-a-resource" } else { "invalid-json" },
        issue: OutcomeIssue::error(
            if e.is_data() { "structure" } else { "invalid" },
            format!("not readable as a FHIR resource: {e}"),
        ),
    })
}

/// Splits a Bundle's text into a unit. `document` and `message` Bundles are kept whole, as
/// one Bundle resource; every other type is split into its entries.
pub fn split_bundle(text: &str, location_prefix: &str, source: &str) -> Result<Unit, Unreadable> {
    let shell: BundleShell = serde_json::from_str(text).map_err(|e| Unreadable {
        reason: "invalid-bundle",
        issue: OutcomeIssue::error("structure", format!("Bundle is not readable: {e}")),
    })?;
    let bundle_type = shell.bundle_type.as_deref().unwrap_or("collection");
    if matches!(bundle_type, "document" | "message") {
        return Ok(Unit {
            mode: UnitMode::Independent,
            entries: vec![IncomingEntry {
                ordinal: 0,
                location: location_prefix.trim().to_string(),
                full_url: None,
                method: None,
                url: None,
                raw: text.to_string(),
                precondition: None,
            }],
            broken: Vec::new(),
            resolved: Default::default(),
        });
    }
    let mode = if bundle_type == "transaction" { UnitMode::Transaction } else { UnitMode::Independent };
    let mut unit = Unit { mode, entries: Vec::new(), broken: Vec::new(), resolved: Default::default() };
    for (i, raw_entry) in shell.entry.unwrap_or_default().into_iter().enumerate() {
        let location = format!("{location_prefix}entry[{i}]");
        match serde_json::from_str::<EntryShell>(raw_entry.get()) {
            Ok(EntryShell { resource: Some(resource), full_url, request }) => {
                let precondition = request.as_ref().map_or(Ok(None), |r| {
                    crate::store::Precondition::parse(r.if_match.as_deref(), r.if_none_match.as_deref())
                });
                match precondition {
                    Ok(precondition) => unit.entries.push(IncomingEntry {
                        ordinal: i,
                        location,
                        full_url,
                        method: request.as_ref().and_then(|r| r.method.clone()),
                        url: request.and_then(|r| r.url),
                        raw: resource.get().to_string(),
                        precondition,
                    }),
                    Err(why) => unit.broken.push((
                        i,
                        quarantine_record(
                            source,
                            &location,
                            None,
                            "invalid-entry",
                            OutcomeIssue::error("value", format!("request: {why}")),
                            raw_entry.get(),
                        ),
                    )),
                }
            }
            Ok(EntryShell { resource: None, .. }) => unit.broken.push((
                i,
                quarantine_record(
                    source,
                    &location,
                    None,
                    "missing-resource",
                    OutcomeIssue::error("required", "Bundle entry has no resource"),
                    raw_entry.get(),
                ),
            )),
            Err(e) => unit.broken.push((
                i,
                quarantine_record(
                    source,
                    &location,
                    None,
                    "invalid-entry",
                    OutcomeIssue::error("structure", format!("Bundle entry is not readable: {e}")),
                    raw_entry.get(),
                ),
            )),
        }
    }
    Ok(unit)
}

/// Builds a quarantine record with a one-issue OperationOutcome.
pub fn quarantine_record(
    source: &str,
    location: &str,
    resource_type: Option<String>,
    reason: &str,
    issue: OutcomeIssue,
    raw: &str,
) -> QuarantineRecord {
    QuarantineRecord {
        source: source.to_string(),
        location: location.to_string(),
        resource_type,
        reason: reason.to_string(),
        outcome: operation_outcome(&[issue.at(location.to_string())]),
        raw: raw.to_string(),
    }
}

/// An entry after parsing and checking, before references are resolved.
pub struct CheckedEntry {
    pub entry: IncomingEntry,
    pub value: Value,
    pub resource_type: String,
    pub id: String,
}

/// Parses and checks one entry and decides its id.
///
/// The error is the quarantine record itself, stored as it is; boxing it would only move
/// the allocation.
#[allow(clippy::result_large_err)]
pub fn check_entry(entry: IncomingEntry, source: &str) -> Result<CheckedEntry, QuarantineRecord> {
    let fail = |entry: &IncomingEntry, resource_type: Option<String>, reason: &str, issues: Vec<OutcomeIssue>| {
        // Say where in the input each problem is, as well as where in the resource.
        let issues: Vec<OutcomeIssue> = issues
            .into_iter()
            .map(|mut i| {
                i.diagnostics = format!("{}: {}", entry.location, i.diagnostics);
                if i.expression.is_none() {
                    i.at(entry.location.clone())
                } else {
                    i
                }
            })
            .collect();
        QuarantineRecord {
            source: source.to_string(),
            location: entry.location.clone(),
            resource_type,
            reason: reason.to_string(),
            outcome: operation_outcome(&issues),
            raw: entry.raw.clone(),
        }
    };
    let value: Value = match serde_json::from_str(&entry.raw) {
        Ok(v) => v,
        Err(e) => {
            return Err(fail(
                &entry,
                None,
                "invalid-json",
                vec![OutcomeIssue::error("structure", format!("invalid JSON: {e}"))],
            ))
        }
    };
    let issues: Vec<fhir_io::Issue> =
        fhir_io::check_resource(&value).into_iter().filter(fhir_io::Issue::is_error).collect();
    let resource_type = value.get("resourceType").and_then(Value::as_str).map(str::to_string);
    if !issues.is_empty() {
        let reason = match issues[0].code {
            "required" => "not-a-resource",
            "not-supported" => "unknown-resource-type",
            _ => "invalid-resource",
        };
        return Err(fail(&entry, resource_type, reason, issues.into_iter().map(OutcomeIssue::from).collect()));
    }
    let resource_type = resource_type.unwrap_or_default();
    let own_id = value.get("id").and_then(Value::as_str).map(str::to_string);

    let id = match entry.method.as_deref() {
        None | Some("POST") => own_id
            .or_else(|| entry.full_url.as_deref().and_then(|u| u.strip_prefix("urn:uuid:")).map(str::to_string))
            .unwrap_or_else(|| derived_id(&value)),
        Some("PUT") => {
            let url = entry.url.as_deref().unwrap_or("");
            let path = url.split('?').next().unwrap_or("");
            match path.split_once('/') {
                Some((t, id)) if t == resource_type && !id.contains('/') => {
                    if own_id.as_deref().is_some_and(|own| own != id) {
                        return Err(fail(
                            &entry,
                            Some(resource_type),
                            "id-mismatch",
                            vec![OutcomeIssue::error(
                                "invalid",
                                format!("PUT {url} but the resource's id is `{}`", own_id.unwrap_or_default()),
                            )],
                        ));
                    }
                    id.to_string()
                }
                _ => {
                    return Err(fail(
                        &entry,
                        Some(resource_type.clone()),
                        "invalid-request",
                        vec![OutcomeIssue::error(
                            "invalid",
                            format!("PUT needs request.url `{resource_type}/[id]`, got `{url}`"),
                        )],
                    ))
                }
            }
        }
        Some(other) => {
            return Err(fail(
                &entry,
                Some(resource_type),
                "unsupported-method",
                vec![OutcomeIssue::error(
                    "not-supported",
                    format!("Bundle request method {other} is not supported for ingest (POST and PUT are)"),
                )],
            ))
        }
    };
    if !is_valid_id(&id) {
        return Err(fail(
            &entry,
            Some(resource_type),
            "invalid-id",
            vec![OutcomeIssue::error("value", format!("`{id}` is not a valid FHIR id (1–64 of A–Z a–z 0–9 - .)"))],
        ));
    }
    Ok(CheckedEntry { entry, value, resource_type, id })
}

/// FHIR id syntax: `[A-Za-z0-9\-\.]{1,64}`.
pub fn is_valid_id(id: &str) -> bool {
    (1..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
}

/// A deterministic id for a resource that came without one, so re-sending it is idempotent.
fn derived_id(value: &Value) -> String {
    let hash = content_hash(value);
    hash[..32].to_string()
}

/// Resolves references, sets the id and computes hash and index rows.
pub fn resolve_entry(checked: CheckedEntry, map: &FullUrlMap, source: &str) -> (WriteRequest, Vec<String>) {
    let CheckedEntry { entry, mut value, resource_type, id } = checked;
    let unresolved = rewrite_references(&mut value, map);
    if let Some(object) = value.as_object_mut() {
        object.insert("id".to_string(), Value::String(id.clone()));
    }
    let content_hash = content_hash(&value);
    let index = index_resource(&resource_type, &id, &value);
    // Notes are only queued with the write: extraction runs in the background workers.
    let note_patient = crate::notes::source::note_patient(&resource_type, index.patient_id.as_deref(), &value);
    let request = WriteRequest {
        resource_type,
        id,
        content: value,
        original: entry.raw,
        content_hash,
        index,
        source: source.to_string(),
        note_patient,
        precondition: entry.precondition,
    };
    (request, unresolved)
}

/// Hash of a resource's content, independent of key order and of meta.versionId/lastUpdated.
pub fn content_hash(value: &Value) -> String {
    let mut hasher = blake3::Hasher::new();
    hash_value(value, &mut hasher, true);
    hasher.finalize().to_hex().to_string()
}

fn hash_value(value: &Value, hasher: &mut blake3::Hasher, root: bool) {
    match value {
        Value::Object(object) => {
            let mut keys: Vec<&String> = object.keys().collect();
            keys.sort();
            hasher.update(b"{");
            for key in keys {
                let child = &object[key];
                if root && key == "meta" {
                    if let Value::Object(meta) = child {
                        let kept: serde_json::Map<String, Value> = meta
                            .iter()
                            .filter(|(k, _)| *k != "versionId" && *k != "lastUpdated")
                            .map(|(k, v)| (k.clone(), v.clone()))
                            .collect();
                        if kept.is_empty() {
                            continue;
                        }
                        hasher.update(b"\"meta\":");
                        hash_value(&Value::Object(kept), hasher, false);
                        hasher.update(b",");
                        continue;
                    }
                }
                hash_str(key, hasher);
                hasher.update(b":");
                hash_value(child, hasher, false);
                hasher.update(b",");
            }
            hasher.update(b"}");
        }
        Value::Array(items) => {
            hasher.update(b"[");
            for item in items {
                hash_value(item, hasher, false);
                hasher.update(b",");
            }
            hasher.update(b"]");
        }
        Value::String(s) => hash_str(s, hasher),
        other => {
            hasher.update(other.to_string().as_bytes());
        }
    }
}

fn hash_str(s: &str, hasher: &mut blake3::Hasher) {
    hasher.update(b"\"");
    hasher.update(&(s.len() as u64).to_le_bytes());
    hasher.update(s.as_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn hash_ignores_key_order_and_version_meta() {
        let a = json!({"resourceType": "Patient", "id": "p", "gender": "female", "meta": {"versionId": "3", "lastUpdated": "2020-01-01T00:00:00Z"}});
        let b = json!({"gender": "female", "id": "p", "resourceType": "Patient"});
        assert_eq!(content_hash(&a), content_hash(&b));
        let c = json!({"gender": "male", "id": "p", "resourceType": "Patient"});
        assert_ne!(content_hash(&a), content_hash(&c));
        let tagged =
            json!({"resourceType": "Patient", "id": "p", "gender": "female", "meta": {"tag": [{"code": "x"}]}});
        assert_ne!(content_hash(&a), content_hash(&tagged));
    }

    #[test]
    fn ids() {
        assert!(is_valid_id("abc-1.2"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("a/b"));
        assert!(!is_valid_id(&"x".repeat(65)));
    }

    #[test]
    fn split_keeps_entries_verbatim_and_flags_broken_ones() {
        let text = r#"{"resourceType":"Bundle","type":"batch","entry":[
            {"fullUrl":"urn:uuid:1","resource":{"resourceType":"Patient",  "id":"1"},"request":{"method":"POST","url":"Patient"}},
            {"fullUrl":"urn:uuid:2"},
            {"resource": 5}]}"#;
        let unit = split_bundle(text, "", "t").unwrap();
        assert_eq!(unit.mode, UnitMode::Independent);
        assert_eq!(unit.entries.len(), 2);
        assert_eq!(unit.entries[0].raw, r#"{"resourceType":"Patient",  "id":"1"}"#);
        assert_eq!(unit.broken.len(), 1);
        assert_eq!(unit.broken[0].1.reason, "missing-resource");
        assert_eq!(unit.broken[0].0, 1);
    }
}
