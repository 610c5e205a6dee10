//! Assisted filing at the provincial cell: an agent files a request in any procedure for a
//! visitor without an account, with the visitor's consent, and prints the receipt with its claim
//! code; the visitor later claims it into their own account. The rules are the engine's
//! (`nafida_engine::cell::assist`).

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Multipart, Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use nafida_engine::cell::assist::{self, Assisted};
use serde::Deserialize;

use crate::auth::{Citizen, Staff};
use crate::casework;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::page::{PageCtx, render};
use crate::pages::cases::{Filer, StartQuery, start_page, typed_values};
use crate::state::AppState;
use crate::views::{case_procedure, org_name};

/// A procedure the cell can file in.
pub struct ProcedureRow {
    id: String,
    title: String,
}

/// A visitor's request not claimed yet.
pub struct RecordRow {
    name: String,
    reference: String,
    title: String,
}

#[derive(Template)]
#[template(path = "staff/assist.html")]
struct AssistPage {
    ctx: PageCtx,
    procedures: Vec<ProcedureRow>,
    records: Vec<RecordRow>,
}

/// `GET /staff/assist`: the procedures a cell agent can file in for a visitor, and the
/// visitors' requests not claimed yet; not found outside a provincial cell.
pub async fn show_assist(State(state): State<AppState>, ctx: PageCtx, staff: Staff) -> Result<Response, AppError> {
    let engine = state.engine();
    let open = assist::unclaimed(engine, &staff.actor()).await?;
    let code = ctx.lang.code();
    let mut procedures: Vec<ProcedureRow> = state
        .catalog()
        .catalog
        .procedures
        .values()
        .map(|p| ProcedureRow { id: p.id.clone(), title: p.title.get(code).to_string() })
        .collect();
    procedures.sort_by(|a, b| a.title.cmp(&b.title));
    let mut records = vec![];
    for (record, c) in open {
        let (p, _) = case_procedure(&state, &c).await?;
        records.push(RecordRow {
            name: record.full_name,
            reference: c.reference,
            title: p.title.get(code).to_string(),
        });
    }
    let lang = ctx.lang;
    render(&AssistPage { ctx, procedures, records }, lang)
}

fn procedure<'a>(state: &'a AppState, id: &str) -> Result<&'a nafida_domain::catalog::Procedure, AppError> {
    state.catalog().catalog.procedures.get(id).ok_or(AppError::NotFound)
}

/// `GET /staff/assist/{procedure}`: the procedure's form with the visitor's block.
pub async fn show_form(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(id): Path<String>,
    Query(q): Query<StartQuery>,
) -> Result<Response, AppError> {
    nafida_engine::cell::province_of(state.engine(), &staff.actor()).await?;
    let p = procedure(&state, &id)?;
    let values = q.values(p);
    start_page(&state, ctx, p, Filer::Visitor(&q.visitor()), &values, FormErrors::default()).await
}

/// `POST /staff/assist/{procedure}`: files it for the visitor and shows the receipt to print,
/// with its claim code; the form again, with every problem, if anything is wrong.
pub async fn file(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(id): Path<String>,
    form: Multipart,
) -> Result<Response, AppError> {
    nafida_engine::cell::province_of(state.engine(), &staff.actor()).await?;
    let p = procedure(&state, &id)?;
    let submitted = casework::read_multipart(form).await?;
    match assist::file_for_visitor(state.engine(), &staff.actor(), p, &submitted, ctx.lang).await? {
        Ok(assisted) => receipt(&state, ctx, assisted, true).await,
        Err(refusal) => {
            let values = typed_values(&submitted);
            let visitor: BTreeMap<String, String> = submitted
                .values
                .iter()
                .filter(|(k, _)| k.starts_with("visitor_"))
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            let mut errors = FormErrors::from_refusal(&ctx, refusal);
            errors.add("documents", ctx.t("form-files-again"));
            start_page(&state, ctx, p, Filer::Visitor(&visitor), &values, errors).await
        }
    }
}

