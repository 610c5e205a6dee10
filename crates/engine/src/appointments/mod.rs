//! Appointments: one engine for every counter service (passport biometrics, legalisation, life
//! certificates, consular registration, transcriptions, the provincial cell's desk). A
//! calendar belongs to an administration and serves one procedure of the catalogue; its slots
//! come from its opening hours (in the administration's time zone), slot length and capacity,
//! less Morocco's public holidays, the host country's, and the calendar's closures.
//!
//! Rules: a slot is bookable only if it is one of the calendar's, not past, within the booking
//! horizon, not on a holiday or a closed day, and has a place left; a booking for a case must be
//! for that case's procedure and administration; cancelling and moving are allowed until the
//! calendar's notice; each slot keeps `card_quota` places for MRE card holders (who may also
//! take any other place). Counters change only by guarded updates in the booking's transaction
//! (see `nafida_store::appointments`), so the capacity holds under any concurrency. A freed
//! place is offered to the first person on the waiting list. Reminders leave two days and two
//! hours before, by mail with the calendar entry attached and by text message.

pub mod ics;

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::{FluentArgs, FluentValue};
use nafida_domain::consular::{Opening, parse_hours};
use nafida_domain::{Date, OrgId, Role};
use nafida_store::appointments::{self as store, AppointmentRow, CalendarRow, Place};
use nafida_store::cases::CaseRow;
use nafida_store::mail::Attachment;

use crate::i18n::Lang;
use crate::mails::RenderedMail;
use crate::refusal::{Arg, Problem, Refusal};
use crate::{Actor, Engine, EngineError, Outcome, Result};

const HOUR: i64 = 3_600_000;
const DAY: i64 = 86_400_000;

/// What happened at the counter, or to the booking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Booked, to come.
    Booked,
    /// Cancelled by the person.
    Cancelled,
    /// The person arrived and waits.
    CheckedIn,
    /// Served.
    Served,
    /// The person did not come.
    NoShow,
}

impl Status {
    /// Its stored spelling (and the end of its label's key, `appointment-status-…`).
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Booked => "booked",
            Status::Cancelled => "cancelled",
            Status::CheckedIn => "checked-in",
            Status::Served => "served",
            Status::NoShow => "no-show",
        }
    }

    /// The status stored so.
    pub fn parse(raw: &str) -> Option<Status> {
        [Status::Booked, Status::Cancelled, Status::CheckedIn, Status::Served, Status::NoShow]
            .into_iter()
            .find(|s| s.as_str() == raw)
    }
}

/// A calendar with its rules read.
#[derive(Debug, Clone)]
pub struct Desk {
    /// As stored.
    pub row: CalendarRow,
    /// Its opening hours.
    pub hours: Vec<Opening>,
    /// The time zone its hours are in.
    pub zone: String,
}

impl Desk {
    /// Where the limits of a slot's places stand: (general places, places kept for card holders).
    pub fn limits(&self) -> (i64, i64) {
        (self.row.capacity - self.row.card_quota, self.row.card_quota)
    }

    /// The local starts (minutes after midnight) of the slots of a day, holidays aside.
    pub fn starts_on(&self, day: Date) -> Vec<u16> {
        let iso = u8::try_from(nafida_domain::calendar::weekday(day) + 1).unwrap_or(0);
        let step = u16::try_from(self.row.slot_minutes).unwrap_or(u16::MAX);
        let mut starts = vec![];
        for h in self.hours.iter().filter(|h| h.on(iso)) {
            let mut t = h.open;
            while t.saturating_add(step) <= h.close {
                starts.push(t);
                t += step;
            }
        }
        starts.sort_unstable();
        starts.dedup();
        starts
    }
}

/// Whether the person may book an appointment for a case now: while it is open (or its
/// document waits at the counter); where the workflow has an inspection visit, only at that
/// status.
pub fn booking_open(w: &nafida_domain::catalog::Workflow, c: &CaseRow, awaiting_pickup: bool) -> bool {
    if w.statuses.iter().any(|s| s.visit) {
        return w.status(&c.status).is_some_and(|s| s.visit);
    }
    c.phase.is_open() || awaiting_pickup
}

/// The time zone of an administration's calendars: its post's in the network, else its
/// country's, else Morocco's legal time.
pub async fn zone_of(engine: &Engine, org_id: &str) -> Result<String> {
    if let Some(p) = engine.network().post(org_id) {
        return Ok(p.zone.clone());
    }
    let org = match OrgId::parse(org_id) {
        Ok(id) => nafida_store::orgs::get(engine.db(), &id).await?,
        Err(_) => None,
    };
    let country = org.map(|o| o.country).unwrap_or_default();
    Ok(nafida_domain::legal_time::zone_of_country(&country).unwrap_or(nafida_domain::legal_time::ZONE).to_string())
}

