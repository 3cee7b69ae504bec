//! Talking to the EHR: SMART discovery (`.well-known/smart-configuration`), the Backend
//! Services token (client_credentials with a `private_key_jwt` assertion, cached until
//! shortly before it expires), and authorised GETs with retries on 429/503 and one token
//! refresh on 401.

use super::key::ClientKey;
use super::ConnectorError;
use reqwest::header::{HeaderMap, ACCEPT, AUTHORIZATION, RETRY_AFTER};
use reqwest::StatusCode;
use serde::Deserialize;
use std::time::{Duration, Instant};
use tokio::sync::Mutex;

/// What the EHR's `.well-known/smart-configuration` says (the parts the connector uses).
#[derive(Debug, Clone, Deserialize, Default)]
pub struct SmartConfiguration {
    pub token_endpoint: String,
    #[serde(default)]
    pub token_endpoint_auth_methods_supported: Vec<String>,
    #[serde(default)]
    pub token_endpoint_auth_signing_alg_values_supported: Vec<String>,
    #[serde(default)]
    pub grant_types_supported: Vec<String>,
    #[serde(default)]
    pub scopes_supported: Vec<String>,
    #[serde(default)]
    pub capabilities: Vec<String>,
}

/// Requests are retried this often on 429/503 (honouring Retry-After).
const RETRIES: u32 = 4;
/// A token is renewed when it has less than this left.
const TOKEN_MARGIN: Duration = Duration::from_secs(30);

struct CachedToken {
    value: String,
    expires: Instant,
}

/// An authorised client of one EHR FHIR server.
pub struct EhrClient {
    http: reqwest::Client,
    /// The FHIR base URL, without a trailing slash.
    base: String,
    client_id: String,
    key: ClientKey,
    scope: String,
    smart: SmartConfiguration,
    token: Mutex<Option<CachedToken>>,
    requests: std::sync::atomic::AtomicU64,
}

/// A fetched document: its text and the headers that matter.
pub struct Fetched {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub text: String,
}

