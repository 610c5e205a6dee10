//! Cases and their append-only history. Filing writes the case, its first event, its
//! attachments and the receipt mail in one transaction; a transition changes the case only if
//! it is still in the status the actor saw (no lost update between two agents) and appends its
//! event in the same transaction. Events are only ever inserted.

use nafida_domain::catalog::Phase;
use nafida_domain::flags::Flags;

use crate::mail::NewMail;
use crate::{Db, StoreError, Tx, on_db, on_tx};

/// A case as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseRow {
    /// Internal id.
    pub id: String,
    /// Public reference.
    pub reference: String,
    /// Procedure.
    pub procedure_id: String,
    /// Pinned version.
    pub procedure_version: i64,
    /// Applicant account.
    pub applicant_id: String,
    /// Responsible administration.
    pub org_id: String,
    /// Staff member working on it.
    pub assignee_id: Option<String>,
    /// Workflow status.
    pub status: String,
    /// Citizen-facing phase.
    pub phase: Phase,
    /// Flags (parsed from their stored text, which they remember for guarded updates).
    pub flags: Flags,
    /// Form values (JSON object).
    pub form_data: String,
    /// Filing instant.
    pub filed_at: i64,
    /// Maximum decision date (`YYYY-MM-DD`).
    pub due_date: String,
    /// Days the clock was stopped so far.
    pub stopped_days: i64,
    /// When the clock stopped, while waiting for the applicant.
    pub waiting_since: Option<i64>,
    /// Decision instant.
    pub decided_at: Option<i64>,
}

impl CaseRow {
    /// Its place within a due date in the queue: `0` then its id in the fast lane, `1` then
    /// its id otherwise (as stored, migration 0028): the second half of the queue's keyset.
    pub fn queue_key(&self) -> String {
        let lane = if self.flags.has(nafida_domain::flags::Flag::FastLane) { '0' } else { '1' };
        format!("{lane}{}", self.id)
    }
}

type Row = (
    String,
    String,
    String,
    i64,
    String,
    String,
    Option<String>,
    String,
    String,
    String,
    String,
    i64,
    String,
    i64,
    Option<i64>,
    Option<i64>,
);

macro_rules! select_cases {
    ($($rest:literal),+) => {
        concat!(
            "SELECT id, reference, procedure_id, procedure_version, applicant_id, org_id, assignee_id, status, phase, flags, ",
            "form_data, filed_at, due_date, stopped_days, waiting_since, decided_at FROM cases ",
            $($rest),+
        )
    };
}

fn case(r: Row) -> Result<CaseRow, StoreError> {
    let phase = Phase::parse(&r.8).ok_or_else(|| StoreError::Corrupt(format!("phase {:?} of case {}", r.8, r.0)))?;
    Ok(CaseRow {
        id: r.0,
        reference: r.1,
        procedure_id: r.2,
        procedure_version: r.3,
        applicant_id: r.4,
        org_id: r.5,
        assignee_id: r.6,
        status: r.7,
        phase,
        flags: Flags::parse(&r.9),
        form_data: r.10,
        filed_at: r.11,
        due_date: r.12,
        stopped_days: r.13,
        waiting_since: r.14,
        decided_at: r.15,
    })
}

/// A case to file.
#[derive(Debug)]
pub struct NewCase<'a> {
    /// Public reference.
    pub reference: &'a str,
    /// Procedure.
    pub procedure_id: &'a str,
    /// Version filed under.
    pub procedure_version: i64,
    /// Applicant.
    pub applicant_id: &'a str,
    /// Responsible administration.
    pub org_id: &'a str,
    /// Initial status.
    pub status: &'a str,
    /// Its phase.
    pub phase: Phase,
    /// Form values (JSON).
    pub form_data: &'a str,
    /// Maximum decision date.
    pub due_date: &'a str,
    /// Key of the form submission: a retry with the same key returns the same case.
    pub idempotency_key: &'a str,
    /// The person a mandated representative files for (the applicant account is then the
    /// representative).
    pub represented_name: Option<&'a str>,
    /// Flags at filing (`possible-duplicate`…), comma-separated.
    pub flags: &'a str,
    /// Another request of the same applicant this one is about.
    pub related_case_id: Option<&'a str>,
    /// The administration's clock starts stopped (the request waits for its payment).
    pub clock_stopped: bool,
    /// The SHA-256 of the e-Timbre code that pays it, recorded as used with it.
    pub etimbre_hash: Option<&'a str>,
    /// The MRE Services card that puts it in the fast lane, if its applicant holds one: the
    /// filing's history says so (the flag is in `flags`).
    pub fast_lane_card: Option<&'a str>,
    /// The owner's mandate an architect files under (used once, in the filing's transaction).
    pub mandate_id: Option<&'a str>,
}

/// A file attached to a case.
#[derive(Debug, Clone)]
pub struct NewAttachment {
    /// Catalogue document id.
    pub document_id: String,
    /// File-store key.
    pub file_key: String,
    /// Name as uploaded.
    pub filename: String,
    /// Media type, from the content.
    pub media_type: String,
    /// Size.
    pub size_bytes: i64,
}

/// Who did something.
#[derive(Debug, Clone)]
pub struct EventActor<'a> {
    /// Account (none for the platform itself).
    pub id: Option<&'a str>,
    /// `applicant`, `agent`, `supervisor`, `admin` or `system`.
    pub role: &'a str,
    /// Staff member's administration.
    pub org_id: Option<&'a str>,
}

/// An event to append.
#[derive(Debug, Clone)]
pub struct NewEvent<'a> {
    /// Who.
    pub actor: EventActor<'a>,
    /// `filed`, `transition`, `message`, `note`, `viewed`, `assigned`, `attachment`.
    pub kind: &'a str,
    /// Workflow action, for transitions.
    pub action: Option<&'a str>,
    /// Status before.
    pub from_status: Option<&'a str>,
    /// Status after.
    pub to_status: Option<&'a str>,
    /// Text (message, motivation, reason).
    pub body: Option<&'a str>,
    /// Visible to staff only.
    pub internal: bool,
}

impl<'a> NewEvent<'a> {
    /// An event that is not a transition (a message, a note, a view, an assignment…).
    pub fn other(actor: EventActor<'a>, kind: &'a str, body: Option<&'a str>, internal: bool) -> Self {
        NewEvent { actor, kind, action: None, from_status: None, to_status: None, body, internal }
    }
}

