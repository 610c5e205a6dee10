//! Sealing and verification. A sealed file is the PDF followed by one line,
//! `%NAFIDA-SEAL v1 <key id> <signature>`: an Ed25519 signature, by the platform's key, of
//! every byte before that line — so a single changed byte anywhere, in the drawing or in the
//! signed facts embedded in the file's information dictionary, fails verification. PDF
//! readers ignore a comment after `%%EOF`. Keys are named by an id derived from the public
//! key; verification knows every public key ever used, so rotating the key never invalidates
//! a document already issued.

use std::collections::BTreeMap;

use base64::Engine as _;
use sha2::{Digest, Sha256};

const MARK: &[u8] = b"%NAFIDA-SEAL v1 ";
const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;

/// The platform's signing key.
#[derive(Clone)]
pub struct SigningKey {
    pair: ed25519_compact::KeyPair,
    id: String,
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningKey").field("id", &self.id).finish_non_exhaustive()
    }
}

/// The id of a public key: the first 16 hexadecimal digits of its SHA-256.
pub fn key_id(public: &[u8]) -> String {
    hex::encode(Sha256::digest(public))[..16].to_string()
}

impl SigningKey {
    /// From a 32-byte seed.
    pub fn from_seed(seed: [u8; 32]) -> SigningKey {
        let pair = ed25519_compact::KeyPair::from_seed(ed25519_compact::Seed::new(seed));
        let id = key_id(pair.pk.as_ref());
        SigningKey { pair, id }
    }

    /// From a seed written in base64 (as configured, or kept in the data folder).
    pub fn from_base64(text: &str) -> Result<SigningKey, VerifyError> {
        let bytes = B64.decode(text.trim()).map_err(|_| VerifyError::BadKey)?;
        let seed: [u8; 32] = bytes.try_into().map_err(|_| VerifyError::BadKey)?;
        Ok(SigningKey::from_seed(seed))
    }

    /// A new random key.
    pub fn generate() -> Result<SigningKey, VerifyError> {
        let mut seed = [0u8; 32];
        getrandom::fill(&mut seed).map_err(|_| VerifyError::BadKey)?;
        Ok(SigningKey::from_seed(seed))
    }

    /// A key derived from this one for `label` (an issuing office and its key's generation):
    /// only this key's holder can compute it, so nothing more needs keeping; a new label (the
    /// next generation) gives an unrelated key.
    pub fn derive(&self, label: &str) -> SigningKey {
        let seed: [u8; 32] = Sha256::new()
            .chain_update(b"nafida-derived-signing-key-v1\0")
            .chain_update(self.pair.sk.seed().as_ref())
            .chain_update(label.as_bytes())
            .finalize()
            .into();
        SigningKey::from_seed(seed)
    }

    /// The seed in base64, to keep the key.
    pub fn seed_base64(&self) -> String {
        B64.encode(self.pair.sk.seed().as_ref())
    }

    /// The key id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The public key in base64, to publish.
    pub fn public_base64(&self) -> String {
        B64.encode(self.pair.pk.as_ref())
    }

    /// An Ed25519 signature of `message` (64 bytes).
    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        *self.pair.sk.sign(message, None)
    }
}

/// Every public key the platform ever signed with, by id.
#[derive(Debug, Clone, Default)]
pub struct PublicKeys(BTreeMap<String, ed25519_compact::PublicKey>);

impl PublicKeys {
    /// Adds a published key (base64); its id is computed, not trusted.
    pub fn add_base64(&mut self, public: &str) -> Result<String, VerifyError> {
        let bytes = B64.decode(public.trim()).map_err(|_| VerifyError::BadKey)?;
        let pk = ed25519_compact::PublicKey::from_slice(&bytes).map_err(|_| VerifyError::BadKey)?;
        let id = key_id(pk.as_ref());
        self.0.insert(id.clone(), pk);
        Ok(id)
    }

    /// Whether `signature` is the key `id`'s over `message`; an error for a key not known.
    pub fn verify_signature(&self, id: &str, message: &[u8], signature: &[u8]) -> Result<bool, VerifyError> {
        let pk = self.0.get(id).ok_or_else(|| VerifyError::UnknownKey(id.to_string()))?;
        let Ok(signature) = ed25519_compact::Signature::from_slice(signature) else { return Ok(false) };
        Ok(pk.verify(message, &signature).is_ok())
    }

    /// How many keys are known.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether none is known.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Why a file is not a valid document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerifyError {
    /// No seal line: not a document issued by Nafida, or cut short.
    #[error("no Nafida seal: the file is not a document issued by Nafida, or it was cut short")]
    NotSealed,
    /// The seal line is malformed.
    #[error("the seal is damaged")]
    Damaged,
    /// Signed by a key the platform never published.
    #[error("signed with an unknown key {0}")]
    UnknownKey(String),
    /// The signature does not match the bytes: the file was changed.
    #[error("the file was changed after it was issued: the signature does not match")]
    Tampered,
    /// No signed facts in the file.
    #[error("the document's data is missing")]
    NoData,
    /// A key that cannot be read.
    #[error("unreadable key")]
    BadKey,
}

