//! Hardening found by an outside probe: costly searches that starved the pool.

use crate::both_backends;
use crate::helpers::{fixture_text, raw_sql_count, spawn_app, Db, TestApp};
use std::time::{Duration, Instant};

const BREAST: &str = "3f96088f-1f08-47cd-b67b-a57e269ce08b";

/// The probe's searches: each took 6–14 s on the four demo patients and, four at once,
/// held every pooled connection.
const COSTLY: &[&str] = &[
    "/fhir/Observation?date=0000-01-01",
    "/fhir/Observation?date=ap2020",
    "/fhir/Observation?date=lt9999-12-31T23:59:59.999Z",
    "/fhir/Observation?_lastUpdated=ge2020-01-01&date=le2020-12-31",
    "/fhir/Observation?patient=3f96088f-1f08-47cd-b67b-a57e269ce08b&date=ge2015",
    "/fhir/Observation?code=http://loinc.org|",
];

async fn timed_get(app: &TestApp, path: &str) -> (u16, Duration) {
    let started = Instant::now();
    let response = app.client.get(app.url(path)).send().await.expect("request");
    let status = response.status().as_u16();
    let _ = response.bytes().await;
    (status, started.elapsed())
}

/// Eight clients run the probe's searches while a ninth reads a patient: every search
/// answers within a second, ordinary reads stay fast, `/readyz` stays ready, and every
/// request is audited (no audit write fails for want of a connection).
async fn costly_searches_do_not_starve_the_pool(db: Db) {
    let app = spawn_app(db).await;
    for file in ["breast-3f96088f", "nsclc-4a404922", "colon-161ec25d", "prostate-3b418e0b"] {
        let (status, _) = app.post_fhir("/fhir", fixture_text(&format!("synthea/{file}.json.gz"))).await;
        assert_eq!(status, 200, "{file}");
    }
    let audited_before = raw_sql_count(&app.database_url, "SELECT COUNT(*) FROM audit_event").await;
    let app = std::sync::Arc::new(app);
    let mut searchers = Vec::new();
    for client in 0..8 {
        let app = app.clone();
        searchers.push(tokio::spawn(async move {
            let mut out = Vec::new();
            for round in 0..3 {
                let path = COSTLY[(client + round) % COSTLY.len()];
                let (status, took) = timed_get(&app, path).await;
                out.push((path, status, took));
            }
            out
        }));
    }
    let mut reads = Vec::new();
    for _ in 0..40 {
        let (status, took) = timed_get(&app, &format!("/fhir/Patient/{BREAST}")).await;
        assert_eq!(status, 200);
        reads.push(took);
    }
    let (ready, _) = timed_get(&app, "/readyz").await;
    let mut searches = 0;
    for s in searchers {
        for (path, status, took) in s.await.unwrap() {
            searches += 1;
            assert_eq!(status, 200, "{path}");
            assert!(took < Duration::from_secs(1), "{path} took {took:?} (the probe saw 6–14 s)");
        }
    }
    reads.sort();
    let p99 = reads[reads.len() * 99 / 100 - 1];
    // A debug build on two shared cores; the release figure is in the README.
    assert!(p99 < Duration::from_millis(250), "patient reads p99 {p99:?} while costly searches run");
    assert_eq!(ready, 200, "/readyz during the searches");
    // Every request was audited: the audit writer has its own connections.
    tokio::time::sleep(Duration::from_millis(800)).await;
    let audited = raw_sql_count(&app.database_url, "SELECT COUNT(*) FROM audit_event").await - audited_before;
    assert!(
        audited >= (reads.len() + searches) as i64,
        "{audited} audit records for {} requests",
        reads.len() + searches
    );
}

/// FHIR transaction rules for references: a conditional reference resolves to the one
/// stored resource it matches (none: 404, several: 412, no criteria: 400) and a `urn:uuid`
/// that names no entry is 400; a refused transaction stores nothing.
async fn transactions_resolve_conditional_references(db: Db) {
    let app = spawn_app(db).await;
    let patients = serde_json::json!({"resourceType": "Bundle", "type": "transaction", "entry": [
        {"resource": {"resourceType": "Patient", "id": "pa", "gender": "female",
            "identifier": [{"system": "http://hospital.example/mrn", "value": "A-1"}]}, "request": {"method": "PUT", "url": "Patient/pa"}},
        {"resource": {"resourceType": "Patient", "id": "pb", "gender": "female",
            "identifier": [{"system": "http://hospital.example/mrn", "value": "B-2"}]}, "request": {"method": "PUT", "url": "Patient/pb"}}
    ]});
    assert_eq!(app.post_fhir("/fhir", patients.to_string()).await.0, 200);
    let before = app.resource_count().await;
    let with_subject = |reference: &str| {
        serde_json::json!({"resourceType": "Bundle", "type": "transaction", "entry": [
            {"fullUrl": "urn:uuid:0b7d6f3e-7a52-4f53-9d6c-2f1b6d7f0a01",
             "resource": {"resourceType": "Condition", "code": {"text": "breast cancer"}, "subject": {"reference": reference}},
             "request": {"method": "POST", "url": "Condition"}}
        ]})
        .to_string()
    };
    for (reference, status) in [
        ("Patient?identifier=http://hospital.example/mrn|nomatch", 404),
        ("Patient?gender=female", 412),
        ("Patient?", 400),
        ("Patient?name:contains=x", 400),
        ("urn:uuid:9f3a1c52-0000-4000-8000-000000000000", 400),
    ] {
        let (got, outcome) = app.post_fhir("/fhir", with_subject(reference)).await;
        assert_eq!(got, status, "{reference}: {outcome}");
        assert_eq!(outcome["resourceType"], "OperationOutcome", "{outcome}");
    }
    assert_eq!(app.resource_count().await, before, "a refused transaction stores nothing");
    // One match: stored with the resolved reference, searchable by patient.
    let (status, response) =
        app.post_fhir("/fhir", with_subject("Patient?identifier=http://hospital.example/mrn|B-2")).await;
    assert_eq!(status, 200, "{response}");
    let location = response["entry"][0]["response"]["location"].as_str().unwrap().to_string();
    let id = location.split('/').nth(1).unwrap();
    let (_, condition) = app.get_json(&format!("/fhir/Condition/{id}")).await;
    assert_eq!(condition["subject"]["reference"], "Patient/pb", "{condition}");
    let (_, found) = app.get_json("/fhir/Condition?patient=pb").await;
    assert_eq!(found["total"], 1);
}

