//! The end of a complaint's life (decree 2-17-265): once answered, the person rates the answer
//! and may reopen the complaint within 30 days; after that the platform closes it.

use axum::extract::{Form, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use nafida_engine::{Refusal, complaints};
use nafida_store::cases::{self};
use serde::Deserialize;

use crate::auth::{Citizen, SignedIn};
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::page::PageCtx;
use crate::pages::cases::case_page_pub;
use crate::state::AppState;
use crate::views::{org_name, own_case};

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
    match complaints::rate(state.engine(), &user.applicant(), &c, &form.stars, &form.comment).await? {
        Ok(()) => Ok(Redirect::to(&format!("/cases/{}", c.reference)).into_response()),
        Err(Refusal::Invalid(problems)) => {
            case_page_pub(&state, ctx.clone(), &c, FormErrors::from_problems(&ctx, &problems)).await
        }
        Err(_) => Err(AppError::Forbidden),
    }
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
    match complaints::reopen(state.engine(), &user.applicant(), &c, &form.reason).await? {
        Ok(()) => Ok(Redirect::to(&format!("/cases/{}", c.reference)).into_response()),
        Err(refusal) => {
            let fresh = nafida_engine::cases::reload(state.engine(), &c).await?;
            case_page_pub(&state, ctx.clone(), &fresh, FormErrors::from_refusal(&ctx, refusal)).await
        }
    }
}

/// The person's own answered complaint, its export for the Ombudsman recorded in its history
/// (else 403: not a complaint, or not answered yet).
async fn exported_case(state: &AppState, user: &SignedIn, reference: &str) -> Result<cases::CaseRow, AppError> {
    let c = own_case(state, &user.account.id, reference).await?;
    if complaints::record_export(state.engine(), &user.applicant(), &c).await?.is_err() {
        return Err(AppError::Forbidden);
    }
    Ok(c)
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
    let c = exported_case(&state, &user, &reference).await?;
    let now = state.clock().now().millis();
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
    let org_ar = org_name(&state, &c.org_id, "ar").await?;
    let org_fr = org_name(&state, &c.org_id, "fr").await?;
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
    let name = format!("nafida-{}-mediateur.json", c.reference);
    let json = serde_json::to_vec(&body).map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(crate::views::private_download(json, "application/json", Some(&name)))
}

/// `GET /cases/{ref}/mediateur.pdf`: the same file as a document to read, in the person's
/// language: the complaint, its answers, its whole history as the person sees it, the rating,
/// and the names of its files (their content is in the JSON export). Recorded like the JSON.
pub async fn export_pdf_for_mediateur(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let c = exported_case(&state, &user, &reference).await?;
    let code = ctx.lang.code();
    let (p, w) = crate::views::case_procedure(&state, &c).await?;
    let names = nafida_engine::orgs::OrgNames::load(state.engine(), code).await?;
    let values: std::collections::BTreeMap<String, String> = serde_json::from_str(&c.form_data).unwrap_or_default();
    let answers = crate::pages::staff_cases::shown_fields(&state, &names, &p, &values, code)
        .await?
        .into_iter()
        .map(|(label, value)| format!("{label} : {value}"))
        .collect();
    let history = crate::views::timeline(&state, &ctx, &c, (&p, &w), false, &names)
        .await?
        .into_iter()
        .map(|row| match row.body {
            Some(body) => format!("{} — {}\n{body}", row.when, row.text),
            None => format!("{} — {}", row.when, row.text),
        })
        .collect();
    let mut sections = vec![(ctx.t("mediateur-pdf-answers"), answers), (ctx.t("case-timeline"), history)];
    if let Some((stars, comment)) = nafida_store::topics::rating(state.db(), &c.id).await? {
        let mut lines = vec![ctx.tn("event-rated", stars)];
        lines.extend(comment.filter(|c| !c.is_empty()));
        sections.push((ctx.t("mediateur-pdf-rating"), lines));
    }
    let files: Vec<String> = cases::attachments(state.db(), &c.id).await?.into_iter().map(|a| a.filename).collect();
    if !files.is_empty() {
        let mut lines = files;
        lines.push(ctx.t("mediateur-pdf-files-note"));
        sections.push((ctx.t("case-files"), lines));
    }
    let status = w.status(&c.status).map(|s| s.label.get(code).to_string()).unwrap_or_default();
    let file = nafida_docs::casefile::CaseFile {
        rtl: ctx.lang.dir() == "rtl",
        title: ctx.t("mediateur-pdf-title"),
        subtitle: vec![
            ctx.t("site-name"),
            ctx.t1("mediateur-pdf-exported", "when", &ctx.when(state.clock().now().millis())),
        ],
        facts: vec![
            (ctx.t("mediateur-pdf-reference"), c.reference.clone()),
            (ctx.t("receipt-administration"), org_name(&state, &c.org_id, code).await?),
            (ctx.t("mediateur-pdf-procedure"), p.title.get(code).to_string()),
            (ctx.t("mediateur-pdf-filed"), ctx.when(c.filed_at)),
            (ctx.t("case-status"), status),
            (ctx.t("receipt-due"), crate::casework::show_date(&c.due_date)),
        ],
        sections,
        page_label: ctx.t("mediateur-pdf-page"),
    };
    let pdf = tokio::task::spawn_blocking(move || nafida_docs::casefile::render_case_file(&file))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let name = format!("nafida-{}-mediateur.pdf", c.reference);
    Ok(crate::views::private_download(pdf, "application/pdf", Some(&name)))
}
