//! Operational endpoints: liveness, readiness, Prometheus metrics.

use crate::startup::AppState;
use actix_web::{web, HttpResponse};
use serde_json::json;

/// `GET /healthz`: the process is up.
#[utoipa::path(get, path = "/healthz", tag = "ops", responses((status = 200, description = "alive")))]
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(json!({"status": "ok"}))
}

/// `GET /readyz`: the database answers.
#[utoipa::path(get, path = "/readyz", tag = "ops", responses((status = 200, description = "ready"), (status = 503, description = "database unreachable")))]
pub async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    match state.store.ping().await {
        Ok(()) => HttpResponse::Ok()
            .json(json!({"status": "ready", "database": format!("{:?}", state.store.backend()).to_lowercase()})),
        Err(err) => {
            HttpResponse::ServiceUnavailable().json(json!({"status": "unavailable", "detail": err.to_string()}))
        }
    }
}

/// `GET /metrics`: Prometheus text format.
#[utoipa::path(get, path = "/metrics", tag = "ops", responses((status = 200, description = "Prometheus metrics")))]
pub async fn metrics(state: web::Data<AppState>) -> HttpResponse {
    // Queue depth is read from the database: the queue is shared by every instance.
    if let Ok(counts) = state.store.note_job_counts().await {
        crate::telemetry::metrics::set_note_jobs(&counts);
    }
    HttpResponse::Ok().content_type("text/plain; version=0.0.4").body(crate::telemetry::metrics::render())
}
