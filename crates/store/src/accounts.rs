//! Accounts: look-up for sign-in, e-mail verification, single-use links, password and e-mail
//! changes, two-factor secrets and recovery codes. Every operation that changes more than one
//! row (an account and the mail announcing it, a link and what it unlocks) runs in one
//! transaction, so a failure never leaves half of it written.

use nafida_domain::{Email, OrgId, Role};

use crate::mail::NewMail;
use crate::{Db, StoreError, on_db};

/// An account as sign-in and authorisation need it.
#[derive(Debug, Clone)]
pub struct Account {
    /// Identifier.
    pub id: String,
    /// Sign-in address.
    pub email: String,
    /// Role.
    pub role: Role,
    /// Administration of a staff member.
    pub org_id: Option<OrgId>,
    /// Name shown to others.
    pub display_name: String,
    /// argon2id hash.
    pub password_hash: String,
    /// Whether the address was confirmed.
    pub email_verified: bool,
    /// Whether the account was disabled by an administrator.
    pub disabled: bool,
    /// Interface language code.
    pub preferred_lang: String,
    /// Base32 TOTP secret (set at enrolment).
    pub totp_secret: Option<String>,
    /// Whether two-factor authentication is active.
    pub totp_enabled: bool,
    /// Last TOTP step accepted (replay protection).
    pub totp_last_step: Option<i64>,
    /// The time zone the person reads times in (IANA name; none: Morocco's legal time).
    pub time_zone: Option<String>,
}

type AccountRow = (
    String,
    String,
    String,
    Option<String>,
    String,
    String,
    Option<i64>,
    Option<i64>,
    String,
    Option<String>,
    Option<i64>,
    Option<i64>,
    Option<String>,
);

macro_rules! select_accounts {
    ($rest:literal) => {
        concat!(
            "SELECT id, email, role, org_id, display_name, password_hash, email_verified_at, disabled_at, ",
            "preferred_lang, totp_secret, totp_enabled_at, totp_last_step, time_zone FROM users ",
            $rest
        )
    };
}

fn account(row: AccountRow) -> Result<Account, StoreError> {
    let (id, email, role, org, name, hash, verified, disabled, lang, secret, totp_on, last_step, zone) = row;
    Ok(Account {
        role: Role::parse(&role).map_err(|e| StoreError::Corrupt(e.to_string()))?,
        org_id: org.as_deref().map(OrgId::parse).transpose().map_err(|e| StoreError::Corrupt(e.to_string()))?,
        id,
        email,
        display_name: name,
        password_hash: hash,
        email_verified: verified.is_some(),
        disabled: disabled.is_some(),
        preferred_lang: lang,
        totp_secret: secret,
        totp_enabled: totp_on.is_some(),
        totp_last_step: last_step,
        time_zone: zone,
    })
}

/// Sets the time zone an account reads times in (none: Morocco's legal time).
pub async fn set_time_zone(db: &Db, user_id: &str, zone: Option<&str>) -> Result<(), StoreError> {
    on_db!(write db, pool => {
        sqlx::query("UPDATE users SET time_zone = $2 WHERE id = $1").bind(user_id).bind(zone).execute(pool).await?;
    });
    Ok(())
}

/// The account with this e-mail address, if any.
pub async fn find_by_email(db: &Db, email: &Email) -> Result<Option<Account>, StoreError> {
    let row: Option<AccountRow> = on_db!(read db, pool => {
        sqlx::query_as(select_accounts!("WHERE email_key = $1")).bind(email.key()).fetch_optional(pool).await?
    });
    row.map(account).transpose()
}

/// The account with this id, if any.
pub async fn get(db: &Db, id: &str) -> Result<Option<Account>, StoreError> {
    let row: Option<AccountRow> = on_db!(read db, pool => {
        sqlx::query_as(select_accounts!("WHERE id = $1")).bind(id).fetch_optional(pool).await?
    });
    row.map(account).transpose()
}

