//! The real binary on a real socket: start-up, sharing one database between nodes, clean
//! shutdown, demo mode, and the one-line errors of bad input.

use nafida_store::nodes;
use nafida_test_support::{Backend, TestDb};

use crate::support::{Server, TempDir, assert_clean_failure, nafida, run};
use crate::{DbTest, PlainTest};

pub fn db_tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![serve_migrates_logs_and_stops_cleanly, two_servers_share_one_database]
}

pub fn plain_tests() -> Vec<(&'static str, PlainTest)> {
    crate::plain_tests![
        demo_creates_and_reuses_its_data,
        bad_input_exits_with_one_clear_line,
        metrics_can_be_kept_for_the_scraper
    ]
}

fn db_env(t: &TestDb) -> Vec<(&'static str, String)> {
    match &t.postgres_url {
        Some(url) => vec![("NAFIDA_DATABASE_URL", url.clone()), ("NAFIDA_SECRET_KEY", TEST_KEY.into())],
        None => vec![],
    }
}

/// The key shared by the nodes of a test (PostgreSQL needs one configured).
pub const TEST_KEY: &str = "test-secret-key-shared-by-every-node-0123456789";

fn as_refs<'a>(env: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    env.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

async fn serve_migrates_logs_and_stops_cleanly(backend: Backend) {
    let t = TestDb::empty(backend).await;
    let env = db_env(&t);
    let server = Server::start("serve", &t.data_dir, &as_refs(&env));
    let (status, body) = server.get("/readyz").await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(server.get("/healthz").await.0, 200);
    assert_eq!(nodes::live_count(&t.db, 0).await.unwrap(), 1);
    // Every request's log line carries its request id.
    let finished = |server: &Server| -> Vec<serde_json::Value> {
        server
            .log_lines()
            .iter()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter(|v| v["fields"]["message"] == "request finished")
            .collect()
    };
    for _ in 0..100 {
        if finished(&server).len() >= 2 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let finished = finished(&server);
    assert_eq!(finished.len(), 2, "{:?}", server.log_lines());
    for line in &finished {
        assert_eq!(line["span"]["request_id"].as_str().map(str::len), Some(36), "{line}");
    }
    let status = server.stop();
    assert!(status.success(), "exit status after SIGTERM: {status:?}");
    assert_eq!(nodes::live_count(&t.db, 0).await.unwrap(), 0, "the node marked itself stopped");
    t.teardown().await;
}

async fn two_servers_share_one_database(backend: Backend) {
    let t = TestDb::empty(backend).await;
    let env = db_env(&t);
    let dir_b = TempDir::new();
    // Node A migrates an empty database; node B (another data folder, same database) joins.
    let a = Server::start("serve", &t.data_dir, &as_refs(&env));
    let b_dir = if t.postgres_url.is_some() { dir_b.path().to_path_buf() } else { t.data_dir.clone() };
    let b = Server::start("serve", &b_dir, &as_refs(&env));
    let (_, metrics) = a.get("/metrics").await;
    assert!(metrics.contains("nafida_live_nodes 2"), "A sees B's registration: {metrics}");
    // A third process writes the map; both nodes serve it.
    let mut import = nafida(&[
        "admin",
        "import-orgs",
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/orgmap/al-hoceima.toml"),
        "--data-dir",
        &t.data_dir.display().to_string(),
    ]);
    import.envs(as_refs(&env));
    let out = run(import);
    assert!(out.status.success(), "{out:?}");
    for node in [&a, &b] {
        let (status, page) = node.get("/administrations").await;
        assert_eq!(status, 200);
        assert!(page.contains("Consulat général du Royaume du Maroc à Rotterdam"), "{}", node.addr);
    }
    assert!(a.stop().success());
    let (_, metrics) = b.get("/metrics").await;
    assert!(metrics.contains("nafida_live_nodes 1"), "B sees A leave: {metrics}");
    assert!(b.stop().success());
    t.teardown().await;
}

async fn demo_creates_and_reuses_its_data() {
    let dir = TempDir::new();
    let data = dir.path().join("not-yet-there");
    let first = Server::start("demo", &data, &[]);
    let banner = first.wait_stdout("Stop with Ctrl-C");
    assert!(banner.contains(&format!("http://{}", first.addr)), "{banner}");
    for role in ["citizen", "agent", "supervisor", "admin"] {
        assert!(
            banner.lines().any(|l| l.trim_start().starts_with(role) && l.contains("@demo.nafida.ma")),
            "{role}: {banner}"
        );
    }
    let (status, page) = first.get("/administrations").await;
    assert_eq!(status, 200);
    assert!(page.contains("Commune de Targuist"));
    // The consulate's desks, the identity card's and the certified copies' among them.
    let (status, post) = first.get_with("/consulates/consulate-brussels", &[("accept-language", "fr")]).await;
    assert_eq!(status, 200);
    for desk in ["Passeport biométrique", "Carte nationale d’identité électronique", "Certification conforme"] {
        assert!(post.contains(desk), "{desk}: {post}");
    }
    assert!(banner.contains("agent.passeports@demo.nafida.ma"), "the passport service's agent: {banner}");
    assert!(banner.contains("agent.cellule@demo.nafida.ma"), "the cell's agent: {banner}");
    // Youssef's card was declared stolen: the signed list of revoked cards names it.
    let (status, revoked) = first.get("/cards/revocations/al-hoceima-mre-cell.json").await;
    assert_eq!(status, 200);
    assert!(revoked.contains("stolen") && revoked.contains("MRE-"), "{revoked}");
    // A morning of tickets at the cell's reception desk.
    let (status, hall) = first.get("/reception/al-hoceima-mre-cell/hall").await;
    assert_eq!(status, 200);
    assert!(hall.contains("Guichet 1"), "{hall}");
    // A history of complaints, answered or not, so the public statistics have something to say.
    let (status, stats) = first.get("/statistics/complaints.csv").await;
    assert_eq!(status, 200);
    let received: Vec<usize> =
        stats.lines().skip(1).filter_map(|l| l.split(',').nth(2)?.parse::<usize>().ok()).collect();
    assert_eq!(received.iter().sum::<usize>(), 9, "every complaint counted once: {stats}");
    assert!(received.iter().all(|n| *n >= 5), "no row describes fewer than five complaints: {stats}");
    assert!(first.stop().success());
    // A second run reuses the data set, history included.
    let second = Server::start("demo", &data, &[]);
    second.wait_stdout("Stop with Ctrl-C");
    assert_eq!(second.get("/readyz").await.0, 200);
    assert_eq!(second.get("/statistics/complaints.csv").await.1, stats, "nothing replayed twice");
    assert!(second.stop().success());
}

async fn metrics_can_be_kept_for_the_scraper() {
    let dir = TempDir::new();
    let token = "scraper-token-0123456789";
    let server = Server::start("serve", dir.path(), &[("NAFIDA_HTTP_METRICS_TOKEN", token)]);
    assert_eq!(server.get("/metrics").await.0, 401, "no token");
    assert_eq!(server.get_with("/metrics", &[("Authorization", "Bearer wrong-token-0123456789")]).await.0, 401);
    let (status, body) = server.get_with("/metrics", &[("Authorization", &format!("Bearer {token}"))]).await;
    assert_eq!(status, 200);
    assert!(body.contains("# TYPE nafida_http_requests_total counter"), "{body}");
    assert!(server.stop().success());
    let mut short = nafida(&["config", "check"]);
    short.env("NAFIDA_HTTP_METRICS_TOKEN", "short");
    assert_clean_failure(&run(short), "the metrics token must have at least 16 characters");
}

async fn bad_input_exits_with_one_clear_line() {
    let dir = TempDir::new();
    let d = dir.path().display().to_string();
    let missing = format!("{d}/missing");
    assert_clean_failure(&run(nafida(&["serve", "--data-dir", &missing, "--listen", "127.0.0.1:0"])), "does not exist");
    let file = dir.path().join("a-file");
    std::fs::write(&file, "x").unwrap();
    let file = file.display().to_string();
    assert_clean_failure(&run(nafida(&["serve", "--data-dir", &file, "--listen", "127.0.0.1:0"])), "is not a folder");
    assert_clean_failure(&run(nafida(&["migrate", "--data-dir", &file])), "is not a folder");

    let mut unreachable = nafida(&["serve", "--data-dir", &d, "--listen", "127.0.0.1:0"]);
    unreachable.env("NAFIDA_DATABASE_URL", "postgres://nafida:pw-not-shown@127.0.0.1:1/nafida");
    let out = run(unreachable);
    assert_clean_failure(
        &out,
        "cannot reach the PostgreSQL database at postgres://nafida:[redacted]@127.0.0.1:1/nafida",
    );
    assert!(!out.stderr.contains("pw-not-shown"));

    let mut malformed = nafida(&["serve", "--data-dir", &d]);
    malformed.env("NAFIDA_DATABASE_URL", "mysql://db/x");
    assert_clean_failure(&run(malformed), "must start with postgres://");

    let cfg = dir.path().join("bad.toml");
    std::fs::write(&cfg, "[database]\nurll = \"x\"\n").unwrap();
    assert_clean_failure(&run(nafida(&["serve", "--config", &cfg.display().to_string()])), "unknown field `urll`");

    assert_clean_failure(&run(nafida(&["serve", "--data-dir", &d, "--listen", "not-an-address"])), "IP:PORT");

    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().to_string();
    assert_clean_failure(&run(nafida(&["serve", "--data-dir", &d, "--listen", &port])), "cannot listen on");
}
