//! The care-pathway graph over HTTP and the CLI.

use crate::both_backends;
use crate::helpers::{assert_outcome, spawn_app, Db};
use std::process::Command;

async fn pathways_api_and_plan_definitions(db: Db) {
    let app = spawn_app(db).await;
    let (status, list) = app.get_json("/api/v1/pathways").await;
    assert_eq!(status, 200);
    let ids: Vec<&str> = list["pathways"].as_array().unwrap().iter().map(|p| p["id"].as_str().unwrap()).collect();
    for id in ["breast", "nsclc", "colorectal", "prostate"] {
        assert!(ids.contains(&id), "{id} missing from {ids:?}");
    }
    let (status, breast) = app.get_json("/api/v1/pathways/breast").await;
    assert_eq!(status, 200);
    let nodes = breast["graph"]["nodes"].as_array().unwrap();
    assert_eq!(nodes.len() as i64, breast["nodes"].as_i64().unwrap());
    assert!(nodes.iter().all(|n| !n["sources"].as_array().unwrap().is_empty()), "every node cites a source");
    let trastuzumab = nodes
        .iter()
        .find(|n| n["drugs"].as_array().unwrap().iter().any(|d| d["rxnorm"].to_string().contains("224905")));
    assert!(trastuzumab.is_some(), "a node supports trastuzumab (RxNorm 224905)");
    assert!(breast["graph"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["when"].as_str().is_some_and(|w| w.contains("her2"))));

    let svg = app.client.get(app.url("/api/v1/pathways/nsclc/render?format=svg")).send().await.unwrap();
    assert_eq!(svg.headers()["content-type"], "image/svg+xml");
    assert!(svg.text().await.unwrap().starts_with("<svg"));
    let (status, _) = app.get_json("/api/v1/pathways/nsclc/render?format=png").await;
    assert_eq!(status, 400);
    let (status, problem) = app.get_json("/api/v1/pathways/melanoma").await;
    assert_eq!(status, 404);
    assert_eq!(problem["status"], 404);

    let (status, bundle) = app.get_json("/fhir/PlanDefinition").await;
    assert_eq!(status, 200);
    assert_eq!(bundle["total"], 4);
    let id = bundle["entry"][0]["resource"]["id"].as_str().unwrap().to_string();
    let (status, pd) = app.get_json(&format!("/fhir/PlanDefinition/{id}")).await;
    assert_eq!(status, 200);
    assert_eq!(pd["resourceType"], "PlanDefinition");
    assert!(pd["contained"].as_array().unwrap().iter().all(|c| c["resourceType"] == "ActivityDefinition"));
    let (status, outcome) = app.get_json("/fhir/PlanDefinition/nope").await;
    assert_eq!(status, 404);
    assert_outcome(&outcome);
}

both_backends!(pathways_api_and_plan_definitions);

fn oncotwin(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_oncotwin")).args(args).env_remove("ONCOTWIN_PATHWAYS_DIR").output().unwrap()
}

#[test]
fn cli_lint_render_export_import() {
    let out = oncotwin(&["pathways", "lint"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stdout));
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 error(s)"));

    // A broken file: the error names file and line.
    let dir = tempfile::tempdir().unwrap();
    let broken = concat!(env!("CARGO_MANIFEST_DIR"), "/crates/pathway/tests/broken/unknown_fact.toml");
    std::fs::copy(broken, dir.path().join("unknown_fact.toml")).unwrap();
    let out = oncotwin(&["pathways", "lint", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("unknown_fact.toml:") && text.contains("error["), "{text}");

    for (format, start) in [("svg", "<svg"), ("dot", "digraph"), ("mermaid", "flowchart")] {
        let out = oncotwin(&["pathways", "render", "prostate", "--format", format]);
        assert!(out.status.success());
        assert!(String::from_utf8_lossy(&out.stdout).trim_start().starts_with(start), "{format}");
    }

    // Export → import gives a pathway file that lints clean and exports the same again.
    let out = oncotwin(&["pathways", "export", "colorectal"]);
    assert!(out.status.success());
    let exported = dir.path().join("pd.json");
    std::fs::write(&exported, &out.stdout).unwrap();
    let imported = dir.path().join("imported");
    let out = oncotwin(&["pathways", "import", exported.to_str().unwrap(), "--out", imported.to_str().unwrap()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let again = oncotwin(&["--pathways-dir", imported.to_str().unwrap(), "pathways", "export", "colorectal"]);
    assert!(again.status.success(), "{}", String::from_utf8_lossy(&again.stderr));
    let a: serde_json::Value = serde_json::from_slice(&out_json(&exported)).unwrap();
    let b: serde_json::Value = serde_json::from_slice(&again.stdout).unwrap();
    assert_eq!(a, b, "export → import → export is stable");
    let out = oncotwin(&["pathways", "import", exported.to_str().unwrap(), "--out", imported.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "no silent overwrite");
}

fn out_json(path: &std::path::Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}
