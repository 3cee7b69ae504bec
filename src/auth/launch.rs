//! SMART App Launch of the timeline page (EHR launch and standalone launch), as a public
//! client with PKCE: the pending launches between the redirect to the EHR's authorization
//! server and its callback, and the browser sessions a completed launch opens.
//!
//! Both live in memory: a restart ends every session (the clinician relaunches from the
//! EHR). Behind a load balancer, route a browser to one instance (sticky sessions) or move
//! [`LaunchSessions`] to a shared store.
//!
//! No HTTP server types here: `api::launch` turns requests into calls of these functions.

use super::Principal;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand_core::{OsRng, RngCore};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long a browser has to come back from the authorization server.
pub const PENDING_TTL: Duration = Duration::from_secs(10 * 60);
/// Upper bound on launches waiting for their callback (a flood of `/launch` must not grow
/// memory without bound); the oldest are dropped first.
const MAX_PENDING: usize = 10_000;
/// Upper bound on a session's life whatever the token says.
const MAX_SESSION: Duration = Duration::from_secs(12 * 3600);
/// A session's life when the token response gives no `expires_in`.
const DEFAULT_SESSION: Duration = Duration::from_secs(300);

/// A trusted EHR this server may be launched from.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct LaunchSettings {
    /// The EHR's FHIR base URL: the `iss` of its launches.
    pub fhir_base: String,
    /// The client_id oncotwin is registered under at the EHR (a public client).
    pub client_id: String,
}

/// Why a launch failed, and what the browser is told.
#[derive(Debug, thiserror::Error)]
pub enum LaunchError {
    /// The request itself is wrong (unknown `iss`, bad or replayed `state`): 400.
    #[error("{0}")]
    BadRequest(String),
    /// The user or the authorization server refused (denied consent, invalid token): 401.
    #[error("{0}")]
    Refused(String),
    /// The EHR did not answer as SMART says it should: 502.
    #[error("{0}")]
    Ehr(String),
}

/// A random, URL-safe token of 32 bytes.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// The PKCE S256 challenge of a verifier (RFC 7636 §4.2).
pub fn code_challenge(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(Sha256::digest(verifier.as_bytes()))
}

/// The endpoints of the EHR's `.well-known/smart-configuration` a launch needs.
#[derive(Debug, Clone, Deserialize)]
pub struct SmartEndpoints {
    pub authorization_endpoint: String,
    pub token_endpoint: String,
}

/// Reads the EHR's SMART configuration.
pub async fn discover(http: &reqwest::Client, iss: &str) -> Result<SmartEndpoints, LaunchError> {
    let url = format!("{}/.well-known/smart-configuration", iss.trim_end_matches('/'));
    let response = http
        .get(&url)
        .header("Accept", "application/json")
        .send()
        .await
        .map_err(|e| LaunchError::Ehr(format!("the EHR's SMART configuration cannot be read: {e}")))?;
    if !response.status().is_success() {
        return Err(LaunchError::Ehr(format!("the EHR's SMART configuration answered {}", response.status())));
    }
    response.json().await.map_err(|e| LaunchError::Ehr(format!("the EHR's SMART configuration is not usable: {e}")))
}

/// A launch waiting for its callback.
#[derive(Debug, Clone)]
pub struct PendingLaunch {
    /// The trusted EHR it went to.
    pub ehr: LaunchSettings,
    pub token_endpoint: String,
    pub redirect_uri: String,
    /// The PKCE verifier (never leaves the server).
    pub code_verifier: String,
    /// The value of the browser's launch cookie: the callback must come from the same browser.
    pub browser: String,
    created: Instant,
}

impl PendingLaunch {
    pub fn new(ehr: LaunchSettings, token_endpoint: String, redirect_uri: String, browser: String) -> Self {
        PendingLaunch {
            ehr,
            token_endpoint,
            redirect_uri,
            code_verifier: random_token(),
            browser,
            created: Instant::now(),
        }
    }
}

/// A browser session opened by a completed launch.
#[derive(Debug, Clone)]
struct Session {
    principal: Principal,
    /// The token every form of this session posts back (CSRF; the cookie alone is not enough).
    csrf: String,
    expires: Instant,
}

/// Pending launches (by `state`) and open sessions (by session id).
#[derive(Debug, Default)]
pub struct LaunchSessions {
    pending: Mutex<HashMap<String, PendingLaunch>>,
    sessions: Mutex<HashMap<String, Session>>,
}

impl LaunchSessions {
    /// Keeps a pending launch; returns its `state`.
    pub fn begin(&self, launch: PendingLaunch) -> String {
        let state = random_token();
        let mut pending = self.pending.lock().unwrap_or_else(|e| e.into_inner());
        pending.retain(|_, p| p.created.elapsed() < PENDING_TTL);
        while pending.len() >= MAX_PENDING {
            let Some(oldest) = pending.iter().min_by_key(|(_, p)| p.created).map(|(k, _)| k.clone()) else { break };
            pending.remove(&oldest);
        }
        pending.insert(state.clone(), launch);
        state
    }

