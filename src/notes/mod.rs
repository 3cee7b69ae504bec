//! Note extraction: clinical notes → timeline events, read in the background.
//!
//! # Layout
//!
//! - [`source`]: the text of a note-bearing resource (DocumentReference attachments, inline
//!   or a Binary, DiagnosticReport presentedForm and conclusion, Composition sections);
//!   text/plain, markdown and HTML (stripped).
//! - [`context`]: sections, sentences and ConText-style modifiers (negated, historical,
//!   hypothetical, family, uncertain).
//! - [`dates`]: absolute, partial and relative dates, read against the note's date.
//! - [`rules`]: the rule-based extractor (the default: deterministic, no network);
//!   [`patterns`]: its oncology phrasings (stages, TNM, markers, genes, radiotherapy doses,
//!   disease status, regimens).
//! - [`llm`]: the extractor over any OpenAI-compatible `/v1/chat/completions` endpoint.
//! - [`jobs`]: the worker that runs extraction jobs from the database queue.
//! - [`merge`]: note events reconciled with the structured events of the timeline.
//! - [`eval`]: precision, recall and F1 against gold (`oncotwin eval notes`).
//!
//! # Why a queue
//!
//! Ingest only enqueues a job for each note-bearing resource it writes; extraction (which
//! may call a model for seconds) never runs inside ingest or a CDS hook. Jobs live in the
//! database, so they survive restarts and several workers (or instances, on PostgreSQL with
//! `FOR UPDATE SKIP LOCKED`) share them; each ends extracted or dead-lettered with a reason.
//!
//! # Provenance
//!
//! Every note event carries a [`NoteEvidence`]: the document, the character offsets of its
//! evidence in the note text (Unicode code points into the text [`source`] extracts), the
//! extractor, model and prompt version, and a confidence. Logs never hold note text.

pub mod context;
pub mod dates;
pub mod eval;
pub mod jobs;
pub mod llm;
pub mod merge;
pub mod patterns;
pub mod rules;
pub mod source;

pub use crate::twin::history::event::NoteEvidence;
use crate::twin::history::TimelineEvent;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One note, as extractors read it.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    /// `DocumentReference/id`, `DiagnosticReport/id` or `Composition/id`.
    pub document: String,
    /// The note's date: events without a date of their own take it, relative dates count from it.
    pub date: NaiveDate,
    /// Plain text (HTML stripped); evidence offsets are code-point offsets into it.
    pub text: String,
}

/// Why an extracted event was not kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rejection {
    /// The evidence span it quotes is not in the note.
    Hallucination,
    /// Its date could not be normalised.
    BadDate,
    /// Its type or concept is not one oncotwin knows.
    UnknownConcept,
}

impl Rejection {
    pub fn as_str(self) -> &'static str {
        match self {
            Rejection::Hallucination => "hallucination",
            Rejection::BadDate => "bad_date",
            Rejection::UnknownConcept => "unknown_concept",
        }
    }
}

/// What one extractor read from one note.
#[derive(Debug, Clone, Default)]
pub struct Extraction {
    /// Events with their evidence (the `notes` field of each holds exactly one evidence).
    pub events: Vec<TimelineEvent>,
    /// Events proposed but rejected, by reason.
    pub rejected: Vec<Rejection>,
    /// Mentions dropped by a ConText modifier (negated, family …), by modifier.
    pub suppressed: usize,
    /// Model tokens generated (0 for the rule-based extractor or a cache hit).
    pub completion_tokens: u64,
    /// Whether the model's answer came from the cache.
    pub cached: bool,
}

impl Extraction {
    /// Adds another part's events, rejections and tokens (one section of a note).
    pub fn absorb(&mut self, part: Extraction) {
        self.completion_tokens += part.completion_tokens;
        self.rejected.extend(part.rejected);
        self.events.extend(part.events);
    }
}

/// Errors of one extraction.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    /// The note cannot be read at all (no text, unsupported content type): retrying will not help.
    #[error("{0}")]
    Unreadable(String),
    /// The model answered, but not JSON of the schema: a deterministic model would answer
    /// the same again, so it is not retried.
    #[error("{0}")]
    BadAnswer(String),
    /// The model endpoint failed or answered nonsense; a later attempt may succeed.
    #[error("{0}")]
    Transient(String),
}

