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
    /// A password is shorter than the policy allows.
    #[error("password too short")]
    PasswordTooShort,
    /// A password is longer than the policy allows.
    #[error("password too long")]
    PasswordTooLong,
    /// A password is too common or too easy to guess.
    #[error("password too common")]
    PasswordCommon,
    /// A name meant to be in Arabic script is not.
    #[error("name not in Arabic script")]
    NameNotArabic,
    /// A name meant to be in Latin script is not.
    #[error("name not in Latin script")]
    NameNotLatin,
    /// Not a date, or a date that does not exist.
    #[error("invalid date")]
    InvalidDate,
    /// A birth date in the future or too far in the past.
    #[error("birth date out of range")]
    BirthDateOutOfRange,
    /// Not F or M.
    #[error("invalid sex")]
    InvalidSex,
    /// Not a country of the list.
    #[error("unknown country")]
    UnknownCountry,
    /// Not an E.164 phone number.
    #[error("invalid phone number")]
    InvalidPhone,
    /// Not ten digits.
    #[error("invalid IDCS")]
    InvalidIdcs,
    /// Not a CNIE number.
    #[error("invalid CNIE number")]
    InvalidCnie,
    /// Not a consular registration number.
    #[error("invalid consular registration number")]
    InvalidConsularNumber,
    /// Not a place name.
    #[error("invalid place name")]
    InvalidPlace,
    /// Not a case reference (or its check character is wrong).
    #[error("invalid case reference")]
    InvalidCaseRef,
    /// Not a 16-digit electronic stamp code.
    #[error("invalid e-Timbre code")]
    InvalidETimbre,
    /// Not birth, marriage, divorce or death.
    #[error("unknown kind of act (birth, marriage, divorce or death)")]
    InvalidActKind,
    /// Not an act number.
    #[error("invalid act number (1 to 6 digits)")]
    InvalidActNumber,
    /// Not a register year.
    #[error("invalid register year (1900 to this year)")]
    InvalidActYear,
    /// A name meant to be in Tifinagh is not.
    #[error("name not in Tifinagh script")]
    NameNotTifinagh,
    /// The list of complaint topics is malformed.
    #[error("invalid complaint topics: {0}")]
    InvalidTopics(String),
    /// Not a document verification code.
    #[error("invalid verification code")]
    InvalidVerificationCode,
}

impl DomainError {
    /// A stable code for the UI and the API; never changes once published.
    pub fn code(&self) -> &'static str {
        match self {
            DomainError::InvalidOrgId(_) => "org.invalid-id",
            DomainError::InvalidEmail => "email.invalid",
            DomainError::UnknownRole(_) => "role.unknown",
            DomainError::InvalidOrgMap(_) => "orgmap.invalid",
            DomainError::PasswordTooShort => "password.too-short",
            DomainError::PasswordTooLong => "password.too-long",
            DomainError::PasswordCommon => "password.common",
            DomainError::NameNotArabic => "name.not-arabic",
            DomainError::NameNotLatin => "name.not-latin",
            DomainError::InvalidDate => "date.invalid",
            DomainError::BirthDateOutOfRange => "date.birth-out-of-range",
            DomainError::InvalidSex => "sex.invalid",
            DomainError::UnknownCountry => "country.unknown",
            DomainError::InvalidPhone => "phone.invalid",
            DomainError::InvalidIdcs => "idcs.invalid",
            DomainError::InvalidCnie => "cnie.invalid",
            DomainError::InvalidConsularNumber => "consular-number.invalid",
            DomainError::InvalidPlace => "place.invalid",
            DomainError::InvalidCaseRef => "case-ref.invalid",
            DomainError::InvalidETimbre => "etimbre.invalid",
            DomainError::InvalidActKind => "act.kind-invalid",
            DomainError::InvalidActNumber => "act.number-invalid",
            DomainError::InvalidActYear => "act.year-invalid",
            DomainError::NameNotTifinagh => "name.not-tifinagh",
            DomainError::InvalidVerificationCode => "verification-code.invalid",
            DomainError::InvalidTopics(_) => "topics.invalid",
        }
    }
}
