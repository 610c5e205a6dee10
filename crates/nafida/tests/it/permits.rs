//! Permits before the commission: the file goes to every body its category needs at once,
//! each with its own deadline; the urban agency's binding opinion must be given and not
//! unfavourable before the permit is decided; an opinion after its deadline is recorded late;
//! the applicant follows each body's opinion.

use axum::http::StatusCode;
use nafida_domain::Role;
use nafida_store::cases;
use nafida_test_support::{Backend, Client, PDF, TestApp};

use crate::DbTest;

pub fn tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![
        the_commission_gives_its_opinions_and_a_binding_one_decides,
        permit_delays_are_public_per_commune,
        an_architect_declares_a_number_an_agent_checks_once,
        an_owner_abroad_mandates_an_architect_and_follows_the_permit,
        the_plan_set_is_complete_streamed_and_versioned,
        a_habitation_permit_needs_its_inspection_visit
    ]
}

/// A citizen who declared a registration number with the Order, checked by an agent.
pub async fn architect<'a>(app: &'a TestApp, email: &str) -> Client<'a> {
    let mut c = app.citizen(email).await;
    let number: String = email.chars().filter(char::is_ascii_alphanumeric).take(12).collect();
    let declared = c.post("/account/architect", &[("order_number", &format!("OA-{number}"))]).await;
    assert_eq!(declared.status, StatusCode::SEE_OTHER, "{}", declared.body);
    let id = nafida_store::accounts::find_by_email(&app.db.db, &nafida_domain::Email::parse(email).unwrap())
        .await
        .unwrap()
        .unwrap()
        .id;
    let checker = app
        .create_user(
            &format!("checker.{number}@example.ma"),
            "correct horse battery",
            Role::Agent,
            Some("commune-imzouren-urbanism"),
        )
        .await;
    assert!(nafida_store::architects::check(&app.db.db, &id, &checker, 0).await.unwrap());
    c
}

/// The registration number [`architect`] declares for this address.
pub fn number_of(email: &str) -> String {
    let number: String = email.chars().filter(char::is_ascii_alphanumeric).take(12).collect();
    format!("OA-{number}").to_uppercase()
}

/// The owner (signed in as `owner`, of address `owner_email`) gives the architect of
/// `architect_email` the mandate to file a building permit for `land`; the mandate's id.
pub async fn mandate(
    app: &TestApp,
    owner: &mut Client<'_>,
    owner_email: &str,
    architect_email: &str,
    land: &str,
) -> String {
    let given = owner
        .post(
            "/account/mandates",
            &[("order_number", &number_of(architect_email)), ("procedure", "building-permit"), ("land_title", land)],
        )
        .await;
    assert_eq!(given.status, StatusCode::SEE_OTHER, "{}", given.body);
    let id = nafida_store::accounts::find_by_email(&app.db.db, &nafida_domain::Email::parse(owner_email).unwrap())
        .await
        .unwrap()
        .unwrap()
        .id;
    nafida_store::mandates::given_by(&app.db.db, &id, 1).await.unwrap().remove(0).id
}

/// The plan set of a project of this kind (the structure plans for a large one), and the
/// other documents of a building permit.
pub fn permit_files(kind: &str) -> Vec<(&'static str, &'static str, &'static [u8])> {
    let mut files = vec![
        ("plan_situation", "situation.pdf", PDF),
        ("plan_ground", "masse-niveaux.pdf", PDF),
        ("plan_facades", "facades.pdf", PDF),
        ("plan_sections", "coupes.pdf", PDF),
        ("doc_land-certificate", "titre.pdf", PDF),
        ("doc_topographic-plan", "topo.pdf", PDF),
        ("doc_architect-contract", "contrat.pdf", PDF),
    ];
    if kind == "large" {
        files.push(("plan_structure", "beton-arme.pdf", PDF));
    }
    files
}

/// The architect files a building permit for Amina El Idrissi under a fresh mandate from her.
async fn permit(app: &TestApp, who: &mut Client<'_>, architect_email: &str, key: &str, kind: &str) -> String {
    let owner_email = format!("owner.{}@example.be", key.to_lowercase());
    let mut owner = app.citizen(&owner_email).await;
    let mandate = mandate(app, &mut owner, &owner_email, architect_email, "TF 4471/24").await;
    let filed = who
        .post_multipart(
            "/catalogue/building-permit/start",
            &[
                ("idempotency_key", key),
                ("mandate", &mandate),
                ("field_commune", "commune-imzouren"),
                ("field_land_title", "TF 4471/24"),
                ("field_owner_name", "Amina El Idrissi"),
                ("field_floor_area", "160"),
                ("field_project_kind", kind),
            ],
            &permit_files(kind),
        )
        .await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER, "{}", filed.body);
    filed.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string()
}

/// The id of the opinion `org` owes on the case.
async fn opinion_of(app: &TestApp, reference: &str, org: &str) -> String {
    let c = cases::by_reference(&app.db.db, reference).await.unwrap().unwrap();
    cases::opinions_of(&app.db.db, &c.id).await.unwrap().into_iter().find(|o| o.org_id == org).expect("asked").id
}

