//! Public statistics of complaints (no sign-in, no personal data): per administration and per
//! month, how many were received, answered, answered within the legal delay, the average and
//! 90th-percentile time to answer, and the satisfaction of the people who rated the answer. As
//! a page with charts drawn on the server (SVG, so no script is needed) and as CSV.
//!
//! No figure may describe a single person: a group of fewer than [`MIN_GROUP`] complaints is
//! merged with the other small ones (and hidden if even together they are fewer), a time or a
//! rating is shown only over at least as many answers or ratings; a complaint still inside its
//! answer period is pending, neither on time nor late.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use askama::Template;
use axum::extract::State;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};

use crate::error::AppError;
use crate::page::{PageCtx, render};
use crate::state::AppState;
use nafida_engine::orgs::OrgNames;

/// The fewest complaints (answers, ratings) a published figure may stand on.
pub const MIN_GROUP: usize = 5;

/// Figures of one group (an administration, a month, or all).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures {
    /// Complaints received.
    pub received: usize,
    /// Not answered, still inside their answer period.
    pub pending: usize,
    /// Answered.
    pub answered: usize,
    /// Answered by the due date.
    pub on_time: usize,
    /// Days to answer, of the answered ones.
    pub days: Vec<i64>,
    /// Ratings given (1–5).
    pub stars: Vec<i64>,
}

impl Figures {
    fn add(&mut self, r: &nafida_store::stats::ComplaintFacts, today: &str) {
        self.received += 1;
        if r.answered_at.is_none() && today <= r.due_date.as_str() {
            self.pending += 1;
        }
        if let Some(at) = r.answered_at {
            self.answered += 1;
            let day = nafida_domain::Date::legal(at).to_string();
            if day <= r.due_date {
                self.on_time += 1;
            }
            self.days.push((at - r.filed_at).max(0) / 86_400_000);
        }
        if let Some(s) = r.stars {
            self.stars.push(s);
        }
    }

    fn merge(&mut self, other: &Figures) {
        self.received += other.received;
        self.pending += other.pending;
        self.answered += other.answered;
        self.on_time += other.on_time;
        self.days.extend_from_slice(&other.days);
        self.stars.extend_from_slice(&other.stars);
    }

    /// Whether the group is large enough to be published.
    pub fn publishable(&self) -> bool {
        self.received >= MIN_GROUP
    }

    /// Average days to answer (over enough answers).
    pub fn average_days(&self) -> Option<f64> {
        (self.days.len() >= MIN_GROUP).then(|| self.days.iter().sum::<i64>() as f64 / self.days.len() as f64)
    }

    /// 90th percentile of the days to answer (nearest rank; over enough answers).
    pub fn p90_days(&self) -> Option<i64> {
        if self.days.len() < MIN_GROUP {
            return None;
        }
        let mut d = self.days.clone();
        d.sort_unstable();
        let rank = (d.len() * 9).div_ceil(10);
        rank.checked_sub(1).and_then(|i| d.get(i).copied())
    }

    /// Median of the days (nearest rank; over enough answers).
    pub fn median_days(&self) -> Option<i64> {
        if self.days.len() < MIN_GROUP {
            return None;
        }
        let mut d = self.days.clone();
        d.sort_unstable();
        d.len().div_ceil(2).checked_sub(1).and_then(|i| d.get(i).copied())
    }

    /// Average rating (over enough ratings).
    pub fn satisfaction(&self) -> Option<f64> {
        (self.stars.len() >= MIN_GROUP).then(|| self.stars.iter().sum::<i64>() as f64 / self.stars.len() as f64)
    }

    /// Share answered within the delay, in percent of those whose period is over or that were
    /// answered (pending ones are neither on time nor late).
    pub fn on_time_percent(&self) -> Option<f64> {
        let decided = self.received - self.pending;
        (decided > 0).then(|| self.on_time as f64 * 100.0 / decided as f64)
    }
}

