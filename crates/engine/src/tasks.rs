//! The person's tasks: what each of their requests waits for from them now (pay, send the
//! documents asked for, book the inspection visit, rate an answer), for their list of requests.

use nafida_store::cases::CaseRow;

use crate::events::What;
use crate::{Engine, Result};

/// What a request waits for from the person, if anything: the person's task list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NextStep {
    /// Pay the fee (or the tax) before the office takes it up.
    Pay,
    /// Send the documents the administration asked for.
    SendDocuments,
    /// Book the inspection visit the file has reached.
    BookVisit,
    /// Rate the answer to a complaint.
    Rate,
}

impl NextStep {
    /// The translation key of its line ("To do: pay…").
    pub fn key(self) -> &'static str {
        match self {
            NextStep::Pay => "next-pay",
            NextStep::SendDocuments => "next-send-documents",
            NextStep::BookVisit => "next-book-visit",
            NextStep::Rate => "next-rate",
        }
    }
}

/// What the request waits for from the person now.
pub async fn next_step(engine: &Engine, c: &CaseRow, w: &nafida_domain::catalog::Workflow) -> Result<Option<NextStep>> {
    if crate::payments::awaiting(c) {
        return Ok(Some(NextStep::Pay));
    }
    if c.phase == nafida_domain::catalog::Phase::WaitingForYou {
        return Ok(Some(NextStep::SendDocuments));
    }
    if w.status(&c.status).is_some_and(|s| s.visit)
        && !nafida_store::appointments::booked_for_case(engine.db(), &c.id).await?
    {
        return Ok(Some(NextStep::BookVisit));
    }
    if c.status == crate::contracts::status::ANSWERED
        && w.id == crate::contracts::names::COMPLAINT_WORKFLOW
        && !crate::events::History::of_case(engine, &c.id).await?.0.iter().any(|e| matches!(e.what, What::Rated { .. }))
    {
        return Ok(Some(NextStep::Rate));
    }
    Ok(None)
}
