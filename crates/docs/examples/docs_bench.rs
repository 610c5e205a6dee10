//! Benchmark (not a test): signed documents produced per second and verifications per second,
//! on one core (this process runs one thread). Run with
//! `cargo run --release -p nafida-docs --example docs_bench`.

use std::collections::BTreeMap;
use std::time::Instant;

use nafida_docs::{Document, PublicKeys, Row, SigningKey, render, seal, verify};

fn document(i: usize) -> Document {
    let row = |fr: &str, vfr: String, ar: &str, var: String| Row {
        label_fr: fr.into(),
        value_fr: vfr,
        label_ar: ar.into(),
        value_ar: var,
    };
    let code = format!("7K3M9Q{i:04}");
    Document {
        header_ar: vec!["المملكة المغربية".into(), "مكتب الحالة المدنية بإمزورن".into()],
        header_fr: vec!["Royaume du Maroc".into(), "Bureau d’état civil d’Imzouren".into()],
        title_ar: "نسخة موجزة من رسم الولادة".into(),
        title_fr: "Extrait d’acte de naissance".into(),
        rows: vec![
            row("Nom", "Amina El Idrissi".into(), "الاسم", "أمينة الإدريسي".into()),
            row("Date de naissance", "12/04/1990".into(), "تاريخ الازدياد", "1990/04/12".into()),
            row("Acte", format!("n° {i} / 1990"), "رقم الرسم", format!("{i} / 1990")),
        ],
        footer_fr: vec![format!("Code de vérification : {code}")],
        footer_ar: vec![format!("رمز التحقق: {code}")],
        qr: format!("https://nafida.example.ma/verify/{code}"),
        data: BTreeMap::from([("code".into(), code)]),
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let key = SigningKey::from_seed([3; 32]);
    let mut keys = PublicKeys::default();
    keys.add_base64(&key.public_base64())?;
    let n = 200;
    let started = Instant::now();
    let mut files = Vec::with_capacity(n);
    for i in 0..n {
        files.push(seal(render(&document(i))?, &key));
    }
    let produce = started.elapsed().as_secs_f64();
    let size = files.iter().map(Vec::len).sum::<usize>() / n;
    let rounds = 10;
    let started = Instant::now();
    for _ in 0..rounds {
        for f in &files {
            verify(f, &keys)?;
        }
    }
    let check = started.elapsed().as_secs_f64();
    println!("one core; {n} bilingual one-page documents, {size} bytes each on average");
    println!("render + seal: {:.1} documents/s ({:.2} ms each)", n as f64 / produce, produce * 1000.0 / n as f64);
    println!(
        "verify (signature over the whole file + data): {:.0} verifications/s ({:.3} ms each); {:.0}x faster than issuing",
        (n * rounds) as f64 / check,
        check * 1000.0 / (n * rounds) as f64,
        (produce / n as f64) / (check / (n * rounds) as f64)
    );
    Ok(())
}