async fn the_commission_gives_its_opinions_and_a_binding_one_decides(backend: Backend) {
    let app = TestApp::new(backend).await;
    // Only an architect whose number was checked files.
    let mut owner = app.citizen("amina.proprietaire@example.be").await;
    owner.get("/lang/fr").await;
    let refused = owner
        .post_multipart(
            "/catalogue/building-permit/start",
            &[("idempotency_key", "key-commission-owner-0001"), ("field_commune", "commune-imzouren")],
            &[],
        )
        .await;
    assert_eq!(refused.status, StatusCode::OK);
    assert!(refused.body.contains("déposée par un architecte inscrit à l’Ordre (loi 12-90)"), "{}", refused.body);
    let mut architect = architect(&app, "cabinet.architecte@example.ma").await;
    architect.get("/lang/fr").await;
    let large =
        permit(&app, &mut architect, "cabinet.architecte@example.ma", "key-commission-large-0001", "large").await;
    let small =
        permit(&app, &mut architect, "cabinet.architecte@example.ma", "key-commission-small-0001", "small").await;
    let (mut urbanism, urbanism_key) =
        app.staff("urbanisme.imz@example.ma", Role::Agent, "commune-imzouren-urbanism").await;
    urbanism.get("/lang/fr").await;
    for reference in [&large, &small] {
        for action in ["check-completeness", "send-to-commission"] {
            let r = urbanism.post(&format!("/staff/cases/{reference}/action"), &[("action", action)]).await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{action}: {}", r.body);
        }
    }
    // Every body at once: the urban agency (binding) and, for a large project, civil protection.
    let c = cases::by_reference(&app.db.db, &large).await.unwrap().unwrap();
    let asked = cases::opinions_of(&app.db.db, &c.id).await.unwrap();
    let mut bodies: Vec<(&str, bool)> = asked.iter().map(|o| (o.org_id.as_str(), o.binding)).collect();
    bodies.sort();
    assert_eq!(bodies, [("al-hoceima-civil-protection", false), ("al-hoceima-urban-agency", true)]);
    let c = cases::by_reference(&app.db.db, &small).await.unwrap().unwrap();
    assert_eq!(cases::opinions_of(&app.db.db, &c.id).await.unwrap().len(), 1, "a small project: the agency only");
    // A large project is examined in a meeting of the commission, which the service schedules
    // (a small one is not); every problem at once.
    let meeting = |day: &'static str, time: &'static str, place: &'static str| {
        [("meeting_day", day), ("meeting_time", time), ("meeting_place", place)]
    };
    let not_small = urbanism
        .post(&format!("/staff/cases/{small}/meeting"), &meeting("2026-12-10", "10:00", "Salle du conseil"))
        .await;
    assert_eq!(not_small.status, StatusCode::FORBIDDEN, "no form offers it: {}", not_small.body);
    assert!(!urbanism.get(&format!("/staff/cases/{small}")).await.body.contains("Programmer la réunion"));
    let bad = urbanism.post(&format!("/staff/cases/{large}/meeting"), &meeting("2026-11-01", "25:00", "")).await;
    for message in ["Choisissez un jour entre demain", "sous la forme HH:MM", "Indiquez le lieu"] {
        assert!(bad.body.contains(message), "{message}: {}", bad.body);
    }
    let set = urbanism
        .post(
            &format!("/staff/cases/{large}/meeting"),
            &meeting("2026-12-10", "10:00", "Salle du conseil, commune d’Imzouren"),
        )
        .await;
    assert_eq!(set.status, StatusCode::SEE_OTHER, "{}", set.body);
    assert!(urbanism.get(&format!("/staff/cases/{large}")).await.body.contains("Déplacer la réunion de la commission"));
    // The applicant follows them; the bodies see what they owe, in their language.
    let page = architect.get(&format!("/cases/{large}")).await.body;
    assert!(page.contains("Les avis de la commission") && page.contains("Agence urbaine d’Al Hoceima"), "{page}");
    assert!(
        page.contains("Réunion de la commission") && page.contains("Salle du conseil, commune d’Imzouren"),
        "{page}"
    );
    assert!(page.contains("10/12/2026 10:00"), "{page}");
    assert!(!page.contains("Programmer la réunion"), "the applicant reads it, the service schedules it");
    assert!(page.contains("Avis conforme") && page.contains("Attendu avant le"), "{page}");
    let (mut agency, agency_key) = app.staff("agence.urbaine@example.ma", Role::Agent, "al-hoceima-urban-agency").await;
    agency.get("/lang/fr").await;
    let agency_opinion = opinion_of(&app, &large, "al-hoceima-urban-agency").await;
    let shown = agency.get(&format!("/staff/opinions/{agency_opinion}")).await;
    assert_eq!(shown.status, StatusCode::OK);
    assert!(shown.body.contains("favorable sous conditions"), "{}", shown.body);
    assert!(shown.body.contains("Réunion de la commission"), "the body knows the meeting: {}", shown.body);
    // The body reads the file's plans from its opinion, and files its marked-up plan with it.
    assert!(
        shown.body.contains("Les plans et pièces du dossier") && shown.body.contains("beton-arme.pdf"),
        "{}",
        shown.body
    );
    let c = cases::by_reference(&app.db.db, &large).await.unwrap().unwrap();
    let plan = cases::attachments(&app.db.db, &c.id)
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.document_id == "plan-ground")
        .unwrap();
    let got = agency.get(&format!("/staff/opinions/{agency_opinion}/files/{}", plan.id)).await;
    assert_eq!(got.status, StatusCode::OK);
    let other = cases::by_reference(&app.db.db, &small).await.unwrap().unwrap();
    let elsewhere = cases::attachments(&app.db.db, &other.id).await.unwrap().remove(0);
    let refused = agency.get(&format!("/staff/opinions/{agency_opinion}/files/{}", elsewhere.id)).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND, "a file of another request");
    let png = agency
        .post_multipart(
            &format!("/staff/opinions/{agency_opinion}/markup"),
            &[],
            &[("plan_markup", "annote.pdf", nafida_test_support::PNG)],
        )
        .await;
    assert_eq!(png.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(png.body.contains("n’est pas un fichier PDF complet"), "{}", png.body);
    let marked = agency
        .post_multipart(
            &format!("/staff/opinions/{agency_opinion}/markup"),
            &[],
            &[("plan_markup", "facades-annotees.pdf", PDF)],
        )
        .await;
    assert_eq!(marked.status, StatusCode::SEE_OTHER, "{}", marked.body);
    let (mut civil_early, _) = app.staff("pc.curieux@example.ma", Role::Agent, "al-hoceima-civil-protection").await;
    assert_eq!(
        civil_early.get(&format!("/staff/opinions/{agency_opinion}")).await.status,
        StatusCode::NOT_FOUND,
        "another body does not answer for the agency"
    );
    let page = architect.get(&format!("/cases/{large}")).await.body;
    assert!(page.contains("Fichiers annotés") && page.contains("facades-annotees.pdf"), "{page}");

    // Not yet: the binding opinion is awaited.
    let early = urbanism.post(&format!("/staff/cases/{large}/action"), &[("action", "send-to-signature")]).await;
    assert_eq!(early.status, StatusCode::OK, "the page again, with the problem: {}", early.body);
    assert!(early.body.contains("Un avis conforme est encore attendu : Agence urbaine d’Al Hoceima"), "{}", early.body);
    let given = agency
        .post(
            &format!("/staff/opinions/{agency_opinion}"),
            &[("verdict", "reserves"), ("answer", "Recul de 3 m sur la voie ; hauteur limitée à R+2.")],
        )
        .await;
    assert_eq!(given.status, StatusCode::SEE_OTHER, "{}", given.body);
    // Civil protection answers three weeks later: recorded, and shown late.
    app.clock.advance_seconds(21 * 86_400);
    let (mut civil, _) = app.staff("protection.civile@example.ma", Role::Agent, "al-hoceima-civil-protection").await;
    let late = civil
        .post(
            &format!("/staff/opinions/{}", opinion_of(&app, &large, "al-hoceima-civil-protection").await),
            &[("verdict", "favourable"), ("answer", "Issues de secours conformes au plan.")],
        )
        .await;
    assert_eq!(late.status, StatusCode::SEE_OTHER, "{}", late.body);
    let mut architect = app.sign_in("cabinet.architecte@example.ma").await;
    architect.get("/lang/fr").await;
    let page = architect.get(&format!("/cases/{large}")).await.body;
    assert!(page.contains("Favorable avec réserves") && page.contains("Recul de 3 m"), "{page}");
    assert!(page.contains("En retard"), "the late opinion is marked: {page}");
    // Three weeks on, the staff sessions have ended: signed in again.
    let mut urbanism = app.sign_in_staff("urbanisme.imz@example.ma", &urbanism_key).await;
    urbanism.get("/lang/fr").await;
    let signature = urbanism.post(&format!("/staff/cases/{large}/action"), &[("action", "send-to-signature")]).await;
    assert_eq!(signature.status, StatusCode::SEE_OTHER, "{}", signature.body);
    assert_eq!(cases::by_reference(&app.db.db, &large).await.unwrap().unwrap().status, "signature");
    // The tax on construction operations: 160 m² at Imzouren's rate (15 MAD), due before the
    // signature; the file waits for it, its clock stopped.
    let c = cases::by_reference(&app.db.db, &large).await.unwrap().unwrap();
    let tax = nafida_store::payments::tax_of(&app.db.db, &c.id).await.unwrap().expect("computed");
    assert_eq!((tax.area_m2, tax.rate_mad, tax.amount_mad), (160, 15, 2400));
    assert!(c.flags.has(nafida_domain::flags::Flag::AwaitingPayment) && c.waiting_since.is_some());
    let page = architect.get(&format!("/cases/{large}")).await.body;
    assert!(page.contains("2400") || page.contains("2 400") || page.contains("2\u{202f}400"), "{page}");
    // Signed by the service's head: the permit, sealed in the commune's name, with the
    // commission's conditions and the plans it was granted on; verifiable at /verify.
    let (mut head, _) = app.staff("chef.urbanisme@example.ma", Role::Supervisor, "commune-imzouren-urbanism").await;
    head.get("/lang/fr").await;
    let unpaid = head.post(&format!("/staff/cases/{large}/action"), &[("action", "sign")]).await;
    assert_eq!(unpaid.status, StatusCode::OK, "not before the tax is paid: {}", unpaid.body);
    assert_eq!(cases::by_reference(&app.db.db, &large).await.unwrap().unwrap().status, "signature");
    let paid = head.post(&format!("/staff/cases/{large}/payments"), &[("receipt_number", "QC-2026-0077")]).await;
    assert_eq!(paid.status, StatusCode::SEE_OTHER, "{}", paid.body);
    let signed = head.post(&format!("/staff/cases/{large}/action"), &[("action", "sign")]).await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER, "{}", signed.body);
    let c = cases::by_reference(&app.db.db, &large).await.unwrap().unwrap();
    let docs = nafida_store::documents::of_case(&app.db.db, &c.id).await.unwrap();
    let permit = docs.iter().find(|d| d.kind == "permit").expect("the permit is issued");
    assert_eq!(permit.office_id, "commune-imzouren", "in the commune's name");
    assert!(permit.expires_at.is_some(), "with its validity");
    let shown = architect.get(&format!("/verify/{}", permit.code)).await.body;
    assert!(shown.contains("Autorisation d’urbanisme") && shown.contains("Document valide"), "{shown}");
    let page = architect.get(&format!("/cases/{large}")).await.body;
    let link = format!("/cases/{large}/documents/{}", permit.code);
    assert!(page.contains(&link), "the applicant downloads it: {page}");
    let pdf = architect.get(&link).await;
    assert_eq!(pdf.header("content-type"), "application/pdf");
    let keys = nafida_engine::documents::public_keys(app.state.engine()).await.unwrap();
    let verified = nafida_docs::verify(&pdf.bytes, &keys).expect("sealed");
    assert!(verified.data["conditions"].contains("Recul de 3 m"), "{:?}", verified.data);
    assert_eq!(verified.data["owner"], "Amina El Idrissi");

    // The small project: the agency's unfavourable binding opinion blocks it; a refusal with
    // its grounds is still possible.
    let mut agency = app.sign_in_staff("agence.urbaine@example.ma", &agency_key).await;
    let refused = agency
        .post(
            &format!("/staff/opinions/{}", opinion_of(&app, &small, "al-hoceima-urban-agency").await),
            &[("verdict", "unfavourable"), ("answer", "Terrain classé zone non aedificandi au plan d’aménagement.")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::SEE_OTHER, "{}", refused.body);
    let blocked = urbanism.post(&format!("/staff/cases/{small}/action"), &[("action", "send-to-signature")]).await;
    assert_eq!(blocked.status, StatusCode::OK);
    assert!(blocked.body.contains("Avis conforme défavorable : Agence urbaine d’Al Hoceima"), "{}", blocked.body);
    let c = cases::by_reference(&app.db.db, &small).await.unwrap().unwrap();
    assert_eq!(c.status, "commission", "nothing changed");
    let rejected = urbanism
        .post(
            &format!("/staff/cases/{small}/action"),
            &[
                ("action", "reject"),
                ("motivation", "Avis conforme défavorable de l’agence urbaine : zone non constructible."),
            ],
        )
        .await;
    assert_eq!(rejected.status, StatusCode::SEE_OTHER, "{}", rejected.body);
    // The refusal states its grounds and the appeal path, with its last day.
    let page = architect.get(&format!("/cases/{small}")).await.body;
    assert!(page.contains("zone non constructible"), "the grounds: {page}");
    assert!(page.contains("Former un recours") && page.contains("jusqu’au"), "the appeal path: {page}");
}

