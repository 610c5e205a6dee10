//! The public pages: home, the map of administrations, the language switcher, error pages.

use axum::http::StatusCode;
use nafida_test_support::{Backend, TestApp};

use crate::DbTest;

pub fn tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![
        home_speaks_the_browser_language,
        arabic_pages_are_right_to_left,
        switching_language_is_remembered,
        map_page_shows_the_tree,
        errors_are_pages_for_people_and_json_for_programs,
        help_contact_and_a_page_for_each_administration,
    ]
}

async fn home_speaks_the_browser_language(backend: Backend) {
    let app = TestApp::new(backend).await;
    let fr = app.get_with("/", &[("accept-language", "nl-NL,nl;q=0.9,fr;q=0.8")]).await;
    assert_eq!(fr.status, StatusCode::OK);
    assert!(fr.body.contains("<html lang=\"fr\" dir=\"ltr\">"));
    assert!(fr.body.contains("Une seule fenêtre pour toutes vos démarches"));
    assert_eq!(fr.header("content-language"), "fr");
    let en = app.get_with("/", &[("accept-language", "en-GB")]).await;
    assert!(en.body.contains("One window for all your procedures"));
    // The count of administrations comes from the database, in the language's plural form.
    let count = nafida_store::orgs::count(&app.db.db).await.unwrap();
    assert!(en.body.contains(&format!("{count} administrations work in Nafida")), "{}", en.body);
    // Each service it presents leads somewhere, and every place it leads to answers.
    let cards = en.body.split("<ul class=\"cards\">").nth(1).and_then(|r| r.split("</ul>").next()).unwrap_or("");
    let links: Vec<&str> = cards.split("href=\"").skip(1).filter_map(|l| l.split('"').next()).collect();
    assert_eq!(links.len(), 8, "{cards}");
    for link in links {
        assert_eq!(app.get(link).await.status, StatusCode::OK, "{link}");
    }
    app.teardown().await;
}

async fn arabic_pages_are_right_to_left(backend: Backend) {
    let app = TestApp::new(backend).await;
    for path in ["/", "/administrations", "/missing", "/catalogue", "/catalogue/passport", "/catalogue/building-permit"]
    {
        let r = app.get_with(path, &[("accept-language", "ar-MA,ar;q=0.9")]).await;
        assert!(r.body.contains("<html lang=\"ar\" dir=\"rtl\">"), "{path}");
        // No French or English interface text left over: the visible text outside tags holds
        // no Latin word except the language names of the switcher.
        let text = visible_text(&r.body).replace("Français", "").replace("English", "");
        let latin: Vec<&str> = text.split_whitespace().filter(|w| w.chars().any(|c| c.is_ascii_alphabetic())).collect();
        assert!(latin.is_empty(), "{path}: Latin text on an Arabic page: {latin:?}");
    }
    app.teardown().await;
}

/// The text a reader sees: everything outside tags (the `<title>` included).
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

async fn switching_language_is_remembered(backend: Backend) {
    let app = TestApp::new(backend).await;
    let r = app.get("/lang/ar?next=/administrations").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.header("location"), "/administrations");
    let cookie = r.header("set-cookie").to_string();
    assert!(cookie.starts_with("nafida_lang=ar;") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"));
    let page = app.get_with("/administrations", &[("cookie", "nafida_lang=ar"), ("accept-language", "fr")]).await;
    assert!(page.body.contains("dir=\"rtl\""), "the cookie wins over Accept-Language");
    // Never an open redirect, never an unknown language.
    assert_eq!(app.get("/lang/en?next=//evil.example").await.header("location"), "/");
    assert_eq!(app.get("/lang/xx").await.status, StatusCode::NOT_FOUND);
    app.teardown().await;
}

