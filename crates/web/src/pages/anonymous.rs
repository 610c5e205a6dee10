//! A complaint filed without an account: the same form, plus an e-mail address. Nothing is
//! registered until the address is confirmed by the link mailed to it; then the complaint
//! becomes a case of the account of that address (one is created if there is none, which the
//! person can later give a password), and the acknowledgement number is shown at once and sent
//! by mail. The same checks as a signed-in filing run twice: when typed, and when registered.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use nafida_domain::{Email, Role};
use nafida_store::cases::Filed;
use nafida_store::{FileKey, mail, pending, ratelimit};
use serde::Deserialize;

use crate::auth::{Actor, actor_of, address_bucket, new_token, token_hash};
use nafida_engine::forms::{self as engine_forms, Submitted};

use crate::casework;
use crate::error::AppError;
use crate::forms::{FormErrors, domain_error_key};
use crate::i18n::Lang;
use crate::mails::{self, MailKind};
use crate::page::{PageCtx, render};
use crate::pages::auth::{CheckMailPage, ClientIp};
use crate::pages::cases::{ANONYMOUS_EMAIL, OFFICE_QUERY, refusal_errors, start_page, typed_values};
use crate::state::AppState;

const PROCEDURE: &str = nafida_engine::contracts::names::COMPLAINT_PROCEDURE;
const LINK_LIFETIME_MS: i64 = 48 * 3_600_000;

fn procedure(state: &AppState) -> Result<&nafida_domain::catalog::Procedure, AppError> {
    state.catalog().catalog.procedures.get(PROCEDURE).ok_or(AppError::NotFound)
}

/// The search of the administration concerned.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SearchQuery {
    office_q: String,
}

/// `GET /complaints/new`: the complaint form for someone without an account (signed-in
/// people go to the usual form).
pub async fn show_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    axum::extract::Query(q): axum::extract::Query<SearchQuery>,
    parts: axum::http::request::Parts,
) -> Result<Response, AppError> {
    if matches!(actor_of(&parts), Actor::User { .. }) {
        return Ok(Redirect::to(&format!("/catalogue/{PROCEDURE}/start")).into_response());
    }
    let p = procedure(&state)?;
    let mut values = BTreeMap::new();
    if !q.office_q.trim().is_empty() {
        values.insert(OFFICE_QUERY.to_string(), q.office_q.chars().take(80).collect());
    }
    start_page(&state, ctx, p, "", &values, FormErrors::default()).await
}

/// `POST /complaints/new` (multipart): checks everything, keeps it, mails the link.
pub async fn file(
    State(state): State<AppState>,
    ctx: PageCtx,
    ClientIp(ip): ClientIp,
    form: Multipart,
) -> Result<Response, AppError> {
    let p = procedure(&state)?;
    let submitted = casework::read_multipart(form).await?;
    let fields = submitted.fields();
    let mut errors = FormErrors::default();
    let typed_email = submitted.values.get("email").cloned().unwrap_or_default();
    let email = Email::parse(&typed_email)
        .map_err(|e| errors.add_keyed("email", &domain_error_key(&e), ctx.t(&domain_error_key(&e))))
        .ok();
    let mut problems = vec![];
    engine_forms::check_fields(state.engine(), p, &fields, &mut problems).await?;
    errors.add_problems(&ctx, &problems);
    // Linking one's own requests needs an account.
    for f in p.fields.iter().filter(|f| f.kind == "own-case") {
        if fields.get(&f.name).is_some_and(|v| !v.trim().is_empty()) {
            errors.add_keyed(format!("field_{}", f.name), "err-own-case-signin", ctx.t("err-own-case-signin"));
        }
    }
    let key = submitted.values.get("idempotency_key").cloned().unwrap_or_default();
    let now = state.clock().now().millis();
    // At most 10 filings an hour from one address on the network, and 5 a day to one mailbox
    // (nobody's inbox is flooded with confirmation links).
    if errors.is_empty()
        && (ratelimit::hit(state.db(), &format!("anonymous-filing:ip:{ip}"), 3_600_000, now).await? > 10
            || ratelimit::hit(state.db(), &address_bucket(&state, "anonymous-filing", &typed_email), 86_400_000, now)
                .await?
                > 5)
    {
        errors.add_keyed("email", "err-rate-limited", ctx.t("err-rate-limited"));
    }
    let attachments = if errors.is_empty() {
        let mut problems = vec![];
        let attachments = engine_forms::check_documents(state.engine(), p, &submitted, None, &mut problems).await?;
        errors.add_problems(&ctx, &problems);
        attachments
    } else {
        vec![]
    };
    let (Some(email), true) = (email, errors.is_empty()) else {
        let mut values = fields;
        values.insert("idempotency_key".into(), key);
        values.insert(ANONYMOUS_EMAIL.into(), typed_email);
        errors.add("documents", ctx.t("form-files-again"));
        return start_page(&state, ctx, p, "", &values, errors).await;
    };
    let values: BTreeMap<&String, &String> =
        submitted.values.iter().filter(|(k, _)| k.starts_with("field_") || *k == "idempotency_key").collect();
    let files: Vec<(String, String, String)> = attachments
        .iter()
        .map(|a| (format!("doc_{}", a.document_id), a.filename.clone(), a.file_key.clone()))
        .collect();
    let token = new_token()?;
    let held = pending::Pending {
        email: email.as_str().to_string(),
        procedure_id: p.id.clone(),
        values_json: serde_json::to_string(&values).map_err(|e| AppError::Internal(e.to_string()))?,
        files_json: serde_json::to_string(&files).map_err(|e| AppError::Internal(e.to_string()))?,
        lang: ctx.lang.code().to_string(),
    };
    pending::create(state.db(), &token_hash(&token), &held, now, now + LINK_LIFETIME_MS).await?;
    let m = mails::render(
        state.engine(),
        ctx.lang,
        MailKind::ConfirmFiling,
        email.as_str(),
        &format!("/complaints/confirm/{token}"),
    );
    mail::enqueue(state.db(), &m.as_new(), now).await?;
    let lang = ctx.lang;
    render(&CheckMailPage { ctx, title_key: "anonymous-check-title", text_key: "anonymous-check-text" }, lang)
}

