//! The law's guards on filing: a request goes only to an administration of a kind that handles
//! it, and a fee already paid with an electronic stamp is not charged again.

use axum::http::StatusCode;
use nafida_store::cases;
use nafida_test_support::{Backend, PDF, TestApp};

use crate::DbTest;

pub fn tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![
        requests_go_only_where_they_are_handled_and_a_stamp_pays_the_fee,
        a_refused_form_keeps_no_file_and_filings_are_limited,
        days_are_counted_in_moroccan_legal_time,
        an_appeal_is_open_for_thirty_days_after_a_refusal,
        consular_posts_count_their_host_countrys_holidays,
        an_etimbre_pays_one_request_once
    ]
}

async fn requests_go_only_where_they_are_handled_and_a_stamp_pays_the_fee(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut c = app.citizen("passport.law@example.fr").await;
    c.get("/lang/fr").await;
    let form = c.get("/catalogue/passport/start").await.body;
    assert!(form.contains("value=\"consulate-paris\"") && form.contains("value=\"al-hoceima-passports\""), "offered");
    assert!(!form.contains("value=\"al-hoceima-urban-agency\""), "the urban agency does not issue passports");
    let file = |place: &'static str, key: &'static str| {
        [
            ("idempotency_key", key),
            ("field_deposit_place", place),
            ("field_etimbre", "1234 5678 9012 3456"),
            ("field_urgent", "no"),
            ("field_application", "renewal"),
        ]
    };
    let files: &[(&str, &str, &[u8])] = &[("doc_photo", "photo.pdf", PDF), ("doc_birth-extract", "extrait.pdf", PDF)];
    let wrong = c
        .post_multipart("/catalogue/passport/start", &file("al-hoceima-urban-agency", "key-passport-law-001"), files)
        .await;
    assert_eq!(wrong.status, StatusCode::OK, "refused, the form shown again");
    assert!(wrong.body.contains("Choisissez une valeur dans la liste"), "{}", wrong.body);
    assert!(wrong.body.contains("1234 5678 9012 3456"), "what was typed is kept");
    let right =
        c.post_multipart("/catalogue/passport/start", &file("consulate-paris", "key-passport-law-002"), files).await;
    assert_eq!(right.status, StatusCode::SEE_OTHER, "{}", right.body);
    let reference = right.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string();
    let case = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    assert_eq!(case.org_id, "consulate-paris");
    assert!(!case.flags.has(nafida_domain::flags::Flag::AwaitingPayment), "the stamp paid the 500 DH");
    let page = c.get(&format!("/cases/{reference}")).await.body;
    assert!(!page.contains(&format!("action=\"/cases/{reference}/pay\"")), "nothing to pay online");
    app.teardown().await;
}

/// Files a life certificate at `post` (a form with nothing to pay).
async fn file_life_certificate(
    c: &mut nafida_test_support::Client<'_>,
    key: &str,
    post: &str,
) -> nafida_test_support::TestResponse {
    c.post_multipart(
        "/catalogue/life-certificate/start",
        &[("idempotency_key", key), ("field_post", post), ("field_pension_fund", "CMR"), ("field_home_visit", "no")],
        &[("doc_identity", "cnie.pdf", PDF)],
    )
    .await
}

async fn stored_files(app: &TestApp) -> usize {
    app.state.files().keys().await.unwrap().len()
}

