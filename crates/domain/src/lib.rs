//! Nafida's domain: the types and rules of the single window, without any I/O.
//!
//! Everything that crosses from the outside world into the platform is parsed here into a
//! newtype (`OrgId`, `Email`, …) so that the store and the web layer never handle raw strings
//! where a checked value is meant. Time comes from an injected [`Clock`] so that legal deadlines
//! can be tested without waiting for them.

pub mod calendar;
pub mod case_ref;
pub mod catalog;
pub mod civil;
pub mod clock;
pub mod consular;
pub mod email;
pub mod error;
pub mod flags;
pub mod help;
pub mod hijri;
pub mod host_holidays;
pub mod legal_time;
pub mod org;
pub mod password;
pub mod places;
pub mod profile;
pub mod role;
pub mod search;
pub mod topics;
pub mod totp;
pub mod urbanism;

pub use case_ref::{CaseRef, VerificationCode};
pub use clock::{Clock, FixedClock, SystemClock, Timestamp};
pub use email::Email;
pub use error::DomainError;
pub use org::{Names, Org, OrgId, OrgKind, OrgLevel, OrgMap};
pub use password::NewPassword;
pub use profile::{
    Channels, CnieNumber, ConsularNumber, Country, Date, Idcs, NameAr, NameLatin, Phone, PlaceName, Sex,
};
pub use role::Role;
pub use totp::TotpSecret;
