//! The administrations' side of cases: the queue of an administration, the case as staff see
//! it (every opening recorded in the case's history, which the person sees), the transitions
//! the workflow allows the staff member's role, requests for documents of the procedure's list
//! only (anything else needs a written reason the person sees), internal notes, and claiming.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::{Form, Path, Query, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use nafida_domain::catalog::{Actor, Procedure, Status, Workflow};
use nafida_domain::{CaseRef, Date, OrgId};
use nafida_store::FileKey;
use nafida_store::cases::{self, CaseRow, Change, EventActor, NewEvent};
use serde::Deserialize;

use crate::auth::{Staff, deny};
use crate::casework;
use crate::error::AppError;
use crate::forms::FormErrors;
use crate::page::{PageCtx, render};
use crate::pages::cases::{FileRow, OrgNames, TimelineRow, case_procedure, file_rows, org_name, timeline};
use crate::state::AppState;

fn now(state: &AppState) -> i64 {
    state.clock().now().millis()
}

/// The new clock values when a case moves to `to`: entering a waiting status stops the clock;
/// leaving it adds the days waited and pushes the due date back.
pub async fn change_for<'a>(
    state: &AppState,
    c: &'a CaseRow,
    p: &Procedure,
    w: &Workflow,
    to: &'a Status,
) -> Result<Change<'a>, AppError> {
    let t = now(state);
    // A request waiting for its payment keeps its clock stopped whatever its status.
    let awaiting = c.flags.split(',').any(|f| f == crate::payments::AWAITING);
    let was_stopped = w.status(&c.status).is_some_and(|s| s.waits_for_applicant) || awaiting;
    let will_stop = to.waits_for_applicant || awaiting;
    let mut stopped = c.stopped_days;
    let mut waiting_since = c.waiting_since;
    let mut due = c.due_date.clone();
    if was_stopped && !will_stop {
        if let Some(since) = c.waiting_since {
            (stopped, due) = restarted_clock(state, c, p, since, t).await?;
        }
        waiting_since = None;
    } else if will_stop && !was_stopped {
        waiting_since = Some(t);
    }
    let decided_at = to.terminal.then_some(t);
    Ok(Change {
        from_status: &c.status,
        to_status: &to.id,
        to_phase: &to.phase,
        waiting_since,
        stopped_days: stopped,
        due_date: due,
        decided_at,
    })
}

/// The clock of a case restarting at `t` after standing still since `since`: the days it has
/// been stopped in all, and the due date pushed back by them.
pub async fn restarted_clock(
    state: &AppState,
    c: &CaseRow,
    p: &Procedure,
    since: i64,
    t: i64,
) -> Result<(i64, String), AppError> {
    let cal = casework::calendar(state).await?;
    let waited = cal.days_between(Date::from_millis(since), Date::from_millis(t), p.deadline.count).max(0);
    let stopped = c.stopped_days + waited;
    let extra = u32::try_from(stopped).unwrap_or(u32::MAX);
    let due = cal.due_date(Date::from_millis(c.filed_at), p.deadline.days, p.deadline.count, extra).to_string();
    Ok((stopped, due))
}

/// Sends a stored attachment of a case.
pub async fn send_attachment(state: &AppState, c: &CaseRow, file_id: &str) -> Result<Response, AppError> {
    let a =
        cases::attachments(state.db(), &c.id).await?.into_iter().find(|a| a.id == file_id).ok_or(AppError::NotFound)?;
    let key = FileKey::parse(&a.file_key).ok_or(AppError::NotFound)?;
    let bytes = state.files().get(&key).await?.ok_or(AppError::NotFound)?;
    let mut response = bytes.into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_str(&a.media_type).unwrap_or(HeaderValue::from_static("application/octet-stream")),
    );
    h.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    Ok(response)
}

/// A case of the queue.
pub struct QueueRow {
    reference: String,
    title: String,
    status: String,
    due: String,
    countdown: String,
    overdue: bool,
    mine: bool,
    assigned: bool,
    /// Flags worth a tag in the list (fast lane, possible duplicate).
    tags: Vec<String>,
}

/// A flag filter link.
pub struct FlagLink {
    href: String,
    label: String,
    current: bool,
}

/// Rows per queue page.
const PAGE: i64 = 50;

#[derive(Template)]
#[template(path = "staff/queue.html")]
struct QueuePage {
    ctx: PageCtx,
    org_name: String,
    rows: Vec<QueueRow>,
    mine_only: bool,
    all: bool,
    org_id: String,
    flags: Vec<FlagLink>,
    statuses: Vec<FlagLink>,
    next_href: Option<String>,
    /// Workflow actions that can be applied to the selected cases at once: `(action, label)`.
    bulk_actions: Vec<(String, String)>,
    /// Colleagues a supervisor may assign the selected cases to: `(id, name)`.
    colleagues: Vec<(String, String)>,
    /// What the last bulk action did.
    notice: Option<String>,
}

/// Queue filters.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct QueueQuery {
    org: String,
    mine: String,
    all: String,
    flag: String,
    status: String,
    after: String,
    done: Option<usize>,
    skipped: Option<usize>,
}

/// The due-date window of the `overdue` and `due-soon` filters, `[from, before)`: overdue is
/// before today; due soon is from today to the end of the second working day.
pub async fn due_window(state: &AppState, flag: Option<&str>) -> Result<Option<(String, String)>, AppError> {
    let today = Date::from_millis(now(state));
    Ok(match flag {
        Some("overdue") => Some((String::new(), today.to_string())),
        Some("due-soon") => {
            let cal = casework::calendar(state).await?;
            let second = cal.due_date(
                today,
                crate::deadlines::DUE_SOON_DAYS as u32,
                nafida_domain::catalog::DayCount::Working,
                0,
            );
            Some((today.to_string(), Date::from_days_since_epoch(second.days_since_epoch() + 1).to_string()))
        }
        _ => None,
    })
}

/// Flags a queue can be filtered on.
pub const FLAGS: &[&str] = &["overdue", "due-soon", "escalated", "fast-lane", "possible-duplicate", "awaiting-payment"];

async fn staff_case(
    state: &AppState,
    staff: &Staff,
    parts: &axum::http::request::Parts,
    reference: &str,
) -> Result<CaseRow, AppError> {
    let r = CaseRef::parse(reference).map_err(|_| AppError::NotFound)?;
    let c = cases::by_reference(state.db(), r.as_str()).await?.ok_or(AppError::NotFound)?;
    let org = OrgId::parse(&c.org_id).map_err(|e| AppError::Internal(e.to_string()))?;
    if !staff.covers(state, &org).await? {
        return Err(deny(parts, Some(&staff.user.account), "case out of scope", AppError::NotFound));
    }
    Ok(c)
}

/// A case of the staff member's scope by reference, else 404 (the denial logged).
pub async fn staff_case_pub(
    state: &AppState,
    staff: &Staff,
    parts: &axum::http::request::Parts,
    reference: &str,
) -> Result<CaseRow, AppError> {
    staff_case(state, staff, parts, reference).await
}

