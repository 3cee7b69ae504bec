//! Logs never contain patient names or note text, even at debug level.

use crate::helpers::{fixture_text, fixtures, fresh_database, Db};
use base64::Engine;
use serde_json::Value;
use std::io::Read;
use std::process::{Command, Stdio};

/// Names and note sentences of the breast fixture, found independently of the app.
pub fn phi_strings() -> Vec<String> {
    let bundle: Value = serde_json::from_str(&fixture_text("synthea/breast-3f96088f.json.gz")).unwrap();
    let mut out = Vec::new();
    for entry in bundle["entry"].as_array().unwrap() {
        let r = &entry["resource"];
        match r["resourceType"].as_str() {
            Some("Patient") => {
                for name in r["name"].as_array().unwrap() {
                    out.push(name["family"].as_str().unwrap().to_string());
                    for given in name["given"].as_array().unwrap() {
                        out.push(given.as_str().unwrap().to_string());
                    }
                }
            }
            Some("DocumentReference") if out.iter().filter(|s| s.len() > 40).count() < 20 => {
                let data = r["content"][0]["attachment"]["data"].as_str().unwrap();
                let text = String::from_utf8(base64::engine::general_purpose::STANDARD.decode(data).unwrap()).unwrap();
                out.extend(text.lines().map(str::trim).filter(|l| l.len() > 40).take(2).map(str::to_string));
            }
            _ => {}
        }
    }
    out.retain(|s| s.len() >= 4);
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logs_hold_no_names_or_note_text() {
    let phi = phi_strings();
    assert!(phi.len() > 10, "the fixture has names and notes: {phi:?}");
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database(Db::Sqlite, dir.path()).await;
    let key = dir.path().join("dev.pem");
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mut server = Command::new(env!("CARGO_BIN_EXE_oncotwin"))
        .args([
            "--database-url",
            &url,
            "--dev-key",
            key.to_str().unwrap(),
            "--log-format",
            "json",
            "serve",
            "--dev-auth",
            "--listen",
            &format!("127.0.0.1:{port}"),
        ])
        .env("ONCOTWIN_LOG", "debug,sqlx=info,hyper=info,reqwest=info")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let token_out = Command::new(env!("CARGO_BIN_EXE_oncotwin"))
        .args(["--dev-key", key.to_str().unwrap(), "dev-token", "--scope", "system/*.cruds oncotwin/admin"])
        .output()
        .unwrap();
    let token = String::from_utf8(token_out.stdout).unwrap().trim().to_string();
    let base = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::new();
    for _ in 0..100 {
        if client.get(format!("{base}/healthz")).send().await.is_ok() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let body = fixture_text("synthea/breast-3f96088f.json.gz");
    let response = client
        .post(format!("{base}/fhir"))
        .bearer_auth(&token)
        .header("Content-Type", "application/fhir+json")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let patient = "3f96088f-1f08-47cd-b67b-a57e269ce08b";
    for path in [
        format!("/fhir/Patient/{patient}"),
        format!("/fhir/Patient?identifier=x&name={}", phi[0]),
        format!("/fhir/DocumentReference?patient={patient}"),
        format!("/fhir/Patient/{patient}/$everything?_count=50"),
        "/fhir/Patient/nobody".to_string(),
    ] {
        client.get(format!("{base}{path}")).bearer_auth(&token).send().await.unwrap();
    }
    // A bad resource that carries a name: rejected, and its content not logged.
    client
        .put(format!("{base}/fhir/Patient/bad"))
        .bearer_auth(&token)
        .header("Content-Type", "application/fhir+json")
        .body(format!("{{\"resourceType\":\"Patient\",\"id\":\"bad\",\"name\":[{{\"family\":\"{}\"}}],\"birthDate\":\"not a date\"}}", phi[0]))
        .send()
        .await
        .unwrap();
    // The CLI path too.
    let cli = Command::new(env!("CARGO_BIN_EXE_oncotwin"))
        .args(["--database-url", &url, "--log-format", "json", "ingest", "--allow-quarantine"])
        .arg(fixtures().join("synthea/breast-3f96088f.json.gz"))
        .env("ONCOTWIN_LOG", "debug,sqlx=info")
        .output()
        .unwrap();
    assert!(cli.status.success());
    let _ = Command::new("kill").arg(server.id().to_string()).status();
    let _ = server.wait();
    let mut logs = String::new();
    server.stderr.take().unwrap().read_to_string(&mut logs).unwrap();
    server.stdout.take().unwrap().read_to_string(&mut logs).unwrap();
    logs.push_str(&String::from_utf8_lossy(&cli.stderr));
    logs.push_str(&String::from_utf8_lossy(&cli.stdout));
    assert!(logs.contains("bundle ingested"), "the logs were captured: {}", &logs[..logs.len().min(2000)]);
    for secret in &phi {
        assert!(!logs.contains(secret.as_str()), "the logs contain PHI `{secret}`");
    }
}
