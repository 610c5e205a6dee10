//! Issued documents (by their verification code) and the public keys that sealed them.

use crate::{Db, StoreError, Tx, on_db, on_tx};

/// A document as recorded at issuance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuedDocument {
    /// Verification code.
    pub code: String,
    /// What it is (`birth-extract`, `receipt`…).
    pub kind: String,
    /// The case it was issued for.
    pub case_id: Option<String>,
    /// The act it reproduces.
    pub act_id: Option<String>,
    /// The issuing administration.
    pub office_id: String,
    /// The signed facts (JSON object).
    pub data_json: String,
    /// The key that sealed it.
    pub key_id: String,
    /// The sealed PDF in the file store.
    pub file_key: String,
    /// SHA-256 of the sealed PDF.
    pub sha256: String,
    /// Issuance instant.
    pub issued_at: i64,
    /// When it stops being valid, if ever.
    pub expires_at: Option<i64>,
    /// Revocation instant.
    pub revoked_at: Option<i64>,
    /// Why it was revoked.
    pub revoked_reason: Option<String>,
}

type Row = (
    String,
    String,
    Option<String>,
    Option<String>,
    String,
    String,
    String,
    String,
    String,
    i64,
    Option<i64>,
    Option<i64>,
    Option<String>,
);

fn doc(r: Row) -> IssuedDocument {
    IssuedDocument {
        code: r.0,
        kind: r.1,
        case_id: r.2,
        act_id: r.3,
        office_id: r.4,
        data_json: r.5,
        key_id: r.6,
        file_key: r.7,
        sha256: r.8,
        issued_at: r.9,
        expires_at: r.10,
        revoked_at: r.11,
        revoked_reason: r.12,
    }
}

const SELECT: &str = "SELECT code, kind, case_id, act_id, office_id, data_json, key_id, file_key, sha256, issued_at, \
                      expires_at, revoked_at, revoked_reason FROM issued_documents ";

/// Records a document, and the public key that sealed it if it is new, inside the caller's
/// transaction.
pub async fn record_in(tx: &mut Tx, d: &IssuedDocument, public_key: &str) -> Result<(), StoreError> {
    on_tx!(tx, conn => {
        sqlx::query("INSERT INTO signing_keys (key_id, public_key, first_used_at) VALUES ($1, $2, $3) ON CONFLICT (key_id) DO NOTHING")
            .bind(&d.key_id)
            .bind(public_key)
            .bind(d.issued_at)
            .execute(&mut *conn)
            .await?;
        sqlx::query(
            "INSERT INTO issued_documents (code, kind, case_id, act_id, office_id, data_json, key_id, file_key, sha256, issued_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )
        .bind(&d.code)
        .bind(&d.kind)
        .bind(&d.case_id)
        .bind(&d.act_id)
        .bind(&d.office_id)
        .bind(&d.data_json)
        .bind(&d.key_id)
        .bind(&d.file_key)
        .bind(&d.sha256)
        .bind(d.issued_at)
        .bind(d.expires_at)
        .execute(&mut *conn)
        .await?;
    });
    Ok(())
}

/// A document by its code.
pub async fn get(db: &Db, code: &str) -> Result<Option<IssuedDocument>, StoreError> {
    let row: Option<Row> = on_db!(read db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT}WHERE code = $1"))).bind(code).fetch_optional(pool).await?
    });
    Ok(row.map(doc))
}

/// The documents issued for a case, oldest first.
pub async fn of_case(db: &Db, case_id: &str) -> Result<Vec<IssuedDocument>, StoreError> {
    let rows: Vec<Row> = on_db!(read db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT}WHERE case_id = $1 ORDER BY issued_at, code")))
            .bind(case_id)
            .fetch_all(pool)
            .await?
    });
    Ok(rows.into_iter().map(doc).collect())
}

/// Revokes a document with its reason (once), inside the caller's transaction; false when it
/// was revoked already.
pub async fn revoke_in(tx: &mut Tx, code: &str, reason: &str, by: &str, now: i64) -> Result<bool, StoreError> {
    Ok(on_tx!(tx, conn => {
        sqlx::query(
            "UPDATE issued_documents SET revoked_at = $2, revoked_reason = $3, revoked_by = $4 WHERE code = $1 AND revoked_at IS NULL",
        )
        .bind(code)
        .bind(now)
        .bind(reason)
        .bind(by)
        .execute(&mut *conn)
        .await?
        .rows_affected()
            == 1
    }))
}

/// Every public key ever used: `(key id, base64 key, first use)`.
pub async fn public_keys(db: &Db) -> Result<Vec<(String, String, i64)>, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query_as("SELECT key_id, public_key, first_used_at FROM signing_keys ORDER BY first_used_at, key_id")
            .fetch_all(pool)
            .await?
    }))
}

/// Publishes a key before any document uses it (at start).
pub async fn publish_key(db: &Db, key_id: &str, public_key: &str, now: i64) -> Result<(), StoreError> {
    on_db!(write db, pool => {
        sqlx::query("INSERT INTO signing_keys (key_id, public_key, first_used_at) VALUES ($1, $2, $3) ON CONFLICT (key_id) DO NOTHING")
            .bind(key_id)
            .bind(public_key)
            .bind(now)
            .execute(pool)
            .await?;
    });
    Ok(())
}
