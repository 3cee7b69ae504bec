//! The medical-necessity twin's tables: decisions (for audit), CDS Hooks feedback, and the
//! Da Vinci PAS claims with the responses returned.

use super::sql::{bound, Arg, Sql};
use super::{dispatch, Store, StoreError};
use crate::twin::necessity::Decision;
use sqlx::Row;

/// One stored PAS claim and its response.
#[derive(Debug, Clone)]
pub struct PasRecord {
    pub id: String,
    pub identifier: String,
    pub patient_id: String,
    pub created_at: String,
    pub claim: String,
    pub response: String,
}

/// One piece of CDS Hooks feedback.
#[derive(Debug, Clone)]
pub struct FeedbackRecord<'a> {
    pub id: &'a str,
    pub service_id: &'a str,
    pub card_uuid: &'a str,
    pub outcome: &'a str,
    pub body: &'a str,
    pub received_at: &'a str,
}

fn insert<'a>(table: &str, values: Vec<Arg<'a>>, columns: &str) -> Sql<'a> {
    let mut sql = Sql::new(&format!("INSERT INTO {table} ({columns}) VALUES ("));
    for (i, v) in values.into_iter().enumerate() {
        if i > 0 {
            sql.push(", ");
        }
        sql.bind(v);
    }
    sql.push(")");
    sql
}

impl Store {
    async fn execute(&self, sql: Sql<'_>) -> Result<(), StoreError> {
        dispatch!(self, pool => {
            bound!(sqlx::query(sql.text_for(self)), sql).execute(pool).await?;
        });
        Ok(())
    }

    async fn fetch_text(&self, sql: Sql<'_>) -> Result<Option<String>, StoreError> {
        dispatch!(self, pool => {
            Ok(bound!(sqlx::query_scalar::<_, String>(sql.text_for(self)), sql).fetch_optional(pool).await?)
        })
    }

    /// Stores a decision; `origin` says which surface asked (api, cli, order-sign, …).
    pub async fn put_decision(&self, d: &Decision, origin: &str) -> Result<(), StoreError> {
        self.put_decisions(&[(d, origin)]).await
    }

    /// Stores decisions in one transaction.
    pub async fn put_decisions(&self, decisions: &[(&Decision, &str)]) -> Result<(), StoreError> {
        let mut rows = Vec::with_capacity(decisions.len());
        for (d, origin) in decisions {
            let body = serde_json::to_string(d).map_err(|e| StoreError::Other(e.into()))?;
            rows.push(insert(
                "necessity_decision",
                vec![
                    Arg::Text(d.id.as_str().into()),
                    Arg::Text(d.patient_id.as_str().into()),
                    Arg::Text(d.created_at.as_str().into()),
                    Arg::Text(d.as_of.to_string().into()),
                    Arg::Text(d.service.system.as_str().into()),
                    Arg::Text(d.service.code.as_str().into()),
                    Arg::Text(d.outcome.as_str().into()),
                    Arg::Text(d.inputs_hash.as_str().into()),
                    Arg::Text(d.pathway_version.as_str().into()),
                    Arg::Int(d.elapsed_us.min(i64::MAX as u64) as i64),
                    Arg::Text((*origin).into()),
                    Arg::Text(body.into()),
                    Arg::Int(i64::from(d.service.expedited)),
                ],
                "id, patient_id, created_at, as_of, service_system, service_code, outcome, inputs_hash, \
                 pathway_version, elapsed_us, origin, body, expedited",
            ));
        }
        dispatch!(self, pool => {
            let mut tx = self.begin_write(pool).await?;
            for sql in &rows {
                bound!(sqlx::query(sql.text_for(self)), sql).execute(&mut *tx).await?;
            }
            tx.commit().await?;
        });
        Ok(())
    }

    /// A stored decision by id.
    pub async fn decision(&self, id: &str) -> Result<Option<Decision>, StoreError> {
        let mut sql = Sql::new("SELECT body FROM necessity_decision WHERE id = ");
        sql.bind_text(id);
        match self.fetch_text(sql).await? {
            Some(body) => Ok(Some(serde_json::from_str(&body).map_err(|e| StoreError::Other(e.into()))?)),
            None => Ok(None),
        }
    }

