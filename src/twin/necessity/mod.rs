//! The medical-necessity twin: for a patient, a requested service and a date, a hierarchical
//! checklist built from the pathway criteria that lead to the nodes supporting the service,
//! evaluated leaf by leaf against the patient's facts as of the date. The outcome is never a
//! denial: `supported` (every required leaf met, with evidence), `needs-documentation`
//! (nothing contradicts, named facts are missing) or `refer-to-reviewer` (a criterion is
//! contradicted, or the service is off-pathway).

pub mod checklist;
pub mod determination;
pub mod eval;
pub mod evidence;
pub mod page;
pub mod pas;
pub mod request;
pub mod sink;

use crate::store::{Store, StoreError};
use crate::twin::history::{self, FactsReport, HistoryError, TimelineEvent};
use checklist::Check;
use chrono::{NaiveDate, SecondsFormat, Utc};
use oncotwin_pathway::criteria::Truth;
use oncotwin_pathway::{Category, CodeSystem, PathwaySet, PatientFacts};
pub use request::{RequestError, RequestedService};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::time::Instant;

/// The outcome of a decision. There is no denial.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Supported,
    NeedsDocumentation,
    ReferToReviewer,
}

impl Verdict {
    pub const ALL: [Verdict; 3] = [Verdict::Supported, Verdict::NeedsDocumentation, Verdict::ReferToReviewer];

    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Supported => "supported",
            Verdict::NeedsDocumentation => "needs-documentation",
            Verdict::ReferToReviewer => "refer-to-reviewer",
        }
    }

    pub fn parse(s: &str) -> Option<Verdict> {
        Verdict::ALL.into_iter().find(|v| v.as_str() == s)
    }
}

/// A fact the decision needs and the record does not hold.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MissingFact {
    pub fact: String,
    /// "HER2 status not documented".
    pub message: String,
}

/// A leaf that is contradicted by the record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contradiction {
    pub criterion: String,
    pub section: Option<checklist::Section>,
    pub evidence: Vec<String>,
}

/// One pathway node that supports the service, with its checklist.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Candidate {
    pub pathway: String,
    pub pathway_version: String,
    pub node: String,
    pub title: String,
    pub category: Category,
    pub sources: Vec<String>,
    pub result: Truth,
    pub checklist: Check,
}

/// A stored decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Decision {
    pub id: String,
    pub patient_id: String,
    pub as_of: NaiveDate,
    pub service: RequestedService,
    pub outcome: Verdict,
    /// One line for a card or a queue.
    pub summary: String,
    /// Why, in sentences.
    pub reasons: Vec<String>,
    /// For `needs-documentation`: exactly what to document.
    pub missing: Vec<MissingFact>,
    /// For `refer-to-reviewer`: what the record contradicts.
    pub contradicted: Vec<Contradiction>,
    /// The candidate the outcome rests on (None when off-pathway).
    pub chosen: Option<usize>,
    pub candidates: Vec<Candidate>,
    /// Pathway ids and versions consulted (`breast@2025.1`).
    pub pathway_version: String,
    /// BLAKE3 of the inputs (facts, service, date).
    pub inputs_hash: String,
    /// The facts the checklist was evaluated against, with their derivations.
    pub facts: FactsReport,
    pub created_at: String,
    /// Time to decide, microseconds.
    pub elapsed_us: u64,
}

impl Decision {
    /// The chosen candidate.
    pub fn chosen(&self) -> Option<&Candidate> {
        self.chosen.and_then(|i| self.candidates.get(i))
    }

    /// Facts the chart implies rather than states, as "fact = value — reason", for the
    /// reviewer (page, card, text).
    pub fn inferred_facts(&self) -> Vec<String> {
        self.facts
            .inferred()
            .map(|(fact, d)| {
                let value = self
                    .facts
                    .facts
                    .get(fact)
                    .map(|f| crate::twin::history::facts::value_text(&f.value))
                    .unwrap_or_default();
                let reason = d.rule.strip_prefix("inferred: ").unwrap_or(&d.rule);
                format!("{} = {value} — inferred: {reason}", fact_label(fact))
            })
            .collect()
    }

