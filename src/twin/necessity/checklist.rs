//! The hierarchical checklist of one supporting node: the pathway criteria along every route
//! to the node (OR over routes; each route an AND grouped by section), plus the checks the
//! node itself implies (line of therapy, not progressed on the same drug, requested duration).
//! Every leaf is evaluated against the facts as of the decision date; results propagate with
//! three-valued (Kleene) logic.

use oncotwin_pathway::criteria::{Criterion, Explanation, Truth};
use oncotwin_pathway::facts::FactValue;
use oncotwin_pathway::{Node, PatientFacts, ServiceRecord, Support};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Which part of the checklist a criterion belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Diagnosis,
    Stage,
    Biomarkers,
    PerformanceStatus,
    Patient,
    PriorTherapy,
    Line,
    Contraindications,
    Duration,
}

impl Section {
    pub fn title(self) -> &'static str {
        match self {
            Section::Diagnosis => "Diagnosis",
            Section::Stage => "Stage and extent",
            Section::Biomarkers => "Biomarkers",
            Section::PerformanceStatus => "Performance status",
            Section::Patient => "Patient",
            Section::PriorTherapy => "Prior therapy and course",
            Section::Line => "Line of therapy",
            Section::Contraindications => "Contraindications",
            Section::Duration => "Requested duration",
        }
    }

    /// The section of a fact of the pathway vocabulary.
    pub fn of_fact(fact: &str) -> Section {
        match fact {
            "dx" | "histology" => Section::Diagnosis,
            "stage" | "t" | "n" | "m" | "resectable" | "volume" => Section::Stage,
            "ecog" => Section::PerformanceStatus,
            "age" | "sex" | "menopause" => Section::Patient,
            "prior_lines" | "prior_therapies" => Section::Line,
            "prior_drugs" | "prior_procedures" | "surgery" | "radiotherapy_end" | "chemotherapy_end"
            | "residual_disease" | "progression" | "recurrence" | "diagnosis" => Section::PriorTherapy,
            _ => Section::Biomarkers,
        }
    }
}

/// How a checklist item combines its children.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Combine {
    All,
    Any,
    Not,
    Leaf,
}

/// One item of the checklist.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Check {
    /// Position in the tree (`1`, `1.2`, `1.2.3`).
    pub id: String,
    /// What is checked (a section title, a route, or the criterion text of a leaf).
    pub label: String,
    pub combine: Combine,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<Section>,
    pub result: Truth,
    /// Met: what supports it; not met: what contradicts it.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub evidence: Vec<String>,
    /// Unknown: the facts that are missing.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub missing: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub children: Vec<Check>,
}

impl Check {
    fn group(label: impl Into<String>, combine: Combine, section: Option<Section>, children: Vec<Check>) -> Check {
        let result = combine_truth(combine, children.iter().map(|c| c.result));
        let mut check = Check {
            id: String::new(),
            label: label.into(),
            combine,
            section,
            result,
            evidence: Vec::new(),
            missing: Vec::new(),
            children,
        };
        check.collect_from_children();
        check
    }

    fn leaf(
        label: impl Into<String>,
        section: Section,
        result: Truth,
        evidence: Vec<String>,
        missing: Vec<String>,
    ) -> Check {
        Check {
            id: String::new(),
            label: label.into(),
            combine: Combine::Leaf,
            section: Some(section),
            result,
            evidence,
            missing,
            children: Vec::new(),
        }
    }

    /// A group's evidence and missing facts are those of the children that decide it.
    fn collect_from_children(&mut self) {
        let deciding = match self.combine {
            Combine::Not => {
                self.evidence = self.children.iter().flat_map(|c| c.evidence.clone()).collect();
                self.missing = self.children.iter().flat_map(|c| c.missing.clone()).collect();
                return;
            }
            _ => self.result,
        };
        for c in self.children.iter().filter(|c| c.result == deciding) {
            for e in &c.evidence {
                if !self.evidence.contains(e) {
                    self.evidence.push(e.clone());
                }
            }
            for m in &c.missing {
                if !self.missing.contains(m) {
                    self.missing.push(m.clone());
                }
            }
        }
    }

