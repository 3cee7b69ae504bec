//! Bulk Data `$export` for populations: kick-off with `Prefer: respond-async`, polling the
//! status URL (honouring Retry-After), then each NDJSON file streamed into the ingest (with
//! the bearer token when the manifest says `requiresAccessToken`).

use super::client::{redact, retry_after, EhrClient};
use super::{ConnectorError, PullOptions, SyncReport, Target};
use crate::ingest::{ingest_text, FailedTransaction, IngestReport};
use crate::store::Store;
use futures_util::StreamExt;
use reqwest::header::{ACCEPT, AUTHORIZATION, CONTENT_LOCATION};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

/// NDJSON lines ingested together (one ingest unit).
const LINES_PER_BATCH: usize = 2000;

/// The completion manifest.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Manifest {
    pub transaction_time: String,
    #[serde(default)]
    pub requires_access_token: bool,
    #[serde(default)]
    pub output: Vec<OutputFile>,
    #[serde(default)]
    pub error: Vec<OutputFile>,
}

#[derive(Debug, Deserialize)]
pub struct OutputFile {
    #[serde(rename = "type")]
    pub resource_type: String,
    pub url: String,
    pub count: Option<u64>,
}

/// Runs one export of `target` and ingests its files.
pub async fn pull(
    store: &Store,
    client: &EhrClient,
    target: &Target,
    since: Option<&str>,
    options: &PullOptions,
) -> Result<SyncReport, ConnectorError> {
    let path = match target {
        Target::Group(id) => format!("Group/{id}/$export"),
        Target::AllPatients => "Patient/$export".to_string(),
        Target::Patient(_) => {
            return Err(ConnectorError::Bulk("one patient is pulled by search or $everything, not $export".into()))
        }
    };
    let mut query = url::form_urlencoded::Serializer::new(String::new());
    query.append_pair("_outputFormat", "application/fhir+ndjson");
    if let Some(since) = since {
        query.append_pair("_since", since);
    }
    let kickoff = client.url(&format!("{path}?{}", query.finish()));
    let answer = client.get(&kickoff, "application/fhir+json", &[("Prefer", "respond-async")]).await?;
    if answer.status.as_u16() != 202 {
        return Err(ConnectorError::Status {
            url: redact(&kickoff),
            status: answer.status.as_u16(),
            detail: "expected 202 Accepted for a Bulk Data kick-off".into(),
        });
    }
    let status_url = answer
        .headers
        .get(CONTENT_LOCATION)
        .and_then(|v| v.to_str().ok())
        .map(|v| client.url(v))
        .ok_or_else(|| ConnectorError::Bulk("the kick-off answer has no Content-Location".into()))?;
    tracing::info!(export = %path, "Bulk Data export started");

    let started = Instant::now();
    let mut wait = Duration::from_secs(1);
    let manifest: Manifest = loop {
        let polled = client.get(&status_url, "application/json", &[]).await?;
        match polled.status.as_u16() {
            200 => {
                break serde_json::from_str(&polled.text)
                    .map_err(|e| ConnectorError::Bulk(format!("the completion manifest is not readable: {e}")))?
            }
            202 => {
                if started.elapsed() > options.bulk_timeout {
                    return Err(ConnectorError::Bulk(format!("not complete after {:?}", options.bulk_timeout)));
                }
                // The server's Retry-After wins; without one, back off up to a minute.
                let pause = retry_after(&polled.headers).unwrap_or(wait);
                wait = (wait * 2).min(Duration::from_secs(60));
                let progress = polled.headers.get("X-Progress").and_then(|v| v.to_str().ok()).unwrap_or("");
                tracing::debug!(progress, wait_s = pause.as_secs_f64(), "Bulk Data export in progress");
                tokio::time::sleep(pause).await;
            }
            status => {
                return Err(ConnectorError::Status {
                    url: redact(&status_url),
                    status,
                    detail: "the export failed".into(),
                })
            }
        }
    };

    let mut report = IngestReport::default();
    let mut types: BTreeMap<String, u64> = BTreeMap::new();
    for file in &manifest.output {
        let source = format!("ehr-bulk {} {path} {}", client.base(), file.resource_type);
        let (file_report, lines) = download(store, client, file, manifest.requires_access_token, &source).await?;
        if let Some(expected) = file.count {
            if expected != lines {
                tracing::warn!(resource_type = %file.resource_type, expected, lines, "the export file's count differs from its lines");
            }
        }
        *types.entry(file.resource_type.clone()).or_default() += lines;
        report.add(&file_report);
    }
    if !manifest.error.is_empty() {
        tracing::warn!(files = manifest.error.len(), "the export reported errors (OperationOutcome files)");
    }
    // Tell the server it may delete the files (best effort).
    if client.check_origin(&status_url).is_ok() {
        let _ = client.http().delete(&status_url).bearer_auth(client.access_token().await?).send().await;
    }
    Ok(SyncReport {
        ehr: client.base().to_string(),
        target: target.key(),
        mode: "bulk".into(),
        since: since.map(str::to_string),
        next_since: manifest.transaction_time,
        ingest: report,
        types,
        requests: 0,
        skipped_searches: Vec::new(),
        seconds: 0.0,
    })
}

