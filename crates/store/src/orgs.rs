//! The administrative map in the database: import (idempotent upsert) and read.

use std::collections::HashMap;

use nafida_domain::{Names, Org, OrgId, OrgKind, OrgLevel, OrgMap};

use crate::{Db, StoreError, on_db};

/// What an import changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ImportReport {
    /// Administrations that were not known before.
    pub created: usize,
    /// Administrations already known, whose data was refreshed.
    pub updated: usize,
}

type OrgRow = (String, Option<String>, String, String, String, String, String, String, Option<String>);

macro_rules! select_orgs {
    ($rest:literal) => {
        concat!("SELECT id, parent_id, level, kind, name_ar, name_fr, name_en, country, city FROM orgs ", $rest)
    };
}

fn org_from_row(row: OrgRow) -> Result<Org, StoreError> {
    let (id, parent, level, kind, ar, fr, en, country, city) = row;
    let corrupt = |what: &str| StoreError::Corrupt(format!("org {id}: {what}"));
    Ok(Org {
        id: OrgId::parse(&id).map_err(|_| corrupt("id"))?,
        parent: parent.as_deref().map(OrgId::parse).transpose().map_err(|_| corrupt("parent"))?,
        level: OrgLevel::parse(&level).ok_or_else(|| corrupt("level"))?,
        kind: OrgKind::parse(&kind).ok_or_else(|| corrupt("kind"))?,
        name: Names { ar, fr, en },
        country,
        city,
    })
}

/// Imports a validated map in one transaction: new administrations are created, known ones
/// updated. Parents are written before their children. Nothing is deleted: an administration
/// may still own cases.
pub async fn import(db: &Db, map: &OrgMap, now_millis: i64) -> Result<ImportReport, StoreError> {
    let ordered = parents_first(map);
    on_db!(write db, pool => {
        let mut tx = pool.begin().await?;
        let mut report = ImportReport::default();
        for org in ordered {
            let known = sqlx::query("SELECT 1 FROM orgs WHERE id = $1")
                .bind(org.id.as_str())
                .fetch_optional(&mut *tx)
                .await?
                .is_some();
            sqlx::query(
                "INSERT INTO orgs (id, parent_id, level, kind, name_ar, name_fr, name_en, country, city, created_at, updated_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)
                 ON CONFLICT (id) DO UPDATE SET parent_id = excluded.parent_id, level = excluded.level,
                   kind = excluded.kind, name_ar = excluded.name_ar, name_fr = excluded.name_fr,
                   name_en = excluded.name_en, country = excluded.country, city = excluded.city,
                   updated_at = excluded.updated_at",
            )
            .bind(org.id.as_str())
            .bind(org.parent.as_ref().map(OrgId::as_str))
            .bind(org.level.as_str())
            .bind(org.kind.as_str())
            .bind(&org.name.ar)
            .bind(&org.name.fr)
            .bind(&org.name.en)
            .bind(&org.country)
            .bind(org.city.as_deref())
            .bind(now_millis)
            .execute(&mut *tx)
            .await?;
            if known { report.updated += 1 } else { report.created += 1 }
        }
        tx.commit().await?;
        Ok(report)
    })
}

fn parents_first(map: &OrgMap) -> Vec<&Org> {
    let by_id: HashMap<&OrgId, &Org> = map.orgs().iter().map(|o| (&o.id, o)).collect();
    let depth = |org: &Org| {
        let mut d = 0usize;
        let mut cur = org;
        while let Some(p) = cur.parent.as_ref().and_then(|p| by_id.get(p)) {
            d += 1;
            cur = p;
        }
        d
    };
    let mut orgs: Vec<(usize, &Org)> = map.orgs().iter().map(|o| (depth(o), o)).collect();
    orgs.sort_by_key(|(d, _)| *d);
    orgs.into_iter().map(|(_, o)| o).collect()
}

/// Every administration, ordered by identifier.
pub async fn list(db: &Db) -> Result<Vec<Org>, StoreError> {
    let rows: Vec<OrgRow> = on_db!(read db, pool => {
        sqlx::query_as(select_orgs!("ORDER BY id")).fetch_all(pool).await?
    });
    rows.into_iter().map(org_from_row).collect()
}

/// One administration.
pub async fn get(db: &Db, id: &OrgId) -> Result<Option<Org>, StoreError> {
    let row: Option<OrgRow> = on_db!(read db, pool => {
        sqlx::query_as(select_orgs!("WHERE id = $1")).bind(id.as_str()).fetch_optional(pool).await?
    });
    row.map(org_from_row).transpose()
}

/// An administration and everything below it, in one recursive query (the scope of a
/// supervisor).
pub async fn subtree_ids(db: &Db, root: &OrgId) -> Result<Vec<OrgId>, StoreError> {
    let ids: Vec<String> = on_db!(read db, pool => {
        sqlx::query_scalar(
            "WITH RECURSIVE sub(id) AS (
                SELECT id FROM orgs WHERE id = $1
                UNION ALL
                SELECT o.id FROM orgs o JOIN sub ON o.parent_id = sub.id
             ) SELECT id FROM sub ORDER BY id",
        )
        .bind(root.as_str())
        .fetch_all(pool)
        .await?
    });
    ids.iter().map(|s| OrgId::parse(s).map_err(|e| StoreError::Corrupt(e.to_string()))).collect()
}

/// How many administrations the database holds.
pub async fn count(db: &Db) -> Result<i64, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query_scalar("SELECT COUNT(*) FROM orgs").fetch_one(pool).await?
    }))
}
