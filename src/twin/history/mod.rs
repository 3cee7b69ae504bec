//! The clinical-history twin: a patient's oncology timeline built from stored FHIR data, and
//! the patient facts the other twins read.
//!
//! # Layout
//!
//! - [`valuesets`]: which codes mean what — the reviewed tables of `pathways/valuesets/`
//!   (cancers, staging, stage values, markers, answers, disease status, procedures, histology,
//!   laterality, clinical drugs, regimens, condition facts), loaded and validated.
//! - [`codes`]: code systems, the RxNorm antineoplastic ingredients, and the rules that read
//!   diagnoses, sites, markers and procedures from text; [`hgvs`]: HGVS expressions.
//! - [`event`]: [`TimelineEvent`] and its categories (the swim lanes).
//! - [`normalise`]: one FHIR resource → its events (pure; run by ingest and rebuild).
//! - [`therapy`]: cycles → regimens → lines of therapy; radiotherapy courses.
//! - [`facts`]: events → [`oncotwin_pathway::PatientFacts`] as known on a date, with evidence.
//! - [`document`]: the timeline as JSON (summary, lines, regimens, events).
//! - [`text`], [`fhir`], [`page`]: the readable text, FHIR Bundle and HTML views.
//!
//! # How it stays current
//!
//! Ingest normalises every written resource in parallel with the rest of its unit's CPU
//! work, replaces the events of exactly those resources, then recomputes the derived data
//! (regimens, lines, courses) once per affected patient — from that patient's stored events,
//! not from raw JSON. `oncotwin rebuild` recomputes everything from the raw store and yields
//! the same rows. Facts are computed on request from the stored events, so they are never
//! stale.

pub mod ajcc;
pub mod codes;
pub mod document;
pub mod event;
pub mod facts;
pub mod fhir;
pub mod hgvs;
pub mod normalise;
pub mod page;
pub mod text;
pub mod therapy;
pub mod valuesets;

pub use document::{TimelineDocument, TimelineQuery};
pub use event::{Category, EventValue, TimelineEvent};
pub use facts::{facts_as_of, facts_by_cancer, FactsReport};
pub use therapy::{Derived, LineOfTherapy, Regimen};

use crate::store::{EventFilter, EventRow, Store, StoreError};
use chrono::{NaiveDate, SecondsFormat, Utc};
use serde_json::Value;
use std::collections::BTreeSet;

/// The events of one written resource, ready for the store.
#[derive(Debug, Clone)]
pub struct ResourceEvents {
    /// `Type/id`.
    pub rkey: String,
    /// The patient compartment it belongs to (None: no events are kept).
    pub patient_id: Option<String>,
    pub events: Vec<TimelineEvent>,
    /// Whether an earlier version was stored (its events must be replaced); a new
    /// resource has none, which spares ingest a lookup.
    pub existed: bool,
}

/// Normalises one resource for ingest (cheap for types that never yield events).
pub fn resource_events(resource_type: &str, id: &str, patient_id: Option<&str>, content: &Value) -> ResourceEvents {
    let events = if normalise::may_have_events(resource_type) && patient_id.is_some() {
        normalise::normalise(resource_type, id, content)
    } else {
        Vec::new()
    };
    ResourceEvents {
        rkey: format!("{resource_type}/{id}"),
        patient_id: patient_id.map(str::to_string),
        events,
        existed: true,
    }
}

fn rows_of(patient_id: &str, source: &str, events: &[TimelineEvent]) -> Vec<EventRow> {
    events
        .iter()
        .map(|e| EventRow {
            patient_id: patient_id.to_string(),
            event_id: e.id.clone(),
            source_rkey: source.to_string(),
            category: e.category.as_str().to_string(),
            start_date: e.date.to_string(),
            end_date: e.last_day().to_string(),
            body: serde_json::to_string(e).unwrap_or_default(),
        })
        .collect()
}

fn now() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// Applies the events of resources just written by ingest: replaces their events, then
/// recomputes the derived data of each affected patient once. Returns the patients updated.
pub async fn apply_written(store: &Store, written: Vec<ResourceEvents>) -> Result<BTreeSet<String>, StoreError> {
    if written.is_empty() {
        return Ok(BTreeSet::new());
    }
    // A resource written twice in one unit: its later version wins.
    let mut written = written;
    let mut seen = BTreeSet::new();
    written.reverse();
    written.retain(|w| seen.insert(w.rkey.clone()));
    written.reverse();
    let sources: Vec<String> = written.iter().filter(|w| w.existed).map(|w| w.rkey.clone()).collect();
    let rows: Vec<EventRow> = written
        .iter()
        .filter_map(|w| w.patient_id.as_deref().map(|p| rows_of(p, &w.rkey, &w.events)))
        .flatten()
        .collect();
    let affected = store.replace_source_events(&sources, rows).await?;
    for patient in &affected {
        recompute_derived(store, patient).await?;
    }
    Ok(affected)
}