/// A calendar and its rules; `None` when it does not exist.
pub async fn desk(engine: &Engine, id: &str) -> Result<Option<Desk>> {
    let Some(row) = store::calendar_by_id(engine.db(), id).await? else { return Ok(None) };
    let hours = parse_hours(&row.hours).ok_or_else(|| EngineError::Internal(format!("calendar {id}: hours")))?;
    let zone = zone_of(engine, &row.org_id).await?;
    Ok(Some(Desk { row, hours, zone }))
}

/// The calendars of an administration that take bookings.
pub async fn desks_of(engine: &Engine, org_id: &str) -> Result<Vec<Desk>> {
    let zone = zone_of(engine, org_id).await?;
    Ok(store::calendars_of(engine.db(), org_id)
        .await?
        .into_iter()
        .filter(|r| r.active)
        .filter_map(|row| parse_hours(&row.hours).map(|hours| Desk { row, hours, zone: zone.clone() }))
        .collect())
}

/// The settings of a calendar, as a supervisor types them.
#[derive(Debug, Clone, Default)]
pub struct DeskInput {
    /// The desk's short name (`passport`, `legalisation`…).
    pub desk: String,
    /// The procedure it serves.
    pub procedure_id: String,
    /// Opening hours, `mon-fri 09:00-15:00; sat 10:00-13:00`.
    pub hours: String,
    /// Minutes per slot.
    pub slot_minutes: String,
    /// People per slot.
    pub capacity: String,
    /// Places per slot kept for MRE card holders.
    pub card_quota: String,
    /// Days ahead one may book.
    pub horizon_days: String,
    /// Hours of notice to cancel or move.
    pub cancel_hours: String,
}

/// A supervisor (or administrator) of an administration sets up one of its calendars, or
/// changes it; bookings made stay as they are.
pub async fn save_desk(engine: &Engine, actor: &Actor, org_id: &str, input: &DeskInput) -> Outcome<String> {
    let Actor::Staff { role, org, .. } = actor else { return Ok(Err(Refusal::Forbidden("supervisors-only"))) };
    let target = OrgId::parse(org_id).map_err(|_| EngineError::NotFound)?;
    if !crate::actor::covers(engine, org, *role, &target).await? {
        return Err(EngineError::NotFound);
    }
    if *role == Role::Agent {
        return Ok(Err(Refusal::Forbidden("supervisors-only")));
    }
    let mut problems = vec![];
    let desk = input.desk.trim();
    if desk.is_empty()
        || desk.len() > 40
        || !desk.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        problems.push(Problem::new("desk", "desk-name"));
    }
    if !engine.catalog().catalog.procedures.contains_key(input.procedure_id.trim()) {
        problems.push(Problem::new("procedure_id", "choice-invalid"));
    }
    let hours = parse_hours(&input.hours);
    if hours.is_none() {
        problems.push(Problem::new("hours", "desk-hours"));
    }
    let number = |field: &'static str, raw: &str, min: i64, max: i64, problems: &mut Vec<Problem>| match raw
        .trim()
        .parse::<i64>()
    {
        Ok(n) if (min..=max).contains(&n) => n,
        _ => {
            problems
                .push(Problem::new(field, "number-between").with("min", Arg::Count(min)).with("max", Arg::Count(max)));
            0
        }
    };
    let slot_minutes = number("slot_minutes", &input.slot_minutes, 5, 240, &mut problems);
    let capacity = number("capacity", &input.capacity, 1, 500, &mut problems);
    let card_quota = number("card_quota", &input.card_quota, 0, capacity.max(0), &mut problems);
    let horizon_days = number("horizon_days", &input.horizon_days, 1, 365, &mut problems);
    let cancel_hours = number("cancel_hours", &input.cancel_hours, 0, 168, &mut problems);
    if !problems.is_empty() {
        return Ok(Err(Refusal::Invalid(problems)));
    }
    let row = CalendarRow {
        id: uuid_like(),
        org_id: org_id.to_string(),
        procedure_id: input.procedure_id.trim().to_string(),
        desk: desk.to_string(),
        hours: nafida_domain::consular::show_hours(&hours.unwrap_or_default()),
        slot_minutes,
        capacity,
        card_quota,
        horizon_days,
        cancel_hours,
        active: true,
    };
    Ok(Ok(store::save_calendar(engine.db(), &row, engine.now()).await?))
}

/// A supervisor closes a calendar on a day (a strike, works, a national event) or opens it
/// again; bookings already made that day are theirs to move with the people.
pub async fn set_closure(engine: &Engine, actor: &Actor, desk: &Desk, day: &str, closed: bool) -> Outcome<()> {
    if !may_manage(engine, actor, desk).await? {
        return Err(EngineError::NotFound);
    }
    if !actor.supervises() {
        return Ok(Err(Refusal::Forbidden("supervisors-only")));
    }
    let Ok(day) = Date::parse(day.trim()) else { return Ok(Err(Refusal::invalid("day", "date-invalid"))) };
    store::set_closure(engine.db(), &desk.row.id, &day.to_string(), closed).await?;
    Ok(Ok(()))
}

