//! The consular network in public: which consulate is mine, by town or postcode, in each
//! language; a page per post that says what is known and how sure it is; bad searches.

use axum::http::StatusCode;
use nafida_test_support::{Backend, TestApp};

use crate::DbTest;

pub fn tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![which_consulate_is_mine, a_post_says_what_is_known_and_how_sure, bad_searches_are_explained]
}

async fn which_consulate_is_mine(backend: Backend) {
    let app = TestApp::new(backend).await;
    let fr = [("accept-language", "fr")];
    // A postcode of Hauts-de-Seine, in France.
    let r = app.get_with("/consulates?q=92700&country=FR", &fr).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Un poste trouvé"), "{}", r.body);
    assert!(found_section(&r.body).contains("href=\"/consulates/consulate-colombes\""), "{}", r.body);
    assert!(r.body.contains("Votre code postal est dans sa circonscription."));
    // A Belgian postcode: Wallonia's range, not Brussels'.
    let r = app.get_with("/consulates?q=4020&country=BE", &fr).await;
    let found = found_section(&r.body);
    assert!(found.contains("/consulates/consulate-liege\""), "{found}");
    assert!(!found.contains("/consulates/consulate-brussels\""), "one answer only: {found}");
    // The same digits in three countries (Liège's range, Segovia's and the Landes' codes): each
    // answer, the person knows which country is theirs.
    let r = app.get_with("/consulates?q=4020", &fr).await;
    let found = found_section(&r.body);
    assert!(found.contains("3 postes trouvés"), "{found}");
    for id in ["consulate-liege", "consulate-madrid", "consulate-bordeaux"] {
        assert!(found.contains(&format!("/consulates/{id}\"")), "{id}: {found}");
    }
    // A town without accents, and a town typed in Arabic.
    let r = app.get_with("/consulates?q=malaga", &fr).await;
    assert!(found_section(&r.body).contains("/consulates/consulate-algeciras\""), "{}", r.body);
    let ar =
        app.get_with("/consulates?q=%D8%A8%D8%B1%D9%88%D9%83%D8%B3%D9%8A%D9%84", &[("accept-language", "ar")]).await;
    assert!(ar.body.contains("dir=\"rtl\""));
    assert!(ar.body.contains("عُثر على مركز واحد"), "{}", ar.body);
    assert!(found_section(&ar.body).contains("/consulates/consulate-brussels\""));
    // Every post is listed by country, and the province's passport desk for the summer.
    let all = app.get_with("/consulates", &[("accept-language", "en")]).await;
    for id in
        ["consulate-naples", "consulate-bastia", "embassy-berlin-consular", "consulate-las-palmas", "consulate-utrecht"]
    {
        assert!(all.body.contains(&format!("/consulates/{id}\"")), "{id}");
    }
    assert!(all.body.contains("During your holiday in Morocco"));
    assert!(all.body.contains("/consulates/al-hoceima-passports\""));
    app.teardown().await;
}

/// The answers of a search (the list of every post follows them).
fn found_section(body: &str) -> &str {
    let start = body.find("id=\"found-title\"").unwrap_or(body.len());
    let end = body[start..].find("</section>").map_or(body.len(), |e| start + e);
    &body[start..end]
}

async fn a_post_says_what_is_known_and_how_sure(backend: Backend) {
    let app = TestApp::new(backend).await;
    let r = app.get_with("/consulates/consulate-frankfurt", &[("accept-language", "fr")]).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Consulat général du Royaume du Maroc à Francfort"), "{}", r.body);
    assert!(r.body.contains("Ostparkstraße 35, 60385 Frankfurt am Main"));
    assert!(r.body.contains("du lundi au vendredi"), "hours in words");
    assert!(r.body.contains("09:00 – 15:00"));
    assert!(r.body.contains("à confirmer auprès du poste"), "an unsure address says so");
    assert!(r.body.contains("Incertain : sources anciennes ou contradictoires"));
    assert!(r.body.contains("href=\"/catalogue/passport\""), "its services link to the catalogue");
    // Germany's Day of German Unity falls within the coming twelve months, whenever the test runs.
    assert!(r.body.contains("/10/"), "a host-country holiday is listed: {}", r.body);
    // What the sources did not give is said, not invented.
    let rome = app.get_with("/consulates/consulate-rome", &[("accept-language", "en")]).await;
    assert!(
        rome.body.contains("In Rome — not found in our sources"),
        "the town in the reader's language: {}",
        rome.body
    );
    assert!(!rome.body.contains("href=\"tel:"));
    let ar = app.get_with("/consulates/consulate-liege", &[("accept-language", "ar")]).await;
    assert!(ar.body.contains("القنصلية العامة للمملكة المغربية بلييج") || ar.body.contains("لييج"), "{}", ar.body);
    assert!(ar.body.contains("يجب التأكد منه لدى المركز"));
    assert_eq!(app.get("/consulates/no-such-post").await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get("/consulates/commune-imzouren").await.status, StatusCode::NOT_FOUND, "not a post");
    app.teardown().await;
}

async fn bad_searches_are_explained(backend: Backend) {
    let app = TestApp::new(backend).await;
    let fr = [("accept-language", "fr")];
    let r = app.get_with("/consulates?q=Tokyo", &fr).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Aucun poste ne couvre « Tokyo »"), "{}", r.body);
    assert!(r.body.contains("value=\"Tokyo\""), "what was typed is kept");
    let r = app.get_with("/consulates?q=Lyon&country=XX", &fr).await;
    assert!(r.body.contains("Choisissez un pays de la liste."), "{}", r.body);
    assert!(r.body.contains("value=\"Lyon\""));
    let long = "a".repeat(101);
    let r = app.get_with(&format!("/consulates?q={long}"), &[("accept-language", "en")]).await;
    assert!(r.body.contains("Write at most 100 characters."), "{}", r.body);
    app.teardown().await;
}
