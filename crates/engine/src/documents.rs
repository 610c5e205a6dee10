//! Issued documents: drawn, sealed in the name of the issuing office (with the office's own
//! key, derived from the platform's signing key and its generation, published with its
//! validity before its first use, rotated without invalidating what it sealed), stored by
//! content and recorded. Issuing is two steps so a command can keep one transaction: [`prepare`] draws,
//! seals and stores the file (content-addressed, so a file nobody refers to is harmless), and
//! [`record_in`] writes its row inside the command's transaction.

use nafida_docs::PublicKeys;
use nafida_domain::VerificationCode;
use nafida_store::Tx;
use nafida_store::documents::{self, IssuedDocument};
use sha2::{Digest, Sha256};

use crate::i18n::Lang;
use crate::{Engine, EngineError, Result};

/// What to issue.
#[derive(Debug, Clone)]
pub struct Issue<'a> {
    /// Kind (`birth-extract`, `receipt`…): names its title (`doc-kind-<kind>`).
    pub kind: &'a str,
    /// The case it is issued for.
    pub case_id: Option<&'a str>,
    /// The act it reproduces.
    pub act_id: Option<&'a str>,
    /// The issuing administration.
    pub office_id: &'a str,
    /// The page, translated (the QR code and the code lines are added here).
    pub document: nafida_docs::Document,
    /// When it stops being valid.
    pub expires_at: Option<i64>,
}

/// Who approved what a document states, as the document names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Officer {
    /// In Arabic.
    pub ar: String,
    /// In French.
    pub fr: String,
}

/// The officer of an approval: the staff member by name; a partner system, or the platform
/// issuing to a holder whose identity was checked, by what they are.
pub async fn officer_of(engine: &Engine, actor: &crate::Actor) -> Result<Officer> {
    let t = |lang: Lang, key: &str| engine.i18n().format(lang, key, None);
    let key = match actor {
        crate::Actor::Staff { account_id, .. } => {
            let name = nafida_store::accounts::get(engine.db(), account_id)
                .await?
                .map(|a| if a.display_name.is_empty() { a.email } else { a.display_name })
                .unwrap_or_default();
            return Ok(Officer { ar: name.clone(), fr: name });
        }
        crate::Actor::Partner { .. } => "doc-officer-partner",
        crate::Actor::Platform { .. } => "doc-officer-platform",
        crate::Actor::Applicant { .. } | crate::Actor::System { .. } => "doc-officer-system",
    };
    Ok(Officer { ar: t(Lang::Ar, key), fr: t(Lang::Fr, key) })
}

/// The address that verifies a code.
pub fn verify_url(engine: &Engine, code: &VerificationCode) -> String {
    format!("{}/verify/{}", engine.settings().public_url, code.as_str())
}

/// Draws, seals, stores and records a document (in its own transaction); returns its record.
pub async fn issue(engine: &Engine, issue: Issue<'_>) -> Result<IssuedDocument> {
    let record = prepare(engine, issue).await?;
    let mut tx = engine.db().begin().await?;
    record_in(&mut tx, &record).await?;
    tx.commit().await?;
    Ok(record)
}

/// Records a prepared document inside the caller's transaction.
pub async fn record_in(tx: &mut Tx, record: &IssuedDocument) -> Result<()> {
    documents::record_in(tx, record).await?;
    Ok(())
}

