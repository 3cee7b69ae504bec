//! Writes a [`Pathway`] back as a pathway file (the TOML format of `pathways/README.md`), so
//! that a pathway imported from a FHIR PlanDefinition becomes a readable, diffable file.
//!
//! The output is what a person would write: the `[pathway]` header, then one `[[node]]` per
//! node in graph (file) order, keys in a fixed order, edges as `next = [...]` in their
//! order, criteria printed canonically by the criteria language's `Display` (which parses
//! back to an equal criterion). The model does not keep `[defs]` — definitions are expanded
//! when a file loads — so criteria are written inline. Writing is deterministic: the same
//! pathway always gives the same text, whatever file or PlanDefinition it came from.
//!
//! Loading the output gives a pathway with the same content
//! ([`Pathway::same_content`]), provided the pathway obeys the file format's own rules
//! (node ids of lowercase letters, digits and `_`; codes of the systems the format allows
//! where it allows them). A pathway loaded from a file always does; one imported from a
//! PlanDefinition may not, and then loading the written file reports the problem with its
//! line, so run it through [`crate::lint_str`] before saving.

use std::fmt::Write as _;

use crate::code::{Code, CodeSystem};
use crate::model::{Category, Drug, Guard, Node, Pathway, Procedure, Timing};

/// Lists longer than this (as one line) are written one item per line.
const MAX_INLINE: usize = 100;

impl Pathway {
    /// The pathway as a pathway file (TOML), in the format of `pathways/README.md`.
    ///
    /// ```
    /// use oncotwin_pathway::PathwaySet;
    /// let set = PathwaySet::builtin().expect("shipped pathways load");
    /// let p = set.get("colorectal").expect("colorectal");
    /// let text = p.to_toml();
    /// let back = PathwaySet::from_strs(&[("colorectal.toml", text.as_str())]).expect("loads");
    /// assert!(p.same_content(&back.pathways()[0]).is_ok());
    /// ```
    pub fn to_toml(&self) -> String {
        let mut out = String::new();
        out.push_str("# Written by oncotwin (Pathway::to_toml); the format is described in pathways/README.md.\n\n");
        out.push_str("[pathway]\n");
        kv(&mut out, "id", &self.id);
        kv(&mut out, "title", &self.title);
        if !self.version.is_empty() {
            kv(&mut out, "version", &self.version);
        }
        kv(&mut out, "entry", &self.graph[self.entry].id);
        if let Some(d) = &self.description {
            kv(&mut out, "description", d);
        }
        for ix in self.graph.node_indices() {
            out.push_str("\n[[node]]\n");
            self.write_node(&mut out, ix);
        }
        out
    }

    fn write_node(&self, out: &mut String, ix: petgraph::graph::NodeIndex) {
        let n: &Node = &self.graph[ix];
        kv(out, "id", &n.id);
        kv(out, "kind", n.kind.as_str());
        kv(out, "title", &n.title);
        if n.category != Category::Preferred {
            kv(out, "category", n.category.as_str());
        }
        if let Some(l) = n.line_of_therapy {
            let _ = writeln!(out, "line = {l}");
        }
        if let Some(w) = &n.when {
            kv(out, "when", &w.to_string());
        }
        if !n.services.is_empty() {
            let items: Vec<String> = n.services.iter().map(|c| quote(&c.to_string())).collect();
            list(out, "services", &items, false);
        }
        if n.combination {
            let _ = writeln!(out, "combination = true");
        }
        if !n.drugs.is_empty() {
            let items: Vec<String> = n.drugs.iter().map(drug).collect();
            list(out, "drugs", &items, true);
        }
        if !n.procedures.is_empty() {
            let items: Vec<String> = n.procedures.iter().map(procedure).collect();
            list(out, "procedures", &items, true);
        }
        if !n.radiotherapy.is_empty() {
            let items: Vec<String> = n.radiotherapy.iter().map(procedure).collect();
            list(out, "radiotherapy", &items, true);
        }
        if let Some(t) = &n.timing {
            let _ = writeln!(out, "timing = {}", timing(t));
        }
        match n.sources.as_slice() {
            [] => {}
            [one] => kv(out, "source", one),
            many => {
                let items: Vec<String> = many.iter().map(|s| quote(s)).collect();
                list(out, "source", &items, false);
            }
        }
        if let Some(note) = &n.note {
            kv(out, "note", note);
        }
        let edges: Vec<String> = self
            .out_edges(ix)
            .into_iter()
            .map(|(e, t)| {
                let w = &self.graph[e];
                let mut s = format!("{{ to = {}", quote(&self.graph[t].id));
                match &w.guard {
                    Guard::Always => {}
                    Guard::When(c) => {
                        let _ = write!(s, ", when = {}", quote(&c.to_string()));
                    }
                    Guard::Otherwise => s.push_str(", when = \"otherwise\""),
                }
                if w.recurrence {
                    s.push_str(", recurrence = true");
                }
                s.push_str(" }");
                s
            })
            .collect();
        if !edges.is_empty() {
            list(out, "next", &edges, true);
        }
    }
}

