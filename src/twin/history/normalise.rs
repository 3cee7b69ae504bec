//! Normalisation: one stored FHIR resource → the timeline events it holds.
//!
//! Pure and per resource, so ingest can run it on every entry of a unit in parallel and
//! `rebuild` gets the same events from the raw store. It reads plain US Core / Synthea data
//! and understands mCODE STU4 where present (profiles, extensions, staging and genomics
//! codes). Resources that say nothing about the cancer give no events.

use super::codes::{self, DrugClass, ProcedureKind, StagingElement};
use super::event::{Category, Coding, EventValue, TimelineEvent};
use chrono::NaiveDate;
use oncotwin_pathway::facts::{Graded, TnmAxis};
use serde_json::Value;
use std::collections::BTreeMap;

/// The events of one resource (`resource` is the stored, reference-resolved JSON).
pub fn normalise(resource_type: &str, id: &str, resource: &Value) -> Vec<TimelineEvent> {
    let rkey = format!("{resource_type}/{id}");
    let mut out = Events { rkey, events: Vec::new() };
    match resource_type {
        "Patient" => patient(resource, &mut out),
        "Condition" => condition(resource, &mut out),
        "Observation" => observation(resource, &mut out),
        "Procedure" => procedure(resource, &mut out),
        "MedicationAdministration" | "MedicationRequest" | "MedicationStatement" => {
            medication(resource_type, resource, &mut out)
        }
        "ImagingStudy" => imaging_study(resource, &mut out),
        "DiagnosticReport" => diagnostic_report(resource, &mut out),
        _ => {}
    }
    out.finish()
}

/// The resource types that can yield events.
pub const EVENT_TYPES: &[&str] = &[
    "Condition",
    "DiagnosticReport",
    "ImagingStudy",
    "MedicationAdministration",
    "MedicationRequest",
    "MedicationStatement",
    "Observation",
    "Patient",
    "Procedure",
];

/// Whether a resource type can yield events (ingest skips the others cheaply).
pub fn may_have_events(resource_type: &str) -> bool {
    EVENT_TYPES.contains(&resource_type)
}

struct Events {
    rkey: String,
    events: Vec<TimelineEvent>,
}

impl Events {
    fn push(&mut self, category: Category, kind: &str, date: NaiveDate, label: String) -> &mut TimelineEvent {
        self.events.push(TimelineEvent {
            id: String::new(),
            category,
            kind: kind.to_string(),
            date,
            end: None,
            label,
            code: None,
            value: None,
            details: BTreeMap::new(),
            sources: vec![self.rkey.clone()],
            notes: Vec::new(),
        });
        self.events.last_mut().expect("just pushed")
    }

    /// Assigns ids: the resource key, or `key#n` when the resource gave several events.
    fn finish(mut self) -> Vec<TimelineEvent> {
        let many = self.events.len() > 1;
        for (i, e) in self.events.iter_mut().enumerate() {
            e.id = if many { format!("{}#{}", self.rkey, i + 1) } else { self.rkey.clone() };
        }
        self.events
    }
}

// ---------------------------------------------------------------------------------------
// FHIR helpers

/// A FHIR date/dateTime/instant as the calendar date written in it (partial dates take the
/// first day of the month or year).
pub fn fhir_date(value: &Value) -> Option<NaiveDate> {
    let s = value.as_str()?;
    let parse = |t: &str| NaiveDate::parse_from_str(t, "%Y-%m-%d").ok();
    match s.len() {
        // `get`: a malformed value may hold multi-byte characters.
        n if n >= 10 => parse(s.get(..10)?),
        7 => parse(&format!("{s}-01")),
        4 => parse(&format!("{s}-01-01")),
        _ => None,
    }
}

/// The first of several dated elements that is present.
fn first_date(resource: &Value, paths: &[&str]) -> Option<NaiveDate> {
    paths.iter().find_map(|p| {
        let mut v = resource;
        for part in p.split('.') {
            v = v.get(part)?;
        }
        fhir_date(v)
    })
}

/// (system, code, display) of every coding of a CodeableConcept.
fn codings(cc: &Value) -> impl Iterator<Item = (&str, &str, &str)> {
    cc.get("coding").and_then(Value::as_array).into_iter().flatten().map(|c| {
        (
            c.get("system").and_then(Value::as_str).unwrap_or(""),
            c.get("code").and_then(Value::as_str).unwrap_or(""),
            c.get("display").and_then(Value::as_str).unwrap_or(""),
        )
    })
}

/// The readable text of a CodeableConcept: its text, else the first display, else a code.
fn cc_text(cc: &Value) -> String {
    if let Some(t) = cc.get("text").and_then(Value::as_str) {
        return t.to_string();
    }
    codings(cc)
        .find_map(|(_, code, display)| {
            if !display.is_empty() {
                Some(display.to_string())
            } else if !code.is_empty() {
                Some(code.to_string())
            } else {
                None
            }
        })
        .unwrap_or_default()
}

/// The first coding, preferring the given system.
fn main_coding(cc: &Value, prefer: &str) -> Option<Coding> {
    let all: Vec<_> = codings(cc).filter(|(_, code, _)| !code.is_empty()).collect();
    let pick = all.iter().find(|(s, ..)| *s == prefer).or(all.first())?;
    Some(Coding {
        system: codes::short_system(pick.0),
        code: pick.1.to_string(),
        display: (!pick.2.is_empty()).then(|| pick.2.to_string()),
    })
}

fn profiles(resource: &Value) -> Vec<&str> {
    resource["meta"]["profile"].as_array().map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default()
}

fn has_profile(resource: &Value, fragment: &str) -> bool {
    profiles(resource).iter().any(|p| p.contains(fragment))
}

fn extension<'a>(value: &'a Value, url: &str) -> Option<&'a Value> {
    value.get("extension")?.as_array()?.iter().find(|e| e.get("url").and_then(Value::as_str) == Some(url))
}

fn status(resource: &Value) -> &str {
    resource.get("status").and_then(Value::as_str).unwrap_or("")
}

fn quantity_text(q: &Value) -> Option<(f64, Option<String>)> {
    let value = q.get("value")?.as_f64()?;
    let unit = q.get("unit").or_else(|| q.get("code")).and_then(Value::as_str).map(str::to_string);
    Some((value, unit))
}

