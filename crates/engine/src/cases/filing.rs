//! Filing a case: every field and file checked (all problems at once), the administration
//! found from the procedure's routing, the deadline computed, and the case written with its
//! first event, its attachments and its receipt mail in one transaction. A retry with the same
//! idempotency key gives the same case.

use nafida_domain::catalog::{FieldKind, Procedure, Routing};
use nafida_domain::{CaseRef, Date};
use nafida_store::accounts::Account;
use nafida_store::cases::{self, Filed, NewCase};

use crate::forms::{self, Submitted};
use crate::i18n::Lang;
use crate::mails::{self, CaseUpdate};
use crate::refusal::{Problem, Refusal};
use crate::{Actor, Engine, EngineError, Outcome};
use nafida_domain::flags::{Flag, Flags};

use crate::etimbre::Standing;

/// Requests one account may file in an hour.
pub const FILINGS_PER_HOUR: i64 = 20;
/// Requests one account may file in a day.
pub const FILINGS_PER_DAY: i64 = 60;

/// Files a case from a submitted form (`field_<name>`, `doc_<id>`, `represented_name`,
/// `idempotency_key`) for `account`; `lang` is the language of the receipt when the account
/// has none.
pub async fn file(
    engine: &Engine,
    account: &Account,
    p: &Procedure,
    submitted: &Submitted,
    lang: Lang,
) -> Outcome<Filed> {
    let fields = submitted.fields();
    let mut problems = vec![];
    let clean = forms::check_fields(engine, p, &fields, &mut problems).await?;
    // A field naming one of the person's own requests: theirs, or refused (the same answer as
    // for a reference that does not exist).
    let me = Actor::applicant(&account.id);
    let mut related = None;
    for f in p.fields.iter().filter(|f| f.kind == FieldKind::OwnCase) {
        let Some(reference) = clean.get(&f.name) else { continue };
        match super::find(engine, &me, reference).await {
            Ok(c) => related = Some(c.id),
            Err(EngineError::NotFound) => problems.push(Problem::new(format!("field_{}", f.name), "own-case")),
            Err(e) => return Err(e),
        }
    }
    let key = submitted.values.get("idempotency_key").cloned().unwrap_or_default();
    if !(16..=128).contains(&key.len()) {
        problems.push(Problem::new("idempotency_key", "idempotency-key"));
    }
    // An e-Timbre code pays the fee once: unknown or already used, it is refused by name (the
    // same form sent again is the same request, which the code already paid).
    let mut etimbre_hash = None;
    let mut stamp_to_check = false;
    let resent = cases::by_idempotency_key(engine.db(), &account.id, &key).await?.is_some();
    if let Some(field) = p.fee_paid_with.as_ref().filter(|_| !resent)
        && let Some(code) = clean.get(field)
    {
        let hash = crate::etimbre::hash(code);
        let standing = if cases::etimbre_used(engine.db(), &hash).await? {
            Standing::Used
        } else {
            engine.etimbre().standing(code).await
        };
        match standing {
            Standing::Unknown => problems.push(Problem::new(format!("field_{field}"), "etimbre-unknown")),
            Standing::Used => problems.push(Problem::new(format!("field_{field}"), "etimbre-used")),
            Standing::Paid => etimbre_hash = Some(hash),
            Standing::Unverified => {
                etimbre_hash = Some(hash);
                stamp_to_check = true;
            }
        }
    }
    // Where the law requires an architect, only an architect whose number was checked files.
    // The architect files for the owner under the mandate the owner gave online (used once;
    // the same form sent again is the request it already filed).
    let mut mandate = None;
    if crate::permits::architects::required(p) {
        if !crate::permits::architects::is_checked(engine, &account.id).await? {
            problems.push(Problem::new("applicant", "architect-required"));
        } else if !resent {
            let value = submitted.values.get(crate::permits::mandates::FIELD).map(String::as_str);
            mandate = crate::permits::mandates::for_filing(engine, &account.id, p, value, &mut problems).await?;
        }
    }
    let represented = forms::check_represented(p, submitted, &mut problems);
    let mut uploads =
        if problems.is_empty() { forms::check_documents(p, submitted, None, &mut problems) } else { vec![] };
    if problems.is_empty() && represented.is_some() {
        uploads.extend(forms::check_mandate(submitted, &mut problems));
    }
    // The plan set the project's category needs, each plan missing named.
    let plans = forms::check_plans(p, submitted, &clean, None, &mut problems);
    if !problems.is_empty() {
        return Ok(Err(Refusal::Invalid(problems)));
    }
    // A person files at most so many requests an hour and a day (counted once the form is
    // valid, by every node alike).
    let now = engine.now();
    for (bucket, window, most) in [("hour", 3_600_000, FILINGS_PER_HOUR), ("day", 86_400_000, FILINGS_PER_DAY)] {
        let bucket = format!("file:{bucket}:{}", account.id);
        if nafida_store::ratelimit::hit(engine.db(), &bucket, window, now).await? > most {
            return Ok(Err(Refusal::NotAllowed("filing-rate-limited")));
        }
    }
    // Only now are the files written: a refused form leaves none behind.
    let mut attachments = match forms::store(engine, &uploads).await? {
        Ok(stored) => stored,
        Err(refusal) => return Ok(Err(refusal)),
    };
    match forms::store_plans(engine, &plans).await? {
        Ok(stored) => attachments.extend(stored),
        Err(refusal) => return Ok(Err(refusal)),
    }
    let chosen = match &p.routing {
        Routing::Field(f) => clean.get(f).cloned(),
        Routing::Org(o) => Some(o.clone()),
    }
    .ok_or(EngineError::NotFound)?;
    // A field naming any administration (complaints, passports) routes to the one chosen; a
    // commune or a post routes to its service of the responsible kind.
    let any = matches!(&p.routing, Routing::Field(f) if p.fields.iter().any(|x| &x.name == f && x.kind == FieldKind::Administration));
    let org = if any {
        chosen
    } else {
        crate::orgs::responsible(engine, &chosen, p.responsible).await?.ok_or(EngineError::NotFound)?
    };
    let workflow = engine.catalog().catalog.workflow_of(p).ok_or_else(|| EngineError::internal("workflow"))?;
    let initial = workflow.status(&workflow.initial).ok_or_else(|| EngineError::internal("initial status"))?;
    let t = engine.now();
    let cal = crate::clock::calendar_for(engine, &org).await?;
    let due = cal.due_date(Date::legal(t), p.deadline.days, p.deadline.count, 0).to_string();
    let mut random = [0u8; 7];
    getrandom::fill(&mut random).map_err(EngineError::internal)?;
    let reference = CaseRef::generate(&engine.settings().reference_prefix, Date::legal(t).year, random);
    let form_data = serde_json::to_string(&clean).map_err(EngineError::internal)?;
    let mail_lang = Lang::parse(&account.preferred_lang).unwrap_or(lang);
    let receipt = mails::render_receipt(engine, mail_lang, &account.email, p, reference.as_str(), &due);
    // The same person filing the same form again while the first is open: the administration
    // sees a possible duplicate (a second request may be deliberate, so it is not refused).
    let twins = cases::open_twins(engine.db(), &account.id, &p.id, &form_data, represented.as_deref()).await?;
    // Something to pay: the request waits for its payment before the office takes it up.
    let mut flags = Flags::default();
    flags.set(Flag::AwaitingPayment, p.price(&clean).total() > 0);
    flags.set(Flag::PossibleDuplicate, !twins.is_empty());
    flags.set(Flag::StampToCheck, stamp_to_check);
    // An MRE Services card holder's requests go in the fast lane, in every administration.
    let card = crate::cards::valid_card(engine, &account.id).await?;
    flags.set(Flag::FastLane, card.is_some());
    let stored_flags = flags.stored();
    let new = NewCase {
        reference: reference.as_str(),
        procedure_id: &p.id,
        procedure_version: i64::from(p.version),
        applicant_id: &account.id,
        org_id: &org,
        status: &initial.id,
        phase: initial.phase,
        form_data: &form_data,
        due_date: &due,
        idempotency_key: &key,
        represented_name: represented.as_deref(),
        flags: &stored_flags,
        related_case_id: related.as_deref(),
        // The administration's clock starts once the request is paid.
        clock_stopped: flags.has(Flag::AwaitingPayment),
        etimbre_hash: etimbre_hash.as_deref(),
        fast_lane_card: card.as_ref().map(|c| c.number.as_str()),
        mandate_id: mandate.as_ref().map(|m| m.id.as_str()),
    };
    // The receipt goes by e-mail whatever the channels (law 55-19); a text message too if
    // the person chose it.
    let mut mails = vec![receipt];
    mails.extend(mails::case_update(engine, &account.id, reference.as_str(), p, CaseUpdate::Received).await?);
    let outbox = mails::outbox(&mails);
    match cases::file(engine.db(), &new, &attachments, &outbox, t).await {
        Ok(filed) => Ok(Ok(filed)),
        // Another request took the same code at the same moment.
        // The owner revoked the mandate, or another filing used it, at the same moment.
        Err(nafida_store::StoreError::Conflict("mandate")) => {
            Ok(Err(Refusal::Invalid(vec![Problem::new(crate::permits::mandates::FIELD, "mandate-required")])))
        }
        Err(nafida_store::StoreError::Conflict("e-Timbre code")) => Ok(Err(Refusal::Invalid(vec![Problem::new(
            format!("field_{}", p.fee_paid_with.clone().unwrap_or_default()),
            "etimbre-used",
        )]))),
        Err(e) => Err(e.into()),
    }
}
