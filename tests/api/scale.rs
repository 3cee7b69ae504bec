//! Scaling out: several oncotwin processes on one PostgreSQL, and note workers run apart
//! from the API (`oncotwin worker`).

use crate::helpers::{fixture_text, fixtures, fresh_database, raw_sql_count, raw_sql_strings, Db};
use crate::ingest::SYNTHEA;
use crate::process::{dev_token, metric, post_bundle, Process};
use serde_json::Value;
use std::time::{Duration, Instant};

async fn get(client: &reqwest::Client, base: &str, token: &str, path: &str) -> Value {
    let r = client.get(format!("{base}{path}")).bearer_auth(token).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200, "{base}{path}");
    r.json().await.unwrap()
}

/// Waits until no note job is queued or running.
async fn queue_drained(url: &str) {
    let started = Instant::now();
    while raw_sql_count(url, "SELECT COUNT(*) FROM note_job WHERE status IN ('queued', 'running')").await > 0 {
        assert!(started.elapsed() < Duration::from_secs(300), "the note queue did not drain");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// Two API processes with their own note workers on one PostgreSQL: each serves every
/// patient, whichever received it; the note queue is split between them and no job is
/// done twice.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_share_one_postgres() {
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database(Db::Postgres, dir.path()).await;
    let a = Process::serve("a", &url, dir.path(), &["--notes-workers", "2"]).await;
    let b = Process::serve("b", &url, dir.path(), &["--notes-workers", "2"]).await;
    let token = dev_token(&dir.path().join("dev.pem"));
    let client = reqwest::Client::new();
    // Half the patients arrive at each instance.
    for (i, fixture) in SYNTHEA.iter().enumerate() {
        let base = if i % 2 == 0 { &a.base } else { &b.base };
        assert_eq!(post_bundle(&client, base, &token, fixture_text(fixture)).await.unwrap(), 200);
    }
    queue_drained(&url).await;

    let jobs = raw_sql_count(&url, "SELECT COUNT(*) FROM note_job").await;
    assert!(jobs > 20, "{jobs} notes");
    assert_eq!(raw_sql_count(&url, "SELECT COUNT(*) FROM note_job WHERE status = 'done'").await, jobs);
    assert_eq!(raw_sql_count(&url, "SELECT COUNT(*) FROM note_job WHERE attempts <> 1").await, 0, "each job ran once");
    let (done_a, done_b) = (
        metric(&a.metrics().await, "oncotwin_note_job_runs_total{outcome=\"done\"}"),
        metric(&b.metrics().await, "oncotwin_note_job_runs_total{outcome=\"done\"}"),
    );
    assert!(done_a > 0.0 && done_b > 0.0, "both instances worked the queue: {done_a} + {done_b}");
    assert_eq!((done_a + done_b) as i64, jobs, "no job done twice");
    let processes = raw_sql_strings(&url, "SELECT DISTINCT split_part(worker, '-', 1) FROM note_job").await;
    assert_eq!(processes.len(), 2, "{processes:?}");

    // Every patient reads the same from either instance, note events included.
    let patients = raw_sql_strings(&url, "SELECT id FROM resource WHERE resource_type = 'Patient' ORDER BY id").await;
    assert_eq!(patients.len(), SYNTHEA.len());
    for p in &patients {
        let from_a = get(&client, &a.base, &token, &format!("/api/v1/patients/{p}/timeline")).await;
        let from_b = get(&client, &b.base, &token, &format!("/api/v1/patients/{p}/timeline")).await;
        assert_eq!(from_a, from_b, "patient {p}");
        let nav_a = get(&client, &a.base, &token, &format!("/api/v1/patients/{p}/navigation")).await;
        let nav_b = get(&client, &b.base, &token, &format!("/api/v1/patients/{p}/navigation")).await;
        assert_eq!(nav_a["cancers"], nav_b["cancers"], "patient {p}");
    }
    // A write to one is read from the other at once.
    let p = &patients[0];
    let r = client
        .put(format!("{}/fhir/Observation/scale-ecog", a.base))
        .bearer_auth(&token)
        .header("Content-Type", "application/fhir+json")
        .body(format!(
            r#"{{"resourceType":"Observation","id":"scale-ecog","status":"final","code":{{"coding":[{{"system":"http://loinc.org","code":"89247-1"}}]}},"subject":{{"reference":"Patient/{p}"}},"effectiveDateTime":"2024-01-01","valueInteger":1}}"#
        ))
        .send()
        .await
        .unwrap();
    assert!(r.status().is_success(), "{}", r.text().await.unwrap());
    let read = get(&client, &b.base, &token, "/fhir/Observation/scale-ecog").await;
    assert_eq!(read["valueInteger"], 1);
}

/// `oncotwin worker` extracts the queue without serving the API, answers its operations
/// routes, and stops cleanly on SIGTERM.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn worker_process_runs_the_queue_apart() {
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database(Db::Sqlite, dir.path()).await;
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_oncotwin"))
        .env_remove("ONCOTWIN_DATABASE_URL")
        .args(["--database-url", &url, "ingest"])
        .arg(fixtures().join(SYNTHEA[0]))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let queued = raw_sql_count(&url, "SELECT COUNT(*) FROM note_job WHERE status = 'queued'").await;
    assert!(queued > 10, "ingest queued the notes: {queued}");

    let none = std::process::Command::new(env!("CARGO_BIN_EXE_oncotwin"))
        .env_remove("ONCOTWIN_DATABASE_URL")
        .args(["--database-url", &url, "--notes-workers", "0", "worker", "--listen", "127.0.0.1:0"])
        .output()
        .unwrap();
    assert_eq!(none.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&none.stderr).contains("at least one worker"));

    let mut worker = Process::worker("worker", &url, dir.path(), &[]).await;
    queue_drained(&url).await;
    assert_eq!(raw_sql_count(&url, "SELECT COUNT(*) FROM note_job WHERE status = 'done'").await, queued);
    // The counter moves just after the job's row is marked done: wait for the last one.
    let mut metrics = worker.metrics().await;
    for _ in 0..50 {
        if metric(&metrics, "oncotwin_note_job_runs_total{outcome=\"done\"}") as i64 == queued {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        metrics = worker.metrics().await;
    }
    assert_eq!(metric(&metrics, "oncotwin_note_job_runs_total{outcome=\"done\"}") as i64, queued, "{metrics}");
    assert_eq!(reqwest::get(format!("{}/readyz", worker.base)).await.unwrap().status().as_u16(), 200);
    let api = reqwest::get(format!("{}/fhir/metadata", worker.base)).await.unwrap().status().as_u16();
    assert_eq!(api, 404, "a worker serves no API");
    assert!(worker.terminate(), "SIGTERM stops it cleanly: {}", worker.logs());
}
