//! Files in an S3-compatible bucket (AWS S3, MinIO, Ceph, Garage, s3s-fs…), under the same
//! content-addressed keys as the local folder (`prefix/ab/cd/abcd…`), so every node behind a
//! load balancer reads what any node stored. Files being received are spooled on the node's
//! own disk, then sent in one request, or in parts past [`PART_BYTES`]: never held whole in
//! memory. Requests time out and retry a bounded number of times, so an unreachable store is
//! reported within seconds, never waited on for minutes.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use futures_util::{StreamExt, TryStreamExt};
use object_store::aws::AmazonS3Builder;
use object_store::path::Path as ObjectPath;
use object_store::{ClientOptions, ObjectStore, ObjectStoreExt, PutPayload, RetryConfig, WriteMultipart};
use tokio::io::AsyncReadExt;

use super::{FileKey, FileStore, FileStream, Spooled, counted, sharded};
use crate::StoreError;

/// Files up to this size go in one request; larger ones in parts of this size.
const PART_BYTES: usize = 8 * 1024 * 1024;

/// Where the bucket is and how to sign in to it.
#[derive(Clone, PartialEq, Eq)]
pub struct S3Settings {
    /// The bucket.
    pub bucket: String,
    /// The folder inside the bucket (no leading or trailing slash; may be empty).
    pub prefix: String,
    /// The server (`http://127.0.0.1:9000`); `None` is AWS itself.
    pub endpoint: Option<String>,
    /// The region (`us-east-1` when the server does not care).
    pub region: String,
    /// The access key id; `None` takes the standard `AWS_*` variables.
    pub access_key_id: Option<String>,
    /// The secret access key.
    pub secret_access_key: Option<String>,
    /// The node's own folder where files being received are spooled.
    pub staging: PathBuf,
}

impl std::fmt::Debug for S3Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("S3Settings")
            .field("bucket", &self.bucket)
            .field("prefix", &self.prefix)
            .field("endpoint", &self.endpoint)
            .field("region", &self.region)
            .field("access_key_id", &self.access_key_id.as_ref().map(|_| "[redacted]"))
            .field("secret_access_key", &self.secret_access_key.as_ref().map(|_| "[redacted]"))
            .finish_non_exhaustive()
    }
}

impl S3Settings {
    /// Splits `s3://bucket/prefix` into the bucket and the prefix; a message says what is wrong
    /// otherwise.
    pub fn parse_url(url: &str) -> Result<(String, String), String> {
        let rest = url.trim().strip_prefix("s3://").ok_or("the files URL must start with s3://")?;
        let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
        let valid_bucket = (3..=63).contains(&bucket.len())
            && bucket.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
            && !bucket.starts_with(['-', '.'])
            && !bucket.ends_with(['-', '.']);
        if !valid_bucket {
            return Err(format!("{bucket:?} is not a bucket name: 3 to 63 lowercase letters, digits, dots or hyphens"));
        }
        let prefix = prefix.trim_matches('/');
        if prefix.split('/').any(|part| part == ".." || part == ".")
            || prefix.chars().any(|c| c.is_control() || c == '\\')
        {
            return Err(format!("{prefix:?} is not a folder inside a bucket"));
        }
        Ok((bucket.to_string(), prefix.to_string()))
    }
}

/// Files in an S3-compatible bucket.
#[derive(Debug, Clone)]
pub struct S3FileStore {
    store: Arc<dyn ObjectStore>,
    prefix: String,
    staging: PathBuf,
    label: String,
}

impl S3FileStore {
    /// A store over the bucket the settings name. Nothing is contacted yet: call
    /// [`FileStore::check_writable`] to know whether it answers.
    pub fn new(s: &S3Settings) -> Result<Self, StoreError> {
        let mut builder = AmazonS3Builder::from_env()
            .with_bucket_name(&s.bucket)
            .with_region(&s.region)
            .with_retry(RetryConfig {
                max_retries: 2,
                retry_timeout: Duration::from_secs(10),
                backoff: object_store::BackoffConfig::default(),
            })
            .with_client_options(
                ClientOptions::new()
                    .with_connect_timeout(Duration::from_secs(3))
                    .with_timeout(Duration::from_secs(120)),
            );
        if let Some(endpoint) = &s.endpoint {
            builder = builder
                .with_endpoint(endpoint)
                .with_allow_http(endpoint.starts_with("http://"))
                .with_virtual_hosted_style_request(false);
        }
        if let Some(id) = &s.access_key_id {
            builder = builder.with_access_key_id(id);
        }
        if let Some(secret) = &s.secret_access_key {
            builder = builder.with_secret_access_key(secret);
        }
        let store = builder.build().map_err(|e| StoreError::Config(format!("object store: {e}")))?;
        let at = s.endpoint.as_deref().unwrap_or("AWS");
        let label = format!("the bucket s3://{}/{} at {at}", s.bucket, s.prefix);
        let prefix = if s.prefix.is_empty() { String::new() } else { format!("{}/", s.prefix) };
        Ok(S3FileStore { store: Arc::new(store), prefix, staging: s.staging.clone(), label })
    }

