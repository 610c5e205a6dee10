//! What the case pages of both sides share at the HTTP edge: reading a multipart form into
//! the engine's [`Submitted`], and showing deadlines and dates in the reader's language.

use axum::extract::Multipart;
use nafida_domain::catalog::{DayCount, Procedure};
pub use nafida_engine::dates::{show_date, show_instant};
use nafida_engine::forms::{MAX_FILE_BYTES, Submitted};

use crate::error::AppError;
use crate::page::PageCtx;

/// Largest text value of a multipart form.
const MAX_TEXT_BYTES: usize = 64 * 1024;

/// Reads a multipart form; a file larger than [`MAX_FILE_BYTES`] is kept out and named in
/// `too_large`, for the engine to refuse with a message naming the document.
pub async fn read_multipart(form: Multipart) -> Result<Submitted, AppError> {
    read_multipart_with_plans(form, None).await
}

/// Reads a multipart form whose plans (`plan_<id>`) are streamed to the file store's staging
/// folder as they arrive (each within `limit` bytes, else named in `too_large`), never held
/// whole in memory; without a plan set, plan inputs are ignored.
pub async fn read_multipart_with_plans(
    mut form: Multipart,
    plans: Option<(&dyn nafida_store::files::FileStore, u64)>,
) -> Result<Submitted, AppError> {
    let mut out = Submitted::default();
    let cut = |_| AppError::PayloadTooLarge;
    while let Some(mut field) = form.next_field().await.map_err(cut)? {
        let name = field.name().unwrap_or_default().to_string();
        match field.file_name().map(str::to_string) {
            Some(file_name) if name.starts_with("plan_") => {
                let Some((files, limit)) = plans else { continue };
                let mut spool = nafida_store::files::Spool::create(&files.staging_dir(), limit).await?;
                let mut over = false;
                while let Some(chunk) = field.chunk().await.map_err(cut)? {
                    if !spool.write(&chunk).await? {
                        over = true;
                        break;
                    }
                }
                match spool.finish().await? {
                    Some(spooled) => {
                        out.spooled.entry(name).or_default().push((file_name, std::sync::Arc::new(spooled)))
                    }
                    None if over => out.too_large.push(name),
                    None => {}
                }
            }
            Some(file_name) => {
                let mut bytes = Vec::new();
                let mut over = false;
                while let Some(chunk) = field.chunk().await.map_err(cut)? {
                    if bytes.len() + chunk.len() > MAX_FILE_BYTES {
                        over = true;
                        break;
                    }
                    bytes.extend_from_slice(&chunk);
                }
                if over {
                    out.too_large.push(name);
                } else if !bytes.is_empty() {
                    out.files.entry(name).or_default().push((file_name, bytes));
                }
            }
            None => {
                let mut bytes = Vec::new();
                while let Some(chunk) = field.chunk().await.map_err(cut)? {
                    if bytes.len() + chunk.len() > MAX_TEXT_BYTES {
                        return Err(AppError::PayloadTooLarge);
                    }
                    bytes.extend_from_slice(&chunk);
                }
                out.values.insert(name, String::from_utf8_lossy(&bytes).into_owned());
            }
        }
    }
    Ok(out)
}

/// Reads the multipart form of a procedure's filing: its plans streamed if it has a plan set.
pub async fn read_filing(
    state: &crate::state::AppState,
    form: Multipart,
    p: &Procedure,
) -> Result<Submitted, AppError> {
    match &p.plans {
        Some(set) => read_multipart_with_plans(form, Some((state.files(), set.max_bytes()))).await,
        None => read_multipart(form).await,
    }
}

/// The largest request a route carrying a plan set may send: every plan at its limit, every
/// document at its own, and room for the form.
pub fn plans_body_limit(state: &crate::state::AppState) -> usize {
    state
        .engine()
        .catalog()
        .catalog
        .procedures
        .values()
        .filter_map(|p| {
            let set = p.plans.as_ref()?;
            let plans = set.max_bytes().saturating_mul(set.plans.len() as u64);
            let documents = (MAX_FILE_BYTES as u64).saturating_mul(p.documents.len() as u64 + 1);
            usize::try_from(plans.saturating_add(documents).saturating_add(1024 * 1024)).ok()
        })
        .max()
        .unwrap_or(0)
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
    /// The marked-up files it filed: (file, href).
    pub markups: Vec<(String, String)>,
}

