//! The workspaces as their users meet them, in headless Chromium (Debian's /usr/bin/chromium
//! driven by playwright-core, tests/launch/workspaces.mjs), on both backends: the front door,
//! the development sign-in, the navigators' worklist (filter, open a patient, mark a gap
//! addressed with a note, see it leave the open list and appear under "Addressed"), and
//! sign-out; the prior-authorization desk (find, decide, a reviewer's determination signed on
//! the checklist page and shown in the queue and the API); axe-core finds no serious or
//! critical violation on any page. A session limited
//! to one patient sees only that patient. Without a browser: CSRF, bad input, the JSON API
//! of the marks and their audit records.

use crate::helpers::{fixture_text, raw_sql_strings, spawn_app, Db, TestApp};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::Command;

const SAMPLES: &[&str] = &[
    "synthea/breast-3f96088f.json.gz",
    "synthea/nsclc-4a404922.json.gz",
    "synthea/colon-161ec25d.json.gz",
    "synthea/prostate-3b418e0b.json.gz",
    "mcode/mcode-4.0.0-examples.ndjson.gz",
];
const BREAST_PATIENT: &str = "3f96088f-1f08-47cd-b67b-a57e269ce08b";
const NOTE: &str = "Called the patient; CT booked for next week";
const INSTALL_HINT: &str = "run scripts/test.sh: `npm ci` in tests/launch, and Debian's `chromium`";

async fn app_with_samples(db: Db) -> TestApp {
    let app = spawn_app(db).await;
    for sample in SAMPLES {
        let (report, _) = oncotwin::ingest::ingest_text(
            &app.store,
            &fixture_text(sample),
            "test",
            oncotwin::ingest::FailedTransaction::Quarantine,
        )
        .await
        .expect("ingest");
        assert_eq!(report.quarantined_total(), 0, "{sample}: {report:?}");
    }
    app
}

fn launch_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/launch")
}

/// Runs tests/launch/workspaces.mjs; its observations.
async fn browse(args: Value) -> Value {
    assert!(
        launch_dir().join("node_modules/axe-core/axe.min.js").is_file(),
        "tests/launch/node_modules/axe-core is missing; {INSTALL_HINT}"
    );
    let output = tokio::task::spawn_blocking(move || {
        Command::new("node").current_dir(launch_dir()).arg("workspaces.mjs").arg(args.to_string()).output()
    })
    .await
    .unwrap()
    .unwrap_or_else(|e| panic!("cannot run node tests/launch/workspaces.mjs: {e}; {INSTALL_HINT}"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "the browser run failed: {}\n{stdout}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_str(stdout.lines().last().unwrap_or_default()).unwrap_or_else(|e| panic!("{stdout}: {e}"))
}

fn step<'a>(run: &'a Value, name: &str) -> &'a Value {
    run["steps"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == name)
        .unwrap_or_else(|| panic!("no step {name}: {run:#}"))
}

fn keys(rows: &Value) -> Vec<String> {
    rows.as_array().unwrap().iter().map(|r| r["key"].as_str().unwrap().to_string()).collect()
}

/// "N items match …" → N.
fn total(summary: &Value) -> i64 {
    summary.as_str().unwrap().split_whitespace().next().unwrap().parse().unwrap()
}

