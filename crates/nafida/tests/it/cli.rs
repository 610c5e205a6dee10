//! The administration commands and `config check`, as an operator runs them.

use nafida_domain::{Email, Role};
use nafida_store::{orgs, users};
use nafida_test_support::{Backend, TestDb};

use crate::support::{TempDir, assert_clean_failure, nafida, run};
use crate::{DbTest, PlainTest};

pub fn db_tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![admin_commands_manage_the_map_and_accounts, civil_import_loads_all_or_nothing]
}

pub fn plain_tests() -> Vec<(&'static str, PlainTest)> {
    crate::plain_tests![config_check_redacts_secrets, help_guides_a_newcomer]
}

/// Runs `nafida` on a test database (its data folder, or its PostgreSQL URL).
pub(crate) fn command_on(t: &TestDb, args: &[&str]) -> crate::support::Output {
    let data = t.data_dir.display().to_string();
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["--data-dir", &data]);
    let mut c = nafida(&all);
    if let Some(url) = &t.postgres_url {
        c.env("NAFIDA_DATABASE_URL", url).env("NAFIDA_SECRET_KEY", crate::processes::TEST_KEY);
    }
    run(c)
}

const MAP: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/orgmap/al-hoceima.toml");

async fn admin_commands_manage_the_map_and_accounts(backend: Backend) {
    let t = TestDb::empty(backend).await;
    let cmd = |args: &[&str]| command_on(&t, args);
    let out = cmd(&["migrate"]);
    assert!(out.status.success() && out.stdout.contains("database is at migration"), "{out:?}");
    let out = cmd(&["admin", "import-orgs", MAP]);
    assert!(out.stdout.contains("created") && out.status.success(), "{out:?}");
    let total = orgs::count(&t.db).await.unwrap();
    assert!(total >= 40);
    let again = cmd(&["admin", "import-orgs", MAP]);
    assert!(again.stdout.contains(&format!("0 created, {total} updated")), "{again:?}");

    let dir = TempDir::new();
    let pw = dir.path().join("pw");
    std::fs::write(&pw, "a sturdy passphrase\n").unwrap();
    let pw = pw.display().to_string();
    let ok = cmd(&[
        "admin",
        "create-user",
        "--email",
        "Salma@Example.ma",
        "--role",
        "agent",
        "--org",
        "commune-ajdir-civil-status",
        "--name",
        "Salma",
        "--password-file",
        &pw,
    ]);
    assert!(ok.status.success(), "{ok:?}");
    assert!(users::exists(&t.db, &Email::parse("salma@example.ma").unwrap()).await.unwrap());
    let generated = cmd(&["admin", "create-user", "--email", "citizen@example.ma", "--role", "citizen", "--name", "C"]);
    assert!(generated.stdout.contains("password (shown once"), "{generated:?}");
    assert_eq!(users::count_by_role(&t.db, Role::Citizen).await.unwrap(), 1);

    assert_clean_failure(
        &cmd(&[
            "admin",
            "create-user",
            "--email",
            "salma@example.ma",
            "--role",
            "agent",
            "--org",
            "commune-ajdir-civil-status",
            "--name",
            "S",
            "--password-file",
            &pw,
        ]),
        "already exists",
    );
    assert_clean_failure(
        &cmd(&[
            "admin",
            "create-user",
            "--email",
            "x@example.ma",
            "--role",
            "agent",
            "--org",
            "nowhere",
            "--name",
            "X",
        ]),
        "no such administration",
    );
    assert_clean_failure(
        &cmd(&["admin", "create-user", "--email", "x@example.ma", "--role", "supervisor", "--name", "X"]),
        "--org is required",
    );
    assert_clean_failure(
        &cmd(&["admin", "create-user", "--email", "x@example.ma", "--role", "citizen", "--org", "ma", "--name", "X"]),
        "only for staff",
    );
    assert_clean_failure(
        &cmd(&["admin", "create-user", "--email", "not-an-email", "--role", "citizen", "--name", "X"]),
        "invalid e-mail",
    );
    assert_clean_failure(
        &cmd(&["admin", "create-user", "--email", "x@example.ma", "--role", "king", "--name", "X"]),
        "unknown role",
    );

    let broken = dir.path().join("broken.toml");
    std::fs::write(&broken, "[[administration]]\nid = \"x1\"\nparent = \"ghost\"\nlevel = \"commune\"\nkind = \"commune\"\nname = { ar = \"ا\", fr = \"a\", en = \"a\" }\n").unwrap();
    assert_clean_failure(&cmd(&["admin", "import-orgs", &broken.display().to_string()]), "unknown parent");
    assert_eq!(orgs::count(&t.db).await.unwrap(), total, "a broken map changes nothing");
    t.teardown().await;
}

