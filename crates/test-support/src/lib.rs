//! What the integration tests share: a fresh database per test on either backend (a temporary
//! SQLite file, or a PostgreSQL database of its own), the application built over it with a
//! clock the test controls, requests through the real router, and a small HTTP client for
//! tests that talk to a real `nafida` process over a socket.

// Test support may fail loudly: a panic here is a failed test with its reason.
#![allow(clippy::panic, clippy::unwrap_used, clippy::expect_used)]

pub mod bench;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode};
use nafida_domain::{Clock, FixedClock, OrgMap, Timestamp};
use nafida_store::{Db, FileStore, LocalFileStore, S3FileStore, S3Settings, migrations, orgs};
use nafida_web::{AppState, WebSettings, build_router};
use sqlx::Connection;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tower::ServiceExt;

/// The administrative map shipped in the repository.
pub const DEMO_MAP: &str = include_str!("../../../data/orgmap/al-hoceima.toml");

/// The instant test clocks start at (2026-11-30, UTC).
pub const T0: Timestamp = Timestamp(1_796_040_000_000);

/// Which database a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// A temporary SQLite file.
    Sqlite,
    /// A PostgreSQL database created for the test.
    Postgres,
}

impl Backend {
    /// Short name, used in test names.
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// The PostgreSQL server tests use: `NAFIDA_TEST_POSTGRES_URL`, or the local default.
pub fn postgres_admin_url() -> String {
    std::env::var("NAFIDA_TEST_POSTGRES_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

/// Whether the PostgreSQL server answers.
pub async fn postgres_available() -> bool {
    let url = postgres_admin_url();
    matches!(tokio::time::timeout(Duration::from_secs(3), sqlx::PgConnection::connect(&url)).await, Ok(Ok(_)))
}

/// `url` with its database name replaced.
fn with_database(url: &str, name: &str) -> String {
    let (base, query) = url.split_once('?').map_or((url, None), |(b, q)| (b, Some(q)));
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let base = match base[scheme_end..].find('/') {
        Some(i) => &base[..scheme_end + i],
        None => base,
    };
    match query {
        Some(q) => format!("{base}/{name}?{q}"),
        None => format!("{base}/{name}"),
    }
}

/// Drops the databases earlier runs left behind (a crashed run cannot clean up after itself).
pub async fn drop_leftover_databases() -> Result<(), sqlx::Error> {
    let mut conn = sqlx::PgConnection::connect(&postgres_admin_url()).await?;
    let names: Vec<String> = sqlx::query_scalar("SELECT datname FROM pg_database WHERE datname LIKE 'nafida\\_t\\_%'")
        .fetch_all(&mut conn)
        .await?;
    for name in names {
        let sql = format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        sqlx::raw_sql(sqlx::AssertSqlSafe(sql)).execute(&mut conn).await?;
    }
    Ok(())
}

/// A database (and data folder) that belongs to one test.
#[derive(Debug)]
pub struct TestDb {
    /// The handle.
    pub db: Db,
    /// Backend.
    pub backend: Backend,
    /// A data folder of the test's own (holds the SQLite file on that backend).
    pub data_dir: PathBuf,
    /// The PostgreSQL URL of the test's database, on that backend.
    pub postgres_url: Option<String>,
    pg_name: Option<String>,
}

impl TestDb {
    /// A new, empty database (not migrated).
    pub async fn empty(backend: Backend) -> TestDb {
        Self::empty_with_prefix(backend, "nafida_t_").await
    }

    /// A new, empty database whose PostgreSQL name starts with `prefix` (the test harness
    /// drops leftover `nafida_t_` databases; benchmarks use another prefix).
    pub async fn empty_with_prefix(backend: Backend, prefix: &str) -> TestDb {
        let id = uuid::Uuid::new_v4().simple().to_string();
        let data_dir = std::env::temp_dir().join(format!("nafida-test-{id}"));
        std::fs::create_dir_all(&data_dir).unwrap_or_else(|e| panic!("creating {}: {e}", data_dir.display()));
        match backend {
            Backend::Sqlite => {
                let db = Db::open_sqlite(&data_dir.join("nafida.db")).await.unwrap_or_else(|e| panic!("sqlite: {e}"));
                TestDb { db, backend, data_dir, postgres_url: None, pg_name: None }
            }
            Backend::Postgres => {
                let name = format!("{prefix}{}", &id[..16]);
                let mut admin = sqlx::PgConnection::connect(&postgres_admin_url())
                    .await
                    .unwrap_or_else(|e| panic!("connecting to PostgreSQL: {e}"));
                sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE \"{name}\"")))
                    .execute(&mut admin)
                    .await
                    .unwrap_or_else(|e| panic!("creating database {name}: {e}"));
                let url = with_database(&postgres_admin_url(), &name);
                let db = Db::connect_postgres(&url, 5).await.unwrap_or_else(|e| panic!("postgres: {e}"));
                TestDb { db, backend, data_dir, postgres_url: Some(url), pg_name: Some(name) }
            }
        }
    }