macro_rules! insert_event {
    ($tx:expr, $case_id:expr, $e:expr, $now:expr) => {
        sqlx::query(
            "INSERT INTO case_events (id, case_id, at, actor_id, actor_role, actor_org_id, kind, action, from_status, to_status, body, internal) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
        )
        .bind(uuid::Uuid::now_v7().to_string())
        .bind($case_id)
        .bind($now)
        .bind($e.actor.id)
        .bind($e.actor.role)
        .bind($e.actor.org_id)
        .bind($e.kind)
        .bind($e.action)
        .bind($e.from_status)
        .bind($e.to_status)
        .bind($e.body)
        .bind($e.internal)
        .execute(&mut *$tx)
        .await
    };
}
pub(crate) use insert_event;

macro_rules! insert_attachment {
    ($tx:expr, $case_id:expr, $a:expr, $by:expr, $now:expr) => {
        sqlx::query(
            "INSERT INTO case_attachments (id, case_id, document_id, file_key, filename, media_type, size_bytes, uploaded_by, uploaded_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(uuid::Uuid::now_v7().to_string())
        .bind($case_id)
        .bind(&$a.document_id)
        .bind(&$a.file_key)
        .bind(&$a.filename)
        .bind(&$a.media_type)
        .bind($a.size_bytes)
        .bind($by)
        .bind($now)
        .execute(&mut *$tx)
        .await
    };
}

/// The result of a filing.
#[derive(Debug, Clone)]
pub enum Filed {
    /// A new case.
    Created(CaseRow),
    /// The same submission was already filed: its case.
    AlreadyFiled(CaseRow),
}

/// Files a case with its first event, its attachments and the receipt mail, in one
/// transaction. A second submission with the same key returns the first case.
pub async fn file(
    db: &Db,
    new: &NewCase<'_>,
    attachments: &[NewAttachment],
    mails: &[NewMail<'_>],
    now: i64,
) -> Result<Filed, StoreError> {
    if let Some(existing) = by_idempotency_key(db, new.applicant_id, new.idempotency_key).await? {
        return Ok(Filed::AlreadyFiled(existing));
    }
    let id = uuid::Uuid::now_v7().to_string();
    let result: Result<(), sqlx::Error> = on_db!(write db, pool => {
        async {
            let mut tx = pool.begin().await?;
            sqlx::query(
                "INSERT INTO cases (id, reference, procedure_id, procedure_version, applicant_id, org_id, status, phase, form_data, \
                 filed_at, due_date, idempotency_key, updated_at, represented_name, flags, related_case_id, waiting_since, queue_key) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $10, $13, $14, $15, $16, \
                 CASE WHEN (',' || $14 || ',') LIKE '%,fast-lane,%' THEN '0' ELSE '1' END || $1)",
            )
            .bind(&id)
            .bind(new.reference)
            .bind(new.procedure_id)
            .bind(new.procedure_version)
            .bind(new.applicant_id)
            .bind(new.org_id)
            .bind(new.status)
            .bind(new.phase.as_str())
            .bind(new.form_data)
            .bind(now)
            .bind(new.due_date)
            .bind(new.idempotency_key)
            .bind(new.represented_name)
            .bind(new.flags)
            .bind(new.related_case_id)
            .bind(new.clock_stopped.then_some(now))
            .execute(&mut *tx)
            .await?;
            let filed = NewEvent {
                actor: EventActor { id: Some(new.applicant_id), role: "applicant", org_id: None },
                kind: "filed",
                action: None,
                from_status: None,
                to_status: Some(new.status),
                body: None,
                internal: false,
            };
            insert_event!(tx, &id, filed, now)?;
            if let Some(mandate) = new.mandate_id {
                let used = sqlx::query(
                    "UPDATE mandates SET case_id = $1 WHERE id = $2 AND architect_id = $3 AND case_id IS NULL AND revoked_at IS NULL",
                )
                .bind(&id)
                .bind(mandate)
                .bind(new.applicant_id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
                if used != 1 {
                    return Err(sqlx::Error::RowNotFound);
                }
            }
            if let Some(card) = new.fast_lane_card {
                let lane = NewEvent {
                    actor: EventActor { id: None, role: "system", org_id: Some(new.org_id) },
                    kind: "fast-lane-card",
                    action: None,
                    from_status: None,
                    to_status: None,
                    body: Some(card),
                    internal: false,
                };
                insert_event!(tx, &id, lane, now)?;
            }
            for a in attachments {
                insert_attachment!(tx, &id, a, new.applicant_id, now)?;
            }
            for m in mails {
                crate::mail::insert_mail!(tx, m, now)?;
            }
            if let Some(hash) = new.etimbre_hash {
                sqlx::query("INSERT INTO etimbre_uses (code_hash, case_id, used_at) VALUES ($1, $2, $3)")
                    .bind(hash)
                    .bind(&id)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await
        }
        .await
    });
    match result {
        Ok(()) => {
            by_reference(db, new.reference).await?.map(Filed::Created).ok_or(StoreError::NotFound("case just filed"))
        }
        // The mandate was used or revoked meanwhile.
        Err(sqlx::Error::RowNotFound) if new.mandate_id.is_some() => Err(StoreError::Conflict("mandate")),
        // A retry that raced the first submission.
        Err(e) if StoreError::is_unique_violation(&e) => {
            match by_idempotency_key(db, new.applicant_id, new.idempotency_key).await? {
                Some(existing) => Ok(Filed::AlreadyFiled(existing)),
                None if new.etimbre_hash.is_some() => Err(StoreError::Conflict("e-Timbre code")),
                None => Err(StoreError::Conflict("case reference")),
            }
        }
        Err(e) => Err(e.into()),
    }
}

/// Whether an e-Timbre code (its SHA-256) already paid a request.
pub async fn etimbre_used(db: &Db, code_hash: &str) -> Result<bool, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query("SELECT 1 FROM etimbre_uses WHERE code_hash = $1").bind(code_hash).fetch_optional(pool).await?.is_some()
    }))
}

/// The case a person filed with a form's key, if any.
pub async fn by_idempotency_key(db: &Db, applicant: &str, key: &str) -> Result<Option<CaseRow>, StoreError> {
    let row: Option<Row> = on_db!(read db, pool => {
        sqlx::query_as(select_cases!("WHERE applicant_id = $1 AND idempotency_key = $2"))
            .bind(applicant)
            .bind(key)
            .fetch_optional(pool)
            .await?
    });
    row.map(case).transpose()
}

/// The requests about a case (complaints about it), oldest first.
pub async fn related_to(db: &Db, case_id: &str) -> Result<Vec<CaseRow>, StoreError> {
    let rows: Vec<Row> = on_db!(read db, pool => {
        sqlx::query_as(select_cases!("WHERE related_case_id = $1 ORDER BY filed_at, id")).bind(case_id).fetch_all(pool).await?
    });
    rows.into_iter().map(case).collect()
}

/// The person a case was filed for by a representative, if any.
pub async fn represented_name(db: &Db, case_id: &str) -> Result<Option<String>, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query_scalar::<_, Option<String>>("SELECT represented_name FROM cases WHERE id = $1")
            .bind(case_id)
            .fetch_optional(pool)
            .await?
            .flatten()
    }))
}

