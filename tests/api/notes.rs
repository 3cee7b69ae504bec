//! Note extraction: jobs queued by ingest and run by background workers (never inside
//! ingest), on SQLite and PostgreSQL; restarts, crashed workers, several workers, retries and
//! dead letters; note events merged into the timeline with provenance; the status route and
//! /metrics; the LLM extractor against a wiremock endpoint (malformed JSON, a schema
//! violation, a hallucinated span, a timeout, 429 then success, 500 forever, the cache).

use crate::both_backends;
use crate::helpers::{fixture_text, raw_sql_exec, spawn_app, spawn_app_on, Db, TestApp};
use base64::Engine;
use oncotwin::notes::jobs::{Worker, WorkerConfig};
use oncotwin::notes::llm::{LlmCache, LlmConfig, LlmExtractor};
use oncotwin::notes::rules::RuleExtractor;
use oncotwin::notes::{ExtractError, Extractor, Note, Rejection};
use oncotwin::store::NoteJobConflict;
use serde_json::{json, Value};
use std::sync::Arc;
use std::time::Duration;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

const BREAST: &str = "3f96088f-1f08-47cd-b67b-a57e269ce08b";

fn b64(s: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(s)
}

async fn ingest(app: &TestApp, text: &str) {
    let (report, _) =
        oncotwin::ingest::ingest_text(&app.store, text, "test", oncotwin::ingest::FailedTransaction::Quarantine)
            .await
            .expect("ingest");
    let quarantined = app.store.quarantine_records(10, 0).await.unwrap();
    assert_eq!(report.quarantined_total(), 0, "{quarantined:?}");
}

fn fast() -> WorkerConfig {
    WorkerConfig { backoff: Duration::ZERO, max_attempts: 3, ..Default::default() }
}

fn rules_worker(app: &TestApp) -> Worker {
    Worker::new(app.store.clone(), Arc::new(Extractor::Rules(RuleExtractor)), fast())
}

/// Runs a worker until the queue has nothing due.
async fn drain(worker: &Worker) -> usize {
    let mut total = 0;
    loop {
        let n = worker.run_once().await.expect("worker");
        if n == 0 {
            return total;
        }
        total += n;
    }
}

async fn notes_status(app: &TestApp, patient: &str) -> Value {
    let (status, body) = app.get_json(&format!("/api/v1/patients/{patient}/notes")).await;
    assert_eq!(status, 200, "{body}");
    body
}

/// A small patient: a note inline, one in a Binary, one HTML Composition, one undecodable.
fn small_patient(id: &str) -> String {
    let note = "2021-03-01\n# Family History\nMother had breast cancer.\n## Plan\nNo evidence of metastatic disease.\nStarted letrozole 2.5 mg daily. Lumpectomy on 2021-02-20.";
    json!({"resourceType": "Bundle", "type": "batch", "entry": [
        {"resource": {"resourceType": "Patient", "id": id}, "request": {"method": "PUT", "url": format!("Patient/{id}")}},
        {"resource": {"resourceType": "Procedure", "id": format!("{id}-surgery"), "status": "completed", "subject": {"reference": format!("Patient/{id}")},
            "code": {"coding": [{"system": "http://snomed.info/sct", "code": "392021009", "display": "Lumpectomy of breast"}]},
            "performedDateTime": "2021-02-18"}, "request": {"method": "PUT", "url": format!("Procedure/{id}-surgery")}},
        {"resource": {"resourceType": "DocumentReference", "id": format!("{id}-inline"), "status": "current", "subject": {"reference": format!("Patient/{id}")},
            "date": "2021-03-01T10:00:00Z", "content": [{"attachment": {"contentType": "text/markdown", "data": b64(note)}}]},
            "request": {"method": "PUT", "url": format!("DocumentReference/{id}-inline")}},
        {"resource": {"resourceType": "Binary", "id": format!("{id}-bin"), "contentType": "text/plain", "data": b64("Pathology: ER positive, HER2 negative.")},
            "request": {"method": "PUT", "url": format!("Binary/{id}-bin")}},
        {"resource": {"resourceType": "DocumentReference", "id": format!("{id}-binary"), "status": "current", "subject": {"reference": format!("Patient/{id}")},
            "date": "2021-03-02T09:00:00Z", "content": [{"attachment": {"contentType": "text/plain", "url": format!("Binary/{id}-bin")}}]},
            "request": {"method": "PUT", "url": format!("DocumentReference/{id}-binary")}},
        {"resource": {"resourceType": "Composition", "id": format!("{id}-comp"), "status": "final", "type": {"text": "Progress note"}, "subject": {"reference": format!("Patient/{id}")},
            "date": "2021-04-01", "title": "Progress", "author": [{"display": "Dr X"}],
            "section": [{"title": "Plan", "text": {"status": "generated", "div": "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Radiation therapy started.</p></div>"}}]},
            "request": {"method": "PUT", "url": format!("Composition/{id}-comp")}},
        {"resource": {"resourceType": "DocumentReference", "id": format!("{id}-broken"), "status": "current", "subject": {"reference": format!("Patient/{id}")},
            "date": "2021-03-03T09:00:00Z", "content": [{"attachment": {"contentType": "text/plain", "data": "//4A"}}]},
            "request": {"method": "PUT", "url": format!("DocumentReference/{id}-broken")}}
    ]})
    .to_string()
}