fn format_number(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else {
        let s = format!("{v:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// Removes SNOMED semantic tags: "Lumpectomy of breast (procedure)" → "Lumpectomy of breast".
fn clean_display(s: &str) -> String {
    let s = s.trim();
    if s.ends_with(')') {
        if let Some(open) = s.rfind(" (") {
            let tag = &s[open + 2..s.len() - 1];
            if matches!(
                tag,
                "procedure"
                    | "disorder"
                    | "finding"
                    | "qualifier value"
                    | "body structure"
                    | "morphologic abnormality"
                    | "regime/therapy"
                    | "observable entity"
                    | "situation"
            ) {
                return s[..open].to_string();
            }
        }
    }
    s.to_string()
}

// ---------------------------------------------------------------------------------------
// Patient

fn patient(resource: &Value, out: &mut Events) {
    let sex = resource.get("gender").and_then(Value::as_str).unwrap_or("unknown").to_string();
    if let Some(birth) = resource.get("birthDate").and_then(fhir_date) {
        let e = out.push(Category::Patient, "birth", birth, "Birth".into());
        e.details.insert("sex".into(), sex.clone());
    }
    if let Some(death) = resource.get("deceasedDateTime").and_then(fhir_date) {
        out.push(Category::Death, "death", death, "Death".into());
    }
}

// ---------------------------------------------------------------------------------------
// Condition

fn condition(resource: &Value, out: &mut Events) {
    let verification: Vec<&str> = codings(&resource["verificationStatus"]).map(|(_, c, _)| c).collect();
    if verification.iter().any(|c| matches!(*c, "refuted" | "entered-in-error")) {
        return;
    }
    let code = &resource["code"];
    let mut kind: Option<bool> = None; // Some(secondary?)
    let mut concept = None;
    let mut icd10 = None;
    for (system, c, display) in codings(code) {
        if system == codes::SNOMED {
            if let Some(found) = codes::cancer_by_snomed(c) {
                kind = Some(found.secondary);
                concept = Some(found);
                break;
            }
        }
        if system.contains("icd-10") {
            if let Some(secondary) = codes::icd10_cancer(c) {
                kind = Some(secondary);
                icd10 = Some(c.to_string());
            }
        }
        if kind.is_none() {
            kind = codes::cancer_by_text(display);
        }
    }
    if kind.is_none() {
        kind = codes::cancer_by_text(code.get("text").and_then(Value::as_str).unwrap_or(""));
    }
    if has_profile(resource, "mcode-primary-cancer-condition") {
        kind = Some(false);
    } else if has_profile(resource, "mcode-secondary-cancer-condition") {
        kind = Some(true);
    }
    let status_word = castration_status(code);
    let Some(secondary) = kind else {
        // Not a cancer diagnosis: it may still state a fact the pathways test (castration
        // status as ICD-10-CM Z19.1/Z19.2; menopausal state).
        condition_fact(resource, code, status_word, out);
        return;
    };
    let Some(date) = first_date(resource, &["onsetDateTime", "onsetPeriod.start", "recordedDate"]).or_else(|| {
        extension(resource, codes::EXT_ASSERTED_DATE).and_then(|e| e.get("valueDateTime")).and_then(fhir_date)
    }) else {
        return;
    };
    let text = clean_display(&cc_text(code));
    let kind_name = if secondary { "metastasis" } else { "primary_cancer" };
    let mut details = BTreeMap::new();
    if let Some(w) = status_word {
        details.insert("castration".into(), w.to_string());
    }
    // Histology: the mCODE extension, else the diagnosis name itself.
    if let Some(h) = extension(resource, codes::EXT_HISTOLOGY).and_then(|e| e.get("valueCodeableConcept")) {
        let word = codings(h)
            .find_map(|(s, c, _)| {
                if s == codes::SNOMED {
                    codes::histology_by_snomed(c)
                } else if s.contains("icd-o") {
                    codes::histology_by_icdo3(c)
                } else {
                    None
                }
            })
            .or_else(|| codes::histology_by_text(&cc_text(h)));
        details.insert("histology_text".into(), clean_display(&cc_text(h)));
        if let Some(w) = word {
            details.insert("histology".into(), w.to_string());
        }
    } else if let Some(w) = codes::histology_by_text(&text) {
        details.insert("histology".into(), w.to_string());
    }
    // Body site and laterality.
    for site in resource["bodySite"].as_array().into_iter().flatten() {
        details.entry("body_site".into()).or_insert_with(|| clean_display(&cc_text(site)));
        let lat = extension(site, codes::EXT_LATERALITY)
            .and_then(|e| e.get("valueCodeableConcept"))
            .and_then(|cc| codings(cc).find_map(|(_, c, _)| codes::laterality_by_snomed(c)))
            .or_else(|| codings(site).find_map(|(_, c, _)| codes::laterality_by_snomed(c)));
        if let Some(l) = lat {
            details.insert("laterality".into(), l.into());
        }
    }
    if !details.contains_key("laterality") {
        let lat = codings(code)
            .find_map(|(s, c, _)| if s.contains("icd-10") { codes::laterality_by_icd10(c) } else { None })
            .or_else(|| {
                let t = text.to_ascii_lowercase();
                if t.contains(" left ") || t.ends_with(" left") {
                    Some("left")
                } else if t.contains(" right ") || t.ends_with(" right") {
                    Some("right")
                } else {
                    None
                }
            });
        if let Some(l) = lat {
            details.insert("laterality".into(), l.into());
        }
    }
    if let Some(c) = concept {
        if let Some(i) = c.icd10 {
            details.insert("icd10".into(), i.into());
        }
        if let Some(p) = c.parent {
            details.insert("snomed_parent".into(), p.into());
        }
    }
    if let Some(i) = icd10 {
        details.insert("icd10".into(), i);
    }
    // A diagnosis coded by neither a known SNOMED concept nor ICD-10-CM: the site its text
    // names (the crosswalk is shown in the event's details).
    if !details.contains_key("icd10") && !details.contains_key("snomed_parent") && !secondary {
        let all: String = std::iter::once(text.clone())
            .chain(codings(code).map(|(_, _, d)| d.to_string()))
            .collect::<Vec<_>>()
            .join(" ");
        if let Some((icd, snomed)) = codes::site_by_text(&all) {
            details.insert("icd10".into(), icd.into());
            details.insert("snomed_parent".into(), snomed.into());
            details.insert("site_from_text".into(), "true".into());
        }
    }
    if !secondary && text.to_ascii_lowercase().contains("metasta") {
        details.insert("metastatic".into(), "true".into());
    }
    if let Some(cs) = codings(&resource["clinicalStatus"]).map(|(_, c, _)| c).next() {
        details.insert("clinical_status".into(), cs.to_string());
    }
    let label = text.clone();
    let coding = main_coding(code, codes::SNOMED);
    let e = out.push(Category::Diagnosis, kind_name, date, label);
    e.code = coding.clone();
    e.details = details;

    // Some diagnosis concepts carry the stage ("Non-small cell carcinoma of lung, TNM stage 1").
    let lower = text.to_ascii_lowercase();
    let stage_at = lower.find("tnm stage ").map(|at| at + 10).or_else(|| lower.find("stage ").map(|at| at + 6));
    if let Some(at) = stage_at {
        let token = text[at..].split_whitespace().next().unwrap_or("");
        if let Some(g) = Graded::parse_stage(&arabic_to_roman(token.trim_matches(|c: char| !c.is_ascii_alphanumeric())))
        {
            let e = out.push(Category::Staging, "stage_group", date, format!("Stage {g}"));
            e.code = coding;
            e.value = Some(EventValue::Graded { text: g.to_string(), prefix: String::new() });
            e.details.insert("from".into(), "Condition.code".into());
        }
    }

    // Stages summarised on the Condition itself.
    for stage in resource["stage"].as_array().into_iter().flatten() {
        let Some(summary) = stage.get("summary") else { continue };
        let system = stage.get("type").map(|t| clean_display(&cc_text(t)));
        let text = cc_text(summary);
        let parsed = parse_stage_group(summary);
        let label = match &parsed {
            Some(g) => format!("Stage {g}"),
            None => clean_display(&text),
        };
        let kind = if parsed.is_some() { "stage_group" } else { "stage_other" };
        let e = out.push(Category::Staging, kind, date, label);
        e.code = main_coding(summary, codes::SNOMED);
        if let Some(g) = parsed {
            e.value = Some(EventValue::Graded { text: g.to_string(), prefix: String::new() });
        }
        if let Some(s) = system {
            e.details.insert("system".into(), s);
        }
        e.details.insert("from".into(), "Condition.stage".into());
    }
}

// ---------------------------------------------------------------------------------------
// Observation

fn observation(resource: &Value, out: &mut Events) {
    if matches!(status(resource), "entered-in-error" | "cancelled") {
        return;
    }
    let code = &resource["code"];
    let Some(date) =
        first_date(resource, &["effectiveDateTime", "effectivePeriod.start", "effectiveInstant", "issued"])
    else {
        return;
    };
    let code_list: Vec<(&str, &str, &str)> = codings(code).collect();
    let has = |set: &[&str]| code_list.iter().any(|(_, c, _)| set.contains(c));
    let name = clean_display(&cc_text(code));

    if let Some((_, element, prefix)) =
        code_list.iter().find_map(|(_, c, _)| codes::STAGING.iter().find(|(sc, ..)| sc == c))
    {
        staging_observation(resource, *element, prefix, date, &name, out);
        return;
    }
    if has_profile(resource, "mcode-cancer-stage") || has_profile(resource, "tnm-stage-group") {
        staging_observation(resource, StagingElement::Other, "", date, &name, out);
        return;
    }
    if let Some((_, label)) =
        code_list.iter().find_map(|(_, c, _)| codes::TUMOR_DESCRIPTORS.iter().find(|(tc, _)| tc == c))
    {
        tumor_descriptor(resource, label, date, out);
        return;
    }
    if has(&[codes::GENOMIC_VARIANT]) {
        genomic_variant(resource, date, out);
        return;
    }
    if has(codes::ECOG) || has(codes::KARNOFSKY) {
        let ecog = has(codes::ECOG);
        let value = resource
            .get("valueInteger")
            .and_then(Value::as_f64)
            .or_else(|| resource.get("valueQuantity").and_then(|q| q.get("value")).and_then(Value::as_f64))
            .or_else(|| {
                resource
                    .get("valueCodeableConcept")
                    .and_then(|cc| codings(cc).find_map(|(_, c, _)| codes::ecog_answer(c)))
            });
        let scale = if ecog { "ECOG" } else { "Karnofsky" };
        let label = match value {
            Some(v) => format!("{scale} {}", format_number(v)),
            None => format!("{scale} (no value)"),
        };
        let e = out.push(Category::PerformanceStatus, if ecog { "ecog" } else { "karnofsky" }, date, label);
        e.code = main_coding(code, codes::LOINC);
        if let Some(v) = value {
            e.value = Some(EventValue::Quantity { value: v, unit: None });
        }
        return;
    }
    if has(codes::DISEASE_STATUS) || has_profile(resource, "mcode-cancer-disease-status") {
        let (vcode, vtext) = coded_value(resource);
        let status = codes::disease_status_of(&vcode, &vtext);
        let label = match status {
            Some(s) => format!("Disease status: {s}"),
            None => format!("Disease status: {}", clean_display(&vtext)),
        };
        let e = out.push(Category::DiseaseStatus, "disease_status", date, label);
        e.code = main_coding(code, codes::LOINC);
        if let Some(s) = status {
            e.value = Some(EventValue::Result { result: s.into() });
        }
        if !vtext.is_empty() {
            e.details.insert("finding".into(), clean_display(&vtext));
        }
        return;
    }
    if has(codes::HISTOLOGY_OBS) {
        let cc = &resource["valueCodeableConcept"];
        let word = codings(cc)
            .find_map(|(s, c, _)| {
                if s.contains("icd-o") {
                    codes::histology_by_icdo3(c)
                } else if s == codes::SNOMED {
                    codes::histology_by_snomed(c)
                } else {
                    None
                }
            })
            .or_else(|| codes::histology_by_text(&cc_text(cc)));
        let text = clean_display(&cc_text(cc));
        let e = out.push(Category::Diagnosis, "histology", date, format!("Histology: {text}"));
        e.code = main_coding(cc, codes::ICDO3);
        if let Some(w) = word {
            e.value = Some(EventValue::Result { result: w.into() });
            e.details.insert("histology".into(), w.into());
        }
        return;
    }
    if has(codes::GRADE_OBS) {
        let text = clean_display(&cc_text(&resource["valueCodeableConcept"]));
        let e = out.push(Category::Diagnosis, "grade", date, format!("Grade: {text}"));
        e.code = main_coding(code, codes::LOINC);
        return;
    }
    if has(codes::GLEASON_OBS) || name.to_ascii_lowercase().contains("gleason") {
        let (_, vtext) = coded_value(resource);
        let number = resource
            .get("valueInteger")
            .and_then(Value::as_f64)
            .or_else(|| resource.get("valueQuantity").and_then(|q| q.get("value")).and_then(Value::as_f64));
        let text = match number {
            Some(n) if vtext.is_empty() => format!("Gleason score {}", format_number(n)),
            _ => vtext,
        };
        let group = grade_group(&text).or_else(|| gleason_to_grade_group(&text, number));
        let e = out.push(Category::Diagnosis, "grade_group", date, format!("Gleason: {}", clean_display(&text)));
        e.code = main_coding(code, codes::SNOMED);
        if let Some(g) = group {
            e.value = Some(EventValue::Quantity { value: g, unit: None });
        }
        return;
    }
    if text_fact_observation(resource, date, &name, out) {
        return;
    }
    let marker = code_list
        .iter()
        .find_map(|(_, c, _)| codes::MARKERS.iter().find(|(mc, _)| mc == c).map(|(_, m)| *m))
        .or_else(|| {
            let tumor_marker =
                has_profile(resource, "tumor-marker") || has_profile(resource, "msi") || has_profile(resource, "tmb");
            let text_marker = codes::marker_by_text(&name);
            if tumor_marker || text_marker.is_some() {
                text_marker
            } else {
                None
            }
        });
    if let Some(m) = marker {
        biomarker(resource, m, date, &name, out);
        return;
    }
    menopause_observation(resource, date, &name, out);
}

/// The code and text of a coded value (valueCodeableConcept), or the string value.
fn coded_value(resource: &Value) -> (String, String) {
    if let Some(cc) = resource.get("valueCodeableConcept") {
        let code = codings(cc).map(|(_, c, _)| c.to_string()).next().unwrap_or_default();
        return (code, cc_text(cc));
    }
    if let Some(s) = resource.get("valueString").and_then(Value::as_str) {
        return (String::new(), s.to_string());
    }
    (String::new(), String::new())
}

/// All strings a coded value offers (codes, displays, text), for pattern reading.
fn value_strings(cc: &Value) -> Vec<String> {
    let mut out: Vec<String> = codings(cc).flat_map(|(_, c, d)| [d.to_string(), c.to_string()]).collect();
    if let Some(t) = cc.get("text").and_then(Value::as_str) {
        out.insert(0, t.to_string());
    }
    out.retain(|s| !s.is_empty());
    out
}

/// A TNM category (`cT3` → ("c", T3)) read from strings like "American Joint Committee on
/// Cancer cT3".
fn parse_tnm(axis: TnmAxis, strings: &[String]) -> Option<(String, Graded)> {
    let letter = match axis {
        TnmAxis::T => 'T',
        TnmAxis::N => 'N',
        TnmAxis::M => 'M',
    };
    for s in strings {
        for token in s.split(|c: char| c.is_whitespace() || c == ',' || c == ';' || c == '(' || c == ')') {
            let Some(pos) = token.find(letter) else { continue };
            let prefix = &token[..pos];
            if !matches!(prefix, "" | "c" | "p" | "yp" | "yc" | "r") {
                continue;
            }
            let core = &token[pos..];
            if let Some(g) = Graded::parse_tnm(axis, core) {
                let prefix = if prefix == "yc" || prefix == "r" { "" } else { prefix };
                return Some((prefix.to_string(), g));
            }
        }
    }
    None
}

/// A stage group read from "American Joint Committee on Cancer stage IIIA", "Stage 3", "IIIA".
fn parse_stage_group(cc: &Value) -> Option<Graded> {
    let strings = value_strings(cc);
    for s in &strings {
        let lower = s.to_ascii_lowercase();
        let candidates: Vec<&str> = match lower.find("stage ") {
            Some(at) => s[at + 6..].split_whitespace().take(1).collect(),
            None => s.split_whitespace().collect(),
        };
        for token in candidates {
            let token = token.trim_matches(|c: char| !c.is_ascii_alphanumeric());
            // "pIVA", "ycIIB", "cStage": a c/p/yp/r prefix before the group.
            let bare = ["yp", "yc", "p", "c", "r"]
                .iter()
                .find_map(|p| {
                    token.strip_prefix(p).filter(|rest| rest.starts_with(['I', 'V', '0', '1', '2', '3', '4']))
                })
                .unwrap_or(token);
            for t in [token, bare] {
                let roman = arabic_to_roman(t);
                if let Some(g) = Graded::parse_stage(&roman) {
                    return Some(g);
                }
            }
        }
    }
    None
}

/// "3" → "III", "3C" → "IIIC"; other text unchanged.
fn arabic_to_roman(token: &str) -> String {
    let mut chars = token.chars();
    let Some(first) = chars.next() else { return token.to_string() };
    let roman = match first {
        '1' => "I",
        '2' => "II",
        '3' => "III",
        '4' => "IV",
        _ => return token.to_string(),
    };
    format!("{roman}{}", chars.as_str().to_ascii_uppercase())
}

fn staging_system(resource: &Value) -> Option<String> {
    let method = resource.get("method")?;
    if codings(method).any(|(_, c, _)| c == "897275008") {
        return Some("AJCC 8th edition".into());
    }
    let t = clean_display(&cc_text(method));
    (!t.is_empty()).then_some(t)
}

fn staging_observation(
    resource: &Value,
    element: StagingElement,
    prefix: &str,
    date: NaiveDate,
    name: &str,
    out: &mut Events,
) {
    let cc = resource.get("valueCodeableConcept").cloned().unwrap_or(Value::Null);
    let strings = value_strings(&cc);
    let system = staging_system(resource);
    if let Some(r) = strings.iter().find_map(|s| resectability_in(s)) {
        let e =
            out.push(Category::Diagnosis, "resectability", date, if r { "Resectable" } else { "Unresectable" }.into());
        e.value = Some(EventValue::Result { result: if r { "true" } else { "false" }.into() });
    }
    let code = main_coding(&resource["code"], codes::LOINC);
    let axis = match element {
        StagingElement::T => Some(TnmAxis::T),
        StagingElement::N => Some(TnmAxis::N),
        StagingElement::M => Some(TnmAxis::M),
        _ => None,
    };
    let e = if let Some(axis) = axis {
        let kind = match axis {
            TnmAxis::T => "t",
            TnmAxis::N => "n",
            TnmAxis::M => "m",
        };
        match parse_tnm(axis, &strings) {
            Some((found_prefix, g)) => {
                let prefix = if found_prefix.is_empty() { prefix.to_string() } else { found_prefix };
                let e = out.push(Category::Staging, kind, date, format!("{prefix}{g}"));
                e.value = Some(EventValue::Graded { text: g.to_string(), prefix });
                e
            }
            None => {
                let shown = strings.first().cloned().unwrap_or_else(|| "no value".into());
                let axis_name = kind.to_ascii_uppercase();
                out.push(Category::Staging, kind, date, format!("{prefix}{axis_name}: {}", clean_display(&shown)))
            }
        }
    } else if element == StagingElement::Group {
        let parsed = parse_stage_group(&cc);
        let setting = if prefix == "p" { "pathological" } else { "clinical" };
        match parsed {
            Some(g) => {
                let e = out.push(Category::Staging, "stage_group", date, format!("Stage {g} ({setting})"));
                e.value = Some(EventValue::Graded { text: g.to_string(), prefix: prefix.to_string() });
                e
            }
            None => out.push(
                Category::Staging,
                "stage_group",
                date,
                format!("Stage: {}", clean_display(strings.first().map(String::as_str).unwrap_or("no value"))),
            ),
        }
    } else {
        let shown = strings.first().cloned().unwrap_or_default();
        let label = if shown.is_empty() { name.to_string() } else { clean_display(&shown) };
        let e = out.push(Category::Staging, "stage_other", date, label);
        e.details.insert("staging".into(), name.to_string());
        e
    };
    e.code = code;
    if let Some(s) = system {
        e.details.insert("system".into(), s);
    }
}

fn tumor_descriptor(resource: &Value, label: &str, date: NaiveDate, out: &mut Events) {
    let integer = resource.get("valueInteger").and_then(Value::as_f64).map(|v| (v, None));
    let quantity = resource.get("valueQuantity").and_then(quantity_text).or(integer).or_else(|| {
        resource["component"].as_array()?.iter().find_map(|c| c.get("valueQuantity").and_then(quantity_text))
    });
    let code = main_coding(&resource["code"], codes::LOINC);
    let kind = if label.contains("size") {
        "tumor_size"
    } else if label.contains("metastasis") && !label.contains("nodes") {
        "metastatic_site"
    } else {
        "nodes"
    };
    let text = match (&quantity, resource.get("valueCodeableConcept")) {
        (Some((v, unit)), _) => {
            let unit = unit.as_deref().filter(|u| !u.starts_with('{')).unwrap_or("");
            format!("{label}: {} {unit}", format_number(*v)).trim_end().to_string()
        }
        (None, Some(cc)) => format!("{label}: {}", clean_display(&cc_text(cc))),
        (None, None) => label.to_string(),
    };
    let e = out.push(Category::Staging, kind, date, text);
    e.code = code;
    if let Some((v, unit)) = quantity {
        e.value = Some(EventValue::Quantity { value: v, unit });
    }
}

/// Castration status stated by a diagnosis: ICD-10-CM Z19.2 (hormone resistant malignancy
/// status) or Z19.1 (hormone sensitive), or the name ("castration-resistant prostate cancer",
/// "hormone-refractory", "mCRPC", "castrate-sensitive" …).
fn castration_status(code: &Value) -> Option<&'static str> {
    for (system, c, _) in codings(code) {
        if system.contains("icd-10") {
            match c.trim() {
                "Z19.2" | "Z192" => return Some("resistant"),
                "Z19.1" | "Z191" => return Some("sensitive"),
                _ => {}
            }
        }
    }
    let mut t = code.get("text").and_then(Value::as_str).unwrap_or_default().to_ascii_lowercase();
    for (_, _, display) in codings(code) {
        t.push(' ');
        t.push_str(&display.to_ascii_lowercase());
    }
    let words: Vec<&str> = t.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    if [
        "castration-resistant",
        "castrate-resistant",
        "castration resistant",
        "castrate resistant",
        "hormone-refractory",
        "hormone refractory",
        "hormone-resistant",
        "hormone resistant",
        "androgen-independent",
        "androgen independent",
    ]
    .iter()
    .any(|p| t.contains(p))
        || words.iter().any(|w| matches!(*w, "crpc" | "mcrpc" | "nmcrpc"))
    {
        Some("resistant")
    } else if [
        "castration-sensitive",
        "castrate-sensitive",
        "castration sensitive",
        "castrate sensitive",
        "hormone-sensitive",
        "hormone sensitive",
        "hormone-naive",
        "hormone naive",
    ]
    .iter()
    .any(|p| t.contains(p))
        || words.iter().any(|w| matches!(*w, "cspc" | "mcspc" | "mhspc" | "hspc"))
    {
        Some("sensitive")
    } else {
        None
    }
}

/// A non-cancer Condition that states a pathway fact: castration status or menopausal state.
fn condition_fact(resource: &Value, code: &Value, castration: Option<&'static str>, out: &mut Events) {
    let text = clean_display(&cc_text(code));
    let lower = text.to_ascii_lowercase();
    let menopause = if lower.contains("postmenopaus") || lower.contains("post-menopaus") {
        Some("post")
    } else if lower.contains("premenopaus") || lower.contains("pre-menopaus") || lower.contains("perimenopaus") {
        Some("pre")
    } else {
        None
    };
    if castration.is_none() && menopause.is_none() {
        return;
    }
    let Some(date) = first_date(resource, &["onsetDateTime", "onsetPeriod.start", "recordedDate"]) else { return };
    let (kind, word) = match (castration, menopause) {
        (Some(w), _) => ("castration_status", w),
        (None, Some(w)) => ("menopause", w),
        (None, None) => return,
    };
    let e = out.push(Category::Diagnosis, kind, date, text);
    e.code = main_coding(code, codes::SNOMED);
    e.value = Some(EventValue::Result { result: word.into() });
}

/// Observations known by their name rather than a code: the number of bone metastases, a
/// PSMA PET result, a resectability assessment.
fn text_fact_observation(resource: &Value, date: NaiveDate, name: &str, out: &mut Events) -> bool {
    let lower = name.to_ascii_lowercase();
    let (vcode, vtext) = coded_value(resource);
    let number = resource
        .get("valueInteger")
        .and_then(Value::as_f64)
        .or_else(|| resource.get("valueQuantity").and_then(|q| q.get("value")).and_then(Value::as_f64));
    if lower.contains("bone") && (lower.contains("metasta") || lower.contains("lesion")) {
        if let Some(n) = number {
            let e = out.push(Category::Staging, "bone_lesions", date, format!("Bone metastases: {}", format_number(n)));
            e.value = Some(EventValue::Quantity { value: n, unit: None });
            return true;
        }
    }
    if lower.contains("psma") {
        let v = vtext.to_ascii_lowercase();
        let result = if v.contains("no psma-avid") || v.contains("no psma avid") || v.contains("non-avid") {
            Some("negative")
        } else if v.contains("psma-positive") || v.contains("psma positive") || v.contains("psma-avid") {
            Some("positive")
        } else {
            qualitative(&vcode, &vtext)
        };
        let e = out.push(Category::Imaging, "psma_pet", date, format!("PSMA PET: {}", clean_display(&vtext)));
        e.code = main_coding(&resource["code"], codes::LOINC);
        if let Some(r) = result {
            e.value = Some(EventValue::Result { result: r.into() });
        }
        return true;
    }
    false
}

/// "Unresectable", "inoperable", "resectable" in a staging or assessment text.
fn resectability_in(text: &str) -> Option<bool> {
    let t = text.to_ascii_lowercase();
    if [
        "unresectable",
        "not resectable",
        "inoperable",
        "not a surgical candidate",
        "not a candidate for resection",
        "medically inoperable",
    ]
    .iter()
    .any(|w| t.contains(w))
    {
        Some(false)
    } else if t.contains("resectable") || t.contains("operable") {
        Some(true)
    } else {
        None
    }
}

/// Menopausal status from an Observation's value ("Postmenopausal", "Premenopausal").
fn menopause_observation(resource: &Value, date: NaiveDate, name: &str, out: &mut Events) -> bool {
    if !name.to_ascii_lowercase().contains("menopaus") {
        return false;
    }
    let (_, vtext) = coded_value(resource);
    let v = vtext.to_ascii_lowercase();
    let word = if v.contains("post") {
        "post"
    } else if v.contains("pre") || v.contains("peri") {
        "pre"
    } else {
        return false;
    };
    let e = out.push(Category::Diagnosis, "menopause", date, format!("Menopausal status: {}", clean_display(&vtext)));
    e.code = main_coding(&resource["code"], codes::LOINC);
    e.value = Some(EventValue::Result { result: word.into() });
    true
}

/// Reads a gene name from a gene-studied coding ("HGNC:3236" codes carry the symbol in display).
fn gene_symbol(cc: &Value) -> Option<String> {
    codings(cc)
        .find_map(|(_, code, display)| {
            if !display.is_empty() {
                Some(display.to_string())
            } else if !code.is_empty() && !code.contains(':') {
                Some(code.to_string())
            } else {
                None
            }
        })
        .or_else(|| cc.get("text").and_then(Value::as_str).map(str::to_string))
        .map(|g| g.to_ascii_uppercase())
}

fn genomic_variant(resource: &Value, date: NaiveDate, out: &mut Events) {
    let components = resource["component"].as_array().cloned().unwrap_or_default();
    let component_of = |code: &str| -> Vec<&Value> {
        components.iter().filter(|c| codings(&c["code"]).any(|(_, cc, _)| cc == code)).collect()
    };
    let genes: Vec<String> =
        component_of(codes::GENE_STUDIED).iter().filter_map(|c| gene_symbol(&c["valueCodeableConcept"])).collect();
    let description = codes::VARIANT_DESCRIPTORS.iter().find_map(|d| {
        component_of(d).first().map(|c| {
            let cc = &c["valueCodeableConcept"];
            codings(cc)
                .map(|(_, code, display)| if display.is_empty() { code.to_string() } else { display.to_string() })
                .next()
                .or_else(|| cc.get("text").and_then(Value::as_str).map(str::to_string))
                .or_else(|| c.get("valueString").and_then(Value::as_str).map(str::to_string))
                .unwrap_or_default()
        })
    });
    // Every descriptor and the result's own text, for reading the alteration ("MET exon 14
    // skipping alteration detected" with only a c. change in the components).
    let all_text: String = codes::VARIANT_DESCRIPTORS
        .iter()
        .flat_map(|d| component_of(d))
        .map(|c| {
            let cc = &c["valueCodeableConcept"];
            let mut t: Vec<String> = codings(cc).map(|(_, code, display)| format!("{code} {display}")).collect();
            t.extend(cc.get("text").and_then(Value::as_str).map(str::to_string));
            t.extend(c.get("valueString").and_then(Value::as_str).map(str::to_string));
            t.join(" ")
        })
        .chain(std::iter::once(coded_value(resource).1))
        .collect::<Vec<_>>()
        .join(" ; ");
    let structural = component_of("48019-4")
        .first()
        .map(|c| cc_text(&c["valueCodeableConcept"]).to_ascii_lowercase())
        .unwrap_or_default();
    let origin = component_of(codes::GENOMIC_SOURCE).first().map(|c| cc_text(&c["valueCodeableConcept"]));
    let (vcode, vtext) = coded_value(resource);
    let present = !(vcode == "LA9634-2" || vtext.to_ascii_lowercase().contains("absent"));
    let lower_all = all_text.to_ascii_lowercase();
    let fusion = genes.len() >= 2
        || structural.contains("fusion")
        || structural.contains("translocation")
        || structural.contains("rearrangement")
        || lower_all.contains("fusion")
        || lower_all.contains("rearrangement");
    let genes = if genes.is_empty() { vec!["unknown gene".to_string()] } else { genes };
    let joined = genes.join("::");
    for gene in &genes {
        let alteration = present.then(|| {
            if fusion {
                "fusion".to_string()
            } else {
                let first = normalise_alteration(gene, description.as_deref().unwrap_or(""));
                if matches!(first.as_str(), "other" | "mutated" | "mutation") {
                    normalise_alteration(gene, &all_text)
                } else {
                    first
                }
            }
        });
        let label = if !present {
            format!("{gene} not detected")
        } else if fusion {
            format!("{gene} fusion ({joined})")
        } else {
            match &description {
                Some(d) if !d.is_empty() => format!("{gene} {}", short_variant(d)),
                _ => format!("{gene} variant"),
            }
        };
        let label = match (&origin, present) {
            (Some(o), true) if !o.is_empty() => format!("{label} ({})", o.to_ascii_lowercase()),
            _ => label,
        };
        let e = out.push(Category::Biomarker, "variant", date, label);
        e.code = main_coding(&resource["code"], codes::LOINC);
        e.value = Some(EventValue::Variant {
            gene: gene.clone(),
            present,
            alteration,
            description: description.clone().filter(|d| !d.is_empty()),
            origin: origin.clone().filter(|o| !o.is_empty()).map(|o| o.to_ascii_lowercase()),
        });
    }
}

/// "NM_024675.3(PALB2):c.3549C>A (p.Tyr1183Ter)" → "p.Tyr1183Ter".
fn short_variant(description: &str) -> String {
    if let Some(at) = description.find("(p.") {
        if let Some(end) = description[at..].find(')') {
            return description[at + 1..at + end].to_string();
        }
    }
    description.to_string()
}

/// The fact vocabulary's word for an alteration of `gene` described by `description`.
pub fn normalise_alteration(gene: &str, description: &str) -> String {
    let mut d = description.to_ascii_lowercase().replace(' ', "");
    // Reports that give only the coding DNA change: the hotspot's protein change (NM_005228
    // EGFR, NM_004985 KRAS, NM_004333 BRAF reference sequences; COSMIC).
    for (g, dna, protein) in DNA_HOTSPOTS {
        if *g == gene && d.contains(dna) {
            d.push_str(protein);
        }
    }
    let any = |needles: &[&str]| needles.iter().any(|n| d.contains(n));
    match gene {
        "EGFR" => {
            if any(&["l858r", "leu858arg"]) {
                "l858r"
            } else if any(&["t790m", "thr790met"]) {
                "t790m"
            } else if any(&["exon19", "e746_a750", "glu746_ala750", "ex19del"]) {
                "exon19del"
            } else if any(&["exon20ins", "exon20insertion", "ex20ins"]) {
                "exon20ins"
            } else if let Some(range) = egfr_range(&d) {
                range
            } else if any(&["g719", "gly719"]) {
                "g719x"
            } else if any(&["l861q", "leu861gln"]) {
                "l861q"
            } else if any(&["s768i", "ser768ile"]) {
                "s768i"
            } else {
                "other"
            }
        }
        "KRAS" => {
            if any(&["g12c", "gly12cys"]) {
                "g12c"
            } else if any(&["g12d", "gly12asp"]) {
                "g12d"
            } else if any(&["g12v", "gly12val"]) {
                "g12v"
            } else if any(&["g13d", "gly13asp"]) {
                "g13d"
            } else {
                "other"
            }
        }
        "BRAF" => {
            if any(&["v600e", "val600glu"]) {
                "v600e"
            } else {
                "other"
            }
        }
        "ALK" | "ROS1" | "NTRK1" | "NTRK2" | "NTRK3" | "NTRK" => "fusion",
        "RET" => {
            if any(&["fusion", "rearrang", "translocation", "::", "kif5b", "ccdc6", "ncoa4"]) {
                "fusion"
            } else {
                "mutation"
            }
        }
        "MET" => {
            if any(&["exon14", "ex14", "14skip", "metex14"]) {
                "exon14skip"
            } else if any(&["amplif", "copynumbergain"]) {
                "amplification"
            } else {
                "other"
            }
        }
        "PTEN" => "altered",
        _ => "mutated",
    }
    .to_string()
}

/// Hotspot coding-DNA changes and the protein change they make.
const DNA_HOTSPOTS: &[(&str, &str, &str)] = &[
    ("KRAS", "c.34g>t", "g12c"),
    ("KRAS", "c.35g>a", "g12d"),
    ("KRAS", "c.35g>t", "g12v"),
    ("KRAS", "c.38g>a", "g13d"),
    ("EGFR", "c.2573t>g", "l858r"),
    ("EGFR", "c.2369c>t", "t790m"),
    ("BRAF", "c.1799t>a", "v600e"),
];

/// EGFR exon 19 deletions and exon 20 insertions written as protein HGVS ranges
/// (`p.Leu747_Pro753delinsSer`, `p.A767_V769dup`): exon 19 spans codons 729–761, exon 20
/// codons 762–823 (insertions cluster at 762–774). Three-letter amino acids are read too.
fn egfr_range(d: &str) -> Option<&'static str> {
    let p = d.find("p.").map(|at| &d[at + 2..]).unwrap_or(d);
    let digits: Vec<u32> =
        p.split(|c: char| !c.is_ascii_digit()).filter(|t| !t.is_empty()).filter_map(|t| t.parse().ok()).collect();
    let first = *digits.first()?;
    if p.contains("del") && !p.contains("ins") && (729..=761).contains(&first) {
        return Some("exon19del");
    }
    if p.contains("delins") && (729..=761).contains(&first) {
        return Some("exon19del");
    }
    if (p.contains("ins") || p.contains("dup")) && (762..=774).contains(&first) {
        return Some("exon20ins");
    }
    None
}

/// A qualitative result from a coded or string value.
fn qualitative(code: &str, text: &str) -> Option<&'static str> {
    match code {
        "10828004" | "LA6576-8" | "52101004" | "LA9633-4" | "260373001" | "LA11882-0" => return Some("positive"),
        "260385009" | "LA6577-6" | "2667000" | "LA9634-2" | "260415000" | "LA11883-8" => return Some("negative"),
        "42425007" | "LA15255-5" => return Some("equivocal"),
        _ => {}
    }
    let t = text.to_ascii_lowercase();
    let negated = t.trim_start().starts_with("no ")
        || t.trim_start().starts_with("none")
        || [
            "no mutation",
            "no pathogenic",
            "no variant",
            "no alteration",
            "no fusion",
            "no rearrangement",
            "no amplification",
            "not identified",
            "none detected",
            "wild-type",
            "wild type",
            "wildtype",
        ]
        .iter()
        .any(|w| t.contains(w));
    if negated
        || t.contains("not detected")
        || t.contains("negative")
        || t.contains("not amplified")
        || t.contains("absent")
    {
        Some("negative")
    } else if t.contains("equivocal") || t.contains("indeterminate") || t.contains("borderline") {
        Some("equivocal")
    } else if t.contains("positive") || t.contains("detected") || t.contains("amplified") || t.contains("present") {
        Some("positive")
    } else {
        None
    }
}

