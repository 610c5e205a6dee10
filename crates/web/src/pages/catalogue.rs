//! The public catalogue: browse by theme and by administration, search in Arabic, French and
//! English, and each procedure's page (who it is for, the binding list of documents, the fee,
//! the legal delay, where to go).

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use nafida_domain::catalog::{Procedure, Silence, THEMES};
use serde::Deserialize;

use crate::error::AppError;
use crate::page::{PageCtx, render};
use crate::state::AppState;

/// A procedure as a list shows it.
pub struct Row {
    id: String,
    title: String,
    summary: String,
    theme_key: String,
    delay: String,
}

/// A filter link.
pub struct FilterLink {
    href: String,
    label: String,
    current: bool,
}

#[derive(Template)]
#[template(path = "catalogue/list.html")]
struct ListPage {
    ctx: PageCtx,
    q: String,
    rows: Vec<Row>,
    themes: Vec<FilterLink>,
    kinds: Vec<FilterLink>,
    count: i64,
}

/// Query of the list.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ListQuery {
    q: String,
    theme: String,
    kind: String,
}

fn delay(ctx: &PageCtx, p: &Procedure) -> String {
    crate::casework::delay_text(ctx, p)
}

fn href(theme: &str, kind: &str, q: &str) -> String {
    let mut parts = vec![];
    if !q.is_empty() {
        parts.push(format!("q={}", crate::page::encode_component(q)));
    }
    if !theme.is_empty() {
        parts.push(format!("theme={theme}"));
    }
    if !kind.is_empty() {
        parts.push(format!("kind={kind}"));
    }
    if parts.is_empty() { "/catalogue".into() } else { format!("/catalogue?{}", parts.join("&")) }
}

/// `GET /catalogue`
pub async fn list_procedures(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(q): Query<ListQuery>,
) -> Result<Response, AppError> {
    let code = ctx.lang.code();
    let theme = THEMES.iter().find(|t| **t == q.theme).copied();
    let index = state.catalog();
    let mut kinds: Vec<&str> = index.catalog.procedures.values().map(|p| p.responsible.as_str()).collect();
    kinds.sort_unstable();
    kinds.dedup();
    let kind = kinds.iter().find(|k| **k == q.kind).copied();
    let found = index.find(&q.q, theme, kind);
    let rows: Vec<Row> = found
        .iter()
        .map(|p| Row {
            id: p.id.clone(),
            title: p.title.get(code).to_string(),
            summary: p.summary.get(code).to_string(),
            theme_key: format!("theme-{}", p.theme),
            delay: delay(&ctx, p),
        })
        .collect();
    let mut themes = vec![FilterLink {
        href: href("", q.kind.as_str(), &q.q),
        label: ctx.t("catalogue-all-themes"),
        current: theme.is_none(),
    }];
    themes.extend(THEMES.iter().map(|t| FilterLink {
        href: href(t, kind.unwrap_or(""), &q.q),
        label: ctx.t(&format!("theme-{t}")),
        current: theme == Some(*t),
    }));
    let mut kind_links = vec![FilterLink {
        href: href(theme.unwrap_or(""), "", &q.q),
        label: ctx.t("catalogue-all-administrations"),
        current: kind.is_none(),
    }];
    kind_links.extend(kinds.iter().map(|k| FilterLink {
        href: href(theme.unwrap_or(""), k, &q.q),
        label: ctx.t(&format!("kind-{k}")),
        current: kind == Some(*k),
    }));
    let lang = ctx.lang;
    let count = i64::try_from(rows.len()).unwrap_or(0);
    render(&ListPage { ctx, q: q.q, rows, themes, kinds: kind_links, count }, lang)
}

/// A document of the list as the page shows it.
pub struct DocRow {
    label: String,
    required: bool,
}

/// One relation to an act's holder that may obtain the document, with its proof.
pub struct EntitledRow {
    relation: String,
    proof: Vec<String>,
}

/// Who may obtain what a procedure issues, as the page shows it.
pub struct EntitlementView {
    rows: Vec<EntitledRow>,
    source: String,
    to_confirm: bool,
}

fn entitlement_view(p: &nafida_domain::catalog::Procedure, code: &str) -> Option<EntitlementView> {
    let e = p.entitlement.as_ref()?;
    let field = p.fields.iter().find(|f| f.name == e.field)?;
    let rows = e
        .relations
        .iter()
        .map(|r| EntitledRow {
            relation: field
                .options
                .iter()
                .find(|o| o.value == r.value)
                .map(|o| o.label.get(code).to_string())
                .unwrap_or_default(),
            proof: r
                .proof
                .iter()
                .filter_map(|id| p.documents.iter().find(|d| &d.id == id))
                .map(|d| d.label.get(code).to_string())
                .collect(),
        })
        .collect();
    Some(EntitlementView { rows, source: e.source.clone(), to_confirm: e.to_confirm })
}

#[derive(Template)]
#[template(path = "catalogue/procedure.html")]
struct ProcedurePage {
    ctx: PageCtx,
    id: String,
    title: String,
    summary: String,
    theme_key: String,
    applicant_keys: Vec<String>,
    documents: Vec<DocRow>,
    entitlement: Option<EntitlementView>,
    legal: Option<(String, String, bool)>,
    archive: Option<String>,
    fee: i64,
    fee_note: Option<String>,
    delay: String,
    extendable: i64,
    tacit: bool,
    where_to_go: String,
    kind_key: String,
    version: String,
    /// Questions and answers about it (else the general ones about requests).
    questions: Vec<crate::pages::help::QuestionView>,
}

/// An archiving rule in words.
pub fn archive_text(ctx: &PageCtx, a: nafida_domain::catalog::Archive) -> String {
    let end = ctx.t(if a.to_archives { "archive-end-archives" } else { "archive-end-destroy" });
    ctx.tn1("procedure-archive", i64::from(a.years), "end", &end)
}

/// `GET /catalogue/{id}`
pub async fn show_procedure(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let p = state.catalog().catalog.procedures.get(&id).ok_or(AppError::NotFound)?;
    let code = ctx.lang.code();
    let lang = ctx.lang;
    render(
        &ProcedurePage {
            id: p.id.clone(),
            title: p.title.get(code).to_string(),
            summary: p.summary.get(code).to_string(),
            theme_key: format!("theme-{}", p.theme),
            applicant_keys: p.applicants.iter().map(|a| format!("applicant-{a}")).collect(),
            documents: p
                .documents
                .iter()
                .map(|d| DocRow { label: d.label.get(code).to_string(), required: d.required })
                .collect(),
            entitlement: entitlement_view(p, code),
            legal: p
                .legal_basis
                .as_ref()
                .map(|b| (b.text.get(code).to_string(), b.reference.get(code).to_string(), b.to_confirm)),
            archive: p.archive.map(|a| archive_text(&ctx, a)),
            fee: i64::from(p.fee_mad),
            fee_note: p.fee_note.as_ref().map(|n| n.get(code).to_string()),
            delay: delay(&ctx, p),
            extendable: i64::from(p.deadline.extendable_days),
            tacit: p.silence == Silence::TacitApproval,
            where_to_go: p.where_to_go.get(code).to_string(),
            kind_key: format!("kind-{}", p.responsible.as_str()),
            version: p.version.to_string(),
            questions: {
                let h = nafida_domain::help::help();
                let own: Vec<_> = h.of_procedure(&p.id).collect();
                let shown = if own.is_empty() { h.of_topic("requests").collect() } else { own };
                shown.into_iter().map(|q| crate::pages::help::QuestionView::new(&ctx, q)).collect()
            },
            ctx,
        },
        lang,
    )
}
