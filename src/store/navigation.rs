//! The care-navigation twin's derived tables: per-patient work items (gaps and due steps)
//! for the navigators' worklist, and which timeline each was computed from.

use super::sql::{bound, Arg, Sql};
use super::{dispatch, Store, StoreError};
use sqlx::Row;

/// Rows per multi-row INSERT (8 parameters each).
const ROWS_PER_INSERT: usize = 400;

/// One stored work item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NavigationItemRow {
    pub patient_id: String,
    pub item_no: i64,
    pub pathway: String,
    /// `overdue_step`, `missing_workup`, `stale_fact` or `upcoming_step`.
    pub kind: String,
    /// YYYY-MM-DD.
    pub due: String,
    pub severity: String,
    pub summary: String,
    /// The item as JSON.
    pub body: String,
}

/// The navigation of one patient, ready to store.
#[derive(Debug, Clone)]
pub struct NavigationSummary {
    pub patient_id: String,
    pub timeline_computed_at: String,
    pub as_of: String,
    pub computed_at: String,
    pub items: Vec<NavigationItemRow>,
}

/// Which work items to list.
#[derive(Debug, Clone, Default)]
pub struct WorklistFilter {
    /// Pathway id.
    pub pathway: Option<String>,
    /// `overdue_step`, `missing_workup`, `stale_fact`, `upcoming_step`; none: every gap.
    pub kind: Option<String>,
    /// Only items due before this date (YYYY-MM-DD).
    pub due_before: Option<String>,
    /// Only this patient (patient-scoped callers).
    pub patient: Option<String>,
    /// Today (YYYY-MM-DD): an upcoming step whose due date has passed is overdue.
    pub today: String,
    pub limit: i64,
    pub offset: i64,
}

fn filter_sql<'a>(sql: &mut Sql<'a>, f: &'a WorklistFilter) {
    sql.push(" WHERE ");
    match f.kind.as_deref() {
        Some("overdue_step") => sql
            .push("(kind = 'overdue_step' OR (kind = 'upcoming_step' AND due < ")
            .bind_text(f.today.as_str())
            .push("))"),
        Some("upcoming_step") => sql.push("kind = 'upcoming_step' AND due >= ").bind_text(f.today.as_str()),
        Some(kind) => sql.push("kind = ").bind_text(kind),
        None => sql.push("(kind <> 'upcoming_step' OR due < ").bind_text(f.today.as_str()).push(")"),
    };
    if let Some(p) = &f.pathway {
        sql.push(" AND pathway = ").bind_text(p.as_str());
    }
    if let Some(d) = &f.due_before {
        sql.push(" AND due < ").bind_text(d.as_str());
    }
    if let Some(p) = &f.patient {
        sql.push(" AND patient_id = ").bind_text(p.as_str());
    }
}

impl Store {
    /// Patients whose timeline changed since their navigation was stored (or that have none),
    /// and, when `before` is given, those last navigated as of a date before it.
    pub async fn navigation_stale_patients(&self, before: Option<&str>) -> Result<Vec<String>, StoreError> {
        let mut sql = Sql::new(
            "SELECT t.patient_id FROM timeline_patient t LEFT JOIN navigation_patient n ON n.patient_id = t.patient_id \
             WHERE n.patient_id IS NULL OR n.timeline_computed_at <> t.computed_at",
        );
        if let Some(before) = before {
            sql.push(" OR n.as_of < ").bind_text(before);
        }
        sql.push(" ORDER BY t.patient_id");
        dispatch!(self, pool => {
            Ok(bound!(sqlx::query_scalar::<_, String>(sql.text_for(self)), sql).fetch_all(pool).await?)
        })
    }

    /// The timeline version (`timeline_patient.computed_at`) of each of `patients`.
    pub async fn timeline_versions(&self, patients: &[String]) -> Result<Vec<(String, String)>, StoreError> {
        let mut out = Vec::new();
        for chunk in patients.chunks(ROWS_PER_INSERT) {
            let mut sql = Sql::new("SELECT patient_id, computed_at FROM timeline_patient WHERE patient_id IN ");
            sql.bind_list(chunk.iter().map(String::as_str));
            dispatch!(self, pool => {
                let rows = bound!(sqlx::query(sql.text_for(self)), sql).fetch_all(pool).await?;
                for r in rows {
                    out.push((r.try_get("patient_id")?, r.try_get("computed_at")?));
                }
            });
        }
        Ok(out)
    }

