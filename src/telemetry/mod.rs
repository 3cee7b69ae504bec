//! Logs and metrics.
//!
//! Logs never carry patient names or note text: handlers log resource types, ids, counts
//! and timings only, and request logging records the route pattern, never the query string.

pub mod metrics;

use tracing_subscriber::{fmt, EnvFilter};

/// Log output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Human,
    Json,
}

/// Installs the global subscriber (once; later calls are ignored so tests can share it).
pub fn init(format: LogFormat) {
    let filter = EnvFilter::try_from_env("ONCOTWIN_LOG").unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn"));
    let builder = fmt().with_env_filter(filter).with_writer(std::io::stderr).with_target(false);
    let _ = match format {
        LogFormat::Human => builder.try_init(),
        LogFormat::Json => builder.json().flatten_event(true).try_init(),
    };
    quiet_panics();
}

/// A panic's message can quote what it was handling (a slice of a note's text, a value of a
/// resource): the log gets where it happened, never the message. `ONCOTWIN_DEBUG_PANICS=1`
/// keeps Rust's own report, for a developer on synthetic data.
fn quiet_panics() {
    if std::env::var_os("ONCOTWIN_DEBUG_PANICS").is_some_and(|v| v == "1") {
        return;
    }
    std::panic::set_hook(Box::new(|info| {
        let at = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
        let thread = std::thread::current().name().unwrap_or("unnamed").to_string();
        tracing::error!(at = %at, thread = %thread, "panic (its message is not logged: it may quote patient data; ONCOTWIN_DEBUG_PANICS=1 shows it)");
    }));
}