/// A decided permit at `org`, complete `complete` days after filing (sent to the commission
/// then, when not zero) and decided `days` later.
async fn decided(app: &TestApp, n: u8, org: &str, complete: i64, days: i64, late: bool) {
    let applicant =
        app.create_user(&format!("delais.{n}@example.be"), "correct horse battery", Role::Citizen, None).await;
    let reference = nafida_domain::CaseRef::generate("AH", 2026, [n, 2, 4, 6, 8, 10, 12]);
    let version = app.state.catalog().catalog.procedures.get("building-permit").unwrap().version;
    let key = format!("key-delays-{n:04}-abcdefgh");
    let filed = nafida_test_support::T0.millis() - 200 * 86_400_000;
    let new = cases::NewCase {
        reference: reference.as_str(),
        procedure_id: "building-permit",
        procedure_version: i64::from(version),
        applicant_id: &applicant,
        org_id: org,
        status: "submitted",
        phase: nafida_domain::catalog::Phase::Received,
        form_data: "{}",
        due_date: "2026-06-30",
        idempotency_key: &key,
        represented_name: None,
        flags: if late { "escalated" } else { "" },
        clock_stopped: false,
        etimbre_hash: None,
        related_case_id: None,
        fast_lane_card: None,
        mandate_id: None,
    };
    let (cases::Filed::Created(c) | cases::Filed::AlreadyFiled(c)) =
        cases::file(&app.db.db, &new, &[], &[], filed).await.unwrap();
    let id = c.id;
    if complete > 0 {
        let actor = cases::EventActor { id: None, role: "agent", org_id: Some(org) };
        let event = cases::NewEvent {
            actor,
            kind: "transition",
            action: Some("send-to-commission"),
            from_status: Some("completeness-check"),
            to_status: Some("commission"),
            body: None,
            internal: false,
        };
        cases::add_event(&app.db.db, &id, &event, filed + complete * 86_400_000).await.unwrap();
    }
    let at = filed + (complete + days) * 86_400_000;
    nafida_store::on_db!(write &app.db.db, pool => {
        sqlx::query("UPDATE cases SET phase = 'approved', status = 'approved', decided_at = $2 WHERE id = $1")
            .bind(&id)
            .bind(at)
            .execute(pool)
            .await
            .unwrap();
    });
}

