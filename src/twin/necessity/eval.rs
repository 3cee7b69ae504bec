//! `oncotwin eval necessity CASES`: runs a case file (each case a FHIR Bundle, a requested
//! service, a date and the expected outcome) through the decision and scores it: accuracy, a
//! confusion matrix, and every miss with its reasons.

use super::{decide_resources, RequestedService, Verdict};
use anyhow::Context;
use chrono::NaiveDate;
use oncotwin_pathway::PathwaySet;
use serde::Deserialize;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::Path;

/// One case of the file.
#[derive(Debug, Clone, Deserialize)]
pub struct Case {
    pub id: String,
    #[serde(default)]
    pub cancer: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
    pub date: NaiveDate,
    pub service: ServiceSpec,
    pub expected: String,
    /// For needs-documentation: the facts that must be named missing.
    #[serde(default)]
    pub expected_missing: Vec<String>,
    pub bundle: Value,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ServiceSpec {
    pub system: String,
    pub code: String,
    #[serde(default)]
    pub display: Option<String>,
}

#[derive(Debug, Deserialize)]
struct CaseFile {
    cases: Vec<Case>,
}

/// The result of one case.
#[derive(Debug, Clone)]
pub struct CaseResult {
    pub id: String,
    pub cancer: String,
    pub expected: Verdict,
    pub got: Verdict,
    /// Expected missing facts the decision did not name.
    pub missing_not_named: Vec<String>,
    pub summary: String,
    pub reasons: Vec<String>,
    /// Met leaves without an evidence pointer (must be none).
    pub met_leaves_without_evidence: usize,
    pub elapsed_us: u64,
}

impl CaseResult {
    pub fn passed(&self) -> bool {
        self.expected == self.got && self.missing_not_named.is_empty() && self.met_leaves_without_evidence == 0
    }
}

/// Reads a case file.
pub fn load(path: &Path) -> anyhow::Result<Vec<Case>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let file: CaseFile = serde_json::from_str(&text)
        .with_context(|| format!("{} is not a case file ({{\"cases\": [...]}})", path.display()))?;
    Ok(file.cases)
}

/// A Bundle's resources with references to other entries' `fullUrl` (`urn:uuid:…`) written
/// as `Type/id`, as ingest stores them.
pub fn bundle_resources(bundle: &Value) -> Vec<Value> {
    let entries = bundle["entry"].as_array().map(Vec::as_slice).unwrap_or_default();
    let full_urls: std::collections::HashMap<&str, String> = entries
        .iter()
        .filter_map(|e| {
            let r = &e["resource"];
            Some((e["fullUrl"].as_str()?, format!("{}/{}", r["resourceType"].as_str()?, r["id"].as_str()?)))
        })
        .collect();
    fn rewrite(v: &mut Value, full_urls: &std::collections::HashMap<&str, String>) {
        match v {
            Value::Object(o) => {
                if let Some(Value::String(r)) = o.get_mut("reference") {
                    if let Some(to) = full_urls.get(r.as_str()) {
                        *r = to.clone();
                    }
                }
                o.values_mut().for_each(|x| rewrite(x, full_urls));
            }
            Value::Array(a) => a.iter_mut().for_each(|x| rewrite(x, full_urls)),
            _ => {}
        }
    }
    entries
        .iter()
        .map(|e| e["resource"].clone())
        .filter(Value::is_object)
        .map(|mut r| {
            rewrite(&mut r, &full_urls);
            r
        })
        .collect()
}

/// Whether the twin's missing fact `named` answers the case's expected missing fact: the
/// same name, or a more specific fact of the family a case writer names ("pdl1" → the TPS or
/// CPS the node asks for; "ras" → KRAS or NRAS; "stage" → the stage group or its T, N, M;
/// "psa" → the PSA doubling time; "castration_resistant" → the castration status or the
/// progression on androgen deprivation that establishes it; "er" or "pr" → the hormone
/// receptor status a gate asks for, and back; "resection" → the cancer surgery an adjuvant step
/// follows, or resectability).
fn names_the_same(expected: &str, named: &str) -> bool {
    let family: &[&str] = match expected {
        "pdl1" => &["pdl1_tps", "pdl1_cps", "pdl1_ic"],
        "ras" => &["kras", "nras", "ras_wildtype"],
        "stage" => &["t", "n", "m"],
        "psa" => &["psa_doubling_time"],
        "castration_resistant" | "castration" => &["castration", "progression"],
        "prior_therapy" => &["prior_drugs", "prior_classes", "prior_lines"],
        "line" => &["prior_lines"],
        "er" | "pr" => &["hr"],
        "metastatic" | "metastasis" => &["m", "stage"],
        "hr" => &["er", "pr"],
        "resection" => &["surgery", "resectable"],
        _ => &[],
    };
    expected == named || family.contains(&named)
}

/// Runs one case.
/// A case's resources, patient id and requested service.
fn inputs(case: &Case) -> anyhow::Result<(Vec<Value>, String, RequestedService)> {
    let resources = bundle_resources(&case.bundle);
    let patient_id = resources
        .iter()
        .find(|r| r["resourceType"] == "Patient")
        .and_then(|r| r["id"].as_str())
        .unwrap_or(case.id.as_str())
        .to_string();
    let service =
        RequestedService::from_code(&case.service.system, &case.service.code, case.service.display.as_deref())
            .with_context(|| format!("case {}: bad service", case.id))?;
    // The order in the record that names the service says what it is for.
    let mut service = service;
    // The newest such order is the one being decided (an earlier one was the first course's).
    if let Some(order) =
        resources.iter().filter(|r| service.named_by(r)).max_by_key(|r| r["authoredOn"].as_str().unwrap_or(""))
    {
        service.reasons = super::request::reason_conditions(order);
        service.monotherapy = super::request::says_monotherapy(order);
        service.duration_days = super::request::order_days(order);
    }
    Ok((resources, patient_id, service))
}