    /// A new database with every migration applied.
    pub async fn migrated(backend: Backend) -> TestDb {
        let t = TestDb::empty(backend).await;
        migrations::migrate(&t.db, T0.millis()).await.unwrap_or_else(|e| panic!("migrating: {e}"));
        t
    }

    /// The test's file store: `files/` in its data folder, or, when `NAFIDA_TEST_S3_ENDPOINT`
    /// names an S3-compatible server (the PostgreSQL leg of `.ci/run` starts one), a folder of
    /// the test's own in its bucket, with the staging folder in the data folder either way.
    pub fn file_store(&self) -> Arc<dyn FileStore> {
        match s3_settings(&self.data_dir) {
            Some(s) => Arc::new(S3FileStore::new(&s).unwrap_or_else(|e| panic!("object store: {e}"))),
            None => Arc::new(LocalFileStore::new(self.data_dir.join("files"))),
        }
    }

    /// Closes the database and removes everything the test created.
    pub async fn teardown(self) {
        self.db.close().await;
        if let Some(name) = &self.pg_name
            && let Ok(mut admin) = sqlx::PgConnection::connect(&postgres_admin_url()).await
        {
            let _ = sqlx::raw_sql(sqlx::AssertSqlSafe(format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)")))
                .execute(&mut admin)
                .await;
        }
        let _ = std::fs::remove_dir_all(&self.data_dir);
    }
}

/// The bucket of the S3-compatible server the tests use, when `NAFIDA_TEST_S3_ENDPOINT` is set.
pub const TEST_BUCKET: &str = "nafida-test";

/// The S3 settings of a test whose data folder is `data_dir`: its own folder in the test
/// bucket, named after the data folder (so a `nafida` process started on that folder by the
/// test uses the same one).
pub fn s3_settings(data_dir: &std::path::Path) -> Option<S3Settings> {
    let endpoint = std::env::var("NAFIDA_TEST_S3_ENDPOINT").ok().filter(|e| !e.is_empty())?;
    let name = data_dir.file_name().map_or_else(|| "nafida-test".into(), |n| n.to_string_lossy().into_owned());
    Some(S3Settings {
        bucket: TEST_BUCKET.into(),
        prefix: name,
        endpoint: Some(endpoint),
        region: "us-east-1".into(),
        access_key_id: Some(std::env::var("NAFIDA_TEST_S3_ACCESS_KEY").unwrap_or_else(|_| "nafida".into())),
        secret_access_key: Some(std::env::var("NAFIDA_TEST_S3_SECRET_KEY").unwrap_or_else(|_| "nafida-secret".into())),
        staging: data_dir.join("files").join("tmp"),
    })
}

/// The `NAFIDA_FILES_*` variables that point a `nafida` process at the same bucket folder as
/// [`TestDb::file_store`]; none when the tests keep files in the data folder.
pub fn s3_env(data_dir: &std::path::Path) -> Vec<(String, String)> {
    let Some(s) = s3_settings(data_dir) else { return vec![] };
    vec![
        ("NAFIDA_FILES_URL".into(), format!("s3://{}/{}", s.bucket, s.prefix)),
        ("NAFIDA_FILES_ENDPOINT".into(), s.endpoint.unwrap_or_default()),
        ("NAFIDA_FILES_ACCESS_KEY_ID".into(), s.access_key_id.unwrap_or_default()),
        ("NAFIDA_FILES_SECRET_ACCESS_KEY".into(), s.secret_access_key.unwrap_or_default()),
    ]
}

/// A response read in full.
#[derive(Debug)]
pub struct TestResponse {
    /// Status.
    pub status: StatusCode,
    /// Headers.
    pub headers: HeaderMap,
    /// Body as text (lossy).
    pub body: String,
    /// Body as sent.
    pub bytes: Vec<u8>,
}

impl TestResponse {
    /// A header as text, or "" when absent.
    pub fn header(&self, name: &str) -> &str {
        self.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or("")
    }

