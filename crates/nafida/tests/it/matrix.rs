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
    // A case of the first citizen, at the Imzouren civil-status office, with one attachment.
    let filed = actors[1]
        .post_multipart(
            "/catalogue/birth-extract/start",
            &[
                ("idempotency_key", "key-matrix-0001-abcdef"),
                ("field_office", "commune-imzouren-civil-status"),
                ("field_for_whom", "self"),
                ("field_holder_name_ar", "أمينة الإدريسي"),
                ("field_birth_date", "1990-04-12"),
                ("field_copies", "1"),
                ("field_delivery", "electronic"),
            ],
            &[("doc_applicant-id", "cnie.pdf", nafida_test_support::PDF)],
        )
        .await;
    let case = filed.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string();
    let file_id = nafida_store::cases::attachments(
        &app.db.db,
        &nafida_store::cases::by_reference(&app.db.db, &case).await.unwrap().unwrap().id,
    )
    .await
    .unwrap()[0]
        .id
        .clone();
    // A desk of the Paris consulate, and an appointment the first citizen booked there.
    let engine = app.state.engine();
    let paris_chief = nafida_engine::Actor::Staff {
        account_id: "matrix-chief".into(),
        role: Role::Supervisor,
        org: nafida_domain::OrgId::parse("consulate-paris").unwrap(),
    };
    let desk_input = nafida_engine::appointments::DeskInput {
        desk: "passport".into(),
        procedure_id: "passport".into(),
        hours: "mon-fri 09:00-12:00".into(),
        slot_minutes: "30".into(),
        capacity: "2".into(),
        card_quota: "0".into(),
        horizon_days: "30".into(),
        cancel_hours: "24".into(),
    };
    let calendar = nafida_engine::appointments::save_desk(engine, &paris_chief, "consulate-paris", &desk_input)
        .await
        .unwrap()
        .unwrap();
    let desk = nafida_engine::appointments::desk(engine, &calendar).await.unwrap().unwrap();
    let citizen_id =
        nafida_store::accounts::find_by_email(&app.db.db, &nafida_domain::Email::parse("citizen@example.ma").unwrap())
            .await
            .unwrap()
            .unwrap()
            .id;
    let free = nafida_engine::appointments::free_slots(
        engine,
        &desk,
        nafida_domain::Date::new(2026, 1, 1).unwrap(),
        30,
        false,
        1,
    )
    .await
    .unwrap();
    let booking = nafida_engine::appointments::Booking {
        starts_at: free[0].starts_at,
        case: None,
        idempotency_key: "matrix-appointment-0001",
    };
    let appointment =
        nafida_engine::appointments::book(engine, &nafida_engine::Actor::applicant(&citizen_id), &desk, &booking)
            .await
            .unwrap()
            .unwrap()
            .id;
    let [ap_show, ap_ics, ap_cancel, ap_move] =
        ["", "/appointment.ics", "/cancel", "/move"].map(|rest| format!("/appointments/{appointment}{rest}"));
    let new_at_paris = format!("/appointments/new?calendar={calendar}");
    let record = format!("/staff/appointments/{appointment}/record");
    let c = |rest: &str| format!("/cases/{case}{rest}");
    let s = |rest: &str| format!("/staff/cases/{case}{rest}");
    // 303 for anonymous on a protected page is the redirect to sign-in.
    let disable = format!("/admin/staff/{target}/disable");
    let rows: Vec<(&str, &str, [u16; 7])> = vec![
        ("GET", "/", [200; 7]),
        ("GET", "/administrations", [200; 7]),
        ("GET", "/consulates", [200; 7]),
        ("GET", "/consulates?q=92700&country=FR", [200; 7]),
        ("GET", "/consulates/consulate-brussels", [200; 7]),
        ("GET", "/consulates/no-such-post", [404; 7]),
        ("GET", "/track", [200; 7]),
        ("POST", "/track", [200; 7]),
        ("GET", "/appointments", [303, 200, 200, 403, 403, 403, 403]),
        ("GET", &new_at_paris, [303, 200, 200, 403, 403, 403, 403]),
        ("GET", "/appointments/new?calendar=no-such-desk", [303, 404, 404, 403, 403, 403, 403]),
        ("GET", &ap_show, [303, 200, 404, 403, 403, 403, 403]),
        ("GET", &ap_ics, [303, 200, 404, 403, 403, 403, 403]),
        ("GET", &ap_cancel, [303, 200, 404, 403, 403, 403, 403]),
        ("GET", &ap_move, [303, 200, 404, 403, 403, 403, 403]),
        ("POST", "/appointments/feed", [303, 200, 200, 403, 403, 403, 403]),
        ("GET", "/appointments/feed/no-such-feed-token-0000.ics", [404; 7]),
        ("GET", "/staff/appointments", [303, 403, 403, 200, 200, 200, 200]),
        ("POST", &record, [303, 403, 403, 404, 200, 404, 404]),
        ("POST", "/staff/appointments/desks", [303, 403, 403, 403, 403, 200, 200]),
        ("GET", "/privacy", [200; 7]),
        ("GET", "/account/cards", [303, 200, 200, 403, 403, 403, 403]),
        ("GET", "/account/cards/MRE-26-NOPE2345/qr.png", [303, 404, 404, 403, 403, 403, 403]),
        ("POST", "/account/cards/MRE-26-NOPE2345/revoke", [303, 200, 200, 403, 403, 403, 403]),
        ("GET", "/cards/check", [200; 7]),
        ("GET", "/staff/follow", [303, 403, 403, 404, 404, 404, 404]),
        ("GET", "/cell", [303; 7]),
        ("GET", "/staff/reception", [303, 403, 403, 404, 404, 404, 404]),
        ("GET", "/account/architect", [303, 200, 200, 403, 403, 403, 403]),
        ("POST", "/account/architect", [303, 422, 422, 403, 403, 403, 403]),
        ("GET", "/account/mandates", [303, 200, 200, 403, 403, 403, 403]),
        ("POST", "/account/mandates", [303, 422, 422, 403, 403, 403, 403]),
        ("POST", "/account/mandates/no-such-mandate/revoke", [303, 404, 404, 403, 403, 403, 403]),
        ("GET", "/staff/architects", [303, 403, 403, 404, 404, 404, 404]),
        ("POST", "/staff/architects/no-such-user/check", [303, 403, 403, 404, 404, 404, 404]),
        ("GET", "/staff/figures", [303, 403, 403, 404, 404, 404, 200]),
        ("GET", "/staff/figures/2026-11/report.csv", [303, 403, 403, 404, 404, 404, 200]),
        ("GET", "/staff/figures/2026-11/report.pdf", [303, 403, 403, 404, 404, 404, 200]),
        ("GET", "/staff/figures/2026-11/monthly.svg", [303, 403, 403, 404, 404, 404, 200]),
        ("GET", "/staff/figures/2026-11/administrations.svg", [303, 403, 403, 404, 404, 404, 200]),
        ("GET", "/staff/figures/2026-99/report.csv", [303, 403, 403, 404, 404, 404, 404]),
        ("GET", "/staff/assist", [303, 403, 403, 404, 404, 404, 404]),
        ("GET", "/staff/assist/birth-extract", [303, 403, 403, 404, 404, 404, 404]),
        // A form that is not multipart is refused before anything (the cell's own agents are
        // checked by the assisted filing's test).
        ("POST", "/staff/assist/birth-extract", [303, 403, 403, 400, 400, 400, 400]),
        ("GET", "/staff/assist/cases/AH-26-00000000", [303, 403, 403, 404, 404, 404, 404]),
        ("POST", "/staff/assist/cases/AH-26-00000000/code", [303, 403, 403, 404, 404, 404, 404]),
        ("GET", "/account/claim", [303, 200, 200, 403, 403, 403, 403]),
        ("POST", "/account/claim", [303, 422, 422, 403, 403, 403, 403]),
        ("GET", "/reception/al-hoceima-mre-cell/hall", [200; 7]),
        ("GET", "/reception/al-hoceima/hall", [404; 7]),
        ("GET", "/cards/revocations/al-hoceima-mre-cell.json", [200; 7]),
        ("GET", "/cards/revocations/al-hoceima.json", [404; 7]),
        ("POST", "/staff/cards/MRE-26-NOPE2345/withdraw", [303, 403, 403, 404, 404, 404, 404]),
        ("GET", "/statistics/complaints", [200; 7]),
        ("GET", "/statistics/permits", [200; 7]),
        ("GET", "/statistics/permits.csv", [200; 7]),
        ("GET", "/complaints/new", [200, 303, 303, 303, 303, 303, 303]),
        ("GET", "/complaints/confirm/unknown-token", [200; 7]),
        ("POST", "/complaints/confirm/unknown-token", [200; 7]),
        ("GET", "/statistics/complaints.csv", [200; 7]),
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
        ("GET", "/staff/opinions/no-such-opinion/files/no-such-file", [303, 403, 403, 404, 404, 404, 404]),
        ("POST", "/staff/opinions/no-such-opinion/markup", [303, 403, 403, 400, 400, 400, 400]),
        ("GET", "/staff/queue?org=commune-imzouren-civil-status", [303, 403, 403, 200, 404, 200, 200]),
        ("GET", "/staff/cases/AH-26-00000000", [303, 403, 403, 404, 404, 404, 404]),
        ("GET", "/healthz", [200; 7]),
        ("GET", "/readyz", [200; 7]),
        ("GET", "/metrics", [200; 7]),
        ("GET", "/signup", [200; 7]),
        ("GET", "/signin", [200; 7]),
        ("GET", "/password/forgot", [200; 7]),
        ("GET", "/password/reset/unknown-token", [200; 7]),
        ("GET", "/confirm/unknown-token", [200; 7]),
        ("GET", "/verify", [200; 7]),
        ("GET", "/verify/keys", [200; 7]),
        ("GET", "/verify/7K3M9QX4PA", [404; 7]),
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
        ("GET", "/admin/topics", [303, 403, 403, 403, 403, 403, 200]),
        ("POST", "/admin/topics", [303, 403, 403, 403, 403, 403, 200]),
        ("POST", "/admin/holidays", [303, 403, 403, 403, 403, 403, 200]),
        ("GET", "/demo/mail", [404; 7]),
        ("GET", "/no/such/page", [404; 7]),
        ("GET", "/api/v1/procedures", [200; 7]),
        ("GET", "/api/v1/openapi.json", [200; 7]),
        ("GET", "/api/v1/cases", [401; 7]),
        ("GET", "/api/v1/cases/AH-26-00000000", [401; 7]),
        ("GET", "/api/v1/opinions", [401; 7]),
        ("GET", "/api/v1/opinions/no-such-opinion", [401; 7]),
        ("GET", "/api/v1/me/cases", [401; 7]),
        ("POST", "/api/v1/me/cases?procedure=birth-extract", [401; 7]),
        ("GET", "/account/apps", [303, 200, 200, 403, 403, 403, 403]),
        ("GET", "/account/family", [303, 200, 200, 403, 403, 403, 403]),
        ("POST", "/account/apps", [303, 200, 200, 403, 403, 403, 403]),
        ("POST", "/account/apps/no-such-token/revoke", [303, 404, 404, 403, 403, 403, 403]),
        ("POST", "/account/profile", [303, 200, 200, 403, 403, 403, 403]),
        ("POST", "/admin/staff/new", [303, 403, 403, 403, 403, 403, 200]),
        ("POST", &disable, [303, 403, 403, 403, 403, 403, 303]),
    ];
    // One real case: its owner, another citizen, staff in and out of scope (the withdrawal last).
    let case_rows: Vec<(&str, String, [u16; 7])> = vec![
        ("GET", c(""), [303, 200, 404, 403, 403, 403, 403]),
        ("GET", c("/receipt"), [303, 200, 404, 403, 403, 403, 403]),
        ("GET", c("/silence-certificate"), [303, 404, 404, 403, 403, 403, 403]),
        ("GET", c(&format!("/files/{file_id}")), [303, 200, 404, 403, 403, 403, 403]),
        ("GET", c("/files/no-such-file"), [303, 404, 404, 403, 403, 403, 403]),
        ("GET", s(""), [303, 403, 403, 200, 404, 200, 200]),
        ("GET", s(&format!("/files/{file_id}")), [303, 403, 403, 200, 404, 200, 200]),
        ("POST", c("/messages"), [303, 200, 404, 403, 403, 403, 403]),
        ("POST", s("/notes"), [303, 403, 403, 200, 404, 200, 200]),
        ("POST", s("/messages"), [303, 403, 403, 200, 404, 200, 200]),
        ("POST", s("/action"), [303, 403, 403, 403, 404, 403, 403]),
        ("POST", s("/assign"), [303, 403, 403, 403, 404, 200, 200]),
        ("POST", s("/transfer"), [303, 403, 403, 200, 404, 200, 200]),
        ("POST", s("/extend"), [303, 403, 403, 403, 404, 403, 403]),
        ("POST", s("/opinions"), [303, 403, 403, 200, 404, 200, 200]),
        ("POST", s("/fast-lane"), [303, 403, 403, 403, 404, 303, 303]),
        ("POST", s("/claim"), [303, 403, 403, 303, 404, 303, 303]),
        ("POST", s("/coordination"), [303, 403, 403, 404, 404, 404, 404]),
        ("POST", "/staff/queue/bulk".to_string(), [303, 403, 403, 303, 303, 303, 303]),
        ("GET", format!("/api/v1/me/cases/{case}"), [401; 7]),
        ("POST", format!("/api/v1/cases/{case}/transfer"), [401; 7]),
        ("GET", c("/receipt.pdf"), [303, 200, 404, 403, 403, 403, 403]),
        ("GET", c("/documents/7K3M9QX4PA"), [303, 404, 404, 403, 403, 403, 403]),
        ("POST", s("/issue"), [303, 403, 403, 403, 404, 403, 403]),
        ("POST", "/staff/documents/7K3M9QX4PA/revoke".to_string(), [303, 403, 403, 404, 404, 404, 404]),
        ("GET", "/verify/lookup?code=nonsense".to_string(), [200; 7]),
        ("POST", c("/correct"), [303, 403, 404, 403, 403, 403, 403]),
        ("GET", "/payments/test/no-such-payment".to_string(), [303, 404, 404, 403, 403, 403, 403]),
        ("POST", s("/payments"), [303, 403, 403, 200, 404, 200, 200]),
        ("POST", c("/pay"), [303, 303, 404, 403, 403, 403, 403]),
        ("POST", s("/posted"), [303, 403, 403, 403, 404, 403, 403]),
        ("POST", c("/rating"), [303, 403, 404, 403, 403, 403, 403]),
        ("GET", c("/mediateur.json"), [303, 403, 404, 403, 403, 403, 403]),
        ("GET", c("/mediateur.pdf"), [303, 403, 404, 403, 403, 403, 403]),
        ("POST", c("/reopen"), [303, 200, 404, 403, 403, 403, 403]),
        ("POST", c("/withdraw"), [303, 422, 404, 403, 403, 403, 403]),
        ("POST", c("/plans"), [303, 400, 400, 403, 403, 403, 403]),
        ("POST", s("/meeting"), [303, 403, 403, 403, 404, 403, 403]),
    ];
    let all = rows.iter().map(|(m, p, e)| (*m, p.to_string(), *e)).chain(case_rows);
    let mut failures = vec![];
    for (method, path, expected) in all {
        let path = path.as_str();
        for (i, client) in actors.iter_mut().enumerate() {
            let r = match method {
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
