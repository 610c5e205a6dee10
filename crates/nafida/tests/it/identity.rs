//! Identity assurance and the right to an act: an account's level raised at a counter (with
//! the code the person shows) or by the electronic identity, recorded and shown; a document
//! issued at once only to a holder whose checked identity matches the act; a relative's request
//! reviewed by the office with the proof, the act and the relation in view; a mismatch received
//! and flagged, never refused outright; and the holder seeing who obtained and consulted the
//! act.

use axum::http::StatusCode;
use nafida_domain::Role;
use nafida_store::{cases, documents};
use nafida_test_support::{Backend, PDF, TestApp};

use crate::DbTest;
use crate::documents::{OFFICE, import_register, reference_of};

pub fn tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![
        identity_is_raised_at_a_counter_or_by_the_electronic_identity,
        a_checked_holder_is_served_at_once_and_sees_who_obtained_the_act,
        a_mismatched_identity_is_received_and_flagged_for_review,
        every_document_kind_reads_well,
        identity_is_checked_from_a_document_sent_online
    ]
}

fn counter_code(page: &str) -> String {
    page.split("id=\"counter-code\">").nth(1).and_then(|s| s.split('<').next()).unwrap_or_default().to_string()
}

/// A consular agent checks the identity of `email`, whose client shows its code.
async fn check_at_counter(
    app: &TestApp,
    person: &mut nafida_test_support::Client<'_>,
    email: &str,
    birth_date: &str,
) -> nafida_test_support::TestResponse {
    let code = counter_code(&person.get("/account/identity").await.body);
    let (mut consul, _) = app
        .staff(
            &format!("guichet.{}@example.ma", email.split('@').next().unwrap_or("x")),
            Role::Agent,
            "consulate-brussels",
        )
        .await;
    consul.get("/lang/fr").await;
    consul
        .post(
            "/staff/identity",
            &[
                ("email", email),
                ("code", &code),
                ("document_kind", "cnie"),
                ("cnie", "R123456"),
                ("name_ar", "أمينة الإدريسي"),
                ("name_latin", "Amina El Idrissi"),
                ("birth_date", birth_date),
            ],
        )
        .await
}

