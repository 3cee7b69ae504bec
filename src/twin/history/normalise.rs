//! Normalisation: one stored FHIR resource → the timeline events it holds.
//!
//! Pure and per resource, so ingest can run it on every entry of a unit in parallel and
//! `rebuild` gets the same events from the raw store. It reads plain US Core / Synthea data
//! and understands mCODE STU4 where present (profiles, extensions, staging and genomics
//! codes). Resources that say nothing about the cancer give no events.
//!
//! Which code means what is looked up in the value-set tables ([`valuesets`]); what is left
//! here is how a resource's parts are read. A value that cannot be read (a malformed HGVS
//! expression, a stage that is no stage) is ignored — no fact is made from it — and counted
//! and logged by resource and element, never with its text.

use super::codes::{self, DrugClass, ProcedureKind};
use super::event::{Category, Coding, EventValue, TimelineEvent};
use super::hgvs;
use super::valuesets::{self, StageValue, StagingDef};
use chrono::NaiveDate;
use oncotwin_pathway::facts::{Graded, TnmAxis, UNSPECIFIED};
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
        "MedicationAdministration" | "MedicationDispense" | "MedicationRequest" | "MedicationStatement" => {
            medication(resource_type, resource, &mut out)
        }
        "ImagingStudy" => imaging_study(resource, &mut out),
        "DiagnosticReport" => diagnostic_report(resource, &mut out),
        "ExplanationOfBenefit" => explanation_of_benefit(resource, &mut out),
        _ => {}
    }
    attach_links(resource, &mut out.events);
    out.finish()
}

