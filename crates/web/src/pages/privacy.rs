//! The privacy notice under law 09-08: purposes, data, retention, rights, contact.

use askama::Template;
use axum::response::Response;

use crate::error::AppError;
use crate::page::{PageCtx, render};

#[derive(Template)]
#[template(path = "privacy.html")]
struct PrivacyPage {
    ctx: PageCtx,
    sections: [(&'static str, &'static str); 6],
}

/// `GET /privacy`
pub async fn show_privacy(ctx: PageCtx) -> Result<Response, AppError> {
    let lang = ctx.lang;
    let sections = [
        ("privacy-controller-title", "privacy-controller-text"),
        ("privacy-purposes-title", "privacy-purposes-text"),
        ("privacy-data-title", "privacy-data-text"),
        ("privacy-retention-title", "privacy-retention-text"),
        ("privacy-rights-title", "privacy-rights-text"),
        ("privacy-contact-title", "privacy-contact-text"),
    ];
    render(&PrivacyPage { ctx, sections }, lang)
}