    /// The body parsed as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

/// The application over a test database, with a clock the test controls.
#[derive(Debug)]
pub struct TestApp {
    /// The database.
    pub db: TestDb,
    /// The clock handlers see.
    pub clock: Arc<FixedClock>,
    /// The state the router was built with.
    pub state: AppState,
    router: Router,
}

impl TestApp {
    /// A migrated database with the demo map loaded, and the router over it.
    pub async fn new(backend: Backend) -> TestApp {
        Self::with_settings(backend, WebSettings { test_payments: true, test_identity: true, ..WebSettings::default() })
            .await
    }

    /// Same as [`TestApp::new`] with chosen HTTP settings.
    pub async fn with_settings(backend: Backend, settings: WebSettings) -> TestApp {
        let db = Self::prepared(backend).await;
        Self::over(db, settings)
    }

    /// Same as [`TestApp::new`] with a file store of the test's choosing.
    pub async fn with_files(backend: Backend, files: impl FnOnce(&TestDb) -> Arc<dyn FileStore>) -> TestApp {
        let db = Self::prepared(backend).await;
        let files = files(&db);
        Self::over_files(db, WebSettings { test_payments: true, test_identity: true, ..WebSettings::default() }, files)
    }

    /// A migrated database with the demo map and the catalogue loaded.
    async fn prepared(backend: Backend) -> TestDb {
        let db = TestDb::migrated(backend).await;
        let map = OrgMap::from_toml(DEMO_MAP).unwrap_or_else(|e| panic!("demo map: {e}"));
        orgs::import(&db.db, &map, T0.millis()).await.unwrap_or_else(|e| panic!("importing map: {e}"));
        nafida_engine::catalog::prepare(&db.db, T0.millis()).await.unwrap_or_else(|e| panic!("catalogue: {e}"));
        db
    }

    /// The router over an existing test database, as it is.
    pub fn over(db: TestDb, settings: WebSettings) -> TestApp {
        let files = db.file_store();
        Self::over_files(db, settings, files)
    }

    /// The router over an existing test database with a file store of the test's choosing.
    pub fn over_files(db: TestDb, settings: WebSettings, files: Arc<dyn FileStore>) -> TestApp {
        let clock = Arc::new(FixedClock::new(T0));
        let state =
            AppState::new(db.db.clone(), files, clock.clone(), settings).unwrap_or_else(|e| panic!("app state: {e}"));
        let router = build_router(state.clone());
        TestApp { db, clock, state, router }
    }

    /// Sends a request through the real router.
    pub async fn request(&self, request: Request<Body>) -> TestResponse {
        let response = self.router.clone().oneshot(request).await.unwrap_or_else(|e| match e {});
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap_or_else(|e| panic!("reading body: {e}"));
        TestResponse { status, headers, body: String::from_utf8_lossy(&bytes).into_owned(), bytes: bytes.to_vec() }
    }

    /// `GET path` with extra headers.
    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> TestResponse {
        let mut builder = Request::builder().method(Method::GET).uri(path);
        for (k, v) in headers {
            builder = builder.header(*k, *v);
        }
        self.request(builder.body(Body::empty()).unwrap_or_else(|e| panic!("request: {e}"))).await
    }

    /// `GET path`.
    pub async fn get(&self, path: &str) -> TestResponse {
        self.get_with(path, &[]).await
    }

