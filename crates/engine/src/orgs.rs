//! Administrations as commands and documents name them.

use std::collections::BTreeMap;

use nafida_domain::{Org, OrgId, OrgKind};

use crate::{Engine, EngineError, Result};

/// The province an administration belongs to (itself if it is one), from one read of the map.
pub async fn province_of(engine: &Engine, org_id: &str) -> Result<Option<Org>> {
    let all = nafida_store::orgs::list(engine.db()).await?;
    let mut current = all.iter().find(|o| o.id.as_str() == org_id);
    while let Some(org) = current {
        if org.kind == OrgKind::Province {
            return Ok(Some(org.clone()));
        }
        current = org.parent.as_ref().and_then(|p| all.iter().find(|o| &o.id == p));
    }
    Ok(None)
}

/// The name of an administration in a language (its id if it is unknown).
pub async fn name(engine: &Engine, id: &str, lang: &str) -> Result<String> {
    let Ok(org) = OrgId::parse(id) else { return Ok(id.to_string()) };
    Ok(nafida_store::orgs::get(engine.db(), &org)
        .await?
        .map_or_else(|| id.to_string(), |o| o.name.get(lang).to_string()))
}

/// Names of every administration in one language, read once for a page or a list.
#[derive(Debug, Clone, Default)]
pub struct OrgNames(BTreeMap<String, String>);

impl OrgNames {
    /// From a list already read.
    pub fn from_orgs(orgs: &[Org], lang: &str) -> Self {
        OrgNames(orgs.iter().map(|o| (o.id.to_string(), o.name.get(lang).to_string())).collect())
    }

    /// Reads every administration's name.
    pub async fn load(engine: &Engine, lang: &str) -> Result<Self> {
        Ok(Self::from_orgs(&nafida_store::orgs::list(engine.db()).await?, lang))
    }

    /// Whether the administration is known.
    pub fn knows(&self, id: &str) -> bool {
        self.0.contains_key(id)
    }

    /// The name of an administration, or its id.
    pub fn get(&self, id: &str) -> String {
        self.0.get(id).cloned().unwrap_or_else(|| id.to_string())
    }
}

/// The administration that handles a case routed to `chosen`: the chosen one if it is of the
/// responsible kind, else its service of that kind (a commune's urbanism service or
/// civil-status office).
pub async fn responsible(engine: &Engine, chosen: &str, kind: OrgKind) -> Result<Option<String>> {
    let all = nafida_store::orgs::list(engine.db()).await?;
    let Some(org) = all.iter().find(|o| o.id.as_str() == chosen) else { return Ok(None) };
    if org.kind == kind || matches!((org.kind, kind), (OrgKind::ConsularPost, OrgKind::CivilStatusOffice)) {
        return Ok(Some(org.id.to_string()));
    }
    all.iter()
        .find(|o| o.parent.as_ref() == Some(&org.id) && o.kind == kind)
        .map(|o| Some(o.id.to_string()))
        .ok_or_else(|| EngineError::Internal(format!("no {} under {chosen}", kind.as_str())))
}
