//! Cases end to end over HTTP: filing from the catalogue with a document, the receipt, the
//! dashboard, the agent's queue, "who looked at my file", a request for listed documents that
//! stops the clock, the upload, a motivated refusal; and the refusals: bad input, another
//! person's case, an administration out of scope.

use axum::http::StatusCode;
use nafida_domain::Role;
use nafida_store::cases;
use nafida_test_support::{Backend, PDF, PNG, TestApp};

use crate::DbTest;

pub fn tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![
        a_case_from_filing_to_decision,
        filing_is_checked_and_idempotent,
        cases_are_private,
        cases_are_transferred_and_assigned,
        administrations_give_opinions,
        deadlines_flag_escalate_and_approve_tacitly,
        the_clock_stands_still_while_a_request_awaits_its_payment,
        a_case_keeps_its_procedure_version,
        duplicates_fast_lane_and_bulk_actions,
        a_representative_files_for_another_person,
        references_carry_the_configured_prefix
    ]
}

fn reference_of(location: &str) -> String {
    location.trim_start_matches("/cases/").trim_end_matches("/receipt").to_string()
}

const OFFICE: &str = "commune-imzouren-civil-status";

async fn file_extract(c: &mut nafida_test_support::Client<'_>, key: &str) -> nafida_test_support::TestResponse {
    c.post_multipart(
        "/catalogue/birth-extract/start",
        &[
            ("idempotency_key", key),
            ("field_office", OFFICE),
            ("field_for_whom", "self"),
            ("field_holder_name_ar", "أمينة الإدريسي"),
            ("field_holder_name_latin", "Amina El Idrissi"),
            ("field_birth_date", "1990-04-12"),
            ("field_copies", "2"),
            ("field_delivery", "electronic"),
        ],
        &[("doc_applicant-id", "cnie.pdf", PDF)],
    )
    .await
}

