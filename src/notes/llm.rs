//! The LLM extractor: any OpenAI-compatible `/v1/chat/completions` endpoint (vLLM,
//! llama.cpp server, llama-cpp-python, Ollama, hosted), configured by URL, model and key.
//!
//! The model must answer JSON constrained by a schema (`response_format`): a list of events,
//! each quoting its evidence verbatim. An event whose quote is not in the note (a
//! hallucination), whose date cannot be normalised, or whose concept oncotwin does not know
//! is rejected and counted. Requests have a timeout, are retried with exponential backoff on
//! 429, 5xx and transport errors, at most `concurrency` at a time, behind a circuit breaker;
//! valid answers are cached by note hash + model + prompt version, so no note is ever sent
//! to a model twice. An answer that is not JSON or breaks the schema is not retried (a
//! deterministic model would answer the same): the job is dead-lettered with the reason.

use super::{dates, evidence, note_event, rules, ExtractError, Extraction, Note, Rejection};
use crate::store::Store;
use crate::twin::history::codes::ProcedureKind;
use crate::twin::history::event::{Category, TimelineEvent};
use serde::Deserialize;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};
use tokio::sync::Semaphore;

/// The prompt's version: part of the cache key and of every event's provenance.
pub const PROMPT_VERSION: &str = "notes-llm-1";

/// The event types the model may answer.
pub const EVENT_TYPES: &[&str] =
    &["drug", "surgery", "radiotherapy", "chemotherapy", "diagnosis", "stage", "biomarker"];

const SYSTEM_PROMPT: &str = "You extract oncology timeline events from one clinical note. \
Answer only JSON: {\"events\": [...]}. One event per drug given or prescribed, cancer surgery, \
radiotherapy, chemotherapy session, cancer diagnosis, stage, or biomarker result that happened to \
THIS patient. Skip anything negated (\"no evidence of\"), historical, planned or hypothetical, \
uncertain, or about family members. For each event give: type (one of drug, surgery, radiotherapy, \
chemotherapy, diagnosis, stage, biomarker), name (the drug, procedure, diagnosis, stage or marker), \
value (a stage like IIIA or a result like positive; empty otherwise), date (YYYY-MM-DD when the \
note states the event's own date, else empty), and evidence: the exact words of the note that \
state the event, copied character for character.";

/// The JSON schema of an answer.
pub fn answer_schema() -> Value {
    json!({
        "type": "object",
        "properties": {
            "events": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "type": {"type": "string", "enum": EVENT_TYPES},
                        "name": {"type": "string"},
                        "value": {"type": "string"},
                        "date": {"type": "string"},
                        "evidence": {"type": "string"}
                    },
                    "required": ["type", "name", "value", "date", "evidence"],
                    "additionalProperties": false
                }
            }
        },
        "required": ["events"],
        "additionalProperties": false
    })
}

/// How `response_format` asks for the schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum ResponseFormat {
    /// OpenAI structured outputs: `{"type": "json_schema", "json_schema": {…}}` (vLLM,
    /// llama.cpp server, hosted APIs).
    #[default]
    JsonSchema,
    /// `{"type": "json_object", "schema": {…}}` (llama-cpp-python, Ollama's OpenAI API).
    JsonObject,
}

/// Settings of the LLM extractor.
#[derive(Debug, Clone)]
pub struct LlmConfig {
    /// The server's base URL (`http://host:8000`, `…/v1`, or the full `…/chat/completions`).
    pub url: String,
    pub model: String,
    /// Bearer key (from the environment or a file, never a flag).
    pub api_key: Option<String>,
    pub timeout: Duration,
    /// Retries after the first attempt on 429, 5xx, timeouts and connection errors.
    pub retries: u32,
    /// First retry delay, doubled each retry (a 429's Retry-After wins when longer, up to 30 s).
    pub backoff: Duration,
    /// Requests in flight at once.
    pub concurrency: usize,
    /// Consecutive failed requests that open the circuit.
    pub breaker_threshold: u32,
    /// How long an open circuit refuses requests before one trial request.
    pub breaker_cooldown: Duration,
    pub max_tokens: u32,
    pub response_format: ResponseFormat,
}

