//! Public case references: `AH-26-7K3M9QX4` — the province, the year, seven random characters
//! and a check character. The alphabet leaves out letters people confuse (I, L, O, U) so a
//! reference read over the phone survives; the check character catches one wrong or two
//! swapped characters before any look-up.

use crate::DomainError;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// The check character is computed modulo this prime (over the alphabet's first 31 symbols).
const MODULUS: u32 = 31;

/// A case reference.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CaseRef(String);

fn value(c: u8) -> Option<u32> {
    ALPHABET.iter().position(|a| *a == c).map(|p| p as u32)
}

fn check_char(body: &[u8]) -> Option<u8> {
    let mut sum = 0u32;
    for (i, c) in body.iter().enumerate() {
        sum = (sum + value(*c)? * (i as u32 + 2)) % MODULUS;
    }
    Some(ALPHABET[((MODULUS - sum) % MODULUS) as usize])
}

impl CaseRef {
    /// A new reference from 7 random bytes.
    pub fn generate(prefix: &str, year: i32, random: [u8; 7]) -> Self {
        let body: Vec<u8> = random.iter().map(|b| ALPHABET[usize::from(*b) % 32]).collect();
        let check = check_char(&body).unwrap_or(b'0');
        CaseRef(format!("{prefix}-{:02}-{}{}", year.rem_euclid(100), String::from_utf8_lossy(&body), char::from(check)))
    }

    /// Parses a typed reference (case and spaces forgiven; O read as 0, I and L as 1).
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let s: String = raw
            .trim()
            .to_ascii_uppercase()
            .chars()
            .filter(|c| !c.is_whitespace())
            .map(|c| match c {
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            })
            .collect();
        let mut parts = s.split('-');
        let (Some(prefix), Some(year), Some(code), None) = (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(DomainError::InvalidCaseRef);
        };
        let ok_prefix = (2..=3).contains(&prefix.len()) && prefix.bytes().all(|b| b.is_ascii_uppercase());
        let ok_year = year.len() == 2 && year.bytes().all(|b| b.is_ascii_digit());
        let bytes = code.as_bytes();
        if !ok_prefix || !ok_year || bytes.len() != 8 || bytes.iter().any(|b| value(*b).is_none()) {
            return Err(DomainError::InvalidCaseRef);
        }
        if check_char(&bytes[..7]) != Some(bytes[7]) {
            return Err(DomainError::InvalidCaseRef);
        }
        Ok(CaseRef(s))
    }

    /// The reference as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for CaseRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The short code printed on an issued document, to check it at `/verify/<code>`: nine random
/// characters of the same alphabet and a check character, shown as `7K3M9-QX4PA`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct VerificationCode(String);

impl VerificationCode {
    /// A new code from 9 random bytes.
    pub fn generate(random: [u8; 9]) -> Self {
        let body: Vec<u8> = random.iter().map(|b| ALPHABET[usize::from(*b) % 32]).collect();
        let check = check_char(&body).unwrap_or(b'0');
        VerificationCode(format!("{}{}", String::from_utf8_lossy(&body), char::from(check)))
    }

    /// Parses a typed code (case, spaces and hyphens forgiven; O read as 0, I and L as 1).
    pub fn parse(raw: &str) -> Result<Self, DomainError> {
        let s: Vec<u8> = raw
            .trim()
            .to_ascii_uppercase()
            .bytes()
            .filter(|b| !b.is_ascii_whitespace() && *b != b'-')
            .map(|b| match b {
                b'O' => b'0',
                b'I' | b'L' => b'1',
                b => b,
            })
            .collect();
        if s.len() != 10 || s.iter().any(|b| value(*b).is_none()) || check_char(&s[..9]) != Some(s[9]) {
            return Err(DomainError::InvalidVerificationCode);
        }
        Ok(VerificationCode(String::from_utf8_lossy(&s).into_owned()))
    }

    /// The ten characters, as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// As printed: two groups of five.
    pub fn display(&self) -> String {
        format!("{}-{}", &self.0[..5], &self.0[5..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verification_codes_round_trip_and_catch_typos() {
        let code = VerificationCode::generate([1, 2, 3, 4, 5, 6, 7, 8, 9]);
        assert_eq!(code.as_str().len(), 10);
        let printed = code.display();
        assert_eq!(VerificationCode::parse(&printed.to_lowercase()), Ok(code.clone()));
        let mut wrong = code.as_str().as_bytes().to_vec();
        wrong.swap(0, 1);
        if wrong[0] != wrong[1] {
            assert!(VerificationCode::parse(std::str::from_utf8(&wrong).unwrap()).is_err());
        }
        assert!(VerificationCode::parse("short").is_err());
    }

    #[test]
    fn round_trip_and_typos() {
        let r = CaseRef::generate("AH", 2026, [1, 20, 33, 250, 7, 99, 128]);
        assert!(r.as_str().starts_with("AH-26-"));
        assert_eq!(CaseRef::parse(r.as_str()), Ok(r.clone()));
        assert_eq!(CaseRef::parse(&r.as_str().to_lowercase()), Ok(r.clone()));
        // One character changed, or two swapped: refused.
        let s = r.as_str().to_string();
        let mut chars: Vec<char> = s.chars().collect();
        chars[7] = if chars[7] == 'A' { 'B' } else { 'A' };
        assert_eq!(CaseRef::parse(&chars.iter().collect::<String>()), Err(DomainError::InvalidCaseRef));
        let mut swapped: Vec<char> = s.chars().collect();
        if swapped[6] != swapped[7] {
            swapped.swap(6, 7);
            assert_eq!(CaseRef::parse(&swapped.iter().collect::<String>()), Err(DomainError::InvalidCaseRef));
        }
        for bad in ["", "AH-26", "AH-26-123", "AH-2026-12345678", "../etc/passwd"] {
            assert_eq!(CaseRef::parse(bad), Err(DomainError::InvalidCaseRef), "{bad}");
        }
    }
}
