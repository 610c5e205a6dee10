//! Storage of uploaded and issued files behind one interface. Files are content-addressed:
//! the key is the SHA-256 of the bytes, so a key can never name a path outside the store and
//! the same file uploaded twice is stored once. The local-folder implementation writes to a
//! temporary file and renames it into place, so a crash never leaves a half-written file under
//! a valid key. [`S3FileStore`] keeps the same keys in an S3-compatible bucket, so several
//! nodes share one store.

mod s3;
pub use s3::{S3FileStore, S3Settings};

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

use crate::StoreError;

/// The key of a stored file: 64 lowercase hexadecimal characters (a SHA-256).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FileKey(String);

impl FileKey {
    /// Parses a key; anything but 64 lowercase hex digits is refused.
    pub fn parse(raw: &str) -> Option<Self> {
        (raw.len() == 64 && raw.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)))
            .then(|| FileKey(raw.to_string()))
    }

    /// The key of some bytes.
    pub fn of(bytes: &[u8]) -> Self {
        FileKey(hex::encode(Sha256::digest(bytes)))
    }

    /// The key as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Where files live.
#[async_trait::async_trait]
pub trait FileStore: Send + Sync + std::fmt::Debug {
    /// Stores bytes and returns their key; storing the same bytes again is a no-op.
    async fn put(&self, bytes: &[u8]) -> Result<FileKey, StoreError>;
    /// Reads a file; `None` when no file has this key.
    async fn get(&self, key: &FileKey) -> Result<Option<Vec<u8>>, StoreError>;
    /// Whether a file is stored under this key.
    async fn exists(&self, key: &FileKey) -> Result<bool, StoreError>;
    /// Checks that the store can be written to (for readiness and start-up).
    async fn check_writable(&self) -> Result<(), StoreError>;
    /// The folder where files being received are spooled (on the store's own disk, so that
    /// storing one is a rename).
    fn staging_dir(&self) -> PathBuf;
    /// Stores a spooled file under its key (moving it, never reading it whole); storing the
    /// same bytes again is a no-op.
    async fn put_spooled(&self, spooled: &Spooled) -> Result<FileKey, StoreError>;
    /// A stored file as a stream of chunks with its size, never read whole; `None` when no
    /// file has this key.
    async fn open(&self, key: &FileKey) -> Result<Option<FileStream>, StoreError>;
    /// Where the store is, for logs and `config check` (never with credentials).
    fn describe(&self) -> String;
    /// Every key stored, in no particular order (for backups and copies).
    async fn keys(&self) -> Result<Vec<FileKey>, StoreError>;
}

/// A stored file being read: its size and its bytes as they come.
pub struct FileStream {
    /// Its size in bytes.
    pub size: u64,
    /// Its bytes, chunk by chunk.
    pub body: futures_util::stream::BoxStream<'static, Result<bytes::Bytes, std::io::Error>>,
}

impl std::fmt::Debug for FileStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileStream").field("size", &self.size).finish_non_exhaustive()
    }
}

/// How many file-store operations failed since the process started (for `/metrics`).
pub fn storage_errors() -> u64 {
    STORAGE_ERRORS.load(std::sync::atomic::Ordering::Relaxed)
}

static STORAGE_ERRORS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Counts a failed file-store operation and passes its error on.
pub(crate) fn counted<T>(r: Result<T, StoreError>) -> Result<T, StoreError> {
    if r.is_err() {
        STORAGE_ERRORS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }
    r
}

/// The sharded path of a key inside a store: `ab/cd/abcd…`.
pub(crate) fn sharded(key: &FileKey) -> String {
    let k = key.as_str();
    format!("{}/{}/{k}", &k[0..2], &k[2..4])
}

/// A file being received, written to the staging folder as it arrives and hashed on the way:
/// never held whole in memory. Past its limit it stops writing and is refused.
#[derive(Debug)]
pub struct Spool {
    file: tokio::fs::File,
    path: PathBuf,
    hasher: Sha256,
    size: u64,
    limit: u64,
    head: Vec<u8>,
    tail: Vec<u8>,
    over: bool,
}

/// How much of a spooled file's start and end is kept to check its content.
const EDGE: usize = 1024;

impl Spool {
    /// Starts a file in `dir`, refused past `limit` bytes.
    pub async fn create(dir: &Path, limit: u64) -> Result<Spool, StoreError> {
        tokio::fs::create_dir_all(dir).await?;
        let path = dir.join(format!("spool-{}", uuid::Uuid::new_v4()));
        let file = tokio::fs::OpenOptions::new().write(true).create_new(true).open(&path).await?;
        Ok(Spool { file, path, hasher: Sha256::new(), size: 0, limit, head: vec![], tail: vec![], over: false })
    }

