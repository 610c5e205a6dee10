//! A person's own account: the overview, the profile, and security (password, e-mail,
//! signing out everywhere).

use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use nafida_domain::profile::{countries, parse_birth_date};
use nafida_domain::{
    Channels, CnieNumber, ConsularNumber, Country, Date, Email, Idcs, NameAr, NameLatin, NewPassword, OrgId, OrgKind,
    Phone, PlaceName, Sex,
};
use nafida_store::accounts::{self, TokenEffect};
use nafida_store::profiles::{self, Profile};
use nafida_store::{orgs, sessions, users};
use serde::Deserialize;

use crate::auth::{Citizen, SignedIn, token_hash};
use crate::error::AppError;
use crate::forms::{FormErrors, domain_error_key};
use crate::i18n::Lang;
use crate::mails::MailKind;
use crate::page::{PageCtx, render};
use crate::pages::auth::{Link, send_link};
use crate::passwords;
use crate::state::AppState;

fn now(state: &AppState) -> i64 {
    state.clock().now().millis()
}

#[derive(Template)]
#[template(path = "account/overview.html")]
struct OverviewPage {
    ctx: PageCtx,
    email: String,
    role_key: String,
    org_name: Option<String>,
    sessions: i64,
    /// A person's requests that wait for them, and how many requests they have.
    tasks: Vec<crate::pages::cases::TaskView>,
    task_count: i64,
    requests: i64,
}

/// `GET /account`
pub async fn show_account(State(state): State<AppState>, ctx: PageCtx, user: SignedIn) -> Result<Response, AppError> {
    let org_name = match &user.account.org_id {
        Some(id) => orgs::get(state.db(), id).await?.map(|o| o.name.get(ctx.lang.code()).to_string()),
        None => None,
    };
    let sessions = sessions::count_for_user(state.db(), &user.account.id, now(&state)).await?;
    // A person's home says first what waits for them.
    let (tasks, requests) = if user.account.role.is_staff() {
        (vec![], 0)
    } else {
        crate::pages::cases::tasks_of(&state, &ctx, &user.account.id).await?
    };
    let lang = ctx.lang;
    render(
        &OverviewPage {
            ctx,
            email: user.account.email.clone(),
            role_key: format!("role-{}", user.account.role.as_str()),
            org_name,
            sessions,
            task_count: i64::try_from(tasks.len()).unwrap_or(0),
            tasks,
            requests,
        },
        lang,
    )
}

/// A choice in a select list.
pub struct Choice {
    /// Submitted value.
    pub value: String,
    /// Shown label.
    pub label: String,
}

#[derive(Template)]
#[template(path = "account/profile.html")]
struct ProfilePage {
    ctx: PageCtx,
    errors: FormErrors,
    saved: bool,
    form: ProfileForm,
    cnie_masked: Option<String>,
    countries: Vec<Choice>,
    posts: Vec<Choice>,
}

/// The profile form, as typed.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ProfileForm {
    name_ar: String,
    name_latin: String,
    birth_date: String,
    birth_place: String,
    sex: String,
    residence_country: String,
    residence_city: String,
    consular_post: String,
    consular_number: String,
    idcs: String,
    cnie: String,
    phone: String,
    lang: String,
    time_zone: String,
    channel_email: Option<String>,
    channel_sms: Option<String>,
}

impl ProfileForm {
    fn from_profile(p: &Profile, lang: &str) -> Self {
        let ch = Channels::from_stored(&p.channels);
        ProfileForm {
            name_ar: p.name_ar.clone().unwrap_or_default(),
            name_latin: p.name_latin.clone().unwrap_or_default(),
            birth_date: p.birth_date.clone().unwrap_or_default(),
            birth_place: p.birth_place.clone().unwrap_or_default(),
            sex: p.sex.clone().unwrap_or_default(),
            residence_country: p.residence_country.clone().unwrap_or_default(),
            residence_city: p.residence_city.clone().unwrap_or_default(),
            consular_post: p.consular_post_id.clone().unwrap_or_default(),
            consular_number: p.consular_number.clone().unwrap_or_default(),
            idcs: p.idcs.clone().unwrap_or_default(),
            cnie: String::new(),
            phone: p.phone.clone().unwrap_or_default(),
            lang: lang.to_string(),
            time_zone: String::new(),
            channel_email: ch.email.then(|| "on".into()),
            channel_sms: ch.sms.then(|| "on".into()),
        }
    }

