//! Which cancers a patient has, and which of the patient's events belong to each.
//!
//! A cancer is a pathway whose entry criterion (the diagnosis codes) accepts one of the
//! patient's primary-cancer diagnoses; two Conditions for the same cancer (a diagnosis
//! restated with its stage, synchronous left and right tumours) are one cancer — except a
//! new primary of the other side diagnosed at least [`NEW_PRIMARY_DAYS`] after the first (a
//! metachronous contralateral breast cancer, a second lung primary), which is a cancer of its
//! own under the same pathway. With one cancer every event
//! is its own. With two primaries, FHIR data seldom says which cancer an observation or a
//! drug is for, so each event goes to the cancers it can concern:
//!
//! - patient data (birth, performance status, death) and germline variants to every cancer;
//! - a primary diagnosis to its cancer, and staging read from a Condition to that
//!   Condition's cancer;
//! - an event whose resource names the Condition it concerns (`Observation.focus`, a
//!   therapy's `reasonReference`, a metastasis's mCODE related-primary-cancer-condition, a
//!   stage Observation the diagnosis names in `Condition.stage.assessment`) to that
//!   Condition's cancer (a metastasis linked to its primary stands for it);
//! - a result measured on a specimen from an organ one cancer arises in ("Tissue specimen
//!   from breast") to that cancer;
//! - a drug, operation or radiotherapy to the cancers whose pathway lists the code;
//! - a biomarker to the cancers whose pathway tests the fact it feeds (ER/PR/HER2 to breast,
//!   EGFR/ALK to lung, RAS/MSI to colorectal, PSA to prostate);
//! - when that leaves several cancers (or none), to the one most recently diagnosed on or
//!   before the event (before any diagnosis: the first one diagnosed).

use crate::twin::history::facts::diagnosis_codes;
use crate::twin::history::{Category, EventValue, TimelineEvent};
use chrono::NaiveDate;
use oncotwin_pathway::facts::FactValue;
use oncotwin_pathway::{Code, CodeSystem, Guard, Pathway, PathwaySet, PatientFacts, Truth};
use std::collections::{BTreeSet, HashMap};

/// A primary of the other side diagnosed this many days or more after the first is a new
/// cancer (metachronous), not the same one restated.
pub const NEW_PRIMARY_DAYS: i64 = 180;

/// One cancer of the patient and its events.
#[derive(Debug, Clone)]
pub struct CancerEvents<'a> {
    pub pathway: &'a Pathway,
    /// Its primary-cancer diagnosis events, in date order.
    pub primaries: Vec<TimelineEvent>,
    /// Every event attributed to it (primaries included), in timeline order.
    pub events: Vec<TimelineEvent>,
}

impl CancerEvents<'_> {
    /// The first diagnosis date.
    pub fn diagnosed(&self) -> NaiveDate {
        self.primaries.iter().map(|e| e.date).min().unwrap_or(NaiveDate::MIN)
    }

    /// Whether `primary` is a new cancer rather than this one: the other side, diagnosed
    /// [`NEW_PRIMARY_DAYS`] or more after it.
    fn is_new_primary(&self, primary: &TimelineEvent) -> bool {
        let Some(side) = primary.detail("laterality").filter(|s| matches!(*s, "left" | "right")) else {
            return false;
        };
        self.primaries.iter().all(|p| p.detail("laterality").is_some_and(|l| l != side && l != "bilateral"))
            && (primary.date - self.diagnosed()).num_days() >= NEW_PRIMARY_DAYS
    }
}

/// The names of a patient's cancers, in [`split`]'s order: the pathway id for the latest
/// cancer of each pathway, `pathway@first-diagnosis-date` for an earlier one of the same
/// pathway (a 2016 left breast cancer beside a 2026 right one: `breast@2016-02-08`, `breast`).
pub fn cancer_keys(cancers: &[CancerEvents<'_>]) -> Vec<String> {
    cancers
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let later = cancers[i + 1..].iter().any(|o| o.pathway.id == c.pathway.id);
            if later {
                format!("{}@{}", c.pathway.id, c.diagnosed())
            } else {
                c.pathway.id.clone()
            }
        })
        .collect()
}

/// Whether `pathway`'s entry criterion accepts this diagnosis event.
fn accepts(pathway: &Pathway, primary: &TimelineEvent) -> bool {
    let codes = diagnosis_codes(primary);
    if codes.is_empty() {
        return false;
    }
    let Some(when) = &pathway.graph[pathway.entry].when else {
        return false;
    };
    let mut facts = PatientFacts::new(primary.date);
    if facts.set("dx", FactValue::Codes(codes), [primary.id.clone()], primary.date).is_err() {
        return false;
    }
    when.evaluate(&facts).truth == Truth::Met
}

