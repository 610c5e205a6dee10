//! Assisted filing: an agent of a provincial cell files a request, in any administration's
//! procedure, for a visitor at the counter who has no account. The visitor's consent is
//! recorded first; they get a person record (an account nobody signs in to), a printed receipt
//! with a claim code, and, if they gave an address, the code by mail. Claimed with the code, the
//! record's requests move into the visitor's own account, once.
//!
//! Only the claim code's hash is kept: each printing of the receipt gives a fresh code and the
//! earlier one stops working.

use fluent_bundle::{FluentArgs, FluentValue};
use nafida_domain::catalog::{FieldKind, Procedure};
use nafida_domain::{CaseRef, Country, Email, Phone};
use nafida_store::accounts::Account;
use nafida_store::cases::{CaseRow, Filed};
use nafida_store::person_records::{self, NewRecord, RecordRow};
use sha2::{Digest, Sha256};

use crate::cases::filing;
use crate::events::What;
use crate::forms::{self, Submitted};
use crate::i18n::Lang;
use crate::refusal::{Problem, Refusal};
use crate::{Actor, Engine, EngineError, Outcome, Result};

/// How the visitor may consent: by signing the cell's printed form, or in person before the
/// agent (who records it).
pub const CONSENTS: &[&str] = &["signed", "in-person"];

/// How long a claim code works, in days.
pub const CLAIM_DAYS: i64 = 365;

/// Claim attempts one account may make in an hour.
pub const CLAIMS_PER_HOUR: i64 = 10;

/// The domain of person records' addresses (reserved: nothing is ever sent there).
pub const RECORD_DOMAIN: &str = "person-records.nafida.invalid";

/// The characters of a claim code: no 0/O, 1/I, to be read from paper.
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/// The longest name accepted.
const NAME_MAX: usize = 120;

/// What the agent filed: the request, the visitor's record, and the claim code to print (shown
/// once).
#[derive(Debug, Clone)]
pub struct Assisted {
    /// The request.
    pub case: CaseRow,
    /// The visitor's record.
    pub record: RecordRow,
    /// The claim code, grouped for reading (`ABCD-EFGH-JKLM`).
    pub code: String,
}

/// The visitor as the agent typed them (`visitor_name`, `visitor_country`, `visitor_phone`,
/// `visitor_email`, `visitor_consent`, `visitor_agrees`).
struct Visitor {
    name: String,
    country: String,
    phone: Option<String>,
    email: Option<String>,
    consent: String,
}

fn check_visitor(submitted: &Submitted, problems: &mut Vec<Problem>) -> Option<Visitor> {
    let value = |k: &str| submitted.values.get(k).map(|v| v.trim().to_string()).unwrap_or_default();
    let before = problems.len();
    let name = value("visitor_name");
    if !(2..=NAME_MAX).contains(&name.chars().count()) || name.chars().any(char::is_control) {
        problems.push(Problem::new("visitor_name", "visitor-name"));
    }
    let country = match Country::parse(&value("visitor_country")) {
        Ok(c) => c.code().to_string(),
        Err(e) => {
            problems.push(Problem::new("visitor_country", forms::domain_code(&e)));
            String::new()
        }
    };
    let phone = match value("visitor_phone") {
        p if p.is_empty() => None,
        p => match Phone::parse(&p) {
            Ok(p) => Some(p.as_str().to_string()),
            Err(e) => {
                problems.push(Problem::new("visitor_phone", forms::domain_code(&e)));
                None
            }
        },
    };
    let email = match value("visitor_email") {
        e if e.is_empty() => None,
        e => match Email::parse(&e) {
            Ok(e) if !e.key().ends_with(nafida_store::mail::UNREAD_DOMAIN) => Some(e.as_str().to_string()),
            _ => {
                problems.push(Problem::new("visitor_email", "email-invalid"));
                None
            }
        },
    };
    let consent = value("visitor_consent");
    if !CONSENTS.contains(&consent.as_str()) || value("visitor_agrees") != "yes" {
        problems.push(Problem::new("visitor_agrees", "visitor-consent"));
    }
    (problems.len() == before).then_some(Visitor { name, country, phone, email, consent })
}

/// A new claim code and its hash.
fn new_code() -> Result<(String, String)> {
    let mut random = [0u8; 12];
    getrandom::fill(&mut random).map_err(EngineError::internal)?;
    let raw: String = random.iter().map(|b| CODE_ALPHABET[usize::from(*b) % CODE_ALPHABET.len()] as char).collect();
    let shown = format!("{}-{}-{}", &raw[..4], &raw[4..8], &raw[8..]);
    Ok((shown, code_hash(&raw)))
}

/// The hash of a claim code as typed (case, spaces and dashes ignored).
fn code_hash(typed: &str) -> String {
    let clean: String = typed.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect();
    hex::encode(Sha256::digest(format!("nafida-claim:{clean}").as_bytes()))
}

