//! The governor's figures: the province's dashboard for a month, and its monthly report as a
//! sealed PDF, CSV and SVG charts. The figures are the engine's (`nafida_engine::figures`).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use nafida_engine::figures::{self, Month, Report, charts};
use nafida_engine::orgs::OrgNames;
use serde::Deserialize;

use crate::auth::Staff;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::page::{PageCtx, render};
use crate::state::AppState;

/// A month offered in the selector.
pub struct MonthOpt {
    value: String,
    selected: bool,
    /// As the paper writes it: `12/2026`.
    label: String,
}

/// An administration's line.
pub struct OrgRow {
    name: String,
    filed: i64,
    decided: i64,
    on_time: String,
    average_days: String,
    open: i64,
    overdue: i64,
    escalated: i64,
}

#[derive(Template)]
#[template(path = "staff/figures.html")]
struct FiguresPage {
    ctx: PageCtx,
    province: String,
    month: String,
    /// The month as people read it.
    month_label: String,
    months: Vec<MonthOpt>,
    errors: FormErrors,
    key: Vec<(&'static str, String)>,
    orgs: Vec<OrgRow>,
    seasons: Vec<(&'static str, String, String)>,
    summer_months: i64,
    rest_months: i64,
}

/// What the dashboard is asked for.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct FiguresQuery {
    month: String,
}

/// A month (`2026-12`) as the paper writes it: `12/2026`.
fn show_month(m: &str) -> String {
    m.split_once('-').map_or_else(|| m.to_string(), |(y, mm)| format!("{mm}/{y}"))
}

fn percent(v: Option<f64>) -> String {
    v.map_or_else(|| "—".to_string(), |v| format!("{v:.0} %"))
}

/// `GET /staff/figures?month=YYYY-MM`: the province's month (the current one by default);
/// not found for anyone but the province's staff and its cell's supervisors.
pub async fn show_figures(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Query(q): Query<FiguresQuery>,
) -> Result<Response, AppError> {
    let engine = state.engine();
    let actor = staff.actor();
    let offered = figures::offered_months(engine);
    let mut errors = FormErrors::default();
    let mut refused = false;
    let month = match q.month.trim() {
        "" => offered[0],
        raw => match Month::parse(raw).filter(|m| offered.contains(m)) {
            Some(m) => m,
            None => {
                errors.add("month", ctx.t("err-figures-month"));
                refused = true;
                offered[0]
            }
        },
    };
    let r = figures::report(engine, &actor, month).await?;
    let code = ctx.lang.code();
    let names = OrgNames::load(engine, code).await?;
    let orgs = r
        .orgs
        .iter()
        .map(|l| OrgRow {
            name: names.get(&l.org_id),
            filed: l.month.filed,
            decided: l.month.decided,
            on_time: percent(l.month.on_time_percent()),
            average_days: l.month.average_days().map_or_else(|| "—".into(), |d| format!("{d:.1}")),
            open: l.open.open,
            overdue: l.open.overdue,
            escalated: l.open.escalated + l.open.escalated_cell,
        })
        .collect();
    let page = FiguresPage {
        province: names.get(r.province.as_str()),
        month: month.to_string(),
        month_label: show_month(&month.to_string()),
        months: offered
            .iter()
            .map(|m| MonthOpt { value: m.to_string(), label: show_month(&m.to_string()), selected: *m == month })
            .collect(),
        errors,
        key: figures::key_figures(&r),
        orgs,
        seasons: figures::season_figures(&r),
        summer_months: r.summer.months as i64,
        rest_months: r.rest.months as i64,
        ctx,
    };
    let lang = page.ctx.lang;
    let mut response = render(&page, lang)?;
    if refused {
        *response.status_mut() = axum::http::StatusCode::BAD_REQUEST;
    }
    Ok(response)
}

async fn report_of(state: &AppState, staff: &Staff, month: &str) -> Result<Report, AppError> {
    let month = Month::parse(month).ok_or(AppError::NotFound)?;
    Ok(figures::report(state.engine(), &staff.actor(), month).await?)
}

/// `GET /staff/figures/{month}/report.csv`: the month's lines and the series, as CSV.
pub async fn figures_csv(
    State(state): State<AppState>,
    staff: Staff,
    Path(month): Path<String>,
) -> Result<Response, AppError> {
    let r = report_of(&state, &staff, &month).await?;
    let name = format!("nafida-{}-{}.csv", r.province, r.month);
    Ok(crate::views::private_download(charts::csv(&r), "text/csv; charset=utf-8", Some(&name)))
}

/// `GET /staff/figures/{month}/monthly.svg`: filed and decided, month by month.
pub async fn monthly_svg(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(month): Path<String>,
) -> Result<Response, AppError> {
    let r = report_of(&state, &staff, &month).await?;
    let labels = charts::MonthlyLabels {
        title: ctx.t("fig-chart-monthly"),
        desc: ctx.t("fig-chart-monthly-desc"),
        filed: ctx.t("fig-col-filed"),
        decided: ctx.t("fig-col-decided"),
        summer: ctx.t("fig-col-summer"),
        rtl: ctx.lang.dir() == "rtl",
    };
    Ok(crate::views::private_download(charts::monthly_svg(&r, &labels), "image/svg+xml", None))
}

/// `GET /staff/figures/{month}/administrations.svg`: each administration's decisions of the
/// month, within the deadline and late.
pub async fn orgs_svg(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    Path(month): Path<String>,
) -> Result<Response, AppError> {
    let r = report_of(&state, &staff, &month).await?;
    let names = OrgNames::load(state.engine(), ctx.lang.code()).await?;
    let labels = charts::OrgLabels {
        title: ctx.t("fig-chart-orgs"),
        desc: ctx.t("fig-chart-orgs-desc"),
        on_time: ctx.t("fig-col-on-time"),
        late: ctx.t("fig-col-late"),
        names: r.orgs.iter().map(|o| names.get(&o.org_id)).collect(),
        rtl: ctx.lang.dir() == "rtl",
    };
    Ok(crate::views::private_download(charts::orgs_svg(&r, &labels), "image/svg+xml", None))
}

/// `GET /staff/figures/{month}/report.pdf`: the report as it stands now, sealed in the
/// province's name (each download is a new sealed issue, dated).
pub async fn report_pdf(
    State(state): State<AppState>,
    staff: Staff,
    Path(month): Path<String>,
) -> Result<Response, AppError> {
    let r = report_of(&state, &staff, &month).await?;
    let document = figures::seal(state.engine(), &r).await?;
    crate::documents::send_pdf(&state, &document).await
}
