//! Signing up, confirming the address, signing in (with the second factor for staff), signing
//! out, and resetting a forgotten password.
//!
//! Answers never reveal whether an address has an account: sign-up and "forgot password" say
//! the same thing either way (the owner of a taken address gets a mail instead), and sign-in
//! has one message for every wrong pair. Attempts are counted in the database, per address and
//! per client, so the limits hold across nodes.

use std::net::SocketAddr;

use askama::Template;
use axum::extract::{ConnectInfo, Form, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use nafida_domain::{Email, NewPassword, Role, TotpSecret};
use nafida_store::accounts::{self, NewAccount, NewToken, TokenEffect, TokenOutcome};
use nafida_store::{StoreError, mail, ratelimit, sessions, users};
use serde::Deserialize;

use crate::auth::{PendingSecondFactor, SESSION_COOKIE, SignedIn, new_token, token_hash};
use crate::csrf::SetCsrfCookie;
use crate::error::AppError;
use crate::forms::{FormErrors, domain_error_key};
use crate::i18n::Lang;
use crate::mails::{self, MailKind};
use crate::page::{PageCtx, render};
use crate::passwords;
use crate::state::AppState;

const MINUTE: i64 = 60_000;
const HOUR: i64 = 60 * MINUTE;
/// Failed sign-ins per address before it is locked for the rest of a 15-minute window.
pub const FAILURES_SHORT: i64 = 5;
/// Failed sign-ins per address before it is locked for the rest of the day.
pub const FAILURES_DAY: i64 = 20;

/// The client address, for per-client limits (`-` when unknown).
#[derive(Debug, Clone)]
pub struct ClientIp(pub String);

impl axum::extract::FromRequestParts<AppState> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
        let forwarded = parts.headers.get("x-forwarded-for").and_then(|v| v.to_str().ok());
        let ip = crate::proxies::client_ip(peer, forwarded, &state.settings().trusted_proxies);
        Ok(ClientIp(ip.map_or_else(|| "-".into(), |ip| ip.to_string())))
    }
}

fn now(state: &AppState) -> i64 {
    state.clock().now().millis()
}

/// A throwaway hash, so an unknown address costs as much time as a known one.
fn dummy_hash() -> String {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| users::hash_password("not a real account password").unwrap_or_default()).clone()
}

fn session_cookie(state: &AppState, token: &str, max_age_secs: u64) -> String {
    let secure = if state.settings().secure_cookies { "; Secure" } else { "" };
    format!("{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_secs}{secure}")
}

fn with_header(mut response: Response, name: header::HeaderName, value: &str) -> Response {
    if let Ok(v) = HeaderValue::from_str(value) {
        response.headers_mut().append(name, v);
    }
    response
}

/// Only a path on this site may be where sign-in returns.
pub fn safe_next(next: Option<&str>) -> Option<String> {
    next.and_then(crate::redirect::local_path)
}

// ---------------------------------------------------------------- sign-up

#[derive(Template)]
#[template(path = "auth/signup.html")]
struct SignUpPage {
    ctx: PageCtx,
    errors: FormErrors,
    email: String,
}

/// "Look in your mailbox", with the title and text given.
#[derive(Template)]
#[template(path = "auth/check_mail.html")]
pub struct CheckMailPage {
    pub ctx: PageCtx,
    pub title_key: &'static str,
    pub text_key: &'static str,
}

/// `GET /signup`
pub async fn show_signup(ctx: PageCtx) -> Result<Response, AppError> {
    let lang = ctx.lang;
    render(&SignUpPage { ctx, errors: FormErrors::default(), email: String::new() }, lang)
}

/// The sign-up form.
#[derive(Debug, Deserialize)]
pub struct SignUpForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

