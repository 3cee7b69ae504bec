//! Resource versions, the search index and the quarantine.

use super::notes::NoteJobConflict;
use super::sql::{bound, Arg, Sql};
use super::{dispatch, Store, StoreError};
use chrono::{SecondsFormat, Utc};
use serde_json::Value;
use sqlx::Row;
use std::collections::HashMap;

/// Rows per multi-row INSERT: far below SQLite's 32,766 and PostgreSQL's 65,535 parameters.
const ROWS_PER_INSERT: usize = 500;

/// The derived search-index rows of one resource.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct IndexRows {
    /// The Patient compartment the resource belongs to (the patient's id).
    pub patient_id: Option<String>,
    /// (param, system, code) — tokens and references (`code` = `Type/id`).
    pub tokens: Vec<(String, Option<String>, String)>,
    /// (param, start, end) as fixed-width RFC 3339 UTC instants.
    pub dates: Vec<(String, String, String)>,
}

/// A condition on the current version that a write needs (FHIR version-aware updates).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precondition {
    /// `If-Match: W/"n"` (or a Bundle entry's `request.ifMatch`): the current version is n.
    IfMatch(i64),
    /// `If-None-Match: *` (or `request.ifNoneMatch`): the resource does not exist yet.
    IfNoneExists,
}

impl Precondition {
    /// Reads an `If-Match` value (`W/"3"` or `"3"`) or an `If-None-Match` value (`*`).
    pub fn parse(if_match: Option<&str>, if_none_match: Option<&str>) -> Result<Option<Precondition>, String> {
        match (if_match.map(str::trim), if_none_match.map(str::trim)) {
            (Some(_), Some(_)) => Err("give If-Match or If-None-Match, not both".into()),
            (Some(etag), None) => {
                let quoted = etag.strip_prefix("W/").unwrap_or(etag);
                quoted
                    .strip_prefix('"')
                    .and_then(|q| q.strip_suffix('"'))
                    .and_then(|v| v.parse::<i64>().ok())
                    .filter(|v| *v > 0)
                    .map(|v| Some(Precondition::IfMatch(v)))
                    .ok_or_else(|| "If-Match must be a version ETag such as W/\"3\"".to_string())
            }
            (None, Some("*")) => Ok(Some(Precondition::IfNoneExists)),
            (None, Some(_)) => Err("on a write, If-None-Match may only be `*`".into()),
            (None, None) => Ok(None),
        }
    }

    /// Whether it holds for the current version (`None`: the resource does not exist).
    fn check(self, rkey: &str, current: Option<i64>) -> Result<(), StoreError> {
        match (self, current) {
            (Precondition::IfMatch(want), Some(have)) if want == have => Ok(()),
            (Precondition::IfMatch(want), Some(have)) => Err(StoreError::PreconditionFailed(format!(
                "{rkey} is at version {have}, not the version {want} that If-Match names"
            ))),
            (Precondition::IfMatch(want), None) => {
                Err(StoreError::PreconditionFailed(format!("{rkey} does not exist (If-Match names version {want})")))
            }
            (Precondition::IfNoneExists, None) => Ok(()),
            (Precondition::IfNoneExists, Some(have)) => Err(StoreError::PreconditionFailed(format!(
                "{rkey} already exists (version {have}) and If-None-Match is `*`"
            ))),
        }
    }
}

/// One resource to store, already validated and resolved.
#[derive(Debug, Clone)]
pub struct WriteRequest {
    pub resource_type: String,
    pub id: String,
    /// The resolved resource (references rewritten, id set); meta.versionId and
    /// meta.lastUpdated are set by the store.
    pub content: Value,
    /// The entry exactly as received.
    pub original: String,
    /// Hash of the resolved content without meta.versionId / meta.lastUpdated.
    pub content_hash: String,
    pub index: IndexRows,
    /// Where it came from (file path, `http`, …).
    pub source: String,
    /// The patient of a resource that bears a clinical note: a new version queues its
    /// extraction in the same transaction that stores it, so a crash loses neither.
    pub note_patient: Option<String>,
    /// What the current version must be for the write to happen.
    pub precondition: Option<Precondition>,
}

impl WriteRequest {
    pub fn rkey(&self) -> String {
        format!("{}/{}", self.resource_type, self.id)
    }
}

/// What happened to one [`WriteRequest`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteOutcome {
    Created {
        version_id: i64,
        last_updated: String,
    },
    Updated {
        version_id: i64,
        last_updated: String,
    },
    /// Same content as the current version: nothing new was written.
    Unchanged {
        version_id: i64,
        last_updated: String,
    },
}

impl WriteOutcome {
    pub fn version_id(&self) -> i64 {
        match self {
            WriteOutcome::Created { version_id, .. }
            | WriteOutcome::Updated { version_id, .. }
            | WriteOutcome::Unchanged { version_id, .. } => *version_id,
        }
    }
    pub fn last_updated(&self) -> &str {
        match self {
            WriteOutcome::Created { last_updated, .. }
            | WriteOutcome::Updated { last_updated, .. }
            | WriteOutcome::Unchanged { last_updated, .. } => last_updated,
        }
    }
}

/// An entry that could not be stored, with the OperationOutcome saying why.
#[derive(Debug, Clone)]
pub struct QuarantineRecord {
    pub source: String,
    /// Where in the source: `entry[12]`, `line 40`.
    pub location: String,
    pub resource_type: Option<String>,
    /// Short machine-readable reason (`invalid-json`, `invalid-resource`, …).
    pub reason: String,
    pub outcome: Value,
    pub raw: String,
}

/// The current (or a given) version of a stored resource.
#[derive(Debug, Clone)]
pub struct StoredResource {
    pub resource_type: String,
    pub id: String,
    /// The patient compartment it belongs to.
    pub patient_id: Option<String>,
    pub version_id: i64,
    pub last_updated: String,
    pub content: String,
}

