//! What the person does on their own case besides filing: a message to the administration,
//! the documents it asked for, withdrawing.

use nafida_store::cases::{self, CaseRow};

use super::transition::{self, Request};
use super::{last_document_request, procedure_of};
use crate::contracts::action;
use crate::events::What;
use crate::forms::Submitted;
use crate::refusal::{Arg, Problem, Refusal};
use crate::{Actor, Engine, EngineError, Outcome, Result};

/// The case must be the actor's own.
async fn own(engine: &Engine, actor: &Actor, c: &CaseRow) -> Result<()> {
    if !matches!(actor, Actor::Applicant { .. }) || !actor.may_see(engine, c).await? {
        return Err(EngineError::NotFound);
    }
    Ok(())
}

/// The person's message to the administration (1 to 4,000 characters).
pub async fn message(engine: &Engine, actor: &Actor, c: &CaseRow, text: &str) -> Outcome<()> {
    own(engine, actor, c).await?;
    let text = text.trim();
    if text.is_empty() || text.chars().count() > super::staff::MAX_TEXT {
        return Ok(Err(Refusal::Invalid(vec![
            Problem::new("message", "message-length").with("count", Arg::Count(super::staff::MAX_TEXT as i64)),
        ])));
    }
    let stored = What::Message(text.to_string()).by(actor.event());
    cases::add_event(engine.db(), &c.id, &stored.new_event(), engine.now()).await?;
    Ok(Ok(()))
}

/// The documents the administration asked for in its last request.
pub async fn requested_documents(engine: &Engine, c: &CaseRow) -> Result<Vec<String>> {
    Ok(last_document_request(engine, c).await?.map(|r| r.listed).unwrap_or_default())
}

/// The person sends the documents the administration asked for (`doc_<id>` files): every one
/// asked, each a PDF, JPEG or PNG by content.
pub async fn provide_documents(engine: &Engine, actor: &Actor, c: &CaseRow, submitted: &Submitted) -> Outcome<()> {
    own(engine, actor, c).await?;
    let (p, w) = procedure_of(engine, c).await?;
    if !w.allowed(&c.status, actor.workflow()).iter().any(|t| t.action == action::PROVIDE_DOCUMENTS) {
        return Ok(Err(Refusal::NotAllowed("transition-not-allowed")));
    }
    let wanted = requested_documents(engine, c).await?;
    let mut problems = vec![];
    let uploads = crate::forms::check_documents(&p, submitted, Some(&wanted), &mut problems);
    if !problems.is_empty() {
        return Ok(Err(Refusal::Invalid(problems)));
    }
    let attachments = match crate::forms::store(engine, &uploads).await? {
        Ok(stored) => stored,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let req = Request { attachments, ..Request::action(action::PROVIDE_DOCUMENTS) };
    transition::apply(engine, actor, c, &req).await
}

/// The person appeals a refusal to the administration, with reasons (10 to 2,000 characters),
/// within the procedure's period; a supervisor decides it.
pub async fn appeal(engine: &Engine, actor: &Actor, c: &CaseRow, reason: &str) -> Outcome<()> {
    own(engine, actor, c).await?;
    let reason = reason.trim();
    if reason.chars().count() > 2000 {
        return Ok(Err(Refusal::invalid("motivation", "motivation-required")));
    }
    let req = Request { motivation: reason.to_string(), ..Request::action(action::APPEAL) };
    transition::apply(engine, actor, c, &req).await
}

/// The person withdraws their request, having confirmed it (it cannot be undone).
pub async fn withdraw(engine: &Engine, actor: &Actor, c: &CaseRow, confirmed: bool) -> Outcome<()> {
    own(engine, actor, c).await?;
    if !confirmed {
        return Ok(Err(Refusal::invalid("confirm", "withdraw-confirm")));
    }
    transition::apply(engine, actor, c, &Request::action(action::WITHDRAW)).await
}
