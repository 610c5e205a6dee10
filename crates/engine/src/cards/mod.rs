//! The "MRE Services" card: approving a card request issues it through the effect registry
//! (`issue-card`) — a wallet-size sealed PDF and a signed credential in its QR code
//! ([`nafida_docs::credential`]), checkable offline against the published keys and the signed,
//! dated list of revoked cards. A new card replaces the holder's earlier ones; the holder
//! declares a card lost or stolen, the issuing cell withdraws one; every revocation also
//! revokes the card's PDF, so `/verify` says so.
//!
//! The validity (two years) is the province's choice: no national rule was found
//! (`domain-morocco.md` §4.8), to be confirmed.

pub mod qr;

use nafida_docs::credential::{self, Card, CardError, RevocationList, Revoked};
use nafida_domain::Date;
use nafida_store::Tx;
use nafida_store::cards::{self as store, CardRow};
use nafida_store::cases::CaseRow;
use nafida_store::documents::IssuedDocument;

use crate::i18n::Lang;
use crate::refusal::{Problem, Refusal};
use crate::{Actor, Engine, EngineError, Outcome, Result};

/// The registry's name of the effect.
pub const EFFECT: &str = crate::contracts::EFFECT_ISSUE_CARD;

/// Days a card is valid from its issue (two years, the province's choice, to be confirmed).
pub const VALIDITY_DAYS: i64 = 730;

/// Why a holder may revoke their own card.
pub const HOLDER_REASONS: &[&str] = &["lost", "stolen"];

/// Why the issuing cell may withdraw a card (besides the holder's reasons).
pub const CELL_REASONS: &[&str] = &["lost", "stolen", "withdrawn"];

/// A card ready to be written by the approval's transaction: its row, its sealed PDF's record,
/// and the holder's earlier cards it replaces.
#[derive(Debug)]
pub struct Prepared {
    /// The card.
    pub card: CardRow,
    /// Its sealed PDF.
    pub document: IssuedDocument,
    /// The earlier cards still standing: `(card id, document code)`.
    pub replaces: Vec<(String, String)>,
}

/// How a card stands on a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    /// Valid.
    Valid,
    /// Past its last day.
    Expired,
    /// Revoked, with its reason and day.
    Revoked {
        /// `lost`, `stolen`, `withdrawn`, `replaced`.
        reason: String,
        /// The day.
        at: String,
    },
}

impl Standing {
    /// Its name (`valid`, `expired`, `revoked`), the end of its label's key.
    pub fn as_str(&self) -> &'static str {
        match self {
            Standing::Valid => "valid",
            Standing::Expired => "expired",
            Standing::Revoked { .. } => "revoked",
        }
    }
}

/// How a stored card stands on `today`.
pub fn standing(c: &CardRow, today: Date) -> Standing {
    if let Some(at) = c.revoked_at {
        return Standing::Revoked {
            reason: c.revoked_reason.clone().unwrap_or_default(),
            at: Date::legal(at).to_string(),
        };
    }
    if today.to_string() > c.valid_until { Standing::Expired } else { Standing::Valid }
}

/// Whether the account holds a card valid today (the fast lane and the appointments' kept
/// places follow it).
pub async fn holds_valid(engine: &Engine, account_id: &str) -> Result<bool> {
    Ok(store::holds_valid(engine.db(), account_id, &Date::legal(engine.now()).to_string()).await?)
}

/// The account's card valid today, if it holds one.
pub async fn valid_card(engine: &Engine, account_id: &str) -> Result<Option<CardRow>> {
    if !holds_valid(engine, account_id).await? {
        return Ok(None);
    }
    let today = Date::legal(engine.now());
    Ok(store::of_account(engine.db(), account_id).await?.into_iter().find(|c| standing(c, today) == Standing::Valid))
}

/// Whether a card can be drawn: the holder's name must be known.
pub async fn check(engine: &Engine, c: &CaseRow) -> Result<Option<Problem>> {
    crate::certificates::check(engine, c).await
}