impl LlmConfig {
    pub fn new(url: &str, model: &str) -> Self {
        LlmConfig {
            url: url.to_string(),
            model: model.to_string(),
            api_key: None,
            timeout: Duration::from_secs(120),
            retries: 3,
            backoff: Duration::from_millis(500),
            concurrency: 2,
            breaker_threshold: 5,
            breaker_cooldown: Duration::from_secs(30),
            max_tokens: 1024,
            response_format: ResponseFormat::default(),
        }
    }

    /// The chat-completions endpoint.
    pub fn endpoint(&self) -> String {
        let base = self.url.trim_end_matches('/');
        if base.ends_with("/chat/completions") {
            base.to_string()
        } else if base.ends_with("/v1") {
            format!("{base}/chat/completions")
        } else {
            format!("{base}/v1/chat/completions")
        }
    }
}

/// Where valid answers are kept.
pub enum LlmCache {
    /// The `note_llm_cache` table (the server: shared by every worker and instance).
    Store(Store),
    /// In memory (the evaluation command).
    Memory(Mutex<HashMap<String, String>>),
}

impl LlmCache {
    async fn get(&self, key: &str) -> Option<String> {
        match self {
            LlmCache::Store(s) => s.llm_cache_get(key).await.ok().flatten(),
            LlmCache::Memory(m) => m.lock().ok().and_then(|m| m.get(key).cloned()),
        }
    }
    async fn put(&self, key: &str, answer: &str) {
        match self {
            LlmCache::Store(s) => {
                let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
                if let Err(e) = s.llm_cache_put(key, answer, &now).await {
                    tracing::warn!(error = %e, "could not cache a model answer");
                }
            }
            LlmCache::Memory(m) => {
                if let Ok(mut m) = m.lock() {
                    m.insert(key.to_string(), answer.to_string());
                }
            }
        }
    }
}

#[derive(Debug, Default)]
struct Breaker {
    failures: u32,
    open_until: Option<Instant>,
}

/// The LLM extractor.
pub struct LlmExtractor {
    config: LlmConfig,
    client: reqwest::Client,
    permits: Semaphore,
    breaker: Mutex<Breaker>,
    cache: LlmCache,
}

/// Why one request failed.
enum Failure {
    /// Worth retrying (429, 5xx, timeout, connection).
    Retryable { reason: String, retry_after: Option<Duration> },
    /// Not (4xx other than 429).
    Final(String),
}

impl LlmExtractor {
    pub fn new(config: LlmConfig, cache: LlmCache) -> Result<Self, reqwest::Error> {
        let client = reqwest::Client::builder().timeout(config.timeout).build()?;
        let permits = Semaphore::new(config.concurrency.max(1));
        Ok(LlmExtractor { config, client, permits, breaker: Mutex::new(Breaker::default()), cache })
    }

    pub fn model(&self) -> &str {
        &self.config.model
    }

    fn cache_key(&self, note: &Note) -> String {
        let material = format!("{}\0{}\0{}", note.hash(), self.config.model, PROMPT_VERSION);
        blake3::hash(material.as_bytes()).to_hex().to_string()
    }

    /// Reads the events of one note (from the cache when this note was read before).
    pub async fn extract(&self, note: &Note) -> Result<Extraction, ExtractError> {
        let key = self.cache_key(note);
        if let Some(answer) = self.cache.get(&key).await {
            crate::telemetry::metrics::record_llm_request("cached");
            let mut x = self.read_answer(note, &answer)?;
            x.cached = true;
            return Ok(x);
        }
        let (answer, tokens) = self.ask(note).await?;
        let mut x = self.read_answer(note, &answer)?;
        x.completion_tokens = tokens;
        self.cache.put(&key, &answer).await;
        Ok(x)
    }