    /// Tears the test down.
    pub async fn teardown(self) {
        self.db.teardown().await;
    }
}

/// A minimal HTTP/1.1 client for tests against a real process: one request per connection.
pub async fn http_get(addr: &str, path: &str) -> Result<(u16, String), std::io::Error> {
    http_get_with(addr, path, &[]).await
}

/// `GET path` with extra request headers.
pub async fn http_get_with(addr: &str, path: &str, headers: &[(&str, &str)]) -> Result<(u16, String), std::io::Error> {
    let mut stream = tokio::net::TcpStream::connect(addr).await?;
    let extra: String = headers.iter().map(|(k, v)| format!("{k}: {v}\r\n")).collect();
    let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\n{extra}Connection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await?;
    let raw = read_response(&mut stream).await?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let chunked = head.to_ascii_lowercase().contains("transfer-encoding: chunked");
    Ok((status, if chunked { dechunk(body) } else { body.to_string() }))
}

/// Reads one response: up to the end of its body (by `Content-Length`, the last chunk, or the
/// end of the stream), without waiting for a server that keeps the connection open.
async fn read_response(stream: &mut tokio::net::TcpStream) -> Result<Vec<u8>, std::io::Error> {
    let mut raw = Vec::new();
    let mut buf = [0u8; 16384];
    loop {
        let n = stream.read(&mut buf).await?;
        if n == 0 {
            return Ok(raw);
        }
        raw.extend_from_slice(&buf[..n]);
        let Some(end) = raw.windows(4).position(|w| w == b"\r\n\r\n") else { continue };
        let head = String::from_utf8_lossy(&raw[..end]).to_ascii_lowercase();
        let body_len = raw.len() - end - 4;
        if let Some(len) =
            head.lines().find_map(|l| l.strip_prefix("content-length:")).and_then(|v| v.trim().parse::<usize>().ok())
        {
            if body_len >= len {
                return Ok(raw);
            }
        } else if head.contains("transfer-encoding: chunked") {
            if raw.ends_with(b"0\r\n\r\n") {
                return Ok(raw);
            }
        } else if head.starts_with("http/1.1 204") || head.starts_with("http/1.1 304") {
            return Ok(raw);
        }
    }
}

fn dechunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let Ok(n) = usize::from_str_radix(size.trim(), 16) else { break };
        if n == 0 || rest.len() < n {
            break;
        }
        out.push_str(&rest[..n]);
        body = rest[n..].trim_start_matches("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_database_name() {
        assert_eq!(with_database("postgres://127.0.0.1:5432/test", "x"), "postgres://127.0.0.1:5432/x");
        assert_eq!(with_database("postgres://u@h/test?sslmode=disable", "x"), "postgres://u@h/x?sslmode=disable");
        assert_eq!(with_database("postgres://h:5432", "x"), "postgres://h:5432/x");
        assert_eq!(dechunk("5\r\nhello\r\n0\r\n\r\n"), "hello");
    }
}

/// The current TOTP step of a clock.
pub trait StepClock {
    /// `now / 30 s`.
    fn now_step(&self) -> i64;
}

impl StepClock for FixedClock {
    fn now_step(&self) -> i64 {
        self.now().millis() / 1000 / 30
    }
}

/// A browser-like client over the in-process router: keeps cookies, and sends the
/// anti-forgery token with every form.
#[derive(Debug)]
pub struct Client<'a> {
    app: &'a TestApp,
    cookies: std::collections::BTreeMap<String, String>,
    /// Extra headers sent with every request (e.g. `accept-language`).
    pub headers: Vec<(String, String)>,
}

impl TestApp {
    /// A new client without cookies.
    pub fn client(&self) -> Client<'_> {
        Client { app: self, cookies: Default::default(), headers: vec![] }
    }

    /// The mails queued so far, oldest first.
    pub async fn mails(&self) -> Vec<nafida_store::mail::QueuedMail> {
        let mut m = nafida_store::mail::recent(&self.db.db, 1000).await.unwrap();
        m.reverse();
        m
    }

    /// The last mail queued for `to`.
    pub async fn last_mail_to(&self, to: &str) -> nafida_store::mail::QueuedMail {
        self.mails()
            .await
            .into_iter()
            .rev()
            .find(|m| m.to.eq_ignore_ascii_case(to))
            .unwrap_or_else(|| panic!("no mail to {to}"))
    }
}

/// The path of the first link to this site in a mail's text (`/confirm/…`).
pub fn link_path(text: &str) -> String {
    let url = text
        .split_whitespace()
        .find(|w| w.starts_with("http://") || w.starts_with("https://"))
        .expect("a link in the mail");
    let after_scheme = &url[url.find("://").unwrap() + 3..];
    after_scheme[after_scheme.find('/').unwrap()..].to_string()
}

