//! The care-navigation twin: where each patient is on the pathway of each of their cancers,
//! what is next, and what is overdue.
//!
//! # Layout
//!
//! - [`core`]: [`navigate`], a pure function of (events, as-of date, pathways) → [`Navigation`]:
//!   position (nodes, route taken, deviations), next steps (criteria met / missing, due
//!   dates from node timing) and care gaps (overdue steps, missing workup, stale facts).
//! - [`cancers`]: which cancers a patient has and which events belong to each.
//! - [`fhir`]: `PlanDefinition/$apply` → CarePlan with a RequestGroup of the next actions.
//! - [`cds`]: the CDS Hooks `patient-view` service description, cards, and events from a prefetch.
//! - [`page`], [`text`]: the pathway section of the patient page, and the CLI text.
//! - [`synthetic`]: synthetic patients for the worklist benchmark.
//!
//! # The worklist
//!
//! Each patient's work items (gaps, and steps due later) are stored (`navigation_item`) with
//! the timeline version they were computed from. A worklist request first recomputes the
//! patients whose timeline changed since (ingest bumps `timeline_patient.computed_at`), then
//! reads one page with one indexed query; a background task recomputes everyone once a day,
//! since the as-of date moves gaps along.

pub mod cancers;
pub mod cds;
pub mod core;
pub mod fhir;
pub mod page;
pub mod synthetic;
pub mod team;
pub mod text;

pub use self::core::{navigate, CancerNavigation, Gap, GapKind, Navigation, NextStepView, Severity};

use crate::store::{
    AddressedRow, EventFilter, NavigationItemRow, NavigationSummary, Store, StoreError, WorklistFilter,
};
use crate::twin::history::{self, HistoryError};
use chrono::{NaiveDate, SecondsFormat, Utc};
use oncotwin_pathway::{PathwaySet, Truth};
use serde::Serialize;
use serde_json::json;

/// Patients recomputed per stored batch.
const REFRESH_BATCH: usize = 200;

/// A patient's navigation as of `as_of`, from the stored timeline.
pub async fn navigation(
    store: &Store,
    set: &PathwaySet,
    patient_id: &str,
    as_of: NaiveDate,
) -> Result<Navigation, HistoryError> {
    let events = history::load_events(store, patient_id, &EventFilter::default()).await?;
    if events.is_empty() && !store.patient_exists(patient_id).await? {
        return Err(HistoryError::UnknownPatient(patient_id.to_string()));
    }
    Ok(navigate(patient_id, &events, as_of, set))
}

/// One row of the navigators' worklist.
#[derive(Debug, Clone, Serialize)]
pub struct WorkItem {
    /// Names this gap across recomputations (a navigator's mark refers to it).
    pub key: String,
    pub patient_id: String,
    pub pathway: String,
    /// `overdue_step`, `missing_workup`, `stale_fact`, or `upcoming_step`.
    pub kind: String,
    pub severity: Severity,
    pub due: NaiveDate,
    pub summary: String,
    /// Steps concerned (`{id, title, kind}`).
    pub nodes: serde_json::Value,
    /// Facts concerned.
    pub facts: Vec<String>,
    /// Where the patient is on the pathway (node titles).
    pub position: Vec<String>,
    pub evidence: Vec<String>,
}

/// The work items of a navigation: every gap, and each decision whose options are due later.
pub fn work_items(nav: &Navigation) -> Vec<WorkItem> {
    let mut out = Vec::new();
    for c in &nav.cancers {
        let position: Vec<String> = c.position.nodes.iter().map(|n| n.node.title.clone()).collect();
        for g in &c.gaps {
            out.push(WorkItem {
                key: gap_key(&c.pathway, g.kind.as_str(), g.nodes.iter().map(|n| n.id.as_str()), &g.facts, g.due),
                patient_id: nav.patient_id.clone(),
                pathway: c.pathway.clone(),
                kind: g.kind.as_str().to_string(),
                severity: g.severity,
                due: g.due,
                summary: g.summary.clone(),
                nodes: json!(g.nodes),
                facts: g.facts.clone(),
                position: position.clone(),
                evidence: g.evidence.clone(),
            });
        }
        for (via, steps) in core::due_groups(&c.next_steps) {
            let dues: Vec<NaiveDate> = steps.iter().filter_map(|s| s.due).collect();
            if steps.iter().any(|s| s.status != Truth::Met) || dues.len() != steps.len() {
                continue;
            }
            let due = dues.into_iter().max().unwrap_or(nav.as_of);
            if due < nav.as_of {
                continue; // already an overdue_step gap
            }
            let what = match (via, steps.len()) {
                (_, 1) => steps[0].node.title.clone(),
                (Some(v), n) => format!("{} ({n} options)", v.title),
                (None, n) => format!("{n} options"),
            };
            out.push(WorkItem {
                key: gap_key(&c.pathway, "upcoming_step", steps.iter().map(|s| s.node.id.as_str()), &[], due),
                patient_id: nav.patient_id.clone(),
                pathway: c.pathway.clone(),
                kind: "upcoming_step".into(),
                severity: Severity::Info,
                due,
                summary: core::clip(&format!("Due by {due}: {what}")),
                nodes: json!(steps.iter().map(|s| &s.node).collect::<Vec<_>>()),
                facts: Vec::new(),
                position: position.clone(),
                evidence: c.position.nodes.iter().flat_map(|n| n.evidence.iter().cloned()).collect(),
            });
        }
    }
    out
}

