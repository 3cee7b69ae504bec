//! The in-memory pathway: nodes, edges and the petgraph that holds them.

use std::collections::HashMap;
use std::fmt;

use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use serde::Serialize;

use crate::code::{Code, CodeSystem};
use crate::criteria::{Criterion, Duration};

/// What a node is in the NCCN-style structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NodeKind {
    /// Diagnostic evaluation (imaging, biopsy, biomarker testing).
    Workup,
    /// A branching point; carries no services of its own.
    Decision,
    /// A regimen, operation or course of radiotherapy.
    Treatment,
    /// Follow-up after curative-intent treatment.
    Surveillance,
    /// Entry into recurrent or metastatic disease management.
    Recurrence,
}

impl NodeKind {
    /// Every kind.
    pub const ALL: [NodeKind; 5] =
        [NodeKind::Workup, NodeKind::Decision, NodeKind::Treatment, NodeKind::Surveillance, NodeKind::Recurrence];

    /// The word used in pathway files.
    pub fn as_str(self) -> &'static str {
        match self {
            NodeKind::Workup => "workup",
            NodeKind::Decision => "decision",
            NodeKind::Treatment => "treatment",
            NodeKind::Surveillance => "surveillance",
            NodeKind::Recurrence => "recurrence",
        }
    }

    /// Parses the file word.
    pub fn parse(s: &str) -> Option<NodeKind> {
        NodeKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Whether a patient can be "at" this node doing something (decision and recurrence-entry
    /// nodes are passed through when looking for next steps).
    pub fn is_actionable(self) -> bool {
        matches!(self, NodeKind::Workup | NodeKind::Treatment | NodeKind::Surveillance)
    }
}

/// Strength of recommendation, in NCCN's three tiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Preferred.
    Preferred,
    /// Other recommended.
    OtherRecommended,
    /// Useful in certain circumstances.
    UsefulInCertainCircumstances,
}

impl Category {
    /// Every category.
    pub const ALL: [Category; 3] =
        [Category::Preferred, Category::OtherRecommended, Category::UsefulInCertainCircumstances];

    /// The words used in pathway files.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Preferred => "preferred",
            Category::OtherRecommended => "other recommended",
            Category::UsefulInCertainCircumstances => "useful in certain circumstances",
        }
    }

    /// A code-like form (for FHIR codes and CSS classes).
    pub fn code(self) -> &'static str {
        match self {
            Category::Preferred => "preferred",
            Category::OtherRecommended => "other-recommended",
            Category::UsefulInCertainCircumstances => "useful-in-certain-circumstances",
        }
    }

    /// Parses either form.
    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == s || c.code() == s)
    }
}

/// A drug of a regimen.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Drug {
    /// Generic name.
    pub name: String,
    /// RxNorm ingredient.
    pub rxnorm: Code,
    /// HCPCS J-code (or other level II code), where one exists.
    pub hcpcs: Option<Code>,
    /// A gate of this drug's own label within the regimen (pemetrexed: `histology !=
    /// squamous`), in addition to the node's criteria; a request for this drug must meet it.
    #[serde(serialize_with = "ser_criterion")]
    pub when: Option<Criterion>,
    /// Whether the label gives it on after progression on it (bevacizumab continued into
    /// second-line chemotherapy, ML18147): progression on it is then no reason to refer.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub beyond_progression: bool,
}

impl Drug {
    /// Whether `system:code` names this drug (its RxNorm ingredient or its HCPCS code).
    pub fn is_coded(&self, system: CodeSystem, code: &str) -> bool {
        (self.rxnorm.system == system && self.rxnorm.code == code)
            || self.hcpcs.as_ref().is_some_and(|h| h.system == system && h.code == code)
    }
}

/// A procedure, or a course of radiotherapy, with its codes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Procedure {
    /// What it is.
    pub name: String,
    /// CPT and/or SNOMED CT codes.
    pub codes: Vec<Code>,
    /// A gate of this procedure's own within the node (concurrent chemoradiotherapy: ECOG
    /// 0-1), in addition to the node's criteria; a request for it must meet it. Unlike the
    /// node's `when`, it does not close the node's route to the steps after it.
    #[serde(serialize_with = "ser_criterion")]
    pub when: Option<Criterion>,
}

