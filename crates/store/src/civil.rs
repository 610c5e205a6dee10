//! The civil-status register: acts by office, year and number, and their margin notes. An
//! import is one transaction: every act goes in, or none (an act already in the register with
//! other data is a conflict; the same act again changes nothing).

use nafida_domain::civil::{Act, name_key};
use sha2::{Digest, Sha256};

use crate::{Db, StoreError, Tx, on_db, on_tx};

/// An act as stored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActRow {
    /// Internal id.
    pub id: String,
    /// The civil-status office.
    pub office_id: String,
    /// Register year.
    pub year: i64,
    /// Act number.
    pub number: i64,
    /// `birth`, `marriage`, `divorce` or `death`.
    pub kind: String,
    /// Names: Arabic, Latin, Tifinagh.
    pub name_ar: String,
    /// Latin script.
    pub name_latin: Option<String>,
    /// Tifinagh.
    pub name_tifinagh: Option<String>,
    /// `F` or `M`.
    pub sex: Option<String>,
    /// `YYYY-MM-DD`.
    pub event_date: String,
    /// Place of the event.
    pub place: String,
    /// Parents and spouse, each in Arabic then Latin script.
    pub relatives: Relatives,
    /// IDCS.
    pub idcs: Option<String>,
}

/// The relatives an act names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Relatives {
    /// Father, Arabic.
    pub father_ar: Option<String>,
    /// Father, Latin.
    pub father_latin: Option<String>,
    /// Mother, Arabic.
    pub mother_ar: Option<String>,
    /// Mother, Latin.
    pub mother_latin: Option<String>,
    /// Spouse, Arabic.
    pub spouse_ar: Option<String>,
    /// Spouse, Latin.
    pub spouse_latin: Option<String>,
}

type Row = (
    String,
    String,
    i64,
    i64,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
);

const SELECT: &str = "SELECT id, office_id, year, number, kind, name_ar, name_latin, name_tifinagh, sex, event_date, place, \
     father_ar, father_latin, mother_ar, mother_latin, COALESCE(spouse_ar, '') || '|' || COALESCE(spouse_latin, '') || '|' || COALESCE(idcs, '') \
     FROM civil_acts ";

fn act_row(r: Row) -> ActRow {
    // The last column packs spouse (Arabic, Latin) and IDCS: a row of sixteen columns at most.
    let packed = r.15.unwrap_or_default();
    let mut parts = packed.splitn(3, '|').map(|s| (!s.is_empty()).then(|| s.to_string()));
    let (spouse_ar, spouse_latin, idcs) = (parts.next().flatten(), parts.next().flatten(), parts.next().flatten());
    ActRow {
        id: r.0,
        office_id: r.1,
        year: r.2,
        number: r.3,
        kind: r.4,
        name_ar: r.5,
        name_latin: r.6,
        name_tifinagh: r.7,
        sex: r.8,
        event_date: r.9,
        place: r.10,
        relatives: Relatives {
            father_ar: r.11,
            father_latin: r.12,
            mother_ar: r.13,
            mother_latin: r.14,
            spouse_ar,
            spouse_latin,
        },
        idcs,
    }
}

fn opt<T>(v: &Option<T>, f: impl Fn(&T) -> &str) -> Option<String> {
    v.as_ref().map(|x| f(x).to_string())
}

/// The stored columns of an act, in insert order, with its content hash.
struct Columns {
    values: [Option<String>; 13],
    hash: String,
}

