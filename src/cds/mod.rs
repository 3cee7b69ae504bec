//! CDS Hooks 2.0: the services oncotwin offers, the request they read (context, prefetch,
//! `fhirServer` + `fhirAuthorization`), and the cards and system actions they answer with.
//! The medical-necessity services (`order-select`, `order-sign`) add the Da Vinci CRD
//! coverage-information extension to each draft order they decide on.

pub mod crd;
pub mod fetch;
pub mod jwt;

use serde::Deserialize;
use serde_json::{json, Map, Value};

/// The id of the `order-sign` necessity service.
pub const ORDER_SIGN: &str = "oncotwin-necessity-order-sign";
/// The id of the `order-select` necessity service.
pub const ORDER_SELECT: &str = "oncotwin-necessity-order-select";

/// What the necessity services prefetch: everything the facts are derived from.
pub fn necessity_prefetch() -> Value {
    json!({
        "patient": "Patient/{{context.patientId}}",
        "conditions": "Condition?patient={{context.patientId}}",
        "observations": "Observation?patient={{context.patientId}}",
        "medicationRequests": "MedicationRequest?patient={{context.patientId}}",
        "medicationAdministrations": "MedicationAdministration?patient={{context.patientId}}",
        "procedures": "Procedure?patient={{context.patientId}}",
        "diagnosticReports": "DiagnosticReport?patient={{context.patientId}}",
        "coverage": "Coverage?patient={{context.patientId}}&status=active"
    })
}

/// One service of the discovery document.
pub struct Service {
    pub id: &'static str,
    pub hook: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    pub prefetch: Value,
}

/// The necessity services (the navigation twin adds its own).
pub fn necessity_services() -> Vec<Service> {
    vec![
        Service {
            id: ORDER_SIGN,
            hook: "order-sign",
            title: "oncotwin medical necessity (order-sign)",
            description: "Checks each draft oncology order against the care pathway that supports it and returns the \
                          outcome (supported, documentation needed, or refer to a reviewer — never a denial) with its \
                          evidence, and the Da Vinci CRD coverage-information extension on the order.",
            prefetch: necessity_prefetch(),
        },
        Service {
            id: ORDER_SELECT,
            hook: "order-select",
            title: "oncotwin medical necessity (order-select)",
            description: "As order-sign, for the orders just selected: early notice of what documentation a prior \
                          authorization will need.",
            prefetch: necessity_prefetch(),
        },
    ]
}

/// The discovery document.
pub fn discovery(services: &[Service]) -> Value {
    let list: Vec<Value> = services
        .iter()
        .map(|s| {
            json!({
                "hook": s.hook,
                "id": s.id,
                "title": s.title,
                "description": s.description,
                "prefetch": s.prefetch,
                "usageRequirements": "Send a signed CDS Hooks JWT (iss on oncotwin's allow-list, aud = this service's URL). \
                                      Prefetch what the templates name, or a fhirServer with fhirAuthorization.",
            })
        })
        .collect();
    json!({ "services": list })
}

/// `fhirAuthorization` of a hook request.
#[derive(Debug, Clone, Deserialize)]
pub struct FhirAuthorization {
    pub access_token: String,
    #[serde(default)]
    pub token_type: Option<String>,
    #[serde(default)]
    pub scope: Option<String>,
    #[serde(default)]
    pub subject: Option<String>,
}

/// A hook request (CDS Hooks 2.0 §HTTP Request).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct HookRequest {
    pub hook: String,
    pub hook_instance: String,
    #[serde(default)]
    pub fhir_server: Option<String>,
    #[serde(default)]
    pub fhir_authorization: Option<FhirAuthorization>,
    pub context: Map<String, Value>,
    #[serde(default)]
    pub prefetch: Option<Map<String, Value>>,
}

