//! Storage of uploaded and issued files behind one interface. Files are content-addressed:
//! the key is the SHA-256 of the bytes, so a key can never name a path outside the store and
//! the same file uploaded twice is stored once. The local-folder implementation writes to a
//! temporary file and renames it into place, so a crash never leaves a half-written file under
//! a valid key. An S3-compatible implementation plugs in behind the same trait.

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
        let k = key.as_str();
        self.root.join(&k[0..2]).join(&k[2..4]).join(k)
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

    async fn check_writable(&self) -> Result<(), StoreError> {
        tokio::fs::create_dir_all(self.tmp_dir()).await?;
        let probe = self.tmp_dir().join(format!("probe-{}", uuid::Uuid::new_v4()));
        write_new(&probe, b"ok").await?;
        tokio::fs::remove_file(&probe).await?;
        Ok(())
    }
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