/// Splits a patient's events by cancer. Returns the cancers (in order of first diagnosis)
/// and the primary-cancer events no pathway accepts.
pub fn split<'a>(events: &[TimelineEvent], set: &'a PathwaySet) -> (Vec<CancerEvents<'a>>, Vec<TimelineEvent>) {
    let mut cancers: Vec<CancerEvents<'a>> = Vec::new();
    let mut unmapped = Vec::new();
    let mut primaries: Vec<&TimelineEvent> =
        events.iter().filter(|e| e.category == Category::Diagnosis && e.kind == "primary_cancer").collect();
    primaries.sort_by_key(|e| e.date);
    for e in primaries {
        match set.pathways().iter().find(|p| accepts(p, e)) {
            Some(p) => match cancers.iter_mut().rev().find(|c| c.pathway.id == p.id && !c.is_new_primary(e)) {
                Some(c) => c.primaries.push(e.clone()),
                None => cancers.push(CancerEvents { pathway: p, primaries: vec![e.clone()], events: Vec::new() }),
            },
            None => unmapped.push(e.clone()),
        }
    }
    for c in &mut cancers {
        c.primaries.sort_by_key(|e| e.date);
    }
    cancers.sort_by_key(|c| c.diagnosed());
    if cancers.len() == 1 {
        cancers[0].events = events.to_vec();
        return (cancers, unmapped);
    }
    let uses: Vec<BTreeSet<&'static str>> = cancers.iter().map(|c| facts_tested(c.pathway)).collect();
    let linked = linked_conditions(events, &cancers);
    for e in events {
        for i in owners(e, &cancers, &uses, &linked) {
            cancers[i].events.push(e.clone());
        }
    }
    (cancers, unmapped)
}

/// Every fact a pathway's criteria read.
fn facts_tested(p: &Pathway) -> BTreeSet<&'static str> {
    let mut out = BTreeSet::new();
    for n in p.nodes() {
        out.extend(n.when.iter().flat_map(|w| w.facts()));
    }
    for e in p.graph.edge_weights() {
        if let Guard::When(c) = &e.guard {
            out.extend(c.facts());
        }
    }
    out
}

/// The pathway facts a biomarker event feeds.
fn biomarker_facts(e: &TimelineEvent) -> Vec<String> {
    match &e.value {
        Some(EventValue::Variant { gene, .. }) => {
            let gene = gene.to_ascii_lowercase();
            match gene.as_str() {
                "brca1" | "brca2" => vec!["brca".into(), "hrr".into()],
                "atm" | "cdk12" | "chek2" | "palb2" => vec!["hrr".into()],
                _ => vec![gene],
            }
        }
        _ => vec![e.kind.clone()],
    }
}

/// The service code of a therapy event, as the pathways write it.
fn service_code(e: &TimelineEvent) -> Option<Code> {
    match &e.value {
        Some(EventValue::Drug { rxcui, .. }) => Code::new(CodeSystem::RxNorm, rxcui).ok(),
        _ => e.code.as_ref().filter(|c| c.system == "snomed").and_then(|c| Code::new(CodeSystem::Snomed, &c.code).ok()),
    }
}

/// A space-separated list detail of an event.
fn detail_list<'e>(e: &'e TimelineEvent, key: &str) -> impl Iterator<Item = &'e str> {
    e.detail(key).unwrap_or("").split_whitespace()
}

