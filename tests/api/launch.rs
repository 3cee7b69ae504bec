//! SMART App Launch of the timeline page, end to end: headless Chromium (Debian's
//! /usr/bin/chromium, driven by playwright-core from tests/launch) starts at the EHR's launch
//! URL, follows the redirects through the stand-in EHR's authorization server (oidc-provider,
//! authorization_code + PKCE for a public client; tests/ehr/ehr.mjs) and back, and must land
//! on the launch patient's timeline, drawn. The session that opens must not reach another
//! patient, nor any route outside `/ui/`; a tampered or cookie-less `state` is refused.
//!
//! Node packages come from `npm ci` in tests/ehr and tests/launch (scripts/test.sh); missing
//! ones, or a missing Chromium, fail the test.

use crate::connector::{spawn_ehr, Ehr};
use crate::helpers::{fixture_text, spawn_app_with, Db, TestApp};
use oncotwin::auth::launch::LaunchSettings;
use oncotwin::auth::IssuerConfig;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::Command;

const BREAST: &str = "synthea/breast-3f96088f.json.gz";
const CLIENT_ID: &str = "oncotwin-timeline";
const LAUNCH_ID: &str = "launch-7f3a";
const INSTALL_HINT: &str = "run scripts/test.sh: `npm ci` in tests/ehr and tests/launch, and Debian's `chromium`";

fn launch_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/launch")
}

/// The breast-cancer fixture's Patient id.
fn breast_patient() -> String {
    let bundle: Value = serde_json::from_str(&fixture_text(BREAST)).unwrap();
    bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["resource"]["resourceType"] == "Patient")
        .and_then(|e| e["resource"]["id"].as_str())
        .expect("a Patient")
        .to_string()
}

/// The stand-in EHR (launch `LAUNCH_ID` and the standalone picker give `patient`; launch
/// `deny` is refused consent) and oncotwin trusting it, with the breast patient ingested.
async fn ehr_and_app(patient: &str) -> (Ehr, TestApp) {
    let args = [
        "--launch-client".into(),
        CLIENT_ID.into(),
        "--launch".into(),
        format!("{LAUNCH_ID}={patient}").into(),
        "--standalone-patient".into(),
        patient.into(),
    ];
    let ehr = spawn_ehr(&args, tempfile::tempdir().unwrap());
    let (issuer, fhir) = (ehr.issuer.clone(), ehr.fhir.clone());
    let app = spawn_app_with(Db::Sqlite, move |settings| {
        settings.auth_issuers.push(IssuerConfig {
            issuer: issuer.clone(),
            jwks_uri: Some(format!("{issuer}/jwks")),
            jwks_file: None,
        });
        settings.auth_audiences.push(fhir.clone());
        settings.smart_launch = Some(LaunchSettings { fhir_base: fhir, client_id: CLIENT_ID.into() });
    })
    .await;
    let (status, body) = app.post_fhir("/fhir", fixture_text(BREAST)).await;
    assert_eq!(status, 200, "{body}");
    (ehr, app)
}

/// Runs the browser from `start`, then opens each of `then` in the same browser context.
async fn browse(ehr: &Ehr, start: String, then: Vec<String>) -> Value {
    let run = tokio::task::spawn_blocking(move || run_browser(&start, &then)).await.unwrap();
    run.unwrap_or_else(|e| panic!("{e}\nthe EHR's log:\n{}", ehr.requests()))
}

