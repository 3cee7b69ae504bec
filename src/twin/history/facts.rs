//! Patient facts derived from timeline events, as known on a given date, in the vocabulary
//! the pathway criteria use ([`oncotwin_pathway::PatientFacts`]).
//!
//! "Known on D" means: from the events dated on or before D, with every interval clipped to
//! D, and regimens and lines regrouped from those events alone — so a line that a later
//! progression would split is still one line on D. (The event date is the clinical date; a
//! result entered late is treated as known on its clinical date.) Each fact's evidence lists
//! the FHIR resources behind it, and [`FactsReport::derivation`] the events and the rule.

use super::codes;
use super::event::{Category, EventValue, TimelineEvent};
use super::therapy::{self, Derived};
use chrono::{Datelike, NaiveDate};
use oncotwin_pathway::facts::{FactType, FactValue, Graded, TnmAxis, UNSPECIFIED};
use oncotwin_pathway::{Code, CodeSystem, PatientFacts};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// How one fact was derived.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactDerivation {
    /// Timeline event ids the value rests on.
    pub events: Vec<String>,
    /// The rule that turned them into the value; for an inferred fact, `inferred: ` and the
    /// reason ("inferred: age 63 ≥ 60 (postmenopausal by age)").
    pub rule: String,
    /// The chart implies the value rather than stating it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub inferred: bool,
}

/// A documented value that disagrees with what the rest of the chart implies. The
/// documented value is used; the disagreement is shown to the reviewer, never resolved
/// silently.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactConflict {
    pub fact: String,
    /// The documented value (the one used).
    pub documented: String,
    /// The value the chart implies, and why.
    pub inferred: String,
    pub reason: String,
    /// Evidence (FHIR references) behind the inference.
    pub evidence: Vec<String>,
}

/// Facts as of a date, with how each was derived.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactsReport {
    pub patient_id: String,
    pub as_of: NaiveDate,
    pub facts: PatientFacts,
    pub derivation: BTreeMap<String, FactDerivation>,
    /// Documented values the chart contradicts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<FactConflict>,
    /// With more than one cancer on record, each cancer's facts, read from its own events
    /// only (by pathway id; an earlier cancer of the same pathway as `pathway@diagnosis-date`,
    /// [`crate::twin::navigation::cancers::cancer_keys`]) ([`crate::twin::navigation::cancers::split`]): a HER2 result, a
    /// stage or a line of therapy of one cancer is not the other's.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub by_cancer: BTreeMap<String, FactsReport>,
    /// With more than one cancer on record, the cancer (its `by_cancer` key) of each
    /// Condition that stands for one (a primary, its stage Observations, a metastasis linked to it).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub cancer_of: BTreeMap<String, String>,
}

impl FactsReport {
    /// The facts that were inferred, with their reasons.
    pub fn inferred(&self) -> impl Iterator<Item = (&str, &FactDerivation)> {
        self.derivation.iter().filter(|(_, d)| d.inferred).map(|(k, d)| (k.as_str(), d))
    }
}

/// Metastatic disease that progressed, or a post-neoadjuvant (yp) stage, with no antineoplastic drug on record before the current request
/// (nothing first given more than 30 days before the as-of date: "treated first line at an
/// outside institution"): the therapy history is missing, not empty. The prior drugs, classes
/// and lines are then unknown — documentation to ask for — rather than "none", which would
/// contradict every node that needs an earlier line.
fn unrecorded_therapy(b: &mut Builder, known: &[TimelineEvent], as_of: NaiveDate) {
    let progressed = matches!(b.facts.get("progression").map(|f| &f.value), Some(FactValue::Event(Some(_))));
    let earlier_drug = known.iter().any(|e| {
        e.category == Category::SystemicTherapy
            && matches!(&e.value, Some(EventValue::Drug { class, .. })
                if !matches!(class, codes::DrugClass::Companion | codes::DrugClass::Supportive))
            && (as_of - e.date).num_days() > 30
    });
    // Biochemical recurrence after local therapy needs no systemic history: metastatic only.
    let fact_says =
        |name: &str, prefix: &str| b.facts.get(name).is_some_and(|f| f.value.to_string().starts_with(prefix));
    let metastatic = fact_says("m", "M1")
        || fact_says("stage", "IV")
        || known.iter().any(|e| {
            e.kind == "metastasis"
                || (e.category == Category::Staging && e.kind == "m" && e.label.contains("M1"))
                || (e.category == Category::Staging && e.kind == "stage_group" && e.label.contains("IV"))
        });
    // A post-neoadjuvant stage ("ypT2 ypN2a") says neoadjuvant therapy was given.
    let after_neoadjuvant =
        known.iter().any(|e| e.category == Category::Staging && e.label.to_ascii_lowercase().starts_with("yp"));
    if earlier_drug || !((progressed && metastatic) || after_neoadjuvant) {
        return;
    }
    for fact in ["prior_drugs", "prior_classes", "prior_lines", "prior_therapies"] {
        b.facts.facts.remove(fact);
        b.derivation.remove(fact);
    }
}

/// Chemotherapy counts as ended when its last dose is at least this many days back.
const CHEMO_ENDED_DAYS: i64 = 28;

/// Builds the facts known on `as_of` from a patient's events (any order).
pub fn facts_as_of(patient_id: &str, events: &[TimelineEvent], as_of: NaiveDate) -> FactsReport {
    let mut known: Vec<TimelineEvent> = events
        .iter()
        .filter(|e| e.date <= as_of)
        .cloned()
        .map(|mut e| {
            if e.end.is_some_and(|end| end > as_of) {
                e.end = Some(as_of);
            }
            e
        })
        .collect();
    super::event::sort_events(&mut known);
    let derived = therapy::derive(&known);
    let mut b = Builder { facts: PatientFacts::new(as_of), derivation: BTreeMap::new(), conflicts: Vec::new() };
    let of = |category: Category, kind: &str| -> Vec<&TimelineEvent> {
        known.iter().filter(|e| e.category == category && e.kind == kind).collect()
    };

    // Demographics.
    if let Some(birth) = of(Category::Patient, "birth").last().copied() {
        if let Some(sex) = birth.detail("sex").filter(|s| matches!(*s, "female" | "male")) {
            b.set("sex", FactValue::Word(sex.into()), &[birth], birth.date, "Patient.gender");
        }
        let mut age = as_of.year() - birth.date.year();
        if (as_of.month(), as_of.day()) < (birth.date.month(), birth.date.day()) {
            age -= 1;
        }
        b.set("age", FactValue::Number(age as f64), &[birth], as_of, "years from Patient.birthDate to the as-of date");
    }

    // Diagnosis.
    let primaries = of(Category::Diagnosis, "primary_cancer");
    if !primaries.is_empty() {
        let dx: BTreeSet<Code> = primaries.iter().flat_map(|p| diagnosis_codes(p)).collect();
        let first = primaries.iter().map(|p| p.date).min().unwrap_or(as_of);
        let latest = primaries.iter().map(|p| p.date).max().unwrap_or(as_of);
        b.set(
            "dx",
            FactValue::Codes(dx.into_iter().collect()),
            &primaries,
            latest,
            "primary cancer Conditions: their codes, plus the curated ICD-10-CM crosswalk and parent concept",
        );
        let earliest: Vec<&TimelineEvent> = primaries.iter().copied().filter(|p| p.date == first).collect();
        b.set("diagnosis", FactValue::Event(Some(first)), &earliest, first, "earliest primary cancer onset");

        // Histology: the latest specific type from a histology observation or a diagnosis
        // (mCODE extension or name); "NSCLC, not otherwise specified" only when nothing
        // more specific is recorded.
        let mut candidates: Vec<(&TimelineEvent, String)> = of(Category::Diagnosis, "histology")
            .into_iter()
            .filter_map(|e| e.result().map(|r| (e, r.to_string())))
            .chain(primaries.iter().filter_map(|p| p.detail("histology").map(|h| (*p, h.to_string()))))
            .collect();
        candidates.sort_by_key(|(e, _)| e.date);
        let generic = |w: &str| matches!(w, "nsclc_nos" | "other");
        let histology = candidates
            .iter()
            .rev()
            .find(|(_, w)| !generic(w.as_str()))
            .or(candidates.last())
            .map(|(e, w)| (*e, w.clone()));
        // "Non-small cell carcinoma, NOS" says the subtype was not typed: squamous or not is
        // still to be documented (pemetrexed's label is nonsquamous only).
        if let Some((e, word)) = histology.filter(|(_, w)| w != "nsclc_nos") {
            b.set("histology", FactValue::Word(word), &[e], e.date, "latest histology (ICD-O-3 / SNOMED morphology)");
        }
    }

    // Stage and TNM: the latest; on the same day a pathological value wins over a clinical one.
    let graded = |kind: &str| -> Option<(&TimelineEvent, String)> {
        of(Category::Staging, kind)
            .into_iter()
            .filter_map(|e| match &e.value {
                Some(EventValue::Graded { text, prefix }) => {
                    Some((e, text.clone(), prefix.starts_with('p') || prefix == "yp"))
                }
                _ => None,
            })
            // Latest; then pathological over clinical; then a staging Observation over a stage
            // read from a Condition; then the more specific (IIIA over III).
            .max_by_key(|(e, text, pathological)| (e.date, *pathological, e.detail("from").is_none(), text.len()))
            .map(|(e, t, _)| (e, t))
    };
    if let Some((e, text)) = graded("stage_group") {
        if let Some(g) = Graded::parse_stage(&text) {
            b.set(
                "stage",
                FactValue::Graded(g),
                &[e],
                e.date,
                "latest stage group (pathological over clinical on the same day)",
            );
        }
    }
    for (kind, axis) in [("t", TnmAxis::T), ("n", TnmAxis::N), ("m", TnmAxis::M)] {
        if let Some((e, text)) = graded(kind) {
            if let Some(g) = Graded::parse_tnm(axis, &text) {
                b.set(kind, FactValue::Graded(g), &[e], e.date, "latest TNM category (prefix dropped)");
            }
        }
    }

    // Receptors and qualitative markers: the latest result.
    for (fact, key, allowed) in [
        ("er", "er", &["positive", "negative"][..]),
        ("pr", "pr", &["positive", "negative"][..]),
        // An equivocal HER2 (IHC 2+ before its ISH) is no status: the ISH decides it, and
        // until one is on record HER2 is not documented (never contradicted).
        ("her2", "her2", &["positive", "negative"][..]),
        ("msi", "msi", &["high", "low", "stable"][..]),
        ("mmr", "mmr", &["deficient", "proficient"][..]),
    ] {
        // A result only a note states ("history of HER2-positive breast cancer", a referral
        // quoted) is a restatement whose test date the note seldom gives: a result the record
        // holds as data comes first.
        let results: Vec<&TimelineEvent> = of(Category::Biomarker, key)
            .into_iter()
            .filter(|e| e.result().is_some_and(|r| allowed.contains(&r)))
            .collect();
        let latest = results.iter().rfind(|e| e.detail("origin") != Some("note")).or_else(|| results.last()).copied();
        if let Some(e) = latest {
            b.set(fact, FactValue::Word(e.result().unwrap_or_default().into()), &[e], e.date, "latest result");
        }
    }
    hormone_receptor_status(&mut b, &known);
    if let Some(e) = known.iter().rfind(|e| e.kind == "history_pending") {
        b.set(
            "history_pending",
            FactValue::Bool(true),
            &[e],
            e.date,
            "the record says prior treatment records are outstanding",
        );
    }
    mmr_from_proteins(&mut b, &known);
    if let Some(e) = known.iter().rfind(|e| e.kind == "psma_pet" && e.result().is_some()) {
        b.set("psma", FactValue::Word(e.result().unwrap_or_default().into()), &[e], e.date, "latest PSMA PET result");
    }
    if let Some(e) = known.iter().rfind(|e| e.kind == "resectability" && e.result().is_some()) {
        b.set("resectable", FactValue::Bool(e.result() == Some("true")), &[e], e.date, "documented resectability");
    }
    if let Some(e) = of(Category::Biomarker, "her2").into_iter().rfind(|e| e.detail("ihc_score").is_some()) {
        if let Some(score) = e.detail("ihc_score").and_then(|s| s.parse::<f64>().ok()) {
            b.set("her2_ihc", FactValue::Number(score), &[e], e.date, "latest HER2 IHC score");
        }
    }
    for (fact, key) in [("pdl1_tps", "pdl1_tps"), ("pdl1_cps", "pdl1_cps"), ("psa", "psa")] {
        let latest =
            of(Category::Biomarker, key).into_iter().rfind(|e| matches!(e.value, Some(EventValue::Quantity { .. })));
        if let Some(e) = latest {
            if let Some(EventValue::Quantity { value, .. }) = &e.value {
                b.set(fact, FactValue::Number(*value), &[e], e.date, "latest value");
            }
        }
    }
    if let Some(e) = of(Category::Diagnosis, "grade_group").into_iter().next_back() {
        if let Some(EventValue::Quantity { value, .. }) = &e.value {
            b.set("grade_group", FactValue::Number(*value), &[e], e.date, "latest ISUP grade group");
        }
    }
    if let Some(e) =
        of(Category::Diagnosis, "grade").into_iter().rfind(|e| matches!(e.value, Some(EventValue::Quantity { .. })))
    {
        if let Some(EventValue::Quantity { value, .. }) = &e.value {
            b.set("grade", FactValue::Number(*value), &[e], e.date, "latest histologic grade of the primary tumour");
        }
    }

    // Genomics: for each gene, every alteration found so far; tested and none found = wildtype.
    let variants: Vec<VariantFinding> = known
        .iter()
        .filter(|e| e.category == Category::Biomarker)
        .filter_map(|e| match &e.value {
            Some(EventValue::Variant { gene, present, alteration, origin, .. }) => {
                Some((e, gene.as_str(), *present, alteration.as_deref(), origin.as_deref()))
            }
            _ => None,
        })
        .collect();
    let gene_fact = |b: &mut Builder,
                     fact: &str,
                     genes: &[&str],
                     germline_only: bool,
                     word_of: &dyn Fn(&str, &str) -> Option<String>| {
        let relevant: Vec<_> = variants
            .iter()
            .filter(|(_, g, ..)| genes.contains(g))
            .filter(|(_, _, present, _, origin)| {
                !germline_only || !present || origin.is_some_and(|o| o.contains("germline"))
            })
            .collect();
        if relevant.is_empty() {
            return;
        }
        let def = oncotwin_pathway::facts::fact_def(fact).expect("fact in vocabulary");
        let mut words: BTreeSet<String> = BTreeSet::new();
        let mut evidence = Vec::new();
        for (e, gene, present, alteration, _) in &relevant {
            if *present {
                // A mutation reported without its variant ("BRAF-mutant"): `unspecified` where
                // the fact names variants, else what the gene's rule makes of any alteration.
                let word = match alteration {
                    None | Some(UNSPECIFIED) if matches!(def.ty, FactType::Variants(w) if w.contains(&UNSPECIFIED)) => {
                        Some(UNSPECIFIED.to_string())
                    }
                    a => word_of(gene, a.unwrap_or("other")),
                };
                if let Some(w) = word {
                    words.insert(w);
                    evidence.push(*e);
                }
            }
        }
        // The same mutation reported twice, once with its variant and once without ("BRAF
        // G469A" in the NGS report, "BRAF-mutant" in a note): the variant says which.
        if words.len() > 1 {
            words.remove(UNSPECIFIED);
        }
        let value = FactValue::Variants(words.into_iter().collect());
        if !value.fits(def.ty) {
            return;
        }
        let (evidence, rule) = if evidence.is_empty() {
            (relevant.iter().map(|(e, ..)| *e).collect::<Vec<_>>(), "tested; no alteration found (wildtype)")
        } else {
            (evidence, "alterations found")
        };
        let latest = evidence.iter().map(|e| e.date).max().unwrap_or(as_of);
        b.set(fact, value, &evidence, latest, rule);
    };
    let same = |allowed: &'static [&'static str], fallback: &'static str| {
        move |_: &str, a: &str| -> Option<String> {
            if allowed.contains(&a) {
                Some(a.to_string())
            } else if allowed.contains(&fallback) {
                Some(fallback.to_string())
            } else {
                None
            }
        }
    };
    gene_fact(
        &mut b,
        "egfr",
        &["EGFR"],
        false,
        &same(&["exon19del", "l858r", "t790m", "exon20ins", "g719x", "l861q", "s768i", "other"], "other"),
    );
    gene_fact(&mut b, "alk", &["ALK"], false, &same(&["fusion"], "-"));
    gene_fact(&mut b, "ros1", &["ROS1"], false, &same(&["fusion"], "-"));
    gene_fact(&mut b, "kras", &["KRAS"], false, &same(&["g12c", "g12d", "g12v", "g13d", "other"], "other"));
    gene_fact(&mut b, "braf", &["BRAF"], false, &same(&["v600e", "other"], "other"));
    gene_fact(&mut b, "nras", &["NRAS"], false, &|_, _| Some("mutated".into()));
    gene_fact(&mut b, "pik3ca", &["PIK3CA"], false, &|_, _| Some("mutated".into()));
    gene_fact(&mut b, "esr1", &["ESR1"], false, &|_, _| Some("mutated".into()));
    gene_fact(&mut b, "akt1", &["AKT1"], false, &|_, _| Some("mutated".into()));
    gene_fact(&mut b, "pten", &["PTEN"], false, &|_, _| Some("altered".into()));
    gene_fact(&mut b, "ret", &["RET"], false, &same(&["fusion", "mutation"], "mutation"));
    gene_fact(&mut b, "met", &["MET"], false, &same(&["exon14skip", "amplification", "other"], "other"));
    gene_fact(&mut b, "ntrk", &["NTRK", "NTRK1", "NTRK2", "NTRK3"], false, &same(&["fusion"], "fusion"));
    gene_fact(&mut b, "erbb2", &["ERBB2"], false, &|_, a| (a != "amplification").then(|| "mutated".into()));
    gene_fact(&mut b, "brca", &["BRCA1", "BRCA2"], true, &|g, _| Some(g.to_ascii_lowercase()));
    // "RAS wild-type" needs KRAS and NRAS exons 2, 3 and 4 tested (labels of cetuximab and
    // panitumumab; CPT 81275 + 81276 + 81311, or a panel): a negative KRAS codon 12/13 (exon
    // 2) test alone does not make KRAS wild-type for the pathways.
    for (fact, gene) in [("kras", "KRAS"), ("nras", "NRAS")] {
        let wild = b.facts.get(fact).is_some_and(|f| f.value == FactValue::Variants(Vec::new()));
        if !wild {
            continue;
        }
        let tests: Vec<String> = variants
            .iter()
            .filter(|(_, g, ..)| *g == gene)
            .map(|(e, ..)| {
                format!(
                    "{} {} {}",
                    e.label,
                    e.detail("test").unwrap_or_default(),
                    e.detail("reported").unwrap_or_default()
                )
                .to_ascii_lowercase()
            })
            .collect();
        let extended = |t: &str| {
            [
                "exon 3",
                "exon 4",
                "exons 2",
                "exon 2-4",
                "exons 2-4",
                "2, 3",
                "extended",
                "panel",
                "ngs",
                "next-generation",
                "sequencing",
                "61",
                "117",
                "146",
            ]
            .iter()
            .any(|w| t.contains(w))
        };
        let limited = |t: &str| {
            ["codon 12", "codons 12", "codon 13", "exon 2 ", "exon 2)", "12/13"].iter().any(|w| t.contains(w))
        };
        if !tests.is_empty() && tests.iter().all(|t| limited(t) && !extended(t)) {
            b.facts.facts.remove(fact);
            b.derivation.remove(fact);
        }
    }
    let hrr_genes =
        ["BRCA1", "BRCA2", "ATM", "CDK12", "CHEK2", "PALB2", "BARD1", "BRIP1", "RAD51C", "RAD51D", "RAD54L", "FANCL"];
    gene_fact(&mut b, "hrr", &hrr_genes, false, &|g, _| {
        let lower = g.to_ascii_lowercase();
        Some(if ["brca1", "brca2", "atm", "cdk12", "chek2", "palb2"].contains(&lower.as_str()) {
            lower
        } else {
            "other".into()
        })
    });

    // Performance status: the latest ECOG, or the latest Karnofsky if more recent (mapped
    // 100–90 → 0, 80–70 → 1, 60–50 → 2, 40–30 → 3, 20–10 → 4, Oken et al. 1982).
    let ps = known
        .iter()
        .rfind(|e| e.category == Category::PerformanceStatus && matches!(e.value, Some(EventValue::Quantity { .. })));
    if let Some(e) = ps {
        if let Some(EventValue::Quantity { value, .. }) = &e.value {
            if e.kind == "ecog" {
                b.set("ecog", FactValue::Number(*value), &[e], e.date, "latest ECOG");
            } else {
                let ecog = match *value as i64 {
                    90..=100 => 0.0,
                    70..=89 => 1.0,
                    50..=69 => 2.0,
                    30..=49 => 3.0,
                    _ => 4.0,
                };
                b.set("ecog", FactValue::Number(ecog), &[e], e.date, "latest Karnofsky, mapped to ECOG");
            }
        }
    }

    // Therapy history.
    if !primaries.is_empty() || !derived.regimens.is_empty() {
        therapy_facts(&mut b, &known, &derived, as_of);
    }

    inferences(&mut b, &known, as_of);
    unrecorded_therapy(&mut b, &known, as_of);

    FactsReport {
        patient_id: patient_id.to_string(),
        as_of,
        facts: b.facts,
        derivation: b.derivation,
        conflicts: b.conflicts,
        by_cancer: BTreeMap::new(),
        cancer_of: BTreeMap::new(),
    }
}