/// The staff page of a case, with errors.
pub async fn staff_case_page_pub(
    state: &AppState,
    ctx: PageCtx,
    staff: &Staff,
    c: &CaseRow,
    errors: FormErrors,
) -> Result<Response, AppError> {
    staff_case_page(state, ctx, staff, c, errors).await
}

/// `GET /staff/queue`: an administration's open cases, the most urgent first.
pub async fn show_queue(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Query(q): Query<QueueQuery>,
) -> Result<Response, AppError> {
    let org =
        if q.org.is_empty() { staff.org.clone() } else { OrgId::parse(&q.org).map_err(|_| AppError::NotFound)? };
    if !staff.covers(&state, &org).await? {
        return Err(deny(&parts, Some(&staff.user.account), "queue out of scope", AppError::NotFound));
    }
    let mine_only = !q.mine.is_empty();
    let flag = FLAGS.iter().find(|f| **f == q.flag).copied();
    let cal = casework::calendar(&state).await?;
    let window = due_window(&state, flag).await?;
    let filter = cases::QueueFilter {
        open_only: q.all.is_empty(),
        assignee: mine_only.then_some(staff.user.account.id.as_str()),
        due_window: window.as_ref().map(|(a, b)| (a.as_str(), b.as_str())),
        flag: flag.filter(|f| !matches!(*f, "overdue" | "due-soon")),
        status: (!q.status.is_empty() && q.status.len() <= 64).then_some(q.status.as_str()),
    };
    // Keyset pagination: `after` is the last row's `due_date/id`.
    let after = q.after.split_once('/');
    let list = cases::queue(state.db(), org.as_str(), filter, after, PAGE + 1).await?;
    let next = (list.len() > PAGE as usize)
        .then(|| list.get(PAGE as usize - 1).map(|c| format!("{}/{}", c.due_date, c.id)))
        .flatten();
    let list: Vec<CaseRow> = list.into_iter().take(PAGE as usize).collect();
    let code = ctx.lang.code();
    let mut rows = vec![];
    let mut bulk_actions: Vec<(String, String)> = vec![];
    for c in list {
        let (p, w) = case_procedure(&state, &c).await?;
        for t in w.allowed(&c.status, Actor::Staff(staff.role())) {
            if bulk_safe(&w, t) && !bulk_actions.iter().any(|(a, _)| *a == t.action) {
                bulk_actions.push((t.action.clone(), t.label.get(code).to_string()));
            }
        }
        let left = casework::clock_left(&cal, now(&state), &c, p.deadline.count);
        let open = matches!(c.phase.as_str(), "received" | "in-progress" | "waiting-for-you");
        rows.push(QueueRow {
            title: p.title.get(code).to_string(),
            status: w.status(&c.status).map(|s| s.label.get(code).to_string()).unwrap_or_default(),
            due: casework::show_date(&c.due_date),
            countdown: if open { casework::countdown(&ctx, &c, left, p.deadline.count) } else { String::new() },
            overdue: open && left < 0,
            mine: c.assignee_id.as_deref() == Some(staff.user.account.id.as_str()),
            assigned: c.assignee_id.is_some(),
            tags: c
                .flags
                .split(',')
                .filter(|f| matches!(*f, "fast-lane" | "possible-duplicate" | "awaiting-payment" | "routing-overdue"))
                .map(|f| ctx.t(&format!("flag-{f}")))
                .collect(),
            reference: c.reference,
        });
    }
    let lang = ctx.lang;
    let org_name = org_name(&state, org.as_str(), code).await?;
    let flags = FLAGS
        .iter()
        .map(|f| FlagLink {
            href: format!("/staff/queue?org={}&flag={f}", org.as_str()),
            label: ctx.t(&format!("flag-{f}")),
            current: flag == Some(*f),
        })
        .collect();
    let next_href = next.map(|n| {
        format!(
            "/staff/queue?org={}&mine={}&all={}&flag={}&status={}&after={}",
            org.as_str(),
            q.mine,
            q.all,
            flag.unwrap_or(""),
            crate::page::encode_component(&q.status),
            crate::page::encode_component(&n)
        )
    });
    let mut statuses: Vec<FlagLink> = vec![];
    for w in state.catalog().catalog.workflows.values() {
        for st in w.statuses.iter().filter(|s| !s.terminal) {
            if !statuses.iter().any(|l| l.href.ends_with(&format!("status={}", st.id))) {
                statuses.push(FlagLink {
                    href: format!("/staff/queue?org={}&status={}", org.as_str(), st.id),
                    label: st.label.get(code).to_string(),
                    current: q.status == st.id,
                });
            }
        }
    }
    let colleagues = if staff.role() == nafida_domain::Role::Agent {
        vec![]
    } else {
        nafida_store::accounts::staff_under(state.db(), &org)
            .await?
            .into_iter()
            .filter(|a| a.org_id.as_ref() == Some(&org) && !a.disabled)
            .map(|a| (a.id, a.display_name))
            .collect()
    };
    let notice = match (q.done, q.skipped) {
        (Some(done), Some(skipped)) => {
            Some(format!("{} {}", ctx.tn("queue-bulk-done", done as i64), ctx.tn("queue-bulk-skipped", skipped as i64)))
        }
        _ => None,
    };
    render(
        &QueuePage {
            bulk_actions,
            colleagues,
            notice,
            ctx,
            org_name,
            rows,
            mine_only,
            all: !q.all.is_empty(),
            org_id: org.to_string(),
            flags,
            statuses,
            next_href,
        },
        lang,
    )
}

/// A transition the staff member may take.
pub struct ActionView {
    action: String,
    label: String,
    needs_motivation: bool,
    request: bool,
}

/// A document of the list, to request.
pub struct DocChoice {
    id: String,
    label: String,
}

#[derive(Template)]
#[template(path = "staff/case.html")]
struct StaffCasePage {
    ctx: PageCtx,
    reference: String,
    title: String,
    org_name: String,
    status: String,
    due: String,
    countdown: String,
    fields: Vec<(String, String)>,
    files: Vec<FileRow>,
    timeline: Vec<TimelineRow>,
    actions: Vec<ActionView>,
    documents: Vec<DocChoice>,
    assigned_to_me: bool,
    errors: FormErrors,
    transfer_targets: Vec<(String, String)>,
    colleagues: Vec<(String, String)>,
    can_assign: bool,
    opinions: Vec<OpinionView>,
    opinion_orgs: Vec<(String, String)>,
    extend_days: i64,
    represented: Option<String>,
    /// Other open cases of the same person with the same form, when flagged.
    twins: Vec<String>,
    fast_lane: bool,
    issued: Vec<crate::pages::cases::DocLink>,
    /// An approved request for a civil-status document that has none yet.
    can_issue: bool,
    /// What is to pay, when the request waits for its payment.
    to_pay: Option<String>,
    /// An approved request to send by post.
    to_post: bool,
    /// Complaints about this request: `(reference, status)`.
    complaints: Vec<(String, String)>,
}

