//! Accounts. Passwords are hashed with argon2id; the e-mail's lowercase form is the unique key.

use argon2::Argon2;
use argon2::password_hash::PasswordHasher;
use nafida_domain::{Email, OrgId, Role};

use crate::{Db, StoreError, on_db};

/// A new account to create.
#[derive(Debug)]
pub struct NewUser<'a> {
    /// Sign-in address.
    pub email: &'a Email,
    /// The password in clear, hashed before it is stored.
    pub password: &'a str,
    /// Role.
    pub role: Role,
    /// The administration of a staff member.
    pub org: Option<&'a OrgId>,
    /// Name shown to others.
    pub display_name: &'a str,
}

/// Hashes a password with argon2id and a random salt.
pub fn hash_password(password: &str) -> Result<String, StoreError> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|_| StoreError::PasswordHash)?;
    Argon2::default()
        .hash_password_with_salt(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|_| StoreError::PasswordHash)
}

/// Checks a password against a stored argon2 hash.
pub fn verify_password(hash: &str, password: &str) -> bool {
    use argon2::password_hash::PasswordVerifier;
    let Ok(parsed) = argon2::password_hash::phc::PasswordHash::new(hash) else { return false };
    Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok()
}

/// Creates an account whose address an operator vouches for (command line, demo data); returns
/// its id. A taken e-mail is a [`StoreError::Conflict`].
pub async fn create(db: &Db, user: &NewUser<'_>, now_millis: i64) -> Result<String, StoreError> {
    if user.role.is_staff() && user.org.is_none() {
        return Err(StoreError::NotFound("administration of the staff member"));
    }
    let hash = hash_password(user.password)?;
    let new = crate::accounts::NewAccount {
        email: user.email,
        password_hash: &hash,
        role: user.role,
        org: user.org,
        display_name: user.display_name,
        lang: "fr",
    };
    crate::accounts::create_verified(db, &new, now_millis).await
}

/// Whether an account exists for this e-mail.
pub async fn exists(db: &Db, email: &Email) -> Result<bool, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query("SELECT 1 FROM users WHERE email_key = $1").bind(email.key()).fetch_optional(pool).await?.is_some()
    }))
}

/// How many accounts have a role.
pub async fn count_by_role(db: &Db, role: Role) -> Result<i64, StoreError> {
    Ok(on_db!(read db, pool => {
        sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE role = $1").bind(role.as_str()).fetch_one(pool).await?
    }))
}

/// Changes the name shown to others.
pub async fn set_display_name(db: &Db, user_id: &str, name: &str) -> Result<(), StoreError> {
    on_db!(write db, pool => {
        sqlx::query("UPDATE users SET display_name = $2 WHERE id = $1").bind(user_id).bind(name).execute(pool).await?;
    });
    Ok(())
}
