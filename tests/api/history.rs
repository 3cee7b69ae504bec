//! The clinical-history twin: normalisation recall on the Synthea cancer patients, mCODE
//! staging and markers, regimen and line grouping on hand-checked cases, facts as of a
//! date, incremental updates, rebuild equality, JSON/FHIR snapshots, and the HTML page.

use crate::both_backends;
use crate::helpers::{fixture_text, spawn_app, Db, TestApp};
use serde_json::{json, Value};
use std::collections::BTreeMap;

pub(crate) const SYNTHEA: &[&str] = &[
    "synthea/breast-3f96088f.json.gz",
    "synthea/nsclc-4a404922.json.gz",
    "synthea/colon-161ec25d.json.gz",
    "synthea/prostate-3b418e0b.json.gz",
];

pub(crate) async fn ingest(app: &TestApp, text: String) {
    let (report, _) =
        oncotwin::ingest::ingest_text(&app.store, &text, "test", oncotwin::ingest::FailedTransaction::Quarantine)
            .await
            .expect("ingest");
    assert_eq!(report.quarantined_total(), 0, "{report:?}");
}

fn patient_of(bundle: &Value) -> String {
    bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["resource"]["resourceType"] == "Patient")
        .map(|e| e["resource"]["id"].as_str().unwrap().to_string())
        .unwrap()
}

async fn timeline(app: &TestApp, patient: &str) -> Value {
    let (status, body) = app.get_json(&format!("/api/v1/patients/{patient}/timeline")).await;
    assert_eq!(status, 200, "{body}");
    body
}

async fn facts(app: &TestApp, patient: &str, as_of: &str) -> Value {
    let (status, body) = app.get_json(&format!("/api/v1/patients/{patient}/facts?as_of={as_of}")).await;
    assert_eq!(status, 200, "{body}");
    body
}

/// What the test itself (independently of the normaliser) expects an oncology event for:
/// (resource key, date, code the event must carry).
fn expected_events(bundle: &Value) -> Vec<(String, String, String)> {
    let conditions = ["254837009", "254637007", "424132000", "363406005", "399068003"];
    let observations = [
        "21905-5", "21906-3", "21907-1", "21908-9", "85337-4", "85339-0", "85319-2", "85318-4", "10480-2", "2857-1",
        "33728-7", "85344-0", "44667-4",
    ];
    let procedures = [
        "122548005",
        "392021009",
        "396487001",
        "443497002",
        "367336001",
        "703423002",
        "432231006",
        "43075005",
        "73761001",
        "65575008",
        "16335031000119103",
        "418891003",
        "399208008",
        "241615005",
        "24623002",
        "698354004",
    ];
    let drugs = [
        ("epirubicin", "3995"),
        ("carboplatin", "40048"),
        ("tamoxifen", "10324"),
        ("trastuzumab", "224905"),
        ("palbociclib", "1601374"),
        ("cisplatin", "2555"),
        ("paclitaxel", "56946"),
        ("oxaliplatin", "32592"),
        ("leucovorin", "6313"),
        ("leuprolide", "42375"),
        ("bicalutamide", "83008"),
    ];
    let mut out = Vec::new();
    for e in bundle["entry"].as_array().unwrap() {
        let r = &e["resource"];
        let rt = r["resourceType"].as_str().unwrap();
        let key = format!("{rt}/{}", r["id"].as_str().unwrap());
        let code = r["code"]["coding"][0]["code"].as_str().unwrap_or("");
        let day = |v: &Value| v.as_str().map(|s| s[..10].to_string());
        match rt {
            "Patient" => {
                if let Some(d) = day(&r["deceasedDateTime"]) {
                    out.push((key, d, String::new()));
                }
            }
            "Condition" if conditions.contains(&code) => {
                out.push((key, day(&r["onsetDateTime"]).unwrap(), code.into()))
            }
            "Observation" if observations.contains(&code) => {
                out.push((key, day(&r["effectiveDateTime"]).unwrap(), code.into()))
            }
            "Procedure" if procedures.contains(&code) => {
                out.push((key, day(&r["performedDateTime"]).unwrap(), code.into()))
            }
            "MedicationAdministration" | "MedicationRequest" => {
                let name = r["medicationCodeableConcept"]["coding"][0]["display"].as_str().unwrap().to_lowercase();
                let date = day(&r["effectiveDateTime"]).or_else(|| day(&r["authoredOn"])).unwrap();
                for (drug, rxcui) in drugs {
                    if name.contains(drug) {
                        out.push((key.clone(), date.clone(), rxcui.into()));
                    }
                }
            }
            "ImagingStudy" => {
                let dental = r["series"].as_array().unwrap().iter().all(|s| s["bodySite"]["code"] == "700016008");
                if !dental {
                    out.push((key, day(&r["started"]).unwrap(), String::new()));
                }
            }
            _ => {}
        }
    }
    out
}

async fn synthea_recall(db: Db) {
    let app = spawn_app(db).await;
    for fixture in SYNTHEA {
        let text = fixture_text(fixture);
        let bundle: Value = serde_json::from_str(&text).unwrap();
        ingest(&app, text).await;
        let patient = patient_of(&bundle);
        let doc = timeline(&app, &patient).await;
        let events = doc["events"].as_array().unwrap();
        let expected = expected_events(&bundle);
        assert!(expected.len() >= 5, "{fixture}: the walk found {} oncology resources", expected.len());
        let mut missing = Vec::new();
        for (key, date, code) in &expected {
            let found = events.iter().any(|e| {
                e["sources"].as_array().unwrap().iter().any(|s| s == key.as_str())
                    && e["date"] == date.as_str()
                    && (code.is_empty() || e["code"]["code"] == code.as_str())
            });
            if !found {
                missing.push(format!("{key} {date} {code}"));
            }
        }
        assert!(
            missing.is_empty(),
            "{fixture}: {} of {} oncology resources have no matching event: {missing:?}",
            missing.len(),
            expected.len()
        );
        // Precision: nothing unrelated (dental X-rays, contraceptives) became an oncology event.
        // Other medications (acetaminophen) are their own category, from medication resources
        // only, and never a line of therapy.
        let keys: Vec<&str> = expected.iter().map(|(k, ..)| k.as_str()).collect();
        for e in events.iter().filter(|e| e["category"] == "medication") {
            assert!(
                e["sources"].as_array().unwrap().iter().all(|s| s.as_str().unwrap().starts_with("Medication")),
                "{fixture}: a medication event from another resource: {e}"
            );
            assert_eq!(e["value"]["class"], "supportive", "{fixture}: {e}");
        }
        let extra: Vec<&Value> = events
            .iter()
            .filter(|e| e["category"] != "patient" && e["category"] != "medication")
            .filter(|e| !e["sources"].as_array().unwrap().iter().any(|s| keys.contains(&s.as_str().unwrap())))
            .collect();
        assert!(extra.is_empty(), "{fixture}: events the walk did not expect: {extra:#?}");
        assert!(!doc["summary"]["cancers"].as_array().unwrap().is_empty(), "{fixture}: a primary cancer");
    }
}