/// The extractor a deployment uses: one interface, two implementations.
pub enum Extractor {
    Rules(rules::RuleExtractor),
    Llm(Box<llm::LlmExtractor>),
}

impl Extractor {
    /// Reads the events of one note.
    pub async fn extract(&self, note: &Note) -> Result<Extraction, ExtractError> {
        match self {
            Extractor::Rules(r) => r.try_extract(note).map_err(ExtractError::Unreadable),
            Extractor::Llm(l) => l.extract(note).await,
        }
    }

    /// `rules`, `llm` or `hybrid`.
    pub fn name(&self) -> &'static str {
        match self {
            Extractor::Rules(_) => "rules",
            Extractor::Llm(l) => l.name(),
        }
    }
}

/// Builds the evidence of an event read from `note` at byte range `bytes` of its text.
pub fn evidence(
    note: &Note,
    bytes: std::ops::Range<usize>,
    extractor: &str,
    model: Option<&str>,
    prompt_version: &str,
    confidence: f32,
    date: NaiveDate,
) -> NoteEvidence {
    let start = char_offset(&note.text, bytes.start);
    let end = start + note.text.get(bytes.clone()).map(|s| s.chars().count()).unwrap_or(0);
    NoteEvidence {
        document: note.document.clone(),
        start,
        end,
        extractor: extractor.to_string(),
        model: model.map(str::to_string),
        prompt_version: prompt_version.to_string(),
        confidence,
        date,
        date_conflict: false,
        quote: None,
    }
}

/// The code-point offset of a byte offset (clamped to a character boundary below it).
pub fn char_offset(text: &str, byte: usize) -> usize {
    let mut b = byte.min(text.len());
    while !text.is_char_boundary(b) {
        b -= 1;
    }
    if text.is_ascii() {
        return b;
    }
    text[..b].chars().count()
}

/// Builds a note event: the id is `note:<document>#n`, the only source the document.
pub fn note_event(note: &Note, n: usize, mut event: TimelineEvent, evidence: NoteEvidence) -> TimelineEvent {
    event.id = format!("note:{}#{n}", note.document);
    event.sources = vec![note.document.clone()];
    event.details.insert("origin".into(), "note".into());
    event.notes = vec![evidence];
    event
}

/// The extractor the settings ask for (the LLM one caches answers in `cache`).
pub fn build_extractor(settings: &crate::config::NotesSettings, cache: llm::LlmCache) -> anyhow::Result<Extractor> {
    use anyhow::Context;
    Ok(match settings.extractor {
        crate::config::ExtractorKind::Rules => Extractor::Rules(rules::RuleExtractor),
        kind @ (crate::config::ExtractorKind::Llm | crate::config::ExtractorKind::Hybrid) => {
            let url =
                settings.llm_url.as_deref().context("the LLM extractor needs llm_url (--llm-url, ONCOTWIN_LLM_URL)")?;
            let model = settings
                .llm_model
                .as_deref()
                .context("the LLM extractor needs llm_model (--llm-model, ONCOTWIN_LLM_MODEL)")?;
            let mut config = llm::LlmConfig::new(url, model);
            config.api_key = settings.llm_api_key.as_ref().map(|k| k.0.clone());
            config.response_format = settings.llm_response_format;
            config.rules_first = kind == crate::config::ExtractorKind::Hybrid;
            if let Some(t) = settings.llm_timeout_secs {
                config.timeout = std::time::Duration::from_secs(t);
            }
            if let Some(c) = settings.llm_concurrency {
                config.concurrency = c;
            }
            Extractor::Llm(Box::new(llm::LlmExtractor::new(config, cache).context("cannot build the HTTP client")?))
        }
    })
}

/// Starts the configured number of extraction workers (none when it is 0).
pub fn start_workers(
    settings: &crate::config::Settings,
    store: &crate::store::Store,
) -> anyhow::Result<Option<jobs::Workers>> {
    let workers = settings.notes.workers();
    if workers == 0 {
        return Ok(None);
    }
    let extractor = build_extractor(&settings.notes, llm::LlmCache::Store(store.clone()))?;
    let config = jobs::WorkerConfig { workers, ..Default::default() };
    Ok(Some(jobs::start(store.clone(), std::sync::Arc::new(extractor), config)))
}
