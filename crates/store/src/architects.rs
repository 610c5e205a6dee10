//! Architects' registration numbers with the National Order of Architects, as declared by the
//! account and checked once by an urbanism agent.

use crate::{Db, StoreError, on_db};

/// An architect's declaration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArchitectRow {
    /// The account.
    pub user_id: String,
    /// Its name.
    pub display_name: String,
    /// The registration number declared.
    pub order_number: String,
    /// When it was declared.
    pub declared_at: i64,
    /// When an agent checked it.
    pub checked_at: Option<i64>,
}

type Row = (String, String, String, i64, Option<i64>);

fn row(r: Row) -> ArchitectRow {
    ArchitectRow { user_id: r.0, display_name: r.1, order_number: r.2, declared_at: r.3, checked_at: r.4 }
}

const SELECT: &str = "SELECT a.user_id, u.display_name, a.order_number, a.declared_at, a.checked_at \
                      FROM architects a JOIN users u ON u.id = a.user_id ";

/// Declares (or, while not checked, corrects) an account's registration number; a number
/// another account declared is [`StoreError::Conflict`]; a checked declaration is kept as it
/// is (false).
pub async fn declare(db: &Db, user_id: &str, number: &str, now: i64) -> Result<bool, StoreError> {
    let result = on_db!(write db, pool => {
        sqlx::query(
            "INSERT INTO architects (user_id, order_number, declared_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id) DO UPDATE SET order_number = excluded.order_number, declared_at = excluded.declared_at \
             WHERE architects.checked_at IS NULL",
        )
        .bind(user_id)
        .bind(number)
        .bind(now)
        .execute(pool)
        .await
        .map(|r| r.rows_affected())
    });
    match result {
        Ok(n) => Ok(n == 1),
        Err(e) if StoreError::is_unique_violation(&e) => Err(StoreError::Conflict("registration number")),
        Err(e) => Err(e.into()),
    }
}

/// An account's declaration, if any.
pub async fn get(db: &Db, user_id: &str) -> Result<Option<ArchitectRow>, StoreError> {
    let r: Option<Row> = on_db!(read db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT}WHERE a.user_id = $1"))).bind(user_id).fetch_optional(pool).await?
    });
    Ok(r.map(row))
}

/// The checked architect of a registration number, if any.
pub async fn checked_by_number(db: &Db, number: &str) -> Result<Option<ArchitectRow>, StoreError> {
    let r: Option<Row> = on_db!(read db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT}WHERE a.order_number = $1 AND a.checked_at IS NOT NULL")))
            .bind(number)
            .fetch_optional(pool)
            .await?
    });
    Ok(r.map(row))
}

/// The declarations not checked yet, oldest first.
pub async fn pending(db: &Db, limit: i64) -> Result<Vec<ArchitectRow>, StoreError> {
    let rows: Vec<Row> = on_db!(read db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT}WHERE a.checked_at IS NULL ORDER BY a.declared_at LIMIT $1")))
            .bind(limit)
            .fetch_all(pool)
            .await?
    });
    Ok(rows.into_iter().map(row).collect())
}

/// Records that an agent checked a declaration (once); false if it was checked or is unknown.
pub async fn check(db: &Db, user_id: &str, by: &str, now: i64) -> Result<bool, StoreError> {
    let n = on_db!(write db, pool => {
        sqlx::query("UPDATE architects SET checked_by = $2, checked_at = $3 WHERE user_id = $1 AND checked_at IS NULL")
            .bind(user_id)
            .bind(by)
            .bind(now)
            .execute(pool)
            .await?
            .rows_affected()
    });
    Ok(n == 1)
}
