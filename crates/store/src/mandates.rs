//! Mandates an owner gives an architect online, to file a permit for one plot; used once by
//! the architect's filing (in the filing's transaction), then the case the owner follows.

use crate::mail::NewMail;
use crate::{Db, StoreError, on_db};

/// A mandate, with both parties' names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MandateRow {
    /// Its id.
    pub id: String,
    /// The owner who gave it.
    pub owner_id: String,
    /// The owner's name.
    pub owner_name: String,
    /// The architect it was given to.
    pub architect_id: String,
    /// The architect's name.
    pub architect_name: String,
    /// The procedure it is for.
    pub procedure_id: String,
    /// The plot (land title or reference), as the owner wrote it.
    pub land_title: String,
    /// When it was given.
    pub given_at: i64,
    /// When the owner revoked it (only before it is used).
    pub revoked_at: Option<i64>,
    /// The reference of the case filed under it, once used.
    pub case_reference: Option<String>,
}

type Row = (String, String, String, String, String, String, String, i64, Option<i64>, Option<String>);

fn row(r: Row) -> MandateRow {
    MandateRow {
        id: r.0,
        owner_id: r.1,
        owner_name: r.2,
        architect_id: r.3,
        architect_name: r.4,
        procedure_id: r.5,
        land_title: r.6,
        given_at: r.7,
        revoked_at: r.8,
        case_reference: r.9,
    }
}

const SELECT: &str = "SELECT m.id, m.owner_id, o.display_name, m.architect_id, a.display_name, m.procedure_id, \
                      m.land_title, m.given_at, m.revoked_at, c.reference \
                      FROM mandates m JOIN users o ON o.id = m.owner_id JOIN users a ON a.id = m.architect_id \
                      LEFT JOIN cases c ON c.id = m.case_id ";

/// A mandate to be written.
#[derive(Debug, Clone, Copy)]
pub struct NewMandate<'a> {
    /// The owner giving it.
    pub owner_id: &'a str,
    /// The architect it is given to.
    pub architect_id: &'a str,
    /// The procedure.
    pub procedure_id: &'a str,
    /// The plot.
    pub land_title: &'a str,
}

/// Records a mandate with the mail telling the architect, together; returns its id.
pub async fn give(db: &Db, m: &NewMandate<'_>, mail: &NewMail<'_>, now: i64) -> Result<String, StoreError> {
    let id = uuid::Uuid::now_v7().to_string();
    let done: Result<(), sqlx::Error> = on_db!(write db, pool => {
        async {
            let mut tx = pool.begin().await?;
            sqlx::query(
                "INSERT INTO mandates (id, owner_id, architect_id, procedure_id, land_title, given_at) VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(&id)
            .bind(m.owner_id)
            .bind(m.architect_id)
            .bind(m.procedure_id)
            .bind(m.land_title)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            crate::mail::insert_mail!(tx, mail, now)?;
            tx.commit().await
        }
        .await
    });
    done?;
    Ok(id)
}

/// A mandate by id.
pub async fn get(db: &Db, id: &str) -> Result<Option<MandateRow>, StoreError> {
    let r: Option<Row> = on_db!(read db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT}WHERE m.id = $1"))).bind(id).fetch_optional(pool).await?
    });
    Ok(r.map(row))
}

/// The mandates an owner gave, newest first.
pub async fn given_by(db: &Db, owner_id: &str, limit: i64) -> Result<Vec<MandateRow>, StoreError> {
    let rows: Vec<Row> = on_db!(read db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT}WHERE m.owner_id = $1 ORDER BY m.given_at DESC, m.id DESC LIMIT $2")))
            .bind(owner_id)
            .bind(limit)
            .fetch_all(pool)
            .await?
    });
    Ok(rows.into_iter().map(row).collect())
}

/// The mandates an architect holds and has not used yet (nor the owner revoked), oldest first.
pub async fn open_for(db: &Db, architect_id: &str, limit: i64) -> Result<Vec<MandateRow>, StoreError> {
    let rows: Vec<Row> = on_db!(read db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{SELECT}WHERE m.architect_id = $1 AND m.case_id IS NULL AND m.revoked_at IS NULL ORDER BY m.given_at, m.id LIMIT $2"
        )))
        .bind(architect_id)
        .bind(limit)
        .fetch_all(pool)
        .await?
    });
    Ok(rows.into_iter().map(row).collect())
}

/// The owner revokes a mandate not used yet; false if it was used, revoked or is not theirs.
pub async fn revoke(db: &Db, id: &str, owner_id: &str, now: i64) -> Result<bool, StoreError> {
    let n = on_db!(write db, pool => {
        sqlx::query(
            "UPDATE mandates SET revoked_at = $3 WHERE id = $1 AND owner_id = $2 AND case_id IS NULL AND revoked_at IS NULL",
        )
        .bind(id)
        .bind(owner_id)
        .bind(now)
        .execute(pool)
        .await?
        .rows_affected()
    });
    Ok(n == 1)
}

/// The owner of the case filed under a mandate, if any.
pub async fn owner_of_case(db: &Db, case_id: &str) -> Result<Option<(String, String)>, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query_as(
            "SELECT m.owner_id, u.display_name FROM mandates m JOIN users u ON u.id = m.owner_id WHERE m.case_id = $1",
        )
        .bind(case_id)
        .fetch_optional(pool)
        .await?
    }))
}
