//! What the administrations do on a case besides transitions: notes, messages to the person,
//! claiming and assigning, transfers, opinions of other administrations, the legal extension,
//! the fast lane, postings, and bulk actions on a queue. Every command checks that the actor
//! is staff (or a partner system, acting as an agent) of an administration that covers the
//! case; a case out of scope is "not found", exactly like one that does not exist.

use nafida_domain::catalog::Phase;
use std::collections::BTreeMap;

use nafida_domain::catalog::DayCount;
use nafida_domain::{Date, OrgId};
use nafida_store::cases::{self, CaseRow, Opinion, OpinionRequest};

use super::procedure_of;
use super::transition::{self, Request, bulk_safe};
use crate::contracts::{delivery, field};
use crate::events::What;
use crate::mails::{self, CaseUpdate};
use crate::refusal::{Arg, Problem, Refusal};
use crate::{Actor, Engine, EngineError, Outcome, Result};
use nafida_domain::flags::Flag;

/// The kind of an administration's opinion on another's case.
pub const OPINION: &str = "opinion";

/// The kind of the provincial cell's coordination request to the administration handling a
/// case (see [`crate::cell::ask_coordination`]).
pub const COORDINATION: &str = "coordination";

/// The answers an opinion may give.
pub const OPINION_VERDICTS: &[&str] = &["favourable", "reserves", "unfavourable"];

/// The answers a coordination request may get: done, scheduled (the text says when), or not
/// possible (the text says why).
pub const COORDINATION_VERDICTS: &[&str] = &["done", "scheduled", "not-possible"];

/// Days an administration is given for an opinion, in working days.
pub const OPINION_DAYS: u32 = 10;

/// Largest note, message or question, in characters.
pub const MAX_TEXT: usize = 4000;

/// The case must be one the actor, as staff, may see.
async fn in_scope(engine: &Engine, actor: &Actor, c: &CaseRow) -> Result<()> {
    if actor.staff_role().is_none() || !actor.may_see(engine, c).await? {
        return Err(EngineError::NotFound);
    }
    Ok(())
}

/// The case must be one the actor works on for its administration (not only follows, as the
/// provincial cell does).
async fn handled(engine: &Engine, actor: &Actor, c: &CaseRow) -> Result<Option<Refusal>> {
    in_scope(engine, actor, c).await?;
    Ok((!actor.handles(engine, c).await?).then_some(Refusal::NotAllowed("cell-coordinates-only")))
}

/// A reason or question of 10 to `max` characters.
fn written(text: &str, max: usize) -> Option<&str> {
    let text = text.trim();
    (10..=max).contains(&text.chars().count()).then_some(text)
}

fn message_length(field: &str) -> Refusal {
    Refusal::Invalid(vec![Problem::new(field, "message-length").with("count", Arg::Count(MAX_TEXT as i64))])
}

/// A note staff see and the person does not (1 to 4,000 characters).
pub async fn add_note(engine: &Engine, actor: &Actor, c: &CaseRow, text: &str) -> Outcome<()> {
    in_scope(engine, actor, c).await?;
    let note = text.trim();
    if note.is_empty() || note.chars().count() > MAX_TEXT {
        return Ok(Err(message_length("note")));
    }
    let stored = What::Note(note.to_string()).by(actor.event()).internal();
    cases::add_event(engine.db(), &c.id, &stored.new_event(), engine.now()).await?;
    Ok(Ok(()))
}

/// A message to the person, told on the channels they chose, in one transaction.
pub async fn message_applicant(engine: &Engine, actor: &Actor, c: &CaseRow, text: &str) -> Outcome<()> {
    in_scope(engine, actor, c).await?;
    let text = text.trim();
    if text.is_empty() || text.chars().count() > MAX_TEXT {
        return Ok(Err(message_length("note")));
    }
    let (p, _) = procedure_of(engine, c).await?;
    let stored = What::Message(text.to_string()).by(actor.event());
    let mail = mails::case_update(engine, &c.applicant_id, &c.reference, &p, CaseUpdate::Message).await?;
    cases::add_event_with_mail(engine.db(), &c.id, &stored.new_event(), &mails::outbox(&mail), engine.now()).await?;
    Ok(Ok(()))
}

