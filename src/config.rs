//! Settings: command-line flags, then `ONCOTWIN_*` environment variables, then a TOML file
//! (`--config` / `ONCOTWIN_CONFIG`), then defaults.

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
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            listen: DEFAULT_LISTEN.into(),
            database_url: DEFAULT_DATABASE_URL.into(),
            log_format: LogFormat::Human,
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            base_url: None,
            pathways_dir: None,
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
        })
    }
}
