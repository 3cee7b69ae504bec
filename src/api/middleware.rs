//! Request metrics and logging by route pattern (never the query string: it can hold PHI).

use crate::telemetry::metrics;
use actix_web::body::{EitherBody, MessageBody};
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

/// The FHIR facade speaks JSON only: a `_format` naming another format, or an `Accept` header
/// that takes no JSON, gets 406 with an OperationOutcome instead of JSON the client did not
/// ask for.
pub async fn fhir_json_only(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    if let Some(asked) = unsupported_format(&req) {
        // An answer, not an error: the audit and metrics middlewares around this one record it.
        let error = crate::api::error::FhirResponseError(crate::fhir::outcome::FhirError::new(
            406,
            "not-supported",
            format!("oncotwin serves FHIR JSON only; `{asked}` is not available (ask for application/fhir+json)"),
        ));
        return Ok(req.error_response(error).map_into_right_body());
    }
    Ok(next.call(req).await?.map_into_left_body())
}

/// The format asked for, when it is not one oncotwin serves.
fn unsupported_format(req: &ServiceRequest) -> Option<String> {
    let format = url::form_urlencoded::parse(req.query_string().as_bytes())
        .find(|(k, _)| k == "_format")
        .map(|(_, v)| v.into_owned());
    if let Some(format) = format {
        // A literal `+` in a query string decodes to a space.
        let f = format.to_ascii_lowercase().replace(' ', "+");
        let media = f.split(';').next().unwrap_or("").trim();
        let json = matches!(
            media,
            "json" | "application/json" | "application/fhir+json" | "application/json+fhir" | "fhir+json"
        );
        return (!json).then_some(format);
    }
    let accept = req.headers().get(actix_web::http::header::ACCEPT)?.to_str().ok()?;
    let takes_json = accept.split(',').any(|range| {
        let media = range.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
        media.is_empty() || media == "*/*" || media == "application/*" || media.ends_with("json")
    });
    (!takes_json).then(|| accept.to_string())
}

/// The most header bytes (names and values) one request may carry. actix-http itself
/// refuses a request head over 128 KiB; below that, a header of tens of kilobytes is no
/// client's and would reach the token verifier and the logs.
pub const MAX_HEADER_BYTES: usize = 32 * 1024;

/// Answers a request whose headers exceed [`MAX_HEADER_BYTES`] with 431 and a readable
/// error (an OperationOutcome on `/fhir`, problem JSON elsewhere), before authentication.
pub async fn limit_headers(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, actix_web::Error> {
    let size: usize = req.headers().iter().map(|(name, value)| name.as_str().len() + value.len()).sum();
    if size > MAX_HEADER_BYTES {
        let detail = format!("the request's headers are {size} bytes; at most {MAX_HEADER_BYTES} are accepted");
        // An answer, not an error, so that the metrics middleware counts it.
        let response = if req.path().starts_with("/fhir") {
            req.error_response(crate::api::error::FhirResponseError(crate::fhir::outcome::FhirError::new(
                431, "too-long", detail,
            )))
        } else {
            req.error_response(crate::api::error::ApiError::new(431, "request header fields too large", detail))
        };
        return Ok(response.map_into_right_body());
    }
    Ok(next.call(req).await?.map_into_left_body())
}
