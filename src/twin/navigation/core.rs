//! The navigation core: a pure function from a patient's timeline events, a date and the
//! pathways to where the patient is, what is next and what is overdue. No store access, so
//! it runs the same on stored timelines and on events normalised from a CDS Hooks prefetch.

use super::cancers::{self, CancerEvents};
use crate::twin::history::{facts_as_of, Category, TimelineEvent};
use chrono::{Days, NaiveDate};
use oncotwin_pathway::facts::FactValue;
use oncotwin_pathway::model::Span;
use oncotwin_pathway::{
    Criterion, Explanation, NextStep, NodeKind, Pathway, PathwaySet, PatientFacts, Placement, Truth,
};
use petgraph::graph::NodeIndex;
use serde::Serialize;
use std::collections::{BTreeSet, VecDeque};

/// Performance status older than this is stale when systemic therapy is next.
const ECOG_MAX_AGE_DAYS: i64 = 90;
/// PSA older than this is stale for a prostate cancer under follow-up.
const PSA_MAX_AGE_DAYS: i64 = 180;
/// Facts that must be re-tested after progression or recurrence before they steer therapy.
const RETEST_AFTER_PROGRESSION: &[&str] =
    &["er", "pr", "her2", "her2_ihc", "pdl1_tps", "pdl1_cps", "egfr", "alk", "ros1", "kras", "braf", "esr1", "pik3ca"];

/// Everything the care-navigation twin says about one patient on one date.
#[derive(Debug, Clone, Serialize)]
pub struct Navigation {
    pub patient_id: String,
    pub as_of: NaiveDate,
    /// Date of death, when recorded on or before `as_of`: then nothing is next or overdue.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deceased: Option<NaiveDate>,
    /// One entry per cancer a pathway covers, in order of diagnosis.
    pub cancers: Vec<CancerNavigation>,
    /// Primary cancers no loaded pathway covers (listed, not navigated).
    pub other_cancers: Vec<OtherCancer>,
}

impl Navigation {
    /// Every gap of every cancer.
    pub fn gaps(&self) -> impl Iterator<Item = (&CancerNavigation, &Gap)> {
        self.cancers.iter().flat_map(|c| c.gaps.iter().map(move |g| (c, g)))
    }
}

/// A primary cancer without a pathway.
#[derive(Debug, Clone, Serialize)]
pub struct OtherCancer {
    pub label: String,
    pub diagnosed: NaiveDate,
    pub evidence: Vec<String>,
}

/// Navigation along one cancer's pathway.
#[derive(Debug, Clone, Serialize)]
pub struct CancerNavigation {
    /// Pathway id (`breast`, `nsclc` …).
    pub pathway: String,
    pub pathway_title: String,
    pub diagnosis: Diagnosis,
    pub position: Position,
    pub next_steps: Vec<NextStepView>,
    pub gaps: Vec<Gap>,
}

/// The diagnosis a cancer's navigation starts from.
#[derive(Debug, Clone, Serialize)]
pub struct Diagnosis {
    pub label: String,
    pub date: NaiveDate,
    pub evidence: Vec<String>,
}

/// A pathway node, named.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NodeRef {
    pub id: String,
    pub title: String,
    pub kind: NodeKind,
}

impl NodeRef {
    fn of(p: &Pathway, id: &str) -> NodeRef {
        match p.node(id) {
            Some(n) => NodeRef { id: n.id.clone(), title: n.title.clone(), kind: n.kind },
            None => NodeRef { id: id.to_string(), title: id.to_string(), kind: NodeKind::Decision },
        }
    }
}

/// Where the history places the patient, how they got there, and where that departs from the pathway.
#[derive(Debug, Clone, Serialize)]
pub struct Position {
    /// The node(s) the patient is at (several when the history fits alternatives equally).
    pub nodes: Vec<PositionNode>,
    /// Each change of position, oldest first.
    pub path: Vec<PathStep>,
    pub deviations: Vec<Deviation>,
}

/// One node the patient is at.
#[derive(Debug, Clone, Serialize)]
pub struct PositionNode {
    #[serde(flatten)]
    pub node: NodeRef,
    /// Latest service that placed the patient here (none: at the entry for lack of history).
    pub last_service: Option<NaiveDate>,
    /// How the patient's facts fit the route here (met, unknown, not_met).
    pub fit: Truth,
    pub evidence: Vec<String>,
}

/// One change of position.
#[derive(Debug, Clone, Serialize)]
pub struct PathStep {
    pub date: NaiveDate,
    pub nodes: Vec<NodeRef>,
    pub evidence: Vec<String>,
}

/// What kind of departure from the pathway.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeviationKind {
    /// Therapy the pathway does not support at that point: the facts known then contradict
    /// every route to it.
    NotSupported,
    /// Therapy begun while facts its choice depends on were not known.
    StartedBeforeWorkup,
    /// Steps the pathway puts between the previous position and this one were not done.
    SkippedSteps,
    /// A node that cannot be reached from where the patient was.
    OutOfSequence,
    /// A drug no node of the pathway lists.
    OffPathwayDrug,
}