/// A new card number: `MRE-26-` and eight letters and digits without look-alikes.
fn new_number(today: Date) -> Result<String> {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut random = [0u8; 8];
    getrandom::fill(&mut random).map_err(|e| EngineError::Internal(e.to_string()))?;
    let tail: String = random.iter().map(|b| char::from(ALPHABET[usize::from(*b) % ALPHABET.len()])).collect();
    Ok(format!("MRE-{:02}-{tail}", today.year % 100))
}

/// Draws, signs, seals and stores the card of an approved request (its rows are written by the
/// approval's transaction).
pub async fn prepare(engine: &Engine, c: &CaseRow, officer: &crate::documents::Officer) -> Result<Prepared> {
    let h = crate::certificates::holder(engine, c).await?;
    let name_latin = h.name_latin.clone().or_else(|| h.name_ar.clone()).unwrap_or_default();
    let name_ar = h.name_ar.clone().or_else(|| h.name_latin.clone()).unwrap_or_default();
    let now = engine.now();
    let today = Date::legal(now);
    let until = Date::from_days_since_epoch(today.days_since_epoch() + VALIDITY_DAYS - 1);
    let number = new_number(today)?;
    let key = crate::documents::office_key(engine, &c.org_id).await?;
    let card = Card {
        number: number.clone(),
        name_latin: name_latin.clone(),
        name_ar: name_ar.clone(),
        valid_from: today.to_string(),
        valid_until: until.to_string(),
        issuer: c.org_id.clone(),
        key: key.id().to_string(),
    };
    let signed = card.sign(&key);
    let code = crate::documents::new_code()?;
    let i18n = engine.i18n();
    let t = |lang: Lang, k: &str| i18n.format(lang, k, None);
    let with = |lang: Lang, k: &str, pairs: &[(&str, String)]| {
        let mut args = fluent_bundle::FluentArgs::new();
        for (name, value) in pairs {
            args.set(name.to_string(), fluent_bundle::FluentValue::from(value.clone()));
        }
        i18n.format(lang, k, Some(&args))
    };
    let dates =
        [("from", crate::dates::show_date(&card.valid_from)), ("until", crate::dates::show_date(&card.valid_until))];
    // The issuing province (the cell's parent), as the card names it.
    let cell = nafida_domain::OrgId::parse(&c.org_id).map_err(EngineError::internal)?;
    let issuer = nafida_store::orgs::get(engine.db(), &cell).await?.and_then(|o| o.parent).unwrap_or(cell);
    let issuer = issuer.as_str();
    let province = |lang: Lang| async move { crate::orgs::name(engine, issuer, lang.code()).await };
    let check_at = format!("{}/cards/check", engine.settings().public_url);
    let face = nafida_docs::card::CardFace {
        header_ar: t(Lang::Ar, "doc-state"),
        header_fr: t(Lang::Fr, "doc-state"),
        title_ar: t(Lang::Ar, "card-title"),
        title_fr: t(Lang::Fr, "card-title"),
        name_ar: name_ar.clone(),
        name_latin: name_latin.clone(),
        number: number.clone(),
        lines: vec![
            (with(Lang::Fr, "card-valid", &dates), with(Lang::Ar, "card-valid", &dates)),
            (province(Lang::Fr).await?, province(Lang::Ar).await?),
            (
                format!("{} {}", t(Lang::Fr, "doc-code"), code.display()),
                format!("{} {}", t(Lang::Ar, "doc-code"), code.display()),
            ),
            (with(Lang::Fr, "card-check-at", &[("url", check_at.clone())]), t(Lang::Ar, "card-check-scan")),
        ],
        qr: signed.clone(),
        data: std::collections::BTreeMap::from([
            ("code".to_string(), code.as_str().to_string()),
            ("kind".to_string(), crate::contracts::document::MRE_CARD.to_string()),
            ("office".to_string(), c.org_id.clone()),
            ("issued_on".to_string(), today.to_string()),
            ("number".to_string(), number.clone()),
            ("name_ar".to_string(), name_ar.clone()),
            ("name_latin".to_string(), name_latin.clone()),
            ("valid_until".to_string(), card.valid_until.clone()),
            ("officer".to_string(), officer.fr.clone()),
        ]),
    };
    let data_json = serde_json::to_string(&face.data).map_err(|e| EngineError::Internal(e.to_string()))?;
    let rendered = tokio::task::spawn_blocking(move || nafida_docs::card::render_card(&face))
        .await
        .map_err(|e| EngineError::Internal(e.to_string()))?
        .map_err(|e| EngineError::Internal(e.to_string()))?;
    if !rendered.missing.is_empty() {
        tracing::error!(missing = rendered.missing.len(), "a card has text without glyphs");
        engine.count_layout_fault();
    }
    // The PDF expires with the card, at the end of its last day in Morocco's legal time.
    let next = Date::from_days_since_epoch(until.days_since_epoch() + 1);
    let expires_at = nafida_domain::legal_time::local_to_millis(nafida_domain::legal_time::ZONE, next, 0)
        .ok_or_else(|| EngineError::Internal("end of the card's validity".into()))?;
    let meta = crate::documents::Meta {
        kind: crate::contracts::document::MRE_CARD,
        case_id: Some(&c.id),
        act_id: None,
        office_id: &c.org_id,
        expires_at: Some(expires_at),
    };
    let document = crate::documents::seal_and_store(engine, &meta, &code, data_json, rendered.pdf, now).await?;
    let replaces = store::of_account(engine.db(), &c.applicant_id)
        .await?
        .into_iter()
        .filter(|old| old.revoked_at.is_none())
        .map(|old| (old.id, old.document_code))
        .collect();
    let card = CardRow {
        id: crate::ids::new_id(),
        number,
        account_id: c.applicant_id.clone(),
        case_id: c.id.clone(),
        issuer_id: c.org_id.clone(),
        name_latin,
        name_ar,
        valid_from: card.valid_from,
        valid_until: card.valid_until,
        credential: signed,
        document_code: document.code.clone(),
        issued_at: now,
        revoked_at: None,
        revoked_reason: None,
        revoked_by: None,
    };
    Ok(Prepared { card, document, replaces })
}

