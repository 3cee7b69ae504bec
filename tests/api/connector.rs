//! The EHR connector against a stand-in EHR of real pieces (tests/ehr/ehr.mjs): oidc-provider
//! 9 as its authorization server (client_credentials + private_key_jwt, JWT access tokens),
//! @medplum/fhir-router 4.5.2 over a MemoryRepository as its FHIR server (no $everything,
//! no paging links), and a minimal Bulk Data $export. The Synthea breast-cancer patient is
//! loaded into it; what oncotwin pulls must match a direct ingest of the same fixture.
//!
//! Node packages come from `npm ci` in tests/ehr (scripts/test.sh); missing ones fail the test.

use crate::both_backends;
use crate::helpers::{fixture_text, fixtures, fresh_database, Db};
use oncotwin::connector::key::generate_p384_pem;
use oncotwin::connector::{sync, ClientKey, ConnectorError, EhrClient, PullOptions, Target};
use oncotwin::ingest::{ingest_text, FailedTransaction};
use oncotwin::store::Store;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

const BREAST: &str = "synthea/breast-3f96088f.json.gz";
const INSTALL_HINT: &str =
    "run scripts/test.sh, which runs `npm ci` in tests/ehr (oidc-provider, @medplum/fhir-router)";
const CLIENT_ID: &str = "oncotwin-backend";

/// A running stand-in EHR; the node process is killed when this is dropped.
pub(crate) struct Ehr {
    child: Child,
    pub(crate) fhir: String,
    pub(crate) issuer: String,
    patients: Vec<String>,
    log: PathBuf,
    _dir: tempfile::TempDir,
}

impl Drop for Ehr {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Ehr {
    /// The EHR's request log (method, path, status per line).
    pub(crate) fn requests(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

fn ehr_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ehr")
}

/// Starts the stand-in EHR with these registered clients (id, public JWKS), loaded with the
/// breast-cancer patient.
fn start_ehr(clients: &[(&str, Value)]) -> Ehr {
    let dir = tempfile::tempdir().expect("temp dir");
    let clients_file = dir.path().join("clients.json");
    let registered: Vec<Value> = clients.iter().map(|(id, jwks)| json!({"client_id": id, "jwks": jwks})).collect();
    std::fs::write(&clients_file, serde_json::to_string(&registered).unwrap()).unwrap();
    let args =
        ["--clients".into(), clients_file.into_os_string(), "--load".into(), fixtures().join(BREAST).into_os_string()];
    spawn_ehr(&args, dir)
}

/// Starts the stand-in EHR with these arguments (see tests/ehr/ehr.mjs); waits until it says
/// it is ready (its ports are free ones it bound).
pub(crate) fn spawn_ehr(args: &[std::ffi::OsString], dir: tempfile::TempDir) -> Ehr {
    let node_ok = Command::new("node").arg("--version").output().is_ok_and(|o| o.status.success());
    assert!(node_ok, "`node` is not installed or does not run; {INSTALL_HINT}");
    for package in ["oidc-provider", "@medplum/fhir-router", "jose"] {
        assert!(
            ehr_dir().join("node_modules").join(package).is_dir(),
            "tests/ehr/node_modules/{package} is missing; {INSTALL_HINT}"
        );
    }
    let log = dir.path().join("ehr.log");
    let mut child = Command::new("node")
        .current_dir(ehr_dir())
        .arg("ehr.mjs")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(&log).unwrap())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start node tests/ehr/ehr.mjs: {e}; {INSTALL_HINT}"));
    let stdout = child.stdout.take().expect("piped stdout");
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut reader = BufReader::new(stdout);
        let mut line = String::new();
        let _ = reader.read_line(&mut line);
        let _ = tx.send(line);
        // Keep draining: a write to a closed stdout (EPIPE) would kill the EHR.
        let _ = std::io::copy(&mut reader, &mut std::io::sink());
    });
    let line = match rx.recv_timeout(Duration::from_secs(180)) {
        Ok(line) if !line.trim().is_empty() => line,
        _ => {
            let _ = child.kill();
            panic!("the stand-in EHR did not start; its log:\n{}", std::fs::read_to_string(&log).unwrap_or_default());
        }
    };
    let ready: Value = serde_json::from_str(&line).unwrap_or_else(|e| panic!("readiness line {line:?}: {e}"));
    Ehr {
        child,
        fhir: ready["fhir"].as_str().expect("fhir base").to_string(),
        issuer: ready["issuer"].as_str().expect("issuer").to_string(),
        patients: ready["patients"]
            .as_array()
            .expect("patients")
            .iter()
            .map(|p| p.as_str().unwrap().to_string())
            .collect(),
        log,
        _dir: dir,
    }
}

