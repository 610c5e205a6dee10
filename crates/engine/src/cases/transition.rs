//! The one entry point of every transition, whoever asks: the person, a staff member, a
//! partner system, the deadline job or the platform after a payment. The workflow must allow
//! the action to the actor now; a refusal needs written reasons; a request for documents names
//! documents of the procedure's list (anything else needs a reason); an approval carries out
//! the effects the procedure declares. The status, its event, the mail to the person,
//! attachments and the effects' rows commit together or not at all.

use nafida_domain::catalog::{Phase, Procedure, Status, Transition, Workflow};
use nafida_store::cases::{self, CaseRow, NewAttachment, NewEvent};

use super::{DocumentRequest, procedure_of};
use crate::contracts::action;
use crate::events::What;
use crate::mails::{self, CaseUpdate};
use crate::refusal::{Problem, Refusal};
use crate::{Actor, Engine, EngineError, Outcome, effects};
use nafida_domain::flags::Flag;

/// What is asked.
#[derive(Debug, Clone, Default)]
pub struct Request {
    /// Workflow action.
    pub action: String,
    /// Reasons, comment, or the person's reason (reopening).
    pub motivation: String,
    /// Documents of the procedure's list to request.
    pub documents: Vec<String>,
    /// A document outside the list.
    pub other_document: String,
    /// The written reason for asking outside the list.
    pub other_reason: String,
    /// Files the person sends with the action (documents asked for).
    pub attachments: Vec<NewAttachment>,
}

impl Request {
    /// A request for `action` alone.
    pub fn action(action: &str) -> Self {
        Request { action: action.to_string(), ..Request::default() }
    }
}

/// Whether a transition can be applied to many cases at once: no written reasons, no list of
/// documents to choose.
pub fn bulk_safe(w: &Workflow, t: &Transition) -> bool {
    !t.needs_motivation && w.status(&t.to).is_some_and(|s| !s.waits_for_applicant)
}

