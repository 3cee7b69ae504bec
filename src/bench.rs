//! `oncotwin bench …`: benchmarks that print numbers (never run as assertions).

use crate::demo::{sample_text, SAMPLES};
use crate::ingest::{ingest_text, source, FailedTransaction};
use crate::store::Store;
use anyhow::Context;
use std::path::PathBuf;
use std::time::Instant;

#[derive(Debug, Clone, clap::Args)]
pub struct IngestBenchArgs {
    /// PostgreSQL server to benchmark (a fresh database is created and dropped per round);
    /// `none` skips PostgreSQL.
    #[arg(long, default_value = "postgres://postgres@127.0.0.1:5432/postgres")]
    pub postgres_url: String,
    /// Rounds per backend, each into a fresh database.
    #[arg(long, default_value_t = 3)]
    pub rounds: usize,
    /// Files or folders to ingest (default: the bundled Synthea patients and mCODE examples).
    pub paths: Vec<PathBuf>,
}

/// Peak resident memory of this process (Linux VmHWM), in MiB.
pub fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

/// Ingests the inputs into fresh SQLite and PostgreSQL databases and prints resources/s.
pub async fn ingest(args: IngestBenchArgs) -> anyhow::Result<()> {
    let inputs: Vec<(String, String)> = if args.paths.is_empty() {
        SAMPLES.iter().map(|s| Ok((s.name.to_string(), sample_text(s)?))).collect::<anyhow::Result<_>>()?
    } else {
        let (files, _) = source::expand_paths(&args.paths)?;
        files
            .iter()
            .map(|f| {
                let bytes = source::read_maybe_gzip(&std::fs::read(f)?).map_err(anyhow::Error::msg)?;
                Ok((f.display().to_string(), String::from_utf8(bytes).context("not UTF-8")?))
            })
            .collect::<anyhow::Result<_>>()?
    };
    let bytes: usize = inputs.iter().map(|(_, t)| t.len()).sum();
    println!(
        "ingest benchmark: {} inputs, {:.1} MB of JSON, {} rounds per backend, {} cores",
        inputs.len(),
        bytes as f64 / 1e6,
        args.rounds,
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    println!("{:<12} {:>10} {:>12} {:>14} {:>14}", "backend", "entries", "best s", "best res/s", "median res/s");

    let scratch = std::env::temp_dir().join(format!("oncotwin-bench-{}", std::process::id()));
    std::fs::create_dir_all(&scratch)?;
    let mut backends: Vec<&str> = vec!["sqlite"];
    if args.postgres_url != "none" {
        backends.push("postgres");
    }
    for backend in backends {
        let mut rates = Vec::new();
        let mut best_seconds = f64::MAX;
        let mut entries = 0;
        for round in 0..args.rounds {
            let (url, cleanup) = match backend {
                "sqlite" => (format!("sqlite://{}", scratch.join(format!("round{round}.db")).display()), None),
                _ => {
                    let name = format!("oncotwin_bench_{}_{round}", std::process::id());
                    let admin = sqlx::PgPool::connect(&args.postgres_url)
                        .await
                        .context("cannot reach PostgreSQL (use --postgres-url none to skip)")?;
                    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&admin).await?;
                    sqlx::query(&format!("CREATE DATABASE {name}")).execute(&admin).await?;
                    let mut url = url::Url::parse(&args.postgres_url)?;
                    url.set_path(&name);
                    (url.to_string(), Some((admin, name)))
                }
            };
            let store = Store::open(&url).await?;
            let started = Instant::now();
            let mut received = 0;
            for (name, text) in &inputs {
                let (report, _) = ingest_text(&store, text, name, FailedTransaction::Quarantine).await?;
                received += report.received;
            }
            let seconds = started.elapsed().as_secs_f64();
            store.close().await;
            entries = received;
            best_seconds = best_seconds.min(seconds);
            rates.push(received as f64 / seconds);
            if let Some((admin, name)) = cleanup {
                sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&admin).await?;
            }
        }
        rates.sort_by(|a, b| a.total_cmp(b));
        let median = rates[rates.len() / 2];
        println!(
            "{backend:<12} {entries:>10} {best_seconds:>12.3} {:>14.0} {median:>14.0}",
            entries as f64 / best_seconds
        );
    }
    let _ = std::fs::remove_dir_all(&scratch);
    if let Some(peak) = peak_rss_mib() {
        println!("peak RSS: {peak:.0} MiB");
    }
    Ok(())
}

