//! SMART App Launch of the timeline page: `GET /launch` (EHR launch with `iss` and
//! `launch`, or standalone launch with `iss` alone) redirects to the EHR's authorization
//! server; `GET /launch/callback` exchanges the code, verifies the access token like any
//! bearer token, opens a browser session bound to the token's patient and opens that
//! patient's timeline. Errors are short HTML pages; the browser is a person here.

use crate::auth::launch::{self, LaunchError, LaunchSessions, PendingLaunch};
use crate::startup::AppState;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::Deserialize;
use std::sync::OnceLock;
use std::time::Duration;

/// The cookie that ties a launch's `state` to the browser that started it.
pub const LAUNCH_COOKIE: &str = "oncotwin_launch";
/// The session cookie `/ui/` pages accept.
pub const SESSION_COOKIE: &str = "oncotwin_session";

/// The scopes asked for: read access to the launch patient's record, and who the user is.
const EHR_LAUNCH_SCOPE: &str = "launch openid fhirUser patient/*.rs";
const STANDALONE_SCOPE: &str = "launch/patient openid fhirUser patient/*.rs";

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.route("/launch", web::get().to(start)).route("/launch/callback", web::get().to(callback));
}

fn http() -> &'static reqwest::Client {
    static HTTP: OnceLock<reqwest::Client> = OnceLock::new();
    HTTP.get_or_init(|| {
        reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap_or_default()
    })
}

/// This server's public base URL (no trailing slash).
pub(super) fn public_base(req: &HttpRequest, state: &AppState) -> String {
    match &state.settings.base_url {
        Some(base) => base.trim_end_matches('/').to_string(),
        None => {
            let info = req.connection_info();
            format!("{}://{}", info.scheme(), info.host())
        }
    }
}

/// A cookie's value from the request's `Cookie` header.
pub fn cookie(req: &HttpRequest, name: &str) -> Option<String> {
    req.headers()
        .get_all(actix_web::http::header::COOKIE)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
}

pub(super) fn set_cookie(name: &str, value: &str, path: &str, max_age: u64, secure: bool) -> String {
    format!(
        "{name}={value}; Path={path}; Max-Age={max_age}; HttpOnly; SameSite=Lax{}",
        if secure { "; Secure" } else { "" }
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A short HTML page that says why the launch failed.
fn error_page(error: &LaunchError) -> HttpResponse {
    let (status, title) = match error {
        LaunchError::BadRequest(_) => (400, "The launch request is not valid"),
        LaunchError::Refused(_) => (401, "Access was not granted"),
        LaunchError::Ehr(_) => (502, "The EHR did not answer as expected"),
    };
    tracing::warn!(status, error = %error, "SMART launch failed");
    let body = format!(
        "<!doctype html><meta charset=utf-8><title>oncotwin — {title}</title><h1>{title}</h1><p>{}</p>\
         <p>Launch oncotwin again from the EHR.</p>",
        escape(&error.to_string())
    );
    HttpResponse::build(actix_web::http::StatusCode::from_u16(status).unwrap_or_default())
        .content_type("text/html; charset=utf-8")
        .insert_header(("Cache-Control", "no-store"))
        .body(body)
}

#[derive(Deserialize)]
pub struct LaunchParams {
    iss: Option<String>,
    launch: Option<String>,
}

/// `GET /launch?iss=…[&launch=…]`: starts an EHR launch (with `launch`) or a standalone
#[utoipa::path(get, path = "/launch", tag = "launch",
    params(("iss" = String, Query, description = "the EHR's FHIR base"), ("launch" = Option<String>, Query, description = "EHR launch context")),
    responses((status = 302, description = "to the EHR's authorization endpoint"), (status = 400, description = "untrusted or missing iss (HTML)")))]
/// launch, for a trusted EHR only.
pub async fn start(req: HttpRequest, params: web::Query<LaunchParams>, state: web::Data<AppState>) -> HttpResponse {
    match begin(&req, &params, &state).await {
        Ok(response) => response,
        Err(error) => error_page(&error),
    }
}

