//! A complaint filed without an account: the same form, plus an e-mail address. Nothing is
//! registered until the address is confirmed by the link mailed to it; then the complaint
//! becomes a case of the account of that address (one is created if there is none, which the
//! person can later give a password), and the acknowledgement number is shown at once and sent
//! by mail. The same checks as a signed-in filing run twice: when typed, and when registered.

use askama::Template;
use axum::extract::{Multipart, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use nafida_store::ratelimit;

use crate::auth::{Actor, actor_of, address_bucket, new_token, token_hash};
use nafida_engine::cases::unsigned::{self, Confirmed};

use crate::casework;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::page::{PageCtx, render};
use crate::pages::auth::{CheckMailPage, ClientIp};
use crate::pages::cases::{ANONYMOUS_EMAIL, Filer, StartQuery, start_page, typed_values};
use crate::state::AppState;

const PROCEDURE: &str = nafida_engine::contracts::names::COMPLAINT_PROCEDURE;

fn procedure(state: &AppState) -> Result<&nafida_domain::catalog::Procedure, AppError> {
    state.catalog().catalog.procedures.get(PROCEDURE).ok_or(AppError::NotFound)
}

/// `GET /complaints/new`: the complaint form for someone without an account (signed-in
/// people go to the usual form).
pub async fn show_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    axum::extract::Query(q): axum::extract::Query<StartQuery>,
    parts: axum::http::request::Parts,
) -> Result<Response, AppError> {
    if matches!(actor_of(&parts), Actor::User { .. }) {
        return Ok(Redirect::to(&format!("/catalogue/{PROCEDURE}/start")).into_response());
    }
    let p = procedure(&state)?;
    let values = q.values(p);
    start_page(&state, ctx, p, Filer::Anonymous, &values, FormErrors::default()).await
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
    let engine = state.engine();
    let (email, mut problems) = unsigned::check_form(engine, p, &submitted).await?;
    let typed_email = submitted.values.get("email").cloned().unwrap_or_default();
    let now = state.clock().now().millis();
    // At most 10 filings an hour from one address on the network, and 5 a day to one mailbox
    // (nobody's inbox is flooded with confirmation links).
    if problems.is_empty()
        && (ratelimit::hit(state.db(), &format!("anonymous-filing:ip:{ip}"), 3_600_000, now).await? > 10
            || ratelimit::hit(state.db(), &address_bucket(&state, "anonymous-filing", &typed_email), 86_400_000, now)
                .await?
                > 5)
    {
        problems.push(nafida_engine::Problem::new("email", "rate-limited"));
    }
    let refusal = match (email, problems.is_empty()) {
        (Some(email), true) => {
            let token = new_token()?;
            let link = format!("/complaints/confirm/{token}");
            match unsigned::hold(engine, &email, p, &submitted, &token_hash(&token), &link, ctx.lang).await? {
                Ok(()) => {
                    let lang = ctx.lang;
                    let page =
                        CheckMailPage { ctx, title_key: "anonymous-check-title", text_key: "anonymous-check-text" };
                    return render(&page, lang);
                }
                Err(refusal) => refusal,
            }
        }
        _ => nafida_engine::Refusal::Invalid(problems),
    };
    let mut values = typed_values(&submitted);
    values.remove("represented_name");
    values.insert(ANONYMOUS_EMAIL.into(), typed_email);
    let mut errors = FormErrors::from_refusal(&ctx, refusal);
    errors.add("documents", ctx.t("form-files-again"));
    start_page(&state, ctx, p, Filer::Anonymous, &values, errors).await
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
    let mut ctx = ctx;
    match unsigned::confirm(state.engine(), &token_hash(&token), ctx.lang).await? {
        Confirmed::Unknown => {
            let lang = ctx.lang;
            render(&RegisteredPage { ctx, reference: None }, lang)
        }
        Confirmed::Filed(c) => {
            let lang = ctx.lang;
            render(&RegisteredPage { ctx, reference: Some(c.reference.clone()) }, lang)
        }
        Confirmed::Refused { refusal, submitted, email, lang } => {
            ctx.lang = lang;
            let p = procedure(&state)?;
            let mut values = typed_values(&submitted);
            values.insert(ANONYMOUS_EMAIL.into(), email);
            let errors = FormErrors::from_refusal(&ctx, refusal);
            start_page(&state, ctx, p, Filer::Anonymous, &values, errors).await
        }
    }
}