async fn permit_delays_are_public_per_commune(backend: Backend) {
    let app = TestApp::new(backend).await;
    // Imzouren: six decisions, 10 to 50 days from the complete file (one counted from the
    // commission, five days after filing), one past its deadline; Ajdir: two, too few to show.
    let imzouren = "commune-imzouren-urbanism";
    decided(&app, 1, imzouren, 5, 10, false).await;
    for (n, days, late) in [(2, 12, false), (3, 20, false), (4, 30, false), (5, 40, false), (6, 50, true)] {
        decided(&app, n, imzouren, 0, days, late).await;
    }
    decided(&app, 7, "commune-ajdir-urbanism", 0, 3, false).await;
    decided(&app, 8, "commune-ajdir-urbanism", 0, 4, false).await;
    let mut anyone = app.client();
    anyone.get("/lang/fr").await;
    let csv = anyone.get("/statistics/permits.csv").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert_eq!(csv.header("content-type"), "text/csv; charset=utf-8");
    assert!(csv.body.lines().any(|l| l == "commune-imzouren,6,20,50,83.3"), "{}", csv.body);
    assert!(!csv.body.contains("ajdir") && !csv.body.contains("other-communes"), "too few to show: {}", csv.body);
    let page = anyone.get("/statistics/permits").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Commune d’Imzouren") && page.body.contains("83 %"), "{}", page.body);
    assert!(page.body.contains("Toutes les communes"), "all eight together: {}", page.body);
}