/// Appends the seal to a rendered PDF.
pub fn seal(mut pdf: Vec<u8>, key: &SigningKey) -> Vec<u8> {
    if !pdf.ends_with(b"\n") {
        pdf.push(b'\n');
    }
    let signature = key.pair.sk.sign(&pdf, None);
    pdf.extend_from_slice(MARK);
    pdf.extend_from_slice(format!("{} {}\n", key.id, B64.encode(signature.as_ref())).as_bytes());
    pdf
}

/// A verified document: who sealed it and the facts it states.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verified {
    /// The key that sealed it.
    pub key_id: String,
    /// The signed facts (the verification code among them).
    pub data: BTreeMap<String, String>,
}

/// Checks a sealed file against the published keys.
pub fn verify(bytes: &[u8], keys: &PublicKeys) -> Result<Verified, VerifyError> {
    let at = bytes.windows(MARK.len()).rposition(|w| w == MARK).ok_or(VerifyError::NotSealed)?;
    let (body, seal_line) = bytes.split_at(at);
    let line = std::str::from_utf8(&seal_line[MARK.len()..]).map_err(|_| VerifyError::Damaged)?;
    let line = line.strip_suffix('\n').ok_or(VerifyError::Damaged)?;
    let (kid, signature) = line.split_once(' ').ok_or(VerifyError::Damaged)?;
    let signature = B64.decode(signature).map_err(|_| VerifyError::Damaged)?;
    let signature = ed25519_compact::Signature::from_slice(&signature).map_err(|_| VerifyError::Damaged)?;
    let pk = keys.0.get(kid).ok_or_else(|| VerifyError::UnknownKey(kid.to_string()))?;
    pk.verify(body, &signature).map_err(|_| VerifyError::Tampered)?;
    let data = embedded_data(body).ok_or(VerifyError::NoData)?;
    Ok(Verified { key_id: kid.to_string(), data })
}

/// The facts embedded in the information dictionary (`/NafidaData (base64 JSON)`).
fn embedded_data(body: &[u8]) -> Option<BTreeMap<String, String>> {
    const KEY: &[u8] = b"/NafidaData (";
    let start = body.windows(KEY.len()).position(|w| w == KEY)? + KEY.len();
    let len = body[start..].iter().position(|b| *b == b')')?;
    let json = B64.decode(&body[start..start + len]).ok()?;
    serde_json::from_slice(&json).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{Document, Row, render};

    fn doc() -> Document {
        Document {
            header_ar: vec!["المملكة المغربية".into()],
            header_fr: vec!["Royaume du Maroc".into()],
            title_ar: "نسخة موجزة من رسم الولادة".into(),
            title_fr: "Extrait d’acte de naissance".into(),
            rows: vec![Row {
                label_fr: "Nom".into(),
                value_fr: "Amina El Idrissi".into(),
                label_ar: "الاسم".into(),
                value_ar: "أمينة الإدريسي".into(),
            }],
            footer_fr: vec!["Vérifiez : https://nafida.example/verify/ABCD".into()],
            footer_ar: vec!["تحقق من الوثيقة".into()],
            qr: "https://nafida.example/verify/ABCD".into(),
            data: BTreeMap::from([
                ("code".to_string(), "ABCD".to_string()),
                ("name_ar".into(), "أمينة الإدريسي".into()),
            ]),
        }
    }

    #[test]
    fn a_sealed_document_verifies_and_any_change_fails() {
        let key = SigningKey::from_seed([7; 32]);
        let pdf = seal(render(&doc()).expect("render"), &key);
        assert!(pdf.starts_with(b"%PDF-1.7"));
        let mut keys = PublicKeys::default();
        keys.add_base64(&key.public_base64()).expect("key");
        let ok = verify(&pdf, &keys).expect("valid");
        assert_eq!(ok.data.get("name_ar").map(String::as_str), Some("أمينة الإدريسي"));
        assert_eq!(ok.key_id, key.id());
        // One changed byte anywhere fails.
        for at in [10, pdf.len() / 3, pdf.len() / 2, pdf.len() - 200] {
            let mut changed = pdf.clone();
            changed[at] ^= 0x01;
            assert!(verify(&changed, &keys).is_err(), "byte {at}");
        }
        // Cut short, unknown key, another key's seal.
        assert_eq!(verify(&pdf[..pdf.len() / 2], &keys), Err(VerifyError::NotSealed));
        assert!(matches!(verify(&pdf, &PublicKeys::default()), Err(VerifyError::UnknownKey(_))));
        let other = SigningKey::from_seed([8; 32]);
        let forged = {
            let body_end = pdf.windows(MARK.len()).rposition(|w| w == MARK).expect("mark");
            let mut f = pdf[..body_end].to_vec();
            f.extend_from_slice(MARK);
            let sig = other.pair.sk.sign(&pdf[..body_end], None);
            f.extend_from_slice(format!("{} {}\n", key.id(), B64.encode(sig.as_ref())).as_bytes());
            f
        };
        assert_eq!(verify(&forged, &keys), Err(VerifyError::Tampered));
        // Rendering is deterministic: the same facts give the same bytes.
        assert_eq!(render(&doc()).expect("render"), render(&doc()).expect("render"));
    }

    #[test]
    fn keys_round_trip() {
        let key = SigningKey::generate().expect("key");
        let again = SigningKey::from_base64(&key.seed_base64()).expect("seed");
        assert_eq!(key.id(), again.id());
        assert!(SigningKey::from_base64("not base64!").is_err());
        assert!(PublicKeys::default().add_base64("AAAA").is_err());
    }
}
