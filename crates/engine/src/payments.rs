//! Fees and payment. The price of a request is computed from its procedure and form (fee, per
//! copy where it applies, and postage by destination). A case with something to pay carries
//! the `awaiting-payment` flag until a payment is settled, by one of two real ways: an agent
//! records the receipt given at a counter, or a payment provider confirms. Providers sit
//! behind [`PaymentProvider`]; the test provider (for the demo and the tests) is the one built
//! in, and card gateways plug in beside it.
//!
//! A settlement (the payment, the flag, the restarted clock, the event and the payment's
//! receipt) is one transaction. Then a request for a civil-status document delivered
//! electronically is looked up in the office's register, and the person is told whether the
//! office now reviews it or the details need correcting (nothing is issued without review).

use std::collections::BTreeMap;

use nafida_domain::catalog::{Price, Procedure};
use nafida_store::cases::{self, CaseRow};
use nafida_store::payments::{self, Payment, Settlement};

use crate::cases::procedure_of;
use crate::cases::transition::{self, Request};
use crate::contracts::{action, delivery, field};
use crate::events::{Review, What};
use crate::mails::{self, CaseUpdate};
use crate::refusal::{Problems, Refusal};
use crate::{Actor, Engine, EngineError, Outcome, Result, civil};
use nafida_domain::flags::Flag;

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
pub fn provider(engine: &Engine) -> Option<&'static dyn PaymentProvider> {
    engine.settings().test_payments.then_some(&TestProvider as &'static dyn PaymentProvider)
}

/// The price of a case: the tax computed for it when one became due (the tax on
/// construction operations), else from the procedure version it was filed under and its form.
pub async fn price_of(engine: &Engine, p: &Procedure, c: &CaseRow) -> Result<Price> {
    if let Some(tax) = payments::tax_of(engine.db(), &c.id).await? {
        let fee = u32::try_from(tax.amount_mad).unwrap_or(u32::MAX);
        return Ok(Price { fee, copies: 1, postage: 0 });
    }
    let form: BTreeMap<String, String> = serde_json::from_str(&c.form_data).unwrap_or_default();
    Ok(p.price(&form))
}

/// Whether a case waits for its payment.
pub fn awaiting(c: &CaseRow) -> bool {
    c.flags.has(Flag::AwaitingPayment)
}

/// Starts an online payment of the person's own case; `None` when nothing is to pay or no
/// provider is offered. Returns the page to send the person to.
pub async fn start_online(engine: &Engine, c: &CaseRow) -> Result<Option<String>> {
    let Some(provider) = provider(engine) else { return Err(EngineError::NotFound) };
    if !awaiting(c) {
        return Ok(None);
    }
    let (p, _) = procedure_of(engine, c).await?;
    let amount = i64::from(price_of(engine, &p, c).await?.total());
    let id = payments::create(engine.db(), &c.id, amount, provider.name(), engine.now()).await?;
    Ok(Some(provider.checkout_url(&id)))
}

/// A payment of the person's own case (else not found).
pub async fn own_payment(engine: &Engine, account_id: &str, id: &str) -> Result<(Payment, CaseRow)> {
    let payment = payments::get(engine.db(), id).await?.ok_or(EngineError::NotFound)?;
    let c = cases::by_id(engine.db(), &payment.case_id).await?.ok_or(EngineError::NotFound)?;
    // The applicant, or the owner an architect filed for: whoever may see the case as its
    // applicant may pay for it.
    if !Actor::applicant(account_id).may_see(engine, &c).await? {
        return Err(EngineError::NotFound);
    }
    Ok((payment, c))
}

/// The provider's answer for a payment: paid (settled) or declined.
pub async fn provider_outcome(engine: &Engine, payment: &Payment, c: &CaseRow, paid: bool) -> Result<()> {
    if paid {
        let receipt = format!("NAF-{}", &payment.id[payment.id.len().saturating_sub(8)..].to_uppercase());
        let provider_ref = format!("TEST-{}", payment.id);
        settle(engine, &Actor::system(), c, payment, Some(&provider_ref), &receipt).await?;
    } else {
        payments::decline(engine.db(), &payment.id, engine.now()).await?;
    }
    Ok(())
}