/// [`facts_as_of`], and with more than one cancer on record (the pathways of `set` telling
/// which), each cancer's facts from its own events.
pub fn facts_by_cancer(
    patient_id: &str,
    events: &[TimelineEvent],
    as_of: NaiveDate,
    set: &oncotwin_pathway::PathwaySet,
) -> FactsReport {
    let mut report = facts_as_of(patient_id, events, as_of);
    let known: Vec<TimelineEvent> = events.iter().filter(|e| e.date <= as_of).cloned().collect();
    let (cancers, _) = crate::twin::navigation::cancers::split(&known, set);
    if cancers.len() > 1 {
        let keys = crate::twin::navigation::cancers::cancer_keys(&cancers);
        for (c, key) in cancers.iter().zip(&keys) {
            report.by_cancer.insert(key.clone(), facts_as_of(patient_id, &c.events, as_of));
        }
        for (reference, i) in crate::twin::navigation::cancers::linked_conditions(&known, &cancers) {
            report.cancer_of.insert(reference, keys[i].clone());
        }
    }
    report
}

/// Mismatch repair from the four proteins by IHC (MLH1, MSH2, MSH6, PMS2; events
/// `mmr_mlh1` …): a loss of any is deficient (dMMR), all four intact is proficient (pMMR). A
/// stated MMR status of the same day or later is kept.
fn mmr_from_proteins(b: &mut Builder, known: &[TimelineEvent]) {
    let latest: Vec<&TimelineEvent> = ["mmr_mlh1", "mmr_msh2", "mmr_msh6", "mmr_pms2"]
        .iter()
        .filter_map(|k| {
            known.iter().rfind(|e| e.category == Category::Biomarker && e.kind == *k && e.result().is_some())
        })
        .collect();
    let lost: Vec<&TimelineEvent> = latest.iter().copied().filter(|e| e.result() == Some("loss")).collect();
    let (word, evidence, rule) = if !lost.is_empty() {
        let names: Vec<&str> = lost.iter().filter_map(|e| e.detail("protein")).collect();
        ("deficient", lost, format!("loss of {} nuclear expression by IHC (dMMR)", names.join(", ")))
    } else if latest.len() == 4 {
        ("proficient", latest, "MLH1, MSH2, MSH6 and PMS2 expression intact by IHC (pMMR)".to_string())
    } else {
        return;
    };
    let Some(date) = evidence.iter().map(|e| e.date).max() else { return };
    if b.facts.get("mmr").is_some_and(|f| f.as_of >= date) {
        return;
    }
    b.set("mmr", FactValue::Word(word.into()), &evidence, date, &rule);
}

/// The diagnosis codes a primary-cancer event stands for: its own SNOMED CT or ICD-10-CM
/// code, plus the curated ICD-10-CM crosswalk and parent concept.
pub fn diagnosis_codes(event: &TimelineEvent) -> Vec<Code> {
    let mut out = Vec::new();
    if let Some(c) = &event.code {
        let system = match c.system.as_str() {
            "snomed" => Some(CodeSystem::Snomed),
            "icd10" => Some(CodeSystem::Icd10),
            _ => None,
        };
        out.extend(system.and_then(|s| Code::new(s, &c.code).ok()));
    }
    out.extend(event.detail("icd10").and_then(|c| Code::new(CodeSystem::Icd10, c).ok()));
    out.extend(event.detail("snomed_parent").and_then(|c| Code::new(CodeSystem::Snomed, c).ok()));
    out
}

