//! Opening the platform's resources from a configuration: the data folder, the database
//! (migrated), and the file store. Every failure becomes one line that says what to fix.

use std::path::Path;
use std::sync::Arc;

use anyhow::{Context, bail};
use nafida_domain::{Clock, SystemClock};
use nafida_store::{Db, FileStore, LocalFileStore, S3FileStore, S3Settings, migrations};

use crate::config::{Config, redact_url};

/// The opened resources.
#[derive(Debug, Clone)]
pub struct Platform {
    /// Key for keyed hashes, shared by every node.
    pub secret_key: Vec<u8>,
    /// Key issued documents are sealed with.
    pub signing_key: nafida_docs::SigningKey,
    /// The database, migrated.
    pub db: Db,
    /// The file store.
    pub files: Arc<dyn FileStore>,
    /// The clock.
    pub clock: Arc<dyn Clock>,
}

/// Checks the data folder: it must exist (or be created when `create` is set), be a folder and
/// be writable.
pub fn prepare_data_dir(dir: &Path, create: bool) -> anyhow::Result<()> {
    if !dir.exists() {
        if create {
            std::fs::create_dir_all(dir).with_context(|| format!("cannot create the data folder {}", dir.display()))?;
        } else {
            bail!(
                "the data folder {} does not exist; create it, or choose another with --data-dir or NAFIDA_DATA_DIR",
                dir.display()
            );
        }
    }
    if !dir.is_dir() {
        bail!("the data folder {} is not a folder; choose another with --data-dir or NAFIDA_DATA_DIR", dir.display());
    }
    let probe = dir.join(format!(".nafida-write-test-{}", std::process::id()));
    std::fs::write(&probe, b"ok").with_context(|| {
        format!("the data folder {} is not writable; fix its permissions or choose another", dir.display())
    })?;
    let _ = std::fs::remove_file(&probe);
    Ok(())
}

/// Opens the database the configuration names, without migrating it.
pub async fn open_db(config: &Config) -> anyhow::Result<Db> {
    match &config.database_url {
        Some(url) => Db::connect_postgres(url.expose(), config.database_max_connections).await.with_context(|| {
            format!(
                "cannot reach the PostgreSQL database at {}; check NAFIDA_DATABASE_URL and that the server runs",
                redact_url(url.expose())
            )
        }),
        None => {
            let path = config.data_dir.join("nafida.db");
            Db::open_sqlite(&path).await.with_context(|| format!("cannot open the SQLite database {}", path.display()))
        }
    }
}

/// Opens and migrates everything a server or a command needs.
pub async fn open(config: &Config, create_data_dir: bool) -> anyhow::Result<Platform> {
    prepare_data_dir(&config.data_dir, create_data_dir)?;
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let db = open_db(config).await?;
    let applied = migrations::migrate(&db, clock.now().millis()).await.context("migrating the database")?;
    if applied > 0 {
        tracing::info!(applied, version = migrations::latest_version(), "database migrated");
    }
    crate::catalog::prepare(&db, clock.now().millis()).await?;
    let files = open_files(config)?;
    files.check_writable().await.with_context(|| format!("the file store ({}) cannot be written", files.describe()))?;
    let secret_key = secret_key(config)?;
    let signing_key = signing_key(config, &secret_key)?;
    nafida_store::documents::publish_key(&db, signing_key.id(), &signing_key.public_base64(), clock.now().millis())
        .await?;
    Ok(Platform { secret_key, signing_key, db, files, clock })
}

/// The file store the configuration names: the data folder's `files/`, or a bucket.
pub fn open_files(config: &Config) -> anyhow::Result<Arc<dyn FileStore>> {
    Ok(match &config.files {
        None => Arc::new(LocalFileStore::new(config.data_dir.join("files"))),
        Some(f) => Arc::new(S3FileStore::new(&S3Settings {
            bucket: f.bucket.clone(),
            prefix: f.prefix.clone(),
            endpoint: f.endpoint.clone(),
            region: f.region.clone(),
            access_key_id: f.access_key_id.as_ref().map(|s| s.expose().to_string()),
            secret_access_key: f.secret_access_key.as_ref().map(|s| s.expose().to_string()),
            staging: config.data_dir.join("tmp"),
        })?),
    })
}

/// The configured signing key, or one derived from the secret key (so nodes sharing the
/// secret key seal with the same key). A new configured key is a rotation: documents sealed
/// with the old one still verify, its public key staying published.
fn signing_key(config: &Config, secret_key: &[u8]) -> anyhow::Result<nafida_docs::SigningKey> {
    if let Some(seed) = &config.signing_key {
        return nafida_docs::SigningKey::from_base64(seed.expose())
            .map_err(|_| anyhow::anyhow!("NAFIDA_SIGNING_KEY must be 32 bytes in base64"));
    }
    use sha2::Digest as _;
    let mut h = sha2::Sha256::new();
    h.update(b"nafida document signing key v1\0");
    h.update(secret_key);
    Ok(nafida_docs::SigningKey::from_seed(h.finalize().into()))
}

/// The configured secret key, or (SQLite only) one kept in the data folder, created at first
/// start. With PostgreSQL every node must share the key, so it must be configured.
fn secret_key(config: &Config) -> anyhow::Result<Vec<u8>> {
    if let Some(key) = &config.secret_key {
        return Ok(key.expose().as_bytes().to_vec());
    }
    if config.database_url.is_some() {
        bail!(
            "set NAFIDA_SECRET_KEY (or NAFIDA_SECRET_KEY_FILE): with PostgreSQL every node must share one secret key"
        );
    }
    let path = config.data_dir.join("secret.key");
    if let Ok(existing) = std::fs::read_to_string(&path) {
        let key = existing.trim().to_string();
        if key.len() >= 32 {
            return Ok(key.into_bytes());
        }
        bail!("{} is damaged: it must hold at least 32 characters", path.display());
    }
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| anyhow::anyhow!("no randomness available: {e}"))?;
    let key = hex::encode(bytes);
    std::fs::write(&path, format!("{key}\n")).with_context(|| format!("cannot write {}", path.display()))?;
    Ok(key.into_bytes())
}
