//! Prometheus metrics: HTTP requests and latencies by route, ingest outcomes, necessity decisions,
//! values the history twin could not read.

use crate::ingest::IngestReport;
use prometheus::{Encoder, HistogramOpts, HistogramVec, IntCounterVec, IntGaugeVec, Opts, Registry, TextEncoder};
use std::sync::LazyLock;

struct Metrics {
    registry: Registry,
    http_requests: IntCounterVec,
    http_latency: HistogramVec,
    ingest_entries: IntCounterVec,
    note_jobs: IntGaugeVec,
    note_job_runs: IntCounterVec,
    note_events: IntCounterVec,
    note_rejected: IntCounterVec,
    llm_requests: IntCounterVec,
    necessity_decisions: IntCounterVec,
    history_unreadable: IntCounterVec,
    search_conditions: IntCounterVec,
}

static METRICS: LazyLock<Metrics> = LazyLock::new(|| {
    let registry = Registry::new();
    let http_requests = IntCounterVec::new(
        Opts::new("oncotwin_http_requests_total", "HTTP requests by route pattern, method and status"),
        &["route", "method", "status"],
    )
    .expect("valid metric");
    let http_latency = HistogramVec::new(
        HistogramOpts::new("oncotwin_http_request_duration_seconds", "HTTP request latency by route pattern")
            .buckets(vec![0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0]),
        &["route"],
    )
    .expect("valid metric");
    let ingest_entries = IntCounterVec::new(
        Opts::new(
            "oncotwin_ingest_entries_total",
            "Ingested entries by outcome (created, updated, unchanged, quarantined:<reason>)",
        ),
        &["outcome"],
    )
    .expect("valid metric");
    let note_jobs = IntGaugeVec::new(
        Opts::new("oncotwin_note_jobs", "Note extraction jobs in the queue by status (queued, running, done, dead)"),
        &["status"],
    )
    .expect("valid metric");
    let note_job_runs = IntCounterVec::new(
        Opts::new("oncotwin_note_job_runs_total", "Note extraction attempts by outcome (done, retry, dead)"),
        &["outcome"],
    )
    .expect("valid metric");
    let note_events = IntCounterVec::new(
        Opts::new("oncotwin_note_events_total", "Events extracted from notes by extractor"),
        &["extractor"],
    )
    .expect("valid metric");
    let note_rejected = IntCounterVec::new(
        Opts::new("oncotwin_note_rejected_total", "Extracted events rejected by reason (hallucination, bad_date, …)"),
        &["extractor", "reason"],
    )
    .expect("valid metric");
    let llm_requests = IntCounterVec::new(
        Opts::new("oncotwin_llm_requests_total", "Requests to the LLM endpoint by outcome"),
        &["outcome"],
    )
    .expect("valid metric");
    let necessity_decisions = IntCounterVec::new(
        Opts::new(
            "oncotwin_necessity_decisions_total",
            "Medical-necessity decisions by outcome and by the surface that asked (api, cli, order-sign, order-select, pas)",
        ),
        &["outcome", "origin"],
    )
    .expect("valid metric");
    let history_unreadable = IntCounterVec::new(
        Opts::new(
            "oncotwin_history_unreadable_values_total",
            "Values the history twin could not read and ignored (no fact made from them), by kind (hgvs, stage, tnm)",
        ),
        &["kind"],
    )
    .expect("valid metric");
    let search_conditions = IntCounterVec::new(
        Opts::new(
            "oncotwin_search_index_conditions_total",
            "Index conditions of FHIR searches across patients, by how SQLite checks them: `set` (an IN subquery built once) or `per_candidate` (a correlated EXISTS, for a dense condition)",
        ),
        &["plan"],
    )
    .expect("valid metric");
    for collector in [
        Box::new(http_requests.clone()) as Box<dyn prometheus::core::Collector>,
        Box::new(search_conditions.clone()),
        Box::new(http_latency.clone()),
        Box::new(ingest_entries.clone()),
        Box::new(note_jobs.clone()),
        Box::new(note_job_runs.clone()),
        Box::new(note_events.clone()),
        Box::new(note_rejected.clone()),
        Box::new(llm_requests.clone()),
        Box::new(necessity_decisions.clone()),
        Box::new(history_unreadable.clone()),
    ] {
        registry.register(collector).expect("metric registered once");
    }
    Metrics {
        registry,
        http_requests,
        http_latency,
        ingest_entries,
        note_jobs,
        note_job_runs,
        note_events,
        note_rejected,
        llm_requests,
        necessity_decisions,
        history_unreadable,
        search_conditions,
    }
});

/// Records one finished HTTP request.
pub fn record_request(route: &str, method: &str, status: u16, seconds: f64) {
    METRICS.http_requests.with_label_values(&[route, method, &status.to_string()]).inc();
    METRICS.http_latency.with_label_values(&[route]).observe(seconds);
}

/// Adds an ingest's counts.
pub fn record_ingest(report: &IngestReport) {
    let m = &METRICS.ingest_entries;
    m.with_label_values(&["created"]).inc_by(report.created);
    m.with_label_values(&["updated"]).inc_by(report.updated);
    m.with_label_values(&["unchanged"]).inc_by(report.unchanged);
    for (reason, n) in &report.quarantined {
        m.with_label_values(&[&format!("quarantined:{reason}")]).inc_by(*n);
    }
}

/// Sets the note-job gauges from the queue's counts by status.
pub fn set_note_jobs(counts: &[(String, i64)]) {
    for status in ["queued", "running", "done", "dead"] {
        let n = counts.iter().find(|(s, _)| s == status).map(|(_, n)| *n).unwrap_or(0);
        METRICS.note_jobs.with_label_values(&[status]).set(n);
    }
}

/// Counts one extraction attempt's outcome.
pub fn record_note_job(outcome: &str) {
    METRICS.note_job_runs.with_label_values(&[outcome]).inc();
}

/// Counts what one extraction produced and rejected.
pub fn record_note_extraction(extractor: &str, extraction: &crate::notes::Extraction) {
    METRICS.note_events.with_label_values(&[extractor]).inc_by(extraction.events.len() as u64);
    for r in &extraction.rejected {
        METRICS.note_rejected.with_label_values(&[extractor, r.as_str()]).inc();
    }
}

/// Counts one request to the LLM endpoint (`ok`, `cached`, `retry`, `error`, `circuit_open` …).
pub fn record_llm_request(outcome: &str) {
    METRICS.llm_requests.with_label_values(&[outcome]).inc();
}

/// Counts one necessity decision.
pub fn record_decision(outcome: &str, origin: &str) {
    METRICS.necessity_decisions.with_label_values(&[outcome, origin]).inc();
}

/// Counts one value the history twin ignored because it could not read it (`hgvs`, `stage`,
/// `tnm`).
pub fn record_unreadable(kind: &str) {
    METRICS.history_unreadable.with_label_values(&[kind]).inc();
}

/// Counts how a search's index condition is checked (`set` or `per_candidate`).
pub fn record_search_condition(plan: &str) {
    METRICS.search_conditions.with_label_values(&[plan]).inc();
}

/// The Prometheus text exposition of every metric.
pub fn render() -> String {
    let mut out = Vec::new();
    let _ = TextEncoder::new().encode(&METRICS.registry.gather(), &mut out);
    String::from_utf8(out).unwrap_or_default()
}
