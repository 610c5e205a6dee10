//! The end of a complaint's life (decree 2-17-265): once answered, the person rates the answer
//! and may reopen the complaint within 30 days; after that the platform closes it.

use axum::extract::{Form, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use nafida_store::cases::{self, CaseRow, EventActor, NewEvent};
use serde::Deserialize;

use crate::auth::Citizen;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::page::PageCtx;
use crate::pages::cases::{applicant_action, case_page_pub, case_procedure, own_case};
use crate::state::AppState;

/// Days after the answer during which the person may reopen the complaint.
pub const REOPEN_DAYS: i64 = 30;

/// When the complaint was last answered.
pub async fn answered_at(state: &AppState, c: &CaseRow) -> Result<Option<i64>, AppError> {
    Ok(last_answer(state, c).await?.map(|e| e.at))
}

/// The latest answer given to a complaint: the event that answered it (its action says
/// favourable or not, its body holds the text of the answer).
pub async fn last_answer(state: &AppState, c: &CaseRow) -> Result<Option<cases::EventRow>, AppError> {
    Ok(cases::events(state.db(), &c.id, false)
        .await?
        .into_iter()
        .rev()
        .find(|e| e.kind == "transition" && e.to_status.as_deref() == Some("answered")))
}

/// Until when an answered complaint may be reopened (`None` when it may not be).
pub async fn reopen_until(state: &AppState, c: &CaseRow) -> Result<Option<i64>, AppError> {
    if c.status != "answered" {
        return Ok(None);
    }
    let until = answered_at(state, c).await?.map(|at| at + REOPEN_DAYS * 86_400_000);
    Ok(until.filter(|u| *u >= state.clock().now().millis()))
}

/// A rating of the answer.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RatingForm {
    stars: String,
    comment: String,
}

/// `POST /cases/{ref}/rating`: the person rates the answer (1 to 5), once answered.
pub async fn rate_answer(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Path(reference): Path<String>,
    Form(form): Form<RatingForm>,
) -> Result<Response, AppError> {
    let c = own_case(&state, &user.account.id, &reference).await?;
    if !matches!(c.status.as_str(), "answered" | "closed")
        || case_procedure(&state, &c).await?.0.workflow != "complaint"
    {
        return Err(AppError::Forbidden);
    }
    let comment = form.comment.trim();
    let stars = form.stars.parse::<i64>().ok().filter(|s| (1..=5).contains(s));
    let (Some(stars), true) = (stars, comment.chars().count() <= 1000) else {
        let mut errors = FormErrors::default();
        errors.add_keyed("stars", "err-rating", ctx.t("err-rating"));
        return case_page_pub(&state, ctx, &c, errors).await;
    };
    let now = state.clock().now().millis();
    nafida_store::topics::rate(state.db(), &c.id, stars, (!comment.is_empty()).then_some(comment), now).await?;
    let actor = EventActor { id: Some(&user.account.id), role: "applicant", org_id: None };
    let body = stars.to_string();
    let event = NewEvent::other(actor, "rated", Some(&body), false);
    cases::add_event(state.db(), &c.id, &event, now).await?;
    Ok(Redirect::to(&format!("/cases/{}", c.reference)).into_response())
}

/// Why the person reopens.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReopenForm {
    reason: String,
}

/// `POST /cases/{ref}/reopen`: within 30 days of the answer, the complaint goes back to the
/// administration, with the person's reason.
pub async fn reopen_complaint(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Path(reference): Path<String>,
    Form(form): Form<ReopenForm>,
) -> Result<Response, AppError> {
    let c = own_case(&state, &user.account.id, &reference).await?;
    let reason = form.reason.trim();
    let mut errors = FormErrors::default();
    if reopen_until(&state, &c).await?.is_none() {
        errors.add_keyed("reason", "err-reopen-period", ctx.t("err-reopen-period"));
    } else if !(10..=2000).contains(&reason.chars().count()) {
        errors.add_keyed("reason", "err-reopen-reason", ctx.t("err-reopen-reason"));
    }
    if !errors.is_empty() || !applicant_action(&state, &c, &user.account.id, "reopen", Some(reason), &[]).await? {
        if errors.is_empty() {
            errors.add_keyed("reason", "err-reopen-period", ctx.t("err-reopen-period"));
        }
        let fresh = cases::by_id(state.db(), &c.id).await?.ok_or(AppError::NotFound)?;
        return case_page_pub(&state, ctx, &fresh, errors).await;
    }
    Ok(Redirect::to(&format!("/cases/{}", c.reference)).into_response())
}

