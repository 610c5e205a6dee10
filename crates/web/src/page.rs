//! What every HTML page needs: the language, the translator, the stylesheet URL, the current
//! path (for the language switcher), and the rendering of a template into a response.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderValue, header};
use axum::response::{Html, IntoResponse, Response};

use crate::auth::Actor;
use crate::csrf::CsrfToken;
use crate::error::AppError;
use crate::i18n::{I18n, Lang};
use crate::state::AppState;

/// The cookie that remembers the chosen language.
pub const LANG_COOKIE: &str = "nafida_lang";

/// The page context: language and the helpers templates call.
#[derive(Debug, Clone)]
pub struct PageCtx {
    /// Interface language.
    pub lang: Lang,
    /// The stylesheet's hashed URL.
    pub css_url: String,
    /// Path of the current page, for the language switcher's `next`.
    pub path: String,
    /// The anti-forgery token forms must carry.
    pub csrf: String,
    /// Who is signed in (for the header).
    pub viewer: Option<Viewer>,
    /// The reader's time zone (from their profile); Morocco's legal time when unknown.
    pub zone: Option<String>,
    state: AppState,
}

/// What the page header shows of the signed-in person.
#[derive(Debug, Clone)]
pub struct Viewer {
    /// Name shown.
    pub name: String,
    /// Whether they are staff.
    pub is_staff: bool,
    /// Whether they administer.
    pub is_admin: bool,
}

impl PageCtx {
    /// Translations in the page's language.
    pub fn tr(&self) -> crate::i18n::Tr<'_> {
        crate::i18n::Tr { i18n: self.i18n(), lang: self.lang, zone: self.zone.as_deref() }
    }

    /// Translates a key.
    pub fn t(&self, key: &str) -> String {
        self.tr().t(key)
    }

    /// Translates a key with one named text argument.
    pub fn t1(&self, key: &str, name: &str, value: &str) -> String {
        self.tr().t1(key, name, value)
    }

    /// Translates a key with named text arguments.
    pub fn ta(&self, key: &str, pairs: &[(&str, &str)]) -> String {
        self.tr().ta(key, pairs)
    }

    /// An instant in the reader's time zone, labelled.
    pub fn when(&self, millis: i64) -> String {
        self.tr().when(millis)
    }

    /// Whether someone is signed in.
    pub fn signed_in(&self) -> bool {
        self.viewer.is_some()
    }

    /// Translates a key with a count.
    pub fn tn(&self, key: &str, count: i64) -> String {
        self.tr().tn(key, count)
    }

    /// Translates a key with a count and one named text argument.
    pub fn tn1(&self, key: &str, count: i64, name: &str, value: &str) -> String {
        self.tr().tn1(key, count, name, value)
    }

    /// The translations.
    pub fn i18n(&self) -> &I18n {
        self.state.i18n()
    }

    /// The language switcher's link: back to this very page, its query included (a sign-in
    /// page keeps where it returns to).
    pub fn lang_href(&self, lang: &Lang) -> String {
        format!("/lang/{}?next={}", lang.code(), encode_component(&self.path))
    }

    /// Whether `lang` is the page's language.
    pub fn is_current(&self, lang: &Lang) -> bool {
        *lang == self.lang
    }

    /// The languages of the switcher.
    pub fn languages(&self) -> [Lang; 3] {
        Lang::ALL
    }
}

/// Percent-encodes a URL component.
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The language of a request: the cookie if set, else the signed-in account's preference,
/// else `Accept-Language`, else the default.
pub fn request_lang(parts: &Parts) -> Lang {
    let from_cookie = parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(name, _)| *name == LANG_COOKIE)
        .and_then(|(_, value)| Lang::parse(value));
    from_cookie
        .or_else(|| parts.headers.get(header::ACCEPT_LANGUAGE).and_then(|v| v.to_str().ok()).and_then(Lang::negotiate))
        .unwrap_or(Lang::DEFAULT)
}

impl FromRequestParts<AppState> for PageCtx {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        // The reader's own time zone; staff of a consular post who chose none read times in the
        // post's zone; everyone else in Morocco's legal time.
        let account = parts.extensions.get::<Actor>().and_then(|a| a.account());
        let zone = account.and_then(|a| a.time_zone.clone()).or_else(|| {
            let org = account?.org_id.as_ref()?;
            state.engine().network().post(org.as_str()).map(|p| p.zone.clone())
        });
        let viewer = parts.extensions.get::<Actor>().and_then(|a| a.account()).map(|a| Viewer {
            name: a.display_name.clone(),
            is_staff: a.role.is_staff(),
            is_admin: a.role == nafida_domain::Role::Admin,
        });
        Ok(PageCtx {
            lang: request_lang(parts),
            css_url: state.assets().css.url.clone(),
            path: page_address(&parts.uri),
            csrf: parts.extensions.get::<CsrfToken>().map(|t| t.0.clone()).unwrap_or_default(),
            viewer,
            zone,
            state: state.clone(),
        })
    }
}

impl PageCtx {
    /// A context for work done outside a handler (error pages, the demo's history).
    pub fn detached(state: &AppState, lang: Lang) -> Self {
        PageCtx {
            lang,
            css_url: state.assets().css.url.clone(),
            path: "/".into(),
            csrf: String::new(),
            viewer: None,
            zone: None,
            state: state.clone(),
        }
    }
}

/// Renders a template into an HTML response with the page's language.
pub fn render(template: &impl askama::Template, lang: Lang) -> Result<Response, AppError> {
    let body = template.render().map_err(|e| AppError::Internal(format!("template: {e}")))?;
    let mut response = Html(body).into_response();
    response.headers_mut().insert(header::CONTENT_LANGUAGE, HeaderValue::from_static(lang.code()));
    Ok(response)
}

/// A page's address for the language switcher: its path and query, without the anti-forgery
/// token a form may have carried in it.
fn page_address(uri: &axum::http::Uri) -> String {
    let kept: Vec<&str> =
        uri.query().unwrap_or("").split('&').filter(|p| !p.is_empty() && !p.starts_with("csrf_token=")).collect();
    if kept.is_empty() { uri.path().to_string() } else { format!("{}?{}", uri.path(), kept.join("&")) }
}