/// A departure from the pathway, with its evidence.
#[derive(Debug, Clone, Serialize)]
pub struct Deviation {
    pub kind: DeviationKind,
    pub date: NaiveDate,
    /// The node(s) it concerns (the skipped ones for `skipped_steps`).
    pub nodes: Vec<NodeRef>,
    pub summary: String,
    /// Facts that were missing (for `started_before_workup`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<String>,
    pub evidence: Vec<String>,
}

/// One criterion of a next step and how the patient fits it.
#[derive(Debug, Clone, Serialize)]
pub struct CriterionCheck {
    pub criterion: String,
    pub result: Truth,
    /// For met: the facts' evidence; for not met: what contradicts it.
    pub evidence: Vec<String>,
    /// For unknown: the facts still missing.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<String>,
}

/// A recommended next step.
#[derive(Debug, Clone, Serialize)]
pub struct NextStepView {
    #[serde(flatten)]
    pub node: NodeRef,
    pub category: oncotwin_pathway::Category,
    /// The node it follows from (the patient's position).
    pub from: String,
    /// The decision it is an option of; steps sharing it are alternatives.
    pub via: Option<NodeRef>,
    /// Met: every criterion holds; unknown: some facts are missing.
    pub status: Truth,
    pub criteria: Vec<CriterionCheck>,
    /// Facts still missing to decide it.
    pub missing: Vec<String>,
    /// Latest start the node timing allows.
    pub due: Option<NaiveDate>,
    /// How `due` was computed ("6 weeks after diagnosis (2026-01-05)").
    pub due_rule: Option<String>,
    /// Whether this repeats the node the patient is at (surveillance).
    pub repeat: bool,
    pub sources: Vec<String>,
    /// The facts its criteria read.
    #[serde(skip)]
    pub facts_read: BTreeSet<&'static str>,
    /// The node's drugs that carry a gate of their own label (pemetrexed: not squamous),
    /// and how the patient fits each: a drug whose gate is not met is not proposed.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub drug_gates: Vec<DrugGate>,
}

/// A drug's own label gate within a next step, and how the patient fits it.
#[derive(Debug, Clone, Serialize)]
pub struct DrugGate {
    pub drug: String,
    #[serde(flatten)]
    pub gate: CriterionCheck,
}

/// A kind of care gap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GapKind {
    /// A due step (or all alternatives of a decision) not started by its due date.
    OverdueStep,
    /// Facts (tests, documentation) missing that the next decision or the current therapy needs.
    MissingWorkup,
    /// A fact that steers the next step but is too old or predates a progression.
    StaleFact,
}

impl GapKind {
    pub const ALL: [GapKind; 3] = [GapKind::OverdueStep, GapKind::MissingWorkup, GapKind::StaleFact];

    pub fn as_str(self) -> &'static str {
        match self {
            GapKind::OverdueStep => "overdue_step",
            GapKind::MissingWorkup => "missing_workup",
            GapKind::StaleFact => "stale_fact",
        }
    }

    pub fn parse(s: &str) -> Option<GapKind> {
        GapKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// How urgent a gap is (the CDS Hooks card indicator).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Warning,
    Critical,
}

/// A care gap.
#[derive(Debug, Clone, Serialize)]
pub struct Gap {
    pub kind: GapKind,
    pub severity: Severity,
    /// One line, under 140 characters.
    pub summary: String,
    pub detail: String,
    /// The steps it concerns.
    pub nodes: Vec<NodeRef>,
    /// The facts it concerns (missing or stale).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub facts: Vec<String>,
    /// When it was due (the worklist sorts on it).
    pub due: NaiveDate,
    /// Days past `due` on the as-of date.
    pub days_overdue: i64,
    pub evidence: Vec<String>,
}

/// Navigation for one patient as of a date (pure).
pub fn navigate(patient_id: &str, events: &[TimelineEvent], as_of: NaiveDate, set: &PathwaySet) -> Navigation {
    let known: Vec<TimelineEvent> = events.iter().filter(|e| e.date <= as_of).cloned().collect();
    let deceased = known.iter().filter(|e| e.category == Category::Death).map(|e| e.date).min();
    let (cancers, unmapped) = cancers::split(&known, set);
    let other_cancers = unmapped
        .into_iter()
        .map(|e| OtherCancer { label: e.label.clone(), diagnosed: e.date, evidence: e.sources.clone() })
        .collect();
    let cancers = cancers.iter().map(|c| navigate_cancer(patient_id, c, as_of, deceased.is_some(), set)).collect();
    Navigation { patient_id: patient_id.to_string(), as_of, deceased, cancers, other_cancers }
}

