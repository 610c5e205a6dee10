//! The procedure catalogue: public pages and search, the version register, the holidays, and
//! `nafida catalog check`.

use axum::http::StatusCode;
use nafida_store::catalog as store_catalog;
use nafida_test_support::{Backend, T0, TestApp};

use crate::support::{TempDir, assert_clean_failure, nafida, run};
use crate::{DbTest, PlainTest};

pub fn db_tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![
        admins_keep_the_holidays_that_deadlines_count,
        catalogue_browses_and_searches_in_three_languages,
        procedure_page_shows_the_binding_list,
        versions_are_recorded_and_a_silent_change_is_refused,
        holidays_are_seeded_once,
    ]
}

pub fn plain_tests() -> Vec<(&'static str, PlainTest)> {
    crate::plain_tests![catalog_check_names_file_and_line]
}

async fn catalogue_browses_and_searches_in_three_languages(backend: Backend) {
    let app = TestApp::new(backend).await;
    let fr = app.get_with("/catalogue", &[("accept-language", "fr")]).await;
    assert_eq!(fr.status, StatusCode::OK);
    let count = format!("{} démarches", crate::support::shipped_procedures());
    assert!(fr.body.contains(&count), "{}", fr.body);
    let civil = app.get_with("/catalogue?theme=civil-status", &[("accept-language", "fr")]).await;
    assert!(civil.body.contains("Extrait d’acte de naissance") && !civil.body.contains("Permis de construire"));
    let urban = app.get_with("/catalogue?kind=urbanism-service", &[("accept-language", "en")]).await;
    assert!(urban.body.contains("Building permit") && !urban.body.contains("Life certificate"));
    // Arabic without its variants and diacritics: ة written ه, أ written ا.
    let ar = app
        .get_with(
            "/catalogue?q=%D9%86%D8%B3%D8%AE%D9%87%20%D9%85%D9%88%D8%AC%D8%B2%D9%87",
            &[("accept-language", "ar")],
        )
        .await;
    assert!(ar.body.contains("نسخة موجزة من رسم الولادة"), "{}", ar.body);
    // The extract is also in the document lists of the passport, the CNIE and the criminal record.
    assert!(ar.body.contains("4 إجراءات"), "Arabic plural of 4 (few)");
    let fr_noaccent = app.get_with("/catalogue?q=legalisation+signature", &[("accept-language", "fr")]).await;
    assert!(fr_noaccent.body.contains("Légalisation de signature"));
    let en = app.get_with("/catalogue?q=passport", &[("accept-language", "en")]).await;
    assert!(en.body.contains("Biometric passport"));
    // What people type: a typo, a Darija word, an old portal's name; the best answer first.
    for (q, first) in
        [("pasport", "passport"), ("jawaz", "passport"), ("chikaya", "complaint"), ("plainte", "complaint")]
    {
        let r = app.get_with(&format!("/catalogue?q={q}"), &[("accept-language", "fr")]).await;
        let results = &r.body[r.body.find("results-title").unwrap_or(0)..];
        let link = results.find("href=\"/catalogue/").map(|i| &results[i + 17..]).unwrap_or("");
        assert!(link.starts_with(&format!("{first}\"")), "{q}: {}", &link[..link.len().min(80)]);
    }
    let none = app.get_with("/catalogue?q=xyzzy", &[("accept-language", "en")]).await;
    assert!(none.body.contains("No procedure matches"));
    app.teardown().await;
}

