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

#[cfg(test)]
mod tests {
    /// Every panel, button and tag class a template uses has a style: a revoked document's
    /// panel must not look like a valid one's.
    #[test]
    fn every_state_class_in_the_templates_is_styled() {
        let css = include_str!("../static/app.css");
        let mut missing = vec![];
        let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/templates"))];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                for prefix in ["panel-", "button-", "tag-"] {
                    for (i, _) in text.match_indices(prefix) {
                        let name: String =
                            text[i..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
                        let before = text[..i].chars().last().unwrap_or(' ');
                        // A name built in the template (`tag-phase-{{ … }}`) is checked where it is built.
                        let built = name.ends_with('-');
                        if (before == ' ' || before == '"') && !built && !css.contains(&format!(".{name}")) {
                            missing.push(format!("{} uses .{name}", path.display()));
                        }
                    }
                }
            }
        }
        missing.sort();
        missing.dedup();
        assert!(missing.is_empty(), "unstyled classes:\n{}", missing.join("\n"));
    }
}
