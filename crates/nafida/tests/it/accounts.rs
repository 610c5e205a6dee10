//! Accounts over HTTP through the real router: sign-up, confirmation, sign-in, two-factor
//! authentication for staff, password reset, profile, security, administration of staff, and
//! the refusals (bad input, forged forms, too many attempts).

use axum::http::StatusCode;
use nafida_domain::Role;
use nafida_store::{accounts, profiles};
use nafida_test_support::{Backend, StepClock, TestApp, link_path};
use nafida_web::WebSettings;

use crate::DbTest;

pub fn tests() -> Vec<(&'static str, DbTest)> {
    crate::tests![
        sign_up_confirm_sign_in_and_out,
        sign_up_errors_keep_what_was_typed,
        taken_address_gets_the_same_answer,
        sign_in_never_tells_which_part_was_wrong_and_locks_out,
        the_lock_out_holds_under_parallel_attempts,
        unconfirmed_accounts_cannot_sign_in,
        password_reset_links_work_once_and_expire,
        staff_need_a_second_factor,
        forms_without_the_token_are_refused,
        profile_is_checked_and_the_cnie_never_stored_in_clear,
        security_changes_password_email_and_ends_sessions,
        admins_invite_and_disable_staff_in_their_scope,
        demo_mailbox_exists_only_in_demo_mode,
        sessions_expire_when_idle,
        inactive_accounts_are_erased_after_two_years
    ]
}

const PW: &str = "correct horse battery";

async fn sign_up_confirm_sign_in_and_out(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut c = app.client();
    c.headers.push(("accept-language".into(), "fr".into()));
    assert_eq!(c.get("/signup").await.status, StatusCode::OK);
    let r = c.post("/signup", &[("email", "Yassine@Example.ma"), ("password", "la mer à Al Hoceima")]).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("Consultez votre boîte e-mail"), "{}", r.body);
    let mail = app.last_mail_to("yassine@example.ma").await;
    assert_eq!(mail.lang, "fr");
    assert_eq!(mail.subject, "Confirmez votre adresse e-mail");
    assert!(mail.html.contains("<html lang=\"fr\""));
    let link = link_path(&mail.text);
    assert!(link.starts_with("/confirm/"));
    // Signing in before confirming is refused.
    let early = c.post("/signin", &[("email", "yassine@example.ma"), ("password", "la mer à Al Hoceima")]).await;
    assert!(early.body.contains("Confirmez d’abord votre adresse"), "{}", early.body);
    // Opening the link shows a button; pressing it confirms.
    let page = c.get(&link).await;
    assert!(page.body.contains("Confirmer mon adresse"));
    let done = c.post(&link, &[]).await;
    assert!(done.body.contains("Adresse confirmée"), "{}", done.body);
    let again = c.post(&link, &[]).await;
    assert!(again.body.contains("Ce lien a déjà servi"));
    // Sign in: a new session cookie and a new anti-forgery token.
    let csrf_before = c.cookie("nafida_csrf").map(str::to_string);
    let r = c.post("/signin", &[("email", "YASSINE@example.ma"), ("password", "la mer à Al Hoceima")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER);
    assert_eq!(r.header("location"), "/account");
    let set: Vec<&str> = r.headers.get_all("set-cookie").iter().filter_map(|v| v.to_str().ok()).collect();
    let session = set.iter().find(|c| c.starts_with("nafida_session=")).unwrap();
    assert!(session.contains("HttpOnly") && session.contains("SameSite=Lax") && session.contains("Path=/"));
    assert_ne!(c.cookie("nafida_csrf").map(str::to_string), csrf_before, "token renewed at sign-in");
    let account = c.get("/account").await;
    assert_eq!(account.status, StatusCode::OK);
    assert!(account.body.contains("Yassine@Example.ma"));
    // The session lives in the database: another client with the same cookie is signed in too.
    let mut other = app.client();
    other.headers.push(("cookie".into(), format!("nafida_session={}", c.cookie("nafida_session").unwrap())));
    assert_eq!(other.get("/account").await.status, StatusCode::OK);
    // Sign out.
    let out = c.post("/signout", &[]).await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    let after = c.get("/account").await;
    assert_eq!(after.status, StatusCode::SEE_OTHER);
    assert_eq!(after.header("location"), "/signin?next=/account");
    assert_eq!(other.get("/account").await.status, StatusCode::SEE_OTHER, "the session is gone for every client");
    app.teardown().await;
}