/// What a permit's case page shows of it, on both sides: the owner an architect files for, and
/// the commission's timeline.
pub struct PermitView {
    /// The owner the architect filed for under the mandate given online.
    pub owner: Option<String>,
    /// Each body's opinion, given or awaited.
    pub commission: Vec<CommissionRow>,
    /// Every version of every plan, in the order filed.
    pub plans: Vec<PlanRow>,
    /// The plans the applicant may file a corrected version of now (input, label); empty on
    /// the staff side and once the file is decided.
    pub correctable: Vec<(String, String)>,
    /// Largest plan accepted, in MiB.
    pub max_mb: i64,
    /// Where the corrected plans go.
    pub action: String,
    /// The commission's meeting, once scheduled: (when, where).
    pub meeting: Option<(String, String)>,
    /// Where the service schedules the meeting (staff side, while it may be): the form's
    /// address.
    pub meeting_form: Option<String>,
}

/// A version of a plan, as the case page lists it.
pub struct PlanRow {
    /// The plan's name.
    pub label: String,
    /// Its version, from 1.
    pub version: i64,
    /// A later version replaced it.
    pub superseded: bool,
    /// The name it was sent with.
    pub filename: String,
    /// Its size, in words ("12.4 MB").
    pub size: String,
    /// Where it downloads.
    pub href: String,
}

/// The permit side of a case (empty for other procedures).
/// `base` is the case's address on its side (the files hang below it); `applicant` whether
/// the reader is its applicant (who may file corrected plans).
pub async fn permit_view(
    state: &crate::state::AppState,
    ctx: &PageCtx,
    c: &nafida_store::cases::CaseRow,
    p: &Procedure,
    base: &str,
    applicant: bool,
) -> Result<PermitView, AppError> {
    let code = ctx.lang.code();
    let mut plans = vec![];
    let mut correctable = vec![];
    // The case's files, read once for its plans and the bodies' marked-up files.
    let all = if p.plans.is_some() || p.commission.is_some() {
        nafida_store::cases::attachments(state.db(), &c.id).await?
    } else {
        vec![]
    };
    if let Some(set) = &p.plans {
        for v in nafida_engine::permits::plans::versions(&all) {
            let label = set.plan(&v.plan_id).map_or_else(|| v.plan_id.clone(), |plan| plan.label.get(code).to_string());
            plans.push(PlanRow {
                label,
                version: v.version,
                superseded: v.superseded,
                size: format!("{:.1} MB", v.attachment.size_bytes as f64 / 1_048_576.0),
                href: format!("{base}/files/{}", v.attachment.id),
                filename: v.attachment.filename,
            });
        }
        if applicant && nafida_engine::permits::plans::takes_corrections(p, c) {
            correctable = set
                .plans
                .iter()
                .map(|plan| (nafida_engine::forms::plan_input(&plan.id), plan.label.get(code).to_string()))
                .collect();
        }
    }
    Ok(PermitView {
        owner: nafida_engine::permits::mandates::owner_of(state.engine(), &c.id).await?.map(|(_, name)| name),
        commission: commission_rows(state, ctx, c, &all, base).await?,
        plans,
        correctable,
        max_mb: p.plans.as_ref().map_or(0, |s| i64::from(s.max_mb)),
        action: format!("/cases/{}/plans", c.reference),
        meeting: nafida_engine::permits::meetings::of(state.engine(), c).await?.map(|m| (ctx.when(m.at), m.place)),
        meeting_form: (!applicant && nafida_engine::permits::meetings::schedulable(state.engine(), c).await?)
            .then(|| format!("/staff/cases/{}/meeting", c.reference)),
    })
}

/// A file's commission: each body's opinion, given or awaited.
pub async fn commission_rows(
    state: &crate::state::AppState,
    ctx: &PageCtx,
    c: &nafida_store::cases::CaseRow,
    files: &[nafida_store::cases::AttachmentRow],
    base: &str,
) -> Result<Vec<CommissionRow>, AppError> {
    let engine = state.engine();
    let opinions = nafida_engine::permits::timeline(engine, c).await?;
    if opinions.is_empty() {
        return Ok(vec![]);
    }
    let markups_of = |id: &str| -> Vec<(String, String)> {
        files
            .iter()
            .filter(|a| nafida_engine::permits::markups::opinion_of(a) == Some(id))
            .map(|a| (a.filename.clone(), format!("{base}/files/{}", a.id)))
            .collect()
    };
    let names = nafida_engine::orgs::OrgNames::load(engine, ctx.lang.code()).await?;
    let now = engine.now();
    Ok(opinions
        .into_iter()
        .map(|o| CommissionRow {
            markups: markups_of(&o.id),
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
