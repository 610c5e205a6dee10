//! Benchmark (not a test) of the case lists that must stay fast at scale: the agent's queue
//! and the citizen's dashboard, at 10 000, 100 000 and 1 000 000 cases, on SQLite and on
//! PostgreSQL. Figures are medians and 95th percentiles of repeated queries, and ratios against
//! the 10 000-case baseline measured in the same run.
//!
//! Run: `cargo run --release -p nafida-test-support --example list_bench -- [sqlite|postgres] [max_cases]`

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::Instant;

use nafida_store::cases::{self, QueueFilter};
use nafida_store::{Backend as Pools, Db, on_db};
use nafida_test_support::bench::{current_version, insert_users, rng};
use nafida_test_support::{Backend, T0, TestDb};

const STEPS: [i64; 3] = [10_000, 100_000, 1_000_000];
const APPLICANTS: i64 = 20_000;
const RUNS: usize = 200;

async fn insert_cases(db: &Db, from: i64, to: i64, orgs: &[String], version: i64, seed: &mut u64) {
    let mut n = from;
    while n < to {
        let end = (n + 1000).min(to);
        let mut sql = String::from(
            "INSERT INTO cases (id, reference, procedure_id, procedure_version, applicant_id, org_id, status, phase, flags, form_data, \
             filed_at, due_date, idempotency_key, updated_at, queue_key) VALUES ",
        );
        for i in n..end {
            if i > n {
                sql.push(',');
            }
            let r = rng(seed);
            let org = &orgs[(r % orgs.len() as u64) as usize];
            let applicant = (r >> 8) % APPLICANTS as u64;
            let (status, phase) = match (r >> 20) % 10 {
                0..=3 => ("approved", "approved"),
                4..=5 => ("rejected", "rejected"),
                6 => ("in-review", "in-progress"),
                7 => ("awaiting-applicant", "waiting-for-you"),
                _ => ("submitted", "received"),
            };
            // One case in twenty in the fast lane (an MRE card holder's), the rest not.
            let flags = match (r >> 30) % 140 {
                0 => "escalated,fast-lane,overdue",
                x if x % 7 == 0 => "escalated,overdue",
                x if x % 20 == 1 => "fast-lane",
                _ => "",
            };
            let lane = if flags.contains("fast-lane") { '0' } else { '1' };
            let day = 1 + (r >> 34) % 28;
            let month = 1 + (r >> 40) % 12;
            let year = 2026 + (r >> 44) % 2;
            let filed = T0.millis() - ((r >> 48) % 30_000_000_000) as i64;
            sql.push_str(&format!(
                "('c{i:08}', 'AH-26-{i:08}', 'birth-extract', {version}, 'u{applicant:06}', '{org}', '{status}', '{phase}', '{flags}', '{{}}', \
                 {filed}, '{year}-{month:02}-{day:02}', 'k{i}', {filed}, '{lane}c{i:08}')"
            ));
        }
        on_db!(write db, pool => { sqlx::raw_sql(sqlx::AssertSqlSafe(sql)).execute(pool).await.unwrap(); });
        n = end;
    }
    if let Pools::Postgres(pool) = db.backend() {
        // Steady state, as autovacuum keeps it: hint bits set and the visibility map current.
        // Measuring right after a bulk load would time the first reader writing hint bits.
        sqlx::query("VACUUM ANALYZE cases").execute(pool).await.unwrap();
    } else if let Pools::Sqlite { writer, .. } = db.backend() {
        sqlx::query("ANALYZE").execute(writer).await.unwrap();
    }
}

fn stats(mut ms: Vec<f64>) -> (f64, f64) {
    ms.sort_by(|a, b| a.total_cmp(b));
    (ms[ms.len() / 2], ms[ms.len() * 95 / 100])
}