async fn sign_up_errors_keep_what_was_typed(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut c = app.client();
    c.headers.push(("accept-language".into(), "ar".into()));
    let r = c.post("/signup", &[("email", "amina@@example"), ("password", "password1234")]).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("هناك مشكل"), "error summary in Arabic");
    assert!(r.body.contains("اكتب عنوان بريد إلكتروني صحيحا"));
    assert!(r.body.contains("كلمة المرور هذه شائعة جدا"));
    assert!(r.body.contains("value=\"amina@@example\""), "the address is kept");
    assert!(!r.body.contains("password1234"), "the password is never sent back");
    assert!(r.body.contains("aria-invalid=\"true\""));
    let short = c.post("/signup", &[("email", "amina@example.ma"), ("password", "short")]).await;
    assert!(short.body.contains("اثني عشر حرفا على الأقل"));
    assert!(app.mails().await.is_empty(), "nothing sent, nothing written");
    assert!(
        accounts::find_by_email(&app.db.db, &nafida_domain::Email::parse("amina@example.ma").unwrap())
            .await
            .unwrap()
            .is_none()
    );
    app.teardown().await;
}

async fn taken_address_gets_the_same_answer(backend: Backend) {
    let app = TestApp::new(backend).await;
    app.create_user("taken@example.ma", PW, Role::Citizen, None).await;
    let mut c = app.client();
    c.headers.push(("accept-language".into(), "en".into()));
    let fresh = c.post("/signup", &[("email", "fresh@example.ma"), ("password", "a brand new passphrase")]).await;
    let taken = c.post("/signup", &[("email", "taken@example.ma"), ("password", "a brand new passphrase")]).await;
    assert_eq!(fresh.status, taken.status);
    let strip = |b: &str| b.split("<main").nth(1).unwrap_or("").to_string();
    assert_eq!(strip(&fresh.body), strip(&taken.body), "identical answers");
    let mail = app.last_mail_to("taken@example.ma").await;
    assert_eq!(mail.subject, "Attempt to create an account");
    app.teardown().await;
}

async fn sign_in_never_tells_which_part_was_wrong_and_locks_out(backend: Backend) {
    let app = TestApp::new(backend).await;
    app.create_user("known@example.ma", PW, Role::Citizen, None).await;
    let mut c = app.client();
    c.headers.push(("accept-language".into(), "en".into()));
    let unknown = c.post("/signin", &[("email", "nobody@example.ma"), ("password", PW)]).await;
    let wrong = c.post("/signin", &[("email", "known@example.ma"), ("password", "wrong password!")]).await;
    assert!(unknown.body.contains("Wrong e-mail address or password."));
    assert!(wrong.body.contains("Wrong e-mail address or password."));
    assert!(wrong.body.contains("value=\"known@example.ma\""));
    for _ in 0..4 {
        c.post("/signin", &[("email", "known@example.ma"), ("password", "wrong password!")]).await;
    }
    // Locked now, even with the right password; an unknown address locks the same way.
    let locked = c.post("/signin", &[("email", "known@example.ma"), ("password", PW)]).await;
    assert_eq!(locked.status, StatusCode::OK);
    assert!(locked.body.contains("Too many attempts"), "{}", locked.body);
    for _ in 0..5 {
        c.post("/signin", &[("email", "nobody@example.ma"), ("password", "x")]).await;
    }
    assert!(
        c.post("/signin", &[("email", "nobody@example.ma"), ("password", "x")])
            .await
            .body
            .contains("Too many attempts")
    );
    // After the window, the right password works again.
    app.clock.advance_seconds(16 * 60);
    let ok = c.post("/signin", &[("email", "known@example.ma"), ("password", PW)]).await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    app.teardown().await;
}

