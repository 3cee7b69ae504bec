//! Settings: command-line flags, then `ONCOTWIN_*` environment variables, then a TOML file
//! (`--config` / `ONCOTWIN_CONFIG`), then defaults.

use crate::auth::launch::LaunchSettings;
use crate::auth::IssuerConfig;
use crate::telemetry::LogFormat;
use anyhow::Context;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The default SQLite database, relative to the working directory.
pub const DEFAULT_DATABASE_URL: &str = "sqlite://./data/oncotwin.db";
pub const DEFAULT_LISTEN: &str = "127.0.0.1:8080";
/// 64 MiB: a large Synthea patient is under 10 MB.
pub const DEFAULT_MAX_BODY_BYTES: usize = 64 * 1024 * 1024;

/// Effective settings of a run.
#[derive(Debug, Clone)]
pub struct Settings {
    pub listen: String,
    pub database_url: String,
    pub log_format: LogFormat,
    pub max_body_bytes: usize,
    /// Absolute base URL of the server as clients see it (for fullUrl and paging links);
    /// when unset, it is taken from each request's Host header.
    pub base_url: Option<String>,
    /// Folder of pathway files to load instead of the shipped ones.
    pub pathways_dir: Option<PathBuf>,
    /// Token issuers whose bearer JWTs are accepted.
    pub auth_issuers: Vec<IssuerConfig>,
    /// The `aud` values accepted (the FHIR base URL as clients know it, for SMART).
    pub auth_audiences: Vec<String>,
    /// Development mode: trust the local development issuer whose key is in this file.
    pub dev_auth_key: Option<PathBuf>,
    /// The EHR the connector pulls from (`[ehr]` in the settings file).
    pub ehr: Option<crate::connector::EhrSettings>,
    /// The EHR the timeline page may be SMART-launched from (`[smart_launch]` in the
    /// settings file, or `--smart-iss` and `--smart-client-id`).
    pub smart_launch: Option<LaunchSettings>,
    /// CDS Hooks clients trusted to call the hook services (`[cds]` in the settings file).
    pub cds: crate::cds::jwt::CdsSettings,
    /// Note extraction (`[notes]` in the settings file).
    pub notes: NotesSettings,
}

/// Which extractor reads notes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum ExtractorKind {
    /// Rule-based: deterministic, no network.
    #[default]
    Rules,
    /// An OpenAI-compatible chat-completions endpoint (`llm_url`, `llm_model`).
    Llm,
    /// Rules first; the model (`llm_url`, `llm_model`) reads only the paragraphs in which
    /// the rules found nothing.
    Hybrid,
}

/// Note extraction settings.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotesSettings {
    #[serde(default)]
    pub extractor: ExtractorKind,
    /// Background workers `serve` starts (0: none; another instance may run them).
    pub workers: Option<usize>,
    /// The model server's base URL (`http://127.0.0.1:8000`, `…/v1`, or `…/chat/completions`).
    pub llm_url: Option<String>,
    pub llm_model: Option<String>,
    /// File holding the bearer key (or ONCOTWIN_LLM_API_KEY holds the key itself).
    pub llm_api_key_file: Option<PathBuf>,
    /// Per-request timeout in seconds (default 120).
    pub llm_timeout_secs: Option<u64>,
    /// Requests in flight at once (default 2).
    pub llm_concurrency: Option<usize>,
    #[serde(default)]
    pub llm_response_format: crate::notes::llm::ResponseFormat,
    #[serde(skip)]
    pub llm_api_key: Option<ApiKey>,
}

/// A secret that never prints (settings are `Debug`).
#[derive(Clone, Default)]
pub struct ApiKey(pub String);

impl std::fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ApiKey(***)")
    }
}

impl NotesSettings {
    /// The workers `serve` starts (default 1).
    pub fn workers(&self) -> usize {
        self.workers.unwrap_or(1)
    }
}

/// Where the development issuer's key lives unless `--dev-key` says otherwise.
pub const DEFAULT_DEV_KEY: &str = "./data/dev-issuer.pem";