async fn fresh_store(db: Db, dir: &Path) -> Store {
    Store::open(&fresh_database(db, dir).await).await.expect("open store")
}

fn counts(rows: Vec<(String, i64)>) -> BTreeMap<String, i64> {
    rows.into_iter().collect()
}

/// Resource counts per type after ingesting the fixture directly.
async fn direct_counts() -> BTreeMap<String, i64> {
    let dir = tempfile::tempdir().unwrap();
    let store = fresh_store(Db::Sqlite, dir.path()).await;
    let (report, _) =
        ingest_text(&store, &fixture_text(BREAST), "direct", FailedTransaction::Quarantine).await.unwrap();
    assert_eq!(report.quarantined_total(), 0);
    let counts = counts(store.count_by_type().await.unwrap());
    store.close().await;
    counts
}

fn p384_key() -> (String, ClientKey) {
    let pem = generate_p384_pem().unwrap();
    let key = ClientKey::from_pem(&pem, None).unwrap();
    (pem, key)
}

/// A second client of the same registration that may write (to change data in the EHR).
async fn writer(ehr: &Ehr, pem: &str) -> (reqwest::Client, String) {
    let client =
        EhrClient::connect(&ehr.fhir, CLIENT_ID, ClientKey::from_pem(pem, None).unwrap(), Some("system/*.cruds"))
            .await
            .unwrap();
    (reqwest::Client::new(), client.access_token().await.unwrap())
}

async fn pull_patient_by_search(db: Db) {
    let (pem, key) = p384_key();
    let ehr = start_ehr(&[(CLIENT_ID, key.public_jwks())]);
    assert_eq!(ehr.patients.len(), 1);
    let patient = ehr.patients[0].clone();
    let dir = tempfile::tempdir().unwrap();
    let store = fresh_store(db, dir.path()).await;
    let expected = direct_counts().await;

    let client = EhrClient::connect(&ehr.fhir, CLIENT_ID, key, None).await.expect("SMART discovery");
    assert!(client.smart_configuration().token_endpoint.ends_with("/token"));
    let target = Target::Patient(patient.clone());
    // A small page makes the bigger types take several pages (Medplum gives no `next` links).
    let options = PullOptions { page_size: 200, ..PullOptions::default() };
    let first = sync(&store, &client, &target, &options).await.expect("first pull");
    assert_eq!(first.mode, "search", "Medplum offers no $everything");
    assert!(first.since.is_none());
    assert_eq!(first.ingest.quarantined_total(), 0, "{:?}", first.ingest.quarantined);
    assert_eq!(counts(store.count_by_type().await.unwrap()), expected, "pulled counts per type = direct ingest");
    assert_eq!(first.ingest.created as i64, expected.values().sum::<i64>());
    let log = ehr.requests();
    let observation_pages = log.lines().filter(|l| *l == "GET /fhir/Observation 200").count();
    assert!(observation_pages >= 6, "1113 Observations in pages of 200 take 6 pages, found {observation_pages}");
    assert!(log.contains("GET /fhir/Practitioner/"), "followed references to Practitioners");
    assert!(!log.contains(" 401"), "every request carried a valid token:\n{log}");

    // Pulling everything again creates nothing new.
    let again =
        sync(&store, &client, &target, &PullOptions { full: true, ..options.clone() }).await.expect("second pull");
    assert_eq!((again.ingest.created, again.ingest.updated), (0, 0), "{:?}", again.ingest);
    assert_eq!(again.ingest.unchanged, first.ingest.received);
    assert_eq!(counts(store.count_by_type().await.unwrap()), expected);

    // Change one Observation in the EHR; the incremental pull brings just that change.
    let (http, token) = writer(&ehr, &pem).await;
    let search = format!("{}/Observation?subject=Patient/{patient}&_count=1", ehr.fhir);
    let page: Value = http.get(&search).bearer_auth(&token).send().await.unwrap().json().await.unwrap();
    let mut observation = page["entry"][0]["resource"].clone();
    let id = observation["id"].as_str().unwrap().to_string();
    observation["status"] = json!("amended");
    let put = http
        .put(format!("{}/Observation/{id}", ehr.fhir))
        .bearer_auth(&token)
        .header("Content-Type", "application/fhir+json")
        .json(&observation)
        .send()
        .await
        .unwrap();
    assert!(put.status().is_success(), "PUT answered {}", put.status());
    let state = store.sync_state(&ehr.fhir, &target.key()).await.unwrap().expect("sync state kept");
    let delta = sync(&store, &client, &target, &options).await.expect("incremental pull");
    assert_eq!(delta.since.as_deref(), Some(state.since.as_str()), "asked from the remembered time");
    assert_eq!(
        (delta.ingest.received, delta.ingest.created, delta.ingest.updated),
        (1, 0, 1),
        "just the change: {:?}",
        delta.ingest
    );
    let stored = store.read("Observation", &id).await.unwrap().expect("stored");
    let stored: Value = serde_json::from_str(&stored.content).unwrap();
    assert_eq!(stored["status"], "amended");
    store.close().await;
}

