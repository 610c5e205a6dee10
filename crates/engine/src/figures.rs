//! The governor's figures: for a province, month by month, the requests each of its
//! administrations received and decided, how many were decided past their legal deadline (as
//! the deadline job flagged them, on the working-day calendars), the days they took, the
//! complaints, the open requests overdue or escalated now, the visitors its provincial cell
//! received and how long they waited, and the fast lane's use; the summer months (the return
//! of Moroccans abroad) against the rest of the year, since the service is meant to last all
//! year. Read by the governor's office (staff of the province) and the cell's supervisors.

pub mod charts;

use nafida_domain::legal_time::{self, ZONE};
use nafida_domain::{Date, OrgId, OrgKind, Role};
use nafida_store::figures as store;

use crate::{Actor, Engine, EngineError, Result};

/// The summer months: the return of Moroccans abroad (Marhaba operation, June to September).
pub const SUMMER: [u32; 4] = [6, 7, 8, 9];

/// How many months the series and the season comparison cover (the report's month last).
pub const SERIES: usize = 12;

/// A calendar month (Morocco's legal time).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Month {
    /// Year.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
}

impl Month {
    /// Parses `YYYY-MM` (years 2000 to 2100).
    pub fn parse(raw: &str) -> Option<Month> {
        let (y, m) = raw.trim().split_once('-')?;
        if y.len() != 4 || m.len() != 2 {
            return None;
        }
        let (year, month) = (y.parse::<i32>().ok()?, m.parse::<u32>().ok()?);
        ((2000..=2100).contains(&year) && (1..=12).contains(&month)).then_some(Month { year, month })
    }

    /// The month an instant falls in.
    pub fn of(millis: i64) -> Month {
        let d = Date::legal(millis);
        Month { year: d.year, month: d.month }
    }

    /// The month after.
    pub fn next(self) -> Month {
        if self.month == 12 { Month { year: self.year + 1, month: 1 } } else { Month { month: self.month + 1, ..self } }
    }

    /// The month before.
    pub fn previous(self) -> Month {
        if self.month == 1 { Month { year: self.year - 1, month: 12 } } else { Month { month: self.month - 1, ..self } }
    }

    /// The instant it starts (midnight of its first day, legal time).
    pub fn start(self) -> i64 {
        let first = Date { year: self.year, month: self.month, day: 1 };
        legal_time::local_to_millis(ZONE, first, 0).unwrap_or_else(|| first.days_since_epoch() * 86_400_000)
    }

    /// Whether it is a summer month.
    pub fn is_summer(self) -> bool {
        SUMMER.contains(&self.month)
    }
}

