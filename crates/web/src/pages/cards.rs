//! The "MRE Services" card's pages: the holder's cards (the card, its QR code to show on a
//! phone, declaring it lost or stolen), the counter's check (type the number or the credential,
//! upload a photo of the QR code, or scan it with the camera where the browser can; usable
//! without JavaScript), and the signed list of revoked cards a counter downloads. The rules are
//! the engine's (`nafida_engine::cards`).

use askama::Template;
use axum::extract::{Form, Multipart, Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use nafida_docs::credential::CardError;
use nafida_engine::Actor;
use nafida_engine::cards::{self, Standing, Verdict};
use nafida_engine::dates::show_date;
use serde::Deserialize;

use crate::auth::{Citizen, Staff};
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::page::{PageCtx, render};
use crate::state::AppState;

/// A card as its holder's page shows it.
pub struct CardView {
    number: String,
    name_latin: String,
    name_ar: String,
    valid_from: String,
    valid_until: String,
    issuer: String,
    standing_key: String,
    standing: String,
    /// The reason's label, for a revoked card.
    revoked: Option<String>,
    /// Where its sealed PDF is downloaded.
    pdf: Option<String>,
    code: String,
}

#[derive(Template)]
#[template(path = "account/cards.html")]
struct CardsPage {
    ctx: PageCtx,
    cards: Vec<CardView>,
    errors: FormErrors,
}

async fn cards_page(
    state: &AppState,
    ctx: PageCtx,
    account_id: &str,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let lang = ctx.lang.code();
    let mut views = vec![];
    for (c, s) in cards::of_person(state.engine(), &Actor::applicant(account_id)).await? {
        let reference = nafida_store::cases::by_id(state.db(), &c.case_id).await?.map(|r| r.reference);
        views.push(CardView {
            pdf: reference.map(|r| format!("/cases/{r}/documents/{}", c.document_code)),
            issuer: nafida_engine::orgs::name(state.engine(), &c.issuer_id, lang).await?,
            valid_from: show_date(&c.valid_from),
            valid_until: show_date(&c.valid_until),
            standing_key: format!("card-standing-{}", s.as_str()),
            standing: s.as_str().to_string(),
            revoked: match &s {
                Standing::Revoked { reason, at } => Some(ctx.ta(
                    "card-revoked-on",
                    &[("reason", &ctx.t(&format!("card-reason-{reason}"))), ("date", &show_date(at))],
                )),
                _ => None,
            },
            number: c.number,
            name_latin: c.name_latin,
            name_ar: c.name_ar,
            code: c.document_code,
        });
    }
    let lang = ctx.lang;
    render(&CardsPage { ctx, cards: views, errors }, lang)
}

/// `GET /account/cards`: the person's cards, the current one first.
pub async fn show_my_cards(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
) -> Result<Response, AppError> {
    cards_page(&state, ctx, &user.account.id, FormErrors::default()).await
}

/// `GET /account/cards/{number}/qr.png`: the card's QR code, to show from a phone.
pub async fn card_qr(
    State(state): State<AppState>,
    Citizen(user): Citizen,
    Path(number): Path<String>,
) -> Result<Response, AppError> {
    let mine = cards::of_person(state.engine(), &Actor::applicant(&user.account.id)).await?;
    let Some((c, _)) = mine.into_iter().find(|(c, _)| c.number == number) else { return Err(AppError::NotFound) };
    let png = cards::qr::png(&c.credential).ok_or(AppError::NotFound)?;
    Ok(([(header::CONTENT_TYPE, "image/png"), (header::CACHE_CONTROL, "private, no-store")], png).into_response())
}

/// Declaring a card lost or stolen.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct RevokeForm {
    reason: String,
    confirm: String,
}

/// `POST /account/cards/{number}/revoke`: the holder declares their card lost or stolen (it is
/// refused everywhere from then on); they confirm it first, on the form itself.
pub async fn revoke_my_card(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Path(number): Path<String>,
    Form(form): Form<RevokeForm>,
) -> Result<Response, AppError> {
    let mut errors = FormErrors::default();
    if form.confirm != "yes" {
        errors.add_keyed("confirm", "err-card-confirm", ctx.t("err-card-confirm"));
        return cards_page(&state, ctx, &user.account.id, errors).await;
    }
    match cards::revoke(state.engine(), &Actor::applicant(&user.account.id), &number, &form.reason).await? {
        Ok(()) => Ok(Redirect::to("/account/cards").into_response()),
        Err(r) => {
            let errors = FormErrors::from_refusal(&ctx, r);
            cards_page(&state, ctx, &user.account.id, errors).await
        }
    }
}

/// What the check page says of a card.
pub struct VerdictView {
    /// `valid`, `refused`, `unknown`.
    tone: &'static str,
    headline: String,
    rows: Vec<(String, String)>,
    /// The number, when a card was found and may still be withdrawn.
    withdraw: Option<String>,
}

#[derive(Template)]
#[template(path = "cards/check.html")]
struct CheckPage {
    ctx: PageCtx,
    input: String,
    errors: FormErrors,
    verdict: Option<VerdictView>,
    staff: bool,
    scan_js: String,
}

fn refusal_text(ctx: &PageCtx, e: &CardError) -> String {
    match e {
        CardError::Malformed => ctx.t("card-refused-malformed"),
        CardError::UnknownKey(_) => ctx.t("card-refused-unknown-key"),
        CardError::Tampered => ctx.t("card-refused-tampered"),
        CardError::Expired(d) => ctx.t1("card-refused-expired", "date", &show_date(d)),
        CardError::NotYetValid(d) => ctx.t1("card-refused-not-yet", "date", &show_date(d)),
        CardError::Revoked { reason, at } => ctx.ta(
            "card-refused-revoked",
            &[("reason", &ctx.t(&format!("card-reason-{reason}"))), ("date", &show_date(at))],
        ),
    }
}