/// Open cases of the same applicant, procedure and form values: what a new filing may
/// duplicate (references, oldest first).
pub async fn open_twins(
    db: &Db,
    applicant: &str,
    procedure_id: &str,
    form_data: &str,
    represented_name: Option<&str>,
) -> Result<Vec<String>, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query_scalar(
            "SELECT reference FROM cases WHERE applicant_id = $1 AND procedure_id = $2 AND form_data = $3 \
             AND COALESCE(represented_name, '') = $4 AND phase IN ('received', 'in-progress', 'waiting-for-you') \
             ORDER BY filed_at, id LIMIT 5",
        )
        .bind(applicant)
        .bind(procedure_id)
        .bind(form_data)
        .bind(represented_name.unwrap_or(""))
        .fetch_all(pool)
        .await?
    }))
}

/// A case by its public reference.
pub async fn by_reference(db: &Db, reference: &str) -> Result<Option<CaseRow>, StoreError> {
    let row: Option<Row> = on_db!(read db, pool => {
        sqlx::query_as(select_cases!("WHERE reference = $1")).bind(reference).fetch_optional(pool).await?
    });
    row.map(case).transpose()
}

/// Whether the applicant has a case of this procedure in this phase (one indexed look-up).
pub async fn has_in_phase(db: &Db, applicant: &str, procedure: &str, phase: &str) -> Result<bool, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query("SELECT 1 FROM cases WHERE applicant_id = $1 AND procedure_id = $2 AND phase = $3 LIMIT 1")
            .bind(applicant)
            .bind(procedure)
            .bind(phase)
            .fetch_optional(pool)
            .await?
            .is_some()
    }))
}

/// An applicant's cases, newest first, `limit` at a time after the keyset `(filed_at, id)`.
pub async fn for_applicant(
    db: &Db,
    applicant: &str,
    after: Option<(i64, &str)>,
    limit: i64,
) -> Result<Vec<CaseRow>, StoreError> {
    let (at, id) = after.unwrap_or((i64::MAX, ""));
    let rows: Vec<Row> = on_db!(read db, pool => {
        sqlx::query_as(select_cases!(
            "WHERE (applicant_id = $1 OR id IN (SELECT case_id FROM mandates WHERE owner_id = $1 AND case_id IS NOT NULL)) \
             AND (filed_at, id) < ($2, $3) ORDER BY filed_at DESC, id DESC LIMIT $4"
        ))
        .bind(applicant)
        .bind(at)
        .bind(if after.is_some() { id } else { "\u{10FFFF}" })
        .bind(limit)
        .fetch_all(pool)
        .await?
    });
    rows.into_iter().map(case).collect()
}

/// The counts a staff home shows for one administration.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QueueCounts {
    /// Open cases (received, in progress, waiting for the person).
    pub open: i64,
    /// Of which assigned to the reader.
    pub mine: i64,
    /// Whose clock runs and whose due date passed.
    pub overdue: i64,
    /// Whose clock runs and that are due within the window.
    pub due_soon: i64,
    /// Escalated to the supervisors or the cell.
    pub escalated: i64,
}

/// The counts of an administration's open cases: `today` and `soon` are `YYYY-MM-DD`.
pub async fn queue_counts(
    db: &Db,
    org_id: &str,
    reader: &str,
    today: &str,
    soon: &str,
) -> Result<QueueCounts, StoreError> {
    type Counts = (Option<i64>, Option<i64>, Option<i64>, Option<i64>, Option<i64>);
    let row: Counts = on_db!(read db, pool => {
        sqlx::query_as(
            "SELECT COUNT(*), \
             SUM(CASE WHEN assignee_id = $2 THEN 1 ELSE 0 END), \
             SUM(CASE WHEN waiting_since IS NULL AND due_date < $3 THEN 1 ELSE 0 END), \
             SUM(CASE WHEN waiting_since IS NULL AND due_date >= $3 AND due_date <= $4 THEN 1 ELSE 0 END), \
             SUM(CASE WHEN (',' || flags || ',') LIKE '%,escalated%' THEN 1 ELSE 0 END) \
             FROM cases WHERE org_id = $1 AND phase IN ('received', 'in-progress', 'waiting-for-you')",
        )
        .bind(org_id)
        .bind(reader)
        .bind(today)
        .bind(soon)
        .fetch_one(pool)
        .await?
    });
    Ok(QueueCounts {
        open: row.0.unwrap_or(0),
        mine: row.1.unwrap_or(0),
        overdue: row.2.unwrap_or(0),
        due_soon: row.3.unwrap_or(0),
        escalated: row.4.unwrap_or(0),
    })
}

/// What a queue shows.
#[derive(Debug, Clone, Copy, Default)]
pub struct QueueFilter<'a> {
    /// Only cases still open (received, in progress, waiting for the applicant).
    pub open_only: bool,
    /// Only cases assigned to this account.
    pub assignee: Option<&'a str>,
    /// Only cases whose clock runs and whose due date is in `[from, before)` (`YYYY-MM-DD`):
    /// overdue is `before = today`, due soon is `from = today, before = soon`.
    pub due_window: Option<(&'a str, &'a str)>,
    /// Only open cases carrying this flag: one of [`INDEXED_FLAGS`] (others are ignored).
    pub flag: Option<&'a str>,
    /// Only cases in this workflow status.
    pub status: Option<&'a str>,
}

/// The queue key of a case whose new flags are `$3`: `0` then its id in the fast lane, `1`
/// then its id otherwise (migration 0028).
#[macro_export]
macro_rules! queue_key_of_flags {
    () => {
        "CASE WHEN (',' || $3 || ',') LIKE '%,fast-lane,%' THEN '0' ELSE '1' END || id"
    };
}

/// The open cases a provincial cell follows: those of people living abroad (their profile's
/// country of residence is not Morocco) or escalated to the cell, handled by the
/// administrations below `province`, and those the cell filed for a visitor without an account
/// (wherever they are handled, until the visitor claims them); escalated to the cell first,
/// then by due date.
pub async fn followed(db: &Db, cell: &str, province: &str, limit: i64) -> Result<Vec<CaseRow>, StoreError> {
    let rows: Vec<Row> = on_db!(read db, pool => {
        sqlx::query_as(concat!(
            "WITH RECURSIVE sub(id) AS (SELECT id FROM orgs WHERE id = $1 \
             UNION ALL SELECT o.id FROM orgs o JOIN sub ON o.parent_id = sub.id) ",
            select_cases!(
                "WHERE phase IN ('received', 'in-progress', 'waiting-for-you') \
                 AND ((org_id IN (SELECT id FROM sub) \
                 AND ((',' || flags || ',') LIKE '%,escalated-cell,%' OR applicant_id IN (SELECT user_id FROM profiles \
                 WHERE residence_country IS NOT NULL AND residence_country <> '' AND residence_country <> 'MA'))) \
                 OR applicant_id IN (SELECT user_id FROM person_records WHERE org_id = $3 AND claimed_at IS NULL)) \
                 ORDER BY CASE WHEN (',' || flags || ',') LIKE '%,escalated-cell,%' THEN 0 ELSE 1 END, due_date, queue_key \
                 LIMIT $2"
            )
        ))
        .bind(province)
        .bind(limit)
        .bind(cell)
        .fetch_all(pool)
        .await?
    });
    rows.into_iter().map(case).collect()
}

