//! Appointments: calendars of counter services, their closures, booked slots, appointments,
//! waiting lists and personal calendar feeds.
//!
//! A slot's counters change only through a guarded `UPDATE … WHERE general < $limit` inside the
//! booking's transaction, and the transaction's first statement is a write, so SQLite takes its
//! write lock at once and PostgreSQL re-checks the guard on the locked row: however many people
//! book the last places at once, on however many nodes, the capacity is never exceeded.

use crate::mail::NewMail;
use crate::{Db, StoreError, Tx, on_db, on_tx};

/// A calendar as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarRow {
    /// Identifier.
    pub id: String,
    /// The administration it belongs to.
    pub org_id: String,
    /// The procedure it serves.
    pub procedure_id: String,
    /// The desk's short name within the administration (unique there).
    pub desk: String,
    /// Opening hours (`mon-fri 09:00-15:00; sat 10:00-13:00`), in the administration's zone.
    pub hours: String,
    /// Length of a slot.
    pub slot_minutes: i64,
    /// People per slot.
    pub capacity: i64,
    /// Places of each slot kept for MRE card holders.
    pub card_quota: i64,
    /// How many days ahead one may book.
    pub horizon_days: i64,
    /// Until how many hours before one may cancel or move.
    pub cancel_hours: i64,
    /// Whether it takes bookings.
    pub active: bool,
}

type CalendarTuple = (String, String, String, String, String, i64, i64, i64, i64, i64, bool);

fn calendar(r: CalendarTuple) -> CalendarRow {
    let (id, org_id, procedure_id, desk, hours, slot_minutes, capacity, card_quota, horizon_days, cancel_hours, active) =
        r;
    CalendarRow {
        id,
        org_id,
        procedure_id,
        desk,
        hours,
        slot_minutes,
        capacity,
        card_quota,
        horizon_days,
        cancel_hours,
        active,
    }
}

macro_rules! calendar_columns {
    () => {
        "id, org_id, procedure_id, desk, hours, slot_minutes, capacity, card_quota, horizon_days, cancel_hours, active"
    };
}

/// Creates a calendar, or replaces the settings of the administration's desk of that name.
pub async fn save_calendar(db: &Db, c: &CalendarRow, now: i64) -> Result<String, StoreError> {
    let id: String = on_db!(write db, pool => {
        sqlx::query_scalar(
            "INSERT INTO appointment_calendars (id, org_id, procedure_id, desk, hours, slot_minutes, capacity, card_quota, \
             horizon_days, cancel_hours, active, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) \
             ON CONFLICT (org_id, desk) DO UPDATE SET procedure_id = $3, hours = $5, slot_minutes = $6, capacity = $7, \
             card_quota = $8, horizon_days = $9, cancel_hours = $10, active = $11 RETURNING id",
        )
        .bind(&c.id)
        .bind(&c.org_id)
        .bind(&c.procedure_id)
        .bind(&c.desk)
        .bind(&c.hours)
        .bind(c.slot_minutes)
        .bind(c.capacity)
        .bind(c.card_quota)
        .bind(c.horizon_days)
        .bind(c.cancel_hours)
        .bind(c.active)
        .bind(now)
        .fetch_one(pool)
        .await?
    });
    Ok(id)
}

/// One calendar.
pub async fn calendar_by_id(db: &Db, id: &str) -> Result<Option<CalendarRow>, StoreError> {
    let row: Option<CalendarTuple> = on_db!(read db, pool => {
        sqlx::query_as(concat!("SELECT ", calendar_columns!(), " FROM appointment_calendars WHERE id = $1"))
            .bind(id)
            .fetch_optional(pool)
            .await?
    });
    Ok(row.map(calendar))
}

/// The calendars of an administration, by desk.
pub async fn calendars_of(db: &Db, org_id: &str) -> Result<Vec<CalendarRow>, StoreError> {
    let rows: Vec<CalendarTuple> = on_db!(read db, pool => {
        sqlx::query_as(concat!("SELECT ", calendar_columns!(), " FROM appointment_calendars WHERE org_id = $1 ORDER BY desk"))
            .bind(org_id)
            .fetch_all(pool)
            .await?
    });
    Ok(rows.into_iter().map(calendar).collect())
}