async fn procedure_page_shows_the_binding_list(backend: Backend) {
    let app = TestApp::new(backend).await;
    let p = app.get_with("/catalogue/passport", &[("accept-language", "fr")]).await;
    assert_eq!(p.status, StatusCode::OK);
    for text in [
        "Passeport biométrique",
        "500 DH",
        "30 jours",
        "Photo 35×45 mm",
        "Cette liste est opposable",
        "si elle vous concerne",
    ] {
        assert!(p.body.contains(text), "{text}");
    }
    // Decree 2.22.141: silence means consent for the permits and the classified establishments.
    for id in [
        "building-permit",
        "habitation-permit",
        "renovation-permit",
        "demolition-permit",
        "classified-establishment-licence",
    ] {
        let page = app.get_with(&format!("/catalogue/{id}"), &[("accept-language", "en")]).await;
        assert!(page.body.contains("tacitly approved"), "{id}: silence means consent is stated");
    }
    let ar = app.get_with("/catalogue/birth-extract", &[("accept-language", "ar")]).await;
    assert!(ar.body.contains("7 أيام عمل"), "Arabic plural of working days");
    // Who may obtain a civil-status document, and the proof of each relation (law 36-21).
    let full = app.get_with("/catalogue/birth-full-copy", &[("accept-language", "en")]).await.body;
    let table = full.split("id=\"who-may-obtain\"").nth(1).unwrap_or("");
    for text in [
        "the holder (the act is mine)</td><td>Only your identity is checked",
        "their spouse</td><td>Marriage act (spouse)",
        "a person they mandated</td><td>Mandate from the holder",
        "Authorisation of the public prosecutor",
        "Loi n° 36-21",
        "to be confirmed",
    ] {
        assert!(table.contains(text), "{text}: {table}");
    }
    assert!(!p.body.contains("who-may-obtain"), "nothing about a person's act on the passport page");
    // Every procedure says what law it applies and how long its files are kept.
    assert!(p.body.contains("Base légale") && p.body.contains("Décret n° 2-08-310"), "{}", p.body);
    assert!(p.body.contains("Le dossier est conservé 5 ans après la décision, puis détruit"));
    let privacy = app.get_with("/privacy", &[("accept-language", "en")]).await.body;
    let rules = privacy.split("id=\"archiving-rules\"").nth(1).unwrap_or("");
    assert!(rules.contains("Building permit</td><td>The file is kept 10 years after the decision, then handed to the Archives of Morocco"), "{rules}");
    assert_eq!(app.get("/catalogue/no-such-procedure").await.status, StatusCode::NOT_FOUND);
    app.teardown().await;
}

async fn versions_are_recorded_and_a_silent_change_is_refused(backend: Backend) {
    let app = TestApp::new(backend).await;
    nafida::catalog::prepare(&app.db.db, T0.millis()).await.unwrap();
    let v = crate::support::shipped_version("birth-extract");
    let (source, workflow) = store_catalog::version_source(&app.db.db, "birth-extract", v).await.unwrap().unwrap();
    let workflow = workflow.expect("the workflow is pinned with the version");
    assert!(source.contains("id = \"birth-extract\"") && workflow.contains("id = \"standard\""));
    // Running again with the same files changes nothing.
    nafida::catalog::prepare(&app.db.db, T0.millis()).await.unwrap();
    let served = |version: i64, source: String, workflow: String| store_catalog::ServedVersion {
        id: "birth-extract".into(),
        version,
        source,
        workflow_source: workflow,
    };
    // The same version with another content is refused; so is the same version with another
    // workflow; a new version is recorded beside it.
    let changed = [served(v, source.replace("fee_mad = 20", "fee_mad = 25"), workflow.clone())];
    let refused = store_catalog::record_versions(&app.db.db, &changed, T0.millis()).await.unwrap();
    assert_eq!(refused.len(), 1);
    assert!(!refused[0].workflow);
    let other_workflow = workflow.replace("fr = \"Déposé\"", "fr = \"Reçu\"");
    let refused = store_catalog::record_versions(&app.db.db, &[served(v, source.clone(), other_workflow.clone())], 0)
        .await
        .unwrap();
    assert!(refused.len() == 1 && refused[0].workflow, "a changed workflow needs a new version");
    let bumped = [served(v + 1, source.replace("fee_mad = 20", "fee_mad = 25"), other_workflow)];
    assert!(store_catalog::record_versions(&app.db.db, &bumped, T0.millis()).await.unwrap().is_empty());
    let (kept, kept_workflow) = store_catalog::version_source(&app.db.db, "birth-extract", v).await.unwrap().unwrap();
    assert!(kept.contains("fee_mad = 20") && kept_workflow.unwrap().contains("fr = \"Déposé\""));
    app.teardown().await;
}