/// An opinion as pages show it.
pub struct OpinionView {
    org_name: String,
    question: String,
    due: String,
    verdict_key: Option<String>,
    answer: Option<String>,
}

/// Why a staff member opens a case; recorded and shown to the person.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct OpenQuery {
    reason: String,
}

const REASONS: &[&str] = &["processing", "supervision", "opinion"];

async fn staff_case_page(
    state: &AppState,
    ctx: PageCtx,
    staff: &Staff,
    c: &CaseRow,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let (p, w) = case_procedure(state, c).await?;
    let code = ctx.lang.code();
    let all_orgs = nafida_store::orgs::list(state.db()).await?;
    let names = OrgNames::from_orgs(&all_orgs, code);
    let values: BTreeMap<String, String> = serde_json::from_str(&c.form_data).unwrap_or_default();
    let mut fields = vec![];
    for f in &p.fields {
        if let Some(v) = values.get(&f.name) {
            let shown = match f.kind.as_str() {
                "choice" => {
                    f.options.iter().find(|o| &o.value == v).map_or(v.clone(), |o| o.label.get(code).to_string())
                }
                "commune" | "consular-post" | "civil-status-office" | "administration" => names.get(v),
                "complaint-topic" => nafida_store::topics::list(state.db())
                    .await?
                    .into_iter()
                    .find(|t| &t.id == v)
                    .map_or(v.clone(), |t| t.name.get(code).to_string()),
                _ => v.clone(),
            };
            fields.push((f.label.get(code).to_string(), shown));
        }
    }
    let cal = casework::calendar(state).await?;
    let left = casework::clock_left(&cal, now(state), c, p.deadline.count);
    let actions = w
        .allowed(&c.status, Actor::Staff(staff.role()))
        .into_iter()
        .map(|t| ActionView {
            action: t.action.clone(),
            label: t.label.get(code).to_string(),
            needs_motivation: t.needs_motivation,
            request: w.status(&t.to).is_some_and(|s| s.waits_for_applicant),
        })
        .collect();
    let page = StaffCasePage {
        reference: c.reference.clone(),
        title: p.title.get(code).to_string(),
        org_name: org_name(state, &c.org_id, code).await?,
        status: w.status(&c.status).map(|s| s.label.get(code).to_string()).unwrap_or_default(),
        due: casework::show_date(&c.due_date),
        countdown: casework::countdown(&ctx, c, left, p.deadline.count),
        fields,
        files: file_rows(state, &ctx, c, &p, &format!("/staff/cases/{}", c.reference)).await?,
        timeline: timeline(state, &ctx, c, &w, true, &names).await?,
        actions,
        documents: p
            .documents
            .iter()
            .map(|d| DocChoice { id: d.id.clone(), label: d.label.get(code).to_string() })
            .collect(),
        assigned_to_me: c.assignee_id.as_deref() == Some(staff.user.account.id.as_str()),
        errors,
        transfer_targets: {
            let mut v: Vec<(String, String)> = all_orgs
                .iter()
                .filter(|o| o.kind == p.responsible && o.id.as_str() != c.org_id)
                .map(|o| (o.id.to_string(), o.name.get(code).to_string()))
                .collect();
            v.sort_by(|a, b| a.1.cmp(&b.1));
            v
        },
        colleagues: match OrgId::parse(&c.org_id) {
            Ok(org) => nafida_store::accounts::staff_under(state.db(), &org)
                .await?
                .into_iter()
                .filter(|a| a.org_id.as_ref() == Some(&org) && !a.disabled)
                .map(|a| (a.id, a.display_name))
                .collect(),
            Err(_) => vec![],
        },
        can_assign: staff.role() != nafida_domain::Role::Agent,
        extend_days: if can_extend(state, c, &p).await? { i64::from(p.deadline.extendable_days) } else { 0 },
        represented: cases::represented_name(state.db(), &c.id).await?,
        twins: if c.flags.split(',').any(|f| f == "possible-duplicate") {
            let represented = cases::represented_name(state.db(), &c.id).await?;
            cases::open_twins(state.db(), &c.applicant_id, &c.procedure_id, &c.form_data, represented.as_deref())
                .await?
                .into_iter()
                .filter(|r| *r != c.reference)
                .collect()
        } else {
            vec![]
        },
        fast_lane: c.flags.split(',').any(|f| f == "fast-lane"),
        issued: crate::pages::cases::doc_links(state, &ctx, c, &format!("/staff/cases/{}", c.reference)).await?,
        to_post: by_post_and_approved(c),
        complaints: crate::pages::cases::complaints_about(state, &ctx, c).await?,
        to_pay: c
            .flags
            .split(',')
            .any(|f| f == crate::payments::AWAITING)
            .then(|| ctx.tn("pay-amount", i64::from(crate::payments::price_of(&p, c).total()))),
        can_issue: c.phase == "approved"
            && crate::civil_docs::issues_civil_document(&p).is_some()
            && crate::civil_docs::issued_for_case(state, c).await?.is_empty(),
        opinions: {
            let mut v = vec![];
            for o in cases::opinions_of(state.db(), &c.id).await? {
                v.push(OpinionView {
                    org_name: names.get(&o.org_id),
                    question: o.question,
                    due: casework::show_date(&o.due_date),
                    verdict_key: o.verdict.map(|v| format!("verdict-{v}")),
                    answer: o.answer,
                });
            }
            v
        },
        opinion_orgs: {
            let mut v: Vec<(String, String)> = all_orgs
                .iter()
                .filter(|o| {
                    o.id.as_str() != c.org_id
                        && !matches!(o.kind, nafida_domain::OrgKind::State | nafida_domain::OrgKind::Ministry)
                })
                .map(|o| (o.id.to_string(), o.name.get(code).to_string()))
                .collect();
            v.sort_by(|a, b| a.1.cmp(&b.1));
            v
        },
        ctx,
    };
    let lang = page.ctx.lang;
    render(&page, lang)
}

fn staff_actor(staff: &Staff) -> EventActor<'_> {
    EventActor { id: Some(&staff.user.account.id), role: staff.role().as_str(), org_id: Some(staff.org.as_str()) }
}

/// `GET /staff/cases/{ref}`: opening a case is recorded, with its reason, in the history the
/// person sees ("who looked at my file").
pub async fn show_staff_case(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(reference): Path<String>,
    Query(q): Query<OpenQuery>,
) -> Result<Response, AppError> {
    let c = staff_case(&state, &staff, &parts, &reference).await?;
    let reason = REASONS.iter().find(|r| **r == q.reason).copied().unwrap_or("processing");
    let event = NewEvent::other(staff_actor(&staff), "viewed", Some(reason), false);
    cases::add_event(state.db(), &c.id, &event, now(&state)).await?;
    staff_case_page(&state, ctx, &staff, &c, FormErrors::default()).await
}