    /// Documented values the rest of the chart contradicts (the documented value was used).
    pub fn fact_conflicts(&self) -> Vec<String> {
        self.facts
            .conflicts
            .iter()
            .map(|c| {
                format!(
                    "{}: documented {}, but the chart implies {} ({}); the documented value was used — please confirm",
                    fact_label(&c.fact),
                    c.documented,
                    c.inferred,
                    c.reason
                )
            })
            .collect()
    }
}

/// What the missing fact means for the documentation request.
pub fn missing_message(fact: &str) -> String {
    let Some(what) = fact_name(fact) else { return format!("{fact} not documented") };
    let mut s = format!("{what} not documented");
    if let Some(first) = s.get(..1) {
        s = first.to_uppercase() + &s[1..];
    }
    s
}

/// A fact's name for people ("menopausal status"), or its vocabulary name.
pub fn fact_label(fact: &str) -> String {
    fact_name(fact).map(str::to_string).unwrap_or_else(|| fact.to_string())
}

fn fact_name(fact: &str) -> Option<&'static str> {
    Some(match fact {
        "her2_class" => "HER2 expression class (positive, low, ultralow, zero)",
        "akt1" => "AKT1 mutation status",
        "pten" => "PTEN alteration status",
        "ret" => "RET fusion/mutation status",
        "met" => "MET exon 14 skipping / amplification status",
        "ntrk" => "NTRK fusion status",
        "erbb2" => "ERBB2 (HER2) mutation status",
        "sidedness" => "primary tumour side (left or right colon)",
        "positive_nodes" => "number of positive lymph nodes",
        "cps_eg" => "CPS+EG score",
        "psa_doubling_time" => "PSA doubling time",
        "mcspc_risk" => "LATITUDE risk (high or low) of metastatic castration-sensitive disease",
        "prior_classes" => "prior drug classes",
        "dx" => "a cancer diagnosis",
        "histology" => "the histologic type",
        "stage" => "the stage group",
        "t" => "the T category",
        "n" => "the N category (nodal status)",
        "m" => "the M category (metastatic status)",
        "er" => "estrogen receptor status",
        "pr" => "progesterone receptor status",
        "hr" => "hormone receptor (ER/PR) status",
        "her2" => "HER2 status",
        "her2_ihc" => "HER2 IHC score",
        "egfr" => "EGFR mutation status",
        "alk" => "ALK rearrangement status",
        "ros1" => "ROS1 rearrangement status",
        "kras" => "KRAS mutation status",
        "nras" => "NRAS mutation status",
        "braf" => "BRAF mutation status",
        "brca" => "BRCA1/2 status",
        "hrr" => "HRR gene alteration status",
        "pik3ca" => "PIK3CA mutation status",
        "esr1" => "ESR1 mutation status",
        "pdl1_cps" => "PD-L1 combined positive score",
        "pdl1_tps" => "PD-L1 tumor proportion score",
        "msi" => "microsatellite instability status",
        "mmr" => "mismatch-repair status",
        "psa" => "PSA",
        "grade_group" => "Gleason grade group",
        "castration" => "castration status (castration-sensitive or -resistant)",
        "volume" => "disease volume",
        "psma" => "PSMA PET status",
        "ecog" => "ECOG performance status",
        "residual_disease" => "residual disease after neoadjuvant therapy",
        "resectable" => "resectability",
        "liver_only_metastases" => "whether the metastases are confined to the liver",
        "prior_lines" => "prior lines of therapy",
        "prior_therapies" => "prior systemic therapies in any setting",
        "prior_drugs" => "prior systemic therapy",
        "prior_procedures" => "prior procedures",
        "menopause" => "menopausal status",
        "age" => "date of birth",
        "sex" => "sex",
        "surgery" => "cancer surgery (resection) and its date",
        "progression" => "disease progression status",
        "recurrence" => "recurrence status",
        "diagnosis" => "the date of diagnosis",
        "radiotherapy_end" => "the end of radiotherapy",
        "chemotherapy_end" => "the end of chemotherapy",
        _ => return None,
    })
}

