//! Note extraction tables: the job queue, note events and the model-answer cache.

use super::sql::{bound, Arg, Sql};
use super::timeline::insert_statements;
use super::{dispatch, EventFilter, EventRow, Store, StoreError};
use sqlx::Row;

/// Rows per multi-row job INSERT (4 parameters each).
const JOBS_PER_INSERT: usize = 500;

const INSERT_NOTE_EVENTS: &str =
    "INSERT INTO note_event (patient_id, event_id, document, category, start_date, end_date, body) VALUES ";

/// What queueing a document that already has a job does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteJobConflict {
    /// Queue it again from scratch (its content changed, or a re-extraction was asked for).
    Requeue,
    /// Leave its job as it is.
    Keep,
}

/// A job a worker claimed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimedJob {
    pub document: String,
    pub patient_id: String,
    /// Including this one.
    pub attempts: i64,
}

/// One job as the status route shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct NoteJob {
    pub document: String,
    pub status: String,
    pub attempts: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_error: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extractor: Option<String>,
    pub events: i64,
    pub rejected: i64,
    pub queued_at: String,
    pub updated_at: String,
}

/// What a finished extraction stores.
#[derive(Debug, Clone)]
pub struct FinishedJob<'a> {
    pub document: &'a str,
    pub worker: &'a str,
    pub extractor: &'a str,
    pub rows: Vec<EventRow>,
    pub rejected: i64,
    pub now: &'a str,
}

impl Store {
    /// Queues extraction of note-bearing resources: (document, patient). With
    /// [`NoteJobConflict::Requeue`] a document already queued or done is queued again from
    /// scratch (its content changed); with [`NoteJobConflict::Keep`] only documents without a
    /// job are queued. Resource writes queue their own jobs ([`Store::write`]).
    pub async fn enqueue_note_jobs(
        &self,
        jobs: &[(String, String)],
        now: &str,
        conflict: NoteJobConflict,
    ) -> Result<u64, StoreError> {
        if jobs.is_empty() {
            return Ok(0);
        }
        let mut queued = 0;
        dispatch!(self, pool => {
            let mut tx = self.begin_write(pool).await?;
            for sql in self.note_job_inserts(jobs, now, conflict) {
                queued += bound!(sqlx::query(sql.text_for(self)), sql).execute(&mut *tx).await?.rows_affected();
            }
            tx.commit().await?;
        });
        Ok(queued)
    }

