//! Configuration, layered: built-in defaults, then a TOML file (`--config FILE` or
//! `NAFIDA_CONFIG`), then `NAFIDA_*` environment variables, then `NAFIDA_*_FILE` secrets, then
//! command-line flags. Unknown keys and unknown `NAFIDA_*` variables are errors, so a typo
//! never silently falls back to a default. Secrets are wrapped so they never print.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Deserialize;

/// A secret value: its `Debug` and `Display` never show it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into())
    }

    /// The secret itself; call only where it is used.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("[redacted]")
    }
}

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line.
    Json,
}

/// The effective configuration of a process.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Address the HTTP server listens on.
    pub listen: SocketAddr,
    /// Folder holding the SQLite database and the local file store.
    pub data_dir: PathBuf,
    /// Public base URL, used in links sent by mail.
    pub public_url: String,
    /// PostgreSQL URL; `None` means the embedded SQLite database in the data folder.
    pub database_url: Option<Secret>,
    /// Largest PostgreSQL pool per node.
    pub database_max_connections: u32,
    /// Log line format.
    pub log_format: LogFormat,
    /// Log filter (`info`, `nafida=debug,info`, …).
    pub log_level: String,
    /// Largest request body, in bytes.
    pub http_body_limit_bytes: usize,
    /// Time after which a request is abandoned.
    pub http_request_timeout: Duration,
    /// Time granted to requests in flight when the process is asked to stop.
    pub http_shutdown_grace: Duration,
    /// When set, `/metrics` answers only requests bearing it (`Authorization: Bearer …`).
    pub http_metrics_token: Option<Secret>,
    /// Reverse proxies whose `X-Forwarded-For` is believed (addresses or networks).
    pub http_trusted_proxies: Vec<String>,
    /// Key for keyed hashes (CNIE look-up); shared by every node. When unset on SQLite, a key
    /// is created in the data folder; PostgreSQL deployments must set it.
    pub secret_key: Option<Secret>,
    /// SMTP relay for outgoing mail; `None` keeps mails in the outbox.
    pub smtp: Option<SmtpConfig>,
    /// How often the mail worker looks for due mails.
    pub mail_poll: Duration,
    /// SMS gateway for text messages; `None` keeps them in the outbox.
    pub sms: Option<SmsConfig>,
    /// Whether the test payment provider is offered (the demo turns it on; never in production).
    pub payment_test_provider: bool,
    /// Whether the test electronic identity provider is offered (the demo turns it on; never in
    /// production, where the national provider plugs in behind the same interface).
    pub identity_test_provider: bool,
    /// Seed (base64, 32 bytes) of the Ed25519 key issued documents are sealed with; when unset
    /// it is derived from the secret key, so every node sharing that key shares this one.
    pub signing_key: Option<Secret>,
    /// The prefix of case references (2 or 3 capital letters, without I, L or O, which a
    /// person typing a reference confuses with digits): `AH` for Al Hoceima.
    pub reference_prefix: String,
    /// An S3-compatible bucket for files; `None` keeps them in `files/` of the data folder.
    pub files: Option<FilesConfig>,
}

/// Files in an S3-compatible bucket, shared by every node.
#[derive(Debug, Clone, PartialEq)]
pub struct FilesConfig {
    /// The bucket.
    pub bucket: String,
    /// The folder inside it.
    pub prefix: String,
    /// The server, when not AWS itself (`http://127.0.0.1:9000`).
    pub endpoint: Option<String>,
    /// The region.
    pub region: String,
    /// The access key id; unset, the standard `AWS_*` variables apply.
    pub access_key_id: Option<Secret>,
    /// The secret access key.
    pub secret_access_key: Option<Secret>,
}

/// Where text messages are sent: a gateway speaking Kannel's `sendsms` interface.
#[derive(Debug, Clone, PartialEq)]
pub struct SmsConfig {
    /// `http://host:port/cgi-bin/sendsms`.
    pub url: String,
    /// Gateway user.
    pub username: String,
    /// Gateway password.
    pub password: Option<Secret>,
    /// Sender name or number shown on the phone.
    pub from: String,
}