/// The patient's events normalised from FHIR resources held in memory (a CDS Hooks
/// prefetch, a PAS bundle, an evaluation case) — the same normalisation ingest uses — with
/// what their notes say (a letter of medical necessity attached as a DocumentReference, a
/// tumour board's Composition, a report's text), read by the rule-based extractor and merged
/// as the stored timeline merges the workers' note events.
pub fn events_from_resources<'a>(resources: impl IntoIterator<Item = &'a Value>) -> Vec<TimelineEvent> {
    let resources: Vec<&Value> = resources.into_iter().collect();
    let structured = structured_events(&resources);
    let binaries: std::collections::HashMap<String, &Value> = resources
        .iter()
        .filter(|r| r["resourceType"] == "Binary")
        .filter_map(|r| Some((r["id"].as_str()?.to_string(), *r)))
        .collect();
    let binary = |id: &str| binaries.get(id).map(|b| (*b).clone());
    let mut notes = Vec::new();
    for r in &resources {
        let (Some(rt), Some(id)) = (r["resourceType"].as_str(), r["id"].as_str()) else { continue };
        // A report's conclusion is read by the normaliser already (with the report's own
        // rules: a PSMA result, "no progression", an NGS report's therapy lists); the notes
        // are the documents: letters, consult and tumour-board notes.
        if rt == "DiagnosticReport" || !crate::notes::source::has_note(rt, r) {
            continue;
        }
        // A note that cannot be read (no date, an unreadable attachment) adds nothing; the
        // structured record still decides.
        if let Ok(note) = crate::notes::source::note_of(rt, id, r, &binary) {
            // A drug the note names without a date ("Plan: docetaxel 75 mg/m2 q3w", "after
            // FOLFOX-panitumumab") says nothing of when it was given: the structured record
            // dates therapy; the note adds the facts it states.
            notes.extend(crate::notes::rules::RuleExtractor.extract(&note).events.into_iter().filter(|e| {
                e.category != crate::twin::history::Category::SystemicTherapy
                    || matches!(e.detail("date_from"), Some("text" | "list_item"))
            }));
        }
    }
    if notes.is_empty() {
        return structured;
    }
    crate::notes::merge::merge(structured, notes)
}

fn structured_events(resources: &[&Value]) -> Vec<TimelineEvent> {
    // Medications and Specimens sent as resources of their own, for the resources that
    // reference them.
    let referenced: std::collections::HashMap<String, &Value> = resources
        .iter()
        .filter(|r| matches!(r["resourceType"].as_str(), Some("Medication" | "Specimen")))
        .filter_map(|r| Some((format!("{}/{}", r["resourceType"].as_str()?, r["id"].as_str()?), *r)))
        .collect();
    let mut events = Vec::new();
    for r in resources.iter().copied() {
        let (Some(rt), Some(id)) = (r["resourceType"].as_str(), r["id"].as_str()) else {
            continue;
        };
        if !history::normalise::may_have_events(rt) {
            continue;
        }
        match history::normalise::with_referenced(r, |x| referenced.get(x).copied()) {
            Some(inlined) => events.extend(history::normalise::normalise(rt, id, &inlined)),
            None => events.extend(history::normalise::normalise(rt, id, r)),
        }
    }
    events
}

fn hash_inputs(facts: &PatientFacts, service: &RequestedService, version: &str) -> String {
    let mut h = blake3::Hasher::new();
    h.update(&serde_json::to_vec(facts).unwrap_or_default());
    h.update(&serde_json::to_vec(service).unwrap_or_default());
    h.update(version.as_bytes());
    h.finalize().to_hex().to_string()
}