/// Closes a calendar on a day (`YYYY-MM-DD`), or opens it again.
pub async fn set_closure(db: &Db, calendar_id: &str, day: &str, closed: bool) -> Result<(), StoreError> {
    on_db!(write db, pool => {
        if closed {
            sqlx::query("INSERT INTO appointment_closures (calendar_id, day) VALUES ($1, $2) ON CONFLICT DO NOTHING")
                .bind(calendar_id)
                .bind(day)
                .execute(pool)
                .await?;
        } else {
            sqlx::query("DELETE FROM appointment_closures WHERE calendar_id = $1 AND day = $2")
                .bind(calendar_id)
                .bind(day)
                .execute(pool)
                .await?;
        }
    });
    Ok(())
}

/// The days a calendar is closed, from `from` on.
pub async fn closures(db: &Db, calendar_id: &str, from: &str) -> Result<Vec<String>, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query_scalar("SELECT day FROM appointment_closures WHERE calendar_id = $1 AND day >= $2 ORDER BY day")
            .bind(calendar_id)
            .bind(from)
            .fetch_all(pool)
            .await?
    }))
}

/// The places taken in each booked slot of a calendar between two instants:
/// `(starts_at, general, reserved)`.
pub async fn taken(db: &Db, calendar_id: &str, from: i64, to: i64) -> Result<Vec<(i64, i64, i64)>, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query_as(
            "SELECT starts_at, general, reserved FROM appointment_slots WHERE calendar_id = $1 AND starts_at >= $2 \
             AND starts_at < $3 ORDER BY starts_at",
        )
        .bind(calendar_id)
        .bind(from)
        .bind(to)
        .fetch_all(pool)
        .await?
    }))
}

/// Which kind of place a booking takes in its slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// One of the places anyone may take.
    General,
    /// One of the places kept for MRE card holders.
    Reserved,
}

/// Takes one place of a slot inside the caller's transaction, if one of that kind is left
/// (`limit` places of that kind in all). This is the transaction's first statement.
pub async fn take_place_in(
    tx: &mut Tx,
    calendar_id: &str,
    starts_at: i64,
    place: Place,
    limit: i64,
) -> Result<bool, StoreError> {
    let sql = match place {
        Place::General => {
            "UPDATE appointment_slots SET general = general + 1 WHERE calendar_id = $1 AND starts_at = $2 AND general < $3"
        }
        Place::Reserved => {
            "UPDATE appointment_slots SET reserved = reserved + 1 WHERE calendar_id = $1 AND starts_at = $2 AND reserved < $3"
        }
    };
    Ok(on_tx!(tx, conn => {
        sqlx::query("INSERT INTO appointment_slots (calendar_id, starts_at) VALUES ($1, $2) ON CONFLICT DO NOTHING")
            .bind(calendar_id)
            .bind(starts_at)
            .execute(&mut *conn)
            .await?;
        sqlx::query(sql).bind(calendar_id).bind(starts_at).bind(limit).execute(&mut *conn).await?.rows_affected() == 1
    }))
}

/// Gives a place of a slot back inside the caller's transaction.
pub async fn free_place_in(tx: &mut Tx, calendar_id: &str, starts_at: i64, place: Place) -> Result<(), StoreError> {
    let sql = match place {
        Place::General => {
            "UPDATE appointment_slots SET general = general - 1 WHERE calendar_id = $1 AND starts_at = $2 AND general > 0"
        }
        Place::Reserved => {
            "UPDATE appointment_slots SET reserved = reserved - 1 WHERE calendar_id = $1 AND starts_at = $2 AND reserved > 0"
        }
    };
    on_tx!(tx, conn => {
        sqlx::query(sql).bind(calendar_id).bind(starts_at).execute(&mut *conn).await?;
    });
    Ok(())
}

/// An appointment as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppointmentRow {
    /// Identifier.
    pub id: String,
    /// Its calendar.
    pub calendar_id: String,
    /// When it starts (UTC milliseconds).
    pub starts_at: i64,
    /// The person.
    pub account_id: String,
    /// The case it is for, if any.
    pub case_id: Option<String>,
    /// `booked`, `cancelled`, `checked-in`, `served` or `no-show`.
    pub status: String,
    /// Whether it holds a place kept for card holders.
    pub reserved_place: bool,
    /// Whether the reminder two days before was sent.
    pub reminded_48h: bool,
    /// Whether the reminder two hours before was sent.
    pub reminded_2h: bool,
    /// When it was booked.
    pub created_at: i64,
}

type AppointmentTuple = (String, String, i64, String, Option<String>, String, bool, bool, bool, i64);

fn appointment(r: AppointmentTuple) -> AppointmentRow {
    let (
        id,
        calendar_id,
        starts_at,
        account_id,
        case_id,
        status,
        reserved_place,
        reminded_48h,
        reminded_2h,
        created_at,
    ) = r;
    AppointmentRow {
        id,
        calendar_id,
        starts_at,
        account_id,
        case_id,
        status,
        reserved_place,
        reminded_48h,
        reminded_2h,
        created_at,
    }
}