/// Staff accounts of an administration and of every administration below it.
pub async fn staff_under(db: &Db, root: &OrgId) -> Result<Vec<Account>, StoreError> {
    let rows: Vec<AccountRow> = on_db!(read db, pool => {
        sqlx::query_as(select_accounts!(
            "WHERE org_id IN (WITH RECURSIVE sub(id) AS (SELECT id FROM orgs WHERE id = $1 \
             UNION ALL SELECT o.id FROM orgs o JOIN sub ON o.parent_id = sub.id) SELECT id FROM sub) \
             AND role <> 'citizen' ORDER BY display_name, id"
        ))
        .bind(root.as_str())
        .fetch_all(pool)
        .await?
    });
    rows.into_iter().map(account).collect()
}

/// A single-use link to create with an account operation.
#[derive(Debug)]
pub struct NewToken<'a> {
    /// SHA-256 of the token sent by mail.
    pub token_hash: &'a str,
    /// What it unlocks.
    pub purpose: &'static str,
    /// For an e-mail change: the new address.
    pub new_email: Option<&'a Email>,
    /// Expiry.
    pub expires_at: i64,
}

macro_rules! insert_token {
    ($tx:expr, $user_id:expr, $t:expr, $now:expr) => {
        sqlx::query(
            "INSERT INTO account_tokens (token_hash, user_id, purpose, new_email, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind($t.token_hash)
        .bind($user_id)
        .bind($t.purpose)
        .bind($t.new_email.map(|e: &Email| e.as_str().to_string()))
        .bind($now)
        .bind($t.expires_at)
        .execute(&mut *$tx)
        .await
    };
}

/// A new account to create at sign-up or by an administrator.
#[derive(Debug)]
pub struct NewAccount<'a> {
    /// Sign-in address.
    pub email: &'a Email,
    /// argon2id hash of the password (or of a random secret for an invitation).
    pub password_hash: &'a str,
    /// Role.
    pub role: Role,
    /// Administration of a staff member.
    pub org: Option<&'a OrgId>,
    /// Display name.
    pub display_name: &'a str,
    /// Interface language.
    pub lang: &'a str,
}

macro_rules! insert_account {
    ($exec:expr, $id:expr, $new:expr, $now:expr, $verified_at:expr) => {
        sqlx::query(
            "INSERT INTO users (id, email, email_key, password_hash, role, org_id, display_name, created_at, preferred_lang, \
             email_verified_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind($id)
        .bind($new.email.as_str())
        .bind($new.email.key())
        .bind($new.password_hash)
        .bind($new.role.as_str())
        .bind($new.org.map(OrgId::as_str))
        .bind($new.display_name)
        .bind($now)
        .bind($new.lang)
        .bind($verified_at)
        .execute($exec)
        .await
    };
}

/// The error of a refused account insert: a taken address, or an unknown administration.
fn account_error(e: sqlx::Error) -> StoreError {
    match e {
        e if StoreError::is_unique_violation(&e) => StoreError::Conflict("an account with this e-mail"),
        sqlx::Error::Database(e) if e.is_foreign_key_violation() => StoreError::NotFound("administration"),
        e => e.into(),
    }
}

/// Creates an account whose address an operator vouches for (command line, demo data).
pub async fn create_verified(db: &Db, new: &NewAccount<'_>, now: i64) -> Result<String, StoreError> {
    let id = uuid::Uuid::now_v7().to_string();
    let result = on_db!(write db, pool => { insert_account!(pool, &id, new, now, Some(now)).map(|_| ()) });
    result.map(|()| id).map_err(account_error)
}

/// Creates an account with its first link and the mail carrying it, in one transaction.
/// A taken address is [`StoreError::Conflict`] and writes nothing.
pub async fn create_with_token(
    db: &Db,
    new: &NewAccount<'_>,
    token: &NewToken<'_>,
    mail: &NewMail<'_>,
    now: i64,
) -> Result<String, StoreError> {
    let id = uuid::Uuid::now_v7().to_string();
    let result: Result<(), sqlx::Error> = on_db!(write db, pool => {
        async {
            let mut tx = pool.begin().await?;
            insert_account!(&mut *tx, &id, new, now, None::<i64>)?;
            insert_token!(tx, &id, token, now)?;
            crate::mail::insert_mail!(tx, mail, now)?;
            tx.commit().await
        }
        .await
    });
    result.map(|()| id).map_err(account_error)
}

/// Adds a link for an existing account and the mail carrying it, in one transaction. Older
/// unused links of the same purpose are voided, so only the latest mail works.
pub async fn add_token(
    db: &Db,
    user_id: &str,
    token: &NewToken<'_>,
    mail: &NewMail<'_>,
    now: i64,
) -> Result<(), StoreError> {
    on_db!(write db, pool => {
        let mut tx = pool.begin().await?;
        sqlx::query("UPDATE account_tokens SET used_at = $3 WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL")
            .bind(user_id)
            .bind(token.purpose)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        insert_token!(tx, user_id, token, now)?;
        crate::mail::insert_mail!(tx, mail, now)?;
        tx.commit().await?;
    });
    Ok(())
}

type TokenRow = (String, String, Option<String>, i64, Option<i64>);

/// What a link turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenOutcome {
    /// Valid: it has now been used.
    Used {
        /// The account.
        user_id: String,
        /// For an e-mail change, the new address.
        new_email: Option<String>,
    },
    /// Known but past its expiry.
    Expired,
    /// Already used (or voided by a newer link).
    AlreadyUsed,
    /// Not a link we sent.
    Unknown,
}