fn therapy_facts(b: &mut Builder, known: &[TimelineEvent], derived: &Derived, as_of: NaiveDate) {
    let by_id = |id: &str| known.iter().find(|e| e.id == id);
    let drugs: Vec<&TimelineEvent> = known
        .iter()
        .filter(|e| e.category == Category::SystemicTherapy && matches!(e.value, Some(EventValue::Drug { .. })))
        .collect();
    let mut codes_set: BTreeSet<Code> = BTreeSet::new();
    // A drug first ordered on the as-of date is the request being decided (and its partners),
    // not a prior drug: it is kept in the service history (the regimen being started) only.
    let mut first: BTreeMap<&str, NaiveDate> = BTreeMap::new();
    for e in &drugs {
        if let Some(EventValue::Drug { rxcui, .. }) = &e.value {
            let d = first.entry(rxcui.as_str()).or_insert(e.date);
            *d = (*d).min(e.date);
        }
    }
    for e in &drugs {
        if let Some(EventValue::Drug { rxcui, .. }) = &e.value {
            if let Ok(code) = Code::new(CodeSystem::RxNorm, rxcui) {
                // A drug taken over a period (a statement, a dispense's days' supply) was being
                // given up to its end: the course it belongs to runs that long.
                b.facts.record_course(code.clone(), e.date, e.end.map(|end| end.min(as_of)), e.sources.clone());
                if first.get(rxcui.as_str()).is_some_and(|d| *d < as_of) {
                    codes_set.insert(code);
                }
            }
        }
    }
    let drugs: Vec<&TimelineEvent> = drugs
        .into_iter()
        .filter(|e| matches!(&e.value, Some(EventValue::Drug { rxcui, .. }) if first.get(rxcui.as_str()).is_some_and(|d| *d < as_of)))
        .collect();
    b.set(
        "prior_drugs",
        FactValue::Codes(codes_set.into_iter().collect()),
        &drugs,
        as_of,
        "every antineoplastic ingredient given, ordered or taken",
    );

    let advanced: Vec<_> = derived.lines.iter().filter(|l| l.setting == "advanced").collect();
    let line_events: Vec<&TimelineEvent> = advanced
        .iter()
        .flat_map(|l| derived.regimens.iter().filter(move |r| r.line == l.number))
        .flat_map(|r| r.cycles.iter().flat_map(|c| c.events.iter()))
        .filter_map(|id| by_id(id.as_str()))
        .collect();
    b.set(
        "prior_lines",
        FactValue::Number(advanced.len() as f64),
        &line_events,
        as_of,
        "lines of therapy started for advanced disease (see lines)",
    );
    let all_events: Vec<&TimelineEvent> = derived
        .regimens
        .iter()
        .flat_map(|r| r.cycles.iter().flat_map(|c| c.events.iter()))
        .filter_map(|id| by_id(id.as_str()))
        .filter(|e| e.date < as_of)
        .collect();
    let started: usize = derived.lines.iter().filter(|l| l.start < as_of).count();
    b.set(
        "prior_therapies",
        FactValue::Number(started as f64),
        &all_events,
        as_of,
        "lines of systemic therapy started in any setting: neoadjuvant, adjuvant and for advanced disease (see lines)",
    );

    let procedures: Vec<&TimelineEvent> =
        known.iter().filter(|e| matches!(e.category, Category::Surgery | Category::Radiotherapy)).collect();
    let mut proc_codes: BTreeSet<Code> = BTreeSet::new();
    for e in &procedures {
        let system = match e.code.as_ref().map(|c| c.system.as_str()) {
            Some("snomed") => Some(CodeSystem::Snomed),
            Some("cpt") => Some(CodeSystem::Cpt),
            _ => None,
        };
        if let (Some(c), Some(system)) = (e.code.as_ref(), system) {
            if let Ok(code) = Code::new(system, &c.code) {
                b.facts.record_service(code.clone(), e.date, e.sources.clone());
                proc_codes.insert(code);
            }
        }
    }
    b.set(
        "prior_procedures",
        FactValue::Codes(proc_codes.into_iter().collect()),
        &procedures,
        as_of,
        "cancer surgery and radiotherapy received",
    );

    let surgeries: Vec<&TimelineEvent> = known.iter().filter(|e| e.category == Category::Surgery).collect();
    if let Some(last) = surgeries.last() {
        b.set("surgery", FactValue::Event(Some(last.date)), &[*last], last.date, "latest cancer surgery");
    }
    if let Some(course) = derived.radiotherapy_courses.iter().rfind(|c| c.end < as_of) {
        let evidence: Vec<&TimelineEvent> = course.events.iter().filter_map(|id| by_id(id.as_str())).collect();
        b.set(
            "radiotherapy_end",
            FactValue::Event(Some(course.end)),
            &evidence,
            course.end,
            "end of the latest radiotherapy course",
        );
    }
    // (Neo)adjuvant chemotherapy ended: last chemotherapy dose of a curative-setting line.
    let curative_chemo: Vec<&TimelineEvent> = derived
        .lines
        .iter()
        .filter(|l| matches!(l.setting.as_str(), "neoadjuvant" | "adjuvant" | "curative"))
        .flat_map(|l| derived.regimens.iter().filter(move |r| r.line == l.number))
        .flat_map(|r| r.cycles.iter().flat_map(|c| c.events.iter()))
        .filter_map(|id| by_id(id.as_str()))
        .filter(|e| matches!(&e.value, Some(EventValue::Drug { class: codes::DrugClass::Chemotherapy, .. })))
        .collect();
    if let Some(last) = curative_chemo.iter().max_by_key(|e| e.last_day()) {
        if (as_of - last.last_day()).num_days() >= CHEMO_ENDED_DAYS {
            b.set(
                "chemotherapy_end",
                FactValue::Event(Some(last.last_day())),
                &[*last],
                last.last_day(),
                "last (neo)adjuvant chemotherapy dose, 28+ days before the as-of date",
            );
        }
    }

    // The latest restaging, whatever it found: a course continued is re-authorised on one. In
    // prostate cancer a PSA is one too (PCWG3 measures response and progression by it).
    let prostate = has_prostate_dx(b);
    if let Some(last) = known
        .iter()
        .filter(|e| {
            (e.category == Category::DiseaseStatus && e.result().is_some())
                || restaging_study(e)
                || (prostate && e.kind == "psa" && matches!(e.value, Some(EventValue::Quantity { .. })))
        })
        .max_by_key(|e| e.date)
    {
        let rule = if last.kind == "psa" {
            "latest PSA (prostate cancer: PCWG3 assesses response and progression by PSA)"
        } else {
            "latest disease status assessment or restaging study (CT, MRI, PET, bone scan)"
        };
        b.set("disease_assessed", FactValue::Event(Some(last.date)), &[last], last.date, rule);
    }

    // Progression and recurrence.
    let first_treatment = derived.regimens.first().map(|r| r.start);
    let first_surgery = surgeries.first().map(|e| e.date);
    let progressions: Vec<&TimelineEvent> = known
        .iter()
        .filter(|e| {
            (e.category == Category::DiseaseStatus && e.result() == Some("progression"))
                || (e.kind == "metastasis" && first_treatment.is_some_and(|s| e.date > s))
        })
        .collect();
    if let Some(last) = progressions.last() {
        b.set(
            "progression",
            FactValue::Event(Some(last.date)),
            &[*last],
            last.date,
            "latest progression assessment or new metastasis after treatment began",
        );
    } else {
        let assessments: Vec<&TimelineEvent> =
            known.iter().filter(|e| e.category == Category::DiseaseStatus && e.result().is_some()).collect();
        if !assessments.is_empty() {
            b.set(
                "progression",
                FactValue::Event(None),
                &assessments,
                as_of,
                "disease status assessed, never progression",
            );
        }
    }
    if let Some(surgery) = first_surgery {
        if let Some(r) = progressions.iter().find(|e| e.date > surgery) {
            b.set(
                "recurrence",
                FactValue::Event(Some(r.date)),
                &[*r],
                r.date,
                "first progression or metastasis after curative surgery",
            );
        } else {
            // Assessed after surgery and never progressed: no recurrence (as of the date).
            let after: Vec<&TimelineEvent> = known
                .iter()
                .filter(|e| e.category == Category::DiseaseStatus && e.result().is_some() && e.date > surgery)
                .collect();
            if !after.is_empty() {
                b.set(
                    "recurrence",
                    FactValue::Event(None),
                    &after,
                    as_of,
                    "disease status assessed after curative surgery, never progression",
                );
            }
        }
    }
    // A documented biochemical recurrence (ICD-10-CM R97.21, "biochemical recurrence").
    if b.facts.get("recurrence").is_none() {
        if let Some(r) = known.iter().find(|e| e.detail("recurrence") == Some("biochemical")) {
            b.set(
                "recurrence",
                FactValue::Event(Some(r.date)),
                &[r],
                r.date,
                "documented biochemical recurrence (rising PSA after treatment)",
            );
        }
    }
    castration(b, known, &progressions);
    residual_disease(b, known, derived);
}

/// Invasive residual disease at surgery after neoadjuvant therapy: the pathological T and N
/// read at or after that surgery; ypT0/Tis ypN0 is a pathologic complete response. Upfront
/// surgery (no systemic therapy before it) leaves no post-neoadjuvant residual disease to
/// speak of: `false`, inferred, with that reason.
fn residual_disease(b: &mut Builder, known: &[TimelineEvent], derived: &Derived) {
    let Some(neoadjuvant) = derived.lines.iter().find(|l| l.setting == "neoadjuvant") else {
        let first_surgery = known.iter().find(|e| e.category == Category::Surgery);
        let systemic_before =
            |s: &TimelineEvent| known.iter().any(|e| e.category == Category::SystemicTherapy && e.date < s.date);
        if let Some(s) = first_surgery.filter(|s| !systemic_before(s)) {
            b.infer(
                "residual_disease",
                FactValue::Bool(false),
                &[s],
                s.date,
                &format!("upfront surgery on {} with no neoadjuvant systemic therapy before it", s.date),
            );
        }
        return;
    };
    let Some(surgery) = known.iter().find(|e| e.category == Category::Surgery && e.date > neoadjuvant.start) else {
        return;
    };
    let pathological = |kind: &str, axis: TnmAxis| {
        known
            .iter()
            .filter(|e| e.kind == kind && e.date >= surgery.date)
            .filter_map(|e| match &e.value {
                Some(EventValue::Graded { text, prefix }) if prefix.starts_with('p') || prefix == "yp" => {
                    Graded::parse_tnm(axis, text).map(|g| (e, g))
                }
                _ => None,
            })
            .next_back()
    };
    let (Some((t_event, t)), Some((n_event, n))) = (pathological("t", TnmAxis::T), pathological("n", TnmAxis::N))
    else {
        return;
    };
    // T ranks: 0 = T0, 1 = Tis, 2+ = T1…; N ranks: 0 = N0.
    let residual = t.rank >= 2 || n.rank >= 1;
    b.set(
        "residual_disease",
        FactValue::Bool(residual),
        &[surgery, t_event, n_event],
        t_event.date.max(n_event.date),
        "pathological T and N after neoadjuvant therapy (ypT0/Tis ypN0 = complete response)",
    );
}

/// Prostate cancer castration status: `sensitive` once androgen deprivation (a GnRH agonist or
/// antagonist, or orchiectomy) has started, `resistant` after progression on it — a documented
/// progression or new metastasis, or a PSA rise of ≥ 25 % and ≥ 2 ng/mL above the nadir
/// (PCWG3, Scher et al. 2016). Castrate testosterone is not checked.
fn castration(b: &mut Builder, known: &[TimelineEvent], progressions: &[&TimelineEvent]) {
    let prostate = known.iter().any(|e| {
        e.kind == "primary_cancer"
            && (e.code.as_ref().is_some_and(|c| c.code == "399068003" || c.code.starts_with("C61"))
                || e.detail("icd10").is_some_and(|c| c.starts_with("C61"))
                || e.detail("snomed_parent") == Some("399068003")
                || e.label.to_ascii_lowercase().contains("prostat"))
    });
    if !prostate {
        return;
    }
    // A diagnosis that states the status (Z19.2, "castration-resistant prostate cancer",
    // "hormone-refractory") is documentation, not inference: the latest one wins.
    // A diagnosis a note names ("Metastatic castration-resistant prostate cancer: …") states it
    // in its label.
    let in_label = |e: &TimelineEvent| {
        (e.kind == "primary_cancer").then(|| super::valuesets::condition_fact_in_text(&e.label, "castration")).flatten()
    };
    let stated = known.iter().rfind(|e| {
        e.kind == "castration_status"
            || (e.kind == "primary_cancer" && e.detail("castration").is_some())
            || in_label(e).is_some()
    });
    if let Some(e) = stated {
        let word = e
            .result()
            .or_else(|| e.detail("castration"))
            .or_else(|| in_label(e).map(|f| f.value))
            .unwrap_or("resistant")
            .to_string();
        b.set("castration", FactValue::Word(word), &[e], e.date, "diagnosis states the castration status");
        return;
    }
    let adt: Vec<&TimelineEvent> = known
        .iter()
        .filter(|e| match &e.value {
            Some(EventValue::Drug { rxcui, .. }) => {
                codes::ingredient_by_rxcui(rxcui).and_then(|i| i.group) == Some("gnrh")
            }
            _ => {
                e.category == Category::Surgery
                    && e.code.as_ref().is_some_and(|c| ORCHIECTOMY.contains(&c.code.as_str()))
            }
        })
        .collect();
    // Systemic therapy for advanced prostate cancer is given on androgen deprivation (a
    // taxane, an ARPI, a PARP inhibitor, a radioligand): with such a drug on record and no
    // ADT, the ADT history is missing from the record, not absent from the patient.
    // A drug first on record within a regimen window of the as-of date is being started
    // (often the one requested), not history.
    let history_before = b.facts.as_of - chrono::Duration::days(therapy::REGIMEN_WINDOW_DAYS);
    let mut first_given: BTreeMap<&str, NaiveDate> = BTreeMap::new();
    for e in known {
        if let Some(EventValue::Drug { rxcui, .. }) = &e.value {
            first_given.entry(rxcui.as_str()).and_modify(|d| *d = (*d).min(e.date)).or_insert(e.date);
        }
    }
    let given_on_adt = first_given.iter().any(|(rxcui, first)| {
        *first < history_before
            && codes::ingredient_by_rxcui(rxcui).is_some_and(|i| {
                !matches!(i.class, codes::DrugClass::Companion | codes::DrugClass::Supportive)
                    && !matches!(i.group, Some("gnrh" | "antiandrogen"))
            })
    });
    let Some(start) = adt.iter().map(|e| e.date).min() else {
        castrate_testosterone(b, known);
        let pending = b.facts.get("history_pending").is_some();
        if b.facts.get("castration").is_none() && !given_on_adt && !pending {
            // Castration resistance is progression on androgen deprivation: with none on
            // record, the disease is hormone-naive (castration-sensitive) — inferred, and the
            // testosterone level shown when there is one.
            let testosterone = known.iter().rfind(|e| e.kind == "testosterone");
            let primary: Vec<&TimelineEvent> = known.iter().filter(|e| e.kind == "primary_cancer").collect();
            let reason = match testosterone.and_then(|t| match &t.value {
                Some(EventValue::Quantity { value, unit }) => Some(format!(
                    "no androgen deprivation on record (hormone-naive); testosterone {value} {}",
                    unit.as_deref().unwrap_or("ng/dL")
                )),
                _ => None,
            }) {
                Some(r) => r,
                None => "no androgen deprivation on record (hormone-naive)".to_string(),
            };
            let mut events = primary.clone();
            events.extend(testosterone);
            let date = events.iter().map(|e| e.date).max().unwrap_or(b.facts.as_of);
            b.infer("castration", FactValue::Word("sensitive".into()), &events, date, &reason);
        }
        return;
    };
    let mut resistant: Vec<&TimelineEvent> = progressions.iter().copied().filter(|p| p.date > start).take(1).collect();
    let mut rule = "progression on androgen deprivation";
    if resistant.is_empty() {
        let mut nadir: Option<(f64, &TimelineEvent)> = None;
        // A PSA drawn the day ADT starts is the baseline the nadir is measured from.
        for e in known.iter().filter(|e| e.kind == "psa" && e.date >= start) {
            let Some(EventValue::Quantity { value, .. }) = &e.value else { continue };
            match nadir {
                Some((n, low)) if *value >= n + 2.0 && *value >= n * 1.25 => {
                    resistant = vec![low, e];
                    rule = "PSA progression on androgen deprivation (PCWG3: +25 % and +2 ng/mL over the nadir)";
                    break;
                }
                Some((n, _)) if *value >= n => {}
                _ => nadir = Some((*value, e)),
            }
        }
    }
    // PSA rising on androgen deprivation (≥ 25 % over the nadir) but short of PCWG3
    // progression, with no castrate testosterone on record: the status is not established.
    let rising_short_of_pcwg3 = {
        let psas: Vec<f64> = known
            .iter()
            .filter(|e| e.kind == "psa" && e.date > start)
            .filter_map(|e| match &e.value {
                Some(EventValue::Quantity { value, .. }) => Some(*value),
                _ => None,
            })
            .collect();
        let nadir = psas.iter().copied().fold(f64::INFINITY, f64::min);
        psas.last().is_some_and(|last| psas.len() >= 2 && *last >= nadir * 1.25 && *last > nadir)
    };
    if resistant.is_empty() && rising_short_of_pcwg3 {
        return;
    }
    if resistant.is_empty() {
        // "No progression" needs something that would have shown one: two PSA values on
        // androgen deprivation, or a disease assessment. One PSA value shows no trend; then
        // the status is not established (a reviewer asks for the PSA series or testosterone).
        let psas_on_adt: Vec<&TimelineEvent> = known.iter().filter(|e| e.kind == "psa" && e.date > start).collect();
        let assessed = known.iter().any(|e| e.category == Category::DiseaseStatus && e.date > start);
        let recent = (b.facts.as_of - start).num_days() <= ADT_RECENT_DAYS;
        if psas_on_adt.len() < 2 && !assessed && !recent {
            return;
        }
        let last = adt.iter().map(|e| e.date).max().unwrap_or(start);
        let mut evidence = adt.clone();
        evidence.extend(psas_on_adt.iter().copied());
        b.infer(
            "castration",
            FactValue::Word("sensitive".into()),
            &evidence,
            last,
            &if psas_on_adt.len() < 2 && !assessed {
                format!(
                    "androgen deprivation started {start}, within a year: castration-sensitive disease being treated"
                )
            } else {
                format!(
                    "on androgen deprivation since {start}, no progression since it started ({} PSA value(s){})",
                    psas_on_adt.len(),
                    if assessed { " and a disease assessment" } else { "" }
                )
            },
        );
    } else {
        let mut evidence = vec![adt[0]];
        evidence.extend(resistant.iter().copied());
        let date = resistant.iter().map(|e| e.date).max().unwrap_or(start);
        b.set("castration", FactValue::Word("resistant".into()), &evidence, date, rule);
    }
}