/// Streams one NDJSON file into the ingest; returns the report and the number of lines.
async fn download(
    store: &Store,
    client: &EhrClient,
    file: &OutputFile,
    with_token: bool,
    source: &str,
) -> Result<(IngestReport, u64), ConnectorError> {
    let url = client.url(&file.url);
    let mut request = client.http().get(&url).header(ACCEPT, "application/fhir+ndjson");
    if with_token {
        client.check_origin(&url)?;
        request = request.header(AUTHORIZATION, format!("Bearer {}", client.access_token().await?));
    }
    client.count_request();
    let response = request.send().await.map_err(|e| ConnectorError::Http(format!("GET {}: {e}", redact(&url))))?;
    if !response.status().is_success() {
        return Err(ConnectorError::Status {
            url: redact(&url),
            status: response.status().as_u16(),
            detail: String::new(),
        });
    }
    let mut report = IngestReport::default();
    let mut lines: u64 = 0;
    let mut pending: Vec<u8> = Vec::new();
    let mut batch = String::new();
    let mut in_batch = 0usize;
    let mut stream = response.bytes_stream();
    loop {
        let chunk = stream.next().await;
        let done = chunk.is_none();
        match chunk {
            Some(bytes) => pending
                .extend_from_slice(&bytes.map_err(|e| ConnectorError::Http(format!("GET {}: {e}", redact(&url))))?),
            None if pending.is_empty() => {}
            None => pending.push(b'\n'),
        }
        while let Some(end) = pending.iter().position(|b| *b == b'\n') {
            let line: Vec<u8> = pending.drain(..=end).collect();
            let line = match String::from_utf8(line) {
                Ok(line) => line,
                Err(e) => {
                    // Kept in quarantine (lossily shown) rather than dropped.
                    lines += 1;
                    let raw = String::from_utf8_lossy(e.as_bytes()).into_owned();
                    let message = format!("line {lines} of the {} export file is not UTF-8", file.resource_type);
                    report.add(&crate::ingest::quarantine_unreadable(store, source, "not-utf8", message, &raw).await?);
                    continue;
                }
            };
            if line.trim().is_empty() {
                continue;
            }
            batch.push_str(line.trim_end());
            batch.push('\n');
            in_batch += 1;
            lines += 1;
            if in_batch >= LINES_PER_BATCH {
                let (r, _) = ingest_text(store, &batch, source, FailedTransaction::Quarantine).await?;
                report.add(&r);
                batch.clear();
                in_batch = 0;
            }
        }
        if done {
            break;
        }
    }
    if in_batch > 0 {
        let (r, _) = ingest_text(store, &batch, source, FailedTransaction::Quarantine).await?;
        report.add(&r);
    }
    Ok((report, lines))
}