/// Groups as published: those of at least [`MIN_GROUP`] complaints as they are, the others
/// merged into one group under `others` (kept only if it reaches [`MIN_GROUP`] too).
pub fn protect<K: Clone>(groups: Vec<(K, Figures)>, others: K) -> Vec<(K, Figures)> {
    let mut out = vec![];
    let mut small = Figures::default();
    for (k, f) in groups {
        if f.publishable() {
            out.push((k, f));
        } else {
            small.merge(&f);
        }
    }
    if small.publishable() {
        out.push((others, small));
    }
    out
}

/// A row of the tables.
pub struct RowView {
    label: String,
    received: usize,
    pending: usize,
    answered: usize,
    on_time: String,
    average: String,
    p90: String,
    satisfaction: String,
}

fn view(label: String, f: &Figures) -> RowView {
    let dash = || "—".to_string();
    RowView {
        label,
        received: f.received,
        pending: f.pending,
        answered: f.answered,
        on_time: f.on_time_percent().map_or_else(dash, |p| format!("{p:.0} %")),
        average: f.average_days().map_or_else(dash, |d| format!("{d:.1}")),
        p90: f.p90_days().map_or_else(dash, |d| d.to_string()),
        satisfaction: f.satisfaction().map_or_else(dash, |s| format!("{s:.1} / 5 ({})", f.stars.len())),
    }
}

/// How long a node serves the statistics it read before reading them again: a public page
/// anyone may load in a loop costs the database at most one read a minute per node.
const FACTS_FRESH_MS: i64 = 60_000;

/// The facts of every complaint, read at most once a minute.
async fn facts(state: &AppState) -> Result<std::sync::Arc<Vec<nafida_store::stats::ComplaintFacts>>, AppError> {
    let now = state.clock().now().millis();
    if let Some(facts) = state.cached_complaint_facts(now - FACTS_FRESH_MS) {
        return Ok(facts);
    }
    let facts = std::sync::Arc::new(nafida_store::stats::complaint_facts(state.db()).await?);
    state.keep_complaint_facts(now, facts.clone());
    Ok(facts)
}

/// Everything, grouped.
async fn gather(state: &AppState) -> Result<(Figures, BTreeMap<String, Figures>, BTreeMap<String, Figures>), AppError> {
    let facts = facts(state).await?;
    let today = nafida_domain::Date::legal(state.clock().now().millis()).to_string();
    let mut all = Figures::default();
    let mut by_org: BTreeMap<String, Figures> = BTreeMap::new();
    let mut by_month: BTreeMap<String, Figures> = BTreeMap::new();
    for f in facts.iter() {
        all.add(f, &today);
        by_org.entry(f.org_id.clone()).or_default().add(f, &today);
        let d = nafida_domain::Date::legal(f.filed_at);
        by_month.entry(format!("{}-{:02}", d.year, d.month)).or_default().add(f, &today);
    }
    Ok((all, by_org, by_month))
}

/// The twelve months ending with `last` (`YYYY-MM`), oldest first.
fn last_twelve_months(last: nafida_domain::Date) -> Vec<String> {
    let index = i64::from(last.year) * 12 + i64::from(last.month) - 1;
    (index - 11..=index).map(|i| format!("{}-{:02}", i.div_euclid(12), i.rem_euclid(12) + 1)).collect()
}