fn navigate_cancer(
    patient_id: &str,
    cancer: &CancerEvents<'_>,
    as_of: NaiveDate,
    deceased: bool,
    set: &PathwaySet,
) -> CancerNavigation {
    let p = cancer.pathway;
    let facts = known_facts(patient_id, &cancer.events, as_of);
    let replay = set.replay(&facts).into_iter().find(|r| r.pathway == p.id);
    let (moves, placements) = replay.map(|r| (r.moves, r.placements)).unwrap_or_default();
    let first = &cancer.primaries[0];
    let diagnosis = Diagnosis {
        label: first.label.clone(),
        date: cancer.diagnosed(),
        evidence: cancer
            .primaries
            .iter()
            .flat_map(|e| e.sources.iter().cloned())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect(),
    };

    // The route, judged with what was known the day before each move.
    let mut path = Vec::new();
    let mut deviations = Vec::new();
    let mut started_without: Option<StartedWithout> = None;
    for m in &moves {
        let nodes: Vec<NodeRef> = m.nodes.iter().map(|id| NodeRef::of(p, id)).collect();
        path.push(PathStep { date: m.date, nodes: nodes.clone(), evidence: m.evidence.clone() });
        let before = facts_at_move(patient_id, &cancer.events, m.date);
        let routes: Vec<&Criterion> =
            m.nodes.iter().filter_map(|id| p.index_of(id)).map(|ix| p.route_criterion(ix)).collect();
        let best = routes.iter().map(|c| c.truth(&before)).max_by_key(|t| truth_rank(*t)).unwrap_or(Truth::Met);
        // The evidence and missing facts are gathered only for a move that departs.
        let outcomes: Vec<_> =
            if best == Truth::Met { Vec::new() } else { routes.iter().map(|c| c.evaluate(&before)).collect() };
        let titles = titles_plain(&nodes);
        if !m.reachable {
            deviations.push(Deviation {
                kind: DeviationKind::OutOfSequence,
                date: m.date,
                nodes: nodes.clone(),
                summary: format!("{titles} on {} cannot follow {} on the pathway", m.date, titles_of(p, &m.from)),
                facts: Vec::new(),
                evidence: m.evidence.clone(),
            });
        }
        match best {
            Truth::NotMet => {
                let failing = failing_leaves(&routes, &before);
                let mut evidence = m.evidence.clone();
                for o in &outcomes {
                    extend_unique(&mut evidence, &o.evidence);
                }
                deviations.push(Deviation {
                    kind: DeviationKind::NotSupported,
                    date: m.date,
                    nodes: nodes.clone(),
                    summary: format!(
                        "{titles} started {} although the pathway does not lead there (needs {})",
                        m.date,
                        failing.join("; ")
                    ),
                    facts: Vec::new(),
                    evidence,
                });
                started_without = None;
            }
            Truth::Unknown => {
                let mut missing: Vec<String> = Vec::new();
                for o in outcomes.iter().filter(|o| o.truth == Truth::Unknown) {
                    extend_unique(&mut missing, &o.missing);
                }
                deviations.push(Deviation {
                    kind: DeviationKind::StartedBeforeWorkup,
                    date: m.date,
                    nodes: nodes.clone(),
                    summary: format!("{titles} started {} before {} known", m.date, fact_list(&missing)),
                    facts: missing.clone(),
                    evidence: m.evidence.clone(),
                });
                started_without =
                    Some(StartedWithout { date: m.date, nodes: nodes.clone(), missing, evidence: m.evidence.clone() });
            }
            Truth::Met => started_without = None,
        }
        if m.reachable {
            let skipped = skipped_steps(p, &m.from, &m.nodes, &before);
            if !skipped.is_empty() {
                let skipped: Vec<NodeRef> = skipped.iter().map(|id| NodeRef::of(p, id)).collect();
                deviations.push(Deviation {
                    kind: DeviationKind::SkippedSteps,
                    date: m.date,
                    summary: format!("{} not done before {titles} ({})", titles_plain(&skipped), m.date),
                    nodes: skipped,
                    facts: Vec::new(),
                    evidence: m.evidence.clone(),
                });
            }
        }
    }
    // Drugs no node lists.
    let mut off: Vec<(NaiveDate, String, Vec<String>)> = Vec::new();
    for r in facts.history.iter().filter(|r| r.code.system == oncotwin_pathway::CodeSystem::RxNorm) {
        if !p.nodes().any(|n| n.supports(r.code.system, &r.code.code)) && !off.iter().any(|(_, c, _)| *c == r.code.code)
        {
            off.push((r.date, r.code.code.clone(), r.evidence.clone()));
        }
    }
    for (date, code, evidence) in off {
        let name = crate::twin::history::codes::ingredient_by_rxcui(&code)
            .map_or(format!("RxNorm {code}"), |i| i.name.to_string());
        deviations.push(Deviation {
            kind: DeviationKind::OffPathwayDrug,
            date,
            nodes: Vec::new(),
            summary: format!("{name} (first given {date}) is on no step of the {} pathway", p.title.to_lowercase()),
            facts: Vec::new(),
            evidence,
        });
    }
    deviations.sort_by_key(|d| d.date);

    let position_nodes: Vec<PositionNode> = placements
        .iter()
        .map(|pl| PositionNode {
            node: NodeRef::of(p, &pl.key.node),
            last_service: pl.last_service,
            fit: pl.fit,
            evidence: pl.evidence.clone(),
        })
        .collect();

    let (next_steps, gaps) = if deceased {
        (Vec::new(), Vec::new())
    } else {
        let entered: Vec<(String, NaiveDate)> =
            moves.iter().flat_map(|m| m.nodes.iter().map(move |n| (n.clone(), m.date))).collect();
        let ctx = Context {
            p,
            set,
            facts: &facts,
            cancer,
            as_of,
            placements: &placements,
            diagnosed: diagnosis.date,
            entered,
        };
        let next_steps = ctx.next_steps();
        let gaps = ctx.gaps(&next_steps, started_without);
        (next_steps, gaps)
    };
    CancerNavigation {
        pathway: p.id.clone(),
        pathway_title: p.title.clone(),
        diagnosis,
        position: Position { nodes: position_nodes, path, deviations },
        next_steps,
        gaps,
    }
}