fn uuid_like() -> String {
    crate::ids::new_id()
}

/// Whether the actor works at the calendar's administration (or above it, supervising).
async fn may_manage(engine: &Engine, actor: &Actor, desk: &Desk) -> Result<bool> {
    Ok(match actor {
        Actor::Staff { role, org, .. } => {
            let target = OrgId::parse(&desk.row.org_id).map_err(EngineError::internal)?;
            crate::actor::covers(engine, org, *role, &target).await?
        }
        Actor::Partner { org } => org.as_str() == desk.row.org_id,
        _ => false,
    })
}

/// Whether the person holds an MRE Services card valid today (not revoked, not expired). The
/// card holders' quota of every calendar is kept for them.
pub async fn is_card_holder(engine: &Engine, account_id: &str) -> Result<bool> {
    crate::cards::holds_valid(engine, account_id).await
}

/// A free slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FreeSlot {
    /// When it starts (UTC milliseconds).
    pub starts_at: i64,
    /// Its local day.
    pub day: Date,
    /// Its local start, minutes after midnight.
    pub minute: u16,
    /// Places left for this person.
    pub left: i64,
}

/// Today and now in the calendar's zone.
fn local_now(engine: &Engine, desk: &Desk) -> (Date, u16) {
    nafida_domain::legal_time::millis_to_local(&desk.zone, engine.now())
}

/// The days the calendar is shut (holidays of Morocco and of the host country, closures).
async fn shut_days(
    engine: &Engine,
    desk: &Desk,
    from: Date,
) -> Result<(nafida_domain::calendar::Calendar, BTreeSet<Date>)> {
    let cal = crate::clock::calendar_for(engine, &desk.row.org_id).await?;
    let closed = store::closures(engine.db(), &desk.row.id, &from.to_string())
        .await?
        .iter()
        .filter_map(|d| Date::parse(d).ok())
        .collect();
    Ok((cal, closed))
}

/// Places a person may still take in a slot given what is taken.
fn left_for(desk: &Desk, general: i64, reserved: i64, card_holder: bool) -> i64 {
    let (general_limit, reserved_limit) = desk.limits();
    let general_left = (general_limit - general).max(0);
    if card_holder { general_left + (reserved_limit - reserved).max(0) } else { general_left }
}

/// The free slots of a calendar for this person, from `from` for `days` days (within the
/// booking horizon), soonest first, at most `limit` of them.
pub async fn free_slots(
    engine: &Engine,
    desk: &Desk,
    from: Date,
    days: i64,
    card_holder: bool,
    limit: usize,
) -> Result<Vec<FreeSlot>> {
    let (today, now_minute) = local_now(engine, desk);
    let first = if from < today { today } else { from };
    let last_day = today.days_since_epoch() + desk.row.horizon_days;
    let end = (first.days_since_epoch() + days).min(last_day + 1);
    let (cal, closed) = shut_days(engine, desk, first).await?;
    let zone = desk.zone.as_str();
    let range_start = nafida_domain::legal_time::local_to_millis(zone, first, 0).unwrap_or(0);
    let range_end = nafida_domain::legal_time::local_to_millis(zone, Date::from_days_since_epoch(end), 0).unwrap_or(0);
    let taken: BTreeMap<i64, (i64, i64)> = store::taken(engine.db(), &desk.row.id, range_start, range_end)
        .await?
        .into_iter()
        .map(|(at, g, r)| (at, (g, r)))
        .collect();
    let mut out = vec![];
    for n in first.days_since_epoch()..end {
        let day = Date::from_days_since_epoch(n);
        if cal.is_holiday(day) || closed.contains(&day) {
            continue;
        }
        for minute in desk.starts_on(day) {
            if day == today && minute <= now_minute {
                continue;
            }
            let Some(starts_at) = nafida_domain::legal_time::local_to_millis(zone, day, minute) else { continue };
            let (g, r) = taken.get(&starts_at).copied().unwrap_or((0, 0));
            let left = left_for(desk, g, r, card_holder);
            if left > 0 {
                out.push(FreeSlot { starts_at, day, minute, left });
                if out.len() >= limit {
                    return Ok(out);
                }
            }
        }
    }
    Ok(out)
}