/// The key of a work item: what it is about (cancer, kind, steps, facts) and when it fell
/// due. Recomputing the same chart gives the same key, so a navigator's mark stays on its
/// gap; a gap that closes and opens again later has another due date, hence another key.
pub fn gap_key<'a>(
    pathway: &str,
    kind: &str,
    nodes: impl Iterator<Item = &'a str>,
    facts: &[String],
    due: NaiveDate,
) -> String {
    let mut nodes: Vec<&str> = nodes.collect();
    nodes.sort_unstable();
    let mut facts: Vec<&str> = facts.iter().map(String::as_str).collect();
    facts.sort_unstable();
    let text = format!("{pathway}|{kind}|{}|{}|{due}", nodes.join(","), facts.join(","));
    blake3::hash(text.as_bytes()).to_hex()[..16].to_string()
}

fn summary_of(nav: &Navigation, timeline_computed_at: String) -> NavigationSummary {
    let items = work_items(nav)
        .into_iter()
        .enumerate()
        .map(|(i, w)| NavigationItemRow {
            patient_id: w.patient_id.clone(),
            item_no: i as i64,
            pathway: w.pathway.clone(),
            kind: w.kind.clone(),
            due: w.due.to_string(),
            severity: serde_json::to_value(w.severity)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default(),
            summary: w.summary.clone(),
            body: serde_json::to_string(&w).unwrap_or_default(),
            gap_key: w.key.clone(),
        })
        .collect();
    NavigationSummary {
        patient_id: nav.patient_id.clone(),
        timeline_computed_at,
        as_of: nav.as_of.to_string(),
        computed_at: Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true),
        items,
        team: Vec::new(),
    }
}

/// Recomputes the stored navigation of the given patients as of `as_of`; returns how many.
pub async fn refresh_patients(
    store: &Store,
    set: &PathwaySet,
    patients: &[String],
    as_of: NaiveDate,
) -> Result<usize, StoreError> {
    let mut names = std::collections::HashMap::new();
    for batch in patients.chunks(REFRESH_BATCH) {
        let versions = store.timeline_versions(batch).await?;
        let mut teams = team::care_teams(store, batch, as_of, &mut names).await?;
        let mut summaries = Vec::with_capacity(versions.len());
        for (patient, version) in versions {
            let events = history::load_events(store, &patient, &EventFilter::default()).await?;
            let nav = navigate(&patient, &events, as_of, set);
            let mut summary = summary_of(&nav, version);
            summary.team = teams.remove(&patient).unwrap_or_default();
            summaries.push(summary);
        }
        store.replace_navigation(&summaries).await?;
    }
    Ok(patients.len())
}

/// One refresh at a time in this process (two would write the same rows).
static REFRESHING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// First daily refresh after start-up, then the interval between refreshes.
const DAILY_FIRST: std::time::Duration = std::time::Duration::from_secs(300);
const DAILY_EVERY: std::time::Duration = std::time::Duration::from_secs(3600);

/// Keeps the stored navigation current as the date moves on (due steps become overdue,
/// facts go stale): every hour, recomputes the patients last navigated before today.
pub fn spawn_daily_refresh(store: Store, set: std::sync::Arc<PathwaySet>) {
    tokio::spawn(async move {
        tokio::time::sleep(DAILY_FIRST).await;
        loop {
            let today = Utc::now().date_naive();
            match refresh_stale(&store, &set, today, true).await {
                Ok(0) => {}
                Ok(n) => tracing::info!(patients = n, "navigation recomputed for the new date"),
                Err(e) => tracing::warn!(error = %e, "navigation refresh failed; retrying in an hour"),
            }
            tokio::time::sleep(DAILY_EVERY).await;
        }
    });
}

/// Recomputes the patients whose timeline changed since their navigation was stored, and,
/// with `daily`, those computed before `as_of`. Returns how many were recomputed.
pub async fn refresh_stale(
    store: &Store,
    set: &PathwaySet,
    as_of: NaiveDate,
    daily: bool,
) -> Result<usize, StoreError> {
    let _one_at_a_time = REFRESHING.lock().await;
    let before = as_of.to_string();
    let stale = store.navigation_stale_patients(daily.then_some(before.as_str())).await?;
    refresh_patients(store, set, &stale, as_of).await
}

