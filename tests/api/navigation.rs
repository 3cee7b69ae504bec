//! The care-navigation twin: constructed cases per cancer with known dates (the pure
//! function), the four Synthea cancer patients through the real app, the worklist, the
//! `$apply` CarePlan (validated by @medplum/core), CDS Hooks cards (validated by
//! healthchain 0.16.1) and the patient page section.

use crate::both_backends;
use crate::helpers::{fixture_text, spawn_app, Db, TestApp};
use crate::history::{ingest, SYNTHEA};
use chrono::NaiveDate;
use oncotwin::twin::navigation::cds::{events_from_prefetch, patient_view_cards, patient_view_service};
use oncotwin::twin::navigation::synthetic::PatientBuilder;
use oncotwin::twin::navigation::{navigate, GapKind, Navigation};
use oncotwin_pathway::{PathwaySet, Truth};
use serde_json::{json, Value};
use std::path::Path;
use std::process::Command;

fn set() -> PathwaySet {
    PathwaySet::builtin().expect("shipped pathways")
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn nav_of(b: &PatientBuilder, as_of: &str) -> Navigation {
    navigate(&b.patient_id, &b.events(), day(as_of), &set())
}

fn node_ids(nodes: &[oncotwin::twin::navigation::core::NodeRef]) -> Vec<&str> {
    nodes.iter().map(|n| n.id.as_str()).collect()
}

/// HER2-positive T2N0 breast cancer diagnosed 2025-01-06 with no therapy by 2025-03-17
/// (10 weeks): neoadjuvant TCHP (start within 6 weeks of diagnosis) is overdue.
fn her2_untreated() -> PatientBuilder {
    let mut b = PatientBuilder::new("nav-her2", "female", "1970-05-01");
    b.diagnosis("2025-01-06", "254837009", "Malignant neoplasm of breast (disorder)")
        .stage("2025-01-06", "IIA", "T2", "N0", "M0")
        .receptor("2025-01-06", "er", false)
        .receptor("2025-01-06", "pr", false)
        .receptor("2025-01-06", "her2", true);
    b
}

#[test]
fn her2_positive_without_her2_therapy_is_overdue() {
    let nav = nav_of(&her2_untreated(), "2025-03-17");
    assert_eq!(nav.cancers.len(), 1);
    let c = &nav.cancers[0];
    assert_eq!(c.pathway, "breast");
    assert_eq!(node_ids(&c.position.nodes.iter().map(|n| n.node.clone()).collect::<Vec<_>>()), ["workup"]);
    let tchp = c.next_steps.iter().find(|s| s.node.id == "neoadj_her2_tchp").expect("TCHP is next");
    assert_eq!(tchp.status, Truth::Met);
    assert_eq!(tchp.due, Some(day("2025-02-17")), "6 weeks after diagnosis");
    assert!(tchp.criteria.iter().any(|c| c.criterion.contains("her2 = positive") && c.result == Truth::Met));
    assert!(
        tchp.criteria.iter().all(|c| c.result != Truth::Met || !c.evidence.is_empty()),
        "met criteria carry evidence: {:#?}",
        tchp.criteria
    );
    let gap = c.gaps.iter().find(|g| g.kind == GapKind::OverdueStep).expect("an overdue gap");
    assert_eq!(node_ids(&gap.nodes), ["neoadj_her2_tchp"]);
    assert_eq!(gap.due, day("2025-02-17"));
    assert_eq!(gap.days_overdue, 28);
    assert!(gap.summary.contains("4 weeks") && gap.summary.contains("trastuzumab"), "{}", gap.summary);
    assert!(
        gap.evidence.iter().any(|e| e.starts_with("Observation/nav-her2-her2")),
        "HER2 result is evidence: {:?}",
        gap.evidence
    );
    // Five weeks after diagnosis it is due, not overdue.
    let early = nav_of(&her2_untreated(), "2025-02-10");
    assert!(early.cancers[0].gaps.iter().all(|g| g.kind != GapKind::OverdueStep), "{:#?}", early.cancers[0].gaps);
}

#[test]
fn her2_positive_surgery_first_skips_neoadjuvant_therapy() {
    let mut b = her2_untreated();
    b.procedure("2025-02-01", "392021009", "Lumpectomy of breast (procedure)");
    let nav = nav_of(&b, "2025-02-20");
    let c = &nav.cancers[0];
    assert_eq!(c.position.nodes[0].node.id, "surgery");
    let skipped =
        c.position.deviations.iter().find(|d| d.kind == oncotwin::twin::navigation::core::DeviationKind::SkippedSteps);
    let skipped = skipped.expect("neoadjuvant therapy was skipped");
    assert_eq!(node_ids(&skipped.nodes), ["neoadj_her2_tchp"]);
    assert!(skipped.evidence.iter().any(|e| e.starts_with("Procedure/")));
}

#[test]
fn hr_positive_after_surgery_without_endocrine_therapy_is_overdue() {
    // 52 at the as-of date: under 60, so menopausal status cannot be inferred from age.
    let mut b = PatientBuilder::new("nav-hr", "female", "1972-02-02");
    b.diagnosis("2024-01-08", "254837009", "Malignant neoplasm of breast (disorder)")
        .stage("2024-01-08", "IA", "T1c", "N0", "M0")
        .receptor("2024-01-08", "er", true)
        .receptor("2024-01-08", "pr", true)
        .receptor("2024-01-08", "her2", false)
        .procedure("2024-02-05", "172043006", "Simple mastectomy (procedure)");
    let nav = nav_of(&b, "2024-06-01");
    let c = &nav.cancers[0];
    assert_eq!(c.position.nodes[0].node.id, "surgery");
    let options: Vec<&str> =
        c.next_steps.iter().filter(|s| s.status == Truth::Met).map(|s| s.node.id.as_str()).collect();
    assert!(options.contains(&"adj_tamoxifen"), "{options:?}");
    let gap = c.gaps.iter().find(|g| g.kind == GapKind::OverdueStep).expect("endocrine therapy overdue");
    assert!(node_ids(&gap.nodes).contains(&"adj_tamoxifen"));
    assert_eq!(gap.due, day("2024-03-18"), "6 weeks after surgery");
    assert!(gap.summary.to_lowercase().contains("endocrine"), "{}", gap.summary);
    // Menopausal status decides between the aromatase inhibitor and ovarian suppression: missing.
    let ai = c.next_steps.iter().find(|s| s.node.id == "adj_aromatase_inhibitor").expect("AI is an option");
    assert_eq!(ai.status, Truth::Unknown);
    assert!(ai.missing.contains(&"menopause".to_string()));
    // Once tamoxifen starts the gap closes.
    b.drug("2024-03-01", "10324", "tamoxifen");
    let nav = nav_of(&b, "2024-06-01");
    assert_eq!(nav.cancers[0].position.nodes[0].node.id, "adj_tamoxifen");
    assert!(nav.cancers[0].gaps.iter().all(|g| g.kind != GapKind::OverdueStep), "{:#?}", nav.cancers[0].gaps);
}

#[test]
fn surveillance_imaging_overdue() {
    let mut b = PatientBuilder::new("nav-surv", "female", "1960-02-02");
    b.diagnosis("2021-01-04", "254837009", "Malignant neoplasm of breast (disorder)")
        .stage("2021-01-04", "IA", "T1c", "N0", "M0")
        .receptor("2021-01-04", "er", true)
        .receptor("2021-01-04", "pr", true)
        .receptor("2021-01-04", "her2", false)
        .procedure("2021-02-01", "172043006", "Simple mastectomy (procedure)")
        .drug("2021-03-01", "10324", "tamoxifen")
        .procedure("2022-03-01", "24623002", "Screening mammography (procedure)");
    let nav = nav_of(&b, "2023-06-01");
    let c = &nav.cancers[0];
    let surveillance = c.next_steps.iter().find(|s| s.node.id == "surveillance").expect("surveillance is next");
    assert_eq!(surveillance.due, Some(day("2023-03-01")), "12 months after the last mammogram");
    let gap = c.gaps.iter().find(|g| g.kind == GapKind::OverdueStep).expect("surveillance overdue");
    assert_eq!(node_ids(&gap.nodes), ["surveillance"]);
    // With a mammogram in the last year nothing is overdue.
    b.procedure("2023-02-01", "24623002", "Screening mammography (procedure)");
    assert!(nav_of(&b, "2023-06-01").cancers[0].gaps.iter().all(|g| g.kind != GapKind::OverdueStep));
}

fn nsclc_chemo_untested() -> PatientBuilder {
    let mut b = PatientBuilder::new("nav-lung", "male", "1955-03-02");
    b.diagnosis("2025-01-10", "254637007", "Non-small cell lung cancer (disorder)")
        .stage("2025-01-15", "IVA", "T3", "N2", "M1a")
        .ecog("2025-01-15", 1)
        .cycles("2025-02-01", 4, 21, &[("40048", "carboplatin"), ("56946", "paclitaxel")]);
    b
}

/// Untreated stage IV NSCLC of the given histology, EGFR and ALK negative, PD-L1 TPS 10 %.
fn nsclc_untreated(id: &str, display: &str) -> PatientBuilder {
    let mut b = PatientBuilder::new(id, "male", "1955-03-02");
    b.diagnosis("2025-01-10", "254637007", display)
        .stage("2025-01-15", "IVA", "T3", "N2", "M1a")
        .ecog("2025-01-15", 1)
        .gene("2025-01-20", "EGFR", None)
        .gene("2025-01-20", "ALK", None)
        .pdl1_tps("2025-01-20", 10.0);
    b
}

/// The drug names `$apply` proposes, per action id (sub-actions' titles).
fn proposed_drugs(plan: &Value) -> Vec<(String, String, Value)> {
    fn walk(a: &Value, out: &mut Vec<(String, String, Value)>) {
        for sub in a["action"].as_array().into_iter().flatten() {
            if let Some(t) = sub["title"].as_str().filter(|_| sub["resource"].is_object()) {
                out.push((a["id"].as_str().unwrap_or_default().to_string(), t.to_string(), sub.clone()));
            }
            walk(sub, out);
        }
    }
    let mut out = Vec::new();
    walk(&plan["contained"][0], &mut out);
    out
}

#[test]
fn apply_leaves_out_a_drug_whose_own_label_gate_the_patient_fails() {
    let p = set();
    let nsclc = p.get("nsclc").unwrap();
    // Squamous: the necessity twin refuses pemetrexed (Alimta: not squamous), so $apply must
    // not draft it either, and it says why.
    let squamous = nsclc_untreated("ap-sq", "Squamous non-small cell lung cancer");
    let nav = nav_of(&squamous, "2025-02-01");
    let plan = oncotwin::twin::navigation::fhir::apply(&nav, nsclc, "2025-02-01T00:00:00Z");
    let drugs = proposed_drugs(&plan);
    assert!(drugs.iter().any(|(_, d, _)| d == "carboplatin"), "first-line options are proposed: {plan:#}");
    assert!(!drugs.iter().any(|(_, d, _)| d == "pemetrexed"), "pemetrexed drafted for squamous NSCLC: {drugs:?}");
    let said = plan.to_string();
    assert!(said.contains("pemetrexed is not proposed: its label requires histology != squamous"), "{said}");
    // Adenocarcinoma: pemetrexed is proposed, carrying its gate as the sub-action's condition.
    let adeno = nsclc_untreated("ap-ad", "Adenocarcinoma of lung, non-small cell");
    let plan = oncotwin::twin::navigation::fhir::apply(&nav_of(&adeno, "2025-02-01"), nsclc, "2025-02-01T00:00:00Z");
    let drugs = proposed_drugs(&plan);
    let pem: Vec<_> = drugs.iter().filter(|(_, d, _)| d == "pemetrexed").collect();
    assert!(!pem.is_empty(), "pemetrexed for adenocarcinoma: {drugs:?}");
    assert!(
        pem.iter().any(|(_, _, sub)| sub["condition"][0]["expression"]["expression"] == "histology != squamous"),
        "{pem:?}"
    );
    medplum_validate(&plan);
}

#[test]
fn metastatic_nsclc_chemotherapy_without_biomarkers_is_missing_workup() {
    let nav = nav_of(&nsclc_chemo_untested(), "2025-04-01");
    let c = &nav.cancers[0];
    assert_eq!(c.pathway, "nsclc");
    assert_eq!(c.position.nodes[0].node.id, "met_platinum_doublet");
    let deviation = c
        .position
        .deviations
        .iter()
        .find(|d| d.kind == oncotwin::twin::navigation::core::DeviationKind::StartedBeforeWorkup)
        .expect("chemotherapy started before the biomarkers");
    for f in ["egfr", "alk", "pdl1_tps"] {
        assert!(deviation.facts.contains(&f.to_string()), "{f} in {:?}", deviation.facts);
    }
    let gap = c.gaps.iter().find(|g| g.kind == GapKind::MissingWorkup).expect("missing workup");
    for f in ["egfr", "alk", "pdl1_tps"] {
        assert!(gap.facts.contains(&f.to_string()), "{f} in {:?}", gap.facts);
    }
    assert_eq!(gap.due, day("2025-02-01"), "needed before the first cycle");
    // Tested afterwards: the gap closes, the deviation stays on record.
    let mut tested = nsclc_chemo_untested();
    tested.gene("2025-03-01", "EGFR", None).gene("2025-03-01", "ALK", None).pdl1_tps("2025-03-01", 10.0);
    let nav = nav_of(&tested, "2025-04-01");
    let c = &nav.cancers[0];
    assert!(
        c.gaps.iter().all(|g| g.kind != GapKind::MissingWorkup || !g.facts.contains(&"egfr".to_string())),
        "{:#?}",
        c.gaps
    );
    assert!(c
        .position
        .deviations
        .iter()
        .any(|d| d.kind == oncotwin::twin::navigation::core::DeviationKind::StartedBeforeWorkup));
    // Without a progression, the second line waits (no gap for it).
    assert!(c.next_steps.iter().all(|s| !s.node.id.starts_with("met_l2")), "{:?}", c.next_steps);
}

#[test]
fn stale_performance_status_and_retest_after_progression() {
    let mut b = nsclc_chemo_untested();
    b.gene("2025-01-20", "EGFR", None).gene("2025-01-20", "ALK", None).pdl1_tps("2025-01-20", 60.0);
    // Progression on 2025-06-01: second line is next; ECOG from January is stale; PD-L1 predates it.
    let mut progression = b.clone();
    progression.resources.push(json!({"resourceType": "Observation", "id": "nav-lung-prog", "status": "final",
        "subject": {"reference": "Patient/nav-lung"}, "effectiveDateTime": "2025-06-01",
        "code": {"coding": [{"system": "http://loinc.org", "code": "97509-4"}]},
        "valueCodeableConcept": {"coding": [{"system": "http://snomed.info/sct", "code": "271299001", "display": "Patient's condition worsened (finding)"}]}}));
    let nav = nav_of(&progression, "2025-06-20");
    let c = &nav.cancers[0];
    assert!(c.next_steps.iter().any(|s| s.node.id.starts_with("met_l2")), "second line next: {:?}", c.next_steps);
    let stale: Vec<&str> = c
        .gaps
        .iter()
        .filter(|g| g.kind == GapKind::StaleFact)
        .flat_map(|g| g.facts.iter().map(String::as_str))
        .collect();
    assert!(stale.contains(&"ecog"), "{stale:?}");
}

#[test]
fn high_risk_prostate_untreated_then_psa_surveillance_overdue() {
    let mut b = PatientBuilder::new("nav-prostate", "male", "1952-04-04");
    b.diagnosis("2025-01-06", "399068003", "Malignant tumor of prostate (disorder)").psa("2025-01-06", 25.0).stage(
        "2025-01-06",
        "IIIA",
        "T3a",
        "N0",
        "M0",
    );
    let nav = nav_of(&b, "2025-05-01");
    let c = &nav.cancers[0];
    assert_eq!(c.pathway, "prostate");
    let met: Vec<&str> = c.next_steps.iter().filter(|s| s.status == Truth::Met).map(|s| s.node.id.as_str()).collect();
    assert_eq!(
        met,
        ["ebrt_long_adt", "radical_prostatectomy", "psma_pet_staging"],
        "high risk: either local therapy, and PSMA PET staging (suspected metastasis)"
    );
    let gap = c.gaps.iter().find(|g| g.kind == GapKind::OverdueStep).expect("local therapy overdue");
    assert_eq!(gap.due, day("2025-03-31"), "12 weeks after diagnosis");
    assert_eq!(gap.severity, oncotwin::twin::navigation::Severity::Critical, "31 days late");
    // Prostatectomy in March; by June 2026 the PSA follow-up (every 6-12 months) is overdue and the PSA stale.
    b.procedure("2025-03-15", "26294005", "Radical prostatectomy (procedure)");
    let nav = nav_of(&b, "2026-06-01");
    let c = &nav.cancers[0];
    assert_eq!(c.position.nodes[0].node.id, "radical_prostatectomy");
    let overdue = c.gaps.iter().find(|g| g.kind == GapKind::OverdueStep).expect("surveillance overdue");
    assert_eq!(node_ids(&overdue.nodes), ["surveillance"]);
    assert_eq!(overdue.due, day("2026-03-15"));
    assert!(c.gaps.iter().any(|g| g.kind == GapKind::StaleFact && g.facts == ["psa"]));
}

#[test]
fn two_primaries_are_navigated_separately() {
    let mut b = PatientBuilder::new("nav-two", "female", "1958-08-08");
    b.diagnosis("2024-01-08", "254837009", "Malignant neoplasm of breast (disorder)")
        .stage("2024-01-08", "IA", "T1c", "N0", "M0")
        .receptor("2024-01-08", "er", true)
        .receptor("2024-01-08", "pr", true)
        .receptor("2024-01-08", "her2", false)
        .procedure("2024-02-05", "172043006", "Simple mastectomy (procedure)")
        .drug("2024-03-01", "72965", "letrozole")
        .diagnosis("2024-06-03", "363406005", "Malignant neoplasm of colon (disorder)")
        .stage("2024-06-10", "IIIB", "T3", "N1", "M0")
        .procedure("2024-07-01", "43075005", "Partial resection of colon (procedure)");
    let nav = nav_of(&b, "2024-10-01");
    let pathways: Vec<&str> = nav.cancers.iter().map(|c| c.pathway.as_str()).collect();
    assert_eq!(pathways, ["breast", "colorectal"]);
    let (breast, colon) = (&nav.cancers[0], &nav.cancers[1]);
    assert_eq!(breast.position.nodes[0].node.id, "adj_aromatase_inhibitor");
    assert_eq!(colon.position.nodes[0].node.id, "colectomy");
    // The colon's stage III decides its adjuvant therapy; the breast keeps stage IA.
    let folfox = colon.next_steps.iter().find(|s| s.node.id == "adj_folfox_capox").expect("adjuvant FOLFOX next");
    assert_eq!(folfox.status, Truth::Met);
    let overdue =
        colon.gaps.iter().find(|g| g.kind == GapKind::OverdueStep).expect("FOLFOX overdue (8 weeks after surgery)");
    assert_eq!(overdue.due, day("2024-08-26"));
    assert!(
        breast
            .position
            .deviations
            .iter()
            .all(|d| d.kind != oncotwin::twin::navigation::core::DeviationKind::NotSupported),
        "{:#?}",
        breast.position.deviations
    );
    assert!(breast.gaps.iter().all(|g| g.kind != GapKind::OverdueStep), "{:#?}", breast.gaps);
    // Each cancer's cards name its own pathway.
    let cards = patient_view_cards(&nav, "https://oncotwin.example");
    assert!(cards.iter().any(|c| c["detail"].as_str().unwrap().starts_with("**Colorectal cancer**")));
}

#[test]
fn a_patient_without_cancer_gets_no_cards() {
    let b = PatientBuilder::new("nav-none", "female", "1980-01-01");
    let nav = nav_of(&b, "2025-01-01");
    assert!(nav.cancers.is_empty() && nav.other_cancers.is_empty());
    assert!(patient_view_cards(&nav, "https://oncotwin.example").is_empty());
    // An empty prefetch too.
    let nav = navigate("nobody", &events_from_prefetch(&json!({})), day("2025-01-01"), &set());
    assert!(nav.cancers.is_empty());
}

#[test]
fn a_cancer_without_a_pathway_is_listed_not_navigated() {
    let mut b = PatientBuilder::new("nav-panc", "male", "1950-01-01");
    b.diagnosis("2024-01-01", "363418001", "Malignant tumor of pancreas (disorder)");
    let nav = nav_of(&b, "2025-01-01");
    assert!(nav.cancers.is_empty());
    assert_eq!(nav.other_cancers.len(), 1, "{nav:#?}");
    assert_eq!(nav.other_cancers[0].diagnosed, day("2024-01-01"));
    assert!(patient_view_cards(&nav, "https://oncotwin.example").is_empty());
}

#[test]
fn cards_have_the_cds_hooks_shape() {
    let nav = nav_of(&her2_untreated(), "2025-03-17");
    let cards = patient_view_cards(&nav, "https://oncotwin.example/");
    assert!(!cards.is_empty());
    for card in &cards {
        assert!(uuid::Uuid::parse_str(card["uuid"].as_str().unwrap()).is_ok());
        assert!(card["summary"].as_str().unwrap().chars().count() < 140);
        assert!(["info", "warning", "critical"].contains(&card["indicator"].as_str().unwrap()));
        assert!(card["source"]["label"].is_string());
        assert_eq!(card["links"][0]["type"], "absolute");
        assert_eq!(card["links"][0]["url"], "https://oncotwin.example/ui/patients/nav-her2#navigation");
    }
    assert_eq!(cards[0]["indicator"], "warning", "28 days overdue");
    // Same gap, same uuid.
    assert_eq!(patient_view_cards(&nav, "https://oncotwin.example/")[0]["uuid"], cards[0]["uuid"]);
    let service = patient_view_service();
    assert_eq!(service["hook"], "patient-view");
    assert_eq!(service["id"], "oncotwin-navigation");
    assert_eq!(service["prefetch"]["patient"], "Patient/{{context.patientId}}");
}

#[test]
fn cards_snapshot() {
    let cards = patient_view_cards(&nav_of(&nsclc_chemo_untested(), "2025-04-01"), "https://oncotwin.example");
    insta::assert_json_snapshot!("nsclc_missing_workup_cards", cards);
}

#[test]
fn navigation_runs_on_a_prefetch() {
    let b = her2_untreated();
    let entries: Vec<Value> = b.resources[1..].iter().map(|r| json!({"resource": r})).collect();
    let prefetch = json!({
        "patient": b.resources[0],
        "conditions": {"resourceType": "Bundle", "type": "searchset", "entry": entries},
    });
    let nav = navigate("nav-her2", &events_from_prefetch(&prefetch), day("2025-03-17"), &set());
    assert!(nav.cancers[0].gaps.iter().any(|g| g.kind == GapKind::OverdueStep));
}

/// healthchain 0.16.1 validates a CDS Hooks response (`CDSResponse.model_validate`).
fn validate_with_healthchain(response: &Value) {
    let python = std::env::var("ONCOTWIN_TEST_PYTHON").unwrap_or_else(|_| "python3".to_string());
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("response.json");
    std::fs::write(&file, response.to_string()).unwrap();
    let script = "import json, sys\nimport healthchain\nfrom healthchain.models import CDSResponse\n\
        r = CDSResponse.model_validate(json.load(open(sys.argv[1])))\n\
        print(healthchain.__version__ if hasattr(healthchain, '__version__') else 'healthchain', len(r.cards))";
    let out = Command::new(&python).args(["-c", script]).arg(&file).output().unwrap_or_else(|e| {
        panic!("cannot run {python}: {e}; run scripts/test.sh, which installs healthchain from tests/clients/requirements.txt")
    });
    assert!(
        out.status.success(),
        "healthchain rejected the reply (or is not installed: run scripts/test.sh):\n{}\n{}",
        String::from_utf8_lossy(&out.stderr),
        response
    );
    let printed = String::from_utf8_lossy(&out.stdout);
    let n = response["cards"].as_array().map_or(0, Vec::len);
    assert!(printed.trim().ends_with(&format!(" {n}")), "{printed}");
}

#[test]
fn patient_view_replies_validate_with_healthchain() {
    let mut two = her2_untreated();
    two.diagnosis("2025-01-20", "363406005", "Malignant neoplasm of colon (disorder)");
    let cases = [
        nav_of(&her2_untreated(), "2025-03-17"),
        nav_of(&nsclc_chemo_untested(), "2025-04-01"),
        nav_of(&two, "2025-06-01"),
        nav_of(&PatientBuilder::new("nav-none", "male", "1970-01-01"), "2025-01-01"),
    ];
    for nav in &cases {
        let reply = json!({"cards": patient_view_cards(nav, "https://oncotwin.example")});
        validate_with_healthchain(&reply);
    }
    // A card that breaks the rules is refused, so the validator is really checking.
    let out = Command::new(std::env::var("ONCOTWIN_TEST_PYTHON").unwrap_or_else(|_| "python3".into()))
        .args(["-c", "from healthchain.models import CDSResponse\nCDSResponse.model_validate({'cards': [{'summary': 'x' * 141, 'indicator': 'info', 'source': {'label': 'x'}}]})"])
        .output()
        .expect("python");
    assert!(!out.status.success(), "a 141-character summary must be refused");
}

// ---------------------------------------------------------------------------------------
// Through the real app.

const BREAST: &str = "3f96088f-1f08-47cd-b67b-a57e269ce08b";
const NSCLC: &str = "4a404922-e691-47f2-bf50-bd2987fd9a44";
const COLON: &str = "161ec25d-d77d-4175-85cd-162b9d2b747a";
const PROSTATE: &str = "3b418e0b-6058-4988-b5a0-80547f424a4b";

async fn navigation(app: &TestApp, patient: &str, as_of: &str) -> Value {
    let (status, body) = app.get_json(&format!("/api/v1/patients/{patient}/navigation?as_of={as_of}")).await;
    assert_eq!(status, 200, "{body}");
    body
}

fn position(c: &Value) -> Vec<&str> {
    c["position"]["nodes"].as_array().unwrap().iter().map(|n| n["id"].as_str().unwrap()).collect()
}

fn kinds<'a>(c: &'a Value, what: &str) -> Vec<&'a str> {
    c[what].as_array().unwrap().iter().map(|d| d["kind"].as_str().unwrap()).collect()
}

