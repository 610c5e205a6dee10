//! The administration's legal clock: the calendar of working days, the days left on a case,
//! and what a change of status does to the clock (entering a status that waits for the person
//! stops it; leaving it adds the days waited and pushes the due date back).

use std::collections::BTreeMap;

use nafida_domain::Date;
use nafida_domain::calendar::Calendar;
use nafida_domain::catalog::{DayCount, Phase, Procedure, Status, Workflow};
use nafida_store::cases::{CaseRow, Change};

use crate::{Engine, Result};
use nafida_domain::flags::Flag;

/// Days before the due date from which a case is `due-soon`.
pub const DUE_SOON_DAYS: i64 = 2;

/// The legal calendar, from the holidays table.
pub async fn calendar(engine: &Engine) -> Result<Calendar> {
    Ok(Calendar::new(nafida_store::catalog::holidays(engine.db()).await?.into_iter().map(|h| h.day)))
}

/// The working-day calendars of every administration, read once (the holiday table and the
/// map): Morocco's holidays, and for a consular post abroad its host country's public holidays
/// too (the post is closed on both).
#[derive(Debug, Clone)]
pub struct Calendars {
    moroccan: Calendar,
    /// Host country of each consular post abroad.
    hosts: BTreeMap<String, String>,
    /// Calendar of each host country.
    abroad: BTreeMap<String, Calendar>,
}

impl Calendars {
    /// Reads the holidays and the map once.
    pub async fn load(engine: &Engine) -> Result<Self> {
        let days: Vec<Date> = nafida_store::catalog::holidays(engine.db()).await?.into_iter().map(|h| h.day).collect();
        let year = Date::legal(engine.now()).year;
        let mut hosts = BTreeMap::new();
        let mut abroad = BTreeMap::new();
        for org in nafida_store::orgs::list(engine.db()).await? {
            if org.kind != nafida_domain::OrgKind::ConsularPost || org.country == "MA" {
                continue;
            }
            abroad.entry(org.country.clone()).or_insert_with(|| {
                let host = (year - 1..=year + 2).flat_map(|y| nafida_domain::host_holidays::holidays(&org.country, y));
                Calendar::new(days.iter().copied().chain(host))
            });
            hosts.insert(org.id.to_string(), org.country);
        }
        Ok(Calendars { moroccan: Calendar::new(days), hosts, abroad })
    }

    /// The calendar of an administration.
    pub fn of(&self, org_id: &str) -> &Calendar {
        self.hosts.get(org_id).and_then(|c| self.abroad.get(c)).unwrap_or(&self.moroccan)
    }
}

/// The working-day calendar of one administration (see [`Calendars`]).
pub async fn calendar_for(engine: &Engine, org_id: &str) -> Result<Calendar> {
    Ok(Calendars::load(engine).await?.of(org_id).clone())
}

/// Days left before the due date (negative when overdue), in the procedure's count.
pub fn days_left(cal: &Calendar, today: Date, due: &str, count: DayCount) -> i64 {
    Date::parse(due).map_or(0, |d| cal.days_between(today, d, count))
}

/// Days left on a case's clock (negative when overdue), in the procedure's count; while the
/// clock stands still (waiting for the person, or for a payment) the count stays where it
/// stopped.
pub fn clock_left(cal: &Calendar, now_millis: i64, c: &CaseRow, count: DayCount) -> i64 {
    let at = c.waiting_since.map_or(now_millis, |since| since.min(now_millis));
    days_left(cal, Date::legal(at), &c.due_date, count)
}