/// A page of the worklist.
#[derive(Debug, Clone, Serialize)]
pub struct WorklistPage {
    pub as_of: NaiveDate,
    pub total: i64,
    pub limit: i64,
    pub offset: i64,
    pub items: Vec<serde_json::Value>,
}

/// The worklist: patients whose timeline changed are recomputed first, then one page is read.
pub async fn worklist(store: &Store, set: &PathwaySet, filter: WorklistFilter) -> Result<WorklistPage, StoreError> {
    let today = NaiveDate::parse_from_str(&filter.today, "%Y-%m-%d").unwrap_or_else(|_| Utc::now().date_naive());
    match refresh_stale(store, set, today, false).await {
        // Another instance on the same database is writing the same patients: its rows serve.
        Err(StoreError::Conflict(what)) => tracing::warn!(conflict = %what, "navigation refreshed elsewhere"),
        other => {
            other?;
        }
    }
    let (total, rows) = store.worklist(&filter).await?;
    let items = rows
        .into_iter()
        .map(|row| {
            let r = &row.item;
            let mut v: serde_json::Value = serde_json::from_str(&r.body).unwrap_or_else(|_| json!({}));
            // A step due later becomes overdue once its date has passed.
            if r.kind == "upcoming_step" && r.due < filter.today {
                v["kind"] = json!("overdue_step");
            }
            let due = NaiveDate::parse_from_str(&r.due, "%Y-%m-%d").ok();
            v["days_overdue"] = json!(due.map(|d| (today - d).num_days()));
            v["key"] = json!(r.gap_key);
            v["addressed"] = match &row.addressed {
                Some(a) => json!({"by": a.addressed_by, "at": a.addressed_at, "note": a.note}),
                None => serde_json::Value::Null,
            };
            v
        })
        .collect();
    Ok(WorklistPage { as_of: today, total, limit: filter.limit, offset: filter.offset, items })
}

/// Items per cancer and per kind of the filter's selection, its own cancer and kind aside;
/// per care-team member, its own team choice aside.
#[derive(Debug, Clone, Default, Serialize)]
pub struct WorklistCounts {
    pub by_cancer: std::collections::BTreeMap<String, i64>,
    pub by_kind: std::collections::BTreeMap<String, i64>,
    pub by_team: Vec<TeamCount>,
}

/// A care-team member and how many items of the selection its patients have.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TeamCount {
    pub member: String,
    pub name: String,
    pub items: i64,
}

/// The counts beside each worklist filter choice: per cancer (within the chosen kind) and
/// per kind (within the chosen cancer), of the rest of the filter's selection.
pub async fn worklist_counts(store: &Store, filter: &WorklistFilter) -> Result<WorklistCounts, StoreError> {
    let mut counts = WorklistCounts::default();
    for (pathway, kind, n) in store.worklist_counts(filter).await? {
        let kind_matches = match filter.kind.as_deref() {
            None => kind != "upcoming_step",
            Some(k) => k == kind,
        };
        if kind_matches {
            *counts.by_cancer.entry(pathway.clone()).or_default() += n;
        }
        if filter.pathway.as_deref().is_none_or(|p| p == pathway) {
            *counts.by_kind.entry(kind).or_default() += n;
        }
    }
    counts.by_team = store
        .worklist_teams(filter)
        .await?
        .into_iter()
        .map(|(member, name, items)| TeamCount { member, name, items })
        .collect();
    Ok(counts)
}

/// Why a gap cannot be marked.
#[derive(Debug, thiserror::Error)]
pub enum MarkError {
    #[error("patient {0} has no open work item {1} (it may have been recomputed away)")]
    UnknownItem(String, String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Marks a patient's work item as addressed by `by` with `note`; returns the mark, and
/// whether it is new (an item marked before keeps its first mark).
pub async fn mark_addressed(
    store: &Store,
    patient_id: &str,
    key: &str,
    note: &str,
    by: &str,
) -> Result<(AddressedRow, bool), MarkError> {
    let item = store
        .work_item(patient_id, key)
        .await?
        .ok_or_else(|| MarkError::UnknownItem(patient_id.to_string(), key.to_string()))?;
    let mark = AddressedRow {
        patient_id: item.patient_id,
        gap_key: item.gap_key,
        pathway: item.pathway,
        kind: item.kind,
        summary: item.summary,
        note: note.to_string(),
        addressed_by: by.to_string(),
        addressed_at: Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true),
    };
    let new = store.mark_addressed(&mark).await?;
    Ok((mark, new))
}
