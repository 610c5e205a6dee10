//! The counter's side of appointments: the day of a desk (arrived, served, absent), and for a
//! supervisor the desk's settings and closed days. Parse → call the engine → render.

use askama::Template;
use axum::extract::{Form, Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use nafida_domain::Date;
use nafida_domain::legal_time::millis_to_local;
use nafida_engine::appointments::{self, Desk, DeskInput, Status};
use nafida_engine::{EngineError, Refusal};
use serde::Deserialize;

use crate::auth::Staff;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::page::{PageCtx, encode_component, render};
use crate::state::AppState;

/// A desk in the list.
pub struct DeskLink {
    id: String,
    title: String,
    current: bool,
}

/// One appointment of the day.
pub struct Line {
    id: String,
    time: String,
    person: String,
    reference: Option<String>,
    status: String,
    status_key: String,
    card_holder: bool,
}

/// A procedure the desk may serve.
pub struct ProcedureOpt {
    id: String,
    title: String,
    selected: bool,
}

#[derive(Template)]
#[template(path = "staff/counter.html")]
struct CounterPage {
    ctx: PageCtx,
    desks: Vec<DeskLink>,
    desk: Option<String>,
    day: String,
    day_label: String,
    prev: String,
    next: String,
    lines: Vec<Line>,
    /// The desk's last 90 days: (label key, figure).
    figures: Vec<(&'static str, String)>,
    supervises: bool,
    form: DeskForm,
    procedures: Vec<ProcedureOpt>,
    errors: FormErrors,
}

/// Which desk and day.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DayQuery {
    calendar: String,
    day: String,
}

/// A desk's settings as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct DeskForm {
    desk: String,
    procedure_id: String,
    hours: String,
    slot_minutes: String,
    capacity: String,
    card_quota: String,
    horizon_days: String,
    cancel_hours: String,
}

impl DeskForm {
    fn of(d: &Desk) -> Self {
        DeskForm {
            desk: d.row.desk.clone(),
            procedure_id: d.row.procedure_id.clone(),
            hours: d.row.hours.clone(),
            slot_minutes: d.row.slot_minutes.to_string(),
            capacity: d.row.capacity.to_string(),
            card_quota: d.row.card_quota.to_string(),
            horizon_days: d.row.horizon_days.to_string(),
            cancel_hours: d.row.cancel_hours.to_string(),
        }
    }

    fn blank() -> Self {
        DeskForm {
            hours: "mon-fri 09:00-15:00".into(),
            slot_minutes: "20".into(),
            capacity: "4".into(),
            card_quota: "1".into(),
            horizon_days: "60".into(),
            cancel_hours: "24".into(),
            ..DeskForm::default()
        }
    }

    fn input(&self) -> DeskInput {
        DeskInput {
            desk: self.desk.clone(),
            procedure_id: self.procedure_id.clone(),
            hours: self.hours.clone(),
            slot_minutes: self.slot_minutes.clone(),
            capacity: self.capacity.clone(),
            card_quota: self.card_quota.clone(),
            horizon_days: self.horizon_days.clone(),
            cancel_hours: self.cancel_hours.clone(),
        }
    }
}

fn title(state: &AppState, ctx: &PageCtx, id: &str) -> String {
    state
        .catalog()
        .catalog
        .procedures
        .get(id)
        .map_or_else(|| id.to_string(), |p| p.title.get(ctx.lang.code()).to_string())
}

/// The days the desk's figures look back over.
const FIGURES_DAYS: i64 = 90;

async fn page(
    state: &AppState,
    ctx: PageCtx,
    staff: &Staff,
    q: &DayQuery,
    form: Option<DeskForm>,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let engine = state.engine();
    let actor = staff.actor();
    let all = appointments::desks_of(engine, staff.org.as_str()).await?;
    let chosen = all.iter().find(|d| d.row.id == q.calendar).or(all.first());
    let (today, _) = millis_to_local(chosen.map_or(nafida_domain::legal_time::ZONE, |d| d.zone.as_str()), engine.now());
    let day = Date::parse(&q.day).unwrap_or(today);
    let lines = match chosen {
        Some(d) => appointments::day(engine, &actor, d, day)
            .await?
            .into_iter()
            .map(|e| Line {
                id: e.appointment.id.clone(),
                time: nafida_domain::consular::show_time(millis_to_local(&d.zone, e.appointment.starts_at).1),
                person: e.person,
                reference: e.reference,
                status_key: format!("appointment-status-{}", e.appointment.status),
                status: e.appointment.status,
                card_holder: e.card_holder,
            })
            .collect(),
        None => vec![],
    };
    let figures = match chosen {
        Some(d) => {
            let o = appointments::outcomes(engine, &actor, d, FIGURES_DAYS).await?;
            vec![
                ("counter-figures-served", o.served.to_string()),
                ("counter-figures-no-show", o.no_show.to_string()),
                ("counter-figures-no-show-share", o.no_show_percent().map_or_else(|| "—".into(), |p| format!("{p} %"))),
                ("counter-figures-cancelled", o.cancelled.to_string()),
                ("counter-figures-unrecorded", o.unrecorded.to_string()),
            ]
        }
        None => vec![],
    };
    let weekday = nafida_domain::calendar::weekday(day) + 1;
    let form = form.unwrap_or_else(|| chosen.map_or_else(DeskForm::blank, DeskForm::of));
    let served: Vec<String> = engine
        .network()
        .post(staff.org.as_str())
        .map(|p| p.services.clone())
        .unwrap_or_else(|| engine.catalog().catalog.procedures.keys().cloned().collect());
    let procedures = served
        .iter()
        .map(|id| ProcedureOpt { id: id.clone(), title: title(state, &ctx, id), selected: *id == form.procedure_id })
        .collect();
    let page = CounterPage {
        desks: all
            .iter()
            .map(|d| DeskLink {
                id: d.row.id.clone(),
                title: format!("{} ({})", title(state, &ctx, &d.row.procedure_id), d.row.desk),
                current: chosen.is_some_and(|c| c.row.id == d.row.id),
            })
            .collect(),
        desk: chosen.map(|d| d.row.id.clone()),
        day: day.to_string(),
        day_label: format!("{} {:02}/{:02}/{}", ctx.t(&format!("weekday-{weekday}")), day.day, day.month, day.year),
        prev: Date::from_days_since_epoch(day.days_since_epoch() - 1).to_string(),
        next: Date::from_days_since_epoch(day.days_since_epoch() + 1).to_string(),
        lines,
        figures,
        supervises: actor.supervises(),
        form,
        procedures,
        errors,
        ctx,
    };
    let lang = page.ctx.lang;
    render(&page, lang)
}