/// No androgen deprivation on record, but a castrate testosterone (< 50 ng/dL, < 1.7 nmol/L)
/// with a PSA that rose ≥ 25 % and ≥ 2 ng/mL over its nadir (PCWG3): castration-resistant,
/// inferred, with the values as the reason.
fn castrate_testosterone(b: &mut Builder, known: &[TimelineEvent]) {
    let castrate = known.iter().rfind(|e| {
        e.kind == "testosterone"
            && match &e.value {
                Some(EventValue::Quantity { value, unit }) => {
                    let unit = unit.as_deref().unwrap_or("ng/dL").to_ascii_lowercase();
                    if unit.contains("nmol") {
                        *value < 1.7
                    } else if unit.contains("ng/ml") {
                        *value < 0.5
                    } else {
                        *value < 50.0
                    }
                }
                _ => false,
            }
    });
    let Some(t) = castrate else { return };
    let psas: Vec<(&TimelineEvent, f64)> = known
        .iter()
        .filter(|e| e.kind == "psa")
        .filter_map(|e| match &e.value {
            Some(EventValue::Quantity { value, .. }) => Some((e, *value)),
            _ => None,
        })
        .collect();
    let Some(&(nadir_event, nadir)) = psas.iter().min_by(|a, b| a.1.total_cmp(&b.1)) else { return };
    let Some(&(last_event, last)) = psas.iter().rfind(|(e, _)| e.date > nadir_event.date) else { return };
    if last >= nadir + 2.0 && last >= nadir * 1.25 {
        let testosterone = match &t.value {
            Some(EventValue::Quantity { value, unit }) => format!("{value} {}", unit.as_deref().unwrap_or("ng/dL")),
            _ => String::new(),
        };
        b.infer(
            "castration",
            FactValue::Word("resistant".into()),
            &[t, nadir_event, last_event],
            last_event.date,
            &format!(
                "PSA rose from {nadir} to {last} ng/mL with castrate testosterone {testosterone} (PCWG3 progression at castrate levels)"
            ),
        );
    }
}

/// Facts the chart implies, each with its reason; a documented value always wins.
fn inferences(b: &mut Builder, known: &[TimelineEvent], as_of: NaiveDate) {
    let female = b.facts.get("sex").is_some_and(|f| f.value == FactValue::Word("female".into()));
    let birth = known.iter().rfind(|e| e.category == Category::Patient && e.kind == "birth");

    // Menopausal status: documented, else post by age >= 60 or bilateral oophorectomy.
    if let Some(e) = known.iter().rfind(|e| e.kind == "menopause" && e.result().is_some()) {
        b.set(
            "menopause",
            FactValue::Word(e.result().unwrap_or_default().to_string()),
            &[e],
            e.date,
            "documented menopausal status",
        );
    }
    if female {
        if let Some(ovx) = known.iter().find(|e| {
            let l = e.label.to_ascii_lowercase();
            e.category == Category::Surgery && l.contains("oophorectomy") && l.contains("bilateral")
        }) {
            b.infer("menopause", FactValue::Word("post".into()), &[ovx], ovx.date, "bilateral oophorectomy");
        }
        if let (Some(age), Some(birth)) = (
            b.facts.get("age").and_then(|f| match f.value {
                FactValue::Number(n) => Some(n),
                _ => None,
            }),
            birth,
        ) {
            if age >= 60.0 {
                b.infer(
                    "menopause",
                    FactValue::Word("post".into()),
                    &[birth],
                    as_of,
                    &format!("age {age} ≥ 60 (postmenopausal by age)"),
                );
            }
        }
    }

    // Progression: castration-resistant disease is progression on androgen deprivation.
    if b.facts.get("castration").is_some_and(|f| f.value == FactValue::Word("resistant".into()))
        && b.facts.get("progression").is_none_or(|f| f.value == FactValue::Event(None))
    {
        let date = b.facts.get("castration").map(|f| f.as_of).unwrap_or(as_of);
        let events: Vec<&TimelineEvent> = b
            .derivation
            .get("castration")
            .map(|d| d.events.clone())
            .unwrap_or_default()
            .iter()
            .filter_map(|id| known.iter().find(|e| &e.id == id))
            .collect();
        if b.facts.get("progression").is_some() {
            b.conflicts.push(FactConflict {
                fact: "progression".into(),
                documented: "none".into(),
                inferred: date.to_string(),
                reason: "castration-resistant disease is progression on androgen deprivation".into(),
                evidence: events.iter().flat_map(|e| e.sources.iter().cloned()).collect(),
            });
        } else {
            b.infer(
                "progression",
                FactValue::Event(Some(date)),
                &events,
                date,
                "castration-resistant disease is progression on androgen deprivation",
            );
        }
    }

    metastatic_extent(b, known);
    m0_from_negative_imaging(b, known);
    stage_from_tnm(b, known);
    mcspc_risk(b, known);

    // Unresectable: non-metastatic lung cancer treated with concurrent platinum-based
    // chemoradiation and never resected is managed as unresectable (definitive chemoradiation
    // is the treatment of unresectable stage II–III NSCLC; a patient who declined surgery is
    // no surgical candidate either). Documented resectability beats it, and a contradiction
    // is shown.
    definitive_chemoradiation(b, known);
    early_lung_operable(b, known);

    // Resectable: a completed curative-intent resection proves it was — but a resection of
    // the primary before distant metastases were found says nothing of whether they are.
    let first_metastasis = known.iter().filter(|e| e.kind == "metastasis").map(|e| e.date).min();
    if let Some(resection) = known.iter().find(|e| {
        e.category == Category::Surgery
            && !e.label.to_ascii_lowercase().contains("oophorectomy")
            && !e.label.to_ascii_lowercase().contains("orchiectomy")
            && first_metastasis.is_none_or(|m| e.date >= m)
    }) {
        b.infer(
            "resectable",
            FactValue::Bool(true),
            &[resection],
            resection.date,
            &format!("a cancer resection was performed on {} ({})", resection.date, resection.label),
        );
    }

    // HER2 class (ASCO/CAP 2023; DESTINY-Breast04/06).
    her2_class(b, known);

    // Prior drug classes, from the ingredients given.
    if let Some(FactValue::Codes(drugs)) = b.facts.get("prior_drugs").map(|f| f.value.clone()) {
        let mut classes: BTreeSet<String> = BTreeSet::new();
        for d in &drugs {
            if let Some(i) = codes::ingredient_by_rxcui(&d.code) {
                classes.extend(i.classes.iter().map(|c| c.to_string()));
            }
        }
        let events: Vec<&TimelineEvent> = known
            .iter()
            .filter(|e| e.category == Category::SystemicTherapy && matches!(e.value, Some(EventValue::Drug { .. })))
            .collect();
        b.set(
            "prior_classes",
            FactValue::Variants(classes.into_iter().collect()),
            &events,
            as_of,
            "drug classes of the ingredients given (pathways/valuesets/antineoplastics.csv)",
        );
    }

    // Colon sidedness from the primary's ICD-10-CM code or site.
    sidedness(b, known);

    // Positive regional nodes: documented count, else pN0 = 0.
    if let Some(e) = known.iter().rfind(|e| {
        e.kind == "nodes"
            && e.label.to_ascii_lowercase().contains("positive")
            && matches!(e.value, Some(EventValue::Quantity { .. }))
    }) {
        if let Some(EventValue::Quantity { value, .. }) = &e.value {
            b.set("positive_nodes", FactValue::Number(*value), &[e], e.date, "regional lymph nodes positive");
        }
    }
    n_from_positive_nodes(b, known);
    if let Some(n) = b.facts.get("n").and_then(|f| match &f.value {
        FactValue::Graded(g) if g.rank == 0 => Some(f.as_of),
        _ => None,
    }) {
        let events: Vec<&TimelineEvent> = known.iter().filter(|e| e.kind == "n" && e.date == n).collect();
        b.infer("positive_nodes", FactValue::Number(0.0), &events, n, "N0: no regional node involved");
    }

    // PSA doubling time from the PSA values since the nadir (log-linear fit, Pound et al.).
    psa_doubling_time(b, known);
    biochemical_recurrence(b, known);

    // A salvage treatment after local curative therapy treats a recurrence (salvage
    // radiotherapy to the prostate bed after prostatectomy, salvage surgery): recurrence, no
    // later than that treatment.
    let local = |e: &&TimelineEvent| matches!(e.category, Category::Surgery | Category::Radiotherapy);
    if b.facts.get("recurrence").is_none() {
        let salvage = known.iter().filter(local).find(|e| {
            e.label.to_ascii_lowercase().contains("salvage")
                && known.iter().filter(local).any(|first| first.date < e.date)
        });
        if let Some(salvage) = salvage {
            let first = known.iter().filter(local).find(|f| f.date < salvage.date).unwrap_or(salvage);
            b.infer(
                "recurrence",
                FactValue::Event(Some(salvage.date)),
                &[first, salvage],
                salvage.date,
                &format!(
                    "salvage treatment \"{}\" on {} after {} on {}: a treatment of recurrence",
                    salvage.label, salvage.date, first.label, first.date
                ),
            );
        }
    }

    // No recurrence: curative local therapy of non-metastatic disease — a resection, or a
    // radiotherapy course (SBRT, chemoradiation) — and nothing on record since: no progression,
    // no metastasis, no diagnosis that calls the cancer recurrent (a reviewer sees the
    // inference and its basis).
    let m0 = b.facts.get("m").is_some_and(|f| matches!(&f.value, FactValue::Graded(g) if g.rank == 0))
        || b.facts.get("stage").is_some_and(|f| matches!(&f.value, FactValue::Graded(g) if g.rank < 4));
    // A detectable PSA after prostatectomy (at least 0.2 ng/mL, six weeks or more after it) not
    // yet confirmed by a second value is not "nothing since": recurrence is left open.
    let detectable_psa = has_prostate_dx(b)
        && known.iter().filter(|e| e.category == Category::Surgery).map(|e| e.date).min().is_some_and(|surgery| {
            known.iter().any(|e| {
                e.kind == "psa"
                    && e.date >= surgery + chrono::Duration::days(42)
                    && matches!(&e.value, Some(EventValue::Quantity { value, .. }) if *value >= 0.2)
            })
        });
    let quiet = b.facts.get("progression").is_none_or(|f| f.value == FactValue::Event(None))
        && !known.iter().any(|e| e.kind == "metastasis")
        && !known.iter().any(|e| e.category == Category::Diagnosis && names_recurrence(&e.label))
        && !detectable_psa;
    if b.facts.get("recurrence").is_none() && m0 && quiet {
        let resection = known.iter().rfind(|e| e.category == Category::Surgery);
        let course = known.iter().rfind(|e| e.category == Category::Radiotherapy);
        if let Some(local) = resection.or(course) {
            let what = if resection.is_some() { "resected" } else { "treated with radiotherapy" };
            b.infer(
                "recurrence",
                FactValue::Event(None),
                &[local],
                as_of,
                &format!(
                    "non-metastatic disease {what} on {}; no progression or metastasis on record since",
                    local.date
                ),
            );
        } else if !known.iter().any(|e| e.category == Category::SystemicTherapy && e.date < as_of) {
            // Newly diagnosed and not yet treated (the request's own orders, dated on the
            // as-of date, are not treatment yet): there is nothing to recur from.
            let dx: Vec<&TimelineEvent> = known.iter().filter(|e| e.kind == "primary_cancer").collect();
            if let Some(first) = dx.first() {
                b.infer(
                    "recurrence",
                    FactValue::Event(None),
                    &dx,
                    as_of,
                    &format!(
                        "non-metastatic disease diagnosed on {}, no cancer treatment on record: nothing yet to recur from",
                        first.date
                    ),
                );
            }
        }
    }

    // Recurrence: progression (including castration resistance) after local curative
    // therapy — a resection or a radiotherapy course.
    if b.facts.get("recurrence").is_none() {
        let local = known
            .iter()
            .filter(|e| matches!(e.category, Category::Surgery | Category::Radiotherapy))
            .map(|e| e.date)
            .min();
        if let (Some(local), Some(FactValue::Event(Some(p)))) =
            (local, b.facts.get("progression").map(|f| f.value.clone()))
        {
            if p > local {
                let events: Vec<&TimelineEvent> = known
                    .iter()
                    .filter(|e| matches!(e.category, Category::Surgery | Category::Radiotherapy) && e.date == local)
                    .collect();
                b.infer(
                    "recurrence",
                    FactValue::Event(Some(p)),
                    &events,
                    p,
                    &format!("progression on {p} after local therapy on {local}"),
                );
            }
        }
    }
}

/// Whether a diagnosis's words call the cancer recurrent ("biochemically recurrent", "local
/// recurrence") — not "no recurrence" or "non-recurrent".
fn names_recurrence(label: &str) -> bool {
    let t = label.to_ascii_lowercase();
    t.match_indices("recurren").any(|(at, _)| {
        let before = &t[..at];
        !(before.ends_with("no ")
            || before.ends_with("non-")
            || before.ends_with("without ")
            || before.ends_with("not "))
    })
}