fn first_number(text: &str) -> Option<f64> {
    let mut start = None;
    for (i, c) in text.char_indices() {
        if c.is_ascii_digit() {
            start.get_or_insert(i);
        } else if start.is_some() && c != '.' {
            return text[start?..i].parse().ok();
        }
    }
    text[start?..].parse().ok()
}

/// ISUP grade group from a Gleason score (Epstein et al. 2016): ≤ 6 → 1, 3+4 → 2, 4+3 → 3,
/// 8 → 4, 9–10 → 5; a bare 7 without its pattern is left undecided.
fn gleason_to_grade_group(text: &str, sum: Option<f64>) -> Option<f64> {
    let t = text.replace(' ', "");
    if t.contains("3+4") {
        return Some(2.0);
    }
    if t.contains("4+3") {
        return Some(3.0);
    }
    let sum = sum.or_else(|| {
        let at = t.find('=').map(|i| i + 1).unwrap_or(0);
        first_number(&t[at..])
    })?;
    match sum as i64 {
        2..=6 => Some(1.0),
        8 => Some(4.0),
        9 | 10 => Some(5.0),
        _ => None,
    }
}

fn grade_group(text: &str) -> Option<f64> {
    let lower = text.to_ascii_lowercase();
    let at = lower.find("grade group")?;
    first_number(&lower[at..])
}