/// Decimals are served as they were written: 39 digits, `1e-400` and `1.50` (FHIR decimals keep
/// their precision), through a PUT, a read and a search.
async fn decimals_keep_their_precision(db: Db) {
    let app = spawn_app(db).await;
    let body = r#"{"resourceType": "Observation", "id": "precise", "status": "final", "code": {"text": "x"},
        "subject": {"reference": "Patient/p"}, "valueQuantity": {"value": 123456789012345678901234567890123456789},
        "component": [{"code": {"text": "tiny"}, "valueQuantity": {"value": 1e-400}},
                      {"code": {"text": "two places"}, "valueQuantity": {"value": 1.50}}]}"#;
    let response = app
        .client
        .put(app.url("/fhir/Observation/precise"))
        .header("Content-Type", "application/fhir+json")
        .body(body)
        .send()
        .await
        .unwrap();
    assert!(response.status().is_success(), "{}", response.text().await.unwrap());
    for path in ["/fhir/Observation/precise", "/fhir/Observation?_id=precise"] {
        let text = app.client.get(app.url(path)).send().await.unwrap().text().await.unwrap();
        for written in ["123456789012345678901234567890123456789", "1e-400", "1.50"] {
            assert!(text.contains(&format!("\"value\":{written}")), "{path}: {written} in {text}");
        }
    }
}

/// A dense index condition (more index rows than `ONCOTWIN_SEARCH_DENSE_ROWS`, lowered here to
/// reach the plan on one patient) is checked per candidate on SQLite, and answers exactly
/// what the set form answers: the totals and pages equal what the fixture holds. Over a
/// million resources this is what brings `date=lt9999-12-31…` from a 503 at 5 s to a page.
async fn dense_search_conditions_answer_the_same(db: Db) {
    let sqlite = matches!(db, Db::Sqlite);
    std::env::set_var("ONCOTWIN_SEARCH_DENSE_ROWS", "25");
    let app = spawn_app(db).await;
    let bundle = fixture_text("synthea/breast-3f96088f.json.gz");
    let (status, _) = app.post_fhir("/fhir", bundle.clone()).await;
    assert_eq!(status, 200);
    let bundle: serde_json::Value = serde_json::from_str(&bundle).unwrap();
    let observations: Vec<&serde_json::Value> = bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .filter(|r| r["resourceType"] == "Observation")
        .collect();
    let dated = observations
        .iter()
        .filter(|o| o.get("effectiveDateTime").or(o.get("effectivePeriod")).or(o.get("effectiveInstant")).is_some())
        .count();
    let loinc = observations
        .iter()
        .filter(|o| o["code"]["coding"].as_array().into_iter().flatten().any(|c| c["system"] == "http://loinc.org"))
        .count();
    assert!(dated > 25 && loinc > 25, "the fixture is dense enough: {dated} dated, {loinc} LOINC");
    let plans = |metrics: &str, plan: &str| -> f64 {
        metrics
            .lines()
            .find(|l| {
                l.starts_with("oncotwin_search_index_conditions_total") && l.contains(&format!("plan=\"{plan}\""))
            })
            .and_then(|l| l.rsplit(' ').next()?.parse().ok())
            .unwrap_or(0.0)
    };
    let before = app.client.get(app.url("/metrics")).send().await.unwrap().text().await.unwrap();
    for (path, want) in [
        ("/fhir/Observation?date=lt9999-12-31T23:59:59.999Z&_total=accurate&_count=100", dated),
        ("/fhir/Observation?code=http://loinc.org|&_total=accurate&_count=100", loinc),
        ("/fhir/Observation?date=0000-01-01&_total=accurate", 0),
        ("/fhir/Observation?date=ge1900-01-01&code=http://loinc.org|&_total=accurate&_count=100", loinc),
    ] {
        let (status, page) = app.get_json(path).await;
        assert_eq!(status, 200, "{path}: {page}");
        let entries = page["entry"].as_array().map(Vec::len).unwrap_or(0);
        assert_eq!(page["total"], want, "{path}");
        assert_eq!(entries, want.min(100), "{path}: a full page");
        assert!(
            page["entry"].as_array().into_iter().flatten().all(|e| e["resource"]["resourceType"] == "Observation"),
            "{path}"
        );
    }
    let after = app.client.get(app.url("/metrics")).send().await.unwrap().text().await.unwrap();
    if sqlite {
        assert!(
            plans(&after, "per_candidate") >= plans(&before, "per_candidate") + 3.0,
            "the dense conditions were checked per candidate"
        );
        assert!(plans(&after, "set") > plans(&before, "set"), "date=0000-01-01 is selective: a set");
    }
}

both_backends!(
    dense_search_conditions_answer_the_same,
    costly_searches_do_not_starve_the_pool,
    transactions_resolve_conditional_references,
    decimals_keep_their_precision
);