/// The resource types that can yield events.
pub const EVENT_TYPES: &[&str] = &[
    "Condition",
    "DiagnosticReport",
    "ExplanationOfBenefit",
    "ImagingStudy",
    "MedicationAdministration",
    "MedicationDispense",
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

    /// A value this resource holds that could not be read: ignored (no fact is made from it),
    /// counted by `kind` and logged by resource and element — never the text, which may hold
    /// PHI.
    fn unreadable(&self, kind: &'static str, element: &str) {
        crate::telemetry::metrics::record_unreadable(kind);
        tracing::warn!(resource = %self.rkey, element, kind, "value not readable; ignored");
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

/// The texts of a resource's `note` (Annotation) elements.
fn note_texts(resource: &Value) -> impl Iterator<Item = &str> {
    resource["note"].as_array().into_iter().flatten().filter_map(|n| n["text"].as_str())
}

/// A statement in `text` that earlier treatment records are outstanding, as a
/// `history_pending` event on `date`.
fn history_pending_in_text(text: &str, date: NaiveDate, out: &mut Events) {
    if let Some(r) = codes::history_pending_in(text) {
        out.push(Category::Diagnosis, "history_pending", date, clean_display(&text[r]));
    }
}

pub(super) fn format_number(v: f64) -> String {
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

/// Antineoplastic drugs a resource's free text says were given ("Treatment history: 1L
/// FOLFOX + bevacizumab 03/2024-10/2024 (PD); 2L FOLFIRI …" in a Condition's note, "FOLFOX
/// x 12 cycles" in a chemotherapy Procedure's note), read by the rule-based note reader with
/// its negation and planned-not-given rules. `period` dates them all (a procedure's
/// performed period); without it each takes the date its words give, else `date`.
fn therapy_in_text(
    text: &str,
    date: NaiveDate,
    period: Option<(NaiveDate, Option<NaiveDate>)>,
    from: &str,
    out: &mut Events,
) {
    let note = crate::notes::Note { document: String::new(), date, text: text.to_string() };
    for found in crate::notes::rules::RuleExtractor.extract(&note).events {
        let Some(EventValue::Drug { class, .. }) = &found.value else { continue };
        if found.category != Category::SystemicTherapy || matches!(class, DrugClass::Supportive) {
            continue;
        }
        let (start, end) = period.unwrap_or((found.date, None));
        let e = out.push(Category::SystemicTherapy, "drug", start, found.label.clone());
        e.end = end.filter(|e| *e > start);
        e.code = found.code.clone();
        e.value = found.value.clone();
        e.details.insert("record".into(), "text".into());
        e.details.insert("class".into(), class_name(*class).into());
        e.details.insert("read_from".into(), from.into());
    }
}

fn condition(resource: &Value, out: &mut Events) {
    let verification: Vec<&str> = codings(&resource["verificationStatus"]).map(|(_, c, _)| c).collect();
    // Refuted, or not (yet) confirmed (a provisional or differential diagnosis, "L3 lesion,
    // MRI pending"): not what the patient has on record.
    if verification
        .iter()
        .any(|c| matches!(*c, "refuted" | "entered-in-error" | "provisional" | "differential" | "unconfirmed"))
    {
        return;
    }
    let code = &resource["code"];
    let text = clean_display(&cc_text(code));
    // ICD-10-CM R97.21 "Rising PSA following treatment for malignant neoplasm of prostate", or
    // a problem named "biochemical recurrence": a documented recurrence.
    let lower = text.to_ascii_lowercase();
    let biochemical = codings(code).any(|(s, c, _)| s.contains("icd-10") && c.eq_ignore_ascii_case("R97.21"))
        || lower.contains("biochemical recurrence")
        || lower.contains("rising psa following treatment");
    if biochemical {
        if let Some(date) = first_date(resource, &["onsetDateTime", "onsetPeriod.start", "recordedDate"]) {
            let e =
                out.push(Category::DiseaseStatus, "disease_status", date, format!("Biochemical recurrence: {text}"));
            e.code = main_coding(code, codes::SNOMED);
            e.value = Some(EventValue::Result { result: "progression".into() });
            e.details.insert("recurrence".into(), "biochemical".into());
        }
        return;
    }
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
    // A cancer diagnosis's note may hold the treatment history, or say it is incomplete.
    for note in resource["note"].as_array().into_iter().flatten() {
        let date = first_date(note, &["time"]).or_else(|| first_date(resource, &["recordedDate", "onsetDateTime"]));
        if let (Some(text), Some(date)) = (note["text"].as_str(), date) {
            therapy_in_text(text, date, None, "the diagnosis's note", out);
            history_pending_in_text(text, date, out);
            if !secondary {
                gleason_in_text(out, date, text, "Condition.note");
                histologic_grade(out, date, text, "Condition.note");
            }
        }
    }
    let Some(date) = first_date(resource, &["onsetDateTime", "onsetPeriod.start", "recordedDate"]).or_else(|| {
        extension(resource, codes::EXT_ASSERTED_DATE).and_then(|e| e.get("valueDateTime")).and_then(fhir_date)
    }) else {
        return;
    };
    let text = clean_display(&cc_text(code));
    // "Prostate adenocarcinoma, Gleason 4+5=9": the grade the diagnosis's name states.
    if !secondary {
        gleason_in_text(out, date, &cc_text(code), "Condition.code");
        histologic_grade(out, date, &cc_text(code), "Condition.code");
    }
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
    } else if let Some(w) = codes::histology_by_text(&text)
        .or_else(|| codings(code).find_map(|(_, _, display)| codes::histology_by_text(display)))
    {
        // The diagnosis name, else any coding's display ("Adenocarcinoma of lung, stage IV"
        // beside an ICD-10-CM site code).
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
    // "Metastatic prostate adenocarcinoma" — not "castration-resistant, no metastases on
    // conventional imaging" nor "non-metastatic CRPC".
    let lower = text.to_ascii_lowercase();
    let non_metastatic = ["non-metasta", "nonmetasta", "non metasta"].iter().any(|w| lower.contains(w));
    if !secondary && lower.contains("metasta") && !non_metastatic && !no_metastasis_in_text(&text) {
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
        } else {
            out.unreadable("stage", "Condition.code (stage in the diagnosis name)");
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
        // Another staging system (Binet, FIGO …) is shown as written; a TNM stage group that
        // does not read is shown too, but never becomes a stage.
        let other_system = stage.get("type").is_some_and(|t| {
            codings(t).any(|(s, c, _)| valuesets::staging(s, c).is_some_and(|d| d.element == "other"))
        });
        if parsed.is_none() && !text.is_empty() && !other_system {
            out.unreadable("stage", "Condition.stage.summary");
        }
        let e = out.push(Category::Staging, kind, date, label);
        e.code = main_coding(summary, codes::SNOMED);
        if let Some(g) = parsed {
            e.value = Some(EventValue::Graded { text: g.to_string(), prefix: String::new() });
        }
        if let Some(s) = system {
            e.details.insert("system".into(), s);
        }
        e.details.insert("from".into(), "Condition.stage".into());
        // "Stage IIIA (cT2 cN2 cM0)", "AJCC 8th: pT2 pN2a cM0, Stage IIIA": its categories too.
        if !other_system {
            push_tnm(out, date, std::slice::from_ref(&text), "", None, Some(("from", "Condition.stage")));
        }
    }
}

// ---------------------------------------------------------------------------------------
// Observation

fn observation(resource: &Value, out: &mut Events) {
    // A registered or preliminary result is not the result: a later final, amended or
    // corrected one is (a preliminary PCR amended after a sample swap, "FISH pending").
    if matches!(status(resource), "entered-in-error" | "cancelled" | "registered" | "preliminary") {
        return;
    }
    let code = &resource["code"];
    let Some(date) =
        first_date(resource, &["effectiveDateTime", "effectivePeriod.start", "effectiveInstant", "issued"])
    else {
        return;
    };
    // A note filed as an Observation ("Progress note": "records requested, not yet
    // received") may say the treatment history is incomplete.
    for text in resource["valueString"].as_str().into_iter().chain(note_texts(resource)) {
        history_pending_in_text(text, date, out);
    }
    let code_list: Vec<(&str, &str, &str)> = codings(code).collect();
    let kinds: Vec<&str> = code_list.iter().filter_map(|(s, c, _)| valuesets::observation_kind(s, c)).collect();
    let has = |kind: &str| kinds.contains(&kind);
    let name = clean_display(&cc_text(code));
    if let Some(parts) = panel_components(resource, &code_list, &kinds, &name) {
        for part in parts {
            observation(&part, out);
        }
        return;
    }

    // A histologic grade result: a grade code (LOINC 44648-4, NCIt C18000 …), or a name that
    // says so ("Nottingham grade": 3, "Histologic grade": "Grade 3 (3+3+2)").
    let lname = name.to_ascii_lowercase();
    let names_a_grade = kinds.is_empty()
        && ["histologic grade", "histological grade", "nottingham", "tumor grade", "tumour grade", "elston"]
            .iter()
            .any(|w| lname.contains(w))
        && !lname.contains("gleason");
    if has("grade") || names_a_grade {
        let text = resource["valueInteger"]
            .as_i64()
            .map(|n| n.to_string())
            .or_else(|| resource["valueQuantity"]["value"].as_f64().map(format_number))
            .unwrap_or_else(|| clean_display(&coded_value(resource).2));
        let e = out.push(Category::Diagnosis, "grade", date, format!("Grade: {text}"));
        e.code = main_coding(code, codes::LOINC);
        if let Some(g) = histologic_grade_in(&format!("histologic grade {text}")) {
            e.value = Some(EventValue::Quantity { value: g, unit: None });
        }
        return;
    }
    let staged = |elements: &[&str]| {
        code_list.iter().find_map(|(s, c, _)| valuesets::staging(s, c).filter(|d| elements.contains(&d.element)))
    };
    if let Some(def) = staged(&["t", "n", "m", "group", "other"]) {
        staging_observation(resource, def, date, &name, out);
        return;
    }
    if has_profile(resource, "mcode-cancer-stage") || has_profile(resource, "tnm-stage-group") {
        let def = StagingDef { element: "other", setting: "", label: "" };
        staging_observation(resource, def, date, &name, out);
        return;
    }
    // A stage known only by its name ("Clinical stage", "Pathologic stage group", a lab's own
    // code): read like a coded stage group, its TNM categories too.
    if code_list.iter().all(|(s, _, _)| !s.contains("loinc")) && names_a_stage(&name) {
        let lower = name.to_ascii_lowercase();
        let setting = if lower.contains("patholog") {
            "p"
        } else if lower.contains("clinical") {
            "c"
        } else {
            ""
        };
        staging_observation(resource, StagingDef { element: "group", setting, label: "" }, date, &name, out);
        return;
    }
    if let Some(def) = staged(&["tumor_size", "nodes", "metastatic_site"]) {
        tumor_descriptor(resource, def, date, out);
        return;
    }
    if has("genomic_variant") {
        genomic_variant(resource, date, out);
        return;
    }
    if has("ecog") || has("karnofsky") {
        let ecog = has("ecog");
        let value = resource
            .get("valueInteger")
            .and_then(Value::as_f64)
            .or_else(|| resource.get("valueQuantity").and_then(|q| q.get("value")).and_then(Value::as_f64))
            .or_else(|| {
                resource
                    .get("valueCodeableConcept")
                    .and_then(|cc| codings(cc).find_map(|(s, c, _)| valuesets::ecog_answer(s, c)))
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
    if has("disease_status") || has_profile(resource, "mcode-cancer-disease-status") {
        let (vsys, vcode, vtext) = coded_value(resource);
        // "Partial response; no progression after chemoradiation": a negated progression is no
        // progression — the rest of the text says the status, else it is stable.
        let (rest, negated) = without_negated_progression(&vtext);
        let status = valuesets::disease_status(&vsys, &vcode, &rest).or_else(|| negated.then_some("stable"));
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
    if has("histology") {
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
    if has("gleason") || name.to_ascii_lowercase().contains("gleason") {
        let (_, _, vtext) = coded_value(resource);
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
    if code_list.iter().all(|(s, c, _)| codes::marker_by_code(s, c).is_none()) {
        if let Some(parts) = results_per_marker(resource) {
            for part in parts {
                observation(&part, out);
            }
            return;
        }
    }
    let marker = code_list.iter().find_map(|(s, c, _)| codes::marker_by_code(s, c)).or_else(|| {
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

/// A panel written as one Observation with no value of its own and its results as components
/// ("Breast cancer biomarker panel (IHC)" with ER, PR, HER2 and Ki-67 components): each
/// component read as an Observation of its own, with the panel's date and id (so the evidence
/// points at the panel). None when the Observation is itself a known kind or marker (a genomic
/// variant's components, a HER2 ISH with its ratio, are read by their own readers).
fn panel_components(
    resource: &Value,
    code_list: &[(&str, &str, &str)],
    kinds: &[&str],
    name: &str,
) -> Option<Vec<Value>> {
    const VALUES: [&str; 7] = [
        "valueCodeableConcept",
        "valueQuantity",
        "valueString",
        "valueInteger",
        "valueBoolean",
        "valueRatio",
        "valueRange",
    ];
    let components = resource["component"].as_array().filter(|c| !c.is_empty())?;
    let own_value = VALUES.iter().any(|k| resource.get(*k).is_some());
    let known = !kinds.is_empty()
        || code_list
            .iter()
            .any(|(s, c, _)| codes::marker_by_code(s, c).is_some() || valuesets::staging(s, c).is_some())
        || codes::marker_by_text(name).is_some();
    if own_value || known {
        return None;
    }
    let part_is_known = |c: &Value| {
        let text = clean_display(&cc_text(&c["code"]));
        codings(&c["code"]).any(|(s, k, _)| {
            codes::marker_by_code(s, k).is_some()
                || valuesets::staging(s, k).is_some()
                || valuesets::observation_kind(s, k).is_some()
        }) || codes::marker_by_text(&text).is_some()
    };
    if !components.iter().any(part_is_known) {
        return None;
    }
    let mut parts = Vec::new();
    for c in components {
        let mut part = serde_json::Map::new();
        for key in
            ["resourceType", "id", "status", "category", "effectiveDateTime", "effectivePeriod", "issued", "meta"]
        {
            if let Some(v) = resource.get(key) {
                part.insert(key.into(), v.clone());
            }
        }
        part.insert("code".into(), c["code"].clone());
        for key in VALUES.iter().copied().chain(["interpretation", "dataAbsentReason"]) {
            if let Some(v) = c.get(key) {
                part.insert(key.into(), v.clone());
            }
        }
        parts.push(Value::Object(part));
    }
    Some(parts)
}

/// One text result that reports several markers ("EGFR wild-type (PCR); ALK negative (IHC
/// D5F3)" under "EGFR / ALK testing", "ER 0%, PR 0%, HER2 IHC 0" under a receptor panel): each part that names a marker of its own, read as an
/// Observation of that marker with the part as its name and its value. None unless at least
/// two parts name two different markers.
fn results_per_marker(resource: &Value) -> Option<Vec<Value>> {
    let text = match resource.get("valueCodeableConcept") {
        Some(cc) if codings(cc).next().is_none() => cc_text(cc),
        Some(_) => return None,
        None => resource.get("valueString").and_then(Value::as_str)?.to_string(),
    };
    let part_observation = |part: &str| {
        let mut o = serde_json::Map::new();
        for key in ["resourceType", "id", "status", "effectiveDateTime", "effectivePeriod", "issued", "meta"] {
            if let Some(v) = resource.get(key) {
                o.insert(key.into(), v.clone());
            }
        }
        o.insert("code".into(), serde_json::json!({ "text": part }));
        o.insert("valueString".into(), Value::String(part.to_string()));
        Value::Object(o)
    };
    if let Some(parts) = shared_negation(&text) {
        return Some(parts.iter().map(|p| part_observation(p)).collect());
    }
    let distinct = |parts: &[(&str, &str)]| {
        let mut keys: Vec<&str> = parts.iter().map(|(_, k)| *k).collect();
        keys.sort_unstable();
        keys.dedup();
        keys.len()
    };
    let marked = |p: &str| codes::marker_by_text(p).map(|m| m.key);
    let mut parts: Vec<(&str, &'static str)> =
        text.split([';', '\n', '|']).map(str::trim).filter_map(|p| marked(p).map(|k| (p, k))).collect();
    if distinct(&parts) < 2 {
        // Commas also list genes that share one result ("MLH1, PMS2, MSH2, MSH6: retained",
        // "No ALK, RET, NTRK fusions"): split there only when every part names its marker and
        // gives a result of its own.
        let comma: Vec<&str> = text.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
        let own_result = |p: &str| {
            let l = p.to_ascii_lowercase();
            // A number of its own ("0%", "3+"), not a gene name's digit (MLH1, PMS2).
            p.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| w.starts_with(|c: char| c.is_ascii_digit()))
                || ["positive", "negative", "detected", "wild", "mutat", "amplif", "retained", "lost", "high", "stable"]
                    .iter()
                    .any(|w| l.contains(w))
        };
        if !comma.iter().all(|p| marked(p).is_some() && own_result(p)) {
            return None;
        }
        parts = comma.into_iter().filter_map(|p| marked(p).map(|k| (p, k))).collect();
        if distinct(&parts) < 2 {
            return None;
        }
    }
    Some(parts.into_iter().map(|(part, _)| part_observation(part)).collect())
}

/// One negation over a list of markers ("No EGFR, ALK, ROS1, BRAF V600E, MET exon 14, RET,
/// NTRK or KRAS G12C alteration detected", "Negative for EGFR and ALK"): each marker named,
/// not detected. None unless two or more distinct markers are named and every item is one.
fn shared_negation(text: &str) -> Option<Vec<String>> {
    let t = text.trim().trim_end_matches('.').trim();
    let lower = t.to_ascii_lowercase();
    let start = ["no ", "negative for "].iter().find(|p| lower.starts_with(**p))?.len();
    const ENDINGS: &[&str] = &[
        " alterations were detected",
        " alterations detected",
        " alteration detected",
        " alterations identified",
        " alterations found",
        " mutations detected",
        " mutation detected",
        " mutations or fusions detected",
        " variants detected",
        " detected",
        " identified",
        " alterations",
        " mutations",
    ];
    let end = ENDINGS.iter().find(|e| lower.ends_with(**e)).map_or(t.len(), |e| t.len() - e.len());
    if end <= start {
        return None;
    }
    let items: Vec<&str> = t[start..end]
        .split(',')
        .flat_map(|p| p.split(" or "))
        .flat_map(|p| p.split(" and "))
        .map(|p| p.trim().trim_start_matches("or ").trim_start_matches("and ").trim())
        .filter(|p| !p.is_empty())
        .collect();
    // A gene a panel names bare ("RET", "NTRK") is read as its fusion; one still unknown is
    // left out (the others are no less tested).
    let named: Vec<(String, &str)> = items
        .iter()
        .filter_map(|p| {
            codes::marker_by_text(p)
                .map(|m| (p.to_string(), m.key))
                .or_else(|| codes::marker_by_text(&format!("{p} fusion")).map(|m| (format!("{p} fusion"), m.key)))
        })
        .collect();
    let mut distinct: Vec<&str> = named.iter().map(|(_, k)| *k).collect();
    distinct.sort_unstable();
    distinct.dedup();
    (distinct.len() >= 2).then(|| named.iter().map(|(p, _)| format!("{p}: not detected")).collect())
}

/// The system, code and text of a coded value (valueCodeableConcept: its first coding), or the
/// string value.
fn coded_value(resource: &Value) -> (String, String, String) {
    if let Some(cc) = resource.get("valueCodeableConcept") {
        let (system, code) = codings(cc).map(|(s, c, _)| (s.to_string(), c.to_string())).next().unwrap_or_default();
        return (system, code, cc_text(cc));
    }
    if let Some(s) = resource.get("valueString").and_then(Value::as_str) {
        return (String::new(), String::new(), s.to_string());
    }
    (String::new(), String::new(), String::new())
}

/// Whether a value says it is absent on purpose (`dataAbsentReason`, or a coding of the
/// data-absent-reason system): nothing to read, nothing unreadable.
fn data_absent(resource: &Value) -> bool {
    resource.get("dataAbsentReason").is_some()
        || codings(&resource["valueCodeableConcept"]).any(|(s, ..)| s.contains("data-absent-reason"))
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
        let tokens: Vec<String> = s
            .split(|c: char| c.is_whitespace() || c == ',' || c == ';' || c == '(' || c == ')')
            .flat_map(split_tnm)
            .collect();
        for token in tokens.iter().map(String::as_str) {
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

/// The T, N and M categories the texts state, each pushed as a staging event (a category
/// written without its own prefix takes `prefix`), with the code and a detail when given;
/// how many were found.
fn push_tnm(
    out: &mut Events,
    date: NaiveDate,
    strings: &[String],
    prefix: &str,
    code: Option<&Coding>,
    detail: Option<(&str, &str)>,
) -> usize {
    let mut found = 0;
    for (axis, kind) in [(TnmAxis::T, "t"), (TnmAxis::N, "n"), (TnmAxis::M, "m")] {
        let Some((own, g)) = parse_tnm(axis, strings) else { continue };
        let p = if own.is_empty() { prefix.to_string() } else { own };
        let e = out.push(Category::Staging, kind, date, format!("{p}{g}"));
        e.value = Some(EventValue::Graded { text: g.to_string(), prefix: p });
        if let Some(c) = code {
            e.code = Some(c.clone());
        }
        if let Some((k, v)) = detail {
            e.details.insert(k.into(), v.into());
        }
        found += 1;
    }
    found
}

/// Whether an Observation's name is a cancer stage ("Clinical stage", "AJCC stage group",
/// "Pathologic stage"), not another use of the word ("stage of change", "sleep stage").
fn names_a_stage(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    words.iter().any(|w| *w == "stage" || *w == "staging" || *w == "tnm")
        && !["change", "sleep", "kidney", "ckd", "renal", "pressure", "ulcer", "hypertension", "labor"]
            .iter()
            .any(|x| words.contains(x))
}

/// "pT3N1bM0" written as one word: its T, N and M apart ("pT3", "N1b", "M0"). Any other token
/// is returned as it is.
fn split_tnm(token: &str) -> Vec<String> {
    static JOINED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"^((?:y?[cp]|r)?T(?:is|[0-4X])[a-d]?(?:mi)?)((?:y?[cp])?N[0-3X][a-c]?(?:mi)?)((?:y?[cp])?M[01X][a-d]?)?$",
        )
        .expect("valid regex")
    });
    match JOINED.captures(token) {
        Some(c) => c.iter().skip(1).flatten().map(|m| m.as_str().to_string()).collect(),
        None => vec![token.to_string()],
    }
}

/// A stage group from a stage value code (`pathways/valuesets/stage-values.csv`), else read
/// from "American Joint Committee on Cancer stage IIIA", "Stage 3", "IIIA".
fn parse_stage_group(cc: &Value) -> Option<Graded> {
    for (system, code, _) in codings(cc) {
        if let Some(StageValue::Group(g)) = valuesets::stage_value(system, code) {
            return Some(g.clone());
        }
    }
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

/// The TNM category a stage value code means on `axis` (`pathways/valuesets/stage-values.csv`).
fn coded_tnm(axis: TnmAxis, cc: &Value) -> Option<(String, Graded)> {
    codings(cc).find_map(|(system, code, _)| match valuesets::stage_value(system, code) {
        Some(StageValue::Tnm { axis: a, prefix, category }) if *a == axis => {
            Some((prefix.to_string(), category.clone()))
        }
        _ => None,
    })
}

fn staging_system(resource: &Value) -> Option<String> {
    let method = resource.get("method")?;
    if let Some(label) = codings(method)
        .find_map(|(s, c, _)| valuesets::staging(s, c).filter(|d| d.element == "method").map(|d| d.label))
    {
        return Some(label.into());
    }
    let t = clean_display(&cc_text(method));
    (!t.is_empty()).then_some(t)
}

fn staging_observation(resource: &Value, def: StagingDef, date: NaiveDate, name: &str, out: &mut Events) {
    let prefix = def.setting;
    // A stage written as `valueString` ("Stage IIIB") reads like a text-only concept.
    let cc = resource
        .get("valueCodeableConcept")
        .cloned()
        .or_else(|| resource.get("valueString").map(|s| serde_json::json!({ "text": s })))
        .unwrap_or(Value::Null);
    let strings = value_strings(&cc);
    let system = staging_system(resource);
    if let Some(r) = strings.iter().find_map(|s| resectability_in(s)) {
        resectability(out, date, r);
    }
    // "Stage I (cT1c cN0 cM0, PSA 5.4, Grade Group 1)": the grade the stage is built from.
    if let Some(s) = strings.iter().find(|s| s.to_ascii_lowercase().contains("grade group")) {
        gleason_in_text(out, date, s, "Observation.value (stage)");
    }
    let code = main_coding(&resource["code"], codes::LOINC);
    let axis = match def.element {
        "t" => Some(TnmAxis::T),
        "n" => Some(TnmAxis::N),
        "m" => Some(TnmAxis::M),
        _ => None,
    };
    // "TX", "NX": a category that cannot be assessed is a reading, not an unreadable value.
    let not_assessed = strings.iter().any(|s| {
        s.split(|c: char| !c.is_ascii_alphanumeric())
            .any(|t| matches!(t.trim_start_matches(['c', 'p', 'y']), "TX" | "NX" | "MX"))
    });
    let absent = data_absent(resource) || strings.is_empty() || not_assessed;
    let e = if let Some(axis) = axis {
        let kind = match axis {
            TnmAxis::T => "t",
            TnmAxis::N => "n",
            TnmAxis::M => "m",
        };
        match coded_tnm(axis, &cc).or_else(|| parse_tnm(axis, &strings)) {
            Some((found_prefix, g)) => {
                let prefix = if found_prefix.is_empty() { prefix.to_string() } else { found_prefix };
                let e = out.push(Category::Staging, kind, date, format!("{prefix}{g}"));
                e.value = Some(EventValue::Graded { text: g.to_string(), prefix });
                e
            }
            None => {
                if !absent {
                    out.unreadable("tnm", "Observation.value (TNM category)");
                }
                let shown = strings.first().cloned().unwrap_or_else(|| "no value".into());
                let axis_name = kind.to_ascii_uppercase();
                out.push(Category::Staging, kind, date, format!("{prefix}{axis_name}: {}", clean_display(&shown)))
            }
        }
    } else if def.element == "group" {
        let parsed = parse_stage_group(&cc);
        let setting = match prefix {
            "p" => " (pathological)",
            "c" => " (clinical)",
            _ => "",
        };
        match parsed {
            Some(g) => {
                // "Stage IIB (cT2 cN1 cM0)": the categories beside the group.
                push_tnm(out, date, &strings, prefix, code.as_ref(), None);
                let e = out.push(Category::Staging, "stage_group", date, format!("Stage {g}{setting}"));
                e.value = Some(EventValue::Graded { text: g.to_string(), prefix: prefix.to_string() });
                e
            }
            None => {
                // "ypT1c ypN1a M0" written where a stage group belongs: its TNM categories.
                let read_from = ("read_from", "Observation.value (TNM written as the stage group)");
                if push_tnm(out, date, &strings, prefix, code.as_ref(), Some(read_from)) > 0 {
                    return;
                }
                if !absent {
                    out.unreadable("stage", "Observation.value (stage group)");
                }
                out.push(
                    Category::Staging,
                    "stage_group",
                    date,
                    format!("Stage: {}", clean_display(strings.first().map(String::as_str).unwrap_or("no value"))),
                )
            }
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

fn tumor_descriptor(resource: &Value, def: StagingDef, date: NaiveDate, out: &mut Events) {
    let label = def.label;
    let integer = resource.get("valueInteger").and_then(Value::as_f64).map(|v| (v, None));
    let quantity = resource.get("valueQuantity").and_then(quantity_text).or(integer).or_else(|| {
        resource["component"].as_array()?.iter().find_map(|c| c.get("valueQuantity").and_then(quantity_text))
    });
    let code = main_coding(&resource["code"], codes::LOINC);
    let kind = def.element;
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

/// Castration status stated by a diagnosis: a code of `pathways/valuesets/condition-facts.csv`
/// (ICD-10-CM Z19.2 hormone resistant / Z19.1 hormone sensitive malignancy status), else its
/// name ("castration-resistant prostate cancer", "hormone-refractory", "mCRPC",
/// "castrate-sensitive" …, the same table's patterns).
fn castration_status(code: &Value) -> Option<&'static str> {
    let coded = codings(code)
        .find_map(|(s, c, _)| valuesets::condition_fact(s, c).filter(|f| f.fact == "castration"))
        .map(|f| f.value);
    if coded.is_some() {
        return coded;
    }
    let mut t = code.get("text").and_then(Value::as_str).unwrap_or_default().to_ascii_lowercase();
    for (_, _, display) in codings(code) {
        t.push(' ');
        t.push_str(&display.to_ascii_lowercase());
    }
    valuesets::condition_fact_in_text(&t, "castration").map(|f| f.value)
}

/// A non-cancer Condition that states a pathway fact: castration status or menopausal state.
fn condition_fact(resource: &Value, code: &Value, castration: Option<&'static str>, out: &mut Events) {
    let text = clean_display(&cc_text(code));
    let receptor = codings(code).find_map(|(s, c, _)| {
        valuesets::condition_fact(s, c).filter(|f| ["er", "pr", "her2", "receptors"].contains(&f.fact))
    });
    if let Some(f) = receptor {
        receptor_status(resource, code, f, &text, out);
        return;
    }
    let menopause = codings(code)
        .find_map(|(s, c, _)| valuesets::condition_fact(s, c).filter(|f| f.fact == "menopause"))
        .or_else(|| valuesets::condition_fact_in_text(&text, "menopause"))
        .map(|f| f.value);
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

/// A status text without its negated progression ("no progression", "without evidence of
/// disease progression", "not progressing"), and whether it had one.
fn without_negated_progression(text: &str) -> (String, bool) {
    static NEGATED: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)\b(?:no|without|absence\s+of|negative\s+for|not)\s+(?:(?:new|further|radiographic|radiologic|clinical|obvious)\s+)?(?:(?:evidence|signs?)\s+of\s+)?(?:(?:disease|tumou?r|local|distant)\s+)?(?:progress\w*|recurren\w*|worsening)",
        )
        .expect("valid pattern")
    });
    let negated = NEGATED.is_match(text);
    (NEGATED.replace_all(text, " ").into_owned(), negated)
}

/// Positive and examined regional nodes as a surgical note counts them: "5 of 12 lymph nodes
/// with macrometastases", "3/15 nodes positive", "2 of 3 sentinel nodes involved".
fn positive_nodes_in(text: &str) -> Option<(f64, f64)> {
    static COUNT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)\b(?P<p>\d{1,2})\s*(?:of|/)\s*(?P<n>\d{1,2})\s+(?:(?:axillary|regional|sentinel|pelvic|mediastinal|excised|resected)\s+)?(?:lymph\s+)?(?:nodes?|LNs?)\b[^.;\n]{0,30}?\b(?:positive|involved|metastatic|with\s+(?:macro|micro)?metasta\w*|containing\s+(?:metasta\w*|carcinoma|tumou?r))",
        )
        .expect("valid pattern")
    });
    let c = COUNT.captures(text)?;
    let (p, n): (f64, f64) = (c["p"].parse().ok()?, c["n"].parse().ok()?);
    (p <= n).then_some((p, n))
}

/// A receptor status stated as a diagnosis code (ICD-10-CM Z17.0 "Estrogen receptor positive
/// status [ER+]", Z17.411 "Hormone receptor positive with HER2 negative status"): a result
/// event per receptor it names, evidenced by the Condition. "Hormone receptor positive" does
/// not say which of ER and PR, so it is the combined `hr` status; negative says both.
fn receptor_status(resource: &Value, code: &Value, f: valuesets::ConditionFact, text: &str, out: &mut Events) {
    let Some(date) = first_date(resource, &["onsetDateTime", "onsetPeriod.start", "recordedDate"]) else { return };
    let word = |positive: bool| if positive { "positive" } else { "negative" };
    let results: Vec<(&str, &str)> = match (f.fact, f.value) {
        ("receptors", v) => {
            let hr_positive = v.starts_with("hr+");
            let her2 = word(v.ends_with("her2+"));
            if hr_positive {
                vec![("hr", "positive"), ("her2", her2)]
            } else {
                vec![("er", "negative"), ("pr", "negative"), ("hr", "negative"), ("her2", her2)]
            }
        }
        (fact, value) => vec![(fact, value)],
    };
    for (key, result) in results {
        let label = match key {
            "er" => "ER",
            "pr" => "PR",
            "hr" => "Hormone receptors",
            _ => "HER2",
        };
        let e = out.push(Category::Biomarker, key, date, format!("{label} {result} ({text})"));
        e.code = main_coding(code, codes::SNOMED);
        e.value = Some(EventValue::Result { result: result.into() });
    }
}

/// Observations known by their name rather than a code: the number of bone metastases, a
/// PSMA PET result, a resectability assessment.
fn text_fact_observation(resource: &Value, date: NaiveDate, name: &str, out: &mut Events) -> bool {
    let lower = name.to_ascii_lowercase();
    let (vsys, vcode, vtext) = coded_value(resource);
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
    // A tumour board's or surgeon's assessment that states resectability ("Resectable
    // (lobectomy feasible)", "not a surgical candidate").
    if [
        "tumor board",
        "tumour board",
        "multidisciplinary",
        "conference",
        "resectab",
        "operab",
        "surgical candida",
        "surgical assessment",
    ]
    .iter()
    .any(|w| lower.contains(w))
    {
        if let Some(r) = resectability_in(&vtext) {
            resectability(out, date, r).details.insert("reported".into(), clean_display(&vtext));
            return true;
        }
    }
    // A pathology diagnosis written as text ("Surgical pathology diagnosis": "Squamous cell
    // carcinoma, keratinizing; p40 positive").
    if ["patholog", "histolog", "final diagnosis"].iter().any(|w| lower.contains(w)) {
        if let Some(word) = codes::histology_by_text(&vtext) {
            let e = out.push(Category::Diagnosis, "histology", date, format!("Histology: {}", clean_display(&vtext)));
            e.value = Some(EventValue::Result { result: word.into() });
            e.details.insert("histology".into(), word.into());
            e.details.insert("read_from".into(), "Observation.value (pathology text)".into());
            return true;
        }
    }
    // A scan whose result is free text: "Progressive disease per RECIST 1.1: new hepatic
    // metastases".
    let imaging = resource["category"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|c| codings(c).any(|(_, code, _)| code == "imaging") || cc_text(c).eq_ignore_ascii_case("imaging"));
    if imaging && progression_in_text(&vtext) {
        progression_from_text(out, date, &vtext, "Observation.value (imaging result text)");
        return true;
    }
    if lower.contains("psma") {
        let result = psma_result(&vtext).or_else(|| qualitative(&vsys, &vcode, &vtext));
        let e = out.push(Category::Imaging, "psma_pet", date, format!("PSMA PET: {}", clean_display(&vtext)));
        e.code = main_coding(&resource["code"], codes::LOINC);
        if let Some(r) = result {
            e.value = Some(EventValue::Result { result: r.into() });
        }
        return true;
    }
    false
}

/// Progression stated in free text beside a structured record (a scan's result text, a
/// medication's note or stop reason): "Progressive disease per RECIST", "progression in
/// liver", "progressed on FOLFOX". Not when its clause negates it ("no progression",
/// "without evidence of progression") and not "progression-free".
fn progression_in_text(text: &str) -> bool {
    let t = text.to_ascii_lowercase();
    // Growth and new disease are progression as radiologists write it ("metastases, increased
    // compared with outside CT 05/2025", "new hepatic lesions"), unless negated in the clause.
    const GROWTH: &[&str] = &[
        "increased compared",
        "increased in size",
        "increase in size",
        "interval increase",
        "interval growth",
        "interval enlargement",
        "enlarging",
        "new metasta",
        "new lesion",
        "new hepatic",
        "new liver",
        "new pulmonary",
        "new lung",
        "new osseous",
        "new bone",
        "new brain",
        "new nodal",
        "new peritoneal",
    ];
    for w in GROWTH {
        for (at, _) in t.match_indices(w) {
            let clause = t[..at].rfind(['.', ';', ':', ',', '\n', '(']).map_or(0, |p| p + 1);
            let before = &t[clause..at];
            if !["no ", "not ", "without", "negative for", "free of", "rule out", "r/o"]
                .iter()
                .any(|n| before.contains(n))
            {
                return true;
            }
        }
    }
    let mut from = 0;
    while let Some(i) = t[from..].find("progress") {
        let at = from + i;
        from = at + "progress".len();
        let rest = &t[at..];
        if !["progression", "progressive", "progressed", "progressing"].iter().any(|w| rest.starts_with(w))
            || rest.starts_with("progression-free")
            || rest.starts_with("progression free")
        {
            continue;
        }
        let clause = t[..at].rfind(['.', ';', ':', ',', '\n', '(']).map_or(0, |p| p + 1);
        let before = &t[clause..at];
        if !["no ", "not ", "without", "negative for", "free of", "rule out", "r/o"].iter().any(|n| before.contains(n))
        {
            return true;
        }
    }
    false
}

/// A year-month(-day) written in a text ("progression 2023-05 (lung)").
fn iso_date_in(text: &str) -> Option<NaiveDate> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '-')).find_map(|w| {
        let w = w.trim_matches('-');
        NaiveDate::parse_from_str(w, "%Y-%m-%d")
            .ok()
            .or_else(|| NaiveDate::parse_from_str(&format!("{w}-01"), "%Y-%m-%d").ok().filter(|_| w.len() == 7))
    })
}

/// A disease-status event of progression read from a text, with where it was read.
fn progression_from_text(out: &mut Events, date: NaiveDate, text: &str, from: &str) {
    let e = out.push(Category::DiseaseStatus, "disease_status", date, "Disease status: progression".into());
    e.value = Some(EventValue::Result { result: "progression".into() });
    e.details.insert("finding".into(), clean_display(text));
    e.details.insert("read_from".into(), from.into());
}

/// A resectability event (the `resectable` fact's documentation).
fn resectability(out: &mut Events, date: NaiveDate, resectable: bool) -> &mut TimelineEvent {
    let e = out.push(
        Category::Diagnosis,
        "resectability",
        date,
        if resectable { "Resectable" } else { "Unresectable" }.into(),
    );
    e.value = Some(EventValue::Result { result: resectable.to_string() });
    e
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
    let (_, _, vtext) = coded_value(resource);
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
    // A failed or not-performed test ("Tissue NGS failed: tumour content < 10%") found nothing.
    if data_absent(resource) {
        return;
    }
    let components = resource["component"].as_array().cloned().unwrap_or_default();
    let component_of = |code: &str| -> Vec<&Value> {
        components.iter().filter(|c| codings(&c["code"]).any(|(_, cc, _)| cc == code)).collect()
    };
    let of_kind =
        |kind: &str| -> Vec<&Value> { valuesets::observation_codes(kind).into_iter().flat_map(component_of).collect() };
    // Descriptors best first (the table's order), then the DNA change type.
    let descriptors: Vec<&'static str> = valuesets::observation_codes("variant_description")
        .into_iter()
        .chain(valuesets::observation_codes("variant_type"))
        .collect();
    let genes: Vec<String> =
        of_kind("gene_studied").iter().filter_map(|c| gene_symbol(&c["valueCodeableConcept"])).collect();
    let description = descriptors.iter().find_map(|d| {
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
    let all_text: String = descriptors
        .iter()
        .flat_map(|d| component_of(d))
        .map(|c| {
            let cc = &c["valueCodeableConcept"];
            let mut t: Vec<String> = codings(cc).map(|(_, code, display)| format!("{code} {display}")).collect();
            t.extend(cc.get("text").and_then(Value::as_str).map(str::to_string));
            t.extend(c.get("valueString").and_then(Value::as_str).map(str::to_string));
            t.join(" ")
        })
        .chain(std::iter::once(coded_value(resource).2))
        .collect::<Vec<_>>()
        .join(" ; ");
    // A malformed HGVS expression is not read as some other variant: it is blanked out (the
    // rest of the report is still read), counted and logged.
    let (all_text, malformed) = hgvs::without_malformed(&all_text);
    for _ in 0..malformed {
        out.unreadable("hgvs", "Observation.component (variant description)");
    }
    let readable_description = description.as_deref().map(|d| hgvs::without_malformed(d).0);
    let structural = of_kind("variant_type")
        .first()
        .map(|c| cc_text(&c["valueCodeableConcept"]).to_ascii_lowercase())
        .unwrap_or_default();
    // The origin as the genomic-source component codes it, else as the test's method or the
    // result's note says it ("Germline hereditary cancer panel", "Germline, pathogenic").
    let origin = of_kind("genomic_source").first().map(|c| cc_text(&c["valueCodeableConcept"])).or_else(|| {
        let method = cc_text(&resource["method"]);
        let said = std::iter::once(method.as_str()).chain(note_texts(resource)).collect::<Vec<_>>().join(" ");
        let said = said.to_ascii_lowercase();
        match (said.contains("germline"), said.contains("somatic")) {
            (true, false) => Some("germline".to_string()),
            (false, true) => Some("somatic".to_string()),
            _ => None,
        }
    });
    let (vsys, vcode, vtext) = coded_value(resource);
    // A negative result coded or written ("No pathogenic variants detected", "No fusion
    // detected": the value set's text patterns, never "detected" read alone).
    // A variant of uncertain significance, likely benign or benign (its clinical significance,
    // LOINC 53037-8) is no alteration a label asks for: the gene was tested, none found.
    let not_actionable = component_of("53037-8").iter().any(|c| {
        let cc = &c["valueCodeableConcept"];
        let text = format!("{} {}", cc_text(cc), c["valueString"].as_str().unwrap_or("")).to_ascii_lowercase();
        codings(cc).any(|(_, code, _)| matches!(code, "LA26333-7" | "LA6682-4" | "LA26334-5" | "LA6675-8"))
            || text.contains("uncertain")
            || text.contains("benign")
            || text.contains("vus")
    });
    // The same said in the result's note ("reclassified as benign", "not deleterious").
    let note_says_not_actionable = note_texts(resource).any(|t| {
        let t = t.to_ascii_lowercase();
        ["benign", "not deleterious", "non-deleterious", "uncertain significance", "vus"].iter().any(|w| t.contains(w))
            && !t.contains("likely pathogenic")
            && !t.contains(" pathogenic (")
    });
    let not_actionable = not_actionable || note_says_not_actionable;
    let present = !(valuesets::answer(&vsys, &vcode) == Some("negative")
        || (vsys.is_empty() && qualitative("", "", &vtext) == Some("negative"))
        || vtext.to_ascii_lowercase().contains("absent")
        || not_actionable);
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
                let first = normalise_alteration(gene, readable_description.as_deref().unwrap_or(""));
                if matches!(first.as_str(), "other" | "mutated" | "mutation" | UNSPECIFIED) {
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
    // What the description says is absent is not the alteration ("BRAF D594G; V600E not
    // detected", "non-V600", "no exon 14 skipping").
    static ABSENT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)(?:\b[\w.>*_-]+(?:\s+(?:exon\s+\d+\s+)?(?:skipping|deletion|insertion|mutation|alteration|fusion))?\s+(?:was\s+|is\s+)?(?:not\s+(?:detected|identified|present|found)|negative|absent)\b)|(?:\b(?:no|negative\s+for)\s+[\w.>*_-]+(?:\s+\d+)?(?:\s+(?:skipping|deletion|insertion))?)|(?:\bnon-?[\w.>*_-]+)",
        )
        .expect("valid absence pattern")
    });
    // "non-V600", "V600E not detected": whatever else it is, it is not that variant.
    let names_an_absence = ABSENT.is_match(description);
    let description = ABSENT.replace_all(description, " ");
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
                other_or_unspecified(&d, names_an_absence)
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
                other_or_unspecified(&d, names_an_absence)
            }
        }
        "BRAF" => {
            if any(&["v600e", "val600glu"]) {
                "v600e"
            } else {
                other_or_unspecified(&d, names_an_absence)
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

/// Another variant when the description names one (a protein or DNA change, an exon or a
/// codon: "G469A", "p.Asp594Gly", "exon 18"); `unspecified` when it only says the gene is
/// altered ("BRAF-mutant", "mutation detected", "Positive"), which leaves open whether it is the
/// variant a gate asks for. `d` is lower case without spaces.
fn other_or_unspecified(d: &str, names_an_absence: bool) -> &'static str {
    static VARIANT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"p\.|c\.|g\.|exon\d|ex\d|codon|[a-z]{1,3}\d{2,4}(?:[a-z]{1,3}|\*|_)")
            .expect("valid variant pattern")
    });
    if names_an_absence || VARIANT.is_match(d) {
        "other"
    } else {
        UNSPECIFIED
    }
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
    let p = match d.find("p.") {
        Some(at) => &d[at + 2..],
        // Only a coding-DNA or genomic change: its positions are nucleotides, not codons
        // (c.750del is not a deletion at codon 750).
        None if d.contains("c.") || d.contains("g.") => return None,
        None => d,
    };
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

/// A qualitative result (`positive`, `negative`, `equivocal`) from a coded or string value
/// (`pathways/valuesets/answers.csv`: the code, else the text's patterns in file order —
/// negations first, so "not detected" is not read as "detected").
fn qualitative(system: &str, code: &str, text: &str) -> Option<&'static str> {
    valuesets::answer_of(system, code, text, valuesets::is_qualitative)
}

/// The HER2 IHC score a value states: an answer code or text of `answers.csv` ("3+", "2+",
/// "1+", "0+", "score 0", "ultralow"), or a value that is the number 0 ("0", "0 (negative)").
fn her2_ihc_score(system: &str, code: &str, text: &str) -> Option<f64> {
    if let Some(a) = valuesets::answer_of(system, code, text, |a| a.starts_with("her2_ihc_")) {
        return a.strip_prefix("her2_ihc_")?.parse().ok();
    }
    // "0 (negative)", or the marker and method named first: "HER2: 0 (no membrane staining)",
    // "IHC 0 - no membrane staining", "HER2 IHC score: 0".
    let mut t = text.trim_start();
    while let Some(p) = ["her2/neu", "her2", "her-2", "ihc", "score"]
        .iter()
        .find(|p| t.get(..p.len()).is_some_and(|head| head.eq_ignore_ascii_case(p)))
    {
        t = t[p.len()..].trim_start_matches([' ', ':', '-', '=']);
    }
    (t.starts_with('0') && !t[1..].starts_with(|c: char| c.is_ascii_digit() || c == '.')).then_some(0.0)
}

/// The number an ISH result's text states: the one after "ratio" ("Not amplified (HER2/CEP17
/// ratio 1.2)"), or a text that is a number ("2.4", "6.1 signals/cell"); never a digit of
/// "HER2" or "CEP17".
fn ish_number(text: &str) -> Option<f64> {
    let lower = text.to_ascii_lowercase();
    if let Some(at) = lower.find("ratio") {
        return first_number(&text[at + "ratio".len()..]);
    }
    if let Some(at) = lower.find("cep17") {
        return first_number(&text[at + "cep17".len()..]);
    }
    text.trim_start().starts_with(|c: char| c.is_ascii_digit()).then(|| first_number(text)).flatten()
}

/// A result's number as a threshold reads it: "<1%" (below the lowest cut-off any label
/// uses) is 0; "< 50%" says only that it is under 50, so it is no number at all; else the
/// first number.
fn result_number(text: &str) -> Option<f64> {
    let at = text.find(|c: char| c.is_ascii_digit())?;
    let before = text[..at].trim_end().to_ascii_lowercase();
    let below = ["<", "<=", "≤", "less than", "below", "under", "&lt;"].iter().any(|w| before.ends_with(w));
    let n = first_number(text)?;
    if below {
        under(n)
    } else {
        Some(n)
    }
}

/// A value known only to be under `n`: 0 when `n` is at most 1 (under every cut-off a label
/// uses), else no number.
fn under(n: f64) -> Option<f64> {
    (n <= 1.0).then_some(0.0)
}

/// A percent Quantity as a threshold reads it (its `comparator` as `result_number` reads "<").
fn quantity_result(q: &Value) -> Option<(f64, Option<String>)> {
    let (v, unit) = quantity_text(q)?;
    match q.get("comparator").and_then(Value::as_str) {
        Some("<" | "<=") => under(v).map(|v| (v, unit)),
        _ => Some((v, unit)),
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

/// A Gleason score or grade group written in a report's conclusion, a diagnosis's name or a
/// note ("Gleason score 4+5=9 (Grade Group 5)", "adenocarcinoma, Gleason 4+5=9"): its grade
/// group, with where it was read.
fn gleason_in_text(out: &mut Events, date: NaiveDate, text: &str, from: &str) {
    let lower = text.to_ascii_lowercase();
    let Some(at) = lower.find("gleason").or_else(|| lower.find("grade group")) else { return };
    let tail: String = text[at..].chars().take(60).collect();
    let phrase = tail.split(['.', ';', ',']).next().unwrap_or("").to_string();
    if let Some(g) = grade_group(&tail).or_else(|| gleason_to_grade_group(&phrase, None)) {
        let e = out.push(Category::Diagnosis, "grade_group", date, format!("Gleason: {}", clean_display(&phrase)));
        e.value = Some(EventValue::Quantity { value: g, unit: None });
        e.details.insert("read_from".into(), from.into());
    }
}

/// The histologic grade a pathology text states: "Nottingham grade 3", "histologic grade: II",
/// "SBR grade 2", "grade 3 (3+3+2)", "Nottingham score 8" (3-5 → 1, 6-7 → 2, 8-9 → 3),
/// "poorly differentiated" (3), "moderately differentiated" (2), "well differentiated" (1).
/// Bare "grade 3" is not read: toxicity grades and Gleason grade groups say it too.
pub fn histologic_grade_in(text: &str) -> Option<f64> {
    static GRADE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)\b(?:nottingham|elston(?:[- ]ellis)?|sbr|scarff[- ]bloom[- ]richardson|(?:modified\s+)?bloom[- ]richardson|histologic(?:al)?|tumou?r|combined\s+histologic|mbr)\s+(?:histologic(?:al)?\s+)?grade\s*(?:[:=]\s*|is\s+)?(?:grade\s+|g\s*)?(3|2|1|iii|ii|i)\b|\bgrade\s+(3|2|1)\s*\(\s*[123]\s*\+\s*[123]\s*\+\s*[123]\s*\)|\b(?:nottingham|sbr|bloom[- ]richardson)\s+(?:combined\s+)?score\s*(?:[:=]\s*|of\s+)?([3-9])\b|\b(poorly|moderately|well)[- ]differentiated\b",
        )
        .expect("valid grade pattern")
    });
    let c = GRADE.captures(text)?;
    if let Some(g) = c.get(1).or_else(|| c.get(2)) {
        return Some(match g.as_str().to_ascii_lowercase().as_str() {
            "1" | "i" => 1.0,
            "2" | "ii" => 2.0,
            _ => 3.0,
        });
    }
    if let Some(score) = c.get(3).and_then(|m| m.as_str().parse::<u32>().ok()) {
        return Some(match score {
            3..=5 => 1.0,
            6 | 7 => 2.0,
            _ => 3.0,
        });
    }
    Some(match c.get(4).map(|m| m.as_str().to_ascii_lowercase()).as_deref() {
        Some("poorly") => 3.0,
        Some("moderately") => 2.0,
        _ => 1.0,
    })
}

