//! Who files a permit where the law requires an architect (law 12-90 and its decrees): an
//! account that declared its registration number with the National Order of Architects, checked
//! once by an urbanism agent. The number's format is not in our sources: 2 to 20 letters,
//! digits, `/` or `-` (to confirm with the Order).

use nafida_domain::{OrgKind, Role};
use nafida_store::accounts::Account;
use nafida_store::architects::{self, ArchitectRow};

use crate::refusal::{Problem, Refusal};
use crate::{Actor, Engine, EngineError, Outcome, Result};

/// The applicant kind of the procedures an architect files.
pub const APPLICANT: &str = "architect";

/// How many declarations the agents' list shows.
pub const PENDING_PAGE: i64 = 100;

/// Whether a procedure is filed only by an architect (one that the person may also file
/// themselves, a renovation or a habitation permit, is not).
pub fn required(p: &nafida_domain::catalog::Procedure) -> bool {
    !p.applicants.is_empty() && p.applicants.iter().all(|a| a == APPLICANT)
}

/// Whether the account is an architect whose number an agent checked.
pub async fn is_checked(engine: &Engine, user_id: &str) -> Result<bool> {
    Ok(architects::get(engine.db(), user_id).await?.is_some_and(|a| a.checked_at.is_some()))
}

/// The account's declaration, if any.
pub async fn of(engine: &Engine, user_id: &str) -> Result<Option<ArchitectRow>> {
    Ok(architects::get(engine.db(), user_id).await?)
}

/// A person declares their registration number (or corrects it, until it is checked).
pub async fn declare(engine: &Engine, account: &Account, number: &str) -> Outcome<()> {
    if account.role != Role::Citizen {
        return Err(EngineError::NotFound);
    }
    let number = number.trim().to_uppercase();
    let ok = (2..=20).contains(&number.chars().count())
        && number.chars().all(|c| c.is_ascii_alphanumeric() || c == '/' || c == '-');
    if !ok {
        return Ok(Err(Refusal::Invalid(vec![Problem::new("order_number", "architect-number")])));
    }
    match architects::declare(engine.db(), &account.id, &number, engine.now()).await {
        Ok(true) => Ok(Ok(())),
        Ok(false) => Ok(Err(Refusal::NotAllowed("architect-checked"))),
        Err(nafida_store::StoreError::Conflict(_)) => {
            Ok(Err(Refusal::Invalid(vec![Problem::new("order_number", "architect-number-taken")])))
        }
        Err(e) => Err(e.into()),
    }
}

/// Whether the actor works at an urbanism service (who checks architects).
async fn urbanism_staff(engine: &Engine, actor: &Actor) -> Result<bool> {
    let Actor::Staff { org, .. } = actor else { return Ok(false) };
    Ok(nafida_store::orgs::get(engine.db(), org).await?.is_some_and(|o| o.kind == OrgKind::UrbanismService))
}

/// The declarations to check, for an urbanism agent; not found for anyone else.
pub async fn pending(engine: &Engine, actor: &Actor) -> Result<Vec<ArchitectRow>> {
    if !urbanism_staff(engine, actor).await? {
        return Err(EngineError::NotFound);
    }
    Ok(architects::pending(engine.db(), PENDING_PAGE).await?)
}

/// An urbanism agent records that the number is on the Order's roll (once).
pub async fn check(engine: &Engine, actor: &Actor, user_id: &str) -> Outcome<()> {
    if !urbanism_staff(engine, actor).await? {
        return Err(EngineError::NotFound);
    }
    let by = actor.account_id().ok_or(EngineError::NotFound)?;
    if architects::get(engine.db(), user_id).await?.is_none() {
        return Err(EngineError::NotFound);
    }
    if architects::check(engine.db(), user_id, by, engine.now()).await? {
        Ok(Ok(()))
    } else {
        Ok(Err(Refusal::NotAllowed("architect-checked")))
    }
}