/// Forty sign-in attempts on one address at the same moment, the right password the thirtieth:
/// each attempt is counted before its password is checked, so only five are checked and none
/// signs in.
async fn the_lock_out_holds_under_parallel_attempts(backend: Backend) {
    let app = TestApp::new(backend).await;
    app.create_user("parallel@example.ma", PW, Role::Citizen, None).await;
    let mut clients = vec![];
    for _ in 0..40 {
        let mut c = app.client();
        c.headers.push(("accept-language".into(), "en".into()));
        c.get("/").await;
        clients.push(c);
    }
    let attempts = clients.iter_mut().enumerate().map(|(i, c)| async move {
        let password = if i == 29 { PW } else { "wrong password!" };
        c.post("/signin", &[("email", "parallel@example.ma"), ("password", password)]).await
    });
    let answers = futures_util::future::join_all(attempts).await;
    assert_eq!(answers.iter().filter(|r| r.status == StatusCode::SEE_OTHER).count(), 0, "nobody signed in");
    let checked = answers.iter().filter(|r| r.body.contains("Wrong e-mail address or password.")).count();
    let limited = answers.iter().filter(|r| r.body.contains("Too many attempts")).count();
    assert_eq!((checked, limited), (5, 35));
    app.teardown().await;
}

async fn unconfirmed_accounts_cannot_sign_in(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut c = app.client();
    c.headers.push(("accept-language".into(), "en".into()));
    c.post("/signup", &[("email", "late@example.ma"), ("password", "a brand new passphrase")]).await;
    let r = c.post("/signin", &[("email", "late@example.ma"), ("password", "a brand new passphrase")]).await;
    assert!(r.body.contains("First confirm your e-mail address"));
    assert!(r.body.contains("action=\"/confirm/resend\""));
    let first = link_path(&app.last_mail_to("late@example.ma").await.text);
    c.post("/confirm/resend", &[("email", "late@example.ma")]).await;
    let second = link_path(&app.last_mail_to("late@example.ma").await.text);
    assert_ne!(first, second);
    assert!(c.post(&first, &[]).await.body.contains("already been used"), "older links are voided");
    assert!(c.post(&second, &[]).await.body.contains("Address confirmed"));
    app.teardown().await;
}

async fn password_reset_links_work_once_and_expire(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut signed_in = app.citizen("forgetful@example.ma").await;
    let mut c = app.client();
    c.headers.push(("accept-language".into(), "en".into()));
    let unknown = c.post("/password/forgot", &[("email", "ghost@example.ma")]).await;
    let known = c.post("/password/forgot", &[("email", "forgetful@example.ma")]).await;
    assert!(
        unknown.body.contains("If an account uses this address")
            && known.body.contains("If an account uses this address")
    );
    assert!(app.mails().await.iter().all(|m| m.to != "ghost@example.ma"));
    let link = link_path(&app.last_mail_to("forgetful@example.ma").await.text);
    let weak = c.post(&link, &[("password", "123456789012")]).await;
    assert!(weak.body.contains("too common"), "{}", weak.body);
    let ok = c.post(&link, &[("password", "a much better passphrase")]).await;
    assert!(ok.body.contains("Password saved"), "{}", ok.body);
    assert_eq!(signed_in.get("/account").await.status, StatusCode::SEE_OTHER, "old sessions ended");
    assert!(c.post(&link, &[("password", "yet another passphrase")]).await.body.contains("already been used"));
    assert_eq!(
        c.post("/signin", &[("email", "forgetful@example.ma"), ("password", "a much better passphrase")]).await.status,
        StatusCode::SEE_OTHER
    );
    // Sign-in brought back the account's language (French); this reader wants English.
    c.get("/lang/en").await;
    // A link older than an hour has expired.
    c.post("/password/forgot", &[("email", "forgetful@example.ma")]).await;
    let late = link_path(&app.last_mail_to("forgetful@example.ma").await.text);
    app.clock.advance_seconds(61 * 60);
    assert!(c.post(&late, &[("password", "too late passphrase")]).await.body.contains("This link has expired"));
    assert!(
        c.post("/password/reset/not-a-token", &[("password", "some passphrase here")])
            .await
            .body
            .contains("Link not valid")
    );
    app.teardown().await;
}