/// Why a slot cannot be booked, before looking at its places.
async fn check_slot(engine: &Engine, desk: &Desk, starts_at: i64) -> Result<Option<Refusal>> {
    let (day, minute) = nafida_domain::legal_time::millis_to_local(&desk.zone, starts_at);
    let real = nafida_domain::legal_time::local_to_millis(&desk.zone, day, minute) == Some(starts_at);
    if !real || !desk.starts_on(day).contains(&minute) {
        return Ok(Some(Refusal::invalid("slot", "slot-outside-hours")));
    }
    let (today, now_minute) = local_now(engine, desk);
    if day < today || (day == today && minute <= now_minute) {
        return Ok(Some(Refusal::invalid("slot", "slot-past")));
    }
    if day.days_since_epoch() > today.days_since_epoch() + desk.row.horizon_days {
        return Ok(Some(Refusal::invalid("slot", "slot-beyond-horizon")));
    }
    let (cal, closed) = shut_days(engine, desk, day).await?;
    if cal.is_holiday(day) {
        return Ok(Some(Refusal::invalid("slot", "slot-holiday")));
    }
    if closed.contains(&day) {
        return Ok(Some(Refusal::invalid("slot", "slot-closed")));
    }
    Ok(None)
}

/// Takes a place in a slot inside the transaction: a card holder's kept place first, then any.
async fn take_place(
    tx: &mut nafida_store::Tx,
    desk: &Desk,
    starts_at: i64,
    card_holder: bool,
) -> Result<Option<Place>> {
    let (general, reserved) = desk.limits();
    if card_holder
        && reserved > 0
        && store::take_place_in(tx, &desk.row.id, starts_at, Place::Reserved, reserved).await?
    {
        return Ok(Some(Place::Reserved));
    }
    if store::take_place_in(tx, &desk.row.id, starts_at, Place::General, general).await? {
        return Ok(Some(Place::General));
    }
    Ok(None)
}

/// A booking request.
#[derive(Debug, Clone)]
pub struct Booking<'a> {
    /// The slot (UTC milliseconds of its start).
    pub starts_at: i64,
    /// The case it is for, if any (read already and seen by the actor).
    pub case: Option<&'a CaseRow>,
    /// The form's key.
    pub idempotency_key: &'a str,
}

/// A person books a slot of a calendar, for one of their cases or on its own. Refusals: the
/// slot is not one of the calendar's, past, beyond the horizon, on a holiday or a closed day
/// (`slot-…`), full (`slot-full`: the page offers the nearest free ones), or the case is of
/// another procedure or administration. A second submission of the same form is the same
/// booking.
pub async fn book(engine: &Engine, actor: &Actor, desk: &Desk, b: &Booking<'_>) -> Outcome<AppointmentRow> {
    let Actor::Applicant { account_id } = actor else { return Ok(Err(Refusal::Forbidden("applicants-only"))) };
    if !desk.row.active {
        return Err(EngineError::NotFound);
    }
    let key = b.idempotency_key.trim();
    if !(16..=128).contains(&key.len()) {
        return Ok(Err(Refusal::invalid("idempotency_key", "idempotency-key")));
    }
    if let Some(done) = store::by_key(engine.db(), account_id, key).await? {
        return Ok(Ok(done));
    }
    if let Some(c) = b.case {
        if !actor.may_see(engine, c).await? {
            return Err(EngineError::NotFound);
        }
        if c.procedure_id != desk.row.procedure_id || c.org_id != desk.row.org_id {
            return Ok(Err(Refusal::invalid("case", "appointment-case-mismatch")));
        }
        // An inspection visit is booked once the file reached it.
        let (_, w) = crate::cases::procedure_of(engine, c).await?;
        if w.statuses.iter().any(|s| s.visit) && !booking_open(&w, c, false) {
            return Ok(Err(Refusal::invalid("case", "appointment-visit-not-now")));
        }
    }
    if let Some(refusal) = check_slot(engine, desk, b.starts_at).await? {
        return Ok(Err(refusal));
    }
    let card_holder = is_card_holder(engine, account_id).await?;
    let id = uuid_like();
    let row = AppointmentRow {
        id: id.clone(),
        calendar_id: desk.row.id.clone(),
        starts_at: b.starts_at,
        account_id: account_id.clone(),
        case_id: b.case.map(|c| c.id.clone()),
        status: Status::Booked.as_str().into(),
        reserved_place: false,
        reminded_48h: false,
        reminded_2h: false,
        created_at: engine.now(),
    };
    let mails = messages(engine, desk, &row, Message::Booked).await?;
    let now = engine.now();
    let mut tx = engine.db().begin().await?;
    let Some(place) = take_place(&mut tx, desk, b.starts_at, card_holder).await? else {
        tx.rollback().await?;
        return Ok(Err(Refusal::invalid("slot", "slot-full")));
    };
    let new = store::NewAppointment {
        id: &id,
        calendar_id: &desk.row.id,
        starts_at: b.starts_at,
        account_id,
        case_id: b.case.map(|c| c.id.as_str()),
        reserved_place: place == Place::Reserved,
        idempotency_key: key,
    };
    if !store::insert_in(&mut tx, &new, &crate::mails::outbox(&mails), now).await? {
        // The same form, submitted twice at once: the first one booked.
        tx.rollback().await?;
        return store::by_key(engine.db(), account_id, key).await?.ok_or(EngineError::NotFound).map(Ok);
    }
    store::leave_waitlist_in(&mut tx, &desk.row.id, account_id).await?;
    tx.commit().await?;
    Ok(Ok(AppointmentRow { reserved_place: place == Place::Reserved, ..row }))
}

