//! Outside FHIR clients, written by others, against the real app: the SMART Python client
//! (fhirclient 4.4.0, strict R4 models) and fhirpy 2.3.1, the SMART JS client (fhirclient
//! 2.6.3, which picks its patient search parameter from /metadata) and fhir-kit-client
//! 2.0.3. Each reads the breast-cancer Synthea patient and pages through its Conditions;
//! every client must find exactly the Conditions of the fixture.
//!
//! The clients are installed by `scripts/test.sh` (a venv in target/test-venv, exported as
//! ONCOTWIN_TEST_PYTHON, and `npm ci` in tests/clients/node). Missing clients fail the test.

use crate::both_backends;
use crate::helpers::{self, spawn_app, Db};
use serde_json::Value;
use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const BREAST: &str = "synthea/breast-3f96088f.json.gz";
/// Each script must finish within this (it makes about a dozen requests).
const CLIENT_TIMEOUT: Duration = Duration::from_secs(180);
const INSTALL_HINT: &str = "run scripts/test.sh, which installs the pinned outside FHIR clients \
    (Python venv from tests/clients/requirements.txt, exported as ONCOTWIN_TEST_PYTHON; npm ci in tests/clients/node)";

fn clients_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/clients")
}

/// The fixture's patient, seen without the app: its id, its Conditions' count and their ids.
struct Expected {
    patient_id: String,
    conditions: usize,
    /// The Conditions' `id`s, when every Condition in the fixture carries one.
    condition_ids: Option<BTreeSet<String>>,
}

fn resources_of<'a>(entries: &'a [Value], kind: &str) -> Vec<&'a Value> {
    entries.iter().map(|e| &e["resource"]).filter(|r| r["resourceType"] == kind).collect()
}

fn expected_from_fixture() -> Expected {
    let bundle: Value = serde_json::from_str(&helpers::fixture_text(BREAST)).expect("the fixture is JSON");
    let entries = bundle["entry"].as_array().expect("the fixture is a Bundle with entries");
    let patients = resources_of(entries, "Patient");
    assert_eq!(patients.len(), 1, "the fixture holds one patient");
    let patient_id = patients[0]["id"].as_str().expect("the fixture's Patient has an id").to_string();
    let conditions = resources_of(entries, "Condition");
    assert!(!conditions.is_empty(), "the fixture has Conditions");
    let ids: Vec<Option<String>> = conditions.iter().map(|c| c["id"].as_str().map(str::to_string)).collect();
    let condition_ids = ids.iter().all(Option::is_some).then(|| ids.iter().flatten().cloned().collect());
    Expected { patient_id, conditions: conditions.len(), condition_ids }
}

/// Output of one finished client process.
struct Run {
    status: std::process::ExitStatus,
    stdout: String,
    stderr: String,
}

