//! Operational endpoints: liveness, readiness, Prometheus metrics.

use crate::startup::AppState;
use crate::store::Store;
use actix_web::{web, App, HttpResponse, HttpServer};
use serde_json::json;

/// `GET /healthz`: the process is up.
#[utoipa::path(get, path = "/healthz", tag = "ops", responses((status = 200, description = "alive")))]
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(json!({"status": "ok"}))
}

/// `GET /readyz`: the database answers.
#[utoipa::path(get, path = "/readyz", tag = "ops", responses((status = 200, description = "ready"), (status = 503, description = "database unreachable")))]
pub async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    ready(&state.store).await
}

async fn ready(store: &Store) -> HttpResponse {
    match store.ping().await {
        Ok(()) => HttpResponse::Ok()
            .json(json!({"status": "ready", "database": format!("{:?}", store.backend()).to_lowercase()})),
        Err(err) => {
            HttpResponse::ServiceUnavailable().json(json!({"status": "unavailable", "detail": err.to_string()}))
        }
    }
}

/// `GET /metrics`: Prometheus text format.
#[utoipa::path(get, path = "/metrics", tag = "ops", responses((status = 200, description = "Prometheus metrics")))]
pub async fn metrics(state: web::Data<AppState>) -> HttpResponse {
    prometheus_text(&state.store).await
}

async fn prometheus_text(store: &Store) -> HttpResponse {
    // Queue depth is read from the database: the queue is shared by every instance.
    if let Ok(counts) = store.note_job_counts().await {
        crate::telemetry::metrics::set_note_jobs(&counts);
    }
    HttpResponse::Ok().content_type("text/plain; version=0.0.4").body(crate::telemetry::metrics::render())
}

/// The operations server of a process that serves no API (`oncotwin worker`): `/healthz`,
/// `/readyz` and `/metrics` only, no PHI. Runs until SIGINT/SIGTERM.
pub fn ops_server(listen: &str, store: Store) -> std::io::Result<actix_web::dev::Server> {
    let store = web::Data::new(store);
    Ok(HttpServer::new(move || {
        App::new()
            .app_data(store.clone())
            .route("/healthz", web::get().to(healthz))
            .route("/readyz", web::get().to(|s: web::Data<Store>| async move { ready(&s).await }))
            .route("/metrics", web::get().to(|s: web::Data<Store>| async move { prometheus_text(&s).await }))
    })
    .workers(1)
    .shutdown_timeout(20)
    .bind(listen)?
    .run())
}
