//! Appointments at the engine's level, on both databases: calendars set up by a supervisor,
//! free slots less both countries' holidays and closures, bookings refused with their reason,
//! the capacity held when fifty people book the last ten places at once through two nodes,
//! the card holders' quota, cancelling and moving until the notice, the waiting list, the
//! counter's records and the reminders with their calendar entry.

use std::sync::Arc;

use nafida_domain::{Date, FixedClock, OrgId, Role, Timestamp};
use nafida_engine::appointments::{self, Booking, Desk, DeskInput, Status};
use nafida_engine::cases::transition::{self, Request};
use nafida_engine::forms::Submitted;
use nafida_engine::i18n::Lang;
use nafida_engine::{Actor, Engine, EngineError, EngineSettings, Refusal};
use nafida_store::cases::Filed;
use nafida_test_support::{Backend, PDF, TestApp};

use crate::DbTest;

pub fn tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![
        a_calendar_offers_its_slots_and_refuses_the_others,
        fifty_people_booking_the_last_ten_places_get_ten,
        cancelling_moving_waiting_and_the_counter,
        card_holders_have_their_places_and_reminders_leave_once,
        booking_moving_and_cancelling_on_the_pages,
    ]
}

const POST: &str = "consulate-brussels";

/// Monday 7 June 2027, 06:00 UTC (08:00 in Brussels): a week with no holiday in Belgium or
/// Morocco before Belgium's National Day (21 July) and Morocco's Throne Day (30 July).
const MONDAY: i64 = 1_812_348_000_000;

fn at(app: &TestApp, millis: i64) {
    use nafida_domain::Clock;
    app.clock.advance_seconds((millis - app.clock.now().millis()) / 1000);
}

fn brussels(day: &str, hh: u16, mm: u16) -> i64 {
    nafida_domain::legal_time::local_to_millis("Europe/Brussels", Date::parse(day).unwrap(), hh * 60 + mm).unwrap()
}

async fn supervisor(app: &TestApp) -> Actor {
    let id = app.create_user("chef.bruxelles@example.be", "correct horse battery", Role::Supervisor, Some(POST)).await;
    Actor::Staff { account_id: id, role: Role::Supervisor, org: OrgId::parse(POST).unwrap() }
}

async fn person(app: &TestApp, email: &str) -> Actor {
    Actor::applicant(&app.create_user(email, "correct horse battery", Role::Citizen, None).await)
}

fn input(capacity: u32, quota: u32) -> DeskInput {
    DeskInput {
        desk: "passport".into(),
        procedure_id: "passport".into(),
        hours: "mon-fri 09:00-12:00".into(),
        slot_minutes: "20".into(),
        capacity: capacity.to_string(),
        card_quota: quota.to_string(),
        horizon_days: "60".into(),
        cancel_hours: "24".into(),
    }
}

async fn desk(app: &TestApp, boss: &Actor, capacity: u32, quota: u32) -> Desk {
    let engine = app.state.engine();
    let id = appointments::save_desk(engine, boss, POST, &input(capacity, quota)).await.unwrap().unwrap();
    appointments::desk(engine, &id).await.unwrap().unwrap()
}

fn key(n: usize) -> String {
    format!("appointment-key-{n:08}")
}

async fn book(engine: &Engine, who: &Actor, d: &Desk, starts_at: i64, n: usize) -> Result<String, Refusal> {
    let k = key(n);
    appointments::book(engine, who, d, &Booking { starts_at, case: None, idempotency_key: &k })
        .await
        .unwrap()
        .map(|a| a.id)
}

fn code(r: Result<String, Refusal>) -> String {
    match r {
        Err(Refusal::Invalid(p)) => p[0].code.clone(),
        other => format!("{other:?}"),
    }
}

