//! Return addresses (`next=`): only a path of this site, never another origin, whatever the
//! encoding. Browsers drop tabs and line breaks from URLs and read `\` as `/`, so `/\t/evil`
//! and `/\evil` lead to `//evil`, another host; a line break would also break the `Location`
//! header. A candidate is refused if it, or any percent-decoding of it, is not a plain path.

/// The same-site path `next` names, if it is one.
pub fn local_path(next: &str) -> Option<String> {
    let mut candidate = next.to_string();
    // Decoding up to three times catches double and triple encodings; what still holds a `%`
    // after that is kept as it is (the browser will not decode it again).
    for _ in 0..4 {
        if !plain_path(&candidate) {
            return None;
        }
        match percent_decode(&candidate) {
            Some(decoded) if decoded != candidate => candidate = decoded,
            Some(_) => return Some(next.to_string()),
            None => return None,
        }
    }
    Some(next.to_string())
}

fn plain_path(p: &str) -> bool {
    let mut chars = p.chars();
    chars.next() == Some('/')
        && !matches!(chars.next(), Some('/' | '\\'))
        && !p.chars().any(|c| c.is_control() || c == '\\' || c == '\u{2028}' || c == '\u{2029}')
}

/// Percent-decodes `s`; `None` when the bytes are not UTF-8.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && let (Some(h), Some(l)) = (bytes.get(i + 1).and_then(hex), bytes.get(i + 2).and_then(hex))
        {
            out.push(h * 16 + l);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).ok()
}

fn hex(b: &u8) -> Option<u8> {
    (*b as char).to_digit(16).and_then(|d| u8::try_from(d).ok())
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn only_paths_of_this_site() {
        for good in ["/administrations", "/cases/AH-26-X?tab=1", "/verify?u=https://x", "/a%20b", "/%E2%9C%93"] {
            assert_eq!(local_path(good).as_deref(), Some(good), "{good}");
        }
        for bad in [
            "//evil.example",
            "https://evil.example",
            "/\\evil",
            "/\t/127.0.0.1:9999/x",
            "/%09/127.0.0.1:9999/x",
            "/%2509/127.0.0.1:9999/x",
            "/%2F/evil",
            "/%5Cevil",
            "/x\r\nSet-Cookie: a=b",
            "/x%0d%0aSet-Cookie:%20a=b",
            "/%00",
            "evil",
            "",
            "/%FF",
        ] {
            assert_eq!(local_path(bad), None, "{bad:?}");
        }
    }
}