macro_rules! appointment_columns {
    () => {
        "id, calendar_id, starts_at, account_id, case_id, status, reserved_place, reminded_48h, reminded_2h, created_at"
    };
}

/// A new appointment.
#[derive(Debug, Clone)]
pub struct NewAppointment<'a> {
    /// Identifier.
    pub id: &'a str,
    /// Its calendar.
    pub calendar_id: &'a str,
    /// When it starts.
    pub starts_at: i64,
    /// The person.
    pub account_id: &'a str,
    /// The case it is for.
    pub case_id: Option<&'a str>,
    /// Whether it holds a place kept for card holders.
    pub reserved_place: bool,
    /// The form's key: a second submission of the same form is the same booking.
    pub idempotency_key: &'a str,
}

/// Records a booked appointment and its messages inside the caller's transaction; `false` when
/// this person already booked with this key (nothing is written).
pub async fn insert_in(
    tx: &mut Tx,
    a: &NewAppointment<'_>,
    mails: &[NewMail<'_>],
    now: i64,
) -> Result<bool, StoreError> {
    Ok(on_tx!(tx, conn => {
        let inserted = sqlx::query(
            "INSERT INTO appointments (id, calendar_id, starts_at, account_id, case_id, status, reserved_place, \
             idempotency_key, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, 'booked', $6, $7, $8, $8) \
             ON CONFLICT (account_id, idempotency_key) DO NOTHING",
        )
        .bind(a.id)
        .bind(a.calendar_id)
        .bind(a.starts_at)
        .bind(a.account_id)
        .bind(a.case_id)
        .bind(a.reserved_place)
        .bind(a.idempotency_key)
        .bind(now)
        .execute(&mut *conn)
        .await?
        .rows_affected()
            == 1;
        if inserted {
            for m in mails {
                crate::mail::insert_mail!(conn, m, now)?;
            }
        }
        inserted
    }))
}

/// The appointment a person booked with a form's key.
pub async fn by_key(db: &Db, account_id: &str, key: &str) -> Result<Option<AppointmentRow>, StoreError> {
    let row: Option<AppointmentTuple> = on_db!(read db, pool => {
        sqlx::query_as(concat!("SELECT ", appointment_columns!(), " FROM appointments WHERE account_id = $1 AND idempotency_key = $2"))
            .bind(account_id)
            .bind(key)
            .fetch_optional(pool)
            .await?
    });
    Ok(row.map(appointment))
}

/// One appointment.
pub async fn get(db: &Db, id: &str) -> Result<Option<AppointmentRow>, StoreError> {
    let row: Option<AppointmentTuple> = on_db!(read db, pool => {
        sqlx::query_as(concat!("SELECT ", appointment_columns!(), " FROM appointments WHERE id = $1"))
            .bind(id)
            .fetch_optional(pool)
            .await?
    });
    Ok(row.map(appointment))
}

/// Whether a case had an appointment that was served (an inspection visit done).
pub async fn served_for_case(db: &Db, case_id: &str) -> Result<bool, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query("SELECT 1 FROM appointments WHERE case_id = $1 AND status = 'served' LIMIT 1")
            .bind(case_id)
            .fetch_optional(pool)
            .await?
            .is_some()
    }))
}

/// Whether a case has an appointment booked (not cancelled, not missed).
pub async fn booked_for_case(db: &Db, case_id: &str) -> Result<bool, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query("SELECT 1 FROM appointments WHERE case_id = $1 AND status IN ('booked', 'checked-in', 'served') LIMIT 1")
            .bind(case_id)
            .fetch_optional(pool)
            .await?
            .is_some()
    }))
}

/// A person's appointments, soonest first.
pub async fn of_account(db: &Db, account_id: &str, limit: i64) -> Result<Vec<AppointmentRow>, StoreError> {
    let rows: Vec<AppointmentTuple> = on_db!(read db, pool => {
        sqlx::query_as(concat!(
            "SELECT ", appointment_columns!(), " FROM appointments WHERE account_id = $1 ORDER BY starts_at DESC LIMIT $2"
        ))
        .bind(account_id)
        .bind(limit)
        .fetch_all(pool)
        .await?
    });
    Ok(rows.into_iter().map(appointment).collect())
}