/// `GET /staff/appointments`: the day of a desk of the staff member's administration.
pub async fn show_counter(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Query(q): Query<DayQuery>,
) -> Result<Response, AppError> {
    page(&state, ctx, &staff, &q, None, FormErrors::default()).await
}

/// What happened at the counter.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RecordForm {
    status: String,
    day: String,
}

fn back(calendar: &str, day: &str) -> Response {
    Redirect::to(&format!("/staff/appointments?calendar={}&day={}", encode_component(calendar), encode_component(day)))
        .into_response()
}

/// `POST /staff/appointments/{id}/record`: arrived, served or absent.
pub async fn record_at_counter(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(id): Path<String>,
    Form(form): Form<RecordForm>,
) -> Result<Response, AppError> {
    let (a, _) = match appointments::find(state.engine(), &staff.actor(), &id).await {
        Ok(found) => found,
        Err(EngineError::NotFound) => return Err(AppError::NotFound),
        Err(e) => return Err(e.into()),
    };
    let to = match Status::parse(&form.status) {
        Some(s @ (Status::CheckedIn | Status::Served | Status::NoShow)) => s,
        _ => {
            let mut errors = FormErrors::default();
            errors.add_keyed("status", "err-choice-invalid", ctx.t("err-choice-invalid"));
            let q = DayQuery { calendar: a.calendar_id, day: form.day };
            return page(&state, ctx, &staff, &q, None, errors).await;
        }
    };
    match appointments::record(state.engine(), &staff.actor(), &id, to).await? {
        Ok(()) => Ok(back(&a.calendar_id, &form.day)),
        Err(r) => {
            let q = DayQuery { calendar: a.calendar_id, day: form.day };
            page(&state, ctx.clone(), &staff, &q, None, FormErrors::from_refusal(&ctx, r)).await
        }
    }
}

/// `POST /staff/appointments/desks`: a supervisor sets a desk up or changes it.
pub async fn save_desk(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Form(form): Form<DeskForm>,
) -> Result<Response, AppError> {
    match appointments::save_desk(state.engine(), &staff.actor(), staff.org.as_str(), &form.input()).await? {
        Ok(id) => Ok(back(&id, "")),
        Err(Refusal::Forbidden(_)) => Err(AppError::Forbidden),
        Err(r) => {
            let errors = FormErrors::from_refusal(&ctx, r);
            page(&state, ctx, &staff, &DayQuery::default(), Some(form), errors).await
        }
    }
}

/// A day to close or open again.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ClosureForm {
    closure_day: String,
    closed: String,
}

/// `POST /staff/appointments/desks/{id}/closures`: a supervisor closes a day, or opens it.
pub async fn set_closure(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(id): Path<String>,
    Form(form): Form<ClosureForm>,
) -> Result<Response, AppError> {
    let d = appointments::desk(state.engine(), &id).await?.ok_or(AppError::NotFound)?;
    match appointments::set_closure(state.engine(), &staff.actor(), &d, &form.closure_day, form.closed != "open").await
    {
        Ok(Ok(())) => Ok(back(&id, &form.closure_day)),
        Ok(Err(Refusal::Forbidden(_))) => Err(AppError::Forbidden),
        Ok(Err(r)) => {
            let errors = FormErrors::from_refusal(&ctx, r).rename("day", "closure_day");
            page(&state, ctx, &staff, &DayQuery { calendar: id, day: String::new() }, None, errors).await
        }
        Err(EngineError::NotFound) => Err(AppError::NotFound),
        Err(e) => Err(e.into()),
    }
}