/// The cases of the person records a cell opened and nobody claimed yet, newest first.
pub async fn of_unclaimed_records(db: &Db, cell: &str, limit: i64) -> Result<Vec<CaseRow>, StoreError> {
    let rows: Vec<Row> = on_db!(read db, pool => {
        sqlx::query_as(select_cases!(
            "WHERE applicant_id IN (SELECT user_id FROM person_records WHERE org_id = $1 AND claimed_at IS NULL) \
             ORDER BY filed_at DESC, id LIMIT $2"
        ))
        .bind(cell)
        .bind(limit)
        .fetch_all(pool)
        .await?
    });
    rows.into_iter().map(case).collect()
}

/// The requests decided since `since` by the administrations below `province`, in the fast
/// lane and not: `(fast lane, how many, their average days from filing to decision)`.
pub async fn lane_figures(db: &Db, province: &str, since: i64) -> Result<Vec<(bool, i64, f64)>, StoreError> {
    let rows: Vec<(i64, i64, f64)> = on_db!(read db, pool => {
        sqlx::query_as(
            "WITH RECURSIVE sub(id) AS (SELECT id FROM orgs WHERE id = $1 \
             UNION ALL SELECT o.id FROM orgs o JOIN sub ON o.parent_id = sub.id) \
             SELECT CAST(CASE WHEN (',' || flags || ',') LIKE '%,fast-lane,%' THEN 1 ELSE 0 END AS BIGINT) AS lane, COUNT(*), \
             CAST(AVG(CAST(decided_at - filed_at AS DOUBLE PRECISION)) / 86400000.0 AS DOUBLE PRECISION) \
             FROM cases WHERE org_id IN (SELECT id FROM sub) AND decided_at IS NOT NULL AND decided_at >= $2 \
             GROUP BY lane ORDER BY lane",
        )
        .bind(province)
        .bind(since)
        .fetch_all(pool)
        .await?
    });
    Ok(rows.into_iter().map(|(lane, n, days)| (lane == 1, n, days)).collect())
}

/// Flags the queue filters on, each with its partial index (migration 0009).
pub const INDEXED_FLAGS: &[&str] = &["escalated", "fast-lane", "possible-duplicate", "awaiting-payment"];

/// The statement of a flag filter: the flag's predicate written as its index's, so the index
/// is used (SQLite matches partial-index predicates by their text).
macro_rules! flag_queue {
    ($flag:literal) => {
        select_cases!(
            "WHERE org_id = $1 AND phase IN ('received', 'in-progress', 'waiting-for-you') \
             AND (',' || flags || ',') LIKE '%,",
            $flag,
            ",%' AND ($2 = '' OR assignee_id = $2) AND ($6 = '' OR status = $6) \
             AND (due_date, queue_key) > ($3, $4) ORDER BY due_date, queue_key LIMIT $5"
        )
    };
}

/// The queue of an administration, most urgent first (due date; within a day, the fast lane
/// first; then id), `limit` at a time after the keyset `(due_date, queue_key)` (see
/// [`CaseRow::queue_key`]). Each shape of filter is its own statement, so each uses
/// its index (open cases, running clocks) without a sort.
pub async fn queue(
    db: &Db,
    org_id: &str,
    filter: QueueFilter<'_>,
    after: Option<(&str, &str)>,
    limit: i64,
) -> Result<Vec<CaseRow>, StoreError> {
    let (due, id) = after.unwrap_or(("", ""));
    let assignee = filter.assignee.unwrap_or("");
    let flag_sql = match filter.flag {
        Some("escalated") => Some(flag_queue!("escalated")),
        Some("fast-lane") => Some(flag_queue!("fast-lane")),
        Some("possible-duplicate") => Some(flag_queue!("possible-duplicate")),
        Some("awaiting-payment") => Some(flag_queue!("awaiting-payment")),
        _ => None,
    };
    if let (Some(sql), None) = (flag_sql, filter.due_window) {
        let rows: Vec<Row> = on_db!(read db, pool => {
            sqlx::query_as(sql)
                .bind(org_id)
                .bind(assignee)
                .bind(due)
                .bind(id)
                .bind(limit)
                .bind(filter.status.unwrap_or(""))
                .fetch_all(pool)
                .await?
        });
        return rows.into_iter().map(case).collect();
    }
    let rows: Vec<Row> = match (filter.due_window, filter.open_only) {
        (Some((from, before)), _) => on_db!(read db, pool => {
            sqlx::query_as(select_cases!(
                "WHERE org_id = $1 AND phase IN ('received', 'in-progress') AND due_date >= $2 AND due_date < $3 \
                 AND ($4 = '' OR assignee_id = $4) AND (due_date, queue_key) > ($5, $6) ORDER BY due_date, queue_key LIMIT $7"
            ))
            .bind(org_id)
            .bind(from)
            .bind(before)
            .bind(assignee)
            .bind(due)
            .bind(id)
            .bind(limit)
            .fetch_all(pool)
            .await?
        }),
        (None, true) => on_db!(read db, pool => {
            sqlx::query_as(select_cases!(
                "WHERE org_id = $1 AND phase IN ('received', 'in-progress', 'waiting-for-you') \
                 AND ($2 = '' OR assignee_id = $2) AND ($6 = '' OR status = $6) AND (due_date, queue_key) > ($3, $4) \
                 ORDER BY due_date, queue_key LIMIT $5"
            ))
            .bind(org_id)
            .bind(assignee)
            .bind(due)
            .bind(id)
            .bind(limit)
            .bind(filter.status.unwrap_or(""))
            .fetch_all(pool)
            .await?
        }),
        (None, false) => on_db!(read db, pool => {
            sqlx::query_as(select_cases!(
                "WHERE org_id = $1 AND ($2 = '' OR assignee_id = $2) AND ($6 = '' OR status = $6) \
                 AND (due_date, queue_key) > ($3, $4) ORDER BY due_date, queue_key LIMIT $5"
            ))
            .bind(org_id)
            .bind(assignee)
            .bind(due)
            .bind(id)
            .bind(limit)
            .bind(filter.status.unwrap_or(""))
            .fetch_all(pool)
            .await?
        }),
    };
    rows.into_iter().map(case).collect()
}

