//! Fees and payment. The price of a request is computed from its procedure and form (fee, per
//! copy where it applies, and postage by destination) and shown before paying. A case with
//! something to pay carries the `awaiting-payment` flag until a payment is settled, by one of
//! two real ways: an agent records the receipt given at a counter, or a payment provider
//! confirms. Providers sit behind [`PaymentProvider`]; the test provider (for the demo and the
//! tests) is the one built in, and card gateways plug in beside it.
//!
//! Once paid, a request for a civil-status document with electronic delivery whose act is in
//! the office's register is approved and its document issued at once; if no act matches, the
//! person is told why and corrects the details, without paying again.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Form, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use nafida_domain::Role;
use nafida_domain::catalog::{Price, Procedure};
use nafida_store::cases::{self, CaseRow, EventActor, NewEvent};
use nafida_store::payments::{self, Payment, Settlement};
use serde::Deserialize;

use crate::auth::{Citizen, Staff, deny};
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::page::{PageCtx, render};
use crate::pages::cases::{case_procedure, own_case};
use crate::pages::staff_cases::{StaffAction, apply_staff_action};
use crate::state::AppState;

/// The flag of a case waiting for its payment.
pub const AWAITING: &str = "awaiting-payment";

/// Where a person is sent to pay online.
pub trait PaymentProvider: std::fmt::Debug + Send + Sync {
    /// The provider's name, as stored with the payment.
    fn name(&self) -> &'static str;
    /// The page the person pays on.
    fn checkout_url(&self, payment_id: &str) -> String;
}

/// The test provider: a page of the platform that plays the bank (pay or decline), for the
/// demo and the tests. Enabled only there.
#[derive(Debug, Clone, Copy)]
pub struct TestProvider;

impl PaymentProvider for TestProvider {
    fn name(&self) -> &'static str {
        "test"
    }

    fn checkout_url(&self, payment_id: &str) -> String {
        format!("/payments/test/{payment_id}")
    }
}

/// The online provider of this deployment, if any.
pub fn provider(state: &AppState) -> Option<&'static dyn PaymentProvider> {
    state.settings().test_payments.then_some(&TestProvider as &'static dyn PaymentProvider)
}

/// The price of a case, from the procedure version it was filed under and its form.
pub fn price_of(p: &Procedure, c: &CaseRow) -> Price {
    let form: BTreeMap<String, String> = serde_json::from_str(&c.form_data).unwrap_or_default();
    p.price(&form)
}

fn flags_without(flags: &str, flag: &str) -> String {
    flags.split(',').filter(|f| !f.is_empty() && *f != flag).collect::<Vec<_>>().join(",")
}

/// Settles a payment: clears the flag, records the event the person sees, then carries the
/// request on (instant issuance where it applies). False if it was already settled.
pub async fn settle(
    state: &AppState,
    c: &CaseRow,
    payment: &Payment,
    actor: EventActor<'_>,
    provider_ref: Option<&str>,
    receipt_number: &str,
) -> Result<bool, AppError> {
    let now = state.clock().now().millis();
    let body = format!("{}\n{receipt_number}", payment.amount_mad);
    let recorded_by = actor.id;
    let event = NewEvent::other(actor, "paid", Some(&body), false);
    let new_flags = flags_without(&c.flags, AWAITING);
    let (p, w) = case_procedure(state, c).await?;
    // The clock stopped at filing restarts, unless the request also waits for the person.
    let waits = w.status(&c.status).is_some_and(|s| s.waits_for_applicant);
    let clock = match (c.waiting_since, waits) {
        (Some(since), false) => Some(crate::pages::staff_cases::restarted_clock(state, c, &p, since, now).await?),
        _ => None,
    };
    let clock = clock.as_ref().map(|(days, due)| (*days, due.as_str()));
    let s = Settlement { provider_ref, receipt_number, recorded_by, flags: (&c.flags, &new_flags), clock };
    if !payments::settle(state.db(), &payment.id, &c.id, s, &event, now).await? {
        return Ok(false);
    }
    crate::civil_docs::payment_receipt(state, c, &p, payment.amount_mad, receipt_number).await?;
    let fresh = cases::by_id(state.db(), &c.id).await?.ok_or(AppError::NotFound)?;
    after_payment(state, &fresh).await?;
    Ok(true)
}

