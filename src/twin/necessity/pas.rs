//! Da Vinci PAS (Prior Authorization Support): a request Bundle whose first entry is a Claim
//! with `use = preauthorization` → a response Bundle whose first entry is a ClaimResponse.
//! Each Claim item is decided on its own; its adjudication carries the PAS review action:
//! `A1` (certified in total) when supported, `A4` (pended) with what to document or why a
//! reviewer must look — never a denial from the twin. A human reviewer's determination on an
//! item (approved `A1`, pended `A4`, denied `A3`) answers for it once recorded. Pended items come with a CommunicationRequest that
//! asks for the missing documentation.

use super::{decide, events_from_resources, Decision, RequestedService, Verdict};
use crate::store::Determination;
use crate::twin::history::{self, TimelineEvent};
use chrono::{NaiveDate, SecondsFormat, Utc};
use oncotwin_pathway::PathwaySet;
use serde_json::{json, Value};

pub const REVIEW_ACTION: &str = "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-reviewAction";
pub const REVIEW_ACTION_CODE: &str =
    "http://hl7.org/fhir/us/davinci-pas/StructureDefinition/extension-reviewActionCode";
const X12_306: &str = "https://codesystem.x12.org/005010/306";
/// The reviewer determination on a ClaimResponse item (oncotwin's extension).
pub const DETERMINATION: &str = "https://oncotwin.dev/fhir/StructureDefinition/reviewer-determination";

/// What is wrong with a PAS request (OperationOutcome, 400 or 422).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum PasError {
    #[error("{0}")]
    Structure(String),
    #[error("{0}")]
    Invalid(String),
}

/// A Claim item: its sequence and the service it asks for (or why it cannot be read).
pub type ClaimItem = (u64, Result<RequestedService, super::RequestError>);

/// A request Bundle, checked.
#[derive(Debug, Clone)]
pub struct PasRequest {
    pub claim: Value,
    pub patient_id: String,
    /// `system|value` of the Claim's identifier (or `Claim/{id}`): how `$inquire` finds it.
    pub identifier: String,
    /// Every resource of the Bundle.
    pub resources: Vec<Value>,
}

fn reference_id(reference: &str, resources: &[Value], rt: &str) -> Option<String> {
    if let Some(id) = reference.strip_prefix(&format!("{rt}/")) {
        return Some(id.to_string());
    }
    // urn:uuid: / fullUrl references: the id of the resource the entry holds.
    resources.iter().find(|r| r["resourceType"] == rt).and_then(|r| r["id"].as_str()).map(str::to_string)
}

impl PasRequest {
    /// Reads a PAS request (or inquiry) Bundle; `operation` names it in errors.
    pub fn parse(bundle: &Value, operation: &str) -> Result<PasRequest, PasError> {
        if bundle["resourceType"] != "Bundle" {
            return Err(PasError::Structure(format!("{operation} takes a Bundle (resourceType is not Bundle)")));
        }
        let entries = bundle["entry"].as_array().filter(|e| !e.is_empty()).ok_or_else(|| {
            PasError::Structure(format!("{operation}: the Bundle has no entries (the first must be a Claim)"))
        })?;
        // References between entries (`urn:uuid:` fullUrls) written as `Type/id`, as ingest
        // stores them: a result's `focus`, a therapy's `reasonReference` and the claim's
        // diagnoses then name the Condition they concern.
        let resolved = super::eval::bundle_resources(bundle);
        let claim = match entries[0]["resource"].is_object() {
            true => resolved.first().cloned().unwrap_or_default(),
            false => entries[0]["resource"].clone(),
        };
        if claim["resourceType"] != "Claim" {
            return Err(PasError::Invalid(format!("{operation}: the Bundle's first entry must be a Claim")));
        }
        if claim["use"] != "preauthorization" {
            return Err(PasError::Invalid(format!(
                "{operation}: Claim.use must be `preauthorization`, not {}",
                claim["use"]
            )));
        }
        let resources: Vec<Value> = resolved.into_iter().filter(|r| r["resourceType"].is_string()).collect();
        let patient_ref = claim["patient"]["reference"].as_str().unwrap_or_default();
        let patient_id = reference_id(patient_ref, &resources, "Patient")
            .filter(|id| crate::ingest::entry::is_valid_id(id))
            .ok_or_else(|| PasError::Invalid(format!("{operation}: Claim.patient must reference the Patient")))?;
        let identifier = match claim["identifier"].as_array().and_then(|ids| ids.first()) {
            Some(id) if id["value"].is_string() => {
                format!("{}|{}", id["system"].as_str().unwrap_or(""), id["value"].as_str().unwrap_or(""))
            }
            _ => match claim["id"].as_str() {
                Some(id) => format!("Claim/{id}"),
                None => return Err(PasError::Invalid(format!("{operation}: the Claim needs an identifier or an id"))),
            },
        };
        Ok(PasRequest { claim, patient_id, identifier, resources })
    }

