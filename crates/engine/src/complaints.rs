//! The complaint lifecycle on the engine: answered complaints may be rated, reopened within
//! 30 days of the answer with a reason, and are closed by the deadline job afterwards.
//! Routing and answering are transitions of the complaint workflow.

use nafida_store::cases::{self, CaseRow};

use crate::cases::procedure_of;
use crate::cases::transition::{self, Request};
use crate::contracts::{action, names, status};
use crate::events::{Event, History, What};
use crate::refusal::Refusal;
use crate::{Actor, Engine, EngineError, Outcome, Result};

/// Days after the answer during which the person may reopen the complaint.
pub const REOPEN_DAYS: i64 = 30;

/// Whether a complaint has been answered (and perhaps closed since).
pub fn is_answered(c: &CaseRow) -> bool {
    c.status == status::ANSWERED || c.status == status::CLOSED
}

/// Whether a case is a complaint (its procedure version's workflow).
pub async fn is_complaint(engine: &Engine, c: &CaseRow) -> Result<bool> {
    Ok(procedure_of(engine, c).await?.1.id == names::COMPLAINT_WORKFLOW)
}

/// When the complaint was last answered.
pub async fn answered_at(engine: &Engine, c: &CaseRow) -> Result<Option<i64>> {
    Ok(last_answer(engine, c).await?.map(|e| e.at))
}

/// The latest answer given to a complaint: the transition that answered it (its action says
/// favourable or not, its text is the answer).
pub async fn last_answer(engine: &Engine, c: &CaseRow) -> Result<Option<Event>> {
    Ok(History::of_case(engine, &c.id).await?.last_answer().cloned())
}

/// Until when an answered complaint may be reopened (`None` when it may not be).
pub async fn reopen_until(engine: &Engine, c: &CaseRow) -> Result<Option<i64>> {
    Ok(reopen_until_given(c, &History::of_case(engine, &c.id).await?, engine.now()))
}

/// Until when an answered complaint may be reopened, from its history read already.
pub fn reopen_until_given(c: &CaseRow, history: &History, now: i64) -> Option<i64> {
    if c.status != status::ANSWERED {
        return None;
    }
    let until = history.last_answer().map(|e| e.at + REOPEN_DAYS * 86_400_000);
    until.filter(|u| *u >= now)
}

/// The person rates the answer (1 to 5 stars, an optional comment of up to 1,000
/// characters), once answered.
pub async fn rate(engine: &Engine, actor: &Actor, c: &CaseRow, stars: &str, comment: &str) -> Outcome<()> {
    if !matches!(actor, Actor::Applicant { .. }) || !actor.may_see(engine, c).await? {
        return Err(EngineError::NotFound);
    }
    if !is_answered(c) || procedure_of(engine, c).await?.0.workflow != names::COMPLAINT_WORKFLOW {
        return Ok(Err(Refusal::NotAllowed("not-answered")));
    }
    let comment = comment.trim();
    let stars = stars.parse::<i64>().ok().filter(|s| (1..=5).contains(s));
    let (Some(stars), true) = (stars, comment.chars().count() <= 1000) else {
        return Ok(Err(Refusal::invalid("stars", "rating")));
    };
    let now = engine.now();
    let stored = What::Rated { stars }.by(actor.event());
    // The rating and the event that tells it, together or not at all.
    let mut tx = engine.db().begin().await?;
    nafida_store::topics::rate_in(&mut tx, &c.id, stars, (!comment.is_empty()).then_some(comment), now).await?;
    cases::add_event_in(&mut tx, &c.id, &stored.new_event(), &[], now).await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// Within 30 days of the answer, the person sends the complaint back to the administration,
/// with a reason of 10 to 2,000 characters.
pub async fn reopen(engine: &Engine, actor: &Actor, c: &CaseRow, reason: &str) -> Outcome<()> {
    let reason = reason.trim();
    if reopen_until(engine, c).await?.is_none() {
        return Ok(Err(Refusal::invalid("reason", "reopen-period")));
    }
    if !(10..=2000).contains(&reason.chars().count()) {
        return Ok(Err(Refusal::invalid("reason", "reopen-reason")));
    }
    let req = Request { motivation: reason.to_string(), ..Request::action(action::REOPEN) };
    Ok(match transition::apply(engine, actor, c, &req).await? {
        Ok(()) => Ok(()),
        Err(_) => Err(Refusal::invalid("reason", "reopen-period")),
    })
}

/// Closes the answered complaints whose period to reopen has passed; returns how many.
pub async fn close_answered(engine: &Engine) -> Result<usize> {
    let now = engine.now();
    let mut closed = 0;
    let mut after = String::new();
    loop {
        let batch = cases::in_status(engine.db(), status::ANSWERED, &after, 200).await?;
        let Some(last) = batch.last() else { break };
        after = last.id.clone();
        for c in &batch {
            let Some(at) = answered_at(engine, c).await? else { continue };
            if now <= at + REOPEN_DAYS * 86_400_000 {
                continue;
            }
            // A complaint whose workflow has no `close` for the platform stays answered.
            if transition::apply(engine, &Actor::system(), c, &Request::action(action::CLOSE)).await?.is_ok() {
                closed += 1;
            }
        }
    }
    Ok(closed)
}

/// The person takes their answered complaint's file to the Ombudsman: recorded in its
/// history. Refused unless the case is the person's own answered complaint.
pub async fn record_export(engine: &Engine, actor: &Actor, c: &CaseRow) -> Outcome<()> {
    if !matches!(actor, Actor::Applicant { .. }) || !actor.may_see(engine, c).await? {
        return Err(EngineError::NotFound);
    }
    if !is_complaint(engine, c).await? || !is_answered(c) {
        return Ok(Err(Refusal::NotAllowed("not-answered")));
    }
    let stored = What::MediateurExport.by(actor.event());
    cases::add_event(engine.db(), &c.id, &stored.new_event(), engine.now()).await?;
    Ok(Ok(()))
}
