//! Pulling one patient: `Patient/$everything` when the EHR offers it, otherwise one search
//! per patient-compartment type and parameter the EHR supports, then the shared resources
//! those reference.

use super::client::{redact, EhrClient};
use super::compartment::{in_compartment, PATIENT_COMPARTMENT, PATIENT_LINKED};
use super::{ingest_raw, ConnectorError, PullOptions, SyncReport};
use crate::ingest::IngestReport;
use crate::store::Store;
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

/// Rounds of reference following (PractitionerRole → Practitioner → Organization …).
const REFERENCE_ROUNDS: usize = 4;
/// A search never takes more pages than this (a server that ignores `_offset` would loop).
const MAX_PAGES: usize = 10_000;

/// What the EHR's CapabilityStatement says it can do, per resource type.
#[derive(Debug, Default)]
pub struct Capabilities {
    types: HashMap<String, TypeCapability>,
}

/// The interactions, search parameters and operations the EHR lists for one type.
#[derive(Debug, Default)]
struct TypeCapability {
    interactions: HashSet<String>,
    params: HashSet<String>,
    operations: HashSet<String>,
}

impl Capabilities {
    pub fn parse(statement: &Value) -> Capabilities {
        let mut types = HashMap::new();
        for rest in statement["rest"].as_array().into_iter().flatten() {
            if rest["mode"].as_str().is_some_and(|m| m != "server") {
                continue;
            }
            for resource in rest["resource"].as_array().into_iter().flatten() {
                let Some(name) = resource["type"].as_str() else { continue };
                let names = |key: &str, field: &str| -> HashSet<String> {
                    resource[key]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(|v| v[field].as_str().map(str::to_string))
                        .collect()
                };
                types.insert(
                    name.to_string(),
                    TypeCapability {
                        interactions: names("interaction", "code"),
                        params: names("searchParam", "name"),
                        operations: names("operation", "name"),
                    },
                );
            }
        }
        Capabilities { types }
    }

    /// Whether the EHR lets us search `resource_type`. A CapabilityStatement that lists no
    /// types says nothing: then every type is tried (a refusal skips only that search).
    pub fn searchable(&self, resource_type: &str) -> bool {
        self.types.is_empty() || self.types.get(resource_type).is_some_and(|t| t.interactions.contains("search-type"))
    }

    /// Whether `param` is listed for `resource_type` (a type listing no parameters is trusted).
    pub fn has_param(&self, resource_type: &str, param: &str) -> bool {
        self.types.get(resource_type).is_none_or(|t| t.params.is_empty() || t.params.contains(param))
    }

    /// Whether `Patient/$everything` is offered.
    pub fn everything(&self) -> bool {
        self.types
            .get("Patient")
            .is_some_and(|t| t.operations.contains("everything") || t.operations.contains("$everything"))
    }
}

#[derive(Deserialize)]
struct Page<'a> {
    #[serde(default)]
    link: Vec<Link>,
    total: Option<u64>,
    #[serde(borrow, default)]
    entry: Vec<Entry<'a>>,
}

#[derive(Deserialize)]
struct Link {
    relation: String,
    url: String,
}

#[derive(Deserialize)]
struct Entry<'a> {
    #[serde(borrow)]
    resource: Option<&'a RawValue>,
    search: Option<EntrySearch>,
}

#[derive(Deserialize)]
struct EntrySearch {
    mode: Option<String>,
}

#[derive(Deserialize)]
struct Key {
    #[serde(rename = "resourceType")]
    resource_type: Option<String>,
    id: Option<String>,
}

/// One patient pull in progress.
pub(crate) struct Pull<'a> {
    store: &'a Store,
    client: &'a EhrClient,
    /// `Type/id` of every resource received in this pull (searches overlap).
    seen: HashSet<String>,
    /// References to resources outside the compartment, still to fetch.
    wanted: BTreeSet<String>,
    pub report: IngestReport,
    pub types: BTreeMap<String, u64>,
}

impl<'a> Pull<'a> {
    pub(crate) fn new(store: &'a Store, client: &'a EhrClient) -> Self {
        Pull {
            store,
            client,
            seen: HashSet::new(),
            wanted: BTreeSet::new(),
            report: IngestReport::default(),
            types: BTreeMap::new(),
        }
    }

    /// Ingests the resources of one page not yet received in this pull.
    async fn take(&mut self, raws: Vec<&str>, source: &str) -> Result<(), ConnectorError> {
        let mut fresh = Vec::with_capacity(raws.len());
        for raw in raws {
            let key: Key = serde_json::from_str(raw).unwrap_or(Key { resource_type: None, id: None });
            if let (Some(t), Some(id)) = (&key.resource_type, &key.id) {
                if !self.seen.insert(format!("{t}/{id}")) {
                    continue;
                }
                *self.types.entry(t.clone()).or_default() += 1;
                if let Ok(value) = serde_json::from_str::<Value>(raw) {
                    collect_references(&value, self.client.base(), &mut self.wanted);
                }
            }
            fresh.push(raw);
        }
        let report = ingest_raw(self.store, &fresh, source).await?;
        self.report.add(&report);
        Ok(())
    }

