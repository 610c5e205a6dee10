//! The public-holiday table, kept by administrators: the legal deadlines of every case count
//! working days against it. Islamic holidays move with the moon, so each year's dates are
//! confirmed (or corrected) here.

use askama::Template;
use axum::extract::{Form, State};
use axum::response::{IntoResponse, Redirect, Response};
use nafida_domain::calendar::Holiday;
use nafida_domain::{Date, Names};
use nafida_store::catalog as store;
use serde::Deserialize;

use crate::auth::AdminUser;
use crate::error::AppError;
use crate::forms::{FormErrors, domain_error_key};
use crate::page::{PageCtx, render};
use crate::state::AppState;

/// A holiday as listed.
pub struct Row {
    day: String,
    name: String,
    religious: bool,
    provisional: bool,
}

#[derive(Template)]
#[template(path = "admin/holidays.html")]
struct HolidaysPage {
    ctx: PageCtx,
    rows: Vec<Row>,
    unconfirmed: Vec<String>,
    errors: FormErrors,
    form: HolidayForm,
}

/// The form adding (or correcting) a holiday.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct HolidayForm {
    day: String,
    name_ar: String,
    name_fr: String,
    name_en: String,
    religious: Option<String>,
    provisional: Option<String>,
}

async fn page(state: &AppState, ctx: PageCtx, errors: FormErrors, form: HolidayForm) -> Result<Response, AppError> {
    let code = ctx.lang.code();
    let rows = store::holidays(state.db())
        .await?
        .into_iter()
        .map(|h| Row {
            day: h.day.to_string(),
            name: h.name.get(code).to_string(),
            religious: h.religious,
            provisional: h.provisional,
        })
        .collect();
    let unconfirmed = nafida_engine::catalog::unconfirmed_holidays(state.db(), state.clock().now().millis())
        .await?
        .into_iter()
        .map(|h| format!("{} — {}", crate::casework::show_date(&h.day.to_string()), h.name.get(code)))
        .collect();
    let lang = ctx.lang;
    render(&HolidaysPage { ctx, rows, unconfirmed, errors, form }, lang)
}

/// `GET /admin/holidays`
pub async fn list_holidays(
    State(state): State<AppState>,
    ctx: PageCtx,
    _admin: AdminUser,
) -> Result<Response, AppError> {
    page(&state, ctx, FormErrors::default(), HolidayForm::default()).await
}

/// `POST /admin/holidays`: adds a holiday, or corrects the one of that day.
pub async fn save_holiday(
    State(state): State<AppState>,
    ctx: PageCtx,
    _admin: AdminUser,
    Form(form): Form<HolidayForm>,
) -> Result<Response, AppError> {
    let mut errors = FormErrors::default();
    let day = Date::parse(&form.day).map_err(|e| errors.add("day", ctx.t(&domain_error_key(&e)))).ok();
    for (field, value) in [("name_ar", &form.name_ar), ("name_fr", &form.name_fr), ("name_en", &form.name_en)] {
        if value.trim().is_empty() || value.chars().count() > 120 {
            errors.add(field, ctx.t("err-name-required"));
        }
    }
    let (Some(day), true) = (day, errors.is_empty()) else {
        return page(&state, ctx, errors, form).await;
    };
    let holiday = Holiday {
        day,
        name: Names { ar: form.name_ar.trim().into(), fr: form.name_fr.trim().into(), en: form.name_en.trim().into() },
        religious: form.religious.is_some(),
        provisional: form.provisional.is_some(),
    };
    store::save_holiday(state.db(), &holiday, state.clock().now().millis()).await?;
    // The deadlines of running cases follow the corrected table.
    nafida_engine::clock::recompute_due_dates(state.engine()).await?;
    Ok(Redirect::to("/admin/holidays").into_response())
}

/// Removing a holiday.
#[derive(Debug, Deserialize)]
pub struct DeleteForm {
    #[serde(default)]
    day: String,
}

/// `POST /admin/holidays/delete`
pub async fn delete_holiday(
    State(state): State<AppState>,
    _admin: AdminUser,
    Form(form): Form<DeleteForm>,
) -> Result<Response, AppError> {
    let day = Date::parse(&form.day).map_err(|_| AppError::NotFound)?;
    if !store::delete_holiday(state.db(), day).await? {
        return Err(AppError::NotFound);
    }
    nafida_engine::clock::recompute_due_dates(state.engine()).await?;
    Ok(Redirect::to("/admin/holidays").into_response())
}
