//! The JSON API: the public catalogue, partner systems scoped to one administration, stable
//! error codes, and the OpenAPI document snapshot.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use nafida_store::cases;
use nafida_test_support::{Backend, PDF, TestApp, TestResponse, multipart_body};

use crate::{DbTest, PlainTest};

pub fn tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![
        partners_work_their_administrations_cases_and_nothing_else,
        partners_transfer_and_give_opinions,
        people_reach_their_own_cases_with_a_personal_token,
        partner_tokens_are_listed_expire_and_are_revoked,
        malformed_parameters_are_json_problems
    ]
}

pub fn plain_tests() -> Vec<(&'static str, PlainTest)> {
    crate::plain_tests![openapi_document_matches_its_snapshot]
}

pub(crate) async fn call(
    app: &TestApp,
    method: Method,
    path: &str,
    token: Option<&str>,
    body: Option<&str>,
) -> TestResponse {
    let mut b = Request::builder().method(method).uri(path);
    if let Some(t) = token {
        b = b.header("authorization", format!("Bearer {t}"));
    }
    if body.is_some() {
        b = b.header("content-type", "application/json");
    }
    app.request(b.body(body.map_or_else(Body::empty, |s| Body::from(s.to_string()))).unwrap()).await
}

pub(crate) async fn token_for(app: &TestApp, org: &str) -> String {
    let token = format!("nfd_test_{org}");
    nafida_store::api_tokens::create(&app.db.db, &nafida_web::auth::token_hash(&token), org, "test", 0, None)
        .await
        .unwrap();
    token
}