/// The appointment of this id if the actor may see it (its person, or staff of its calendar's
/// administration); not found otherwise, exactly as for one that does not exist.
pub async fn find(engine: &Engine, actor: &Actor, id: &str) -> Result<(AppointmentRow, Desk)> {
    let a = store::get(engine.db(), id).await?.ok_or(EngineError::NotFound)?;
    let d = desk(engine, &a.calendar_id).await?.ok_or(EngineError::NotFound)?;
    let mine = matches!(actor, Actor::Applicant { account_id } if *account_id == a.account_id);
    if mine || may_manage(engine, actor, &d).await? { Ok((a, d)) } else { Err(EngineError::NotFound) }
}

/// Whether the calendar's notice still allows cancelling or moving.
fn too_late(engine: &Engine, desk: &Desk, a: &AppointmentRow) -> bool {
    engine.now() > a.starts_at - desk.row.cancel_hours * HOUR
}

fn refuse_late(desk: &Desk) -> Refusal {
    Refusal::Invalid(vec![
        Problem::new("appointment", "cancel-too-late").with("count", Arg::Count(desk.row.cancel_hours)),
    ])
}

/// Offers a freed place to the first person waiting, inside the transaction.
async fn offer_freed(engine: &Engine, tx: &mut nafida_store::Tx, desk: &Desk) -> Result<()> {
    let now = engine.now();
    if let Some(account) = store::offer_next_in(tx, &desk.row.id, now).await? {
        let mails = waitlist_offer(engine, desk, &account).await?;
        store::queue_mails_in(tx, &crate::mails::outbox(&mails), now).await?;
    }
    Ok(())
}

