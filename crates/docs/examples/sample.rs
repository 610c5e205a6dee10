//! Writes a sample sealed document to the path given (for looking at it).

use std::collections::BTreeMap;

use nafida_docs::{Document, Row, SigningKey, render, seal};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).unwrap_or_else(|| "sample.pdf".into());
    let row = |fr: &str, vfr: &str, ar: &str, var: &str| Row {
        label_fr: fr.into(),
        value_fr: vfr.into(),
        label_ar: ar.into(),
        value_ar: var.into(),
    };
    let doc = Document {
        header_ar: vec!["المملكة المغربية".into(), "عمالة إقليم الحسيمة".into(), "مكتب الحالة المدنية بإمزورن".into()],
        header_fr: vec![
            "Royaume du Maroc".into(),
            "Province d’Al Hoceima".into(),
            "Bureau d’état civil d’Imzouren".into(),
        ],
        title_ar: "نسخة موجزة من رسم الولادة".into(),
        title_fr: "Extrait d’acte de naissance".into(),
        rows: vec![
            row("Nom", "Amina El Idrissi", "الاسم", "أمينة الإدريسي"),
            row("Date de naissance", "12/04/1990", "تاريخ الازدياد", "1990/04/12"),
            row("Lieu de naissance", "Imzouren", "مكان الازدياد", "إمزورن"),
            row("Acte", "n° 1234 / 1990", "رقم الرسم", "1234 / 1990"),
        ],
        footer_fr: vec!["Délivré le 30/11/2026.".into(), "Code de vérification : 7K3M9QX4PA".into()],
        footer_ar: vec!["سلمت بتاريخ 2026/11/30".into(), "رمز التحقق: 7K3M9QX4PA".into()],
        qr: "https://nafida.example.ma/verify/7K3M9QX4PA".into(),
        data: BTreeMap::from([("code".into(), "7K3M9QX4PA".into())]),
    };
    let pdf = seal(render(&doc)?, &SigningKey::from_seed([1; 32]));
    std::fs::write(&path, &pdf)?;
    println!("{path}: {} bytes", pdf.len());
    Ok(())
}