/// Applies a transition. Everything is read and prepared first (the rules, the effects'
/// checks, the documents drawn, the mails rendered); then one short transaction writes the
/// status, its event, its mail, its attachments and the effects' rows, or nothing.
pub async fn apply(engine: &Engine, actor: &Actor, c: &CaseRow, req: &Request) -> Outcome<()> {
    // The record first: a case the actor may not see does not exist for them.
    if !actor.may_see(engine, c).await? {
        return Err(EngineError::NotFound);
    }
    // The provincial cell follows and coordinates the cases of other administrations; it does
    // not take their decisions.
    if !actor.handles(engine, c).await? {
        return Ok(Err(Refusal::NotAllowed("cell-coordinates-only")));
    }
    let (p, w) = procedure_of(engine, c).await?;
    let Some(t) = w.allowed(&c.status, actor.workflow()).into_iter().find(|t| t.action == req.action) else {
        return Ok(Err(Refusal::NotAllowed("transition-not-allowed")));
    };
    // A production service sees the documents it makes at every post, for their production.
    if let Actor::Partner { org } = actor
        && c.org_id != org.as_str()
        && !action::PRODUCTION.contains(&t.action.as_str())
    {
        return Ok(Err(Refusal::NotAllowed("production-stages-only")));
    }
    let to = w.status(&t.to).ok_or_else(|| EngineError::internal(format!("status {} of {}", t.to, w.id)))?;
    // An appeal is open for the procedure's period after the refusal.
    if t.action == action::APPEAL && appeal_until(c, &p).is_none_or(|until| engine.now() > until) {
        return Ok(Err(Refusal::NotAllowed("appeal-period")));
    }
    let (body, mut problems) = body_of(&p, t, to, actor, req);
    // Law 55-19: only documents of the published list may be required. The clock stops for
    // them at most as often as the procedure allows (once, unless its legal basis says
    // otherwise); a document outside the list is only a message, the clock running on.
    let asks = to.waits_for_applicant && !matches!(actor, Actor::Applicant { .. });
    let listed: Vec<&String> = req.documents.iter().filter(|d| p.documents.iter().any(|x| &x.id == *d)).collect();
    let unlisted = req.other_document.trim();
    if asks && !listed.is_empty() {
        let history = crate::events::History::of_case(engine, &c.id).await?;
        if history.document_requests() >= p.document_requests {
            problems.push(
                Problem::new("documents", "documents-asked-already")
                    .with("count", crate::Arg::Count(i64::from(p.document_requests))),
            );
        }
    }
    if asks && listed.is_empty() && !unlisted.is_empty() {
        return match problems.into_iter().filter(|pr| pr.code != "request-empty").collect::<Vec<_>>() {
            problems if !problems.is_empty() => Ok(Err(Refusal::Invalid(problems))),
            _ => ask_unlisted(engine, actor, c, &p, unlisted, req.other_reason.trim()).await,
        };
    }
    if to.phase == Phase::Approved && c.flags.has(Flag::AwaitingPayment) {
        problems.push(Problem::new("payment", "awaiting-payment"));
    }
    if to.phase == Phase::Approved && c.flags.has(Flag::StampToCheck) {
        problems.push(Problem::new("payment", "stamp-to-check"));
    }
    // Before the commission: every body of the procedure's commission is asked at once; the
    // file leaves it (but to a refusal or a withdrawal) only with every binding opinion given
    // and none unfavourable. The platform's tacit approval is the law's, whatever the bodies.
    let from = w.status(&c.status);
    let entering = to.commission && !from.is_some_and(|f| f.commission);
    let commission = if entering {
        match crate::permits::bodies(engine, c, &p).await? {
            Ok(bodies) => bodies,
            Err(more) => {
                problems.extend(more);
                vec![]
            }
        }
    } else {
        vec![]
    };
    if from.is_some_and(|f| f.commission)
        && !to.commission
        && !matches!(to.phase, Phase::Rejected | Phase::Withdrawn)
        && !matches!(actor, Actor::System { .. })
    {
        problems.extend(crate::permits::blockers(engine, c, "fr").await?);
    }
    // An inspection visit: the file leaves the visit's status (but to a refusal or a
    // withdrawal, or by the law's tacit approval) only once the visit was done.
    if from.is_some_and(|f| f.visit)
        && !to.visit
        && !matches!(to.phase, Phase::Rejected | Phase::Withdrawn)
        && !matches!(actor, Actor::System { .. })
        && !nafida_store::appointments::served_for_case(engine.db(), &c.id).await?
    {
        problems.push(Problem::new("visit", "visit-not-done"));
    }
    // A tax due at this status (the tax on construction operations, before the permit): it is
    // computed now and kept, and the file waits for its payment, its clock stopped.
    let tax = match &p.tax {
        Some(tax) if tax.due_at == to.id && nafida_store::payments::tax_of(engine.db(), &c.id).await?.is_none() => {
            match crate::permits::tax_due(engine, c, &p).await? {
                Ok(due) => Some(due),
                Err(problem) => {
                    problems.push(problem);
                    None
                }
            }
        }
        _ => None,
    };
    // What approving carries out (a document issued, an act entered or corrected) must be
    // possible before anything is written; documents are drawn only for a command that passed.
    let planned = if to.phase == Phase::Approved {
        match effects::check(engine, c, &p).await? {
            // Approved by silence, a permit is not drawn in the president's name: the
            // governor's certificate of silence stands for it.
            Ok(planned) if t.action == action::TACIT_APPROVAL => {
                planned.into_iter().filter(|e| !matches!(e, effects::Planned::IssuePermit)).collect()
            }
            Ok(planned) => planned,
            Err(more) => {
                problems.extend(more);
                vec![]
            }
        }
    } else {
        vec![]
    };
    if !problems.is_empty() {
        return Ok(Err(Refusal::Invalid(problems)));
    }
    let prepared = effects::prepare(engine, c, &p, planned, actor).await?;
    // Approved by the administration's silence: the governor's certificate, sealed.
    let certificate =
        if t.action == action::TACIT_APPROVAL { Some(crate::silence::prepare(engine, c, &p).await?) } else { None };
    let mut change = crate::clock::change_for(engine, c, &p, &w, to, &t.action).await?;
    if tax.is_some() && change.waiting_since.is_none() {
        change.waiting_since = Some(engine.now());
    }
    let event = NewEvent {
        actor: actor.event(),
        kind: "transition",
        action: Some(&t.action),
        from_status: Some(&c.status),
        to_status: Some(&to.id),
        body: (!body.is_empty()).then_some(body.as_str()),
        internal: false,
    };
    let now = engine.now();
    let pickup = p.pickup.as_ref().filter(|_| to.awaits_pickup).map(|pickup| super::PickupDue {
        org_id: c.org_id.clone(),
        until: super::pickup_until(pickup, now),
        to_confirm: pickup.to_confirm,
    });
    let mail = match update_for(actor, t, to) {
        Some(update) => {
            mails::case_update_with(engine, &c.applicant_id, &c.reference, &p, update, pickup.as_ref()).await?
        }
        None => vec![],
    };
    // Each body's deadline, in working days of the file's administration.
    let mut dues = vec![];
    if !commission.is_empty() {
        let cal = crate::clock::calendar_for(engine, &c.org_id).await?;
        let today = nafida_domain::Date::legal(now);
        for (_, b) in &commission {
            dues.push(cal.due_date(today, b.days, nafida_domain::catalog::DayCount::Working, 0).to_string());
        }
    }
    let mut tx = engine.db().begin().await?;
    if !cases::transition_in(&mut tx, &c.id, &change, &event, &req.attachments, &mails::outbox(&mail), now).await? {
        tx.rollback().await?;
        return Ok(Err(Refusal::Changed));
    }
    // An error here drops the transaction: nothing of the command persists.
    effects::apply_in(engine, &mut tx, c, prepared).await?;
    if let Some(due) = tax {
        let mut flags = c.flags.clone();
        flags.set(Flag::AwaitingPayment, true);
        let stored = flags.stored();
        if !nafida_store::payments::tax_due_in(&mut tx, &c.id, (c.flags.original(), &stored), "construction", due, now)
            .await?
        {
            tx.rollback().await?;
            return Ok(Err(Refusal::Changed));
        }
    }
    if !commission.is_empty() {
        let stored: Vec<_> = commission
            .iter()
            .map(|(org, _)| What::OpinionRequested { org: org.to_string() }.by(actor.event()))
            .collect();
        let asks: Vec<_> = commission
            .iter()
            .zip(&dues)
            .zip(&stored)
            .map(|(((org, b), due), ev)| {
                (
                    cases::CommissionAsk {
                        org_id: org.as_str(),
                        question: crate::permits::QUESTION,
                        due_date: due,
                        binding: b.binding,
                    },
                    ev.new_event(),
                )
            })
            .collect();
        cases::ask_commission_in(&mut tx, &c.id, actor.account_id(), &asks, now).await?;
    }
    if let Some(record) = &certificate {
        crate::documents::record_in(&mut tx, record).await?;
        let what = What::DocumentIssued { code: record.code.clone() };
        cases::add_event_in(&mut tx, &c.id, &what.by(actor.event()).new_event(), &[], now).await?;
    }
    if asks && !unlisted.is_empty() {
        let what = What::AskedUnlisted { document: unlisted.to_string(), reason: req.other_reason.trim().to_string() };
        cases::add_event_in(&mut tx, &c.id, &what.by(actor.event()).new_event(), &[], now).await?;
    }
    // A refused request is not kept paid for: its payment is refunded with the refusal.
    if to.phase == Phase::Rejected
        && let Some((amount, provider)) = nafida_store::payments::refund_in(&mut tx, &c.id, now).await?
    {
        let channel = if provider == "counter" { "counter" } else { "online" };
        let stored = What::Refunded { amount, channel: channel.into() }.by(actor.event());
        cases::add_event_in(&mut tx, &c.id, &stored.new_event(), &[], now).await?;
    }
    tx.commit().await?;
    Ok(Ok(()))
}