/// The staff member takes the case.
pub async fn claim(engine: &Engine, actor: &Actor, c: &CaseRow) -> Outcome<()> {
    if let Some(refusal) = handled(engine, actor, c).await? {
        return Ok(Err(refusal));
    }
    let Some(me) = actor.account_id() else { return Ok(Err(Refusal::Forbidden("claim-needs-account"))) };
    let stored = What::Assigned.by(actor.event());
    cases::assign(engine.db(), &c.id, Some(me), &stored.new_event(), engine.now()).await?;
    Ok(Ok(()))
}

/// A supervisor or an administrator gives the case to a staff member of its administration.
/// An agent, and so a partner system, may not.
pub async fn assign(engine: &Engine, actor: &Actor, c: &CaseRow, assignee: &str) -> Outcome<()> {
    if let Some(refusal) = handled(engine, actor, c).await? {
        return Ok(Err(refusal));
    }
    if !actor.supervises() {
        return Ok(Err(Refusal::Forbidden("only-supervisors-assign")));
    }
    let colleague = nafida_store::accounts::get(engine.db(), assignee).await?;
    let ok = colleague.as_ref().is_some_and(|a| {
        a.role.is_staff() && !a.disabled && a.org_id.as_ref().map(OrgId::as_str) == Some(c.org_id.as_str())
    });
    if !ok {
        return Ok(Err(Refusal::invalid("assignee", "choice-invalid")));
    }
    let stored = What::Assigned.by(actor.event()).internal();
    cases::assign(engine.db(), &c.id, Some(assignee), &stored.new_event(), engine.now()).await?;
    Ok(Ok(()))
}

/// Transfers a case to the competent administration with a reason the person sees; the case
/// leaves the sender's queue unassigned; the legal clock keeps running from the filing.
pub async fn transfer(engine: &Engine, actor: &Actor, c: &CaseRow, org: &str, reason: &str) -> Outcome<()> {
    if let Some(refusal) = handled(engine, actor, c).await? {
        return Ok(Err(refusal));
    }
    let mut problems = vec![];
    let target = match OrgId::parse(org) {
        Ok(id) if id.as_str() != c.org_id => nafida_store::orgs::get(engine.db(), &id).await?,
        _ => None,
    };
    if target.is_none() {
        problems.push(Problem::new("org", "choice-invalid"));
    }
    let reason = written(reason, 2000);
    if reason.is_none() {
        problems.push(Problem::new("reason", "motivation-required"));
    }
    let (Some(target), Some(reason)) = (target, reason) else { return Ok(Err(Refusal::Invalid(problems))) };
    let stored = What::Transferred { org: target.id.to_string(), reason: reason.to_string() }.by(actor.event());
    if !cases::transfer(engine.db(), &c.id, &c.org_id, target.id.as_str(), &stored.new_event(), engine.now()).await? {
        return Ok(Err(Refusal::Changed));
    }
    Ok(Ok(()))
}

