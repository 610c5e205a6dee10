//! Refusals: what a command answers when the rules say no or the input is invalid. Each is a
//! stable code with its arguments; translation happens only at the edge (an HTML page in the
//! reader's language, an API problem body with a message from `Accept-Language`, a mail).
//! The message of a code is the translation key `err-<code>`.

use fluent_bundle::{FluentArgs, FluentValue};
use nafida_domain::Names;

use crate::i18n::{I18n, Lang};

/// An argument of a problem's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// A number (plural rules apply).
    Count(i64),
    /// A text shown as it is.
    Text(String),
    /// A label of the catalogue, shown in the reader's language.
    Label(Names),
    /// Another message of the translations, by key, shown in the reader's language.
    Key(&'static str),
}

/// One problem with what was sent: the input it is about, a stable code, its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The input's name (`field_birth_date`, `doc_mandate`, `motivation`…).
    pub field: String,
    /// The stable code (`field-required`, `file-type`…).
    pub code: String,
    /// Named arguments of the message.
    pub args: Vec<(&'static str, Arg)>,
}

impl Problem {
    /// A problem without arguments.
    pub fn new(field: impl Into<String>, code: impl Into<String>) -> Self {
        Problem { field: field.into(), code: code.into(), args: vec![] }
    }

    /// Adds an argument.
    pub fn with(mut self, name: &'static str, arg: Arg) -> Self {
        self.args.push((name, arg));
        self
    }

    /// The translation key of its message.
    pub fn key(&self) -> String {
        format!("err-{}", self.code)
    }

    /// Its message in `lang`.
    pub fn message(&self, i18n: &I18n, lang: Lang) -> String {
        let mut args = FluentArgs::new();
        for (name, arg) in &self.args {
            match arg {
                Arg::Count(n) => args.set(*name, FluentValue::from(*n)),
                Arg::Text(t) => args.set(*name, FluentValue::from(t.clone())),
                Arg::Label(n) => args.set(*name, FluentValue::from(n.get(lang.code()).to_string())),
                Arg::Key(k) => args.set(*name, FluentValue::from(i18n.format(lang, k, None))),
            }
        }
        i18n.format(lang, &self.key(), Some(&args))
    }
}

/// The problems of one command, every one at once.
pub type Problems = Vec<Problem>;

/// Why a command was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The actor's role may not do this (an agent assigning cases).
    Forbidden(&'static str),
    /// The case's state does not allow this now (the workflow, a payment still owed).
    NotAllowed(&'static str),
    /// Problems with what was sent.
    Invalid(Problems),
    /// The case changed meanwhile (someone acted first); nothing was written.
    Changed,
    /// A part the command needs (the file store) does not answer now; nothing was written
    /// and the same request can be sent again later.
    Unavailable(&'static str),
}

impl Refusal {
    /// A refusal for one problem.
    pub fn invalid(field: impl Into<String>, code: impl Into<String>) -> Self {
        Refusal::Invalid(vec![Problem::new(field, code)])
    }

    /// The stable code of the refusal (`invalid` for problems with the input).
    pub fn code(&self) -> &'static str {
        match self {
            Refusal::Forbidden(code) | Refusal::NotAllowed(code) | Refusal::Unavailable(code) => code,
            Refusal::Invalid(_) => "invalid",
            Refusal::Changed => "case-changed",
        }
    }
}

/// What a command gives: its outcome, or why it was refused.
pub type Outcome<T> = crate::Result<Result<T, Refusal>>;

#[cfg(test)]
mod tests {
    use crate::i18n::{I18n, Lang};

    /// Every code a command can refuse with, read from the engine's own sources, has a message
    /// in every language (`err-<code>`): a refusal is never shown as a bare code.
    #[test]
    fn every_refusal_code_has_a_message() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut codes = vec!["invalid".to_string(), "case-changed".to_string()];
        let mut dirs = vec![root];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    dirs.push(path);
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                let text = text.split("#[cfg(test)]").next().unwrap_or_default();
                for marker in ["Refusal::NotAllowed(\"", "Refusal::Forbidden(\"", "Refusal::invalid(\""] {
                    for part in text.split(marker).skip(1) {
                        let code = part.split('"').next().unwrap_or_default();
                        // `invalid(field, code)`: the code is the second literal.
                        let code = if marker.ends_with("invalid(\"") {
                            part.split('"').nth(2).unwrap_or_default()
                        } else {
                            code
                        };
                        codes.push(code.to_string());
                    }
                }
                // `Problem::new(field, "code")`: the last literal before the closing bracket.
                for part in text.split("Problem::new(").skip(1) {
                    let call = part.split(')').next().unwrap_or_default();
                    let last_argument = call.rsplit(',').next().unwrap_or_default();
                    if call.contains(',')
                        && let Some(code) = last_argument.split('"').nth(1)
                    {
                        codes.push(code.to_string());
                    }
                }
            }
        }
        assert!(codes.len() > 10, "the scan found the refusals: {codes:?}");
        for lang in Lang::ALL {
            let keys = I18n::keys(lang);
            for code in &codes {
                assert!(keys.contains(&format!("err-{code}")), "{} lacks err-{code}", lang.code());
            }
        }
    }
}
