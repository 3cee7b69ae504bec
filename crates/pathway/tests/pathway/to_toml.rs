//! Writing pathways back as TOML files: every shipped pathway, and every PlanDefinition
//! import, writes a file that loads to the same content and lints clean; the text is stable;
//! citations and awkward strings survive.

use oncotwin_pathway::{lint_str, Pathway, PathwaySet};
use proptest::prelude::*;
use serde_json::{json, Value};

/// Loads one written file (as a user's `pathways/<id>.toml` would be).
fn load(name: &str, text: &str) -> Pathway {
    let set = PathwaySet::from_strs(&[(name, text)])
        .unwrap_or_else(|e| panic!("{name}: the written file does not load:\n{e}\n--- file ---\n{text}"));
    set.pathways()[0].clone()
}

fn assert_lints_clean(name: &str, text: &str) {
    let diags = lint_str(name, text);
    assert!(
        diags.is_empty(),
        "{name}: the written file does not lint clean:\n{}",
        diags.iter().map(|d| format!("  {d}")).collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn builtin_pathways_write_load_and_lint_clean() {
    for p in crate::builtin().pathways() {
        let name = format!("{}.toml", p.id);
        let text = p.to_toml();
        let back = load(&name, &text);
        if let Err(diff) = p.same_content(&back) {
            panic!("{}: to_toml → load changed the pathway: {diff}", p.id);
        }
        assert_lints_clean(&name, &text);
        // Stable: writing the re-loaded pathway gives the same text, byte for byte.
        assert_eq!(back.to_toml(), text, "{}: to_toml is not stable", p.id);
        // One [[node]] per node, edges as `next`.
        let (nodes, edges) = p.size();
        assert_eq!(text.matches("\n[[node]]\n").count(), nodes, "{}", p.id);
        assert_eq!(text.matches("{ to = ").count(), edges, "{}", p.id);
    }
}

#[test]
fn plan_definition_import_writes_the_same_file() {
    for p in crate::builtin().pathways() {
        let name = format!("{}.toml", p.id);
        // Through JSON text, as `oncotwin pathways import plan.json` receives it.
        let json = serde_json::to_string_pretty(&p.to_plan_definition()).expect("serialises");
        let pd: Value = serde_json::from_str(&json).expect("parses");
        let imported = Pathway::from_plan_definition(&pd).unwrap_or_else(|e| panic!("{}: import failed:\n{e}", p.id));
        let text = imported.to_toml();
        let back = load(&name, &text);
        if let Err(diff) = imported.same_content(&back) {
            panic!("{}: import → to_toml → load changed the pathway: {diff}", p.id);
        }
        if let Err(diff) = p.same_content(&back) {
            panic!("{}: export → import → to_toml → load differs from the shipped file: {diff}", p.id);
        }
        assert_lints_clean(&name, &text);
        // The file does not depend on where the pathway came from.
        assert_eq!(text, p.to_toml(), "{}: import writes a different file than the shipped pathway", p.id);
    }
}

#[test]
fn written_colorectal_snapshot() {
    let set = crate::builtin();
    let p = set.get("colorectal").expect("colorectal pathway");
    insta::assert_snapshot!("colorectal_toml", p.to_toml());
}

/// The action of node `id` in an exported PlanDefinition.
fn action<'a>(pd: &'a mut Value, id: &str) -> &'a mut Value {
    let aid = id.replace('_', "-");
    pd["action"]
        .as_array_mut()
        .and_then(|a| a.iter_mut().find(|x| x["id"] == json!(aid)))
        .unwrap_or_else(|| panic!("no action `{aid}`"))
}

