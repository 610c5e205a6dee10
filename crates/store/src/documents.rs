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

/// Records a document inside the caller's transaction; the key that sealed it was published
/// before it was used.
pub async fn record_in(tx: &mut Tx, d: &IssuedDocument) -> Result<(), StoreError> {
    on_tx!(tx, conn => {
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

/// Revokes a document with its reason (once), inside the caller's transaction, by a staff
/// member or the person (an account), or by the platform (`None`); false when it was revoked
/// already.
pub async fn revoke_in(tx: &mut Tx, code: &str, reason: &str, by: Option<&str>, now: i64) -> Result<bool, StoreError> {
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

/// A published key with its issuer and validity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedKey {
    /// Key id.
    pub key_id: String,
    /// Base64 public key.
    pub public_key: String,
    /// The issuing office (none for the platform's own key).
    pub office_id: Option<String>,
    /// The office key's generation.
    pub generation: Option<i64>,
    /// Valid from.
    pub valid_from: i64,
    /// Valid until (none while current).
    pub valid_until: Option<i64>,
}

type KeyRow = (String, String, Option<String>, Option<i64>, i64, Option<i64>);

/// Every published key, with its office and validity.
pub async fn published_keys(db: &Db) -> Result<Vec<PublishedKey>, StoreError> {
    let rows: Vec<KeyRow> = on_db!(read db, pool => {
        sqlx::query_as(
            "SELECT key_id, public_key, office_id, generation, first_used_at, valid_until FROM signing_keys \
             ORDER BY office_id NULLS FIRST, generation, first_used_at, key_id",
        )
        .fetch_all(pool)
        .await?
    });
    Ok(rows
        .into_iter()
        .map(|r| PublishedKey {
            key_id: r.0,
            public_key: r.1,
            office_id: r.2,
            generation: r.3,
            valid_from: r.4,
            valid_until: r.5,
        })
        .collect())
}

/// The current key of an office: `(generation, key id)`.
pub async fn office_key(db: &Db, office_id: &str) -> Result<Option<(i64, String)>, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query_as(
            "SELECT generation, key_id FROM signing_keys WHERE office_id = $1 AND valid_until IS NULL \
             ORDER BY generation DESC LIMIT 1",
        )
        .bind(office_id)
        .fetch_optional(pool)
        .await?
    }))
}

/// Closes an office's current key (if any) and publishes `key` as its next generation, from
/// `now`; together. Publishing a generation that exists already changes nothing (another node
/// did it first).
pub async fn publish_office_key(
    db: &Db,
    office_id: &str,
    generation: i64,
    key_id: &str,
    public_key: &str,
    now: i64,
) -> Result<(), StoreError> {
    on_db!(write db, pool => {
        let mut tx = pool.begin().await?;
        let exists: Option<i64> =
            sqlx::query_scalar("SELECT generation FROM signing_keys WHERE office_id = $1 AND generation = $2")
                .bind(office_id)
                .bind(generation)
                .fetch_optional(&mut *tx)
                .await?;
        if exists.is_none() {
            sqlx::query("UPDATE signing_keys SET valid_until = $2 WHERE office_id = $1 AND valid_until IS NULL")
                .bind(office_id)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "INSERT INTO signing_keys (key_id, public_key, first_used_at, office_id, generation) \
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (key_id) DO NOTHING",
            )
            .bind(key_id)
            .bind(public_key)
            .bind(now)
            .bind(office_id)
            .bind(generation)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
    });
    Ok(())
}