async fn view(state: &AppState, ctx: &PageCtx, v: Verdict) -> Result<VerdictView, AppError> {
    let lang = ctx.lang.code();
    Ok(match v {
        Verdict::Credential(card, standing) => VerdictView {
            tone: if standing == Standing::Valid { "valid" } else { "refused" },
            headline: ctx.t(&format!("card-standing-{}", standing.as_str())),
            rows: vec![
                (ctx.t("card-holder"), format!("{} — {}", card.name_ar, card.name_latin)),
                (ctx.t("card-number"), card.number.clone()),
                (ctx.t("card-valid-until"), show_date(&card.valid_until)),
                (ctx.t("card-issuer"), nafida_engine::orgs::name(state.engine(), &card.issuer, lang).await?),
            ],
            withdraw: (standing == Standing::Valid).then_some(card.number),
        },
        Verdict::Number { number, initials, valid_until, standing } => VerdictView {
            tone: if standing == Standing::Valid { "valid" } else { "refused" },
            headline: ctx.t(&format!("card-standing-{}", standing.as_str())),
            rows: vec![
                (ctx.t("card-number"), number.clone()),
                (ctx.t("card-initials"), initials),
                (ctx.t("card-valid-until"), show_date(&valid_until)),
            ],
            withdraw: (standing == Standing::Valid).then_some(number),
        },
        Verdict::Refused(e) => {
            VerdictView { tone: "refused", headline: refusal_text(ctx, &e), rows: vec![], withdraw: None }
        }
        Verdict::Unknown => {
            VerdictView { tone: "refused", headline: ctx.t("card-unknown"), rows: vec![], withdraw: None }
        }
    })
}

fn check_page(
    state: &AppState,
    ctx: PageCtx,
    input: String,
    errors: FormErrors,
    verdict: Option<VerdictView>,
) -> Result<Response, AppError> {
    let staff = ctx.viewer.as_ref().is_some_and(|v| v.is_staff);
    let lang = ctx.lang;
    let scan_js = state.assets().scan_js.url.clone();
    let mut response = render(&CheckPage { ctx, input, errors, verdict, staff, scan_js }, lang)?;
    response.headers_mut().insert(header::CACHE_CONTROL, header::HeaderValue::from_static("no-store"));
    Ok(response)
}

/// `GET /cards/check`: the counter's check of a card.
pub async fn show_check(State(state): State<AppState>, ctx: PageCtx) -> Result<Response, AppError> {
    check_page(&state, ctx, String::new(), FormErrors::default(), None)
}

/// `POST /cards/check` (multipart: `credential`, or a `photo` of the QR code).
pub async fn check_card(State(state): State<AppState>, ctx: PageCtx, form: Multipart) -> Result<Response, AppError> {
    let submitted = crate::casework::read_multipart(form).await?;
    let typed = submitted.values.get("credential").map(|s| s.trim().to_string()).unwrap_or_default();
    let typed: String = typed.chars().take(2000).collect();
    let mut errors = FormErrors::default();
    let text = match submitted.file("photo") {
        Some((_, photo)) if typed.is_empty() => match cards::qr::read(photo) {
            Some(text) => text,
            None => {
                errors.add_keyed("photo", "err-card-photo", ctx.t("err-card-photo"));
                String::new()
            }
        },
        _ if !submitted.too_large.is_empty() => {
            errors.add_keyed("photo", "err-card-photo", ctx.t("err-card-photo"));
            String::new()
        }
        _ => typed.clone(),
    };
    if errors.is_empty() && text.is_empty() {
        errors.add_keyed("credential", "err-card-empty", ctx.t("err-card-empty"));
    }
    let verdict = if errors.is_empty() {
        Some(view(&state, &ctx, cards::verify(state.engine(), &text).await?).await?)
    } else {
        None
    };
    check_page(&state, ctx, typed, errors, verdict)
}

/// `GET /cards/revocations/{issuer}.json`: the issuer's signed, dated list of revoked cards.
pub async fn revocation_list(State(state): State<AppState>, Path(file): Path<String>) -> Result<Response, AppError> {
    let issuer = file.strip_suffix(".json").ok_or(AppError::NotFound)?;
    let org = nafida_domain::OrgId::parse(issuer).map_err(|_| AppError::NotFound)?;
    let known = nafida_store::orgs::get(state.db(), &org).await?;
    if known.is_none_or(|o| o.kind != nafida_domain::OrgKind::MreCell) {
        return Err(AppError::NotFound);
    }
    let list = cards::revocation_list(state.engine(), issuer).await?;
    Ok(([(header::CONTENT_TYPE, "application/json"), (header::CACHE_CONTROL, "no-cache")], list).into_response())
}

/// Withdrawing a card at the issuing cell.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WithdrawForm {
    reason: String,
}

/// `POST /staff/cards/{number}/withdraw`: the issuing cell's staff revoke a card (lost,
/// stolen, withdrawn); anyone else is told it does not exist.
pub async fn withdraw_card(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(number): Path<String>,
    Form(form): Form<WithdrawForm>,
) -> Result<Response, AppError> {
    match cards::revoke(state.engine(), &staff.actor(), &number, &form.reason).await? {
        Ok(()) => {
            let verdict = view(&state, &ctx, cards::verify(state.engine(), &number).await?).await?;
            check_page(&state, ctx, number, FormErrors::default(), Some(verdict))
        }
        Err(r) => {
            let errors = FormErrors::from_refusal(&ctx, r);
            check_page(&state, ctx, number, errors, None)
        }
    }
}
