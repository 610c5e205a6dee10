//! The one error type at the HTTP edge. It renders a JSON problem body for `/api/` paths and a
//! translated HTML page otherwise, with a stable machine code. A 5xx reveals nothing of its
//! cause to the client; the cause is logged once, here, with the request id.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use nafida_store::StoreError;

/// An error leaving a handler.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// Nothing at this address (or nothing the actor may see).
    #[error("not found")]
    NotFound,
    /// The page needs a signed-in account; `next` is where to come back.
    #[error("sign-in required")]
    Unauthenticated {
        /// Path to return to after sign-in.
        next: String,
    },
    /// Signed in, but not allowed.
    #[error("forbidden")]
    Forbidden,
    /// A state-changing request without a valid anti-forgery token.
    #[error("missing or wrong anti-forgery token")]
    Csrf,
    /// Too many attempts; try again later.
    #[error("rate limited")]
    RateLimited,
    /// The request body is larger than the platform accepts.
    #[error("payload too large")]
    PayloadTooLarge,
    /// The request conflicts with what is stored (a unique key taken); the text is for the log.
    #[error("conflict: {0}")]
    Conflict(String),
    /// The database or the file store cannot be reached now; the text is for the log.
    #[error("unavailable: {0}")]
    Unavailable(String),
    /// An unexpected failure; the text is for the log only.
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<StoreError> for AppError {
    fn from(e: StoreError) -> Self {
        match &e {
            StoreError::NotFound(_) => AppError::NotFound,
            StoreError::Conflict(_) => AppError::Conflict(e.to_string()),
            StoreError::Database(
                sqlx_error @ (nafida_store::SqlxError::PoolTimedOut
                | nafida_store::SqlxError::PoolClosed
                | nafida_store::SqlxError::Io(_)),
            ) => AppError::Unavailable(sqlx_error.to_string()),
            StoreError::Io(_) | StoreError::Unavailable(_) => AppError::Unavailable(e.to_string()),
            _ => AppError::Internal(e.to_string()),
        }
    }
}

impl From<nafida_engine::EngineError> for AppError {
    fn from(e: nafida_engine::EngineError) -> Self {
        use nafida_engine::EngineError;
        match e {
            EngineError::NotFound => AppError::NotFound,
            EngineError::Store(e) => e.into(),
            EngineError::Internal(cause) => AppError::Internal(cause),
        }
    }
}

impl AppError {
    /// HTTP status.
    pub fn status(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Unauthenticated { .. } => StatusCode::UNAUTHORIZED,
            AppError::Forbidden | AppError::Csrf => StatusCode::FORBIDDEN,
            AppError::RateLimited => StatusCode::TOO_MANY_REQUESTS,
            AppError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// Stable machine code.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::NotFound => "not-found",
            AppError::Unauthenticated { .. } => "unauthenticated",
            AppError::Forbidden => "forbidden",
            AppError::Csrf => "csrf",
            AppError::RateLimited => "rate-limited",
            AppError::PayloadTooLarge => "payload-too-large",
            AppError::Conflict(_) => "conflict",
            AppError::Unavailable(_) => "unavailable",
            AppError::Internal(_) => "internal",
        }
    }
}

/// Marker put in response extensions so the error-page layer can render the HTML page in the
/// request's language (the handler that failed may not know it).
#[derive(Debug, Clone, Copy)]
pub struct ErrorCode(pub &'static str);

/// Where an HTML page that needs sign-in sends the visitor back after it.
#[derive(Debug, Clone)]
pub struct SignInNext(pub String);

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        // Logged once, here, inside the request's span (which carries its request id); the
        // body says nothing of the cause.
        match &self {
            AppError::Internal(cause) => tracing::error!(%cause, "request failed"),
            AppError::Unavailable(cause) => tracing::error!(%cause, "request failed: unavailable"),
            AppError::Conflict(cause) => tracing::warn!(%cause, "request conflicted"),
            _ => {}
        }
        let status = self.status();
        let mut response =
            (status, Json(serde_json::json!({ "status": status.as_u16(), "code": self.code() }))).into_response();
        response.extensions_mut().insert(ErrorCode(self.code()));
        if let AppError::Unauthenticated { next } = self {
            response.extensions_mut().insert(SignInNext(next));
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn store_errors_keep_their_meaning_at_the_edge() {
        assert_eq!(AppError::from(StoreError::NotFound("office")).status(), StatusCode::NOT_FOUND);
        assert_eq!(AppError::from(StoreError::Conflict("act number")).status(), StatusCode::CONFLICT);
        let timed_out = AppError::from(StoreError::Database(nafida_store::SqlxError::PoolTimedOut));
        assert_eq!((timed_out.status(), timed_out.code()), (StatusCode::SERVICE_UNAVAILABLE, "unavailable"));
        let corrupt = AppError::from(StoreError::Corrupt("phase \"x\"".into()));
        assert_eq!(corrupt.status(), StatusCode::INTERNAL_SERVER_ERROR);
        // The cause stays for the log; the body says nothing of it.
        assert!(corrupt.to_string().contains("phase"));
        let engine = AppError::from(nafida_engine::EngineError::Store(StoreError::Conflict("case reference")));
        assert_eq!(engine.status(), StatusCode::CONFLICT);
        assert_eq!(AppError::from(nafida_engine::EngineError::NotFound).status(), StatusCode::NOT_FOUND);
    }
}
