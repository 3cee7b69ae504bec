//! The queries the twins ask: supporting nodes, paths with criteria, placement, renderings.

use oncotwin_pathway::{CodeSystem, Criterion, PatientFacts, Truth};

#[test]
fn nodes_supporting_a_code() {
    let set = crate::builtin();
    let mut pertuzumab: Vec<_> = set
        .nodes_supporting(CodeSystem::Hcpcs, "J9306")
        .into_iter()
        .map(|k| format!("{}/{}", k.pathway, k.node))
        .collect();
    pertuzumab.sort();
    assert_eq!(pertuzumab, ["breast/adj_ac_thp", "breast/adj_hp", "breast/met_her2_l1_thp", "breast/neoadj_her2_tchp"]);
    let osimertinib = set.nodes_supporting(CodeSystem::RxNorm, "1721560");
    assert!(osimertinib.iter().all(|k| k.pathway == "nsclc") && osimertinib.len() == 5, "{osimertinib:?}");
    assert!(set.nodes_supporting(CodeSystem::RxNorm, "999999").is_empty());
    // Systems can be named by FHIR URI too.
    let sys = CodeSystem::parse("http://www.nlm.nih.gov/research/umls/rxnorm").expect("rxnorm uri");
    assert_eq!(set.nodes_supporting(sys, "1721560").len(), 5);
}

#[test]
fn trastuzumab_and_pertuzumab_are_only_supported_for_her2_positive() {
    let set = crate::builtin();
    for (system, code) in [(CodeSystem::Hcpcs, "J9306"), (CodeSystem::Hcpcs, "J9355"), (CodeSystem::RxNorm, "224905")] {
        for s in set.support(system, code) {
            let her2_negative = crate::facts("dx=icd10:C50.911; stage=IV; t=T2; n=N1; er=positive; pr=positive; her2=negative; residual_disease=true; prior_drugs=rxnorm:224905; progression=2025-05-01; recurrence=2025-01-01");
            assert_eq!(
                s.criteria.evaluate(&her2_negative).truth,
                Truth::NotMet,
                "{} supports {code} for HER2-negative disease",
                s.key.node
            );
        }
    }
}

/// A drug's own label gate within a regimen: pemetrexed is not indicated for squamous NSCLC,
/// so no regimen that lists it supports it for squamous disease, while its partners on the
/// same node (carboplatin) still are.
#[test]
fn a_drugs_own_gate_holds_on_every_regimen_that_lists_it() {
    let set = crate::builtin();
    let squamous = crate::facts(
        "dx=icd10:C34.10; stage=IVB; histology=squamous; egfr=wildtype; alk=negative; ros1=negative; pdl1_tps=0",
    );
    let pemetrexed = set.support(CodeSystem::Hcpcs, "J9305");
    assert!(pemetrexed.len() >= 10, "{}", pemetrexed.len());
    for s in &pemetrexed {
        assert_eq!(
            s.criteria.evaluate(&squamous).truth,
            Truth::NotMet,
            "{} supports pemetrexed for squamous NSCLC",
            s.key.node
        );
    }
    let carboplatin = set.support(CodeSystem::Hcpcs, "J9045");
    assert!(
        carboplatin.iter().any(|s| s.criteria.evaluate(&squamous).truth == Truth::Met),
        "carboplatin is still supported for squamous NSCLC"
    );
    let adeno = crate::facts(
        "dx=icd10:C34.10; stage=IVB; histology=adenocarcinoma; egfr=wildtype; alk=negative; ros1=negative; pdl1_tps=0",
    );
    assert!(pemetrexed.iter().any(|s| s.criteria.evaluate(&adeno).truth == Truth::Met));
}

#[test]
fn necessity_explanation_for_pembrolizumab_first_line() {
    let set = crate::builtin();
    let supports: Vec<_> = set
        .support(CodeSystem::Hcpcs, "J9271")
        .into_iter()
        .filter(|s| s.key.node == "met_pembrolizumab_mono")
        .collect();
    assert_eq!(supports.len(), 1);
    let s = &supports[0];
    assert!(
        s.paths.len() >= 2,
        "de novo stage IV and recurrence routes: {:?}",
        s.paths.iter().map(|p| &p.nodes).collect::<Vec<_>>()
    );
    assert!(s.paths.iter().any(|p| p.via_recurrence));

    let mut facts = PatientFacts::new(crate::as_of());
    facts.set_text("dx", "icd10:C34.10", ["Condition/dx1"]).expect("dx");
    facts.set_text("stage", "IVA", ["Observation/stage"]).expect("stage");
    facts.set_text("egfr", "wildtype", ["Observation/ngs#egfr"]).expect("egfr");
    // TPS 20 %: the label allows TPS >= 1 % (KEYNOTE-042); the gate once said >= 50 %.
    facts.set_text("pdl1_tps", "20", ["DocumentReference/path#120-145"]).expect("pdl1");
    // ALK missing: needs documentation, and the missing fact is named.
    let o = s.criteria.evaluate(&facts);
    assert_eq!(o.truth, Truth::Unknown);
    assert!(o.missing.contains(&"alk".to_string()), "{o:?}");
    facts.set_text("alk", "wildtype", ["Observation/ngs#alk"]).expect("alk");
    let o = s.criteria.evaluate(&facts);
    assert_eq!(o.truth, Truth::Met);
    for ev in [
        "Condition/dx1",
        "Observation/stage",
        "Observation/ngs#egfr",
        "Observation/ngs#alk",
        "DocumentReference/path#120-145",
    ] {
        assert!(o.evidence.contains(&ev.to_string()), "missing {ev} in {:?}", o.evidence);
    }
    // Every leaf is evaluated and carries its own result.
    let tree = s.explain(&facts);
    fn leaves(e: &oncotwin_pathway::Explanation, out: &mut Vec<(String, Truth)>) {
        if e.children.is_empty() {
            out.push((e.criterion.clone(), e.outcome.truth));
        }
        e.children.iter().for_each(|c| leaves(c, out));
    }
    let mut ls = Vec::new();
    leaves(&tree, &mut ls);
    assert!(ls.iter().any(|(c, t)| c == "pdl1_tps >= 1" && *t == Truth::Met), "{ls:?}");
    // TPS 0 %: contradicted.
    let mut negative = facts.clone();
    negative.set_text("pdl1_tps", "0", ["Observation/pdl1-0"]).expect("pdl1");
    assert_eq!(s.criteria.evaluate(&negative).truth, Truth::NotMet);
    // EGFR-mutant: contradicted, with the contradicting evidence.
    facts.set_text("egfr", "exon19del", ["Observation/ngs2"]).expect("egfr");
    let o = s.criteria.evaluate(&facts);
    assert_eq!(o.truth, Truth::NotMet);
    assert!(o.evidence.contains(&"Observation/ngs2".to_string()), "{o:?}");
}

