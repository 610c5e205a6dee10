//! The family booklet (livret de famille): the acts of the register that concern a person's
//! family, as transcriptions and declarations enter them, with their margin notes.

use askama::Template;
use axum::extract::State;
use axum::response::Response;

use crate::auth::Citizen;
use crate::error::AppError;
use crate::page::{PageCtx, render};
use crate::state::AppState;
use nafida_engine::orgs::OrgNames;

/// An act as the booklet shows it.
pub struct BookletAct {
    kind: String,
    name_ar: String,
    name_latin: String,
    date: String,
    place: String,
    office: String,
    act: String,
    spouse: Option<String>,
    notes: Vec<String>,
}

#[derive(Template)]
#[template(path = "account/family.html")]
struct FamilyPage {
    ctx: PageCtx,
    acts: Vec<BookletAct>,
}

/// `GET /account/family`
pub async fn show_family(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
) -> Result<Response, AppError> {
    let names = OrgNames::load(state.engine(), ctx.lang.code()).await?;
    let mut acts = vec![];
    for a in nafida_store::civil::booklet(state.db(), &user.account.id).await? {
        let notes = nafida_store::civil::margin_notes(state.db(), &a.id)
            .await?
            .into_iter()
            .map(|n| {
                format!(
                    "{} — {}: {}",
                    crate::casework::show_date(&n.note_date),
                    ctx.t(&format!("margin-{}", n.kind)),
                    n.text
                )
            })
            .collect();
        acts.push(BookletAct {
            kind: ctx.t(&format!("act-kind-{}", a.kind)),
            name_latin: a.name_latin.clone().unwrap_or_default(),
            name_ar: a.name_ar,
            date: crate::casework::show_date(&a.event_date),
            place: nafida_domain::places::show(&a.place, ctx.lang.code()),
            office: names.get(&a.office_id),
            act: format!("{}/{}", a.number, a.year),
            spouse: a.relatives.spouse_latin.or(a.relatives.spouse_ar),
            notes,
        });
    }
    let lang = ctx.lang;
    render(&FamilyPage { ctx, acts }, lang)
}