    fn number(&mut self, id: String) {
        for (i, c) in self.children.iter_mut().enumerate() {
            c.number(format!("{id}.{}", i + 1));
        }
        self.id = id;
    }

    /// Every leaf, depth first.
    pub fn leaves(&self) -> Vec<&Check> {
        if self.children.is_empty() {
            return vec![self];
        }
        self.children.iter().flat_map(|c| c.leaves()).collect()
    }

    /// The leaves that make this item not met (following only the failing branches).
    pub fn contradicted(&self) -> Vec<&Check> {
        self.failing(Truth::NotMet)
    }

    /// The leaves that leave this item unknown.
    pub fn unknown(&self) -> Vec<&Check> {
        self.failing(Truth::Unknown)
    }

    /// The leaves that decide a `truth` result. Where an `any` fails, only its closest
    /// alternative is followed (the route with the fewest failing leaves): the reviewer sees
    /// what stands between the patient and the nearest route, not every route's failures.
    fn failing(&self, truth: Truth) -> Vec<&Check> {
        if self.result != truth {
            return Vec::new();
        }
        if self.children.is_empty() {
            return vec![self];
        }
        let leaves: Vec<&Check> = match self.combine {
            // A `not` fails because its child holds (or is unknown): show the child's leaves.
            Combine::Not => self.children.iter().flat_map(|c| c.leaves()).collect(),
            Combine::Any => {
                // The closest alternatives (ties kept: "MSI or MMR status" are both named).
                let alternatives: Vec<Vec<&Check>> =
                    self.children.iter().filter(|c| c.result == truth).map(|c| c.failing(truth)).collect();
                let fewest = alternatives.iter().map(Vec::len).min().unwrap_or(0);
                alternatives.into_iter().filter(|a| a.len() == fewest).flatten().collect()
            }
            _ => self.children.iter().flat_map(|c| c.failing(truth)).collect(),
        };
        let mut unique: Vec<&Check> = Vec::new();
        for l in leaves {
            if !unique.iter().any(|u| u.label == l.label) {
                unique.push(l);
            }
        }
        unique
    }
}

/// Kleene AND / OR / NOT.
pub fn combine_truth(combine: Combine, parts: impl Iterator<Item = Truth>) -> Truth {
    let parts: Vec<Truth> = parts.collect();
    match combine {
        Combine::All => {
            if parts.contains(&Truth::NotMet) {
                Truth::NotMet
            } else if parts.contains(&Truth::Unknown) {
                Truth::Unknown
            } else {
                Truth::Met
            }
        }
        Combine::Any => {
            if parts.contains(&Truth::Met) {
                Truth::Met
            } else if parts.contains(&Truth::Unknown) || parts.is_empty() {
                Truth::Unknown
            } else {
                Truth::NotMet
            }
        }
        Combine::Not => match parts.first() {
            Some(Truth::Met) => Truth::NotMet,
            Some(Truth::NotMet) => Truth::Met,
            _ => Truth::Unknown,
        },
        Combine::Leaf => parts.first().copied().unwrap_or(Truth::Unknown),
    }
}

/// The evidence pointer for a fact whose value rests on no resource (an absence, or a value
/// derived from the whole history): the decision's fact snapshot and its derivation rule.
pub fn fact_pointer(fact: &str) -> String {
    format!("facts#{fact}")
}

fn from_explanation(e: &Explanation, section: Section) -> Check {
    let combine = match e.criterion.as_str() {
        "all" if !e.children.is_empty() => Combine::All,
        "any" if !e.children.is_empty() => Combine::Any,
        "not" if !e.children.is_empty() => Combine::Not,
        _ => Combine::Leaf,
    };
    if combine == Combine::Leaf {
        return Check::leaf(
            e.criterion.clone(),
            section,
            e.outcome.truth,
            e.outcome.evidence.clone(),
            e.outcome.missing.clone(),
        );
    }
    let children: Vec<Check> = e.children.iter().map(|c| from_explanation(c, section)).collect();
    let label = match combine {
        Combine::All => "all of",
        Combine::Any => "any of",
        _ => "not",
    };
    Check::group(label, combine, Some(section), children)
}

fn conjuncts(c: &Criterion, out: &mut Vec<Criterion>) {
    match c {
        Criterion::All(xs) => xs.iter().for_each(|x| conjuncts(x, out)),
        other => out.push(other.clone()),
    }
}