impl Default for Settings {
    fn default() -> Self {
        Settings {
            listen: DEFAULT_LISTEN.into(),
            database_url: DEFAULT_DATABASE_URL.into(),
            log_format: LogFormat::Human,
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            base_url: None,
            pathways_dir: None,
            auth_issuers: Vec::new(),
            auth_audiences: Vec::new(),
            dev_auth_key: None,
            ehr: None,
            smart_launch: None,
            cds: Default::default(),
            notes: NotesSettings::default(),
        }
    }
}

/// The settings file's keys (all optional).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileSettings {
    pub listen: Option<String>,
    pub database_url: Option<String>,
    pub log_format: Option<LogFormat>,
    pub max_body_bytes: Option<usize>,
    pub base_url: Option<String>,
    pub pathways_dir: Option<PathBuf>,
    #[serde(default)]
    pub auth_issuers: Vec<IssuerConfig>,
    #[serde(default)]
    pub auth_audiences: Vec<String>,
    pub ehr: Option<crate::connector::EhrSettings>,
    pub smart_launch: Option<LaunchSettings>,
    #[serde(default)]
    pub cds: crate::cds::jwt::CdsSettings,
    pub notes: Option<NotesSettings>,
}

impl FileSettings {
    pub fn load(path: &Path) -> anyhow::Result<Self> {
        let text =
            std::fs::read_to_string(path).with_context(|| format!("cannot read settings file {}", path.display()))?;
        toml::from_str(&text).with_context(|| format!("invalid settings file {}", path.display()))
    }
}

/// Values given on the command line or in the environment (clap merges those two).
#[derive(Debug, Default, Clone, clap::Args)]
pub struct SettingsArgs {
    /// TOML settings file.
    #[arg(long, env = "ONCOTWIN_CONFIG", global = true)]
    pub config: Option<PathBuf>,
    /// Database URL: sqlite://PATH (default ./data/oncotwin.db) or postgres://…
    #[arg(long, env = "ONCOTWIN_DATABASE_URL", global = true)]
    pub database_url: Option<String>,
    /// Log format.
    #[arg(long, env = "ONCOTWIN_LOG_FORMAT", global = true, value_enum)]
    pub log_format: Option<LogFormat>,
    /// Folder of pathway files (TOML) to use instead of the shipped pathways.
    #[arg(long, env = "ONCOTWIN_PATHWAYS_DIR", global = true)]
    pub pathways_dir: Option<PathBuf>,
    /// Trust bearer tokens from this issuer (its `iss`); more issuers in the settings file.
    #[arg(long, env = "ONCOTWIN_AUTH_ISSUER", global = true)]
    pub auth_issuer: Option<String>,
    /// The JWKS URL of `--auth-issuer`.
    #[arg(long, env = "ONCOTWIN_AUTH_JWKS_URI", global = true)]
    pub auth_jwks_uri: Option<String>,
    /// Accepted token audiences, comma-separated (e.g. the public FHIR base URL).
    #[arg(long, env = "ONCOTWIN_AUTH_AUDIENCE", global = true, value_delimiter = ',')]
    pub auth_audience: Vec<String>,
    /// The development issuer's key file (used by `demo`, `serve --dev-auth` and `dev-token`).
    #[arg(long, env = "ONCOTWIN_DEV_KEY", global = true)]
    pub dev_key: Option<PathBuf>,
    /// The FHIR base URL (`iss`) of the EHR the timeline page may be SMART-launched from.
    #[arg(long, env = "ONCOTWIN_SMART_ISS", global = true, requires = "smart_client_id")]
    pub smart_iss: Option<String>,
    /// The client_id oncotwin is registered under at that EHR (a public client with PKCE).
    #[arg(long, env = "ONCOTWIN_SMART_CLIENT_ID", global = true, requires = "smart_iss")]
    pub smart_client_id: Option<String>,
    /// Note extractor: rules (default) or llm.
    #[arg(long, env = "ONCOTWIN_NOTES_EXTRACTOR", global = true, value_enum)]
    pub notes_extractor: Option<ExtractorKind>,
    /// Note extraction workers `serve` starts (0: none).
    #[arg(long, env = "ONCOTWIN_NOTES_WORKERS", global = true)]
    pub notes_workers: Option<usize>,
    /// The LLM server's base URL (OpenAI-compatible; the key comes from ONCOTWIN_LLM_API_KEY).
    #[arg(long, env = "ONCOTWIN_LLM_URL", global = true)]
    pub llm_url: Option<String>,
    /// The model name sent to the LLM server.
    #[arg(long, env = "ONCOTWIN_LLM_MODEL", global = true)]
    pub llm_model: Option<String>,
    /// How `response_format` asks for the JSON schema.
    #[arg(long, env = "ONCOTWIN_LLM_RESPONSE_FORMAT", global = true, value_enum)]
    pub llm_response_format: Option<crate::notes::llm::ResponseFormat>,
}

