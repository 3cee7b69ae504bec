//! `oncotwin rebuild`: recomputes everything derived from the stored resources (the search
//! index and compartments, and the clinical-history timelines) and queues the extraction of
//! every note that has no job (or of every note, when asked).

use crate::fhir::params::index_resource;
use crate::notes::source::note_patient;
use crate::store::{NoteJobConflict, Store, StoreError};
use crate::twin::history;
use serde_json::Value;

/// Resources rebuilt per database transaction.
const PAGE: i64 = 1000;

/// What a rebuild did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Rebuilt {
    pub resources: u64,
    /// Note extraction jobs queued.
    pub notes_queued: u64,
}

/// Recomputes the search index and compartments of every current resource and queues note
/// extraction: of every note without a job, or with `renotes` of every note (the extractor
/// changed; the LLM extractor's cache still keeps a note from being sent twice).
pub async fn rebuild(store: &Store, renotes: bool) -> Result<Rebuilt, StoreError> {
    let mut after = String::new();
    let mut total = 0u64;
    let mut notes_queued = 0u64;
    let conflict = if renotes { NoteJobConflict::Requeue } else { NoteJobConflict::Keep };
    store.clear_timelines().await?;
    loop {
        let page = store.scan_current(&after, PAGE).await?;
        let Some((last, _)) = page.last() else { break };
        after = last.clone();
        let mut timeline = Vec::new();
        let mut notes = Vec::new();
        let rows = page
            .into_iter()
            .filter_map(|(rkey, content)| {
                let value: Value = serde_json::from_str(&content).ok()?;
                let (resource_type, id) = rkey.split_once('/')?;
                let index = index_resource(resource_type, id, &value);
                timeline.push(history::resource_events(resource_type, id, index.patient_id.as_deref(), &value));
                if let Some(patient) = note_patient(resource_type, index.patient_id.as_deref(), &value) {
                    notes.push((rkey.clone(), patient));
                }
                Some((rkey, index))
            })
            .collect::<Vec<_>>();
        total += rows.len() as u64;
        store.replace_index(rows).await?;
        history::rebuild_page(store, timeline).await?;
        notes_queued +=
            store.enqueue_note_jobs(&notes, &crate::notes::jobs::stamp(chrono::Utc::now()), conflict).await?;
    }
    history::rebuild_derived(store).await?;
    Ok(Rebuilt { resources: total, notes_queued })
}
