//! Ingest of real generated data: nothing lost, nothing duplicated.

use crate::both_backends;
use crate::helpers::{fixture_text, fixtures, spawn_app, Db};
use oncotwin::ingest::source::{ingest_file, units_of_text};
use oncotwin::ingest::IngestReport;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

pub const SYNTHEA: &[&str] = &[
    "synthea/breast-3f96088f.json.gz",
    "synthea/nsclc-4a404922.json.gz",
    "synthea/colon-161ec25d.json.gz",
    "synthea/prostate-3b418e0b.json.gz",
];
pub const MCODE: &str = "mcode/mcode-4.0.0-examples.ndjson.gz";

/// The invariant every ingest keeps.
fn assert_nothing_lost(report: &IngestReport) {
    assert_eq!(
        report.received,
        report.stored() + report.quarantined_total(),
        "stored + quarantined = received: {report:?}"
    );
}

/// Walks a fixture independently of the ingest code: (entries, distinct Type/id keys by type).
fn expected_keys(text: &str) -> (u64, BTreeMap<String, BTreeSet<String>>) {
    let mut entries = 0;
    let mut keys: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut add = |resource: &Value, full_url: Option<&str>| {
        let rt = resource["resourceType"].as_str().unwrap().to_string();
        let id = resource["id"]
            .as_str()
            .map(str::to_string)
            .or_else(|| full_url.and_then(|u| u.strip_prefix("urn:uuid:")).map(str::to_string))
            .expect("fixtures give every resource an id or urn:uuid fullUrl");
        keys.entry(rt).or_default().insert(id);
    };
    let docs: Vec<Value> = match serde_json::from_str::<Value>(text) {
        Ok(doc) => vec![doc],
        Err(_) => text.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).unwrap()).collect(),
    };
    for doc in docs {
        let splits = doc["resourceType"] == "Bundle" && !matches!(doc["type"].as_str(), Some("document" | "message"));
        if splits {
            for entry in doc["entry"].as_array().into_iter().flatten() {
                entries += 1;
                add(&entry["resource"], entry["fullUrl"].as_str());
            }
        } else {
            entries += 1;
            add(&doc, None);
        }
    }
    (entries, keys)
}

async fn real_data_ingests_with_zero_quarantine(db: Db) {
    let app = spawn_app(db).await;
    let mut expected: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut total = IngestReport::default();
    for fixture in SYNTHEA.iter().chain([&MCODE]) {
        let report = ingest_file(&app.store, &fixtures().join(fixture)).await.unwrap();
        assert_nothing_lost(&report);
        assert_eq!(report.quarantined_total(), 0, "{fixture}: {:?}", report.quarantined);
        let (entries, keys) = expected_keys(&fixture_text(fixture));
        assert_eq!(report.received, entries, "{fixture}: every entry is counted");
        for (rt, ids) in keys {
            expected.entry(rt).or_default().extend(ids);
        }
        total.add(&report);
    }
    let stored: BTreeMap<String, i64> = app.store.count_by_type().await.unwrap().into_iter().collect();
    let expected_counts: BTreeMap<String, i64> =
        expected.iter().map(|(rt, ids)| (rt.clone(), ids.len() as i64)).collect();
    assert_eq!(stored, expected_counts, "one current resource per distinct Type/id");
    assert!(total.received > 10_000, "{total:?}");

    // Cancer patients are searchable through the facade with their references resolved.
    let (_, conditions) = app
        .get_json("/fhir/Condition?patient=3f96088f-1f08-47cd-b67b-a57e269ce08b&code=http://snomed.info/sct|254837009")
        .await;
    assert!(conditions["total"].as_i64().unwrap() >= 1, "the breast cancer Condition: {conditions}");
    let subject = conditions["entry"][0]["resource"]["subject"]["reference"].as_str().unwrap();
    assert_eq!(subject, "Patient/3f96088f-1f08-47cd-b67b-a57e269ce08b");
    let no_urn =
        app.store.read("Condition", conditions["entry"][0]["resource"]["id"].as_str().unwrap()).await.unwrap().unwrap();
    assert!(!no_urn.content.contains("urn:uuid:"), "every urn:uuid reference is rewritten");
}

