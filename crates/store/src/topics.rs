//! Complaint topics and sub-topics, kept by administrators.

use nafida_domain::Names;
use nafida_domain::topics::Topic;

use crate::{Db, StoreError, on_db};

/// A topic or sub-topic as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TopicRow {
    /// Identifier.
    pub id: String,
    /// The topic of a sub-topic.
    pub parent_id: Option<String>,
    /// Names.
    pub name: Names,
    /// Whether it is retired (no longer offered).
    pub retired: bool,
}

type Row = (String, Option<String>, String, String, String, i64, Option<i64>);

/// Loads the shipped list when the table is empty; returns how many rows were added.
pub async fn seed(db: &Db, topics: &[Topic], now: i64) -> Result<usize, StoreError> {
    let count: i64 = on_db!(read db, pool => {
        sqlx::query_scalar("SELECT COUNT(*) FROM complaint_topics").fetch_one(pool).await?
    });
    if count > 0 {
        return Ok(0);
    }
    let mut added = 0;
    for (i, t) in topics.iter().enumerate() {
        add(db, &t.id, None, &t.name, i64::try_from(i).unwrap_or(0), now).await?;
        added += 1;
        for (j, s) in t.sub.iter().enumerate() {
            add(db, &s.id, Some(&t.id), &s.name, i64::try_from(j).unwrap_or(0), now).await?;
            added += 1;
        }
    }
    Ok(added)
}

/// Adds a topic (or a sub-topic of `parent`).
pub async fn add(
    db: &Db,
    id: &str,
    parent: Option<&str>,
    name: &Names,
    position: i64,
    now: i64,
) -> Result<(), StoreError> {
    let r = on_db!(write db, pool => {
        sqlx::query(
            "INSERT INTO complaint_topics (id, parent_id, name_ar, name_fr, name_en, position, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(id)
        .bind(parent)
        .bind(&name.ar)
        .bind(&name.fr)
        .bind(&name.en)
        .bind(position)
        .bind(now)
        .execute(pool)
        .await
        .map(|_| ())
    });
    match r {
        Err(e) if StoreError::is_unique_violation(&e) => Err(StoreError::Conflict("topic id")),
        Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => Err(StoreError::NotFound("topic")),
        other => Ok(other?),
    }
}

/// Every topic and sub-topic, topics first in their order, each followed by its sub-topics.
pub async fn list(db: &Db) -> Result<Vec<TopicRow>, StoreError> {
    let rows: Vec<Row> = on_db!(read db, pool => {
        sqlx::query_as(
            "SELECT id, parent_id, name_ar, name_fr, name_en, position, retired_at FROM complaint_topics \
             ORDER BY position, id",
        )
        .fetch_all(pool)
        .await?
    });
    let row = |r: &Row| TopicRow {
        id: r.0.clone(),
        parent_id: r.1.clone(),
        name: Names { ar: r.2.clone(), fr: r.3.clone(), en: r.4.clone() },
        retired: r.6.is_some(),
    };
    let mut out = vec![];
    for t in rows.iter().filter(|r| r.1.is_none()) {
        out.push(row(t));
        out.extend(rows.iter().filter(|r| r.1.as_deref() == Some(t.0.as_str())).map(row));
    }
    Ok(out)
}

/// Retires a topic or sub-topic: no longer offered, kept for the complaints that name it.
pub async fn retire(db: &Db, id: &str, now: i64) -> Result<bool, StoreError> {
    Ok(on_db!(write db, pool => {
        sqlx::query("UPDATE complaint_topics SET retired_at = $2 WHERE (id = $1 OR parent_id = $1) AND retired_at IS NULL")
            .bind(id)
            .bind(now)
            .execute(pool)
            .await?
            .rows_affected()
            > 0
    }))
}

/// Records (or changes) the person's rating of the answer to a complaint.
pub async fn rate(db: &Db, case_id: &str, stars: i64, comment: Option<&str>, now: i64) -> Result<(), StoreError> {
    let mut tx = db.begin().await?;
    rate_in(&mut tx, case_id, stars, comment, now).await?;
    tx.commit().await
}

/// Records the rating inside the caller's transaction (with the event that tells it).
pub async fn rate_in(
    tx: &mut crate::Tx,
    case_id: &str,
    stars: i64,
    comment: Option<&str>,
    now: i64,
) -> Result<(), StoreError> {
    crate::on_tx!(tx, conn => {
        sqlx::query(
            "INSERT INTO complaint_ratings (case_id, stars, comment, rated_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (case_id) DO UPDATE SET stars = excluded.stars, comment = excluded.comment, rated_at = excluded.rated_at",
        )
        .bind(case_id)
        .bind(stars)
        .bind(comment)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    });
    Ok(())
}

/// The rating of a complaint's answer: `(stars, comment)`.
pub async fn rating(db: &Db, case_id: &str) -> Result<Option<(i64, Option<String>)>, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query_as("SELECT stars, comment FROM complaint_ratings WHERE case_id = $1").bind(case_id).fetch_optional(pool).await?
    }))
}