async fn synthea_patients(db: Db) {
    let app = spawn_app(db).await;
    for f in SYNTHEA {
        ingest(&app, fixture_text(f)).await;
    }
    // Breast (HR+/HER2+ IIIA): epirubicin first, which only the triple-negative regimen lists.
    let nav = navigation(&app, BREAST, "2017-03-01").await;
    let c = &nav["cancers"][0];
    assert_eq!(c["pathway"], "breast");
    assert_eq!(position(c), ["neoadj_tnbc_kn522"]);
    assert_eq!(kinds(&c["position"], "deviations"), ["not_supported"]);
    assert!(c["position"]["deviations"][0]["evidence"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e.as_str().unwrap().starts_with("MedicationAdministration/")));
    assert_eq!(c["next_steps"][0]["id"], "surgery");
    assert_eq!(c["next_steps"][0]["status"], "met");
    // Later: surgery, then drugs off the pathway at each step; the route is recorded.
    let nav = navigation(&app, BREAST, "2018-09-01").await;
    let route: Vec<&str> = nav["cancers"][0]["position"]["path"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["nodes"][0]["id"].as_str().unwrap())
        .collect();
    assert_eq!(route[..2], ["neoadj_tnbc_kn522", "surgery"]);

    // NSCLC stage I given chemoradiation: not supported at stage I; EGFR missing for consolidation.
    let nav = navigation(&app, NSCLC, "2012-06-01").await;
    let c = &nav["cancers"][0];
    assert_eq!(c["pathway"], "nsclc");
    assert_eq!(position(c), ["chemoradiation"]);
    assert!(kinds(&c["position"], "deviations").contains(&"not_supported"));
    // Consolidation after chemoradiation is for stage III only (PACIFIC, LAURA and both
    // labels), so at stage I no biomarker is missing for a next step.
    assert!(
        c["gaps"].as_array().unwrap().iter().all(|g| g["kind"] != "missing_workup"),
        "no consolidation at stage I, so no EGFR gap: {}",
        c["gaps"]
    );
    // Deceased in 2013: nothing next, nothing overdue.
    let nav = navigation(&app, NSCLC, "2020-01-01").await;
    assert_eq!(nav["deceased"], "2013-06-25");
    assert_eq!(nav["cancers"][0]["next_steps"], json!([]));
    assert_eq!(nav["cancers"][0]["gaps"], json!([]));

    // Colon without a recorded stage: the workup is missing it (and MSI/MMR, RAS, BRAF).
    let nav = navigation(&app, COLON, "2021-11-01").await;
    let c = &nav["cancers"][0];
    assert_eq!(c["pathway"], "colorectal");
    assert_eq!(position(c), ["workup"]);
    let missing = c["gaps"].as_array().unwrap().iter().find(|g| g["kind"] == "missing_workup").expect("missing workup");
    for f in ["stage", "msi", "kras"] {
        assert!(missing["facts"].as_array().unwrap().contains(&json!(f)), "{f}: {missing}");
    }
    // After the colectomy and FOLFOX: surveillance is next.
    let nav = navigation(&app, COLON, "2022-10-01").await;
    let c = &nav["cancers"][0];
    assert_eq!(position(c), ["adj_folfox_capox"]);
    assert_eq!(c["next_steps"][0]["id"], "surveillance");
    assert_eq!(c["next_steps"][0]["due"], "2023-01-02");

    // Prostate: ADT at diagnosis, then nothing: PSA surveillance overdue, PSA stale.
    let nav = navigation(&app, PROSTATE, "2026-01-01").await;
    let c = &nav["cancers"][0];
    assert_eq!(c["pathway"], "prostate");
    let gaps = kinds(c, "gaps");
    assert!(gaps.contains(&"overdue_step") && gaps.contains(&"stale_fact"), "{gaps:?}");
    // Bicalutamide with an LHRH agonist is labelled (stage D2) and on the pathway now
    // (mcs_cab_antiandrogen): no longer an off-pathway drug.
    assert!(!kinds(&c["position"], "deviations").contains(&"off_pathway_drug"), "{}", c["position"]);
    assert!(
        c["position"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|n| n["evidence"].as_array().is_some_and(|e| !e.is_empty())),
        "the bicalutamide order places the patient: {}",
        c["position"]["nodes"]
    );

    // Unknown patient: 404; bad date: 400.
    let (status, _) = app.get_json("/api/v1/patients/nobody/navigation").await;
    assert_eq!(status, 404);
    let (status, _) = app.get_json(&format!("/api/v1/patients/{BREAST}/navigation?as_of=yesterday")).await;
    assert_eq!(status, 400);
}