/// Asks another administration for an opinion on a case, due in ten working days; returns
/// the opinion's id.
pub async fn ask_opinion(engine: &Engine, actor: &Actor, c: &CaseRow, org: &str, question: &str) -> Outcome<String> {
    in_scope(engine, actor, c).await?;
    let mut problems = vec![];
    let org = match OrgId::parse(org) {
        Ok(id) if id.as_str() != c.org_id => nafida_store::orgs::get(engine.db(), &id).await?,
        _ => None,
    };
    if org.is_none() {
        problems.push(Problem::new("org", "choice-invalid"));
    }
    let question = written(question, MAX_TEXT);
    if question.is_none() {
        problems.push(Problem::new("question", "message-length").with("count", Arg::Count(MAX_TEXT as i64)));
    }
    let (Some(org), Some(question)) = (org, question) else { return Ok(Err(Refusal::Invalid(problems))) };
    let cal = crate::clock::calendar_for(engine, org.id.as_str()).await?;
    let due = cal.due_date(Date::legal(engine.now()), OPINION_DAYS, DayCount::Working, 0).to_string();
    let stored = What::OpinionRequested { org: org.id.to_string() }.by(actor.event());
    let event = stored.new_event();
    let ask = OpinionRequest {
        case_id: &c.id,
        org_id: org.id.as_str(),
        requested_by: actor.account_id(),
        question,
        due_date: &due,
        kind: OPINION,
        asker_org_id: None,
    };
    Ok(Ok(cases::ask_opinion(engine.db(), &ask, &event, engine.now()).await?))
}

/// An opinion asked of the actor's administration, with its case; not found otherwise.
pub async fn opinion_for(engine: &Engine, actor: &Actor, id: &str) -> Result<(Opinion, CaseRow)> {
    let o = cases::opinion_by_id(engine.db(), id).await?.ok_or(EngineError::NotFound)?;
    let asked = OrgId::parse(&o.org_id).map_err(EngineError::internal)?;
    let covered = match actor {
        Actor::Staff { org, role, .. } => crate::actor::covers(engine, org, *role, &asked).await?,
        Actor::Partner { org } => *org == asked,
        _ => false,
    };
    if !covered {
        return Err(EngineError::NotFound);
    }
    let c = cases::by_id(engine.db(), &o.case_id).await?.ok_or(EngineError::NotFound)?;
    Ok((o, c))
}

/// Gives an administration's opinion (favourable, with reserves, unfavourable) with its
/// reasons, once.
pub async fn give_opinion(engine: &Engine, actor: &Actor, o: &Opinion, verdict: &str, answer: &str) -> Outcome<()> {
    // Only the administration asked (or those above it) answers.
    opinion_for(engine, actor, &o.id).await?;
    let mut problems = vec![];
    let verdicts = if o.kind == COORDINATION { COORDINATION_VERDICTS } else { OPINION_VERDICTS };
    if !verdicts.contains(&verdict) {
        problems.push(Problem::new("verdict", "choice-invalid"));
    }
    let answer = written(answer, MAX_TEXT);
    if answer.is_none() {
        problems.push(Problem::new("answer", "motivation-required"));
    }
    let Some(answer) = answer.filter(|_| problems.is_empty()) else { return Ok(Err(Refusal::Invalid(problems))) };
    let (v, text) = (verdict.to_string(), answer.to_string());
    let what = if o.kind == COORDINATION {
        What::CoordinationAnswered { verdict: v, text }
    } else {
        What::OpinionGiven { verdict: v, text }
    };
    let stored = what.by(actor.event());
    let event = stored.new_event();
    if !cases::give_opinion(engine.db(), &o.id, verdict, answer, actor.account_id(), &event, engine.now()).await? {
        return Ok(Err(Refusal::NotAllowed("opinion-given")));
    }
    Ok(Ok(()))
}

/// A staff member's home: the counts of their administration's open cases (theirs, overdue,
/// due within the deadline job's window, escalated).
pub async fn home_counts(engine: &Engine, actor: &Actor) -> Result<nafida_store::cases::QueueCounts> {
    let Actor::Staff { org, account_id, .. } = actor else { return Err(EngineError::NotFound) };
    let today = nafida_domain::Date::legal(engine.now());
    let soon = nafida_domain::Date::from_days_since_epoch(today.days_since_epoch() + crate::clock::DUE_SOON_DAYS);
    Ok(cases::queue_counts(engine.db(), org.as_str(), account_id, &today.to_string(), &soon.to_string()).await?)
}

