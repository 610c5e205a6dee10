//! The tamper-evident history. Every case event is sealed, shortly after it is written, into
//! one chain of the whole platform: event number `n` carries `hash_n = SHA-256(hash_{n-1} ‖
//! its fields)`, so changing an event breaks its own hash and deleting one leaves a gap in the
//! numbers. Sealing runs in the background on whichever node gets the lock (PostgreSQL: an
//! advisory lock; SQLite: its single writer), never in the request that wrote the event, so
//! writes stay as fast as before and nodes never race for the chain's head. Once a day the head
//! is signed (see `audit_digests`); a signed digest kept outside the platform makes even a
//! rewritten tail detectable.

use sha2::{Digest as _, Sha256};

use crate::{Db, StoreError, on_db, on_tx};

/// The hash before the first event.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The PostgreSQL advisory lock that serialises sealing across nodes.
const SEAL_LOCK: i64 = 0x6e61_6664_6175_6474;

/// An event's fields, as they are sealed.
#[derive(Debug, Clone, PartialEq)]
pub struct SealedFields {
    /// Event id.
    pub id: String,
    /// Case.
    pub case_id: String,
    /// When.
    pub at: i64,
    /// Who.
    pub actor_id: Option<String>,
    /// As what.
    pub actor_role: String,
    /// For which administration.
    pub actor_org_id: Option<String>,
    /// Kind.
    pub kind: String,
    /// Workflow action.
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

/// The chain hash of an event after `prev`: SHA-256 over a version tag, the previous hash and
/// the event's fields as a JSON array (unambiguous: every string is quoted and escaped).
pub fn chain_hash(prev: &str, e: &SealedFields) -> String {
    let fields = serde_json::json!([
        e.id,
        e.case_id,
        e.at,
        e.actor_id,
        e.actor_role,
        e.actor_org_id,
        e.kind,
        e.action,
        e.from_status,
        e.to_status,
        e.body,
        e.internal
    ]);
    let mut h = Sha256::new();
    h.update(b"nafida event chain v1\n");
    h.update(prev.as_bytes());
    h.update(b"\n");
    h.update(fields.to_string().as_bytes());
    hex::encode(h.finalize())
}

const FIELDS: &str =
    "id, case_id, at, actor_id, actor_role, actor_org_id, kind, action, from_status, to_status, body, internal";

/// The chain's head: the last sealed event's number and hash (`0` and [`GENESIS`] when none).
pub async fn head(db: &Db) -> Result<(i64, String), StoreError> {
    let row: Option<(i64, String)> = on_db!(read db, pool => {
        sqlx::query_as("SELECT seq, hash FROM case_events WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1")
            .fetch_optional(pool)
            .await?
    });
    Ok(row.unwrap_or((0, GENESIS.to_string())))
}

/// Seals up to `limit` events written since the last pass, in the order they were written;
/// returns how many. Safe to run on every node at once: one seals, the others wait and find
/// nothing left.
pub async fn seal(db: &Db, limit: i64) -> Result<usize, StoreError> {
    let mut tx = db.begin().await?;
    let sealed = on_tx!(&mut tx, conn => {
        if matches!(db.kind(), crate::DbKind::Postgres) {
            sqlx::query("SELECT pg_advisory_xact_lock($1)").bind(SEAL_LOCK).execute(&mut *conn).await?;
        } else {
            // Take SQLite's write lock before reading the head (waiting for it as long as the
            // busy timeout allows), so another process sealing meanwhile cannot make this
            // transaction's read stale.
            sqlx::query("UPDATE case_events SET seq = seq WHERE 0 = 1").execute(&mut *conn).await?;
        }
        let last: Option<(i64, String)> =
            sqlx::query_as("SELECT seq, hash FROM case_events WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1")
                .fetch_optional(&mut *conn)
                .await?;
        let (mut seq, mut hash) = last.unwrap_or((0, GENESIS.to_string()));
        let pending: Vec<FieldsRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {FIELDS} FROM case_events WHERE seq IS NULL ORDER BY id LIMIT $1"
        )))
        .bind(limit)
        .fetch_all(&mut *conn)
        .await?;
        let pending: Vec<SealedFields> = pending.into_iter().map(SealedFields::from).collect();
        for e in &pending {
            seq += 1;
            hash = chain_hash(&hash, e);
            sqlx::query("UPDATE case_events SET seq = $1, hash = $2 WHERE id = $3 AND seq IS NULL")
                .bind(seq)
                .bind(&hash)
                .bind(&e.id)
                .execute(&mut *conn)
                .await?;
        }
        pending.len()
    });
    tx.commit().await?;
    Ok(sealed)
}