/// What to do once a link is accepted, inside the same transaction.
#[derive(Debug, Clone, Copy)]
pub enum TokenEffect<'a> {
    /// Mark the e-mail address verified.
    VerifyEmail,
    /// Set a new password (hash), verify the address, end every session.
    SetPassword(&'a str),
    /// Replace the e-mail address by the one the link carries.
    ChangeEmail,
}

/// Uses a link once and applies its effect, in one transaction.
pub async fn redeem_token(
    db: &Db,
    token_hash: &str,
    purposes: &[&str],
    effect: TokenEffect<'_>,
    now: i64,
) -> Result<TokenOutcome, StoreError> {
    let outcome: Result<TokenOutcome, sqlx::Error> = on_db!(write db, pool => {
        async {
            let mut tx = pool.begin().await?;
            let row: Option<TokenRow> = sqlx::query_as(
                "SELECT user_id, purpose, new_email, expires_at, used_at FROM account_tokens WHERE token_hash = $1",
            )
            .bind(token_hash)
            .fetch_optional(&mut *tx)
            .await?;
            let Some((user_id, purpose, new_email, expires_at, used_at)) = row else {
                return Ok(TokenOutcome::Unknown);
            };
            if !purposes.contains(&purpose.as_str()) {
                return Ok(TokenOutcome::Unknown);
            }
            if used_at.is_some() {
                return Ok(TokenOutcome::AlreadyUsed);
            }
            if expires_at <= now {
                return Ok(TokenOutcome::Expired);
            }
            let claimed = sqlx::query("UPDATE account_tokens SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL")
                .bind(token_hash)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            if claimed.rows_affected() != 1 {
                return Ok(TokenOutcome::AlreadyUsed);
            }
            match effect {
                TokenEffect::VerifyEmail => {
                    sqlx::query("UPDATE users SET email_verified_at = COALESCE(email_verified_at, $2) WHERE id = $1")
                        .bind(&user_id)
                        .bind(now)
                        .execute(&mut *tx)
                        .await?;
                }
                TokenEffect::SetPassword(hash) => {
                    sqlx::query(
                        "UPDATE users SET password_hash = $2, password_changed_at = $3, \
                         email_verified_at = COALESCE(email_verified_at, $3) WHERE id = $1",
                    )
                    .bind(&user_id)
                    .bind(hash)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                    sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(&user_id).execute(&mut *tx).await?;
                    sqlx::query("UPDATE personal_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL")
                        .bind(&user_id)
                        .bind(now)
                        .execute(&mut *tx)
                        .await?;
                }
                TokenEffect::ChangeEmail => {
                    let Some(addr) = &new_email else { return Ok(TokenOutcome::Unknown) };
                    sqlx::query("UPDATE users SET email = $2, email_key = $3, email_verified_at = $4 WHERE id = $1")
                        .bind(&user_id)
                        .bind(addr)
                        .bind(addr.to_lowercase())
                        .bind(now)
                        .execute(&mut *tx)
                        .await?;
                }
            }
            tx.commit().await?;
            Ok(TokenOutcome::Used { user_id, new_email })
        }
        .await
    });
    match outcome {
        Err(e) if StoreError::is_unique_violation(&e) => Err(StoreError::Conflict("an account with this e-mail")),
        other => Ok(other?),
    }
}