    /// Writes the next chunk; false once the file is over its limit (nothing more is written).
    pub async fn write(&mut self, chunk: &[u8]) -> Result<bool, StoreError> {
        if self.over {
            return Ok(false);
        }
        self.size += chunk.len() as u64;
        if self.size > self.limit {
            self.over = true;
            return Ok(false);
        }
        self.hasher.update(chunk);
        if self.head.len() < EDGE {
            let take = (EDGE - self.head.len()).min(chunk.len());
            self.head.extend_from_slice(&chunk[..take]);
        }
        self.tail.extend_from_slice(&chunk[chunk.len().saturating_sub(EDGE)..]);
        let cut = self.tail.len().saturating_sub(EDGE);
        self.tail.drain(..cut);
        self.file.write_all(chunk).await?;
        Ok(true)
    }

    /// The file received, written to disk; `None` (and nothing kept) if it was over its limit
    /// or empty.
    pub async fn finish(mut self) -> Result<Option<Spooled>, StoreError> {
        let path = std::mem::take(&mut self.path);
        if self.over || self.size == 0 {
            let _ = tokio::fs::remove_file(&path).await;
            return Ok(None);
        }
        self.file.sync_all().await?;
        let key = FileKey(hex::encode(std::mem::take(&mut self.hasher).finalize()));
        Ok(Some(Spooled {
            path,
            key,
            size: self.size,
            head: std::mem::take(&mut self.head),
            tail: std::mem::take(&mut self.tail),
        }))
    }
}

