//! Configuration layering and its refusals.

use std::collections::BTreeMap;
use std::time::Duration;

use nafida::config::{CliOverrides, Config, LogFormat};

use crate::PlainTest;
use crate::support::TempDir;

pub fn tests() -> Vec<(&'static str, PlainTest)> {
    crate::plain_tests![
        layers_apply_in_order,
        secrets_come_from_files_and_never_print,
        unknown_keys_are_errors,
        malformed_values_are_errors,
    ]
}

fn env(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

async fn layers_apply_in_order() {
    let dir = TempDir::new();
    let file = dir.path().join("nafida.toml");
    std::fs::write(
        &file,
        "listen = \"0.0.0.0:9000\"\ndata_dir = \"/srv/file\"\npublic_url = \"https://file.example.ma\"\n[log]\nformat = \"json\"\n[http]\nrequest_timeout_secs = 5\n",
    )
    .unwrap();
    // Defaults alone.
    let d = Config::load(None, &BTreeMap::new(), &CliOverrides::default()).unwrap();
    assert_eq!(d.listen.to_string(), "127.0.0.1:8080");
    assert_eq!(d.log_format, LogFormat::Text);
    assert!(d.database_url.is_none());
    // File over defaults.
    let f = Config::load(Some(&file), &BTreeMap::new(), &CliOverrides::default()).unwrap();
    assert_eq!(f.listen.to_string(), "0.0.0.0:9000");
    assert_eq!(f.log_format, LogFormat::Json);
    assert_eq!(f.http_request_timeout, Duration::from_secs(5));
    assert_eq!(f.public_url, "https://file.example.ma");
    // Environment over file; NAFIDA_CONFIG names the file.
    let e = env(&[
        ("NAFIDA_CONFIG", file.to_str().unwrap()),
        ("NAFIDA_LISTEN", "127.0.0.1:9100"),
        ("NAFIDA_LOG_FORMAT", "text"),
    ]);
    let fe = Config::load(None, &e, &CliOverrides::default()).unwrap();
    assert_eq!(fe.listen.to_string(), "127.0.0.1:9100");
    assert_eq!(fe.log_format, LogFormat::Text);
    assert_eq!(fe.data_dir.to_str(), Some("/srv/file"));
    // Flags over environment.
    let cli = CliOverrides { listen: Some("127.0.0.1:9200".into()), data_dir: Some("/srv/flag".into()) };
    let all = Config::load(None, &e, &cli).unwrap();
    assert_eq!(all.listen.to_string(), "127.0.0.1:9200");
    assert_eq!(all.data_dir.to_str(), Some("/srv/flag"));
    // Without a public URL, links and QR codes point at the address it listens on.
    let own = CliOverrides { listen: Some("127.0.0.1:18080".into()), data_dir: None };
    assert_eq!(Config::load(None, &BTreeMap::new(), &own).unwrap().public_url, "http://127.0.0.1:18080");
    let wild = CliOverrides { listen: Some("0.0.0.0:9300".into()), data_dir: None };
    assert_eq!(Config::load(None, &BTreeMap::new(), &wild).unwrap().public_url, "http://127.0.0.1:9300");
    // Variables of the test suite are not configuration.
    assert!(Config::load(None, &env(&[("NAFIDA_TEST_BACKENDS", "sqlite")]), &CliOverrides::default()).is_ok());
}

async fn secrets_come_from_files_and_never_print() {
    let dir = TempDir::new();
    let secret = dir.path().join("db-url");
    std::fs::write(&secret, "postgres://nafida:s3cr3t-pw@db.internal:5432/nafida\n").unwrap();
    let e = env(&[
        ("NAFIDA_DATABASE_URL", "postgres://plain@other:5432/x"),
        ("NAFIDA_DATABASE_URL_FILE", secret.to_str().unwrap()),
    ]);
    let c = Config::load(None, &e, &CliOverrides::default()).unwrap();
    assert_eq!(c.database_url.as_ref().unwrap().expose(), "postgres://nafida:s3cr3t-pw@db.internal:5432/nafida");
    let printed = format!("{c:?}\n{}", c.to_redacted_toml());
    assert!(!printed.contains("s3cr3t-pw"), "{printed}");
    assert!(printed.contains("postgres://nafida:[redacted]@db.internal:5432/nafida"));
    // The object store's secret key comes from a file too, and never prints.
    let key = dir.path().join("s3-secret");
    std::fs::write(&key, "wJalr-object-store-secret\n").unwrap();
    let e = env(&[
        ("NAFIDA_FILES_URL", "s3://nafida-files/al-hoceima"),
        ("NAFIDA_FILES_ENDPOINT", "http://10.0.0.5:9000/"),
        ("NAFIDA_FILES_ACCESS_KEY_ID", "AKIA-province-key"),
        ("NAFIDA_FILES_SECRET_ACCESS_KEY_FILE", key.to_str().unwrap()),
    ]);
    let c = Config::load(None, &e, &CliOverrides::default()).unwrap();
    let files = c.files.as_ref().unwrap();
    assert_eq!((files.bucket.as_str(), files.prefix.as_str()), ("nafida-files", "al-hoceima"));
    assert_eq!(files.endpoint.as_deref(), Some("http://10.0.0.5:9000"));
    assert_eq!(files.secret_access_key.as_ref().unwrap().expose(), "wJalr-object-store-secret");
    let printed = format!("{c:?}\n{}", c.to_redacted_toml());
    assert!(!printed.contains("wJalr-object-store-secret") && !printed.contains("AKIA-province-key"), "{printed}");
    assert!(printed.contains("url = \"s3://nafida-files/al-hoceima\""), "{printed}");
    // A missing secret file is a clear error.
    let missing = env(&[("NAFIDA_DATABASE_URL_FILE", "/nonexistent/secret")]);
    let err = Config::load(None, &missing, &CliOverrides::default()).unwrap_err().to_string();
    assert!(err.contains("NAFIDA_DATABASE_URL_FILE") && err.contains("/nonexistent/secret"), "{err}");
    // Only secrets have a _FILE form.
    let err = Config::load(None, &env(&[("NAFIDA_LISTEN_FILE", "/x")]), &CliOverrides::default()).unwrap_err();
    assert!(err.to_string().contains("unknown environment variable NAFIDA_LISTEN_FILE"));
}

async fn unknown_keys_are_errors() {
    let dir = TempDir::new();
    let file = dir.path().join("nafida.toml");
    std::fs::write(&file, "listen = \"127.0.0.1:1\"\n[http]\nbody_limit = 5\n").unwrap();
    let err = Config::load(Some(&file), &BTreeMap::new(), &CliOverrides::default()).unwrap_err().to_string();
    assert!(err.contains("unknown field `body_limit`") && err.contains("nafida.toml"), "{err}");
    std::fs::write(&file, "lisen = \"127.0.0.1:1\"\n").unwrap();
    let err = Config::load(Some(&file), &BTreeMap::new(), &CliOverrides::default()).unwrap_err().to_string();
    assert!(err.contains("unknown field `lisen`"), "{err}");
    let err = Config::load(None, &env(&[("NAFIDA_LISTN", "x")]), &CliOverrides::default()).unwrap_err().to_string();
    assert!(err.contains("unknown environment variable NAFIDA_LISTN"), "{err}");
}

async fn malformed_values_are_errors() {
    let cases = [
        ("NAFIDA_LISTEN", "localhost", "IP:PORT"),
        ("NAFIDA_DATABASE_URL", "mysql://db/x", "must start with postgres://"),
        ("NAFIDA_DATABASE_URL", "postgres://db:port/x", "invalid port"),
        ("NAFIDA_LOG_FORMAT", "xml", "neither"),
        ("NAFIDA_HTTP_BODY_LIMIT_BYTES", "-1", "greater than zero"),
        ("NAFIDA_PUBLIC_URL", "ftp://x", "not a public URL"),
        ("NAFIDA_DATA_DIR", "", "must not be empty"),
        ("NAFIDA_REFERENCE_PREFIX", "AL", "other than I, L and O"),
        ("NAFIDA_REFERENCE_PREFIX", "ah", "capital letters"),
        ("NAFIDA_REFERENCE_PREFIX", "ABCD", "2 or 3"),
        ("NAFIDA_HTTP_TRUSTED_PROXIES", "10.0.0.1, the-balancer", "not an address or a network"),
        ("NAFIDA_IDENTITY_TEST_PROVIDER", "maybe", "true or false"),
        ("NAFIDA_FILES_URL", "https://bucket/x", "must start with s3://"),
        ("NAFIDA_FILES_URL", "s3://My_Bucket/x", "not a bucket name"),
        ("NAFIDA_FILES_ENDPOINT", "http://127.0.0.1:9000", "no bucket"),
    ];
    for (key, value, expected) in cases {
        let err = Config::load(None, &env(&[(key, value)]), &CliOverrides::default()).unwrap_err().to_string();
        assert!(err.contains(expected) && err.contains(key), "{key}={value}: {err}");
    }
    // A province of its own: its references carry its prefix.
    let tanger = Config::load(None, &env(&[("NAFIDA_REFERENCE_PREFIX", "TG")]), &CliOverrides::default()).unwrap();
    assert_eq!(tanger.reference_prefix, "TG");
    let proxied =
        Config::load(None, &env(&[("NAFIDA_HTTP_TRUSTED_PROXIES", "10.0.0.0/8, ::1")]), &CliOverrides::default())
            .unwrap();
    assert_eq!(proxied.http_trusted_proxies, ["10.0.0.0/8", "::1"]);
    let half = env(&[("NAFIDA_FILES_URL", "s3://nafida/x"), ("NAFIDA_FILES_ACCESS_KEY_ID", "id")]);
    let err = Config::load(None, &half, &CliOverrides::default()).unwrap_err().to_string();
    assert!(err.contains("NAFIDA_FILES_SECRET_ACCESS_KEY"), "{err}");
    let endpoint = env(&[("NAFIDA_FILES_URL", "s3://nafida/x"), ("NAFIDA_FILES_ENDPOINT", "http://host:9000/path")]);
    let err = Config::load(None, &endpoint, &CliOverrides::default()).unwrap_err().to_string();
    assert!(err.contains("NAFIDA_FILES_ENDPOINT") && err.contains("without a path"), "{err}");
}
