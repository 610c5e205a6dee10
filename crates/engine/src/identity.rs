//! Identity assurance of accounts. An account starts at `email` (its address was confirmed:
//! nothing is known of who holds it). An agent of a consular post or of the provincial cell
//! raises it to `agent-checked` after seeing the person's identity document at the counter;
//! a national electronic identity provider raises it to `eid`. Each check keeps the identity it
//! established (names, date of birth, the national ID number masked and keyed-hashed), so a
//! profile edited afterwards never changes what was checked; the person sees the level, who
//! raised it and when.
//!
//! The electronic identity sits behind [`IdentityProvider`]. The national provider is not
//! reachable from here; the test provider (a page of the platform that plays it, like the test
//! payment provider) is enabled only in the demo and the tests.

use nafida_domain::civil::name_key;
use nafida_domain::{CnieNumber, Date, NameAr, NameLatin, OrgId, OrgKind};
use nafida_store::civil::ActRow;
use nafida_store::identity::{self, IdentityCheck};
use sha2::{Digest, Sha256};

use crate::refusal::{Problem, Problems, Refusal};
use crate::{Actor, Engine, EngineError, Outcome, Result};

/// How sure the platform is of who holds an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Only the e-mail address was confirmed.
    Email,
    /// An agent saw the identity document.
    AgentChecked,
    /// A national electronic identity provider asserted it.
    Eid,
}

impl Level {
    /// Stored spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Email => "email",
            Level::AgentChecked => "agent-checked",
            Level::Eid => "eid",
        }
    }

    /// From the stored spelling (anything unknown is the lowest level).
    pub fn parse(s: &str) -> Level {
        match s {
            "agent-checked" => Level::AgentChecked,
            "eid" => Level::Eid,
            _ => Level::Email,
        }
    }

    /// Whether someone other than the person vouched for the identity.
    pub fn checked(self) -> bool {
        self >= Level::AgentChecked
    }
}

/// An account's identity: its level and the check that set it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    /// The level.
    pub level: Level,
    /// The latest check, if any.
    pub check: Option<IdentityCheck>,
}

/// The identity of an account.
pub async fn of(engine: &Engine, account_id: &str) -> Result<Identity> {
    let check = identity::current(engine.db(), account_id).await?;
    let level = check.as_ref().map_or(Level::Email, |c| Level::parse(&c.level));
    Ok(Identity { level, check })
}

/// Every check of an account, latest first (shown to the person).
pub async fn history(engine: &Engine, account_id: &str) -> Result<Vec<IdentityCheck>> {
    Ok(identity::history(engine.db(), account_id).await?)
}

/// What an agent read on the original identity document, or what a provider asserted.
#[derive(Debug, Clone, Default)]
pub struct Seen {
    /// `cnie` or `passport`.
    pub document_kind: String,
    /// The national ID number (required with a CNIE; optional with a passport).
    pub cnie: String,
    /// Name in Arabic script.
    pub name_ar: String,
    /// Name in Latin script.
    pub name_latin: String,
    /// Date of birth, `YYYY-MM-DD`.
    pub birth_date: String,
}

/// The identity a check establishes, with every problem of what was typed.
fn establish(engine: &Engine, seen: &Seen) -> std::result::Result<IdentityCheck, Problems> {
    let mut problems = vec![];
    let mut check = IdentityCheck::default();
    if !matches!(seen.document_kind.as_str(), "cnie" | "passport") {
        problems.push(Problem::new("document_kind", "choice-invalid"));
    }
    match NameAr::parse(&seen.name_ar) {
        Ok(n) => check.name_ar = Some(n.as_str().to_string()),
        Err(e) => problems.push(Problem::new("name_ar", crate::forms::domain_code(&e))),
    }
    match NameLatin::parse(&seen.name_latin) {
        Ok(n) => check.name_latin = Some(n.as_str().to_string()),
        Err(e) => problems.push(Problem::new("name_latin", crate::forms::domain_code(&e))),
    }
    match Date::parse(seen.birth_date.trim()) {
        Ok(d) if d <= Date::legal(engine.now()) => check.birth_date = Some(d.to_string()),
        _ => problems.push(Problem::new("birth_date", "date-invalid")),
    }
    let cnie = seen.cnie.trim();
    if !cnie.is_empty() || seen.document_kind == "cnie" {
        match CnieNumber::parse(cnie) {
            Ok(n) => {
                check.cnie_masked = Some(n.masked());
                check.cnie_hash = Some(n.keyed_hash(&engine.settings().secret_key));
            }
            Err(e) => problems.push(Problem::new("cnie", crate::forms::domain_code(&e))),
        }
    }
    check.document_kind = Some(seen.document_kind.clone());
    check.created_at = engine.now();
    if problems.is_empty() { Ok(check) } else { Err(problems) }
}

