//! Sessions in the database, so any node serves any request. The cookie carries a random
//! token; only its SHA-256 is stored. A session expires after an idle period and, whatever
//! happens, at an absolute limit.

use crate::{Db, StoreError, on_db};

/// A live session and who it belongs to.
#[derive(Debug, Clone)]
pub struct Session {
    /// SHA-256 of the cookie token.
    pub token_hash: String,
    /// The account.
    pub user_id: String,
    /// `full`, or a step of two-factor sign-in (`totp`, `enrol`).
    pub stage: String,
    /// Last request seen.
    pub last_seen_at: i64,
    /// Absolute end.
    pub expires_at: i64,
}

/// Creates a session.
pub async fn create(
    db: &Db,
    token_hash: &str,
    user_id: &str,
    stage: &str,
    now: i64,
    expires_at: i64,
) -> Result<(), StoreError> {
    on_db!(write db, pool => {
        let mut tx = pool.begin().await?;
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, stage, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $4, $5)",
        )
        .bind(token_hash)
        .bind(user_id)
        .bind(stage)
        .bind(now)
        .bind(expires_at)
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE users SET last_sign_in_at = $2 WHERE id = $1").bind(user_id).bind(now).execute(&mut *tx).await?;
        tx.commit().await?;
    });
    Ok(())
}

/// The session for a token hash if it is still valid at `now` given the idle limit.
pub async fn find_valid(db: &Db, token_hash: &str, now: i64, idle_ms: i64) -> Result<Option<Session>, StoreError> {
    let row: Option<(String, String, String, i64, i64)> = on_db!(read db, pool => {
        sqlx::query_as(
            "SELECT token_hash, user_id, stage, last_seen_at, expires_at FROM sessions \
             WHERE token_hash = $1 AND expires_at > $2 AND last_seen_at > $3",
        )
        .bind(token_hash)
        .bind(now)
        .bind(now - idle_ms)
        .fetch_optional(pool)
        .await?
    });
    Ok(row.map(|(token_hash, user_id, stage, last_seen_at, expires_at)| Session {
        token_hash,
        user_id,
        stage,
        last_seen_at,
        expires_at,
    }))
}

/// Records activity (called at most once a minute per session).
pub async fn touch(db: &Db, token_hash: &str, now: i64) -> Result<(), StoreError> {
    on_db!(write db, pool => {
        sqlx::query("UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1").bind(token_hash).bind(now).execute(pool).await?;
    });
    Ok(())
}

/// Moves a session to another stage (after two-factor authentication).
pub async fn set_stage(db: &Db, token_hash: &str, stage: &str) -> Result<(), StoreError> {
    on_db!(write db, pool => {
        sqlx::query("UPDATE sessions SET stage = $2 WHERE token_hash = $1").bind(token_hash).bind(stage).execute(pool).await?;
    });
    Ok(())
}

/// Ends one session.
pub async fn delete(db: &Db, token_hash: &str) -> Result<(), StoreError> {
    on_db!(write db, pool => {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1").bind(token_hash).execute(pool).await?;
    });
    Ok(())
}

/// Ends every session of an account ("sign out everywhere").
pub async fn delete_all_for_user(db: &Db, user_id: &str) -> Result<u64, StoreError> {
    Ok(on_db!(write db, pool => {
        sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(pool).await?.rows_affected()
    }))
}

/// How many live sessions an account has.
pub async fn count_for_user(db: &Db, user_id: &str, now: i64) -> Result<i64, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query_scalar("SELECT COUNT(*) FROM sessions WHERE user_id = $1 AND expires_at > $2")
            .bind(user_id)
            .bind(now)
            .fetch_one(pool)
            .await?
    }))
}