async fn an_architect_declares_a_number_an_agent_checks_once(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut leila = app.citizen("leila.archi@example.ma").await;
    leila.get("/lang/fr").await;
    let bad = leila.post("/account/architect", &[("order_number", "x")]).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.body.contains("2 à 20 lettres"), "{}", bad.body);
    let ok = leila.post("/account/architect", &[("order_number", "oa-2011/0457")]).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    assert!(leila.get("/account/architect").await.body.contains("attend la vérification"));
    // Another account cannot claim the same number.
    let mut other = app.citizen("autre.archi@example.ma").await;
    other.get("/lang/fr").await;
    let taken = other.post("/account/architect", &[("order_number", "OA-2011/0457")]).await;
    assert!(taken.body.contains("déjà déclaré par un autre compte"), "{}", taken.body);
    // An urbanism agent checks it; a civil-status agent cannot.
    let (mut clerk, _) = app.staff("etat.civil.archi@example.ma", Role::Agent, "commune-imzouren-civil-status").await;
    assert_eq!(clerk.get("/staff/architects").await.status, StatusCode::NOT_FOUND);
    let (mut agent, _) = app.staff("urba.archi@example.ma", Role::Agent, "commune-ajdir-urbanism").await;
    agent.get("/lang/fr").await;
    assert!(agent.get("/staff").await.body.contains("href=\"/staff/architects\""));
    let list = agent.get("/staff/architects").await.body;
    assert!(list.contains("OA-2011/0457"), "{list}");
    let id = nafida_store::accounts::find_by_email(
        &app.db.db,
        &nafida_domain::Email::parse("leila.archi@example.ma").unwrap(),
    )
    .await
    .unwrap()
    .unwrap()
    .id;
    assert_eq!(clerk.post(&format!("/staff/architects/{id}/check"), &[]).await.status, StatusCode::NOT_FOUND);
    let checked = agent.post(&format!("/staff/architects/{id}/check"), &[]).await;
    assert_eq!(checked.status, StatusCode::SEE_OTHER);
    assert!(!agent.get("/staff/architects").await.body.contains("OA-2011/0457"));
    let page = leila.get("/account/architect").await.body;
    assert!(page.contains("OA-2011/0457 a été vérifié"), "{page}");
    // Checked, it stays as it is.
    let again = leila.post("/account/architect", &[("order_number", "OA-9999")]).await;
    assert!(again.body.contains("déjà été vérifié"), "{}", again.body);
}

/// A PDF of about `size` bytes (a real file's start and end, a comment in between).
fn pdf_of(size: usize) -> Vec<u8> {
    let mut bytes = b"%PDF-1.4\n1 0 obj<<>>endobj\n%".to_vec();
    bytes.resize(size.saturating_sub(32), b'x');
    bytes.extend_from_slice(b"\ntrailer<<>>\n%%EOF\n");
    bytes
}

/// The spooled files left in the file store's staging folder.
fn spooled_left(app: &TestApp) -> usize {
    std::fs::read_dir(app.db.data_dir.join("files").join("tmp"))
        .map(|d| d.filter_map(Result::ok).filter(|e| e.file_name().to_string_lossy().starts_with("spool-")).count())
        .unwrap_or(0)
}

