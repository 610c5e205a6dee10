//! The consular network in public: the posts by country, "which consulate is mine" by city or
//! postcode, and a page per post (address, hours, contact, what it covers, what it offers, the
//! days it is closed, and how sure each fact is). No sign-in; nothing personal is read.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use nafida_domain::consular::{Match, Post, show_time};
use nafida_domain::profile::countries;
use nafida_domain::{Date, OrgId};
use serde::Deserialize;

use crate::error::AppError;
use crate::page::{PageCtx, render};
use crate::state::AppState;

/// A post as a list shows it.
pub struct PostRow {
    id: String,
    name: String,
    city: String,
    how: Option<&'static str>,
}

/// The posts of one country.
pub struct CountryGroup {
    name: String,
    posts: Vec<PostRow>,
}

/// A country offered by the search.
pub struct CountryOpt {
    code: String,
    name: String,
    selected: bool,
}

#[derive(Template)]
#[template(path = "consulates/list.html")]
struct ListPage {
    ctx: PageCtx,
    q: String,
    countries: Vec<CountryOpt>,
    searched: bool,
    error: Option<String>,
    found: Vec<PostRow>,
    found_count: i64,
    groups: Vec<CountryGroup>,
    desks: Vec<PostRow>,
}

/// The search.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct FindQuery {
    q: String,
    country: String,
}

/// A country's name in a language (its code when unknown).
pub fn country_name(code: &str, lang: &str) -> String {
    countries().iter().find(|c| c.code == code).map_or_else(
        || code.to_string(),
        |c| match lang {
            "ar" => c.ar.clone(),
            "en" => c.en.clone(),
            _ => c.fr.clone(),
        },
    )
}

/// `GET /consulates`: the network, and the search when `q` is given.
pub async fn list_consulates(
    State(state): State<AppState>,
    ctx: PageCtx,
    Query(query): Query<FindQuery>,
) -> Result<Response, AppError> {
    let lang = ctx.lang.code();
    let network = state.engine().network();
    let names = nafida_engine::orgs::OrgNames::load(state.engine(), lang).await?;
    let known = |p: &&Post| names.knows(&p.org);
    let row = |p: &Post, how: Option<Match>| PostRow {
        id: p.org.clone(),
        name: names.get(&p.org),
        city: nafida_domain::places::show(&p.city, lang),
        how: how.map(|h| match h {
            Match::Postcode => "consulates-match-postcode",
            Match::City => "consulates-match-city",
            Match::Region => "consulates-match-region",
        }),
    };
    let mut codes: Vec<&str> = network.abroad().map(|p| p.country.as_str()).collect();
    codes.dedup();
    codes.sort_by_key(|c| country_name(c, lang));
    codes.dedup();
    let q = query.q.trim().to_string();
    let mut error = None;
    let country = query.country.trim();
    if !country.is_empty() && !codes.contains(&country) {
        error = Some(ctx.t("consulates-country-invalid"));
    }
    if q.chars().count() > 100 {
        error = Some(ctx.tn("consulates-query-too-long", 100));
    }
    let searched = !q.is_empty() && error.is_none();
    let found = if searched {
        network
            .find(&q, (!country.is_empty()).then_some(country))
            .into_iter()
            .filter(|(p, _)| known(p))
            .map(|(p, how)| row(p, Some(how)))
            .collect()
    } else {
        vec![]
    };
    let groups = codes
        .iter()
        .map(|c| CountryGroup {
            name: country_name(c, lang),
            posts: network.abroad().filter(|p| p.country == *c).filter(known).map(|p| row(p, None)).collect(),
        })
        .collect();
    let desks = network.posts.iter().filter(|p| p.desk).filter(known).map(|p| row(p, None)).collect();
    let countries = codes
        .iter()
        .map(|c| CountryOpt { code: (*c).to_string(), name: country_name(c, lang), selected: *c == country })
        .collect();
    let lang = ctx.lang;
    let found_count = i64::try_from(found.len()).unwrap_or(i64::MAX);
    render(&ListPage { ctx, q, countries, searched, error, found, found_count, groups, desks }, lang)
}

/// Opening hours on a line: the days and the times.
pub struct HoursRow {
    days: String,
    times: String,
}