/// An event as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventRow {
    /// When.
    pub at: i64,
    /// Account.
    pub actor_id: Option<String>,
    /// Role.
    pub actor_role: String,
    /// Staff member's administration.
    pub actor_org_id: Option<String>,
    /// Kind.
    pub kind: String,
    /// Action.
    pub action: Option<String>,
    /// Status before.
    pub from_status: Option<String>,
    /// Status after.
    pub to_status: Option<String>,
    /// Text.
    pub body: Option<String>,
    /// Staff only.
    pub internal: bool,
}

type EvRow = (
    i64,
    Option<String>,
    String,
    Option<String>,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    bool,
);

/// The history of a case, oldest first; internal notes only when asked.
pub async fn events(db: &Db, case_id: &str, include_internal: bool) -> Result<Vec<EventRow>, StoreError> {
    let rows: Vec<EvRow> = on_db!(read db, pool => {
        sqlx::query_as(
            "SELECT at, actor_id, actor_role, actor_org_id, kind, action, from_status, to_status, body, internal FROM case_events \
             WHERE case_id = $1 AND ($2 = TRUE OR internal = FALSE) ORDER BY at, id",
        )
        .bind(case_id)
        .bind(include_internal)
        .fetch_all(pool)
        .await?
    });
    Ok(rows
        .into_iter()
        .map(|r| EventRow {
            at: r.0,
            actor_id: r.1,
            actor_role: r.2,
            actor_org_id: r.3,
            kind: r.4,
            action: r.5,
            from_status: r.6,
            to_status: r.7,
            body: r.8,
            internal: r.9,
        })
        .collect())
}

/// Appends an event (a message, a note, a view) to a case.
pub async fn add_event(db: &Db, case_id: &str, event: &NewEvent<'_>, now: i64) -> Result<(), StoreError> {
    add_event_with_mail(db, case_id, event, &[], now).await
}

/// Appends an event and queues the messages that tell the person, in one transaction.
pub async fn add_event_with_mail(
    db: &Db,
    case_id: &str,
    event: &NewEvent<'_>,
    mails: &[NewMail<'_>],
    now: i64,
) -> Result<(), StoreError> {
    let mut tx = db.begin().await?;
    add_event_in(&mut tx, case_id, event, mails, now).await?;
    tx.commit().await
}

/// Appends an event and queues its messages inside the caller's transaction.
pub async fn add_event_in(
    tx: &mut Tx,
    case_id: &str,
    event: &NewEvent<'_>,
    mails: &[NewMail<'_>],
    now: i64,
) -> Result<(), StoreError> {
    on_tx!(tx, conn => {
        insert_event!(conn, case_id, event, now)?;
        for m in mails {
            crate::mail::insert_mail!(conn, m, now)?;
        }
    });
    Ok(())
}

/// Appends an event with the files it brings (corrected plans), in one transaction, while the
/// case is in `status` (false, and nothing written, once it moved on).
pub async fn add_files(
    db: &Db,
    case_id: &str,
    status: &str,
    event: &NewEvent<'_>,
    attachments: &[NewAttachment],
    now: i64,
) -> Result<bool, StoreError> {
    let mut tx = db.begin().await?;
    let written = on_tx!(&mut tx, conn => {
        let still = sqlx::query("UPDATE cases SET updated_at = $3 WHERE id = $1 AND status = $2")
            .bind(case_id)
            .bind(status)
            .bind(now)
            .execute(&mut *conn)
            .await?
            .rows_affected();
        if still == 1 {
            insert_event!(conn, case_id, event, now)?;
            for a in attachments {
                insert_attachment!(conn, case_id, a, event.actor.id, now)?;
            }
        }
        still == 1
    });
    if written {
        tx.commit().await?;
    }
    Ok(written)
}

/// A meeting of the commission a file is examined in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    /// When it starts.
    pub at: i64,
    /// Where.
    pub place: String,
}

/// Schedules (or moves) the commission's meeting of a case, with its event and the messages
/// telling the person, in one transaction.
pub async fn schedule_meeting(
    db: &Db,
    case_id: &str,
    meeting: &Meeting,
    by: &str,
    event: &NewEvent<'_>,
    mails: &[NewMail<'_>],
    now: i64,
) -> Result<(), StoreError> {
    let mut tx = db.begin().await?;
    on_tx!(&mut tx, conn => {
        sqlx::query(
            "INSERT INTO commission_meetings (case_id, at, place, scheduled_by, scheduled_at) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (case_id) DO UPDATE SET at = excluded.at, place = excluded.place, \
             scheduled_by = excluded.scheduled_by, scheduled_at = excluded.scheduled_at",
        )
        .bind(case_id)
        .bind(meeting.at)
        .bind(&meeting.place)
        .bind(by)
        .bind(now)
        .execute(&mut *conn)
        .await?;
        insert_event!(conn, case_id, event, now)?;
        for m in mails {
            crate::mail::insert_mail!(conn, m, now)?;
        }
    });
    tx.commit().await
}

/// The commission's meeting of a case, once scheduled.
pub async fn meeting_of(db: &Db, case_id: &str) -> Result<Option<Meeting>, StoreError> {
    let row: Option<(i64, String)> = on_db!(read db, pool => {
        sqlx::query_as("SELECT at, place FROM commission_meetings WHERE case_id = $1").bind(case_id).fetch_optional(pool).await?
    });
    Ok(row.map(|(at, place)| Meeting { at, place }))
}

/// An entry of a person's inbox: an event written by an administration (or the platform) on
/// one of their cases.
#[derive(Debug, Clone)]
pub struct InboxEntry {
    /// The case's reference.
    pub reference: String,
    /// The case's procedure.
    pub procedure_id: String,
    /// The version it was filed under.
    pub procedure_version: i64,
    /// The event.
    pub event: EventRow,
}

/// A person's inbox, newest first: every event others wrote on their cases, across
/// administrations.
pub async fn inbox(db: &Db, applicant: &str, limit: i64) -> Result<Vec<InboxEntry>, StoreError> {
    type InRow = (
        String,
        String,
        i64,
        i64,
        Option<String>,
        String,
        Option<String>,
        String,
        Option<String>,
        Option<String>,
        Option<String>,
        Option<String>,
        bool,
    );
    let rows: Vec<InRow> = on_db!(read db, pool => {
        sqlx::query_as(
            "SELECT c.reference, c.procedure_id, c.procedure_version, e.at, e.actor_id, e.actor_role, e.actor_org_id, e.kind, e.action, e.from_status,              e.to_status, e.body, e.internal FROM case_events e JOIN cases c ON c.id = e.case_id              WHERE (c.applicant_id = $1 OR c.id IN (SELECT case_id FROM mandates WHERE owner_id = $1 AND case_id IS NOT NULL)) AND e.internal = FALSE AND e.actor_role <> 'applicant'              AND e.kind IN ('transition', 'message', 'escalated', 'transferred', 'extended', 'fast-lane', 'document-issued', 'document-revoked', 'registered', 'no-act-match', 'posted') ORDER BY e.at DESC, e.id DESC LIMIT $2",
        )
        .bind(applicant)
        .bind(limit)
        .fetch_all(pool)
        .await?
    });
    Ok(rows
        .into_iter()
        .map(|r| InboxEntry {
            reference: r.0,
            procedure_id: r.1,
            procedure_version: r.2,
            event: EventRow {
                at: r.3,
                actor_id: r.4,
                actor_role: r.5,
                actor_org_id: r.6,
                kind: r.7,
                action: r.8,
                from_status: r.9,
                to_status: r.10,
                body: r.11,
                internal: r.12,
            },
        })
        .collect())
}

/// When the person last opened their inbox.
pub async fn inbox_read_at(db: &Db, user_id: &str) -> Result<i64, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query_scalar("SELECT inbox_read_at FROM users WHERE id = $1").bind(user_id).fetch_optional(pool).await?.unwrap_or(0)
    }))
}

