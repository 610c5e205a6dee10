//! Following a request without an account: its reference and the birth date of the person it
//! concerns show its stage and nothing more; a wrong date and an unknown reference get the same
//! answer; tries are limited per address.

use axum::http::StatusCode;
use nafida_domain::Role;
use nafida_engine::forms::Submitted;
use nafida_engine::i18n::Lang;
use nafida_store::cases::Filed;
use nafida_test_support::{Backend, PDF, TestApp};

use crate::DbTest;

pub fn tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![a_request_is_followed_by_its_number_and_birth_date]
}

fn between<'a>(body: &'a str, start: &str, end: &str) -> &'a str {
    let from = body.find(start).map_or(body.len(), |i| i + start.len());
    let to = body[from..].find(end).map_or(body.len(), |i| from + i);
    &body[from..to]
}

async fn a_request_is_followed_by_its_number_and_birth_date(backend: Backend) {
    let app = TestApp::new(backend).await;
    let engine = app.state.engine();
    let id = app.create_user("amina.track@example.be", "correct horse battery", Role::Citizen, None).await;
    let account = nafida_store::accounts::get(engine.db(), &id).await.unwrap().unwrap();
    let p = engine.catalog().catalog.procedures.get("birth-extract").unwrap();
    let mut form = Submitted::default();
    for (k, v) in [
        ("idempotency_key", "key-track-0001-abcdefgh"),
        ("field_office", "commune-imzouren-civil-status"),
        ("field_for_whom", "self"),
        ("field_holder_name_ar", "أمينة الإدريسي"),
        ("field_birth_date", "1990-04-12"),
        ("field_copies", "1"),
        ("field_delivery", "electronic"),
    ] {
        form.values.insert(k.into(), v.into());
    }
    form.files.insert("doc_applicant-id".into(), vec![("cnie.pdf".into(), PDF.to_vec())]);
    let Ok(Filed::Created(c)) = nafida_engine::cases::filing::file(engine, &account, p, &form, Lang::Fr).await.unwrap()
    else {
        unreachable!()
    };
    let mut visitor = app.client();
    let page = visitor.get("/track").await;
    assert_eq!(page.status, StatusCode::OK);
    // Found: the stage, since when, the decision date, what comes next; no name.
    let found =
        visitor.post("/track", &[("reference", &c.reference.to_lowercase()), ("birth_date", "1990-04-12")]).await;
    assert_eq!(found.status, StatusCode::OK);
    let stage = between(&found.body, "id=\"stage-title\"", "</section>");
    assert!(stage.contains(&c.reference), "{}", found.body);
    assert!(stage.contains("Déposé") || stage.contains("Reçue") || stage.contains("Attente"), "{stage}");
    assert!(stage.contains("La suite"));
    assert!(!found.body.contains("أمينة الإدريسي"), "nothing personal");
    // A wrong birth date and an unknown number: one answer, word for word.
    let wrong = visitor.post("/track", &[("reference", &c.reference), ("birth_date", "1991-04-12")]).await;
    let unknown = visitor.post("/track", &[("reference", "AH-26-99999999"), ("birth_date", "1990-04-12")]).await;
    let answer = |b: &str| between(b, "role=\"status\">", "</div>").to_string();
    assert_eq!(answer(&wrong.body), answer(&unknown.body));
    assert!(answer(&wrong.body).contains("Aucune demande ne correspond"), "{}", wrong.body);
    assert!(!wrong.body.contains("id=\"stage-title\""));
    // Bad input keeps what was typed; in Arabic, right to left.
    let bad = visitor.post_raw("/track", &[]).await;
    assert_ne!(bad.status, StatusCode::INTERNAL_SERVER_ERROR);
    let mut ar = app.client();
    ar.get("/lang/ar?next=/track").await;
    let typo = ar.post("/track", &[("reference", "AH-26-1"), ("birth_date", "12/04/1990")]).await;
    assert!(typo.body.contains("dir=\"rtl\""));
    assert!(typo.body.contains("value=\"AH-26-1\""), "{}", typo.body);
    // At most twenty tries per quarter of an hour from one address.
    for _ in 0..20 {
        visitor.post("/track", &[("reference", "AH-26-99999999"), ("birth_date", "1990-04-12")]).await;
    }
    let limited = visitor.post("/track", &[("reference", &c.reference), ("birth_date", "1990-04-12")]).await;
    assert!(limited.body.contains("Trop de tentatives") || limited.body.contains("Too many"), "{}", limited.body);
    assert!(!limited.body.contains("id=\"stage-title\""));
    app.teardown().await;
}
