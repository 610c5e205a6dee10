//! The public map of administrations, as a nested tree in the reader's language.

use std::collections::HashMap;

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use nafida_domain::{Org, OrgKind};
use nafida_store::orgs;

use crate::error::AppError;
use crate::page::{PageCtx, render};
use crate::state::AppState;

/// One line of the flattened tree: the template opens a nested list after a node with
/// children and closes `closes` levels after a leaf.
struct TreeRow {
    id: String,
    name: String,
    kind_label: String,
    has_children: bool,
    closes: usize,
}

#[derive(Template)]
#[template(path = "administrations.html")]
struct AdministrationsPage {
    ctx: PageCtx,
    rows: Vec<TreeRow>,
}

fn kind_rank(kind: OrgKind) -> usize {
    OrgKind::ALL.iter().position(|k| *k == kind).unwrap_or(usize::MAX)
}

fn flatten(all: &[Org], ctx: &PageCtx) -> Vec<TreeRow> {
    let lang = ctx.lang.code();
    let mut children: HashMap<Option<&str>, Vec<&Org>> = HashMap::new();
    for org in all {
        children.entry(org.parent.as_ref().map(|p| p.as_str())).or_default().push(org);
    }
    for list in children.values_mut() {
        list.sort_by(|a, b| (kind_rank(a.kind), a.name.get(lang)).cmp(&(kind_rank(b.kind), b.name.get(lang))));
    }
    let mut order: Vec<(&Org, usize)> = Vec::with_capacity(all.len());
    let mut stack: Vec<(&Org, usize)> =
        children.get(&None).map(|roots| roots.iter().rev().map(|o| (*o, 0)).collect()).unwrap_or_default();
    while let Some((org, depth)) = stack.pop() {
        order.push((org, depth));
        if let Some(kids) = children.get(&Some(org.id.as_str())) {
            stack.extend(kids.iter().rev().map(|k| (*k, depth + 1)));
        }
    }
    let mut rows = Vec::with_capacity(order.len());
    for (i, (org, depth)) in order.iter().enumerate() {
        let has_children = children.contains_key(&Some(org.id.as_str()));
        let next_depth = order.get(i + 1).map_or(0, |(_, d)| *d);
        let closes = if has_children { 0 } else { depth.saturating_sub(next_depth) };
        rows.push(TreeRow {
            id: org.id.to_string(),
            name: org.name.get(lang).to_string(),
            kind_label: ctx.t(&format!("kind-{}", org.kind.as_str())),
            has_children,
            closes,
        });
    }
    rows
}

/// `GET /administrations`
pub async fn list_administrations(State(state): State<AppState>, ctx: PageCtx) -> Result<Response, AppError> {
    let all = orgs::list(state.db()).await?;
    let rows = flatten(&all, &ctx);
    let lang = ctx.lang;
    render(&AdministrationsPage { ctx, rows }, lang)
}
