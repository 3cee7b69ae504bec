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
pub const PROMPT_VERSION: &str = "notes-llm-2";

/// The most bytes of note text sent in one request: a long note is asked about section by
/// section, so a small model's answer fits its token budget and its attention.
pub const CHUNK_BYTES: usize = 1200;
/// With rules first, the model reads paragraphs one at a time (at most this long), so that
/// a paragraph the rules read is not sent again.
pub const HYBRID_CHUNK_BYTES: usize = 600;
/// How many times a section whose answer was cut off at `max_tokens` is halved and asked
/// again before what was complete of the answer is kept.
const MAX_SPLITS: u32 = 2;

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

/// One worked example (few-shot): what to take, and what to leave (a plan, a family history).
const EXAMPLE_NOTE: &str = "Note date: 2023-03-14\n\nNote:\nHPI: 58F with left breast IDC, ER 90%, PR negative, \
HER2 1+. s/p lumpectomy 2023-01-20. Started letrozole 2.5 mg daily on 2023-02-01. Plan: consider radiation. \
Mother had ovarian cancer.";
const EXAMPLE_ANSWER: &str = r#"{"events": [
{"type": "diagnosis", "name": "invasive ductal carcinoma of breast", "value": "", "date": "", "evidence": "left breast IDC"},
{"type": "biomarker", "name": "ER", "value": "positive", "date": "", "evidence": "ER 90%"},
{"type": "biomarker", "name": "PR", "value": "negative", "date": "", "evidence": "PR negative"},
{"type": "biomarker", "name": "HER2", "value": "1+", "date": "", "evidence": "HER2 1+"},
{"type": "surgery", "name": "lumpectomy", "value": "", "date": "2023-01-20", "evidence": "s/p lumpectomy 2023-01-20"},
{"type": "drug", "name": "letrozole", "value": "", "date": "2023-02-01", "evidence": "Started letrozole 2.5 mg daily on 2023-02-01"}
]}"#;

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
    /// The most tokens one answer may take; each request asks for what its section needs,
    /// up to this.
    pub max_tokens: u32,
    pub response_format: ResponseFormat,
    /// Rules first: the rule-based extractor reads the note, and the model is asked only
    /// about the paragraphs in which the rules found nothing (`notes_extractor = "hybrid"`).
    pub rules_first: bool,
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
            rules_first: false,
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

    /// `llm`, or `hybrid` when the rules read first.
    pub fn name(&self) -> &'static str {
        if self.config.rules_first {
            "hybrid"
        } else {
            "llm"
        }
    }

    /// The section's text and the note's date (relative dates are read against it) with the
    /// model and prompt: the same paragraph copied forward into a later note is asked again.
    fn cache_key(&self, note: &Note, text: &str) -> String {
        let material = format!(
            "{}\0{}\0{}\0{}",
            blake3::hash(text.as_bytes()).to_hex(),
            note.date,
            self.config.model,
            PROMPT_VERSION
        );
        blake3::hash(material.as_bytes()).to_hex().to_string()
    }

    /// Reads the events of one note, section by section (each answer cached: no section is
    /// sent to a model twice). With `rules_first`, the rules' events are kept and only the
    /// paragraphs they found nothing in are sent.
    pub async fn extract(&self, note: &Note) -> Result<Extraction, ExtractError> {
        let mut out = Extraction::default();
        let mut sections = if self.config.rules_first {
            paragraphs(&note.text, HYBRID_CHUNK_BYTES)
        } else {
            chunks(&note.text, CHUNK_BYTES)
        };
        sections.retain(|r| !note.text[r.clone()].trim().is_empty());
        if self.config.rules_first {
            let ruled = rules::RuleExtractor.extract(note);
            let starts: Vec<usize> =
                ruled.events.iter().flat_map(|e| &e.notes).map(|ev| byte_offset(&note.text, ev.start)).collect();
            sections.retain(|r| !starts.iter().any(|s| r.contains(s)));
            out.suppressed = ruled.suppressed;
            out.events = ruled.events;
        }
        let (mut answered, mut failures) = (0, Vec::new());
        let mut all_cached = true;
        for section in sections {
            match self.read_section(note, section, 0).await {
                Ok(x) => {
                    answered += 1;
                    all_cached &= x.cached;
                    out.absorb(x);
                }
                Err(ExtractError::BadAnswer(reason)) => failures.push(reason),
                Err(other) => return Err(other),
            }
        }
        // One unreadable answer loses its section, not the note; only a note no answer of
        // which could be read is refused.
        if answered == 0 {
            if let Some(reason) = failures.into_iter().next() {
                return Err(ExtractError::BadAnswer(reason));
            }
        } else if !failures.is_empty() {
            crate::telemetry::metrics::record_llm_request("bad_section");
            tracing::warn!(document = %note.document, sections = failures.len(), "model answers unreadable; those sections skipped");
        }
        out.cached = answered > 0 && all_cached && out.completion_tokens == 0;
        dedupe_and_number(note, &mut out.events);
        Ok(out)
    }

    /// One section: from the cache, or asked; an answer cut off at the token limit is
    /// re-asked in halves, and at the last split what was complete of it is kept.
    async fn read_section(
        &self,
        note: &Note,
        section: std::ops::Range<usize>,
        splits: u32,
    ) -> Result<Extraction, ExtractError> {
        let text = &note.text[section.clone()];
        let key = self.cache_key(note, text);
        if let Some(answer) = self.cache.get(&key).await {
            crate::telemetry::metrics::record_llm_request("cached");
            let mut x = read_answer_in(note, section.clone(), &answer, &self.config.model)?;
            x.cached = true;
            return Ok(x);
        }
        let (answer, tokens, cut_off) = self.ask(note, text).await?;
        if cut_off {
            crate::telemetry::metrics::record_llm_request("truncated");
            let halves = chunks(text, text.len() / 2 + 1);
            if splits < MAX_SPLITS && halves.len() > 1 {
                let mut out = Extraction { completion_tokens: tokens, ..Default::default() };
                for half in halves {
                    let range = section.start + half.start..section.start + half.end;
                    out.absorb(Box::pin(self.read_section(note, range, splits + 1)).await?);
                }
                return Ok(out);
            }
            let kept = salvage(&answer).ok_or_else(|| {
                ExtractError::BadAnswer("model answer cut off at max_tokens before its first event".into())
            })?;
            let mut x = read_answer_in(note, section.clone(), &kept, &self.config.model)?;
            x.completion_tokens = tokens;
            return Ok(x);
        }
        let mut x = read_answer_in(note, section.clone(), &answer, &self.config.model)?;
        x.completion_tokens = tokens;
        self.cache.put(&key, &answer).await;
        Ok(x)
    }

    fn request_body(&self, note: &Note, text: &str) -> Value {
        let user = format!("Note date: {}\n\nNote:\n{}", note.date, text);
        let response_format = match self.config.response_format {
            ResponseFormat::JsonSchema => json!({"type": "json_schema",
                "json_schema": {"name": "timeline_events", "strict": true, "schema": answer_schema()}}),
            ResponseFormat::JsonObject => json!({"type": "json_object", "schema": answer_schema()}),
        };
        json!({
            "model": self.config.model,
            "messages": [
                {"role": "system", "content": SYSTEM_PROMPT},
                {"role": "user", "content": EXAMPLE_NOTE},
                {"role": "assistant", "content": EXAMPLE_ANSWER},
                {"role": "user", "content": user}
            ],
            "temperature": 0,
            "max_tokens": max_tokens_for(text, self.config.max_tokens),
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

    /// Sends one section; returns the answer's content, its completion tokens and whether
    /// it was cut off at the token limit.
    async fn ask(&self, note: &Note, text: &str) -> Result<(String, u64, bool), ExtractError> {
        let body = self.request_body(note, text);
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

    async fn send(&self, endpoint: &str, body: &Value) -> Result<(String, u64, bool), Failure> {
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
        let cut_off = body["choices"][0]["finish_reason"] == "length";
        Ok((content.to_string(), body["usage"]["completion_tokens"].as_u64().unwrap_or(0), cut_off))
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

/// The tokens to allow an answer about `text`: events quote the note, so about as many
/// tokens as the section has, with room for the JSON around them; at least 256, at most `cap`.
fn max_tokens_for(text: &str, cap: u32) -> u32 {
    let tokens = (text.len() / 3 + 200) as u32;
    tokens.clamp(256.min(cap), cap)
}

/// The byte offset of a code-point offset into `text`.
fn byte_offset(text: &str, chars: usize) -> usize {
    if text.is_ascii() {
        return chars.min(text.len());
    }
    text.char_indices().nth(chars).map_or(text.len(), |(b, _)| b)
}

/// Sections of `text` of at most `budget` bytes: paragraphs (split at blank lines) packed
/// together while they fit; a longer paragraph is cut at sentence ends (or, failing those,
/// at a character boundary). Whitespace-only sections are left out.
pub fn chunks(text: &str, budget: usize) -> Vec<std::ops::Range<usize>> {
    let mut out: Vec<std::ops::Range<usize>> = Vec::new();
    for piece in paragraphs(text, budget) {
        match out.last_mut() {
            Some(last) if piece.end - last.start <= budget.max(64) => last.end = piece.end,
            _ => out.push(piece),
        }
    }
    out.retain(|r| !text[r.clone()].trim().is_empty());
    out
}

/// The paragraphs of `text` (split at blank lines), each of at most `budget` bytes (a longer
/// one cut at sentence ends), not packed together.
pub fn paragraphs(text: &str, budget: usize) -> Vec<std::ops::Range<usize>> {
    let budget = budget.max(64);
    // Paragraph ranges, each ending after its blank line(s).
    let mut paragraphs = Vec::new();
    let mut start = 0;
    let mut search = 0;
    while let Some(at) = text[search..].find("\n\n") {
        let mut end = search + at + 2;
        while text[end..].starts_with('\n') {
            end += 1;
        }
        paragraphs.push(start..end);
        start = end;
        search = end;
    }
    if start < text.len() {
        paragraphs.push(start..text.len());
    }
    let mut pieces = Vec::new();
    for p in paragraphs {
        if p.len() <= budget {
            pieces.push(p);
            continue;
        }
        // Cut at the last sentence end (". ", "\n") within the budget.
        let mut from = p.start;
        while p.end - from > budget {
            let mut limit = from + budget;
            while !text.is_char_boundary(limit) {
                limit -= 1;
            }
            let window = &text[from..limit];
            let cut = window.rfind(". ").map(|i| i + 2).or_else(|| window.rfind('\n').map(|i| i + 1));
            let end = match cut {
                Some(c) if c > budget / 4 => from + c,
                _ => limit,
            };
            pieces.push(from..end);
            from = end;
        }
        pieces.push(from..p.end);
    }
    pieces
}

/// What was complete of an answer cut off mid-way: the events list up to its last whole
/// event, closed. `None` when not one event was complete.
pub fn salvage(answer: &str) -> Option<String> {
    let text = unfenced_start(answer);
    let open = text.find("\"events\"")?;
    let list = open + text[open..].find('[')?;
    let (mut depth, mut in_string, mut escaped) = (0i32, false, false);
    let mut last_complete = None;
    for (i, c) in text[list + 1..].char_indices() {
        let at = list + 1 + i;
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '{' | '[' => depth += 1,
            '}' | ']' => {
                depth -= 1;
                if depth == 0 && c == '}' {
                    last_complete = Some(at);
                }
                if depth < 0 {
                    break;
                }
            }
            _ => {}
        }
    }
    let end = last_complete?;
    Some(format!("{{\"events\": {}]}}", &text[list..=end]))
}

/// An answer's text without a leading Markdown fence (a cut-off answer has no closing one).
fn unfenced_start(answer: &str) -> &str {
    let t = answer.trim();
    match t.strip_prefix("```") {
        Some(rest) => rest.trim_start_matches("json").trim_start(),
        None => t,
    }
}

/// Sections may quote the same words (a heading repeated, a drug in two paragraphs): one
/// event per (kind, code or label, date, evidence start); then numbered `note:<doc>#n`.
fn dedupe_and_number(note: &Note, events: &mut Vec<TimelineEvent>) {
    let mut seen = std::collections::HashSet::new();
    events.retain(|e| {
        let code = e.code.as_ref().map(|c| c.code.clone()).unwrap_or_else(|| e.label.clone());
        let start = e.notes.first().map(|n| n.start);
        seen.insert((e.kind.clone(), code, e.date, start))
    });
    for (i, e) in events.iter_mut().enumerate() {
        e.id = format!("note:{}#{}", note.document, i + 1);
    }
}

#[derive(Debug, Deserialize)]
struct Answer {
    events: Vec<Value>,
}

/// Strips a Markdown code fence some models wrap JSON in.
fn unfenced(answer: &str) -> &str {
    let rest = unfenced_start(answer);
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
    read_answer_in(note, 0..note.text.len(), answer, model)
}

/// [`read_answer`] for an answer about one section (a byte range of the note): its quotes
/// must be in that section — words the model copied from the worked example, or from a
/// part of the note it was not shown, are hallucinations even if the note has them elsewhere.
pub fn read_answer_in(
    note: &Note,
    section: std::ops::Range<usize>,
    answer: &str,
    model: &str,
) -> Result<Extraction, ExtractError> {
    let shown = note.text.get(section.clone()).unwrap_or("");
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
        let Some(span) = find_quote(shown, &quote).map(|r| r.start + section.start..r.end + section.start) else {
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
    fn long_notes_are_cut_into_sections() {
        let para = |n: usize| format!("Paragraph {n}. {}", "Sentence of words. ".repeat(10));
        let text = (0..8).map(para).collect::<Vec<_>>().join("\n\n");
        let sections = chunks(&text, 500);
        assert!(sections.len() >= 4, "{sections:?}");
        assert!(sections.iter().all(|r| r.len() <= 500), "{sections:?}");
        // Contiguous and complete: nothing of the note is left out.
        assert_eq!(sections.first().unwrap().start, 0);
        assert_eq!(sections.last().unwrap().end, text.len());
        assert!(sections.windows(2).all(|w| w[0].end == w[1].start));
        // A paragraph longer than the budget is cut at a sentence end.
        let long = "Word word word. ".repeat(100);
        let cut = chunks(&long, 300);
        assert!(cut.len() > 3 && cut.iter().all(|r| long[r.clone()].ends_with(". ") || r.end == long.len()));
        // Multi-byte text is cut at character boundaries.
        let accents = "Carcinome lobulaire é ".repeat(60);
        assert!(chunks(&accents, 100)
            .iter()
            .all(|r| accents.is_char_boundary(r.start) && accents.is_char_boundary(r.end)));
        assert!(chunks("  \n\n ", 100).is_empty());
    }

    #[test]
    fn a_cut_off_answer_keeps_its_complete_events() {
        let cut = r#"```json
{"events": [{"type": "drug", "name": "letrozole", "value": "", "date": "", "evidence": "Started letrozole 2.5 mg"},
 {"type": "biomarker", "name": "ER", "value": "positive {not a brace}", "date": "", "evidence": "ER positive"},
 {"type": "surgery", "name": "lumpec"#;
        let kept = salvage(cut).unwrap();
        let x = read_answer(&note(), &kept, "m").unwrap();
        assert_eq!(x.events.len(), 2, "{kept}");
        assert_eq!(salvage(r#"{"events": [{"type": "dru"#), None);
        assert_eq!(salvage("not json"), None);
    }

    #[test]
    fn the_worked_example_is_a_valid_answer_to_its_note() {
        let example = Note {
            document: "x".into(),
            date: NaiveDate::from_ymd_opt(2023, 3, 14).unwrap(),
            text: EXAMPLE_NOTE.into(),
        };
        let x = read_answer(&example, EXAMPLE_ANSWER, "m").unwrap();
        assert_eq!(x.rejected, []);
        assert_eq!(x.events.len(), 6, "{:?}", x.events);
    }

    #[test]
    fn a_quote_must_be_in_the_section_asked_about() {
        let text = "ER positive, PR negative.\n\nPlan: discuss options next visit.";
        let n = Note { document: "x".into(), date: NaiveDate::from_ymd_opt(2022, 5, 10).unwrap(), text: text.into() };
        let second = text.find("Plan").unwrap()..text.len();
        // A model shown only the plan that "finds" PR negative copied it from elsewhere.
        let answer = r#"{"events": [{"type": "biomarker", "name": "PR", "value": "negative", "date": "", "evidence": "PR negative"}]}"#;
        let x = read_answer_in(&n, second, answer, "m").unwrap();
        assert!(x.events.is_empty());
        assert_eq!(x.rejected, [Rejection::Hallucination]);
        let x = read_answer_in(&n, 0..25, answer, "m").unwrap();
        assert_eq!(x.events.len(), 1);
        assert_eq!(x.events[0].notes[0].start, 13);
    }

    #[test]
    fn answers_get_tokens_for_their_section() {
        assert_eq!(max_tokens_for("short", 1024), 256);
        assert_eq!(max_tokens_for(&"x".repeat(3000), 1024), 1024);
        assert_eq!(max_tokens_for(&"x".repeat(1200), 1024), 600);
        assert_eq!(max_tokens_for("short", 100), 100);
    }

    #[test]
    fn endpoint_from_base_url() {
        assert_eq!(LlmConfig::new("http://h:1", "m").endpoint(), "http://h:1/v1/chat/completions");
        assert_eq!(LlmConfig::new("http://h:1/v1/", "m").endpoint(), "http://h:1/v1/chat/completions");
        assert_eq!(LlmConfig::new("http://h/x/chat/completions", "m").endpoint(), "http://h/x/chat/completions");
    }
}
