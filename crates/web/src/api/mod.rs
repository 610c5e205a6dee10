//! The JSON API, version 1 (`/api/v1/`), described by the OpenAPI document it serves at
//! `/api/v1/openapi.json`. The catalogue is public; the case endpoints are for partner systems
//! of an administration, authenticated with a bearer token scoped to that one administration.
//! Errors are JSON bodies with a stable `code` (and, for invalid input, the fields at fault).
//! The same service functions as the HTML pages do the work.

use axum::Json;
use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequestParts, Path, State};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use nafida_domain::OrgId;
use nafida_domain::catalog::{DayCount, Procedure, Silence};
use nafida_store::cases::{self, CaseRow};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::auth::token_hash;
use crate::error::AppError;
use crate::state::AppState;
use crate::views::case_procedure;
use nafida_engine::cases::staff as staff_cmd;
use nafida_engine::cases::transition::{self, Request};
use nafida_engine::i18n::Lang;
use nafida_engine::{Actor, Refusal};

pub mod me;

/// The bearer token of a request, if any.
pub(crate) fn bearer(parts: &Parts) -> Option<&str> {
    parts.headers.get(header::AUTHORIZATION)?.to_str().ok()?.strip_prefix("Bearer ").map(str::trim)
}

/// A partner system acting for one administration.
#[derive(Debug, Clone)]
pub struct ApiClient {
    /// The administration.
    pub org: OrgId,
}

impl ApiClient {
    /// The partner system as the engine's commands know it: an agent of its administration.
    pub fn actor(&self) -> Actor {
        Actor::Partner { org: self.org.clone() }
    }
}

/// The language of an API caller's messages, from `Accept-Language` (French by default).
#[derive(Debug, Clone, Copy)]
pub struct ApiLang(pub Lang);

impl<S: Send + Sync> FromRequestParts<S> for ApiLang {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(ApiLang(ApiLang::of(&parts.headers)))
    }
}

impl ApiLang {
    /// The language an API caller asked for (`Accept-Language`), or the default.
    pub fn of(headers: &axum::http::HeaderMap) -> Lang {
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .and_then(Lang::negotiate)
            .unwrap_or(Lang::DEFAULT)
    }
}

/// Query parameters of an API call: a value that does not parse is a JSON problem (422) naming
/// the parameter as the request wrote it, with a message in the caller's language — never the
/// framework's plain text.
pub struct ApiQuery<T>(pub T);

impl<T: serde::de::DeserializeOwned + Send> FromRequestParts<AppState> for ApiQuery<T> {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(v)) => Ok(ApiQuery(v)),
            Err(e) => {
                let text = e.body_text();
                // serde_urlencoded names the field first: "…: limit: invalid digit found in string".
                let field = text
                    .split(": ")
                    .nth(1)
                    .filter(|f| !f.is_empty() && f.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
                    .unwrap_or("query")
                    .to_string();
                let lang = ApiLang::of(&parts.headers);
                Err(query_problem(state, lang, &field, "query-value"))
            }
        }
    }
}

/// A multipart body of an API call: one the server cannot read (no boundary, a broken part) is a
/// JSON problem, never the framework's plain text.
pub struct ApiMultipart(pub axum::extract::Multipart);

impl axum::extract::FromRequest<AppState> for ApiMultipart {
    type Rejection = Response;

    async fn from_request(req: axum::extract::Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let lang = ApiLang::of(req.headers());
        match axum::extract::Multipart::from_request(req, state).await {
            Ok(m) => Ok(ApiMultipart(m)),
            Err(_) => {
                let status = StatusCode::BAD_REQUEST;
                let message = state.i18n().format(lang, "err-malformed-body", None);
                Err((status, Json(json!({ "status": status.as_u16(), "code": "malformed-body", "message": message, "errors": [] }))).into_response())
            }
        }
    }
}

