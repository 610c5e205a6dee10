//! The route-by-role matrix: every route, walked by every kind of actor, with the status each
//! must get. Each later feature adds its routes here. A record-scoped route is checked both
//! from inside and from outside its owner's scope.

use nafida_domain::Role;
use nafida_test_support::{Backend, Client, TestApp};

use crate::DbTest;

pub fn tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![every_route_answers_each_actor_as_expected]
}

const ACTORS: [&str; 7] = ["anonymous", "citizen", "other citizen", "agent", "agent elsewhere", "supervisor", "admin"];

async fn every_route_answers_each_actor_as_expected(backend: Backend) {
    let app = TestApp::new(backend).await;
    let target = app
        .create_user(
            "target.agent@example.ma",
            "correct horse battery",
            Role::Agent,
            Some("commune-imzouren-civil-status"),
        )
        .await;
    let mut actors: Vec<Client<'_>> = vec![
        app.client(),
        app.citizen("citizen@example.ma").await,
        app.citizen("other.citizen@example.ma").await,
        app.staff("agent@example.ma", Role::Agent, "commune-imzouren-civil-status").await.0,
        app.staff("paris.agent@example.ma", Role::Agent, "consulate-paris").await.0,
        app.staff("supervisor@example.ma", Role::Supervisor, "commune-imzouren").await.0,
        app.staff("admin@example.ma", Role::Admin, "al-hoceima").await.0,
    ];
    // 303 for anonymous on a protected page is the redirect to sign-in.
    let disable = format!("/admin/staff/{target}/disable");
    let rows: Vec<(&str, &str, [u16; 7])> = vec![
        ("GET", "/", [200; 7]),
        ("GET", "/administrations", [200; 7]),
        ("GET", "/privacy", [200; 7]),
        ("GET", "/catalogue", [200; 7]),
        ("GET", "/catalogue?q=passeport&theme=identity-travel", [200; 7]),
        ("GET", "/catalogue/birth-extract", [200; 7]),
        ("GET", "/catalogue/no-such-procedure", [404; 7]),
        ("GET", "/catalogue/birth-extract/start", [303, 200, 200, 403, 403, 403, 403]),
        ("GET", "/cases", [303, 200, 200, 403, 403, 403, 403]),
        ("GET", "/inbox", [303, 200, 200, 403, 403, 403, 403]),
        ("GET", "/cases/AH-26-00000000", [303, 404, 404, 403, 403, 403, 403]),
        ("GET", "/staff/queue", [303, 403, 403, 200, 200, 200, 200]),
        ("GET", "/staff/opinions", [303, 403, 403, 200, 200, 200, 200]),
        ("GET", "/staff/opinions/no-such-opinion", [303, 403, 403, 404, 404, 404, 404]),
        ("GET", "/staff/queue?org=commune-imzouren-civil-status", [303, 403, 403, 200, 404, 200, 200]),
        ("GET", "/staff/cases/AH-26-00000000", [303, 403, 403, 404, 404, 404, 404]),
        ("GET", "/healthz", [200; 7]),
        ("GET", "/readyz", [200; 7]),
        ("GET", "/metrics", [200; 7]),
        ("GET", "/signup", [200; 7]),
        ("GET", "/signin", [200; 7]),
        ("GET", "/password/forgot", [200; 7]),
        ("GET", "/password/reset/unknown-token", [200; 7]),
        ("GET", "/verify/unknown-token", [200; 7]),
        ("GET", "/signin/totp", [303; 7]),
        ("GET", "/signin/totp/enrol", [303; 7]),
        ("GET", "/account", [303, 200, 200, 200, 200, 200, 200]),
        ("GET", "/account/profile", [303, 200, 200, 403, 403, 403, 403]),
        ("GET", "/account/security", [303, 200, 200, 200, 200, 200, 200]),
        ("GET", "/staff", [303, 403, 403, 200, 200, 200, 200]),
        ("GET", "/staff/orgs/commune-imzouren-civil-status", [303, 403, 403, 200, 404, 200, 200]),
        ("GET", "/staff/orgs/consulate-paris", [303, 403, 403, 404, 200, 404, 404]),
        ("GET", "/staff/orgs/not-an-org", [303, 403, 403, 404, 404, 404, 404]),
        ("GET", "/admin/staff", [303, 403, 403, 403, 403, 403, 200]),
        ("GET", "/admin/staff/new", [303, 403, 403, 403, 403, 403, 200]),
        ("GET", "/admin/holidays", [303, 403, 403, 403, 403, 403, 200]),
        ("POST", "/admin/holidays", [303, 403, 403, 403, 403, 403, 200]),
        ("GET", "/demo/mail", [404; 7]),
        ("GET", "/no/such/page", [404; 7]),
        ("GET", "/api/v1/procedures", [200; 7]),
        ("GET", "/api/v1/openapi.json", [200; 7]),
        ("GET", "/api/v1/cases", [401; 7]),
        ("GET", "/api/v1/cases/AH-26-00000000", [401; 7]),
        ("POST", "/account/profile", [303, 200, 200, 403, 403, 403, 403]),
        ("POST", "/admin/staff/new", [303, 403, 403, 403, 403, 403, 200]),
        ("POST", &disable, [303, 403, 403, 403, 403, 403, 303]),
    ];
    let mut failures = vec![];
    for (method, path, expected) in &rows {
        for (i, client) in actors.iter_mut().enumerate() {
            let r = match *method {
                "GET" => client.get(path).await,
                _ => client.post(path, &[]).await,
            };
            if r.status.as_u16() != expected[i] {
                failures.push(format!(
                    "{method} {path} as {}: got {}, expected {}",
                    ACTORS[i],
                    r.status.as_u16(),
                    expected[i]
                ));
            }
        }
    }
    assert!(failures.is_empty(), "route-by-role matrix:\n{}", failures.join("\n"));
    // A citizen's own pages never show another citizen's data.
    let mine = actors[1].get("/account").await.body;
    let theirs = actors[2].get("/account").await.body;
    assert!(mine.contains("citizen@example.ma") && !mine.contains("other.citizen@example.ma"));
    assert!(theirs.contains("other.citizen@example.ma"));
    app.teardown().await;
}
