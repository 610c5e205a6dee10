//! The command line of the `nafida` binary.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Nafida: the single window through which Moroccans living abroad and the administrations
/// that serve them handle public services.
#[derive(Debug, Parser)]
#[command(
    name = "nafida",
    version,
    about = "Nafida (نافذة): the single window of Moroccans living abroad and their administrations",
    long_about = None,
    after_help = "Start here:\n  nafida demo                 run with a demo data set on SQLite and print the demo accounts\n  nafida serve                run the platform (the data folder must exist)\n  nafida config check         show the effective configuration, secrets redacted\n\nConfiguration is layered: defaults, then the TOML file (--config or NAFIDA_CONFIG), then\nNAFIDA_* environment variables (secrets also as NAFIDA_*_FILE), then flags.\nWith NAFIDA_DATABASE_URL=postgres://… the platform uses PostgreSQL instead of the embedded\nSQLite file in the data folder; several nodes can then share one database."
)]
pub struct Cli {
    /// A TOML configuration file (env NAFIDA_CONFIG).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// Where a command keeps and finds its data.
#[derive(Debug, Args, Clone, Default)]
pub struct DataArgs {
    /// Folder holding the SQLite database and the stored files [env NAFIDA_DATA_DIR; default ./nafida-data].
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
}

/// Options of the commands that serve HTTP.
#[derive(Debug, Args, Clone, Default)]
pub struct ServeArgs {
    /// Address to listen on [env NAFIDA_LISTEN; default 127.0.0.1:8080].
    #[arg(long, value_name = "ADDR:PORT")]
    pub listen: Option<String>,

    #[command(flatten)]
    pub data: DataArgs,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the HTTP server (applies pending migrations first). Stops cleanly on SIGTERM or Ctrl-C.
    Serve(ServeArgs),
    /// Create (or reuse) a demo data set in the data folder and serve it; prints the URL and the
    /// demo accounts. The data folder is created if missing.
    Demo(ServeArgs),
    /// Apply the embedded database migrations and exit.
    Migrate(DataArgs),
    /// Administration tasks.
    #[command(subcommand)]
    Admin(AdminCommand),
    /// Configuration tasks.
    #[command(subcommand)]
    Config(ConfigCommand),
    /// Procedure catalogue tasks.
    #[command(subcommand)]
    Catalog(CatalogCommand),
    /// Civil-status register tasks.
    #[command(subcommand)]
    Civil(CivilCommand),
    /// The tamper-evident history of cases.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Copy the embedded data folder (SQLite database, files, secret key) into a new folder,
    /// consistently, while the platform serves. With PostgreSQL use pg_dump (see the README).
    Backup {
        /// The folder to write the backup to (new or empty).
        #[arg(long, value_name = "FOLDER")]
        to: PathBuf,
        #[command(flatten)]
        data: DataArgs,
    },
    /// Restore a backup into a new data folder (refused if the folder holds anything); with
    /// NAFIDA_FILES_URL set, its files go to that bucket.
    Restore {
        /// The backup folder (written by nafida backup).
        #[arg(long, value_name = "FOLDER")]
        from: PathBuf,
        #[command(flatten)]
        data: DataArgs,
    },
    /// Check a document issued by Nafida (a sealed PDF) or an MRE Services card's credential
    /// (a text file holding what its QR code says) without any network: its seal or signature
    /// against the published keys (from the keys file given, as served at /verify/keys, or else
    /// from the platform's database); a card's validity dates, and its absence from the signed
    /// list of revoked cards given (as served at /cards/revocations/{issuer}.json); then, with
    /// the database, the standing recorded. Exits with 0 only for a valid document or card.
    Verify {
        /// The PDF file, or a text file holding a card's credential.
        file: PathBuf,
        /// A JSON file of published keys (saved from /verify/keys) instead of the database.
        #[arg(long, value_name = "FILE")]
        keys: Option<PathBuf>,
        /// The signed list of revoked cards (saved from /cards/revocations/{issuer}.json).
        #[arg(long, value_name = "FILE")]
        revocations: Option<PathBuf>,
        #[command(flatten)]
        data: DataArgs,
    },
}

/// `nafida civil …`
#[derive(Debug, Subcommand)]
pub enum CivilCommand {
    /// Load a civil-status office's existing acts from a CSV file (UTF-8, with the header
    /// kind,year,number,name_ar,name_latin,name_tifinagh,sex,event_date,place,father_ar,
    /// father_latin,mother_ar,mother_latin,spouse_ar,spouse_latin,idcs). Every row is checked;
    /// if any is rejected, each is reported with its reason and nothing is loaded. Loading the
    /// same file again changes nothing.
    Import {
        /// The CSV file.
        file: PathBuf,
        /// The civil-status office (or consular post) that holds the acts.
        #[arg(long, value_name = "ORG_ID")]
        office: String,
        #[command(flatten)]
        data: DataArgs,
    },
}

/// `nafida catalog …`
#[derive(Debug, Subcommand)]
pub enum CatalogCommand {
    /// Check the procedure catalogue: the one built into this binary, or the files of a folder
    /// (a `catalog/` with `*.toml` procedures and `workflows/*.toml`). Errors name file and line.
    Check {
        /// A catalogue folder to check instead of the built-in one.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

/// `nafida admin …`
#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create an account. Staff (agent, supervisor, admin) must belong to an administration.
    CreateUser(CreateUserArgs),
    /// Rotate the signing key of an issuing office: its current key keeps verifying what it
    /// sealed (its validity ends now, as /verify/keys shows) and the next one seals from now on.
    RotateOfficeKey {
        /// The issuing office.
        #[arg(long, value_name = "ORG_ID")]
        office: String,
        #[command(flatten)]
        data: DataArgs,
    },
    /// Create an API token for a partner system of one administration; the token is printed
    /// once and only its hash is kept.
    CreateApiToken {
        /// The administration the token acts for.
        #[arg(long, value_name = "ORG_ID")]
        org: String,
        /// What the token is for (shown to operators).
        #[arg(long)]
        name: String,
        /// Days until it expires (1 to 730).
        #[arg(long, default_value_t = 365)]
        expires_in_days: u32,
        #[command(flatten)]
        data: DataArgs,
    },
    /// List partner tokens (short id, administration, name, dates, state); never the tokens.
    ListApiTokens {
        #[command(flatten)]
        data: DataArgs,
    },
    /// Revoke a partner token by its short id: it answers 401 at once, on every node.
    RevokeApiToken {
        /// The short id (from list-api-tokens).
        id: String,
        #[command(flatten)]
        data: DataArgs,
    },
    /// Run one pass of the background jobs now, as every server does every ten minutes: the
    /// deadlines (flags, escalations, tacit approvals, closings) and the appointment reminders
    /// due; prints what it did. Safe beside running servers: nothing is done twice.
    RunJobs {
        #[command(flatten)]
        data: DataArgs,
    },
    /// Load an administrative map (TOML, see data/orgmap/al-hoceima.toml); known
    /// administrations are updated, new ones created, nothing is deleted.
    ImportOrgs {
        /// The map file.
        file: PathBuf,
        #[command(flatten)]
        data: DataArgs,
    },
}

/// `nafida admin create-user …`
#[derive(Debug, Args)]
pub struct CreateUserArgs {
    /// Sign-in e-mail address.
    #[arg(long)]
    pub email: String,
    /// citizen, agent, supervisor or admin.
    #[arg(long)]
    pub role: String,
    /// Identifier of the administration a staff member belongs to (see /administrations).
    #[arg(long, value_name = "ORG_ID")]
    pub org: Option<String>,
    /// Name shown to others.
    #[arg(long)]
    pub name: String,
    /// Read the password from this file; without it a strong password is generated and printed once.
    #[arg(long, value_name = "FILE")]
    pub password_file: Option<PathBuf>,
    #[command(flatten)]
    pub data: DataArgs,
}

/// `nafida audit …`
#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Recompute the chain of every case event from the first and check each signed daily
    /// digest against the platform's keys; names the first event that was changed or deleted.
    /// Exits with 0 only for an intact history.
    Verify {
        #[command(flatten)]
        data: DataArgs,
    },
}

/// `nafida config …`
#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Validate the configuration and print it with secrets redacted.
    Check,
}