/// A histologic grade event, where `text` states one.
fn histologic_grade(out: &mut Events, date: NaiveDate, text: &str, from: &str) {
    if let Some(g) = histologic_grade_in(text) {
        let e = out.push(Category::Diagnosis, "grade", date, format!("Grade: histologic grade {}", format_number(g)));
        e.value = Some(EventValue::Quantity { value: g, unit: None });
        e.details.insert("finding".into(), clean_display(text));
        e.details.insert("read_from".into(), from.into());
    }
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

/// The qualitative result an Observation's interpretation states (HL7 v3
/// ObservationInterpretation POS / DET, NEG / ND, IND / E, or its text), for a result given
/// only as its interpretation.
fn interpretation_word(resource: &Value) -> Option<&'static str> {
    let interp = resource["interpretation"].as_array()?.first()?;
    for (_, code, display) in codings(interp) {
        match code {
            "POS" | "DET" => return Some("positive"),
            "NEG" | "ND" => return Some("negative"),
            "IND" | "E" => return Some("equivocal"),
            _ => {}
        }
        if let Some(w) = qualitative("", "", display) {
            return Some(w);
        }
    }
    qualitative("", "", &cc_text(interp))
}

/// HER2 by dual-probe ISH from its ratio and average HER2 copy number (ASCO/CAP 2018 groups):
/// group 1 (ratio ≥ 2.0, copies ≥ 4.0) positive; group 2 (ratio ≥ 2.0, copies < 4.0), 4
/// (ratio < 2.0, copies 4.0 to < 6.0) and 5 (ratio < 2.0, copies < 4.0) negative; group 3
/// (ratio < 2.0, copies ≥ 6.0) needs the IHC work-up: equivocal here.
fn her2_ish_group(ratio: f64, copies: Option<f64>) -> &'static str {
    match copies {
        None => {
            if ratio >= 2.0 {
                "positive"
            } else {
                "negative"
            }
        }
        Some(c) if ratio >= 2.0 => {
            if c >= 4.0 {
                "positive"
            } else {
                "negative"
            }
        }
        Some(c) if c >= 6.0 => "equivocal",
        Some(_) => "negative",
    }
}

/// A HER2 ISH Observation's ratio and copy number written as components.
fn ish_components(resource: &Value) -> (Option<f64>, Option<f64>) {
    let mut ratio = None;
    let mut copies = None;
    for c in resource["component"].as_array().into_iter().flatten() {
        let name = cc_text(&c["code"]).to_ascii_lowercase();
        let value = c.get("valueQuantity").and_then(|q| q["value"].as_f64()).or_else(|| c["valueInteger"].as_f64());
        let Some(v) = value else { continue };
        if name.contains("ratio") {
            ratio = Some(v);
        } else if ["copies", "copy number", "signals per", "per nucleus", "per cell", "signals/"]
            .iter()
            .any(|w| name.contains(w))
        {
            copies = Some(v);
        }
    }
    (ratio, copies)
}

/// An EGFR test of the protein (IHC, expression), not of the gene.
fn egfr_protein_test(name: &str, value: &str) -> bool {
    let t = format!(" {} {} ", name, value).to_ascii_lowercase();
    let protein = ["immunohisto", " ihc", "expression", "protein", "pharmdx"].iter().any(|w| t.contains(w));
    let gene = ["mutation", "variant", "exon", "deletion", "l858r", "t790m", "sequenc", "ngs", "pcr"]
        .iter()
        .any(|w| t.contains(w));
    protein && !gene
}

