//! Embedded, forward-only migrations, written once in portable SQL and applied in order, each
//! in its own transaction together with its row in `schema_migrations`. On PostgreSQL an
//! advisory lock serialises nodes that start at the same moment.

use sqlx::Connection;

use crate::{Backend, Db, StoreError};

/// One migration: its version, a short name and its SQL.
#[derive(Debug)]
pub struct Migration {
    /// Strictly increasing version.
    pub version: i64,
    /// Short name, for operators.
    pub name: &'static str,
    /// The statements.
    pub sql: &'static str,
}

/// Every migration this binary knows, in order.
pub const MIGRATIONS: &[Migration] = &[
    Migration { version: 1, name: "foundation", sql: include_str!("migrations/0001_foundation.sql") },
    Migration { version: 2, name: "accounts", sql: include_str!("migrations/0002_accounts.sql") },
    Migration { version: 3, name: "catalog", sql: include_str!("migrations/0003_catalog.sql") },
    Migration { version: 4, name: "cases", sql: include_str!("migrations/0004_cases.sql") },
    Migration { version: 5, name: "inbox", sql: include_str!("migrations/0005_inbox.sql") },
    Migration { version: 6, name: "opinions", sql: include_str!("migrations/0006_opinions.sql") },
    Migration { version: 7, name: "queue index", sql: include_str!("migrations/0007_queue_index.sql") },
    Migration { version: 8, name: "api tokens", sql: include_str!("migrations/0008_api_tokens.sql") },
    Migration { version: 9, name: "case engine", sql: include_str!("migrations/0009_case_engine.sql") },
    Migration { version: 10, name: "civil register", sql: include_str!("migrations/0010_civil_register.sql") },
    Migration { version: 11, name: "documents", sql: include_str!("migrations/0011_documents.sql") },
    Migration { version: 12, name: "payments", sql: include_str!("migrations/0012_payments.sql") },
    Migration { version: 13, name: "family booklet", sql: include_str!("migrations/0013_family_booklet.sql") },
    Migration { version: 14, name: "account erasure", sql: include_str!("migrations/0014_account_erasure.sql") },
    Migration { version: 15, name: "related cases", sql: include_str!("migrations/0015_related_cases.sql") },
    Migration { version: 16, name: "complaint topics", sql: include_str!("migrations/0016_complaint_topics.sql") },
    Migration { version: 17, name: "complaint ratings", sql: include_str!("migrations/0017_complaint_ratings.sql") },
    Migration { version: 18, name: "pending filings", sql: include_str!("migrations/0018_pending_filings.sql") },
    Migration { version: 19, name: "statistics indexes", sql: include_str!("migrations/0019_statistics_indexes.sql") },
    Migration { version: 20, name: "identity", sql: include_str!("migrations/0020_identity.sql") },
    Migration { version: 21, name: "office keys", sql: include_str!("migrations/0021_office_keys.sql") },
    Migration { version: 22, name: "refunds", sql: include_str!("migrations/0022_refunds.sql") },
    Migration { version: 23, name: "api token expiry", sql: include_str!("migrations/0023_api_token_expiry.sql") },
    Migration { version: 24, name: "time zones", sql: include_str!("migrations/0024_time_zones.sql") },
    Migration { version: 25, name: "appointments", sql: include_str!("migrations/0025_appointments.sql") },
    Migration { version: 26, name: "e-Timbre uses", sql: include_str!("migrations/0026_etimbre.sql") },
    Migration { version: 27, name: "MRE cards", sql: include_str!("migrations/0027_cards.sql") },
    Migration { version: 28, name: "queue lanes", sql: include_str!("migrations/0028_queue_lanes.sql") },
    Migration { version: 29, name: "coordination requests", sql: include_str!("migrations/0029_coordination.sql") },
    Migration { version: 30, name: "reception desk", sql: include_str!("migrations/0030_reception.sql") },
    Migration { version: 31, name: "person records", sql: include_str!("migrations/0031_person_records.sql") },
    Migration { version: 32, name: "commission opinions", sql: include_str!("migrations/0032_commission.sql") },
    Migration { version: 33, name: "case taxes", sql: include_str!("migrations/0033_case_taxes.sql") },
    Migration { version: 34, name: "architects", sql: include_str!("migrations/0034_architects.sql") },
    Migration { version: 35, name: "mandates", sql: include_str!("migrations/0035_mandates.sql") },
    Migration {
        version: 36,
        name: "commission meetings",
        sql: include_str!("migrations/0036_commission_meetings.sql"),
    },
    Migration { version: 37, name: "event chain", sql: include_str!("migrations/0037_event_chain.sql") },
];