async fn synthea_breast_regimens_and_facts(db: Db) {
    let app = spawn_app(db).await;
    let text = fixture_text("synthea/breast-3f96088f.json.gz");
    let patient = patient_of(&serde_json::from_str(&text).unwrap());
    ingest(&app, text).await;
    let doc = timeline(&app, &patient).await;
    let names: Vec<&str> = doc["regimens"].as_array().unwrap().iter().map(|r| r["name"].as_str().unwrap()).collect();
    assert_eq!(
        names,
        vec!["epirubicin", "carboplatin", "palbociclib + tamoxifen + trastuzumab"],
        "{:#}",
        doc["regimens"]
    );
    let cycles: Vec<usize> =
        doc["regimens"].as_array().unwrap().iter().map(|r| r["cycles"].as_array().unwrap().len()).collect();
    assert_eq!(cycles, vec![8, 8, 1]);
    // Lumpectomy on 2017-10-29: epirubicin before it is neoadjuvant, carboplatin after it adjuvant.
    let settings: Vec<&str> = doc["lines"].as_array().unwrap().iter().map(|l| l["setting"].as_str().unwrap()).collect();
    assert_eq!(settings, vec!["neoadjuvant", "adjuvant", "adjuvant"]);
    assert_eq!(doc["summary"]["stage"], "IIIA");
    assert_eq!(doc["summary"]["tnm"], "cT3 cN1 cM0");

    let f = facts(&app, &patient, "2017-03-01").await;
    let facts = &f["facts"]["facts"];
    assert_eq!(facts["stage"]["value"]["value"]["rank"], 3);
    assert_eq!(facts["er"]["value"], json!({"type": "word", "value": "positive"}));
    assert_eq!(facts["her2"]["value"], json!({"type": "word", "value": "positive"}));
    assert_eq!(facts["sex"]["value"]["value"], "female");
    assert_eq!(facts["age"]["value"]["value"], 42.0);
    assert_eq!(
        facts["prior_drugs"]["value"]["value"],
        json!([{"system": "rxnorm", "code": "3995"}]),
        "only epirubicin by March 2017"
    );
    assert!(facts.get("surgery").is_none(), "the lumpectomy is in October");
    assert!(facts["er"]["evidence"][0].as_str().unwrap().starts_with("Observation/"));
    assert!(f["derivation"]["er"]["events"][0].as_str().unwrap().starts_with("Observation/"));
    let later = facts_of(&app, &patient, "2019-01-01").await;
    assert_eq!(later["surgery"]["value"]["value"], "2017-10-29");
    let drugs: Vec<&str> = later["prior_drugs"]["value"]["value"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_str().unwrap())
        .collect();
    assert_eq!(drugs, vec!["10324", "1601374", "224905", "3995", "40048"]);
    assert_eq!(later["chemotherapy_end"]["value"]["value"], "2018-07-03");
    assert_eq!(later["prior_lines"]["value"]["value"], 0.0, "no line was for advanced disease");

    // Facts match pathway criteria written with the pathway crate's codes.
    let facts: oncotwin_pathway::PatientFacts = serde_json::from_value(f["facts"].clone()).unwrap();
    let criterion =
        oncotwin_pathway::Criterion::parse("dx in [icd10:C50, snomed:254837009] and her2 = positive and stage >= II")
            .unwrap();
    assert_eq!(criterion.evaluate(&facts).truth, oncotwin_pathway::Truth::Met);
    // And the shipped breast pathway places her: a HER2+ regimen is supported.
    let set = oncotwin_pathway::PathwaySet::builtin().unwrap();
    let support = set.support(oncotwin_pathway::CodeSystem::RxNorm, "224905");
    assert!(
        support.iter().any(|s| s.criteria.evaluate(&facts).truth == oncotwin_pathway::Truth::Met),
        "trastuzumab is supported"
    );
}

async fn facts_of(app: &TestApp, patient: &str, as_of: &str) -> Value {
    facts(app, patient, as_of).await["facts"]["facts"].clone()
}

