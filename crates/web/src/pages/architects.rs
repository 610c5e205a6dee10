//! Architects: a person declares their registration number with the National Order of
//! Architects; an urbanism agent checks it once. The rules are the engine's
//! (`nafida_engine::permits::architects`).

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use nafida_engine::permits::architects;
use serde::Deserialize;

use crate::auth::{Citizen, Staff};
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::page::{PageCtx, render};
use crate::state::AppState;

#[derive(Template)]
#[template(path = "account/architect.html")]
struct ArchitectPage {
    ctx: PageCtx,
    number: String,
    checked: bool,
    declared: bool,
    errors: FormErrors,
    /// The owners' mandates not used yet: (owner, procedure, plot, where to file it).
    mandates: Vec<(String, String, String, String)>,
}

/// What the declaration carries.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DeclareForm {
    order_number: String,
}

async fn architect_page(
    state: &AppState,
    ctx: PageCtx,
    user_id: &str,
    typed: Option<String>,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let current = architects::of(state.engine(), user_id).await?;
    let code = ctx.lang.code();
    let mandates = nafida_engine::permits::mandates::held_by(state.engine(), user_id)
        .await?
        .into_iter()
        .map(|m| {
            let title = state
                .engine()
                .catalog()
                .catalog
                .procedures
                .get(&m.procedure_id)
                .map(|p| p.title.get(code).to_string())
                .unwrap_or_default();
            (m.owner_name, title, m.land_title, format!("/catalogue/{}/start", m.procedure_id))
        })
        .collect();
    let lang = ctx.lang;
    let page = ArchitectPage {
        mandates,
        number: typed.or_else(|| current.as_ref().map(|a| a.order_number.clone())).unwrap_or_default(),
        checked: current.as_ref().is_some_and(|a| a.checked_at.is_some()),
        declared: current.is_some(),
        errors,
        ctx,
    };
    render(&page, lang)
}

/// `GET /account/architect`: the person's registration number with the Order, and whether it
/// was checked.
pub async fn show_architect(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
) -> Result<Response, AppError> {
    architect_page(&state, ctx, &user.account.id, None, FormErrors::default()).await
}

/// `POST /account/architect`: declares it (or corrects it until it is checked).
pub async fn declare_architect(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    axum::Form(form): axum::Form<DeclareForm>,
) -> Result<Response, AppError> {
    match architects::declare(state.engine(), &user.account, &form.order_number).await? {
        Ok(()) => Ok(Redirect::to("/account/architect").into_response()),
        Err(refusal) => {
            let errors = FormErrors::from_refusal(&ctx, refusal);
            let typed = Some(form.order_number.chars().take(40).collect());
            let mut r = architect_page(&state, ctx, &user.account.id, typed, errors).await?;
            *r.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(r)
        }
    }
}

/// A declaration to check.
pub struct PendingRow {
    user_id: String,
    name: String,
    number: String,
    declared: String,
}

#[derive(Template)]
#[template(path = "staff/architects.html")]
struct PendingPage {
    ctx: PageCtx,
    rows: Vec<PendingRow>,
}

/// `GET /staff/architects`: the registration numbers to check against the Order's roll, for
/// urbanism agents; not found for anyone else.
pub async fn show_pending(State(state): State<AppState>, ctx: PageCtx, staff: Staff) -> Result<Response, AppError> {
    let rows = architects::pending(state.engine(), &staff.actor())
        .await?
        .into_iter()
        .map(|a| PendingRow {
            declared: ctx.when(a.declared_at),
            user_id: a.user_id,
            name: a.display_name,
            number: a.order_number,
        })
        .collect();
    let lang = ctx.lang;
    render(&PendingPage { ctx, rows }, lang)
}

/// `POST /staff/architects/{user}/check`: the number is on the roll.
pub async fn check_architect(
    State(state): State<AppState>,
    staff: Staff,
    Path(user): Path<String>,
) -> Result<Response, AppError> {
    // Checked already (by a colleague a moment ago): the list again, where it is gone.
    let _ = architects::check(state.engine(), &staff.actor(), &user).await?;
    Ok(Redirect::to("/staff/architects").into_response())
}
