//! FHIR R4 PlanDefinition export and import, in the CPG-on-FHIR pathway shape
//! (`cpg-pathwaydefinition`): one top-level action per node, each treatment's drugs and
//! procedures as contained ActivityDefinitions referenced by `definitionCanonical`, node
//! criteria as applicability conditions, edges as `relatedAction` (`before-start`) carrying
//! their criteria in an extension. Criteria use the expression language
//! `text/x-oncotwin-criteria` (this crate's language, printed canonically).
//!
//! Everything the pathway file says survives an export → import round trip, so a licensed
//! user can author content elsewhere and bring it in as a PlanDefinition.

use serde_json::{json, Map, Value};

use crate::code::{Code, CodeSystem};
use crate::criteria::Criterion;
use crate::diag::{Diagnostic, LoadError};
use crate::model::{Category, Drug, Edge, Guard, Node, NodeKind, Pathway, PathwayHeader, Procedure, Span, Timing};

/// Base of the canonical URLs oncotwin defines (code systems, extensions, PlanDefinitions).
pub const CANONICAL_BASE: &str = "http://oncotwin.example/fhir";
/// `Expression.language` of oncotwin criteria.
pub const CRITERIA_LANGUAGE: &str = "text/x-oncotwin-criteria";
const CPG_PATHWAY: &str = "http://hl7.org/fhir/uv/cpg/StructureDefinition/cpg-pathwaydefinition";

fn url(tail: &str) -> String {
    format!("{CANONICAL_BASE}/{tail}")
}
fn cs_kind() -> String {
    url("CodeSystem/pathway-node-kind")
}
fn cs_category() -> String {
    url("CodeSystem/recommendation-category")
}
fn cs_role() -> String {
    url("CodeSystem/service-role")
}
fn ext(name: &str) -> String {
    url(&format!("StructureDefinition/{name}"))
}
fn ident_system() -> String {
    url("pathway-id")
}

fn coding(c: &Code) -> Value {
    json!({ "system": c.system.uri(), "code": c.code })
}

fn expression(c: &Criterion) -> Value {
    json!({ "language": CRITERIA_LANGUAGE, "expression": c.to_string() })
}

/// `s` as a FHIR id: characters outside `[A-Za-z0-9.-]` become `-`, at most 64.
pub fn fhir_id(s: &str) -> String {
    let id: String =
        s.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '.' { c } else { '-' }).collect();
    id.chars().take(64).collect()
}

fn pascal(s: &str) -> String {
    let mut out = String::new();
    for part in s.split(|c: char| !c.is_ascii_alphanumeric()).filter(|p| !p.is_empty()) {
        let mut cs = part.chars();
        if let Some(f) = cs.next() {
            out.push(f.to_ascii_uppercase());
            out.extend(cs);
        }
    }
    out
}

impl Pathway {
    /// The id of its PlanDefinition (`oncotwin-breast`).
    pub fn plan_definition_id(&self) -> String {
        fhir_id(&format!("oncotwin-{}", self.id))
    }

    /// The canonical URL of its PlanDefinition.
    pub fn plan_definition_url(&self) -> String {
        url(&format!("PlanDefinition/{}", fhir_id(&self.id)))
    }