/// The therapy the patient is on was begun without some facts its choice needs.
struct StartedWithout {
    date: NaiveDate,
    nodes: Vec<NodeRef>,
    missing: Vec<String>,
    /// The first services of it.
    evidence: Vec<String>,
}

struct Context<'a> {
    p: &'a Pathway,
    set: &'a PathwaySet,
    facts: &'a PatientFacts,
    cancer: &'a CancerEvents<'a>,
    as_of: NaiveDate,
    placements: &'a [Placement],
    diagnosed: NaiveDate,
    /// When the patient last moved to each node.
    entered: Vec<(String, NaiveDate)>,
}

impl Context<'_> {
    fn next_steps(&self) -> Vec<NextStepView> {
        let steps: Vec<NextStep> = self
            .set
            .next_steps_from(self.facts, self.placements)
            .into_iter()
            .filter(|s| s.key.pathway == self.p.id)
            .collect();
        let mut out: Vec<NextStepView> = steps.iter().map(|s| self.view(s)).collect();
        // Repeating nodes (surveillance) the patient is at come round again.
        for pl in self.placements {
            let Some(node) = self.p.node(&pl.key.node) else { continue };
            let Some(every) = node.timing.as_ref().and_then(|t| t.every) else { continue };
            let anchor = self.latest_imaging().into_iter().chain(pl.last_service).max().unwrap_or(self.diagnosed);
            out.push(NextStepView {
                node: NodeRef::of(self.p, &node.id),
                category: node.category,
                from: node.id.clone(),
                via: None,
                status: Truth::Met,
                criteria: Vec::new(),
                missing: Vec::new(),
                due: Some(add_days(anchor, span_days(every))),
                due_rule: Some(format!("every {every}, from the last visit or imaging ({anchor})")),
                repeat: true,
                sources: node.sources.clone(),
                facts_read: BTreeSet::new(),
                drug_gates: self.drug_gates(node),
            });
        }
        out.sort_by(|a, b| (a.due.is_none(), a.due, &a.node.id).cmp(&(b.due.is_none(), b.due, &b.node.id)));
        out
    }

    fn view(&self, s: &NextStep) -> NextStepView {
        let node = self.p.node(&s.key.node);
        let criteria = checks(&s.criteria.explain(self.facts));
        let (due, due_rule) = node.map(|n| self.due(n, &s.from)).unwrap_or((None, None));
        NextStepView {
            node: NodeRef::of(self.p, &s.key.node),
            category: s.category,
            from: s.from.clone(),
            via: s.via.as_deref().map(|v| NodeRef::of(self.p, v)),
            status: s.outcome.truth,
            criteria,
            missing: s.outcome.missing.clone(),
            due,
            due_rule,
            repeat: false,
            sources: node.map(|n| n.sources.clone()).unwrap_or_default(),
            facts_read: s.criteria.facts(),
            drug_gates: node.map(|n| self.drug_gates(n)).unwrap_or_default(),
        }
    }

    /// How the patient fits the gates a node's drugs carry of their own.
    fn drug_gates(&self, node: &oncotwin_pathway::Node) -> Vec<DrugGate> {
        node.drugs
            .iter()
            .filter_map(|d| {
                let gate = d.when.as_ref()?;
                let o = gate.evaluate(self.facts);
                Some(DrugGate {
                    drug: d.name.clone(),
                    gate: CriterionCheck {
                        criterion: gate.to_string(),
                        result: o.truth,
                        evidence: o.evidence,
                        missing: o.missing,
                    },
                })
            })
            .collect()
    }

    /// The latest start a node's timing allows, and how it was reckoned.
    fn due(&self, node: &oncotwin_pathway::Node, from: &str) -> (Option<NaiveDate>, Option<String>) {
        let Some(timing) = &node.timing else { return (None, None) };
        let Some(span) = timing.start_within.or(timing.every) else { return (None, None) };
        let after = timing.after.as_deref().unwrap_or("previous");
        let anchor = if after == "previous" {
            // The end of the step the patient is at: its last service, or, for a step that
            // lasts, no earlier than its start plus its shortest course.
            let last = self.placements.iter().filter(|pl| pl.key.node == from).filter_map(|pl| pl.last_service).max();
            let course_end =
                self.p.node(from).and_then(|n| n.timing.as_ref()).and_then(|t| t.lasts).and_then(|lasts| {
                    let entered = self.entered.iter().rev().find(|(n, _)| n == from).map(|(_, d)| *d)?;
                    Some(add_days(entered, lasts.min.days()))
                });
            // Surveillance runs alongside a long maintenance therapy (endocrine, ADT).
            let course_end = course_end.filter(|_| node.kind != NodeKind::Surveillance);
            let at = last.max(course_end);
            let mut anchor = at.unwrap_or(self.diagnosed);
            if node.kind == NodeKind::Surveillance {
                anchor = anchor.max(self.latest_imaging().unwrap_or(anchor));
            }
            Some((anchor, if at.is_some() { "the previous step".to_string() } else { "diagnosis".to_string() }))
        } else {
            match self.facts.get(after).map(|f| &f.value) {
                Some(FactValue::Event(Some(d))) => Some((*d, after.replace('_', " "))),
                _ => None,
            }
        };
        let Some((anchor, what)) = anchor else { return (None, None) };
        let word = if timing.start_within.is_some() { "within" } else { "every" };
        (Some(add_days(anchor, span_days(span))), Some(format!("{word} {span} after {what} ({anchor})")))
    }

    fn latest_imaging(&self) -> Option<NaiveDate> {
        self.cancer
            .events
            .iter()
            .filter(|e| e.category == Category::Imaging && e.date >= self.diagnosed)
            .map(|e| e.date)
            .max()
    }

    fn gaps(&self, steps: &[NextStepView], started_without: Option<StartedWithout>) -> Vec<Gap> {
        let mut gaps = Vec::new();
        let mut waiting: Vec<(Option<&NodeRef>, Vec<&NextStepView>)> = Vec::new();
        for (via, group) in &due_groups(steps) {
            // A workup step beside the treatments (PSMA PET staging beside prostatectomy or
            // radiotherapy) is no alternative to them: it neither makes them overdue nor
            // keeps them from being so.
            let met: Vec<&&NextStepView> = group
                .iter()
                .filter(|s| s.status == Truth::Met)
                .filter(|s| s.node.kind != NodeKind::Workup || group.iter().all(|o| o.node.kind == NodeKind::Workup))
                .collect();
            if !met.is_empty() {
                // Overdue: every option that holds is past the latest start it allows.
                let dues: Vec<NaiveDate> = met.iter().filter_map(|s| s.due).collect();
                if dues.len() == met.len() {
                    let due = dues.iter().copied().max().unwrap_or(self.as_of);
                    if due < self.as_of {
                        gaps.push(self.overdue_gap(*via, group.len(), &met, due));
                    }
                }
            } else {
                waiting.push((*via, group.clone()));
            }
        }
        // Decisions that cannot be made for missing facts: one gap naming them all.
        let mut missing: Vec<String> = Vec::new();
        let mut options: Vec<NodeRef> = Vec::new();
        for (_, group) in &waiting {
            for s in group {
                extend_unique(&mut missing, &s.missing);
                options.push(s.node.clone());
            }
        }
        if !missing.is_empty() {
            let due = waiting
                .iter()
                .flat_map(|(_, g)| g.iter().filter_map(|s| s.due))
                .min()
                .unwrap_or_else(|| self.position_date());
            let decision = match waiting.as_slice() {
                [(Some(v), _)] => lower_first(&v.title),
                _ => "the next step".to_string(),
            };
            gaps.push(Gap {
                kind: GapKind::MissingWorkup,
                severity: Severity::Warning,
                summary: clip(&format!("Not known: {} — needed to decide {decision}", fact_list(&missing))),
                detail: format!(
                    "The next step cannot be chosen until {} {} known. Options waiting on it: {}.",
                    fact_list(&missing),
                    if missing.len() == 1 { "is" } else { "are" },
                    titles_plain(&options)
                ),
                nodes: options,
                facts: missing,
                due,
                days_overdue: (self.as_of - due).num_days().max(0),
                evidence: self.placements.iter().flat_map(|pl| pl.evidence.iter().cloned()).collect(),
            });
        }
        // The current therapy was chosen without facts that are still missing.
        if let Some(StartedWithout { date, nodes, missing, evidence }) = started_without {
            let still: Vec<String> = missing.into_iter().filter(|f| self.facts.get(f).is_none()).collect();
            if !still.is_empty() && !gaps.iter().any(|g| g.kind == GapKind::MissingWorkup && g.facts == still) {
                gaps.push(Gap {
                    kind: GapKind::MissingWorkup,
                    severity: Severity::Warning,
                    summary: clip(&format!(
                        "{} not known before {} ({date})",
                        upper_first(&fact_list(&still)),
                        lower_first(&titles_plain(&nodes))
                    )),
                    detail: format!(
                        "{} was started on {date}; the pathway chooses it only once {} {} known, and {} still missing.",
                        titles_plain(&nodes),
                        fact_list(&still),
                        if still.len() == 1 { "is" } else { "are" },
                        if still.len() == 1 { "it is" } else { "they are" }
                    ),
                    facts: still,
                    nodes,
                    due: date,
                    days_overdue: (self.as_of - date).num_days().max(0),
                    evidence,
                });
            }
        }
        gaps.extend(self.stale_facts(steps));
        gaps.sort_by_key(|g| (g.due, g.kind));
        gaps
    }

    fn position_date(&self) -> NaiveDate {
        self.placements.iter().filter_map(|pl| pl.last_service).max().unwrap_or(self.diagnosed)
    }

    /// An overdue decision: `met` are the options that hold (of `options` in all).
    fn overdue_gap(&self, via: Option<&NodeRef>, options: usize, met: &[&&NextStepView], due: NaiveDate) -> Gap {
        let days = (self.as_of - due).num_days();
        let nodes: Vec<NodeRef> = met.iter().map(|s| s.node.clone()).collect();
        let late = weeks_text(days);
        let summary = match (via, options) {
            (_, 1) if met[0].repeat => format!("Overdue {late}: {}", lower_first(&met[0].node.title)),
            (Some(v), n) if n > 1 => {
                format!(
                    "Overdue {late}: {} not started ({})",
                    lower_first(&v.title),
                    lower_first(&titles_plain(&nodes))
                )
            }
            _ => format!("Overdue {late}: {} not started", lower_first(&titles_plain(&nodes))),
        };
        let mut evidence: Vec<String> = Vec::new();
        let mut detail = String::new();
        for s in met {
            for c in s.criteria.iter().filter(|c| c.result == Truth::Met) {
                extend_unique(&mut evidence, &c.evidence);
            }
            detail.push_str(&format!(
                "- {} — due {} ({})\n",
                s.node.title,
                s.due.map(|d| d.to_string()).unwrap_or_default(),
                s.due_rule.as_deref().unwrap_or("")
            ));
        }
        for pl in self.placements {
            extend_unique(&mut evidence, &pl.evidence);
        }
        Gap {
            kind: GapKind::OverdueStep,
            severity: if days > 28 { Severity::Critical } else { Severity::Warning },
            summary: clip(&summary),
            detail: format!("Not started by {due} ({days} days ago):\n{detail}"),
            nodes,
            facts: Vec::new(),
            due,
            days_overdue: days,
            evidence,
        }
    }

    /// Facts that steer the next steps but are too old, or predate a progression.
    fn stale_facts(&self, steps: &[NextStepView]) -> Vec<Gap> {
        let used: BTreeSet<&str> = steps.iter().flat_map(|s| s.facts_read.iter().copied()).collect();
        let systemic_next = steps.iter().any(|s| {
            !s.repeat && self.p.node(&s.node.id).is_some_and(|n| n.kind == NodeKind::Treatment && !n.drugs.is_empty())
        });
        let progressed = ["progression", "recurrence"]
            .iter()
            .filter_map(|f| match self.facts.get(f).map(|e| &e.value) {
                Some(FactValue::Event(Some(d))) => Some(*d),
                _ => None,
            })
            .max();
        let mut out = Vec::new();
        let mut push = |fact: &str, entry: &oncotwin_pathway::FactEntry, due: NaiveDate, why: String| {
            if due >= self.as_of {
                return;
            }
            out.push(Gap {
                kind: GapKind::StaleFact,
                severity: Severity::Info,
                summary: clip(&format!("{} is out of date ({}): {why}", upper_first(&fact_label(fact)), entry.as_of)),
                detail: format!("{} was last recorded on {}; {why}.", fact_label(fact), entry.as_of),
                nodes: Vec::new(),
                facts: vec![fact.to_string()],
                due,
                days_overdue: (self.as_of - due).num_days(),
                evidence: entry.evidence.clone(),
            });
        };
        if let Some(e) = self.facts.get("ecog") {
            if systemic_next {
                push(
                    "ecog",
                    e,
                    add_days(e.as_of, ECOG_MAX_AGE_DAYS as f64),
                    format!("older than {ECOG_MAX_AGE_DAYS} days before systemic therapy"),
                );
            }
        }
        if self.p.id == "prostate" {
            if let Some(e) = self.facts.get("psa") {
                push(
                    "psa",
                    e,
                    add_days(e.as_of, PSA_MAX_AGE_DAYS as f64),
                    format!("older than {PSA_MAX_AGE_DAYS} days"),
                );
            }
        }
        if let Some(progressed) = progressed {
            for fact in RETEST_AFTER_PROGRESSION.iter().filter(|f| used.contains(*f)) {
                if let Some(e) = self.facts.get(fact).filter(|e| e.as_of < progressed) {
                    push(fact, e, progressed, format!("tested before the progression of {progressed}; re-test"));
                }
            }
        }
        out
    }
}

