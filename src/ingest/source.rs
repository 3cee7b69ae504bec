//! Where entries come from: text (a Bundle, a resource, NDJSON), files (gzip or not) and folders.

use super::entry::{resource_type_of, split_bundle, IncomingEntry, Unit, UnitMode};
use super::{ingest_text, quarantine_unreadable, FailedTransaction, IngestError, IngestReport};
use crate::store::Store;
use serde_json::value::RawValue;
use std::io::Read;
use std::path::{Path, PathBuf};

/// NDJSON lines applied per database transaction.
const LINES_PER_UNIT: usize = 2000;

/// Splits a document into units: one Bundle, one resource, or NDJSON in runs of lines.
///
/// A document that parses as one JSON value is a single Bundle or resource; anything else
/// is read as NDJSON, line by line, so one bad line costs only that line.
pub fn units_of_text(text: &str, source: &str) -> Vec<Unit> {
    if serde_json::from_str::<&RawValue>(text).is_ok() {
        return vec![single_document(text, "", source)];
    }
    let mut units = Vec::new();
    let mut run =
        Unit { mode: UnitMode::Independent, entries: Vec::new(), broken: Vec::new(), resolved: Default::default() };
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let location = format!("line {}", i + 1);
        if matches!(resource_type_of(line), Ok(Some(t)) if t == "Bundle") {
            units.push(single_document(line, &format!("{location} "), source));
            continue;
        }
        run.entries.push(IncomingEntry {
            ordinal: i,
            location,
            full_url: None,
            method: None,
            url: None,
            raw: line.to_string(),
            precondition: None,
        });
        if run.entries.len() >= LINES_PER_UNIT {
            units.push(std::mem::replace(
                &mut run,
                Unit {
                    mode: UnitMode::Independent,
                    entries: Vec::new(),
                    broken: Vec::new(),
                    resolved: Default::default(),
                },
            ));
        }
    }
    if !run.entries.is_empty() {
        units.push(run);
    }
    units
}

/// A document that is one JSON value: a Bundle (split) or a single resource.
fn single_document(text: &str, prefix: &str, source: &str) -> Unit {
    if matches!(resource_type_of(text), Ok(Some(t)) if t == "Bundle") {
        match split_bundle(text, prefix, source) {
            Ok(unit) => return unit,
            Err(unreadable) => {
                let record = super::entry::quarantine_record(
                    source,
                    prefix.trim(),
                    Some("Bundle".into()),
                    unreadable.reason,
                    unreadable.issue,
                    text,
                );
                return Unit {
                    mode: UnitMode::Independent,
                    entries: Vec::new(),
                    broken: vec![(0, record)],
                    resolved: Default::default(),
                };
            }
        }
    }
    let location = if prefix.is_empty() { "resource".to_string() } else { prefix.trim().to_string() };
    Unit {
        mode: UnitMode::Independent,
        entries: vec![IncomingEntry {
            ordinal: 0,
            location,
            full_url: None,
            method: None,
            url: None,
            raw: text.to_string(),
            precondition: None,
        }],
        broken: Vec::new(),
        resolved: Default::default(),
    }
}

/// The resource types of every entry of some units (for authorization before ingest).
pub fn entry_types(units: &[Unit]) -> std::collections::BTreeSet<String> {
    units
        .iter()
        .flat_map(|unit| unit.entries.iter())
        .filter_map(|entry| resource_type_of(&entry.raw).ok().flatten())
        .collect()
}

/// Whether a file name looks like FHIR JSON or NDJSON (optionally gzip-compressed).
pub fn is_fhir_file(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("").to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    name.ends_with(".json") || name.ends_with(".ndjson") || name.ends_with(".jsonl")
}

/// Expands folders (recursively, sorted) into files; names what it skipped.
pub fn expand_paths(paths: &[PathBuf]) -> std::io::Result<(Vec<PathBuf>, Vec<String>)> {
    let mut files = Vec::new();
    let mut skipped = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut stack = vec![path.clone()];
            while let Some(dir) = stack.pop() {
                let mut children: Vec<PathBuf> =
                    std::fs::read_dir(&dir)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
                children.sort();
                for child in children.into_iter().rev() {
                    if child.is_dir() {
                        stack.push(child);
                    } else if is_fhir_file(&child) {
                        files.push(child);
                    } else {
                        skipped.push(child.display().to_string());
                    }
                }
            }
        } else if path.exists() {
            files.push(path.clone());
        } else {
            return Err(std::io::Error::new(
                std::io::ErrorKind::NotFound,
                format!("{} does not exist", path.display()),
            ));
        }
    }
    files.sort();
    Ok((files, skipped))
}

/// Reads a file's bytes, un-gzipping when it starts with the gzip magic number.
pub fn read_maybe_gzip(bytes: &[u8]) -> Result<Vec<u8>, String> {
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::with_capacity(bytes.len() * 8);
        flate2::read::MultiGzDecoder::new(bytes).read_to_end(&mut out).map_err(|e| format!("not valid gzip: {e}"))?;
        Ok(out)
    } else {
        Ok(bytes.to_vec())
    }
}

/// Ingests one file (gzip or not). An unreadable file is quarantined whole.
pub async fn ingest_file(store: &Store, path: &Path) -> Result<IngestReport, IngestError> {
    let source = path.display().to_string();
    let bytes = std::fs::read(path)
        .map_err(|e| crate::store::StoreError::Other(anyhow::anyhow!("cannot read {source}: {e}")))?;
    let mut report = match read_maybe_gzip(&bytes) {
        Err(message) => {
            quarantine_unreadable(store, &source, "invalid-gzip", message, &String::from_utf8_lossy(&bytes)).await?
        }
        Ok(data) => match String::from_utf8(data) {
            Err(e) => {
                let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
                quarantine_unreadable(
                    store,
                    &source,
                    "invalid-encoding",
                    format!("not UTF-8: {}", e.utf8_error()),
                    &lossy,
                )
                .await?
            }
            Ok(text) => ingest_text(store, &text, &source, FailedTransaction::Quarantine).await?.0,
        },
    };
    report.files = 1;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ndjson_lines_and_bundle_lines() {
        let text = "{\"resourceType\":\"Patient\",\"id\":\"a\"}\n\n{not json\n{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":{\"resourceType\":\"Patient\",\"id\":\"b\"}}]}\n";
        let units = units_of_text(text, "t");
        assert_eq!(units.len(), 2);
        assert_eq!(units[0].entries[0].location, "line 4 entry[0]");
        let locations: Vec<&str> = units[1].entries.iter().map(|e| e.location.as_str()).collect();
        assert_eq!(locations, vec!["line 1", "line 3"]);
    }

    #[test]
    fn single_resource_document() {
        let units = units_of_text("{\n \"resourceType\": \"Patient\",\n \"id\": \"a\"\n}", "t");
        assert_eq!(units.len(), 1);
        assert_eq!(units[0].entries.len(), 1);
    }
}