/// Distant metastasis on record (a secondary-cancer Condition, or a primary named
/// metastatic) implies M1 and stage IV when they are not documented. For prostate cancer the
/// AJCC M1 subcategory follows the sites: nodes only M1a, bone M1b, other (visceral) M1c.
fn metastatic_extent(b: &mut Builder, known: &[TimelineEvent]) {
    let mets: Vec<&TimelineEvent> = known
        .iter()
        .filter(|e| e.kind == "metastasis" || (e.kind == "primary_cancer" && e.detail("metastatic").is_some()))
        .collect();
    let Some(first) = mets.first() else { return };
    let sites: Vec<String> = mets
        .iter()
        .map(|e| format!("{} {}", e.label, e.detail("body_site").unwrap_or_default()).to_ascii_lowercase())
        .collect();
    let prostate = has_prostate_dx(b);
    let visceral = sites.iter().any(|s| {
        ["liver", "hepat", "lung", "pulmon", "brain", "adrenal", "pleura", "peritone", "visceral"]
            .iter()
            .any(|w| s.contains(w))
    });
    let bone = sites.iter().any(|s| s.contains("bone") || s.contains("osseous") || s.contains("skelet"));
    let nodes = sites.iter().any(|s| s.contains("lymph node") || s.contains("nodal"));
    let (m, why) = if !prostate {
        ("M1", "distant metastasis documented".to_string())
    } else if visceral {
        ("M1c", "visceral metastasis documented (AJCC prostate M1c)".to_string())
    } else if bone {
        ("M1b", "bone metastasis documented, no visceral site on record (AJCC prostate M1b)".to_string())
    } else if nodes {
        ("M1a", "non-regional nodal metastasis only (AJCC prostate M1a)".to_string())
    } else {
        ("M1", "distant metastasis documented".to_string())
    };
    let documented_m0 = b.facts.get("m").and_then(|f| match &f.value {
        FactValue::Graded(g) if g.rank == 0 => Some(f.as_of),
        _ => None,
    });
    let first_met = mets.iter().map(|e| e.date).min().unwrap_or(first.date);
    // A metastasis only a note mentions ("axillary lymph node: metastatic carcinoma"), staged
    // M0 by a later record ("clinical stage cT2 cN1 cM0"): the later staging is the extent.
    let last_met = mets.iter().map(|e| e.date).max().unwrap_or(first.date);
    let from_notes_only = mets.iter().all(|e| e.id.starts_with("note:"));
    if documented_m0.is_some_and(|m0_date| m0_date >= last_met) && from_notes_only {
        return;
    }
    if let Some(m0_date) = documented_m0 {
        // M0 recorded before the metastasis was found: the newer finding is the current extent.
        if first_met > m0_date {
            b.facts.facts.remove("m");
            b.derivation.remove("m");
        }
    }
    if let Some(g) = Graded::parse_tnm(TnmAxis::M, m) {
        b.infer("m", FactValue::Graded(g), &mets, first_met, &format!("{why}: {}", mets[0].label));
    }
    // Liver only: every distant site on record is the liver (EPOC's population for hepatic
    // resection); a documented site elsewhere (lung, peritoneum, bone …) says not.
    // Metastasis events only: a primary flagged metastatic names its own organ ("hepatic
    // flexure" is the colon's).
    let liver = |s: &String| s.contains("liver") || (s.contains("hepat") && !s.contains("flexure"));
    let metastases: Vec<(&&TimelineEvent, &String)> =
        mets.iter().zip(&sites).filter(|(e, _)| e.kind == "metastasis").collect();
    let elsewhere: Vec<&TimelineEvent> =
        metastases.iter().filter(|(_, s)| !liver(s) && named_site(s)).map(|(e, _)| **e).collect();
    if let Some(e) = elsewhere.first() {
        b.infer(
            "liver_only_metastases",
            FactValue::Bool(false),
            &elsewhere,
            e.date,
            &format!("a metastasis outside the liver: {}", e.label),
        );
    } else if metastases.iter().any(|(_, s)| liver(s)) {
        let livers: Vec<&TimelineEvent> = metastases.iter().filter(|(_, s)| liver(s)).map(|(e, _)| **e).collect();
        b.infer(
            "liver_only_metastases",
            FactValue::Bool(true),
            &livers,
            livers[livers.len() - 1].date,
            "every metastasis on record is in the liver",
        );
    }
    if b.facts.get("stage").is_none() {
        if let Some(g) = Graded::parse_stage("IV") {
            b.infer("stage", FactValue::Graded(g), &mets, first_met, "distant metastasis (M1) is stage IV (AJCC)");
        }
    }
}

/// A study that restages a cancer: CT, MRI, PET or a bone scan — not an echocardiogram, a
/// bone density scan, a mammogram or an endoscopy.
fn restaging_study(e: &TimelineEvent) -> bool {
    if e.category != Category::Imaging || e.kind == "endoscopy" {
        return false;
    }
    if e.kind == "psma_pet" {
        return true;
    }
    let label = e.label.to_ascii_lowercase();
    let words: Vec<&str> = label.split(|c: char| !c.is_ascii_alphanumeric()).collect();
    words.iter().any(|w| ["ct", "mri", "pet", "cat"].contains(w))
        || ["computed tomograph", "magnetic resonance", "positron", "bone scan", "scintigra", "tomography"]
            .iter()
            .any(|p| label.contains(p))
}

/// Whether a metastasis's label names where it is (a bare "metastatic disease" does not).
fn named_site(site: &str) -> bool {
    [
        "liver",
        "hepat",
        "lung",
        "pulmon",
        "brain",
        "adrenal",
        "pleura",
        "peritone",
        "bone",
        "osseous",
        "skelet",
        "lymph node",
        "nodal",
        "ovar",
        "omentum",
        "spleen",
        "kidney",
        "skin",
        "soft tissue",
        "spine",
        "vertebra",
    ]
    .iter()
    .any(|w| site.contains(w))
}

/// Biochemical recurrence after radical prostatectomy (AUA: PSA ≥ 0.2 ng/mL confirmed by a
/// second value ≥ 0.2): recurrence on the first of them, inferred.
fn biochemical_recurrence(b: &mut Builder, known: &[TimelineEvent]) {
    if b.facts.get("recurrence").is_some() || !has_prostate_dx(b) {
        return;
    }
    let Some(surgery) = known.iter().filter(|e| e.category == Category::Surgery).map(|e| e.date).min() else {
        return;
    };
    let high: Vec<&TimelineEvent> = known
        .iter()
        .filter(|e| e.kind == "psa" && e.date > surgery)
        .filter(|e| matches!(&e.value, Some(EventValue::Quantity { value, .. }) if *value >= 0.2))
        .take(2)
        .collect();
    if let [first, second] = high[..] {
        b.infer(
            "recurrence",
            FactValue::Event(Some(first.date)),
            &[first, second],
            first.date,
            &format!(
                "biochemical recurrence after prostatectomy on {surgery}: PSA {} on {} confirmed by {} on {} (AUA: at least 0.2 ng/mL twice)",
                first.label, first.date, second.label, second.date
            ),
        );
    }
}

/// No M category on record and no metastasis: a PSMA PET without PSMA-avid disease, the most
/// sensitive staging there is, or a staging scan whose report found no metastatic disease (the
/// conventional imaging — CT and bone scan — that defined M0 in SPARTAN, PROSPER and ARAMIS)
/// shows the disease non-metastatic (M0) on its date — inferred, and a later metastasis
/// diagnosis replaces it.
fn m0_from_negative_imaging(b: &mut Builder, known: &[TimelineEvent]) {
    if b.facts.get("m").is_some() || known.iter().any(|e| e.kind == "metastasis") {
        return;
    }
    let scan = known.iter().rfind(|e| {
        (e.kind == "psma_pet" && e.result().is_some())
            || (e.kind == "imaging" && e.details.get("metastasis").is_some_and(|m| m == "none"))
    });
    let Some(pet) = scan else {
        m0_from_conventional_imaging(b, known);
        return;
    };
    if pet.kind == "imaging" {
        if let Some(g) = Graded::parse_tnm(TnmAxis::M, "M0") {
            let conclusion = pet.details.get("conclusion").map(String::as_str).unwrap_or("no metastatic disease");
            b.infer(
                "m",
                FactValue::Graded(g),
                &[pet],
                pet.date,
                &format!("{} on {}: \"{conclusion}\", no metastasis on record", pet.label, pet.date),
            );
        }
        return;
    }
    if pet.result() != Some("negative") {
        return;
    }
    if let Some(g) = Graded::parse_tnm(TnmAxis::M, "M0") {
        b.infer(
            "m",
            FactValue::Graded(g),
            &[pet],
            pet.date,
            &format!("PSMA PET on {} without PSMA-avid metastatic disease, no metastasis on record", pet.date),
        );
    }
}

/// A bone scan free of bone metastases and a CT free of visceral ones within 90 days:
/// conventional imaging without metastasis (the M0 of SPARTAN, PROSPER and ARAMIS), inferred
/// with both studies as the reason. Called only when no scan speaks for the whole body.
fn m0_from_conventional_imaging(b: &mut Builder, known: &[TimelineEvent]) {
    fn absent_in(site: &'static str) -> impl Fn(&&TimelineEvent) -> bool {
        move |e| {
            e.kind == "imaging"
                && e.details.get("metastasis_absent_in").is_some_and(|s| s.split(',').any(|x| x == site))
        }
    }
    let (Some(bone), Some(body)) = (known.iter().rfind(absent_in("bone")), known.iter().rfind(absent_in("visceral")))
    else {
        return;
    };
    if (bone.date - body.date).num_days().abs() > 90 {
        return;
    }
    let Some(g) = Graded::parse_tnm(TnmAxis::M, "M0") else { return };
    let said = |e: &TimelineEvent| e.details.get("conclusion").cloned().unwrap_or_default();
    b.infer(
        "m",
        FactValue::Graded(g),
        &[bone, body],
        bone.date.max(body.date),
        &format!(
            "{} on {}: \"{}\" and {} on {}: \"{}\" (conventional imaging), no metastasis on record",
            bone.label,
            bone.date,
            said(bone),
            body.label,
            body.date,
            said(body)
        ),
    );
}

/// Whether the diagnosis codes name prostate cancer (ICD-10-CM C61, SNOMED CT 399068003).
/// No stage group on record, but T, N and M are: the AJCC 8th anatomic stage group
/// (`pathways/valuesets/ajcc-anatomic-stage.csv`) for breast, colorectal and non-small-cell
/// lung cancer, inferred with the categories and the table row as the reason. A patient with
/// two of these primaries is left alone (whose T and N would it be?).
fn stage_from_tnm(b: &mut Builder, known: &[TimelineEvent]) {
    if b.facts.get("stage").is_some() {
        return;
    }
    let cancers: Vec<&str> = [
        ("breast", has_dx(b, "C50", &["254837009"])),
        ("colorectal", has_dx(b, "C18", &["363406005"]) || has_dx(b, "C19", &[]) || has_dx(b, "C20", &["363351006"])),
        ("nsclc", has_dx(b, "C34", &["254637007", "363358000"])),
    ]
    .into_iter()
    .filter_map(|(c, yes)| yes.then_some(c))
    .collect();
    let [cancer] = cancers.as_slice() else { return };
    let category = |f: &str| match b.facts.get(f).map(|e| &e.value) {
        Some(FactValue::Graded(g)) => Some(g.to_string()),
        _ => None,
    };
    let (Some(t), Some(n)) = (category("t"), category("n")) else { return };
    // No M on record and no metastasis either: AJCC has no MX; with no clinical or
    // radiographic evidence of distant metastasis the category is cM0 — said in the reason.
    let metastasis_on_record = known.iter().any(|e| e.kind == "metastasis");
    let (m, m_assumed) = match category("m") {
        Some(m) => (m, false),
        None if !metastasis_on_record => ("M0".to_string(), true),
        None => return,
    };
    let Some(row) = super::ajcc::stage(cancer, &t, &n, &m) else { return };
    let Some(g) = Graded::parse_stage(&row.stage) else { return };
    let sources: Vec<String> =
        ["t", "n", "m"].iter().flat_map(|f| b.facts.get(f).map(|e| e.evidence.clone()).unwrap_or_default()).collect();
    let date = ["t", "n", "m"].iter().filter_map(|f| b.facts.get(f).map(|e| e.as_of)).max().unwrap_or(b.facts.as_of);
    let events: Vec<&TimelineEvent> = known.iter().filter(|e| e.sources.iter().any(|s| sources.contains(s))).collect();
    let reason = format!(
        "{t} {n} {m}{} is stage {} (AJCC 8th edition anatomic stage groups, {cancer}; ajcc-anatomic-stage.csv line {})",
        if m_assumed { " (cM0: no distant metastasis on record)" } else { "" },
        row.stage,
        row.line
    );
    b.infer("stage", FactValue::Graded(g), &events, date, &reason);
}

/// The N category from a count of positive regional nodes when no N is on record, by the
/// AJCC 8th edition's count rules: breast pN1 1–3 axillary nodes, pN2 4–9, pN3 10 or more;
/// colon and rectum N1 1–3, N2 4 or more; prostate N1 any. (Lung N is by station, not by
/// count: not inferred.)
fn n_from_positive_nodes(b: &mut Builder, known: &[TimelineEvent]) {
    if b.facts.get("n").is_some() {
        return;
    }
    let Some(count) = b.facts.get("positive_nodes").and_then(|f| match f.value {
        FactValue::Number(v) => Some(v),
        _ => None,
    }) else {
        return;
    };
    let (n, rule) = if has_dx(b, "C50", &["254837009"]) {
        match count {
            c if c >= 10.0 => ("N3", "AJCC 8th breast: 10 or more positive axillary nodes is pN3"),
            c if c >= 4.0 => ("N2", "AJCC 8th breast: 4 to 9 positive axillary nodes is pN2"),
            c if c >= 1.0 => ("N1", "AJCC 8th breast: 1 to 3 positive axillary nodes is pN1"),
            _ => ("N0", "no positive regional node is N0"),
        }
    } else if has_dx(b, "C18", &["363406005"]) || has_dx(b, "C19", &[]) || has_dx(b, "C20", &[]) {
        match count {
            c if c >= 4.0 => ("N2", "AJCC 8th colorectal: 4 or more positive regional nodes is N2"),
            c if c >= 1.0 => ("N1", "AJCC 8th colorectal: 1 to 3 positive regional nodes is N1"),
            _ => ("N0", "no positive regional node is N0"),
        }
    } else if has_prostate_dx(b) {
        if count >= 1.0 {
            ("N1", "AJCC 8th prostate: any positive regional node is N1")
        } else {
            ("N0", "no positive regional node is N0")
        }
    } else {
        return;
    };
    let Some(g) = Graded::parse_tnm(TnmAxis::N, n) else { return };
    let ids = b.derivation.get("positive_nodes").map(|d| d.events.clone()).unwrap_or_default();
    let events: Vec<&TimelineEvent> = known.iter().filter(|e| ids.contains(&e.id)).collect();
    let date = b.facts.get("positive_nodes").map(|f| f.as_of).unwrap_or(b.facts.as_of);
    let reason = format!("{} positive regional node(s): {rule}", super::normalise::format_number(count));
    b.infer("n", FactValue::Graded(g), &events, date, &reason);
}