impl SettingsArgs {
    /// Resolves the effective settings; `listen` comes from the subcommand, if it has one.
    pub fn resolve(
        &self,
        listen: Option<String>,
        max_body_bytes: Option<usize>,
        base_url: Option<String>,
    ) -> anyhow::Result<Settings> {
        let file = match &self.config {
            Some(path) => FileSettings::load(path)?,
            None => FileSettings::default(),
        };
        let defaults = Settings::default();
        Ok(Settings {
            listen: listen.or(file.listen).unwrap_or(defaults.listen),
            database_url: self.database_url.clone().or(file.database_url).unwrap_or(defaults.database_url),
            log_format: self.log_format.or(file.log_format).unwrap_or(defaults.log_format),
            max_body_bytes: max_body_bytes.or(file.max_body_bytes).unwrap_or(defaults.max_body_bytes),
            base_url: base_url.or(file.base_url),
            pathways_dir: self.pathways_dir.clone().or(file.pathways_dir),
            auth_issuers: {
                let mut issuers = file.auth_issuers;
                if let Some(issuer) = &self.auth_issuer {
                    issuers.push(IssuerConfig {
                        issuer: issuer.clone(),
                        jwks_uri: self.auth_jwks_uri.clone(),
                        jwks_file: None,
                    });
                }
                issuers
            },
            auth_audiences: if self.auth_audience.is_empty() {
                file.auth_audiences
            } else {
                self.auth_audience.clone()
            },
            dev_auth_key: None,
            ehr: file.ehr,
            cds: file.cds,
            smart_launch: match (&self.smart_iss, &self.smart_client_id) {
                (Some(fhir_base), Some(client_id)) => {
                    Some(LaunchSettings { fhir_base: fhir_base.clone(), client_id: client_id.clone() })
                }
                _ => file.smart_launch,
            },
            notes: {
                let mut notes = file.notes.unwrap_or_default();
                if let Some(e) = self.notes_extractor {
                    notes.extractor = e;
                }
                notes.workers = self.notes_workers.or(notes.workers);
                notes.llm_url = self.llm_url.clone().or(notes.llm_url);
                notes.llm_model = self.llm_model.clone().or(notes.llm_model);
                if let Some(f) = self.llm_response_format {
                    notes.llm_response_format = f;
                }
                notes.llm_api_key = match (std::env::var("ONCOTWIN_LLM_API_KEY"), &notes.llm_api_key_file) {
                    (Ok(key), _) if !key.trim().is_empty() => Some(ApiKey(key.trim().to_string())),
                    (_, Some(file)) => Some(ApiKey(
                        std::fs::read_to_string(file)
                            .with_context(|| format!("cannot read the LLM key file {}", file.display()))?
                            .trim()
                            .to_string(),
                    )),
                    _ => None,
                };
                notes
            },
        })
    }

    /// The development key file.
    pub fn dev_key_path(&self) -> PathBuf {
        self.dev_key.clone().unwrap_or_else(|| PathBuf::from(DEFAULT_DEV_KEY))
    }
}
