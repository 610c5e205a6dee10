//! `/admin/topics`: administrators keep the topics and sub-topics complaints are filed under.
//! A topic is retired, never deleted, so the complaints that name it keep it.

use askama::Template;
use axum::extract::{Form, State};
use axum::response::{IntoResponse, Redirect, Response};
use nafida_domain::Names;
use nafida_store::topics;
use serde::Deserialize;

use crate::auth::AdminUser;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::page::{PageCtx, render};
use crate::state::AppState;

/// A topic as listed.
pub struct TopicView {
    id: String,
    name: String,
    sub: bool,
    retired: bool,
}

#[derive(Template)]
#[template(path = "admin/topics.html")]
struct TopicsPage {
    ctx: PageCtx,
    rows: Vec<TopicView>,
    parents: Vec<(String, String)>,
    errors: FormErrors,
    form: TopicForm,
}

/// A new topic or sub-topic.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct TopicForm {
    parent: String,
    id: String,
    name_ar: String,
    name_fr: String,
    name_en: String,
}

async fn page(state: &AppState, ctx: PageCtx, errors: FormErrors, form: TopicForm) -> Result<Response, AppError> {
    let code = ctx.lang.code();
    let all = topics::list(state.db()).await?;
    let parents = all
        .iter()
        .filter(|t| t.parent_id.is_none() && !t.retired)
        .map(|t| (t.id.clone(), t.name.get(code).to_string()))
        .collect();
    let rows = all
        .into_iter()
        .map(|t| TopicView {
            name: t.name.get(code).to_string(),
            sub: t.parent_id.is_some(),
            retired: t.retired,
            id: t.id,
        })
        .collect();
    let lang = ctx.lang;
    render(&TopicsPage { ctx, rows, parents, errors, form }, lang)
}

/// `GET /admin/topics`
pub async fn list_topics(State(state): State<AppState>, ctx: PageCtx, _admin: AdminUser) -> Result<Response, AppError> {
    page(&state, ctx, FormErrors::default(), TopicForm::default()).await
}

/// `POST /admin/topics`: adds a topic, or a sub-topic of a topic.
pub async fn add_topic(
    State(state): State<AppState>,
    ctx: PageCtx,
    _admin: AdminUser,
    Form(form): Form<TopicForm>,
) -> Result<Response, AppError> {
    let mut errors = FormErrors::default();
    if !nafida_domain::topics::valid_id(form.id.trim()) {
        errors.add_keyed("id", "err-topic-id", ctx.t("err-topic-id"));
    }
    for (field, value) in [("name_ar", &form.name_ar), ("name_fr", &form.name_fr), ("name_en", &form.name_en)] {
        if value.trim().is_empty() || value.chars().count() > 120 {
            errors.add(field, ctx.t("err-name-required"));
        }
    }
    let parent = (!form.parent.is_empty()).then(|| form.parent.trim().to_string());
    if errors.is_empty() {
        let name =
            Names { ar: form.name_ar.trim().into(), fr: form.name_fr.trim().into(), en: form.name_en.trim().into() };
        let now = state.clock().now().millis();
        match topics::add(state.db(), form.id.trim(), parent.as_deref(), &name, 1000, now).await {
            Ok(()) => return Ok(Redirect::to("/admin/topics").into_response()),
            Err(nafida_store::StoreError::Conflict(_)) => {
                errors.add_keyed("id", "err-topic-taken", ctx.t("err-topic-taken"))
            }
            Err(nafida_store::StoreError::NotFound(_)) => errors.add("parent", ctx.t("err-choice-invalid")),
            Err(e) => return Err(e.into()),
        }
    }
    page(&state, ctx, errors, form).await
}

/// A topic to retire.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RetireForm {
    id: String,
}

/// `POST /admin/topics/retire`: no longer offered (with its sub-topics), kept for older
/// complaints.
pub async fn retire_topic(
    State(state): State<AppState>,
    _admin: AdminUser,
    Form(form): Form<RetireForm>,
) -> Result<Response, AppError> {
    if !topics::retire(state.db(), &form.id, state.clock().now().millis()).await? {
        return Err(AppError::NotFound);
    }
    Ok(Redirect::to("/admin/topics").into_response())
}