fn run_browser(start: &str, then: &[String]) -> Result<Value, String> {
    assert!(
        launch_dir().join("node_modules/playwright-core").is_dir(),
        "tests/launch/node_modules/playwright-core is missing; {INSTALL_HINT}"
    );
    let output = Command::new("node")
        .current_dir(launch_dir())
        .arg("launch.mjs")
        .arg(json!({"start": start, "then": then}).to_string())
        .output()
        .unwrap_or_else(|e| panic!("cannot run node tests/launch/launch.mjs: {e}; {INSTALL_HINT}"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        return Err(format!(
            "the browser run failed: {}\n{stdout}\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    serde_json::from_str(stdout.lines().last().unwrap_or_default())
        .map_err(|e| format!("browser output {stdout:?}: {e}"))
}

/// The browser ended on `patient`'s timeline page, drawn.
fn assert_on_timeline(app: &TestApp, result: &Value, patient: &str) {
    assert_eq!(result["url"], app.url(&format!("/ui/patients/{patient}")), "{result:#}");
    assert_eq!(result["status"], 200, "{result:#}");
    assert_eq!(result["title"], format!("Oncology timeline — patient {patient}"), "{result:#}");
    assert!(result["heading"].as_str().unwrap().contains("Oncology timeline"), "{result:#}");
    assert_eq!(result["rendered"], true, "the timeline was not drawn: {result:#}");
}

#[tokio::test(flavor = "multi_thread")]
async fn ehr_launch_opens_the_launch_patients_timeline_and_nothing_else() {
    let patient = breast_patient();
    let (ehr, app) = ehr_and_app(&patient).await;
    let start = app.url(&format!(
        "/launch?iss={}&launch={LAUNCH_ID}",
        url::form_urlencoded::byte_serialize(ehr.fhir.as_bytes()).collect::<String>()
    ));
    let then = [
        app.url("/ui/patients/another-patient"),
        app.url(&format!("/api/v1/patients/{patient}/timeline")),
        app.url(&format!("/ui/patients/{patient}")),
    ];
    let result = browse(&ehr, start, then.to_vec()).await;
    assert_on_timeline(&app, &result, &patient);
    let then = result["then"].as_array().unwrap();
    assert_eq!(then[0]["status"], 403, "the session is bound to its patient: {result:#}");
    assert_eq!(then[1]["status"], 401, "the session cookie is for /ui/ pages only: {result:#}");
    assert_eq!(then[2]["status"], 200, "the session still opens its own patient: {result:#}");
    let log = ehr.requests();
    assert!(log.contains("GET /fhir/.well-known/smart-configuration 200"), "discovery:\n{log}");
    // oncotwin's own CapabilityStatement names the trusted authorization server (oauth-uris).
    let (_, cs) = app.get_json("/fhir/metadata").await;
    let uris = &cs["rest"][0]["security"]["extension"][0];
    assert_eq!(
        uris["url"], "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris",
        "{}",
        cs["rest"][0]["security"]
    );
    let authorize = uris["extension"].as_array().unwrap().iter().find(|e| e["url"] == "authorize").unwrap();
    assert!(authorize["valueUri"].as_str().unwrap().starts_with(&ehr.issuer), "{uris}");
}

#[tokio::test(flavor = "multi_thread")]
async fn standalone_launch_opens_the_picked_patients_timeline() {
    let patient = breast_patient();
    let (ehr, app) = ehr_and_app(&patient).await;
    let iss: String = url::form_urlencoded::byte_serialize(ehr.fhir.as_bytes()).collect();
    let start = app.url(&format!("/launch?iss={iss}"));
    let result = browse(&ehr, start, Vec::new()).await;
    assert_on_timeline(&app, &result, &patient);
}

#[tokio::test(flavor = "multi_thread")]
async fn denied_consent_is_a_clear_401_page() {
    let patient = breast_patient();
    let (ehr, app) = ehr_and_app(&patient).await;
    let iss: String = url::form_urlencoded::byte_serialize(ehr.fhir.as_bytes()).collect();
    let start = app.url(&format!("/launch?iss={iss}&launch=deny"));
    let result = browse(&ehr, start, Vec::new()).await;
    assert_eq!(result["status"], 401, "{result:#}");
    assert!(result["url"].as_str().unwrap().starts_with(&app.url("/launch/callback")), "{result:#}");
    assert!(result["text"].as_str().unwrap().contains("access_denied"), "{result:#}");
}

/// The `state` and the launch cookie of a `/launch` redirect.
async fn begin(app: &TestApp, http: &reqwest::Client, iss: &str) -> (String, String) {
    let response = http.get(app.url("/launch")).query(&[("iss", iss), ("launch", LAUNCH_ID)]).send().await.unwrap();
    assert_eq!(response.status(), 302);
    let location = url::Url::parse(response.headers()["location"].to_str().unwrap()).unwrap();
    let query: std::collections::HashMap<_, _> = location.query_pairs().into_owned().collect();
    assert_eq!(query["response_type"], "code");
    assert_eq!(query["client_id"], CLIENT_ID);
    assert_eq!(query["redirect_uri"], app.url("/launch/callback"));
    assert_eq!(query["scope"], "launch openid fhirUser patient/*.rs");
    assert_eq!(query["aud"], iss);
    assert_eq!(query["launch"], LAUNCH_ID);
    assert_eq!(query["code_challenge_method"], "S256");
    assert_eq!(query["code_challenge"].len(), 43);
    let cookie = response.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain http in tests: {cookie}");
    (query["state"].clone(), cookie.split(';').next().unwrap().to_string())
}

#[tokio::test(flavor = "multi_thread")]
async fn tampered_replayed_or_cookieless_state_and_untrusted_iss_are_refused() {
    let patient = breast_patient();
    let (ehr, app) = ehr_and_app(&patient).await;
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let callback = |state: &str, cookie: Option<&str>| {
        let mut request = http.get(app.url("/launch/callback")).query(&[("code", "any-code"), ("state", state)]);
        if let Some(cookie) = cookie {
            request = request.header("Cookie", cookie);
        }
        request.send()
    };

    let (state, cookie) = begin(&app, &http, &ehr.fhir).await;
    let tampered = format!("{}x", &state[..state.len() - 1]);
    let response = callback(&tampered, Some(&cookie)).await.unwrap();
    assert_eq!(response.status(), 400);
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
    assert!(response.text().await.unwrap().contains("unknown"));

    let (state, _) = begin(&app, &http, &ehr.fhir).await;
    let response = callback(&state, None).await.unwrap();
    assert_eq!(response.status(), 400, "no launch cookie: not the browser that started it");
    let response = callback(&state, Some("oncotwin_launch=someone-else")).await.unwrap();
    assert_eq!(response.status(), 400, "single use: a refused state is gone");

    // A real state with its cookie but a made-up code: the EHR refuses it; no session.
    let (state, cookie) = begin(&app, &http, &ehr.fhir).await;
    let response = callback(&state, Some(&cookie)).await.unwrap();
    assert_eq!(response.status(), 401);
    assert!(response.headers().get("set-cookie").is_none());
    let response = callback(&state, Some(&cookie)).await.unwrap();
    assert_eq!(response.status(), 400, "replayed state");

    let response = http.get(app.url("/launch")).query(&[("iss", "https://evil.example/fhir")]).send().await.unwrap();
    assert_eq!(response.status(), 400);
    assert!(response.text().await.unwrap().contains("not an EHR this server trusts"));
    let response = http.get(app.url("/launch")).send().await.unwrap();
    assert_eq!(response.status(), 400);

    // A made-up session cookie opens nothing.
    let response = http
        .get(app.url(&format!("/ui/patients/{patient}")))
        .header("Cookie", "oncotwin_session=made-up")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 303, "no session: sent to sign in");
    assert!(response.headers()["location"].to_str().unwrap().starts_with("/?next="));
}
