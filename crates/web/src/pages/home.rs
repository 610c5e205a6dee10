//! The home page: what the single window is and what it brings together.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use nafida_store::orgs;

use crate::error::AppError;
use crate::page::{PageCtx, render};
use crate::state::AppState;

/// The services the home page presents, each a way into them: (text, where it leads).
const SERVICES: [(&str, &str); 8] = [
    ("home-service-documents", "/catalogue?theme=civil-status"),
    ("home-service-civil-status", "/catalogue?theme=civil-status"),
    ("home-service-complaints", "/catalogue/complaint"),
    ("home-service-permits", "/catalogue?theme=urbanism"),
    ("home-service-passport", "/catalogue?theme=identity-travel"),
    ("home-service-consular", "/consulates"),
    ("home-service-card", "/catalogue/mre-card"),
    ("home-service-cell", "/catalogue/cell-request"),
];

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    ctx: PageCtx,
    services: [(&'static str, &'static str); 8],
    org_count: i64,
}

/// `GET /`
pub async fn show_home(State(state): State<AppState>, ctx: PageCtx) -> Result<Response, AppError> {
    let org_count = orgs::count(state.db()).await?;
    let lang = ctx.lang;
    render(&HomePage { ctx, services: SERVICES, org_count }, lang)
}
