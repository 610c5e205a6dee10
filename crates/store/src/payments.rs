//! Payments of fees, one settled payment per case at most. Settling a payment clears the
//! case's `awaiting-payment` flag and writes its event in the same transaction.

use crate::cases::NewEvent;
use crate::{Db, StoreError, Tx, on_db, on_tx};

/// A payment as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payment {
    /// Id.
    pub id: String,
    /// The case.
    pub case_id: String,
    /// Amount in dirhams.
    pub amount_mad: i64,
    /// `test`, `counter`, or a gateway's name.
    pub provider: String,
    /// `pending`, `paid` or `declined`.
    pub status: String,
    /// The provider's transaction reference.
    pub provider_ref: Option<String>,
    /// The receipt number (the counter's quittance, or the platform's).
    pub receipt_number: Option<String>,
    /// When asked.
    pub created_at: i64,
    /// When settled.
    pub settled_at: Option<i64>,
}

type Row = (String, String, i64, String, String, Option<String>, Option<String>, i64, Option<i64>);

fn payment(r: Row) -> Payment {
    Payment {
        id: r.0,
        case_id: r.1,
        amount_mad: r.2,
        provider: r.3,
        status: r.4,
        provider_ref: r.5,
        receipt_number: r.6,
        created_at: r.7,
        settled_at: r.8,
    }
}

const SELECT: &str = "SELECT id, case_id, amount_mad, provider, status, provider_ref, receipt_number, created_at, settled_at FROM payments ";

/// Starts a payment of a case.
pub async fn create(db: &Db, case_id: &str, amount_mad: i64, provider: &str, now: i64) -> Result<String, StoreError> {
    let id = uuid::Uuid::now_v7().to_string();
    on_db!(write db, pool => {
        sqlx::query(
            "INSERT INTO payments (id, case_id, amount_mad, provider, status, created_at) VALUES ($1, $2, $3, $4, 'pending', $5)",
        )
        .bind(&id)
        .bind(case_id)
        .bind(amount_mad)
        .bind(provider)
        .bind(now)
        .execute(pool)
        .await?;
    });
    Ok(id)
}

/// A payment by id.
pub async fn get(db: &Db, id: &str) -> Result<Option<Payment>, StoreError> {
    let row: Option<Row> = on_db!(read db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT}WHERE id = $1"))).bind(id).fetch_optional(pool).await?
    });
    Ok(row.map(payment))
}

/// The payments of a case, oldest first.
pub async fn of_case(db: &Db, case_id: &str) -> Result<Vec<Payment>, StoreError> {
    let rows: Vec<Row> = on_db!(read db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT}WHERE case_id = $1 ORDER BY created_at, id")))
            .bind(case_id)
            .fetch_all(pool)
            .await?
    });
    Ok(rows.into_iter().map(payment).collect())
}

/// How a payment was settled.
#[derive(Debug, Clone, Copy)]
pub struct Settlement<'a> {
    /// The provider's reference.
    pub provider_ref: Option<&'a str>,
    /// The receipt number.
    pub receipt_number: &'a str,
    /// The staff member who recorded it at a counter.
    pub recorded_by: Option<&'a str>,
    /// The case's flags before (guard) and after (without `awaiting-payment`).
    pub flags: (&'a str, &'a str),
    /// The administration's clock restarting: the days it was stopped in all and the due date
    /// pushed back accordingly (`None` when it stays stopped or never was).
    pub clock: Option<(i64, &'a str)>,
}