fn has_prostate_dx(b: &Builder) -> bool {
    has_dx(b, "C61", &["399068003"])
}

/// Whether the `dx` fact (the primaries' codes, ICD-10-CM crosswalk and parent concepts, and
/// the site of a text-only diagnosis) holds an ICD-10-CM code under `icd10` or one of `snomed`.
fn has_dx(b: &Builder, icd10: &str, snomed: &[&str]) -> bool {
    b.facts.get("dx").is_some_and(|f| match &f.value {
        FactValue::Codes(cs) => cs.iter().any(|c| c.code.starts_with(icd10) || snomed.contains(&c.code.as_str())),
        _ => false,
    })
}

/// LATITUDE high risk: at least two of Gleason ≥ 8, ≥ 3 bone lesions, measurable visceral
/// metastasis. Low when at most one of them can hold given what is recorded.
fn mcspc_risk(b: &mut Builder, known: &[TimelineEvent]) {
    if b.facts.get("castration").is_some_and(|f| f.value == FactValue::Word("resistant".into())) {
        return;
    }
    let Some(FactValue::Graded(m)) = b.facts.get("m").map(|f| f.value.clone()) else { return };
    if m.rank == 0 {
        return;
    }
    let prostate = has_prostate_dx(b);
    if !prostate {
        return;
    }
    let gleason8 = b.facts.get("grade_group").and_then(|f| match f.value {
        FactValue::Number(n) => Some(n >= 4.0),
        _ => None,
    });
    let lesions = known.iter().rfind(|e| e.kind == "bone_lesions").and_then(|e| match &e.value {
        Some(EventValue::Quantity { value, .. }) => Some((*value >= 3.0, e)),
        _ => None,
    });
    let m_text = m.to_string();
    let visceral = if m_text.starts_with("M1c") {
        Some(true)
    } else if m_text.starts_with("M1a") || m_text.starts_with("M1b") {
        Some(false)
    } else {
        None
    };
    let bone_three = lesions.map(|(v, _)| v).or(if m_text.starts_with("M1a") { Some(false) } else { None });
    let criteria = [gleason8, bone_three, visceral];
    let met = criteria.iter().filter(|c| **c == Some(true)).count();
    let unknown = criteria.iter().filter(|c| c.is_none()).count();
    let describe = |c: Option<bool>| match c {
        Some(true) => "yes",
        Some(false) => "no",
        None => "not recorded",
    };
    let reason = format!(
        "LATITUDE criteria — Gleason ≥ 8: {}, ≥ 3 bone lesions: {}, visceral metastasis: {}",
        describe(gleason8),
        describe(bone_three),
        describe(visceral)
    );
    let mut events: Vec<&TimelineEvent> = known.iter().filter(|e| e.kind == "grade_group").collect();
    events.extend(lesions.map(|(_, e)| e));
    let date = events.iter().map(|e| e.date).max().unwrap_or(b.facts.as_of);
    if met >= 2 {
        b.infer("mcspc_risk", FactValue::Word("high".into()), &events, date, &reason);
    } else if met + unknown <= 1 {
        b.infer("mcspc_risk", FactValue::Word("low".into()), &events, date, &reason);
    }
}

fn her2_class(b: &mut Builder, known: &[TimelineEvent]) {
    let her2: Vec<&TimelineEvent> = known.iter().filter(|e| e.kind == "her2").collect();
    let Some(latest) = her2.last() else { return };
    if b.facts.get("her2").is_some_and(|f| f.value == FactValue::Word("positive".into())) {
        b.infer(
            "her2_class",
            FactValue::Word("positive".into()),
            &[latest],
            latest.date,
            "HER2 positive (IHC 3+ or ISH amplified)",
        );
        return;
    }
    let Some(ihc) = her2.iter().rfind(|e| e.detail("ihc_score").is_some()) else { return };
    let score = ihc.detail("ihc_score").and_then(|s| s.parse::<f64>().ok()).unwrap_or(-1.0);
    let ish_negative =
        her2.iter().any(|e| e.id != ihc.id && e.result() == Some("negative") && e.detail("ihc_score").is_none())
            || b.facts.get("her2").is_some_and(|f| f.value == FactValue::Word("negative".into()));
    let reported = ["reported", "interpretation", "comment"]
        .iter()
        .filter_map(|d| ihc.detail(d))
        .collect::<Vec<_>>()
        .join(" ")
        .to_ascii_lowercase();
    let (class, reason) = if score >= 3.0 {
        ("positive", "IHC 3+".to_string())
    } else if score >= 1.0 && (score < 2.0 || ish_negative) {
        ("low", format!("IHC {score}+{} (HER2-low)", if score >= 2.0 { " with ISH not amplified" } else { "" }))
    } else if score == 0.0 {
        if ["ultralow", "ultra-low", "faint", "incomplete", "barely perceptible"].iter().any(|w| reported.contains(w)) {
            ("ultralow", "IHC 0 with faint or incomplete membrane staining (HER2-ultralow)".to_string())
        } else if ["null", "no staining", "no membrane staining", "no membranous staining", "absent"]
            .iter()
            .any(|w| reported.contains(w))
        {
            ("zero", "IHC 0 without membrane staining (HER2-null)".to_string())
        } else {
            // IHC 0 with no statement about staining: ultralow cannot be excluded.
            return;
        }
    } else {
        return;
    };
    b.infer("her2_class", FactValue::Word(class.into()), &[ihc], ihc.date, &reason);
}

/// Androgen deprivation begun this recently (days) is taken as treating castration-sensitive
/// disease even without a PSA trend on it.
const ADT_RECENT_DAYS: i64 = 365;

/// Orchiectomy (SNOMED CT): total orchidectomy, radical bilateral orchiectomy, excision of
/// bilateral testes.
const ORCHIECTOMY: [&str; 3] = ["236334001", "87375004", "386634006"];

/// Platinum ingredients (RxNorm): cisplatin, carboplatin.
const PLATINUM_RXCUI: [&str; 2] = ["2555", "40048"];

/// How close (days) a platinum dose and a radiotherapy course must be to count as concurrent.
const CONCURRENT_DAYS: i64 = 42;

fn definitive_chemoradiation(b: &mut Builder, known: &[TimelineEvent]) {
    let lung = has_dx(b, "C34", &["254637007", "363358000", "93880001"]);
    let metastatic = b.facts.get("m").is_some_and(|f| matches!(&f.value, FactValue::Graded(g) if g.rank > 0))
        || b.facts.get("stage").is_some_and(|f| matches!(&f.value, FactValue::Graded(g) if g.rank >= 4));
    if !lung || metastatic || known.iter().any(|e| e.category == Category::Surgery) {
        return;
    }
    let platinum: Vec<&TimelineEvent> = known
        .iter()
        .filter(
            |e| matches!(&e.value, Some(EventValue::Drug { rxcui, .. }) if PLATINUM_RXCUI.contains(&rxcui.as_str())),
        )
        .collect();
    let Some((rt, chemo)) = known.iter().filter(|e| e.category == Category::Radiotherapy).find_map(|rt| {
        let rt_end = rt.end.unwrap_or(rt.date);
        platinum
            .iter()
            .find(|p| {
                (p.date - rt.date).num_days() <= CONCURRENT_DAYS && (rt_end - p.date).num_days() >= -CONCURRENT_DAYS
            })
            .map(|p| (rt, *p))
    }) else {
        return;
    };
    let name = match &chemo.value {
        Some(EventValue::Drug { name, .. }) => name.as_str(),
        _ => "platinum",
    };
    b.infer(
        "resectable",
        FactValue::Bool(false),
        &[rt, chemo],
        rt.date,
        &format!(
            "definitive chemoradiation ({} with {name} from {}) and no resection on record: managed as unresectable",
            rt.label, chemo.date
        ),
    );
}

/// Resectable: stage I-II non-small cell lung cancer (T1-T3 N0-N1 M0, AJCC 8th) is
/// anatomically resectable; with ECOG 0-1 and no inoperability on record the patient is a
/// surgical candidate (NCI PDQ: surgery for stage I-II patients who can tolerate it; the
/// question left for stage I-II is medical operability, not anatomy). Documented
/// resectability or inoperability (a note's "not a candidate for lobectomy") beats it.
fn early_lung_operable(b: &mut Builder, known: &[TimelineEvent]) {
    let lung = has_dx(b, "C34", &["254637007", "363358000", "93880001"]);
    let early =
        b.facts.get("stage").is_some_and(|f| matches!(&f.value, FactValue::Graded(g) if (1..=2).contains(&g.rank)));
    let fit = b.facts.get("ecog").is_some_and(|f| matches!(f.value, FactValue::Number(v) if v <= 1.0));
    // Not once metastatic or recurrent, treated with radiotherapy, or small-cell.
    let metastatic = b.facts.get("m").is_some_and(|f| matches!(&f.value, FactValue::Graded(g) if g.rank > 0))
        || b.facts.get("recurrence").is_some_and(|f| matches!(f.value, FactValue::Event(Some(_))));
    let irradiated = known.iter().any(|e| e.category == Category::Radiotherapy);
    let small_cell = b.facts.get("histology").is_some_and(|f| value_text(&f.value).contains("small_cell"));
    if !lung || !early || !fit || metastatic || irradiated || small_cell || b.facts.get("resectable").is_some() {
        return;
    }
    let stage = known.iter().rfind(|e| e.category == Category::Staging && e.kind == "stage_group");
    let Some(ecog) = known.iter().rfind(|e| e.category == Category::PerformanceStatus) else { return };
    let stage_text = b.facts.get("stage").map(|f| value_text(&f.value)).unwrap_or_default();
    let events: Vec<&TimelineEvent> = stage.into_iter().chain([ecog]).collect();
    b.infer(
        "resectable",
        FactValue::Bool(true),
        &events,
        ecog.date,
        &format!(
            "stage {stage_text} non-small cell lung cancer is anatomically resectable and {} with no inoperability on record: a surgical candidate",
            ecog.label
        ),
    );
}

fn sidedness(b: &mut Builder, known: &[TimelineEvent]) {
    for e in known.iter().filter(|e| e.kind == "primary_cancer").rev() {
        let icd = e
            .detail("icd10")
            .map(str::to_string)
            .or_else(|| e.code.as_ref().filter(|c| c.system == "icd10").map(|c| c.code.clone()));
        let text = format!("{} {}", e.label, e.detail("body_site").unwrap_or_default()).to_ascii_lowercase();
        let by_code = icd.as_deref().and_then(|c| {
            let c = c.replace('.', "");
            match c.get(..4)? {
                "C180" | "C181" | "C182" | "C183" | "C184" => Some("right"),
                "C185" | "C186" | "C187" => Some("left"),
                _ if c.starts_with("C19") || c.starts_with("C20") => Some("left"),
                _ => None,
            }
        });
        let by_text = if ["cecum", "caecum", "ascending", "hepatic flexure", "transverse", "right colon", "right-sided"]
            .iter()
            .any(|w| text.contains(w))
        {
            Some("right")
        } else if [
            "descending",
            "sigmoid",
            "splenic flexure",
            "rectosigmoid",
            "rectum",
            "rectal",
            "left colon",
            "left-sided",
        ]
        .iter()
        .any(|w| text.contains(w))
        {
            Some("left")
        } else {
            None
        };
        if let Some(side) = by_code.or(by_text) {
            let why = match (by_code, &icd) {
                (Some(_), Some(c)) => format!(
                    "primary site {c} (ICD-10-CM: caecum to transverse = right; splenic flexure to rectum = left)"
                ),
                _ => format!("primary site \"{}\"", e.label),
            };
            b.infer("sidedness", FactValue::Word(side.into()), &[e], e.date, &why);
            return;
        }
    }
}

fn psa_doubling_time(b: &mut Builder, known: &[TimelineEvent]) {
    let psas: Vec<(&TimelineEvent, f64)> = known
        .iter()
        .filter(|e| e.kind == "psa")
        .filter_map(|e| match &e.value {
            Some(EventValue::Quantity { value, .. }) if *value > 0.0 => Some((e, *value)),
            _ => None,
        })
        .collect();
    let Some(nadir_ix) = psas.iter().enumerate().min_by(|a, b| a.1 .1.total_cmp(&b.1 .1)).map(|(i, _)| i) else {
        return;
    };
    let rising = &psas[nadir_ix..];
    if rising.len() < 2 {
        return;
    }
    let t0 = rising[0].0.date;
    let xs: Vec<f64> = rising.iter().map(|(e, _)| (e.date - t0).num_days() as f64 / 30.4375).collect();
    let ys: Vec<f64> = rising.iter().map(|(_, v)| v.ln()).collect();
    let n = xs.len() as f64;
    let (mx, my) = (xs.iter().sum::<f64>() / n, ys.iter().sum::<f64>() / n);
    let sxx: f64 = xs.iter().map(|x| (x - mx).powi(2)).sum();
    let sxy: f64 = xs.iter().zip(&ys).map(|(x, y)| (x - mx) * (y - my)).sum();
    if sxx <= 0.0 || sxy <= 0.0 {
        return;
    }
    let slope = sxy / sxx;
    let months = (std::f64::consts::LN_2 / slope * 10.0).round() / 10.0;
    let events: Vec<&TimelineEvent> = rising.iter().map(|(e, _)| *e).collect();
    let last = events.last().map(|e| e.date).unwrap_or(t0);
    b.infer(
        "psa_doubling_time",
        FactValue::Number(months),
        &events,
        last,
        &format!("{} PSA values from {} to {} (log-linear fit)", rising.len(), t0, last),
    );
}

/// (event, gene, present, alteration, origin).
type VariantFinding<'a> = (&'a TimelineEvent, &'a str, bool, Option<&'a str>, Option<&'a str>);