/// The version the database must be at for this binary.
pub fn latest_version() -> i64 {
    MIGRATIONS.last().map_or(0, |m| m.version)
}

const CREATE_TABLE: &str = "CREATE TABLE IF NOT EXISTS schema_migrations (
    version BIGINT PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at BIGINT NOT NULL
)";
const LOCK_KEY: i64 = 0x6e61_6669_6461; // "nafida"

macro_rules! apply_pending {
    ($conn:expr, $now:expr) => {{
        sqlx::query(CREATE_TABLE).execute(&mut *$conn).await?;
        let applied: Option<i64> =
            sqlx::query_scalar("SELECT MAX(version) FROM schema_migrations").fetch_one(&mut *$conn).await?;
        let applied = applied.unwrap_or(0);
        if applied > latest_version() {
            return Err(StoreError::DatabaseTooNew { found: applied, known: latest_version() });
        }
        let mut count = 0usize;
        for m in MIGRATIONS.iter().filter(|m| m.version > applied) {
            let fail = |source| StoreError::Migration { version: m.version, name: m.name, source };
            let mut tx = $conn.begin().await.map_err(fail)?;
            sqlx::raw_sql(m.sql).execute(&mut *tx).await.map_err(fail)?;
            sqlx::query("INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)")
                .bind(m.version)
                .bind(m.name)
                .bind($now)
                .execute(&mut *tx)
                .await
                .map_err(fail)?;
            tx.commit().await.map_err(fail)?;
            tracing::info!(version = m.version, name = m.name, "migration applied");
            count += 1;
        }
        Ok::<usize, StoreError>(count)
    }};
}

/// Applies the pending migrations; returns how many were applied.
pub async fn migrate(db: &Db, now_millis: i64) -> Result<usize, StoreError> {
    match db.backend() {
        Backend::Sqlite { writer, .. } => {
            let mut conn = writer.acquire().await?;
            apply_pending!(conn, now_millis)
        }
        Backend::Postgres(pool) => {
            let mut conn = pool.acquire().await?;
            sqlx::query("SELECT pg_advisory_lock($1)").bind(LOCK_KEY).execute(&mut *conn).await?;
            let result = async { apply_pending!(conn, now_millis) }.await;
            sqlx::query("SELECT pg_advisory_unlock($1)").bind(LOCK_KEY).execute(&mut *conn).await?;
            result
        }
    }
}

/// The highest migration applied, or 0 on an empty database.
pub async fn current_version(db: &Db) -> Result<i64, StoreError> {
    let exists = crate::on_db!(read db, pool => {
        sqlx::query("SELECT 1 FROM schema_migrations LIMIT 1").fetch_optional(pool).await.map(|row| row.is_some())
    });
    match exists {
        Ok(_) => {}
        // The table does not exist yet: nothing applied.
        Err(sqlx::Error::Database(_)) => return Ok(0),
        Err(e) => return Err(e.into()),
    }
    let v: Option<i64> = crate::on_db!(read db, pool => {
        sqlx::query_scalar("SELECT MAX(version) FROM schema_migrations").fetch_one(pool).await?
    });
    Ok(v.unwrap_or(0))
}
