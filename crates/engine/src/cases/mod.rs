//! Cases: finding one as an actor may see it, and the commands on it (filing, the one
//! transition entry point, the staff's and the person's other actions).

pub mod applicant;
pub mod filing;
pub mod staff;
pub mod transition;

use nafida_domain::CaseRef;
use nafida_store::cases::{self, CaseRow};

use crate::catalog::Pinned;
use crate::contracts::action;
use crate::events::What;
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

/// Why a staff member (or a partner system) opens a case; recorded and shown to the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewReason {
    /// To work on it.
    Processing,
    /// A supervisor checking.
    Supervision,
    /// To give an opinion.
    Opinion,
}

impl ViewReason {
    /// Parses the reason given with the link (processing when unknown).
    pub fn parse(s: &str) -> Self {
        match s {
            "supervision" => ViewReason::Supervision,
            "opinion" => ViewReason::Opinion,
            _ => ViewReason::Processing,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            ViewReason::Processing => "processing",
            ViewReason::Supervision => "supervision",
            ViewReason::Opinion => "opinion",
        }
    }
}

/// Records that a staff member or a partner system opened a person's file ("who looked at my
/// file"): every agent read of a person's file is logged in the history the person sees.
pub async fn record_view(engine: &Engine, actor: &Actor, c: &CaseRow, reason: ViewReason) -> Result<()> {
    let stored = What::Viewed(reason).by(actor.event());
    cases::add_event(engine.db(), &c.id, &stored.new_event(), engine.now()).await?;
    Ok(())
}

/// What the administration asked for in a request for documents, as written in its event.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DocumentRequest {
    /// Documents of the procedure's list.
    pub listed: Vec<String>,
    /// A document outside the list, with the written reason.
    pub unlisted: Option<(String, String)>,
    /// The agent's comment.
    pub comment: String,
}

impl DocumentRequest {
    /// The stored body of the request's event.
    pub fn body(&self) -> String {
        let mut body = format!("documents: {}", self.listed.join(","));
        if let Some((doc, reason)) = &self.unlisted {
            body.push_str(&format!("\nunlisted: {doc}\nreason: {reason}"));
        }
        if !self.comment.is_empty() {
            body.push_str(&format!("\n{}", self.comment));
        }
        body
    }

    /// Parses a stored body (the one place that reads this format).
    pub fn parse(body: &str) -> Self {
        let mut r = DocumentRequest::default();
        let mut unlisted: Option<String> = None;
        let mut comment = vec![];
        for line in body.lines() {
            if let Some(l) = line.strip_prefix("documents: ") {
                r.listed = l.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
            } else if line == "documents:" {
            } else if let Some(doc) = line.strip_prefix("unlisted: ") {
                unlisted = Some(doc.to_string());
            } else if let (Some(reason), Some(doc)) = (line.strip_prefix("reason: "), unlisted.take()) {
                r.unlisted = Some((doc, reason.to_string()));
            } else {
                comment.push(line);
            }
        }
        r.comment = comment.join("\n");
        r
    }
}

/// The last request for documents on a case, if any.
pub async fn last_document_request(engine: &Engine, c: &CaseRow) -> Result<Option<DocumentRequest>> {
    Ok(crate::events::of_case(engine, &c.id, false).await?.into_iter().rev().find_map(|e| match e.what {
        What::Transition { request: Some(r), .. } => Some(r),
        _ => None,
    }))
}

/// Whether the administration ever asked for a document outside the procedure's list.
pub async fn asked_unlisted(engine: &Engine, c: &CaseRow) -> Result<bool> {
    Ok(crate::events::of_case(engine, &c.id, false)
        .await?
        .iter()
        .any(|e| matches!(&e.what, What::Transition { request: Some(r), .. } if r.unlisted.is_some())))
}

/// Whether a case was approved because the administration stayed silent past the deadline.
pub async fn tacitly_approved(engine: &Engine, c: &CaseRow) -> Result<bool> {
    Ok(crate::events::of_case(engine, &c.id, false)
        .await?
        .iter()
        .any(|e| e.what.action() == Some(action::TACIT_APPROVAL)))
}

/// Whether a case is still open (received, in progress, or waiting for the person).
pub fn is_open(c: &CaseRow) -> bool {
    c.phase.is_open()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_request_reads_back_as_written() {
        let r = DocumentRequest {
            listed: vec!["passport".into(), "photo".into()],
            unlisted: Some(("residence certificate".into(), "the address changed since".into())),
            comment: "thank you".into(),
        };
        assert_eq!(DocumentRequest::parse(&r.body()), r);
        let empty = DocumentRequest { listed: vec![], unlisted: None, comment: String::new() };
        assert_eq!(DocumentRequest::parse(&empty.body()), empty);
    }
}