async fn begin(req: &HttpRequest, params: &LaunchParams, state: &AppState) -> Result<HttpResponse, LaunchError> {
    let iss = params.iss.as_deref().ok_or_else(|| LaunchError::BadRequest("The launch has no `iss`.".into()))?;
    let ehr = state
        .settings
        .smart_launch
        .clone()
        .filter(|ehr| ehr.fhir_base.trim_end_matches('/') == iss.trim_end_matches('/'))
        .ok_or_else(|| LaunchError::BadRequest(format!("{iss} is not an EHR this server trusts.")))?;
    let endpoints = launch::discover(http(), &ehr.fhir_base).await?;
    let base = public_base(req, state);
    let redirect_uri = format!("{base}/launch/callback");
    let browser = launch::random_token();
    let pending = PendingLaunch::new(ehr.clone(), endpoints.token_endpoint, redirect_uri.clone(), browser.clone());
    let challenge = launch::code_challenge(&pending.code_verifier);
    let state_value = state.launches.begin(pending);
    let scope = if params.launch.is_some() { EHR_LAUNCH_SCOPE } else { STANDALONE_SCOPE };
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    query
        .append_pair("response_type", "code")
        .append_pair("client_id", &ehr.client_id)
        .append_pair("redirect_uri", &redirect_uri)
        .append_pair("scope", scope)
        .append_pair("state", &state_value)
        .append_pair("aud", iss)
        .append_pair("code_challenge", &challenge)
        .append_pair("code_challenge_method", "S256");
    if let Some(launch) = &params.launch {
        query.append_pair("launch", launch);
    }
    let separator = if endpoints.authorization_endpoint.contains('?') { '&' } else { '?' };
    let location = format!("{}{separator}{}", endpoints.authorization_endpoint, query.finish());
    let secure = base.starts_with("https://");
    Ok(HttpResponse::Found()
        .insert_header(("Location", location))
        .insert_header(("Cache-Control", "no-store"))
        .insert_header((
            "Set-Cookie",
            set_cookie(LAUNCH_COOKIE, &browser, "/launch", launch::PENDING_TTL.as_secs(), secure),
        ))
        .finish())
}

#[derive(Deserialize)]
pub struct CallbackParams {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
    error_description: Option<String>,
}

/// `GET /launch/callback?code=…&state=…`: completes the launch.
#[utoipa::path(get, path = "/launch/callback", tag = "launch",
    params(("code" = String, Query), ("state" = String, Query)),
    responses((status = 302, description = "to the launched patient's timeline page"), (status = 400, description = "bad or replayed state (HTML)"), (status = 401, description = "refused token (HTML)")))]
pub async fn callback(
    req: HttpRequest,
    params: web::Query<CallbackParams>,
    state: web::Data<AppState>,
) -> HttpResponse {
    match complete(&req, &params, &state).await {
        Ok(response) => response,
        Err(error) => error_page(&error),
    }
}

async fn complete(req: &HttpRequest, params: &CallbackParams, state: &AppState) -> Result<HttpResponse, LaunchError> {
    let state_value =
        params.state.as_deref().ok_or_else(|| LaunchError::BadRequest("The callback has no `state`.".into()))?;
    let pending = state.launches.complete(state_value, cookie(req, LAUNCH_COOKIE).as_deref())?;
    if let Some(error) = &params.error {
        let reason = params.error_description.as_deref().unwrap_or("");
        return Err(LaunchError::Refused(format!("The EHR did not authorize oncotwin: {error} {reason}")));
    }
    let code = params.code.as_deref().ok_or_else(|| LaunchError::BadRequest("The callback has no `code`.".into()))?;
    let tokens = launch::exchange_code(http(), &pending, code).await?;
    let mut principal = state
        .verifier
        .verify(&tokens.access_token)
        .await
        .map_err(|e| LaunchError::Refused(format!("The EHR's access token is not accepted here: {e}")))?;
    let patient = match (&tokens.patient, &principal.patient) {
        (Some(given), Some(claimed)) if given != claimed => {
            return Err(LaunchError::Ehr("the token response and the access token name different patients".into()))
        }
        (Some(patient), _) | (None, Some(patient)) => patient.clone(),
        (None, None) => return Err(LaunchError::Ehr("the EHR gave no launch patient".into())),
    };
    principal.patient = Some(patient.clone());
    let expires_in = tokens.expires_in;
    let session = state.launches.open(principal, expires_in);
    let secure = public_base(req, state).starts_with("https://");
    let page: String = url::form_urlencoded::byte_serialize(patient.as_bytes()).collect();
    Ok(HttpResponse::Found()
        .insert_header(("Location", format!("/ui/patients/{page}")))
        .insert_header(("Cache-Control", "no-store"))
        .append_header(("Set-Cookie", set_cookie(SESSION_COOKIE, &session, "/", expires_in.unwrap_or(300), secure)))
        .append_header(("Set-Cookie", set_cookie(LAUNCH_COOKIE, "", "/launch", 0, secure)))
        .finish())
}

/// The principal of the session cookie of a request, if any, and its forms' CSRF token.
pub fn session_principal(launches: &LaunchSessions, req: &HttpRequest) -> Option<(crate::auth::Principal, String)> {
    cookie(req, SESSION_COOKIE).and_then(|id| launches.session(&id))
}
