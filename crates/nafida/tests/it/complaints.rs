//! Complaints tied to the requests they are about: a document asked outside the procedure's
//! list (law 55-19) leads the person to a complaint already linked to the request, which the
//! agent and the supervisor of that request then see on it.

use axum::http::StatusCode;
use nafida_domain::Role;
use nafida_store::cases;
use nafida_test_support::{Backend, PDF, PNG, TestApp};

use crate::DbTest;

pub fn tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![
        an_unlisted_document_leads_to_a_complaint_on_the_request,
        administrators_keep_the_complaint_topics,
        complaints_not_routed_within_15_days_are_flagged_and_escalated,
        answers_are_rated_reopened_within_30_days_then_closed,
        bad_complaints_are_refused_keeping_what_was_typed,
        a_complaint_is_filed_without_an_account_once_the_address_is_confirmed,
        complaints_are_redirected_keeping_their_clock_or_declared_inadmissible
    ]
}

const OFFICE: &str = "commune-imzouren-civil-status";

async fn file_complaint(c: &mut nafida_test_support::Client<'_>, case: &str) -> nafida_test_support::TestResponse {
    let key = format!("key-complaint-{case}");
    c.post_multipart(
        "/catalogue/complaint/start",
        &[
            ("idempotency_key", &key),
            ("field_kind", "unlisted-document"),
            ("field_unlisted_case", case),
            ("field_target", OFFICE),
            ("field_topic", "civil-extracts"),
            ("field_subject", "Pièce hors liste"),
            ("field_description", "On m’a demandé un certificat de résidence qui n’est pas dans la liste."),
        ],
        &[],
    )
    .await
}

async fn an_unlisted_document_leads_to_a_complaint_on_the_request(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut salma = app.citizen("salma.complaint@example.nl").await;
    salma.get("/lang/fr").await;
    let r = salma
        .post_multipart(
            "/catalogue/birth-extract/start",
            &[
                ("idempotency_key", "key-complaint-0001-abc"),
                ("field_office", OFFICE),
                ("field_for_whom", "self"),
                ("field_holder_name_ar", "سلمى البقالي"),
                ("field_birth_date", "2019-02-17"),
                ("field_copies", "1"),
                ("field_delivery", "electronic"),
            ],
            &[("doc_applicant-id", "id.pdf", PDF)],
        )
        .await;
    let reference = r.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string();
    let (mut agent, _) = app.staff("agent.unlisted@example.ma", Role::Agent, OFFICE).await;
    agent
        .post(
            &format!("/staff/cases/{reference}/action"),
            &[
                ("action", "request-documents"),
                ("other_document", "Certificat de résidence"),
                ("other_reason", "Pour vérifier l’adresse déclarée dans le dossier."),
            ],
        )
        .await;
    let page = salma.get(&format!("/cases/{reference}")).await.body;
    let href = page.split("href=\"/catalogue/complaint/start?").nth(1).and_then(|s| s.split('"').next()).unwrap();
    let href = format!("/catalogue/complaint/start?{}", href.replace("&#38;", "&").replace("&amp;", "&"));
    let form = salma.get(&href).await.body;
    assert!(form.contains("value=\"unlisted-document\" selected"), "the kind is chosen");
    assert!(form.contains(&format!("value=\"{reference}\" selected")), "the request is chosen");
    assert!(form.contains(&format!("value=\"{OFFICE}\" selected")), "the administration is chosen");
    // Another person cannot attach a complaint to her request.
    let mut other = app.citizen("other.complaint@example.nl").await;
    other.get("/lang/fr").await;
    let refused = file_complaint(&mut other, &reference).await;
    assert_eq!(refused.status, StatusCode::OK);
    assert!(refused.body.contains("Choisissez une de vos propres demandes"));
    let filed = file_complaint(&mut salma, &reference).await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER, "{}", filed.body);
    let complaint_ref = filed.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string();
    let complaint_case = cases::by_reference(&app.db.db, &complaint_ref).await.unwrap().unwrap();
    let request = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    assert_eq!(complaint_case.org_id, OFFICE);
    assert_eq!(cases::related_to(&app.db.db, &request.id).await.unwrap()[0].reference, complaint_ref);
    // On the request: for the person, the agent, and the supervisor above the office.
    assert!(salma.get(&format!("/cases/{reference}")).await.body.contains(&complaint_ref));
    let staff_page = agent.get(&format!("/staff/cases/{reference}")).await.body;
    assert!(staff_page.contains("Réclamations sur cette demande") && staff_page.contains(&complaint_ref));
    let (mut sup, _) = app.staff("sup.unlisted@example.ma", Role::Supervisor, "commune-imzouren").await;
    assert!(sup.get(&format!("/staff/cases/{reference}?reason=supervision")).await.body.contains(&complaint_ref));
    app.teardown().await;
}