/// The audit rows of `route` (polled: the audit sink writes in batches).
async fn audited(app: &TestApp, route: &str) -> Vec<String> {
    for _ in 0..50 {
        let rows = raw_sql_strings(
            &app.database_url,
            &format!(
                "SELECT method || ' ' || COALESCE(patient_id, '-') || ' ' || subject || ' ' || CAST(outcome AS TEXT) \
                 FROM audit_event WHERE route = '{route}'"
            ),
        )
        .await;
        if !rows.is_empty() {
            return rows;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    Vec::new()
}

async fn a_navigator_works_the_worklist_in_a_browser(db: Db) {
    let app = app_with_samples(db).await;
    let shots = tempfile::tempdir().unwrap();
    // SQLite filters to breast cancer, PostgreSQL to prostate cancer: two patient pages.
    let (cancer, title) = match db {
        Db::Sqlite => ("breast", "Breast cancer"),
        Db::Postgres => ("prostate", "Prostate cancer"),
    };
    // A PAS request (expedited) the reviewer will determine on its checklist page.
    let claim = json!({"resourceType": "Bundle", "type": "collection", "entry": [{"fullUrl": "urn:uuid:7d9c1f52-3a0e-4b8e-9c61-0f2d5a7e4b11", "resource": {
        "resourceType": "Claim", "id": "ws-claim", "status": "active", "use": "preauthorization",
        "identifier": [{"system": "urn:example:claims", "value": "ws-claim"}],
        "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/claim-type", "code": "pharmacy"}]},
        "patient": {"reference": format!("Patient/{BREAST_PATIENT}")}, "created": "2026-12-01",
        "provider": {"reference": "Organization/clinic"}, "priority": {"coding": [{"code": "stat"}]},
        "insurance": [{"sequence": 1, "focal": true, "coverage": {"display": "plan"}}],
        "item": [{"sequence": 1, "productOrService": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "2267574"}]}}]}}]});
    let (status, submitted) = app.post_fhir("/fhir/Claim/$submit", claim.to_string()).await;
    assert_eq!(status, 200, "{submitted}");
    let pas_decision = submitted["entry"][0]["resource"]["item"][0]["extension"][0]["valueUrl"]
        .as_str()
        .and_then(|u| u.rsplit('/').next())
        .expect("the item's decision")
        .to_string();
    let run = browse(json!({"base": app.address, "cancer": cancer, "shots": shots.path(), "find": "zaragoza",
        "brand": "Enhertu", "review": format!("/ui/necessity/{pas_decision}")}))
    .await;

    for (page, violations) in run["axe"].as_object().unwrap() {
        if !page.ends_with("(minor, moderate)") {
            assert_eq!(violations, &json!([]), "axe-core: serious or critical violations on the {page} page");
        }
    }
    for page in [
        "front door",
        "worklist",
        "patient",
        "worklist after a mark",
        "desk",
        "desk with matches",
        "checklist",
        "checklist determined",
    ] {
        assert!(run["axe"].get(page).is_some(), "axe-core did not check the {page} page: {run:#}");
    }
    for shot in ["front-door", "worklist", "patient", "worklist-addressed"] {
        for suffix in ["", "-narrow"] {
            let png = std::fs::read(shots.path().join(format!("{shot}{suffix}.png"))).unwrap();
            assert!(png.starts_with(b"\x89PNG") && png.len() > 10_000, "screenshot {shot}{suffix}");
        }
    }

    let door = step(&run, "unauthenticated worklist");
    assert_eq!(
        door["url"],
        app.url("/?next=%2Fui%2Fworklist"),
        "a page without a session sends the browser to sign in"
    );
    assert_eq!(door["heading"], "oncotwin");
    let signed = step(&run, "signed in");
    assert_eq!(signed["url"], app.url("/ui/worklist"), "back to the page it came for");
    assert!(signed["who"].as_str().unwrap().contains("Nurse Navigator Test"), "{signed}");

    let all = step(&run, "worklist");
    assert!(all["rows"].as_array().unwrap().len() >= 3, "the sample patients have gaps: {all:#}");
    let cancers: Vec<&str> = ["Breast cancer", "Prostate cancer"].to_vec();
    for c in cancers {
        assert!(
            all["rows"].as_array().unwrap().iter().any(|r| r["text"].as_str().unwrap().contains(c)),
            "{c}: {all:#}"
        );
    }
    let filtered = step(&run, "filtered");
    let rows = filtered["rows"].as_array().unwrap();
    assert!(!rows.is_empty() && rows.len() < all["rows"].as_array().unwrap().len(), "{filtered:#}");
    assert!(rows.iter().all(|r| r["text"].as_str().unwrap().contains(title)), "{filtered:#}");
    let count = format!("{title} ({})", rows.len());
    assert!(filtered["options"].as_array().unwrap().iter().any(|o| o == &json!(count)), "counts: {filtered:#}");
    assert_eq!(total(&filtered["summary"]), rows.len() as i64);

    let patient = step(&run, "patient");
    let href = patient["href"].as_str().unwrap();
    assert!(href.starts_with("/ui/patients/") && href.ends_with("#navigation"), "{patient}");
    let navigation = patient["navigation"].as_str().unwrap();
    assert!(navigation.contains("Care navigation") && navigation.contains(title), "{patient:#}");
    assert!(
        navigation.contains("Care gaps") && navigation.contains("Zoom in"),
        "gaps first, then the picture: {patient:#}"
    );
    let graph = &patient["graph"];
    assert_eq!(graph["hereInView"], true, "the current position is scrolled into view: {graph}");
    let (on_route, nodes) = (graph["onRoute"].as_i64().unwrap(), graph["nodes"].as_i64().unwrap());
    assert!(on_route >= 1 && on_route < nodes, "the route is outlined, the rest dimmed: {graph}");
    assert!(graph["width"].as_f64().unwrap() > 1366.0, "drawn at a readable size (panned, not shrunk): {graph}");

    let marked = step(&run, "marked");
    let target = marked["target"].as_str().unwrap();
    assert!(marked["notice"].as_str().unwrap().starts_with("Marked addressed"), "{marked:#}");
    assert!(!keys(&marked["rows"]).contains(&target.to_string()), "the addressed gap left the open list: {marked:#}");
    assert_eq!(total(&marked["summary"]), rows.len() as i64 - 1);
    let url = marked["url"].as_str().unwrap();
    assert!(!url.contains(BREAST_PATIENT) && !url.contains("CT"), "no patient id or note in the URL: {url}");
    let addressed = step(&run, "addressed view");
    assert_eq!(keys(&addressed["rows"]), vec![target.to_string()], "{addressed:#}");
    let text = addressed["rows"][0]["text"].as_str().unwrap();
    assert!(text.contains(NOTE) && text.contains("Nurse Navigator Test"), "{text}");

    // The mark is in the API and in the audit trail (who, which patient; never the note).
    let (status, api) = app.get_json("/api/v1/worklist?status=addressed").await;
    assert_eq!(status, 200);
    let item = api["items"].as_array().unwrap().iter().find(|i| i["key"] == target).expect("the mark in the API");
    assert_eq!(item["addressed"]["by"], "Nurse Navigator Test");
    assert_eq!(item["addressed"]["note"], NOTE);
    let patient_id = item["patient_id"].as_str().unwrap();
    let (_, open) = app.get_json("/api/v1/worklist").await;
    assert!(open["items"].as_array().unwrap().iter().all(|i| i["key"] != target), "not among the open items");
    let audit = audited(&app, "/ui/worklist/addressed").await;
    assert_eq!(audit, vec![format!("POST {patient_id} Nurse Navigator Test 303")]);

    // The prior-authorization desk: a name finds the patient, a brand names the drug.
    let find = step(&run, "desk find");
    assert_eq!(find["matches"], json!([{"id": BREAST_PATIENT, "checked": true}]), "{find:#}");
    assert!(!find["url"].as_str().unwrap().contains("zaragoza"), "the search was posted, not put in the URL");
    assert!(find["labels"][0].as_str().unwrap().contains("born 1974-09-19"), "{find:#}");
    let decision = step(&run, "desk decision");
    assert!(decision["options"].as_i64().unwrap() > 100, "the service list: {decision:#}");
    let url = decision["url"].as_str().unwrap();
    let id = url.rsplit('/').next().unwrap();
    assert!(url.starts_with(&app.url("/ui/necessity/")) && id.len() > 8, "to the checklist page: {url}");
    let text = decision["text"].as_str().unwrap();
    assert!(text.contains("trastuzumab deruxtecan"), "the drug the brand names: {text}");
    assert!(
        ["Supported", "Needs documentation", "Refer to a reviewer"]
            .iter()
            .any(|o| text.to_lowercase().contains(&o.to_lowercase())),
        "{text}"
    );
    // The reviewer denied the PAS request on its checklist page: on the page, in the queue,
    // in the API, in the audit trail and in PAS $inquire (A3, by a human).
    let determined = step(&run, "determined");
    assert_eq!(
        determined["url"],
        app.url(&format!("/ui/necessity/{pas_decision}#review-title")),
        "back to the checklist: {determined:#}"
    );
    let shown = determined["determination"].as_str().unwrap();
    assert!(shown.starts_with("Denied by Nurse Navigator Test on ") && shown.contains("HER2-low"), "{shown}");
    let queue = step(&run, "desk queue");
    assert_eq!(queue["queue"][0]["decision"], id, "the newest decision first: {queue:#}");
    assert!(queue["queue"][0]["text"].as_str().unwrap().contains("This desk"), "{queue:#}");
    let pas_row = queue["queue"].as_array().unwrap().iter().find(|r| r["decision"] == pas_decision.as_str());
    let pas_row = pas_row.and_then(|r| r["text"].as_str()).unwrap_or_else(|| panic!("{queue:#}"));
    assert!(pas_row.contains("Da Vinci PAS") && pas_row.contains("Denied by Nurse Navigator Test"), "{pas_row}");
    assert!(pas_row.contains("determined"), "a determined request is off the clock: {pas_row}");
    let (status, stored) = app.get_json(&format!("/api/v1/necessity/{pas_decision}")).await;
    assert_eq!((status, stored["patient_id"].as_str()), (200, Some(BREAST_PATIENT)), "{stored}");
    assert_eq!(stored["determination"]["determination"], "denied", "{stored}");
    assert_eq!(stored["determination"]["reviewer"], "Nurse Navigator Test");
    assert_eq!(stored["service"]["expedited"], true, "Claim.priority stat");
    assert_ne!(stored["outcome"], "denied", "the twin's recommendation is not a denial");
    assert_eq!(
        audited(&app, "/ui/necessity/{id}/determination").await,
        vec![format!("POST {BREAST_PATIENT} Nurse Navigator Test 303")]
    );
    let inquiry = json!({"resourceType": "Bundle", "type": "collection", "entry": [claim["entry"][0].clone()]});
    let (status, answered) = app.post_fhir("/fhir/Claim/$inquire", inquiry.to_string()).await;
    assert_eq!(status, 200, "{answered}");
    let item = &answered["entry"][0]["resource"]["item"][0];
    let action =
        item["adjudication"][0]["extension"][0]["extension"][0]["valueCodeableConcept"]["coding"][0]["code"].clone();
    assert_eq!(action, "A3", "denied by the reviewer: {answered}");
    let human = item["extension"].to_string();
    assert!(human.contains("reviewer-determination") && human.contains("Nurse Navigator Test"), "{human}");
    assert_eq!(
        audited(&app, "/ui/necessity/decide").await,
        vec![format!("POST {BREAST_PATIENT} Nurse Navigator Test 303")]
    );

    assert_eq!(step(&run, "other patient")["status"], 404, "an unknown patient is a page that says so");
    let out = step(&run, "signed out");
    assert_eq!(out["signIn"], true, "after sign-out the worklist asks for a sign-in: {out:#}");
}

