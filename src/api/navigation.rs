//! The care-navigation twin over HTTP: a patient's navigation as JSON, the navigators'
//! worklist, and `PlanDefinition/$apply` (a CarePlan). Thin handlers over `twin::navigation`.

use super::auth::Authed;
use super::error::{ApiError, FhirResponseError, FHIR_JSON};
use super::history::{date_param, patient_id};
use crate::auth::scopes::Interaction;
use crate::fhir::outcome::FhirError;
use crate::ingest::entry::is_valid_id;
use crate::startup::AppState;
use crate::store::{AddressedFilter, WorklistFilter, WorklistOrder};
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
            web::resource("/api/v1/patients/{id}/worklist/{key}/addressed")
                .route(web::post().to(mark_addressed))
                .route(web::delete().to(reopen)),
        )
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
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
pub struct WorklistParams {
    /// Pathway id of the cancer (breast, nsclc, colorectal, prostate).
    pub cancer: Option<String>,
    /// overdue_step, missing_workup, stale_fact, or upcoming_step; default every gap.
    pub kind: Option<String>,
    /// Only items due before this date (YYYY-MM-DD).
    pub due_before: Option<String>,
    /// open (default: not marked addressed), addressed, or all.
    pub status: Option<String>,
    /// due (default) or patient.
    pub sort: Option<String>,
    /// Page size (default 50, at most 500).
    pub limit: Option<i64>,
    pub offset: Option<i64>,
    /// true: also the counts per cancer, per kind and per care-team member of this selection.
    pub counts: Option<bool>,
    /// Only the patients whose care team has this member (`Practitioner/abc`, as
    /// `counts.by_team` names them).
    pub team: Option<String>,
}

/// The worklist filter of a request: validated choices, limited to the caller's patient
/// when its scopes are patient scopes (shared by the API and the worklist page).
pub(super) fn worklist_filter(
    params: &WorklistParams,
    state: &AppState,
    auth: &Authed,
) -> Result<WorklistFilter, ApiError> {
    let patient = auth.0.twin_search_compartment()?.map(str::to_string);
    let cancer = params.cancer.clone().filter(|c| !c.is_empty());
    if let Some(cancer) = cancer.as_deref() {
        if state.pathways.get(cancer).is_none() {
            let known: Vec<&str> = state.pathways.pathways().iter().map(|p| p.id.as_str()).collect();
            return Err(ApiError::new(400, "unknown cancer", format!("`{cancer}` is not one of {}", known.join(", "))));
        }
    }
    let kind = params.kind.clone().filter(|k| !k.is_empty());
    if let Some(kind) = kind.as_deref() {
        if GapKind::parse(kind).is_none() && kind != "upcoming_step" {
            return Err(ApiError::new(
                400,
                "unknown kind",
                format!("`{kind}` is not one of overdue_step, missing_workup, stale_fact, upcoming_step"),
            ));
        }
    }
    let addressed = match params.status.as_deref().unwrap_or("open") {
        "open" | "" => AddressedFilter::Open,
        "addressed" => AddressedFilter::Addressed,
        "all" => AddressedFilter::All,
        other => {
            return Err(ApiError::new(400, "unknown status", format!("`{other}` is not one of open, addressed, all")))
        }
    };
    let order = match params.sort.as_deref().unwrap_or("due") {
        "due" | "" => WorklistOrder::Due,
        "patient" => WorklistOrder::Patient,
        other => return Err(ApiError::new(400, "unknown sort", format!("`{other}` is not one of due, patient"))),
    };
    let team = params.team.clone().filter(|t| !t.is_empty());
    if team.as_ref().is_some_and(|t| t.chars().count() > 200) {
        return Err(ApiError::new(400, "invalid team", "`team` is a care-team member of at most 200 characters"));
    }
    let due_before = date_param("due_before", params.due_before.as_deref())?;
    let limit = params.limit.unwrap_or(50);
    let offset = params.offset.unwrap_or(0);
    if !(1..=500).contains(&limit) || offset < 0 {
        return Err(ApiError::new(400, "invalid page", "`limit` is 1-500 and `offset` 0 or more"));
    }
    Ok(WorklistFilter {
        pathway: cancer,
        kind,
        due_before: due_before.map(|d| d.to_string()),
        patient,
        today: chrono::Utc::now().date_naive().to_string(),
        limit,
        offset,
        addressed,
        order,
        team,
    })
}

/// `GET /api/v1/worklist`
#[utoipa::path(get, path = "/api/v1/worklist", tag = "navigation", params(WorklistParams),
    responses((status = 200, description = "Work items across patients (care gaps, or steps due later), sorted by due date or patient, paged; each with its `key` and, once a navigator marked it, `addressed` (by, at, note)"),
        (status = 400, description = "Bad filter (problem+json)"), (status = 403, description = "No scope to read patients (problem+json)")))]