/// `POST /signup`
pub async fn create_account(
    State(state): State<AppState>,
    ctx: PageCtx,
    ClientIp(ip): ClientIp,
    Form(form): Form<SignUpForm>,
) -> Result<Response, AppError> {
    let lang = ctx.lang;
    let mut errors = FormErrors::default();
    let email = Email::parse(&form.email).map_err(|e| errors.add("email", ctx.t(&domain_error_key(&e)))).ok();
    let password = NewPassword::parse(&form.password, Some(form.email.trim()))
        .map_err(|e| errors.add("password", ctx.t(&domain_error_key(&e))))
        .ok();
    if errors.is_empty() && ratelimit::hit(state.db(), &format!("signup:ip:{ip}"), HOUR, now(&state)).await? > 20 {
        errors.add("email", ctx.t("err-rate-limited"));
    }
    let (Some(email), Some(password), true) = (email, password, errors.is_empty()) else {
        return render(&SignUpPage { ctx, errors, email: form.email }, lang);
    };
    let hash = passwords::hash(password.expose()).await?;
    let token = new_token()?;
    let verify = mails::render(state.engine(), lang, MailKind::Verify, email.as_str(), &format!("/confirm/{token}"));
    let new = NewAccount {
        email: &email,
        password_hash: &hash,
        role: Role::Citizen,
        org: None,
        display_name: email.as_str(),
        lang: lang.code(),
    };
    let t = NewToken {
        token_hash: &token_hash(&token),
        purpose: "verify",
        new_email: None,
        expires_at: now(&state) + 48 * HOUR,
    };
    match accounts::create_with_token(state.db(), &new, &t, &verify.as_new(), now(&state)).await {
        Ok(_) => {}
        Err(StoreError::Conflict(_)) => {
            // Same answer as a new account; the owner of the address is told by mail.
            let already = mails::render(state.engine(), lang, MailKind::AlreadyRegistered, email.as_str(), "/signin");
            mail::enqueue(state.db(), &already.as_new(), now(&state)).await?;
        }
        Err(e) => return Err(e.into()),
    }
    render(&CheckMailPage { ctx, title_key: "signup-done-title", text_key: "signup-done-text" }, lang)
}

// ---------------------------------------------------------------- e-mail verification

#[derive(Template)]
#[template(path = "auth/verify.html")]
struct VerifyPage {
    ctx: PageCtx,
    action: String,
}

#[derive(Template)]
#[template(path = "auth/outcome.html")]
struct OutcomePage {
    ctx: PageCtx,
    title_key: &'static str,
    text_key: &'static str,
    link: &'static str,
    link_key: &'static str,
}

fn outcome(
    ctx: PageCtx,
    title_key: &'static str,
    text_key: &'static str,
    link: &'static str,
    link_key: &'static str,
) -> Result<Response, AppError> {
    let lang = ctx.lang;
    render(&OutcomePage { ctx, title_key, text_key, link, link_key }, lang)
}

/// `GET /confirm/{token}`: a button, so that mail scanners following links use nothing.
pub async fn show_verify(ctx: PageCtx, Path(token): Path<String>) -> Result<Response, AppError> {
    let lang = ctx.lang;
    render(&VerifyPage { ctx, action: format!("/confirm/{token}") }, lang)
}

/// `POST /confirm/{token}`
pub async fn confirm_email(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let result =
        accounts::redeem_token(state.db(), &token_hash(&token), &["verify"], TokenEffect::VerifyEmail, now(&state))
            .await?;
    link_outcome(ctx, result, "verify-done-title", "verify-done-text")
}

/// The page shown after a link from a mail was used (or could not be).
pub fn link_outcome_pub(
    ctx: PageCtx,
    result: TokenOutcome,
    done_title: &'static str,
    done_text: &'static str,
) -> Result<Response, AppError> {
    link_outcome(ctx, result, done_title, done_text)
}

fn link_outcome(
    ctx: PageCtx,
    result: TokenOutcome,
    done_title: &'static str,
    done_text: &'static str,
) -> Result<Response, AppError> {
    match result {
        TokenOutcome::Used { .. } => outcome(ctx, done_title, done_text, "/signin", "nav-signin"),
        TokenOutcome::Expired => outcome(ctx, "link-expired-title", "link-expired-text", "/signin", "nav-signin"),
        TokenOutcome::AlreadyUsed => outcome(ctx, "link-used-title", "link-used-text", "/signin", "nav-signin"),
        TokenOutcome::Unknown => outcome(ctx, "link-unknown-title", "link-unknown-text", "/", "nav-home"),
    }
}