async fn holidays_are_seeded_once(backend: Backend) {
    let app = TestApp::new(backend).await;
    nafida::catalog::prepare(&app.db.db, T0.millis()).await.unwrap();
    let all = store_catalog::holidays(&app.db.db).await.unwrap();
    assert!(all.iter().any(|h| h.day.to_string() == "2026-11-18" && h.name.fr == "Fête de l’Indépendance"));
    assert!(all.iter().any(|h| h.day.to_string() == "2027-05-17" && h.religious && h.provisional));
    let count = all.len();
    // An administrator's removal is not undone at the next start.
    let green_march = nafida_domain::Date::parse("2026-11-06").unwrap();
    assert!(store_catalog::delete_holiday(&app.db.db, green_march).await.unwrap());
    nafida::catalog::prepare(&app.db.db, T0.millis()).await.unwrap();
    assert_eq!(store_catalog::holidays(&app.db.db).await.unwrap().len(), count - 1);
    app.teardown().await;
}

async fn catalog_check_names_file_and_line() {
    let ok = run(nafida(&["catalog", "check"]));
    let count = format!("{} procedures", crate::support::shipped_procedures());
    assert!(ok.status.success() && ok.stdout.contains(&count), "{ok:?}");
    let dir = TempDir::new();
    let src = concat!(env!("CARGO_MANIFEST_DIR"), "/../../catalog");
    std::fs::create_dir_all(dir.path().join("workflows")).unwrap();
    for entry in std::fs::read_dir(src).unwrap().chain(std::fs::read_dir(format!("{src}/workflows")).unwrap()) {
        let path = entry.unwrap().path();
        if path.is_file() {
            let rel = path.strip_prefix(src).unwrap();
            std::fs::copy(&path, dir.path().join(rel)).unwrap();
        }
    }
    let life = dir.path().join("life-certificate.toml");
    let text = std::fs::read_to_string(&life).unwrap().replace("workflow = \"standard\"", "workflow = \"nowhere\"");
    std::fs::write(&life, text).unwrap();
    let bad = run(nafida(&["catalog", "check", "--dir", &dir.path().display().to_string()]));
    assert_clean_failure(&bad, "the catalogue has 1 error(s)");
    assert!(bad.stderr.contains("catalog/life-certificate.toml:10: unknown workflow \"nowhere\""), "{}", bad.stderr);

    // The engine's contracts: an effect the registry does not know, and one whose fields the
    // form lacks, each named with its file and line.
    let restored = std::fs::read_to_string(format!("{src}/life-certificate.toml")).unwrap();
    std::fs::write(&life, restored).unwrap();
    let extract = dir.path().join("birth-extract.toml");
    let text = std::fs::read_to_string(&extract).unwrap();
    let line = text.lines().position(|l| l.contains("issue-document")).unwrap() + 1;
    let edited = text.replace("\"issue-document\"", "\"issue-visa\"");
    std::fs::write(&extract, edited).unwrap();
    let bad = run(nafida(&["catalog", "check", "--dir", &dir.path().display().to_string()]));
    assert_clean_failure(&bad, "the catalogue has 1 error(s)");
    let expected = format!("catalog/birth-extract.toml:{line}: effect \"issue-visa\" is not one the engine knows");
    assert!(bad.stderr.contains(&expected), "{}", bad.stderr);
    let edited = text.replace("name = \"copies\"", "name = \"how_many\"");
    std::fs::write(&extract, edited).unwrap();
    let bad = run(nafida(&["catalog", "check", "--dir", &dir.path().display().to_string()]));
    assert!(
        bad.stderr.contains(&format!(
            "catalog/birth-extract.toml:{line}: effect \"issue-document\" needs the field \"copies\""
        )),
        "{}",
        bad.stderr
    );
}