/// How long a counter code lasts (it changes every half hour; the previous one still counts).
const COUNTER_WINDOW_MS: i64 = 30 * 60 * 1000;

fn keyed(engine: &Engine, text: &str) -> [u8; 32] {
    let key = &engine.settings().secret_key;
    let inner = Sha256::new().chain_update(key.as_slice()).chain_update(text).finalize();
    Sha256::new().chain_update(key.as_slice()).chain_update(inner).finalize().into()
}

fn code_for(engine: &Engine, account_id: &str, window: i64) -> String {
    let mac = keyed(engine, &format!("counter|{account_id}|{window}"));
    let n = u32::from_be_bytes([mac[0], mac[1], mac[2], mac[3]]) % 1_000_000;
    format!("{n:06}")
}

/// The code the person shows at the counter, from their account page: it proves to the agent
/// that the account checked is the one of the person in front of them.
pub fn counter_code(engine: &Engine, account_id: &str) -> String {
    code_for(engine, account_id, engine.now() / COUNTER_WINDOW_MS)
}

fn counter_code_valid(engine: &Engine, account_id: &str, code: &str) -> bool {
    let window = engine.now() / COUNTER_WINDOW_MS;
    let code = code.trim();
    [window, window - 1].into_iter().any(|w| code_for(engine, account_id, w) == code)
}

/// An agent of a consular post or of the provincial cell checked, at the counter, the identity
/// document of the person holding the account with this address, who showed its current
/// counter code.
pub async fn check_at_counter(engine: &Engine, actor: &Actor, email: &str, code: &str, seen: &Seen) -> Outcome<()> {
    let Actor::Staff { account_id: agent, org, .. } = actor else {
        return Ok(Err(Refusal::Forbidden("identity-counter-only")));
    };
    if !counter_office(engine, org).await? {
        return Ok(Err(Refusal::Forbidden("identity-counter-only")));
    }
    let account = match nafida_domain::Email::parse(email) {
        Ok(e) => nafida_store::accounts::find_by_email(engine.db(), &e).await?,
        Err(_) => None,
    };
    let account = account.filter(|a| a.role == nafida_domain::Role::Citizen && !a.disabled);
    let established = establish(engine, seen);
    let mut problems = established.as_ref().err().cloned().unwrap_or_default();
    match &account {
        None => problems.insert(0, Problem::new("email", "identity-account-unknown")),
        Some(a) if !counter_code_valid(engine, &a.id, code) => {
            problems.insert(0, Problem::new("code", "identity-code-wrong"));
        }
        Some(_) => {}
    }
    let (Some(account), Ok(mut check), true) = (account, established, problems.is_empty()) else {
        return Ok(Err(Refusal::Invalid(problems)));
    };
    check.user_id = account.id.clone();
    check.level = Level::AgentChecked.as_str().to_string();
    check.method = "counter".into();
    check.checked_by = Some(agent.clone());
    check.org_id = Some(org.as_str().to_string());
    identity::record(engine.db(), &check).await?;
    Ok(Ok(()))
}

/// Whether staff of this administration check identities at a counter: consular posts and the
/// provincial cell.
pub async fn counter_office(engine: &Engine, org: &OrgId) -> Result<bool> {
    let Some(o) = nafida_store::orgs::get(engine.db(), org).await? else { return Ok(false) };
    Ok(matches!(o.kind, OrgKind::ConsularPost | OrgKind::MreCell))
}

/// Where a person confirms their identity with an electronic identity provider.
pub trait IdentityProvider: std::fmt::Debug + Send + Sync {
    /// The provider's name, as stored with the check.
    fn name(&self) -> &'static str;
    /// The page the person is sent to, carrying the platform's signed request.
    fn start_url(&self, request: &str) -> String;
}

/// The test provider: a page of the platform that plays the national electronic identity
/// (confirm with given details, or cancel). Enabled only in the demo and the tests.
#[derive(Debug, Clone, Copy)]
pub struct TestIdentityProvider;

impl IdentityProvider for TestIdentityProvider {
    fn name(&self) -> &'static str {
        "test"
    }

    fn start_url(&self, request: &str) -> String {
        format!("/identity/test/{request}")
    }
}

/// The electronic identity provider of this deployment, if any.
pub fn provider(engine: &Engine) -> Option<&'static dyn IdentityProvider> {
    engine.settings().test_identity.then_some(&TestIdentityProvider as &'static dyn IdentityProvider)
}

