//! Person records: the account a provincial cell opens for a visitor without one, to file a
//! request on their behalf. It is created with its profile and the recorded consent in one
//! transaction (once per form, whatever the retries); nobody signs in to it (its address is
//! under the reserved `.invalid` domain, see [`crate::mail::UNREAD_DOMAIN`]); a claim code moves
//! its requests into the visitor's own account, once.

use nafida_domain::{Email, Role};

use crate::{Db, StoreError, on_db, on_tx};

/// A person record as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordRow {
    /// The record's account.
    pub user_id: String,
    /// The cell that opened it.
    pub org_id: String,
    /// The agent who recorded the consent.
    pub agent_id: String,
    /// The visitor's name as they gave it.
    pub full_name: String,
    /// Their country of residence (ISO code).
    pub residence_country: String,
    /// A phone number to reach them, if given.
    pub phone: Option<String>,
    /// An address to reach them, if given (the claim invitation goes there).
    pub contact_email: Option<String>,
    /// How the consent was given (`signed` or `in-person`).
    pub consent: String,
    /// When it was recorded.
    pub consent_at: i64,
    /// Until when the current claim code works.
    pub claim_until: i64,
    /// The account that claimed it.
    pub claimed_by: Option<String>,
    /// When.
    pub claimed_at: Option<i64>,
}

type RecordTuple = (
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
    i64,
    i64,
    Option<String>,
    Option<i64>,
);

fn record(r: RecordTuple) -> RecordRow {
    let (
        user_id,
        org_id,
        agent_id,
        full_name,
        residence_country,
        phone,
        contact_email,
        consent,
        consent_at,
        claim_until,
        claimed_by,
        claimed_at,
    ) = r;
    RecordRow {
        user_id,
        org_id,
        agent_id,
        full_name,
        residence_country,
        phone,
        contact_email,
        consent,
        consent_at,
        claim_until,
        claimed_by,
        claimed_at,
    }
}

macro_rules! select_records {
    ($rest:literal) => {
        concat!(
            "SELECT user_id, org_id, agent_id, full_name, residence_country, phone, contact_email, consent, consent_at, \
             claim_until, claimed_by, claimed_at FROM person_records ",
            $rest
        )
    };
}

/// A person record to open.
#[derive(Debug, Clone, Copy)]
pub struct NewRecord<'a> {
    /// The record's address (under the `.invalid` domain).
    pub email: &'a Email,
    /// A hash of a password nobody knows.
    pub password_hash: &'a str,
    /// The language of its papers.
    pub lang: &'a str,
    /// The cell.
    pub org_id: &'a str,
    /// The agent.
    pub agent_id: &'a str,
    /// The visitor's name.
    pub full_name: &'a str,
    /// Their country of residence.
    pub residence_country: &'a str,
    /// Their phone number, if given.
    pub phone: Option<&'a str>,
    /// Their address, if given.
    pub contact_email: Option<&'a str>,
    /// How the consent was given.
    pub consent: &'a str,
    /// The hash of the first claim code.
    pub claim_code_hash: &'a str,
    /// Until when it works.
    pub claim_until: i64,
    /// The form's idempotency key: the same form sent again gives the same record.
    pub idempotency_key: &'a str,
}

