//! Text messages: a person who chose them in their profile gets one for each event of their
//! case, in their language, through an SMS gateway process speaking Kannel's `sendsms`
//! interface; a gateway that refuses or is down means a retry with back-off.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use nafida_domain::Role;
use nafida_store::{accounts, mail, profiles};
use nafida_test_support::{Backend, PDF, TestApp};

use crate::DbTest;
use crate::support::TempDir;

pub fn tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![text_messages_follow_the_chosen_channels]
}

/// A running SMS gateway (Kannel's `sendsms` interface) recording what it is asked to send.
pub struct Gateway {
    child: Child,
    dir: TempDir,
    pub port: u16,
}

impl Gateway {
    pub fn start() -> Gateway {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let dir = TempDir::new();
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/it/sms_gateway.py");
        let out = dir.path().join("sent.jsonl");
        let mut child = Command::new("python3")
            .args([script, &port.to_string(), &out.display().to_string()])
            .stdout(Stdio::piped())
            .spawn()
            .expect("starting the SMS gateway");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        assert_eq!(line.trim(), "ready");
        Gateway { child, dir, port }
    }

    pub fn sent(&self) -> Vec<serde_json::Value> {
        std::fs::read_to_string(self.dir.path().join("sent.jsonl"))
            .unwrap_or_default()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }
}

impl Drop for Gateway {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn config(port: u16, password: &str) -> nafida::config::SmsConfig {
    nafida::config::SmsConfig {
        url: format!("http://127.0.0.1:{port}/cgi-bin/sendsms"),
        username: "nafida".into(),
        password: Some(nafida::config::Secret::new(password)),
        from: "Nafida".into(),
    }
}

async fn text_messages_follow_the_chosen_channels(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut c = app.citizen("sms.person@example.ma").await;
    let email = nafida_domain::Email::parse("sms.person@example.ma").unwrap();
    let user = accounts::find_by_email(&app.db.db, &email).await.unwrap().unwrap();
    // Text messages only, in Arabic.
    let profile = profiles::Profile {
        phone: Some("+32470123456".into()),
        channels: "sms".into(),
        ..profiles::Profile::default()
    };
    profiles::save(&app.db.db, &user.id, &profile, 0).await.unwrap();
    accounts::set_lang(&app.db.db, &user.id, "ar").await.unwrap();
    let r = c
        .post_multipart(
            "/catalogue/birth-extract/start",
            &[
                ("idempotency_key", "key-sms-0001-abcdefgh"),
                ("field_office", "commune-imzouren-civil-status"),
                ("field_for_whom", "self"),
                ("field_holder_name_ar", "أمينة"),
                ("field_birth_date", "1990-04-12"),
                ("field_copies", "1"),
                ("field_delivery", "electronic"),
            ],
            &[("doc_applicant-id", "id.pdf", PDF)],
        )
        .await;
    let reference = r.header("location").trim_start_matches("/cases/").trim_end_matches("/receipt").to_string();
    let (mut agent, _) = app.staff("agent.sms@example.ma", Role::Agent, "commune-imzouren-civil-status").await;
    agent
        .post(
            &format!("/staff/cases/{reference}/action"),
            &[("action", "request-documents"), ("documents", "family-link")],
        )
        .await;
    let queued = mail::recent(&app.db.db, 10).await.unwrap();
    let texts: Vec<_> = queued.iter().filter(|m| m.to == "+32470123456").collect();
    assert_eq!(texts.len(), 2, "received, then documents requested");
    assert!(
        queued.iter().filter(|m| m.to == "sms.person@example.ma").count() == 1,
        "by e-mail only the receipt the law requires"
    );

    // A wrong password: refused, kept for a retry.
    let gateway = Gateway::start();
    let wrong = nafida::sms::Gateway::new(&config(gateway.port, "wrong")).unwrap();
    assert_eq!(nafida::outbox::deliver_due(&app.db.db, &wrong, app.clock.as_ref()).await.unwrap(), 0);
    assert!(gateway.sent().is_empty());
    let pending = mail::recent(&app.db.db, 10).await.unwrap();
    assert!(pending.iter().filter(|m| m.to == "+32470123456").all(|m| m.status == "pending" && m.attempts == 1));
    // After the back-off, the right gateway delivers both, the Arabic intact.
    app.clock.advance_seconds(31);
    let right = nafida::sms::Gateway::new(&config(gateway.port, "s3cret")).unwrap();
    assert_eq!(nafida::outbox::deliver_due(&app.db.db, &right, app.clock.as_ref()).await.unwrap(), 2);
    let sent = gateway.sent();
    assert_eq!(sent.len(), 2);
    assert!(sent.iter().all(|m| m["to"] == "+32470123456" && m["from"] == "Nafida" && m["coding"] == "2"));
    assert!(sent.iter().any(|m| m["text"].as_str().unwrap().contains(&format!("توصلنا بطلبك {reference}"))));
    assert!(sent.iter().any(|m| m["text"].as_str().unwrap().contains("مطلوب وثائق")));
    // The e-mail worker never takes a text message.
    assert!(
        mail::claim_due(&app.db.db, mail::EMAIL, nafida_domain::Clock::now(app.clock.as_ref()).millis(), 1000, 10)
            .await
            .unwrap()
            .iter()
            .all(|m| m.to.contains('@'))
    );
    app.teardown().await;
}
