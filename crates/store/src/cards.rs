//! The "MRE Services" cards issued: each with its signed credential and its standing. A
//! revocation is a guarded update, so a card is revoked once, with one reason.

use crate::{Db, StoreError, Tx, on_db, on_tx};

/// A card as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardRow {
    /// Identifier.
    pub id: String,
    /// Its number, printed and in the credential.
    pub number: String,
    /// The holder's account.
    pub account_id: String,
    /// The request it was issued for.
    pub case_id: String,
    /// The issuing administration.
    pub issuer_id: String,
    /// The holder in Latin script.
    pub name_latin: String,
    /// The holder in Arabic script.
    pub name_ar: String,
    /// First day (`YYYY-MM-DD`).
    pub valid_from: String,
    /// Last day (`YYYY-MM-DD`).
    pub valid_until: String,
    /// The signed credential its QR code carries.
    pub credential: String,
    /// The verification code of its sealed PDF.
    pub document_code: String,
    /// When it was issued.
    pub issued_at: i64,
    /// When it was revoked, if it was.
    pub revoked_at: Option<i64>,
    /// Why (`lost`, `stolen`, `withdrawn`, `replaced`).
    pub revoked_reason: Option<String>,
    /// Who revoked it (an account, or `platform`).
    pub revoked_by: Option<String>,
}

type CardTuple = (
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    i64,
    Option<i64>,
    Option<String>,
    Option<String>,
);

fn card(r: CardTuple) -> CardRow {
    let (
        id,
        number,
        account_id,
        case_id,
        issuer_id,
        name_latin,
        name_ar,
        valid_from,
        valid_until,
        credential,
        document_code,
        issued_at,
        revoked_at,
        revoked_reason,
        revoked_by,
    ) = r;
    CardRow {
        id,
        number,
        account_id,
        case_id,
        issuer_id,
        name_latin,
        name_ar,
        valid_from,
        valid_until,
        credential,
        document_code,
        issued_at,
        revoked_at,
        revoked_reason,
        revoked_by,
    }
}

macro_rules! card_columns {
    () => {
        "id, number, account_id, case_id, issuer_id, name_latin, name_ar, valid_from, valid_until, credential, \
         document_code, issued_at, revoked_at, revoked_reason, revoked_by"
    };
}

/// Records an issued card inside the approval's transaction.
pub async fn insert_in(tx: &mut Tx, c: &CardRow) -> Result<(), StoreError> {
    on_tx!(tx, conn => {
        sqlx::query(concat!(
            "INSERT INTO mre_cards (", card_columns!(), ") \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, NULL, NULL, NULL)"
        ))
        .bind(&c.id)
        .bind(&c.number)
        .bind(&c.account_id)
        .bind(&c.case_id)
        .bind(&c.issuer_id)
        .bind(&c.name_latin)
        .bind(&c.name_ar)
        .bind(&c.valid_from)
        .bind(&c.valid_until)
        .bind(&c.credential)
        .bind(&c.document_code)
        .bind(c.issued_at)
        .execute(&mut *conn)
        .await?;
    });
    Ok(())
}

/// A person's cards: those still standing first, then the latest first.
pub async fn of_account(db: &Db, account_id: &str) -> Result<Vec<CardRow>, StoreError> {
    let rows: Vec<CardTuple> = on_db!(read db, pool => {
        sqlx::query_as(concat!("SELECT ", card_columns!(), " FROM mre_cards WHERE account_id = $1 \
             ORDER BY CASE WHEN revoked_at IS NULL THEN 0 ELSE 1 END, issued_at DESC, id"))
            .bind(account_id)
            .fetch_all(pool)
            .await?
    });
    Ok(rows.into_iter().map(card).collect())
}

/// The card of a number.
pub async fn by_number(db: &Db, number: &str) -> Result<Option<CardRow>, StoreError> {
    let row: Option<CardTuple> = on_db!(read db, pool => {
        sqlx::query_as(concat!("SELECT ", card_columns!(), " FROM mre_cards WHERE number = $1"))
            .bind(number)
            .fetch_optional(pool)
            .await?
    });
    Ok(row.map(card))
}

/// Whether the account holds a card standing on `today` (`YYYY-MM-DD`): not revoked, within
/// its validity. One indexed look-up.
pub async fn holds_valid(db: &Db, account_id: &str, today: &str) -> Result<bool, StoreError> {
    let found: Option<(String,)> = on_db!(read db, pool => {
        sqlx::query_as(
            "SELECT id FROM mre_cards WHERE account_id = $1 AND valid_until >= $2 AND valid_from <= $2 \
             AND revoked_at IS NULL LIMIT 1",
        )
        .bind(account_id)
        .bind(today)
        .fetch_optional(pool)
        .await?
    });
    Ok(found.is_some())
}

/// Revokes a card still standing, inside the caller's transaction; `false` if it was revoked
/// already (nothing changes).
pub async fn revoke_in(tx: &mut Tx, id: &str, reason: &str, by: &str, now: i64) -> Result<bool, StoreError> {
    Ok(on_tx!(tx, conn => {
        sqlx::query(
            "UPDATE mre_cards SET revoked_at = $2, revoked_reason = $3, revoked_by = $4 WHERE id = $1 AND revoked_at IS NULL",
        )
        .bind(id)
        .bind(now)
        .bind(reason)
        .bind(by)
        .execute(&mut *conn)
        .await?
        .rows_affected()
            == 1
    }))
}

/// The cards of an issuer revoked before their last day, still within it on `today`: what the
/// revocation list names (an expired card needs no listing).
pub async fn revoked_of(db: &Db, issuer_id: &str, today: &str) -> Result<Vec<CardRow>, StoreError> {
    let rows: Vec<CardTuple> = on_db!(read db, pool => {
        sqlx::query_as(concat!(
            "SELECT ", card_columns!(), " FROM mre_cards WHERE issuer_id = $1 AND revoked_at IS NOT NULL \
             AND valid_until >= $2 ORDER BY number"
        ))
        .bind(issuer_id)
        .bind(today)
        .fetch_all(pool)
        .await?
    });
    Ok(rows.into_iter().map(card).collect())
}