fn biomarker(resource: &Value, marker: codes::Marker, date: NaiveDate, name: &str, out: &mut Events) {
    let code = main_coding(&resource["code"], codes::LOINC);
    let quantity = resource
        .get("valueQuantity")
        .and_then(quantity_text)
        .or_else(|| resource.get("valueInteger").and_then(Value::as_f64).map(|v| (v, None)));
    let (vcode, vtext) = coded_value(resource);
    let mut key = marker.key.to_string();
    let mut label_name = marker.label.to_string();
    let mut details = BTreeMap::new();
    let mut value = None;
    let mut shown = String::new();
    match marker.key {
        "her2" => {
            let lower = vtext.to_ascii_lowercase();
            let by_ihc = if lower.contains("3+") {
                Some(("positive", 3.0))
            } else if lower.contains("2+") {
                Some(("equivocal", 2.0))
            } else if lower.contains("1+") {
                Some(("negative", 1.0))
            } else if lower.trim() == "0"
                || lower.contains("score 0")
                || lower.contains("0+")
                || lower.contains("ultralow")
                || lower.contains("ultra-low")
                || (lower.trim_start().starts_with('0')
                    && !lower.trim_start()[1..].starts_with(|c: char| c.is_ascii_digit() || c == '.'))
            {
                Some(("negative", 0.0))
            } else {
                None
            };
            let ish = name.to_ascii_lowercase().contains("fish") || marker.label.contains("ISH");
            let result = if let Some((r, score)) = by_ihc {
                details.insert("ihc_score".into(), format_number(score));
                Some(r)
            } else if ish && vcode.is_empty() && first_number(&vtext).is_some() {
                // A HER2/CEP17 ratio: ≥ 2.0 is amplified (ASCO/CAP 2018).
                let ratio = first_number(&vtext).unwrap_or(0.0);
                details.insert("ratio".into(), vtext.clone());
                Some(if ratio >= 2.0 { "positive" } else { "negative" })
            } else {
                qualitative(&vcode, &vtext)
            };
            if let Some(r) = result {
                value = Some(EventValue::Result { result: r.into() });
                shown = r.into();
            }
        }
        "msi" => {
            let lower = vtext.to_ascii_lowercase();
            let r = match vcode.as_str() {
                "LA26203-2" => Some("high"),
                "LA26202-4" => Some("low"),
                "LA26204-0" => Some("stable"),
                _ if lower.contains("msi-h") || lower.contains("high") => Some("high"),
                _ if lower.contains("msi-l") || lower.contains("low") => Some("low"),
                _ if lower.contains("mss") || lower.contains("stable") => Some("stable"),
                // LOINC 81695-9 is an interpretation: positive = instability detected
                // (MSI-H), negative = stable (mCODE and US Core answers, SNOMED or LOINC).
                _ => match qualitative(&vcode, &vtext) {
                    Some("positive") => Some("high"),
                    Some("negative") => Some("stable"),
                    _ => None,
                },
            };
            if let Some(r) = r {
                value = Some(EventValue::Result { result: r.into() });
                shown =
                    if r == "stable" { "stable (MSS)".into() } else { format!("{r} (MSI-{})", &r[..1].to_uppercase()) };
            }
        }
        "mmr" => {
            let lower = vtext.to_ascii_lowercase();
            let r = if lower.contains("deficien") || lower.contains("loss") {
                Some("deficient")
            } else if lower.contains("proficien") || lower.contains("intact") || lower.contains("retained") {
                Some("proficient")
            } else {
                None
            };
            if let Some(r) = r {
                value = Some(EventValue::Result { result: r.into() });
                shown = r.into();
            }
        }
        "pdl1" => {
            let lower = name.to_ascii_lowercase();
            if lower.contains("combined positive") || lower.contains("cps") {
                key = "pdl1_cps".into();
                label_name = "PD-L1 CPS".into();
            } else {
                key = "pdl1_tps".into();
                label_name = "PD-L1 TPS".into();
            }
            if let Some((v, unit)) = &quantity {
                value = Some(EventValue::Quantity { value: *v, unit: unit.clone() });
                shown = format!("{}{}", format_number(*v), if key == "pdl1_tps" { "%" } else { "" });
            } else if let Some(v) = first_number(&vtext) {
                value = Some(EventValue::Quantity { value: v, unit: None });
                shown = vtext.clone();
            }
        }
        "er" | "pr"
            if quantity.is_some() || first_number(&vtext).is_some() && qualitative(&vcode, &vtext).is_none() =>
        {
            // Percent of stained nuclei: ≥ 1 % is positive (ASCO/CAP 2020; 1–10 % "low").
            let pct = quantity.as_ref().map(|(v, _)| *v).or_else(|| first_number(&vtext)).unwrap_or(0.0);
            let r = if pct >= 1.0 { "positive" } else { "negative" };
            details.insert("percent".into(), format_number(pct));
            value = Some(EventValue::Result { result: r.into() });
            shown = format!("{r} ({}%)", format_number(pct));
        }
        "egfr" | "kras" | "alk" | "ros1" | "braf" | "nras" | "pik3ca" | "ret" | "met" | "ntrk" | "akt1" | "pten"
        | "esr1" => {
            let gene = marker.key.to_ascii_uppercase();
            let q = qualitative(&vcode, &vtext);
            let present = match q {
                Some("negative") => Some(false),
                Some("positive") => Some(true),
                _ if !vtext.is_empty() && normalise_alteration(&gene, &vtext) != "other" => Some(true),
                _ => None,
            };
            if let Some(present) = present {
                let alteration = present.then(|| normalise_alteration(&gene, &vtext));
                value = Some(EventValue::Variant {
                    gene: gene.clone(),
                    present,
                    alteration: alteration.clone(),
                    description: (!vtext.is_empty()).then(|| vtext.clone()),
                    origin: None,
                });
                shown = match (present, alteration) {
                    (false, _) => "not detected".into(),
                    (true, Some(a)) if a != "other" && a != "mutated" => a.to_uppercase(),
                    _ => "detected".into(),
                };
            }
        }
        _ => {
            if let Some((v, unit)) = &quantity {
                value = Some(EventValue::Quantity { value: *v, unit: unit.clone() });
                // "Recurrence score 47", not "… score 47 Recurrence score"; no "{#}"-style units.
                let unit = unit
                    .as_deref()
                    .filter(|u| {
                        !u.starts_with('{') && !label_name.to_ascii_lowercase().contains(&u.to_ascii_lowercase())
                    })
                    .unwrap_or("");
                shown = format!("{} {unit}", format_number(*v)).trim_end().to_string();
            } else if let Some(r) = qualitative(&vcode, &vtext) {
                value = Some(EventValue::Result { result: r.into() });
                shown = r.into();
            } else if !vtext.is_empty() {
                shown = clean_display(&vtext);
            }
        }
    }
    if let Some(interp) = resource["interpretation"].as_array().and_then(|a| a.first()) {
        details.insert("interpretation".into(), clean_display(&cc_text(interp)));
    }
    if !vtext.is_empty() && !details.contains_key("ratio") {
        details.insert("reported".into(), clean_display(&vtext));
    }
    let label = if shown.is_empty() { label_name.clone() } else { format!("{label_name} {shown}") };
    let e = out.push(Category::Biomarker, &key, date, label);
    e.code = code;
    e.value = value;
    e.details = details;
    e.details.insert("test".into(), name.to_string());
}