/// Opens a person record (its account, its profile and the record) in one transaction; the
/// record the same agent already opened with the same key if there is one. Returns its account
/// and whether it was opened now.
pub async fn open(db: &Db, new: &NewRecord<'_>, now: i64) -> Result<(String, bool), StoreError> {
    if let Some(r) = by_key(db, new.agent_id, new.idempotency_key).await? {
        return Ok((r.user_id, false));
    }
    let id = uuid::Uuid::now_v7().to_string();
    let mut tx = db.begin().await?;
    let written: Result<(), sqlx::Error> = on_tx!(&mut tx, conn => {
        async {
            sqlx::query(
                "INSERT INTO users (id, email, email_key, password_hash, role, display_name, created_at, preferred_lang, \
                 email_verified_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $7)",
            )
            .bind(&id)
            .bind(new.email.as_str())
            .bind(new.email.key())
            .bind(new.password_hash)
            .bind(Role::Citizen.as_str())
            .bind(new.full_name)
            .bind(now)
            .bind(new.lang)
            .execute(&mut *conn)
            .await?;
            sqlx::query(
                "INSERT INTO profiles (user_id, name_latin, residence_country, phone, updated_at) VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(&id)
            .bind(new.full_name)
            .bind(new.residence_country)
            .bind(new.phone)
            .bind(now)
            .execute(&mut *conn)
            .await?;
            sqlx::query(
                "INSERT INTO person_records (user_id, org_id, agent_id, full_name, residence_country, phone, contact_email, \
                 consent, consent_at, claim_code_hash, claim_until, idempotency_key, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $9)",
            )
            .bind(&id)
            .bind(new.org_id)
            .bind(new.agent_id)
            .bind(new.full_name)
            .bind(new.residence_country)
            .bind(new.phone)
            .bind(new.contact_email)
            .bind(new.consent)
            .bind(now)
            .bind(new.claim_code_hash)
            .bind(new.claim_until)
            .bind(new.idempotency_key)
            .execute(&mut *conn)
            .await
            .map(|_| ())
        }
        .await
    });
    match written {
        Ok(()) => {
            tx.commit().await?;
            Ok((id, true))
        }
        // The same form, sent twice at the same moment: the other one opened it.
        Err(e) if StoreError::is_unique_violation(&e) => {
            drop(tx);
            let r =
                by_key(db, new.agent_id, new.idempotency_key).await?.ok_or(StoreError::Conflict("person record"))?;
            Ok((r.user_id, false))
        }
        Err(e) => Err(e.into()),
    }
}

/// The record the agent opened with this form's key.
pub async fn by_key(db: &Db, agent_id: &str, key: &str) -> Result<Option<RecordRow>, StoreError> {
    let row: Option<RecordTuple> = on_db!(read db, pool => {
        sqlx::query_as(select_records!("WHERE agent_id = $1 AND idempotency_key = $2"))
            .bind(agent_id)
            .bind(key)
            .fetch_optional(pool)
            .await?
    });
    Ok(row.map(record))
}

/// The person record of an account, if it is one.
pub async fn get(db: &Db, user_id: &str) -> Result<Option<RecordRow>, StoreError> {
    let row: Option<RecordTuple> = on_db!(read db, pool => {
        sqlx::query_as(select_records!("WHERE user_id = $1")).bind(user_id).fetch_optional(pool).await?
    });
    Ok(row.map(record))
}

/// The unclaimed record whose current claim code has this hash.
pub async fn by_code(db: &Db, code_hash: &str) -> Result<Option<RecordRow>, StoreError> {
    let row: Option<RecordTuple> = on_db!(read db, pool => {
        sqlx::query_as(select_records!("WHERE claim_code_hash = $1 AND claimed_at IS NULL"))
            .bind(code_hash)
            .fetch_optional(pool)
            .await?
    });
    Ok(row.map(record))
}

/// Replaces the claim code of an unclaimed record (the earlier one stops working); false if it
/// was claimed.
pub async fn renew_code(db: &Db, user_id: &str, code_hash: &str, until: i64) -> Result<bool, StoreError> {
    let n = on_db!(write db, pool => {
        sqlx::query("UPDATE person_records SET claim_code_hash = $2, claim_until = $3 WHERE user_id = $1 AND claimed_at IS NULL")
            .bind(user_id)
            .bind(code_hash)
            .bind(until)
            .execute(pool)
            .await?
            .rows_affected()
    });
    Ok(n == 1)
}

/// Moves every request (and appointment) of an unclaimed record into the account `claimer`,
/// with `event` in each request's history, and marks the record claimed, in one transaction.
/// Returns the requests' ids; none if the record was claimed meanwhile.
pub async fn claim(
    db: &Db,
    user_id: &str,
    claimer: &str,
    event: &crate::cases::NewEvent<'_>,
    now: i64,
) -> Result<Vec<String>, StoreError> {
    let mut tx = db.begin().await?;
    let ids: Vec<String> = on_tx!(&mut tx, conn => {
        let n = sqlx::query(
            "UPDATE person_records SET claimed_by = $2, claimed_at = $3 WHERE user_id = $1 AND claimed_at IS NULL",
        )
        .bind(user_id)
        .bind(claimer)
        .bind(now)
        .execute(&mut *conn)
        .await?
        .rows_affected();
        if n == 1 {
            let ids: Vec<String> = sqlx::query_scalar("SELECT id FROM cases WHERE applicant_id = $1 ORDER BY filed_at")
                .bind(user_id)
                .fetch_all(&mut *conn)
                .await?;
            sqlx::query("UPDATE cases SET applicant_id = $2 WHERE applicant_id = $1")
                .bind(user_id)
                .bind(claimer)
                .execute(&mut *conn)
                .await?;
            sqlx::query("UPDATE appointments SET account_id = $2 WHERE account_id = $1")
                .bind(user_id)
                .bind(claimer)
                .execute(&mut *conn)
                .await?;
            for id in &ids {
                crate::cases::insert_event!(conn, id, event, now)?;
            }
            ids
        } else {
            vec![]
        }
    });
    tx.commit().await?;
    Ok(ids)
}

/// The unclaimed records a cell opened, newest first.
pub async fn open_of(db: &Db, org_id: &str, limit: i64) -> Result<Vec<RecordRow>, StoreError> {
    let rows: Vec<RecordTuple> = on_db!(read db, pool => {
        sqlx::query_as(select_records!("WHERE org_id = $1 AND claimed_at IS NULL ORDER BY created_at DESC LIMIT $2"))
            .bind(org_id)
            .bind(limit)
            .fetch_all(pool)
            .await?
    });
    Ok(rows.into_iter().map(record).collect())
}