async fn mcode_examples_are_staged(db: Db) {
    let app = spawn_app(db).await;
    ingest(&app, fixture_text("mcode/mcode-4.0.0-examples.ndjson.gz")).await;
    let doc = timeline(&app, "cancer-patient-jenny-m").await;
    let s = &doc["summary"];
    assert_eq!(s["cancers"][0]["label"], "Primary malignant neoplasm of female left breast");
    assert_eq!(s["cancers"][0]["histology"], "Infiltrating duct carcinoma");
    assert_eq!(s["stage"], "IIB", "the pathological stage group");
    assert_eq!(s["tnm"], "pT3 pN0 cM0");
    let markers: Vec<&str> = s["markers"].as_array().unwrap().iter().map(|m| m.as_str().unwrap()).collect();
    for m in ["ER positive", "PR negative", "HER2 negative"] {
        assert!(markers.contains(&m), "{m} in {markers:?}");
    }
    let course = doc["radiotherapy_courses"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["dose"].as_str().is_some_and(|d| d.starts_with("60 Gy in 30 fractions")))
        .expect("the chest-wall course with its dose and fractions");
    assert_eq!(course["start"], "2018-08-15");
    assert_eq!(course["end"], "2018-10-25");

    let facts = facts_of(&app, "cancer-patient-jenny-m", "2018-05-01").await;
    assert_eq!(facts["stage"]["value"]["value"], json!({"scale": "Stage", "rank": 2, "sub": "B"}));
    assert_eq!(facts["t"]["value"]["value"]["rank"], 4, "T3");
    assert_eq!(facts["n"]["value"]["value"]["rank"], 0);
    assert_eq!(facts["m"]["value"]["value"]["rank"], 0);
    assert_eq!(facts["histology"]["value"]["value"], "ductal");
    assert_eq!(facts["ecog"]["value"]["value"], 0.0);
    assert_eq!(facts["hrr"]["value"]["value"], json!(["palb2"]), "germline PALB2");
    let dx: Vec<String> = facts["dx"]["value"]["value"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| format!("{}:{}", c["system"].as_str().unwrap(), c["code"].as_str().unwrap()))
        .collect();
    assert!(dx.contains(&"snomed:254837009".to_string()) && dx.contains(&"icd10:C50.912".to_string()), "{dx:?}");
    assert!(facts["stage"]["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e == "Observation/tnm-pathologic-stage-group-jenny-m"));
    let before_surgery = facts_of(&app, "cancer-patient-jenny-m", "2018-03-20").await;
    assert_eq!(before_surgery["stage"]["evidence"][0], "Observation/tnm-clinical-stage-group-jenny-m");

    let john = timeline(&app, "cancer-patient-john-anyperson").await;
    assert_eq!(john["summary"]["stage"], "IIIC");
    assert_eq!(john["summary"]["tnm"], "cT3 cN3 cM0");
    assert_eq!(john["summary"]["cancers"][0]["laterality"], "left");
    assert!(john["events"].as_array().unwrap().iter().any(|e| e["kind"] == "metastasis"));
    let facts = facts_of(&app, "cancer-patient-john-anyperson", "2019-06-01").await;
    assert_eq!(facts["histology"]["value"]["value"], "adenocarcinoma");
    let adam = facts_of(&app, "gx-cancer-patient-adam-anyperson", "2020-01-01").await;
    assert_eq!(adam["alk"]["value"]["value"], json!(["fusion"]));
    assert_eq!(adam["msi"]["value"]["value"], "high");
    assert_eq!(adam["nras"]["value"]["value"], json!([]), "tested negative");
}

// ---------------------------------------------------------------------------------------
// Hand-checked regimen and line grouping.

fn put(resource: Value) -> Value {
    let url = format!("{}/{}", resource["resourceType"].as_str().unwrap(), resource["id"].as_str().unwrap());
    json!({"resource": resource, "request": {"method": "PUT", "url": url}})
}

fn admin(patient: &str, id: &str, date: &str, rxcui: &str, name: &str) -> Value {
    put(json!({"resourceType": "MedicationAdministration", "id": id, "status": "completed",
        "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": rxcui, "display": name}]},
        "subject": {"reference": format!("Patient/{patient}")}, "effectiveDateTime": date}))
}

fn obs(patient: &str, id: &str, date: &str, system: &str, code: &str, value: Value) -> Value {
    let mut o = json!({"resourceType": "Observation", "id": id, "status": "final",
        "code": {"coding": [{"system": system, "code": code}]},
        "subject": {"reference": format!("Patient/{patient}")}, "effectiveDateTime": date});
    for (k, v) in value.as_object().unwrap() {
        o[k] = v.clone();
    }
    put(o)
}

fn day(start: &str, plus: i64) -> String {
    let d = chrono::NaiveDate::parse_from_str(start, "%Y-%m-%d").unwrap() + chrono::Duration::days(plus);
    d.to_string()
}