    /// The items to decide, each with its sequence.
    pub fn items(&self) -> Result<Vec<ClaimItem>, PasError> {
        let items = self.claim["item"]
            .as_array()
            .filter(|i| !i.is_empty())
            .ok_or_else(|| PasError::Invalid("the Claim has no items".into()))?;
        Ok(items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let service = RequestedService::from_claim_item(item).map(|mut s| {
                    s.reasons = self.item_diagnoses(item);
                    s.expedited = super::request::is_expedited(&self.claim);
                    s
                });
                (item["sequence"].as_u64().unwrap_or(i as u64 + 1), service)
            })
            .collect())
    }

    /// The Conditions a claim item is for: the claim's diagnoses its `diagnosisSequence`
    /// names (all of them when it names none), as `Condition/id`.
    fn item_diagnoses(&self, item: &Value) -> Vec<String> {
        let wanted: Vec<u64> =
            item["diagnosisSequence"].as_array().into_iter().flatten().filter_map(Value::as_u64).collect();
        self.claim["diagnosis"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|d| wanted.is_empty() || d["sequence"].as_u64().is_some_and(|s| wanted.contains(&s)))
            .filter_map(|d| d["diagnosisReference"]["reference"].as_str())
            .filter_map(|r| reference_id(r, &self.resources, "Condition"))
            .map(|id| format!("Condition/{id}"))
            .collect()
    }
}

fn review_action(code: &str, display: &str, number: &str, reason: Option<&str>) -> Value {
    let mut ext = vec![
        json!({ "url": REVIEW_ACTION_CODE, "valueCodeableConcept": { "coding": [{ "system": X12_306, "code": code, "display": display }] } }),
        json!({ "url": "number", "valueString": number }),
    ];
    if let Some(r) = reason {
        ext.push(json!({ "url": "reasonCode", "valueCodeableConcept": { "text": r } }));
    }
    json!({ "url": REVIEW_ACTION, "extension": ext })
}

/// One decided item.
pub struct ItemResult {
    pub sequence: u64,
    pub decision: Result<Decision, String>,
}

/// Decides every item of a request. `stored` are the stored patient's events (if any).
pub fn decide_items(
    set: &PathwaySet,
    request: &PasRequest,
    stored: &[TimelineEvent],
    as_of: NaiveDate,
) -> Result<Vec<ItemResult>, PasError> {
    let mut events = stored.to_vec();
    events.extend(events_from_resources(&request.resources));
    let report = history::facts_by_cancer(&request.patient_id, &events, as_of, set);
    Ok(request
        .items()?
        .into_iter()
        .map(|(sequence, service)| ItemResult {
            sequence,
            decision: service.map(|s| decide(set, report.clone(), s)).map_err(|e| e.to_string()),
        })
        .collect())
}

/// The reviewer's determination in force for a decided item: the latest recorded on this
/// Claim item (its sequence) for the same service.
pub fn determination_for<'a>(
    r: &'a ItemResult,
    determinations: &'a [Determination],
) -> Option<(&'a Decision, &'a Determination)> {
    let d = r.decision.as_ref().ok()?;
    determinations
        .iter()
        .rev()
        .find(|h| {
            u64::try_from(h.claim_item).ok() == Some(r.sequence)
                && h.service_system == d.service.system
                && h.service_code == d.service.code
        })
        .map(|h| (d, h))
}

