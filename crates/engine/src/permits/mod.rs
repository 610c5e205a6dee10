//! Permits (building, renovation, demolition, habitation, licences): the commission. When a
//! file goes before the commission, every body its procedure names (the urban agency, civil
//! protection… of the file's province) is asked for its opinion at once, each with its own
//! deadline, in the transition's transaction. An opinion marked binding (the urban agency's
//! "avis conforme") must be given, and not unfavourable, before the file leaves the
//! commission other than by a refusal or a withdrawal. An opinion given after its deadline is
//! recorded, and shown late.

use nafida_domain::catalog::{CommissionBody, Procedure};
use nafida_domain::{Date, OrgId, OrgKind};
use nafida_store::cases::{CaseRow, Opinion};

use crate::refusal::{Arg, Problem};
use crate::{Engine, EngineError, Result};

/// The question of a commission's opinion (the views show it in the reader's language).
pub const QUESTION: &str = "commission";

/// The province an administration belongs to (itself if it is one).
pub async fn province_of(engine: &Engine, org: &str) -> Result<Option<OrgId>> {
    let mut id = OrgId::parse(org).map_err(EngineError::internal)?;
    for _ in 0..16 {
        let Some(o) = nafida_store::orgs::get(engine.db(), &id).await? else { return Ok(None) };
        if o.kind == OrgKind::Province {
            return Ok(Some(id));
        }
        match o.parent {
            Some(parent) => id = parent,
            None => return Ok(None),
        }
    }
    Ok(None)
}

/// The bodies a file goes to: for each body of the procedure's commission that applies to
/// the file's answers, the administration of its kind in the file's province; a problem naming
/// each kind the province has none of.
pub async fn bodies(
    engine: &Engine,
    c: &CaseRow,
    p: &Procedure,
) -> Result<std::result::Result<Vec<(OrgId, CommissionBody)>, Vec<Problem>>> {
    let Some(commission) = &p.commission else { return Ok(Ok(vec![])) };
    let answers: std::collections::BTreeMap<String, String> = serde_json::from_str(&c.form_data).unwrap_or_default();
    let Some(province) = province_of(engine, &c.org_id).await? else {
        return Ok(Err(vec![Problem::new("commission", "commission-no-province")]));
    };
    let below = nafida_store::orgs::subtree_ids(engine.db(), &province).await?;
    let all = nafida_store::orgs::list(engine.db()).await?;
    let mut out = vec![];
    let mut problems = vec![];
    for body in &commission.bodies {
        if let Some((field, equals)) = &body.only_if
            && answers.get(field) != Some(equals)
        {
            continue;
        }
        match all.iter().find(|o| o.kind == body.kind && below.contains(&o.id)) {
            Some(o) => out.push((o.id.clone(), body.clone())),
            None => problems.push(
                Problem::new("commission", "commission-body-missing").with("kind", Arg::Key(org_kind_key(body.kind))),
            ),
        }
    }
    Ok(if problems.is_empty() { Ok(out) } else { Err(problems) })
}

/// The translation key of a kind of administration.
fn org_kind_key(kind: OrgKind) -> &'static str {
    match kind {
        OrgKind::UrbanAgency => "org-kind-urban-agency",
        OrgKind::CivilProtection => "org-kind-civil-protection",
        OrgKind::UrbanismService => "org-kind-urbanism-service",
        OrgKind::Commune => "org-kind-commune",
        _ => "org-kind-other",
    }
}

/// Why the file cannot leave the commission yet: each binding opinion not given, or
/// unfavourable, named by its body.
pub async fn blockers(engine: &Engine, c: &CaseRow, lang: &str) -> Result<Vec<Problem>> {
    let mut problems = vec![];
    for o in nafida_store::cases::opinions_of(engine.db(), &c.id).await?.iter().filter(|o| o.binding) {
        let name = crate::orgs::name(engine, &o.org_id, lang).await?;
        match o.verdict.as_deref() {
            None => problems.push(Problem::new("commission", "binding-pending").with("org", Arg::Text(name))),
            Some("unfavourable") => {
                problems.push(Problem::new("commission", "binding-unfavourable").with("org", Arg::Text(name)))
            }
            Some(_) => {}
        }
    }
    Ok(problems)
}

/// Whether an opinion was (or is, not given yet) past its deadline at `now`.
pub fn late(o: &Opinion, now: i64) -> bool {
    let Ok(due) = Date::parse(&o.due_date) else { return false };
    Date::legal(o.answered_at.unwrap_or(now)) > due
}

/// A file's commission as its applicant and its agents follow it: each body's opinion, given
/// or awaited, binding or not, late or not.
pub async fn timeline(engine: &Engine, c: &CaseRow) -> Result<Vec<Opinion>> {
    Ok(nafida_store::cases::opinions_of(engine.db(), &c.id)
        .await?
        .into_iter()
        .filter(|o| o.kind == "opinion" && o.question == QUESTION)
        .collect())
}
