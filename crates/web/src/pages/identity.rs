//! Identity assurance pages: the person's level and its history, with the code to show at a
//! counter and the way to the electronic identity; the test identity provider's page (demo and
//! tests only); the counter page where an agent of a consular post or of the provincial cell
//! records that they saw the person's identity document. The rules are the engine's
//! (`nafida_engine::identity`).

use askama::Template;
use axum::extract::{Form, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use nafida_engine::Refusal;
use nafida_engine::identity::{self, Seen};
use serde::Deserialize;

use crate::auth::{Citizen, Staff};
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::page::{PageCtx, render};
use crate::state::AppState;

/// One check as the person sees it.
pub struct CheckRow {
    when: String,
    level: String,
    how: String,
    office: Option<String>,
    document: Option<String>,
}

#[derive(Template)]
#[template(path = "identity/account.html")]
struct AccountPage {
    ctx: PageCtx,
    level_key: String,
    checked: bool,
    checks: Vec<CheckRow>,
    code: String,
    eid: bool,
}

/// `GET /account/identity`: the level of the person's identity, who raised it and how, the
/// code to show at a counter, and the electronic identity where offered.
pub async fn show_identity(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
) -> Result<Response, AppError> {
    let engine = state.engine();
    let current = identity::of(engine, &user.account.id).await?;
    let code = ctx.lang.code();
    let mut checks = vec![];
    for c in identity::history(engine, &user.account.id).await? {
        let office = match &c.org_id {
            Some(org) => Some(nafida_engine::orgs::name(engine, org, code).await?),
            None => None,
        };
        checks.push(CheckRow {
            when: ctx.when(c.created_at),
            level: ctx.t(&format!("identity-level-{}", c.level)),
            how: ctx.t(&format!("identity-method-{}", c.method)),
            office,
            document: c.document_kind.as_ref().map(|k| {
                let kind = ctx.t(&format!("identity-document-{k}"));
                match &c.cnie_masked {
                    Some(m) => format!("{kind} {m}"),
                    None => kind,
                }
            }),
        });
    }
    let lang = ctx.lang;
    render(
        &AccountPage {
            level_key: format!("identity-level-{}", current.level.as_str()),
            checked: current.level.checked(),
            checks,
            code: identity::counter_code(engine, &user.account.id),
            eid: identity::provider(engine).is_some(),
            ctx,
        },
        lang,
    )
}

/// `POST /account/identity/eid`: sends the person to the electronic identity provider.
pub async fn start_eid(State(state): State<AppState>, Citizen(user): Citizen) -> Result<Response, AppError> {
    Ok(Redirect::to(&identity::start_eid(state.engine(), &user.account.id)?).into_response())
}

/// What the test provider asserts (what a national provider would return signed).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AssertedForm {
    outcome: String,
    name_ar: String,
    name_latin: String,
    birth_date: String,
    cnie: String,
}

#[derive(Template)]
#[template(path = "identity/test_provider.html")]
struct TestProviderPage {
    ctx: PageCtx,
    request: String,
    errors: FormErrors,
    form: AssertedForm,
}

/// `GET /identity/test/{request}`: the test provider's page.
pub async fn show_test_provider(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Path(request): Path<String>,
) -> Result<Response, AppError> {
    if identity::provider(state.engine()).is_none()
        || !identity::request_valid(state.engine(), &user.account.id, &request)
    {
        return Err(AppError::NotFound);
    }
    let lang = ctx.lang;
    render(&TestProviderPage { ctx, request, errors: FormErrors::default(), form: AssertedForm::default() }, lang)
}

/// `POST /identity/test/{request}`: the test provider asserts the identity (or the person
/// cancels).
pub async fn test_provider_outcome(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
    Path(request): Path<String>,
    Form(form): Form<AssertedForm>,
) -> Result<Response, AppError> {
    if identity::provider(state.engine()).is_none() {
        return Err(AppError::NotFound);
    }
    if form.outcome != "confirm" {
        return Ok(Redirect::to("/account/identity").into_response());
    }
    let seen = Seen {
        document_kind: "cnie".into(),
        cnie: form.cnie.clone(),
        name_ar: form.name_ar.clone(),
        name_latin: form.name_latin.clone(),
        birth_date: form.birth_date.clone(),
    };
    match identity::eid_asserted(state.engine(), &user.account.id, &request, &seen).await? {
        Ok(()) => Ok(Redirect::to("/account/identity").into_response()),
        Err(r) => {
            let errors = FormErrors::from_refusal(&ctx, r);
            let lang = ctx.lang;
            render(&TestProviderPage { ctx, request, errors, form: AssertedForm { cnie: String::new(), ..form } }, lang)
        }
    }
}

/// What the agent types at the counter.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CounterForm {
    email: String,
    code: String,
    document_kind: String,
    cnie: String,
    name_ar: String,
    name_latin: String,
    birth_date: String,
}

impl CounterForm {
    /// Whether a select has this value.
    pub fn is(&self, value: &str) -> bool {
        self.document_kind == value
    }
}

#[derive(Template)]
#[template(path = "identity/counter.html")]
struct CounterPage {
    ctx: PageCtx,
    errors: FormErrors,
    form: CounterForm,
    done: Option<String>,
}

async fn counter_staff(state: &AppState, staff: &Staff) -> Result<(), AppError> {
    if identity::counter_office(state.engine(), &staff.org).await? { Ok(()) } else { Err(AppError::Forbidden) }
}

/// `GET /staff/identity`: the counter page (consular posts and the provincial cell).
pub async fn show_counter(State(state): State<AppState>, ctx: PageCtx, staff: Staff) -> Result<Response, AppError> {
    counter_staff(&state, &staff).await?;
    let lang = ctx.lang;
    render(&CounterPage { ctx, errors: FormErrors::default(), form: CounterForm::default(), done: None }, lang)
}

/// `POST /staff/identity`: the agent records the identity document they saw.
pub async fn check_at_counter(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Form(form): Form<CounterForm>,
) -> Result<Response, AppError> {
    counter_staff(&state, &staff).await?;
    let seen = Seen {
        document_kind: form.document_kind.clone(),
        cnie: form.cnie.clone(),
        name_ar: form.name_ar.clone(),
        name_latin: form.name_latin.clone(),
        birth_date: form.birth_date.clone(),
    };
    let lang = ctx.lang;
    match identity::check_at_counter(state.engine(), &staff.actor(), &form.email, &form.code, &seen).await? {
        Ok(()) => {
            let done = Some(ctx.t1("identity-counter-done", "email", form.email.trim()));
            render(&CounterPage { ctx, errors: FormErrors::default(), form: CounterForm::default(), done }, lang)
        }
        Err(Refusal::Forbidden(_)) => Err(AppError::Forbidden),
        Err(r) => {
            let errors = FormErrors::from_refusal(&ctx, r);
            render(&CounterPage { ctx, errors, form: CounterForm { cnie: String::new(), ..form }, done: None }, lang)
        }
    }
}