    /// Whether a select's value is chosen (for templates).
    pub fn is(&self, field: &str, value: &str) -> bool {
        let v = match field {
            "sex" => &self.sex,
            "residence_country" => &self.residence_country,
            "consular_post" => &self.consular_post,
            "lang" => &self.lang,
            _ => return false,
        };
        v == value
    }
}

async fn choices(state: &AppState, lang: Lang) -> Result<(Vec<Choice>, Vec<Choice>), AppError> {
    let code = lang.code();
    let mut countries: Vec<Choice> = countries()
        .iter()
        .map(|c| Choice {
            value: c.code.clone(),
            label: match lang {
                Lang::Ar => c.ar.clone(),
                Lang::Fr => c.fr.clone(),
                Lang::En => c.en.clone(),
            },
        })
        .collect();
    countries.sort_by(|a, b| a.label.cmp(&b.label));
    let posts = orgs::list(state.db())
        .await?
        .into_iter()
        .filter(|o| o.kind == OrgKind::ConsularPost)
        .map(|o| Choice { value: o.id.to_string(), label: o.name.get(code).to_string() })
        .collect();
    Ok((countries, posts))
}

async fn profile_page(
    state: &AppState,
    ctx: PageCtx,
    errors: FormErrors,
    saved: bool,
    form: ProfileForm,
    cnie_masked: Option<String>,
) -> Result<Response, AppError> {
    let (countries, posts) = choices(state, ctx.lang).await?;
    let lang = ctx.lang;
    render(&ProfilePage { ctx, errors, saved, form, cnie_masked, countries, posts }, lang)
}

/// `GET /account/profile`
pub async fn show_profile(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
) -> Result<Response, AppError> {
    let p = profiles::get(state.db(), &user.account.id).await?;
    let mut form = ProfileForm::from_profile(&p, &user.account.preferred_lang);
    form.time_zone = user.account.time_zone.clone().unwrap_or_default();
    profile_page(&state, ctx, FormErrors::default(), false, form, p.cnie_masked).await
}

fn optional<T>(
    raw: &str,
    field: &'static str,
    parse: impl Fn(&str) -> Result<T, nafida_domain::DomainError>,
    errors: &mut FormErrors,
    ctx: &PageCtx,
) -> Option<T> {
    if raw.trim().is_empty() {
        return None;
    }
    parse(raw).map_err(|e| errors.add(field, ctx.t(&domain_error_key(&e)))).ok()
}

