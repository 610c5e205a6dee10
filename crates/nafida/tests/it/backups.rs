//! `nafida backup` while the platform serves, and `nafida restore` into a new folder: every
//! case, document and file comes back; a restore into a folder in use is refused.

use std::path::Path;
use std::sync::Arc;

use nafida_store::{FileKey, FileStore, LocalFileStore, S3FileStore};

use crate::PlainTest;
use crate::support::{Server, TempDir, assert_clean_failure, nafida, run};

pub fn tests() -> Vec<(&'static str, PlainTest)> {
    crate::plain_tests![a_backup_taken_while_serving_restores_every_case_and_file]
}

/// The file store a process on `dir` uses (the bucket folder on the object-store leg).
fn store_of(dir: &Path) -> Arc<dyn FileStore> {
    match nafida_test_support::s3_settings(dir) {
        Some(s) => Arc::new(S3FileStore::new(&s).unwrap()),
        None => Arc::new(LocalFileStore::new(dir.join("files"))),
    }
}

/// `nafida <args> --data-dir <dir>`, with the files where the process on `dir` keeps them.
fn on(dir: &Path, args: &[&str]) -> crate::support::Output {
    let data = dir.display().to_string();
    let mut all = args.to_vec();
    all.extend(["--data-dir", &data]);
    let mut cmd = nafida(&all);
    cmd.envs(nafida_test_support::s3_env(dir));
    run(cmd)
}

/// What a data folder holds: its cases, and each document's and attachment's file key.
async fn contents(dir: &Path) -> (i64, Vec<String>) {
    let db = nafida_store::Db::open_sqlite(&dir.join("nafida.db")).await.unwrap();
    let cases = nafida_store::cases::count(&db).await.unwrap();
    let nafida_store::Backend::Sqlite { reader, .. } = db.backend() else { unreachable!() };
    let mut keys: Vec<String> = sqlx::query_scalar(
        "SELECT file_key FROM case_attachments UNION SELECT file_key FROM issued_documents ORDER BY 1",
    )
    .fetch_all(reader)
    .await
    .unwrap();
    keys.dedup();
    db.close().await;
    (cases, keys)
}

async fn a_backup_taken_while_serving_restores_every_case_and_file() {
    let dir = TempDir::new();
    let live = dir.path().join("province");
    let server = Server::start("demo", &live, &[]);
    server.wait_stdout("Stop with Ctrl-C");
    // Taken while the demo serves (and writes: its background passes run).
    let backup = dir.path().join("backup-2026-12-03");
    let out = on(&live, &["backup", "--to", &backup.display().to_string()]);
    assert!(out.status.success(), "{out:?}");
    assert!(out.stdout.contains("backed up") && out.stdout.contains("files"), "{}", out.stdout);
    let again = on(&live, &["backup", "--to", &backup.display().to_string()]);
    assert_clean_failure(&again, "is not empty");
    assert!(server.stop().success());
    let (cases, keys) = contents(&live).await;
    assert!(cases >= 10 && keys.len() >= 5, "the demo's cases and files: {cases} {}", keys.len());

    // Restored into a new folder: the same cases, every file present and intact.
    let fresh = dir.path().join("restored");
    let out = on(&fresh, &["restore", "--from", &backup.display().to_string()]);
    assert!(out.status.success(), "{out:?}");
    assert!(out.stdout.contains(&format!("restored {cases} cases")), "{}", out.stdout);
    assert_eq!(contents(&fresh).await, (cases, keys.clone()), "every case and file reference");
    let restored = store_of(&fresh);
    for key in &keys {
        let key = FileKey::parse(key).unwrap();
        let bytes = restored.get(&key).await.unwrap().unwrap_or_else(|| panic!("{} missing", key.as_str()));
        assert_eq!(FileKey::of(&bytes), key, "intact");
    }
    // It serves, and its history is intact.
    let out = on(&fresh, &["audit", "verify"]);
    assert!(out.status.success(), "{out:?}");
    let node = Server::start("serve", &fresh, &[]);
    assert_eq!(node.get("/readyz").await.0, 200);
    assert!(node.stop().success());

    // Never over a folder in use, nor from a damaged backup.
    let out = on(&fresh, &["restore", "--from", &backup.display().to_string()]);
    assert_clean_failure(&out, "is not empty");
    std::fs::write(backup.join("nafida.db"), b"not a database").unwrap();
    let out = on(&dir.path().join("elsewhere"), &["restore", "--from", &backup.display().to_string()]);
    assert_clean_failure(&out, "does not match its manifest");
    assert!(!dir.path().join("elsewhere").exists(), "nothing written");
}
