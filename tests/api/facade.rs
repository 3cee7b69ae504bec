//! The FHIR facade: metadata, PUT/read/vread, transaction responses, search and paging.

use crate::both_backends;
use crate::helpers::{assert_outcome, spawn_app, Db, TestApp};
use serde_json::{json, Value};

fn patient(id: &str, gender: &str) -> Value {
    json!({"resourceType": "Patient", "id": id, "gender": gender, "birthDate": "1960-05-01"})
}

fn observation(id: &str, patient: &str, code: &str, date: &str) -> Value {
    json!({"resourceType": "Observation", "id": id, "status": "final",
        "code": {"coding": [{"system": "http://loinc.org", "code": code}]},
        "subject": {"reference": format!("Patient/{patient}")}, "effectiveDateTime": date,
        "valueQuantity": {"value": 4.5, "unit": "ng/mL", "system": "http://unitsofmeasure.org", "code": "ng/mL"}})
}

async fn seed(app: &TestApp) {
    let mut entries = vec![
        json!({"resource": patient("p1", "female"), "request": {"method": "PUT", "url": "Patient/p1"}}),
        json!({"resource": patient("p2", "male"), "request": {"method": "PUT", "url": "Patient/p2"}}),
    ];
    for i in 0..25 {
        let (p, code) = if i % 5 == 0 { ("p2", "2857-1") } else { ("p1", "2039-6") };
        let date = format!("2021-{:02}-15", i % 12 + 1);
        entries.push(json!({"resource": observation(&format!("o{i}"), p, code, &date), "request": {"method": "PUT", "url": format!("Observation/o{i}")}}));
    }
    let (status, body) = app
        .post_fhir("/fhir", json!({"resourceType": "Bundle", "type": "transaction", "entry": entries}).to_string())
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["type"], "transaction-response");
    assert_eq!(body["entry"].as_array().unwrap().len(), 27);
    assert!(body["entry"].as_array().unwrap().iter().all(|e| e["response"]["status"] == "201 Created"));
}

