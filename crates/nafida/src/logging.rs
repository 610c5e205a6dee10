//! Log set-up: text or JSON lines on standard error, filtered by the configured level. Every
//! line written while a request runs carries that request's id (from the request span).

use std::io::IsTerminal;

use tracing_subscriber::EnvFilter;

use crate::config::{Config, LogFormat};

/// Installs the global subscriber; a second call is ignored.
pub fn init(config: &Config) {
    // PostgreSQL's notices ("relation already exists, skipping") are noise at info level.
    let directives = format!("sqlx::postgres::notice=warn,{}", config.log_level);
    let filter = EnvFilter::try_new(directives).unwrap_or_else(|_| EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal());
    let _ = match config.log_format {
        LogFormat::Text => builder.with_target(false).try_init(),
        LogFormat::Json => builder.json().with_current_span(true).with_span_list(false).try_init(),
    };
}