/// Settles a pending payment as paid, clears the case's flag and writes the event, inside the
/// caller's transaction. False when the payment was not pending, the case already paid, or its
/// flags changed meanwhile; the caller then rolls back.
pub async fn settle_in(
    tx: &mut Tx,
    payment_id: &str,
    case_id: &str,
    s: Settlement<'_>,
    event: &NewEvent<'_>,
    now: i64,
) -> Result<bool, StoreError> {
    let result: Result<bool, sqlx::Error> = on_tx!(tx, conn => {
        async {
            let paid = sqlx::query(
                "UPDATE payments SET status = 'paid', provider_ref = $2, receipt_number = $3, recorded_by = $4, settled_at = $5 \
                 WHERE id = $1 AND status = 'pending'",
            )
            .bind(payment_id)
            .bind(s.provider_ref)
            .bind(s.receipt_number)
            .bind(s.recorded_by)
            .bind(now)
            .execute(&mut *conn)
            .await?
            .rows_affected();
            let (restart, stopped_days, due_date) = match s.clock {
                Some((days, due)) => (true, Some(days), Some(due)),
                None => (false, None, None),
            };
            let flagged = sqlx::query(
                "UPDATE cases SET flags = $3, updated_at = $4, \
                 queue_key = CASE WHEN (',' || $3 || ',') LIKE '%,fast-lane,%' THEN '0' ELSE '1' END || id, \
                 waiting_since = CASE WHEN $5 THEN NULL ELSE waiting_since END, \
                 stopped_days = COALESCE($6, stopped_days), due_date = COALESCE($7, due_date) \
                 WHERE id = $1 AND flags = $2",
            )
            .bind(case_id)
            .bind(s.flags.0)
            .bind(s.flags.1)
            .bind(now)
            .bind(restart)
            .bind(stopped_days)
            .bind(due_date)
            .execute(&mut *conn)
            .await?
            .rows_affected();
            if paid == 1 && flagged == 1 {
                crate::cases::insert_event!(conn, case_id, event, now)?;
                Ok(true)
            } else {
                Ok(false)
            }
        }
        .await
    });
    match result {
        Err(e) if StoreError::is_unique_violation(&e) => Ok(false),
        other => Ok(other?),
    }
}

/// Marks a pending payment declined by its provider.
pub async fn decline(db: &Db, payment_id: &str, now: i64) -> Result<bool, StoreError> {
    Ok(on_db!(write db, pool => {
        sqlx::query("UPDATE payments SET status = 'declined', settled_at = $2 WHERE id = $1 AND status = 'pending'")
            .bind(payment_id)
            .bind(now)
            .execute(pool)
            .await?
            .rows_affected()
            == 1
    }))
}

/// Records the refund of a case's settled payment inside the caller's transaction; returns the
/// payment refunded (none when nothing was paid or it was refunded already).
pub async fn refund_in(tx: &mut Tx, case_id: &str, now: i64) -> Result<Option<(i64, String)>, StoreError> {
    Ok(on_tx!(tx, conn => {
        let paid: Option<(String, i64, String)> = sqlx::query_as(
            "SELECT id, amount_mad, provider FROM payments WHERE case_id = $1 AND status = 'paid' AND refunded_at IS NULL",
        )
        .bind(case_id)
        .fetch_optional(&mut *conn)
        .await?;
        match paid {
            Some((id, amount, provider)) => {
                sqlx::query("UPDATE payments SET refunded_at = $2 WHERE id = $1")
                    .bind(&id)
                    .bind(now)
                    .execute(&mut *conn)
                    .await?;
                Some((amount, provider))
            }
            None => None,
        }
    }))
}

/// A tax computed for a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TaxDue {
    /// The area it was computed on, in m².
    pub area_m2: i64,
    /// The rate, MAD per m².
    pub rate_mad: i64,
    /// The amount, MAD.
    pub amount_mad: i64,
}

/// The tax computed for a case, if any.
pub async fn tax_of(db: &Db, case_id: &str) -> Result<Option<TaxDue>, StoreError> {
    let row: Option<(i64, i64, i64)> = on_db!(read db, pool => {
        sqlx::query_as("SELECT area_m2, rate_mad, amount_mad FROM case_taxes WHERE case_id = $1")
            .bind(case_id)
            .fetch_optional(pool)
            .await?
    });
    Ok(row.map(|(area_m2, rate_mad, amount_mad)| TaxDue { area_m2, rate_mad, amount_mad }))
}

/// Records the tax due on a case and flags it as waiting for its payment (`old` → `new`
/// flags), inside the caller's transaction; false if its flags changed meanwhile.
pub async fn tax_due_in(
    tx: &mut Tx,
    case_id: &str,
    flags: (&str, &str),
    kind: &str,
    tax: TaxDue,
    now: i64,
) -> Result<bool, StoreError> {
    let changed = on_tx!(tx, conn => {
        sqlx::query(
            "INSERT INTO case_taxes (case_id, kind, area_m2, rate_mad, amount_mad, computed_at) VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(case_id)
        .bind(kind)
        .bind(tax.area_m2)
        .bind(tax.rate_mad)
        .bind(tax.amount_mad)
        .bind(now)
        .execute(&mut *conn)
        .await?;
        sqlx::query(concat!(
            "UPDATE cases SET flags = $3, updated_at = $4, queue_key = ",
            crate::queue_key_of_flags!(),
            " WHERE id = $1 AND flags = $2"
        ))
        .bind(case_id)
        .bind(flags.0)
        .bind(flags.1)
        .bind(now)
        .execute(&mut *conn)
        .await?
        .rows_affected()
    });
    Ok(changed == 1)
}