/// The new clock values when a case moves to `to`: entering a waiting status stops the clock;
/// leaving it adds the days waited and pushes the due date back.
pub async fn change_for<'a>(
    engine: &Engine,
    c: &'a CaseRow,
    p: &Procedure,
    w: &Workflow,
    to: &'a Status,
    action: &str,
) -> Result<Change<'a>> {
    let t = engine.now();
    // A request waiting for its payment keeps its clock stopped whatever its status.
    let awaiting = c.flags.has(Flag::AwaitingPayment);
    let was_stopped = w.status(&c.status).is_some_and(|s| s.waits_for_applicant) || awaiting;
    let will_stop = to.waits_for_applicant || awaiting;
    let mut stopped = c.stopped_days;
    let mut waiting_since = c.waiting_since;
    let mut due = c.due_date.clone();
    if was_stopped && !will_stop {
        if let Some(since) = c.waiting_since {
            (stopped, due) = restarted_clock(engine, c, p, since, t).await?;
        }
        waiting_since = None;
    } else if will_stop && !was_stopped {
        waiting_since = Some(t);
    }
    // A reopened complaint gets a whole answer period again, from the day it was reopened; an
    // appeal gets its own time limit.
    if action == crate::contracts::action::REOPEN {
        let cal = calendar_for(engine, &c.org_id).await?;
        due = cal.due_date(Date::legal(t), p.deadline.days, p.deadline.count, 0).to_string();
    }
    if action == crate::contracts::action::APPEAL {
        let cal = calendar_for(engine, &c.org_id).await?;
        due = cal.due_date(Date::legal(t), p.appeal_decided_within_days, DayCount::Calendar, 0).to_string();
    }
    Ok(Change {
        from_status: &c.status,
        to_status: &to.id,
        to_phase: to.phase,
        waiting_since,
        stopped_days: stopped,
        due_date: due,
        decided_at: (to.terminal || to.phase == Phase::Rejected).then_some(t),
    })
}

/// The clock of a case restarting at `t` after standing still since `since`: the days it has
/// been stopped in all, and the due date pushed back by them.
pub async fn restarted_clock(engine: &Engine, c: &CaseRow, p: &Procedure, since: i64, t: i64) -> Result<(i64, String)> {
    let cal = calendar_for(engine, &c.org_id).await?;
    let waited = cal.days_between(Date::legal(since), Date::legal(t), p.deadline.count).max(0);
    let stopped = c.stopped_days + waited;
    let extra = u32::try_from(stopped).unwrap_or(u32::MAX);
    let due = cal.due_date(Date::legal(c.filed_at), p.deadline.days, p.deadline.count, extra).to_string();
    Ok((stopped, due))
}

/// The due-date window of the `overdue` and `due-soon` queue filters, `[from, before)`:
/// overdue is before today; due soon is from today to the end of the second working day.
pub async fn due_window(engine: &Engine, filter: &str) -> Result<Option<(String, String)>> {
    let today = Date::legal(engine.now());
    Ok(match filter {
        "overdue" => Some((String::new(), today.to_string())),
        "due-soon" => {
            let cal = calendar(engine).await?;
            let second = cal.due_date(today, DUE_SOON_DAYS as u32, DayCount::Working, 0);
            Some((today.to_string(), Date::from_days_since_epoch(second.days_since_epoch() + 1).to_string()))
        }
        _ => None,
    })
}

/// After the holiday table changed: the due date of every running case is counted again over
/// the new calendar, and each case whose date moves gets an event saying so. Cases whose time
/// limit restarted (a reopened complaint, an appeal) keep theirs. Returns how many moved.
pub async fn recompute_due_dates(engine: &Engine) -> Result<usize> {
    let calendars = Calendars::load(engine).await?;
    let mut moved = 0;
    let mut after = String::new();
    loop {
        let batch = nafida_store::cases::running(engine.db(), &after, 200).await?;
        let Some(last) = batch.last() else { break };
        after = last.id.clone();
        for c in &batch {
            let history = crate::events::History::of_case(engine, &c.id).await?;
            let restarted = history.0.iter().any(|e| {
                matches!(e.what.action(), Some(a) if a == crate::contracts::action::REOPEN || a == crate::contracts::action::APPEAL)
            });
            if restarted {
                continue;
            }
            let (p, _) = crate::cases::procedure_of(engine, c).await?;
            let cal = calendars.of(&c.org_id);
            let extra = u32::try_from(c.stopped_days).unwrap_or(0);
            let due = cal.due_date(Date::legal(c.filed_at), p.deadline.days, p.deadline.count, extra).to_string();
            if due == c.due_date {
                continue;
            }
            let what = crate::events::What::DueDateMoved { from: c.due_date.clone(), to: due.clone() };
            let system = crate::Actor::system_for(&c.org_id);
            let stored = what.by(system.event());
            if nafida_store::cases::move_due_date(
                engine.db(),
                &c.id,
                &c.due_date,
                &due,
                &stored.new_event(),
                engine.now(),
            )
            .await?
            {
                moved += 1;
            }
        }
    }
    Ok(moved)
}