impl std::fmt::Display for Month {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

/// What happened over a period (a month, a season), at one administration or several.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Tally {
    /// Requests filed.
    pub filed: i64,
    /// Requests decided.
    pub decided: i64,
    /// Decided past their legal deadline.
    pub late: i64,
    /// Days from filing to decision, summed.
    pub days: f64,
    /// Complaints filed.
    pub complaints: i64,
    /// Complaints answered.
    pub answered: i64,
    /// Filed in the fast lane.
    pub fast_filed: i64,
    /// Decided in the fast lane.
    pub fast_decided: i64,
    /// The fast lane's days, summed.
    pub fast_days: f64,
    /// Visitors' tickets issued at the reception desk.
    pub tickets: i64,
    /// Visitors served.
    pub served: i64,
    /// Called and absent.
    pub absent: i64,
    /// Card holders' tickets.
    pub priority: i64,
    /// Tickets called.
    pub called: i64,
    /// Minutes from ticket to call, summed.
    pub wait_minutes: f64,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.filed += o.filed;
        self.decided += o.decided;
        self.late += o.late;
        self.days += o.days;
        self.complaints += o.complaints;
        self.answered += o.answered;
        self.fast_filed += o.fast_filed;
        self.fast_decided += o.fast_decided;
        self.fast_days += o.fast_days;
        self.tickets += o.tickets;
        self.served += o.served;
        self.absent += o.absent;
        self.priority += o.priority;
        self.called += o.called;
        self.wait_minutes += o.wait_minutes;
    }

    /// The share of the decided requests decided within their legal deadline, in percent.
    pub fn on_time_percent(&self) -> Option<f64> {
        (self.decided > 0).then(|| 100.0 * (self.decided - self.late) as f64 / self.decided as f64)
    }

    /// The average days to a decision.
    pub fn average_days(&self) -> Option<f64> {
        (self.decided > 0).then(|| self.days / self.decided as f64)
    }

    /// The average days to a decision in the fast lane.
    pub fn fast_average_days(&self) -> Option<f64> {
        (self.fast_decided > 0).then(|| self.fast_days / self.fast_decided as f64)
    }

    /// The average days to a decision outside it.
    pub fn other_average_days(&self) -> Option<f64> {
        let n = self.decided - self.fast_decided;
        (n > 0).then(|| (self.days - self.fast_days) / n as f64)
    }

    /// The fast lane's share of the filed requests, in percent.
    pub fn fast_share(&self) -> Option<f64> {
        (self.filed > 0).then(|| 100.0 * self.fast_filed as f64 / self.filed as f64)
    }

    /// The average wait of a called visitor, in minutes.
    pub fn average_wait(&self) -> Option<f64> {
        (self.called > 0).then(|| self.wait_minutes / self.called as f64)
    }
}

/// The requests open now at an administration (or several).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OpenNow {
    /// Open.
    pub open: i64,
    /// Past their deadline.
    pub overdue: i64,
    /// Reported to the supervisors.
    pub escalated: i64,
    /// Reported to the provincial cell.
    pub escalated_cell: i64,
}

/// One administration's line of the report.
#[derive(Debug, Clone, PartialEq)]
pub struct OrgLine {
    /// The administration.
    pub org_id: String,
    /// Its month.
    pub month: Tally,
    /// Its open requests now.
    pub open: OpenNow,
}

/// A season's months: how many there were in the series, and what they held.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Season {
    /// Months of the season in the series.
    pub months: usize,
    /// Their sum.
    pub sum: Tally,
}

impl Season {
    /// A count's average month, to a tenth.
    fn average(&self, count: i64) -> String {
        format!("{:.1}", count as f64 / self.months.max(1) as f64)
    }
}

/// A province's report for a month.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The province.
    pub province: OrgId,
    /// The month.
    pub month: Month,
    /// When it was drawn up.
    pub as_of: i64,
    /// The month, every administration together (and the reception desks).
    pub total: Tally,
    /// Each administration's month, busiest first.
    pub orgs: Vec<OrgLine>,
    /// Open now, every administration together.
    pub open: OpenNow,
    /// The months ending with this one, oldest first.
    pub series: Vec<(Month, Tally)>,
    /// The summer months of the series.
    pub summer: Season,
    /// Its other months.
    pub rest: Season,
}

/// The province whose figures the actor reads: the province they work at, or the parent of
/// the provincial cell they supervise; not found for anyone else.
pub async fn province_of(engine: &Engine, actor: &Actor) -> Result<OrgId> {
    let Actor::Staff { org, role, .. } = actor else { return Err(EngineError::NotFound) };
    let own = nafida_store::orgs::get(engine.db(), org).await?.ok_or(EngineError::NotFound)?;
    match (own.kind, own.parent) {
        (OrgKind::Province, _) => Ok(org.clone()),
        (OrgKind::MreCell, Some(province)) if matches!(role, Role::Supervisor | Role::Admin) => Ok(province),
        _ => Err(EngineError::NotFound),
    }
}

/// The months a report can be read for: the current one and the [`SERIES`]` - 1` before it,
/// newest first.
pub fn offered_months(engine: &Engine) -> Vec<Month> {
    let mut m = Month::of(engine.now());
    let mut out = vec![];
    for _ in 0..SERIES {
        out.push(m);
        m = m.previous();
    }
    out
}

