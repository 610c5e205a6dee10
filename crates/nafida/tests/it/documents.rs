//! Civil-status documents end to end: an order matched to the register, paid at a counter,
//! reviewed by the office and issued as a sealed bilingual PDF, verified by anyone (by code, by
//! file, offline with the command line), a changed byte or changed data refused, revocation
//! shown, a request with no act in the register refused with its reason, and nothing issued to
//! whoever types another person's name.

use std::process::Command;

use axum::http::StatusCode;
use nafida_domain::Role;
use nafida_store::{cases, civil, documents};
use nafida_test_support::{Backend, PDF, TestApp};

use crate::DbTest;
use crate::support::{TempDir, nafida, run};

pub fn tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![
        an_extract_is_issued_verified_and_revoked,
        paying_online_then_review_or_a_correction,
        offices_are_found_however_spelt_and_declarations_keep_their_window,
        transcriptions_enter_the_register_and_the_family_booklet,
        posted_extracts_show_their_tracking_number,
        a_name_correction_reviewed_corrects_the_register,
        a_new_signing_key_keeps_older_documents_valid,
        an_approval_and_its_effects_commit_together_or_not_at_all,
        nobody_obtains_another_persons_act_without_review
    ]
}

/// The civil-status office whose register the tests load.
pub(crate) const OFFICE: &str = "commune-imzouren-civil-status";
const REGISTER: &str = include_str!("../../../../data/civil/imzouren-sample.csv");

/// Loads the sample register of [`OFFICE`].
pub(crate) async fn import_register(app: &TestApp) {
    let today = nafida_domain::Date::from_millis(nafida_test_support::T0.millis());
    let acts: Vec<_> =
        nafida_domain::civil::parse_csv(REGISTER.as_bytes(), today).unwrap().into_iter().map(|(_, a)| a).collect();
    civil::import(&app.db.db, OFFICE, &acts, "import", 0).await.unwrap();
}

/// The case reference a filing redirected to (`/cases/{ref}/receipt`).
pub(crate) fn reference_of(r: &nafida_test_support::TestResponse) -> String {
    r.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string()
}

/// The profile the register needs to enter Amina's acts (her name in Arabic, her IDCS).
async fn save_amina_profile(app: &TestApp, account_id: &str) {
    let profile = nafida_store::profiles::Profile {
        name_ar: Some("أمينة الإدريسي".into()),
        name_latin: Some("Amina El Idrissi".into()),
        birth_date: Some("1990-04-12".into()),
        idcs: Some("1234567890".into()),
        channels: "email".into(),
        ..nafida_store::profiles::Profile::default()
    };
    nafida_store::profiles::save(&app.db.db, account_id, &profile, 0).await.unwrap();
}

/// Files the transcription of a marriage in Belgium at `post`.
async fn file_marriage(
    c: &mut nafida_test_support::Client<'_>,
    key: &str,
    post: &str,
) -> nafida_test_support::TestResponse {
    c.post_multipart(
        "/catalogue/marriage-transcription/start",
        &[
            ("idempotency_key", key),
            ("field_post", post),
            ("field_spouse_name_latin", "Youssef Tahiri"),
            ("field_marriage_date", "2025-06-01"),
            ("field_marriage_country", "BE"),
        ],
        &[
            ("doc_foreign-marriage-act", "acte.pdf", PDF),
            ("doc_translation", "trad.pdf", PDF),
            ("doc_spouses-id", "id.pdf", PDF),
        ],
    )
    .await
}

/// Whether Poppler's pdftotext is here (CI installs it; NAFIDA_TEST_REQUIRE_PDFTOTEXT=1 makes
/// its absence a failure).
pub fn pdftotext(file: &std::path::Path) -> Option<String> {
    match Command::new("pdftotext").arg(file).arg("-").output() {
        Ok(out) if out.status.success() => Some(String::from_utf8_lossy(&out.stdout).into_owned()),
        _ => {
            assert!(
                std::env::var("NAFIDA_TEST_REQUIRE_PDFTOTEXT").as_deref() != Ok("1"),
                "pdftotext (poppler-utils) is required"
            );
            None
        }
    }
}

