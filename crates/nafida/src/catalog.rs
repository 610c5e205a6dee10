//! `nafida catalog check`, and the catalogue's start-up duties: refuse a procedure whose
//! content changed under an old version number, record every version served, and seed the
//! public holidays.

use std::path::Path;

use anyhow::{Context, bail};
use nafida_domain::calendar::parse_holidays;
use nafida_domain::catalog::Catalog;
use nafida_store::Db;

/// The holidays shipped with the repository.
pub const HOLIDAYS: &str = include_str!("../../../data/holidays.toml");

fn read_dir(dir: &Path, prefix: &str) -> anyhow::Result<Vec<(String, String)>> {
    let mut files = vec![];
    for entry in std::fs::read_dir(dir).with_context(|| format!("cannot read {}", dir.display()))? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "toml") {
            let name = format!("{prefix}{}", path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default());
            files.push((
                name,
                std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?,
            ));
        }
    }
    files.sort();
    Ok(files)
}

/// `nafida catalog check [--dir DIR]`: prints every error (file:line: message) or a summary.
pub fn check(dir: Option<&Path>) -> anyhow::Result<()> {
    let loaded = match dir {
        Some(dir) => {
            let workflows = read_dir(&dir.join("workflows"), "catalog/workflows/")?;
            let procedures = read_dir(dir, "catalog/")?;
            Catalog::load(&workflows, &procedures)
        }
        None => nafida_web::catalog::embedded(),
    };
    match loaded {
        Ok(c) => {
            println!("catalogue OK: {} procedures, {} workflows", c.procedures.len(), c.workflows.len());
            Ok(())
        }
        Err(errors) => {
            for e in &errors {
                eprintln!("{e}");
            }
            bail!("the catalogue has {} error(s)", errors.len())
        }
    }
}

/// Records the versions of the built-in catalogue and seeds holidays; refuses to start when a
/// procedure changed without a new version number.
pub async fn prepare(db: &Db, now: i64) -> anyhow::Result<()> {
    let catalog = nafida_web::catalog::embedded().map_err(|errors| {
        anyhow::anyhow!(
            "the procedure catalogue has errors: {}",
            errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")
        )
    })?;
    let changed =
        nafida_store::catalog::record_versions(db, &nafida_web::catalog::embedded_sources(&catalog), now).await?;
    if let Some(c) = changed.first() {
        bail!(
            "catalog/{}.toml changed but kept version {}; give it version {} so cases filed under {} keep their rules",
            c.procedure,
            c.version,
            c.version + 1,
            c.version
        );
    }
    let holidays = parse_holidays(HOLIDAYS).map_err(|e| anyhow::anyhow!("data/holidays.toml: {e}"))?;
    let added = nafida_store::catalog::seed_holidays(db, &holidays, now).await?;
    if added > 0 {
        tracing::info!(added, "public holidays seeded");
    }
    Ok(())
}