    fn request_body(&self, note: &Note) -> Value {
        let user = format!("Note date: {}\n\nNote:\n{}", note.date, note.text);
        let response_format = match self.config.response_format {
            ResponseFormat::JsonSchema => json!({"type": "json_schema",
                "json_schema": {"name": "timeline_events", "strict": true, "schema": answer_schema()}}),
            ResponseFormat::JsonObject => json!({"type": "json_object", "schema": answer_schema()}),
        };
        json!({
            "model": self.config.model,
            "messages": [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": user}],
            "temperature": 0,
            "max_tokens": self.config.max_tokens,
            "response_format": response_format,
        })
    }

    fn circuit_open(&self) -> bool {
        let Ok(mut b) = self.breaker.lock() else { return false };
        match b.open_until {
            Some(until) if Instant::now() < until => true,
            Some(_) => {
                // Half-open: let this request through; one more failure reopens at once.
                b.open_until = None;
                b.failures = self.config.breaker_threshold.saturating_sub(1);
                false
            }
            None => false,
        }
    }

    fn record(&self, ok: bool) {
        let Ok(mut b) = self.breaker.lock() else { return };
        if ok {
            b.failures = 0;
            b.open_until = None;
        } else {
            b.failures += 1;
            if b.failures >= self.config.breaker_threshold {
                b.open_until = Some(Instant::now() + self.config.breaker_cooldown);
                tracing::warn!(failures = b.failures, "LLM circuit open");
            }
        }
    }

    /// Sends the note; returns the answer's content and its completion tokens.
    async fn ask(&self, note: &Note) -> Result<(String, u64), ExtractError> {
        let body = self.request_body(note);
        let endpoint = self.config.endpoint();
        let mut last = String::new();
        for attempt in 0..=self.config.retries {
            if self.circuit_open() {
                crate::telemetry::metrics::record_llm_request("circuit_open");
                return Err(ExtractError::Transient("LLM circuit open after repeated failures".into()));
            }
            let result = {
                let _permit =
                    self.permits.acquire().await.map_err(|_| ExtractError::Transient("shutting down".into()))?;
                self.send(&endpoint, &body).await
            };
            match result {
                Ok(answer) => {
                    self.record(true);
                    crate::telemetry::metrics::record_llm_request("ok");
                    return Ok(answer);
                }
                Err(Failure::Final(reason)) => {
                    self.record(false);
                    crate::telemetry::metrics::record_llm_request("error");
                    return Err(ExtractError::Transient(reason));
                }
                Err(Failure::Retryable { reason, retry_after }) => {
                    self.record(false);
                    crate::telemetry::metrics::record_llm_request("retry");
                    tracing::warn!(document = %note.document, attempt, reason = %reason, "LLM request failed");
                    last = reason;
                    if attempt < self.config.retries {
                        let backoff = self.config.backoff.saturating_mul(2u32.saturating_pow(attempt));
                        let wait = retry_after.map(|r| r.min(Duration::from_secs(30))).unwrap_or_default().max(backoff);
                        tokio::time::sleep(wait).await;
                    }
                }
            }
        }
        Err(ExtractError::Transient(format!("LLM endpoint failed {} times: {last}", self.config.retries + 1)))
    }

    async fn send(&self, endpoint: &str, body: &Value) -> Result<(String, u64), Failure> {
        let mut request = self.client.post(endpoint).json(body);
        if let Some(key) = &self.config.api_key {
            request = request.bearer_auth(key);
        }
        let response = request.send().await.map_err(|e| Failure::Retryable {
            reason: if e.is_timeout() { "timed out".into() } else { format!("transport error: {}", without_url(&e)) },
            retry_after: None,
        })?;
        let status = response.status();
        if status.as_u16() == 429 || status.is_server_error() {
            let retry_after = response
                .headers()
                .get(reqwest::header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.trim().parse::<u64>().ok())
                .map(Duration::from_secs);
            return Err(Failure::Retryable { reason: format!("HTTP {}", status.as_u16()), retry_after });
        }
        if !status.is_success() {
            return Err(Failure::Final(format!("LLM endpoint refused the request: HTTP {}", status.as_u16())));
        }
        let body: Value = response.json().await.map_err(|e| Failure::Retryable {
            reason: if e.is_timeout() { "timed out".into() } else { "the response is not JSON".into() },
            retry_after: None,
        })?;
        let content = body["choices"][0]["message"]["content"]
            .as_str()
            .ok_or_else(|| Failure::Final("the response has no choices[0].message.content".into()))?;
        Ok((content.to_string(), body["usage"]["completion_tokens"].as_u64().unwrap_or(0)))
    }

    /// Validates an answer against the note: every event must quote the note and carry a
    /// date that can be normalised.
    pub fn read_answer(&self, note: &Note, answer: &str) -> Result<Extraction, ExtractError> {
        read_answer(note, answer, &self.config.model)
    }
}

/// A reqwest error's text without its URL (which could carry a key in a query).
fn without_url(e: &reqwest::Error) -> String {
    let mut s = e.to_string();
    if let Some(url) = e.url() {
        s = s.replace(url.as_str(), "<endpoint>");
    }
    s
}

#[derive(Debug, Deserialize)]
struct Answer {
    events: Vec<Value>,
}

/// Strips a Markdown code fence some models wrap JSON in.
fn unfenced(answer: &str) -> &str {
    let t = answer.trim();
    let Some(rest) = t.strip_prefix("```") else { return t };
    let rest = rest.trim_start_matches("json");
    rest.strip_suffix("```").unwrap_or(rest).trim()
}

/// Where `quote` is in `text` (exactly, or ignoring ASCII case): a byte range.
fn find_quote(text: &str, quote: &str) -> Option<std::ops::Range<usize>> {
    let q = quote.trim().trim_matches('"').trim();
    if q.len() < 3 {
        return None;
    }
    if let Some(at) = text.find(q) {
        return Some(at..at + q.len());
    }
    let lower = text.to_ascii_lowercase();
    lower.find(&q.to_ascii_lowercase()).map(|at| at..at + q.len())
}

/// Validates a model answer for `note` (see the module doc).
/// Failure reasons are stored and logged: they name positions, never the answer's text
/// (which may quote the note).
pub fn read_answer(note: &Note, answer: &str, model: &str) -> Result<Extraction, ExtractError> {
    let parsed: Value = serde_json::from_str(unfenced(answer)).map_err(|e| {
        ExtractError::BadAnswer(format!("model answer is not valid JSON (line {}, column {})", e.line(), e.column()))
    })?;
    let Answer { events } = serde_json::from_value(parsed)
        .map_err(|_| ExtractError::BadAnswer("model answer breaks the schema: no `events` list of objects".into()))?;
    let mut out = Extraction::default();
    for item in events {
        let field = |k: &str| item.get(k).and_then(Value::as_str).unwrap_or("").trim().to_string();
        let (kind, name, value, date, quote) =
            (field("type"), field("name"), field("value"), field("date"), field("evidence"));
        let Some(span) = find_quote(&note.text, &quote) else {
            out.rejected.push(Rejection::Hallucination);
            continue;
        };
        let Some(date) = dates::normalise(&date, note.date).filter(|d| dates::plausible(*d, note.date)) else {
            out.rejected.push(Rejection::BadDate);
            continue;
        };
        let Some(mut event) = concept_of(&kind, &name, &value, &note.text[span.clone()]) else {
            out.rejected.push(Rejection::UnknownConcept);
            continue;
        };
        event.date = date;
        let written = !field("date").is_empty();
        event.details.insert("date_from".into(), if written { "text" } else { "note" }.into());
        let ev = evidence(note, span, "llm", Some(model), PROMPT_VERSION, 0.7, date);
        let n = out.events.len() + 1;
        out.events.push(note_event(note, n, event, ev));
    }
    Ok(out)
}

/// The event for a model's (type, name, value), read with the rule-based dictionaries so
/// that both extractors code concepts the same way.
fn concept_of(kind: &str, name: &str, value: &str, quote: &str) -> Option<TimelineEvent> {
    let wanted: &[Category] = match kind {
        "drug" => &[Category::SystemicTherapy],
        "surgery" => &[Category::Surgery, Category::Diagnosis],
        "radiotherapy" => &[Category::Radiotherapy],
        "chemotherapy" => &[Category::SystemicTherapy, Category::Radiotherapy],
        "diagnosis" => &[Category::Diagnosis],
        "stage" => &[Category::Staging],
        "biomarker" => &[Category::Biomarker],
        _ => return None,
    };
    let phrase = match kind {
        "stage" if !value.is_empty() && !value.to_ascii_lowercase().contains("stage") => format!("stage {value}"),
        _ => format!("{name} {value}"),
    };
    let ok = |e: &TimelineEvent| wanted.contains(&e.category) && (kind != "drug" || e.kind == "drug");
    let known = rules::read_phrase(&phrase).into_iter().find(ok);
    known.or_else(|| rules::read_phrase(quote).into_iter().find(ok)).or_else(|| match kind {
        // A procedure the dictionary lacks is still that kind of procedure.
        "surgery" => rules::generic_procedure(ProcedureKind::Surgery, name),
        "radiotherapy" => rules::generic_procedure(ProcedureKind::Radiotherapy, name),
        "chemotherapy" => rules::generic_procedure(ProcedureKind::Chemotherapy, name),
        "diagnosis" => rules::generic_cancer(name),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn note() -> Note {
        Note {
            document: "DocumentReference/d".into(),
            date: NaiveDate::from_ymd_opt(2022, 5, 10).unwrap(),
            text: "Seen today. Started letrozole 2.5 mg. Lumpectomy on 2022-04-02. ER positive.".into(),
        }
    }

    #[test]
    fn answers_are_checked_against_the_note() {
        let answer = r#"```json
{"events": [
  {"type": "drug", "name": "letrozole", "value": "", "date": "", "evidence": "Started letrozole 2.5 mg"},
  {"type": "surgery", "name": "lumpectomy", "value": "", "date": "2022-04-02", "evidence": "Lumpectomy on 2022-04-02"},
  {"type": "biomarker", "name": "ER", "value": "positive", "date": "", "evidence": "ER positive"},
  {"type": "drug", "name": "tamoxifen", "value": "", "date": "", "evidence": "Started tamoxifen"},
  {"type": "drug", "name": "letrozole", "value": "", "date": "last Tuesday-ish", "evidence": "letrozole"},
  {"type": "drug", "name": "aspirin", "value": "", "date": "", "evidence": "Seen today"}
]}
```"#;
        let x = read_answer(&note(), answer, "m").unwrap();
        let got: Vec<String> = x.events.iter().map(|e| format!("{} {} {}", e.kind, e.label, e.date)).collect();
        assert_eq!(
            got,
            ["drug letrozole 2022-05-10", "surgery Lumpectomy of breast 2022-04-02", "er ER positive 2022-05-10"]
        );
        assert_eq!(x.rejected, [Rejection::Hallucination, Rejection::BadDate, Rejection::UnknownConcept]);
        let ev = &x.events[1].notes[0];
        assert_eq!(&note().text[ev.start..ev.end], "Lumpectomy on 2022-04-02");
        assert_eq!((ev.extractor.as_str(), ev.model.as_deref()), ("llm", Some("m")));
    }

    #[test]
    fn malformed_answers_are_errors() {
        assert!(matches!(read_answer(&note(), "{not json", "m"), Err(ExtractError::BadAnswer(_))));
        assert!(matches!(read_answer(&note(), r#"{"items": []}"#, "m"), Err(ExtractError::BadAnswer(_))));
    }

    #[test]
    fn endpoint_from_base_url() {
        assert_eq!(LlmConfig::new("http://h:1", "m").endpoint(), "http://h:1/v1/chat/completions");
        assert_eq!(LlmConfig::new("http://h:1/v1/", "m").endpoint(), "http://h:1/v1/chat/completions");
        assert_eq!(LlmConfig::new("http://h/x/chat/completions", "m").endpoint(), "http://h/x/chat/completions");
    }
}