/// Files a birth extract about Amina, delivered electronically, and pays it online.
async fn file_and_pay(
    c: &mut nafida_test_support::Client<'_>,
    key: &str,
    for_whom: &str,
    files: &[(&str, &str, &[u8])],
) -> String {
    let r = c
        .post_multipart(
            "/catalogue/birth-extract/start",
            &[
                ("idempotency_key", key),
                ("field_office", OFFICE),
                ("field_for_whom", for_whom),
                ("field_holder_name_ar", "أمينة الإدريسي"),
                ("field_holder_name_latin", "Amina El Idrissi"),
                ("field_birth_date", "1990-04-12"),
                ("field_copies", "1"),
                ("field_delivery", "electronic"),
            ],
            files,
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let reference = reference_of(&r);
    let checkout = c.post(&format!("/cases/{reference}/pay"), &[]).await.header("location").to_string();
    let paid = c.post(&checkout, &[("outcome", "paid")]).await;
    assert_eq!(paid.status, StatusCode::SEE_OTHER, "{}", paid.body);
    reference
}

async fn extracts(app: &TestApp, reference: &str) -> Vec<documents::IssuedDocument> {
    let case = cases::by_reference(&app.db.db, reference).await.unwrap().unwrap();
    documents::of_case(&app.db.db, &case.id).await.unwrap().into_iter().filter(|d| d.kind == "birth-extract").collect()
}

async fn identity_is_raised_at_a_counter_or_by_the_electronic_identity(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut amina = app.citizen("amina.id@example.be").await;
    amina.get("/lang/fr").await;
    let page = amina.get("/account/identity").await.body;
    assert!(page.contains("Adresse e-mail seulement"), "{page}");
    let code = counter_code(&page);
    assert_eq!(code.len(), 6, "{page}");

    // Only consular posts and the provincial cell check identities at a counter.
    let (mut clerk, _) = app.staff("etat.civil.id@example.ma", Role::Agent, OFFICE).await;
    assert_eq!(clerk.get("/staff/identity").await.status, StatusCode::FORBIDDEN);
    let (mut consul, _) = app.staff("consul.id@example.ma", Role::Agent, "consulate-brussels").await;
    consul.get("/lang/fr").await;
    let typed = |code: &'static str, cnie: &'static str, birth: &'static str| -> Vec<(&'static str, &'static str)> {
        vec![
            ("email", "amina.id@example.be"),
            ("code", code),
            ("document_kind", "cnie"),
            ("cnie", cnie),
            ("name_ar", "أمينة الإدريسي"),
            ("name_latin", "Amina El Idrissi"),
            ("birth_date", birth),
        ]
    };
    let wrong_code = if code == "000000" { "000001" } else { "000000" };
    let bad = consul.post("/staff/identity", &typed(wrong_code, "12", "1990-02-30")).await;
    assert_eq!(bad.status, StatusCode::OK);
    for msg in ["Le code est faux ou expiré", "Enter a real date", "CNIE"] {
        let msg = if msg == "Enter a real date" { "Saisissez une date réelle" } else { msg };
        assert!(bad.body.contains(msg), "{msg}: {}", bad.body);
    }
    assert!(bad.body.contains("value=\"Amina El Idrissi\""), "what was typed is kept");
    assert!(amina.get("/account/identity").await.body.contains("Adresse e-mail seulement"), "nothing recorded");
    let code: &'static str = Box::leak(code.into_boxed_str());
    let done = consul.post("/staff/identity", &typed(code, "R123456", "1990-04-12")).await;
    assert!(done.body.contains("Vérification enregistrée pour amina.id@example.be"), "{}", done.body);
    let page = amina.get("/account/identity").await.body;
    assert!(page.contains("Vérifiée par un agent"), "{page}");
    assert!(page.contains("Un agent au guichet") && page.contains("Bruxelles"), "who raised it and where: {page}");
    assert!(page.contains("(CNIE ••••456)"), "the number shown masked: {page}");
    assert!(!page.contains("R123456"), "never in clear");

    // The electronic identity (the test provider plays it).
    let mut karim = app.citizen("karim.id@example.fr").await;
    karim.get("/lang/fr").await;
    let go = karim.post("/account/identity/eid", &[]).await;
    assert_eq!(go.status, StatusCode::SEE_OTHER);
    let provider = go.header("location").to_string();
    assert!(provider.starts_with("/identity/test/"), "{provider}");
    assert_eq!(amina.get(&provider).await.status, StatusCode::NOT_FOUND, "another account's request");
    assert_eq!(karim.get(&format!("{provider}0")).await.status, StatusCode::NOT_FOUND, "a tampered request");
    let confirmed = karim
        .post(
            &provider,
            &[
                ("outcome", "confirm"),
                ("name_ar", "كريم التازي"),
                ("name_latin", "Karim Tazi"),
                ("birth_date", "1988-01-05"),
                ("cnie", "AB654321"),
            ],
        )
        .await;
    assert_eq!(confirmed.status, StatusCode::SEE_OTHER, "{}", confirmed.body);
    let page = karim.get("/account/identity").await.body;
    assert!(
        page.contains("Identité électronique nationale") && page.contains("Le fournisseur d’identité électronique")
    );
    // A request is valid a quarter of an hour.
    let later = karim.post("/account/identity/eid", &[]).await.header("location").to_string();
    app.clock.advance_seconds(16 * 60);
    assert_eq!(karim.get(&later).await.status, StatusCode::NOT_FOUND);
    app.teardown().await;
}

