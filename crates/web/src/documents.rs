//! Issued documents at the HTTP edge: downloads, the public verification pages anyone can use
//! without signing in, the published keys, and revocation by staff. Issuance is the engine's
//! (`nafida_engine::documents`).

use std::collections::BTreeMap;

use askama::Template;
use axum::Json;
use axum::extract::{Form, Multipart, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use nafida_domain::{OrgId, VerificationCode};
use nafida_engine::documents::{Standing, public_keys, standing};
use nafida_store::FileKey;
use nafida_store::documents::{self, IssuedDocument};
use serde::Deserialize;
use serde_json::json;

use crate::auth::{Staff, deny};
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::page::{PageCtx, render};
use crate::state::AppState;

/// The sealed file of a document, as a download.
pub async fn send_pdf(state: &AppState, d: &IssuedDocument) -> Result<Response, AppError> {
    let key = FileKey::parse(&d.file_key).ok_or(AppError::NotFound)?;
    let bytes = state.files().get(&key).await?.ok_or(AppError::NotFound)?;
    let name = format!("nafida-{}-{}.pdf", d.kind, d.code);
    Ok(crate::views::private_download(bytes, "application/pdf", Some(&name)))
}

/// Facts shown to compare with the paper, in this order (only those present).
const SHOWN: &[&str] =
    &["name_ar", "name_latin", "name_tifinagh", "event_date", "place", "act", "reference", "copies", "issued_on"];

/// A fact as the page shows it.
pub struct FactRow {
    label: String,
    value: String,
    dir: &'static str,
}

#[derive(Template)]
#[template(path = "verify/show.html")]
struct VerifyPage {
    ctx: PageCtx,
    code: String,
    /// `valid`, `revoked`, `expired`, `unknown`.
    status: &'static str,
    /// Its heading's key.
    status_key: String,
    title: String,
    office: String,
    facts: Vec<FactRow>,
    reason: Option<String>,
    /// When a file was checked: `Some(None)` it is authentic, `Some(Some(message))` it is not.
    file_check: Option<Option<String>>,
    can_revoke: bool,
    errors: FormErrors,
}

#[derive(Template)]
#[template(path = "verify/index.html")]
struct VerifyIndex {
    ctx: PageCtx,
    errors: FormErrors,
    code: String,
}

/// `GET /verify`: enter a code, or give the file.
pub async fn show_verify_form(ctx: PageCtx) -> Result<Response, AppError> {
    let lang = ctx.lang;
    render(&VerifyIndex { ctx, errors: FormErrors::default(), code: String::new() }, lang)
}

/// A code typed in.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CodeForm {
    code: String,
}

/// `GET /verify/lookup?code=…`: the form's target, forgiving how the code was typed.
pub async fn lookup_code(
    ctx: PageCtx,
    axum::extract::Query(form): axum::extract::Query<CodeForm>,
) -> Result<Response, AppError> {
    match VerificationCode::parse(&form.code) {
        Ok(code) => Ok(Redirect::to(&format!("/verify/{}", code.as_str())).into_response()),
        Err(e) => {
            let mut errors = FormErrors::default();
            errors.add_keyed("code", &crate::forms::domain_error_key(&e), ctx.t(&crate::forms::domain_error_key(&e)));
            let lang = ctx.lang;
            render(&VerifyIndex { ctx, errors, code: form.code.chars().take(40).collect() }, lang)
        }
    }
}

async fn verify_page(
    state: &AppState,
    ctx: PageCtx,
    code: &str,
    file_check: Option<Option<String>>,
    viewer: Option<&Staff>,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let now = state.clock().now().millis();
    let found = match VerificationCode::parse(code) {
        Ok(c) => documents::get(state.db(), c.as_str()).await?,
        Err(_) => None,
    };
    let code_lang = ctx.lang.code();
    let lang = ctx.lang;
    let Some(d) = found else {
        let page = VerifyPage {
            code: code.chars().take(20).collect(),
            status: "unknown",
            status_key: "check-unknown".into(),
            title: String::new(),
            office: String::new(),
            facts: vec![],
            reason: None,
            file_check,
            can_revoke: false,
            errors,
            ctx,
        };
        let mut response = render(&page, lang)?;
        *response.status_mut() = axum::http::StatusCode::NOT_FOUND;
        return Ok(response);
    };
    let data: BTreeMap<String, String> = serde_json::from_str(&d.data_json).unwrap_or_default();
    let facts = SHOWN
        .iter()
        .filter_map(|k| {
            data.get(*k).map(|v| FactRow {
                label: ctx.t(&format!("doc-field-{}", k.replace('_', "-"))),
                // A date as the paper writes it (dd/mm/yyyy), to compare at a glance.
                value: nafida_engine::dates::show_date(v),
                dir: if k.ends_with("_ar") { "rtl" } else { "ltr" },
            })
        })
        .collect();
    let office = crate::views::org_name(state, &d.office_id, code_lang).await?;
    let can_revoke = match (viewer, OrgId::parse(&d.office_id)) {
        (Some(staff), Ok(org)) => d.revoked_at.is_none() && staff.covers(state, &org).await?,
        _ => false,
    };
    let page = VerifyPage {
        code: VerificationCode::parse(&d.code).map(|c| c.display()).unwrap_or(d.code.clone()),
        status: match standing(&d, now) {
            Standing::Valid => "valid",
            Standing::Revoked => "revoked",
            Standing::Expired => "expired",
        },
        status_key: format!(
            "check-{}",
            match standing(&d, now) {
                Standing::Valid => "valid",
                Standing::Revoked => "revoked",
                Standing::Expired => "expired",
            }
        ),
        title: ctx.t(&format!("doc-kind-{}", d.kind)),
        office,
        facts,
        reason: d.revoked_reason.clone(),
        file_check,
        can_revoke,
        errors,
        ctx,
    };
    render(&page, lang)
}

