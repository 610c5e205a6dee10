//! Every route of the platform, in one place.

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::StatusCode;
use axum::middleware::from_fn_with_state;
use axum::routing::get;
use tower::ServiceBuilder;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

use crate::error::AppError;
use crate::middleware::{html_errors, observe, security_headers};
use crate::pages::{administrations, home, lang};
use crate::state::AppState;
use crate::system;

async fn not_found() -> AppError {
    AppError::NotFound
}

/// The application: routes, then the layers every request goes through.
pub fn build_router(state: AppState) -> Router {
    let settings = state.settings().clone();
    let mut router = Router::new()
        .route("/", get(home::show_home))
        .route("/administrations", get(administrations::list_administrations))
        .route("/lang/{code}", get(lang::switch_lang))
        .route("/healthz", get(system::show_health))
        .route("/readyz", get(system::show_readiness))
        .route("/metrics", get(system::show_metrics))
        .route("/static/{name}", get(system::show_asset))
        .fallback(not_found)
        .layer(from_fn_with_state(state.clone(), html_errors))
        .layer(from_fn_with_state(state.clone(), observe))
        .layer(DefaultBodyLimit::max(settings.body_limit_bytes))
        .with_state(state);
    for (name, value) in security_headers() {
        router = router.layer(SetResponseHeaderLayer::if_not_present(name, value));
    }
    router.layer(
        ServiceBuilder::new()
            .layer(CompressionLayer::new())
            .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, settings.request_timeout))
            .layer(RequestBodyLimitLayer::new(settings.body_limit_bytes)),
    )
}
