//! Systemic therapy grouped the way oncologists read it: drug administrations → cycles →
//! regimens (named where a standard name fits) → lines of therapy, with the reason each line
//! ended; and radiotherapy sessions → courses.
//!
//! The line rules follow the published real-world line-of-therapy conventions (e.g.
//! Hess et al., "Defining lines of therapy in real-world data", JCO CCI 2021): the drugs
//! started within the first 28 days define a regimen; dropping a drug does not change the
//! line; adding a new drug later, or switching after documented progression, starts a new
//! line; a treatment-free gap of more than 120 days starts a new line; swapping a drug for
//! one of the same class (cisplatin ↔ carboplatin, paclitaxel ↔ docetaxel) is a substitution
//! within the regimen. Known multi-phase regimens (AC followed by paclitaxel = AC-T) stay one
//! regimen.

use super::codes::{self, DrugClass};
use super::event::{Category, EventValue, TimelineEvent};
use chrono::NaiveDate;
use oncotwin_pathway::facts::{Graded, TnmAxis};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Administrations more than this many days apart are different cycles.
pub const CYCLE_GAP_DAYS: i64 = 5;
/// Drugs started within this many days of a regimen's start belong to it.
pub const REGIMEN_WINDOW_DAYS: i64 = 28;
/// A treatment-free gap longer than this starts a new line.
pub const LINE_GAP_DAYS: i64 = 120;
/// Oral continuous therapy renewed within this many days is the same regimen.
pub const RENEWAL_DAYS: i64 = 400;
/// Radiotherapy sessions more than this many days apart are different courses.
pub const RT_COURSE_GAP_DAYS: i64 = 14;
/// Chemoradiation sessions follow the chemotherapy cycles, so they group more loosely.
pub const CHEMORT_COURSE_GAP_DAYS: i64 = 60;
/// A death within this many days of a line's last dose ends that line.
pub const DEATH_ON_LINE_DAYS: i64 = 90;

/// A drug at ingredient level.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DrugRef {
    pub rxcui: String,
    pub name: String,
    pub class: DrugClass,
}

/// One cycle: the drugs given together (administrations within [`CYCLE_GAP_DAYS`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cycle {
    pub number: u32,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub drugs: Vec<String>,
    pub events: Vec<String>,
}

/// A change inside a regimen that did not start a new line.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RegimenChange {
    pub date: NaiveDate,
    /// `added`, `dropped`, `substituted`, `next_phase`, `continued_after_progression`.
    pub kind: String,
    pub note: String,
}

/// A regimen: drugs given together over consecutive cycles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Regimen {
    pub id: String,
    pub name: String,
    pub line: u32,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub drugs: Vec<DrugRef>,
    pub cycles: Vec<Cycle>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<RegimenChange>,
    /// Source FHIR resources of every administration.
    pub sources: Vec<String>,
}

/// A line of therapy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LineOfTherapy {
    pub number: u32,
    /// `neoadjuvant`, `adjuvant`, `curative`, `advanced` or `unknown`.
    pub setting: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub regimens: Vec<String>,
    pub name: String,
    pub drugs: Vec<DrugRef>,
    /// Why this line started (`first systemic therapy`, `progression`, …).
    pub start_reason: String,
    /// Why it ended: `progression`, `new drugs added`, `treatment gap of N days`, `death`
    /// (within 90 days of the last dose), `completed` (no further therapy before a later
    /// death); absent while it is the latest line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_reason: Option<String>,
    /// Events behind the end reason (progression assessments, death).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub end_evidence: Vec<String>,
}

/// A radiotherapy course: a course summary, or sessions close together.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RadiotherapyCourse {
    pub id: String,
    pub label: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub sessions: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dose: Option<String>,
    pub concurrent_chemotherapy: bool,
    pub events: Vec<String>,
    pub sources: Vec<String>,
}

/// Everything derived from a patient's events.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Derived {
    pub regimens: Vec<Regimen>,
    pub lines: Vec<LineOfTherapy>,
    pub radiotherapy_courses: Vec<RadiotherapyCourse>,
}

struct Exposure<'a> {
    date: NaiveDate,
    last: NaiveDate,
    drug: DrugRef,
    event: &'a TimelineEvent,
}

