//! The commission's meeting. For the categories whose procedure says so (large projects of a
//! building permit), the file is examined in a meeting of the commission: the urbanism service
//! schedules it (a day, a time in Morocco's legal time, a place) while the file is before the
//! commission, and may move it. The applicant (and the owner) is told, the bodies see it on the
//! opinion they owe, and both case pages show it.

use nafida_domain::catalog::Procedure;
use nafida_domain::{Date, legal_time};
use nafida_store::cases::{CaseRow, Meeting};

use crate::cases::procedure_of;
use crate::events::What;
use crate::mails::{self, CaseUpdate};
use crate::refusal::{Problem, Refusal};
use crate::{Actor, Engine, EngineError, Outcome, Result};

/// How far ahead a meeting may be scheduled, in days.
pub const HORIZON_DAYS: i64 = 180;

/// Whether the file is examined in a meeting (its procedure's rule, on its answers).
pub fn needed(p: &Procedure, c: &CaseRow) -> bool {
    let Some(rule) = p.commission.as_ref().and_then(|cm| cm.meeting.as_ref()) else { return false };
    match rule {
        None => true,
        Some((field, equals)) => {
            let form: std::collections::BTreeMap<String, String> =
                serde_json::from_str(&c.form_data).unwrap_or_default();
            form.get(field) == Some(equals)
        }
    }
}

/// Whether the meeting may be scheduled now: needed, and the file before the commission.
pub async fn schedulable(engine: &Engine, c: &CaseRow) -> Result<bool> {
    let (p, w) = procedure_of(engine, c).await?;
    Ok(needed(&p, c) && w.status(&c.status).is_some_and(|s| s.commission))
}

/// The meeting, once scheduled.
pub async fn of(engine: &Engine, c: &CaseRow) -> Result<Option<Meeting>> {
    Ok(nafida_store::cases::meeting_of(engine.db(), &c.id).await?)
}

/// The urbanism service schedules (or moves) the meeting: a day from tomorrow to 180 days
/// ahead, a time (`HH:MM`), a place (2 to 200 characters); every problem at once.
pub async fn schedule(engine: &Engine, actor: &Actor, c: &CaseRow, day: &str, time: &str, place: &str) -> Outcome<()> {
    if actor.staff_role().is_none() || !actor.handles(engine, c).await? {
        return Err(EngineError::NotFound);
    }
    if !schedulable(engine, c).await? {
        return Ok(Err(Refusal::NotAllowed("meeting-not-now")));
    }
    let mut problems = vec![];
    let today = Date::legal(engine.now()).days_since_epoch();
    let day =
        Date::parse(day.trim()).ok().filter(|d| (today + 1..=today + HORIZON_DAYS).contains(&d.days_since_epoch()));
    if day.is_none() {
        problems.push(Problem::new("meeting_day", "meeting-day"));
    }
    let minutes = nafida_domain::consular::parse_time(time.trim());
    if minutes.is_none() {
        problems.push(Problem::new("meeting_time", "meeting-time"));
    }
    let place = place.trim();
    if !(2..=200).contains(&place.chars().count()) || place.chars().any(char::is_control) {
        problems.push(Problem::new("meeting_place", "meeting-place"));
    }
    let (Some(day), Some(minutes), true) = (day, minutes, problems.is_empty()) else {
        return Ok(Err(Refusal::Invalid(problems)));
    };
    let at = legal_time::local_to_millis(legal_time::ZONE, day, minutes).ok_or(EngineError::internal("legal time"))?;
    let meeting = Meeting { at, place: place.to_string() };
    let stored = What::MeetingScheduled { at, place: meeting.place.clone() }.by(actor.event());
    let (p, _) = procedure_of(engine, c).await?;
    // The applicant is told; so is the owner an architect files for.
    let mut rendered = mails::case_update(engine, &c.applicant_id, &c.reference, &p, CaseUpdate::Step).await?;
    if let Some((owner, _)) = super::mandates::owner_of(engine, &c.id).await? {
        rendered.extend(mails::case_update(engine, &owner, &c.reference, &p, CaseUpdate::Step).await?);
    }
    let by = actor.account_id().ok_or(EngineError::NotFound)?;
    nafida_store::cases::schedule_meeting(
        engine.db(),
        &c.id,
        &meeting,
        by,
        &stored.new_event(),
        &mails::outbox(&rendered),
        engine.now(),
    )
    .await?;
    Ok(Ok(()))
}
