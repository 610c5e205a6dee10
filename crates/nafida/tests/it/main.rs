//! All integration tests of Nafida, in one binary (linking many is slow on two cores).
//!
//! Tests that touch the database run once per backend: on SQLite always, and on PostgreSQL
//! when a server answers at `NAFIDA_TEST_POSTGRES_URL` (default `postgres://postgres@127.0.0.1:5432/test`).
//! `NAFIDA_TEST_BACKENDS=sqlite` or `=postgres` runs one leg only; with
//! `NAFIDA_TEST_REQUIRE_POSTGRES=1` (as in CI) a missing server fails the run instead of
//! skipping the leg. With `NAFIDA_TEST_S3_ENDPOINT` (and `NAFIDA_TEST_S3_ACCESS_KEY`,
//! `NAFIDA_TEST_S3_SECRET_KEY`) every test keeps its files on that S3-compatible server
//! instead of its data folder; `.ci/run` does so on the PostgreSQL leg.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod accounts;
mod api;
mod appointments;
mod backups;
mod browser;
mod cards;
mod cases;
mod catalogue;
mod cell;
mod cli;
mod complaints;
mod config;
mod consulates;
mod documents;
mod engine;
mod figures;
mod health;
mod history;
mod identity;
mod law;
mod mail;
mod matrix;
mod orgmap;
mod pages;
mod passports;
mod permits;
mod processes;
mod security;
mod sms;
mod storage;
mod support;
mod tracking;
mod webdriver;

use std::future::Future;
use std::pin::Pin;

use libtest_mimic::{Arguments, Trial};
use nafida_test_support::Backend;

/// A test that runs on one backend.
pub type DbTest = fn(Backend) -> Pin<Box<dyn Future<Output = ()> + Send>>;
/// A test that does not depend on the database.
pub type PlainTest = fn() -> Pin<Box<dyn Future<Output = ()> + Send>>;

/// Lists async test functions as `(name, fn)` pairs.
#[macro_export]
macro_rules! tests {
    ($($path:path),* $(,)?) => {
        vec![$((stringify!($path), (|b| Box::pin($path(b))) as $crate::DbTest)),*]
    };
}

/// Lists async test functions that take no backend.
#[macro_export]
macro_rules! plain_tests {
    ($($path:path),* $(,)?) => {
        vec![$((stringify!($path), (|| Box::pin($path())) as $crate::PlainTest)),*]
    };
}

/// One test of the run; `ignored` when what it needs is missing here.
fn trial(name: String, run: impl FnOnce() + Send + 'static, ignored: bool) -> Trial {
    Trial::test(name, move || {
        // Long journeys nest many futures; unoptimised builds need more than the default stack.
        let worker = std::thread::Builder::new().stack_size(64 << 20).spawn(run).expect("test thread");
        if let Err(panic) = worker.join() {
            std::panic::resume_unwind(panic);
        }
        Ok(())
    })
    .with_ignored_flag(ignored)
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime")
}