async fn an_owner_abroad_mandates_an_architect_and_follows_the_permit(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut architect = architect(&app, "bureau.rif@example.ma").await;
    architect.get("/lang/fr").await;
    let mut owner = app.citizen("karim.ouali@example.nl").await;
    owner.get("/lang/fr").await;
    // Every problem at once, in the owner's language; an architect not checked is unknown.
    let refused = owner
        .post("/account/mandates", &[("order_number", "OA-NOT-CHECKED"), ("procedure", "passport"), ("land_title", "")])
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    for message in ["Aucun architecte avec ce numéro", "Choisissez la démarche.", "Indiquez le titre foncier"] {
        assert!(refused.body.contains(message), "{message}: {}", refused.body);
    }
    let mine = owner
        .post(
            "/account/mandates",
            &[
                ("order_number", &number_of("karim.ouali@example.nl")),
                ("procedure", "building-permit"),
                ("land_title", "TF 90/24"),
            ],
        )
        .await;
    assert_eq!(mine.status, StatusCode::UNPROCESSABLE_ENTITY, "not an architect's number");
    let mandate = mandate(&app, &mut owner, "karim.ouali@example.nl", "bureau.rif@example.ma", "TF 90/24").await;
    assert!(owner.get("/account/mandates").await.body.contains("Pas encore déposée"));
    // The architect is told, in the mail's own words.
    let mail = app.last_mail_to("bureau.rif@example.ma").await;
    assert!(mail.subject.contains("mandat") && mail.text.contains("TF 90/24"), "{}", mail.text);

    let form = |key: &'static str, mandate: &str| {
        vec![
            ("idempotency_key", key.to_string()),
            ("mandate", mandate.to_string()),
            ("field_commune", "commune-imzouren".to_string()),
            ("field_land_title", "TF 90/24".to_string()),
            ("field_owner_name", "Karim Ouali".to_string()),
            ("field_floor_area", "140".to_string()),
            ("field_project_kind", "small".to_string()),
        ]
    };
    let send = |v: &Vec<(&'static str, String)>| v.iter().map(|(k, v)| (*k, v.clone())).collect::<Vec<_>>();
    assert!(architect.get("/account/architect").await.body.contains("Les mandats qui vous sont donnés"));
    // The form offers the mandate; without one, or with one of someone else, it is refused.
    let start = architect.get("/catalogue/building-permit/start").await.body;
    assert!(start.contains("Le mandat du propriétaire") && start.contains("TF 90/24"), "{start}");
    for bad in ["", "01900000-0000-7000-8000-000000000000"] {
        let fields = send(&form("key-mandate-bad-0000001", bad));
        let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let r = architect.post_multipart("/catalogue/building-permit/start", &refs, &permit_files("small")).await;
        assert_eq!(r.status, StatusCode::OK);
        assert!(r.body.contains("Choisissez le mandat que le propriétaire vous a donné"), "{}", r.body);
    }
    let mut other = self::architect(&app, "autre.cabinet@example.ma").await;
    other.get("/lang/fr").await;
    let fields = send(&form("key-mandate-other-000001", &mandate));
    let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = other.post_multipart("/catalogue/building-permit/start", &refs, &permit_files("small")).await;
    assert!(r.body.contains("Choisissez le mandat"), "another architect cannot use it: {}", r.body);

    let fields = send(&form("key-mandate-good-000001", &mandate));
    let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let filed = architect.post_multipart("/catalogue/building-permit/start", &refs, &permit_files("small")).await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER, "{}", filed.body);
    let reference = filed.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string();
    // The same form again is the same request; the mandate serves once.
    let again = architect.post_multipart("/catalogue/building-permit/start", &refs, &permit_files("small")).await;
    assert_eq!(again.header("location"), filed.header("location"));
    let fields = send(&form("key-mandate-twice-00001", &mandate));
    let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let twice = architect.post_multipart("/catalogue/building-permit/start", &refs, &permit_files("small")).await;
    assert!(twice.body.contains("Choisissez le mandat"), "used once: {}", twice.body);

    // The owner follows it from their own account: in their requests, its page, its history.
    assert!(owner.get("/cases").await.body.contains(&reference));
    let page = owner.get(&format!("/cases/{reference}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains("Déposée par l’architecte pour Karim")
            || page.body.contains("Déposée par l’architecte pour"),
        "{}",
        page.body
    );
    let listed = owner.get("/account/mandates").await.body;
    assert!(listed.contains(&format!("Déposée : {reference}")), "{listed}");
    // A used mandate cannot be revoked; an unused one can, and then serves no one.
    let used = nafida_store::mandates::given_by(&app.db.db, &owner_id(&app, "karim.ouali@example.nl").await, 1)
        .await
        .unwrap()
        .remove(0);
    let r = owner.post(&format!("/account/mandates/{}/revoke", used.id), &[]).await;
    assert_eq!(r.status, StatusCode::CONFLICT);
    assert!(r.body.contains("a déjà servi"), "{}", r.body);
    let spare = self::mandate(&app, &mut owner, "karim.ouali@example.nl", "bureau.rif@example.ma", "TF 91/24").await;
    assert_eq!(owner.post(&format!("/account/mandates/{spare}/revoke"), &[]).await.status, StatusCode::SEE_OTHER);
    assert!(owner.get("/account/mandates").await.body.contains("Révoqué"));
    let fields = send(&form("key-mandate-revoked-0001", &spare));
    let refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let r = architect.post_multipart("/catalogue/building-permit/start", &refs, &permit_files("small")).await;
    assert!(r.body.contains("Choisissez le mandat"), "revoked: {}", r.body);
    // Nobody else sees the request, nor revokes the owner's mandates.
    let mut stranger = app.citizen("stranger@example.fr").await;
    assert_eq!(stranger.get(&format!("/cases/{reference}")).await.status, StatusCode::NOT_FOUND);
    let mandate_of_owner =
        self::mandate(&app, &mut owner, "karim.ouali@example.nl", "bureau.rif@example.ma", "TF 92/24").await;
    assert_eq!(
        stranger.post(&format!("/account/mandates/{mandate_of_owner}/revoke"), &[]).await.status,
        StatusCode::NOT_FOUND
    );
}

async fn owner_id(app: &TestApp, email: &str) -> String {
    nafida_store::accounts::find_by_email(&app.db.db, &nafida_domain::Email::parse(email).unwrap())
        .await
        .unwrap()
        .unwrap()
        .id
}