/// Hormone receptor status: a combined status as a record states it (ICD-10-CM Z17.41
/// "hormone receptor positive"), else — or when a receptor result is newer — positive when
/// ER or PR is positive and negative when both are negative
/// ([`PatientFacts::hormone_receptors_from_er_pr`], the ASCO/CAP definition).
fn hormone_receptor_status(b: &mut Builder, known: &[TimelineEvent]) {
    let stated = known.iter().rfind(|e| {
        e.category == Category::Biomarker
            && e.kind == "hr"
            && e.result().is_some_and(|r| r == "positive" || r == "negative")
    });
    let derived = b.facts.hormone_receptors_from_er_pr();
    match (stated, derived) {
        (Some(e), d) if d.as_ref().is_none_or(|d| d.as_of <= e.date) => b.set(
            "hr",
            FactValue::Word(e.result().unwrap_or_default().into()),
            &[e],
            e.date,
            "stated hormone receptor status",
        ),
        (_, Some(d)) => {
            let rule =
                if d.value == FactValue::Word("positive".into()) { "ER or PR positive" } else { "ER and PR negative" };
            let ids: Vec<String> = ["er", "pr"]
                .iter()
                .flat_map(|f| b.derivation.get(*f).map(|x| x.events.clone()).unwrap_or_default())
                .collect();
            let events: Vec<&TimelineEvent> = known.iter().filter(|k| ids.contains(&k.id)).collect();
            b.set("hr", d.value, &events, d.as_of, rule);
        }
        _ => {}
    }
}

struct Builder {
    facts: PatientFacts,
    derivation: BTreeMap<String, FactDerivation>,
    conflicts: Vec<FactConflict>,
}

impl Builder {
    fn set(&mut self, name: &str, value: FactValue, events: &[&TimelineEvent], as_of: NaiveDate, rule: &str) {
        let mut evidence: Vec<String> = Vec::new();
        for e in events {
            for s in &e.sources {
                if !evidence.contains(s) {
                    evidence.push(s.clone());
                }
            }
        }
        if self.facts.set(name, value, evidence, as_of).is_ok() {
            self.derivation.insert(
                name.to_string(),
                FactDerivation {
                    events: events.iter().map(|e| e.id.clone()).collect(),
                    rule: rule.to_string(),
                    inferred: false,
                },
            );
        }
    }

    /// Sets a value the chart implies. A documented value always wins; when it disagrees,
    /// the disagreement is recorded in [`FactsReport::conflicts`].
    fn infer(&mut self, name: &str, value: FactValue, events: &[&TimelineEvent], as_of: NaiveDate, reason: &str) {
        if let Some(existing) = self.facts.get(name) {
            let inferred_before = self.derivation.get(name).is_some_and(|d| d.inferred);
            if !inferred_before && existing.value != value {
                let evidence = events.iter().flat_map(|e| e.sources.iter().cloned()).collect();
                self.conflicts.push(FactConflict {
                    fact: name.to_string(),
                    documented: value_text(&existing.value),
                    inferred: value_text(&value),
                    reason: reason.to_string(),
                    evidence,
                });
            }
            return;
        }
        self.set(name, value, events, as_of, &format!("inferred: {reason}"));
        if let Some(d) = self.derivation.get_mut(name) {
            d.inferred = true;
        }
    }
}