/// A 422 problem for one query parameter, with its message.
pub(crate) fn query_problem(state: &AppState, lang: Lang, field: &str, code: &str) -> Response {
    let message = state.i18n().format(lang, &format!("err-{code}"), None);
    let status = StatusCode::UNPROCESSABLE_ENTITY;
    let body = json!({
        "status": status.as_u16(),
        "code": "invalid",
        "message": message,
        "errors": [{ "field": field, "code": code, "message": message }],
    });
    (status, Json(body)).into_response()
}

/// A page size given by the caller: from 1 to 200 (50 when absent); anything else is refused,
/// not clamped.
pub(crate) fn page_size(limit: Option<i64>) -> Option<i64> {
    match limit {
        None => Some(50),
        Some(n) => (1..=200).contains(&n).then_some(n),
    }
}

/// A refusal of the engine as a problem body: its stable code, and for invalid input every
/// field with its code and its message in the caller's language. A role that may not act is
/// 403, a case whose state does not allow it 409, invalid input 422.
pub(crate) fn refusal(state: &AppState, lang: Lang, r: &Refusal) -> Response {
    let status = match r {
        Refusal::Forbidden(_) => StatusCode::FORBIDDEN,
        Refusal::NotAllowed(_) | Refusal::Changed => StatusCode::CONFLICT,
        Refusal::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
        Refusal::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
    };
    let errors: Vec<Value> = match r {
        Refusal::Invalid(problems) => problems
            .iter()
            .map(|p| json!({ "field": p.field, "code": p.code, "message": p.message(state.i18n(), lang) }))
            .collect(),
        _ => vec![],
    };
    let key = format!("err-{}", r.code());
    let message = state.i18n().format(lang, &key, None);
    let body = json!({ "status": status.as_u16(), "code": r.code(), "message": message, "errors": errors });
    let mut response = (status, Json(body)).into_response();
    if matches!(r, Refusal::Unavailable(_)) {
        response.headers_mut().insert(axum::http::header::RETRY_AFTER, axum::http::HeaderValue::from_static("30"));
    }
    response
}

impl FromRequestParts<AppState> for ApiClient {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let token = bearer(parts).ok_or(AppError::Unauthenticated { next: String::new() })?;
        let org = nafida_store::api_tokens::org_of(state.db(), &token_hash(token), state.clock().now().millis())
            .await?
            .ok_or(AppError::Unauthenticated { next: String::new() })?;
        Ok(ApiClient { org: OrgId::parse(&org).map_err(|e| AppError::Internal(e.to_string()))? })
    }
}

fn names(n: &nafida_domain::Names) -> Value {
    json!({ "ar": n.ar, "fr": n.fr, "en": n.en })
}

fn procedure_json(p: &Procedure) -> Value {
    json!({
        "id": p.id,
        "version": p.version,
        "theme": p.theme,
        "title": names(&p.title),
        "summary": names(&p.summary),
        "responsible": p.responsible.as_str(),
        "applicants": p.applicants,
        "fee_mad": p.fee_mad,
        "deadline": { "days": p.deadline.days, "count": match p.deadline.count { DayCount::Working => "working", DayCount::Calendar => "calendar" } },
        "silence": match p.silence { Silence::None => "none", Silence::TacitApproval => "tacit-approval" },
        "documents": p.documents.iter().map(|d| json!({ "id": d.id, "required": d.required, "label": names(&d.label) })).collect::<Vec<_>>(),
        "fields": p.fields.iter().map(|f| json!({ "name": f.name, "kind": f.kind.as_str(), "required": f.required, "label": names(&f.label) })).collect::<Vec<_>>(),
    })
}

/// Catalogue search.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CatalogueQuery {
    q: String,
    theme: Option<String>,
    administration_kind: Option<String>,
}

/// `GET /api/v1/procedures`: the catalogue, or the procedures matching a search (in Arabic,
/// French or English, folded as the pages fold it), a theme and a kind of administration.
pub async fn list_procedures(State(state): State<AppState>, ApiQuery(q): ApiQuery<CatalogueQuery>) -> Json<Value> {
    let list: Vec<Value> = state
        .catalog()
        .find(&q.q, q.theme.as_deref(), q.administration_kind.as_deref())
        .into_iter()
        .map(procedure_json)
        .collect();
    Json(json!({ "procedures": list }))
}

