//! Liveness, readiness, metrics, request ids and the HTTP hardening, through the real router.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use nafida_test_support::{Backend, TestApp, TestDb};
use nafida_web::WebSettings;

use crate::DbTest;

pub fn tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![
        health_answers,
        ready_when_migrated,
        not_ready_before_migrations,
        metrics_count_requests_per_route,
        request_ids_are_given_and_kept,
        security_headers_on_every_response,
        static_assets_are_hashed_and_cached,
        compression_when_asked,
        oversized_bodies_are_refused,
    ]
}

async fn health_answers(backend: Backend) {
    let app = TestApp::new(backend).await;
    let r = app.get("/healthz").await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.body.trim(), "ok");
    app.teardown().await;
}

async fn ready_when_migrated(backend: Backend) {
    let app = TestApp::new(backend).await;
    let r = app.get("/readyz").await;
    assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    let j = r.json();
    assert_eq!(j["ready"], true);
    assert_eq!(j["database"], "ok");
    assert_eq!(j["migrations"]["current"], j["migrations"]["expected"]);
    app.teardown().await;
}

async fn not_ready_before_migrations(backend: Backend) {
    let app = TestApp::over(TestDb::empty(backend).await, WebSettings::default());
    let r = app.get("/readyz").await;
    assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE, "{}", r.body);
    let j = r.json();
    assert_eq!(j["ready"], false);
    assert_eq!(j["migrations"]["current"], 0);
    // The process itself is alive.
    assert_eq!(app.get("/healthz").await.status, StatusCode::OK);
    app.teardown().await;
}

async fn metrics_count_requests_per_route(backend: Backend) {
    let app = TestApp::new(backend).await;
    for _ in 0..3 {
        assert_eq!(app.get("/").await.status, StatusCode::OK);
    }
    assert_eq!(app.get("/no/such/page").await.status, StatusCode::NOT_FOUND);
    let m = app.get("/metrics").await;
    assert_eq!(m.status, StatusCode::OK);
    assert!(m.header("content-type").starts_with("text/plain; version=0.0.4"));
    assert!(m.body.contains("nafida_http_requests_total{route=\"/\",method=\"GET\",status=\"200\"} 3"), "{}", m.body);
    assert!(m.body.contains("nafida_http_requests_total{route=\"unmatched\",method=\"GET\",status=\"404\"} 1"));
    assert!(m.body.contains("nafida_http_request_duration_seconds_bucket{route=\"/\",method=\"GET\",le=\"+Inf\"} 3"));
    assert!(m.body.contains("nafida_http_request_duration_seconds_count{route=\"/\",method=\"GET\"} 3"));
    assert!(m.body.contains("# TYPE nafida_live_nodes gauge"));
    // Raw paths never become labels (they may carry personal data).
    assert!(!m.body.contains("/no/such/page"));
    app.teardown().await;
}

async fn request_ids_are_given_and_kept(backend: Backend) {
    let app = TestApp::new(backend).await;
    let a = app.get("/healthz").await;
    let b = app.get("/healthz").await;
    assert_eq!(a.header("x-request-id").len(), 36);
    assert_ne!(a.header("x-request-id"), b.header("x-request-id"));
    let kept = app.get_with("/healthz", &[("x-request-id", "lb-1234_abc")]).await;
    assert_eq!(kept.header("x-request-id"), "lb-1234_abc");
    let forged = app.get_with("/healthz", &[("x-request-id", "evil\" injected=1")]).await;
    assert_ne!(forged.header("x-request-id"), "evil\" injected=1");
    assert_eq!(forged.header("x-request-id").len(), 36);
    app.teardown().await;
}

async fn security_headers_on_every_response(backend: Backend) {
    let app = TestApp::new(backend).await;
    for path in ["/", "/administrations", "/healthz", "/missing", "/readyz"] {
        let r = app.get(path).await;
        let csp = r.header("content-security-policy");
        assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), "{path}: {csp}");
        assert!(csp.contains("frame-ancestors 'none'"), "{path}");
        assert_eq!(r.header("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(r.header("x-frame-options"), "DENY", "{path}");
        assert_eq!(r.header("referrer-policy"), "strict-origin-when-cross-origin", "{path}");
    }
    app.teardown().await;
}

async fn static_assets_are_hashed_and_cached(backend: Backend) {
    let app = TestApp::new(backend).await;
    let home = app.get("/").await;
    let href = home.body.split("rel=\"stylesheet\" href=\"").nth(1).and_then(|s| s.split('"').next()).unwrap();
    assert!(href.starts_with("/static/app.") && href.ends_with(".css") && href.len() > "/static/app..css".len() + 8);
    let css = app.get(href).await;
    assert_eq!(css.status, StatusCode::OK);
    assert_eq!(css.header("cache-control"), "public, max-age=31536000, immutable");
    assert!(css.header("content-type").starts_with("text/css"));
    assert!(css.body.contains("inset-inline-start"), "the stylesheet uses logical properties");
    assert_eq!(app.get("/static/app.000000000000.css").await.status, StatusCode::NOT_FOUND);
    app.teardown().await;
}

async fn compression_when_asked(backend: Backend) {
    let app = TestApp::new(backend).await;
    let r = app.get_with("/administrations", &[("accept-encoding", "gzip")]).await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.header("content-encoding"), "gzip");
    let plain = app.get("/administrations").await;
    assert_eq!(plain.header("content-encoding"), "");
    app.teardown().await;
}

async fn oversized_bodies_are_refused(backend: Backend) {
    let settings = WebSettings { body_limit_bytes: 1024, ..WebSettings::default() };
    let app = TestApp::with_settings(backend, settings).await;
    let request = Request::builder()
        .method(Method::POST)
        .uri("/")
        .header("content-length", "4096")
        .body(Body::from(vec![b'x'; 4096]))
        .unwrap();
    let r = app.request(request).await;
    assert_eq!(r.status, StatusCode::PAYLOAD_TOO_LARGE);
    // People get a page in their language; nothing was written.
    let mut c = app.client();
    c.headers.push(("accept-language".into(), "ar".into()));
    let big = "x".repeat(4096);
    let form = c.post("/signup", &[("email", "big@example.ma"), ("password", &big)]).await;
    assert_eq!(form.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(form.body.contains("الملف أو الاستمارة كبيرة جدا"), "{}", form.body);
    assert!(app.mails().await.is_empty());
    app.teardown().await;
}