/// A range of durations (`5 to 10 years`), or one duration when `min == max`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    /// Lower bound.
    pub min: Duration,
    /// Upper bound.
    pub max: Duration,
}

impl Span {
    /// Parses `12 weeks`, `5 to 10 years` or `5-10 years`.
    pub fn parse(s: &str) -> Option<Span> {
        let s = s.trim();
        if let Some(d) = Duration::parse(s) {
            return Some(Span { min: d, max: d });
        }
        let (a, b) = s.split_once(" to ").or_else(|| s.split_once('-'))?;
        let max = Duration::parse(b.trim())?;
        let min = match a.trim().parse::<u32>() {
            Ok(n) => Duration { amount: n, unit: max.unit },
            Err(_) => Duration::parse(a.trim())?,
        };
        (min.days() <= max.days()).then_some(Span { min, max })
    }
}

impl fmt::Display for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.min == self.max {
            write!(f, "{}", self.min)
        } else if self.min.unit == self.max.unit {
            write!(f, "{} to {}", self.min.amount, self.max)
        } else {
            write!(f, "{} to {}", self.min, self.max)
        }
    }
}

/// Expected timing of a node, where it matters.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Timing {
    /// The event timing counts from: an event fact (`surgery`, `diagnosis`,
    /// `chemotherapy_end`, …) or `previous` (the end of the preceding step).
    pub after: Option<String>,
    /// Should start within this long after `after`.
    pub start_within: Option<Span>,
    /// Lasts this long (e.g. adjuvant endocrine therapy 5 to 10 years).
    pub lasts: Option<Span>,
    /// Repeats at this interval (e.g. surveillance imaging every 12 months).
    pub every: Option<Span>,
    /// Given until progression, for at most `lasts` (pembrolizumab "up to 24 months", six
    /// doses of lutetium-177 PSMA-617): a course under way is both measured against `lasts`
    /// and goes on only when the disease has been assessed since it began.
    pub until_progression: bool,
}

/// A node of a pathway.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Node {
    /// Stable id, unique in its pathway (`met_her2pos_l1_thp`).
    pub id: String,
    /// Human title.
    pub title: String,
    /// Kind.
    pub kind: NodeKind,
    /// Recommendation tier.
    pub category: Category,
    /// Line of therapy for recurrent/metastatic disease, where it applies.
    pub line_of_therapy: Option<u8>,
    /// Criterion the patient must meet for this node (in addition to the edge taken).
    #[serde(serialize_with = "ser_criterion")]
    pub when: Option<Criterion>,
    /// Services listed directly (workup and surveillance tests, imaging).
    pub services: Vec<Code>,
    /// Regimen drugs.
    /// The drugs are given together (pembrolizumab with pemetrexed and platinum; a CDK4/6
    /// inhibitor with fulvestrant), not each alone: a course of one of them under way is this
    /// node's only when another of its drugs is given in that course.
    pub combination: bool,
    pub drugs: Vec<Drug>,
    /// Operations and other procedures.
    pub procedures: Vec<Procedure>,
    /// Radiotherapy.
    pub radiotherapy: Vec<Procedure>,
    /// Expected timing.
    pub timing: Option<Timing>,
    /// Evidence sources (FDA label section, NCI PDQ summary, trial with year).
    pub sources: Vec<String>,
    /// Free-text note for the clinician.
    pub note: Option<String>,
    /// Line in the source file (0 if imported).
    #[serde(skip)]
    pub line: usize,
}

fn ser_criterion<S: serde::Serializer>(c: &Option<Criterion>, s: S) -> Result<S::Ok, S::Error> {
    match c {
        Some(c) => s.serialize_some(&c.to_string()),
        None => s.serialize_none(),
    }
}

impl Node {
    /// Every service code this node supports: explicit services, each drug's RxNorm and
    /// HCPCS codes, procedure and radiotherapy codes.
    pub fn all_services(&self) -> Vec<&Code> {
        let mut out: Vec<&Code> = self.services.iter().collect();
        for d in &self.drugs {
            out.push(&d.rxnorm);
            out.extend(d.hcpcs.as_ref());
        }
        for p in self.procedures.iter().chain(&self.radiotherapy) {
            out.extend(p.codes.iter());
        }
        out
    }

