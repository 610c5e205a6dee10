//! Mail through a real SMTP server process (Python's aiosmtpd): the platform's worker sends
//! the confirmation mail over SMTP, and the test reads the link out of the received message.

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use nafida_store::mail;
use nafida_test_support::{Backend, TestDb, form_body, http_request, link_path};

use crate::DbTest;
use crate::support::{Server, TempDir};

pub fn db_tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![confirmation_mail_arrives_over_smtp]
}

/// Tests of the outbox that need no SMTP server.
pub fn outbox_tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![unreachable_relay_means_retry_with_back_off]
}

async fn unreachable_relay_means_retry_with_back_off(backend: Backend) {
    use nafida_domain::{Clock, FixedClock};
    let t = TestDb::migrated(backend).await;
    let clock = FixedClock::new(nafida_test_support::T0);
    let m = mail::NewMail {
        channel: mail::EMAIL,
        to: "someone@example.ma",
        lang: "fr",
        subject: "Objet",
        text: "Texte",
        html: "<p>Texte</p>",
        attachment: None,
    };
    mail::enqueue(&t.db, &m, clock.now().millis()).await.unwrap();
    // A port nobody listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let config = nafida::config::SmtpConfig {
        host: "127.0.0.1".into(),
        port,
        from: "nafida@example.ma".into(),
        username: None,
        password: None,
    };
    let smtp = nafida::mailer::Smtp::new(&config).unwrap();
    assert_eq!(nafida::outbox::deliver_due(&t.db, &smtp, &clock).await.unwrap(), 0);
    let after = mail::recent(&t.db, 1).await.unwrap().remove(0);
    assert_eq!((after.status.as_str(), after.attempts), ("pending", 1));
    // Not retried before its back-off, retried after.
    assert!(mail::claim_due(&t.db, mail::EMAIL, clock.now().millis(), 1000, 10).await.unwrap().is_empty());
    clock.advance_seconds(31);
    assert_eq!(nafida::outbox::deliver_due(&t.db, &smtp, &clock).await.unwrap(), 0);
    assert_eq!(mail::recent(&t.db, 1).await.unwrap()[0].attempts, 2);
    // After the last attempt the mail is marked failed, and stays in the outbox for operators.
    for _ in 0..10 {
        clock.advance_seconds(3 * 3600);
        nafida::outbox::deliver_due(&t.db, &smtp, &clock).await.unwrap();
    }
    let last = mail::recent(&t.db, 1).await.unwrap().remove(0);
    assert_eq!((last.status.as_str(), last.attempts), ("failed", mail::MAX_ATTEMPTS));
    // Sent mails are erased after their retention; a failed one stays for operators.
    mail::enqueue(&t.db, &m, clock.now().millis()).await.unwrap();
    let sent = mail::claim_due(&t.db, mail::EMAIL, clock.now().millis(), 1000, 10).await.unwrap().remove(0);
    mail::mark_sent(&t.db, &sent.id, clock.now().millis()).await.unwrap();
    assert_eq!(mail::purge_sent(&t.db, clock.now().millis()).await.unwrap(), 0, "not yet");
    assert_eq!(mail::purge_sent(&t.db, clock.now().millis() + 1).await.unwrap(), 1);
    assert_eq!(mail::recent(&t.db, 10).await.unwrap().len(), 1, "the failed one is kept");
    t.teardown().await;
}

/// Whether the SMTP server the tests use can be started here.
pub fn smtp_available() -> bool {
    Command::new("python3").args(["-c", "import aiosmtpd"]).output().is_ok_and(|o| o.status.success())
}

/// A running aiosmtpd that stores each mail as JSON.
pub struct SmtpSink {
    child: Child,
    pub dir: TempDir,
    pub port: u16,
}

impl SmtpSink {
    pub fn start() -> SmtpSink {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let dir = TempDir::new();
        let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/it/smtp_sink.py");
        let mut child = Command::new("python3")
            .args([script, &port.to_string(), &dir.path().display().to_string()])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("starting the SMTP server");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
        assert_eq!(line.trim(), "ready", "SMTP server did not start");
        SmtpSink { child, dir, port }
    }

    /// Waits for a mail to `to` and returns it.
    pub fn wait_for(&self, to: &str) -> serde_json::Value {
        self.wait_for_subject(to, "")
    }

