//! In demo mode only: the mails the platform sent, readable in the browser so a newcomer can
//! follow a confirmation link without a mail server. Outside demo mode these pages do not
//! exist (404).

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use nafida_store::mail;

use crate::error::AppError;
use crate::page::{PageCtx, render};
use crate::state::AppState;

#[derive(Template)]
#[template(path = "demo/mailbox.html")]
struct MailboxPage {
    ctx: PageCtx,
    mails: Vec<mail::QueuedMail>,
}

#[derive(Template)]
#[template(path = "demo/mail.html")]
struct MailPage {
    ctx: PageCtx,
    mail: mail::QueuedMail,
    links: Vec<String>,
}

fn demo_only(state: &AppState) -> Result<(), AppError> {
    if state.settings().demo_mode { Ok(()) } else { Err(AppError::NotFound) }
}

/// `GET /demo/mail`
pub async fn list_demo_mail(State(state): State<AppState>, ctx: PageCtx) -> Result<Response, AppError> {
    demo_only(&state)?;
    let mails = mail::recent(state.db(), 50).await?;
    let lang = ctx.lang;
    render(&MailboxPage { ctx, mails }, lang)
}

/// `GET /demo/mail/{id}`
pub async fn show_demo_mail(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    demo_only(&state)?;
    let mail = mail::get(state.db(), &id).await?.ok_or(AppError::NotFound)?;
    let links = mail
        .text
        .split_whitespace()
        .filter(|w| w.starts_with("http://") || w.starts_with("https://"))
        .map(str::to_string)
        .collect();
    let lang = ctx.lang;
    render(&MailPage { ctx, mail, links }, lang)
}