fn parse_action_form(body: &[u8]) -> StaffAction {
    // Repeated `documents` fields: decode pairs by hand.
    let pairs = crate::csrf::form_urlencoded_pairs(body);
    let mut f = StaffAction::default();
    for (k, v) in pairs {
        match k.as_str() {
            "action" => f.action = v,
            "motivation" => f.motivation = v,
            "documents" => f.documents.push(v),
            "other_document" => f.other_document = v,
            "other_reason" => f.other_reason = v,
            _ => {}
        }
    }
    f
}

/// Why a staff action was refused; each is a stable code the HTML page translates
/// (`err-<code>`) and the API returns as is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActionRefusal {
    /// The workflow does not allow this action to this role now.
    NotAllowed,
    /// Problems with what was sent: `(field, code)`.
    Invalid(Vec<(&'static str, &'static str)>),
    /// The case changed meanwhile (another agent acted first).
    Changed,
}

/// What a staff member (or a partner system acting for an administration) asks.
#[derive(Debug, Clone, Default)]
pub struct StaffAction {
    /// Workflow action.
    pub action: String,
    /// Reasons or comment.
    pub motivation: String,
    /// Documents of the procedure's list to request.
    pub documents: Vec<String>,
    /// A document outside the list.
    pub other_document: String,
    /// The written reason for asking outside the list.
    pub other_reason: String,
}

/// Applies a staff action to a case: the workflow must allow it to `role`; a refusal needs
/// reasons; a request names documents of the list (anything else needs a reason). Writes the
/// transition, its event and the mail to the person in one transaction.
pub async fn apply_staff_action(
    state: &AppState,
    c: &CaseRow,
    actor: EventActor<'_>,
    role: nafida_domain::Role,
    form: &StaffAction,
) -> Result<Result<(), ActionRefusal>, AppError> {
    let (p, w) = case_procedure(state, c).await?;
    let Some(t) = w.allowed(&c.status, Actor::Staff(role)).into_iter().find(|t| t.action == form.action) else {
        return Ok(Err(ActionRefusal::NotAllowed));
    };
    let to = w.status(&t.to).ok_or(AppError::Internal("status".into()))?;
    let mut invalid = vec![];
    let motivation = form.motivation.trim();
    if t.needs_motivation && motivation.chars().count() < 10 {
        invalid.push(("motivation", "motivation-required"));
    }
    let mut body_text = motivation.to_string();
    if to.waits_for_applicant {
        let listed: Vec<&str> =
            form.documents.iter().filter(|d| p.documents.iter().any(|x| &x.id == *d)).map(String::as_str).collect();
        let other = form.other_document.trim();
        if listed.is_empty() && other.is_empty() {
            invalid.push(("documents", "request-empty"));
        }
        if !other.is_empty() && form.other_reason.trim().chars().count() < 10 {
            invalid.push(("other_reason", "unlisted-needs-reason"));
        }
        body_text = format!("documents: {}", listed.join(","));
        if !other.is_empty() {
            body_text.push_str(&format!("\nunlisted: {other}\nreason: {}", form.other_reason.trim()));
        }
        if !motivation.is_empty() {
            body_text.push_str(&format!("\n{motivation}"));
        }
    }
    // Approving a request for a civil-status document issues it from the register: the act
    // must be there.
    let civil = if to.phase == "approved" { crate::civil_docs::issues_civil_document(&p) } else { None };
    let act = match civil {
        Some(_) => crate::civil_docs::act_for_case(state, c).await?,
        None => None,
    };
    if civil.is_some() && act.is_none() {
        invalid.push(("act", "act-not-in-register"));
    }
    if to.phase == "approved" && c.flags.split(',').any(|f| f == crate::payments::AWAITING) {
        invalid.push(("payment", "awaiting-payment"));
    }
    // Approving a name correction corrects the register: the act must be found.
    let correction = if p.corrects_name && to.phase == "approved" {
        match crate::civil_docs::name_correction(state, c).await? {
            Ok(found) => Some(found),
            Err(code) => {
                invalid.push(("act", code));
                None
            }
        }
    } else {
        None
    };
    // Approving a transcription enters its act in the register: what it needs must be there.
    let transcribed = match p.registers.filter(|_| to.phase == "approved") {
        Some(kind) => match crate::civil_docs::transcribed_act(state, c, kind).await? {
            Ok(act) => Some(act),
            Err(code) => {
                invalid.push(("act", code));
                None
            }
        },
        None => None,
    };
    if !invalid.is_empty() {
        return Ok(Err(ActionRefusal::Invalid(invalid)));
    }
    let change = change_for(state, c, &p, &w, to).await?;
    let event = NewEvent {
        actor,
        kind: "transition",
        action: Some(&t.action),
        from_status: Some(&c.status),
        to_status: Some(&to.id),
        body: (!body_text.is_empty()).then_some(body_text.as_str()),
        internal: false,
    };
    let update = if to.waits_for_applicant {
        crate::mails::CaseUpdate::Documents
    } else if to.terminal {
        crate::mails::CaseUpdate::Decision
    } else {
        crate::mails::CaseUpdate::Step
    };
    let mail = crate::mails::case_update(state, &c.applicant_id, &c.reference, &p, update).await?;
    if !cases::transition(state.db(), &c.id, &change, &event, &[], &crate::mails::outbox(&mail), now(state)).await? {
        return Ok(Err(ActionRefusal::Changed));
    }
    if let (Some(kind), Some(act)) = (civil, act) {
        issue_civil_document(state, c, &p, kind, &act).await?;
    }
    if let Some((act, new_name)) = correction {
        crate::civil_docs::apply_name_correction(state, c, &act, &new_name).await?;
    }
    if let Some(act) = transcribed {
        let entered = crate::civil_docs::register_transcription(state, c, &act).await?;
        let system = EventActor { id: None, role: "system", org_id: Some(&c.org_id) };
        let event = NewEvent::other(system, "registered", Some(&entered), false);
        cases::add_event(state.db(), &c.id, &event, now(state)).await?;
    }
    Ok(Ok(()))
}

/// Issues the civil-status document of an approved case and writes it in the case's history.
async fn issue_civil_document(
    state: &AppState,
    c: &CaseRow,
    p: &Procedure,
    kind: &str,
    act: &nafida_store::civil::ActRow,
) -> Result<(), AppError> {
    let issued = crate::civil_docs::issue_for_case(state, c, p, kind, act).await?;
    let system = EventActor { id: None, role: "system", org_id: Some(&c.org_id) };
    let event = NewEvent::other(system, "document-issued", Some(&issued.code), false);
    cases::add_event(state.db(), &c.id, &event, now(state)).await?;
    Ok(())
}

/// A posting.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PostedForm {
    tracking: String,
}

