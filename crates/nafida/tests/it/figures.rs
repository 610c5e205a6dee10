//! The governor's figures: a province's month by administration (filed, decided, late, open
//! overdue and escalated), its complaints, its cell's visitors and their waits, the fast lane,
//! and the summer against the rest of the year; read by the province's staff and its cell's
//! supervisors only, as a page, CSV, SVG charts and a sealed PDF.

use axum::http::StatusCode;
use nafida_domain::Role;
use nafida_engine::figures::Month;
use nafida_store::cases;
use nafida_test_support::{Backend, TestApp};

use crate::DbTest;

pub fn tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![the_governor_reads_the_province_s_figures]
}

/// Milliseconds of a day at noon (UTC).
fn day(y: i32, m: u32, d: u32) -> i64 {
    nafida_domain::Date::new(y, m, d).unwrap().days_since_epoch() * 86_400_000 + 12 * 3_600_000
}

/// Files a request at `org` on `filed`, decided on `decided` (late or not), with `flags`.
async fn request(app: &TestApp, n: u8, procedure: &str, org: &str, filed: i64, decided: Option<i64>, flags: &str) {
    let applicant =
        app.create_user(&format!("figures.{n}@example.be"), "correct horse battery", Role::Citizen, None).await;
    let reference = nafida_domain::CaseRef::generate("AH", 2026, [n, 3, 5, 7, 9, 11, 13]);
    let version = app.state.catalog().catalog.procedures.get(procedure).unwrap().version;
    let key = format!("key-figures-{n:04}-abcdef");
    let new = cases::NewCase {
        reference: reference.as_str(),
        procedure_id: procedure,
        procedure_version: i64::from(version),
        applicant_id: &applicant,
        org_id: org,
        status: "submitted",
        phase: nafida_domain::catalog::Phase::Received,
        form_data: "{}",
        due_date: "2026-12-30",
        idempotency_key: &key,
        represented_name: None,
        flags,
        clock_stopped: false,
        etimbre_hash: None,
        related_case_id: None,
        fast_lane_card: None,
        mandate_id: None,
    };
    cases::file(&app.db.db, &new, &[], &[], filed).await.unwrap();
    if let Some(at) = decided {
        let reference = reference.as_str().to_string();
        nafida_store::on_db!(write &app.db.db, pool => {
            sqlx::query("UPDATE cases SET phase = 'closed', status = 'approved', decided_at = $2 WHERE reference = $1")
                .bind(&reference)
                .bind(at)
                .execute(pool)
                .await
                .unwrap();
        });
    }
}

fn csv_line<'a>(csv: &'a str, month: &str, org: &str) -> Vec<&'a str> {
    csv.lines()
        .map(|l| l.split(',').collect::<Vec<_>>())
        .find(|c| c[0] == month && c[1] == org)
        .unwrap_or_else(|| panic!("no line {month},{org} in {csv}"))
}