async fn a_calendar_offers_its_slots_and_refuses_the_others(backend: Backend) {
    let app = TestApp::new(backend).await;
    at(&app, MONDAY);
    let engine = app.state.engine();
    let boss = supervisor(&app).await;
    // An agent may not set up a calendar; bad settings are refused field by field.
    let agent_id =
        app.create_user("agent.bruxelles@example.be", "correct horse battery", Role::Agent, Some(POST)).await;
    let agent = Actor::Staff { account_id: agent_id, role: Role::Agent, org: OrgId::parse(POST).unwrap() };
    assert_eq!(
        appointments::save_desk(engine, &agent, POST, &input(5, 0)).await.unwrap(),
        Err(Refusal::Forbidden("supervisors-only"))
    );
    let bad = DeskInput { hours: "lundi 9h".into(), capacity: "0".into(), ..input(5, 0) };
    let Err(Refusal::Invalid(problems)) = appointments::save_desk(engine, &boss, POST, &bad).await.unwrap() else {
        unreachable!()
    };
    let codes: Vec<(&str, &str)> = problems.iter().map(|p| (p.field.as_str(), p.code.as_str())).collect();
    assert!(codes.contains(&("hours", "desk-hours")) && codes.contains(&("capacity", "number-between")), "{codes:?}");
    let paris =
        Actor::Staff { account_id: "x".into(), role: Role::Supervisor, org: OrgId::parse("consulate-paris").unwrap() };
    assert!(matches!(appointments::save_desk(engine, &paris, POST, &input(5, 0)).await, Err(EngineError::NotFound)));

    let d = desk(&app, &boss, 5, 0).await;
    assert_eq!(d.zone, "Europe/Brussels");
    // Nine 20-minute slots a morning, Brussels time; today's 09:00 is the first (it is 08:00).
    let today = Date::parse("2027-06-07").unwrap();
    let slots = appointments::free_slots(engine, &d, today, 7, false, 100).await.unwrap();
    assert_eq!(slots.len(), 5 * 9, "Monday to Friday");
    assert_eq!(slots[0].starts_at, brussels("2027-06-07", 9, 0));
    assert_eq!(slots[8].starts_at, brussels("2027-06-07", 11, 40));
    // Belgium's National Day (Wednesday 21 July) and Morocco's Throne Day (Friday 30 July).
    let july = appointments::free_slots(engine, &d, Date::parse("2027-07-19").unwrap(), 14, false, 500).await.unwrap();
    let days: std::collections::BTreeSet<String> = july.iter().map(|s| s.day.to_string()).collect();
    assert!(!days.contains("2027-07-21") && !days.contains("2027-07-30"), "{days:?}");
    assert!(days.contains("2027-07-20") && days.contains("2027-07-29"));
    // A closure takes a day out.
    appointments::set_closure(engine, &boss, &d, "2027-06-09", true).await.unwrap().unwrap();

    let amina = person(&app, "amina.rdv@example.be").await;
    assert_eq!(code(book(engine, &amina, &d, brussels("2027-06-08", 9, 5), 1).await), "slot-outside-hours");
    assert_eq!(code(book(engine, &amina, &d, brussels("2027-06-08", 12, 0), 1).await), "slot-outside-hours");
    assert_eq!(code(book(engine, &amina, &d, brussels("2027-06-12", 9, 0), 1).await), "slot-outside-hours", "Saturday");
    assert_eq!(code(book(engine, &amina, &d, brussels("2027-06-04", 9, 0), 1).await), "slot-past");
    assert_eq!(code(book(engine, &amina, &d, brussels("2027-06-09", 9, 0), 1).await), "slot-closed");
    assert_eq!(code(book(engine, &amina, &d, brussels("2027-07-21", 9, 0), 1).await), "slot-holiday");
    assert_eq!(code(book(engine, &amina, &d, brussels("2027-08-09", 9, 0), 1).await), "slot-beyond-horizon");
    // Staff do not book for themselves through this command.
    assert_eq!(
        book(engine, &boss, &d, brussels("2027-06-08", 9, 0), 1).await,
        Err(Refusal::Forbidden("applicants-only"))
    );
    // A booking, and the same form sent again: one appointment, one place.
    let first = book(engine, &amina, &d, brussels("2027-06-08", 9, 0), 1).await.unwrap();
    let again = book(engine, &amina, &d, brussels("2027-06-08", 9, 0), 1).await.unwrap();
    assert_eq!(first, again);
    let left = appointments::free_slots(engine, &d, Date::parse("2027-06-08").unwrap(), 1, false, 1).await.unwrap();
    assert_eq!(left[0].left, 4);
    // The confirmation mail carries the calendar entry.
    let mail = app.last_mail_to("amina.rdv@example.be").await;
    let ics = mail.attachment.expect("an .ics is attached");
    assert_eq!(ics.name, "appointment.ics");
    assert!(ics.body.contains("DTSTART:20270608T070000Z"), "{}", ics.body);
    app.teardown().await;
}