#[test]
fn imported_citations_survive_in_the_written_file() {
    let set = crate::builtin();
    let p = set.get("breast").expect("breast pathway");
    let mut pd = p.to_plan_definition();
    let ids: Vec<String> = p.nodes().map(|n| n.id.clone()).collect();
    let tricky = "Smith \"et al.\", J Clin Oncol 2019;37(15):1\\2 — ≥ 50 %\nsecond line\t# not a comment ]";

    // Citations written the ways other authoring tools write RelatedArtifacts, after the
    // exported ones.
    let added = json!([
        { "type": "citation", "citation": tricky },
        { "type": "documentation", "display": "FDA label: trastuzumab (Herceptin), 1.1, 2024", "url": "https://www.accessdata.fda.gov/label.pdf" },
        { "type": "documentation", "label": "NCI PDQ" },
        { "type": "documentation", "document": { "title": "Local protocol v3", "url": "https://example.org/p3.pdf" } },
        { "type": "derived-from", "resource": "http://example.org/PlanDefinition/upstream" },
        { "type": "citation", "citation": "KEYNOTE-522, NEJM 2020 https://doi.org/10.1056/x", "url": "https://doi.org/10.1056/x" },
        { "type": "documentation" },
    ]);
    action(&mut pd, &ids[0])["documentation"]
        .as_array_mut()
        .expect("documentation")
        .extend(added.as_array().expect("array").iter().cloned());
    // A citation only on a treatment's sub-action and on its ActivityDefinition.
    let treatment = p.nodes().find(|n| !n.drugs.is_empty()).expect("a node with drugs").id.clone();
    let canon = {
        let a = action(&mut pd, &treatment);
        a["action"][0]["documentation"] = json!([{ "type": "citation", "citation": "Sub-action trial, Lancet 2020" }]);
        a["action"][0]["definitionCanonical"].as_str().expect("canonical").trim_start_matches('#').to_string()
    };
    let ad = pd["contained"]
        .as_array_mut()
        .and_then(|c| c.iter_mut().find(|x| x["id"] == json!(canon)))
        .expect("contained ActivityDefinition");
    let first_source = p.node(&treatment).expect("node").sources[0].clone();
    ad["relatedArtifact"] = json!([
        { "type": "citation", "citation": "Label citation on the ActivityDefinition, 2023" },
        { "type": "citation", "citation": first_source },
    ]);

    let imported = Pathway::from_plan_definition(&pd).unwrap_or_else(|e| panic!("import failed:\n{e}"));
    let mut expected = p.node(&ids[0]).expect("entry").sources.clone();
    expected.extend([
        tricky.to_string(),
        "FDA label: trastuzumab (Herceptin), 1.1, 2024 <https://www.accessdata.fda.gov/label.pdf>".into(),
        "NCI PDQ".into(),
        "Local protocol v3 <https://example.org/p3.pdf>".into(),
        "http://example.org/PlanDefinition/upstream".into(),
        "KEYNOTE-522, NEJM 2020 https://doi.org/10.1056/x".into(),
    ]);
    assert_eq!(imported.node(&ids[0]).expect("entry").sources, expected);
    let mut expected = p.node(&treatment).expect("node").sources.clone();
    expected
        .extend(["Sub-action trial, Lancet 2020".to_string(), "Label citation on the ActivityDefinition, 2023".into()]);
    assert_eq!(imported.node(&treatment).expect("node").sources, expected);

    let text = imported.to_toml();
    let back = load("breast.toml", &text);
    if let Err(diff) = imported.same_content(&back) {
        panic!("imported → to_toml → load changed the pathway: {diff}");
    }
    for n in imported.nodes() {
        let written = &back.node(&n.id).expect("node written").sources;
        assert_eq!(written, &n.sources, "node `{}` lost or changed a source", n.id);
        assert!(!written.is_empty(), "node `{}` has no source", n.id);
        // And every node keeps the shipped file's citations.
        let original = &p.node(&n.id).expect("node").sources;
        assert!(original.iter().all(|s| written.contains(s)), "node `{}` lost a shipped citation", n.id);
    }
    assert_lints_clean("breast.toml", &text);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Free text anywhere a file has it — header, titles, notes, sources, drug and
    /// procedure names — is written so that it reads back exactly.
    #[test]
    fn any_text_round_trips(
        title in any::<String>(),
        description in proptest::option::of(any::<String>()),
        node_title in any::<String>(),
        note in proptest::option::of(any::<String>()),
        sources in proptest::collection::vec(any::<String>(), 0..4),
        name in any::<String>(),
    ) {
        let set = crate::builtin();
        let mut p = set.get("colorectal").expect("colorectal pathway").clone();
        p.title = title;
        p.description = description;
        let ix = p.graph.node_indices().find(|ix| !p.graph[*ix].drugs.is_empty()).expect("a node with drugs");
        let n = &mut p.graph[ix];
        n.title = node_title;
        n.note = note;
        n.sources = sources;
        n.drugs[0].name = name.clone();
        if let Some(pr) = p.graph.node_weights_mut().find(|n| !n.procedures.is_empty()) {
            pr.procedures[0].name = name;
        }
        let text = p.to_toml();
        let back = PathwaySet::from_strs(&[("colorectal.toml", text.as_str())]);
        prop_assert!(back.is_ok(), "does not load: {:?}\n{}", back.err().map(|e| e.to_string()), text);
        let back = back.expect("checked");
        let same = p.same_content(&back.pathways()[0]);
        prop_assert!(same.is_ok(), "{:?}", same.err());
        prop_assert_eq!(back.pathways()[0].to_toml(), text);
    }
}