/// Bars for the last twelve months (empty months included, so the shape of the year shows):
/// received, and answered within the delay, each with its count; a scale line at the largest.
fn chart(
    months: &BTreeMap<String, Figures>,
    today: nafida_domain::Date,
    title: &str,
    received: &str,
    on_time: &str,
) -> String {
    let (w, h, pad, top) = (640.0_f64, 220.0_f64, 30.0_f64, 18.0_f64);
    let keys = last_twelve_months(today);
    let empty = Figures::default();
    let shown: Vec<(&String, &Figures)> = keys.iter().map(|k| (k, months.get(k).unwrap_or(&empty))).collect();
    let max = shown.iter().filter(|(_, f)| f.publishable()).map(|(_, f)| f.received).max().unwrap_or(0).max(1);
    let slot = (w - 2.0 * pad) / shown.len() as f64;
    let base = h - pad;
    let bar = |count: usize| (base - top) * count as f64 / max as f64;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" role=\"img\" aria-labelledby=\"chart-title\" class=\"chart\">\
         <title id=\"chart-title\">{title}</title>\
         <line x1=\"{pad}\" y1=\"{top}\" x2=\"{r}\" y2=\"{top}\" stroke=\"#ccc\" stroke-dasharray=\"3 3\"/>\
         <text x=\"{lx}\" y=\"{ty:.1}\" font-size=\"12\" text-anchor=\"end\">{max}</text>\
         <line x1=\"{pad}\" y1=\"{base}\" x2=\"{r}\" y2=\"{base}\" stroke=\"#555\"/>\
         <text x=\"{lx}\" y=\"{base}\" font-size=\"12\" text-anchor=\"end\">0</text>",
        r = w - pad,
        lx = pad - 4.0,
        ty = top + 3.0,
    );
    for (i, (month, f)) in shown.iter().enumerate() {
        let x = pad + i as f64 * slot + slot * 0.15;
        let bw = slot * 0.35;
        for (j, (count, colour, label)) in
            [(f.received, "#8a8a8a", received), (f.on_time, "#1b6e3a", on_time)].iter().enumerate()
        {
            let bx = x + j as f64 * bw;
            // A month of fewer complaints than a figure may stand on shows no bar.
            let count = if f.publishable() { *count } else { 0 };
            let count = &count;
            let bh = bar(*count);
            let _ = write!(
                svg,
                "<rect x=\"{bx:.1}\" y=\"{:.1}\" width=\"{bw:.1}\" height=\"{bh:.1}\" fill=\"{colour}\"><title>{month} — {label}: {count}</title></rect>",
                base - bh
            );
            if *count > 0 {
                let _ = write!(
                    svg,
                    "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\">{count}</text>",
                    bx + bw / 2.0,
                    base - bh - 3.0
                );
            }
        }
        let _ = write!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\">{}</text>",
            pad + i as f64 * slot + slot / 2.0,
            base + 14.0,
            month.split_once('-').map_or_else(|| month.to_string(), |(y, m)| format!("{m}/{y}"))
        );
    }
    svg.push_str("</svg>");
    svg
}

#[derive(Template)]
#[template(path = "statistics/complaints.html")]
struct StatsPage {
    ctx: PageCtx,
    tables: Vec<(String, Vec<RowView>)>,
    chart: String,
}

/// `GET /statistics/complaints`: the public page.
pub async fn show_complaint_statistics(State(state): State<AppState>, ctx: PageCtx) -> Result<Response, AppError> {
    let (all, by_org, by_month) = gather(&state).await?;
    let names = OrgNames::load(state.engine(), ctx.lang.code()).await?;
    let orgs = protect(by_org.into_iter().map(|(id, f)| (names.get(&id), f)).collect(), ctx.t("stats-other-orgs"));
    let mut orgs: Vec<RowView> = orgs.iter().map(|(label, f)| view(label.clone(), f)).collect();
    orgs.sort_by(|a, b| b.received.cmp(&a.received).then(a.label.cmp(&b.label)));
    let months = protect(by_month.clone().into_iter().collect(), ctx.t("stats-other-months"));
    let months: Vec<RowView> = months.iter().map(|(m, f)| view(m.clone(), f)).collect();
    let all: Vec<RowView> = if all.publishable() { vec![view(ctx.t("stats-all"), &all)] } else { vec![] };
    let today = nafida_domain::Date::legal(state.clock().now().millis());
    let chart = chart(&by_month, today, &ctx.t("stats-chart-title"), &ctx.t("stats-received"), &ctx.t("stats-on-time"));
    let tables = vec![(ctx.t("stats-all"), all), (ctx.t("stats-by-org"), orgs), (ctx.t("stats-by-month"), months)];
    let page = StatsPage { tables, chart, ctx };
    let lang = page.ctx.lang;
    render(&page, lang)
}

