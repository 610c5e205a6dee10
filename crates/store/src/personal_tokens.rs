//! Personal access tokens: a person's own apps act for them, on their own cases only, through
//! the JSON API. The token is shown once; only its SHA-256 is stored. Tokens expire, and end
//! with the sessions when the password changes or the person signs out everywhere.

use crate::{Db, StoreError, on_db};

/// A token as its owner sees it listed (never the token itself).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonalToken {
    /// Id.
    pub id: String,
    /// The name the person gave it.
    pub name: String,
    /// Creation instant.
    pub created_at: i64,
    /// Expiry instant.
    pub expires_at: i64,
    /// Last use, if any.
    pub last_used_at: Option<i64>,
}

/// Most live tokens one person may hold.
pub const MAX_PER_PERSON: usize = 10;

/// Records a new token for a person.
pub async fn create(
    db: &Db,
    token_hash: &str,
    user_id: &str,
    name: &str,
    now: i64,
    expires_at: i64,
) -> Result<String, StoreError> {
    let id = uuid::Uuid::now_v7().to_string();
    on_db!(write db, pool => {
        sqlx::query(
            "INSERT INTO personal_tokens (id, token_hash, user_id, name, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&id)
        .bind(token_hash)
        .bind(user_id)
        .bind(name)
        .bind(now)
        .bind(expires_at)
        .execute(pool)
        .await?;
    });
    Ok(id)
}

/// The account a live token acts for; records its use (at most once a minute).
pub async fn user_of(db: &Db, token_hash: &str, now: i64) -> Result<Option<String>, StoreError> {
    let row: Option<(String, String, Option<i64>)> = on_db!(read db, pool => {
        sqlx::query_as(
            "SELECT id, user_id, last_used_at FROM personal_tokens \
             WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(now)
        .fetch_optional(pool)
        .await?
    });
    let Some((id, user, last)) = row else { return Ok(None) };
    if last.is_none_or(|l| now - l > 60_000) {
        on_db!(write db, pool => {
            sqlx::query("UPDATE personal_tokens SET last_used_at = $2 WHERE id = $1")
                .bind(&id)
                .bind(now)
                .execute(pool)
                .await?;
        });
    }
    Ok(Some(user))
}

/// A person's live tokens, newest first.
pub async fn list(db: &Db, user_id: &str, now: i64) -> Result<Vec<PersonalToken>, StoreError> {
    let rows: Vec<(String, String, i64, i64, Option<i64>)> = on_db!(read db, pool => {
        sqlx::query_as(
            "SELECT id, name, created_at, expires_at, last_used_at FROM personal_tokens \
             WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > $2 ORDER BY created_at DESC, id DESC",
        )
        .bind(user_id)
        .bind(now)
        .fetch_all(pool)
        .await?
    });
    Ok(rows
        .into_iter()
        .map(|(id, name, created_at, expires_at, last_used_at)| PersonalToken {
            id,
            name,
            created_at,
            expires_at,
            last_used_at,
        })
        .collect())
}

/// Revokes one of a person's tokens; false if it is not theirs or already revoked.
pub async fn revoke(db: &Db, user_id: &str, id: &str, now: i64) -> Result<bool, StoreError> {
    Ok(on_db!(write db, pool => {
        sqlx::query("UPDATE personal_tokens SET revoked_at = $3 WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL")
            .bind(id)
            .bind(user_id)
            .bind(now)
            .execute(pool)
            .await?
            .rows_affected()
            == 1
    }))
}

/// Revokes every token of a person.
pub async fn revoke_all(db: &Db, user_id: &str, now: i64) -> Result<u64, StoreError> {
    Ok(on_db!(write db, pool => {
        sqlx::query("UPDATE personal_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL")
            .bind(user_id)
            .bind(now)
            .execute(pool)
            .await?
            .rows_affected()
    }))
}