/// Whether the time limit of an open case may still be extended (once, where the procedure
/// allows it).
pub async fn can_extend(engine: &Engine, c: &CaseRow) -> Result<bool> {
    let (p, _) = procedure_of(engine, c).await?;
    Ok(c.phase.is_open()
        && p.deadline.extendable_days > 0
        && !crate::events::of_case(engine, &c.id, false).await?.iter().any(|e| matches!(e.what, What::Extended { .. })))
}

/// Extends the time limit once, by the procedure's days, with a reason the person sees.
pub async fn extend(engine: &Engine, actor: &Actor, c: &CaseRow, reason: &str) -> Outcome<()> {
    if let Some(refusal) = handled(engine, actor, c).await? {
        return Ok(Err(refusal));
    }
    if !can_extend(engine, c).await? {
        return Ok(Err(Refusal::NotAllowed("not-extendable")));
    }
    let Some(reason) = written(reason, 2000) else { return Ok(Err(Refusal::invalid("reason", "motivation-required"))) };
    let (p, _) = procedure_of(engine, c).await?;
    let due = Date::parse(&c.due_date).map_err(EngineError::internal)?;
    let cal = crate::clock::calendar_for(engine, &c.org_id).await?;
    let new_due = cal.due_date(due, p.deadline.extendable_days, p.deadline.count, 0).to_string();
    let days = i64::from(p.deadline.extendable_days);
    let stored = What::Extended { days, reason: reason.to_string() }.by(actor.event());
    if !cases::extend(engine.db(), &c.id, &c.due_date, &new_due, &stored.new_event(), engine.now()).await? {
        return Ok(Err(Refusal::Changed));
    }
    Ok(Ok(()))
}

/// A supervisor (or the provincial cell above) puts an open case in the fast lane, with a
/// reason the person sees (a death, a return date), or takes it out.
pub async fn set_fast_lane(engine: &Engine, actor: &Actor, c: &CaseRow, on: bool, reason: &str) -> Outcome<()> {
    in_scope(engine, actor, c).await?;
    if !actor.supervises() {
        return Ok(Err(Refusal::Forbidden("only-supervisors-fast-lane")));
    }
    let reason = reason.trim();
    if on && !(10..=2000).contains(&reason.chars().count()) {
        return Ok(Err(Refusal::invalid("fast_lane_reason", "motivation-required")));
    }
    let mut flags = c.flags.clone();
    flags.set(Flag::FastLane, on);
    if flags != c.flags {
        let new = flags.stored();
        let what = if on { What::FastLane(reason.to_string()) } else { What::FastLaneOff };
        let stored = what.by(actor.event());
        let old = c.flags.original();
        if !cases::set_flags(engine.db(), &c.id, old, &new, Some(&stored.new_event()), &[], engine.now()).await? {
            return Ok(Err(Refusal::Changed));
        }
    }
    Ok(Ok(()))
}

/// An agent checked, at the counter, the purchase of an e-Timbre the DGI could not be asked
/// about (the receipt of the bank or of the purchase site): the request may then be approved.
pub async fn check_stamp(engine: &Engine, actor: &Actor, c: &CaseRow) -> Outcome<()> {
    if let Some(refusal) = handled(engine, actor, c).await? {
        return Ok(Err(refusal));
    }
    if !c.flags.has(Flag::StampToCheck) {
        return Ok(Err(Refusal::NotAllowed("stamp-not-to-check")));
    }
    let mut flags = c.flags.clone();
    flags.set(Flag::StampToCheck, false);
    let stored = What::StampChecked.by(actor.event());
    let (old, new) = (c.flags.original(), flags.stored());
    if !cases::set_flags(engine.db(), &c.id, old, &new, Some(&stored.new_event()), &[], engine.now()).await? {
        return Ok(Err(Refusal::Changed));
    }
    Ok(Ok(()))
}