async fn fifty_people_booking_the_last_ten_places_get_ten(backend: Backend) {
    let app = TestApp::new(backend).await;
    at(&app, MONDAY);
    let boss = supervisor(&app).await;
    let d = desk(&app, &boss, 12, 0).await;
    let slot = brussels("2027-06-08", 10, 0);
    let engine = app.state.engine().clone();
    // Two places already taken.
    for n in 0..2 {
        let p = person(&app, &format!("early{n}@example.be")).await;
        book(&engine, &p, &d, slot, n).await.unwrap();
    }
    // A second node: its own connections to the same database, its own engine.
    let db2 = match &app.db.postgres_url {
        Some(url) => nafida_store::Db::connect_postgres(url, 10).await.unwrap(),
        None => nafida_store::Db::open_sqlite(&app.db.data_dir.join("nafida.db")).await.unwrap(),
    };
    let clock = Arc::new(FixedClock::new(Timestamp(MONDAY)));
    let files = app.db.file_store();
    let node_b = Engine::new(db2.clone(), files, clock, EngineSettings::default()).unwrap();
    let mut people = vec![];
    for n in 0..50 {
        people.push(person(&app, &format!("rush{n}@example.be")).await);
    }
    let mut tasks = vec![];
    for (n, p) in people.into_iter().enumerate() {
        let engine = if n % 2 == 0 { engine.clone() } else { node_b.clone() };
        let d = d.clone();
        tasks.push(tokio::spawn(async move { book(&engine, &p, &d, slot, 100 + n).await }));
    }
    let mut booked = 0;
    let mut full = 0;
    for t in tasks {
        match t.await.unwrap() {
            Ok(_) => booked += 1,
            Err(r) if code(Err(r.clone())) == "slot-full" => full += 1,
            Err(r) => panic!("{r:?}"),
        }
    }
    assert_eq!((booked, full), (10, 40));
    let rows = nafida_store::appointments::of_calendar(engine.db(), &d.row.id, slot, slot + 1).await.unwrap();
    assert_eq!(rows.len(), 12, "nothing half-booked");
    assert_eq!(
        nafida_store::appointments::taken(engine.db(), &d.row.id, slot, slot + 1).await.unwrap(),
        vec![(slot, 12, 0)]
    );
    db2.close().await;
    app.teardown().await;
}

