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