fn columns(a: &Act) -> Columns {
    use nafida_domain::{NameAr, NameLatin};
    let values = [
        Some(a.name_ar.as_str().to_string()),
        opt(&a.name_latin, NameLatin::as_str),
        opt(&a.name_tifinagh, nafida_domain::civil::NameTifinagh::as_str),
        a.sex.map(|s| s.as_str().to_string()),
        Some(a.event_date.to_string()),
        Some(a.place.as_str().to_string()),
        opt(&a.father_ar, NameAr::as_str),
        opt(&a.father_latin, NameLatin::as_str),
        opt(&a.mother_ar, NameAr::as_str),
        opt(&a.mother_latin, NameLatin::as_str),
        opt(&a.spouse_ar, NameAr::as_str),
        opt(&a.spouse_latin, NameLatin::as_str),
        opt(&a.idcs, nafida_domain::Idcs::as_str),
    ];
    let mut h = Sha256::new();
    h.update(a.kind.as_str());
    for v in &values {
        h.update([0u8]);
        h.update(v.as_deref().unwrap_or("\u{0}none"));
    }
    Columns { values, hash: hex::encode(h.finalize()) }
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Imported {
    /// Every act is in the register: `(added, already there unchanged)`.
    Done(usize, usize),
    /// Acts already in the register with other data: nothing was written. `(index in the
    /// input, year, number)`.
    Conflicts(Vec<(usize, i64, i64)>),
}

/// Adds acts to an office's register, all or nothing.
pub async fn import(db: &Db, office_id: &str, acts: &[Act], source: &str, now: i64) -> Result<Imported, StoreError> {
    let mut tx = db.begin().await?;
    let imported = import_in(&mut tx, office_id, acts, source, now).await?;
    match imported {
        Imported::Done(..) => tx.commit().await?,
        Imported::Conflicts(_) => tx.rollback().await?,
    }
    Ok(imported)
}

/// [`import`] inside the caller's transaction; on conflicts the caller rolls back.
pub async fn import_in(
    tx: &mut Tx,
    office_id: &str,
    acts: &[Act],
    source: &str,
    now: i64,
) -> Result<Imported, StoreError> {
    let result: Result<Imported, sqlx::Error> = on_tx!(tx, conn => {
        async {
            let (mut added, mut same, mut conflicts) = (0, 0, vec![]);
            for (i, a) in acts.iter().enumerate() {
                let c = columns(a);
                let year = i64::from(a.year);
                let number = i64::from(a.number.get());
                let existing: Option<String> = sqlx::query_scalar(
                    "SELECT content_hash FROM civil_acts WHERE office_id = $1 AND year = $2 AND number = $3",
                )
                .bind(office_id)
                .bind(year)
                .bind(number)
                .fetch_optional(&mut *conn)
                .await?;
                match existing {
                    Some(h) if h == c.hash => same += 1,
                    Some(_) => conflicts.push((i, year, number)),
                    None => {
                        let [n_ar, n_lat, n_tif, sex, date, place, f_ar, f_lat, m_ar, m_lat, s_ar, s_lat, idcs] = c.values;
                        let key_ar = name_key(n_ar.as_deref().unwrap_or(""));
                        let key_latin = name_key(n_lat.as_deref().unwrap_or(""));
                        sqlx::query(
                            "INSERT INTO civil_acts (id, office_id, year, number, kind, name_ar, name_latin, name_tifinagh, sex, \
                             event_date, place, father_ar, father_latin, mother_ar, mother_latin, spouse_ar, spouse_latin, idcs, \
                             name_key_ar, name_key_latin, content_hash, source, created_at) \
                             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23)",
                        )
                        .bind(uuid::Uuid::now_v7().to_string())
                        .bind(office_id)
                        .bind(year)
                        .bind(number)
                        .bind(a.kind.as_str())
                        .bind(n_ar)
                        .bind(n_lat)
                        .bind(n_tif)
                        .bind(sex)
                        .bind(date)
                        .bind(place)
                        .bind(f_ar)
                        .bind(f_lat)
                        .bind(m_ar)
                        .bind(m_lat)
                        .bind(s_ar)
                        .bind(s_lat)
                        .bind(idcs)
                        .bind(key_ar)
                        .bind(key_latin)
                        .bind(&c.hash)
                        .bind(source)
                        .bind(now)
                        .execute(&mut *conn)
                        .await?;
                        added += 1;
                    }
                }
            }
            if conflicts.is_empty() {
                Ok(Imported::Done(added, same))
            } else {
                Ok(Imported::Conflicts(conflicts))
            }
        }
        .await
    });
    match result {
        Err(sqlx::Error::Database(e)) if e.is_foreign_key_violation() => Err(StoreError::NotFound("office")),
        other => Ok(other?),
    }
}

/// One act by office, year and number.
pub async fn find(db: &Db, office_id: &str, year: i64, number: i64) -> Result<Option<ActRow>, StoreError> {
    let row: Option<Row> = on_db!(read db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT}WHERE office_id = $1 AND year = $2 AND number = $3")))
            .bind(office_id)
            .bind(year)
            .bind(number)
            .fetch_optional(pool)
            .await?
    });
    Ok(row.map(act_row))
}

