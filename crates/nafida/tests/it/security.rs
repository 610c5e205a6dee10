//! Findings of the security audit, each shown fixed: return addresses that lead only to this
//! site, whatever their encoding; no personal answer kept by a cache; the anti-forgery token
//! bound to the session; a cross-site link that cannot change the language of a person's mails.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use nafida_domain::Role;
use nafida_test_support::{Backend, TestApp};

use crate::DbTest;

pub fn tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![
        return_addresses_stay_on_this_site,
        personal_answers_are_never_cached,
        the_anti_forgery_token_is_bound_to_the_session,
        a_cross_site_link_changes_no_stored_language
    ]
}

async fn return_addresses_stay_on_this_site(backend: Backend) {
    let app = TestApp::new(backend).await;
    app.create_user("next@example.ma", "correct horse battery", Role::Citizen, None).await;
    for next in [
        "/%09/127.0.0.1:9999/x",
        "/%2509/127.0.0.1:9999/x",
        "//evil.example/x",
        "/%5Cevil.example",
        "/%0D%0ASet-Cookie:%20a=b",
        "https://evil.example/",
    ] {
        let r = app.get(&format!("/lang/fr?next={next}")).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{next}");
        assert_eq!(r.header("location"), "/", "{next}");
        // Signing in with it: a page of the site, never a plain-text error.
        let mut c = app.client();
        c.get("/").await;
        let decoded = next.replace("%09", "\t").replace("%0D%0A", "\r\n").replace("%20", " ").replace("%5C", "\\");
        let signed = c
            .post("/signin", &[("email", "next@example.ma"), ("password", "correct horse battery"), ("next", &decoded)])
            .await;
        assert_eq!(signed.status, StatusCode::SEE_OTHER, "{next}: {}", signed.body);
        assert_eq!(signed.header("location"), "/account", "{next}");
    }
    let fine = app.get("/lang/fr?next=/administrations%3Fq%3Dimzouren").await;
    assert_eq!(fine.header("location"), "/administrations?q=imzouren");
    // Switching language on the sign-in page keeps where it returns to.
    let signin = app.get("/signin?next=%2Fcases%2FAH-26-ABCDEFGH").await.body;
    let href = "/lang/ar?next=/signin%3Fnext%3D%252Fcases%252FAH-26-ABCDEFGH";
    assert!(signin.contains(href), "{signin}");
    let back = app.get(href).await;
    assert_eq!(back.header("location"), "/signin?next=%2Fcases%2FAH-26-ABCDEFGH");
    app.teardown().await;
}

async fn personal_answers_are_never_cached(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut c = app.citizen("cache@example.ma").await;
    for path in ["/account", "/account/apps", "/account/identity", "/cases", "/inbox", "/api/v1/me/cases"] {
        let r = c.get(path).await;
        assert_eq!(r.header("cache-control"), "no-store", "{path}: {}", r.status);
    }
    assert!(app.get("/").await.header("strict-transport-security").is_empty(), "no HSTS over plain http");
    let secure = TestApp::with_settings(
        backend,
        nafida_web::WebSettings {
            secure_cookies: true,
            public_url: "https://nafida.example.ma".into(),
            ..Default::default()
        },
    )
    .await;
    assert!(secure.get("/").await.header("strict-transport-security").starts_with("max-age=31536000"));
    secure.teardown().await;
    app.teardown().await;
}

async fn the_anti_forgery_token_is_bound_to_the_session(backend: Backend) {
    let app = TestApp::new(backend).await;
    let amina = app.citizen("bound@example.ma").await;
    let bound = amina.cookie("nafida_csrf").unwrap_or_default().to_string();
    assert!(bound.len() >= 32);
    // A token planted in the cookie (by a sibling domain, say) and sent back is refused.
    let session = amina.cookie("nafida_session").unwrap_or_default().to_string();
    let planted = "p".repeat(43);
    let request = Request::builder()
        .method(Method::POST)
        .uri("/account/sessions/end-all")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", format!("nafida_session={session}; nafida_csrf={planted}"))
        .body(Body::from(format!("csrf_token={planted}")))
        .unwrap();
    assert_eq!(app.request(request).await.status, StatusCode::FORBIDDEN);
    // The session's own token passes, even with another cookie beside it.
    let request = Request::builder()
        .method(Method::POST)
        .uri("/account/sessions/end-all")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("cookie", format!("nafida_session={session}; nafida_csrf={planted}"))
        .body(Body::from(format!("csrf_token={bound}")))
        .unwrap();
    assert_eq!(app.request(request).await.status, StatusCode::SEE_OTHER);
    // Another person's session has another token.
    let other = app.citizen("other.bound@example.ma").await;
    assert_ne!(other.cookie("nafida_csrf"), Some(bound.as_str()));
    app.teardown().await;
}

async fn a_cross_site_link_changes_no_stored_language(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut c = app.citizen("lang.csrf@example.ma").await;
    let email = nafida_domain::Email::parse("lang.csrf@example.ma").unwrap();
    let stored =
        || async { nafida_store::accounts::find_by_email(&app.db.db, &email).await.unwrap().unwrap().preferred_lang };
    let before = stored().await;
    c.headers.push(("sec-fetch-site".into(), "cross-site".into()));
    let r = c.get("/lang/ar").await;
    assert!(r.header("set-cookie").contains("nafida_lang=ar"), "the page's language follows");
    assert_eq!(stored().await, before, "the mails' language does not");
    c.headers.retain(|(k, _)| k != "sec-fetch-site");
    c.headers.push(("sec-fetch-site".into(), "same-origin".into()));
    c.get("/lang/ar").await;
    assert_eq!(stored().await, "ar", "chosen on the site itself, it is remembered");
    app.teardown().await;
}
