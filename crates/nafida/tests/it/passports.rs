//! A passport from the pre-application to the handover: filed at the Brussels consulate with
//! its e-Timbre, biometrics recorded by the post, the production stages moved by the passport
//! service's own system through the partner API (at any post, for passports only), the person
//! told when it is ready, the handover recorded with the identity document checked.

use axum::http::{Method, StatusCode};
use nafida_domain::Role;
use nafida_store::cases;
use nafida_test_support::{Backend, PDF, TestApp, TestResponse};

use crate::DbTest;

pub fn tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![
        a_passport_goes_through_its_production_stages,
        an_identity_card_is_renewed_at_the_consulate,
        an_unverified_stamp_is_checked_at_the_counter
    ]
}

async fn api(app: &TestApp, path: &str, token: &str, body: &str) -> TestResponse {
    crate::api::call(app, Method::POST, path, Some(token), Some(body)).await
}

use crate::api::token_for;

async fn a_passport_goes_through_its_production_stages(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut amina = app.citizen("amina.passport@example.be").await;
    amina.get("/lang/fr").await;
    let filed = amina
        .post_multipart(
            "/catalogue/passport/start",
            &[
                ("idempotency_key", "key-passport-0001-abcdef"),
                ("field_deposit_place", "consulate-brussels"),
                ("field_etimbre", "1111 2222 3333 4444"),
                ("field_urgent", "no"),
                ("field_application", "renewal"),
            ],
            &[("doc_photo", "photo.pdf", PDF), ("doc_birth-extract", "extrait.pdf", PDF)],
        )
        .await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER, "{}", filed.body);
    let reference = filed.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string();
    let path = format!("/api/v1/cases/{reference}/transitions");

    // The post's passport desk: the request's page offers its biometrics appointment, which is
    // booked for this request.
    let chief = nafida_engine::Actor::Staff {
        account_id: "chief".into(),
        role: Role::Supervisor,
        org: nafida_domain::OrgId::parse("consulate-brussels").unwrap(),
    };
    let desk = nafida_engine::appointments::DeskInput {
        desk: "passport".into(),
        procedure_id: "passport".into(),
        hours: "mon-fri 09:00-12:00".into(),
        slot_minutes: "20".into(),
        capacity: "2".into(),
        card_quota: "0".into(),
        horizon_days: "30".into(),
        cancel_hours: "24".into(),
    };
    let calendar = nafida_engine::appointments::save_desk(app.state.engine(), &chief, "consulate-brussels", &desk)
        .await
        .unwrap()
        .unwrap();
    let case_page = amina.get(&format!("/cases/{reference}")).await.body;
    let book = format!("/appointments/new?calendar={calendar}&amp;case={reference}");
    assert!(case_page.contains(&book), "{case_page}");
    let form = amina.get(&book.replace("&amp;", "&")).await.body;
    let slot = form.split("name=\"slot\" value=\"").nth(1).and_then(|s| s.split('"').next()).unwrap().to_string();
    let key =
        form.split("name=\"idempotency_key\" value=\"").nth(1).and_then(|s| s.split('"').next()).unwrap().to_string();
    let booked = amina
        .post(
            "/appointments",
            &[("calendar", &calendar), ("case", &reference), ("slot", &slot), ("idempotency_key", &key)],
        )
        .await;
    assert_eq!(booked.status, StatusCode::SEE_OTHER, "{}", booked.body);
    let appointment = amina.get(booked.header("location")).await.body;
    assert!(appointment.contains(&format!("href=\"/cases/{reference}\"")), "tied to the request: {appointment}");

    // The production service cannot skip the biometrics; another post's system sees nothing.
    let service = token_for(&app, "al-hoceima-passports").await;
    let early = api(&app, &path, &service, r#"{"action":"mark-produced"}"#).await;
    assert!(early.status.is_client_error() && early.status != StatusCode::NOT_FOUND, "{}", early.body);
    let paris = token_for(&app, "consulate-paris").await;
    assert_eq!(api(&app, &path, &paris, r#"{"action":"record-biometrics"}"#).await.status, StatusCode::NOT_FOUND);

    // The post records the biometrics at the appointment and sends the file for production.
    let (mut agent, _) = app.staff("guichet.passeports@example.be", Role::Agent, "consulate-brussels").await;
    // The counter's day shows the appointment with its request.
    let day = nafida_domain::legal_time::millis_to_local("Europe/Brussels", slot.parse().unwrap()).0;
    let counter = agent.get(&format!("/staff/appointments?calendar={calendar}&day={day}")).await.body;
    assert!(counter.contains(&format!("href=\"/staff/cases/{reference}\"")), "{counter}");
    for action in ["record-biometrics", "send-for-production"] {
        let r = agent.post(&format!("/staff/cases/{reference}/action"), &[("action", action)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{action}: {}", r.body);
    }
    // The passport service's system moves it on, to "ready for pickup".
    for action in ["mark-produced", "dispatch", "mark-ready"] {
        let r = api(&app, &path, &service, &format!(r#"{{"action":"{action}"}}"#)).await;
        assert!(r.status.is_success(), "{action}: {} {}", r.status, r.body);
    }
    let case = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    assert_eq!(case.status, "ready-for-pickup");
    // She is told where and until when to collect it: 90 days from the day it is ready.
    let mail = app.last_mail_to("amina.passport@example.be").await;
    assert!(mail.text.contains(&reference), "she is told: {}", mail.text);
    assert!(mail.subject.contains("prête à retirer"), "{}", mail.subject);
    assert!(mail.text.contains("Bruxelles") && mail.text.contains("28/02/2027"), "{}", mail.text);
    let page = amina.get(&format!("/cases/{reference}")).await;
    assert!(page.body.contains("Prêt à retirer"), "{}", page.body);
    assert!(page.body.contains("28/02/2027"), "the pickup deadline: {}", page.body);
    // The handover is the post's: the production service's system may not record it.
    let handover =
        api(&app, &path, &service, r#"{"action":"hand-over","motivation":"CNIE AB123456 présentée."}"#).await;
    assert!(handover.status.is_client_error() && handover.status != StatusCode::NOT_FOUND, "{}", handover.body);
    assert!(handover.body.contains("production-stages-only"), "{}", handover.body);
    // A passport service's system follows passports only: a birth extract elsewhere is not its.
    let other = amina
        .post_multipart(
            "/catalogue/life-certificate/start",
            &[
                ("idempotency_key", "key-passport-0002-abcdef"),
                ("field_post", "consulate-brussels"),
                ("field_pension_fund", "CMR"),
                ("field_home_visit", "no"),
            ],
            &[("doc_identity", "cnie.pdf", PDF)],
        )
        .await;
    let life = other.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string();
    let foreign = api(&app, &format!("/api/v1/cases/{life}/transitions"), &service, r#"{"action":"approve"}"#).await;
    assert_eq!(foreign.status, StatusCode::NOT_FOUND);

    // The handover needs the identity document checked, written down.
    let bare = agent.post(&format!("/staff/cases/{reference}/action"), &[("action", "hand-over")]).await;
    assert_eq!(bare.status, StatusCode::OK, "refused, the page shown again");
    let done = agent
        .post(
            &format!("/staff/cases/{reference}/action"),
            &[("action", "hand-over"), ("motivation", "CNIE AB123456 présentée et vérifiée.")],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap().status, "handed-over");
    app.teardown().await;
}

/// The national identity card renewed from abroad: the same production stages as the passport;
/// its fee is paid (here at the counter) before it can be ready; the person, without signing in,
/// finds it ready in Arabic with where and until when to collect it.
async fn an_identity_card_is_renewed_at_the_consulate(backend: Backend) {
    let app = TestApp::new(backend).await;
    let id = app.create_user("karim.cnie@example.be", "correct horse battery", Role::Citizen, None).await;
    let mut profile = nafida_store::profiles::get(&app.db.db, &id).await.unwrap();
    profile.birth_date = Some("1988-02-29".into());
    nafida_store::profiles::save(&app.db.db, &id, &profile, 0).await.unwrap();
    let mut karim = app.sign_in("karim.cnie@example.be").await;
    let filed = karim
        .post_multipart(
            "/catalogue/cnie/start",
            &[
                ("idempotency_key", "key-cnie-0001-abcdefgh"),
                ("field_deposit_place", "consulate-brussels"),
                ("field_application", "renewal"),
                ("field_cnie", "AB123456"),
            ],
            &[("doc_photo", "photo.pdf", PDF)],
        )
        .await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER, "{}", filed.body);
    let reference = filed.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string();
    let case = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    assert_eq!((case.org_id.as_str(), case.status.as_str()), ("consulate-brussels", "submitted"));

    let (mut agent, _) = app.staff("guichet.cnie@example.be", Role::Agent, "consulate-brussels").await;
    for action in ["record-biometrics", "send-for-production"] {
        let r = agent.post(&format!("/staff/cases/{reference}/action"), &[("action", action)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{action}: {}", r.body);
    }
    let path = format!("/api/v1/cases/{reference}/transitions");
    let service = token_for(&app, "al-hoceima-passports").await;
    for action in ["mark-produced", "dispatch"] {
        let r = api(&app, &path, &service, &format!(r#"{{"action":"{action}"}}"#)).await;
        assert!(r.status.is_success(), "{action}: {} {}", r.status, r.body);
    }
    // Not ready while its fee is unpaid; the agent records the payment made at the counter.
    let unpaid = api(&app, &path, &service, r#"{"action":"mark-ready"}"#).await;
    assert!(unpaid.status.is_client_error(), "{}", unpaid.body);
    assert!(unpaid.body.contains("awaiting-payment"), "{}", unpaid.body);
    let paid = agent.post(&format!("/staff/cases/{reference}/payments"), &[("receipt_number", "BXL-2026/77")]).await;
    assert_eq!(paid.status, StatusCode::SEE_OTHER, "{}", paid.body);
    let ready = api(&app, &path, &service, r#"{"action":"mark-ready"}"#).await;
    assert!(ready.status.is_success(), "{}", ready.body);

    // Found without an account, in Arabic: the stage, and where and until when to collect it.
    let mut visitor = app.client();
    visitor.get("/lang/ar").await;
    let form = visitor.get("/track").await;
    assert_eq!(form.status, StatusCode::OK);
    let found = visitor.post("/track", &[("reference", &reference), ("birth_date", "1988-02-29")]).await;
    assert_eq!(found.status, StatusCode::OK);
    assert!(found.body.contains("جاهز للسحب"), "{}", found.body);
    assert!(found.body.contains("28/02/2027") && found.body.contains("يسحب شخصيا"), "{}", found.body);
    let wrong = visitor.post("/track", &[("reference", &reference), ("birth_date", "1988-03-01")]).await;
    assert!(!wrong.body.contains("جاهز للسحب"), "{}", wrong.body);
    app.teardown().await;
}

/// Without the DGI's connection an e-Timbre is taken for its format and its single use, and the
/// agent checks its purchase at the counter: until then the passport cannot be ready.
async fn an_unverified_stamp_is_checked_at_the_counter(backend: Backend) {
    let settings = nafida_web::state::WebSettings { test_identity: true, ..Default::default() };
    let app = TestApp::with_settings(backend, settings).await;
    let mut amina = app.citizen("amina.stamp@example.be").await;
    amina.get("/lang/fr").await;
    let filed = amina
        .post_multipart(
            "/catalogue/passport/start",
            &[
                ("idempotency_key", "key-stamp-0001-abcdefgh"),
                ("field_deposit_place", "consulate-brussels"),
                ("field_etimbre", "9999 0000 1111 2222"),
                ("field_urgent", "no"),
                ("field_application", "first"),
            ],
            &[("doc_photo", "photo.pdf", PDF)],
        )
        .await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER, "not connected, a well-formed code is taken: {}", filed.body);
    let reference = filed.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string();
    let case = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    assert!(case.flags.has(nafida_domain::flags::Flag::StampToCheck));

    let (mut agent, _) = app.staff("guichet.timbre@example.be", Role::Agent, "consulate-brussels").await;
    agent.get("/lang/fr").await;
    let page = agent.get(&format!("/staff/cases/{reference}")).await.body;
    assert!(
        page.contains("action=\"/staff/cases/{reference}/stamp-checked\"".replace("{reference}", &reference).as_str()),
        "{page}"
    );
    for action in ["record-biometrics", "send-for-production", "mark-produced", "dispatch"] {
        let r = agent.post(&format!("/staff/cases/{reference}/action"), &[("action", action)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{action}: {}", r.body);
    }
    let early = agent.post(&format!("/staff/cases/{reference}/action"), &[("action", "mark-ready")]).await;
    assert_eq!(early.status, StatusCode::OK, "refused, the page shown again");
    assert!(early.body.contains("vérifiez son achat"), "{}", early.body);
    let checked = agent.post(&format!("/staff/cases/{reference}/stamp-checked"), &[]).await;
    assert_eq!(checked.status, StatusCode::SEE_OTHER, "{}", checked.body);
    let again = agent.post(&format!("/staff/cases/{reference}/stamp-checked"), &[]).await;
    assert!(again.status.is_client_error(), "nothing left to check: {}", again.status);
    let ready = agent.post(&format!("/staff/cases/{reference}/action"), &[("action", "mark-ready")]).await;
    assert_eq!(ready.status, StatusCode::SEE_OTHER, "{}", ready.body);
    assert_eq!(cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap().status, "ready-for-pickup");
    // The same code does not pay a second request, connected or not.
    let twice = amina
        .post_multipart(
            "/catalogue/passport/start",
            &[
                ("idempotency_key", "key-stamp-0002-abcdefgh"),
                ("field_deposit_place", "consulate-brussels"),
                ("field_etimbre", "9999000011112222"),
                ("field_urgent", "no"),
                ("field_application", "first"),
            ],
            &[("doc_photo", "photo.pdf", PDF)],
        )
        .await;
    assert_eq!(twice.status, StatusCode::OK, "refused, the form shown again");
    assert!(twice.body.contains("déjà payé une demande"), "{}", twice.body);
    app.teardown().await;
}