/// Ingest queues the notes and extracts nothing; a worker then reads them all, and the
/// timeline merges what they say with provenance.
async fn ingest_queues_and_workers_extract(db: Db) {
    let app = spawn_app(db).await;
    ingest(&app, &small_patient("p1")).await;
    let status = notes_status(&app, "p1").await;
    assert_eq!(status["counts"], json!({"queued": 4, "running": 0, "done": 0, "dead": 0}), "{status}");
    let (_, timeline) = app.get_json("/api/v1/patients/p1/timeline").await;
    assert!(!timeline.to_string().contains("letrozole"), "nothing is extracted inside ingest");

    assert_eq!(drain(&rules_worker(&app)).await, 4);
    let status = notes_status(&app, "p1").await;
    assert_eq!(status["counts"], json!({"queued": 0, "running": 0, "done": 3, "dead": 1}), "{status}");
    let dead = status["jobs"].as_array().unwrap().iter().find(|j| j["status"] == "dead").unwrap();
    assert_eq!(dead["document"], "DocumentReference/p1-broken");
    assert!(dead["last_error"].as_str().unwrap().contains("not UTF-8"), "{dead}");
    assert_eq!(dead["attempts"], 1, "an unreadable note is dead-lettered at once");

    let (_, timeline) = app.get_json("/api/v1/patients/p1/timeline").await;
    let events = timeline["events"].as_array().unwrap();
    let find = |label: &str| events.iter().filter(|e| e["label"] == label).collect::<Vec<_>>();
    // The note's letrozole is new: kept, marked note-derived, evidence to the character.
    let letrozole = find("letrozole");
    assert_eq!(letrozole.len(), 1, "{events:?}");
    assert_eq!(letrozole[0]["details"]["origin"], "note");
    assert_eq!(letrozole[0]["sources"], json!(["DocumentReference/p1-inline"]));
    let ev = &letrozole[0]["notes"][0];
    assert_eq!(
        (ev["extractor"].as_str(), ev["prompt_version"].as_str()),
        (Some("rules"), Some(oncotwin::notes::rules::RULES_VERSION))
    );
    let text = "2021-03-01\n# Family History\nMother had breast cancer.\n## Plan\nNo evidence of metastatic disease.\nStarted letrozole 2.5 mg daily. Lumpectomy on 2021-02-20.";
    let chars: Vec<char> = text.chars().collect();
    let (s, e) = (ev["start"].as_u64().unwrap() as usize, ev["end"].as_u64().unwrap() as usize);
    assert_eq!(chars[s..e].iter().collect::<String>(), "letrozole");
    assert_eq!(letrozole[0]["date"], "2021-03-01");
    // The lumpectomy is the structured one, with the note as a second source; the note
    // wrote another date: a conflict, shown.
    let surgery = find("Lumpectomy of breast");
    assert_eq!(surgery.len(), 1, "{surgery:?}");
    assert_eq!(surgery[0]["sources"], json!(["Procedure/p1-surgery", "DocumentReference/p1-inline"]));
    assert_eq!(surgery[0]["date"], "2021-02-18");
    assert_eq!(surgery[0]["notes"][0]["date"], "2021-02-20");
    assert_eq!(surgery[0]["notes"][0]["date_conflict"], true);
    // Negated and family mentions never became events; the Binary and the Composition were read.
    assert!(!timeline.to_string().contains("Metastatic malignant neoplasm"));
    assert!(events.iter().all(|e| e["category"] != "diagnosis"), "mother's cancer is not the patient's");
    assert_eq!(find("ER positive").len(), 1);
    assert_eq!(find("Radiotherapy")[0]["sources"], json!(["Composition/p1-comp"]));
    // Derived data follows: the note's radiotherapy is a course.
    assert_eq!(timeline["radiotherapy_courses"].as_array().unwrap().len(), 1, "{}", timeline["radiotherapy_courses"]);

    // Re-ingesting the same content queues nothing; a changed note is queued again.
    ingest(&app, &small_patient("p1")).await;
    assert_eq!(notes_status(&app, "p1").await["counts"]["queued"], 0);
    let metrics = app.client.get(app.url("/metrics")).send().await.unwrap().text().await.unwrap();
    assert!(metrics.contains("oncotwin_note_jobs{status=\"dead\"}"), "{metrics}");
    assert!(metrics.contains("oncotwin_note_events_total{extractor=\"rules\"}"));
}

/// The queue is in the database: a new process picks it up; a worker that dies mid-job
/// leaves a lease that expires, and its late result is dropped.
async fn jobs_survive_restarts_and_crashed_workers(db: Db) {
    let app = spawn_app(db).await;
    ingest(&app, &small_patient("p2")).await;
    // A worker claims everything with a lease that has already expired, then "crashes".
    let jobs =
        app.store.claim_note_jobs("crashed", "2999-01-01T00:00:00.000Z", "2000-01-01T00:00:01.000Z", 10).await.unwrap();
    assert_eq!(jobs.len(), 4);
    assert_eq!(notes_status(&app, "p2").await["counts"]["running"], 4);
    // "Restart": a second server on the same database, with its own worker.
    let restarted = spawn_app_on(app.database_url.clone(), tempfile::tempdir().unwrap(), |_| {}).await;
    assert_eq!(drain(&rules_worker(&restarted)).await, 4);
    let status = notes_status(&restarted, "p2").await;
    assert_eq!(status["counts"], json!({"queued": 0, "running": 0, "done": 3, "dead": 1}), "{status}");
    assert!(status["jobs"].as_array().unwrap().iter().all(|j| j["attempts"] == 2 || j["status"] == "dead"));
    // The crashed worker's late answer is refused.
    let late = app
        .store
        .finish_note_job(oncotwin::store::FinishedJob {
            document: "DocumentReference/p2-inline",
            worker: "crashed",
            extractor: "rules",
            rows: Vec::new(),
            rejected: 0,
            now: "2000-01-01T00:00:02.000Z",
        })
        .await
        .unwrap();
    assert!(!late);
    let (_, timeline) = restarted.get_json("/api/v1/patients/p2/timeline").await;
    assert!(timeline.to_string().contains("letrozole"));
}