async fn a_checked_holder_is_served_at_once_and_sees_who_obtained_the_act(backend: Backend) {
    let app = TestApp::new(backend).await;
    import_register(&app).await;
    let mut amina = app.citizen("amina.holder@example.be").await;
    amina.get("/lang/fr").await;
    let checked = check_at_counter(&app, &mut amina, "amina.holder@example.be", "1990-04-12").await;
    assert!(checked.body.contains("Vérification enregistrée"), "{}", checked.body);
    assert!(amina.get("/account/acts").await.body.contains("Aucun acte n’est encore lié"));

    let own =
        file_and_pay(&mut amina, "key-holder-0001-abcdef", "self", &[("doc_applicant-id", "cnie.pdf", PDF)]).await;
    let case = cases::by_reference(&app.db.db, &own).await.unwrap().unwrap();
    assert_eq!(case.phase.as_str(), "approved", "issued at once to the checked holder");
    assert_eq!(extracts(&app, &own).await.len(), 1);

    // Her mother asks for it as an ascendant, with the family booklet: the office reviews it.
    let mut fatima = app.citizen("fatima.mother@example.be").await;
    fatima.get("/lang/fr").await;
    let mothers = file_and_pay(
        &mut fatima,
        "key-mother-0001-abcdef",
        "parent",
        &[("doc_applicant-id", "cnie.pdf", PDF), ("doc_family-link", "livret.pdf", PDF)],
    )
    .await;
    assert_eq!(cases::by_reference(&app.db.db, &mothers).await.unwrap().unwrap().phase.as_str(), "received");
    assert!(extracts(&app, &mothers).await.is_empty(), "a relative waits for the office");
    let (mut clerk, _) = app.staff("etat.civil.holder@example.ma", Role::Agent, OFFICE).await;
    clerk.get("/lang/fr").await;
    let page = clerk.get(&format!("/staff/cases/{mothers}")).await.body;
    let panel = page.split("id=\"issuance-review\"").nth(1).unwrap_or("");
    for text in [
        "un ascendant (père, mère, grand-parent)",
        "Livret de famille ou acte d’état civil prouvant le lien",
        "jointe",
        "Adresse e-mail seulement",
        "1234/1990",
        "فاطمة أمزيان · Fatima Amezian",
        "Vérifiez que la preuve jointe établit le lien",
    ] {
        assert!(panel.contains(text), "{text}: {panel}");
    }
    let approved = clerk.post(&format!("/staff/cases/{mothers}/action"), &[("action", "approve")]).await;
    assert_eq!(approved.status, StatusCode::SEE_OTHER, "{}", approved.body);
    assert_eq!(extracts(&app, &mothers).await.len(), 1);

    // Amina sees both issuances and the office's reading of her act; Fatima sees no act.
    let log = amina.get("/account/acts").await.body;
    for text in [
        "Acte de Naissance n° 1234/1990",
        "délivré à vous",
        "au titre de : titulaire de l’acte",
        "délivré à fatima.mother@example.be",
        "au titre de : ascendant",
        "Consulté par un agent",
        "examen d’une demande",
    ] {
        assert!(log.contains(text), "{text}: {log}");
    }
    assert!(fatima.get("/account/acts").await.body.contains("Aucun acte n’est encore lié"), "not the holder");
    app.teardown().await;
}

