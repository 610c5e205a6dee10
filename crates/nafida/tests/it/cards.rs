//! The "MRE Services" card: approving a request issues it (a sealed wallet-size PDF, a signed
//! credential in its QR code); the counter checks it by its number, its credential or a photo
//! of its QR code; `nafida verify` checks it offline against the published keys and the signed
//! list of revoked cards; a tampered, expired or revoked card is refused by every verifier with
//! its reason; a renewal replaces the earlier card.

use axum::http::StatusCode;
use nafida_domain::{Clock, Role};
use nafida_store::cases;
use nafida_test_support::{Backend, Client, PDF, TestApp};

use crate::DbTest;
use crate::support::{TempDir, nafida, run};

pub fn tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![a_card_is_issued_checked_offline_and_revoked]
}

/// Files a card request as `who` and has the cell approve it; returns the request's reference.
async fn card_for(app: &TestApp, who: &mut Client<'_>, cell: &mut Client<'_>, key: &str) -> String {
    let filed = who
        .post_multipart(
            "/catalogue/mre-card/start",
            &[
                ("idempotency_key", key),
                ("field_residence_country", "BE"),
                ("field_consular_post", "consulate-brussels"),
            ],
            &[("doc_identity", "cnie.pdf", PDF), ("doc_residence-proof", "titre-de-sejour.pdf", PDF)],
        )
        .await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER, "{}", filed.body);
    let reference = filed.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string();
    // The staff read the answers in words: the country by its name, not its code.
    cell.get("/lang/fr").await;
    let page = cell.get(&format!("/staff/cases/{reference}")).await.body;
    assert!(page.contains("Belgique") && !page.contains("<dd>BE</dd>"), "{page}");
    let approved = cell.post(&format!("/staff/cases/{reference}/action"), &[("action", "approve")]).await;
    assert_eq!(approved.status, StatusCode::SEE_OTHER, "{}", approved.body);
    let case = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    assert_eq!(case.phase.as_str(), "approved");
    reference
}

fn between<'a>(body: &'a str, start: &str, end: &str) -> &'a str {
    let from = body.find(start).map_or(body.len(), |i| i + start.len());
    let to = body[from..].find(end).map_or(body.len(), |i| from + i);
    &body[from..to]
}

