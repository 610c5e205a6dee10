//! The "MRE Services" card as a compact signed credential, checkable offline: what its QR code
//! carries, and the signed, dated list of revoked cards a counter downloads.
//!
//! A credential is `NFC1.<payload>.<signature>`, both parts base64url without padding. The
//! payload is one line of fields separated by `|` (holder's names, card number, validity, the
//! issuing administration and the id of the key that signed it); the signature is Ed25519 by
//! that key over the payload's bytes. A verifier needs only the published public keys (as
//! `/verify/keys` serves them), today's date and, to know of revocations, the latest list.

use base64::Engine as _;

use crate::seal::{PublicKeys, SigningKey};

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::URL_SAFE_NO_PAD;
const PREFIX: &str = "NFC1.";
const VERSION: &str = "MRE1";

/// What a card says of its holder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    /// The card's number (`MRE-26-ABCD2345`).
    pub number: String,
    /// The holder's name in Latin script.
    pub name_latin: String,
    /// The holder's name in Arabic script.
    pub name_ar: String,
    /// First day of validity (`YYYY-MM-DD`).
    pub valid_from: String,
    /// Last day of validity (`YYYY-MM-DD`).
    pub valid_until: String,
    /// The issuing administration's id.
    pub issuer: String,
    /// The id of the key that signed it.
    pub key: String,
}

/// Why a credential is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CardError {
    /// Not a credential at all (another QR code, a cut-off text).
    #[error("this is not an MRE Services card credential")]
    Malformed,
    /// Signed by a key the platform never published.
    #[error("signed with an unknown key {0}")]
    UnknownKey(String),
    /// The signature does not match: a field was changed.
    #[error("the card was changed: its signature does not match")]
    Tampered,
    /// Past its last day.
    #[error("the card expired on {0}")]
    Expired(String),
    /// Before its first day.
    #[error("the card is valid only from {0}")]
    NotYetValid(String),
    /// On the list of revoked cards.
    #[error("the card was revoked on {at} ({reason})")]
    Revoked {
        /// Why (`lost`, `stolen`, `withdrawn`, `replaced`).
        reason: String,
        /// The day.
        at: String,
    },
}

fn clean(field: &str) -> String {
    field.replace(['|', '\n', '\r'], " ").trim().to_string()
}

impl Card {
    fn payload(&self) -> String {
        [
            VERSION,
            &clean(&self.number),
            &clean(&self.name_latin),
            &clean(&self.name_ar),
            &self.valid_from,
            &self.valid_until,
            &clean(&self.issuer),
            &self.key,
        ]
        .join("|")
    }

    /// The credential of this card, signed with `key` (whose id it names).
    pub fn sign(&self, key: &SigningKey) -> String {
        let card = Card { key: key.id().to_string(), ..self.clone() };
        let payload = card.payload();
        let signature = key.sign(payload.as_bytes());
        format!("{PREFIX}{}.{}", B64.encode(payload.as_bytes()), B64.encode(signature))
    }
}

/// Reads a credential and checks its signature against the published keys (nothing else: see
/// [`check`] for the dates and the revocations).
pub fn read(text: &str, keys: &PublicKeys) -> Result<Card, CardError> {
    let rest = text.trim().strip_prefix(PREFIX).ok_or(CardError::Malformed)?;
    let (payload, signature) = rest.split_once('.').ok_or(CardError::Malformed)?;
    let payload = B64.decode(payload).map_err(|_| CardError::Malformed)?;
    let signature = B64.decode(signature).map_err(|_| CardError::Malformed)?;
    let text = String::from_utf8(payload.clone()).map_err(|_| CardError::Malformed)?;
    let fields: Vec<&str> = text.split('|').collect();
    let [version, number, name_latin, name_ar, valid_from, valid_until, issuer, key] = fields[..] else {
        return Err(CardError::Malformed);
    };
    if version != VERSION {
        return Err(CardError::Malformed);
    }
    if !keys.verify_signature(key, &payload, &signature).map_err(|_| CardError::UnknownKey(key.to_string()))? {
        return Err(CardError::Tampered);
    }
    Ok(Card {
        number: number.to_string(),
        name_latin: name_latin.to_string(),
        name_ar: name_ar.to_string(),
        valid_from: valid_from.to_string(),
        valid_until: valid_until.to_string(),
        issuer: issuer.to_string(),
        key: key.to_string(),
    })
}

/// Checks a credential as a counter does offline: its signature, its validity on `today`
/// (`YYYY-MM-DD`), and, when a list is given, that it is not revoked.
pub fn check(text: &str, keys: &PublicKeys, today: &str, revoked: Option<&RevocationList>) -> Result<Card, CardError> {
    let card = read(text, keys)?;
    if today < card.valid_from.as_str() {
        return Err(CardError::NotYetValid(card.valid_from));
    }
    if today > card.valid_until.as_str() {
        return Err(CardError::Expired(card.valid_until));
    }
    if let Some(r) = revoked.and_then(|l| l.revoked.iter().find(|r| r.number == card.number)) {
        return Err(CardError::Revoked { reason: r.reason.clone(), at: r.at.clone() });
    }
    Ok(card)
}