/// One route to the node as an AND of sections.
fn route_check(label: String, criteria: &Criterion, facts: &PatientFacts) -> Check {
    let mut parts = Vec::new();
    conjuncts(criteria, &mut parts);
    // An edge guard and the node's own `when` often say the same thing: one leaf each.
    let mut seen = std::collections::HashSet::new();
    parts.retain(|p| seen.insert(p.to_string()));
    let mut by_section: BTreeMap<Section, Vec<Check>> = BTreeMap::new();
    for part in &parts {
        let section = part.facts().iter().map(|f| Section::of_fact(f)).min().unwrap_or(Section::Diagnosis);
        by_section.entry(section).or_default().push(from_explanation(&part.explain(facts), section));
    }
    let sections: Vec<Check> = by_section
        .into_iter()
        .map(|(section, items)| Check::group(section.title(), Combine::All, Some(section), items))
        .collect();
    Check::group(label, Combine::All, None, sections)
}

/// Line of therapy: a node for line L ≥ 2 needs at least L-1 earlier lines for advanced
/// disease. (First-line status is left to the route criteria: a continuing backbone such as
/// ADT counts as a line in the history, so "no earlier line" is not a reliable test.)
fn line_check(node: &Node, facts: &PatientFacts) -> Option<Check> {
    let line = node.line_of_therapy.filter(|l| *l >= 2)?;
    let label = format!("line of therapy {line}: at least {} prior line(s) for advanced disease", line - 1);
    let expected = f64::from(line - 1);
    Some(match facts.get("prior_lines") {
        None => Check::leaf(label, Section::Line, Truth::Unknown, Vec::new(), vec!["prior_lines".into()]),
        Some(entry) => {
            let FactValue::Number(n) = entry.value else {
                return None;
            };
            let mut evidence = entry.evidence.clone();
            if evidence.is_empty() {
                evidence.push(fact_pointer("prior_lines"));
            }
            if n < expected && oncotwin_pathway::criteria::history_open("prior_lines", facts) {
                // The record says its treatment history is incomplete: fewer lines on record
                // is not documentation of fewer lines given.
                return Some(Check::leaf(
                    format!("{label} (recorded: {n}; earlier records outstanding)"),
                    Section::Line,
                    Truth::Unknown,
                    Vec::new(),
                    vec!["prior_lines".into()],
                ));
            }
            Check::leaf(format!("{label} (recorded: {n})"), Section::Line, truth(n >= expected), evidence, Vec::new())
        }
    })
}

/// A step timed from an event that must have happened: adjuvant therapy after surgery (the
/// labels' "after complete resection"), consolidation after chemoradiation. The event on
/// record (dated no later than the decision) meets it; known not to have happened contradicts
/// it; not on record is documentation to ask for. The start window itself is practice, not a
/// gate, and is not checked.
fn anchor_check(node: &Node, facts: &PatientFacts) -> Option<Check> {
    let after = node.timing.as_ref()?.after.as_deref()?;
    if !matches!(after, "surgery" | "radiotherapy_end" | "chemotherapy_end") {
        return None;
    }
    let what = match after {
        "surgery" => "cancer surgery",
        "radiotherapy_end" => "radiotherapy",
        _ => "(neo)adjuvant chemotherapy",
    };
    let label = format!("given after {what}");
    Some(match facts.get(after).map(|e| (&e.value, e)) {
        Some((FactValue::Event(Some(d)), entry)) if *d <= facts.as_of => {
            let mut evidence = entry.evidence.clone();
            if evidence.is_empty() {
                evidence.push(fact_pointer(after));
            }
            Check::leaf(format!("{label} ({d})"), Section::PriorTherapy, Truth::Met, evidence, Vec::new())
        }
        Some((FactValue::Event(None), _)) => Check::leaf(
            format!("{label} (none on record)"),
            Section::PriorTherapy,
            Truth::NotMet,
            vec![fact_pointer(after)],
            Vec::new(),
        ),
        _ => Check::leaf(label, Section::PriorTherapy, Truth::Unknown, Vec::new(), vec![after.to_string()]),
    })
}

