//! Authentication on every route that is not explicitly open, and the audit record of each
//! PHI access. Secure by default: a new route needs a token until it is listed here as open.

use super::error::FHIR_JSON;
use crate::auth::scopes::Interaction;
use crate::auth::{AuthError, Forbidden, Principal};
use crate::fhir::outcome::{FhirError, OutcomeIssue};
use crate::startup::AppState;
use crate::store::AuditRecord;
use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::middleware::Next;
use actix_web::{web, FromRequest, HttpMessage, HttpRequest, HttpResponse};
use std::future::{ready, Ready};

/// Paths anyone may call: no PHI in or out.
pub fn is_open(path: &str) -> bool {
    matches!(path, "/healthz" | "/readyz" | "/metrics" | "/openapi.json" | "/docs" | "/fhir/metadata")
        // The front door and the development sign-in: no PHI, they open a session.
        || path == "/"
        || path == "/signin/dev"
        || path.starts_with("/docs/")
        || path.starts_with("/.well-known/")
        || path == "/launch"
        // CDS Hooks: discovery is public; hook calls carry the CDS client's JWT, checked by
        // the handlers (`api::cds`), not a SMART token.
        || path == "/cds-services"
        || path.starts_with("/cds-services/")
        || path == "/launch/callback"
        || path == "/fhir/.well-known/smart-configuration"
        || path.starts_with("/api/v1/pathways")
        || path == "/fhir/PlanDefinition"
        // `$apply` reads a patient's data: it needs a token like any PHI route.
        || (path.starts_with("/fhir/PlanDefinition/") && !path.ends_with("/$apply"))
}

/// The 401 answer: what the client may know (token missing, no issuer configured, or
/// "invalid_token"), never the verifier's detail — algorithms, library messages, the
/// untrusted issuer's URL — which goes to the log (no token text) instead.
fn unauthorized(error: &AuthError) -> HttpResponse {
    let (code, said) = what_the_caller_is_told(error);
    let outcome = FhirError::new(401, "login", said.clone()).outcome();
    HttpResponse::Unauthorized()
        .insert_header(("WWW-Authenticate", format!("Bearer error=\"{code}\", error_description=\"{said}\"")))
        .content_type(FHIR_JSON)
        .body(outcome.to_string())
}

/// A refused token's OAuth error code and the text the caller may see (SMART bearer tokens
/// and CDS Hooks client JWTs alike); the verifier's own reason is logged, never sent.
pub fn what_the_caller_is_told(error: &AuthError) -> (&'static str, String) {
    match error {
        AuthError::Missing => ("invalid_request", error.to_string()),
        AuthError::NoIssuers => ("invalid_token", error.to_string()),
        AuthError::KeysUnavailable(_) => {
            tracing::warn!(reason = %error, "bearer token not verifiable");
            ("invalid_token", "the token cannot be verified right now".to_string())
        }
        _ => {
            tracing::info!(reason = %error, "bearer token refused");
            ("invalid_token", "the token is not valid".to_string())
        }
    }
}

/// Verifies the bearer token of every non-open request and audits PHI access.
pub async fn authenticate(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    if is_open(req.path()) {
        return Ok(next.call(req).await?.map_into_boxed_body());
    }
    let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
        return Ok(next.call(req).await?.map_into_boxed_body());
    };
    let token = req
        .headers()
        .get(actix_web::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
        .map(str::trim)
        .map(str::to_string)
        .or_else(|| page_token(&req));
    let session = if token.is_none() && req.path().starts_with("/ui/") {
        super::launch::session_principal(&state.launches, req.request())
    } else {
        None
    };
    // A person opening a page without a session is sent to sign in, then back.
    if token.is_none()
        && session.is_none()
        && req.path().starts_with("/ui/")
        && req.method() == actix_web::http::Method::GET
    {
        let next: String = url::form_urlencoded::byte_serialize(req.path().as_bytes()).collect();
        let response = HttpResponse::SeeOther()
            .insert_header(("Location", format!("/?next={next}")))
            .insert_header(("Cache-Control", "no-store"))
            .finish();
        audit(&state, req.request(), None, response.status()).await;
        return Ok(req.into_response(response));
    }
    let verified = match (token, session) {
        (_, Some((principal, csrf))) => {
            req.extensions_mut().insert(SessionCsrf(csrf));
            Ok(principal)
        }
        (None, None) => Err(AuthError::Missing),
        (Some(token), None) => state.verifier.verify(&token).await,
    };
    let principal = match verified {
        Ok(principal) => principal,
        Err(error) => {
            let response = unauthorized(&error);
            audit(&state, req.request(), None, response.status()).await;
            return Ok(req.into_response(response));
        }
    };
    req.extensions_mut().insert(principal.clone());
    let is_page = req.path().starts_with("/ui/");
    let mut response = next.call(req).await?.map_into_boxed_body();
    if is_page {
        let headers = response.headers_mut();
        headers.insert(
            actix_web::http::header::CACHE_CONTROL,
            actix_web::http::header::HeaderValue::from_static("no-store"),
        );
        headers.insert(
            actix_web::http::header::REFERRER_POLICY,
            actix_web::http::header::HeaderValue::from_static("no-referrer"),
        );
    }
    audit(&state, response.request(), Some(&principal), response.status()).await;
    Ok(response)
}