    /// Stores CDS Hooks feedback.
    pub async fn put_feedback(&self, f: &FeedbackRecord<'_>) -> Result<(), StoreError> {
        let sql = insert(
            "cds_feedback",
            [f.id, f.service_id, f.card_uuid, f.outcome, f.body, f.received_at]
                .into_iter()
                .map(|v| Arg::Text(v.into()))
                .collect(),
            "id, service_id, card_uuid, outcome, body, received_at",
        );
        self.execute(sql).await
    }

    /// The feedback received for a card, oldest first: (outcome, body).
    pub async fn feedback_for_card(&self, card_uuid: &str) -> Result<Vec<(String, String)>, StoreError> {
        let mut sql = Sql::new("SELECT outcome, body FROM cds_feedback WHERE card_uuid = ");
        sql.bind_text(card_uuid).push(" ORDER BY received_at, id");
        dispatch!(self, pool => {
            let rows = bound!(sqlx::query(sql.text_for(self)), sql).fetch_all(pool).await?;
            rows.into_iter().map(|r| Ok((r.try_get("outcome")?, r.try_get("body")?)))
                .collect::<Result<Vec<_>, sqlx::Error>>().map_err(StoreError::from)
        })
    }

    /// Stores a PAS claim and its response (a later submission of the same claim replaces it).
    pub async fn put_pas_claim(&self, r: &PasRecord) -> Result<(), StoreError> {
        let mut del = Sql::new("DELETE FROM pas_claim WHERE identifier = ");
        del.bind_text(r.identifier.as_str());
        let ins = insert(
            "pas_claim",
            [&r.id, &r.identifier, &r.patient_id, &r.created_at, &r.claim, &r.response]
                .into_iter()
                .map(|v| Arg::Text(v.as_str().into()))
                .collect(),
            "id, identifier, patient_id, created_at, claim, response",
        );
        dispatch!(self, pool => {
            let mut tx = self.begin_write(pool).await?;
            bound!(sqlx::query(del.text_for(self)), del).execute(&mut *tx).await?;
            bound!(sqlx::query(ins.text_for(self)), ins).execute(&mut *tx).await?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// The latest PAS claim with this identifier.
    pub async fn pas_claim(&self, identifier: &str) -> Result<Option<PasRecord>, StoreError> {
        let mut sql = Sql::new(
            "SELECT id, identifier, patient_id, created_at, claim, response FROM pas_claim WHERE identifier = ",
        );
        sql.bind_text(identifier).push(" ORDER BY created_at DESC LIMIT 1");
        dispatch!(self, pool => {
            let row = bound!(sqlx::query(sql.text_for(self)), sql).fetch_optional(pool).await?;
            row.map(|r| -> Result<PasRecord, sqlx::Error> {
                Ok(PasRecord {
                    id: r.try_get("id")?,
                    identifier: r.try_get("identifier")?,
                    patient_id: r.try_get("patient_id")?,
                    created_at: r.try_get("created_at")?,
                    claim: r.try_get("claim")?,
                    response: r.try_get("response")?,
                })
            })
            .transpose()
            .map_err(StoreError::from)
        })
    }
}

/// One row of the prior-authorization desk's queue (a stored decision, without its body).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionRow {
    pub id: String,
    pub patient_id: String,
    /// RFC 3339 UTC: when the request was received and decided.
    pub created_at: String,
    pub service_system: String,
    pub service_code: String,
    pub outcome: String,
    pub origin: String,
    /// Urgent: due 72 hours after it was received.
    pub expedited: bool,
    /// The reviewer determination in force (the latest), if any.
    pub determination: Option<Determination>,
}

/// Which decisions the queue lists.
#[derive(Debug, Clone, Default)]
pub struct DecisionFilter {
    pub outcome: Option<String>,
    /// `api`, `cli`, `order-sign`, `order-select`, `pas`.
    pub origin: Option<String>,
    /// Only this patient (patient-scoped callers).
    pub patient: Option<String>,
    pub limit: i64,
    pub offset: i64,
}

fn decision_filter_sql<'a>(sql: &mut Sql<'a>, f: &'a DecisionFilter, by_outcome_and_origin: bool) {
    sql.push(" WHERE 1 = 1");
    if let Some(o) = f.outcome.as_deref().filter(|_| by_outcome_and_origin) {
        sql.push(" AND outcome = ").bind_text(o);
    }
    if let Some(o) = f.origin.as_deref().filter(|_| by_outcome_and_origin) {
        sql.push(" AND origin = ").bind_text(o);
    }
    if let Some(p) = f.patient.as_deref() {
        sql.push(" AND patient_id = ").bind_text(p);
    }
}

impl Store {
    /// A page of stored decisions, newest first, and how many match in all.
    pub async fn decision_queue(&self, filter: &DecisionFilter) -> Result<(i64, Vec<DecisionRow>), StoreError> {
        let mut count = Sql::new("SELECT COUNT(*) FROM necessity_decision");
        decision_filter_sql(&mut count, filter, true);
        let mut page = Sql::new(
            "SELECT id, patient_id, created_at, service_system, service_code, outcome, origin, expedited FROM necessity_decision",
        );
        decision_filter_sql(&mut page, filter, true);
        page.push(" ORDER BY created_at DESC, id LIMIT ").bind(Arg::Int(filter.limit));
        page.push(" OFFSET ").bind(Arg::Int(filter.offset));
        let (total, mut rows) = dispatch!(self, pool => {
            let total: i64 = bound!(sqlx::query_scalar::<_, i64>(count.text_for(self)), count).fetch_one(pool).await?;
            let rows = bound!(sqlx::query(page.text_for(self)), page).fetch_all(pool).await?;
            let rows = rows
                .into_iter()
                .map(|r| {
                    Ok(DecisionRow {
                        id: r.try_get("id")?,
                        patient_id: r.try_get("patient_id")?,
                        created_at: r.try_get("created_at")?,
                        service_system: r.try_get("service_system")?,
                        service_code: r.try_get("service_code")?,
                        outcome: r.try_get("outcome")?,
                        origin: r.try_get("origin")?,
                        expedited: r.try_get::<i64, _>("expedited")? != 0,
                        determination: None,
                    })
                })
                .collect::<Result<Vec<_>, sqlx::Error>>()?;
            Ok::<_, StoreError>((total, rows))
        })?;
        let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
        let mut latest = self.latest_determinations(&ids).await?;
        for row in &mut rows {
            row.determination = latest.remove(&row.id);
        }
        Ok((total, rows))
    }