fn truth(ok: bool) -> Truth {
    if ok {
        Truth::Met
    } else {
        Truth::NotMet
    }
}

/// Not progressed on this drug already (a repeat of a drug the disease progressed on is not
/// what the node recommends). Only for drug requests; needs `prior_drugs` and `progression`.
fn contraindication_check(node: &Node, ingredient_rxcuis: &[String], facts: &PatientFacts) -> Option<Check> {
    if ingredient_rxcuis.is_empty() {
        return None;
    }
    let names: Vec<String> =
        node.drugs.iter().filter(|d| ingredient_rxcuis.contains(&d.rxnorm.code)).map(|d| d.name.clone()).collect();
    let label =
        format!("no progression on {} already", if names.is_empty() { "this drug".into() } else { names.join(", ") });
    let given = match facts.get("prior_drugs").map(|e| &e.value) {
        Some(FactValue::Codes(codes)) => codes.iter().any(|c| ingredient_rxcuis.contains(&c.code)),
        _ => false,
    };
    // The disease progressed on the drug only when the progression came while it was being
    // given: after it was first given or ordered (the request's own order on the decision date,
    // or a drug begun because of the progression, is no progression on it) and within a
    // course's gap of a dose (a rise in PSA a year into an intermittent-ADT holiday is
    // progression off the drug, and the restart is the schedule).
    let spans: Vec<(chrono::NaiveDate, chrono::NaiveDate)> =
        doses(facts, ingredient_rxcuis).map(|r| given_span(r, facts.as_of)).collect();
    let progressed = match facts.get("progression").map(|e| &e.value) {
        Some(FactValue::Event(Some(date))) => {
            spans.is_empty()
                || spans
                    .iter()
                    .any(|(from, to)| *date > *from && (*date <= *to || (*date - *to).num_days() <= COURSE_GAP_DAYS))
        }
        _ => false,
    };
    // A drug the label gives on after progression on it (bevacizumab into second line).
    let beyond = !names.is_empty()
        && node.drugs.iter().filter(|d| ingredient_rxcuis.contains(&d.rxnorm.code)).all(|d| d.beyond_progression);
    if given && progressed && !beyond {
        let mut evidence = facts.get("prior_drugs").map(|e| e.evidence.clone()).unwrap_or_default();
        evidence.extend(facts.get("progression").map(|e| e.evidence.clone()).unwrap_or_default());
        // Progression after the drug was started and the node is the one already given: only
        // a reviewer can say whether continuing is intended (e.g. beyond progression).
        return Some(Check::leaf(label, Section::Contraindications, Truth::NotMet, evidence, Vec::new()));
    }
    let evidence = vec![fact_pointer("prior_drugs"), fact_pointer("progression")];
    Some(Check::leaf(label, Section::Contraindications, Truth::Met, evidence, Vec::new()))
}

/// When a record says a drug was being given: a dose (an administration, a fill, a procedure)
/// or a period with its end is bounded; an order or a statement without an end may still be
/// taken on the decision date.
fn given_span(r: &ServiceRecord, as_of: chrono::NaiveDate) -> (chrono::NaiveDate, chrono::NaiveDate) {
    let dose = r.evidence.iter().any(|e| {
        e.starts_with("MedicationAdministration/")
            || e.starts_with("MedicationDispense/")
            || e.starts_with("Procedure/")
    });
    (r.date, r.end.unwrap_or(if dose { r.date } else { as_of }))
}

