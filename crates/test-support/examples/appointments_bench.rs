//! Benchmark (not a test) of appointments on one post's desk: the free-slot search over 90
//! days (against the same search over one day, in the same run), and booking throughput with
//! eight tasks contending for the same slots (against one task booking alone). The calendar
//! is half full first, so the search reads real counters.
//!
//! Run: `cargo run --release -p nafida-test-support --example appointments_bench -- [sqlite|postgres]`

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::Instant;

use nafida_domain::{Clock, Date, OrgId, Role};
use nafida_engine::Actor;
use nafida_engine::appointments::{self, Booking, DeskInput};
use nafida_test_support::bench::{insert_users, rng};
use nafida_test_support::{Backend, TestApp};

/// Monday 7 June 2027, 06:00 UTC.
const MONDAY: i64 = 1_812_348_000_000;
const SEARCHES: usize = 200;
const PEOPLE: i64 = 6000;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let backend = match std::env::args().nth(1).as_deref() {
        Some("postgres") => Backend::Postgres,
        _ => Backend::Sqlite,
    };
    let app = TestApp::new(backend).await;
    app.clock.advance_seconds((MONDAY - app.clock.now().millis()) / 1000);
    let engine = app.state.engine().clone();
    let chief = Actor::Staff {
        account_id: "bench".into(),
        role: Role::Supervisor,
        org: OrgId::parse("consulate-brussels").unwrap(),
    };
    let input = DeskInput {
        desk: "passport".into(),
        procedure_id: "passport".into(),
        hours: "mon-fri 09:00-15:00".into(),
        slot_minutes: "15".into(),
        capacity: "2".into(),
        card_quota: "0".into(),
        horizon_days: "90".into(),
        cancel_hours: "24".into(),
    };
    let id = appointments::save_desk(&engine, &chief, "consulate-brussels", &input).await.unwrap().unwrap();
    let desk = appointments::desk(&engine, &id).await.unwrap().unwrap();
    insert_users(engine.db(), PEOPLE).await.unwrap();
    let today = Date::parse("2027-06-07").unwrap();
    let all = appointments::free_slots(&engine, &desk, today, 91, false, 100_000).await.unwrap();
    println!(
        "{} slots of 2 places over 90 days ({} days open)",
        all.len(),
        all.iter().map(|s| s.day).collect::<std::collections::BTreeSet<_>>().len()
    );

    // Half the calendar: one place of every slot taken.
    let mut person = 0i64;
    for s in &all {
        let who = Actor::applicant(&format!("u{person:06}"));
        let key = format!("bench-fill-{person:010}");
        appointments::book(
            &engine,
            &who,
            &desk,
            &Booking { starts_at: s.starts_at, case: None, idempotency_key: &key },
        )
        .await
        .unwrap()
        .unwrap();
        person += 1;
    }

    // Free-slot search: 90 days against one day.
    let time = |days: i64| {
        let engine = engine.clone();
        let desk = desk.clone();
        async move {
            let started = Instant::now();
            let mut found = 0;
            for _ in 0..SEARCHES {
                found = appointments::free_slots(&engine, &desk, today, days, false, 100_000).await.unwrap().len();
            }
            (started.elapsed().as_secs_f64() * 1000.0 / SEARCHES as f64, found)
        }
    };
    let (one, found_one) = time(1).await;
    let (ninety, found_ninety) = time(91).await;
    println!("free-slot search, one day ({found_one} free): {one:.3} ms");
    println!(
        "free-slot search, 90 days ({found_ninety} free): {ninety:.3} ms ({:.1}x the one-day search)",
        ninety / one
    );

    // Booking throughput: one task alone, then eight contending for the same 40 slots.
    let alone = {
        let started = Instant::now();
        let n = 300;
        for i in 0..n {
            let who = Actor::applicant(&format!("u{person:06}"));
            person += 1;
            let key = format!("bench-alone-{i:010}");
            let slot = all[i % all.len()].starts_at;
            let _ = appointments::book(
                &engine,
                &who,
                &desk,
                &Booking { starts_at: slot, case: None, idempotency_key: &key },
            )
            .await
            .unwrap();
        }
        n as f64 / started.elapsed().as_secs_f64()
    };
    let tasks = 8;
    let per_task = 200;
    let started = Instant::now();
    let mut handles = vec![];
    for t in 0..tasks {
        let engine = engine.clone();
        let desk = desk.clone();
        let slots: Vec<i64> = all.iter().skip(400).take(40).map(|s| s.starts_at).collect();
        let first = person + t * per_task;
        handles.push(tokio::spawn(async move {
            let mut seed = 0x9E37_79B9_7F4A_7C15u64 ^ first as u64;
            let mut booked = 0;
            for i in 0..per_task {
                let who = Actor::applicant(&format!("u{:06}", first + i));
                let key = format!("bench-rush-{:010}", first + i);
                let slot = slots[(rng(&mut seed) % slots.len() as u64) as usize];
                if appointments::book(
                    &engine,
                    &who,
                    &desk,
                    &Booking { starts_at: slot, case: None, idempotency_key: &key },
                )
                .await
                .unwrap()
                .is_ok()
                {
                    booked += 1;
                }
            }
            booked
        }));
    }
    let mut booked = 0;
    for h in handles {
        booked += h.await.unwrap();
    }
    let contended = (tasks * per_task) as f64 / started.elapsed().as_secs_f64();
    println!("booking, one task alone: {alone:.0} requests/s");
    println!(
        "booking, {tasks} tasks on 40 slots: {contended:.0} requests/s ({:.2}x alone); {booked} booked, none over capacity: {}",
        contended / alone,
        booked <= 40
    );
    app.teardown().await;
}
