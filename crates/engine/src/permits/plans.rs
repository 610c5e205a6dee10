//! A permit's plan set. The procedure's data names the plans each category of project needs
//! (situation, ground plans, façades, sections, structure…); each is one PDF within the set's
//! limit (large plans: received in a stream, spooled to the file store's staging folder, never
//! held whole in memory). The filing carries the whole set, refused naming each plan missing;
//! later, while the file is being examined, the applicant files corrected plans, each a new
//! version of its plan (the earlier versions stay in the file, marked superseded).

use nafida_domain::catalog::{Phase, Procedure};
use nafida_store::cases::{AttachmentRow, CaseRow};

use crate::cases::procedure_of;
use crate::events::What;
use crate::forms::{self, Submitted};
use crate::refusal::{Problem, Refusal};
use crate::{Actor, Engine, EngineError, Outcome, Result};

/// One version of a plan in a file.
#[derive(Debug, Clone)]
pub struct PlanVersion {
    /// The plan of the set.
    pub plan_id: String,
    /// Its version, from 1.
    pub version: i64,
    /// Whether a later version replaced it.
    pub superseded: bool,
    /// The file.
    pub attachment: AttachmentRow,
}

/// The plan of a set an attachment is a version of, if it is one.
pub fn plan_of(a: &AttachmentRow) -> Option<&str> {
    a.document_id.strip_prefix("plan-")
}

/// The versions of each plan among a case's files (in the order they were filed).
pub fn versions(attachments: &[AttachmentRow]) -> Vec<PlanVersion> {
    let mut out: Vec<PlanVersion> = vec![];
    for a in attachments {
        let Some(plan) = plan_of(a) else { continue };
        let version = 1 + out.iter().filter(|v| v.plan_id == plan).count() as i64;
        for earlier in out.iter_mut().filter(|v| v.plan_id == plan) {
            earlier.superseded = true;
        }
        out.push(PlanVersion { plan_id: plan.to_string(), version, superseded: false, attachment: a.clone() });
    }
    out
}

/// The current version of each plan of a case.
pub async fn current(engine: &Engine, c: &CaseRow) -> Result<Vec<PlanVersion>> {
    let all = nafida_store::cases::attachments(engine.db(), &c.id).await?;
    Ok(versions(&all).into_iter().filter(|v| !v.superseded).collect())
}

/// Whether a file still takes corrected plans: filed, not decided.
fn open(c: &CaseRow) -> bool {
    matches!(c.phase, Phase::Received | Phase::InProgress | Phase::WaitingForYou)
}

/// Whether the case's procedure has a plan set and the file still takes corrections.
pub fn takes_corrections(p: &Procedure, c: &CaseRow) -> bool {
    p.plans.is_some() && open(c)
}

/// The applicant (the architect, or the owner they file for) files corrected plans
/// (`plan_<id>` files): each a new version of its plan, checked as at filing.
pub async fn correct(engine: &Engine, actor: &Actor, c: &CaseRow, submitted: &Submitted) -> Outcome<()> {
    if !matches!(actor, Actor::Applicant { .. }) || !actor.may_see(engine, c).await? {
        return Err(EngineError::NotFound);
    }
    let (p, _) = procedure_of(engine, c).await?;
    if !takes_corrections(&p, c) {
        return Ok(Err(Refusal::NotAllowed("plans-closed")));
    }
    let Some(set) = &p.plans else { return Ok(Err(Refusal::NotAllowed("plans-closed"))) };
    let ids: Vec<String> = set.plans.iter().map(|plan| plan.id.clone()).collect();
    let mut problems: Vec<Problem> = vec![];
    let values = std::collections::BTreeMap::new();
    let uploads = forms::check_plans(&p, submitted, &values, Some(&ids), &mut problems);
    if !problems.is_empty() {
        return Ok(Err(Refusal::Invalid(problems)));
    }
    let attachments = match forms::store_plans(engine, &uploads).await? {
        Ok(stored) => stored,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let count = i64::try_from(attachments.len()).unwrap_or(0);
    let stored = What::PlansFiled(count).by(actor.event());
    if nafida_store::cases::add_files(engine.db(), &c.id, &c.status, &stored.new_event(), &attachments, engine.now())
        .await?
    {
        Ok(Ok(()))
    } else {
        Ok(Err(Refusal::NotAllowed("plans-closed")))
    }
}