/// The line of an administration, added if it has none yet.
fn line<'a>(orgs: &'a mut std::collections::BTreeMap<String, OrgLine>, id: &str) -> &'a mut OrgLine {
    orgs.entry(id.to_string()).or_insert_with(|| OrgLine {
        org_id: id.to_string(),
        month: Tally::default(),
        open: OpenNow::default(),
    })
}

/// The report of `month` for the actor's province (a month in the future is not found).
pub async fn report(engine: &Engine, actor: &Actor, month: Month) -> Result<Report> {
    let province = province_of(engine, actor).await?;
    if month > Month::of(engine.now()) {
        return Err(EngineError::NotFound);
    }
    let mut months = vec![month];
    for _ in 1..SERIES {
        let earlier = months[0].previous();
        months.insert(0, earlier);
    }
    let mut bounds: Vec<i64> = months.iter().map(|m| m.start()).collect();
    bounds.push(month.next().start());
    let complaint = crate::contracts::names::COMPLAINT_PROCEDURE;
    let (filed, decided, visitors) = store::months(engine.db(), province.as_str(), &bounds, complaint).await?;
    let last = (SERIES - 1) as i64;
    let mut series: Vec<(Month, Tally)> = months.iter().map(|m| (*m, Tally::default())).collect();
    let mut orgs: std::collections::BTreeMap<String, OrgLine> = std::collections::BTreeMap::new();
    for f in &filed {
        let t = Tally { filed: f.filed, complaints: f.complaints, fast_filed: f.fast, ..Tally::default() };
        series[f.month as usize].1.add(&t);
        if f.month == last {
            line(&mut orgs, &f.org_id).month.add(&t);
        }
    }
    for d in &decided {
        let t = Tally {
            decided: d.decided,
            late: d.late,
            days: d.days,
            answered: d.complaints,
            fast_decided: d.fast,
            fast_days: d.fast_days,
            ..Tally::default()
        };
        series[d.month as usize].1.add(&t);
        if d.month == last {
            line(&mut orgs, &d.org_id).month.add(&t);
        }
    }
    for v in &visitors {
        let t = Tally {
            tickets: v.tickets,
            served: v.served,
            absent: v.absent,
            priority: v.priority,
            called: v.called,
            wait_minutes: v.wait_minutes,
            ..Tally::default()
        };
        series[v.month as usize].1.add(&t);
    }
    let mut open = OpenNow::default();
    for o in store::open(engine.db(), province.as_str()).await? {
        let now =
            OpenNow { open: o.open, overdue: o.overdue, escalated: o.escalated, escalated_cell: o.escalated_cell };
        open.open += now.open;
        open.overdue += now.overdue;
        open.escalated += now.escalated;
        open.escalated_cell += now.escalated_cell;
        line(&mut orgs, &o.org_id).open = now;
    }
    let mut orgs: Vec<OrgLine> = orgs.into_values().collect();
    orgs.sort_by(|a, b| {
        (b.month.filed + b.open.open).cmp(&(a.month.filed + a.open.open)).then(a.org_id.cmp(&b.org_id))
    });
    let (mut summer, mut rest) = (Season::default(), Season::default());
    for (m, t) in &series {
        let season = if m.is_summer() { &mut summer } else { &mut rest };
        season.months += 1;
        season.sum.add(t);
    }
    Ok(Report { province, month, as_of: engine.now(), total: series[SERIES - 1].1, orgs, open, series, summer, rest })
}

/// How many administrations the sealed report lists (the busiest; the others in one line).
pub const REPORT_ORGS: usize = 12;

fn one(v: Option<f64>) -> String {
    v.map_or_else(|| "—".to_string(), |v| format!("{v:.1}"))
}

fn percent(v: Option<f64>) -> String {
    v.map_or_else(|| "—".to_string(), |v| format!("{v:.0} %"))
}

