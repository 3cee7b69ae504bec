//! CDS Hooks request authentication (CDS Hooks 2.0 §Trusting CDS Clients): every hook call
//! carries a JWT signed by the CDS client. Accepted only when its `iss` is on the allow-list
//! (`[cds] clients`), its key comes from that issuer's configured JWKS (a `jku` header must
//! name that same URL), `aud` is the URL of the service called, and it is unexpired and
//! not replayed (`jti` seen once).

use crate::auth::jwt::{AuthError, Verifier};
use crate::auth::IssuerConfig;
use jsonwebtoken::jwk::JwkSet;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::Mutex;

/// `[cds]` in the settings file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CdsSettings {
    /// CDS clients (EHRs) whose hook JWTs are accepted: `issuer` and `jwks_uri` (or `jwks_file`).
    #[serde(default)]
    pub clients: Vec<IssuerConfig>,
    /// Accept hook calls without a JWT (local testing with tools that cannot sign, such as
    /// a sandbox). Never in production.
    #[serde(default)]
    pub allow_unauthenticated: bool,
    /// The FHIR base URLs hook services may read from when a request's prefetch is
    /// incomplete (`fhirServer`): the EHRs' FHIR endpoints. Any other `fhirServer` is refused
    /// without a request (oncotwin's own facade is always allowed).
    #[serde(default)]
    pub fhir_servers: Vec<String>,
}

/// Who called a hook.
#[derive(Debug, Clone, PartialEq)]
pub struct CdsCaller {
    /// The client's `iss` (None when unauthenticated calls are allowed and no JWT was sent).
    pub issuer: Option<String>,
    pub subject: Option<String>,
}

/// Verifies hook JWTs.
pub struct CdsAuth {
    verifier: Option<Verifier>,
    allow_unauthenticated: bool,
    /// `jti` → `exp` of tokens already used.
    seen: Mutex<HashMap<String, i64>>,
}

impl CdsAuth {
    /// `static_keys`: clients whose keys are known up front (the development issuer).
    pub fn new(settings: &CdsSettings, static_keys: Vec<(String, JwkSet)>) -> anyhow::Result<CdsAuth> {
        let verifier = if settings.clients.is_empty() && static_keys.is_empty() {
            None
        } else {
            Some(Verifier::new(settings.clients.clone(), Vec::new(), static_keys)?)
        };
        Ok(CdsAuth {
            verifier,
            allow_unauthenticated: settings.allow_unauthenticated,
            seen: Mutex::new(HashMap::new()),
        })
    }

    /// Checks the `Authorization` header of a call to the service at `service_url`.
    pub async fn check(&self, authorization: Option<&str>, service_url: &str) -> Result<CdsCaller, AuthError> {
        let token = authorization.and_then(|h| h.strip_prefix("Bearer ").or_else(|| h.strip_prefix("bearer ")));
        let Some(token) = token.map(str::trim).filter(|t| !t.is_empty()) else {
            if self.allow_unauthenticated {
                return Ok(CdsCaller { issuer: None, subject: None });
            }
            return Err(AuthError::Missing);
        };
        let verifier = self.verifier.as_ref().ok_or(AuthError::NoIssuers)?;
        let (issuer, claims) =
            verifier.decode(token, &[service_url.to_string()], &["exp", "iss", "aud", "iat", "jti"], true).await?;
        let jti = claims["jti"].as_str().unwrap_or_default().to_string();
        let exp = claims["exp"].as_i64().unwrap_or(0);
        let now = chrono::Utc::now().timestamp();
        {
            let mut seen = self.seen.lock().unwrap_or_else(|p| p.into_inner());
            seen.retain(|_, e| *e + 60 > now);
            if seen.insert(format!("{issuer}\u{0}{jti}"), exp).is_some() {
                return Err(AuthError::Invalid(format!("jti `{jti}` was already used (replay)")));
            }
        }
        Ok(CdsCaller { issuer: Some(issuer), subject: claims["sub"].as_str().map(str::to_string) })
    }
}