#[derive(Template)]
#[template(path = "staff/assist_receipt.html")]
struct ReceiptPage {
    ctx: PageCtx,
    reference: String,
    title: String,
    org_name: String,
    filed: String,
    due: String,
    delay: String,
    visitor: String,
    consent_key: String,
    /// The code to print, when this page gives a fresh one.
    code: Option<String>,
    claim_until: String,
    mailed: bool,
    claim_url: String,
    track_url: String,
}

async fn receipt(state: &AppState, ctx: PageCtx, a: Assisted, with_code: bool) -> Result<Response, AppError> {
    let (p, _) = case_procedure(state, &a.case).await?;
    let code = ctx.lang.code();
    let page = ReceiptPage {
        reference: a.case.reference.clone(),
        title: p.title.get(code).to_string(),
        org_name: org_name(state, &a.case.org_id, code).await?,
        filed: ctx.when(a.case.filed_at),
        due: casework::show_date(&a.case.due_date),
        delay: casework::delay_text(&ctx, &p),
        visitor: a.record.full_name.clone(),
        consent_key: format!("assist-consent-{}", a.record.consent),
        claim_until: casework::show_date(&nafida_domain::Date::legal(a.record.claim_until).to_string()),
        mailed: with_code && a.record.contact_email.is_some(),
        code: with_code.then_some(a.code),
        claim_url: format!("{}/account/claim", state.engine().settings().public_url),
        track_url: format!("{}/track", state.engine().settings().public_url),
        ctx,
    };
    let lang = page.ctx.lang;
    render(&page, lang)
}

/// `GET /staff/assist/cases/{reference}`: the receipt of a request the cell filed for a visitor
/// (without its code, which only a new printing gives); the opening is logged in the history.
pub async fn show_filed(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let engine = state.engine();
    let actor = staff.actor();
    let (case, record) = assist::filed_for(engine, &actor, &reference).await?;
    nafida_engine::cases::record_view(engine, &actor, &case, nafida_engine::cases::ViewReason::FollowUp).await?;
    receipt(&state, ctx, Assisted { case, record, code: String::new() }, false).await
}

/// `POST /staff/assist/cases/{reference}/code`: the receipt again with a fresh claim code (the
/// one printed before stops working).
pub async fn reprint(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let assisted = assist::reprint(state.engine(), &staff.actor(), &reference, ctx.lang).await?;
    receipt(&state, ctx, assisted, true).await
}

#[derive(Template)]
#[template(path = "account/claim.html")]
struct ClaimPage {
    ctx: PageCtx,
    reference: String,
    errors: FormErrors,
}

/// What the claim form carries.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ClaimForm {
    reference: String,
    code: String,
}

/// `GET /account/claim`: the form to claim a request the cell filed for the person.
pub async fn show_claim(ctx: PageCtx, _user: Citizen, Query(q): Query<ClaimForm>) -> Result<Response, AppError> {
    let lang = ctx.lang;
    let reference: String = q.reference.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').take(32).collect();
    render(&ClaimPage { ctx, reference, errors: FormErrors::default() }, lang)
}

/// `POST /account/claim`: moves the requests into the account and opens the one named.
pub async fn claim(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    axum::Form(form): axum::Form<ClaimForm>,
) -> Result<Response, AppError> {
    match assist::claim(state.engine(), &user.account, &form.reference, &form.code).await? {
        Ok(reference) => Ok(Redirect::to(&format!("/cases/{reference}")).into_response()),
        Err(refusal) => {
            let errors = FormErrors::from_refusal(&ctx, refusal);
            let lang = ctx.lang;
            let reference = form.reference.chars().take(32).collect();
            Ok((axum::http::StatusCode::UNPROCESSABLE_ENTITY, render(&ClaimPage { ctx, reference, errors }, lang)?)
                .into_response())
        }
    }
}
