//! Faults survived with nothing lost: the server killed mid-ingest, PostgreSQL restarted
//! under load, the LLM endpoint hanging, failing or answering garbage.

use crate::both_backends;
use crate::helpers::{fixture_text, fresh_database, raw_sql_count, raw_sql_strings, spawn_app_with, Db};
use crate::ingest::SYNTHEA;
use crate::process::{dev_token, post_bundle, PrivatePostgres, Process};
use oncotwin::notes::jobs::WorkerConfig;
use oncotwin::notes::llm::{LlmCache, LlmConfig, LlmExtractor};
use oncotwin::notes::Extractor;
use serde_json::{json, Value};
use std::collections::{BTreeSet, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use wiremock::{Mock, MockServer, Request, Respond, ResponseTemplate};

const BREAST: &str = "3f96088f-1f08-47cd-b67b-a57e269ce08b";

/// `copies` copies of each Synthea transaction Bundle, every UUID made distinct per copy
/// (its last three hex digits replaced by the copy number, so it stays a UUID).
fn synthea_copies(copies: usize) -> Vec<(String, Vec<String>)> {
    let uuid = regex::Regex::new("([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{9})[0-9a-f]{3}").unwrap();
    let mut out = Vec::new();
    for copy in 0..copies {
        for fixture in SYNTHEA {
            let text = uuid.replace_all(&fixture_text(fixture), format!("${{1}}{copy:03x}")).into_owned();
            let bundle: Value = serde_json::from_str(&text).unwrap();
            let keys = bundle["entry"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| {
                    format!(
                        "{}/{}",
                        e["resource"]["resourceType"].as_str().unwrap(),
                        e["resource"]["id"].as_str().unwrap()
                    )
                })
                .collect();
            out.push((text, keys));
        }
    }
    out
}

/// Note-bearing resources of the bundles (what must each have an extraction job).
fn note_documents(bundles: &[(String, Vec<String>)]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (text, _) in bundles {
        let bundle: Value = serde_json::from_str(text).unwrap();
        for e in bundle["entry"].as_array().unwrap() {
            let r = &e["resource"];
            let t = r["resourceType"].as_str().unwrap();
            if oncotwin::notes::source::has_note(t, r) {
                out.insert(format!("{t}/{}", r["id"].as_str().unwrap()));
            }
        }
    }
    out
}

/// `kill -9` in the middle of a large ingest: no transaction is half visible, every
/// acknowledged one is whole; after a restart and re-sending everything, every entry is
/// stored once (no duplicate version) and every note has its extraction job.
async fn kill_during_ingest_loses_nothing(db: Db) {
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database(db, dir.path()).await;
    let mut server = Process::serve("killed", &url, dir.path(), &["--notes-workers", "0"]).await;
    let token = dev_token(&dir.path().join("dev.pem"));
    let bundles = synthea_copies(5);
    let total_keys = bundles.iter().flat_map(|(_, k)| k).collect::<HashSet<_>>().len();

    let acknowledged = Arc::new(std::sync::Mutex::new(Vec::<usize>::new()));
    let sender = {
        let (base, token, acknowledged) = (server.base.clone(), token.clone(), acknowledged.clone());
        let bodies: Vec<String> = bundles.iter().map(|(t, _)| t.clone()).collect();
        tokio::spawn(async move {
            let client = reqwest::Client::new();
            for (i, body) in bodies.into_iter().enumerate() {
                match post_bundle(&client, &base, &token, body).await {
                    Ok(200) => acknowledged.lock().unwrap().push(i),
                    Ok(other) => panic!("bundle {i} answered {other} before the kill"),
                    Err(_) => return,
                }
            }
        })
    };
    // Kill while a transaction is in flight, after some have been acknowledged.
    let started = Instant::now();
    while acknowledged.lock().unwrap().len() < 2 {
        assert!(started.elapsed() < Duration::from_secs(300), "ingest made no progress: {}", server.logs());
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    server.kill9();
    sender.await.unwrap();
    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(acknowledged.len() < bundles.len(), "the kill came before the end of the ingest");

    // What a restarted server sees: whole transactions or nothing.
    let stored: HashSet<String> = raw_sql_strings(&url, "SELECT rkey FROM resource").await.into_iter().collect();
    // Keys in more than one bundle (the practitioners and organizations patients share)
    // may come from another transaction: judge each bundle by the keys only it holds.
    let mut owners: std::collections::HashMap<&String, usize> = Default::default();
    for key in bundles.iter().flat_map(|(_, keys)| keys) {
        *owners.entry(key).or_default() += 1;
    }
    for (i, (_, keys)) in bundles.iter().enumerate() {
        let keys: Vec<&String> = keys.iter().filter(|k| owners[k] == 1).collect();
        assert!(keys.len() > 1000, "bundle {i} has keys of its own");
        let present = keys.iter().filter(|k| stored.contains(**k)).count();
        assert!(present == 0 || present == keys.len(), "bundle {i}: {present} of {} entries visible", keys.len());
        if acknowledged.contains(&i) {
            assert_eq!(present, keys.len(), "acknowledged bundle {i} is durable");
        }
    }

    server.restart().await;
    let client = reqwest::Client::new();
    for (i, (body, _)) in bundles.iter().enumerate() {
        assert_eq!(post_bundle(&client, &server.base, &token, body.clone()).await.unwrap(), 200, "bundle {i}");
    }
    assert_eq!(raw_sql_count(&url, "SELECT COUNT(*) FROM resource").await as usize, total_keys, "every entry stored");
    // No entry stored twice: only the shared resources, whose content differs between the
    // patients' bundles, have more than one version.
    let versioned = raw_sql_strings(&url, "SELECT rkey FROM resource_version GROUP BY rkey HAVING COUNT(*) > 1").await;
    let unexpected: Vec<&String> = versioned.iter().filter(|k| owners.get(k).is_none_or(|n| *n == 1)).collect();
    assert!(unexpected.is_empty(), "entries stored twice: {unexpected:?}");
    assert_eq!(raw_sql_count(&url, "SELECT COUNT(*) FROM quarantine").await, 0);
    // Every note's extraction job was written with it (one transaction), none twice.
    let jobs: BTreeSet<String> = raw_sql_strings(&url, "SELECT document FROM note_job").await.into_iter().collect();
    assert_eq!(jobs, note_documents(&bundles));
    assert!(server.terminate(), "graceful stop: {}", server.logs());
}

/// A request that read something (an OperationOutcome on failure).
#[derive(Debug)]
struct Outcome {
    at: Instant,
    status: u16,
    took: Duration,
    /// The error's body is what the route promises: an OperationOutcome on /fhir, an RFC
    /// 9457 problem on the JSON API; and it says when to retry.
    explained: bool,
}

/// PostgreSQL restarted under load: while it is down, requests fail fast with 503 and an
/// OperationOutcome; once it is back, the server recovers by itself and nothing fails.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn postgres_restart_under_load() {
    let pg = PrivatePostgres::start();
    let dir = tempfile::tempdir().unwrap();
    let mut server = Process::serve("pg-restart", &pg.url(), dir.path(), &["--notes-workers", "1"]).await;
    let token = dev_token(&dir.path().join("dev.pem"));
    let client = reqwest::Client::new();
    let breast = fixture_text(SYNTHEA[0]);
    assert_eq!(post_bundle(&client, &server.base, &token, breast.clone()).await.unwrap(), 200);

    let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut load = Vec::new();
    for n in 0..4 {
        let (client, base, token, stop) = (client.clone(), server.base.clone(), token.clone(), stop.clone());
        load.push(tokio::spawn(async move {
            let paths = [
                format!("/fhir/Patient/{BREAST}"),
                format!("/api/v1/patients/{BREAST}/timeline"),
                format!("/fhir/Condition?patient={BREAST}"),
                format!("/api/v1/patients/{BREAST}/navigation"),
            ];
            let mut seen = Vec::new();
            while !stop.load(Ordering::Relaxed) {
                let at = Instant::now();
                let r = client.get(format!("{base}{}", paths[n])).bearer_auth(&token).send().await;
                let r = r.unwrap_or_else(|e| panic!("the server never drops a request: {e}"));
                let status = r.status().as_u16();
                let retry_after = r.headers().contains_key("retry-after");
                let body: Value = r.json().await.unwrap_or(Value::Null);
                let explained = retry_after
                    && if paths[n].starts_with("/fhir") {
                        body["resourceType"] == "OperationOutcome" && body["issue"][0]["code"] == "transient"
                    } else {
                        body["status"] == 503 && body["detail"].as_str().is_some_and(|d| d.contains("unavailable"))
                    };
                seen.push(Outcome { at, status, took: at.elapsed(), explained });
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            seen
        }));
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    let stopping_at = Instant::now();
    pg.stop_server();
    let down_at = Instant::now();
    tokio::time::sleep(Duration::from_secs(4)).await;
    let ready = client.get(format!("{}/readyz", server.base)).send().await.unwrap().status().as_u16();
    // A write while it is down is refused whole, and lands once it is back.
    let refused = post_bundle(&client, &server.base, &token, fixture_text(SYNTHEA[1])).await.unwrap();
    let starting_at = Instant::now();
    pg.start_server();
    let up_at = Instant::now();
    // Recovered by itself: the first success after the restart, then 3 s more of load.
    let recovered = loop {
        let r = client.get(format!("{}/readyz", server.base)).send().await.unwrap();
        if r.status().is_success() {
            break Instant::now();
        }
        assert!(up_at.elapsed() < Duration::from_secs(30), "no recovery: {}", server.logs());
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    tokio::time::sleep(Duration::from_secs(3)).await;
    stop.store(true, Ordering::Relaxed);
    let mut seen = Vec::new();
    for l in load {
        seen.extend(l.await.unwrap());
    }

    assert_eq!(ready, 503, "readiness follows the database");
    assert_eq!(refused, 503);
    let before: Vec<&Outcome> = seen.iter().filter(|o| o.at + o.took < stopping_at).collect();
    let while_down: Vec<&Outcome> =
        // Answered while it was down: after the stop had taken hold and before the restart
        // began (a request waiting on the pool when PostgreSQL comes back is served: that is
        // the recovery). A request waits up to the pool's 3 s acquire timeout, so most of
        // these began before the stop.
        seen.iter()
            .filter(|o| o.at + o.took > down_at + Duration::from_millis(200) && o.at + o.took < starting_at)
            .collect();
    let after: Vec<&Outcome> = seen.iter().filter(|o| o.at > recovered + Duration::from_millis(500)).collect();
    assert!(
        before.len() > 4 && while_down.len() > 4 && after.len() > 4,
        "load ran throughout: {} before, {} while down, {} after",
        before.len(),
        while_down.len(),
        after.len()
    );
    assert!(before.iter().all(|o| o.status == 200), "{before:?}");
    for o in &while_down {
        assert_eq!(o.status, 503, "{o:?}");
        assert!(o.explained, "{o:?}");
        assert!(o.took < Duration::from_secs(5), "fails fast: {o:?}");
    }
    assert!(
        after.iter().all(|o| o.status == 200),
        "no error after recovery: {:?}",
        after.iter().filter(|o| o.status != 200).collect::<Vec<_>>()
    );
    assert_eq!(post_bundle(&client, &server.base, &token, fixture_text(SYNTHEA[1])).await.unwrap(), 200);
    assert!(server.terminate(), "graceful stop: {}", server.logs());
}

/// The LLM endpoint misbehaves in turn: hangs past the timeout, answers 500, answers garbage.
struct Misbehaving(AtomicUsize);

impl Respond for Misbehaving {
    fn respond(&self, _: &Request) -> ResponseTemplate {
        match self.0.fetch_add(1, Ordering::SeqCst) % 3 {
            0 => ResponseTemplate::new(200).set_delay(Duration::from_secs(30)),
            1 => ResponseTemplate::new(500),
            _ => ResponseTemplate::new(200).set_body_string("<html>Bad gateway</html>"),
        }
    }
}

/// With the LLM endpoint hanging, failing and answering garbage, ingest and CDS Hooks work
/// as usual while the note workers struggle; every job is retried, then dead-lettered with
/// its reason.
async fn llm_faults_leave_ingest_and_hooks_alone(db: Db) {
    let app = spawn_app_with(db, |s| s.cds.allow_unauthenticated = true).await;
    let llm_server = MockServer::start().await;
    Mock::given(wiremock::matchers::method("POST"))
        .respond_with(Misbehaving(AtomicUsize::new(0)))
        .mount(&llm_server)
        .await;
    let mut config = LlmConfig::new(&llm_server.uri(), "test-model");
    config.timeout = Duration::from_millis(500);
    config.retries = 1;
    config.backoff = Duration::from_millis(10);
    config.breaker_threshold = 1000;
    let llm = LlmExtractor::new(config, LlmCache::Store(app.store.clone())).unwrap();
    let workers = oncotwin::notes::jobs::start(
        app.store.clone(),
        Arc::new(Extractor::Llm(Box::new(llm))),
        WorkerConfig {
            workers: 2,
            poll: Duration::from_millis(50),
            max_attempts: 2,
            backoff: Duration::from_millis(10),
            ..Default::default()
        },
    );

    let (status, _) = app.post_fhir("/fhir", fixture_text(SYNTHEA[0])).await;
    assert_eq!(status, 200, "ingest is not held up by the model");
    let hook = json!({
        "hook": "order-sign",
        "hookInstance": uuid::Uuid::new_v4().to_string(),
        "context": {"userId": "Practitioner/1", "patientId": BREAST, "draftOrders": {"resourceType": "Bundle", "type": "collection", "entry": [
            {"resource": {"resourceType": "MedicationRequest", "id": "draft-1", "status": "draft", "intent": "order",
                "subject": {"reference": format!("Patient/{BREAST}")},
                "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "72965", "display": "letrozole"}]}}}]}}
    });
    let counts = app.store.note_job_counts().await.unwrap();
    let reply = reqwest::Client::new()
        .post(app.url("/cds-services/oncotwin-necessity-order-sign"))
        .json(&hook)
        .send()
        .await
        .unwrap();
    assert_eq!(reply.status().as_u16(), 200);
    let reply: Value = reply.json().await.unwrap();
    assert!(!reply["cards"].as_array().unwrap().is_empty(), "{reply}");
    let pending: i64 = counts.iter().filter(|(s, _)| s != "done" && s != "dead").map(|(_, n)| n).sum();
    assert!(pending > 0, "the hook was answered while notes were still waiting on the model: {counts:?}");

    // Every job ends dead-lettered with the reason of its last failure.
    let started = Instant::now();
    let (_, status) = loop {
        let (code, status) = app.get_json(&format!("/api/v1/patients/{BREAST}/notes")).await;
        assert_eq!(code, 200);
        let c = &status["counts"];
        if c["queued"] == 0 && c["running"] == 0 {
            break (code, status);
        }
        assert!(started.elapsed() < Duration::from_secs(240), "jobs still pending: {c}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    workers.stop().await;
    let jobs = status["jobs"].as_array().unwrap();
    assert!(jobs.len() > 10, "{}", jobs.len());
    let mut reasons = BTreeSet::new();
    for job in jobs {
        assert_eq!(job["status"], "dead", "{job}");
        let reason = job["last_error"].as_str().unwrap();
        reasons.insert(
            ["timed out", "HTTP 500", "not JSON"]
                .into_iter()
                .find(|r| reason.contains(r))
                .unwrap_or_else(|| panic!("an unexpected reason: {reason}")),
        );
    }
    assert!(reasons.len() >= 2, "several kinds of failure were met: {reasons:?}");
    assert!(jobs.iter().any(|j| j["attempts"] == 2), "transient failures were retried");
    let (_, timeline) = app.get_json(&format!("/api/v1/patients/{BREAST}/timeline")).await;
    assert!(timeline["events"].as_array().unwrap().len() > 10, "the structured timeline is whole");
}

both_backends!(kill_during_ingest_loses_nothing, llm_faults_leave_ingest_and_hooks_alone);