async fn a_patient_scoped_session_sees_only_its_patient(db: Db) {
    let app = app_with_samples(db).await;
    let run =
        browse(json!({"base": app.address, "cancer": "breast", "patient": BREAST_PATIENT, "find": "Haley", "brand": "Kisqali"}))
            .await;
    for (page, violations) in run["axe"].as_object().unwrap() {
        if !page.ends_with("(minor, moderate)") {
            assert_eq!(violations, &json!([]), "axe-core: {page}");
        }
    }
    let signed = step(&run, "signed in");
    assert!(signed["who"].as_str().unwrap().contains(&format!("patient {BREAST_PATIENT} only")), "{signed}");
    let all = step(&run, "worklist");
    let rows = all["rows"].as_array().unwrap();
    assert!(!rows.is_empty(), "the patient's own gaps: {all:#}");
    assert!(rows.iter().all(|r| r["text"].as_str().unwrap().contains("Breast cancer")), "{all:#}");
    assert_eq!(
        step(&run, "filtered")["options"],
        json!([
            "All cancers",
            format!("Breast cancer ({})", rows.len()),
            "Non-small-cell lung cancer (0)",
            "Colorectal cancer (0)",
            "Prostate cancer (0)"
        ]),
        "the counts are of the patient's items only"
    );
    assert_eq!(step(&run, "patient")["href"], format!("/ui/patients/{BREAST_PATIENT}#navigation"));
    assert!(step(&run, "no mark form")["rows"].as_i64().unwrap() > 0, "a read-only session cannot mark: {run:#}");
    assert_eq!(step(&run, "other patient")["status"], 403, "another patient's page is refused");
    // The desk finds no other patient (Stefan Haley has prostate cancer) and queues none.
    assert_eq!(step(&run, "desk find")["matches"], json!([]), "{run:#}");
    assert!(
        step(&run, "desk decision")["url"].as_str().unwrap().ends_with("/ui/necessity/decide"),
        "no patient chosen: the desk again"
    );
    assert_eq!(step(&run, "desk queue")["queue"], json!([]));
    assert!(run["steps"].as_array().unwrap().iter().all(|s| s["name"] != "determined"), "no determination: {run:#}");
}