    /// Exports as a FHIR R4 PlanDefinition (CPG pathway shape), with contained
    /// ActivityDefinitions.
    pub fn to_plan_definition(&self) -> Value {
        let mut contained = Vec::new();
        let mut actions = Vec::new();
        for ix in self.graph.node_indices() {
            let n = &self.graph[ix];
            let mut a = Map::new();
            a.insert("id".into(), json!(action_id(&n.id)));
            a.insert("title".into(), json!(n.title));
            if let Some(note) = &n.note {
                a.insert("description".into(), json!(note));
            }
            a.insert(
                "code".into(),
                json!([
                    { "coding": [{ "system": cs_kind(), "code": n.kind.as_str() }] },
                    { "coding": [{ "system": cs_category(), "code": n.category.code(), "display": n.category.as_str() }] }
                ]),
            );
            let mut exts = Vec::new();
            if let Some(l) = n.line_of_therapy {
                exts.push(json!({ "url": ext("line-of-therapy"), "valueInteger": l }));
            }
            if n.combination {
                exts.push(json!({ "url": ext("combination"), "valueBoolean": true }));
            }
            if let Some(t) = &n.timing {
                let mut parts = Vec::new();
                if let Some(after) = &t.after {
                    parts.push(json!({ "url": "after", "valueString": after }));
                }
                for (name, span) in [("startWithin", t.start_within), ("lasts", t.lasts), ("every", t.every)] {
                    if let Some(s) = span {
                        parts.push(json!({ "url": name, "valueString": s.to_string() }));
                    }
                }
                if t.until_progression {
                    parts.push(json!({ "url": "untilProgression", "valueBoolean": true }));
                }
                exts.push(json!({ "url": ext("timing"), "extension": parts }));
            }
            if !exts.is_empty() {
                a.insert("extension".into(), Value::Array(exts));
            }
            if !n.sources.is_empty() {
                a.insert(
                    "documentation".into(),
                    Value::Array(n.sources.iter().map(|s| json!({ "type": "citation", "citation": s })).collect()),
                );
            }
            if let Some(w) = &n.when {
                a.insert("condition".into(), json!([{ "kind": "applicability", "expression": expression(w) }]));
            }
            let related: Vec<Value> = self
                .out_edges(ix)
                .into_iter()
                .map(|(e, t)| {
                    let w = &self.graph[e];
                    let mut r = Map::new();
                    let mut exts = Vec::new();
                    match &w.guard {
                        Guard::Always => {}
                        Guard::When(c) => {
                            exts.push(json!({ "url": ext("edge-condition"), "valueExpression": expression(c) }))
                        }
                        Guard::Otherwise => exts.push(json!({ "url": ext("edge-otherwise"), "valueBoolean": true })),
                    }
                    if w.recurrence {
                        exts.push(json!({ "url": ext("recurrence-edge"), "valueBoolean": true }));
                    }
                    if !exts.is_empty() {
                        r.insert("extension".into(), Value::Array(exts));
                    }
                    r.insert("actionId".into(), json!(action_id(&self.graph[t].id)));
                    r.insert("relationship".into(), json!("before-start"));
                    Value::Object(r)
                })
                .collect();
            if !related.is_empty() {
                a.insert("relatedAction".into(), Value::Array(related));
            }
            // Services as sub-actions over contained ActivityDefinitions.
            let mut subs = Vec::new();
            let mut add = |title: &str, ad: Value, when: Option<&Criterion>, contained: &mut Vec<Value>| {
                let id = format!("ad-{}-{}", fhir_id(&n.id), subs.len() + 1);
                let mut ad = ad;
                if let Some(o) = ad.as_object_mut() {
                    o.insert("resourceType".into(), json!("ActivityDefinition"));
                    o.insert("id".into(), json!(id));
                    o.insert("status".into(), json!("active"));
                    o.insert("title".into(), json!(title));
                }
                contained.push(ad);
                let mut sub = json!({ "title": title, "definitionCanonical": format!("#{id}") });
                if let Some(w) = when {
                    sub["condition"] = json!([{ "kind": "applicability", "expression": expression(w) }]);
                }
                subs.push(sub);
            };
            let role = |r: &str| json!([{ "coding": [{ "system": cs_role(), "code": r }] }]);
            for d in &n.drugs {
                let mut codings = vec![coding(&d.rxnorm)];
                codings.extend(d.hcpcs.iter().map(coding));
                let mut topic = role("drug");
                if let Some(codings) = topic[0]["coding"].as_array_mut().filter(|_| d.beyond_progression) {
                    codings.push(json!({ "system": cs_role(), "code": "beyond-progression" }));
                }
                add(
                    &d.name,
                    json!({ "topic": topic, "kind": "MedicationRequest", "productCodeableConcept": { "coding": codings, "text": d.name } }),
                    d.when.as_ref(),
                    &mut contained,
                );
            }
            for (list, r) in [(&n.procedures, "procedure"), (&n.radiotherapy, "radiotherapy")] {
                for p in list {
                    add(
                        &p.name,
                        json!({ "topic": role(r), "kind": "ServiceRequest", "code": { "coding": p.codes.iter().map(coding).collect::<Vec<_>>(), "text": p.name } }),
                        p.when.as_ref(),
                        &mut contained,
                    );
                }
            }
            for c in &n.services {
                let body = if c.system == CodeSystem::RxNorm {
                    json!({ "topic": role("service"), "kind": "MedicationRequest", "productCodeableConcept": { "coding": [coding(c)] } })
                } else {
                    json!({ "topic": role("service"), "kind": "ServiceRequest", "code": { "coding": [coding(c)] } })
                };
                add(&c.to_string(), body, None, &mut contained);
            }
            if !subs.is_empty() {
                a.insert("action".into(), Value::Array(subs));
            }
            actions.push(Value::Object(a));
        }
        let mut pd = Map::new();
        pd.insert("resourceType".into(), json!("PlanDefinition"));
        pd.insert("id".into(), json!(self.plan_definition_id()));
        pd.insert("meta".into(), json!({ "profile": [CPG_PATHWAY] }));
        pd.insert(
            "extension".into(),
            json!([{ "url": ext("pathway-entry"), "valueString": action_id(&self.graph[self.entry].id) }]),
        );
        pd.insert("url".into(), json!(self.plan_definition_url()));
        pd.insert("identifier".into(), json!([{ "system": ident_system(), "value": self.id }]));
        if !self.version.is_empty() {
            pd.insert("version".into(), json!(self.version));
        }
        pd.insert("name".into(), json!(format!("Oncotwin{}Pathway", pascal(&self.id))));
        pd.insert("title".into(), json!(self.title));
        pd.insert("type".into(), json!({ "coding": [{ "system": "http://terminology.hl7.org/CodeSystem/plan-definition-type", "code": "clinical-protocol", "display": "Clinical Protocol" }] }));
        pd.insert("status".into(), json!("active"));
        if let Some(d) = &self.description {
            pd.insert("description".into(), json!(d));
        }
        if !contained.is_empty() {
            pd.insert("contained".into(), Value::Array(contained));
        }
        pd.insert("action".into(), Value::Array(actions));
        Value::Object(pd)
    }