fn main() {
    let args = Arguments::from_args();
    let wanted = std::env::var("NAFIDA_TEST_BACKENDS").unwrap_or_else(|_| "sqlite,postgres".into());
    let want_sqlite = wanted.split(',').any(|b| b.trim() == "sqlite");
    let want_pg = wanted.split(',').any(|b| b.trim() == "postgres");
    let require_pg = std::env::var("NAFIDA_TEST_REQUIRE_POSTGRES").is_ok_and(|v| v == "1");

    let pg_url = nafida_test_support::postgres_admin_url();
    let pg_ok = want_pg
        && runtime().block_on(async {
            let ok = nafida_test_support::postgres_available().await;
            if ok {
                nafida_test_support::drop_leftover_databases().await.expect("dropping leftover test databases");
            }
            ok
        });
    if want_pg && !pg_ok && require_pg {
        eprintln!("PostgreSQL is required (NAFIDA_TEST_REQUIRE_POSTGRES=1) but no server answers at {pg_url}");
        std::process::exit(1);
    }
    let pg_note = if !want_pg {
        "PostgreSQL leg not selected (NAFIDA_TEST_BACKENDS)".to_string()
    } else if pg_ok {
        format!("PostgreSQL leg: running against {pg_url}")
    } else {
        format!(
            "PostgreSQL leg SKIPPED: no server answers at {pg_url}. Start PostgreSQL or set \
             NAFIDA_TEST_POSTGRES_URL=postgres://user@host:5432/db to run it."
        )
    };
    eprintln!("{pg_note}");
    // The object-store leg: every test's files in its own folder of the test bucket. A server
    // that was asked for but does not answer fails the run, never silently falls back.
    if let Some(settings) = nafida_test_support::s3_settings(&std::env::temp_dir().join("nafida-test-probe")) {
        let endpoint = settings.endpoint.clone().unwrap_or_default();
        let reachable = runtime().block_on(async {
            use nafida_store::FileStore as _;
            nafida_store::S3FileStore::new(&settings)
                .map_err(|e| e.to_string())?
                .check_writable()
                .await
                .map_err(|e| e.to_string())
        });
        if let Err(e) = reachable {
            eprintln!("NAFIDA_TEST_S3_ENDPOINT={endpoint} is set but the object store cannot be written: {e}");
            std::process::exit(1);
        }
        eprintln!("Files: on the S3-compatible server at {endpoint} (bucket {})", nafida_test_support::TEST_BUCKET);
    }

    let mut trials = Vec::new();
    let db_tests: Vec<(&str, DbTest)> = [
        health::tests(),
        accounts::tests(),
        matrix::tests(),
        api::tests(),
        catalogue::db_tests(),
        cases::tests(),
        complaints::tests(),
        appointments::tests(),
        cards::tests(),
        cell::tests(),
        figures::tests(),
        tracking::tests(),
        passports::tests(),
        permits::tests(),
        consulates::tests(),
        documents::tests(),
        identity::tests(),
        security::tests(),
        engine::tests(),
        law::tests(),
        mail::outbox_tests(),
        sms::tests(),
        pages::tests(),
        storage::tests(),
        history::tests(),
        orgmap::tests(),
        processes::db_tests(),
        cli::db_tests(),
    ]
    .concat();
    let smtp_ok = mail::smtp_available();
    let require_smtp = std::env::var("NAFIDA_TEST_REQUIRE_SMTP").is_ok_and(|v| v == "1");
    if !smtp_ok && require_smtp {
        eprintln!("the SMTP test server is required (NAFIDA_TEST_REQUIRE_SMTP=1) but Python's aiosmtpd is missing");
        std::process::exit(1);
    }
    let smtp_note = if smtp_ok {
        "SMTP tests: running against a real aiosmtpd process".to_string()
    } else {
        "SMTP tests SKIPPED: Python's aiosmtpd is missing; install it with `python3 -m pip install aiosmtpd`."
            .to_string()
    };
    eprintln!("{smtp_note}");
    let smtp_tests = mail::db_tests();
    for (backend, wanted, available) in [(Backend::Sqlite, want_sqlite, true), (Backend::Postgres, want_pg, pg_ok)] {
        if !wanted {
            continue;
        }
        let tests =
            db_tests.iter().map(|t| (t, !available)).chain(smtp_tests.iter().map(|t| (t, !available || !smtp_ok)));
        for ((name, test), ignored) in tests {
            let test = *test;
            let name = format!("{}::{}", backend.name(), name.replace(' ', ""));
            trials.push(trial(name, move || runtime().block_on(test(backend)), ignored));
        }
    }
    let plain: Vec<(&str, PlainTest)> = [
        config::tests(),
        processes::plain_tests(),
        backups::tests(),
        cli::plain_tests(),
        catalogue::plain_tests(),
        api::plain_tests(),
    ]
    .concat();
    for (name, test) in plain {
        trials.push(trial(format!("any::{}", name.replace(' ', "")), move || runtime().block_on(test()), false));
    }
    let browser_ok = webdriver::available() && smtp_ok;
    let require_browser = std::env::var("NAFIDA_TEST_REQUIRE_BROWSER").is_ok_and(|v| v == "1");
    if !browser_ok && require_browser {
        eprintln!(
            "browser tests are required (NAFIDA_TEST_REQUIRE_BROWSER=1) but Chromium, chromedriver, axe-core or aiosmtpd is missing"
        );
        std::process::exit(1);
    }
    let browser_note = if browser_ok {
        "Browser tests: running in headless Chromium".to_string()
    } else {
        "Browser tests SKIPPED: they need Debian's chromium and chromium-driver, `npm ci --prefix tests/browser` \
         (axe-core) and Python's aiosmtpd; .ci/run installs them."
            .to_string()
    };
    eprintln!("{browser_note}");
    if want_sqlite {
        for (name, test) in browser::tests() {
            trials.push(trial(
                format!("browser::{}", name.replace(' ', "")),
                move || runtime().block_on(test()),
                !browser_ok,
            ));
        }
    }
    let conclusion = libtest_mimic::run(&args, trials);
    eprintln!("{browser_note}");
    eprintln!("{pg_note}");
    eprintln!("{smtp_note}");
    conclusion.exit();
}
