//! The history's seal and its signed daily digest, over `nafida_store::audit`. Every node's
//! background pass seals what was written since the last one and, once per Moroccan legal day,
//! signs the chain's head with the platform's document key: a digest anyone can fetch at
//! `/audit/digests` and keep elsewhere, so that rewriting the history (even with its hashes
//! recomputed) no longer matches what was signed.

use base64::Engine as _;
use nafida_docs::PublicKeys;
use nafida_domain::Date;
use nafida_store::Db;
use nafida_store::audit::{self, Break, Digest};

use crate::{Engine, Result};

/// Seals the events written since the last pass and signs today's digest if no node did yet;
/// returns how many events were sealed and whether a digest was signed.
pub async fn seal_and_sign(engine: &Engine) -> Result<(usize, bool)> {
    let db = engine.db();
    let sealed = audit::seal_all(db).await?;
    let now = engine.now();
    let day = Date::legal(now).to_string();
    if audit::has_digest(db, &day).await? {
        return Ok((sealed, false));
    }
    let (seq, hash) = audit::head(db).await?;
    let key = &engine.settings().signing_key;
    let signature = key.sign(Digest::message(&day, seq, &hash).as_bytes());
    let digest = Digest {
        day,
        seq,
        hash,
        key_id: key.id().to_string(),
        signature: base64::engine::general_purpose::STANDARD.encode(signature),
        signed_at: now,
    };
    Ok((sealed, audit::record_digest(db, &digest).await?))
}

/// What `nafida audit verify` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// Events whose seal was checked.
    pub sealed: i64,
    /// Events not sealed yet (written in the last minutes).
    pub unsealed: i64,
    /// Signed digests checked.
    pub digests: usize,
    /// The first problem, if any.
    pub problem: Option<Problem>,
}

/// A problem with the history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The chain itself is broken.
    Chain(Break),
    /// A digest is not signed by a key of the platform.
    BadSignature {
        /// Its day.
        day: String,
    },
    /// The chain no longer matches a signed digest: the history up to it was rewritten.
    Rewritten {
        /// The digest's day.
        day: String,
        /// Its number of events.
        seq: i64,
    },
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Chain(b) => write!(f, "{b}"),
            Problem::BadSignature { day } => {
                write!(f, "the digest of {day} is not signed by a key of the platform")
            }
            Problem::Rewritten { day, seq } => write!(
                f,
                "the history no longer matches the digest signed on {day}: its first {seq} events were rewritten"
            ),
        }
    }
}

/// Checks the whole chain and every digest against the platform's published keys.
pub async fn verify(db: &Db, keys: &PublicKeys) -> Result<Report> {
    let digests = audit::digests(db).await?;
    let wanted: Vec<i64> = digests.iter().map(|d| d.seq).collect();
    let chain = audit::check(db, &wanted).await?;
    let report = |problem| Report { sealed: chain.sealed, unsealed: chain.unsealed, digests: digests.len(), problem };
    if let Some(b) = &chain.first_break {
        return Ok(report(Some(Problem::Chain(b.clone()))));
    }
    for d in &digests {
        let signature = base64::engine::general_purpose::STANDARD.decode(&d.signature).unwrap_or_default();
        let message = Digest::message(&d.day, d.seq, &d.hash);
        if !keys.verify_signature(&d.key_id, message.as_bytes(), &signature).unwrap_or(false) {
            return Ok(report(Some(Problem::BadSignature { day: d.day.clone() })));
        }
        let recomputed = if d.seq == 0 {
            Some(audit::GENESIS.to_string())
        } else {
            chain.at.iter().find(|(s, _)| *s == d.seq).map(|(_, h)| h.clone())
        };
        if recomputed.as_deref() != Some(d.hash.as_str()) {
            return Ok(report(Some(Problem::Rewritten { day: d.day.clone(), seq: d.seq })));
        }
    }
    Ok(report(None))
}

/// The platform's published keys, from the database.
pub async fn published_keys(db: &Db) -> Result<PublicKeys> {
    let mut keys = PublicKeys::default();
    for (_, public, _) in nafida_store::documents::public_keys(db).await? {
        let _ = keys.add_base64(&public);
    }
    Ok(keys)
}