/// The flags of a command that override configuration.
pub trait CliOverridesExt {
    /// The overrides this command line carries.
    fn overrides(&self) -> crate::config::CliOverrides;
}

impl CliOverridesExt for Command {
    fn overrides(&self) -> crate::config::CliOverrides {
        let (listen, data) = match self {
            Command::Serve(a) | Command::Demo(a) => (a.listen.clone(), Some(&a.data)),
            Command::Migrate(d) => (None, Some(d)),
            Command::Admin(AdminCommand::ImportOrgs { data, .. }) => (None, Some(data)),
            Command::Admin(AdminCommand::CreateApiToken { data, .. }) => (None, Some(data)),
            Command::Admin(AdminCommand::RotateOfficeKey { data, .. }) => (None, Some(data)),
            Command::Admin(AdminCommand::ListApiTokens { data }) => (None, Some(data)),
            Command::Admin(AdminCommand::RunJobs { data }) => (None, Some(data)),
            Command::Admin(AdminCommand::RevokeApiToken { data, .. }) => (None, Some(data)),
            Command::Admin(AdminCommand::CreateUser(a)) => (None, Some(&a.data)),
            Command::Civil(CivilCommand::Import { data, .. }) => (None, Some(data)),
            Command::Verify { data, .. } => (None, Some(data)),
            Command::Audit(AuditCommand::Verify { data }) => (None, Some(data)),
            Command::Backup { data, .. } | Command::Restore { data, .. } => (None, Some(data)),
            Command::Config(_) | Command::Catalog(_) => (None, None),
        };
        crate::config::CliOverrides { listen, data_dir: data.and_then(|d| d.data_dir.clone()) }
    }
}
