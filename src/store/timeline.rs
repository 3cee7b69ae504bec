//! The clinical-history twin's derived tables: timeline events and per-patient derived data.

use super::sql::{bound, Sql};
use super::{dispatch, Store, StoreError};
use sqlx::Row;
use std::collections::BTreeSet;

/// Rows per multi-row INSERT (7 parameters each).
const ROWS_PER_INSERT: usize = 400;

/// One stored timeline event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRow {
    pub patient_id: String,
    pub event_id: String,
    pub source_rkey: String,
    pub category: String,
    /// YYYY-MM-DD.
    pub start_date: String,
    /// YYYY-MM-DD.
    pub end_date: String,
    /// The event as JSON.
    pub body: String,
}

/// Which events of a patient to read.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    /// Only these categories (empty: all).
    pub categories: Vec<String>,
    /// Events that end on or after this date (YYYY-MM-DD).
    pub from: Option<String>,
    /// Events that start on or before this date (YYYY-MM-DD).
    pub to: Option<String>,
}

const INSERT_EVENTS: &str =
    "INSERT INTO timeline_event (patient_id, event_id, source_rkey, category, start_date, end_date, body) VALUES ";

/// Multi-row INSERTs of `rows` after `insert` (`INSERT INTO table (7 columns) VALUES `).
pub(super) fn insert_statements<'a>(insert: &str, rows: &'a [EventRow]) -> Vec<Sql<'a>> {
    rows.chunks(ROWS_PER_INSERT)
        .map(|chunk| {
            let mut sql = Sql::new(insert);
            for (i, r) in chunk.iter().enumerate() {
                sql.push(if i > 0 { ", (" } else { "(" });
                for (j, v) in
                    [&r.patient_id, &r.event_id, &r.source_rkey, &r.category, &r.start_date, &r.end_date, &r.body]
                        .into_iter()
                        .enumerate()
                {
                    if j > 0 {
                        sql.push(", ");
                    }
                    sql.bind_text(v.as_str());
                }
                sql.push(")");
            }
            sql
        })
        .collect()
}

impl Store {
    /// Replaces the events read from `sources` (resources just written) with `rows`, in one
    /// transaction; returns every patient whose events changed (old owners included).
    pub async fn replace_source_events(
        &self,
        sources: &[String],
        rows: Vec<EventRow>,
    ) -> Result<BTreeSet<String>, StoreError> {
        let mut affected: BTreeSet<String> = rows.iter().map(|r| r.patient_id.clone()).collect();
        dispatch!(self, pool => {
            let mut tx = self.begin_write(pool).await?;
            for chunk in sources.chunks(ROWS_PER_INSERT) {
                let mut sql = Sql::new("SELECT DISTINCT patient_id FROM timeline_event WHERE source_rkey IN ");
                sql.bind_list(chunk.iter().cloned());
                let found = bound!(sqlx::query_scalar::<_, String>(sql.text_for(self)), sql).fetch_all(&mut *tx).await?;
                if found.is_empty() {
                    continue;
                }
                affected.extend(found);
                let mut sql = Sql::new("DELETE FROM timeline_event WHERE source_rkey IN ");
                sql.bind_list(chunk.iter().cloned());
                bound!(sqlx::query(sql.text_for(self)), sql).execute(&mut *tx).await?;
            }
            for sql in insert_statements(INSERT_EVENTS, &rows) {
                bound!(sqlx::query(sql.text_for(self)), sql).execute(&mut *tx).await?;
            }
            tx.commit().await?;
        });
        Ok(affected)
    }

