//! CDS Hooks over HTTP: discovery (`GET /cds-services`), the necessity services
//! (`POST /cds-services/{id}` for `order-sign` and `order-select`) and feedback
//! (`POST /cds-services/{id}/feedback`). Hook calls authenticate with the CDS client's JWT
//! (`cds::jwt`), not a SMART token, so these paths are open to the bearer middleware and
//! every call is checked and audited here.

use crate::cds::{self, crd, fetch, HookError, HookRequest};
use crate::startup::AppState;
use crate::store::{AuditRecord, FeedbackRecord};
use crate::twin::history::{self, HistoryError};
use crate::twin::navigation;
use crate::twin::necessity::{self, Decision, RequestError, RequestedService};
use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::{json, Value};

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/cds-services", web::get().to(discovery))
        .route("/cds-services/{id}", web::post().to(call))
        .route("/cds-services/{id}/feedback", web::post().to(feedback));
}

fn error(status: u16, message: impl Into<String>) -> HttpResponse {
    HttpResponse::build(StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST))
        .json(json!({ "error": message.into() }))
}

/// `GET /cds-services`: the necessity services and the navigation twin's `patient-view`.
#[utoipa::path(get, path = "/cds-services", tag = "cds",
    responses((status = 200, description = "CDS Hooks discovery: order-sign, order-select and patient-view services")))]
pub async fn discovery() -> HttpResponse {
    let mut doc = cds::discovery(&cds::necessity_services());
    if let Some(list) = doc["services"].as_array_mut() {
        list.push(navigation::cds::patient_view_service());
    }
    HttpResponse::Ok().json(doc)
}

async fn audit(
    state: &AppState,
    req: &HttpRequest,
    caller: Option<&cds::jwt::CdsCaller>,
    patient: Option<&str>,
    status: u16,
) {
    let record = AuditRecord {
        audit_id: uuid::Uuid::new_v4().to_string(),
        recorded: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
        action: "E".into(),
        method: req.method().as_str().to_string(),
        route: req.match_pattern().unwrap_or_else(|| "(unmatched)".into()),
        resource_type: Some("Patient".into()).filter(|_| patient.is_some()),
        resource_id: patient.map(str::to_string),
        patient_id: patient.map(str::to_string),
        subject: caller.and_then(|c| c.subject.clone()).unwrap_or_else(|| "cds-client".into()),
        client_id: None,
        issuer: caller.and_then(|c| c.issuer.clone()),
        outcome: i64::from(status),
        detail: req.match_info().get("id").map(|id| format!("cds-service={id}")),
    };
    state.audit.record(record).await;
}

/// Checks the hook JWT; on refusal, the 401 response (audited).
async fn authenticate(req: &HttpRequest, state: &AppState) -> Result<cds::jwt::CdsCaller, HttpResponse> {
    let url = format!("{}{}", super::fhir::public_origin(req, state), req.path());
    let header = req.headers().get("Authorization").and_then(|h| h.to_str().ok());
    match state.cds.check(header, &url).await {
        Ok(caller) => Ok(caller),
        Err(e) => {
            tracing::warn!(route = %req.path(), error = %e, "CDS Hooks call refused");
            audit(state, req, None, None, 401).await;
            Err(HttpResponse::Unauthorized()
                .insert_header(("WWW-Authenticate", "Bearer"))
                // The verifier's reason (issuer, algorithm, jti, a JWKS host's error) goes to
                // the log, never to the caller.
                .json(json!({ "error": format!(
                    "CDS client not authenticated: {}",
                    super::auth::what_the_caller_is_told(&e).1
                ) })))
        }
    }
}

/// `POST /cds-services/{id}`
#[utoipa::path(post, path = "/cds-services/{id}", tag = "cds", params(("id" = String, Path, description = "service id")),
    request_body(content = serde_json::Value, content_type = "application/json", description = "a CDS Hooks request (JWT of the CDS client in Authorization)"),
    responses((status = 200, description = "cards and system actions"), (status = 400, description = "bad hook request"), (status = 401, description = "no or bad CDS client JWT"),
        (status = 412, description = "prefetch missing and fhirServer not readable")))]
