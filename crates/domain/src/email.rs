//! E-mail addresses: trimmed, with one `@`, a dotted domain, and no spaces. The lowercase
//! form is the key for look-ups; the original spelling is kept for display.

use crate::DomainError;

/// A syntactically valid e-mail address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    /// Parses an address typed by a person.
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let s = raw.trim();
        let (local, domain) = s.split_once('@').ok_or(DomainError::InvalidEmail)?;
        let ok = !local.is_empty()
            && local.len() <= 64
            && s.len() <= 254
            && !domain.contains('@')
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains("..")
            && !s.chars().any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>');
        if ok { Ok(Email(s.to_string())) } else { Err(DomainError::InvalidEmail) }
    }

    /// The address as typed (trimmed).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The lowercase look-up key.
    pub fn key(&self) -> String {
        self.0.to_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects() {
        assert_eq!(Email::parse(" Amina@Example.ma ").map(|e| e.key()), Ok("amina@example.ma".into()));
        for bad in ["", "a", "a@b", "@b.ma", "a@.ma", "a@b..ma", "a b@c.ma", "a@b@c.ma"] {
            assert_eq!(Email::parse(bad), Err(DomainError::InvalidEmail), "{bad}");
        }
    }
}
