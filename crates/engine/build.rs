//! Embeds the procedure catalogue (`catalog/*.toml`, `catalog/workflows/*.toml`) in the binary,
//! so a deployment needs no files beside it.

use std::fmt::Write;
use std::path::Path;

fn list(dir: &Path) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn main() {
    // Paths relative to this package, never absolute: two checkouts sharing one target folder
    // (CI clones beside a working copy) must each embed their own files.
    // Read at run time: a value baked in when this script was compiled would name whichever
    // checkout compiled it first.
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into());
    let root = Path::new(&manifest).join("../../catalog");
    println!("cargo::rerun-if-changed=../../catalog");
    println!("cargo::rerun-if-changed=../../catalog/workflows");
    let mut out = String::from("/// Workflow files: (name, contents).\npub const WORKFLOWS: &[(&str, &str)] = &[\n");
    for f in list(&root.join("workflows")) {
        println!("cargo::rerun-if-changed=../../catalog/workflows/{f}");
        let _ = writeln!(
            out,
            "    (\"catalog/workflows/{f}\", include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/../../catalog/workflows/{f}\"))),"
        );
    }
    out.push_str("];\n/// Procedure files: (name, contents).\npub const PROCEDURES: &[(&str, &str)] = &[\n");
    for f in list(&root) {
        println!("cargo::rerun-if-changed=../../catalog/{f}");
        let _ = writeln!(
            out,
            "    (\"catalog/{f}\", include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/../../catalog/{f}\"))),"
        );
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join("catalog_files.rs");
    if let Err(e) = std::fs::write(&dest, out) {
        println!("cargo::warning=cannot write {}: {e}", dest.display());
    }
}