/// A browser cannot put a header on a page load: `/ui/` pages also accept the token as the
/// `access_token` query parameter (RFC 6750 §2.3), or the session cookie a SMART App Launch
/// opened (`api::launch`; only `/ui/` pages accept it). Those pages are sent `no-store` and `no-referrer`, and no log or audit record
/// holds a query string.
fn page_token(req: &ServiceRequest) -> Option<String> {
    if !req.path().starts_with("/ui/") {
        return None;
    }
    url::form_urlencoded::parse(req.query_string().as_bytes())
        .find(|(k, _)| k == "access_token")
        .map(|(_, v)| v.into_owned())
}

/// The CSRF token of the browser session a `/ui/` request came with (forms post it back).
#[derive(Debug, Clone)]
pub struct SessionCsrf(pub String);

/// The patient a request concerns when neither its path nor its query names one (a body
/// field, a stored decision): set by the handler, read by the audit record.
#[derive(Debug, Clone)]
pub struct AuditPatient(pub String);

/// Writes the audit record of one request (identifiers only; never bodies or query text).
async fn audit(state: &AppState, req: &HttpRequest, principal: Option<&Principal>, status: StatusCode) {
    let route = req.match_pattern().unwrap_or_else(|| "(unmatched)".into());
    let info = req.match_info();
    // A refused token never reaches the router: its target is read from the path itself.
    let (path_type, path_id) = target_of_path(req.path());
    let mut resource_type = info.get("type").map(str::to_string).or(path_type);
    let resource_id = info.get("id").map(str::to_string).or(path_id);
    // Routes whose `{id}` is a patient's: the FHIR Patient operations, the twins' API, the pages.
    if resource_type.is_none()
        && ["/fhir/Patient/", "/api/v1/patients/", "/ui/patients/"].iter().any(|p| route.starts_with(p))
    {
        resource_type = Some("Patient".into());
    }
    if resource_type.is_none() && route.starts_with("/fhir/PlanDefinition/") {
        resource_type = Some("PlanDefinition".into());
    }
    let query_patient = url::form_urlencoded::parse(req.query_string().as_bytes())
        .find(|(k, _)| k == "patient" || k == "subject")
        .map(|(_, v)| v.trim_start_matches("Patient/").to_string());
    // The patient asked for (path, query, or what the handler found); failing that, for an
    // answered request, the token's patient, whose compartment the answer came from.
    let patient_id = if resource_type.as_deref() == Some("Patient") { resource_id.clone() } else { None }
        .or(query_patient)
        .or_else(|| req.extensions().get::<AuditPatient>().map(|p| p.0.clone()))
        .or_else(|| principal.filter(|_| status.is_success()).and_then(|p| p.patient.clone()));
    let method = req.method().as_str().to_string();
    let action = match method.as_str() {
        "GET" | "HEAD" if resource_id.is_some() && !route.contains('$') => "R",
        "GET" | "HEAD" => "E",
        "POST" if route == "/fhir" || route == "/fhir/" || route.contains('$') || route.contains("_search") => "E",
        "POST" => "C",
        "PUT" | "PATCH" => "U",
        "DELETE" => "D",
        _ => "E",
    };
    let record = AuditRecord {
        audit_id: uuid::Uuid::new_v4().to_string(),
        recorded: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
        action: action.to_string(),
        method,
        route,
        resource_type,
        resource_id,
        patient_id,
        subject: principal.map(|p| p.subject.clone()).unwrap_or_default(),
        client_id: principal.and_then(|p| p.client_id.clone()),
        issuer: principal.map(|p| p.issuer.clone()),
        outcome: status.as_u16() as i64,
        detail: None,
    };
    state.audit.record(record).await;
}

/// The resource a path names, before routing: `/fhir/{type}[/{id}…]` and the patient of
/// `/api/v1/patients/{id}…` and `/ui/patients/{id}`.
fn target_of_path(path: &str) -> (Option<String>, Option<String>) {
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    let is_type = |t: &str| t.starts_with(|c: char| c.is_ascii_uppercase()) && fhir_io::is_known_resource_type(t);
    let is_id = |i: &str| crate::ingest::entry::is_valid_id(i);
    match parts.as_slice() {
        ["fhir", t, rest @ ..] if is_type(t) => {
            (Some(t.to_string()), rest.first().filter(|i| is_id(i)).map(|i| i.to_string()))
        }
        ["api", "v1", "patients", id, ..] | ["ui", "patients", id, ..] if is_id(id) => {
            (Some("Patient".to_string()), Some(id.to_string()))
        }
        _ => (None, None),
    }
}

/// The verified caller of a request (put there by [`authenticate`]).
pub struct Authed(pub Principal);

impl FromRequest for Authed {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;
    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(match req.extensions().get::<Principal>() {
            Some(principal) => Ok(Authed(principal.clone())),
            None => Err(actix_web::error::InternalError::from_response(
                "unauthenticated",
                unauthorized(&AuthError::Missing),
            )
            .into()),
        })
    }
}

impl From<Forbidden> for super::error::ApiError {
    fn from(denied: Forbidden) -> Self {
        super::error::ApiError::new(403, "forbidden", denied.0)
    }
}

impl From<Forbidden> for FhirError {
    fn from(denied: Forbidden) -> Self {
        FhirError { status: 403, issues: vec![OutcomeIssue::error("forbidden", denied.0)] }
    }
}

impl Authed {
    /// Checks an interaction on a resource in `compartment`, as a FHIR error.
    pub fn check(
        &self,
        resource_type: &str,
        interaction: Interaction,
        compartment: Option<&str>,
    ) -> Result<(), FhirError> {
        Ok(self.0.check(resource_type, interaction, compartment)?)
    }
}