async fn measure(db: &Db, orgs: &[String], seed: &mut u64) -> [(f64, f64); 5] {
    let mut queue = vec![];
    let mut queue_flag = vec![];
    let mut escalated = vec![];
    let mut page2 = vec![];
    let mut dash = vec![];
    for _ in 0..RUNS {
        let org = &orgs[(rng(seed) % orgs.len() as u64) as usize];
        let t = Instant::now();
        let first =
            cases::queue(db, org, QueueFilter { open_only: true, ..Default::default() }, None, 51).await.unwrap();
        queue.push(t.elapsed().as_secs_f64() * 1000.0);
        let t = Instant::now();
        cases::queue(
            db,
            org,
            QueueFilter { open_only: true, due_window: Some(("", "2026-11-30")), ..Default::default() },
            None,
            51,
        )
        .await
        .unwrap();
        queue_flag.push(t.elapsed().as_secs_f64() * 1000.0);
        let t = Instant::now();
        cases::queue(db, org, QueueFilter { open_only: true, flag: Some("escalated"), ..Default::default() }, None, 51)
            .await
            .unwrap();
        escalated.push(t.elapsed().as_secs_f64() * 1000.0);
        if let Some(last) = first.get(49) {
            let t = Instant::now();
            cases::queue(
                db,
                org,
                QueueFilter { open_only: true, ..Default::default() },
                Some((&last.due_date, &last.id)),
                51,
            )
            .await
            .unwrap();
            page2.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        let applicant = format!("u{:06}", rng(seed) % APPLICANTS as u64);
        let t = Instant::now();
        cases::for_applicant(db, &applicant, None, 100).await.unwrap();
        dash.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    if page2.is_empty() {
        page2.push(0.0);
    }
    [stats(queue), stats(queue_flag), stats(page2), stats(dash), stats(escalated)]
}

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let backend = match args.get(1).map(String::as_str) {
        Some("postgres") => Backend::Postgres,
        _ => Backend::Sqlite,
    };
    let max: i64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1_000_000);
    let t = TestDb::empty_with_prefix(backend, "nafida_bench_").await;
    nafida_store::migrations::migrate(&t.db, T0.millis()).await.unwrap();
    let map = nafida_domain::OrgMap::from_toml(nafida_test_support::DEMO_MAP).unwrap();
    nafida_store::orgs::import(&t.db, &map, T0.millis()).await.unwrap();
    nafida_engine::catalog::prepare(&t.db, T0.millis()).await.unwrap();
    let orgs: Vec<String> = map
        .orgs()
        .iter()
        .filter(|o| matches!(o.kind, nafida_domain::OrgKind::CivilStatusOffice | nafida_domain::OrgKind::ConsularPost))
        .map(|o| o.id.to_string())
        .collect();
    insert_users(&t.db, APPLICANTS).await.unwrap();
    let version = current_version(&t.db, "birth-extract").await.unwrap();
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    let mut loaded = 0;
    let mut baseline: Option<[(f64, f64); 5]> = None;
    println!(
        "backend: {}; {} administrations; {APPLICANTS} applicants; {RUNS} queries per figure",
        backend.name(),
        orgs.len()
    );
    println!(
        "| cases | queue p50 / p95 ms | overdue filter p50 / p95 | escalated flag p50 / p95 | queue page 2 p50 / p95 | dashboard p50 / p95 | queue p50 vs 10k | dashboard p50 vs 10k |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    for step in STEPS.iter().copied().filter(|s| *s <= max) {
        let started = Instant::now();
        insert_cases(&t.db, loaded, step, &orgs, version, &mut seed).await;
        loaded = step;
        let load_secs = started.elapsed().as_secs_f64();
        let m = measure(&t.db, &orgs, &mut seed).await;
        let base = *baseline.get_or_insert(m);
        println!(
            "| {step} | {:.3} / {:.3} | {:.3} / {:.3} | {:.3} / {:.3} | {:.3} / {:.3} | {:.3} / {:.3} | {:.2}× | {:.2}× |   (loaded in {load_secs:.0} s)",
            m[0].0,
            m[0].1,
            m[1].0,
            m[1].1,
            m[4].0,
            m[4].1,
            m[2].0,
            m[2].1,
            m[3].0,
            m[3].1,
            m[0].0 / base[0].0,
            m[3].0 / base[3].0
        );
    }
    if let Pools::Postgres(pool) = t.db.backend() {
        let mode: String = sqlx::query_scalar("SHOW plan_cache_mode").fetch_one(pool).await.unwrap();
        println!("    plan_cache_mode = {mode}");
        // How PostgreSQL runs the overdue filter, bound as the application binds it.
        let plan: Vec<(String,)> = sqlx::query_as(
            "EXPLAIN ANALYZE SELECT id FROM cases WHERE org_id = $1 AND phase IN ('received', 'in-progress') AND due_date >= $2 \
             AND due_date < $3 AND ($4 = '' OR assignee_id = $4) AND (due_date, queue_key) > ($5, $6) ORDER BY due_date, queue_key LIMIT $7",
        )
        .bind(&orgs[0])
        .bind("")
        .bind("2026-11-30")
        .bind("")
        .bind("")
        .bind("")
        .bind(51i64)
        .fetch_all(pool)
        .await
        .unwrap();
        for (line,) in plan {
            println!("    {line}");
        }
    }
    t.teardown().await;
}