impl Client<'_> {
    fn cookie_header(&self) -> String {
        self.cookies.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ")
    }

    fn store_cookies(&mut self, response: &TestResponse) {
        for v in response.headers.get_all("set-cookie") {
            let v = v.to_str().unwrap_or("");
            let first = v.split(';').next().unwrap_or("");
            if let Some((name, value)) = first.split_once('=') {
                if value.is_empty() || v.contains("Max-Age=0") {
                    self.cookies.remove(name);
                } else {
                    self.cookies.insert(name.to_string(), value.to_string());
                }
            }
        }
    }

    /// A cookie's value.
    pub fn cookie(&self, name: &str) -> Option<&str> {
        self.cookies.get(name).map(String::as_str)
    }

    /// Forgets a cookie.
    pub fn drop_cookie(&mut self, name: &str) {
        self.cookies.remove(name);
    }

    /// Sends a request with the client's cookies and headers.
    pub async fn send(&mut self, mut builder: axum::http::request::Builder, body: Body) -> TestResponse {
        for (k, v) in &self.headers {
            builder = builder.header(k.as_str(), v.as_str());
        }
        if !self.cookies.is_empty() {
            builder = builder.header("cookie", self.cookie_header());
        }
        let response = self.app.request(builder.body(body).unwrap()).await;
        self.store_cookies(&response);
        response
    }

    /// `GET path`.
    pub async fn get(&mut self, path: &str) -> TestResponse {
        self.send(Request::builder().method(Method::GET).uri(path), Body::empty()).await
    }

    /// `POST path` with a form, adding the anti-forgery token.
    pub async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        if self.cookie("nafida_csrf").is_none() {
            self.get("/").await;
        }
        let token = self.cookie("nafida_csrf").unwrap_or("").to_string();
        let mut all: Vec<(&str, &str)> = vec![("csrf_token", token.as_str())];
        all.extend_from_slice(fields);
        self.post_raw(path, &all).await
    }

    /// `POST path` with exactly these fields (no token added).
    pub async fn post_raw(&mut self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        let body = serde_urlencoded_body(fields);
        self.send(
            Request::builder()
                .method(Method::POST)
                .uri(path)
                .header("content-type", "application/x-www-form-urlencoded"),
            Body::from(body),
        )
        .await
    }
}

fn serde_urlencoded_body(fields: &[(&str, &str)]) -> String {
    serde_urlencoded::to_string(fields).unwrap()
}

impl TestApp {
    /// Creates an account with a confirmed address; returns its id.
    pub async fn create_user(
        &self,
        email: &str,
        password: &str,
        role: nafida_domain::Role,
        org: Option<&str>,
    ) -> String {
        let email = nafida_domain::Email::parse(email).unwrap();
        let org = org.map(|o| nafida_domain::OrgId::parse(o).unwrap());
        let new = nafida_store::users::NewUser {
            email: &email,
            password,
            role,
            org: org.as_ref(),
            display_name: email.as_str(),
        };
        nafida_store::users::create(&self.db.db, &new, T0.millis()).await.unwrap()
    }

    /// A client signed in as a citizen.
    pub async fn citizen(&self, email: &str) -> Client<'_> {
        self.create_user(email, "correct horse battery", nafida_domain::Role::Citizen, None).await;
        let mut c = self.client();
        let r = c.post("/signin", &[("email", email), ("password", "correct horse battery")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "sign-in of {email}: {}", r.body);
        c
    }

    /// A client signed in as staff, two-factor enrolment done; returns the client and the
    /// TOTP secret.
    pub async fn staff(
        &self,
        email: &str,
        role: nafida_domain::Role,
        org: &str,
    ) -> (Client<'_>, nafida_domain::TotpSecret) {
        self.create_user(email, "correct horse battery", role, Some(org)).await;
        let mut c = self.client();
        let r = c.post("/signin", &[("email", email), ("password", "correct horse battery")]).await;
        assert_eq!(r.header("location"), "/signin/totp/enrol", "{}", r.body);
        let page = c.get("/signin/totp/enrol").await;
        let secret = page.body.split("id=\"totp-secret\">").nth(1).and_then(|s| s.split('<').next()).unwrap();
        let secret = nafida_domain::TotpSecret::from_base32(secret).unwrap();
        let code = secret.code_at_step(self.clock.now().millis() / 1000 / 30);
        let done = c.post("/signin/totp/enrol", &[("code", &code)]).await;
        assert_eq!(done.status, StatusCode::OK, "{}", done.body);
        (c, secret)
    }
}

