//! A province's monthly report on one A4 page: French from the left, Arabic from the right,
//! and tables whose figures sit in columns between the two labels of each line; the QR code
//! and the verification code at the bottom. Sealed like every issued document.

use std::collections::BTreeMap;

use crate::layout::{Align, Page, RenderError, Rendered, finish, fonts};
use crate::text::Weight;

const WIDTH: f32 = 595.0;
const HEIGHT: f32 = 842.0;
const MARGIN: f32 = 40.0;
/// The room of each language's label in a table line.
const LABEL: f32 = 150.0;
const LINE: f32 = 12.5;
const QR: f32 = 80.0;

/// A table: its title and column heads in both languages, and its lines.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    /// Title, French.
    pub title_fr: String,
    /// Title, Arabic.
    pub title_ar: String,
    /// Column heads: (French, Arabic), one per figure column.
    pub columns: Vec<(String, String)>,
    /// Lines: French label, Arabic label, the figures.
    pub lines: Vec<(String, String, Vec<String>)>,
}

/// What the report says, already translated by the caller.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReportPage {
    /// Top lines, French (the state, the province).
    pub header_fr: Vec<String>,
    /// Top lines, Arabic.
    pub header_ar: Vec<String>,
    /// Title, French.
    pub title_fr: String,
    /// Title, Arabic.
    pub title_ar: String,
    /// The tables.
    pub tables: Vec<Table>,
    /// Lines beside the QR code: (French, Arabic).
    pub footer: Vec<(String, String)>,
    /// What the QR code holds (the verification address).
    pub qr: String,
    /// The signed facts, embedded for offline verification.
    pub data: BTreeMap<String, String>,
}

/// Cuts a label to what its room holds, with an ellipsis.
fn fit(page: &Page<'_>, weight: Weight, size: f32, room: f32, rtl: bool, text: &str) -> String {
    let lines = page.wrap(weight, size, room, rtl, text);
    match lines.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [first, ..] => format!("{first}…"),
    }
}

