//! Who obtained an act, and who consulted it. Every document drawn from an act is logged
//! against it (by the issuance's own transaction) with the ground it was issued on — the
//! applicant's relation to the holder —, and every reading of the act by staff with its
//! reason. The holder, once their account is linked to their act (a document issued to them
//! as its holder), sees the list, as they see who looked at their requests.

use nafida_store::civil::ActRow;
use nafida_store::identity::{self, ActAccess};

use crate::{Actor, Engine, Result};

/// An act held by the account, with its log, latest first.
#[derive(Debug, Clone)]
pub struct HeldAct {
    /// The act.
    pub act: ActRow,
    /// Its office's name, in the language asked.
    pub office: String,
    /// Who obtained or consulted it.
    pub log: Vec<Access>,
}

/// One entry of the log as the holder reads it.
#[derive(Debug, Clone)]
pub struct Access {
    /// The entry.
    pub entry: ActAccess,
    /// Whether the holder themself obtained it.
    pub by_holder: bool,
    /// The name of the person who obtained it (as their account gives it), when not the holder.
    pub person: Option<String>,
    /// The administration that issued it or whose staff consulted it.
    pub office: Option<String>,
}

/// The acts whose holder is this account, each with who obtained and consulted it.
pub async fn held(engine: &Engine, account_id: &str, lang: &str) -> Result<Vec<HeldAct>> {
    let mut out = vec![];
    let names = crate::orgs::OrgNames::load(engine, lang).await?;
    for act_id in identity::acts_held(engine.db(), account_id).await? {
        let Some(act) = nafida_store::civil::get(engine.db(), &act_id).await? else { continue };
        let mut log = vec![];
        for entry in identity::access_log(engine.db(), &act_id).await? {
            let by_holder = entry.by_user_id.as_deref() == Some(account_id);
            let person = match (&entry.by_user_id, entry.kind.as_str(), by_holder) {
                (Some(id), "issued", false) => nafida_store::accounts::get(engine.db(), id)
                    .await?
                    .map(|a| if a.display_name.is_empty() { a.email } else { a.display_name }),
                _ => None,
            };
            let office = entry.org_id.as_deref().map(|org| names.get(org));
            log.push(Access { entry, by_holder, person, office });
        }
        let office = names.get(&act.office_id);
        out.push(HeldAct { act, office, log });
    }
    Ok(out)
}

/// Logs that a staff member read an act (to review a request for it).
pub async fn consulted(
    engine: &Engine,
    actor: &Actor,
    act: &ActRow,
    case_id: Option<&str>,
    ground: &str,
) -> Result<()> {
    let event = actor.event();
    identity::log_access(
        engine.db(),
        &ActAccess {
            act_id: act.id.clone(),
            kind: "consulted".into(),
            by_user_id: event.id.map(str::to_string),
            by_role: event.role.to_string(),
            org_id: event.org_id.map(str::to_string),
            case_id: case_id.map(str::to_string),
            document_kind: None,
            document_code: None,
            ground: ground.to_string(),
            created_at: engine.now(),
        },
    )
    .await?;
    Ok(())
}
