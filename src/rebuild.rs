//! `oncotwin rebuild`: recomputes everything derived from the stored resources (the search
//! index and compartments, and the clinical-history timelines).

use crate::fhir::params::index_resource;
use crate::store::{Store, StoreError};
use crate::twin::history;
use serde_json::Value;

/// Resources rebuilt per database transaction.
const PAGE: i64 = 1000;

/// Recomputes the search index and compartments of every current resource; returns how many.
pub async fn rebuild(store: &Store) -> Result<u64, StoreError> {
    let mut after = String::new();
    let mut total = 0u64;
    store.clear_timelines().await?;
    loop {
        let page = store.scan_current(&after, PAGE).await?;
        let Some((last, _)) = page.last() else { break };
        after = last.clone();
        let mut timeline = Vec::new();
        let rows = page
            .into_iter()
            .filter_map(|(rkey, content)| {
                let value: Value = serde_json::from_str(&content).ok()?;
                let (resource_type, id) = rkey.split_once('/')?;
                let index = index_resource(resource_type, id, &value);
                timeline.push(history::resource_events(resource_type, id, index.patient_id.as_deref(), &value));
                Some((rkey, index))
            })
            .collect::<Vec<_>>();
        total += rows.len() as u64;
        store.replace_index(rows).await?;
        history::rebuild_page(store, timeline).await?;
    }
    history::rebuild_derived(store).await?;
    Ok(total)
}