/// Sets a new password hash and ends every other session of the account except `keep`.
pub async fn set_password(
    db: &Db,
    user_id: &str,
    hash: &str,
    keep_session: Option<&str>,
    now: i64,
) -> Result<(), StoreError> {
    on_db!(write db, pool => {
        let mut tx = pool.begin().await?;
        sqlx::query("UPDATE users SET password_hash = $2, password_changed_at = $3 WHERE id = $1")
            .bind(user_id)
            .bind(hash)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
            .bind(user_id)
            .bind(keep_session.unwrap_or(""))
            .execute(&mut *tx)
            .await?;
        // Apps given a personal token lose it too: a new password is a fresh start.
        sqlx::query("UPDATE personal_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL")
            .bind(user_id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
    });
    Ok(())
}

/// Remembers the interface language.
pub async fn set_lang(db: &Db, user_id: &str, lang: &str) -> Result<(), StoreError> {
    on_db!(write db, pool => {
        sqlx::query("UPDATE users SET preferred_lang = $2 WHERE id = $1").bind(user_id).bind(lang).execute(pool).await?;
    });
    Ok(())
}

/// Stores a TOTP secret being enrolled (not active until confirmed).
pub async fn set_pending_totp(db: &Db, user_id: &str, secret_b32: &str) -> Result<(), StoreError> {
    on_db!(write db, pool => {
        sqlx::query("UPDATE users SET totp_secret = $2 WHERE id = $1 AND totp_enabled_at IS NULL")
            .bind(user_id)
            .bind(secret_b32)
            .execute(pool)
            .await?;
    });
    Ok(())
}

/// Activates two-factor authentication with the first accepted step and the recovery codes'
/// hashes, in one transaction.
pub async fn enable_totp(
    db: &Db,
    user_id: &str,
    step: i64,
    recovery_hashes: &[String],
    now: i64,
) -> Result<(), StoreError> {
    on_db!(write db, pool => {
        let mut tx = pool.begin().await?;
        sqlx::query("UPDATE users SET totp_enabled_at = $2, totp_last_step = $3 WHERE id = $1")
            .bind(user_id)
            .bind(now)
            .bind(step)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
        for h in recovery_hashes {
            sqlx::query("INSERT INTO recovery_codes (code_hash, user_id) VALUES ($1, $2)")
                .bind(h)
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
    });
    Ok(())
}

/// Records an accepted TOTP step; false when this step (or a later one) was already used,
/// on any node.
pub async fn claim_totp_step(db: &Db, user_id: &str, step: i64) -> Result<bool, StoreError> {
    Ok(on_db!(write db, pool => {
        sqlx::query("UPDATE users SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)")
            .bind(user_id)
            .bind(step)
            .execute(pool)
            .await?
            .rows_affected()
            == 1
    }))
}

/// Uses a recovery code once; false when unknown or used.
pub async fn use_recovery_code(db: &Db, user_id: &str, code_hash: &str, now: i64) -> Result<bool, StoreError> {
    Ok(on_db!(write db, pool => {
        sqlx::query("UPDATE recovery_codes SET used_at = $3 WHERE code_hash = $1 AND user_id = $2 AND used_at IS NULL")
            .bind(code_hash)
            .bind(user_id)
            .bind(now)
            .execute(pool)
            .await?
            .rows_affected()
            == 1
    }))
}

/// Disables or re-enables an account; disabling ends its sessions.
pub async fn set_disabled(db: &Db, user_id: &str, disabled: bool, now: i64) -> Result<(), StoreError> {
    on_db!(write db, pool => {
        let mut tx = pool.begin().await?;
        sqlx::query("UPDATE users SET disabled_at = $2 WHERE id = $1")
            .bind(user_id)
            .bind(disabled.then_some(now))
            .execute(&mut *tx)
            .await?;
        if disabled {
            sqlx::query("DELETE FROM sessions WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
            sqlx::query("UPDATE personal_tokens SET revoked_at = $2 WHERE user_id = $1 AND revoked_at IS NULL")
                .bind(user_id)
                .bind(now)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
    });
    Ok(())
}

/// Who is told when a case of `org_id` is overdue: the supervisors of the administration and of
/// those above it (`cell = false`), or the staff of the provincial MRE cells (`cell = true`).
/// Returns `(e-mail, language)` of active accounts.
pub async fn escalation_recipients(db: &Db, org_id: &str, cell: bool) -> Result<Vec<(String, String)>, StoreError> {
    Ok(on_db!(read db, pool => {
        if cell {
            // The cell of the case's own province only: a cell whose province is above the
            // administration.
            sqlx::query_as(
                "WITH RECURSIVE up(id, parent_id) AS (SELECT id, parent_id FROM orgs WHERE id = $1 \
                 UNION ALL SELECT o.id, o.parent_id FROM orgs o JOIN up ON o.id = up.parent_id) \
                 SELECT u.email, u.preferred_lang FROM users u JOIN orgs o ON o.id = u.org_id \
                 WHERE o.kind = 'mre-cell' AND o.parent_id IN (SELECT id FROM up) AND u.role <> 'citizen' \
                 AND u.disabled_at IS NULL ORDER BY u.email",
            )
            .bind(org_id)
            .fetch_all(pool)
            .await?
        } else {
            sqlx::query_as(
                "WITH RECURSIVE up(id, parent_id) AS (SELECT id, parent_id FROM orgs WHERE id = $1 \
                 UNION ALL SELECT o.id, o.parent_id FROM orgs o JOIN up ON o.id = up.parent_id) \
                 SELECT email, preferred_lang FROM users WHERE role = 'supervisor' AND disabled_at IS NULL \
                 AND org_id IN (SELECT id FROM up) ORDER BY email",
            )
            .bind(org_id)
            .fetch_all(pool)
            .await?
        }
    }))
}

/// Erases the account data of citizens who have not signed in since `before` and have no open
/// request (the privacy notice promises it two years after the last sign-in): the profile, the
/// sessions, the links and tokens go; the address, the password and the name are blanked; the
/// account stays, disabled, so the cases it filed keep their applicant. Returns how many.
pub async fn erase_inactive(db: &Db, before: i64, now: i64) -> Result<u64, StoreError> {
    let ids: Vec<String> = on_db!(read db, pool => {
        sqlx::query_scalar(
            "SELECT u.id FROM users u WHERE u.role = 'citizen' AND u.erased_at IS NULL \
             AND COALESCE(u.last_sign_in_at, u.created_at) < $1 \
             AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.applicant_id = u.id \
                             AND c.phase IN ('received', 'in-progress', 'waiting-for-you')) \
             ORDER BY u.id LIMIT 500",
        )
        .bind(before)
        .fetch_all(pool)
        .await?
    });
    for id in &ids {
        on_db!(write db, pool => {
            let mut tx = pool.begin().await?;
            for sql in [
                "DELETE FROM profiles WHERE user_id = $1",
                "DELETE FROM sessions WHERE user_id = $1",
                "DELETE FROM account_tokens WHERE user_id = $1",
                "DELETE FROM personal_tokens WHERE user_id = $1",
                "DELETE FROM identity_checks WHERE user_id = $1",
                "DELETE FROM act_holders WHERE user_id = $1",
            ] {
                sqlx::query(sql).bind(id).execute(&mut *tx).await?;
            }
            sqlx::query(
                "UPDATE users SET email = 'erased-' || id || '@invalid', email_key = 'erased:' || id, password_hash = '!', \
                 display_name = '', erased_at = $2, disabled_at = COALESCE(disabled_at, $2) WHERE id = $1 AND erased_at IS NULL",
            )
            .bind(id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            tx.commit().await?;
        });
    }
    Ok(ids.len() as u64)
}