    /// Fetches every page of a search (or operation) starting at `first`, ingesting as it goes.
    async fn pages(&mut self, first: String, source: &str) -> Result<(), ConnectorError> {
        let mut url = first.clone();
        let mut fetched: u64 = 0;
        let mut previous_first: Option<String> = None;
        for _ in 0..MAX_PAGES {
            let page_text = self.client.get_fhir(&url).await?.text;
            let page: Page = serde_json::from_str(&page_text)
                .map_err(|e| ConnectorError::Http(format!("{} is not a FHIR Bundle: {e}", redact(&url))))?;
            let raws: Vec<&str> = page
                .entry
                .iter()
                .filter(|e| e.search.as_ref().and_then(|s| s.mode.as_deref()) != Some("outcome"))
                .filter_map(|e| e.resource.map(RawValue::get))
                .collect();
            let on_page = raws.len() as u64;
            fetched += on_page;
            // The page's first resource: a server that ignores `_offset` sends the same page again.
            let first_key = raws.first().map(|raw| {
                let key: Key = serde_json::from_str(raw).unwrap_or(Key { resource_type: None, id: None });
                format!("{:?}/{:?}", key.resource_type, key.id)
            });
            self.take(raws, source).await?;
            if let Some(next) = page.link.iter().find(|l| l.relation == "next") {
                url = self.client.url(&next.url);
                continue;
            }
            // No `next` link: some servers (Medplum among them) give `total` but no links;
            // page on with `_offset` while the total says more remain.
            let repeated = first_key.is_some() && first_key == previous_first;
            previous_first = first_key;
            match page.total {
                Some(total) if fetched < total && on_page > 0 && !repeated => url = with_offset(&first, fetched),
                _ => return Ok(()),
            }
        }
        tracing::warn!(url = %redact(&first), "search stopped after {MAX_PAGES} pages");
        Ok(())
    }

    /// Fetches the referenced resources outside the compartment that are not here yet.
    async fn follow_references(&mut self, only_missing: bool) -> Result<(), ConnectorError> {
        for _ in 0..REFERENCE_ROUNDS {
            let wanted: Vec<String> =
                std::mem::take(&mut self.wanted).into_iter().filter(|k| !self.seen.contains(k)).collect();
            if wanted.is_empty() {
                return Ok(());
            }
            for key in wanted {
                let Some((resource_type, id)) = key.split_once('/') else { continue };
                if only_missing && self.store.read(resource_type, id).await?.is_some() {
                    self.seen.insert(key.clone());
                    continue;
                }
                let url = self.client.url(&key);
                let fetched = self.client.get(&url, "application/fhir+json", &[]).await?;
                match fetched.status.as_u16() {
                    200 => {
                        let source = format!("ehr {} {resource_type}/{id}", self.client.base());
                        self.take(vec![fetched.text.as_str()], &source).await?;
                    }
                    // A dangling or forbidden reference is the EHR's business; keep the rest.
                    status => {
                        tracing::warn!(resource_type, id, status, "referenced resource not readable; skipped");
                        self.seen.insert(key.clone());
                    }
                }
            }
        }
        Ok(())
    }
}

/// `first` with `_offset=n` (replacing any `_offset` it had).
fn with_offset(first: &str, n: u64) -> String {
    let Ok(mut url) = url::Url::parse(first) else { return first.to_string() };
    let pairs: Vec<(String, String)> =
        url.query_pairs().filter(|(k, _)| k != "_offset").map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
    url.query_pairs_mut().clear().extend_pairs(pairs).append_pair("_offset", &n.to_string());
    url.to_string()
}