/// Seals everything written so far.
pub async fn seal_all(db: &Db) -> Result<usize, StoreError> {
    let mut total = 0;
    loop {
        let n = seal(db, 2000).await?;
        total += n;
        if n < 2000 {
            return Ok(total);
        }
    }
}

/// The fields of the event numbered `seq`, if it exists.
pub async fn sealed_event(db: &Db, seq: i64) -> Result<Option<SealedFields>, StoreError> {
    let row: Option<FieldsRow> = on_db!(read db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {FIELDS} FROM case_events WHERE seq = $1")))
            .bind(seq)
            .fetch_optional(pool)
            .await?
    });
    Ok(row.map(SealedFields::from))
}

/// Where the chain is broken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Break {
    /// The event numbered `seq` does not match its seal: it (or the one before it) was changed.
    Changed {
        /// Its number in the chain.
        seq: i64,
        /// Its id.
        event_id: String,
        /// Its case.
        case_id: String,
    },
    /// The event numbered `seq` is missing: it was deleted.
    Missing {
        /// The missing number.
        seq: i64,
    },
}

impl std::fmt::Display for Break {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Break::Changed { seq, event_id, case_id } => write!(
                f,
                "event #{seq} (id {event_id}, case {case_id}) does not match its seal: it or the event before it was changed"
            ),
            Break::Missing { seq } => write!(f, "event #{seq} is missing: it was deleted"),
        }
    }
}

/// What a check of the chain found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChainCheck {
    /// Events checked.
    pub sealed: i64,
    /// Events written but not sealed yet.
    pub unsealed: i64,
    /// The first break, if any.
    pub first_break: Option<Break>,
    /// The hash after each event checked, for the digests: `(seq, hash)` at the numbers asked.
    pub at: Vec<(i64, String)>,
}

/// Recomputes the whole chain from the first event, a page at a time; stops at the first
/// break. `wanted` are numbers whose recomputed hash the caller wants back (the digests').
pub async fn check(db: &Db, wanted: &[i64]) -> Result<ChainCheck, StoreError> {
    let unsealed: i64 = on_db!(read db, pool => {
        sqlx::query_scalar("SELECT COUNT(*) FROM case_events WHERE seq IS NULL").fetch_one(pool).await?
    });
    let mut expected_seq = 0i64;
    let mut hash = GENESIS.to_string();
    let mut at = vec![];
    loop {
        let page: Vec<(i64, String, SealedFields)> = on_db!(read db, pool => {
            let rows: Vec<(i64, String)> =
                sqlx::query_as("SELECT seq, hash FROM case_events WHERE seq > $1 ORDER BY seq LIMIT 2000")
                    .bind(expected_seq)
                    .fetch_all(pool)
                    .await?;
            let fields: Vec<FieldsRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT {FIELDS} FROM case_events WHERE seq > $1 ORDER BY seq LIMIT 2000"
            )))
            .bind(expected_seq)
            .fetch_all(pool)
            .await?;
            rows.into_iter().zip(fields).map(|((seq, hash), f)| (seq, hash, SealedFields::from(f))).collect()
        });
        if page.is_empty() {
            return Ok(ChainCheck { sealed: expected_seq, unsealed, first_break: None, at });
        }
        for (seq, stored, fields) in page {
            expected_seq += 1;
            if seq != expected_seq {
                let first_break = Some(Break::Missing { seq: expected_seq });
                return Ok(ChainCheck { sealed: expected_seq - 1, unsealed, first_break, at });
            }
            hash = chain_hash(&hash, &fields);
            if hash != stored {
                let first_break = Some(Break::Changed { seq, event_id: fields.id, case_id: fields.case_id });
                return Ok(ChainCheck { sealed: seq - 1, unsealed, first_break, at });
            }
            if wanted.contains(&seq) {
                at.push((seq, hash.clone()));
            }
        }
    }
}

