//! Benchmark (not a test) of the public statistics of complaints: reading the facts of every
//! complaint (its administration, filing, due date, first answer, rating) as cases and their
//! histories grow to 10 000, 100 000 and 1 000 000 cases, one in five a complaint, three to four
//! events each, on SQLite and on PostgreSQL. The baseline, run in the same process on the same
//! data, is the same read without the two partial indexes of migration 19 (as it ran before).
//!
//! Run: `cargo run --release -p nafida-test-support --example stats_bench -- [sqlite|postgres] [max_cases]`

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::time::Instant;

use nafida_store::{Backend as Pools, Db, on_db};
use nafida_test_support::bench::{current_version, insert_users, rng};
use nafida_test_support::{Backend, T0, TestDb};

const STEPS: [i64; 3] = [10_000, 100_000, 1_000_000];
const APPLICANTS: i64 = 20_000;
const RUNS: usize = 7;

async fn insert(db: &Db, from: i64, to: i64, orgs: &[String], versions: (i64, i64), seed: &mut u64) {
    let mut n = from;
    while n < to {
        let end = (n + 500).min(to);
        let mut cases = String::from(
            "INSERT INTO cases (id, reference, procedure_id, procedure_version, applicant_id, org_id, status, phase, flags, \
             form_data, filed_at, due_date, idempotency_key, updated_at) VALUES ",
        );
        let mut events = String::from(
            "INSERT INTO case_events (id, case_id, at, actor_role, kind, action, to_status, internal) VALUES ",
        );
        for i in n..end {
            let r = rng(seed);
            let org = &orgs[(r % orgs.len() as u64) as usize];
            let applicant = (r >> 8) % APPLICANTS as u64;
            let complaint = (r >> 20).is_multiple_of(5);
            let answered = (r >> 24) % 10 < 6;
            let (procedure, version, status, phase) = match (complaint, answered) {
                (true, true) => ("complaint", versions.0, "answered", "closed"),
                (true, false) => ("complaint", versions.0, "routed", "in-progress"),
                (false, _) => ("birth-extract", versions.1, "approved", "approved"),
            };
            let filed = T0.millis() - ((r >> 30) % 30_000_000_000) as i64;
            let sep = if i > n { "," } else { "" };
            cases.push_str(&format!(
                "{sep}('c{i:08}', 'AH-26-{i:08}', '{procedure}', {version}, 'u{applicant:06}', '{org}', '{status}', '{phase}', '', \
                 '{{}}', {filed}, '2026-12-01', 'k{i}', {filed})"
            ));
            let last = if complaint { if answered { "answered" } else { "routed" } } else { "approved" };
            let day = 86_400_000;
            events.push_str(&format!(
                "{sep}('e{i:08}a', 'c{i:08}', {filed}, 'applicant', 'filed', NULL, NULL, FALSE), \
                 ('e{i:08}b', 'c{i:08}', {}, 'agent', 'viewed', NULL, NULL, FALSE), \
                 ('e{i:08}c', 'c{i:08}', {}, 'agent', 'transition', 'step', '{last}', FALSE)",
                filed + day,
                filed + 9 * day
            ));
            if complaint && answered {
                events.push_str(&format!(
                    ",('e{i:08}d', 'c{i:08}', {}, 'agent', 'transition', 'reopen', 'in-treatment', FALSE)",
                    filed + 20 * day
                ));
            }
        }
        on_db!(write db, pool => {
            sqlx::raw_sql(sqlx::AssertSqlSafe(cases)).execute(pool).await.unwrap();
            sqlx::raw_sql(sqlx::AssertSqlSafe(events)).execute(pool).await.unwrap();
        });
        n = end;
    }
    match db.backend() {
        Pools::Postgres(pool) => {
            sqlx::query("VACUUM ANALYZE cases").execute(pool).await.unwrap();
            sqlx::query("VACUUM ANALYZE case_events").execute(pool).await.unwrap();
        }
        Pools::Sqlite { writer, .. } => {
            sqlx::query("ANALYZE").execute(writer).await.unwrap();
        }
    }
}

const MIGRATION_19: &str = include_str!("../../store/src/migrations/0019_statistics_indexes.sql");

async fn analyze(db: &Db) {
    match db.backend() {
        Pools::Postgres(pool) => {
            sqlx::query("ANALYZE").execute(pool).await.unwrap();
        }
        Pools::Sqlite { writer, .. } => {
            sqlx::query("ANALYZE").execute(writer).await.unwrap();
        }
    }
}

/// The median time of `RUNS` runs of `f`, in milliseconds, and what it returned.
async fn time<F, Fut, T>(f: F) -> (f64, T)
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = T>,
{
    let mut ms = vec![];
    let mut out = None;
    for _ in 0..RUNS {
        let started = Instant::now();
        out = Some(f().await);
        ms.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    (median(ms), out.unwrap())
}

fn median(mut ms: Vec<f64>) -> f64 {
    ms.sort_by(|a, b| a.total_cmp(b));
    ms[ms.len() / 2]
}

/// The complaints read and the sum of their first answers' instants (to check the two runs agree).
async fn read(db: &Db) -> (usize, i64) {
    let facts = nafida_store::stats::complaint_facts(db).await.unwrap();
    (facts.len(), facts.iter().filter_map(|f| f.answered_at).sum())
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
    let versions =
        (current_version(&t.db, "complaint").await.unwrap(), current_version(&t.db, "birth-extract").await.unwrap());
    let orgs: Vec<String> = map.orgs().iter().map(|o| o.id.to_string()).collect();
    insert_users(&t.db, APPLICANTS).await.unwrap();
    let mut seed = 0x2545_F491_4F6C_DD1Du64;
    let mut loaded = 0;
    println!("backend: {}; {RUNS} reads per figure (median)", backend.name());
    println!("| cases | complaints | without the indexes ms | with them ms | without ÷ with |");
    println!("|---|---|---|---|---|");
    for step in STEPS.iter().copied().filter(|s| *s <= max) {
        insert(&t.db, loaded, step, &orgs, versions, &mut seed).await;
        loaded = step;
        // As before migration 19: the same data without its two partial indexes.
        on_db!(write t.db, pool => {
            sqlx::raw_sql("DROP INDEX case_events_answered_idx; DROP INDEX cases_complaints_idx;").execute(pool).await.unwrap();
        });
        analyze(&t.db).await;
        let (before, expected) = time(|| read(&t.db)).await;
        on_db!(write t.db, pool => {
            sqlx::raw_sql(sqlx::AssertSqlSafe(MIGRATION_19)).execute(pool).await.unwrap();
        });
        analyze(&t.db).await;
        let (after, same) = time(|| read(&t.db)).await;
        assert_eq!(same, expected, "both runs read the same complaints and answers");
        println!("| {step} | {} | {before:.1} | {after:.1} | {:.2}× |", expected.0, before / after);
    }
    if let Pools::Sqlite { writer, .. } = t.db.backend() {
        let sql = format!("EXPLAIN QUERY PLAN {}", nafida_store::stats::COMPLAINT_FACTS);
        let plan: Vec<(i64, i64, i64, String)> =
            sqlx::query_as(sqlx::AssertSqlSafe(sql)).fetch_all(writer).await.unwrap();
        println!("    plan: {}", plan.iter().map(|p| p.3.as_str()).collect::<Vec<_>>().join(" / "));
    }
    t.teardown().await;
}