/// The appointments of a calendar between two instants, in order.
pub async fn of_calendar(db: &Db, calendar_id: &str, from: i64, to: i64) -> Result<Vec<AppointmentRow>, StoreError> {
    let rows: Vec<AppointmentTuple> = on_db!(read db, pool => {
        sqlx::query_as(concat!(
            "SELECT ", appointment_columns!(), " FROM appointments WHERE calendar_id = $1 AND starts_at >= $2 \
             AND starts_at < $3 ORDER BY starts_at, created_at"
        ))
        .bind(calendar_id)
        .bind(from)
        .bind(to)
        .fetch_all(pool)
        .await?
    });
    Ok(rows.into_iter().map(appointment).collect())
}

/// The references of the requests the appointments of a calendar between two instants are
/// for: `(appointment id, case reference)`, read in one query for a day's view.
pub async fn case_references(
    db: &Db,
    calendar_id: &str,
    from: i64,
    to: i64,
) -> Result<Vec<(String, String)>, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query_as(
            "SELECT a.id, c.reference FROM appointments a JOIN cases c ON c.id = a.case_id \
             WHERE a.calendar_id = $1 AND a.starts_at >= $2 AND a.starts_at < $3",
        )
        .bind(calendar_id)
        .bind(from)
        .bind(to)
        .fetch_all(pool)
        .await?
    }))
}

/// How many appointments of a calendar between two instants ended in each status.
pub async fn outcome_counts(db: &Db, calendar_id: &str, from: i64, to: i64) -> Result<Vec<(String, i64)>, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query_as(
            "SELECT status, COUNT(*) FROM appointments WHERE calendar_id = $1 AND starts_at >= $2 \
             AND starts_at < $3 GROUP BY status ORDER BY status",
        )
        .bind(calendar_id)
        .bind(from)
        .bind(to)
        .fetch_all(pool)
        .await?
    }))
}

/// Changes an appointment's status if it is still `from`, inside the caller's transaction;
/// `false` when someone changed it first.
pub async fn set_status_in(tx: &mut Tx, id: &str, from: &str, to: &str, now: i64) -> Result<bool, StoreError> {
    Ok(on_tx!(tx, conn => {
        sqlx::query("UPDATE appointments SET status = $3, updated_at = $4 WHERE id = $1 AND status = $2")
            .bind(id)
            .bind(from)
            .bind(to)
            .bind(now)
            .execute(&mut *conn)
            .await?
            .rows_affected()
            == 1
    }))
}

/// Moves a booked appointment to another slot inside the caller's transaction (the reminders
/// are due again); `false` when it is no longer booked at `from`.
pub async fn move_in(tx: &mut Tx, id: &str, from: i64, to: i64, reserved: bool, now: i64) -> Result<bool, StoreError> {
    Ok(on_tx!(tx, conn => {
        sqlx::query(
            "UPDATE appointments SET starts_at = $3, reserved_place = $4, reminded_48h = FALSE, reminded_2h = FALSE, \
             updated_at = $5 WHERE id = $1 AND starts_at = $2 AND status = 'booked'",
        )
        .bind(id)
        .bind(from)
        .bind(to)
        .bind(reserved)
        .bind(now)
        .execute(&mut *conn)
        .await?
        .rows_affected()
            == 1
    }))
}

