//! Ingest: FHIR R4 in, every entry stored or quarantined with a reason — nothing lost.
//!
//! Input is split into *units* (a Bundle, or a run of NDJSON lines). Each entry of a unit is
//! parsed and checked on its own ([`entry::check_entry`]), ids are decided, `urn:uuid:`
//! references are rewritten across the unit, and the unit is written in one database
//! transaction. A transaction Bundle is all-or-nothing; every other unit is per entry.
//! Invariant (tested): stored + quarantined = entries received.

pub mod conditional;
pub mod entry;
pub mod source;

use crate::fhir::outcome::{operation_outcome, FhirError, OutcomeIssue};
use crate::store::{QuarantineRecord, Store, StoreError, WriteOutcome, WriteRequest};
use entry::{check_entry, quarantine_record, resolve_entry, CheckedEntry, Unit, UnitMode};
use rayon::prelude::*;
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};

/// What happened to one entry.
#[derive(Debug, Clone)]
pub enum EntryOutcome {
    Stored { resource_type: String, id: String, write: WriteOutcome },
    Quarantined { reason: String, outcome: Value },
}

/// One entry's location and outcome, in input order.
#[derive(Debug, Clone)]
pub struct EntryResult {
    pub location: String,
    pub outcome: EntryOutcome,
}

/// Counts for a whole ingest (CLI summary, ingest_run table, metrics).
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct IngestReport {
    pub received: u64,
    pub created: u64,
    pub updated: u64,
    pub unchanged: u64,
    /// Quarantined entries by reason.
    pub quarantined: BTreeMap<String, u64>,
    /// `urn:` references no entry of their Bundle resolved (kept as given).
    pub unresolved_references: u64,
    pub files: u64,
    /// Files in a folder that were not FHIR JSON/NDJSON (by name), left alone.
    pub skipped_files: Vec<String>,
}

impl From<&IngestReport> for crate::store::IngestCounts {
    fn from(report: &IngestReport) -> Self {
        crate::store::IngestCounts {
            received: report.received as i64,
            created: report.created as i64,
            updated: report.updated as i64,
            unchanged: report.unchanged as i64,
            quarantined: report.quarantined_total() as i64,
        }
    }
}

impl IngestReport {
    pub fn stored(&self) -> u64 {
        self.created + self.updated + self.unchanged
    }
    pub fn quarantined_total(&self) -> u64 {
        self.quarantined.values().sum()
    }
    pub fn add(&mut self, other: &IngestReport) {
        self.received += other.received;
        self.created += other.created;
        self.updated += other.updated;
        self.unchanged += other.unchanged;
        for (reason, n) in &other.quarantined {
            *self.quarantined.entry(reason.clone()).or_default() += n;
        }
        self.unresolved_references += other.unresolved_references;
        self.files += other.files;
        self.skipped_files.extend(other.skipped_files.iter().cloned());
    }
    fn count(&mut self, results: &[EntryResult]) {
        for result in results {
            self.received += 1;
            match &result.outcome {
                EntryOutcome::Stored { write: WriteOutcome::Created { .. }, .. } => self.created += 1,
                EntryOutcome::Stored { write: WriteOutcome::Updated { .. }, .. } => self.updated += 1,
                EntryOutcome::Stored { write: WriteOutcome::Unchanged { .. }, .. } => self.unchanged += 1,
                EntryOutcome::Quarantined { reason, .. } => *self.quarantined.entry(reason.clone()).or_default() += 1,
            }
        }
    }
}

/// What to do when a transaction Bundle has a failing entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailedTransaction {
    /// Store nothing and answer with an error (HTTP: the client still holds its data).
    Reject,
    /// Store nothing and quarantine every entry (files: the data must not be lost).
    Quarantine,
}