/// Draws the report as a one-page PDF (not yet sealed).
pub fn render_report(r: &ReportPage) -> Result<Rendered, RenderError> {
    let [regular, bold, tifinagh] = fonts()?;
    let mut page = Page::new([&regular, &bold, &tifinagh]);
    let right = WIDTH - MARGIN;
    let half = (WIDTH - 2.0 * MARGIN) / 2.0 - 8.0;
    let mut y = HEIGHT - 44.0;
    let (mut ar_y, mut fr_y) = (y, y);
    for line in &r.header_ar {
        ar_y -= page.block(Weight::Bold, 9.5, right, ar_y, Align::Right, half, line) + 13.0;
    }
    for line in &r.header_fr {
        fr_y -= page.block(Weight::Bold, 8.5, MARGIN, fr_y, Align::Left, half, line) + 13.0;
    }
    y = ar_y.min(fr_y) - 14.0;
    y -= page.block(Weight::Bold, 14.0, WIDTH / 2.0, y, Align::CenterRtl, WIDTH - 2.0 * MARGIN, &r.title_ar) + 19.0;
    y -= page.block(Weight::Bold, 12.0, WIDTH / 2.0, y, Align::CenterLtr, WIDTH - 2.0 * MARGIN, &r.title_fr) + 12.0;
    for t in &r.tables {
        page.rule(y);
        y -= 13.0;
        page.text(Weight::Bold, 8.5, MARGIN, y, Align::Left, &fit(&page, Weight::Bold, 8.5, half, false, &t.title_fr));
        page.text(Weight::Bold, 9.5, right, y, Align::Right, &fit(&page, Weight::Bold, 9.5, half, true, &t.title_ar));
        y -= LINE + 1.0;
        let figures = WIDTH - 2.0 * MARGIN - 2.0 * LABEL;
        let column = figures / t.columns.len().max(1) as f32;
        let centre = |i: usize| MARGIN + LABEL + column * (i as f32 + 0.5);
        if !t.columns.is_empty() {
            for (i, (fr, ar)) in t.columns.iter().enumerate() {
                let head = fit(&page, Weight::Regular, 6.0, column - 4.0, false, fr);
                page.text(Weight::Regular, 6.0, centre(i), y, Align::CenterLtr, &head);
                let head = fit(&page, Weight::Regular, 6.5, column - 4.0, true, ar);
                page.text(Weight::Regular, 6.5, centre(i), y - 9.0, Align::CenterRtl, &head);
            }
            y -= LINE + 8.0;
        }
        for (fr, ar, cells) in &t.lines {
            page.text(
                Weight::Regular,
                7.5,
                MARGIN,
                y,
                Align::Left,
                &fit(&page, Weight::Regular, 7.5, LABEL - 6.0, false, fr),
            );
            page.text(
                Weight::Regular,
                8.0,
                right,
                y,
                Align::Right,
                &fit(&page, Weight::Regular, 8.0, LABEL - 6.0, true, ar),
            );
            for (i, cell) in cells.iter().enumerate() {
                page.text(Weight::Bold, 8.0, centre(i), y, Align::CenterLtr, cell);
            }
            y -= LINE;
        }
        y -= 4.0;
    }
    // The QR code at the bottom left, the footer's lines beside it.
    page.qr(&r.qr, MARGIN, 30.0, QR)?;
    let column_x = MARGIN + QR + 12.0;
    let room = right - column_x;
    let mut fy = 30.0 + QR - 8.0;
    for (fr, ar) in &r.footer {
        fy -= page.block(Weight::Regular, 7.0, column_x, fy, Align::Left, room, fr) + 10.0;
        fy -= page.block(Weight::Regular, 7.5, right, fy, Align::Right, room, ar) + 11.0;
    }
    let title = format!("{} — {}", r.title_fr, r.title_ar);
    let pdf = finish(&page, [&regular, &bold, &tifinagh], (WIDTH, HEIGHT), &title, &r.data);
    let (boxes, missing) = page.into_checks();
    Ok(Rendered { pdf, boxes, missing })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_report_stays_on_its_page_without_overlaps() {
        let line = |i: usize| {
            (
                format!("Commune numéro {i} — service de l’état civil et de l’urbanisme"),
                format!("جماعة رقم {i} — مصلحة الحالة المدنية والتعمير"),
                vec!["1 234".into(), "1 200".into(), "97.5 %".into(), "12".into()],
            )
        };
        let columns = vec![
            ("Déposées".into(), "مودعة".into()),
            ("Traitées".into(), "معالجة".into()),
            ("Dans le délai".into(), "داخل الأجل".into()),
            ("En retard".into(), "متأخرة".into()),
        ];
        let r = ReportPage {
            header_fr: vec!["Royaume du Maroc".into(), "Province d’Al Hoceima".into()],
            header_ar: vec!["المملكة المغربية".into(), "عمالة إقليم الحسيمة".into()],
            title_fr: "Rapport mensuel — novembre 2026".into(),
            title_ar: "التقرير الشهري — نونبر 2026".into(),
            tables: vec![
                Table {
                    title_fr: "Le mois".into(),
                    title_ar: "الشهر".into(),
                    columns: vec![],
                    lines: (0..12).map(|i| (format!("Chiffre {i}"), format!("رقم {i}"), vec!["42".into()])).collect(),
                },
                Table {
                    title_fr: "Par administration".into(),
                    title_ar: "حسب الإدارة".into(),
                    columns,
                    lines: (0..13).map(line).collect(),
                },
                Table {
                    title_fr: "Été et reste de l’année".into(),
                    title_ar: "الصيف وباقي السنة".into(),
                    columns: vec![("Été".into(), "الصيف".into()), ("Reste".into(), "الباقي".into())],
                    lines: (0..6)
                        .map(|i| (format!("Moyenne {i}"), format!("معدل {i}"), vec!["10".into(), "8".into()]))
                        .collect(),
                },
            ],
            footer: vec![
                ("Établi le 03/12/2026".into(), "حرر في 03/12/2026".into()),
                ("Code de vérification : ABCDE-FGHJK".into(), "رمز التحقق: ABCDE-FGHJK".into()),
                ("Vérifiez : https://nafida.example.ma/verify/ABCDEFGHJK".into(), "تحقق منه بمسح الرمز".into()),
            ],
            qr: "https://nafida.example.ma/verify/ABCDEFGHJK".into(),
            data: BTreeMap::new(),
        };
        let Ok(Rendered { pdf, boxes, missing }) = render_report(&r) else { unreachable!("renders") };
        assert!(pdf.starts_with(b"%PDF-"));
        assert_eq!(missing, Vec::<String>::new());
        for (i, a) in boxes.iter().enumerate() {
            assert!(a.x0 >= 0.0 && a.x1 <= WIDTH && a.y0 >= 0.0 && a.y1 <= HEIGHT, "line {i} leaves the page: {a:?}");
            assert!(a.x0 >= MARGIN + QR || a.y0 >= 30.0 + QR, "line {i} runs into the QR code: {a:?}");
            for (j, b) in boxes.iter().enumerate().skip(i + 1) {
                assert!(!a.intersects(b), "lines {i} and {j} overlap: {a:?} {b:?}");
            }
        }
    }
}