async fn resending_creates_no_duplicates(db: Db) {
    let app = spawn_app(db).await;
    let path = fixtures().join(SYNTHEA[0]);
    let first = ingest_file(&app.store, &path).await.unwrap();
    let resources = app.resource_count().await;
    let versions = app.store.version_count().await.unwrap();
    let second = ingest_file(&app.store, &path).await.unwrap();
    assert_nothing_lost(&second);
    assert_eq!((second.created, second.updated), (0, 0), "{second:?}");
    assert_eq!(second.unchanged, first.stored());
    assert_eq!(app.resource_count().await, resources);
    assert_eq!(app.store.version_count().await.unwrap(), versions, "no new versions for identical data");

    // The same bundle over HTTP: every entry answers 200 with version 1.
    let (status, response) = app.post_fhir("/fhir", fixture_text(SYNTHEA[0])).await;
    assert_eq!(status, 200);
    let entries = response["entry"].as_array().unwrap();
    assert_eq!(entries.len() as u64, first.received);
    assert!(entries.iter().all(|e| e["response"]["status"] == "200 OK" && e["response"]["etag"] == "W/\"1\""));
    assert_eq!(app.store.version_count().await.unwrap(), versions);
}

async fn failed_transaction_file_is_quarantined_whole(db: Db) {
    let app = spawn_app(db).await;
    let mut bundle: Value = serde_json::from_str(&fixture_text(SYNTHEA[2])).unwrap();
    let entries = bundle["entry"].as_array_mut().unwrap();
    let n = entries.len() as u64;
    // One bad choice-type value in one Observation.
    let victim = entries.iter_mut().find(|e| e["resource"]["resourceType"] == "Observation").unwrap();
    victim["resource"]["valueQuantity"] = Value::String("seven".into());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad-transaction.json");
    std::fs::write(&path, bundle.to_string()).unwrap();
    let report = ingest_file(&app.store, &path).await.unwrap();
    assert_nothing_lost(&report);
    assert_eq!(report.stored(), 0);
    assert_eq!(report.received, n);
    assert_eq!(report.quarantined["invalid-resource"], 1);
    assert_eq!(report.quarantined["transaction-rolled-back"], n - 1);
    assert_eq!(app.resource_count().await, 0);
    assert_eq!(app.quarantine_count().await as u64, n);
    let records = app.store.quarantine_records(5000, 0).await.unwrap();
    let bad = records.iter().find(|r| r.reason == "invalid-resource").unwrap();
    assert!(bad.raw.contains("\"seven\""), "the verbatim entry is kept");
    assert!(bad.outcome.to_string().contains("valueQuantity"), "and the outcome says why: {}", bad.outcome);
}

async fn folders_gzip_and_unreadable_files(db: Db) {
    let app = spawn_app(db).await;
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("nested")).unwrap();
    std::fs::copy(fixtures().join(SYNTHEA[0]), dir.path().join("nested/a.json.gz")).unwrap();
    std::fs::write(dir.path().join("b.ndjson"), "{\"resourceType\":\"Patient\",\"id\":\"x\"}\n{\"resourceType\":\"Patient\",\"id\":\"y\",\"birthDate\":\"1999-02-31\"}\n").unwrap();
    std::fs::write(dir.path().join("c.json.gz"), b"\x1f\x8b this is not really gzip").unwrap();
    std::fs::write(dir.path().join("notes.txt"), "ignored").unwrap();
    let (files, skipped) = oncotwin::ingest::source::expand_paths(&[dir.path().to_path_buf()]).unwrap();
    assert_eq!(files.len(), 3);
    assert_eq!(skipped.len(), 1);
    let mut total = IngestReport::default();
    for file in &files {
        total.add(&ingest_file(&app.store, file).await.unwrap());
    }
    assert_nothing_lost(&total);
    assert_eq!(total.quarantined.get("invalid-gzip"), Some(&1));
    assert_eq!(total.quarantined.get("invalid-resource"), Some(&1), "1999-02-31 is not a date: {total:?}");
    assert!(app.store.read("Patient", "x").await.unwrap().is_some());
}

/// Units split NDJSON into transactions of bounded size, line numbers kept.
#[test]
fn ndjson_units_keep_line_numbers() {
    let text: String = (0..4500).map(|i| format!("{{\"resourceType\":\"Patient\",\"id\":\"p{i}\"}}\n")).collect();
    let units = units_of_text(&text, "t");
    assert_eq!(units.iter().map(|u| u.entries.len()).collect::<Vec<_>>(), vec![2000, 2000, 500]);
    assert_eq!(units[2].entries[0].location, "line 4001");
}

