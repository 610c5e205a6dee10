//! The provincial cell's pages: the cases it follows across the administrations of its
//! province. The rules are the engine's (`nafida_engine::cell`).

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use nafida_engine::orgs::OrgNames;

use crate::auth::Staff;
use crate::casework;
use crate::error::AppError;
use crate::page::{PageCtx, render};
use crate::state::AppState;

/// A followed case as the list shows it.
pub struct FollowedRow {
    reference: String,
    title: String,
    org: String,
    status: String,
    due: String,
    escalated: bool,
    overdue: bool,
}

#[derive(Template)]
#[template(path = "staff/follow.html")]
struct FollowPage {
    ctx: PageCtx,
    rows: Vec<FollowedRow>,
    /// The fast lane over the last year: (label key, figure).
    lane: Vec<(&'static str, String)>,
}

/// `GET /staff/follow`: the open cases of people abroad handled in the cell's province,
/// escalated ones first; not found for staff of any other administration.
pub async fn show_followed(State(state): State<AppState>, ctx: PageCtx, staff: Staff) -> Result<Response, AppError> {
    let engine = state.engine();
    let cases = nafida_engine::cell::followed(engine, &staff.actor()).await?;
    let code = ctx.lang.code();
    let names = OrgNames::load(engine, code).await?;
    let mut rows = vec![];
    for c in cases {
        let (p, w) = nafida_engine::cases::procedure_of(engine, &c).await?;
        rows.push(FollowedRow {
            title: p.title.get(code).to_string(),
            org: names.get(&c.org_id),
            status: w.status(&c.status).map(|s| s.label.get(code).to_string()).unwrap_or_default(),
            due: casework::show_date(&c.due_date),
            escalated: c.flags.has(nafida_domain::flags::Flag::EscalatedCell),
            overdue: c.flags.has(nafida_domain::flags::Flag::Overdue),
            reference: c.reference,
        });
    }
    let f = nafida_engine::cell::lane_figures(engine, &staff.actor()).await?;
    let days = |d: Option<f64>| d.map_or_else(|| "—".to_string(), |d| format!("{d:.1}"));
    let lane = vec![
        ("lane-fast", f.fast.to_string()),
        ("lane-other", f.other.to_string()),
        ("lane-share", f.share().map_or_else(|| "—".into(), |s| format!("{s} %"))),
        ("lane-fast-days", days(f.fast_days)),
        ("lane-other-days", days(f.other_days)),
    ];
    let lang = ctx.lang;
    render(&FollowPage { ctx, rows, lane }, lang)
}
