//! The outbox of mails and text messages. A message is rendered (in its recipient's language)
//! and written in the same transaction as what caused it; a worker per channel, on any node,
//! claims due messages with a lease, sends them, and records the delivery status, retrying
//! with back-off.

use crate::{Backend, Db, StoreError, on_db};

/// E-mail, the default channel.
pub const EMAIL: &str = "email";
/// Text message (SMS): the recipient is a phone number, only the text is sent.
pub const SMS: &str = "sms";

/// A rendered mail (or text message) to queue.
#[derive(Debug)]
pub struct NewMail<'a> {
    /// [`EMAIL`] or [`SMS`].
    pub channel: &'a str,
    /// Recipient: an address, or a phone number for a text message.
    pub to: &'a str,
    /// Language it is written in.
    pub lang: &'a str,
    /// Subject.
    pub subject: &'a str,
    /// Plain-text body.
    pub text: &'a str,
    /// HTML body.
    pub html: &'a str,
    /// One attachment (an appointment's calendar entry), or none.
    pub attachment: Option<&'a Attachment>,
}

/// A file attached to a mail: its name, media type and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    /// File name (`appointment.ics`).
    pub name: String,
    /// Media type (`text/calendar`).
    pub media_type: String,
    /// Its text.
    pub body: String,
}

/// The reserved domain (RFC 2606) of the addresses nobody reads: a person record's (a visitor
/// without an account). A mail to an address under it is never queued.
pub const UNREAD_DOMAIN: &str = ".invalid";

/// Inserts a mail inside an open transaction (none for an address under [`UNREAD_DOMAIN`]).
macro_rules! insert_mail {
    ($tx:expr, $m:expr, $now:expr) => {
        sqlx::query(
            "INSERT INTO mail_outbox (id, to_addr, lang, subject, text_body, html_body, status, next_attempt_at, created_at, channel, \
             attachment_name, attachment_type, attachment_body) \
             SELECT $1, $2, $3, $4, $5, $6, 'pending', $7, $7, $8, $9, $10, $11 WHERE LOWER($2) NOT LIKE '%.invalid'",
        )
        .bind(uuid::Uuid::now_v7().to_string())
        .bind($m.to)
        .bind($m.lang)
        .bind($m.subject)
        .bind($m.text)
        .bind($m.html)
        .bind($now)
        .bind($m.channel)
        .bind($m.attachment.map(|a| a.name.as_str()))
        .bind($m.attachment.map(|a| a.media_type.as_str()))
        .bind($m.attachment.map(|a| a.body.as_str()))
        .execute(&mut *$tx)
        .await
    };
}
pub(crate) use insert_mail;

/// Queues one mail on its own.
pub async fn enqueue(db: &Db, mail: &NewMail<'_>, now: i64) -> Result<(), StoreError> {
    on_db!(write db, pool => {
        let mut tx = pool.begin().await?;
        insert_mail!(tx, mail, now)?;
        tx.commit().await?;
    });
    Ok(())
}

/// A queued mail.
#[derive(Debug, Clone)]
pub struct QueuedMail {
    /// Identifier.
    pub id: String,
    /// Recipient.
    pub to: String,
    /// Language.
    pub lang: String,
    /// Subject.
    pub subject: String,
    /// Plain text.
    pub text: String,
    /// HTML.
    pub html: String,
    /// pending, sent or failed.
    pub status: String,
    /// Attempts so far.
    pub attempts: i64,
    /// When it was queued.
    pub created_at: i64,
    /// Its attachment, if any.
    pub attachment: Option<Attachment>,
}

type MailRow =
    (String, String, String, String, String, String, String, i64, i64, Option<String>, Option<String>, Option<String>);

/// The columns of a [`MailRow`].
macro_rules! columns {
    () => {
        "id, to_addr, lang, subject, text_body, html_body, status, attempts, created_at, \
         attachment_name, attachment_type, attachment_body"
    };
}

fn queued(r: MailRow) -> QueuedMail {
    let (id, to, lang, subject, text, html, status, attempts, created_at, name, media_type, body) = r;
    let attachment = match (name, media_type, body) {
        (Some(name), Some(media_type), Some(body)) => Some(Attachment { name, media_type, body }),
        _ => None,
    };
    QueuedMail { id, to, lang, subject, text, html, status, attempts, created_at, attachment }
}