/// How a token parameter's system must match.
#[derive(Debug, Clone, PartialEq)]
pub enum SystemMatch {
    Any,
    /// `|code`: the token has no system.
    Absent,
    Is(String),
}

/// One alternative of a token parameter (`system|code`).
#[derive(Debug, Clone, PartialEq)]
pub struct TokenMatch {
    pub system: SystemMatch,
    pub code: Option<String>,
}

impl TokenMatch {
    /// Whether an indexed token (system, code) matches, as the search SQL decides it.
    pub fn matches(&self, system: Option<&str>, code: &str) -> bool {
        self.code.as_deref().is_none_or(|c| c == code)
            && match &self.system {
                SystemMatch::Any => true,
                SystemMatch::Absent => system.is_none(),
                SystemMatch::Is(s) => system == Some(s.as_str()),
            }
    }
}

/// Date comparison prefixes (FHIR search `eq`, `ne`, `lt`, …).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatePrefix {
    Eq,
    Ne,
    Lt,
    Gt,
    Le,
    Ge,
    Sa,
    Eb,
    Ap,
}

/// One date condition: the parameter's range against the search value's range.
#[derive(Debug, Clone, PartialEq)]
pub struct DateFilter {
    /// A date parameter name, or `_lastUpdated`.
    pub param: String,
    pub prefix: DatePrefix,
    pub start: String,
    pub end: String,
}

/// Sort orders the store supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SearchSort {
    #[default]
    Key,
    LastUpdatedAsc,
    LastUpdatedDesc,
}

/// A search, already parsed and checked by the FHIR layer.
#[derive(Debug, Clone, Default)]
pub struct SearchQuery {
    /// Restrict to these types (empty: any type).
    pub types: Vec<String>,
    pub ids: Vec<String>,
    /// Patient compartment.
    pub patient: Option<String>,
    /// With `patient`: include the Patient resource itself ($everything).
    pub include_patient: bool,
    /// Each inner list is OR-ed; the lists are AND-ed.
    pub tokens: Vec<(String, Vec<TokenMatch>)>,
    pub dates: Vec<DateFilter>,
    /// String parameters: each value matches an indexed string that starts with it
    /// (already normalised: trimmed, lower-cased); inner lists OR-ed, lists AND-ed.
    pub strings: Vec<(String, Vec<String>)>,
    /// The parameters contradict each other (`patient=A&patient=B`): no resource matches.
    pub matches_nothing: bool,
    /// Count the matches only up to this many (`None`: exactly, FHIR `_total=accurate`):
    /// counting half a million rows to print a number nobody pages through costs seconds.
    pub count_cap: Option<i64>,
    pub sort: SearchSort,
    pub count: i64,
    pub offset: i64,
}

/// The counts of one ingest run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct IngestCounts {
    pub received: i64,
    pub created: i64,
    pub updated: i64,
    pub unchanged: i64,
    pub quarantined: i64,
}

/// One page of results with the total count.
#[derive(Debug, Clone)]
pub struct SearchPage {
    /// The number of matches; with [`SearchPage::total_capped`], only a lower bound.
    pub total: i64,
    /// More than the query's `count_cap` match: `total` is the cap, not the count.
    pub total_capped: bool,
    pub resources: Vec<StoredResource>,
}

fn now_instant() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Micros, true)
}

/// The final state of one resource after a write batch.
struct CurrentRow {
    rkey: String,
    resource_type: String,
    id: String,
    version_id: i64,
    content_hash: String,
    last_updated: String,
    patient_id: Option<String>,
}

struct VersionRow {
    rkey: String,
    version_id: i64,
    last_updated: String,
    content_hash: String,
    content: String,
    original: String,
    source: String,
}

/// Everything a write batch will insert, computed before touching the database.
#[derive(Default)]
struct WritePlan {
    versions: Vec<VersionRow>,
    current: Vec<CurrentRow>,
    /// Keys whose index rows must be replaced (they existed before this batch).
    reindex: Vec<String>,
    tokens: Vec<(String, String, Option<String>, String)>,
    dates: Vec<(String, String, String, String)>,
}

