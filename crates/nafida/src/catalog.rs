//! `nafida catalog check`, and the catalogue's start-up duties: refuse a procedure whose
//! content changed under an old version number, record every version served, and seed the
//! public holidays.

use std::path::Path;

use anyhow::{Context, bail};
use nafida_domain::catalog::Catalog;
use nafida_store::Db;

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
            nafida_engine::catalog::checked(Catalog::load(&workflows, &procedures))
        }
        None => nafida_engine::catalog::embedded(),
    };
    match loaded {
        Ok(c) => {
            println!("catalogue OK: {} procedures, {} workflows", c.procedures.len(), c.workflows.len());
            let ids: Vec<&str> = c.procedures.keys().map(String::as_str).collect();
            let network = nafida_engine::consular::embedded(&ids)?;
            println!(
                "consular network OK: posts abroad {}, desks of the province {}",
                network.abroad().count(),
                network.posts.len() - network.abroad().count()
            );
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

/// Records the versions of the built-in catalogue and seeds holidays (see
/// [`nafida_engine::catalog::prepare`]).
pub async fn prepare(db: &Db, now: i64) -> anyhow::Result<()> {
    nafida_engine::catalog::prepare(db, now).await.map_err(|e| anyhow::anyhow!(e))
}