/// Until when a refused case may be appealed (none if it was not refused).
pub fn appeal_until(c: &CaseRow, p: &Procedure) -> Option<i64> {
    if c.phase != Phase::Rejected {
        return None;
    }
    c.decided_at.map(|refused| refused + i64::from(p.appeal_within_days) * 86_400_000)
}

/// Records a request for a document outside the procedure's list as what the law lets it be: a
/// message to the person, the clock running on, with the complaint it gives them the right to.
async fn ask_unlisted(
    engine: &Engine,
    actor: &Actor,
    c: &CaseRow,
    p: &Procedure,
    document: &str,
    reason: &str,
) -> Outcome<()> {
    let what = What::AskedUnlisted { document: document.to_string(), reason: reason.to_string() };
    let mail = mails::case_update(engine, &c.applicant_id, &c.reference, p, CaseUpdate::Step).await?;
    cases::add_event_with_mail(
        engine.db(),
        &c.id,
        &what.by(actor.event()).new_event(),
        &mails::outbox(&mail),
        engine.now(),
    )
    .await?;
    Ok(Ok(()))
}

/// The event's text, and the problems of what was sent.
fn body_of(p: &Procedure, t: &Transition, to: &Status, actor: &Actor, req: &Request) -> (String, Vec<Problem>) {
    let mut problems = vec![];
    let motivation = req.motivation.trim();
    if t.needs_motivation && motivation.chars().count() < 10 {
        problems.push(Problem::new("motivation", "motivation-required"));
    }
    if !to.waits_for_applicant || matches!(actor, Actor::Applicant { .. }) {
        return (motivation.to_string(), problems);
    }
    let listed: Vec<String> =
        req.documents.iter().filter(|d| p.documents.iter().any(|x| &x.id == *d)).cloned().collect();
    let other = req.other_document.trim();
    if listed.is_empty() && other.is_empty() {
        problems.push(Problem::new("documents", "request-empty"));
    }
    if !other.is_empty() && req.other_reason.trim().chars().count() < 10 {
        problems.push(Problem::new("other_reason", "unlisted-needs-reason"));
    }
    // A document outside the list is recorded apart, as a message (see `apply`).
    let request = DocumentRequest { listed, unlisted: None, comment: motivation.to_string() };
    (request.body(), problems)
}

/// What the person is told of a transition: nothing of their own actions, nor of the closing
/// of an answered complaint they did not reopen.
fn update_for(actor: &Actor, t: &Transition, to: &Status) -> Option<CaseUpdate> {
    if matches!(actor, Actor::Applicant { .. }) || (matches!(actor, Actor::System { .. }) && t.action == action::CLOSE)
    {
        return None;
    }
    Some(if to.waits_for_applicant {
        CaseUpdate::Documents
    } else if to.awaits_pickup {
        CaseUpdate::Ready
    } else if to.terminal || matches!(to.phase, Phase::Approved | Phase::Rejected) {
        // A refusal is a decision, even though it may still be appealed.
        CaseUpdate::Decision
    } else {
        CaseUpdate::Step
    })
}
