//! The catalogue in the database: every procedure version ever served (so a case keeps the
//! version it was filed under) and the public-holiday table.

use nafida_domain::calendar::Holiday;
use nafida_domain::{Date, Names};
use sha2::{Digest, Sha256};

use crate::{Db, StoreError, on_db};

/// A procedure file (or the workflow it uses) whose content changed while its version number
/// did not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangedWithoutVersion {
    /// Procedure id.
    pub procedure: String,
    /// The version that changed.
    pub version: i64,
    /// Whether it is the workflow that changed (the procedure file is the same).
    pub workflow: bool,
}

/// One procedure version as served: its source and the source of its workflow.
#[derive(Debug, Clone)]
pub struct ServedVersion {
    /// Procedure id.
    pub id: String,
    /// Version.
    pub version: i64,
    /// Procedure file.
    pub source: String,
    /// Workflow file.
    pub workflow_source: String,
}

fn sha(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// Records each served version; returns those whose procedure or workflow changed under an
/// already-recorded version (those are refused: a new content needs a new version). A version
/// recorded before workflows were pinned gets its workflow now.
pub async fn record_versions(
    db: &Db,
    versions: &[ServedVersion],
    now: i64,
) -> Result<Vec<ChangedWithoutVersion>, StoreError> {
    let mut changed = vec![];
    for v in versions {
        let hash = sha(&v.source);
        let workflow_hash = sha(&v.workflow_source);
        let existing: Option<(String, Option<String>)> = on_db!(read db, pool => {
            sqlx::query_as(
                "SELECT content_hash, workflow_hash FROM procedure_versions WHERE procedure_id = $1 AND version = $2",
            )
            .bind(&v.id)
            .bind(v.version)
            .fetch_optional(pool)
            .await?
        });
        match existing {
            Some((h, _)) if h != hash => {
                changed.push(ChangedWithoutVersion { procedure: v.id.clone(), version: v.version, workflow: false })
            }
            Some((_, Some(w))) if w != workflow_hash => {
                changed.push(ChangedWithoutVersion { procedure: v.id.clone(), version: v.version, workflow: true })
            }
            Some((_, Some(_))) => {}
            Some((_, None)) => {
                on_db!(write db, pool => {
                    sqlx::query(
                        "UPDATE procedure_versions SET workflow_hash = $3, workflow_source = $4 \
                         WHERE procedure_id = $1 AND version = $2 AND workflow_hash IS NULL",
                    )
                    .bind(&v.id)
                    .bind(v.version)
                    .bind(&workflow_hash)
                    .bind(&v.workflow_source)
                    .execute(pool)
                    .await?;
                });
            }
            None => {
                on_db!(write db, pool => {
                    sqlx::query(
                        "INSERT INTO procedure_versions \
                         (procedure_id, version, content_hash, source, first_seen_at, workflow_hash, workflow_source) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (procedure_id, version) DO NOTHING",
                    )
                    .bind(&v.id)
                    .bind(v.version)
                    .bind(&hash)
                    .bind(&v.source)
                    .bind(now)
                    .bind(&workflow_hash)
                    .bind(&v.workflow_source)
                    .execute(pool)
                    .await?;
                });
            }
        }
    }
    Ok(changed)
}

/// The stored sources of one procedure version: `(procedure, workflow)`.
pub async fn version_source(db: &Db, id: &str, version: i64) -> Result<Option<(String, Option<String>)>, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query_as("SELECT source, workflow_source FROM procedure_versions WHERE procedure_id = $1 AND version = $2")
            .bind(id)
            .bind(version)
            .fetch_optional(pool)
            .await?
    }))
}

/// Adds the holidays of the years the table does not hold yet; returns how many were added.
pub async fn seed_holidays(db: &Db, holidays: &[Holiday], now: i64) -> Result<usize, StoreError> {
    let mut added = 0;
    let years: std::collections::BTreeSet<i32> = holidays.iter().map(|h| h.day.year).collect();
    for year in years {
        let prefix = format!("{year:04}-%");
        let known: i64 = on_db!(read db, pool => {
            sqlx::query_scalar("SELECT COUNT(*) FROM holidays WHERE day LIKE $1").bind(&prefix).fetch_one(pool).await?
        });
        if known > 0 {
            continue;
        }
        for h in holidays.iter().filter(|h| h.day.year == year) {
            save_holiday(db, h, now).await?;
            added += 1;
        }
    }
    Ok(added)
}

/// Adds or replaces a holiday.
pub async fn save_holiday(db: &Db, h: &Holiday, now: i64) -> Result<(), StoreError> {
    on_db!(write db, pool => {
        sqlx::query(
            "INSERT INTO holidays (day, name_ar, name_fr, name_en, religious, provisional, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7) \
             ON CONFLICT (day) DO UPDATE SET name_ar = excluded.name_ar, name_fr = excluded.name_fr, name_en = excluded.name_en, \
             religious = excluded.religious, provisional = excluded.provisional, updated_at = excluded.updated_at",
        )
        .bind(h.day.to_string())
        .bind(&h.name.ar)
        .bind(&h.name.fr)
        .bind(&h.name.en)
        .bind(h.religious)
        .bind(h.provisional)
        .bind(now)
        .execute(pool)
        .await?;
    });
    Ok(())
}

/// Removes a holiday.
pub async fn delete_holiday(db: &Db, day: Date) -> Result<bool, StoreError> {
    Ok(on_db!(write db, pool => {
        sqlx::query("DELETE FROM holidays WHERE day = $1").bind(day.to_string()).execute(pool).await?.rows_affected() == 1
    }))
}

/// Every holiday, in date order.
pub async fn holidays(db: &Db) -> Result<Vec<Holiday>, StoreError> {
    let rows: Vec<(String, String, String, String, bool, bool)> = on_db!(read db, pool => {
        sqlx::query_as("SELECT day, name_ar, name_fr, name_en, religious, provisional FROM holidays ORDER BY day")
            .fetch_all(pool)
            .await?
    });
    rows.into_iter()
        .map(|(day, ar, fr, en, religious, provisional)| {
            Ok(Holiday {
                day: Date::parse(&day).map_err(|_| StoreError::Corrupt(format!("holiday {day}")))?,
                name: Names { ar, fr, en },
                religious,
                provisional,
            })
        })
        .collect()
}