/// The pathway ids and versions of the set.
pub fn set_version(set: &PathwaySet) -> String {
    set.pathways().iter().map(|p| format!("{}@{}", p.id, p.version)).collect::<Vec<_>>().join(",")
}

/// Whether a node gives its drug with others: its title, before any parenthesis, joins
/// drugs with "with" or "plus" ("Cemiplimab with platinum-based chemotherapy",
/// "Encorafenib with binimetinib").
fn is_combination(title: &str) -> bool {
    let head = title.split('(').next().unwrap_or(title).to_ascii_lowercase().replace(" with or without ", " ");
    [" with ", " plus ", " + "].iter().any(|w| head.contains(w))
}

/// Candidate order: met first, then unknown with fewest missing facts, then by tier.
fn rank(c: &Candidate) -> (u8, usize, u8) {
    let truth = match c.result {
        Truth::Met => 0,
        Truth::Unknown => 1,
        Truth::NotMet => 2,
    };
    let missing = c.checklist.unknown().len();
    let tier = match c.category {
        Category::Preferred => 0,
        Category::OtherRecommended => 1,
        _ => 2,
    };
    (truth, missing, tier)
}

/// Decides from facts already derived. Pure: no store, no clock except the timing.
pub fn decide(set: &PathwaySet, report: FactsReport, service: RequestedService) -> Decision {
    let started = Instant::now();
    let mut candidates = Vec::new();
    let (lookup, coding_notes) = with_successors(set, service.lookup_codes(), report.as_of);
    // With more than one cancer on record, a node is checked against the facts of its own
    // cancer (a lung HER2 result is not the breast tumour's): the one the request names as
    // its reason, else the latest of that pathway.
    let requested: Vec<&str> =
        service.reasons.iter().filter_map(|r| report.cancer_of.get(r)).map(String::as_str).collect();
    let of_pathway = |key: &str, pathway: &str| key.split('@').next() == Some(pathway);
    let facts_for = |pathway: &str| {
        requested
            .iter()
            .find(|k| of_pathway(k, pathway))
            .and_then(|k| report.by_cancer.get(*k))
            .or_else(|| report.by_cancer.get(pathway))
            .unwrap_or(&report)
    };
    for (system, code) in lookup {
        for support in set.support_cached(system, &code).iter() {
            if candidates.iter().any(|c: &Candidate| c.pathway == support.key.pathway && c.node == support.key.node) {
                continue;
            }
            let (Some(pathway), Some(node)) =
                (set.get(&support.key.pathway), set.get(&support.key.pathway).and_then(|p| p.node(&support.key.node)))
            else {
                continue;
            };
            let facts = &facts_for(&pathway.id).facts;
            let starting = checklist::started_drugs(facts);
            // A drug requested by its HCPCS code is the node's drug that code names.
            let named: Vec<String>;
            let ingredients = if service.ingredients.is_empty() {
                named =
                    node.drugs.iter().filter(|d| d.is_coded(system, &code)).map(|d| d.rxnorm.code.clone()).collect();
                &named
            } else {
                &service.ingredients
            };
            let checklist = checklist::build(support, node, facts, &starting, ingredients, service.duration_days);
            candidates.push(Candidate {
                pathway: pathway.id.clone(),
                pathway_version: pathway.version.clone(),
                node: node.id.clone(),
                title: node.title.clone(),
                category: node.category,
                sources: node.sources.clone(),
                result: checklist.result,
                checklist,
            });
        }
    }
    // A pathway whose entry (diagnosis) the patient does not meet says little: prefer
    // candidates in a pathway the patient is on. With more than one cancer on record, the
    // cancer the request names as its reason comes first: encorafenib for the colorectal
    // cancer is answered on the colorectal node even when the lung cancer's BRAF V600E
    // would meet the lung one.
    // An order for the drug alone is not answered on a node that gives it with others.
    let combination = |c: &Candidate| service.monotherapy && is_combination(&c.title);
    candidates.sort_by_key(|c| {
        (!requested.is_empty() && !requested.iter().any(|k| of_pathway(k, &c.pathway)), combination(c), rank(c))
    });
    let version = set_version(set);
    let inputs_hash = hash_inputs(&report.facts, &service, &version);
    let name = service.name();

    let (outcome, chosen, summary, reasons, missing, contradicted) = match candidates.first() {
        None => {
            let reason = format!(
                "off-pathway: no node of the shipped pathways ({}) supports {} {}",
                set.pathways().iter().map(|p| p.id.as_str()).collect::<Vec<_>>().join(", "),
                service.system_label(),
                service.code
            );
            let summary = format!("{name}: off-pathway — refer to a reviewer");
            (Verdict::ReferToReviewer, None, summary, vec![reason], Vec::new(), Vec::new())
        }
        Some(best) => match best.result {
            Truth::Met => {
                let summary = format!("{name}: supported — {} ({})", best.title, best.pathway);
                let reason = format!(
                    "every criterion of pathway node `{}/{}` is met, each with evidence",
                    best.pathway, best.node
                );
                (Verdict::Supported, Some(0), summary, vec![reason], Vec::new(), Vec::new())
            }
            Truth::Unknown => {
                let missing_of = |c: &Candidate| -> Vec<String> {
                    c.checklist.unknown().iter().flat_map(|l| l.missing.iter()).fold(Vec::new(), |mut acc, m| {
                        if !acc.contains(m) {
                            acc.push(m.clone());
                        }
                        acc
                    })
                };
                let messages =
                    |facts: &[String]| facts.iter().map(|f| missing_message(f)).collect::<Vec<_>>().join("; ");
                let first = missing_of(best);
                let list = messages(&first);
                let summary = format!("{name}: documentation needed — {list}");
                let mut reasons = vec![format!(
                    "nothing in the record contradicts pathway node `{}/{}`, but it cannot be confirmed: {list}",
                    best.pathway, best.node
                )];
                // The other nodes the record leaves open, each with what would confirm it: the
                // desk documents whichever is the patient's situation (a stage II tumour's
                // size and nodes for neoadjuvant therapy, not a recurrence for the metastatic
                // route that needs fewer facts).
                let mut all = first;
                for other in candidates.iter().skip(1).filter(|c| c.result == Truth::Unknown).take(3) {
                    let theirs = missing_of(other);
                    reasons.push(format!(
                        "or pathway node `{}/{}` ({}): {}",
                        other.pathway,
                        other.node,
                        other.title,
                        messages(&theirs)
                    ));
                    for fact in theirs {
                        if !all.contains(&fact) {
                            all.push(fact);
                        }
                    }
                }
                let missing: Vec<MissingFact> =
                    all.into_iter().map(|fact| MissingFact { message: missing_message(&fact), fact }).collect();
                (Verdict::NeedsDocumentation, Some(0), summary, reasons, missing, Vec::new())
            }
            Truth::NotMet => {
                let contradicted: Vec<Contradiction> = best
                    .checklist
                    .contradicted()
                    .iter()
                    .map(|l| Contradiction {
                        criterion: l.label.clone(),
                        section: l.section,
                        evidence: l.evidence.clone(),
                    })
                    .collect();
                let first = contradicted.first().map(|c| c.criterion.clone()).unwrap_or_default();
                let summary = format!("{name}: refer to a reviewer — record contradicts `{first}`");
                let reasons = candidates
                    .iter()
                    .take(4)
                    .map(|c| {
                        let leaves: Vec<String> =
                            c.checklist.contradicted().iter().map(|l| format!("`{}`", l.label)).collect();
                        format!(
                            "{}/{} ({}): the record does not meet {}",
                            c.pathway,
                            c.node,
                            c.title,
                            leaves.join(", ")
                        )
                    })
                    .collect();
                (Verdict::ReferToReviewer, Some(0), summary, reasons, Vec::new(), contradicted)
            }
        },
    };
    let summary = shorten(&summary, 139);
    // The facts the answer rests on: the chosen node's cancer's, when there are several.
    let mut facts = match candidates.first() {
        Some(c) => facts_for(&c.pathway).clone(),
        None => report.clone(),
    };
    facts.by_cancer.clear();
    let reasons = coding_notes.into_iter().chain(reasons).collect();
    Decision {
        id: uuid::Uuid::new_v4().to_string(),
        patient_id: report.patient_id.clone(),
        as_of: report.as_of,
        service,
        outcome,
        summary,
        reasons,
        missing,
        contradicted,
        chosen,
        candidates,
        pathway_version: version,
        inputs_hash,
        facts,
        created_at: Utc::now().to_rfc3339_opts(SecondsFormat::Millis, true),
        elapsed_us: started.elapsed().as_micros() as u64,
    }
}

