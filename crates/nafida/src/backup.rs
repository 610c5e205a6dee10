//! `nafida backup` and `nafida restore`: a consistent copy of a province's embedded data
//! (SQLite database, file store, secret key) taken while it serves, and its restoration into a
//! new data folder. With PostgreSQL the database is backed up with `pg_dump` and the bucket with
//! the object store's own tools (README, "Backup and restore").

use std::path::Path;

use anyhow::{Context, bail};
use nafida_store::LocalFileStore;
use sha2::Digest as _;

use crate::config::Config;
use crate::platform;

/// The manifest's name in a backup folder.
const MANIFEST: &str = "backup.json";
/// The manifest's format.
const FORMAT: &str = "nafida-backup-1";

/// Whether a folder exists and holds anything.
fn not_empty(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some())
}

fn sha256_file(path: &Path) -> anyhow::Result<String> {
    let mut file = std::fs::File::open(path).with_context(|| format!("reading {}", path.display()))?;
    let mut h = sha2::Sha256::new();
    std::io::copy(&mut file, &mut h).with_context(|| format!("reading {}", path.display()))?;
    Ok(hex::encode(h.finalize()))
}

/// `nafida backup --to FOLDER`.
pub async fn backup(config: &Config, to: &Path) -> anyhow::Result<()> {
    if config.database_url.is_some() {
        bail!(
            "nafida backup copies an embedded SQLite data folder; with PostgreSQL use pg_dump for the database and your object store's tools for the files (README, Backup and restore)"
        );
    }
    if not_empty(to) {
        bail!("the backup folder {} is not empty; choose a new folder", to.display());
    }
    std::fs::create_dir_all(to).with_context(|| format!("cannot create the backup folder {}", to.display()))?;
    let p = platform::open(config, false).await?;
    // The database first, in one read transaction (a consistent copy while the server writes);
    // then the files: every file the copy names was stored before its row was committed.
    let db_copy = to.join("nafida.db");
    p.db.snapshot_sqlite(&db_copy).await.context("copying the database")?;
    let version = nafida_store::migrations::current_version(&p.db).await?;
    let cases = nafida_store::cases::count(&p.db).await?;
    let key = config.data_dir.join("secret.key");
    if key.exists() {
        std::fs::copy(&key, to.join("secret.key")).context("copying the secret key")?;
    }
    let (files, bytes) = nafida_store::files::copy_all(p.files.as_ref(), &LocalFileStore::new(to.join("files")))
        .await
        .context("copying the files")?;
    let manifest = serde_json::json!({
        "format": FORMAT,
        "created_at": p.clock.now().millis(),
        "migration": version,
        "database_sha256": sha256_file(&db_copy)?,
        "cases": cases,
        "files": files,
        "bytes": bytes,
    });
    std::fs::write(to.join(MANIFEST), serde_json::to_string_pretty(&manifest)? + "\n")
        .context("writing the manifest")?;
    let _ = std::fs::remove_dir_all(to.join("files").join("tmp"));
    p.db.close().await;
    println!("backed up {cases} cases and {files} files ({bytes} bytes) to {}", to.display());
    Ok(())
}

/// `nafida restore --from FOLDER` into the (new) data folder.
pub async fn restore(config: &Config, from: &Path) -> anyhow::Result<()> {
    let manifest: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(from.join(MANIFEST))
            .with_context(|| format!("{} holds no backup ({MANIFEST} is missing)", from.display()))?,
    )
    .with_context(|| format!("{MANIFEST} in {} is damaged", from.display()))?;
    if manifest["format"] != FORMAT {
        bail!("{} is not a backup this version of nafida reads", from.display());
    }
    if config.database_url.is_some() {
        bail!("nafida restore fills an embedded SQLite data folder; with PostgreSQL restore the dump with pg_restore");
    }
    let dir = &config.data_dir;
    if not_empty(dir) {
        bail!("the data folder {} is not empty: restore only into a new folder (nothing was changed)", dir.display());
    }
    let db_copy = from.join("nafida.db");
    if Some(sha256_file(&db_copy)?.as_str()) != manifest["database_sha256"].as_str() {
        bail!("the database in {} does not match its manifest: the backup is damaged", from.display());
    }
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create the data folder {}", dir.display()))?;
    std::fs::copy(&db_copy, dir.join("nafida.db")).context("copying the database")?;
    if from.join("secret.key").exists() {
        std::fs::copy(from.join("secret.key"), dir.join("secret.key")).context("copying the secret key")?;
    }
    let files = platform::open_files(config)?;
    let (copied, _) = nafida_store::files::copy_all(&LocalFileStore::new(from.join("files")), files.as_ref())
        .await
        .context("copying the files")?;
    let p = platform::open(config, false).await?;
    let cases = nafida_store::cases::count(&p.db).await?;
    p.db.close().await;
    if Some(cases) != manifest["cases"].as_i64() {
        bail!("the restored database holds {cases} cases, the backup {}", manifest["cases"]);
    }
    println!("restored {cases} cases and {copied} files into {}", dir.display());
    Ok(())
}