/// Several workers claim concurrently: every job is claimed exactly once (SKIP LOCKED on
/// PostgreSQL, the write lock on SQLite).
async fn several_workers_never_share_a_job(db: Db) {
    let app = spawn_app(db).await;
    let jobs: Vec<(String, String)> =
        (0..60).map(|i| (format!("DocumentReference/d{i:02}"), "p".to_string())).collect();
    app.store.enqueue_note_jobs(&jobs, "2020-01-01T00:00:00.000Z", NoteJobConflict::Requeue).await.unwrap();
    let mut tasks = Vec::new();
    for w in 0..4 {
        let store = app.store.clone();
        tasks.push(tokio::spawn(async move {
            let mut mine = Vec::new();
            loop {
                let batch = store
                    .claim_note_jobs(&format!("w{w}"), "2030-01-01T00:00:00.000Z", "2030-01-01T01:00:00.000Z", 3)
                    .await
                    .unwrap();
                if batch.is_empty() {
                    return mine;
                }
                mine.extend(batch.into_iter().map(|j| j.document));
            }
        }));
    }
    let mut all = Vec::new();
    let mut per_worker = Vec::new();
    for t in tasks {
        let mine = t.await.unwrap();
        per_worker.push(mine.len());
        all.extend(mine);
    }
    all.sort();
    let before = all.len();
    all.dedup();
    assert_eq!((before, all.len()), (60, 60), "claimed per worker: {per_worker:?}");
}

/// Real Synthea notes: every note ends done; the timeline gains note evidence on its drugs.
async fn synthea_notes_end_extracted(db: Db) {
    let app = spawn_app(db).await;
    ingest(&app, &fixture_text("synthea/breast-3f96088f.json.gz")).await;
    let queued = notes_status(&app, BREAST).await["counts"]["queued"].as_i64().unwrap();
    assert!(queued >= 100, "{queued}");
    let workers: Vec<Worker> = (0..2).map(|_| rules_worker(&app)).collect();
    let (a, b) = tokio::join!(drain(&workers[0]), drain(&workers[1]));
    assert_eq!((a + b) as i64, queued);
    let status = notes_status(&app, BREAST).await;
    assert_eq!(status["counts"]["done"].as_i64().unwrap(), queued, "nothing lost: {}", status["counts"]);
    let (_, timeline) = app.get_json(&format!("/api/v1/patients/{BREAST}/timeline?category=systemic_therapy")).await;
    let epirubicin: Vec<&Value> =
        timeline["events"].as_array().unwrap().iter().filter(|e| e["label"] == "epirubicin").collect();
    assert!(!epirubicin.is_empty());
    let confirmed = epirubicin
        .iter()
        .filter(|e| e["notes"][0]["document"].as_str().is_some_and(|d| d.starts_with("DocumentReference/")))
        .count();
    assert!(confirmed >= 4, "epirubicin orders are confirmed by their encounter's note: {epirubicin:?}");
    assert!(epirubicin.iter().all(|e| e["details"].get("origin").is_none()), "merged, not duplicated: {epirubicin:?}");
}

/// The status route is PHI: a patient token reaches only its own patient; requests are audited.
async fn notes_status_is_scoped_and_audited(db: Db) {
    let app = spawn_app(db).await;
    ingest(&app, &small_patient("p3")).await;
    let own = app.dev.mint("app", "patient/*.rs", Some("p3"), 600).unwrap();
    let get = |path: String, token: String| {
        let client = reqwest::Client::new();
        let url = app.url(&path);
        async move { client.get(url).bearer_auth(token).send().await.unwrap().status().as_u16() }
    };
    assert_eq!(get("/api/v1/patients/p3/notes".into(), own.clone()).await, 200);
    assert_eq!(get("/api/v1/patients/other/notes".into(), own).await, 403);
    assert_eq!(reqwest::get(app.url("/api/v1/patients/p3/notes")).await.unwrap().status().as_u16(), 401);
    let (status, body) = app.get_json("/api/v1/patients/bad%20id/notes").await;
    assert_eq!((status, body["title"].as_str()), (400, Some("invalid patient id")));
    let mut found = false;
    for _ in 0..50 {
        let (_, audit) = app.get_json("/api/v1/audit?patient=p3&limit=100").await;
        found = audit["records"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["route"] == "/api/v1/patients/{id}/notes" && r["outcome"] == 200);
        if found {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(found, "the status read is audited");
}

// ---------------------------------------------------------------------------------------
// The LLM extractor against wiremock.

fn note(text: &str) -> Note {
    Note {
        document: "DocumentReference/x".into(),
        date: chrono::NaiveDate::from_ymd_opt(2022, 5, 10).unwrap(),
        text: text.into(),
    }
}

fn completion(content: &str) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({
        "choices": [{"message": {"role": "assistant", "content": content}}],
        "usage": {"completion_tokens": 42}
    }))
}

const GOOD: &str =
    r#"{"events": [{"type": "drug", "name": "letrozole", "value": "", "date": "", "evidence": "Started letrozole"}]}"#;

fn config(server: &MockServer) -> LlmConfig {
    let mut c = LlmConfig::new(&server.uri(), "test-model");
    c.timeout = Duration::from_millis(500);
    c.retries = 2;
    c.backoff = Duration::from_millis(10);
    c.breaker_threshold = 100;
    c
}

