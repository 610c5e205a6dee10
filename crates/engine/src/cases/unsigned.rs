//! A request filed without an account (the complaint procedure): the same form plus an
//! e-mail address. Nothing is registered until the address is confirmed by the link mailed to
//! it; then the request becomes a case of the account of that address (one is created if there
//! is none, which the person can later give a password) through the ordinary filing, whose
//! checks run again. The HTTP edge makes the link's token and keeps the abuse limits.

use nafida_domain::catalog::{FieldKind, Procedure};
use nafida_domain::{Email, Role};
use nafida_store::cases::{CaseRow, Filed};
use nafida_store::{FileKey, mail, pending};

use super::filing;
use crate::forms::{self, Submitted};
use crate::i18n::Lang;
use crate::mails::{self, MailKind};
use crate::refusal::{Problem, Problems, Refusal};
use crate::{Engine, EngineError, Outcome, Result};

/// How long the mailed link stays valid.
pub const LINK_LIFETIME_MS: i64 = 48 * 3_600_000;

/// Checks the address and the form (not the files): every problem at once. Linking one's own
/// requests needs an account.
pub async fn check_form(engine: &Engine, p: &Procedure, submitted: &Submitted) -> Result<(Option<Email>, Problems)> {
    let mut problems = vec![];
    let typed_email = submitted.values.get("email").cloned().unwrap_or_default();
    let email = match Email::parse(&typed_email) {
        Ok(e) => Some(e),
        Err(e) => {
            problems.push(Problem::new("email", forms::domain_code(&e)));
            None
        }
    };
    let fields = submitted.fields();
    forms::check_fields(engine, p, &fields, &mut problems).await?;
    for f in p.fields.iter().filter(|f| f.kind == FieldKind::OwnCase) {
        if fields.get(&f.name).is_some_and(|v| !v.trim().is_empty()) {
            problems.push(Problem::new(format!("field_{}", f.name), "own-case-signin"));
        }
    }
    Ok((email, problems))
}

/// Checks the files and keeps the request under `token_hash` (the files in the file store),
/// mailing the confirmation link `link_path` to the address.
pub async fn hold(
    engine: &Engine,
    email: &Email,
    p: &Procedure,
    submitted: &Submitted,
    token_hash: &str,
    link_path: &str,
    lang: Lang,
) -> Outcome<()> {
    let mut problems = vec![];
    let uploads = forms::check_documents(p, submitted, None, &mut problems);
    if !problems.is_empty() {
        return Ok(Err(Refusal::Invalid(problems)));
    }
    let attachments = match forms::store(engine, &uploads).await? {
        Ok(stored) => stored,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let values: std::collections::BTreeMap<&String, &String> =
        submitted.values.iter().filter(|(k, _)| k.starts_with("field_") || *k == "idempotency_key").collect();
    let files: Vec<(String, String, String)> = attachments
        .iter()
        .map(|a| (format!("doc_{}", a.document_id), a.filename.clone(), a.file_key.clone()))
        .collect();
    let now = engine.now();
    let held = pending::Pending {
        email: email.as_str().to_string(),
        procedure_id: p.id.clone(),
        values_json: serde_json::to_string(&values).map_err(EngineError::internal)?,
        files_json: serde_json::to_string(&files).map_err(EngineError::internal)?,
        lang: lang.code().to_string(),
    };
    pending::create(engine.db(), token_hash, &held, now, now + LINK_LIFETIME_MS).await?;
    let m = mails::render(engine, lang, MailKind::ConfirmFiling, email.as_str(), link_path);
    mail::enqueue(engine.db(), &m.as_new(), now).await?;
    Ok(Ok(()))
}

/// What following the link gave.
#[derive(Debug)]
pub enum Confirmed {
    /// The link is unknown, used or expired.
    Unknown,
    /// The request is a case now (or already was).
    Filed(Box<CaseRow>),
    /// The request no longer passes the checks: what was kept, to show again.
    Refused {
        /// Why.
        refusal: Refusal,
        /// What was kept.
        submitted: Box<Submitted>,
        /// The address.
        email: String,
        /// The language it was written in.
        lang: Lang,
    },
}

/// Registers the request kept under `token_hash`, once.
pub async fn confirm(engine: &Engine, token_hash: &str, fallback: Lang) -> Result<Confirmed> {
    let now = engine.now();
    let Some(held) = pending::take(engine.db(), token_hash, now).await? else { return Ok(Confirmed::Unknown) };
    let email = Email::parse(&held.email).map_err(EngineError::internal)?;
    let account = match nafida_store::accounts::find_by_email(engine.db(), &email).await? {
        Some(a) => a,
        None => {
            // An account of that address, without a usable password: the person chooses one
            // with "forgot password" to follow the request.
            let mut secret = [0u8; 24];
            getrandom::fill(&mut secret).map_err(EngineError::internal)?;
            let password = hex::encode(secret);
            let new = nafida_store::users::NewUser {
                email: &email,
                password: &password,
                role: Role::Citizen,
                org: None,
                display_name: email.as_str(),
            };
            let id = nafida_store::users::create(engine.db(), &new, now).await?;
            nafida_store::accounts::set_lang(engine.db(), &id, &held.lang).await?;
            nafida_store::accounts::get(engine.db(), &id).await?.ok_or(EngineError::NotFound)?
        }
    };
    let mut submitted = Submitted {
        values: serde_json::from_str(&held.values_json).map_err(EngineError::internal)?,
        ..Submitted::default()
    };
    let files: Vec<(String, String, String)> = serde_json::from_str(&held.files_json).map_err(EngineError::internal)?;
    for (input, filename, key) in files {
        let key = FileKey::parse(&key).ok_or(EngineError::NotFound)?;
        let bytes = engine.files().get(&key).await?.ok_or(EngineError::NotFound)?;
        submitted.files.entry(input).or_default().push((filename, bytes));
    }
    let p = engine.catalog().catalog.procedures.get(&held.procedure_id).ok_or(EngineError::NotFound)?;
    let lang = Lang::parse(&held.lang).unwrap_or(fallback);
    Ok(match filing::file(engine, &account, p, &submitted, lang).await? {
        Ok(Filed::Created(c) | Filed::AlreadyFiled(c)) => Confirmed::Filed(Box::new(c)),
        Err(refusal) => Confirmed::Refused { refusal, submitted: Box::new(submitted), email: held.email, lang },
    })
}
