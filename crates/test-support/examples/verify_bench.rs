//! Benchmark (not a test) of the public verification of issued documents through the real
//! router in this process (one task, so one core): `GET /verify/{code}` and `POST /verify/file`
//! (the seal over the whole file checked), against `GET /healthz` measured in the same run as
//! the baseline of a request that does nothing.
//!
//! Run: `cargo run --release -p nafida-test-support --example verify_bench -- [sqlite|postgres]`

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::time::Instant;

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use nafida_test_support::{Backend, TestApp, multipart_body};

const DOCUMENTS: usize = 50;
const ROUNDS: usize = 2000;

fn document(i: usize) -> nafida_docs::Document {
    nafida_docs::Document {
        header_ar: vec!["المملكة المغربية".into()],
        header_fr: vec!["Royaume du Maroc".into()],
        title_ar: "نسخة موجزة من رسم الولادة".into(),
        title_fr: "Extrait d’acte de naissance".into(),
        rows: vec![nafida_docs::Row {
            label_fr: "Nom".into(),
            value_fr: format!("Amina El Idrissi {i}"),
            label_ar: "الاسم".into(),
            value_ar: "أمينة الإدريسي".into(),
        }],
        footer_fr: vec![],
        footer_ar: vec![],
        qr: String::new(),
        data: BTreeMap::from([("name_ar".to_string(), "أمينة الإدريسي".to_string())]),
    }
}

async fn per_second(app: &TestApp, make: impl Fn(usize) -> Request<Body>) -> f64 {
    let started = Instant::now();
    for i in 0..ROUNDS {
        let r = app.request(make(i)).await;
        assert_eq!(r.status, StatusCode::OK, "{}", r.body);
    }
    ROUNDS as f64 / started.elapsed().as_secs_f64()
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let backend = match std::env::args().nth(1).as_deref() {
        Some("postgres") => Backend::Postgres,
        _ => Backend::Sqlite,
    };
    let app = TestApp::new(backend).await;
    let mut codes = vec![];
    let mut files = vec![];
    for i in 0..DOCUMENTS {
        let issue = nafida_engine::documents::Issue {
            kind: "birth-extract",
            case_id: None,
            act_id: None,
            office_id: "commune-imzouren-civil-status",
            document: document(i),
            expires_at: None,
        };
        let d = nafida_engine::documents::issue(app.state.engine(), issue).await.unwrap();
        let key = nafida_store::FileKey::parse(&d.file_key).unwrap();
        files.push(app.state.files().get(&key).await.unwrap().unwrap());
        codes.push(d.code);
    }
    let get = |path: String| Request::builder().method(Method::GET).uri(path).body(Body::empty()).unwrap();
    let health = per_second(&app, |_| get("/healthz".into())).await;
    let by_code = per_second(&app, |i| get(format!("/verify/{}", codes[i % DOCUMENTS]))).await;
    let by_file = per_second(&app, |i| {
        let (content_type, body) = multipart_body(&[], &[("file", "extract.pdf", &files[i % DOCUMENTS])]);
        // The anti-forgery check applies to this public form too: a cookie and its token.
        let token = "b".repeat(43);
        Request::builder()
            .method(Method::POST)
            .uri(format!("/verify/file?csrf_token={token}"))
            .header("content-type", content_type)
            .header("cookie", format!("nafida_csrf={token}"))
            .body(Body::from(body))
            .unwrap()
    })
    .await;
    println!("backend: {}; {DOCUMENTS} documents issued; {ROUNDS} requests per figure, one task", backend.name());
    println!("GET /healthz (baseline): {health:.0} requests/s");
    println!("GET /verify/{{code}}: {by_code:.0} requests/s ({:.2}x the baseline's time)", health / by_code);
    println!(
        "POST /verify/file ({} KB PDF, seal checked): {by_file:.0} requests/s ({:.2}x the baseline's time)",
        files[0].len() / 1024,
        health / by_file
    );
    app.teardown().await;
}
