//! Journeys in real headless Chromium against a real `nafida` process: a person signs up,
//! reads the mail, confirms, signs in, switches to Arabic and signs out; a staff member signs
//! in with a second factor; a form without its anti-forgery token is refused. Every page
//! visited is checked with axe-core; screenshots of the home page in Arabic and French are
//! written to `test-artifacts/`.

use nafida_domain::TotpSecret;
use nafida_test_support::link_path;

use crate::PlainTest;
use crate::mail::SmtpSink;
use crate::support::{Server, TempDir, nafida, run};
use crate::webdriver::Browser;

pub fn tests() -> Vec<(&'static str, PlainTest)> {
    crate::plain_tests![citizen_journey_in_french_then_arabic, staff_sign_in_with_totp_and_forged_form]
}

fn artifacts() -> std::path::PathBuf {
    std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../test-artifacts"))
}

struct Platform {
    server: Server,
    sink: SmtpSink,
    data: TempDir,
}

fn start_platform() -> Platform {
    let sink = SmtpSink::start();
    let data = TempDir::new();
    let port = sink.port.to_string();
    let server = Server::start(
        "serve",
        data.path(),
        &[("NAFIDA_SMTP_HOST", "127.0.0.1"), ("NAFIDA_SMTP_PORT", &port), ("NAFIDA_MAIL_POLL_MS", "100")],
    );
    // The map, so pages show the province's administrations.
    let mut import =
        nafida(&["admin", "import-orgs", concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/orgmap/al-hoceima.toml")]);
    import.args(["--data-dir", &data.path().display().to_string()]);
    assert!(run(import).status.success());
    Platform { server, sink, data }
}

async fn check_a11y(browser: &Browser, failures: &mut Vec<String>) {
    let url = browser.url().await;
    for v in browser.accessibility_violations().await {
        failures.push(format!("{url}: {v}"));
    }
}

async fn citizen_journey_in_french_then_arabic() {
    let p = start_platform();
    let base = format!("http://{}", p.server.addr);
    let b = Browser::start("fr-BE,fr").await;
    let mut a11y = vec![];

    b.goto(&format!("{base}/")).await;
    assert_eq!(b.eval("return document.documentElement.lang").await, "fr");
    check_a11y(&b, &mut a11y).await;
    b.screenshot(&artifacts().join("home-fr.png")).await;
    for path in [
        "/administrations",
        "/privacy",
        "/signin",
        "/password/forgot",
        "/nowhere",
        "/catalogue",
        "/catalogue?q=naissance",
        "/catalogue/birth-transcription",
    ] {
        b.goto(&format!("{base}{path}")).await;
        check_a11y(&b, &mut a11y).await;
    }

    // Sign up, with one mistake first: the error is shown and the address kept.
    b.goto(&format!("{base}/signup")).await;
    check_a11y(&b, &mut a11y).await;
    b.fill("#f-email", "nadia.browser@example.be").await;
    b.fill("#f-password", "court").await;
    b.click("form.form button[type=submit]").await;
    b.wait_text("au moins 12 caractères").await;
    check_a11y(&b, &mut a11y).await;
    assert_eq!(b.eval("return document.querySelector('#f-email').value").await, "nadia.browser@example.be");
    b.fill("#f-password", "les figuiers de Beni Bouayach").await;
    b.click("form.form button[type=submit]").await;
    b.wait_text("Consultez votre boîte e-mail").await;

    // The mail, received by a real SMTP server.
    let mail = p.sink.wait_for("nadia.browser@example.be");
    let link = link_path(mail["text"].as_str().unwrap());
    b.goto(&format!("{base}{link}")).await;
    check_a11y(&b, &mut a11y).await;
    b.click("form.form button[type=submit]").await;
    b.wait_text("Adresse confirmée").await;

    // Sign in.
    b.goto(&format!("{base}/signin")).await;
    b.fill("#f-email", "nadia.browser@example.be").await;
    b.fill("#f-password", "les figuiers de Beni Bouayach").await;
    b.click("form.form button[type=submit]").await;
    b.wait_url("/account").await;
    check_a11y(&b, &mut a11y).await;
    for path in ["/account/profile", "/account/security"] {
        b.goto(&format!("{base}{path}")).await;
        check_a11y(&b, &mut a11y).await;
    }

    // Switch to Arabic: right to left, and no French or English left on the page.
    b.goto(&format!("{base}/account")).await;
    b.click("a[hreflang=ar]").await;
    assert_eq!(b.eval("return document.documentElement.dir").await, "rtl");
    assert_eq!(b.eval("return document.documentElement.lang").await, "ar");
    let text = b.text().await.replace("nadia.browser@example.be", "").replace("Français", "").replace("English", "");
    let latin: Vec<&str> = text.split_whitespace().filter(|w| w.chars().any(|c| c.is_ascii_alphabetic())).collect();
    assert!(latin.is_empty(), "Latin text left on the Arabic page: {latin:?}");
    check_a11y(&b, &mut a11y).await;
    b.goto(&format!("{base}/")).await;
    b.screenshot(&artifacts().join("home-ar.png")).await;
    check_a11y(&b, &mut a11y).await;
    // The choice is remembered in the profile.
    let account_lang = b.eval("return document.documentElement.lang").await;
    assert_eq!(account_lang, "ar");

    // On a 360-pixel-wide phone nothing needs scrolling sideways.
    b.resize(360, 780).await;
    for path in ["/", "/administrations", "/account/profile", "/account/security", "/privacy"] {
        b.goto(&format!("{base}{path}")).await;
        assert!(!b.overflows_horizontally().await, "{path} is wider than a 360-pixel phone");
    }
    b.goto(&format!("{base}/account/profile")).await;
    b.screenshot(&artifacts().join("profile-ar-360.png")).await;
    b.resize(1280, 900).await;

    // Sign out.
    b.click("form[action='/signout'] button").await;
    b.wait_text("تسجيل الدخول").await;
    b.goto(&format!("{base}/account")).await;
    b.wait_url("/signin?next=").await;

    b.quit().await;
    assert!(a11y.is_empty(), "serious or critical accessibility violations:\n{}", a11y.join("\n"));
    assert!(p.server.stop().success());
    drop(p.data);
}

async fn staff_sign_in_with_totp_and_forged_form() {
    let p = start_platform();
    let base = format!("http://{}", p.server.addr);
    let pw = TempDir::new();
    let pw_file = pw.path().join("pw");
    std::fs::write(&pw_file, "the agent's long passphrase").unwrap();
    let mut create = nafida(&[
        "admin",
        "create-user",
        "--email",
        "agent.browser@example.ma",
        "--role",
        "admin",
        "--org",
        "al-hoceima",
        "--name",
        "Rachid Agent",
        "--password-file",
        &pw_file.display().to_string(),
    ]);
    create.args(["--data-dir", &p.data.path().display().to_string()]);
    assert!(run(create).status.success());

    let b = Browser::start("fr").await;
    let mut a11y = vec![];
    // A sign-in form stripped of its token is refused.
    b.goto(&format!("{base}/signin")).await;
    b.eval("document.querySelector('form.form input[name=csrf_token]').remove(); return true;").await;
    b.fill("#f-email", "agent.browser@example.ma").await;
    b.fill("#f-password", "the agent's long passphrase").await;
    b.click("form.form button[type=submit]").await;
    b.wait_text("Le formulaire a expiré").await;
    check_a11y(&b, &mut a11y).await;

    // The real sign-in leads to enrolment of the second factor.
    b.goto(&format!("{base}/signin")).await;
    b.fill("#f-email", "agent.browser@example.ma").await;
    b.fill("#f-password", "the agent's long passphrase").await;
    b.click("form.form button[type=submit]").await;
    b.wait_url("/signin/totp/enrol").await;
    check_a11y(&b, &mut a11y).await;
    let secret = b.eval("return document.querySelector('#totp-secret').textContent").await;
    let secret = TotpSecret::from_base32(secret.as_str().unwrap()).unwrap();
    // The server runs on the real clock, so the code must too.
    let now = nafida_domain::Clock::now(&nafida_domain::SystemClock).millis() / 1000;
    b.fill("#f-code", &secret.code_at_step(now / 30)).await;
    b.click("form.form button[type=submit]").await;
    b.wait_text("Vos codes de secours").await;
    check_a11y(&b, &mut a11y).await;
    b.click("a.button").await;
    b.wait_url("/staff").await;
    check_a11y(&b, &mut a11y).await;
    for path in ["/admin/staff", "/admin/staff/new", "/staff/orgs/al-hoceima"] {
        b.goto(&format!("{base}{path}")).await;
        check_a11y(&b, &mut a11y).await;
    }
    // Next time: the code step.
    b.click("form[action='/signout'] button").await;
    b.wait_text("Créer un compte").await;
    b.goto(&format!("{base}/signin")).await;
    b.fill("#f-email", "agent.browser@example.ma").await;
    b.fill("#f-password", "the agent's long passphrase").await;
    b.click("form.form button[type=submit]").await;
    b.wait_url("/signin/totp").await;
    check_a11y(&b, &mut a11y).await;
    b.fill("#f-code", "000000").await;
    b.click("form.form button[type=submit]").await;
    b.wait_text("Ce code n’est pas valable").await;
    b.quit().await;
    assert!(a11y.is_empty(), "serious or critical accessibility violations:\n{}", a11y.join("\n"));
    assert!(p.server.stop().success());
}