/// `GET /api/v1/procedures/{id}`
pub async fn show_procedure(State(state): State<AppState>, Path(id): Path<String>) -> Result<Json<Value>, AppError> {
    let p = state.catalog().catalog.procedures.get(&id).ok_or(AppError::NotFound)?;
    Ok(Json(procedure_json(p)))
}

/// A case as the API shows it (both sides).
pub(crate) fn case_json(c: &CaseRow) -> Value {
    json!({
        "reference": c.reference,
        "procedure": { "id": c.procedure_id, "version": c.procedure_version },
        "administration": c.org_id,
        "status": c.status,
        "phase": c.phase.as_str(),
        "flags": c.flags.stored().split(',').filter(|f| !f.is_empty()).map(str::to_string).collect::<Vec<_>>(),
        "filed_at": c.filed_at,
        "due_date": c.due_date,
        "assigned": c.assignee_id.is_some(),
    })
}

/// Query of the case list.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CaseListQuery {
    after: Option<String>,
    limit: Option<i64>,
    all: Option<bool>,
    status: Option<String>,
    flag: Option<String>,
}

/// `GET /api/v1/cases`: the administration's cases, most urgent first, keyset-paginated.
pub async fn list_cases(
    State(state): State<AppState>,
    ApiLang(lang): ApiLang,
    client: ApiClient,
    ApiQuery(q): ApiQuery<CaseListQuery>,
) -> Result<Response, AppError> {
    let Some(limit) = page_size(q.limit) else {
        return Ok(query_problem(&state, lang, "limit", "limit-range"));
    };
    let after = q.after.as_deref().and_then(|a| a.split_once('/'));
    let flag = match q.flag.as_deref() {
        None => None,
        Some(f) => match nafida_engine::cases::QUEUE_FILTERS.iter().find(|x| **x == f) {
            Some(known) => Some(*known),
            None => {
                return Ok(problem(
                    &state,
                    lang,
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "invalid",
                    &[("flag", "choice-invalid")],
                ));
            }
        },
    };
    let window = match flag {
        Some(f) => nafida_engine::clock::due_window(state.engine(), f).await?,
        None => None,
    };
    let filter = cases::QueueFilter {
        open_only: !q.all.unwrap_or(false),
        due_window: window.as_ref().map(|(a, b)| (a.as_str(), b.as_str())),
        flag: flag.filter(|f| !matches!(*f, "overdue" | "due-soon")),
        status: q.status.as_deref().filter(|s| !s.is_empty() && s.len() <= 64),
        ..Default::default()
    };
    let mut rows = cases::queue(state.db(), client.org.as_str(), filter, after, limit + 1).await?;
    let next = (rows.len() as i64 > limit)
        .then(|| rows.get(limit as usize - 1).map(|c| format!("{}/{}", c.due_date, c.queue_key())))
        .flatten();
    rows.truncate(limit as usize);
    Ok(Json(json!({ "cases": rows.iter().map(case_json).collect::<Vec<_>>(), "next": next })).into_response())
}

async fn client_case(state: &AppState, client: &ApiClient, reference: &str) -> Result<CaseRow, AppError> {
    Ok(nafida_engine::cases::find(state.engine(), &client.actor(), reference).await?)
}

/// The case as it is now, as the API shows it.
async fn fresh_case(state: &AppState, c: &CaseRow) -> Result<Response, AppError> {
    let fresh = nafida_engine::cases::reload(state.engine(), c).await?;
    Ok((StatusCode::OK, Json(case_json(&fresh))).into_response())
}

