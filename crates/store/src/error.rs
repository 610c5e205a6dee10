//! Errors of the store.

/// What went wrong talking to the database or the file store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database URL or path cannot be used.
    #[error("database configuration: {0}")]
    Config(String),
    /// The database could not be reached or refused a statement.
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
    /// A migration failed; the database is left at the previous version.
    #[error("migration {version} ({name}) failed: {source}")]
    Migration {
        /// Version of the failed migration.
        version: i64,
        /// Its name.
        name: &'static str,
        /// The underlying error.
        source: sqlx::Error,
    },
    /// The database holds a migration this binary does not know: it is older than the data.
    #[error("the database is at migration {found}, newer than this binary knows ({known}); upgrade nafida")]
    DatabaseTooNew {
        /// Highest version applied in the database.
        found: i64,
        /// Highest version this binary embeds.
        known: i64,
    },
    /// A unique key is already taken.
    #[error("{0} already exists")]
    Conflict(&'static str),
    /// A referenced record does not exist.
    #[error("{0} not found")]
    NotFound(&'static str),
    /// A file could not be read or written.
    #[error("file store: {0}")]
    Io(#[from] std::io::Error),
    /// The file store did not answer, or refused (an object store that is down or misconfigured).
    #[error("file store unavailable: {0}")]
    Unavailable(String),
    /// A value read from the database breaks a domain rule.
    #[error("corrupt stored value: {0}")]
    Corrupt(String),
    /// Hashing a password failed.
    #[error("password hashing failed")]
    PasswordHash,
}

impl StoreError {
    /// Whether the error is a unique-constraint violation on either backend.
    pub(crate) fn is_unique_violation(err: &sqlx::Error) -> bool {
        matches!(err, sqlx::Error::Database(db) if db.is_unique_violation())
    }
}