/// `POST /staff/cases/{ref}/posted`: the office records that an approved request's document
/// left by registered post, with the tracking number the person then sees.
pub async fn record_posting(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(reference): Path<String>,
    Form(form): Form<PostedForm>,
) -> Result<Response, AppError> {
    let c = staff_case(&state, &staff, &parts, &reference).await?;
    if !by_post_and_approved(&c) {
        return Err(deny(&parts, Some(&staff.user.account), "nothing to post", AppError::Forbidden));
    }
    let tracking = form.tracking.trim().to_ascii_uppercase();
    let ok = (8..=30).contains(&tracking.len()) && tracking.chars().all(|ch| ch.is_ascii_alphanumeric());
    if !ok {
        let mut errors = FormErrors::default();
        errors.add_keyed("tracking", "err-tracking-number", ctx.t("err-tracking-number"));
        return staff_case_page(&state, ctx, &staff, &c, errors).await;
    }
    let event = NewEvent::other(staff_actor(&staff), "posted", Some(&tracking), false);
    cases::add_event(state.db(), &c.id, &event, now(&state)).await?;
    Ok(Redirect::to(&format!("/staff/cases/{}", c.reference)).into_response())
}

/// An approved request to deliver by post.
fn by_post_and_approved(c: &CaseRow) -> bool {
    let form: BTreeMap<String, String> = serde_json::from_str(&c.form_data).unwrap_or_default();
    c.phase == "approved" && form.get("delivery").map(String::as_str) == Some("post")
}

/// `POST /staff/cases/{ref}/issue`: issues the document of an approved case that has none
/// yet (approved before its act was in the register, or interrupted while issuing).
pub async fn issue_missing_document(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let c = staff_case(&state, &staff, &parts, &reference).await?;
    let (p, _) = case_procedure(&state, &c).await?;
    let Some(kind) = crate::civil_docs::issues_civil_document(&p) else { return Err(AppError::NotFound) };
    if c.phase != "approved" || !crate::civil_docs::issued_for_case(&state, &c).await?.is_empty() {
        return Err(deny(&parts, Some(&staff.user.account), "nothing to issue", AppError::Forbidden));
    }
    let Some(act) = crate::civil_docs::act_for_case(&state, &c).await? else {
        let mut errors = FormErrors::default();
        errors.add_keyed("act", "err-act-not-in-register", ctx.t("err-act-not-in-register"));
        return staff_case_page(&state, ctx, &staff, &c, errors).await;
    };
    issue_civil_document(&state, &c, &p, kind, &act).await?;
    Ok(Redirect::to(&format!("/staff/cases/{}", c.reference)).into_response())
}

/// `POST /staff/cases/{ref}/action`: a transition the workflow allows this role. A refusal
/// needs a motivation; a request for documents names documents of the procedure's list, and
/// anything else needs a written reason that the person sees.
pub async fn act_on_case(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(reference): Path<String>,
    body: axum::body::Bytes,
) -> Result<Response, AppError> {
    let c = staff_case(&state, &staff, &parts, &reference).await?;
    let form = parse_action_form(&body);
    match apply_staff_action(&state, &c, staff_actor(&staff), staff.role(), &form).await? {
        Ok(()) => Ok(Redirect::to(&format!("/staff/cases/{}", c.reference)).into_response()),
        Err(ActionRefusal::NotAllowed) => {
            Err(deny(&parts, Some(&staff.user.account), "transition not allowed", AppError::Forbidden))
        }
        Err(ActionRefusal::Invalid(problems)) => {
            let mut errors = FormErrors::default();
            for (field, code) in problems {
                errors.add(field, ctx.t(&format!("err-{code}")));
            }
            staff_case_page(&state, ctx, &staff, &c, errors).await
        }
        Err(ActionRefusal::Changed) => {
            let mut errors = FormErrors::default();
            errors.add("action", ctx.t("err-case-changed"));
            let fresh = cases::by_reference(state.db(), &c.reference).await?.ok_or(AppError::NotFound)?;
            staff_case_page(&state, ctx, &staff, &fresh, errors).await
        }
    }
}

/// An internal note.
#[derive(Debug, Deserialize)]
pub struct NoteForm {
    #[serde(default)]
    note: String,
}

/// `POST /staff/cases/{ref}/notes`: seen by staff only.
pub async fn add_note(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(reference): Path<String>,
    Form(form): Form<NoteForm>,
) -> Result<Response, AppError> {
    let c = staff_case(&state, &staff, &parts, &reference).await?;
    if !internal_note(&state, &c, staff_actor(&staff), &form.note).await? {
        let mut errors = FormErrors::default();
        errors.add("note", ctx.tn("err-message-length", 4000));
        return staff_case_page(&state, ctx, &staff, &c, errors).await;
    }
    Ok(Redirect::to(&format!("/staff/cases/{}", c.reference)).into_response())
}

/// Adds a note staff see and the person does not; false when empty or over 4,000 characters.
pub async fn internal_note(state: &AppState, c: &CaseRow, actor: EventActor<'_>, text: &str) -> Result<bool, AppError> {
    let note = text.trim();
    if note.is_empty() || note.chars().count() > 4000 {
        return Ok(false);
    }
    let event = NewEvent::other(actor, "note", Some(note), true);
    cases::add_event(state.db(), &c.id, &event, now(state)).await?;
    Ok(true)
}

/// `POST /staff/cases/{ref}/messages`: a message to the person.
pub async fn message_applicant(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(reference): Path<String>,
    Form(form): Form<NoteForm>,
) -> Result<Response, AppError> {
    let c = staff_case(&state, &staff, &parts, &reference).await?;
    let text = form.note.trim();
    if text.is_empty() || text.chars().count() > 4000 {
        let mut errors = FormErrors::default();
        errors.add("note", ctx.tn("err-message-length", 4000));
        return staff_case_page(&state, ctx, &staff, &c, errors).await;
    }
    let event = NewEvent::other(staff_actor(&staff), "message", Some(text), false);
    let (p, _) = case_procedure(&state, &c).await?;
    let mail =
        crate::mails::case_update(&state, &c.applicant_id, &c.reference, &p, crate::mails::CaseUpdate::Message).await?;
    cases::add_event_with_mail(state.db(), &c.id, &event, &crate::mails::outbox(&mail), now(&state)).await?;
    Ok(Redirect::to(&format!("/staff/cases/{}", c.reference)).into_response())
}

/// `POST /staff/cases/{ref}/claim`: the staff member takes the case.
pub async fn claim_case(
    State(state): State<AppState>,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(reference): Path<String>,
) -> Result<Response, AppError> {
    let c = staff_case(&state, &staff, &parts, &reference).await?;
    let event = NewEvent::other(staff_actor(&staff), "assigned", None, false);
    cases::assign(state.db(), &c.id, Some(&staff.user.account.id), &event, now(&state)).await?;
    Ok(Redirect::to(&format!("/staff/cases/{}", c.reference)).into_response())
}