/// Whether the last attempt to pay a request still awaiting its payment was declined (the page
/// then says so: nothing was charged, try again or pay at the counter).
pub async fn last_declined(engine: &Engine, c: &CaseRow) -> Result<bool> {
    if !awaiting(c) {
        return Ok(false);
    }
    Ok(payments::of_case(engine.db(), &c.id).await?.last().is_some_and(|p| p.status == "declined"))
}

/// An agent records a payment made at a counter, with the number of the receipt given.
pub async fn record_counter(engine: &Engine, actor: &Actor, c: &CaseRow, receipt_number: &str) -> Outcome<()> {
    if actor.staff_role().is_none() || !actor.may_see(engine, c).await? {
        return Err(EngineError::NotFound);
    }
    if !awaiting(c) {
        return Ok(Err(Refusal::NotAllowed("nothing-to-pay")));
    }
    let receipt = receipt_number.trim();
    let ok = (3..=40).contains(&receipt.chars().count())
        && receipt.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '-' || ch == '/');
    if !ok {
        return Ok(Err(Refusal::invalid("receipt_number", "receipt-number")));
    }
    let (p, _) = procedure_of(engine, c).await?;
    let amount = i64::from(price_of(engine, &p, c).await?.total());
    let id = payments::create(engine.db(), &c.id, amount, "counter", engine.now()).await?;
    let payment = payments::get(engine.db(), &id).await?.ok_or(EngineError::NotFound)?;
    settle(engine, actor, c, &payment, None, receipt).await?;
    Ok(Ok(()))
}

/// Settles a payment: clears the flag, restarts the clock, records the event the person sees
/// and the payment's receipt, in one transaction; then carries the request on (the register
/// looked up where it applies). False if it was already settled.
pub async fn settle(
    engine: &Engine,
    actor: &Actor,
    c: &CaseRow,
    payment: &Payment,
    provider_ref: Option<&str>,
    receipt_number: &str,
) -> Result<bool> {
    let now = engine.now();
    let paid = What::Paid { amount: payment.amount_mad, receipt: receipt_number.to_string() }.by(actor.event());
    let event = paid.new_event();
    let mut flags = c.flags.clone();
    flags.set(Flag::AwaitingPayment, false);
    let new_flags = flags.stored();
    let (p, w) = procedure_of(engine, c).await?;
    // The clock stopped at filing restarts, unless the request also waits for the person.
    let waits = w.status(&c.status).is_some_and(|s| s.waits_for_applicant);
    let clock = match (c.waiting_since, waits) {
        (Some(since), false) => Some(crate::clock::restarted_clock(engine, c, &p, since, now).await?),
        _ => None,
    };
    let clock = clock.as_ref().map(|(days, due)| (*days, due.as_str()));
    let receipt = civil::payment_receipt(engine, c, &p, payment.amount_mad, receipt_number).await?;
    let s = Settlement {
        provider_ref,
        receipt_number,
        recorded_by: actor.account_id(),
        flags: (c.flags.original(), &new_flags),
        clock,
    };
    let mut tx = engine.db().begin().await?;
    if !payments::settle_in(&mut tx, &payment.id, &c.id, s, &event, now).await? {
        tx.rollback().await?;
        return Ok(false);
    }
    crate::documents::record_in(&mut tx, &receipt).await?;
    tx.commit().await?;
    let fresh = crate::cases::reload(engine, c).await?;
    after_payment(engine, &fresh).await?;
    Ok(true)
}