/// Three hand-checked patients:
/// - `lot-nsclc`: stage IV NSCLC; carboplatin-pemetrexed-pembrolizumab ×4, then pemetrexed +
///   pembrolizumab maintenance ×6 (carboplatin dropped: same line), progression, docetaxel ×3
///   (a new line for progression).
/// - `lot-breast`: AC ×4 q2w then weekly paclitaxel ×12 (one AC-T regimen), lumpectomy, then
///   anastrozole (a new line: adjuvant endocrine therapy).
/// - `lot-sclc`: cisplatin-etoposide ×2 then carboplatin-etoposide ×2 (a substitution).
fn hand_checked_bundle() -> Value {
    let sct = "http://snomed.info/sct";
    let loinc = "http://loinc.org";
    let mut e = Vec::new();
    for (id, gender, birth) in [
        ("lot-nsclc", "male", "1955-03-02"),
        ("lot-breast", "female", "1970-06-30"),
        ("lot-sclc", "male", "1960-01-01"),
    ] {
        e.push(put(json!({"resourceType": "Patient", "id": id, "gender": gender, "birthDate": birth})));
    }
    let p = "lot-nsclc";
    e.push(put(json!({"resourceType": "Condition", "id": "nsclc-dx", "subject": {"reference": "Patient/lot-nsclc"},
        "code": {"coding": [{"system": sct, "code": "254637007", "display": "Non-small cell lung cancer (disorder)"}]}, "onsetDateTime": "2020-01-10"})));
    e.push(obs(p, "nsclc-stage", "2020-01-15", loinc, "21908-9", json!({"valueCodeableConcept": {"coding": [{"system": sct, "code": "1222808002", "display": "American Joint Committee on Cancer stage IVA (qualifier value)"}]}})));
    e.push(obs(p, "nsclc-pdl1", "2020-01-20", loinc, "85147-7", json!({"code": {"coding": [{"system": loinc, "code": "85147-7", "display": "PD-L1 tumor proportion score by immune stain"}]}, "valueQuantity": {"value": 60, "unit": "%"}})));
    e.push(obs(p, "nsclc-ecog", "2020-01-20", loinc, "89247-1", json!({"valueInteger": 1})));
    for c in 0..4 {
        let d = day("2020-02-01", 21 * c);
        e.push(admin(p, &format!("nsclc-carbo-{c}"), &d, "40048", "carboplatin"));
        e.push(admin(p, &format!("nsclc-pem-{c}"), &d, "68446", "pemetrexed"));
        e.push(admin(p, &format!("nsclc-pembro-{c}"), &d, "1547545", "pembrolizumab"));
    }
    for c in 0..6 {
        let d = day("2020-04-25", 21 * c);
        e.push(admin(p, &format!("nsclc-mpem-{c}"), &d, "68446", "pemetrexed"));
        e.push(admin(p, &format!("nsclc-mpembro-{c}"), &d, "1547545", "pembrolizumab"));
    }
    e.push(obs(p, "nsclc-progression", "2020-09-01", loinc, "97509-4", json!({"valueCodeableConcept": {"coding": [{"system": sct, "code": "271299001", "display": "Patient's condition worsened (finding)"}]}})));
    for c in 0..3 {
        // A clinical drug the curated table does not list: mapped by its RxNorm name.
        e.push(admin(
            p,
            &format!("nsclc-doce-{c}"),
            &day("2020-09-15", 21 * c),
            "1000001",
            "docetaxel 20 MG/ML Injectable Solution",
        ));
    }

    let p = "lot-breast";
    e.push(put(json!({"resourceType": "Condition", "id": "breast-dx", "subject": {"reference": "Patient/lot-breast"},
        "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C50.912", "display": "Malignant neoplasm of unspecified site of left female breast"}]}, "onsetDateTime": "2020-12-01"})));
    e.push(obs(p, "breast-ct", "2020-12-05", loinc, "21905-5", json!({"valueCodeableConcept": {"coding": [{"system": sct, "code": "1228889001", "display": "American Joint Committee on Cancer cT2 (qualifier value)"}]}})));
    for c in 0..4 {
        let d = day("2021-01-04", 14 * c);
        e.push(admin(p, &format!("breast-dox-{c}"), &d, "3639", "doxorubicin"));
        e.push(admin(p, &format!("breast-cyc-{c}"), &d, "3002", "cyclophosphamide"));
    }
    for c in 0..12 {
        e.push(admin(p, &format!("breast-pac-{c}"), &day("2021-03-01", 7 * c), "56946", "paclitaxel"));
    }
    // The last paclitaxel order was stopped for neuropathy.
    e.push(put(json!({"resourceType": "MedicationRequest", "id": "breast-pac-order", "status": "stopped", "intent": "order",
        "subject": {"reference": "Patient/lot-breast"}, "authoredOn": "2021-05-17",
        "statusReason": {"text": "Peripheral neuropathy (toxicity)"},
        "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "56946", "display": "paclitaxel"}]}})));
    e.push(put(json!({"resourceType": "Procedure", "id": "breast-surgery", "status": "completed", "subject": {"reference": "Patient/lot-breast"},
        "code": {"coding": [{"system": sct, "code": "392021009", "display": "Lumpectomy of breast (procedure)"}]}, "performedDateTime": "2021-06-15"})));
    for (id, code, value) in [("breast-ypt", "21899-0", "ypT0"), ("breast-ypn", "21900-6", "ypN0")] {
        e.push(obs(p, id, "2021-06-20", loinc, code, json!({"valueCodeableConcept": {"text": value}})));
    }
    e.push(put(json!({"resourceType": "MedicationRequest", "id": "breast-ai", "status": "active", "intent": "order", "subject": {"reference": "Patient/lot-breast"},
        "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "199224", "display": "anastrozole 1 MG Oral Tablet"}]},
        "authoredOn": "2021-08-01"})));

    let p = "lot-sclc";
    e.push(put(json!({"resourceType": "Condition", "id": "sclc-dx", "subject": {"reference": "Patient/lot-sclc"},
        "code": {"coding": [{"system": sct, "code": "254632001", "display": "Small cell carcinoma of lung (disorder)"}]}, "onsetDateTime": "2022-01-03"})));
    for c in 0..4 {
        let d = day("2022-01-10", 21 * c);
        let (platinum, code) = if c < 2 { ("cisplatin", "2555") } else { ("carboplatin", "40048") };
        e.push(admin(p, &format!("sclc-plat-{c}"), &d, code, platinum));
        e.push(admin(p, &format!("sclc-eto-{c}"), &d, "4179", "etoposide"));
    }
    // `lot-prostate`: leuprolide every 3 months; PSA falls to a nadir of 0.8, then rises to 3.5.
    let p = "lot-prostate";
    e.push(put(json!({"resourceType": "Patient", "id": p, "gender": "male", "birthDate": "1950-05-05"})));
    e.push(put(json!({"resourceType": "Condition", "id": "prostate-dx", "subject": {"reference": "Patient/lot-prostate"},
        "code": {"coding": [{"system": sct, "code": "399068003", "display": "Malignant tumor of prostate (disorder)"}]}, "onsetDateTime": "2021-01-05"})));
    for (i, (date, psa)) in
        [("2021-01-05", 40.0), ("2021-04-01", 2.0), ("2021-07-01", 0.8), ("2021-10-01", 3.5)].iter().enumerate()
    {
        e.push(obs(
            p,
            &format!("prostate-psa-{i}"),
            date,
            loinc,
            "2857-1",
            json!({"valueQuantity": {"value": psa, "unit": "ng/mL"}}),
        ));
    }
    for c in 0..4 {
        e.push(admin(p, &format!("prostate-adt-{c}"), &day("2021-01-20", 91 * c), "42375", "leuprolide"));
    }
    json!({"resourceType": "Bundle", "type": "transaction", "entry": e})
}

async fn lines_of_therapy_hand_checked(db: Db) {
    let app = spawn_app(db).await;
    ingest(&app, hand_checked_bundle().to_string()).await;

    let doc = timeline(&app, "lot-nsclc").await;
    let regimens = doc["regimens"].as_array().unwrap();
    assert_eq!(regimens.len(), 2, "{regimens:#?}");
    assert_eq!(regimens[0]["name"], "carboplatin-pemetrexed-pembrolizumab");
    assert_eq!(regimens[0]["cycles"].as_array().unwrap().len(), 10, "4 induction + 6 maintenance cycles");
    assert_eq!(regimens[0]["changes"][0]["kind"], "dropped");
    assert_eq!(regimens[0]["changes"][0]["note"], "carboplatin no longer given");
    assert_eq!(regimens[1]["name"], "docetaxel");
    let lines = doc["lines"].as_array().unwrap();
    assert_eq!(lines.len(), 2, "dropping carboplatin keeps line 1; progression starts line 2");
    assert_eq!(lines[0]["setting"], "advanced");
    assert_eq!(lines[0]["end_reason"], "progression");
    assert_eq!(lines[0]["end_evidence"], json!(["Observation/nsclc-progression"]));
    assert_eq!(lines[1]["start_reason"], "progression");
    assert_eq!(lines[1]["start"], "2020-09-15");
    let doce =
        doc["events"].as_array().unwrap().iter().find(|e| e["id"] == "MedicationAdministration/nsclc-doce-0").unwrap();
    assert_eq!(doce["code"]["code"], "72962");
    assert_eq!(doce["details"]["normalised_by"], "rxnorm-name");

    let june = facts_of(&app, "lot-nsclc", "2020-06-01").await;
    assert_eq!(june["prior_lines"]["value"]["value"], 1.0);
    assert_eq!(june["pdl1_tps"]["value"]["value"], 60.0);
    assert!(june.get("progression").is_none(), "no disease status assessed yet");
    let october = facts_of(&app, "lot-nsclc", "2020-10-01").await;
    assert_eq!(october["prior_lines"]["value"]["value"], 2.0);
    assert_eq!(october["progression"]["value"]["value"], "2020-09-01");
    assert_eq!(october["progression"]["evidence"], json!(["Observation/nsclc-progression"]));

    let doc = timeline(&app, "lot-breast").await;
    let regimens = doc["regimens"].as_array().unwrap();
    assert_eq!(regimens[0]["name"], "AC-T");
    assert_eq!(regimens[0]["cycles"].as_array().unwrap().len(), 16);
    assert_eq!(regimens[0]["changes"][0]["kind"], "next_phase");
    assert_eq!(regimens[1]["name"], "anastrozole");
    let lines = doc["lines"].as_array().unwrap();
    assert_eq!(lines.len(), 2);
    assert_eq!((lines[0]["setting"].as_str(), lines[1]["setting"].as_str()), (Some("neoadjuvant"), Some("adjuvant")));
    assert_eq!(lines[0]["end_reason"], "stopped: Peripheral neuropathy (toxicity)");
    assert_eq!(lines[0]["end_evidence"], json!(["MedicationRequest/breast-pac-order"]));
    assert_eq!(doc["summary"]["cancers"][0]["laterality"], "left");
    let july = facts_of(&app, "lot-breast", "2021-07-01").await;
    assert_eq!(july["residual_disease"]["value"]["value"], false, "ypT0 ypN0: a pathologic complete response");
    assert_eq!(
        july["residual_disease"]["evidence"],
        json!(["Procedure/breast-surgery", "Observation/breast-ypt", "Observation/breast-ypn"])
    );
    assert_eq!(july["t"]["value"]["value"]["rank"], 0, "the latest T is ypT0");

    let august = facts_of(&app, "lot-prostate", "2021-08-01").await;
    assert_eq!(august["castration"]["value"]["value"], "sensitive");
    assert_eq!(august["psa"]["value"]["value"], 0.8);
    let october = facts_of(&app, "lot-prostate", "2021-10-15").await;
    assert_eq!(october["castration"]["value"]["value"], "resistant");
    assert_eq!(
        october["castration"]["evidence"],
        json!(["MedicationAdministration/prostate-adt-0", "Observation/prostate-psa-2", "Observation/prostate-psa-3"])
    );
    let regimens = timeline(&app, "lot-prostate").await["regimens"].clone();
    assert_eq!(
        (regimens[0]["name"].as_str(), regimens[0]["cycles"].as_array().unwrap().len()),
        (Some("leuprolide"), 4)
    );

    let doc = timeline(&app, "lot-sclc").await;
    let regimens = doc["regimens"].as_array().unwrap();
    assert_eq!(regimens.len(), 1, "carboplatin for cisplatin is a substitution: {regimens:#?}");
    assert_eq!(regimens[0]["changes"][0]["note"], "carboplatin replaced cisplatin");
    assert_eq!(regimens[0]["cycles"].as_array().unwrap().len(), 4);
}

// ---------------------------------------------------------------------------------------
// Incremental updates and rebuild equality.

/// Every patient's events and derived data, without the computed_at timestamps.
async fn all_timelines(app: &TestApp) -> BTreeMap<String, (Vec<Value>, Value)> {
    let mut out = BTreeMap::new();
    for p in app.store.timeline_patient_ids().await.unwrap() {
        let events = oncotwin::twin::history::load_events(&app.store, &p, &Default::default()).await.unwrap();
        let derived = app.store.timeline_derived(&p).await.unwrap().map(|(_, d)| serde_json::from_str(&d).unwrap());
        out.insert(
            p,
            (events.iter().map(|e| serde_json::to_value(e).unwrap()).collect(), derived.unwrap_or(Value::Null)),
        );
    }
    out
}

async fn incremental_updates_and_rebuild_equality(db: Db) {
    let app = spawn_app(db).await;
    for fixture in ["synthea/breast-3f96088f.json.gz", "synthea/colon-161ec25d.json.gz"] {
        ingest(&app, fixture_text(fixture)).await;
    }
    ingest(&app, hand_checked_bundle().to_string()).await;
    let breast = "3f96088f-1f08-47cd-b67b-a57e269ce08b";
    let colon = "161ec25d-e0a4-4af3-9e0b-5ff9a1a56c5f";
    let colon_id = app
        .store
        .timeline_patient_ids()
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.starts_with("161ec25d"))
        .unwrap_or(colon.into());
    let colon_before = app.store.timeline_derived(&colon_id).await.unwrap().unwrap();
    let before = timeline(&app, breast).await;
    assert_eq!(before["lines"].as_array().unwrap().len(), 3);

    // New data for one patient: a progression, then a new drug.
    let bundle = json!({"resourceType": "Bundle", "type": "transaction", "entry": [
        obs(breast, "breast-prog", "2019-02-01", "http://loinc.org", "97509-4", json!({"valueCodeableConcept": {"coding": [{"system": "http://snomed.info/sct", "code": "271299001", "display": "Patient's condition worsened (finding)"}]}})),
        admin(breast, "breast-tdm1", "2019-02-20", "1371041", "ado-trastuzumab emtansine"),
    ]});
    let (status, body) = app.post_fhir("/fhir", bundle.to_string()).await;
    assert_eq!(status, 200, "{body}");
    let after = timeline(&app, breast).await;
    let lines = after["lines"].as_array().unwrap();
    assert_eq!(lines.len(), 4, "the new drug after progression is line 4");
    assert_eq!(lines[3]["name"], "T-DM1");
    assert_eq!(lines[3]["setting"], "advanced");
    assert_eq!(lines[2]["end_reason"], "progression");
    assert_eq!(after["events"].as_array().unwrap().len(), before["events"].as_array().unwrap().len() + 2);
    let colon_after = app.store.timeline_derived(&colon_id).await.unwrap().unwrap();
    assert_eq!(colon_before.0, colon_after.0, "the other patient was not recomputed");
    let f = facts_of(&app, breast, "2019-03-01").await;
    assert_eq!(f["prior_lines"]["value"]["value"], 1.0);
    assert_eq!(f["recurrence"]["value"]["value"], "2019-02-01", "progression after the lumpectomy");

    // An update that changes a resource's meaning replaces its events.
    let changed = json!({"resourceType": "Bundle", "type": "transaction", "entry": [
        obs(breast, "breast-prog", "2019-02-01", "http://loinc.org", "97509-4", json!({"valueCodeableConcept": {"coding": [{"system": "http://snomed.info/sct", "code": "359746009", "display": "Patient's condition stable (finding)"}]}})),
    ]});
    let (status, _) = app.post_fhir("/fhir", changed.to_string()).await;
    assert_eq!(status, 200);
    let stable = timeline(&app, breast).await;
    assert_eq!(stable["lines"].as_array().unwrap()[2]["end_reason"], "treatment gap of 216 days");

    let incremental = all_timelines(&app).await;
    // `oncotwin rebuild`, as an operator runs it, against the same database.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_oncotwin"))
        .env_remove("ONCOTWIN_DATABASE_URL")
        .env_remove("ONCOTWIN_CONFIG")
        .args(["--database-url", &app.database_url, "rebuild"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("rebuilt the derived data of"));
    let rebuilt = all_timelines(&app).await;
    assert_eq!(incremental.len(), 6, "four synthetic and two Synthea patients");
    assert_eq!(incremental, rebuilt, "rebuild from the raw store gives the same timelines");
    // And a per-patient cold rebuild too.
    oncotwin::twin::history::rebuild_patient(&app.store, breast).await.unwrap();
    assert_eq!(all_timelines(&app).await, rebuilt);
}

async fn bad_requests_are_problems(db: Db) {
    let app = spawn_app(db).await;
    ingest(&app, hand_checked_bundle().to_string()).await;
    for (path, status) in [
        ("/api/v1/patients/nobody/timeline", 404),
        ("/api/v1/patients/lot-nsclc/timeline?category=nonsense", 400),
        ("/api/v1/patients/lot-nsclc/timeline?from=2021-13-01", 400),
        ("/api/v1/patients/lot-nsclc/timeline?from=2021-01-01&to=2020-01-01", 400),
        ("/api/v1/patients/lot-nsclc/facts?as_of=yesterday", 400),
        ("/api/v1/patients/nobody/facts", 404),
        ("/api/v1/patients/bad$id/timeline", 400),
    ] {
        let response = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status().as_u16(), status, "{path}");
        assert_eq!(response.headers()["content-type"], "application/problem+json", "{path}");
    }
    let (_, doc) = app.get_json("/api/v1/patients/lot-nsclc/timeline?category=biomarker,staging&from=2020-01-16").await;
    let categories: Vec<&str> =
        doc["events"].as_array().unwrap().iter().map(|e| e["category"].as_str().unwrap()).collect();
    assert_eq!(categories, vec!["biomarker"], "PD-L1 only: staging was before `from`");
    assert!(doc["regimens"].as_array().unwrap().is_empty(), "systemic therapy was not asked for");
    let (_, openapi) = app.get_json("/openapi.json").await;
    for path in ["/api/v1/patients/{id}/timeline", "/api/v1/patients/{id}/timeline/fhir", "/api/v1/patients/{id}/facts"]
    {
        assert!(openapi["paths"][path]["get"].is_object(), "{path} is documented");
    }
    let (_, doc) = app.get_json("/api/v1/patients/lot-nsclc/timeline?category=systemic_therapy&to=2020-03-01").await;
    assert_eq!(doc["events"].as_array().unwrap().len(), 6, "two cycles of three drugs");
    assert_eq!(doc["regimens"].as_array().unwrap().len(), 1);
}

/// Orders that name their drug by reference to a Medication resource of its own (as Epic and
/// other EHRs send them), within the same transaction through `urn:uuid`: the drug is read
/// from the Medication, and the event says which reference it came from.
async fn medication_by_reference(db: Db) {
    let app = spawn_app(db).await;
    let bundle = json!({"resourceType": "Bundle", "type": "transaction", "entry": [
        {"fullUrl": "urn:uuid:p", "resource": {"resourceType": "Patient", "id": "medref"},
         "request": {"method": "PUT", "url": "Patient/medref"}},
        {"fullUrl": "urn:uuid:m1", "resource": {"resourceType": "Medication", "id": "medref-pembro",
          "code": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "1547545", "display": "pembrolizumab"}]}},
         "request": {"method": "PUT", "url": "Medication/medref-pembro"}},
        {"fullUrl": "urn:uuid:a1", "resource": {"resourceType": "MedicationAdministration", "id": "medref-a1",
          "status": "completed", "subject": {"reference": "urn:uuid:p"},
          "medicationReference": {"reference": "urn:uuid:m1"}, "effectiveDateTime": "2024-09-12"},
         "request": {"method": "PUT", "url": "MedicationAdministration/medref-a1"}},
    ]});
    ingest(&app, bundle.to_string()).await;
    let doc = timeline(&app, "medref").await;
    let drug = doc["events"].as_array().unwrap().iter().find(|e| e["id"] == "MedicationAdministration/medref-a1");
    let drug = drug.unwrap_or_else(|| panic!("the referenced drug is an event: {doc:#}"));
    assert_eq!(drug["code"]["code"], "1547545");
    assert_eq!(drug["details"]["medication_reference"], "Medication/medref-pembro");

    // The same shape held in memory (a PAS or evaluation Bundle): resolved within the Bundle.
    let resources = oncotwin::twin::necessity::eval::bundle_resources(&bundle);
    let events = oncotwin::twin::necessity::events_from_resources(&resources);
    assert!(events.iter().any(|e| e.code.as_ref().is_some_and(|c| c.code == "1547545")), "{events:?}");
}

