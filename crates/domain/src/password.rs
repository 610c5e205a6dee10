//! The password policy: at least 12 characters, at most 128, not one of the 20,000 most common
//! long passwords (`data/common-passwords.txt`), and not the account's own e-mail address.

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::DomainError;

/// Shortest password accepted.
pub const MIN_LEN: usize = 12;
/// Longest password accepted (argon2 cost stays bounded).
pub const MAX_LEN: usize = 128;

const COMMON: &str = include_str!("../../../data/common-passwords.txt");

fn common() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| COMMON.lines().filter(|l| !l.starts_with('#') && !l.is_empty()).map(str::to_lowercase).collect())
}

/// A password that meets the policy. Never printed.
pub struct NewPassword(String);

impl std::fmt::Debug for NewPassword {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NewPassword([redacted])")
    }
}

impl NewPassword {
    /// Checks a new password against the policy; `email` is the account's address.
    pub fn parse(raw: &str, email: Option<&str>) -> Result<Self, DomainError> {
        let len = raw.chars().count();
        if len < MIN_LEN {
            return Err(DomainError::PasswordTooShort);
        }
        if len > MAX_LEN {
            return Err(DomainError::PasswordTooLong);
        }
        let lower = raw.to_lowercase();
        if common().contains(&lower) || email.is_some_and(|e| e.to_lowercase() == lower) {
            return Err(DomainError::PasswordCommon);
        }
        if raw.chars().collect::<HashSet<_>>().len() < 4 {
            return Err(DomainError::PasswordCommon);
        }
        Ok(NewPassword(raw.to_string()))
    }

    /// The password, for hashing.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy() {
        assert_eq!(NewPassword::parse("short", None).err(), Some(DomainError::PasswordTooShort));
        assert_eq!(NewPassword::parse("1qaz2wsx3edc", None).err(), Some(DomainError::PasswordCommon));
        assert_eq!(NewPassword::parse("aaaaaaaaaaaaaaaa", None).err(), Some(DomainError::PasswordCommon));
        assert_eq!(
            NewPassword::parse("amina@example.ma", Some("Amina@example.ma")).err(),
            Some(DomainError::PasswordCommon)
        );
        assert_eq!(NewPassword::parse(&"x1".repeat(70), None).err(), Some(DomainError::PasswordTooLong));
        assert!(NewPassword::parse("la mer à Al Hoceima 2026", None).is_ok());
        assert!(NewPassword::parse("كلمة سر طويلة جدا", None).is_ok());
    }
}
