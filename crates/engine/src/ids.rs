//! Identifiers of rows the engine creates.

/// A new random identifier: 32 hexadecimal digits.
pub fn new_id() -> String {
    let mut bytes = [0u8; 16];
    let _ = getrandom::fill(&mut bytes);
    hex::encode(bytes)
}
