//! The care-navigation twin over HTTP: a patient's navigation as JSON, the navigators'
//! worklist, and `PlanDefinition/$apply` (a CarePlan). Thin handlers over `twin::navigation`.

use super::auth::Authed;
use super::error::{ApiError, FhirResponseError, FHIR_JSON};
use super::history::{date_param, patient_id};
use crate::fhir::outcome::FhirError;
use crate::ingest::entry::is_valid_id;
use crate::startup::AppState;
use crate::store::WorklistFilter;
use crate::twin::history::HistoryError;
use crate::twin::navigation::{self, GapKind};
use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use serde_json::Value;

/// Registers the routes (full paths; before the `/api/v1` and `/fhir` scopes).
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/api/v1/patients/{id}/navigation", web::get().to(patient_navigation))
        .route("/api/v1/worklist", web::get().to(worklist))
        .service(
            web::resource("/fhir/PlanDefinition/{id}/$apply")
                .route(web::post().to(apply))
                .route(web::get().to(apply))
                .default_service(web::to(super::fhir::method_not_allowed)),
        );
}

/// Query parameters of the navigation.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct NavigationParams {
    /// The date to navigate as of (YYYY-MM-DD); default today.
    pub as_of: Option<String>,
}

/// `GET /api/v1/patients/{id}/navigation`
#[utoipa::path(get, path = "/api/v1/patients/{id}/navigation", tag = "navigation", params(("id" = String, Path, description = "Patient id"), NavigationParams),
    responses((status = 200, description = "Per cancer: position on the pathway (nodes, route taken, deviations with evidence), next steps (criteria met or missing, due dates) and care gaps"),
        (status = 400, description = "Bad id or date (problem+json)"), (status = 404, description = "Unknown patient (problem+json)")))]
pub async fn patient_navigation(
    path: web::Path<String>,
    params: web::Query<NavigationParams>,
    state: web::Data<AppState>,
    auth: Authed,
) -> Result<HttpResponse, ApiError> {
    let id = patient_id(path, &auth)?;
    let as_of = date_param("as_of", params.as_of.as_deref())?.unwrap_or_else(|| chrono::Utc::now().date_naive());
    let nav = navigation::navigation(&state.store, &state.pathways, &id, as_of).await?;
    Ok(HttpResponse::Ok().json(nav))
}

/// Query parameters of the worklist.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct WorklistParams {
    /// Pathway id of the cancer (breast, nsclc, colorectal, prostate).
    pub cancer: Option<String>,
    /// overdue_step, missing_workup, stale_fact, or upcoming_step; default every gap.
    pub kind: Option<String>,
    /// Only items due before this date (YYYY-MM-DD).
    pub due_before: Option<String>,
    /// Page size (default 50, at most 500).
    pub limit: Option<i64>,
    pub offset: Option<i64>,
}

/// `GET /api/v1/worklist`
#[utoipa::path(get, path = "/api/v1/worklist", tag = "navigation", params(WorklistParams),
    responses((status = 200, description = "Work items across patients (care gaps, or steps due later), sorted by due date, paged"),
        (status = 400, description = "Bad filter (problem+json)"), (status = 403, description = "No scope to read patients (problem+json)")))]
pub async fn worklist(
    params: web::Query<WorklistParams>,
    state: web::Data<AppState>,
    auth: Authed,
) -> Result<HttpResponse, ApiError> {
    // Patient-scoped callers see their own patient's items only.
    let patient = auth.0.twin_search_compartment()?.map(str::to_string);
    if let Some(cancer) = params.cancer.as_deref() {
        if state.pathways.get(cancer).is_none() {
            let known: Vec<&str> = state.pathways.pathways().iter().map(|p| p.id.as_str()).collect();
            return Err(ApiError::new(400, "unknown cancer", format!("`{cancer}` is not one of {}", known.join(", "))));
        }
    }
    if let Some(kind) = params.kind.as_deref() {
        if GapKind::parse(kind).is_none() && kind != "upcoming_step" {
            return Err(ApiError::new(
                400,
                "unknown kind",
                format!("`{kind}` is not one of overdue_step, missing_workup, stale_fact, upcoming_step"),
            ));
        }
    }
    let due_before = date_param("due_before", params.due_before.as_deref())?;
    let limit = params.limit.unwrap_or(50);
    let offset = params.offset.unwrap_or(0);
    if !(1..=500).contains(&limit) || offset < 0 {
        return Err(ApiError::new(400, "invalid page", "`limit` is 1-500 and `offset` 0 or more"));
    }
    let filter = WorklistFilter {
        pathway: params.cancer.clone(),
        kind: params.kind.clone(),
        due_before: due_before.map(|d| d.to_string()),
        patient,
        today: chrono::Utc::now().date_naive().to_string(),
        limit,
        offset,
    };
    let page = navigation::worklist(&state.store, &state.pathways, filter).await?;
    Ok(HttpResponse::Ok().json(page))
}

