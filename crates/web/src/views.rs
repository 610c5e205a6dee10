//! What the pages of both sides and the JSON API show of a case: the case as an actor may see
//! it, its history described for people, its files and issued documents. Shared by
//! `pages/` and `api/`, so neither imports the other.

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use nafida_domain::catalog::{Procedure, Workflow};
use nafida_engine::contracts::action::TACIT_APPROVAL;
use nafida_engine::events::{Event, What};
use nafida_engine::orgs::OrgNames;
use nafida_store::FileKey;
use nafida_store::cases::{self, CaseRow};

use crate::error::AppError;
use crate::i18n::Tr;
use crate::page::PageCtx;
use crate::state::AppState;

/// The case of this reference if it belongs to the person, else 404 (the same answer as for a
/// reference that does not exist).
pub async fn own_case(state: &AppState, user_id: &str, reference: &str) -> Result<CaseRow, AppError> {
    Ok(nafida_engine::cases::find(state.engine(), &nafida_engine::Actor::applicant(user_id), reference).await?)
}

/// The procedure version a case was filed under, with its workflow as it was then.
pub async fn case_procedure(state: &AppState, c: &CaseRow) -> Result<crate::catalog::Pinned, AppError> {
    Ok(nafida_engine::cases::procedure_of(state.engine(), c).await?)
}

/// The name of an administration in a language.
pub async fn org_name(state: &AppState, id: &str, lang: &str) -> Result<String, AppError> {
    Ok(nafida_engine::orgs::name(state.engine(), id, lang).await?)
}

/// An event of the timeline as the person sees it.
pub struct TimelineRow {
    pub when: String,
    pub text: String,
    pub body: Option<String>,
    pub viewed: bool,
}

/// Who acted, as the reader names them.
fn actor_name(names: &OrgNames, ctx: Tr<'_>, e: &Event) -> String {
    match (&e.actor_org_id, e.actor_role.as_str()) {
        (_, "system") => ctx.t("actor-system"),
        (Some(org), role) => format!("{} ({})", names.get(org), ctx.t(&format!("role-{role}"))),
        _ => ctx.t("actor-you"),
    }
}