/// Errors of an ingest call.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// A transaction was rejected as a whole (only with [`FailedTransaction::Reject`]).
    #[error(transparent)]
    Rejected(FhirError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A unit after the CPU work, ready for the store.
pub struct PreparedUnit {
    pub writes: Vec<WriteRequest>,
    pub quarantined: Vec<QuarantineRecord>,
    /// For each entry in input order: (location, Ok(index into writes) | Err(index into quarantined)).
    pub slots: Vec<(String, Result<usize, usize>)>,
    pub unresolved_references: u64,
    /// Timeline events of each write (same order as `writes`).
    pub timeline: Vec<crate::twin::history::ResourceEvents>,
}

/// Parses, checks and resolves a unit's entries (CPU-bound; uses every core). No store, no
/// I/O: also the fuzz targets' entry (`fuzz/fuzz_targets/ingest_*.rs`).
pub fn prepare_unit(unit: Unit, source: &str, on_failure: FailedTransaction) -> Result<PreparedUnit, FhirError> {
    let Unit { mode, entries, broken, resolved: conditional } = unit;
    let checked: Vec<(usize, Result<CheckedEntry, QuarantineRecord>)> =
        entries.into_par_iter().map(|e| (e.ordinal, check_entry(e, source))).collect();

    // (ordinal, location, slot), sorted back into input order below.
    let mut slots = Vec::with_capacity(checked.len() + broken.len());
    let mut quarantined: Vec<QuarantineRecord> = Vec::new();
    for (ordinal, record) in broken {
        slots.push((ordinal, record.location.clone(), Err(quarantined.len())));
        quarantined.push(record);
    }
    let mut good: Vec<CheckedEntry> = Vec::with_capacity(checked.len());
    for (ordinal, result) in checked {
        match result {
            Ok(c) => {
                slots.push((ordinal, c.entry.location.clone(), Ok(good.len())));
                good.push(c);
            }
            Err(record) => {
                slots.push((ordinal, record.location.clone(), Err(quarantined.len())));
                quarantined.push(record);
            }
        }
    }
    slots.sort_by_key(|(ordinal, ..)| *ordinal);
    let slots: Vec<(String, Result<usize, usize>)> = slots.into_iter().map(|(_, l, s)| (l, s)).collect();

    // fullUrl → Type/id across the unit.
    let mut map = conditional;
    let mut seen: HashMap<String, usize> = HashMap::new();
    let mut duplicates = Vec::new();
    for (i, c) in good.iter().enumerate() {
        let key = format!("{}/{}", c.resource_type, c.id);
        if let Some(full_url) = &c.entry.full_url {
            map.insert(full_url.clone(), key.clone());
        }
        if let Some(first) = seen.insert(key.clone(), i) {
            duplicates.push((first, i, key));
        }
    }

    if mode == UnitMode::Transaction && (!quarantined.is_empty() || !duplicates.is_empty()) {
        let mut issues: Vec<OutcomeIssue> = quarantined.iter().flat_map(|q| outcome_issues(&q.outcome)).collect();
        for (first, second, key) in &duplicates {
            issues.push(
                OutcomeIssue::error(
                    "duplicate",
                    format!(
                        "{key} appears twice in the transaction ({} and {})",
                        good[*first].entry.location, good[*second].entry.location
                    ),
                )
                .at(good[*second].entry.location.clone()),
            );
        }
        let status = if quarantined.is_empty() { 409 } else { 400 };
        issues.insert(0, OutcomeIssue::error("processing", "transaction rolled back: no entry was stored"));
        let error = FhirError { status, issues };
        return match on_failure {
            FailedTransaction::Reject => Err(error),
            FailedTransaction::Quarantine => {
                let rolled_back =
                    OutcomeIssue::error("processing", "transaction rolled back because another entry failed");
                let mut good: Vec<Option<CheckedEntry>> = good.into_iter().map(Some).collect();
                let mut slots = slots;
                for (_, slot) in slots.iter_mut() {
                    if let Ok(i) = *slot {
                        if let Some(c) = good[i].take() {
                            *slot = Err(quarantined.len());
                            quarantined.push(quarantine_record(
                                source,
                                &c.entry.location,
                                Some(c.resource_type),
                                "transaction-rolled-back",
                                rolled_back.clone(),
                                &c.entry.raw,
                            ));
                        }
                    }
                }
                Ok(PreparedUnit {
                    writes: Vec::new(),
                    quarantined,
                    slots,
                    unresolved_references: 0,
                    timeline: Vec::new(),
                })
            }
        };
    }

    let resolved: Vec<(WriteRequest, Vec<String>)> =
        good.into_par_iter().map(|c| resolve_entry(c, &map, source)).collect();
    // A transaction over HTTP must resolve every `urn:` reference within the Bundle (FHIR
    // transaction rules); a file keeps them as written and counts them.
    if mode == UnitMode::Transaction && on_failure == FailedTransaction::Reject {
        let unresolved: Vec<&String> = resolved.iter().flat_map(|(_, u)| u).collect();
        if let Some(first) = unresolved.first() {
            return Err(FhirError {
                status: 400,
                issues: vec![
                    OutcomeIssue::error("processing", "transaction rolled back: no entry was stored"),
                    OutcomeIssue::error(
                        "not-found",
                        format!(
                            "`{first}` is not the fullUrl of any entry in the transaction ({} unresolved reference(s))",
                            unresolved.len()
                        ),
                    ),
                ],
            });
        }
    }
    let unresolved_references = resolved.iter().map(|(_, u)| u.len() as u64).sum();
    // An order that references a Medication sent in the same unit reads its drug from it; a
    // result, the site of its Specimen.
    let referenced: HashMap<String, &Value> = resolved
        .iter()
        .filter(|(w, _)| matches!(w.resource_type.as_str(), "Medication" | "Specimen"))
        .map(|(w, _)| (format!("{}/{}", w.resource_type, w.id), &w.content))
        .collect();
    let timeline = resolved
        .par_iter()
        .map(|(w, _)| {
            let patient = w.index.patient_id.as_deref();
            match crate::twin::history::normalise::with_referenced(&w.content, |r| referenced.get(r).copied()) {
                Some(content) => crate::twin::history::resource_events(&w.resource_type, &w.id, patient, &content),
                None => crate::twin::history::resource_events(&w.resource_type, &w.id, patient, &w.content),
            }
        })
        .collect();
    let writes = resolved.into_iter().map(|(w, _)| w).collect();
    Ok(PreparedUnit { writes, quarantined, slots, unresolved_references, timeline })
}

/// The issues of an OperationOutcome (as stored with a quarantine record).
pub fn outcome_issues(outcome: &Value) -> Vec<OutcomeIssue> {
    outcome["issue"]
        .as_array()
        .map(|issues| {
            issues
                .iter()
                .map(|i| {
                    let mut issue = OutcomeIssue::error(
                        i["code"].as_str().unwrap_or("invalid"),
                        i["diagnostics"].as_str().unwrap_or(""),
                    );
                    if let Some(expr) = i["expression"][0].as_str() {
                        issue = issue.at(expr);
                    }
                    issue
                })
                .collect()
        })
        .unwrap_or_default()
}

/// Applies one unit: CPU work on the blocking pool, then one database transaction.
pub async fn apply_unit(
    store: &Store,
    unit: Unit,
    source: &str,
    on_failure: FailedTransaction,
) -> Result<(Vec<EntryResult>, u64), IngestError> {
    let source_owned = source.to_string();
    let started = std::time::Instant::now();
    let prepared = tokio::task::spawn_blocking(move || prepare_unit(unit, &source_owned, on_failure))
        .await
        .map_err(|e| StoreError::Other(anyhow::anyhow!("ingest worker failed: {e}")))?
        .map_err(IngestError::Rejected)?;
    let PreparedUnit { writes, quarantined, slots, unresolved_references, timeline } = prepared;
    let prepared_at = started.elapsed();
    let keys: Vec<(String, String)> = writes.iter().map(|w| (w.resource_type.clone(), w.id.clone())).collect();
    // Another instance on the same PostgreSQL may write the same resource at the same moment;
    // the loser's transaction fails on the version key and is simply planned again.
    let mut attempt = 0;
    let written = loop {
        match store.write(&writes, &quarantined).await {
            Err(StoreError::Conflict(what)) if attempt < 3 => {
                attempt += 1;
                tracing::warn!(attempt, conflict = %what, "concurrent write; retrying the unit");
            }
            other => break other?,
        }
    };
    let written_at = started.elapsed();
    // The clinical-history twin: events of the resources that changed, then each affected
    // patient's derived data once per unit.
    let changed = timeline
        .into_iter()
        .zip(&written)
        .filter(|(t, w)| {
            !matches!(w, WriteOutcome::Unchanged { .. })
                && crate::twin::history::normalise::may_have_events(t.rkey.split('/').next().unwrap_or(""))
        })
        .map(|(mut t, w)| {
            t.existed = !matches!(w, WriteOutcome::Created { .. });
            t
        })
        .collect();
    crate::twin::history::apply_written(store, changed).await?;
    tracing::debug!(
        entries = slots.len(),
        prepare_ms = prepared_at.as_secs_f64() * 1e3,
        write_ms = (written_at - prepared_at).as_secs_f64() * 1e3,
        timeline_ms = (started.elapsed() - written_at).as_secs_f64() * 1e3,
        "unit applied"
    );
    let results = slots
        .into_iter()
        .map(|(location, slot)| EntryResult {
            location,
            outcome: match slot {
                Ok(i) => EntryOutcome::Stored {
                    resource_type: keys[i].0.clone(),
                    id: keys[i].1.clone(),
                    write: written[i].clone(),
                },
                Err(i) => EntryOutcome::Quarantined {
                    reason: quarantined[i].reason.clone(),
                    outcome: quarantined[i].outcome.clone(),
                },
            },
        })
        .collect();
    Ok((results, unresolved_references))
}

/// Ingests one document's text (a Bundle, a resource, or NDJSON) from `source`.
pub async fn ingest_text(
    store: &Store,
    text: &str,
    source: &str,
    on_failure: FailedTransaction,
) -> Result<(IngestReport, Vec<EntryResult>), IngestError> {
    ingest_units(store, source::units_of_text(text, source), source, on_failure).await
}

/// Applies units already split from one document (so a caller can inspect them first).
pub async fn ingest_units(
    store: &Store,
    units: Vec<Unit>,
    source: &str,
    on_failure: FailedTransaction,
) -> Result<(IngestReport, Vec<EntryResult>), IngestError> {
    let mut report = IngestReport::default();
    let mut all = Vec::new();
    for unit in units {
        let (results, unresolved) = apply_unit(store, unit, source, on_failure).await?;
        report.count(&results);
        report.unresolved_references += unresolved;
        crate::telemetry::metrics::record_ingest(&report_of(&results));
        all.extend(results);
    }
    Ok((report, all))
}

fn report_of(results: &[EntryResult]) -> IngestReport {
    let mut report = IngestReport::default();
    report.count(results);
    report
}

/// Quarantines a whole input that could not be read at all (bad gzip, not UTF-8, …).
pub async fn quarantine_unreadable(
    store: &Store,
    source: &str,
    reason: &str,
    message: String,
    raw: &str,
) -> Result<IngestReport, StoreError> {
    let record =
        quarantine_record(source, "(whole input)", None, reason, OutcomeIssue::error("structure", message), raw);
    store.quarantine(&[record]).await?;
    let mut report = IngestReport { received: 1, ..Default::default() };
    report.quarantined.insert(reason.to_string(), 1);
    crate::telemetry::metrics::record_ingest(&report);
    Ok(report)
}

/// Renders results as an OperationOutcome-per-entry summary (used by the CLI `--json`).
pub fn results_outcome(results: &[EntryResult]) -> Value {
    let issues: Vec<OutcomeIssue> = results
        .iter()
        .filter_map(|r| match &r.outcome {
            EntryOutcome::Quarantined { outcome, .. } => Some(outcome_issues(outcome)),
            _ => None,
        })
        .flatten()
        .collect();
    operation_outcome(&issues)
}
