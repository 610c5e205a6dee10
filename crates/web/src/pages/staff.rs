//! The staff side: a staff member's home, and the page of an administration they cover
//! (their own; for supervisors and admins, also those below theirs).

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use nafida_domain::OrgId;
use nafida_store::accounts;
use nafida_store::orgs;

use crate::auth::{Staff, deny};
use crate::error::AppError;
use crate::page::{PageCtx, render};
use crate::state::AppState;

#[derive(Template)]
#[template(path = "staff/home.html")]
struct StaffHome {
    ctx: PageCtx,
    org_id: String,
    org_name: String,
    role_key: String,
    /// The provincial cell: it follows the cases of its province.
    cell: bool,
    /// The province's figures are theirs to read.
    figures: bool,
    /// An urbanism service: it checks architects' registration numbers.
    urbanism: bool,
    below: Vec<(String, String)>,
    /// The open cases of the administration: theirs, overdue, due soon, escalated.
    counts: nafida_store::cases::QueueCounts,
}

/// `GET /staff`
pub async fn show_staff_home(State(state): State<AppState>, ctx: PageCtx, staff: Staff) -> Result<Response, AppError> {
    let code = ctx.lang.code();
    let org = orgs::get(state.db(), &staff.org).await?.ok_or(AppError::NotFound)?;
    let mut below = vec![];
    if staff.role() != nafida_domain::Role::Agent {
        let ids = orgs::subtree_ids(state.db(), &staff.org).await?;
        let all = orgs::list(state.db()).await?;
        below = all
            .into_iter()
            .filter(|o| o.id != staff.org && ids.contains(&o.id))
            .map(|o| (o.id.to_string(), o.name.get(code).to_string()))
            .collect();
    }
    let figures = nafida_engine::figures::province_of(state.engine(), &staff.actor()).await.is_ok();
    let counts = nafida_engine::cases::staff::home_counts(state.engine(), &staff.actor()).await?;
    let lang = ctx.lang;
    render(
        &StaffHome {
            counts,
            figures,
            urbanism: org.kind == nafida_domain::OrgKind::UrbanismService,
            org_id: org.id.to_string(),
            org_name: org.name.get(code).to_string(),
            role_key: format!("role-{}", staff.role().as_str()),
            cell: org.kind == nafida_domain::OrgKind::MreCell,
            below,
            ctx,
        },
        lang,
    )
}

#[derive(Template)]
#[template(path = "staff/org.html")]
struct OrgPage {
    ctx: PageCtx,
    name: String,
    kind_key: String,
    members: Vec<(String, String, String)>,
}

/// `GET /staff/orgs/{id}`: an administration outside the staff member's scope answers 404,
/// like one that does not exist.
pub async fn show_org(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(id): Path<String>,
    parts: axum::http::request::Parts,
) -> Result<Response, AppError> {
    let id = OrgId::parse(&id).map_err(|_| AppError::NotFound)?;
    if !staff.covers(&state, &id).await? {
        return Err(deny(&parts, Some(&staff.user.account), "administration out of scope", AppError::NotFound));
    }
    let org = orgs::get(state.db(), &id).await?.ok_or(AppError::NotFound)?;
    let members = accounts::staff_under(state.db(), &id)
        .await?
        .into_iter()
        .filter(|a| a.org_id.as_ref() == Some(&id))
        .map(|a| (a.display_name, a.email, format!("role-{}", a.role.as_str())))
        .collect();
    let lang = ctx.lang;
    render(
        &OrgPage {
            name: org.name.get(lang.code()).to_string(),
            kind_key: format!("kind-{}", org.kind.as_str()),
            members,
            ctx,
        },
        lang,
    )
}