// ---------------------------------------------------------------------------------------
// Procedure, ImagingStudy, DiagnosticReport

fn procedure(resource: &Value, out: &mut Events) {
    if matches!(status(resource), "not-done" | "entered-in-error" | "preparation") {
        return;
    }
    let code = &resource["code"];
    let mut kind = codings(code).find_map(|(s, c, _)| if s == codes::SNOMED { codes::procedure_kind(c) } else { None });
    if kind.is_none() {
        kind = codings(code).find_map(|(s, c, _)| if s.contains("cpt") { codes::cpt_procedure_kind(c) } else { None });
    }
    if kind.is_none() {
        kind = codes::procedure_kind_by_text(&cc_text(code));
    }
    if kind.is_none() {
        if has_profile(resource, "radiotherapy-course-summary") {
            kind = Some(ProcedureKind::Radiotherapy);
        } else if has_profile(resource, "cancer-related-surgical-procedure") {
            kind = Some(ProcedureKind::Surgery);
        }
    }
    let Some(kind) = kind else { return };
    let Some(date) = first_date(resource, &["performedDateTime", "performedPeriod.start"]) else { return };
    let end = first_date(resource, &["performedPeriod.end"]).filter(|e| *e > date);
    let mut name = clean_display(&cc_text(code));
    if name.is_empty() || name.chars().all(|c| c.is_ascii_digit()) {
        name = match kind {
            ProcedureKind::Radiotherapy => "Radiotherapy course".into(),
            ProcedureKind::Surgery => "Cancer surgery".into(),
            _ => "Procedure".into(),
        };
    }
    let (category, kind_name) = match kind {
        ProcedureKind::Surgery => (Category::Surgery, "surgery"),
        ProcedureKind::Biopsy => (Category::Diagnosis, "biopsy"),
        ProcedureKind::Radiotherapy => (
            Category::Radiotherapy,
            if end.is_some() || extension(resource, codes::EXT_RT_SESSIONS).is_some() {
                "radiotherapy_course"
            } else {
                "radiotherapy_session"
            },
        ),
        ProcedureKind::Chemoradiation => (Category::Radiotherapy, "chemoradiation_session"),
        ProcedureKind::Chemotherapy => (Category::SystemicTherapy, "chemotherapy_session"),
        ProcedureKind::Imaging => (Category::Imaging, "imaging"),
        ProcedureKind::Endoscopy => (Category::Imaging, "endoscopy"),
    };
    let mut details = BTreeMap::new();
    for site in resource["bodySite"].as_array().into_iter().flatten().take(1) {
        details.insert("body_site".into(), clean_display(&cc_text(site)));
        let lat = extension(site, codes::EXT_LATERALITY)
            .and_then(|e| e.get("valueCodeableConcept"))
            .and_then(|cc| codings(cc).find_map(|(_, c, _)| codes::laterality_by_snomed(c)))
            .or_else(|| codings(site).find_map(|(_, c, _)| codes::laterality_by_snomed(c)));
        if let Some(l) = lat {
            details.insert("laterality".into(), l.into());
        }
    }
    if let Some(intent) = extension(resource, codes::EXT_INTENT).and_then(|e| e.get("valueCodeableConcept")) {
        details.insert("intent".into(), clean_display(&cc_text(intent)).replace(" - procedure intent", ""));
    }
    if let Some(reason) = resource["reasonCode"].as_array().and_then(|a| a.first()) {
        details.insert("reason".into(), clean_display(&cc_text(reason)));
    }
    // Radiotherapy dose and fractions (mCODE course summary).
    if let Some(sessions) = extension(resource, codes::EXT_RT_SESSIONS).and_then(|e| e["valueUnsignedInt"].as_u64()) {
        details.insert("sessions".into(), sessions.to_string());
    }
    let mut doses = Vec::new();
    for ext in resource["extension"].as_array().into_iter().flatten() {
        match ext["url"].as_str() {
            Some(codes::EXT_RT_DOSE) => {
                let part = |name: &str| ext["extension"].as_array().and_then(|a| a.iter().find(|e| e["url"] == name));
                let dose = part("totalDoseDelivered").and_then(|e| quantity_text(&e["valueQuantity"]));
                let fractions = part("fractionsDelivered").and_then(|e| e["valueUnsignedInt"].as_u64());
                let volume = part("volume").and_then(|e| e["valueReference"]["reference"].as_str()).unwrap_or("");
                let gy = dose.map(|(v, unit)| match unit.as_deref() {
                    Some("cGy") => format!("{} Gy", format_number(v / 100.0)),
                    Some(u) => format!("{} {u}", format_number(v)),
                    None => format_number(v),
                });
                let mut text = gy.unwrap_or_else(|| "dose not recorded".into());
                if let Some(f) = fractions {
                    text.push_str(&format!(" in {f} fractions"));
                }
                if !volume.is_empty() {
                    text.push_str(&format!(" ({})", volume.rsplit('/').next().unwrap_or(volume).replace('-', " ")));
                }
                doses.push(text);
            }
            Some(codes::EXT_RT_MODALITY) => {
                let modality = ext["extension"]
                    .as_array()
                    .and_then(|a| {
                        a.iter().find(|e| {
                            e["url"] == "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-radiotherapy-modality"
                        })
                    })
                    .map(|e| clean_display(&cc_text(&e["valueCodeableConcept"])));
                if let Some(m) = modality {
                    details
                        .entry("modality".into())
                        .and_modify(|v: &mut String| v.push_str(&format!("; {m}")))
                        .or_insert(m);
                }
            }
            _ => {}
        }
    }
    if !doses.is_empty() {
        details.insert("dose".into(), doses.join("; "));
    }
    let label = match details.get("dose") {
        Some(d) if category == Category::Radiotherapy => format!("{name}: {d}"),
        _ => name.clone(),
    };
    let e = out.push(category, kind_name, date, label);
    e.end = end;
    e.code = main_coding(code, codes::SNOMED);
    e.details = details;
}

