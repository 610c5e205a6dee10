//! The engine's one error type: what went wrong that is not a refusal. A refusal (the rules
//! say no, or the input is invalid) is a value of the command's outcome, never an error.
//! Errors keep their cause so the edge can map them to the right status and log them once.

use nafida_store::StoreError;

/// A failure of a command.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    /// The record does not exist, or the actor may not see it (the same answer for both).
    #[error("not found")]
    NotFound,
    /// The store failed; its cause is kept.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A broken invariant (a catalogue version missing, a stored value that does not parse).
    #[error("internal: {0}")]
    Internal(String),
}

impl EngineError {
    /// An internal error from anything printable.
    pub fn internal(e: impl std::fmt::Display) -> Self {
        EngineError::Internal(e.to_string())
    }
}

/// The result of every engine function.
pub type Result<T, E = EngineError> = std::result::Result<T, E>;