/// The sequence of the item of a stored response Bundle that a decision answered: the item
/// whose review action carries the decision's id, or whose reviewer determination was
/// recorded on it.
pub fn item_of_decision(response: &str, decision_id: &str) -> Option<i64> {
    let bundle: Value = serde_json::from_str(response).ok()?;
    let items = bundle["entry"][0]["resource"]["item"].as_array()?;
    items
        .iter()
        .find(|item| {
            let action =
                item["adjudication"].as_array().into_iter().flatten().flat_map(|a| {
                    a["extension"].as_array().into_iter().flatten().filter(|e| e["url"] == REVIEW_ACTION)
                });
            let numbered = action
                .flat_map(|e| e["extension"].as_array().into_iter().flatten())
                .any(|e| e["url"] == "number" && e["valueString"] == decision_id);
            let determined = item["extension"]
                .as_array()
                .into_iter()
                .flatten()
                .filter(|e| e["url"] == DETERMINATION)
                .flat_map(|e| e["extension"].as_array().into_iter().flatten())
                .any(|e| e["url"] == "decision" && e["valueString"] == decision_id);
            numbered || determined
        })
        .and_then(|item| item["itemSequence"].as_i64())
}

/// The response Bundle: ClaimResponse first, then a CommunicationRequest per pended item
/// that needs documentation. `page_base` prefixes decision page links. A reviewer's
/// determination on an item's service (`determinations`, oldest first: the latest is in
/// force) answers for the item instead of the twin's recommendation: approved `A1`, pended
/// `A4`, denied `A3` (Not Certified) — a denial only ever comes from a human.
pub fn response_bundle(
    request: &PasRequest,
    results: &[ItemResult],
    response_id: &str,
    page_base: &str,
    determinations: &[Determination],
) -> Value {
    let now = Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true);
    let claim = &request.claim;
    let mut items = Vec::new();
    let mut notes = Vec::new();
    let mut comm_requests = Vec::new();
    let mut all_approved = true;
    let mut all_final = true;
    let communication = |text: &str, sequence: u64| {
        json!({
            "resourceType": "CommunicationRequest",
            "id": uuid::Uuid::new_v4().to_string(),
            "status": "active",
            "subject": { "reference": format!("Patient/{}", request.patient_id) },
            "payload": [{ "contentString": text }],
            "authoredOn": now,
            "reasonCode": [{ "text": format!("documentation for Claim item {sequence}") }],
        })
    };
    for r in results {
        let human = determination_for(r, determinations);
        let (action, disposition) = match (&r.decision, human) {
            (_, Some((d, h))) => {
                let who = format!(
                    "{} by a human reviewer ({}, {}): {} (the twin recommended: {})",
                    h.determination,
                    h.reviewer,
                    &h.recorded_at[..h.recorded_at.len().min(10)],
                    h.reason,
                    d.outcome.as_str()
                );
                let action = match h.determination.as_str() {
                    "approved" => review_action("A1", "Certified in total", &d.id, Some(&who)),
                    "denied" => {
                        all_approved = false;
                        review_action("A3", "Not Certified", &d.id, Some(&who))
                    }
                    _ => {
                        all_approved = false;
                        all_final = false;
                        comm_requests.push(communication(&h.reason, r.sequence));
                        review_action("A4", "Pended", &d.id, Some(&who))
                    }
                };
                (action, format!("item {}: {who}", r.sequence))
            }
            (Ok(d), None) if d.outcome == Verdict::Supported => (
                review_action("A1", "Certified in total", &d.id, None),
                format!("item {}: approved — {}", r.sequence, d.summary),
            ),
            (Ok(d), None) => {
                all_approved = false;
                all_final = false;
                let reason = match d.outcome {
                    Verdict::NeedsDocumentation => format!(
                        "pended: documentation needed — {}",
                        d.missing.iter().map(|m| m.message.as_str()).collect::<Vec<_>>().join("; ")
                    ),
                    _ => format!("pended: referred to a human reviewer — {}", d.reasons.join(" ")),
                };
                if d.outcome == Verdict::NeedsDocumentation {
                    let mut cr = communication("", r.sequence);
                    cr["payload"] = d.missing.iter().map(|m| json!({ "contentString": m.message })).collect();
                    comm_requests.push(cr);
                }
                (review_action("A4", "Pended", &d.id, Some(&reason)), format!("item {}: {reason}", r.sequence))
            }
            (Err(e), None) => {
                all_approved = false;
                all_final = false;
                let reason = format!("pended: the item could not be read ({e}); referred to a human reviewer");
                (review_action("A4", "Pended", response_id, Some(&reason)), format!("item {}: {reason}", r.sequence))
            }
        };
        notes.push(json!({ "number": notes.len() + 1, "type": "display", "text": disposition }));
        let mut item = json!({
            "itemSequence": r.sequence,
            "adjudication": [{
                "category": { "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/adjudication", "code": "submitted" }] },
                "extension": [action],
            }],
        });
        if let Ok(d) = &r.decision {
            item["extension"] = json!([{ "url": "https://oncotwin.dev/fhir/StructureDefinition/necessity-decision", "valueUrl": format!("{page_base}/ui/necessity/{}", d.id) }]);
        }
        if let Some((_, h)) = human {
            item["extension"].as_array_mut().into_iter().for_each(|e| {
                e.push(json!({ "url": DETERMINATION, "extension": [
                    { "url": "determination", "valueCode": h.determination },
                    { "url": "reason", "valueString": h.reason },
                    { "url": "reviewer", "valueString": h.reviewer },
                    { "url": "recorded", "valueDateTime": h.recorded_at },
                    { "url": "decision", "valueString": h.decision_id },
                ] }))
            });
        }
        items.push(item);
    }
    let request_ref = match claim["identifier"].as_array().and_then(|i| i.first()) {
        Some(id) => json!({ "identifier": id }),
        None => json!({ "reference": format!("Claim/{}", claim["id"].as_str().unwrap_or_default()) }),
    };
    let mut response = json!({
        "resourceType": "ClaimResponse",
        "id": response_id,
        "identifier": [{ "system": "urn:oncotwin:pas", "value": response_id }],
        "status": "active",
        "type": claim["type"].clone(),
        "use": "preauthorization",
        "patient": { "reference": format!("Patient/{}", request.patient_id) },
        "created": now,
        "insurer": if claim["insurer"].is_object() { claim["insurer"].clone() } else { json!({ "display": "oncotwin prior-authorization review" }) },
        "request": request_ref,
        "outcome": if all_final { "complete" } else { "partial" },
        "disposition": match (all_approved, all_final) {
            (true, _) => "approved",
            (false, true) => "determined by a human reviewer: not every item is certified",
            _ => "pended: documentation or human review needed",
        },
        "preAuthRef": response_id,
        "item": items,
        "processNote": notes,
    });
    if claim["type"].is_null() {
        response["type"] = json!({ "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/claim-type", "code": "professional" }] });
    }
    if let Some(r) = claim["provider"].as_object() {
        response["requestor"] = Value::Object(r.clone());
    }
    if !comm_requests.is_empty() {
        response["communicationRequest"] = comm_requests
            .iter()
            .map(|c| json!({ "reference": format!("urn:uuid:{}", c["id"].as_str().unwrap_or_default()) }))
            .collect();
    }
    let mut entries = vec![json!({ "fullUrl": format!("urn:uuid:{response_id}"), "resource": response })];
    for c in comm_requests {
        entries.push(json!({ "fullUrl": format!("urn:uuid:{}", c["id"].as_str().unwrap_or_default()), "resource": c }));
    }
    if let Some(p) = request.resources.iter().find(|r| r["resourceType"] == "Patient") {
        entries.push(json!({ "fullUrl": format!("urn:uuid:{}", uuid::Uuid::new_v4()), "resource": p }));
    }
    json!({
        "resourceType": "Bundle",
        "id": uuid::Uuid::new_v4().to_string(),
        "identifier": { "system": "urn:oncotwin:pas-response", "value": response_id },
        "type": "collection",
        "timestamp": now,
        "entry": entries,
    })
}
