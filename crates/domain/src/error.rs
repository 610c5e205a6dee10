//! Errors of the domain. Each carries a stable machine code that the web layer translates
//! into the user's language; the English text is for logs and operators.

/// A value or a rule of the domain was not respected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    /// An identifier of an administration is not of the allowed form.
    #[error("invalid administration identifier {0:?}: use 2 to 64 lowercase letters, digits or hyphens")]
    InvalidOrgId(String),
    /// An e-mail address could not be parsed.
    #[error("invalid e-mail address")]
    InvalidEmail,
    /// A role name is unknown.
    #[error("unknown role {0:?}: expected citizen, agent, supervisor or admin")]
    UnknownRole(String),
    /// The administrative map is not a valid tree.
    #[error("invalid administrative map: {0}")]
    InvalidOrgMap(String),
}

impl DomainError {
    /// A stable code for the UI and the API; never changes once published.
    pub fn code(&self) -> &'static str {
        match self {
            DomainError::InvalidOrgId(_) => "org.invalid-id",
            DomainError::InvalidEmail => "email.invalid",
            DomainError::UnknownRole(_) => "role.unknown",
            DomainError::InvalidOrgMap(_) => "orgmap.invalid",
        }
    }
}