/// Reads a pipe to its end on a thread of its own.
fn drain(mut pipe: impl Read + Send + 'static) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

/// Runs a command to its end (killed after `CLIENT_TIMEOUT`), off the async runtime so the
/// app keeps serving the client's requests.
async fn run(mut command: Command, what: String) -> Run {
    tokio::task::spawn_blocking(move || {
        let mut child = command
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {what}: {e}; {INSTALL_HINT}"));
        // Drain both pipes on their own threads so a chatty client cannot block on a full pipe.
        let stdout = drain(child.stdout.take().expect("piped stdout"));
        let stderr = drain(child.stderr.take().expect("piped stderr"));
        let started = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().expect("wait for the client") {
                break status;
            }
            if started.elapsed() > CLIENT_TIMEOUT {
                let _ = child.kill();
                let _ = child.wait();
                panic!(
                    "{what} did not finish within {CLIENT_TIMEOUT:?}; stderr so far:\n{}",
                    stderr.join().unwrap_or_default()
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        };
        Run { status, stdout: stdout.join().expect("stdout reader"), stderr: stderr.join().expect("stderr reader") }
    })
    .await
    .expect("the client runner panicked")
}

/// The Python interpreter with fhirclient and fhirpy, or a failure saying how to get it.
async fn python() -> String {
    let python = std::env::var("ONCOTWIN_TEST_PYTHON").unwrap_or_else(|_| "python3".to_string());
    let mut probe = Command::new(&python);
    probe.args(["-c", "import fhirclient, fhirpy; print(fhirclient.__version__, fhirpy.__version__)"]);
    let found = run(probe, format!("the Python interpreter {python:?}")).await;
    assert!(
        found.status.success(),
        "{python:?} cannot import fhirclient and fhirpy ({}); {INSTALL_HINT}",
        found.stderr.trim()
    );
    python
}

/// Fails unless `node` runs and tests/clients/node/node_modules holds both Node clients.
async fn check_node() {
    let modules = clients_dir().join("node/node_modules");
    for package in ["fhirclient", "fhir-kit-client"] {
        let manifest = modules.join(package).join("package.json");
        assert!(manifest.is_file(), "{} is missing; {INSTALL_HINT}", manifest.display());
    }
    let mut probe = Command::new("node");
    probe.arg("--version");
    let found = run(probe, "node".to_string()).await;
    assert!(found.status.success(), "`node --version` failed ({}); {INSTALL_HINT}", found.stderr.trim());
}

/// Checks one script's output: exit 0, and one line per expected client, each reporting
/// the fixture's patient and exactly its Conditions.
fn check_report(script: &str, run: &Run, expected: &Expected, clients: &[&str]) {
    assert!(
        run.status.success(),
        "{script} failed ({}):\n--- stderr ---\n{}\n--- stdout ---\n{}",
        run.status,
        run.stderr,
        run.stdout
    );
    let lines: Vec<Value> = run
        .stdout
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            serde_json::from_str::<Value>(l)
                .unwrap_or_else(|e| panic!("{script} printed a line that is not JSON ({e}): {l}"))
        })
        .collect();
    let mut names = Vec::new();
    for line in &lines {
        let name = line["client"].as_str().unwrap_or_else(|| panic!("{script}: line without a client: {line}"));
        assert_eq!(line["patient_id"], expected.patient_id.as_str(), "{name}: wrong patient in {line}");
        assert_eq!(
            line["conditions"].as_u64(),
            Some(expected.conditions as u64),
            "{name} found {} Conditions, the fixture has {}",
            line["conditions"],
            expected.conditions
        );
        let ids: Vec<&str> = line["condition_ids"]
            .as_array()
            .unwrap_or_else(|| panic!("{name}: no condition_ids"))
            .iter()
            .map(|id| id.as_str().unwrap_or_else(|| panic!("{name}: a condition id is not a string")))
            .collect();
        let unique: BTreeSet<String> = ids.iter().map(|id| id.to_string()).collect();
        assert_eq!(unique.len(), ids.len(), "{name} reported a Condition twice");
        assert_eq!(ids.len(), expected.conditions, "{name}: condition_ids disagree with conditions");
        if let Some(expected_ids) = &expected.condition_ids {
            assert_eq!(&unique, expected_ids, "{name} did not find the fixture's Conditions");
        }
        names.push(name.to_string());
    }
    for client in clients {
        assert!(
            names.iter().any(|n| n.starts_with(*client)),
            "{script} printed no line for {client}; lines from: {names:?}\nstderr:\n{}",
            run.stderr
        );
    }
}

async fn outside_clients_read_and_search(db: Db) {
    let expected = expected_from_fixture();
    // Before any work: a machine without the clients fails here, with the way to get them.
    let python = python().await;
    check_node().await;

    let app = spawn_app(db).await;
    let report = oncotwin::ingest::source::ingest_file(&app.store, &helpers::fixtures().join(BREAST))
        .await
        .expect("ingest the breast Synthea fixture");
    assert!(report.stored() > 0, "the fixture stored nothing: {report:?}");
    let base = format!("{}/fhir", app.address);

    let dir = clients_dir();
    // A SMART patient-level token, as an EHR launch would give the app: the clients reach
    // this patient's compartment and nothing else.
    let token = app
        .dev
        .mint("outside-client", "patient/*.rs launch/patient openid fhirUser", Some(&expected.patient_id), 600)
        .unwrap();
    let mut py = Command::new(&python);
    py.env("ONCOTWIN_TOKEN", &token);
    py.arg(dir.join("python/read_and_search.py")).arg(&base).arg(&expected.patient_id).current_dir(&dir);
    let py_run = run(py, format!("{python} tests/clients/python/read_and_search.py")).await;
    check_report("python/read_and_search.py", &py_run, &expected, &["python fhirclient", "python fhirpy"]);

    let mut node = Command::new("node");
    node.env("ONCOTWIN_TOKEN", &token);
    node.arg(dir.join("node/read_and_search.mjs")).arg(&base).arg(&expected.patient_id).current_dir(dir.join("node"));
    let node_run = run(node, "node tests/clients/node/read_and_search.mjs".to_string()).await;
    check_report("node/read_and_search.mjs", &node_run, &expected, &["node fhirclient", "node fhir-kit-client"]);
}

both_backends!(outside_clients_read_and_search);
