//! Public tracking without an account: a request's reference and the birth date of the person
//! it concerns open its stage — the status in words, since when, and what comes next — and
//! nothing else (no name, no document, no history). An unknown reference and a wrong birth
//! date give the same answer, so the page says nothing about which requests exist; the edge
//! limits how often one address may ask.

use nafida_domain::catalog::Phase;
use nafida_domain::{CaseRef, Date, Names};

use crate::events::History;
use crate::{Engine, Result};

/// What a tracked request shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stage {
    /// Its reference.
    pub reference: String,
    /// The procedure's title.
    pub procedure: Names,
    /// The status, as the workflow names it.
    pub status: Names,
    /// Its phase (one vocabulary across services).
    pub phase: Phase,
    /// Since when it is at this status (UTC milliseconds).
    pub since: i64,
    /// The legal decision date, while a decision is awaited.
    pub due_date: Option<String>,
    /// Whether the request waits for the person to act (sign in to see what).
    pub waits_for_you: bool,
    /// Where and until when a ready document is to be collected, when it waits at a counter.
    pub pickup: Option<crate::cases::PickupDue>,
}

/// The birth dates a request may be tracked with: the person's own (from their profile), and
/// the one of the person the form concerns when it has one (a child's, a holder's).
async fn birth_dates(engine: &Engine, c: &nafida_store::cases::CaseRow) -> Result<Vec<Date>> {
    let mut dates = vec![];
    let profile = nafida_store::profiles::get(engine.db(), &c.applicant_id).await?;
    if let Some(d) = profile.birth_date.as_deref().and_then(|d| Date::parse(d).ok()) {
        dates.push(d);
    }
    let form: std::collections::BTreeMap<String, String> = serde_json::from_str(&c.form_data).unwrap_or_default();
    for (name, value) in &form {
        if name.ends_with("birth_date")
            && let Ok(d) = Date::parse(value)
        {
            dates.push(d);
        }
    }
    Ok(dates)
}

/// The stage of the request of this reference, if the birth date is one it may be tracked
/// with; `None` otherwise, the same for a reference that does not exist.
pub async fn track(engine: &Engine, reference: &str, birth_date: &str) -> Result<Option<Stage>> {
    let (Ok(reference), Ok(born)) = (CaseRef::parse(reference.trim()), Date::parse(birth_date.trim())) else {
        return Ok(None);
    };
    let Some(c) = nafida_store::cases::by_reference(engine.db(), reference.as_str()).await? else { return Ok(None) };
    if !birth_dates(engine, &c).await?.contains(&born) {
        return Ok(None);
    }
    let (procedure, workflow) = crate::cases::procedure_of(engine, &c).await?;
    let status = workflow.status(&c.status).map_or_else(
        || Names { ar: c.status.clone(), fr: c.status.clone(), en: c.status.clone() },
        |s| s.label.clone(),
    );
    let history = History::of_case(engine, &c.id).await?;
    let since = history.status_since(c.filed_at);
    let pickup = crate::cases::pickup_due(&procedure, &workflow, &c, since);
    let open = matches!(c.phase, Phase::Received | Phase::InProgress | Phase::WaitingForYou);
    Ok(Some(Stage {
        reference: c.reference.clone(),
        procedure: procedure.title.clone(),
        status,
        phase: c.phase,
        since,
        due_date: open.then(|| c.due_date.clone()),
        waits_for_you: c.phase == Phase::WaitingForYou,
        pickup,
    }))
}