fn extractor(server: &MockServer, tweak: impl FnOnce(&mut LlmConfig)) -> LlmExtractor {
    let mut c = config(server);
    tweak(&mut c);
    LlmExtractor::new(c, LlmCache::Memory(Default::default())).unwrap()
}

async fn requests(server: &MockServer) -> usize {
    server.received_requests().await.unwrap_or_default().len()
}

#[tokio::test]
async fn llm_sends_a_schema_and_reads_the_events() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path("/v1/chat/completions")).respond_with(completion(GOOD)).mount(&server).await;
    let llm = extractor(&server, |c| c.api_key = Some("sk-test".into()));
    let x = llm.extract(&note("Started letrozole today.")).await.unwrap();
    assert_eq!(x.events.len(), 1);
    assert_eq!(x.events[0].label, "letrozole");
    assert_eq!(x.events[0].notes[0].model.as_deref(), Some("test-model"));
    assert_eq!(x.completion_tokens, 42);
    let sent: Value = server.received_requests().await.unwrap()[0].body_json().unwrap();
    assert_eq!(sent["model"], "test-model");
    assert_eq!(sent["response_format"]["type"], "json_schema");
    assert_eq!(sent["response_format"]["json_schema"]["schema"]["required"], json!(["events"]));
    assert_eq!(server.received_requests().await.unwrap()[0].headers["authorization"], "Bearer sk-test");
    // The same note again comes from the cache: never sent twice.
    let again = llm.extract(&note("Started letrozole today.")).await.unwrap();
    assert!(again.cached);
    assert_eq!(requests(&server).await, 1);
}

#[tokio::test]
async fn llm_bad_answers_are_refused() {
    let cases = [
        ("{\"events\": [", "not valid JSON"),
        (r#"{"findings": []}"#, "breaks the schema"),
        (r#"{"events": "Started letrozole"}"#, "breaks the schema"),
    ];
    for (content, what) in cases {
        let server = MockServer::start().await;
        Mock::given(method("POST")).respond_with(completion(content)).mount(&server).await;
        match extractor(&server, |_| {}).extract(&note("Started letrozole.")).await {
            Err(ExtractError::BadAnswer(reason)) => {
                assert!(reason.contains(what), "{reason}");
                assert!(!reason.contains("letrozole"), "a reason never quotes the answer (or the note): {reason}");
            }
            other => panic!("expected a bad answer, got {other:?}", other = other.map(|x| x.events.len())),
        }
        assert_eq!(requests(&server).await, 1, "a bad answer is not asked again");
    }
}

#[tokio::test]
async fn llm_hallucinated_spans_are_rejected_and_counted() {
    let server = MockServer::start().await;
    let answer = r#"{"events": [
        {"type": "drug", "name": "letrozole", "value": "", "date": "", "evidence": "Started letrozole"},
        {"type": "drug", "name": "tamoxifen", "value": "", "date": "", "evidence": "Started tamoxifen 20 mg"},
        {"type": "surgery", "name": "mastectomy", "value": "", "date": "sometime", "evidence": "letrozole"}]}"#;
    Mock::given(method("POST")).respond_with(completion(answer)).mount(&server).await;
    let x = extractor(&server, |_| {}).extract(&note("Started letrozole.")).await.unwrap();
    assert_eq!(x.events.len(), 1);
    assert_eq!(x.rejected, [Rejection::Hallucination, Rejection::BadDate]);
}

#[tokio::test]
async fn llm_timeouts_and_500s_are_retried_then_fail() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).respond_with(completion(GOOD).set_delay(Duration::from_secs(2))).mount(&server).await;
    let started = std::time::Instant::now();
    match extractor(&server, |_| {}).extract(&note("Started letrozole.")).await {
        Err(ExtractError::Transient(reason)) => assert!(reason.contains("timed out"), "{reason}"),
        other => panic!("expected a timeout, got {:?}", other.map(|x| x.events.len())),
    }
    assert!(started.elapsed() < Duration::from_secs(3), "the timeout holds");
    assert_eq!(requests(&server).await, 3, "the first attempt and 2 retries");

    let server = MockServer::start().await;
    Mock::given(method("POST")).respond_with(ResponseTemplate::new(500)).mount(&server).await;
    let llm = extractor(&server, |c| c.breaker_threshold = 3);
    match llm.extract(&note("Started letrozole.")).await {
        Err(ExtractError::Transient(reason)) => assert!(reason.contains("HTTP 500"), "{reason}"),
        other => panic!("expected a failure, got {:?}", other.map(|x| x.events.len())),
    }
    assert_eq!(requests(&server).await, 3);
    // Three failures opened the circuit: the next note is refused without a request.
    match llm.extract(&note("Started anastrozole.")).await {
        Err(ExtractError::Transient(reason)) => assert!(reason.contains("circuit open"), "{reason}"),
        other => panic!("expected an open circuit, got {:?}", other.map(|x| x.events.len())),
    }
    assert_eq!(requests(&server).await, 3);
}

/// 429 first (with Retry-After), then success.
struct RateLimitedOnce(std::sync::atomic::AtomicUsize);

impl Respond for RateLimitedOnce {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        if self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == 0 {
            ResponseTemplate::new(429).insert_header("Retry-After", "0")
        } else {
            completion(GOOD)
        }
    }
}

#[tokio::test]
async fn llm_429_then_success() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).respond_with(RateLimitedOnce(Default::default())).mount(&server).await;
    let x = extractor(&server, |_| {}).extract(&note("Started letrozole.")).await.unwrap();
    assert_eq!(x.events.len(), 1);
    assert_eq!(requests(&server).await, 2);
}

