//! The privacy notice under law 09-08: purposes, data, retention (with each procedure's
//! archiving rule, from the catalogue), rights, contact.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use crate::error::AppError;
use crate::page::{PageCtx, render};
use crate::state::AppState;

#[derive(Template)]
#[template(path = "privacy.html")]
struct PrivacyPage {
    ctx: PageCtx,
    sections: [(&'static str, &'static str); 6],
    archives: Vec<(String, String)>,
}

/// `GET /privacy`
pub async fn show_privacy(State(state): State<AppState>, ctx: PageCtx) -> Result<Response, AppError> {
    let lang = ctx.lang;
    let sections = [
        ("privacy-controller-title", "privacy-controller-text"),
        ("privacy-purposes-title", "privacy-purposes-text"),
        ("privacy-data-title", "privacy-data-text"),
        ("privacy-retention-title", "privacy-retention-text"),
        ("privacy-rights-title", "privacy-rights-text"),
        ("privacy-contact-title", "privacy-contact-text"),
    ];
    let mut archives: Vec<(String, String)> = state
        .catalog()
        .catalog
        .procedures
        .values()
        .filter_map(|p| {
            let a = p.archive?;
            Some((p.title.get(lang.code()).to_string(), crate::pages::catalogue::archive_text(&ctx, a)))
        })
        .collect();
    archives.sort();
    render(&PrivacyPage { ctx, sections, archives }, lang)
}