impl Store {
    /// Stores a batch of resources and quarantine records in one database transaction.
    ///
    /// A resource whose content hash equals its current version's is left alone
    /// ([`WriteOutcome::Unchanged`]); otherwise a new version is written. The same key may
    /// appear more than once: each later occurrence builds on the earlier one.
    pub async fn write(
        &self,
        items: &[WriteRequest],
        quarantine: &[QuarantineRecord],
    ) -> Result<Vec<WriteOutcome>, StoreError> {
        let now = now_instant();
        let keys: Vec<String> = {
            let mut keys: Vec<String> = items.iter().map(WriteRequest::rkey).collect();
            keys.sort();
            keys.dedup();
            keys
        };

        dispatch!(self, pool => {
            let mut tx = self.begin_write(pool).await?;

            // Current version and hash of every key in the batch.
            let mut existing: HashMap<String, (i64, String, String)> = HashMap::new();
            for chunk in keys.chunks(ROWS_PER_INSERT) {
                let mut sql = Sql::new("SELECT rkey, version_id, content_hash, last_updated FROM resource WHERE rkey IN ");
                sql.bind_list(chunk.iter().cloned());
                let rows = bound!(sqlx::query(sql.text_for(self)), sql).fetch_all(&mut *tx).await?;
                for row in rows {
                    existing.insert(row.try_get("rkey")?, (row.try_get("version_id")?, row.try_get("content_hash")?, row.try_get("last_updated")?));
                }
            }

            let (plan, outcomes) = plan_writes(items, &mut existing, &now)?;

            for sql in plan.statements() {
                bound!(sqlx::query(sql.text_for(self)), sql).execute(&mut *tx).await?;
            }
            let note_jobs: Vec<(String, String)> = items
                .iter()
                .zip(&outcomes)
                .filter(|(_, outcome)| !matches!(outcome, WriteOutcome::Unchanged { .. }))
                .filter_map(|(item, _)| Some((item.rkey(), item.note_patient.clone()?)))
                .collect();
            let queued_at = crate::notes::jobs::stamp(Utc::now());
            for sql in self.note_job_inserts(&note_jobs, &queued_at, NoteJobConflict::Requeue) {
                bound!(sqlx::query(sql.text_for(self)), sql).execute(&mut *tx).await?;
            }
            for record in quarantine {
                let qid = blake3::hash(format!("{}\u{0}{}\u{0}{}", record.source, record.location, record.raw).as_bytes()).to_hex().to_string();
                let mut sql = Sql::new("INSERT INTO quarantine (qid, received_at, source, location, resource_type, reason, outcome, raw) VALUES (");
                sql.bind_text(qid).push(", ").bind_text(now.as_str()).push(", ").bind_text(record.source.as_str()).push(", ")
                    .bind_text(record.location.as_str()).push(", ").bind(Arg::OptText(record.resource_type.as_deref().map(Into::into))).push(", ")
                    .bind_text(record.reason.as_str()).push(", ").bind_text(record.outcome.to_string()).push(", ")
                    .bind_text(record.raw.as_str()).push(") ON CONFLICT (qid) DO NOTHING");
                bound!(sqlx::query(sql.text_for(self)), sql).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(outcomes)
        })
    }

    /// Stores quarantine records alone (a rejected transaction, an unreadable file).
    pub async fn quarantine(&self, records: &[QuarantineRecord]) -> Result<(), StoreError> {
        self.write(&[], records).await.map(|_| ())
    }

    /// The current version of `Type/id`.
    pub async fn read(&self, resource_type: &str, id: &str) -> Result<Option<StoredResource>, StoreError> {
        let mut sql = Sql::new(
            "SELECT r.resource_type, r.id, r.patient_id, r.version_id, r.last_updated, v.content FROM resource r \
             JOIN resource_version v ON v.rkey = r.rkey AND v.version_id = r.version_id WHERE r.rkey = ",
        );
        sql.bind_text(format!("{resource_type}/{id}"));
        self.fetch_resources(sql).await.map(|mut rows| rows.pop())
    }

    /// A given version of `Type/id` (vread).
    pub async fn read_version(
        &self,
        resource_type: &str,
        id: &str,
        version_id: i64,
    ) -> Result<Option<StoredResource>, StoreError> {
        let mut sql = Sql::new(
            "SELECT r.resource_type, r.id, r.patient_id, v.version_id, v.last_updated, v.content FROM resource r \
             JOIN resource_version v ON v.rkey = r.rkey WHERE r.rkey = ",
        );
        sql.bind_text(format!("{resource_type}/{id}")).push(" AND v.version_id = ").bind(Arg::Int(version_id));
        self.fetch_resources(sql).await.map(|mut rows| rows.pop())
    }

    /// The verbatim original of the current version (the source of truth).
    pub async fn read_original(&self, resource_type: &str, id: &str) -> Result<Option<String>, StoreError> {
        let mut sql = Sql::new(
            "SELECT v.original FROM resource r JOIN resource_version v ON v.rkey = r.rkey AND v.version_id = r.version_id WHERE r.rkey = ",
        );
        sql.bind_text(format!("{resource_type}/{id}"));
        dispatch!(self, pool => {
            Ok(bound!(sqlx::query_scalar::<_, String>(sql.text_for(self)), sql).fetch_optional(pool).await?)
        })
    }
}

/// How long one search may run before it is answered "too costly" (and, on PostgreSQL,
/// cancelled by the server): a pathological search fails alone instead of holding the pool.
pub const SEARCH_BUDGET: std::time::Duration = std::time::Duration::from_secs(5);

/// PostgreSQL's `query_canceled` (57014): a statement timeout.
fn is_query_canceled(e: &anyhow::Error) -> bool {
    e.downcast_ref::<sqlx::Error>()
        .and_then(|e| e.as_database_error())
        .is_some_and(|db| db.code().as_deref() == Some("57014"))
}

macro_rules! stored_resource_from_row {
    ($name:ident, $row:ty) => {
        fn $name(row: &$row) -> Result<StoredResource, sqlx::Error> {
            Ok(StoredResource {
                resource_type: row.try_get("resource_type")?,
                id: row.try_get("id")?,
                patient_id: row.try_get("patient_id")?,
                version_id: row.try_get("version_id")?,
                last_updated: row.try_get("last_updated")?,
                content: row.try_get("content")?,
            })
        }
    };
}
stored_resource_from_row!(stored_resource_sqlite, sqlx::sqlite::SqliteRow);
stored_resource_from_row!(stored_resource_pg, sqlx::postgres::PgRow);

impl Store {
    async fn fetch_resources(&self, sql: Sql<'_>) -> Result<Vec<StoredResource>, StoreError> {
        let text = sql.text_for(self);
        Ok(match self {
            Store::Sqlite(pool) => bound!(sqlx::query(text), sql)
                .fetch_all(pool)
                .await?
                .iter()
                .map(stored_resource_sqlite)
                .collect::<Result<Vec<_>, _>>()?,
            Store::Postgres(pool) => bound!(sqlx::query(text), sql)
                .fetch_all(pool)
                .await?
                .iter()
                .map(stored_resource_pg)
                .collect::<Result<Vec<_>, _>>()?,
        })
    }