/// The person cancels their booking, until the calendar's notice; the place is offered to the
/// first person waiting.
pub async fn cancel(engine: &Engine, actor: &Actor, id: &str) -> Outcome<()> {
    let (a, desk) = find(engine, actor, id).await?;
    if !matches!(actor, Actor::Applicant { .. }) {
        return Ok(Err(Refusal::Forbidden("applicants-only")));
    }
    if a.status != Status::Booked.as_str() {
        return Ok(Err(Refusal::NotAllowed("appointment-not-booked")));
    }
    if too_late(engine, &desk, &a) {
        return Ok(Err(refuse_late(&desk)));
    }
    let mails = messages(engine, &desk, &a, Message::Cancelled).await?;
    let now = engine.now();
    let mut tx = engine.db().begin().await?;
    if !store::set_status_in(&mut tx, &a.id, Status::Booked.as_str(), Status::Cancelled.as_str(), now).await? {
        tx.rollback().await?;
        return Ok(Err(Refusal::Changed));
    }
    let place = if a.reserved_place { Place::Reserved } else { Place::General };
    store::free_place_in(&mut tx, &desk.row.id, a.starts_at, place).await?;
    store::queue_mails_in(&mut tx, &crate::mails::outbox(&mails), now).await?;
    offer_freed(engine, &mut tx, &desk).await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// The person moves their booking to another slot of the same calendar, until the notice;
/// the old place is freed in the same transaction.
pub async fn reschedule(engine: &Engine, actor: &Actor, id: &str, starts_at: i64) -> Outcome<AppointmentRow> {
    let (a, desk) = find(engine, actor, id).await?;
    let Actor::Applicant { account_id } = actor else { return Ok(Err(Refusal::Forbidden("applicants-only"))) };
    if a.status != Status::Booked.as_str() {
        return Ok(Err(Refusal::NotAllowed("appointment-not-booked")));
    }
    if too_late(engine, &desk, &a) {
        return Ok(Err(refuse_late(&desk)));
    }
    if starts_at == a.starts_at {
        return Ok(Ok(a));
    }
    if let Some(refusal) = check_slot(engine, &desk, starts_at).await? {
        return Ok(Err(refusal));
    }
    let card_holder = is_card_holder(engine, account_id).await?;
    let moved = AppointmentRow { starts_at, ..a.clone() };
    let mails = messages(engine, &desk, &moved, Message::Moved).await?;
    let now = engine.now();
    let mut tx = engine.db().begin().await?;
    let Some(place) = take_place(&mut tx, &desk, starts_at, card_holder).await? else {
        tx.rollback().await?;
        return Ok(Err(Refusal::invalid("slot", "slot-full")));
    };
    if !store::move_in(&mut tx, &a.id, a.starts_at, starts_at, place == Place::Reserved, now).await? {
        tx.rollback().await?;
        return Ok(Err(Refusal::Changed));
    }
    let old = if a.reserved_place { Place::Reserved } else { Place::General };
    store::free_place_in(&mut tx, &desk.row.id, a.starts_at, old).await?;
    store::queue_mails_in(&mut tx, &crate::mails::outbox(&mails), now).await?;
    offer_freed(engine, &mut tx, &desk).await?;
    tx.commit().await?;
    Ok(Ok(AppointmentRow {
        reserved_place: place == Place::Reserved,
        reminded_48h: false,
        reminded_2h: false,
        ..moved
    }))
}

/// At the counter: the person arrived (`checked-in`), was served (`served`), or did not come
/// (`no-show`, once the slot has begun). Staff of the calendar's administration only.
pub async fn record(engine: &Engine, actor: &Actor, id: &str, to: Status) -> Outcome<()> {
    let (a, desk) = find(engine, actor, id).await?;
    if !may_manage(engine, actor, &desk).await? {
        return Err(EngineError::NotFound);
    }
    let from = Status::parse(&a.status);
    let allowed = matches!(
        (from, to),
        (Some(Status::Booked), Status::CheckedIn)
            | (Some(Status::CheckedIn), Status::Served)
            | (Some(Status::Booked | Status::CheckedIn), Status::NoShow)
    );
    if !allowed {
        return Ok(Err(Refusal::NotAllowed("appointment-not-booked")));
    }
    if to == Status::NoShow && engine.now() < a.starts_at {
        return Ok(Err(Refusal::NotAllowed("appointment-not-started")));
    }
    let mut tx = engine.db().begin().await?;
    if !store::set_status_in(&mut tx, &a.id, &a.status, to.as_str(), engine.now()).await? {
        tx.rollback().await?;
        return Ok(Err(Refusal::Changed));
    }
    tx.commit().await?;
    Ok(Ok(()))
}

/// One line of the counter's day.
#[derive(Debug, Clone)]
pub struct DayEntry {
    /// The appointment.
    pub appointment: AppointmentRow,
    /// The person's name (as their profile gives it) or their address.
    pub person: String,
    /// The case's reference, if it is for one.
    pub reference: Option<String>,
    /// Whether they hold an MRE card (served first within their slot).
    pub card_holder: bool,
}

/// The counter's view of a day: every appointment of the calendar that day, in order of
/// their slot, card holders first within a slot. Staff of the administration only.
pub async fn day(engine: &Engine, actor: &Actor, desk: &Desk, day: Date) -> Result<Vec<DayEntry>> {
    if !may_manage(engine, actor, desk).await? {
        return Err(EngineError::NotFound);
    }
    let from = nafida_domain::legal_time::local_to_millis(&desk.zone, day, 0).unwrap_or(0);
    let to = from + DAY + 2 * HOUR;
    let mut out = vec![];
    // Each person is read once, however many of the day's appointments are theirs.
    let mut people: BTreeMap<String, (String, bool)> = BTreeMap::new();
    // The requests' references, in one query.
    let references: BTreeMap<String, String> =
        store::case_references(engine.db(), &desk.row.id, from, to).await?.into_iter().collect();
    for a in store::of_calendar(engine.db(), &desk.row.id, from, to).await? {
        if nafida_domain::legal_time::millis_to_local(&desk.zone, a.starts_at).0 != day
            || a.status == Status::Cancelled.as_str()
        {
            continue;
        }
        if !people.contains_key(&a.account_id) {
            let account = nafida_store::accounts::get(engine.db(), &a.account_id).await?;
            let profile = nafida_store::profiles::get(engine.db(), &a.account_id).await?;
            let name = match (&profile.name_latin, &profile.name_ar, account) {
                (Some(l), _, _) => l.clone(),
                (None, Some(ar), _) => ar.clone(),
                (None, None, Some(acc)) => acc.email,
                (None, None, None) => String::new(),
            };
            people.insert(a.account_id.clone(), (name, is_card_holder(engine, &a.account_id).await?));
        }
        let (person, card_holder) = people.get(&a.account_id).cloned().unwrap_or_default();
        let reference = references.get(&a.id).cloned();
        out.push(DayEntry { appointment: a, person, reference, card_holder });
    }
    out.sort_by_key(|e| (e.appointment.starts_at, !e.card_holder, e.appointment.created_at));
    Ok(out)
}

/// What became of a desk's appointments over a period that has passed: the figures a
/// supervisor reads to size the desk and to see how many places were lost.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Outcomes {
    /// Served at the counter.
    pub served: i64,
    /// The person did not come.
    pub no_show: i64,
    /// Cancelled by the person (the place was offered again).
    pub cancelled: i64,
    /// Past, but nothing was recorded at the counter (still booked or checked in).
    pub unrecorded: i64,
}