/// All stored events of a patient, in timeline order.
pub async fn load_events(
    store: &Store,
    patient_id: &str,
    filter: &EventFilter,
) -> Result<Vec<TimelineEvent>, StoreError> {
    let bodies = store.patient_events(patient_id, filter).await?;
    let structured: Vec<TimelineEvent> = bodies.iter().filter_map(|b| serde_json::from_str(b).ok()).collect();
    let notes = load_note_events(store, patient_id, filter).await?;
    if notes.is_empty() {
        return Ok(structured);
    }
    Ok(crate::notes::merge::merge(structured, notes))
}

/// The events read from a patient's notes (not yet merged).
async fn load_note_events(
    store: &Store,
    patient_id: &str,
    filter: &EventFilter,
) -> Result<Vec<TimelineEvent>, StoreError> {
    let bodies = store.patient_note_events(patient_id, filter).await?;
    Ok(bodies.iter().filter_map(|b| serde_json::from_str(b).ok()).collect())
}

/// Recomputes regimens, lines and courses from a patient's stored events.
pub async fn recompute_derived(store: &Store, patient_id: &str) -> Result<Derived, StoreError> {
    let events = load_events(store, patient_id, &EventFilter::default()).await?;
    let derived = therapy::derive(&events);
    let json = serde_json::to_string(&derived).map_err(|e| StoreError::Other(e.into()))?;
    store.put_timeline_derived(patient_id, &now(), &json).await?;
    Ok(derived)
}

/// Rebuilds one patient's timeline from the raw store (cold path: every resource of the
/// patient is read and normalised again). Returns the number of events.
pub async fn rebuild_patient(store: &Store, patient_id: &str) -> Result<usize, StoreError> {
    let resources = store.patient_resources(patient_id, normalise::EVENT_TYPES).await?;
    // Parsing and normalising is CPU work: every core, off the async runtime.
    let events: Vec<(String, TimelineEvent)> = tokio::task::spawn_blocking(move || {
        use rayon::prelude::*;
        resources
            .par_iter()
            .flat_map_iter(|(rkey, content)| {
                let parsed = rkey.split_once('/').and_then(|(resource_type, id)| {
                    let value = serde_json::from_str::<Value>(content).ok()?;
                    Some(normalise::normalise(resource_type, id, &value))
                });
                parsed.unwrap_or_default().into_iter().map(move |e| (rkey.clone(), e))
            })
            .collect()
    })
    .await
    .map_err(|e| StoreError::Other(anyhow::anyhow!("timeline worker failed: {e}")))?;
    let mut sorted: Vec<TimelineEvent> = events.iter().map(|(_, e)| e.clone()).collect();
    event::sort_events(&mut sorted);
    let notes = load_note_events(store, patient_id, &EventFilter::default()).await?;
    let derived = therapy::derive(&crate::notes::merge::merge(sorted, notes));
    let rows: Vec<EventRow> =
        events.iter().flat_map(|(rkey, e)| rows_of(patient_id, rkey, std::slice::from_ref(e))).collect();
    let n = rows.len();
    let json = serde_json::to_string(&derived).map_err(|e| StoreError::Other(e.into()))?;
    store.replace_patient_timeline(patient_id, rows, &now(), &json).await?;
    Ok(n)
}

/// Inserts the events of a page of resources during a full rebuild.
pub async fn rebuild_page(store: &Store, page: Vec<ResourceEvents>) -> Result<(), StoreError> {
    let rows: Vec<EventRow> =
        page.iter().filter_map(|w| w.patient_id.as_deref().map(|p| rows_of(p, &w.rkey, &w.events))).flatten().collect();
    store.insert_events(rows).await
}

/// After a full rebuild's pages: derived data for every patient with events.
pub async fn rebuild_derived(store: &Store) -> Result<usize, StoreError> {
    let patients = store.timeline_patient_ids().await?;
    for p in &patients {
        recompute_derived(store, p).await?;
    }
    Ok(patients.len())
}

/// Errors answering a timeline or facts request.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    #[error("no patient `{0}` is stored")]
    UnknownPatient(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The timeline document of a patient (events filtered by `query`).
pub async fn timeline(
    store: &Store,
    patient_id: &str,
    query: &TimelineQuery,
) -> Result<TimelineDocument, HistoryError> {
    let all = load_events(store, patient_id, &EventFilter::default()).await?;
    if all.is_empty() && !store.patient_exists(patient_id).await? {
        return Err(HistoryError::UnknownPatient(patient_id.to_string()));
    }
    let (computed_at, derived) = match store.timeline_derived(patient_id).await? {
        Some((at, json)) => (at, serde_json::from_str(&json).unwrap_or_default()),
        None => (String::new(), therapy::derive(&all)),
    };
    Ok(document::build(patient_id, &all, derived, computed_at, query))
}

/// The facts of a patient as known on `as_of`.
pub async fn facts(
    store: &Store,
    set: &oncotwin_pathway::PathwaySet,
    patient_id: &str,
    as_of: NaiveDate,
) -> Result<FactsReport, HistoryError> {
    let all = load_events(store, patient_id, &EventFilter::default()).await?;
    if all.is_empty() && !store.patient_exists(patient_id).await? {
        return Err(HistoryError::UnknownPatient(patient_id.to_string()));
    }
    Ok(facts_by_cancer(patient_id, &all, as_of, set))
}
