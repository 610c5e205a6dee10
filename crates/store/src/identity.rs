//! Identity checks of accounts, the link between an act and its holder's account, and the log
//! of who obtained or consulted an act.

use crate::{Db, StoreError, Tx, on_db, on_tx};

/// One check of an account's identity.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IdentityCheck {
    /// Id.
    pub id: String,
    /// The account.
    pub user_id: String,
    /// `email`, `agent-checked` or `eid`.
    pub level: String,
    /// `counter`, `document-review` or `eid-provider`.
    pub method: String,
    /// The staff member who checked, if one did.
    pub checked_by: Option<String>,
    /// Their administration (or the office of the case that asked the check).
    pub org_id: Option<String>,
    /// The identity provider, for an electronic identity.
    pub provider: Option<String>,
    /// The case of a document review.
    pub case_id: Option<String>,
    /// The document seen (`cnie`, `passport`).
    pub document_kind: Option<String>,
    /// The name in Arabic script established.
    pub name_ar: Option<String>,
    /// The name in Latin script established.
    pub name_latin: Option<String>,
    /// The date of birth established, `YYYY-MM-DD`.
    pub birth_date: Option<String>,
    /// The national ID number, masked.
    pub cnie_masked: Option<String>,
    /// Its keyed hash.
    pub cnie_hash: Option<String>,
    /// When.
    pub created_at: i64,
}

type CheckRow = (
    String,
    String,
    String,
    String,
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
    i64,
);

macro_rules! check_columns {
    () => {
        "id, user_id, level, method, checked_by, org_id, provider, case_id, document_kind, name_ar, name_latin, \
         birth_date, cnie_masked, cnie_hash, created_at"
    };
}

fn check(r: CheckRow) -> IdentityCheck {
    IdentityCheck {
        id: r.0,
        user_id: r.1,
        level: r.2,
        method: r.3,
        checked_by: r.4,
        org_id: r.5,
        provider: r.6,
        case_id: r.7,
        document_kind: r.8,
        name_ar: r.9,
        name_latin: r.10,
        birth_date: r.11,
        cnie_masked: r.12,
        cnie_hash: r.13,
        created_at: r.14,
    }
}

macro_rules! insert_check {
    ($conn:expr, $c:expr) => {
        sqlx::query(concat!(
            "INSERT INTO identity_checks (",
            check_columns!(),
            ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)"
        ))
        .bind(uuid::Uuid::now_v7().to_string())
        .bind(&$c.user_id)
        .bind(&$c.level)
        .bind(&$c.method)
        .bind(&$c.checked_by)
        .bind(&$c.org_id)
        .bind(&$c.provider)
        .bind(&$c.case_id)
        .bind(&$c.document_kind)
        .bind(&$c.name_ar)
        .bind(&$c.name_latin)
        .bind(&$c.birth_date)
        .bind(&$c.cnie_masked)
        .bind(&$c.cnie_hash)
        .bind($c.created_at)
        .execute($conn)
        .await?
    };
}

/// Records a check (its `id` is drawn here).
pub async fn record(db: &Db, c: &IdentityCheck) -> Result<(), StoreError> {
    on_db!(write db, pool => { insert_check!(pool, c); });
    Ok(())
}

/// Records a check inside a command's transaction.
pub async fn record_in(tx: &mut Tx, c: &IdentityCheck) -> Result<(), StoreError> {
    on_tx!(tx, conn => { insert_check!(&mut *conn, c); });
    Ok(())
}

/// Every check of an account, latest first.
pub async fn history(db: &Db, user_id: &str) -> Result<Vec<IdentityCheck>, StoreError> {
    let rows: Vec<CheckRow> = on_db!(read db, pool => {
        sqlx::query_as(concat!(
            "SELECT ",
            check_columns!(),
            " FROM identity_checks WHERE user_id = $1 ORDER BY created_at DESC, id DESC"
        ))
        .bind(user_id)
        .fetch_all(pool)
        .await?
    });
    Ok(rows.into_iter().map(check).collect())
}