    /// Whether the node supports `system`/`code`.
    pub fn supports(&self, system: CodeSystem, code: &str) -> bool {
        self.all_services().into_iter().any(|c| c.system == system && c.code == code)
    }
}

/// What must hold to follow an edge.
#[derive(Debug, Clone, PartialEq)]
pub enum Guard {
    /// Always followed.
    Always,
    /// Followed when the criterion holds.
    When(Criterion),
    /// Followed when no sibling branch can be taken.
    Otherwise,
}

impl fmt::Display for Guard {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Guard::Always => Ok(()),
            Guard::When(c) => write!(f, "{c}"),
            Guard::Otherwise => f.write_str("otherwise"),
        }
    }
}

/// An edge of a pathway.
#[derive(Debug, Clone, PartialEq)]
pub struct Edge {
    /// When it is followed.
    pub guard: Guard,
    /// A recurrence / progression edge: the only kind allowed to close a cycle.
    pub recurrence: bool,
    /// Line in the source file (0 if imported).
    pub line: usize,
}

/// A pathway's descriptive fields, for [`Pathway::from_parts`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PathwayHeader {
    /// Stable id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Content version.
    pub version: String,
    /// Description.
    pub description: Option<String>,
    /// Where it came from (file name or `PlanDefinition/<id>`).
    pub file: String,
}

/// One cancer's pathway.
#[derive(Debug, Clone)]
pub struct Pathway {
    /// Stable id (`breast`, `nsclc`, …).
    pub id: String,
    /// Title.
    pub title: String,
    /// Content version.
    pub version: String,
    /// Description.
    pub description: Option<String>,
    /// The file it was loaded from (or `PlanDefinition/<id>`).
    pub file: String,
    /// The graph; edge order out of a node is the file order.
    pub graph: DiGraph<Node, Edge>,
    /// The entry node.
    pub entry: NodeIndex,
    pub(crate) index: HashMap<String, NodeIndex>,
    /// Per node, the OR of its routes' criteria ([`Pathway::route_criterion`]), built on
    /// first use (the graph is not changed after loading).
    pub(crate) routes: std::sync::OnceLock<Vec<Criterion>>,
}

impl Pathway {
    /// Builds a pathway from parts; `edges` are (from id, to id, edge). Errors name an
    /// unknown or duplicate id.
    pub fn from_parts(
        header: PathwayHeader,
        entry: &str,
        nodes: Vec<Node>,
        edges: Vec<(String, String, Edge)>,
    ) -> Result<Pathway, String> {
        let PathwayHeader { id, title, version, description, file } = header;
        let mut graph = DiGraph::new();
        let mut index = HashMap::new();
        for n in nodes {
            let key = n.id.clone();
            let ix = graph.add_node(n);
            if index.insert(key.clone(), ix).is_some() {
                return Err(format!("duplicate node id `{key}`"));
            }
        }
        for (a, b, e) in edges {
            let ia = *index.get(&a).ok_or_else(|| format!("edge from unknown node `{a}`"))?;
            let ib = *index.get(&b).ok_or_else(|| format!("edge to unknown node `{b}`"))?;
            graph.add_edge(ia, ib, e);
        }
        let entry = *index.get(entry).ok_or_else(|| format!("entry node `{entry}` does not exist"))?;
        Ok(Pathway { id, title, version, description, file, graph, entry, index, routes: Default::default() })
    }