#[derive(Template)]
#[template(path = "anonymous/confirm.html")]
struct ConfirmPage {
    ctx: PageCtx,
    action: String,
}

/// `GET /complaints/confirm/{token}`: a button, so that mail scanners following links register
/// nothing.
pub async fn show_confirm(ctx: PageCtx, Path(token): Path<String>) -> Result<Response, AppError> {
    let lang = ctx.lang;
    render(&ConfirmPage { ctx, action: format!("/complaints/confirm/{token}") }, lang)
}

#[derive(Template)]
#[template(path = "anonymous/registered.html")]
struct RegisteredPage {
    ctx: PageCtx,
    reference: Option<String>,
}

/// `POST /complaints/confirm/{token}`: registers the complaint, once.
pub async fn confirm(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let now = state.clock().now().millis();
    let lang = ctx.lang;
    let Some(held) = pending::take(state.db(), &token_hash(&token), now).await? else {
        return render(&RegisteredPage { ctx, reference: None }, lang);
    };
    let email = Email::parse(&held.email).map_err(|e| AppError::Internal(e.to_string()))?;
    let account = match nafida_store::accounts::find_by_email(state.db(), &email).await? {
        Some(a) => a,
        None => {
            // An account of that address, without a usable password: the person chooses one
            // with "forgot password" to follow the complaint.
            let mut secret = [0u8; 24];
            getrandom::fill(&mut secret).map_err(|e| AppError::Internal(e.to_string()))?;
            let password = hex::encode(secret);
            let new = nafida_store::users::NewUser {
                email: &email,
                password: &password,
                role: Role::Citizen,
                org: None,
                display_name: email.as_str(),
            };
            let id = nafida_store::users::create(state.db(), &new, now).await?;
            nafida_store::accounts::set_lang(state.db(), &id, &held.lang).await?;
            nafida_store::accounts::get(state.db(), &id).await?.ok_or(AppError::NotFound)?
        }
    };
    let mut submitted = Submitted {
        values: serde_json::from_str(&held.values_json).map_err(|e| AppError::Internal(e.to_string()))?,
        ..Submitted::default()
    };
    let files: Vec<(String, String, String)> =
        serde_json::from_str(&held.files_json).map_err(|e| AppError::Internal(e.to_string()))?;
    for (input, filename, key) in files {
        let key = FileKey::parse(&key).ok_or(AppError::NotFound)?;
        let bytes = state.files().get(&key).await?.ok_or(AppError::NotFound)?;
        submitted.files.entry(input).or_default().push((filename, bytes));
    }
    let p = procedure(&state)?;
    let mut ctx = ctx;
    ctx.lang = Lang::parse(&held.lang).unwrap_or(ctx.lang);
    match nafida_engine::cases::filing::file(state.engine(), &account, p, &submitted, ctx.lang).await? {
        Ok(Filed::Created(c) | Filed::AlreadyFiled(c)) => {
            let lang = ctx.lang;
            render(&RegisteredPage { ctx, reference: Some(c.reference) }, lang)
        }
        Err(refusal) => {
            let mut values = typed_values(&submitted);
            values.insert(ANONYMOUS_EMAIL.into(), held.email);
            let errors = refusal_errors(&ctx, refusal);
            start_page(&state, ctx, p, "", &values, errors).await
        }
    }
}