/// What happens once a request is paid. Where the office keeps its register on the platform,
/// a civil-status document delivered electronically is looked up at once. When no act matches,
/// the person is told, to correct the details without paying again. When one does, it is
/// issued at once only to its holder whose identity was checked (by an agent or an electronic
/// identity) and matches the act; anyone else — a relative, a representative, an unchecked
/// account, an identity that differs — waits for an agent of the office, who sees the proof,
/// the act and the relation, and the person is told what the office checks. An account's
/// e-mail says nothing of who holds it, and anyone can type another person's name and date of
/// birth.
pub async fn after_payment(engine: &Engine, c: &CaseRow) -> Result<()> {
    let (p, _) = procedure_of(engine, c).await?;
    let form: BTreeMap<String, String> = serde_json::from_str(&c.form_data).unwrap_or_default();
    let electronic = form.get(field::DELIVERY).map(String::as_str) == Some(delivery::ELECTRONIC);
    if civil::issues_civil_document(&p).is_none() || !electronic {
        return Ok(());
    }
    if nafida_store::civil::count(engine.db(), &c.org_id).await? == 0 {
        return Ok(());
    }
    let what = match civil::act_for_case(engine, c).await? {
        None => What::NoActMatch,
        Some(act) => match civil::review_needed(engine, c, &p, &act).await? {
            Some(review) => What::ReviewBeforeIssuance(review),
            None => {
                let platform = Actor::Platform { org: c.org_id.clone() };
                match transition::apply(engine, &platform, c, &Request::action(action::APPROVE)).await? {
                    Ok(()) => return Ok(()),
                    // The case moved meanwhile: it stays with the office.
                    Err(_) => What::ReviewBeforeIssuance(Review::Unverified),
                }
            }
        },
    };
    let system = Actor::system_for(&c.org_id);
    let stored = what.by(system.event());
    let mail = mails::case_update(engine, &c.applicant_id, &c.reference, &p, CaseUpdate::Step).await?;
    cases::add_event_with_mail(engine.db(), &c.id, &stored.new_event(), &mails::outbox(&mail), engine.now()).await?;
    Ok(())
}

/// Whether the person may correct the details of a request: an open request for a
/// civil-status document with none issued yet, after the platform said no act matched.
pub async fn can_correct(engine: &Engine, c: &CaseRow, p: &Procedure) -> Result<bool> {
    Ok(can_correct_given(c, p, &crate::events::History::of_case(engine, &c.id).await?))
}

/// [`can_correct`] from the case's history read already.
pub fn can_correct_given(c: &CaseRow, p: &Procedure, history: &crate::events::History) -> bool {
    civil::issues_civil_document(p).is_some() && c.phase.is_open() && history.no_act_match_pending()
}

/// The person corrects the details the register is searched by (names, date of birth, act
/// number), without paying again; the search runs again.
pub async fn correct_details(
    engine: &Engine,
    actor: &Actor,
    c: &CaseRow,
    raw: BTreeMap<String, String>,
) -> Outcome<()> {
    let (p, _) = procedure_of(engine, c).await?;
    if !matches!(actor, Actor::Applicant { .. }) || !actor.may_see(engine, c).await? {
        return Err(EngineError::NotFound);
    }
    if !can_correct(engine, c, &p).await? {
        return Ok(Err(Refusal::NotAllowed("nothing-to-correct")));
    }
    let mut values: BTreeMap<String, String> = serde_json::from_str(&c.form_data).unwrap_or_default();
    let mut merged = values.clone();
    merged.extend(raw.clone());
    let mut problems: Problems = vec![];
    let clean = crate::forms::check_fields(engine, &p, &merged, &mut problems).await?;
    if !problems.is_empty() {
        return Ok(Err(Refusal::Invalid(problems)));
    }
    for k in raw.keys() {
        match clean.get(k) {
            Some(v) => values.insert(k.clone(), v.clone()),
            None => values.remove(k),
        };
    }
    let new_form = serde_json::to_string(&values).map_err(EngineError::internal)?;
    let stored = What::Corrected.by(actor.event());
    if cases::correct_form(engine.db(), &c.id, &c.form_data, &new_form, &stored.new_event(), engine.now()).await? {
        let fresh = crate::cases::reload(engine, c).await?;
        if !awaiting(&fresh) {
            after_payment(engine, &fresh).await?;
        }
    }
    Ok(Ok(()))
}
