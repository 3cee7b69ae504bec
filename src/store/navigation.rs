//! The care-navigation twin's derived tables: per-patient work items (gaps and due steps)
//! for the navigators' worklist, and which timeline each was computed from.

use super::sql::{bound, Arg, Sql};
use super::{dispatch, Store, StoreError};
use sqlx::Row;

/// Rows per multi-row INSERT (9 parameters each).
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
    /// Names the gap across recomputations (see `navigation_addressed`).
    pub gap_key: String,
}

/// A navigator's record that a gap was addressed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddressedRow {
    pub patient_id: String,
    pub gap_key: String,
    pub pathway: String,
    pub kind: String,
    pub summary: String,
    pub note: String,
    pub addressed_by: String,
    /// RFC 3339 UTC.
    pub addressed_at: String,
}

/// One worklist row: the stored item and, when it was marked, who addressed it.
#[derive(Debug, Clone)]
pub struct WorklistRow {
    pub item: NavigationItemRow,
    pub addressed: Option<AddressedRow>,
}

/// Which items a worklist lists by their mark.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum AddressedFilter {
    /// Not marked addressed (the navigators' open work).
    #[default]
    Open,
    /// Marked addressed.
    Addressed,
    /// Both.
    All,
}

/// How a worklist page is ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum WorklistOrder {
    /// Earliest due first.
    #[default]
    Due,
    /// By patient, then due date.
    Patient,
}

/// The navigation of one patient, ready to store.
#[derive(Debug, Clone)]
pub struct NavigationSummary {
    pub patient_id: String,
    pub timeline_computed_at: String,
    pub as_of: String,
    pub computed_at: String,
    pub items: Vec<NavigationItemRow>,
    /// The patient's care team: (member reference or display, readable name).
    pub team: Vec<(String, String)>,
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
    /// Open (default), addressed, or both.
    pub addressed: AddressedFilter,
    pub order: WorklistOrder,
    /// Only patients whose care team has this member (`Practitioner/abc`).
    pub team: Option<String>,
}

/// The items joined with their marks (`i`, `a`).
const ITEMS_WITH_MARKS: &str = " FROM navigation_item i LEFT JOIN navigation_addressed a \
     ON a.patient_id = i.patient_id AND a.gap_key = i.gap_key";

/// The WHERE clause of a worklist filter; `by_kind_and_cancer` false leaves the kind and
/// cancer filters out (the counts per kind and cancer are of everything else's selection).
fn filter_sql<'a>(sql: &mut Sql<'a>, f: &'a WorklistFilter, by_kind_and_cancer: bool) {
    sql.push(" WHERE ");
    match f.kind.as_deref().filter(|_| by_kind_and_cancer) {
        Some("overdue_step") => sql
            .push("(i.kind = 'overdue_step' OR (i.kind = 'upcoming_step' AND i.due < ")
            .bind_text(f.today.as_str())
            .push("))"),
        Some("upcoming_step") => sql.push("i.kind = 'upcoming_step' AND i.due >= ").bind_text(f.today.as_str()),
        Some(kind) => sql.push("i.kind = ").bind_text(kind),
        None => sql.push("(i.kind <> 'upcoming_step' OR i.due < ").bind_text(f.today.as_str()).push(")"),
    };
    if let Some(p) = f.pathway.as_ref().filter(|_| by_kind_and_cancer) {
        sql.push(" AND i.pathway = ").bind_text(p.as_str());
    }
    if let Some(d) = &f.due_before {
        sql.push(" AND i.due < ").bind_text(d.as_str());
    }
    if let Some(p) = &f.patient {
        sql.push(" AND i.patient_id = ").bind_text(p.as_str());
    }
    if let Some(t) = &f.team {
        sql.push(" AND i.patient_id IN (SELECT patient_id FROM navigation_team WHERE member = ").bind_text(t.as_str());
        sql.push(")");
    }
    match f.addressed {
        AddressedFilter::Open => sql.push(" AND a.patient_id IS NULL"),
        AddressedFilter::Addressed => sql.push(" AND a.patient_id IS NOT NULL"),
        AddressedFilter::All => sql,
    };
}