/// Derives regimens, lines and radiotherapy courses from sorted events.
pub fn derive(events: &[TimelineEvent]) -> Derived {
    let mut exposures: Vec<Exposure> = events
        .iter()
        .filter(|e| e.category == Category::SystemicTherapy)
        .filter_map(|e| match &e.value {
            Some(EventValue::Drug { rxcui, name, class }) => Some(Exposure {
                date: e.date,
                last: e.last_day(),
                drug: DrugRef { rxcui: rxcui.clone(), name: name.clone(), class: *class },
                event: e,
            }),
            _ => None,
        })
        .collect();
    exposures.sort_by(|a, b| (a.date, &a.drug.name, &a.event.id).cmp(&(b.date, &b.drug.name, &b.event.id)));

    // Cycles.
    let mut cycles: Vec<(Cycle, Vec<DrugRef>, Vec<String>, NaiveDate)> = Vec::new();
    let mut previous: Option<NaiveDate> = None;
    for x in &exposures {
        let new_cycle = previous.is_none_or(|p| (x.date - p).num_days() > CYCLE_GAP_DAYS);
        if new_cycle {
            cycles.push((
                Cycle { number: 0, start: x.date, end: x.date, drugs: Vec::new(), events: Vec::new() },
                Vec::new(),
                Vec::new(),
                x.last,
            ));
        }
        let (cycle, drugs, sources, last) = cycles.last_mut().expect("a cycle exists");
        cycle.end = cycle.end.max(x.date);
        *last = (*last).max(x.last);
        if !drugs.iter().any(|d: &DrugRef| d.rxcui == x.drug.rxcui) {
            drugs.push(x.drug.clone());
        }
        cycle.events.push(x.event.id.clone());
        for s in &x.event.sources {
            if !sources.contains(s) {
                sources.push(s.clone());
            }
        }
        previous = Some(x.date);
    }

    let progressions: Vec<&TimelineEvent> = events
        .iter()
        .filter(|e| {
            (e.category == Category::DiseaseStatus && e.result() == Some("progression"))
                || (e.category == Category::Diagnosis && e.kind == "metastasis")
        })
        .collect();

    // Regimens and lines.
    let mut regimens: Vec<Regimen> = Vec::new();
    let mut lines: Vec<LineOfTherapy> = Vec::new();
    let mut last_day = NaiveDate::MIN;
    for (mut cycle, drugs, sources, cycle_last) in cycles {
        let ids: BTreeSet<&str> = drugs.iter().map(|d| d.rxcui.as_str()).collect();
        let decision = match regimens.last() {
            None => Decision::NewLine("first systemic therapy".into(), Vec::new()),
            Some(r) => {
                let known: BTreeSet<&str> = r.drugs.iter().map(|d| d.rxcui.as_str()).collect();
                let new: Vec<&DrugRef> = drugs.iter().filter(|d| !known.contains(d.rxcui.as_str())).collect();
                let gap = (cycle.start - last_day).num_days();
                let progressed: Vec<&TimelineEvent> =
                    progressions.iter().copied().filter(|p| p.date > r.start && p.date <= cycle.start).collect();
                let oral_renewal = new.is_empty()
                    && gap <= RENEWAL_DAYS
                    && drugs.iter().all(|d| matches!(d.class, DrugClass::Endocrine | DrugClass::Targeted));
                if gap > LINE_GAP_DAYS && !oral_renewal {
                    if progressed.is_empty() {
                        Decision::NewLine(format!("treatment gap of {gap} days"), Vec::new())
                    } else {
                        Decision::NewLine("progression".into(), progressed)
                    }
                } else if new.is_empty() {
                    let dropped: Vec<&str> =
                        r.drugs.iter().filter(|d| !ids.contains(d.rxcui.as_str())).map(|d| d.name.as_str()).collect();
                    Decision::Same(
                        if !progressed.is_empty() && !r.changes.iter().any(|c| c.kind == "continued_after_progression")
                        {
                            Some(("continued_after_progression", "same drugs continued after progression".to_string()))
                        } else if !dropped.is_empty()
                            && r.cycles.last().is_some_and(|c| c.drugs.len() != cycle_drug_names(&drugs).len())
                        {
                            Some(("dropped", format!("{} no longer given", dropped.join(", "))))
                        } else {
                            None
                        },
                    )
                } else if !progressed.is_empty() {
                    Decision::NewLine("progression".into(), progressed)
                } else if (cycle.start - r.start).num_days() <= REGIMEN_WINDOW_DAYS {
                    Decision::Same(Some(("added", format!("{} added", names(&new)))))
                } else if next_phase(r, &drugs) {
                    Decision::Same(Some(("next_phase", format!("next phase: {}", names(&new)))))
                } else if let Some(note) = substitution(r, &drugs, &new) {
                    Decision::Same(Some(("substituted", note)))
                } else {
                    Decision::NewLine("new drugs added".into(), Vec::new())
                }
            }
        };
        match decision {
            Decision::Same(change) => {
                let r = regimens.last_mut().expect("a regimen exists");
                if let Some((kind, note)) = change {
                    r.changes.push(RegimenChange { date: cycle.start, kind: kind.into(), note });
                }
                for d in &drugs {
                    if !r.drugs.iter().any(|x| x.rxcui == d.rxcui) {
                        r.drugs.push(d.clone());
                    }
                }
                cycle.number = r.cycles.len() as u32 + 1;
                cycle.drugs = cycle_drug_names(&drugs);
                r.end = r.end.max(cycle_last);
                r.cycles.push(cycle);
                for s in sources {
                    if !r.sources.contains(&s) {
                        r.sources.push(s);
                    }
                }
            }
            Decision::NewLine(reason, evidence) => {
                if let Some(previous) = lines.last_mut() {
                    // Without documented progression, a recorded reason for stopping
                    // (toxicity, patient choice) explains the switch.
                    let stopped = (reason != "progression")
                        .then(|| regimens.last().and_then(|r| stop_reason(r, events)))
                        .flatten();
                    match stopped {
                        Some((why, event)) => {
                            previous.end_reason = Some(format!("stopped: {why}"));
                            previous.end_evidence = vec![event];
                        }
                        None => {
                            previous.end_reason = Some(reason.clone());
                            previous.end_evidence = evidence.iter().map(|e| e.id.clone()).collect();
                        }
                    }
                }
                let number = lines.len() as u32 + 1;
                let id = format!("regimen-{}", regimens.len() + 1);
                cycle.number = 1;
                cycle.drugs = cycle_drug_names(&drugs);
                regimens.push(Regimen {
                    id: id.clone(),
                    name: String::new(),
                    line: number,
                    start: cycle.start,
                    end: cycle_last,
                    drugs: drugs.clone(),
                    cycles: vec![cycle],
                    changes: Vec::new(),
                    sources,
                });
                lines.push(LineOfTherapy {
                    number,
                    setting: String::new(),
                    start: regimens.last().expect("pushed").start,
                    end: cycle_last,
                    regimens: vec![id],
                    name: String::new(),
                    drugs: Vec::new(),
                    start_reason: reason,
                    end_reason: None,
                    end_evidence: Vec::new(),
                });
            }
        }
        last_day = last_day.max(cycle_last);
    }

    for r in &mut regimens {
        r.drugs.sort_by(|a, b| a.name.cmp(&b.name));
        r.name = regimen_name(&r.drugs, &r.cycles);
    }
    let mut previous_setting = String::new();
    for line in &mut lines {
        let members: Vec<&Regimen> = regimens.iter().filter(|r| r.line == line.number).collect();
        line.end = members.iter().map(|r| r.end).max().unwrap_or(line.start);
        line.name = members.iter().map(|r| r.name.clone()).collect::<Vec<_>>().join(" → ");
        let mut drugs: Vec<DrugRef> = Vec::new();
        for r in &members {
            for d in &r.drugs {
                if !drugs.iter().any(|x| x.rxcui == d.rxcui) {
                    drugs.push(d.clone());
                }
            }
        }
        line.drugs = drugs;
        line.setting = setting_at(line.start, &previous_setting, events, lines_first_start(&regimens));
        previous_setting = line.setting.clone();
    }
    if let Some(last) = lines.last_mut() {
        if let Some(death) = events.iter().find(|e| e.category == Category::Death) {
            if death.date >= last.start && (death.date - last.end).num_days() <= DEATH_ON_LINE_DAYS {
                last.end_reason = Some("death".into());
                last.end_evidence = vec![death.id.clone()];
            } else if death.date > last.end {
                last.end_reason = Some("completed".into());
            }
        }
    }

    Derived { regimens, lines, radiotherapy_courses: radiotherapy_courses(events) }
}

