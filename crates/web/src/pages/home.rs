//! The home page: what the single window is and what it brings together.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use nafida_store::orgs;

use crate::error::AppError;
use crate::page::{PageCtx, render};
use crate::state::AppState;

const SERVICES: [&str; 8] = [
    "home-service-documents",
    "home-service-civil-status",
    "home-service-complaints",
    "home-service-permits",
    "home-service-passport",
    "home-service-consular",
    "home-service-card",
    "home-service-cell",
];

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    ctx: PageCtx,
    services: [&'static str; 8],
    org_count: i64,
}

/// `GET /`
pub async fn show_home(State(state): State<AppState>, ctx: PageCtx) -> Result<Response, AppError> {
    let org_count = orgs::count(state.db()).await?;
    let lang = ctx.lang;
    render(&HomePage { ctx, services: SERVICES, org_count }, lang)
}