async fn cancelling_moving_waiting_and_the_counter(backend: Backend) {
    let app = TestApp::new(backend).await;
    at(&app, MONDAY);
    let engine = app.state.engine();
    let boss = supervisor(&app).await;
    let d = desk(&app, &boss, 1, 0).await;
    let amina = person(&app, "amina.move@example.be").await;
    let karim = person(&app, "karim.wait@example.be").await;
    let tuesday = brussels("2027-06-08", 9, 0);
    let id = book(engine, &amina, &d, tuesday, 1).await.unwrap();
    assert_eq!(code(book(engine, &karim, &d, tuesday, 2).await), "slot-full");
    appointments::wait_for_place(engine, &karim, &d).await.unwrap().unwrap();
    // Someone else's appointment does not exist for them.
    assert!(matches!(appointments::cancel(engine, &karim, &id).await, Err(EngineError::NotFound)));
    // Moved to Thursday: Tuesday's place is freed and offered to Karim.
    let thursday = brussels("2027-06-10", 11, 0);
    let moved = appointments::reschedule(engine, &amina, &id, thursday).await.unwrap().unwrap();
    assert_eq!(moved.starts_at, thursday);
    let offer = app.last_mail_to("karim.wait@example.be").await;
    assert!(offer.text.contains(&format!("/appointments/new?calendar={}", d.row.id)), "{}", offer.text);
    let karim_tuesday = book(engine, &karim, &d, tuesday, 2).await.unwrap();
    // Cancelling is refused within the notice (24 hours), with the rule.
    at(&app, thursday - 23 * 3_600_000);
    let late = appointments::cancel(engine, &amina, &id).await.unwrap();
    let Err(Refusal::Invalid(p)) = late else { unreachable!("{late:?}") };
    assert_eq!(p[0].code, "cancel-too-late");
    assert_eq!(
        p[0].message(engine.i18n(), Lang::En),
        "An appointment can be cancelled or moved until 24 hours before it; after that, go to the desk or tell it."
    );
    // At the counter: no-show only once the slot began; an agent of another post sees nothing.
    let agent_id = app.create_user("guichet@example.be", "correct horse battery", Role::Agent, Some(POST)).await;
    let agent = Actor::Staff { account_id: agent_id, role: Role::Agent, org: OrgId::parse(POST).unwrap() };
    assert_eq!(
        appointments::record(engine, &agent, &id, Status::NoShow).await.unwrap(),
        Err(Refusal::NotAllowed("appointment-not-started"))
    );
    let paris = Actor::Partner { org: OrgId::parse("consulate-paris").unwrap() };
    assert!(matches!(appointments::record(engine, &paris, &id, Status::CheckedIn).await, Err(EngineError::NotFound)));
    at(&app, thursday - 10 * 60_000);
    appointments::record(engine, &agent, &id, Status::CheckedIn).await.unwrap().unwrap();
    let day = appointments::day(engine, &agent, &d, Date::parse("2027-06-10").unwrap()).await.unwrap();
    assert_eq!(day.len(), 1);
    assert_eq!(day[0].appointment.status, "checked-in");
    appointments::record(engine, &agent, &id, Status::Served).await.unwrap().unwrap();
    assert_eq!(
        appointments::record(engine, &agent, &id, Status::NoShow).await.unwrap(),
        Err(Refusal::NotAllowed("appointment-not-booked"))
    );
    // Karim did not come on Tuesday: the desk's figures count what became of each place.
    appointments::record(engine, &agent, &karim_tuesday, Status::NoShow).await.unwrap().unwrap();
    at(&app, thursday + 3_600_000);
    let figures = appointments::outcomes(engine, &agent, &d, 90).await.unwrap();
    assert_eq!((figures.served, figures.no_show), (1, 1), "{figures:?}");
    assert_eq!(figures.no_show_percent(), Some(50));
    assert!(matches!(appointments::outcomes(engine, &paris, &d, 90).await, Err(EngineError::NotFound)));
    app.teardown().await;
}