/// The codes to look up: each requested code, a HCPCS drug code's RxNorm ingredient, and,
/// for a code its publisher retired (HCPCS J8520, oral capecitabine), its successor, with a
/// note for the desk saying so.
fn with_successors(
    set: &PathwaySet,
    codes: Vec<(CodeSystem, String)>,
    date: NaiveDate,
) -> (Vec<(CodeSystem, String)>, Vec<String>) {
    let label = |s: CodeSystem| request::system_label(s.prefix());
    let mut out = codes.clone();
    let mut notes = Vec::new();
    let add = |out: &mut Vec<(CodeSystem, String)>, system: CodeSystem, code: &str| {
        // A HCPCS drug code also stands for its ingredient (a biosimilar's Q-code is the
        // reference product's drug on every node that gives it).
        let mut next = vec![(system, code.to_string())];
        if system == CodeSystem::Hcpcs {
            next.extend(set.ingredients_of(system, code).into_iter().map(|c| (c.system, c.code)));
        }
        for n in next {
            if !out.contains(&n) {
                out.push(n);
            }
        }
    };
    for (system, code) in &codes {
        add(&mut out, *system, code);
        let Some(retired) = set.code_table().and_then(|t| t.retired(*system, code)) else {
            continue;
        };
        add(&mut out, retired.replaced_by.system, &retired.replaced_by.code);
        let when = if date > retired.end_date { "was end-dated" } else { "is end-dated" };
        notes.push(format!(
            "coding: {} {code} ({}) {when} {}; decided as its successor {} {} — resubmit with the current code",
            label(*system),
            retired.display,
            retired.end_date,
            label(retired.replaced_by.system),
            retired.replaced_by.code
        ));
    }
    (out, notes)
}