/// Collects `Type/id` references to resources outside the patient compartment.
fn collect_references(value: &Value, base: &str, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(object) => {
            for (key, child) in object {
                if key == "reference" {
                    if let Some(reference) = child.as_str() {
                        let relative =
                            reference.strip_prefix(base).map(|r| r.trim_start_matches('/')).unwrap_or(reference);
                        let mut parts = relative.split('/');
                        if let (Some(t), Some(id), None) = (parts.next(), parts.next(), parts.next()) {
                            let typed = t.chars().next().is_some_and(|c| c.is_ascii_uppercase());
                            if typed && t != "Patient" && !in_compartment(t) && crate::ingest::entry::is_valid_id(id) {
                                out.insert(format!("{t}/{id}"));
                            }
                        }
                    }
                } else {
                    collect_references(child, base, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|i| collect_references(i, base, out)),
        _ => {}
    }
}

/// A query string from pairs, form-encoded.
fn query(pairs: &[(&str, &str)]) -> String {
    url::form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish()
}

/// The EHR's clock: its `Date` header, else ours a minute back (either way a little early,
/// which re-pulls a few resources rather than missing any).
fn ehr_now(headers: &reqwest::header::HeaderMap) -> String {
    let at = headers
        .get(reqwest::header::DATE)
        .and_then(|d| d.to_str().ok())
        .and_then(|d| chrono::DateTime::parse_from_rfc2822(d).ok())
        .map(|d| d.with_timezone(&chrono::Utc))
        .unwrap_or_else(|| chrono::Utc::now() - chrono::Duration::seconds(60));
    at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// Pulls one patient (see the module doc).
pub async fn pull(
    store: &Store,
    client: &EhrClient,
    patient_id: &str,
    since: Option<&str>,
    options: &PullOptions,
) -> Result<SyncReport, ConnectorError> {
    if !crate::ingest::entry::is_valid_id(patient_id) {
        return Err(ConnectorError::Http(format!("`{patient_id}` is not a FHIR id")));
    }
    let metadata = client.get_fhir(&client.url("metadata")).await?;
    let next_since = ehr_now(&metadata.headers);
    let capabilities = Capabilities::parse(&serde_json::from_str(&metadata.text).unwrap_or_default());
    let count = options.page_size.to_string();
    let mut pull = Pull::new(store, client);
    let mut skipped = Vec::new();
    let base = client.base().to_string();

    let mode = if capabilities.everything() {
        let mut params = vec![("_count", count.as_str())];
        if let Some(since) = since {
            params.push(("_since", since));
        }
        let url = client.url(&format!("Patient/{patient_id}/$everything?{}", query(&params)));
        pull.pages(url, &format!("ehr {base} Patient/{patient_id}/$everything")).await?;
        "everything"
    } else {
        let reference = format!("Patient/{patient_id}");
        // The patient itself.
        let since_gt = since.map(|s| format!("gt{s}"));
        let mut params = vec![("_id", patient_id)];
        if let Some(gt) = &since_gt {
            params.push(("_lastUpdated", gt.as_str()));
        }
        pull.pages(client.url(&format!("Patient?{}", query(&params))), &format!("ehr {base} Patient")).await?;
        for (resource_type, search_params) in PATIENT_COMPARTMENT.iter().chain(PATIENT_LINKED) {
            if *resource_type == "Patient" || !capabilities.searchable(resource_type) {
                continue;
            }
            for param in search_params.iter().filter(|p| capabilities.has_param(resource_type, p)) {
                let mut params = vec![(*param, reference.as_str()), ("_count", count.as_str())];
                if let Some(gt) = &since_gt {
                    params.push(("_lastUpdated", gt.as_str()));
                }
                let url = client.url(&format!("{resource_type}?{}", query(&params)));
                let source = format!("ehr {base} {resource_type}?{param}");
                match pull.pages(url, &source).await {
                    Ok(()) => {}
                    // A parameter the EHR lists but refuses: note it and go on with the rest.
                    Err(ConnectorError::Status { status: 400 | 404 | 405 | 501, .. }) => {
                        tracing::warn!(resource_type, param, "EHR refused the search; skipped");
                        skipped.push(format!("{resource_type}?{param}"));
                    }
                    Err(other) => return Err(other),
                }
            }
        }
        "search"
    };
    pull.follow_references(since.is_some()).await?;
    Ok(SyncReport {
        ehr: base,
        target: format!("Patient/{patient_id}"),
        mode: mode.to_string(),
        since: since.map(str::to_string),
        next_since,
        ingest: pull.report,
        types: pull.types,
        requests: 0,
        skipped_searches: skipped,
        seconds: 0.0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn capabilities() {
        let cs = json!({"resourceType": "CapabilityStatement", "rest": [{"mode": "server", "resource": [
            {"type": "Patient", "interaction": [{"code": "read"}, {"code": "search-type"}], "operation": [{"name": "everything"}]},
            {"type": "Observation", "interaction": [{"code": "search-type"}], "searchParam": [{"name": "subject"}]},
            {"type": "Condition", "interaction": [{"code": "read"}]}
        ]}]});
        let c = Capabilities::parse(&cs);
        assert!(c.everything());
        assert!(c.searchable("Observation"));
        assert!(!c.searchable("Condition"));
        assert!(c.has_param("Observation", "subject"));
        assert!(!c.has_param("Observation", "performer"));
        let silent = Capabilities::parse(&json!({}));
        assert!(!silent.everything());
        assert!(silent.searchable("Observation") && silent.has_param("Observation", "performer"));
    }

    #[test]
    fn references_outside_the_compartment() {
        let mut out = BTreeSet::new();
        let encounter = json!({"resourceType": "Encounter", "subject": {"reference": "Patient/p1"},
            "participant": [{"individual": {"reference": "Practitioner/dr1"}}],
            "serviceProvider": {"reference": "https://ehr.example/fhir/Organization/o1"},
            "partOf": {"reference": "Encounter/e0"}, "location": [{"location": {"reference": "#contained"}}]});
        collect_references(&encounter, "https://ehr.example/fhir", &mut out);
        assert_eq!(out.into_iter().collect::<Vec<_>>(), vec!["Organization/o1", "Practitioner/dr1"]);
    }

    #[test]
    fn offsets_replace_earlier_offsets() {
        let url = with_offset("https://ehr.example/fhir/Observation?subject=Patient%2Fp1&_count=2&_offset=2", 4);
        assert_eq!(url, "https://ehr.example/fhir/Observation?subject=Patient%2Fp1&_count=2&_offset=4");
    }
}