#[derive(Debug, Clone, clap::Args)]
pub struct TimelineBenchArgs {
    /// Resources of the benchmark patient: the bundled NSCLC patient, with copies of its
    /// Observations (new ids) added until it holds this many.
    #[arg(long, default_value_t = 6000)]
    pub resources: usize,
    /// Timed HTTP requests (after 50 warm-up requests).
    #[arg(long, default_value_t = 1000)]
    pub requests: usize,
    /// Timed cold rebuilds of the patient.
    #[arg(long, default_value_t = 30)]
    pub rebuilds: usize,
}

fn percentile(sorted_ms: &[f64], p: f64) -> f64 {
    if sorted_ms.is_empty() {
        return f64::NAN;
    }
    let rank = ((p / 100.0) * sorted_ms.len() as f64).ceil() as usize;
    sorted_ms[rank.clamp(1, sorted_ms.len()) - 1]
}

/// Timeline latency over HTTP (warm) and cold per-patient rebuild, on a fresh SQLite database.
pub async fn timeline(args: TimelineBenchArgs) -> anyhow::Result<()> {
    use crate::twin::history;
    let sample = SAMPLES.iter().find(|s| s.name.contains("nsclc")).context("the NSCLC sample is bundled")?;
    let mut bundle: serde_json::Value = serde_json::from_str(&sample_text(sample)?)?;
    let entries = bundle["entry"].as_array_mut().context("the sample is a Bundle")?;
    let patient_id = entries
        .iter()
        .find(|e| e["resource"]["resourceType"] == "Patient")
        .and_then(|e| e["resource"]["id"].as_str())
        .context("the sample has a Patient")?
        .to_string();
    let observations: Vec<serde_json::Value> =
        entries.iter().filter(|e| e["resource"]["resourceType"] == "Observation").cloned().collect();
    let mut copy = 0usize;
    while entries.len() < args.resources && !observations.is_empty() {
        let mut e = observations[copy % observations.len()].clone();
        let id = uuid::Uuid::new_v4().to_string();
        e["fullUrl"] = serde_json::json!(format!("urn:uuid:{id}"));
        e["resource"]["id"] = serde_json::json!(id);
        entries.push(e);
        copy += 1;
    }
    let n_resources = entries.len();
    let text = bundle.to_string();

    let scratch = std::env::temp_dir().join(format!("oncotwin-bench-timeline-{}", std::process::id()));
    std::fs::create_dir_all(&scratch)?;
    let url = format!("sqlite://{}", scratch.join("bench.db").display());
    let store = Store::open(&url).await?;
    let started = Instant::now();
    let (report, _) = ingest_text(&store, &text, "bench", FailedTransaction::Quarantine).await?;
    let ingest_s = started.elapsed().as_secs_f64();
    let doc = history::timeline(&store, &patient_id, &history::TimelineQuery::default()).await?;
    println!(
        "timeline benchmark ({} build): patient with {n_resources} resources ({} stored), {} events, {} regimens, {} lines; SQLite",
        if cfg!(debug_assertions) { "DEBUG" } else { "release" },
        report.stored(),
        doc.events.len(),
        doc.regimens.len(),
        doc.lines.len()
    );
    println!("  ingest of the patient (one transaction Bundle, incl. timeline): {:.1} ms", ingest_s * 1000.0);

    let mut rebuild_ms = Vec::new();
    for _ in 0..args.rebuilds {
        let t = Instant::now();
        history::rebuild_patient(&store, &patient_id).await?;
        rebuild_ms.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    rebuild_ms.sort_by(f64::total_cmp);
    println!(
        "  cold rebuild of the patient (read its event-bearing resources from the raw store, normalise, derive, write): p50 {:.1} ms, p99 {:.1} ms, min {:.1} ms ({} runs)",
        percentile(&rebuild_ms, 50.0),
        percentile(&rebuild_ms, 99.0),
        rebuild_ms.first().copied().unwrap_or(f64::NAN),
        rebuild_ms.len()
    );

    // The timeline share of ingest: the events of every resource of the patient applied as
    // ingest applies a unit (replace events, recompute the derived data once), and one new
    // resource for the patient (the common incremental case).
    let resources = store.patient_resources(&patient_id, history::normalise::EVENT_TYPES).await?;
    let written: Vec<history::ResourceEvents> = resources
        .iter()
        .filter_map(|(rkey, content)| {
            let (rt, id) = rkey.split_once('/')?;
            let value: serde_json::Value = serde_json::from_str(content).ok()?;
            let patient = if rt == "Patient" { id.to_string() } else { patient_id.clone() };
            Some(history::resource_events(rt, id, Some(&patient), &value))
        })
        .collect();
    let t = Instant::now();
    history::apply_written(&store, written).await?;
    let whole_ms = t.elapsed().as_secs_f64() * 1000.0;
    let mut one_ms = Vec::new();
    for i in 0..args.rebuilds {
        let obs = serde_json::json!({"resourceType": "Observation", "id": format!("bench-psa-{i}"), "status": "final",
            "code": {"coding": [{"system": "http://loinc.org", "code": "2857-1"}]},
            "subject": {"reference": format!("Patient/{patient_id}")}, "effectiveDateTime": "2013-01-01",
            "valueQuantity": {"value": 4.2, "unit": "ng/mL"}});
        let mut events = history::resource_events("Observation", &format!("bench-psa-{i}"), Some(&patient_id), &obs);
        events.existed = false;
        let t = Instant::now();
        history::apply_written(&store, vec![events]).await?;
        one_ms.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    one_ms.sort_by(f64::total_cmp);
    println!(
        "  timeline work inside ingest: whole patient ({} resources) {whole_ms:.1} ms; one new resource p50 {:.2} ms, p99 {:.2} ms",
        resources.len(),
        percentile(&one_ms, 50.0),
        percentile(&one_ms, 99.0)
    );

    let settings = crate::config::Settings {
        listen: "127.0.0.1:0".into(),
        database_url: url.clone(),
        ..crate::config::Settings::default()
    };
    let app = crate::startup::Application::build(settings, store.clone())?;
    let base = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::new();
    for (label, path) in [
        ("GET timeline", format!("/api/v1/patients/{patient_id}/timeline")),
        ("GET facts", format!("/api/v1/patients/{patient_id}/facts?as_of=2013-01-01")),
    ] {
        let target = format!("{base}{path}");
        let mut bytes = 0;
        for _ in 0..50 {
            let r = client.get(&target).send().await?;
            anyhow::ensure!(r.status().is_success(), "{label}: HTTP {}", r.status());
            bytes = r.bytes().await?.len();
        }
        let mut ms = Vec::with_capacity(args.requests);
        for _ in 0..args.requests {
            let t = Instant::now();
            let r = client.get(&target).send().await?;
            let _ = r.bytes().await?;
            ms.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        print_http_latencies(label, bytes, "", &mut ms);
    }
    store.close().await;
    let _ = std::fs::remove_dir_all(&scratch);
    Ok(())
}

#[derive(Debug, Clone, clap::Args)]
pub struct NavigationBenchArgs {
    /// Synthetic patients to generate (written as timelines straight into the store).
    #[arg(long, default_value_t = 10_000)]
    pub patients: usize,
    /// Timed requests per measurement (after 30 warm-up requests).
    #[arg(long, default_value_t = 500)]
    pub requests: usize,
    /// Worklist page size.
    #[arg(long, default_value_t = 50)]
    pub page_size: usize,
    /// Seed of the generator.
    #[arg(long, default_value_t = 7)]
    pub seed: u64,
}

/// Navigation for one patient and worklist pages over generated patients, over HTTP, on a
/// fresh SQLite database.
pub async fn navigation(args: NavigationBenchArgs) -> anyhow::Result<()> {
    use crate::twin::history;
    use crate::twin::navigation::{self, synthetic};
    let today = chrono::Utc::now().date_naive();
    let scratch = std::env::temp_dir().join(format!("oncotwin-bench-navigation-{}", std::process::id()));
    std::fs::create_dir_all(&scratch)?;
    let url = format!("sqlite://{}", scratch.join("bench.db").display());
    let store = Store::open(&url).await?;
    let pathways = crate::pathway::load(None)?;
    println!(
        "navigation benchmark ({} build): {} synthetic patients (seed {}), SQLite, {} cores",
        if cfg!(debug_assertions) { "DEBUG" } else { "release" },
        args.patients,
        args.seed,
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );

    // Generate: FHIR resources per patient, normalised as ingest would, written as timelines.
    let started = Instant::now();
    let mut rng = synthetic::Rng::new(args.seed);
    let mut events_total = 0usize;
    let mut ids = Vec::with_capacity(args.patients);
    let computed_at = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    for chunk_start in (0..args.patients).step_by(500) {
        let mut page = Vec::new();
        let mut derived = Vec::new();
        for i in chunk_start..(chunk_start + 500).min(args.patients) {
            let b = synthetic::patient(i, &mut rng, today);
            let mut all = Vec::new();
            for r in &b.resources {
                let (rt, id) = (r["resourceType"].as_str().unwrap_or(""), r["id"].as_str().unwrap_or(""));
                let written = history::resource_events(rt, id, Some(&b.patient_id), r);
                all.extend(written.events.iter().cloned());
                page.push(written);
            }
            history::event::sort_events(&mut all);
            events_total += all.len();
            derived.push((
                b.patient_id.clone(),
                computed_at.clone(),
                serde_json::to_string(&history::therapy::derive(&all))?,
            ));
            ids.push(b.patient_id.clone());
        }
        history::rebuild_page(&store, page).await?;
        store.put_timeline_derived_many(&derived).await?;
    }
    println!(
        "  generated and stored {} patients, {events_total} timeline events, in {:.1} s",
        ids.len(),
        started.elapsed().as_secs_f64()
    );

    let started = Instant::now();
    let n = navigation::refresh_stale(&store, &pathways, today, true).await?;
    let refresh_s = started.elapsed().as_secs_f64();
    println!(
        "  navigation of every patient computed and stored (worklist summary): {n} patients in {refresh_s:.1} s ({:.2} ms per patient)",
        refresh_s * 1000.0 / n.max(1) as f64
    );

    // The pure function on one patient's events (no store, no HTTP): the patient with the
    // most events, among the first 500, that has moved along the pathway and has a gap.
    let mut sample: Option<(String, Vec<history::TimelineEvent>)> = None;
    for id in ids.iter().take(500) {
        let events = history::load_events(&store, id, &crate::store::EventFilter::default()).await?;
        let nav = navigation::navigate(id, &events, today, &pathways);
        let fits = nav.gaps().next().is_some() && nav.cancers.iter().any(|c| !c.position.path.is_empty());
        if fits && sample.as_ref().is_none_or(|(_, e)| e.len() < events.len()) {
            sample = Some((id.clone(), events));
        }
    }
    let (patient, events) = sample.context("no generated patient has a gap")?;
    let mut ms = Vec::new();
    for _ in 0..args.requests {
        let t = Instant::now();
        std::hint::black_box(navigation::navigate(&patient, &events, today, &pathways));
        ms.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    ms.sort_by(f64::total_cmp);
    println!(
        "  navigate() on one patient's {} events (pure, in process): p50 {:.3} ms, p99 {:.3} ms",
        events.len(),
        percentile(&ms, 50.0),
        percentile(&ms, 99.0)
    );

    let dev_key = scratch.join("dev-issuer.pem");
    let settings = crate::config::Settings {
        listen: "127.0.0.1:0".into(),
        database_url: url.clone(),
        dev_auth_key: Some(dev_key.clone()),
        ..crate::config::Settings::default()
    };
    let token = crate::auth::dev::DevIssuer::load_or_create(&dev_key)?.mint("bench", "system/*.rs", None, 3600)?;
    let app = crate::startup::Application::build(settings, store.clone())?;
    let base = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::new();
    let size = args.page_size;
    let due_before = (today - chrono::Days::new(60)).to_string();
    /// A label and the request path of the i-th request.
    type Measurement = (String, Box<dyn Fn(usize) -> String>);
    let measurements: Vec<Measurement> = vec![
        (
            "GET one patient's navigation".into(),
            Box::new({
                let p = patient.clone();
                move |_| format!("/api/v1/patients/{p}/navigation")
            }),
        ),
        ("GET worklist, first page (all gaps)".into(), Box::new(move |_| format!("/api/v1/worklist?limit={size}"))),
        (
            "GET worklist, pages 1-20 in turn".into(),
            Box::new(move |i| format!("/api/v1/worklist?limit={size}&offset={}", (i % 20) * size)),
        ),
        (
            "GET worklist, cancer=breast, kind=overdue_step".into(),
            Box::new(move |i| {
                format!("/api/v1/worklist?cancer=breast&kind=overdue_step&limit={size}&offset={}", (i % 3) * size)
            }),
        ),
        (
            "GET worklist, kind=missing_workup, due_before".into(),
            Box::new({
                let due_before = due_before.clone();
                move |_| format!("/api/v1/worklist?kind=missing_workup&due_before={due_before}&limit={size}")
            }),
        ),
        (
            "GET worklist with the counts per filter choice".into(),
            Box::new(move |_| format!("/api/v1/worklist?limit={size}&counts=true")),
        ),
        // The navigators' page itself: rows with each patient's name, birth date and MRN
        // (read from the Patient resources), the counts beside every filter choice, paging.
        (
            "GET /ui/worklist page (HTML), pages 1-20 in turn".into(),
            Box::new(move |i| format!("/ui/worklist?page={}", i % 20 + 1)),
        ),
        (
            "GET /ui/worklist page (HTML), cancer=breast, overdue, due before".into(),
            Box::new(move |i| {
                format!("/ui/worklist?cancer=breast&kind=overdue_step&due_before={due_before}&page={}", i % 2 + 1)
            }),
        ),
    ];
    for (label, path) in &measurements {
        let mut bytes = 0;
        let mut total = serde_json::Value::Null;
        for i in 0..30 {
            let r = client.get(format!("{base}{}", path(i))).bearer_auth(&token).send().await?;
            anyhow::ensure!(r.status().is_success(), "{label}: HTTP {} ({})", r.status(), path(i));
            let body = r.bytes().await?;
            bytes = body.len();
            total = serde_json::from_slice::<serde_json::Value>(&body).map(|v| v["total"].clone()).unwrap_or_default();
        }
        let mut ms = Vec::with_capacity(args.requests);
        for i in 0..args.requests {
            let t = Instant::now();
            let r = client.get(format!("{base}{}", path(i))).bearer_auth(&token).send().await?;
            let _ = r.bytes().await?;
            ms.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        let total = if total.is_null() { String::new() } else { format!(", {total} matching items") };
        print_http_latencies(label, bytes, &total, &mut ms);
    }
    store.close().await;
    let _ = std::fs::remove_dir_all(&scratch);
    Ok(())
}

/// Prints one line of warm sequential HTTP latencies (`ms` is sorted here).
fn print_http_latencies(label: &str, bytes: usize, extra: &str, ms: &mut [f64]) {
    ms.sort_by(f64::total_cmp);
    println!(
        "  {label} over HTTP (warm, sequential, {} requests, {:.0} KB{extra}): p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        ms.len(),
        bytes as f64 / 1024.0,
        percentile(ms, 50.0),
        percentile(ms, 99.0),
        ms.last().copied().unwrap_or(f64::NAN)
    );
}