/// The latest check of an account: its current level.
pub async fn current(db: &Db, user_id: &str) -> Result<Option<IdentityCheck>, StoreError> {
    Ok(history(db, user_id).await?.into_iter().next())
}

/// Links an act to its holder's account (once; a later link of the same act is ignored).
pub async fn link_holder_in(
    tx: &mut Tx,
    act_id: &str,
    user_id: &str,
    case_id: Option<&str>,
    now: i64,
) -> Result<(), StoreError> {
    on_tx!(tx, conn => {
        sqlx::query(
            "INSERT INTO act_holders (act_id, user_id, case_id, linked_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (act_id) DO NOTHING",
        )
        .bind(act_id)
        .bind(user_id)
        .bind(case_id)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    });
    Ok(())
}

/// The acts whose holder is this account.
pub async fn acts_held(db: &Db, user_id: &str) -> Result<Vec<String>, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query_scalar("SELECT act_id FROM act_holders WHERE user_id = $1 ORDER BY linked_at")
            .bind(user_id)
            .fetch_all(pool)
            .await?
    }))
}

/// One entry of an act's access log.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActAccess {
    /// The act.
    pub act_id: String,
    /// `issued` or `consulted`.
    pub kind: String,
    /// The account (the applicant an issued document went to, or the staff member).
    pub by_user_id: Option<String>,
    /// `applicant`, `agent`, `supervisor`, `admin` or `system`.
    pub by_role: String,
    /// The administration acting.
    pub org_id: Option<String>,
    /// The case.
    pub case_id: Option<String>,
    /// The document issued.
    pub document_kind: Option<String>,
    /// Its verification code.
    pub document_code: Option<String>,
    /// The relation to the holder (`holder`, `ascendant`…) or, for staff, why they read it.
    pub ground: String,
    /// When.
    pub created_at: i64,
}

macro_rules! insert_access {
    ($conn:expr, $a:expr) => {
        sqlx::query(
            "INSERT INTO act_access (id, act_id, kind, by_user_id, by_role, org_id, case_id, document_kind, \
             document_code, ground, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )
        .bind(uuid::Uuid::now_v7().to_string())
        .bind(&$a.act_id)
        .bind(&$a.kind)
        .bind(&$a.by_user_id)
        .bind(&$a.by_role)
        .bind(&$a.org_id)
        .bind(&$a.case_id)
        .bind(&$a.document_kind)
        .bind(&$a.document_code)
        .bind(&$a.ground)
        .bind($a.created_at)
        .execute($conn)
        .await?
    };
}

/// Logs an access to an act.
pub async fn log_access(db: &Db, a: &ActAccess) -> Result<(), StoreError> {
    on_db!(write db, pool => { insert_access!(pool, a); });
    Ok(())
}

/// Logs an access inside a command's transaction (an issuance).
pub async fn log_access_in(tx: &mut Tx, a: &ActAccess) -> Result<(), StoreError> {
    on_tx!(tx, conn => { insert_access!(&mut *conn, a); });
    Ok(())
}

type AccessRow = (
    String,
    String,
    Option<String>,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
    i64,
);

/// The access log of an act, latest first.
pub async fn access_log(db: &Db, act_id: &str) -> Result<Vec<ActAccess>, StoreError> {
    let rows: Vec<AccessRow> = on_db!(read db, pool => {
        sqlx::query_as(
            "SELECT act_id, kind, by_user_id, by_role, org_id, case_id, document_kind, document_code, ground, created_at \
             FROM act_access WHERE act_id = $1 ORDER BY created_at DESC, id DESC",
        )
        .bind(act_id)
        .fetch_all(pool)
        .await?
    });
    Ok(rows
        .into_iter()
        .map(|r| ActAccess {
            act_id: r.0,
            kind: r.1,
            by_user_id: r.2,
            by_role: r.3,
            org_id: r.4,
            case_id: r.5,
            document_kind: r.6,
            document_code: r.7,
            ground: r.8,
            created_at: r.9,
        })
        .collect())
}
