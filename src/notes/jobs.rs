//! The extraction worker: claims jobs from the database queue, reads each note, extracts
//! its events, stores them (replacing the document's earlier ones) and recomputes the
//! patient's derived timeline. Failures are retried with exponential backoff; after
//! `max_attempts`, or at once when the note cannot be read at all, the job is dead-lettered
//! with the reason. Logs hold document ids, counts and reasons — never note text.

use super::source::{self, NoteError};
use super::{ExtractError, Extractor};
use crate::store::{ClaimedJob, EventRow, FinishedJob, Store, StoreError};
use chrono::{SecondsFormat, Utc};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;

/// How the worker runs.
#[derive(Debug, Clone)]
pub struct WorkerConfig {
    /// Concurrent workers in this process.
    pub workers: usize,
    /// Pause when the queue is empty.
    pub poll: Duration,
    /// How long a claim is a worker's; after it, another worker may take the job.
    pub lease: Duration,
    /// Attempts before a job is dead-lettered.
    pub max_attempts: i64,
    /// First retry delay; doubled each attempt.
    pub backoff: Duration,
    /// Jobs claimed at once.
    pub batch: i64,
}

impl Default for WorkerConfig {
    fn default() -> Self {
        WorkerConfig {
            workers: 1,
            poll: Duration::from_millis(500),
            lease: Duration::from_secs(300),
            max_attempts: 5,
            backoff: Duration::from_secs(10),
            batch: 8,
        }
    }
}

/// Running workers; dropping the handle does not stop them, [`Workers::stop`] does.
pub struct Workers {
    stop: watch::Sender<bool>,
    tasks: Vec<tokio::task::JoinHandle<()>>,
}

impl Workers {
    /// Asks every worker to stop after its current job and waits for them.
    pub async fn stop(self) {
        let _ = self.stop.send(true);
        for t in self.tasks {
            let _ = t.await;
        }
    }
}

/// A queue timestamp (RFC 3339, milliseconds, UTC): the form every `note_job` time is
/// compared in.
pub fn stamp(at: chrono::DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// One worker's identity in the queue (unique per process and task).
fn worker_id(n: usize) -> String {
    format!("{}-{}-{n}", std::process::id(), &uuid::Uuid::new_v4().simple().to_string()[..8])
}

/// Starts `config.workers` workers on `store`.
pub fn start(store: Store, extractor: Arc<Extractor>, config: WorkerConfig) -> Workers {
    let (stop, stopped) = watch::channel(false);
    let tasks = (0..config.workers.max(1))
        .map(|n| {
            let worker = Worker { id: worker_id(n), store: store.clone(), extractor: extractor.clone(), config: config.clone() };
            let mut stopped = stopped.clone();
            tokio::spawn(async move {
                tracing::info!(worker = %worker.id, extractor = worker.extractor.name(), "note extraction worker started");
                loop {
                    if *stopped.borrow() {
                        break;
                    }
                    let worked = match worker.run_once().await {
                        Ok(n) => n,
                        Err(e) => {
                            tracing::warn!(error = %e, "note extraction worker: database error");
                            0
                        }
                    };
                    if worked == 0 {
                        tokio::select! {
                            _ = tokio::time::sleep(worker.config.poll) => {}
                            _ = stopped.changed() => {}
                        }
                    }
                }
            })
        })
        .collect();
    Workers { stop, tasks }
}

/// One worker.
pub struct Worker {
    pub id: String,
    pub store: Store,
    pub extractor: Arc<Extractor>,
    pub config: WorkerConfig,
}

/// How one job ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JobOutcome {
    Done {
        events: usize,
    },
    Retry(String),
    Dead(String),
    /// The job was taken back (re-queued or its lease given to another worker).
    Lost,
}

impl Worker {
    /// A worker with a fresh id.
    pub fn new(store: Store, extractor: Arc<Extractor>, config: WorkerConfig) -> Self {
        Worker { id: worker_id(0), store, extractor, config }
    }

    /// Claims one batch and runs it; returns how many jobs it ran.
    pub async fn run_once(&self) -> Result<usize, StoreError> {
        let now = Utc::now();
        let lease = chrono::Duration::from_std(self.config.lease).unwrap_or(chrono::Duration::minutes(5));
        let jobs = self.store.claim_note_jobs(&self.id, &stamp(now), &stamp(now + lease), self.config.batch).await?;
        let n = jobs.len();
        let mut waiting: Vec<String> = jobs.iter().map(|j| j.document.clone()).collect();
        for (i, job) in jobs.into_iter().enumerate() {
            // Before each job, the jobs of the batch not yet run get a full lease again: a slow
            // model must not let their lease run out while the first ones are read.
            if i > 0 {
                let now = Utc::now();
                let ours = self.store.renew_note_leases(&waiting, &self.id, &stamp(now + lease), &stamp(now)).await?;
                waiting.retain(|d| ours.contains(d));
                if !ours.contains(&job.document) {
                    tracing::debug!(document = %job.document, "note job was taken back before it started");
                    continue;
                }
            }
            waiting.retain(|d| d != &job.document);
            self.run_job(job).await?;
        }
        Ok(n)
    }

