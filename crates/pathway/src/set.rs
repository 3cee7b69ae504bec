//! A set of pathways (one per cancer) and the queries the twins ask of it.

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use serde::Serialize;

use crate::code::{Code, CodeSystem};
use crate::codetable::{lint_codes, CodeTable};
use crate::criteria::{Criterion, Explanation, Outcome, Truth};
use crate::diag::{Diagnostic, LoadError};
use crate::facts::PatientFacts;
use crate::load::parse_pathway;
use crate::model::{Category, NodeKind, Pathway};

/// The shipped pathways, embedded so the server works from any directory.
const BUILTIN: &[(&str, &str)] = &[
    ("breast.toml", include_str!("../../../pathways/breast.toml")),
    ("nsclc.toml", include_str!("../../../pathways/nsclc.toml")),
    ("colorectal.toml", include_str!("../../../pathways/colorectal.toml")),
    ("prostate.toml", include_str!("../../../pathways/prostate.toml")),
];

/// Paths enumerated per node at most (the shipped graphs have far fewer).
const MAX_PATHS: usize = 1024;

/// A node of one pathway.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct NodeKey {
    /// Pathway id.
    pub pathway: String,
    /// Node id.
    pub node: String,
}

/// One route from a pathway's entry to a node, with the criteria along it.
#[derive(Debug, Clone, Serialize)]
pub struct PathToNode {
    /// Node ids from the entry to the target.
    pub nodes: Vec<String>,
    /// Whether the route goes through a recurrence edge.
    pub via_recurrence: bool,
    /// AND of the entry's criterion and each step's branch criterion (edge guard and the
    /// target's own `when`; `otherwise` spelled out as "none of the siblings").
    #[serde(serialize_with = "ser_criterion")]
    pub criteria: Criterion,
}

fn ser_criterion<S: serde::Serializer>(c: &Criterion, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&c.to_string())
}

/// A node that supports a service, with the AND/OR tree that must hold for the support.
#[derive(Debug, Clone, Serialize)]
pub struct Support {
    /// Which node.
    pub key: NodeKey,
    /// Its title.
    pub title: String,
    /// Its recommendation tier.
    pub category: Category,
    /// Its sources.
    pub sources: Vec<String>,
    /// Every route to it.
    pub paths: Vec<PathToNode>,
    /// OR over the routes' criteria.
    #[serde(serialize_with = "ser_criterion")]
    pub criteria: Criterion,
}

impl Support {
    /// Evaluates the support criteria leaf by leaf.
    pub fn explain(&self, facts: &PatientFacts) -> Explanation {
        self.criteria.explain(facts)
    }
}

/// A step the patient may take next.
#[derive(Debug, Clone, Serialize)]
pub struct NextStep {
    /// The node.
    pub key: NodeKey,
    /// Its title.
    pub title: String,
    /// Its kind.
    pub kind: NodeKind,
    /// Its tier.
    pub category: Category,
    /// The node the patient is placed at.
    pub from: String,
    /// The last decision node passed on the way (steps sharing it are alternatives).
    pub via: Option<String>,
    /// AND of the branch criteria along the way from `from`.
    #[serde(serialize_with = "ser_criterion")]
    pub criteria: Criterion,
    /// Met (all branch criteria hold) or Unknown (with the missing facts).
    pub outcome: Outcome,
}

/// Where a patient's history places them.
#[derive(Debug, Clone, Serialize)]
pub struct Placement {
    /// The node.
    pub key: NodeKey,
    /// Its title.
    pub title: String,
    /// Date of the latest matching service (None when placed at the entry for lack of history).
    pub last_service: Option<NaiveDate>,
    /// Evidence of the matching services.
    pub evidence: Vec<String>,
    /// How the patient's facts fit the criteria along the routes to the node.
    pub fit: Truth,
}

