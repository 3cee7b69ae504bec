//! Note extraction status over HTTP: per patient, each note-bearing document's job (queued,
//! running, done or dead-lettered with the reason) and counts. Queue totals are in /metrics.

use super::auth::Authed;
use super::error::ApiError;
use super::history::valid_patient_id;
use crate::startup::AppState;
use actix_web::{web, HttpResponse};
use serde_json::json;
use std::collections::BTreeMap;

/// Registers the routes (full paths, before the `/api/v1` scope).
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/api/v1/patients/{id}/notes", web::get().to(status));
}

/// `GET /api/v1/patients/{id}/notes`
#[utoipa::path(get, path = "/api/v1/patients/{id}/notes", tag = "history", params(("id" = String, Path, description = "Patient id")),
    responses((status = 200, description = "Note extraction jobs of the patient: counts by status and each document's job (status, attempts, last error, events, rejected)"),
        (status = 400, description = "Bad id (problem+json)"), (status = 403, description = "Another patient's data (problem+json)")))]
pub async fn status(
    path: web::Path<String>,
    state: web::Data<AppState>,
    auth: Authed,
) -> Result<HttpResponse, ApiError> {
    let id = valid_patient_id(path)?;
    auth.0.check_notes(&id)?;
    let jobs = state.store.patient_note_jobs(&id).await?;
    let mut counts: BTreeMap<&str, i64> = ["queued", "running", "done", "dead"].into_iter().map(|s| (s, 0)).collect();
    for j in &jobs {
        if let Some(n) = counts.get_mut(j.status.as_str()) {
            *n += 1;
        }
    }
    Ok(HttpResponse::Ok().json(json!({"patient_id": id, "counts": counts, "jobs": jobs})))
}