    fn path(&self, key: &FileKey) -> ObjectPath {
        ObjectPath::from(format!("{}{}", self.prefix, sharded(key)))
    }

    async fn put_from_disk(&self, spooled: &Spooled) -> Result<(), StoreError> {
        let path = self.path(spooled.key());
        let mut file = tokio::fs::File::open(spooled.path()).await?;
        if spooled.size() <= PART_BYTES as u64 {
            let mut bytes = Vec::with_capacity(usize::try_from(spooled.size()).unwrap_or(PART_BYTES));
            file.read_to_end(&mut bytes).await?;
            self.store.put(&path, PutPayload::from(bytes)).await.map_err(unavailable)?;
            return Ok(());
        }
        let upload = self.store.put_multipart(&path).await.map_err(unavailable)?;
        let mut writer = WriteMultipart::new_with_chunk_size(upload, PART_BYTES);
        let mut buf = vec![0u8; 1024 * 1024];
        loop {
            let n = match file.read(&mut buf).await {
                Ok(n) => n,
                Err(e) => {
                    let _ = writer.abort().await;
                    return Err(e.into());
                }
            };
            if n == 0 {
                break;
            }
            // At most two parts in flight: memory stays bounded whatever the file's size.
            if let Err(e) = writer.wait_for_capacity(2).await {
                let _ = writer.abort().await;
                return Err(unavailable(e));
            }
            writer.write(&buf[..n]);
        }
        writer.finish().await.map_err(unavailable)?;
        Ok(())
    }
}

fn unavailable(e: object_store::Error) -> StoreError {
    StoreError::Unavailable(e.to_string())
}

#[async_trait::async_trait]
impl FileStore for S3FileStore {
    async fn put(&self, bytes: &[u8]) -> Result<FileKey, StoreError> {
        let key = FileKey::of(bytes);
        if !self.exists(&key).await? {
            let put = self.store.put(&self.path(&key), PutPayload::from(bytes.to_vec())).await;
            counted(put.map_err(unavailable))?;
        }
        Ok(key)
    }

    async fn get(&self, key: &FileKey) -> Result<Option<Vec<u8>>, StoreError> {
        match self.store.get(&self.path(key)).await {
            Ok(found) => Ok(Some(counted(found.bytes().await.map_err(unavailable))?.to_vec())),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => counted(Err(unavailable(e))),
        }
    }

    async fn exists(&self, key: &FileKey) -> Result<bool, StoreError> {
        match self.store.head(&self.path(key)).await {
            Ok(_) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(e) => counted(Err(unavailable(e))),
        }
    }

    async fn check_writable(&self) -> Result<(), StoreError> {
        tokio::fs::create_dir_all(&self.staging).await?;
        let probe = ObjectPath::from(format!("{}readiness-probe", self.prefix));
        counted(self.store.put(&probe, PutPayload::from_static(b"ok")).await.map_err(unavailable)).map(|_| ())
    }

    fn staging_dir(&self) -> PathBuf {
        self.staging.clone()
    }

    async fn put_spooled(&self, spooled: &Spooled) -> Result<FileKey, StoreError> {
        if !self.exists(spooled.key()).await? {
            counted(self.put_from_disk(spooled).await)?;
        }
        Ok(spooled.key().clone())
    }

    async fn open(&self, key: &FileKey) -> Result<Option<FileStream>, StoreError> {
        match self.store.get(&self.path(key)).await {
            Ok(found) => {
                let size = found.meta.size;
                let body = found.into_stream().map_err(std::io::Error::other).boxed();
                Ok(Some(FileStream { size, body }))
            }
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => counted(Err(unavailable(e))),
        }
    }

    fn describe(&self) -> String {
        self.label.clone()
    }

    async fn keys(&self) -> Result<Vec<FileKey>, StoreError> {
        let prefix = ObjectPath::from(self.prefix.trim_end_matches('/'));
        let listed: Result<Vec<_>, _> = self.store.list(Some(&prefix)).try_collect().await;
        let listed = counted(listed.map_err(unavailable))?;
        Ok(listed.into_iter().filter_map(|meta| meta.location.filename().and_then(FileKey::parse)).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_name_a_bucket_and_a_folder() {
        assert_eq!(S3Settings::parse_url("s3://nafida/al-hoceima/"), Ok(("nafida".into(), "al-hoceima".into())));
        assert_eq!(S3Settings::parse_url("s3://nafida"), Ok(("nafida".into(), String::new())));
        for bad in ["http://nafida/x", "s3://", "s3://ab", "s3://Upper/x", "s3://-bucket", "s3://nafida/../x"] {
            assert!(S3Settings::parse_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn settings_never_print_the_secret() {
        let s = S3Settings {
            bucket: "b".into(),
            prefix: String::new(),
            endpoint: None,
            region: "us-east-1".into(),
            access_key_id: Some("id".into()),
            secret_access_key: Some("s3cret-value".into()),
            staging: PathBuf::from("/tmp"),
        };
        assert!(!format!("{s:?}").contains("s3cret-value"));
    }
}
