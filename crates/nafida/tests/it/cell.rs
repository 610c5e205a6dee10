//! The provincial cell follows the cases of people living abroad handled by the administrations
//! of its own province — each opening written in the history the person sees — and none of
//! another province; it coordinates without deciding; it receives its province's escalations
//! only.

use axum::http::StatusCode;
use nafida_domain::Role;
use nafida_store::cases;
use nafida_test_support::{Backend, Client, PDF, TestApp};

use crate::DbTest;

pub fn tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![
        the_cell_follows_its_province_and_nothing_else,
        walk_in_visitors_are_ticketed_and_called,
        the_cell_files_for_a_visitor_who_claims_it_later
    ]
}

/// A second province, with its own cell and commune.
pub const NADOR: &str = r#"
[[administration]]
id = "ma"
level = "national"
kind = "state"
name = { ar = "المملكة المغربية", fr = "Royaume du Maroc", en = "Kingdom of Morocco" }

[[administration]]
id = "ministry-interior"
parent = "ma"
level = "national"
kind = "ministry"
name = { ar = "وزارة الداخلية", fr = "Ministère de l’Intérieur", en = "Ministry of the Interior" }
city = "Rabat"

[[administration]]
id = "nador"
parent = "ministry-interior"
level = "province"
kind = "province"
name = { ar = "عمالة إقليم الناظور", fr = "Province de Nador", en = "Province of Nador" }
city = "Nador"

[[administration]]
id = "nador-mre-cell"
parent = "nador"
level = "province"
kind = "mre-cell"
name = { ar = "الخلية الإقليمية لمغاربة العالم بالناظور", fr = "Cellule provinciale des Marocains du monde de Nador", en = "Provincial cell for Moroccans abroad, Nador" }
city = "Nador"

[[administration]]
id = "commune-nador"
parent = "nador"
level = "commune"
kind = "commune"
name = { ar = "جماعة الناظور", fr = "Commune de Nador", en = "Commune of Nador" }
city = "Nador"
"#;

async fn extract(who: &mut Client<'_>, key: &str) -> String {
    let filed = who
        .post_multipart(
            "/catalogue/birth-extract/start",
            &[
                ("idempotency_key", key),
                ("field_office", "commune-imzouren-civil-status"),
                ("field_for_whom", "self"),
                ("field_holder_name_ar", "فاطمة البوعزاوي"),
                ("field_birth_date", "1988-06-15"),
                ("field_copies", "1"),
                ("field_delivery", "electronic"),
            ],
            &[("doc_applicant-id", "cnie.pdf", PDF)],
        )
        .await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER, "{}", filed.body);
    filed.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string()
}

