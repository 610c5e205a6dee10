//! The procedure catalogue embedded in the binary (see `build.rs`), checked at start, with the
//! folded text each procedure is searched by.

use std::collections::BTreeMap;

use std::sync::Arc;

use nafida_domain::catalog::{Catalog, CatalogError, Procedure, Workflow};
use nafida_store::catalog::ServedVersion;

mod files {
    include!(concat!(env!("OUT_DIR"), "/catalog_files.rs"));
}

fn owned(files: &[(&str, &str)]) -> Vec<(String, String)> {
    files.iter().map(|(n, t)| (n.to_string(), t.to_string())).collect()
}

/// The embedded catalogue, checked, with the engine's contracts.
pub fn embedded() -> Result<Catalog, Vec<CatalogError>> {
    checked(Catalog::load(&owned(files::WORKFLOWS), &owned(files::PROCEDURES)))
}

/// A loaded catalogue with the engine's contracts checked (`nafida catalog check`, start).
pub fn checked(loaded: Result<Catalog, Vec<CatalogError>>) -> Result<Catalog, Vec<CatalogError>> {
    let catalog = loaded?;
    let errors = crate::contracts::check(&catalog);
    if errors.is_empty() { Ok(catalog) } else { Err(errors) }
}

/// The sources of the embedded procedures, each with the workflow it uses, for the version
/// register.
pub fn embedded_sources(catalog: &Catalog) -> Vec<ServedVersion> {
    let workflow_source = |id: &str| {
        files::WORKFLOWS.iter().find_map(|(name, text)| {
            Catalog::load(&[(name.to_string(), text.to_string())], &[])
                .ok()
                .filter(|c| c.workflows.contains_key(id))
                .map(|_| text.to_string())
        })
    };
    files::PROCEDURES
        .iter()
        .filter_map(|(name, text)| {
            let id = name.trim_start_matches("catalog/").trim_end_matches(".toml");
            let p = catalog.procedures.get(id)?;
            Some(ServedVersion {
                id: p.id.clone(),
                version: i64::from(p.version),
                source: text.to_string(),
                workflow_source: workflow_source(&p.workflow)?,
            })
        })
        .collect()
}

/// The complaint topics shipped with the repository.
pub const TOPICS: &str = include_str!("../../../data/complaint-topics.toml");

/// The holidays shipped with the repository.
pub const HOLIDAYS: &str = include_str!("../../../data/holidays.toml");

/// Start-up duties of the catalogue: refuse a procedure whose content changed under an old
/// version number, record every version served (cases pin one), and seed the holidays of the
/// years the table does not hold yet. The error is one line for the operator.
pub async fn prepare(db: &nafida_store::Db, now: i64) -> Result<(), String> {
    let catalog = embedded().map_err(|errors| {
        format!(
            "the procedure catalogue has errors: {}",
            errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")
        )
    })?;
    let changed = nafida_store::catalog::record_versions(db, &embedded_sources(&catalog), now)
        .await
        .map_err(|e| e.to_string())?;
    if let Some(c) = changed.first() {
        let what = if c.workflow { "the workflow it uses changed" } else { "changed" };
        return Err(format!(
            "catalog/{}.toml {what} but kept version {}; give it version {} so cases filed under {} keep their rules",
            c.procedure,
            c.version,
            c.version + 1,
            c.version
        ));
    }
    let topics = nafida_domain::topics::parse(TOPICS).map_err(|e| format!("data/complaint-topics.toml: {e}"))?;
    nafida_store::topics::seed(db, &topics, now).await.map_err(|e| e.to_string())?;
    let holidays = nafida_domain::calendar::parse_holidays(HOLIDAYS).map_err(|e| format!("data/holidays.toml: {e}"))?;
    let mut added = nafida_store::catalog::seed_holidays(db, &holidays, now).await.map_err(|e| e.to_string())?;
    // Years past the published table: by rule (the Islamic holidays estimated, provisional).
    let year = nafida_domain::Date::legal(now).year;
    for y in year..=year + 2 {
        let by_rule = nafida_domain::calendar::holidays_by_rule(y);
        added += nafida_store::catalog::seed_holidays(db, &by_rule, now).await.map_err(|e| e.to_string())?;
    }
    if added > 0 {
        tracing::info!(added, "public holidays seeded");
    }
    let unconfirmed = unconfirmed_holidays(db, now).await.map_err(|e| e.to_string())?;
    if !unconfirmed.is_empty() {
        let days: Vec<String> = unconfirmed.iter().map(|h| h.day.to_string()).collect();
        tracing::warn!(
            days = days.join(", "),
            "public holidays of the next twelve months are estimates; confirm them at /admin/holidays"
        );
    }
    Ok(())
}