async fn config_check_redacts_secrets() {
    let mut c = nafida(&["config", "check"]);
    c.env("NAFIDA_DATABASE_URL", "postgres://nafida:very-secret@db:5432/nafida").env("NAFIDA_LISTEN", "0.0.0.0:8443");
    c.env("NAFIDA_HTTP_METRICS_TOKEN", "scraper-token-very-secret");
    let out = run(c);
    assert!(out.status.success(), "{out:?}");
    assert!(out.stdout.contains("listen = \"0.0.0.0:8443\""));
    assert!(out.stdout.contains("url = \"postgres://nafida:[redacted]@db:5432/nafida\""));
    assert!(out.stdout.contains("metrics_token = \"[redacted]\""));
    assert!(!out.stdout.contains("very-secret") && !out.stderr.contains("very-secret"));
    let mut bad = nafida(&["config", "check"]);
    bad.env("NAFIDA_UNKNOWN_THING", "1");
    assert_clean_failure(&run(bad), "unknown environment variable NAFIDA_UNKNOWN_THING");
}

async fn help_guides_a_newcomer() {
    let out = run(nafida(&["--help"]));
    assert!(out.status.success());
    for word in ["serve", "demo", "migrate", "admin", "config", "NAFIDA_DATABASE_URL"] {
        assert!(out.stdout.contains(word), "{word}");
    }
    let serve = run(nafida(&["serve", "--help"]));
    assert!(serve.stdout.contains("NAFIDA_LISTEN") && serve.stdout.contains("NAFIDA_DATA_DIR"));
    let admin = run(nafida(&["admin", "--help"]));
    assert!(admin.stdout.contains("create-user") && admin.stdout.contains("import-orgs"));
}

async fn civil_import_loads_all_or_nothing(backend: Backend) {
    let t = TestDb::migrated(backend).await;
    let cmd = |args: &[&str]| command_on(&t, args);
    cmd(&["admin", "import-orgs", MAP]);
    let sample = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/civil/imzouren-sample.csv");
    let office = "commune-imzouren-civil-status";
    let ok = cmd(&["civil", "import", sample, "--office", office]);
    assert!(ok.status.success() && ok.stdout.contains("5 acts added"), "{ok:?}");
    let again = cmd(&["civil", "import", sample, "--office", office]);
    assert!(again.stdout.contains("0 acts added") && again.stdout.contains("5 already there"), "{again:?}");
    let act = nafida_store::civil::find(&t.db, office, 1990, 1234).await.unwrap().unwrap();
    assert_eq!(
        (act.name_latin.as_deref(), act.name_tifinagh.as_deref()),
        (Some("Amina El Idrissi"), Some("ⴰⵎⵉⵏⴰ ⵍⵉⴷⵔⵉⵙⵉ"))
    );
    assert_eq!(act.relatives.mother_latin.as_deref(), Some("Fatima Amezian"));
    assert_eq!(act.idcs.as_deref(), Some("1234567890"));
    let found = nafida_store::civil::matching(&t.db, office, "birth", "1990-04-12", "amina el-idrissi").await.unwrap();
    assert_eq!(found.len(), 1, "matched across spellings");

    // A file with bad rows: each named, nothing loaded.
    let dir = TempDir::new();
    let bad = dir.path().join("bad.csv");
    let header = std::fs::read_to_string(sample).unwrap().lines().next().unwrap().to_string();
    std::fs::write(
        &bad,
        format!(
            "{header}\nbirth,2001,1,نور,,,F,2001-01-01,Imzouren,,,,,,,\nbirth,2001,2x,نور,,,F,2001-01-01,Imzouren,,,,,,,\nbirth,2001,3,نور,,,F,2001-02-30,Imzouren,,,,,,,\n"
        ),
    )
    .unwrap();
    let out = cmd(&["civil", "import", &bad.display().to_string(), "--office", office]);
    assert!(!out.status.success());
    assert!(out.stderr.contains("line 3: number") && out.stderr.contains("line 4: event_date"), "{out:?}");
    assert!(out.stderr.contains("2 rows rejected; nothing was loaded"), "{out:?}");
    assert!(
        nafida_store::civil::find(&t.db, office, 2001, 1).await.unwrap().is_none(),
        "the good row is not loaded either"
    );
    // Broken encoding; an act already there with other data; an unknown office.
    let latin1 = dir.path().join("latin1.csv");
    let mut bytes = format!("{header}\n").into_bytes();
    bytes.extend_from_slice(b"birth,2001,1,\xe9t\xe9,,,F,2001-01-01,Imzouren,,,,,,,\n");
    std::fs::write(&latin1, bytes).unwrap();
    let out = cmd(&["civil", "import", &latin1.display().to_string(), "--office", office]);
    assert!(out.stderr.contains("line 2: the file is not UTF-8"), "{out:?}");
    let changed = dir.path().join("changed.csv");
    std::fs::write(&changed, format!("{header}\nbirth,1990,1234,أمينة الإدريسي,,,F,1990-04-13,Imzouren,,,,,,,\n"))
        .unwrap();
    let out = cmd(&["civil", "import", &changed.display().to_string(), "--office", office]);
    assert!(out.stderr.contains("act 1234/1990 is already in the register with other data"), "{out:?}");
    let out = cmd(&["civil", "import", sample, "--office", "commune-nowhere"]);
    assert_clean_failure(&out, "no administration commune-nowhere");
    let out = cmd(&["civil", "import", sample, "--office", "commune-imzouren"]);
    assert_clean_failure(&out, "is not a civil-status office");
    assert_eq!(nafida_store::civil::count(&t.db, office).await.unwrap(), 5);
    t.teardown().await;
}