/// A service the post offers.
pub struct ServiceRow {
    id: String,
    title: String,
}

#[derive(Template)]
#[template(path = "consulates/post.html")]
struct PostPage {
    ctx: PageCtx,
    name: String,
    country: String,
    post: Post,
    hours: Vec<HoursRow>,
    services: Vec<ServiceRow>,
    holidays: Vec<String>,
    confidence_key: String,
    tel: String,
    desks: Vec<ServiceRow>,
    /// The provincial cell: what it does for people abroad.
    cell: bool,
}

/// `GET /consulates/{id}`: one post or desk.
pub async fn show_consulate(
    State(state): State<AppState>,
    ctx: PageCtx,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let lang = ctx.lang.code();
    let mut post = state.engine().network().post(&id).cloned().ok_or(AppError::NotFound)?;
    post.city = nafida_domain::places::show(&post.city, lang);
    let org_id = OrgId::parse(&id).map_err(|_| AppError::NotFound)?;
    let org = nafida_store::orgs::get(state.db(), &org_id).await?.ok_or(AppError::NotFound)?;
    let day = |d: u8| ctx.t(&format!("weekday-{d}"));
    let hours = post
        .hours
        .iter()
        .map(|h| {
            let days = match (h.days.first(), h.days.last()) {
                (Some(a), Some(b)) if h.days.len() > 2 && usize::from(b - a) + 1 == h.days.len() => {
                    ctx.ta("consulates-days-range", &[("from", &day(*a)), ("to", &day(*b))])
                }
                _ => h.days.iter().map(|d| day(*d)).collect::<Vec<_>>().join(", "),
            };
            HoursRow { days, times: format!("{} – {}", show_time(h.open), show_time(h.close)) }
        })
        .collect();
    let services = post
        .services
        .iter()
        .filter_map(|s| state.catalog().catalog.procedures.get(s))
        .map(|p| ServiceRow { id: p.id.clone(), title: p.title.get(lang).to_string() })
        .collect();
    // The host country's public holidays of the coming twelve months (Morocco's close the post
    // too; they are on the holidays page of each procedure's time limit).
    let today = Date::legal(state.clock().now().millis());
    let mut holidays = vec![];
    if !post.desk {
        for year in [today.year, today.year + 1] {
            for d in nafida_domain::host_holidays::holidays(&post.country, year) {
                if d >= today && d.days_since_epoch() - today.days_since_epoch() <= 365 {
                    holidays.push(nafida_engine::dates::show_date(&d.to_string()));
                }
            }
        }
    }
    let desks = nafida_engine::appointments::desks_of(state.engine(), &id)
        .await?
        .into_iter()
        .map(|d| ServiceRow {
            title: state
                .catalog()
                .catalog
                .procedures
                .get(&d.row.procedure_id)
                .map_or_else(|| d.row.procedure_id.clone(), |p| p.title.get(lang).to_string()),
            id: d.row.id,
        })
        .collect();
    let country = country_name(&post.country, lang);
    let confidence_key = format!("confidence-{}", post.confidence.as_str());
    let tel: String = post.phone.as_deref().unwrap_or_default().chars().filter(|c| !c.is_whitespace()).collect();
    let lang = ctx.lang;
    render(
        &PostPage {
            name: org.name.get(lang.code()).to_string(),
            ctx,
            country,
            post,
            hours,
            services,
            holidays,
            confidence_key,
            tel,
            desks,
            cell: org.kind == nafida_domain::OrgKind::MreCell,
        },
        lang,
    )
}

/// `GET /cell`: the public page of the province's cell for Moroccans abroad.
pub async fn show_cell(State(state): State<AppState>) -> Result<Response, AppError> {
    let network = state.engine().network();
    for desk in network.posts.iter().filter(|p| p.desk) {
        let Ok(id) = OrgId::parse(&desk.org) else { continue };
        if nafida_store::orgs::get(state.db(), &id).await?.is_some_and(|o| o.kind == nafida_domain::OrgKind::MreCell) {
            return Ok(axum::response::Redirect::to(&format!("/consulates/{}", desk.org)).into_response());
        }
    }
    Err(AppError::NotFound)
}