async fn the_cell_follows_its_province_and_nothing_else(backend: Backend) {
    let app = TestApp::new(backend).await;
    let map = nafida_domain::OrgMap::from_toml(NADOR).unwrap();
    nafida_store::orgs::import(&app.db.db, &map, 0).await.unwrap();
    // Fatima lives in the Netherlands; Said lives in Morocco.
    let fatima_id = app.create_user("fatima.cell@example.nl", "correct horse battery", Role::Citizen, None).await;
    let abroad = nafida_store::profiles::Profile { residence_country: Some("NL".into()), ..Default::default() };
    nafida_store::profiles::save(&app.db.db, &fatima_id, &abroad, 0).await.unwrap();
    let mut fatima = app.sign_in("fatima.cell@example.nl").await;
    fatima.get("/lang/fr").await;
    let hers = extract(&mut fatima, "key-cell-fatima-0001").await;
    let mut said = app.citizen("said.cell@example.ma").await;
    let his = extract(&mut said, "key-cell-said-00001").await;
    // Fatima's request at an administration of another province.
    let elsewhere = nafida_domain::CaseRef::generate("AH", 2026, [7, 7, 7, 7, 7, 7, 7]);
    let complaint = app.state.catalog().catalog.procedures.get("complaint").unwrap().version;
    let nador = cases::NewCase {
        reference: elsewhere.as_str(),
        procedure_id: "complaint",
        procedure_version: i64::from(complaint),
        applicant_id: &fatima_id,
        org_id: "commune-nador",
        status: "submitted",
        phase: nafida_domain::catalog::Phase::Received,
        form_data: "{}",
        due_date: "2026-12-30",
        idempotency_key: "key-cell-nador-0001",
        represented_name: None,
        flags: "",
        clock_stopped: false,
        etimbre_hash: None,
        related_case_id: None,
        fast_lane_card: None,
        mandate_id: None,
    };
    cases::file(&app.db.db, &nador, &[], &[], nafida_test_support::T0.millis()).await.unwrap();

    let (mut cell, _) = app.staff("agent.cellule@example.ma", Role::Agent, "al-hoceima-mre-cell").await;
    cell.get("/lang/fr").await;
    let list = cell.get("/staff/follow").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains(&hers), "a person abroad, in the province: {}", list.body);
    assert!(!list.body.contains(&his) && !list.body.contains(elsewhere.as_str()), "{}", list.body);
    assert!(cell.get("/staff").await.body.contains("href=\"/staff/follow\""));
    // Opened, with its reason, in the history she sees.
    assert_eq!(cell.get(&format!("/staff/cases/{hers}")).await.status, StatusCode::OK);
    let page = fatima.get(&format!("/cases/{hers}")).await.body;
    assert!(page.contains("suivi par la cellule provinciale"), "{page}");
    // It coordinates; it does not decide for the civil-status office.
    let approve = cell.post(&format!("/staff/cases/{hers}/action"), &[("action", "approve")]).await;
    assert_eq!(approve.status, StatusCode::FORBIDDEN);
    let claim = cell.post(&format!("/staff/cases/{hers}/claim"), &[]).await;
    assert_eq!(claim.status, StatusCode::FORBIDDEN);
    let note =
        cell.post(&format!("/staff/cases/{hers}/notes"), &[("note", "Appel de Mme B. : départ le 28 août.")]).await;
    assert_eq!(note.status, StatusCode::SEE_OTHER, "{}", note.body);
    // A coordination request to the civil-status office, with its own deadline; a bad deadline
    // is refused beside its field; the office answers it from its opinions to give.
    let page = cell.get(&format!("/staff/cases/{hers}")).await.body;
    assert!(page.contains("/coordination") && !page.contains("/claim\""), "coordination, not decisions: {page}");
    let bad = cell
        .post(
            &format!("/staff/cases/{hers}/coordination"),
            &[("question", "Merci de traiter avant son départ."), ("days", "90")],
        )
        .await;
    assert!(bad.body.contains("de 1 à 30 jours ouvrables"), "{}", bad.body);
    let asked = cell
        .post(
            &format!("/staff/cases/{hers}/coordination"),
            &[("question", "Mme B. repart le 28 août : pouvez-vous délivrer l’extrait avant ?"), ("days", "5")],
        )
        .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
    let (mut office, _) = app.staff("agent.office.cell@example.ma", Role::Agent, "commune-imzouren-civil-status").await;
    office.get("/lang/fr").await;
    let owed = office.get("/staff/opinions").await.body;
    assert!(owed.contains(&hers) && owed.contains("Demande de coordination"), "{owed}");
    let id = owed.split("href=\"/staff/opinions/").nth(1).and_then(|s| s.split('"').next()).unwrap().to_string();
    let form = office.get(&format!("/staff/opinions/{id}")).await.body;
    assert!(form.contains("value=\"scheduled\"") && !form.contains("value=\"favourable\""), "{form}");
    let answered = office
        .post(
            &format!("/staff/opinions/{id}"),
            &[("verdict", "scheduled"), ("answer", "L’extrait sera prêt le 20 août au guichet.")],
        )
        .await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER, "{}", answered.body);
    let history = fatima.get(&format!("/cases/{hers}")).await.body;
    assert!(
        history.contains("a demandé à l’administration d’agir") && history.contains("sera prêt le 20 août"),
        "{history}"
    );
    let foreign = cell
        .post(
            &format!("/staff/cases/{}/coordination", elsewhere.as_str()),
            &[("question", "Une question à Nador, hors de la province."), ("days", "5")],
        )
        .await;
    assert_eq!(foreign.status, StatusCode::NOT_FOUND, "outside the province");

    // Nothing of someone living in Morocco, nor of another province.
    assert_eq!(cell.get(&format!("/staff/cases/{his}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(cell.get(&format!("/staff/cases/{}", elsewhere.as_str())).await.status, StatusCode::NOT_FOUND);
    // Another administration's staff have no such list.
    assert_eq!(office.get("/staff/follow").await.status, StatusCode::NOT_FOUND);

    // Its public page: what it does, how to book, what is still to be confirmed.
    let cell_page = app.get("/cell").await;
    assert_eq!(cell_page.header("location"), "/consulates/al-hoceima-mre-cell");
    let public = app.get_with("/consulates/al-hoceima-mre-cell", &[("accept-language", "fr")]).await.body;
    assert!(public.contains("Ce que fait la cellule") && public.contains("/catalogue/cell-request"), "{public}");
    assert!(public.contains("carte « Services MRE »"), "{public}");

    // The fast lane's figures over the province: two requests decided, one in the fast lane
    // in 2 days, one outside it in 6 (their history written as the register would hold it).
    let (his_case, her_case) = (
        cases::by_reference(&app.db.db, &his).await.unwrap().unwrap(),
        cases::by_reference(&app.db.db, &hers).await.unwrap().unwrap(),
    );
    for (c, flags, days) in [(&her_case, "fast-lane", 2), (&his_case, "", 6)] {
        let sql = "UPDATE cases SET flags = $2, decided_at = filed_at + $3, phase = 'approved' WHERE id = $1";
        nafida_store::on_db!(write app.db.db, pool => {
            sqlx::query(sql).bind(&c.id).bind(flags).bind(days * 86_400_000_i64).execute(pool).await.unwrap().rows_affected()
        });
    }
    let figures = cell.get("/staff/follow").await.body;
    let shown =
        |label: &str| figures.split(label).nth(1).and_then(|s| s.split("</dd>").next()).unwrap_or("").to_string();
    assert!(shown("Part de la voie rapide").contains("50 %"), "{figures}");
    assert!(shown("Délai moyen en voie rapide (jours)").contains("2.0"), "{figures}");
    assert!(shown("Délai moyen hors voie rapide (jours)").contains("6.0"), "{figures}");

    // Escalations go to the cell of the case's own province only.
    app.create_user("agent.nador@example.ma", "correct horse battery", Role::Agent, Some("nador-mre-cell")).await;
    let here =
        nafida_store::accounts::escalation_recipients(&app.db.db, "commune-imzouren-civil-status", true).await.unwrap();
    let emails: Vec<&str> = here.iter().map(|(e, _)| e.as_str()).collect();
    assert!(emails.contains(&"agent.cellule@example.ma") && !emails.contains(&"agent.nador@example.ma"), "{emails:?}");
    let there = nafida_store::accounts::escalation_recipients(&app.db.db, "commune-nador", true).await.unwrap();
    assert_eq!(there.iter().map(|(e, _)| e.as_str()).collect::<Vec<_>>(), vec!["agent.nador@example.ma"]);
    app.teardown().await;
}

/// The reception desk: tickets by service, a card holder's called first, each called once to
/// one counter then served or absent, the hall's display in Arabic and French.
async fn walk_in_visitors_are_ticketed_and_called(backend: Backend) {
    let app = TestApp::new(backend).await;
    // Amina holds a card.
    let id = app.create_user("amina.ticket@example.be", "correct horse battery", Role::Citizen, None).await;
    let named = nafida_store::profiles::Profile {
        name_latin: Some("Amina El Idrissi".into()),
        name_ar: Some("أمينة الإدريسي".into()),
        ..Default::default()
    };
    nafida_store::profiles::save(&app.db.db, &id, &named, 0).await.unwrap();
    let mut amina = app.sign_in("amina.ticket@example.be").await;
    let filed = amina
        .post_multipart(
            "/catalogue/mre-card/start",
            &[
                ("idempotency_key", "key-ticket-card-0001"),
                ("field_residence_country", "BE"),
                ("field_consular_post", "consulate-brussels"),
            ],
            &[("doc_identity", "cnie.pdf", PDF), ("doc_residence-proof", "sejour.pdf", PDF)],
        )
        .await;
    let reference = filed.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string();
    let (mut first, _) = app.staff("accueil.un@example.ma", Role::Agent, "al-hoceima-mre-cell").await;
    first.get("/lang/fr").await;
    let approved = first.post(&format!("/staff/cases/{reference}/action"), &[("action", "approve")]).await;
    assert_eq!(approved.status, StatusCode::SEE_OTHER);
    let card = nafida_store::cards::of_account(&app.db.db, &id).await.unwrap().remove(0);

    // Tickets: a visitor without a card, then Amina with hers; a card not valid is refused.
    let plain = first.post("/staff/reception/tickets", &[("service", "information"), ("card", "")]).await;
    assert_eq!(plain.status, StatusCode::SEE_OTHER, "{}", plain.body);
    let plain_page = first.get(plain.header("location")).await.body;
    assert!(plain_page.contains("I-001") && plain_page.contains("Personne devant vous"), "{plain_page}");
    let priority = first.post("/staff/reception/tickets", &[("service", "cell-request"), ("card", &card.number)]).await;
    let priority_page = first.get(priority.header("location")).await.body;
    assert!(priority_page.contains("A-002") && priority_page.contains("Prioritaire"), "{priority_page}");
    assert!(priority_page.contains("Personne devant vous"), "a card holder goes first: {priority_page}");
    let forged =
        first.post("/staff/reception/tickets", &[("service", "information"), ("card", "MRE-26-ZZZZZZZZ")]).await;
    assert!(forged.body.contains("pas valide aujourd’hui"), "{}", forged.body);
    let unknown = first.post("/staff/reception/tickets", &[("service", "horoscope"), ("card", "")]).await;
    assert_eq!(unknown.status, StatusCode::OK, "refused, the page shown again");

    // The hall, before and after the counters call.
    let hall = app.get("/reception/al-hoceima-mre-cell/hall").await;
    assert_eq!(hall.status, StatusCode::OK);
    assert!(hall.header("refresh") == "10", "it refreshes itself");
    assert!(
        hall.body.contains("Aucun ticket appelé") && hall.body.contains("لم تتم مناداة أي تذكرة بعد"),
        "{}",
        hall.body
    );
    let (mut second, _) = app.staff("accueil.deux@example.ma", Role::Agent, "al-hoceima-mre-cell").await;
    second.get("/lang/fr").await;
    assert_eq!(first.post("/staff/reception/call", &[("counter", "Guichet 1")]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(second.post("/staff/reception/call", &[("counter", "Guichet 2")]).await.status, StatusCode::SEE_OTHER);
    let desk_one = first.get("/staff/reception?counter=Guichet%201").await.body;
    let desk_two = second.get("/staff/reception?counter=Guichet%202").await.body;
    assert!(desk_one.contains("<p class=\"ticket-number\" dir=\"ltr\">A-002</p>"), "the card holder first: {desk_one}");
    assert!(desk_two.contains("<p class=\"ticket-number\" dir=\"ltr\">I-001</p>"), "{desk_two}");
    let hall = app.get("/reception/al-hoceima-mre-cell/hall").await.body;
    assert!(hall.contains("A-002") && hall.contains("Guichet 1") && hall.contains("I-001"), "{hall}");

    // Served, absent; a second close changes nothing; a forged ticket is not found.
    let tickets = nafida_store::reception::of_day(&app.db.db, "al-hoceima-mre-cell", "2026-11-30").await.unwrap();
    let (a, i) = (tickets.iter().find(|t| t.number == 2).unwrap(), tickets.iter().find(|t| t.number == 1).unwrap());
    let close = |t: &str| format!("/staff/reception/tickets/{t}/close");
    assert_eq!(
        first.post(&close(&a.id), &[("status", "served"), ("counter", "Guichet 1")]).await.status,
        StatusCode::SEE_OTHER
    );
    let again = first.post(&close(&a.id), &[("status", "absent"), ("counter", "Guichet 1")]).await;
    assert!(again.body.contains("rien n’a changé"), "{}", again.body);
    assert_eq!(
        second.post(&close(&i.id), &[("status", "absent"), ("counter", "Guichet 2")]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(first.post(&close("no-such-ticket"), &[("status", "served")]).await.status, StatusCode::NOT_FOUND);
    let stored = nafida_store::reception::get(&app.db.db, &a.id).await.unwrap().unwrap();
    assert_eq!((stored.status.as_str(), stored.counter.as_deref()), ("served", Some("Guichet 1")));
    assert!(first.post("/staff/reception/call", &[("counter", "Guichet 1")]).await.status == StatusCode::SEE_OTHER);
    assert!(first.get("/staff/reception?counter=Guichet%201").await.body.contains("Personne n’attend"));
    // Appointments with the cell, through the appointment engine: its supervisor opens a desk,
    // which its public page offers; a card holder books it, taking a kept place.
    let (mut chief, _) = app.staff("chef.cellule@example.ma", Role::Supervisor, "al-hoceima-mre-cell").await;
    let desk = chief
        .post(
            "/staff/appointments/desks",
            &[
                ("desk", "reception"),
                ("procedure_id", "cell-request"),
                ("hours", "mon-fri 09:00-16:00"),
                ("slot_minutes", "30"),
                ("capacity", "2"),
                ("card_quota", "1"),
                ("horizon_days", "30"),
                ("cancel_hours", "24"),
            ],
        )
        .await;
    assert_eq!(desk.status, StatusCode::SEE_OTHER, "{}", desk.body);
    let public = app.get_with("/consulates/al-hoceima-mre-cell", &[("accept-language", "fr")]).await.body;
    let book = public.split("href=\"/appointments/new?calendar=").nth(1).and_then(|s| s.split('"').next()).unwrap();
    let form = amina.get(&format!("/appointments/new?calendar={book}")).await.body;
    let slot = form.split("name=\"slot\" value=\"").nth(1).and_then(|s| s.split('"').next()).unwrap().to_string();
    let key =
        form.split("name=\"idempotency_key\" value=\"").nth(1).and_then(|s| s.split('"').next()).unwrap().to_string();
    let booked = amina.post("/appointments", &[("calendar", book), ("slot", &slot), ("idempotency_key", &key)]).await;
    assert_eq!(booked.status, StatusCode::SEE_OTHER, "{}", booked.body);
    let mine = nafida_store::appointments::of_account(&app.db.db, &id, 10).await.unwrap();
    assert!(mine.len() == 1 && mine[0].reserved_place, "a card holder's kept place: {mine:?}");

    // Another administration has no reception desk here.
    let (mut office, _) =
        app.staff("agent.guichet.ticket@example.ma", Role::Agent, "commune-imzouren-civil-status").await;
    assert_eq!(office.get("/staff/reception").await.status, StatusCode::NOT_FOUND);
    assert_eq!(office.get(&format!("/staff/reception/tickets/{}", a.id)).await.status, StatusCode::NOT_FOUND);
    app.teardown().await;
}

/// The claim code printed on an assisted filing's receipt.
fn claim_code(page: &str) -> String {
    let marker = "id=\"claim-code\">";
    let at = page.find(marker).unwrap_or_else(|| panic!("a claim code: {page}")) + marker.len();
    page[at..].split('<').next().unwrap().to_string()
}

/// The visitor's block and a birth extract's form, as the cell's agent fills them.
fn visitor_form<'a>(key: &'a str, consent: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("idempotency_key", key),
        ("visitor_name", "Mohamed Amrani"),
        ("visitor_country", "BE"),
        ("visitor_phone", "+32470123456"),
        ("visitor_email", "m.amrani@example.be"),
        ("visitor_consent", consent),
        ("visitor_agrees", "yes"),
        ("field_office", "commune-imzouren-civil-status"),
        ("field_for_whom", "self"),
        ("field_holder_name_ar", "محمد العمراني"),
        ("field_birth_date", "1979-03-02"),
        ("field_copies", "1"),
        ("field_delivery", "electronic"),
    ]
}

async fn the_cell_files_for_a_visitor_who_claims_it_later(backend: Backend) {
    let app = TestApp::new(backend).await;
    let map = nafida_domain::OrgMap::from_toml(NADOR).unwrap();
    nafida_store::orgs::import(&app.db.db, &map, 0).await.unwrap();
    let (mut cell, _) = app.staff("guichet.cellule@example.ma", Role::Agent, "al-hoceima-mre-cell").await;
    cell.get("/lang/fr").await;
    assert!(cell.get("/staff").await.body.contains("href=\"/staff/assist\""));
    let list = cell.get("/staff/assist").await;
    assert!(list.body.contains("href=\"/staff/assist/birth-extract\""), "{}", list.body);
    let form = cell.get("/staff/assist/birth-extract").await;
    assert!(
        form.body.contains("name=\"visitor_name\"") && form.body.contains("name=\"field_office\""),
        "{}",
        form.body
    );
    let records = || async {
        nafida_store::on_db!(read &app.db.db, pool => {
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM person_records").fetch_one(pool).await.unwrap()
        })
    };

    // Without the consent, nothing is filed and no record is opened; every problem at once.
    let mut no_consent = visitor_form("key-assist-visitor-0001", "signed");
    no_consent.retain(|(k, _)| *k != "visitor_agrees");
    no_consent.retain(|(k, _)| *k != "field_birth_date");
    let refused =
        cell.post_multipart("/staff/assist/birth-extract", &no_consent, &[("doc_applicant-id", "cnie.pdf", PDF)]).await;
    assert_eq!(refused.status, StatusCode::OK);
    assert!(refused.body.contains("rien n’est déposé sans son consentement"), "{}", refused.body);
    assert!(refused.body.contains("f-field_birth_date-error"), "the form's own problems too: {}", refused.body);
    assert!(refused.body.contains("value=\"Mohamed Amrani\""), "what was typed is kept: {}", refused.body);
    assert_eq!(records().await, 0);

    // Filed: a printed receipt with its claim code, the consent in the history, the code mailed
    // to the visitor's address and nothing queued for the record's own address.
    let form = visitor_form("key-assist-visitor-0001", "signed");
    let filed =
        cell.post_multipart("/staff/assist/birth-extract", &form, &[("doc_applicant-id", "cnie.pdf", PDF)]).await;
    assert_eq!(filed.status, StatusCode::OK, "{}", filed.body);
    assert!(filed.body.contains("Mohamed Amrani") && filed.body.contains("A signé le formulaire"), "{}", filed.body);
    let first_code = claim_code(&filed.body);
    assert_eq!(first_code.len(), 14, "{first_code}");
    let reference = {
        let marker = "class=\"reference\" dir=\"ltr\">";
        let at = filed.body.find(marker).unwrap() + marker.len();
        filed.body[at..].split('<').next().unwrap().to_string()
    };
    let c = cases::by_reference(&app.db.db, &reference).await.unwrap().expect("the request");
    assert_eq!(c.org_id, "commune-imzouren-civil-status");
    let invitation = app.last_mail_to("m.amrani@example.be").await;
    assert!(invitation.text.contains(&first_code) && invitation.text.contains(&reference), "{}", invitation.text);
    assert!(app.mails().await.iter().all(|m| !m.to.ends_with(".invalid")), "no mail to a person record");
    assert_eq!(records().await, 1);

    // Sent again (a double click): the same request, a fresh code, the first one void.
    let again =
        cell.post_multipart("/staff/assist/birth-extract", &form, &[("doc_applicant-id", "cnie.pdf", PDF)]).await;
    assert_eq!(again.status, StatusCode::OK, "{}", again.body);
    assert!(again.body.contains(&reference));
    let second_code = claim_code(&again.body);
    assert_ne!(first_code, second_code);
    assert_eq!(records().await, 1);

    // The cell follows it and lists it with its visitor until claimed; the office handles it
    // as any other; the history says how it came.
    assert!(cell.get("/staff/follow").await.body.contains(&reference));
    let unclaimed = cell.get("/staff/assist").await.body;
    assert!(unclaimed.contains(&reference) && unclaimed.contains("Mohamed Amrani"), "{unclaimed}");
    let (mut office, _) = app.staff("etat.civil.assist@example.ma", Role::Agent, "commune-imzouren-civil-status").await;
    office.get("/lang/fr").await;
    let seen = office.get(&format!("/staff/cases/{reference}")).await;
    assert_eq!(seen.status, StatusCode::OK);
    assert!(seen.body.contains("Déposée au guichet de"), "{}", seen.body);
    // The receipt again, without a code, only to its cell; a new printing voids the code.
    let shown = cell.get(&format!("/staff/assist/cases/{reference}")).await;
    assert_eq!(shown.status, StatusCode::OK);
    assert!(!shown.body.contains(&second_code) && !shown.body.contains("id=\"claim-code\""), "{}", shown.body);
    let (mut nador, _) = app.staff("guichet.nador@example.ma", Role::Agent, "nador-mre-cell").await;
    assert_eq!(nador.get(&format!("/staff/assist/cases/{reference}")).await.status, StatusCode::NOT_FOUND);
    assert_eq!(nador.post(&format!("/staff/assist/cases/{reference}/code"), &[]).await.status, StatusCode::NOT_FOUND);
    assert_eq!(office.get(&format!("/staff/assist/cases/{reference}")).await.status, StatusCode::NOT_FOUND);
    let reprinted = cell.post(&format!("/staff/assist/cases/{reference}/code"), &[]).await;
    assert_eq!(reprinted.status, StatusCode::OK, "{}", reprinted.body);
    let code = claim_code(&reprinted.body);
    assert_ne!(code, second_code);

    // The visitor opens an account and claims it: a void code, another reference, then the
    // right pair; the request is theirs, and "claimed" is in its history.
    let mut visitor = app.citizen("mohamed.amrani@example.be").await;
    visitor.get("/lang/fr").await;
    assert_eq!(visitor.get(&format!("/cases/{reference}")).await.status, StatusCode::NOT_FOUND);
    let stale = visitor.post("/account/claim", &[("reference", &reference), ("code", &second_code)]).await;
    assert_eq!(stale.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(stale.body.contains("Demandez une nouvelle impression"), "{}", stale.body);
    let other = nafida_domain::CaseRef::generate("AH", 2026, [1, 2, 3, 4, 5, 6, 7]);
    let wrong = visitor.post("/account/claim", &[("reference", other.as_str()), ("code", &code)]).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    let typed = code.to_lowercase().replace('-', " ");
    let claimed = visitor.post("/account/claim", &[("reference", &reference), ("code", &typed)]).await;
    assert_eq!(claimed.status, StatusCode::SEE_OTHER, "{}", claimed.body);
    assert_eq!(claimed.header("location"), format!("/cases/{reference}"));
    let mine = visitor.get(&format!("/cases/{reference}")).await;
    assert_eq!(mine.status, StatusCode::OK);
    assert!(mine.body.contains("Rattachée au propre compte"), "{}", mine.body);
    // Once only; the cell's receipt page is closed, and the request stays followed (the
    // visitor's country of residence came with it).
    let mut someone = app.citizen("someone.else@example.be").await;
    let twice = someone.post("/account/claim", &[("reference", &reference), ("code", &code)]).await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(cell.get(&format!("/staff/assist/cases/{reference}")).await.status, StatusCode::NOT_FOUND);
    assert!(cell.get("/staff/follow").await.body.contains(&reference));
    assert!(!cell.get("/staff/assist").await.body.contains(&reference));
}