fn imaging_study(resource: &Value, out: &mut Events) {
    if matches!(status(resource), "entered-in-error" | "cancelled") {
        return;
    }
    let Some(date) = first_date(resource, &["started"]) else { return };
    let series: Vec<&Value> = resource["series"].as_array().map(|a| a.iter().collect()).unwrap_or_default();
    let sites: Vec<(String, String)> = series
        .iter()
        .filter_map(|s| s.get("bodySite"))
        .map(|b| {
            (
                b.get("code").and_then(Value::as_str).unwrap_or("").to_string(),
                clean_display(b.get("display").and_then(Value::as_str).unwrap_or("")),
            )
        })
        .collect();
    let modalities: Vec<String> = series
        .iter()
        .filter_map(|s| s["modality"]["code"].as_str().map(str::to_string))
        .chain(
            resource["modality"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|m| m["code"].as_str().map(str::to_string)),
        )
        .collect();
    // Dental imaging says nothing about the cancer.
    let dental = (!sites.is_empty() && sites.iter().all(|(c, _)| c == "700016008"))
        || (!modalities.is_empty() && modalities.iter().all(|m| m == "IO" || m == "PX"));
    if dental {
        return;
    }
    let mut mods = modalities.clone();
    mods.sort();
    mods.dedup();
    let site = sites.first().map(|(_, d)| d.clone()).unwrap_or_default();
    let procedure = resource["procedureCode"].as_array().and_then(|a| a.first()).map(|cc| clean_display(&cc_text(cc)));
    let label = match procedure {
        Some(p) if !p.is_empty() => p,
        _ => format!("{} {}", mods.join("/"), site).trim().to_string(),
    };
    let label = if label.is_empty() { "Imaging study".to_string() } else { label };
    let e = out.push(Category::Imaging, "imaging_study", date, label);
    if !mods.is_empty() {
        e.details.insert("modality".into(), mods.join(", "));
    }
    if !site.is_empty() {
        e.details.insert("body_site".into(), site);
    }
}