async fn a_case_from_filing_to_decision(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut amina = app.citizen("amina@example.ma").await;
    amina.get("/lang/fr").await;
    let form = amina.get("/catalogue/birth-extract/start").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("name=\"idempotency_key\""));
    let r = file_extract(&mut amina, "key-0001-abcdefghijkl").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let reference = reference_of(r.header("location"));
    assert!(reference.starts_with("AH-26-"), "{reference}");
    // The receipt (law 55-19): reference, filing time, maximum decision date, what next.
    let receipt = amina.get(&format!("/cases/{reference}/receipt")).await;
    assert!(receipt.body.contains(&reference) && receipt.body.contains("Récépissé de dépôt"));
    // Filed on Monday 30 Nov 2026 (UTC): 7 working days → Wednesday 9 Dec 2026.
    assert!(receipt.body.contains("09/12/2026"), "{}", receipt.body);
    assert!(receipt.body.contains("court à partir du paiement"), "the date moves until it is paid");
    let mail = app.last_mail_to("amina@example.ma").await;
    assert!(mail.subject.contains(&reference) && mail.text.contains("09/12/2026"));
    // One dashboard, one vocabulary.
    let dash = amina.get("/cases").await;
    // Waiting for its payment, the administration's clock stands still.
    assert!(
        dash.body.contains(&reference)
            && dash.body.contains("Reçue")
            && dash.body.contains("Délai suspendu : 7 jours ouvrés resteront à la reprise"),
        "{}",
        dash.body
    );
    // What waits for her comes first, as a task: the payment; the receipt offers it too.
    assert!(dash.body.contains("Une demande attend quelque chose de vous"), "{}", dash.body);
    assert!(dash.body.contains("À faire : payer, pour que le bureau la traite"), "{}", dash.body);
    assert!(receipt.body.contains(&format!("action=\"/cases/{reference}/pay\"")), "{}", receipt.body);
    // Her account's home, where she lands after signing in, says it first.
    let home = amina.get("/account").await.body;
    assert!(home.contains("Une demande attend quelque chose de vous") && home.contains("À faire : payer"), "{home}");
    assert!(home.contains(&format!("href=\"/cases/{reference}\"")), "{home}");

    // The agent of the office sees it in the queue, opens it (recorded), and asks for a listed
    // document.
    let (mut agent, secret) = app.staff("agent@example.ma", Role::Agent, OFFICE).await;
    agent.get("/lang/fr").await;
    // Paid at the counter the same day: the clock runs from the filing.
    agent.post(&format!("/staff/cases/{reference}/payments"), &[("receipt_number", "Q-2026/0")]).await;
    let queue = agent.get("/staff/queue").await;
    assert!(queue.body.contains(&reference), "{}", queue.body);
    // Its status filters are those of the office's own procedures, not the permits' commission.
    assert!(queue.body.contains("status=in-review") && !queue.body.contains("status=commission"), "{}", queue.body);
    // Their home counts the office's work, each count a way into the queue.
    let home = agent.get("/staff").await.body;
    assert!(home.contains("1 demande ouverte") && home.contains("0 hors du délai légal"), "{home}");
    assert!(home.contains("flag=overdue"), "{home}");
    assert!(agent.get("/staff/queue?status=submitted").await.body.contains(&reference));
    assert!(!agent.get("/staff/queue?status=in-review").await.body.contains(&reference));
    let page = agent.get(&format!("/staff/cases/{reference}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Amina El Idrissi") && page.body.contains("cnie.pdf"));
    let mine = amina.get(&format!("/cases/{reference}")).await;
    assert!(mine.body.contains("Dossier consulté par Bureau d’état civil d’Imzouren (Agent)"), "{}", mine.body);
    assert!(mine.body.contains("Motif : traitement de la demande"));
    // The case page is laid out for work: the next deadline in view, the actions grouped.
    assert!(
        page.body.contains("Prochaine échéance :") && page.body.contains("la réponse à la demande"),
        "{}",
        page.body
    );
    assert!(page.body.contains("id=\"actions-title\"") && page.body.contains("Décider"), "{}", page.body);
    // Opened twice more within minutes: one line says how many times; the record keeps each.
    app.clock.advance_seconds(300);
    agent.get(&format!("/staff/cases/{reference}")).await;
    app.clock.advance_seconds(600);
    agent.get(&format!("/staff/cases/{reference}")).await;
    let mine = amina.get(&format!("/cases/{reference}")).await.body;
    assert!(
        mine.contains(
            "Dossier consulté 3 fois par Bureau d’état civil d’Imzouren (Agent), à moins d’une demi-heure d’intervalle"
        ),
        "{mine}"
    );
    assert!(!mine.contains("Dossier consulté par Bureau d’état civil"), "{mine}");
    let case_id = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap().id;
    let views =
        cases::events(&app.db.db, &case_id, true).await.unwrap().into_iter().filter(|e| e.kind == "viewed").count();
    assert_eq!(views, 3, "every opening stays on record");
    // Asking for something not on the list needs a reason.
    let bad = agent
        .post(
            &format!("/staff/cases/{reference}/action"),
            &[("action", "request-documents"), ("other_document", "Certificat de résidence")],
        )
        .await;
    assert!(bad.body.contains("Une pièce hors de la liste exige un motif écrit"));
    // What the agent typed stays in the form that was refused, and only there.
    assert!(
        bad.body.contains("name=\"other_document\" type=\"text\" value=\"Certificat de résidence\""),
        "{}",
        bad.body
    );
    let kept = agent
        .post(
            &format!("/staff/cases/{reference}/action"),
            &[
                ("action", "request-documents"),
                ("documents", "family-link"),
                ("other_document", "Attestation de résidence"),
                ("motivation", "Merci de compléter le dossier."),
            ],
        )
        .await
        .body;
    assert!(kept.contains("value=\"family-link\" checked"), "{kept}");
    assert!(kept.contains(">Merci de compléter le dossier.</textarea>"), "{kept}");
    assert_eq!(kept.matches("Merci de compléter le dossier.").count(), 1, "not copied into the other actions' forms");
    let req = agent
        .post(
            &format!("/staff/cases/{reference}/action"),
            &[("action", "request-documents"), ("documents", "family-link")],
        )
        .await;
    assert_eq!(req.status, StatusCode::SEE_OTHER);
    // The clock stops while the person is asked: three days pass before the answer.
    app.clock.advance_seconds(3 * 86_400);
    // Sessions have expired meanwhile: both sign in again.
    let mut amina = app.sign_in("amina@example.ma").await;
    amina.get("/lang/fr").await;
    let mut agent = app.sign_in_staff("agent@example.ma", &secret).await;
    agent.get("/lang/fr").await;
    // Told by mail (the default channel) and in the inbox, in French.
    let asked = app.last_mail_to("amina@example.ma").await;
    assert_eq!(asked.subject, format!("Pièces demandées pour votre demande {reference}"));
    let inbox = amina.get("/inbox").await;
    assert!(inbox.body.contains("Nouvelle étape : En attente de pièces de votre part"), "{}", inbox.body);
    assert!(inbox.body.contains("nouveau"));
    assert!(!amina.get("/inbox").await.body.contains(">nouveau<"), "read once opened");
    let waiting = amina.get(&format!("/cases/{reference}")).await;
    assert!(
        waiting.body.contains("À faire : envoyer les pièces demandées"),
        "{}",
        waiting.body.split("<main").nth(1).unwrap_or("")
    );
    let wrong_type = amina
        .post_multipart(
            &format!("/cases/{reference}/documents"),
            &[],
            &[("doc_family-link", "livret.pdf", b"not a pdf")],
        )
        .await;
    assert!(wrong_type.body.contains("doit être un PDF, un JPEG ou un PNG"), "{}", wrong_type.body);
    let sent = amina
        .post_multipart(&format!("/cases/{reference}/documents"), &[], &[("doc_family-link", "livret.png", PNG)])
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let c = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    assert_eq!(c.status, "in-review");
    // Waited Mon 30 Nov → Thu 3 Dec: 3 working days; due moves from 9 Dec to 14 Dec.
    assert_eq!((c.stopped_days, c.due_date.as_str()), (3, "2026-12-14"));
    // Law 55-19: the clock stops once for documents; a second request is refused.
    let again = agent
        .post(
            &format!("/staff/cases/{reference}/action"),
            &[("action", "request-documents"), ("documents", "family-link")],
        )
        .await;
    assert_eq!(again.status, StatusCode::OK);
    assert!(again.body.contains("le délai ne s’arrête qu’une fois pour cela"), "{}", again.body);
    // A document outside the list is only a message: status, clock and due date stay.
    let outside = agent
        .post(
            &format!("/staff/cases/{reference}/action"),
            &[
                ("action", "request-documents"),
                ("other_document", "Certificat de résidence légalisé"),
                ("other_reason", "Pour vérifier l’adresse déclarée."),
            ],
        )
        .await;
    assert_eq!(outside.status, StatusCode::SEE_OTHER, "{}", outside.body);
    let c = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    assert_eq!((c.status.as_str(), c.stopped_days, c.due_date.as_str()), ("in-review", 3, "2026-12-14"));
    let told = amina.get(&format!("/cases/{reference}")).await.body;
    // Each request in words: the documents by their names, never the stored codes.
    assert!(told.contains("Pièces demandées : Livret de famille"), "{told}");
    assert!(!told.contains("documents: ") && !told.contains("unlisted: ") && !told.contains("family-link"), "{told}");
    assert!(
        told.contains("Certificat de résidence légalisé") && told.contains("le délai continue de courir"),
        "{told}"
    );
    assert!(told.contains("field_kind=unlisted-document"), "the complaint is offered: {told}");

    // A refusal needs reasons; with them, the person sees the decision and why.
    let unmotivated =
        agent.post(&format!("/staff/cases/{reference}/action"), &[("action", "reject"), ("motivation", "non")]).await;
    assert!(unmotivated.body.contains("Une décision défavorable doit être motivée"));
    assert!(unmotivated.body.contains("name=\"motivation\" rows=\"2\">non</textarea>"), "{}", unmotivated.body);
    let note = agent.post(&format!("/staff/cases/{reference}/notes"), &[("note", "")]).await;
    assert_eq!(note.status, StatusCode::OK);
    assert!(note.body.contains("id=\"internal-note\" open"), "the refused form's section opens: {}", note.body);
    let motivation = "Aucun acte ne correspond à ce nom dans le registre de 1990.";
    let done = agent
        .post(&format!("/staff/cases/{reference}/action"), &[("action", "reject"), ("motivation", motivation)])
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert_eq!(app.last_mail_to("amina@example.ma").await.subject, format!("Décision sur votre demande {reference}"));
    agent
        .post(&format!("/staff/cases/{reference}/messages"), &[("note", "Vous pouvez demander une correction.")])
        .await;
    assert_eq!(
        app.last_mail_to("amina@example.ma").await.subject,
        format!("Nouveau message sur votre demande {reference}")
    );
    let decided = amina.get(&format!("/cases/{reference}")).await;
    assert!(decided.body.contains("Vous pouvez demander une correction."));
    assert!(decided.body.contains("Refusée") && decided.body.contains(motivation));
    assert!(!decided.body.contains("Retirer ma demande"), "no withdrawal after a decision");
    // An appeal within 30 days, with reasons; a supervisor of the commune decides it.
    assert!(decided.body.contains("Former un recours"), "the appeal is offered");
    let short = amina.post(&format!("/cases/{reference}/appeal"), &[("reason", "non")]).await;
    assert_eq!(short.status, StatusCode::OK, "reasons are needed");
    let appealed = amina
        .post(
            &format!("/cases/{reference}/appeal"),
            &[("reason", "L’acte existe : j’ai le livret de famille de 1990.")],
        )
        .await;
    assert_eq!(appealed.status, StatusCode::SEE_OTHER, "{}", appealed.body);
    let c = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    let today = nafida_domain::Date::legal(nafida_domain::clock::Clock::now(app.clock.as_ref()).millis());
    let cal = nafida_engine::clock::calendar(app.state.engine()).await.unwrap();
    assert_eq!(c.status, "appealed");
    assert_eq!(c.due_date, cal.due_date(today, 30, nafida_domain::catalog::DayCount::Calendar, 0).to_string());
    let agent_view = agent.get(&format!("/staff/cases/{reference}")).await.body;
    assert!(!agent_view.contains("Rejeter le recours"), "an agent does not decide an appeal");
    let (mut supervisor, _) = app.staff("chef.appel@example.ma", Role::Supervisor, "commune-imzouren").await;
    supervisor.get("/lang/fr").await;
    let dismissed = supervisor
        .post(
            &format!("/staff/cases/{reference}/action"),
            &[("action", "dismiss-appeal"), ("motivation", "Le livret ne mentionne pas d’acte à ce nom en 1990.")],
        )
        .await;
    assert_eq!(dismissed.status, StatusCode::SEE_OTHER, "{}", dismissed.body);
    let page = amina.get(&format!("/cases/{reference}")).await.body;
    assert!(page.contains("Recours rejeté") && page.contains("Le livret ne mentionne pas"), "on the timeline");
    assert!(!page.contains("Former un recours"), "one appeal");
    // Internal notes stay internal.
    agent.post(&format!("/staff/cases/{reference}/notes"), &[("note", "Vérifié le registre papier.")]).await;
    assert!(agent.get(&format!("/staff/cases/{reference}")).await.body.contains("Vérifié le registre papier."));
    assert!(!amina.get(&format!("/cases/{reference}")).await.body.contains("Vérifié le registre papier."));
    // The history only grows.
    let events = cases::events(&app.db.db, &c.id, true).await.unwrap();
    assert!(events.len() >= 7);
    assert_eq!(events.first().map(|e| e.kind.as_str()), Some("filed"));
    app.teardown().await;
}

