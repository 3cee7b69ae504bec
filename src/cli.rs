//! The `oncotwin` command line.

use crate::config::{Settings, SettingsArgs};
use crate::ingest::{source, IngestReport};
use crate::startup::Application;
use crate::store::{redact_url, Store};
use crate::{bench, demo, telemetry};
use anyhow::Context;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Exit code when entries were quarantined (and `--allow-quarantine` was not given).
pub const EXIT_QUARANTINED: u8 = 3;

#[derive(Debug, Parser)]
#[command(name = "oncotwin", version, about = "Clinical digital-twin backend for oncology over FHIR R4")]
pub struct Cli {
    #[command(flatten)]
    pub settings: SettingsArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the HTTP server.
    Serve(ServeArgs),
    /// Load the bundled sample patients into an embedded SQLite database and serve them.
    Demo(ServeArgs),
    /// Ingest FHIR R4 files or folders (Bundles, NDJSON, gzip of either).
    Ingest {
        /// Files or folders.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Exit 0 even when entries were quarantined.
        #[arg(long)]
        allow_quarantine: bool,
        /// Print the summary as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Apply database migrations.
    Migrate,
    /// Recompute everything derived (the search index, the timelines) from the stored
    /// resources, and queue the extraction of every note that has no job.
    Rebuild {
        /// Queue every note again (after a change of extractor), not only those without a job.
        #[arg(long)]
        notes: bool,
    },
    /// Care pathways: lint, render, export to / import from FHIR PlanDefinition.
    Pathways {
        #[command(subcommand)]
        what: PathwaysCommand,
    },
    /// Mint a token from the local development issuer (accepted only by a server in
    /// development mode: `demo`, or `serve --dev-auth`).
    DevToken {
        /// SMART scopes, space-separated.
        #[arg(long, default_value = "system/*.cruds")]
        scope: String,
        /// Bind the token to this patient (for patient/ scopes).
        #[arg(long)]
        patient: Option<String>,
        /// The token's subject.
        #[arg(long, default_value = "dev-user")]
        subject: String,
        /// Lifetime in seconds.
        #[arg(long, default_value_t = 3600)]
        ttl: i64,
    },
    /// A patient's oncology timeline as readable text (or JSON / a FHIR Bundle / facts).
    Timeline(TimelineArgs),
    /// Where a patient is on the pathway of each cancer, what is next and what is overdue.
    Navigate(NavigateArgs),
    /// Pull patients' data from an EHR's FHIR server (SMART Backend Services): one patient
    /// by search or $everything, or a population by Bulk Data $export; incremental after the
    /// first pull, optionally on a schedule (`--every 15m`).
    Sync {
        #[command(subcommand)]
        what: SyncCommand,
    },
    /// Medical necessity of a service for a stored patient: the outcome (supported, needs
    /// documentation, refer to a reviewer) and the checklist with its evidence. The decision
    /// is stored (fetch it at /api/v1/necessity/{id}).
    Necessity(NecessityArgs),
    /// Evaluations that print scores (the necessity twin, the note extractors).
    Eval {
        #[command(subcommand)]
        what: EvalCommand,
    },
    /// Run only note-extraction workers (no API), for a deployment that scales them apart
    /// from the API nodes; serves /healthz, /readyz and /metrics on --listen.
    Worker {
        /// Address of the operations server.
        #[arg(long, env = "ONCOTWIN_LISTEN", default_value = "0.0.0.0:9090")]
        listen: String,
    },
    /// Benchmarks that print numbers.
    Bench {
        #[command(subcommand)]
        what: BenchCommand,
    },
}

#[derive(Debug, Clone, clap::Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "ONCOTWIN_LISTEN")]
    pub listen: Option<String>,
    /// Largest accepted request body, in bytes.
    #[arg(long, env = "ONCOTWIN_MAX_BODY_BYTES")]
    pub max_body_bytes: Option<usize>,
    /// Public base URL (for absolute links), e.g. https://oncotwin.example.org
    #[arg(long, env = "ONCOTWIN_BASE_URL")]
    pub base_url: Option<String>,
    /// Development mode: also accept tokens from the local development issuer
    /// (`oncotwin dev-token`). Never in production.
    #[arg(long, env = "ONCOTWIN_DEV_AUTH")]
    pub dev_auth: bool,
}

