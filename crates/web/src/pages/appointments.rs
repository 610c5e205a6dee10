//! A person's appointments: choosing a free slot of a desk (for one of their requests or on
//! its own), the booking's page with its calendar entry, moving and cancelling (asked first),
//! the waiting list, and a personal calendar feed. Parse → call the engine → render.

use askama::Template;
use axum::extract::{Form, Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use nafida_domain::Date;
use nafida_domain::legal_time::millis_to_local;
use nafida_engine::appointments::{self, Booking, Desk, FreeSlot};
use nafida_engine::{EngineError, Refusal};
use nafida_store::appointments::AppointmentRow;
use serde::Deserialize;
use sha2::{Digest, Sha256};

use crate::auth::{Citizen, SignedIn, new_token};
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::page::{PageCtx, render};
use crate::state::AppState;

/// Days of free slots a page shows at once.
const DAYS_SHOWN: i64 = 14;

/// A free slot as the form offers it.
pub struct SlotView {
    value: String,
    time: String,
    left: i64,
    checked: bool,
}

/// The free slots of one day.
pub struct DayView {
    label: String,
    slots: Vec<SlotView>,
}

fn day_label(ctx: &PageCtx, d: Date) -> String {
    let weekday = nafida_domain::calendar::weekday(d) + 1;
    format!("{} {:02}/{:02}/{}", ctx.t(&format!("weekday-{weekday}")), d.day, d.month, d.year)
}

fn group(ctx: &PageCtx, slots: &[FreeSlot], chosen: i64) -> Vec<DayView> {
    let mut days: Vec<DayView> = vec![];
    let mut current: Option<Date> = None;
    for s in slots {
        if current != Some(s.day) {
            days.push(DayView { label: day_label(ctx, s.day), slots: vec![] });
            current = Some(s.day);
        }
        if let Some(d) = days.last_mut() {
            d.slots.push(SlotView {
                value: s.starts_at.to_string(),
                time: nafida_domain::consular::show_time(s.minute),
                left: s.left,
                checked: s.starts_at == chosen,
            });
        }
    }
    days
}

/// What a desk shows at the head of its pages.
pub struct DeskHead {
    id: String,
    title: String,
    place: String,
    zone_note: String,
}

async fn head(state: &AppState, ctx: &PageCtx, d: &Desk) -> Result<DeskHead, AppError> {
    let lang = ctx.lang.code();
    let title = state
        .catalog()
        .catalog
        .procedures
        .get(&d.row.procedure_id)
        .map_or_else(|| d.row.procedure_id.clone(), |p| p.title.get(lang).to_string());
    let place = nafida_engine::orgs::name(state.engine(), &d.row.org_id, lang).await?;
    let (_, gmt) = nafida_domain::legal_time::local_time(&d.zone, state.clock().now().millis());
    // The town of the post, in the reader's script; else the zone's city.
    let city = match state.engine().network().post(&d.row.org_id) {
        Some(post) => post.town(lang).to_string(),
        None => d.zone.rsplit('/').next().unwrap_or(&d.zone).replace('_', " "),
    };
    Ok(DeskHead {
        id: d.row.id.clone(),
        title,
        place,
        zone_note: ctx.ta("appointments-zone", &[("place", &city), ("offset", &gmt)]),
    })
}

#[derive(Template)]
#[template(path = "appointments/new.html")]
struct NewPage {
    ctx: PageCtx,
    desk: DeskHead,
    case_ref: String,
    days: Vec<DayView>,
    errors: FormErrors,
    key: String,
    next_from: Option<String>,
    waiting: bool,
    card_holder: bool,
    action: String,
}

/// Which desk, for which request, from which day.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewQuery {
    calendar: String,
    case: String,
    from: String,
}

async fn open_desk(state: &AppState, id: &str) -> Result<Desk, AppError> {
    match appointments::desk(state.engine(), id).await? {
        Some(d) if d.row.active => Ok(d),
        _ => Err(AppError::NotFound),
    }
}

/// What the slot-choosing page shows besides the desk: for which request, from which day,
/// the time already chosen (when moving), the errors, the form's key and where it posts.
struct Choice {
    case_ref: String,
    from: Date,
    chosen: i64,
    errors: FormErrors,
    key: Option<String>,
    action: String,
}

impl Choice {
    /// A new booking (for a request, or none), from the first free day.
    fn booking(case_ref: &str) -> Self {
        Choice {
            case_ref: case_ref.to_string(),
            from: Date::from_days_since_epoch(0),
            chosen: 0,
            errors: FormErrors::default(),
            key: None,
            action: "/appointments".into(),
        }
    }