async fn filing_is_checked_and_idempotent(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut c = app.citizen("karim@example.ma").await;
    c.get("/lang/en").await;
    // Missing fields and a document that is not what it claims: every error at once, values kept.
    let bad = c
        .post_multipart(
            "/catalogue/birth-extract/start",
            &[
                ("idempotency_key", "key-bad-0001-abcdef"),
                ("field_office", "consulate-nowhere"),
                ("field_holder_name_ar", "Karim"),
                ("field_birth_date", "1990-02-30"),
            ],
            &[("doc_applicant-id", "id.pdf", b"MZ\x90\x00 not a pdf")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::OK);
    for msg in [
        "Choose a value from the list.",
        "Write this name in Arabic letters.",
        "Enter a real date",
        "Fill in “You are, to the holder of the act”",
        "attach them again",
    ] {
        assert!(bad.body.contains(msg), "{msg}");
    }
    assert!(bad.body.contains("value=\"Karim\""));
    assert!(
        cases::for_applicant(&app.db.db, &user(&app, "karim@example.ma").await, None, 10).await.unwrap().is_empty()
    );
    // A double click sends the same key twice: one case.
    let first = file_extract(&mut c, "key-double-0001-abcdef").await;
    let second = file_extract(&mut c, "key-double-0001-abcdef").await;
    assert_eq!(first.header("location"), second.header("location"));
    assert_eq!(
        cases::for_applicant(&app.db.db, &user(&app, "karim@example.ma").await, None, 10).await.unwrap().len(),
        1
    );
    // The person may withdraw until the decision.
    let reference = reference_of(first.header("location"));
    // Asked first: without the confirmation nothing happens, the page says why.
    let unconfirmed = c.post(&format!("/cases/{reference}/withdraw"), &[]).await;
    assert_eq!(unconfirmed.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unconfirmed.body.contains("Tick the box to confirm the withdrawal"), "{}", unconfirmed.body);
    assert!(!c.get(&format!("/cases/{reference}")).await.body.contains("Withdrawn"));
    c.post(&format!("/cases/{reference}/withdraw"), &[("confirm", "yes")]).await;
    assert!(c.get(&format!("/cases/{reference}")).await.body.contains("Withdrawn"));
    assert_eq!(
        c.post(&format!("/cases/{reference}/withdraw"), &[("confirm", "yes")]).await.status,
        StatusCode::FORBIDDEN
    );
    app.teardown().await;
}

async fn user(app: &TestApp, email: &str) -> String {
    nafida_store::accounts::find_by_email(&app.db.db, &nafida_domain::Email::parse(email).unwrap())
        .await
        .unwrap()
        .unwrap()
        .id
}

async fn cases_are_private(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut owner = app.citizen("owner@example.ma").await;
    let r = file_extract(&mut owner, "key-private-0001-abcdef").await;
    let reference = reference_of(r.header("location"));
    let c = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    let file_id = cases::attachments(&app.db.db, &c.id).await.unwrap().remove(0).id;
    let own_file = owner.get(&format!("/cases/{reference}/files/{file_id}")).await;
    assert_eq!(own_file.status, StatusCode::OK);
    assert_eq!(own_file.body.as_bytes(), PDF);
    let mut other = app.citizen("other@example.ma").await;
    let unknown = "AH-26-00000000";
    for path in [
        format!("/cases/{reference}"),
        format!("/cases/{reference}/receipt"),
        format!("/cases/{reference}/files/{file_id}"),
        format!("/cases/{unknown}"),
        format!("/cases/{}", c.id),
    ] {
        let resp = other.get(&path).await;
        assert_eq!(resp.status, StatusCode::NOT_FOUND, "{path}");
    }
    // The same answer for someone else's case and for one that does not exist.
    let theirs = other.get(&format!("/cases/{reference}")).await.body;
    let none = other.get(&format!("/cases/{unknown}")).await.body;
    let main = |b: &str| b.split("<main").nth(1).unwrap_or("").to_string();
    assert_eq!(main(&theirs), main(&none));
    assert_eq!(
        other.post(&format!("/cases/{reference}/messages"), &[("message", "hello")]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(other.post(&format!("/cases/{reference}/withdraw"), &[]).await.status, StatusCode::NOT_FOUND);
    // Staff of another administration see nothing either.
    let (mut paris, _) = app.staff("paris@example.ma", Role::Agent, "consulate-paris").await;
    assert_eq!(paris.get(&format!("/staff/cases/{reference}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        paris.post(&format!("/staff/cases/{reference}/action"), &[("action", "approve")]).await.status,
        StatusCode::NOT_FOUND
    );
    assert!(!paris.get("/staff/queue").await.body.contains(&reference));
    assert_eq!(paris.get(&format!("/staff/queue?org={OFFICE}")).await.status, StatusCode::NOT_FOUND);
    // A supervisor above the office sees it.
    let (mut sup, _) = app.staff("sup@example.ma", Role::Supervisor, "commune-imzouren").await;
    assert_eq!(sup.get(&format!("/staff/cases/{reference}?reason=supervision")).await.status, StatusCode::OK);
    assert!(
        owner.get(&format!("/cases/{reference}")).await.body.contains("Motif : supervision"),
        "who looked, and why"
    );
    app.teardown().await;
}

async fn a_case_keeps_its_procedure_version(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut c = app.citizen("old@example.ma").await;
    c.get("/lang/fr").await;
    // An older version of the procedure, with another title and a workflow whose first status
    // was named otherwise, is in the register, and a case was filed under it.
    let (current, workflow) = nafida_store::catalog::version_source(
        &app.db.db,
        "birth-extract",
        crate::support::shipped_version("birth-extract"),
    )
    .await
    .unwrap()
    .unwrap();
    let old = nafida_store::catalog::ServedVersion {
        id: "birth-extract".into(),
        version: 0,
        source: current
            .replace("version = 3", "version = 0")
            // Written before effects were a list: the key an older version declared it with.
            .replace(
                "effects = [{ name = \"issue-document\", kind = \"birth-extract\" }]",
                "issues = \"birth-extract\"",
            )
            .replace("fr = \"Extrait d’acte de naissance\"", "fr = \"Extrait (ancienne version)\""),
        workflow_source: workflow.unwrap().replace("fr = \"Déposé\"", "fr = \"Enregistré (ancien circuit)\""),
    };
    assert!(nafida_store::catalog::record_versions(&app.db.db, &[old], 0).await.unwrap().is_empty());
    let applicant = user(&app, "old@example.ma").await;
    let reference = nafida_domain::CaseRef::generate("AH", 2026, [9, 9, 9, 9, 9, 9, 9]);
    let new = cases::NewCase {
        reference: reference.as_str(),
        procedure_id: "birth-extract",
        procedure_version: 0,
        applicant_id: &applicant,
        org_id: OFFICE,
        status: "submitted",
        phase: nafida_domain::catalog::Phase::Received,
        form_data: "{}",
        due_date: "2026-12-03",
        idempotency_key: "key-old-version-0001",
        represented_name: None,
        flags: "",
        clock_stopped: false,
        etimbre_hash: None,
        related_case_id: None,
        fast_lane_card: None,
        mandate_id: None,
    };
    cases::file(&app.db.db, &new, &[], &[], nafida_test_support::T0.millis()).await.unwrap();
    let page = c.get(&format!("/cases/{reference}")).await;
    assert!(page.body.contains("Extrait (ancienne version)"), "the case shows the version it was filed under");
    assert!(page.body.contains("Enregistré (ancien circuit)"), "and the workflow of that version");
    let (old, _) = nafida_engine::cases::procedure_of(
        app.state.engine(),
        &cases::by_reference(&app.db.db, reference.as_str()).await.unwrap().unwrap(),
    )
    .await
    .unwrap();
    assert_eq!(
        nafida_engine::civil::issues_civil_document(&old),
        Some("birth-extract"),
        "its effect, declared the old way"
    );
    // New filings use the current version.
    let r = file_extract(&mut c, "key-new-version-0001").await;
    let fresh = c.get(&format!("/cases/{}", reference_of(r.header("location")))).await;
    assert!(fresh.body.contains("Extrait d’acte de naissance"));
    assert!(fresh.body.contains("Déposé") && !fresh.body.contains("ancien circuit"));
    app.teardown().await;
}

async fn deadlines_flag_escalate_and_approve_tacitly(backend: Backend) {
    use nafida_engine::deadlines::run_once;
    let app = TestApp::new(backend).await;
    let mut c = app.citizen("late@example.ma").await;
    let r = file_extract(&mut c, "key-deadline-0001-abc").await;
    let reference = reference_of(r.header("location"));
    // Paid at once at a counter: filed Monday 30 Nov, due Wednesday 9 Dec (7 working days).
    let (mut counter, _) = app.staff("counter.agent@example.ma", Role::Agent, OFFICE).await;
    counter.post(&format!("/staff/cases/{reference}/payments"), &[("receipt_number", "Q-2026/1")]).await;
    assert_eq!(cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap().due_date, "2026-12-09");
    assert_eq!(run_once(app.state.engine()).await.unwrap().flagged, 0);
    app.clock.advance_seconds(7 * 86_400); // Monday 7 Dec: 2 working days left.
    let pass = run_once(app.state.engine()).await.unwrap();
    assert_eq!(pass.flagged, 1);
    assert_eq!(cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap().flags.stored(), "due-soon");
    // Supervisors above the office and the provincial cell are told by mail when it escalates.
    app.create_user("sup.imz@example.ma", "correct horse battery", Role::Supervisor, Some("commune-imzouren")).await;
    app.create_user("sup.paris@example.ma", "correct horse battery", Role::Supervisor, Some("consulate-paris")).await;
    app.create_user("cell@example.ma", "correct horse battery", Role::Agent, Some("al-hoceima-mre-cell")).await;
    app.clock.advance_seconds(3 * 86_400); // Thursday 10 Dec: overdue.
    let pass = run_once(app.state.engine()).await.unwrap();
    assert_eq!((pass.flagged, pass.escalated), (1, 1));
    // A second node running the same pass changes nothing.
    assert_eq!(
        run_once(app.state.engine()).await.unwrap(),
        nafida_engine::deadlines::Pass { checked: 1, ..Default::default() }
    );
    let flags = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap().flags.stored();
    assert_eq!(flags, "escalated,overdue");
    let told = app.last_mail_to("sup.imz@example.ma").await;
    assert_eq!(told.subject, format!("Dossier en retard : {reference}"));
    assert!(app.mails().await.iter().all(|m| m.to != "sup.paris@example.ma"), "only supervisors above the office");
    assert!(app.mails().await.iter().all(|m| m.to != "cell@example.ma"), "the cell comes later");
    let person = app.last_mail_to("late@example.ma").await;
    assert_eq!(person.subject, format!("Votre demande {reference} est en retard"), "the person is told too");
    // The queue filters on flags.
    let (mut agent, _) = app.staff("queue.agent@example.ma", Role::Agent, OFFICE).await;
    assert!(agent.get("/staff/queue?flag=overdue").await.body.contains(&reference));
    assert!(!agent.get("/staff/queue?flag=due-soon").await.body.contains(&reference));
    assert!(agent.get("/staff/queue?flag=escalated").await.body.contains(&reference));
    assert!(!agent.get("/staff/queue?flag=fast-lane").await.body.contains(&reference));
    agent.get("/lang/fr").await;
    let home = agent.get("/staff").await.body;
    assert!(home.contains("1 hors du délai légal") && home.contains("1 signalée à la hiérarchie"), "{home}");
    let mut c = app.sign_in("late@example.ma").await;
    c.get("/lang/fr").await;
    let page = c.get(&format!("/cases/{reference}")).await;
    assert!(page.body.contains("Délai dépassé : dossier signalé au superviseur"), "{}", page.body);
    app.clock.advance_seconds(8 * 86_400); // More than 5 working days late: the cell is told.
    assert_eq!(run_once(app.state.engine()).await.unwrap().escalated, 1);
    assert!(app.last_mail_to("cell@example.ma").await.subject.contains(&reference));
    let case = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    assert!(case.flags.stored().contains("escalated-cell"));
    let escalations =
        cases::events(&app.db.db, &case.id, false).await.unwrap().iter().filter(|e| e.kind == "escalated").count();
    assert_eq!(escalations, 2);

    // Silence means consent for a building permit: 30 days after filing it is approved.
    let mut architect = crate::permits::architect(&app, "architect@example.ma").await;
    let mut owner = app.citizen("mohamed.amrani@example.nl").await;
    let mandate =
        crate::permits::mandate(&app, &mut owner, "mohamed.amrani@example.nl", "architect@example.ma", "TF 12345/24")
            .await;
    let permit = architect
        .post_multipart(
            "/catalogue/building-permit/start",
            &[
                ("idempotency_key", "key-permit-0001-abcdef"),
                ("mandate", &mandate),
                ("field_commune", "commune-ajdir"),
                ("field_land_title", "TF 12345/24"),
                ("field_owner_name", "Mohamed Amrani"),
                ("field_floor_area", "180"),
                ("field_project_kind", "small"),
            ],
            &crate::permits::permit_files("small"),
        )
        .await;
    assert_eq!(permit.status, StatusCode::SEE_OTHER, "{}", permit.body);
    let permit_ref = reference_of(permit.header("location"));
    assert_eq!(architect.get(&format!("/cases/{permit_ref}/silence-certificate")).await.status, StatusCode::NOT_FOUND);
    app.clock.advance_seconds(40 * 86_400);
    assert_eq!(run_once(app.state.engine()).await.unwrap().tacit, 1);
    let approved = cases::by_reference(&app.db.db, &permit_ref).await.unwrap().unwrap();
    assert_eq!((approved.status.as_str(), approved.phase.as_str()), ("approved", "approved"));
    let mut architect = app.sign_in("architect@example.ma").await;
    architect.get("/lang/fr").await;
    // The platform approved it: said so, with no internal role code.
    let page = architect.get(&format!("/cases/{permit_ref}")).await.body;
    assert!(page.contains("Accepté — Nafida") && !page.contains("role-system"), "{page}");
    // The certificate is a sealed document in the governor's name, verifiable like any other.
    let cert = architect.get(&format!("/cases/{permit_ref}/silence-certificate")).await;
    assert_eq!(cert.status, StatusCode::SEE_OTHER);
    let pdf = architect.get(cert.header("location")).await;
    assert_eq!(pdf.header("content-type"), "application/pdf");
    let case = cases::by_reference(&app.db.db, &permit_ref).await.unwrap().unwrap();
    let docs = nafida_store::documents::of_case(&app.db.db, &case.id).await.unwrap();
    let certificate = docs.iter().find(|d| d.kind == "silence-certificate").expect("issued with the tacit approval");
    assert_eq!(certificate.office_id, "al-hoceima-governor");
    let keys = nafida_engine::documents::public_keys(app.state.engine()).await.unwrap();
    let verified = nafida_docs::verify(&pdf.bytes, &keys).unwrap();
    assert_eq!(verified.data["reference"], permit_ref.as_str());
    let shown = architect.get(&format!("/verify/{}", certificate.code)).await.body;
    assert!(
        shown.contains("Certificat de silence de l’administration") && shown.contains("Document valide"),
        "{shown}"
    );
    app.teardown().await;
}

async fn cases_are_transferred_and_assigned(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut c = app.citizen("moved@example.ma").await;
    c.get("/lang/fr").await;
    let reference = reference_of(file_extract(&mut c, "key-transfer-0001-abc").await.header("location"));
    let (mut imzouren, _) = app.staff("imz@example.ma", Role::Agent, OFFICE).await;
    let no_reason = imzouren
        .post(
            &format!("/staff/cases/{reference}/transfer"),
            &[("org", "commune-targuist-civil-status"), ("reason", "")],
        )
        .await;
    assert_eq!(no_reason.status, StatusCode::OK, "a transfer needs a reason");
    let moved = imzouren
        .post(
            &format!("/staff/cases/{reference}/transfer"),
            &[("org", "commune-targuist-civil-status"), ("reason", "L’acte est inscrit à Targuist, pas à Imzouren.")],
        )
        .await;
    assert_eq!(moved.header("location"), "/staff/queue");
    assert_eq!(
        imzouren.get(&format!("/staff/cases/{reference}")).await.status,
        StatusCode::NOT_FOUND,
        "no longer in its scope"
    );
    let (mut targuist, _) = app.staff("tar@example.ma", Role::Agent, "commune-targuist-civil-status").await;
    assert!(targuist.get("/staff/queue").await.body.contains(&reference));
    let page = c.get(&format!("/cases/{reference}")).await;
    assert!(
        page.body.contains("Dossier transmis à Bureau d’état civil de Targuist")
            && page.body.contains("inscrit à Targuist"),
        "{}",
        page.body
    );
    // Agents do not assign; a supervisor above the office does, to a staff member of it.
    let tar_id = user(&app, "tar@example.ma").await;
    assert_eq!(
        targuist.post(&format!("/staff/cases/{reference}/assign"), &[("assignee", &tar_id)]).await.status,
        StatusCode::FORBIDDEN
    );
    let (mut sup, _) = app.staff("tar.sup@example.ma", Role::Supervisor, "commune-targuist").await;
    let outsider = user(&app, "imz@example.ma").await;
    assert_eq!(
        sup.post(&format!("/staff/cases/{reference}/assign"), &[("assignee", &outsider)]).await.status,
        StatusCode::OK,
        "refused: not of the office"
    );
    assert_eq!(
        sup.post(&format!("/staff/cases/{reference}/assign"), &[("assignee", &tar_id)]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap().assignee_id, Some(tar_id));
    assert!(targuist.get("/staff/queue?mine=1").await.body.contains(&reference));
    // Bulk: a second agent takes several cases at once; a case outside the scope is skipped.
    let second = reference_of(file_extract(&mut c, "key-transfer-0002-abc").await.header("location"));
    let (mut imz2, _) = app.staff("imz2@example.ma", Role::Agent, OFFICE).await;
    let r = imz2.post("/staff/queue/bulk", &[("op", "claim"), ("case", &second), ("case", &reference)]).await;
    assert_eq!(r.header("location"), "/staff/queue?done=1&skipped=1");
    assert!(imz2.get("/staff/queue?done=1&skipped=1").await.body.contains("Un dossier traité. Un écarté"));
    let me = user(&app, "imz2@example.ma").await;
    assert_eq!(cases::by_reference(&app.db.db, &second).await.unwrap().unwrap().assignee_id, Some(me));
    assert_ne!(
        cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap().assignee_id,
        Some(user(&app, "imz2@example.ma").await)
    );
    app.teardown().await;
}

async fn administrations_give_opinions(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut architect = crate::permits::architect(&app, "archi@example.ma").await;
    architect.get("/lang/fr").await;
    let mut owner = app.citizen("samira.amrani@example.de").await;
    let mandate =
        crate::permits::mandate(&app, &mut owner, "samira.amrani@example.de", "archi@example.ma", "TF 777/24").await;
    let permit = architect
        .post_multipart(
            "/catalogue/building-permit/start",
            &[
                ("idempotency_key", "key-opinion-0001-abcdef"),
                ("mandate", &mandate),
                ("field_commune", "commune-ajdir"),
                ("field_land_title", "TF 777/24"),
                ("field_owner_name", "Samira Amrani"),
                ("field_floor_area", "220"),
                ("field_project_kind", "large"),
            ],
            &crate::permits::permit_files("large"),
        )
        .await;
    let reference = reference_of(permit.header("location"));
    let (mut urbanism, _) = app.staff("urba@example.ma", Role::Agent, "commune-ajdir-urbanism").await;
    urbanism.get("/lang/fr").await;
    let empty = urbanism
        .post(
            &format!("/staff/cases/{reference}/opinions"),
            &[("org", "al-hoceima-civil-protection"), ("question", "")],
        )
        .await;
    assert_eq!(empty.status, StatusCode::OK, "a question is required");
    let asked = urbanism
        .post(
            &format!("/staff/cases/{reference}/opinions"),
            &[
                ("org", "al-hoceima-civil-protection"),
                ("question", "Les issues de secours du rez-de-chaussée sont-elles suffisantes ?"),
            ],
        )
        .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER);
    let (mut protection, _) = app.staff("pc@example.ma", Role::Agent, "al-hoceima-civil-protection").await;
    protection.get("/lang/fr").await;
    let list = protection.get("/staff/opinions").await;
    assert!(list.body.contains(&reference), "{}", list.body);
    let href = list.body.split("href=\"/staff/opinions/").nth(1).and_then(|s| s.split('"').next()).unwrap().to_string();
    let path = format!("/staff/opinions/{href}");
    let (mut other, _) = app.staff("paris.op@example.ma", Role::Agent, "consulate-paris").await;
    assert_eq!(other.get(&path).await.status, StatusCode::NOT_FOUND);
    let page = protection.get(&path).await;
    assert!(page.body.contains("issues de secours") && page.body.contains("Samira Amrani"));
    let bad = protection.post(&path, &[("verdict", "maybe"), ("answer", "ok")]).await;
    assert_eq!(bad.status, StatusCode::OK);
    let given =
        protection.post(&path, &[("verdict", "reserves"), ("answer", "Ajouter une seconde issue côté rue.")]).await;
    assert_eq!(given.status, StatusCode::SEE_OTHER);
    assert_eq!(
        protection.post(&path, &[("verdict", "favourable"), ("answer", "Changement d’avis tardif.")]).await.status,
        StatusCode::NOT_FOUND,
        "given once"
    );
    let case_page = urbanism.get(&format!("/staff/cases/{reference}")).await;
    assert!(case_page.body.contains("Favorable avec réserves") && case_page.body.contains("seconde issue"));
    // The permit’s time limit may be extended once, with a reason (since version 5 of the
    // procedure; version 6 added the commission, the permit and the tax; version 7 the
    // owner's mandate and the plan set).
    let before = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    assert_eq!(before.procedure_version, 7);
    assert!(urbanism.get(&format!("/staff/cases/{reference}")).await.body.contains("Prolonger le délai de 30 jours"));
    // Without a reason, refused beside the extension's own field, its section open.
    let unreasoned = urbanism.post(&format!("/staff/cases/{reference}/extend"), &[("reason", "")]).await;
    assert_eq!(unreasoned.status, StatusCode::OK);
    assert!(unreasoned.body.contains("field-invalid\"><label for=\"f-extend_reason\""), "{}", unreasoned.body);
    assert!(unreasoned.body.contains("id=\"extend\" open"), "{}", unreasoned.body);
    let extended = urbanism
        .post(&format!("/staff/cases/{reference}/extend"), &[("reason", "Expertise géotechnique nécessaire.")])
        .await;
    assert_eq!(extended.status, StatusCode::SEE_OTHER);
    let after = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    assert!(after.due_date > before.due_date, "{} → {}", before.due_date, after.due_date);
    assert_eq!(
        urbanism.post(&format!("/staff/cases/{reference}/extend"), &[("reason", "Encore une fois, svp.")]).await.status,
        StatusCode::FORBIDDEN,
        "once"
    );
    let mine = architect.get(&format!("/cases/{reference}")).await;
    assert!(mine.body.contains("Délai prolongé de 30 jours") && mine.body.contains("Expertise géotechnique"));
    assert!(mine.body.contains("Avis demandé à Commandement provincial de la Protection civile"), "{}", mine.body);
    assert!(mine.body.contains("Motif : avis demandé"), "who looked, and why");
    app.teardown().await;
}

async fn duplicates_fast_lane_and_bulk_actions(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut c = app.citizen("twice@example.ma").await;
    c.get("/lang/fr").await;
    let first = reference_of(file_extract(&mut c, "key-twin-0001-abcdef").await.header("location"));
    // The same form again (another tab, not a retry): filed, but flagged for the office.
    let second = reference_of(file_extract(&mut c, "key-twin-0002-abcdef").await.header("location"));
    assert_ne!(first, second);
    assert_eq!(cases::by_reference(&app.db.db, &first).await.unwrap().unwrap().flags.stored(), "awaiting-payment");
    assert_eq!(
        cases::by_reference(&app.db.db, &second).await.unwrap().unwrap().flags.stored(),
        "awaiting-payment,possible-duplicate"
    );
    let (mut agent, _) = app.staff("agent.twin@example.ma", Role::Agent, OFFICE).await;
    let flagged = agent.get("/staff/queue?flag=possible-duplicate").await.body;
    assert!(flagged.contains(&second) && !flagged.contains(&first), "{flagged}");
    assert!(flagged.contains("Doublon possible"));
    let page = agent.get(&format!("/staff/cases/{second}")).await.body;
    assert!(page.contains("d’autres demandes ouvertes") && page.contains(&format!("/staff/cases/{first}?")));
    // The fast lane is a supervisor's decision, with a reason the person sees.
    assert_eq!(
        agent
            .post(&format!("/staff/cases/{first}/fast-lane"), &[("on", "1"), ("reason", "Décès dans la famille")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let (mut sup, _) = app.staff("sup.twin@example.ma", Role::Supervisor, "commune-imzouren").await;
    let short = sup.post(&format!("/staff/cases/{first}/fast-lane"), &[("on", "1"), ("reason", "vite")]).await;
    assert_eq!(short.status, StatusCode::OK, "a reason is needed");
    let r = sup
        .post(&format!("/staff/cases/{first}/fast-lane"), &[("on", "1"), ("reason", "Retour au Maroc pour un décès")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(
        cases::by_reference(&app.db.db, &first).await.unwrap().unwrap().flags.stored(),
        "awaiting-payment,fast-lane"
    );
    let fast = agent.get("/staff/queue?flag=fast-lane").await.body;
    assert!(fast.contains(&first) && !fast.contains(&second));
    let seen = c.get(&format!("/cases/{first}")).await.body;
    assert!(seen.contains("Passé en voie rapide") && seen.contains("Retour au Maroc pour un décès"));
    // Bulk: the supervisor assigns both to the agent, then the agent starts the review of both.
    let agent_id = user(&app, "agent.twin@example.ma").await;
    let queue = sup.get("/staff/queue?org=commune-imzouren-civil-status").await.body;
    assert!(queue.contains(&format!("value=\"{agent_id}\"")), "colleagues offered");
    let r = sup
        .post("/staff/queue/bulk", &[("op", "assign"), ("assignee", &agent_id), ("case", &first), ("case", &second)])
        .await;
    assert_eq!(r.header("location"), "/staff/queue?done=2&skipped=0");
    assert!(agent.get("/staff/queue?mine=1").await.body.contains(&second));
    assert_eq!(
        agent.post("/staff/queue/bulk", &[("op", "assign"), ("assignee", &agent_id), ("case", &first)]).await.status,
        StatusCode::FORBIDDEN,
        "agents do not assign"
    );
    let offered = agent.get("/staff/queue").await.body;
    assert!(
        offered.contains("value=\"start-review\"") && !offered.contains("value=\"reject\""),
        "only actions without reasons"
    );
    let r = agent.post("/staff/queue/bulk", &[("op", "reject"), ("case", &first)]).await;
    assert_eq!(r.header("location"), "/staff/queue?done=0&skipped=1", "a refusal needs reasons: never in bulk");
    let r = agent.post("/staff/queue/bulk", &[("op", "start-review"), ("case", &first), ("case", &second)]).await;
    assert_eq!(r.header("location"), "/staff/queue?done=2&skipped=0");
    for r in [&first, &second] {
        assert_eq!(cases::by_reference(&app.db.db, r).await.unwrap().unwrap().status, "in-review");
    }
    // The fast lane is taken off the same way, and the flags the deadline job sets stay.
    sup.post(&format!("/staff/cases/{first}/fast-lane"), &[("on", "0")]).await;
    assert_eq!(cases::by_reference(&app.db.db, &first).await.unwrap().unwrap().flags.stored(), "awaiting-payment");
    app.teardown().await;
}

async fn a_representative_files_for_another_person(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut son = app.citizen("son@example.ma").await;
    son.get("/lang/fr").await;
    let form = son.get("/catalogue/life-certificate/start").await.body;
    assert!(form.contains("name=\"represented_name\"") && form.contains("name=\"doc_mandate\""));
    assert!(
        !son.get("/catalogue/birth-extract/start").await.body.contains("represented_name"),
        "only where a representative may file"
    );
    let fields = |name: &'static str| {
        vec![
            ("idempotency_key", "key-represent-0001-abc"),
            ("field_post", "consulate-brussels"),
            ("field_pension_fund", "CMR"),
            ("field_home_visit", "no"),
            ("represented_name", name),
        ]
    };
    // A name without the mandate: every error at once, what was typed kept.
    let r = son
        .post_multipart(
            "/catalogue/life-certificate/start",
            &fields("Mohamed Amrani"),
            &[("doc_identity", "id.pdf", PDF)],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body.contains("Joignez « Mandat (procuration) »") && r.body.contains("value=\"Mohamed Amrani\""),
        "{}",
        r.body
    );
    let r = son
        .post_multipart(
            "/catalogue/life-certificate/start",
            &fields("Mohamed Amrani"),
            &[("doc_identity", "id.pdf", PDF), ("doc_mandate", "mandat.txt", b"not a document")],
        )
        .await;
    assert!(r.body.contains("« Mandat (procuration) » doit être un PDF"), "checked by content");
    let r = son
        .post_multipart(
            "/catalogue/life-certificate/start",
            &fields("Mohamed Amrani"),
            &[("doc_identity", "id.pdf", PDF), ("doc_mandate", "mandat.png", PNG)],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let reference = reference_of(r.header("location"));
    let page = son.get(&format!("/cases/{reference}")).await.body;
    assert!(page.contains("Déposée pour Mohamed Amrani par vous, en tant que mandataire"));
    assert!(page.contains("Mandat (procuration)"), "the mandate is among the files");
    let (mut agent, _) = app.staff("brussels@example.ma", Role::Agent, "consulate-brussels").await;
    agent.get("/lang/fr").await;
    let staff_page = agent.get(&format!("/staff/cases/{reference}")).await.body;
    assert!(staff_page.contains("Déposée pour Mohamed Amrani par un mandataire") && staff_page.contains("mandat.png"));
    // The post's staff read its history in the post's time, not Morocco's.
    assert!(staff_page.contains("(Bruxelles, GMT+1)") && !staff_page.contains("(Casablanca,"), "{staff_page}");
    // Filing for oneself leaves the name empty and needs no mandate.
    let mut own = fields("");
    own[0].1 = "key-represent-0002-abc";
    let r = son.post_multipart("/catalogue/life-certificate/start", &own, &[("doc_identity", "id.pdf", PDF)]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let own_ref = reference_of(r.header("location"));
    assert!(!son.get(&format!("/cases/{own_ref}")).await.body.contains("mandataire"));
    app.teardown().await;
}

async fn the_clock_stands_still_while_a_request_awaits_its_payment(backend: Backend) {
    use nafida_engine::deadlines::run_once;
    let app = TestApp::new(backend).await;
    let mut c = app.citizen("unpaid@example.ma").await;
    c.get("/lang/fr").await;
    let reference = reference_of(file_extract(&mut c, "key-unpaid-0001-abcdef").await.header("location"));
    // Filed Monday 30 Nov; unpaid for two weeks: never due soon nor overdue, nobody escalated.
    app.clock.advance_seconds(14 * 86_400);
    let pass = run_once(app.state.engine()).await.unwrap();
    assert_eq!((pass.flagged, pass.escalated), (0, 0));
    let mut c = app.sign_in("unpaid@example.ma").await;
    c.get("/lang/fr").await;
    assert!(c.get(&format!("/cases/{reference}")).await.body.contains("Délai suspendu : 7 jours ouvrés"));
    // A request for documents while unpaid keeps it stopped; so does the payment while the
    // person still owes documents.
    let (mut agent, _) = app.staff("unpaid.agent@example.ma", Role::Agent, OFFICE).await;
    agent
        .post(
            &format!("/staff/cases/{reference}/action"),
            &[("action", "request-documents"), ("documents", "family-link")],
        )
        .await;
    agent.post(&format!("/staff/cases/{reference}/payments"), &[("receipt_number", "Q-2026/2")]).await;
    let case = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    assert_eq!((case.flags.stored().as_str(), case.due_date.as_str()), ("", "2026-12-09"));
    assert!(case.waiting_since.is_some(), "still waiting for the person");
    // Monday 21 Dec the documents come: 15 working days stood still, due 7 working days on.
    app.clock.advance_seconds(7 * 86_400);
    let mut c = app.sign_in("unpaid@example.ma").await;
    let sent = c
        .post_multipart(&format!("/cases/{reference}/documents"), &[], &[("doc_family-link", "livret.pdf", PDF)])
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let case = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    assert_eq!((case.stopped_days, case.waiting_since), (15, None));
    assert_eq!(case.due_date, "2026-12-30");

    // Paid online on the day it was filed: the clock runs from the payment on.
    let mut b = app.citizen("paid.online@example.ma").await;
    let second = reference_of(file_extract(&mut b, "key-unpaid-0002-abcdef").await.header("location"));
    app.clock.advance_seconds(2 * 86_400); // Wednesday 23 Dec: two working days stood still.
    let mut b = app.sign_in("paid.online@example.ma").await;
    let checkout = b.post(&format!("/cases/{second}/pay"), &[]).await.header("location").to_string();
    b.post(&checkout, &[("outcome", "paid")]).await;
    let case = cases::by_reference(&app.db.db, &second).await.unwrap().unwrap();
    assert_eq!((case.flags.stored().as_str(), case.stopped_days, case.waiting_since), ("", 2, None));
    assert_eq!(run_once(app.state.engine()).await.unwrap().checked, 2, "both clocks run again");
    app.teardown().await;
}

/// The reference prefix is the deployment's (configuration), not written in the code.
async fn references_carry_the_configured_prefix(backend: Backend) {
    let settings = nafida_web::WebSettings { reference_prefix: "TG".into(), ..nafida_web::WebSettings::default() };
    let app = TestApp::with_settings(backend, settings).await;
    let mut c = app.citizen("tanger@example.ma").await;
    let r = file_extract(&mut c, "key-prefix-0001-abcdef").await;
    let reference = reference_of(r.header("location"));
    assert!(reference.starts_with("TG-26-"), "{reference}");
    assert_eq!(c.get(&format!("/cases/{reference}")).await.status, StatusCode::OK, "and it is found by it");
    app.teardown().await;
}
