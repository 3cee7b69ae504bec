//! The patient data of a hook request: the prefetch the CDS client sent, and for each
//! template it did not fill, a read from `fhirServer` with `fhirAuthorization` (search
//! Bundles followed through their `next` links).

use super::{resources_of, HookError, HookRequest};
use serde_json::{Map, Value};
use std::time::Duration;

/// Pages followed per search at most.
const MAX_PAGES: usize = 20;

/// One client for every fetch (connection reuse; a short timeout keeps the hook in budget).
pub fn http_client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(8))
        .connect_timeout(Duration::from_secs(3))
        // A redirect could lead anywhere (loopback, link-local metadata services): none.
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap_or_default()
}

/// The resources of the request's prefetch plus what the unfilled `templates` fetch from the
/// FHIR server. Returns `None` when the request has neither prefetch nor a FHIR server.
///
/// `allowed`: the FHIR base URLs this server may read from (`cds.fhir_servers` and its own
/// facade). A `fhirServer` outside them, or a `next` link that leaves them, is refused
/// without a request: a hook caller must not make oncotwin fetch from loopback, link-local
/// metadata services or any other address it names.
pub async fn patient_resources(
    http: &reqwest::Client,
    req: &HookRequest,
    prefetch: Option<Map<String, Value>>,
    templates: &Value,
    allowed: &[String],
) -> Result<Option<Vec<Value>>, HookError> {
    // The prefetch is moved, never copied: a full one is megabytes of JSON.
    let sent_any = prefetch.as_ref().is_some_and(|p| !p.is_empty());
    let mut prefetch = prefetch.unwrap_or_default();
    let mut values: Vec<Value> = Vec::new();
    let mut unfilled: Vec<String> = Vec::new();
    if let Some(t) = templates.as_object() {
        for (key, template) in t {
            match prefetch.remove(key) {
                Some(v) if !v.is_null() => values.push(v),
                _ => unfilled.extend(template.as_str().map(|s| req.fill_template(s))),
            }
        }
    }
    // Keys the client sent beyond the templates are data too.
    values.extend(prefetch.into_iter().map(|(_, v)| v).filter(|v| !v.is_null()));
    if !unfilled.is_empty() {
        match &req.fhir_server {
            Some(server) => {
                if !is_allowed(server, allowed) {
                    return Err(HookError::Fetch(format!(
                        "fhirServer `{server}` is not a FHIR server this service may read from (cds.fhir_servers); send the prefetch instead"
                    )));
                }
                for query in unfilled {
                    values.extend(fetch(http, server, req.fhir_authorization.as_ref(), &query, allowed).await?);
                }
            }
            None if !sent_any => return Ok(None),
            None => {}
        }
    }
    Ok(Some(resources_of(values)))
}

/// Whether `url` lies under one of the `allowed` FHIR bases: same scheme, host and port,
/// and a path at or below the base's.
pub fn is_allowed(url: &str, allowed: &[String]) -> bool {
    let Ok(url) = url::Url::parse(url) else { return false };
    allowed.iter().filter_map(|a| url::Url::parse(a).ok()).any(|base| {
        let path = base.path().trim_end_matches('/');
        url.scheme() == base.scheme()
            && url.host_str() == base.host_str()
            && url.port_or_known_default() == base.port_or_known_default()
            && (url.path().trim_end_matches('/') == path || url.path().starts_with(&format!("{path}/")))
            && url.username().is_empty()
            && url.password().is_none()
    })
}

async fn fetch(
    http: &reqwest::Client,
    server: &str,
    auth: Option<&super::FhirAuthorization>,
    query: &str,
    allowed: &[String],
) -> Result<Vec<Value>, HookError> {
    let mut url = format!("{}/{}", server.trim_end_matches('/'), query.trim_start_matches('/'));
    let mut out = Vec::new();
    for _ in 0..MAX_PAGES {
        if !is_allowed(&url, allowed) {
            return Err(HookError::Fetch(format!("a search page at `{url}` leaves the FHIR server; not followed")));
        }
        let mut request = http.get(&url).header("Accept", "application/fhir+json");
        if let Some(a) = auth {
            request = request.bearer_auth(&a.access_token);
        }
        let response = request.send().await.map_err(|e| HookError::Fetch(format!("GET {url}: {e}")))?;
        let status = response.status();
        if status == reqwest::StatusCode::NOT_FOUND && !query.contains('?') {
            return Ok(out);
        }
        if status == reqwest::StatusCode::BAD_REQUEST && out.is_empty() {
            // A server that does not support one of the template's extra search parameters
            // (e.g. Coverage `status`): ask again by patient alone.
            if let Some((path, params)) = query.split_once('?') {
                if let Some(first) = params.split('&').next().filter(|_| params.contains('&')) {
                    return Box::pin(fetch(http, server, auth, &format!("{path}?{first}"), allowed)).await;
                }
            }
        }
        if !status.is_success() {
            return Err(HookError::Fetch(format!("GET {url}: HTTP {status}")));
        }
        // Never echo what came back: only that it was not FHIR JSON.
        let body: Value = response
            .json()
            .await
            .map_err(|_| HookError::Fetch(format!("GET {url}: HTTP {status}, but the answer is not JSON")))?;
        let next = body["link"]
            .as_array()
            .and_then(|links| links.iter().find(|l| l["relation"] == "next"))
            .and_then(|l| l["url"].as_str())
            .map(str::to_string);
        out.push(body);
        match next {
            Some(n) => url = n,
            None => break,
        }
    }
    Ok(out)
}
