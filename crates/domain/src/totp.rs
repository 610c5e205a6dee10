//! Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), the
//! base32 secrets authenticator apps read, and the `otpauth://` URI put in the QR code.
//! A code is accepted for the current step and one step either side (clock drift), and never
//! twice: the caller stores the last step used and passes it back.

use hmac::{Hmac, Mac};
use sha1::Sha1;

/// Length of a step, in seconds.
pub const STEP_SECS: i64 = 30;

/// A TOTP secret (20 random bytes).
#[derive(Clone, PartialEq, Eq)]
pub struct TotpSecret(Vec<u8>);

impl std::fmt::Debug for TotpSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TotpSecret([redacted])")
    }
}

const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

impl TotpSecret {
    /// A secret from raw bytes.
    pub fn from_bytes(bytes: Vec<u8>) -> Self {
        TotpSecret(bytes)
    }

    /// Base32 without padding, as authenticator apps expect.
    pub fn to_base32(&self) -> String {
        let mut out = String::new();
        let mut buffer: u32 = 0;
        let mut bits = 0;
        for b in &self.0 {
            buffer = (buffer << 8) | u32::from(*b);
            bits += 8;
            while bits >= 5 {
                out.push(char::from(ALPHABET[((buffer >> (bits - 5)) & 31) as usize]));
                bits -= 5;
            }
        }
        if bits > 0 {
            out.push(char::from(ALPHABET[((buffer << (5 - bits)) & 31) as usize]));
        }
        out
    }

    /// Parses base32 (case-insensitive, spaces and padding ignored).
    pub fn from_base32(s: &str) -> Option<Self> {
        let mut out = Vec::new();
        let mut buffer: u32 = 0;
        let mut bits = 0;
        for c in s.chars().filter(|c| !c.is_whitespace() && *c != '=') {
            let v = ALPHABET.iter().position(|a| char::from(*a) == c.to_ascii_uppercase())? as u32;
            buffer = (buffer << 5) | v;
            bits += 5;
            if bits >= 8 {
                out.push(((buffer >> (bits - 8)) & 0xff) as u8);
                bits -= 8;
            }
        }
        (!out.is_empty()).then_some(TotpSecret(out))
    }

    /// The code for a step.
    pub fn code_at_step(&self, step: i64) -> String {
        let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(&self.0) else { return String::new() };
        mac.update(&step.to_be_bytes());
        let h = mac.finalize().into_bytes();
        let offset = usize::from(h[19] & 0x0f);
        let bin = (u32::from(h[offset] & 0x7f) << 24)
            | (u32::from(h[offset + 1]) << 16)
            | (u32::from(h[offset + 2]) << 8)
            | u32::from(h[offset + 3]);
        format!("{:06}", bin % 1_000_000)
    }

    /// Checks a code typed at `unix_secs`; returns the step it matched when it is valid and
    /// newer than `last_used_step`.
    pub fn verify(&self, code: &str, unix_secs: i64, last_used_step: Option<i64>) -> Option<i64> {
        let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let now = unix_secs.div_euclid(STEP_SECS);
        [now - 1, now, now + 1]
            .into_iter()
            .filter(|s| last_used_step.is_none_or(|last| *s > last))
            .find(|s| constant_time_eq(self.code_at_step(*s).as_bytes(), code.as_bytes()))
    }

    /// The `otpauth://` URI for enrolment.
    pub fn otpauth_uri(&self, issuer: &str, account: &str) -> String {
        format!(
            "otpauth://totp/{}:{}?secret={}&issuer={}&algorithm=SHA1&digits=6&period=30",
            pct(issuer),
            pct(account),
            self.to_base32(),
            pct(issuer)
        )
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn pct(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc6238_vectors() {
        let secret = TotpSecret::from_bytes(b"12345678901234567890".to_vec());
        // RFC 6238 appendix B, SHA1, last 6 digits.
        for (t, code) in
            [(59, "287082"), (1_111_111_109, "081804"), (1_234_567_890, "005924"), (2_000_000_000, "279037")]
        {
            assert_eq!(secret.code_at_step(t / STEP_SECS), code);
            assert_eq!(secret.verify(code, t, None), Some(t / STEP_SECS));
        }
    }

    #[test]
    fn codes_are_single_use_and_base32_round_trips() {
        let secret = TotpSecret::from_bytes(b"12345678901234567890".to_vec());
        let step = secret.verify("287082", 59, None);
        assert_eq!(secret.verify("287082", 59, step), None, "replayed");
        assert_eq!(secret.verify("000000", 59, None), None);
        assert_eq!(secret.to_base32(), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assert_eq!(TotpSecret::from_base32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"), Some(secret));
    }
}
