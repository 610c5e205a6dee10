//! The e-Timbre (the DGI's dematerialised fiscal stamp, a 16-digit code sent by text message)
//! that pays a fee such as the passport's: its format is checked, a provider says whether it is
//! paid, already used or unknown, and the platform records each code with the one request it
//! paid (in the filing's transaction), so a code never pays twice and nothing else is charged.
//!
//! The DGI's verification service cannot be reached from here; [`TestProvider`] stands for it
//! in the demo and the tests, and [`NotConnected`] is what a deployment without the connection
//! runs: the code is checked for its format and its single use, and the agent checks the
//! payment at the counter (to confirm with the DGI how a connection is granted).

use std::future::Future;
use std::pin::Pin;

use sha2::{Digest, Sha256};

/// What the provider says of a code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Paid and not used yet.
    Paid,
    /// Already used for another request.
    Used,
    /// No such code.
    Unknown,
    /// The provider cannot tell (not connected): the agent checks it.
    Unverified,
}

/// A service that tells a code's standing.
pub trait Provider: Send + Sync + std::fmt::Debug {
    /// The standing of a code (16 digits, already checked for its format).
    fn standing<'a>(&'a self, code: &'a str) -> Pin<Box<dyn Future<Output = Standing> + Send + 'a>>;
}

/// The test provider of the demo and the tests: a code starting with 9 is unknown, one
/// starting with 8 was used elsewhere, every other is paid.
#[derive(Debug, Clone, Copy, Default)]
pub struct TestProvider;

impl Provider for TestProvider {
    fn standing<'a>(&'a self, code: &'a str) -> Pin<Box<dyn Future<Output = Standing> + Send + 'a>> {
        Box::pin(async move {
            match code.as_bytes().first() {
                Some(b'9') => Standing::Unknown,
                Some(b'8') => Standing::Used,
                _ => Standing::Paid,
            }
        })
    }
}

/// No connection to the DGI: every well-formed code is left to the agent's check.
#[derive(Debug, Clone, Copy, Default)]
pub struct NotConnected;

impl Provider for NotConnected {
    fn standing<'a>(&'a self, _code: &'a str) -> Pin<Box<dyn Future<Output = Standing> + Send + 'a>> {
        Box::pin(async { Standing::Unverified })
    }
}

/// How a code is kept: its SHA-256 (the code itself is a bearer of value).
pub fn hash(code: &str) -> String {
    hex::encode(Sha256::digest(code.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_test_provider_answers_each_standing() {
        let rt = tokio::runtime::Builder::new_current_thread().build().unwrap_or_else(|e| panic!("{e}"));
        let p = TestProvider;
        assert_eq!(rt.block_on(p.standing("1234567890123456")), Standing::Paid);
        assert_eq!(rt.block_on(p.standing("8234567890123456")), Standing::Used);
        assert_eq!(rt.block_on(p.standing("9234567890123456")), Standing::Unknown);
        assert_eq!(rt.block_on(NotConnected.standing("1234567890123456")), Standing::Unverified);
        assert_eq!(hash("1").len(), 64);
    }
}
