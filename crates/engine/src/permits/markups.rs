//! Marked-up files: a body of the commission annotates the plans it examined (what to move,
//! what is not allowed) and files the marked-up PDF with its opinion, as large as a plan
//! (streamed the same way). The applicant and the agents find each body's marked-up files
//! beside its opinion; the body reads the file's current plans and documents from its opinion.

use nafida_store::cases::{AttachmentRow, CaseRow, Opinion};

use crate::events::What;
use crate::forms::Submitted;
use crate::refusal::{Arg, Problem, Refusal};
use crate::{Actor, Engine, EngineError, Outcome, Result};

/// The form's input of a marked-up file (a plan input, so it is streamed).
pub const INPUT: &str = "plan_markup";

/// The attachment's document id of a marked-up file of an opinion.
pub fn document_of(opinion_id: &str) -> String {
    format!("markup-{opinion_id}")
}

/// The opinion a marked-up file belongs to, if it is one.
pub fn opinion_of(a: &AttachmentRow) -> Option<&str> {
    a.document_id.strip_prefix("markup-")
}

/// The files a body reads to give its opinion: every current file of the case but the other
/// bodies' marked-up files (plans in their latest version only).
pub async fn readable_by_body(engine: &Engine, c: &CaseRow) -> Result<Vec<AttachmentRow>> {
    let all = nafida_store::cases::attachments(engine.db(), &c.id).await?;
    let current: Vec<String> =
        super::plans::versions(&all).into_iter().filter(|v| !v.superseded).map(|v| v.attachment.id).collect();
    Ok(all
        .into_iter()
        .filter(|a| opinion_of(a).is_none())
        .filter(|a| super::plans::plan_of(a).is_none() || current.contains(&a.id))
        .collect())
}

/// The body asked files a marked-up PDF with its opinion (before or after giving it), while
/// the file is being examined.
pub async fn attach(engine: &Engine, actor: &Actor, o: &Opinion, c: &CaseRow, submitted: &Submitted) -> Outcome<()> {
    crate::cases::staff::opinion_for(engine, actor, &o.id).await?;
    let (p, _) = crate::cases::procedure_of(engine, c).await?;
    if !super::plans::takes_corrections(&p, c) {
        return Ok(Err(Refusal::NotAllowed("plans-closed")));
    }
    let limit = p.plans.as_ref().map_or(0, |s| s.max_mb);
    let problem = |code: &str| {
        Problem::new(INPUT, code).with("plan", Arg::Key("markup-file")).with("limit", Arg::Count(i64::from(limit)))
    };
    if submitted.too_large.iter().any(|n| n == INPUT) {
        return Ok(Err(Refusal::Invalid(vec![problem("plan-too-large")])));
    }
    let given = submitted.spooled.get(INPUT).map(Vec::as_slice).unwrap_or_default();
    let [(filename, file)] = given else {
        return Ok(Err(Refusal::Invalid(vec![problem(if given.is_empty() {
            "plan-required"
        } else {
            "plan-one-file"
        })])));
    };
    if !crate::forms::spooled_pdf(file) {
        return Ok(Err(Refusal::Invalid(vec![problem("plan-not-pdf")])));
    }
    let key = match crate::forms::stored(engine.files().put_spooled(file).await)? {
        Ok(key) => key,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let attachment = nafida_store::cases::NewAttachment {
        document_id: document_of(&o.id),
        file_key: key.as_str().to_string(),
        filename: crate::forms::clean_filename(filename),
        media_type: "application/pdf".into(),
        size_bytes: i64::try_from(file.size()).unwrap_or(i64::MAX),
    };
    let stored = What::MarkupFiled.by(actor.event());
    if nafida_store::cases::add_files(engine.db(), &c.id, &c.status, &stored.new_event(), &[attachment], engine.now())
        .await?
    {
        Ok(Ok(()))
    } else {
        Err(EngineError::NotFound)
    }
}