    /// Takes the pending launch of `state` (single use), if it is known, unexpired and was
    /// started by the browser holding `browser`.
    pub fn complete(&self, state: &str, browser: Option<&str>) -> Result<PendingLaunch, LaunchError> {
        let mut pending = self.pending.lock().unwrap_or_else(|e| e.into_inner());
        let Some(launch) = pending.remove(state) else {
            return Err(LaunchError::BadRequest("This launch is unknown, was already used or has expired.".into()));
        };
        if launch.created.elapsed() >= PENDING_TTL {
            return Err(LaunchError::BadRequest("This launch has expired; launch again from the EHR.".into()));
        }
        if browser != Some(launch.browser.as_str()) {
            return Err(LaunchError::BadRequest("This launch was started in another browser.".into()));
        }
        Ok(launch)
    }

    /// Opens a session for `principal` until the token expires; returns its id.
    pub fn open(&self, principal: Principal, expires_in: Option<u64>) -> String {
        let life = expires_in.map(Duration::from_secs).unwrap_or(DEFAULT_SESSION).min(MAX_SESSION);
        let id = random_token();
        let mut sessions = self.sessions.lock().unwrap_or_else(|e| e.into_inner());
        sessions.retain(|_, s| s.expires > Instant::now());
        sessions.insert(id.clone(), Session { principal, csrf: random_token(), expires: Instant::now() + life });
        id
    }

    /// The principal of an open, unexpired session.
    pub fn principal(&self, id: &str) -> Option<Principal> {
        self.session(id).map(|(principal, _)| principal)
    }

    /// The principal of an open, unexpired session and the CSRF token of its forms.
    pub fn session(&self, id: &str) -> Option<(Principal, String)> {
        let sessions = self.sessions.lock().unwrap_or_else(|e| e.into_inner());
        sessions.get(id).filter(|s| s.expires > Instant::now()).map(|s| (s.principal.clone(), s.csrf.clone()))
    }

    /// Ends a session (sign-out); `false` when it was not open.
    pub fn close(&self, id: &str) -> bool {
        let mut sessions = self.sessions.lock().unwrap_or_else(|e| e.into_inner());
        sessions.remove(id).is_some()
    }
}

/// What the token endpoint answers to the code exchange.
#[derive(Debug, Deserialize)]
pub struct TokenResponse {
    pub access_token: String,
    pub expires_in: Option<u64>,
    /// The launch patient (SMART launch context).
    pub patient: Option<String>,
}

/// Exchanges the authorization code at the token endpoint (public client: `client_id` and
/// the PKCE verifier, no client secret).
pub async fn exchange_code(
    http: &reqwest::Client,
    launch: &PendingLaunch,
    code: &str,
) -> Result<TokenResponse, LaunchError> {
    let form = [
        ("grant_type", "authorization_code"),
        ("code", code),
        ("redirect_uri", launch.redirect_uri.as_str()),
        ("client_id", launch.ehr.client_id.as_str()),
        ("code_verifier", launch.code_verifier.as_str()),
    ];
    let body = url::form_urlencoded::Serializer::new(String::new()).extend_pairs(form).finish();
    let response = http
        .post(&launch.token_endpoint)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "application/json")
        .body(body)
        .send()
        .await
        .map_err(|e| LaunchError::Ehr(format!("the EHR's token endpoint cannot be reached: {e}")))?;
    let status = response.status();
    let text = response.text().await.unwrap_or_default();
    if status.is_client_error() {
        let error: serde_json::Value = serde_json::from_str(&text).unwrap_or_default();
        return Err(LaunchError::Refused(format!(
            "The EHR refused the authorization code ({}).",
            error["error"].as_str().unwrap_or("no reason given")
        )));
    }
    if !status.is_success() {
        return Err(LaunchError::Ehr(format!("the EHR's token endpoint answered {status}")));
    }
    serde_json::from_str(&text).map_err(|e| LaunchError::Ehr(format!("the EHR's token response is not usable: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn launch(browser: &str) -> PendingLaunch {
        let ehr = LaunchSettings { fhir_base: "https://ehr/fhir".into(), client_id: "c".into() };
        PendingLaunch::new(ehr, "https://ehr/token".into(), "https://me/launch/callback".into(), browser.into())
    }

    #[test]
    fn pkce_challenge_is_rfc7636_s256() {
        // RFC 7636 appendix B.
        assert_eq!(
            code_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
            "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
        );
    }

    #[test]
    fn state_is_single_use_and_bound_to_the_browser() {
        let sessions = LaunchSessions::default();
        let state = sessions.begin(launch("b1"));
        assert!(sessions.complete(&state, Some("b2")).is_err());
        // A wrong browser consumed it: a replay from the right one fails too.
        assert!(sessions.complete(&state, Some("b1")).is_err());
        let state = sessions.begin(launch("b1"));
        assert!(sessions.complete(&state, None).is_err());
        let state = sessions.begin(launch("b1"));
        assert!(sessions.complete("tampered", Some("b1")).is_err());
        assert!(sessions.complete(&state, Some("b1")).is_ok());
        assert!(sessions.complete(&state, Some("b1")).is_err());
    }

    #[test]
    fn sessions_expire() {
        let sessions = LaunchSessions::default();
        let p = Principal::from_claims("i", &serde_json::json!({"sub": "u", "patient": "p1"}));
        let id = sessions.open(p.clone(), Some(0));
        assert_eq!(sessions.principal(&id), None);
        let id = sessions.open(p.clone(), Some(60));
        assert_eq!(sessions.principal(&id), Some(p));
        assert_eq!(sessions.principal("other"), None);
    }
}