/// One act by id.
pub async fn get(db: &Db, id: &str) -> Result<Option<ActRow>, StoreError> {
    let row: Option<Row> = on_db!(read db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT}WHERE id = $1"))).bind(id).fetch_optional(pool).await?
    });
    Ok(row.map(act_row))
}

/// Acts of an office of a kind on a date whose person's name matches `name` (in either
/// script, spelling-tolerant): what an order is matched against.
pub async fn matching(
    db: &Db,
    office_id: &str,
    kind: &str,
    event_date: &str,
    name: &str,
) -> Result<Vec<ActRow>, StoreError> {
    let key = name_key(name);
    let rows: Vec<Row> = on_db!(read db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{SELECT}WHERE office_id = $1 AND kind = $2 AND event_date = $3 AND (name_key_ar = $4 OR name_key_latin = $4) \
             ORDER BY year, number LIMIT 5"
        )))
        .bind(office_id)
        .bind(kind)
        .bind(event_date)
        .bind(&key)
        .fetch_all(pool)
        .await?
    });
    Ok(rows.into_iter().map(act_row).collect())
}

/// How many acts an office holds.
pub async fn count(db: &Db, office_id: &str) -> Result<i64, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query_scalar("SELECT COUNT(*) FROM civil_acts WHERE office_id = $1").bind(office_id).fetch_one(pool).await?
    }))
}

/// Writes a margin note inside an open transaction.
macro_rules! insert_note {
    ($tx:expr, $act_id:expr, $note:expr, $case_id:expr, $now:expr) => {
        sqlx::query(
            "INSERT INTO civil_margin_notes (id, act_id, kind, note_date, text, case_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(uuid::Uuid::now_v7().to_string())
        .bind($act_id)
        .bind(&$note.kind)
        .bind(&$note.note_date)
        .bind(&$note.text)
        .bind($case_id)
        .bind($now)
        .execute(&mut *$tx)
        .await
    };
}

/// A margin note as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarginNote {
    /// `marriage`, `divorce`, `death` or `correction`.
    pub kind: String,
    /// Date of what it records.
    pub note_date: String,
    /// Its text.
    pub text: String,
}

/// Writes a margin note beside an act, inside the caller's transaction.
pub async fn add_margin_note_in(
    tx: &mut Tx,
    act_id: &str,
    note: &MarginNote,
    case_id: Option<&str>,
    now: i64,
) -> Result<(), StoreError> {
    on_tx!(tx, conn => {
        insert_note!(conn, act_id, note, case_id, now)?;
    });
    Ok(())
}

/// The margin notes of an act, oldest first.
pub async fn margin_notes(db: &Db, act_id: &str) -> Result<Vec<MarginNote>, StoreError> {
    let rows: Vec<(String, String, String)> = on_db!(read db, pool => {
        sqlx::query_as("SELECT kind, note_date, text FROM civil_margin_notes WHERE act_id = $1 ORDER BY created_at, id")
            .bind(act_id)
            .fetch_all(pool)
            .await?
    });
    Ok(rows.into_iter().map(|(kind, note_date, text)| MarginNote { kind, note_date, text }).collect())
}

/// Enters one act in an office's register under the next number of its year (a
/// transcription, a declaration), inside the caller's transaction; returns its id and number
/// (the act's own number is ignored). The next number is read and taken in
/// the same transaction: SQLite has one writer; on PostgreSQL a transaction-scoped advisory
/// lock on the office's register serialises two officers numbering at once.
pub async fn register_next_in(
    tx: &mut Tx,
    office_id: &str,
    act: &Act,
    source: &str,
    now: i64,
) -> Result<(String, i64), StoreError> {
    let year = i64::from(act.year);
    if let Tx::Postgres(t) = tx {
        sqlx::query("SELECT pg_advisory_xact_lock(hashtext($1))")
            .bind(format!("civil-register:{office_id}:{year}"))
            .execute(&mut **t)
            .await?;
    }
    let next: i64 = on_tx!(tx, conn => {
        sqlx::query_scalar::<_, Option<i64>>("SELECT MAX(number) FROM civil_acts WHERE office_id = $1 AND year = $2")
            .bind(office_id)
            .bind(year)
            .fetch_one(&mut *conn)
            .await?
            .unwrap_or(0)
            + 1
    });
    let number = nafida_domain::civil::ActNumber::parse(&next.to_string())
        .map_err(|_| StoreError::Conflict("the register of this year is full"))?;
    let numbered = Act { number, ..act.clone() };
    match import_in(tx, office_id, std::slice::from_ref(&numbered), source, now).await? {
        Imported::Done(1, _) => {}
        _ => return Err(StoreError::Conflict("act number")),
    }
    let id: String = on_tx!(tx, conn => {
        sqlx::query_scalar("SELECT id FROM civil_acts WHERE office_id = $1 AND year = $2 AND number = $3")
            .bind(office_id)
            .bind(year)
            .bind(next)
            .fetch_one(&mut *conn)
            .await?
    });
    Ok((id, next))
}

