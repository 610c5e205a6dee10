//! The language switcher: remembers the choice in a cookie and returns to the page.

use axum::Extension;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::auth::Actor;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::page::LANG_COOKIE;
use crate::state::AppState;

/// Query of the switcher link.
#[derive(Debug, Deserialize)]
pub struct Next {
    next: Option<String>,
}

/// The cookie that remembers a language.
pub fn lang_cookie(state: &AppState, lang: Lang) -> String {
    let secure = if state.settings().secure_cookies { "; Secure" } else { "" };
    format!("{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}", lang.code())
}

/// `GET /lang/{code}?next=/path`: remembered in a cookie; and in the profile of a signed-in
/// person when the browser says the link was followed on this site (`Sec-Fetch-Site:
/// same-origin`), so another site's link cannot change the language of their mails.
pub async fn switch_lang(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<Next>,
    Extension(actor): Extension<Actor>,
    headers: axum::http::HeaderMap,
) -> Result<Response, AppError> {
    let lang = Lang::parse(&code).ok_or(AppError::NotFound)?;
    let same_site = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) == Some("same-origin");
    if let Some(account) = actor.account().filter(|_| same_site) {
        nafida_store::accounts::set_lang(state.db(), &account.id, lang.code()).await?;
    }
    let cookie = lang_cookie(&state, lang);
    let location = q.next.as_deref().and_then(crate::redirect::local_path).unwrap_or_else(|| "/".into());
    let mut response = StatusCode::SEE_OTHER.into_response();
    let headers = response.headers_mut();
    headers.insert(header::LOCATION, HeaderValue::from_str(&location).unwrap_or(HeaderValue::from_static("/")));
    headers.insert(header::SET_COOKIE, HeaderValue::from_str(&cookie).map_err(|e| AppError::Internal(e.to_string()))?);
    Ok(response)
}
