//! The care-pathway graph as the application uses it: which pathway files to load, and the
//! graph as JSON for the API. The graph itself, its criteria language, lint, queries and
//! PlanDefinition exchange live in the `oncotwin-pathway` crate.

use anyhow::Context;
use oncotwin_pathway::{Guard, Pathway, PathwaySet, Severity};
use serde_json::{json, Value};
use std::path::Path;

/// Loads the pathways of `dir`, or the shipped ones when `dir` is `None`, refusing any
/// set with lint errors (the twins must not reason over a broken graph).
pub fn load(dir: Option<&Path>) -> anyhow::Result<PathwaySet> {
    let set = match dir {
        Some(dir) => {
            PathwaySet::load_dir(dir).with_context(|| format!("cannot load pathways from {}", dir.display()))?
        }
        None => PathwaySet::builtin().context("the shipped pathways do not load")?,
    };
    let errors: Vec<String> =
        set.lint().into_iter().filter(|d| d.severity == Severity::Error).map(|d| d.to_string()).collect();
    if !errors.is_empty() {
        anyhow::bail!("pathway lint errors:\n{}", errors.join("\n"));
    }
    Ok(set)
}

/// One line per pathway for listings.
pub fn summary_json(pathway: &Pathway) -> Value {
    let (nodes, edges) = pathway.size();
    json!({
        "id": pathway.id,
        "title": pathway.title,
        "version": pathway.version,
        "description": pathway.description,
        "nodes": nodes,
        "edges": edges,
        "entry": pathway.graph[pathway.entry].id,
    })
}

/// The whole graph: nodes with their services, timing and sources; edges with criteria.
pub fn graph_json(pathway: &Pathway) -> Value {
    let nodes: Vec<Value> = pathway.nodes().map(|n| serde_json::to_value(n).unwrap_or(Value::Null)).collect();
    let edges: Vec<Value> = pathway
        .graph
        .edge_indices()
        .filter_map(|e| {
            let (from, to) = pathway.graph.edge_endpoints(e)?;
            let edge = &pathway.graph[e];
            let (when, otherwise) = match &edge.guard {
                Guard::Always => (None, false),
                Guard::When(c) => (Some(c.to_string()), false),
                Guard::Otherwise => (None, true),
            };
            Some(json!({
                "from": pathway.graph[from].id,
                "to": pathway.graph[to].id,
                "when": when,
                "otherwise": otherwise,
                "recurrence": edge.recurrence,
            }))
        })
        .collect();
    let mut out = summary_json(pathway);
    out["graph"] = json!({"nodes": nodes, "edges": edges});
    out
}