/// Closes the answered complaints whose period to reopen has passed; returns how many.
pub async fn close_answered(state: &AppState) -> Result<usize, AppError> {
    let now = state.clock().now().millis();
    let mut closed = 0;
    let mut after = String::new();
    loop {
        let batch = cases::in_status(state.db(), "answered", &after, 200).await?;
        let Some(last) = batch.last() else { break };
        after = last.id.clone();
        for c in &batch {
            let (p, w) = case_procedure(state, c).await?;
            let Some(at) = answered_at(state, c).await? else { continue };
            if now <= at + REOPEN_DAYS * 86_400_000 {
                continue;
            }
            let Some(to) = w
                .allowed(&c.status, nafida_domain::catalog::Actor::System)
                .into_iter()
                .find(|t| t.action == "close")
                .and_then(|t| w.status(&t.to))
            else {
                continue;
            };
            let change = crate::pages::staff_cases::change_for(state, c, &p, &w, to).await?;
            let event = NewEvent {
                actor: EventActor { id: None, role: "system", org_id: None },
                kind: "transition",
                action: Some("close"),
                from_status: Some(&c.status),
                to_status: Some(&to.id),
                body: None,
                internal: false,
            };
            if cases::transition(state.db(), &c.id, &change, &event, &[], &[], now).await? {
                closed += 1;
            }
        }
    }
    Ok(closed)
}

/// `GET /cases/{ref}/mediateur.json`: the complete file of an answered complaint, for the
/// person to take to the Ombudsman (Médiateur du Royaume): the request, its whole history as the
/// person sees it, the answer, the rating, and every attached file. The export is recorded in
/// the history.
pub async fn export_for_mediateur(
    State(state): State<AppState>,
    Citizen(user): Citizen,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    use base64::Engine as _;
    let c = own_case(&state, &user.account.id, &reference).await?;
    let (_, w) = case_procedure(&state, &c).await?;
    if w.id != "complaint" || !matches!(c.status.as_str(), "answered" | "closed") {
        return Err(AppError::Forbidden);
    }
    let now = state.clock().now().millis();
    let actor = EventActor { id: Some(&user.account.id), role: "applicant", org_id: None };
    cases::add_event(state.db(), &c.id, &NewEvent::other(actor, "mediateur-export", None, false), now).await?;
    let mut files = vec![];
    for a in cases::attachments(state.db(), &c.id).await? {
        let Some(key) = nafida_store::FileKey::parse(&a.file_key) else { continue };
        let bytes = state.files().get(&key).await?.ok_or(AppError::NotFound)?;
        files.push(serde_json::json!({
            "document": a.document_id,
            "filename": a.filename,
            "media_type": a.media_type,
            "uploaded_at": a.uploaded_at,
            "content_base64": base64::engine::general_purpose::STANDARD.encode(&bytes),
        }));
    }
    let timeline: Vec<_> = cases::events(state.db(), &c.id, false)
        .await?
        .into_iter()
        .map(|e| serde_json::json!({ "at": e.at, "kind": e.kind, "actor_role": e.actor_role, "administration": e.actor_org_id, "action": e.action, "to_status": e.to_status, "body": e.body }))
        .collect();
    let rating = nafida_store::topics::rating(state.db(), &c.id).await?;
    let org_ar = crate::pages::cases::org_name(&state, &c.org_id, "ar").await?;
    let org_fr = crate::pages::cases::org_name(&state, &c.org_id, "fr").await?;
    let body = serde_json::json!({
        "export": "nafida-complaint-file-v1",
        "exported_at": now,
        "reference": c.reference,
        "procedure": { "id": c.procedure_id, "version": c.procedure_version },
        "administration": { "id": c.org_id, "ar": org_ar, "fr": org_fr },
        "status": c.status,
        "filed_at": c.filed_at,
        "due_date": c.due_date,
        "form": serde_json::from_str::<serde_json::Value>(&c.form_data).unwrap_or_default(),
        "represented_name": cases::represented_name(state.db(), &c.id).await?,
        "timeline": timeline,
        "rating": rating.map(|(stars, comment)| serde_json::json!({ "stars": stars, "comment": comment })),
        "files": files,
    });
    let mut response = axum::Json(body).into_response();
    if let Ok(v) =
        axum::http::HeaderValue::from_str(&format!("attachment; filename=\"nafida-{}-mediateur.json\"", c.reference))
    {
        response.headers_mut().insert(axum::http::header::CONTENT_DISPOSITION, v);
    }
    Ok(response)
}