/// A model that answers about whatever section it is sent: one drug event per "Started X"
/// in the section, and, for sections longer than `cut_over` bytes, an answer cut off at the
/// token limit after its first event (`finish_reason: length`).
struct SectionModel {
    cut_over: usize,
}

impl Respond for SectionModel {
    fn respond(&self, request: &Request) -> ResponseTemplate {
        let body: Value = request.body_json().unwrap();
        let user = body["messages"].as_array().unwrap().last().unwrap()["content"].as_str().unwrap().to_string();
        let section = user.split_once("Note:\n").map_or("", |(_, t)| t);
        let events: Vec<Value> = section
            .split("Started ")
            .skip(1)
            .filter_map(|rest| rest.split(|c: char| !c.is_alphabetic()).next())
            .map(|drug| json!({"type": "drug", "name": drug, "value": "", "date": "", "evidence": format!("Started {drug}")}))
            .collect();
        let full = json!({"events": events}).to_string();
        if section.len() > self.cut_over && events.len() > 1 {
            let first = json!({"events": [events[0]]}).to_string();
            let cut = format!("{}, {{\"type\": \"drug\", \"na", &first[..first.len() - 2]);
            return ResponseTemplate::new(200).set_body_json(json!({
                "choices": [{"message": {"role": "assistant", "content": cut}, "finish_reason": "length"}],
                "usage": {"completion_tokens": 7}
            }));
        }
        ResponseTemplate::new(200).set_body_json(json!({
            "choices": [{"message": {"role": "assistant", "content": full}, "finish_reason": "stop"}],
            "usage": {"completion_tokens": 5}
        }))
    }
}

fn paragraphs(drugs: &[&str]) -> String {
    drugs
        .iter()
        .map(|d| format!("Assessment. {}Started {d} this month.", "The patient is doing well today. ".repeat(12)))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// A long note is asked about section by section; an answer cut off at max_tokens is
/// re-asked in halves instead of losing the note, and events get distinct ids.
#[tokio::test]
async fn llm_long_notes_go_by_section_and_survive_cut_off_answers() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).respond_with(SectionModel { cut_over: 900 }).mount(&server).await;
    let text = paragraphs(&["letrozole", "anastrozole", "tamoxifen", "exemestane", "palbociclib", "fulvestrant"]);
    let x = extractor(&server, |_| {}).extract(&note(&text)).await.unwrap();
    let mut names: Vec<String> = x.events.iter().map(|e| e.label.to_lowercase()).collect();
    names.sort();
    assert_eq!(names, ["anastrozole", "exemestane", "fulvestrant", "letrozole", "palbociclib", "tamoxifen"]);
    let ids: std::collections::BTreeSet<&str> = x.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids.len(), 6, "event ids are distinct across sections");
    let sent = server.received_requests().await.unwrap();
    assert!(sent.len() >= 3, "sent by section: {}", sent.len());
    for request in &sent {
        let body: Value = request.body_json().unwrap();
        let user = body["messages"].as_array().unwrap().last().unwrap()["content"].as_str().unwrap().len();
        assert!(user <= oncotwin::notes::llm::CHUNK_BYTES + 40, "a section of {user} bytes");
        assert!(body["max_tokens"].as_u64().unwrap() <= 1024);
        // The worked example goes with every request.
        assert_eq!(body["messages"][2]["role"], "assistant");
    }
    // Cut off even at the last split: what was complete is kept.
    let stubborn = MockServer::start().await;
    Mock::given(method("POST")).respond_with(SectionModel { cut_over: 0 }).mount(&stubborn).await;
    let two = "Started letrozole. Started tamoxifen.";
    let x = extractor(&stubborn, |_| {}).extract(&note(two)).await.unwrap();
    assert!(x.events.iter().any(|e| e.label.eq_ignore_ascii_case("letrozole")), "{:?}", x.events);
}

/// Rules first: the model reads only the paragraphs in which the rules found nothing, and
/// the rules' events are kept.
#[tokio::test]
async fn hybrid_sends_only_what_the_rules_could_not_read() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).respond_with(SectionModel { cut_over: usize::MAX }).mount(&server).await;
    let text = format!(
        "Letrozole 2.5 mg daily was started on 2022-03-01 after lumpectomy.\n\n{}\n\nER positive, PR positive, HER2 negative.",
        "Started zanubrutinib for an unrelated trial indication."
    );
    let hybrid = extractor(&server, |c| c.rules_first = true);
    assert_eq!(hybrid.name(), "hybrid");
    let x = hybrid.extract(&note(&text)).await.unwrap();
    let sent = server.received_requests().await.unwrap();
    assert_eq!(sent.len(), 1, "one paragraph had no rule event");
    let body: Value = sent[0].body_json().unwrap();
    let user = body["messages"].as_array().unwrap().last().unwrap()["content"].as_str().unwrap().to_string();
    assert!(user.contains("zanubrutinib") && !user.contains("Letrozole") && !user.contains("HER2"), "{user}");
    let extractors: std::collections::BTreeSet<&str> = x.events.iter().map(|e| e.notes[0].extractor.as_str()).collect();
    assert!(extractors.contains("rules"), "the rules' events are kept: {:?}", x.events);
    assert!(x.events.iter().any(|e| e.label.to_lowercase().contains("letrozole")));
}