/// What happens once a request is paid: a civil-status document delivered electronically is
/// issued at once when the office's register holds the act; when it holds no matching act the
/// person is told, to correct the details.
pub async fn after_payment(state: &AppState, c: &CaseRow) -> Result<(), AppError> {
    let (p, _) = case_procedure(state, c).await?;
    let form: BTreeMap<String, String> = serde_json::from_str(&c.form_data).unwrap_or_default();
    let electronic = form.get("delivery").map(String::as_str) == Some("electronic");
    if crate::civil_docs::issues_civil_document(&p).is_none() || !electronic {
        return Ok(());
    }
    // An office that has put its register on the platform issues matching extracts at once.
    if nafida_store::civil::count(state.db(), &c.org_id).await? == 0 {
        return Ok(());
    }
    let system = EventActor { id: None, role: "system", org_id: Some(&c.org_id) };
    if crate::civil_docs::act_for_case(state, c).await?.is_some() {
        let approve = StaffAction { action: "approve".into(), ..StaffAction::default() };
        let _ = apply_staff_action(state, c, system, Role::Agent, &approve).await?;
    } else {
        let event = NewEvent::other(system, "no-act-match", None, false);
        cases::add_event(state.db(), &c.id, &event, state.clock().now().millis()).await?;
    }
    Ok(())
}

/// `POST /cases/{ref}/pay`: starts an online payment and sends the person to the provider.
pub async fn start_payment(
    State(state): State<AppState>,
    Citizen(user): Citizen,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let c = own_case(&state, &user.account.id, &reference).await?;
    let Some(provider) = provider(&state) else { return Err(AppError::NotFound) };
    if !c.flags.split(',').any(|f| f == AWAITING) {
        return Ok(Redirect::to(&format!("/cases/{}", c.reference)).into_response());
    }
    let (p, _) = case_procedure(&state, &c).await?;
    let amount = i64::from(price_of(&p, &c).total());
    let id = payments::create(state.db(), &c.id, amount, provider.name(), state.clock().now().millis()).await?;
    Ok(Redirect::to(&provider.checkout_url(&id)).into_response())
}

#[derive(Template)]
#[template(path = "payments/test.html")]
struct TestCheckout {
    ctx: PageCtx,
    id: String,
    reference: String,
    amount: String,
}

async fn own_payment(state: &AppState, user_id: &str, id: &str) -> Result<(Payment, CaseRow), AppError> {
    let payment = payments::get(state.db(), id).await?.ok_or(AppError::NotFound)?;
    let c = cases::by_id(state.db(), &payment.case_id).await?.ok_or(AppError::NotFound)?;
    if c.applicant_id != user_id {
        return Err(AppError::NotFound);
    }
    Ok((payment, c))
}

