//! The medical-necessity twin over HTTP: decide (`POST /api/v1/necessity`), fetch a stored
//! decision for audit (`GET /api/v1/necessity/{id}`) and read it as a page
//! (`GET /ui/necessity/{id}`). Thin handlers over `twin::necessity`.

use super::auth::{AuditPatient, Authed};
use super::error::ApiError;
use crate::ingest::entry::is_valid_id;
use crate::startup::AppState;
use crate::twin::history::HistoryError;
use crate::twin::necessity::{self, Decision, NecessityError, RequestError, RequestedService};
use actix_web::{web, HttpMessage, HttpRequest, HttpResponse};
use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::{json, Value};

/// Registers the routes (full paths; before the `/api/v1` scope).
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/api/v1/necessity", web::post().to(create))
        .route("/api/v1/necessity/{id}", web::get().to(get))
        .route("/ui/necessity/{id}", web::get().to(page));
}

impl From<RequestError> for ApiError {
    fn from(err: RequestError) -> Self {
        ApiError::new(422, "unreadable service request", err.to_string())
    }
}

impl From<NecessityError> for ApiError {
    fn from(err: NecessityError) -> Self {
        match err {
            NecessityError::History(HistoryError::UnknownPatient(id)) => ApiError::new(
                404,
                "unknown patient",
                format!("no patient `{id}` is stored; ingest the patient's data first"),
            ),
            NecessityError::History(HistoryError::Store(e)) | NecessityError::Store(e) => e.into(),
            NecessityError::Request(e) => e.into(),
        }
    }
}

/// The body of `POST /api/v1/necessity`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DecideBody {
    /// The patient's id.
    patient: String,
    /// The service as a code (`system` a URI or `rxnorm`/`hcpcs`/`cpt`/`snomed`).
    service: Option<CodeBody>,
    /// Or the order itself: a MedicationRequest, ServiceRequest or DeviceRequest.
    resource: Option<Value>,
    /// The date the decision is made for (default today).
    date: Option<NaiveDate>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CodeBody {
    system: String,
    code: String,
    display: Option<String>,
}

fn bad_body(detail: impl Into<String>) -> ApiError {
    ApiError::new(400, "invalid request body", detail)
}

/// The service of a request body: exactly one of `service` and `resource`.
fn service_of(body: &DecideBody) -> Result<RequestedService, ApiError> {
    match (&body.service, &body.resource) {
        (Some(s), None) => Ok(RequestedService::from_code(&s.system, &s.code, s.display.as_deref())?),
        (None, Some(r)) => Ok(RequestedService::from_resource(r)?),
        _ => Err(bad_body("give exactly one of `service` ({\"system\", \"code\"}) and `resource` (a FHIR request)")),
    }
}

/// The decision with links to itself and its page.
pub fn decision_json(d: &Decision) -> Value {
    let mut v = serde_json::to_value(d).unwrap_or(Value::Null);
    v["links"] = json!({ "self": format!("/api/v1/necessity/{}", d.id), "page": format!("/ui/necessity/{}", d.id) });
    v
}

/// `POST /api/v1/necessity`
#[utoipa::path(post, path = "/api/v1/necessity", tag = "necessity",
    request_body(content = serde_json::Value, content_type = "application/json", description = "{patient, service: {system, code}, coverage?}: the service asked for"),
    responses((status = 201, description = "the decision: supported, needs documentation or refer to a reviewer, with reasons, evidence and the pathway node"),
        (status = 400, description = "bad request (problem+json)"), (status = 403, description = "scopes short of the twin's sources"), (status = 413, description = "body too large")))]
pub async fn create(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
    auth: Authed,
) -> Result<HttpResponse, ApiError> {
    let body = super::fhir::read_bytes(&req, payload, state.settings.max_body_bytes).await.map_err(|e| {
        ApiError::new(
            e.status,
            "request body too large",
            e.issues.first().map(|i| i.diagnostics.clone()).unwrap_or_default(),
        )
    })?;
    let body: DecideBody =
        serde_json::from_slice(&body).map_err(|e| bad_body(format!("not a necessity request: {e}")))?;
    if !is_valid_id(&body.patient) {
        return Err(bad_body("`patient` is 1-64 characters of A-Z, a-z, 0-9, '-' and '.'"));
    }
    req.extensions_mut().insert(AuditPatient(body.patient.clone()));
    auth.0.check_twin(&body.patient)?;
    let service = service_of(&body)?;
    let as_of = body.date.unwrap_or_else(|| chrono::Utc::now().date_naive());
    let decision =
        necessity::decide_stored(&state.store, &state.pathways, &body.patient, service, as_of, "api").await?;
    crate::telemetry::metrics::record_decision(decision.outcome.as_str(), "api");
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/v1/necessity/{}", decision.id)))
        .json(decision_json(&decision)))
}

/// A stored decision the caller may read (the decision names its patient).
async fn readable(req: &HttpRequest, id: &str, state: &AppState, auth: &Authed) -> Result<Decision, ApiError> {
    let not_found = || ApiError::new(404, "unknown decision", format!("no necessity decision `{id}` is stored"));
    if id.len() > 64 || !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return Err(not_found());
    }
    let decision = match state.store.decision(id).await? {
        Some(d) => d,
        None => {
            // A hook decision may still be queued for its batch write.
            state.decisions.flush().await;
            state.store.decision(id).await?.ok_or_else(not_found)?
        }
    };
    req.extensions_mut().insert(AuditPatient(decision.patient_id.clone()));
    auth.0.check_twin(&decision.patient_id)?;
    Ok(decision)
}

/// `GET /api/v1/necessity/{id}`
#[utoipa::path(get, path = "/api/v1/necessity/{id}", tag = "necessity", params(("id" = String, Path, description = "decision id")),
    responses((status = 200, description = "a stored decision"), (status = 404, description = "unknown decision (problem+json)")))]
pub async fn get(
    req: HttpRequest,
    path: web::Path<String>,
    state: web::Data<AppState>,
    auth: Authed,
) -> Result<HttpResponse, ApiError> {
    let decision = readable(&req, &path, &state, &auth).await?;
    Ok(HttpResponse::Ok().json(decision_json(&decision)))
}

/// `GET /ui/necessity/{id}`: the checklist page.
#[utoipa::path(get, path = "/ui/necessity/{id}", tag = "necessity", params(("id" = String, Path, description = "decision id")),
    responses((status = 200, description = "the prior-authorization checklist page (HTML)", content_type = "text/html")))]
pub async fn page(req: HttpRequest, path: web::Path<String>, state: web::Data<AppState>, auth: Authed) -> HttpResponse {
    match readable(&req, &path, &state, &auth).await {
        Ok(d) => HttpResponse::Ok().content_type("text/html; charset=utf-8").body(necessity::page::render(&d)),
        Err(e) => super::history::html_error(e.status, &e.detail),
    }
}