/// `GET /statistics/complaints.csv`: the same figures per administration and month.
pub async fn complaint_statistics_csv(State(state): State<AppState>) -> Result<Response, AppError> {
    let facts = facts(&state).await?;
    let today = nafida_domain::Date::legal(state.clock().now().millis()).to_string();
    let mut groups: BTreeMap<(String, String), Figures> = BTreeMap::new();
    for f in facts.iter() {
        let d = nafida_domain::Date::legal(f.filed_at);
        groups.entry((f.org_id.clone(), format!("{}-{:02}", d.year, d.month))).or_default().add(f, &today);
    }
    // Small cells merge into their month's "other administrations", then into one "other" row.
    let mut kept = vec![];
    let mut by_month: BTreeMap<String, Figures> = BTreeMap::new();
    for ((org, month), f) in groups {
        if f.publishable() {
            kept.push(((org, month), f));
        } else {
            by_month.entry(month).or_default().merge(&f);
        }
    }
    let months: Vec<((String, String), Figures)> =
        by_month.into_iter().map(|(m, f)| (("other-administrations".to_string(), m), f)).collect();
    kept.extend(protect(months, ("other-administrations".to_string(), "other-months".to_string())));
    let mut out = String::from(
        "administration,month,received,pending,answered,answered_within_delay,average_days_to_answer,p90_days_to_answer,ratings,average_rating\n",
    );
    let opt = |v: Option<String>| v.unwrap_or_default();
    for ((org, month), f) in &kept {
        let ratings = if f.stars.len() >= MIN_GROUP { f.stars.len().to_string() } else { String::new() };
        let _ = writeln!(
            out,
            "{org},{month},{},{},{},{},{},{},{},{}",
            f.received,
            f.pending,
            f.answered,
            f.on_time,
            opt(f.average_days().map(|d| format!("{d:.1}"))),
            opt(f.p90_days().map(|d| d.to_string())),
            ratings,
            opt(f.satisfaction().map(|s| format!("{s:.2}")))
        );
    }
    let mut response = out.into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    h.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"nafida-complaints.csv\""));
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_and_averages() {
        let f = Figures {
            received: 7,
            pending: 2,
            answered: 5,
            on_time: 4,
            days: vec![10, 2, 30, 5, 1],
            stars: vec![4, 5, 3, 5, 3],
        };
        assert_eq!(f.p90_days(), Some(30));
        assert_eq!(f.average_days(), Some(9.6));
        assert_eq!(f.satisfaction(), Some(4.0));
        assert_eq!(f.on_time_percent(), Some(80.0), "pending ones are not late");
        assert_eq!(Figures::default().p90_days(), None);
        let few = Figures { received: 4, answered: 4, days: vec![1, 2, 3, 4], stars: vec![5], ..Figures::default() };
        assert_eq!(
            (few.average_days(), few.p90_days(), few.satisfaction()),
            (None, None, None),
            "no figure on one person"
        );
        let groups = vec![("a", few.clone()), ("b", f.clone()), ("c", few.clone())];
        let published = protect(groups, "others");
        assert_eq!(published.iter().map(|(k, g)| (*k, g.received)).collect::<Vec<_>>(), [("b", 7), ("others", 8)]);
        assert_eq!(protect(vec![("a", few)], "others"), vec![], "even merged, too few");
        let ten = Figures { days: (1..=10).collect(), ..Figures::default() };
        assert_eq!(ten.p90_days(), Some(9));
    }
}