    /// Runs a search: one page of current versions plus the total.
    pub async fn search(&self, query: &SearchQuery) -> Result<SearchPage, StoreError> {
        let correlated = self.dense_conditions(query).await?;
        let mut where_sql = Sql::new(" WHERE 1 = 1");
        search_conditions(query, &mut where_sql, &correlated);

        let count_sql = match query.count_cap {
            None => Sql::wrap("SELECT COUNT(*) FROM resource r", &where_sql),
            Some(cap) => {
                let mut sql = Sql::wrap("SELECT COUNT(*) FROM (SELECT 1 FROM resource r", &where_sql);
                sql.push(" LIMIT ").bind(Arg::Int(cap + 1)).push(") capped");
                sql
            }
        };

        // The page's keys first, then the content of those rows only: joining the content
        // before the sort read every match's JSON (seconds over half a million Observations).
        let order = match query.sort {
            SearchSort::Key => " ORDER BY r.rkey",
            SearchSort::LastUpdatedAsc => " ORDER BY r.last_updated, r.rkey",
            SearchSort::LastUpdatedDesc => " ORDER BY r.last_updated DESC, r.rkey",
        };
        let mut page_sql = Sql::wrap(
            "SELECT r.resource_type, r.id, r.patient_id, r.version_id, r.last_updated, v.content FROM \
             (SELECT r.rkey, r.resource_type, r.id, r.patient_id, r.version_id, r.last_updated FROM resource r",
            &where_sql,
        );
        page_sql.push(order);
        page_sql.push(" LIMIT ").bind(Arg::Int(query.count)).push(" OFFSET ").bind(Arg::Int(query.offset));
        page_sql.push(") r JOIN resource_version v ON v.rkey = r.rkey AND v.version_id = r.version_id");
        page_sql.push(order);
        let too_costly = || {
            StoreError::TooCostly(format!(
                "the search did not finish within its budget of {} ms; narrow it (a patient, a code, a closer date range)",
                SEARCH_BUDGET.as_millis()
            ))
        };
        // A search answers within its budget or fails for itself alone. On PostgreSQL the
        // server cancels the statement (the connection is free at once); on SQLite the
        // caller is answered at the budget.
        let run = async {
            match self {
                Store::Sqlite(pool) => {
                    let mut conn = pool.acquire().await?;
                    let total = bound!(sqlx::query_scalar::<_, i64>(count_sql.text_for(self)), count_sql)
                        .fetch_one(&mut *conn)
                        .await?;
                    let rows = bound!(sqlx::query(page_sql.text_for(self)), page_sql).fetch_all(&mut *conn).await?;
                    Ok::<_, StoreError>((
                        total,
                        rows.iter().map(stored_resource_sqlite).collect::<Result<Vec<_>, _>>()?,
                    ))
                }
                Store::Postgres(pool) => {
                    let mut tx = pool.begin().await?;
                    sqlx::query(&format!("SET LOCAL statement_timeout = {}", SEARCH_BUDGET.as_millis()))
                        .execute(&mut *tx)
                        .await?;
                    let total = bound!(sqlx::query_scalar::<_, i64>(count_sql.text_for(self)), count_sql)
                        .fetch_one(&mut *tx)
                        .await?;
                    let rows = bound!(sqlx::query(page_sql.text_for(self)), page_sql).fetch_all(&mut *tx).await?;
                    tx.commit().await?;
                    Ok((total, rows.iter().map(stored_resource_pg).collect::<Result<Vec<_>, _>>()?))
                }
            }
        };
        match tokio::time::timeout(SEARCH_BUDGET + std::time::Duration::from_millis(250), run).await {
            Ok(Ok((total, resources))) => {
                let total_capped = query.count_cap.is_some_and(|cap| total > cap);
                Ok(SearchPage {
                    total: if total_capped { query.count_cap.unwrap_or(total) } else { total },
                    total_capped,
                    resources,
                })
            }
            Ok(Err(StoreError::Other(e))) if is_query_canceled(&e) => Err(too_costly()),
            Ok(Err(e)) => Err(e),
            Err(_) => Err(too_costly()),
        }
    }

    /// Which index conditions of a search across patients are dense (more than
    /// [`dense_rows`] index rows), on SQLite: its planner builds an `IN` set whole before the
    /// first row of the page, so a dense condition is checked per candidate instead.
    /// PostgreSQL's planner chooses by its statistics; within a patient every condition is
    /// checked per candidate already.
    async fn dense_conditions(&self, query: &SearchQuery) -> Result<Vec<bool>, StoreError> {
        let conditions = index_conditions(query);
        let Store::Sqlite(pool) = self else { return Ok(vec![false; conditions.len()]) };
        if query.patient.is_some() || query.matches_nothing {
            return Ok(vec![false; conditions.len()]);
        }
        let mut dense = Vec::with_capacity(conditions.len());
        let mut conn = pool.acquire().await?;
        for condition in &conditions {
            let probe = condition.density_probe();
            let rows = bound!(sqlx::query_scalar::<_, i64>(probe.text_for(self)), probe).fetch_one(&mut *conn).await?;
            let is_dense = rows > dense_rows();
            crate::telemetry::metrics::record_search_condition(if is_dense { "per_candidate" } else { "set" });
            dense.push(is_dense);
        }
        Ok(dense)
    }

    /// How many resources (current versions) are stored, by type.
    pub async fn count_by_type(&self) -> Result<Vec<(String, i64)>, StoreError> {
        dispatch!(self, pool => {
            let rows = sqlx::query("SELECT resource_type, COUNT(*) AS n FROM resource GROUP BY resource_type ORDER BY resource_type")
                .fetch_all(pool).await?;
            rows.into_iter().map(|r| Ok((r.try_get("resource_type")?, r.try_get("n")?)))
                .collect::<Result<Vec<_>, sqlx::Error>>().map_err(StoreError::from)
        })
    }

