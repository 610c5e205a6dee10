//! The tamper-evident history: every case event sealed into one chain, a signed digest each
//! day, and `nafida audit verify` naming the first event that was changed or deleted.

use axum::http::StatusCode;
use nafida_domain::Clock as _;
use nafida_engine::audit::{Problem, seal_and_sign, verify};
use nafida_store::audit::{self, Break};
use nafida_test_support::{Backend, PDF, TestApp};

use crate::DbTest;

pub fn tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![a_changed_or_deleted_event_breaks_the_sealed_history]
}

/// Runs SQL on the test's database as an intruder with write access would.
async fn tamper(app: &TestApp, sql: &str) {
    match app.db.db.backend() {
        nafida_store::Backend::Sqlite { writer, .. } => {
            sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_string())).execute(writer).await.unwrap();
        }
        nafida_store::Backend::Postgres(pool) => {
            sqlx::raw_sql(sqlx::AssertSqlSafe(sql.to_string())).execute(pool).await.unwrap();
        }
    }
}

async fn events(app: &TestApp) -> i64 {
    let (n, _) = audit::head(&app.db.db).await.unwrap();
    n
}

async fn a_changed_or_deleted_event_breaks_the_sealed_history(backend: Backend) {
    let app = TestApp::new(backend).await;
    let engine = app.state.engine();
    let mut c = app.citizen("history@example.be").await;
    c.get("/lang/fr").await;
    for key in ["key-history-0001", "key-history-0002", "key-history-0003", "key-history-0004", "key-history-0005"] {
        let mut fields = crate::api::EXTRACT.to_vec();
        fields.push(("idempotency_key", key));
        let r =
            c.post_multipart("/catalogue/birth-extract/start", &fields, &[("doc_applicant-id", "id.pdf", PDF)]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    }
    let keys = nafida_engine::documents::public_keys(engine).await.unwrap();
    let before = verify(&app.db.db, &keys).await.unwrap();
    assert!(before.unsealed >= 2 && before.sealed == 0, "written, not sealed yet: {before:?}");

    // Two nodes seal at the same moment: one chain, no event twice, none forgotten.
    let other_node = match &app.db.postgres_url {
        Some(url) => nafida_store::Db::connect_postgres(url, 4).await.unwrap(),
        None => nafida_store::Db::open_sqlite(&app.db.data_dir.join("nafida.db")).await.unwrap(),
    };
    let (a, b) = tokio::join!(audit::seal(&app.db.db, 3), audit::seal(&other_node, 3));
    let raced = a.unwrap() + b.unwrap();
    assert_eq!(raced, 6.min(before.unsealed as usize), "each event sealed once");
    other_node.close().await;
    assert!(verify(&app.db.db, &keys).await.unwrap().problem.is_none());
    // A pass seals the rest and signs the day's digest, once whatever the passes.
    let (sealed, signed) = seal_and_sign(engine).await.unwrap();
    assert!(sealed + raced >= 5 && signed, "{sealed} {signed}");
    assert_eq!(seal_and_sign(engine).await.unwrap(), (0, false), "nothing twice");
    let intact = verify(&app.db.db, &keys).await.unwrap();
    assert_eq!(
        (intact.sealed, intact.unsealed, intact.digests, intact.problem.clone()),
        (events(&app).await, 0, 1, None)
    );
    let published = app.get("/audit/digests").await.json();
    assert_eq!(published["digests"][0]["events"], intact.sealed, "{published}");
    assert!(
        published["digests"][0]["signed_text"].as_str().unwrap().contains(&audit::head(&app.db.db).await.unwrap().1)
    );

    // The command line says the same, and exits 0.
    let key = &engine.settings().signing_key;
    nafida_store::documents::publish_key(&app.db.db, key.id(), &key.public_base64(), 0).await.unwrap();
    let out = crate::cli::command_on(&app.db, &["audit", "verify"]);
    assert!(out.status.success() && out.stdout.contains("the history is intact"), "{out:?}");

    // One word changed in one event: that event is named.
    let second: (String, String) = sqlx_one(&app, "SELECT id, case_id FROM case_events WHERE seq = 2").await;
    tamper(&app, "UPDATE case_events SET actor_role = 'admin' WHERE seq = 2").await;
    let changed = verify(&app.db.db, &keys).await.unwrap();
    assert_eq!(
        changed.problem,
        Some(Problem::Chain(Break::Changed { seq: 2, event_id: second.0.clone(), case_id: second.1.clone() }))
    );
    let out = crate::cli::command_on(&app.db, &["audit", "verify"]);
    crate::support::assert_clean_failure(&out, &format!("event #2 (id {}", second.0));

    // Changed and every hash after it recomputed: the chain holds, the signed digest does not.
    let fields: Vec<nafida_store::audit::SealedFields> = all_sealed(&app).await;
    let mut hash = audit::GENESIS.to_string();
    for f in &fields {
        hash = audit::chain_hash(&hash, f);
        let seq = fields.iter().position(|x| x.id == f.id).unwrap() + 1;
        tamper(&app, &format!("UPDATE case_events SET hash = '{hash}' WHERE seq = {seq}")).await;
    }
    let rewritten = verify(&app.db.db, &keys).await.unwrap();
    assert!(matches!(rewritten.problem, Some(Problem::Rewritten { seq, .. }) if seq == intact.sealed), "{rewritten:?}");

    // A forged digest is refused for its signature.
    tamper(&app, "UPDATE audit_digests SET hash = 'aa', signature = 'AAAA'").await;
    let forged = verify(&app.db.db, &keys).await.unwrap();
    assert!(matches!(forged.problem, Some(Problem::BadSignature { .. })), "{forged:?}");
    tamper(&app, "DELETE FROM audit_digests").await;

    // Signed again over the history as it now stands, the last event deleted: the chain alone
    // cannot tell, the digest does.
    assert!(seal_and_sign(engine).await.unwrap().1, "a new digest for the day");
    let n = events(&app).await;
    tamper(&app, &format!("DELETE FROM case_events WHERE seq = {n}")).await;
    let truncated = verify(&app.db.db, &keys).await.unwrap();
    assert_eq!(truncated.problem, Some(Problem::Rewritten { day: day(&app), seq: n }), "{truncated:?}");
    // An event deleted in the middle leaves its number missing.
    tamper(&app, "DELETE FROM case_events WHERE seq = 2").await;
    let gap = verify(&app.db.db, &keys).await.unwrap();
    assert_eq!(gap.problem, Some(Problem::Chain(Break::Missing { seq: 2 })), "{gap:?}");
    let out = crate::cli::command_on(&app.db, &["audit", "verify"]);
    crate::support::assert_clean_failure(&out, "event #2 is missing");
    app.teardown().await;
}

/// The legal day of the test's clock, as digests name it.
fn day(app: &TestApp) -> String {
    nafida_domain::Date::legal(app.clock.now().millis()).to_string()
}

/// Every sealed event's fields, in chain order.
async fn all_sealed(app: &TestApp) -> Vec<nafida_store::audit::SealedFields> {
    let n = events(app).await;
    let mut out = vec![];
    for seq in 1..=n {
        if let Some(f) = audit::sealed_event(&app.db.db, seq).await.unwrap() {
            out.push(f);
        }
    }
    out
}

async fn sqlx_one<T>(app: &TestApp, sql: &str) -> T
where
    T: Send
        + Unpin
        + for<'r> sqlx::FromRow<'r, sqlx::sqlite::SqliteRow>
        + for<'r> sqlx::FromRow<'r, sqlx::postgres::PgRow>,
{
    match app.db.db.backend() {
        nafida_store::Backend::Sqlite { reader, .. } => {
            sqlx::query_as(sqlx::AssertSqlSafe(sql.to_string())).fetch_one(reader).await.unwrap()
        }
        nafida_store::Backend::Postgres(pool) => {
            sqlx::query_as(sqlx::AssertSqlSafe(sql.to_string())).fetch_one(pool).await.unwrap()
        }
    }
}
