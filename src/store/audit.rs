//! The audit trail (FHIR AuditEvent shape).

use super::sql::{bound, Arg, Sql};
use super::{dispatch, Store, StoreError};
use serde::Serialize;
use sqlx::Row;

/// One audited access. Identifiers only: never content, names or note text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AuditRecord {
    pub audit_id: String,
    pub recorded: String,
    /// AuditEvent.action: C, R, U, D or E (execute: search, operation).
    pub action: String,
    pub method: String,
    pub route: String,
    pub resource_type: Option<String>,
    pub resource_id: Option<String>,
    pub patient_id: Option<String>,
    pub subject: String,
    pub client_id: Option<String>,
    pub issuer: Option<String>,
    pub outcome: i64,
    pub detail: Option<String>,
}

const COLUMNS: &str = "audit_id, recorded, action, method, route, resource_type, resource_id, patient_id, subject, client_id, issuer, outcome, detail";

impl Store {
    /// Writes a batch of audit records in one statement.
    pub async fn write_audit(&self, records: &[AuditRecord]) -> Result<(), StoreError> {
        for chunk in records.chunks(500) {
            let mut sql = Sql::new(&format!("INSERT INTO audit_event ({COLUMNS}) VALUES "));
            for (i, r) in chunk.iter().enumerate() {
                sql.push(if i > 0 { ", (" } else { "(" });
                for (j, arg) in [
                    Arg::Text(r.audit_id.as_str().into()),
                    Arg::Text(r.recorded.as_str().into()),
                    Arg::Text(r.action.as_str().into()),
                    Arg::Text(r.method.as_str().into()),
                    Arg::Text(r.route.as_str().into()),
                    Arg::OptText(r.resource_type.as_deref().map(Into::into)),
                    Arg::OptText(r.resource_id.as_deref().map(Into::into)),
                    Arg::OptText(r.patient_id.as_deref().map(Into::into)),
                    Arg::Text(r.subject.as_str().into()),
                    Arg::OptText(r.client_id.as_deref().map(Into::into)),
                    Arg::OptText(r.issuer.as_deref().map(Into::into)),
                    Arg::Int(r.outcome),
                    Arg::OptText(r.detail.as_deref().map(Into::into)),
                ]
                .into_iter()
                .enumerate()
                {
                    if j > 0 {
                        sql.push(", ");
                    }
                    sql.bind(arg);
                }
                sql.push(")");
            }
            dispatch!(self, pool => {
                bound!(sqlx::query(sql.text_for(self)), sql).execute(pool).await?;
            });
        }
        Ok(())
    }

    /// Audit records, newest first, optionally for one patient.
    pub async fn audit_records(
        &self,
        patient: Option<&str>,
        limit: i64,
        offset: i64,
    ) -> Result<Vec<AuditRecord>, StoreError> {
        let mut sql = Sql::new(&format!("SELECT {COLUMNS} FROM audit_event"));
        if let Some(patient) = patient {
            sql.push(" WHERE patient_id = ").bind_text(patient);
        }
        sql.push(" ORDER BY recorded DESC, audit_id LIMIT ")
            .bind(Arg::Int(limit))
            .push(" OFFSET ")
            .bind(Arg::Int(offset));
        dispatch!(self, pool => {
            let rows = bound!(sqlx::query(sql.text_for(self)), sql).fetch_all(pool).await?;
            rows.into_iter().map(|r| Ok(AuditRecord {
                audit_id: r.try_get("audit_id")?,
                recorded: r.try_get("recorded")?,
                action: r.try_get("action")?,
                method: r.try_get("method")?,
                route: r.try_get("route")?,
                resource_type: r.try_get("resource_type")?,
                resource_id: r.try_get("resource_id")?,
                patient_id: r.try_get("patient_id")?,
                subject: r.try_get("subject")?,
                client_id: r.try_get("client_id")?,
                issuer: r.try_get("issuer")?,
                outcome: r.try_get("outcome")?,
                detail: r.try_get("detail")?,
            })).collect::<Result<Vec<_>, sqlx::Error>>().map_err(StoreError::from)
        })
    }
}