/// An event's fields as read: `id, case_id, at, actor_id, actor_role, actor_org_id, kind,
/// action, from_status, to_status, body, internal`.
type FieldsRow = (
    String,
    String,
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

impl From<FieldsRow> for SealedFields {
    fn from(r: FieldsRow) -> Self {
        SealedFields {
            id: r.0,
            case_id: r.1,
            at: r.2,
            actor_id: r.3,
            actor_role: r.4,
            actor_org_id: r.5,
            kind: r.6,
            action: r.7,
            from_status: r.8,
            to_status: r.9,
            body: r.10,
            internal: r.11,
        }
    }
}

/// A signed digest of the chain: its head on a day, signed with the platform's key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Digest {
    /// The Moroccan legal day it was signed (`YYYY-MM-DD`).
    pub day: String,
    /// The chain's length then.
    pub seq: i64,
    /// Its head's hash then.
    pub hash: String,
    /// The signing key's id.
    pub key_id: String,
    /// Ed25519 signature of [`Digest::message`], base64.
    pub signature: String,
    /// When it was signed.
    pub signed_at: i64,
}

impl Digest {
    /// The text that is signed.
    pub fn message(day: &str, seq: i64, hash: &str) -> String {
        format!("nafida audit digest v1\nday {day}\nevents {seq}\nhead {hash}\n")
    }
}

/// Whether a day already has its digest.
pub async fn has_digest(db: &Db, day: &str) -> Result<bool, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM audit_digests WHERE day = $1").bind(day).fetch_one(pool).await?
    }) > 0)
}

/// Records a day's digest; a digest already recorded for the day (by another node) stays.
pub async fn record_digest(db: &Db, d: &Digest) -> Result<bool, StoreError> {
    Ok(on_db!(write db, pool => {
        sqlx::query(
            "INSERT INTO audit_digests (day, seq, hash, key_id, signature, signed_at) VALUES ($1, $2, $3, $4, $5, $6) \
             ON CONFLICT (day) DO NOTHING",
        )
        .bind(&d.day)
        .bind(d.seq)
        .bind(&d.hash)
        .bind(&d.key_id)
        .bind(&d.signature)
        .bind(d.signed_at)
        .execute(pool)
        .await?
        .rows_affected()
    }) == 1)
}

/// Every digest, oldest first.
pub async fn digests(db: &Db) -> Result<Vec<Digest>, StoreError> {
    let rows: Vec<(String, i64, String, String, String, i64)> = on_db!(read db, pool => {
        sqlx::query_as("SELECT day, seq, hash, key_id, signature, signed_at FROM audit_digests ORDER BY day")
            .fetch_all(pool)
            .await?
    });
    Ok(rows
        .into_iter()
        .map(|(day, seq, hash, key_id, signature, signed_at)| Digest { day, seq, hash, key_id, signature, signed_at })
        .collect())
}

/// Records that a background job completed a pass now, on this node.
pub async fn job_ran(db: &Db, job: &str, node_id: &str, now: i64) -> Result<(), StoreError> {
    on_db!(write db, pool => {
        sqlx::query(
            "INSERT INTO job_runs (job, last_at, node_id) VALUES ($1, $2, $3) \
             ON CONFLICT (job) DO UPDATE SET last_at = excluded.last_at, node_id = excluded.node_id",
        )
        .bind(job)
        .bind(now)
        .bind(node_id)
        .execute(pool)
        .await?
        .rows_affected()
    });
    Ok(())
}

/// When each job last completed a pass: `(job, last_at)`.
pub async fn job_runs(db: &Db) -> Result<Vec<(String, i64)>, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query_as("SELECT job, last_at FROM job_runs ORDER BY job").fetch_all(pool).await?
    }))
}

/// How many case events are not sealed yet.
pub async fn unsealed(db: &Db) -> Result<i64, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query_scalar("SELECT COUNT(*) FROM case_events WHERE seq IS NULL").fetch_one(pool).await?
    }))
}