    /// Moving the appointment that starts at `chosen`.
    fn moving(a: &AppointmentRow) -> Self {
        Choice { chosen: a.starts_at, action: format!("/appointments/{}/move", a.id), ..Choice::booking("") }
    }
}

async fn new_page(state: &AppState, ctx: PageCtx, user: &SignedIn, d: &Desk, c: Choice) -> Result<Response, AppError> {
    let Choice { case_ref, from, chosen, errors, key, action } = c;
    let engine = state.engine();
    let card_holder = appointments::is_card_holder(engine, &user.account.id).await?;
    let slots = appointments::free_slots(engine, d, from, DAYS_SHOWN, card_holder, 2000).await?;
    let (today, _) = millis_to_local(&d.zone, engine.now());
    let next = from.days_since_epoch().max(today.days_since_epoch()) + DAYS_SHOWN;
    let next_from =
        (next <= today.days_since_epoch() + d.row.horizon_days).then(|| Date::from_days_since_epoch(next).to_string());
    let waiting = nafida_store::appointments::is_waiting(engine.db(), &d.row.id, &user.account.id).await?;
    let page = NewPage {
        desk: head(state, &ctx, d).await?,
        case_ref,
        days: group(&ctx, &slots, chosen),
        errors,
        key: match key {
            Some(k) => k,
            None => new_token()?,
        },
        next_from,
        waiting,
        card_holder,
        action,
        ctx,
    };
    let lang = page.ctx.lang;
    render(&page, lang)
}

fn parse_from(raw: &str) -> Option<Date> {
    if raw.is_empty() { None } else { Date::parse(raw).ok() }
}

/// `GET /appointments/new?calendar=…[&case=…][&from=…]`: the free slots of a desk.
pub async fn show_new_appointment(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Query(q): Query<NewQuery>,
) -> Result<Response, AppError> {
    let d = open_desk(&state, &q.calendar).await?;
    if !q.case.is_empty() {
        nafida_engine::cases::find(state.engine(), &user.applicant(), &q.case).await?;
    }
    let from = parse_from(&q.from).unwrap_or(Date::from_days_since_epoch(0));
    new_page(&state, ctx, &user, &d, Choice { from, ..Choice::booking(&q.case) }).await
}

/// A booking.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct BookForm {
    calendar: String,
    case: String,
    slot: String,
    idempotency_key: String,
}

/// Shows the choice again after a refusal: its message, and for a slot just taken the
/// nearest free ones (from that day on).
async fn refused(
    state: &AppState,
    ctx: PageCtx,
    user: &SignedIn,
    d: &Desk,
    tried: i64,
    refusal: Refusal,
    choice: Choice,
) -> Result<Response, AppError> {
    let errors = FormErrors::from_refusal(&ctx, refusal).rename("action", "slot");
    let from = if tried > 0 { millis_to_local(&d.zone, tried).0 } else { Date::from_days_since_epoch(0) };
    new_page(state, ctx, user, d, Choice { from, errors, chosen: 0, ..choice }).await
}

fn slot_of(ctx: &PageCtx, raw: &str) -> Result<i64, FormErrors> {
    raw.trim().parse::<i64>().map_err(|_| {
        let mut e = FormErrors::default();
        e.add_keyed("slot", "err-slot-choose", ctx.t("err-slot-choose"));
        e
    })
}

/// `POST /appointments`: books the chosen slot.
pub async fn book_appointment(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Form(form): Form<BookForm>,
) -> Result<Response, AppError> {
    let d = open_desk(&state, &form.calendar).await?;
    let case = if form.case.is_empty() {
        None
    } else {
        Some(nafida_engine::cases::find(state.engine(), &user.applicant(), &form.case).await?)
    };
    let starts_at = match slot_of(&ctx, &form.slot) {
        Ok(s) => s,
        Err(errors) => {
            let key = Some(form.idempotency_key.clone());
            return new_page(&state, ctx, &user, &d, Choice { errors, key, ..Choice::booking(&form.case) }).await;
        }
    };
    let booking = Booking { starts_at, case: case.as_ref(), idempotency_key: &form.idempotency_key };
    match appointments::book(state.engine(), &user.applicant(), &d, &booking).await? {
        Ok(a) => Ok(Redirect::to(&format!("/appointments/{}", a.id)).into_response()),
        Err(r) => {
            let choice = Choice { key: Some(form.idempotency_key.clone()), ..Choice::booking(&form.case) };
            refused(&state, ctx, &user, &d, starts_at, r, choice).await
        }
    }
}