async fn check(client: &mut Client<'_>, credential: &str) -> String {
    let r = client.post_multipart("/cards/check", &[("credential", credential)], &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    r.body
}

async fn a_card_is_issued_checked_offline_and_revoked(backend: Backend) {
    let app = TestApp::new(backend).await;
    let id = app.create_user("amina.card@example.be", "correct horse battery", Role::Citizen, None).await;
    let profile = nafida_store::profiles::Profile {
        name_latin: Some("Amina El Idrissi".into()),
        name_ar: Some("أمينة الإدريسي".into()),
        channels: "email".into(),
        ..Default::default()
    };
    nafida_store::profiles::save(&app.db.db, &id, &profile, 0).await.unwrap();
    let mut amina = app.sign_in("amina.card@example.be").await;
    amina.get("/lang/fr").await;
    let (mut cell, _) = app.staff("cellule.carte@example.ma", Role::Agent, "al-hoceima-mre-cell").await;
    cell.get("/lang/fr").await;
    card_for(&app, &mut amina, &mut cell, "key-card-first-0001").await;

    // Her card: valid two years, its QR code to show, its sealed PDF.
    let page = amina.get("/account/cards").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Carte valide") && page.body.contains("أمينة الإدريسي"), "{}", page.body);
    let number = format!("MRE-{}", between(&page.body, "<span dir=\"ltr\">MRE-", "<"));
    assert_eq!(number.len(), "MRE-26-ABCD2345".len(), "{number}");
    let first = nafida_domain::Date::legal(app.clock.now().millis());
    let last = nafida_domain::Date::from_days_since_epoch(first.days_since_epoch() + 729);
    let show = |d: nafida_domain::Date| format!("{:02}/{:02}/{}", d.day, d.month, d.year);
    assert!(page.body.contains(&show(first)) && page.body.contains(&show(last)), "two years: {}", page.body);
    let qr = amina.get(&format!("/account/cards/{number}/qr.png")).await;
    assert_eq!(qr.header("content-type"), "image/png");
    let credential = nafida_engine::cards::qr::read(&qr.bytes).expect("the QR code reads back");
    assert!(credential.starts_with("NFC1."));
    let pdf_link = between(&page.body, "<a class=\"button\" href=\"", "\"").to_string();
    let pdf = amina.get(&pdf_link).await;
    assert_eq!(pdf.status, StatusCode::OK, "{pdf_link}");
    let keys = nafida_engine::documents::public_keys(app.state.engine()).await.unwrap();
    let verified = nafida_docs::verify(&pdf.bytes, &keys).expect("the card's PDF is sealed");
    assert_eq!(verified.data.get("number"), Some(&number));
    assert!(String::from_utf8_lossy(&pdf.bytes).contains("/MediaBox [0 0 242.65 153.07]"), "wallet size");
    // Nobody else gets her QR code.
    let mut other = app.citizen("other.card@example.be").await;
    assert_eq!(other.get(&format!("/account/cards/{number}/qr.png")).await.status, StatusCode::NOT_FOUND);

    // Her requests go in the fast lane in every administration: first within their due date.
    let life = |key: &'static str| {
        [
            ("idempotency_key", key),
            ("field_post", "consulate-brussels"),
            ("field_pension_fund", "CMR"),
            ("field_home_visit", "no"),
        ]
    };
    let theirs = other
        .post_multipart(
            "/catalogue/life-certificate/start",
            &life("key-card-life-0001"),
            &[("doc_identity", "cnie.pdf", PDF)],
        )
        .await;
    let theirs = theirs.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string();
    let hers = amina
        .post_multipart(
            "/catalogue/life-certificate/start",
            &life("key-card-life-0002"),
            &[("doc_identity", "cnie.pdf", PDF)],
        )
        .await;
    let hers = hers.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string();
    let case = cases::by_reference(&app.db.db, &hers).await.unwrap().unwrap();
    assert!(case.flags.has(nafida_domain::flags::Flag::FastLane));
    assert!(
        !cases::by_reference(&app.db.db, &theirs)
            .await
            .unwrap()
            .unwrap()
            .flags
            .has(nafida_domain::flags::Flag::FastLane)
    );
    assert!(amina.get(&format!("/cases/{hers}")).await.body.contains(&number), "her history names the card");
    let (mut brussels, _) = app.staff("guichet.vie@example.be", Role::Agent, "consulate-brussels").await;
    let queue = brussels.get("/staff/queue").await.body;
    let (a, b) = (queue.find(&hers), queue.find(&theirs));
    assert!(a.is_some() && b.is_some() && a < b, "the fast lane first within the day: {queue}");

    // The counter: the credential typed or scanned, a photo of the code, the number alone.
    let mut counter = app.client();
    counter.get("/lang/fr").await;
    let ok = check(&mut counter, &credential).await;
    assert!(ok.contains("Carte valide") && ok.contains("Amina El Idrissi"), "{ok}");
    let photo = counter.post_multipart("/cards/check", &[], &[("photo", "carte.png", &qr.bytes)]).await;
    assert!(photo.body.contains("Carte valide"), "{}", photo.body);
    let blurred = counter.post_multipart("/cards/check", &[], &[("photo", "flou.png", PDF)]).await;
    assert!(blurred.body.contains("Aucun code QR lisible"), "{}", blurred.body);
    let by_number = check(&mut counter, &number.to_lowercase()).await;
    assert!(by_number.contains("A. E. I.") && !by_number.contains("Amina El Idrissi"), "initials only: {by_number}");
    assert!(check(&mut counter, "MRE-26-ZZZZZZZZ").await.contains("Aucune carte de ce numéro"));
    // A credential changed by one letter of its payload is refused as tampered.
    let cut = "NFC1.".len() + 3;
    let flipped = if &credential[cut..=cut] == "A" { "B" } else { "A" };
    let tampered = format!("{}{flipped}{}", &credential[..cut], &credential[cut + 1..]);
    let refused = check(&mut counter, &tampered).await;
    assert!(refused.contains("modifiée") || refused.contains("n’est pas une carte"), "{refused}");

    // Offline, with the CLI: the published keys and the signed list of revoked cards.
    let dir = TempDir::new();
    let save = |name: &str, body: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, body).unwrap();
        path.display().to_string()
    };
    let keys_file = save("keys.json", app.get("/verify/keys").await.body.as_bytes());
    let card_file = save("card.txt", credential.as_bytes());
    let list = app.get("/cards/revocations/al-hoceima-mre-cell.json").await;
    assert_eq!(list.status, StatusCode::OK);
    let before = save("revoked-before.json", list.body.as_bytes());
    let out = run(nafida(&["verify", &card_file, "--keys", &keys_file, "--revocations", &before]));
    assert!(out.status.success(), "{out:?}");
    assert!(out.stdout.contains(&format!("valid MRE Services card {number} of Amina El Idrissi")), "{out:?}");
    let tampered_file = save("tampered.txt", tampered.as_bytes());
    let out = run(nafida(&["verify", &tampered_file, "--keys", &keys_file]));
    assert!(!out.status.success() && out.stderr.contains("NOT VALID"), "{out:?}");
    assert_eq!(app.get("/cards/revocations/al-hoceima.json").await.status, StatusCode::NOT_FOUND, "not an issuer");

    // Declared lost (confirmed first): refused everywhere, the PDF too, the list names it.
    let unconfirmed = amina.post(&format!("/account/cards/{number}/revoke"), &[("reason", "lost")]).await;
    assert!(unconfirmed.body.contains("Cochez la case"), "{}", unconfirmed.body);
    assert!(amina.get("/account/cards").await.body.contains("Carte valide"));
    let revoked =
        amina.post(&format!("/account/cards/{number}/revoke"), &[("reason", "lost"), ("confirm", "yes")]).await;
    assert_eq!(revoked.status, StatusCode::SEE_OTHER, "{}", revoked.body);
    assert!(amina.get("/account/cards").await.body.contains("Carte révoquée"));
    let refused = check(&mut counter, &credential).await;
    assert!(refused.contains("révoquée") && refused.contains("perdue"), "{refused}");
    let list = app.get("/cards/revocations/al-hoceima-mre-cell.json").await.body;
    let read = nafida_docs::credential::RevocationList::read(&list, &keys).expect("signed");
    assert!(read.revoked.iter().any(|r| r.number == number && r.reason == "lost"), "{read:?}");
    let after = save("revoked-after.json", list.as_bytes());
    let out = run(nafida(&["verify", &card_file, "--keys", &keys_file, "--revocations", &after]));
    assert!(!out.status.success() && out.stderr.contains("revoked"), "{out:?}");
    let pdf_file = save("card.pdf", &pdf.bytes);
    let out = run(nafida(&["verify", &pdf_file, "--keys", &keys_file, "--revocations", &after]));
    assert!(!out.status.success() && out.stderr.contains("revoked"), "the card's file too: {out:?}");
    let code = verified.data.get("code").unwrap();
    let shown = app.get_with(&format!("/verify/{code}"), &[("accept-language", "fr")]).await.body;
    assert!(shown.contains("révoqu"), "the PDF's page says so: {shown}");
    // The cell's staff withdraw cards; another citizen's attempt finds nothing.
    let again =
        amina.post(&format!("/account/cards/{number}/revoke"), &[("reason", "stolen"), ("confirm", "yes")]).await;
    assert!(again.body.contains("déjà révoquée"), "once: {}", again.body);

    // A renewal: the new card is valid, and replaces any earlier one still standing.
    app.clock.advance_seconds(600);
    card_for(&app, &mut amina, &mut cell, "key-card-renew-0002").await;
    let page = amina.get("/account/cards").await.body;
    assert_eq!(page.matches("Carte valide").count(), 1, "{page}");
    let new_number = format!("MRE-{}", between(&page, "<span dir=\"ltr\">MRE-", "<"));
    assert_ne!(new_number, number);
    let third = card_for(&app, &mut amina, &mut cell, "key-card-third-0003").await;
    let page = amina.get("/account/cards").await.body;
    assert!(page.contains("remplacée par une nouvelle carte"), "{page}");
    assert_eq!(page.matches("Carte valide").count(), 1, "{page}");
    let case = cases::by_reference(&app.db.db, &third).await.unwrap().unwrap();
    let current = nafida_store::cards::of_account(&app.db.db, &case.applicant_id).await.unwrap().remove(0);
    let withdrawn = cell.post(&format!("/staff/cards/{}/withdraw", current.number), &[("reason", "withdrawn")]).await;
    assert!(withdrawn.body.contains("Carte révoquée"), "{}", withdrawn.body);
    let (mut paris, _) = app.staff("agent.paris.card@example.fr", Role::Agent, "consulate-paris").await;
    let elsewhere = paris.post(&format!("/staff/cards/{new_number}/withdraw"), &[("reason", "withdrawn")]).await;
    assert_eq!(elsewhere.status, StatusCode::NOT_FOUND);

    // Two years later, a card not revoked is refused as expired, online and offline.
    let fourth = card_for(&app, &mut amina, &mut cell, "key-card-fourth-004").await;
    let case = cases::by_reference(&app.db.db, &fourth).await.unwrap().unwrap();
    let latest = nafida_store::cards::of_account(&app.db.db, &case.applicant_id).await.unwrap().remove(0);
    app.clock.advance_seconds(731 * 86_400);
    let expired = check(&mut counter, &latest.credential).await;
    assert!(expired.contains("expiré"), "{expired}");
    app.teardown().await;
}