async fn metadata_lists_every_type(db: Db) {
    let app = spawn_app(db).await;
    let (status, cs) = app.get_json("/fhir/metadata").await;
    assert_eq!(status, 200);
    assert_eq!(cs["resourceType"], "CapabilityStatement");
    assert_eq!(cs["fhirVersion"], "4.0.1");
    let resources = cs["rest"][0]["resource"].as_array().unwrap();
    assert!(resources.len() > 100);
    let observation = resources.iter().find(|r| r["type"] == "Observation").unwrap();
    let params: Vec<&str> =
        observation["searchParam"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    for p in ["patient", "subject", "code", "date", "_id", "_lastUpdated"] {
        assert!(params.contains(&p), "Observation lacks {p}");
    }
    let interactions: Vec<&str> =
        observation["interaction"].as_array().unwrap().iter().map(|i| i["code"].as_str().unwrap()).collect();
    assert!(interactions.contains(&"read") && interactions.contains(&"search-type"));
    let service = &cs["rest"][0]["security"]["service"][0]["coding"][0];
    assert_eq!(service["code"], "SMART-on-FHIR", "SMART security is declared: {}", cs["rest"][0]["security"]);
    // The development issuer has no authorization endpoint, so no oauth-uris are claimed.
    assert!(cs["rest"][0]["security"]["extension"].is_null());
}

async fn put_read_vread_and_versions(db: Db) {
    let app = spawn_app(db).await;
    let put = |body: Value| {
        app.client
            .put(app.url("/fhir/Patient/p1"))
            .header("Content-Type", "application/fhir+json")
            .body(body.to_string())
            .send()
    };
    let first = put(patient("p1", "female")).await.unwrap();
    assert_eq!(first.status().as_u16(), 201);
    assert_eq!(first.headers()["etag"], "W/\"1\"");
    assert!(first.headers()["location"].to_str().unwrap().ends_with("/fhir/Patient/p1/_history/1"));
    let same = put(patient("p1", "female")).await.unwrap();
    assert_eq!(same.status().as_u16(), 200);
    assert_eq!(same.headers()["etag"], "W/\"1\"", "identical content makes no new version");
    let changed = put(patient("p1", "other")).await.unwrap();
    assert_eq!(changed.headers()["etag"], "W/\"2\"");
    let (_, current) = app.get_json("/fhir/Patient/p1").await;
    assert_eq!(current["gender"], "other");
    assert_eq!(current["meta"]["versionId"], "2");
    let (status, v1) = app.get_json("/fhir/Patient/p1/_history/1").await;
    assert_eq!(status, 200);
    assert_eq!(v1["gender"], "female");
    let (status, body) = app.get_json("/fhir/Patient/p1/_history/3").await;
    assert_eq!(status, 404);
    assert_outcome(&body);
    // The verbatim original is kept as the source of truth.
    let original = app.store.read_original("Patient", "p1").await.unwrap().unwrap();
    assert_eq!(original, patient("p1", "other").to_string());
}

/// Version-aware writes: a stale `If-Match` is 412 and saves nothing, a malformed one is
/// 400, `If-None-Match: *` on an existing resource is 412; the same in a transaction entry.
async fn conditional_writes_honour_if_match(db: Db) {
    let app = spawn_app(db).await;
    let put = |body: Value, headers: &[(&'static str, &'static str)]| {
        let mut request = app
            .client
            .put(app.url("/fhir/Patient/p1"))
            .header("Content-Type", "application/fhir+json")
            .body(body.to_string());
        for (k, v) in headers {
            request = request.header(*k, *v);
        }
        request.send()
    };
    assert_eq!(put(patient("p1", "female"), &[("If-None-Match", "*")]).await.unwrap().status().as_u16(), 201);
    assert_eq!(put(patient("p1", "male"), &[]).await.unwrap().status().as_u16(), 200, "version 2");
    let stale = put(patient("p1", "other"), &[("If-Match", "W/\"1\"")]).await.unwrap();
    assert_eq!(stale.status().as_u16(), 412);
    let outcome: Value = stale.json().await.unwrap();
    assert_outcome(&outcome);
    assert!(outcome.to_string().contains("version 2"), "{outcome}");
    let (_, current) = app.get_json("/fhir/Patient/p1").await;
    assert_eq!(current["gender"], "male", "the stale write saved nothing");
    assert_eq!(current["meta"]["versionId"], "2");
    let garbage = put(patient("p1", "other"), &[("If-Match", "garbage")]).await.unwrap();
    assert_eq!(garbage.status().as_u16(), 400);
    assert_eq!(put(patient("p1", "other"), &[("If-None-Match", "*")]).await.unwrap().status().as_u16(), 412);
    let fresh = put(patient("p1", "other"), &[("If-Match", "W/\"2\"")]).await.unwrap();
    assert_eq!(fresh.status().as_u16(), 200);
    assert_eq!(fresh.headers()["etag"], "W/\"3\"");
    assert_eq!(put(patient("p1", "female"), &[("If-Match", "\"3\"")]).await.unwrap().status().as_u16(), 200);

    // In a transaction: a stale ifMatch fails the whole transaction, nothing is stored.
    let bundle = json!({"resourceType": "Bundle", "type": "transaction", "entry": [
        {"resource": patient("p2", "female"), "request": {"method": "PUT", "url": "Patient/p2"}},
        {"resource": patient("p1", "male"), "request": {"method": "PUT", "url": "Patient/p1", "ifMatch": "W/\"1\""}}
    ]});
    let (status, outcome) = app.post_fhir("/fhir", bundle.to_string()).await;
    assert_eq!(status, 412, "{outcome}");
    assert_outcome(&outcome);
    assert_eq!(app.get_json("/fhir/Patient/p2").await.0, 404, "nothing of the failed transaction is stored");
    let malformed = json!({"resourceType": "Bundle", "type": "transaction", "entry": [
        {"resource": patient("p1", "male"), "request": {"method": "PUT", "url": "Patient/p1", "ifMatch": "soon"}}
    ]});
    let (status, outcome) = app.post_fhir("/fhir", malformed.to_string()).await;
    assert_eq!(status, 400, "{outcome}");
    let (_, cs) = app.get_json("/fhir/metadata").await;
    let p = cs["rest"][0]["resource"].as_array().unwrap().iter().find(|r| r["type"] == "Patient").unwrap().clone();
    assert_eq!(p["versioning"], "versioned-update");
    assert_eq!(p["readHistory"], true);
}

async fn search_by_patient_code_date_and_paging(db: Db) {
    let app = spawn_app(db).await;
    seed(&app).await;
    let (_, bundle) = app.get_json("/fhir/Observation?patient=p2").await;
    assert_eq!(bundle["total"], 5);
    let (_, bundle) = app.get_json("/fhir/Observation?subject=Patient/p2").await;
    assert_eq!(bundle["total"], 5);
    let (_, bundle) = app.get_json("/fhir/Observation?patient=Patient/p1&code=http://loinc.org|2039-6").await;
    assert_eq!(bundle["total"], 20);
    let (_, bundle) = app.get_json("/fhir/Observation?code=2857-1,nothing").await;
    assert_eq!(bundle["total"], 5);
    let (_, bundle) = app.get_json("/fhir/Observation?code=http://snomed.info/sct|2857-1").await;
    assert_eq!(bundle["total"], 0);
    let (_, bundle) = app.get_json("/fhir/Observation?_id=o1,o2,o99").await;
    assert_eq!(bundle["total"], 2);
    // Months 1..=12 repeat; March appears for i = 2, 14.
    let (_, bundle) = app.get_json("/fhir/Observation?date=2021-03").await;
    assert_eq!(bundle["total"], 2);
    let (_, bundle) = app.get_json("/fhir/Observation?date=ge2021-11-01&date=lt2022").await;
    assert_eq!(bundle["total"], 4, "November and December, twice each: {bundle}");
    let (_, bundle) = app.get_json("/fhir/Observation?_lastUpdated=gt2000-01-01").await;
    assert_eq!(bundle["total"], 25);
    let (_, bundle) = app.get_json("/fhir/Observation?_lastUpdated=lt2000-01-01").await;
    assert_eq!(bundle["total"], 0);
    let (_, bundle) = app.get_json("/fhir/Patient?gender=male").await;
    assert_eq!(bundle["total"], 1);

    // Follow next links until the end: every match exactly once.
    let mut url = app.url("/fhir/Observation?patient=p1&_count=7");
    let mut seen = Vec::new();
    let mut pages = 0;
    loop {
        let page: Value = app.client.get(&url).send().await.unwrap().json().await.unwrap();
        pages += 1;
        for entry in page["entry"].as_array().unwrap_or(&vec![]) {
            seen.push(entry["resource"]["id"].as_str().unwrap().to_string());
        }
        match page["link"].as_array().unwrap().iter().find(|l| l["relation"] == "next") {
            Some(next) => url = next["url"].as_str().unwrap().to_string(),
            None => break,
        }
    }
    assert_eq!(pages, 3);
    let total = seen.len();
    seen.sort();
    seen.dedup();
    assert_eq!((total, seen.len()), (20, 20));
}

/// `ap` is overlap (this server adds no approximation margin): points within the range, and
/// periods that start before it and reach into it or start within it and run past it —
/// including a period spanning the whole range and a same-day instant just before midnight.
async fn ap_finds_points_and_periods_that_overlap(db: Db) {
    let app = spawn_app(db).await;
    let mut entries =
        vec![json!({"resource": patient("p1", "female"), "request": {"method": "PUT", "url": "Patient/p1"}})];
    let mut period = |id: &str, start: &str, end: &str| {
        let mut o = observation(id, "p1", "2857-1", "2000-01-01");
        o.as_object_mut().unwrap().remove("effectiveDateTime");
        o["effectivePeriod"] = json!({"start": start, "end": end});
        entries.push(json!({"resource": o, "request": {"method": "PUT", "url": format!("Observation/{id}")}}));
    };
    period("reaches-in", "2021-02-20", "2021-03-02");
    period("runs-past", "2021-03-30", "2021-05-01");
    period("spans-all", "2020-01-01", "2022-12-31");
    period("after", "2021-04-02", "2021-04-20");
    period("before", "2020-12-01", "2021-02-27");
    for (id, date) in [("point-in", "2021-03-15"), ("point-out", "2021-04-01"), ("late-feb", "2021-02-28T23:59:00Z")] {
        entries.push(json!({"resource": observation(id, "p1", "2857-1", date), "request": {"method": "PUT", "url": format!("Observation/{id}")}}));
    }
    let (status, _) = app
        .post_fhir("/fhir", json!({"resourceType": "Bundle", "type": "transaction", "entry": entries}).to_string())
        .await;
    assert_eq!(status, 200);
    let ids = |bundle: &Value| -> Vec<String> {
        let mut v: Vec<String> = bundle["entry"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|e| e["resource"]["id"].as_str().unwrap_or_default().to_string())
            .collect();
        v.sort();
        v
    };
    let (_, bundle) = app.get_json("/fhir/Observation?date=ap2021-03&_count=50").await;
    assert_eq!(ids(&bundle), ["point-in", "reaches-in", "runs-past", "spans-all"], "{bundle}");
    let (_, bundle) = app.get_json("/fhir/Observation?date=ap2021-02-28&_count=50").await;
    assert_eq!(ids(&bundle), ["late-feb", "reaches-in", "spans-all"], "ends the day before: {bundle}");
    let (_, bundle) = app.get_json("/fhir/Observation?patient=p1&date=ap2021-04-10&_count=50").await;
    assert_eq!(ids(&bundle), ["after", "runs-past", "spans-all"], "{bundle}");
}

async fn everything_returns_the_compartment(db: Db) {
    let app = spawn_app(db).await;
    seed(&app).await;
    let (status, bundle) = app.get_json("/fhir/Patient/p2/$everything").await;
    assert_eq!(status, 200);
    assert_eq!(bundle["total"], 6, "the patient and its 5 observations");
    let types: Vec<&str> =
        bundle["entry"].as_array().unwrap().iter().map(|e| e["resource"]["resourceType"].as_str().unwrap()).collect();
    assert!(types.contains(&"Patient"));
    let (_, only_obs) = app.get_json("/fhir/Patient/p2/$everything?_type=Observation").await;
    assert_eq!(only_obs["total"], 5);
    let (status, body) = app.get_json("/fhir/Patient/nobody/$everything").await;
    assert_eq!(status, 404);
    assert_outcome(&body);
}

async fn urn_uuid_references_are_rewritten(db: Db) {
    let app = spawn_app(db).await;
    let bundle = json!({"resourceType": "Bundle", "type": "transaction", "entry": [
        {"fullUrl": "urn:uuid:7f2c1a9e-0000-4000-8000-000000000001", "resource": {"resourceType": "Patient", "gender": "female"}, "request": {"method": "POST", "url": "Patient"}},
        {"fullUrl": "urn:uuid:7f2c1a9e-0000-4000-8000-000000000002", "resource": {"resourceType": "Encounter", "status": "finished",
            "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "AMB"},
            "subject": {"reference": "urn:uuid:7f2c1a9e-0000-4000-8000-000000000001"}}, "request": {"method": "POST", "url": "Encounter"}},
        {"fullUrl": "urn:uuid:7f2c1a9e-0000-4000-8000-000000000003", "resource": {"resourceType": "Condition",
            "code": {"coding": [{"system": "http://snomed.info/sct", "code": "254837009"}]},
            "subject": {"reference": "urn:uuid:7f2c1a9e-0000-4000-8000-000000000001"},
            "encounter": {"reference": "urn:uuid:7f2c1a9e-0000-4000-8000-000000000002"}}, "request": {"method": "POST", "url": "Condition"}}
    ]});
    let (status, response) = app.post_fhir("/fhir", bundle.to_string()).await;
    assert_eq!(status, 200, "{response}");
    let location = response["entry"][2]["response"]["location"].as_str().unwrap();
    assert_eq!(location, "Condition/7f2c1a9e-0000-4000-8000-000000000003/_history/1");
    let (_, condition) = app.get_json("/fhir/Condition/7f2c1a9e-0000-4000-8000-000000000003").await;
    assert_eq!(condition["subject"]["reference"], "Patient/7f2c1a9e-0000-4000-8000-000000000001");
    assert_eq!(condition["encounter"]["reference"], "Encounter/7f2c1a9e-0000-4000-8000-000000000002");
    // …and the compartment search finds it by the rewritten reference.
    let (_, found) = app.get_json("/fhir/Condition?patient=7f2c1a9e-0000-4000-8000-000000000001").await;
    assert_eq!(found["total"], 1);
}

async fn transaction_is_all_or_nothing(db: Db) {
    let app = spawn_app(db).await;
    let bundle = json!({"resourceType": "Bundle", "type": "transaction", "entry": [
        {"resource": patient("ok1", "female"), "request": {"method": "PUT", "url": "Patient/ok1"}},
        {"resource": {"resourceType": "Observation", "id": "bad", "status": "final", "code": {"text": "x"}, "valueQuantity": "not a quantity"}, "request": {"method": "PUT", "url": "Observation/bad"}},
        {"resource": patient("ok2", "male"), "request": {"method": "PUT", "url": "Patient/ok2"}}
    ]});
    let (status, outcome) = app.post_fhir("/fhir", bundle.to_string()).await;
    assert_eq!(status, 400);
    assert_outcome(&outcome);
    let text = outcome.to_string();
    assert!(text.contains("entry[1]"), "the outcome names the failing entry: {text}");
    assert_eq!(app.resource_count().await, 0, "nothing of a failed transaction is stored");

    // Two entries for the same resource: a conflict.
    let duplicate = json!({"resourceType": "Bundle", "type": "transaction", "entry": [
        {"resource": patient("d", "female"), "request": {"method": "PUT", "url": "Patient/d"}},
        {"resource": patient("d", "male"), "request": {"method": "PUT", "url": "Patient/d"}}
    ]});
    let (status, outcome) = app.post_fhir("/fhir", duplicate.to_string()).await;
    assert_eq!(status, 409);
    assert_outcome(&outcome);
    assert_eq!(app.resource_count().await, 0);

    // The same content as a batch: per entry.
    let mut batch = bundle.clone();
    batch["type"] = json!("batch");
    let (status, response) = app.post_fhir("/fhir", batch.to_string()).await;
    assert_eq!(status, 200);
    let statuses: Vec<&str> =
        response["entry"].as_array().unwrap().iter().map(|e| e["response"]["status"].as_str().unwrap()).collect();
    assert_eq!(statuses, vec!["201 Created", "422 Unprocessable Entity", "201 Created"]);
    assert_outcome(&response["entry"][1]["response"]["outcome"]);
    assert_eq!(app.resource_count().await, 2);
    assert_eq!(app.quarantine_count().await, 1, "the failed batch entry is quarantined");
}

async fn ops_endpoints(db: Db) {
    let app = spawn_app(db).await;
    seed(&app).await;
    let (status, ready) = app.get_json("/readyz").await;
    assert_eq!(status, 200, "{ready}");
    let metrics = app.client.get(app.url("/metrics")).send().await.unwrap().text().await.unwrap();
    assert!(metrics.contains("oncotwin_http_requests_total"));
    assert!(metrics.contains("oncotwin_ingest_entries_total{outcome=\"created\"}"));
    assert!(!metrics.contains("p1"), "no patient ids in metric labels");
    let (status, openapi) = app.get_json("/openapi.json").await;
    assert_eq!(status, 200);
    assert!(openapi["paths"]["/fhir/{type}/{id}"].is_object());
    let docs = app.client.get(app.url("/docs/")).send().await.unwrap();
    assert_eq!(docs.status().as_u16(), 200);
    assert!(docs.text().await.unwrap().contains("swagger"), "the vendored Swagger UI is served");
}

both_backends!(
    metadata_lists_every_type,
    put_read_vread_and_versions,
    conditional_writes_honour_if_match,
    search_by_patient_code_date_and_paging,
    ap_finds_points_and_periods_that_overlap,
    everything_returns_the_compartment,
    urn_uuid_references_are_rewritten,
    transaction_is_all_or_nothing,
    ops_endpoints,
);