fn diagnostic_report(resource: &Value, out: &mut Events) {
    if matches!(status(resource), "entered-in-error" | "cancelled") {
        return;
    }
    let code = &resource["code"];
    let Some(label) =
        codings(code).find_map(|(_, c, _)| codes::REPORTS.iter().find(|(rc, _)| *rc == c).map(|(_, l)| *l))
    else {
        return;
    };
    let Some(date) = first_date(resource, &["effectiveDateTime", "effectivePeriod.start", "issued"]) else { return };
    let genomics = label.starts_with("Gen");
    let (category, kind) =
        if genomics { (Category::Biomarker, "genomics_report") } else { (Category::Diagnosis, "pathology_report") };
    let e = out.push(category, kind, date, label.to_string());
    e.code = main_coding(code, codes::LOINC);
    let results = resource["result"].as_array().map(Vec::len).unwrap_or(0);
    if results > 0 {
        e.details.insert("results".into(), results.to_string());
    }
}

// ---------------------------------------------------------------------------------------
// Medications

fn medication(resource_type: &str, resource: &Value, out: &mut Events) {
    let st = status(resource);
    let skip = match resource_type {
        "MedicationAdministration" => matches!(st, "not-done" | "entered-in-error"),
        "MedicationRequest" => matches!(st, "cancelled" | "entered-in-error" | "draft"),
        _ => matches!(st, "entered-in-error" | "not-taken"),
    };
    if skip {
        return;
    }
    // The medication: inline, contained, or named by the reference's display.
    let contained = |reference: &str| -> Option<Value> {
        let id = reference.strip_prefix('#')?;
        resource["contained"].as_array()?.iter().find(|c| c["id"] == id).map(|c| c["code"].clone())
    };
    let cc = match resource.get("medicationCodeableConcept") {
        Some(cc) => cc.clone(),
        None => {
            let reference = &resource["medicationReference"];
            match reference["reference"].as_str().and_then(contained) {
                Some(cc) => cc,
                None => serde_json::json!({"text": reference["display"].as_str().unwrap_or("")}),
            }
        }
    };
    let rxcui = codings(&cc).find(|(s, ..)| *s == codes::RXNORM).map(|(_, c, _)| c.to_string());
    let name = {
        let mut n = cc_text(&cc);
        for (_, _, d) in codings(&cc) {
            if !d.is_empty() && !n.contains(d) {
                n.push_str(" / ");
                n.push_str(d);
            }
        }
        n
    };
    let (ingredients, how) = codes::ingredients_of(rxcui.as_deref(), &name);
    if ingredients.is_empty() {
        return;
    }
    let oncology_context = has_profile(resource, "cancer-related")
        || resource["reasonCode"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|r| codes::cancer_by_text(&cc_text(r)).is_some());
    let (date, end) = match resource_type {
        "MedicationAdministration" => (
            first_date(resource, &["effectiveDateTime", "effectivePeriod.start"]),
            first_date(resource, &["effectivePeriod.end"]),
        ),
        "MedicationRequest" => {
            let bounds = resource["dosageInstruction"]
                .as_array()
                .and_then(|a| a.first())
                .map(|d| d["timing"]["repeat"]["boundsPeriod"].clone())
                .unwrap_or(Value::Null);
            (
                first_date(&bounds, &["start"]).or_else(|| first_date(resource, &["authoredOn"])),
                first_date(&bounds, &["end"]),
            )
        }
        _ => (
            first_date(resource, &["effectiveDateTime", "effectivePeriod.start", "dateAsserted"]),
            first_date(resource, &["effectivePeriod.end"]),
        ),
    };
    let Some(date) = date else { return };
    let record = match resource_type {
        "MedicationAdministration" => "administration",
        "MedicationRequest" => "order",
        _ => "statement",
    };
    let dose = resource["dosage"]["dose"].clone();
    let dose_text = quantity_text(&dose).map(|(v, u)| format!("{} {}", format_number(v), u.unwrap_or_default()));
    let route = resource["dosage"]["route"].clone();
    for ingredient in ingredients {
        if codes::needs_oncology_context(ingredient) && !oncology_context {
            continue;
        }
        let e = out.push(Category::SystemicTherapy, "drug", date, ingredient.name.to_string());
        e.end = end.filter(|e| *e > date);
        e.code = Some(Coding {
            system: "rxnorm".into(),
            code: ingredient.rxcui.into(),
            display: Some(ingredient.name.into()),
        });
        e.value = Some(EventValue::Drug {
            rxcui: ingredient.rxcui.into(),
            name: ingredient.name.into(),
            class: ingredient.class,
        });
        e.details.insert("record".into(), record.into());
        e.details.insert("class".into(), class_name(ingredient.class).into());
        if !st.is_empty() {
            e.details.insert("status".into(), st.into());
        }
        if let Some(c) = &rxcui {
            e.details.insert("source_code".into(), format!("rxnorm:{c}"));
        }
        e.details.insert("source_drug".into(), cc_text(&cc));
        if let Some(how) = how {
            e.details.insert("normalised_by".into(), how.as_str().into());
        }
        if let Some(d) = &dose_text {
            e.details.insert("dose".into(), d.trim().to_string());
        }
        if !route.is_null() {
            e.details.insert("route".into(), clean_display(&cc_text(&route)).replace(" route", ""));
        }
        if let Some(reason) = resource.get("statusReason") {
            let reason = match reason.as_array() {
                Some(a) => a.first().map(cc_text).unwrap_or_default(),
                None => cc_text(reason),
            };
            if !reason.is_empty() {
                e.details.insert("status_reason".into(), clean_display(&reason));
            }
        }
        if let Some(intent) = extension(resource, codes::EXT_INTENT).and_then(|e| e.get("valueCodeableConcept")) {
            e.details.insert("intent".into(), clean_display(&cc_text(intent)).replace(" - procedure intent", ""));
        }
    }
}

