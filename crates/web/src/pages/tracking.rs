//! `/track`: follow a request without an account, by its reference and the birth date of the
//! person it concerns. The same answer for an unknown reference as for a wrong birth date; at
//! most 20 tries per 15 minutes from one address. The birth date is posted, never put in the
//! address (which logs and histories keep).

use askama::Template;
use axum::extract::{Form, State};
use axum::response::Response;
use nafida_engine::tracking::{self, Stage};
use nafida_store::ratelimit;
use serde::Deserialize;

use crate::error::AppError;
use crate::forms::FormErrors;
use crate::page::{PageCtx, render};
use crate::pages::auth::ClientIp;
use crate::state::AppState;

/// A stage as the page shows it.
pub struct StageView {
    reference: String,
    procedure: String,
    status: String,
    phase_key: String,
    next_key: String,
    since: String,
    due: Option<String>,
    /// What to do when a document waits at a counter: where, until when, with what.
    pickup: Option<String>,
    pickup_to_confirm: bool,
}

#[derive(Template)]
#[template(path = "track/page.html")]
struct TrackPage {
    ctx: PageCtx,
    reference: String,
    birth_date: String,
    errors: FormErrors,
    stage: Option<StageView>,
    not_found: bool,
}

async fn view(state: &AppState, ctx: &PageCtx, s: Stage) -> Result<StageView, AppError> {
    let lang = ctx.lang.code();
    let pickup = match &s.pickup {
        Some(due) => Some(pickup_sentence(state, ctx, due).await?),
        None => None,
    };
    Ok(StageView {
        reference: s.reference,
        procedure: s.procedure.get(lang).to_string(),
        status: s.status.get(lang).to_string(),
        phase_key: format!("phase-{}", s.phase.as_str()),
        next_key: format!("track-next-{}", s.phase.as_str()),
        since: ctx.when(s.since),
        due: s.due_date.map(|d| nafida_engine::dates::show_date(&d)),
        pickup_to_confirm: s.pickup.as_ref().is_some_and(|p| p.to_confirm),
        pickup,
    })
}

/// "Collect it in person at … by …, with your identity document."
pub async fn pickup_sentence(
    state: &AppState,
    ctx: &PageCtx,
    due: &nafida_engine::cases::PickupDue,
) -> Result<String, AppError> {
    let place = nafida_engine::orgs::name(state.engine(), &due.org_id, ctx.lang.code()).await?;
    let until = nafida_engine::dates::show_date(&due.until.to_string());
    Ok(ctx.ta("track-pickup", &[("place", &place), ("until", &until)]))
}

/// `GET /track`: the form.
pub async fn show_track(ctx: PageCtx) -> Result<Response, AppError> {
    let lang = ctx.lang;
    let page = TrackPage {
        ctx,
        reference: String::new(),
        birth_date: String::new(),
        errors: FormErrors::default(),
        stage: None,
        not_found: false,
    };
    render(&page, lang)
}

/// What the form sends.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct TrackForm {
    reference: String,
    birth_date: String,
}

/// `POST /track`: the stage of the request, or one answer for every mismatch.
pub async fn track_request(
    State(state): State<AppState>,
    ctx: PageCtx,
    ClientIp(ip): ClientIp,
    Form(form): Form<TrackForm>,
) -> Result<Response, AppError> {
    let reference = form.reference.trim().to_ascii_uppercase().chars().take(40).collect::<String>();
    let birth_date = form.birth_date.trim().chars().take(20).collect::<String>();
    let mut errors = FormErrors::default();
    if reference.is_empty() {
        errors.add_keyed("reference", "err-track-reference", ctx.t("err-track-reference"));
    }
    if nafida_domain::Date::parse(&birth_date).is_err() {
        errors.add_keyed("birth_date", "err-date-invalid", ctx.t("err-date-invalid"));
    }
    let now = state.clock().now().millis();
    if errors.is_empty() && ratelimit::hit(state.db(), &format!("track:ip:{ip}"), 15 * 60_000, now).await? > 20 {
        errors.add_keyed("reference", "err-rate-limited", ctx.t("err-rate-limited"));
    }
    let found = if errors.is_empty() { tracking::track(state.engine(), &reference, &birth_date).await? } else { None };
    let not_found = errors.is_empty() && found.is_none();
    let stage = match found {
        Some(s) => Some(view(&state, &ctx, s).await?),
        None => None,
    };
    let lang = ctx.lang;
    render(&TrackPage { ctx, reference, birth_date, errors, stage, not_found }, lang)
}
