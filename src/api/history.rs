//! The clinical-history twin over HTTP: the timeline as JSON, as a FHIR Bundle and as an
//! HTML page, and the patient facts as of a date. Thin handlers over `twin::history`.

use super::auth::Authed;
use super::error::{ApiError, FHIR_JSON};
use crate::ingest::entry::is_valid_id;
use crate::startup::AppState;
use crate::twin::history::{self, Category, HistoryError, TimelineQuery};
use actix_web::{web, HttpRequest, HttpResponse};
use chrono::NaiveDate;
use serde::Deserialize;

/// Registers the routes (full paths, so no scope is shared with other modules).
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/api/v1/patients/{id}/timeline", web::get().to(timeline))
        .route("/api/v1/patients/{id}/timeline/fhir", web::get().to(timeline_fhir))
        .route("/api/v1/patients/{id}/facts", web::get().to(facts))
        .route("/ui/patients/{id}", web::get().to(page));
}

impl From<HistoryError> for ApiError {
    fn from(err: HistoryError) -> Self {
        match err {
            HistoryError::UnknownPatient(_) => ApiError::new(404, "unknown patient", err.to_string()),
            HistoryError::Store(e) => e.into(),
        }
    }
}

/// The patient id of the path, if the caller may read what the twins derive from that
/// patient's record (a timeline is derived from the whole compartment, so it needs read on
/// every type it is derived from: [`crate::auth::TWIN_SOURCES`]).
pub(super) fn patient_id(path: web::Path<String>, auth: &Authed) -> Result<String, ApiError> {
    let id = valid_patient_id(path)?;
    auth.0.check_twin(&id)?;
    Ok(id)
}

/// The patient id of the path, checked for shape only.
pub(super) fn valid_patient_id(path: web::Path<String>) -> Result<String, ApiError> {
    let id = path.into_inner();
    if !is_valid_id(&id) {
        return Err(ApiError::new(
            400,
            "invalid patient id",
            "a patient id is 1-64 characters of A-Z, a-z, 0-9, '-' and '.'",
        ));
    }
    Ok(id)
}

pub(super) fn date_param(name: &str, value: Option<&str>) -> Result<Option<NaiveDate>, ApiError> {
    value
        .filter(|v| !v.is_empty())
        .map(|v| {
            NaiveDate::parse_from_str(v, "%Y-%m-%d").map_err(|_| {
                ApiError::new(400, "invalid date", format!("`{name}` must be a date YYYY-MM-DD, got `{v}`"))
            })
        })
        .transpose()
}

/// Query parameters of the timeline.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct TimelineParams {
    /// Comma-separated categories: diagnosis, staging, biomarker, performance_status,
    /// systemic_therapy, surgery, radiotherapy, imaging, disease_status, death, patient.
    pub category: Option<String>,
    /// Only events that end on or after this date (YYYY-MM-DD).
    pub from: Option<String>,
    /// Only events that start on or before this date (YYYY-MM-DD).
    pub to: Option<String>,
}

fn timeline_query(params: &TimelineParams) -> Result<TimelineQuery, ApiError> {
    let mut categories = Vec::new();
    for c in params.category.iter().flat_map(|c| c.split(',')).map(str::trim).filter(|c| !c.is_empty()) {
        let category = Category::parse(c).ok_or_else(|| {
            let known: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
            ApiError::new(400, "unknown category", format!("`{c}` is not one of {}", known.join(", ")))
        })?;
        categories.push(category);
    }
    let from = date_param("from", params.from.as_deref())?;
    let to = date_param("to", params.to.as_deref())?;
    if let (Some(f), Some(t)) = (from, to) {
        if f > t {
            return Err(ApiError::new(400, "invalid date range", format!("`from` ({f}) is after `to` ({t})")));
        }
    }
    Ok(TimelineQuery { categories, from, to })
}

/// `GET /api/v1/patients/{id}/timeline`
#[utoipa::path(get, path = "/api/v1/patients/{id}/timeline", tag = "history", params(("id" = String, Path, description = "Patient id"), TimelineParams),
    responses((status = 200, description = "The patient's oncology timeline: summary, lines of therapy, regimens, radiotherapy courses, events"),
        (status = 400, description = "Bad id, category or date (problem+json)"), (status = 404, description = "Unknown patient (problem+json)")))]
pub async fn timeline(
    path: web::Path<String>,
    params: web::Query<TimelineParams>,
    state: web::Data<AppState>,
    auth: Authed,
) -> Result<HttpResponse, ApiError> {
    let id = patient_id(path, &auth)?;
    let query = timeline_query(&params)?;
    let doc = history::timeline(&state.store, &id, &query).await?;
    Ok(HttpResponse::Ok().json(doc))
}