/// Marks the inbox read up to `now`.
pub async fn mark_inbox_read(db: &Db, user_id: &str, now: i64) -> Result<(), StoreError> {
    on_db!(write db, pool => {
        sqlx::query("UPDATE users SET inbox_read_at = $2 WHERE id = $1").bind(user_id).bind(now).execute(pool).await?;
    });
    Ok(())
}

/// An attachment as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentRow {
    /// Id.
    pub id: String,
    /// Catalogue document id.
    pub document_id: String,
    /// File-store key.
    pub file_key: String,
    /// Name as uploaded.
    pub filename: String,
    /// Media type.
    pub media_type: String,
    /// Size.
    pub size_bytes: i64,
    /// When.
    pub uploaded_at: i64,
}

/// The files of a case.
pub async fn attachments(db: &Db, case_id: &str) -> Result<Vec<AttachmentRow>, StoreError> {
    let rows: Vec<(String, String, String, String, String, i64, i64)> = on_db!(read db, pool => {
        sqlx::query_as(
            "SELECT id, document_id, file_key, filename, media_type, size_bytes, uploaded_at FROM case_attachments \
             WHERE case_id = $1 ORDER BY uploaded_at, id",
        )
        .bind(case_id)
        .fetch_all(pool)
        .await?
    });
    Ok(rows
        .into_iter()
        .map(|r| AttachmentRow {
            id: r.0,
            document_id: r.1,
            file_key: r.2,
            filename: r.3,
            media_type: r.4,
            size_bytes: r.5,
            uploaded_at: r.6,
        })
        .collect())
}

/// What a transition changes.
#[derive(Debug, Clone)]
pub struct Change<'a> {
    /// The status the actor saw; the change happens only if the case is still in it.
    pub from_status: &'a str,
    /// New status.
    pub to_status: &'a str,
    /// Its phase.
    pub to_phase: Phase,
    /// Clock stop start (`None` clears it).
    pub waiting_since: Option<i64>,
    /// Days stopped so far.
    pub stopped_days: i64,
    /// Maximum decision date.
    pub due_date: String,
    /// Decision instant, for final statuses.
    pub decided_at: Option<i64>,
}

/// Applies a transition with its event, attachments and mail inside the caller's transaction;
/// false (and nothing written) when the case is no longer in `from_status`.
pub async fn transition_in(
    tx: &mut Tx,
    case_id: &str,
    change: &Change<'_>,
    event: &NewEvent<'_>,
    attachments: &[NewAttachment],
    mails: &[NewMail<'_>],
    now: i64,
) -> Result<bool, StoreError> {
    Ok(on_tx!(tx, conn => {
        let updated = sqlx::query(
            "UPDATE cases SET status = $3, phase = $4, waiting_since = $5, stopped_days = $6, due_date = $7, \
             decided_at = COALESCE($8, decided_at), updated_at = $9 WHERE id = $1 AND status = $2",
        )
        .bind(case_id)
        .bind(change.from_status)
        .bind(change.to_status)
        .bind(change.to_phase.as_str())
        .bind(change.waiting_since)
        .bind(change.stopped_days)
        .bind(&change.due_date)
        .bind(change.decided_at)
        .bind(now)
        .execute(&mut *conn)
        .await?
        .rows_affected();
        if updated != 1 {
            false
        } else {
            insert_event!(conn, case_id, event, now)?;
            for a in attachments {
                insert_attachment!(conn, case_id, a, event.actor.id, now)?;
            }
            for m in mails {
                crate::mail::insert_mail!(conn, m, now)?;
            }
            true
        }
    }))
}

/// Assigns a case (or releases it with `None`), with its event.
pub async fn assign(
    db: &Db,
    case_id: &str,
    assignee: Option<&str>,
    event: &NewEvent<'_>,
    now: i64,
) -> Result<(), StoreError> {
    on_db!(write db, pool => {
        let mut tx = pool.begin().await?;
        sqlx::query("UPDATE cases SET assignee_id = $2, updated_at = $3 WHERE id = $1")
            .bind(case_id)
            .bind(assignee)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        insert_event!(tx, case_id, event, now)?;
        tx.commit().await?;
    });
    Ok(())
}

/// Open cases whose clock runs (not waiting for the applicant nor for a payment), by id after
/// `after`, for the deadline job.
pub async fn running_clock(db: &Db, after: &str, limit: i64) -> Result<Vec<CaseRow>, StoreError> {
    let rows: Vec<Row> = on_db!(read db, pool => {
        sqlx::query_as(select_cases!("WHERE phase IN ('received', 'in-progress') AND waiting_since IS NULL AND id > $1 ORDER BY id LIMIT $2"))
            .bind(after)
            .bind(limit)
            .fetch_all(pool)
            .await?
    });
    rows.into_iter().map(case).collect()
}

/// Cases in a workflow status, by id after `after` (for the job that closes answered
/// complaints).
pub async fn in_status(db: &Db, status: &str, after: &str, limit: i64) -> Result<Vec<CaseRow>, StoreError> {
    let rows: Vec<Row> = on_db!(read db, pool => {
        sqlx::query_as(select_cases!("WHERE status = $1 AND id > $2 ORDER BY id LIMIT $3"))
            .bind(status)
            .bind(after)
            .bind(limit)
            .fetch_all(pool)
            .await?
    });
    rows.into_iter().map(case).collect()
}

/// Open cases (received, in progress), in id order after `after`: the ones whose clock runs.
pub async fn running(db: &Db, after: &str, limit: i64) -> Result<Vec<CaseRow>, StoreError> {
    let rows: Vec<Row> = on_db!(read db, pool => {
        sqlx::query_as(select_cases!(
            "WHERE phase IN ('received', 'in-progress') AND waiting_since IS NULL AND id > $1 ORDER BY id LIMIT $2"
        ))
        .bind(after)
        .bind(limit)
        .fetch_all(pool)
        .await?
    });
    rows.into_iter().map(case).collect()
}

/// Moves a case's due date (the holidays changed) if it is still `expected`, with the event
/// the person sees, together.
pub async fn move_due_date(
    db: &Db,
    case_id: &str,
    expected: &str,
    due: &str,
    event: &NewEvent<'_>,
    now: i64,
) -> Result<bool, StoreError> {
    on_db!(write db, pool => {
        let mut tx = pool.begin().await?;
        let moved = sqlx::query("UPDATE cases SET due_date = $3, updated_at = $4 WHERE id = $1 AND due_date = $2")
            .bind(case_id)
            .bind(expected)
            .bind(due)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected()
            == 1;
        if moved {
            insert_event!(&mut *tx, case_id, event, now)?;
        }
        tx.commit().await?;
        Ok(moved)
    })
}

/// One guarded change of one case: `sql` updates the case whose id is `$1` only if a column
/// still holds `$2`, setting `$3` (and `updated_at` to `$4`).
struct Guarded<'a> {
    sql: &'static str,
    expected: &'a str,
    new: &'a str,
}