/// `GET /staff/cases/{ref}/files/{id}`
pub async fn download_staff_file(
    State(state): State<AppState>,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path((reference, file_id)): Path<(String, String)>,
) -> Result<Response, AppError> {
    let c = staff_case(&state, &staff, &parts, &reference).await?;
    send_attachment(&state, &c, &file_id).await
}

/// A transfer to another administration.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct TransferForm {
    org: String,
    reason: String,
}

/// `POST /staff/cases/{ref}/transfer`: the case goes to the competent administration, with a
/// reason the person sees; the legal clock keeps running from the filing.
pub async fn transfer_case(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(reference): Path<String>,
    Form(form): Form<TransferForm>,
) -> Result<Response, AppError> {
    let c = staff_case(&state, &staff, &parts, &reference).await?;
    match transfer_to(&state, &c, staff_actor(&staff), &form.org, &form.reason).await? {
        Err(problems) => staff_case_page(&state, ctx.clone(), &staff, &c, form_errors(&ctx, &problems, &[])).await,
        // The sender may no longer see the case; back to the queue.
        Ok(()) => Ok(Redirect::to("/staff/queue").into_response()),
    }
}

/// Problems with what was sent, each `(field, code)`; pages translate `err-<code>`, the API
/// returns them as they are.
pub type Problems = Vec<(&'static str, &'static str)>;

/// The page errors of `problems`, with fields renamed where the page names them otherwise.
fn form_errors(ctx: &PageCtx, problems: &Problems, renames: &[(&str, &'static str)]) -> FormErrors {
    let mut errors = FormErrors::default();
    for (field, code) in problems {
        let field = renames.iter().find(|(from, _)| from == field).map_or(*field, |(_, to)| *to);
        let key = format!("err-{code}");
        let message = if *code == "message-length" { ctx.tn(&key, 4000) } else { ctx.t(&key) };
        errors.add_keyed(field, &key, message);
    }
    errors
}

/// A reason or question of 10 to `max` characters.
fn written(text: &str, max: usize) -> Option<&str> {
    let text = text.trim();
    (10..=max).contains(&text.chars().count()).then_some(text)
}

/// Transfers a case to another administration with a reason the person sees; the case leaves
/// the sender's queue unassigned.
pub async fn transfer_to(
    state: &AppState,
    c: &CaseRow,
    actor: EventActor<'_>,
    org: &str,
    reason: &str,
) -> Result<Result<(), Problems>, AppError> {
    let mut problems = vec![];
    let target = match OrgId::parse(org) {
        Ok(id) if id.as_str() != c.org_id => orgs_get(state, &id).await?,
        _ => None,
    };
    if target.is_none() {
        problems.push(("org", "choice-invalid"));
    }
    let reason = written(reason, 2000);
    if reason.is_none() {
        problems.push(("reason", "motivation-required"));
    }
    let (Some(target), Some(reason)) = (target, reason) else { return Ok(Err(problems)) };
    let body = format!("{}\n{reason}", target.id);
    let event = NewEvent::other(actor, "transferred", Some(&body), false);
    cases::transfer(state.db(), &c.id, &c.org_id, target.id.as_str(), &event, now(state)).await?;
    Ok(Ok(()))
}

async fn orgs_get(state: &AppState, id: &OrgId) -> Result<Option<nafida_domain::Org>, AppError> {
    Ok(nafida_store::orgs::get(state.db(), id).await?)
}

/// Assigning a case to a colleague.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AssignForm {
    assignee: String,
}

/// `POST /staff/cases/{ref}/assign`: a supervisor or an administrator gives the case to a staff
/// member of its administration.
pub async fn assign_case(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(reference): Path<String>,
    Form(form): Form<AssignForm>,
) -> Result<Response, AppError> {
    let c = staff_case(&state, &staff, &parts, &reference).await?;
    if staff.role() == nafida_domain::Role::Agent {
        return Err(deny(&parts, Some(&staff.user.account), "only supervisors assign", AppError::Forbidden));
    }
    if !assign_to(&state, &c, staff_actor(&staff), &form.assignee).await? {
        let mut errors = FormErrors::default();
        errors.add("assignee", ctx.t("err-choice-invalid"));
        return staff_case_page(&state, ctx, &staff, &c, errors).await;
    }
    Ok(Redirect::to(&format!("/staff/cases/{}", c.reference)).into_response())
}

/// Gives a case to a staff member of its administration; false if the account is not one.
pub async fn assign_to(state: &AppState, c: &CaseRow, actor: EventActor<'_>, assignee: &str) -> Result<bool, AppError> {
    let colleague = nafida_store::accounts::get(state.db(), assignee).await?;
    let ok = colleague.as_ref().is_some_and(|a| {
        a.role.is_staff() && !a.disabled && a.org_id.as_ref().map(OrgId::as_str) == Some(c.org_id.as_str())
    });
    if ok {
        let event = NewEvent::other(actor, "assigned", None, true);
        cases::assign(state.db(), &c.id, Some(assignee), &event, now(state)).await?;
    }
    Ok(ok)
}

/// Days an administration is given for an opinion, in working days.
const OPINION_DAYS: u32 = 10;

/// Asking another administration for an opinion.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AskOpinionForm {
    org: String,
    question: String,
}

/// `POST /staff/cases/{ref}/opinions`: asks another administration for an opinion, due in
/// ten working days.
pub async fn ask_opinion(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(reference): Path<String>,
    Form(form): Form<AskOpinionForm>,
) -> Result<Response, AppError> {
    let c = staff_case(&state, &staff, &parts, &reference).await?;
    let asker = Some(staff.user.account.id.as_str());
    match request_opinion(&state, &c, staff_actor(&staff), asker, &form.org, &form.question).await? {
        Err(problems) => {
            let errors = form_errors(&ctx, &problems, &[("org", "opinion_org")]);
            staff_case_page(&state, ctx, &staff, &c, errors).await
        }
        Ok(_) => Ok(Redirect::to(&format!("/staff/cases/{}", c.reference)).into_response()),
    }
}

/// Asks another administration for an opinion on a case, due in ten working days; returns the
/// opinion's id.
pub async fn request_opinion(
    state: &AppState,
    c: &CaseRow,
    actor: EventActor<'_>,
    requested_by: Option<&str>,
    org: &str,
    question: &str,
) -> Result<Result<String, Problems>, AppError> {
    let mut problems = vec![];
    let org = match OrgId::parse(org) {
        Ok(id) if id.as_str() != c.org_id => orgs_get(state, &id).await?,
        _ => None,
    };
    if org.is_none() {
        problems.push(("org", "choice-invalid"));
    }
    let question = written(question, 4000);
    if question.is_none() {
        problems.push(("question", "message-length"));
    }
    let (Some(org), Some(question)) = (org, question) else { return Ok(Err(problems)) };
    let cal = casework::calendar(state).await?;
    let due = cal
        .due_date(Date::from_millis(now(state)), OPINION_DAYS, nafida_domain::catalog::DayCount::Working, 0)
        .to_string();
    let event = NewEvent::other(actor, "opinion-requested", Some(org.id.as_str()), false);
    let ask = cases::OpinionRequest { case_id: &c.id, org_id: org.id.as_str(), requested_by, question, due_date: &due };
    Ok(Ok(cases::ask_opinion(state.db(), &ask, &event, now(state)).await?))
}

