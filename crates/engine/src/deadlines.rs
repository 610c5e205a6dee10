//! The deadline engine: a job, safe to run on several nodes at once, that looks at every case
//! whose legal clock runs and
//! - flags it `due-soon` (two days or fewer left) or `overdue`;
//! - when it becomes overdue, escalates it to the supervisors of its administration, and after
//!   five more days to the provincial cell (events in its history, flags `escalated`,
//!   `escalated-cell`), and tells the person on the channels they chose;
//! - applies tacit approval where the procedure's silence rule says so (law 55-19): the case is
//!   approved by the platform and a certificate of administrative silence becomes available.
//!
//! Every change is guarded by the value it replaces, so a second node running the same pass
//! changes nothing and writes no duplicate event.

use nafida_domain::Date;
use nafida_domain::catalog::Silence;
use nafida_store::cases::{self, EventActor};

use crate::cases::procedure_of as case_procedure;
use crate::cases::transition::{self, Request};
use crate::clock as casework;
use crate::contracts::action;
use crate::events::{Escalation, What};
use crate::{Actor, Engine, Result};
use nafida_domain::flags::Flag;

pub use crate::clock::DUE_SOON_DAYS;
/// Days overdue after which the provincial cell is alerted.
pub const CELL_AFTER_DAYS: i64 = 5;

/// What one pass did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Pass {
    /// Cases looked at.
    pub checked: usize,
    /// Cases whose flags changed.
    pub flagged: usize,
    /// Escalations written.
    pub escalated: usize,
    /// Tacit approvals applied.
    pub tacit: usize,
    /// Answered complaints closed once their period to reopen passed.
    pub closed: usize,
    /// Appointment reminders sent (two days and two hours before).
    pub reminders: usize,
}

/// Runs one pass over every running case.
pub async fn run_once(engine: &Engine) -> Result<Pass> {
    let calendars = crate::clock::Calendars::load(engine).await?;
    let now = engine.clock().now().millis();
    let today = Date::legal(now);
    let mut pass = Pass::default();
    let mut after = String::new();
    loop {
        let batch = cases::running_clock(engine.db(), &after, 500).await?;
        let Some(last) = batch.last() else { break };
        after = last.id.clone();
        for c in &batch {
            pass.checked += 1;
            let (p, w) = case_procedure(engine, c).await?;
            let cal = calendars.of(&c.org_id);
            let left = casework::days_left(cal, today, &c.due_date, p.deadline.count);
            if left < 0 && p.silence == Silence::TacitApproval {
                // The administration stayed silent: approved by the platform (the person is
                // told, and may download the certificate of administrative silence).
                let tacit =
                    Request { motivation: "silence-certificate".into(), ..Request::action(action::TACIT_APPROVAL) };
                if transition::apply(engine, &Actor::system(), c, &tacit).await?.is_ok() {
                    pass.tacit += 1;
                }
                continue;
            }
            let old = c.flags.clone();
            let mut new = old.clone();
            new.set(Flag::Overdue, left < 0).set(Flag::DueSoon, (0..=DUE_SOON_DAYS).contains(&left));
            // Still in its first status past the routing delay (a complaint not routed within
            // 15 days): flagged, and the supervisors told once.
            let routing_late = p.route_within_days.is_some_and(|days| {
                c.status == w.initial
                    && today.days_since_epoch() - Date::legal(c.filed_at).days_since_epoch() > i64::from(days)
            });
            new.set(Flag::RoutingOverdue, routing_late);
            let mut escalation = None;
            if left < 0 && !old.has(Flag::Escalated) {
                new.set(Flag::Escalated, true);
                escalation = Some(Escalation::Supervisor);
            } else if left < -CELL_AFTER_DAYS && !old.has(Flag::EscalatedCell) {
                new.set(Flag::EscalatedCell, true);
                escalation = Some(Escalation::Cell);
            } else if routing_late && !old.has(Flag::RoutingOverdue) {
                escalation = Some(Escalation::Routing);
            }
            if new == old {
                continue;
            }
            let system = EventActor { id: None, role: "system", org_id: None };
            let stored = escalation.map(|level| What::Escalated(level).by(system));
            let event = stored.as_ref().map(|s| s.new_event());
            let mut mails = vec![];
            if let Some(level) = escalation {
                let org = crate::orgs::name(engine, &c.org_id, "fr").await?;
                for (email, lang) in
                    nafida_store::accounts::escalation_recipients(engine.db(), &c.org_id, level == Escalation::Cell)
                        .await?
                {
                    let lang = crate::i18n::Lang::parse(&lang).unwrap_or(crate::i18n::Lang::DEFAULT);
                    let org = if lang == crate::i18n::Lang::Fr {
                        org.clone()
                    } else {
                        crate::orgs::name(engine, &c.org_id, lang.code()).await?
                    };
                    mails.push(crate::mails::render_escalation(engine, lang, &email, &p, &c.reference, &org));
                }
            }
            if escalation == Some(Escalation::Supervisor) {
                // The person is told too: the time limit passed and the case went up.
                let update = crate::mails::CaseUpdate::Overdue;
                mails.extend(crate::mails::case_update(engine, &c.applicant_id, &c.reference, &p, update).await?);
            }
            let outbox = crate::mails::outbox(&mails);
            if cases::set_flags(engine.db(), &c.id, c.flags.original(), &new.stored(), event.as_ref(), &outbox, now)
                .await?
            {
                pass.flagged += 1;
                if event.is_some() {
                    pass.escalated += 1;
                }
            }
        }
    }
    pass.closed = crate::complaints::close_answered(engine).await?;
    pass.reminders = crate::appointments::send_reminders(engine).await?;
    Ok(pass)
}

/// How long sent mails are kept (the privacy notice says 90 days).
pub const MAIL_RETENTION_MS: i64 = 90 * 86_400_000;

/// How long a citizen's account data is kept after the last sign-in (the privacy notice says
/// two years).
pub const ACCOUNT_RETENTION_MS: i64 = 2 * 365 * 86_400_000;

/// Housekeeping run with the deadline pass: erase sent mails past their retention, expired
/// rate-limit windows, and the account data of citizens inactive for two years (with no open
/// request). Returns `(mails, windows, accounts)` erased.
pub async fn housekeeping(engine: &Engine) -> Result<(u64, u64, u64)> {
    let now = engine.clock().now().millis();
    let mails = nafida_store::mail::purge_sent(engine.db(), now - MAIL_RETENTION_MS).await?;
    let windows = nafida_store::ratelimit::purge(engine.db(), now - 2 * 86_400_000).await?;
    let accounts = nafida_store::accounts::erase_inactive(engine.db(), now - ACCOUNT_RETENTION_MS, now).await?;
    Ok((mails, windows, accounts))
}