/// `POST /account/profile`: every field checked, every error shown at once, nothing saved
/// unless all are valid.
pub async fn update_profile(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Form(form): Form<ProfileForm>,
) -> Result<Response, AppError> {
    let mut e = FormErrors::default();
    let today = Date::legal(now(&state));
    let name_ar = optional(&form.name_ar, "name_ar", NameAr::parse, &mut e, &ctx);
    let name_latin = optional(&form.name_latin, "name_latin", NameLatin::parse, &mut e, &ctx);
    let birth_date = optional(&form.birth_date, "birth_date", |r| parse_birth_date(r, today), &mut e, &ctx);
    let birth_place = optional(&form.birth_place, "birth_place", PlaceName::parse, &mut e, &ctx);
    let sex = optional(&form.sex, "sex", Sex::parse, &mut e, &ctx);
    let country = optional(&form.residence_country, "residence_country", Country::parse, &mut e, &ctx);
    let city = optional(&form.residence_city, "residence_city", PlaceName::parse, &mut e, &ctx);
    let consular_number = optional(&form.consular_number, "consular_number", ConsularNumber::parse, &mut e, &ctx);
    let idcs = optional(&form.idcs, "idcs", Idcs::parse, &mut e, &ctx);
    // A zone chosen by its IANA name (Europe/Brussels…), or none: that of the country.
    let chosen_zone = form.time_zone.trim().to_string();
    if !chosen_zone.is_empty() && !nafida_domain::legal_time::known_zone(&chosen_zone) {
        e.add("time_zone", ctx.t("err-time-zone"));
    }
    let cnie = optional(&form.cnie, "cnie", CnieNumber::parse, &mut e, &ctx);
    let phone = optional(&form.phone, "phone", Phone::parse, &mut e, &ctx);
    let lang = Lang::parse(&form.lang).unwrap_or(ctx.lang);
    let post = if form.consular_post.is_empty() {
        None
    } else {
        match OrgId::parse(&form.consular_post) {
            Ok(id) if orgs::get(state.db(), &id).await?.is_some_and(|o| o.kind == OrgKind::ConsularPost) => Some(id),
            _ => {
                e.add("consular_post", ctx.t("err-consular-post-unknown"));
                None
            }
        }
    };
    let channels = Channels { email: form.channel_email.is_some(), sms: form.channel_sms.is_some() };
    if channels.sms && phone.is_none() && !e.has("phone") {
        e.add("phone", ctx.t("err-phone-needed-for-sms"));
    }
    let previous = profiles::get(state.db(), &user.account.id).await?;
    if !e.is_empty() {
        return profile_page(&state, ctx, e, false, ProfileForm { cnie: String::new(), ..form }, previous.cnie_masked)
            .await;
    }
    let key = state.settings().secret_key.clone();
    let profile = Profile {
        name_ar: name_ar.map(|n| n.as_str().to_string()),
        name_latin: name_latin.map(|n| n.as_str().to_string()),
        birth_date: birth_date.map(|d| d.to_string()),
        birth_place: birth_place.map(|p| p.as_str().to_string()),
        sex: sex.map(|s| s.as_str().to_string()),
        residence_country: country.map(|c| c.code().to_string()),
        residence_city: city.map(|c| c.as_str().to_string()),
        consular_post_id: post.map(|p| p.to_string()),
        consular_number: consular_number.map(|c| c.as_str().to_string()),
        idcs: idcs.map(|i| i.as_str().to_string()),
        // A CNIE number typed now replaces the stored one; an empty field keeps it.
        cnie_masked: cnie.as_ref().map(CnieNumber::masked).or(previous.cnie_masked),
        cnie_hash: cnie.as_ref().map(|c| c.keyed_hash(&key)).or(previous.cnie_hash),
        phone: phone.map(|p| p.as_str().to_string()),
        channels: channels.as_stored(),
    };
    profiles::save(state.db(), &user.account.id, &profile, now(&state)).await?;
    if let Some(name) = profile.name_latin.as_deref().or(profile.name_ar.as_deref()) {
        users::set_display_name(state.db(), &user.account.id, name).await?;
    }
    accounts::set_lang(state.db(), &user.account.id, lang.code()).await?;
    // Times are shown in the zone of the country of residence (Morocco's legal time otherwise).
    let zone = Some(chosen_zone.as_str())
        .filter(|z| !z.is_empty())
        .or_else(|| profile.residence_country.as_deref().and_then(nafida_domain::legal_time::zone_of_country));
    accounts::set_time_zone(state.db(), &user.account.id, zone).await?;
    let mut form = ProfileForm::from_profile(&profile, lang.code());
    form.time_zone = zone.unwrap_or_default().to_string();
    let masked = profile.cnie_masked.clone();
    // The page answers in the language just chosen.
    let mut ctx = ctx;
    ctx.lang = lang;
    let mut response = profile_page(&state, ctx, FormErrors::default(), true, form, masked).await?;
    if let Ok(v) = axum::http::HeaderValue::from_str(&crate::pages::lang::lang_cookie(&state, lang)) {
        response.headers_mut().append(header::SET_COOKIE, v);
    }
    Ok(response)
}

#[derive(Template)]
#[template(path = "account/security.html")]
struct SecurityPage {
    ctx: PageCtx,
    errors: FormErrors,
    notice_key: Option<&'static str>,
    new_email: String,
}

async fn security_page(
    ctx: PageCtx,
    errors: FormErrors,
    notice_key: Option<&'static str>,
    new_email: String,
) -> Result<Response, AppError> {
    let lang = ctx.lang;
    render(&SecurityPage { ctx, errors, notice_key, new_email }, lang)
}

/// `GET /account/security`
pub async fn show_security(ctx: PageCtx, _user: SignedIn) -> Result<Response, AppError> {
    security_page(ctx, FormErrors::default(), None, String::new()).await
}

