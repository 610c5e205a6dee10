//! Requests filed without an account, waiting for the e-mail address to be confirmed.

use crate::{Db, StoreError, on_db};

/// A pending filing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pending {
    /// The author's address.
    pub email: String,
    /// The procedure.
    pub procedure_id: String,
    /// What was typed (JSON object).
    pub values_json: String,
    /// The files: JSON array of `[input, file name, file key]`.
    pub files_json: String,
    /// The language it was filed in.
    pub lang: String,
}

/// Records a pending filing.
pub async fn create(db: &Db, token_hash: &str, p: &Pending, now: i64, expires_at: i64) -> Result<(), StoreError> {
    on_db!(write db, pool => {
        sqlx::query(
            "INSERT INTO pending_filings (token_hash, email, procedure_id, values_json, files_json, lang, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(token_hash)
        .bind(&p.email)
        .bind(&p.procedure_id)
        .bind(&p.values_json)
        .bind(&p.files_json)
        .bind(&p.lang)
        .bind(now)
        .bind(expires_at)
        .execute(pool)
        .await?;
    });
    Ok(())
}

/// Takes a pending filing once: `None` when unknown, expired or already used.
pub async fn take(db: &Db, token_hash: &str, now: i64) -> Result<Option<Pending>, StoreError> {
    let row: Option<(String, String, String, String, String)> = on_db!(write db, pool => {
        let mut tx = pool.begin().await?;
        let taken = sqlx::query(
            "UPDATE pending_filings SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
        )
        .bind(token_hash)
        .bind(now)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        let row = if taken == 1 {
            sqlx::query_as(
                "SELECT email, procedure_id, values_json, files_json, lang FROM pending_filings WHERE token_hash = $1",
            )
            .bind(token_hash)
            .fetch_optional(&mut *tx)
            .await?
        } else {
            None
        };
        tx.commit().await?;
        row
    });
    Ok(row.map(|(email, procedure_id, values_json, files_json, lang)| Pending {
        email,
        procedure_id,
        values_json,
        files_json,
        lang,
    }))
}