/// An opinion awaited from the staff member's administration.
pub struct PendingView {
    id: String,
    reference: String,
    title: String,
    asked_by: String,
    due: String,
}

#[derive(Template)]
#[template(path = "staff/opinions.html")]
struct OpinionsPage {
    ctx: PageCtx,
    rows: Vec<PendingView>,
}

/// `GET /staff/opinions`: the opinions the staff member's administration owes.
pub async fn list_opinions(State(state): State<AppState>, ctx: PageCtx, staff: Staff) -> Result<Response, AppError> {
    let code = ctx.lang.code();
    let names = OrgNames::load(&state, code).await?;
    let mut rows = vec![];
    for o in cases::pending_opinions(state.db(), staff.org.as_str()).await? {
        let (p, _) =
            state.catalog().version(state.db(), &o.procedure.0, o.procedure.1).await.map_err(AppError::Internal)?;
        rows.push(PendingView {
            id: o.id,
            reference: o.reference,
            title: p.title.get(code).to_string(),
            asked_by: names.get(&o.asked_by),
            due: casework::show_date(&o.due_date),
        });
    }
    let lang = ctx.lang;
    render(&OpinionsPage { ctx, rows }, lang)
}

#[derive(Template)]
#[template(path = "staff/opinion.html")]
struct OpinionPage {
    ctx: PageCtx,
    id: String,
    reference: String,
    title: String,
    asked_by: String,
    question: String,
    due: String,
    fields: Vec<(String, String)>,
    given: Option<(String, String)>,
    errors: FormErrors,
}

async fn opinion_for(
    state: &AppState,
    staff: &Staff,
    parts: &axum::http::request::Parts,
    id: &str,
) -> Result<(cases::Opinion, CaseRow), AppError> {
    let o = cases::opinion_by_id(state.db(), id).await?.ok_or(AppError::NotFound)?;
    let org = OrgId::parse(&o.org_id).map_err(|e| AppError::Internal(e.to_string()))?;
    if !staff.covers(state, &org).await? {
        return Err(deny(parts, Some(&staff.user.account), "opinion out of scope", AppError::NotFound));
    }
    let c = cases::by_id(state.db(), &o.case_id).await?.ok_or(AppError::NotFound)?;
    Ok((o, c))
}

async fn opinion_page(
    state: &AppState,
    ctx: PageCtx,
    o: cases::Opinion,
    c: &CaseRow,
    errors: FormErrors,
) -> Result<Response, AppError> {
    let (p, _) = case_procedure(state, c).await?;
    let code = ctx.lang.code();
    let values: BTreeMap<String, String> = serde_json::from_str(&c.form_data).unwrap_or_default();
    let fields = p
        .fields
        .iter()
        .filter_map(|f| values.get(&f.name).map(|v| (f.label.get(code).to_string(), v.clone())))
        .collect();
    let lang = ctx.lang;
    let page = OpinionPage {
        id: o.id.clone(),
        reference: c.reference.clone(),
        title: p.title.get(code).to_string(),
        asked_by: org_name(state, &c.org_id, code).await?,
        question: o.question.clone(),
        due: casework::show_date(&o.due_date),
        fields,
        given: o.verdict.clone().map(|v| (format!("verdict-{v}"), o.answer.clone().unwrap_or_default())),
        errors,
        ctx,
    };
    render(&page, lang)
}

/// `GET /staff/opinions/{id}`: the case as the administration asked sees it (the opening is
/// recorded in the case's history, with the reason "opinion").
pub async fn show_opinion(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let (o, c) = opinion_for(&state, &staff, &parts, &id).await?;
    let event = NewEvent::other(staff_actor(&staff), "viewed", Some("opinion"), false);
    cases::add_event(state.db(), &c.id, &event, now(&state)).await?;
    opinion_page(&state, ctx, o, &c, FormErrors::default()).await
}

/// An opinion given.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct GiveOpinionForm {
    verdict: String,
    answer: String,
}

/// `POST /staff/opinions/{id}`: favourable, with reserves, or unfavourable, with its text.
pub async fn give_opinion(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(id): Path<String>,
    Form(form): Form<GiveOpinionForm>,
) -> Result<Response, AppError> {
    let (o, c) = opinion_for(&state, &staff, &parts, &id).await?;
    let by = Some(staff.user.account.id.as_str());
    match answer_opinion(&state, &o, staff_actor(&staff), by, &form.verdict, &form.answer).await? {
        Err(problems) => {
            let errors = form_errors(&ctx, &problems, &[]);
            opinion_page(&state, ctx, o, &c, errors).await
        }
        Ok(false) => Err(AppError::NotFound),
        Ok(true) => Ok(Redirect::to("/staff/opinions").into_response()),
    }
}

/// Gives an administration's opinion (favourable, with reserves, unfavourable) with its
/// reasons; `Ok(false)` if it was already given.
pub async fn answer_opinion(
    state: &AppState,
    o: &cases::Opinion,
    actor: EventActor<'_>,
    by: Option<&str>,
    verdict: &str,
    answer: &str,
) -> Result<Result<bool, Problems>, AppError> {
    let mut problems = vec![];
    if !["favourable", "reserves", "unfavourable"].contains(&verdict) {
        problems.push(("verdict", "choice-invalid"));
    }
    let answer = written(answer, 4000);
    if answer.is_none() {
        problems.push(("answer", "motivation-required"));
    }
    let Some(answer) = answer.filter(|_| problems.is_empty()) else { return Ok(Err(problems)) };
    let body = format!("{verdict}\n{answer}");
    let event = NewEvent::other(actor, "opinion-given", Some(&body), false);
    Ok(Ok(cases::give_opinion(state.db(), &o.id, verdict, answer, by, &event, now(state)).await?))
}

/// What the person asked the selected cases for: `op` is `claim`, `assign` (with `assignee`),
/// or a workflow action that needs no reasons and no request to the person.
#[derive(Debug, Default)]
struct BulkForm {
    cases: Vec<String>,
    op: String,
    assignee: String,
}

/// Whether a transition can be applied to many cases at once: no written reasons, no list of
/// documents to choose.
fn bulk_safe(w: &Workflow, t: &nafida_domain::catalog::Transition) -> bool {
    !t.needs_motivation && w.status(&t.to).is_some_and(|s| !s.waits_for_applicant)
}