/// Supporting nodes per service code, shared by clones of a set.
type SupportCache = Arc<Mutex<HashMap<(CodeSystem, String), Arc<Vec<Support>>>>>;
/// One change of position while a pathway's history is replayed.
#[derive(Debug, Clone, Serialize)]
pub struct Move {
    /// The day the services that moved the patient were received.
    pub date: NaiveDate,
    /// The nodes the patient moved to (ties kept).
    pub nodes: Vec<String>,
    /// The nodes the patient was at before.
    pub from: Vec<String>,
    /// Whether the new nodes can be reached from the previous position along the graph.
    pub reachable: bool,
    /// Evidence of the services that matched the new nodes.
    pub evidence: Vec<String>,
}

/// A pathway's history replayed: every change of position and where the patient is now.
#[derive(Debug, Clone, Serialize)]
pub struct Replay {
    /// Pathway id.
    pub pathway: String,
    /// Changes of position in date order (empty when no service matched a node).
    pub moves: Vec<Move>,
    /// Where the patient is now (as [`PathwaySet::place`] answers).
    pub placements: Vec<Placement>,
}

/// Pathway file name → its text.
type FileTexts = HashMap<String, String>;

/// The loaded pathways.
#[derive(Debug, Clone, Default)]
pub struct PathwaySet {
    pathways: Vec<Pathway>,
    /// [`PathwaySet::support`] per code, computed once (the set never changes after loading;
    /// enumerating the routes is the costly part of a necessity decision).
    support_cache: SupportCache,
    /// The verified code table the pathways' codes are checked against (`pathways/codes/`),
    /// with each file's text for exact lines in findings.
    codes: Option<(Arc<CodeTable>, Arc<FileTexts>)>,
    /// Problems reading the code table, reported by [`PathwaySet::lint`].
    table_errors: Vec<Diagnostic>,
}

impl PathwaySet {
    /// The pathways shipped in `pathways/`, compiled into the binary, with the shipped code
    /// table.
    pub fn builtin() -> Result<PathwaySet, LoadError> {
        let set = PathwaySet::from_strs(BUILTIN)?;
        // A broken code table is a lint finding, not a reason to refuse to serve.
        Ok(match CodeTable::builtin() {
            Ok(table) => set.with_code_table(table, BUILTIN),
            Err(e) => PathwaySet { table_errors: e.diagnostics, ..set },
        })
    }

    /// Checks this set's codes against `table` in [`PathwaySet::lint`]; `files` are the
    /// pathway files' (name, text), for the line of each finding.
    pub fn with_code_table(mut self, table: Arc<CodeTable>, files: &[(&str, &str)]) -> PathwaySet {
        let texts = files.iter().map(|(n, t)| (n.to_string(), t.to_string())).collect();
        self.codes = Some((table, Arc::new(texts)));
        self
    }

    /// The code table, when one was loaded with the set.
    pub fn code_table(&self) -> Option<&CodeTable> {
        self.codes.as_ref().map(|(t, _)| t.as_ref())
    }