pub async fn worklist(
    params: web::Query<WorklistParams>,
    state: web::Data<AppState>,
    auth: Authed,
) -> Result<HttpResponse, ApiError> {
    let filter = worklist_filter(&params, &state, &auth)?;
    let page = navigation::worklist(&state.store, &state.pathways, filter.clone()).await?;
    if params.counts == Some(true) {
        let counts = navigation::worklist_counts(&state.store, &filter).await?;
        let mut body = serde_json::to_value(&page).unwrap_or_default();
        body["counts"] = serde_json::to_value(counts).unwrap_or_default();
        return Ok(HttpResponse::Ok().json(body));
    }
    Ok(HttpResponse::Ok().json(page))
}

/// The body of a mark.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
pub struct MarkBody {
    /// What was done (free text, at most 500 characters).
    #[serde(default)]
    pub note: String,
}

/// The most a mark's note may hold.
pub const NOTE_MAX: usize = 500;

/// Checks that the caller may mark `patient`'s work items: read of everything the worklist
/// derives from the record, and create on Task (a mark is the navigator's task record).
pub(super) fn check_mark(auth: &Authed, patient: &str) -> Result<(), ApiError> {
    auth.0.check_twin(patient)?;
    auth.0.check("Task", Interaction::Create, Some(patient))?;
    Ok(())
}

/// `POST /api/v1/patients/{id}/worklist/{key}/addressed`
#[utoipa::path(post, path = "/api/v1/patients/{id}/worklist/{key}/addressed", tag = "navigation",
    params(("id" = String, Path, description = "Patient id"), ("key" = String, Path, description = "the work item's `key`")),
    request_body = MarkBody,
    responses((status = 201, description = "Marked addressed: the mark (by, at, note)"), (status = 200, description = "Already addressed: the first mark stays"),
        (status = 403, description = "No scope to read the patient or create Task (problem+json)"), (status = 404, description = "No such open work item (problem+json)"),
        (status = 422, description = "Note too long (problem+json)")))]
pub async fn mark_addressed(
    path: web::Path<(String, String)>,
    body: web::Json<MarkBody>,
    state: web::Data<AppState>,
    auth: Authed,
) -> Result<HttpResponse, ApiError> {
    let (patient, key) = path.into_inner();
    check_path(&patient, &key)?;
    check_mark(&auth, &patient)?;
    check_note(&body.note)?;
    let (mark, new) = navigation::mark_addressed(&state.store, &patient, &key, body.note.trim(), &auth.0.subject)
        .await
        .map_err(mark_error)?;
    let body = serde_json::json!({
        "patient_id": mark.patient_id, "key": mark.gap_key, "pathway": mark.pathway, "kind": mark.kind,
        "summary": mark.summary, "note": mark.note, "by": mark.addressed_by, "at": mark.addressed_at,
    });
    Ok(if new {
        HttpResponse::Created().json(body)
    } else {
        HttpResponse::Ok()
            .json(serde_json::json!({"already_addressed": true, "patient_id": mark.patient_id, "key": mark.gap_key}))
    })
}

/// `DELETE /api/v1/patients/{id}/worklist/{key}/addressed`: takes a mark back.
#[utoipa::path(delete, path = "/api/v1/patients/{id}/worklist/{key}/addressed", tag = "navigation",
    params(("id" = String, Path, description = "Patient id"), ("key" = String, Path, description = "the work item's `key`")),
    responses((status = 204, description = "Reopened"), (status = 404, description = "The item was not marked (problem+json)")))]
pub async fn reopen(
    path: web::Path<(String, String)>,
    state: web::Data<AppState>,
    auth: Authed,
) -> Result<HttpResponse, ApiError> {
    let (patient, key) = path.into_inner();
    check_path(&patient, &key)?;
    check_mark(&auth, &patient)?;
    if state.store.reopen_gap(&patient, &key).await? {
        Ok(HttpResponse::NoContent().finish())
    } else {
        Err(ApiError::new(
            404,
            "not addressed",
            format!("work item {key} of patient {patient} is not marked addressed"),
        ))
    }
}

/// A mark's note, checked for length.
pub(super) fn check_note(note: &str) -> Result<(), ApiError> {
    if note.chars().count() > NOTE_MAX {
        return Err(ApiError::new(422, "note too long", format!("a note is at most {NOTE_MAX} characters")));
    }
    Ok(())
}

/// A patient id and a work item key, checked for shape.
pub(super) fn check_path(patient: &str, key: &str) -> Result<(), ApiError> {
    if !is_valid_id(patient) {
        return Err(ApiError::new(
            400,
            "invalid patient id",
            "a patient id is 1-64 characters of A-Z, a-z, 0-9, '-' and '.'",
        ));
    }
    if key.len() != 16 || !key.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(ApiError::new(400, "invalid key", "a work item key is 16 hexadecimal digits"));
    }
    Ok(())
}

pub(super) fn mark_error(e: navigation::MarkError) -> ApiError {
    match e {
        navigation::MarkError::UnknownItem(..) => ApiError::new(404, "unknown work item", e.to_string()),
        navigation::MarkError::Store(e) => e.into(),
    }
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