/// `GET /api/v1/cases/{reference}`: the case, its form, its history and the actions allowed.
/// Reading it is recorded in the history the person sees, like an agent opening it.
pub async fn show_case(
    State(state): State<AppState>,
    client: ApiClient,
    Path(reference): Path<String>,
) -> Result<Json<Value>, AppError> {
    let c = client_case(&state, &client, &reference).await?;
    let view = nafida_engine::cases::ViewReason::Processing;
    nafida_engine::cases::record_view(state.engine(), &client.actor(), &c, view).await?;
    let (_, w) = case_procedure(&state, &c).await?;
    let events = cases::events(state.db(), &c.id, true).await?;
    let mut body = case_json(&c);
    body["form"] = serde_json::from_str(&c.form_data).unwrap_or(Value::Null);
    body["events"] = events
        .iter()
        .map(|e| json!({ "at": e.at, "kind": e.kind, "actor_role": e.actor_role, "administration": e.actor_org_id, "action": e.action, "to_status": e.to_status, "body": e.body, "internal": e.internal }))
        .collect();
    body["actions"] = w
        .allowed(&c.status, client.actor().workflow())
        .iter()
        .map(|t| json!({ "action": t.action, "to": t.to, "needs_motivation": t.needs_motivation }))
        .collect();
    Ok(Json(body))
}

/// A transition asked through the API.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TransitionBody {
    action: String,
    motivation: String,
    documents: Vec<String>,
    other_document: String,
    other_reason: String,
}

/// `POST /api/v1/cases/{reference}/transitions`: a workflow action, under the same rules as
/// the agents' page.
pub async fn post_transition(
    State(state): State<AppState>,
    client: ApiClient,
    ApiLang(lang): ApiLang,
    Path(reference): Path<String>,
    body: Result<Json<TransitionBody>, JsonRejection>,
) -> Result<Response, AppError> {
    let c = client_case(&state, &client, &reference).await?;
    let Json(body) = match body {
        Ok(b) => b,
        Err(e) => return Ok(problem(&state, lang, e.status(), "malformed-body", &[])),
    };
    let request = Request {
        action: body.action,
        motivation: body.motivation,
        documents: body.documents,
        other_document: body.other_document,
        other_reason: body.other_reason,
        attachments: vec![],
    };
    match transition::apply(state.engine(), &client.actor(), &c, &request).await? {
        Ok(()) => fresh_case(&state, &c).await,
        Err(r) => Ok(refusal(&state, lang, &r)),
    }
}

/// A message through the API.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MessageBody {
    text: String,
}

fn created() -> Response {
    (StatusCode::CREATED, Json(json!({ "status": 201 }))).into_response()
}

/// `POST /api/v1/cases/{reference}/messages`: a message to the person.
pub async fn post_message(
    State(state): State<AppState>,
    client: ApiClient,
    ApiLang(lang): ApiLang,
    Path(reference): Path<String>,
    body: Result<Json<MessageBody>, JsonRejection>,
) -> Result<Response, AppError> {
    let c = client_case(&state, &client, &reference).await?;
    let Json(body) = match body {
        Ok(b) => b,
        Err(e) => return Ok(problem(&state, lang, e.status(), "malformed-body", &[])),
    };
    match staff_cmd::message_applicant(state.engine(), &client.actor(), &c, &body.text).await? {
        Ok(()) => Ok(created()),
        Err(r) => Ok(refusal(&state, lang, &renamed(r, "note", "text"))),
    }
}

/// A refusal whose field the API names otherwise than the page.
fn renamed(r: Refusal, from: &str, to: &str) -> Refusal {
    match r {
        Refusal::Invalid(problems) => Refusal::Invalid(
            problems
                .into_iter()
                .map(|mut p| {
                    if p.field == from {
                        p.field = to.to_string();
                    }
                    p
                })
                .collect(),
        ),
        other => other,
    }
}

/// A note, an assignment or an extension through the API.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TextBody {
    text: String,
}

/// `POST /api/v1/cases/{reference}/notes`: an internal note (staff only see it).
pub async fn post_note(
    State(state): State<AppState>,
    client: ApiClient,
    ApiLang(lang): ApiLang,
    Path(reference): Path<String>,
    body: Result<Json<TextBody>, JsonRejection>,
) -> Result<Response, AppError> {
    let c = client_case(&state, &client, &reference).await?;
    let Json(body) = match body {
        Ok(b) => b,
        Err(e) => return Ok(problem(&state, lang, e.status(), "malformed-body", &[])),
    };
    match staff_cmd::add_note(state.engine(), &client.actor(), &c, &body.text).await? {
        Ok(()) => Ok(created()),
        Err(r) => Ok(refusal(&state, lang, &renamed(r, "note", "text"))),
    }
}