/// A course of one drug of a combination node under way for more than [`REGIMEN_WINDOW_DAYS`]
/// is the node's regimen only when another of the node's drugs was given in it (from a month
/// before the course began): nine doses of pembrolizumab alone are not pembrolizumab with
/// pemetrexed and platinum. No leaf for a first request or a course just begun, whose partners
/// may not be on record yet.
fn partner_check(
    node: &Node,
    facts: &PatientFacts,
    ingredient_rxcuis: &[String],
    course_start: Option<chrono::NaiveDate>,
) -> Option<Check> {
    if !node.combination {
        return None;
    }
    let start = course_start?;
    if (facts.as_of - start).num_days() <= REGIMEN_WINDOW_DAYS {
        return None;
    }
    let partners: Vec<&oncotwin_pathway::Drug> =
        node.drugs.iter().filter(|d| !ingredient_rxcuis.contains(&d.rxnorm.code)).collect();
    if partners.is_empty() {
        return None;
    }
    let from = start - chrono::Duration::days(REGIMEN_WINDOW_DAYS);
    let given: Vec<&ServiceRecord> = facts
        .history
        .iter()
        .filter(|r| r.code.system == oncotwin_pathway::CodeSystem::RxNorm)
        .filter(|r| partners.iter().any(|d| d.rxnorm.code == r.code.code))
        .filter(|r| {
            let (a, b) = given_span(r, facts.as_of);
            a <= facts.as_of && b >= from
        })
        .collect();
    let names = |codes: &mut dyn Iterator<Item = &str>| {
        let mut n: Vec<String> =
            codes.filter_map(|c| partners.iter().find(|d| d.rxnorm.code == c).map(|d| d.name.clone())).collect();
        n.sort();
        n.dedup();
        n.join(", ")
    };
    // None on record: which regimen is being given is documentation to ask for (the partner
    // may be dispensed elsewhere), not a contradiction.
    if given.is_empty() {
        let label = format!(
            "given with its partners in the course under way since {start}: none of {} on record",
            names(&mut partners.iter().map(|d| d.rxnorm.code.as_str()))
        );
        return Some(Check::leaf(label, Section::PriorTherapy, Truth::Unknown, Vec::new(), vec!["prior_drugs".into()]));
    }
    let label = format!(
        "given with its partners in the course under way since {start}: {}",
        names(&mut given.iter().map(|r| r.code.code.as_str()))
    );
    let evidence = given.iter().flat_map(|r| r.evidence.iter().cloned()).collect();
    Some(Check::leaf(label, Section::PriorTherapy, Truth::Met, evidence, Vec::new()))
}

/// How near the decision date a drug must start to be part of the regimen being requested.
const REGIMEN_WINDOW_DAYS: i64 = 30;

/// An antineoplastic drug first given or ordered within 30 days of the decision date: part
/// of the regimen being started. Companion drugs (leucovorin, prednisone), androgen
/// deprivation and ovarian suppression are left out: they never count against a node; other
/// endocrine drugs count only where [`regimen_check`] says.
#[derive(Debug, Clone)]
pub struct Started {
    pub rxcui: String,
    pub name: &'static str,
    pub date: chrono::NaiveDate,
    pub evidence: Vec<String>,
}

/// The drugs being started around the decision ([`Started`]), read once per decision.
pub fn started_drugs(facts: &PatientFacts) -> Vec<Started> {
    use crate::twin::history::codes::{ingredient_by_rxcui, DrugClass};
    let mut first: BTreeMap<&str, chrono::NaiveDate> = BTreeMap::new();
    for r in facts.history.iter().filter(|r| r.code.system == oncotwin_pathway::CodeSystem::RxNorm) {
        let d = first.entry(r.code.code.as_str()).or_insert(r.date);
        *d = (*d).min(r.date);
    }
    first
        .into_iter()
        .filter(|(_, date)| (*date - facts.as_of).num_days().abs() <= REGIMEN_WINDOW_DAYS)
        .filter_map(|(code, date)| {
            let i = ingredient_by_rxcui(code)?;
            // Androgen deprivation and ovarian suppression go on under every node; another
            // endocrine drug begun with the request is weighed by [`regimen_check`].
            if matches!(i.class, DrugClass::Companion | DrugClass::Supportive) || i.classes.contains(&"adt") {
                return None;
            }
            let evidence =
                facts.history.iter().filter(|r| r.code.code == code).flat_map(|r| r.evidence.iter().cloned()).collect();
            Some(Started { rxcui: code.to_string(), name: i.name, date, evidence })
        })
        .collect()
}