/// Renders an event for people (both sides and the inbox use it).
pub fn describe(names: &OrgNames, ctx: Tr<'_>, p: &Procedure, w: &Workflow, e: &Event) -> TimelineRow {
    let code = ctx.lang.code();
    // The platform acts for an administration (a tacit approval): it is the platform that
    // speaks, never an internal role code.
    let who = actor_name(names, ctx, e);
    let label = |s: &Option<String>| {
        s.as_deref().and_then(|s| w.status(s)).map(|s| s.label.get(code).to_string()).unwrap_or_default()
    };
    let (text, body) = match &e.what {
        What::Filed => (ctx.t("event-filed"), None),
        What::Transition { action, to, text, request, .. } => {
            let line = format!("{} — {who}", ctx.t1("event-transition", "status", &label(to)));
            let body = if action == TACIT_APPROVAL {
                Some(ctx.t("event-tacit-approval"))
            } else {
                match request {
                    Some(r) => Some(request_text(ctx, p, r)),
                    None => text.clone(),
                }
            };
            (line, body)
        }
        What::Message(t) => (ctx.t1("event-message", "who", &who), Some(t.clone())),
        What::Note(t) => (ctx.t1("event-note", "who", &who), Some(t.clone())),
        What::Viewed(r) => (ctx.t1("event-viewed", "who", &who), Some(ctx.t(&format!("view-reason-{}", r.as_str())))),
        What::Assigned => (ctx.t1("event-assigned", "who", &who), None),
        What::Escalated(level) => (ctx.t(&format!("event-escalated-{}", level.as_str())), None),
        What::OpinionRequested { org } => (ctx.t1("event-opinion-requested", "org", &names.get(org)), None),
        What::OpinionGiven { verdict, text } => (
            format!("{} — {}", ctx.t1("event-opinion-given", "who", &who), ctx.t(&format!("verdict-{verdict}"))),
            Some(text.clone()),
        ),
        What::CoordinationRequested { org } => (ctx.t1("event-coordination-requested", "org", &names.get(org)), None),
        What::FiledForVisitor { org, consent } => (
            ctx.t1("event-filed-for-visitor", "org", &names.get(org)),
            Some(ctx.t(&format!("assist-consent-{consent}"))),
        ),
        What::Claimed => (ctx.t("event-claimed"), None),
        What::CoordinationAnswered { verdict, text } => (
            format!(
                "{} — {}",
                ctx.t1("event-coordination-answered", "who", &who),
                ctx.t(&format!("coordination-{verdict}"))
            ),
            Some(text.clone()),
        ),
        What::Extended { days, reason } => (ctx.tn("event-extended", *days), Some(reason.clone())),
        What::Transferred { org, reason } => {
            (ctx.t1("event-transferred", "org", &names.get(org)), Some(reason.clone()))
        }
        What::FastLane(reason) => (ctx.t1("event-fast-lane", "who", &who), Some(reason.clone())),
        What::FastLaneOff => (ctx.t1("event-fast-lane-off", "who", &who), None),
        What::FastLaneCard(number) => (ctx.t1("event-fast-lane-card", "number", number), None),
        What::DocumentIssued { code } => (ctx.t1("event-document-issued", "code", code), None),
        What::DocumentRevoked { code, reason } => {
            (ctx.t1("event-document-revoked", "code", code), Some(reason.clone()))
        }
        What::Paid { amount, receipt } => {
            (ctx.tn("event-paid", *amount), Some(ctx.t1("event-paid-receipt", "receipt", receipt)))
        }
        What::AskedUnlisted { document, reason } => {
            (ctx.t1("event-asked-unlisted", "document", document), Some(reason.clone()))
        }
        What::DueDateMoved { from, to } => (
            ctx.ta(
                "event-due-date-moved",
                &[("from", &crate::casework::show_date(from)), ("to", &crate::casework::show_date(to))],
            ),
            None,
        ),
        What::Refunded { amount, channel } => {
            (ctx.tn("event-refunded", *amount), Some(ctx.t(&format!("event-refunded-{channel}"))))
        }
        What::NoActMatch => (ctx.t("event-no-act-match"), Some(ctx.t("event-no-act-match-text"))),
        What::ReviewBeforeIssuance(review) => (
            ctx.t("event-review-before-issuance"),
            Some(ctx.t(&format!("event-review-before-issuance-{}", review.as_str()))),
        ),
        What::Registered { act } => (ctx.t1("event-registered", "act", act), None),
        What::Posted { tracking } => (ctx.t1("event-posted", "tracking", tracking), None),
        What::Rated { stars } => (ctx.tn("event-rated", *stars), None),
        What::MediateurExport => (ctx.t("event-mediateur-export"), None),
        What::Corrected => (ctx.t("event-corrected"), None),
        What::PlansFiled(n) => (format!("{} — {who}", ctx.tn("event-plans-filed", *n)), None),
        What::MarkupFiled => (ctx.t1("event-markup-filed", "who", &who), None),
        What::MeetingScheduled { at, place } => {
            (ctx.t1("event-meeting-scheduled", "when", &ctx.when(*at)), Some(place.clone()))
        }
        What::StampChecked => (ctx.t("event-stamp-checked"), None),
        What::Other { kind, body } => (kind.clone(), body.clone()),
    };
    TimelineRow { when: ctx.when(e.at), text, body, viewed: matches!(e.what, What::Viewed(_)) }
}

/// A request for documents as a sentence: the documents of the list by their names, the one
/// outside it with its reason, and the agent's words.
fn request_text(ctx: Tr<'_>, p: &Procedure, r: &nafida_engine::events::DocumentRequest) -> String {
    let code = ctx.lang.code();
    let mut lines = vec![];
    if !r.listed.is_empty() {
        let names: Vec<String> = r
            .listed
            .iter()
            .map(|id| {
                p.documents.iter().find(|d| &d.id == id).map_or_else(|| id.clone(), |d| d.label.get(code).to_string())
            })
            .collect();
        lines.push(ctx.t1("event-request-listed", "documents", &names.join(" ; ")));
    }
    if let Some((document, reason)) = &r.unlisted {
        lines.push(ctx.ta("event-request-unlisted", &[("document", document), ("reason", reason)]));
    }
    if !r.comment.is_empty() {
        lines.push(r.comment.clone());
    }
    lines.join("\n")
}

/// The history of a case for people; internal notes only for staff.
pub async fn timeline(
    state: &AppState,
    ctx: &PageCtx,
    c: &CaseRow,
    (p, w): (&Procedure, &Workflow),
    staff_view: bool,
    names: &OrgNames,
) -> Result<Vec<TimelineRow>, AppError> {
    let events = nafida_engine::events::of_case(state.engine(), &c.id, staff_view).await?;
    Ok(describe_all(names, ctx.tr(), p, w, &events))
}