    /// The shipped pathway files as (file name, text).
    pub fn builtin_sources() -> &'static [(&'static str, &'static str)] {
        BUILTIN
    }

    /// Loads every `*.toml` in `dir` (sorted by name), and the code table in `dir/codes/`
    /// when there is one.
    pub fn load_dir(dir: impl AsRef<Path>) -> Result<PathwaySet, LoadError> {
        let files = read_dir(dir.as_ref())?;
        let refs: Vec<(&str, &str)> = files.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
        let set = PathwaySet::from_strs(&refs)?;
        Ok(match read_code_table(dir.as_ref())? {
            Some(table) => set.with_code_table(Arc::new(table), &refs),
            None => set,
        })
    }

    /// Loads pathways from (file name, text) pairs.
    pub fn from_strs(files: &[(&str, &str)]) -> Result<PathwaySet, LoadError> {
        let mut diagnostics = Vec::new();
        let mut pathways = Vec::new();
        for (name, text) in files {
            match parse_pathway(name, text) {
                Ok(p) => pathways.push(p),
                Err(e) => diagnostics.extend(e.diagnostics),
            }
        }
        if !diagnostics.is_empty() {
            return Err(LoadError { diagnostics });
        }
        PathwaySet::from_pathways(pathways)
    }

    /// A set of already-built pathways (e.g. imported from PlanDefinitions); ids must be unique.
    pub fn from_pathways(pathways: Vec<Pathway>) -> Result<PathwaySet, LoadError> {
        let mut seen = HashMap::new();
        for p in &pathways {
            if let Some(first) = seen.insert(p.id.clone(), p.file.clone()) {
                return Err(LoadError {
                    diagnostics: vec![Diagnostic::error(
                        &p.file,
                        0,
                        "duplicate-id",
                        format!("pathway id `{}` is also used by {first}", p.id),
                    )],
                });
            }
        }
        Ok(PathwaySet { pathways, support_cache: Default::default(), codes: None, table_errors: Vec::new() })
    }

    /// The pathways.
    pub fn pathways(&self) -> &[Pathway] {
        &self.pathways
    }

    /// One pathway by id.
    pub fn get(&self, id: &str) -> Option<&Pathway> {
        self.pathways.iter().find(|p| p.id == id)
    }

    /// Lint findings for every pathway (empty when clean).
    pub fn lint(&self) -> Vec<Diagnostic> {
        let mut out: Vec<Diagnostic> = self.table_errors.clone();
        out.extend(self.pathways.iter().flat_map(crate::lint::lint_pathway));
        if let Some((table, texts)) = &self.codes {
            for p in &self.pathways {
                out.extend(lint_codes(p, table, texts.get(&p.file).map(String::as_str)));
            }
        }
        out
    }

    /// Nodes that support `system`/`code`.
    pub fn nodes_supporting(&self, system: CodeSystem, code: &str) -> Vec<NodeKey> {
        let mut out = Vec::new();
        for p in &self.pathways {
            for n in p.nodes() {
                if n.supports(system, code) {
                    out.push(NodeKey { pathway: p.id.clone(), node: n.id.clone() });
                }
            }
        }
        out
    }

    /// The RxNorm ingredients a drug code (a HCPCS J- or Q-code) stands for on the shipped
    /// nodes: a HCPCS request for a biosimilar (trastuzumab-anns, Q5117) or for a drug whose
    /// J-code a node does not list is the same drug, and every node giving it supports it.
    pub fn ingredients_of(&self, system: CodeSystem, code: &str) -> Vec<Code> {
        let mut out: Vec<Code> = Vec::new();
        for p in &self.pathways {
            for n in p.nodes() {
                for d in &n.drugs {
                    let same = d.hcpcs.as_ref().is_some_and(|h| h.system == system && h.code == code);
                    if same && !out.contains(&d.rxnorm) {
                        out.push(d.rxnorm.clone());
                    }
                }
            }
        }
        out
    }

    /// [`PathwaySet::support`], computed once per code and shared.
    pub fn support_cached(&self, system: CodeSystem, code: &str) -> Arc<Vec<Support>> {
        let key = (system, code.to_string());
        if let Some(hit) = self.support_cache.lock().unwrap_or_else(|p| p.into_inner()).get(&key) {
            return hit.clone();
        }
        let computed = Arc::new(self.support(system, code));
        self.support_cache.lock().unwrap_or_else(|p| p.into_inner()).insert(key, computed.clone());
        computed
    }

    /// For a service code: each supporting node and the AND/OR criteria for reaching it.
    pub fn support(&self, system: CodeSystem, code: &str) -> Vec<Support> {
        self.nodes_supporting(system, code)
            .into_iter()
            .filter_map(|key| {
                let p = self.get(&key.pathway)?;
                let n = p.node(&key.node)?;
                let mut paths = self.paths_to(&key.pathway, &key.node)?;
                // A drug's own label gate within the regimen (pemetrexed: not squamous) holds
                // on every route: it is part of what the request must meet.
                // A procedure's own gate (concurrent chemoradiotherapy: ECOG 0-1) the same way.
                let gate =
                    n.drugs.iter().find(|d| d.is_coded(system, code)).and_then(|d| d.when.clone()).or_else(|| {
                        n.procedures
                            .iter()
                            .chain(&n.radiotherapy)
                            .find(|p| p.codes.iter().any(|c| c.system == system && c.code == code))
                            .and_then(|p| p.when.clone())
                    });
                if let Some(gate) = gate {
                    for path in &mut paths {
                        path.criteria = Criterion::all(vec![path.criteria.clone(), gate.clone()]);
                    }
                }
                let criteria = Criterion::any(paths.iter().map(|x| x.criteria.clone()).collect());
                Some(Support {
                    title: n.title.clone(),
                    category: n.category,
                    sources: n.sources.clone(),
                    paths,
                    criteria,
                    key,
                })
            })
            .collect()
    }

    /// The routes to `node`, with the criteria along them: from the pathway's entry, and from
    /// each recurrence edge that leads to it (such a route lists the node recurred from
    /// first; the route before a recurrence is history, not a condition). None if the
    /// pathway or node does not exist.
    pub fn paths_to(&self, pathway: &str, node: &str) -> Option<Vec<PathToNode>> {
        let p = self.get(pathway)?;
        let target = p.index_of(node)?;
        Some(paths_in(p, target))
    }

    /// Where the patient's history places them, on each pathway whose entry criterion (the
    /// diagnosis) is met. The history is replayed in date order from the entry: each day's
    /// services move the patient to the nodes that provide them, preferring nodes reachable
    /// from the current position, then nodes whose route criteria the facts do not contradict (a node's own drugs do not count as prior
    /// for it, and facts that evolve — castration status, progression, recurrence, prior
    /// lines — are not held against it), then nearer nodes (forward, recurrence edges
    /// included), then nodes more of whose codes were received that day, then nodes with
    /// fewer codes not received. Ties are kept. With no matching history a patient is at
    /// the entry.
    pub fn place(&self, facts: &PatientFacts) -> Vec<Placement> {
        self.replay(facts).into_iter().flat_map(|r| r.placements).collect()
    }

    /// [`PathwaySet::place`] with the route that led there: each pathway whose entry
    /// criterion is met, replayed day by day, recording every change of position.
    pub fn replay(&self, facts: &PatientFacts) -> Vec<Replay> {
        let mut out = Vec::new();
        let mut days: Vec<NaiveDate> = facts.history.iter().map(|r| r.date).collect();
        days.sort_unstable();
        days.dedup();
        for p in &self.pathways {
            let entry = &p.graph[p.entry];
            if let Some(w) = &entry.when {
                if w.evaluate(facts).truth != Truth::Met {
                    continue;
                }
            }
            let mut current = vec![p.entry];
            let mut last: Option<(NaiveDate, Vec<String>)> = None;
            let mut moves = Vec::new();
            let mut fits: HashMap<NodeIndex, Truth> = HashMap::new();
            // How many nodes list each code: a drug listed on one node only (talazoparib with
            // enzalutamide) defines that node, so a history without it fits the node worse.
            let mut listed: HashMap<&Code, usize> = HashMap::new();
            for ix in p.graph.node_indices() {
                let mut own: Vec<&Code> = p.graph[ix].all_services();
                own.sort();
                own.dedup();
                for c in own {
                    *listed.entry(c).or_default() += 1;
                }
            }
            for &day in &days {
                let records: Vec<_> = facts.history.iter().filter(|r| r.date == day).collect();
                let dist = distances_from(p, &current);
                // (reachable, fit, -distance, -defining drugs not given, matched, -unmatched); a
                // node whose defining drug was not given fits one level worse.
                type Rank =
                    (bool, u8, std::cmp::Reverse<usize>, std::cmp::Reverse<usize>, usize, std::cmp::Reverse<usize>);
                let mut ranked: Vec<(Rank, NodeIndex)> = Vec::new();
                for ix in p.graph.node_indices() {
                    let codes = p.graph[ix].all_services();
                    let matched = codes.iter().filter(|c| records.iter().any(|r| r.code == ***c)).count();
                    if matched == 0 {
                        continue;
                    }
                    let fit = *fits
                        .entry(ix)
                        .or_insert_with(|| p.route_criterion(ix).truth(&without_own_drugs(facts, &codes)));
                    let fit_rank: u8 = match fit {
                        Truth::Met => 2,
                        Truth::Unknown => 1,
                        Truth::NotMet => 0,
                    };
                    let d = dist[ix.index()];
                    // Partner drugs of the node (targeted, immunotherapy, endocrine) not given,
                    // unless a given drug of the node shares a class with them (abiraterone and
                    // enzalutamide are alternatives; talazoparib with enzalutamide is not).
                    let node = &p.graph[ix];
                    let roles = crate::drugs::roles();
                    let given = |drug: &crate::model::Drug| {
                        records.iter().any(|r| r.code == drug.rxnorm || drug.hcpcs.as_ref() == Some(&r.code))
                    };
                    let given_classes: Vec<&String> = node
                        .drugs
                        .iter()
                        .filter(|d| given(d))
                        .filter_map(|d| roles.get(&d.rxnorm.code))
                        .flat_map(|r| r.classes.iter())
                        .collect();
                    let mut missing_partners: Vec<&str> = node
                        .drugs
                        .iter()
                        .filter(|d| !given(d))
                        .filter(|d| {
                            roles
                                .get(&d.rxnorm.code)
                                .is_some_and(|r| r.partner && !r.classes.iter().any(|c| given_classes.contains(&c)))
                                || listed.get(&d.rxnorm) == Some(&1)
                        })
                        .map(|d| d.rxnorm.code.as_str())
                        .collect();
                    missing_partners.sort_unstable();
                    missing_partners.dedup();
                    let defining_missing = missing_partners.len();
                    ranked.push((
                        (
                            d.is_some(),
                            if defining_missing > 0 { fit_rank.saturating_sub(1) } else { fit_rank },
                            std::cmp::Reverse(d.unwrap_or(usize::MAX)),
                            std::cmp::Reverse(defining_missing),
                            matched,
                            std::cmp::Reverse(codes.len() - matched),
                        ),
                        ix,
                    ));
                }
                ranked.sort_by_key(|r| std::cmp::Reverse(r.0));
                let Some(best) = ranked.first().map(|r| r.0) else {
                    continue;
                };
                let next: Vec<NodeIndex> = ranked.iter().take_while(|r| r.0 == best).map(|r| r.1).collect();
                let mut evidence: Vec<String> = Vec::new();
                for r in &records {
                    if next.iter().any(|ix| p.graph[*ix].all_services().iter().any(|c| **c == r.code)) {
                        for e in &r.evidence {
                            if !evidence.contains(e) {
                                evidence.push(e.clone());
                            }
                        }
                    }
                }
                if next != current {
                    let ids = |v: &[NodeIndex]| v.iter().map(|ix| p.graph[*ix].id.clone()).collect::<Vec<_>>();
                    moves.push(Move {
                        date: day,
                        nodes: ids(&next),
                        from: ids(&current),
                        reachable: best.0,
                        evidence: evidence.clone(),
                    });
                }
                current = next;
                last = Some((day, evidence));
            }
            let placements = current
                .into_iter()
                .map(|ix| {
                    let n = &p.graph[ix];
                    let fit = match &last {
                        Some(_) => *fits.get(&ix).unwrap_or(&Truth::Unknown),
                        None => Truth::Met,
                    };
                    Placement {
                        key: NodeKey { pathway: p.id.clone(), node: n.id.clone() },
                        title: n.title.clone(),
                        last_service: last.as_ref().map(|l| l.0),
                        evidence: last.as_ref().map(|l| l.1.clone()).unwrap_or_default(),
                        fit,
                    }
                })
                .collect();
            out.push(Replay { pathway: p.id.clone(), moves, placements });
        }
        out
    }

    /// The next actionable steps from where the patient is placed: follows branches whose
    /// criteria are Met or Unknown through decision and recurrence-entry nodes until it
    /// reaches a workup, treatment or surveillance node. NotMet branches are dropped.
    pub fn next_steps(&self, facts: &PatientFacts) -> Vec<NextStep> {
        self.next_steps_from(facts, &self.place(facts))
    }

    /// [`PathwaySet::next_steps`] from placements already computed.
    pub fn next_steps_from(&self, facts: &PatientFacts, placements: &[Placement]) -> Vec<NextStep> {
        let mut out: Vec<NextStep> = Vec::new();
        for placed in placements {
            let Some(p) = self.get(&placed.key.pathway) else {
                continue;
            };
            let Some(start) = p.index_of(&placed.key.node) else {
                continue;
            };
            let mut stack: Vec<(NodeIndex, Vec<Criterion>, Option<NodeIndex>)> = vec![(start, Vec::new(), None)];
            let mut seen = vec![false; p.graph.node_count()];
            seen[start.index()] = true;
            while let Some((ix, acc, via)) = stack.pop() {
                let via = if p.graph[ix].kind == NodeKind::Decision { Some(ix) } else { via };
                for (e, t) in p.out_edges(ix).into_iter().rev() {
                    let mut parts = acc.clone();
                    parts.push(p.branch_criterion(e));
                    let outcome = Criterion::All(parts.clone()).evaluate(facts);
                    if outcome.truth == Truth::NotMet {
                        continue;
                    }
                    let n = &p.graph[t];
                    if n.kind.is_actionable() || p.out_edges(t).is_empty() {
                        let key = NodeKey { pathway: p.id.clone(), node: n.id.clone() };
                        let criteria = Criterion::all(parts);
                        let via = via.map(|v| p.graph[v].id.clone());
                        if let Some(prev) = out.iter_mut().find(|s| s.key == key) {
                            if prev.outcome.truth == Truth::Unknown && outcome.truth == Truth::Met {
                                prev.outcome = outcome;
                                prev.criteria = criteria;
                                prev.via = via;
                            }
                        } else {
                            out.push(NextStep {
                                key,
                                title: n.title.clone(),
                                kind: n.kind,
                                category: n.category,
                                from: placed.key.node.clone(),
                                via,
                                criteria,
                                outcome,
                            });
                        }
                    } else if !seen[t.index()] {
                        seen[t.index()] = true;
                        stack.push((t, parts, via));
                    }
                }
            }
        }
        out
    }
}