/// A person's birth act anywhere in the register: by IDCS, else by name (either script,
/// spelling-tolerant) and date of birth.
pub async fn find_birth(
    db: &Db,
    idcs: Option<&str>,
    name: &str,
    birth_date: &str,
) -> Result<Option<ActRow>, StoreError> {
    if let Some(idcs) = idcs.filter(|i| !i.is_empty()) {
        let row: Option<Row> = on_db!(read db, pool => {
            sqlx::query_as(sqlx::AssertSqlSafe(format!("{SELECT}WHERE idcs = $1 AND kind = 'birth' LIMIT 1")))
                .bind(idcs)
                .fetch_optional(pool)
                .await?
        });
        if let Some(r) = row {
            return Ok(Some(act_row(r)));
        }
    }
    let key = name_key(name);
    if key.is_empty() {
        return Ok(None);
    }
    let row: Option<Row> = on_db!(read db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{SELECT}WHERE kind = 'birth' AND event_date = $1 AND (name_key_ar = $2 OR name_key_latin = $2) LIMIT 1"
        )))
        .bind(birth_date)
        .bind(&key)
        .fetch_optional(pool)
        .await?
    });
    Ok(row.map(act_row))
}

/// Adds an act to an account's family booklet (once), inside the caller's transaction.
pub async fn add_to_booklet_in(tx: &mut Tx, user_id: &str, act_id: &str, now: i64) -> Result<(), StoreError> {
    on_tx!(tx, conn => {
        sqlx::query(
            "INSERT INTO family_booklet (user_id, act_id, added_at) VALUES ($1, $2, $3) ON CONFLICT (user_id, act_id) DO NOTHING",
        )
        .bind(user_id)
        .bind(act_id)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    });
    Ok(())
}

/// The acts of an account's family booklet, by date of the event: those transcriptions and
/// declarations entered for it, and the acts it holds (its own birth act, once identified).
pub async fn booklet(db: &Db, user_id: &str) -> Result<Vec<ActRow>, StoreError> {
    let rows: Vec<Row> = on_db!(read db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{SELECT}WHERE id IN (SELECT act_id FROM family_booklet WHERE user_id = $1) \
             OR id IN (SELECT act_id FROM act_holders WHERE user_id = $1) ORDER BY event_date, year, number"
        )))
        .bind(user_id)
        .fetch_all(pool)
        .await?
    });
    Ok(rows.into_iter().map(act_row).collect())
}

/// Corrects the Latin spelling of the person's name on an act, with its margin note, inside
/// the caller's transaction.
pub async fn correct_latin_name_in(
    tx: &mut Tx,
    act_id: &str,
    new_name: &str,
    note: &MarginNote,
    case_id: Option<&str>,
    now: i64,
) -> Result<(), StoreError> {
    on_tx!(tx, conn => {
        sqlx::query("UPDATE civil_acts SET name_latin = $2, name_key_latin = $3 WHERE id = $1")
            .bind(act_id)
            .bind(new_name)
            .bind(name_key(new_name))
            .execute(&mut *conn)
            .await?;
        insert_note!(conn, act_id, note, case_id, now)?;
    });
    Ok(())
}

/// The birth acts of an office whose person is named so in Arabic script (spelling-tolerant).
pub async fn births_named(db: &Db, office_id: &str, name_ar: &str) -> Result<Vec<ActRow>, StoreError> {
    let rows: Vec<Row> = on_db!(read db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "{SELECT}WHERE office_id = $1 AND kind = 'birth' AND name_key_ar = $2 ORDER BY year, number LIMIT 20"
        )))
        .bind(office_id)
        .bind(name_key(name_ar))
        .fetch_all(pool)
        .await?
    });
    Ok(rows.into_iter().map(act_row).collect())
}