/// The key figures of a month: (label key, value), in the report's order.
pub fn key_figures(r: &Report) -> Vec<(&'static str, String)> {
    let t = &r.total;
    vec![
        ("fig-filed", t.filed.to_string()),
        ("fig-decided", t.decided.to_string()),
        ("fig-on-time", percent(t.on_time_percent())),
        ("fig-average-days", one(t.average_days())),
        ("fig-open", r.open.open.to_string()),
        ("fig-overdue", r.open.overdue.to_string()),
        ("fig-escalated", r.open.escalated.to_string()),
        ("fig-escalated-cell", r.open.escalated_cell.to_string()),
        ("fig-complaints", t.complaints.to_string()),
        ("fig-answered", t.answered.to_string()),
        ("fig-visitors", t.tickets.to_string()),
        ("fig-served", t.served.to_string()),
        ("fig-absent", t.absent.to_string()),
        ("fig-wait", one(t.average_wait())),
        ("fig-fast-share", percent(t.fast_share())),
        ("fig-fast-days", format!("{} / {}", one(t.fast_average_days()), one(t.other_average_days()))),
    ]
}

/// The summer against the rest of the year: (label key, summer, rest), counts as an average
/// month and ratios over the whole season.
pub fn season_figures(r: &Report) -> Vec<(&'static str, String, String)> {
    let (s, o) = (&r.summer, &r.rest);
    vec![
        ("fig-filed", s.average(s.sum.filed), o.average(o.sum.filed)),
        ("fig-decided", s.average(s.sum.decided), o.average(o.sum.decided)),
        ("fig-on-time", percent(s.sum.on_time_percent()), percent(o.sum.on_time_percent())),
        ("fig-average-days", one(s.sum.average_days()), one(o.sum.average_days())),
        ("fig-visitors", s.average(s.sum.tickets), o.average(o.sum.tickets)),
        ("fig-wait", one(s.sum.average_wait()), one(o.sum.average_wait())),
        ("fig-fast-share", percent(s.sum.fast_share()), percent(o.sum.fast_share())),
    ]
}