impl Outcomes {
    /// The share of the appointments that were kept or missed which were missed, in percent.
    pub fn no_show_percent(&self) -> Option<i64> {
        let kept_or_missed = self.served + self.no_show;
        (kept_or_missed > 0).then(|| (self.no_show * 100 + kept_or_missed / 2) / kept_or_missed)
    }
}

/// The outcomes of a desk's appointments of the last `days` days, up to now.
pub async fn outcomes(engine: &Engine, actor: &Actor, desk: &Desk, days: i64) -> Result<Outcomes> {
    if !may_manage(engine, actor, desk).await? {
        return Err(EngineError::NotFound);
    }
    let now = engine.now();
    let mut out = Outcomes::default();
    for (status, n) in store::outcome_counts(engine.db(), &desk.row.id, now - days * DAY, now).await? {
        match Status::parse(&status) {
            Some(Status::Served) => out.served += n,
            Some(Status::NoShow) => out.no_show += n,
            Some(Status::Cancelled) => out.cancelled += n,
            Some(Status::Booked | Status::CheckedIn) | None => out.unrecorded += n,
        }
    }
    Ok(out)
}

/// Puts the person on the calendar's waiting list: the first place freed is offered to them by
/// mail (the first to book it has it).
pub async fn wait_for_place(engine: &Engine, actor: &Actor, desk: &Desk) -> Outcome<()> {
    let Actor::Applicant { account_id } = actor else { return Ok(Err(Refusal::Forbidden("applicants-only"))) };
    store::join_waitlist(engine.db(), &uuid_like(), &desk.row.id, account_id, engine.now()).await?;
    Ok(Ok(()))
}

/// Sends the reminders now due (two days, then two hours before); returns how many. Safe on
/// several nodes at once: each reminder is marked sent by a guarded update with its messages.
pub async fn send_reminders(engine: &Engine) -> Result<usize> {
    let now = engine.now();
    let mut sent = 0;
    for (long, window) in [(true, 48 * HOUR), (false, 2 * HOUR)] {
        for a in store::due_reminders(engine.db(), now, now + window, long).await? {
            let Some(d) = desk(engine, &a.calendar_id).await? else { continue };
            let kind = if long && a.starts_at - now > 2 * HOUR { Message::Reminder48 } else { Message::Reminder2 };
            let mails = messages(engine, &d, &a, kind).await?;
            let is_long = kind == Message::Reminder48;
            if store::mark_reminded(engine.db(), &a.id, is_long, &crate::mails::outbox(&mails), now).await? {
                sent += 1;
            }
        }
    }
    Ok(sent)
}

/// What a message about an appointment says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Message {
    Booked,
    Moved,
    Cancelled,
    Reminder48,
    Reminder2,
}

impl Message {
    fn key(self) -> &'static str {
        match self {
            Message::Booked => "booked",
            Message::Moved => "moved",
            Message::Cancelled => "cancelled",
            Message::Reminder48 => "reminder-48h",
            Message::Reminder2 => "reminder-2h",
        }
    }
}

/// Where the appointment takes place, in a language: the administration's name and address.
async fn place_of(engine: &Engine, desk: &Desk, lang: Lang) -> Result<String> {
    let name = crate::orgs::name(engine, &desk.row.org_id, lang.code()).await?;
    Ok(match engine.network().post(&desk.row.org_id) {
        Some(p) => format!("{name}, {}", p.address.clone().unwrap_or_else(|| p.city.clone())),
        None => name,
    })
}

/// The calendar entry of an appointment, in a language.
pub async fn calendar_entry(engine: &Engine, desk: &Desk, a: &AppointmentRow, lang: Lang) -> Result<String> {
    let summary = summary(engine, desk, lang);
    let location = place_of(engine, desk, lang).await?;
    let link = format!("{}/appointments/{}", engine.settings().public_url, a.id);
    let event = ics::Event {
        uid: &a.id,
        starts_at: a.starts_at,
        ends_at: a.starts_at + desk.row.slot_minutes * 60_000,
        summary: &summary,
        location: &location,
        description: &link,
        cancelled: a.status == Status::Cancelled.as_str(),
    };
    Ok(ics::calendar(&[event], engine.now()))
}

fn summary(engine: &Engine, desk: &Desk, lang: Lang) -> String {
    let procedure = engine
        .catalog()
        .catalog
        .procedures
        .get(&desk.row.procedure_id)
        .map_or_else(|| desk.row.procedure_id.clone(), |p| p.title.get(lang.code()).to_string());
    let mut args = FluentArgs::new();
    args.set("procedure", FluentValue::from(procedure));
    engine.i18n().format(lang, "appointment-summary", Some(&args))
}

