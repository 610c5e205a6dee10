//! The store on both backends: migrations from empty, accounts, files.

use axum::http::StatusCode;
use futures_util::TryStreamExt;
use nafida_domain::{Email, OrgId, Role};
use nafida_store::{FileKey, S3FileStore, S3Settings, StoreError, migrations, users};
use nafida_test_support::{Backend, PDF, T0, TestApp, TestDb};

use crate::DbTest;

pub fn tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![
        migrations_apply_from_empty_once,
        accounts_are_unique_and_staff_need_an_administration,
        files_are_content_addressed,
        an_unreachable_file_store_fails_readiness_and_keeps_the_form,
    ]
}

async fn migrations_apply_from_empty_once(backend: Backend) {
    let t = TestDb::empty(backend).await;
    assert_eq!(migrations::current_version(&t.db).await.unwrap(), 0);
    let applied = migrations::migrate(&t.db, T0.millis()).await.unwrap();
    assert_eq!(applied, migrations::MIGRATIONS.len());
    assert_eq!(migrations::current_version(&t.db).await.unwrap(), migrations::latest_version());
    // A second run (a restart, or a second node) applies nothing.
    assert_eq!(migrations::migrate(&t.db, T0.millis()).await.unwrap(), 0);
    // The schema is usable: foreign keys hold on both engines.
    assert_eq!(nafida_store::orgs::count(&t.db).await.unwrap(), 0);
    let email = Email::parse("agent@example.ma").unwrap();
    let org = OrgId::parse("no-such-org").unwrap();
    let new = users::NewUser {
        email: &email,
        password: "long enough pass",
        role: Role::Agent,
        org: Some(&org),
        display_name: "A",
    };
    assert!(matches!(users::create(&t.db, &new, T0.millis()).await, Err(StoreError::NotFound(_))));
    t.teardown().await;
}

async fn accounts_are_unique_and_staff_need_an_administration(backend: Backend) {
    let app = TestApp::new(backend).await;
    let db = &app.db.db;
    let email = Email::parse("Agent.Un@Example.ma").unwrap();
    let org = OrgId::parse("commune-targuist-civil-status").unwrap();
    let new = users::NewUser {
        email: &email,
        password: "a long passphrase",
        role: Role::Agent,
        org: Some(&org),
        display_name: "Un",
    };
    users::create(db, &new, T0.millis()).await.unwrap();
    assert!(users::exists(db, &Email::parse("agent.un@example.MA").unwrap()).await.unwrap());
    let again = users::NewUser { email: &Email::parse("AGENT.UN@example.ma").unwrap(), ..new };
    assert!(matches!(users::create(db, &again, T0.millis()).await, Err(StoreError::Conflict(_))));
    let orphan = users::NewUser {
        email: &Email::parse("x@example.ma").unwrap(),
        password: "a long passphrase",
        role: Role::Supervisor,
        org: None,
        display_name: "X",
    };
    assert!(users::create(db, &orphan, T0.millis()).await.is_err());
    assert_eq!(users::count_by_role(db, Role::Agent).await.unwrap(), 1);
    app.teardown().await;
}