#[test]
fn paths_carry_the_criteria_along_them() {
    let set = crate::builtin();
    let paths = set.paths_to("colorectal", "adj_folfox_capox").expect("node exists");
    assert_eq!(paths.len(), 1);
    assert_eq!(
        paths[0].nodes,
        ["workup", "colectomy", "adj_folfox_capox"]
            .iter()
            .rev()
            .rev()
            .copied()
            .collect::<Vec<_>>()
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
            .into_iter()
            .take(0)
            .chain(["workup", "stage_decision", "colectomy", "adjuvant_decision", "adj_folfox_capox"].map(String::from))
            .collect::<Vec<_>>()
    );
    let text = paths[0].criteria.to_string();
    assert!(text.contains("stage = III") && text.contains("not dx = icd10:C20"), "{text}");
    // The criteria text parses back (for export to reviewers and re-import).
    assert_eq!(Criterion::parse(&text).expect("parses"), paths[0].criteria);
    assert!(set.paths_to("colorectal", "nope").is_none());
    assert!(set.paths_to("nope", "workup").is_none());
}

#[test]
fn placement_follows_history() {
    let set = crate::builtin();
    // ADT for metastatic castration-sensitive disease, then enzalutamide once resistant.
    let placed = set.place(&crate::facts("dx=icd10:C61; m=M1b; castration=resistant; hrr=brca2; prior_drugs=rxnorm:42375,rxnorm:1307298; history=hcpcs:J9217@2023-06-01,rxnorm:1307298@2024-06-01"));
    assert_eq!(placed.iter().map(|p| p.key.node.as_str()).collect::<Vec<_>>(), ["mcrpc_arpi"]);
    assert_eq!(placed[0].evidence, ["test/history/rxnorm:1307298"]);
    assert_eq!(placed[0].last_service, chrono::NaiveDate::from_ymd_opt(2024, 6, 1));
    // A first-line metastatic NSCLC regimen is not mistaken for the adjuvant use of the drug.
    let placed = set.place(&crate::facts("dx=icd10:C34.10; stage=IVA; egfr=l858r; history=rxnorm:1721560@2024-06-01"));
    assert_eq!(placed.iter().map(|p| p.key.node.as_str()).collect::<Vec<_>>(), ["met_egfr_osimertinib"]);
    let fresh = set.place(&crate::facts("dx=icd10:C50.911"));
    assert_eq!(fresh.len(), 1);
    assert_eq!(
        (fresh[0].key.pathway.as_str(), fresh[0].key.node.as_str(), fresh[0].last_service),
        ("breast", "workup", None)
    );
}

#[test]
fn facts_are_serialisable_and_checked() {
    let f =
        crate::facts("dx=icd10:C50.911; stage=IIA; her2=positive; egfr=wildtype; surgery=2025-01-02; progression=none");
    let json = serde_json::to_string(&f).expect("serialises");
    let back: PatientFacts = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(back, f);
    let mut f = PatientFacts::new(crate::as_of());
    assert!(f.set_text("her2_status", "positive", ["x"]).is_err());
    assert!(f.set_text("her2", "maybe", ["x"]).is_err());
    assert!(f.set_text("stage", "V", ["x"]).is_err());
    assert!(f.set_text("pdl1_tps", "NaN", ["x"]).is_err());
}

#[test]
fn renderings() {
    let set = crate::builtin();
    for p in set.pathways() {
        let dot = p.to_dot();
        assert!(dot.starts_with(&format!("digraph \"{}\"", p.id)) && dot.trim_end().ends_with('}'));
        assert_eq!(dot.matches(" -> ").count(), p.graph.edge_count());
        let mmd = p.to_mermaid();
        assert!(mmd.starts_with("flowchart LR"));
        assert_eq!(mmd.matches("-->").count() + mmd.matches("-.->").count(), p.graph.edge_count());
        let svg = p.to_svg_highlighting(&["workup"]);
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\"") && svg.trim_end().ends_with("</svg>"));
        assert_eq!(svg.matches("<g id=\"node-").count(), p.graph.node_count());
        assert_eq!(svg.matches("<g ").count(), svg.matches("</g>").count());
        assert!(svg.contains("#fbc02d"), "highlight drawn");
        assert!(!svg.contains("NaN") && !svg.contains("inf"), "layout produced a bad coordinate");
    }
}