/// Draws, seals and stores the report as a one-page PDF in Arabic and French, issued in the
/// province's name and checkable at `/verify` like every issued document.
pub async fn seal(engine: &Engine, r: &Report) -> Result<nafida_store::documents::IssuedDocument> {
    use crate::i18n::Lang;
    use fluent_bundle::{FluentArgs, FluentValue};
    let t = |lang: Lang, key: &str| engine.i18n().format(lang, key, None);
    let month = format!("{:02}/{}", r.month.month, r.month.year);
    let with = |lang: Lang, key: &str, name: &str, value: &str| {
        let mut args = FluentArgs::new();
        args.set(name, FluentValue::from(value.to_string()));
        engine.i18n().format(lang, key, Some(&args))
    };
    let province = r.province.as_str();
    let (province_fr, province_ar) =
        (crate::orgs::name(engine, province, "fr").await?, crate::orgs::name(engine, province, "ar").await?);
    let code = crate::documents::new_code()?;
    let verify = crate::documents::verify_url(engine, &code);
    let now = engine.now();
    let today = Date::legal(now);
    let both = |key: &str| (t(Lang::Fr, key), t(Lang::Ar, key));
    let mut tables = vec![];
    tables.push(nafida_docs::report::Table {
        title_fr: t(Lang::Fr, "fig-month"),
        title_ar: t(Lang::Ar, "fig-month"),
        columns: vec![],
        lines: key_figures(r).into_iter().map(|(k, v)| (t(Lang::Fr, k), t(Lang::Ar, k), vec![v])).collect(),
    });
    let mut lines = vec![];
    for l in r.orgs.iter().take(REPORT_ORGS) {
        lines.push((
            crate::orgs::name(engine, &l.org_id, "fr").await?,
            crate::orgs::name(engine, &l.org_id, "ar").await?,
            vec![
                l.month.filed.to_string(),
                l.month.decided.to_string(),
                percent(l.month.on_time_percent()),
                l.open.overdue.to_string(),
            ],
        ));
    }
    if r.orgs.len() > REPORT_ORGS {
        let mut rest = Tally::default();
        let mut overdue = 0;
        for l in &r.orgs[REPORT_ORGS..] {
            rest.add(&l.month);
            overdue += l.open.overdue;
        }
        let (fr, ar) = both("fig-other-orgs");
        lines.push((
            fr,
            ar,
            vec![
                rest.filed.to_string(),
                rest.decided.to_string(),
                percent(rest.on_time_percent()),
                overdue.to_string(),
            ],
        ));
    }
    tables.push(nafida_docs::report::Table {
        title_fr: t(Lang::Fr, "fig-by-org"),
        title_ar: t(Lang::Ar, "fig-by-org"),
        columns: vec![both("fig-col-filed"), both("fig-col-decided"), both("fig-col-on-time"), both("fig-col-overdue")],
        lines,
    });
    tables.push(nafida_docs::report::Table {
        title_fr: t(Lang::Fr, "fig-seasons"),
        title_ar: t(Lang::Ar, "fig-seasons"),
        columns: vec![both("fig-col-summer"), both("fig-col-rest")],
        lines: season_figures(r).into_iter().map(|(k, a, b)| (t(Lang::Fr, k), t(Lang::Ar, k), vec![a, b])).collect(),
    });
    let as_of = crate::dates::show_date(&today.to_string());
    let page = nafida_docs::report::ReportPage {
        header_fr: vec![t(Lang::Fr, "doc-state"), province_fr],
        header_ar: vec![t(Lang::Ar, "doc-state"), province_ar],
        title_fr: with(Lang::Fr, "fig-report-title", "month", &month),
        title_ar: with(Lang::Ar, "fig-report-title", "month", &month),
        tables,
        footer: vec![
            (with(Lang::Fr, "fig-as-of", "date", &as_of), with(Lang::Ar, "fig-as-of", "date", &as_of)),
            (
                format!("{} {}", t(Lang::Fr, "doc-code"), code.display()),
                format!("{} {}", t(Lang::Ar, "doc-code"), code.display()),
            ),
            (format!("{} {}", t(Lang::Fr, "doc-verify-at"), verify), t(Lang::Ar, "doc-verify-at-short")),
        ],
        qr: verify.clone(),
        data: std::collections::BTreeMap::from([
            ("code".to_string(), code.as_str().to_string()),
            ("kind".to_string(), crate::contracts::document::MONTHLY_REPORT.to_string()),
            ("office".to_string(), province.to_string()),
            ("issued_on".to_string(), today.to_string()),
            ("month".to_string(), r.month.to_string()),
            ("filed".to_string(), r.total.filed.to_string()),
            ("decided".to_string(), r.total.decided.to_string()),
            ("decided_late".to_string(), r.total.late.to_string()),
            ("visitors".to_string(), r.total.tickets.to_string()),
        ]),
    };
    let data_json = serde_json::to_string(&page.data).map_err(EngineError::internal)?;
    let rendered = tokio::task::spawn_blocking(move || nafida_docs::report::render_report(&page))
        .await
        .map_err(EngineError::internal)?
        .map_err(EngineError::internal)?;
    let (overlaps, outside, missing) = rendered.faults();
    if overlaps + outside + missing > 0 {
        tracing::error!(overlaps, outside, missing, "a monthly report does not lay out well");
        engine.count_layout_fault();
    }
    let meta = crate::documents::Meta {
        kind: crate::contracts::document::MONTHLY_REPORT,
        case_id: None,
        act_id: None,
        office_id: province,
        expires_at: None,
    };
    let document = crate::documents::seal_and_store(engine, &meta, &code, data_json, rendered.pdf, now).await?;
    let mut tx = engine.db().begin().await?;
    crate::documents::record_in(&mut tx, &document).await?;
    tx.commit().await?;
    Ok(document)
}