/// A raw HTTP/1.1 exchange with a real server: returns the status, the headers (names in
/// lowercase) and the body.
pub async fn http_request(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Result<(u16, Vec<(String, String)>, String), std::io::Error> {
    let mut stream = tokio::net::TcpStream::connect(addr).await?;
    let mut request =
        format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    for (k, v) in headers {
        request.push_str(&format!("{k}: {v}\r\n"));
    }
    request.push_str("\r\n");
    request.push_str(body);
    stream.write_all(request.as_bytes()).await?;
    let raw = read_response(&mut stream).await?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, rest) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines.next().and_then(|l| l.split_whitespace().nth(1)).and_then(|s| s.parse().ok()).unwrap_or(0);
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let chunked = headers.iter().any(|(k, v)| k == "transfer-encoding" && v.contains("chunked"));
    Ok((status, headers, if chunked { dechunk(rest) } else { rest.to_string() }))
}

/// Encodes form fields as `application/x-www-form-urlencoded`.
pub fn form_body(fields: &[(&str, &str)]) -> String {
    serde_urlencoded_body(fields)
}

impl Client<'_> {
    /// `POST path` as `multipart/form-data` with text fields and files `(field, file name,
    /// bytes)`; the anti-forgery token goes in the query string, as the pages do.
    pub async fn post_multipart(
        &mut self,
        path: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
    ) -> TestResponse {
        if self.cookie("nafida_csrf").is_none() {
            self.get("/").await;
        }
        let token = self.cookie("nafida_csrf").unwrap_or("").to_string();
        let (content_type, body) = multipart_body(fields, files);
        let sep = if path.contains('?') { '&' } else { '?' };
        let uri = format!("{path}{sep}csrf_token={token}");
        self.send(
            Request::builder().method(Method::POST).uri(uri).header("content-type", content_type),
            Body::from(body),
        )
        .await
    }
}

/// A `multipart/form-data` body of text fields and files `(field, file name, bytes)`:
/// `(content type, bytes)`.
pub fn multipart_body(fields: &[(&str, &str)], files: &[(&str, &str, &[u8])]) -> (String, Vec<u8>) {
    let boundary = "----nafida-test-boundary-7d1f";
    let mut body: Vec<u8> = Vec::new();
    for (k, v) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n").as_bytes(),
        );
    }
    for (k, name, bytes) in files {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// A minimal valid PDF file.
pub const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
/// A whole PNG image of one grey pixel.
pub const PNG: &[u8] = b"\x89\x50\x4e\x47\x0d\x0a\x1a\x0a\x00\x00\x00\x0d\x49\x48\x44\x52\x00\x00\x00\x01\x00\x00\x00\x01\x08\x00\x00\x00\x00\x3a\x7e\x9b\x55\x00\x00\x00\x0a\x49\x44\x41\x54\x78\x9c\x63\x60\x00\x00\x00\x02\x00\x01\x48\xaf\xa4\x71\x00\x00\x00\x00\x49\x45\x4e\x44\xae\x42\x60\x82";

impl TestApp {
    /// A new session for an existing citizen (password of [`TestApp::citizen`]).
    pub async fn sign_in(&self, email: &str) -> Client<'_> {
        let mut c = self.client();
        let r = c.post("/signin", &[("email", email), ("password", "correct horse battery")]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "sign-in of {email}: {}", r.body);
        c
    }

    /// A new session for existing staff, with a fresh TOTP code.
    pub async fn sign_in_staff(&self, email: &str, secret: &nafida_domain::TotpSecret) -> Client<'_> {
        let mut c = self.sign_in(email).await;
        let code = secret.code_at_step(self.clock.now().millis() / 1000 / 30);
        let r = c.post("/signin/totp", &[("code", &code)]).await;
        assert_eq!(r.header("location"), "/staff", "second factor of {email}: {}", r.body);
        c
    }
}
