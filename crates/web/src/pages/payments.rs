//! The payment pages: paying online (the test provider's page plays the bank in the demo and
//! the tests), a counter payment recorded by an agent, and the person correcting the details
//! the register is searched by. The rules are the engine's (`nafida_engine::payments`).

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Form, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use nafida_engine::Refusal;
use nafida_engine::payments::{self, provider};
use serde::Deserialize;

use crate::auth::{Citizen, Staff};
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::page::{PageCtx, render};
use crate::state::AppState;
use crate::views::own_case;

/// `POST /cases/{ref}/pay`: starts an online payment and sends the person to the provider.
pub async fn start_payment(
    State(state): State<AppState>,
    Citizen(user): Citizen,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let c = own_case(&state, &user.account.id, &reference).await?;
    match payments::start_online(state.engine(), &c).await? {
        Some(checkout) => Ok(Redirect::to(&checkout).into_response()),
        None => Ok(Redirect::to(&format!("/cases/{}", c.reference)).into_response()),
    }
}

#[derive(Template)]
#[template(path = "payments/test.html")]
struct TestCheckout {
    ctx: PageCtx,
    id: String,
    reference: String,
    amount: String,
}

/// `GET /payments/test/{id}`: the test provider's payment page.
pub async fn show_test_checkout(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    if provider(state.engine()).is_none() {
        return Err(AppError::NotFound);
    }
    let (payment, c) = payments::own_payment(state.engine(), &user.account.id, &id).await?;
    if payment.status != "pending" {
        return Ok(Redirect::to(&format!("/cases/{}", c.reference)).into_response());
    }
    let lang = ctx.lang;
    let amount = ctx.tn("pay-amount", payment.amount_mad);
    render(&TestCheckout { ctx, id: payment.id, reference: c.reference, amount }, lang)
}

/// The test provider's answer.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct TestOutcome {
    outcome: String,
}

/// `POST /payments/test/{id}`: the test provider confirms (or declines) the payment.
pub async fn test_checkout_outcome(
    State(state): State<AppState>,
    Citizen(user): Citizen,
    Path(id): Path<String>,
    Form(form): Form<TestOutcome>,
) -> Result<Response, AppError> {
    if provider(state.engine()).is_none() {
        return Err(AppError::NotFound);
    }
    let (payment, c) = payments::own_payment(state.engine(), &user.account.id, &id).await?;
    payments::provider_outcome(state.engine(), &payment, &c, form.outcome == "paid").await?;
    Ok(Redirect::to(&format!("/cases/{}", c.reference)).into_response())
}

/// A payment at a counter.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CounterForm {
    receipt_number: String,
}

/// `POST /staff/cases/{ref}/payments`: an agent records the payment made at a counter, with
/// the number of the receipt given to the person.
pub async fn record_counter_payment(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(reference): Path<String>,
    Form(form): Form<CounterForm>,
) -> Result<Response, AppError> {
    let c = crate::pages::staff_cases::staff_case(&state, &staff, &parts, &reference).await?;
    match payments::record_counter(state.engine(), &staff.actor(), &c, &form.receipt_number).await? {
        Ok(()) => Ok(Redirect::to(&format!("/staff/cases/{}", c.reference)).into_response()),
        Err(r) => {
            crate::pages::staff_cases::refused(
                &state,
                ctx,
                &staff,
                &parts,
                &c,
                r,
                crate::forms::Kept::new("counter-payment", [("receipt_number", form.receipt_number.as_str())]),
            )
            .await
        }
    }
}

/// Corrected details of a request.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CorrectionForm {
    holder_name_ar: String,
    holder_name_latin: String,
    birth_date: String,
    act_number: String,
}

/// `POST /cases/{ref}/correct`: the person corrects the details the register is searched by
/// (names, date of birth, act number), without paying again; the search runs again.
pub async fn correct_details(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Path(reference): Path<String>,
    Form(form): Form<CorrectionForm>,
) -> Result<Response, AppError> {
    let c = own_case(&state, &user.account.id, &reference).await?;
    let raw: BTreeMap<String, String> = [
        ("holder_name_ar", form.holder_name_ar),
        ("holder_name_latin", form.holder_name_latin),
        ("birth_date", form.birth_date),
        ("act_number", form.act_number),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    match payments::correct_details(state.engine(), &user.applicant(), &c, raw).await? {
        Ok(()) => Ok(Redirect::to(&format!("/cases/{}", c.reference)).into_response()),
        Err(Refusal::Invalid(problems)) => {
            let errors = FormErrors::from_problems(&ctx, &problems);
            crate::pages::cases::case_page_pub(&state, ctx, &c, errors).await
        }
        Err(_) => Err(AppError::Forbidden),
    }
}
