//! Who a person is on the platform. Staff roles always belong to an administration.

use crate::DomainError;

/// The role of an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// A person using the services for themselves or their family.
    Citizen,
    /// A staff member who processes cases of one administration.
    Agent,
    /// A staff member whose rights cover their administration and those below it.
    Supervisor,
    /// Manages staff, the map and the catalogue.
    Admin,
}

impl Role {
    /// Parses the stored or typed name of a role.
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        match raw.trim() {
            "citizen" => Ok(Role::Citizen),
            "agent" => Ok(Role::Agent),
            "supervisor" => Ok(Role::Supervisor),
            "admin" => Ok(Role::Admin),
            other => Err(DomainError::UnknownRole(other.to_string())),
        }
    }

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Citizen => "citizen",
            Role::Agent => "agent",
            Role::Supervisor => "supervisor",
            Role::Admin => "admin",
        }
    }

    /// Whether the role is a staff role, which must belong to an administration.
    pub fn is_staff(self) -> bool {
        !matches!(self, Role::Citizen)
    }
}