impl Drop for Spool {
    fn drop(&mut self) {
        if !self.path.as_os_str().is_empty() {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// A file received whole in the staging folder, not stored yet: dropped, it is removed.
#[derive(Debug)]
pub struct Spooled {
    path: PathBuf,
    key: FileKey,
    size: u64,
    head: Vec<u8>,
    tail: Vec<u8>,
}

impl Spooled {
    /// Its key once stored.
    pub fn key(&self) -> &FileKey {
        &self.key
    }

    /// Its size in bytes.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// Its first bytes (up to 1 KiB), to check what it is.
    pub fn head(&self) -> &[u8] {
        &self.head
    }

    /// Its last bytes (up to 1 KiB).
    pub fn tail(&self) -> &[u8] {
        &self.tail
    }

    /// Where it is on disk, while it lives.
    pub(crate) fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for Spooled {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// Files in a local folder, sharded by the first two bytes of the key.
#[derive(Debug, Clone)]
pub struct LocalFileStore {
    root: PathBuf,
}

impl LocalFileStore {
    /// A store rooted at `root` (created if missing).
    pub fn new(root: impl Into<PathBuf>) -> Self {
        LocalFileStore { root: root.into() }
    }

    fn path_of(&self, key: &FileKey) -> PathBuf {
        self.root.join(sharded(key))
    }

    /// The folder it is rooted at.
    pub fn root(&self) -> &Path {
        &self.root
    }

    fn tmp_dir(&self) -> PathBuf {
        self.root.join("tmp")
    }
}

async fn write_new(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut f = tokio::fs::OpenOptions::new().write(true).create_new(true).open(path).await?;
    f.write_all(bytes).await?;
    f.sync_all().await
}

#[async_trait::async_trait]
impl FileStore for LocalFileStore {
    async fn put(&self, bytes: &[u8]) -> Result<FileKey, StoreError> {
        let key = FileKey::of(bytes);
        let path = self.path_of(&key);
        if tokio::fs::try_exists(&path).await? {
            return Ok(key);
        }
        if let Some(dir) = path.parent() {
            tokio::fs::create_dir_all(dir).await?;
        }
        tokio::fs::create_dir_all(self.tmp_dir()).await?;
        let tmp = self.tmp_dir().join(uuid::Uuid::new_v4().to_string());
        if let Err(e) = write_new(&tmp, bytes).await {
            let _ = tokio::fs::remove_file(&tmp).await;
            return Err(e.into());
        }
        tokio::fs::rename(&tmp, &path).await?;
        Ok(key)
    }

    async fn get(&self, key: &FileKey) -> Result<Option<Vec<u8>>, StoreError> {
        match tokio::fs::read(self.path_of(key)).await {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e.into()),
        }
    }

    async fn exists(&self, key: &FileKey) -> Result<bool, StoreError> {
        Ok(tokio::fs::try_exists(self.path_of(key)).await?)
    }

    fn staging_dir(&self) -> PathBuf {
        self.tmp_dir()
    }

    async fn put_spooled(&self, spooled: &Spooled) -> Result<FileKey, StoreError> {
        let path = self.path_of(&spooled.key);
        if tokio::fs::try_exists(&path).await? {
            return Ok(spooled.key.clone());
        }
        if let Some(dir) = path.parent() {
            tokio::fs::create_dir_all(dir).await?;
        }
        // A hard link keeps the spooled file for its owner to drop; the stored one stays.
        match tokio::fs::hard_link(&spooled.path, &path).await {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(_) => {
                let tmp = self.tmp_dir().join(uuid::Uuid::new_v4().to_string());
                tokio::fs::copy(&spooled.path, &tmp).await?;
                tokio::fs::rename(&tmp, &path).await?;
            }
        }
        Ok(spooled.key.clone())
    }

    async fn open(&self, key: &FileKey) -> Result<Option<FileStream>, StoreError> {
        match tokio::fs::File::open(self.path_of(key)).await {
            Ok(f) => {
                let size = f.metadata().await?.len();
                Ok(Some(FileStream { size, body: Box::pin(tokio_util::io::ReaderStream::new(f)) }))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => counted(Err(e.into())),
        }
    }

    fn describe(&self) -> String {
        format!("the folder {}", self.root.display())
    }

    async fn keys(&self) -> Result<Vec<FileKey>, StoreError> {
        let root = self.root.clone();
        let walked = tokio::task::spawn_blocking(move || {
            let mut keys = vec![];
            let mut dirs = vec![root];
            while let Some(dir) = dirs.pop() {
                let entries = match std::fs::read_dir(&dir) {
                    Ok(entries) => entries,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
                    Err(e) => return Err(e),
                };
                for entry in entries {
                    let entry = entry?;
                    let name = entry.file_name().to_string_lossy().into_owned();
                    if entry.file_type()?.is_dir() {
                        if name.len() == 2 {
                            dirs.push(entry.path());
                        }
                    } else if let Some(key) = FileKey::parse(&name) {
                        keys.push(key);
                    }
                }
            }
            Ok(keys)
        })
        .await
        .map_err(|e| StoreError::Io(std::io::Error::other(e)))?;
        counted(walked.map_err(StoreError::Io))
    }

    async fn check_writable(&self) -> Result<(), StoreError> {
        tokio::fs::create_dir_all(self.tmp_dir()).await?;
        let probe = self.tmp_dir().join(format!("probe-{}", uuid::Uuid::new_v4()));
        write_new(&probe, b"ok").await?;
        tokio::fs::remove_file(&probe).await?;
        Ok(())
    }
}

/// Copies every file of `from` into `to`, streaming each one through `to`'s staging folder and
/// checking on the way that its bytes still hash to its key; files `to` already holds are
/// skipped, so an interrupted copy resumes where it stopped. Returns the files and bytes
/// copied.
pub async fn copy_all(from: &dyn FileStore, to: &dyn FileStore) -> Result<(u64, u64), StoreError> {
    use futures_util::StreamExt as _;
    let (mut files, mut bytes) = (0u64, 0u64);
    for key in from.keys().await? {
        if to.exists(&key).await? {
            continue;
        }
        let Some(mut source) = from.open(&key).await? else { continue };
        let mut spool = Spool::create(&to.staging_dir(), u64::MAX).await?;
        while let Some(chunk) = source.body.next().await {
            spool.write(&chunk?).await?;
        }
        let Some(spooled) = spool.finish().await? else { continue };
        if spooled.key() != &key {
            return Err(StoreError::Corrupt(format!(
                "the file {} does not match its key: it is damaged",
                key.as_str()
            )));
        }
        to.put_spooled(&spooled).await?;
        files += 1;
        bytes += spooled.size();
    }
    Ok((files, bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_cannot_name_paths() {
        for bad in ["../etc/passwd", "", "ABCDEF", &"g".repeat(64), &format!("{}/", "a".repeat(63))] {
            assert!(FileKey::parse(bad).is_none(), "{bad}");
        }
        assert!(FileKey::parse(&"0a".repeat(32)).is_some());
    }

    #[tokio::test]
    async fn stores_reads_and_deduplicates() {
        let dir = std::env::temp_dir().join(format!("nafida-files-{}", uuid::Uuid::new_v4()));
        let store = LocalFileStore::new(&dir);
        let a = store.put(b"hello").await.map_err(|e| e.to_string());
        let b = store.put(b"hello").await.map_err(|e| e.to_string());
        assert_eq!(a, b);
        let key = a.unwrap_or_else(|e| unreachable!("{e}"));
        assert_eq!(store.get(&key).await.ok().flatten().as_deref(), Some(&b"hello"[..]));
        assert_eq!(store.get(&FileKey::of(b"other")).await.ok().flatten(), None);
        let _ = std::fs::remove_dir_all(dir);
    }
}