    async fn run_job(&self, job: ClaimedJob) -> Result<JobOutcome, StoreError> {
        let started = std::time::Instant::now();
        let outcome = match self.extract(&job).await {
            Ok(outcome) => outcome,
            Err(e) => {
                let reason = e.to_string();
                let retry = job.attempts < self.config.max_attempts && !matches!(e, JobError::Permanent(_));
                if retry {
                    JobOutcome::Retry(reason)
                } else {
                    JobOutcome::Dead(reason)
                }
            }
        };
        let now = Utc::now();
        match &outcome {
            JobOutcome::Retry(reason) => {
                let factor = 2u32.saturating_pow(job.attempts.clamp(1, 16) as u32 - 1);
                let delay = chrono::Duration::from_std(self.config.backoff.saturating_mul(factor))
                    .unwrap_or(chrono::Duration::hours(1));
                self.store
                    .fail_note_job(&job.document, &self.id, reason, Some(&stamp(now + delay)), &stamp(now))
                    .await?;
                crate::telemetry::metrics::record_note_job("retry");
                tracing::warn!(document = %job.document, attempt = job.attempts, reason = %reason, "note extraction failed; will retry");
            }
            JobOutcome::Dead(reason) => {
                self.store.fail_note_job(&job.document, &self.id, reason, None, &stamp(now)).await?;
                crate::telemetry::metrics::record_note_job("dead");
                tracing::warn!(document = %job.document, attempt = job.attempts, reason = %reason, "note extraction dead-lettered");
            }
            JobOutcome::Done { events } => {
                crate::telemetry::metrics::record_note_job("done");
                tracing::debug!(document = %job.document, events, ms = started.elapsed().as_secs_f64() * 1e3, "note extracted");
            }
            JobOutcome::Lost => {
                tracing::debug!(document = %job.document, "note job was taken back; result dropped");
            }
        }
        Ok(outcome)
    }

    async fn extract(&self, job: &ClaimedJob) -> Result<JobOutcome, JobError> {
        let (resource_type, id) = job
            .document
            .split_once('/')
            .ok_or_else(|| JobError::Permanent(format!("`{}` is not Type/id", job.document)))?;
        let Some(note) = source::stored_note(&self.store, resource_type, id).await? else {
            return Err(JobError::Permanent(format!("{} is no longer stored", job.document)));
        };
        let note = note.map_err(|e: NoteError| match e {
            // A Bulk Data export may deliver the Binary after the document: retried, and
            // dead-lettered only when it never comes.
            NoteError::MissingBinary(_) => JobError::Transient(format!("unreadable note: {e}")),
            _ => JobError::Permanent(format!("unreadable note: {e}")),
        })?;
        let extraction = self.extractor.extract(&note).await.map_err(|e| match e {
            ExtractError::Unreadable(r) => JobError::Permanent(format!("unreadable note: {r}")),
            ExtractError::BadAnswer(r) => JobError::Permanent(r),
            ExtractError::Transient(r) => JobError::Transient(r),
        })?;
        crate::telemetry::metrics::record_note_extraction(self.extractor.name(), &extraction);
        let rows: Vec<EventRow> = extraction
            .events
            .iter()
            .map(|e| EventRow {
                patient_id: job.patient_id.clone(),
                event_id: e.id.clone(),
                source_rkey: job.document.clone(),
                category: e.category.as_str().to_string(),
                start_date: e.date.to_string(),
                end_date: e.last_day().to_string(),
                body: serde_json::to_string(e).unwrap_or_default(),
            })
            .collect();
        let events = rows.len();
        let now = stamp(Utc::now());
        let finished = self
            .store
            .finish_note_job(FinishedJob {
                document: &job.document,
                worker: &self.id,
                extractor: self.extractor.name(),
                rows,
                rejected: extraction.rejected.len() as i64,
                now: &now,
            })
            .await?;
        if !finished {
            return Ok(JobOutcome::Lost);
        }
        crate::twin::history::recompute_derived(&self.store, &job.patient_id).await?;
        Ok(JobOutcome::Done { events })
    }
}

#[derive(Debug, thiserror::Error)]
enum JobError {
    /// Retrying will not help: dead-letter at once.
    #[error("{0}")]
    Permanent(String),
    #[error("{0}")]
    Transient(String),
    #[error("database: {0}")]
    Store(#[from] StoreError),
}