    /// How many decisions of the filter's patient there are per (outcome, origin), its own
    /// outcome and origin choices aside: the counts beside each choice of the queue.
    pub async fn decision_counts(&self, filter: &DecisionFilter) -> Result<Vec<(String, String, i64)>, StoreError> {
        let mut sql = Sql::new("SELECT outcome, origin, COUNT(*) AS n FROM necessity_decision");
        decision_filter_sql(&mut sql, filter, false);
        sql.push(" GROUP BY outcome, origin");
        dispatch!(self, pool => {
            let rows = bound!(sqlx::query(sql.text_for(self)), sql).fetch_all(pool).await?;
            Ok(rows
                .into_iter()
                .map(|r| Ok((r.try_get("outcome")?, r.try_get("origin")?, r.try_get("n")?)))
                .collect::<Result<Vec<_>, sqlx::Error>>()?)
        })
    }
}

/// A reviewer's determination on a decision: a human act, kept beside the twin's
/// recommendation, never derived from it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Determination {
    pub id: String,
    pub decision_id: String,
    pub patient_id: String,
    pub service_system: String,
    pub service_code: String,
    /// The PAS Claim the decision answered (`system|value`), empty when none.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub claim_identifier: String,
    /// The Claim item (its sequence) the decision answered, 0 when none.
    #[serde(skip_serializing_if = "is_zero")]
    pub claim_item: i64,
    /// `approved`, `pended` (for documentation) or `denied`.
    pub determination: String,
    pub reason: String,
    /// Who signed it (the token's subject).
    pub reviewer: String,
    /// When (RFC 3339 UTC).
    pub recorded_at: String,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

const DETERMINATION_COLUMNS: &str = "id, decision_id, patient_id, service_system, service_code, claim_identifier, \
     claim_item, determination, reason, reviewer, recorded_at";

impl Store {
    /// Records a determination (every one is kept; the latest is in force).
    pub async fn put_determination(&self, d: &Determination) -> Result<(), StoreError> {
        let text = |v: &'_ String| Arg::Text(v.clone().into());
        let sql = insert(
            "necessity_determination",
            vec![
                text(&d.id),
                text(&d.decision_id),
                text(&d.patient_id),
                text(&d.service_system),
                text(&d.service_code),
                text(&d.claim_identifier),
                Arg::Int(d.claim_item),
                text(&d.determination),
                text(&d.reason),
                text(&d.reviewer),
                text(&d.recorded_at),
            ],
            DETERMINATION_COLUMNS,
        );
        self.execute(sql).await
    }