both_backends!(
    real_data_ingests_with_zero_quarantine,
    resending_creates_no_duplicates,
    failed_transaction_file_is_quarantined_whole,
    folders_gzip_and_unreadable_files
);

/// clinosim bulk NDJSON: every line an independent validator (fhir.resources 8.3.0 and the
/// FHIR 4.0 JSON schema, recorded in expected.json) calls invalid is quarantined with a
/// reason, and every line it calls valid is stored.
async fn clinosim_dirty_data_is_sorted_line_by_line(db: Db) {
    let app = spawn_app(db).await;
    let manifest: Value =
        serde_json::from_str(&std::fs::read_to_string(fixtures().join("clinosim/expected.json")).unwrap()).unwrap();
    let mut total_received = 0;
    let mut total_quarantined = 0;
    for (file, expected) in manifest["files"].as_object().unwrap() {
        let path = fixtures().join("clinosim").join(file);
        let report = ingest_file(&app.store, &path).await.unwrap();
        assert_nothing_lost(&report);
        assert_eq!(report.received, expected["total_lines"].as_u64().unwrap(), "{file}");
        assert_eq!(report.stored(), expected["valid"].as_u64().unwrap(), "{file}: valid lines stored: {report:?}");
        let expected_lines: BTreeSet<String> =
            expected["invalid"].as_array().unwrap().iter().map(|i| format!("line {}", i["line"])).collect();
        let records = app.store.quarantine_records(100_000, 0).await.unwrap();
        let quarantined_lines: BTreeSet<String> =
            records.iter().filter(|r| r.source == path.display().to_string()).map(|r| r.location.clone()).collect();
        assert_eq!(quarantined_lines, expected_lines, "{file}: the same lines are quarantined");
        for record in records.iter().filter(|r| r.source == path.display().to_string()) {
            assert_eq!(record.outcome["resourceType"], "OperationOutcome");
            assert!(!record.outcome["issue"][0]["diagnostics"].as_str().unwrap().is_empty(), "a reason is given");
        }
        total_received += report.received;
        total_quarantined += report.quarantined_total();
    }
    assert_eq!(
        total_received,
        manifest["files"].as_object().unwrap().values().map(|f| f["total_lines"].as_u64().unwrap()).sum::<u64>()
    );
    assert!(total_quarantined > 1000, "the sample holds every invalid line of the source: {total_quarantined}");
    // A second pass stores nothing new and quarantines nothing twice.
    let quarantine_before = app.quarantine_count().await;
    let versions_before = app.store.version_count().await.unwrap();
    for file in manifest["files"].as_object().unwrap().keys() {
        ingest_file(&app.store, &fixtures().join("clinosim").join(file)).await.unwrap();
    }
    assert_eq!(app.quarantine_count().await, quarantine_before);
    assert_eq!(app.store.version_count().await.unwrap(), versions_before);
}

both_backends!(clinosim_dirty_data_is_sorted_line_by_line);

/// Two oncotwin instances on one PostgreSQL database ingest the same patient at the same
/// time over HTTP: both succeed, and every resource exists once, at version 1.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_share_postgres() {
    use crate::helpers::{fresh_database, spawn_app_on};
    let dir_a = tempfile::tempdir().unwrap();
    let url = fresh_database(Db::Postgres, dir_a.path()).await;
    let a = spawn_app_on(url.clone(), dir_a, |_| {}).await;
    let b = spawn_app_on(url, tempfile::tempdir().unwrap(), |_| {}).await;
    let body = fixture_text(SYNTHEA[0]);
    let (ra, rb) = tokio::join!(a.post_fhir("/fhir", body.clone()), b.post_fhir("/fhir", body.clone()));
    assert_eq!((ra.0, rb.0), (200, 200), "{} / {}", ra.1, rb.1);
    let (entries, keys) = expected_keys(&body);
    assert_eq!(a.resource_count().await, keys.values().map(|ids| ids.len() as i64).sum::<i64>());
    assert_eq!(b.store.version_count().await.unwrap(), a.resource_count().await, "no resource written twice");
    // Each answered every entry; one of them created it, the other found it unchanged.
    for response in [&ra.1, &rb.1] {
        assert_eq!(response["entry"].as_array().unwrap().len() as u64, entries);
    }
    let (_, read_via_b) = b.get_json("/fhir/Patient/3f96088f-1f08-47cd-b67b-a57e269ce08b").await;
    assert_eq!(read_via_b["meta"]["versionId"], "1");
}
