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

/// Only a path on this site may be a target, never another origin.
fn safe_next(next: Option<&str>) -> &str {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') && !n.contains("://") => n,
        _ => "/",
    }
}

/// The cookie that remembers a language.
pub fn lang_cookie(state: &AppState, lang: Lang) -> String {
    let secure = if state.settings().secure_cookies { "; Secure" } else { "" };
    format!("{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}", lang.code())
}

/// `GET /lang/{code}?next=/path`: remembered in a cookie, and in the profile when signed in.
pub async fn switch_lang(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<Next>,
    Extension(actor): Extension<Actor>,
) -> Result<Response, AppError> {
    let lang = Lang::parse(&code).ok_or(AppError::NotFound)?;
    if let Some(account) = actor.account() {
        nafida_store::accounts::set_lang(state.db(), &account.id, lang.code()).await?;
    }
    let cookie = lang_cookie(&state, lang);
    let location = safe_next(q.next.as_deref());
    let mut response = StatusCode::SEE_OTHER.into_response();
    let headers = response.headers_mut();
    headers.insert(header::LOCATION, HeaderValue::from_str(location).unwrap_or(HeaderValue::from_static("/")));
    headers.insert(header::SET_COOKIE, HeaderValue::from_str(&cookie).map_err(|e| AppError::Internal(e.to_string()))?);
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn never_redirects_elsewhere() {
        assert_eq!(safe_next(Some("/administrations")), "/administrations");
        for bad in ["//evil.example", "https://evil.example", "/\\evil", "evil", ""] {
            assert_eq!(safe_next(Some(bad)), "/", "{bad}");
        }
        assert_eq!(safe_next(None), "/");
    }
}