/// Events already read, described for people.
/// Repeated openings of the file by the same person, for the same reason, within half an hour
/// of each other show as one line with their count, as do repeated exports of the file for the
/// Ombudsman (the record keeps every one).
pub fn describe_all(names: &OrgNames, ctx: Tr<'_>, p: &Procedure, w: &Workflow, events: &[Event]) -> Vec<TimelineRow> {
    const GROUPED_WITHIN_MS: i64 = 30 * 60 * 1000;
    let mut rows: Vec<TimelineRow> = vec![];
    let mut i = 0;
    while i < events.len() {
        let e = &events[i];
        let mut j = i + 1;
        // Only the openings of the file and the Ombudsman's exports repeat this way.
        let repeats = |next: &Event| match (&e.what, &next.what) {
            (What::Viewed(a), What::Viewed(b)) => a == b,
            (What::MediateurExport, What::MediateurExport) => true,
            _ => false,
        };
        if matches!(e.what, What::Viewed(_) | What::MediateurExport) {
            while let Some(next) = events.get(j) {
                let same =
                    repeats(next) && next.actor_id == e.actor_id && next.at - events[j - 1].at <= GROUPED_WITHIN_MS;
                if !same {
                    break;
                }
                j += 1;
            }
        }
        let mut row = describe(names, ctx, p, w, e);
        let count = j - i;
        if count > 1 {
            let who = actor_name(names, ctx, e);
            row.text = match e.what {
                What::MediateurExport => ctx.tn("event-mediateur-export-times", count as i64),
                _ => ctx.tn1("event-viewed-times", count as i64, "who", &who),
            };
            row.when = format!("{} – {}", row.when, ctx.when(events[j - 1].at));
        }
        rows.push(row);
        i = j;
    }
    rows
}

/// A file of the case as pages list it.
pub struct FileRow {
    pub label: String,
    pub filename: String,
    pub href: String,
}

/// The files of a case, labelled by their document of the list.
pub async fn file_rows(
    state: &AppState,
    ctx: &PageCtx,
    c: &CaseRow,
    p: &Procedure,
    base: &str,
) -> Result<Vec<FileRow>, AppError> {
    let code = ctx.lang.code();
    // Plans are listed with their versions in the plans' panel.
    Ok(cases::attachments(state.db(), &c.id)
        .await?
        .into_iter()
        .filter(|a| {
            nafida_engine::permits::plans::plan_of(a).is_none()
                && nafida_engine::permits::markups::opinion_of(a).is_none()
        })
        .map(|a| FileRow {
            label: match p.documents.iter().find(|d| d.id == a.document_id) {
                Some(d) => d.label.get(code).to_string(),
                None if a.document_id == nafida_engine::contracts::MANDATE_ATTACHMENT => ctx.t("start-mandate"),
                None => a.document_id.clone(),
            },
            filename: a.filename,
            href: format!("{base}/files/{}", a.id),
        })
        .collect())
}

/// A response of `media_type` that is never kept by a cache (it holds a person's or an
/// administration's data), offered as a file named `filename` when given.
pub fn private_download(
    body: impl Into<axum::body::Body>,
    media_type: &'static str,
    filename: Option<&str>,
) -> Response {
    let mut response = Response::new(body.into());
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(media_type));
    if let Some(v) = filename.and_then(|f| HeaderValue::from_str(&format!("attachment; filename=\"{f}\"")).ok()) {
        h.insert(header::CONTENT_DISPOSITION, v);
    }
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    response
}

/// The complaints filed about a case, with their status in the reader's language.
pub async fn complaints_about(state: &AppState, ctx: &PageCtx, c: &CaseRow) -> Result<Vec<(String, String)>, AppError> {
    let mut out = vec![];
    for r in cases::related_to(state.db(), &c.id).await? {
        let (_, w) = case_procedure(state, &r).await?;
        let status = w.status(&r.status).map(|s| s.label.get(ctx.lang.code()).to_string()).unwrap_or_default();
        out.push((r.reference, status));
    }
    Ok(out)
}

/// An issued document as a case page lists it.
pub struct DocLink {
    pub title: String,
    pub code: String,
    pub href: String,
    pub revoked: bool,
}

/// The documents issued for a case, with their download addresses under `base`.
pub async fn doc_links(state: &AppState, ctx: &PageCtx, c: &CaseRow, base: &str) -> Result<Vec<DocLink>, AppError> {
    Ok(nafida_store::documents::of_case(state.db(), &c.id)
        .await?
        .into_iter()
        .map(|d| DocLink {
            title: ctx.t(&format!("doc-kind-{}", d.kind)),
            href: format!("{base}/documents/{}", d.code),
            revoked: d.revoked_at.is_some(),
            code: d.code,
        })
        .collect())
}

/// Sends a stored attachment of a case.
pub async fn send_attachment(state: &AppState, c: &CaseRow, file_id: &str) -> Result<Response, AppError> {
    let a =
        cases::attachments(state.db(), &c.id).await?.into_iter().find(|a| a.id == file_id).ok_or(AppError::NotFound)?;
    let key = FileKey::parse(&a.file_key).ok_or(AppError::NotFound)?;
    // Streamed from storage: a 50 MB plan is never read whole into memory.
    let file = state.files().open(&key).await?.ok_or(AppError::NotFound)?;
    let mut response = axum::body::Body::from_stream(file.body).into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(file.size));
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(&a.media_type).unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    h.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    Ok(response)
}