pub async fn call(
    req: HttpRequest,
    path: web::Path<String>,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> HttpResponse {
    let service_id = path.into_inner();
    let hook = match service_id.as_str() {
        cds::ORDER_SIGN => "order-sign",
        cds::ORDER_SELECT => "order-select",
        navigation::cds::SERVICE_ID => "patient-view",
        other => return error(404, format!("no CDS service `{other}` (see GET /cds-services)")),
    };
    let caller = match authenticate(&req, &state).await {
        Ok(c) => c,
        Err(response) => return response,
    };
    // A full prefetch is megabytes: the server's body limit applies, not actix's 256 KB default.
    let body = match super::fhir::read_body(&req, payload, state.settings.max_body_bytes).await {
        Ok(b) => b,
        Err(e) => return error(e.status, e.issues.first().map(|i| i.diagnostics.clone()).unwrap_or_default()),
    };
    let body = body.as_bytes();
    let outcome = if hook == "patient-view" {
        patient_view_hook(&req, &state, &service_id, body).await
    } else {
        necessity_hook(&req, &state, &service_id, hook, body).await
    };
    let (status, response, patient) = match outcome {
        Ok((patient, v)) => (200, HttpResponse::Ok().json(v), Some(patient)),
        Err((patient, e)) => {
            let status = match e {
                HookError::NoData(_) | HookError::Fetch(_) => 412,
                _ => 400,
            };
            (status, error(status, e.to_string()), patient)
        }
    };
    audit(&state, &req, Some(&caller), patient.as_deref(), status).await;
    response
}

type HookFailure = (Option<String>, HookError);

/// The FHIR servers a hook may read from: those configured for the CDS clients, and this
/// server's own facade — by the socket the request came in on and the configured public
/// URL, never by the Host header (which the caller writes).
fn fhir_servers(req: &HttpRequest, state: &AppState) -> Vec<String> {
    let mut allowed = state.settings.cds.fhir_servers.clone();
    allowed.push(format!("http://{}/fhir", req.app_config().local_addr()));
    if let Some(base) = &state.settings.base_url {
        allowed.push(format!("{}/fhir", base.trim_end_matches('/')));
    }
    allowed
}

async fn necessity_hook(
    req: &HttpRequest,
    state: &AppState,
    service_id: &str,
    hook: &str,
    body: &[u8],
) -> Result<(String, Value), HookFailure> {
    let mut request = HookRequest::parse(body, service_id, hook).map_err(|e| (None, e))?;
    let prefetch = request.prefetch.take();
    let patient = request.patient_id().map_err(|e| (None, e))?.to_string();
    let fail = |e: HookError| (Some(patient.clone()), e);
    if let Some(bundle) = request.context.get("draftOrders") {
        if bundle["resourceType"] != "Bundle" {
            return Err(fail(HookError::BadContext("draftOrders", "must be a Bundle".into())));
        }
    }
    let today = chrono::Utc::now().date_naive();
    let resources = fetch::patient_resources(
        &state.http,
        &request,
        prefetch,
        &cds::necessity_prefetch(),
        &fhir_servers(req, state),
    )
    .await
    .map_err(fail)?;
    let orders = cds::draft_orders(&request, resources.as_deref()).map_err(fail)?;
    // The facts: from what the client sent or let us fetch; else from the stored patient.
    let (report, coverage) = match &resources {
        Some(resources) => {
            let events = necessity::events_from_resources(resources);
            let coverage = cds::coverage_reference(resources);
            (history::facts_by_cancer(&patient, &events, today, &state.pathways), coverage)
        }
        None => match history::facts(&state.store, &state.pathways, &patient, today).await {
            Ok(report) => (report, None),
            Err(HistoryError::UnknownPatient(_)) => return Err(fail(HookError::NoData(patient.clone()))),
            Err(HistoryError::Store(e)) => return Err(fail(HookError::Fetch(format!("local store: {e}")))),
        },
    };
    let base = super::fhir::public_origin(req, state);
    let mut cards = Vec::new();
    let mut actions = Vec::new();
    for order in &orders {
        let service = match RequestedService::from_resource(order) {
            Ok(s) => s,
            Err(RequestError::UnsupportedResource(_)) => continue,
            Err(e) => {
                cards.push(unreadable_card(order, &e, &base));
                continue;
            }
        };
        let mut decision: Decision = necessity::decide(&state.pathways, report.clone(), service);
        crate::telemetry::metrics::record_decision(decision.outcome.as_str(), hook);
        let origin = if hook == "order-sign" { "order-sign" } else { "order-select" };
        let stored = state.decisions.reuse(&mut decision, origin);
        let page = format!("{base}/ui/necessity/{}", decision.id);
        cards.push(crd::card(&decision, &page));
        actions.push(crd::system_action(order, &decision, coverage.as_deref(), &page));
        if !stored {
            state.decisions.record(decision, origin).await;
        }
    }
    Ok((patient, json!({ "cards": cards, "systemActions": actions })))
}

/// `patient-view`: the navigation twin's care-gap cards, from the prefetch / fhirServer, or
/// the stored patient. A patient with no cancer gets no cards (and no error).
async fn patient_view_hook(
    req: &HttpRequest,
    state: &AppState,
    service_id: &str,
    body: &[u8],
) -> Result<(String, Value), HookFailure> {
    let mut request = HookRequest::parse(body, service_id, "patient-view").map_err(|e| (None, e))?;
    let prefetch = request.prefetch.take();
    let patient = request.patient_id().map_err(|e| (None, e))?.to_string();
    let fail = |e: HookError| (Some(patient.clone()), e);
    let templates = navigation::cds::patient_view_service()["prefetch"].clone();
    let today = chrono::Utc::now().date_naive();
    let nav = match fetch::patient_resources(&state.http, &request, prefetch, &templates, &fhir_servers(req, state))
        .await
        .map_err(fail)?
    {
        Some(resources) => {
            let events = necessity::events_from_resources(&resources);
            navigation::core::navigate(&patient, &events, today, &state.pathways)
        }
        None => match navigation::navigation(&state.store, &state.pathways, &patient, today).await {
            Ok(nav) => nav,
            Err(HistoryError::UnknownPatient(_)) => return Err(fail(HookError::NoData(patient.clone()))),
            Err(HistoryError::Store(e)) => return Err(fail(HookError::Fetch(format!("local store: {e}")))),
        },
    };
    let cards = navigation::cds::patient_view_cards(&nav, &super::fhir::public_origin(req, state));
    Ok((patient, json!({ "cards": cards })))
}

fn unreadable_card(order: &Value, e: &RequestError, base: &str) -> Value {
    let what = format!("{}/{}", order["resourceType"].as_str().unwrap_or("?"), order["id"].as_str().unwrap_or("?"));
    json!({
        "uuid": uuid::Uuid::new_v4().to_string(),
        "summary": necessity::shorten(&format!("Order {what} could not be checked for medical necessity"), 139),
        "indicator": "info",
        "detail": format!("{e}. A prior-authorization reviewer can check it by hand."),
        "source": { "label": "oncotwin medical-necessity twin", "url": format!("{base}/cds-services") },
    })
}

/// `POST /cds-services/{id}/feedback`
#[utoipa::path(post, path = "/cds-services/{id}/feedback", tag = "cds", params(("id" = String, Path, description = "service id")),
    request_body(content = serde_json::Value, content_type = "application/json", description = "CDS Hooks feedback on cards"),
    responses((status = 200, description = "feedback stored"), (status = 401, description = "no or bad CDS client JWT")))]
