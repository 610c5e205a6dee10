//! Who acts, and what they may see. Every command takes an [`Actor`]; the same rules serve
//! the HTML pages, the JSON API (a partner system of an administration acts exactly as an
//! agent of that administration), the deadline job and the demo.

use nafida_domain::{OrgId, OrgKind, Role, catalog};
use nafida_store::cases::{CaseRow, EventActor};

use crate::{Engine, EngineError, Result};

/// Who is acting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// The person who filed (or their representative's account).
    Applicant {
        /// Their account.
        account_id: String,
    },
    /// A staff member of an administration.
    Staff {
        /// Their account.
        account_id: String,
        /// Agent, supervisor or admin.
        role: Role,
        /// Their administration.
        org: OrgId,
    },
    /// A partner system holding a token of one administration: an agent of it.
    Partner {
        /// The administration.
        org: OrgId,
    },
    /// The platform issuing, on an office's behalf, a civil-status document to the holder of
    /// the act whose checked identity matches it (the only issuance without an agent's review).
    /// The workflow knows it as an agent of that office; the history, as the platform.
    Platform {
        /// The office.
        org: String,
    },
    /// The platform itself (the deadline job: escalations, tacit approval, closing).
    System {
        /// The administration it acts for, when there is one.
        org: Option<String>,
    },
}

impl Actor {
    /// The applicant with this account.
    pub fn applicant(account_id: &str) -> Self {
        Actor::Applicant { account_id: account_id.to_string() }
    }

    /// The platform acting on a case of `org`.
    pub fn system_for(org: &str) -> Self {
        Actor::System { org: Some(org.to_string()) }
    }

    /// The platform with no administration (the deadline job).
    pub fn system() -> Self {
        Actor::System { org: None }
    }

    /// The account acting, if a person.
    pub fn account_id(&self) -> Option<&str> {
        match self {
            Actor::Applicant { account_id } | Actor::Staff { account_id, .. } => Some(account_id),
            Actor::Partner { .. } | Actor::System { .. } | Actor::Platform { .. } => None,
        }
    }

    /// The staff role the actor acts with (a partner is an agent).
    pub fn staff_role(&self) -> Option<Role> {
        match self {
            Actor::Staff { role, .. } => Some(*role),
            Actor::Partner { .. } | Actor::Platform { .. } => Some(Role::Agent),
            Actor::Applicant { .. } | Actor::System { .. } => None,
        }
    }

    /// Whether the actor supervises (assigns cases, sets the fast lane).
    pub fn supervises(&self) -> bool {
        matches!(self.staff_role(), Some(Role::Supervisor | Role::Admin))
    }

    /// The actor as the workflow knows it.
    pub fn workflow(&self) -> catalog::Actor {
        match self {
            Actor::Applicant { .. } => catalog::Actor::Applicant,
            Actor::Staff { role, .. } => catalog::Actor::Staff(*role),
            Actor::Partner { .. } | Actor::Platform { .. } => catalog::Actor::Staff(Role::Agent),
            Actor::System { .. } => catalog::Actor::System,
        }
    }