both_backends!(
    medication_by_reference,
    synthea_recall,
    synthea_breast_regimens_and_facts,
    mcode_examples_are_staged,
    lines_of_therapy_hand_checked,
    incremental_updates_and_rebuild_equality,
    bad_requests_are_problems,
);

// ---------------------------------------------------------------------------------------
// Snapshots of the JSON and FHIR views.

/// Replaces the volatile computed_at timestamp.
fn stable(mut text: String, computed_at: &str) -> Value {
    if !computed_at.is_empty() {
        text = text.replace(computed_at, "[computed_at]");
    }
    serde_json::from_str(&text).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn snapshots_of_json_and_fhir() {
    let app = spawn_app(Db::Sqlite).await;
    ingest(&app, hand_checked_bundle().to_string()).await;
    ingest(&app, fixture_text("mcode/mcode-4.0.0-examples.ndjson.gz")).await;
    for patient in ["lot-nsclc", "cancer-patient-jenny-m"] {
        let doc = timeline(&app, patient).await;
        let at = doc["computed_at"].as_str().unwrap().to_string();
        insta::assert_json_snapshot!(format!("timeline_{patient}"), stable(doc.to_string(), &at));
        let response =
            app.client.get(app.url(&format!("/api/v1/patients/{patient}/timeline/fhir"))).send().await.unwrap();
        assert_eq!(response.headers()["content-type"], "application/fhir+json; charset=utf-8");
        let bundle: Value = response.json().await.unwrap();
        // Valid FHIR R4 (the typed models), every derived resource with a Provenance whose
        // entities are stored resources.
        let issues = fhir_io::check_resource(&bundle);
        assert!(issues.is_empty(), "{patient}: {issues:?}");
        let entries = bundle["entry"].as_array().unwrap();
        for entry in entries {
            let issues = fhir_io::check_resource(&entry["resource"]);
            assert!(issues.is_empty(), "{}: {issues:?}", entry["resource"]["resourceType"]);
        }
        let provenances: Vec<&Value> =
            entries.iter().map(|e| &e["resource"]).filter(|r| r["resourceType"] == "Provenance").collect();
        let derived = entries.len() - provenances.len() - 1;
        assert_eq!(provenances.len(), derived);
        for p in &provenances {
            for entity in p["entity"].as_array().unwrap() {
                let reference = entity["what"]["reference"].as_str().unwrap();
                let (rt, id) = reference.split_once('/').unwrap();
                assert!(app.store.read(rt, id).await.unwrap().is_some(), "{reference} is stored");
            }
        }
        insta::assert_json_snapshot!(format!("timeline_fhir_{patient}"), stable(bundle.to_string(), &at));
    }
    let facts = facts(&app, "lot-nsclc", "2020-10-01").await;
    insta::assert_json_snapshot!("facts_lot-nsclc_2020-10-01", facts);
}

// ---------------------------------------------------------------------------------------
// The HTML page in headless Chromium.

pub(crate) fn chromium() -> std::process::Command {
    let bin = std::env::var("ONCOTWIN_CHROMIUM").unwrap_or_else(|_| "chromium".into());
    let mut cmd = std::process::Command::new(bin);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
    ]);
    cmd
}

