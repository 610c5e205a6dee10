//! Who is making a request, decided once per request by the `load_actor` layer from the
//! session cookie, and what they may do — stated by each handler through the extractors here
//! (`SignedIn`, `Citizen`, `Staff`, `AdminUser`) and the scope checks of [`Staff`]. Every
//! denial is logged with the route and the account id, never with personal data.

use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::Response;
use nafida_domain::{OrgId, Role};
use nafida_store::accounts::{self, Account};
use nafida_store::sessions;
use sha2::{Digest, Sha256};

use crate::error::AppError;
use crate::state::AppState;

/// The session cookie.
pub const SESSION_COOKIE: &str = "nafida_session";

/// The actor of a request.
#[derive(Debug, Clone)]
pub enum Actor {
    /// Nobody signed in.
    Anonymous,
    /// Password accepted; two-factor step (`totp` or `enrol`) still to do.
    Pending {
        /// The account.
        account: Account,
        /// The step.
        stage: String,
        /// The session's token hash.
        session: String,
    },
    /// Fully signed in.
    User {
        /// The account.
        account: Account,
        /// The session's token hash.
        session: String,
    },
}

impl Actor {
    /// The fully signed-in account, if any.
    pub fn account(&self) -> Option<&Account> {
        match self {
            Actor::User { account, .. } => Some(account),
            _ => None,
        }
    }
}

/// A rate-limit bucket for an e-mail address: a keyed hash of it, so the table of windows holds
/// no addresses.
pub fn address_bucket(state: &AppState, purpose: &str, address: &str) -> String {
    use hmac::{Hmac, Mac};
    let address = address.trim().to_lowercase();
    let digest = match Hmac::<Sha256>::new_from_slice(&state.settings().secret_key) {
        Ok(mut mac) => {
            mac.update(b"rate-limit:");
            mac.update(address.as_bytes());
            hex::encode(mac.finalize().into_bytes())
        }
        Err(_) => token_hash(&address),
    };
    format!("{purpose}:{}", digest.get(..32).unwrap_or(&digest))
}

/// SHA-256 hex of a token (what the database keeps of cookies and links).
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// A new random token: 32 bytes, URL-safe.
pub fn new_token() -> Result<String, AppError> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| AppError::Internal(format!("randomness: {e}")))?;
    Ok(base64::Engine::encode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, bytes))
}

/// Reads a cookie from request headers.
pub fn cookie<'a>(parts: &'a Parts, name: &str) -> Option<&'a str> {
    parts
        .headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|c| c.trim().split_once('='))
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v)
}

/// Loads the actor from the session cookie into the request extensions.
pub async fn load_actor(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let (mut parts, body) = request.into_parts();
    let actor = match cookie(&parts, SESSION_COOKIE) {
        Some(token) => resolve(&state, token).await.unwrap_or_else(|e| {
            tracing::error!(error = %e, "loading the session failed");
            Actor::Anonymous
        }),
        None => Actor::Anonymous,
    };
    parts.extensions.insert(actor);
    next.run(Request::from_parts(parts, body)).await
}

async fn resolve(state: &AppState, token: &str) -> Result<Actor, AppError> {
    let now = state.clock().now().millis();
    let idle = i64::try_from(state.settings().session_idle.as_millis()).unwrap_or(i64::MAX);
    let hash = token_hash(token);
    let Some(session) = sessions::find_valid(state.db(), &hash, now, idle).await? else {
        return Ok(Actor::Anonymous);
    };
    let Some(account) = accounts::get(state.db(), &session.user_id).await? else {
        return Ok(Actor::Anonymous);
    };
    if account.disabled {
        return Ok(Actor::Anonymous);
    }
    if now - session.last_seen_at > 60_000 {
        sessions::touch(state.db(), &hash, now).await?;
    }
    Ok(match session.stage.as_str() {
        "full" => Actor::User { account, session: hash },
        stage => Actor::Pending { account, stage: stage.to_string(), session: hash },
    })
}

/// Who is behind a request (set by the `load_actor` layer).
pub fn actor_of(parts: &Parts) -> Actor {
    parts.extensions.get::<Actor>().cloned().unwrap_or(Actor::Anonymous)
}

fn route_of(parts: &Parts) -> String {
    parts.extensions.get::<axum::extract::MatchedPath>().map_or_else(|| "unmatched".into(), |p| p.as_str().to_string())
}

