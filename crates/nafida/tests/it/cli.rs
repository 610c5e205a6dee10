//! The administration commands and `config check`, as an operator runs them.

use nafida_domain::{Email, Role};
use nafida_store::{orgs, users};
use nafida_test_support::{Backend, TestDb};

use crate::support::{TempDir, assert_clean_failure, nafida, run};
use crate::{DbTest, PlainTest};

pub fn db_tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![admin_commands_manage_the_map_and_accounts]
}

pub fn plain_tests() -> Vec<(&'static str, PlainTest)> {
    crate::plain_tests![config_check_redacts_secrets, help_guides_a_newcomer]
}

const MAP: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/orgmap/al-hoceima.toml");

async fn admin_commands_manage_the_map_and_accounts(backend: Backend) {
    let t = TestDb::empty(backend).await;
    let data = t.data_dir.display().to_string();
    let cmd = |args: &[&str]| {
        let mut all: Vec<&str> = args.to_vec();
        all.extend(["--data-dir", &data]);
        let mut c = nafida(&all);
        if let Some(url) = &t.postgres_url {
            c.env("NAFIDA_DATABASE_URL", url).env("NAFIDA_SECRET_KEY", crate::processes::TEST_KEY);
        }
        run(c)
    };
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
    let out = run(c);
    assert!(out.status.success(), "{out:?}");
    assert!(out.stdout.contains("listen = \"0.0.0.0:8443\""));
    assert!(out.stdout.contains("url = \"postgres://nafida:[redacted]@db:5432/nafida\""));
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