// ---------------------------------------------------------------- sign-in

#[derive(Template)]
#[template(path = "auth/signin.html")]
struct SignInPage {
    ctx: PageCtx,
    errors: FormErrors,
    email: String,
    next: String,
    resend: bool,
}

/// Query of the sign-in page.
#[derive(Debug, Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

/// `GET /signin`
pub async fn show_signin(ctx: PageCtx, Query(q): Query<NextQuery>) -> Result<Response, AppError> {
    let lang = ctx.lang;
    let next = safe_next(q.next.as_deref()).unwrap_or_default();
    render(&SignInPage { ctx, errors: FormErrors::default(), email: String::new(), next, resend: false }, lang)
}

/// The sign-in form.
#[derive(Debug, Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

/// `POST /signin`
pub async fn create_session(
    State(state): State<AppState>,
    ctx: PageCtx,
    ClientIp(ip): ClientIp,
    Form(form): Form<SignInForm>,
) -> Result<Response, AppError> {
    let lang = ctx.lang;
    let t = now(&state);
    let fail = |ctx: PageCtx, message_key: &str, resend: bool| {
        let mut errors = FormErrors::default();
        errors.add("email", ctx.t(message_key));
        render(&SignInPage { errors, email: form.email.clone(), next: form.next.clone(), resend, ctx }, lang)
    };
    let short = crate::auth::address_bucket(&state, "signin:fail", &form.email);
    let day = crate::auth::address_bucket(&state, "signin:fail-day", &form.email);
    // Every attempt on an address is counted before its password is checked, by one atomic
    // increment shared by every node: of forty attempts at once, only the first five are
    // checked, whatever their order. A successful sign-in gives its attempt back.
    if ratelimit::hit(state.db(), &format!("signin:ip:{ip}"), 15 * MINUTE, t).await? > 100 {
        return fail(ctx, "err-rate-limited", false);
    }
    let attempts = ratelimit::hit(state.db(), &short, 15 * MINUTE, t).await?;
    let today = ratelimit::hit(state.db(), &day, 24 * HOUR, t).await?;
    if attempts > FAILURES_SHORT || today > FAILURES_DAY {
        return fail(ctx, "err-rate-limited", false);
    }
    let account = match Email::parse(&form.email) {
        Ok(email) => accounts::find_by_email(state.db(), &email).await?,
        Err(_) => None,
    };
    let hash = account.as_ref().map_or_else(dummy_hash, |a| a.password_hash.clone());
    let password_ok = passwords::matches(&hash, &form.password).await?;
    let Some(account) = account.filter(|a| password_ok && !a.disabled) else {
        return fail(ctx, "err-signin-failed", false);
    };
    ratelimit::give_back(state.db(), &day, 24 * HOUR, t).await?;
    if !account.email_verified {
        return fail(ctx, "err-signin-unverified", true);
    }
    ratelimit::clear(state.db(), &short).await?;
    let stage = match (account.role.is_staff(), account.totp_enabled) {
        (false, _) => "full",
        (true, true) => "totp",
        (true, false) => "enrol",
    };
    let token = new_token()?;
    let absolute = state.settings().session_absolute;
    let expires = t + i64::try_from(absolute.as_millis()).unwrap_or(i64::MAX / 2);
    sessions::create(state.db(), &token_hash(&token), &account.id, stage, t, expires).await?;
    let target = match stage {
        "totp" => "/signin/totp".to_string(),
        "enrol" => "/signin/totp/enrol".to_string(),
        _ => safe_next(Some(&form.next))
            .unwrap_or_else(|| if account.role.is_staff() { "/staff".into() } else { "/account".into() }),
    };
    let mut response = Redirect::to(&target).into_response();
    response = with_header(response, header::SET_COOKIE, &session_cookie(&state, &token, absolute.as_secs()));
    if let Some(l) = Lang::parse(&account.preferred_lang) {
        response = with_header(response, header::SET_COOKIE, &crate::pages::lang::lang_cookie(&state, l));
    }
    // The anti-forgery token of the signed-in session.
    response.extensions_mut().insert(SetCsrfCookie(crate::csrf::bound_to_session(&state, &token)));
    Ok(response)
}

