//! Cross-cutting layers: a request id on every request, log line and response; metrics per
//! route; translated HTML error pages; security headers.

use std::time::Instant;

use askama::Template;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tracing::Instrument;

use crate::error::{ErrorCode, SignInNext};
use crate::page::encode_component;
use crate::page::{PageCtx, render, request_lang};
use crate::state::AppState;

/// The header carrying the request id, in and out.
pub static REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The id of the current request, in request extensions.
#[derive(Debug, Clone)]
pub struct RequestId(pub String);

/// An incoming id is kept (so a load balancer's id follows the request) only if it is short
/// and plain; anything else is replaced so logs cannot be forged through it.
fn incoming_id(request: &Request) -> Option<String> {
    let v = request.headers().get(&REQUEST_ID)?.to_str().ok()?;
    (!v.is_empty() && v.len() <= 64 && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
        .then(|| v.to_string())
}

/// Gives the request an id, runs it inside a span carrying that id, the method and the route
/// template (never the raw URL, which may hold personal data), records metrics and logs one
/// line when it finishes.
pub async fn observe(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let started = Instant::now();
    let id = incoming_id(&request).unwrap_or_else(|| uuid::Uuid::new_v4().to_string());
    request.extensions_mut().insert(RequestId(id.clone()));
    let route =
        request.extensions().get::<MatchedPath>().map_or_else(|| "unmatched".to_string(), |p| p.as_str().to_string());
    let method = request.method().clone();
    let span = tracing::info_span!("request", request_id = %id, method = %method, route = %route);
    let mut response = next.run(request).instrument(span.clone()).await;
    let elapsed = started.elapsed();
    let status = response.status().as_u16();
    state.metrics().observe(&route, method.as_str(), status, elapsed);
    if let Ok(v) = HeaderValue::from_str(&id) {
        response.headers_mut().insert(REQUEST_ID.clone(), v);
    }
    span.in_scope(|| {
        tracing::info!(status, latency_ms = elapsed.as_secs_f64() * 1000.0, "request finished");
    });
    response
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    ctx: PageCtx,
    title: String,
    text: String,
    request_id: Option<String>,
}

/// Whether a route takes a plan set (large bodies, streamed to storage).
fn takes_plans(path: &str) -> bool {
    let parts: Vec<&str> = path.trim_matches('/').split('/').collect();
    matches!(
        parts.as_slice(),
        ["catalogue", _, "start"]
            | ["cases", _, "plans"]
            | ["staff", "opinions", _, "markup"]
            | ["api", "v1", "me", "cases"]
    )
}

/// Refuses a body past the limit of its route with 413: the general limit, or for the routes
/// that take plans, room for a whole plan set (`casework::plans_body_limit`). A declared length
/// past it is refused before anything is read; a body that grows past it fails its reader.
pub async fn limit_body(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let general = state.settings().body_limit_bytes;
    let limit = if takes_plans(request.uri().path()) {
        crate::casework::plans_body_limit(&state).max(general)
    } else {
        general
    };
    let declared = request
        .headers()
        .get(axum::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return crate::error::AppError::PayloadTooLarge.into_response();
    }
    let (parts, body) = request.into_parts();
    let body = axum::body::Body::new(http_body_util::Limited::new(body, limit));
    next.run(Request::from_parts(parts, body)).await
}

/// Turns error responses of HTML routes into a page in the reader's language. API routes
/// (`/api/…`) keep their JSON problem body.
pub async fn html_errors(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let is_api = request.uri().path().starts_with("/api/");
    let (parts, body) = request.into_parts();
    let lang = request_lang(&parts);
    let request_id = parts.extensions.get::<RequestId>().map(|r| r.0.clone());
    let response = next.run(Request::from_parts(parts, body)).await;
    // The body-limit layer answers 413 on its own; give it the same page as our errors.
    let code = match response.extensions().get::<ErrorCode>().copied() {
        Some(ErrorCode(code)) => code,
        None if response.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE => "payload-too-large",
        None => return response,
    };
    if is_api {
        return response;
    }
    if let Some(SignInNext(next)) = response.extensions().get::<SignInNext>() {
        let location = format!("/signin?next={}", encode_component(next));
        return axum::response::Redirect::to(&location).into_response();
    }
    let ctx = PageCtx::detached(&state, lang);
    let (title, text, request_id) = match code {
        "not-found" => (ctx.t("error-not-found-title"), ctx.t("error-not-found-text"), None),
        "forbidden" => (ctx.t("error-forbidden-title"), ctx.t("error-forbidden-text"), None),
        "csrf" => (ctx.t("error-csrf-title"), ctx.t("error-csrf-text"), None),
        "rate-limited" => (ctx.t("error-rate-limited-title"), ctx.t("error-rate-limited-text"), None),
        "payload-too-large" => (ctx.t("error-too-large-title"), ctx.t("error-too-large-text"), None),
        _ => (ctx.t("error-title"), ctx.t("error-internal-text"), request_id),
    };
    let status = response.status();
    match render(&ErrorPage { ctx, title, text, request_id }, lang) {
        Ok(mut page) => {
            *page.status_mut() = status;
            page
        }
        Err(_) => status.into_response(),
    }
}

/// The security headers every response carries.
pub fn security_headers() -> [(HeaderName, HeaderValue); 6] {
    [
        (
            HeaderName::from_static("content-security-policy"),
            HeaderValue::from_static(
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
                 font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            ),
        ),
        (HeaderName::from_static("x-content-type-options"), HeaderValue::from_static("nosniff")),
        (HeaderName::from_static("referrer-policy"), HeaderValue::from_static("strict-origin-when-cross-origin")),
        (HeaderName::from_static("x-frame-options"), HeaderValue::from_static("DENY")),
        (
            HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static("camera=(self), microphone=(), geolocation=(), payment=()"),
        ),
        (HeaderName::from_static("cross-origin-opener-policy"), HeaderValue::from_static("same-origin")),
    ]
}