async fn staff_need_a_second_factor(backend: Backend) {
    let app = TestApp::new(backend).await;
    let (mut agent, secret) = app.staff("agent@example.ma", Role::Agent, "commune-imzouren-civil-status").await;
    assert_eq!(agent.get("/staff").await.status, StatusCode::OK);
    agent.post("/signout", &[]).await;
    // Next sign-in asks for a code; until then nothing staff-only opens.
    let mut c = app.client();
    c.headers.push(("accept-language".into(), "en".into()));
    let r = c.post("/signin", &[("email", "agent@example.ma"), ("password", PW)]).await;
    assert_eq!(r.header("location"), "/signin/totp");
    assert_eq!(c.cookie("nafida_lang"), Some("fr"), "the account's language comes back at sign-in");
    c.get("/lang/en").await;
    assert_eq!(c.get("/staff").await.status, StatusCode::SEE_OTHER);
    let wrong = c.post("/signin/totp", &[("code", "000000")]).await;
    assert!(wrong.body.contains("This code is not valid"));
    // The code of the enrolment step was used: replaying it fails.
    let replay = secret.code_at_step(app.clock.now_step());
    assert!(c.post("/signin/totp", &[("code", &replay)]).await.body.contains("This code is not valid"));
    app.clock.advance_seconds(30);
    let fresh = secret.code_at_step(app.clock.now_step());
    assert_eq!(c.post("/signin/totp", &[("code", &fresh)]).await.header("location"), "/staff");
    assert_eq!(c.get("/staff").await.status, StatusCode::OK);
    // A lost phone: a recovery code works once.
    let (mut other, _) = app.staff("agent2@example.ma", Role::Agent, "commune-ajdir-civil-status").await;
    let codes = other.get("/staff").await;
    assert_eq!(codes.status, StatusCode::OK);
    other.post("/signout", &[]).await;
    let id = user_id(&app, "agent2@example.ma").await;
    let code = "abcd-1234";
    accounts::enable_totp(&app.db.db, &id, 0, &[nafida_web::auth::token_hash(code)], 0).await.unwrap();
    let mut d = app.client();
    d.post("/signin", &[("email", "agent2@example.ma"), ("password", PW)]).await;
    assert_eq!(d.post("/signin/totp", &[("code", "ABCD-1234")]).await.header("location"), "/staff");
    d.post("/signout", &[]).await;
    d.post("/signin", &[("email", "agent2@example.ma"), ("password", PW)]).await;
    assert_eq!(d.post("/signin/totp", &[("code", code)]).await.status, StatusCode::OK, "used once only");
    app.teardown().await;
}