/// The next steps grouped into decisions: steps branching from the same decision are
/// alternatives; a step reached without a decision, or a repeat, stands alone.
pub fn due_groups(steps: &[NextStepView]) -> Vec<(Option<&NodeRef>, Vec<&NextStepView>)> {
    let mut groups: Vec<(Option<&NodeRef>, Vec<&NextStepView>)> = Vec::new();
    for s in steps {
        let key = if s.repeat { None } else { s.via.as_ref() };
        match groups.iter_mut().find(|(k, _)| k.is_some() && *k == key) {
            Some((_, v)) => v.push(s),
            None => groups.push((key, vec![s])),
        }
    }
    groups
}

/// Disease events a navigator takes as not having happened unless recorded.
const CLOSED_WORLD_EVENTS: &[&str] = &["progression", "recurrence"];

/// The facts known on `as_of`, with progression and recurrence taken as not having happened
/// when none is recorded (otherwise every later-line step would wait on them).
fn known_facts(patient_id: &str, events: &[TimelineEvent], as_of: NaiveDate) -> PatientFacts {
    let mut facts = facts_as_of(patient_id, events, as_of).facts;
    for name in CLOSED_WORLD_EVENTS {
        if facts.get(name).is_none() {
            let _ = facts.set(name, FactValue::Event(None), Vec::<String>::new(), as_of);
        }
    }
    facts
}

