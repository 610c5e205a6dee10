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

/// The errors of a submitted form, and what was typed in it, to show again.
#[derive(Debug, Clone, Default)]
pub struct FormErrors(Vec<FieldError>, Option<Kept>);

/// What was typed in one of a page's forms, shown again in that form after a refusal (a page
/// of several forms, the staff case page, keeps each form's input apart).
#[derive(Debug, Clone, Default)]
pub struct Kept {
    form: String,
    values: Vec<(String, String)>,
    /// The engine's field names this form's inputs are named otherwise: `(engine's, form's)`.
    renames: Vec<(String, String)>,
}

impl Kept {
    /// The values typed in `form`.
    pub fn new<'a>(form: &str, values: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        Kept {
            form: form.to_string(),
            values: values.into_iter().map(|(k, v)| (k.into(), v.into())).collect(),
            renames: vec![],
        }
    }

    /// The engine's field `from` is this form's input `to` (its error shows beside it).
    pub fn renaming(mut self, from: &str, to: &str) -> Self {
        self.renames.push((from.into(), to.into()));
        self
    }

    /// Nothing kept (a form with nothing typed: a button).
    pub fn none() -> Self {
        Kept::default()
    }
}

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

    /// Keeps what was typed in `kept`'s form, to show it again, its errors beside its inputs.
    pub fn keep(mut self, kept: Kept) -> Self {
        for (from, to) in &kept.renames {
            self = self.rename(from, to);
        }
        if !kept.form.is_empty() {
            self.1 = Some(kept);
        }
        self
    }

    /// Whether the refused form is `form` (its section opens to show the error).
    pub fn is_form(&self, form: &str) -> bool {
        self.1.as_ref().is_some_and(|k| k.form == form)
    }

    /// What was typed in `name` of `form`, or nothing.
    pub fn typed(&self, form: &str, name: &str) -> &str {
        self.1
            .as_ref()
            .filter(|k| k.form == form)
            .and_then(|k| k.values.iter().find(|(n, _)| n == name))
            .map_or("", |(_, v)| v.as_str())
    }

    /// Whether `value` was chosen in `name` of `form` (a checkbox, an option).
    pub fn chose(&self, form: &str, name: &str, value: &str) -> bool {
        self.1
            .as_ref()
            .filter(|k| k.form == form)
            .is_some_and(|k| k.values.iter().any(|(n, v)| n == name && v == value))
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

/// A page shown again after the engine said a part (the file store) is unavailable: 503 with
/// `Retry-After`, the form and what was typed in it kept.
pub fn retry_later(mut page: axum::response::Response) -> axum::response::Response {
    *page.status_mut() = axum::http::StatusCode::SERVICE_UNAVAILABLE;
    page.headers_mut().insert(axum::http::header::RETRY_AFTER, axum::http::HeaderValue::from_static("30"));
    page
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