/// One case's events as normalised and its whole decision, for reading a miss.
pub fn explain(set: &PathwaySet, case: &Case) -> anyhow::Result<Value> {
    let (resources, patient_id, service) = inputs(case)?;
    let events = super::events_from_resources(&resources);
    let d = decide_resources(set, &patient_id, &resources, service, case.date);
    Ok(serde_json::json!({ "case": case.id, "expected": case.expected, "events": events, "decision": d }))
}

pub fn run_case(set: &PathwaySet, case: &Case) -> anyhow::Result<CaseResult> {
    let expected = Verdict::parse(&case.expected)
        .with_context(|| format!("case {}: unknown expected outcome `{}`", case.id, case.expected))?;
    let (resources, patient_id, service) = inputs(case)?;
    let d = decide_resources(set, &patient_id, &resources, service, case.date);
    let named: Vec<&str> = d.missing.iter().map(|m| m.fact.as_str()).collect();
    let missing_not_named = case
        .expected_missing
        .iter()
        .filter(|m| !named.iter().any(|n| names_the_same(m, n)))
        .cloned()
        .collect::<Vec<_>>();
    let met_leaves_without_evidence = d
        .candidates
        .iter()
        .flat_map(|c| c.checklist.leaves())
        .filter(|l| l.result == oncotwin_pathway::Truth::Met && l.evidence.is_empty())
        .count();
    Ok(CaseResult {
        id: case.id.clone(),
        cancer: case.cancer.clone().unwrap_or_default(),
        expected,
        got: d.outcome,
        missing_not_named,
        summary: d.summary.clone(),
        reasons: d.reasons.clone(),
        met_leaves_without_evidence,
        elapsed_us: d.elapsed_us,
    })
}

/// Runs every case.
pub fn run(set: &PathwaySet, cases: &[Case]) -> anyhow::Result<Vec<CaseResult>> {
    cases.iter().map(|c| run_case(set, c)).collect()
}

/// The printed report: per-miss detail, accuracy, confusion matrix, per cancer.
pub fn report(results: &[CaseResult]) -> String {
    let mut out = String::new();
    for r in results.iter().filter(|r| !r.passed()) {
        let _ =
            writeln!(out, "MISS {}: expected {}, got {} — {}", r.id, r.expected.as_str(), r.got.as_str(), r.summary);
        for reason in &r.reasons {
            let _ = writeln!(out, "       {reason}");
        }
        if !r.missing_not_named.is_empty() {
            let _ = writeln!(out, "       expected missing but not named: {}", r.missing_not_named.join(", "));
        }
        if r.met_leaves_without_evidence > 0 {
            let _ = writeln!(out, "       {} met leaves without evidence", r.met_leaves_without_evidence);
        }
    }
    let passed = results.iter().filter(|r| r.passed()).count();
    let correct = results.iter().filter(|r| r.expected == r.got).count();
    let n = results.len().max(1);
    let _ = writeln!(
        out,
        "\n{} cases: outcome accuracy {:.1}% ({correct}/{}), fully passed {passed}/{}",
        results.len(),
        100.0 * correct as f64 / n as f64,
        results.len(),
        results.len()
    );
    let _ = writeln!(out, "\nconfusion matrix (rows expected, columns decided):");
    let _ = write!(out, "{:<22}", "");
    for v in Verdict::ALL {
        let _ = write!(out, "{:>22}", v.as_str());
    }
    out.push('\n');
    for e in Verdict::ALL {
        let _ = write!(out, "{:<22}", e.as_str());
        for g in Verdict::ALL {
            let count = results.iter().filter(|r| r.expected == e && r.got == g).count();
            let _ = write!(out, "{count:>22}");
        }
        out.push('\n');
    }
    // Per cancer, both measures: the outcome, and the outcome with every missing fact named.
    let mut by_cancer: BTreeMap<&str, (usize, usize, usize)> = BTreeMap::new();
    for r in results {
        let entry = by_cancer.entry(r.cancer.as_str()).or_default();
        entry.2 += 1;
        if r.expected == r.got {
            entry.0 += 1;
        }
        if r.passed() {
            entry.1 += 1;
        }
    }
    let _ = writeln!(out, "\nby cancer (outcome right, fully passed, of):");
    for (cancer, (right, ok, total)) in by_cancer {
        let name = if cancer.is_empty() { "(none)" } else { cancer };
        let _ = writeln!(out, "  {name:<12} outcome {right}/{total}, fully passed {ok}/{total}");
    }
    let mut times: Vec<u64> = results.iter().map(|r| r.elapsed_us).collect();
    times.sort_unstable();
    if let (Some(p50), Some(max)) = (times.get(times.len() / 2), times.last()) {
        let _ = writeln!(out, "\ndecision time: p50 {p50} µs, max {max} µs (facts from the bundle + checklist)");
    }
    out
}