/// The provisional holidays of the next twelve months (estimates an administrator has not
/// confirmed: deadlines counted over them may move by a day).
pub async fn unconfirmed_holidays(
    db: &nafida_store::Db,
    now: i64,
) -> std::result::Result<Vec<nafida_domain::calendar::Holiday>, nafida_store::StoreError> {
    let today = nafida_domain::Date::legal(now);
    let until = nafida_domain::Date::from_days_since_epoch(today.days_since_epoch() + 365);
    Ok(nafida_store::catalog::holidays(db)
        .await?
        .into_iter()
        .filter(|h| h.provisional && h.day >= today && h.day <= until)
        .collect())
}

/// A procedure version with the workflow it was served with.
pub type Pinned = (Arc<Procedure>, Arc<Workflow>);

/// The catalogue with its search index, and the older procedure versions cases still use.
#[derive(Debug)]
pub struct CatalogIndex {
    /// The procedures and workflows.
    pub catalog: Catalog,
    /// Each procedure's search terms with their weight (the best field a term is found in).
    terms: BTreeMap<String, BTreeMap<String, f32>>,
    versions: std::sync::Mutex<BTreeMap<(String, i64), Pinned>>,
}

/// The words people type for each procedure besides its texts: everyday and Darija names, the
/// old portals' names, common spellings (`data/search-keywords.toml`).
pub const KEYWORDS: &str = include_str!("../../../data/search-keywords.toml");

/// How much a term counts by the field it is found in: the title first, then the words people
/// type, the summary, and last the documents to provide.
const WEIGHT_TITLE: f32 = 10.0;
const WEIGHT_KEYWORD: f32 = 8.0;
const WEIGHT_SUMMARY: f32 = 3.0;
const WEIGHT_DOCUMENT: f32 = 1.0;

/// The keywords of every procedure, by id (an unreadable file gives none: a unit test reads it).
pub fn keywords() -> BTreeMap<String, Vec<String>> {
    nafida_domain::search::parse_keywords(KEYWORDS).unwrap_or_default()
}

impl CatalogIndex {
    /// Builds the search terms of every procedure: titles, keywords, summaries and documents in
    /// the three languages, each term weighed by the best field it is in.
    pub fn new(catalog: Catalog) -> Self {
        let keywords = keywords();
        let terms = catalog
            .procedures
            .values()
            .map(|p| {
                let mut terms: BTreeMap<String, f32> = BTreeMap::new();
                let mut add = |text: &str, weight: f32| {
                    for t in nafida_domain::search::terms(text) {
                        let w = terms.entry(t).or_insert(0.0);
                        *w = w.max(weight);
                    }
                };
                for t in [&p.title.ar, &p.title.fr, &p.title.en] {
                    add(t, WEIGHT_TITLE);
                }
                add(&p.id.replace('-', " "), WEIGHT_TITLE);
                for k in keywords.get(&p.id).into_iter().flatten() {
                    add(k, WEIGHT_KEYWORD);
                }
                for t in [&p.summary.ar, &p.summary.fr, &p.summary.en] {
                    add(t, WEIGHT_SUMMARY);
                }
                for d in &p.documents {
                    for t in [&d.label.ar, &d.label.fr, &d.label.en] {
                        add(t, WEIGHT_DOCUMENT);
                    }
                }
                (p.id.clone(), terms)
            })
            .collect();
        let versions = catalog
            .procedures
            .values()
            .filter_map(|p| {
                let w = catalog.workflow_of(p)?;
                Some(((p.id.clone(), i64::from(p.version)), (Arc::new(p.clone()), Arc::new(w.clone()))))
            })
            .collect();
        CatalogIndex { catalog, terms, versions: std::sync::Mutex::new(versions) }
    }

    /// How well a procedure answers a query: for each term of the query, its best match among
    /// the procedure's terms times their weight; 0 when a term matches nothing.
    fn score(&self, id: &str, query: &[String]) -> f32 {
        let Some(terms) = self.terms.get(id) else { return 0.0 };
        let mut total = 0.0;
        for q in query {
            let best = terms.iter().map(|(t, w)| nafida_domain::search::closeness(q, t) * w).fold(0.0_f32, f32::max);
            if best == 0.0 {
                return 0.0;
            }
            total += best;
        }
        total
    }