#[derive(Debug, Subcommand)]
pub enum SyncCommand {
    /// Pull one patient.
    Patient {
        #[command(flatten)]
        ehr: EhrArgs,
        /// The patient's id in the EHR.
        #[arg(long)]
        patient: String,
    },
    /// Pull a population by Bulk Data $export (`Group/{id}/$export`, or `Patient/$export`).
    Bulk {
        #[command(flatten)]
        ehr: EhrArgs,
        /// Export this Group's members (default: every patient).
        #[arg(long)]
        group: Option<String>,
    },
    /// Print the public JWKS of the client key, to register with the EHR.
    Jwks {
        /// PEM file of the private key (or ONCOTWIN_EHR_PRIVATE_KEY holds the PEM).
        #[arg(long, env = "ONCOTWIN_EHR_KEY_FILE")]
        key: Option<PathBuf>,
        #[arg(long, env = "ONCOTWIN_EHR_KEY_ID")]
        key_id: Option<String>,
    },
    /// The remembered state of every pulled target: the time the next pull asks from, and
    /// the last run's counts.
    Status {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Write a new P-384 private key (PKCS#8 PEM, mode 0600) for Backend Services.
    NewKey {
        /// Where to write it (never overwritten).
        #[arg(long)]
        out: PathBuf,
    },
}

/// Where and how to reach the EHR. Secrets come from files or the environment only: the
/// private key is a file (`--key`) or the PEM text in ONCOTWIN_EHR_PRIVATE_KEY.
#[derive(Debug, Clone, clap::Args)]
pub struct EhrArgs {
    /// The EHR's FHIR base URL.
    #[arg(long, env = "ONCOTWIN_EHR_URL")]
    pub ehr: Option<String>,
    /// The client id registered with the EHR.
    #[arg(long, env = "ONCOTWIN_EHR_CLIENT_ID")]
    pub client_id: Option<String>,
    /// PEM file of the client's private key (P-384 → ES384, RSA → RS384).
    #[arg(long, env = "ONCOTWIN_EHR_KEY_FILE")]
    pub key: Option<PathBuf>,
    /// The `kid` the public key was registered under (default: its RFC 7638 thumbprint).
    #[arg(long, env = "ONCOTWIN_EHR_KEY_ID")]
    pub key_id: Option<String>,
    /// Scopes to request (default system/*.rs, or system/*.read for SMART v1 EHRs).
    #[arg(long, env = "ONCOTWIN_EHR_SCOPE")]
    pub scope: Option<String>,
    /// Resources per search page.
    #[arg(long, env = "ONCOTWIN_EHR_PAGE_SIZE")]
    pub page_size: Option<u32>,
    /// Run until stopped, one incremental pull every interval (e.g. 15m, 1h).
    #[arg(long, env = "ONCOTWIN_SYNC_EVERY")]
    pub every: Option<String>,
    /// Pull everything, ignoring the time of the last pull.
    #[arg(long)]
    pub full: bool,
    /// Print each run's report as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum PathwaysCommand {
    /// Check pathway files: syntax, criteria types, codes, reachability, cycles, exhaustive decisions, sources.
    Lint {
        /// Folder of pathway files (default: the shipped pathways).
        dir: Option<PathBuf>,
    },
    /// Draw a pathway.
    Render {
        /// Pathway id (breast, nsclc, colorectal, prostate, …).
        id: String,
        #[arg(long, value_enum, default_value = "svg")]
        format: RenderFormat,
        /// Node ids to highlight (SVG).
        #[arg(long, value_delimiter = ',')]
        highlight: Vec<String>,
    },
    /// Print a pathway as a FHIR PlanDefinition (CPG-on-FHIR pathway shape).
    Export { id: String },
    /// Turn a PlanDefinition (JSON) into a pathway file, linted, written into a folder.
    Import {
        /// PlanDefinition JSON file.
        file: PathBuf,
        /// Folder to write `<id>.toml` into.
        #[arg(long, default_value = "pathways")]
        out: PathBuf,
        /// Replace an existing file.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum RenderFormat {
    Svg,
    Dot,
    Mermaid,
}

#[derive(Debug, Clone, clap::Args)]
pub struct NecessityArgs {
    /// The patient's id.
    #[arg(long)]
    pub patient: String,
    /// The service as SYSTEM|CODE, e.g. `rxnorm|224905`, `hcpcs|J9355`, or a system URI.
    #[arg(long)]
    pub service: String,
    /// The decision date (YYYY-MM-DD; default today).
    #[arg(long)]
    pub date: Option<chrono::NaiveDate>,
    /// Print the decision as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    /// Run a necessity case file ({"cases": [...]}, each with a FHIR Bundle, a service, a
    /// date and the expected outcome): accuracy and a confusion matrix. Exit 1 on any miss.
    Necessity {
        /// Case files.
        #[arg(required = true)]
        cases: Vec<PathBuf>,
        /// Print one case's events (as normalised, with the Conditions each concerns) and its
        /// whole decision (facts per cancer, derivations, checklists) as JSON instead.
        #[arg(long, value_name = "CASE_ID")]
        explain: Option<String>,
    },
    /// Note extraction: precision, recall and F1 per event type against encounter gold
    /// (Synthea bundles, clinosim NDJSON) and span gold (`*.entities.json`); rule-based throughput.
    Notes(NotesEvalArgs),
}

#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    /// Ingest throughput into fresh SQLite and PostgreSQL databases, and peak memory.
    Ingest(bench::IngestBenchArgs),
    /// Timeline latency over HTTP and cold per-patient rebuild time.
    Timeline(bench::TimelineBenchArgs),
    /// Navigation latency for one patient and worklist pages over generated patients.
    #[command(alias = "worklist")]
    Navigation(bench::NavigationBenchArgs),
}

#[derive(Debug, Clone, clap::Args)]
pub struct NavigateArgs {
    /// The patient's id.
    pub patient: String,
    /// The date to navigate as of (YYYY-MM-DD; default today).
    #[arg(long)]
    pub as_of: Option<chrono::NaiveDate>,
    /// Print the navigation as JSON.
    #[arg(long, conflicts_with = "careplan")]
    pub json: bool,
    /// Print the CarePlan of `PlanDefinition/$apply` for this pathway id (breast, nsclc …).
    #[arg(long, value_name = "PATHWAY")]
    pub careplan: Option<String>,
    /// Print the CDS Hooks patient-view cards.
    #[arg(long, conflicts_with_all = ["json", "careplan"])]
    pub cards: bool,
}

#[derive(Debug, Clone, clap::Args)]
pub struct NotesEvalArgs {
    /// Files or folders: FHIR Bundles / NDJSON (gzip too) and annotated reports (*.entities.json).
    #[arg(required = true)]
    pub data: Vec<PathBuf>,
    /// The extractor to score (default: the configured one, else rules).
    #[arg(long, value_enum)]
    pub extractor: Option<crate::config::ExtractorKind>,
    /// Score only this many encounters (those with treatment gold first) and reports.
    #[arg(long)]
    pub limit: Option<usize>,
    /// Rounds of the rule-based throughput measurement (0: none).
    #[arg(long, default_value_t = 5)]
    pub rounds: usize,
    /// Print the first N missed gold events and false positives of each data set.
    #[arg(long, default_value_t = 0)]
    pub misses: usize,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Clone, clap::Args)]
pub struct TimelineArgs {
    /// The patient's id.
    pub patient: String,
    /// Print the timeline document as JSON.
    #[arg(long, conflicts_with_all = ["fhir", "facts"])]
    pub json: bool,
    /// Print the timeline as a FHIR Bundle.
    #[arg(long, conflicts_with = "facts")]
    pub fhir: bool,
    /// Print the patient facts (JSON) instead, as known on --as-of.
    #[arg(long)]
    pub facts: bool,
    /// The as-of date for --facts (YYYY-MM-DD; default today).
    #[arg(long, requires = "facts")]
    pub as_of: Option<chrono::NaiveDate>,
    /// List every drug administration and treatment session, not just the regimens.
    #[arg(long)]
    pub all: bool,
}

/// Parses the command line and runs it.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(rt) => rt,
        Err(err) => {
            eprintln!("error: cannot start the async runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(dispatch(cli)) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::FAILURE
        }
    }
}