/// What is wrong with a hook request (answered 400 with the message).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum HookError {
    #[error("the request body is not a CDS Hooks request: {0}")]
    Malformed(String),
    #[error("service `{service}` answers `{expected}`, not `{got}`")]
    WrongHook { service: String, expected: String, got: String },
    #[error("context.{0} is required for this hook")]
    MissingContext(&'static str),
    #[error("context.{0} is not valid: {1}")]
    BadContext(&'static str, String),
    /// 412: nothing to decide from.
    #[error("no data for patient `{0}`: the request has no prefetch, no fhirServer to fetch from, and the patient is not stored here")]
    NoData(String),
    /// 412: the EHR's FHIR server did not answer.
    #[error("the fhirServer could not be read: {0}")]
    Fetch(String),
}

impl HookRequest {
    /// Parses and checks the request for `service`'s hook.
    pub fn parse(body: &[u8], service: &str, hook: &str) -> Result<HookRequest, HookError> {
        let req: HookRequest = serde_json::from_slice(body).map_err(|e| HookError::Malformed(e.to_string()))?;
        if req.hook != hook {
            return Err(HookError::WrongHook { service: service.into(), expected: hook.into(), got: req.hook });
        }
        if req.hook_instance.trim().is_empty() {
            return Err(HookError::Malformed("hookInstance is empty".into()));
        }
        let patient = req.patient_id()?;
        if !crate::ingest::entry::is_valid_id(patient) {
            return Err(HookError::BadContext("patientId", "not a FHIR id".into()));
        }
        if let Some(server) = &req.fhir_server {
            let ok = url::Url::parse(server).map(|u| matches!(u.scheme(), "http" | "https")).unwrap_or(false);
            if !ok {
                return Err(HookError::Malformed(format!("fhirServer `{server}` is not an http(s) URL")));
            }
        }
        Ok(req)
    }

    pub fn patient_id(&self) -> Result<&str, HookError> {
        self.context.get("patientId").and_then(Value::as_str).ok_or(HookError::MissingContext("patientId"))
    }

    /// Fills `{{context.x}}` in a prefetch template.
    pub fn fill_template(&self, template: &str) -> String {
        let mut out = template.to_string();
        for (k, v) in &self.context {
            if let Some(s) = v.as_str() {
                out = out.replace(&format!("{{{{context.{k}}}}}"), s);
            }
        }
        out
    }
}

/// Every resource in prefetch values: resources as they are, Bundles' entries flattened.
pub fn resources_of(values: impl IntoIterator<Item = Value>) -> Vec<Value> {
    let mut out = Vec::new();
    for v in values {
        flatten(v, &mut out);
    }
    out
}

fn flatten(v: Value, out: &mut Vec<Value>) {
    match v["resourceType"].as_str() {
        Some("Bundle") => {
            if let Value::Object(mut o) = v {
                if let Some(Value::Array(entries)) = o.remove("entry") {
                    for mut e in entries {
                        if let Some(r) = e.get_mut("resource").map(Value::take) {
                            flatten(r, out);
                        }
                    }
                }
            }
        }
        Some(_) => out.push(v),
        None => {}
    }
}

/// Request resource types a draft order can be.
const ORDER_TYPES: [&str; 3] = ["MedicationRequest", "ServiceRequest", "DeviceRequest"];

/// The payer coverage the hook's data names (`Coverage/id`), for CRD coverage information.
pub fn coverage_reference(resources: &[Value]) -> Option<String> {
    resources
        .iter()
        .find(|r| r["resourceType"] == "Coverage")
        .and_then(|r| r["id"].as_str())
        .map(|id| format!("Coverage/{id}"))
}

/// The draft orders of the context (order-sign: all; order-select: the selected ones).
///
/// `context.draftOrders` is required by both hooks; a client that leaves it out (some
/// sandboxes drop it when serialising) is answered from the draft-status orders in the
/// prefetch instead, and refused only when there are none.
pub fn draft_orders(req: &HookRequest, prefetched: Option<&[Value]>) -> Result<Vec<Value>, HookError> {
    let orders = match req.context.get("draftOrders") {
        Some(bundle) => {
            if bundle["resourceType"] != "Bundle" {
                return Err(HookError::BadContext("draftOrders", "must be a Bundle".into()));
            }
            resources_of([bundle.clone()])
        }
        None => {
            let drafts: Vec<Value> = prefetched
                .unwrap_or_default()
                .iter()
                .filter(|r| ORDER_TYPES.contains(&r["resourceType"].as_str().unwrap_or("")) && r["status"] == "draft")
                .cloned()
                .collect();
            if drafts.is_empty() {
                return Err(HookError::MissingContext("draftOrders"));
            }
            tracing::warn!(hook = %req.hook, orders = drafts.len(), "context.draftOrders missing: using the prefetch's draft orders");
            drafts
        }
    };
    if req.hook != "order-select" {
        return Ok(orders);
    }
    let Some(selections) = req.context.get("selections").and_then(Value::as_array) else {
        if req.context.contains_key("draftOrders") {
            return Err(HookError::MissingContext("selections"));
        }
        return Ok(orders);
    };
    let selections: Vec<&str> = selections.iter().filter_map(Value::as_str).collect();
    Ok(orders
        .into_iter()
        .filter(|o| {
            let key = format!("{}/{}", o["resourceType"].as_str().unwrap_or(""), o["id"].as_str().unwrap_or(""));
            selections.contains(&key.as_str())
        })
        .collect())
}
