//! The database handle. SQLite (the embedded default) keeps one writer connection and a small
//! pool of readers, in WAL mode with foreign keys on and a busy timeout; PostgreSQL uses one
//! pool. Callers write each query once inside [`on_db!`](crate::on_db), which compiles it
//! for both backends.

use std::path::Path;
use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};

use crate::StoreError;

/// Which database engine a [`Db`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DbKind {
    /// Embedded SQLite file.
    Sqlite,
    /// PostgreSQL server.
    Postgres,
}

/// The pools of one backend.
#[derive(Debug, Clone)]
pub enum Backend {
    /// SQLite: one writer connection, several readers.
    Sqlite {
        /// The single writer.
        writer: SqlitePool,
        /// Read-only connections.
        reader: SqlitePool,
    },
    /// PostgreSQL: one pool for everything.
    Postgres(PgPool),
}

/// A cheap-to-clone handle on the database.
#[derive(Debug, Clone)]
pub struct Db {
    backend: Backend,
}

/// Runs `$body` with `$pool` bound to the right pool of `$db`, compiled once per backend.
/// `read` uses SQLite's reader pool; `write` its single writer.
#[macro_export]
macro_rules! on_db {
    (read $db:expr, $pool:ident => $body:expr) => {
        match $db.backend() {
            $crate::Backend::Sqlite { reader: $pool, .. } => $body,
            $crate::Backend::Postgres($pool) => $body,
        }
    };
    (write $db:expr, $pool:ident => $body:expr) => {
        match $db.backend() {
            $crate::Backend::Sqlite { writer: $pool, .. } => $body,
            $crate::Backend::Postgres($pool) => $body,
        }
    };
}

/// An open write transaction on either backend: store functions named `…_in` take it, so
/// one command writes its case, its event, its mail and its effects together or not at all.
/// Dropping it without [`Tx::commit`] rolls everything back.
#[derive(Debug)]
pub enum Tx {
    /// On SQLite's single writer connection.
    Sqlite(sqlx::Transaction<'static, sqlx::Sqlite>),
    /// On PostgreSQL.
    Postgres(sqlx::Transaction<'static, sqlx::Postgres>),
}

/// Runs `$body` with `$conn` bound to the connection of an open [`Tx`], compiled once per
/// backend (the transaction twin of [`on_db!`](crate::on_db)).
#[macro_export]
macro_rules! on_tx {
    ($tx:expr, $conn:ident => $body:expr) => {
        match $tx {
            $crate::Tx::Sqlite(t) => {
                let $conn = &mut **t;
                $body
            }
            $crate::Tx::Postgres(t) => {
                let $conn = &mut **t;
                $body
            }
        }
    };
}

impl Tx {
    /// Makes every write of the transaction durable.
    pub async fn commit(self) -> Result<(), StoreError> {
        match self {
            Tx::Sqlite(t) => t.commit().await?,
            Tx::Postgres(t) => t.commit().await?,
        }
        Ok(())
    }

    /// Undoes every write of the transaction.
    pub async fn rollback(self) -> Result<(), StoreError> {
        match self {
            Tx::Sqlite(t) => t.rollback().await?,
            Tx::Postgres(t) => t.rollback().await?,
        }
        Ok(())
    }
}

impl Db {
    /// Opens a write transaction (on SQLite, on its one writer connection).
    pub async fn begin(&self) -> Result<Tx, StoreError> {
        Ok(match &self.backend {
            Backend::Sqlite { writer, .. } => Tx::Sqlite(writer.begin().await?),
            Backend::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }

    /// Opens (creating if needed) the SQLite file at `path`.
    pub async fn open_sqlite(path: &Path) -> Result<Self, StoreError> {
        let base = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(base.clone())
            .await?;
        let reader = SqlitePoolOptions::new()
            .max_connections(4)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(base.pragma("query_only", "ON"))
            .await?;
        Ok(Db { backend: Backend::Sqlite { writer, reader } })
    }

    /// Connects to PostgreSQL at `url` (`postgres://user@host:port/db`).
    pub async fn connect_postgres(url: &str, max_connections: u32) -> Result<Self, StoreError> {
        // Plans are made for the actual values: a plan cached for "any assignee" or "any date
        // window" would pick the wrong index for the list filters (tens of ms instead of
        // tenths at a million cases; see the list benchmark).
        let options = PgConnectOptions::from_str(url)
            .map_err(|e| StoreError::Config(e.to_string()))?
            .options([("plan_cache_mode", "force_custom_plan")]);
        let pool = PgPoolOptions::new()
            .max_connections(max_connections)
            .acquire_timeout(Duration::from_secs(5))
            .connect_with(options)
            .await?;
        Ok(Db { backend: Backend::Postgres(pool) })
    }

    /// The pools, for [`on_db!`](crate::on_db).
    pub fn backend(&self) -> &Backend {
        &self.backend
    }

    /// Which engine this is.
    pub fn kind(&self) -> DbKind {
        match self.backend {
            Backend::Sqlite { .. } => DbKind::Sqlite,
            Backend::Postgres(_) => DbKind::Postgres,
        }
    }

    /// A round trip to the database.
    pub async fn ping(&self) -> Result<(), StoreError> {
        on_db!(read self, pool => { sqlx::query("SELECT 1").execute(pool).await?; });
        Ok(())
    }

    /// Copies an SQLite database into a new file, consistent, while it is in use (`VACUUM
    /// INTO`, one read transaction); PostgreSQL is backed up with `pg_dump`.
    pub async fn snapshot_sqlite(&self, to: &Path) -> Result<(), StoreError> {
        match &self.backend {
            Backend::Sqlite { writer, .. } => {
                // The writer: readers are opened read-only, and VACUUM INTO writes the copy.
                sqlx::query("VACUUM INTO $1").bind(to.display().to_string()).execute(writer).await?;
                Ok(())
            }
            Backend::Postgres(_) => Err(StoreError::Config("a PostgreSQL database is backed up with pg_dump".into())),
        }
    }

    /// Closes every connection; waits for those in use to be returned.
    pub async fn close(&self) {
        match &self.backend {
            Backend::Sqlite { writer, reader } => {
                reader.close().await;
                writer.close().await;
            }
            Backend::Postgres(pool) => pool.close().await,
        }
    }
}