async fn forms_without_the_token_are_refused(backend: Backend) {
    let app = TestApp::new(backend).await;
    app.create_user("csrf@example.ma", PW, Role::Citizen, None).await;
    let mut c = app.client();
    c.headers.push(("accept-language".into(), "fr".into()));
    c.get("/signin").await;
    let none = c.post_raw("/signin", &[("email", "csrf@example.ma"), ("password", PW)]).await;
    assert_eq!(none.status, StatusCode::FORBIDDEN);
    assert!(none.body.contains("Le formulaire a expiré"));
    let wrong = c
        .post_raw(
            "/signin",
            &[
                ("csrf_token", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"),
                ("email", "csrf@example.ma"),
                ("password", PW),
            ],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::FORBIDDEN);
    c.headers.push(("sec-fetch-site".into(), "cross-site".into()));
    assert_eq!(
        c.post("/signin", &[("email", "csrf@example.ma"), ("password", PW)]).await.status,
        StatusCode::FORBIDDEN
    );
    app.teardown().await;
}

async fn profile_is_checked_and_the_cnie_never_stored_in_clear(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut c = app.citizen("profile@example.ma").await;
    c.get("/lang/en").await;
    let bad = c
        .post(
            "/account/profile",
            &[
                ("name_ar", "Amina"),
                ("name_latin", "أمينة"),
                ("birth_date", "1985-02-30"),
                ("residence_country", "XX"),
                ("phone", "0470"),
                ("idcs", "12345"),
                ("cnie", "123"),
                ("consular_post", "al-hoceima"),
                ("residence_city", "Bruxelles"),
                ("lang", "en"),
            ],
        )
        .await;
    for msg in [
        "Write this name in Arabic letters.",
        "Write this name in Latin letters.",
        "Enter a real date",
        "Choose a country from the list.",
        "Enter a number with the country code",
        "exactly 10 digits",
        "A CNIE number starts with",
        "Choose a consular post from the list.",
    ] {
        assert!(bad.body.contains(msg), "{msg}");
    }
    assert!(bad.body.contains("value=\"Bruxelles\""), "valid input kept");
    assert!(bad.body.contains("value=\"1985-02-30\""), "invalid input kept for correction");
    assert_eq!(
        profiles::get(&app.db.db, &user_id(&app, "profile@example.ma").await).await.unwrap().residence_city,
        None
    );
    let good = c
        .post(
            "/account/profile",
            &[
                ("name_ar", "أمينة الإدريسي"),
                ("name_latin", "Amina El Idrissi"),
                ("birth_date", "1985-02-28"),
                ("birth_place", "Imzouren"),
                ("sex", "F"),
                ("residence_country", "BE"),
                ("residence_city", "Bruxelles"),
                ("consular_post", "consulate-brussels"),
                ("consular_number", "BXL-2019/4411"),
                ("idcs", "1234567890"),
                ("cnie", "r 654321"),
                ("phone", "0032 470 12 34 56"),
                ("lang", "ar"),
                ("channel_email", "on"),
                ("channel_sms", "on"),
            ],
        )
        .await;
    assert_eq!(good.status, StatusCode::OK);
    assert!(good.body.contains("<html lang=\"ar\" dir=\"rtl\">"), "the chosen language applies at once");
    assert!(good.body.contains("تم حفظ ملفك الشخصي"));
    assert!(good.body.contains("••••321"));
    assert!(!good.body.contains("654321"));
    let stored = profiles::get(&app.db.db, &user_id(&app, "profile@example.ma").await).await.unwrap();
    assert_eq!(stored.phone.as_deref(), Some("+32470123456"));
    assert_eq!(stored.cnie_masked.as_deref(), Some("••••321"));
    let dump = format!("{stored:?}");
    assert!(!dump.contains("654321") && !dump.contains("R654321"), "{dump}");
    let hash = nafida_domain::CnieNumber::parse("R654321").unwrap().keyed_hash(&app.state.settings().secret_key);
    assert_eq!(profiles::find_by_cnie_hash(&app.db.db, &hash).await.unwrap().len(), 1, "searchable by hash");
    // The profile fills in what the procedure says it fills: the person's own details, marked
    // as such; what a page is given wins; nobody else's field gets them (a deceased's IDCS).
    let form = c.get("/catalogue/identity-check/start").await.body;
    for v in [
        "value=\"أمينة الإدريسي\"",
        "value=\"Amina El Idrissi\"",
        "value=\"1985-02-28\"",
        "<option value=\"consulate-brussels\" selected>",
    ] {
        assert!(form.contains(v), "{v}: {form}");
    }
    assert!(form.contains("مأخوذ من ملفك الشخصي"), "{form}");
    let given = c.get("/catalogue/identity-check/start?field_name_latin=Karim+El+Idrissi").await.body;
    assert!(given.contains("value=\"Karim El Idrissi\"") && !given.contains("value=\"Amina El Idrissi\""), "{given}");
    let card = c.get("/catalogue/mre-card/start").await.body;
    assert!(card.contains("<option value=\"BE\" selected>"), "{card}");
    let death = c.get("/catalogue/death-predeclaration/start").await.body;
    assert!(!death.contains("1234567890") && !death.contains("مأخوذ من ملفك الشخصي"), "{death}");
    // The display name follows the profile; the lang choice is remembered.
    let account = accounts::get(&app.db.db, &user_id(&app, "profile@example.ma").await).await.unwrap().unwrap();
    assert_eq!(account.display_name, "Amina El Idrissi");
    assert_eq!(account.preferred_lang, "ar");
    // Saving again without typing the CNIE keeps it.
    let again = c.post("/account/profile", &[("name_latin", "Amina El Idrissi"), ("lang", "ar")]).await;
    assert!(again.body.contains("••••321"));
    app.teardown().await;
}

async fn user_id(app: &TestApp, email: &str) -> String {
    accounts::find_by_email(&app.db.db, &nafida_domain::Email::parse(email).unwrap()).await.unwrap().unwrap().id
}

async fn security_changes_password_email_and_ends_sessions(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut c = app.citizen("secure@example.ma").await;
    c.get("/lang/en").await;
    let mut other_device = app.client();
    assert_eq!(
        other_device.post("/signin", &[("email", "secure@example.ma"), ("password", PW)]).await.status,
        StatusCode::SEE_OTHER
    );
    let wrong = c.post("/account/password", &[("current_password", "nope"), ("new_password", "short")]).await;
    assert!(
        wrong.body.contains("The current password is not correct.") && wrong.body.contains("at least 12 characters")
    );
    let ok = c.post("/account/password", &[("current_password", PW), ("new_password", "a stronger passphrase")]).await;
    assert!(ok.body.contains("Your password is changed"));
    assert_eq!(c.get("/account").await.status, StatusCode::OK, "this session stays");
    assert_eq!(other_device.get("/account").await.status, StatusCode::SEE_OTHER, "the others end");
    let r = c
        .post(
            "/account/email",
            &[("new_email", "new.secure@example.ma"), ("current_password", "a stronger passphrase")],
        )
        .await;
    assert!(r.body.contains("a confirmation link has just been sent"));
    let link = link_path(&app.last_mail_to("new.secure@example.ma").await.text);
    assert!(link.starts_with("/account/email/confirm/"));
    assert!(c.post(&link, &[]).await.body.contains("E-mail address changed"));
    assert!(c.get("/account").await.body.contains("new.secure@example.ma"));
    c.post("/account/sessions/end-all", &[]).await;
    assert_eq!(c.get("/account").await.status, StatusCode::SEE_OTHER);
    assert_eq!(
        c.post("/signin", &[("email", "new.secure@example.ma"), ("password", "a stronger passphrase")]).await.status,
        StatusCode::SEE_OTHER
    );
    app.teardown().await;
}

async fn admins_invite_and_disable_staff_in_their_scope(backend: Backend) {
    let app = TestApp::new(backend).await;
    let (mut admin, _) = app.staff("admin@example.ma", Role::Admin, "al-hoceima").await;
    admin.get("/lang/en").await;
    let form = admin.get("/admin/staff/new").await;
    assert!(form.body.contains("value=\"commune-targuist-civil-status\""));
    assert!(!form.body.contains("value=\"consulate-paris\""), "only administrations in scope");
    let out_of_scope = admin
        .post(
            "/admin/staff/new",
            &[("email", "x@example.ma"), ("name", "X"), ("role", "agent"), ("org", "consulate-paris")],
        )
        .await;
    assert!(out_of_scope.body.contains("Choose an administration from the list."));
    let r = admin
        .post(
            "/admin/staff/new",
            &[
                ("email", "new.agent@example.ma"),
                ("name", "Hamid"),
                ("role", "agent"),
                ("org", "commune-targuist-civil-status"),
            ],
        )
        .await;
    assert_eq!(r.header("location"), "/admin/staff?invited=1");
    let mail = app.last_mail_to("new.agent@example.ma").await;
    let link = link_path(&mail.text);
    let mut invited = app.client();
    assert!(invited.post(&link, &[("password", "my own staff passphrase")]).await.status == StatusCode::OK);
    let signin =
        invited.post("/signin", &[("email", "new.agent@example.ma"), ("password", "my own staff passphrase")]).await;
    assert_eq!(signin.header("location"), "/signin/totp/enrol");
    // Disable: the account can no longer sign in.
    let id = user_id(&app, "new.agent@example.ma").await;
    let list = admin.get("/admin/staff").await;
    assert!(list.body.contains("Hamid"));
    admin.post(&format!("/admin/staff/{id}/disable"), &[]).await;
    let mut again = app.client();
    again.headers.push(("accept-language".into(), "en".into()));
    assert!(
        again
            .post("/signin", &[("email", "new.agent@example.ma"), ("password", "my own staff passphrase")])
            .await
            .body
            .contains("Wrong e-mail address or password.")
    );
    // Re-enabled, the account signs in again (the failed attempt above does not lock it).
    assert_eq!(admin.post(&format!("/admin/staff/{id}/enable"), &[]).await.header("location"), "/admin/staff");
    let back =
        again.post("/signin", &[("email", "new.agent@example.ma"), ("password", "my own staff passphrase")]).await;
    assert_eq!(back.header("location"), "/signin/totp/enrol");
    // Someone outside the admin's scope cannot be touched.
    let outsider = app.create_user("paris@example.ma", PW, Role::Agent, Some("consulate-paris")).await;
    assert_eq!(admin.post(&format!("/admin/staff/{outsider}/disable"), &[]).await.status, StatusCode::NOT_FOUND);
    assert!(!accounts::get(&app.db.db, &outsider).await.unwrap().unwrap().disabled);
    app.teardown().await;
}

async fn demo_mailbox_exists_only_in_demo_mode(backend: Backend) {
    let app = TestApp::new(backend).await;
    assert_eq!(app.get("/demo/mail").await.status, StatusCode::NOT_FOUND);
    app.teardown().await;
    let demo = TestApp::with_settings(backend, WebSettings { demo_mode: true, ..WebSettings::default() }).await;
    let mut c = demo.client();
    c.post("/signup", &[("email", "demo.user@example.ma"), ("password", "a brand new passphrase")]).await;
    let page = c.get("/demo/mail").await;
    assert_eq!(page.status, StatusCode::OK);
    let id = demo.last_mail_to("demo.user@example.ma").await.id;
    let mail = c.get(&format!("/demo/mail/{id}")).await;
    assert!(mail.body.contains("/confirm/"));
    demo.teardown().await;
}

async fn sessions_expire_when_idle(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut c = app.citizen("idle@example.ma").await;
    assert_eq!(c.get("/account").await.status, StatusCode::OK);
    app.clock.advance_seconds(50 * 60);
    assert_eq!(c.get("/account").await.status, StatusCode::OK, "activity keeps it alive");
    app.clock.advance_seconds(61 * 60);
    assert_eq!(c.get("/account").await.status, StatusCode::SEE_OTHER, "idle for over an hour");
    app.teardown().await;
}

async fn inactive_accounts_are_erased_after_two_years(backend: Backend) {
    let app = TestApp::new(backend).await;
    let mut quiet = app.citizen("quiet@example.ma").await;
    quiet.post("/account/apps", &[("name", "phone")]).await;
    let mut busy = app.citizen("busy@example.ma").await;
    // The busy one still has an open request: kept whatever the time.
    busy.post_multipart(
        "/catalogue/birth-extract/start",
        &[
            ("idempotency_key", "key-erase-0001-abcdefg"),
            ("field_office", "commune-imzouren-civil-status"),
            ("field_for_whom", "self"),
            ("field_holder_name_ar", "أمينة"),
            ("field_birth_date", "1990-04-12"),
            ("field_copies", "1"),
            ("field_delivery", "electronic"),
        ],
        &[("doc_applicant-id", "id.pdf", nafida_test_support::PDF)],
    )
    .await;
    assert_eq!(nafida_engine::deadlines::housekeeping(app.state.engine()).await.unwrap().2, 0, "not yet");
    app.clock.advance_seconds(2 * 365 * 86_400 + 86_400);
    assert_eq!(nafida_engine::deadlines::housekeeping(app.state.engine()).await.unwrap().2, 1);
    let gone = nafida_domain::Email::parse("quiet@example.ma").unwrap();
    assert!(!nafida_store::users::exists(&app.db.db, &gone).await.unwrap(), "the address is erased");
    let kept = nafida_domain::Email::parse("busy@example.ma").unwrap();
    assert!(nafida_store::users::exists(&app.db.db, &kept).await.unwrap());
    // The erased account cannot sign in; the address may open a new account.
    let mut c = app.client();
    let r = c.post("/signin", &[("email", "quiet@example.ma"), ("password", "correct horse battery")]).await;
    assert_ne!(r.header("location"), "/account");
    assert_eq!(nafida_engine::deadlines::housekeeping(app.state.engine()).await.unwrap().2, 0, "erased once");
    app.teardown().await;
}