/// Through the queue with the LLM extractor: a dead endpoint dead-letters the job with the
/// reason after the configured attempts; a working one extracts, and a second document with
/// the same text is answered from the database cache.
async fn llm_jobs_retry_dead_letter_and_cache(db: Db) {
    let app = spawn_app(db).await;
    ingest(&app, &small_patient("p4")).await;
    let down = MockServer::start().await;
    Mock::given(method("POST")).respond_with(ResponseTemplate::new(503)).mount(&down).await;
    let mut c = config(&down);
    c.retries = 0;
    let llm = LlmExtractor::new(c, LlmCache::Store(app.store.clone())).unwrap();
    let worker = Worker::new(
        app.store.clone(),
        Arc::new(Extractor::Llm(Box::new(llm))),
        WorkerConfig { max_attempts: 2, ..fast() },
    );
    drain(&worker).await;
    let status = notes_status(&app, "p4").await;
    assert_eq!(status["counts"]["dead"], 4, "{status}");
    let inline =
        status["jobs"].as_array().unwrap().iter().find(|j| j["document"] == "DocumentReference/p4-inline").unwrap();
    assert_eq!(inline["attempts"], 2);
    assert!(inline["last_error"].as_str().unwrap().contains("HTTP 503"), "{inline}");

    let up = MockServer::start().await;
    Mock::given(method("POST")).respond_with(completion(r#"{"events": []}"#)).mount(&up).await;
    ingest(&app, &small_patient("p5")).await;
    // p6's notes are p5's, word for word.
    ingest(&app, &small_patient("p5").replace("p5", "p6")).await;
    let llm = LlmExtractor::new(config(&up), LlmCache::Store(app.store.clone())).unwrap();
    let worker = Worker::new(app.store.clone(), Arc::new(Extractor::Llm(Box::new(llm))), fast());
    drain(&worker).await;
    assert_eq!(notes_status(&app, "p5").await["counts"]["done"], 3);
    assert_eq!(notes_status(&app, "p6").await["counts"]["done"], 3);
    assert_eq!(requests(&up).await, 3, "each distinct note text is sent once");
}

fn rebuild_cli(app: &TestApp, extra: &[&str]) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_oncotwin"))
        .env_remove("ONCOTWIN_DATABASE_URL")
        .env_remove("ONCOTWIN_CONFIG")
        .args(["--database-url", &app.database_url, "rebuild"])
        .args(extra)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// Nothing lost: `rebuild` queues every note that has no job; `rebuild --notes` queues
/// every note again; a plain rebuild leaves jobs that exist alone.
async fn rebuild_requeues_notes_without_a_job(db: Db) {
    let app = spawn_app(db).await;
    ingest(&app, &small_patient("p5")).await;
    assert_eq!(drain(&rules_worker(&app)).await, 4);
    // Every job lost (a database restored from an older backup, jobs purged by hand).
    raw_sql_exec(&app.database_url, "DELETE FROM note_job").await;
    assert_eq!(notes_status(&app, "p5").await["counts"], json!({"queued": 0, "running": 0, "done": 0, "dead": 0}));

    let out = rebuild_cli(&app, &[]);
    assert!(out.contains("; 4 note extraction job(s) queued"), "{out}");
    assert_eq!(notes_status(&app, "p5").await["counts"]["queued"], 4);
    assert_eq!(drain(&rules_worker(&app)).await, 4);
    let out = rebuild_cli(&app, &[]);
    assert!(out.contains("; 0 note extraction job(s) queued"), "{out}");
    assert_eq!(notes_status(&app, "p5").await["counts"], json!({"queued": 0, "running": 0, "done": 3, "dead": 1}));

    let out = rebuild_cli(&app, &["--notes"]);
    assert!(out.contains("; 4 note extraction job(s) queued"), "{out}");
    assert_eq!(drain(&rules_worker(&app)).await, 4);
    let (_, timeline) = app.get_json("/api/v1/patients/p5/timeline").await;
    let letrozole = timeline["events"].as_array().unwrap().iter().filter(|e| e["label"] == "letrozole").count();
    assert_eq!(letrozole, 1, "re-extraction replaces a note's events, never doubles them");
}

/// A document whose Binary (by absolute URL) arrives after it, as in a Bulk Data export:
/// the job waits and retries, then reads the note once the Binary is stored.
async fn a_late_binary_is_waited_for(db: Db) {
    let app = spawn_app(db).await;
    let document = json!({"resourceType": "DocumentReference", "id": "late-doc", "status": "current",
        "subject": {"reference": "Patient/p7"}, "date": "2021-05-01T09:00:00Z",
        "content": [{"attachment": {"contentType": "text/plain", "url": "https://ehr.example.org/fhir/Binary/late-bin"}}]});
    ingest(&app, &json!({"resourceType": "Patient", "id": "p7"}).to_string()).await;
    ingest(&app, &document.to_string()).await;
    let backoff = Duration::from_millis(400);
    let worker = Worker::new(
        app.store.clone(),
        Arc::new(Extractor::Rules(RuleExtractor)),
        WorkerConfig { backoff, max_attempts: 3, ..Default::default() },
    );
    assert_eq!(drain(&worker).await, 1, "retried later, not at once");
    let status = notes_status(&app, "p7").await;
    let job = &status["jobs"][0];
    assert_eq!(job["status"], "queued", "{status}");
    assert!(job["last_error"].as_str().unwrap().contains("Binary/late-bin is not stored"), "{job}");

    let binary = json!({"resourceType": "Binary", "id": "late-bin", "contentType": "text/plain",
        "data": b64("2021-05-01 Started anastrozole 1 mg daily.")});
    ingest(&app, &binary.to_string()).await;
    tokio::time::sleep(backoff * 2).await;
    assert_eq!(drain(&worker).await, 1);
    let status = notes_status(&app, "p7").await;
    assert_eq!(status["counts"]["done"], 1, "{status}");
    let (_, timeline) = app.get_json("/api/v1/patients/p7/timeline").await;
    assert!(timeline.to_string().contains("anastrozole"), "{timeline}");
}

/// A slow model and a batch of jobs: each job's lease starts when the job does, so no other
/// worker takes the batch's last jobs while the first ones are read.
async fn leases_follow_a_slow_batch(db: Db) {
    let app = spawn_app(db).await;
    ingest(&app, &small_patient("p8")).await;
    let slow = MockServer::start().await;
    Mock::given(method("POST"))
        .respond_with(completion(r#"{"events": []}"#).set_delay(Duration::from_millis(900)))
        .mount(&slow)
        .await;
    let mut c = config(&slow);
    c.timeout = Duration::from_secs(5);
    let llm = LlmExtractor::new(c, LlmCache::Memory(Default::default())).unwrap();
    let worker = Worker::new(
        app.store.clone(),
        Arc::new(Extractor::Llm(Box::new(llm))),
        WorkerConfig { lease: Duration::from_millis(1500), batch: 4, ..fast() },
    );
    let batch = tokio::spawn(async move { worker.run_once().await.unwrap() });
    // 2 s in (three notes take 2.7 s): the batch's first lease (1.5 s) has run out, but the
    // jobs not yet done got a new one when the last job started.
    tokio::time::sleep(Duration::from_millis(2000)).await;
    let now = oncotwin::notes::jobs::stamp(chrono::Utc::now());
    let until = oncotwin::notes::jobs::stamp(chrono::Utc::now() + chrono::Duration::minutes(5));
    let stolen = app.store.claim_note_jobs("other", &now, &until, 10).await.unwrap();
    assert_eq!(stolen, vec![], "no running job's lease had expired");
    assert_eq!(batch.await.unwrap(), 4);
    let status = notes_status(&app, "p8").await;
    assert_eq!(status["counts"], json!({"queued": 0, "running": 0, "done": 3, "dead": 1}), "{status}");
}

/// The timeline page shows what notes added (dashed) and a note's disagreeing date (orange),
/// and the details panel quotes the evidence.
#[tokio::test]
async fn the_page_marks_note_events_and_date_conflicts() {
    let app = spawn_app(Db::Sqlite).await;
    ingest(&app, &small_patient("p9")).await;
    drain(&rules_worker(&app)).await;
    let url = app.url(&format!("/ui/patients/p9?access_token={}", app.token));
    // The details panel quotes each note's sentence with the span (a note held in a Binary too).
    let html = reqwest::get(&url).await.unwrap().text().await.unwrap();
    assert!(html.contains(r#""quote":["Pathology: ","ER positive",""#), "the ER sentence quoted");
    assert!(html.contains(r#"Started ","letrozole""#), "the letrozole sentence quoted");
    let dom = tokio::task::spawn_blocking(move || {
        crate::history::chromium().args(["--virtual-time-budget=3000", "--dump-dom", &url]).output()
    })
    .await
    .unwrap()
    .expect("chromium");
    let dom = String::from_utf8_lossy(&dom.stdout).to_string();
    assert!(dom.contains("data-rendered=\"true\""), "{}", &dom[..dom.len().min(2000)]);
    assert_eq!(dom.matches("class=\"surgery mark date-conflict\"").count(), 1, "the lumpectomy's other date is shown");
    assert!(dom.contains("class=\"biomarker mark from-note\""), "ER positive came from a note only");
    assert!(dom.contains("a note gives another date"), "the legend says so");
}

both_backends!(
    leases_follow_a_slow_batch,
    a_late_binary_is_waited_for,
    rebuild_requeues_notes_without_a_job,
    ingest_queues_and_workers_extract,
    jobs_survive_restarts_and_crashed_workers,
    several_workers_never_share_a_job,
    synthea_notes_end_extracted,
    notes_status_is_scoped_and_audited,
    llm_jobs_retry_dead_letter_and_cache,
);

/// `eval notes` on the fixtures: the rule-based extractor keeps its scores on each data set
/// (a regression guard on the dictionaries, patterns, ConText and dates), every figure is
/// per data set and per category, and nothing it proposes is rejected.
#[tokio::test]
async fn rule_based_scores_on_the_fixtures() {
    use oncotwin::notes::eval;
    let fixtures = crate::helpers::fixtures();
    let data = eval::load(&[
        fixtures.join("synthea"),
        fixtures.join("pathology"),
        fixtures.join("notes-dev"),
        fixtures.join("notes-dev-2"),
        fixtures.join("clinosim"),
    ])
    .unwrap();
    let corpora = eval::evaluate(&Extractor::Rules(RuleExtractor), &data).await;
    let names: Vec<&str> = corpora.iter().map(|c| c.name.split(':').next().unwrap_or("")).collect();
    assert_eq!(names, ["synthea", "pathology", "notes-dev", "notes-dev-2", "clinosim"], "one report per data set");
    let [synthea, reports, dev, dev2, clinosim] = &corpora[..] else { unreachable!() };

    let treatment = synthea.total(&["drug", "chemotherapy", "surgery", "radiotherapy"]);
    assert!(treatment.gold >= 100, "{treatment:?}");
    assert!(treatment.f1() >= 0.9, "Synthea treatment F1 {:.3} ({treatment:?})", treatment.f1());
    assert!(synthea.rejected.is_empty() && synthea.failed.is_empty());
    assert!(synthea.suppressed > 100, "history and medication lists are not events");
    // "non-small cell carcinoma of lung, tnm stage 1" is read as stage I.
    let stage = synthea.by_type["stage"];
    assert!(stage.true_positives >= 1, "{stage:?}");
    let overall = reports.total(eval::TYPES);
    assert!(overall.f1() >= 0.9, "reports F1 {:.3} ({overall:?})", overall.f1());

    // The written oncology notes, per category (dev data: the rules were written against them).
    assert!(dev.notes >= 24, "{} notes", dev.notes);
    for (ty, min_f1) in [
        ("stage", 0.9),
        ("biomarker", 0.9),
        ("radiotherapy", 0.9),
        ("disease_status", 0.85),
        ("performance_status", 0.9),
        ("drug", 0.9),
        ("diagnosis", 0.8),
    ] {
        let s = dev.by_type.get(ty).copied().unwrap_or_default();
        assert!(s.gold > 0 && s.f1() >= min_f1, "notes-dev {ty}: F1 {:.3} ({s:?})", s.f1());
    }
    // Planned, declined and hypothetical drugs are not therapy events.
    let drug = dev.by_type["drug"];
    assert!(drug.precision() >= 0.95, "drug precision {:.3}: {:?}", drug.precision(), dev.misses);

    // The second dev set, written by another hand without reading the extractor (first scored
    // 0.761 overall before any rule was written for it; README). These floors hold what the
    // rules reach there now; the bar of the issue (0.85 overall, 0.75 per category) is not met.
    assert!(dev2.notes >= 20, "{} notes", dev2.notes);
    let overall = dev2.total(eval::TYPES);
    assert!(overall.f1() >= 0.86, "notes-dev-2 overall F1 {:.3} ({overall:?})", overall.f1());
    for (ty, min_f1) in [
        ("stage", 0.9),
        ("biomarker", 0.85),
        ("drug", 0.9),
        ("biopsy", 0.6),
        ("radiotherapy", 0.7),
        ("diagnosis", 0.85),
    ] {
        let s = dev2.by_type.get(ty).copied().unwrap_or_default();
        assert!(s.gold > 0 && s.f1() >= min_f1, "notes-dev-2 {ty}: F1 {:.3} ({s:?})", s.f1());
    }

    // clinosim: its gold is mostly what no note of the encounter names (reported, not scored);
    // what is scored is found.
    assert!(clinosim.unnamed_gold.get("imaging").copied().unwrap_or(0) > 50, "{:?}", clinosim.unnamed_gold);
    assert!(clinosim.total(eval::TYPES).true_positives > 0, "{:?}", clinosim.by_type);

    assert!(eval::failures(&corpora).is_empty(), "{:?}", eval::failures(&corpora));
    let report = eval::EvalReport {
        extractor: "rules".into(),
        model: None,
        corpora: corpora.clone(),
        throughput_mb_per_s: None,
    };
    let text = eval::render(&report);
    // Every data set prints its own rows for each category it scores: never only a combined figure.
    for (corpus, row) in [
        ("synthea", "drug"),
        ("pathology", "biomarker"),
        ("notes-dev", "disease_status"),
        ("notes-dev", "radiotherapy"),
        ("notes-dev", "performance_status"),
        ("clinosim", "chemotherapy"),
    ] {
        let section = text.split("\n\n").find(|s| s.starts_with(corpus)).unwrap_or_else(|| panic!("{corpus}: {text}"));
        assert!(section.lines().any(|l| l.trim_start().starts_with(row)), "{corpus} has no {row} row:\n{section}");
    }
    assert!(!text.contains("FAILED"), "{text}");
}

/// A data set that scores nothing fails the evaluation loudly: the report says FAILED, marks
/// the category that found nothing, and the command exits non-zero.
#[tokio::test]
async fn a_data_set_scoring_zero_fails_the_evaluation() {
    use oncotwin::notes::eval;
    let dir = tempfile::tempdir().unwrap();
    let set = dir.path().join("unreadable");
    std::fs::create_dir(&set).unwrap();
    // Gold the rules cannot read (a made-up drug no table lists, a stage in words).
    std::fs::write(
        set.join("a.note.toml"),
        "date = \"2024-05-01\"\ntext = \"Started frobnicatinib; stage four disease.\"\ngold = [\"drug frobnicatinib\", \"stage stage_group:IV\"]\n",
    )
    .unwrap();
    let data = eval::load(&[set.clone(), crate::helpers::fixtures().join("pathology")]).unwrap();
    let corpora = eval::evaluate(&Extractor::Rules(RuleExtractor), &data).await;
    let failures = eval::failures(&corpora);
    assert_eq!(failures.len(), 1, "{failures:?}");
    assert!(failures[0].starts_with("unreadable") && failures[0].contains("F1 0.000"), "{failures:?}");
    let text =
        eval::render(&eval::EvalReport { extractor: "rules".into(), model: None, corpora, throughput_mb_per_s: None });
    assert!(text.contains("FAILED: unreadable"), "{text}");
    assert!(text.lines().any(|l| l.trim_start().starts_with("stage") && l.ends_with("<- none found")), "{text}");

    let out = std::process::Command::new(env!("CARGO_BIN_EXE_oncotwin"))
        .env_remove("ONCOTWIN_DATABASE_URL")
        .env_remove("ONCOTWIN_CONFIG")
        .args(["eval", "notes", "--rounds", "0"])
        .arg(&set)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("eval notes FAILED: unreadable"));

    // A gold line that is not TYPE KEY [DATE] is an error, not a silent zero.
    assert!(eval::parse_gold("stage").is_err());
    assert!(eval::parse_gold("colour blue").is_err());
    assert_eq!(eval::parse_gold("drug taxotere 2024-03").unwrap().key, eval::parse_gold("drug docetaxel").unwrap().key);
}
