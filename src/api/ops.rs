//! Operational endpoints: liveness, readiness, Prometheus metrics.

use crate::startup::AppState;
use crate::store::Store;
use actix_web::{web, App, HttpResponse, HttpServer};
use serde_json::json;

/// `GET /healthz`: the process is up (liveness: stays 200 while the process serves), with
/// the request pool's state so that a saturated pool is visible here too.
#[utoipa::path(get, path = "/healthz", tag = "ops", responses((status = 200, description = "alive, with the database pool's open, idle and maximum connections")))]
pub async fn healthz(state: web::Data<AppState>) -> HttpResponse {
    let (open, idle, max) = state.store.pool_status();
    HttpResponse::Ok().json(json!({"status": "ok", "pool": {"open": open, "idle": idle, "max": max}}))
}

/// `GET /readyz`: the database answers through the request pool within a second. A pool
/// whose every connection is held (by costly searches, say) is not ready: 503.
#[utoipa::path(get, path = "/readyz", tag = "ops", responses((status = 200, description = "ready"), (status = 503, description = "database unreachable, or every pooled connection busy")))]
pub async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    ready(&state.store).await
}

async fn ready(store: &Store) -> HttpResponse {
    let (open, idle, max) = store.pool_status();
    let pool = json!({"open": open, "idle": idle, "max": max});
    let database = format!("{:?}", store.backend()).to_lowercase();
    match tokio::time::timeout(std::time::Duration::from_secs(1), store.ping()).await {
        Ok(Ok(())) => HttpResponse::Ok().json(json!({"status": "ready", "database": database, "pool": pool})),
        Ok(Err(err)) => HttpResponse::ServiceUnavailable()
            .json(json!({"status": "unavailable", "detail": err.to_string(), "pool": pool})),
        Err(_) => HttpResponse::ServiceUnavailable().json(json!({
            "status": "unavailable",
            "detail": "every pooled database connection is busy: a request would wait",
            "pool": pool,
        })),
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
            .route(
                "/healthz",
                web::get().to(|s: web::Data<Store>| async move {
                    let (open, idle, max) = s.pool_status();
                    HttpResponse::Ok().json(json!({"status": "ok", "pool": {"open": open, "idle": idle, "max": max}}))
                }),
            )
            .route("/readyz", web::get().to(|s: web::Data<Store>| async move { ready(&s).await }))
            .route("/metrics", web::get().to(|s: web::Data<Store>| async move { prometheus_text(&s).await }))
    })
    .workers(1)
    .shutdown_timeout(20)
    .bind(listen)?
    .run())
}
