//! Admin routes (the `oncotwin/admin` scope): the audit trail and the quarantine, which may
//! hold PHI of many patients.

use super::auth::Authed;
use super::error::ApiError;
use crate::startup::AppState;
use actix_web::{web, HttpResponse};
use serde::Deserialize;
use serde_json::json;

#[derive(Deserialize, utoipa::IntoParams)]
pub struct PageQuery {
    /// Only this patient's records (audit).
    patient: Option<String>,
    /// Page size (default 100, at most 1000).
    limit: Option<i64>,
    offset: Option<i64>,
}

/// The admin check and the page of a request.
fn admin_page(auth: &Authed, query: &PageQuery) -> Result<(i64, i64), ApiError> {
    auth.0.require_admin()?;
    Ok((query.limit.unwrap_or(100).clamp(1, 1000), query.offset.unwrap_or(0).max(0)))
}

/// `GET /api/v1/audit`: who accessed which patient's data, when, with what outcome.
#[utoipa::path(get, path = "/api/v1/audit", tag = "admin", params(PageQuery),
    responses((status = 200, description = "audit records, newest first"), (status = 401, description = "no token"), (status = 403, description = "no admin scope")))]
pub async fn audit(
    query: web::Query<PageQuery>,
    state: web::Data<AppState>,
    auth: Authed,
) -> Result<HttpResponse, ApiError> {
    let (limit, offset) = admin_page(&auth, &query)?;
    let records = state.store.audit_records(query.patient.as_deref(), limit, offset).await?;
    Ok(HttpResponse::Ok().json(json!({"records": records, "limit": limit, "offset": offset})))
}

/// `GET /api/v1/quarantine`: entries that could not be stored, with the reason.
#[utoipa::path(get, path = "/api/v1/quarantine", tag = "admin", params(PageQuery),
    responses((status = 200, description = "quarantine counts by reason and records, newest first"), (status = 401, description = "no token"), (status = 403, description = "no admin scope")))]
pub async fn quarantine(
    query: web::Query<PageQuery>,
    state: web::Data<AppState>,
    auth: Authed,
) -> Result<HttpResponse, ApiError> {
    let (limit, offset) = admin_page(&auth, &query)?;
    let counts: serde_json::Map<String, serde_json::Value> =
        state.store.quarantine_counts().await?.into_iter().map(|(reason, n)| (reason, json!(n))).collect();
    let records: Vec<serde_json::Value> = state
        .store
        .quarantine_records(limit, offset)
        .await?
        .into_iter()
        .map(|r| json!({"source": r.source, "location": r.location, "resourceType": r.resource_type, "reason": r.reason, "outcome": r.outcome, "raw": r.raw}))
        .collect();
    Ok(HttpResponse::Ok().json(json!({"counts": counts, "records": records, "limit": limit, "offset": offset})))
}