/// A single-use link mailed to an account: what it is for and how long it lives.
pub(crate) struct Link<'a> {
    /// The mail that carries it.
    pub kind: MailKind,
    /// The token's purpose in the store.
    pub purpose: &'static str,
    /// The page the link opens; the token is appended.
    pub path: &'static str,
    /// Lifetime.
    pub ttl_ms: i64,
    /// For an e-mail change, the new address (the mail goes there).
    pub new_email: Option<&'a Email>,
}

/// Creates a link for `account`, voiding older ones of the same purpose, and queues its mail,
/// in one transaction.
pub(crate) async fn send_link(
    state: &AppState,
    account: &accounts::Account,
    lang: Lang,
    link: Link<'_>,
) -> Result<(), AppError> {
    let t = now(state);
    let token = new_token()?;
    let to = link.new_email.map_or(account.email.as_str(), Email::as_str);
    let m = mails::render(state.engine(), lang, link.kind, to, &format!("{}{token}", link.path));
    let nt = NewToken {
        token_hash: &token_hash(&token),
        purpose: link.purpose,
        new_email: link.new_email,
        expires_at: t + link.ttl_ms,
    };
    accounts::add_token(state.db(), &account.id, &nt, &m.as_new(), t).await?;
    Ok(())
}

/// Resending the confirmation link.
#[derive(Debug, Deserialize)]
pub struct ResendForm {
    #[serde(default)]
    email: String,
}

/// `POST /confirm/resend`: the same answer whatever the address.
pub async fn resend_verification(
    State(state): State<AppState>,
    ctx: PageCtx,
    ClientIp(ip): ClientIp,
    Form(form): Form<ResendForm>,
) -> Result<Response, AppError> {
    let lang = ctx.lang;
    let t = now(&state);
    if let Ok(email) = Email::parse(&form.email)
        && ratelimit::hit(state.db(), &format!("mail:ip:{ip}"), HOUR, t).await? <= 20
        && let Some(account) = accounts::find_by_email(state.db(), &email).await?
        && !account.email_verified
    {
        let token = new_token()?;
        let m = mails::render(state.engine(), lang, MailKind::Verify, &account.email, &format!("/confirm/{token}"));
        let nt =
            NewToken { token_hash: &token_hash(&token), purpose: "verify", new_email: None, expires_at: t + 48 * HOUR };
        accounts::add_token(state.db(), &account.id, &nt, &m.as_new(), t).await?;
    }
    render(&CheckMailPage { ctx, title_key: "signup-done-title", text_key: "resend-done-text" }, lang)
}

// ---------------------------------------------------------------- second factor

#[derive(Template)]
#[template(path = "auth/totp.html")]
struct TotpPage {
    ctx: PageCtx,
    errors: FormErrors,
}

/// `GET /signin/totp`
pub async fn show_totp(ctx: PageCtx, pending: PendingSecondFactor) -> Result<Response, AppError> {
    if pending.stage != "totp" {
        return Ok(Redirect::to("/signin/totp/enrol").into_response());
    }
    let lang = ctx.lang;
    render(&TotpPage { ctx, errors: FormErrors::default() }, lang)
}

/// The second-factor form.
#[derive(Debug, Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