    async fn determinations_where(&self, sql: Sql<'_>) -> Result<Vec<Determination>, StoreError> {
        dispatch!(self, pool => {
            let rows = bound!(sqlx::query(sql.text_for(self)), sql).fetch_all(pool).await?;
            rows.iter()
                .map(|r| {
                    Ok(Determination {
                        id: r.try_get("id")?,
                        decision_id: r.try_get("decision_id")?,
                        patient_id: r.try_get("patient_id")?,
                        service_system: r.try_get("service_system")?,
                        service_code: r.try_get("service_code")?,
                        claim_identifier: r.try_get("claim_identifier")?,
                        claim_item: r.try_get("claim_item")?,
                        determination: r.try_get("determination")?,
                        reason: r.try_get("reason")?,
                        reviewer: r.try_get("reviewer")?,
                        recorded_at: r.try_get("recorded_at")?,
                    })
                })
                .collect::<Result<Vec<_>, sqlx::Error>>()
                .map_err(StoreError::from)
        })
    }

    /// A decision's determinations, oldest first.
    pub async fn determinations(&self, decision_id: &str) -> Result<Vec<Determination>, StoreError> {
        let mut sql =
            Sql::new(&format!("SELECT {DETERMINATION_COLUMNS} FROM necessity_determination WHERE decision_id = "));
        sql.bind_text(decision_id).push(" ORDER BY recorded_at, id");
        self.determinations_where(sql).await
    }

    /// The determinations on the decisions that answered a patient's PAS Claim, oldest first.
    pub async fn claim_determinations(
        &self,
        patient_id: &str,
        claim_identifier: &str,
    ) -> Result<Vec<Determination>, StoreError> {
        let mut sql =
            Sql::new(&format!("SELECT {DETERMINATION_COLUMNS} FROM necessity_determination WHERE claim_identifier = "));
        sql.bind_text(claim_identifier).push(" AND patient_id = ").bind_text(patient_id);
        sql.push(" ORDER BY recorded_at, id");
        self.determinations_where(sql).await
    }

    /// The determination in force (the latest) of each of these decisions.
    pub async fn latest_determinations(
        &self,
        decision_ids: &[&str],
    ) -> Result<std::collections::HashMap<String, Determination>, StoreError> {
        let mut out = std::collections::HashMap::new();
        if decision_ids.is_empty() {
            return Ok(out);
        }
        let mut sql =
            Sql::new(&format!("SELECT {DETERMINATION_COLUMNS} FROM necessity_determination WHERE decision_id IN "));
        sql.bind_list(decision_ids.iter().copied()).push(" ORDER BY recorded_at, id");
        for d in self.determinations_where(sql).await? {
            out.insert(d.decision_id.clone(), d);
        }
        Ok(out)
    }

    /// The identifier and the stored response of the patient's PAS Claim whose current
    /// response names this decision (each item's review action carries its decision's id, a
    /// reviewer's determination the decision it was recorded on), if any.
    pub async fn claim_of_decision(
        &self,
        patient_id: &str,
        decision_id: &str,
    ) -> Result<Option<(String, String)>, StoreError> {
        let mut sql = Sql::new("SELECT identifier, response FROM pas_claim WHERE patient_id = ");
        let needle = format!("%{decision_id}%");
        sql.bind_text(patient_id).push(" AND response LIKE ").bind(Arg::Text(needle.into()));
        sql.push(" ORDER BY created_at DESC LIMIT 1");
        dispatch!(self, pool => {
            let row = bound!(sqlx::query(sql.text_for(self)), sql).fetch_optional(pool).await?;
            Ok(match row {
                Some(r) => Some((r.try_get("identifier")?, r.try_get("response")?)),
                None => None,
            })
        })
    }
}