/// The regimen on record around the request fits the node: a drug being started
/// ([`started_drugs`]) that is not among the node's drugs (amivantamab requested while
/// carboplatin and pemetrexed are ordered: not the node of amivantamab with lazertinib)
/// makes the node not the regimen being given. No leaf when nothing new is on record.
fn regimen_check(node: &Node, started: &[Started]) -> Option<Check> {
    use crate::twin::history::codes::{ingredient_by_rxcui, DrugClass};
    // An endocrine drug begun with the request counts against a node when it takes the place
    // of the node's own partner: an androgen-receptor pathway inhibitor beside a drug given
    // without one (olaparib with abiraterone is not olaparib alone), any endocrine drug beside
    // a combination with an endocrine partner (ribociclib with tamoxifen is not ribociclib
    // with an aromatase inhibitor). An aromatase inhibitor begun beside trastuzumab, or an
    // ARPI beside androgen deprivation, leaves the node as it is.
    let ingredient = |rxcui: &str| ingredient_by_rxcui(rxcui);
    let endocrine = |rxcui: &str| ingredient(rxcui).is_some_and(|i| i.class == DrugClass::Endocrine);
    let backbone = !node.drugs.is_empty() && node.drugs.iter().all(|d| endocrine(&d.rxnorm.code));
    let endocrine_partner = node.combination && node.drugs.iter().any(|d| endocrine(&d.rxnorm.code));
    let counts = |s: &Started| match ingredient(&s.rxcui) {
        Some(i) if i.class == DrugClass::Endocrine => {
            if i.classes.contains(&"arpi") {
                !backbone
            } else {
                endocrine_partner
            }
        }
        _ => true,
    };
    let outside: Vec<&Started> =
        started.iter().filter(|s| !node.drugs.iter().any(|d| d.rxnorm.code == s.rxcui)).filter(|s| counts(s)).collect();
    if outside.is_empty() {
        return None;
    }
    let names: Vec<String> = outside.iter().map(|s| format!("{} ({})", s.name, s.date)).collect();
    let label = format!("regimen on record is this node's: {} not part of it", names.join(", "));
    let evidence = outside.iter().flat_map(|s| s.evidence.iter().cloned()).collect();
    Some(Check::leaf(label, Section::Contraindications, Truth::NotMet, evidence, Vec::new()))
}

/// The requested duration does not exceed the node's expected duration (with 25% margin).
fn duration_check(node: &Node, requested_days: Option<f64>) -> Option<Check> {
    let requested = requested_days?;
    let lasts = node.timing.as_ref()?.lasts?;
    let expected = lasts.max.days();
    let ok = requested <= expected * 1.25;
    let label = format!("requested {requested:.0} days within the regimen's expected {lasts}");
    Some(Check::leaf(label, Section::Duration, truth(ok), vec!["request#duration".into()], Vec::new()))
}

/// A gap between doses longer than this ends a course: longer than the longest dosing
/// interval on a node (a 6-month depot), shorter than a treatment holiday or a new setting.
const COURSE_GAP_DAYS: i64 = 200;

/// The records of the requested ingredients in the patient's service history.
fn doses<'a>(facts: &'a PatientFacts, ingredient_rxcuis: &'a [String]) -> impl Iterator<Item = &'a ServiceRecord> {
    facts
        .history
        .iter()
        .filter(|r| r.code.system == oncotwin_pathway::CodeSystem::RxNorm && ingredient_rxcuis.contains(&r.code.code))
}

/// The date of the event a node follows (`timing.after`: surgery, the end of chemotherapy or
/// radiotherapy), when the record has one.
fn anchor_date(node: &Node, facts: &PatientFacts) -> Option<chrono::NaiveDate> {
    let after = node.timing.as_ref()?.after.as_deref()?;
    match facts.get(after).map(|f| &f.value) {
        Some(FactValue::Event(Some(d))) => Some(*d),
        _ => None,
    }
}

/// The requested drug's course on record up to the decision date: its first dose and the
/// doses given without a gap of more than [`COURSE_GAP_DAYS`] before the latest one.
struct Course<'a> {
    start: chrono::NaiveDate,
    doses: Vec<&'a ServiceRecord>,
}

fn current_course<'a>(facts: &'a PatientFacts, ingredient_rxcuis: &'a [String]) -> Option<Course<'a>> {
    let mut doses: Vec<&ServiceRecord> = doses(facts, ingredient_rxcuis).filter(|r| r.date <= facts.as_of).collect();
    doses.sort_by_key(|r| r.date);
    let mut start = doses.last()?.date;
    for r in doses.iter().rev() {
        if (start - r.end.unwrap_or(r.date)).num_days() > COURSE_GAP_DAYS {
            break;
        }
        start = start.min(r.date);
    }
    doses.retain(|r| r.date >= start);
    Some(Course { start, doses })
}