async fn a_refused_form_keeps_no_file_and_filings_are_limited(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut c = app.citizen("flood@example.es").await;
    c.get("/lang/fr").await;
    let before = stored_files(&app).await;
    // The first file is good, the second unreadable: the form is refused and nothing is kept.
    let refused = c
        .post_multipart(
            "/catalogue/passport/start",
            &[
                ("idempotency_key", "key-flood-refused-0001"),
                ("field_deposit_place", "consulate-paris"),
                ("field_etimbre", "1234567890123456"),
                ("field_urgent", "no"),
                ("field_application", "renewal"),
            ],
            &[("doc_photo", "photo.pdf", PDF), ("doc_birth-extract", "extrait.pdf", b"%PDF-1.4 cut short")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::OK);
    assert!(refused.body.contains("est illisible"), "{}", refused.body);
    assert_eq!(stored_files(&app).await, before, "no file left behind by a refused form");
    // Twenty requests an hour; the twenty-first waits.
    for i in 0..21 {
        let key = format!("key-flood-{i:04}-abcdefgh");
        let r = file_life_certificate(&mut c, &key, "consulate-paris").await;
        if i < 20 {
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{i}: {}", r.body);
        } else {
            assert_eq!(r.status, StatusCode::OK);
            assert!(r.body.contains("beaucoup de demandes en peu de temps"), "{}", r.body);
            assert!(r.body.contains("CMR"), "what was typed is kept");
        }
    }
    app.teardown().await;
}

/// A request filed at 23:40 UTC on 30 November is filed at 00:40 on 1 December in Morocco
/// (UTC+1): its time limit runs from the Moroccan day, and its receipt says the Moroccan hour.
async fn days_are_counted_in_moroccan_legal_time(backend: Backend) {
    let app = TestApp::new(backend).await;
    app.citizen("night.owl@example.be").await;
    app.clock.advance_seconds(11 * 3600 + 40 * 60);
    let mut c = app.sign_in("night.owl@example.be").await;
    c.get("/lang/fr").await;
    let now = nafida_domain::clock::Clock::now(app.clock.as_ref()).millis();
    assert_eq!(nafida_domain::Date::from_millis(now).to_string(), "2026-11-30", "still the 30th in UTC");
    let r = file_life_certificate(&mut c, "key-night-owl-0001", "consulate-brussels").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let reference = r.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string();
    let case = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    let calendar = nafida_engine::clock::calendar(app.state.engine()).await.unwrap();
    let december = nafida_domain::Date::parse("2026-12-01").unwrap();
    let p = app.state.catalog().catalog.procedures.get("life-certificate").unwrap().deadline;
    assert_eq!(case.due_date, calendar.due_date(december, p.days, p.count, 0).to_string(), "counted from 1 December");
    let receipt = c.get(&format!("/cases/{reference}/receipt")).await.body;
    assert!(receipt.contains("01/12/2026 00:40 (Casablanca, GMT+1)"), "{receipt}");
    // Living in Canada (Toronto’s zone), the person reads the same request in her own hours.
    let saved = c.post("/account/profile", &[("lang", "fr"), ("residence_country", "CA"), ("channels", "email")]).await;
    assert_eq!(saved.status, StatusCode::OK, "{}", saved.body);
    let receipt = c.get(&format!("/cases/{reference}/receipt")).await.body;
    assert!(receipt.contains("30/11/2026 18:40 (Toronto, GMT-5)"), "{receipt}");
    // A zone chosen in the profile wins over the country's; an unknown one is refused.
    let bad = c
        .post(
            "/account/profile",
            &[("lang", "fr"), ("residence_country", "CA"), ("time_zone", "Mars/Olympus"), ("channels", "email")],
        )
        .await;
    assert!(bad.body.contains("Fuseau horaire inconnu") && bad.body.contains("Mars/Olympus"), "{}", bad.body);
    c.post(
        "/account/profile",
        &[("lang", "fr"), ("residence_country", "CA"), ("time_zone", "America/Vancouver"), ("channels", "email")],
    )
    .await;
    let receipt = c.get(&format!("/cases/{reference}/receipt")).await.body;
    assert!(receipt.contains("30/11/2026 15:40 (Vancouver, GMT-8)"), "{receipt}");
    // The paper receipt (law 55-19) states the Moroccan legal time, whoever reads it.
    let pdf = c.get(&format!("/cases/{reference}/receipt.pdf")).await;
    assert_eq!(pdf.header("content-type"), "application/pdf");
    app.teardown().await;
}

async fn an_appeal_is_open_for_thirty_days_after_a_refusal(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut c = app.citizen("late.appeal@example.be").await;
    let r = file_life_certificate(&mut c, "key-late-appeal-0001", "consulate-brussels").await;
    let reference = r.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string();
    let (mut consul, _) = app.staff("consul.appeal@example.ma", nafida_domain::Role::Agent, "consulate-brussels").await;
    let refused = consul
        .post(
            &format!("/staff/cases/{reference}/action"),
            &[("action", "reject"), ("motivation", "Aucune pension à ce nom auprès de la CMR.")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::SEE_OTHER, "{}", refused.body);
    app.clock.advance_seconds(31 * 86_400);
    let mut c = app.sign_in("late.appeal@example.be").await;
    c.get("/lang/fr").await;
    assert!(!c.get(&format!("/cases/{reference}")).await.body.contains("Former un recours"), "no longer offered");
    let late =
        c.post(&format!("/cases/{reference}/appeal"), &[("reason", "Je n’avais pas vu le message à temps.")]).await;
    assert!(late.body.contains("Le délai de recours contre cette décision est passé"), "{}", late.body);
    assert_eq!(cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap().status, "rejected");
    app.teardown().await;
}

/// The consulate in Brussels is closed on Belgium's National Day (21 July) as well as on
/// Morocco's holidays: a request filed there on Monday 19 July 2027 with five working days is
/// due on the 27th, not the 26th.
async fn consular_posts_count_their_host_countrys_holidays(backend: Backend) {
    let app = TestApp::new(backend).await;
    app.citizen("brussels.july@example.be").await;
    app.clock.advance_seconds(231 * 86_400);
    let mut c = app.sign_in("brussels.july@example.be").await;
    let now = nafida_domain::clock::Clock::now(app.clock.as_ref()).millis();
    assert_eq!(nafida_domain::Date::legal(now).to_string(), "2027-07-19");
    let r = file_life_certificate(&mut c, "key-brussels-july-01", "consulate-brussels").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let reference = r.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string();
    let case = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    assert_eq!(case.due_date, "2027-07-27", "Belgium's National Day counted");
    let moroccan = nafida_engine::clock::calendar(app.state.engine()).await.unwrap();
    let start = nafida_domain::Date::parse("2027-07-19").unwrap();
    assert_eq!(moroccan.due_date(start, 5, nafida_domain::catalog::DayCount::Working, 0).to_string(), "2027-07-26");
    app.teardown().await;
}

/// The e-Timbre is the passport's fee: malformed, unknown or already used, it is refused naming
/// what is wrong, keeping what was typed; a good one pays one request, never a second.
async fn an_etimbre_pays_one_request_once(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut c = app.citizen("stamp.once@example.be").await;
    c.get("/lang/fr").await;
    let files: &[(&str, &str, &[u8])] = &[("doc_photo", "photo.pdf", PDF), ("doc_birth-extract", "extrait.pdf", PDF)];
    let file = |code: &'static str, key: &'static str| {
        [
            ("idempotency_key", key),
            ("field_deposit_place", "consulate-brussels"),
            ("field_etimbre", code),
            ("field_urgent", "no"),
            ("field_application", "renewal"),
        ]
    };
    let cases_before = cases::for_applicant(&app.db.db, &app_account(&app, "stamp.once@example.be").await, None, 10)
        .await
        .unwrap()
        .len();
    for (code, key, message) in [
        ("1234 5678", "key-stamp-0001-abcdef", "comporte 16 chiffres"),
        ("9234 5678 9012 3456", "key-stamp-0002-abcdef", "Aucun e-Timbre de ce numéro n’est connu"),
        ("8234 5678 9012 3456", "key-stamp-0003-abcdef", "Cet e-Timbre a déjà payé une demande"),
    ] {
        let r = c.post_multipart("/catalogue/passport/start", &file(code, key), files).await;
        assert_eq!(r.status, StatusCode::OK, "{code}: refused");
        assert!(r.body.contains(message), "{code}: {}", r.body);
        assert!(r.body.contains(code), "what was typed is kept");
    }
    let paid = c
        .post_multipart("/catalogue/passport/start", &file("1234-5678-9012-3456", "key-stamp-0004-abcdef"), files)
        .await;
    assert_eq!(paid.status, StatusCode::SEE_OTHER, "{}", paid.body);
    // The same code again, written otherwise, for another request: refused.
    let again =
        c.post_multipart("/catalogue/passport/start", &file("1234567890123456", "key-stamp-0005-abcdef"), files).await;
    assert_eq!(again.status, StatusCode::OK);
    assert!(again.body.contains("Cet e-Timbre a déjà payé une demande"), "{}", again.body);
    // The same form sent twice is the same request, not a second use.
    let twice = c
        .post_multipart("/catalogue/passport/start", &file("1234-5678-9012-3456", "key-stamp-0004-abcdef"), files)
        .await;
    assert_eq!(twice.status, StatusCode::SEE_OTHER);
    let after = cases::for_applicant(&app.db.db, &app_account(&app, "stamp.once@example.be").await, None, 10)
        .await
        .unwrap()
        .len();
    assert_eq!(after - cases_before, 1, "one request, paid once");
    app.teardown().await;
}

async fn app_account(app: &TestApp, email: &str) -> String {
    nafida_store::accounts::find_by_email(&app.db.db, &nafida_domain::Email::parse(email).unwrap())
        .await
        .unwrap()
        .unwrap()
        .id
}