/// An approved request to deliver by post.
pub fn by_post_and_approved(c: &CaseRow) -> bool {
    let form: BTreeMap<String, String> = serde_json::from_str(&c.form_data).unwrap_or_default();
    c.phase == Phase::Approved && form.get(field::DELIVERY).map(String::as_str) == Some(delivery::POST)
}

/// The office records that an approved request's document left by registered post, with
/// the tracking number the person then sees.
pub async fn record_posting(engine: &Engine, actor: &Actor, c: &CaseRow, tracking: &str) -> Outcome<()> {
    if let Some(refusal) = handled(engine, actor, c).await? {
        return Ok(Err(refusal));
    }
    if !by_post_and_approved(c) {
        return Ok(Err(Refusal::NotAllowed("nothing-to-post")));
    }
    let tracking = tracking.trim().to_ascii_uppercase();
    let ok = (8..=30).contains(&tracking.len()) && tracking.chars().all(|ch| ch.is_ascii_alphanumeric());
    if !ok {
        return Ok(Err(Refusal::invalid("tracking", "tracking-number")));
    }
    let stored = What::Posted { tracking }.by(actor.event());
    cases::add_event(engine.db(), &c.id, &stored.new_event(), engine.now()).await?;
    Ok(Ok(()))
}

/// Issues the document of an approved case that has none yet.
pub async fn issue_missing_document(engine: &Engine, actor: &Actor, c: &CaseRow) -> Outcome<()> {
    if let Some(refusal) = handled(engine, actor, c).await? {
        return Ok(Err(refusal));
    }
    let (p, _) = procedure_of(engine, c).await?;
    if crate::civil::issues_civil_document(&p).is_none() {
        return Err(EngineError::NotFound);
    }
    if c.phase != Phase::Approved || !crate::civil::issued_for_case(engine, c).await?.is_empty() {
        return Ok(Err(Refusal::NotAllowed("nothing-to-issue")));
    }
    Ok(crate::effects::issue_missing(engine, actor, c, &p).await?.map_err(Refusal::Invalid))
}

/// One operation on many cases of a queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BulkOp {
    /// The actor takes them.
    Claim,
    /// A supervisor gives them to a colleague (by account id).
    Assign(String),
    /// A workflow action that needs no reasons and no request to the person.
    Action(String),
}

/// What a bulk operation did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BulkResult {
    /// Cases changed.
    pub done: usize,
    /// Cases left as they were (out of scope, not allowed, changed meanwhile).
    pub skipped: usize,
}

/// Applies one operation to every case named, each checked as if acted on alone.
pub async fn bulk(
    engine: &Engine,
    actor: &Actor,
    references: &[String],
    op: &BulkOp,
) -> Result<Result<BulkResult, Refusal>> {
    if matches!(op, BulkOp::Assign(_)) && !actor.supervises() {
        return Ok(Err(Refusal::Forbidden("only-supervisors-assign")));
    }
    let mut out = BulkResult::default();
    for reference in references {
        let c = match super::find(engine, actor, reference).await {
            Ok(c) => c,
            Err(EngineError::NotFound) => {
                out.skipped += 1;
                continue;
            }
            Err(e) => return Err(e),
        };
        let ok = match op {
            BulkOp::Claim => claim(engine, actor, &c).await?.is_ok(),
            BulkOp::Assign(to) => assign(engine, actor, &c, to).await?.is_ok(),
            BulkOp::Action(action) => {
                let (_, w) = procedure_of(engine, &c).await?;
                let safe =
                    w.allowed(&c.status, actor.workflow()).into_iter().any(|t| t.action == *action && bulk_safe(&w, t));
                safe && transition::apply(engine, actor, &c, &Request::action(action)).await?.is_ok()
            }
        };
        if ok {
            out.done += 1;
        } else {
            out.skipped += 1;
        }
    }
    Ok(Ok(out))
}