/// The requested drug's course when it is under way on this node: given within the last 60
/// days, begun before the decision date and — for a node that follows an event (surgery, the
/// end of chemotherapy or radiotherapy) — after that event (trastuzumab begun before surgery
/// is a prior therapy of the adjuvant node).
fn continuing_course(node: &Node, facts: &PatientFacts, course: &Course) -> Option<(chrono::NaiveDate, Vec<String>)> {
    let start = course.start;
    let last = given_before(&course.doses, facts.as_of)?;
    if start >= facts.as_of || (facts.as_of - last).num_days() > 60 {
        return None;
    }
    if anchor_date(node, facts).is_some_and(|a| start < a) {
        return None;
    }
    Some((start, course.doses.iter().flat_map(|r| r.evidence.iter().cloned()).collect()))
}

/// The latest day a course was given before the decision date (its dose or the end of its
/// period): the request's own order on that date is not a dose given.
fn given_before(course: &[&ServiceRecord], as_of: chrono::NaiveDate) -> Option<chrono::NaiveDate> {
    course.iter().filter(|r| r.date < as_of).map(|r| r.end.unwrap_or(r.date).min(as_of)).max()
}

/// The facts without the given ingredients among the prior drugs.
fn without_prior(facts: &PatientFacts, ingredient_rxcuis: &[String]) -> PatientFacts {
    let mut facts = facts.clone();
    if let Some(entry) = facts.facts.get_mut("prior_drugs") {
        if let FactValue::Codes(codes) = &mut entry.value {
            codes.retain(|c| !ingredient_rxcuis.contains(&c.code));
        }
    }
    facts
}

/// A course already under way stays within the label's duration (`timing.lasts`), counted
/// from its first dose after the event the node follows: adjuvant osimertinib up to 3 years
/// after surgery, durvalumab up to 12 months after chemoradiotherapy, adjuvant trastuzumab a
/// year. A request to go on past it is a reviewer's.
fn course_check(
    node: &Node,
    facts: &PatientFacts,
    course: Option<&Course>,
    requested_days: Option<f64>,
) -> Option<Check> {
    let lasts = node.timing.as_ref()?.lasts?;
    let anchor = anchor_date(node, facts);
    let course = &course?.doses;
    // A course under way: given within the gap that ends a course.
    let last = given_before(course, facts.as_of)?;
    if (facts.as_of - last).num_days() > COURSE_GAP_DAYS {
        return None;
    }
    let start = course.iter().map(|r| r.date).find(|d| anchor.is_none_or(|a| *d >= a))?;
    if start >= facts.as_of {
        return None;
    }
    let elapsed = (facts.as_of - start).num_days() as f64;
    // What the request asks for ("cycles 9-12 q21d", a 90-day supply) runs the course on: past
    // the label's longest course by more than a tenth is more than the label gives.
    let projected = requested_days.map(|d| elapsed + d);
    let ok = elapsed <= lasts.max.days() && projected.is_none_or(|p| p <= lasts.max.days() * 1.1);
    let label = match projected {
        Some(p) => format!(
            "course within the label's {lasts}: given since {start} ({:.0} months), {:.0} months with the {:.0} days asked for",
            elapsed / 30.44,
            p / 30.44,
            p - elapsed
        ),
        None => format!("course so far within the label's {lasts}: given since {start} ({:.0} months)", elapsed / 30.44),
    };
    let evidence = course.iter().filter(|r| r.date >= start).flat_map(|r| r.evidence.iter().cloned()).collect();
    Some(Check::leaf(label, Section::Duration, truth(ok), evidence, Vec::new()))
}

/// How long a course runs before going on with it rests on a restaging.
const RESTAGING_AFTER_DAYS: i64 = 84;

