//! Help for people: the questions and answers (`/help`), the ways to reach someone
//! (`/contact`), and a contact page for each administration (`/administrations/{id}`), built
//! from the administrations' data and the catalogue.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use nafida_domain::OrgKind;
use nafida_domain::help::{Question, help};
use nafida_store::orgs;

use crate::error::AppError;
use crate::page::{PageCtx, render};
use crate::state::AppState;

/// A question as pages show it.
pub struct QuestionView {
    pub id: String,
    pub question: String,
    pub answer: String,
    /// `(address, label)` of the pages the answer points to.
    pub links: Vec<(String, String)>,
}

/// The label of a page an answer points to (`/complaints/new` → `help-link-complaints-new`).
pub fn link_key(address: &str) -> String {
    format!("help-link-{}", address.trim_matches('/').replace('/', "-"))
}

impl QuestionView {
    /// A question in the reader's language.
    pub fn new(ctx: &PageCtx, q: &Question) -> Self {
        let code = ctx.lang.code();
        QuestionView {
            id: q.id.clone(),
            question: q.q.get(code).to_string(),
            answer: q.a.get(code).to_string(),
            links: q.links.iter().map(|l| (l.clone(), ctx.t(&link_key(l)))).collect(),
        }
    }
}

#[derive(Template)]
#[template(path = "help/index.html")]
struct HelpPage {
    ctx: PageCtx,
    /// `(topic id, title, questions)`.
    topics: Vec<(String, String, Vec<QuestionView>)>,
}

/// `GET /help`: every question, by topic; each one an anchor (`#q-<id>`).
pub async fn show_help(ctx: PageCtx) -> Result<Response, AppError> {
    let h = help();
    let topics = h
        .topic
        .iter()
        .map(|t| {
            (
                t.id.clone(),
                t.title.get(ctx.lang.code()).to_string(),
                h.of_topic(&t.id).map(|q| QuestionView::new(&ctx, q)).collect(),
            )
        })
        .collect();
    let lang = ctx.lang;
    render(&HelpPage { ctx, topics }, lang)
}

/// An administration as the contact pages list it.
pub struct OrgLink {
    pub id: String,
    pub name: String,
    pub kind_label: String,
}

#[derive(Template)]
#[template(path = "help/contact.html")]
struct ContactPage {
    ctx: PageCtx,
    /// The administrations people deal with, by kind.
    groups: Vec<(String, Vec<OrgLink>)>,
    /// The provincial cells for Moroccans abroad.
    cells: Vec<OrgLink>,
}

/// The kinds of administration people write to (not the state or ministries).
const PUBLIC_KINDS: [OrgKind; 6] = [
    OrgKind::MreCell,
    OrgKind::Commune,
    OrgKind::CivilStatusOffice,
    OrgKind::UrbanismService,
    OrgKind::ConsularPost,
    OrgKind::Province,
];

/// `GET /contact`: whom to reach for what, and each administration's contact page.
pub async fn show_contact(State(state): State<AppState>, ctx: PageCtx) -> Result<Response, AppError> {
    let code = ctx.lang.code();
    let all = orgs::list(state.db()).await?;
    let link = |o: &nafida_domain::Org| OrgLink {
        id: o.id.to_string(),
        name: o.name.get(code).to_string(),
        kind_label: ctx.t(&format!("kind-{}", o.kind.as_str())),
    };
    let cells = all.iter().filter(|o| o.kind == OrgKind::MreCell).map(link).collect();
    let mut groups = vec![];
    for kind in PUBLIC_KINDS.iter().filter(|k| **k != OrgKind::MreCell) {
        let mut list: Vec<OrgLink> = all.iter().filter(|o| o.kind == *kind).map(link).collect();
        if list.is_empty() {
            continue;
        }
        list.sort_by(|a, b| a.name.cmp(&b.name));
        groups.push((ctx.t(&format!("kind-{}-plural", kind.as_str())), list));
    }
    let lang = ctx.lang;
    render(&ContactPage { ctx, groups, cells }, lang)
}

#[derive(Template)]
#[template(path = "help/administration.html")]
struct AdministrationPage {
    ctx: PageCtx,
    id: String,
    name: String,
    kind_label: String,
    town: Option<String>,
    parent: Option<OrgLink>,
    children: Vec<OrgLink>,
    /// `(procedure id, title)` of what it handles.
    procedures: Vec<(String, String)>,
    /// A consular post: its page gives the address, the hours and the phone.
    post: bool,
    cell: bool,
    /// People may complain about it (every administration but the state and ministries).
    complaint: bool,
}

/// `GET /administrations/{id}`: one administration's contact page, from the data: where it
/// is, what it handles, how to write to it through the platform.
pub async fn show_administration(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let code = ctx.lang.code();
    let all = orgs::list(state.db()).await?;
    let org = all.iter().find(|o| o.id.as_str() == id).ok_or(AppError::NotFound)?;
    let link = |o: &nafida_domain::Org| OrgLink {
        id: o.id.to_string(),
        name: o.name.get(code).to_string(),
        kind_label: ctx.t(&format!("kind-{}", o.kind.as_str())),
    };
    let mut procedures: Vec<(String, String)> = state
        .catalog()
        .catalog
        .procedures
        .values()
        .filter(|p| p.responsible == org.kind)
        .map(|p| (p.id.clone(), p.title.get(code).to_string()))
        .collect();
    procedures.sort_by(|a, b| a.1.cmp(&b.1));
    let mut children: Vec<OrgLink> = all.iter().filter(|o| o.parent.as_ref() == Some(&org.id)).map(link).collect();
    children.sort_by(|a, b| a.name.cmp(&b.name));
    let page = AdministrationPage {
        id: org.id.to_string(),
        name: org.name.get(code).to_string(),
        kind_label: ctx.t(&format!("kind-{}", org.kind.as_str())),
        town: org.city.as_deref().map(|c| nafida_domain::places::show(c, code)),
        parent: org.parent.as_ref().and_then(|p| all.iter().find(|o| &o.id == p)).map(link),
        children,
        procedures,
        post: org.kind == OrgKind::ConsularPost && state.engine().network().post(org.id.as_str()).is_some(),
        cell: org.kind == OrgKind::MreCell,
        complaint: !matches!(org.kind, OrgKind::State | OrgKind::Ministry),
        ctx,
    };
    let lang = page.ctx.lang;
    render(&page, lang)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{I18n, Lang};

    #[test]
    fn every_page_an_answer_points_to_has_its_label() {
        for lang in Lang::ALL {
            let keys = I18n::keys(lang);
            for q in &help().question {
                for l in &q.links {
                    assert!(keys.contains(&link_key(l)), "{}: no {} in {}", q.id, link_key(l), lang.code());
                }
            }
        }
    }
}