/// The facts a move was decided on: known on its day, without the drugs first given that
/// day (they were the decision, not its premise).
fn facts_at_move(patient_id: &str, events: &[TimelineEvent], day: NaiveDate) -> PatientFacts {
    let mut facts = known_facts(patient_id, events, day);
    let that_day: Vec<oncotwin_pathway::Code> =
        facts.history.iter().filter(|r| r.date == day).map(|r| r.code.clone()).collect();
    let earlier: Vec<oncotwin_pathway::Code> =
        facts.history.iter().filter(|r| r.date < day).map(|r| r.code.clone()).collect();
    if let Some(entry) = facts.facts.get_mut("prior_drugs") {
        if let FactValue::Codes(list) = &mut entry.value {
            list.retain(|c| !that_day.contains(c) || earlier.contains(c));
        }
    }
    facts
}

fn truth_rank(t: Truth) -> u8 {
    match t {
        Truth::Met => 2,
        Truth::Unknown => 1,
        Truth::NotMet => 0,
    }
}

/// The top-level conjuncts of a step's criteria, each with its result.
fn checks(e: &Explanation) -> Vec<CriterionCheck> {
    fn walk(e: &Explanation, out: &mut Vec<CriterionCheck>) {
        if e.criterion == "all" {
            // An empty `all` is an unconditional branch: nothing to check.
            for c in &e.children {
                walk(c, out);
            }
            return;
        }
        out.push(CriterionCheck {
            criterion: render(e),
            result: e.outcome.truth,
            evidence: e.outcome.evidence.clone(),
            missing: e.outcome.missing.clone(),
        });
    }
    fn render(e: &Explanation) -> String {
        match e.criterion.as_str() {
            "all" | "any" if !e.children.is_empty() => {
                let word = if e.criterion == "all" { " and " } else { " or " };
                let parts: Vec<String> = e
                    .children
                    .iter()
                    .map(|c| if c.children.is_empty() { render(c) } else { format!("({})", render(c)) })
                    .collect();
                parts.join(word)
            }
            "all" => "true".into(),
            "any" => "false".into(),
            "not" => format!("not ({})", e.children.first().map(render).unwrap_or_default()),
            leaf => leaf.to_string(),
        }
    }
    let mut out = Vec::new();
    walk(e, &mut out);
    out
}