/// Every calendar entry of a person's coming appointments (their calendar feed).
pub async fn feed(engine: &Engine, account_id: &str) -> Result<String> {
    let lang = match nafida_store::accounts::get(engine.db(), account_id).await? {
        Some(a) => Lang::parse(&a.preferred_lang).unwrap_or(Lang::DEFAULT),
        None => Lang::DEFAULT,
    };
    let since = engine.now() - 30 * DAY;
    let mut texts = vec![];
    let mut desks: BTreeMap<String, Desk> = BTreeMap::new();
    for a in store::of_account(engine.db(), account_id, 200).await? {
        if a.starts_at < since {
            continue;
        }
        if !desks.contains_key(&a.calendar_id)
            && let Some(d) = desk(engine, &a.calendar_id).await?
        {
            desks.insert(a.calendar_id.clone(), d);
        }
        let Some(d) = desks.get(&a.calendar_id) else { continue };
        let summary = summary(engine, d, lang);
        let location = place_of(engine, d, lang).await?;
        texts.push((a.clone(), summary, location, d.row.slot_minutes));
    }
    let links: Vec<String> =
        texts.iter().map(|(a, ..)| format!("{}/appointments/{}", engine.settings().public_url, a.id)).collect();
    let events: Vec<ics::Event<'_>> = texts
        .iter()
        .zip(&links)
        .map(|((a, summary, location, minutes), link)| ics::Event {
            uid: &a.id,
            starts_at: a.starts_at,
            ends_at: a.starts_at + minutes * 60_000,
            summary,
            location,
            description: link,
            cancelled: a.status == Status::Cancelled.as_str(),
        })
        .collect();
    Ok(ics::calendar(&events, engine.now()))
}

/// The messages about an appointment on the channels the person chose: a mail with the
/// calendar entry attached, and a text message.
async fn messages(engine: &Engine, desk: &Desk, a: &AppointmentRow, kind: Message) -> Result<Vec<RenderedMail>> {
    let Some(account) = nafida_store::accounts::get(engine.db(), &a.account_id).await? else { return Ok(vec![]) };
    let profile = nafida_store::profiles::get(engine.db(), &account.id).await?;
    let channels = nafida_domain::Channels::from_stored(&profile.channels);
    let lang = Lang::parse(&account.preferred_lang).unwrap_or(Lang::DEFAULT);
    let i18n = engine.i18n();
    let when = i18n.show_instant(lang, &desk.zone, a.starts_at);
    let place = place_of(engine, desk, lang).await?;
    let link = format!("{}/appointments/{}", engine.settings().public_url, a.id);
    let mut args = FluentArgs::new();
    args.set("procedure", FluentValue::from(summary(engine, desk, lang)));
    args.set("when", FluentValue::from(when));
    args.set("place", FluentValue::from(place));
    args.set("link", FluentValue::from(link.clone()));
    let mut out = vec![];
    if let (true, Some(phone)) = (channels.sms, profile.phone.as_ref()) {
        let text = i18n.format(lang, &format!("sms-appointment-{}", kind.key()), Some(&args));
        out.push(RenderedMail::sms(phone, lang, text));
    }
    if channels.email {
        let subject = i18n.format(lang, &format!("mail-appointment-{}-subject", kind.key()), Some(&args));
        let body = i18n.format(lang, &format!("mail-appointment-{}-body", kind.key()), Some(&args));
        let ics = match kind {
            Message::Cancelled => {
                calendar_entry(engine, desk, &AppointmentRow { status: "cancelled".into(), ..a.clone() }, lang).await?
            }
            _ => calendar_entry(engine, desk, a, lang).await?,
        };
        let mut mail = crate::mails::simple(engine, lang, &account.email, &subject, &body, &link);
        mail.attachment = Some(Attachment {
            name: "appointment.ics".into(),
            media_type: "text/calendar; charset=utf-8; method=PUBLISH".into(),
            body: ics,
        });
        out.push(mail);
    }
    Ok(out)
}

/// The mail offering a freed place to a person on the waiting list.
async fn waitlist_offer(engine: &Engine, desk: &Desk, account_id: &str) -> Result<Vec<RenderedMail>> {
    let Some(account) = nafida_store::accounts::get(engine.db(), account_id).await? else { return Ok(vec![]) };
    let lang = Lang::parse(&account.preferred_lang).unwrap_or(Lang::DEFAULT);
    let link = format!("{}/appointments/new?calendar={}", engine.settings().public_url, desk.row.id);
    let mut args = FluentArgs::new();
    args.set("procedure", FluentValue::from(summary(engine, desk, lang)));
    args.set("place", FluentValue::from(place_of(engine, desk, lang).await?));
    let subject = engine.i18n().format(lang, "mail-appointment-offer-subject", Some(&args));
    let body = engine.i18n().format(lang, "mail-appointment-offer-body", Some(&args));
    Ok(vec![crate::mails::simple(engine, lang, &account.email, &subject, &body, &link)])
}
