//! API tokens of partner systems: each acts for exactly one administration. The token is shown
//! once at creation; only its SHA-256 is stored.

use crate::{Db, StoreError, on_db};

/// Records a token (by hash) for an administration.
pub async fn create(db: &Db, token_hash: &str, org_id: &str, name: &str, now: i64) -> Result<(), StoreError> {
    let r = on_db!(write db, pool => {
        sqlx::query("INSERT INTO api_tokens (token_hash, org_id, name, created_at) VALUES ($1, $2, $3, $4)")
            .bind(token_hash)
            .bind(org_id)
            .bind(name)
            .bind(now)
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

/// The administration a live token acts for.
pub async fn org_of(db: &Db, token_hash: &str) -> Result<Option<String>, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query_scalar("SELECT org_id FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL")
            .bind(token_hash)
            .fetch_optional(pool)
            .await?
    }))
}
