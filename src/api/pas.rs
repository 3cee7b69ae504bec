//! Da Vinci PAS over the FHIR facade: `POST /fhir/Claim/$submit` and `POST /fhir/Claim/$inquire`.
//! Errors are OperationOutcome.

use super::auth::{AuditPatient, Authed};
use super::error::{FhirResponseError, FHIR_JSON};
use super::fhir::{read_body, FhirResult};
use crate::auth::scopes::Interaction;
use crate::fhir::outcome::FhirError;
use crate::startup::AppState;
use crate::store::{EventFilter, PasRecord};
use crate::twin::history;
use crate::twin::necessity::pas::{self, PasError, PasRequest};
use crate::twin::necessity::Verdict;
use actix_web::{web, HttpMessage, HttpRequest, HttpResponse};
use serde_json::Value;

impl From<PasError> for FhirError {
    fn from(e: PasError) -> Self {
        match e {
            PasError::Structure(m) => FhirError::new(400, "structure", m),
            PasError::Invalid(m) => FhirError::new(422, "invariant", m),
        }
    }
}

async fn request_of(
    req: &HttpRequest,
    payload: web::Payload,
    state: &AppState,
    auth: &Authed,
    operation: &str,
    interaction: Interaction,
) -> Result<PasRequest, FhirResponseError> {
    let text = read_body(req, payload, state.settings.max_body_bytes).await?;
    let bundle: Value =
        serde_json::from_str(&text).map_err(|e| FhirError::new(400, "structure", format!("malformed JSON: {e}")))?;
    let request = PasRequest::parse(&bundle, operation).map_err(FhirError::from)?;
    req.extensions_mut().insert(AuditPatient(request.patient_id.clone()));
    auth.check("Claim", interaction, Some(&request.patient_id))?;
    // The response's reasons are read from the stored chart too.
    auth.0.check_twin(&request.patient_id).map_err(FhirError::from)?;
    Ok(request)
}

/// How an earlier request is answered again: its response id, when it was received, and the
/// reviewer determinations recorded on it since.
struct Earlier {
    response_id: String,
    received_at: String,
    determinations: Vec<crate::store::Determination>,
}

/// Decides the request's items (with the stored patient's history when the patient is
/// stored here; a reviewer's determination on an item answers for it), stores claim and
/// response, and answers the response Bundle.
async fn adjudicate(req: &HttpRequest, state: &AppState, request: PasRequest, earlier: Option<Earlier>) -> FhirResult {
    let received_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
    let Earlier { response_id, received_at, determinations } = earlier.unwrap_or_else(|| Earlier {
        response_id: uuid::Uuid::new_v4().to_string(),
        received_at,
        determinations: Vec::new(),
    });
    let stored = history::load_events(&state.store, &request.patient_id, &EventFilter::default()).await?;
    let today = chrono::Utc::now().date_naive();
    let results = pas::decide_items(&state.pathways, &request, &stored, today).map_err(FhirError::from)?;
    let origin = super::fhir::public_origin(req, state);
    let page_base = origin.as_str();
    for r in &results {
        if let Ok(d) = &r.decision {
            state.store.put_decision(d, "pas").await?;
            crate::telemetry::metrics::record_decision(d.outcome.as_str(), "pas");
        }
        // A reviewer's determination on the item answers for its new decision too: the
        // desk's queue and the decision's page show it, not a request back on the clock.
        if let Some((d, h)) = pas::determination_for(r, &determinations) {
            if h.decision_id != d.id {
                let carried = crate::store::Determination {
                    id: uuid::Uuid::new_v4().to_string(),
                    decision_id: d.id.clone(),
                    ..h.clone()
                };
                state.store.put_determination(&carried).await?;
            }
        }
    }
    let approved = results.iter().all(|r| matches!(&r.decision, Ok(d) if d.outcome == Verdict::Supported));
    let bundle = pas::response_bundle(&request, &results, &response_id, page_base, &determinations);
    let record = PasRecord {
        id: response_id,
        identifier: request.identifier.clone(),
        patient_id: request.patient_id.clone(),
        created_at: received_at,
        claim: serde_json::to_string(&request.resources).unwrap_or_default(),
        response: bundle.to_string(),
    };
    state.store.put_pas_claim(&record).await?;
    tracing::info!(items = results.len(), approved, "PAS request adjudicated");
    Ok(HttpResponse::Ok().content_type(FHIR_JSON).body(bundle.to_string()))
}

/// `POST /fhir/Claim/$submit`
#[utoipa::path(post, path = "/fhir/Claim/$submit", tag = "fhir",
    request_body(content = String, content_type = "application/fhir+json", description = "Da Vinci PAS request Bundle"),
    responses((status = 200, description = "PAS response Bundle with the ClaimResponse"), (status = 400, description = "OperationOutcome")))]
pub async fn submit(req: HttpRequest, payload: web::Payload, state: web::Data<AppState>, auth: Authed) -> FhirResult {
    let request = request_of(&req, payload, &state, &auth, "Claim/$submit", Interaction::Create).await?;
    adjudicate(&req, &state, request, None).await
}

/// `POST /fhir/Claim/$inquire`: the status of an earlier request with the same Claim
#[utoipa::path(post, path = "/fhir/Claim/$inquire", tag = "fhir",
    request_body(content = String, content_type = "application/fhir+json", description = "Da Vinci PAS inquiry Bundle"),
    responses((status = 200, description = "PAS inquiry response Bundle"), (status = 404, description = "no such request (OperationOutcome)")))]
/// identifier, re-decided on what is known now (documentation sent since, in the stored
/// record or in this inquiry Bundle, can turn a pended item into an approval); an item a
/// reviewer has determined answers with the determination (approved, pended or denied).
pub async fn inquire(req: HttpRequest, payload: web::Payload, state: web::Data<AppState>, auth: Authed) -> FhirResult {
    let inquiry = request_of(&req, payload, &state, &auth, "Claim/$inquire", Interaction::Read).await?;
    let earlier = state.store.pas_claim(&inquiry.identifier).await?.ok_or_else(|| {
        FhirError::not_found(format!(
            "no prior-authorization request with Claim identifier `{}` was submitted",
            inquiry.identifier
        ))
    })?;
    if earlier.patient_id != inquiry.patient_id {
        return Err(FhirError::not_found(format!(
            "no prior-authorization request with Claim identifier `{}` for this patient",
            inquiry.identifier
        ))
        .into());
    }
    let mut resources: Vec<Value> = serde_json::from_str(&earlier.claim).unwrap_or_default();
    // The original Claim stays first; documentation in the inquiry is added.
    resources.extend(inquiry.resources.iter().skip(1).cloned());
    let original = PasRequest {
        resources,
        ..PasRequest::parse(&bundle_of(&earlier.claim), "Claim/$inquire").map_err(FhirError::from)?
    };
    // Determinations on this submission (not on an earlier one the Claim replaced).
    let determinations = state
        .store
        .claim_determinations(&inquiry.patient_id, &inquiry.identifier)
        .await?
        .into_iter()
        .filter(|d| d.recorded_at >= earlier.created_at)
        .collect();
    let earlier = Earlier { response_id: earlier.id, received_at: earlier.created_at, determinations };
    adjudicate(&req, &state, original, Some(earlier)).await
}

fn bundle_of(resources_json: &str) -> Value {
    let resources: Vec<Value> = serde_json::from_str(resources_json).unwrap_or_default();
    serde_json::json!({
        "resourceType": "Bundle",
        "type": "collection",
        "entry": resources.into_iter().map(|r| serde_json::json!({ "resource": r })).collect::<Vec<_>>(),
    })
}