/// An appointment as its pages show it.
pub struct AppointmentView {
    id: String,
    title: String,
    place: String,
    when: String,
    status_key: String,
    booked: bool,
    past: bool,
}

async fn view(state: &AppState, ctx: &PageCtx, a: &AppointmentRow, d: &Desk) -> Result<AppointmentView, AppError> {
    let h = head(state, ctx, d).await?;
    Ok(AppointmentView {
        id: a.id.clone(),
        title: h.title,
        place: h.place,
        when: ctx.i18n().show_instant(ctx.lang, &d.zone, a.starts_at),
        status_key: format!("appointment-status-{}", a.status),
        booked: a.status == "booked",
        past: a.starts_at < state.clock().now().millis(),
    })
}

#[derive(Template)]
#[template(path = "appointments/list.html")]
struct ListPage {
    ctx: PageCtx,
    coming: Vec<AppointmentView>,
    past: Vec<AppointmentView>,
    feed: Option<String>,
    has_feed: bool,
}

/// `GET /appointments`: the person's appointments.
pub async fn list_appointments(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
) -> Result<Response, AppError> {
    list_page(&state, ctx, &user, None).await
}

async fn list_page(
    state: &AppState,
    ctx: PageCtx,
    user: &SignedIn,
    feed: Option<String>,
) -> Result<Response, AppError> {
    let mut coming = vec![];
    let mut past = vec![];
    let mut desks: std::collections::BTreeMap<String, Desk> = std::collections::BTreeMap::new();
    for a in nafida_store::appointments::of_account(state.db(), &user.account.id, 100).await? {
        if !desks.contains_key(&a.calendar_id)
            && let Some(d) = appointments::desk(state.engine(), &a.calendar_id).await?
        {
            desks.insert(a.calendar_id.clone(), d);
        }
        let Some(d) = desks.get(&a.calendar_id) else { continue };
        let v = view(state, &ctx, &a, d).await?;
        if v.past || !v.booked { past.push(v) } else { coming.push(v) }
    }
    coming.reverse();
    let has_feed = nafida_store::appointments::has_feed(state.db(), &user.account.id).await?;
    let lang = ctx.lang;
    render(&ListPage { ctx, coming, past, feed, has_feed }, lang)
}

#[derive(Template)]
#[template(path = "appointments/show.html")]
struct ShowPage {
    ctx: PageCtx,
    a: AppointmentView,
    desk: DeskHead,
    case_ref: Option<String>,
    notice_hours: i64,
    errors: FormErrors,
    confirm_cancel: bool,
}

async fn show_page(
    state: &AppState,
    ctx: PageCtx,
    a: &AppointmentRow,
    d: &Desk,
    errors: FormErrors,
    confirm_cancel: bool,
) -> Result<Response, AppError> {
    let case_ref = match &a.case_id {
        Some(id) => nafida_store::cases::by_id(state.db(), id).await?.map(|c| c.reference),
        None => None,
    };
    let page = ShowPage {
        a: view(state, &ctx, a, d).await?,
        desk: head(state, &ctx, d).await?,
        case_ref,
        notice_hours: d.row.cancel_hours,
        errors,
        confirm_cancel,
        ctx,
    };
    let lang = page.ctx.lang;
    render(&page, lang)
}

async fn own(state: &AppState, user: &SignedIn, id: &str) -> Result<(AppointmentRow, Desk), AppError> {
    match appointments::find(state.engine(), &user.applicant(), id).await {
        Ok(found) => Ok(found),
        Err(EngineError::NotFound) => Err(AppError::NotFound),
        Err(e) => Err(e.into()),
    }
}

/// `GET /appointments/{id}`: one of the person's appointments.
pub async fn show_appointment(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    own_page(&state, ctx, &user, &id, false).await
}

/// `GET /appointments/{id}/cancel`: asks before cancelling (a page, so it works without
/// JavaScript).
pub async fn confirm_cancel(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    own_page(&state, ctx, &user, &id, true).await
}

/// The page of one of the person's own appointments, asking to confirm a cancellation or not.
async fn own_page(
    state: &AppState,
    ctx: PageCtx,
    user: &SignedIn,
    id: &str,
    confirm: bool,
) -> Result<Response, AppError> {
    let (a, d) = own(state, user, id).await?;
    show_page(state, ctx, &a, &d, FormErrors::default(), confirm).await
}