/// Where mail is sent.
#[derive(Debug, Clone, PartialEq)]
pub struct SmtpConfig {
    /// Relay host.
    pub host: String,
    /// Relay port.
    pub port: u16,
    /// Sender address.
    pub from: String,
    /// User name, if the relay wants one.
    pub username: Option<String>,
    /// Password, if the relay wants one.
    pub password: Option<Secret>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 8080)),
            data_dir: PathBuf::from("nafida-data"),
            public_url: "http://127.0.0.1:8080".into(),
            database_url: None,
            database_max_connections: 10,
            log_format: LogFormat::Text,
            log_level: "info".into(),
            http_body_limit_bytes: 10 * 1024 * 1024,
            http_request_timeout: Duration::from_secs(30),
            http_shutdown_grace: Duration::from_secs(20),
            http_metrics_token: None,
            http_trusted_proxies: vec![],
            secret_key: None,
            smtp: None,
            mail_poll: Duration::from_secs(2),
            sms: None,
            reference_prefix: "AH".into(),
            signing_key: None,
            payment_test_provider: false,
            identity_test_provider: false,
            files: None,
        }
    }
}

/// A configuration that cannot be used; the message says what to fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct ConfigError(String);

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    listen: Option<String>,
    data_dir: Option<PathBuf>,
    public_url: Option<String>,
    database: Option<FileDatabase>,
    log: Option<FileLog>,
    http: Option<FileHttp>,
    secret_key: Option<String>,
    signing_key: Option<String>,
    payment_test_provider: Option<bool>,
    identity_test_provider: Option<bool>,
    smtp: Option<FileSmtp>,
    mail: Option<FileMail>,
    sms: Option<FileSms>,
    files: Option<FileFiles>,
    reference_prefix: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileFiles {
    url: Option<String>,
    endpoint: Option<String>,
    region: Option<String>,
    access_key_id: Option<String>,
    secret_access_key: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSms {
    url: Option<String>,
    username: Option<String>,
    password: Option<String>,
    from: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSmtp {
    host: Option<String>,
    port: Option<u16>,
    from: Option<String>,
    username: Option<String>,
    password: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileMail {
    poll_ms: Option<u64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileDatabase {
    url: Option<String>,
    max_connections: Option<u32>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileLog {
    format: Option<String>,
    level: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileHttp {
    body_limit_bytes: Option<usize>,
    request_timeout_secs: Option<u64>,
    shutdown_grace_secs: Option<u64>,
    metrics_token: Option<String>,
    trusted_proxies: Option<Vec<String>>,
}

/// Values given on the command line, applied last.
#[derive(Debug, Default, Clone)]
pub struct CliOverrides {
    /// `--listen`.
    pub listen: Option<String>,
    /// `--data-dir`.
    pub data_dir: Option<PathBuf>,
}

/// The environment variable naming the configuration file.
pub const CONFIG_ENV: &str = "NAFIDA_CONFIG";

/// Every `NAFIDA_*` variable the platform reads. Those with a secret value may also be given
/// as `<NAME>_FILE`, the path of a file holding the value.
const ENV_KEYS: &[(&str, bool)] = &[
    ("NAFIDA_LISTEN", false),
    ("NAFIDA_DATA_DIR", false),
    ("NAFIDA_PUBLIC_URL", false),
    ("NAFIDA_DATABASE_URL", true),
    ("NAFIDA_DATABASE_MAX_CONNECTIONS", false),
    ("NAFIDA_LOG_FORMAT", false),
    ("NAFIDA_LOG_LEVEL", false),
    ("NAFIDA_HTTP_BODY_LIMIT_BYTES", false),
    ("NAFIDA_HTTP_REQUEST_TIMEOUT_SECS", false),
    ("NAFIDA_HTTP_SHUTDOWN_GRACE_SECS", false),
    ("NAFIDA_HTTP_METRICS_TOKEN", true),
    ("NAFIDA_HTTP_TRUSTED_PROXIES", false),
    ("NAFIDA_SECRET_KEY", true),
    ("NAFIDA_SIGNING_KEY", true),
    ("NAFIDA_PAYMENT_TEST_PROVIDER", false),
    ("NAFIDA_IDENTITY_TEST_PROVIDER", false),
    ("NAFIDA_SMTP_HOST", false),
    ("NAFIDA_SMTP_PORT", false),
    ("NAFIDA_SMTP_FROM", false),
    ("NAFIDA_SMTP_USERNAME", false),
    ("NAFIDA_SMTP_PASSWORD", true),
    ("NAFIDA_MAIL_POLL_MS", false),
    ("NAFIDA_SMS_URL", false),
    ("NAFIDA_SMS_USERNAME", false),
    ("NAFIDA_SMS_PASSWORD", true),
    ("NAFIDA_SMS_FROM", false),
    ("NAFIDA_REFERENCE_PREFIX", false),
    ("NAFIDA_FILES_URL", false),
    ("NAFIDA_FILES_ENDPOINT", false),
    ("NAFIDA_FILES_REGION", false),
    ("NAFIDA_FILES_ACCESS_KEY_ID", false),
    ("NAFIDA_FILES_SECRET_ACCESS_KEY", true),
];

/// Variables with this prefix belong to the test suite and are not configuration.
const TEST_PREFIX: &str = "NAFIDA_TEST_";

/// Working values while layering: everything as text until validated.
#[derive(Debug, Default)]
struct Raw {
    values: BTreeMap<&'static str, (String, String)>,
}

impl Raw {
    fn set(&mut self, key: &'static str, value: String, source: String) {
        self.values.insert(key, (value, source));
    }
}

impl Config {
    /// Builds the configuration from its layers. `env` is the process environment (passed in
    /// so tests can give their own).
    pub fn load(
        file: Option<&Path>,
        env: &BTreeMap<String, String>,
        cli: &CliOverrides,
    ) -> Result<Config, ConfigError> {
        let mut raw = Raw::default();
        let file = file.map(Path::to_path_buf).or_else(|| env.get(CONFIG_ENV).map(PathBuf::from));
        if let Some(path) = &file {
            read_file(path, &mut raw)?;
        }
        read_env(env, &mut raw)?;
        if let Some(listen) = &cli.listen {
            raw.set("NAFIDA_LISTEN", listen.clone(), "--listen".into());
        }
        if let Some(dir) = &cli.data_dir {
            raw.set("NAFIDA_DATA_DIR", dir.display().to_string(), "--data-dir".into());
        }
        build(raw)
    }

    /// The configuration as TOML, with secrets redacted, for `nafida config check`.
    pub fn to_redacted_toml(&self) -> String {
        let smtp = match &self.smtp {
            Some(s) => format!(
                "host = \"{}\"\nport = {}\nfrom = \"{}\"\n{}{}",
                s.host,
                s.port,
                s.from,
                s.username.as_ref().map_or(String::new(), |u| format!("username = \"{u}\"\n")),
                if s.password.is_some() { "password = \"[redacted]\"\n" } else { "" }
            ),
            None => "# host unset: mails stay in the outbox\n".into(),
        };
        let sms = match &self.sms {
            Some(s) => format!(
                "url = \"{}\"\nusername = \"{}\"\nfrom = \"{}\"\n{}",
                s.url,
                s.username,
                s.from,
                if s.password.is_some() { "password = \"[redacted]\"\n" } else { "" }
            ),
            None => "# url unset: text messages stay in the outbox\n".into(),
        };
        let files = match &self.files {
            Some(f) => format!(
                "url = \"s3://{}/{}\"\n{}region = \"{}\"\n{}{}",
                f.bucket,
                f.prefix,
                f.endpoint.as_ref().map_or(String::new(), |e| format!("endpoint = \"{e}\"\n")),
                f.region,
                f.access_key_id.as_ref().map_or(String::new(), |_| "access_key_id = \"[redacted]\"\n".into()),
                if f.secret_access_key.is_some() { "secret_access_key = \"[redacted]\"\n" } else { "" }
            ),
            None => "# url unset: files in data_dir/files\n".into(),
        };
        let db = match &self.database_url {
            Some(url) => format!("url = \"{}\"\n", redact_url(url.expose())),
            None => "# url unset: embedded SQLite in data_dir\n".into(),
        };
        format!(
            "listen = \"{}\"\ndata_dir = \"{}\"\npublic_url = \"{}\"\nsecret_key = \"{}\"\nsigning_key = \"{}\"\npayment_test_provider = {}\nidentity_test_provider = {}\nreference_prefix = \"{}\"\n\n[database]\n{db}max_connections = {}\n\n[log]\nformat = \"{}\"\nlevel = \"{}\"\n\n[http]\nbody_limit_bytes = {}\nrequest_timeout_secs = {}\nshutdown_grace_secs = {}\nmetrics_token = \"{}\"\ntrusted_proxies = {:?}\n\n[smtp]\n{smtp}\n[mail]\npoll_ms = {}\n\n[sms]\n{sms}\n[files]\n{files}",
            self.listen,
            self.data_dir.display(),
            self.public_url,
            if self.secret_key.is_some() { "[redacted]" } else { "(unset: a key file in data_dir, SQLite only)" },
            if self.signing_key.is_some() { "[redacted]" } else { "(unset: derived from the secret key)" },
            self.payment_test_provider,
            self.identity_test_provider,
            self.reference_prefix,
            self.database_max_connections,
            match self.log_format {
                LogFormat::Text => "text",
                LogFormat::Json => "json",
            },
            self.log_level,
            self.http_body_limit_bytes,
            self.http_request_timeout.as_secs(),
            self.http_shutdown_grace.as_secs(),
            if self.http_metrics_token.is_some() { "[redacted]" } else { "(unset: /metrics open to all)" },
            self.http_trusted_proxies,
            self.mail_poll.as_millis(),
        )
    }
}

fn read_file(path: &Path, raw: &mut Raw) -> Result<(), ConfigError> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| ConfigError(format!("cannot read the configuration file {}: {e}", path.display())))?;
    let file: FileConfig = toml::from_str(&text).map_err(|e| {
        ConfigError(format!(
            "configuration file {}: {}",
            path.display(),
            e.to_string().split_whitespace().collect::<Vec<_>>().join(" ")
        ))
    })?;
    let src = |key: &str| format!("{} ({key})", path.display());
    let mut set = |env_key: &'static str, key: &str, value: Option<String>| {
        if let Some(v) = value {
            raw.set(env_key, v, src(key));
        }
    };
    set("NAFIDA_LISTEN", "listen", file.listen);
    set("NAFIDA_DATA_DIR", "data_dir", file.data_dir.map(|p| p.display().to_string()));
    set("NAFIDA_PUBLIC_URL", "public_url", file.public_url);
    let db = file.database.unwrap_or_default();
    set("NAFIDA_DATABASE_URL", "database.url", db.url);
    set("NAFIDA_DATABASE_MAX_CONNECTIONS", "database.max_connections", db.max_connections.map(|v| v.to_string()));
    let log = file.log.unwrap_or_default();
    set("NAFIDA_LOG_FORMAT", "log.format", log.format);
    set("NAFIDA_LOG_LEVEL", "log.level", log.level);
    let http = file.http.unwrap_or_default();
    set("NAFIDA_HTTP_BODY_LIMIT_BYTES", "http.body_limit_bytes", http.body_limit_bytes.map(|v| v.to_string()));
    set(
        "NAFIDA_HTTP_REQUEST_TIMEOUT_SECS",
        "http.request_timeout_secs",
        http.request_timeout_secs.map(|v| v.to_string()),
    );
    set("NAFIDA_HTTP_SHUTDOWN_GRACE_SECS", "http.shutdown_grace_secs", http.shutdown_grace_secs.map(|v| v.to_string()));
    set("NAFIDA_HTTP_METRICS_TOKEN", "http.metrics_token", http.metrics_token);
    set("NAFIDA_HTTP_TRUSTED_PROXIES", "http.trusted_proxies", http.trusted_proxies.map(|v| v.join(",")));
    set("NAFIDA_SECRET_KEY", "secret_key", file.secret_key);
    set("NAFIDA_SIGNING_KEY", "signing_key", file.signing_key);
    set("NAFIDA_PAYMENT_TEST_PROVIDER", "payment_test_provider", file.payment_test_provider.map(|b| b.to_string()));
    set("NAFIDA_IDENTITY_TEST_PROVIDER", "identity_test_provider", file.identity_test_provider.map(|b| b.to_string()));
    set("NAFIDA_REFERENCE_PREFIX", "reference_prefix", file.reference_prefix);
    let smtp = file.smtp.unwrap_or_default();
    set("NAFIDA_SMTP_HOST", "smtp.host", smtp.host);
    set("NAFIDA_SMTP_PORT", "smtp.port", smtp.port.map(|v| v.to_string()));
    set("NAFIDA_SMTP_FROM", "smtp.from", smtp.from);
    set("NAFIDA_SMTP_USERNAME", "smtp.username", smtp.username);
    set("NAFIDA_SMTP_PASSWORD", "smtp.password", smtp.password);
    set("NAFIDA_MAIL_POLL_MS", "mail.poll_ms", file.mail.unwrap_or_default().poll_ms.map(|v| v.to_string()));
    let sms = file.sms.unwrap_or_default();
    set("NAFIDA_SMS_URL", "sms.url", sms.url);
    set("NAFIDA_SMS_USERNAME", "sms.username", sms.username);
    set("NAFIDA_SMS_PASSWORD", "sms.password", sms.password);
    set("NAFIDA_SMS_FROM", "sms.from", sms.from);
    let files = file.files.unwrap_or_default();
    set("NAFIDA_FILES_URL", "files.url", files.url);
    set("NAFIDA_FILES_ENDPOINT", "files.endpoint", files.endpoint);
    set("NAFIDA_FILES_REGION", "files.region", files.region);
    set("NAFIDA_FILES_ACCESS_KEY_ID", "files.access_key_id", files.access_key_id);
    set("NAFIDA_FILES_SECRET_ACCESS_KEY", "files.secret_access_key", files.secret_access_key);
    Ok(())
}

fn read_env(env: &BTreeMap<String, String>, raw: &mut Raw) -> Result<(), ConfigError> {
    for (name, value) in env {
        if !name.starts_with("NAFIDA_") || name == CONFIG_ENV || name.starts_with(TEST_PREFIX) {
            continue;
        }
        let known =
            ENV_KEYS.iter().find(|(k, secret)| *k == name || (*secret && name.strip_suffix("_FILE") == Some(k)));
        let Some((key, _)) = known else {
            return Err(ConfigError(format!(
                "unknown environment variable {name}; known: {}",
                ENV_KEYS.iter().map(|(k, _)| *k).collect::<Vec<_>>().join(", ")
            )));
        };
        if name != key {
            continue; // `_FILE` variants are read below, after the plain values.
        }
        raw.set(key, value.clone(), name.clone());
    }
    for (key, secret) in ENV_KEYS {
        if !secret {
            continue;
        }
        let file_var = format!("{key}_FILE");
        if let Some(path) = env.get(&file_var) {
            let value = std::fs::read_to_string(path)
                .map_err(|e| ConfigError(format!("{file_var}: cannot read {path}: {e}")))?;
            raw.set(key, value.trim_end_matches(['\n', '\r']).to_string(), file_var);
        }
    }
    Ok(())
}

fn build(mut raw: Raw) -> Result<Config, ConfigError> {
    let mut config = Config::default();
    let mut take = |key: &'static str| raw.values.remove(key);
    if let Some((v, src)) = take("NAFIDA_LISTEN") {
        config.listen = v.trim().parse().map_err(|_| {
            ConfigError(format!(
                "{src}: {v:?} is not an address to listen on; write it as IP:PORT, e.g. 127.0.0.1:8080"
            ))
        })?;
    }
    if let Some((v, src)) = take("NAFIDA_DATA_DIR") {
        if v.trim().is_empty() {
            return Err(ConfigError(format!("{src}: the data folder must not be empty")));
        }
        config.data_dir = PathBuf::from(v);
    }
    let public_url = take("NAFIDA_PUBLIC_URL");
    if public_url.is_none() {
        // Not configured: the address it listens on, so that links in mails and the QR codes
        // of documents reach this very server (a wildcard address is reached on loopback).
        let ip = if config.listen.ip().is_unspecified() {
            std::net::IpAddr::V4(std::net::Ipv4Addr::LOCALHOST)
        } else {
            config.listen.ip()
        };
        config.public_url = format!("http://{}", SocketAddr::new(ip, config.listen.port()));
    }
    if let Some((v, src)) = public_url {
        let v = v.trim().trim_end_matches('/').to_string();
        if !(v.starts_with("http://") || v.starts_with("https://")) || v.len() < 10 || v.contains(char::is_whitespace) {
            return Err(ConfigError(format!("{src}: {v:?} is not a public URL; write it as https://host[:port]")));
        }
        config.public_url = v;
    }
    if let Some((v, src)) = take("NAFIDA_DATABASE_URL") {
        let v = v.trim().to_string();
        if !v.is_empty() {
            check_database_url(&v).map_err(|why| ConfigError(format!("{src}: {why}")))?;
            config.database_url = Some(Secret::new(v));
        }
    }
    if let Some((v, src)) = take("NAFIDA_DATABASE_MAX_CONNECTIONS") {
        config.database_max_connections = positive(&v, &src)?;
    }
    if let Some((v, src)) = take("NAFIDA_LOG_FORMAT") {
        config.log_format = match v.trim() {
            "text" => LogFormat::Text,
            "json" => LogFormat::Json,
            other => return Err(ConfigError(format!("{src}: log format {other:?} is neither \"text\" nor \"json\""))),
        };
    }
    if let Some((v, src)) = take("NAFIDA_LOG_LEVEL") {
        tracing_subscriber::EnvFilter::try_new(v.trim())
            .map_err(|e| ConfigError(format!("{src}: log level {v:?} is not valid: {e}")))?;
        config.log_level = v.trim().to_string();
    }
    if let Some((v, src)) = take("NAFIDA_HTTP_BODY_LIMIT_BYTES") {
        config.http_body_limit_bytes = positive(&v, &src)?;
    }
    if let Some((v, src)) = take("NAFIDA_HTTP_REQUEST_TIMEOUT_SECS") {
        config.http_request_timeout = Duration::from_secs(positive(&v, &src)?);
    }
    if let Some((v, src)) = take("NAFIDA_HTTP_SHUTDOWN_GRACE_SECS") {
        config.http_shutdown_grace = Duration::from_secs(positive(&v, &src)?);
    }
    if let Some((v, src)) = take("NAFIDA_HTTP_METRICS_TOKEN") {
        if v.trim().len() < 16 {
            return Err(ConfigError(format!("{src}: the metrics token must have at least 16 characters")));
        }
        config.http_metrics_token = Some(Secret::new(v.trim()));
    }
    if let Some((v, src)) = take("NAFIDA_HTTP_TRUSTED_PROXIES") {
        let mut proxies = vec![];
        for p in v.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            if nafida_web::proxies::Network::parse(p).is_none() {
                return Err(ConfigError(format!("{src}: {p:?} is not an address or a network like 10.0.0.0/8")));
            }
            proxies.push(p.to_string());
        }
        config.http_trusted_proxies = proxies;
    }
    if let Some((v, src)) = take("NAFIDA_SECRET_KEY") {
        if v.trim().len() < 32 {
            return Err(ConfigError(format!("{src}: the secret key must have at least 32 characters")));
        }
        config.secret_key = Some(Secret::new(v.trim()));
    }
    if let Some((v, src)) = take("NAFIDA_SIGNING_KEY") {
        if nafida_docs::SigningKey::from_base64(&v).is_err() {
            return Err(ConfigError(format!("{src}: the signing key must be 32 bytes in base64 (44 characters)")));
        }
        config.signing_key = Some(Secret::new(v.trim()));
    }
    let flag = |v: String, src: String| match v.trim() {
        "true" | "1" => Ok(true),
        "false" | "0" => Ok(false),
        _ => Err(ConfigError(format!("{src}: {v:?} must be true or false"))),
    };
    if let Some((v, src)) = take("NAFIDA_PAYMENT_TEST_PROVIDER") {
        config.payment_test_provider = flag(v, src)?;
    }
    if let Some((v, src)) = take("NAFIDA_IDENTITY_TEST_PROVIDER") {
        config.identity_test_provider = flag(v, src)?;
    }
    if let Some((v, src)) = take("NAFIDA_REFERENCE_PREFIX") {
        let v = v.trim();
        let ok = (2..=3).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_uppercase() && !b"ILO".contains(&b));
        if !ok {
            return Err(ConfigError(format!(
                "{src}: the reference prefix must be 2 or 3 capital letters other than I, L and O, not {v:?}"
            )));
        }
        config.reference_prefix = v.to_string();
    }
    if let Some((v, src)) = take("NAFIDA_MAIL_POLL_MS") {
        config.mail_poll = Duration::from_millis(positive(&v, &src)?);
    }
    let host = take("NAFIDA_SMTP_HOST");
    let port = take("NAFIDA_SMTP_PORT");
    let from = take("NAFIDA_SMTP_FROM");
    let username = take("NAFIDA_SMTP_USERNAME");
    let password = take("NAFIDA_SMTP_PASSWORD");
    if let Some((host, host_src)) = host {
        let port = match port {
            Some((v, src)) => positive::<u16>(&v, &src)?,
            None => 25,
        };
        let (from, from_src) = from.unwrap_or_else(|| ("nafida@localhost".into(), "default".into()));
        if nafida_domain::Email::parse(&from).is_err() && !from.contains("@localhost") {
            return Err(ConfigError(format!("{from_src}: {from:?} is not an e-mail address")));
        }
        if host.trim().is_empty() {
            return Err(ConfigError(format!("{host_src}: the SMTP host must not be empty")));
        }
        config.smtp = Some(SmtpConfig {
            host: host.trim().to_string(),
            port,
            from,
            username: username.map(|(v, _)| v),
            password: password.map(|(v, _)| Secret::new(v)),
        });
    } else if let Some((_, src)) = port.or(from).or(username).or(password) {
        return Err(ConfigError(format!("{src}: an SMTP setting is given but no SMTP host (NAFIDA_SMTP_HOST)")));
    }
    let sms_url = take("NAFIDA_SMS_URL");
    let sms_username = take("NAFIDA_SMS_USERNAME");
    let sms_password = take("NAFIDA_SMS_PASSWORD");
    let sms_from = take("NAFIDA_SMS_FROM");
    if let Some((url, src)) = sms_url {
        let url = url.trim().to_string();
        let host = url.strip_prefix("http://").map(|r| r.split('/').next().unwrap_or(""));
        if host.is_none_or(str::is_empty) {
            return Err(ConfigError(format!(
                "{src}: the SMS gateway URL must look like http://host:13013/cgi-bin/sendsms (Kannel's sendsms, on the local network)"
            )));
        }
        let from = sms_from.map_or_else(|| "Nafida".to_string(), |(v, _)| v.trim().to_string());
        config.sms = Some(SmsConfig {
            url,
            username: sms_username.map(|(v, _)| v).unwrap_or_default(),
            password: sms_password.map(|(v, _)| Secret::new(v)),
            from,
        });
    } else if let Some((_, src)) = sms_username.or(sms_password).or(sms_from) {
        return Err(ConfigError(format!("{src}: an SMS setting is given but no gateway (NAFIDA_SMS_URL)")));
    }
    config.files = files(&mut take)?;
    Ok(config)
}

/// The object store, when `NAFIDA_FILES_URL` names one.
fn files(take: &mut impl FnMut(&'static str) -> Option<(String, String)>) -> Result<Option<FilesConfig>, ConfigError> {
    let url = take("NAFIDA_FILES_URL");
    let endpoint = take("NAFIDA_FILES_ENDPOINT");
    let region = take("NAFIDA_FILES_REGION");
    let access_key_id = take("NAFIDA_FILES_ACCESS_KEY_ID");
    let secret = take("NAFIDA_FILES_SECRET_ACCESS_KEY");
    let Some((url, src)) = url.filter(|(v, _)| !v.trim().is_empty()) else {
        if let Some((_, src)) = endpoint.or(region).or(access_key_id).or(secret) {
            return Err(ConfigError(format!(
                "{src}: an object-store setting is given but no bucket (NAFIDA_FILES_URL = s3://bucket/folder)"
            )));
        }
        return Ok(None);
    };
    let (bucket, prefix) =
        nafida_store::S3Settings::parse_url(&url).map_err(|why| ConfigError(format!("{src}: {why}")))?;
    let endpoint = match endpoint {
        Some((e, src)) => {
            let e = e.trim().trim_end_matches('/').to_string();
            let host = e.strip_prefix("http://").or_else(|| e.strip_prefix("https://")).unwrap_or("");
            if host.is_empty() || host.contains(['/', ' ', '@']) {
                return Err(ConfigError(format!(
                    "{src}: the object-store endpoint must look like https://host[:port], without a path"
                )));
            }
            Some(e)
        }
        None => None,
    };
    if access_key_id.is_some() != secret.is_some() {
        return Err(ConfigError(
            "set both NAFIDA_FILES_ACCESS_KEY_ID and NAFIDA_FILES_SECRET_ACCESS_KEY, or neither (the AWS_* variables then apply)"
                .into(),
        ));
    }
    Ok(Some(FilesConfig {
        bucket,
        prefix,
        endpoint,
        region: region.map_or_else(|| "us-east-1".to_string(), |(v, _)| v.trim().to_string()),
        access_key_id: access_key_id.map(|(v, _)| Secret::new(v.trim())),
        secret_access_key: secret.map(|(v, _)| Secret::new(v.trim())),
    }))
}

fn positive<T: std::str::FromStr + PartialOrd + Default>(v: &str, src: &str) -> Result<T, ConfigError> {
    match v.trim().parse::<T>() {
        Ok(n) if n > T::default() => Ok(n),
        _ => Err(ConfigError(format!("{src}: {v:?} must be a whole number greater than zero"))),
    }
}

/// Checks the form of a PostgreSQL URL without revealing it in the message.
fn check_database_url(url: &str) -> Result<(), String> {
    let rest = url
        .strip_prefix("postgres://")
        .or_else(|| url.strip_prefix("postgresql://"))
        .ok_or("the database URL must start with postgres:// (leave it unset for the embedded SQLite database)")?;
    let authority = rest.split(['/', '?']).next().unwrap_or("");
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    if host.is_empty() && !rest.contains("host=") {
        return Err("the database URL names no host; write it as postgres://user@host:5432/database".into());
    }
    if let Some((_, port)) = host.rsplit_once(':')
        && !host.ends_with(']')
        && port.parse::<u16>().is_err()
    {
        return Err("the database URL has an invalid port".into());
    }
    Ok(())
}

/// A database URL with its password and query parameters hidden.
pub fn redact_url(url: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let (rest, had_query) = match rest.split_once('?') {
        Some((r, _)) => (r, true),
        None => (rest, false),
    };
    let (authority, path) = rest.split_once('/').map_or((rest, None), |(a, p)| (a, Some(p)));
    let authority = match authority.rsplit_once('@') {
        Some((user, host)) => {
            let user = user.split_once(':').map_or(user.to_string(), |(u, _)| format!("{u}:[redacted]"));
            format!("{user}@{host}")
        }
        None => authority.to_string(),
    };
    let mut out = format!("{scheme}://{authority}");
    if let Some(p) = path {
        out.push('/');
        out.push_str(p);
    }
    if had_query {
        out.push_str("?[redacted]");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redacts_passwords_and_queries() {
        assert_eq!(redact_url("postgres://u:s3cret@db:5432/n"), "postgres://u:[redacted]@db:5432/n");
        assert_eq!(redact_url("postgres://u@db/n?password=x"), "postgres://u@db/n?[redacted]");
        assert_eq!(format!("{:?}", Secret::new("s3cret")), "[redacted]");
    }

    #[test]
    fn database_urls_are_checked() {
        assert!(check_database_url("postgres://127.0.0.1:5432/test").is_ok());
        assert!(check_database_url("postgresql://u:p@db/x").is_ok());
        assert!(check_database_url("mysql://db/x").is_err());
        assert!(check_database_url("postgres:///x").is_err());
        assert!(check_database_url("postgres://db:notaport/x").is_err());
    }
}
