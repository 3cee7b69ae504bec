//! The timeline document: what `GET /api/v1/patients/{id}/timeline` returns, and what the
//! text, FHIR and HTML views are drawn from.

use super::event::{Category, EventValue, TimelineEvent};
use super::therapy::{Derived, LineOfTherapy, RadiotherapyCourse, Regimen};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Which events to include.
#[derive(Debug, Clone, Default)]
pub struct TimelineQuery {
    /// Only these categories (empty: all). Regimens and lines follow `systemic_therapy`,
    /// courses follow `radiotherapy`.
    pub categories: Vec<Category>,
    /// Events that end on or after this date.
    pub from: Option<NaiveDate>,
    /// Events that start on or before this date.
    pub to: Option<NaiveDate>,
}

impl TimelineQuery {
    fn wants(&self, category: Category) -> bool {
        self.categories.is_empty() || self.categories.contains(&category)
    }
    fn overlaps(&self, start: NaiveDate, end: NaiveDate) -> bool {
        self.from.is_none_or(|f| end >= f) && self.to.is_none_or(|t| start <= t)
    }
}

/// One cancer at a glance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CancerSummary {
    pub event: String,
    pub label: String,
    pub date: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub histology: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub laterality: Option<String>,
}

/// The patient at a glance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub death_date: Option<NaiveDate>,
    pub cancers: Vec<CancerSummary>,
    /// Latest stage group and TNM ("IIIA", "cT3 cN1 cM0").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tnm: Option<String>,
    /// Latest result per marker ("ER positive", "HER2 positive", "PSA 4.5 ng/mL").
    pub markers: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub performance_status: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disease_status: Option<String>,
    pub lines_of_therapy: usize,
    /// The first and last dates of oncology events (the page's time axis).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_date: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_date: Option<NaiveDate>,
}

/// A patient's timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineDocument {
    pub patient_id: String,
    /// When the derived data was last computed (RFC 3339).
    pub computed_at: String,
    pub summary: Summary,
    pub lines: Vec<LineOfTherapy>,
    pub regimens: Vec<Regimen>,
    pub radiotherapy_courses: Vec<RadiotherapyCourse>,
    pub events: Vec<TimelineEvent>,
}

/// Builds the document from all of a patient's events (sorted) and its derived data.
pub fn build(
    patient_id: &str,
    all: &[TimelineEvent],
    derived: Derived,
    computed_at: String,
    query: &TimelineQuery,
) -> TimelineDocument {
    let summary = summarise(all, &derived);
    let Derived { regimens, lines, radiotherapy_courses } = derived;
    let systemic = query.wants(Category::SystemicTherapy);
    let radio = query.wants(Category::Radiotherapy);
    TimelineDocument {
        patient_id: patient_id.to_string(),
        computed_at,
        summary,
        lines: lines.into_iter().filter(|l| systemic && query.overlaps(l.start, l.end)).collect(),
        regimens: regimens.into_iter().filter(|r| systemic && query.overlaps(r.start, r.end)).collect(),
        radiotherapy_courses: radiotherapy_courses
            .into_iter()
            .filter(|c| radio && query.overlaps(c.start, c.end))
            .collect(),
        events: all
            .iter()
            .filter(|e| query.wants(e.category) && query.overlaps(e.date, e.last_day()))
            .cloned()
            .collect(),
    }
}

fn summarise(all: &[TimelineEvent], derived: &Derived) -> Summary {
    let birth = all.iter().find(|e| e.category == Category::Patient && e.kind == "birth");
    let cancers: Vec<CancerSummary> = all
        .iter()
        .filter(|e| e.category == Category::Diagnosis && e.kind == "primary_cancer")
        .map(|e| CancerSummary {
            event: e.id.clone(),
            label: e.label.clone(),
            date: e.date,
            histology: e
                .detail("histology_text")
                .map(str::to_string)
                .or_else(|| e.detail("histology").map(readable_histology)),
            laterality: e.detail("laterality").map(str::to_string),
        })
        .collect();
    let latest = |kind: &str| {
        all.iter().filter(|e| e.category == Category::Staging && e.kind == kind && e.value.is_some()).max_by_key(|e| {
            let (pathological, len) = match &e.value {
                Some(EventValue::Graded { prefix, text }) => (prefix.starts_with('p') || prefix == "yp", text.len()),
                _ => (false, 0),
            };
            (e.date, pathological, e.detail("from").is_none(), len)
        })
    };
    let stage = latest("stage_group").and_then(|e| match &e.value {
        Some(EventValue::Graded { text, .. }) => Some(text.clone()),
        _ => None,
    });
    let tnm: Vec<String> = ["t", "n", "m"].iter().filter_map(|k| latest(k).map(|e| e.label.clone())).collect();
    let mut markers: Vec<String> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for e in all.iter().rev().filter(|e| e.category == Category::Biomarker && e.value.is_some()) {
        let key = match &e.value {
            Some(EventValue::Variant { gene, .. }) => gene.clone(),
            _ => e.kind.clone(),
        };
        if !seen.contains(&key) {
            seen.push(key);
            markers.push(e.label.clone());
        }
    }
    markers.reverse();
    let oncology: Vec<&TimelineEvent> = all.iter().filter(|e| !matches!(e.category, Category::Patient)).collect();
    Summary {
        sex: birth.and_then(|b| b.detail("sex")).map(str::to_string),
        birth_date: birth.map(|b| b.date),
        death_date: all.iter().find(|e| e.category == Category::Death).map(|e| e.date),
        cancers,
        stage,
        tnm: (!tnm.is_empty()).then(|| tnm.join(" ")),
        markers,
        performance_status: all
            .iter()
            .rev()
            .find(|e| e.category == Category::PerformanceStatus)
            .map(|e| e.label.clone()),
        disease_status: all
            .iter()
            .rev()
            .find(|e| e.category == Category::DiseaseStatus)
            .map(|e| format!("{} ({})", e.label, e.date)),
        lines_of_therapy: derived.lines.len(),
        first_date: oncology.iter().map(|e| e.date).min(),
        last_date: oncology.iter().map(|e| e.last_day()).max(),
    }
}

/// The histology word of the facts vocabulary, as a clinician writes it.
pub fn readable_histology(word: &str) -> String {
    match word {
        "nsclc_nos" => "non-small cell, NOS".into(),
        "small_cell" => "small cell".into(),
        "large_cell" => "large cell".into(),
        "squamous" => "squamous cell".into(),
        "ductal" => "invasive ductal".into(),
        "lobular" => "lobular".into(),
        other => other.replace('_', " "),
    }
}
