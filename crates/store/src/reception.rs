//! The reception desk's tickets. A ticket's number is the desk's next of the day (one counter
//! row, incremented in the issuing transaction); calling the next ticket and recording it served
//! or absent are guarded updates, so two counters never call the same ticket and a second call
//! changes nothing.

use crate::{Db, StoreError, on_db};

/// A ticket as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TicketRow {
    /// Identifier.
    pub id: String,
    /// The desk's administration.
    pub org_id: String,
    /// Its day (`YYYY-MM-DD`, the desk's local day).
    pub day: String,
    /// Its number in the day.
    pub number: i64,
    /// The service asked for.
    pub service: String,
    /// An MRE card holder's: called first.
    pub priority: bool,
    /// `waiting`, `called`, `served` or `absent`.
    pub status: String,
    /// The counter that called it.
    pub counter: Option<String>,
    /// When it was issued.
    pub created_at: i64,
    /// When it was called.
    pub called_at: Option<i64>,
    /// When it was served or found absent.
    pub done_at: Option<i64>,
}

type TicketTuple = (String, String, String, i64, String, bool, String, Option<String>, i64, Option<i64>, Option<i64>);

fn ticket(r: TicketTuple) -> TicketRow {
    let (id, org_id, day, number, service, priority, status, counter, created_at, called_at, done_at) = r;
    TicketRow { id, org_id, day, number, service, priority, status, counter, created_at, called_at, done_at }
}

macro_rules! ticket_columns {
    () => {
        "id, org_id, day, number, service, priority, status, counter, created_at, called_at, done_at"
    };
}

/// A ticket to issue.
#[derive(Debug, Clone, Copy)]
pub struct NewTicket<'a> {
    /// Its identifier.
    pub id: &'a str,
    /// The desk's administration.
    pub org_id: &'a str,
    /// The desk's local day.
    pub day: &'a str,
    /// The service asked for.
    pub service: &'a str,
    /// An MRE card holder's.
    pub priority: bool,
    /// The agent issuing it.
    pub issued_by: Option<&'a str>,
}

/// Issues a ticket: the desk's next number of the day, in one transaction.
pub async fn issue(db: &Db, t: &NewTicket<'_>, now: i64) -> Result<TicketRow, StoreError> {
    let NewTicket { id, org_id, day, service, priority, issued_by } = *t;
    on_db!(write db, pool => {
        let mut tx = pool.begin().await?;
        let number: i64 = sqlx::query_scalar(
            "INSERT INTO reception_counters (org_id, day, last) VALUES ($1, $2, 1) \
             ON CONFLICT (org_id, day) DO UPDATE SET last = reception_counters.last + 1 RETURNING last",
        )
        .bind(org_id)
        .bind(day)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO reception_tickets (id, org_id, day, number, service, priority, status, issued_by, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, 'waiting', $7, $8)",
        )
        .bind(id)
        .bind(org_id)
        .bind(day)
        .bind(number)
        .bind(service)
        .bind(priority)
        .bind(issued_by)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
    });
    get(db, id).await?.ok_or(StoreError::NotFound("ticket just issued"))
}

/// One ticket.
pub async fn get(db: &Db, id: &str) -> Result<Option<TicketRow>, StoreError> {
    let row: Option<TicketTuple> = on_db!(read db, pool => {
        sqlx::query_as(concat!("SELECT ", ticket_columns!(), " FROM reception_tickets WHERE id = $1"))
            .bind(id)
            .fetch_optional(pool)
            .await?
    });
    Ok(row.map(ticket))
}

/// The tickets of a desk's day, in their numbers' order.
pub async fn of_day(db: &Db, org_id: &str, day: &str) -> Result<Vec<TicketRow>, StoreError> {
    let rows: Vec<TicketTuple> = on_db!(read db, pool => {
        sqlx::query_as(concat!("SELECT ", ticket_columns!(), " FROM reception_tickets WHERE org_id = $1 AND day = $2 ORDER BY number"))
            .bind(org_id)
            .bind(day)
            .fetch_all(pool)
            .await?
    });
    Ok(rows.into_iter().map(ticket).collect())
}

/// Calls the next waiting ticket of the day to `counter` — card holders' first, then by
/// number — and returns it; `None` when nobody waits. Two counters calling at once get two
/// different tickets (the guard `status = 'waiting'`, retried).
pub async fn call_next(
    db: &Db,
    org_id: &str,
    day: &str,
    counter: &str,
    now: i64,
) -> Result<Option<TicketRow>, StoreError> {
    for _ in 0..5 {
        let next: Option<String> = on_db!(read db, pool => {
            sqlx::query_scalar(
                "SELECT id FROM reception_tickets WHERE org_id = $1 AND day = $2 AND status = 'waiting' \
                 ORDER BY priority DESC, number LIMIT 1",
            )
            .bind(org_id)
            .bind(day)
            .fetch_optional(pool)
            .await?
        });
        let Some(id) = next else { return Ok(None) };
        let called = on_db!(write db, pool => {
            sqlx::query(
                "UPDATE reception_tickets SET status = 'called', counter = $2, called_at = $3 WHERE id = $1 AND status = 'waiting'",
            )
            .bind(&id)
            .bind(counter)
            .bind(now)
            .execute(pool)
            .await?
            .rows_affected()
        });
        if called == 1 {
            return get(db, &id).await;
        }
    }
    Ok(None)
}

/// Records a called ticket served or absent; `false` if it is not called (nothing changes).
pub async fn close(db: &Db, id: &str, status: &str, now: i64) -> Result<bool, StoreError> {
    Ok(on_db!(write db, pool => {
        sqlx::query("UPDATE reception_tickets SET status = $2, done_at = $3 WHERE id = $1 AND status = 'called'")
            .bind(id)
            .bind(status)
            .bind(now)
            .execute(pool)
            .await?
            .rows_affected()
            == 1
    }))
}
