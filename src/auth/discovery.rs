//! SMART App Launch discovery for oncotwin itself: the document served at
//! `/.well-known/smart-configuration` (and `/fhir/.well-known/smart-configuration`, where
//! SMART clients look, the FHIR base being `/fhir`).
//!
//! oncotwin is a resource server: the authorization and token endpoints are those of the
//! configured token issuer, found through its OpenID Connect / OAuth metadata and cached.
//! When the issuer publishes none (or none is configured), they are left out.

use super::IssuerConfig;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long an issuer's metadata is reused (and a failed look-up is not retried).
const CACHE_FOR: Duration = Duration::from_secs(600);
const RETRY_FAILED_AFTER: Duration = Duration::from_secs(60);

/// issuer → (when fetched, its metadata if it has any).
type MetadataCache = HashMap<String, (Instant, Option<Value>)>;

static METADATA: Mutex<Option<MetadataCache>> = Mutex::new(None);

/// The issuer's authorization-server metadata (`openid-configuration`, else RFC 8414),
/// cached; `None` when it publishes none.
pub async fn issuer_metadata(issuer: &str) -> Option<Value> {
    if let Ok(cache) = METADATA.lock() {
        if let Some((at, value)) = cache.as_ref().and_then(|c| c.get(issuer)) {
            let fresh_for = if value.is_some() { CACHE_FOR } else { RETRY_FAILED_AFTER };
            if at.elapsed() < fresh_for {
                return value.clone();
            }
        }
    }
    let value = fetch_metadata(issuer).await;
    if let Ok(mut cache) = METADATA.lock() {
        cache.get_or_insert_with(HashMap::new).insert(issuer.to_string(), (Instant::now(), value.clone()));
    }
    value
}

async fn fetch_metadata(issuer: &str) -> Option<Value> {
    if !(issuer.starts_with("https://") || issuer.starts_with("http://")) {
        return None;
    }
    let http = reqwest::Client::builder().timeout(Duration::from_secs(3)).build().ok()?;
    let base = issuer.trim_end_matches('/');
    for path in ["/.well-known/openid-configuration", "/.well-known/oauth-authorization-server"] {
        let Ok(response) = http.get(format!("{base}{path}")).send().await else { continue };
        if !response.status().is_success() {
            continue;
        }
        if let Ok(value) = response.json::<Value>().await {
            if value.is_object() {
                return Some(value);
            }
        }
    }
    tracing::warn!(issuer, "the token issuer publishes no authorization-server metadata");
    None
}

/// The SMART configuration document for the first configured issuer (`dev_issuer` when only
/// development tokens are accepted).
pub async fn smart_configuration(issuers: &[IssuerConfig], dev_issuer: Option<&str>) -> Value {
    let issuer = issuers.first().map(|i| i.issuer.clone()).or(dev_issuer.map(str::to_string));
    let metadata = match &issuers.first() {
        Some(config) => issuer_metadata(&config.issuer).await,
        None => None,
    };
    let meta = |key: &str| metadata.as_ref().and_then(|m| m.get(key)).filter(|v| !v.is_null()).cloned();
    let list =
        |key: &str| -> Vec<String> { meta(key).and_then(|v| serde_json::from_value(v).ok()).unwrap_or_default() };
    let mut capabilities: Vec<&str> = vec!["permission-patient", "permission-user", "permission-v1", "permission-v2"];
    let authorization_endpoint = meta("authorization_endpoint");
    if authorization_endpoint.is_some() {
        capabilities.extend(["launch-standalone", "context-standalone-patient", "client-public"]);
    }
    let auth_methods = list("token_endpoint_auth_methods_supported");
    if auth_methods.iter().any(|m| m == "private_key_jwt") {
        capabilities.push("client-confidential-asymmetric");
    }
    if auth_methods.iter().any(|m| m == "client_secret_basic" || m == "client_secret_post") {
        capabilities.push("client-confidential-symmetric");
    }
    if list("scopes_supported").iter().any(|s| s == "openid") {
        capabilities.push("sso-openid-connect");
    }
    let mut grants = list("grant_types_supported");
    if grants.is_empty() {
        grants = vec!["authorization_code".to_string(), "client_credentials".to_string()];
    }
    let mut document = json!({
        "capabilities": capabilities,
        "code_challenge_methods_supported": ["S256"],
        "grant_types_supported": grants,
        "scopes_supported": [
            "openid", "fhirUser", "launch", "launch/patient", "offline_access",
            "patient/*.rs", "user/*.rs", "system/*.rs", "patient/*.read", "user/*.read", "system/*.read", "system/*.cruds"
        ],
        "response_types_supported": ["code"],
    });
    if let Some(issuer) = issuer {
        document["issuer"] = json!(issuer);
    }
    for key in [
        "authorization_endpoint",
        "token_endpoint",
        "jwks_uri",
        "introspection_endpoint",
        "revocation_endpoint",
        "registration_endpoint",
    ] {
        if let Some(value) = meta(key) {
            document[key] = value;
        }
    }
    if !auth_methods.is_empty() {
        document["token_endpoint_auth_methods_supported"] = json!(auth_methods);
    }
    document
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn without_a_reachable_issuer_the_endpoints_are_left_out() {
        let doc = smart_configuration(&[], Some("urn:oncotwin:dev")).await;
        assert_eq!(doc["issuer"], "urn:oncotwin:dev");
        assert_eq!(doc["code_challenge_methods_supported"], json!(["S256"]));
        assert!(doc.get("token_endpoint").is_none());
        assert!(doc["capabilities"].as_array().unwrap().iter().any(|c| c == "permission-v2"));
    }
}