/// Applies a guarded change and, if it happened, appends the event and queues the mails in the
/// same transaction. Returns whether the case changed.
async fn guarded_update(
    db: &Db,
    case_id: &str,
    change: Guarded<'_>,
    event: Option<&NewEvent<'_>>,
    mails: &[NewMail<'_>],
    now: i64,
) -> Result<bool, StoreError> {
    Ok(on_db!(write db, pool => {
        let mut tx = pool.begin().await?;
        let n = sqlx::query(change.sql)
            .bind(case_id)
            .bind(change.expected)
            .bind(change.new)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if n == 1 {
            if let Some(e) = event {
                insert_event!(tx, case_id, e, now)?;
            }
            for m in mails {
                crate::mail::insert_mail!(tx, m, now)?;
            }
            tx.commit().await?;
            true
        } else {
            tx.rollback().await?;
            false
        }
    }))
}

/// Replaces the flags of a case if they are still `old` (so two nodes running the deadline job
/// at once write each change once), appending `event` and queueing `mails` in the same
/// transaction.
pub async fn set_flags(
    db: &Db,
    case_id: &str,
    old: &str,
    new: &str,
    event: Option<&NewEvent<'_>>,
    mails: &[NewMail<'_>],
    now: i64,
) -> Result<bool, StoreError> {
    let sql = concat!(
        "UPDATE cases SET flags = $3, updated_at = $4, queue_key = ",
        queue_key_of_flags!(),
        " WHERE id = $1 AND flags = $2"
    );
    guarded_update(db, case_id, Guarded { sql, expected: old, new }, event, mails, now).await
}

/// Moves a case to another administration (unassigned there), if it is still at `from_org`,
/// with its event.
pub async fn transfer(
    db: &Db,
    case_id: &str,
    from_org: &str,
    to_org: &str,
    event: &NewEvent<'_>,
    now: i64,
) -> Result<bool, StoreError> {
    let sql = "UPDATE cases SET org_id = $3, assignee_id = NULL, updated_at = $4 WHERE id = $1 AND org_id = $2";
    guarded_update(db, case_id, Guarded { sql, expected: from_org, new: to_org }, Some(event), &[], now).await
}

/// An opinion asked of an administration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opinion {
    /// Id.
    pub id: String,
    /// The case.
    pub case_id: String,
    /// The administration asked.
    pub org_id: String,
    /// What is asked.
    pub question: String,
    /// Its own deadline.
    pub due_date: String,
    /// `favourable`, `reserves` or `unfavourable`, once given.
    pub verdict: Option<String>,
    /// The opinion's text.
    pub answer: Option<String>,
    /// `opinion`, or `coordination` (the provincial cell's request to the administration).
    pub kind: String,
    /// The administration that asked, when it is not the case's (the cell).
    pub asker_org_id: Option<String>,
    /// A commission's binding opinion: unfavourable, it blocks approval.
    pub binding: bool,
    /// When it was asked.
    pub requested_at: i64,
    /// When it was given.
    pub answered_at: Option<i64>,
}

type OpRow = (
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    String,
    Option<String>,
    bool,
    i64,
    Option<i64>,
);

/// The columns of an opinion.
const OPINION_COLUMNS: &str =
    "id, case_id, org_id, question, due_date, verdict, answer, kind, asker_org_id, binding, requested_at, answered_at";

fn opinion(r: OpRow) -> Opinion {
    Opinion {
        id: r.0,
        case_id: r.1,
        org_id: r.2,
        question: r.3,
        due_date: r.4,
        verdict: r.5,
        answer: r.6,
        kind: r.7,
        asker_org_id: r.8,
        binding: r.9,
        requested_at: r.10,
        answered_at: r.11,
    }
}

/// An opinion to ask.
#[derive(Debug, Clone, Copy)]
pub struct OpinionRequest<'a> {
    /// The case.
    pub case_id: &'a str,
    /// The administration asked.
    pub org_id: &'a str,
    /// Who asks (none for a partner system).
    pub requested_by: Option<&'a str>,
    /// What is asked.
    pub question: &'a str,
    /// Its deadline.
    pub due_date: &'a str,
    /// `opinion` or `coordination`.
    pub kind: &'a str,
    /// The administration asking, when it is not the case's (the cell).
    pub asker_org_id: Option<&'a str>,
}

/// Asks an administration for an opinion, with the case's event, in one transaction.
pub async fn ask_opinion(
    db: &Db,
    ask: &OpinionRequest<'_>,
    event: &NewEvent<'_>,
    now: i64,
) -> Result<String, StoreError> {
    let (case_id, org_id, requested_by, question, due_date) =
        (ask.case_id, ask.org_id, ask.requested_by, ask.question, ask.due_date);
    let id = uuid::Uuid::now_v7().to_string();
    on_db!(write db, pool => {
        let mut tx = pool.begin().await?;
        sqlx::query(
            "INSERT INTO case_opinions (id, case_id, org_id, requested_by, question, due_date, requested_at, kind, asker_org_id) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(&id)
        .bind(case_id)
        .bind(org_id)
        .bind(requested_by)
        .bind(question)
        .bind(due_date)
        .bind(now)
        .bind(ask.kind)
        .bind(ask.asker_org_id)
        .execute(&mut *tx)
        .await?;
        insert_event!(tx, case_id, event, now)?;
        tx.commit().await?;
    });
    Ok(id)
}

/// A commission's opinion to ask inside a transition's transaction.
#[derive(Debug, Clone, Copy)]
pub struct CommissionAsk<'a> {
    /// The body asked.
    pub org_id: &'a str,
    /// What is asked.
    pub question: &'a str,
    /// Its deadline (`YYYY-MM-DD`).
    pub due_date: &'a str,
    /// Whether its opinion binds the decision.
    pub binding: bool,
}