/// `POST /signin/totp`: a code from the app, or a recovery code.
pub async fn verify_totp(
    State(state): State<AppState>,
    ctx: PageCtx,
    pending: PendingSecondFactor,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    let lang = ctx.lang;
    let t = now(&state);
    let bucket = format!("totp:{}", pending.account.id);
    let too_many = ratelimit::hit(state.db(), &bucket, 15 * MINUTE, t).await? > 10;
    let secret = pending.account.totp_secret.as_deref().and_then(TotpSecret::from_base32);
    let accepted = !too_many
        && match secret {
            Some(secret) if pending.stage == "totp" => {
                match secret.verify(&form.code, t.div_euclid(1000), pending.account.totp_last_step) {
                    Some(step) => accounts::claim_totp_step(state.db(), &pending.account.id, step).await?,
                    None => {
                        let code = form.code.trim().to_lowercase();
                        code.len() == 9
                            && accounts::use_recovery_code(state.db(), &pending.account.id, &token_hash(&code), t)
                                .await?
                    }
                }
            }
            _ => false,
        };
    if !accepted {
        let mut errors = FormErrors::default();
        errors.add("code", ctx.t(if too_many { "err-rate-limited" } else { "err-totp-wrong" }));
        return render(&TotpPage { ctx, errors }, lang);
    }
    ratelimit::clear(state.db(), &bucket).await?;
    sessions::set_stage(state.db(), &pending.session, "full").await?;
    Ok(Redirect::to("/staff").into_response())
}

#[derive(Template)]
#[template(path = "auth/enrol.html")]
struct EnrolPage {
    ctx: PageCtx,
    errors: FormErrors,
    qr_data_uri: String,
    secret: String,
}

fn new_secret() -> Result<TotpSecret, AppError> {
    let mut bytes = vec![0u8; 20];
    getrandom::fill(&mut bytes).map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(TotpSecret::from_bytes(bytes))
}

fn qr_svg_data_uri(text: &str) -> Result<String, AppError> {
    let code = qrcode::QrCode::new(text.as_bytes()).map_err(|e| AppError::Internal(e.to_string()))?;
    let svg = code.render::<qrcode::render::svg::Color<'_>>().min_dimensions(220, 220).build();
    Ok(format!("data:image/svg+xml;base64,{}", base64::Engine::encode(&base64::engine::general_purpose::STANDARD, svg)))
}

async fn enrol_page(
    state: &AppState,
    ctx: PageCtx,
    pending: &PendingSecondFactor,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let secret = match pending.account.totp_secret.as_deref().and_then(TotpSecret::from_base32) {
        Some(s) => s,
        None => {
            let s = new_secret()?;
            accounts::set_pending_totp(state.db(), &pending.account.id, &s.to_base32()).await?;
            s
        }
    };
    let uri = secret.otpauth_uri("Nafida", &pending.account.email);
    let lang = ctx.lang;
    render(&EnrolPage { ctx, errors, qr_data_uri: qr_svg_data_uri(&uri)?, secret: secret.to_base32() }, lang)
}

/// `GET /signin/totp/enrol`: the QR code to scan, for staff without a second factor yet.
pub async fn show_enrol(
    State(state): State<AppState>,
    ctx: PageCtx,
    pending: PendingSecondFactor,
) -> Result<Response, AppError> {
    if pending.stage != "enrol" {
        return Ok(Redirect::to("/signin/totp").into_response());
    }
    enrol_page(&state, ctx, &pending, FormErrors::default()).await
}

#[derive(Template)]
#[template(path = "auth/recovery_codes.html")]
struct RecoveryCodesPage {
    ctx: PageCtx,
    codes: Vec<String>,
}

/// `POST /signin/totp/enrol`: the first code confirms the app; recovery codes are shown once.
pub async fn complete_enrol(
    State(state): State<AppState>,
    ctx: PageCtx,
    pending: PendingSecondFactor,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    if pending.stage != "enrol" {
        return Err(AppError::Forbidden);
    }
    let t = now(&state);
    let secret = pending.account.totp_secret.as_deref().and_then(TotpSecret::from_base32);
    let step = secret.and_then(|s| s.verify(&form.code, t.div_euclid(1000), None));
    let Some(step) = step else {
        let mut errors = FormErrors::default();
        errors.add("code", ctx.t("err-totp-wrong"));
        return enrol_page(&state, ctx, &pending, errors).await;
    };
    let mut codes = Vec::with_capacity(10);
    for _ in 0..10 {
        let mut b = [0u8; 5];
        getrandom::fill(&mut b).map_err(|e| AppError::Internal(e.to_string()))?;
        let h = hex::encode(b);
        codes.push(format!("{}-{}", &h[..4], &h[4..8]));
    }
    let hashes: Vec<String> = codes.iter().map(|c| token_hash(c)).collect();
    accounts::enable_totp(state.db(), &pending.account.id, step, &hashes, t).await?;
    sessions::set_stage(state.db(), &pending.session, "full").await?;
    let lang = ctx.lang;
    render(&RecoveryCodesPage { ctx, codes }, lang)
}

