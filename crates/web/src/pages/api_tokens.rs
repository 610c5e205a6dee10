//! Administrators manage the tokens of partner systems for their administration and those
//! below it: list them (never the tokens, only a short id), create one with an expiry (shown
//! once), revoke one (it answers 401 at once, on every node: tokens are read from the
//! database at each call).

use askama::Template;
use axum::extract::{Form, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use nafida_domain::{OrgId, Role};
use serde::Deserialize;

use crate::auth::AdminUser;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::page::{PageCtx, render};
use crate::pages::account::Choice;
use crate::state::AppState;

/// A token as the list shows it.
pub struct TokenView {
    id: String,
    name: String,
    org_name: String,
    created: String,
    expires: String,
    state_key: &'static str,
    live: bool,
}

#[derive(Template)]
#[template(path = "admin/api_tokens.html")]
struct TokensPage {
    ctx: PageCtx,
    rows: Vec<TokenView>,
    orgs: Vec<Choice>,
    errors: FormErrors,
    form: NewTokenForm,
    created: Option<String>,
}

/// The creation form.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewTokenForm {
    org: String,
    name: String,
    days: String,
}

async fn in_scope(state: &AppState, admin: &AdminUser, org: &str) -> Result<bool, AppError> {
    let Ok(target) = OrgId::parse(org) else { return Ok(false) };
    Ok(nafida_engine::actor::covers(state.engine(), &admin.0.org, Role::Admin, &target).await?)
}

async fn page(
    state: &AppState,
    ctx: PageCtx,
    admin: &AdminUser,
    errors: FormErrors,
    form: NewTokenForm,
    created: Option<String>,
) -> Result<Response, AppError> {
    let code = ctx.lang.code();
    let now = state.clock().now().millis();
    let names = nafida_engine::orgs::OrgNames::load(state.engine(), code).await?;
    let day = |ms: i64| nafida_engine::dates::show_date(&nafida_domain::Date::legal(ms).to_string());
    let mut rows = vec![];
    for t in nafida_store::api_tokens::list(state.db()).await? {
        if !in_scope(state, admin, &t.org_id).await? {
            continue;
        }
        let state_key = match (t.revoked_at, t.expires_at) {
            (Some(_), _) => "tokens-revoked",
            (None, Some(e)) if e <= now => "tokens-expired",
            _ => "tokens-active",
        };
        rows.push(TokenView {
            org_name: names.get(&t.org_id),
            created: day(t.created_at),
            expires: t.expires_at.map_or_else(|| ctx.t("tokens-never"), day),
            live: state_key == "tokens-active",
            state_key,
            id: t.id,
            name: t.name,
        });
    }
    let mut orgs = vec![];
    for o in nafida_store::orgs::list(state.db()).await? {
        if in_scope(state, admin, o.id.as_str()).await? {
            orgs.push(Choice { value: o.id.to_string(), label: o.name.get(code).to_string() });
        }
    }
    orgs.sort_by(|a, b| a.label.cmp(&b.label));
    let lang = ctx.lang;
    render(&TokensPage { ctx, rows, orgs, errors, form, created }, lang)
}

/// `GET /admin/api-tokens`
pub async fn list_tokens(State(state): State<AppState>, ctx: PageCtx, admin: AdminUser) -> Result<Response, AppError> {
    page(&state, ctx, &admin, FormErrors::default(), NewTokenForm { days: "365".into(), ..Default::default() }, None)
        .await
}

/// `POST /admin/api-tokens`: creates a token, shown once.
pub async fn create_token(
    State(state): State<AppState>,
    ctx: PageCtx,
    admin: AdminUser,
    Form(form): Form<NewTokenForm>,
) -> Result<Response, AppError> {
    let mut errors = FormErrors::default();
    if !in_scope(&state, &admin, &form.org).await? {
        errors.add_keyed("org", "err-choice-invalid", ctx.t("err-choice-invalid"));
    }
    let name = form.name.trim().to_string();
    if name.is_empty() || name.chars().count() > 60 {
        errors.add_keyed("name", "err-token-name", ctx.t("err-token-name"));
    }
    let days = form.days.trim().parse::<i64>().ok().filter(|d| (1..=730).contains(d));
    if days.is_none() {
        errors.add_keyed("days", "err-token-days", ctx.t("err-token-days"));
    }
    let (Some(days), true) = (days, errors.is_empty()) else {
        return page(&state, ctx, &admin, errors, form, None).await;
    };
    let now = state.clock().now().millis();
    let token = crate::auth::issue_api_token(state.db(), &form.org, &name, now, Some(now + days * 86_400_000)).await?;
    page(
        &state,
        ctx,
        &admin,
        FormErrors::default(),
        NewTokenForm { days: "365".into(), ..Default::default() },
        Some(token),
    )
    .await
}

/// `POST /admin/api-tokens/{id}/revoke`
pub async fn revoke_token(
    State(state): State<AppState>,
    admin: AdminUser,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let token = nafida_store::api_tokens::list(state.db()).await?.into_iter().find(|t| t.id == id);
    match token {
        Some(t) if in_scope(&state, &admin, &t.org_id).await? => {
            nafida_store::api_tokens::revoke(state.db(), &id, state.clock().now().millis()).await?;
            Ok(Redirect::to("/admin/api-tokens").into_response())
        }
        _ => Err(AppError::NotFound),
    }
}
