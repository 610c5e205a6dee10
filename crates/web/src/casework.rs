//! What the case pages of both sides share at the HTTP edge: reading a multipart form into
//! the engine's [`Submitted`], and showing deadlines and dates in the reader's language.

use axum::extract::Multipart;
use nafida_domain::catalog::{DayCount, Procedure};
pub use nafida_engine::dates::{show_date, show_instant};
use nafida_engine::forms::{MAX_FILE_BYTES, Submitted};

use crate::error::AppError;
use crate::page::PageCtx;

/// Reads a multipart form; a file larger than [`MAX_FILE_BYTES`] is kept out and named in
/// `too_large`, for the engine to refuse with a message naming the document.
pub async fn read_multipart(mut form: Multipart) -> Result<Submitted, AppError> {
    let mut out = Submitted::default();
    while let Some(field) = form.next_field().await.map_err(|_| AppError::PayloadTooLarge)? {
        let name = field.name().unwrap_or_default().to_string();
        match field.file_name().map(str::to_string) {
            Some(file_name) => {
                let bytes = field.bytes().await.map_err(|_| AppError::PayloadTooLarge)?;
                if bytes.is_empty() {
                    continue;
                }
                if bytes.len() > MAX_FILE_BYTES {
                    out.too_large.push(name);
                    continue;
                }
                out.files.entry(name).or_default().push((file_name, bytes.to_vec()));
            }
            None => {
                let text = field.text().await.map_err(|_| AppError::PayloadTooLarge)?;
                out.values.insert(name, text);
            }
        }
    }
    Ok(out)
}

/// "12 days left" or "overdue by 3 days", in the reader's language.
pub fn countdown(ctx: &PageCtx, c: &nafida_store::cases::CaseRow, left: i64, count: DayCount) -> String {
    let unit = match count {
        DayCount::Working => "working",
        DayCount::Calendar => "calendar",
    };
    if c.waiting_since.is_some() {
        ctx.tn(&format!("countdown-stopped-{unit}"), left.max(0))
    } else if left >= 0 {
        ctx.tn(&format!("countdown-left-{unit}"), left)
    } else {
        ctx.tn(&format!("countdown-overdue-{unit}"), -left)
    }
}

/// The legal delay of a procedure in words ("7 working days").
pub fn delay_text(ctx: &PageCtx, p: &Procedure) -> String {
    match p.deadline.count {
        DayCount::Working => ctx.tn("delay-working", i64::from(p.deadline.days)),
        DayCount::Calendar => ctx.tn("delay-calendar", i64::from(p.deadline.days)),
    }
}

/// A body's opinion on a file before the commission, as both sides follow it.
pub struct CommissionRow {
    /// The body.
    pub org: String,
    /// Its deadline.
    pub due: String,
    /// Its opinion's translation key (`verdict-favourable`…), once given.
    pub verdict_key: Option<String>,
    /// What it says (its conditions), once given.
    pub answer: Option<String>,
    /// When it was given.
    pub given: Option<String>,
    /// Its opinion binds the decision.
    pub binding: bool,
    /// Given after its deadline, or still awaited past it.
    pub late: bool,
}

/// A file's commission: each body's opinion, given or awaited.
pub async fn commission_rows(
    state: &crate::state::AppState,
    ctx: &PageCtx,
    c: &nafida_store::cases::CaseRow,
) -> Result<Vec<CommissionRow>, AppError> {
    let engine = state.engine();
    let opinions = nafida_engine::permits::timeline(engine, c).await?;
    if opinions.is_empty() {
        return Ok(vec![]);
    }
    let names = nafida_engine::orgs::OrgNames::load(engine, ctx.lang.code()).await?;
    let now = engine.now();
    Ok(opinions
        .into_iter()
        .map(|o| CommissionRow {
            org: names.get(&o.org_id),
            due: show_date(&o.due_date),
            late: nafida_engine::permits::late(&o, now),
            verdict_key: o.verdict.as_ref().map(|v| format!("verdict-{v}")),
            given: o.answered_at.map(|at| ctx.when(at)),
            answer: o.answer,
            binding: o.binding,
        })
        .collect())
}

/// An opinion's question in the reader's language: a commission's is the platform's.
pub fn opinion_question(ctx: &PageCtx, question: &str) -> String {
    if question == nafida_engine::permits::QUESTION { ctx.t("commission-question") } else { question.to_string() }
}
