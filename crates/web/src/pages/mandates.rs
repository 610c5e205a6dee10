//! Mandates: an owner gives an architect the mandate to file a permit, online from their own
//! account wherever they live, and revokes it until it is used. The rules are the engine's
//! (`nafida_engine::permits::mandates`).

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use nafida_engine::permits::mandates;
use serde::Deserialize;

use super::cases::Opt;
use crate::auth::Citizen;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::page::{PageCtx, render};
use crate::state::AppState;

/// A mandate as its owner sees it.
pub struct MandateView {
    id: String,
    architect: String,
    procedure: String,
    land: String,
    given: String,
    /// The request filed under it, once used.
    reference: Option<String>,
    revoked: bool,
}

#[derive(Template)]
#[template(path = "account/mandates.html")]
struct MandatesPage {
    ctx: PageCtx,
    given: Vec<MandateView>,
    procedures: Vec<Opt>,
    number: String,
    land: String,
    errors: FormErrors,
}

/// What giving a mandate carries.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct GiveForm {
    order_number: String,
    procedure: String,
    land_title: String,
}

async fn mandates_page(
    state: &AppState,
    ctx: PageCtx,
    user: &nafida_store::accounts::Account,
    typed: &GiveForm,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let code = ctx.lang.code();
    let title = |id: &str| {
        state.engine().catalog().catalog.procedures.get(id).map(|p| p.title.get(code).to_string()).unwrap_or_default()
    };
    let given = mandates::given_by(state.engine(), user)
        .await?
        .into_iter()
        .map(|m| MandateView {
            procedure: title(&m.procedure_id),
            given: ctx.when(m.given_at),
            revoked: m.revoked_at.is_some(),
            id: m.id,
            architect: m.architect_name,
            land: m.land_title,
            reference: m.case_reference,
        })
        .collect();
    let mut procedures: Vec<Opt> = mandates::procedures(state.engine())
        .into_iter()
        .map(|p| Opt { value: p.id.clone(), label: p.title.get(code).to_string(), selected: p.id == typed.procedure })
        .collect();
    procedures.sort_by(|a, b| a.label.cmp(&b.label));
    let lang = ctx.lang;
    let page = MandatesPage {
        given,
        procedures,
        number: typed.order_number.chars().take(40).collect(),
        land: typed.land_title.chars().take(120).collect(),
        errors,
        ctx,
    };
    render(&page, lang)
}

/// `GET /account/mandates`: the mandates the person gave architects, and the form to give one.
pub async fn show_mandates(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
) -> Result<Response, AppError> {
    mandates_page(&state, ctx, &user.account, &GiveForm::default(), FormErrors::default()).await
}

/// `POST /account/mandates`: gives one.
pub async fn give_mandate(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    axum::Form(form): axum::Form<GiveForm>,
) -> Result<Response, AppError> {
    match mandates::give(state.engine(), &user.account, &form.order_number, &form.procedure, &form.land_title).await? {
        Ok(_) => Ok(Redirect::to("/account/mandates").into_response()),
        Err(refusal) => {
            let errors = FormErrors::from_refusal(&ctx, refusal);
            let mut r = mandates_page(&state, ctx, &user.account, &form, errors).await?;
            *r.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(r)
        }
    }
}

/// `POST /account/mandates/{id}/revoke`: revokes one not used yet.
pub async fn revoke_mandate(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    match mandates::revoke(state.engine(), &user.account, &id).await? {
        Ok(()) => Ok(Redirect::to("/account/mandates").into_response()),
        Err(refusal) => {
            let errors = FormErrors::from_refusal(&ctx, refusal);
            let mut r = mandates_page(&state, ctx, &user.account, &GiveForm::default(), errors).await?;
            *r.status_mut() = axum::http::StatusCode::CONFLICT;
            Ok(r)
        }
    }
}
