//! Static assets, embedded in the binary and served under a name that carries a hash of their
//! content, so browsers may cache them for a year and still see every change at once.

use sha2::{Digest, Sha256};

/// One embedded asset.
#[derive(Debug)]
pub struct Asset {
    /// The URL path, e.g. `/static/app.1a2b3c4d5e6f.css`.
    pub url: String,
    /// Media type.
    pub content_type: &'static str,
    /// The bytes.
    pub bytes: &'static [u8],
}

/// Every embedded asset.
#[derive(Debug)]
pub struct Assets {
    /// The stylesheet.
    pub css: Asset,
    /// The card check page's camera scan (progressive: the page works without it).
    pub scan_js: Asset,
}

fn hashed(stem: &str, ext: &str, content_type: &'static str, bytes: &'static [u8]) -> Asset {
    let digest = hex::encode(Sha256::digest(bytes));
    Asset { url: format!("/static/{stem}.{}.{ext}", &digest[..12]), content_type, bytes }
}

impl Assets {
    /// Hashes the embedded files.
    pub fn load() -> Self {
        Assets {
            css: hashed("app", "css", "text/css; charset=utf-8", include_bytes!("../static/app.css")),
            scan_js: hashed("scan", "js", "text/javascript; charset=utf-8", include_bytes!("../static/scan.js")),
        }
    }

    /// The asset served at `path`, if any.
    pub fn find(&self, path: &str) -> Option<&Asset> {
        [&self.css, &self.scan_js].into_iter().find(|a| a.url == path)
    }
}
