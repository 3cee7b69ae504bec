//! Authentication, authorization and audit, with forged and out-of-scope tokens.

use crate::both_backends;
use crate::helpers::{assert_outcome, fixture_text, spawn_app, spawn_app_with, Db, TestApp};
use base64::Engine;
use oncotwin::auth::dev::{DevIssuer, DEV_AUDIENCE, DEV_ISSUER};
use serde_json::{json, Value};

const BREAST: &str = "3f96088f-1f08-47cd-b67b-a57e269ce08b";

/// Sends a GET with the given bearer token (or none), without the app client's default one.
async fn get_with(app: &TestApp, path: &str, token: Option<&str>) -> (u16, Value) {
    let mut request = reqwest::Client::new().get(app.url(path));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

fn claims(aud: &str, exp_offset: i64) -> Value {
    let now = chrono::Utc::now().timestamp();
    json!({"iss": DEV_ISSUER, "aud": aud, "sub": "mallory", "scope": "system/*.cruds oncotwin/admin", "iat": now, "exp": now + exp_offset})
}

async fn seeded(db: Db) -> TestApp {
    let app = spawn_app(db).await;
    let (status, _) = app.post_fhir("/fhir", fixture_text("synthea/breast-3f96088f.json.gz")).await;
    assert_eq!(status, 200);
    let other = json!({"resourceType": "Bundle", "type": "transaction", "entry": [
        {"resource": {"resourceType": "Patient", "id": "other", "gender": "male"}, "request": {"method": "PUT", "url": "Patient/other"}},
        {"resource": {"resourceType": "Condition", "id": "other-c", "subject": {"reference": "Patient/other"}, "code": {"text": "x"}}, "request": {"method": "PUT", "url": "Condition/other-c"}}
    ]});
    let (status, body) = app.post_fhir("/fhir", other.to_string()).await;
    assert_eq!(status, 200, "{body}");
    app
}

/// Every route in the OpenAPI document answers 401 without a token, except the open ones.
async fn every_documented_route_needs_a_token(db: Db) {
    let app = spawn_app(db).await;
    let (_, openapi) = get_with(&app, "/openapi.json", None).await;
    let open = [
        "/healthz",
        "/readyz",
        "/metrics",
        "/fhir/metadata",
        "/api/v1/pathways",
        "/fhir/PlanDefinition",
        "/.well-known/smart-configuration",
        "/launch",
        "/cds-services",
        "/signin/dev",
        "/",
    ];
    let mut checked = 0;
    for (path, item) in openapi["paths"].as_object().unwrap() {
        let id = if path.starts_with("/cds-services/") { "oncotwin-necessity-order-sign" } else { "breast" };
        let concrete = path.replace("{type}", "Observation").replace("{id}", id).replace("{vid}", "1");
        // `$apply` under the open PlanDefinitions reads a patient's data; CDS hook calls
        // need the CDS client's JWT (discovery alone is open).
        let is_open = open.iter().any(|o| path == o || path.starts_with(&format!("{o}/")))
            && !path.ends_with("/$apply")
            && !path.starts_with("/cds-services/");
        for method in item.as_object().unwrap().keys() {
            let request = reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap()
                .request(method.to_uppercase().parse().unwrap(), app.url(&concrete))
                .header("Content-Type", "application/fhir+json")
                .body("{}");
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            if is_open {
                assert_ne!(status, 401, "{method} {path} is documented as open");
            } else if path.starts_with("/ui/") && method == "get" {
                // A person opening a page is sent to sign in first (and back after).
                assert_eq!(status, 303, "{method} {path} must need a session or a token");
                let location = response.headers()["location"].to_str().unwrap();
                assert!(location.starts_with("/?next=%2Fui%2F"), "{method} {path} → {location}");
            } else {
                assert_eq!(status, 401, "{method} {path} must need a token");
            }
            checked += 1;
        }
    }
    assert!(checked >= 30, "only {checked} routes documented");
    // Every route the server answers is documented (issue: necessity, CDS Hooks, PAS,
    // _search, pages and the launch were missing).
    for documented in [
        "/api/v1/necessity",
        "/api/v1/necessity/{id}",
        "/ui/necessity/{id}",
        "/ui/patients/{id}",
        "/cds-services",
        "/cds-services/{id}",
        "/cds-services/{id}/feedback",
        "/fhir/Claim/$submit",
        "/fhir/Claim/$inquire",
        "/fhir/{type}/_search",
        "/launch",
        "/launch/callback",
        "/",
        "/signin/dev",
        "/ui/worklist",
        "/ui/worklist/addressed",
        "/ui/worklist/reopen",
        "/ui/signout",
        "/api/v1/patients/{id}/worklist/{key}/addressed",
    ] {
        assert!(openapi["paths"].get(documented).is_some(), "{documented} is not in /openapi.json");
    }
}

async fn forged_and_invalid_tokens_are_refused(db: Db) {
    let app = seeded(db).await;
    let path = format!("/fhir/Patient/{BREAST}");
    assert_eq!(get_with(&app, &path, Some(&app.token)).await.0, 200, "the genuine token works");

    // alg: none, unsigned.
    let none =
        format!("{}.{}.", b64(br#"{"alg":"none","typ":"JWT"}"#), b64(claims(DEV_AUDIENCE, 600).to_string().as_bytes()));
    // HS256 "signed" with the issuer's public key as the HMAC secret.
    let public = app.dev.public_jwk().to_string();
    let hs256 = jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
        &claims(DEV_AUDIENCE, 600),
        &jsonwebtoken::EncodingKey::from_secret(public.as_bytes()),
    )
    .unwrap();
    let expired = app.dev.sign(&claims(DEV_AUDIENCE, -3600)).unwrap();
    let wrong_audience = app.dev.sign(&claims("https://some-other-server.example", 600)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let stranger = DevIssuer::load_or_create(&dir.path().join("other.pem")).unwrap();
    let unknown_kid = stranger.sign(&claims(DEV_AUDIENCE, 600)).unwrap();
    let mut unknown_issuer_claims = claims(DEV_AUDIENCE, 600);
    unknown_issuer_claims["iss"] = json!("https://evil.example");
    let unknown_issuer = app.dev.sign(&unknown_issuer_claims).unwrap();
    let mut tampered = app.token.clone();
    tampered.replace_range(tampered.len() - 4.., "AAAA");

    for (name, token) in [
        ("alg none", none.as_str()),
        ("HS256 with the public key", &hs256),
        ("expired", &expired),
        ("wrong aud", &wrong_audience),
        ("unknown kid", &unknown_kid),
        ("unknown issuer", &unknown_issuer),
        ("bad signature", &tampered),
        ("garbage", "not-a-token"),
    ] {
        let response = reqwest::Client::new().get(app.url(&path)).bearer_auth(token).send().await.unwrap();
        assert_eq!(response.status().as_u16(), 401, "{name} must be refused");
        let challenge = response.headers()["www-authenticate"].to_str().unwrap().to_string();
        let body: Value = response.json().await.unwrap();
        assert_outcome(&body);
        // Nothing of the verifier's internals or the token's claims is echoed.
        for leak in ["HS256", "none", "InvalidSignature", "evil.example", "expected one of", "ExpiredSignature", "kid"]
        {
            assert!(
                !body.to_string().contains(leak) && !challenge.contains(leak),
                "{name} echoes `{leak}`: {body} / {challenge}"
            );
        }
        assert!(challenge.starts_with("Bearer error=\"invalid_token\""), "{name}: {challenge}");
    }
    let (status, _) = get_with(&app, &path, None).await;
    assert_eq!(status, 401);
}

async fn patient_scopes_stay_in_their_compartment(db: Db) {
    let app = seeded(db).await;
    let token = app.dev.mint("app", "patient/*.rs launch/patient", Some(BREAST), 600).unwrap();
    let t = Some(token.as_str());
    assert_eq!(get_with(&app, &format!("/fhir/Patient/{BREAST}"), t).await.0, 200);
    assert_eq!(get_with(&app, "/fhir/Patient/other", t).await.0, 403, "another patient");
    assert_eq!(get_with(&app, "/fhir/Condition/other-c", t).await.0, 403, "another patient's Condition");
    assert_eq!(get_with(&app, "/fhir/Condition?patient=other", t).await.0, 403);
    assert_eq!(get_with(&app, "/fhir/Patient/other/$everything", t).await.0, 403);
    // A search without a patient is limited to the token's patient.
    let (status, bundle) = get_with(&app, "/fhir/Condition?_count=1000", t).await;
    assert_eq!(status, 200);
    let entries = bundle["entry"].as_array().unwrap();
    assert!(!entries.is_empty());
    assert!(entries.iter().all(|e| e["resource"]["subject"]["reference"] == format!("Patient/{BREAST}")));
    // Read-only scopes cannot write; patient scopes cannot bulk-ingest.
    let write = reqwest::Client::new()
        .put(app.url(&format!("/fhir/Patient/{BREAST}")))
        .bearer_auth(&token)
        .header("Content-Type", "application/fhir+json")
        .body(json!({"resourceType": "Patient", "id": BREAST}).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(write.status().as_u16(), 403);
    let bundle = json!({"resourceType": "Bundle", "type": "batch", "entry": [{"resource": {"resourceType": "Patient", "id": "x"}, "request": {"method": "PUT", "url": "Patient/x"}}]});
    let post = reqwest::Client::new()
        .post(app.url("/fhir"))
        .bearer_auth(&token)
        .header("Content-Type", "application/fhir+json")
        .body(bundle.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(post.status().as_u16(), 403);
    // Only Observation: Conditions are out of reach, and $everything holds only Observations.
    let narrow = app.dev.mint("app", "patient/Patient.rs patient/Observation.rs", Some(BREAST), 600).unwrap();
    assert_eq!(get_with(&app, &format!("/fhir/Condition?patient={BREAST}"), Some(&narrow)).await.0, 403);
    let (status, everything) =
        get_with(&app, &format!("/fhir/Patient/{BREAST}/$everything?_count=1000"), Some(&narrow)).await;
    assert_eq!(status, 200);
    assert!(everything["entry"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| matches!(e["resource"]["resourceType"].as_str(), Some("Patient" | "Observation"))));
    // A v2 query constraint narrows searches and reads.
    let labs = app.dev.mint("app", "user/Observation.rs?category=laboratory", None, 600).unwrap();
    let (_, lab_bundle) = get_with(&app, &format!("/fhir/Observation?patient={BREAST}&_count=1000"), Some(&labs)).await;
    let (_, all_bundle) =
        get_with(&app, &format!("/fhir/Observation?patient={BREAST}&_count=0"), Some(&app.token)).await;
    assert!(lab_bundle["total"].as_i64().unwrap() > 0);
    assert!(lab_bundle["total"].as_i64().unwrap() < all_bundle["total"].as_i64().unwrap());
    let vital = app
        .store
        .search(&oncotwin::store::SearchQuery {
            types: vec!["Observation".into()],
            tokens: vec![("category".into(), vec![oncotwin::fhir::search::parse_token("vital-signs")])],
            count: 1,
            ..Default::default()
        })
        .await
        .unwrap();
    let vital_id = &vital.resources[0].id;
    assert_eq!(
        get_with(&app, &format!("/fhir/Observation/{vital_id}"), Some(&labs)).await.0,
        403,
        "a vital sign is not a lab"
    );
}

/// Sends a request with a method, token and JSON body; the status and the JSON answer.
async fn send_with(app: &TestApp, method: &str, path: &str, token: &str, body: Option<Value>) -> (u16, Value) {
    let client = reqwest::Client::new();
    let mut request = match method {
        "POST" => client.post(app.url(path)),
        _ => client.get(app.url(path)),
    }
    .bearer_auth(token);
    if let Some(body) = body {
        request = request.header("Content-Type", "application/json").body(body.to_string());
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// The twin routes reveal diagnoses, procedures, medications, observations and notes: a
/// token without read on every one of those types gets 403 on each route, naming what it
/// lacks; a token with them gets the answer; a query-constrained scope does not count.
async fn scopes_narrow_the_twin_api(db: Db) {
    let app = seeded(db).await;
    let necessity = json!({"patient": BREAST, "service": {"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "224905"}});
    let routes: Vec<(&str, String, Option<Value>)> = vec![
        ("GET", format!("/api/v1/patients/{BREAST}/timeline"), None),
        ("GET", format!("/api/v1/patients/{BREAST}/timeline/fhir"), None),
        ("GET", format!("/api/v1/patients/{BREAST}/facts"), None),
        ("GET", format!("/api/v1/patients/{BREAST}/navigation"), None),
        ("GET", format!("/api/v1/patients/{BREAST}/notes"), None),
        ("GET", format!("/ui/patients/{BREAST}"), None),
        ("GET", "/api/v1/worklist".to_string(), None),
        ("POST", format!("/fhir/PlanDefinition/oncotwin-breast/$apply?subject=Patient/{BREAST}"), None),
        ("POST", "/api/v1/necessity".to_string(), Some(necessity.clone())),
    ];
    let narrow = app.dev.mint("app", "patient/Patient.rs", Some(BREAST), 600).unwrap();
    let lab_only = app
        .dev
        .mint(
            "app",
            "patient/Patient.rs patient/Condition.rs patient/Procedure.rs patient/MedicationRequest.rs \
             patient/MedicationAdministration.rs patient/MedicationStatement.rs patient/ImagingStudy.rs \
             patient/DiagnosticReport.rs patient/DocumentReference.rs patient/Composition.rs \
             patient/Observation.rs?category=laboratory",
            Some(BREAST),
            600,
        )
        .unwrap();
    let wide = app.dev.mint("app", "patient/*.rs", Some(BREAST), 600).unwrap();
    for (method, path, body) in &routes {
        let (status, answer) = send_with(&app, method, path, &narrow, body.clone()).await;
        assert_eq!(status, 403, "{method} {path} with patient/Patient.rs: {answer}");
        if !path.starts_with("/ui/") {
            assert!(
                answer.to_string().contains("grants no"),
                "{method} {path}: the refusal says what is missing: {answer}"
            );
        }
        if !path.ends_with("/notes") {
            let (status, answer) = send_with(&app, method, path, &lab_only, body.clone()).await;
            assert_eq!(status, 403, "{method} {path} with Observation only for labs: {answer}");
        }
        let (status, answer) = send_with(&app, method, path, &wide, body.clone()).await;
        assert!(status == 200 || status == 201, "{method} {path} with patient/*.rs: {status} {answer}");
    }
    // The decision read back needs the same scopes.
    let (status, decision) = send_with(&app, "POST", "/api/v1/necessity", &wide, Some(necessity)).await;
    assert_eq!(status, 201, "{decision}");
    let id = decision["id"].as_str().unwrap();
    assert_eq!(send_with(&app, "GET", &format!("/api/v1/necessity/{id}"), &narrow, None).await.0, 403);
    assert_eq!(send_with(&app, "GET", &format!("/api/v1/necessity/{id}"), &wide, None).await.0, 200);
}

async fn phi_access_is_audited_for_admins_only(db: Db) {
    let app = seeded(db).await;
    let reader = app.dev.mint("dr-who", "user/*.rs", None, 600).unwrap();
    assert_eq!(get_with(&app, &format!("/fhir/Patient/{BREAST}"), Some(&reader)).await.0, 200);
    assert_eq!(get_with(&app, &format!("/fhir/Condition?patient={BREAST}"), Some(&reader)).await.0, 200);
    assert_eq!(get_with(&app, "/fhir/Patient/other", None).await.0, 401);
    // Non-admins cannot read the audit trail or the quarantine.
    assert_eq!(get_with(&app, "/api/v1/audit", Some(&reader)).await.0, 403);
    assert_eq!(get_with(&app, "/api/v1/quarantine", Some(&reader)).await.0, 403);
    // The writer is asynchronous: wait for the records.
    let mut records = Vec::new();
    for _ in 0..50 {
        let (status, body) = get_with(&app, &format!("/api/v1/audit?patient={BREAST}"), Some(&app.token)).await;
        assert_eq!(status, 200);
        records = body["records"].as_array().unwrap().clone();
        if records.iter().filter(|r| r["subject"] == "dr-who").count() >= 2 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let mine: Vec<&Value> = records.iter().filter(|r| r["subject"] == "dr-who").collect();
    assert_eq!(mine.len(), 2, "{records:?}");
    let read = mine.iter().find(|r| r["action"] == "R").expect("a read record");
    assert_eq!(read["resource_type"], "Patient");
    assert_eq!(read["outcome"], 200);
    assert_eq!(read["issuer"], DEV_ISSUER);
    assert!(mine.iter().any(|r| r["action"] == "E" && r["route"] == "/fhir/{type}"), "the search is recorded");
    // The refusal's record may still be on its way to the writer (seen under load).
    let refused =
        |all: &Value| all["records"].as_array().unwrap().iter().any(|r| r["outcome"] == 401 && r["subject"] == "");
    let mut all = Value::Null;
    for _ in 0..50 {
        all = get_with(&app, "/api/v1/audit?limit=1000", Some(&app.token)).await.1;
        if refused(&all) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(refused(&all), "refusals are audited");
    assert!(!all.to_string().contains("María"), "no names in the audit trail");
}

/// The audit record names what was asked for: a refused token's target is read from the
/// path, and a patient-scoped token reaching for another patient's Condition is recorded
/// under that other patient, not under the token's own.
async fn audit_records_the_requested_target(db: Db) {
    let app = seeded(db).await;
    assert_eq!(get_with(&app, "/fhir/Condition/other-c", Some("not-a-token")).await.0, 401);
    assert_eq!(get_with(&app, "/api/v1/patients/other/timeline", None).await.0, 401);
    let breast_only = app.dev.mint("nosy", "patient/*.rs", Some(BREAST), 600).unwrap();
    assert_eq!(get_with(&app, "/fhir/Condition/other-c", Some(&breast_only)).await.0, 403);
    let wanted = |all: &Value| {
        let records = all["records"].as_array().cloned().unwrap_or_default();
        let find = |pred: &dyn Fn(&Value) -> bool| records.iter().find(|r| pred(r)).cloned();
        (
            find(&|r| r["outcome"] == 401 && r["resource_type"] == "Condition"),
            find(&|r| r["outcome"] == 401 && r["resource_type"] == "Patient" && r["patient_id"] == "other"),
            find(&|r| r["outcome"] == 403 && r["subject"] == "nosy"),
        )
    };
    let mut found = (None, None, None);
    for _ in 0..50 {
        found = wanted(&get_with(&app, "/api/v1/audit?limit=1000", Some(&app.token)).await.1);
        if found.0.is_some() && found.1.is_some() && found.2.is_some() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    let (unauthenticated_read, unauthenticated_twin, refused) = found;
    let unauthenticated_read = unauthenticated_read.expect("the 401 on Condition/other-c names its target");
    assert_eq!(unauthenticated_read["resource_id"], "other-c");
    unauthenticated_twin.expect("the 401 on the timeline names the patient");
    let refused = refused.expect("the 403 is recorded");
    assert_eq!(refused["resource_type"], "Condition");
    assert_eq!(refused["resource_id"], "other-c");
    assert_eq!(refused["patient_id"], "other", "recorded under the patient asked for: {refused}");
}

/// Search on Patient by name, family, given and identifier; repeated parameters are AND-ed;
/// XML is refused with 406 rather than answered in JSON.
async fn search_semantics(db: Db) {
    let app = seeded(db).await;
    let patient: Value = app.get_json(&format!("/fhir/Patient/{BREAST}")).await.1;
    let family = patient["name"][0]["family"].as_str().unwrap().to_string();
    let given = patient["name"][0]["given"][0].as_str().unwrap().to_string();
    let ids = |bundle: &Value| -> Vec<String> {
        bundle["entry"]
            .as_array()
            .map_or(Vec::new(), |e| e.iter().map(|x| x["resource"]["id"].as_str().unwrap_or("").to_string()).collect())
    };
    let prefix: String = family.chars().take(3).collect::<String>().to_uppercase();
    for query in [
        format!("family={}", family.to_lowercase()),
        format!("name={prefix}"),
        format!("given={given}&family={family}"),
        format!("name=zzz-nobody,{family}"),
    ] {
        let (status, bundle) = app.get_json(&format!("/fhir/Patient?{query}")).await;
        assert_eq!(status, 200, "{query}: {bundle}");
        assert!(ids(&bundle).contains(&BREAST.to_string()), "{query}: {:?}", ids(&bundle));
        assert!(!ids(&bundle).contains(&"other".to_string()), "{query}");
    }
    let (_, none) = app.get_json(&format!("/fhir/Patient?given={family}-not&family={family}")).await;
    assert_eq!(ids(&none), Vec::<String>::new());
    // `given` reads given names only.
    let (_, not_given) = app.get_json(&format!("/fhir/Patient?given={family}")).await;
    assert!(!ids(&not_given).contains(&BREAST.to_string()), "{family} is not a given name");
    // Identifier (a token) as well.
    let identifier = &patient["identifier"][0];
    let (_, by_id) = app
        .get_json(&format!(
            "/fhir/Patient?identifier={}|{}",
            identifier["system"].as_str().unwrap(),
            identifier["value"].as_str().unwrap()
        ))
        .await;
    assert_eq!(ids(&by_id), vec![BREAST.to_string()]);
    // Repeated parameters are AND-ed: two patients at once match nothing.
    let (status, both) = app.get_json(&format!("/fhir/Condition?patient=other&patient={BREAST}")).await;
    assert_eq!(status, 200);
    assert_eq!(both["total"], 0, "{both}");
    let (_, one) = app.get_json(&format!("/fhir/Condition?patient={BREAST}&patient=Patient/{BREAST}")).await;
    assert!(one["total"].as_i64().unwrap() > 0);
    // An empty alternative is refused rather than matching every name.
    assert_eq!(app.get_json("/fhir/Patient?name=,").await.0, 400);
    // A literal `+` in _format (decoded as a space) and the legacy json+fhir are JSON.
    assert_eq!(app.get_json("/fhir/Patient?_format=application/fhir+json&_count=1").await.0, 200);
    assert_eq!(app.get_json("/fhir/Patient?_format=application/json%2Bfhir&_count=1").await.0, 200);
    // XML is not served: 406 with an OperationOutcome, for _format and for Accept.
    let (status, outcome) = app.get_json("/fhir/Patient?_format=xml").await;
    assert_eq!(status, 406, "{outcome}");
    assert_outcome(&outcome);
    let response = app.client.get(app.url("/fhir/metadata?_format=application/fhir%2Bxml")).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 406);
    let response =
        app.client.get(app.url("/fhir/Patient/other")).header("Accept", "application/fhir+xml").send().await.unwrap();
    assert_eq!(response.status().as_u16(), 406);
    let response = app
        .client
        .get(app.url("/fhir/Patient/other"))
        .header("Accept", "application/fhir+xml;q=0.9, application/fhir+json;q=0.8")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
}

/// `_include` and `_revinclude` bring the referenced and the referencing resources, each only
/// where the token may read it; malformed or unsupported forms are refused.
async fn includes_and_revincludes(db: Db) {
    let app = seeded(db).await;
    let entries = |b: &Value, mode: &str| -> Vec<String> {
        b["entry"].as_array().map_or(Vec::new(), |e| {
            e.iter()
                .filter(|x| x["search"]["mode"] == mode)
                .map(|x| {
                    format!(
                        "{}/{}",
                        x["resource"]["resourceType"].as_str().unwrap_or(""),
                        x["resource"]["id"].as_str().unwrap_or("")
                    )
                })
                .collect()
        })
    };
    // Conditions with their patient: the patient once, as an include.
    let (status, b) =
        app.get_json(&format!("/fhir/Condition?patient={BREAST}&_include=Condition:patient&_count=5")).await;
    assert_eq!(status, 200, "{b}");
    assert_eq!(entries(&b, "include"), vec![format!("Patient/{BREAST}")], "{b}");
    assert!(entries(&b, "match").iter().all(|m| m.starts_with("Condition/")));
    // A patient with the conditions that reference it (the other patient's are not its).
    let (_, b) = app.get_json(&format!("/fhir/Patient?_id={BREAST}&_revinclude=Condition:patient")).await;
    let included = entries(&b, "include");
    assert!(!included.is_empty() && included.iter().all(|r| r.starts_with("Condition/")), "{included:?}");
    assert!(!included.contains(&"Condition/other-c".to_string()));
    let (_, b) = app.get_json("/fhir/Patient?_id=other&_revinclude=Condition:subject").await;
    assert_eq!(entries(&b, "include"), vec!["Condition/other-c".to_string()]);
    // A token scoped to one patient gets nothing of another through an include.
    let token = app.dev.mint("app", "patient/*.rs launch/patient", Some(BREAST), 600).unwrap();
    let (status, b) = get_with(&app, "/fhir/Patient?_revinclude=Condition:patient&_count=5", Some(&token)).await;
    assert_eq!(status, 200, "{b}");
    assert!(!entries(&b, "include").contains(&"Condition/other-c".to_string()), "{b}");
    // Refused: not a reference parameter, not from the searched type, :iterate, `*`.
    for bad in [
        "/fhir/Condition?_include=Condition:code",
        "/fhir/Condition?_include=Observation:patient",
        "/fhir/Condition?_include:iterate=Condition:patient",
        "/fhir/Condition?_include=Condition:*",
        "/fhir/Condition?_include=Condition",
    ] {
        let (status, outcome) = app.get_json(bad).await;
        assert_eq!(status, 400, "{bad}: {outcome}");
        assert_outcome(&outcome);
    }
}

/// `serve` without a configured issuer refuses PHI requests (and says why).
async fn no_issuer_no_phi(db: Db) {
    let app = spawn_app_with(db, |s| s.dev_auth_key = None).await;
    let (status, body) = app.get_json("/fhir/Patient?_count=1").await;
    assert_eq!(status, 401);
    assert!(body.to_string().contains("no token issuer configured"), "{body}");
    assert_eq!(app.get_json("/fhir/metadata").await.0, 200);
}

both_backends!(
    every_documented_route_needs_a_token,
    forged_and_invalid_tokens_are_refused,
    patient_scopes_stay_in_their_compartment,
    phi_access_is_audited_for_admins_only,
    no_issuer_no_phi,
    scopes_narrow_the_twin_api,
    audit_records_the_requested_target,
    search_semantics,
    includes_and_revincludes,
);

/// An external issuer: keys fetched from its JWKS URL, and a rotated key picked up on an
/// unknown `kid`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn external_issuer_jwks_and_key_rotation() {
    use wiremock::matchers::{method, path};
    use wiremock::{Mock, MockServer, ResponseTemplate};
    let jwks_server = MockServer::start().await;
    let dir = tempfile::tempdir().unwrap();
    let first = DevIssuer::load_or_create(&dir.path().join("k1.pem")).unwrap();
    let second = DevIssuer::load_or_create(&dir.path().join("k2.pem")).unwrap();
    Mock::given(method("GET"))
        .and(path("/jwks"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"keys": [first.public_jwk()]})))
        .up_to_n_times(1)
        .mount(&jwks_server)
        .await;
    let issuer = "https://ehr.example/auth";
    let jwks_uri = format!("{}/jwks", jwks_server.uri());
    let app = spawn_app_with(Db::Sqlite, |s| {
        s.dev_auth_key = None;
        s.auth_issuers = vec![oncotwin::auth::IssuerConfig {
            issuer: issuer.into(),
            jwks_uri: Some(jwks_uri.clone()),
            jwks_file: None,
        }];
        s.auth_audiences = vec!["https://oncotwin.example/fhir".into()];
    })
    .await;
    let now = chrono::Utc::now().timestamp();
    let claims = json!({"iss": issuer, "aud": "https://oncotwin.example/fhir", "sub": "svc", "scope": "system/Patient.rs", "iat": now, "exp": now + 600});
    let (status, _) = get_with(&app, "/fhir/Patient?_count=1", Some(&first.sign(&claims).unwrap())).await;
    assert_eq!(status, 200, "a token from the external issuer is accepted");
    // The issuer rotates to a new key; the next token has an unknown kid, so the JWKS is fetched again.
    Mock::given(method("GET"))
        .and(path("/jwks"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"keys": [second.public_jwk()]})))
        .mount(&jwks_server)
        .await;
    tokio::time::sleep(std::time::Duration::from_secs(11)).await;
    let (status, body) = get_with(&app, "/fhir/Patient?_count=1", Some(&second.sign(&claims).unwrap())).await;
    assert_eq!(status, 200, "the rotated key is fetched: {body}");
    // Scopes still apply: this token may not read Conditions.
    let (status, _) = get_with(&app, "/fhir/Condition?_count=1", Some(&second.sign(&claims).unwrap())).await;
    assert_eq!(status, 403);
}