/// Facts that change as the disease evolves: a node chosen when the patient was
/// castration-sensitive or before progression must still match once that has changed.
const EVOLVING_FACTS: &[&str] = &["castration", "progression", "recurrence", "prior_lines", "prior_therapies"];

/// The facts used to judge whether the patient could have been routed to a node: the node's
/// own drugs removed from `prior_drugs` (they were not "prior" when it was chosen) and the
/// evolving facts forgotten once they have moved on (a progression that happened, castration
/// resistance, prior lines). One that has not moved on — no progression, castration-sensitive,
/// no prior line — was so when the node was chosen too, and is kept.
fn without_own_drugs(facts: &PatientFacts, codes: &[&crate::code::Code]) -> PatientFacts {
    use crate::facts::FactValue;
    let mut f = facts.clone();
    for name in EVOLVING_FACTS {
        let unchanged = match f.facts.get(*name).map(|e| &e.value) {
            Some(FactValue::Event(None)) => true,
            Some(FactValue::Word(w)) => w == "sensitive",
            Some(FactValue::Number(n)) => *n == 0.0,
            _ => false,
        };
        if !unchanged {
            f.facts.remove(*name);
        }
    }
    if let Some(entry) = f.facts.get_mut("prior_drugs") {
        if let crate::facts::FactValue::Codes(list) = &mut entry.value {
            list.retain(|c| !codes.contains(&c));
        }
    }
    // Prior drug classes, recomputed from the drugs left: the node's own drugs do not make
    // the patient "previously treated" for the node itself.
    let remaining: Vec<String> = match f.facts.get("prior_drugs").map(|e| &e.value) {
        Some(FactValue::Codes(list)) => list.iter().map(|c| c.code.clone()).collect(),
        _ => Vec::new(),
    };
    if let Some(entry) = f.facts.get_mut("prior_classes") {
        if let FactValue::Variants(classes) = &mut entry.value {
            let roles = crate::drugs::roles();
            let still: Vec<&String> =
                remaining.iter().filter_map(|c| roles.get(c)).flat_map(|r| r.classes.iter()).collect();
            let own: Vec<&String> =
                codes.iter().filter_map(|c| roles.get(&c.code)).flat_map(|r| r.classes.iter()).collect();
            classes.retain(|c| !own.contains(&c) || still.contains(&c));
        }
    }
    f
}