async fn administrators_keep_the_complaint_topics(backend: Backend) {
    let app = TestApp::new(backend).await;
    let (mut admin, _) = app.staff("admin.topics@example.ma", Role::Admin, "al-hoceima").await;
    admin.get("/lang/fr").await;
    let page = admin.get("/admin/topics").await.body;
    assert!(page.contains("Services consulaires") && page.contains("Immatriculation consulaire"), "seeded");
    let bad = admin
        .post(
            "/admin/topics",
            &[("parent", "consular"), ("id", "Visas!"), ("name_ar", ""), ("name_fr", "Visas"), ("name_en", "Visas")],
        )
        .await;
    assert!(
        bad.body.contains("L’identifiant compte") && bad.body.contains("value=\"Visas\""),
        "every error, what was typed kept"
    );
    let ok = admin
        .post(
            "/admin/topics",
            &[
                ("parent", "consular"),
                ("id", "consular-visas"),
                ("name_ar", "التأشيرات"),
                ("name_fr", "Visas"),
                ("name_en", "Visas"),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let taken = admin
        .post(
            "/admin/topics",
            &[("parent", ""), ("id", "consular-visas"), ("name_ar", "ت"), ("name_fr", "V"), ("name_en", "V")],
        )
        .await;
    assert!(taken.body.contains("déjà utilisé"));
    let mut c = app.citizen("topics.person@example.nl").await;
    c.get("/lang/fr").await;
    let form = c.get("/catalogue/complaint/start").await.body;
    assert!(form.contains("Services consulaires — Visas") && form.contains("État civil — Extraits et copies"));
    // Retired: no longer offered, nor accepted.
    admin.post("/admin/topics/retire", &[("id", "consular-visas")]).await;
    assert!(!c.get("/catalogue/complaint/start").await.body.contains("Services consulaires — Visas"));
    let r = c
        .post_multipart(
            "/catalogue/complaint/start",
            &[
                ("idempotency_key", "key-topic-0001-abcdefg"),
                ("field_kind", "complaint"),
                ("field_target", "consulate-brussels"),
                ("field_topic", "consular-visas"),
                ("field_subject", "Visa"),
                ("field_description", "Une description assez longue du problème."),
            ],
            &[],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "a retired topic is refused");
    assert_eq!(admin.post("/admin/topics/retire", &[("id", "no-such-topic")]).await.status, StatusCode::NOT_FOUND);
    app.teardown().await;
}

async fn complaints_not_routed_within_15_days_are_flagged_and_escalated(backend: Backend) {
    use nafida_engine::deadlines::run_once;
    let app = TestApp::new(backend).await;
    let mut c = app.citizen("late.routing@example.nl").await;
    let file = |key: &'static str| {
        let mut c = app.client();
        async move {
            c.post("/signin", &[("email", "late.routing@example.nl"), ("password", "correct horse battery")]).await;
            c.post_multipart(
                "/catalogue/complaint/start",
                &[
                    ("idempotency_key", key),
                    ("field_kind", "complaint"),
                    ("field_target", OFFICE),
                    ("field_topic", "civil-extracts"),
                    ("field_subject", "Attente"),
                    ("field_description", "Aucune réponse depuis des semaines au guichet."),
                ],
                &[],
            )
            .await
        }
    };
    let first = file("key-routing-0001-abcdef").await;
    let first = first.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string();
    let second = file("key-routing-0002-abcdef").await;
    let second = second.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string();
    app.create_user("sup.routing@example.ma", "correct horse battery", Role::Supervisor, Some("commune-imzouren"))
        .await;
    // One is routed in time; the other is still waiting after 15 days.
    let (mut agent, _) = app.staff("agent.routing@example.ma", Role::Agent, OFFICE).await;
    agent.post(&format!("/staff/cases/{first}/action"), &[("action", "route")]).await;
    app.clock.advance_seconds(14 * 86_400);
    run_once(app.state.engine()).await.unwrap();
    assert!(
        !cases::by_reference(&app.db.db, &second).await.unwrap().unwrap().flags.stored().contains("routing-overdue")
    );
    app.clock.advance_seconds(2 * 86_400);
    run_once(app.state.engine()).await.unwrap();
    assert!(
        cases::by_reference(&app.db.db, &second).await.unwrap().unwrap().flags.stored().contains("routing-overdue")
    );
    assert!(
        !cases::by_reference(&app.db.db, &first).await.unwrap().unwrap().flags.stored().contains("routing-overdue")
    );
    assert!(app.last_mail_to("sup.routing@example.ma").await.subject.contains(&second), "the supervisor is told");
    let again = run_once(app.state.engine()).await.unwrap();
    assert_eq!(again.escalated, 0, "once");
    c.get("/lang/fr").await;
    let mut c = app.sign_in("late.routing@example.nl").await;
    c.get("/lang/fr").await;
    assert!(c.get(&format!("/cases/{second}")).await.body.contains("Non orientée dans le délai"));
    // Routed at last: the flag goes.
    let (mut agent2, _) = app.staff("agent2.routing@example.ma", Role::Agent, OFFICE).await;
    agent2.post(&format!("/staff/cases/{second}/action"), &[("action", "route")]).await;
    run_once(app.state.engine()).await.unwrap();
    assert!(
        !cases::by_reference(&app.db.db, &second).await.unwrap().unwrap().flags.stored().contains("routing-overdue")
    );
    app.teardown().await;
}

async fn answers_are_rated_reopened_within_30_days_then_closed(backend: Backend) {
    use nafida_engine::deadlines::run_once;
    let app = TestApp::new(backend).await;
    let mut c = app.citizen("rating.person@example.nl").await;
    c.get("/lang/fr").await;
    let r = c
        .post_multipart(
            "/catalogue/complaint/start",
            &[
                ("idempotency_key", "key-rating-0001-abcdefg"),
                ("field_kind", "complaint"),
                ("field_target", OFFICE),
                ("field_topic", "civil-extracts"),
                ("field_subject", "Extrait jamais reçu"),
                ("field_description", "J’ai payé un extrait il y a deux mois et rien reçu."),
            ],
            &[("doc_attachment", "recu.pdf", PDF), ("doc_attachment", "enveloppe.png", PNG)],
        )
        .await;
    let reference = r.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string();
    let filed = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    assert_eq!(cases::attachments(&app.db.db, &filed.id).await.unwrap().len(), 2, "several supporting files");
    let (mut agent, secret) = app.staff("agent.rating@example.ma", Role::Agent, OFFICE).await;
    agent.post(&format!("/staff/cases/{reference}/action"), &[("action", "route")]).await;
    let answer = "L’extrait est reparti par courrier le 2 décembre, numéro RR123.";
    agent
        .post(&format!("/staff/cases/{reference}/action"), &[("action", "answer-favourable"), ("motivation", answer)])
        .await;
    let page = c.get(&format!("/cases/{reference}")).await.body;
    assert!(page.contains(answer) && page.contains("Que pensez-vous de la réponse"), "{page}");
    let shown = page.split("La réponse de l’administration").nth(1).unwrap_or_default();
    assert!(shown.contains("Réponse favorable") && shown.contains(answer), "the answer stands out: {page}");
    assert!(page.contains("Vous pouvez rouvrir cette réclamation jusqu’au"));
    assert!(c.post(&format!("/cases/{reference}/rating"), &[("stars", "6")]).await.body.contains("de 1 à 5 étoiles"));
    c.post(&format!("/cases/{reference}/rating"), &[("stars", "2"), ("comment", "Toujours rien reçu.")]).await;
    assert_eq!(
        nafida_store::topics::rating(
            &app.db.db,
            &cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap().id
        )
        .await
        .unwrap()
        .map(|r| r.0),
        Some(2)
    );
    // Reopened with a reason ten days later, back with the administration; answered again.
    app.clock.advance_seconds(10 * 86_400);
    let mut c = app.sign_in("rating.person@example.nl").await;
    c.get("/lang/fr").await;
    let short = c.post(&format!("/cases/{reference}/reopen"), &[("reason", "non")]).await;
    assert!(short.body.contains("Dites pourquoi vous la rouvrez"), "a reason is needed");
    assert_eq!(cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap().status, "answered");
    let r = c
        .post(&format!("/cases/{reference}/reopen"), &[("reason", "Le courrier n’est jamais arrivé à Utrecht.")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let reopened = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    assert_eq!(reopened.status, "in-treatment");
    // A fresh answer period (60 days) from the day it was reopened, not from the filing.
    let today = nafida_domain::Date::from_millis(nafida_domain::clock::Clock::now(app.clock.as_ref()).millis());
    let calendar = nafida_engine::clock::calendar(app.state.engine()).await.unwrap();
    let p = app.state.catalog().catalog.procedures.get("complaint").unwrap().deadline;
    assert_eq!(reopened.due_date, calendar.due_date(today, p.days, p.count, 0).to_string());
    let filed = nafida_domain::Date::from_millis(reopened.filed_at);
    assert_ne!(reopened.due_date, calendar.due_date(filed, p.days, p.count, 0).to_string());
    let mut agent = app.sign_in_staff("agent.rating@example.ma", &secret).await;
    agent
        .post(
            &format!("/staff/cases/{reference}/action"),
            &[("action", "answer-unfavourable"), ("motivation", "Nous ne pouvons renvoyer qu’un seul exemplaire.")],
        )
        .await;
    // Past 30 days: no reopening, and the platform closes it.
    app.clock.advance_seconds(31 * 86_400);
    let mut c = app.sign_in("rating.person@example.nl").await;
    c.get("/lang/fr").await;
    let late = c.post(&format!("/cases/{reference}/reopen"), &[("reason", "Toujours pas satisfait du tout.")]).await;
    assert!(late.body.contains("Le délai pour rouvrir cette réclamation est passé"), "{}", late.body);
    assert_eq!(run_once(app.state.engine()).await.unwrap().closed, 1);
    assert_eq!(cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap().status, "closed");
    assert_eq!(run_once(app.state.engine()).await.unwrap().closed, 0);

    // The complete file for the Ombudsman: the request, the history, the answers, the rating.
    let export = c.get(&format!("/cases/{reference}/mediateur.json")).await;
    assert_eq!(export.status, StatusCode::OK);
    assert_eq!(
        (export.header("cache-control"), export.header("content-type")),
        ("private, no-store", "application/json")
    );
    let file = export.json();
    assert_eq!(file["reference"], reference.as_str());
    assert_eq!(file["rating"]["stars"], 2);
    let kinds: Vec<&str> = file["timeline"].as_array().unwrap().iter().filter_map(|e| e["action"].as_str()).collect();
    assert!(kinds.contains(&"answer-favourable") && kinds.contains(&"reopen") && kinds.contains(&"close"), "{kinds:?}");
    assert!(c.get(&format!("/cases/{reference}")).await.body.contains("Dossier complet exporté pour le Médiateur"));
    // The same file as a document to read, in the person's language.
    let pdf = c.get(&format!("/cases/{reference}/mediateur.pdf")).await;
    assert_eq!((pdf.status, pdf.header("content-type")), (StatusCode::OK, "application/pdf"));
    assert!(pdf.bytes.starts_with(b"%PDF-"));
    // A person's file is never kept by a cache, as a download or as data.
    assert_eq!(pdf.header("cache-control"), "private, no-store");
    assert!(pdf.header("content-disposition").ends_with("-mediateur.pdf\""));
    let dir = crate::support::TempDir::new();
    let path = dir.path().join("mediateur.pdf");
    std::fs::write(&path, &pdf.bytes).unwrap();
    if let Some(text) = crate::documents::pdftotext(&path) {
        for needed in [
            "Dossier de réclamation pour le Médiateur du Royaume",
            reference.as_str(),
            "Nous ne pouvons renvoyer qu’un seul exemplaire.",
            "Le courrier n’est jamais arrivé à Utrecht.",
            "Réponse notée 2 étoiles sur 5",
            "enveloppe.png",
            "Page 1 sur ",
        ] {
            assert!(text.contains(needed), "{needed}: {text}");
        }
    }
    // Both exports are recorded; the history says it once, with the count.
    let shown = c.get(&format!("/cases/{reference}")).await.body;
    assert!(shown.contains("Dossier complet exporté pour le Médiateur (2 fois)"), "{shown}");
    let mut stranger = app.citizen("stranger.mediateur@example.nl").await;
    assert_eq!(stranger.get(&format!("/cases/{reference}/mediateur.json")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(stranger.get(&format!("/cases/{reference}/mediateur.pdf")).await.status, StatusCode::NOT_FOUND);

    // The public statistics never describe one person: a single complaint is not published.
    let mut anyone = app.client();
    anyone.get("/lang/fr").await;
    let stats = anyone.get("/statistics/complaints").await;
    assert_eq!(stats.status, StatusCode::OK);
    assert!(stats.body.contains("Trop peu de réclamations") && stats.body.contains("<svg"), "{}", stats.body);
    assert!(
        !stats.body.contains("2.0 / 5") && !stats.body.contains(&reference) && !stats.body.contains("rating.person")
    );
    let csv = anyone.get("/statistics/complaints.csv").await;
    assert_eq!(csv.header("content-type"), "text/csv; charset=utf-8");
    assert_eq!(csv.body.lines().count(), 1, "the header only: {}", csv.body);
    // Five more this month: published, all pending (inside their answer period, not late).
    let now = nafida_domain::Date::from_millis(nafida_domain::clock::Clock::now(app.clock.as_ref()).millis());
    let month = format!("{}-{:02}", now.year, now.month);
    for i in 0..5 {
        file_suggestion(&mut c, i).await;
    }
    app.clock.advance_seconds(61);
    let csv = anyone.get("/statistics/complaints.csv").await;
    assert!(csv.body.lines().any(|l| l.starts_with(&format!("{OFFICE},{month},5,5,0,0,,,,"))), "{}", csv.body);
    assert!(!csv.body.contains(&format!("{OFFICE},2026-11")), "the month with one complaint stays hidden");
    let page = anyone.get("/statistics/complaints").await.body;
    assert!(page.contains("Bureau d’état civil d’Imzouren") && !page.contains("Trop peu de réclamations"), "{page}");
    // A public page anyone may reload: each node reads the figures at most once a minute.
    file_suggestion(&mut c, 5).await;
    assert_eq!(anyone.get("/statistics/complaints.csv").await.body, csv.body, "read less than a minute ago");
    app.clock.advance_seconds(61);
    let fresh = anyone.get("/statistics/complaints.csv").await.body;
    assert!(fresh.lines().any(|l| l.starts_with(&format!("{OFFICE},{month},6,6,0,0"))), "{fresh}");
    app.teardown().await;
}

/// Files a suggestion to the civil-status office (the `i`-th of a series).
async fn file_suggestion(c: &mut nafida_test_support::Client<'_>, i: usize) {
    let key = format!("key-stats-{i:04}-abcdefgh");
    let r = c
        .post_multipart(
            "/catalogue/complaint/start",
            &[
                ("idempotency_key", key.as_str()),
                ("field_kind", "suggestion"),
                ("field_target", OFFICE),
                ("field_topic", "civil-extracts"),
                ("field_subject", "Envoyer les extraits par courriel"),
                ("field_description", "Un extrait électronique suffirait pour la plupart des démarches."),
            ],
            &[],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
}

async fn bad_complaints_are_refused_keeping_what_was_typed(backend: Backend) {
    // The body limit of a deployment (10 MB), so a file over 5 MB reaches the form's checks.
    let settings = nafida_web::WebSettings { body_limit_bytes: 10 * 1024 * 1024, ..Default::default() };
    let app = TestApp::with_settings(backend, settings).await;
    let mut c = app.citizen("bad.complaint@example.nl").await;
    c.get("/lang/fr").await;
    let long = "x".repeat(4001);
    let big = vec![b'%'; 6 * 1024 * 1024];
    let mut pdf = b"%PDF-1.4\n".to_vec();
    pdf.extend_from_slice(&big[..5 * 1024 * 1024]);
    let r = c
        .post_multipart(
            "/catalogue/complaint/start",
            &[
                ("idempotency_key", "key-bad-complaint-0001"),
                ("field_kind", "complaint"),
                ("field_target", "nowhere-administration"),
                ("field_topic", "civil-extracts"),
                ("field_subject", "Un objet que je tape"),
                ("field_description", &long),
            ],
            &[("doc_attachment", "big.pdf", &pdf)],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("value=\"Un objet que je tape\""), "what was typed is kept");
    assert!(r.body.contains("caractères au plus"), "oversized text");
    assert!(r.body.contains("Choisissez une valeur dans la liste"), "an unknown administration");
    let empty = c
        .post_multipart(
            "/catalogue/complaint/start",
            &[("idempotency_key", "key-bad-complaint-0002"), ("field_kind", "complaint"), ("field_description", "   ")],
            &[],
        )
        .await;
    assert_eq!(empty.status, StatusCode::OK);
    assert!(empty.body.contains("Description"), "every required field is named");
    let too_large = c
        .post_multipart(
            "/catalogue/complaint/start",
            &[
                ("idempotency_key", "key-bad-complaint-0003"),
                ("field_kind", "complaint"),
                ("field_target", OFFICE),
                ("field_topic", "civil-extracts"),
                ("field_subject", "Objet"),
                ("field_description", "Une description correcte du problème rencontré."),
            ],
            &[("doc_attachment", "big.pdf", &pdf)],
        )
        .await;
    assert_eq!(too_large.status, StatusCode::OK, "a file over 5 MB is refused");
    assert!(too_large.body.contains("dépasse 5 Mo"), "{}", too_large.body);
    let fields = [
        ("idempotency_key", "key-bad-complaint-0004"),
        ("field_kind", "complaint"),
        ("field_target", OFFICE),
        ("field_topic", "civil-extracts"),
        ("field_subject", "Six photos du guichet"),
        ("field_description", "Une description correcte du problème rencontré."),
    ];
    let six: Vec<(&str, &str, &[u8])> = (0..6).map(|_| ("doc_attachment", "photo.png", PNG)).collect();
    let too_many = c.post_multipart("/catalogue/complaint/start", &fields, &six).await;
    assert_eq!(too_many.status, StatusCode::OK, "more than 5 files are refused");
    assert!(too_many.body.contains("5 fichiers au plus pour « Pièces à l’appui »"), "{}", too_many.body);
    assert!(too_many.body.contains("value=\"Six photos du guichet\""), "what was typed is kept");
    assert!(
        cases::for_applicant(
            &app.db.db,
            &{
                let email = nafida_domain::Email::parse("bad.complaint@example.nl").unwrap();
                nafida_store::accounts::find_by_email(&app.db.db, &email).await.unwrap().unwrap().id
            },
            None,
            10
        )
        .await
        .unwrap()
        .is_empty(),
        "nothing filed"
    );
    app.teardown().await;
}

async fn a_complaint_is_filed_without_an_account_once_the_address_is_confirmed(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut anon = app.client();
    anon.get("/lang/fr").await;
    let form = anon.get("/complaints/new").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("name=\"email\"") && form.body.contains("sans compte"));
    // The administration concerned is found by its name or town in any of the three languages.
    assert!(form.body.contains("Trouver l’administration concernée"));
    for q in [
        "consulat%20Bruxelles",
        "consulate%20brussels",
        "%D9%82%D9%86%D8%B5%D9%84%D9%8A%D8%A9%20%D8%A8%D8%B1%D9%88%D9%83%D8%B3%D9%8A%D9%84",
    ] {
        let found = anon.get(&format!("/complaints/new?office_q={q}")).await.body;
        assert!(found.contains("value=\"consulate-brussels\" selected"), "{q}: the only match, chosen");
        assert!(!found.contains("value=\"commune-imzouren\""), "{q}: others left out");
    }
    let fields = |email: &'static str, key: &'static str| {
        vec![
            ("idempotency_key", key),
            ("email", email),
            ("field_kind", "complaint"),
            ("field_target", OFFICE),
            ("field_topic", "local-municipal"),
            ("field_subject", "Guichet fermé"),
            ("field_description", "Le guichet était fermé aux heures annoncées, trois fois de suite."),
        ]
    };
    // Bad input: every error, what was typed kept, nothing registered and no mail.
    let mut bad = fields("not-an-address", "key-anon-0001-abcdefgh");
    bad.push(("field_related_case", "AH-26-00000000"));
    let r = anon.post_multipart("/complaints/new", &bad, &[]).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("value=\"not-an-address\"") && r.body.contains("Connectez-vous pour lier"), "{}", r.body);
    assert!(app.mails().await.is_empty());
    // Filed: nothing is registered until the address is confirmed.
    let r = anon
        .post_multipart(
            "/complaints/new",
            &fields("fatima.anon@example.be", "key-anon-0002-abcdefgh"),
            &[("doc_attachment", "photo.png", nafida_test_support::PNG)],
        )
        .await;
    assert!(r.body.contains("Confirmez votre adresse"), "{}", r.body);
    let mail = app.last_mail_to("fatima.anon@example.be").await;
    assert_eq!(mail.subject, "Confirmez votre réclamation sur Nafida");
    let link = nafida_test_support::link_path(&mail.text);
    assert!(link.starts_with("/complaints/confirm/"));
    let email = nafida_domain::Email::parse("fatima.anon@example.be").unwrap();
    assert!(!nafida_store::users::exists(&app.db.db, &email).await.unwrap(), "nothing before the confirmation");
    assert_eq!(anon.get(&link).await.status, StatusCode::OK, "a button, not an action");
    let done = anon.post(&link, &[]).await;
    let reference = done
        .body
        .split("class=\"reference\" dir=\"ltr\">")
        .nth(1)
        .and_then(|s| s.split('<').next())
        .unwrap()
        .to_string();
    assert!(reference.starts_with("AH-"), "the acknowledgement number at once: {}", done.body);
    let account = nafida_store::accounts::find_by_email(&app.db.db, &email).await.unwrap().unwrap();
    let case = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    assert_eq!((case.applicant_id.as_str(), case.org_id.as_str()), (account.id.as_str(), OFFICE));
    assert_eq!(cases::attachments(&app.db.db, &case.id).await.unwrap().len(), 1, "the file came along");
    assert!(app.last_mail_to("fatima.anon@example.be").await.subject.contains(&reference), "and by mail");
    assert!(anon.post(&link, &[]).await.body.contains("Ce lien ne fonctionne plus"), "once");
    // An address with an account: the complaint joins it.
    app.citizen("known.anon@example.be").await;
    anon.post_multipart("/complaints/new", &fields("known.anon@example.be", "key-anon-0003-abcdefgh"), &[]).await;
    let link = nafida_test_support::link_path(&app.last_mail_to("known.anon@example.be").await.text);
    anon.post(&link, &[]).await;
    let known = nafida_domain::Email::parse("known.anon@example.be").unwrap();
    let known = nafida_store::accounts::find_by_email(&app.db.db, &known).await.unwrap().unwrap();
    assert_eq!(cases::for_applicant(&app.db.db, &known.id, None, 10).await.unwrap().len(), 1);
    // Nobody's mailbox is flooded: five confirmation links a day to one address.
    let keys = ["key-flood-0001-abcdefgh", "key-flood-0002-abcdefgh", "key-flood-0003-abcdefgh"];
    let more = ["key-flood-0004-abcdefgh", "key-flood-0005-abcdefgh", "key-flood-0006-abcdefgh"];
    for key in keys.iter().chain(&more[..2]) {
        let r = anon.post_multipart("/complaints/new", &fields("flood.anon@example.be", key), &[]).await;
        assert!(r.body.contains("Confirmez votre adresse"), "{}", r.body);
    }
    let sixth = anon.post_multipart("/complaints/new", &fields("flood.anon@example.be", more[2]), &[]).await;
    assert!(sixth.body.contains("Trop de tentatives") && sixth.body.contains("value=\"flood.anon@example.be\""));
    // Signed in, the usual form.
    let mut signed = app.sign_in("known.anon@example.be").await;
    assert_eq!(signed.get("/complaints/new").await.header("location"), "/catalogue/complaint/start");
    app.teardown().await;
}

async fn complaints_are_redirected_keeping_their_clock_or_declared_inadmissible(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut c = app.citizen("redirected.person@example.be").await;
    c.get("/lang/fr").await;
    let mut file = async |key: &str| {
        let r = c
            .post_multipart(
                "/catalogue/complaint/start",
                &[
                    ("idempotency_key", key),
                    ("field_kind", "complaint"),
                    ("field_target", OFFICE),
                    ("field_topic", "consular-registration"),
                    ("field_subject", "Immatriculation refusée"),
                    ("field_description", "Le consulat a refusé mon immatriculation sans dire pourquoi."),
                ],
                &[],
            )
            .await;
        r.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string()
    };
    let first = file("key-redirect-0001-abcdef").await;
    let second = file("key-redirect-0002-abcdef").await;
    let before = cases::by_reference(&app.db.db, &first).await.unwrap().unwrap();
    // Not this office's matter: redirected three days later to the consulate, the 60 days
    // still counted from the filing.
    app.clock.advance_seconds(3 * 86_400);
    let mut c = app.sign_in("redirected.person@example.be").await;
    c.get("/lang/fr").await;
    let (mut agent, _) = app.staff("agent.redirect@example.ma", Role::Agent, OFFICE).await;
    let moved = agent
        .post(
            &format!("/staff/cases/{first}/transfer"),
            &[("org", "consulate-brussels"), ("reason", "L’immatriculation relève du consulat de Bruxelles.")],
        )
        .await;
    assert_eq!(moved.header("location"), "/staff/queue", "{}", moved.body);
    let after = cases::by_reference(&app.db.db, &first).await.unwrap().unwrap();
    assert_eq!((after.org_id.as_str(), &after.due_date), ("consulate-brussels", &before.due_date));
    let (mut consul, _) = app.staff("agent.brussels@example.ma", Role::Agent, "consulate-brussels").await;
    assert!(consul.get("/staff/queue").await.body.contains(&first));
    assert!(c.get(&format!("/cases/{first}")).await.body.contains("relève du consulat de Bruxelles"));
    // Before a court: inadmissible, with the reason the person reads.
    let silent = agent.post(&format!("/staff/cases/{second}/action"), &[("action", "declare-inadmissible")]).await;
    assert_eq!(silent.status, StatusCode::OK, "a reason is needed");
    assert_eq!(cases::by_reference(&app.db.db, &second).await.unwrap().unwrap().status, "received");
    let reason = "L’affaire est pendante devant le tribunal administratif de Rabat.";
    agent
        .post(&format!("/staff/cases/{second}/action"), &[("action", "declare-inadmissible"), ("motivation", reason)])
        .await;
    assert_eq!(cases::by_reference(&app.db.db, &second).await.unwrap().unwrap().status, "inadmissible");
    let page = c.get(&format!("/cases/{second}")).await.body;
    assert!(page.contains("Irrecevable (affaire devant la justice)") && page.contains(reason), "{page}");
    app.teardown().await;
}