/// Asks the bodies of a commission for their opinions inside the caller's transaction, each
/// with its event in the case's history.
pub async fn ask_commission_in(
    tx: &mut Tx,
    case_id: &str,
    requested_by: Option<&str>,
    asks: &[(CommissionAsk<'_>, NewEvent<'_>)],
    now: i64,
) -> Result<(), StoreError> {
    on_tx!(tx, conn => {
        for (ask, event) in asks {
            sqlx::query(
                "INSERT INTO case_opinions (id, case_id, org_id, requested_by, question, due_date, requested_at, kind, binding) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, 'opinion', $8)",
            )
            .bind(uuid::Uuid::now_v7().to_string())
            .bind(case_id)
            .bind(ask.org_id)
            .bind(requested_by)
            .bind(ask.question)
            .bind(ask.due_date)
            .bind(now)
            .bind(ask.binding)
            .execute(&mut *conn)
            .await?;
            insert_event!(conn, case_id, event, now)?;
        }
    });
    Ok(())
}

/// Gives an opinion (once), with the case's event, in one transaction; false if it was given.
pub async fn give_opinion(
    db: &Db,
    opinion_id: &str,
    verdict: &str,
    answer: &str,
    by: Option<&str>,
    event: &NewEvent<'_>,
    now: i64,
) -> Result<bool, StoreError> {
    let case_id: Option<String> = on_db!(read db, pool => {
        sqlx::query_scalar("SELECT case_id FROM case_opinions WHERE id = $1").bind(opinion_id).fetch_optional(pool).await?
    });
    let Some(case_id) = case_id else { return Ok(false) };
    Ok(on_db!(write db, pool => {
        let mut tx = pool.begin().await?;
        let n = sqlx::query(
            "UPDATE case_opinions SET verdict = $2, answer = $3, answered_by = $4, answered_at = $5 WHERE id = $1 AND answered_at IS NULL",
        )
        .bind(opinion_id)
        .bind(verdict)
        .bind(answer)
        .bind(by)
        .bind(now)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n == 1 {
            insert_event!(tx, &case_id, event, now)?;
            tx.commit().await?;
            true
        } else {
            tx.rollback().await?;
            false
        }
    }))
}

/// The opinions of a case.
pub async fn opinions_of(db: &Db, case_id: &str) -> Result<Vec<Opinion>, StoreError> {
    let rows: Vec<OpRow> = on_db!(read db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {OPINION_COLUMNS} FROM case_opinions WHERE case_id = $1 ORDER BY requested_at, id")))
            .bind(case_id)
            .fetch_all(pool)
            .await?
    });
    Ok(rows.into_iter().map(opinion).collect())
}

/// One opinion.
pub async fn opinion_by_id(db: &Db, id: &str) -> Result<Option<Opinion>, StoreError> {
    let row: Option<OpRow> = on_db!(read db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {OPINION_COLUMNS} FROM case_opinions WHERE id = $1")))
            .bind(id)
            .fetch_optional(pool)
            .await?
    });
    Ok(row.map(opinion))
}

/// An opinion an administration still owes, with what a list shows of its case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingOpinion {
    /// The opinion's id.
    pub id: String,
    /// Its deadline.
    pub due_date: String,
    /// The case's reference.
    pub reference: String,
    /// The case's procedure and version.
    pub procedure: (String, i64),
    /// The administration that asked (the case's, or the cell for a coordination request).
    pub asked_by: String,
    /// `opinion` or `coordination`.
    pub kind: String,
}

/// Opinions an administration still owes, most urgent first, with their cases (one query).
pub async fn pending_opinions(db: &Db, org_id: &str) -> Result<Vec<PendingOpinion>, StoreError> {
    let rows: Vec<(String, String, String, String, i64, String, String)> = on_db!(read db, pool => {
        sqlx::query_as(
            "SELECT o.id, o.due_date, c.reference, c.procedure_id, c.procedure_version, COALESCE(o.asker_org_id, c.org_id), o.kind \
             FROM case_opinions o \
             JOIN cases c ON c.id = o.case_id WHERE o.org_id = $1 AND o.answered_at IS NULL ORDER BY o.due_date, o.id LIMIT 200",
        )
        .bind(org_id)
        .fetch_all(pool)
        .await?
    });
    Ok(rows
        .into_iter()
        .map(|r| PendingOpinion {
            id: r.0,
            due_date: r.1,
            reference: r.2,
            procedure: (r.3, r.4),
            asked_by: r.5,
            kind: r.6,
        })
        .collect())
}

/// A case by its internal id.
pub async fn by_id(db: &Db, id: &str) -> Result<Option<CaseRow>, StoreError> {
    let row: Option<Row> = on_db!(read db, pool => {
        sqlx::query_as(select_cases!("WHERE id = $1")).bind(id).fetch_optional(pool).await?
    });
    row.map(case).transpose()
}

/// Replaces the form of a case (the person corrected it), if it is still `old_form`, with its
/// event.
pub async fn correct_form(
    db: &Db,
    case_id: &str,
    old_form: &str,
    new_form: &str,
    event: &NewEvent<'_>,
    now: i64,
) -> Result<bool, StoreError> {
    let sql = "UPDATE cases SET form_data = $3, updated_at = $4 WHERE id = $1 AND form_data = $2";
    guarded_update(db, case_id, Guarded { sql, expected: old_form, new: new_form }, Some(event), &[], now).await
}

/// Moves the due date of a case (an extension), if it is still `expected_due`, with its event.
pub async fn extend(
    db: &Db,
    case_id: &str,
    expected_due: &str,
    new_due: &str,
    event: &NewEvent<'_>,
    now: i64,
) -> Result<bool, StoreError> {
    let sql = "UPDATE cases SET due_date = $3, updated_at = $4 WHERE id = $1 AND due_date = $2";
    guarded_update(db, case_id, Guarded { sql, expected: expected_due, new: new_due }, Some(event), &[], now).await
}

/// How many cases the database holds.
pub async fn count(db: &Db) -> Result<i64, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query_scalar("SELECT COUNT(*) FROM cases").fetch_one(pool).await?
    }))
}
