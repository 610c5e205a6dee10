//! API tokens of partner systems: each acts for exactly one administration. The token is shown
//! once at creation; only its SHA-256 is stored.

use crate::{Db, StoreError, on_db};

/// How many characters of a token's hash name it in lists and revocations.
pub const ID_LEN: usize = 12;

/// A token as lists show it (never the token).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenRow {
    /// Short id: the first [`ID_LEN`] characters of its hash.
    pub id: String,
    /// The administration it acts for.
    pub org_id: String,
    /// What it is for.
    pub name: String,
    /// Created.
    pub created_at: i64,
    /// Expires (none: never).
    pub expires_at: Option<i64>,
    /// Revoked.
    pub revoked_at: Option<i64>,
}

/// Records a token (by hash) for an administration, valid until `expires_at` if given.
pub async fn create(
    db: &Db,
    token_hash: &str,
    org_id: &str,
    name: &str,
    now: i64,
    expires_at: Option<i64>,
) -> Result<(), StoreError> {
    let r = on_db!(write db, pool => {
        sqlx::query("INSERT INTO api_tokens (token_hash, org_id, name, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(token_hash)
            .bind(org_id)
            .bind(name)
            .bind(now)
            .bind(expires_at)
            .execute(pool)
            .await
            .map(|r| r.rows_affected())
    });
    match r {
        Ok(_) => Ok(()),
        Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => Err(StoreError::NotFound("administration")),
        Err(e) => Err(e.into()),
    }
}

/// The administration a live token (not revoked, not expired at `now`) acts for; read from the
/// database at every request, so a revocation holds at once on every node.
pub async fn org_of(db: &Db, token_hash: &str, now: i64) -> Result<Option<String>, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query_scalar(
            "SELECT org_id FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL \
             AND (expires_at IS NULL OR expires_at > $2)",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(pool)
        .await?
    }))
}

/// Every token, newest first.
pub async fn list(db: &Db) -> Result<Vec<TokenRow>, StoreError> {
    type Row = (String, String, String, i64, Option<i64>, Option<i64>);
    let rows: Vec<Row> = on_db!(read db, pool => {
        sqlx::query_as(
            "SELECT token_hash, org_id, name, created_at, expires_at, revoked_at FROM api_tokens \
             ORDER BY created_at DESC, token_hash",
        )
        .fetch_all(pool)
        .await?
    });
    Ok(rows
        .into_iter()
        .map(|r| TokenRow {
            id: r.0.chars().take(ID_LEN).collect(),
            org_id: r.1,
            name: r.2,
            created_at: r.3,
            expires_at: r.4,
            revoked_at: r.5,
        })
        .collect())
}

/// Revokes the live token with this short id; false when there is none.
pub async fn revoke(db: &Db, id: &str, now: i64) -> Result<bool, StoreError> {
    if id.len() != ID_LEN || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(false);
    }
    let pattern = format!("{}%", id.to_ascii_lowercase());
    Ok(on_db!(write db, pool => {
        sqlx::query("UPDATE api_tokens SET revoked_at = $2 WHERE token_hash LIKE $1 AND revoked_at IS NULL")
            .bind(&pattern)
            .bind(now)
            .execute(pool)
            .await?
            .rows_affected()
            > 0
    }))
}