/// Draws, seals and stores a document's file; returns the record to write (nothing is
/// recorded yet).
pub async fn prepare(engine: &Engine, issue: Issue<'_>) -> Result<IssuedDocument> {
    let code = new_code()?;
    let now = engine.clock().now().millis();
    let mut document = issue.document;
    document.qr = verify_url(engine, &code);
    let ar = |k: &str| engine.i18n().format(Lang::Ar, k, None);
    let fr = |k: &str| engine.i18n().format(Lang::Fr, k, None);
    document.footer_fr.push(format!("{} {}", fr("doc-code"), code.display()));
    document.footer_fr.push(format!("{} {}", fr("doc-verify-at"), document.qr));
    document.footer_ar.push(format!("{} {}", ar("doc-code"), code.display()));
    document.footer_ar.push(ar("doc-verify-at-short"));
    document.data.insert("code".into(), code.as_str().to_string());
    document.data.insert("kind".into(), issue.kind.to_string());
    document.data.insert("office".into(), issue.office_id.to_string());
    document.data.insert("issued_on".into(), nafida_domain::Date::legal(now).to_string());
    let data_json = serde_json::to_string(&document.data).map_err(|e| EngineError::Internal(e.to_string()))?;
    // Drawing and shaping take a few milliseconds of CPU: off the request threads.
    let rendered = tokio::task::spawn_blocking(move || nafida_docs::render_with_boxes(&document))
        .await
        .map_err(|e| EngineError::Internal(e.to_string()))?
        .map_err(|e| EngineError::Internal(e.to_string()))?;
    // A document that does not lay out well is still issued (the person needs it), and the
    // fault is reported without its text (which may hold names).
    let (overlaps, outside, missing) = rendered.faults();
    if overlaps + outside + missing > 0 {
        tracing::error!(kind = issue.kind, overlaps, outside, missing, "an issued document does not lay out well");
        engine.count_layout_fault();
    }
    let meta = Meta {
        kind: issue.kind,
        case_id: issue.case_id,
        act_id: issue.act_id,
        office_id: issue.office_id,
        expires_at: issue.expires_at,
    };
    seal_and_store(engine, &meta, &code, data_json, rendered.pdf, now).await
}

/// A new verification code.
pub fn new_code() -> Result<VerificationCode> {
    let mut random = [0u8; 9];
    getrandom::fill(&mut random).map_err(|e| EngineError::Internal(e.to_string()))?;
    Ok(VerificationCode::generate(random))
}

/// What a document's record says besides its file.
#[derive(Debug, Clone, Copy)]
pub struct Meta<'a> {
    /// Kind.
    pub kind: &'a str,
    /// The case it is issued for.
    pub case_id: Option<&'a str>,
    /// The act it reproduces.
    pub act_id: Option<&'a str>,
    /// The issuing administration.
    pub office_id: &'a str,
    /// When it stops being valid.
    pub expires_at: Option<i64>,
}

/// Seals a drawn file with the office's key, stores it and returns its record (written later
/// by the caller's transaction).
pub async fn seal_and_store(
    engine: &Engine,
    meta: &Meta<'_>,
    code: &VerificationCode,
    data_json: String,
    pdf: Vec<u8>,
    now: i64,
) -> Result<IssuedDocument> {
    let issue = meta;
    let key = office_key(engine, issue.office_id).await?;
    let key_id = key.id().to_string();
    let sealed = nafida_docs::seal(pdf, &key);
    let file_key = engine.files().put(&sealed).await?;
    let record = IssuedDocument {
        code: code.as_str().to_string(),
        kind: issue.kind.to_string(),
        case_id: issue.case_id.map(str::to_string),
        act_id: issue.act_id.map(str::to_string),
        office_id: issue.office_id.to_string(),
        data_json,
        key_id,
        file_key: file_key.as_str().to_string(),
        sha256: hex::encode(Sha256::digest(&sealed)),
        issued_at: now,
        expires_at: issue.expires_at,
        revoked_at: None,
        revoked_reason: None,
    };
    Ok(record)
}

/// The key of an office's generation, derived from the platform's signing key.
pub fn derive_office_key(root: &nafida_docs::SigningKey, office_id: &str, generation: i64) -> nafida_docs::SigningKey {
    root.derive(&format!("office:{office_id}:{generation}"))
}