async fn dispatch(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Serve(args) => {
            let mut settings = cli.settings.resolve(args.listen, args.max_body_bytes, args.base_url)?;
            if args.dev_auth {
                settings.dev_auth_key = Some(cli.settings.dev_key_path());
            }
            telemetry::init(settings.log_format);
            serve(settings).await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Worker { listen } => {
            let mut settings = cli.settings.resolve(None, None, None)?;
            if settings.notes.workers.is_none() {
                settings.notes.workers = Some(2);
            }
            telemetry::init(settings.log_format);
            work(settings, &listen).await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Demo(args) => {
            let mut settings = cli.settings.resolve(args.listen, args.max_body_bytes, args.base_url)?;
            if cli.settings.database_url.is_none() {
                settings.database_url = demo::DEMO_DATABASE_URL.to_string();
            }
            settings.dev_auth_key = Some(cli.settings.dev_key_path());
            telemetry::init(settings.log_format);
            demo::run(settings).await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Ingest { paths, allow_quarantine, json } => {
            let settings = cli.settings.resolve(None, None, None)?;
            telemetry::init(settings.log_format);
            let store = open_store(&settings).await?;
            let report = ingest_paths(&store, &paths, !json).await?;
            if report.received > 0 {
                store.analyze().await?;
            }
            store.close().await;
            if json {
                println!("{}", serde_json::to_string_pretty(&report)?);
            }
            if report.quarantined_total() > 0 && !allow_quarantine {
                eprintln!(
                    "{} entries were quarantined (see the summary); rerun with --allow-quarantine to accept that",
                    report.quarantined_total()
                );
                return Ok(ExitCode::from(EXIT_QUARANTINED));
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Migrate => {
            let settings = cli.settings.resolve(None, None, None)?;
            telemetry::init(settings.log_format);
            let store = open_store(&settings).await?;
            println!("migrations applied to {}", redact_url(&settings.database_url));
            store.close().await;
            Ok(ExitCode::SUCCESS)
        }
        Command::Rebuild { notes } => {
            let settings = cli.settings.resolve(None, None, None)?;
            telemetry::init(settings.log_format);
            let store = open_store(&settings).await?;
            let started = Instant::now();
            let rebuilt = crate::rebuild::rebuild(&store, notes).await?;
            store.analyze().await?;
            println!(
                "rebuilt the derived data of {} resources in {:.2} s; {} note extraction job(s) queued",
                rebuilt.resources,
                started.elapsed().as_secs_f64(),
                rebuilt.notes_queued
            );
            store.close().await;
            Ok(ExitCode::SUCCESS)
        }
        Command::DevToken { scope, patient, subject, ttl } => {
            let issuer = crate::auth::dev::DevIssuer::load_or_create(&cli.settings.dev_key_path())?;
            println!("{}", issuer.mint(&subject, &scope, patient.as_deref(), ttl)?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Pathways { what } => {
            telemetry::init(cli.settings.log_format.unwrap_or(telemetry::LogFormat::Human));
            pathways_command(what, cli.settings.pathways_dir.as_deref())
        }
        Command::Timeline(args) => {
            let settings = cli.settings.resolve(None, None, None)?;
            telemetry::init(settings.log_format);
            let pathways = crate::pathway::load(settings.pathways_dir.as_deref())?;
            let store = open_store(&settings).await?;
            let result = print_timeline(&store, &pathways, &args).await;
            store.close().await;
            result?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Necessity(args) => {
            let settings = cli.settings.resolve(None, None, None)?;
            telemetry::init(settings.log_format);
            let store = open_store(&settings).await?;
            let pathways = crate::pathway::load(settings.pathways_dir.as_deref())?;
            let result = necessity_command(&store, &pathways, &args).await;
            store.close().await;
            result
        }
        Command::Eval { what: EvalCommand::Necessity { cases, explain } } => {
            telemetry::init(cli.settings.log_format.unwrap_or(telemetry::LogFormat::Human));
            let pathways = crate::pathway::load(cli.settings.pathways_dir.as_deref())?;
            let mut all = Vec::new();
            for path in &cases {
                all.extend(crate::twin::necessity::eval::load(path)?);
            }
            if let Some(id) = explain {
                let case = all.iter().find(|c| c.id == id).with_context(|| format!("no case `{id}` in the files"))?;
                let out = crate::twin::necessity::eval::explain(&pathways, case)?;
                println!("{}", serde_json::to_string_pretty(&out)?);
                return Ok(ExitCode::SUCCESS);
            }
            let results = crate::twin::necessity::eval::run(&pathways, &all)?;
            print!("{}", crate::twin::necessity::eval::report(&results));
            Ok(if results.iter().all(|r| r.passed()) { ExitCode::SUCCESS } else { ExitCode::from(1) })
        }
        Command::Navigate(args) => {
            let settings = cli.settings.resolve(None, None, None)?;
            telemetry::init(settings.log_format);
            let pathways = crate::pathway::load(settings.pathways_dir.as_deref())?;
            let store = open_store(&settings).await?;
            let result = print_navigation(&store, &pathways, &args).await;
            store.close().await;
            result?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Bench { what: BenchCommand::Navigation(args) } => {
            telemetry::init(cli.settings.log_format.unwrap_or(telemetry::LogFormat::Human));
            bench::navigation(args).await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Bench { what: BenchCommand::Timeline(args) } => {
            telemetry::init(cli.settings.log_format.unwrap_or(telemetry::LogFormat::Human));
            bench::timeline(args).await?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Sync { what } => {
            let settings = cli.settings.resolve(None, None, None)?;
            telemetry::init(settings.log_format);
            sync_command(what, &settings).await
        }
        Command::Eval { what: EvalCommand::Notes(args) } => {
            let mut settings = cli.settings.resolve(None, None, None)?;
            telemetry::init(settings.log_format);
            if let Some(e) = args.extractor {
                settings.notes.extractor = e;
            }
            // A data set that scores nothing fails the evaluation (the report says which).
            Ok(if eval_notes(&settings, &args).await? { ExitCode::SUCCESS } else { ExitCode::FAILURE })
        }
        Command::Bench { what: BenchCommand::Ingest(args) } => {
            telemetry::init(cli.settings.log_format.unwrap_or(telemetry::LogFormat::Human));
            bench::ingest(args).await?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn pathways_command(what: PathwaysCommand, dir: Option<&std::path::Path>) -> anyhow::Result<ExitCode> {
    use oncotwin_pathway::{lint_dir, lint_str, Pathway, PathwaySet, Severity};
    match what {
        PathwaysCommand::Lint { dir: lint_target } => {
            let started = Instant::now();
            let diagnostics = match lint_target.as_deref().or(dir) {
                Some(dir) => lint_dir(dir),
                None => PathwaySet::builtin().map(|set| set.lint()).unwrap_or_else(|e| e.diagnostics),
            };
            for d in &diagnostics {
                println!("{d}");
            }
            // The value-set tables the history twin reads (compiled in: this checks the
            // tables of this build).
            let valueset_errors = crate::twin::history::valuesets::check().err().unwrap_or_default();
            for e in &valueset_errors {
                println!("error: {e}");
            }
            let errors = diagnostics.iter().filter(|d| d.severity == Severity::Error).count() + valueset_errors.len();
            println!(
                "{errors} error(s), {} warning(s) in {:.1} ms",
                diagnostics.len() + valueset_errors.len() - errors,
                started.elapsed().as_secs_f64() * 1e3
            );
            Ok(if errors == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
        }
        PathwaysCommand::Render { id, format, highlight } => {
            let set = crate::pathway::load(dir)?;
            let pathway = set.get(&id).with_context(|| format!("no pathway `{id}`"))?;
            let highlight: Vec<&str> = highlight.iter().map(String::as_str).collect();
            print!(
                "{}",
                match format {
                    RenderFormat::Svg => pathway.to_svg_highlighting(&highlight),
                    RenderFormat::Dot => pathway.to_dot(),
                    RenderFormat::Mermaid => pathway.to_mermaid(),
                }
            );
            Ok(ExitCode::SUCCESS)
        }
        PathwaysCommand::Export { id } => {
            let set = crate::pathway::load(dir)?;
            let pathway = set.get(&id).with_context(|| format!("no pathway `{id}`"))?;
            println!("{}", serde_json::to_string_pretty(&pathway.to_plan_definition())?);
            Ok(ExitCode::SUCCESS)
        }
        PathwaysCommand::Import { file, out, force } => {
            let text = std::fs::read_to_string(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let json: serde_json::Value =
                serde_json::from_str(&text).with_context(|| format!("{} is not JSON", file.display()))?;
            let pathway = Pathway::from_plan_definition(&json)?;
            let toml = pathway.to_toml();
            let name = format!("{}.toml", pathway.id);
            // The written file must pass the same checks as a hand-written one.
            let diagnostics = lint_str(&name, &toml);
            for d in &diagnostics {
                eprintln!("{d}");
            }
            if diagnostics.iter().any(|d| d.severity == Severity::Error) {
                anyhow::bail!("the imported pathway does not lint clean; nothing was written");
            }
            std::fs::create_dir_all(&out)?;
            let target = out.join(&name);
            if target.exists() && !force {
                anyhow::bail!("{} exists (use --force to replace it)", target.display());
            }
            std::fs::write(&target, toml)?;
            let (nodes, edges) = pathway.size();
            println!("wrote {} ({nodes} nodes, {edges} edges)", target.display());
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `oncotwin timeline PATIENT`.
async fn print_timeline(
    store: &Store,
    pathways: &oncotwin_pathway::PathwaySet,
    args: &TimelineArgs,
) -> anyhow::Result<()> {
    use crate::twin::history;
    if args.facts {
        let as_of = args.as_of.unwrap_or_else(|| chrono::Utc::now().date_naive());
        let report = history::facts(store, pathways, &args.patient, as_of).await?;
        println!("{}", serde_json::to_string_pretty(&report)?);
        return Ok(());
    }
    let doc = history::timeline(store, &args.patient, &history::TimelineQuery::default()).await?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&doc)?);
    } else if args.fhir {
        println!("{}", serde_json::to_string_pretty(&history::fhir::bundle(&doc, &doc.computed_at))?);
    } else {
        print!("{}", history::text::render(&doc, args.all));
    }
    Ok(())
}

/// `oncotwin navigate PATIENT`.
async fn print_navigation(
    store: &Store,
    pathways: &oncotwin_pathway::PathwaySet,
    args: &NavigateArgs,
) -> anyhow::Result<()> {
    use crate::twin::navigation;
    let as_of = args.as_of.unwrap_or_else(|| chrono::Utc::now().date_naive());
    let nav = navigation::navigation(store, pathways, &args.patient, as_of).await?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&nav)?);
    } else if let Some(id) = &args.careplan {
        let pathway = pathways.get(id).with_context(|| format!("no pathway `{id}`"))?;
        let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        println!("{}", serde_json::to_string_pretty(&navigation::fhir::apply(&nav, pathway, &now))?);
    } else if args.cards {
        let cards = navigation::cds::patient_view_cards(&nav, "http://127.0.0.1:8080");
        println!("{}", serde_json::to_string_pretty(&serde_json::json!({ "cards": cards }))?);
    } else {
        print!("{}", navigation::text::render(&nav));
    }
    Ok(())
}

/// Connects to the configured database and migrates it.
async fn necessity_command(
    store: &Store,
    pathways: &oncotwin_pathway::PathwaySet,
    args: &NecessityArgs,
) -> anyhow::Result<ExitCode> {
    use crate::twin::necessity::{self, NecessityError, RequestedService};
    let (system, code) = args
        .service
        .rsplit_once('|')
        .with_context(|| format!("--service `{}` must be SYSTEM|CODE, e.g. rxnorm|224905", args.service))?;
    let service = RequestedService::from_code(system, code, None)?;
    let date = args.date.unwrap_or_else(|| chrono::Utc::now().date_naive());
    let decision = match necessity::decide_stored(store, pathways, &args.patient, service, date, "cli").await {
        Ok(d) => d,
        Err(NecessityError::History(crate::twin::history::HistoryError::UnknownPatient(id))) => {
            anyhow::bail!("no patient `{id}` is stored (ingest the patient's data first: oncotwin ingest FILE)")
        }
        Err(e) => return Err(e.into()),
    };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&crate::api::necessity::decision_json(&decision, None))?);
    } else {
        print!("{}", necessity::page::text(&decision));
    }
    Ok(ExitCode::SUCCESS)
}

pub async fn open_store(settings: &Settings) -> anyhow::Result<Store> {
    Store::open(&settings.database_url)
        .await
        .with_context(|| format!("cannot open the database {}", redact_url(&settings.database_url)))
}

/// Runs the server (and the note extraction workers) until SIGINT/SIGTERM.
pub async fn serve(settings: Settings) -> anyhow::Result<()> {
    let store = open_store(&settings).await?;
    let app = Application::build(settings.clone(), store.clone())?;
    let workers = crate::notes::start_workers(&settings, &store)?;
    tracing::info!(listen = %settings.listen, port = app.port(), database = %redact_url(&settings.database_url), "oncotwin serving");
    let served = app.run_until_stopped().await;
    if let Some(w) = workers {
        w.stop().await;
    }
    served?;
    store.close().await;
    Ok(())
}

/// Runs note-extraction workers and the operations server until SIGINT/SIGTERM; running jobs
/// finish (or their leases expire and another worker takes them).
pub async fn work(settings: Settings, listen: &str) -> anyhow::Result<()> {
    let store = open_store(&settings).await?;
    let Some(workers) = crate::notes::start_workers(&settings, &store)? else {
        anyhow::bail!("--notes-workers is 0: a worker process needs at least one worker");
    };
    let ops =
        crate::api::ops::ops_server(listen, store.clone()).with_context(|| format!("cannot listen on {listen}"))?;
    tracing::info!(
        listen,
        workers = settings.notes.workers(),
        database = %redact_url(&settings.database_url),
        "oncotwin note workers running"
    );
    let served = ops.await;
    workers.stop().await;
    store.close().await;
    served?;
    Ok(())
}

/// `oncotwin eval notes`; false when a data set scores nothing.
async fn eval_notes(settings: &Settings, args: &NotesEvalArgs) -> anyhow::Result<bool> {
    use crate::notes::{eval, llm};
    let mut data = eval::load(&args.data)?;
    if let Some(n) = args.limit {
        data.sample(n);
    }
    let extractor = crate::notes::build_extractor(&settings.notes, llm::LlmCache::Memory(Default::default()))?;
    let model = match &extractor {
        crate::notes::Extractor::Llm(l) => Some(l.model().to_string()),
        crate::notes::Extractor::Rules(_) => None,
    };
    let corpora = eval::evaluate(&extractor, &data).await;
    let throughput = (args.rounds > 0).then(|| eval::throughput(&data, args.rounds).0);
    let report =
        eval::EvalReport { extractor: extractor.name().to_string(), model, corpora, throughput_mb_per_s: throughput };
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        print!("{}", eval::render(&report));
        if args.misses > 0 {
            print!("{}", eval::render_misses(&report, args.misses));
        }
    }
    let failures = eval::failures(&report.corpora);
    for f in &failures {
        eprintln!("eval notes FAILED: {f}");
    }
    Ok(failures.is_empty())
}

/// Ingests files and folders with a progress bar, then prints a summary.
pub async fn ingest_paths(store: &Store, paths: &[PathBuf], show: bool) -> anyhow::Result<IngestReport> {
    let (files, skipped) = source::expand_paths(paths)?;
    let started = Instant::now();
    let bar = if show { indicatif::ProgressBar::new(files.len() as u64) } else { indicatif::ProgressBar::hidden() };
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} [{bar:30}] {pos}/{len} files  {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    let mut report = IngestReport { skipped_files: skipped, ..Default::default() };
    for file in &files {
        let file_report = source::ingest_file(store, file).await?;
        report.add(&file_report);
        bar.inc(1);
        bar.set_message(format!("{} entries, {} quarantined", report.received, report.quarantined_total()));
    }
    bar.finish_and_clear();
    let seconds = started.elapsed().as_secs_f64();
    let started_at = (chrono::Utc::now() - chrono::Duration::milliseconds((seconds * 1000.0) as i64)).to_rfc3339();
    let source = paths.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(" ");
    store.record_ingest_run(&started_at, &source, &(&report).into()).await?;
    if show {
        print_summary(&report, seconds);
    }
    Ok(report)
}

fn print_summary(report: &IngestReport, seconds: f64) {
    println!(
        "ingested {} files: {} entries in {:.2} s ({:.0} entries/s)",
        report.files,
        report.received,
        seconds,
        report.received as f64 / seconds.max(1e-9)
    );
    println!(
        "  stored       {:>8}  (created {}, updated {}, unchanged {})",
        report.stored(),
        report.created,
        report.updated,
        report.unchanged
    );
    println!("  quarantined  {:>8}", report.quarantined_total());
    for (reason, n) in &report.quarantined {
        println!("    {reason:<24} {n:>6}");
    }
    if report.unresolved_references > 0 {
        println!("  unresolved urn: references kept as given: {}", report.unresolved_references);
    }
    if !report.skipped_files.is_empty() {
        println!(
            "  skipped {} files that are not FHIR JSON/NDJSON (e.g. {})",
            report.skipped_files.len(),
            report.skipped_files[0]
        );
    }
}

/// `oncotwin sync …`.
async fn sync_command(what: SyncCommand, settings: &Settings) -> anyhow::Result<ExitCode> {
    use crate::connector::{self, ClientKey, EhrClient, PullOptions, Target};
    let file = settings.ehr.clone().unwrap_or_default();
    let (ehr, target) = match what {
        SyncCommand::Jwks { key, key_id } => {
            let key = ClientKey::load(key.or(file.private_key_file).as_deref(), key_id.or(file.key_id).as_deref())?;
            println!("{}", serde_json::to_string_pretty(&key.public_jwks())?);
            return Ok(ExitCode::SUCCESS);
        }
        SyncCommand::NewKey { out } => {
            if out.exists() {
                anyhow::bail!("{} exists; not overwritten", out.display());
            }
            crate::auth::dev::write_private_file(&out, &connector::key::generate_p384_pem()?)?;
            let key = ClientKey::from_file(&out, None)?;
            eprintln!("wrote {} (ES384, kid {}); register this public JWKS with the EHR:", out.display(), key.kid());
            println!("{}", serde_json::to_string_pretty(&key.public_jwks())?);
            return Ok(ExitCode::SUCCESS);
        }
        SyncCommand::Status { json } => {
            let store = open_store(settings).await?;
            let states = store.sync_states().await?;
            store.close().await;
            if json {
                println!("{}", serde_json::to_string_pretty(&states)?);
            } else if states.is_empty() {
                println!("nothing pulled yet");
            }
            for s in states.iter().filter(|_| !json) {
                println!(
                    "{} {}: next pull from {} ({}, finished {}: {} received, {} created, {} updated, {} quarantined)",
                    s.ehr_base,
                    s.target,
                    s.since,
                    s.mode,
                    s.finished_at,
                    s.received,
                    s.created,
                    s.updated,
                    s.quarantined
                );
            }
            return Ok(ExitCode::SUCCESS);
        }
        SyncCommand::Patient { ehr, patient } => (ehr, Target::Patient(patient)),
        SyncCommand::Bulk { ehr, group: Some(group) } => (ehr, Target::Group(group)),
        SyncCommand::Bulk { ehr, group: None } => (ehr, Target::AllPatients),
    };
    let url = ehr
        .ehr
        .or(file.url)
        .context("no EHR: give --ehr URL (or ONCOTWIN_EHR_URL, or url in [ehr] of the settings file)")?;
    let client_id = ehr
        .client_id
        .or(file.client_id)
        .context("no client id: give --client-id (or ONCOTWIN_EHR_CLIENT_ID, or client_id in [ehr])")?;
    let key = ClientKey::load(ehr.key.or(file.private_key_file).as_deref(), ehr.key_id.or(file.key_id).as_deref())?;
    let every = match ehr.every.or(file.every) {
        Some(text) => Some(connector::parse_interval(&text).map_err(|e| anyhow::anyhow!(e))?),
        None => None,
    };
    let options = PullOptions {
        full: ehr.full,
        page_size: ehr.page_size.or(file.page_size).unwrap_or(PullOptions::default().page_size).max(1),
        ..PullOptions::default()
    };
    let scope = ehr.scope.or(file.scope);
    let store = open_store(settings).await?;
    let client = EhrClient::connect(&url, &client_id, key, scope.as_deref()).await?;
    let mut first = true;
    loop {
        // After the first run of a schedule, every run is incremental.
        let run_options = PullOptions { full: options.full && first, ..options.clone() };
        first = false;
        let outcome = tokio::select! {
            outcome = connector::sync(&store, &client, &target, &run_options) => outcome,
            _ = shutdown_signal() => break,
        };
        match outcome {
            Ok(report) if ehr.json => println!("{}", serde_json::to_string_pretty(&report)?),
            Ok(report) => print_sync_report(&report),
            Err(err) if every.is_some() => {
                tracing::error!(error = %err, "EHR sync failed; trying again at the next run")
            }
            Err(err) => {
                store.close().await;
                return Err(err.into());
            }
        }
        let Some(every) = every else { break };
        tokio::select! {
            _ = tokio::time::sleep(every) => {}
            _ = shutdown_signal() => break,
        }
    }
    store.close().await;
    Ok(ExitCode::SUCCESS)
}

/// SIGINT or SIGTERM.
async fn shutdown_signal() {
    #[cfg(unix)]
    {
        let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(term) => term,
            Err(_) => return std::future::pending().await,
        };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

fn print_sync_report(report: &crate::connector::SyncReport) {
    let ingest = &report.ingest;
    println!(
        "synced {} from {} ({}{}): {} resources in {:.2} s, {} requests",
        report.target,
        report.ehr,
        report.mode,
        report.since.as_deref().map(|s| format!(", changes since {s}")).unwrap_or_default(),
        ingest.received,
        report.seconds,
        report.requests
    );
    println!(
        "  stored       {:>8}  (created {}, updated {}, unchanged {})",
        ingest.stored(),
        ingest.created,
        ingest.updated,
        ingest.unchanged
    );
    println!("  quarantined  {:>8}", ingest.quarantined_total());
    for (resource_type, n) in &report.types {
        println!("    {resource_type:<28} {n:>6}");
    }
    if !report.skipped_searches.is_empty() {
        println!("  searches the EHR refused: {}", report.skipped_searches.join(", "));
    }
}