/// Logs a denial (route and account id only) and returns the error to answer with.
pub fn deny(parts: &Parts, account: Option<&Account>, why: &'static str, error: AppError) -> AppError {
    tracing::warn!(route = %route_of(parts), user = account.map(|a| a.id.as_str()).unwrap_or("-"), why, "access denied");
    error
}

/// Any fully signed-in account.
#[derive(Debug, Clone)]
pub struct SignedIn {
    /// The account.
    pub account: Account,
    /// The session's token hash.
    pub session: String,
}

impl SignedIn {
    /// The account as an applicant, for the engine's commands on their own cases.
    pub fn applicant(&self) -> nafida_engine::Actor {
        nafida_engine::Actor::applicant(&self.account.id)
    }
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, AppError> {
        match actor_of(parts) {
            Actor::User { account, session } => Ok(SignedIn { account, session }),
            _ => Err(AppError::Unauthenticated { next: next_of(parts) }),
        }
    }
}

fn next_of(parts: &Parts) -> String {
    parts.uri.path_and_query().map_or_else(|| "/".into(), |p| p.as_str().to_string())
}

/// A signed-in citizen.
#[derive(Debug, Clone)]
pub struct Citizen(pub SignedIn);

impl FromRequestParts<AppState> for Citizen {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let user = SignedIn::from_request_parts(parts, state).await?;
        if user.account.role != Role::Citizen {
            return Err(deny(parts, Some(&user.account), "citizen only", AppError::Forbidden));
        }
        Ok(Citizen(user))
    }
}

/// A signed-in staff member (agent, supervisor or admin) with their administration.
#[derive(Debug, Clone)]
pub struct Staff {
    /// The session and account.
    pub user: SignedIn,
    /// Their administration.
    pub org: OrgId,
}

impl FromRequestParts<AppState> for Staff {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let user = SignedIn::from_request_parts(parts, state).await?;
        match (&user.account.org_id, user.account.role.is_staff()) {
            (Some(org), true) => Ok(Staff { org: org.clone(), user }),
            _ => Err(deny(parts, Some(&user.account), "staff only", AppError::Forbidden)),
        }
    }
}

impl Staff {
    /// The role.
    pub fn role(&self) -> Role {
        self.user.account.role
    }

    /// Whether this staff member may see the administration `target`: their own; for a
    /// supervisor or an admin, also every administration below theirs.
    pub async fn covers(&self, state: &AppState, target: &OrgId) -> Result<bool, AppError> {
        Ok(nafida_engine::actor::covers(state.engine(), &self.org, self.role(), target).await?)
    }

    /// The staff member as the engine's commands know them.
    pub fn actor(&self) -> nafida_engine::Actor {
        nafida_engine::Actor::Staff {
            account_id: self.user.account.id.clone(),
            role: self.role(),
            org: self.org.clone(),
        }
    }
}

/// A signed-in administrator.
#[derive(Debug, Clone)]
pub struct AdminUser(pub Staff);

impl FromRequestParts<AppState> for AdminUser {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, AppError> {
        let staff = Staff::from_request_parts(parts, state).await?;
        if staff.role() != Role::Admin {
            return Err(deny(parts, Some(&staff.user.account), "admin only", AppError::Forbidden));
        }
        Ok(AdminUser(staff))
    }
}

/// An account part-way through two-factor sign-in.
#[derive(Debug, Clone)]
pub struct PendingSecondFactor {
    /// The account.
    pub account: Account,
    /// `totp` or `enrol`.
    pub stage: String,
    /// The session's token hash.
    pub session: String,
}

impl FromRequestParts<AppState> for PendingSecondFactor {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &AppState) -> Result<Self, AppError> {
        match actor_of(parts) {
            Actor::Pending { account, stage, session } => Ok(PendingSecondFactor { account, stage, session }),
            _ => Err(AppError::Unauthenticated { next: "/".into() }),
        }
    }
}

/// Creates a partner system's token for an administration, valid until `expires_at` if given;
/// returns the token, to show once (only its hash is kept).
pub async fn issue_api_token(
    db: &nafida_store::Db,
    org_id: &str,
    name: &str,
    now: i64,
    expires_at: Option<i64>,
) -> Result<String, AppError> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| AppError::Internal(format!("randomness: {e}")))?;
    let token = format!("nfd_{}", hex::encode(bytes));
    nafida_store::api_tokens::create(db, &token_hash(&token), org_id, name, now, expires_at).await?;
    Ok(token)
}
