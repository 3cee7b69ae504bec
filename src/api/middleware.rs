//! Request metrics and logging by route pattern (never the query string: it can hold PHI).

use crate::telemetry::metrics;
use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use std::time::Instant;

/// Records each request's route pattern, method, status and latency.
pub async fn record_metrics(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let started = Instant::now();
    let method = req.method().to_string();
    let response = next.call(req).await?;
    let route = response.request().match_pattern().unwrap_or_else(|| "(unmatched)".to_string());
    let status = response.status().as_u16();
    let seconds = started.elapsed().as_secs_f64();
    metrics::record_request(&route, &method, status, seconds);
    tracing::debug!(%method, %route, status, ms = seconds * 1000.0, "request");
    Ok(response)
}
