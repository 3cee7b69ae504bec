//! The EHR connector: pulls patients' data from an EHR's FHIR R4 server into the normal
//! ingest, so nothing is lost (bad resources are quarantined with a reason) and re-pulling
//! creates no duplicates.
//!
//! - [`key`]: the client's private key and its `private_key_jwt` assertion (ES384 / RS384).
//! - [`client`]: SMART discovery, the Backend Services token, authorised GETs.
//! - [`patient`]: one patient — `Patient/$everything` when the EHR's CapabilityStatement
//!   offers it, otherwise a search per patient-compartment type the EHR supports (paging
//!   through `next` links, or `_offset` where the EHR gives none), then the shared resources
//!   they reference (Practitioner, Organization, Location, Medication, …).
//! - [`bulk`]: a population — Bulk Data `$export` (`Group/{id}/$export` or `Patient/$export`).
//! - [`compartment`]: the R4 patient compartment.
//!
//! Every pull is incremental once a target was pulled: the EHR's time at the start of the
//! last successful pull is kept per EHR and target (`ehr_sync`), and the next pull asks
//! from there (`_since` for Bulk Data and `$everything`, `_lastUpdated=gt…` for searches).
//! Logs hold counts, types, ids and timings; never names or note text.

pub mod bulk;
pub mod client;
pub mod compartment;
pub mod key;
pub mod patient;

use crate::ingest::{ingest_text, FailedTransaction, IngestError, IngestReport};
use crate::store::{Store, StoreError, SyncState};
pub use client::EhrClient;
pub use key::ClientKey;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::time::Duration;

