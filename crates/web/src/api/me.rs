//! The person's side of the JSON API (`/api/v1/me/…`): their own cases only, reached with a
//! personal access token they create on their account page (`Authorization: Bearer nfp_…`).
//! Filing and sending documents take the same multipart form as the pages
//! (`field_<name>`, `doc_<id>`, `represented_name`, `idempotency_key`), checked by the same
//! functions, with every error at once, each with a stable code and a message in the language
//! of `Accept-Language`.

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::StatusCode;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use nafida_domain::Role;
use nafida_domain::catalog::Phase;
use nafida_engine::cases::{applicant, filing};
use nafida_store::accounts::Account;
use nafida_store::cases::{self, CaseRow, Filed};
use serde::Deserialize;
use serde_json::{Value, json};

use super::{ApiLang, case_json, problem, refusal};
use crate::auth::{deny, token_hash};
use crate::casework;
use crate::error::AppError;
use crate::i18n::{Lang, Tr};
use crate::state::AppState;
use crate::views::{case_procedure, own_case};

/// The prefix of personal tokens (so a leaked one is recognisable by secret scanners).
pub const TOKEN_PREFIX: &str = "nfp_";

/// A person acting through one of their personal tokens.
#[derive(Debug, Clone)]
pub struct Person {
    /// Their account.
    pub account: Account,
}

impl Person {
    /// The person as the engine's commands know them.
    pub fn actor(&self) -> nafida_engine::Actor {
        nafida_engine::Actor::applicant(&self.account.id)
    }
}

impl FromRequestParts<AppState> for Person {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let unauthenticated = || AppError::Unauthenticated { next: String::new() };
        let token = super::bearer(parts).filter(|t| t.starts_with(TOKEN_PREFIX)).ok_or_else(unauthenticated)?;
        let now = state.clock().now().millis();
        let user = nafida_store::personal_tokens::user_of(state.db(), &token_hash(token), now)
            .await?
            .ok_or_else(unauthenticated)?;
        let account = nafida_store::accounts::get(state.db(), &user).await?.ok_or_else(unauthenticated)?;
        if account.disabled || account.role != Role::Citizen {
            return Err(deny(parts, Some(&account), "personal token of a non-citizen", unauthenticated()));
        }
        Ok(Person { account })
    }
}

/// What the person sees of a case in a list: the case, its title, the days left and the next
/// action expected of them.
async fn summary(state: &AppState, lang: Lang, c: &CaseRow) -> Result<Value, AppError> {
    let (p, _) = case_procedure(state, c).await?;
    let cal = nafida_engine::clock::calendar_for(state.engine(), &c.org_id).await?;
    let left = nafida_engine::clock::clock_left(&cal, state.clock().now().millis(), c, p.deadline.count);
    let mut v = case_json(c);
    v["title"] = json!(p.title.get(lang.code()));
    v["days_left"] = if matches!(c.phase.as_str(), "received" | "in-progress") { json!(left) } else { Value::Null };
    v["next_action"] = if c.phase == Phase::WaitingForYou { json!("send-documents") } else { Value::Null };
    Ok(v)
}

/// Query of the person's case list.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct MyCasesQuery {
    after: Option<String>,
    limit: Option<i64>,
}

/// `GET /api/v1/me/cases`: every own case, newest first, keyset-paginated.
pub async fn list_my_cases(
    State(state): State<AppState>,
    ApiLang(lang): ApiLang,
    person: Person,
    super::ApiQuery(q): super::ApiQuery<MyCasesQuery>,
) -> Result<Response, AppError> {
    let Some(limit) = super::page_size(q.limit) else {
        return Ok(super::query_problem(&state, lang, "limit", "limit-range"));
    };
    let after = q.after.as_deref().and_then(|a| a.split_once('/')).and_then(|(t, id)| Some((t.parse().ok()?, id)));
    let mut rows = cases::for_applicant(state.db(), &person.account.id, after, limit + 1).await?;
    let next = (rows.len() as i64 > limit)
        .then(|| rows.get(limit as usize - 1).map(|c| format!("{}/{}", c.filed_at, c.id)))
        .flatten();
    rows.truncate(limit as usize);
    let mut list = vec![];
    for c in &rows {
        list.push(summary(&state, lang, c).await?);
    }
    Ok(Json(json!({ "cases": list, "next": next })).into_response())
}

/// `POST /api/v1/me/cases?procedure=ID` (multipart): files a case. 201 with the case; 200 with
/// the same case when this `idempotency_key` was already filed; 422 with every error.
pub async fn file_my_case(
    State(state): State<AppState>,
    ApiLang(lang): ApiLang,
    person: Person,
    super::ApiQuery(q): super::ApiQuery<FileQuery>,
    super::ApiMultipart(form): super::ApiMultipart,
) -> Result<Response, AppError> {
    let p = state.catalog().catalog.procedures.get(&q.procedure).ok_or(AppError::NotFound)?;
    let submitted = casework::read_filing(&state, form, p).await?;
    match filing::file(state.engine(), &person.account, p, &submitted, lang).await? {
        Err(r) => Ok(refusal(&state, lang, &r)),
        Ok(filed) => {
            let (status, c) = match filed {
                Filed::Created(c) => (StatusCode::CREATED, c),
                Filed::AlreadyFiled(c) => (StatusCode::OK, c),
            };
            Ok((status, Json(summary(&state, lang, &c).await?)).into_response())
        }
    }
}

/// The procedure to file.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct FileQuery {
    procedure: String,
}

