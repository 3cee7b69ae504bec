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
use oncotwin_pathway::facts::{FactValue, Graded, TnmAxis};
use oncotwin_pathway::{Code, CodeSystem, PatientFacts};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// How one fact was derived.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactDerivation {
    /// Timeline event ids the value rests on.
    pub events: Vec<String>,
    /// The rule that turned them into the value.
    pub rule: String,
}

/// Facts as of a date, with how each was derived.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FactsReport {
    pub patient_id: String,
    pub as_of: NaiveDate,
    pub facts: PatientFacts,
    pub derivation: BTreeMap<String, FactDerivation>,
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
    let mut b = Builder { facts: PatientFacts::new(as_of), derivation: BTreeMap::new() };
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
        if let Some((e, word)) = histology {
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
        ("her2", "her2", &["positive", "negative", "equivocal"][..]),
        ("msi", "msi", &["high", "low", "stable"][..]),
        ("mmr", "mmr", &["deficient", "proficient"][..]),
    ] {
        let latest =
            of(Category::Biomarker, key).into_iter().rfind(|e| e.result().is_some_and(|r| allowed.contains(&r)));
        if let Some(e) = latest {
            b.set(fact, FactValue::Word(e.result().unwrap_or_default().into()), &[e], e.date, "latest result");
        }
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
        let mut words: BTreeSet<String> = BTreeSet::new();
        let mut evidence = Vec::new();
        for (e, gene, present, alteration, _) in &relevant {
            if *present {
                if let Some(w) = word_of(gene, alteration.unwrap_or("other")) {
                    words.insert(w);
                    evidence.push(*e);
                }
            }
        }
        let def = oncotwin_pathway::facts::fact_def(fact).expect("fact in vocabulary");
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
    gene_fact(&mut b, "brca", &["BRCA1", "BRCA2"], true, &|g, _| Some(g.to_ascii_lowercase()));
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

    FactsReport { patient_id: patient_id.to_string(), as_of, facts: b.facts, derivation: b.derivation }
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
    for e in &drugs {
        if let Some(EventValue::Drug { rxcui, .. }) = &e.value {
            if let Ok(code) = Code::new(CodeSystem::RxNorm, rxcui) {
                b.facts.record_service(code.clone(), e.date, e.sources.clone());
                codes_set.insert(code);
            }
        }
    }
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

    let procedures: Vec<&TimelineEvent> =
        known.iter().filter(|e| matches!(e.category, Category::Surgery | Category::Radiotherapy)).collect();
    let mut proc_codes: BTreeSet<Code> = BTreeSet::new();
    for e in &procedures {
        if let Some(c) = e.code.as_ref().filter(|c| c.system == "snomed") {
            if let Ok(code) = Code::new(CodeSystem::Snomed, &c.code) {
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
    castration(b, known, &progressions);
    residual_disease(b, known, derived);
}

/// Invasive residual disease at surgery after neoadjuvant therapy: the pathological T and N
/// read at or after that surgery; ypT0/Tis ypN0 is a pathologic complete response.
fn residual_disease(b: &mut Builder, known: &[TimelineEvent], derived: &Derived) {
    let Some(neoadjuvant) = derived.lines.iter().find(|l| l.setting == "neoadjuvant") else { return };
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
                || e.detail("snomed_parent") == Some("399068003"))
    });
    if !prostate {
        return;
    }
    let adt: Vec<&TimelineEvent> = known
        .iter()
        .filter(|e| match &e.value {
            Some(EventValue::Drug { rxcui, .. }) => {
                codes::ingredient_by_rxcui(rxcui).and_then(|i| i.group) == Some("gnrh")
            }
            _ => e.category == Category::Surgery && e.code.as_ref().is_some_and(|c| c.code == "41845008"),
        })
        .collect();
    let Some(start) = adt.iter().map(|e| e.date).min() else { return };
    let mut resistant: Vec<&TimelineEvent> = progressions.iter().copied().filter(|p| p.date > start).take(1).collect();
    let mut rule = "progression on androgen deprivation";
    if resistant.is_empty() {
        let mut nadir: Option<(f64, &TimelineEvent)> = None;
        for e in known.iter().filter(|e| e.kind == "psa" && e.date > start) {
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
    if resistant.is_empty() {
        let last = adt.iter().map(|e| e.date).max().unwrap_or(start);
        b.set(
            "castration",
            FactValue::Word("sensitive".into()),
            &adt,
            last,
            "on androgen deprivation, no progression since it started",
        );
    } else {
        let mut evidence = vec![adt[0]];
        evidence.extend(resistant.iter().copied());
        let date = resistant.iter().map(|e| e.date).max().unwrap_or(start);
        b.set("castration", FactValue::Word("resistant".into()), &evidence, date, rule);
    }
}

/// (event, gene, present, alteration, origin).
type VariantFinding<'a> = (&'a TimelineEvent, &'a str, bool, Option<&'a str>, Option<&'a str>);

struct Builder {
    facts: PatientFacts,
    derivation: BTreeMap<String, FactDerivation>,
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
                FactDerivation { events: events.iter().map(|e| e.id.clone()).collect(), rule: rule.to_string() },
            );
        }
    }
}