enum Decision<'a> {
    Same(Option<(&'static str, String)>),
    NewLine(String, Vec<&'a TimelineEvent>),
}

/// The latest recorded reason for stopping a drug of the regimen (MedicationRequest or
/// MedicationStatement `statusReason`), with its event.
fn stop_reason(r: &Regimen, events: &[TimelineEvent]) -> Option<(String, String)> {
    let ids: BTreeSet<&str> = r.cycles.iter().flat_map(|c| c.events.iter().map(String::as_str)).collect();
    events
        .iter()
        .filter(|e| ids.contains(e.id.as_str()))
        .filter_map(|e| e.detail("status_reason").map(|why| (why.to_string(), e.id.clone())))
        .next_back()
}

fn lines_first_start(regimens: &[Regimen]) -> Option<NaiveDate> {
    regimens.first().map(|r| r.start)
}

fn names(drugs: &[&DrugRef]) -> String {
    drugs.iter().map(|d| d.name.as_str()).collect::<Vec<_>>().join(", ")
}

fn cycle_drug_names(drugs: &[DrugRef]) -> Vec<String> {
    let mut n: Vec<String> = drugs.iter().map(|d| d.name.clone()).collect();
    n.sort();
    n
}

/// Whether the new cycle is the next phase of a known sequential regimen (AC → T).
fn next_phase(r: &Regimen, drugs: &[DrugRef]) -> bool {
    let current: BTreeSet<&str> = r.drugs.iter().map(|d| d.name.as_str()).collect();
    let next: BTreeSet<&str> = drugs.iter().map(|d| d.name.as_str()).collect();
    codes::regimens().iter().filter(|def| def.phases.len() > 1).any(|def| {
        (1..def.phases.len()).any(|k| {
            let before: BTreeSet<&str> = def.phases[..k].iter().flat_map(|p| p.iter().copied()).collect();
            let phase: BTreeSet<&str> = def.phases[k].iter().copied().collect();
            current.is_subset(&before.union(&phase).copied().collect())
                && current.iter().any(|d| before.contains(d))
                && next.is_subset(&phase)
        })
    })
}

/// A same-class swap (cisplatin → carboplatin): the note, if every new drug replaces a drug
/// of its group that is no longer given.
fn substitution(r: &Regimen, drugs: &[DrugRef], new: &[&DrugRef]) -> Option<String> {
    let given: BTreeSet<&str> = drugs.iter().map(|d| d.rxcui.as_str()).collect();
    let mut notes = Vec::new();
    for n in new {
        let group = codes::ingredient_by_rxcui(&n.rxcui)?.group?;
        let replaced = r.drugs.iter().find(|old| {
            !given.contains(old.rxcui.as_str())
                && codes::ingredient_by_rxcui(&old.rxcui).and_then(|i| i.group) == Some(group)
        })?;
        notes.push(format!("{} replaced {}", n.name, replaced.name));
    }
    Some(notes.join("; "))
}

/// The standard name of a regimen's drugs, else the drugs joined with " + ".
pub fn regimen_name(drugs: &[DrugRef], cycles: &[Cycle]) -> String {
    let set: BTreeSet<&str> = drugs.iter().map(|d| d.name.as_str()).collect();
    let def_set = |def: &codes::RegimenDef| -> BTreeSet<&'static str> {
        def.phases.iter().flat_map(|p| p.iter().copied()).collect()
    };
    // Exact match; multi-phase names only when the phases were given in order.
    for def in codes::regimens() {
        if def_set(def) == set && (def.phases.len() == 1 || phases_in_order(def, cycles)) {
            return def.name.to_string();
        }
    }
    // A known regimen plus one or two more drugs ("FOLFOX + bevacizumab").
    let mut best: Option<(&codes::RegimenDef, usize)> = None;
    for def in codes::regimens().iter().filter(|d| d.phases.len() == 1) {
        let ds = def_set(def);
        if ds.len() >= 2 && ds.is_subset(&set) && set.len() - ds.len() <= 2 && best.is_none_or(|(_, n)| ds.len() > n) {
            best = Some((def, ds.len()));
        }
    }
    if let Some((def, _)) = best {
        let extra: Vec<&str> = set.difference(&def_set(def)).copied().collect();
        return format!("{} + {}", def.name, extra.join(" + "));
    }
    // A known regimen with one drug not recorded ("FOLFOX (no fluorouracil recorded)").
    for def in codes::regimens().iter().filter(|d| d.phases.len() == 1) {
        let ds = def_set(def);
        if set.len() >= 2 && set.is_subset(&ds) && ds.len() - set.len() == 1 {
            let missing: Vec<&str> = ds.difference(&set).copied().collect();
            return format!("{} (no {} recorded)", def.name, missing.join(", "));
        }
    }
    drugs.iter().map(|d| d.name.as_str()).collect::<Vec<_>>().join(" + ")
}

fn phases_in_order(def: &codes::RegimenDef, cycles: &[Cycle]) -> bool {
    let mut phase = 0;
    for c in cycles {
        let drugs: BTreeSet<&str> = c.drugs.iter().map(String::as_str).collect();
        while phase < def.phases.len() {
            let p: BTreeSet<&str> = def.phases[phase].iter().copied().collect();
            if drugs.is_subset(&p) {
                break;
            }
            phase += 1;
        }
        if phase == def.phases.len() {
            return false;
        }
    }
    true
}

/// The treatment setting of a line starting on `date`.
fn setting_at(date: NaiveDate, previous: &str, events: &[TimelineEvent], first_start: Option<NaiveDate>) -> String {
    let known = |e: &&TimelineEvent| e.date <= date;
    let metastatic = previous == "advanced"
        || events.iter().filter(known).any(|e| {
            (e.category == Category::Diagnosis && e.kind == "metastasis")
                || (e.kind == "primary_cancer" && e.detail("metastatic").is_some())
                || matches!((&e.kind[..], &e.value), ("stage_group", Some(EventValue::Graded { text, .. })) if Graded::parse_stage(text).is_some_and(|g| g.rank == 4))
                || matches!((&e.kind[..], &e.value), ("m", Some(EventValue::Graded { text, .. })) if Graded::parse_tnm(TnmAxis::M, text).is_some_and(|g| g.rank >= 1))
        })
        || events.iter().filter(known).any(|e| {
            e.category == Category::DiseaseStatus
                && e.result() == Some("progression")
                && first_start.is_some_and(|s| e.date > s)
        });
    if metastatic {
        return "advanced".into();
    }
    let surgeries: Vec<NaiveDate> = events.iter().filter(|e| e.category == Category::Surgery).map(|e| e.date).collect();
    if surgeries.iter().any(|s| *s <= date) {
        return "adjuvant".into();
    }
    if surgeries.iter().any(|s| *s > date && (*s - date).num_days() <= 365) {
        return "neoadjuvant".into();
    }
    let staged = events.iter().filter(known).any(|e| e.kind == "stage_group" || e.kind == "t");
    if staged {
        "curative".into()
    } else {
        "unknown".into()
    }
}

fn radiotherapy_courses(events: &[TimelineEvent]) -> Vec<RadiotherapyCourse> {
    let mut courses: Vec<RadiotherapyCourse> = Vec::new();
    let mut open: Option<RadiotherapyCourse> = None;
    let flush = |c: Option<RadiotherapyCourse>, courses: &mut Vec<RadiotherapyCourse>| {
        if let Some(c) = c {
            courses.push(c);
        }
    };
    for e in events.iter().filter(|e| e.category == Category::Radiotherapy) {
        if e.kind == "radiotherapy_course" {
            let sessions = e.detail("sessions").and_then(|s| s.parse().ok()).unwrap_or(0);
            let course = RadiotherapyCourse {
                id: String::new(),
                label: e.label.clone(),
                start: e.date,
                end: e.last_day(),
                sessions,
                dose: e.detail("dose").map(str::to_string),
                concurrent_chemotherapy: false,
                events: vec![e.id.clone()],
                sources: e.sources.clone(),
            };
            flush(Some(course), &mut courses);
            continue;
        }
        let chemo = e.kind == "chemoradiation_session";
        let gap = if chemo { CHEMORT_COURSE_GAP_DAYS } else { RT_COURSE_GAP_DAYS };
        let extend =
            open.as_ref().is_some_and(|c| c.concurrent_chemotherapy == chemo && (e.date - c.end).num_days() <= gap);
        if !extend {
            flush(open.take(), &mut courses);
            open = Some(RadiotherapyCourse {
                id: String::new(),
                label: String::new(),
                start: e.date,
                end: e.last_day(),
                sessions: 0,
                dose: e.detail("dose").map(str::to_string),
                concurrent_chemotherapy: false,
                events: Vec::new(),
                sources: Vec::new(),
            });
        }
        let c = open.as_mut().expect("open course");
        c.end = c.end.max(e.last_day());
        c.sessions += 1;
        c.concurrent_chemotherapy |= chemo;
        c.events.push(e.id.clone());
        c.sources.extend(e.sources.iter().cloned());
        c.label = format!(
            "{} ({} session{})",
            if c.concurrent_chemotherapy { "Chemoradiation" } else { "Radiotherapy" },
            c.sessions,
            if c.sessions == 1 { "" } else { "s" }
        );
    }
    flush(open, &mut courses);
    courses.sort_by(|a, b| (a.start, &a.label).cmp(&(b.start, &b.label)));
    for (i, c) in courses.iter_mut().enumerate() {
        c.id = format!("rt-course-{}", i + 1);
    }
    courses
}
