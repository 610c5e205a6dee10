//! The cell's reception desk: issuing tickets (printable), each counter calling the next one
//! and recording it served or absent, and the hall display (large type, Arabic and French,
//! refreshing itself without JavaScript). The rules are the engine's
//! (`nafida_engine::reception`).

use askama::Template;
use axum::extract::{Form, Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use nafida_engine::reception::{self, Board};
use nafida_store::reception::TicketRow;
use serde::Deserialize;

use crate::auth::Staff;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::page::{PageCtx, encode_component, render};
use crate::state::AppState;

/// A ticket as the pages show it.
pub struct TicketView {
    id: String,
    label: String,
    service_key: String,
    priority: bool,
    status: String,
    counter: String,
    issued: String,
}

fn view(t: &TicketRow) -> TicketView {
    TicketView {
        id: t.id.clone(),
        label: reception::label(t),
        service_key: format!("reception-service-{}", t.service),
        priority: t.priority,
        status: t.status.clone(),
        counter: t.counter.clone().unwrap_or_default(),
        issued: nafida_domain::legal_time::local_time(nafida_domain::legal_time::ZONE, t.created_at).0,
    }
}

#[derive(Template)]
#[template(path = "reception/desk.html")]
struct DeskPage {
    ctx: PageCtx,
    org: String,
    /// Each service and its label's key.
    services: Vec<(String, String)>,
    counter: String,
    current: Option<TicketView>,
    waiting: Vec<TicketView>,
    called: Vec<TicketView>,
    average_wait: Option<i64>,
    served: usize,
    absent: usize,
    errors: FormErrors,
}

/// Which counter the agent works at.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CounterQuery {
    counter: String,
}

async fn desk_page(
    state: &AppState,
    ctx: PageCtx,
    staff: &Staff,
    counter: String,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let (org, b): (String, Board) = reception::my_board(state.engine(), &staff.actor()).await?;
    let current =
        b.called.iter().find(|t| t.status == "called" && t.counter.as_deref() == Some(counter.as_str())).map(view);
    let page = DeskPage {
        services: reception::SERVICES
            .iter()
            .map(|(s, _)| ((*s).to_string(), format!("reception-service-{s}")))
            .collect(),
        waiting: b.waiting.iter().map(view).collect(),
        called: b.called.iter().map(view).collect(),
        average_wait: b.average_wait,
        served: b.served,
        absent: b.absent,
        org,
        counter,
        current,
        errors,
        ctx,
    };
    let lang = page.ctx.lang;
    render(&page, lang)
}

/// `GET /staff/reception`: the reception desk of the staff member's cell.
pub async fn show_desk(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Query(q): Query<CounterQuery>,
) -> Result<Response, AppError> {
    let counter: String = q.counter.trim().chars().take(20).collect();
    desk_page(&state, ctx, &staff, counter, FormErrors::default()).await
}

/// A ticket to issue.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct IssueForm {
    service: String,
    card: String,
    counter: String,
}

/// `POST /staff/reception/tickets`: a ticket for a walk-in visitor, then its printable page.
pub async fn issue_ticket(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Form(form): Form<IssueForm>,
) -> Result<Response, AppError> {
    match reception::issue(state.engine(), &staff.actor(), &form.service, &form.card).await? {
        Ok(t) => Ok(Redirect::to(&format!("/staff/reception/tickets/{}", t.id)).into_response()),
        Err(r) => {
            let errors = FormErrors::from_refusal(&ctx, r);
            desk_page(&state, ctx, &staff, form.counter, errors).await
        }
    }
}

#[derive(Template)]
#[template(path = "reception/ticket.html")]
struct TicketPage {
    ctx: PageCtx,
    ticket: TicketView,
    ahead_count: i64,
}

/// `GET /staff/reception/tickets/{id}`: the ticket to print or show, with how many wait ahead.
pub async fn show_ticket(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let t = reception::ticket(state.engine(), &staff.actor(), &id).await?;
    let (_, b) = reception::my_board(state.engine(), &staff.actor()).await?;
    let ahead = b.waiting.iter().position(|w| w.id == t.id).unwrap_or(0);
    let lang = ctx.lang;
    let ticket = view(&t);
    let ahead_count = i64::try_from(ahead).unwrap_or(i64::MAX);
    render(&TicketPage { ctx, ticket, ahead_count }, lang)
}

/// Calling the next ticket.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CallForm {
    counter: String,
}

/// `POST /staff/reception/call`: the next ticket to this counter.
pub async fn call_next(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Form(form): Form<CallForm>,
) -> Result<Response, AppError> {
    match reception::call_next(state.engine(), &staff.actor(), &form.counter).await? {
        Ok(_) => Ok(Redirect::to(&format!("/staff/reception?counter={}", encode_component(form.counter.trim())))
            .into_response()),
        Err(r) => {
            let errors = FormErrors::from_refusal(&ctx, r);
            desk_page(&state, ctx, &staff, form.counter, errors).await
        }
    }
}

/// Served or absent.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CloseForm {
    status: String,
    counter: String,
}

/// `POST /staff/reception/tickets/{id}/close`: the called visitor was served, or absent.
pub async fn close_ticket(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(id): Path<String>,
    Form(form): Form<CloseForm>,
) -> Result<Response, AppError> {
    match reception::close(state.engine(), &staff.actor(), &id, &form.status).await? {
        Ok(()) => Ok(Redirect::to(&format!("/staff/reception?counter={}", encode_component(form.counter.trim())))
            .into_response()),
        Err(r) => {
            let errors = FormErrors::from_refusal(&ctx, r);
            desk_page(&state, ctx, &staff, form.counter, errors).await
        }
    }
}

/// A text of the hall's display in Arabic and in French.
pub struct Both {
    ar: String,
    fr: String,
}

#[derive(Template)]
#[template(path = "reception/hall.html")]
struct HallPage {
    ctx: PageCtx,
    called: Vec<TicketView>,
    title: Both,
    ticket: Both,
    counter: Both,
    waiting: Both,
    wait: Option<Both>,
    none: Both,
}

/// `GET /reception/{org}/hall`: the hall's display — the tickets called and where to go, in
/// Arabic and French, refreshing itself every ten seconds.
pub async fn show_hall(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(org): Path<String>,
) -> Result<Response, AppError> {
    let b = match reception::board(state.engine(), &org).await {
        Ok(b) => b,
        Err(nafida_engine::EngineError::NotFound) => return Err(AppError::NotFound),
        Err(e) => return Err(e.into()),
    };
    use nafida_engine::i18n::Lang;
    let i18n = state.engine().i18n();
    let both = |key: &str| Both { ar: i18n.format(Lang::Ar, key, None), fr: i18n.format(Lang::Fr, key, None) };
    let count = |key: &str, n: i64| Both {
        ar: i18n.format_count(Lang::Ar, key, "count", n),
        fr: i18n.format_count(Lang::Fr, key, "count", n),
    };
    let page = HallPage {
        called: b.called.iter().filter(|t| t.status == "called").map(view).collect(),
        title: both("hall-title"),
        ticket: both("hall-ticket"),
        counter: both("hall-counter"),
        waiting: count("hall-waiting", i64::try_from(b.waiting.len()).unwrap_or(i64::MAX)),
        wait: b.average_wait.map(|m| count("hall-wait", m)),
        none: both("hall-none"),
        ctx,
    };
    let lang = page.ctx.lang;
    let mut response = render(&page, lang)?;
    response.headers_mut().insert(axum::http::header::REFRESH, axum::http::HeaderValue::from_static("10"));
    Ok(response)
}