    /// How many versions are stored in all (every accepted change).
    pub async fn version_count(&self) -> Result<i64, StoreError> {
        dispatch!(self, pool => {
            Ok(sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM resource_version").fetch_one(pool).await?)
        })
    }

    /// How many quarantine records are held, by reason.
    pub async fn quarantine_counts(&self) -> Result<Vec<(String, i64)>, StoreError> {
        dispatch!(self, pool => {
            let rows = sqlx::query("SELECT reason, COUNT(*) AS n FROM quarantine GROUP BY reason ORDER BY reason")
                .fetch_all(pool).await?;
            rows.into_iter().map(|r| Ok((r.try_get("reason")?, r.try_get("n")?)))
                .collect::<Result<Vec<_>, sqlx::Error>>().map_err(StoreError::from)
        })
    }

    /// Quarantine records, newest first (for admins: they may hold PHI).
    pub async fn quarantine_records(&self, limit: i64, offset: i64) -> Result<Vec<QuarantineRecord>, StoreError> {
        let mut sql = Sql::new("SELECT source, location, resource_type, reason, outcome, raw FROM quarantine ORDER BY received_at DESC, qid LIMIT ");
        sql.bind(Arg::Int(limit)).push(" OFFSET ").bind(Arg::Int(offset));
        dispatch!(self, pool => {
            let rows = bound!(sqlx::query(sql.text_for(self)), sql).fetch_all(pool).await?;
            rows.into_iter().map(|r| {
                let outcome: String = r.try_get("outcome")?;
                Ok(QuarantineRecord {
                    source: r.try_get("source")?,
                    location: r.try_get("location")?,
                    resource_type: r.try_get("resource_type")?,
                    reason: r.try_get("reason")?,
                    outcome: serde_json::from_str(&outcome).unwrap_or(Value::Null),
                    raw: r.try_get("raw")?,
                })
            }).collect::<Result<Vec<_>, sqlx::Error>>().map_err(StoreError::from)
        })
    }

    /// Records one ingest run's counts.
    pub async fn record_ingest_run(
        &self,
        started_at: &str,
        source: &str,
        counts: &IngestCounts,
    ) -> Result<(), StoreError> {
        let mut sql = Sql::new("INSERT INTO ingest_run (run_id, started_at, finished_at, source, received, created, updated, unchanged, quarantined) VALUES (");
        sql.bind_text(uuid::Uuid::new_v4().to_string())
            .push(", ")
            .bind_text(started_at)
            .push(", ")
            .bind_text(now_instant())
            .push(", ")
            .bind_text(source);
        for n in [counts.received, counts.created, counts.updated, counts.unchanged, counts.quarantined] {
            sql.push(", ").bind(Arg::Int(n));
        }
        sql.push(")");
        dispatch!(self, pool => {
            bound!(sqlx::query(sql.text_for(self)), sql).execute(pool).await?;
        });
        Ok(())
    }

    /// Current versions in key order, a page at a time (for rebuilding derived data).
    pub async fn scan_current(&self, after_key: &str, limit: i64) -> Result<Vec<(String, String)>, StoreError> {
        let mut sql = Sql::new(
            "SELECT r.rkey, v.content FROM resource r JOIN resource_version v ON v.rkey = r.rkey AND v.version_id = r.version_id WHERE r.rkey > ",
        );
        sql.bind_text(after_key).push(" ORDER BY r.rkey LIMIT ").bind(Arg::Int(limit));
        dispatch!(self, pool => {
            let rows = bound!(sqlx::query(sql.text_for(self)), sql).fetch_all(pool).await?;
            rows.into_iter().map(|r| Ok((r.try_get("rkey")?, r.try_get("content")?)))
                .collect::<Result<Vec<_>, sqlx::Error>>().map_err(StoreError::from)
        })
    }

    /// Replaces the index rows (and compartment) of existing resources.
    pub async fn replace_index(&self, rows: Vec<(String, IndexRows)>) -> Result<(), StoreError> {
        let mut plan = WritePlan::default();
        let mut statements = Vec::new();
        for (rkey, index) in rows {
            let mut sql = Sql::new("UPDATE resource SET patient_id = ");
            sql.bind(Arg::OptText(index.patient_id.clone().map(Into::into)))
                .push(" WHERE rkey = ")
                .bind_text(rkey.clone());
            statements.push(sql);
            plan.reindex.push(rkey.clone());
            plan.push_index(&rkey, index);
        }
        statements.extend(plan.statements());
        dispatch!(self, pool => {
            let mut tx = self.begin_write(pool).await?;
            for sql in statements {
                bound!(sqlx::query(sql.text_for(self)), sql).execute(&mut *tx).await?;
            }
            tx.commit().await?;
            Ok(())
        })
    }
}

impl WritePlan {
    fn push_index(&mut self, rkey: &str, index: IndexRows) {
        for (param, system, code) in index.tokens {
            self.tokens.push((rkey.to_string(), param, system, code));
        }
        for (param, start, end) in index.dates {
            self.dates.push((rkey.to_string(), param, start, end));
        }
    }

