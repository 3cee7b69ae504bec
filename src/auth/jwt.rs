//! Bearer JWT verification against configured issuers.
//!
//! Only asymmetric algorithms are accepted (RS256, RS384, ES256, ES384): never `none`, and
//! never HMAC, which would let anyone holding the public key forge tokens. The issuer is
//! looked up from the (unverified) `iss` claim, the key by `kid` in that issuer's JWKS; an
//! unknown `kid` triggers one refetch (key rotation), rate-limited so a flood of forged
//! tokens cannot turn into a flood of JWKS requests.

use super::{IssuerConfig, Principal};
use base64::Engine;
use jsonwebtoken::jwk::JwkSet;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use std::collections::HashMap;
use std::time::{Duration, Instant};
use tokio::sync::RwLock;

/// Algorithms a token may be signed with.
pub const ALLOWED_ALGORITHMS: &[Algorithm] = &[Algorithm::RS256, Algorithm::RS384, Algorithm::ES256, Algorithm::ES384];

/// The least time between two JWKS fetches of one issuer.
const REFETCH_INTERVAL: Duration = Duration::from_secs(10);
/// Clock skew tolerated on `exp` and `nbf`.
const LEEWAY_SECONDS: u64 = 30;

/// Why a token was refused (401).
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum AuthError {
    #[error("a bearer token is required")]
    Missing,
    #[error("the server has no token issuer configured, so it accepts no PHI requests")]
    NoIssuers,
    #[error("malformed token: {0}")]
    Malformed(String),
    #[error("signing algorithm {0} is not allowed (RS256, RS384, ES256, ES384 are)")]
    AlgorithmNotAllowed(String),
    #[error("issuer `{0}` is not trusted")]
    UnknownIssuer(String),
    #[error("no key `{0}` in the issuer's key set")]
    UnknownKey(String),
    #[error("the issuer's keys cannot be fetched: {0}")]
    KeysUnavailable(String),
    #[error("invalid token: {0}")]
    Invalid(String),
}

struct IssuerKeys {
    config: IssuerConfig,
    keys: RwLock<(JwkSet, Option<Instant>)>,
}

/// Verifies bearer tokens.
pub struct Verifier {
    issuers: HashMap<String, IssuerKeys>,
    audiences: Vec<String>,
    http: reqwest::Client,
}

impl Verifier {
    /// `audiences`: the `aud` values this server answers to (its FHIR base URL, for SMART).
    /// `static_keys`: issuers whose keys are known up front (the development issuer).
    pub fn new(
        issuers: Vec<IssuerConfig>,
        audiences: Vec<String>,
        static_keys: Vec<(String, JwkSet)>,
    ) -> anyhow::Result<Self> {
        let mut map = HashMap::new();
        for config in issuers {
            let keys = match &config.jwks_file {
                Some(path) => {
                    let text = std::fs::read_to_string(path)
                        .map_err(|e| anyhow::anyhow!("cannot read JWKS file {}: {e}", path.display()))?;
                    serde_json::from_str(&text)
                        .map_err(|e| anyhow::anyhow!("invalid JWKS file {}: {e}", path.display()))?
                }
                None => JwkSet { keys: Vec::new() },
            };
            map.insert(config.issuer.clone(), IssuerKeys { config, keys: RwLock::new((keys, None)) });
        }
        for (issuer, set) in static_keys {
            let config = IssuerConfig { issuer: issuer.clone(), jwks_uri: None, jwks_file: None };
            map.insert(issuer, IssuerKeys { config, keys: RwLock::new((set, None)) });
        }
        let http = reqwest::Client::builder().timeout(Duration::from_secs(5)).build()?;
        Ok(Verifier { issuers: map, audiences, http })
    }

    pub fn has_issuers(&self) -> bool {
        !self.issuers.is_empty()
    }

    /// Verifies a token and returns who it speaks for.
    pub async fn verify(&self, token: &str) -> Result<Principal, AuthError> {
        let (issuer, claims) = self.decode(token, &self.audiences, &["exp", "iss", "aud", "sub"], false).await?;
        Ok(Principal::from_claims(&issuer, &claims))
    }