async fn the_plan_set_is_complete_streamed_and_versioned(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut architect = architect(&app, "atelier.nador@example.ma").await;
    architect.get("/lang/fr").await;
    let mut owner = app.citizen("nadia.bakkali@example.es").await;
    let mandate = mandate(&app, &mut owner, "nadia.bakkali@example.es", "atelier.nador@example.ma", "TF 55/24").await;
    let fields = [
        ("idempotency_key", "key-plans-0001-abcdef"),
        ("mandate", mandate.as_str()),
        ("field_commune", "commune-imzouren"),
        ("field_land_title", "TF 55/24"),
        ("field_owner_name", "Nadia Bakkali"),
        ("field_floor_area", "300"),
        ("field_project_kind", "large"),
    ];
    // A large project's set lacks two plans: both named, nothing kept.
    let short: Vec<_> =
        permit_files("large").into_iter().filter(|(i, _, _)| *i != "plan_facades" && *i != "plan_structure").collect();
    let r = architect.post_multipart("/catalogue/building-permit/start", &fields, &short).await;
    assert_eq!(r.status, StatusCode::OK);
    for plan in ["Plans des façades", "Plans de béton armé (structure)"] {
        assert!(r.body.contains(&format!("Le plan « {plan} » manque")), "{plan}: {}", r.body);
    }
    // Not a PDF by its content, whatever its name; a plan past the limit: refused with it.
    let mut files = permit_files("large");
    files.retain(|(i, _, _)| *i != "plan_sections");
    files.push(("plan_sections", "coupes.pdf", nafida_test_support::PNG));
    let r = architect.post_multipart("/catalogue/building-permit/start", &fields, &files).await;
    assert!(r.body.contains("Le plan « Coupes » n’est pas un fichier PDF complet"), "{}", r.body);
    let huge = pdf_of(50 * 1024 * 1024 + 4096);
    let mut files = permit_files("large");
    files.retain(|(i, _, _)| *i != "plan_ground");
    files.push(("plan_ground", "niveaux.pdf", &huge));
    let r = architect.post_multipart("/catalogue/building-permit/start", &fields, &files).await;
    assert_eq!(r.status, StatusCode::OK, "{}", &r.body[..r.body.len().min(3000)]);
    assert!(r.body.contains("dépasse 50 Mo"), "{}", r.body);
    assert_eq!(spooled_left(&app), 0, "a refused filing leaves no file behind");
    assert!(
        cases::by_idempotency_key(
            &app.db.db,
            &owner_id(&app, "atelier.nador@example.ma").await,
            "key-plans-0001-abcdef"
        )
        .await
        .unwrap()
        .is_none()
    );

    // A 12 MB plan (past the 5 MB of ordinary documents) is taken, and comes back whole.
    let big = pdf_of(12 * 1024 * 1024);
    let mut files = permit_files("large");
    files.retain(|(i, _, _)| *i != "plan_ground");
    files.push(("plan_ground", "niveaux.pdf", &big));
    let filed = architect.post_multipart("/catalogue/building-permit/start", &fields, &files).await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER, "{}", filed.body);
    assert_eq!(spooled_left(&app), 0);
    let reference = filed.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string();
    let c = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    let ground = cases::attachments(&app.db.db, &c.id)
        .await
        .unwrap()
        .into_iter()
        .find(|a| a.document_id == "plan-ground")
        .unwrap();
    assert_eq!(ground.size_bytes, big.len() as i64);
    let download = architect.get(&format!("/cases/{reference}/files/{}", ground.id)).await;
    assert_eq!(download.status, StatusCode::OK);
    assert!(download.bytes == big, "the same bytes back");
    let page = architect.get(&format!("/cases/{reference}")).await.body;
    assert!(page.contains("Plan de masse et plans des niveaux") && page.contains("12.0 MB"), "{page}");

    // A corrected façade plan: version 2; the first stays, marked replaced, on both sides.
    let empty = architect.post_multipart(&format!("/cases/{reference}/plans"), &[], &[]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.body.contains("Choisissez au moins un plan rectifié"), "{}", empty.body);
    let png = architect
        .post_multipart(
            &format!("/cases/{reference}/plans"),
            &[],
            &[("plan_facades", "f.pdf", nafida_test_support::PNG)],
        )
        .await;
    assert_eq!(png.status, StatusCode::UNPROCESSABLE_ENTITY);
    let corrected = pdf_of(4096);
    let r = architect
        .post_multipart(&format!("/cases/{reference}/plans"), &[], &[("plan_facades", "facades-v2.pdf", &corrected)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let page = architect.get(&format!("/cases/{reference}")).await.body;
    assert!(page.contains("facades-v2.pdf") && page.contains("version 2") && page.contains("remplacé"), "{page}");
    assert!(page.contains("Un plan rectifié a été déposé"), "{page}");
    let (mut urbanism, _) = app.staff("urba.plans@example.ma", Role::Agent, "commune-imzouren-urbanism").await;
    urbanism.get("/lang/fr").await;
    let staff_page = urbanism.get(&format!("/staff/cases/{reference}")).await.body;
    assert!(staff_page.contains("facades-v2.pdf") && staff_page.contains("remplacé"), "{staff_page}");
    assert!(!staff_page.contains("Déposer les plans rectifiés"), "staff read the plans, the applicant files them");
    // The owner may not be shown another's plans; once decided, no more plans.
    let mut stranger = app.citizen("curious@example.fr").await;
    let refused = stranger
        .post_multipart(&format!("/cases/{reference}/plans"), &[], &[("plan_facades", "x.pdf", &corrected)])
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    let r = urbanism.post(&format!("/staff/cases/{reference}/action"), &[("action", "check-completeness")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    let r = urbanism
        .post(
            &format!("/staff/cases/{reference}/action"),
            &[("action", "reject"), ("motivation", "Hauteur non conforme au plan d’aménagement.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let late = architect
        .post_multipart(&format!("/cases/{reference}/plans"), &[], &[("plan_facades", "f3.pdf", &corrected)])
        .await;
    assert_eq!(late.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(late.body.contains("Plus aucun plan ne peut être déposé"), "{}", late.body);
}

async fn a_habitation_permit_needs_its_inspection_visit(backend: Backend) {
    use nafida_engine::Actor;
    use nafida_engine::appointments::{self, Booking, DeskInput, Status};
    let app = TestApp::new(backend).await;
    let engine = app.state.engine();
    // The urbanism service's desk of inspection visits.
    let head_id = app
        .create_user(
            "chef.visites@example.ma",
            "correct horse battery",
            Role::Supervisor,
            Some("commune-imzouren-urbanism"),
        )
        .await;
    let head = Actor::Staff {
        account_id: head_id,
        role: Role::Supervisor,
        org: nafida_domain::OrgId::parse("commune-imzouren-urbanism").unwrap(),
    };
    let input = DeskInput {
        desk: "inspection".into(),
        procedure_id: "habitation-permit".into(),
        hours: "mon-fri 09:00-13:00".into(),
        slot_minutes: "60".into(),
        capacity: "1".into(),
        card_quota: "0".into(),
        horizon_days: "60".into(),
        cancel_hours: "24".into(),
    };
    let desk_id = appointments::save_desk(engine, &head, "commune-imzouren-urbanism", &input).await.unwrap().unwrap();
    let desk = appointments::desk(engine, &desk_id).await.unwrap().unwrap();
    // The owner files it themselves (an architect is not required here).
    let mut owner = app.citizen("hassan.ouali@example.de").await;
    owner.get("/lang/fr").await;
    let filed = owner
        .post_multipart(
            "/catalogue/habitation-permit/start",
            &[
                ("idempotency_key", "key-habitation-0001-abc"),
                ("field_commune", "commune-imzouren"),
                ("field_land_title", "TF 2231/24"),
                ("field_owner_name", "Hassan Ouali"),
                ("field_building_permit_ref", "AH-26-ABCDEFGH"),
                ("field_completion_date", "2026-11-15"),
            ],
            &[("doc_completion-certificate", "fin-travaux.pdf", PDF)],
        )
        .await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER, "{}", filed.body);
    let reference = filed.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string();
    let c = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    let me = Actor::applicant(&c.applicant_id);
    let tomorrow =
        nafida_domain::Date::from_days_since_epoch(nafida_domain::Date::legal(engine.now()).days_since_epoch() + 1);
    let slot = appointments::free_slots(engine, &desk, tomorrow, 14, false, 1).await.unwrap()[0].starts_at;
    // Not before the service asks for it.
    let early = Booking { starts_at: slot, case: Some(&c), idempotency_key: "visit-key-early-000001" };
    let Ok(Err(nafida_engine::Refusal::Invalid(p))) = appointments::book(engine, &me, &desk, &early).await else {
        panic!("an early visit is refused")
    };
    assert_eq!(p[0].code, "appointment-visit-not-now");
    assert!(!owner.get(&format!("/cases/{reference}")).await.body.contains(&format!("calendar={desk_id}")));
    let (mut urbanism, _) = app.staff("urba.visites@example.ma", Role::Agent, "commune-imzouren-urbanism").await;
    urbanism.get("/lang/fr").await;
    for action in ["check-completeness", "plan-inspection"] {
        let r = urbanism.post(&format!("/staff/cases/{reference}/action"), &[("action", action)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{action}: {}", r.body);
    }
    // The visit is not done: the file stays.
    let early = urbanism.post(&format!("/staff/cases/{reference}/action"), &[("action", "send-to-signature")]).await;
    assert!(early.body.contains("La visite de conformité n’a pas encore eu lieu"), "{}", early.body);
    // The owner books it from the case page, through the appointment engine: their list says
    // it is theirs to do.
    assert!(owner.get("/cases").await.body.contains("À faire : réserver la visite de conformité"));
    let page = owner.get(&format!("/cases/{reference}")).await.body;
    assert!(page.contains(&format!("/appointments/new?calendar={desk_id}&amp;case={reference}")), "{page}");
    let c = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    let booking = Booking { starts_at: slot, case: Some(&c), idempotency_key: "visit-key-booked-00001" };
    let booked = appointments::book(engine, &me, &desk, &booking).await.unwrap().unwrap();
    // The inspector records the visit.
    let inspector = Actor::Staff {
        account_id: "inspector".into(),
        role: Role::Agent,
        org: nafida_domain::OrgId::parse("commune-imzouren-urbanism").unwrap(),
    };
    app.clock.advance_seconds((slot - engine.now()) / 1000 + 60);
    let (mut urbanism, _) = app.staff("urba.visites2@example.ma", Role::Agent, "commune-imzouren-urbanism").await;
    urbanism.get("/lang/fr").await;
    for status in [Status::CheckedIn, Status::Served] {
        appointments::record(engine, &inspector, &booked.id, status).await.unwrap().unwrap();
    }
    let r = urbanism.post(&format!("/staff/cases/{reference}/action"), &[("action", "send-to-signature")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let (mut chief, _) = app.staff("chef.urba.visites@example.ma", Role::Supervisor, "commune-imzouren-urbanism").await;
    let r = chief.post(&format!("/staff/cases/{reference}/action"), &[("action", "sign")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    // The sealed habitation permit, which does not lapse.
    let c = cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap();
    assert_eq!(c.status, "approved");
    let docs = nafida_store::documents::of_case(&app.db.db, &c.id).await.unwrap();
    assert_eq!(docs.len(), 1, "the permit");
    assert!(docs[0].expires_at.is_none());
    // Days later, signed in again.
    let mut owner = app.sign_in("hassan.ouali@example.de").await;
    let pdf = owner.get(&format!("/cases/{reference}/documents/{}", docs[0].code)).await;
    assert_eq!(pdf.status, StatusCode::OK);
    let file = app.db.data_dir.join("habitation-permit.pdf");
    std::fs::write(&file, &pdf.bytes).unwrap();
    if let Some(text) = crate::documents::pdftotext(&file) {
        assert!(text.contains("Permis d’habiter") && text.contains("Hassan Ouali"), "{text}");
        assert!(!text.contains("commencer"), "no lapse date: {text}");
    }
}
