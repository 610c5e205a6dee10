//! A person's profile. Values arrive parsed by the domain's newtypes; the CNIE number arrives
//! only as its masked form and keyed hash.

use crate::{Db, StoreError, on_db};

/// The stored profile (text forms of the parsed values).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Profile {
    /// Name in Arabic script.
    pub name_ar: Option<String>,
    /// Name in Latin script.
    pub name_latin: Option<String>,
    /// `YYYY-MM-DD`.
    pub birth_date: Option<String>,
    /// Place of birth.
    pub birth_place: Option<String>,
    /// `F` or `M`.
    pub sex: Option<String>,
    /// ISO country code of residence.
    pub residence_country: Option<String>,
    /// City of residence.
    pub residence_city: Option<String>,
    /// Consular post of attachment (an administration id).
    pub consular_post_id: Option<String>,
    /// Consular registration number.
    pub consular_number: Option<String>,
    /// IDCS.
    pub idcs: Option<String>,
    /// CNIE number, masked.
    pub cnie_masked: Option<String>,
    /// Keyed hash of the CNIE number.
    pub cnie_hash: Option<String>,
    /// Phone, E.164.
    pub phone: Option<String>,
    /// Channels, stored form.
    pub channels: String,
}

type Row = (
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
);

/// The profile of an account (empty when never saved).
pub async fn get(db: &Db, user_id: &str) -> Result<Profile, StoreError> {
    let row: Option<Row> = on_db!(read db, pool => {
        sqlx::query_as(
            "SELECT name_ar, name_latin, birth_date, birth_place, sex, residence_country, residence_city, consular_post_id, \
             consular_number, idcs, cnie_masked, cnie_hash, phone, channels FROM profiles WHERE user_id = $1",
        )
        .bind(user_id)
        .fetch_optional(pool)
        .await?
    });
    Ok(row.map_or_else(
        || Profile { channels: "email".into(), ..Profile::default() },
        |r| Profile {
            name_ar: r.0,
            name_latin: r.1,
            birth_date: r.2,
            birth_place: r.3,
            sex: r.4,
            residence_country: r.5,
            residence_city: r.6,
            consular_post_id: r.7,
            consular_number: r.8,
            idcs: r.9,
            cnie_masked: r.10,
            cnie_hash: r.11,
            phone: r.12,
            channels: r.13,
        },
    ))
}

/// Saves a profile (all fields at once).
pub async fn save(db: &Db, user_id: &str, p: &Profile, now: i64) -> Result<(), StoreError> {
    let result = on_db!(write db, pool => {
        sqlx::query(
            "INSERT INTO profiles (user_id, name_ar, name_latin, birth_date, birth_place, sex, residence_country, residence_city, \
             consular_post_id, consular_number, idcs, cnie_masked, cnie_hash, phone, channels, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) \
             ON CONFLICT (user_id) DO UPDATE SET name_ar = excluded.name_ar, name_latin = excluded.name_latin, \
             birth_date = excluded.birth_date, birth_place = excluded.birth_place, sex = excluded.sex, \
             residence_country = excluded.residence_country, residence_city = excluded.residence_city, \
             consular_post_id = excluded.consular_post_id, consular_number = excluded.consular_number, idcs = excluded.idcs, \
             cnie_masked = excluded.cnie_masked, cnie_hash = excluded.cnie_hash, phone = excluded.phone, \
             channels = excluded.channels, updated_at = excluded.updated_at",
        )
        .bind(user_id)
        .bind(&p.name_ar)
        .bind(&p.name_latin)
        .bind(&p.birth_date)
        .bind(&p.birth_place)
        .bind(&p.sex)
        .bind(&p.residence_country)
        .bind(&p.residence_city)
        .bind(&p.consular_post_id)
        .bind(&p.consular_number)
        .bind(&p.idcs)
        .bind(&p.cnie_masked)
        .bind(&p.cnie_hash)
        .bind(&p.phone)
        .bind(&p.channels)
        .bind(now)
        .execute(pool)
        .await
        .map(|r| r.rows_affected())
    });
    match result {
        Ok(_) => Ok(()),
        Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => Err(StoreError::NotFound("consular post")),
        Err(e) => Err(e.into()),
    }
}

/// Accounts whose profile holds this CNIE hash (look-up without the number in clear).
pub async fn find_by_cnie_hash(db: &Db, hash: &str) -> Result<Vec<String>, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query_scalar("SELECT user_id FROM profiles WHERE cnie_hash = $1").bind(hash).fetch_all(pool).await?
    }))
}