/// Shortest distance (in edges, recurrence edges included) from any of `from` to each node.
fn distances_from(p: &Pathway, from: &[NodeIndex]) -> Vec<Option<usize>> {
    let mut d = vec![None; p.graph.node_count()];
    let mut queue = std::collections::VecDeque::new();
    for ix in from {
        d[ix.index()] = Some(0);
        queue.push_back(*ix);
    }
    while let Some(ix) = queue.pop_front() {
        let here = d[ix.index()].unwrap_or(0);
        for (_, t) in p.out_edges(ix) {
            if d[t.index()].is_none() {
                d[t.index()] = Some(here + 1);
                queue.push_back(t);
            }
        }
    }
    d
}

/// Routes to `target`. A route starts at the entry, or at the target of a recurrence edge
/// (what happened before a recurrence is history, not a criterion for what comes after
/// it); it then follows forward edges only. Only nodes that can still reach the target are
/// explored, so the work is bounded by the number of routes (capped at `MAX_PATHS`).
pub(crate) fn paths_in(p: &Pathway, target: NodeIndex) -> Vec<PathToNode> {
    let n = p.graph.node_count();
    let mut reaches = vec![false; n];
    reaches[target.index()] = true;
    let mut queue = vec![target];
    while let Some(ix) = queue.pop() {
        for e in p.graph.edges_directed(ix, Direction::Incoming) {
            if !e.weight().recurrence && !reaches[e.source().index()] {
                reaches[e.source().index()] = true;
                queue.push(e.source());
            }
        }
    }
    let entry_parts: Vec<Criterion> = p.graph[p.entry].when.iter().cloned().collect();
    // (node, nodes so far, criteria so far, via recurrence)
    let mut stack: Vec<(NodeIndex, Vec<NodeIndex>, Vec<Criterion>, bool)> = Vec::new();
    for e in p.graph.edge_references().filter(|e| e.weight().recurrence && reaches[e.target().index()]) {
        let mut parts = entry_parts.clone();
        parts.push(p.branch_criterion(e.id()));
        stack.push((e.target(), vec![e.source(), e.target()], parts, true));
    }
    if reaches[p.entry.index()] {
        stack.push((p.entry, vec![p.entry], entry_parts.clone(), false));
    }
    let mut out = Vec::new();
    while let Some((ix, nodes, parts, via_recurrence)) = stack.pop() {
        if out.len() >= MAX_PATHS {
            break;
        }
        if ix == target {
            out.push(PathToNode {
                nodes: nodes.iter().map(|i| p.graph[*i].id.clone()).collect(),
                via_recurrence,
                criteria: Criterion::All(parts),
            });
            continue;
        }
        for (e, t) in p.out_edges(ix).into_iter().rev() {
            if p.graph[e].recurrence || !reaches[t.index()] || nodes.contains(&t) {
                continue;
            }
            let mut next_parts = parts.clone();
            let c = p.branch_criterion(e);
            if c != Criterion::All(Vec::new()) {
                next_parts.push(c);
            }
            let mut next_nodes = nodes.clone();
            next_nodes.push(t);
            stack.push((t, next_nodes, next_parts, via_recurrence));
        }
    }
    out
}