fn biomarker(resource: &Value, marker: codes::Marker, date: NaiveDate, name: &str, out: &mut Events) {
    let code = main_coding(&resource["code"], codes::LOINC);
    // A percent result is read against a threshold ("< 1 %" is under every cut-off; "< 50 %"
    // is no number); any other keeps its value.
    let percent = ["pdl1", "er", "pr"].contains(&marker.key);
    let quantity = resource
        .get("valueQuantity")
        .and_then(|q| if percent { quantity_result(q) } else { quantity_text(q) })
        .or_else(|| resource.get("valueInteger").and_then(Value::as_f64).map(|v| (v, None)));
    let (vsys, vcode, mut vtext) = coded_value(resource);
    // A result given only as its interpretation ("ALK (D5F3) IHC", interpretation POS, no
    // value): the interpretation is the result.
    if vsys.is_empty() && vtext.is_empty() && quantity.is_none() {
        vtext = interpretation_word(resource).unwrap_or_default().to_string();
    }
    let mut key = marker.key.to_string();
    let mut label_name = marker.label.to_string();
    let mut details = BTreeMap::new();
    let mut value = None;
    let mut shown = String::new();
    match marker.key {
        "her2" => {
            let by_ihc = her2_ihc_score(&vsys, &vcode, &vtext).map(|score| {
                let r = match score as i64 {
                    3 => "positive",
                    2 => "equivocal",
                    _ => "negative",
                };
                (r, score)
            });
            let ish = name.to_ascii_lowercase().contains("fish")
                || marker.label.contains("ISH")
                || matches!(marker.method, "ish" | "ratio" | "copy_number");
            // A numeric ISH result: written, or (for the ratio and copy-number tests) a quantity.
            let number = if vcode.is_empty() { ish_number(&vtext) } else { None }.or_else(|| {
                matches!(marker.method, "ratio" | "copy_number").then(|| quantity.as_ref().map(|(v, _)| *v)).flatten()
            });
            let result = if let Some((r, score)) = by_ihc {
                details.insert("ihc_score".into(), format_number(score));
                Some(r)
            } else if ish && marker.method == "copy_number" && number.is_some() {
                // Average HER2 signals per nucleus (single-probe ISH, ASCO/CAP 2018): ≥ 6
                // amplified, < 4 not amplified, 4 to < 6 equivocal (needs IHC).
                let copies = number.unwrap_or(0.0);
                details.insert("copy_number".into(), format_number(copies));
                Some(if copies >= 6.0 {
                    "positive"
                } else if copies < 4.0 {
                    "negative"
                } else {
                    "equivocal"
                })
            } else if ish && number.is_some() {
                // A HER2/CEP17 ratio: ≥ 2.0 is amplified (ASCO/CAP 2018).
                let ratio = number.unwrap_or(0.0);
                details.insert("ratio".into(), if vtext.is_empty() { format_number(ratio) } else { vtext.clone() });
                Some(if ratio >= 2.0 { "positive" } else { "negative" })
            } else if let (true, (Some(ratio), copies)) = (ish && vtext.is_empty(), ish_components(resource)) {
                // The ratio and copy number as components of the ISH Observation.
                details.insert("ratio".into(), format_number(ratio));
                if let Some(c) = copies {
                    details.insert("copy_number".into(), format_number(c));
                }
                Some(her2_ish_group(ratio, copies))
            } else {
                qualitative(&vsys, &vcode, &vtext)
            };
            if let Some(r) = result {
                value = Some(EventValue::Result { result: r.into() });
                shown = r.into();
            }
        }
        "msi" => {
            // LOINC 81695-9 is an interpretation: positive = instability detected (MSI-H),
            // negative = stable (mCODE and US Core answers, SNOMED or LOINC).
            let r = valuesets::answer_of(&vsys, &vcode, &vtext, |a| a.starts_with("msi_"))
                .and_then(|a| a.strip_prefix("msi_"))
                .or_else(|| match qualitative(&vsys, &vcode, &vtext) {
                    Some("positive") => Some("high"),
                    Some("negative") => Some("stable"),
                    _ => None,
                });
            if let Some(r) = r {
                value = Some(EventValue::Result { result: r.into() });
                shown =
                    if r == "stable" { "stable (MSS)".into() } else { format!("{r} (MSI-{})", &r[..1].to_uppercase()) };
            }
        }
        "mmr" => {
            let r = valuesets::answer_of(&vsys, &vcode, &vtext, |a| a.starts_with("mmr_"))
                .and_then(|a| a.strip_prefix("mmr_"));
            if let Some(r) = r {
                value = Some(EventValue::Result { result: r.into() });
                shown = r.into();
            }
        }
        "mmr_mlh1" | "mmr_msh2" | "mmr_msh6" | "mmr_pms2" => {
            // One mismatch-repair protein by IHC: loss of nuclear expression, or intact. A
            // negative stain is a loss; the MMR fact is read from all four (facts.rs).
            let r = valuesets::answer_of(&vsys, &vcode, &vtext, |a| a.starts_with("mmr_"))
                .map(|a| if a == "mmr_deficient" { "loss" } else { "intact" })
                .or_else(|| match qualitative(&vsys, &vcode, &vtext) {
                    Some("negative") => Some("loss"),
                    Some("positive") => Some("intact"),
                    _ => None,
                });
            details.insert("protein".into(), marker.key["mmr_".len()..].to_ascii_uppercase());
            if let Some(r) = r {
                value = Some(EventValue::Result { result: r.into() });
                shown = r.into();
            }
        }
        "pdl1" => {
            let lower = name.to_ascii_lowercase();
            // A generic PD-L1 code (LOINC 85147-7) with the score named in the value ("CPS 3").
            let said = vtext.to_ascii_lowercase();
            let names = |t: &str, words: &[&str]| words.iter().any(|w| t.contains(w));
            let cps_words = ["combined positive", "cps"];
            let tps_words = ["tumor proportion", "tumour proportion", "tps", "tc "];
            let method = match marker.method {
                "" if names(&lower, &cps_words) => "cps",
                "" if !names(&lower, &tps_words) && names(&said, &cps_words) && !names(&said, &tps_words) => "cps",
                "" if lower.contains("immune cell") => "ic",
                "" => "tps",
                m => m,
            };
            (key, label_name) = match method {
                "cps" => ("pdl1_cps".into(), "PD-L1 CPS".into()),
                "ic" => ("pdl1_ic".into(), "PD-L1 IC".into()),
                _ => ("pdl1_tps".into(), "PD-L1 TPS".into()),
            };
            if let Some((v, unit)) = &quantity {
                value = Some(EventValue::Quantity { value: *v, unit: unit.clone() });
                shown = format!("{}{}", format_number(*v), if key == "pdl1_cps" { "" } else { "%" });
            } else if let Some(v) = result_number(&vtext) {
                value = Some(EventValue::Quantity { value: v, unit: None });
                shown = vtext.clone();
            }
        }
        "er" | "pr"
            if quantity.is_some()
                || result_number(&vtext).is_some() && qualitative(&vsys, &vcode, &vtext).is_none() =>
        {
            // Percent of stained nuclei: ≥ 1 % is positive (ASCO/CAP 2020; 1–10 % "low").
            let pct = quantity.as_ref().map(|(v, _)| *v).or_else(|| result_number(&vtext)).unwrap_or(0.0);
            let r = if pct >= 1.0 { "positive" } else { "negative" };
            details.insert("percent".into(), format_number(pct));
            value = Some(EventValue::Result { result: r.into() });
            shown = format!("{r} ({}%)", format_number(pct));
        }
        "brca" => {
            // A BRCA1/2 test named in words ("BRCA1/2 germline testing"): the gene is the one its
            // result names ("Pathogenic variant detected: BRCA2 c.5946delT"), germline when said.
            let lower = vtext.to_ascii_lowercase();
            let named = |g: &str| lower.split(|c: char| !c.is_ascii_alphanumeric()).any(|w| w == g);
            let gene = match (named("brca1"), named("brca2")) {
                (true, false) => Some("BRCA1"),
                (false, true) => Some("BRCA2"),
                _ => None,
            };
            let positive = ["pathogenic variant detected", "likely pathogenic", "mutation detected", "positive"]
                .iter()
                .any(|w| lower.contains(w))
                && !["no pathogenic", "not detected", "negative"].iter().any(|w| lower.contains(w));
            let negative =
                ["no pathogenic", "not detected", "negative", "no mutation"].iter().any(|w| lower.contains(w));
            let germline = format!("{name} {lower}").to_ascii_lowercase().contains("germline");
            let origin = germline.then(|| "germline".to_string());
            let found = |gene: &str, present: bool| {
                let alteration = present.then(|| "mutated".to_string());
                (
                    gene.to_ascii_lowercase(),
                    EventValue::Variant {
                        gene: gene.into(),
                        present,
                        alteration,
                        description: (!vtext.is_empty()).then(|| vtext.clone()),
                        origin: origin.clone(),
                    },
                )
            };
            let read = match (gene, positive, negative) {
                (Some(g), true, _) => Some(found(g, true)),
                (Some(g), false, true) => Some(found(g, false)),
                _ => None,
            };
            if let Some((k, v)) = read {
                key = k;
                label_name = key.to_ascii_uppercase();
                shown = if matches!(v, EventValue::Variant { present: true, .. }) {
                    "pathogenic variant".into()
                } else {
                    "not detected".into()
                };
                value = Some(v);
            }
        }
        // EGFR protein by immunohistochemistry (cetuximab's "EGFR-expressing") says nothing of
        // an EGFR mutation: kept as a result, never a variant.
        "egfr" if egfr_protein_test(name, &vtext) => {
            key = "egfr_protein".into();
            label_name = "EGFR protein".into();
            if let Some(r) = qualitative(&vsys, &vcode, &vtext) {
                value = Some(EventValue::Result { result: r.into() });
                shown = r.into();
            }
        }
        "egfr" | "kras" | "alk" | "ros1" | "braf" | "nras" | "pik3ca" | "ret" | "met" | "ntrk" | "akt1" | "pten"
        | "esr1" => {
            let gene = marker.key.to_ascii_uppercase();
            let q = qualitative(&vsys, &vcode, &vtext);
            let (readable, malformed) = hgvs::without_malformed(&vtext);
            for _ in 0..malformed {
                out.unreadable("hgvs", "Observation.value (variant)");
            }
            let present = match q {
                Some("negative") => Some(false),
                Some("positive") => Some(true),
                // A text naming a known variant is a finding; "mutant" alone, or words that are
                // no result at all ("sent to the reference laboratory"), are not.
                _ if !readable.trim().is_empty()
                    && !matches!(normalise_alteration(&gene, &readable).as_str(), "other" | UNSPECIFIED) =>
                {
                    Some(true)
                }
                _ => None,
            };
            if let Some(present) = present {
                let alteration = present.then(|| normalise_alteration(&gene, &readable));
                value = Some(EventValue::Variant {
                    gene: gene.clone(),
                    present,
                    alteration: alteration.clone(),
                    description: (!vtext.is_empty()).then(|| vtext.clone()),
                    origin: None,
                });
                shown = match (present, alteration) {
                    (false, _) => "not detected".into(),
                    (true, Some(a)) if !matches!(a.as_str(), "other" | "mutated" | UNSPECIFIED) => a.to_uppercase(),
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
            } else if let Some(r) = qualitative(&vsys, &vcode, &vtext) {
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
    // A pathologist's comment qualifies the result (HER2 IHC 0: "no membrane staining" is
    // HER2-null, "faint incomplete staining in <10%" is HER2-ultralow).
    let comments: Vec<&str> = note_texts(resource).collect();
    if !comments.is_empty() {
        details.insert("comment".into(), clean_display(&comments.join(" ")));
    }
    let label = if shown.is_empty() { label_name.clone() } else { format!("{label_name} {shown}") };
    // One negative result of a test of both RAS genes ("KRAS and NRAS gene mutations", "No KRAS
    // or NRAS mutation detected") is a negative result for each of them.
    let names_nras =
        format!("{name} {vtext}").to_ascii_lowercase().split(|c: char| !c.is_ascii_alphanumeric()).any(|w| w == "nras");
    let nras_too = key == "kras" && names_nras && matches!(value, Some(EventValue::Variant { present: false, .. }));
    let e = out.push(Category::Biomarker, &key, date, label);
    e.code = code.clone();
    e.value = value;
    e.details = details;
    e.details.insert("test".into(), name.to_string());
    if nras_too {
        let mut details = e.details.clone();
        details.insert("read_from".into(), "a test of both KRAS and NRAS: no mutation in either".into());
        let n = out.push(Category::Biomarker, "nras", date, "NRAS not detected".into());
        n.code = code;
        n.value = Some(EventValue::Variant {
            gene: "NRAS".into(),
            present: false,
            alteration: None,
            description: (!vtext.is_empty()).then(|| vtext.clone()),
            origin: None,
        });
        n.details = details;
    }
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
    // An imaging procedure's note gives its findings ("Seven osseous metastases").
    if kind == ProcedureKind::Imaging {
        let at = out.events.len() - 1;
        // A PSMA PET ("PSMA PET/CT", CPT 78815 with the agent in its text) whose note states the
        // result ("PSMA-avid bone and nodal lesions"): the PSMA result, as a report's would be.
        let notes = note_texts(resource).collect::<Vec<_>>().join(" ");
        if name.to_ascii_lowercase().contains("psma") || psma_result(&notes).is_some() {
            let e = &mut out.events[at];
            e.kind = "psma_pet".into();
            e.label = if notes.is_empty() { name.clone() } else { format!("PSMA PET: {}", clean_display(&notes)) };
            if let Some(r) = psma_result(&notes) {
                e.value = Some(EventValue::Result { result: r.into() });
            }
        }
        let bone_scan = names_a_bone_scan(&name.to_ascii_lowercase());
        for text in note_texts(resource) {
            imaging_findings(out, at, date, text, bone_scan, "Procedure.note");
        }
    }
    // A dissection's note that counts the positive nodes ("Axillary dissection: 5 of 12 lymph
    // nodes with macrometastases").
    if matches!(kind, ProcedureKind::Surgery | ProcedureKind::Biopsy) {
        for text in note_texts(resource) {
            if let Some((positive, examined)) = positive_nodes_in(text) {
                let e = out.push(
                    Category::Staging,
                    "nodes",
                    date,
                    format!(
                        "Regional lymph nodes positive: {} of {}",
                        format_number(positive),
                        format_number(examined)
                    ),
                );
                e.value = Some(EventValue::Quantity { value: positive, unit: None });
            }
        }
    }
    // A chemotherapy procedure whose note names the regimen ("FOLFOX x 12 cycles").
    if kind == ProcedureKind::Chemotherapy {
        let notes: Vec<&str> = note_texts(resource).collect();
        if !notes.is_empty() {
            // The note was written after the course: at the latest date it gives ("PD on CT
            // 2026-06-08"), else the course's end; drugs dated before it were given.
            let text = notes.join("\n");
            let last = end.unwrap_or(date);
            let written =
                crate::notes::dates::find_dates(&text, last).into_iter().map(|d| d.date).fold(last, NaiveDate::max);
            therapy_in_text(&text, written, Some((date, end)), "the procedure's note", out);
        }
    }
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
    if matches!(status(resource), "entered-in-error" | "cancelled" | "registered" | "partial" | "preliminary") {
        return;
    }
    let code = &resource["code"];
    let report = codings(code).find_map(|(s, c, _)| valuesets::report(s, c));
    let name = clean_display(&cc_text(code));
    let lower = name.to_ascii_lowercase();
    // A report known only by its name: a molecular or genomic report reads like a coded one.
    let molecular = [
        "molecular",
        "genomic",
        "genetic",
        "mutation",
        "sequencing",
        "ngs",
        "biomarker",
        "fusion panel",
        "hereditary",
        "germline",
        "gene panel",
        "cancer panel",
    ]
    .iter()
    .any(|w| lower.contains(w))
        // Category GE (HL7 v2-0074 genetics).
        || resource["category"].as_array().into_iter().flatten().any(|c| codings(c).any(|(_, code, _)| code == "GE"))
        // A report of one biomarker ("PD-L1 by clone 22C3 … Report", LOINC 85147-7).
        || codings(code).any(|(s, c, _)| codes::marker_by_code(s, c).is_some())
        || codes::marker_by_text(&name).is_some();
    // A pathology report known only by its category (v2-0074 SP, PAT, CP) or its name.
    let pathology = resource["category"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|c| codings(c).any(|(_, code, _)| matches!(code, "SP" | "PAT" | "CP")))
        || ["pathology", "synoptic", "biopsy", "resection"].iter().any(|w| lower.contains(w));
    let (label, genomics) = match report {
        Some(r) => (r.label.to_string(), r.kind == "genomics_report"),
        None if molecular => (name.clone(), true),
        None if pathology => (name.clone(), false),
        None => {
            imaging_report(resource, out);
            return;
        }
    };
    let Some(date) = first_date(resource, &["effectiveDateTime", "effectivePeriod.start", "issued"]) else { return };
    let (category, kind) =
        if genomics { (Category::Biomarker, "genomics_report") } else { (Category::Diagnosis, "pathology_report") };
    let e = out.push(category, kind, date, label);
    e.code = main_coding(code, codes::LOINC);
    let results = resource["result"].as_array().map(Vec::len).unwrap_or(0);
    if results > 0 {
        e.details.insert("results".into(), results.to_string());
    }
    // A genomic report whose findings are written only in its conclusion ("EML4::ALK fusion
    // detected … EGFR: no mutation detected"): read like a note, by the rule-based reader, and
    // kept as biomarker results with where they were read.
    // A pathology report's words give its biomarkers and its pathological T and N (a
    // synoptic "ER: Positive (90%) … pT2 pN2a"), read the same way.
    {
        if let Some((conclusion, from)) = report_text(resource) {
            // A prostate biopsy's "Gleason score 4+5=9 (Grade Group 5)".
            if !genomics {
                gleason_in_text(out, date, &conclusion, from);
                histologic_grade(out, date, &conclusion, from);
            }
            let note = crate::notes::Note { document: String::new(), date, text: conclusion };
            let found = crate::notes::rules::RuleExtractor.extract(&note).events;
            let keep = |b: &TimelineEvent| {
                b.value.is_some()
                    && (b.category == Category::Biomarker
                        || (!genomics
                            && b.category == Category::Staging
                            && matches!(b.kind.as_str(), "t" | "n" | "m" | "stage_group")))
            };
            for mut b in found.into_iter().filter(|b| keep(b)) {
                b.notes.clear();
                b.date = date;
                b.details.remove("origin");
                b.details.remove("date_from");
                b.details.insert("read_from".into(), from.into());
                let pushed = out.push(b.category, &b.kind.clone(), date, b.label.clone());
                pushed.value = b.value;
                pushed.details.extend(b.details);
            }
        }
    }
}

/// A report's words: its conclusion and the plain text of its `presentedForm` (base64
/// `text/plain`), with where they were read. None when it has neither.
fn report_text(resource: &Value) -> Option<(String, &'static str)> {
    use base64::Engine;
    let conclusion = resource["conclusion"].as_str().map(str::trim).filter(|c| !c.is_empty());
    let presented: Vec<String> = resource["presentedForm"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|a| a["contentType"].as_str().is_some_and(|t| t.starts_with("text/plain")))
        .filter_map(|a| a["data"].as_str())
        .filter_map(|d| base64::engine::general_purpose::STANDARD.decode(d.trim()).ok())
        .filter_map(|bytes| String::from_utf8(bytes).ok())
        .filter(|t| !t.trim().is_empty())
        .collect();
    match (conclusion, presented.is_empty()) {
        (Some(c), true) => Some((c.to_string(), "DiagnosticReport.conclusion")),
        (Some(c), false) => {
            Some((format!("{c}\n{}", presented.join("\n")), "DiagnosticReport.conclusion and presentedForm"))
        }
        (None, false) => Some((presented.join("\n"), "DiagnosticReport.presentedForm (text/plain)")),
        (None, true) => None,
    }
}

/// A radiology report — category radiology (v2-0074 `RAD`, `imaging`) or a name that is an
/// imaging study ("CT chest/abdomen/pelvis and Tc-99m bone scan", "PSMA PET/CT") — read from its
/// conclusion: a PSMA PET result, progression, or a study that found no metastatic disease
/// (`metastasis: none`, which the facts read as M0 when nothing on record says otherwise).
fn imaging_report(resource: &Value, out: &mut Events) {
    let name = clean_display(&cc_text(&resource["code"]));
    let lower = format!(" {} ", name.to_ascii_lowercase());
    let radiology = resource["category"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|c| codings(c).any(|(_, code, _)| matches!(code, "RAD" | "imaging" | "LP29684-5")));
    let imaging_name = [
        " ct ",
        " ct/",
        "/ct ",
        " cta ",
        "computed tomograph",
        " mri",
        "magnetic resonance",
        " pet",
        "bone scan",
        "scintigra",
        "x-ray",
        "radiograph",
        "ultrasound",
        "sonograph",
        "mammogra",
        "imaging",
    ]
    .iter()
    .any(|w| lower.contains(w));
    if !radiology && !imaging_name {
        return;
    }
    let Some(date) = first_date(resource, &["effectiveDateTime", "effectivePeriod.start", "issued"]) else { return };
    let mut conclusion: Vec<String> = resource["conclusion"].as_str().map(str::to_string).into_iter().collect();
    conclusion
        .extend(resource["conclusionCode"].as_array().into_iter().flatten().map(cc_text).filter(|t| !t.is_empty()));
    let conclusion = conclusion.join(" ");
    let label = if name.is_empty() { "Imaging report".to_string() } else { name.clone() };
    // A PSMA PET named as such, or a generic imaging report whose conclusion states the PSMA
    // result ("PSMA-positive disease: multiple osseous lesions …").
    let e = if lower.contains("psma") || psma_result(&conclusion).is_some() {
        let e = out.push(Category::Imaging, "psma_pet", date, format!("PSMA PET: {}", clean_display(&conclusion)));
        if let Some(r) = psma_result(&conclusion) {
            e.value = Some(EventValue::Result { result: r.into() });
        }
        e
    } else {
        out.push(Category::Imaging, "imaging", date, label)
    };
    e.code = main_coding(&resource["code"], codes::LOINC);
    if !conclusion.is_empty() {
        e.details.insert("conclusion".into(), clean_display(&conclusion));
    }
    let e_index = out.events.len() - 1;
    imaging_findings(out, e_index, date, &conclusion, names_a_bone_scan(&lower), "DiagnosticReport.conclusion");
}

/// Whether a study's name (lower case) is a bone scan: "Bone scan", "Bone scintigraphy",
/// "Skeletal survey", CPT's "Bone and/or joint imaging; whole body".
fn names_a_bone_scan(lower: &str) -> bool {
    lower.contains("bone scan")
        || lower.contains("scintigra")
        || lower.contains("skeletal survey")
        || (lower.contains("bone") && lower.contains("imaging"))
}

/// What an imaging result's words find (a report's conclusion, or the note on an imaging
/// Procedure): no metastasis, or none in named sites (details on the imaging event at
/// `event`); the number of bone lesions; progression or response. `bone_scan`: the study is a
/// bone scan, whose findings are bone lesions whether or not its sentences say "bone".
fn imaging_findings(out: &mut Events, event: usize, date: NaiveDate, text: &str, bone_scan: bool, from: &str) {
    let e = &mut out.events[event];
    if no_metastasis_in_text(text) {
        e.details.insert("metastasis".into(), "none".into());
        e.details.insert("read_from".into(), from.into());
    } else if let Some(sites) = metastasis_absent_in(text) {
        e.details.insert("metastasis_absent_in".into(), sites.into());
        e.details.insert("read_from".into(), from.into());
    }
    let read = if bone_scan { format!("bone: {text}") } else { text.to_string() };
    if let Some(n) = bone_lesions_in_text(&read) {
        let b = out.push(Category::Staging, "bone_lesions", date, format!("Bone metastases: {}", format_number(n)));
        b.value = Some(EventValue::Quantity { value: n, unit: None });
        b.details.insert("finding".into(), clean_display(text));
        b.details.insert("read_from".into(), from.into());
    }
    if progression_in_text(text) {
        progression_from_text(out, date, text, from);
    } else if let Some(status) = response_in_text(text) {
        // "Partial response … no evidence of progression": an assessment that found none.
        let e = out.push(Category::DiseaseStatus, "disease_status", date, format!("Disease status: {status}"));
        e.value = Some(EventValue::Result { result: status.into() });
        e.details.insert("finding".into(), clean_display(text));
        e.details.insert("read_from".into(), from.into());
    }
}

/// The response a scan's conclusion states when it states no progression: "partial/complete
/// response", "decrease in size" (response); "stable disease", "no evidence of progression"
/// (stable). None otherwise (a scan that only describes anatomy is no assessment).
fn response_in_text(text: &str) -> Option<&'static str> {
    let t = text.to_ascii_lowercase();
    if [
        "complete response",
        "partial response",
        "complete metabolic response",
        "partial metabolic response",
        "decrease in size",
        "decreased in size",
        "interval decrease",
        "responding",
    ]
    .iter()
    .any(|w| t.contains(w))
    {
        return Some("response");
    }
    [
        "stable disease",
        "no evidence of progression",
        "no progression",
        "no evidence of disease progression",
        "unchanged",
    ]
    .iter()
    .any(|w| t.contains(w))
    .then_some("stable")
}

/// The number of bone metastases a scan's conclusion states: "Multiple (>10) osseous
/// metastases", "3 sclerotic bone lesions", "solitary bone metastasis", "innumerable skeletal
/// metastases" (20: more than any threshold a label uses). None when the sentence names no
/// count ("bone metastases in the spine").
fn bone_lesions_in_text(text: &str) -> Option<f64> {
    let t = text.to_ascii_lowercase();
    t.split(['.', ';', '\n']).find_map(|sentence| {
        let bone =
            ["osseous", "bone", "skeletal", "sclerotic", "osteoblastic", "lytic"].iter().any(|w| sentence.contains(w));
        let lesion = ["metasta", "lesion", "deposit", "foci", "focus"].iter().any(|w| sentence.contains(w));
        if !bone || !lesion || ["no ", "without", "negative for"].iter().any(|w| sentence.trim_start().starts_with(w)) {
            return None;
        }
        let words: Vec<&str> = sentence.split(|c: char| c.is_whitespace() || c == '(' || c == ')').collect();
        if words.iter().any(|w| matches!(*w, "innumerable" | "numerous" | "countless" | "widespread" | "diffuse")) {
            return Some(20.0);
        }
        if words.iter().any(|w| matches!(*w, "solitary" | "single" | "one")) {
            return Some(1.0);
        }
        let spelled = [
            ("two", 2.0),
            ("three", 3.0),
            ("four", 4.0),
            ("five", 5.0),
            ("six", 6.0),
            ("seven", 7.0),
            ("eight", 8.0),
            ("nine", 9.0),
            ("ten", 10.0),
            ("eleven", 11.0),
            ("twelve", 12.0),
        ];
        if let Some(n) = words.iter().find_map(|w| spelled.iter().find(|(s, _)| s == w).map(|(_, n)| *n)) {
            return Some(n);
        }
        words.iter().find_map(|w| {
            let w = w.trim_start_matches(['>', '≥', '~']).trim_end_matches([',', '+']);
            w.parse::<f64>().ok().filter(|n| (1.0..=100.0).contains(n) && n.fract() == 0.0)
        })
    })
}

/// A PSMA PET result written in words: no PSMA-avid disease is negative.
fn psma_result(text: &str) -> Option<&'static str> {
    let v = text.to_ascii_lowercase();
    if v.contains("no psma-avid") || v.contains("no psma avid") || v.contains("non-avid") {
        Some("negative")
    } else if v.contains("psma-positive") || v.contains("psma positive") || v.contains("psma-avid") {
        Some("positive")
    } else {
        None
    }
}

/// A scan's conclusion that found no metastatic disease ("No evidence of metastatic disease.",
/// "no distant metastases", "negative for metastasis") — not one that goes on to name a lesion.
/// "no (evidence of) nodal, visceral or osseous metastatic disease": a negation whose
/// metastasis is qualified by the sites looked at.
static NO_SITED_METASTASIS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"\b(?:no|without|negative for)\s+(?:(?:radiographic|scan|definite|convincing)\s+)?(?:evidence\s+(?:of|for)\s+)?(?:(?:nodal|visceral|osseous|bony|bone|skeletal|distant|soft[- ]tissue|hepatic|liver|lung|pulmonary|brain|lymph\s+node)\s*(?:,|/|\bor\b|\band\b)?\s*)+metasta",
    )
    .expect("valid regex")
});