    /// Replaces the stored navigation of each patient in `summaries`, in one transaction.
    pub async fn replace_navigation(&self, summaries: &[NavigationSummary]) -> Result<(), StoreError> {
        if summaries.is_empty() {
            return Ok(());
        }
        let ids: Vec<&str> = summaries.iter().map(|s| s.patient_id.as_str()).collect();
        let items: Vec<&NavigationItemRow> = summaries.iter().flat_map(|s| s.items.iter()).collect();
        dispatch!(self, pool => {
            let mut tx = self.begin_write(pool).await?;
            for chunk in ids.chunks(ROWS_PER_INSERT) {
                for table in ["navigation_item", "navigation_patient"] {
                    let mut sql = Sql::new(&format!("DELETE FROM {table} WHERE patient_id IN "));
                    sql.bind_list(chunk.iter().copied());
                    bound!(sqlx::query(sql.text_for(self)), sql).execute(&mut *tx).await?;
                }
            }
            for chunk in summaries.chunks(ROWS_PER_INSERT / 2) {
                let mut sql = Sql::new("INSERT INTO navigation_patient (patient_id, timeline_computed_at, as_of, computed_at) VALUES ");
                for (i, s) in chunk.iter().enumerate() {
                    sql.push(if i > 0 { ", (" } else { "(" });
                    sql.bind_text(s.patient_id.as_str()).push(", ").bind_text(s.timeline_computed_at.as_str()).push(", ");
                    sql.bind_text(s.as_of.as_str()).push(", ").bind_text(s.computed_at.as_str()).push(")");
                }
                bound!(sqlx::query(sql.text_for(self)), sql).execute(&mut *tx).await?;
            }
            for chunk in items.chunks(ROWS_PER_INSERT) {
                let mut sql = Sql::new(
                    "INSERT INTO navigation_item (patient_id, item_no, pathway, kind, due, severity, summary, body) VALUES ",
                );
                for (i, r) in chunk.iter().enumerate() {
                    sql.push(if i > 0 { ", (" } else { "(" });
                    sql.bind_text(r.patient_id.as_str()).push(", ").bind(Arg::Int(r.item_no));
                    for v in [&r.pathway, &r.kind, &r.due, &r.severity, &r.summary, &r.body] {
                        sql.push(", ").bind_text(v.as_str());
                    }
                    sql.push(")");
                }
                bound!(sqlx::query(sql.text_for(self)), sql).execute(&mut *tx).await?;
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// One page of work items, by due date, and how many match in all.
    pub async fn worklist(&self, filter: &WorklistFilter) -> Result<(i64, Vec<NavigationItemRow>), StoreError> {
        let mut count = Sql::new("SELECT COUNT(*) FROM navigation_item");
        filter_sql(&mut count, filter);
        let mut page =
            Sql::new("SELECT patient_id, item_no, pathway, kind, due, severity, summary, body FROM navigation_item");
        filter_sql(&mut page, filter);
        page.push(" ORDER BY due, patient_id, item_no LIMIT ").bind(Arg::Int(filter.limit));
        page.push(" OFFSET ").bind(Arg::Int(filter.offset));
        dispatch!(self, pool => {
            let total: i64 = bound!(sqlx::query_scalar::<_, i64>(count.text_for(self)), count).fetch_one(pool).await?;
            let rows = bound!(sqlx::query(page.text_for(self)), page).fetch_all(pool).await?;
            let items = rows
                .into_iter()
                .map(|r| {
                    Ok(NavigationItemRow {
                        patient_id: r.try_get("patient_id")?,
                        item_no: r.try_get("item_no")?,
                        pathway: r.try_get("pathway")?,
                        kind: r.try_get("kind")?,
                        due: r.try_get("due")?,
                        severity: r.try_get("severity")?,
                        summary: r.try_get("summary")?,
                        body: r.try_get("body")?,
                    })
                })
                .collect::<Result<Vec<_>, sqlx::Error>>()?;
            Ok((total, items))
        })
    }

    /// Stores derived timeline data of many patients in one transaction (bulk loads).
    pub async fn put_timeline_derived_many(&self, rows: &[(String, String, String)]) -> Result<(), StoreError> {
        dispatch!(self, pool => {
            let mut tx = self.begin_write(pool).await?;
            for (patient_id, computed_at, derived) in rows {
                let sql = super::timeline::upsert_derived(patient_id, computed_at, derived);
                bound!(sqlx::query(sql.text_for(self)), sql).execute(&mut *tx).await?;
            }
            tx.commit().await?;
        });
        Ok(())
    }
}