async fn bulk_export_lands_every_resource(db: Db) {
    // RS384 this time; and a key the EHR never saw, which must be refused.
    let rsa = rsa::RsaPrivateKey::new(&mut rand_core::OsRng, 2048).unwrap();
    let pem = rsa::pkcs8::EncodePrivateKey::to_pkcs8_pem(&rsa, rsa::pkcs8::LineEnding::LF).unwrap().to_string();
    let key = ClientKey::from_pem(&pem, None).unwrap();
    assert_eq!(key.algorithm_name(), "RS384");
    let ehr = start_ehr(&[(CLIENT_ID, key.public_jwks())]);
    let (_, stranger) = p384_key();
    let impostor = EhrClient::connect(&ehr.fhir, CLIENT_ID, stranger, None).await.unwrap();
    match impostor.access_token().await {
        Err(ConnectorError::Token(message)) => assert!(message.contains("invalid_client"), "{message}"),
        other => panic!("an unregistered key got {other:?}"),
    }

    let dir = tempfile::tempdir().unwrap();
    let store = fresh_store(db, dir.path()).await;
    let expected = direct_counts().await;
    let client = EhrClient::connect(&ehr.fhir, CLIENT_ID, key, None).await.unwrap();
    let report = sync(&store, &client, &Target::AllPatients, &PullOptions::default()).await.expect("bulk export");
    assert_eq!(report.mode, "bulk");
    assert_eq!(report.ingest.quarantined_total(), 0, "{:?}", report.ingest.quarantined);
    assert_eq!(counts(store.count_by_type().await.unwrap()), expected, "every resource landed");
    // The stand-in EHR appends its log line after it has answered: wait for the DELETE's.
    let mut log = ehr.requests();
    for _ in 0..50 {
        if log.contains("DELETE /fhir/$export-status/") {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        log = ehr.requests();
    }
    assert!(log.contains("GET /fhir/Patient/$export 202"), "{log}");
    assert!(log.contains("GET /fhir/$export-status/") && log.contains("DELETE /fhir/$export-status/"), "{log}");

    // Incremental: nothing changed since the export's transactionTime.
    let delta = sync(&store, &client, &Target::AllPatients, &PullOptions::default()).await.unwrap();
    assert_eq!(delta.since.as_deref(), Some(report.next_since.as_str()));
    assert_eq!(delta.ingest.received, 0, "{:?}", delta.ingest);

    // A Group of the patient, exported the first time for that target: everything again,
    // plus the Group; nothing duplicated.
    let (http, token) = writer(&ehr, &pem).await;
    let group = json!({"resourceType": "Group", "id": "cohort-1", "type": "person", "actual": true,
        "member": [{"entity": {"reference": format!("Patient/{}", ehr.patients[0])}}]});
    let put = http
        .put(format!("{}/Group/cohort-1", ehr.fhir))
        .bearer_auth(&token)
        .header("Content-Type", "application/fhir+json")
        .json(&group)
        .send()
        .await
        .unwrap();
    assert!(put.status().is_success(), "PUT Group answered {}", put.status());
    let cohort = sync(&store, &client, &Target::Group("cohort-1".into()), &PullOptions::default()).await.unwrap();
    assert_eq!((cohort.ingest.created, cohort.ingest.updated), (1, 0), "{:?}", cohort.ingest);
    assert_eq!(cohort.types.get("Group"), Some(&1));
    assert!(ehr.requests().contains("GET /fhir/Group/cohort-1/$export 202"));
    store.close().await;
}

both_backends!(pull_patient_by_search, bulk_export_lands_every_resource);

/// The CLI end to end: `oncotwin sync patient` with the key in a file, then `sync jwks`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cli_sync_patient() {
    let (pem, key) = p384_key();
    let ehr = start_ehr(&[(CLIENT_ID, key.public_jwks())]);
    let dir = tempfile::tempdir().unwrap();
    let url = fresh_database(Db::Sqlite, dir.path()).await;
    let key_file = dir.path().join("ehr-key.pem");
    std::fs::write(&key_file, &pem).unwrap();
    let oncotwin = || {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_oncotwin"));
        cmd.env_remove("ONCOTWIN_DATABASE_URL").env_remove("ONCOTWIN_CONFIG").env_remove("ONCOTWIN_EHR_PRIVATE_KEY");
        cmd
    };
    let out = oncotwin()
        .args(["--database-url", &url, "sync", "patient", "--ehr", &ehr.fhir, "--client-id", CLIENT_ID, "--patient"])
        .arg(&ehr.patients[0])
        .arg("--key")
        .arg(&key_file)
        .arg("--json")
        .env("ONCOTWIN_LOG", "debug")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("EHR sync finished"), "the run is logged: {stderr}");
    for phi in crate::logs::phi_strings() {
        assert!(!stderr.contains(&phi), "the debug log of a sync holds PHI ({phi:?})");
    }
    assert!(!stderr.contains(&pem[30..90]), "the debug log holds the private key");
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let expected = direct_counts().await;
    assert_eq!(report["ingest"]["created"], expected.values().sum::<i64>());
    assert_eq!(report["ingest"]["quarantined"], json!({}));

    // Scheduled: runs until stopped, each run incremental (the first pull above is remembered).
    let mut scheduled = oncotwin()
        .args([
            "--database-url",
            &url,
            "sync",
            "patient",
            "--ehr",
            &ehr.fhir,
            "--client-id",
            CLIENT_ID,
            "--every",
            "1s",
        ])
        .arg("--patient")
        .arg(&ehr.patients[0])
        .env("ONCOTWIN_EHR_PRIVATE_KEY", &pem)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = scheduled.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if line.starts_with("synced") && tx.send(line).is_err() {
                break;
            }
        }
    });
    // The EHR's clock comes in whole seconds (its Date header), so a run re-pulls what
    // changed within the second the previous run started (found unchanged: harmless). The
    // EHR was loaded just before the first pull, so only the second scheduled run, which
    // starts seconds later, must find nothing.
    for run in 1..=2 {
        let line =
            rx.recv_timeout(Duration::from_secs(120)).unwrap_or_else(|_| panic!("scheduled run {run} did not report"));
        assert!(line.contains("changes since"), "run {run} is incremental: {line}");
        if run == 2 {
            assert!(line.contains(": 0 resources"), "run {run}: {line}");
        }
    }
    let stopped = Command::new("kill").args(["-TERM", &scheduled.id().to_string()]).status().unwrap();
    assert!(stopped.success());
    let status = scheduled.wait().unwrap();
    assert!(status.success(), "SIGTERM stops the schedule cleanly: {status:?}");

    let out = oncotwin().args(["--database-url", &url, "sync", "status", "--json"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let states: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(states[0]["target"], format!("Patient/{}", ehr.patients[0]));
    assert_eq!(states[0]["mode"], "search");
    assert_eq!(states[0]["received"], 0, "the last scheduled run found nothing new");

    // The key may come from the environment instead of a file.
    let out = oncotwin().args(["sync", "jwks"]).env("ONCOTWIN_EHR_PRIVATE_KEY", &pem).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let jwks: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(jwks["keys"][0]["kid"], key.kid());
    assert!(jwks["keys"][0].get("d").is_none());
    // Missing settings are named.
    let out =
        oncotwin().args(["--database-url", &url, "sync", "bulk"]).env_remove("ONCOTWIN_EHR_URL").output().unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("--ehr"));
}