// ---------------------------------------------------------------- sign-out

/// `POST /signout`
pub async fn delete_session(State(state): State<AppState>, user: SignedIn) -> Result<Response, AppError> {
    sessions::delete(state.db(), &user.session).await?;
    Ok(with_header(Redirect::to("/").into_response(), header::SET_COOKIE, &session_cookie(&state, "", 0)))
}

// ---------------------------------------------------------------- forgotten password

#[derive(Template)]
#[template(path = "auth/forgot.html")]
struct ForgotPage {
    ctx: PageCtx,
    errors: FormErrors,
    email: String,
}

/// `GET /password/forgot`
pub async fn show_forgot(ctx: PageCtx) -> Result<Response, AppError> {
    let lang = ctx.lang;
    render(&ForgotPage { ctx, errors: FormErrors::default(), email: String::new() }, lang)
}

/// `POST /password/forgot`: the same answer whatever the address.
pub async fn request_reset(
    State(state): State<AppState>,
    ctx: PageCtx,
    ClientIp(ip): ClientIp,
    Form(form): Form<ResendForm>,
) -> Result<Response, AppError> {
    let lang = ctx.lang;
    let t = now(&state);
    let email = match Email::parse(&form.email) {
        Ok(e) => e,
        Err(e) => {
            let mut errors = FormErrors::default();
            errors.add("email", ctx.t(&domain_error_key(&e)));
            return render(&ForgotPage { ctx, errors, email: form.email }, lang);
        }
    };
    if ratelimit::hit(state.db(), &format!("mail:ip:{ip}"), HOUR, t).await? <= 20
        && let Some(account) = accounts::find_by_email(state.db(), &email).await?
        && !account.disabled
    {
        let mail_lang = Lang::parse(&account.preferred_lang).unwrap_or(lang);
        let link =
            Link { kind: MailKind::Reset, purpose: "reset", path: "/password/reset/", ttl_ms: HOUR, new_email: None };
        send_link(&state, &account, mail_lang, link).await?;
    }
    render(&CheckMailPage { ctx, title_key: "forgot-done-title", text_key: "forgot-done-text" }, lang)
}

#[derive(Template)]
#[template(path = "auth/reset.html")]
struct ResetPage {
    ctx: PageCtx,
    errors: FormErrors,
    action: String,
}

/// `GET /password/reset/{token}`
pub async fn show_reset(ctx: PageCtx, Path(token): Path<String>) -> Result<Response, AppError> {
    let lang = ctx.lang;
    render(&ResetPage { ctx, errors: FormErrors::default(), action: format!("/password/reset/{token}") }, lang)
}

/// The new-password form.
#[derive(Debug, Deserialize)]
pub struct NewPasswordForm {
    #[serde(default)]
    password: String,
}

/// `POST /password/reset/{token}` (also how invited staff choose their first password).
pub async fn reset_password(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
    Form(form): Form<NewPasswordForm>,
) -> Result<Response, AppError> {
    let lang = ctx.lang;
    let password = match NewPassword::parse(&form.password, None) {
        Ok(p) => p,
        Err(e) => {
            let mut errors = FormErrors::default();
            errors.add("password", ctx.t(&domain_error_key(&e)));
            return render(&ResetPage { ctx, errors, action: format!("/password/reset/{token}") }, lang);
        }
    };
    let hash = passwords::hash(password.expose()).await?;
    let result = accounts::redeem_token(
        state.db(),
        &token_hash(&token),
        &["reset", "invite"],
        TokenEffect::SetPassword(&hash),
        now(&state),
    )
    .await?;
    link_outcome(ctx, result, "reset-done-title", "reset-done-text")
}