/// Claims up to `limit` due messages of a channel for `lease_ms`; another node will not take
/// them meanwhile. PostgreSQL skips rows other nodes have locked; SQLite has a single writer.
pub async fn claim_due(
    db: &Db,
    channel: &str,
    now: i64,
    lease_ms: i64,
    limit: i64,
) -> Result<Vec<QueuedMail>, StoreError> {
    let ids_sql = match db.backend() {
        Backend::Postgres(_) => {
            "SELECT id FROM mail_outbox WHERE channel = $4 AND status = 'pending' AND next_attempt_at <= $1 \
             AND (locked_until IS NULL OR locked_until <= $1) ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED"
        }
        Backend::Sqlite { .. } => {
            "SELECT id FROM mail_outbox WHERE channel = $4 AND status = 'pending' AND next_attempt_at <= $1 \
             AND (locked_until IS NULL OR locked_until <= $1) ORDER BY next_attempt_at LIMIT $3"
        }
    };
    let rows: Vec<MailRow> = on_db!(write db, pool => {
        let mut tx = pool.begin().await?;
        let ids: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(ids_sql))
            .bind(now)
            .bind(now + lease_ms)
            .bind(limit)
            .bind(channel)
            .fetch_all(&mut *tx)
            .await?;
        let mut rows = Vec::with_capacity(ids.len());
        for id in ids {
            let row: MailRow = sqlx::query_as(
                "UPDATE mail_outbox SET locked_until = $2 WHERE id = $1 \
                 RETURNING \
                 id, to_addr, lang, subject, text_body, html_body, status, attempts, created_at, \
                 attachment_name, attachment_type, attachment_body",
            )
            .bind(&id)
            .bind(now + lease_ms)
            .fetch_one(&mut *tx)
            .await?;
            rows.push(row);
        }
        tx.commit().await?;
        rows
    });
    Ok(rows.into_iter().map(queued).collect())
}

/// Records a delivery.
pub async fn mark_sent(db: &Db, id: &str, now: i64) -> Result<(), StoreError> {
    on_db!(write db, pool => {
        sqlx::query(
            "UPDATE mail_outbox SET status = 'sent', sent_at = $2, attempts = attempts + 1, locked_until = NULL, last_error = NULL WHERE id = $1",
        )
        .bind(id)
        .bind(now)
        .execute(pool)
        .await?;
    });
    Ok(())
}

/// Most attempts before a mail is marked failed.
pub const MAX_ATTEMPTS: i64 = 8;

/// Records a failed attempt: retried after a back-off (30 s, 1 min, 2 min … ) until
/// [`MAX_ATTEMPTS`], then marked failed. `error` must hold no personal data.
pub async fn mark_attempt_failed(
    db: &Db,
    id: &str,
    attempts_before: i64,
    error: &str,
    now: i64,
) -> Result<(), StoreError> {
    let attempts = attempts_before + 1;
    let status = if attempts >= MAX_ATTEMPTS { "failed" } else { "pending" };
    let backoff = 30_000i64.saturating_mul(1i64 << attempts_before.clamp(0, 12));
    on_db!(write db, pool => {
        sqlx::query(
            "UPDATE mail_outbox SET status = $2, attempts = $3, next_attempt_at = $4, locked_until = NULL, last_error = $5 WHERE id = $1",
        )
        .bind(id)
        .bind(status)
        .bind(attempts)
        .bind(now + backoff)
        .bind(error)
        .execute(pool)
        .await?;
    });
    Ok(())
}

/// The latest mails, newest first (for the demo mailbox and operators).
pub async fn recent(db: &Db, limit: i64) -> Result<Vec<QueuedMail>, StoreError> {
    let rows: Vec<MailRow> = on_db!(read db, pool => {
        sqlx::query_as(
            concat!("SELECT ", columns!(), " FROM mail_outbox ORDER BY created_at DESC, id DESC LIMIT $1"),
        )
        .bind(limit)
        .fetch_all(pool)
        .await?
    });
    Ok(rows.into_iter().map(queued).collect())
}

/// One mail.
pub async fn get(db: &Db, id: &str) -> Result<Option<QueuedMail>, StoreError> {
    let row: Option<MailRow> = on_db!(read db, pool => {
        sqlx::query_as(
            concat!("SELECT ", columns!(), " FROM mail_outbox WHERE id = $1"),
        )
        .bind(id)
        .fetch_optional(pool)
        .await?
    });
    Ok(row.map(queued))
}

/// Erases sent mails queued before `before` (their text may hold personal data; the privacy
/// notice promises 90 days). Returns how many were erased.
pub async fn purge_sent(db: &Db, before: i64) -> Result<u64, StoreError> {
    Ok(on_db!(write db, pool => {
        sqlx::query("DELETE FROM mail_outbox WHERE status = 'sent' AND created_at < $1").bind(before).execute(pool).await?.rows_affected()
    }))
}

/// Messages waiting to be sent, per channel (`mail`, `sms`), and the age of the oldest, in
/// milliseconds at `now`.
pub async fn backlog(db: &Db, now: i64) -> Result<Vec<(String, i64, i64)>, StoreError> {
    let rows: Vec<(String, i64, Option<i64>)> = on_db!(read db, pool => {
        sqlx::query_as(
            "SELECT channel, COUNT(*), MIN(created_at) FROM mail_outbox WHERE status = 'pending' GROUP BY channel ORDER BY channel",
        )
        .fetch_all(pool)
        .await?
    });
    Ok(rows.into_iter().map(|(channel, n, oldest)| (channel, n, oldest.map_or(0, |o| (now - o).max(0)))).collect())
}
