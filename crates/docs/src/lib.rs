//! Issued documents: bilingual Arabic/French PDF files with correctly shaped right-to-left
//! Arabic (HarfBuzz shaping through `rustybuzz`, the Unicode bidirectional algorithm, and the
//! OFL font Amiri embedded in the binary and subset into each file), a QR code and a short
//! verification code, sealed with the platform's Ed25519 key over every byte of the file, and
//! checked offline.
//!
//! No I/O: the caller brings the texts (translated) and the key, and stores the result.

pub mod card;
pub mod casefile;
pub mod credential;
pub mod layout;
pub mod pdf;
pub mod report;
pub mod seal;
pub mod text;

pub use layout::{Document, Rendered, Row, TextBox, render, render_with_boxes};
pub use seal::{PublicKeys, SigningKey, Verified, VerifyError, seal, verify};
