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
    crate::tests![the_cell_follows_its_province_and_nothing_else]
}

/// A second province, with its own cell and commune.
const NADOR: &str = r#"
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
