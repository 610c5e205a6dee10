//! A person's apps: personal access tokens for the JSON API (`/api/v1/me/…`), which reach their
//! own cases only. A token is shown once, when created; it expires after 90 days, can be
//! revoked here, and ends with the sessions on a password change or "sign out everywhere".

use askama::Template;
use axum::extract::{Form, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use nafida_store::personal_tokens::{self, MAX_PER_PERSON};
use serde::Deserialize;

use crate::api::me::TOKEN_PREFIX;
use crate::auth::{Citizen, new_token, token_hash};
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::page::{PageCtx, render};
use crate::state::AppState;

/// How long a personal token lives.
pub const TOKEN_LIFETIME_MS: i64 = 90 * 86_400_000;

/// A token as listed.
pub struct TokenRow {
    id: String,
    name: String,
    created: String,
    expires: String,
    last_used: String,
}

#[derive(Template)]
#[template(path = "account/apps.html")]
struct AppsPage {
    ctx: PageCtx,
    tokens: Vec<TokenRow>,
    errors: FormErrors,
    token_name: String,
    /// The token just created, shown this once.
    created: Option<String>,
}

async fn apps_page(
    state: &AppState,
    ctx: PageCtx,
    user_id: &str,
    errors: FormErrors,
    name: String,
    created: Option<String>,
) -> Result<Response, AppError> {
    let now = state.clock().now().millis();
    let tokens = personal_tokens::list(state.db(), user_id, now)
        .await?
        .into_iter()
        .map(|t| TokenRow {
            id: t.id,
            name: t.name,
            created: ctx.when(t.created_at),
            expires: ctx.when(t.expires_at),
            last_used: t.last_used_at.map(|at| ctx.when(at)).unwrap_or_else(|| "—".into()),
        })
        .collect();
    let lang = ctx.lang;
    render(&AppsPage { ctx, tokens, errors, token_name: name, created }, lang)
}

/// `GET /account/apps`
pub async fn show_apps(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
) -> Result<Response, AppError> {
    apps_page(&state, ctx, &user.account.id, FormErrors::default(), String::new(), None).await
}

/// A new token's name.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewTokenForm {
    name: String,
}

/// `POST /account/apps`: creates a token and shows it once.
pub async fn create_token(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Form(form): Form<NewTokenForm>,
) -> Result<Response, AppError> {
    let now = state.clock().now().millis();
    let name = form.name.trim().to_string();
    let mut errors = FormErrors::default();
    if !(1..=60).contains(&name.chars().count()) || name.chars().any(char::is_control) {
        errors.add_keyed("name", "err-token-name", ctx.t("err-token-name"));
    } else if personal_tokens::list(state.db(), &user.account.id, now).await?.len() >= MAX_PER_PERSON {
        errors.add_keyed("name", "err-token-too-many", ctx.tn("err-token-too-many", MAX_PER_PERSON as i64));
    }
    if !errors.is_empty() {
        return apps_page(&state, ctx, &user.account.id, errors, name, None).await;
    }
    let token = format!("{TOKEN_PREFIX}{}", new_token()?);
    personal_tokens::create(state.db(), &token_hash(&token), &user.account.id, &name, now, now + TOKEN_LIFETIME_MS)
        .await?;
    apps_page(&state, ctx, &user.account.id, FormErrors::default(), String::new(), Some(token)).await
}

/// `POST /account/apps/{id}/revoke`: only one's own token; any other id is not found.
pub async fn revoke_token(
    State(state): State<AppState>,
    Citizen(user): Citizen,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    if !personal_tokens::revoke(state.db(), &user.account.id, &id, state.clock().now().millis()).await? {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to("/account/apps").into_response())
}