/// Files `p` for a visitor: the visitor's block and the procedure's form are checked together
/// (every problem at once) before anything is written; then the record (once per form key),
/// the request through the ordinary filing, the consent in the request's history, and the
/// claim invitation. The same form sent again gives the same request and a fresh code.
pub async fn file_for_visitor(
    engine: &Engine,
    actor: &Actor,
    p: &Procedure,
    submitted: &Submitted,
    lang: Lang,
) -> Outcome<Assisted> {
    let Actor::Staff { account_id, org, .. } = actor else { return Err(EngineError::NotFound) };
    super::province_of(engine, actor).await?;
    let mut problems = vec![];
    let visitor = check_visitor(submitted, &mut problems);
    let fields = submitted.fields();
    forms::check_fields(engine, p, &fields, &mut problems).await?;
    for f in p.fields.iter().filter(|f| f.kind == FieldKind::OwnCase) {
        if fields.get(&f.name).is_some_and(|v| !v.trim().is_empty()) {
            problems.push(Problem::new(format!("field_{}", f.name), "own-case-signin"));
        }
    }
    forms::check_represented(p, submitted, &mut problems);
    if problems.is_empty() {
        forms::check_documents(p, submitted, None, &mut problems);
    }
    let key = submitted.values.get("idempotency_key").cloned().unwrap_or_default();
    if !(16..=128).contains(&key.len()) {
        problems.push(Problem::new("idempotency_key", "idempotency-key"));
    }
    let Some(visitor) = visitor.filter(|_| problems.is_empty()) else { return Ok(Err(Refusal::Invalid(problems))) };
    let now = engine.now();
    let (code, hash) = new_code()?;
    let mut secret = [0u8; 24];
    getrandom::fill(&mut secret).map_err(EngineError::internal)?;
    let address = Email::parse(&format!("record-{}@{RECORD_DOMAIN}", hex::encode(&secret[..8])))
        .map_err(EngineError::internal)?;
    let password_hash = nafida_store::users::hash_password(&hex::encode(secret))?;
    let new = NewRecord {
        email: &address,
        password_hash: &password_hash,
        lang: lang.code(),
        org_id: org.as_str(),
        agent_id: account_id,
        full_name: &visitor.name,
        residence_country: &visitor.country,
        phone: visitor.phone.as_deref(),
        contact_email: visitor.email.as_deref(),
        consent: &visitor.consent,
        claim_code_hash: &hash,
        claim_until: now + CLAIM_DAYS * 86_400_000,
        idempotency_key: &key,
    };
    let (record_id, opened) = person_records::open(engine.db(), &new, now).await?;
    let account = nafida_store::accounts::get(engine.db(), &record_id).await?.ok_or(EngineError::NotFound)?;
    let case = match filing::file(engine, &account, p, submitted, lang).await? {
        Ok(Filed::Created(c) | Filed::AlreadyFiled(c)) => c,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let history = crate::events::of_case(engine, &case.id, true).await?;
    if !history.iter().any(|e| matches!(e.what, What::FiledForVisitor { .. })) {
        let stored = What::FiledForVisitor { org: org.to_string(), consent: visitor.consent.clone() }.by(actor.event());
        nafida_store::cases::add_event(engine.db(), &case.id, &stored.new_event(), now).await?;
    }
    // Sent again: the code printed the first time is not known any more; a fresh one replaces it.
    let code = if opened { code } else { renew(engine, &record_id).await? };
    let record = person_records::get(engine.db(), &record_id).await?.ok_or(EngineError::NotFound)?;
    invite(engine, &record, &case, p, &code, lang).await?;
    Ok(Ok(Assisted { case, record, code }))
}

/// Replaces a record's claim code; the new code.
async fn renew(engine: &Engine, record_id: &str) -> Result<String> {
    let (code, hash) = new_code()?;
    let until = engine.now() + CLAIM_DAYS * 86_400_000;
    if person_records::renew_code(engine.db(), record_id, &hash, until).await? {
        Ok(code)
    } else {
        Err(EngineError::NotFound)
    }
}

/// Mails the claim invitation to the visitor's address, if they gave one.
async fn invite(engine: &Engine, record: &RecordRow, c: &CaseRow, p: &Procedure, code: &str, lang: Lang) -> Result<()> {
    let Some(to) = record.contact_email.as_deref() else { return Ok(()) };
    let i18n = engine.i18n();
    let cell = nafida_store::orgs::get(
        engine.db(),
        &nafida_domain::OrgId::parse(&record.org_id).map_err(EngineError::internal)?,
    )
    .await?
    .map(|o| o.name.get(lang.code()).to_string())
    .unwrap_or_default();
    let mut args = FluentArgs::new();
    args.set("reference", FluentValue::from(c.reference.clone()));
    args.set("code", FluentValue::from(code.to_string()));
    args.set("procedure", FluentValue::from(p.title.get(lang.code()).to_string()));
    args.set("cell", FluentValue::from(cell));
    let subject = i18n.format(lang, "mail-claim-subject", Some(&args));
    let body = i18n.format(lang, "mail-claim-body", Some(&args));
    let link = format!("{}/account/claim?reference={}", engine.settings().public_url, c.reference);
    let m = crate::mails::simple(engine, lang, to, &subject, &body, &link);
    nafida_store::mail::enqueue(engine.db(), &m.as_new(), engine.now()).await?;
    Ok(())
}

/// A request the actor's cell filed for a visitor, with the visitor's record while it is not
/// claimed; not found otherwise (the request of someone else, or claimed since).
pub async fn filed_for(engine: &Engine, actor: &Actor, reference: &str) -> Result<(CaseRow, RecordRow)> {
    let Actor::Staff { org, .. } = actor else { return Err(EngineError::NotFound) };
    let c = crate::cases::find(engine, actor, reference).await?;
    let record = person_records::get(engine.db(), &c.applicant_id).await?.ok_or(EngineError::NotFound)?;
    if record.org_id != org.as_str() || record.claimed_at.is_some() {
        return Err(EngineError::NotFound);
    }
    Ok((c, record))
}

/// Prints the receipt again with a fresh claim code (the earlier one stops working), mailed to
/// the visitor's address if they gave one.
pub async fn reprint(engine: &Engine, actor: &Actor, reference: &str, lang: Lang) -> Result<Assisted> {
    let (case, record) = filed_for(engine, actor, reference).await?;
    let code = renew(engine, &record.user_id).await?;
    let p = crate::cases::procedure_of(engine, &case).await?;
    invite(engine, &record, &case, &p.0, &code, lang).await?;
    let record = person_records::get(engine.db(), &record.user_id).await?.ok_or(EngineError::NotFound)?;
    Ok(Assisted { case, record, code })
}

/// The visitor, signed in, claims the requests filed for them with the reference of one of
/// them and the claim code: they move into the account, with "claimed" in their history.
/// Returns the reference. A wrong, used or expired code and a reference that is not the
/// record's get the same answer.
pub async fn claim(engine: &Engine, account: &Account, reference: &str, code: &str) -> Outcome<String> {
    use nafida_domain::Role;
    if account.role != Role::Citizen {
        return Err(EngineError::NotFound);
    }
    let mut problems = vec![];
    let reference = CaseRef::parse(reference.trim()).ok();
    if reference.is_none() {
        problems.push(Problem::new("reference", "case-ref-invalid"));
    }
    if code.trim().is_empty() {
        problems.push(Problem::new("code", "field-required"));
    }
    let Some(reference) = reference.filter(|_| problems.is_empty()) else { return Ok(Err(Refusal::Invalid(problems))) };
    let now = engine.now();
    let bucket = format!("claim:{}", account.id);
    if nafida_store::ratelimit::hit(engine.db(), &bucket, 3_600_000, now).await? > CLAIMS_PER_HOUR {
        return Ok(Err(Refusal::NotAllowed("claim-rate-limited")));
    }
    let unknown = || Ok(Err(Refusal::Invalid(vec![Problem::new("code", "claim-unknown")])));
    let Some(record) = person_records::by_code(engine.db(), &code_hash(code)).await? else { return unknown() };
    let case = nafida_store::cases::by_reference(engine.db(), reference.as_str()).await?;
    let Some(case) = case.filter(|c| c.applicant_id == record.user_id && record.claim_until >= now) else {
        return unknown();
    };
    if record.user_id == account.id {
        return unknown();
    }
    let me = Actor::applicant(&account.id);
    let stored = What::Claimed.by(me.event());
    let moved = person_records::claim(engine.db(), &record.user_id, &account.id, &stored.new_event(), now).await?;
    if moved.is_empty() {
        return unknown();
    }
    // The visitor's country of residence follows them, if their profile has none.
    let mut profile = nafida_store::profiles::get(engine.db(), &account.id).await?;
    if profile.residence_country.as_deref().is_none_or(str::is_empty) {
        profile.residence_country = Some(record.residence_country.clone());
        nafida_store::profiles::save(engine.db(), &account.id, &profile, now).await?;
    }
    Ok(Ok(case.reference))
}

/// How many unclaimed records the cell's page lists.
pub const UNCLAIMED_PAGE: i64 = 50;

/// The requests the actor's cell filed for visitors who have not claimed them yet, newest
/// first, each with its visitor (two reads, whatever their number).
pub async fn unclaimed(engine: &Engine, actor: &Actor) -> Result<Vec<(RecordRow, CaseRow)>> {
    let Actor::Staff { org, .. } = actor else { return Err(EngineError::NotFound) };
    super::province_of(engine, actor).await?;
    let records = person_records::open_of(engine.db(), org.as_str(), UNCLAIMED_PAGE).await?;
    let cases = nafida_store::cases::of_unclaimed_records(engine.db(), org.as_str(), UNCLAIMED_PAGE).await?;
    Ok(cases
        .into_iter()
        .filter_map(|c| records.iter().find(|r| r.user_id == c.applicant_id).map(|r| (r.clone(), c)))
        .collect())
}