/// `POST /staff/queue/bulk`: one action on every selected case of the staff member's scope:
/// claim them, assign them to a colleague (supervisors), or take a workflow action that needs
/// no reasons. Each case is checked as if acted on alone; the queue then says how many were
/// done and how many skipped.
pub async fn bulk_action(
    State(state): State<AppState>,
    staff: Staff,
    parts: axum::http::request::Parts,
    body: axum::body::Bytes,
) -> Result<Response, AppError> {
    let mut form = BulkForm::default();
    for (k, v) in crate::csrf::form_urlencoded_pairs(&body) {
        match k.as_str() {
            "case" if form.cases.len() < PAGE as usize * 4 => form.cases.push(v),
            "op" => form.op = v,
            "assignee" => form.assignee = v,
            _ => {}
        }
    }
    if form.op == "assign" && staff.role() == nafida_domain::Role::Agent {
        return Err(deny(&parts, Some(&staff.user.account), "only supervisors assign", AppError::Forbidden));
    }
    let colleague = if form.op == "assign" {
        nafida_store::accounts::get(state.db(), &form.assignee).await?.filter(|a| a.role.is_staff() && !a.disabled)
    } else {
        None
    };
    let (mut done, mut skipped) = (0usize, 0usize);
    for reference in &form.cases {
        let Ok(c) = staff_case(&state, &staff, &parts, reference).await else {
            skipped += 1;
            continue;
        };
        let ok = match form.op.as_str() {
            "claim" => {
                let event = NewEvent::other(staff_actor(&staff), "assigned", None, false);
                cases::assign(state.db(), &c.id, Some(&staff.user.account.id), &event, now(&state)).await?;
                true
            }
            "assign" => match &colleague {
                Some(a) if a.org_id.as_ref().map(OrgId::as_str) == Some(c.org_id.as_str()) => {
                    let event = NewEvent::other(staff_actor(&staff), "assigned", None, true);
                    cases::assign(state.db(), &c.id, Some(&a.id), &event, now(&state)).await?;
                    true
                }
                _ => false,
            },
            action => {
                let (_, w) = case_procedure(&state, &c).await?;
                let safe = w
                    .allowed(&c.status, Actor::Staff(staff.role()))
                    .into_iter()
                    .any(|t| t.action == action && bulk_safe(&w, t));
                let form = StaffAction { action: action.to_string(), ..StaffAction::default() };
                safe && apply_staff_action(&state, &c, staff_actor(&staff), staff.role(), &form).await?.is_ok()
            }
        };
        if ok {
            done += 1;
        } else {
            skipped += 1;
        }
    }
    Ok(Redirect::to(&format!("/staff/queue?done={done}&skipped={skipped}")).into_response())
}

/// Putting a case in the fast lane, or taking it out.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct FastLaneForm {
    on: String,
    reason: String,
}

/// `POST /staff/cases/{ref}/fast-lane`: a supervisor (or the provincial cell above) puts an
/// open case in the fast lane, with a reason the person sees (a death, a return date), or
/// takes it out; the queues filter on it.
pub async fn set_fast_lane(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(reference): Path<String>,
    Form(form): Form<FastLaneForm>,
) -> Result<Response, AppError> {
    let c = staff_case(&state, &staff, &parts, &reference).await?;
    if staff.role() == nafida_domain::Role::Agent {
        return Err(deny(&parts, Some(&staff.user.account), "only supervisors set the fast lane", AppError::Forbidden));
    }
    let on = form.on == "1";
    let reason = form.reason.trim();
    if on && !(10..=2000).contains(&reason.chars().count()) {
        let mut errors = FormErrors::default();
        errors.add("fast_lane_reason", ctx.t("err-motivation-required"));
        return staff_case_page(&state, ctx, &staff, &c, errors).await;
    }
    let mut flags: Vec<&str> = c.flags.split(',').filter(|f| !f.is_empty() && *f != "fast-lane").collect();
    if on {
        flags.push("fast-lane");
    }
    flags.sort_unstable();
    let new = flags.join(",");
    if new != c.flags {
        let kind = if on { "fast-lane" } else { "fast-lane-off" };
        let event = NewEvent::other(staff_actor(&staff), kind, on.then_some(reason), false);
        cases::set_flags(state.db(), &c.id, &c.flags, &new, Some(&event), &[], now(&state)).await?;
    }
    Ok(Redirect::to(&format!("/staff/cases/{}", c.reference)).into_response())
}

/// A legal extension of the time limit.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ExtendForm {
    reason: String,
}

/// `POST /staff/cases/{ref}/extend`: where the procedure allows it, the administration extends
/// the time limit once, by the procedure's number of days, with a reason the person sees.
pub async fn extend_case(
    State(state): State<AppState>,
    ctx: PageCtx,
    staff: Staff,
    parts: axum::http::request::Parts,
    Path(reference): Path<String>,
    Form(form): Form<ExtendForm>,
) -> Result<Response, AppError> {
    let c = staff_case(&state, &staff, &parts, &reference).await?;
    match extend_time_limit(&state, &c, staff_actor(&staff), &form.reason).await? {
        Ok(false) => Err(deny(&parts, Some(&staff.user.account), "no extension possible", AppError::Forbidden)),
        Err(problems) => {
            let errors = form_errors(&ctx, &problems, &[("reason", "extend_reason")]);
            staff_case_page(&state, ctx, &staff, &c, errors).await
        }
        Ok(true) => Ok(Redirect::to(&format!("/staff/cases/{}", c.reference)).into_response()),
    }
}

/// Extends the time limit once, by the procedure's days, with a reason the person sees;
/// `Ok(false)` when the procedure or the case allows no extension.
pub async fn extend_time_limit(
    state: &AppState,
    c: &CaseRow,
    actor: EventActor<'_>,
    reason: &str,
) -> Result<Result<bool, Problems>, AppError> {
    let (p, _) = case_procedure(state, c).await?;
    if !can_extend(state, c, &p).await? {
        return Ok(Ok(false));
    }
    let Some(reason) = written(reason, 2000) else { return Ok(Err(vec![("reason", "motivation-required")])) };
    let due = Date::parse(&c.due_date).map_err(|e| AppError::Internal(e.to_string()))?;
    let cal = casework::calendar(state).await?;
    let new_due = cal.due_date(due, p.deadline.extendable_days, p.deadline.count, 0).to_string();
    let body = format!("{}\n{reason}", p.deadline.extendable_days);
    let event = NewEvent::other(actor, "extended", Some(&body), false);
    cases::extend(state.db(), &c.id, &c.due_date, &new_due, &event, now(state)).await?;
    Ok(Ok(true))
}

/// Whether the time limit of an open case may still be extended (once, where the procedure
/// allows it).
async fn can_extend(state: &AppState, c: &CaseRow, p: &Procedure) -> Result<bool, AppError> {
    let open = matches!(c.phase.as_str(), "received" | "in-progress" | "waiting-for-you");
    Ok(open
        && p.deadline.extendable_days > 0
        && !cases::events(state.db(), &c.id, false).await?.iter().any(|e| e.kind == "extended"))
}
