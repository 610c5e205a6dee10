//! Cases: finding one as an actor may see it, and the commands on it (filing, the one
//! transition entry point, the staff's and the person's other actions).

pub mod applicant;
pub mod filing;
pub mod staff;
pub mod transition;
pub mod unsigned;

use nafida_domain::CaseRef;
use nafida_store::cases::{self, CaseRow};

use crate::catalog::Pinned;
pub use crate::events::{DocumentRequest, ViewReason};
use crate::events::{History, What};
use crate::{Actor, Engine, EngineError, Result};

/// What a queue can be filtered on: the deadline job's windows and the indexed flags.
pub const QUEUE_FILTERS: &[&str] =
    &["overdue", "due-soon", "escalated", "fast-lane", "possible-duplicate", "awaiting-payment"];

/// The procedure version a case was filed under, with its workflow as it was then.
pub async fn procedure_of(engine: &Engine, c: &CaseRow) -> Result<Pinned> {
    engine.catalog().version(engine.db(), &c.procedure_id, c.procedure_version).await.map_err(EngineError::Internal)
}

/// The case of this reference if the actor may see it; [`EngineError::NotFound`] otherwise,
/// exactly as for a reference that does not exist.
pub async fn find(engine: &Engine, actor: &Actor, reference: &str) -> Result<CaseRow> {
    let r = CaseRef::parse(reference).map_err(|_| EngineError::NotFound)?;
    let c = cases::by_reference(engine.db(), r.as_str()).await?.ok_or(EngineError::NotFound)?;
    if actor.may_see(engine, &c).await? { Ok(c) } else { Err(EngineError::NotFound) }
}

/// The case again, as it is now.
pub async fn reload(engine: &Engine, c: &CaseRow) -> Result<CaseRow> {
    cases::by_id(engine.db(), &c.id).await?.ok_or(EngineError::NotFound)
}

/// Records that a staff member or a partner system opened a person's file ("who looked at my
/// file"): every agent read of a person's file is logged in the history the person sees.
pub async fn record_view(engine: &Engine, actor: &Actor, c: &CaseRow, reason: ViewReason) -> Result<()> {
    let stored = What::Viewed(reason).by(actor.event());
    cases::add_event(engine.db(), &c.id, &stored.new_event(), engine.now()).await?;
    Ok(())
}

/// The last request for documents on a case, if any.
pub async fn last_document_request(engine: &Engine, c: &CaseRow) -> Result<Option<DocumentRequest>> {
    Ok(History::of_case(engine, &c.id).await?.last_document_request())
}

/// Where and until when a document made for the person is to be collected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickupDue {
    /// The administration holding it (the case's).
    pub org_id: String,
    /// The last day to collect it (legal time).
    pub until: nafida_domain::Date,
    /// Whether the period is still to be confirmed.
    pub to_confirm: bool,
}

/// The pickup due of a case at a status that awaits pickup, ready since `since`; `None` at any
/// other status or for a procedure without a pickup period.
pub fn pickup_due(
    p: &nafida_domain::catalog::Procedure,
    w: &nafida_domain::catalog::Workflow,
    c: &CaseRow,
    since: i64,
) -> Option<PickupDue> {
    let pickup = p.pickup.as_ref()?;
    if !w.status(&c.status).is_some_and(|s| s.awaits_pickup) {
        return None;
    }
    Some(PickupDue { org_id: c.org_id.clone(), until: pickup_until(pickup, since), to_confirm: pickup.to_confirm })
}

/// The last day to collect a document ready at `since`.
pub fn pickup_until(pickup: &nafida_domain::catalog::Pickup, since: i64) -> nafida_domain::Date {
    let ready = nafida_domain::Date::legal(since);
    nafida_domain::Date::from_days_since_epoch(ready.days_since_epoch() + i64::from(pickup.within_days))
}

/// Whether a case was approved because the administration stayed silent past the deadline.
pub async fn tacitly_approved(engine: &Engine, c: &CaseRow) -> Result<bool> {
    Ok(History::of_case(engine, &c.id).await?.tacitly_approved())
}