/// The current signing key of an issuing office, published (generation 1) at its first use.
/// Should the platform's key change, the office's next generation is published from it.
pub async fn office_key(engine: &Engine, office_id: &str) -> Result<nafida_docs::SigningKey> {
    let root = &engine.settings().signing_key;
    let current = documents::office_key(engine.db(), office_id).await?;
    if let Some((generation, key_id)) = &current {
        let key = derive_office_key(root, office_id, *generation);
        if key.id() == key_id {
            return Ok(key);
        }
    }
    let generation = current.map_or(1, |(g, _)| g + 1);
    let key = derive_office_key(root, office_id, generation);
    documents::publish_office_key(engine.db(), office_id, generation, key.id(), &key.public_base64(), engine.now())
        .await?;
    Ok(key)
}

/// Rotates an office's key: the current one stays valid for what it sealed and stops sealing
/// now; the next generation seals from now on. Returns the new key's id.
pub async fn rotate_office_key(
    db: &nafida_store::Db,
    root: &nafida_docs::SigningKey,
    office_id: &str,
    now: i64,
) -> Result<String> {
    let generation = documents::office_key(db, office_id).await?.map_or(1, |(g, _)| g + 1);
    let key = derive_office_key(root, office_id, generation);
    documents::publish_office_key(db, office_id, generation, key.id(), &key.public_base64(), now).await?;
    Ok(key.id().to_string())
}

/// Every public key ever used, to verify files.
pub async fn public_keys(engine: &Engine) -> Result<PublicKeys> {
    let mut keys = PublicKeys::default();
    for (_, public, _) in documents::public_keys(engine.db()).await? {
        keys.add_base64(&public).map_err(|e| EngineError::Internal(e.to_string()))?;
    }
    keys.add_base64(&engine.settings().signing_key.public_base64())
        .map_err(|e| EngineError::Internal(e.to_string()))?;
    Ok(keys)
}

/// The state of a document now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Valid.
    Valid,
    /// Revoked by its office.
    Revoked,
    /// Past its validity.
    Expired,
}

/// Whether a recorded document is valid, revoked or expired.
pub fn standing(d: &IssuedDocument, now: i64) -> Standing {
    if d.revoked_at.is_some() {
        Standing::Revoked
    } else if d.expires_at.is_some_and(|e| e <= now) {
        Standing::Expired
    } else {
        Standing::Valid
    }
}

/// Staff of the issuing office (or above) revoke a document with a reason of 10 to 1,000
/// characters; its verification page says so from then on, and the case's history shows it,
/// in one transaction. Not found when the document is not the actor's to revoke.
pub async fn revoke(
    engine: &Engine,
    actor: &crate::Actor,
    code: &str,
    reason: &str,
    confirmed: bool,
) -> crate::Outcome<()> {
    let d = documents::get(engine.db(), code).await?.ok_or(EngineError::NotFound)?;
    let office = nafida_domain::OrgId::parse(&d.office_id).map_err(EngineError::internal)?;
    let crate::Actor::Staff { account_id, role, org } = actor else { return Err(EngineError::NotFound) };
    if !crate::actor::covers(engine, org, *role, &office).await? {
        return Err(EngineError::NotFound);
    }
    let reason = reason.trim();
    let mut problems = vec![];
    if !(10..=1000).contains(&reason.chars().count()) {
        problems.push(crate::refusal::Problem::new("reason", "motivation-required"));
    }
    // It cannot be undone: the agent confirms it, on the form itself.
    if !confirmed {
        problems.push(crate::refusal::Problem::new("confirm", "revoke-confirm"));
    }
    if !problems.is_empty() {
        return Ok(Err(crate::Refusal::Invalid(problems)));
    }
    let now = engine.now();
    let stored =
        crate::events::What::DocumentRevoked { code: d.code.clone(), reason: reason.to_string() }.by(actor.event());
    let mut tx = engine.db().begin().await?;
    if !documents::revoke_in(&mut tx, &d.code, reason, Some(account_id), now).await? {
        tx.rollback().await?;
        return Ok(Err(crate::Refusal::NotAllowed("already-revoked")));
    }
    if let Some(case_id) = &d.case_id {
        nafida_store::cases::add_event_in(&mut tx, case_id, &stored.new_event(), &[], now).await?;
    }
    tx.commit().await?;
    Ok(Ok(()))
}