impl EhrClient {
    /// Discovers the EHR's token endpoint and checks it can do Backend Services with this key.
    /// `scope` defaults to `system/*.rs` (SMART v2) or `system/*.read` (v1), by what the EHR
    /// advertises.
    pub async fn connect(
        base: &str,
        client_id: &str,
        key: ClientKey,
        scope: Option<&str>,
    ) -> Result<Self, ConnectorError> {
        let http = reqwest::Client::builder()
            .user_agent(concat!("oncotwin/", env!("CARGO_PKG_VERSION")))
            .connect_timeout(Duration::from_secs(10))
            .timeout(Duration::from_secs(300))
            .build()
            .map_err(|e| ConnectorError::Http(format!("cannot build the HTTP client: {e}")))?;
        let base = base.trim_end_matches('/').to_string();
        require_tls(&base)?;
        let url = format!("{base}/.well-known/smart-configuration");
        let response = http
            .get(&url)
            .header(ACCEPT, "application/json")
            .send()
            .await
            .map_err(|e| ConnectorError::Http(format!("GET {url}: {e}")))?;
        let smart: SmartConfiguration = if response.status().is_success() {
            response
                .json()
                .await
                .map_err(|e| ConnectorError::Discovery(format!("{url} is not a SMART configuration: {e}")))?
        } else if response.status() == StatusCode::NOT_FOUND {
            // SMART v1 EHRs may publish the endpoints only in their CapabilityStatement.
            oauth_uris(&http, &base).await.ok_or_else(|| {
                ConnectorError::Discovery(format!(
                    "{url} is missing and {base}/metadata names no token endpoint (oauth-uris extension)"
                ))
            })?
        } else {
            return Err(ConnectorError::Discovery(format!("GET {url} answered {}", response.status())));
        };
        if smart.token_endpoint.is_empty() {
            return Err(ConnectorError::Discovery(format!("{url} names no token_endpoint")));
        }
        require_tls(&smart.token_endpoint)?;
        let algs = &smart.token_endpoint_auth_signing_alg_values_supported;
        if !algs.is_empty() && !algs.iter().any(|a| a == key.algorithm_name()) {
            return Err(ConnectorError::Discovery(format!(
                "the EHR does not accept {} client assertions (it lists {})",
                key.algorithm_name(),
                algs.join(", ")
            )));
        }
        let methods = &smart.token_endpoint_auth_methods_supported;
        if !methods.is_empty() && !methods.iter().any(|m| m == "private_key_jwt") {
            return Err(ConnectorError::Discovery("the EHR's token endpoint does not accept private_key_jwt".into()));
        }
        let scope = scope.map(str::to_string).unwrap_or_else(|| {
            let v2 = smart.capabilities.iter().any(|c| c == "permission-v2")
                || smart.scopes_supported.iter().any(|s| s == "system/*.rs");
            if v2 { "system/*.rs" } else { "system/*.read" }.to_string()
        });
        Ok(EhrClient {
            http,
            base,
            client_id: client_id.to_string(),
            key,
            scope,
            smart,
            token: Mutex::new(None),
            requests: Default::default(),
        })
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    pub fn smart_configuration(&self) -> &SmartConfiguration {
        &self.smart
    }

    /// Requests sent to the FHIR server so far.
    pub fn requests(&self) -> u64 {
        self.requests.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// A valid access token (fetched, or the cached one while it has time left).
    pub async fn access_token(&self) -> Result<String, ConnectorError> {
        let mut cached = self.token.lock().await;
        if let Some(token) = cached.as_ref() {
            if token.expires > Instant::now() + TOKEN_MARGIN {
                return Ok(token.value.clone());
            }
        }
        let assertion = self.key.client_assertion(&self.client_id, &self.smart.token_endpoint)?;
        let form = [
            ("grant_type", "client_credentials"),
            ("scope", self.scope.as_str()),
            ("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"),
            ("client_assertion", assertion.as_str()),
        ];
        let endpoint = &self.smart.token_endpoint;
        let response = self
            .http
            .post(endpoint)
            .header(ACCEPT, "application/json")
            .form(&form)
            .send()
            .await
            .map_err(|e| ConnectorError::Http(format!("POST {endpoint}: {e}")))?;
        let status = response.status();
        let body: serde_json::Value = response.json().await.unwrap_or(serde_json::Value::Null);
        if !status.is_success() {
            // OAuth errors carry no PHI: error and error_description are safe to show.
            return Err(ConnectorError::Token(format!(
                "{endpoint} answered {status}: {} {}",
                body["error"].as_str().unwrap_or(""),
                body["error_description"].as_str().unwrap_or("")
            )));
        }
        let Some(value) = body["access_token"].as_str() else {
            return Err(ConnectorError::Token(format!("{endpoint} answered without an access_token")));
        };
        let lifetime = body["expires_in"].as_u64().unwrap_or(300);
        tracing::info!(expires_in = lifetime, scope = %body["scope"].as_str().unwrap_or(&self.scope), "EHR access token obtained");
        *cached =
            Some(CachedToken { value: value.to_string(), expires: Instant::now() + Duration::from_secs(lifetime) });
        Ok(value.to_string())
    }

    async fn forget_token(&self) {
        *self.token.lock().await = None;
    }

    /// An absolute URL for `path` (relative to the FHIR base) or `path` itself if absolute.
    pub fn url(&self, path: &str) -> String {
        if path.starts_with("http://") || path.starts_with("https://") {
            path.to_string()
        } else {
            format!("{}/{}", self.base, path.trim_start_matches('/'))
        }
    }

    /// GET with the bearer token; 429/503 are retried after Retry-After, a failed connection
    /// after a short backoff, a 401 once with a new token. Other statuses are returned to the caller.
    pub async fn get(&self, url: &str, accept: &str, extra: &[(&str, &str)]) -> Result<Fetched, ConnectorError> {
        self.check_origin(url)?;
        let mut refreshed = false;
        let mut attempt = 0;
        loop {
            let token = self.access_token().await?;
            let mut request =
                self.http.get(url).header(ACCEPT, accept).header(AUTHORIZATION, format!("Bearer {token}"));
            for (name, value) in extra {
                request = request.header(*name, *value);
            }
            self.requests.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let response = match request.send().await {
                Ok(r) => r,
                // A pooled connection the server closed between requests (keep-alive race),
                // or a refused connection while it restarts: a GET is safe to send again.
                Err(e) if (e.is_connect() || e.is_request()) && attempt < RETRIES => {
                    attempt += 1;
                    tracing::warn!(attempt, error = %e, "EHR connection failed; retrying");
                    tokio::time::sleep(Duration::from_millis(200 << attempt)).await;
                    continue;
                }
                Err(e) => return Err(ConnectorError::Http(format!("GET {}: {e}", redact(url)))),
            };
            let status = response.status();
            if status == StatusCode::UNAUTHORIZED && !refreshed {
                refreshed = true;
                self.forget_token().await;
                continue;
            }
            if (status == StatusCode::TOO_MANY_REQUESTS || status == StatusCode::SERVICE_UNAVAILABLE)
                && attempt < RETRIES
            {
                attempt += 1;
                let wait = retry_after(response.headers()).unwrap_or(Duration::from_secs(1 << attempt));
                tracing::warn!(%status, wait_s = wait.as_secs_f64(), attempt, "EHR busy; retrying");
                tokio::time::sleep(wait).await;
                continue;
            }
            let headers = response.headers().clone();
            let text = response.text().await.map_err(|e| ConnectorError::Http(format!("GET {}: {e}", redact(url))))?;
            return Ok(Fetched { status, headers, text });
        }
    }

    /// The bearer token goes to the EHR's own origin only: a `next` link, status URL or file
    /// URL elsewhere would hand the token to whoever serves it.
    pub fn check_origin(&self, url: &str) -> Result<(), ConnectorError> {
        let origin = |u: &str| url::Url::parse(u).ok().map(|u| u.origin());
        if origin(url).is_some() && origin(url) == origin(&self.base) {
            Ok(())
        } else {
            Err(ConnectorError::Http(format!(
                "refusing to send the EHR token to {}, which is not on the EHR's origin",
                redact(url)
            )))
        }
    }

    /// GET a FHIR JSON document; any status but 2xx is an error.
    pub async fn get_fhir(&self, url: &str) -> Result<Fetched, ConnectorError> {
        let fetched = self.get(url, "application/fhir+json", &[]).await?;
        if !fetched.status.is_success() {
            return Err(ConnectorError::Status {
                url: redact(url),
                status: fetched.status.as_u16(),
                detail: outcome_text(&fetched.text),
            });
        }
        Ok(fetched)
    }

    /// The underlying HTTP client (for the Bulk Data file downloads).
    pub fn http(&self) -> &reqwest::Client {
        &self.http
    }

    pub(crate) fn count_request(&self) {
        self.requests.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }
}

/// The token endpoint from the CapabilityStatement's `oauth-uris` security extension.
async fn oauth_uris(http: &reqwest::Client, base: &str) -> Option<SmartConfiguration> {
    let statement: serde_json::Value = http
        .get(format!("{base}/metadata"))
        .header(ACCEPT, "application/fhir+json")
        .send()
        .await
        .ok()?
        .json()
        .await
        .ok()?;
    let token_endpoint = token_endpoint_of(&statement)?;
    Some(SmartConfiguration { token_endpoint, ..SmartConfiguration::default() })
}

fn token_endpoint_of(statement: &serde_json::Value) -> Option<String> {
    const OAUTH_URIS: &str = "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris";
    statement["rest"]
        .as_array()?
        .iter()
        .flat_map(|rest| rest["security"]["extension"].as_array().into_iter().flatten())
        .filter(|e| e["url"] == OAUTH_URIS)
        .flat_map(|e| e["extension"].as_array().into_iter().flatten())
        .find(|e| e["url"] == "token")
        .and_then(|e| e["valueUri"].as_str())
        .map(str::to_string)
}

/// PHI and tokens cross the network only over TLS: plain `http://` is allowed to the
/// loopback interface alone (a local test EHR, or a TLS-terminating sidecar).
fn require_tls(url: &str) -> Result<(), ConnectorError> {
    let parsed = url::Url::parse(url).map_err(|e| ConnectorError::Discovery(format!("`{url}` is not a URL: {e}")))?;
    let loopback = match parsed.host() {
        Some(url::Host::Domain(host)) => host == "localhost",
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    match parsed.scheme() {
        "https" => Ok(()),
        "http" if loopback => Ok(()),
        _ => Err(ConnectorError::Discovery(format!(
            "`{}` is not https: the connector talks to an EHR over TLS only (plain http only to loopback)",
            redact(url)
        ))),
    }
}

/// A URL without its query (queries name patients; logs and errors keep to paths).
pub fn redact(url: &str) -> String {
    url.split('?').next().unwrap_or(url).to_string()
}

/// The Retry-After header: seconds, or an HTTP date. Clamped to 1 s … 120 s.
pub fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    let seconds = match value.parse::<u64>() {
        Ok(s) => s,
        Err(_) => {
            let at = chrono::DateTime::parse_from_rfc2822(value).ok()?;
            (at.timestamp() - chrono::Utc::now().timestamp()).max(0) as u64
        }
    };
    Some(Duration::from_secs(seconds.clamp(1, 120)))
}

/// The diagnostics of an OperationOutcome answer (they describe the request, not a patient).
fn outcome_text(text: &str) -> String {
    let value: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
    value["issue"]
        .as_array()
        .map(|issues| {
            issues
                .iter()
                .filter_map(|i| i["diagnostics"].as_str().or_else(|| i["details"]["text"].as_str()))
                .collect::<Vec<_>>()
                .join("; ")
        })
        .unwrap_or_default()
        .chars()
        .take(300)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn the_token_stays_on_the_ehr_origin() {
        let key = ClientKey::from_pem(&super::super::key::generate_p384_pem().unwrap(), None).unwrap();
        let client = EhrClient {
            http: reqwest::Client::new(),
            base: "https://ehr.example.org/fhir".into(),
            client_id: "c".into(),
            key,
            scope: "system/*.rs".into(),
            smart: SmartConfiguration::default(),
            token: Mutex::new(None),
            requests: Default::default(),
        };
        assert!(client.check_origin("https://ehr.example.org/fhir/Observation?_offset=10").is_ok());
        assert!(client.check_origin("https://ehr.example.org/bulk/file-1.ndjson").is_ok());
        assert!(client.check_origin("https://evil.example.net/fhir/Observation").is_err());
        assert!(client.check_origin("http://ehr.example.org/fhir/Observation").is_err());
        assert!(client.check_origin("https://ehr.example.org:8443/fhir").is_err());
    }

    #[test]
    fn token_endpoint_from_the_capability_statement() {
        let statement = serde_json::json!({"resourceType": "CapabilityStatement", "rest": [{"mode": "server", "security": {
            "extension": [{"url": "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris", "extension": [
                {"url": "authorize", "valueUri": "https://ehr.example.org/auth"},
                {"url": "token", "valueUri": "https://ehr.example.org/token"}]}]}}]});
        assert_eq!(token_endpoint_of(&statement).as_deref(), Some("https://ehr.example.org/token"));
        assert_eq!(token_endpoint_of(&serde_json::json!({"rest": [{}]})), None);
    }

    #[test]
    fn tls_is_required_except_on_loopback() {
        assert!(require_tls("https://ehr.example.org/fhir").is_ok());
        assert!(require_tls("http://127.0.0.1:8080/fhir").is_ok());
        assert!(require_tls("http://localhost/fhir").is_ok());
        assert!(require_tls("http://[::1]:9/fhir").is_ok());
        assert!(require_tls("http://ehr.example.org/fhir").is_err());
        assert!(require_tls("http://10.0.0.5/fhir").is_err());
        assert!(require_tls("ftp://ehr.example.org/fhir").is_err());
    }

    #[test]
    fn retry_after_reads_seconds_and_dates() {
        let mut headers = HeaderMap::new();
        headers.insert(RETRY_AFTER, "3".parse().unwrap());
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(3)));
        headers.insert(RETRY_AFTER, "0".parse().unwrap());
        assert_eq!(retry_after(&headers), Some(Duration::from_secs(1)));
        let later = (chrono::Utc::now() + chrono::Duration::seconds(10)).to_rfc2822();
        headers.insert(RETRY_AFTER, later.parse().unwrap());
        let wait = retry_after(&headers).unwrap();
        assert!((8..=11).contains(&wait.as_secs()), "{wait:?}");
        headers.insert(RETRY_AFTER, "soon".parse().unwrap());
        assert_eq!(retry_after(&headers), None);
    }
}