    /// Waits for the first mail to `to` whose subject contains `subject`.
    pub fn wait_for_subject(&self, to: &str, subject: &str) -> serde_json::Value {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let mut files: Vec<_> =
                std::fs::read_dir(self.dir.path()).unwrap().filter_map(Result::ok).map(|e| e.path()).collect();
            files.sort();
            for f in files.iter().filter(|f| f.extension().is_some_and(|e| e == "json")) {
                let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
                if v["to"].as_array().is_some_and(|a| a.iter().any(|t| t == to))
                    && v["subject"].as_str().is_some_and(|s| s.contains(subject))
                {
                    return v;
                }
            }
            assert!(Instant::now() < deadline, "no mail to {to} arrived");
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        if let Some(mut stdin) = self.child.stdin.take() {
            let _ = stdin.flush();
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn cookies_from(headers: &[(String, String)], jar: &mut Vec<(String, String)>) {
    for (_, v) in headers.iter().filter(|(k, _)| k == "set-cookie") {
        if let Some((name, value)) = v.split(';').next().and_then(|c| c.split_once('=')) {
            jar.retain(|(n, _)| n != name);
            if !value.is_empty() {
                jar.push((name.to_string(), value.to_string()));
            }
        }
    }
}

fn cookie_header(jar: &[(String, String)]) -> String {
    jar.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("; ")
}

async fn confirmation_mail_arrives_over_smtp(backend: Backend) {
    let t = TestDb::empty(backend).await;
    let sink = SmtpSink::start();
    let port = sink.port.to_string();
    let mut env = vec![
        ("NAFIDA_SMTP_HOST", "127.0.0.1".to_string()),
        ("NAFIDA_SMTP_PORT", port),
        ("NAFIDA_SMTP_FROM", "nafida@example.ma".to_string()),
        ("NAFIDA_MAIL_POLL_MS", "100".to_string()),
    ];
    if let Some(url) = &t.postgres_url {
        env.push(("NAFIDA_DATABASE_URL", url.clone()));
        env.push(("NAFIDA_SECRET_KEY", crate::processes::TEST_KEY.to_string()));
    }
    let env_refs: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let server = Server::start("serve", &t.data_dir, &env_refs);
    let addr = server.addr.clone();
    let mut jar = vec![];
    let (status, headers, _) =
        http_request(&addr, "GET", "/signup", &[("accept-language", "nl-BE,fr;q=0.8")], "").await.unwrap();
    assert_eq!(status, 200);
    cookies_from(&headers, &mut jar);
    let csrf = jar.iter().find(|(k, _)| k == "nafida_csrf").map(|(_, v)| v.clone()).expect("anti-forgery cookie");
    let form = |fields: &[(&str, &str)]| {
        let mut all = vec![("csrf_token", csrf.as_str())];
        all.extend_from_slice(fields);
        form_body(&all)
    };
    let post = |path: String, body: String, jar: Vec<(String, String)>| {
        let addr = addr.clone();
        async move {
            let cookie = cookie_header(&jar);
            http_request(
                &addr,
                "POST",
                &path,
                &[
                    ("content-type", "application/x-www-form-urlencoded"),
                    ("cookie", &cookie),
                    ("accept-language", "nl-BE,fr;q=0.8"),
                ],
                &body,
            )
            .await
            .unwrap()
        }
    };
    let (status, _, body) = post(
        "/signup".into(),
        form(&[("email", "karima@example.nl"), ("password", "de zee bij Al Hoceima")]),
        jar.clone(),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    let received = sink.wait_for("karima@example.nl");
    assert_eq!(received["from"], "nafida@example.ma");
    assert_eq!(received["subject"], "Confirmez votre adresse e-mail");
    assert!(received["html"].as_str().unwrap().contains("lang=\"fr\""));
    let link = link_path(received["text"].as_str().unwrap());
    let (_, _, page) = post(link, form(&[]), jar.clone()).await;
    assert!(page.contains("Adresse confirmée"), "{page}");
    let (status, headers, _) = post(
        "/signin".into(),
        form(&[("email", "karima@example.nl"), ("password", "de zee bij Al Hoceima")]),
        jar.clone(),
    )
    .await;
    assert_eq!(status, 303);
    cookies_from(&headers, &mut jar);
    let cookie = cookie_header(&jar);
    let (status, _, account) = http_request(&addr, "GET", "/account", &[("cookie", &cookie)], "").await.unwrap();
    assert_eq!(status, 200);
    assert!(account.contains("karima@example.nl"));
    // The outbox records the delivery.
    let sent = mail::recent(&t.db, 10).await.unwrap();
    assert!(sent.iter().any(|m| m.to == "karima@example.nl" && m.status == "sent"), "{sent:?}");
    assert!(server.stop().success());
    t.teardown().await;
}