async fn the_governor_reads_the_province_s_figures(backend: Backend) {
    let app = TestApp::new(backend).await;
    let map = nafida_domain::OrgMap::from_toml(crate::cell::NADOR).unwrap();
    nafida_store::orgs::import(&app.db.db, &map, 0).await.unwrap();
    let office = "commune-imzouren-civil-status";
    // July: three requests, two decided, one of them past its deadline.
    request(&app, 1, "birth-extract", office, day(2026, 7, 6), Some(day(2026, 7, 14)), "escalated").await;
    request(&app, 2, "birth-extract", office, day(2026, 7, 7), Some(day(2026, 7, 9)), "fast-lane").await;
    request(&app, 3, "birth-extract", office, day(2026, 7, 8), None, "overdue,escalated,escalated-cell").await;
    // November: two requests (one decided in time) and a complaint answered; one request at
    // Nador, another province, counted there only.
    request(&app, 4, "birth-extract", office, day(2026, 11, 2), Some(day(2026, 11, 6)), "").await;
    request(&app, 5, "birth-extract", office, day(2026, 11, 3), None, "").await;
    request(&app, 6, "complaint", "commune-imzouren-urbanism", day(2026, 11, 4), Some(day(2026, 11, 20)), "").await;
    request(&app, 7, "complaint", "commune-nador", day(2026, 11, 5), None, "").await;
    // A visitor at the cell's reception desk, called after ten minutes and served.
    let (mut desk, _) = app.staff("accueil.figures@example.ma", Role::Agent, "al-hoceima-mre-cell").await;
    let ticket = desk.post("/staff/reception/tickets", &[("service", "information"), ("card", "")]).await;
    assert_eq!(ticket.status, StatusCode::SEE_OTHER, "{}", ticket.body);
    app.clock.advance_seconds(600);
    let called = desk.post("/staff/reception/call", &[("counter", "1")]).await;
    assert_eq!(called.status, StatusCode::SEE_OTHER, "{}", called.body);

    let (mut governor, _) = app.staff("gouverneur@example.ma", Role::Agent, "al-hoceima").await;
    governor.get("/lang/fr").await;
    assert!(governor.get("/staff").await.body.contains("href=\"/staff/figures\""));
    let page = governor.get("/staff/figures").await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("2026-11") && page.body.contains("Demandes déposées"), "{}", page.body);
    // The month as people read it; its addresses keep the ISO form.
    assert!(
        page.body.contains("<span dir=\"ltr\">11/2026</span>") && page.body.contains(">11/2026</option>"),
        "{}",
        page.body
    );
    assert!(page.body.contains("L’été et le reste de l’année") && page.body.contains("4 mois"), "{}", page.body);
    // Filed in an average month: 3 over 4 summer months, 3 over the 8 others.
    assert!(page.body.contains("<td dir=\"ltr\">0.8</td><td dir=\"ltr\">0.4</td>"), "{}", page.body);
    let july = governor.get("/staff/figures?month=2026-07").await;
    assert_eq!(july.status, StatusCode::OK);

    // The CSV: the month by administration, the series for the province.
    let csv = governor.get("/staff/figures/2026-11/report.csv").await;
    assert_eq!(csv.status, StatusCode::OK);
    assert_eq!(csv.header("content-type"), "text/csv; charset=utf-8");
    let office_nov = csv_line(&csv.body, "2026-11", office);
    assert_eq!(&office_nov[2..6], ["2", "1", "0", "100.0"], "filed, decided, late, on time");
    assert_eq!(office_nov[15], "2", "open now: the November one and July's overdue one");
    assert_eq!(office_nov[16], "1", "overdue now");
    let province_jul = csv_line(&csv.body, "2026-07", "al-hoceima");
    assert_eq!(&province_jul[2..6], ["3", "2", "1", "50.0"]);
    assert_eq!(province_jul[9], "1", "one filed in the fast lane");
    let province_nov = csv_line(&csv.body, "2026-11", "al-hoceima");
    assert_eq!(&province_nov[2..5], ["3", "2", "0"], "Nador's request is not counted");
    assert_eq!((province_nov[7], province_nov[8]), ("1", "1"), "one complaint filed and answered");
    assert_eq!((province_nov[11], province_nov[12]), ("1", "0"), "one visitor, called (not served yet)");
    assert_eq!(province_nov[14], "10.0", "waited ten minutes");
    assert!(!csv.body.contains("commune-nador"));

    // The season comparison, as the engine counts it: June to September against the rest.
    let actor = nafida_engine::Actor::Staff {
        account_id: "the-governor".into(),
        role: Role::Agent,
        org: nafida_domain::OrgId::parse("al-hoceima").unwrap(),
    };
    let r = nafida_engine::figures::report(app.state.engine(), &actor, Month { year: 2026, month: 11 }).await.unwrap();
    assert_eq!((r.summer.months, r.rest.months), (4, 8));
    assert_eq!((r.summer.sum.filed, r.rest.sum.filed), (3, 3));
    assert_eq!((r.summer.sum.late, r.rest.sum.late), (1, 0));
    assert_eq!(r.open.escalated_cell, 1);

    // The charts, with their text for screen readers.
    let svg = governor.get("/staff/figures/2026-11/monthly.svg").await;
    assert_eq!(svg.header("content-type"), "image/svg+xml");
    assert!(svg.body.starts_with("<svg") && svg.body.contains("<title id=\"t\">Les demandes mois par mois</title>"));
    assert!(svg.body.contains("2026-07: 3"), "July's bar: {}", svg.body);
    let orgs = governor.get("/staff/figures/2026-11/administrations.svg").await;
    assert!(orgs.body.contains("1 / 1"), "{}", orgs.body);

    // The sealed report: checked offline, and at /verify.
    let pdf = governor.get("/staff/figures/2026-11/report.pdf").await;
    assert_eq!(pdf.status, StatusCode::OK);
    assert_eq!(pdf.header("content-type"), "application/pdf");
    let keys = nafida_engine::documents::public_keys(app.state.engine()).await.unwrap();
    let verified = nafida_docs::verify(&pdf.bytes, &keys).expect("the report is sealed");
    assert_eq!(verified.data.get("month").map(String::as_str), Some("2026-11"));
    assert_eq!(verified.data.get("filed").map(String::as_str), Some("3"));
    let code = verified.data.get("code").unwrap().clone();
    assert_eq!(governor.get(&format!("/verify/{code}")).await.status, StatusCode::OK);
    let dir = crate::support::TempDir::new();
    let file = dir.path().join("report.pdf");
    std::fs::write(&file, &pdf.bytes).unwrap();
    if let Some(text) = crate::documents::pdftotext(&file) {
        assert!(text.contains("Rapport mensuel") && text.contains("Province d’Al Hoceima"), "{text}");
        assert!(text.contains("التقرير الشهري"), "{text}");
    }

    // Bad months: refused with a message, or not found; a future month is not found.
    let bad = governor.get("/staff/figures?month=2031-01").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.body.contains("Choisissez l’un des mois proposés"), "{}", bad.body);
    assert_eq!(governor.get("/staff/figures/2026-13/report.csv").await.status, StatusCode::NOT_FOUND);
    assert_eq!(governor.get("/staff/figures/2027-01/report.csv").await.status, StatusCode::NOT_FOUND);

    // Only the province's staff and its cell's supervisors read them; Nador reads its own.
    let (mut chief, _) = app.staff("chef.cellule.figures@example.ma", Role::Supervisor, "al-hoceima-mre-cell").await;
    assert_eq!(chief.get("/staff/figures").await.status, StatusCode::OK);
    assert_eq!(desk.get("/staff/figures").await.status, StatusCode::NOT_FOUND);
    let (mut clerk, _) = app.staff("clerc.figures@example.ma", Role::Supervisor, office).await;
    assert_eq!(clerk.get("/staff/figures/2026-11/report.csv").await.status, StatusCode::NOT_FOUND);
    let mut citizen = app.citizen("curieux.figures@example.be").await;
    assert_eq!(citizen.get("/staff/figures").await.status, StatusCode::FORBIDDEN);
    let (mut nador, _) = app.staff("gouverneur.nador@example.ma", Role::Agent, "nador").await;
    let theirs = nador.get("/staff/figures/2026-11/report.csv").await.body;
    assert_eq!(&csv_line(&theirs, "2026-11", "nador")[2..4], ["1", "0"]);
    assert!(!theirs.contains(office));
}
