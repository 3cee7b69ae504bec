//! The medical-necessity twin over HTTP: decide (`POST /api/v1/necessity`), fetch a stored
//! decision for audit (`GET /api/v1/necessity/{id}`) and read it as a page
//! (`GET /ui/necessity/{id}`). Thin handlers over `twin::necessity`.

use super::auth::{AuditPatient, Authed};
use super::error::ApiError;
use crate::ingest::entry::is_valid_id;
use crate::startup::AppState;
use crate::store::Determination;
use crate::twin::history::HistoryError;
use crate::twin::necessity::determination::{self, DeterminationError};
use crate::twin::necessity::{self, Decision, NecessityError, RequestError, RequestedService};
use actix_web::{web, HttpMessage, HttpRequest, HttpResponse};
use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::{json, Value};

/// Registers the routes (full paths; before the `/api/v1` scope).
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/api/v1/necessity", web::post().to(create))
        .route("/api/v1/necessity/{id}", web::get().to(get))
        .route("/api/v1/necessity/{id}/determination", web::post().to(determine))
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
    /// The request is urgent: due in 72 hours, not 7 days (an order's `priority` urgent,
    /// asap or stat says so too).
    #[serde(default)]
    expedited: bool,
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

/// The decision with links to itself and its page; with `determinations` (a reviewer's,
/// oldest first) and the one in force as `determination` when given.
pub fn decision_json(d: &Decision, determinations: Option<&[Determination]>) -> Value {
    let mut v = serde_json::to_value(d).unwrap_or(Value::Null);
    v["links"] = json!({ "self": format!("/api/v1/necessity/{}", d.id), "page": format!("/ui/necessity/{}", d.id) });
    if let Some(all) = determinations {
        v["determination"] = all.last().map_or(Value::Null, |h| json!(h));
        v["determinations"] = json!(all);
    }
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
    let mut service = service_of(&body)?;
    service.expedited |= body.expedited;
    let as_of = body.date.unwrap_or_else(|| chrono::Utc::now().date_naive());
    let decision =
        necessity::decide_stored(&state.store, &state.pathways, &body.patient, service, as_of, "api").await?;
    crate::telemetry::metrics::record_decision(decision.outcome.as_str(), "api");
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/v1/necessity/{}", decision.id)))
        .json(decision_json(&decision, None)))
}

/// A stored decision the caller may read (the decision names its patient).
pub(super) async fn readable(
    req: &HttpRequest,
    id: &str,
    state: &AppState,
    auth: &Authed,
) -> Result<Decision, ApiError> {
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
    let determinations = state.store.determinations(&decision.id).await?;
    Ok(HttpResponse::Ok().json(decision_json(&decision, Some(&determinations))))
}

/// The body of a determination.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct DeterminationBody {
    /// `approved`, `pended` (for documentation) or `denied`.
    pub determination: String,
    /// What the reviewer based it on (1-1000 characters).
    pub reason: String,
}

/// Checks that the caller may record a determination on `patient`'s decision: read of the
/// chart the decision rests on, and create on ClaimResponse (a determination is the
/// reviewer's answer to the request). A patient-scoped session may not.
pub(super) fn check_reviewer(auth: &Authed, patient: &str) -> Result<(), ApiError> {
    // A patient-context token (a patient's app, a patient-scoped session) may read its
    // decisions but never determine them, whatever its scopes say.
    if auth.0.patient.is_some() {
        return Err(ApiError::new(
            403,
            "not a reviewer",
            "a token in a patient's context cannot record a reviewer determination",
        ));
    }
    auth.0.check_twin(patient)?;
    auth.0.check("ClaimResponse", crate::auth::scopes::Interaction::Create, Some(patient))?;
    Ok(())
}

impl From<DeterminationError> for ApiError {
    fn from(e: DeterminationError) -> Self {
        match e {
            DeterminationError::Store(e) => e.into(),
            other => ApiError::new(422, "invalid determination", other.to_string()),
        }
    }
}

/// `POST /api/v1/necessity/{id}/determination`: a reviewer's determination.
#[utoipa::path(post, path = "/api/v1/necessity/{id}/determination", tag = "necessity",
    params(("id" = String, Path, description = "decision id")), request_body = DeterminationBody,
    responses((status = 201, description = "Recorded: the determination (who, when, why); the decision's recommendation is unchanged"),
        (status = 403, description = "No scope to read the patient or create ClaimResponse (problem+json)"), (status = 404, description = "Unknown decision (problem+json)"),
        (status = 422, description = "Not approved/pended/denied, or no reason, or a reason over 1000 characters (problem+json)")))]
pub async fn determine(
    req: HttpRequest,
    path: web::Path<String>,
    body: web::Json<DeterminationBody>,
    state: web::Data<AppState>,
    auth: Authed,
) -> Result<HttpResponse, ApiError> {
    let decision = readable(&req, &path, &state, &auth).await?;
    check_reviewer(&auth, &decision.patient_id)?;
    let recorded =
        determination::record(&state.store, &decision, &body.determination, &body.reason, &auth.0.subject).await?;
    Ok(HttpResponse::Created().insert_header(("Location", format!("/api/v1/necessity/{}", decision.id))).json(recorded))
}

/// `GET /ui/necessity/{id}`: the checklist page.
#[utoipa::path(get, path = "/ui/necessity/{id}", tag = "necessity", params(("id" = String, Path, description = "decision id")),
    responses((status = 200, description = "the prior-authorization checklist page (HTML)", content_type = "text/html")))]
pub async fn page(req: HttpRequest, path: web::Path<String>, state: web::Data<AppState>, auth: Authed) -> HttpResponse {
    match readable(&req, &path, &state, &auth).await {
        Ok(d) => render_page(&req, &state, &auth, &d, None, 200).await,
        Err(e) => super::history::html_error(e.status, &e.detail),
    }
}

/// The checklist page with its reviewer part (the form for a session that may record a
/// determination; `error` a refused post).
pub(super) async fn render_page(
    req: &HttpRequest,
    state: &AppState,
    auth: &Authed,
    d: &Decision,
    error: Option<&str>,
    status: u16,
) -> HttpResponse {
    let looked_up = async {
        Ok::<_, crate::store::StoreError>((
            state.store.determinations(&d.id).await?,
            necessity::evidence::index(&state.store, d).await?,
        ))
    };
    let (determinations, evidence) = match looked_up.await {
        Ok(all) => all,
        Err(e) => {
            let e: ApiError = e.into();
            return super::history::html_error(e.status, &e.detail);
        }
    };
    let csrf = req.extensions().get::<super::auth::SessionCsrf>().map(|c| c.0.clone());
    let csrf = csrf.filter(|c| !c.is_empty() && check_reviewer(auth, &d.patient_id).is_ok());
    let review = necessity::page::Review { determinations: &determinations, csrf: csrf.as_deref(), error, evidence };
    HttpResponse::build(actix_web::http::StatusCode::from_u16(status).unwrap_or_default())
        .content_type("text/html; charset=utf-8")
        .insert_header(("Cache-Control", "no-store"))
        .body(necessity::page::render_reviewed(d, &review))
}