/// A revoked card on the list.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Revoked {
    /// The card's number.
    pub number: String,
    /// Why.
    pub reason: String,
    /// The day it was revoked.
    pub at: String,
}

/// The signed, dated list of revoked cards of one issuer.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RevocationList {
    /// The issuing administration.
    pub issuer: String,
    /// When the list was drawn (`YYYY-MM-DDTHH:MM:SSZ`).
    pub issued_at: String,
    /// The cards revoked, expired ones included until their last day passes.
    pub revoked: Vec<Revoked>,
}

/// Why a downloaded list is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ListError {
    /// Not a list (another file).
    #[error("this is not a list of revoked cards")]
    Malformed,
    /// Signed by a key the platform never published.
    #[error("signed with an unknown key {0}")]
    UnknownKey(String),
    /// Changed after it was signed.
    #[error("the list was changed: its signature does not match")]
    Tampered,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct SignedList {
    /// The list's JSON, exactly as signed.
    list: String,
    key: String,
    signature: String,
}

impl RevocationList {
    /// The list as the file a counter downloads: the list's JSON, the key's id and the
    /// signature over that JSON.
    pub fn sign(&self, key: &SigningKey) -> String {
        let list = serde_json::to_string(self).unwrap_or_default();
        let signature = B64.encode(key.sign(list.as_bytes()));
        serde_json::to_string_pretty(&SignedList { list, key: key.id().to_string(), signature }).unwrap_or_default()
    }

    /// Reads a downloaded list and checks its signature.
    pub fn read(file: &str, keys: &PublicKeys) -> Result<RevocationList, ListError> {
        let signed: SignedList = serde_json::from_str(file).map_err(|_| ListError::Malformed)?;
        let signature = B64.decode(&signed.signature).map_err(|_| ListError::Malformed)?;
        let valid = keys
            .verify_signature(&signed.key, signed.list.as_bytes(), &signature)
            .map_err(|_| ListError::UnknownKey(signed.key.clone()))?;
        if !valid {
            return Err(ListError::Tampered);
        }
        serde_json::from_str(&signed.list).map_err(|_| ListError::Malformed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup() -> (SigningKey, PublicKeys, Card) {
        let key = SigningKey::from_seed([7; 32]);
        let mut keys = PublicKeys::default();
        keys.add_base64(&key.public_base64()).unwrap_or_default();
        let card = Card {
            number: "MRE-26-ABCD2345".into(),
            name_latin: "Amina El Idrissi".into(),
            name_ar: "أمينة الإدريسي".into(),
            valid_from: "2026-12-03".into(),
            valid_until: "2028-12-02".into(),
            issuer: "al-hoceima-mre-cell".into(),
            key: String::new(),
        };
        (key, keys, card)
    }

    #[test]
    fn a_card_reads_back_and_every_change_is_caught() {
        let (key, keys, card) = setup();
        let text = card.sign(&key);
        assert!(text.len() < 400, "fits a small QR code: {}", text.len());
        let got = check(&text, &keys, "2027-01-01", None);
        assert_eq!(got.as_ref().map(|c| c.number.as_str()), Ok("MRE-26-ABCD2345"));
        assert_eq!(got.map(|c| c.name_ar), Ok("أمينة الإدريسي".to_string()));
        assert_eq!(check(&text, &keys, "2029-01-01", None), Err(CardError::Expired("2028-12-02".into())));
        assert_eq!(check(&text, &keys, "2026-12-01", None), Err(CardError::NotYetValid("2026-12-03".into())));
        // A later last day written into the payload: the signature no longer matches.
        let (_, rest) = text.split_at(PREFIX.len());
        let (payload, signature) = rest.split_once('.').unwrap_or_default();
        let forged = String::from_utf8(B64.decode(payload).unwrap_or_default())
            .unwrap_or_default()
            .replace("2028-12-02", "2030-12-02");
        let forged = format!("{PREFIX}{}.{signature}", B64.encode(forged));
        assert_eq!(check(&forged, &keys, "2027-01-01", None), Err(CardError::Tampered));
        assert_eq!(read("https://example.org/", &keys), Err(CardError::Malformed));
        let other = SigningKey::from_seed([8; 32]);
        let unknown = card.sign(&other);
        assert_eq!(read(&unknown, &keys), Err(CardError::UnknownKey(other.id().to_string())));
    }

    #[test]
    fn the_revocation_list_is_signed_and_dated() {
        let (key, keys, card) = setup();
        let text = card.sign(&key);
        let list = RevocationList {
            issuer: "al-hoceima-mre-cell".into(),
            issued_at: "2027-01-01T08:00:00Z".into(),
            revoked: vec![Revoked { number: card.number.clone(), reason: "lost".into(), at: "2026-12-20".into() }],
        };
        let file = list.sign(&key);
        let got = RevocationList::read(&file, &keys);
        assert_eq!(got.as_ref(), Ok(&list));
        assert_eq!(
            check(&text, &keys, "2027-01-01", got.as_ref().ok()),
            Err(CardError::Revoked { reason: "lost".into(), at: "2026-12-20".into() })
        );
        let changed = file.replace("MRE-26-ABCD2345", "MRE-26-ZZZZ2345");
        assert_eq!(RevocationList::read(&changed, &keys), Err(ListError::Tampered));
    }
}
