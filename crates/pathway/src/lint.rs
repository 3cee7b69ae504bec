//! Graph-wide validation of a loaded pathway: reachability, cycles, exhaustive decisions,
//! well-formed codes and sources.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};
use petgraph::algo::tarjan_scc;
use petgraph::visit::{Bfs, EdgeFiltered, EdgeRef};

use crate::code::Code;
use crate::criteria::{Criterion, Literal, Subject, Truth};
use crate::diag::Diagnostic;
use crate::facts::{Fact, FactType, FactValue, Graded, PatientFacts, TnmAxis};
use crate::model::{Guard, NodeKind, Pathway};

/// Above this many fact combinations a decision is not enumerated; it needs an `otherwise`.
const MAX_COMBINATIONS: usize = 20_000;

/// Lints one pathway.
pub fn lint_pathway(p: &Pathway) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let file = p.file.as_str();

    // Every node reachable from the entry.
    let mut bfs = Bfs::new(&p.graph, p.entry);
    let mut reached = vec![false; p.graph.node_count()];
    while let Some(ix) = bfs.next(&p.graph) {
        reached[ix.index()] = true;
    }
    for ix in p.graph.node_indices() {
        if !reached[ix.index()] {
            let n = &p.graph[ix];
            out.push(Diagnostic::error(
                file,
                n.line,
                "unreachable",
                format!("node `{}` is not reachable from the entry `{}`", n.id, p.graph[p.entry].id),
            ));
        }
    }

    // No cycle except through explicit recurrence edges.
    let forward = EdgeFiltered::from_fn(&p.graph, |e| !e.weight().recurrence);
    for scc in tarjan_scc(&forward) {
        let self_loop = scc.len() == 1 && p.graph.edges_connecting(scc[0], scc[0]).any(|e| !e.weight().recurrence);
        if scc.len() > 1 || self_loop {
            let mut ids: Vec<_> = scc.iter().map(|ix| p.graph[*ix].id.as_str()).collect();
            ids.sort_unstable();
            // Report at the edge that goes back up the file (the one most likely meant as a
            // recurrence edge), else at the first edge inside the cycle.
            let inside: Vec<_> = p
                .graph
                .edge_references()
                .filter(|e| !e.weight().recurrence && scc.contains(&e.source()) && scc.contains(&e.target()))
                .collect();
            let back = inside
                .iter()
                .filter(|e| p.graph[e.target()].line <= p.graph[e.source()].line)
                .map(|e| e.weight().line)
                .max();
            let line = back.or_else(|| inside.iter().map(|e| e.weight().line).min()).unwrap_or(0);
            out.push(Diagnostic::error(file, line, "cycle", format!("cycle through {} without a recurrence edge (mark the edge that goes back with `recurrence = true`)", ids.join(", "))));
        }
    }

    for ix in p.graph.node_indices() {
        let n = &p.graph[ix];
        if n.sources.iter().all(|s| s.trim().is_empty()) {
            out.push(Diagnostic::error(
                file,
                n.line,
                "no-source",
                format!(
                    "node `{}` has no source (cite an FDA label section, an NCI PDQ summary or a trial with year)",
                    n.id
                ),
            ));
        }
        for c in n.all_services() {
            check_code(file, n.line, c, &mut out);
        }
        if let Some(w) = &n.when {
            for t in w.tests() {
                for l in &t.values {
                    if let Literal::Code(c) = l {
                        check_code(file, n.line, c, &mut out);
                    }
                }
            }
        }
        if n.kind == NodeKind::Treatment && n.all_services().is_empty() {
            out.push(Diagnostic::warning(
                file,
                n.line,
                "no-services",
                format!("treatment `{}` lists no service codes", n.id),
            ));
        }
        let edges = p.out_edges(ix);
        let otherwise = edges.iter().filter(|(e, _)| p.graph[*e].guard == Guard::Otherwise).count();
        if otherwise > 1 {
            out.push(Diagnostic::error(
                file,
                n.line,
                "not-exhaustive",
                format!("node `{}` has {otherwise} `otherwise` branches; keep one", n.id),
            ));
        }
        if n.kind == NodeKind::Decision {
            if edges.is_empty() {
                out.push(Diagnostic::error(file, n.line, "dead-end", format!("decision `{}` has no branches", n.id)));
                continue;
            }
            let unconditional = edges.iter().any(|(e, t)| {
                matches!(p.graph[*e].guard, Guard::Always | Guard::Otherwise) && p.graph[*t].when.is_none()
            });
            if otherwise == 0 && !unconditional {
                let branches: Vec<Criterion> = edges.iter().map(|(e, _)| p.branch_criterion(*e)).collect();
                match find_gap(&branches) {
                    Gap::None => {}
                    Gap::Example(example) => out.push(Diagnostic::error(
                        file,
                        n.line,
                        "not-exhaustive",
                        format!("decision `{}` is not exhaustive: no branch can be taken when {example}; add a branch or `when = \"otherwise\"`", n.id),
                    )),
                    Gap::TooMany => out.push(Diagnostic::error(
                        file,
                        n.line,
                        "not-exhaustive",
                        format!("decision `{}` tests too many facts to prove exhaustive; add `when = \"otherwise\"`", n.id),
                    )),
                }
            }
        }
    }
    out.sort_by(|a, b| (a.line, a.rule).cmp(&(b.line, b.rule)));
    out
}