async fn file_order(c: &mut nafida_test_support::Client<'_>, key: &str, name_ar: &str, birth: &str) -> String {
    let r = c
        .post_multipart(
            "/catalogue/birth-extract/start",
            &[
                ("idempotency_key", key),
                ("field_office", OFFICE),
                ("field_for_whom", "self"),
                ("field_holder_name_ar", name_ar),
                ("field_holder_name_latin", "amina el-idrissi"),
                ("field_birth_date", birth),
                ("field_copies", "2"),
                ("field_delivery", "electronic"),
            ],
            &[("doc_applicant-id", "cnie.pdf", PDF)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    reference_of(&r)
}

async fn an_extract_is_issued_verified_and_revoked(backend: Backend) {
    let app = TestApp::new(backend).await;
    import_register(&app).await;
    let mut amina = app.citizen("amina.extract@example.be").await;
    amina.get("/lang/fr").await;
    let (mut agent, _) = app.staff("etat.civil@example.ma", Role::Agent, OFFICE).await;

    // No act for this name and date: approval is refused with its reason.
    let unknown = file_order(&mut amina, "key-extract-0000-abcdef", "أمينة الإدريسي", "1991-04-12").await;
    let refused = agent.post(&format!("/staff/cases/{unknown}/action"), &[("action", "approve")]).await;
    assert_eq!(refused.status, StatusCode::OK);
    assert!(refused.body.contains("Aucun acte du registre ne correspond"), "{}", refused.body);
    assert_eq!(cases::by_reference(&app.db.db, &unknown).await.unwrap().unwrap().phase.as_str(), "received");

    // Matched across spellings ("amina el-idrissi"); not paid yet, it cannot be approved.
    let reference = file_order(&mut amina, "key-extract-0001-abcdef", "امينة الادريسي", "1990-04-12").await;
    let unpaid = agent.post(&format!("/staff/cases/{reference}/action"), &[("action", "approve")]).await;
    assert!(unpaid.body.contains("pas encore payée"), "{}", unpaid.body);
    // Paid at a counter (two copies: 40 dirhams), then approving issues the extract.
    let page = agent.get(&format!("/staff/cases/{reference}")).await.body;
    assert!(page.contains("40 dirhams"), "the price, per copy");
    let bad = agent.post(&format!("/staff/cases/{reference}/payments"), &[("receipt_number", "x")]).await;
    assert!(bad.body.contains("numéro de quittance"));
    let paid = agent.post(&format!("/staff/cases/{reference}/payments"), &[("receipt_number", "Q-2026/00417")]).await;
    assert_eq!(paid.status, StatusCode::SEE_OTHER);
    assert!(amina.get(&format!("/cases/{reference}")).await.body.contains("Quittance n° Q-2026/00417"));
    // Paid, its act in the register: nothing is issued before the office reviews her right to
    // it (an e-mail address says nothing of who holds an act); she is told what it checks.
    let case = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    assert_eq!((case.phase.as_str(), case.flags.stored().as_str()), ("received", ""));
    let kinds = |docs: Vec<documents::IssuedDocument>| docs.into_iter().map(|d| d.kind).collect::<Vec<_>>();
    assert_eq!(kinds(documents::of_case(&app.db.db, &case.id).await.unwrap()), ["payment-receipt"]);
    let page = amina.get(&format!("/cases/{reference}")).await.body;
    assert!(page.contains("Le bureau vérifie qu’il peut vous le délivrer"), "{page}");
    let approved = agent.post(&format!("/staff/cases/{reference}/action"), &[("action", "approve")]).await;
    assert_eq!(approved.status, StatusCode::SEE_OTHER, "{}", approved.body);
    let case = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    assert_eq!(case.phase.as_str(), "approved");
    let issued: Vec<_> = documents::of_case(&app.db.db, &case.id)
        .await
        .unwrap()
        .into_iter()
        .filter(|d| d.kind == "birth-extract")
        .collect();
    assert_eq!(issued.len(), 1);
    let code = issued[0].code.clone();
    let page = amina.get(&format!("/cases/{reference}")).await.body;
    assert!(page.contains("Extrait d’acte de naissance") && page.contains(&format!("/documents/{code}")));
    assert!(page.contains("Reçu de paiement"), "the payment receipt is a document too");
    let pdf = amina.get(&format!("/cases/{reference}/documents/{code}")).await;
    assert_eq!(pdf.status, StatusCode::OK);
    assert_eq!(pdf.header("content-type"), "application/pdf");
    let bytes = pdf.bytes.clone();
    assert!(bytes.starts_with(b"%PDF-1.7"));
    // Nobody else downloads it.
    let mut other = app.citizen("other.extract@example.be").await;
    assert_eq!(other.get(&format!("/cases/{reference}/documents/{code}")).await.status, StatusCode::NOT_FOUND);

    // The file holds the Arabic name in reading order (Poppler's pdftotext strips nothing we
    // wrote; its bidi marks are removed before comparing).
    let dir = TempDir::new();
    let path = dir.path().join("extract.pdf");
    std::fs::write(&path, &bytes).unwrap();
    if let Some(text) = pdftotext(&path) {
        let text: String =
            text.chars().filter(|c| !matches!(c, '\u{202A}'..='\u{202E}' | '\u{200E}' | '\u{200F}')).collect();
        assert!(text.contains("أمينة الإدريسي"), "{text}");
        assert!(text.contains("Amina El Idrissi") && text.contains("Extrait d’acte de naissance"));
        assert!(text.contains("N° 1234 de 1990"), "{text}");
        // The Tifinagh name is text too (its own face's ToUnicode map), the Hijri date is beside
        // the Gregorian one, the office and the officer are named.
        assert!(text.contains("ⴰⵎⵉⵏⴰ"), "{text}");
        assert!(text.contains("12/04/1990 — 16 ramadan 1410 H"), "{text}");
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains("Approuvé par etat.civil@example.ma"), "{flat}");
        assert!(flat.contains("scellé au nom de Bureau d’état civil d’Imzouren avec sa clé"), "{flat}");
    }

    // Anyone checks it: by code, and by file; a changed byte or changed data fails.
    let mut anyone = app.client();
    anyone.get("/lang/fr").await;
    let shown = anyone.get(&format!("/verify/{code}")).await;
    assert_eq!(shown.status, StatusCode::OK);
    assert!(shown.body.contains("Document valide") && shown.body.contains("أمينة الإدريسي"));
    assert!(!shown.body.contains("Fatima Amezian"), "only what is needed to compare");
    // Dates as the paper writes them.
    assert!(shown.body.contains("12/04/1990") && !shown.body.contains("1990-04-12"), "{}", shown.body);
    assert!(anyone.get("/verify/lookup?code=").await.body.contains("10 lettres"));
    let typed = anyone.get(&format!("/verify/lookup?code={}", code.to_lowercase())).await;
    assert_eq!(typed.header("location"), format!("/verify/{code}"));
    let upload = |bytes: Vec<u8>| {
        let mut c = app.client();
        async move {
            c.get("/lang/fr").await;
            c.post_multipart("/verify/file", &[], &[("file", "extract.pdf", &bytes)]).await
        }
    };
    let good = upload(bytes.clone()).await;
    assert!(good.body.contains("authentique") && good.body.contains("Document valide"), "{}", good.body);
    let mut changed = bytes.clone();
    let at = changed.len() / 2;
    changed[at] ^= 0x20;
    let bad = upload(changed).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("modifié après sa délivrance") || bad.body.contains("pas un document"), "{}", bad.body);
    let data_at = bytes.windows(13).position(|w| w == b"/NafidaData (").unwrap() + 20;
    let mut other_data = bytes.clone();
    other_data[data_at] = if other_data[data_at] == b'A' { b'B' } else { b'A' };
    assert!(upload(other_data).await.body.contains("modifié après sa délivrance"));
    let cut = upload(bytes[..bytes.len() / 2].to_vec()).await;
    assert!(cut.body.contains("pas un document délivré par Nafida"));
    assert_eq!(anyone.get("/verify/7K3M9QX4P0").await.status, StatusCode::NOT_FOUND);

    // Offline, with the command line: the keys saved from /verify/keys.
    let keys = anyone.get("/verify/keys").await;
    let keys_file = dir.path().join("keys.json");
    std::fs::write(&keys_file, &keys.body).unwrap();
    let out = run(nafida(&["verify", &path.display().to_string(), "--keys", &keys_file.display().to_string()]));
    assert!(out.status.success() && out.stdout.contains(&format!("authentic: birth-extract {code}")), "{out:?}");
    // Who sealed it: the office, with its own key; who approved it: the officer.
    assert!(out.stdout.contains("sealed by Bureau d’état civil d’Imzouren with key"), "{out:?}");
    assert!(out.stdout.contains("approved by etat.civil@example.ma"), "{out:?}");
    let forged = dir.path().join("forged.pdf");
    let mut f = bytes.clone();
    f[200] ^= 0x01;
    std::fs::write(&forged, &f).unwrap();
    let out = run(nafida(&["verify", &forged.display().to_string(), "--keys", &keys_file.display().to_string()]));
    assert!(!out.status.success() && out.stderr.contains("NOT VALID"), "{out:?}");

    // The law 55-19 receipt is a sealed PDF too, the same file each time.
    let receipt = amina.get(&format!("/cases/{reference}/receipt.pdf")).await;
    assert_eq!(receipt.header("content-type"), "application/pdf");
    assert_eq!(amina.get(&format!("/cases/{reference}/receipt.pdf")).await.bytes, receipt.bytes);
    let checked = upload(receipt.bytes.clone()).await;
    assert!(
        checked.body.contains("Document valide") && checked.body.contains("Récépissé de dépôt"),
        "{}",
        checked.body
    );
    assert_eq!(other.get(&format!("/cases/{reference}/receipt.pdf")).await.status, StatusCode::NOT_FOUND);
    // It lists what was deposited and says what the administration's silence means.
    let receipt_file = dir.path().join("receipt.pdf");
    std::fs::write(&receipt_file, &receipt.bytes).unwrap();
    if let Some(text) = pdftotext(&receipt_file) {
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for expected in [
            "Pièces déposées",
            "Copie de la CNIE ou du passeport du demandeur",
            "Date limite de décision",
            "vous pouvez déposer une réclamation sur Nafida",
            "الوثائق المودعة",
        ] {
            assert!(text.contains(expected), "{expected}: {text}");
        }
    }

    // Revocation: by the issuing office only, with a reason; everyone sees it.
    let (mut paris, _) = app.staff("paris.docs@example.ma", Role::Agent, "consulate-paris").await;
    assert_eq!(
        paris
            .post(
                &format!("/staff/documents/{code}/revoke"),
                &[("reason", "Erreur de saisie constatée"), ("confirm", "yes")]
            )
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert!(agent.get(&format!("/verify/{code}")).await.body.contains("Révoquer"), "the office sees the form");
    assert!(!anyone.get(&format!("/verify/{code}")).await.body.contains("Révoquer"));
    assert_eq!(
        agent.post(&format!("/staff/documents/{code}/revoke"), &[("reason", "non")]).await.status,
        StatusCode::OK
    );
    // Asked first: without the confirmation, nothing is revoked.
    let unconfirmed = agent
        .post(&format!("/staff/documents/{code}/revoke"), &[("reason", "Erreur de saisie du lieu de naissance")])
        .await;
    assert_eq!(unconfirmed.status, StatusCode::OK);
    assert!(unconfirmed.body.contains("Cochez la case pour confirmer la révocation"), "{}", unconfirmed.body);
    assert!(!anyone.get(&format!("/verify/{code}")).await.body.contains("Document révoqué"));
    let r = agent
        .post(
            &format!("/staff/documents/{code}/revoke"),
            &[("reason", "Erreur de saisie du lieu de naissance"), ("confirm", "yes")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let shown = anyone.get(&format!("/verify/{code}")).await.body;
    assert!(shown.contains("Document révoqué") && shown.contains("Erreur de saisie du lieu de naissance"));
    assert!(upload(bytes.clone()).await.body.contains("Document révoqué"), "an authentic file of a revoked document");
    let history = amina.get(&format!("/cases/{reference}")).await.body;
    assert!(history.contains("Document révoqué"), "the person is told");
    // Her own act, identified by the issuance, is in her family booklet.
    let booklet = amina.get("/account/family").await.body;
    assert!(booklet.contains("أمينة الإدريسي") && !booklet.contains("Aucun acte pour l’instant"), "{booklet}");
    app.teardown().await;
}

async fn paying_online_then_review_or_a_correction(backend: Backend) {
    let app = TestApp::new(backend).await;
    import_register(&app).await;
    let mut amina = app.citizen("amina.pays@example.be").await;
    amina.get("/lang/fr").await;
    // A wrong date of birth: nothing in the register matches.
    let reference = file_order(&mut amina, "key-pay-0001-abcdefgh", "أمينة الإدريسي", "1990-04-13").await;
    let page = amina.get(&format!("/cases/{reference}")).await.body;
    assert!(page.contains("À payer") && page.contains("40 dirhams") && page.contains("2 exemplaires"), "{page}");
    // Declined by the bank: still to pay; then paid.
    let go = amina.post(&format!("/cases/{reference}/pay"), &[]).await;
    let checkout = go.header("location").to_string();
    assert!(checkout.starts_with("/payments/test/"), "{checkout}");
    let mut other = app.citizen("not.amina@example.be").await;
    assert_eq!(other.get(&checkout).await.status, StatusCode::NOT_FOUND, "only the payer sees it");
    assert!(amina.get(&checkout).await.body.contains("40 dirhams"));
    amina.post(&checkout, &[("outcome", "declined")]).await;
    assert!(
        cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap().flags.stored().contains("awaiting-payment")
    );
    // The page says so, and how to go on.
    let page = amina.get(&format!("/cases/{reference}")).await.body;
    assert!(page.contains("Votre paiement a été refusé : rien n’a été prélevé"), "{page}");
    let checkout = amina.post(&format!("/cases/{reference}/pay"), &[]).await.header("location").to_string();
    let r = amina.post(&checkout, &[("outcome", "paid")]).await;
    assert_eq!(r.header("location"), format!("/cases/{reference}"));
    let case = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    assert_eq!((case.flags.stored().as_str(), case.phase.as_str()), ("", "received"), "paid, but no act matched");
    let page = amina.get(&format!("/cases/{reference}")).await.body;
    assert!(!page.contains("Votre paiement a été refusé"), "paid since");
    assert!(page.contains("Payé : 40 dirhams") && page.contains("Aucun acte du registre ne correspond"));
    assert!(page.contains("Corriger les informations") && page.contains("value=\"1990-04-13\""));
    // Corrected, without paying again: found, then reviewed by the office and issued.
    let bad = amina
        .post(&format!("/cases/{reference}/correct"), &[("holder_name_ar", "Amina"), ("birth_date", "1990-04-12")])
        .await;
    assert_eq!(bad.status, StatusCode::OK, "a name in Arabic script is checked like at filing");
    let r = amina
        .post(
            &format!("/cases/{reference}/correct"),
            &[
                ("holder_name_ar", "أمينة الإدريسي"),
                ("holder_name_latin", "Amina El Idrissi"),
                ("birth_date", "1990-04-12"),
                ("act_number", ""),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let case = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    assert_eq!(case.phase.as_str(), "received", "found: waiting for the office's review");
    let (mut agent, _) = app.staff("review.pays@example.ma", Role::Agent, OFFICE).await;
    let approved = agent.post(&format!("/staff/cases/{reference}/action"), &[("action", "approve")]).await;
    assert_eq!(approved.status, StatusCode::SEE_OTHER, "{}", approved.body);
    let case = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    assert_eq!(case.phase.as_str(), "approved");
    let mut kinds: Vec<String> =
        documents::of_case(&app.db.db, &case.id).await.unwrap().into_iter().map(|d| d.kind).collect();
    kinds.sort();
    assert_eq!(kinds, ["birth-extract", "payment-receipt"], "one extract, one payment receipt");
    let paid: Vec<_> = nafida_store::payments::of_case(&app.db.db, &case.id)
        .await
        .unwrap()
        .into_iter()
        .filter(|p| p.status == "paid")
        .collect();
    assert_eq!(paid.len(), 1, "paid once");
    assert_eq!(paid[0].amount_mad, 40);
    // Nothing more to correct or pay.
    assert_eq!(
        amina.post(&format!("/cases/{reference}/correct"), &[("birth_date", "1990-04-12")]).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        amina.post(&format!("/cases/{reference}/pay"), &[]).await.header("location"),
        format!("/cases/{reference}")
    );
    assert_eq!(amina.get(&checkout).await.header("location"), format!("/cases/{reference}"));
    app.teardown().await;
}

async fn offices_are_found_however_spelt_and_declarations_keep_their_window(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut c = app.citizen("spelling@example.nl").await;
    c.get("/lang/fr").await;
    let options = |body: &str| body.matches("<option value=\"").count();
    let all = options(&c.get("/catalogue/birth-extract/start").await.body);
    for q in ["Al Hoceima", "Alhoceima", "al-hoceima", "AL HOCEIMA", "%D8%A7%D9%84%D8%AD%D8%B3%D9%8A%D9%85%D8%A9"] {
        let page = c.get(&format!("/catalogue/birth-extract/start?office_q={}", q.replace(' ', "+"))).await.body;
        let found = options(&page);
        assert!(found >= 1 && found < all, "{q}: {found} of {all}");
        assert!(page.contains("Al Hoceima") || page.contains("Al-Hoceima"), "{q}");
        assert!(!page.contains("Imzouren</option>"), "{q}");
    }
    let one = c.get("/catalogue/birth-extract/start?office_q=imzouren").await.body;
    assert!(one.contains("selected>"), "a single office found is chosen");
    // The search is a button of the form itself: it sends back what was typed, which stays.
    assert!(one.contains("formmethod=\"get\""), "{one}");
    let typed = c
        .get("/catalogue/birth-extract/start?office_q=imzouren&field_holder_name_latin=Amina+El+Idrissi&field_copies=3&field_postal_address=Rue+de+la+Loi+16%0A1000+Bruxelles")
        .await
        .body;
    assert!(typed.contains("value=\"Amina El Idrissi\"") && typed.contains("value=\"3\""), "{typed}");
    assert!(typed.contains(">Rue de la Loi 16\n1000 Bruxelles</textarea>"), "{typed}");
    assert!(!one.contains("Aucun bureau ne correspond"));
    // Nothing found: said, with the way back to the whole list.
    let none = c.get("/catalogue/birth-extract/start?office_q=zzqxw").await.body;
    assert!(
        none.contains("Aucun bureau ne correspond à « zzqxw »") && none.contains("Voir tous les bureaux"),
        "{none}"
    );

    // A birth is pre-declared within 30 days; later, it goes to the office with a judgment.
    let file = |date: &'static str, key: &'static str| {
        let mut c2 = app.client();
        async move {
            c2.post("/signin", &[("email", "spelling@example.nl"), ("password", "correct horse battery")]).await;
            c2.get("/lang/fr").await;
            c2.post_multipart(
                "/catalogue/birth-predeclaration/start",
                &[
                    ("idempotency_key", key),
                    ("field_office", "commune-imzouren-civil-status"),
                    ("field_child_name_ar", "ياسين"),
                    ("field_child_name_latin", "Yassine"),
                    ("field_child_birth_date", date),
                    ("field_child_sex", "M"),
                ],
                &[
                    ("doc_birth-notice", "n.pdf", PDF),
                    ("doc_family-booklet", "l.pdf", PDF),
                    ("doc_parents-id", "p.pdf", PDF),
                ],
            )
            .await
        }
    };
    let late = file("2026-10-20", "key-predecl-0001-abcdef").await;
    assert_eq!(late.status, StatusCode::OK);
    assert!(late.body.contains("30 derniers jours"), "{}", late.body);
    let future = file("2026-12-05", "key-predecl-0002-abcdef").await;
    assert_eq!(future.status, StatusCode::OK, "a date to come is refused too");
    let ok = file("2026-11-10", "key-predecl-0003-abcdef").await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER, "{}", ok.body);
    // The officer approves: the birth enters the office's register, in its commune.
    let birth_case = reference_of(&ok);
    let (mut officer, _) = app.staff("officier.imz@example.ma", Role::Agent, OFFICE).await;
    let r = officer.post(&format!("/staff/cases/{birth_case}/action"), &[("action", "approve")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let yassine = civil::find(&app.db.db, OFFICE, 2026, 1).await.unwrap().unwrap();
    assert_eq!(
        (yassine.kind.as_str(), yassine.name_latin.as_deref(), yassine.sex.as_deref(), yassine.place.as_str()),
        ("birth", Some("Yassine"), Some("M"), "Commune d’Imzouren")
    );
    // A death declared within 30 days: its act, and the note beside the birth act (by IDCS).
    import_register(&app).await;
    let mut declarant = app.sign_in("spelling@example.nl").await;
    let death = declarant
        .post_multipart(
            "/catalogue/death-predeclaration/start",
            &[
                ("idempotency_key", "key-death-0001-abcdefg"),
                ("field_office", OFFICE),
                ("field_deceased_name_ar", "أمينة الإدريسي"),
                ("field_deceased_idcs", "1234567890"),
                ("field_death_date", "2026-11-20"),
                ("field_relationship", "Époux"),
            ],
            &[("doc_death-certificate", "d.pdf", PDF), ("doc_declarant-id", "i.pdf", PDF)],
        )
        .await;
    assert_eq!(death.status, StatusCode::SEE_OTHER, "{}", death.body);
    let death_case = reference_of(&death);
    officer.post(&format!("/staff/cases/{death_case}/action"), &[("action", "approve")]).await;
    let act = civil::find(&app.db.db, OFFICE, 2026, 2).await.unwrap().unwrap();
    assert_eq!((act.kind.as_str(), act.event_date.as_str()), ("death", "2026-11-20"));
    let birth = civil::find(&app.db.db, OFFICE, 1990, 1234).await.unwrap().unwrap();
    let notes = civil::margin_notes(&app.db.db, &birth.id).await.unwrap();
    assert!(notes.iter().any(|n| n.kind == "death" && n.text.contains("n° 2/2026")), "{notes:?}");
    app.teardown().await;
}

async fn transcriptions_enter_the_register_and_the_family_booklet(backend: Backend) {
    let app = TestApp::new(backend).await;
    import_register(&app).await;
    let post = "consulate-brussels";
    let mut amina = app.citizen("amina.married@example.be").await;
    amina.get("/lang/fr").await;
    let email = nafida_domain::Email::parse("amina.married@example.be").unwrap();
    let account = nafida_store::accounts::find_by_email(&app.db.db, &email).await.unwrap().unwrap();
    let (mut consul, _) = app.staff("officier.bxl@example.ma", Role::Agent, post).await;
    // Without her name in Arabic script in her profile, the register cannot take the act.
    let r = file_marriage(&mut amina, "key-transcr-0001-abcdef", post).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let first = reference_of(&r);
    let refused = consul.post(&format!("/staff/cases/{first}/action"), &[("action", "approve")]).await;
    assert!(refused.body.contains("nom en caractères arabes"), "{}", refused.body);
    save_amina_profile(&app, &account.id).await;
    let r = consul.post(&format!("/staff/cases/{first}/action"), &[("action", "approve")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // The marriage is act 1 of this year at the consulate, and her birth act carries the note.
    let marriage = civil::find(&app.db.db, post, 2026, 1).await.unwrap().unwrap();
    assert_eq!(
        (marriage.kind.as_str(), marriage.relatives.spouse_latin.as_deref()),
        ("marriage", Some("Youssef Tahiri"))
    );
    let birth = civil::find(&app.db.db, OFFICE, 1990, 1234).await.unwrap().unwrap();
    let notes = civil::margin_notes(&app.db.db, &birth.id).await.unwrap();
    assert_eq!(notes.len(), 1);
    assert!(
        notes[0].kind == "marriage" && notes[0].text.contains("Youssef Tahiri") && notes[0].text.contains("n° 1/2026")
    );
    assert!(amina.get(&format!("/cases/{first}")).await.body.contains("Inscrit au registre : acte n° 1/2026"));

    // A child born abroad: act 2 of the year; the booklet holds the three acts.
    let r = amina
        .post_multipart(
            "/catalogue/birth-transcription/start",
            &[
                ("idempotency_key", "key-transcr-0002-abcdef"),
                ("field_post", post),
                ("field_child_name_ar", "سلمى الطاهري"),
                ("field_child_name_latin", "Salma Tahiri"),
                ("field_child_birth_date", "2026-03-02"),
                ("field_birth_country", "BE"),
            ],
            &[
                ("doc_foreign-act", "acte.pdf", PDF),
                ("doc_translation", "trad.pdf", PDF),
                ("doc_family-booklet", "livret.pdf", PDF),
                ("doc_parents-id", "id.pdf", PDF),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let child = reference_of(&r);
    consul.post(&format!("/staff/cases/{child}/action"), &[("action", "approve")]).await;
    let salma = civil::find(&app.db.db, post, 2026, 2).await.unwrap().unwrap();
    assert_eq!((salma.kind.as_str(), salma.name_latin.as_deref()), ("birth", Some("Salma Tahiri")));
    let booklet = amina.get("/account/family").await.body;
    assert!(
        booklet.contains("Livret de famille") && booklet.contains("Salma Tahiri") && booklet.contains("Youssef Tahiri")
    );
    assert!(booklet.contains("1234/1990") && booklet.contains("Mentions marginales"), "{booklet}");
    let mut other = app.citizen("nobody.family@example.be").await;
    other.get("/lang/fr").await;
    assert!(other.get("/account/family").await.body.contains("Aucun acte pour l’instant"));
    app.teardown().await;
}

async fn posted_extracts_show_their_tracking_number(backend: Backend) {
    let app = TestApp::new(backend).await;
    import_register(&app).await;
    let mut amina = app.citizen("amina.post@example.be").await;
    amina.get("/lang/fr").await;
    let r = amina
        .post_multipart(
            "/catalogue/birth-extract/start",
            &[
                ("idempotency_key", "key-posted-0001-abcdef"),
                ("field_office", OFFICE),
                ("field_for_whom", "self"),
                ("field_holder_name_ar", "أمينة الإدريسي"),
                ("field_birth_date", "1990-04-12"),
                ("field_copies", "1"),
                ("field_delivery", "post"),
                ("field_postal_country", "MA"),
                ("field_postal_address", "12 rue Tarik, Al Hoceima"),
            ],
            &[("doc_applicant-id", "cnie.pdf", PDF)],
        )
        .await;
    let reference = reference_of(&r);
    // One copy posted in Morocco: 20 + 25 dirhams.
    assert!(amina.get(&format!("/cases/{reference}")).await.body.contains("45 dirhams"));
    let (mut agent, _) = app.staff("poste@example.ma", Role::Agent, OFFICE).await;
    agent.post(&format!("/staff/cases/{reference}/payments"), &[("receipt_number", "Q-77")]).await;
    let case = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    assert_eq!(case.phase.as_str(), "received", "by post: the office approves and prints");
    assert_eq!(
        agent.post(&format!("/staff/cases/{reference}/posted"), &[("tracking", "RR123456789MA")]).await.status,
        StatusCode::FORBIDDEN,
        "not approved yet"
    );
    agent.post(&format!("/staff/cases/{reference}/action"), &[("action", "approve")]).await;
    let bad = agent.post(&format!("/staff/cases/{reference}/posted"), &[("tracking", "12")]).await;
    assert!(bad.body.contains("numéro de suivi compte"));
    agent.post(&format!("/staff/cases/{reference}/posted"), &[("tracking", "rr123456789ma")]).await;
    let page = amina.get(&format!("/cases/{reference}")).await.body;
    assert!(page.contains("Envoyé en recommandé : numéro de suivi RR123456789MA"), "{page}");
    app.teardown().await;
}

async fn a_name_correction_reviewed_corrects_the_register(backend: Backend) {
    let app = TestApp::new(backend).await;
    import_register(&app).await;
    let mut youssef = app.citizen("youssef.spelling@example.nl").await;
    youssef.get("/lang/fr").await;
    let send = |wrong: &'static str, key: &'static str| {
        vec![
            ("idempotency_key", key),
            ("field_office", OFFICE),
            ("field_holder_name_ar", "يوسف البقالي"),
            ("field_spelling_in_act", wrong),
            ("field_spelling_expected", "Youssef El Baqqali"),
            ("field_explanation", "Mon passeport néerlandais porte El Baqqali depuis toujours."),
        ]
    };
    let mut file_it = async |fields: Vec<(&str, &str)>| {
        let r = youssef
            .post_multipart("/catalogue/name-correction/start", &fields, &[("doc_proof-documents", "p.pdf", PDF)])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
        reference_of(&r)
    };
    let unknown = file_it(send("Youcef Bakali", "key-namefix-0001-abcd")).await;
    let reference = file_it(send("Youssef El Bakkali", "key-namefix-0002-abcd")).await;
    // Routed to the office for review; a spelling the register does not hold is refused.
    let (mut agent, _) = app.staff("rectif@example.ma", Role::Agent, OFFICE).await;
    assert!(agent.get("/staff/queue").await.body.contains(&reference));
    let refused = agent.post(&format!("/staff/cases/{unknown}/action"), &[("action", "approve")]).await;
    assert!(refused.body.contains("Aucun acte du registre"));
    let r = agent.post(&format!("/staff/cases/{reference}/action"), &[("action", "approve")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let act = civil::find(&app.db.db, OFFICE, 1985, 417).await.unwrap().unwrap();
    assert_eq!(act.name_latin.as_deref(), Some("Youssef El Baqqali"));
    let notes = civil::margin_notes(&app.db.db, &act.id).await.unwrap();
    assert!(notes.iter().any(|n| n.kind == "correction" && n.text.contains("Youssef El Bakkali → Youssef El Baqqali")));
    app.teardown().await;
}

async fn a_new_signing_key_keeps_older_documents_valid(backend: Backend) {
    let app = TestApp::new(backend).await;
    let sample = |name: &str| nafida_docs::Document {
        title_ar: "وصل".into(),
        title_fr: "Reçu".into(),
        data: std::collections::BTreeMap::from([("name_latin".to_string(), name.to_string())]),
        ..nafida_docs::Document::default()
    };
    let issue = |state: nafida_web::AppState, name: &'static str| async move {
        let issue = nafida_engine::documents::Issue {
            kind: "receipt",
            case_id: None,
            act_id: None,
            office_id: OFFICE,
            document: sample(name),
            expires_at: None,
        };
        let d = nafida_engine::documents::issue(state.engine(), issue).await.unwrap();
        let key = nafida_store::FileKey::parse(&d.file_key).unwrap();
        (d.key_id.clone(), state.files().get(&key).await.unwrap().unwrap())
    };
    let (old_key, old_file) = issue(app.state.clone(), "Before").await;
    // The operator configures a new key: the same database, another signing key.
    let rotated = nafida_web::AppState::new(
        app.db.db.clone(),
        app.db.file_store(),
        app.clock.clone(),
        nafida_web::WebSettings { signing_key: nafida_docs::SigningKey::from_seed([0x42; 32]), ..Default::default() },
    )
    .unwrap();
    let (new_key, new_file) = issue(rotated.clone(), "After").await;
    assert_ne!(old_key, new_key);
    // The office rotates its key: the next generation seals from now on.
    app.clock.advance_seconds(3600);
    let root = nafida_docs::SigningKey::from_seed([0x42; 32]);
    let third = nafida_engine::documents::rotate_office_key(
        &app.db.db,
        &root,
        OFFICE,
        nafida_domain::clock::Clock::now(app.clock.as_ref()).millis(),
    )
    .await
    .unwrap();
    let (third_key, third_file) = issue(rotated.clone(), "Third").await;
    assert_eq!(third_key, third);
    let keys = nafida_engine::documents::public_keys(rotated.engine()).await.unwrap();
    assert_eq!(nafida_docs::verify(&old_file, &keys).unwrap().data["name_latin"], "Before");
    assert_eq!(nafida_docs::verify(&new_file, &keys).unwrap().data["name_latin"], "After");
    assert_eq!(nafida_docs::verify(&third_file, &keys).unwrap().data["name_latin"], "Third");
    // Each is the office's own key, published with its generation and validity period.
    let published = app.get("/verify/keys").await.json();
    let office: Vec<&serde_json::Value> =
        published["keys"].as_array().unwrap().iter().filter(|k| k["office"]["id"] == OFFICE).collect();
    assert_eq!(office.len(), 3, "{published}");
    assert_eq!(office.iter().map(|k| k["generation"].as_i64().unwrap()).collect::<Vec<_>>(), [1, 2, 3]);
    assert!(office[..2].iter().all(|k| k["valid_until"].is_i64()) && office[2]["valid_until"].is_null());
    assert_eq!(office[0]["id"], old_key.as_str());
    assert_eq!(office[2]["office"]["name"]["fr"], "Bureau d’état civil d’Imzouren");
    app.teardown().await;
}

/// One transaction per command: when an effect of an approval fails after writing its rows
/// (the act entered in the register, its margin note, the family booklet; the issued
/// document), nothing of the command persists — not the status, not its event, not the mail
/// to the person. The same approval then succeeds whole.
async fn an_approval_and_its_effects_commit_together_or_not_at_all(backend: Backend) {
    let app = TestApp::new(backend).await;
    import_register(&app).await;
    let post = "consulate-brussels";
    let mut amina = app.citizen("amina.atomic@example.be").await;
    let email = nafida_domain::Email::parse("amina.atomic@example.be").unwrap();
    let account = nafida_store::accounts::find_by_email(&app.db.db, &email).await.unwrap().unwrap();
    save_amina_profile(&app, &account.id).await;
    let (mut consul, _) = app.staff("officier.atomic@example.ma", Role::Agent, post).await;
    let r = file_marriage(&mut amina, "key-atomic-0001-abcdef", post).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let reference = reference_of(&r);
    let before = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    let events = cases::events(&app.db.db, &before.id, true).await.unwrap().len();
    let mails = nafida_store::mail::recent(&app.db.db, 10_000).await.unwrap().len();
    let birth = civil::find(&app.db.db, OFFICE, 1990, 1234).await.unwrap().unwrap();

    app.state.engine().inject_effect_fault(true);
    let failed = consul.post(&format!("/staff/cases/{reference}/action"), &[("action", "approve")]).await;
    assert_eq!(failed.status, StatusCode::INTERNAL_SERVER_ERROR);
    let after = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    assert_eq!((after.status.as_str(), after.phase.as_str()), (before.status.as_str(), before.phase.as_str()));
    assert_eq!(cases::events(&app.db.db, &before.id, true).await.unwrap().len(), events, "no event of the command");
    assert_eq!(nafida_store::mail::recent(&app.db.db, 10_000).await.unwrap().len(), mails, "no mail to the person");
    assert!(civil::find(&app.db.db, post, 2026, 1).await.unwrap().is_none(), "no act in the register");
    assert!(civil::margin_notes(&app.db.db, &birth.id).await.unwrap().is_empty(), "no margin note");
    assert!(civil::booklet(&app.db.db, &account.id).await.unwrap().is_empty(), "nothing in the booklet");

    app.state.engine().inject_effect_fault(false);
    let done = consul.post(&format!("/staff/cases/{reference}/action"), &[("action", "approve")]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap().phase.as_str(), "approved");
    assert!(civil::find(&app.db.db, post, 2026, 1).await.unwrap().is_some());
    assert_eq!(civil::margin_notes(&app.db.db, &birth.id).await.unwrap().len(), 1);
    assert_eq!(civil::booklet(&app.db.db, &account.id).await.unwrap().len(), 2);

    // An extract: the issued document's row and its event go with the approval, or neither.
    let mut said = app.citizen("said.atomic@example.be").await;
    let r = said
        .post_multipart(
            "/catalogue/birth-extract/start",
            &[
                ("idempotency_key", "key-atomic-0002-abcdef"),
                ("field_office", OFFICE),
                ("field_for_whom", "self"),
                ("field_holder_name_ar", "امينة الادريسي"),
                ("field_holder_name_latin", "amina el-idrissi"),
                ("field_birth_date", "1990-04-12"),
                ("field_copies", "1"),
                ("field_delivery", "post"),
                ("field_postal_country", "MA"),
                ("field_postal_address", "12 rue Tarik, Al Hoceima"),
            ],
            &[("doc_applicant-id", "cnie.pdf", PDF)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let extract = reference_of(&r);
    let (mut clerk, _) = app.staff("guichet.atomic@example.ma", Role::Agent, OFFICE).await;
    let paid = clerk.post(&format!("/staff/cases/{extract}/payments"), &[("receipt_number", "Q-99")]).await;
    assert_eq!(paid.status, StatusCode::SEE_OTHER, "{}", paid.body);
    let case = cases::by_reference(&app.db.db, &extract).await.unwrap().unwrap();
    let issued = |docs: Vec<documents::IssuedDocument>| docs.iter().filter(|d| d.kind == "birth-extract").count();
    app.state.engine().inject_effect_fault(true);
    let failed = clerk.post(&format!("/staff/cases/{extract}/action"), &[("action", "approve")]).await;
    assert_eq!(failed.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(issued(documents::of_case(&app.db.db, &case.id).await.unwrap()), 0, "no document row");
    assert_eq!(cases::by_reference(&app.db.db, &extract).await.unwrap().unwrap().phase.as_str(), "received");
    app.state.engine().inject_effect_fault(false);
    let done = clerk.post(&format!("/staff/cases/{extract}/action"), &[("action", "approve")]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(issued(documents::of_case(&app.db.db, &case.id).await.unwrap()), 1);
    app.teardown().await;
}

/// The attacks of a review: a person files "for myself" with someone else's name and date of
/// birth and a forged identity file, or asks the full copy (the parents' names), or files as a
/// descendant without the proof of the link. A forged (unreadable) file and a missing proof are
/// refused at once, with the reason, keeping what was typed; with readable files the request is
/// received and paid, and no document is issued: it waits for the office's review, and the
/// person is told what it checks.
async fn nobody_obtains_another_persons_act_without_review(backend: Backend) {
    let app = TestApp::new(backend).await;
    import_register(&app).await;
    let mut mallory = app.citizen("mallory@example.be").await;
    mallory.get("/lang/fr").await;
    // 40 bytes that begin like a PDF: not a document anyone can read.
    let forged: &[u8] = b"%PDF-1.4 not really an identity document";
    let attempts = [
        ("birth-extract", "self", "key-attack-0001-abcdef"),
        ("birth-full-copy", "self", "key-attack-0002-abcdef"),
        ("birth-extract", "child", "key-attack-0003-abcdef"),
    ];
    for (procedure, for_whom, key) in attempts {
        let fields = [
            ("idempotency_key", key),
            ("field_office", OFFICE),
            ("field_for_whom", for_whom),
            ("field_holder_name_ar", "أمينة الإدريسي"),
            ("field_holder_name_latin", "Amina El Idrissi"),
            ("field_birth_date", "1990-04-12"),
            ("field_copies", "1"),
            ("field_delivery", "electronic"),
        ];
        let start = format!("/catalogue/{procedure}/start");
        let refused = mallory.post_multipart(&start, &fields, &[("doc_applicant-id", "cnie.pdf", forged)]).await;
        assert_eq!(refused.status, StatusCode::OK, "{procedure} {for_whom}: {}", refused.body);
        assert!(refused.body.contains("est illisible"), "{}", refused.body);
        assert!(refused.body.contains("Amina El Idrissi"), "what was typed is kept");
        if for_whom != "self" {
            assert!(refused.body.contains("c’est la preuve de votre lien avec le titulaire"), "{}", refused.body);
            let still = mallory.post_multipart(&start, &fields, &[("doc_applicant-id", "cnie.pdf", PDF)]).await;
            assert_eq!(still.status, StatusCode::OK, "no proof of the link: {}", still.body);
        }
        let mut files = vec![("doc_applicant-id", "cnie.pdf", PDF)];
        if for_whom != "self" {
            files.push(("doc_family-link", "livret.pdf", PDF));
        }
        let r = mallory.post_multipart(&start, &fields, &files).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{procedure} {for_whom}: {}", r.body);
        let reference = reference_of(&r);
        let checkout = mallory.post(&format!("/cases/{reference}/pay"), &[]).await.header("location").to_string();
        mallory.post(&checkout, &[("outcome", "paid")]).await;
        let case = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
        assert_eq!(case.phase.as_str(), "received", "{procedure} {for_whom}: waits for the office");
        let issued = documents::of_case(&app.db.db, &case.id).await.unwrap();
        assert!(
            issued.iter().all(|d| d.kind == "payment-receipt"),
            "{procedure} {for_whom}: nothing issued but the payment's receipt"
        );
        let page = mallory.get(&format!("/cases/{reference}")).await.body;
        let told = if for_whom == "self" {
            "Votre identité n’a pas encore été vérifiée sur Nafida"
        } else {
            "Un agent vérifie la preuve de votre lien avec le titulaire"
        };
        assert!(page.contains(told), "{page}");
    }
    app.teardown().await;
}