/// The cancer each referenced resource belongs to: a primary diagnosis's Condition and the
/// stage Observations it names; a metastasis (or any other diagnosis) that names the
/// Condition it concerns, as that Condition's cancer.
pub fn linked_conditions(events: &[TimelineEvent], cancers: &[CancerEvents<'_>]) -> HashMap<String, usize> {
    let mut by_ref: HashMap<String, usize> = HashMap::new();
    for (i, c) in cancers.iter().enumerate() {
        for p in &c.primaries {
            // Its Condition (not a note merged into it: a letter names both cancers).
            let condition = p.sources.iter().map(String::as_str).filter(|s| s.starts_with("Condition/"));
            for r in condition.chain(detail_list(p, "assessments")) {
                by_ref.entry(r.to_string()).or_insert(i);
            }
        }
    }
    // A metastasis linked to its primary, and a diagnosis linked to that metastasis: two
    // rounds settle a chain of two.
    for _ in 0..2 {
        for e in events.iter().filter(|e| e.category == Category::Diagnosis && e.kind != "primary_cancer") {
            let Some(i) = detail_list(e, "concerns").find_map(|r| by_ref.get(r).copied()) else { continue };
            for s in e.sources.iter().filter(|s| s.starts_with("Condition/")) {
                by_ref.entry(s.clone()).or_insert(i);
            }
        }
    }
    by_ref
}

/// Organs a cancer arises in: the words that name each, and the words of a pathway title
/// for a cancer of that organ.
const ORGANS: &[(&[&str], &[&str])] = &[
    (&["breast", "mammary"], &["breast"]),
    (&["lung", "bronch", "pulmonary"], &["lung"]),
    (&["colon", "rectum", "rectal", "sigmoid", "cecum", "caecum", "colorectal"], &["colorectal", "colon", "rectal"]),
    (&["prostat"], &["prostate"]),
];

/// The one organ a text names ("Tissue specimen from breast", "the 2021 colon cancer"), as
/// the first title word of [`ORGANS`]; None for none or several.
pub fn organ_named(text: &str) -> Option<&'static str> {
    let text = text.to_ascii_lowercase();
    let mut found = ORGANS.iter().filter(|(words, _)| words.iter().any(|w| text.contains(w)));
    match (found.next(), found.next()) {
        (Some((_, titles)), None) => Some(titles[0]),
        _ => None,
    }
}

/// The cancers whose pathway title names the organ a specimen was taken from, or that the
/// sentence reporting a result names.
fn by_organ(e: &TimelineEvent, cancers: &[CancerEvents<'_>]) -> Vec<usize> {
    let organ = e.detail("specimen_site").and_then(organ_named).or_else(|| e.detail("organ_named"));
    let Some(titles) = organ.and_then(|o| ORGANS.iter().find(|(_, t)| t[0] == o)).map(|(_, t)| *t) else {
        return Vec::new();
    };
    (0..cancers.len())
        .filter(|&i| {
            let title = cancers[i].pathway.title.to_ascii_lowercase();
            titles.iter().any(|t| title.contains(t))
        })
        .collect()
}

/// Indexes of the cancers an event belongs to (see the module documentation).
fn owners(
    e: &TimelineEvent,
    cancers: &[CancerEvents<'_>],
    uses: &[BTreeSet<&'static str>],
    linked: &HashMap<String, usize>,
) -> Vec<usize> {
    let all: Vec<usize> = (0..cancers.len()).collect();
    match e.category {
        Category::Patient | Category::PerformanceStatus | Category::Medication | Category::Death => return all,
        _ => {}
    }
    // A germline variant is the patient's, whichever cancer's work-up found it.
    if matches!(&e.value, Some(EventValue::Variant { origin: Some(o), .. }) if o.contains("germline")) {
        return all;
    }
    if e.category == Category::Diagnosis && e.kind == "primary_cancer" {
        return all.into_iter().filter(|&i| cancers[i].primaries.iter().any(|p| p.id == e.id)).collect();
    }
    // What the record says the event concerns.
    let mut named: Vec<usize> = detail_list(e, "concerns")
        .chain(e.sources.iter().map(String::as_str))
        .filter_map(|r| linked.get(r).copied())
        .collect();
    named.sort_unstable();
    named.dedup();
    if !named.is_empty() {
        return named;
    }
    let organ = by_organ(e, cancers);
    if organ.len() == 1 {
        return organ;
    }
    let candidates: Vec<usize> = match e.category {
        Category::SystemicTherapy | Category::Surgery | Category::Radiotherapy => match service_code(e) {
            Some(code) => all
                .iter()
                .copied()
                .filter(|&i| cancers[i].pathway.nodes().any(|n| n.supports(code.system, &code.code)))
                .collect(),
            None => Vec::new(),
        },
        Category::Biomarker => {
            let facts = biomarker_facts(e);
            all.iter().copied().filter(|&i| facts.iter().any(|f| uses[i].contains(f.as_str()))).collect()
        }
        _ => Vec::new(),
    };
    if candidates.len() == 1 {
        return candidates;
    }
    let pool = if candidates.is_empty() { all } else { candidates };
    let latest_before =
        pool.iter().copied().filter(|&i| cancers[i].diagnosed() <= e.date).max_by_key(|&i| cancers[i].diagnosed());
    let chosen = latest_before.or_else(|| pool.iter().copied().min_by_key(|&i| cancers[i].diagnosed()));
    chosen.into_iter().collect()
}
