//! The provincial cell for Moroccans abroad: it follows the cases of people living abroad
//! handled by the administrations of its own province (each opening logged, with its reason,
//! in the history the person sees), receives its province's escalations only, and coordinates
//! without deciding for the administration (see `Actor::handles`).

pub mod assist;

use nafida_domain::{OrgId, OrgKind};
use nafida_store::cases::CaseRow;

use crate::{Actor, Engine, EngineError, Result};

/// How many followed cases a page lists.
pub const FOLLOWED_PAGE: i64 = 100;

/// The province of the cell the actor works at; not found for anyone else.
pub async fn province_of(engine: &Engine, actor: &Actor) -> Result<OrgId> {
    let Actor::Staff { org, .. } = actor else { return Err(EngineError::NotFound) };
    let cell = nafida_store::orgs::get(engine.db(), org).await?.ok_or(EngineError::NotFound)?;
    match (cell.kind, cell.parent) {
        (OrgKind::MreCell, Some(province)) => Ok(province),
        _ => Err(EngineError::NotFound),
    }
}

/// The open cases the actor's cell follows, escalated ones first.
pub async fn followed(engine: &Engine, actor: &Actor) -> Result<Vec<CaseRow>> {
    let province = province_of(engine, actor).await?;
    let Actor::Staff { org, .. } = actor else { return Err(EngineError::NotFound) };
    Ok(nafida_store::cases::followed(engine.db(), org.as_str(), province.as_str(), FOLLOWED_PAGE).await?)
}

/// The longest deadline the cell may give an administration, in working days.
pub const MAX_COORDINATION_DAYS: u32 = 30;

/// The cell asks the administration handling a case it follows to act, by a deadline of 1 to
/// 30 working days, with what is asked (10 to 4,000 characters); the administration sees it
/// with its opinions to give and answers it (done, scheduled, not possible), both in the
/// history the person sees. Returns the request's id.
pub async fn ask_coordination(
    engine: &Engine,
    actor: &Actor,
    c: &CaseRow,
    question: &str,
    days: &str,
) -> crate::Outcome<String> {
    use crate::refusal::{Arg, Problem, Refusal};
    let Actor::Staff { org, .. } = actor else { return Err(EngineError::NotFound) };
    if !actor.may_see(engine, c).await? || !crate::actor::follows(engine, org, c).await? {
        return Err(EngineError::NotFound);
    }
    if !c.phase.is_open() {
        return Ok(Err(Refusal::NotAllowed("coordination-closed")));
    }
    let mut problems = vec![];
    let question = question.trim();
    let max = crate::cases::staff::MAX_TEXT;
    if !(10..=max).contains(&question.chars().count()) {
        problems.push(Problem::new("question", "message-length").with("count", Arg::Count(max as i64)));
    }
    let days = days.trim().parse::<u32>().ok().filter(|d| (1..=MAX_COORDINATION_DAYS).contains(d));
    if days.is_none() {
        problems.push(
            Problem::new("days", "coordination-days").with("count", Arg::Count(i64::from(MAX_COORDINATION_DAYS))),
        );
    }
    let Some(days) = days.filter(|_| problems.is_empty()) else { return Ok(Err(Refusal::Invalid(problems))) };
    let cal = crate::clock::calendar_for(engine, &c.org_id).await?;
    let today = nafida_domain::Date::legal(engine.now());
    let due = cal.due_date(today, days, nafida_domain::catalog::DayCount::Working, 0).to_string();
    let stored = crate::events::What::CoordinationRequested { org: org.to_string() }.by(actor.event());
    let ask = nafida_store::cases::OpinionRequest {
        case_id: &c.id,
        org_id: &c.org_id,
        requested_by: actor.account_id(),
        question,
        due_date: &due,
        kind: crate::cases::staff::COORDINATION,
        asker_org_id: Some(org.as_str()),
    };
    Ok(Ok(nafida_store::cases::ask_opinion(engine.db(), &ask, &stored.new_event(), engine.now()).await?))
}

/// The fast lane's use in the cell's province over the last year: how many decided requests
/// went through it, their share, and the average days to a decision in it and outside it.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct LaneFigures {
    /// Decided in the fast lane.
    pub fast: i64,
    /// Decided outside it.
    pub other: i64,
    /// Average days from filing to decision in the fast lane.
    pub fast_days: Option<f64>,
    /// Average days outside it.
    pub other_days: Option<f64>,
}

impl LaneFigures {
    /// The fast lane's share of the decided requests, in percent.
    pub fn share(&self) -> Option<i64> {
        let all = self.fast + self.other;
        (all > 0).then(|| (self.fast * 100 + all / 2) / all)
    }
}

/// The fast lane's figures of the actor's cell's province, over the last 365 days.
pub async fn lane_figures(engine: &Engine, actor: &Actor) -> Result<LaneFigures> {
    let province = province_of(engine, actor).await?;
    let since = engine.now() - 365 * 86_400_000;
    let mut out = LaneFigures::default();
    for (fast, n, days) in nafida_store::cases::lane_figures(engine.db(), province.as_str(), since).await? {
        if fast {
            (out.fast, out.fast_days) = (n, Some(days));
        } else {
            (out.other, out.other_days) = (n, Some(days));
        }
    }
    Ok(out)
}