/// A minimal PNG decoder (8-bit RGB/RGBA, non-interlaced — what Chromium writes).
fn decode_png(bytes: &[u8]) -> (usize, usize, Vec<[u8; 3]>) {
    use std::io::Read;
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "a PNG");
    let (mut at, mut width, mut height, mut channels, mut idat) = (8, 0, 0, 0, Vec::new());
    while at + 8 <= bytes.len() {
        let len = u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap()) as usize;
        let kind = &bytes[at + 4..at + 8];
        let data = &bytes[at + 8..at + 8 + len];
        match kind {
            b"IHDR" => {
                width = u32::from_be_bytes(data[0..4].try_into().unwrap()) as usize;
                height = u32::from_be_bytes(data[4..8].try_into().unwrap()) as usize;
                assert_eq!(data[8], 8, "8-bit");
                channels = match data[9] {
                    2 => 3,
                    6 => 4,
                    other => panic!("colour type {other}"),
                };
                assert_eq!(data[12], 0, "not interlaced");
            }
            b"IDAT" => idat.extend_from_slice(data),
            _ => {}
        }
        at += 12 + len;
    }
    let mut raw = Vec::new();
    flate2::read::ZlibDecoder::new(&idat[..]).read_to_end(&mut raw).unwrap();
    let stride = width * channels;
    let mut out = vec![0u8; height * stride];
    for y in 0..height {
        let filter = raw[y * (stride + 1)];
        let line = &raw[y * (stride + 1) + 1..(y + 1) * (stride + 1)];
        for i in 0..stride {
            let a = if i >= channels { out[y * stride + i - channels] as i32 } else { 0 };
            let b = if y > 0 { out[(y - 1) * stride + i] as i32 } else { 0 };
            let c = if y > 0 && i >= channels { out[(y - 1) * stride + i - channels] as i32 } else { 0 };
            let predicted = match filter {
                0 => 0,
                1 => a,
                2 => b,
                3 => (a + b) / 2,
                4 => {
                    let p = a + b - c;
                    let (pa, pb, pc) = ((p - a).abs(), (p - b).abs(), (p - c).abs());
                    if pa <= pb && pa <= pc {
                        a
                    } else if pb <= pc {
                        b
                    } else {
                        c
                    }
                }
                f => panic!("filter {f}"),
            };
            out[y * stride + i] = (line[i] as i32 + predicted) as u8;
        }
    }
    let pixels = out.chunks(channels).map(|p| [p[0], p[1], p[2]]).collect();
    (width, height, pixels)
}