/// The leaves that fail, from the route that fails least.
fn failing_leaves(routes: &[&Criterion], facts: &PatientFacts) -> Vec<String> {
    let mut best: Option<Vec<String>> = None;
    for c in routes {
        let alternatives: Vec<&Criterion> = match *c {
            Criterion::Any(xs) => xs.iter().collect(),
            other => vec![other],
        };
        for route in alternatives {
            let mut failing: Vec<String> = Vec::new();
            for c in checks(&route.explain(facts)).into_iter().filter(|c| c.result == Truth::NotMet) {
                if !failing.contains(&c.criterion) {
                    failing.push(c.criterion);
                }
            }
            if !failing.is_empty() && best.as_ref().is_none_or(|b| failing.len() < b.len()) {
                best = Some(failing);
            }
        }
    }
    best.unwrap_or_default()
}

/// Actionable nodes the pathway puts between `from` and `to` that the patient passed by: on
/// the route (over branches the facts do not rule out) with the fewest such steps.
fn skipped_steps(p: &Pathway, from: &[String], to: &[String], facts: &PatientFacts) -> Vec<String> {
    let targets: Vec<NodeIndex> = to.iter().filter_map(|id| p.index_of(id)).collect();
    let n = p.graph.node_count();
    let mut cost = vec![usize::MAX; n];
    let mut prev: Vec<Option<NodeIndex>> = vec![None; n];
    let mut queue = VecDeque::new();
    for ix in from.iter().filter_map(|id| p.index_of(id)) {
        cost[ix.index()] = 0;
        queue.push_back(ix);
    }
    // 0-1 BFS: entering an actionable node that is not a target costs one.
    while let Some(ix) = queue.pop_front() {
        if targets.contains(&ix) {
            continue;
        }
        for (e, t) in p.out_edges(ix) {
            if p.graph[e].recurrence || p.branch_criterion(e).evaluate(facts).truth == Truth::NotMet {
                continue;
            }
            let step = usize::from(p.graph[t].kind.is_actionable() && !targets.contains(&t));
            let c = cost[ix.index()] + step;
            if c < cost[t.index()] {
                cost[t.index()] = c;
                prev[t.index()] = Some(ix);
                if step == 0 {
                    queue.push_front(t);
                } else {
                    queue.push_back(t);
                }
            }
        }
    }
    let Some(best) = targets.iter().copied().filter(|t| cost[t.index()] != usize::MAX).min_by_key(|t| cost[t.index()])
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut at = prev[best.index()];
    while let Some(ix) = at {
        if from.contains(&p.graph[ix].id) {
            break;
        }
        if p.graph[ix].kind.is_actionable() {
            out.push(p.graph[ix].id.clone());
        }
        at = prev[ix.index()];
    }
    out.reverse();
    out
}