    /// The INSERT/DELETE statements that carry out this plan, in order.
    fn statements(&self) -> Vec<Sql<'_>> {
        let mut out = Vec::new();
        for chunk in self.versions.chunks(ROWS_PER_INSERT) {
            let mut sql = Sql::new("INSERT INTO resource_version (rkey, version_id, last_updated, content_hash, content, original, source) VALUES ");
            for (i, v) in chunk.iter().enumerate() {
                sql.push(if i > 0 { ", (" } else { "(" });
                sql.bind_text(v.rkey.as_str())
                    .push(", ")
                    .bind(Arg::Int(v.version_id))
                    .push(", ")
                    .bind_text(v.last_updated.as_str())
                    .push(", ")
                    .bind_text(v.content_hash.as_str())
                    .push(", ")
                    .bind_text(v.content.as_str())
                    .push(", ")
                    .bind_text(v.original.as_str())
                    .push(", ")
                    .bind_text(v.source.as_str())
                    .push(")");
            }
            out.push(sql);
        }
        for chunk in self.current.chunks(ROWS_PER_INSERT) {
            let mut sql = Sql::new("INSERT INTO resource (rkey, resource_type, id, version_id, last_updated, content_hash, patient_id) VALUES ");
            for (i, row) in chunk.iter().enumerate() {
                sql.push(if i > 0 { ", (" } else { "(" });
                sql.bind_text(row.rkey.as_str())
                    .push(", ")
                    .bind_text(row.resource_type.as_str())
                    .push(", ")
                    .bind_text(row.id.as_str())
                    .push(", ")
                    .bind(Arg::Int(row.version_id))
                    .push(", ")
                    .bind_text(row.last_updated.as_str())
                    .push(", ")
                    .bind_text(row.content_hash.as_str())
                    .push(", ")
                    .bind(Arg::OptText(row.patient_id.as_deref().map(Into::into)))
                    .push(")");
            }
            sql.push(" ON CONFLICT (rkey) DO UPDATE SET version_id = excluded.version_id, last_updated = excluded.last_updated, \
                      content_hash = excluded.content_hash, patient_id = excluded.patient_id");
            out.push(sql);
        }
        for chunk in self.reindex.chunks(ROWS_PER_INSERT) {
            for table in ["search_token", "search_date"] {
                let mut sql = Sql::new(&format!("DELETE FROM {table} WHERE rkey IN "));
                sql.bind_list(chunk.iter().cloned());
                out.push(sql);
            }
        }
        for chunk in self.tokens.chunks(ROWS_PER_INSERT) {
            let mut sql = Sql::new("INSERT INTO search_token (rkey, param, system, code) VALUES ");
            for (i, (rkey, param, system, code)) in chunk.iter().enumerate() {
                sql.push(if i > 0 { ", (" } else { "(" });
                sql.bind_text(rkey.as_str())
                    .push(", ")
                    .bind_text(param.as_str())
                    .push(", ")
                    .bind(Arg::OptText(system.as_deref().map(Into::into)))
                    .push(", ")
                    .bind_text(code.as_str())
                    .push(")");
            }
            out.push(sql);
        }
        for chunk in self.dates.chunks(ROWS_PER_INSERT) {
            let mut sql = Sql::new("INSERT INTO search_date (rkey, param, start_at, end_at) VALUES ");
            for (i, (rkey, param, start, end)) in chunk.iter().enumerate() {
                sql.push(if i > 0 { ", (" } else { "(" });
                sql.bind_text(rkey.as_str())
                    .push(", ")
                    .bind_text(param.as_str())
                    .push(", ")
                    .bind_text(start.as_str())
                    .push(", ")
                    .bind_text(end.as_str())
                    .push(")");
            }
            out.push(sql);
        }
        out
    }
}

/// Decides each item's outcome and the rows to write, given the current versions.
fn plan_writes(
    items: &[WriteRequest],
    existing: &mut HashMap<String, (i64, String, String)>,
    now: &str,
) -> Result<(WritePlan, Vec<WriteOutcome>), StoreError> {
    let mut plan = WritePlan::default();
    let mut outcomes = Vec::with_capacity(items.len());
    // Index of each key's row in plan.current, so a key written twice keeps one row.
    let mut current_at: HashMap<String, usize> = HashMap::new();
    for item in items {
        let rkey = item.rkey();
        let previous = existing.get(&rkey).cloned();
        if let Some(precondition) = item.precondition {
            precondition.check(&rkey, previous.as_ref().map(|(v, _, _)| *v))?;
        }
        if let Some((version_id, hash, last_updated)) = &previous {
            if *hash == item.content_hash {
                outcomes.push(WriteOutcome::Unchanged { version_id: *version_id, last_updated: last_updated.clone() });
                continue;
            }
        }
        let version_id = previous.as_ref().map_or(1, |(v, _, _)| v + 1);
        let content_text =
            content_with_meta(&item.content, version_id, now).map_err(|e| StoreError::Other(e.into()))?;
        // Decimals as written (`1.50`, 39 digits, `1e-400`), not as f64 prints them.
        let content_text = crate::fhir::numbers::with_original_numbers(&item.original, content_text);
        plan.versions.push(VersionRow {
            rkey: rkey.clone(),
            version_id,
            last_updated: now.to_string(),
            content_hash: item.content_hash.clone(),
            content: content_text,
            original: item.original.clone(),
            source: item.source.clone(),
        });

        // Only keys that were in the database before this batch carry index rows to replace;
        // a key first created earlier in this batch has its rows dropped here instead.
        if previous.is_some() && !current_at.contains_key(&rkey) {
            plan.reindex.push(rkey.clone());
        }
        if current_at.contains_key(&rkey) {
            // Rare: the same resource twice in one batch; the later version's rows win.
            plan.tokens.retain(|(k, ..)| *k != rkey);
            plan.dates.retain(|(k, ..)| *k != rkey);
        }
        let patient_id = item.index.patient_id.clone();
        plan.push_index(&rkey, item.index.clone());
        let row = CurrentRow {
            rkey: rkey.clone(),
            resource_type: item.resource_type.clone(),
            id: item.id.clone(),
            version_id,
            content_hash: item.content_hash.clone(),
            last_updated: now.to_string(),
            patient_id,
        };
        match current_at.get(&rkey) {
            Some(&at) => plan.current[at] = row,
            None => {
                current_at.insert(rkey.clone(), plan.current.len());
                plan.current.push(row);
            }
        }
        outcomes.push(if previous.is_some() {
            WriteOutcome::Updated { version_id, last_updated: now.to_string() }
        } else {
            WriteOutcome::Created { version_id, last_updated: now.to_string() }
        });
        existing.insert(rkey, (version_id, item.content_hash.clone(), now.to_string()));
    }
    Ok((plan, outcomes))
}

/// Serialises a resource with meta.versionId and meta.lastUpdated set (keeping any other
/// meta elements), without copying the resource: it is serialised straight from `content`.
fn content_with_meta(content: &Value, version_id: i64, now: &str) -> Result<String, serde_json::Error> {
    use serde::ser::{Serialize, SerializeMap, Serializer};
    struct WithMeta<'a> {
        content: &'a serde_json::Map<String, Value>,
        version_id: String,
        now: &'a str,
    }
    struct Meta<'a> {
        original: Option<&'a serde_json::Map<String, Value>>,
        version_id: &'a str,
        now: &'a str,
    }
    impl Serialize for Meta<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut map = serializer.serialize_map(None)?;
            for (k, v) in self.original.into_iter().flatten() {
                if k != "versionId" && k != "lastUpdated" {
                    map.serialize_entry(k, v)?;
                }
            }
            map.serialize_entry("versionId", self.version_id)?;
            map.serialize_entry("lastUpdated", self.now)?;
            map.end()
        }
    }
    impl Serialize for WithMeta<'_> {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut map = serializer.serialize_map(None)?;
            for (k, v) in self.content {
                if k != "meta" {
                    map.serialize_entry(k, v)?;
                }
            }
            let original = self.content.get("meta").and_then(Value::as_object);
            map.serialize_entry("meta", &Meta { original, version_id: &self.version_id, now: self.now })?;
            map.end()
        }
    }
    match content.as_object() {
        Some(object) => serde_json::to_string(&WithMeta { content: object, version_id: version_id.to_string(), now }),
        None => serde_json::to_string(content),
    }
}