/// An assignment through the API.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AssignBody {
    assignee: String,
}

/// `POST /api/v1/cases/{reference}/assignee`: gives the case to a staff member of the
/// administration (by account id) — as on the pages, a supervisor's act: a partner system acts
/// as an agent, and is refused (403).
pub async fn post_assignee(
    State(state): State<AppState>,
    client: ApiClient,
    ApiLang(lang): ApiLang,
    Path(reference): Path<String>,
    body: Result<Json<AssignBody>, JsonRejection>,
) -> Result<Response, AppError> {
    let c = client_case(&state, &client, &reference).await?;
    let Json(body) = match body {
        Ok(b) => b,
        Err(e) => return Ok(problem(&state, lang, e.status(), "malformed-body", &[])),
    };
    match staff_cmd::assign(state.engine(), &client.actor(), &c, &body.assignee).await? {
        Ok(()) => fresh_case(&state, &c).await,
        Err(r) => Ok(refusal(&state, lang, &r)),
    }
}

/// An extension through the API.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ExtendBody {
    reason: String,
}

/// `POST /api/v1/cases/{reference}/extension`: extends the time limit once where the procedure
/// allows it, with a reason the person sees.
pub async fn post_extension(
    State(state): State<AppState>,
    client: ApiClient,
    ApiLang(lang): ApiLang,
    Path(reference): Path<String>,
    body: Result<Json<ExtendBody>, JsonRejection>,
) -> Result<Response, AppError> {
    let c = client_case(&state, &client, &reference).await?;
    let Json(body) = match body {
        Ok(b) => b,
        Err(e) => return Ok(problem(&state, lang, e.status(), "malformed-body", &[])),
    };
    match staff_cmd::extend(state.engine(), &client.actor(), &c, &body.reason).await? {
        Ok(()) => fresh_case(&state, &c).await,
        Err(r) => Ok(refusal(&state, lang, &r)),
    }
}

/// A transfer asked through the API.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TransferBody {
    to: String,
    reason: String,
}

/// `POST /api/v1/cases/{reference}/transfer`: to the competent administration, with a reason
/// the person sees.
pub async fn post_transfer(
    State(state): State<AppState>,
    client: ApiClient,
    ApiLang(lang): ApiLang,
    Path(reference): Path<String>,
    body: Result<Json<TransferBody>, JsonRejection>,
) -> Result<Response, AppError> {
    let c = client_case(&state, &client, &reference).await?;
    let Json(body) = match body {
        Ok(b) => b,
        Err(e) => return Ok(problem(&state, lang, e.status(), "malformed-body", &[])),
    };
    match staff_cmd::transfer(state.engine(), &client.actor(), &c, &body.to, &body.reason).await? {
        Ok(()) => Ok((StatusCode::OK, Json(json!({ "status": 200, "administration": body.to }))).into_response()),
        Err(r) => Ok(refusal(&state, lang, &r)),
    }
}

/// An opinion asked through the API.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct AskOpinionBody {
    org: String,
    question: String,
}

/// `POST /api/v1/cases/{reference}/opinions`: asks another administration for an opinion,
/// due in ten working days.
pub async fn post_opinion_request(
    State(state): State<AppState>,
    client: ApiClient,
    ApiLang(lang): ApiLang,
    Path(reference): Path<String>,
    body: Result<Json<AskOpinionBody>, JsonRejection>,
) -> Result<Response, AppError> {
    let c = client_case(&state, &client, &reference).await?;
    let Json(body) = match body {
        Ok(b) => b,
        Err(e) => return Ok(problem(&state, lang, e.status(), "malformed-body", &[])),
    };
    match staff_cmd::ask_opinion(state.engine(), &client.actor(), &c, &body.org, &body.question).await? {
        Ok(id) => {
            let o = cases::opinion_by_id(state.db(), &id).await?.ok_or(AppError::NotFound)?;
            Ok((StatusCode::CREATED, Json(opinion_json(&o, &c))).into_response())
        }
        Err(r) => Ok(refusal(&state, lang, &r)),
    }
}