async fn card_holders_have_their_places_and_reminders_leave_once(backend: Backend) {
    let app = TestApp::new(backend).await;
    at(&app, MONDAY);
    let engine = app.state.engine();
    let boss = supervisor(&app).await;
    let d = desk(&app, &boss, 3, 1).await;
    // Fatima holds an MRE card: her request was approved by the provincial cell.
    let fatima_id = app.create_user("fatima.card@example.be", "correct horse battery", Role::Citizen, None).await;
    let account = nafida_store::accounts::get(engine.db(), &fatima_id).await.unwrap().unwrap();
    let named = nafida_store::profiles::Profile {
        name_latin: Some("Fatima Bakkali".into()),
        name_ar: Some("فاطمة البقالي".into()),
        channels: "email".into(),
        ..Default::default()
    };
    nafida_store::profiles::save(engine.db(), &fatima_id, &named, 0).await.unwrap();
    let p = engine.catalog().catalog.procedures.get("mre-card").unwrap();
    let mut form = Submitted::default();
    for (k, v) in [
        ("idempotency_key", "key-card-0001-abcdefgh"),
        ("field_residence_country", "BE"),
        ("field_consular_post", POST),
    ] {
        form.values.insert(k.into(), v.into());
    }
    form.files.insert("doc_identity".into(), vec![("cnie.pdf".into(), PDF.to_vec())]);
    form.files.insert("doc_residence-proof".into(), vec![("residence.pdf".into(), PDF.to_vec())]);
    let Ok(Filed::Created(card)) =
        nafida_engine::cases::filing::file(engine, &account, p, &form, Lang::Fr).await.unwrap()
    else {
        unreachable!()
    };
    let cell_agent = app
        .create_user("cell.agent@example.ma", "correct horse battery", Role::Agent, Some("al-hoceima-mre-cell"))
        .await;
    let cell =
        Actor::Staff { account_id: cell_agent, role: Role::Agent, org: OrgId::parse("al-hoceima-mre-cell").unwrap() };
    transition::apply(engine, &cell, &card, &Request::action("approve")).await.unwrap().unwrap();
    let fatima = Actor::applicant(&fatima_id);
    assert!(appointments::is_card_holder(engine, &fatima_id).await.unwrap());

    let slot = brussels("2027-06-09", 9, 20);
    let a = person(&app, "a.nocard@example.be").await;
    let b = person(&app, "b.nocard@example.be").await;
    let c = person(&app, "c.nocard@example.be").await;
    book(engine, &a, &d, slot, 1).await.unwrap();
    book(engine, &b, &d, slot, 2).await.unwrap();
    assert_eq!(code(book(engine, &c, &d, slot, 3).await), "slot-full", "the last place is kept for card holders");
    let free_for_c =
        appointments::free_slots(engine, &d, Date::parse("2027-06-09").unwrap(), 1, false, 20).await.unwrap();
    assert!(!free_for_c.iter().any(|s| s.starts_at == slot));
    let free_for_fatima =
        appointments::free_slots(engine, &d, Date::parse("2027-06-09").unwrap(), 1, true, 20).await.unwrap();
    assert!(free_for_fatima.iter().any(|s| s.starts_at == slot && s.left == 1));
    let id = book(engine, &fatima, &d, slot, 4).await.unwrap();
    let row = nafida_store::appointments::get(engine.db(), &id).await.unwrap().unwrap();
    assert!(row.reserved_place);

    // Reminders: two days before, then two hours before, each once (also with two runs).
    at(&app, slot - 47 * 3_600_000);
    assert_eq!(appointments::send_reminders(engine).await.unwrap(), 3, "a, b and Fatima");
    assert_eq!(appointments::send_reminders(engine).await.unwrap(), 0);
    let mail = app.last_mail_to("fatima.card@example.be").await;
    assert!(
        mail.subject.contains("deux jours") || mail.subject.contains("two days") || mail.subject.contains("يومين"),
        "{}",
        mail.subject
    );
    assert!(mail.attachment.is_some_and(|a| a.body.contains("BEGIN:VEVENT")));
    at(&app, slot - 90 * 60_000);
    assert_eq!(appointments::send_reminders(engine).await.unwrap(), 3, "a, b and Fatima");
    assert_eq!(appointments::send_reminders(engine).await.unwrap(), 0);
    app.teardown().await;
}

/// The value of the first radio button of a page's slot list.
fn first_slot(body: &str) -> String {
    body.split("name=\"slot\" value=\"").nth(1).and_then(|s| s.split('"').next()).unwrap_or_default().to_string()
}