/// `GET /api/v1/me/cases/{reference}`: the case with its form, files, the history the person
/// sees (every staff access included: who looked at my file), what is asked of them and what
/// they may do.
pub async fn show_my_case(
    State(state): State<AppState>,
    ApiLang(lang): ApiLang,
    person: Person,
    Path(reference): Path<String>,
) -> Result<Json<Value>, AppError> {
    let c = own_case(&state, &person.account.id, &reference).await?;
    let (_, w) = case_procedure(&state, &c).await?;
    let mut body = summary(&state, lang, &c).await?;
    body["form"] = serde_json::from_str(&c.form_data).unwrap_or(Value::Null);
    body["represented_name"] = json!(cases::represented_name(state.db(), &c.id).await?);
    body["files"] = cases::attachments(state.db(), &c.id)
        .await?
        .iter()
        .map(|a| json!({ "id": a.id, "document": a.document_id, "filename": a.filename, "media_type": a.media_type }))
        .collect();
    body["events"] = cases::events(state.db(), &c.id, false)
        .await?
        .iter()
        .map(|e| json!({ "at": e.at, "kind": e.kind, "actor_role": e.actor_role, "administration": e.actor_org_id, "action": e.action, "to_status": e.to_status, "body": e.body }))
        .collect();
    body["requested_documents"] = if c.phase == Phase::WaitingForYou {
        json!(applicant::requested_documents(state.engine(), &c).await?)
    } else {
        json!([])
    };
    body["actions"] = w.allowed(&c.status, person.actor().workflow()).iter().map(|t| json!(t.action)).collect();
    body["silence_certificate"] = json!(nafida_engine::cases::tacitly_approved(state.engine(), &c).await?);
    Ok(Json(body))
}

/// A message from the person.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MyMessage {
    text: String,
}

/// `POST /api/v1/me/cases/{reference}/messages`
pub async fn post_my_message(
    State(state): State<AppState>,
    ApiLang(lang): ApiLang,
    person: Person,
    Path(reference): Path<String>,
    body: Result<Json<MyMessage>, JsonRejection>,
) -> Result<Response, AppError> {
    let c = own_case(&state, &person.account.id, &reference).await?;
    let Json(body) = match body {
        Ok(b) => b,
        Err(e) => return Ok(problem(&state, lang, e.status(), "malformed-body", &[])),
    };
    match applicant::message(state.engine(), &person.actor(), &c, &body.text).await? {
        Ok(()) => Ok((StatusCode::CREATED, Json(json!({ "status": 201 }))).into_response()),
        Err(r) => Ok(refusal(&state, lang, &super::renamed(r, "message", "text"))),
    }
}

/// `POST /api/v1/me/cases/{reference}/documents` (multipart, `doc_<id>`): the documents asked
/// for; the clock starts again.
pub async fn provide_my_documents(
    State(state): State<AppState>,
    ApiLang(lang): ApiLang,
    person: Person,
    Path(reference): Path<String>,
    super::ApiMultipart(form): super::ApiMultipart,
) -> Result<Response, AppError> {
    let c = own_case(&state, &person.account.id, &reference).await?;
    let submitted = casework::read_multipart(form).await?;
    match applicant::provide_documents(state.engine(), &person.actor(), &c, &submitted).await? {
        Err(r) => Ok(refusal(&state, lang, &r)),
        Ok(()) => after_action(&state, lang, &c).await,
    }
}

/// `POST /api/v1/me/cases/{reference}/withdraw`
pub async fn withdraw_my_case(
    State(state): State<AppState>,
    ApiLang(lang): ApiLang,
    person: Person,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let c = own_case(&state, &person.account.id, &reference).await?;
    // An API call is its own confirmation (the application asked its user).
    match applicant::withdraw(state.engine(), &person.actor(), &c, true).await? {
        Err(r) => Ok(refusal(&state, lang, &r)),
        Ok(()) => after_action(&state, lang, &c).await,
    }
}

async fn after_action(state: &AppState, lang: Lang, c: &CaseRow) -> Result<Response, AppError> {
    let fresh = cases::by_reference(state.db(), &c.reference).await?.ok_or(AppError::NotFound)?;
    Ok((StatusCode::OK, Json(summary(state, lang, &fresh).await?)).into_response())
}

/// `GET /api/v1/me/inbox`: what administrations wrote on every own case, newest first, each
/// event described in the language of `Accept-Language`.
pub async fn my_inbox(
    State(state): State<AppState>,
    ApiLang(lang): ApiLang,
    person: Person,
) -> Result<Json<Value>, AppError> {
    let names = nafida_engine::orgs::OrgNames::load(state.engine(), lang.code()).await?;
    let mut rows = vec![];
    for entry in cases::inbox(state.db(), &person.account.id, 100).await? {
        let (p, w) = state
            .catalog()
            .version(state.db(), &entry.procedure_id, entry.procedure_version)
            .await
            .map_err(AppError::Internal)?;
        let event = nafida_engine::events::Event::from_row(entry.event);
        let row = crate::views::describe(&names, Tr { i18n: state.i18n(), lang, zone: None }, &p, &w, &event);
        rows.push(json!({
            "case": entry.reference,
            "title": p.title.get(lang.code()),
            "at": event.at,
            "kind": event.what.kind(),
            "text": row.text,
            "body": row.body,
        }));
    }
    Ok(Json(json!({ "entries": rows })))
}

/// `GET /api/v1/me/cases/{reference}/files/{id}`: a file of one's own case.
pub async fn download_my_file(
    State(state): State<AppState>,
    person: Person,
    Path((reference, file_id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let c = own_case(&state, &person.account.id, &reference).await?;
    crate::views::send_attachment(&state, &c, &file_id).await
}