/// `GET /verify/{code}`: valid, revoked or expired, with only what is needed to compare with
/// the paper. No sign-in.
pub async fn show_verification(
    State(state): State<AppState>,
    ctx: PageCtx,
    mut parts: axum::http::request::Parts,
    Path(code): Path<String>,
) -> Result<Response, AppError> {
    // Staff who may revoke it see the form; everyone else sees the same public page.
    let viewer = match crate::auth::actor_of(&parts) {
        crate::auth::Actor::User { account, .. } if account.role.is_staff() => {
            <Staff as axum::extract::FromRequestParts<AppState>>::from_request_parts(&mut parts, &state).await.ok()
        }
        _ => None,
    };
    verify_page(&state, ctx, &code, None, viewer.as_ref(), FormErrors::default()).await
}

/// `POST /verify/file` (multipart `file`): checks an uploaded PDF's seal, then shows its
/// document's standing.
pub async fn verify_upload(State(state): State<AppState>, ctx: PageCtx, form: Multipart) -> Result<Response, AppError> {
    let submitted = crate::casework::read_multipart(form).await?;
    let bytes = submitted.file("file").map(|(_, b)| b.as_slice());
    let outcome = match (bytes, submitted.too_large.is_empty()) {
        (Some(b), true) => nafida_docs::verify(b, &public_keys(state.engine()).await?),
        _ => Err(nafida_docs::VerifyError::NotSealed),
    };
    match outcome {
        Ok(v) => {
            let code = v.data.get("code").cloned().unwrap_or_default();
            verify_page(&state, ctx, &code, Some(None), None, FormErrors::default()).await
        }
        Err(e) => {
            let key = match e {
                nafida_docs::VerifyError::Tampered => "check-file-tampered",
                nafida_docs::VerifyError::UnknownKey(_) => "check-file-unknown-key",
                _ => "check-file-not-sealed",
            };
            let mut errors = FormErrors::default();
            errors.add_keyed("file", key, ctx.t(key));
            let lang = ctx.lang;
            let mut response = render(&VerifyIndex { ctx, errors, code: String::new() }, lang)?;
            *response.status_mut() = axum::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(response)
        }
    }
}

/// `GET /verify/keys`: every public key documents were ever sealed with, by id: the platform's
/// own, and each issuing office's (its names, the key's generation and validity period; a key
/// past its period still verifies what it sealed while valid).
pub async fn published_keys(State(state): State<AppState>) -> Result<Json<serde_json::Value>, AppError> {
    let mut keys = vec![];
    for k in documents::published_keys(state.db()).await? {
        let office = match &k.office_id {
            Some(id) => {
                let engine = state.engine();
                let (ar, fr, en) = (
                    nafida_engine::orgs::name(engine, id, "ar").await?,
                    nafida_engine::orgs::name(engine, id, "fr").await?,
                    nafida_engine::orgs::name(engine, id, "en").await?,
                );
                json!({ "id": id, "name": { "ar": ar, "fr": fr, "en": en } })
            }
            None => serde_json::Value::Null,
        };
        keys.push(json!({
            "id": k.key_id,
            "algorithm": "Ed25519",
            "public_key": k.public_key,
            "office": office,
            "generation": k.generation,
            "valid_from": k.valid_from,
            "valid_until": k.valid_until,
            "since": k.valid_from,
        }));
    }
    Ok(Json(json!({ "platform": state.settings().signing_key.id(), "keys": keys })))
}

/// A revocation.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RevokeForm {
    reason: String,
    confirm: String,
}

/// `POST /staff/documents/{code}/revoke`: staff of the issuing office (or above) revoke a
/// document with a reason; its verification page says so from then on.
pub async fn revoke_document(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(code): Path<String>,
    Form(form): Form<RevokeForm>,
) -> Result<Response, AppError> {
    let code = VerificationCode::parse(&code).map_err(|_| AppError::NotFound)?;
    let confirmed = form.confirm == "yes";
    match nafida_engine::documents::revoke(state.engine(), &staff.actor(), code.as_str(), &form.reason, confirmed).await
    {
        Err(nafida_engine::EngineError::NotFound) => {
            return Err(deny(&parts, Some(&staff.user.account), "document absent or out of scope", AppError::NotFound));
        }
        Err(e) => return Err(e.into()),
        // Revoked already: the page says so.
        Ok(Ok(()) | Err(nafida_engine::Refusal::NotAllowed(_))) => {}
        Ok(Err(refusal)) => {
            let errors = FormErrors::from_refusal(&ctx, refusal);
            return verify_page(&state, ctx, code.as_str(), None, Some(&staff), errors).await;
        }
    }
    Ok(Redirect::to(&format!("/verify/{}", code.as_str())).into_response())
}