/// Constructed patients through POST /fhir, then the worklist: filters, order, paging, and
/// a patient-scoped token that sees only its own patient.
async fn worklist(db: Db) {
    let app = spawn_app(db).await;
    let mut two = PatientBuilder::new("wl-two", "female", "1958-08-08");
    two.diagnosis("2024-01-08", "254837009", "Malignant neoplasm of breast (disorder)")
        .stage("2024-01-08", "IA", "T1c", "N0", "M0")
        .receptor("2024-01-08", "er", true)
        .receptor("2024-01-08", "pr", true)
        .receptor("2024-01-08", "her2", false)
        .procedure("2024-02-05", "172043006", "Simple mastectomy (procedure)")
        .diagnosis("2024-06-03", "363406005", "Malignant neoplasm of colon (disorder)")
        .stage("2024-06-10", "IIIB", "T3", "N1", "M0")
        .procedure("2024-07-01", "43075005", "Partial resection of colon (procedure)");
    let lung = rebuild_as(&nsclc_chemo_untested(), "wl-lung");
    let her2 = rebuild_as(&her2_untreated(), "wl-her2");
    for b in [&two, &lung, &her2] {
        let (status, body) = app.post_fhir("/fhir", b.bundle().to_string()).await;
        assert_eq!(status, 200, "{body}");
    }
    let (status, page) = app.get_json("/api/v1/worklist?limit=100").await;
    assert_eq!(status, 200, "{page}");
    let items = page["items"].as_array().unwrap();
    assert_eq!(page["total"].as_i64().unwrap() as usize, items.len());
    let dues: Vec<&str> = items.iter().map(|i| i["due"].as_str().unwrap()).collect();
    let mut sorted = dues.clone();
    sorted.sort();
    assert_eq!(dues, sorted, "sorted by due date");
    let patients: std::collections::BTreeSet<&str> = items.iter().map(|i| i["patient_id"].as_str().unwrap()).collect();
    assert_eq!(patients.into_iter().collect::<Vec<_>>(), ["wl-her2", "wl-lung", "wl-two"]);
    assert!(items.iter().all(|i| i["kind"] != "upcoming_step"), "gaps only by default");

    // Filters.
    let (_, page) = app.get_json("/api/v1/worklist?cancer=colorectal&kind=overdue_step").await;
    let items = page["items"].as_array().unwrap();
    assert_eq!(items.len(), 1, "{page}");
    assert_eq!(items[0]["patient_id"], "wl-two");
    assert_eq!(items[0]["nodes"][0]["id"], "adj_folfox_capox");
    let (_, page) = app.get_json("/api/v1/worklist?kind=missing_workup").await;
    assert!(page["items"].as_array().unwrap().iter().all(|i| i["kind"] == "missing_workup"));
    assert!(page["items"].as_array().unwrap().iter().any(|i| i["patient_id"] == "wl-lung"));
    let (_, page) = app.get_json("/api/v1/worklist?due_before=2025-01-01").await;
    assert!(page["items"].as_array().unwrap().iter().all(|i| i["due"].as_str().unwrap() < "2025-01-01"));
    assert!(page["items"].as_array().unwrap().iter().all(|i| i["patient_id"] == "wl-two"), "{page}");
    // Paging.
    let (_, all) = app.get_json("/api/v1/worklist?limit=100").await;
    let (_, first) = app.get_json("/api/v1/worklist?limit=2").await;
    let (_, second) = app.get_json("/api/v1/worklist?limit=2&offset=2").await;
    let joined: Vec<&Value> =
        first["items"].as_array().unwrap().iter().chain(second["items"].as_array().unwrap()).collect();
    assert_eq!(joined, all["items"].as_array().unwrap().iter().take(4).collect::<Vec<_>>());
    // Bad filters are problems.
    for q in ["cancer=lymphoma", "kind=late", "due_before=soon", "limit=0"] {
        let (status, body) = app.get_json(&format!("/api/v1/worklist?{q}")).await;
        assert_eq!(status, 400, "{q}: {body}");
    }
    // A patient-scoped token sees its own patient's items only.
    let token = app.dev.mint("app", "patient/*.rs", Some("wl-lung"), 600).unwrap();
    let r = reqwest::Client::new().get(app.url("/api/v1/worklist")).bearer_auth(token).send().await.unwrap();
    let body: Value = r.json().await.unwrap();
    assert!(!body["items"].as_array().unwrap().is_empty());
    assert!(body["items"].as_array().unwrap().iter().all(|i| i["patient_id"] == "wl-lung"), "{body}");

    // The timeline changes (tamoxifen and FOLFOX start): the next page reflects it.
    let mut more = PatientBuilder::new("wl-two", "female", "1958-08-08");
    more.drug("2024-03-01", "10324", "tamoxifen").cycles(
        "2024-08-01",
        2,
        14,
        &[("32592", "oxaliplatin"), ("4492", "fluorouracil")],
    );
    let mut bundle = more.bundle();
    bundle["entry"].as_array_mut().unwrap().remove(0); // keep the Patient as stored
    let (status, body) = app.post_fhir("/fhir", bundle.to_string()).await;
    assert_eq!(status, 200, "{body}");
    let (_, page) = app.get_json("/api/v1/worklist?cancer=colorectal&kind=overdue_step").await;
    let nodes: Vec<&str> =
        page["items"].as_array().unwrap().iter().map(|i| i["nodes"][0]["id"].as_str().unwrap()).collect();
    assert!(!nodes.contains(&"adj_folfox_capox"), "FOLFOX started: {page}");
    // (Since then, surveillance has come due and passed.)
    assert_eq!(nodes, ["surveillance"]);
}

