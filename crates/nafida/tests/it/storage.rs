//! The store on both backends: migrations from empty, accounts, files.

use nafida_domain::{Email, OrgId, Role};
use nafida_store::{FileKey, FileStore, LocalFileStore, StoreError, migrations, users};
use nafida_test_support::{Backend, T0, TestApp, TestDb};

use crate::DbTest;

pub fn tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![
        migrations_apply_from_empty_once,
        accounts_are_unique_and_staff_need_an_administration,
        files_are_content_addressed,
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
    let store = LocalFileStore::new(t.data_dir.join("files"));
    store.check_writable().await.unwrap();
    let pdf = b"%PDF-1.7 test".to_vec();
    let key = store.put(&pdf).await.unwrap();
    assert_eq!(key, FileKey::of(&pdf));
    assert_eq!(store.put(&pdf).await.unwrap(), key);
    assert_eq!(store.get(&key).await.unwrap().unwrap(), pdf);
    assert!(store.exists(&key).await.unwrap());
    assert!(FileKey::parse("../../nafida.db").is_none());
    t.teardown().await;
}