/// A stored work item from a row of either backend (its columns by name).
macro_rules! item_row {
    ($r:expr) => {
        NavigationItemRow {
            patient_id: $r.try_get("patient_id")?,
            item_no: $r.try_get("item_no")?,
            pathway: $r.try_get("pathway")?,
            kind: $r.try_get("kind")?,
            due: $r.try_get("due")?,
            severity: $r.try_get("severity")?,
            summary: $r.try_get("summary")?,
            body: $r.try_get("body")?,
            gap_key: $r.try_get("gap_key")?,
        }
    };
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
                for table in ["navigation_item", "navigation_patient", "navigation_team"] {
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
            let team: Vec<(&str, &str, &str)> = summaries
                .iter()
                .flat_map(|s| s.team.iter().map(|(m, n)| (s.patient_id.as_str(), m.as_str(), n.as_str())))
                .collect();
            for chunk in team.chunks(ROWS_PER_INSERT / 3) {
                let mut sql = Sql::new("INSERT INTO navigation_team (patient_id, member, name) VALUES ");
                for (i, (patient, member, name)) in chunk.iter().enumerate() {
                    sql.push(if i > 0 { ", (" } else { "(" });
                    sql.bind_text(*patient).push(", ").bind_text(*member).push(", ").bind_text(*name).push(")");
                }
                bound!(sqlx::query(sql.text_for(self)), sql).execute(&mut *tx).await?;
            }
            for chunk in items.chunks(ROWS_PER_INSERT) {
                let mut sql = Sql::new(
                    "INSERT INTO navigation_item (patient_id, item_no, pathway, kind, due, severity, summary, body, gap_key) VALUES ",
                );
                for (i, r) in chunk.iter().enumerate() {
                    sql.push(if i > 0 { ", (" } else { "(" });
                    sql.bind_text(r.patient_id.as_str()).push(", ").bind(Arg::Int(r.item_no));
                    for v in [&r.pathway, &r.kind, &r.due, &r.severity, &r.summary, &r.body, &r.gap_key] {
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

    /// One page of work items (by due date, or by patient), and how many match in all.
    pub async fn worklist(&self, filter: &WorklistFilter) -> Result<(i64, Vec<WorklistRow>), StoreError> {
        let mut count = Sql::new(&format!("SELECT COUNT(*){ITEMS_WITH_MARKS}"));
        filter_sql(&mut count, filter, true);
        let mut page = Sql::new(&format!(
            "SELECT i.patient_id, i.item_no, i.pathway, i.kind, i.due, i.severity, i.summary, i.body, i.gap_key, \
             a.note, a.addressed_by, a.addressed_at, a.summary AS addressed_summary{ITEMS_WITH_MARKS}"
        ));
        filter_sql(&mut page, filter, true);
        page.push(match filter.order {
            WorklistOrder::Due => " ORDER BY i.due, i.patient_id, i.item_no LIMIT ",
            WorklistOrder::Patient => " ORDER BY i.patient_id, i.due, i.item_no LIMIT ",
        });
        page.bind(Arg::Int(filter.limit)).push(" OFFSET ").bind(Arg::Int(filter.offset));
        dispatch!(self, pool => {
            let total: i64 = bound!(sqlx::query_scalar::<_, i64>(count.text_for(self)), count).fetch_one(pool).await?;
            let rows = bound!(sqlx::query(page.text_for(self)), page).fetch_all(pool).await?;
            let items = rows
                .into_iter()
                .map(|r| {
                    let item = item_row!(r);
                    let addressed = match r.try_get::<Option<String>, _>("addressed_at")? {
                        Some(addressed_at) => Some(AddressedRow {
                            patient_id: item.patient_id.clone(),
                            gap_key: item.gap_key.clone(),
                            pathway: item.pathway.clone(),
                            kind: item.kind.clone(),
                            summary: r.try_get("addressed_summary")?,
                            note: r.try_get("note")?,
                            addressed_by: r.try_get("addressed_by")?,
                            addressed_at,
                        }),
                        None => None,
                    };
                    Ok(WorklistRow { item, addressed })
                })
                .collect::<Result<Vec<_>, sqlx::Error>>()?;
            Ok((total, items))
        })
    }

    /// How many items of the filter's selection there are per cancer and per kind (as of
    /// today), leaving the filter's own cancer and kind out: the counts beside each choice.
    pub async fn worklist_counts(&self, filter: &WorklistFilter) -> Result<Vec<(String, String, i64)>, StoreError> {
        // The kind an item has today: a step due later is overdue once its date has passed.
        let mut counts = Sql::new("SELECT i.pathway, CASE WHEN i.kind = 'upcoming_step' AND i.due < ");
        counts.bind_text(filter.today.as_str());
        counts.push(" THEN 'overdue_step' ELSE i.kind END AS kind_today, COUNT(*) AS n").push(ITEMS_WITH_MARKS);
        filter_sql(&mut counts, filter, false);
        counts.push(" GROUP BY i.pathway, kind_today ORDER BY i.pathway, kind_today");
        dispatch!(self, pool => {
            let rows = bound!(sqlx::query(counts.text_for(self)), counts).fetch_all(pool).await?;
            Ok(rows
                .into_iter()
                .map(|r| Ok((r.try_get("pathway")?, r.try_get("kind_today")?, r.try_get("n")?)))
                .collect::<Result<Vec<_>, sqlx::Error>>()?)
        })
    }

    /// The care-team members of the filter's selection (its own team choice aside), with
    /// how many of its items each member's patients have: (member, name, items).
    pub async fn worklist_teams(&self, filter: &WorklistFilter) -> Result<Vec<(String, String, i64)>, StoreError> {
        let others = WorklistFilter { team: None, ..filter.clone() };
        let mut sql = Sql::new(&format!(
            "SELECT t.member, MIN(t.name) AS name, COUNT(*) AS n{ITEMS_WITH_MARKS} JOIN navigation_team t ON t.patient_id = i.patient_id"
        ));
        filter_sql(&mut sql, &others, true);
        sql.push(" GROUP BY t.member ORDER BY name, t.member");
        dispatch!(self, pool => {
            let rows = bound!(sqlx::query(sql.text_for(self)), sql).fetch_all(pool).await?;
            Ok(rows
                .into_iter()
                .map(|r| Ok((r.try_get("member")?, r.try_get("name")?, r.try_get("n")?)))
                .collect::<Result<Vec<_>, sqlx::Error>>()?)
        })
    }

    /// The current CareTeam and Patient resources of these patients: (patient id, content).
    pub async fn care_team_sources(&self, patients: &[String]) -> Result<Vec<(String, String)>, StoreError> {
        let mut out = Vec::new();
        for chunk in patients.chunks(ROWS_PER_INSERT) {
            let mut sql = Sql::new(
                "SELECT r.patient_id, v.content FROM resource r JOIN resource_version v ON v.rkey = r.rkey \
                 AND v.version_id = r.version_id WHERE r.resource_type IN ('CareTeam', 'Patient') AND r.patient_id IN ",
            );
            sql.bind_list(chunk.iter().map(String::as_str));
            dispatch!(self, pool => {
                let rows = bound!(sqlx::query(sql.text_for(self)), sql).fetch_all(pool).await?;
                for r in rows {
                    out.push((r.try_get("patient_id")?, r.try_get("content")?));
                }
            });
        }
        Ok(out)
    }

    /// The stored work item of `patient_id` named `gap_key`, if the current navigation has it.
    pub async fn work_item(&self, patient_id: &str, gap_key: &str) -> Result<Option<NavigationItemRow>, StoreError> {
        let mut sql = Sql::new(
            "SELECT patient_id, item_no, pathway, kind, due, severity, summary, body, gap_key FROM navigation_item \
             WHERE patient_id = ",
        );
        sql.bind_text(patient_id).push(" AND gap_key = ").bind_text(gap_key).push(" ORDER BY item_no LIMIT 1");
        dispatch!(self, pool => {
            let row = bound!(sqlx::query(sql.text_for(self)), sql).fetch_optional(pool).await?;
            Ok(match row {
                Some(r) => Some(item_row!(r)),
                None => None,
            })
        })
    }

    /// Records that a gap was addressed; `false` when it already was (the first mark stays).
    pub async fn mark_addressed(&self, row: &AddressedRow) -> Result<bool, StoreError> {
        let mut sql = Sql::new(
            "INSERT INTO navigation_addressed (patient_id, gap_key, pathway, kind, summary, note, addressed_by, addressed_at) VALUES (",
        );
        for (i, v) in [
            &row.patient_id,
            &row.gap_key,
            &row.pathway,
            &row.kind,
            &row.summary,
            &row.note,
            &row.addressed_by,
            &row.addressed_at,
        ]
        .into_iter()
        .enumerate()
        {
            sql.push(if i > 0 { ", " } else { "" }).bind_text(v.as_str());
        }
        sql.push(") ON CONFLICT (patient_id, gap_key) DO NOTHING");
        dispatch!(self, pool => {
            let mut tx = self.begin_write(pool).await?;
            let done = bound!(sqlx::query(sql.text_for(self)), sql).execute(&mut *tx).await?.rows_affected();
            tx.commit().await?;
            Ok(done == 1)
        })
    }

    /// Takes a gap's mark back (it was marked by mistake); `false` when it had none.
    pub async fn reopen_gap(&self, patient_id: &str, gap_key: &str) -> Result<bool, StoreError> {
        let mut sql = Sql::new("DELETE FROM navigation_addressed WHERE patient_id = ");
        sql.bind_text(patient_id).push(" AND gap_key = ").bind_text(gap_key);
        dispatch!(self, pool => {
            let mut tx = self.begin_write(pool).await?;
            let done = bound!(sqlx::query(sql.text_for(self)), sql).execute(&mut *tx).await?.rows_affected();
            tx.commit().await?;
            Ok(done == 1)
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