fn rgb(hex: &str) -> [u8; 3] {
    let v = u32::from_str_radix(hex.trim_start_matches('#'), 16).unwrap();
    [(v >> 16) as u8, (v >> 8) as u8, v as u8]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn timeline_page_draws_the_lanes_in_chromium() {
    let app = spawn_app(Db::Sqlite).await;
    ingest(&app, fixture_text("synthea/breast-3f96088f.json.gz")).await;
    ingest(&app, hand_checked_bundle().to_string()).await;
    ingest(&app, fixture_text("mcode/mcode-4.0.0-examples.ndjson.gz")).await;
    let breast = "3f96088f-1f08-47cd-b67b-a57e269ce08b";
    let response = app.client.get(app.url(&format!("/ui/patients/{breast}"))).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers()["content-type"], "text/html; charset=utf-8");
    let missing = app.client.get(app.url("/ui/patients/nobody")).send().await.unwrap();
    assert_eq!(missing.status().as_u16(), 404);

    // The DOM after the page's script ran.
    let url = app.url(&format!("/ui/patients/{breast}?access_token={}", app.token));
    let no_redirects = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let unauthenticated = no_redirects.get(app.url(&format!("/ui/patients/{breast}"))).send().await.unwrap();
    assert_eq!(unauthenticated.status().as_u16(), 303, "the page is PHI: sign in first");
    assert_eq!(unauthenticated.headers()["location"], format!("/?next=%2Fui%2Fpatients%2F{breast}"));
    let bad_token =
        no_redirects.get(app.url(&format!("/ui/patients/{breast}?access_token=forged"))).send().await.unwrap();
    assert_eq!(bad_token.status().as_u16(), 401, "a refused token is refused, not redirected");
    let dom = tokio::task::spawn_blocking({
        let url = url.clone();
        move || chromium().args(["--virtual-time-budget=3000", "--dump-dom", &url]).output()
    })
    .await
    .unwrap()
    .expect("chromium must be installed (apt-get install -y chromium); ONCOTWIN_CHROMIUM names another binary");
    let dom = String::from_utf8_lossy(&dom.stdout).to_string();
    assert!(dom.contains("data-rendered=\"true\""), "the script drew the SVG: {}", &dom[..dom.len().min(2000)]);
    for lane in ["diagnosis", "systemic_therapy", "surgery", "radiotherapy", "biomarker", "imaging"] {
        assert!(dom.contains(&format!("data-lane=\"{lane}\"")), "lane {lane}");
    }
    assert_eq!(dom.matches("class=\"regimen mark\"").count(), 3, "three regimen bars");
    assert_eq!(dom.matches("class=\"surgery mark\"").count(), 3, "lumpectomy and two sentinel-node procedures");
    assert!(dom.matches("class=\"biomarker mark\"").count() >= 5);
    assert!(dom.contains("epirubicin ×8"));

    // A screenshot: the lane colours are drawn.
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("timeline.png");
    let shot = tokio::task::spawn_blocking({
        let png = png.clone();
        move || {
            chromium()
                .arg(format!("--screenshot={}", png.display()))
                .args(["--window-size=1600,1000", "--virtual-time-budget=3000", &url])
                .output()
        }
    })
    .await
    .unwrap()
    .unwrap();
    assert!(png.exists(), "chromium wrote a screenshot: {}", String::from_utf8_lossy(&shot.stderr));
    let (width, height, pixels) = decode_png(&std::fs::read(&png).unwrap());
    assert_eq!((width, height), (1600, 1000));
    let colours: BTreeMap<&str, &str> = oncotwin::twin::history::page::LANE_COLOURS.iter().copied().collect();
    for lane in ["chemotherapy", "targeted", "endocrine", "surgery", "diagnosis", "biomarker"] {
        let want = rgb(colours[lane]);
        let n = pixels.iter().filter(|p| **p == want).count();
        assert!(n >= 40, "{lane} ({}) drawn: {n} pixels", colours[lane]);
    }
    // The NSCLC patient's lines: a progression marker and the radiotherapy lane of mCODE Jenny.
    let jenny = tokio::task::spawn_blocking({
        let url = app.url(&format!("/ui/patients/cancer-patient-jenny-m?access_token={}", app.token));
        move || chromium().args(["--virtual-time-budget=3000", "--dump-dom", &url]).output()
    })
    .await
    .unwrap()
    .unwrap();
    let dom = String::from_utf8_lossy(&jenny.stdout);
    assert!(dom.contains("class=\"rt-course mark\""), "a radiotherapy course bar");
    let nsclc = tokio::task::spawn_blocking({
        let url = app.url(&format!("/ui/patients/lot-nsclc?access_token={}", app.token));
        move || chromium().args(["--virtual-time-budget=3000", "--dump-dom", &url]).output()
    })
    .await
    .unwrap()
    .unwrap();
    let dom = String::from_utf8_lossy(&nsclc.stdout);
    assert!(dom.contains("class=\"progression\""), "a progression marker at the end of line 1");
    assert!(dom.contains("Line 2 · advanced"));
}