fn hidden(body: &str, name: &str) -> String {
    body.split(&format!("name=\"{name}\" value=\""))
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap_or_default()
        .to_string()
}

async fn booking_moving_and_cancelling_on_the_pages(backend: Backend) {
    use axum::http::StatusCode;
    let app = TestApp::new(backend).await;
    at(&app, MONDAY);
    let (mut chief, _) = app.staff("chef.pages@example.be", Role::Supervisor, POST).await;
    // Bad settings are refused beside their field, keeping what was typed.
    let mut fields = vec![
        ("desk", "passport"),
        ("procedure_id", "passport"),
        ("hours", "lundi 9h-12h"),
        ("slot_minutes", "30"),
        ("capacity", "1"),
        ("card_quota", "0"),
        ("horizon_days", "30"),
        ("cancel_hours", "24"),
    ];
    let bad = chief.post("/staff/appointments/desks", &fields).await;
    assert_eq!(bad.status, StatusCode::OK);
    assert!(bad.body.contains("Écrivez les horaires ainsi"), "{}", bad.body);
    assert!(bad.body.contains("value=\"lundi 9h-12h\""));
    fields[2] = ("hours", "mon-fri 09:00-12:00");
    let saved = chief.post("/staff/appointments/desks", &fields).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let calendar = saved.header("location").split("calendar=").nth(1).unwrap().split('&').next().unwrap().to_string();
    // The post's public page offers it.
    let post = app.get_with(&format!("/consulates/{POST}"), &[("accept-language", "fr")]).await;
    assert!(post.body.contains(&format!("/appointments/new?calendar={calendar}")), "{}", post.body);

    let mut amina = app.citizen("amina.pages@example.be").await;
    let new = amina.get(&format!("/appointments/new?calendar={calendar}")).await;
    assert_eq!(new.status, StatusCode::OK, "{}", new.body);
    assert!(new.body.contains("celles du guichet") && new.body.contains("Bruxelles"), "the desk's town is said");
    assert_eq!(first_slot(&new.body), brussels("2027-06-07", 9, 0).to_string(), "today's first time is offered");
    let slot = brussels("2027-06-09", 9, 0).to_string();
    assert!(new.body.contains(&format!("value=\"{slot}\"")));
    let key = hidden(&new.body, "idempotency_key");
    let none = amina.post("/appointments", &[("calendar", &calendar), ("idempotency_key", &key)]).await;
    assert!(none.body.contains("Choisissez une heure dans la liste."), "{}", none.body);
    let past = brussels("2027-06-04", 9, 0).to_string();
    let refused =
        amina.post("/appointments", &[("calendar", &calendar), ("slot", &past), ("idempotency_key", &key)]).await;
    assert!(refused.body.contains("Cette heure est passée"), "{}", refused.body);
    let booked =
        amina.post("/appointments", &[("calendar", &calendar), ("slot", &slot), ("idempotency_key", &key)]).await;
    assert_eq!(booked.status, StatusCode::SEE_OTHER, "{}", booked.body);
    let page = booked.header("location").to_string();
    let shown = amina.get(&page).await;
    assert!(shown.body.contains("09/06/2027 09:00 (Bruxelles, GMT+2)"), "{}", shown.body);
    // In Arabic, the place of the time is in Arabic too.
    amina.get("/lang/ar").await;
    let shown_ar = amina.get(&page).await;
    assert!(shown_ar.body.contains("09/06/2027 09:00 (بروكسيل, GMT+2)"), "{}", shown_ar.body);
    amina.get("/lang/fr").await;
    let ics = amina.get(&format!("{page}/appointment.ics")).await;
    assert!(ics.header("content-type").starts_with("text/calendar"));
    assert!(ics.body.contains("DTSTART:20270609T070000Z"), "{}", ics.body);

    // The place is taken: the next person is told and offered the nearest free times.
    let mut karim = app.citizen("karim.pages@example.be").await;
    let form = karim.get(&format!("/appointments/new?calendar={calendar}")).await;
    let key2 = hidden(&form.body, "idempotency_key");
    let full =
        karim.post("/appointments", &[("calendar", &calendar), ("slot", &slot), ("idempotency_key", &key2)]).await;
    assert!(full.body.contains("Ce créneau vient d’être pris"), "{}", full.body);
    assert_eq!(first_slot(&full.body), brussels("2027-06-09", 9, 30).to_string(), "the next free time first");
    // Another person's appointment does not exist for them.
    assert_eq!(karim.get(&page).await.status, StatusCode::NOT_FOUND);
    // Karim takes today's first time; cancelling it an hour before is refused with the rule.
    let today = brussels("2027-06-07", 9, 0).to_string();
    let his =
        karim.post("/appointments", &[("calendar", &calendar), ("slot", &today), ("idempotency_key", &key2)]).await;
    assert_eq!(his.status, StatusCode::SEE_OTHER, "{}", his.body);
    let late = karim.post(&format!("{}/cancel", his.header("location")), &[]).await;
    assert!(late.body.contains("jusqu’à 24 heures avant"), "{}", late.body);

    // The counter sees Amina and records her arrival; another post's agent sees nothing.
    let (mut agent, _) = app.staff("guichet.pages@example.be", Role::Agent, POST).await;
    let day = agent.get(&format!("/staff/appointments?calendar={calendar}&day=2027-06-07")).await;
    assert!(day.body.contains("karim.pages@example.be"), "{}", day.body);
    let his_id = his.header("location").trim_start_matches("/appointments/").to_string();
    let arrived = agent
        .post(&format!("/staff/appointments/{his_id}/record"), &[("status", "checked-in"), ("day", "2027-06-07")])
        .await;
    assert_eq!(arrived.status, StatusCode::SEE_OTHER, "{}", arrived.body);
    assert!(
        agent.get(&format!("/staff/appointments?calendar={calendar}&day=2027-06-07")).await.body.contains("Arrivé")
    );
    let (mut elsewhere, _) = app.staff("guichet.paris@example.fr", Role::Agent, "consulate-paris").await;
    let denied = elsewhere
        .post(&format!("/staff/appointments/{his_id}/record"), &[("status", "served"), ("day", "2027-06-07")])
        .await;
    assert_eq!(denied.status, StatusCode::NOT_FOUND);

    // Moving, then cancelling after being asked.
    let moving = amina.get(&format!("{page}/move")).await;
    let later = brussels("2027-06-10", 10, 0).to_string();
    assert!(moving.body.contains(&format!("value=\"{later}\"")));
    let moved = amina.post(&format!("{page}/move"), &[("slot", &later)]).await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER, "{}", moved.body);
    assert!(amina.get(&page).await.body.contains("10/06/2027 10:00"));
    let ask = amina.get(&format!("{page}/cancel")).await;
    assert!(ask.body.contains("Annuler ce rendez-vous ?"), "{}", ask.body);
    let cancelled = amina.post(&format!("{page}/cancel"), &[]).await;
    assert_eq!(cancelled.status, StatusCode::SEE_OTHER);
    assert!(amina.get(&page).await.body.contains("Annulé"));

    // A private calendar feed, readable without signing in, and only with its address.
    let feed = amina.post("/appointments/feed", &[]).await;
    let url = feed.body.split("<code dir=\"ltr\">").nth(1).and_then(|s| s.split('<').next()).unwrap().to_string();
    let path = url.split_once("/appointments/feed/").map(|(_, t)| format!("/appointments/feed/{t}")).unwrap();
    let read = app.get(&path).await;
    assert_eq!(read.status, StatusCode::OK);
    assert!(read.body.contains("BEGIN:VCALENDAR") && read.body.contains("STATUS:CANCELLED"), "{}", read.body);
    assert_eq!(app.get("/appointments/feed/not-a-real-token-at-all.ics").await.status, StatusCode::NOT_FOUND);
    app.teardown().await;
}
