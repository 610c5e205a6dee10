//! Nafida's store: the database (SQLite or PostgreSQL behind one code path), its embedded
//! migrations, the repositories, and the file store for uploaded and issued files.
//!
//! Every query is written once, in portable SQL (text identifiers, `BIGINT` millisecond UTC
//! timestamps, `$n` placeholders, which both drivers accept), and compiled for both backends
//! by [`on_db!`](crate::on_db). Where a backend deserves its own path it is chosen inside a
//! repository function, never by its callers.

pub mod accounts;
pub mod api_tokens;
pub mod appointments;
pub mod architects;
pub mod audit;
pub mod cards;
pub mod cases;
pub mod catalog;
pub mod civil;
pub mod db;
pub mod documents;
pub mod error;
pub mod figures;
pub mod files;
pub mod identity;
pub mod mail;
pub mod mandates;
pub mod migrations;
pub mod nodes;
pub mod orgs;
pub mod payments;
pub mod pending;
pub mod person_records;
pub mod personal_tokens;
pub mod profiles;
pub mod ratelimit;
pub mod reception;
pub mod sessions;
pub mod stats;
pub mod topics;
pub mod users;

pub use db::{Backend, Db, DbKind, Tx};
pub use error::StoreError;
pub use files::{FileKey, FileStore, FileStream, LocalFileStore, S3FileStore, S3Settings};
/// The database driver's error, for callers that map its kinds (unavailable, timed out).
pub use sqlx::Error as SqlxError;