/// The same patient under another id (resource ids renamed).
fn rebuild_as(b: &PatientBuilder, id: &str) -> PatientBuilder {
    let text = serde_json::to_string(&b.resources).unwrap().replace(&b.patient_id, id);
    let mut out = b.clone();
    out.patient_id = id.to_string();
    out.resources = serde_json::from_str(&text).unwrap();
    out
}

fn medplum_validate(resource: &Value) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/pathway/tests/validate");
    assert!(
        dir.join("node_modules/@medplum/core").is_dir(),
        "@medplum/core is not installed in {}; run scripts/test.sh (npm ci there)",
        dir.display()
    );
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("careplan.json");
    std::fs::write(&file, resource.to_string()).unwrap();
    let out = Command::new("node").arg(dir.join("validate.mjs")).arg(&file).current_dir(&dir).output().expect("node");
    assert!(
        out.status.success(),
        "Medplum rejects the CarePlan:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

async fn apply_gives_a_care_plan(db: Db) {
    let app = spawn_app(db).await;
    let her2 = rebuild_as(&her2_untreated(), "ap-her2");
    let (status, body) = app.post_fhir("/fhir", her2.bundle().to_string()).await;
    assert_eq!(status, 200, "{body}");
    let (status, plan) = app.post_fhir("/fhir/PlanDefinition/oncotwin-breast/$apply?subject=Patient/ap-her2", "").await;
    assert_eq!(status, 200, "{plan}");
    assert_eq!(plan["resourceType"], "CarePlan");
    assert_eq!(plan["subject"]["reference"], "Patient/ap-her2");
    assert_eq!(plan["instantiatesCanonical"][0], "http://oncotwin.example/fhir/PlanDefinition/breast");
    assert_eq!(plan["activity"][0]["reference"]["reference"], "#next-actions");
    let rg = &plan["contained"][0];
    assert_eq!(rg["resourceType"], "RequestGroup");
    // Options of one decision are grouped under it.
    let actions: Vec<&Value> = rg["action"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|a| {
            if a["action"][0]["id"].is_string() {
                a["action"].as_array().unwrap().iter().collect()
            } else {
                vec![a]
            }
        })
        .collect();
    let tchp =
        actions.iter().find(|a| a["id"] == "neoadj_her2_tchp").unwrap_or_else(|| panic!("TCHP action in {rg:#}"));
    assert!(tchp["condition"][0]["expression"]["expression"].as_str().unwrap().contains("her2 = positive"));
    assert!(tchp["timingPeriod"]["end"].is_string());
    let trastuzumab = tchp["action"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == "trastuzumab")
        .unwrap_or_else(|| panic!("trastuzumab in {tchp:#}"));
    let reference = trastuzumab["resource"]["reference"].as_str().unwrap().trim_start_matches('#');
    let request =
        plan["contained"].as_array().unwrap().iter().find(|r| r["id"] == reference).expect("contained request");
    assert_eq!(request["resourceType"], "MedicationRequest");
    assert_eq!(request["intent"], "proposal");
    assert!(plan["note"].as_array().unwrap().iter().any(|n| n["text"].as_str().unwrap().starts_with("Care gap")));
    medplum_validate(&plan);

    // Parameters body instead of the query; a pathway the patient is not on: no actions.
    let params =
        json!({"resourceType": "Parameters", "parameter": [{"name": "subject", "valueString": "Patient/ap-her2"}]});
    let (status, other) = app.post_fhir("/fhir/PlanDefinition/oncotwin-nsclc/$apply", params.to_string()).await;
    assert_eq!(status, 200, "{other}");
    assert!(other["contained"][0].get("action").is_none());
    medplum_validate(&other);

    // Errors are OperationOutcomes; no token, no plan.
    for (path, want) in [
        ("/fhir/PlanDefinition/oncotwin-breast/$apply", 400),
        ("/fhir/PlanDefinition/oncotwin-breast/$apply?subject=Group/x", 400),
        ("/fhir/PlanDefinition/oncotwin-breast/$apply?subject=Patient/nobody", 404),
        ("/fhir/PlanDefinition/oncotwin-lymphoma/$apply?subject=Patient/ap-her2", 404),
    ] {
        let (status, body) = app.post_fhir(path, "").await;
        assert_eq!(status, want, "{path}: {body}");
        crate::helpers::assert_outcome(&body);
    }
    let r = reqwest::Client::new()
        .post(app.url("/fhir/PlanDefinition/oncotwin-breast/$apply?subject=Patient/ap-her2"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 401);
    // The plain PlanDefinition stays open.
    let r = reqwest::Client::new().get(app.url("/fhir/PlanDefinition/oncotwin-breast")).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
}

async fn patient_page_shows_the_position(db: Db) {
    let app = spawn_app(db).await;
    let her2 = rebuild_as(&her2_untreated(), "pg-her2");
    let (status, body) = app.post_fhir("/fhir", her2.bundle().to_string()).await;
    assert_eq!(status, 200, "{body}");
    let r = app.client.get(app.url("/ui/patients/pg-her2")).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let html = r.text().await.unwrap();
    assert!(html.contains(r#"<section id="navigation">"#));
    assert!(html.contains(r#"data-pathway="breast""#));
    // The SVG highlights the workup node (the patient's position).
    let at = html.find(r#"<g id="node-workup">"#).expect("the workup node is drawn");
    assert!(html[at..at + 2000].contains("#fbc02d"), "the position is highlighted");
    assert!(html.contains("Overdue"), "the gap is listed");
}

both_backends!(synthea_patients, worklist, apply_gives_a_care_plan, patient_page_shows_the_position);
