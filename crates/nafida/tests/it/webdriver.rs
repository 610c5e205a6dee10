//! A small W3C WebDriver client for the browser tests: chromedriver drives Debian's headless
//! Chromium over JSON on a local port.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use nafida_test_support::http_request;
use serde_json::{Value, json};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// Where the browser and the accessibility checker are expected.
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
pub const AXE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/browser/node_modules/axe-core/axe.min.js");

/// Whether browser tests can run here.
pub fn available() -> bool {
    std::path::Path::new(CHROMIUM).exists()
        && std::path::Path::new(CHROMEDRIVER).exists()
        && std::path::Path::new(AXE).exists()
}

/// A chromedriver process and one browser session.
pub struct Browser {
    driver: Child,
    addr: String,
    session: String,
    /// The browser profile folder, removed when the browser is dropped.
    _profile: crate::support::TempDir,
}

impl Browser {
    /// Starts chromedriver and a headless Chromium whose preferred language is `accept_language`.
    pub async fn start(accept_language: &str) -> Browser {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let driver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("starting chromedriver");
        let addr = format!("127.0.0.1:{port}");
        let deadline = Instant::now() + Duration::from_secs(20);
        while http_request(&addr, "GET", "/status", &[], "").await.is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let profile = crate::support::TempDir::new();
        let caps = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": CHROMIUM,
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync",
                         "--disable-dev-shm-usage", "--window-size=1280,900",
                         format!("--user-data-dir={}", profile.path().display()),
                         format!("--lang={}", accept_language.split(',').next().unwrap_or("fr"))],
                "prefs": {"intl.accept_languages": accept_language}
            }
        }}});
        let mut b = Browser { driver, addr, session: String::new(), _profile: profile };
        let v = b.call("POST", "/session", Some(caps)).await;
        b.session = v["sessionId"].as_str().expect("session id").to_string();
        b
    }

    async fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        let (status, _, text) = http_request(&self.addr, method, path, &[("content-type", "application/json")], &body)
            .await
            .expect("webdriver call");
        let v: Value = serde_json::from_str(&text).unwrap_or_else(|_| panic!("webdriver answered {status}: {text}"));
        assert!(status < 400, "webdriver {method} {path}: {status} {v}");
        v["value"].clone()
    }

    fn at(&self, rest: &str) -> String {
        format!("/session/{}{rest}", self.session)
    }

    /// Opens a URL and waits for the page.
    pub async fn goto(&self, url: &str) {
        self.call("POST", &self.at("/url"), Some(json!({ "url": url }))).await;
    }

    /// The current URL.
    pub async fn url(&self) -> String {
        self.call("GET", &self.at("/url"), None).await.as_str().unwrap_or("").to_string()
    }

    async fn find(&self, css: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let body = json!({"using": "css selector", "value": css}).to_string();
            let (status, _, text) =
                http_request(&self.addr, "POST", &self.at("/element"), &[("content-type", "application/json")], &body)
                    .await
                    .unwrap();
            if status < 400 {
                let v: Value = serde_json::from_str(&text).unwrap();
                return v["value"][ELEMENT].as_str().unwrap().to_string();
            }
            assert!(Instant::now() < deadline, "no element {css} on {}", self.url().await);
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Types into the element matching `css`.
    pub async fn fill(&self, css: &str, text: &str) {
        let id = self.find(css).await;
        self.call("POST", &self.at(&format!("/element/{id}/clear")), Some(json!({}))).await;
        self.call("POST", &self.at(&format!("/element/{id}/value")), Some(json!({ "text": text }))).await;
    }

    /// Attaches a local file to the file input matching `css`.
    pub async fn attach(&self, css: &str, path: &std::path::Path) {
        let id = self.find(css).await;
        self.call(
            "POST",
            &self.at(&format!("/element/{id}/value")),
            Some(json!({ "text": path.display().to_string() })),
        )
        .await;
    }

    /// Sets the value of a select (one of its options) or a date field.
    pub async fn select(&self, css: &str, value: &str) {
        let script = format!(
            "const s = document.querySelector({}); s.value = {}; return s.value;",
            serde_json::to_string(css).unwrap_or_default(),
            serde_json::to_string(value).unwrap_or_default()
        );
        assert_eq!(self.eval(&script).await, json!(value), "option {value} of {css}");
    }

    /// Clicks the element matching `css`.
    pub async fn click(&self, css: &str) {
        let id = self.find(css).await;
        self.call("POST", &self.at(&format!("/element/{id}/click")), Some(json!({}))).await;
    }

    /// Runs a script in the page and returns its result.
    pub async fn eval(&self, script: &str) -> Value {
        self.call("POST", &self.at("/execute/sync"), Some(json!({ "script": script, "args": [] }))).await
    }

    /// Waits until the current URL contains `part`.
    pub async fn wait_url(&self, part: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let url = self.url().await;
            if url.contains(part) {
                return;
            }
            assert!(Instant::now() < deadline, "expected a URL with {part:?}, still at {url}: {}", self.text().await);
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the page shows `needle`.
    pub async fn wait_text(&self, needle: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let text = self.text().await;
            if text.contains(needle) {
                return;
            }
            assert!(Instant::now() < deadline, "expected {needle:?} on {}: {text}", self.url().await);
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// The text a reader sees.
    pub async fn text(&self) -> String {
        self.eval("return document.body.innerText").await.as_str().unwrap_or("").to_string()
    }

    /// Runs axe-core on the page; returns the serious and critical violations.
    pub async fn accessibility_violations(&self) -> Vec<String> {
        let axe = std::fs::read_to_string(AXE).expect("axe-core");
        self.call("POST", &self.at("/execute/sync"), Some(json!({ "script": axe + "\nreturn true;", "args": [] })))
            .await;
        let script = "const done = arguments[arguments.length - 1];\
                      axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations.map(v => \
                      ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 3) })))).catch(e => done([{ id: 'axe-error', impact: 'critical', nodes: [String(e)] }]));";
        let v = self.call("POST", &self.at("/execute/async"), Some(json!({ "script": script, "args": [] }))).await;
        v.as_array()
            .map(|a| {
                a.iter()
                    .filter(|x| matches!(x["impact"].as_str(), Some("serious" | "critical")))
                    .map(|x| format!("{} ({}) at {}", x["id"], x["impact"], x["nodes"]))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Resizes the window (CSS pixels).
    pub async fn resize(&self, width: u32, height: u32) {
        self.call("POST", &self.at("/window/rect"), Some(json!({ "width": width, "height": height }))).await;
    }

    /// Whether the page is wider than the window (a horizontal scroll bar on a phone).
    pub async fn overflows_horizontally(&self) -> bool {
        self.eval("return document.documentElement.scrollWidth > window.innerWidth").await == json!(true)
    }

    /// Saves a PNG screenshot.
    pub async fn screenshot(&self, path: &std::path::Path) {
        let b64 = self.call("GET", &self.at("/screenshot"), None).await;
        let bytes = base64_decode(b64.as_str().unwrap_or(""));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, bytes).unwrap();
    }

    /// Ends the session and the driver.
    pub async fn quit(mut self) {
        let _ = http_request(&self.addr, "DELETE", &self.at(""), &[], "").await;
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
    }
}

fn base64_decode(s: &str) -> Vec<u8> {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut buf, mut bits) = (0u32, 0);
    for c in s.bytes().filter(|c| *c != b'=' && !c.is_ascii_whitespace()) {
        let Some(v) = T.iter().position(|t| *t == c) else { continue };
        buf = (buf << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buf >> bits) as u8);
        }
    }
    out
}