    /// Imports a PlanDefinition in the shape [`Pathway::to_plan_definition`] writes. Actions
    /// without oncotwin's kind/category codes default to treatment (if they carry activity
    /// definitions) or decision, and "preferred". Criteria must be in
    /// `text/x-oncotwin-criteria`; they are parsed and type-checked as in a pathway file.
    /// A node's sources are every citation the action carries: its `documentation`, then any
    /// on its sub-actions or their ActivityDefinitions' `relatedArtifact` not already cited
    /// (a citation with a URL keeps both, as `text <url>`). [`Pathway::to_toml`] writes the
    /// result as a pathway file.
    pub fn from_plan_definition(pd: &Value) -> Result<Pathway, LoadError> {
        let res_id = pd.get("id").and_then(Value::as_str).unwrap_or("unknown");
        let file = format!("PlanDefinition/{res_id}");
        let mut diags = Vec::new();
        let mut err = |m: String| diags.push(Diagnostic::error(&file, 0, "import", m));
        if pd.get("resourceType").and_then(Value::as_str) != Some("PlanDefinition") {
            err("not a PlanDefinition".into());
            return Err(LoadError { diagnostics: diags });
        }
        let id = pd
            .get("identifier")
            .and_then(Value::as_array)
            .and_then(|ids| {
                ids.iter().find(|i| i.get("system").and_then(Value::as_str) == Some(ident_system().as_str()))
            })
            .and_then(|i| i.get("value").and_then(Value::as_str))
            .unwrap_or(res_id)
            .to_string();
        let s = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
        let title = s(pd, "title").or_else(|| s(pd, "name")).unwrap_or_else(|| id.clone());
        let version = s(pd, "version").unwrap_or_default();
        let description = s(pd, "description");
        let contained: Vec<&Value> =
            pd.get("contained").and_then(Value::as_array).map(|a| a.iter().collect()).unwrap_or_default();
        let actions = pd.get("action").and_then(Value::as_array).cloned().unwrap_or_default();
        if actions.is_empty() {
            err("PlanDefinition has no actions".into());
        }
        let entry = extension(pd, &ext("pathway-entry"))
            .and_then(|e| e.get("valueString").and_then(Value::as_str))
            .map(str::to_string)
            .or_else(|| actions.first().and_then(|a| s(a, "id")))
            .map(|x| node_id(&x))
            .unwrap_or_default();

        let mut nodes = Vec::new();
        let mut edges = Vec::new();
        for (i, a) in actions.iter().enumerate() {
            let Some(aid) = s(a, "id").map(|x| node_id(&x)) else {
                err(format!("action {} has no id", i + 1));
                continue;
            };
            let mut e = |m: String| err(format!("action `{aid}`: {m}"));
            let code_in = |system: &str| -> Option<String> {
                a.get("code")?
                    .as_array()?
                    .iter()
                    .flat_map(|cc| cc.get("coding").and_then(Value::as_array).into_iter().flatten())
                    .find(|c| c.get("system").and_then(Value::as_str) == Some(system))
                    .and_then(|c| s(c, "code"))
            };
            let subs: Vec<&Value> =
                a.get("action").and_then(Value::as_array).map(|x| x.iter().collect()).unwrap_or_default();
            let kind = match code_in(&cs_kind()) {
                Some(k) => NodeKind::parse(&k).unwrap_or_else(|| {
                    e(format!("unknown node kind `{k}`"));
                    NodeKind::Decision
                }),
                None if !subs.is_empty() => NodeKind::Treatment,
                None => NodeKind::Decision,
            };
            let category = match code_in(&cs_category()) {
                Some(c) => Category::parse(&c).unwrap_or_else(|| {
                    e(format!("unknown category `{c}`"));
                    Category::Preferred
                }),
                None => Category::Preferred,
            };
            let parse_expr = |v: &Value, e: &mut dyn FnMut(String)| -> Option<Criterion> {
                let lang = v.get("language").and_then(Value::as_str).unwrap_or("");
                let text = v.get("expression").and_then(Value::as_str).unwrap_or("");
                if lang != CRITERIA_LANGUAGE {
                    e(format!("expression language `{lang}` is not supported (use {CRITERIA_LANGUAGE})"));
                    return None;
                }
                Criterion::parse(text).map_err(|x| e(format!("criterion `{text}`: {}", x.message))).ok()
            };
            let mut when = None;
            for c in a.get("condition").and_then(Value::as_array).into_iter().flatten() {
                if c.get("kind").and_then(Value::as_str) == Some("applicability") {
                    if let Some(x) = c.get("expression") {
                        when = parse_expr(x, &mut e);
                    }
                }
            }
            let mut sources: Vec<String> = artifacts(a, "documentation").filter_map(artifact_source).collect();
            // Citations on a sub-action or its ActivityDefinition belong to the node too
            // (without repeating one the node already cites).
            let mut cite = |d: &Value| {
                if let Some(src) = artifact_source(d) {
                    if !sources.contains(&src) {
                        sources.push(src);
                    }
                }
            };
            let line_of_therapy = extension(a, &ext("line-of-therapy"))
                .and_then(|x| x.get("valueInteger"))
                .and_then(Value::as_u64)
                .map(|l| l.min(255) as u8);
            let timing = extension(a, &ext("timing")).map(|t| {
                let part = |name: &str| -> Option<String> {
                    t.get("extension")?
                        .as_array()?
                        .iter()
                        .find(|x| x.get("url").and_then(Value::as_str) == Some(name))
                        .and_then(|x| s(x, "valueString"))
                };
                let mut span = |name: &str| -> Option<Span> {
                    let text = part(name)?;
                    let sp = Span::parse(&text);
                    if sp.is_none() {
                        e(format!("timing {name} `{text}` is not a duration"));
                    }
                    sp
                };
                let until_progression = t.get("extension").and_then(Value::as_array).into_iter().flatten().any(|x| {
                    x.get("url").and_then(Value::as_str) == Some("untilProgression") && x["valueBoolean"] == true
                });
                Timing {
                    after: part("after"),
                    start_within: span("startWithin"),
                    lasts: span("lasts"),
                    every: span("every"),
                    until_progression,
                }
            });
            let (mut drugs, mut procedures, mut radiotherapy, mut services) =
                (Vec::new(), Vec::new(), Vec::new(), Vec::new());
            for sub in subs {
                artifacts(sub, "documentation").for_each(&mut cite);
                let Some(canon) = s(sub, "definitionCanonical") else {
                    continue;
                };
                let Some(ad) = canon
                    .strip_prefix('#')
                    .and_then(|cid| contained.iter().find(|c| c.get("id").and_then(Value::as_str) == Some(cid)))
                else {
                    e(format!("definition `{canon}` is not a contained ActivityDefinition"));
                    continue;
                };
                artifacts(ad, "relatedArtifact").for_each(&mut cite);
                let name = s(ad, "title").or_else(|| s(sub, "title")).unwrap_or_default();
                let topics: Vec<&Value> = ad
                    .get("topic")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .flat_map(|t| t.get("coding").and_then(Value::as_array).into_iter().flatten())
                    .filter(|c| c.get("system").and_then(Value::as_str) == Some(cs_role().as_str()))
                    .collect();
                let role = topics.iter().filter_map(|c| s(c, "code")).find(|c| c != "beyond-progression");
                let beyond_progression = topics.iter().any(|c| s(c, "code").as_deref() == Some("beyond-progression"));
                let concept = ad.get("productCodeableConcept").or_else(|| ad.get("code"));
                let mut codes = Vec::new();
                for c in concept.and_then(|c| c.get("coding")).and_then(Value::as_array).into_iter().flatten() {
                    let (Some(sys), Some(code)) = (s(c, "system"), s(c, "code")) else {
                        continue;
                    };
                    match CodeSystem::parse(&sys) {
                        Some(system) => match Code::new(system, &code) {
                            Ok(c) => codes.push(c),
                            Err(m) => e(m),
                        },
                        None => e(format!("unsupported code system `{sys}`")),
                    }
                }
                let is_drug = ad.get("kind").and_then(Value::as_str) == Some("MedicationRequest");
                let mut own_when = None;
                for c in sub.get("condition").and_then(Value::as_array).into_iter().flatten() {
                    if c.get("kind").and_then(Value::as_str) == Some("applicability") {
                        if let Some(x) = c.get("expression") {
                            own_when = parse_expr(x, &mut e);
                        }
                    }
                }
                match role.as_deref() {
                    Some("service") => services.extend(codes),
                    Some("radiotherapy") => radiotherapy.push(Procedure { name, codes, when: own_when }),
                    Some("drug") | None if is_drug => {
                        let rx = codes.iter().find(|c| c.system == CodeSystem::RxNorm).cloned();
                        let hcpcs = codes.iter().find(|c| c.system == CodeSystem::Hcpcs).cloned();
                        let drug_when = own_when;
                        match rx {
                            Some(rxnorm) => {
                                drugs.push(Drug { name, rxnorm, hcpcs, when: drug_when, beyond_progression })
                            }
                            None => e(format!("drug `{name}` has no RxNorm code")),
                        }
                    }
                    _ => procedures.push(Procedure { name, codes, when: own_when }),
                }
            }
            for r in a.get("relatedAction").and_then(Value::as_array).into_iter().flatten() {
                let Some(other) = s(r, "actionId").map(|x| node_id(&x)) else {
                    continue;
                };
                let guard = if extension(r, &ext("edge-otherwise"))
                    .and_then(|x| x.get("valueBoolean"))
                    .and_then(Value::as_bool)
                    == Some(true)
                {
                    Guard::Otherwise
                } else if let Some(x) = extension(r, &ext("edge-condition")).and_then(|x| x.get("valueExpression")) {
                    match parse_expr(x, &mut e) {
                        Some(c) => Guard::When(c),
                        None => continue,
                    }
                } else {
                    Guard::Always
                };
                let recurrence =
                    extension(r, &ext("recurrence-edge")).and_then(|x| x.get("valueBoolean")).and_then(Value::as_bool)
                        == Some(true);
                let edge = Edge { guard, recurrence, line: 0 };
                match r.get("relationship").and_then(Value::as_str) {
                    Some("before-start") | Some("before") | Some("before-end") => {
                        edges.push((aid.clone(), other, edge))
                    }
                    Some("after-end") | Some("after") | Some("after-start") => edges.push((other, aid.clone(), edge)),
                    rel => e(format!("relatedAction relationship {rel:?} is not an ordering")),
                }
            }
            nodes.push(Node {
                id: aid.clone(),
                title: s(a, "title").unwrap_or_else(|| aid.clone()),
                kind,
                category,
                line_of_therapy,
                when,
                services,
                combination: extension(a, &ext("combination")).is_some_and(|x| x["valueBoolean"] == true),
                drugs,
                procedures,
                radiotherapy,
                timing,
                sources,
                note: s(a, "description"),
                line: 0,
            });
        }
        if !diags.is_empty() {
            return Err(LoadError { diagnostics: diags });
        }
        Pathway::from_parts(PathwayHeader { id, title, version, description, file: file.clone() }, &entry, nodes, edges)
            .map_err(|m| LoadError { diagnostics: vec![Diagnostic::error(&file, 0, "import", m)] })
    }
}