/// Past this many index rows a condition is dense: on SQLite it is checked per candidate
/// resource (a correlated `EXISTS`) rather than built as a set first (`IN`). 20,000 by
/// default; `ONCOTWIN_SEARCH_DENSE_ROWS` sets it (the tests lower it to reach the plan on a
/// small database).
fn dense_rows() -> i64 {
    static ROWS: std::sync::LazyLock<i64> = std::sync::LazyLock::new(|| {
        std::env::var("ONCOTWIN_SEARCH_DENSE_ROWS")
            .ok()
            .and_then(|v| v.parse().ok())
            .filter(|n| *n > 0)
            .unwrap_or(20_000)
    });
    *ROWS
}

/// One index condition of a search: a token or string parameter (`search_token t`) or a
/// date parameter (`search_date d`), in the order [`index_conditions`] lists them.
enum IndexCondition<'a> {
    Token(&'a str, &'a [TokenMatch]),
    String(&'a str, &'a [String]),
    Date(&'a DateFilter),
}

/// The index conditions of a search (`_lastUpdated` is read from the resource row itself).
fn index_conditions(query: &SearchQuery) -> Vec<IndexCondition<'_>> {
    let tokens = query.tokens.iter().map(|(p, alts)| IndexCondition::Token(p, alts));
    let strings = query.strings.iter().map(|(p, prefixes)| IndexCondition::String(p, prefixes));
    let dates = query.dates.iter().filter(|f| f.param != "_lastUpdated").map(IndexCondition::Date);
    tokens.chain(strings).chain(dates).collect()
}

impl IndexCondition<'_> {
    /// The index table and its alias.
    fn table(&self) -> &'static str {
        match self {
            IndexCondition::Date(_) => "search_date d",
            _ => "search_token t",
        }
    }

    fn alias(&self) -> &'static str {
        match self {
            IndexCondition::Date(_) => "d",
            _ => "t",
        }
    }

    fn param(&self) -> &str {
        match self {
            IndexCondition::Token(p, _) | IndexCondition::String(p, _) => p,
            IndexCondition::Date(f) => &f.param,
        }
    }

    /// Appends the condition on the index row (`t.…` or `d.…`).
    fn push_body<'q>(&self, sql: &mut Sql<'q>)
    where
        Self: 'q,
    {
        match *self {
            IndexCondition::Token(_, alternatives) => {
                sql.push("(");
                for (i, alt) in alternatives.iter().enumerate() {
                    if i > 0 {
                        sql.push(" OR ");
                    }
                    sql.push("(1 = 1");
                    if let Some(code) = &alt.code {
                        sql.push(" AND t.code = ").bind_text(code.as_str());
                    }
                    match &alt.system {
                        SystemMatch::Any => {}
                        SystemMatch::Absent => {
                            sql.push(" AND t.system IS NULL");
                        }
                        SystemMatch::Is(system) => {
                            sql.push(" AND t.system = ").bind_text(system.as_str());
                        }
                    }
                    sql.push(")");
                }
                sql.push(")");
            }
            IndexCondition::String(_, prefixes) => {
                sql.push("(");
                for (i, prefix) in prefixes.iter().enumerate() {
                    if i > 0 {
                        sql.push(" OR ");
                    }
                    // `!` escapes: a backslash would depend on PostgreSQL's standard_conforming_strings.
                    let escaped = prefix.replace('!', "!!").replace('%', "!%").replace('_', "!_");
                    sql.push("t.code LIKE ").bind_text(format!("{escaped}%")).push(" ESCAPE '!'");
                }
                sql.push(")");
            }
            IndexCondition::Date(filter) => date_range(filter, "d.start_at", "d.end_at", sql),
        }
    }

    /// A query counting this condition's index rows, up to [`dense_rows`] + 1.
    fn density_probe<'q>(&self) -> Sql<'q>
    where
        Self: 'q,
    {
        let mut sql =
            Sql::new(&format!("SELECT COUNT(*) FROM (SELECT 1 FROM {} WHERE {}.param = ", self.table(), self.alias()));
        sql.bind_text(self.param().to_string()).push(" AND ");
        self.push_body(&mut sql);
        sql.push(" LIMIT ").bind(Arg::Int(dense_rows() + 1)).push(") x");
        sql
    }
}