/// `key = "value"` on its own line.
fn kv(out: &mut String, key: &str, value: &str) {
    let _ = writeln!(out, "{key} = {}", quote(value));
}

/// `key = [a, b]` on one line when short, else one item per line with trailing commas.
/// Lists of inline tables are written `[ { … } ]` (with spaces), as in the shipped files.
fn list(out: &mut String, key: &str, items: &[String], tables: bool) {
    let joined = items.join(", ");
    let one_line = if tables { format!("{key} = [ {joined} ]") } else { format!("{key} = [{joined}]") };
    if items.len() == 1 || (!tables && one_line.len() <= MAX_INLINE) {
        out.push_str(&one_line);
        out.push('\n');
        return;
    }
    let _ = writeln!(out, "{key} = [");
    for item in items {
        let _ = writeln!(out, "  {item},");
    }
    out.push_str("]\n");
}

/// A drug as an inline table; codes of the expected system are written bare, as people
/// write them (`rxnorm = "224905"`).
fn drug(d: &Drug) -> String {
    let mut s = format!("{{ name = {}, rxnorm = {}", quote(&d.name), quote(&bare(&d.rxnorm, CodeSystem::RxNorm)));
    if let Some(h) = &d.hcpcs {
        let _ = write!(s, ", hcpcs = {}", quote(&bare(h, CodeSystem::Hcpcs)));
    }
    if let Some(w) = &d.when {
        let _ = write!(s, ", when = {}", quote(&w.to_string()));
    }
    if d.beyond_progression {
        s.push_str(", beyond_progression = true");
    }
    s.push_str(" }");
    s
}

fn bare(c: &Code, expected: CodeSystem) -> String {
    if c.system == expected {
        c.code.clone()
    } else {
        c.to_string()
    }
}

fn procedure(p: &Procedure) -> String {
    let codes: Vec<String> = p.codes.iter().map(|c| quote(&c.to_string())).collect();
    let when = p.when.as_ref().map(|w| format!(", when = {}", quote(&w.to_string()))).unwrap_or_default();
    format!("{{ name = {}, codes = [{}]{when} }}", quote(&p.name), codes.join(", "))
}

/// Timing as an inline table; an empty table is kept (`timing = {}`) so that a node with
/// timing but no parts reads back the same.
fn timing(t: &Timing) -> String {
    let mut parts = Vec::new();
    if let Some(a) = &t.after {
        parts.push(format!("after = {}", quote(a)));
    }
    for (key, span) in [("start_within", t.start_within), ("lasts", t.lasts), ("every", t.every)] {
        if let Some(s) = span {
            parts.push(format!("{key} = {}", quote(&s.to_string())));
        }
    }
    if t.until_progression {
        parts.push("until_progression = true".into());
    }
    if parts.is_empty() {
        "{}".into()
    } else {
        format!("{{ {} }}", parts.join(", "))
    }
}

/// A TOML basic string: `"` and `\` escaped, control characters as escapes (`\n`, `\t`,
/// `\u007F`, …), everything else as is (TOML files are UTF-8).
pub(crate) fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for ch in s.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::quote;

    #[test]
    fn quoting_round_trips_through_the_toml_parser() {
        for s in [
            "",
            "plain",
            "a \"quoted\" word",
            "back\\slash",
            "line\nbreak\r\n\ttab",
            "\u{0}\u{1f}\u{7f}\u{85}",
            "≥ 50 % — ¹⁷⁷Lu-PSMA",
            "# not a comment ]",
        ] {
            let doc = format!("k = {}", quote(s));
            let v: toml::Table = toml::from_str(&doc).unwrap_or_else(|e| panic!("{doc}: {e}"));
            assert_eq!(v["k"].as_str(), Some(s), "{doc}");
        }
    }
}