fn check_code(file: &str, line: usize, c: &Code, out: &mut Vec<Diagnostic>) {
    if let Err(m) = c.system.check(&c.code) {
        out.push(Diagnostic::error(file, line, "bad-code", m));
    }
}

/// Each tested fact with every literal it is compared against.
type LiteralsByFact<'a> = BTreeMap<&'static str, (Fact, Vec<(Subject, &'a Literal)>)>;

enum Gap {
    None,
    Example(String),
    TooMany,
}

const INTEGER_FACTS: &[&str] =
    &["age", "ecog", "prior_lines", "prior_therapies", "grade_group", "her2_ihc", "pdl1_tps", "pdl1_cps"];

/// Candidate values per fact: enough that every region of the branches' tests is visited.
fn candidates(fact: Fact, literals: &[(Subject, &Literal)], as_of: NaiveDate) -> Vec<FactValue> {
    let ty = fact.ty();
    let mut out: Vec<FactValue> = Vec::new();
    let push = |v: FactValue, out: &mut Vec<FactValue>| {
        if !out.contains(&v) {
            out.push(v);
        }
    };
    match ty {
        FactType::Bool => {
            push(FactValue::Bool(true), &mut out);
            push(FactValue::Bool(false), &mut out);
        }
        FactType::Number => {
            let integer = INTEGER_FACTS.contains(&fact.name());
            for (_, l) in literals {
                if let Literal::Number(c) = l {
                    let steps: &[f64] = if integer { &[-1.0, 0.0, 1.0] } else { &[-1.0, -0.5, 0.0, 0.5, 1.0] };
                    for d in steps {
                        if c + d >= 0.0 {
                            push(FactValue::Number(c + d), &mut out);
                        }
                    }
                }
            }
        }
        FactType::Enum(words) => words.iter().for_each(|w| push(FactValue::Word(w.to_string()), &mut out)),
        FactType::Variants(words) => {
            push(FactValue::Variants(Vec::new()), &mut out);
            words.iter().for_each(|w| push(FactValue::Variants(vec![w.to_string()]), &mut out));
        }
        FactType::Codes(_) => {
            push(FactValue::Codes(Vec::new()), &mut out);
            for (_, l) in literals {
                if let Literal::Code(c) = l {
                    push(FactValue::Codes(vec![c.clone()]), &mut out);
                }
            }
        }
        FactType::Stage | FactType::Tnm(_) => {
            let fine: &[&str] = match ty {
                FactType::Stage => &["0", "IA", "IB", "IIA", "IIB", "IIIA", "IIIB", "IIIC", "IVA", "IVB", "IVC"],
                FactType::Tnm(TnmAxis::T) => {
                    &["T0", "Tis", "T1a", "T1b", "T1c", "T2a", "T2b", "T2c", "T3a", "T3b", "T4a", "T4b", "T4c", "T4d"]
                }
                FactType::Tnm(TnmAxis::N) => &["N0", "N1a", "N1b", "N1c", "N2a", "N2b", "N3a", "N3b", "N3c"],
                _ => &["M0", "M1a", "M1b", "M1c"],
            };
            for f in fine {
                let g = match ty {
                    FactType::Tnm(axis) => Graded::parse_tnm(axis, f),
                    _ => Graded::parse_stage(f),
                };
                if let Some(g) = g {
                    push(FactValue::Graded(g), &mut out);
                }
            }
            for (_, l) in literals {
                if let Literal::Graded(g) = l {
                    push(FactValue::Graded(g.clone()), &mut out);
                }
            }
        }
        FactType::Event => {
            push(FactValue::Event(None), &mut out);
            push(FactValue::Event(Some(as_of)), &mut out);
            for (subject, l) in literals {
                if let (Subject::Since(_), Literal::Duration(d)) = (subject, l) {
                    let days = d.days().round() as u64;
                    for back in [days.saturating_sub(1), days, days + 1] {
                        if let Some(date) = as_of.checked_sub_days(Days::new(back)) {
                            push(FactValue::Event(Some(date)), &mut out);
                        }
                    }
                }
            }
        }
    }
    out
}

/// Looks for a complete assignment of the tested facts under which every branch is
/// definitely NotMet.
fn find_gap(branches: &[Criterion]) -> Gap {
    let as_of = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap_or_default();
    let mut by_fact: LiteralsByFact = BTreeMap::new();
    for b in branches {
        for t in b.tests() {
            let f = t.subject.fact();
            let entry = by_fact.entry(f.name()).or_insert((f, Vec::new()));
            entry.1.extend(t.values.iter().map(|l| (t.subject, l)));
        }
    }
    let domains: Vec<(&'static str, Vec<FactValue>)> =
        by_fact.values().map(|(f, ls)| (f.name(), candidates(*f, ls, as_of))).collect();
    // Depth-first over partial assignments. Kleene logic is monotone in information: a
    // branch Met with some facts missing stays Met whatever they turn out to be, and all
    // branches NotMet stays a gap — so most of the space is pruned without enumeration.
    let mut facts = PatientFacts::new(as_of);
    let mut budget = MAX_COMBINATIONS * 10;
    match search(branches, &domains, 0, &mut facts, &mut budget) {
        Search::Covered => Gap::None,
        Search::Gap => {
            let example: Vec<String> = domains
                .iter()
                .filter_map(|(name, _)| facts.facts.get(*name).map(|e| format!("{name} = {}", show(&e.value, as_of))))
                .collect();
            Gap::Example(example.join(", "))
        }
        Search::OutOfBudget => Gap::TooMany,
    }
}

enum Search {
    Covered,
    Gap,
    OutOfBudget,
}

fn search(
    branches: &[Criterion],
    domains: &[(&'static str, Vec<FactValue>)],
    depth: usize,
    facts: &mut PatientFacts,
    budget: &mut usize,
) -> Search {
    if *budget == 0 {
        return Search::OutOfBudget;
    }
    *budget -= 1;
    let truths: Vec<Truth> = branches.iter().map(|b| b.evaluate(facts).truth).collect();
    if truths.contains(&Truth::Met) {
        return Search::Covered;
    }
    if truths.iter().all(|t| *t == Truth::NotMet) {
        return Search::Gap;
    }
    let Some((name, dom)) = domains.get(depth) else {
        // Every fact assigned and still Unknown (a coarse value such as stage `II` against
        // `IIB`): not a gap in the branches themselves.
        return Search::Covered;
    };
    for v in dom {
        facts.facts.insert(
            (*name).to_string(),
            crate::facts::FactEntry { value: v.clone(), evidence: Vec::new(), as_of: facts.as_of },
        );
        match search(branches, domains, depth + 1, facts, budget) {
            Search::Covered => {}
            other => return other,
        }
    }
    facts.facts.remove(*name);
    Search::Covered
}

fn show(v: &FactValue, as_of: NaiveDate) -> String {
    match v {
        FactValue::Event(Some(d)) => format!("{} days ago", (as_of - *d).num_days()),
        other => other.to_string().replace(", ", ","),
    }
}
