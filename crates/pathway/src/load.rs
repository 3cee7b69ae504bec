//! The pathway file format (TOML; see `pathways/README.md`) and its loader. Everything is
//! checked here that can be checked one value at a time: node kinds and categories, codes,
//! criteria (parsed and type-checked), timings and edge targets. Graph-wide rules live in
//! [`crate::lint`].

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;
use toml::Spanned;

use crate::code::{Code, CodeSystem};
use crate::criteria::Criterion;
use crate::diag::{Diagnostic, LoadError};
use crate::facts::{fact_def, FactType};
use crate::model::{Category, Drug, Edge, Guard, Node, NodeKind, Pathway, PathwayHeader, Procedure, Span, Timing};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    pathway: RawHeader,
    #[serde(default)]
    defs: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    node: Vec<Spanned<RawNode>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHeader {
    id: String,
    title: String,
    #[serde(default)]
    version: String,
    #[serde(default)]
    description: Option<String>,
    entry: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawNode {
    id: Spanned<String>,
    kind: Spanned<String>,
    title: String,
    #[serde(default)]
    category: Option<Spanned<String>>,
    #[serde(default)]
    line: Option<u8>,
    #[serde(default)]
    when: Option<Spanned<String>>,
    #[serde(default)]
    services: Vec<Spanned<String>>,
    #[serde(default)]
    combination: bool,
    #[serde(default)]
    drugs: Vec<Spanned<RawDrug>>,
    #[serde(default)]
    procedures: Vec<Spanned<RawProcedure>>,
    #[serde(default)]
    radiotherapy: Vec<Spanned<RawProcedure>>,
    #[serde(default)]
    timing: Option<Spanned<RawTiming>>,
    #[serde(default)]
    source: Option<OneOrMany>,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    next: Vec<Spanned<RawEdge>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDrug {
    name: String,
    rxnorm: Spanned<String>,
    #[serde(default)]
    hcpcs: Option<Spanned<String>>,
    #[serde(default)]
    when: Option<Spanned<String>>,
    #[serde(default)]
    beyond_progression: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawProcedure {
    name: String,
    codes: Vec<Spanned<String>>,
    #[serde(default)]
    when: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTiming {
    #[serde(default)]
    after: Option<String>,
    #[serde(default)]
    start_within: Option<String>,
    #[serde(default)]
    lasts: Option<String>,
    #[serde(default)]
    every: Option<String>,
    #[serde(default)]
    until_progression: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEdge {
    to: Spanned<String>,
    #[serde(default)]
    when: Option<Spanned<String>>,
    #[serde(default)]
    recurrence: bool,
}

/// Maps byte offsets to 1-based lines.
struct Lines<'a> {
    src: &'a str,
    starts: Vec<usize>,
}

impl<'a> Lines<'a> {
    fn new(src: &'a str) -> Lines<'a> {
        let mut starts = vec![0];
        starts.extend(src.match_indices('\n').map(|(i, _)| i + 1));
        Lines { src, starts }
    }
    fn line(&self, offset: usize) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }
    /// Offset of the first character of a string value whose token starts at `token_start`.
    fn content_start(&self, token_start: usize) -> usize {
        let rest = &self.src[token_start.min(self.src.len())..];
        if rest.starts_with("\"\"\"") || rest.starts_with("'''") {
            let after = token_start + 3;
            if self.src[after..].starts_with('\n') {
                after + 1
            } else if self.src[after..].starts_with("\r\n") {
                after + 2
            } else {
                after
            }
        } else {
            token_start + 1
        }
    }
}

struct Ctx<'a> {
    file: &'a str,
    lines: Lines<'a>,
    diags: Vec<Diagnostic>,
}

impl Ctx<'_> {
    fn err<T>(&mut self, span: &Spanned<T>, rule: &'static str, message: impl Into<String>) {
        let line = self.lines.line(span.span().start);
        self.diags.push(Diagnostic::error(self.file, line, rule, message));
    }

    fn criterion(&mut self, s: &Spanned<String>, defs: &BTreeMap<String, Criterion>) -> Option<Criterion> {
        match Criterion::parse_with(s.get_ref(), defs) {
            Ok(c) => Some(c),
            Err(e) => {
                let at = self.lines.content_start(s.span().start) + e.offset;
                let line = self.lines.line(at);
                let rule = if e.message.starts_with("unknown fact") {
                    "unknown-fact"
                } else if e.message.starts_with("malformed code") {
                    "bad-code"
                } else if e.message.contains("is not a value")
                    || e.message.contains("does not apply")
                    || e.message.contains(" is a number")
                    || e.message.contains("is not a stage")
                    || e.message.contains("category (e.g.")
                    || e.message.contains("takes ")
                    || e.message.contains("is true or false")
                    || e.message.contains("alteration")
                    || e.message.contains("since(")
                {
                    "type"
                } else {
                    "criteria-syntax"
                };
                self.diags.push(Diagnostic::error(
                    self.file,
                    line,
                    rule,
                    format!("in criterion `{}`: {}", s.get_ref(), e.message),
                ));
                None
            }
        }
    }

    fn code(&mut self, s: &Spanned<String>, allowed: &[CodeSystem]) -> Option<Code> {
        match Code::parse(s.get_ref()) {
            Ok(c) if allowed.contains(&c.system) => Some(c),
            Ok(c) => {
                let names: Vec<_> = allowed.iter().map(|s| s.prefix()).collect();
                self.err(s, "bad-code", format!("`{c}`: expected a {} code here", names.join(" or ")));
                None
            }
            Err(m) => {
                self.err(s, "bad-code", m);
                None
            }
        }
    }

    fn span(&mut self, s: &Option<String>, at: &Spanned<RawTiming>, what: &str) -> Option<Span> {
        let text = s.as_ref()?;
        let parsed = Span::parse(text);
        if parsed.is_none() {
            self.err(
                at,
                "timing",
                format!("timing {what} `{text}` is not a duration like `12 weeks` or `5 to 10 years`"),
            );
        }
        parsed
    }
}

const SERVICE_SYSTEMS: &[CodeSystem] =
    &[CodeSystem::Cpt, CodeSystem::Hcpcs, CodeSystem::Snomed, CodeSystem::Loinc, CodeSystem::RxNorm];
const PROCEDURE_SYSTEMS: &[CodeSystem] = &[CodeSystem::Cpt, CodeSystem::Snomed, CodeSystem::Hcpcs];

/// Parses one pathway file. `file` names it in diagnostics.
pub fn parse_pathway(file: &str, src: &str) -> Result<Pathway, LoadError> {
    let mut cx = Ctx { file, lines: Lines::new(src), diags: Vec::new() };
    let raw: RawFile = match toml::from_str(src) {
        Ok(r) => r,
        Err(e) => {
            let line = e.span().map(|s| cx.lines.line(s.start)).unwrap_or(0);
            let msg = e.message().to_string();
            let rule = if msg.contains("unknown field") { "unknown-key" } else { "syntax" };
            return Err(LoadError { diagnostics: vec![Diagnostic::error(file, line, rule, msg)] });
        }
    };

    // Definitions may use the ones before them (in file order).
    let mut defs: BTreeMap<String, Criterion> = BTreeMap::new();
    let mut def_list: Vec<_> = raw.defs.iter().collect();
    def_list.sort_by_key(|(_, v)| v.span().start);
    for (name, text) in def_list {
        if fact_def(name).is_some() || ["and", "or", "not", "in", "since", "true", "false"].contains(&name.as_str()) {
            cx.err(text, "bad-def", format!("definition `{name}` would hide a fact or keyword; rename it"));
            continue;
        }
        if let Some(c) = cx.criterion(text, &defs) {
            defs.insert(name.clone(), c);
        }
    }

    let mut nodes = Vec::new();
    let mut edges = Vec::new();
    let mut seen = HashSet::new();
    let mut edge_targets = Vec::new();
    for sn in &raw.node {
        let line = cx.lines.line(sn.span().start);
        let n = sn.get_ref();
        if !seen.insert(n.id.get_ref().clone()) {
            cx.err(&n.id, "duplicate-id", format!("node id `{}` is used twice", n.id.get_ref()));
        }
        if !valid_id(n.id.get_ref()) {
            cx.err(
                &n.id,
                "bad-id",
                format!("node id `{}` must be lowercase letters, digits and _ (at most 64)", n.id.get_ref()),
            );
        }
        let kind = NodeKind::parse(n.kind.get_ref()).unwrap_or_else(|| {
            cx.err(
                &n.kind,
                "bad-kind",
                format!(
                    "unknown node kind `{}` (expected workup, decision, treatment, surveillance or recurrence)",
                    n.kind.get_ref()
                ),
            );
            NodeKind::Decision
        });
        let category = match &n.category {
            None => Category::Preferred,
            Some(c) => Category::parse(c.get_ref()).unwrap_or_else(|| {
                cx.err(c, "bad-category", format!("unknown category `{}` (expected preferred, other recommended, or useful in certain circumstances)", c.get_ref()));
                Category::Preferred
            }),
        };
        let when = n.when.as_ref().and_then(|w| cx.criterion(w, &defs));
        let services = n.services.iter().filter_map(|s| cx.code(s, SERVICE_SYSTEMS)).collect();
        let mut drugs = Vec::new();
        for d in &n.drugs {
            let rd = d.get_ref();
            let rx = cx.code(&prefixed(&rd.rxnorm, "rxnorm"), &[CodeSystem::RxNorm]);
            let hcpcs = match &rd.hcpcs {
                None => Ok(None),
                Some(h) => cx.code(&prefixed(h, "hcpcs"), &[CodeSystem::Hcpcs]).map(Some).ok_or(()),
            };
            let drug_when = rd.when.as_ref().and_then(|w| cx.criterion(w, &defs));
            if let (Some(rxnorm), Ok(hcpcs)) = (rx, hcpcs) {
                drugs.push(Drug {
                    name: rd.name.clone(),
                    rxnorm,
                    hcpcs,
                    when: drug_when,
                    beyond_progression: rd.beyond_progression,
                });
            }
        }
        let procs = |list: &Vec<Spanned<RawProcedure>>, cx: &mut Ctx| -> Vec<Procedure> {
            list.iter()
                .map(|p| {
                    let rp = p.get_ref();
                    let codes = rp.codes.iter().filter_map(|c| cx.code(c, PROCEDURE_SYSTEMS)).collect();
                    let when = rp.when.as_ref().and_then(|w| cx.criterion(w, &defs));
                    Procedure { name: rp.name.clone(), codes, when }
                })
                .collect()
        };
        let procedures = procs(&n.procedures, &mut cx);
        let radiotherapy = procs(&n.radiotherapy, &mut cx);
        let timing = n.timing.as_ref().map(|t| {
            let rt = t.get_ref();
            if let Some(after) = &rt.after {
                let ok = after == "previous" || fact_def(after).is_some_and(|f| f.ty == FactType::Event);
                if !ok {
                    cx.err(t, "timing", format!("timing after `{after}` must be `previous` or an event fact (diagnosis, surgery, radiotherapy_end, chemotherapy_end, progression, recurrence)"));
                }
            }
            if rt.until_progression && rt.lasts.is_none() {
                cx.err(t, "timing", "until_progression = true bounds a course given until progression: it needs `lasts`, the longest it may run".to_string());
            }
            Timing {
                after: rt.after.clone(),
                start_within: cx.span(&rt.start_within, t, "start_within"),
                lasts: cx.span(&rt.lasts, t, "lasts"),
                every: cx.span(&rt.every, t, "every"),
                until_progression: rt.until_progression,
            }
        });
        let sources = match &n.source {
            None => Vec::new(),
            Some(OneOrMany::One(s)) => vec![s.clone()],
            Some(OneOrMany::Many(v)) => v.clone(),
        };
        if n.combination {
            let mut ingredients: Vec<&str> = drugs.iter().map(|d| d.rxnorm.code.as_str()).collect();
            ingredients.sort_unstable();
            ingredients.dedup();
            if ingredients.len() < 2 {
                cx.err(
                    &n.id,
                    "combination",
                    "combination = true needs two or more drugs of different ingredients".to_string(),
                );
            }
        }
        nodes.push(Node {
            id: n.id.get_ref().clone(),
            title: n.title.clone(),
            kind,
            category,
            line_of_therapy: n.line,
            when,
            services,
            combination: n.combination,
            drugs,
            procedures,
            radiotherapy,
            timing,
            sources,
            note: n.note.clone(),
            line,
        });
        for e in &n.next {
            let re = e.get_ref();
            let eline = cx.lines.line(e.span().start);
            let guard = match &re.when {
                None => Guard::Always,
                Some(w) if w.get_ref().trim() == "otherwise" => Guard::Otherwise,
                Some(w) => match cx.criterion(w, &defs) {
                    Some(c) => Guard::When(c),
                    None => continue,
                },
            };
            edge_targets.push((re.to.clone(), eline));
            edges.push((
                n.id.get_ref().clone(),
                re.to.get_ref().clone(),
                Edge { guard, recurrence: re.recurrence, line: eline },
            ));
        }
    }
    for (to, _) in &edge_targets {
        if !seen.contains(to.get_ref()) {
            cx.err(to, "unknown-node", format!("edge to unknown node `{}`", to.get_ref()));
        }
    }
    if !seen.contains(raw.pathway.entry.get_ref()) {
        cx.err(
            &raw.pathway.entry,
            "unknown-node",
            format!("entry node `{}` does not exist", raw.pathway.entry.get_ref()),
        );
    }
    if !cx.diags.is_empty() {
        return Err(LoadError { diagnostics: cx.diags });
    }
    let h = raw.pathway;
    Pathway::from_parts(
        PathwayHeader {
            id: h.id,
            title: h.title,
            version: h.version,
            description: h.description,
            file: file.to_string(),
        },
        h.entry.get_ref(),
        nodes,
        edges,
    )
    .map_err(|m| LoadError { diagnostics: vec![Diagnostic::error(file, 0, "structure", m)] })
}

fn prefixed(s: &Spanned<String>, system: &str) -> Spanned<String> {
    let v = s.get_ref();
    let text = if v.contains(':') { v.clone() } else { format!("{system}:{v}") };
    Spanned::new(s.span(), text)
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && id.as_bytes()[0].is_ascii_lowercase()
}