/// The decided permits of each commune: the days from the complete file to the decision and
/// whether it came within the legal deadline (a [`Figures`] of decided requests only, so the
/// same protection applies).
async fn permit_groups(state: &AppState) -> Result<(Figures, BTreeMap<String, Figures>), AppError> {
    let urbanism: Vec<&str> =
        state.catalog().catalog.procedures.values().filter(|p| p.theme == "urbanism").map(|p| p.id.as_str()).collect();
    let facts = nafida_store::stats::permit_facts(state.db(), &urbanism).await?;
    let orgs = nafida_store::orgs::list(state.db()).await?;
    let commune_of = |id: &str| {
        orgs.iter()
            .find(|o| o.id.as_str() == id)
            .and_then(|o| match (o.kind, &o.parent) {
                (nafida_domain::OrgKind::UrbanismService, Some(parent)) => Some(parent.to_string()),
                _ => None,
            })
            .unwrap_or_else(|| id.to_string())
    };
    let mut all = Figures::default();
    let mut by_commune: BTreeMap<String, Figures> = BTreeMap::new();
    for f in &facts {
        let one = Figures {
            received: 1,
            answered: 1,
            on_time: usize::from(!f.late),
            days: vec![(f.decided_at - f.complete_at).max(0) / 86_400_000],
            ..Figures::default()
        };
        all.merge(&one);
        by_commune.entry(commune_of(&f.org_id)).or_default().merge(&one);
    }
    Ok((all, by_commune))
}

/// A commune's line of the permits' delays.
pub struct DelayRow {
    label: String,
    decided: usize,
    median: String,
    p90: String,
    on_time: String,
}

fn delay_row(label: String, f: &Figures) -> DelayRow {
    let shown = |v: Option<i64>| v.map_or_else(|| "—".to_string(), |d| d.to_string());
    DelayRow {
        label,
        decided: f.answered,
        median: shown(f.median_days()),
        p90: shown(f.p90_days()),
        on_time: f.on_time_percent().map_or_else(|| "—".into(), |p| format!("{p:.0} %")),
    }
}

#[derive(Template)]
#[template(path = "statistics/permits.html")]
struct PermitStatsPage {
    ctx: PageCtx,
    rows: Vec<DelayRow>,
}

/// `GET /statistics/permits`: per commune, the median and 90th-percentile days from the
/// complete file to the decision of urbanism permits and licences, and the share decided
/// within the legal deadline; small communes merged, as for complaints.
pub async fn show_permit_statistics(State(state): State<AppState>, ctx: PageCtx) -> Result<Response, AppError> {
    let (all, by_commune) = permit_groups(&state).await?;
    let names = OrgNames::load(state.engine(), ctx.lang.code()).await?;
    let communes =
        protect(by_commune.into_iter().map(|(id, f)| (names.get(&id), f)).collect(), ctx.t("stats-other-communes"));
    let mut rows: Vec<DelayRow> = communes.iter().map(|(label, f)| delay_row(label.clone(), f)).collect();
    rows.sort_by(|a, b| b.decided.cmp(&a.decided).then(a.label.cmp(&b.label)));
    if all.publishable() {
        rows.insert(0, delay_row(ctx.t("stats-all-communes"), &all));
    }
    let page = PermitStatsPage { rows, ctx };
    let lang = page.ctx.lang;
    render(&page, lang)
}

/// `GET /statistics/permits.csv`: the same, by commune identifier.
pub async fn permit_statistics_csv(State(state): State<AppState>) -> Result<Response, AppError> {
    let (_, by_commune) = permit_groups(&state).await?;
    let mut out = String::from("commune,decided,median_days,p90_days,decided_within_deadline_percent\n");
    let opt = |v: Option<String>| v.unwrap_or_default();
    for (commune, f) in protect(by_commune.into_iter().collect(), "other-communes".to_string()) {
        let _ = writeln!(
            out,
            "{commune},{},{},{},{}",
            f.answered,
            opt(f.median_days().map(|d| d.to_string())),
            opt(f.p90_days().map(|d| d.to_string())),
            opt(f.on_time_percent().map(|p| format!("{p:.1}")))
        );
    }
    let mut response = out.into_response();
    let h = response.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    Ok(response)
}