/// Writes a prepared card inside the approval's transaction: its PDF's record, the card, and
/// the replacement of the holder's earlier cards.
pub async fn apply_in(tx: &mut Tx, p: &Prepared) -> Result<()> {
    for (id, code) in &p.replaces {
        store::revoke_in(tx, id, "replaced", "platform", p.card.issued_at).await?;
        nafida_store::documents::revoke_in(tx, code, "replaced", None, p.card.issued_at).await?;
    }
    crate::documents::record_in(tx, &p.document).await?;
    store::insert_in(tx, &p.card).await?;
    Ok(())
}

/// A person's cards, the latest first, with how each stands today.
pub async fn of_person(engine: &Engine, actor: &Actor) -> Result<Vec<(CardRow, Standing)>> {
    let Actor::Applicant { account_id } = actor else { return Err(EngineError::NotFound) };
    let today = Date::legal(engine.now());
    Ok(store::of_account(engine.db(), account_id)
        .await?
        .into_iter()
        .map(|c| {
            let s = standing(&c, today);
            (c, s)
        })
        .collect())
}

/// Revokes a card: its holder declares it lost or stolen; staff of the issuing administration
/// (or above) withdraw it too. Its PDF is revoked with it, and its request's history says so,
/// in one transaction. Not found when the card is not the actor's to revoke.
pub async fn revoke(engine: &Engine, actor: &Actor, number: &str, reason: &str) -> Outcome<()> {
    let c = store::by_number(engine.db(), number.trim()).await?.ok_or(EngineError::NotFound)?;
    let (by, allowed) = match actor {
        Actor::Applicant { account_id } if *account_id == c.account_id => (account_id.clone(), HOLDER_REASONS),
        Actor::Staff { account_id, role, org } => {
            let issuer = nafida_domain::OrgId::parse(&c.issuer_id).map_err(EngineError::internal)?;
            if !crate::actor::covers(engine, org, *role, &issuer).await? {
                return Err(EngineError::NotFound);
            }
            (account_id.clone(), CELL_REASONS)
        }
        _ => return Err(EngineError::NotFound),
    };
    if !allowed.contains(&reason) {
        return Ok(Err(Refusal::invalid("reason", "card-reason")));
    }
    let now = engine.now();
    let stored = crate::events::What::DocumentRevoked { code: c.document_code.clone(), reason: reason.to_string() }
        .by(actor.event());
    let mut tx = engine.db().begin().await?;
    if !store::revoke_in(&mut tx, &c.id, reason, &by, now).await? {
        tx.rollback().await?;
        return Ok(Err(Refusal::NotAllowed("card-revoked-already")));
    }
    nafida_store::documents::revoke_in(&mut tx, &c.document_code, reason, Some(&by), now).await?;
    nafida_store::cases::add_event_in(&mut tx, &c.case_id, &stored.new_event(), &[], now).await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// The signed, dated list of an issuer's revoked cards, as a counter downloads it.
pub async fn revocation_list(engine: &Engine, issuer: &str) -> Result<String> {
    let now = engine.now();
    let today = Date::legal(now);
    let revoked = store::revoked_of(engine.db(), issuer, &today.to_string())
        .await?
        .into_iter()
        .map(|c| Revoked {
            number: c.number,
            reason: c.revoked_reason.unwrap_or_default(),
            at: c.revoked_at.map(|t| Date::legal(t).to_string()).unwrap_or_default(),
        })
        .collect();
    let list = RevocationList { issuer: issuer.to_string(), issued_at: crate::dates::utc_stamp(now), revoked };
    let key = crate::documents::office_key(engine, issuer).await?;
    Ok(list.sign(&key))
}

/// What a counter learns of a card it checks online.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// A credential read and checked (signature, dates), and its standing in the register.
    Credential(Card, Standing),
    /// A card number looked up: its standing, and the holder's initials only (the name is on
    /// the card the person shows).
    Number {
        /// The number.
        number: String,
        /// The holder's initials.
        initials: String,
        /// Its last day.
        valid_until: String,
        /// How it stands.
        standing: Standing,
    },
    /// A credential refused, with why.
    Refused(CardError),
    /// No card of that number.
    Unknown,
}