/// A client that keeps cookies as a browser does (by name; a Max-Age=0 cookie is dropped)
/// and does not follow redirects (to see them).
struct Browser {
    http: reqwest::Client,
    cookies: std::sync::Mutex<std::collections::BTreeMap<String, String>>,
}

impl Browser {
    fn new() -> Browser {
        let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
        Browser { http, cookies: Default::default() }
    }

    fn cookie_header(&self) -> String {
        self.cookies.lock().unwrap().iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ")
    }

    fn keep(&self, response: &reqwest::Response) {
        let mut jar = self.cookies.lock().unwrap();
        for value in response.headers().get_all("set-cookie") {
            let value = value.to_str().unwrap();
            let (pair, attributes) = value.split_once(';').unwrap_or((value, ""));
            let (name, v) = pair.split_once('=').unwrap();
            if attributes.contains("Max-Age=0") {
                jar.remove(name);
            } else {
                jar.insert(name.to_string(), v.to_string());
            }
        }
    }

    async fn get(&self, url: String) -> reqwest::Response {
        let response = self.http.get(url).header("Cookie", self.cookie_header()).send().await.unwrap();
        self.keep(&response);
        response
    }

    async fn post<T: serde::Serialize + ?Sized>(&self, url: String, form: &T) -> reqwest::Response {
        let response = self.http.post(url).header("Cookie", self.cookie_header()).form(form).send().await.unwrap();
        self.keep(&response);
        response
    }
}