/// The `subject` of an `$apply`: the query parameter, or a `subject` parameter of a
/// Parameters body (valueString or valueReference).
fn apply_subject(req: &HttpRequest, body: &[u8]) -> Result<String, FhirError> {
    let from_query = url::form_urlencoded::parse(req.query_string().as_bytes())
        .find(|(k, _)| k == "subject")
        .map(|(_, v)| v.into_owned());
    let from_body = if body.iter().all(u8::is_ascii_whitespace) {
        None
    } else {
        let parameters: Value = serde_json::from_slice(body)
            .map_err(|e| FhirError::new(400, "invalid", format!("the body is not JSON: {e}")))?;
        if parameters["resourceType"] != "Parameters" {
            return Err(FhirError::new(400, "invalid", "the body of $apply must be a Parameters resource"));
        }
        parameters["parameter"].as_array().into_iter().flatten().find(|p| p["name"] == "subject").and_then(|p| {
            p["valueString"].as_str().or_else(|| p["valueReference"]["reference"].as_str()).map(str::to_string)
        })
    };
    let subject = from_query
        .or(from_body)
        .ok_or_else(|| FhirError::new(400, "required", "$apply needs a subject (subject=Patient/{id})"))?;
    let id = subject.strip_prefix("Patient/").ok_or_else(|| {
        FhirError::new(400, "not-supported", format!("subject `{subject}`: only Patient/{{id}} is supported"))
    })?;
    if !is_valid_id(id) {
        return Err(FhirError::new(400, "invalid", format!("`{id}` is not a valid id")));
    }
    Ok(id.to_string())
}

/// `POST /fhir/PlanDefinition/{id}/$apply?subject=Patient/{pid}`
#[utoipa::path(post, path = "/fhir/PlanDefinition/{id}/$apply", tag = "fhir", request_body(content = String, content_type = "application/fhir+json", description = "optional Parameters with `subject`"), params(("id" = String, Path, description = "PlanDefinition id (oncotwin-breast …)"), ("subject" = String, Query, description = "Patient/{id} (or a Parameters body with `subject`)")),
    responses((status = 200, description = "CarePlan with a contained RequestGroup of the next actions"), (status = 400, description = "OperationOutcome"), (status = 404, description = "OperationOutcome")))]
pub async fn apply(
    req: HttpRequest,
    path: web::Path<String>,
    payload: web::Payload,
    state: web::Data<AppState>,
    auth: Authed,
) -> Result<HttpResponse, FhirResponseError> {
    let body = super::fhir::read_bytes(&req, payload, state.settings.max_body_bytes).await?;
    let plan_id = path.into_inner();
    let pathway = state
        .pathways
        .pathways()
        .iter()
        .find(|p| p.plan_definition_id() == plan_id)
        .ok_or_else(|| FhirError::not_found(format!("PlanDefinition/{plan_id} is not known")))?;
    let patient = apply_subject(&req, &body)?;
    auth.0.check_twin(&patient).map_err(FhirError::from)?;
    let today = chrono::Utc::now();
    let nav = match navigation::navigation(&state.store, &state.pathways, &patient, today.date_naive()).await {
        Ok(nav) => nav,
        Err(HistoryError::UnknownPatient(_)) => {
            return Err(FhirError::not_found(format!("Patient/{patient} is not known")).into())
        }
        Err(HistoryError::Store(e)) => return Err(e.into()),
    };
    let now = today.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let care_plan = navigation::fhir::apply(&nav, pathway, &now);
    Ok(HttpResponse::Ok().content_type(FHIR_JSON).body(care_plan.to_string()))
}
