//! Form validation results: every error of a form at once, each tied to its field and already
//! translated, so the page can show an error summary and the message beside each field while
//! keeping what was typed.

use nafida_domain::DomainError;

/// One field's error.
#[derive(Debug, Clone)]
pub struct FieldError {
    /// The field's name (its input id is `f-<name>`).
    pub field: String,
    /// The message, in the reader's language.
    pub message: String,
    /// A stable machine code (the message's key without `err-`), for the JSON API.
    pub code: String,
}

/// The errors of a submitted form.
#[derive(Debug, Clone, Default)]
pub struct FormErrors(Vec<FieldError>);

impl FormErrors {
    /// Records an error.
    pub fn add(&mut self, field: impl Into<String>, message: String) {
        self.0.push(FieldError { field: field.into(), message, code: "invalid".into() });
    }

    /// Records an error with the key of its message, which is also its machine code.
    pub fn add_keyed(&mut self, field: impl Into<String>, key: &str, message: String) {
        let code = key.strip_prefix("err-").unwrap_or(key).to_string();
        self.0.push(FieldError { field: field.into(), message, code });
    }

    /// Whether the form was valid.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The error of a field.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0.iter().find(|e| e.field == field).map(|e| e.message.as_str())
    }

    /// Whether a field has an error.
    pub fn has(&self, field: &str) -> bool {
        self.get(field).is_some()
    }

    /// All errors, in the order of the form.
    pub fn iter(&self) -> impl Iterator<Item = &FieldError> {
        self.0.iter()
    }
}

impl FormErrors {
    /// Adds the engine's coded problems, translated for the reader.
    pub fn add_problems(&mut self, ctx: &crate::page::PageCtx, problems: &[nafida_engine::Problem]) {
        for p in problems {
            self.0.push(FieldError {
                field: p.field.clone(),
                message: p.message(ctx.i18n(), ctx.lang),
                code: p.code.clone(),
            });
        }
    }

    /// The errors of the engine's coded problems, translated for the reader.
    pub fn from_problems(ctx: &crate::page::PageCtx, problems: &[nafida_engine::Problem]) -> Self {
        let mut errors = FormErrors::default();
        errors.add_problems(ctx, problems);
        errors
    }

    /// The errors of a refusal: its problems beside their fields, or one message for the
    /// whole form.
    pub fn from_refusal(ctx: &crate::page::PageCtx, refusal: nafida_engine::Refusal) -> Self {
        match refusal {
            nafida_engine::Refusal::Invalid(problems) => Self::from_problems(ctx, &problems),
            other => {
                let mut errors = FormErrors::default();
                let key = format!("err-{}", other.code());
                errors.add_keyed("action", &key, ctx.t(&key));
                errors
            }
        }
    }

    /// Renames a field (a page whose input is named otherwise than the engine's).
    pub fn rename(mut self, from: &str, to: &str) -> Self {
        for e in &mut self.0 {
            if e.field == from {
                e.field = to.to_string();
            }
        }
        self
    }
}

/// The translation key of a domain error's message.
pub fn domain_error_key(e: &DomainError) -> String {
    format!("err-{}", e.code().replace('.', "-"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{I18n, Lang};

    #[test]
    fn every_domain_error_has_a_message_in_every_language() {
        let errors = [
            DomainError::InvalidOrgId(String::new()),
            DomainError::InvalidEmail,
            DomainError::UnknownRole(String::new()),
            DomainError::InvalidOrgMap(String::new()),
            DomainError::PasswordTooShort,
            DomainError::PasswordTooLong,
            DomainError::PasswordCommon,
            DomainError::NameNotArabic,
            DomainError::NameNotLatin,
            DomainError::InvalidDate,
            DomainError::BirthDateOutOfRange,
            DomainError::InvalidSex,
            DomainError::UnknownCountry,
            DomainError::InvalidPhone,
            DomainError::InvalidIdcs,
            DomainError::InvalidCnie,
            DomainError::InvalidConsularNumber,
            DomainError::InvalidPlace,
            DomainError::InvalidCaseRef,
            DomainError::InvalidETimbre,
            DomainError::InvalidActKind,
            DomainError::InvalidActNumber,
            DomainError::InvalidActYear,
            DomainError::NameNotTifinagh,
            DomainError::InvalidVerificationCode,
        ];
        for lang in Lang::ALL {
            let keys = I18n::keys(lang);
            for e in &errors {
                assert!(keys.contains(&domain_error_key(e)), "{} lacks {}", lang.code(), domain_error_key(e));
            }
        }
    }
}