/// The word used for a drug class in details and the page legend.
pub fn class_name(class: DrugClass) -> &'static str {
    match class {
        DrugClass::Chemotherapy => "chemotherapy",
        DrugClass::Targeted => "targeted",
        DrugClass::Immunotherapy => "immunotherapy",
        DrugClass::Endocrine => "endocrine",
        DrugClass::Companion => "companion",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn tnm_and_stage_parsing() {
        let s = vec!["American Joint Committee on Cancer cT3 (qualifier value)".to_string()];
        let (p, g) = parse_tnm(TnmAxis::T, &s).unwrap();
        assert_eq!((p.as_str(), g.to_string().as_str()), ("c", "T3"));
        let s = vec!["American Joint Committee on Cancer pN1mi".to_string()];
        assert_eq!(parse_tnm(TnmAxis::N, &s).unwrap().1.to_string(), "N1mi");
        let cc = json!({"coding": [{"code": "258224005", "display": "Stage 3 (qualifier value)"}]});
        assert_eq!(parse_stage_group(&cc).unwrap().to_string(), "III");
        let cc = json!({"coding": [{"display": "American Joint Committee on Cancer stage IIIA (qualifier value)"}]});
        assert_eq!(parse_stage_group(&cc).unwrap().to_string(), "IIIA");
    }

    #[test]
    fn clinical_drug_names_map_to_ingredients() {
        let (i, how) = codes::ingredients_of(Some("2119714"), "hyaluronidase-oysk / trastuzumab");
        assert_eq!((i[0].name, how), ("trastuzumab", Some(codes::DrugMatch::ClinicalDrug)));
        let (i, how) = codes::ingredients_of(Some("999"), "ado-trastuzumab emtansine 100 MG Injection");
        assert_eq!(i.len(), 1, "{i:?}");
        assert_eq!((i[0].name, how), ("ado-trastuzumab emtansine", Some(codes::DrugMatch::Name)));
        let (i, _) = codes::ingredients_of(None, "Keytruda 100 MG/4ML");
        assert_eq!(i[0].rxcui, "1547545");
        assert!(codes::ingredients_of(None, "Acetaminophen 325 MG Oral Tablet").0.is_empty());
    }

    #[test]
    fn medication_statements_requests_and_contained_medications() {
        let statement = json!({"resourceType": "MedicationStatement", "id": "s1", "status": "active",
            "medicationCodeableConcept": {"text": "Tagrisso 80 mg tablet"},
            "subject": {"reference": "Patient/p"}, "effectivePeriod": {"start": "2022-03-01", "end": "2022-09-30"}});
        let events = normalise("MedicationStatement", "s1", &statement);
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].code.as_ref().unwrap().code, "1721560", "osimertinib by brand name");
        assert_eq!(events[0].end.unwrap().to_string(), "2022-09-30");
        assert_eq!(events[0].details["record"], "statement");

        let request = json!({"resourceType": "MedicationRequest", "id": "r1", "status": "active", "intent": "order",
            "contained": [{"resourceType": "Medication", "id": "m", "code": {"coding": [{"system": codes::RXNORM, "code": "1727455", "display": "alectinib"}]}}],
            "medicationReference": {"reference": "#m"}, "subject": {"reference": "Patient/p"}, "authoredOn": "2022-01-05",
            "dosageInstruction": [{"timing": {"repeat": {"boundsPeriod": {"start": "2022-01-10", "end": "2022-06-10"}}}}]});
        let events = normalise("MedicationRequest", "r1", &request);
        assert_eq!(events[0].label, "alectinib");
        assert_eq!(
            (events[0].date.to_string(), events[0].end.unwrap().to_string()),
            ("2022-01-10".into(), "2022-06-10".into())
        );

        let cancelled = json!({"resourceType": "MedicationRequest", "id": "r2", "status": "cancelled", "intent": "order",
            "medicationCodeableConcept": {"text": "cisplatin"}, "subject": {"reference": "Patient/p"}, "authoredOn": "2022-01-05"});
        assert!(normalise("MedicationRequest", "r2", &cancelled).is_empty(), "a cancelled order was never given");
        let asthma = json!({"resourceType": "MedicationRequest", "id": "r3", "status": "active", "intent": "order",
            "medicationCodeableConcept": {"text": "predniSONE 5 MG Oral Tablet"}, "subject": {"reference": "Patient/p"}, "authoredOn": "2022-01-05"});
        assert!(normalise("MedicationRequest", "r3", &asthma).is_empty(), "prednisone outside an oncology record");
    }

    #[test]
    fn icd10_and_text_diagnoses_and_undated_resources() {
        let c = json!({"resourceType": "Condition", "id": "c", "subject": {"reference": "Patient/p"},
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C34.12", "display": "Malignant neoplasm of upper lobe, left bronchus or lung"}]},
            "onsetDateTime": "2021-04"});
        let e = &normalise("Condition", "c", &c)[0];
        assert_eq!((e.kind.as_str(), e.date.to_string().as_str()), ("primary_cancer", "2021-04-01"));
        assert_eq!(e.details["laterality"], "left");
        let mets = json!({"resourceType": "Condition", "id": "m", "subject": {"reference": "Patient/p"},
            "code": {"text": "Secondary malignant neoplasm of bone"}, "onsetDateTime": "2022-01-01"});
        assert_eq!(normalise("Condition", "m", &mets)[0].kind, "metastasis");
        let suspected = json!({"resourceType": "Condition", "id": "s", "subject": {"reference": "Patient/p"},
            "code": {"text": "Suspected lung cancer (situation)"}, "onsetDateTime": "2022-01-01"});
        assert!(normalise("Condition", "s", &suspected).is_empty());
        let undated = json!({"resourceType": "Observation", "id": "o", "status": "final",
            "code": {"coding": [{"system": codes::LOINC, "code": "2857-1"}]}, "valueQuantity": {"value": 4.1}});
        assert!(normalise("Observation", "o", &undated).is_empty(), "no date, no place on a timeline");
        let refuted = json!({"resourceType": "Condition", "id": "r", "verificationStatus": {"coding": [{"code": "refuted"}]},
            "code": {"coding": [{"system": codes::SNOMED, "code": "254837009"}]}, "onsetDateTime": "2020-01-01"});
        assert!(normalise("Condition", "r", &refuted).is_empty());
    }

    proptest::proptest! {
        /// Stored resources are checked by the typed models, but a bad value in a choice
        /// element can slip through: whatever the strings hold, normalising never panics.
        #[test]
        fn normalising_arbitrary_values_never_panics(
            date in ".{0,14}",
            text in ".{0,40}",
            code in "[A-Za-z0-9.:/-]{0,12}",
            number in proptest::num::f64::ANY,
        ) {
            let resources = [
                ("Condition", json!({"resourceType": "Condition", "code": {"text": text, "coding": [{"system": codes::SNOMED, "code": code, "display": text}]}, "onsetDateTime": date, "stage": [{"summary": {"text": text}}]})),
                ("Observation", json!({"resourceType": "Observation", "status": "final", "code": {"coding": [{"system": codes::LOINC, "code": "21908-9"}]}, "effectiveDateTime": date, "valueCodeableConcept": {"text": text}})),
                ("Observation", json!({"resourceType": "Observation", "status": "final", "code": {"coding": [{"system": codes::LOINC, "code": "85318-4"}], "text": text}, "effectiveDateTime": date, "valueString": text})),
                ("Observation", json!({"resourceType": "Observation", "status": "final", "code": {"coding": [{"system": codes::LOINC, "code": codes::GENOMIC_VARIANT}]}, "effectiveDateTime": date,
                    "component": [{"code": {"coding": [{"code": codes::GENE_STUDIED}]}, "valueCodeableConcept": {"coding": [{"display": text}]}}, {"code": {"coding": [{"code": "48005-3"}]}, "valueCodeableConcept": {"coding": [{"code": text}]}}]})),
                ("Observation", json!({"resourceType": "Observation", "status": "final", "code": {"text": text}, "effectiveDateTime": date, "valueQuantity": {"value": if number.is_finite() { json!(number) } else { json!(null) }}})),
                ("Procedure", json!({"resourceType": "Procedure", "status": "completed", "code": {"coding": [{"system": codes::SNOMED, "code": "1217123003"}], "text": text}, "performedPeriod": {"start": date, "end": text}})),
                ("MedicationRequest", json!({"resourceType": "MedicationRequest", "status": "active", "medicationCodeableConcept": {"text": text, "coding": [{"system": codes::RXNORM, "code": code}]}, "authoredOn": date})),
                ("Patient", json!({"resourceType": "Patient", "birthDate": date, "deceasedDateTime": text})),
            ];
            for (rt, r) in resources {
                let events = normalise(rt, "x", &r);
                let _ = super::super::therapy::derive(&events);
            }
        }
    }

    #[test]
    fn alterations() {
        assert_eq!(normalise_alteration("EGFR", "NM_005228.5:c.2573T>G (p.Leu858Arg)"), "l858r");
        assert_eq!(normalise_alteration("KRAS", "p.G12C"), "g12c");
        assert_eq!(normalise_alteration("PALB2", "p.Tyr1183Ter"), "mutated");
        // HGVS as molecular reports write it: three-letter amino acids, exon 19 deletions as
        // ranges, exon 20 insertions and duplications, fusions and exon 14 skipping.
        assert_eq!(normalise_alteration("KRAS", "c.34G>T (p.Gly12Cys)"), "g12c");
        assert_eq!(normalise_alteration("BRAF", "p.Val600Glu"), "v600e");
        assert_eq!(normalise_alteration("EGFR", "p.Leu747_Pro753delinsSer"), "exon19del");
        assert_eq!(normalise_alteration("EGFR", "p.E746_A750del"), "exon19del");
        assert_eq!(normalise_alteration("EGFR", "p.Ala767_Val769dup"), "exon20ins");
        assert_eq!(normalise_alteration("EGFR", "p.D770_N771insSVD"), "exon20ins");
        assert_eq!(normalise_alteration("EGFR", "p.Gly719Ser"), "g719x");
        assert_eq!(normalise_alteration("MET", "c.3028+1G>T (exon 14 skipping)"), "exon14skip");
        assert_eq!(normalise_alteration("RET", "KIF5B-RET fusion"), "fusion");
        assert_eq!(normalise_alteration("RET", "p.Met918Thr"), "mutation");
        assert_eq!(normalise_alteration("NTRK1", "TPM3-NTRK1"), "fusion");
    }
}
