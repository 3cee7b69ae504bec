//! The sync state of EHR pulls: per EHR and target, when the last successful pull started.

use super::sql::{bound, Arg, Sql};
use super::{dispatch, Store, StoreError};
use serde::Serialize;
use sqlx::Row;

/// The state of one EHR target after its last successful pull.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SyncState {
    /// The EHR's FHIR base URL.
    pub ehr_base: String,
    /// `Patient/<id>`, `Group/<id>` or `Patient` (every patient).
    pub target: String,
    /// The EHR's time when the last successful pull started: the next pull asks from here.
    pub since: String,
    pub finished_at: String,
    /// `everything`, `search` or `bulk`.
    pub mode: String,
    pub received: i64,
    pub created: i64,
    pub updated: i64,
    pub unchanged: i64,
    pub quarantined: i64,
}

const COLUMNS: &str = "ehr_base, target, since, finished_at, mode, received, created, updated, unchanged, quarantined";

impl Store {
    /// The state of `target` on `ehr_base`, if it was ever pulled successfully.
    pub async fn sync_state(&self, ehr_base: &str, target: &str) -> Result<Option<SyncState>, StoreError> {
        let mut sql = Sql::new(&format!("SELECT {COLUMNS} FROM ehr_sync WHERE ehr_base = "));
        sql.bind_text(ehr_base).push(" AND target = ").bind_text(target);
        dispatch!(self, pool => {
            let row = bound!(sqlx::query(sql.text_for(self)), sql).fetch_optional(pool).await?;
            row.map(|r| Ok(SyncState {
                ehr_base: r.try_get("ehr_base")?,
                target: r.try_get("target")?,
                since: r.try_get("since")?,
                finished_at: r.try_get("finished_at")?,
                mode: r.try_get("mode")?,
                received: r.try_get("received")?,
                created: r.try_get("created")?,
                updated: r.try_get("updated")?,
                unchanged: r.try_get("unchanged")?,
                quarantined: r.try_get("quarantined")?,
            })).transpose().map_err(|e: sqlx::Error| StoreError::from(e))
        })
    }

    /// Every remembered target, by EHR and target.
    pub async fn sync_states(&self) -> Result<Vec<SyncState>, StoreError> {
        let sql = Sql::new(&format!("SELECT {COLUMNS} FROM ehr_sync ORDER BY ehr_base, target"));
        dispatch!(self, pool => {
            let rows = bound!(sqlx::query(sql.text_for(self)), sql).fetch_all(pool).await?;
            rows.into_iter().map(|r| Ok(SyncState {
                ehr_base: r.try_get("ehr_base")?,
                target: r.try_get("target")?,
                since: r.try_get("since")?,
                finished_at: r.try_get("finished_at")?,
                mode: r.try_get("mode")?,
                received: r.try_get("received")?,
                created: r.try_get("created")?,
                updated: r.try_get("updated")?,
                unchanged: r.try_get("unchanged")?,
                quarantined: r.try_get("quarantined")?,
            })).collect::<Result<Vec<_>, sqlx::Error>>().map_err(StoreError::from)
        })
    }

    /// Records a successful pull (replacing the target's previous state).
    pub async fn record_sync(&self, state: &SyncState) -> Result<(), StoreError> {
        let mut sql = Sql::new(&format!("INSERT INTO ehr_sync ({COLUMNS}) VALUES ("));
        for (i, text) in
            [&state.ehr_base, &state.target, &state.since, &state.finished_at, &state.mode].into_iter().enumerate()
        {
            if i > 0 {
                sql.push(", ");
            }
            sql.bind_text(text.as_str());
        }
        for n in [state.received, state.created, state.updated, state.unchanged, state.quarantined] {
            sql.push(", ").bind(Arg::Int(n));
        }
        sql.push(
            ") ON CONFLICT (ehr_base, target) DO UPDATE SET since = excluded.since, finished_at = excluded.finished_at, \
             mode = excluded.mode, received = excluded.received, created = excluded.created, \
             updated = excluded.updated, unchanged = excluded.unchanged, quarantined = excluded.quarantined",
        );
        dispatch!(self, pool => {
            bound!(sqlx::query(sql.text_for(self)), sql).execute(pool).await?;
        });
        Ok(())
    }
}
