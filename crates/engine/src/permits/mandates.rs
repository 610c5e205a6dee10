//! The owner's mandate. Where the law requires an architect, the architect files for the owner
//! of the plot; the owner, most often living abroad, gives the mandate online from their own
//! account (signed in: no paper to legalise at a consulate and send). The architect's filing
//! names one of the mandates given to them for that procedure, which it uses once, in the
//! filing's transaction; the owner then follows the case from their own account (it is in
//! their requests, with its history and the commission's timeline) and may act on it as its
//! applicant (pay the tax, answer, withdraw). A mandate not used yet can be revoked.

use fluent_bundle::{FluentArgs, FluentValue};
use nafida_domain::Role;
use nafida_domain::catalog::Procedure;
use nafida_store::accounts::Account;
use nafida_store::mandates::{self, MandateRow, NewMandate};

use crate::i18n::Lang;
use crate::refusal::{Problem, Refusal};
use crate::{Engine, EngineError, Outcome, Result};

/// The form value naming the mandate a filing uses.
pub const FIELD: &str = "mandate";

/// How many mandates a list shows.
pub const PAGE: i64 = 100;

/// The procedures a mandate can be given for: those an architect files.
pub fn procedures(engine: &Engine) -> Vec<&Procedure> {
    engine.catalog().catalog.procedures.values().filter(|p| super::architects::required(p)).collect()
}

/// The owner gives an architect (named by their checked registration number) the mandate to
/// file a procedure for a plot; the architect is told by mail.
pub async fn give(
    engine: &Engine,
    owner: &Account,
    order_number: &str,
    procedure_id: &str,
    land_title: &str,
) -> Outcome<String> {
    if owner.role != Role::Citizen {
        return Err(EngineError::NotFound);
    }
    let mut problems = vec![];
    let number = order_number.trim().to_uppercase();
    let architect = if number.is_empty() {
        None
    } else {
        nafida_store::architects::checked_by_number(engine.db(), &number).await?
    };
    match &architect {
        None => problems.push(Problem::new("order_number", "mandate-architect-unknown")),
        Some(a) if a.user_id == owner.id => problems.push(Problem::new("order_number", "mandate-self")),
        Some(_) => {}
    }
    let procedure = procedures(engine).into_iter().find(|p| p.id == procedure_id);
    if procedure.is_none() {
        problems.push(Problem::new("procedure", "mandate-procedure"));
    }
    let land = land_title.trim();
    if !(2..=120).contains(&land.chars().count()) || land.chars().any(char::is_control) {
        problems.push(Problem::new("land_title", "mandate-land"));
    }
    let (Some(architect), Some(procedure), true) = (architect, procedure, problems.is_empty()) else {
        return Ok(Err(Refusal::Invalid(problems)));
    };
    let Some(to) = nafida_store::accounts::get(engine.db(), &architect.user_id).await? else {
        return Err(EngineError::NotFound);
    };
    let lang = Lang::parse(&to.preferred_lang).unwrap_or(Lang::Fr);
    let mut args = FluentArgs::new();
    args.set("owner", FluentValue::from(owner.display_name.clone()));
    args.set("procedure", FluentValue::from(procedure.title.get(lang.code()).to_string()));
    args.set("land", FluentValue::from(land.to_string()));
    let i18n = engine.i18n();
    let subject = i18n.format(lang, "mail-mandate-subject", Some(&args));
    let body = i18n.format(lang, "mail-mandate-body", Some(&args));
    let link = format!("{}/catalogue/{}/start", engine.settings().public_url, procedure.id);
    let mail = crate::mails::simple(engine, lang, &to.email, &subject, &body, &link);
    let new = NewMandate {
        owner_id: &owner.id,
        architect_id: &architect.user_id,
        procedure_id: &procedure.id,
        land_title: land,
    };
    Ok(Ok(mandates::give(engine.db(), &new, &mail.as_new(), engine.now()).await?))
}

/// The mandates an owner gave, newest first.
pub async fn given_by(engine: &Engine, owner: &Account) -> Result<Vec<MandateRow>> {
    Ok(mandates::given_by(engine.db(), &owner.id, PAGE).await?)
}

/// The mandates an architect may file this procedure under.
pub async fn open_for(engine: &Engine, architect_id: &str, procedure_id: &str) -> Result<Vec<MandateRow>> {
    Ok(mandates::open_for(engine.db(), architect_id, PAGE)
        .await?
        .into_iter()
        .filter(|m| m.procedure_id == procedure_id)
        .collect())
}

/// Every mandate an architect holds and has not used.
pub async fn held_by(engine: &Engine, architect_id: &str) -> Result<Vec<MandateRow>> {
    Ok(mandates::open_for(engine.db(), architect_id, PAGE).await?)
}

/// The owner revokes a mandate not used yet.
pub async fn revoke(engine: &Engine, owner: &Account, id: &str) -> Outcome<()> {
    if mandates::revoke(engine.db(), id, &owner.id, engine.now()).await? {
        return Ok(Ok(()));
    }
    match mandates::get(engine.db(), id).await? {
        Some(m) if m.owner_id == owner.id => Ok(Err(Refusal::NotAllowed("mandate-used"))),
        _ => Err(EngineError::NotFound),
    }
}

/// The mandate a filing names, checked: one given to this architect for this procedure, not
/// used nor revoked; a problem otherwise (the same for a mandate of someone else as for none).
pub async fn for_filing(
    engine: &Engine,
    architect_id: &str,
    p: &Procedure,
    value: Option<&str>,
    problems: &mut Vec<Problem>,
) -> Result<Option<MandateRow>> {
    let problem = || Problem::new(FIELD, "mandate-required");
    let Some(id) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        problems.push(problem());
        return Ok(None);
    };
    match mandates::get(engine.db(), id).await? {
        Some(m)
            if m.architect_id == architect_id
                && m.procedure_id == p.id
                && m.revoked_at.is_none()
                && m.case_reference.is_none() =>
        {
            Ok(Some(m))
        }
        _ => {
            problems.push(problem());
            Ok(None)
        }
    }
}

/// The owner a case was filed for under a mandate: (account, name).
pub async fn owner_of(engine: &Engine, case_id: &str) -> Result<Option<(String, String)>> {
    Ok(mandates::owner_of_case(engine.db(), case_id).await?)
}