/// The date comparison of a FHIR date prefix on a (start, end) pair of columns.
fn date_range<'a>(filter: &'a DateFilter, start_col: &str, end_col: &str, sql: &mut Sql<'a>) {
    let (s, e) = (filter.start.as_str(), filter.end.as_str());
    match filter.prefix {
        DatePrefix::Eq => {
            // The range lies within [s, e]; its start then lies there too (a range starts
            // before it ends), which bounds the (param, start_at) index scan on both sides —
            // without it `date=0000-01-01` read every date row from year 0 on.
            sql.push(&format!("({start_col} >= "))
                .bind_text(s)
                .push(&format!(" AND {start_col} <= "))
                .bind_text(e)
                .push(&format!(" AND {end_col} <= "))
                .bind_text(e)
                .push(")");
        }
        DatePrefix::Ne => {
            sql.push(&format!("({start_col} < "))
                .bind_text(s)
                .push(&format!(" OR {end_col} > "))
                .bind_text(e)
                .push(")");
        }
        DatePrefix::Lt => {
            sql.push(&format!("{start_col} < ")).bind_text(s);
        }
        DatePrefix::Gt => {
            sql.push(&format!("{end_col} > ")).bind_text(e);
        }
        DatePrefix::Le => {
            sql.push(&format!("{start_col} <= ")).bind_text(e);
        }
        DatePrefix::Ge => {
            sql.push(&format!("{end_col} >= ")).bind_text(s);
        }
        DatePrefix::Sa => {
            sql.push(&format!("{start_col} > ")).bind_text(e);
        }
        DatePrefix::Eb => {
            sql.push(&format!("{end_col} < ")).bind_text(s);
        }
        DatePrefix::Ap => {
            // The ranges that overlap [s, e]: those starting within it from the start of s's
            // UTC day (a row within one day that reaches s starts that day), and those spanning
            // days that end at or after s (the `search_date_spans` partial index): both bounded
            // scans, where `start <= e AND end >= s` read every row that starts before e.
            if start_col == "r.last_updated" || s.len() < 10 {
                sql.push(&format!("({start_col} <= "))
                    .bind_text(e)
                    .push(&format!(" AND {end_col} >= "))
                    .bind_text(s)
                    .push(")");
                return;
            }
            let day_start = format!("{}T00:00:00.000000Z", &s[..10]);
            let spans = format!("substr({start_col}, 1, 10) <> substr({end_col}, 1, 10)");
            sql.push(&format!("(({start_col} >= "))
                .bind_text(day_start)
                .push(&format!(" AND {start_col} <= "))
                .bind_text(e)
                .push(&format!(" AND {end_col} >= "))
                .bind_text(s)
                .push(&format!(") OR ({spans} AND {end_col} >= "))
                .bind_text(s)
                .push(&format!(" AND {start_col} <= "))
                .bind_text(e)
                .push("))");
        }
    }
}

/// Appends the WHERE conditions of a search. `correlated[i]` says how the i-th of
/// [`index_conditions`] is written.
fn search_conditions<'a>(query: &'a SearchQuery, sql: &mut Sql<'a>, correlated: &[bool]) {
    if !query.types.is_empty() {
        sql.push(" AND r.resource_type IN ").bind_list(query.types.iter().cloned());
    }
    if !query.ids.is_empty() {
        sql.push(" AND r.id IN ").bind_list(query.ids.iter().cloned());
    }
    if let Some(patient) = &query.patient {
        if query.include_patient {
            sql.push(" AND (r.patient_id = ")
                .bind_text(patient.as_str())
                .push(" OR r.rkey = ")
                .bind_text(format!("Patient/{patient}"))
                .push(")");
        } else {
            sql.push(" AND r.patient_id = ").bind_text(patient.as_str());
        }
    }
    if query.matches_nothing {
        sql.push(" AND 1 = 0");
    }
    // Index conditions: an uncorrelated `IN` subquery, computed once from the (param, …)
    // index, for a selective condition — a correlated `EXISTS` let SQLite's planner
    // range-scan every date row of the parameter for each candidate resource
    // (`date=0000-01-01` took 13 s on 13k resources). A correlated `EXISTS` per candidate by
    // the `rkey` indexes within one patient's compartment (hundreds of rows, found by the
    // `resource_patient` index: the `IN` form built the set of every patient's matching
    // rows first, 0.5–1.1 s over a million resources for `patient=…&date=ge2015`), and on
    // SQLite for a dense condition (`date=lt9999-12-31`: half of all Observations; the page
    // and the capped count stop at their first matches instead of building the whole set).
    for (i, condition) in index_conditions(query).into_iter().enumerate() {
        let (table, alias) = (condition.table(), condition.alias());
        if query.patient.is_some() || correlated.get(i).copied().unwrap_or(false) {
            sql.push(&format!(" AND EXISTS (SELECT 1 FROM {table} WHERE {alias}.rkey = r.rkey AND {alias}.param = "));
        } else {
            sql.push(&format!(" AND r.rkey IN (SELECT {alias}.rkey FROM {table} WHERE {alias}.param = "));
        }
        sql.bind_text(condition.param().to_string()).push(" AND ");
        condition.push_body(sql);
        sql.push(")");
    }
    for filter in query.dates.iter().filter(|f| f.param == "_lastUpdated") {
        sql.push(" AND ");
        date_range(filter, "r.last_updated", "r.last_updated", sql);
    }
}