    /// The procedure as it was at `version`, with its workflow as it was then: the current
    /// ones, or older ones read back from the version register (a case keeps the rules it was
    /// filed under).
    pub async fn version(&self, db: &nafida_store::Db, id: &str, version: i64) -> Result<Pinned, String> {
        if let Some(p) = self.versions.lock().map_err(|e| e.to_string())?.get(&(id.to_string(), version)) {
            return Ok(p.clone());
        }
        let (source, workflow_source) = nafida_store::catalog::version_source(db, id, version)
            .await
            .map_err(|e| e.to_string())?
            .ok_or_else(|| format!("procedure {id} version {version} is not in the register"))?;
        let file = format!("catalog/{id}.toml");
        let pinned = match workflow_source {
            Some(w) => {
                let (p, w) = self.catalog.parse_pinned(&file, &source, "workflow", &w).map_err(|e| e.to_string())?;
                (Arc::new(p), Arc::new(w))
            }
            // Recorded before workflows were pinned, and not served since: today's workflow.
            None => {
                let p = self.catalog.parse_procedure(&file, &source).map_err(|e| e.to_string())?;
                let w = self.catalog.workflow_of(&p).ok_or("workflow gone")?.clone();
                (Arc::new(p), Arc::new(w))
            }
        };
        self.versions.lock().map_err(|e| e.to_string())?.insert((id.to_string(), version), pinned.clone());
        Ok(pinned)
    }

    /// Procedures matching a search, a theme and a kind of administration (each optional): with
    /// a search, the best answers first (every word of it must match: exactly, as the start of a
    /// word, or a Latin word within a typo); without, in the catalogue's order.
    pub fn find(&self, query: &str, theme: Option<&str>, kind: Option<&str>) -> Vec<&Procedure> {
        let query = nafida_domain::search::terms(query);
        let mut found: Vec<(f32, &Procedure)> = self
            .catalog
            .procedures
            .values()
            .filter(|p| theme.is_none_or(|t| p.theme == t))
            .filter(|p| kind.is_none_or(|k| p.responsible.as_str() == k))
            .map(|p| (if query.is_empty() { 1.0 } else { self.score(&p.id, &query) }, p))
            .filter(|(score, _)| *score > 0.0)
            .collect();
        found.sort_by(|a, b| b.0.total_cmp(&a.0));
        found.into_iter().map(|(_, p)| p).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_catalogue_is_valid_and_covers_the_services() {
        let catalog = match embedded() {
            Ok(c) => c,
            Err(errors) => unreachable!("{}", errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")),
        };
        assert!(catalog.procedures.len() >= 15);
        for theme in nafida_domain::catalog::THEMES {
            assert!(catalog.procedures.values().any(|p| p.theme == *theme), "no procedure in {theme}");
        }
        let index = CatalogIndex::new(catalog);
        let ids = |q: &str| index.find(q, None, None).iter().map(|p| p.id.clone()).collect::<Vec<_>>();
        assert!(ids("نسخه موجزه").contains(&"birth-extract".to_string()), "Arabic, folded");
        assert!(ids("legalisation").contains(&"signature-legalisation".to_string()), "French without accents");
        assert!(ids("building permit").contains(&"building-permit".to_string()));
        assert!(ids("zzzz").is_empty());
    }

    /// The queries people type (`data/search-queries.tsv`): each finds its procedure first, or
    /// in the first three where the line says so.
    #[test]
    fn real_queries_find_their_procedure() {
        let Ok(catalog) = embedded() else { unreachable!("the catalogue loads") };
        let keywords = keywords();
        for id in keywords.keys() {
            assert!(
                catalog.procedures.contains_key(id),
                "data/search-keywords.toml names {id}, which is not a procedure"
            );
        }
        assert!(nafida_domain::search::parse_keywords(KEYWORDS).is_ok(), "data/search-keywords.toml reads");
        let index = CatalogIndex::new(catalog);
        let mut failures = vec![];
        let mut count = 0;
        for line in include_str!("../../../data/search-queries.tsv").lines().filter(|l| !l.starts_with('#')) {
            let parts: Vec<&str> = line.split('\t').collect();
            let [query, expected, rank] = parts[..] else { continue };
            count += 1;
            let found: Vec<String> = index.find(query, None, None).iter().take(3).map(|p| p.id.clone()).collect();
            let within = if rank == "1" { 1 } else { 3 };
            if !found.iter().take(within).any(|id| id == expected) {
                failures.push(format!("{query:?}: expected {expected} within {within}, got {found:?}"));
            }
        }
        assert!(count >= 80, "at least 80 queries, {count} read");
        assert!(failures.is_empty(), "{} of {count} queries fail:\n{}", failures.len(), failures.join("\n"));
        // "etat civil" finds every civil-status procedure.
        let civil: Vec<String> = index.find("etat civil", None, None).iter().map(|p| p.id.clone()).collect();
        for id in [
            "birth-extract",
            "birth-full-copy",
            "birth-predeclaration",
            "birth-transcription",
            "death-predeclaration",
            "marriage-transcription",
            "name-correction",
        ] {
            assert!(civil.contains(&id.to_string()), "etat civil: {id} missing from {civil:?}");
        }
    }
}