async fn files_are_content_addressed(backend: Backend) {
    let t = TestDb::migrated(backend).await;
    // The test's own store: the data folder, or a bucket on the object-store leg.
    let store = t.file_store();
    store.check_writable().await.unwrap();
    let pdf = b"%PDF-1.7 test".to_vec();
    let key = store.put(&pdf).await.unwrap();
    assert_eq!(key, FileKey::of(&pdf));
    assert_eq!(store.put(&pdf).await.unwrap(), key);
    assert_eq!(store.get(&key).await.unwrap().unwrap(), pdf);
    assert!(store.exists(&key).await.unwrap());
    assert!(!store.exists(&FileKey::of(b"never stored")).await.unwrap());
    assert_eq!(store.get(&FileKey::of(b"never stored")).await.unwrap(), None);
    assert!(FileKey::parse("../../nafida.db").is_none());

    // A large file is received in chunks, stored without being read whole (in parts on an
    // object store), and read back as a stream.
    let big: Vec<u8> = (0..9 * 1024 * 1024 + 17).map(|i: u32| (i % 251) as u8).collect();
    let mut spool = nafida_store::files::Spool::create(&store.staging_dir(), u64::MAX).await.unwrap();
    for chunk in big.chunks(64 * 1024) {
        assert!(spool.write(chunk).await.unwrap());
    }
    let spooled = spool.finish().await.unwrap().unwrap();
    let big_key = store.put_spooled(&spooled).await.unwrap();
    assert_eq!(big_key, FileKey::of(&big));
    assert_eq!(store.put_spooled(&spooled).await.unwrap(), big_key, "stored once");
    drop(spooled);
    let read = store.open(&big_key).await.unwrap().unwrap();
    assert_eq!(read.size, big.len() as u64);
    let chunks: Vec<bytes::Bytes> = read.body.try_collect().await.unwrap();
    assert!(chunks.len() > 1, "streamed in chunks");
    assert!(chunks.concat() == big, "the same bytes back");
    assert!(store.open(&FileKey::of(b"never stored")).await.unwrap().is_none());
    let mut keys: Vec<String> = store.keys().await.unwrap().iter().map(|k| k.as_str().to_string()).collect();
    keys.sort();
    let mut expected = vec![key.as_str().to_string(), big_key.as_str().to_string()];
    expected.sort();
    assert_eq!(keys, expected, "every stored file is listed, nothing else");
    t.teardown().await;
}

/// A port nothing listens on.
fn closed_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

async fn an_unreachable_file_store_fails_readiness_and_keeps_the_form(backend: Backend) {
    let app = TestApp::with_files(backend, |db| {
        let settings = S3Settings {
            bucket: "nafida-down".into(),
            prefix: "province".into(),
            endpoint: Some(format!("http://127.0.0.1:{}", closed_port())),
            region: "us-east-1".into(),
            access_key_id: Some("id".into()),
            secret_access_key: Some("secret".into()),
            staging: db.data_dir.join("tmp"),
        };
        std::sync::Arc::new(S3FileStore::new(&settings).unwrap())
    })
    .await;
    let ready = app.get("/readyz").await;
    assert_eq!(ready.status, StatusCode::SERVICE_UNAVAILABLE, "{}", ready.body);
    assert_eq!(ready.json()["files"], "error");
    assert_eq!(ready.json()["database"], "ok");
    assert!(matches!(app.state.files().check_writable().await, Err(StoreError::Unavailable(_))));

    // A person's filing: "try again later", what they typed still in the form, nothing recorded.
    let mut c = app.citizen("store.down@example.nl").await;
    c.get("/lang/fr").await;
    let mut fields = crate::api::EXTRACT.to_vec();
    fields.push(("idempotency_key", "key-store-down-0001"));
    let files: &[(&str, &str, &[u8])] = &[("doc_applicant-id", "id.pdf", PDF)];
    let r = c.post_multipart("/catalogue/birth-extract/start", &fields, files).await;
    assert_eq!(r.status, StatusCode::SERVICE_UNAVAILABLE, "{}", r.body);
    assert_eq!(r.header("retry-after"), "30");
    assert!(r.body.contains("ne peuvent pas être enregistrés pour le moment"), "{}", r.body);
    assert!(r.body.contains("value=\"1990-04-12\""), "the typed date is kept");
    assert!(r.body.contains("أمينة"), "the typed name is kept");
    assert!(r.body.contains("value=\"key-store-down-0001\""), "the same idempotency key, to send again");
    assert_eq!(nafida_store::cases::count(&app.db.db).await.unwrap(), 0, "nothing recorded");

    // Through the API: 503 with its code and Retry-After.
    let created = c.post("/account/apps", &[("name", "Téléphone")]).await.body;
    let token = created.split("id=\"new-token\">").nth(1).and_then(|s| s.split('<').next()).unwrap().to_string();
    let mut fields = crate::api::EXTRACT.to_vec();
    fields.push(("idempotency_key", "key-store-down-0002"));
    let api = crate::api::multipart(&app, "/api/v1/me/cases?procedure=birth-extract", &token, &fields, files).await;
    assert_eq!(api.status, StatusCode::SERVICE_UNAVAILABLE, "{}", api.body);
    assert_eq!(api.json()["code"], "files-unavailable");
    assert_eq!(api.header("retry-after"), "30");
    assert_eq!(nafida_store::cases::count(&app.db.db).await.unwrap(), 0);
    app.teardown().await;
}
