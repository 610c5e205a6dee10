//! The procedure catalogue embedded in the binary (see `build.rs`), checked at start, with the
//! folded text each procedure is searched by.

use std::collections::BTreeMap;

use std::sync::Arc;

use nafida_domain::catalog::{Catalog, CatalogError, Procedure, Workflow};
use nafida_domain::search::fold;
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
    folded: BTreeMap<String, String>,
    versions: std::sync::Mutex<BTreeMap<(String, i64), Pinned>>,
}

impl CatalogIndex {
    /// Builds the search text of every procedure: titles, summaries and documents in the three
    /// languages.
    pub fn new(catalog: Catalog) -> Self {
        let folded = catalog
            .procedures
            .values()
            .map(|p| {
                let mut text = String::new();
                for n in [&p.title, &p.summary].into_iter().chain(p.documents.iter().map(|d| &d.label)) {
                    for t in [&n.ar, &n.fr, &n.en] {
                        text.push_str(t);
                        text.push(' ');
                    }
                }
                text.push_str(&p.id.replace('-', " "));
                (p.id.clone(), fold(&text))
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
        CatalogIndex { catalog, folded, versions: std::sync::Mutex::new(versions) }
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

    /// Procedures matching a search, a theme and a kind of administration (each optional).
    pub fn find(&self, query: &str, theme: Option<&str>, kind: Option<&str>) -> Vec<&Procedure> {
        self.catalog
            .procedures
            .values()
            .filter(|p| theme.is_none_or(|t| p.theme == t))
            .filter(|p| kind.is_none_or(|k| p.responsible.as_str() == k))
            .filter(|p| {
                query.trim().is_empty()
                    || self.folded.get(&p.id).is_some_and(|f| nafida_domain::search::matches(query, f))
            })
            .collect()
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
}