/// `GET /payments/test/{id}`: the test provider's payment page.
pub async fn show_test_checkout(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    if provider(&state).is_none() {
        return Err(AppError::NotFound);
    }
    let (payment, c) = own_payment(&state, &user.account.id, &id).await?;
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
    if provider(&state).is_none() {
        return Err(AppError::NotFound);
    }
    let (payment, c) = own_payment(&state, &user.account.id, &id).await?;
    if form.outcome == "paid" {
        let receipt = format!("NAF-{}", &payment.id[payment.id.len().saturating_sub(8)..].to_uppercase());
        let provider_ref = format!("TEST-{}", payment.id);
        let actor = EventActor { id: None, role: "system", org_id: None };
        settle(&state, &c, &payment, actor, Some(&provider_ref), &receipt).await?;
    } else {
        payments::decline(state.db(), &payment.id, state.clock().now().millis()).await?;
    }
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
    let c = crate::pages::staff_cases::staff_case_pub(&state, &staff, &parts, &reference).await?;
    if !c.flags.split(',').any(|f| f == AWAITING) {
        return Err(deny(&parts, Some(&staff.user.account), "nothing to pay", AppError::Forbidden));
    }
    let receipt = form.receipt_number.trim();
    let ok = (3..=40).contains(&receipt.chars().count())
        && receipt.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '-' || ch == '/');
    if !ok {
        let mut errors = FormErrors::default();
        errors.add_keyed("receipt_number", "err-receipt-number", ctx.t("err-receipt-number"));
        return crate::pages::staff_cases::staff_case_page_pub(&state, ctx, &staff, &c, errors).await;
    }
    let (p, _) = case_procedure(&state, &c).await?;
    let amount = i64::from(price_of(&p, &c).total());
    let now = state.clock().now().millis();
    let id = payments::create(state.db(), &c.id, amount, "counter", now).await?;
    let payment = payments::get(state.db(), &id).await?.ok_or(AppError::NotFound)?;
    let actor =
        EventActor { id: Some(&staff.user.account.id), role: staff.role().as_str(), org_id: Some(staff.org.as_str()) };
    settle(&state, &c, &payment, actor, None, receipt).await?;
    Ok(Redirect::to(&format!("/staff/cases/{}", c.reference)).into_response())
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
    let (p, _) = case_procedure(&state, &c).await?;
    if !can_correct(&state, &c, &p).await? {
        return Err(AppError::Forbidden);
    }
    let mut values: BTreeMap<String, String> = serde_json::from_str(&c.form_data).unwrap_or_default();
    let raw: BTreeMap<String, String> = [
        ("holder_name_ar", form.holder_name_ar),
        ("holder_name_latin", form.holder_name_latin),
        ("birth_date", form.birth_date),
        ("act_number", form.act_number),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    let mut merged = values.clone();
    merged.extend(raw.clone());
    let mut errors = FormErrors::default();
    let clean = crate::casework::check_fields(&state, &ctx, &p, &merged, &mut errors).await?;
    if !errors.is_empty() {
        return crate::pages::cases::case_page_pub(&state, ctx, &c, errors).await;
    }
    for k in raw.keys() {
        match clean.get(k) {
            Some(v) => values.insert(k.clone(), v.clone()),
            None => values.remove(k),
        };
    }
    let new_form = serde_json::to_string(&values).map_err(|e| AppError::Internal(e.to_string()))?;
    let actor = EventActor { id: Some(&user.account.id), role: "applicant", org_id: None };
    let event = NewEvent::other(actor, "corrected", None, false);
    if cases::correct_form(state.db(), &c.id, &c.form_data, &new_form, &event, state.clock().now().millis()).await? {
        let fresh = cases::by_id(state.db(), &c.id).await?.ok_or(AppError::NotFound)?;
        if !fresh.flags.split(',').any(|f| f == AWAITING) {
            after_payment(&state, &fresh).await?;
        }
    }
    Ok(Redirect::to(&format!("/cases/{}", c.reference)).into_response())
}

/// Whether the person may correct the details of a request: an open request for a
/// civil-status document with none issued yet, after the platform said no act matched.
pub async fn can_correct(state: &AppState, c: &CaseRow, p: &Procedure) -> Result<bool, AppError> {
    if crate::civil_docs::issues_civil_document(p).is_none()
        || !matches!(c.phase.as_str(), "received" | "in-progress" | "waiting-for-you")
    {
        return Ok(false);
    }
    let events = cases::events(state.db(), &c.id, false).await?;
    let last = events.iter().rev().find(|e| matches!(e.kind.as_str(), "no-act-match" | "corrected"));
    Ok(last.is_some_and(|e| e.kind == "no-act-match"))
}
