//! Password hashing and checking off the async threads (argon2 is deliberately slow).

use nafida_store::users;

use crate::error::AppError;

/// Hashes a password with argon2id.
pub async fn hash(password: &str) -> Result<String, AppError> {
    let password = password.to_string();
    tokio::task::spawn_blocking(move || users::hash_password(&password))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(AppError::from)
}

/// Checks a password against a stored hash.
pub async fn matches(hash: &str, password: &str) -> Result<bool, AppError> {
    let (hash, password) = (hash.to_string(), password.to_string());
    tokio::task::spawn_blocking(move || users::verify_password(&hash, &password))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))
}
