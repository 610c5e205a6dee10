//! The JSON API: the public catalogue, partner systems scoped to one administration, stable
//! error codes, and the OpenAPI document snapshot.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use nafida_store::cases;
use nafida_test_support::{Backend, PDF, TestApp, TestResponse};

use crate::{DbTest, PlainTest};

pub fn tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![partners_work_their_administrations_cases_and_nothing_else]
}

pub fn plain_tests() -> Vec<(&'static str, PlainTest)> {
    crate::plain_tests![openapi_document_matches_its_snapshot]
}

async fn call(app: &TestApp, method: Method, path: &str, token: Option<&str>, body: Option<&str>) -> TestResponse {
    let mut b = Request::builder().method(method).uri(path);
    if let Some(t) = token {
        b = b.header("authorization", format!("Bearer {t}"));
    }
    if body.is_some() {
        b = b.header("content-type", "application/json");
    }
    app.request(b.body(body.map_or_else(Body::empty, |s| Body::from(s.to_string()))).unwrap()).await
}

async fn token_for(app: &TestApp, org: &str) -> String {
    let token = format!("nfd_test_{org}");
    nafida_store::api_tokens::create(&app.db.db, &nafida_web::auth::token_hash(&token), org, "test", 0).await.unwrap();
    token
}

async fn partners_work_their_administrations_cases_and_nothing_else(backend: Backend) {
    let app = TestApp::new(backend).await;
    let list = call(&app, Method::GET, "/api/v1/procedures", None, None).await;
    assert_eq!(list.status, StatusCode::OK);
    assert_eq!(list.json()["procedures"].as_array().map(Vec::len), Some(20));
    let one = call(&app, Method::GET, "/api/v1/procedures/passport", None, None).await.json();
    assert_eq!((one["fee_mad"].as_i64(), one["deadline"]["days"].as_i64()), (Some(500), Some(30)));
    assert_eq!(call(&app, Method::GET, "/api/v1/procedures/nope", None, None).await.json()["code"], "not-found");

    // A case at the Imzouren office.
    let mut c = app.citizen("api.person@example.ma").await;
    let r = c
        .post_multipart(
            "/catalogue/birth-extract/start",
            &[
                ("idempotency_key", "key-api-0001-abcdefgh"),
                ("field_office", "commune-imzouren-civil-status"),
                ("field_for_whom", "self"),
                ("field_holder_name_ar", "أمينة"),
                ("field_birth_date", "1990-04-12"),
                ("field_copies", "1"),
                ("field_delivery", "electronic"),
            ],
            &[("doc_applicant-id", "id.pdf", PDF)],
        )
        .await;
    let reference = r.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string();

    // No token, a wrong token, a session cookie: 401 with a code.
    assert_eq!(call(&app, Method::GET, "/api/v1/cases", None, None).await.json()["code"], "unauthenticated");
    assert_eq!(
        call(&app, Method::GET, "/api/v1/cases", Some("nfd_wrong"), None).await.status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(c.get("/api/v1/cases").await.status, StatusCode::UNAUTHORIZED);

    let imzouren = token_for(&app, "commune-imzouren-civil-status").await;
    let paris = token_for(&app, "consulate-paris").await;
    let page = call(&app, Method::GET, "/api/v1/cases", Some(&imzouren), None).await.json();
    assert_eq!(page["cases"][0]["reference"], reference.as_str());
    assert!(
        call(&app, Method::GET, "/api/v1/cases", Some(&paris), None).await.json()["cases"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        call(&app, Method::GET, &format!("/api/v1/cases/{reference}"), Some(&paris), None).await.status,
        StatusCode::NOT_FOUND
    );
    let case = call(&app, Method::GET, &format!("/api/v1/cases/{reference}"), Some(&imzouren), None).await.json();
    assert_eq!(case["phase"], "received");
    assert!(case["actions"].as_array().unwrap().iter().any(|a| a["action"] == "approve"));

    // The same rules as the page: reasons for a refusal, listed documents only, once.
    let path = format!("/api/v1/cases/{reference}/transitions");
    let bad = call(&app, Method::POST, &path, Some(&imzouren), Some(r#"{"action":"reject"}"#)).await;
    assert_eq!((bad.status, bad.json()["code"].clone()), (StatusCode::UNPROCESSABLE_ENTITY, "invalid".into()));
    assert_eq!(bad.json()["errors"][0]["code"], "motivation-required");
    let garbage = call(&app, Method::POST, &path, Some(&imzouren), Some("{not json")).await;
    assert_eq!(garbage.json()["code"], "malformed-body");
    let unknown = call(&app, Method::POST, &path, Some(&imzouren), Some(r#"{"action":"fly"}"#)).await;
    assert_eq!(
        (unknown.status, unknown.json()["code"].clone()),
        (StatusCode::CONFLICT, "transition-not-allowed".into())
    );
    let ok = call(
        &app,
        Method::POST,
        &path,
        Some(&imzouren),
        Some(r#"{"action":"request-documents","documents":["family-link"]}"#),
    )
    .await;
    assert_eq!(ok.status, StatusCode::OK, "{}", ok.body);
    assert_eq!(ok.json()["phase"], "waiting-for-you");
    let msg = call(
        &app,
        Method::POST,
        &format!("/api/v1/cases/{reference}/messages"),
        Some(&imzouren),
        Some(r#"{"text":"Merci d’envoyer le livret."}"#),
    )
    .await;
    assert_eq!(msg.status, StatusCode::CREATED);
    // The person sees the partner's reading and message in the history.
    c.get("/lang/fr").await;
    let mine = c.get(&format!("/cases/{reference}")).await;
    assert!(
        mine.body.contains("Merci d’envoyer le livret.")
            && mine.body.contains("Dossier consulté par Bureau d’état civil d’Imzouren")
    );
    let events =
        cases::events(&app.db.db, &cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap().id, true)
            .await
            .unwrap();
    assert!(
        events.iter().any(|e| e.kind == "viewed" && e.actor_org_id.as_deref() == Some("commune-imzouren-civil-status"))
    );
    app.teardown().await;
}

async fn openapi_document_matches_its_snapshot() {
    let doc = serde_json::to_string_pretty(&nafida_web::openapi::document()).unwrap() + "\n";
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../web/openapi.json");
    if std::env::var("NAFIDA_UPDATE_SNAPSHOTS").is_ok_and(|v| v == "1") {
        std::fs::write(path, &doc).unwrap();
    }
    let snapshot = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        doc == snapshot,
        "the OpenAPI document changed; review it and run NAFIDA_UPDATE_SNAPSHOTS=1 cargo test to accept it"
    );
    let v: serde_json::Value = serde_json::from_str(&doc).unwrap();
    assert_eq!(v["openapi"], "3.1.0");
    for p in
        ["/procedures", "/cases", "/cases/{reference}", "/cases/{reference}/transitions", "/cases/{reference}/messages"]
    {
        assert!(v["paths"][p].is_object(), "{p}");
    }
}