/// Errors of a pull.
#[derive(Debug, thiserror::Error)]
pub enum ConnectorError {
    #[error("client key: {0}")]
    Key(String),
    #[error("SMART discovery: {0}")]
    Discovery(String),
    #[error("token request: {0}")]
    Token(String),
    #[error("HTTP: {0}")]
    Http(String),
    #[error("GET {url} answered {status}{}", if detail.is_empty() { String::new() } else { format!(": {detail}") })]
    Status { url: String, status: u16, detail: String },
    #[error("Bulk Data export: {0}")]
    Bulk(String),
    #[error("ingest: {0}")]
    Ingest(#[from] IngestError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The `[ehr]` table of the settings file (flags and `ONCOTWIN_EHR_*` variables win).
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct EhrSettings {
    /// The EHR's FHIR base URL.
    pub url: Option<String>,
    /// The client id registered with the EHR's authorization server.
    pub client_id: Option<String>,
    /// PEM file of the client's private key (P-384 or RSA). Never the key itself.
    pub private_key_file: Option<PathBuf>,
    /// The `kid` registered with the public key (default: its RFC 7638 thumbprint).
    pub key_id: Option<String>,
    /// Scopes to request (default `system/*.rs`, or `system/*.read` for SMART v1 EHRs).
    pub scope: Option<String>,
    /// Resources asked for per search page.
    pub page_size: Option<u32>,
    /// Scheduled mode interval, e.g. `15m`.
    pub every: Option<String>,
}

/// What to pull.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// One patient, by the EHR's id.
    Patient(String),
    /// The members of a Group (Bulk Data `Group/{id}/$export`).
    Group(String),
    /// Every patient (Bulk Data `Patient/$export`).
    AllPatients,
}

impl Target {
    /// The key the sync state is kept under.
    pub fn key(&self) -> String {
        match self {
            Target::Patient(id) => format!("Patient/{id}"),
            Target::Group(id) => format!("Group/{id}"),
            Target::AllPatients => "Patient".to_string(),
        }
    }
}

/// Options of one pull.
#[derive(Debug, Clone)]
pub struct PullOptions {
    /// Ignore the remembered sync time and pull everything.
    pub full: bool,
    /// Resources asked for per search page (`_count`).
    pub page_size: u32,
    /// Give up on a Bulk Data export that is not ready after this long.
    pub bulk_timeout: Duration,
}

impl Default for PullOptions {
    fn default() -> Self {
        PullOptions { full: false, page_size: 250, bulk_timeout: Duration::from_secs(3600) }
    }
}

/// What one pull did.
#[derive(Debug, Clone, Serialize)]
pub struct SyncReport {
    pub ehr: String,
    pub target: String,
    /// `everything`, `search` or `bulk`.
    pub mode: String,
    /// The time the pull asked from (absent for a full pull).
    pub since: Option<String>,
    /// The EHR's time at the start of this pull: the next pull asks from here.
    pub next_since: String,
    pub ingest: IngestReport,
    /// Resources received per type.
    pub types: std::collections::BTreeMap<String, u64>,
    /// Requests sent to the EHR's FHIR server.
    pub requests: u64,
    /// Searches the EHR refused (type/parameter pairs it does not support), skipped.
    pub skipped_searches: Vec<String>,
    pub seconds: f64,
}

/// Pulls `target` from the EHR into `store` and remembers the sync time.
pub async fn sync(
    store: &Store,
    client: &EhrClient,
    target: &Target,
    options: &PullOptions,
) -> Result<SyncReport, ConnectorError> {
    let started = std::time::Instant::now();
    let started_at = chrono::Utc::now();
    let since =
        if options.full { None } else { store.sync_state(client.base(), &target.key()).await?.map(|s| s.since) };
    let requests_before = client.requests();
    let mut report = match target {
        Target::Patient(id) => patient::pull(store, client, id, since.as_deref(), options).await?,
        Target::Group(_) | Target::AllPatients => bulk::pull(store, client, target, since.as_deref(), options).await?,
    };
    report.requests = client.requests() - requests_before;
    report.seconds = started.elapsed().as_secs_f64();
    let ingest = &report.ingest;
    store
        .record_sync(&SyncState {
            ehr_base: client.base().to_string(),
            target: target.key(),
            since: report.next_since.clone(),
            finished_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
            mode: report.mode.clone(),
            received: ingest.received as i64,
            created: ingest.created as i64,
            updated: ingest.updated as i64,
            unchanged: ingest.unchanged as i64,
            quarantined: ingest.quarantined_total() as i64,
        })
        .await?;
    store
        .record_ingest_run(
            &started_at.to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
            &format!("ehr-sync {} {}", client.base(), target.key()),
            &ingest.into(),
        )
        .await?;
    tracing::info!(
        ehr = %client.base(), target = %target.key(), mode = %report.mode, incremental = report.since.is_some(),
        received = ingest.received, created = ingest.created, updated = ingest.updated,
        unchanged = ingest.unchanged, quarantined = ingest.quarantined_total(),
        requests = report.requests, seconds = report.seconds, "EHR sync finished"
    );
    Ok(report)
}

/// Ingests resources given as raw JSON texts (kept verbatim) as one collection Bundle.
pub(crate) async fn ingest_raw(store: &Store, raws: &[&str], source: &str) -> Result<IngestReport, ConnectorError> {
    if raws.is_empty() {
        return Ok(IngestReport::default());
    }
    let mut text = String::with_capacity(raws.iter().map(|r| r.len() + 16).sum::<usize>() + 64);
    text.push_str(r#"{"resourceType":"Bundle","type":"collection","entry":["#);
    for (i, raw) in raws.iter().enumerate() {
        if i > 0 {
            text.push(',');
        }
        text.push_str(r#"{"resource":"#);
        text.push_str(raw);
        text.push('}');
    }
    text.push_str("]}");
    let (report, _) = ingest_text(store, &text, source, FailedTransaction::Quarantine).await?;
    Ok(report)
}

/// Parses an interval such as `90s`, `15m`, `2h` or `1d`.
pub fn parse_interval(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    let split = text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let n: u64 = number.parse().map_err(|_| format!("`{text}` is not an interval like 90s, 15m, 2h or 1d"))?;
    let seconds = match unit.trim() {
        "s" | "" => n,
        "m" | "min" => n * 60,
        "h" => n * 3600,
        "d" => n * 86_400,
        other => return Err(format!("unknown interval unit `{other}` (use s, m, h or d)")),
    };
    if seconds == 0 {
        return Err("the interval must be longer than zero".into());
    }
    Ok(Duration::from_secs(seconds))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_settings_file_names_a_key_file_never_a_key() {
        let file: crate::config::FileSettings = toml::from_str(
            "[ehr]\nurl = \"https://ehr.example.org/fhir\"\nclient_id = \"oncotwin\"\nprivate_key_file = \"/etc/oncotwin/ehr.pem\"\nevery = \"15m\"\n",
        )
        .unwrap();
        let ehr = file.ehr.unwrap();
        assert_eq!(ehr.private_key_file, Some(PathBuf::from("/etc/oncotwin/ehr.pem")));
        assert_eq!(ehr.every.as_deref(), Some("15m"));
        let inline =
            toml::from_str::<crate::config::FileSettings>("[ehr]\nprivate_key = \"-----BEGIN PRIVATE KEY-----\"\n");
        assert!(inline.is_err(), "a key written into the settings file is refused");
    }

    #[test]
    fn intervals() {
        assert_eq!(parse_interval("15m"), Ok(Duration::from_secs(900)));
        assert_eq!(parse_interval("90s"), Ok(Duration::from_secs(90)));
        assert_eq!(parse_interval("2h"), Ok(Duration::from_secs(7200)));
        assert_eq!(parse_interval("30"), Ok(Duration::from_secs(30)));
        assert!(parse_interval("0m").is_err());
        assert!(parse_interval("soon").is_err());
        assert!(parse_interval("5w").is_err());
    }
}