    /// Replaces all events of one patient, and its derived data, in one transaction.
    pub async fn replace_patient_timeline(
        &self,
        patient_id: &str,
        rows: Vec<EventRow>,
        computed_at: &str,
        derived: &str,
    ) -> Result<(), StoreError> {
        dispatch!(self, pool => {
            let mut tx = self.begin_write(pool).await?;
            let mut sql = Sql::new("DELETE FROM timeline_event WHERE patient_id = ");
            sql.bind_text(patient_id);
            bound!(sqlx::query(sql.text_for(self)), sql).execute(&mut *tx).await?;
            for sql in insert_statements(INSERT_EVENTS, &rows) {
                bound!(sqlx::query(sql.text_for(self)), sql).execute(&mut *tx).await?;
            }
            let sql = upsert_derived(patient_id, computed_at, derived);
            bound!(sqlx::query(sql.text_for(self)), sql).execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Appends events (rebuild: the table was cleared first).
    pub async fn insert_events(&self, rows: Vec<EventRow>) -> Result<(), StoreError> {
        if rows.is_empty() {
            return Ok(());
        }
        dispatch!(self, pool => {
            let mut tx = self.begin_write(pool).await?;
            for sql in insert_statements(INSERT_EVENTS, &rows) {
                bound!(sqlx::query(sql.text_for(self)), sql).execute(&mut *tx).await?;
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// The event bodies of a patient matching `filter`, in timeline order.
    pub async fn patient_events(&self, patient_id: &str, filter: &EventFilter) -> Result<Vec<String>, StoreError> {
        self.event_bodies("timeline_event", patient_id, filter).await
    }

    /// The bodies of `table` (`timeline_event` or `note_event`) for a patient and filter.
    pub(super) async fn event_bodies(
        &self,
        table: &str,
        patient_id: &str,
        filter: &EventFilter,
    ) -> Result<Vec<String>, StoreError> {
        let mut sql = Sql::new(&format!("SELECT body FROM {table} WHERE patient_id = "));
        sql.bind_text(patient_id);
        if !filter.categories.is_empty() {
            sql.push(" AND category IN ").bind_list(filter.categories.iter().cloned());
        }
        if let Some(from) = &filter.from {
            sql.push(" AND end_date >= ").bind_text(from.as_str());
        }
        if let Some(to) = &filter.to {
            sql.push(" AND start_date <= ").bind_text(to.as_str());
        }
        sql.push(" ORDER BY start_date, category, event_id");
        dispatch!(self, pool => {
            Ok(bound!(sqlx::query_scalar::<_, String>(sql.text_for(self)), sql).fetch_all(pool).await?)
        })
    }

    /// Stores a patient's derived data (regimens, lines, courses).
    pub async fn put_timeline_derived(
        &self,
        patient_id: &str,
        computed_at: &str,
        derived: &str,
    ) -> Result<(), StoreError> {
        let sql = upsert_derived(patient_id, computed_at, derived);
        dispatch!(self, pool => {
            bound!(sqlx::query(sql.text_for(self)), sql).execute(pool).await?;
        });
        Ok(())
    }

    /// A patient's derived data and when it was computed.
    pub async fn timeline_derived(&self, patient_id: &str) -> Result<Option<(String, String)>, StoreError> {
        let mut sql = Sql::new("SELECT computed_at, derived FROM timeline_patient WHERE patient_id = ");
        sql.bind_text(patient_id);
        dispatch!(self, pool => {
            let row = bound!(sqlx::query(sql.text_for(self)), sql).fetch_optional(pool).await?;
            match row {
                Some(r) => Ok(Some((r.try_get("computed_at")?, r.try_get("derived")?))),
                None => Ok(None),
            }
        })
    }

    /// Drops every timeline (before a full rebuild).
    pub async fn clear_timelines(&self) -> Result<(), StoreError> {
        dispatch!(self, pool => {
            let mut tx = self.begin_write(pool).await?;
            sqlx::query("DELETE FROM timeline_event").execute(&mut *tx).await?;
            sqlx::query("DELETE FROM timeline_patient").execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// Patients that have timeline events, in id order.
    pub async fn timeline_patient_ids(&self) -> Result<Vec<String>, StoreError> {
        dispatch!(self, pool => {
            Ok(sqlx::query_scalar::<_, String>("SELECT DISTINCT patient_id FROM timeline_event ORDER BY patient_id")
                .fetch_all(pool).await?)
        })
    }

    /// The current content of the resources of the given types in a patient's compartment
    /// (the Patient itself included when `Patient` is one of the types).
    pub async fn patient_resources(
        &self,
        patient_id: &str,
        types: &[&str],
    ) -> Result<Vec<(String, String)>, StoreError> {
        let mut sql = Sql::new(
            "SELECT r.rkey, v.content FROM resource r JOIN resource_version v ON v.rkey = r.rkey AND v.version_id = r.version_id \
             WHERE (r.patient_id = ",
        );
        sql.bind_text(patient_id).push(" OR r.rkey = ").bind_text(format!("Patient/{patient_id}"));
        sql.push(") AND r.resource_type IN ").bind_list(types.iter().map(|t| t.to_string()));
        sql.push(" ORDER BY r.rkey");
        dispatch!(self, pool => {
            let rows = bound!(sqlx::query(sql.text_for(self)), sql).fetch_all(pool).await?;
            rows.into_iter().map(|r| Ok((r.try_get("rkey")?, r.try_get("content")?)))
                .collect::<Result<Vec<_>, sqlx::Error>>().map_err(StoreError::from)
        })
    }

    /// Whether a Patient resource with this id is stored.
    pub async fn patient_exists(&self, patient_id: &str) -> Result<bool, StoreError> {
        let mut sql = Sql::new("SELECT COUNT(*) FROM resource WHERE rkey = ");
        sql.bind_text(format!("Patient/{patient_id}"));
        dispatch!(self, pool => {
            let n: i64 = bound!(sqlx::query_scalar::<_, i64>(sql.text_for(self)), sql).fetch_one(pool).await?;
            Ok(n > 0)
        })
    }
}

pub(super) fn upsert_derived<'a>(patient_id: &'a str, computed_at: &'a str, derived: &'a str) -> Sql<'a> {
    let mut sql = Sql::new("INSERT INTO timeline_patient (patient_id, computed_at, derived) VALUES (");
    sql.bind_text(patient_id).push(", ").bind_text(computed_at).push(", ").bind_text(derived).push(
        ") ON CONFLICT (patient_id) DO UPDATE SET computed_at = excluded.computed_at, derived = excluded.derived",
    );
    sql
}