fn read_dir(dir: &Path) -> Result<Vec<(String, String)>, LoadError> {
    let io = |m: String| LoadError { diagnostics: vec![Diagnostic::error(&dir.display().to_string(), 0, "io", m)] };
    let mut files = Vec::new();
    let entries = std::fs::read_dir(dir).map_err(|e| io(format!("cannot read directory: {e}")))?;
    for entry in entries {
        let entry = entry.map_err(|e| io(e.to_string()))?;
        let path = entry.path();
        if path.extension().and_then(|x| x.to_str()) == Some("toml") {
            let text = std::fs::read_to_string(&path).map_err(|e| io(format!("{}: {e}", path.display())))?;
            files.push((path.display().to_string(), text));
        }
    }
    files.sort();
    Ok(files)
}

/// Reads `dir/codes/*.csv` as one code table; `None` when `dir/codes` does not exist.
fn read_code_table(dir: &Path) -> Result<Option<CodeTable>, LoadError> {
    let codes = dir.join("codes");
    if !codes.is_dir() {
        return Ok(None);
    }
    let io = |m: String| LoadError { diagnostics: vec![Diagnostic::error(&codes.display().to_string(), 0, "io", m)] };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(&codes).map_err(|e| io(format!("cannot read directory: {e}")))? {
        let path = entry.map_err(|e| io(e.to_string()))?.path();
        if path.extension().and_then(|x| x.to_str()) == Some("csv") {
            let text = std::fs::read_to_string(&path).map_err(|e| io(format!("{}: {e}", path.display())))?;
            files.push((path.display().to_string(), text));
        }
    }
    files.sort();
    let refs: Vec<(&str, &str)> = files.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    CodeTable::parse(&refs).map(Some)
}