/// Change of password.
#[derive(Debug, Deserialize)]
pub struct ChangePasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
}

/// `POST /account/password`: other sessions end; this one stays.
pub async fn change_password(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: SignedIn,
    Form(form): Form<ChangePasswordForm>,
) -> Result<Response, AppError> {
    let mut errors = FormErrors::default();
    if !passwords::matches(&user.account.password_hash, &form.current_password).await? {
        errors.add("current_password", ctx.t("err-current-password-wrong"));
    }
    let new = NewPassword::parse(&form.new_password, Some(&user.account.email))
        .map_err(|e| errors.add("new_password", ctx.t(&domain_error_key(&e))))
        .ok();
    let (Some(new), true) = (new, errors.is_empty()) else {
        return security_page(ctx, errors, None, String::new()).await;
    };
    let hash = {
        let p = new.expose().to_string();
        tokio::task::spawn_blocking(move || users::hash_password(&p))
            .await
            .map_err(|e| AppError::Internal(e.to_string()))??
    };
    accounts::set_password(state.db(), &user.account.id, &hash, Some(&user.session), now(&state)).await?;
    security_page(ctx, FormErrors::default(), Some("security-password-changed"), String::new()).await
}

/// Change of e-mail address.
#[derive(Debug, Deserialize)]
pub struct ChangeEmailForm {
    #[serde(default)]
    new_email: String,
    #[serde(default)]
    current_password: String,
}

/// `POST /account/email`: a link goes to the new address; the change happens when it is used.
pub async fn request_email_change(
    State(state): State<AppState>,
    ctx: PageCtx,
    user: SignedIn,
    Form(form): Form<ChangeEmailForm>,
) -> Result<Response, AppError> {
    let mut errors = FormErrors::default();
    let email = Email::parse(&form.new_email).map_err(|e| errors.add("new_email", ctx.t(&domain_error_key(&e)))).ok();
    if !passwords::matches(&user.account.password_hash, &form.current_password).await? {
        errors.add("email_current_password", ctx.t("err-current-password-wrong"));
    }
    let (Some(email), true) = (email, errors.is_empty()) else {
        return security_page(ctx, errors, None, form.new_email).await;
    };
    if accounts::find_by_email(state.db(), &email).await?.is_none() {
        let link = Link {
            kind: MailKind::EmailChange,
            purpose: "email-change",
            path: "/account/email/confirm/",
            ttl_ms: 24 * 3_600_000,
            new_email: Some(&email),
        };
        send_link(&state, &user.account, ctx.lang, link).await?;
    }
    // The same notice whether or not the new address is taken.
    security_page(ctx, FormErrors::default(), Some("security-email-sent"), String::new()).await
}

#[derive(Template)]
#[template(path = "auth/verify.html")]
struct ConfirmEmailPage {
    ctx: PageCtx,
    action: String,
}

/// `GET /account/email/confirm/{token}`
pub async fn show_email_confirm(ctx: PageCtx, Path(token): Path<String>) -> Result<Response, AppError> {
    let lang = ctx.lang;
    render(&ConfirmEmailPage { ctx, action: format!("/account/email/confirm/{token}") }, lang)
}

/// `POST /account/email/confirm/{token}`
pub async fn confirm_email_change(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    let result = accounts::redeem_token(
        state.db(),
        &token_hash(&token),
        &["email-change"],
        TokenEffect::ChangeEmail,
        now(&state),
    )
    .await;
    let result = match result {
        Err(nafida_store::StoreError::Conflict(_)) => nafida_store::accounts::TokenOutcome::Unknown,
        other => other?,
    };
    crate::pages::auth::link_outcome_pub(ctx, result, "email-changed-title", "email-changed-text")
}

/// `POST /account/sessions/end-all`: "sign out everywhere", this device included.
pub async fn end_all_sessions(State(state): State<AppState>, user: SignedIn) -> Result<Response, AppError> {
    sessions::delete_all_for_user(state.db(), &user.account.id).await?;
    nafida_store::personal_tokens::revoke_all(state.db(), &user.account.id, now(&state)).await?;
    Ok(Redirect::to("/signin").into_response())
}