async fn partners_work_their_administrations_cases_and_nothing_else(backend: Backend) {
    let app = TestApp::new(backend).await;
    let list = call(&app, Method::GET, "/api/v1/procedures", None, None).await;
    assert_eq!(list.status, StatusCode::OK);
    assert_eq!(list.json()["procedures"].as_array().map(Vec::len), Some(crate::support::shipped_procedures()));
    let one = call(&app, Method::GET, "/api/v1/procedures/passport", None, None).await.json();
    assert_eq!((one["fee_mad"].as_i64(), one["deadline"]["days"].as_i64()), (Some(500), Some(30)));
    assert_eq!(call(&app, Method::GET, "/api/v1/procedures/nope", None, None).await.json()["code"], "not-found");
    let found = call(&app, Method::GET, "/api/v1/procedures?q=%D8%AC%D9%88%D8%A7%D8%B2", None, None).await.json();
    let ids: Vec<_> = found["procedures"].as_array().unwrap().iter().map(|p| p["id"].as_str().unwrap()).collect();
    assert!(ids.contains(&"passport") && ids.len() < 20, "an Arabic search (جواز): {ids:?}");
    let themed = call(&app, Method::GET, "/api/v1/procedures?theme=civil-status", None, None).await.json();
    assert!(themed["procedures"].as_array().unwrap().iter().all(|p| p["theme"] == "civil-status"));

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
    // Notes stay internal; filters, assignment and extensions follow the pages' rules.
    let note = format!("/api/v1/cases/{reference}/notes");
    assert_eq!(
        call(&app, Method::POST, &note, Some(&imzouren), Some(r#"{"text":""}"#)).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        call(&app, Method::POST, &note, Some(&imzouren), Some(r#"{"text":"Vérifier le registre de 1990."}"#))
            .await
            .status,
        StatusCode::CREATED
    );
    let waiting =
        call(&app, Method::GET, "/api/v1/cases?status=awaiting-applicant", Some(&imzouren), None).await.json();
    assert_eq!(waiting["cases"].as_array().map(Vec::len), Some(1));
    let none = call(&app, Method::GET, "/api/v1/cases?flag=overdue", Some(&imzouren), None).await.json();
    assert_eq!(none["cases"].as_array().map(Vec::len), Some(0));
    let bad_flag = call(&app, Method::GET, "/api/v1/cases?flag=purple", Some(&imzouren), None).await;
    assert_eq!(bad_flag.status, StatusCode::UNPROCESSABLE_ENTITY);
    let agent = app
        .create_user(
            "api.agent@example.ma",
            "correct horse battery",
            nafida_domain::Role::Agent,
            Some("commune-imzouren-civil-status"),
        )
        .await;
    let assign = format!("/api/v1/cases/{reference}/assignee");
    let elsewhere = app
        .create_user(
            "paris.agent@example.ma",
            "correct horse battery",
            nafida_domain::Role::Agent,
            Some("consulate-paris"),
        )
        .await;
    // Assigning is a supervisor's act on the pages; a partner system acts as an agent, so it
    // may not assign, whoever the colleague (the same rule, from the same command).
    for assignee in [&elsewhere, &agent] {
        let refused =
            call(&app, Method::POST, &assign, Some(&imzouren), Some(&format!(r#"{{"assignee":"{assignee}"}}"#))).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN, "{}", refused.body);
        assert_eq!(refused.json()["code"], "only-supervisors-assign");
        // The refusal says why in words too (French unless Accept-Language asks otherwise).
        assert_eq!(refused.json()["message"], "Seul un responsable peut attribuer un dossier.");
    }
    let arabic = Request::builder()
        .method(Method::POST)
        .uri(&assign)
        .header("authorization", format!("Bearer {imzouren}"))
        .header("content-type", "application/json")
        .header("accept-language", "ar-MA,ar;q=0.9")
        .body(Body::from(format!(r#"{{"assignee":"{agent}"}}"#)))
        .unwrap();
    let refused = app.request(arabic).await;
    assert_eq!(refused.json()["message"], "لا يمكن إسناد ملف إلا من طرف مسؤول.", "{}", refused.body);
    let shown = call(&app, Method::GET, &format!("/api/v1/cases/{reference}"), Some(&imzouren), None).await;
    assert_eq!(shown.json()["assigned"], false, "nothing assigned");
    let extend = format!("/api/v1/cases/{reference}/extension");
    let no =
        call(&app, Method::POST, &extend, Some(&imzouren), Some(r#"{"reason":"Registre à consulter aux archives."}"#))
            .await;
    assert_eq!(
        (no.status, no.json()["code"].clone()),
        (StatusCode::CONFLICT, "not-extendable".into()),
        "an extract has no extension"
    );
    // The person sees the partner's reading and message in the history, not the note.
    c.get("/lang/fr").await;
    let mine = c.get(&format!("/cases/{reference}")).await;
    assert!(
        mine.body.contains("Merci d’envoyer le livret.")
            && mine.body.contains("Dossier consulté par Bureau d’état civil d’Imzouren")
    );
    assert!(!mine.body.contains("Vérifier le registre"), "internal notes stay internal");
    let events =
        cases::events(&app.db.db, &cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap().id, true)
            .await
            .unwrap();
    assert!(
        events.iter().any(|e| e.kind == "viewed" && e.actor_org_id.as_deref() == Some("commune-imzouren-civil-status"))
    );
    app.teardown().await;
}

pub(crate) async fn multipart(
    app: &TestApp,
    path: &str,
    token: &str,
    fields: &[(&str, &str)],
    files: &[(&str, &str, &[u8])],
) -> TestResponse {
    let (content_type, body) = multipart_body(fields, files);
    let request = Request::builder()
        .method(Method::POST)
        .uri(path)
        .header("authorization", format!("Bearer {token}"))
        .header("content-type", content_type)
        .header("accept-language", "fr")
        .body(Body::from(body))
        .unwrap();
    app.request(request).await
}

pub(crate) const EXTRACT: &[(&str, &str)] = &[
    ("field_office", "commune-imzouren-civil-status"),
    ("field_for_whom", "self"),
    ("field_holder_name_ar", "أمينة"),
    ("field_birth_date", "1990-04-12"),
    ("field_copies", "1"),
    ("field_delivery", "electronic"),
];

async fn file_extract_as(c: &mut nafida_test_support::Client<'_>, key: &str) -> String {
    let mut fields = EXTRACT.to_vec();
    fields.push(("idempotency_key", key));
    let r = c.post_multipart("/catalogue/birth-extract/start", &fields, &[("doc_applicant-id", "id.pdf", PDF)]).await;
    r.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string()
}

async fn partners_transfer_and_give_opinions(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut c = app.citizen("opinion.person@example.ma").await;
    let reference = file_extract_as(&mut c, "key-api-opinion-0001").await;
    let imzouren = token_for(&app, "commune-imzouren-civil-status").await;
    let protection = token_for(&app, "al-hoceima-civil-protection").await;
    let paris = token_for(&app, "consulate-paris").await;
    let ask = format!("/api/v1/cases/{reference}/opinions");
    let short = call(&app, Method::POST, &ask, Some(&imzouren), Some(r#"{"org":"nowhere","question":"?"}"#)).await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<_> = short.json()["errors"].as_array().unwrap().iter().map(|e| e["field"].clone()).collect();
    assert_eq!(fields, ["org", "question"], "every error at once");
    let asked = call(
        &app,
        Method::POST,
        &ask,
        Some(&imzouren),
        Some(r#"{"org":"al-hoceima-civil-protection","question":"Le local déclaré est-il conforme ?"}"#),
    )
    .await;
    assert_eq!(asked.status, StatusCode::CREATED, "{}", asked.body);
    let id = asked.json()["id"].as_str().unwrap().to_string();
    assert_eq!(asked.json()["due_date"], "2026-12-14", "ten working days");
    let owed = call(&app, Method::GET, "/api/v1/opinions", Some(&protection), None).await.json();
    assert_eq!(owed["opinions"][0]["id"], id.as_str());
    assert_eq!(owed["opinions"][0]["case"], reference.as_str());
    assert!(
        call(&app, Method::GET, "/api/v1/opinions", Some(&paris), None).await.json()["opinions"]
            .as_array()
            .unwrap()
            .is_empty()
    );
    let one = format!("/api/v1/opinions/{id}");
    assert_eq!(call(&app, Method::GET, &one, Some(&paris), None).await.status, StatusCode::NOT_FOUND);
    let shown = call(&app, Method::GET, &one, Some(&protection), None).await.json();
    assert_eq!(shown["form"]["holder_name_ar"], "أمينة");
    let bad = call(&app, Method::POST, &one, Some(&protection), Some(r#"{"verdict":"maybe","answer":"ok"}"#)).await;
    assert_eq!(bad.json()["errors"].as_array().map(Vec::len), Some(2));
    let answer = r#"{"verdict":"reserves","answer":"Conforme sous réserve d’un extincteur."}"#;
    let given = call(&app, Method::POST, &one, Some(&protection), Some(answer)).await;
    assert_eq!((given.status, given.json()["verdict"].clone()), (StatusCode::OK, "reserves".into()));
    let again = call(&app, Method::POST, &one, Some(&protection), Some(answer)).await;
    assert_eq!((again.status, again.json()["code"].clone()), (StatusCode::CONFLICT, "opinion-given".into()));
    // Transfer to the competent office: the sender no longer reaches it, the receiver does.
    let transfer = format!("/api/v1/cases/{reference}/transfer");
    let no_reason = call(
        &app,
        Method::POST,
        &transfer,
        Some(&imzouren),
        Some(r#"{"to":"commune-targuist-civil-status","reason":""}"#),
    )
    .await;
    assert_eq!(no_reason.json()["errors"][0]["code"], "motivation-required");
    let moved = call(
        &app,
        Method::POST,
        &transfer,
        Some(&imzouren),
        Some(r#"{"to":"commune-targuist-civil-status","reason":"L’acte est inscrit à Targuist."}"#),
    )
    .await;
    assert_eq!(moved.status, StatusCode::OK, "{}", moved.body);
    let case_path = format!("/api/v1/cases/{reference}");
    assert_eq!(call(&app, Method::GET, &case_path, Some(&imzouren), None).await.status, StatusCode::NOT_FOUND);
    let targuist = token_for(&app, "commune-targuist-civil-status").await;
    assert_eq!(call(&app, Method::GET, &case_path, Some(&targuist), None).await.status, StatusCode::OK);
    c.get("/lang/fr").await;
    let page = c.get(&format!("/cases/{reference}")).await.body;
    assert!(page.contains("Favorable avec réserves"), "the opinion is in the history the person sees");
    assert!(page.contains("inscrit à Targuist"));
    app.teardown().await;
}

async fn people_reach_their_own_cases_with_a_personal_token(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut c = app.citizen("app.person@example.ma").await;
    c.get("/lang/fr").await;
    assert_eq!(c.get("/account/apps").await.status, StatusCode::OK);
    let unnamed = c.post("/account/apps", &[("name", "")]).await;
    assert!(unnamed.body.contains("Donnez au jeton un nom"));
    let created = c.post("/account/apps", &[("name", "Mon téléphone")]).await.body;
    let token = created.split("id=\"new-token\">").nth(1).and_then(|s| s.split('<').next()).unwrap().to_string();
    assert!(token.starts_with("nfp_") && token.len() > 40, "{token}");
    assert!(!c.get("/account/apps").await.body.contains(&token), "shown once");

    // Only a personal token opens /me: not a session cookie, not a partner token.
    let me = "/api/v1/me/cases";
    assert_eq!(call(&app, Method::GET, me, Some(&token), None).await.json()["cases"], serde_json::json!([]));
    assert_eq!(c.get(me).await.status, StatusCode::UNAUTHORIZED);
    let partner = token_for(&app, "commune-imzouren-civil-status").await;
    assert_eq!(call(&app, Method::GET, me, Some(&partner), None).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(call(&app, Method::GET, me, Some("nfp_forged"), None).await.status, StatusCode::UNAUTHORIZED);

    // Filing: every error at once, with codes and French messages; then once, whatever the retries.
    let file = "/api/v1/me/cases?procedure=birth-extract";
    let bad =
        multipart(&app, file, &token, &[("field_birth_date", "2031-01-01"), ("idempotency_key", "short")], &[]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let errors = bad.json()["errors"].as_array().unwrap().clone();
    assert!(errors.iter().any(|e| e["field"] == "field_office" && e["code"] == "field-required"), "{errors:?}");
    assert!(errors.iter().any(|e| e["field"] == "field_birth_date"));
    assert!(errors.iter().any(|e| e["field"] == "idempotency_key"));
    assert!(errors.iter().all(|e| !e["message"].as_str().unwrap_or("").is_empty()));
    let mut fields = EXTRACT.to_vec();
    fields.push(("idempotency_key", "key-api-me-0001-abcdef"));
    let missing = multipart(&app, file, &token, &fields, &[]).await;
    assert_eq!(missing.json()["errors"][0]["code"], "document-required");
    let filed = multipart(&app, file, &token, &fields, &[("doc_applicant-id", "id.pdf", PDF)]).await;
    assert_eq!(filed.status, StatusCode::CREATED, "{}", filed.body);
    let reference = filed.json()["reference"].as_str().unwrap().to_string();
    assert_eq!(filed.json()["title"], "Extrait d’acte de naissance");
    let again = multipart(&app, file, &token, &fields, &[("doc_applicant-id", "id.pdf", PDF)]).await;
    assert_eq!((again.status, again.json()["reference"].clone()), (StatusCode::OK, reference.clone().into()));
    let list = call(&app, Method::GET, me, Some(&token), None).await.json();
    assert_eq!(list["cases"].as_array().map(Vec::len), Some(1));
    assert_eq!(list["cases"][0]["days_left"], 7);

    // Another person reaches nothing of it: not by reference, not by file.
    let mut other = app.citizen("other.app@example.ma").await;
    let theirs = other.post("/account/apps", &[("name", "x")]).await.body;
    let other_token = theirs.split("id=\"new-token\">").nth(1).and_then(|s| s.split('<').next()).unwrap().to_string();
    let case = format!("/api/v1/me/cases/{reference}");
    assert_eq!(call(&app, Method::GET, &case, Some(&other_token), None).await.status, StatusCode::NOT_FOUND);
    let shown = call(&app, Method::GET, &case, Some(&token), None).await.json();
    let file_id = shown["files"][0]["id"].as_str().unwrap().to_string();
    let file_path = format!("{case}/files/{file_id}");
    assert_eq!(call(&app, Method::GET, &file_path, Some(&other_token), None).await.status, StatusCode::NOT_FOUND);
    let got = call(&app, Method::GET, &file_path, Some(&token), None).await;
    assert_eq!((got.status, got.body.as_bytes()), (StatusCode::OK, PDF));
    assert_eq!(
        call(&app, Method::POST, &format!("{case}/withdraw"), Some(&other_token), None).await.status,
        StatusCode::NOT_FOUND
    );

    // The office asks for a listed document; the person sees it, who looked, and answers.
    call(&app, Method::GET, &format!("/api/v1/cases/{reference}"), Some(&partner), None).await;
    let path = format!("/api/v1/cases/{reference}/transitions");
    call(
        &app,
        Method::POST,
        &path,
        Some(&partner),
        Some(r#"{"action":"request-documents","documents":["family-link"]}"#),
    )
    .await;
    let shown = call(&app, Method::GET, &case, Some(&token), None).await.json();
    assert_eq!(shown["next_action"], "send-documents");
    assert_eq!(shown["requested_documents"], serde_json::json!(["family-link"]));
    assert!(
        shown["events"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["kind"] == "viewed" && e["administration"] == "commune-imzouren-civil-status")
    );
    let docs = format!("{case}/documents");
    let wrong = multipart(&app, &docs, &token, &[], &[("doc_family-link", "livret.pdf", b"plain text")]).await;
    assert_eq!(wrong.json()["errors"][0]["code"], "file-type");
    let sent = multipart(&app, &docs, &token, &[], &[("doc_family-link", "livret.pdf", PDF)]).await;
    assert_eq!((sent.status, sent.json()["phase"].clone()), (StatusCode::OK, "in-progress".into()), "{}", sent.body);
    let twice = multipart(&app, &docs, &token, &[], &[("doc_family-link", "livret.pdf", PDF)]).await;
    assert_eq!(twice.json()["code"], "transition-not-allowed");
    let inbox = call(&app, Method::GET, "/api/v1/me/inbox", Some(&token), None).await.json();
    assert_eq!(inbox["entries"][0]["case"], reference.as_str());
    assert!(inbox["entries"].as_array().unwrap().iter().any(|e| e["kind"] == "transition"));
    let msg = format!("{case}/messages");
    assert_eq!(
        call(&app, Method::POST, &msg, Some(&token), Some(r#"{"text":""}"#)).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(
        call(&app, Method::POST, &msg, Some(&token), Some(r#"{"text":"Le livret est joint."}"#)).await.status,
        StatusCode::CREATED
    );
    let withdrawn = call(&app, Method::POST, &format!("{case}/withdraw"), Some(&token), None).await;
    assert_eq!(withdrawn.json()["phase"], "withdrawn");
    assert_eq!(
        call(&app, Method::POST, &format!("{case}/withdraw"), Some(&token), None).await.status,
        StatusCode::CONFLICT
    );

    // Revoked, or ended with "sign out everywhere": the token no longer opens anything.
    let page = c.get("/account/apps").await.body;
    let id = page.split("/account/apps/").nth(1).and_then(|s| s.split('/').next()).unwrap().to_string();
    assert_eq!(other.post(&format!("/account/apps/{id}/revoke"), &[]).await.status, StatusCode::NOT_FOUND);
    assert_eq!(call(&app, Method::GET, me, Some(&token), None).await.status, StatusCode::OK);
    c.post(&format!("/account/apps/{id}/revoke"), &[]).await;
    assert_eq!(call(&app, Method::GET, me, Some(&token), None).await.status, StatusCode::UNAUTHORIZED);
    other.post("/account/sessions/end-all", &[]).await;
    assert_eq!(call(&app, Method::GET, me, Some(&other_token), None).await.status, StatusCode::UNAUTHORIZED);
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
    // Every API route of the router is described, with each of its methods.
    let router = include_str!("../../../web/src/router.rs");
    let mut seen = 0;
    for line in router.lines().map(str::trim).filter(|l| l.starts_with(".route(\"/api/v1/")) {
        let path = line.split('"').nth(1).unwrap().trim_start_matches("/api/v1");
        if path == "/openapi.json" {
            continue;
        }
        for method in ["get", "post"] {
            if line.contains(&format!("{method}(")) || line.contains(&format!(".{method}(")) {
                assert!(v["paths"][path][method].is_object(), "{method} {path} is not in the OpenAPI document");
                seen += 1;
            }
        }
    }
    assert!(seen >= 18, "{seen} API operations found in the router");
}

/// An administrator creates a partner token for an office below theirs (shown once), sees it
/// listed by its short id, revokes it: the next call answers 401. A token past its expiry
/// answers 401 too; an administrator of another branch cannot revoke it.
async fn partner_tokens_are_listed_expire_and_are_revoked(backend: Backend) {
    let app = TestApp::new(backend).await;
    let (mut admin, _) = app.staff("admin.tokens@example.ma", nafida_domain::Role::Admin, "al-hoceima").await;
    admin.get("/lang/fr").await;
    let bad =
        admin.post("/admin/api-tokens", &[("org", "commune-imzouren-civil-status"), ("name", ""), ("days", "0")]).await;
    assert!(bad.body.contains("Indiquez une validité de 1 à 730 jours"), "{}", bad.body);
    let created = admin
        .post(
            "/admin/api-tokens",
            &[("org", "commune-imzouren-civil-status"), ("name", "Registre de la commune"), ("days", "30")],
        )
        .await;
    let token =
        created.body.split("id=\"new-token\">").nth(1).and_then(|s| s.split('<').next()).unwrap_or("").to_string();
    assert!(token.starts_with("nfd_"), "{}", created.body);
    assert_eq!(call(&app, Method::GET, "/api/v1/cases", Some(&token), None).await.status, StatusCode::OK);
    let listed = admin.get("/admin/api-tokens").await.body;
    assert!(
        listed.contains("Registre de la commune") && listed.contains("Actif") && !listed.contains(&token),
        "{listed}"
    );
    let id = nafida_web::auth::token_hash(&token)[..nafida_store::api_tokens::ID_LEN].to_string();
    // Another branch's administrator does not see it and cannot revoke it.
    let (mut other, _) = app.staff("admin.paris@example.ma", nafida_domain::Role::Admin, "consulate-paris").await;
    assert!(!other.get("/admin/api-tokens").await.body.contains("Registre de la commune"));
    assert_eq!(other.post(&format!("/admin/api-tokens/{id}/revoke"), &[]).await.status, StatusCode::NOT_FOUND);
    assert_eq!(call(&app, Method::GET, "/api/v1/cases", Some(&token), None).await.status, StatusCode::OK);
    let revoked = admin.post(&format!("/admin/api-tokens/{id}/revoke"), &[]).await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER);
    assert_eq!(call(&app, Method::GET, "/api/v1/cases", Some(&token), None).await.status, StatusCode::UNAUTHORIZED);
    assert!(admin.get("/admin/api-tokens").await.body.contains("Révoqué"));
    // Expiry: a token valid one day answers 401 the day after.
    let short = nafida_web::auth::issue_api_token(
        &app.db.db,
        "commune-imzouren-civil-status",
        "court",
        nafida_domain::clock::Clock::now(app.clock.as_ref()).millis(),
        Some(nafida_domain::clock::Clock::now(app.clock.as_ref()).millis() + 86_400_000),
    )
    .await
    .unwrap();
    assert_eq!(call(&app, Method::GET, "/api/v1/cases", Some(&short), None).await.status, StatusCode::OK);
    app.clock.advance_seconds(86_401);
    assert_eq!(call(&app, Method::GET, "/api/v1/cases", Some(&short), None).await.status, StatusCode::UNAUTHORIZED);
    app.teardown().await;
}

/// A query value that does not parse, or a page size out of range, is a JSON problem naming the
/// parameter, with a message in the caller's language: never plain text, never clamped.
async fn malformed_parameters_are_json_problems(backend: Backend) {
    let app = TestApp::new(backend).await;
    let token = token_for(&app, "commune-imzouren-civil-status").await;
    for (query, code) in [("limit=abc", "query-value"), ("limit=500", "limit-range"), ("limit=0", "limit-range")] {
        let r = call(&app, Method::GET, &format!("/api/v1/cases?{query}"), Some(&token), None).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{query}: {}", r.body);
        let j = r.json();
        assert_eq!(
            (j["errors"][0]["field"].as_str(), j["errors"][0]["code"].as_str()),
            (Some("limit"), Some(code)),
            "{query}"
        );
        assert!(j["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
    assert_eq!(call(&app, Method::GET, "/api/v1/cases?limit=200", Some(&token), None).await.status, StatusCode::OK);
    // A JSON body that does not parse: a problem with its message.
    let mut filer = app.citizen("broken.json@example.ma").await;
    let filed = filer
        .post_multipart(
            "/catalogue/birth-extract/start",
            &[
                ("idempotency_key", "key-broken-json-0001"),
                ("field_office", "commune-imzouren-civil-status"),
                ("field_for_whom", "self"),
                ("field_holder_name_ar", "أمينة الإدريسي"),
                ("field_birth_date", "1990-04-12"),
                ("field_copies", "1"),
                ("field_delivery", "electronic"),
            ],
            &[("doc_applicant-id", "cnie.pdf", PDF)],
        )
        .await;
    let reference = filed.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string();
    let broken = call(&app, Method::POST, &format!("/api/v1/cases/{reference}/notes"), Some(&token), Some("{")).await;
    assert_eq!(broken.json()["code"], "malformed-body", "{}", broken.body);
    assert!(broken.json()["message"].as_str().is_some_and(|m| !m.is_empty()), "{}", broken.body);
    // A multipart body without its boundary: a JSON problem too.
    let mut person = app.citizen("multipart.person@example.ma").await;
    let created = person.post("/account/apps", &[("name", "Mon application")]).await.body;
    let personal =
        created.split("id=\"new-token\">").nth(1).and_then(|s| s.split('<').next()).unwrap_or("").to_string();
    assert!(personal.starts_with("nfp_"), "{created}");
    let request = axum::http::Request::builder()
        .method(Method::POST)
        .uri("/api/v1/me/cases?procedure=life-certificate")
        .header("authorization", format!("Bearer {personal}"))
        .header("content-type", "multipart/form-data")
        .header("accept-language", "fr")
        .body(Body::from("garbage"))
        .unwrap();
    let r = app.request(request).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", r.body);
    assert_eq!(r.json()["code"], "malformed-body", "{}", r.body);
    assert!(r.json()["message"].as_str().is_some_and(|m| m.contains("illisible")), "{}", r.body);
    app.teardown().await;
}