async fn admins_keep_the_holidays_that_deadlines_count(backend: Backend) {
    let app = TestApp::new(backend).await;
    let (mut admin, _) = app.staff("holidays.admin@example.ma", nafida_domain::Role::Admin, "al-hoceima").await;
    admin.get("/lang/en").await;
    let page = admin.get("/admin/holidays").await;
    assert!(page.body.contains("2026-11-18") && page.body.contains("Independence Day"));
    let bad = admin
        .post("/admin/holidays", &[("day", "2026-02-30"), ("name_ar", ""), ("name_fr", "x"), ("name_en", "x")])
        .await;
    assert!(bad.body.contains("Enter a real date") && bad.body.contains("Enter a name"));
    // The moon was sighted later: the Friday is no longer a holiday, the Monday is.
    assert_eq!(admin.post("/admin/holidays/delete", &[("day", "2026-03-20")]).await.status, StatusCode::SEE_OTHER);
    let add = admin
        .post(
            "/admin/holidays",
            &[
                ("day", "2026-03-23"),
                ("name_ar", "عيد الفطر (اليوم الثاني)"),
                ("name_fr", "Aïd al-Fitr (2e jour)"),
                ("name_en", "Eid al-Fitr (2nd day)"),
                ("religious", "on"),
            ],
        )
        .await;
    assert_eq!(add.status, StatusCode::SEE_OTHER);
    let days: Vec<String> =
        store_catalog::holidays(&app.db.db).await.unwrap().iter().map(|h| h.day.to_string()).collect();
    assert!(!days.contains(&"2026-03-20".to_string()) && days.contains(&"2026-03-23".to_string()));
    // Deadlines use the table: the calendar no longer skips the 20th.
    let cal = nafida_engine::clock::calendar(app.state.engine()).await.unwrap();
    assert!(cal.is_working_day(nafida_domain::Date::parse("2026-03-20").unwrap()));
    assert!(!cal.is_working_day(nafida_domain::Date::parse("2026-03-23").unwrap()), "the Monday added is a holiday");

    // Years past the published table come by rule; the next twelve months' estimates are flagged.
    nafida::catalog::prepare(&app.db.db, T0.millis()).await.unwrap();
    let all = store_catalog::holidays(&app.db.db).await.unwrap();
    assert!(all.iter().any(|h| h.day.to_string() == "2028-07-30" && !h.provisional), "Throne Day 2028 by rule");
    assert!(
        all.iter().any(|h| h.day.year == 2028 && h.religious && h.provisional),
        "Islamic holidays of 2028 estimated"
    );
    let page = admin.get("/admin/holidays").await.body;
    let banner = page.split("id=\"unconfirmed-holidays\"").nth(1).unwrap_or("");
    assert!(banner.contains("unconfirmed estimates") && banner.contains("Eid al-Fitr"), "{page}");

    // A running case's due date follows a holiday added, with an event in its history.
    let mut c = app.citizen("holiday.person@example.ma").await;
    let r = c
        .post_multipart(
            "/catalogue/life-certificate/start",
            &[
                ("idempotency_key", "key-holiday-moves-01"),
                ("field_post", "consulate-brussels"),
                ("field_pension_fund", "CMR"),
                ("field_home_visit", "no"),
            ],
            &[("doc_identity", "cnie.pdf", nafida_test_support::PDF)],
        )
        .await;
    let reference = r.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string();
    let before = nafida_store::cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap().due_date;
    let added = admin
        .post(
            "/admin/holidays",
            &[("day", "2026-12-02"), ("name_ar", "عطلة"), ("name_fr", "Jour férié"), ("name_en", "Holiday")],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    let after = nafida_store::cases::by_reference(&app.db.db, &reference).await.unwrap().unwrap().due_date;
    assert_ne!(before, after, "one more holiday inside the time limit moves it");
    let page = c.get(&format!("/cases/{reference}")).await.body;
    assert!(page.contains("Les jours fériés ont changé"), "{page}");
    app.teardown().await;
}