fn opinion_json(o: &cases::Opinion, c: &CaseRow) -> Value {
    json!({
        "id": o.id,
        "case": c.reference,
        "asked_by": o.asker_org_id.as_deref().unwrap_or(&c.org_id),
        "administration": o.org_id,
        "kind": o.kind,
        "question": o.question,
        "due_date": o.due_date,
        "verdict": o.verdict,
        "answer": o.answer,
    })
}

/// `GET /api/v1/opinions`: the opinions the administration still owes, most urgent first.
pub async fn list_opinions(State(state): State<AppState>, client: ApiClient) -> Result<Json<Value>, AppError> {
    let list = cases::pending_opinions(state.db(), client.org.as_str()).await?;
    let rows: Vec<Value> = list
        .iter()
        .map(|o| json!({ "id": o.id, "case": o.reference, "asked_by": o.asked_by, "kind": o.kind, "due_date": o.due_date }))
        .collect();
    Ok(Json(json!({ "opinions": rows })))
}

async fn client_opinion(state: &AppState, client: &ApiClient, id: &str) -> Result<(cases::Opinion, CaseRow), AppError> {
    Ok(staff_cmd::opinion_for(state.engine(), &client.actor(), id).await?)
}

/// `GET /api/v1/opinions/{id}`: the question with the case's form, to answer it. Reading it is
/// recorded in the history the person sees, with the reason "opinion".
pub async fn show_opinion(
    State(state): State<AppState>,
    client: ApiClient,
    Path(id): Path<String>,
) -> Result<Json<Value>, AppError> {
    let (o, c) = client_opinion(&state, &client, &id).await?;
    let view = nafida_engine::cases::ViewReason::Opinion;
    nafida_engine::cases::record_view(state.engine(), &client.actor(), &c, view).await?;
    let mut body = opinion_json(&o, &c);
    body["procedure"] = json!({ "id": c.procedure_id, "version": c.procedure_version });
    body["form"] = serde_json::from_str(&c.form_data).unwrap_or(Value::Null);
    Ok(Json(body))
}

/// An opinion given through the API.
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct GiveOpinionBody {
    verdict: String,
    answer: String,
}

/// `POST /api/v1/opinions/{id}`: the administration's opinion, once.
pub async fn post_opinion(
    State(state): State<AppState>,
    client: ApiClient,
    ApiLang(lang): ApiLang,
    Path(id): Path<String>,
    body: Result<Json<GiveOpinionBody>, JsonRejection>,
) -> Result<Response, AppError> {
    let (o, c) = client_opinion(&state, &client, &id).await?;
    let Json(body) = match body {
        Ok(b) => b,
        Err(e) => return Ok(problem(&state, lang, e.status(), "malformed-body", &[])),
    };
    match staff_cmd::give_opinion(state.engine(), &client.actor(), &o, &body.verdict, &body.answer).await? {
        Ok(()) => {
            let o = cases::opinion_by_id(state.db(), &o.id).await?.ok_or(AppError::NotFound)?;
            Ok((StatusCode::OK, Json(opinion_json(&o, &c))).into_response())
        }
        Err(r) => Ok(refusal(&state, lang, &r)),
    }
}

/// An error body with its stable code and the fields at fault.
pub(crate) fn problem(
    state: &AppState,
    lang: Lang,
    status: StatusCode,
    code: &str,
    fields: &[(&str, &str)],
) -> Response {
    let message = |code: &str| state.i18n().format(lang, &format!("err-{code}"), None);
    let errors: Vec<Value> =
        fields.iter().map(|(f, c)| json!({ "field": f, "code": c, "message": message(c) })).collect();
    let body = json!({ "status": status.as_u16(), "code": code, "message": message(code), "errors": errors });
    (status, Json(body)).into_response()
}

/// `GET /api/v1/openapi.json`
pub async fn openapi() -> Json<Value> {
    Json(crate::openapi::document())
}