/// Checks what a counter typed, scanned or photographed: a credential (its signature against
/// the published keys, its dates, and whether the register revoked it), or a card number.
pub async fn verify(engine: &Engine, text: &str) -> Result<Verdict> {
    let text = text.trim();
    let today = Date::legal(engine.now());
    if text.starts_with("NFC1.") {
        let keys = crate::documents::public_keys(engine).await?;
        return Ok(match credential::check(text, &keys, &today.to_string(), None) {
            Ok(card) => match store::by_number(engine.db(), &card.number).await? {
                Some(row) => {
                    let s = standing(&row, today);
                    match s {
                        Standing::Revoked { reason, at } => Verdict::Refused(CardError::Revoked { reason, at }),
                        other => Verdict::Credential(card, other),
                    }
                }
                None => Verdict::Credential(card, Standing::Valid),
            },
            Err(e) => Verdict::Refused(e),
        });
    }
    let number = text.to_ascii_uppercase();
    Ok(match store::by_number(engine.db(), &number).await? {
        Some(row) => Verdict::Number {
            initials: initials(&row.name_latin),
            valid_until: row.valid_until.clone(),
            standing: standing(&row, today),
            number: row.number,
        },
        None => Verdict::Unknown,
    })
}

/// `Amina El Idrissi` → `A. E. I.`
fn initials(name: &str) -> String {
    name.split_whitespace().filter_map(|w| w.chars().next()).map(|c| format!("{c}.")).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_hide_the_name() {
        assert_eq!(initials("Amina El Idrissi"), "A. E. I.");
        assert_eq!(initials(""), "");
    }
}
