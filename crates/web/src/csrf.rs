//! Protection against cross-site request forgery on every state-changing request.
//!
//! Each visitor gets a random token in an `HttpOnly`, `SameSite=Strict` cookie; every form
//! carries the same token in a hidden `csrf_token` field (multipart forms put it in the query
//! string, scripts in an `X-CSRF-Token` header). A POST, PUT, PATCH or DELETE whose token does
//! not match the cookie, or that a browser marks as cross-site, is refused before any handler
//! runs. Once signed in, the token is bound to the session: it is a keyed hash of the session's
//! token, set at sign-in and expected on every request carrying that session, so a token planted
//! in the cookie by another site (or a sibling domain) is worth nothing. JSON API routes
//! (`/api/`) authenticate with tokens, not cookies, and are not concerned.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::auth::{cookie, new_token};
use crate::error::AppError;
use crate::state::AppState;

/// The cookie holding the token.
pub const CSRF_COOKIE: &str = "nafida_csrf";
/// The form field holding the token.
pub const CSRF_FIELD: &str = "csrf_token";

/// The token of the current request, for templates.
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

/// A token to set on the response (a new visitor, or a sign-in).
#[derive(Debug, Clone)]
pub struct SetCsrfCookie(pub String);

/// The cookie header value for a token.
pub fn csrf_cookie(token: &str, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{CSRF_COOKIE}={token}; Path=/; HttpOnly; SameSite=Strict{secure}")
}

/// Compares two secrets in a time that does not depend on where they differ.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn field_value(urlencoded: &[u8], name: &str) -> Option<String> {
    form_urlencoded_pairs(urlencoded).into_iter().find(|(k, _)| k == name).map(|(_, v)| v)
}

/// Decodes `application/x-www-form-urlencoded` pairs.
pub fn form_urlencoded_pairs(input: &[u8]) -> Vec<(String, String)> {
    serde_urlencoded::from_bytes(input).unwrap_or_default()
}

/// The anti-forgery token of a session: a keyed hash of its token.
pub fn bound_to_session(state: &AppState, session_token: &str) -> String {
    use hmac::{Hmac, Mac};
    match Hmac::<sha2::Sha256>::new_from_slice(&state.settings().secret_key) {
        Ok(mut mac) => {
            mac.update(b"csrf:");
            mac.update(crate::auth::token_hash(session_token).as_bytes());
            hex::encode(mac.finalize().into_bytes())
        }
        Err(_) => crate::auth::token_hash(&format!("csrf:{session_token}")),
    }
}

/// The layer.
pub async fn protect(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let (mut parts, body) = request.into_parts();
    let existing = cookie(&parts, CSRF_COOKIE).filter(|t| t.len() >= 32).map(str::to_string);
    let session = cookie(&parts, crate::auth::SESSION_COOKIE).filter(|t| !t.is_empty()).map(str::to_string);
    let (token, fresh) = match (session.as_deref(), existing) {
        // Signed in: the session's own token, whatever the cookie says (it is set right below
        // when it differs).
        (Some(s), existing) => {
            let bound = bound_to_session(&state, s);
            let differs = existing.as_deref() != Some(bound.as_str());
            (bound, differs)
        }
        (None, Some(t)) => (t, false),
        (None, None) => match new_token() {
            Ok(t) => (t, true),
            Err(e) => return e.into_response(),
        },
    };
    let unsafe_method = !matches!(parts.method, Method::GET | Method::HEAD | Method::OPTIONS);
    let mut body = body;
    if unsafe_method && !parts.uri.path().starts_with("/api/") {
        let cross_site = parts.headers.get("sec-fetch-site").and_then(|v| v.to_str().ok()) == Some("cross-site");
        let is_form = parts
            .headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|ct| ct.starts_with("application/x-www-form-urlencoded"));
        // Only a URL-encoded form is read here (its token is a field); any other body (a
        // multipart upload, whose token is in the address) passes on unread, so large plans
        // stream through.
        let bytes = if is_form {
            match axum::body::to_bytes(std::mem::take(&mut body), state.settings().body_limit_bytes).await {
                Ok(b) => Some(b),
                Err(_) => return AppError::PayloadTooLarge.into_response(),
            }
        } else {
            None
        };
        let sent = parts
            .headers
            .get("x-csrf-token")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
            .or_else(|| bytes.as_ref().and_then(|b| field_value(b, CSRF_FIELD)))
            .or_else(|| parts.uri.query().and_then(|q| field_value(q.as_bytes(), CSRF_FIELD)));
        // Anonymous: the cookie's token sent back (a fresh one cannot be); signed in: the
        // session's token, which no other site can know.
        let known = !fresh || session.is_some();
        let valid = known && sent.is_some_and(|s| constant_time_eq(s.as_bytes(), token.as_bytes()));
        if cross_site || !valid {
            tracing::warn!(method = %parts.method, cross_site, "request refused: anti-forgery check failed");
            let mut response = AppError::Csrf.into_response();
            if fresh {
                set_cookie(&mut response, &token, state.settings().secure_cookies);
            }
            return response;
        }
        if let Some(b) = bytes {
            body = Body::from(b);
        }
    }
    parts.extensions.insert(CsrfToken(token.clone()));
    let mut response = next.run(Request::from_parts(parts, body)).await;
    let replacement = response.extensions().get::<SetCsrfCookie>().cloned();
    match replacement {
        Some(SetCsrfCookie(t)) => set_cookie(&mut response, &t, state.settings().secure_cookies),
        None if fresh => set_cookie(&mut response, &token, state.settings().secure_cookies),
        None => {}
    }
    response
}

fn set_cookie(response: &mut Response, token: &str, secure: bool) {
    if let Ok(v) = HeaderValue::from_str(&csrf_cookie(token, secure)) {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_forms() {
        let pairs = form_urlencoded_pairs(b"a=1&csrf_token=x%2By&name=Amina+El&t=%D8%A7");
        assert_eq!(field_value(b"a=1&csrf_token=x%2By", "csrf_token").as_deref(), Some("x+y"));
        assert!(pairs.contains(&("name".into(), "Amina El".into())));
        assert!(pairs.contains(&("t".into(), "ا".into())));
    }
}