/// The value of `name="csrf"` in a page.
fn csrf_of(html: &str) -> String {
    let at = html.find(r#"name="csrf" value=""#).expect("a csrf field") + r#"name="csrf" value=""#.len();
    html[at..].split('"').next().unwrap().to_string()
}

async fn forms_refuse_forgery_and_bad_input(db: Db) {
    let app = app_with_samples(db).await;
    let browser = Browser::new();
    // The sign-in form without its cookie, or with another token: refused.
    let forged =
        browser.post(app.url("/signin/dev"), &[("csrf", "x".repeat(43)), ("user", "Mallory".to_string())]).await;
    assert_eq!(forged.status().as_u16(), 403);
    let door = browser.get(app.url("/")).await.text().await.unwrap();
    let token = csrf_of(&door);
    let wrong = browser.post(app.url("/signin/dev"), &[("csrf", "nope"), ("user", "Mallory")]).await;
    assert_eq!(wrong.status().as_u16(), 403);
    let nameless = browser.post(app.url("/signin/dev"), &[("csrf", token.as_str()), ("user", "  ")]).await;
    assert_eq!(nameless.status().as_u16(), 422);
    assert!(nameless.text().await.unwrap().contains("Give your name"));
    let unknown = browser
        .post(app.url("/signin/dev"), &[("csrf", token.as_str()), ("user", "Ann"), ("patient", "nobody-here")])
        .await;
    assert_eq!(unknown.status().as_u16(), 404);
    // An open redirect is not followed: `next` must be a /ui/ page.
    let signed = browser
        .post(
            app.url("/signin/dev"),
            &[("csrf", token.as_str()), ("user", "Ann"), ("next", "https://evil.example/ui/")],
        )
        .await;
    assert_eq!(signed.status().as_u16(), 303);
    assert_eq!(signed.headers()["location"], "/");
    let cookie =
        signed.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_string()).collect::<Vec<_>>();
    assert!(
        cookie
            .iter()
            .any(|c| c.starts_with("oncotwin_session=") && c.contains("HttpOnly") && c.contains("SameSite=Lax")),
        "{cookie:?}"
    );

    // Signed in: a mark without the session's token is refused; with it, it is stored.
    let page = browser.get(app.url("/ui/worklist")).await.text().await.unwrap();
    let session_token = csrf_of(&page);
    let key_at = page.find(r#"name="key" value=""#).expect("a mark form") + r#"name="key" value=""#.len();
    let key = page[key_at..].split('"').next().unwrap().to_string();
    let patient_at = page.find(r#"name="patient" value=""#).unwrap() + r#"name="patient" value=""#.len();
    let patient = page[patient_at..].split('"').next().unwrap().to_string();
    let form = |csrf: &str, note: &str| {
        vec![
            ("csrf", csrf.to_string()),
            ("patient", patient.clone()),
            ("key", key.clone()),
            ("note", note.to_string()),
            ("back", "cancer=breast&evil=1".into()),
        ]
    };
    let forged = browser.post(app.url("/ui/worklist/addressed"), &form("forged", "x")).await;
    assert_eq!(forged.status().as_u16(), 403);
    let too_long = browser.post(app.url("/ui/worklist/addressed"), &form(&session_token, &"x".repeat(501))).await;
    assert_eq!(too_long.status().as_u16(), 422);
    let mut bad_key = form(&session_token, "");
    bad_key[2].1 = "not-a-key".into();
    assert_eq!(browser.post(app.url("/ui/worklist/addressed"), &bad_key).await.status().as_u16(), 422);
    bad_key[2].1 = "0123456789abcdef".into();
    assert_eq!(browser.post(app.url("/ui/worklist/addressed"), &bad_key).await.status().as_u16(), 404);
    let done = browser.post(app.url("/ui/worklist/addressed"), &form(&session_token, "done")).await;
    assert_eq!(done.status().as_u16(), 303);
    assert_eq!(
        done.headers()["location"],
        "/ui/worklist?cancer=breast&done=addressed",
        "only the page's own choices come back"
    );
    let again = browser.post(app.url("/ui/worklist/addressed"), &form(&session_token, "twice")).await;
    assert_eq!(again.headers()["location"], "/ui/worklist?cancer=breast&done=already");

    // The JSON API: the same mark, then reopened.
    let api = format!("/api/v1/patients/{patient}/worklist/{key}/addressed");
    let response = app.client.post(app.url(&api)).json(&json!({"note": "again"})).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 200, "already addressed: the first mark stays");
    assert_eq!(response.json::<Value>().await.unwrap()["already_addressed"], true);
    assert_eq!(app.client.delete(app.url(&api)).send().await.unwrap().status().as_u16(), 204);
    assert_eq!(app.client.delete(app.url(&api)).send().await.unwrap().status().as_u16(), 404);
    let response = app.client.post(app.url(&api)).json(&json!({"note": "by the API"})).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 201);
    let mark: Value = response.json().await.unwrap();
    assert_eq!((mark["by"].as_str(), mark["note"].as_str()), (Some("test-admin"), Some("by the API")));
    let response = app
        .client
        .post(app.url(&format!("/api/v1/patients/{patient}/worklist/zz/addressed")))
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 400);
    // A read-only token cannot mark.
    let reader = app.dev.mint("reader", "user/*.rs", None, 600).unwrap();
    let response = reqwest::Client::new().delete(app.url(&api)).bearer_auth(reader).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 403);
    let (status, body) = app.get_json("/api/v1/worklist?status=sometimes").await;
    assert_eq!(status, 400, "{body}");

    // The care team: the sample CareTeams name one practitioner for the breast patient
    // (Dr. Emily Okafor); the filter lists that patient's items only, on the page and by API.
    // (Open and addressed: the breast patient's open gap was marked above.)
    let (status, counted) = app.get_json("/api/v1/worklist?counts=true&status=all&limit=500").await;
    assert_eq!(status, 200, "{counted}");
    let teams = counted["counts"]["by_team"].as_array().unwrap();
    let okafor = teams.iter().find(|t| t["name"] == "Dr. Emily Okafor").unwrap_or_else(|| panic!("{teams:#?}"));
    let member = okafor["member"].as_str().unwrap();
    assert_eq!(member, "Practitioner/0a32b2b0-f0b7-4d20-9387-a68a383d7dbc");
    assert!(teams.iter().all(|t| t["items"].as_i64().unwrap() > 0), "members with items in the selection: {teams:#?}");
    let query = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("team", member)
        .append_pair("status", "all")
        .finish();
    let (_, mine) = app.get_json(&format!("/api/v1/worklist?{query}&limit=500")).await;
    let items = mine["items"].as_array().unwrap();
    assert!(!items.is_empty() && items.iter().all(|i| i["patient_id"] == BREAST_PATIENT), "{mine:#}");
    assert_eq!(okafor["items"].as_i64().unwrap(), mine["total"].as_i64().unwrap());
    let team_page = browser.get(app.url(&format!("/ui/worklist?{query}"))).await.text().await.unwrap();
    assert!(team_page.contains(&format!(r#"<option value="{member}" selected>Dr. Emily Okafor ("#)), "the choice kept");
    assert_eq!(team_page.matches("<tr data-key=").count() as i64, mine["total"].as_i64().unwrap().min(25));
    let (status, _) = app.get_json(&format!("/api/v1/worklist?team={}", "x".repeat(201))).await;
    assert_eq!(status, 400, "an overlong team");

    // The desk: an expedited request is on the 72-hour clock; a determination form refuses
    // a forged token, an empty reason and an unknown decision, and signs a good one.
    let desk = browser.get(app.url("/ui/necessity")).await.text().await.unwrap();
    let desk_token = csrf_of(&desk);
    let decided = browser
        .post(
            app.url("/ui/necessity/decide"),
            &[
                ("csrf", desk_token.as_str()),
                ("patient", BREAST_PATIENT),
                ("service", "Enhertu"),
                ("expedited", "true"),
            ],
        )
        .await;
    assert_eq!(decided.status().as_u16(), 303);
    let checklist = decided.headers()["location"].to_str().unwrap().to_string();
    let id = checklist.rsplit('/').next().unwrap().to_string();
    let (_, decision) = app.get_json(&format!("/api/v1/necessity/{id}")).await;
    assert_eq!(decision["service"]["expedited"], true, "{decision}");
    let queued = browser.get(app.url("/ui/necessity?origin=desk")).await.text().await.unwrap();
    let row = queued.split(&format!(r#"data-decision="{id}""#)).nth(1).unwrap().split("</tr>").next().unwrap();
    if decision["outcome"] != "supported" {
        assert!(row.contains("expedited"), "{row}");
    }
    let page = browser.get(app.url(&checklist)).await.text().await.unwrap();
    assert!(page.contains("Record a determination"), "the reviewer's form on the checklist page");
    // Evidence as a reviewer reads it: what the source says, its date and kind, linked.
    let readable = page.matches("<span class=evi>").count();
    let bare = page.matches("<div class=ev>evidence: <code>").count();
    assert!(readable > 0 && readable > bare, "readable evidence: {readable}, bare pointers first: {bare}");
    let first = page.split("<span class=evi>").nth(1).unwrap().split("</span>").next().unwrap();
    assert!(first.contains(r#"<a href="/fhir/"#) && first.contains(", 20"), "linked, with a date: {first}");
    let post = |csrf: String, kind: &str, reason: &str| {
        vec![("csrf", csrf), ("determination", kind.to_string()), ("reason", reason.to_string())]
    };
    let path = format!("{checklist}/determination");
    let forged = browser.post(app.url(&path), &post("forged".into(), "denied", "x")).await;
    assert_eq!(forged.status().as_u16(), 403);
    let empty = browser.post(app.url(&path), &post(desk_token.clone(), "denied", " ")).await;
    assert_eq!(empty.status().as_u16(), 422);
    assert!(empty.text().await.unwrap().contains("Give the reason for your determination."));
    let unknown = browser
        .post(app.url("/ui/necessity/no-such-decision/determination"), &post(desk_token.clone(), "denied", "x"))
        .await;
    assert_eq!(unknown.status().as_u16(), 404);
    let (_, decision) = app.get_json(&format!("/api/v1/necessity/{id}")).await;
    assert_eq!(decision["determinations"], json!([]), "nothing recorded by a refused post");
    let signed = browser.post(app.url(&path), &post(desk_token.clone(), "pended", "Ask for the HER2 report")).await;
    assert_eq!(signed.status().as_u16(), 303);
    let (_, decision) = app.get_json(&format!("/api/v1/necessity/{id}")).await;
    assert_eq!(decision["determination"]["determination"], "pended", "{decision}");
    assert_eq!(decision["determination"]["reviewer"], "Ann");

    // Sign-out needs the session's token too, then the session is gone.
    let out = browser.post(app.url("/ui/signout"), &[("csrf", "forged")]).await;
    assert_eq!(out.status().as_u16(), 403);
    let out = browser.post(app.url("/ui/signout"), &[("csrf", session_token.as_str())]).await;
    assert_eq!(out.headers()["location"], "/?signed_out=1");
    let after = browser.get(app.url("/ui/worklist")).await;
    assert_eq!(after.status().as_u16(), 303, "the session is closed");
}

crate::both_backends!(
    a_navigator_works_the_worklist_in_a_browser,
    a_patient_scoped_session_sees_only_its_patient,
    forms_refuse_forgery_and_bad_input
);
