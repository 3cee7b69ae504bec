//! Bad input over HTTP: a clear 4xx OperationOutcome every time, and the server stays up.

use crate::both_backends;
use crate::helpers::{assert_outcome, spawn_app, spawn_app_with, Db};

async fn assert_still_up(app: &crate::helpers::TestApp) {
    let (status, _) = app.get_json("/healthz").await;
    assert_eq!(status, 200, "server must survive bad input");
}

const LONG_REFERENCE: &str = concat!(
    "{\"resourceType\": \"Patient\", \"id\": \"p1\", \"managingOrganization\": {\"reference\": \"Organization/",
    include_str!("../fixtures/long-reference.txt"),
    "\"}}"
);

async fn malformed_and_non_fhir_json(db: Db) {
    let app = spawn_app(db).await;
    for (body, path, expected) in [
        ("{\"resourceType\": \"Bundle\", \"type\": \"batch\", \"entry\": [", "/fhir", 400),
        ("{\"hello\": \"world\"}", "/fhir", 400),
        ("[1, 2, 3]", "/fhir", 400),
        ("{\"resourceType\": \"Patient\"}", "/fhir", 400),
        ("{\"resourceType\": \"Bundle\", \"type\": \"collection\"}", "/fhir", 400),
        ("{\"hello\": \"world\"}", "/fhir/Patient/p1", 400),
        ("not json at all", "/fhir/Patient/p1", 400),
        ("{\"resourceType\": \"Patient\", \"id\": \"p1\", \"gender\": 42}", "/fhir/Patient/p1", 422),
        ("{\"resourceType\": \"Patient\", \"id\": \"other\"}", "/fhir/Patient/p1", 400),
        ("{\"resourceType\": \"Observation\", \"id\": \"p1\"}", "/fhir/Patient/p1", 400),
        // The probe's: `entry` an object, a NUL in a reference, a 10,000-character reference.
        ("{\"resourceType\": \"Bundle\", \"type\": \"transaction\", \"entry\": {\"resource\": {\"resourceType\": \"Patient\", \"id\": \"p1\"}}}", "/fhir", 400),
        ("{\"resourceType\": \"Patient\", \"id\": \"p1\", \"generalPractitioner\": [{\"reference\": \"Practitioner/a\\u0000b\"}]}", "/fhir/Patient/p1", 422),
        (LONG_REFERENCE, "/fhir/Patient/p1", 422),
    ] {
        let response = app
            .client
            .request(if path == "/fhir" { reqwest::Method::POST } else { reqwest::Method::PUT }, app.url(path))
            .header("Content-Type", "application/fhir+json")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), expected, "{path} with {body}");
        assert!(response.headers()["content-type"].to_str().unwrap().starts_with("application/fhir+json"));
        assert_outcome(&response.json().await.unwrap());
    }
    assert_eq!(app.resource_count().await, 0, "nothing may be stored from bad requests");
    assert_still_up(&app).await;
}

async fn wrong_content_type(db: Db) {
    let app = spawn_app(db).await;
    for content_type in ["application/xml", "text/plain", "application/fhir+xml"] {
        let response = app
            .client
            .put(app.url("/fhir/Patient/p1"))
            .header("Content-Type", content_type)
            .body("{\"resourceType\": \"Patient\", \"id\": \"p1\"}")
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 415, "{content_type}");
        assert_outcome(&response.json().await.unwrap());
    }
    assert_still_up(&app).await;
}

async fn body_over_the_limit(db: Db) {
    let app = spawn_app_with(db, |s| s.max_body_bytes = 64 * 1024).await;
    let big = format!("{{\"resourceType\": \"Patient\", \"id\": \"p1\", \"text\": {{\"status\": \"generated\", \"div\": \"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">{}</div>\"}}}}", "x".repeat(100 * 1024));
    let (status, body) = app.post_fhir("/fhir/Patient", big.clone()).await;
    assert_eq!(status, 413);
    assert_outcome(&body);
    // Without Content-Length (chunked), the limit still holds.
    let stream = futures_util::stream::iter(
        big.into_bytes().chunks(8192).map(|c| Ok::<_, std::io::Error>(c.to_vec())).collect::<Vec<_>>(),
    );
    let response = app
        .client
        .post(app.url("/fhir/Patient"))
        .header("Content-Type", "application/fhir+json")
        .body(reqwest::Body::wrap_stream(stream))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 413);
    // Every route that takes a body: the same limit, answered in the route's error shape
    // (an OperationOutcome, or problem+json under /api), never a text/plain line.
    let over = "x".repeat(200 * 1024);
    for (path, fhir) in [
        ("/api/v1/necessity", false),
        ("/fhir/Observation/_search", true),
        ("/fhir/PlanDefinition/oncotwin-breast/$apply?subject=Patient/p1", true),
    ] {
        let response = app
            .client
            .post(app.url(path))
            .header(
                "Content-Type",
                if path.ends_with("_search") { "application/x-www-form-urlencoded" } else { "application/json" },
            )
            .body(over.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 413, "{path}");
        let body: serde_json::Value = response.json().await.expect("a JSON error body");
        if fhir {
            assert_outcome(&body);
        } else {
            assert_eq!(body["status"], 413, "{path}: {body}");
        }
    }
    assert_still_up(&app).await;
}

