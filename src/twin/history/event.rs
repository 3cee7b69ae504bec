//! Timeline events: one clinically meaningful fact with a date, read from one FHIR resource
//! (or, for regimens, lines and radiotherapy courses, derived from several events).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The swim lane an event belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Birth and administrative sex (read by facts, not drawn).
    Patient,
    /// Cancer diagnoses, metastases, histology, grade, biopsies.
    Diagnosis,
    /// TNM categories, stage groups, other staging systems, tumour size.
    Staging,
    /// Receptors, mutations, tumour markers, genomic variants, pathology/genomics reports.
    Biomarker,
    /// ECOG and Karnofsky.
    PerformanceStatus,
    /// Each antineoplastic drug given, ordered or taken; chemotherapy sessions.
    SystemicTherapy,
    /// Other medications (supportive care and home medications: antiemetics, growth factors,
    /// anticoagulants, antibiotics …), `pathways/valuesets/medications.csv`; never a line of
    /// therapy.
    Medication,
    /// Cancer surgery.
    Surgery,
    /// Radiotherapy sessions and courses.
    Radiotherapy,
    /// Imaging and endoscopy.
    Imaging,
    /// Disease status assessments (response, progression, remission).
    DiseaseStatus,
    /// Death.
    Death,
}

impl Category {
    pub const ALL: [Category; 12] = [
        Category::Patient,
        Category::Diagnosis,
        Category::Staging,
        Category::Biomarker,
        Category::PerformanceStatus,
        Category::SystemicTherapy,
        Category::Medication,
        Category::Surgery,
        Category::Radiotherapy,
        Category::Imaging,
        Category::DiseaseStatus,
        Category::Death,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::Patient => "patient",
            Category::Diagnosis => "diagnosis",
            Category::Staging => "staging",
            Category::Biomarker => "biomarker",
            Category::PerformanceStatus => "performance_status",
            Category::SystemicTherapy => "systemic_therapy",
            Category::Medication => "medication",
            Category::Surgery => "surgery",
            Category::Radiotherapy => "radiotherapy",
            Category::Imaging => "imaging",
            Category::DiseaseStatus => "disease_status",
            Category::Death => "death",
        }
    }

    pub fn parse(s: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == s)
    }
}

/// A coded concept as the event records it (`system` is short: `snomed`, `loinc`, `rxnorm`…).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coding {
    pub system: String,
    pub code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
}

/// The value of an event, typed so facts can be derived without re-reading FHIR.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum EventValue {
    /// A qualitative result: `positive`, `negative`, `equivocal`, `high`, `stable`,
    /// `progression`, `present`, `absent` …
    Result { result: String },
    /// A number with its unit.
    Quantity {
        value: f64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        unit: Option<String>,
    },
    /// A stage group (`IIIA`) or TNM category without prefix (`T3`, `N1mi`); `prefix` is
    /// `c`, `p` or `yp`.
    Graded {
        text: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        prefix: String,
    },
    /// A genomic finding for one gene.
    Variant {
        gene: String,
        present: bool,
        /// Normalised alteration (`l858r`, `g12c`, `fusion`, `mutated` …) when present.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        alteration: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        origin: Option<String>,
    },
    /// An antineoplastic drug at ingredient level.
    Drug { rxcui: String, name: String, class: super::codes::DrugClass },
}

/// One event on a patient's timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineEvent {
    /// Stable id: the source `Type/id`, with `#n` when one resource yields several events.
    pub id: String,
    pub category: Category,
    /// What it is within the category (`primary_cancer`, `t`, `stage_group`, `er`, `drug` …).
    pub kind: String,
    pub date: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveDate>,
    /// A short readable label ("ER positive", "cT3", "carboplatin").
    pub label: String,
    /// The concept, as coded at the source (for drugs: the RxNorm ingredient).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<Coding>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<EventValue>,
    /// Extra attributes for the detail view (histology, laterality, system, dose …).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub details: BTreeMap<String, String>,
    /// The FHIR resources it was read from (`Observation/abc`; a note's document for an
    /// event read from a note).
    pub sources: Vec<String>,
    /// Where notes say the same (or say it alone): the document, the character span, the
    /// extractor that read it. Empty for an event only structured data holds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<NoteEvidence>,
}

/// The provenance of an event read from a clinical note.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NoteEvidence {
    /// The note-bearing resource (`DocumentReference/id` …).
    pub document: String,
    /// Evidence span: code-point offsets into the note's extracted text (`start..end`).
    pub start: usize,
    pub end: usize,
    /// `rules` or `llm`.
    pub extractor: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
    /// The rule set's or prompt's version.
    pub prompt_version: String,
    /// 0–1: how sure the extractor is.
    pub confidence: f32,
    /// The date the note gives the event.
    pub date: NaiveDate,
    /// The note's date disagrees with the structured event this evidence was merged into.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub date_conflict: bool,
    /// For a reader (the timeline page): the note's sentence around the span — before, the
    /// span, after. Not stored; filled in when a page is drawn.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<(String, String, String)>,
}

impl TimelineEvent {
    /// The last day the event covers.
    pub fn last_day(&self) -> NaiveDate {
        self.end.unwrap_or(self.date).max(self.date)
    }

    pub fn detail(&self, key: &str) -> Option<&str> {
        self.details.get(key).map(String::as_str)
    }

    pub fn result(&self) -> Option<&str> {
        match &self.value {
            Some(EventValue::Result { result }) => Some(result),
            _ => None,
        }
    }
}

/// Timeline order: date, then category, then id — stable across rebuilds.
pub fn sort_events(events: &mut [TimelineEvent]) {
    events.sort_by(|a, b| (a.date, a.category, &a.id).cmp(&(b.date, b.category, &b.id)));
}