    /// The node with this id.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.index.get(id).map(|ix| &self.graph[*ix])
    }

    /// The graph index of the node with this id.
    pub fn index_of(&self, id: &str) -> Option<NodeIndex> {
        self.index.get(id).copied()
    }

    /// Nodes in file order.
    pub fn nodes(&self) -> impl Iterator<Item = &Node> {
        self.graph.node_weights()
    }

    /// Outgoing edges of `ix` in file order: (edge index, target).
    pub fn out_edges(&self, ix: NodeIndex) -> Vec<(EdgeIndex, NodeIndex)> {
        // petgraph lists a node's edges newest first.
        let mut v: Vec<_> = self.graph.edges_directed(ix, Direction::Outgoing).map(|e| (e.id(), e.target())).collect();
        v.sort_by_key(|(e, _)| e.index());
        v
    }

    /// The criteria for the patient to be at `ix`: the OR over every route to it (see
    /// [`crate::PathwaySet::paths_to`]). Built once per pathway, on first use.
    pub fn route_criterion(&self, ix: NodeIndex) -> &Criterion {
        let all = self.routes.get_or_init(|| {
            self.graph
                .node_indices()
                .map(|n| Criterion::any(crate::set::paths_in(self, n).into_iter().map(|x| x.criteria).collect()))
                .collect()
        });
        &all[ix.index()]
    }

    /// Number of nodes and edges.
    pub fn size(&self) -> (usize, usize) {
        (self.graph.node_count(), self.graph.edge_count())
    }

    /// The criterion for taking branch `edge` out of its source: the edge's guard and the
    /// target node's own `when`. `otherwise` becomes "none of the sibling branches".
    pub fn branch_criterion(&self, edge: EdgeIndex) -> Criterion {
        let (src, dst) = self.graph.edge_endpoints(edge).expect("edge index from this graph");
        let own = |e: EdgeIndex, target: NodeIndex| -> Option<Criterion> {
            let mut parts = Vec::new();
            match &self.graph[e].guard {
                Guard::When(c) => parts.push(c.clone()),
                Guard::Always | Guard::Otherwise => {}
            }
            if let Some(w) = &self.graph[target].when {
                parts.push(w.clone());
            }
            (!parts.is_empty()).then(|| Criterion::all(parts))
        };
        match self.graph[edge].guard {
            Guard::Otherwise => {
                let siblings: Vec<Criterion> = self
                    .out_edges(src)
                    .into_iter()
                    .filter(|(e, _)| *e != edge && self.graph[*e].guard != Guard::Otherwise)
                    .map(|(e, t)| own(e, t).unwrap_or(Criterion::All(Vec::new())))
                    .collect();
                let mut parts = vec![Criterion::Not(Box::new(Criterion::any(siblings)))];
                if let Some(w) = &self.graph[dst].when {
                    parts.push(w.clone());
                }
                Criterion::all(parts)
            }
            _ => own(edge, dst).unwrap_or(Criterion::All(Vec::new())),
        }
    }

    /// Structural equality, ignoring file names and source lines: same header, same nodes,
    /// same edges out of each node in the same order. The error names the first difference.
    pub fn same_content(&self, other: &Pathway) -> Result<(), String> {
        if (&self.id, &self.title, &self.version, &self.description)
            != (&other.id, &other.title, &other.version, &other.description)
        {
            return Err(format!(
                "headers differ: {:?} vs {:?}",
                (&self.id, &self.title, &self.version),
                (&other.id, &other.title, &other.version)
            ));
        }
        if self.graph[self.entry].id != other.graph[other.entry].id {
            return Err("entry differs".into());
        }
        if self.graph.node_count() != other.graph.node_count() {
            return Err(format!("node counts differ: {} vs {}", self.graph.node_count(), other.graph.node_count()));
        }
        for a in self.nodes() {
            let b = other.node(&a.id).ok_or_else(|| format!("node `{}` missing", a.id))?;
            let (mut a2, mut b2) = (a.clone(), b.clone());
            a2.line = 0;
            b2.line = 0;
            if a2 != b2 {
                return Err(format!("node `{}` differs:\n{a2:#?}\nvs\n{b2:#?}", a.id));
            }
            let ea: Vec<_> = self
                .out_edges(self.index[&a.id])
                .into_iter()
                .map(|(e, t)| (self.graph[t].id.clone(), self.graph[e].guard.clone(), self.graph[e].recurrence))
                .collect();
            let eb: Vec<_> = other
                .out_edges(other.index[&a.id])
                .into_iter()
                .map(|(e, t)| (other.graph[t].id.clone(), other.graph[e].guard.clone(), other.graph[e].recurrence))
                .collect();
            if ea != eb {
                return Err(format!("edges out of `{}` differ:\n{ea:?}\nvs\n{eb:?}", a.id));
            }
        }
        Ok(())
    }
}