    /// The multi-row INSERTs that queue `jobs` (run inside the caller's transaction).
    pub(super) fn note_job_inserts<'a>(
        &self,
        jobs: &'a [(String, String)],
        now: &'a str,
        conflict: NoteJobConflict,
    ) -> Vec<Sql<'a>> {
        jobs.chunks(JOBS_PER_INSERT)
            .map(|chunk| {
                let mut sql = Sql::new(
                    "INSERT INTO note_job (document, patient_id, status, run_after, queued_at, updated_at) VALUES ",
                );
                for (i, (document, patient)) in chunk.iter().enumerate() {
                    sql.push(if i > 0 { ", (" } else { "(" });
                    sql.bind_text(document.as_str()).push(", ").bind_text(patient.as_str()).push(", 'queued', ");
                    sql.bind_text(now).push(", ").bind_text(now).push(", ").bind_text(now).push(")");
                }
                sql.push(match conflict {
                    NoteJobConflict::Requeue => {
                        " ON CONFLICT (document) DO UPDATE SET patient_id = excluded.patient_id, status = 'queued', \
                         attempts = 0, run_after = excluded.run_after, lease_until = NULL, worker = NULL, last_error = NULL, \
                         queued_at = excluded.queued_at, updated_at = excluded.updated_at"
                    }
                    NoteJobConflict::Keep => " ON CONFLICT (document) DO NOTHING",
                });
                sql
            })
            .collect()
    }

    /// Claims up to `limit` jobs that are due (queued and past `run_after`, or running with
    /// an expired lease): marks them running under `worker` until `lease_until`. Several
    /// workers never claim the same job (SKIP LOCKED on PostgreSQL, the write lock on SQLite).
    pub async fn claim_note_jobs(
        &self,
        worker: &str,
        now: &str,
        lease_until: &str,
        limit: i64,
    ) -> Result<Vec<ClaimedJob>, StoreError> {
        let mut sql = Sql::new("UPDATE note_job SET status = 'running', attempts = attempts + 1, lease_until = ");
        sql.bind_text(lease_until).push(", worker = ").bind_text(worker).push(", updated_at = ").bind_text(now);
        sql.push(" WHERE document IN (SELECT document FROM note_job WHERE (status = 'queued' AND run_after <= ");
        sql.bind_text(now).push(") OR (status = 'running' AND lease_until < ").bind_text(now);
        sql.push(") ORDER BY run_after, document LIMIT ").bind(Arg::Int(limit));
        if matches!(self, Store::Postgres(_)) {
            sql.push(" FOR UPDATE SKIP LOCKED");
        }
        sql.push(") RETURNING document, patient_id, attempts");
        dispatch!(self, pool => {
            let mut tx = self.begin_write(pool).await?;
            let rows = bound!(sqlx::query(sql.text_for(self)), sql).fetch_all(&mut *tx).await?;
            tx.commit().await?;
            rows.into_iter()
                .map(|r| Ok(ClaimedJob {
                    document: r.try_get("document")?,
                    patient_id: r.try_get("patient_id")?,
                    attempts: r.try_get("attempts")?,
                }))
                .collect::<Result<Vec<_>, sqlx::Error>>()
                .map_err(StoreError::from)
        })
    }

    /// Extends the leases of running jobs that are still this worker's; returns those.
    pub async fn renew_note_leases(
        &self,
        documents: &[String],
        worker: &str,
        lease_until: &str,
        now: &str,
    ) -> Result<Vec<String>, StoreError> {
        if documents.is_empty() {
            return Ok(Vec::new());
        }
        let mut sql = Sql::new("UPDATE note_job SET lease_until = ");
        sql.bind_text(lease_until).push(", updated_at = ").bind_text(now);
        sql.push(" WHERE worker = ").bind_text(worker).push(" AND status = 'running' AND document IN ");
        sql.bind_list(documents.iter().cloned());
        sql.push(" RETURNING document");
        dispatch!(self, pool => {
            let mut tx = self.begin_write(pool).await?;
            let rows = bound!(sqlx::query(sql.text_for(self)), sql).fetch_all(&mut *tx).await?;
            tx.commit().await?;
            rows.iter().map(|r| r.try_get("document")).collect::<Result<Vec<String>, sqlx::Error>>().map_err(StoreError::from)
        })
    }

    /// Stores an extraction's events (replacing the document's earlier ones) and marks the
    /// job done, in one transaction. Returns false, storing nothing, when the job is no
    /// longer this worker's (re-queued because the document changed, or its lease expired
    /// and another worker took it).
    pub async fn finish_note_job(&self, done: FinishedJob<'_>) -> Result<bool, StoreError> {
        let mut sql =
            Sql::new("UPDATE note_job SET status = 'done', lease_until = NULL, last_error = NULL, extractor = ");
        sql.bind_text(done.extractor).push(", events = ").bind(Arg::Int(done.rows.len() as i64));
        sql.push(", rejected = ").bind(Arg::Int(done.rejected)).push(", updated_at = ").bind_text(done.now);
        sql.push(" WHERE document = ").bind_text(done.document).push(" AND worker = ").bind_text(done.worker);
        sql.push(" AND status = 'running'");
        let mut delete = Sql::new("DELETE FROM note_event WHERE document = ");
        delete.bind_text(done.document);
        dispatch!(self, pool => {
            let mut tx = self.begin_write(pool).await?;
            let updated = bound!(sqlx::query(sql.text_for(self)), sql).execute(&mut *tx).await?.rows_affected();
            if updated == 0 {
                tx.rollback().await?;
                return Ok(false);
            }
            bound!(sqlx::query(delete.text_for(self)), delete).execute(&mut *tx).await?;
            for insert in insert_statements(INSERT_NOTE_EVENTS, &done.rows) {
                bound!(sqlx::query(insert.text_for(self)), insert).execute(&mut *tx).await?;
            }
            tx.commit().await?;
        });
        Ok(true)
    }

    /// Records a failed attempt: queued again after `retry_at`, or dead-lettered (`None`).
    pub async fn fail_note_job(
        &self,
        document: &str,
        worker: &str,
        error: &str,
        retry_at: Option<&str>,
        now: &str,
    ) -> Result<(), StoreError> {
        let mut sql = Sql::new("UPDATE note_job SET lease_until = NULL, last_error = ");
        sql.bind_text(error).push(", updated_at = ").bind_text(now);
        match retry_at {
            Some(at) => sql.push(", status = 'queued', run_after = ").bind_text(at),
            None => sql.push(", status = 'dead'"),
        };
        sql.push(" WHERE document = ").bind_text(document).push(" AND worker = ").bind_text(worker);
        sql.push(" AND status = 'running'");
        dispatch!(self, pool => {
            bound!(sqlx::query(sql.text_for(self)), sql).execute(pool).await?;
        });
        Ok(())
    }

    /// Jobs by status (for /metrics and the CLI).
    pub async fn note_job_counts(&self) -> Result<Vec<(String, i64)>, StoreError> {
        dispatch!(self, pool => {
            let rows = sqlx::query("SELECT status, COUNT(*) AS n FROM note_job GROUP BY status ORDER BY status")
                .fetch_all(pool).await?;
            rows.into_iter().map(|r| Ok((r.try_get("status")?, r.try_get("n")?)))
                .collect::<Result<Vec<_>, sqlx::Error>>().map_err(StoreError::from)
        })
    }

    /// A patient's jobs, in document order.
    pub async fn patient_note_jobs(&self, patient_id: &str) -> Result<Vec<NoteJob>, StoreError> {
        let mut sql = Sql::new(
            "SELECT document, status, attempts, last_error, extractor, events, rejected, queued_at, updated_at \
             FROM note_job WHERE patient_id = ",
        );
        sql.bind_text(patient_id).push(" ORDER BY document");
        dispatch!(self, pool => {
            let rows = bound!(sqlx::query(sql.text_for(self)), sql).fetch_all(pool).await?;
            rows.into_iter().map(|r| Ok(NoteJob {
                document: r.try_get("document")?,
                status: r.try_get("status")?,
                attempts: r.try_get("attempts")?,
                last_error: r.try_get("last_error")?,
                extractor: r.try_get("extractor")?,
                events: r.try_get("events")?,
                rejected: r.try_get("rejected")?,
                queued_at: r.try_get("queued_at")?,
                updated_at: r.try_get("updated_at")?,
            })).collect::<Result<Vec<_>, sqlx::Error>>().map_err(StoreError::from)
        })
    }

    /// The note-event bodies of a patient matching `filter`, in timeline order.
    pub async fn patient_note_events(&self, patient_id: &str, filter: &EventFilter) -> Result<Vec<String>, StoreError> {
        self.event_bodies("note_event", patient_id, filter).await
    }

    /// A cached model answer.
    pub async fn llm_cache_get(&self, key: &str) -> Result<Option<String>, StoreError> {
        let mut sql = Sql::new("SELECT answer FROM note_llm_cache WHERE cache_key = ");
        sql.bind_text(key);
        dispatch!(self, pool => {
            Ok(bound!(sqlx::query_scalar::<_, String>(sql.text_for(self)), sql).fetch_optional(pool).await?)
        })
    }

    /// Caches a model answer (the first answer for a key wins).
    pub async fn llm_cache_put(&self, key: &str, answer: &str, now: &str) -> Result<(), StoreError> {
        let mut sql = Sql::new("INSERT INTO note_llm_cache (cache_key, answer, created_at) VALUES (");
        sql.bind_text(key).push(", ").bind_text(answer).push(", ").bind_text(now);
        sql.push(") ON CONFLICT (cache_key) DO NOTHING");
        dispatch!(self, pool => {
            bound!(sqlx::query(sql.text_for(self)), sql).execute(pool).await?;
        });
        Ok(())
    }
}