/// The part of the body a study found free of metastasis when it does not speak for all of
/// it: `bone` ("No scintigraphic evidence of osseous metastatic disease") or `visceral` ("No
/// lymphadenopathy or visceral metastases"); a bone scan and a CT together are the
/// conventional imaging that defines M0.
fn metastasis_absent_in(text: &str) -> Option<&'static str> {
    static BONE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"\b(?:no|without|negative for)\b[^.;]{0,60}\b(?:osseous|bone|bony|skeletal|scintigraphic)\b[^.;]{0,40}metasta")
            .expect("valid regex")
    });
    static VISCERAL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"\b(?:no|without|negative for)\b[^.;]{0,60}\b(?:visceral|hepatic|liver)\b[^.;]{0,40}metasta")
            .expect("valid regex")
    });
    let t = text.to_ascii_lowercase();
    if names_a_metastasis(&t) {
        return None;
    }
    match (BONE.is_match(&t), VISCERAL.is_match(&t)) {
        (true, true) => Some("bone,visceral"),
        (true, false) => Some("bone"),
        (false, true) => Some("visceral"),
        _ => None,
    }
}

fn no_metastasis_in_text(text: &str) -> bool {
    let t = text.to_ascii_lowercase();
    let says_none = [
        "no evidence of metastatic",
        "no evidence of metastas",
        "no evidence of distant",
        "no metastatic disease",
        "no metastases",
        "no metastasis",
        "no distant metastas",
        "negative for metasta",
        "without evidence of metasta",
        "no evidence of disease",
    ]
    .iter()
    .any(|w| t.contains(w))
        // "No evidence of nodal, visceral or osseous metastatic disease."
        || NO_SITED_METASTASIS.find_iter(&t).any(|m| {
            // Only a negation that covers the body: distant, or visceral and bone both
            // ("no osseous metastases" alone says nothing of the liver).
            let sites = m.as_str();
            sites.contains("distant")
                || (["visceral", "hepatic", "liver", "lung", "pulmonary"].iter().any(|v| sites.contains(v))
                    && ["osseous", "bony", "bone", "skeletal"].iter().any(|b| sites.contains(b)))
        });
    says_none && !names_a_metastasis(&t)
}

/// A conclusion (lower-case) that goes on to name a lesion as metastatic or new.
fn names_a_metastasis(t: &str) -> bool {
    ["suspicious for metasta", "consistent with metasta", "compatible with metasta", "new lesion"]
        .iter()
        .any(|w| t.contains(w))
}

// ---------------------------------------------------------------------------------------
// Medications

/// One drug given, as a medication record or a claim line names it.
struct DrugGiven<'a> {
    ingredient: &'static codes::Ingredient,
    how: Option<codes::DrugMatch>,
    date: NaiveDate,
    end: Option<NaiveDate>,
    /// What kind of record says so: `administration`, `dispense`, `order`, `statement`, `claim`.
    record: &'static str,
    status: &'a str,
    /// The code the record carried (`rxnorm:…`, `ndc:…`, `hcpcs:…`).
    source_code: Option<&'a str>,
}

impl DrugGiven<'_> {
    /// Its timeline event, with the code, the class and where it came from.
    fn push<'e>(
        &self,
        out: &'e mut Events,
        category: Category,
        kind: &str,
        source_drug: String,
    ) -> &'e mut TimelineEvent {
        let i = self.ingredient;
        let e = out.push(category, kind, self.date, i.name.to_string());
        e.end = self.end.filter(|e| *e > self.date);
        e.code = Some(Coding { system: "rxnorm".into(), code: i.rxcui.into(), display: Some(i.name.into()) });
        e.value = Some(EventValue::Drug { rxcui: i.rxcui.into(), name: i.name.into(), class: i.class });
        e.details.insert("record".into(), self.record.into());
        e.details.insert("class".into(), class_name(i.class).into());
        if !self.status.is_empty() {
            e.details.insert("status".into(), self.status.into());
        }
        if let Some(c) = self.source_code {
            e.details.insert("source_code".into(), c.to_string());
        }
        e.details.insert("source_drug".into(), source_drug);
        if let Some(how) = self.how {
            e.details.insert("normalised_by".into(), how.as_str().into());
        }
        e
    }
}