async fn map_page_shows_the_tree(backend: Backend) {
    let app = TestApp::new(backend).await;
    let ar = app.get_with("/administrations", &[("accept-language", "ar")]).await;
    assert_eq!(ar.status, StatusCode::OK);
    for name in [
        "جماعة الحسيمة",
        "جماعة إمزورن",
        "مكتب الحالة المدنية بجماعة تارجيست",
        "القنصلية العامة للمملكة المغربية ببروكسيل",
    ] {
        assert!(ar.body.contains(name), "{name}");
    }
    let fr = app.get_with("/administrations", &[("accept-language", "fr")]).await;
    assert!(fr.body.contains("Consulat général du Royaume du Maroc à Düsseldorf"));
    // Nested: the civil-status office of Imzouren sits inside the commune's list item.
    let commune = fr.body.find("id=\"org-commune-imzouren\"").unwrap();
    let office = fr.body.find("id=\"org-commune-imzouren-civil-status\"").unwrap();
    let between = &fr.body[commune..office];
    assert!(between.contains("<ul>") && !between.contains("</li>"), "office is nested in its commune");
    // Balanced lists.
    assert_eq!(fr.body.matches("<ul").count(), fr.body.matches("</ul>").count());
    assert_eq!(fr.body.matches("<li>").count() + fr.body.matches("<li ").count(), fr.body.matches("</li>").count());
    app.teardown().await;
}

async fn errors_are_pages_for_people_and_json_for_programs(backend: Backend) {
    let app = TestApp::new(backend).await;
    let page = app.get_with("/nowhere", &[("accept-language", "fr")]).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.header("content-type").starts_with("text/html"));
    assert!(page.body.contains("Page introuvable"));
    let api = app.get("/api/v1/nowhere").await;
    assert_eq!(api.status, StatusCode::NOT_FOUND);
    assert_eq!(api.json()["code"], "not-found");
    app.teardown().await;
}

async fn help_contact_and_a_page_for_each_administration(backend: Backend) {
    let app = TestApp::new(backend).await;
    let fr = [("accept-language", "fr")];
    let help = app.get_with("/help", &fr).await;
    assert_eq!(help.status, StatusCode::OK);
    assert!(
        help.body.contains("id=\"q-need-account\"") && help.body.contains("Ai-je besoin d’un compte ?"),
        "{}",
        help.body
    );
    // Every page an answer points to answers (or asks to sign in first).
    let main = help.body.split("<main").nth(1).unwrap_or("");
    for link in main.split("href=\"").skip(1).filter_map(|l| l.split('"').next()).filter(|l| l.starts_with('/')) {
        let status = app.get(link).await.status;
        assert!(status == StatusCode::OK || status == StatusCode::SEE_OTHER, "{link}: {status}");
    }
    // Each procedure links to its questions; one without its own, to those about requests.
    let extract = app.get_with("/catalogue/birth-extract", &fr).await.body;
    assert!(extract.contains("href=\"/help#q-birth-act-who\""), "{extract}");
    assert!(app.get_with("/catalogue/passport", &fr).await.body.contains("href=\"/help#q-etimbre\""));
    assert!(app.get_with("/catalogue/demolition-permit", &fr).await.body.contains("href=\"/help#q-receipt\""));
    // Contact: whom to reach, and every administration's page.
    let contact = app.get_with("/contact", &fr).await.body;
    assert!(contact.contains("href=\"/administrations/commune-imzouren-civil-status\""), "{contact}");
    let office = app.get_with("/administrations/commune-imzouren-civil-status", &[("accept-language", "ar")]).await;
    assert_eq!(office.status, StatusCode::OK);
    assert!(office.body.contains("<dd>إمزورن</dd>"), "the town in Arabic: {}", office.body);
    assert!(office.body.contains("href=\"/catalogue/birth-extract\""), "what it handles");
    assert!(office.body.contains("href=\"/catalogue/complaint/start?field_target=commune-imzouren-civil-status\""));
    assert!(office.body.contains("لا يوجد عنوان هذه الإدارة"), "what the data lacks is said");
    let post = app.get_with("/administrations/consulate-brussels", &fr).await.body;
    assert!(post.contains("href=\"/consulates/consulate-brussels\""), "{post}");
    for org in nafida_store::orgs::list(&app.db.db).await.unwrap() {
        assert_eq!(app.get(&format!("/administrations/{}", org.id.as_str())).await.status, StatusCode::OK);
    }
    assert_eq!(app.get("/administrations/no-such-office").await.status, StatusCode::NOT_FOUND);
    // The map links to them; the footer to help and contact.
    let map = app.get_with("/administrations", &fr).await.body;
    assert!(map.contains("href=\"/administrations/commune-imzouren\""));
    assert!(map.contains("href=\"/help\"") && map.contains("href=\"/contact\""));
    app.teardown().await;
}