/// oncotwin's own SMART discovery document names the configured issuer's endpoints, read
/// from that issuer's metadata (oidc-provider here); it is open.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn smart_configuration_names_the_issuer_endpoints() {
    let (_, key) = p384_key();
    let ehr = start_ehr(&[(CLIENT_ID, key.public_jwks())]);
    let issuer = ehr.issuer.clone();
    let app = crate::helpers::spawn_app_with(Db::Sqlite, |s| {
        s.auth_issuers = vec![oncotwin::auth::IssuerConfig {
            issuer: issuer.clone(),
            jwks_uri: Some(format!("{issuer}/jwks")),
            jwks_file: None,
        }];
    })
    .await;
    let anonymous = reqwest::Client::new();
    for path in ["/.well-known/smart-configuration", "/fhir/.well-known/smart-configuration"] {
        let response = anonymous.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path} is open");
        let doc: Value = response.json().await.unwrap();
        assert_eq!(doc["issuer"], issuer.as_str());
        assert_eq!(doc["token_endpoint"], format!("{issuer}/token"));
        assert_eq!(doc["authorization_endpoint"], format!("{issuer}/auth"));
        assert_eq!(doc["code_challenge_methods_supported"], json!(["S256"]));
        let capabilities: Vec<&str> =
            doc["capabilities"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
        for c in ["launch-standalone", "client-confidential-asymmetric", "permission-v2", "sso-openid-connect"] {
            assert!(capabilities.contains(&c), "{c} in {capabilities:?}");
        }
    }
    // The development server knows no endpoints and says so by leaving them out.
    let dev = crate::helpers::spawn_app(Db::Sqlite).await;
    let doc: Value =
        anonymous.get(dev.url("/.well-known/smart-configuration")).send().await.unwrap().json().await.unwrap();
    assert_eq!(doc["issuer"], "urn:oncotwin:dev");
    assert!(doc.get("token_endpoint").is_none(), "{doc}");
}