async fn deep_nesting(db: Db) {
    let app = spawn_app(db).await;
    let depth = 10_000;
    let arrays = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let objects = format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth));
    let in_resource = format!("{{\"resourceType\": \"Patient\", \"id\": \"p1\", \"extension\": {arrays}}}");
    let in_bundle =
        format!("{{\"resourceType\": \"Bundle\", \"type\": \"batch\", \"entry\": [{{\"resource\": {objects}}}]}}");
    for (path, body) in [
        ("/fhir", arrays.clone()),
        ("/fhir", objects.clone()),
        ("/fhir/Patient/p1", in_resource),
        ("/fhir/Patient/p1", objects),
    ] {
        let (status, response) = app.post_or_put(path, body).await;
        assert!((400..500).contains(&status), "{path}: status {status}");
        assert_outcome(&response);
    }
    // Inside a batch, the deep entry is quarantined and reported, not a crash.
    let (status, response) = app.post_fhir("/fhir", in_bundle).await;
    assert_eq!(status, 200);
    assert!(response["entry"][0]["response"]["status"].as_str().unwrap().starts_with("400"), "{response}");
    assert_eq!(app.quarantine_count().await, 1);
    assert_still_up(&app).await;
}

async fn unknown_types_and_paths(db: Db) {
    let app = spawn_app(db).await;
    for path in [
        "/fhir/Spaceship/1",
        "/fhir/Spaceship?name=x",
        "/fhir/Patient/not_valid!",
        "/fhir/Patient/missing",
        "/fhir/Patient/x/_history/abc",
    ] {
        let (status, body) = app.get_json(path).await;
        assert!(status == 404 || status == 400, "{path}: {status}");
        assert_outcome(&body);
    }
    let (status, body) = app.post_fhir("/fhir/Spaceship", "{\"resourceType\": \"Spaceship\"}").await;
    assert_eq!(status, 400);
    assert_outcome(&body);
    let response = app.client.delete(app.url("/fhir/Patient/x")).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 405);
    assert_still_up(&app).await;
}

async fn bad_search_parameters(db: Db) {
    let app = spawn_app(db).await;
    for path in [
        "/fhir/Observation?date=ge-yesterday",
        "/fhir/Observation?_count=lots",
        "/fhir/Observation?code:text=x",
        "/fhir/Observation?_sort=flavour",
    ] {
        let (status, body) = app.get_json(path).await;
        assert_eq!(status, 400, "{path}");
        assert_outcome(&body);
    }
    let strict = app
        .client
        .get(app.url("/fhir/Observation?flavour=x"))
        .header("Prefer", "handling=strict")
        .send()
        .await
        .unwrap();
    assert_eq!(strict.status().as_u16(), 400);
    let (status, lenient) = app.get_json("/fhir/Observation?flavour=x").await;
    assert_eq!(status, 200);
    assert_eq!(lenient["entry"][0]["search"]["mode"], "outcome", "ignored parameters are reported: {lenient}");
}

impl crate::helpers::TestApp {
    async fn post_or_put(&self, path: &str, body: String) -> (u16, serde_json::Value) {
        let request = if path == "/fhir" { self.client.post(self.url(path)) } else { self.client.put(self.url(path)) };
        let response = request.header("Content-Type", "application/fhir+json").body(body).send().await.unwrap();
        let status = response.status().as_u16();
        (status, response.json().await.unwrap_or(serde_json::Value::Null))
    }
}

/// A 100 KB header is answered 431 with a readable error (it used to close the connection),
/// before the token is looked at; the server stays up.
async fn huge_headers_get_431(db: Db) {
    let app = spawn_app(db).await;
    for (path, header) in
        [("/fhir/Patient", "X-Padding"), ("/api/v1/worklist", "X-Padding"), ("/fhir/Patient", "Authorization")]
    {
        let value =
            if header == "Authorization" { format!("Bearer {}", "a".repeat(100_000)) } else { "a".repeat(100_000) };
        let response = reqwest::Client::new().get(app.url(path)).header(header, value).send().await.unwrap();
        assert_eq!(response.status().as_u16(), 431, "{path} with a 100 KB {header}");
        let body: serde_json::Value = response.json().await.unwrap();
        if path.starts_with("/fhir") {
            assert_outcome(&body);
        } else {
            assert_eq!(body["status"], 431, "{body}");
        }
    }
    assert_still_up(&app).await;
}

both_backends!(
    malformed_and_non_fhir_json,
    wrong_content_type,
    body_over_the_limit,
    deep_nesting,
    unknown_types_and_paths,
    bad_search_parameters,
    huge_headers_get_431
);