/// Drugs billed on an adjudicated claim (an ExplanationOfBenefit, as payers and CARIN Blue
/// Button send a member's history): each line's product — an HCPCS J-code, an NDC or an RxNorm
/// code — on the date it was served. A prior-authorisation or predetermination is not a service
/// given and is skipped, as is a claim in error.
fn explanation_of_benefit(resource: &Value, out: &mut Events) {
    let st = status(resource);
    let outcome = resource["outcome"].as_str().unwrap_or_default();
    if matches!(st, "cancelled" | "entered-in-error") || outcome == "error" {
        return;
    }
    if resource["use"].as_str().is_some_and(|u| u != "claim") {
        return;
    }
    let oncology_context = resource["diagnosis"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|d| codes::cancer_by_text(&cc_text(&d["diagnosisCodeableConcept"])).is_some());
    let billed_from = first_date(resource, &["billablePeriod.start"]);
    // A pharmacy claim's days' supply (CARIN BB supportingInfo `dayssupply`).
    let days_supply = resource["supportingInfo"].as_array().into_iter().flatten().find_map(|i| {
        let category = cc_text(&i["category"]).to_ascii_lowercase();
        let coded = codings(&i["category"]).any(|(_, c, _)| c.eq_ignore_ascii_case("dayssupply"));
        (coded || category.contains("days supply")).then(|| i["valueQuantity"]["value"].as_f64()).flatten()
    });
    for item in resource["item"].as_array().into_iter().flatten() {
        let product = &item["productOrService"];
        let Some(date) = first_date(item, &["servicedDate", "servicedPeriod.start"]).or(billed_from) else {
            continue;
        };
        let end = first_date(item, &["servicedPeriod.end"]).or_else(|| {
            days_supply.filter(|d| (1.0..=366.0).contains(d)).map(|d| date + chrono::Duration::days(d as i64))
        });
        let mut found: Vec<(&'static codes::Ingredient, codes::DrugMatch, String)> = Vec::new();
        for (system, code, display) in codings(product) {
            let (ingredients, how, prefix) = match valuesets::System::of_uri(system) {
                Some(valuesets::System::Rxnorm) => {
                    let (i, how) = codes::ingredients_of(Some(code), display);
                    (i, how.unwrap_or(codes::DrugMatch::Name), "rxnorm")
                }
                Some(valuesets::System::Ndc) => (codes::ingredients_of_ndc(code), codes::DrugMatch::Ndc, "ndc"),
                _ if oncotwin_pathway::CodeSystem::parse(system) == Some(oncotwin_pathway::CodeSystem::Hcpcs) => {
                    let name =
                        if display.is_empty() { codes::hcpcs_display(code).unwrap_or_default() } else { display };
                    (codes::ingredients_by_name(name), codes::DrugMatch::Hcpcs, "hcpcs")
                }
                _ => continue,
            };
            for i in ingredients {
                if !found.iter().any(|(f, ..)| f.rxcui == i.rxcui) {
                    found.push((i, how, format!("{prefix}:{code}")));
                }
            }
        }
        let source_drug = cc_text(product);
        for (ingredient, how, source_code) in found {
            if codes::needs_oncology_context(ingredient) && !oncology_context {
                continue;
            }
            let given = DrugGiven {
                ingredient,
                how: Some(how),
                date,
                end,
                record: "claim",
                status: st,
                source_code: Some(&source_code),
            };
            given.push(out, Category::SystemicTherapy, "drug", source_drug.clone());
        }
    }
}

/// A statement that an antineoplastic drug is intended ("leuprolide depot, planned by
/// outside urology; administrations not documented") is not therapy given — but whether it
/// has been given since is not on record: the treatment history is outstanding
/// (`history_pending`), so neither "never had androgen deprivation" nor a prior-therapy gate
/// is read from its absence.
fn intended_elsewhere(resource: &Value, out: &mut Events) {
    let cc = &resource["medicationCodeableConcept"];
    let rxcui = codings(cc).find(|(s, ..)| *s == codes::RXNORM).map(|(_, c, _)| c.to_string());
    let mut name = cc_text(cc);
    for (_, _, d) in codings(cc) {
        name.push_str(" / ");
        name.push_str(d);
    }
    // By RxNorm code, else by the name its text or a coding's display gives (a HCPCS J-code's
    // descriptor names the drug).
    let Some(drug) = codes::ingredients_of(rxcui.as_deref(), &name).0.into_iter().next() else { return };
    let Some(date) = first_date(resource, &["dateAsserted", "effectivePeriod.start", "effectiveDateTime"]) else {
        return;
    };
    out.push(Category::Diagnosis, "history_pending", date, format!("{} intended, not documented as given", drug.name));
}

fn medication(resource_type: &str, resource: &Value, out: &mut Events) {
    let st = status(resource);
    let skip = match resource_type {
        "MedicationAdministration" => matches!(st, "not-done" | "entered-in-error"),
        // A proposal (a tumour board's suggestion) or an option was never ordered.
        "MedicationRequest" => {
            matches!(st, "cancelled" | "entered-in-error" | "draft")
                || matches!(resource["intent"].as_str(), Some("proposal" | "option"))
        }
        // A fill being prepared, on hold, cancelled or declined was never handed over.
        "MedicationDispense" => {
            matches!(st, "preparation" | "on-hold" | "cancelled" | "declined" | "entered-in-error")
        }
        // A statement of what the patient intends to take ("planned by outside urology") says
        // nothing was taken yet (see below).
        _ => matches!(st, "entered-in-error" | "not-taken" | "intended"),
    };
    if skip {
        if resource_type == "MedicationStatement" && st == "intended" {
            intended_elsewhere(resource, out);
        }
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
    let (mut ingredients, mut how) = codes::ingredients_of(rxcui.as_deref(), &name);
    // A pharmacy record coded by NDC only: the product table names its ingredients.
    let ndc = codings(&cc)
        .find(|(s, ..)| valuesets::System::of_uri(s) == Some(valuesets::System::Ndc))
        .map(|(_, c, _)| c.to_string());
    if how != Some(codes::DrugMatch::Ingredient) && how != Some(codes::DrugMatch::ClinicalDrug) {
        if let Some(found) = ndc.as_deref().map(codes::ingredients_of_ndc).filter(|f| !f.is_empty()) {
            ingredients = found;
            how = Some(codes::DrugMatch::Ndc);
        }
    }
    // Every RxNorm coding counts ("FOLFIRI + bevacizumab" coded as irinotecan and
    // bevacizumab), and a regimen its text names completes a code for one of its drugs
    // ("FOLFOX" coded as oxaliplatin).
    if how == Some(codes::DrugMatch::Ingredient) || how == Some(codes::DrugMatch::ClinicalDrug) {
        let more = codings(&cc)
            .filter(|(s, ..)| *s == codes::RXNORM)
            .skip(1)
            .flat_map(|(_, c, _)| codes::ingredients_of(Some(c), "").0)
            .chain(codes::regimen_ingredients(&cc_text(&cc)));
        for i in more {
            if !ingredients.iter().any(|x| x.rxcui == i.rxcui) {
                ingredients.push(i);
            }
        }
    }
    // No antineoplastic ingredient: another medication (supportive care, home medication),
    // filed apart so that it never counts as a line of therapy.
    let (ingredients, how, category, kind) = if ingredients.is_empty() {
        let others = codes::medications_of(rxcui.as_deref(), &name);
        if others.is_empty() {
            // No drug named: "Second-line chemotherapy at outside hospital (regimen not
            // recorded)" says the history is incomplete.
            let date = first_date(
                resource,
                &["effectiveDateTime", "effectivePeriod.start", "dateAsserted", "authoredOn", "whenHandedOver"],
            );
            if let Some(date) = date {
                for text in std::iter::once(name.as_str()).chain(note_texts(resource)) {
                    history_pending_in_text(text, date, out);
                }
            }
            return;
        }
        let by_code = rxcui.as_deref().is_some_and(|c| others.iter().any(|m| m.rxcui == c));
        let how = Some(if by_code { codes::DrugMatch::Ingredient } else { codes::DrugMatch::Name });
        (others, how, Category::Medication, "medication")
    } else {
        (ingredients, how, Category::SystemicTherapy, "drug")
    };
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
        // A fill: from the day it was handed over (or prepared) for the days it supplies.
        "MedicationDispense" => {
            let date = first_date(resource, &["whenHandedOver", "whenPrepared"]);
            let days = resource["daysSupply"]["value"].as_f64().filter(|d| (1.0..=366.0).contains(d));
            let end = date.zip(days).map(|(d, n)| d + chrono::Duration::days(n as i64));
            (date, end)
        }
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
        "MedicationDispense" => "dispense",
        _ => "statement",
    };
    let dose = resource["dosage"]["dose"].clone();
    let dose_text = quantity_text(&dose).map(|(v, u)| format!("{} {}", format_number(v), u.unwrap_or_default()));
    let route = resource["dosage"]["route"].clone();
    let source_code = match (&rxcui, &ndc) {
        (Some(c), _) => Some(format!("rxnorm:{c}")),
        (None, Some(c)) => Some(format!("ndc:{c}")),
        _ => None,
    };
    for ingredient in ingredients {
        if codes::needs_oncology_context(ingredient) && !oncology_context {
            continue;
        }
        let given = DrugGiven { ingredient, how, date, end, record, status: st, source_code: source_code.as_deref() };
        let e = given.push(out, category, kind, cc_text(&cc));
        if let Some(r) = resource["medicationReference"]["reference"].as_str() {
            e.details.insert("medication_reference".into(), r.to_string());
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
    // Progression written beside the therapy ("First-line metastatic; progression 2023-05",
    // statusReason "Disease progression"): dated where the text dates it, else when the
    // therapy ended, else when it was recorded.
    let mut texts: Vec<(String, &str)> = resource["note"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|n| n["text"].as_str())
        .map(|t| (t.to_string(), "note"))
        .collect();
    match resource.get("statusReason") {
        Some(Value::Array(a)) => texts.extend(a.iter().map(|r| (cc_text(r), "statusReason"))),
        Some(r) => texts.push((cc_text(r), "statusReason")),
        None => {}
    }
    if let Some((text, field)) = texts.into_iter().find(|(t, _)| progression_in_text(t)) {
        let when = iso_date_in(&text).or(end).unwrap_or(date);
        progression_from_text(out, when, &text, &format!("{resource_type}.{field}"));
    }
}

/// The Medication a MedicationRequest/-Statement/-Administration names by reference
/// (`medicationReference` to a resource of its own, as many EHRs send it; a contained `#id`
/// is read in place).
fn medication_reference(resource: &Value) -> Option<&str> {
    if resource.get("medicationCodeableConcept").is_some() {
        return None;
    }
    resource["medicationReference"]["reference"].as_str().filter(|r| !r.starts_with('#'))
}

/// `resource` with the code of the Medication it references inlined as its
/// `medicationCodeableConcept`, so the drug is read as if it had been written in place (the
/// stored resource is unchanged; the event says where the drug came from).
fn with_referenced_medication(resource: &Value, medication: &Value) -> Value {
    let mut out = resource.clone();
    if let (Some(o), Some(code)) = (out.as_object_mut(), medication.get("code")) {
        o.insert("medicationCodeableConcept".into(), code.clone());
    }
    out
}

/// The key under which [`with_referenced`] inlines the site of a result's Specimen (never a
/// FHIR element; the stored resource is unchanged).
const SPECIMEN_SITE: &str = "_oncotwinSpecimenSite";

/// The Specimens a result names (`Observation.specimen`, `DiagnosticReport.specimen`).
fn specimen_references(resource: &Value) -> Vec<&str> {
    let one = resource["specimen"]["reference"].as_str();
    let many = resource["specimen"].as_array().into_iter().flatten().filter_map(|s| s["reference"].as_str());
    one.into_iter().chain(many).filter(|r| !r.starts_with('#')).collect()
}

/// `resource` with what it references in the same unit (a transaction, a prefetch, a
/// case's Bundle) read in place: the code of its Medication (an order naming its drug by
/// reference) and the site of its Specimen ("Tissue specimen from breast": whose tumour a
/// biomarker was measured on, for a patient with more than one cancer). None when nothing
/// it references is at hand.
pub fn with_referenced<'a>(resource: &Value, lookup: impl Fn(&str) -> Option<&'a Value>) -> Option<Value> {
    let medication = medication_reference(resource).and_then(&lookup);
    let sites: Vec<String> = specimen_references(resource)
        .into_iter()
        .filter_map(&lookup)
        .flat_map(|s| [cc_text(&s["type"]), cc_text(&s["collection"]["bodySite"])])
        .filter(|t| !t.is_empty())
        .collect();
    if medication.is_none() && sites.is_empty() {
        return None;
    }
    let mut out = match medication {
        Some(m) => with_referenced_medication(resource, m),
        None => resource.clone(),
    };
    if let (Some(o), false) = (out.as_object_mut(), sites.is_empty()) {
        o.insert(SPECIMEN_SITE.into(), Value::String(sites.join("; ")));
    }
    Some(out)
}

/// The Conditions a resource says it concerns, as references: `Observation.focus`, a
/// therapy's or procedure's `reasonReference`, the mCODE related-primary-cancer-condition
/// extension of a metastasis. With more than one cancer on record these settle whose event
/// it is (`crate::twin::navigation::cancers`).
fn condition_links(resource: &Value) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let refs = |v: &Value| -> Vec<String> {
        let one = v["reference"].as_str().map(str::to_string);
        let many = v.as_array().into_iter().flatten().filter_map(|r| r["reference"].as_str().map(str::to_string));
        one.into_iter().chain(many).collect()
    };
    out.extend(refs(&resource["focus"]));
    out.extend(refs(&resource["reasonReference"]));
    for e in resource["extension"].as_array().into_iter().flatten() {
        let url = e["url"].as_str().unwrap_or("");
        if url.ends_with("related-primary-cancer-condition") || url.ends_with("relatedPrimaryCancerCondition") {
            out.extend(refs(&e["valueReference"]));
        }
    }
    out.retain(|r| r.starts_with("Condition/"));
    out.dedup();
    out
}

/// Keeps on each event what its resource says it concerns (`concerns`: Condition
/// references), the site of the specimen it was measured on (`specimen_site`) and, for a
/// diagnosis, the stage assessments it names (`assessments`).
fn attach_links(resource: &Value, events: &mut [TimelineEvent]) {
    let links = condition_links(resource);
    let site = resource[SPECIMEN_SITE].as_str().map(|s| crate::twin::necessity::shorten(s, 120));
    let assessments: Vec<&str> = resource["stage"]
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|s| s["assessment"].as_array().into_iter().flatten())
        .filter_map(|a| a["reference"].as_str())
        .collect();
    for e in events {
        if !links.is_empty() {
            e.details.entry("concerns".into()).or_insert_with(|| links.join(" "));
        }
        if let Some(site) = &site {
            e.details.entry("specimen_site".into()).or_insert_with(|| site.clone());
        }
        if !assessments.is_empty() {
            e.details.entry("assessments".into()).or_insert_with(|| assessments.join(" "));
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
        DrugClass::Supportive => "supportive",
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
    fn ish_ratio_is_read_after_its_name() {
        assert_eq!(ish_number("Not amplified (HER2/CEP17 ratio 1.2)"), Some(1.2));
        assert_eq!(ish_number("HER2/CEP17 = 2.4; amplified"), Some(2.4));
        assert_eq!(ish_number("2.3"), Some(2.3));
        assert_eq!(ish_number("HER2 not amplified"), None, "the 2 of HER2 is not a ratio");
        let fish = json!({"resourceType": "Observation", "id": "f", "status": "final",
            "code": {"coding": [{"system": "http://loinc.org", "code": "85318-4"}]},
            "effectiveDateTime": "2026-01-13", "valueString": "Not amplified (HER2/CEP17 ratio 1.2)"});
        let events = normalise("Observation", "f", &fish);
        assert_eq!(events[0].result(), Some("negative"), "{events:?}");
    }

    #[test]
    fn scan_reports_read_from_their_conclusion() {
        assert_eq!(
            bone_lesions_in_text("Multiple (>10) osseous metastases in spine, pelvis and ribs. No visceral lesions."),
            Some(10.0)
        );
        assert_eq!(bone_lesions_in_text("Three sclerotic bone lesions"), Some(3.0));
        assert_eq!(bone_lesions_in_text("bone: Seven foci of abnormal uptake consistent with metastases."), Some(7.0));
        assert_eq!(bone_lesions_in_text("Innumerable skeletal metastases"), Some(20.0));
        assert_eq!(bone_lesions_in_text("No osseous metastases. 2 cm liver lesion."), None);
        assert_eq!(bone_lesions_in_text("Bone metastases in the spine"), None);
        assert!(no_metastasis_in_text("No evidence of metastatic disease."));
        assert!(!no_metastasis_in_text("No evidence of metastatic disease in the chest; new lesion in the liver"));
        assert!(no_metastasis_in_text("No evidence of nodal, visceral or osseous metastatic disease."));
        assert!(no_metastasis_in_text("CT and bone scan: no visceral or bone metastases"));
        assert!(!no_metastasis_in_text("No osseous metastases. 2 cm liver lesion."));
        assert!(!no_metastasis_in_text("No nodal metastases."));
        let report = json!({"resourceType": "DiagnosticReport", "id": "d", "status": "final",
            "code": {"text": "CT chest/abdomen/pelvis and Tc-99m bone scan"}, "effectiveDateTime": "2025-03-12",
            "conclusion": "No evidence of metastatic disease."});
        let events = normalise("DiagnosticReport", "d", &report);
        assert_eq!(events[0].kind, "imaging", "{events:?}");
        assert_eq!(events[0].detail("metastasis"), Some("none"));
        let report = json!({"resourceType": "DiagnosticReport", "id": "d", "status": "final",
            "code": {"text": "CT abdomen"}, "effectiveDateTime": "2025-03-12",
            "conclusion": "Progressive disease: enlarging hepatic metastases."});
        let events = normalise("DiagnosticReport", "d", &report);
        assert!(events.iter().any(|e| e.result() == Some("progression")), "{events:?}");
        let lab = json!({"resourceType": "DiagnosticReport", "id": "l", "status": "final",
            "code": {"text": "Basic metabolic panel"}, "effectiveDateTime": "2025-03-12", "conclusion": "Normal"});
        assert!(normalise("DiagnosticReport", "l", &lab).is_empty(), "a lab panel is not a scan");
    }

    #[test]
    fn genomic_report_conclusions_are_read() {
        let report = json!({"resourceType": "DiagnosticReport", "id": "g", "status": "final",
            "code": {"coding": [{"system": "http://loinc.org", "code": "51969-4", "display": "Genetic analysis report"}]},
            "effectiveDateTime": "2025-04-08",
            "conclusion": "RNA fusion panel on resection specimen: EML4::ALK fusion detected (variant 1, E13;A20). ALK IHC (D5F3) positive. EGFR: no mutation detected."});
        let events = normalise("DiagnosticReport", "g", &report);
        let gene =
            |g: &str| events.iter().find(|e| matches!(&e.value, Some(EventValue::Variant { gene, .. }) if gene == g));
        let alk = gene("ALK").unwrap_or_else(|| panic!("{events:?}"));
        assert!(matches!(alk.value, Some(EventValue::Variant { present: true, .. })), "{alk:?}");
        assert_eq!(alk.detail("read_from"), Some("DiagnosticReport.conclusion"));
        let egfr = gene("EGFR").unwrap_or_else(|| panic!("{events:?}"));
        assert!(matches!(egfr.value, Some(EventValue::Variant { present: false, .. })), "{egfr:?}");
    }

    #[test]
    fn egfr_protein_expression_is_no_egfr_mutation() {
        let ihc = json!({"resourceType": "Observation", "id": "e", "status": "final",
            "code": {"text": "EGFR immunohistochemistry"}, "effectiveDateTime": "2023-10-20",
            "valueString": "EGFR expression detected (2+)",
            "interpretation": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "code": "POS"}]}]});
        let events = normalise("Observation", "e", &ihc);
        assert!(events.iter().all(|e| !matches!(e.value, Some(EventValue::Variant { .. }))), "{events:?}");
        let mutation = json!({"resourceType": "Observation", "id": "m", "status": "final",
            "code": {"text": "EGFR mutation analysis"}, "effectiveDateTime": "2023-10-20",
            "valueString": "Exon 19 deletion detected"});
        let events = normalise("Observation", "m", &mutation);
        assert!(
            events.iter().any(|e| matches!(e.value, Some(EventValue::Variant { present: true, .. }))),
            "{events:?}"
        );
    }

    #[test]
    fn tnm_written_as_the_stage_group_gives_its_categories() {
        let obs = json!({"resourceType": "Observation", "id": "s", "status": "final",
            "code": {"coding": [{"system": "http://loinc.org", "code": "21902-2"}]},
            "effectiveDateTime": "2025-07-18", "valueString": "ypT1c ypN1a M0"});
        let events = normalise("Observation", "s", &obs);
        let got: Vec<(String, String)> = events
            .iter()
            .filter_map(|e| match &e.value {
                Some(EventValue::Graded { text, prefix }) => Some((e.kind.clone(), format!("{prefix}{text}"))),
                _ => None,
            })
            .collect();
        let want = [("t", "ypT1c"), ("n", "ypN1a"), ("m", "pM0")].map(|(k, v)| (k.to_string(), v.to_string()));
        assert_eq!(got, want, "{events:?}");
    }

    #[test]
    fn one_negation_over_a_gene_list_and_a_psma_pet_procedure_note() {
        // An NGS panel's one-line summary: every gene named, not detected ("RET" bare is its
        // fusion); KRAS G12C reads as the KRAS test it names.
        let ngs = json!({"resourceType": "Observation", "id": "n", "status": "final",
            "code": {"text": "Tissue NGS (lung core)"}, "effectiveDateTime": "2026-10-13",
            "valueString": "No EGFR, ALK, ROS1, BRAF V600E, MET exon 14, RET, NTRK or KRAS G12C alteration detected"});
        let events = normalise("Observation", "n", &ngs);
        let negative: Vec<&str> = events
            .iter()
            .filter(|e| matches!(e.value, Some(EventValue::Variant { present: false, .. })))
            .map(|e| e.kind.as_str())
            .collect();
        for gene in ["egfr", "alk", "ros1", "braf", "met", "ret", "ntrk", "kras"] {
            assert!(negative.contains(&gene), "{gene}: {events:?}");
        }
        // Not a list: one gene, or words that are not genes, are left to the readers before.
        let one = json!({"resourceType": "Observation", "id": "o", "status": "final",
            "code": {"text": "Tissue NGS"}, "effectiveDateTime": "2026-10-13",
            "valueString": "No pathogenic alterations detected in the genes tested"});
        assert!(normalise("Observation", "o", &one).iter().all(|e| e.kind != "egfr"));
        // A PSMA PET filed as a Procedure, its result in the note.
        let pet = json!({"resourceType": "Procedure", "id": "p", "status": "completed",
            "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "78815"}], "text": "PSMA PET/CT"},
            "performedDateTime": "2026-02-09",
            "note": [{"text": "PSMA-avid bone and nodal lesions; no PSMA-negative measurable lesions (VISION criteria met)."}]});
        let events = normalise("Procedure", "p", &pet);
        assert!(events.iter().any(|e| e.kind == "psma_pet" && e.result() == Some("positive")), "{events:?}");
    }

    #[test]
    fn panels_ish_components_interpretations_and_report_text_are_read() {
        // One panel Observation, its results as components.
        let panel = json!({"resourceType": "Observation", "id": "p", "status": "final",
            "code": {"text": "Breast cancer biomarker panel (IHC)"}, "effectiveDateTime": "2025-08-15",
            "component": [
                {"code": {"coding": [{"system": "http://loinc.org", "code": "85337-4"}]},
                 "valueCodeableConcept": {"coding": [{"system": "http://loinc.org", "code": "LA6577-6", "display": "Negative"}]}},
                {"code": {"coding": [{"system": "http://loinc.org", "code": "85319-2"}]},
                 "valueCodeableConcept": {"coding": [{"system": "http://loinc.org", "code": "LA11843-2", "display": "3+"}]}}]});
        let events = normalise("Observation", "p", &panel);
        let result = |k: &str| events.iter().find(|e| e.kind == k).and_then(|e| e.result().map(str::to_string));
        assert_eq!(result("er").as_deref(), Some("negative"), "{events:?}");
        assert_eq!(result("her2").as_deref(), Some("positive"), "{events:?}");
        assert!(events.iter().all(|e| e.sources == ["Observation/p"]), "{events:?}");
        // HER2 dual-probe ISH with its ratio and copy number as components (ASCO/CAP group 1, 3).
        let ish = |ratio: f64, copies: f64| {
            json!({"resourceType": "Observation", "id": "i", "status": "final",
                "code": {"coding": [{"system": "http://loinc.org", "code": "85318-4"}], "text": "HER2 dual-probe ISH"},
                "effectiveDateTime": "2024-12-18",
                "component": [
                    {"code": {"text": "HER2/CEP17 signal ratio"}, "valueQuantity": {"value": ratio}},
                    {"code": {"text": "Average HER2 signals per nucleus"}, "valueQuantity": {"value": copies}}]})
        };
        assert_eq!(normalise("Observation", "i", &ish(2.6, 6.4))[0].result(), Some("positive"));
        assert_eq!(normalise("Observation", "i", &ish(1.4, 6.5))[0].result(), Some("equivocal"));
        assert_eq!(normalise("Observation", "i", &ish(1.3, 2.1))[0].result(), Some("negative"));
        // A result given only as its interpretation.
        let alk = json!({"resourceType": "Observation", "id": "a", "status": "final",
            "code": {"text": "ALK (D5F3) CDx immunohistochemistry, VENTANA"}, "effectiveDateTime": "2025-01-27",
            "interpretation": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "code": "POS"}]}]});
        let events = normalise("Observation", "a", &alk);
        assert!(
            events
                .iter()
                .any(|e| matches!(&e.value, Some(EventValue::Variant { gene, present: true, .. }) if gene == "ALK")),
            "{events:?}"
        );
        // A PD-L1 report whose only content is its presentedForm text.
        use base64::Engine;
        let text = "PD-L1 IHC 22C3 pharmDx\nCombined Positive Score (CPS): 15\n";
        let report = json!({"resourceType": "DiagnosticReport", "id": "r", "status": "final",
            "code": {"coding": [{"system": "http://loinc.org", "code": "85147-7",
                "display": "PD-L1 by clone 22C3 in Tissue by Immune stain Report"}]}, "effectiveDateTime": "2025-09-02",
            "presentedForm": [{"contentType": "text/plain", "data": base64::engine::general_purpose::STANDARD.encode(text)}]});
        let events = normalise("DiagnosticReport", "r", &report);
        let cps = events.iter().find(|e| e.kind == "pdl1_cps").unwrap_or_else(|| panic!("{events:?}"));
        assert!(matches!(cps.value, Some(EventValue::Quantity { value, .. }) if value == 15.0), "{cps:?}");
        assert_eq!(cps.detail("read_from"), Some("DiagnosticReport.presentedForm (text/plain)"));
    }

    #[test]
    fn a_variant_whose_value_text_says_none_was_found_is_negative() {
        for text in ["No pathogenic variants detected", "No fusion detected"] {
            let obs = json!({"resourceType": "Observation", "id": "v", "status": "final",
                "code": {"coding": [{"system": "http://loinc.org", "code": "69548-6"}]}, "effectiveDateTime": "2025-04-22",
                "valueCodeableConcept": {"text": text},
                "component": [{"code": {"coding": [{"system": "http://loinc.org", "code": "48018-6"}]},
                    "valueCodeableConcept": {"coding": [{"system": "http://www.genenames.org", "code": "HGNC:3236", "display": "EGFR"}]}}]});
            let events = normalise("Observation", "v", &obs);
            assert!(
                events.iter().any(|e| matches!(&e.value, Some(EventValue::Variant { present: false, .. }))),
                "{text}: {events:?}"
            );
            assert!(
                events.iter().all(|e| !matches!(&e.value, Some(EventValue::Variant { present: true, .. }))),
                "{text}"
            );
        }
    }

    #[test]
    fn other_medications_are_filed_apart_from_systemic_therapy() {
        let statement = |id: &str, cc: Value| {
            json!({"resourceType": "MedicationStatement", "id": id, "status": "active",
                "medicationCodeableConcept": cc, "effectivePeriod": {"start": "2025-03-01"}})
        };
        let by_code = statement(
            "o",
            json!({"coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "26225", "display": "ondansetron"}]}),
        );
        let by_brand = statement("e", json!({"text": "Eliquis 5 mg twice daily"}));
        let chemo = statement("p", json!({"text": "paclitaxel 80 mg/m2 weekly"}));
        for (id, r, category, kind, name) in [
            ("o", &by_code, Category::Medication, "medication", "ondansetron"),
            ("e", &by_brand, Category::Medication, "medication", "apixaban"),
            ("p", &chemo, Category::SystemicTherapy, "drug", "paclitaxel"),
        ] {
            let events = normalise("MedicationStatement", id, r);
            assert_eq!(events.len(), 1, "{events:?}");
            assert_eq!((events[0].category, events[0].kind.as_str(), events[0].label.as_str()), (category, kind, name));
        }
        // Never a line of therapy.
        let mut events = normalise("MedicationStatement", "o", &by_code);
        events.extend(normalise("MedicationStatement", "e", &by_brand));
        let derived = crate::twin::history::therapy::derive(&events);
        assert!(derived.lines.is_empty() && derived.regimens.is_empty(), "{derived:?}");
    }

    #[test]
    fn a_ras_panel_conclusion_negates_both_genes() {
        let report = json!({"resourceType": "DiagnosticReport", "id": "r", "status": "final",
            "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": "GE"}]}],
            "code": {"text": "RAS extended mutation panel"}, "effectiveDateTime": "2023-10-20",
            "conclusion": "KRAS exons 2-4 and NRAS exons 2-4: no mutations detected (RAS wild-type)."});
        let events = normalise("DiagnosticReport", "r", &report);
        for g in ["KRAS", "NRAS"] {
            let found: Vec<_> = events
                .iter()
                .filter(|e| matches!(&e.value, Some(EventValue::Variant { gene, .. }) if gene == g))
                .collect();
            assert!(!found.is_empty(), "{g}: {events:?}");
            for e in found {
                assert!(matches!(e.value, Some(EventValue::Variant { present: false, .. })), "{g}: {e:?}");
            }
        }
    }

    #[test]
    fn brca_mmr_and_molecular_reports_named_in_words() {
        let brca = json!({"resourceType": "Observation", "id": "b", "status": "final",
            "code": {"text": "BRCA1/2 germline testing"}, "effectiveDateTime": "2023-05-10",
            "valueString": "Pathogenic variant detected: BRCA2 c.5946delT (p.Ser1982fs)"});
        let events = normalise("Observation", "b", &brca);
        assert_eq!(events[0].kind, "brca2", "{events:?}");
        assert!(
            matches!(&events[0].value, Some(EventValue::Variant { present: true, origin: Some(o), .. }) if o == "germline"),
            "{events:?}"
        );
        let none = json!({"resourceType": "Observation", "id": "n", "status": "final",
            "code": {"text": "BRCA1/2 germline testing"}, "effectiveDateTime": "2023-05-10",
            "valueString": "No pathogenic variant detected in BRCA1 or BRCA2"});
        assert!(normalise("Observation", "n", &none)
            .iter()
            .all(|e| !matches!(e.value, Some(EventValue::Variant { present: true, .. }))));
        let mmr = json!({"resourceType": "Observation", "id": "m", "status": "final",
            "code": {"text": "MMR IHC (MLH1, PMS2, MSH2, MSH6)"}, "effectiveDateTime": "2026-01-20",
            "valueString": "Intact nuclear expression of all four proteins (pMMR)"});
        let events = normalise("Observation", "m", &mmr);
        assert_eq!((events[0].kind.as_str(), events[0].result()), ("mmr", Some("proficient")), "{events:?}");
        let report = json!({"resourceType": "DiagnosticReport", "id": "r", "status": "final",
            "code": {"text": "Molecular pathology report"}, "effectiveDateTime": "2025-10-10",
            "conclusion": "EGFR exon 21 p.L858R mutation detected by real-time PCR."});
        let events = normalise("DiagnosticReport", "r", &report);
        assert!(
            events
                .iter()
                .any(|e| matches!(&e.value, Some(EventValue::Variant { gene, present: true, .. }) if gene == "EGFR")),
            "{events:?}"
        );
    }

    #[test]
    fn stage_and_ras_tests_written_as_text() {
        let stage = json!({"resourceType": "Observation", "id": "s", "status": "final",
            "code": {"coding": [{"system": "http://loinc.org", "code": "21908-9"}]},
            "effectiveDateTime": "2025-02-04", "valueString": "Stage IIIB"});
        let events = normalise("Observation", "s", &stage);
        assert_eq!(events[0].label, "Stage IIIB (clinical)", "{events:?}");
        let ras = json!({"resourceType": "Observation", "id": "r", "status": "final",
            "code": {"coding": [{"system": "http://loinc.org", "code": "81420-2",
                "display": "KRAS and NRAS gene mutations found [Identifier] in Blood or Tissue by Molecular genetics method Nominal"}]},
            "effectiveDateTime": "2022-11-02", "valueString": "No KRAS or NRAS mutation detected (exons 2, 3, 4)"});
        let events = normalise("Observation", "r", &ras);
        let kinds: Vec<&str> = events.iter().map(|e| e.kind.as_str()).collect();
        assert_eq!(kinds, ["kras", "nras"], "{events:?}");
        assert!(events.iter().all(|e| e.label.ends_with("not detected")), "{events:?}");
        // A KRAS mutation says nothing of NRAS.
        let g12d = json!({"resourceType": "Observation", "id": "g", "status": "final",
            "code": {"text": "KRAS and NRAS mutation analysis"}, "effectiveDateTime": "2022-11-02",
            "valueString": "KRAS p.G12D detected; NRAS wild-type"});
        let events = normalise("Observation", "g", &g12d);
        assert!(events.iter().all(|e| e.kind != "nras" || e.label.contains("not detected")), "{events:?}");
    }

    #[test]
    fn progression_written_beside_a_record() {
        for yes in [
            "Progressive disease per RECIST 1.1: enlarging and new hepatic metastases",
            "First-line metastatic; progression 2023-05 (lung)",
            "Progressed on FOLFOX",
            "Stable in lung; progression in liver",
            "Multiple hepatic and pulmonary metastases, increased compared with outside CT 05/2025.",
            "New hepatic lesions.",
        ] {
            assert!(progression_in_text(yes), "{yes}");
        }
        for no in [
            "No evidence of progression",
            "CT: without progression, stable nodules",
            "Progression-free survival 11 months on this regimen",
            "Progress note reviewed",
            "Adjuvant trastuzumab 1 year",
            "No new lesions; liver metastases unchanged.",
            "Without enlarging nodes.",
        ] {
            assert!(!progression_in_text(no), "{no}");
        }
        let ms = json!({"resourceType": "MedicationStatement", "id": "m", "status": "completed",
            "medicationCodeableConcept": {"text": "Herceptin + Perjeta + Taxotere (THP)"},
            "effectivePeriod": {"start": "2021-12-02"},
            "note": [{"text": "First-line metastatic; progression 2023-05 (lung)"}]});
        let events = normalise("MedicationStatement", "m", &ms);
        let p = events.iter().find(|e| e.category == Category::DiseaseStatus).expect("progression event");
        assert_eq!((p.result(), p.date.to_string().as_str()), (Some("progression"), "2023-05-01"));
        assert_eq!(p.detail("read_from"), Some("MedicationStatement.note"));
        let scan = json!({"resourceType": "Observation", "id": "o", "status": "final",
            "category": [{"coding": [{"code": "imaging"}]}], "code": {"text": "CT chest/abdomen/pelvis"},
            "effectiveDateTime": "2025-02-26", "valueString": "Progressive disease per RECIST 1.1"});
        let events = normalise("Observation", "o", &scan);
        assert_eq!(events.iter().filter(|e| e.result() == Some("progression")).count(), 1, "{events:?}");
        let quiet = json!({"resourceType": "Observation", "id": "q", "status": "final",
            "category": [{"coding": [{"code": "imaging"}]}], "code": {"text": "CT chest"},
            "effectiveDateTime": "2025-02-26", "valueString": "No evidence of progression"});
        assert!(normalise("Observation", "q", &quiet).iter().all(|e| e.result() != Some("progression")));
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
        // Regimen acronyms as EHRs write them in a medication's text.
        let names = |t: &str| {
            let mut n: Vec<&str> = codes::ingredients_of(None, t).0.iter().map(|i| i.name).collect();
            n.sort_unstable();
            n
        };
        assert_eq!(names("mFOLFOX6 + Avastin"), ["bevacizumab", "fluorouracil", "leucovorin", "oxaliplatin"]);
        assert_eq!(names("modified FOLFOX-6"), ["fluorouracil", "leucovorin", "oxaliplatin"]);
        assert_eq!(names("XELOX q3w"), ["capecitabine", "oxaliplatin"]);
        assert_eq!(names("FOLFOXIRI"), ["fluorouracil", "irinotecan", "leucovorin", "oxaliplatin"]);
        assert!(names("FOLFOXY trial drug").is_empty(), "a longer word is not the acronym");
        assert!(names("HP 2 tabs").is_empty(), "short acronyms are not read as regimens");
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
    fn pharmacy_fills_coded_by_ndc() {
        // Tagrisso 40 mg (product NDC 0310-1248) as a specialty pharmacy sends it: the 11-digit
        // package NDC only, handed over with a 30-day supply.
        let fill = json!({"resourceType": "MedicationDispense", "id": "d1", "status": "completed",
            "medicationCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/ndc", "code": "00310124830"}]},
            "subject": {"reference": "Patient/p"}, "whenHandedOver": "2024-03-04", "daysSupply": {"value": 30}});
        let events = normalise("MedicationDispense", "d1", &fill);
        assert_eq!(events.len(), 1);
        let e = &events[0];
        assert_eq!((e.label.as_str(), e.code.as_ref().unwrap().code.as_str()), ("osimertinib", "1721560"));
        assert_eq!((e.date.to_string(), e.end.unwrap().to_string()), ("2024-03-04".into(), "2024-04-03".into()));
        assert_eq!(e.details["record"], "dispense");
        assert_eq!(e.details["normalised_by"], "ndc-product-table");
        assert_eq!(e.details["source_code"], "ndc:00310124830");
        // The same product as a hyphenated package NDC and as ten digits without hyphens.
        for code in ["0310-1248-30", "0310124830"] {
            let mut f = fill.clone();
            f["medicationCodeableConcept"]["coding"][0]["code"] = json!(code);
            assert_eq!(normalise("MedicationDispense", "d1", &f)[0].label, "osimertinib", "{code}");
        }
        // A declined or cancelled fill was never handed over; an unknown NDC is not guessed.
        for status in ["declined", "cancelled", "preparation"] {
            let mut f = fill.clone();
            f["status"] = json!(status);
            assert!(normalise("MedicationDispense", "d1", &f).is_empty(), "{status}");
        }
        let mut unknown = fill.clone();
        unknown["medicationCodeableConcept"]["coding"][0]["code"] = json!("99999-9999-99");
        assert!(normalise("MedicationDispense", "d1", &unknown).is_empty());
    }

    #[test]
    fn drugs_billed_on_adjudicated_claims() {
        // A professional claim (CARIN Blue Button style): J-codes with and without displays.
        let eob = json!({"resourceType": "ExplanationOfBenefit", "id": "e1", "status": "active", "use": "claim",
            "outcome": "complete", "patient": {"reference": "Patient/p"},
            "billablePeriod": {"start": "2025-07-07", "end": "2025-09-08"},
            "item": [
                {"sequence": 1, "servicedDate": "2025-07-07", "productOrService": {"coding": [
                    {"system": "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "code": "J9045", "display": "Injection, carboplatin, 50 mg"}]}},
                {"sequence": 2, "servicedDate": "2025-07-07", "productOrService": {"coding": [
                    {"system": "https://bluebutton.cms.gov/resources/codesystem/hcpcs", "code": "J9305"}]}},
                {"sequence": 3, "productOrService": {"coding": [
                    {"system": "http://www.ama-assn.org/go/cpt", "code": "96413", "display": "Chemo IV infusion 1 hr"}]}}]});
        let events = normalise("ExplanationOfBenefit", "e1", &eob);
        let drugs: Vec<(&str, String, &str)> =
            events.iter().map(|e| (e.label.as_str(), e.date.to_string(), e.details["source_code"].as_str())).collect();
        assert_eq!(
            drugs,
            [("carboplatin", "2025-07-07".into(), "hcpcs:J9045"), ("pemetrexed", "2025-07-07".into(), "hcpcs:J9305")]
        );
        assert_eq!(events[0].details["record"], "claim");
        assert_eq!(events[1].details["normalised_by"], "hcpcs-descriptor");
        // A pharmacy claim by NDC, its days' supply in supportingInfo.
        let rx = json!({"resourceType": "ExplanationOfBenefit", "id": "e2", "status": "active", "use": "claim",
            "patient": {"reference": "Patient/p"}, "billablePeriod": {"start": "2024-03-04"},
            "supportingInfo": [{"sequence": 1, "category": {"coding": [{"code": "dayssupply"}]}, "valueQuantity": {"value": 30}}],
            "item": [{"sequence": 1, "productOrService": {"coding": [{"system": "http://hl7.org/fhir/sid/ndc", "code": "00310124830"}]}}]});
        let e = &normalise("ExplanationOfBenefit", "e2", &rx)[0];
        assert_eq!((e.label.as_str(), e.end.unwrap().to_string()), ("osimertinib", "2024-04-03".into()));
        // A prior authorisation or a claim in error is no treatment given.
        for (field, value) in [("use", "preauthorization"), ("outcome", "error"), ("status", "entered-in-error")] {
            let mut other = eob.clone();
            other[field] = json!(value);
            assert!(normalise("ExplanationOfBenefit", "e1", &other).is_empty(), "{field} {value}");
        }
    }

    #[test]
    fn histologic_grade_as_pathology_writes_it() {
        for (text, grade) in [
            ("Invasive ductal carcinoma, Nottingham grade 3", 3.0),
            ("Invasive ductal carcinoma, Nottingham grade 3 (3+3+2), 3.4 cm.", 3.0),
            ("Histologic grade: II", 2.0),
            ("SBR grade 1", 1.0),
            ("Nottingham score 8", 3.0),
            ("Poorly differentiated adenocarcinoma", 3.0),
            ("histologic grade Grade 3 (3+3+2)", 3.0),
            ("Tumor grade: G2", 2.0),
        ] {
            assert_eq!(histologic_grade_in(text), Some(grade), "{text}");
        }
        for text in
            ["grade 3 neutropenia", "Gleason score 4+5=9 (Grade Group 5)", "grade group 2", "CTCAE grade 2 diarrhea"]
        {
            assert_eq!(histologic_grade_in(text), None, "{text}");
        }
    }

    #[test]
    fn a_bone_scan_procedure_note_counts_its_lesions() {
        let scan = json!({"resourceType": "Procedure", "id": "b", "status": "completed", "subject": {"reference": "Patient/p"},
            "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "78306", "display": "Bone and/or joint imaging; whole body"}]},
            "performedDateTime": "2026-01-22", "note": [{"text": "Seven osseous metastases (spine, pelvis, ribs)."}]});
        let events = normalise("Procedure", "b", &scan);
        let lesions = events.iter().find(|e| e.kind == "bone_lesions").expect("bone lesions read");
        assert!(matches!(lesions.value, Some(EventValue::Quantity { value, .. }) if value == 7.0));
        assert_eq!(lesions.details["read_from"], "Procedure.note");
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
                ("Observation", json!({"resourceType": "Observation", "status": "final", "code": {"coding": [{"system": codes::LOINC, "code": "69548-6"}]}, "effectiveDateTime": date,
                    "component": [{"code": {"coding": [{"code": "48018-6"}]}, "valueCodeableConcept": {"coding": [{"display": text}]}}, {"code": {"coding": [{"code": "48005-3"}]}, "valueCodeableConcept": {"coding": [{"code": text}]}}]})),
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

    /// The count of unreadable values of `kind` in the metrics exposition.
    fn unreadable_count(kind: &str) -> u64 {
        let needle = format!("oncotwin_history_unreadable_values_total{{kind=\"{kind}\"}} ");
        crate::telemetry::metrics::render()
            .lines()
            .find_map(|l| l.strip_prefix(needle.as_str()).and_then(|n| n.trim().parse().ok()))
            .unwrap_or(0)
    }

    fn facts_of(resources: &[(&str, Value)]) -> crate::twin::history::FactsReport {
        let mut events = Vec::new();
        for (i, (rt, r)) in resources.iter().enumerate() {
            events.extend(normalise(rt, &format!("r{i}"), r));
        }
        crate::twin::history::facts_as_of("p", &events, NaiveDate::from_ymd_opt(2025, 1, 1).unwrap())
    }

    #[test]
    fn an_unreadable_stage_is_counted_and_never_a_stage_fact() {
        let before = unreadable_count("stage");
        let condition = json!({"resourceType": "Condition", "code": {"text": "Adenocarcinoma of colon stage ZZ"},
            "onsetDateTime": "2024-01-02", "stage": [{"summary": {"text": "Stage ZZ"}}]});
        let observation = json!({"resourceType": "Observation", "status": "final",
            "code": {"coding": [{"system": codes::LOINC, "code": "21908-9"}]}, "effectiveDateTime": "2024-01-03",
            "valueCodeableConcept": {"text": "stage ZZ"}});
        let report = facts_of(&[("Condition", condition.clone()), ("Observation", observation)]);
        assert!(report.facts.get("stage").is_none(), "{:?}", report.facts.get("stage"));
        assert!(unreadable_count("stage") >= before + 3, "the diagnosis name, the summary and the observation");
        // The summary is still shown, as written.
        let events = normalise("Condition", "c", &condition);
        assert!(events.iter().any(|e| e.kind == "stage_other" && e.label == "Stage ZZ"), "{events:?}");
        // A data-absent or not-assessed value is no unreadable stage.
        let before = unreadable_count("tnm");
        let nx = json!({"resourceType": "Observation", "status": "final",
            "code": {"coding": [{"system": codes::SNOMED, "code": "399534004"}]}, "effectiveDateTime": "2024-01-03",
            "valueCodeableConcept": {"text": "cNX"}});
        normalise("Observation", "nx", &nx);
        assert_eq!(unreadable_count("tnm"), before);
    }

    #[test]
    fn stage_value_codes_are_read_without_their_display() {
        let group = json!({"resourceType": "Observation", "status": "final",
            "code": {"coding": [{"system": codes::LOINC, "code": "21908-9"}]}, "effectiveDateTime": "2024-01-03",
            "valueCodeableConcept": {"coding": [{"system": "http://cancerstaging.org", "code": "3A"}]}});
        let t = json!({"resourceType": "Observation", "status": "final",
            "code": {"coding": [{"system": codes::SNOMED, "code": "399504009"}]}, "effectiveDateTime": "2024-01-03",
            "valueCodeableConcept": {"coding": [{"system": codes::SNOMED, "code": "1228938002"}]}});
        let report = facts_of(&[("Observation", group), ("Observation", t)]);
        assert_eq!(report.facts.get("stage").map(|f| f.value.to_string()), Some("IIIA".into()));
        assert_eq!(report.facts.get("t").map(|f| f.value.to_string()), Some("T3".into()));
    }

    #[test]
    fn a_malformed_hgvs_is_ignored_and_counted_never_a_wrong_variant() {
        let before = unreadable_count("hgvs");
        let variant = |desc: &str| {
            json!({"resourceType": "Observation", "status": "final", "code": {"coding": [{"system": codes::LOINC, "code": "69548-6"}]},
                "effectiveDateTime": "2024-01-02", "valueCodeableConcept": {"coding": [{"system": codes::LOINC, "code": "LA9633-4"}]},
                "component": [{"code": {"coding": [{"system": codes::LOINC, "code": "48018-6"}]}, "valueCodeableConcept": {"coding": [{"display": "KRAS"}]}},
                              {"code": {"coding": [{"system": codes::LOINC, "code": "48005-3"}]}, "valueCodeableConcept": {"coding": [{"code": desc}]}}]})
        };
        // "p.Gly12Cyss" contains "gly12cys" but is no HGVS: not read as G12C — a KRAS variant
        // whose change could not be read (`unspecified`: a G12C gate asks for documentation).
        let events = normalise("Observation", "v", &variant("p.Gly12Cyss"));
        let Some(EventValue::Variant { alteration, .. }) = &events[0].value else { panic!("{events:?}") };
        assert_eq!(alteration.as_deref(), Some("unspecified"));
        assert!(unreadable_count("hgvs") > before);
        let events = normalise("Observation", "w", &variant("p.Gly12Cys"));
        let Some(EventValue::Variant { alteration, .. }) = &events[0].value else { panic!("{events:?}") };
        assert_eq!(alteration.as_deref(), Some("g12c"));
        // A coding-DNA position is no codon: c.750del is not an EGFR exon 19 deletion.
        assert_eq!(normalise_alteration("EGFR", "c.750del"), "other");
        assert_eq!(normalise_alteration("EGFR", "E746_A750del"), "exon19del");
    }

    #[test]
    fn receptor_status_codes_multi_marker_results_and_thresholds() {
        let z17 = |code: &str| {
            (
                "Condition",
                json!({"resourceType": "Condition", "onsetDateTime": "2024-01-02",
                "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": code}]}}),
            )
        };
        let word = |r: &crate::twin::history::FactsReport, f: &str| r.facts.get(f).map(|v| v.value.to_string());
        // ER+ alone makes hormone receptors positive; the combined codes state HR and HER2.
        let r = facts_of(&[z17("Z17.0")]);
        assert_eq!((word(&r, "er"), word(&r, "hr")), (Some("positive".into()), Some("positive".into())));
        let r = facts_of(&[z17("Z17.411")]);
        assert_eq!(
            (word(&r, "er"), word(&r, "hr"), word(&r, "her2")),
            (None, Some("positive".into()), Some("negative".into()))
        );
        let r = facts_of(&[z17("Z17.421")]);
        assert_eq!(
            (word(&r, "er"), word(&r, "pr"), word(&r, "hr")),
            (Some("negative".into()), Some("negative".into()), Some("negative".into()))
        );
        // ER negative and PR unknown: the hormone receptor status is not known.
        let r = facts_of(&[z17("Z17.1")]);
        assert_eq!(word(&r, "hr"), None);
        let text = |name: &str, value: &str| {
            (
                "Observation",
                json!({"resourceType": "Observation", "status": "final", "effectiveDateTime": "2024-01-05",
                "code": {"text": name}, "valueString": value}),
            )
        };
        // One result naming two markers is read as two results.
        let r = facts_of(&[text("EGFR / ALK testing", "EGFR wild-type (PCR); ALK negative (IHC D5F3)")]);
        assert_eq!((word(&r, "egfr"), word(&r, "alk")), (Some("wildtype".into()), Some("wildtype".into())));
        let r = facts_of(&[text(
            "Breast cancer receptor panel",
            "ER 0%, PR 0%, HER2 IHC 0 (negative) - triple-negative phenotype",
        )]);
        assert_eq!(
            (word(&r, "er"), word(&r, "pr"), word(&r, "her2")),
            (Some("negative".into()), Some("negative".into()), Some("negative".into()))
        );
        // Genes sharing one result are not split at their commas.
        let r = facts_of(&[text("MMR IHC", "MLH1, PMS2, MSH2, MSH6: retained (proficient)")]);
        assert_eq!(word(&r, "mmr"), Some("proficient".into()));
        // "<1%" is under every cut-off; "<50%" is no number; a "<" Quantity reads the same.
        let r = facts_of(&[text("PD-L1 22C3 TPS", "TPS <1%")]);
        assert_eq!(r.facts.get("pdl1_tps").map(|f| f.value.to_string()), Some("0".into()));
        let r = facts_of(&[text("PD-L1 22C3 TPS", "< 50%")]);
        assert!(r.facts.get("pdl1_tps").is_none());
        let r = facts_of(&[text("ER IHC", "<1% nuclear staining")]);
        assert_eq!(word(&r, "er"), Some("negative".into()));
        let q = json!({"resourceType": "Observation", "status": "final", "effectiveDateTime": "2024-01-05",
            "code": {"coding": [{"system": codes::LOINC, "code": "2986-8"}], "text": "Testosterone"},
            "valueQuantity": {"value": 20, "comparator": "<", "unit": "ng/dL"}});
        let t = normalise("Observation", "t", &q);
        assert!(
            t.iter().any(|e| matches!(e.value, Some(EventValue::Quantity { value, .. }) if value == 20.0)),
            "{t:?}"
        );
    }

    #[test]
    fn node_counts_in_notes_variant_origin_in_words_and_negated_progression() {
        let word = |r: &crate::twin::history::FactsReport, f: &str| r.facts.get(f).map(|v| v.value.to_string());
        let breast = (
            "Condition",
            json!({"resourceType": "Condition", "onsetDateTime": "2024-05-01",
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C50.911"}]}}),
        );
        let alnd = (
            "Procedure",
            json!({"resourceType": "Procedure", "status": "completed", "performedDateTime": "2024-07-15",
            "code": {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "38745"}], "text": "Axillary lymphadenectomy; complete"},
            "note": [{"text": "Axillary dissection: 5 of 12 lymph nodes with macrometastases"}]}),
        );
        let r = facts_of(&[breast, alnd]);
        assert_eq!(word(&r, "positive_nodes"), Some("5".into()));
        assert_eq!(word(&r, "n"), Some("N2".into()));
        assert!(r.derivation["n"].inferred && r.derivation["n"].rule.contains("pN2"), "{:?}", r.derivation["n"]);
        assert_eq!(positive_nodes_in("0/3 sentinel nodes involved"), Some((0.0, 3.0)));
        assert_eq!(positive_nodes_in("12 of 14 days"), None);
        // A germline BRCA1 variant whose origin only the method and the note say.
        let variant = json!({"resourceType": "Observation", "status": "final", "effectiveDateTime": "2022-04-01",
            "code": {"coding": [{"system": codes::LOINC, "code": "69548-6"}]},
            "valueCodeableConcept": {"coding": [{"system": codes::LOINC, "code": "LA9633-4", "display": "Present"}]},
            "component": [{"code": {"coding": [{"system": codes::LOINC, "code": "48018-6"}]},
                "valueCodeableConcept": {"coding": [{"system": "http://www.genenames.org", "code": "HGNC:1100", "display": "BRCA1"}]}},
                {"code": {"coding": [{"system": codes::LOINC, "code": "48004-6"}]},
                "valueCodeableConcept": {"coding": [{"system": "http://varnomen.hgvs.org", "code": "NM_007294.4:c.68_69del"}]}}],
            "note": [{"text": "Germline, pathogenic (ACMG class 5)"}], "method": {"text": "Germline hereditary cancer panel"}});
        let r = facts_of(&[("Observation", variant)]);
        assert_eq!(word(&r, "brca"), Some("brca1".into()));
        // "Partial response; no progression" is a response, never a progression.
        let status = |text: &str| {
            let o = json!({"resourceType": "Observation", "status": "final", "effectiveDateTime": "2025-04-18",
                "code": {"coding": [{"system": codes::LOINC, "code": "97509-4"}]}, "valueCodeableConcept": {"text": text}});
            normalise("Observation", "s", &o).first().and_then(|e| e.result().map(str::to_string))
        };
        assert_eq!(status("Partial response; no progression after chemoradiation").as_deref(), Some("response"));
        assert_eq!(status("No evidence of disease progression").as_deref(), Some("stable"));
        assert_eq!(status("Progression: enlarging liver metastases").as_deref(), Some("progression"));
    }

    #[test]
    fn only_final_results_and_confirmed_diagnoses_are_facts() {
        let word = |r: &crate::twin::history::FactsReport, f: &str| r.facts.get(f).map(|v| v.value.to_string());
        let egfr = |status: &str, answer: &str, day: &str, note: &str| {
            (
                "Observation",
                json!({"resourceType": "Observation", "status": status, "effectiveDateTime": day,
                "code": {"coding": [{"system": codes::LOINC, "code": "69548-6"}]},
                "valueCodeableConcept": {"coding": [{"system": codes::LOINC, "code": answer}]},
                "note": [{"text": note}],
                "component": [{"code": {"coding": [{"system": codes::LOINC, "code": "48018-6"}]},
                    "valueCodeableConcept": {"coding": [{"system": "http://www.genenames.org", "code": "HGNC:3236", "display": "EGFR"}]}},
                    {"code": {"coding": [{"system": codes::LOINC, "code": "48005-3"}]},
                    "valueCodeableConcept": {"text": "p.L858R"}}]}),
            )
        };
        // A preliminary L858R amended to none after a sample swap: no EGFR mutation.
        let r = facts_of(&[
            egfr("preliminary", "LA9633-4", "2024-01-20", "Preliminary rapid PCR"),
            egfr("amended", "LA9634-2", "2024-01-30", "AMENDED: sample swap"),
        ]);
        assert_ne!(word(&r, "egfr"), Some("l858r".into()));
        assert!(facts_of(&[egfr("preliminary", "LA9633-4", "2024-01-20", "PCR")]).facts.get("egfr").is_none());
        // A present call the amended note says is not deleterious is no alteration.
        let r = facts_of(&[egfr("amended", "LA9633-4", "2024-01-30", "Reclassified: not deleterious (benign).")]);
        assert_ne!(word(&r, "egfr"), Some("l858r".into()));
        // A failed test found nothing.
        let mut failed = egfr("final", "LA9633-4", "2024-01-30", "NGS failed").1;
        failed.as_object_mut().unwrap().remove("valueCodeableConcept");
        failed["dataAbsentReason"] = json!({"coding": [{"system": "http://terminology.hl7.org/CodeSystem/data-absent-reason", "code": "error"}]});
        assert!(facts_of(&[("Observation", failed)]).facts.get("egfr").is_none());
        // A provisional metastasis is not on record; a progress note filed as an Observation
        // saying the records are requested opens the treatment history.
        let lesion = json!({"resourceType": "Condition", "onsetDateTime": "2024-02-01",
            "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": "provisional"}]},
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C79.51"}]}});
        let note = json!({"resourceType": "Observation", "status": "final", "effectiveDateTime": "2024-03-10",
            "code": {"coding": [{"system": codes::LOINC, "code": "11506-3"}]},
            "valueString": "Transferred care 2025. Prior systemic therapy at outside institution 2022-2024 - details not available; records requested."});
        let r = facts_of(&[("Condition", lesion), ("Observation", note)]);
        assert!(r.facts.get("m").is_none(), "{:?}", r.facts.get("m"));
        assert_eq!(word(&r, "history_pending"), Some("true".into()));
    }

    #[test]
    fn outside_records_outstanding_open_the_treatment_history() {
        let dx = json!({"resourceType": "Condition", "onsetDateTime": "2020-01-15",
            "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C61"}]},
            "note": [{"text": "Treated 2020-2024 at an outside cancer center. Outside chemotherapy records not available."}]});
        let r = facts_of(&[("Condition", dx.clone())]);
        assert_eq!(r.facts.get("history_pending").map(|f| f.value.to_string()), Some("true".into()));
        // With the history open, no ADT on record does not make the disease hormone-naive.
        assert!(r.facts.get("castration").is_none(), "{:?}", r.facts.get("castration"));
        let mut plain = dx;
        plain["note"] = json!([{"text": "Outside records reviewed."}]);
        let r = facts_of(&[("Condition", plain)]);
        assert!(r.facts.get("history_pending").is_none());
        assert_eq!(r.facts.get("castration").map(|f| f.value.to_string()), Some("sensitive".into()));
    }

    #[test]
    fn mmr_proteins_her2_copy_number_and_msi_codes() {
        let obs = |code: &str, value: Value| {
            let mut o = json!({"resourceType": "Observation", "status": "final",
                "code": {"coding": [{"system": codes::LOINC, "code": code}]}, "effectiveDateTime": "2024-02-01"});
            o["valueCodeableConcept"] = value;
            o
        };
        let loss =
            json!({"coding": [{"system": codes::LOINC, "code": "LA26198-4", "display": "Loss of nuclear expression"}]});
        let intact = json!({"text": "Intact nuclear expression"});
        let report =
            facts_of(&[("Observation", obs("81691-8", loss)), ("Observation", obs("81694-2", intact.clone()))]);
        assert_eq!(report.facts.get("mmr").map(|f| f.value.to_string()), Some("deficient".into()));
        assert!(report.derivation["mmr"].rule.contains("MLH1"), "{}", report.derivation["mmr"].rule);
        // Two intact proteins are not a proficient tumour; "no loss" is not a loss.
        let report = facts_of(&[("Observation", obs("81693-4", json!({"text": "no loss of expression"})))]);
        assert!(report.facts.get("mmr").is_none());
        let named = json!({"resourceType": "Observation", "status": "final", "code": {"text": "MSH2 immunostain"},
            "effectiveDateTime": "2024-02-01", "valueString": "no loss of expression"});
        assert_eq!(normalise("Observation", "m", &named)[0].result(), Some("intact"));
        // HER2 average copy number per nucleus (74860-8) and the MSI answer list LL1057-0.
        let mut copies = obs("74860-8", Value::Null);
        copies.as_object_mut().unwrap().remove("valueCodeableConcept");
        copies["valueQuantity"] = json!({"value": 4.5});
        assert_eq!(normalise("Observation", "h", &copies)[0].result(), Some("equivocal"));
        let msi =
            obs("81695-9", json!({"coding": [{"system": codes::LOINC, "code": "LA14122-8", "display": "Stable"}]}));
        assert_eq!(normalise("Observation", "s", &msi)[0].result(), Some("stable"));
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
        assert_eq!(normalise_alteration("BRAF", "BRAF D594G (class III); V600E not detected"), "other");
        assert_eq!(normalise_alteration("BRAF", "non-V600 (p.Asp594Gly)"), "other");
        assert_eq!(normalise_alteration("MET", "amplification (CN 9); exon 14 skipping not detected"), "amplification");
        assert_eq!(normalise_alteration("BRAF", "V600E"), "v600e");
        // Only "mutant": which variant is not said; a named other variant or a stated absence
        // of the hotspot is another variant.
        assert_eq!(normalise_alteration("BRAF", "BRAF-mutant per outside report"), "unspecified");
        assert_eq!(normalise_alteration("KRAS", "Positive"), "unspecified");
        assert_eq!(normalise_alteration("EGFR", "mutation detected"), "unspecified");
        assert_eq!(normalise_alteration("BRAF", "BRAF mutation, non-V600"), "other");
        assert_eq!(normalise_alteration("KRAS", "G13C"), "other");
        assert_eq!(normalise_alteration("EGFR", "exon 18 mutation"), "other");
        assert_eq!(metastasis_absent_in("No scintigraphic evidence of osseous metastatic disease."), Some("bone"));
        assert_eq!(metastasis_absent_in("No lymphadenopathy or visceral metastases."), Some("visceral"));
        assert_eq!(metastasis_absent_in("No visceral metastases; new lesion in T9 consistent with metastasis."), None);
        assert!(no_metastasis_in_text("castration-resistant, no metastases on conventional imaging"));
        assert_eq!(normalise_alteration("RET", "KIF5B-RET fusion"), "fusion");
        assert_eq!(normalise_alteration("RET", "p.Met918Thr"), "mutation");
        assert_eq!(normalise_alteration("NTRK1", "TPM3-NTRK1"), "fusion");
    }
}