fn span_days(s: Span) -> f64 {
    s.max.days()
}

fn add_days(d: NaiveDate, days: f64) -> NaiveDate {
    d.checked_add_days(Days::new(days.round().max(0.0) as u64)).unwrap_or(d)
}

fn extend_unique(into: &mut Vec<String>, from: &[String]) {
    for x in from {
        if !into.contains(x) {
            into.push(x.clone());
        }
    }
}

fn titles_plain(nodes: &[NodeRef]) -> String {
    nodes.iter().map(|n| n.title.as_str()).collect::<Vec<_>>().join(" / ")
}

fn titles_of(p: &Pathway, ids: &[String]) -> String {
    titles_plain(&ids.iter().map(|id| NodeRef::of(p, id)).collect::<Vec<_>>())
}

/// A readable name for a fact of the vocabulary.
pub fn fact_label(fact: &str) -> String {
    match fact {
        "er" => "ER status".into(),
        "pr" => "PR status".into(),
        "hr" => "hormone receptor status".into(),
        "her2" => "HER2 status".into(),
        "her2_ihc" => "HER2 IHC score".into(),
        "egfr" | "alk" | "ros1" | "kras" | "nras" | "braf" | "brca" | "esr1" => {
            format!("{} status", fact.to_ascii_uppercase())
        }
        "pik3ca" => "PIK3CA status".into(),
        "hrr" => "HRR gene status".into(),
        "pdl1_tps" => "PD-L1 TPS".into(),
        "pdl1_cps" => "PD-L1 CPS".into(),
        "msi" => "MSI status".into(),
        "mmr" => "MMR status".into(),
        "psa" => "PSA".into(),
        "ecog" => "ECOG performance status".into(),
        "t" | "n" | "m" => format!("{} category", fact.to_ascii_uppercase()),
        "stage" => "stage group".into(),
        "menopause" => "menopausal status".into(),
        "resectable" => "resectability".into(),
        "liver_only_metastases" => "extent of metastases (liver only or not)".into(),
        "residual_disease" => "residual disease after neoadjuvant therapy".into(),
        "grade_group" => "grade group".into(),
        "castration" => "castration status".into(),
        "volume" => "disease volume".into(),
        "psma" => "PSMA PET".into(),
        other => other.replace('_', " "),
    }
}

fn fact_list(facts: &[String]) -> String {
    let labels: Vec<String> = facts.iter().map(|f| fact_label(f)).collect();
    match labels.len() {
        0 => String::new(),
        1 => labels[0].clone(),
        n => format!("{} and {}", labels[..n - 1].join(", "), labels[n - 1]),
    }
}

fn weeks_text(days: i64) -> String {
    if days >= 14 {
        format!("{} weeks", days / 7)
    } else if days == 1 {
        "1 day".into()
    } else {
        format!("{days} days")
    }
}

fn lower_first(s: &str) -> String {
    let mut cs = s.chars();
    match (cs.next(), cs.clone().next()) {
        // Keep acronyms (HER2, ER, PD-L1) as written.
        (Some(f), Some(second)) if f.is_uppercase() && !second.is_uppercase() => f.to_lowercase().chain(cs).collect(),
        _ => s.to_string(),
    }
}

fn upper_first(s: &str) -> String {
    let mut cs = s.chars();
    match cs.next() {
        Some(f) => f.to_uppercase().chain(cs).collect(),
        None => String::new(),
    }
}

/// At most 139 characters (CDS Hooks card summaries are under 140), cut at a word.
pub fn clip(s: &str) -> String {
    if s.chars().count() < 140 {
        return s.to_string();
    }
    let cut: String = s.chars().take(137).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > 80 => cut[..i].to_string(),
        _ => cut,
    };
    format!("{}…", cut.trim_end_matches([',', ';', ':', ' ', '—']))
}