/// What the Medplum EHR cannot show: `$everything` when the CapabilityStatement offers it,
/// `next` links, a 429 with Retry-After, `_since` on the incremental pull, and the shared
/// resources fetched by reference. The EHR here is wiremock.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn everything_with_next_links_and_retry() {
    use wiremock::matchers::{
        body_string_contains, method, path, query_param, query_param_contains, query_param_is_missing,
    };
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let server = MockServer::start().await;
    let base = format!("{}/fhir", server.uri());
    let fhir = |body: Value| ResponseTemplate::new(200).set_body_json(body);
    Mock::given(method("GET"))
        .and(path("/fhir/.well-known/smart-configuration"))
        .respond_with(fhir(json!({"token_endpoint": format!("{}/token", server.uri()),
            "token_endpoint_auth_signing_alg_values_supported": ["ES384", "RS384"], "capabilities": ["permission-v2"]})))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/token"))
        .and(body_string_contains("grant_type=client_credentials"))
        .and(body_string_contains(
            "client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer",
        ))
        .and(body_string_contains("scope=system%2F*.rs"))
        .respond_with(fhir(json!({"access_token": "token-1", "token_type": "bearer", "expires_in": 300})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/fhir/metadata"))
        .respond_with(fhir(json!({"resourceType": "CapabilityStatement", "rest": [{"mode": "server", "resource": [
            {"type": "Patient", "interaction": [{"code": "read"}], "operation": [{"name": "everything"}]}]}]})))
        .mount(&server)
        .await;
    let everything = "/fhir/Patient/p1/$everything";
    Mock::given(method("GET"))
        .and(path(everything))
        .respond_with(ResponseTemplate::new(429).insert_header("Retry-After", "1"))
        .up_to_n_times(1)
        .with_priority(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(everything))
        .and(query_param_is_missing("_since"))
        .respond_with(fhir(json!({"resourceType": "Bundle", "type": "searchset",
            "link": [{"relation": "next", "url": format!("{base}/page-2")}],
            "entry": [
                {"resource": {"resourceType": "Patient", "id": "p1", "gender": "female"}, "search": {"mode": "match"}},
                {"resource": {"resourceType": "Observation", "id": "o1", "status": "final", "code": {"text": "x"},
                    "subject": {"reference": "Patient/p1"}, "performer": [{"reference": "Practitioner/dr1"}]}}]})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/fhir/page-2"))
        .respond_with(fhir(json!({"resourceType": "Bundle", "type": "searchset", "entry": [
            {"resource": {"resourceType": "Observation", "id": "o2", "status": "final", "code": {"text": "y"},
                "subject": {"reference": "Patient/p1"}, "performer": [{"reference": format!("{base}/Organization/org1")}]}},
            {"resource": {"resourceType": "Practitioner", "id": "dr1"}},
            {"resource": {"resourceType": "Observation", "id": "bad1", "status": "final", "code": {"text": "z"},
                "subject": {"reference": "Patient/p1"}, "notAnR4Element": true}},
            {"resource": {"resourceType": "OperationOutcome", "issue": [{"severity": "information", "code": "informational"}]},
                "search": {"mode": "outcome"}}]})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/fhir/Organization/org1"))
        .respond_with(fhir(json!({"resourceType": "Organization", "id": "org1", "active": true})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path(everything))
        .and(query_param_contains("_since", "T"))
        .and(query_param("_count", "250"))
        .respond_with(fhir(json!({"resourceType": "Bundle", "type": "searchset", "total": 0})))
        .expect(1)
        .mount(&server)
        .await;

    let dir = tempfile::tempdir().unwrap();
    let store = fresh_store(Db::Sqlite, dir.path()).await;
    let (_, key) = p384_key();
    let client = EhrClient::connect(&base, CLIENT_ID, key, None).await.unwrap();
    let target = Target::Patient("p1".into());
    let report = sync(&store, &client, &target, &PullOptions::default()).await.expect("pull");
    assert_eq!(report.mode, "everything");
    assert_eq!(report.ingest.created, 5, "{:?}", report.types);
    assert_eq!(report.types.get("OperationOutcome"), None, "search outcomes are not data");
    assert_eq!(report.ingest.received, 6);
    assert_eq!(
        report.ingest.quarantined_total(),
        1,
        "the invalid Observation is kept in quarantine: {:?}",
        report.ingest
    );
    let quarantined: i64 = store.quarantine_counts().await.unwrap().iter().map(|(_, n)| n).sum();
    assert_eq!(quarantined, 1);
    let stored: BTreeMap<String, i64> = counts(store.count_by_type().await.unwrap());
    assert_eq!(
        stored,
        BTreeMap::from([
            ("Observation".into(), 2),
            ("Organization".into(), 1),
            ("Patient".into(), 1),
            ("Practitioner".into(), 1)
        ])
    );
    let requests = server.received_requests().await.unwrap();
    let tries = requests.iter().filter(|r| r.url.path() == everything).count();
    assert_eq!(tries, 2, "the 429 was retried once");
    assert!(requests
        .iter()
        .filter(|r| r.url.path().starts_with("/fhir/") && !r.url.path().contains(".well-known"))
        .all(|r| r.headers.get("authorization").is_some_and(|v| v == "Bearer token-1")));

    let again = sync(&store, &client, &target, &PullOptions::default()).await.expect("incremental pull");
    assert!(again.since.is_some());
    assert_eq!(again.ingest.received, 0);
    store.close().await;
}
