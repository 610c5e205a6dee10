//! Administrators manage staff within their administration and those below it: list, invite
//! (the invited person chooses a password from a link, then enrols a second factor), disable
//! and re-enable.

use askama::Template;
use axum::extract::{Form, Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use nafida_domain::{Email, OrgId, Role};
use nafida_store::accounts::{self, NewAccount, NewToken};
use nafida_store::{StoreError, orgs};
use serde::Deserialize;

use crate::auth::{AdminUser, deny, new_token, token_hash};
use crate::error::AppError;
use crate::forms::{FormErrors, domain_error_key};
use crate::mails::{self, MailKind};
use crate::page::{PageCtx, render};
use crate::pages::account::Choice;
use crate::state::AppState;

/// A staff member as the list shows them.
pub struct StaffRow {
    id: String,
    name: String,
    email: String,
    role_key: String,
    org_name: String,
    disabled: bool,
    totp: bool,
}

#[derive(Template)]
#[template(path = "admin/staff.html")]
struct StaffListPage {
    ctx: PageCtx,
    rows: Vec<StaffRow>,
    notice_key: Option<&'static str>,
}

async fn staff_list(
    state: &AppState,
    ctx: PageCtx,
    admin: &AdminUser,
    notice_key: Option<&'static str>,
) -> Result<Response, AppError> {
    let code = ctx.lang.code();
    let all_orgs = orgs::list(state.db()).await?;
    let rows = accounts::staff_under(state.db(), &admin.0.org)
        .await?
        .into_iter()
        .map(|a| StaffRow {
            org_name: a
                .org_id
                .as_ref()
                .and_then(|id| all_orgs.iter().find(|o| &o.id == id))
                .map_or_else(String::new, |o| o.name.get(code).to_string()),
            id: a.id,
            name: a.display_name,
            email: a.email,
            role_key: format!("role-{}", a.role.as_str()),
            disabled: a.disabled,
            totp: a.totp_enabled,
        })
        .collect();
    let lang = ctx.lang;
    render(&StaffListPage { ctx, rows, notice_key }, lang)
}

/// Query of the staff list.
#[derive(Debug, Deserialize)]
pub struct ListQuery {
    invited: Option<String>,
}

/// `GET /admin/staff` (with `?invited=1` after an invitation).
pub async fn list_staff(
    State(state): State<AppState>,
    ctx: PageCtx,
    admin: AdminUser,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    staff_list(&state, ctx, &admin, q.invited.map(|_| "admin-invited")).await
}

#[derive(Template)]
#[template(path = "admin/invite.html")]
struct InvitePage {
    ctx: PageCtx,
    errors: FormErrors,
    form: InviteForm,
    orgs: Vec<Choice>,
}

/// The invitation form.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct InviteForm {
    email: String,
    name: String,
    role: String,
    org: String,
}

impl InviteForm {
    /// Whether a select's value is chosen.
    pub fn is(&self, field: &str, value: &str) -> bool {
        match field {
            "role" => self.role == value,
            "org" => self.org == value,
            _ => false,
        }
    }
}

async fn invite_page(
    state: &AppState,
    ctx: PageCtx,
    admin: &AdminUser,
    errors: FormErrors,
    form: InviteForm,
) -> Result<Response, AppError> {
    let ids = orgs::subtree_ids(state.db(), &admin.0.org).await?;
    let code = ctx.lang.code();
    let orgs = orgs::list(state.db())
        .await?
        .into_iter()
        .filter(|o| ids.contains(&o.id))
        .map(|o| Choice { value: o.id.to_string(), label: o.name.get(code).to_string() })
        .collect();
    let lang = ctx.lang;
    render(&InvitePage { ctx, errors, form, orgs }, lang)
}

/// `GET /admin/staff/new`
pub async fn show_invite(State(state): State<AppState>, ctx: PageCtx, admin: AdminUser) -> Result<Response, AppError> {
    invite_page(
        &state,
        ctx,
        &admin,
        FormErrors::default(),
        InviteForm { role: "agent".into(), ..InviteForm::default() },
    )
    .await
}

/// `POST /admin/staff/new`
pub async fn invite_staff(
    State(state): State<AppState>,
    ctx: PageCtx,
    admin: AdminUser,
    Form(form): Form<InviteForm>,
) -> Result<Response, AppError> {
    let mut errors = FormErrors::default();
    let email = Email::parse(&form.email).map_err(|e| errors.add("email", ctx.t(&domain_error_key(&e)))).ok();
    let name = form.name.trim().to_string();
    if name.is_empty() || name.chars().count() > 80 {
        errors.add("name", ctx.t("err-name-required"));
    }
    let role = match Role::parse(&form.role) {
        Ok(r) if r.is_staff() => Some(r),
        _ => {
            errors.add("role", ctx.t("err-role-required"));
            None
        }
    };
    let org = match OrgId::parse(&form.org) {
        Ok(id) if admin.0.covers(&state, &id).await? => Some(id),
        _ => {
            errors.add("org", ctx.t("err-org-out-of-scope"));
            None
        }
    };
    let (Some(email), Some(role), Some(org), true) = (email, role, org, errors.is_empty()) else {
        return invite_page(&state, ctx, &admin, errors, form).await;
    };
    let t = state.clock().now().millis();
    // A random password nobody knows: the invited person sets theirs from the link.
    let placeholder = new_token()?;
    let hash = crate::passwords::hash(&placeholder).await?;
    let token = new_token()?;
    let m =
        mails::render(state.engine(), ctx.lang, MailKind::Invite, email.as_str(), &format!("/password/reset/{token}"));
    let new = NewAccount {
        email: &email,
        password_hash: &hash,
        role,
        org: Some(&org),
        display_name: &name,
        lang: ctx.lang.code(),
    };
    let nt = NewToken {
        token_hash: &token_hash(&token),
        purpose: "invite",
        new_email: None,
        expires_at: t + 7 * 24 * 3_600_000,
    };
    match accounts::create_with_token(state.db(), &new, &nt, &m.as_new(), t).await {
        Ok(_) => Ok(Redirect::to("/admin/staff?invited=1").into_response()),
        Err(StoreError::Conflict(_)) => {
            let mut errors = FormErrors::default();
            errors.add("email", ctx.t("err-email-taken"));
            invite_page(&state, ctx, &admin, errors, form).await
        }
        Err(e) => Err(e.into()),
    }
}

async fn set_disabled(
    state: &AppState,
    admin: &AdminUser,
    parts: &axum::http::request::Parts,
    id: &str,
    disabled: bool,
) -> Result<Response, AppError> {
    let target = accounts::get(state.db(), id).await?.ok_or(AppError::NotFound)?;
    let in_scope = match &target.org_id {
        Some(org) if target.role.is_staff() => admin.0.covers(state, org).await?,
        _ => false,
    };
    if !in_scope || target.id == admin.0.user.account.id {
        return Err(deny(parts, Some(&admin.0.user.account), "staff member out of scope", AppError::NotFound));
    }
    accounts::set_disabled(state.db(), &target.id, disabled, state.clock().now().millis()).await?;
    Ok(Redirect::to("/admin/staff").into_response())
}

/// `POST /admin/staff/{id}/disable`
pub async fn disable_staff(
    State(state): State<AppState>,
    admin: AdminUser,
    parts: axum::http::request::Parts,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    set_disabled(&state, &admin, &parts, &id, true).await
}

/// `POST /admin/staff/{id}/enable`
pub async fn enable_staff(
    State(state): State<AppState>,
    admin: AdminUser,
    parts: axum::http::request::Parts,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    set_disabled(&state, &admin, &parts, &id, false).await
}