#[tokio::test]
async fn timeline_command_prints_the_history() {
    let dir = tempfile::tempdir().unwrap();
    let url = crate::helpers::fresh_database(Db::Sqlite, dir.path()).await;
    let oncotwin = || {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_oncotwin"));
        cmd.env_remove("ONCOTWIN_DATABASE_URL").env_remove("ONCOTWIN_CONFIG").args(["--database-url", &url]);
        cmd
    };
    let fixture = crate::helpers::fixtures().join("synthea/breast-3f96088f.json.gz");
    let out = oncotwin().arg("ingest").arg(&fixture).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = oncotwin().args(["timeline", "3f96088f-1f08-47cd-b67b-a57e269ce08b"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8_lossy(&out.stdout);
    for needle in [
        "Diagnosis: Malignant neoplasm of breast (2017-01-06)",
        "Stage: IIIA (cT3 cN1 cM0)",
        "Line 1 [neoadjuvant] 2017-02-05 → 2017-09-22  epirubicin  (8 cycles)  — ended: new drugs added",
        "Lumpectomy of breast",
    ] {
        assert!(text.contains(needle), "`{needle}` in:\n{text}");
    }
    assert!(!text.contains("María"), "no patient names");
    let out = oncotwin()
        .args(["timeline", "3f96088f-1f08-47cd-b67b-a57e269ce08b", "--facts", "--as-of", "2017-03-01"])
        .output()
        .unwrap();
    let facts: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(facts["facts"]["facts"]["her2"]["value"]["value"], "positive");
    let out = oncotwin().args(["timeline", "nobody"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no patient `nobody`"));
}