/// `s` cut to at most `max` characters on a char boundary, with an ellipsis when cut.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Errors of the store-backed decision.
#[derive(Debug, thiserror::Error)]
pub enum NecessityError {
    #[error(transparent)]
    History(#[from] HistoryError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Request(#[from] RequestError),
}

/// Decides for a stored patient (facts from the stored timeline) and stores the decision.
pub async fn decide_stored(
    store: &Store,
    set: &PathwaySet,
    patient_id: &str,
    service: RequestedService,
    as_of: NaiveDate,
    origin: &str,
) -> Result<Decision, NecessityError> {
    let started = Instant::now();
    let report = history::facts(store, set, patient_id, as_of).await?;
    let mut decision = decide(set, report, service);
    decision.elapsed_us = started.elapsed().as_micros() as u64;
    store.put_decision(&decision, origin).await?;
    Ok(decision)
}

/// Decides from resources held in memory (no stored patient needed).
pub fn decide_resources(
    set: &PathwaySet,
    patient_id: &str,
    resources: &[Value],
    service: RequestedService,
    as_of: NaiveDate,
) -> Decision {
    let started = Instant::now();
    let events = events_from_resources(resources);
    let report = history::facts_by_cancer(patient_id, &events, as_of, set);
    let mut decision = decide(set, report, service);
    decision.elapsed_us = started.elapsed().as_micros() as u64;
    decision
}
