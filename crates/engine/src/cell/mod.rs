//! The provincial cell for Moroccans abroad: it follows the cases of people living abroad
//! handled by the administrations of its own province (each opening logged, with its reason,
//! in the history the person sees), receives its province's escalations only, and coordinates
//! without deciding for the administration (see `Actor::handles`).

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
    Ok(nafida_store::cases::followed(engine.db(), province.as_str(), FOLLOWED_PAGE).await?)
}