    /// Verifies a token for `audiences`, requiring `required` claims; returns the issuer and
    /// the claims. With `check_jku`, a `jku` header must name the issuer's configured JWKS
    /// URL (keys are never fetched from a URL the token chose).
    pub async fn decode(
        &self,
        token: &str,
        audiences: &[String],
        required: &[&str],
        check_jku: bool,
    ) -> Result<(String, serde_json::Value), AuthError> {
        if self.issuers.is_empty() {
            return Err(AuthError::NoIssuers);
        }
        let header = jsonwebtoken::decode_header(token).map_err(|e| AuthError::Malformed(e.to_string()))?;
        if !ALLOWED_ALGORITHMS.contains(&header.alg) {
            return Err(AuthError::AlgorithmNotAllowed(format!("{:?}", header.alg)));
        }
        let issuer = unverified_issuer(token)?;
        let keys = self.issuers.get(&issuer).ok_or_else(|| AuthError::UnknownIssuer(issuer.clone()))?;
        if check_jku {
            if let Some(jku) = &header.jku {
                if keys.config.jwks_uri.as_deref() != Some(jku.as_str()) {
                    return Err(AuthError::Invalid(format!(
                        "jku `{jku}` is not the JWKS URL on the allow-list for issuer `{issuer}`"
                    )));
                }
            }
        }
        let kid = header.kid.clone().unwrap_or_default();
        // The read guard must be gone before a refresh takes the write lock.
        let cached = find_key(&*keys.keys.read().await, &kid);
        let key = match cached {
            Some(key) => key,
            None => {
                self.refresh(keys).await?;
                find_key(&*keys.keys.read().await, &kid).ok_or_else(|| AuthError::UnknownKey(kid.clone()))?
            }
        };
        let mut validation = Validation::new(header.alg);
        validation.set_issuer(&[&issuer]);
        validation.set_audience(audiences);
        validation.set_required_spec_claims(required);
        validation.validate_nbf = true;
        validation.leeway = LEEWAY_SECONDS;
        let data = jsonwebtoken::decode::<serde_json::Value>(token, &key, &validation)
            .map_err(|e| AuthError::Invalid(e.to_string()))?;
        for claim in required {
            if data.claims.get(claim).is_none() {
                return Err(AuthError::Invalid(format!("no {claim} claim")));
            }
        }
        Ok((issuer, data.claims))
    }

    /// Refetches an issuer's JWKS (at most once per [`REFETCH_INTERVAL`]).
    async fn refresh(&self, keys: &IssuerKeys) -> Result<(), AuthError> {
        let Some(uri) = &keys.config.jwks_uri else { return Ok(()) };
        {
            let current = keys.keys.read().await;
            if current.1.is_some_and(|at| at.elapsed() < REFETCH_INTERVAL) {
                return Ok(());
            }
        }
        let mut current = keys.keys.write().await;
        if current.1.is_some_and(|at| at.elapsed() < REFETCH_INTERVAL) {
            return Ok(());
        }
        current.1 = Some(Instant::now());
        let response = self.http.get(uri).send().await.map_err(|e| AuthError::KeysUnavailable(e.to_string()))?;
        let set: JwkSet = response
            .error_for_status()
            .map_err(|e| AuthError::KeysUnavailable(e.to_string()))?
            .json()
            .await
            .map_err(|e| AuthError::KeysUnavailable(e.to_string()))?;
        tracing::info!(issuer = %keys.config.issuer, keys = set.keys.len(), "fetched issuer keys");
        current.0 = set;
        Ok(())
    }
}

fn find_key(state: &(JwkSet, Option<Instant>), kid: &str) -> Option<DecodingKey> {
    let set = &state.0;
    let jwk = if kid.is_empty() && set.keys.len() == 1 { set.keys.first() } else { set.find(kid) }?;
    DecodingKey::from_jwk(jwk).ok()
}

/// The `iss` claim, read before verification only to pick the issuer's keys.
fn unverified_issuer(token: &str) -> Result<String, AuthError> {
    let payload = token.split('.').nth(1).ok_or_else(|| AuthError::Malformed("not a JWS compact token".into()))?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .map_err(|_| AuthError::Malformed("payload is not base64url".into()))?;
    let claims: serde_json::Value =
        serde_json::from_slice(&bytes).map_err(|_| AuthError::Malformed("payload is not JSON".into()))?;
    claims["iss"].as_str().map(str::to_string).ok_or_else(|| AuthError::Invalid("no iss claim".into()))
}