/// Queues messages inside the caller's transaction.
pub async fn queue_mails_in(tx: &mut Tx, mails: &[NewMail<'_>], now: i64) -> Result<(), StoreError> {
    on_tx!(tx, conn => {
        for m in mails {
            crate::mail::insert_mail!(conn, m, now)?;
        }
    });
    Ok(())
}

/// Booked appointments starting before `before` whose reminder of that kind is not sent yet
/// (`long`: two days before; otherwise two hours before).
pub async fn due_reminders(db: &Db, now: i64, before: i64, long: bool) -> Result<Vec<AppointmentRow>, StoreError> {
    let sql = if long {
        concat!(
            "SELECT ",
            appointment_columns!(),
            " FROM appointments WHERE status = 'booked' AND starts_at > $1 \
             AND starts_at <= $2 AND reminded_48h = FALSE ORDER BY starts_at LIMIT 500"
        )
    } else {
        concat!(
            "SELECT ",
            appointment_columns!(),
            " FROM appointments WHERE status = 'booked' AND starts_at > $1 \
             AND starts_at <= $2 AND reminded_2h = FALSE ORDER BY starts_at LIMIT 500"
        )
    };
    let rows: Vec<AppointmentTuple> = on_db!(read db, pool => {
        sqlx::query_as(sql).bind(now).bind(before).fetch_all(pool).await?
    });
    Ok(rows.into_iter().map(appointment).collect())
}

/// Marks a reminder sent and queues it, once (a guarded update: two nodes never send it twice).
pub async fn mark_reminded(db: &Db, id: &str, long: bool, mails: &[NewMail<'_>], now: i64) -> Result<bool, StoreError> {
    let sql = if long {
        "UPDATE appointments SET reminded_48h = TRUE, reminded_2h = (starts_at - $2 <= 7200000) \
         WHERE id = $1 AND reminded_48h = FALSE AND status = 'booked'"
    } else {
        "UPDATE appointments SET reminded_2h = TRUE, reminded_48h = TRUE WHERE id = $1 AND reminded_2h = FALSE \
         AND status = 'booked'"
    };
    let mut tx = db.begin().await?;
    let marked = on_tx!(&mut tx, conn => {
        sqlx::query(sql).bind(id).bind(now).execute(&mut *conn).await?.rows_affected() == 1
    });
    if marked {
        queue_mails_in(&mut tx, mails, now).await?;
    }
    tx.commit().await?;
    Ok(marked)
}

/// Puts a person on a calendar's waiting list (once).
pub async fn join_waitlist(
    db: &Db,
    id: &str,
    calendar_id: &str,
    account_id: &str,
    now: i64,
) -> Result<bool, StoreError> {
    Ok(on_db!(write db, pool => {
        sqlx::query(
            "INSERT INTO appointment_waitlist (id, calendar_id, account_id, created_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (calendar_id, account_id) DO UPDATE SET offered_at = NULL, created_at = $4",
        )
        .bind(id)
        .bind(calendar_id)
        .bind(account_id)
        .bind(now)
        .execute(pool)
        .await?
        .rows_affected()
            == 1
    }))
}

/// Whether the person waits for a place on the calendar (not offered one yet).
pub async fn is_waiting(db: &Db, calendar_id: &str, account_id: &str) -> Result<bool, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query("SELECT 1 FROM appointment_waitlist WHERE calendar_id = $1 AND account_id = $2 AND offered_at IS NULL")
            .bind(calendar_id)
            .bind(account_id)
            .fetch_optional(pool)
            .await?
            .is_some()
    }))
}

/// The first person waiting on a calendar (not yet offered a place), marked offered inside the
/// caller's transaction.
pub async fn offer_next_in(tx: &mut Tx, calendar_id: &str, now: i64) -> Result<Option<String>, StoreError> {
    Ok(on_tx!(tx, conn => {
        let next: Option<(String, String)> = sqlx::query_as(
            "SELECT id, account_id FROM appointment_waitlist WHERE calendar_id = $1 AND offered_at IS NULL \
             ORDER BY created_at, id LIMIT 1",
        )
        .bind(calendar_id)
        .fetch_optional(&mut *conn)
        .await?;
        match next {
            Some((id, account)) => {
                sqlx::query("UPDATE appointment_waitlist SET offered_at = $2 WHERE id = $1")
                    .bind(&id)
                    .bind(now)
                    .execute(&mut *conn)
                    .await?;
                Some(account)
            }
            None => None,
        }
    }))
}

/// Leaves a calendar's waiting list (after booking).
pub async fn leave_waitlist_in(tx: &mut Tx, calendar_id: &str, account_id: &str) -> Result<(), StoreError> {
    on_tx!(tx, conn => {
        sqlx::query("DELETE FROM appointment_waitlist WHERE calendar_id = $1 AND account_id = $2")
            .bind(calendar_id)
            .bind(account_id)
            .execute(&mut *conn)
            .await?;
    });
    Ok(())
}

/// Sets a person's calendar-feed token (its hash), replacing the former one.
pub async fn set_feed(db: &Db, account_id: &str, token_hash: &str, now: i64) -> Result<(), StoreError> {
    on_db!(write db, pool => {
        sqlx::query(
            "INSERT INTO calendar_feeds (account_id, token_hash, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (account_id) DO UPDATE SET token_hash = $2, created_at = $3",
        )
        .bind(account_id)
        .bind(token_hash)
        .bind(now)
        .execute(pool)
        .await?;
    });
    Ok(())
}

/// Whose calendar feed a token hash opens.
pub async fn feed_owner(db: &Db, token_hash: &str) -> Result<Option<String>, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query_scalar("SELECT account_id FROM calendar_feeds WHERE token_hash = $1")
            .bind(token_hash)
            .fetch_optional(pool)
            .await?
    }))
}

/// Whether the person has a calendar feed.
pub async fn has_feed(db: &Db, account_id: &str) -> Result<bool, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query("SELECT 1 FROM calendar_feeds WHERE account_id = $1").bind(account_id).fetch_optional(pool).await?.is_some()
    }))
}