/// Loads and lints every pathway file in `dir`: load errors if a file does not load, lint
/// findings for those that do, and every code checked against the code table in
/// `dir/codes/` (a directory without one is an error: codes are verified, not trusted).
/// This is what `oncotwin pathways lint` prints.
pub fn lint_dir(dir: impl AsRef<Path>) -> Vec<Diagnostic> {
    let dir = dir.as_ref();
    let files = match read_dir(dir) {
        Ok(files) => files,
        Err(e) => return e.diagnostics,
    };
    let table = match read_code_table(dir) {
        Ok(Some(t)) => Some(t),
        Ok(None) => {
            let mut out = vec![Diagnostic::error(
                &dir.join("codes").display().to_string(),
                0,
                "no-code-table",
                "no code table: every code the pathways use must be listed, with its display and where it was verified, in codes/*.csv (header system,code,display,terms,source)",
            )];
            out.extend(files.iter().flat_map(|(n, t)| lint_str(n, t)));
            return out;
        }
        Err(e) => return e.diagnostics,
    };
    files.iter().flat_map(|(n, t)| lint_str_with(n, t, table.as_ref())).collect()
}

/// Loads and lints one pathway file's text (structure and code shapes; no code table).
pub fn lint_str(file: &str, text: &str) -> Vec<Diagnostic> {
    lint_str_with(file, text, None)
}

/// Loads and lints one pathway file's text, checking its codes against `table` when given.
pub fn lint_str_with(file: &str, text: &str, table: Option<&CodeTable>) -> Vec<Diagnostic> {
    match parse_pathway(file, text) {
        Ok(p) => {
            let mut out = crate::lint::lint_pathway(&p);
            if let Some(table) = table {
                out.extend(lint_codes(&p, table, Some(text)));
            }
            out
        }
        Err(e) => e.diagnostics,
    }
}