/// A course of a drug given until progression (no fixed duration on the node, or
/// `until_progression` with a longest one), under way for
/// more than 12 weeks and still being given, goes on when the disease has been assessed
/// since it began (response, stable disease — or progression, which the check of progression
/// on the drug reads): without a restaging, whether it progressed is not documented.
fn restaging_check(node: &Node, facts: &PatientFacts, course: Option<&Course>) -> Option<Check> {
    // A fixed course (adjuvant, consolidation) runs its length; one given until progression
    // (with or without a longest duration) goes on only on a restaging.
    if node.timing.as_ref().is_some_and(|t| t.lasts.is_some() && !t.until_progression) {
        return None;
    }
    let Course { start, doses } = course?;
    let start = *start;
    // Given again and again (administrations, fills), not one order over a period.
    if doses.len() < 2 {
        return None;
    }
    let last = given_before(doses, facts.as_of)?;
    if (facts.as_of - start).num_days() < RESTAGING_AFTER_DAYS || (facts.as_of - last).num_days() > 60 {
        return None;
    }
    let assessed = facts.get("disease_assessed").and_then(|f| match &f.value {
        FactValue::Event(Some(d)) if *d > start => Some(f.evidence.clone()),
        _ => None,
    });
    let label = format!("disease assessed since the course began on {start}");
    Some(match assessed {
        Some(evidence) => Check::leaf(label, Section::Contraindications, Truth::Met, evidence, Vec::new()),
        None => Check::leaf(label, Section::Contraindications, Truth::Unknown, Vec::new(), vec!["progression".into()]),
    })
}

/// The checklist of one supporting node.
pub fn build(
    support: &Support,
    node: &Node,
    facts: &PatientFacts,
    started: &[Started],
    ingredient_rxcuis: &[String],
    requested_days: Option<f64>,
) -> Check {
    // A course of the requested drug under way on this node is the node's own therapy, not a
    // prior one: its route is judged without it ("no prior immunotherapy" does not refuse
    // adjuvant atezolizumab continued), as placement judges a route without the node's drugs.
    let course = current_course(facts, ingredient_rxcuis);
    let own = course.as_ref().and_then(|c| continuing_course(node, facts, c));
    let without_own;
    let route_facts = match &own {
        Some(_) => {
            without_own = without_prior(facts, ingredient_rxcuis);
            &without_own
        }
        None => facts,
    };
    let routes: Vec<Check> = support
        .paths
        .iter()
        .map(|p| {
            let via = if p.via_recurrence { " (after recurrence)" } else { "" };
            route_check(format!("route {}{via}", p.nodes.join(" → ")), &p.criteria, route_facts)
        })
        .collect();
    let pathway = if routes.len() == 1 {
        routes.into_iter().next().unwrap_or_else(|| Check::group("no route", Combine::Any, None, Vec::new()))
    } else {
        Check::group("any route to the node", Combine::Any, None, routes)
    };
    let mut parts = vec![pathway];
    let own_start = own.as_ref().map(|(start, _)| *start);
    if let Some((start, evidence)) = own {
        parts.push(Check::leaf(
            format!("course under way on this node since {start}: the node's own therapy, not a prior one"),
            Section::PriorTherapy,
            Truth::Met,
            evidence,
            Vec::new(),
        ));
    }
    parts.extend(line_check(node, facts));
    parts.extend(anchor_check(node, facts));
    parts.extend(contraindication_check(node, ingredient_rxcuis, facts));
    parts.extend(regimen_check(node, started));
    parts.extend(partner_check(node, facts, ingredient_rxcuis, own_start));
    parts.extend(duration_check(node, requested_days));
    parts.extend(course_check(node, facts, course.as_ref(), requested_days));
    parts.extend(restaging_check(node, facts, course.as_ref()));
    let mut root = Check::group(format!("{} supports the service", node.title), Combine::All, None, parts);
    fill_met_evidence(&mut root);
    root.number("1".into());
    root
}

/// Every met leaf gets an evidence pointer: its resources, or the fact's derivation.
fn fill_met_evidence(check: &mut Check) {
    for c in &mut check.children {
        fill_met_evidence(c);
    }
    if check.combine == Combine::Leaf && check.result == Truth::Met && check.evidence.is_empty() {
        let fact = check
            .label
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .find(|w| oncotwin_pathway::facts::fact_def(w).is_some());
        check.evidence.push(fact.map(fact_pointer).unwrap_or_else(|| "facts".into()));
    }
}