/// `GET /api/v1/patients/{id}/timeline/fhir`
#[utoipa::path(get, path = "/api/v1/patients/{id}/timeline/fhir", tag = "history", params(("id" = String, Path, description = "Patient id"), TimelineParams),
    responses((status = 200, description = "The timeline as a FHIR collection Bundle: a List, derived Condition/Observation/Procedure/CarePlan resources and a Provenance for each"),
        (status = 404, description = "Unknown patient (problem+json)")))]
pub async fn timeline_fhir(
    path: web::Path<String>,
    params: web::Query<TimelineParams>,
    state: web::Data<AppState>,
    auth: Authed,
) -> Result<HttpResponse, ApiError> {
    let id = patient_id(path, &auth)?;
    let query = timeline_query(&params)?;
    let doc = history::timeline(&state.store, &id, &query).await?;
    let bundle = history::fhir::bundle(&doc, &doc.computed_at);
    Ok(HttpResponse::Ok().content_type(FHIR_JSON).body(bundle.to_string()))
}

/// Query parameters of the facts.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct FactsParams {
    /// The date the facts are known on (YYYY-MM-DD); default today.
    pub as_of: Option<String>,
}

/// `GET /api/v1/patients/{id}/facts?as_of=`
#[utoipa::path(get, path = "/api/v1/patients/{id}/facts", tag = "history", params(("id" = String, Path, description = "Patient id"), FactsParams),
    responses((status = 200, description = "Patient facts in the pathway vocabulary, with evidence and derivation"),
        (status = 400, description = "Bad id or date (problem+json)"), (status = 404, description = "Unknown patient (problem+json)")))]
pub async fn facts(
    path: web::Path<String>,
    params: web::Query<FactsParams>,
    state: web::Data<AppState>,
    auth: Authed,
) -> Result<HttpResponse, ApiError> {
    let id = patient_id(path, &auth)?;
    let as_of = date_param("as_of", params.as_of.as_deref())?.unwrap_or_else(|| chrono::Utc::now().date_naive());
    let report = history::facts(&state.store, &state.pathways, &id, as_of).await?;
    Ok(HttpResponse::Ok().json(report))
}

/// `GET /ui/patients/{id}`: the timeline page.
#[utoipa::path(get, path = "/ui/patients/{id}", tag = "history", params(("id" = String, Path, description = "Patient id")),
    responses((status = 200, description = "the timeline page (HTML)", content_type = "text/html")))]
pub async fn page(req: HttpRequest, path: web::Path<String>, state: web::Data<AppState>, auth: Authed) -> HttpResponse {
    let id = match patient_id(path, &auth) {
        Ok(id) => id,
        Err(e) => return html_error(e.status, &e.detail),
    };
    match history::timeline(&state.store, &id, &TimelineQuery::default()).await {
        Ok(mut doc) => {
            // What each note said, as a sentence with the span marked (a note that cannot be
            // read is shown by its offsets, as before).
            if let Err(e) = crate::twin::necessity::evidence::quote_notes(&state.store, &mut doc.events).await {
                tracing::warn!(error = %e, "notes not quoted on the timeline page");
            }
            // The unfiltered document holds every event: the navigation needs no second read.
            let today = chrono::Utc::now().date_naive();
            let nav = crate::twin::navigation::navigate(&id, &doc.events, today, &state.pathways);
            HttpResponse::Ok().content_type("text/html; charset=utf-8").body(history::page::render_with(
                &doc,
                &super::fhir::base_url(&req, &state),
                &crate::twin::navigation::page::section(
                    &nav,
                    &state.pathways,
                    &crate::twin::necessity::evidence::from_events(
                        &doc.events,
                        &crate::twin::navigation::page::evidence_pointers(&nav),
                    ),
                ),
            ))
        }
        Err(HistoryError::UnknownPatient(_)) => html_error(404, "No patient with this id is stored."),
        Err(HistoryError::Store(e)) => {
            let e: ApiError = e.into();
            html_error(e.status, &e.detail)
        }
    }
}

pub fn html_error(status: u16, message: &str) -> HttpResponse {
    let body = format!(
        "<!doctype html><meta charset=utf-8><title>oncotwin</title><p>{}</p>",
        message.replace('&', "&amp;").replace('<', "&lt;")
    );
    HttpResponse::build(
        actix_web::http::StatusCode::from_u16(status).unwrap_or(actix_web::http::StatusCode::INTERNAL_SERVER_ERROR),
    )
    .content_type("text/html; charset=utf-8")
    .body(body)
}