/// A fact value as a reviewer reads it ("post", "IIIA", "wildtype", a date).
pub fn value_text(v: &FactValue) -> String {
    v.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::twin::history::normalise::normalise;
    use serde_json::{json, Value};

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    /// Facts from FHIR resources as a chart would hold them.
    fn facts_of(resources: &[Value], as_of: &str) -> FactsReport {
        let mut events = Vec::new();
        for (i, r) in resources.iter().enumerate() {
            let ty = r["resourceType"].as_str().expect("type");
            let id = r["id"].as_str().map(str::to_string).unwrap_or_else(|| format!("r{i}"));
            events.extend(normalise(ty, &id, r));
        }
        facts_as_of("p", &events, day(as_of))
    }

    fn patient(sex: &str, birth: &str) -> Value {
        json!({"resourceType": "Patient", "id": "p", "gender": sex, "birthDate": birth})
    }

    fn condition(id: &str, code: Value, onset: &str) -> Value {
        json!({"resourceType": "Condition", "id": id, "code": code, "onsetDateTime": onset})
    }

    fn obs(id: &str, code: Value, value: (&str, Value), date: &str) -> Value {
        let mut o = json!({"resourceType": "Observation", "id": id, "status": "final", "code": code, "effectiveDateTime": date});
        o[value.0] = value.1;
        o
    }

    fn loinc(code: &str, display: &str) -> Value {
        json!({"coding": [{"system": "http://loinc.org", "code": code, "display": display}]})
    }

    fn breast_cancer() -> Value {
        condition(
            "dx",
            json!({"coding": [{"system": "http://snomed.info/sct", "code": "254837009", "display": "Malignant neoplasm of breast (disorder)"}]}),
            "2024-01-10",
        )
    }

    fn word(r: &FactsReport, fact: &str) -> Option<String> {
        match r.facts.get(fact).map(|f| &f.value) {
            Some(FactValue::Word(w)) => Some(w.clone()),
            _ => None,
        }
    }

    #[test]
    fn age_sixty_or_more_implies_postmenopausal_with_its_reason() {
        let r = facts_of(&[patient("female", "1961-03-01"), breast_cancer()], "2024-06-01");
        assert_eq!(word(&r, "menopause").as_deref(), Some("post"));
        let d = &r.derivation["menopause"];
        assert!(d.inferred);
        assert!(d.rule.contains("inferred: age 63 ≥ 60"), "{}", d.rule);
        assert_eq!(r.facts.get("menopause").map(|f| f.evidence.clone()), Some(vec!["Patient/p".to_string()]));
        // Under 60 nothing is inferred: the gap stays a documentation gap.
        let young = facts_of(&[patient("female", "1972-03-01"), breast_cancer()], "2024-06-01");
        assert!(young.facts.get("menopause").is_none());
    }

    #[test]
    fn a_stage_group_is_inferred_from_t_n_and_m_with_its_reason() {
        let tnm = |id: &str, code: &str, value: &str| {
            obs(id, loinc(code, "TNM"), ("valueCodeableConcept", json!({"text": value})), "2024-02-01")
        };
        let resources = [
            patient("female", "1975-03-01"),
            breast_cancer(),
            tnm("t", "21899-0", "pT2"),
            tnm("n", "21900-6", "pN1a"),
            tnm("m", "21901-4", "cM0"),
        ];
        let r = facts_of(&resources, "2024-06-01");
        let stage = r.facts.get("stage").expect("stage inferred");
        assert!(matches!(&stage.value, FactValue::Graded(g) if g.to_string() == "IIB"), "{:?}", stage.value);
        let d = &r.derivation["stage"];
        assert!(d.inferred && d.rule.contains("T2 N1a M0 is stage IIB") && d.rule.contains("AJCC"), "{}", d.rule);
        assert!(stage.evidence.contains(&"Observation/t".to_string()), "{:?}", stage.evidence);
        // A documented stage group wins.
        let documented = tnm("g", "21902-2", "IIA");
        let mut with_group = resources.to_vec();
        with_group.push(documented);
        let r = facts_of(&with_group, "2024-06-01");
        assert!(!r.derivation["stage"].inferred);
        // Without M and with no metastasis on record, cM0 is taken and said.
        let r = facts_of(&resources[..4], "2024-06-01");
        assert!(
            r.derivation["stage"].rule.contains("cM0: no distant metastasis on record"),
            "{}",
            r.derivation["stage"].rule
        );
    }

    #[test]
    fn a_documented_value_beats_an_inferred_one_and_the_contradiction_is_shown() {
        let status = obs(
            "meno",
            json!({"text": "Menopausal status"}),
            ("valueCodeableConcept", json!({"text": "Premenopausal"})),
            "2024-01-12",
        );
        let r = facts_of(&[patient("female", "1961-03-01"), breast_cancer(), status], "2024-06-01");
        assert_eq!(word(&r, "menopause").as_deref(), Some("pre"));
        assert!(!r.derivation["menopause"].inferred);
        let c = r.conflicts.iter().find(|c| c.fact == "menopause").expect("the contradiction is recorded");
        assert_eq!((c.documented.as_str(), c.inferred.as_str()), ("pre", "post"));
        assert!(c.reason.contains("age 63"), "{}", c.reason);
    }

    #[test]
    fn hormone_refractory_diagnosis_means_castration_resistant_and_progression() {
        let dx = condition("crpc", json!({"text": "Hormone-refractory prostate cancer"}), "2024-04-02");
        let t = obs(
            "t",
            loinc("2986-8", "Testosterone [Mass/volume] in Serum or Plasma"),
            ("valueQuantity", json!({"value": 18, "unit": "ng/dL"})),
            "2024-04-01",
        );
        let psa = obs(
            "psa",
            loinc("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"),
            ("valueQuantity", json!({"value": 55, "unit": "ng/mL"})),
            "2024-04-01",
        );
        let r = facts_of(&[patient("male", "1950-01-01"), dx, t, psa], "2024-05-01");
        assert_eq!(word(&r, "castration").as_deref(), Some("resistant"));
        assert!(!r.derivation["castration"].inferred, "a stated diagnosis is documentation");
        assert_eq!(
            r.facts.get("progression").map(|f| f.value.clone()),
            Some(FactValue::Event(Some(day("2024-04-02"))))
        );
        let d = &r.derivation["progression"];
        assert!(d.inferred && d.rule.contains("castration-resistant"), "{}", d.rule);
    }

    #[test]
    fn rising_psa_at_castrate_testosterone_is_inferred_resistance_with_the_values() {
        let dx = condition(
            "dx",
            json!({"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C61", "display": "Malignant neoplasm of prostate"}]}),
            "2022-01-01",
        );
        let psa = |id: &str, v: f64, d: &str| {
            obs(id, loinc("2857-1", "PSA"), ("valueQuantity", json!({"value": v, "unit": "ng/mL"})), d)
        };
        let t = obs(
            "t",
            loinc("2986-8", "Testosterone"),
            ("valueQuantity", json!({"value": 0.6, "unit": "nmol/L"})),
            "2024-01-05",
        );
        let r = facts_of(
            &[
                patient("male", "1950-01-01"),
                dx,
                t,
                psa("a", 0.8, "2023-06-01"),
                psa("b", 2.1, "2023-12-01"),
                psa("c", 4.4, "2024-03-01"),
            ],
            "2024-04-01",
        );
        assert_eq!(word(&r, "castration").as_deref(), Some("resistant"));
        let d = &r.derivation["castration"];
        assert!(d.inferred && d.rule.contains("from 0.8 to 4.4"), "{}", d.rule);
        // And the PSA doubling time from the same values, in months.
        let Some(FactValue::Number(dt)) = r.facts.get("psa_doubling_time").map(|f| f.value.clone()) else {
            panic!("PSADT derived")
        };
        assert!((2.0..5.0).contains(&dt), "{dt}");
    }

    #[test]
    fn msi_interpretation_with_snomed_answers() {
        let colon = condition(
            "dx",
            json!({"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C18.7", "display": "Malignant neoplasm of sigmoid colon"}]}),
            "2024-01-10",
        );
        let msi = |code: &str| {
            obs(
                "msi",
                loinc(
                    "81695-9",
                    "Microsatellite instability [Interpretation] in Cancer specimen Qualitative by Molecular method",
                ),
                ("valueCodeableConcept", json!({"coding": [{"system": "http://snomed.info/sct", "code": code}]})),
                "2024-01-20",
            )
        };
        let r = facts_of(&[patient("male", "1960-01-01"), colon.clone(), msi("10828004")], "2024-02-01");
        assert_eq!(word(&r, "msi").as_deref(), Some("high"));
        let r = facts_of(&[patient("male", "1960-01-01"), colon, msi("260385009")], "2024-02-01");
        assert_eq!(word(&r, "msi").as_deref(), Some("stable"));
        assert_eq!(word(&r, "sidedness").as_deref(), Some("left"));
        assert!(r.derivation["sidedness"].rule.contains("C18.7"));
    }

    #[test]
    fn a_completed_resection_means_resectable() {
        let colon = condition(
            "dx",
            json!({"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C18.2"}], "text": "Adenocarcinoma of ascending colon"}),
            "2024-01-10",
        );
        let surgery = json!({"resourceType": "Procedure", "id": "colectomy", "status": "completed",
            "code": {"coding": [{"system": "http://snomed.info/sct", "code": "23968004", "display": "Colectomy"}]},
            "performedDateTime": "2024-02-01"});
        let r = facts_of(&[patient("female", "1960-01-01"), colon, surgery], "2024-03-01");
        assert_eq!(r.facts.get("resectable").map(|f| f.value.clone()), Some(FactValue::Bool(true)));
        assert!(r.derivation["resectable"].rule.starts_with("inferred: a cancer resection was performed"));
        assert_eq!(word(&r, "sidedness").as_deref(), Some("right"));
    }

    #[test]
    fn early_lung_cancer_with_good_performance_status_is_operable() {
        let lung = condition(
            "dx",
            json!({"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C34.31"}], "text": "Adenocarcinoma, right lower lobe"}),
            "2026-02-23",
        );
        let stage = obs(
            "stage",
            loinc("21908-9", "Stage group.clinical Cancer"),
            ("valueCodeableConcept", json!({"text": "cT1c cN0 cM0 - clinical stage IA3"})),
            "2026-03-30",
        );
        let ecog = |v: i64| {
            obs("ecog", loinc("89247-1", "ECOG Performance Status score"), ("valueInteger", json!(v)), "2026-04-06")
        };
        let r = facts_of(&[patient("female", "1961-10-22"), lung.clone(), stage.clone(), ecog(0)], "2026-04-20");
        assert_eq!(r.facts.get("resectable").map(|f| f.value.clone()), Some(FactValue::Bool(true)));
        let d = &r.derivation["resectable"];
        assert!(d.inferred && d.rule.contains("anatomically resectable") && d.rule.contains("ECOG"), "{}", d.rule);
        // ECOG 2: operability is the surgeon's to say, nothing is inferred.
        let r = facts_of(&[patient("female", "1961-10-22"), lung.clone(), stage.clone(), ecog(2)], "2026-04-20");
        assert!(r.facts.get("resectable").is_none());
        // A stage III tumour's resectability is anatomy: nothing inferred either.
        let stage3 = obs(
            "stage",
            loinc("21908-9", "Stage group.clinical Cancer"),
            ("valueCodeableConcept", json!({"text": "IIIB"})),
            "2026-03-30",
        );
        let r = facts_of(&[patient("female", "1961-10-22"), lung, stage3, ecog(0)], "2026-04-20");
        assert!(r.facts.get("resectable").is_none());
    }

    #[test]
    fn metastases_confined_to_the_liver_and_a_resection_before_them() {
        let colon = condition(
            "dx",
            json!({"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C18.7", "display": "Malignant neoplasm of sigmoid colon"}]}),
            "2024-01-10",
        );
        let colectomy = json!({"resourceType": "Procedure", "id": "colectomy", "status": "completed",
            "code": {"coding": [{"system": "http://snomed.info/sct", "code": "23968004", "display": "Excision of colon"}]},
            "performedDateTime": "2024-02-01"});
        let liver = condition(
            "liver",
            json!({"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C78.7", "display": "Secondary malignant neoplasm of liver and intrahepatic bile duct"}]}),
            "2026-05-11",
        );
        let lung = condition(
            "lung",
            json!({"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C78.01", "display": "Secondary malignant neoplasm of right lung"}]}),
            "2026-05-11",
        );
        let r =
            facts_of(&[patient("male", "1960-01-01"), colon.clone(), colectomy.clone(), liver.clone()], "2026-06-01");
        assert_eq!(r.facts.get("liver_only_metastases").map(|f| f.value.clone()), Some(FactValue::Bool(true)));
        assert!(r.derivation["liver_only_metastases"].inferred);
        // The colectomy came before the metastases: it says nothing of whether they are resectable.
        assert!(r.facts.get("resectable").is_none(), "{:?}", r.derivation.get("resectable"));
        let r = facts_of(&[patient("male", "1960-01-01"), colon, colectomy, liver, lung], "2026-06-01");
        assert_eq!(r.facts.get("liver_only_metastases").map(|f| f.value.clone()), Some(FactValue::Bool(false)));
        assert!(r.derivation["liver_only_metastases"].rule.contains("outside the liver"));
    }

    #[test]
    fn definitive_chemoradiation_of_lung_cancer_means_unresectable() {
        let lung = || {
            condition(
                "dx",
                json!({"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C34.11"}], "text": "Malignant neoplasm of upper lobe, right lung"}),
                "2024-03-01",
            )
        };
        let stage = obs(
            "stage",
            loinc("21908-9", "Stage group.clinical Cancer"),
            ("valueCodeableConcept", json!({"text": "IIB"})),
            "2024-03-25",
        );
        let carboplatin = json!({"resourceType": "MedicationAdministration", "id": "carbo", "status": "completed",
            "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "40048", "display": "carboplatin"}]},
            "effectiveDateTime": "2024-04-15"});
        let rt = json!({"resourceType": "Procedure", "id": "rt", "status": "completed",
            "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "77412"}], "text": "Definitive thoracic radiotherapy 60 Gy"},
            "performedPeriod": {"start": "2024-04-15", "end": "2024-05-24"}});
        let r = facts_of(
            &[patient("male", "1950-01-01"), lung(), stage.clone(), carboplatin.clone(), rt.clone()],
            "2024-08-01",
        );
        assert_eq!(r.facts.get("resectable").map(|f| f.value.clone()), Some(FactValue::Bool(false)));
        let d = &r.derivation["resectable"];
        assert!(
            d.inferred && d.rule.contains("definitive chemoradiation") && d.rule.contains("carboplatin"),
            "{}",
            d.rule
        );
        // Radiotherapy alone, or chemoradiation followed by a resection: nothing inferred
        // (rectal cancer's neoadjuvant chemoradiation is followed by surgery, too).
        let r = facts_of(&[patient("male", "1950-01-01"), lung(), stage.clone(), rt.clone()], "2024-08-01");
        assert!(r.facts.get("resectable").is_none());
        let lobectomy = json!({"resourceType": "Procedure", "id": "lob", "status": "completed",
            "code": {"coding": [{"system": "http://snomed.info/sct", "code": "173171007", "display": "Lobectomy of lung"}]},
            "performedDateTime": "2024-07-01"});
        let r = facts_of(
            &[patient("male", "1950-01-01"), lung(), stage.clone(), carboplatin.clone(), rt.clone(), lobectomy],
            "2024-08-01",
        );
        assert_eq!(r.facts.get("resectable").map(|f| f.value.clone()), Some(FactValue::Bool(true)));
        // A documented "resectable" beats the inference, and the contradiction is shown.
        let documented = obs(
            "stage",
            loinc("21908-9", "Stage group.clinical Cancer"),
            ("valueCodeableConcept", json!({"text": "Stage IIB, resectable (tumor board)"})),
            "2024-03-25",
        );
        let r = facts_of(&[patient("male", "1950-01-01"), lung(), documented, carboplatin, rt], "2024-08-01");
        assert_eq!(r.facts.get("resectable").map(|f| f.value.clone()), Some(FactValue::Bool(true)));
        assert!(!r.derivation["resectable"].inferred);
        assert!(r.conflicts.iter().any(|c| c.fact == "resectable" && c.inferred == "false"), "{:?}", r.conflicts);
    }

    #[test]
    fn prostate_inferences_say_why_and_need_evidence() {
        let prostate = || {
            condition(
                "dx",
                json!({"coding": [{"system": "http://snomed.info/sct", "code": "399068003", "display": "Malignant tumor of prostate"}]}),
                "2020-09-01",
            )
        };
        let psa = |id: &str, v: f64, d: &str| {
            obs(id, loinc("2857-1", "PSA"), ("valueQuantity", json!({"value": v, "unit": "ng/mL"})), d)
        };
        let rp = json!({"resourceType": "Procedure", "id": "rp", "status": "completed",
            "code": {"coding": [{"system": "http://snomed.info/sct", "code": "26294005", "display": "Radical prostatectomy"}]},
            "performedDateTime": "2020-09-22"});
        let pet = json!({"resourceType": "Observation", "id": "pet", "status": "final",
            "code": {"text": "PSMA PET/CT (18F-piflufolastat)"}, "effectiveDateTime": "2024-05-28",
            "valueString": "No PSMA-avid nodal, osseous or visceral metastatic disease"});
        // Biochemical recurrence: PSA >= 0.2 twice after prostatectomy; PSMA PET negative: M0.
        let r = facts_of(
            &[
                patient("male", "1955-01-01"),
                prostate(),
                rp.clone(),
                psa("a", 0.02, "2020-12-14"),
                psa("b", 0.9, "2023-11-20"),
                psa("c", 1.6, "2024-02-19"),
                pet,
            ],
            "2024-06-10",
        );
        assert_eq!(r.facts.get("recurrence").map(|f| f.value.clone()), Some(FactValue::Event(Some(day("2023-11-20")))));
        assert!(r.derivation["recurrence"].inferred && r.derivation["recurrence"].rule.contains("AUA"));
        assert!(matches!(r.facts.get("m").map(|f| f.value.clone()), Some(FactValue::Graded(g)) if g.rank == 0));
        assert!(r.derivation["m"].rule.contains("PSMA PET"), "{}", r.derivation["m"].rule);
        // One PSA of 0.9: not yet a confirmed recurrence.
        let r = facts_of(&[patient("male", "1955-01-01"), prostate(), rp, psa("b", 0.9, "2023-11-20")], "2024-06-10");
        assert!(!matches!(r.facts.get("recurrence").map(|f| f.value.clone()), Some(FactValue::Event(Some(_)))));
        // Three years on leuprolide with one PSA and no assessment: castration status unknown;
        // leuprolide begun three months ago: castration-sensitive, inferred.
        let leuprolide = |id: &str, d: &str| {
            json!({"resourceType": "MedicationAdministration", "id": id, "status": "completed",
                "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "42375", "display": "leuprolide"}]},
                "effectiveDateTime": d})
        };
        let r = facts_of(
            &[patient("male", "1955-01-01"), prostate(), leuprolide("l1", "2021-02-01"), psa("p", 6.2, "2024-06-10")],
            "2024-07-01",
        );
        assert!(r.facts.get("castration").is_none(), "{:?}", r.facts.get("castration"));
        let r = facts_of(&[patient("male", "1955-01-01"), prostate(), leuprolide("l1", "2024-04-01")], "2024-07-01");
        assert_eq!(word(&r, "castration").as_deref(), Some("sensitive"));
        assert!(r.derivation["castration"].inferred && r.derivation["castration"].rule.contains("within a year"));
    }

    #[test]
    fn a_tumour_board_assessment_documents_resectability() {
        let lung = condition(
            "dx",
            json!({"coding": [{"system": "http://snomed.info/sct", "code": "254637007", "display": "Non-small cell lung cancer"}]}),
            "2024-10-01",
        );
        let board = json!({"resourceType": "Observation", "id": "tb", "status": "final",
            "code": {"text": "Thoracic tumor board recommendation"}, "effectiveDateTime": "2024-11-04",
            "valueString": "Resectable (lobectomy feasible). Plan: neoadjuvant chemo-immunotherapy, then surgery."});
        let r = facts_of(&[patient("male", "1960-01-01"), lung, board], "2024-11-10");
        assert_eq!(r.facts.get("resectable").map(|f| f.value.clone()), Some(FactValue::Bool(true)));
        assert!(!r.derivation["resectable"].inferred);
    }

    #[test]
    fn her2_low_and_ultralow_from_ihc_and_ish() {
        let ihc = |v: &str| {
            obs(
                "ihc",
                loinc("85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain"),
                ("valueString", json!(v)),
                "2024-01-12",
            )
        };
        let ish = obs(
            "ish",
            loinc("85318-4", "HER2 [Presence] in Breast cancer specimen by FISH"),
            (
                "valueCodeableConcept",
                json!({"coding": [{"system": "http://loinc.org", "code": "LA6577-6", "display": "Negative"}]}),
            ),
            "2024-01-14",
        );
        let r = facts_of(&[patient("female", "1970-01-01"), breast_cancer(), ihc("2+"), ish], "2024-02-01");
        assert_eq!(word(&r, "her2").as_deref(), Some("negative"));
        assert_eq!(word(&r, "her2_class").as_deref(), Some("low"));
        let r = facts_of(
            &[
                patient("female", "1970-01-01"),
                breast_cancer(),
                ihc("0 (faint incomplete membrane staining in <10% of cells)"),
            ],
            "2024-02-01",
        );
        assert_eq!(word(&r, "her2_class").as_deref(), Some("ultralow"));
        // IHC 0 whose staining is qualified in the pathologist's comment (Observation.note).
        let mut null = ihc("0");
        null["note"] = json!([{"text": "No membrane staining in any tumor cells (HER2-null)"}]);
        let r = facts_of(&[patient("female", "1970-01-01"), breast_cancer(), null], "2024-02-01");
        assert_eq!(word(&r, "her2_class").as_deref(), Some("zero"));
        assert!(r.derivation["her2_class"].rule.contains("HER2-null"), "{}", r.derivation["her2_class"].rule);
        // IHC 0 with nothing said about staining: ultralow cannot be excluded, no class.
        let r = facts_of(&[patient("female", "1970-01-01"), breast_cancer(), ihc("0")], "2024-02-01");
        assert_eq!(word(&r, "her2_class"), None);
        // IHC 2+ without ISH is equivocal: no class is guessed.
        let r = facts_of(&[patient("female", "1970-01-01"), breast_cancer(), ihc("2+")], "2024-02-01");
        assert_eq!(word(&r, "her2_class"), None);
    }

    #[test]
    fn ras_wild_type_needs_more_than_a_codon_12_13_test() {
        let colon = condition(
            "dx",
            json!({"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C18.7"}]}),
            "2024-01-10",
        );
        let kras = |text: &str| {
            obs(
                "kras",
                json!({"text": text}),
                (
                    "valueCodeableConcept",
                    json!({"coding": [{"system": "http://loinc.org", "code": "LA6577-6", "display": "Negative"}]}),
                ),
                "2024-01-20",
            )
        };
        let r = facts_of(
            &[patient("male", "1960-01-01"), colon.clone(), kras("KRAS codon 12/13 mutation analysis")],
            "2024-02-01",
        );
        assert!(r.facts.get("kras").is_none(), "a codon 12/13 test does not establish KRAS wild-type");
        let r = facts_of(
            &[patient("male", "1960-01-01"), colon, kras("KRAS exons 2, 3 and 4 mutation analysis (NGS)")],
            "2024-02-01",
        );
        assert_eq!(r.facts.get("kras").map(|f| f.value.clone()), Some(FactValue::Variants(vec![])));
    }

    #[test]
    fn prior_drug_classes_come_from_the_ingredient_table() {
        let colon = condition(
            "dx",
            json!({"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C18.7"}]}),
            "2024-01-10",
        );
        let give = |id: &str, rxcui: &str, name: &str| {
            json!({"resourceType": "MedicationAdministration", "id": id, "status": "completed",
            "medicationCodeableConcept": {"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": rxcui, "display": name}]},
            "effectiveDateTime": "2024-02-01"})
        };
        let r = facts_of(
            &[
                patient("male", "1960-01-01"),
                colon,
                give("a", "4492", "fluorouracil"),
                give("b", "32592", "oxaliplatin"),
            ],
            "2024-03-01",
        );
        let Some(FactValue::Variants(classes)) = r.facts.get("prior_classes").map(|f| f.value.clone()) else {
            panic!()
        };
        assert_eq!(classes, ["fluoropyrimidine", "oxaliplatin", "platinum"]);
    }

    #[test]
    fn the_ingredient_table_loads_and_bad_rows_are_named_by_line() {
        assert!(codes::ingredients().len() >= 60);
        let bad = "rxcui,name,class,group,classes,synonyms,source\n\
                   224905,trastuzumab,targeted,,anti_her2,,RxNav\n\
                   224905,trastuzumab again,targeted,,,,RxNav\n\
                   1,foo,magic,,,,RxNav\n\
                   2,bar,targeted,,anti_gravity,,RxNav\n\
                   3,baz,targeted,,,,\n\
                   x4,qux,targeted,,,,RxNav\n\
                   5,short\n";
        let errors = codes::parse_ingredients("t.csv", bad).expect_err("bad rows fail");
        let joined = errors.join("\n");
        for (line, what) in [
            (3, "already listed"),
            (4, "unknown class"),
            (5, "unknown prior-therapy class"),
            (6, "source"),
            (7, "not an RxNorm CUI"),
            (8, "expected 7 fields"),
        ] {
            assert!(
                joined.contains(&format!("t.csv:{line}: ")) && joined.contains(what),
                "line {line} {what}:\n{joined}"
            );
        }
    }
}