/// `actionId` is a FHIR `id` (`[A-Za-z0-9-.]{1,64}`): node ids (`[a-z0-9_]`) map `_` to `-`.
fn action_id(node: &str) -> String {
    node.replace('_', "-")
}

/// The inverse of [`action_id`] (imported ids are lower-cased and `-`/`.` become `_`).
fn node_id(action: &str) -> String {
    action.to_ascii_lowercase().replace(['-', '.'], "_")
}

/// The RelatedArtifacts in `v[key]` (an action's `documentation`, an ActivityDefinition's
/// `relatedArtifact`).
fn artifacts<'a>(v: &'a Value, key: &str) -> impl Iterator<Item = &'a Value> {
    v.get(key).and_then(Value::as_array).into_iter().flatten()
}

/// A node source from a RelatedArtifact: its text (`citation`, else `display`, `label` or the
/// attached document's `title`), followed by its link (`url`, else the document's `url` or
/// `resource`) in angle brackets when the text does not already contain it; the link alone
/// when there is no text. `None` when the artifact names nothing.
fn artifact_source(d: &Value) -> Option<String> {
    fn get<'a>(v: Option<&'a Value>, k: &str) -> Option<&'a str> {
        v.and_then(|v| v.get(k)).and_then(Value::as_str)
    }
    let first = |fields: &[(Option<&Value>, &str)]| {
        fields.iter().filter_map(|(v, k)| get(*v, k)).find(|x| !x.trim().is_empty()).map(str::to_string)
    };
    let doc = d.get("document");
    let text = first(&[(Some(d), "citation"), (Some(d), "display"), (Some(d), "label"), (doc, "title")]);
    let link = first(&[(Some(d), "url"), (doc, "url"), (Some(d), "resource")]);
    match (text, link) {
        (Some(t), Some(l)) if !t.contains(&l) => Some(format!("{t} <{l}>")),
        (Some(t), _) => Some(t),
        (None, Some(l)) => Some(l),
        // Keep an empty citation as written, so that export → import is exact.
        (None, None) => get(Some(d), "citation").map(str::to_string),
    }
}

fn extension<'a>(v: &'a Value, url: &str) -> Option<&'a Value> {
    v.get("extension")?.as_array()?.iter().find(|x| x.get("url").and_then(Value::as_str) == Some(url))
}