async fn a_mismatched_identity_is_received_and_flagged_for_review(backend: Backend) {
    let app = TestApp::new(backend).await;
    import_register(&app).await;
    let mut someone = app.citizen("someone.else@example.nl").await;
    someone.get("/lang/fr").await;
    // Checked, but born on another day than the act's holder.
    check_at_counter(&app, &mut someone, "someone.else@example.nl", "1991-04-12").await;
    let reference =
        file_and_pay(&mut someone, "key-mismatch-001-abcdef", "self", &[("doc_applicant-id", "cnie.pdf", PDF)]).await;
    assert_eq!(cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap().phase.as_str(), "received");
    assert!(extracts(&app, &reference).await.is_empty());
    let page = someone.get(&format!("/cases/{reference}")).await.body;
    assert!(page.contains("ne correspond pas au titulaire de l’acte") && page.contains("n’est pas refusée"), "{page}");
    let (mut clerk, _) = app.staff("etat.civil.mismatch@example.ma", Role::Agent, OFFICE).await;
    clerk.get("/lang/fr").await;
    let staff_page = clerk.get(&format!("/staff/cases/{reference}")).await.body;
    assert!(staff_page.contains("L’identité vérifiée ne correspond pas au titulaire"), "{staff_page}");
    assert!(staff_page.contains("la date de naissance") && staff_page.contains("1991-04-12"), "{staff_page}");
    // The office refuses, saying why: the payment is refunded with the refusal, and the person
    // is shown the way to have the act corrected if it is the act that is wrong.
    let refused = clerk
        .post(
            &format!("/staff/cases/{reference}/action"),
            &[("action", "reject"), ("motivation", "La pièce d’identité ne correspond pas au titulaire de l’acte.")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::SEE_OTHER, "{}", refused.body);
    let page = someone.get(&format!("/cases/{reference}")).await.body;
    assert!(page.contains("La pièce d’identité ne correspond pas"), "the reasons: {page}");
    assert!(page.contains("Les 20 DH payés vous sont remboursés"), "{page}");
    assert!(page.contains("revient sur le moyen de paiement utilisé"), "{page}");
    assert!(page.contains("href=\"/catalogue/name-correction\""), "{page}");
    // At the top, in one panel: refused, why, and what becomes of the money.
    let top = page.split("id=\"refusal\"").nth(1).and_then(|rest| rest.split("</div>").next()).unwrap_or("");
    assert!(top.contains("Votre demande a été refusée") && top.contains("ne correspond pas"), "{page}");
    assert!(top.contains("Les 20 DH payés vous sont remboursés"), "{top}");
    let case = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    let paid = nafida_store::payments::of_case(&app.db.db, &case.id).await.unwrap();
    assert_eq!(paid.iter().filter(|p| p.status == "paid").count(), 1);
    // Refusing again refunds nothing twice (the case is closed: the action is not offered).
    let again = clerk.post(&format!("/staff/cases/{reference}/action"), &[("action", "reject")]).await;
    assert_ne!(again.status, StatusCode::SEE_OTHER);
    app.teardown().await;
}

/// Every kind of document the platform issues, as a reader gets it: no two lines overlap, none
/// leaves the page, every letter has its glyph (the Tifinagh name too, in its own embedded
/// face), and Poppler draws each page. With NAFIDA_UPDATE_SAMPLES=1 the PDFs and their PNG
/// renderings are written to `docs/samples/` for people to look at.
async fn every_document_kind_reads_well(backend: Backend) {
    let app = TestApp::new(backend).await;
    import_register(&app).await;
    let mut amina = app.citizen("amina.samples@example.be").await;
    amina.get("/lang/fr").await;
    check_at_counter(&app, &mut amina, "amina.samples@example.be", "1990-04-12").await;
    let extract =
        file_and_pay(&mut amina, "key-sample-0001-abcdef", "self", &[("doc_applicant-id", "cnie.pdf", PDF)]).await;
    let r = amina
        .post_multipart(
            "/catalogue/birth-full-copy/start",
            &[
                ("idempotency_key", "key-sample-0002-abcdef"),
                ("field_office", OFFICE),
                ("field_for_whom", "self"),
                ("field_holder_name_ar", "أمينة الإدريسي"),
                ("field_holder_name_latin", "Amina El Idrissi"),
                ("field_birth_date", "1990-04-12"),
                ("field_copies", "1"),
                ("field_delivery", "electronic"),
            ],
            &[("doc_applicant-id", "cnie.pdf", PDF)],
        )
        .await;
    let full = reference_of(&r);
    let checkout = amina.post(&format!("/cases/{full}/pay"), &[]).await.header("location").to_string();
    amina.post(&checkout, &[("outcome", "paid")]).await;
    let receipt = amina.get(&format!("/cases/{extract}/receipt.pdf")).await;
    assert_eq!(receipt.status, StatusCode::OK);
    // A consular registration and a life certificate, approved by the Brussels consulate: each
    // issues its sealed certificate through the effect registry.
    let registration = amina
        .post_multipart(
            "/catalogue/consular-registration/start",
            &[
                ("idempotency_key", "key-sample-0003-abcdef"),
                ("field_post", "consulate-brussels"),
                ("field_residence_address", "Rue de la Loi 16, 1000 Bruxelles"),
                ("field_residence_since", "2015-09-01"),
            ],
            &[
                ("doc_identity", "cnie.pdf", PDF),
                ("doc_residence-permit", "titre.pdf", PDF),
                ("doc_proof-of-address", "facture.pdf", PDF),
            ],
        )
        .await;
    let registration = reference_of(&registration);
    let life = amina
        .post_multipart(
            "/catalogue/life-certificate/start",
            &[
                ("idempotency_key", "key-sample-0004-abcdef"),
                ("field_post", "consulate-brussels"),
                ("field_pension_fund", "CMR"),
                ("field_pension_number", "123456"),
                ("field_home_visit", "no"),
            ],
            &[("doc_identity", "cnie.pdf", PDF)],
        )
        .await;
    let life = reference_of(&life);
    let (mut consul, _) = app.staff("consul.samples@example.ma", Role::Agent, "consulate-brussels").await;
    for reference in [&registration, &life] {
        let approved = consul.post(&format!("/staff/cases/{reference}/action"), &[("action", "approve")]).await;
        assert_eq!(approved.status, StatusCode::SEE_OTHER, "{}", approved.body);
    }
    let card =
        documents::of_case(&app.db.db, &cases::by_reference(&app.db.db, &registration).await.unwrap().unwrap().id)
            .await
            .unwrap()
            .into_iter()
            .find(|d| d.kind == "consular-registration-card")
            .expect("the card is issued on approval");
    let verified = app.get_with(&format!("/verify/{}", card.code), &[("accept-language", "fr")]).await;
    assert_eq!(verified.status, StatusCode::OK);
    assert!(verified.body.contains("Carte d’immatriculation consulaire"), "{}", verified.body);

    let mut samples: Vec<(String, Vec<u8>)> = vec![("receipt".into(), receipt.bytes.clone())];
    for reference in [&extract, &full, &registration, &life] {
        let case = cases::by_reference(&app.db.db, reference).await.unwrap().unwrap();
        for d in documents::of_case(&app.db.db, &case.id).await.unwrap() {
            if samples.iter().any(|(k, _)| *k == d.kind) {
                continue;
            }
            let file = amina.get(&format!("/cases/{reference}/documents/{}", d.code)).await;
            assert_eq!(file.status, StatusCode::OK, "{}", d.kind);
            samples.push((d.kind.clone(), file.bytes.clone()));
        }
    }
    let mut kinds: Vec<&str> = samples.iter().map(|(k, _)| k.as_str()).collect();
    kinds.sort_unstable();
    assert_eq!(
        kinds,
        [
            "birth-extract",
            "birth-full-copy",
            "consular-registration-card",
            "life-certificate",
            "payment-receipt",
            "receipt"
        ]
    );
    assert_eq!(app.state.engine().layout_faults(), 0, "no overlapping or clipped line, no letter without its glyph");

    let dir = crate::support::TempDir::new();
    let update = std::env::var("NAFIDA_UPDATE_SAMPLES").as_deref() == Ok("1");
    let samples_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/samples");
    for (kind, bytes) in &samples {
        let pdf = dir.path().join(format!("{kind}.pdf"));
        std::fs::write(&pdf, bytes).unwrap();
        let fonts = std::process::Command::new("pdffonts").arg(&pdf).output();
        let Ok(fonts) = fonts else {
            assert!(std::env::var("NAFIDA_TEST_REQUIRE_PDFTOTEXT").as_deref() != Ok("1"), "poppler-utils is required");
            return app.teardown().await;
        };
        let fonts = String::from_utf8_lossy(&fonts.stdout).to_string();
        assert!(fonts.contains("Amiri") && !fonts.contains(" no "), "every font embedded: {fonts}");
        if kind.starts_with("birth-") {
            assert!(fonts.contains("NotoSansTifinagh"), "{kind}: the Tifinagh name has its face: {fonts}");
        }
        let png = dir.path().join(kind);
        let drawn = std::process::Command::new("pdftoppm")
            .args(["-png", "-r", "60", "-singlefile"])
            .arg(&pdf)
            .arg(&png)
            .status()
            .unwrap();
        assert!(drawn.success(), "{kind}: Poppler draws it");
        let png = dir.path().join(format!("{kind}.png"));
        assert!(std::fs::metadata(&png).unwrap().len() > 1000, "{kind}: a drawn page");
        if update {
            std::fs::create_dir_all(&samples_dir).unwrap();
            std::fs::copy(&pdf, samples_dir.join(format!("{kind}.pdf"))).unwrap();
            std::fs::copy(&png, samples_dir.join(format!("{kind}.png"))).unwrap();
        }
    }
    app.teardown().await;
}

/// The identity checked from a document sent online: a procedure of the catalogue whose
/// approval by the consulate's agent raises the account's level, recorded with the agent and
/// the request.
async fn identity_is_checked_from_a_document_sent_online(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut said = app.citizen("said.online@example.de").await;
    said.get("/lang/fr").await;
    let page = said.get("/account/identity").await.body;
    assert!(page.contains("href=\"/catalogue/identity-check/start\""), "{page}");
    let r = said
        .post_multipart(
            "/catalogue/identity-check/start",
            &[
                ("idempotency_key", "key-identity-online-01"),
                ("field_post", "consulate-brussels"),
                ("field_document_kind", "passport"),
                ("field_name_ar", "سعيد الوزاني"),
                ("field_name_latin", "Said Ouazzani"),
                ("field_birth_date", "1979-11-02"),
            ],
            &[("doc_identity-document", "passeport.pdf", PDF)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let reference = reference_of(&r);
    assert!(said.get("/account/identity").await.body.contains("Adresse e-mail seulement"), "not before review");
    let (mut consul, _) = app.staff("consul.online@example.ma", Role::Agent, "consulate-brussels").await;
    let approved = consul.post(&format!("/staff/cases/{reference}/action"), &[("action", "approve")]).await;
    assert_eq!(approved.status, StatusCode::SEE_OTHER, "{}", approved.body);
    let page = said.get("/account/identity").await.body;
    assert!(page.contains("Vérifiée par un agent"), "{page}");
    assert!(page.contains("Un agent a examiné la pièce d’identité envoyée") && page.contains("(Passeport)"), "{page}");
    let email = nafida_domain::Email::parse("said.online@example.de").unwrap();
    let account = nafida_store::accounts::find_by_email(&app.db.db, &email).await.unwrap().unwrap();
    let check = nafida_store::identity::current(&app.db.db, &account.id).await.unwrap().unwrap();
    let case = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    assert_eq!(
        (check.case_id.as_deref(), check.name_latin.as_deref()),
        (Some(case.id.as_str()), Some("Said Ouazzani"))
    );
    assert!(check.checked_by.is_some(), "the agent who checked");
    app.teardown().await;
}