/// How long a request to the provider stays valid.
const REQUEST_TTL_MS: i64 = 15 * 60 * 1000;

fn request_mac(engine: &Engine, account_id: &str, expires: i64) -> String {
    hex::encode(&keyed(engine, &format!("eid|{account_id}|{expires}"))[..16])
}

/// Starts a confirmation with the provider: the page to send the person to.
pub fn start_eid(engine: &Engine, account_id: &str) -> Result<String> {
    let p = provider(engine).ok_or(EngineError::NotFound)?;
    let expires = engine.now() + REQUEST_TTL_MS;
    Ok(p.start_url(&format!("{expires}.{}", request_mac(engine, account_id, expires))))
}

/// Whether a request handed to the provider is this account's and still valid.
pub fn request_valid(engine: &Engine, account_id: &str, request: &str) -> bool {
    let Some((expires, mac)) = request.split_once('.') else { return false };
    let Ok(expires) = expires.parse::<i64>() else { return false };
    expires >= engine.now() && request_mac(engine, account_id, expires) == mac
}

/// The provider asserted this identity for the request: the account's level becomes `eid`.
pub async fn eid_asserted(engine: &Engine, account_id: &str, request: &str, asserted: &Seen) -> Outcome<()> {
    let Some(p) = provider(engine) else { return Err(EngineError::NotFound) };
    if !request_valid(engine, account_id, request) {
        return Ok(Err(Refusal::NotAllowed("identity-request-expired")));
    }
    let mut check = match establish(engine, &Seen { document_kind: "cnie".into(), ..asserted.clone() }) {
        Ok(c) => c,
        Err(problems) => return Ok(Err(Refusal::Invalid(problems))),
    };
    check.user_id = account_id.to_string();
    check.level = Level::Eid.as_str().to_string();
    check.method = "eid-provider".into();
    check.provider = Some(p.name().to_string());
    identity::record(engine.db(), &check).await?;
    Ok(Ok(()))
}

/// What differs between a checked identity and an act's holder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mismatch {
    /// The names (Arabic, or Latin where both have one) do not match, spelling-tolerantly.
    Name,
    /// The date of birth differs.
    BirthDate,
}

impl Mismatch {
    /// Stored and translated spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            Mismatch::Name => "name",
            Mismatch::BirthDate => "birth-date",
        }
    }
}

/// How a checked identity compares with the holder of a birth act: the Arabic name must match
/// (spelling-tolerant keys), the Latin one too where both carry it, and the date of birth.
pub fn compare(check: &IdentityCheck, act: &ActRow) -> Vec<Mismatch> {
    let mut out = vec![];
    let same = |a: &str, b: &str| !a.trim().is_empty() && name_key(a) == name_key(b);
    let arabic = check.name_ar.as_deref().is_some_and(|n| same(n, &act.name_ar));
    let latin = match (check.name_latin.as_deref(), act.name_latin.as_deref()) {
        (Some(n), Some(l)) => same(n, l),
        _ => true,
    };
    if !arabic || !latin {
        out.push(Mismatch::Name);
    }
    if check.birth_date.as_deref() != Some(act.event_date.as_str()) {
        out.push(Mismatch::BirthDate);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_checked_identity_matches_its_act_only() {
        let act = ActRow {
            name_ar: "أمينة الإدريسي".into(),
            name_latin: Some("Amina El Idrissi".into()),
            event_date: "1990-04-12".into(),
            ..ActRow::default()
        };
        let check = |ar: &str, latin: &str, birth: &str| IdentityCheck {
            name_ar: Some(ar.into()),
            name_latin: Some(latin.into()),
            birth_date: Some(birth.into()),
            ..IdentityCheck::default()
        };
        assert_eq!(compare(&check("أمينة الادريسي", "AMINA EL-IDRISSI", "1990-04-12"), &act), vec![]);
        assert_eq!(compare(&check("أمينة الإدريسي", "Amina El Idrissi", "1990-04-13"), &act), vec![Mismatch::BirthDate]);
        assert_eq!(compare(&check("سعيد الإدريسي", "Amina El Idrissi", "1990-04-12"), &act), vec![Mismatch::Name]);
        assert_eq!(compare(&check("أمينة الإدريسي", "Said Idrissi", "1990-04-12"), &act), vec![Mismatch::Name]);
        assert_eq!(compare(&IdentityCheck::default(), &act), vec![Mismatch::Name, Mismatch::BirthDate]);
        assert!(Level::Eid.checked() && Level::AgentChecked.checked() && !Level::Email.checked());
        assert_eq!(Level::parse("nonsense"), Level::Email);
    }
}