pub async fn feedback(
    req: HttpRequest,
    path: web::Path<String>,
    body: web::Bytes,
    state: web::Data<AppState>,
) -> HttpResponse {
    let service_id = path.into_inner();
    if !cds::necessity_services().iter().any(|s| s.id == service_id) && service_id != navigation::cds::SERVICE_ID {
        return error(404, format!("no CDS service `{service_id}`"));
    }
    let caller = match authenticate(&req, &state).await {
        Ok(c) => c,
        Err(response) => return response,
    };
    let parsed: Value = match serde_json::from_slice(&body) {
        Ok(v) => v,
        Err(e) => return error(400, format!("the feedback is not JSON: {e}")),
    };
    let Some(items) = parsed["feedback"].as_array().filter(|a| !a.is_empty()) else {
        return error(
            400,
            "the body must be {\"feedback\": [{\"card\": uuid, \"outcome\": \"accepted\"|\"overridden\", …}]}",
        );
    };
    for (i, item) in items.iter().enumerate() {
        let card = item["card"].as_str().unwrap_or_default();
        let outcome = item["outcome"].as_str().unwrap_or_default();
        if card.is_empty() || !matches!(outcome, "accepted" | "overridden") {
            return error(
                400,
                format!("feedback[{i}]: `card` (a uuid) and `outcome` (accepted or overridden) are required"),
            );
        }
    }
    let received_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
    for item in items {
        let id = uuid::Uuid::new_v4().to_string();
        let body = item.to_string();
        let record = FeedbackRecord {
            id: &id,
            service_id: &service_id,
            card_uuid: item["card"].as_str().unwrap_or_default(),
            outcome: item["outcome"].as_str().unwrap_or_default(),
            body: &body,
            received_at: &received_at,
        };
        if let Err(e) = state.store.put_feedback(&record).await {
            tracing::error!(error = %e, "cannot store CDS feedback");
            return error(503, "the feedback could not be stored; retry");
        }
    }
    audit(&state, &req, Some(&caller), None, 200).await;
    HttpResponse::Ok().json(json!({}))
}