    /// The actor as the history records it.
    pub fn event(&self) -> EventActor<'_> {
        match self {
            Actor::Applicant { account_id } => EventActor { id: Some(account_id), role: "applicant", org_id: None },
            Actor::Staff { account_id, role, org } => {
                EventActor { id: Some(account_id), role: role.as_str(), org_id: Some(org.as_str()) }
            }
            Actor::Partner { org } => EventActor { id: None, role: "agent", org_id: Some(org.as_str()) },
            Actor::System { org } => EventActor { id: None, role: "system", org_id: org.as_deref() },
            Actor::Platform { org } => EventActor { id: None, role: "system", org_id: Some(org) },
        }
    }

    /// Whether the actor may see a case of administration `org` filed by `applicant_id`.
    pub async fn may_see(&self, engine: &Engine, c: &CaseRow) -> Result<bool> {
        match self {
            // The applicant, or the owner an architect filed for under their mandate.
            Actor::Applicant { account_id } => Ok(c.applicant_id == *account_id
                || nafida_store::mandates::owner_of_case(engine.db(), &c.id)
                    .await?
                    .is_some_and(|(owner, _)| owner == *account_id)),
            Actor::Staff { role, org, .. } => {
                let target = OrgId::parse(&c.org_id).map_err(EngineError::internal)?;
                Ok(covers(engine, org, *role, &target).await? || follows(engine, org, c).await?)
            }
            Actor::Partner { org } => Ok(c.org_id == org.as_str() || produces(engine, org, c).await?),
            Actor::Platform { org } => Ok(c.org_id == *org),
            Actor::System { .. } => Ok(true),
        }
    }
}

/// Whether the partner system of `org` is the production service of the case's document: a
/// passport service's system follows the passports filed at every post (it moves them through
/// the production stages), as the requests of its own desk.
async fn produces(engine: &Engine, org: &OrgId, c: &CaseRow) -> Result<bool> {
    let responsible = engine.catalog().catalog.procedures.get(&c.procedure_id).map(|p| p.responsible);
    if responsible != Some(OrgKind::PassportService) {
        return Ok(false);
    }
    Ok(nafida_store::orgs::get(engine.db(), org).await?.is_some_and(|o| o.kind == OrgKind::PassportService))
}

/// Whether the administration `own` is a provincial cell that follows the case: a case of a
/// person living abroad (or one escalated to the cell), handled by an administration of the
/// cell's own province, or one the cell filed for a visitor. The cell receives, guides and coordinates; it does not decide for the
/// administration (see [`Actor::handles`]).
pub async fn follows(engine: &Engine, own: &OrgId, c: &CaseRow) -> Result<bool> {
    let Some(cell) = nafida_store::orgs::get(engine.db(), own).await? else { return Ok(false) };
    let (OrgKind::MreCell, Some(province)) = (cell.kind, cell.parent) else { return Ok(false) };
    // A request the cell filed for a visitor without an account, wherever it is handled, until
    // the visitor claims it.
    if let Some(record) = nafida_store::person_records::get(engine.db(), &c.applicant_id).await?
        && record.org_id == own.as_str()
        && record.claimed_at.is_none()
    {
        return Ok(true);
    }
    let target = OrgId::parse(&c.org_id).map_err(EngineError::internal)?;
    if !nafida_store::orgs::subtree_ids(engine.db(), &province).await?.contains(&target) {
        return Ok(false);
    }
    if c.flags.has(nafida_domain::flags::Flag::EscalatedCell) {
        return Ok(true);
    }
    let profile = nafida_store::profiles::get(engine.db(), &c.applicant_id).await?;
    Ok(profile.residence_country.as_deref().is_some_and(|country| !country.is_empty() && country != "MA"))
}

impl Actor {
    /// Whether the actor works on the case for its administration (decides, assigns, moves it
    /// on): it may see it, and not only as the provincial cell following it.
    pub async fn handles(&self, engine: &Engine, c: &CaseRow) -> Result<bool> {
        match self {
            Actor::Staff { role, org, .. } => {
                let target = OrgId::parse(&c.org_id).map_err(EngineError::internal)?;
                covers(engine, org, *role, &target).await
            }
            other => other.may_see(engine, c).await,
        }
    }
}

/// Whether a staff member of `own` with `role` may see the administration `target`: their
/// own; for a supervisor or an admin, also every administration below theirs.
pub async fn covers(engine: &Engine, own: &OrgId, role: Role, target: &OrgId) -> Result<bool> {
    if target == own {
        return Ok(true);
    }
    if role == Role::Agent {
        return Ok(false);
    }
    Ok(nafida_store::orgs::subtree_ids(engine.db(), own).await?.contains(target))
}
