//! "Who obtained my act": the acts of the register whose holder is the person, each with every
//! document drawn from it (who, when, which document, on what ground) and every consultation
//! by staff. The log is the engine's (`nafida_engine::acts`).

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use nafida_engine::dates::show_date;

use crate::auth::Citizen;
use crate::error::AppError;
use crate::page::{PageCtx, render};
use crate::state::AppState;

/// One line of an act's log.
pub struct LogRow {
    when: String,
    text: String,
}

/// One act with its log.
pub struct ActView {
    title: String,
    rows: Vec<LogRow>,
}

#[derive(Template)]
#[template(path = "account/acts.html")]
struct ActsPage {
    ctx: PageCtx,
    acts: Vec<ActView>,
}

/// `GET /account/acts`
pub async fn show_my_acts(
    State(state): State<AppState>,
    ctx: PageCtx,
    Citizen(user): Citizen,
) -> Result<Response, AppError> {
    let held = nafida_engine::acts::held(state.engine(), &user.account.id, ctx.lang.code()).await?;
    let acts = held
        .into_iter()
        .map(|h| {
            let title = ctx.ta(
                "acts-act",
                &[
                    ("kind", &ctx.t(&format!("act-kind-{}", h.act.kind))),
                    ("number", &h.act.number.to_string()),
                    ("year", &h.act.year.to_string()),
                    ("office", &h.office),
                    ("date", &show_date(&h.act.event_date)),
                ],
            );
            let rows = h
                .log
                .iter()
                .map(|a| {
                    let e = &a.entry;
                    let who = if a.by_holder {
                        ctx.t("acts-who-you")
                    } else if let Some(p) = &a.person {
                        p.clone()
                    } else {
                        ctx.t(&format!("acts-who-{}", e.by_role))
                    };
                    let document =
                        e.document_kind.as_ref().map(|k| ctx.t(&format!("doc-kind-{k}"))).unwrap_or_default();
                    let text = ctx.ta(
                        &format!("acts-{}", e.kind),
                        &[
                            ("who", &who),
                            ("office", a.office.as_deref().unwrap_or_default()),
                            ("document", &document),
                            ("ground", &ctx.t(&format!("acts-ground-{}", e.ground))),
                        ],
                    );
                    LogRow { when: ctx.when(e.created_at), text }
                })
                .collect();
            ActView { title, rows }
        })
        .collect();
    let lang = ctx.lang;
    render(&ActsPage { ctx, acts }, lang)
}