/// `POST /appointments/{id}/cancel`: cancels, until the desk's notice.
pub async fn cancel_appointment(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (a, d) = own(&state, &user, &id).await?;
    match appointments::cancel(state.engine(), &user.applicant(), &a.id).await? {
        Ok(()) => Ok(Redirect::to(&format!("/appointments/{}", a.id)).into_response()),
        Err(r) => {
            let errors = FormErrors::from_refusal(&ctx, r).rename("appointment", "action");
            let (a, d) = own(&state, &user, &a.id).await.unwrap_or((a, d));
            show_page(&state, ctx, &a, &d, errors, false).await
        }
    }
}

/// `GET /appointments/{id}/move[?from=…]`: the free slots to move to.
pub async fn show_move(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Path(id): Path<String>,
    Query(q): Query<NewQuery>,
) -> Result<Response, AppError> {
    let (a, d) = own(&state, &user, &id).await?;
    let from = parse_from(&q.from).unwrap_or(Date::from_days_since_epoch(0));
    new_page(&state, ctx, &user, &d, Choice { from, ..Choice::moving(&a) }).await
}

/// `POST /appointments/{id}/move`: moves to the chosen slot.
pub async fn move_appointment(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Path(id): Path<String>,
    Form(form): Form<BookForm>,
) -> Result<Response, AppError> {
    let (a, d) = own(&state, &user, &id).await?;
    let starts_at = match slot_of(&ctx, &form.slot) {
        Ok(s) => s,
        Err(errors) => return new_page(&state, ctx, &user, &d, Choice { errors, ..Choice::moving(&a) }).await,
    };
    match appointments::reschedule(state.engine(), &user.applicant(), &a.id, starts_at).await? {
        Ok(moved) => Ok(Redirect::to(&format!("/appointments/{}", moved.id)).into_response()),
        Err(r) => {
            let r = match r {
                Refusal::Invalid(mut p) => {
                    for x in &mut p {
                        if x.field == "appointment" {
                            x.field = "slot".into();
                        }
                    }
                    Refusal::Invalid(p)
                }
                other => other,
            };
            refused(&state, ctx, &user, &d, starts_at, r, Choice::moving(&a)).await
        }
    }
}

/// `GET /appointments/{id}/appointment.ics`: the calendar entry.
pub async fn download_ics(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (a, d) = own(&state, &user, &id).await?;
    let text = appointments::calendar_entry(state.engine(), &d, &a, ctx.lang).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"appointment.ics\""),
        ],
        text,
    )
        .into_response())
}

/// The desk to wait on.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WaitForm {
    calendar: String,
    case: String,
}

/// `POST /appointments/waitlist`: the person waits for a freed place of a desk.
pub async fn join_waitlist(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Form(form): Form<WaitForm>,
) -> Result<Response, AppError> {
    let d = open_desk(&state, &form.calendar).await?;
    if let Err(r) = appointments::wait_for_place(state.engine(), &user.applicant(), &d).await? {
        let errors = FormErrors::from_refusal(&ctx, r);
        return new_page(&state, ctx, &user, &d, Choice { errors, ..Choice::booking(&form.case) }).await;
    }
    let mut to = format!("/appointments/new?calendar={}", d.row.id);
    if !form.case.is_empty() {
        to.push_str(&format!("&case={}", crate::page::encode_component(&form.case)));
    }
    Ok(Redirect::to(&to).into_response())
}

fn feed_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// `POST /appointments/feed`: a new address for the person's calendar feed (shown once; the
/// former one stops working).
pub async fn create_feed(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
) -> Result<Response, AppError> {
    let token = new_token()?;
    nafida_store::appointments::set_feed(
        state.db(),
        &user.account.id,
        &feed_hash(&token),
        state.clock().now().millis(),
    )
    .await?;
    let url = format!("{}/appointments/feed/{token}.ics", state.settings().public_url);
    list_page(&state, ctx, &user, Some(url)).await
}

/// `GET /appointments/feed/{token}.ics`: the person's coming appointments, for a calendar
/// application to subscribe to. The secret address is the key; an unknown one is not found.
pub async fn calendar_feed(State(state): State<AppState>, Path(file): Path<String>) -> Result<Response, AppError> {
    let token = file.strip_suffix(".ics").ok_or(AppError::NotFound)?;
    if token.len() < 16 || token.len() > 128 {
        return Err(AppError::NotFound);
    }
    let owner =
        nafida_store::appointments::feed_owner(state.db(), &feed_hash(token)).await?.ok_or(AppError::NotFound)?;
    let text = appointments::feed(state.engine(), &owner).await?;
    Ok(([(header::CONTENT_TYPE, "text/calendar; charset=utf-8")], text).into_response())
}
