//! A wallet-size card (ID-1, 85.6 × 54 mm): the "MRE Services" card, Arabic and French, with
//! the QR code that carries its signed credential ([`crate::credential`]). Sealed like every
//! issued document (see [`crate::seal`]), so the file itself is checked at `/verify` too.

use std::collections::BTreeMap;

use crate::layout::{Align, Page, RenderError, Rendered, finish, fonts};
use crate::text::Weight;

/// ID-1 in points.
pub const WIDTH: f32 = 242.65;
/// ID-1 in points.
pub const HEIGHT: f32 = 153.07;
const EDGE: f32 = 9.0;
const QR: f32 = 74.0;

/// What the card shows, already translated by the caller.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CardFace {
    /// Top line in Arabic (the state).
    pub header_ar: String,
    /// Top line in French.
    pub header_fr: String,
    /// The card's name in Arabic.
    pub title_ar: String,
    /// The card's name in French.
    pub title_fr: String,
    /// The holder in Arabic script.
    pub name_ar: String,
    /// The holder in Latin script.
    pub name_latin: String,
    /// The card's number.
    pub number: String,
    /// Lines beside the QR code, each in French then in Arabic (validity, issuer, how to check).
    pub lines: Vec<(String, String)>,
    /// What the QR code holds: the signed credential.
    pub qr: String,
    /// The signed facts, embedded for offline verification of the file.
    pub data: BTreeMap<String, String>,
}

/// Draws the card as a one-page PDF (not yet sealed).
pub fn render_card(face: &CardFace) -> Result<Rendered, RenderError> {
    let [regular, bold, tifinagh] = fonts()?;
    let mut page = Page::new([&regular, &bold, &tifinagh]);
    let right = WIDTH - EDGE;
    let half = (WIDTH - 2.0 * EDGE) / 2.0 - 4.0;
    // A light band at the top, with the state in both languages.
    page.fill(0.9, 0.0, HEIGHT - 20.0, WIDTH, 20.0);
    page.text(Weight::Bold, 6.5, right, HEIGHT - 13.0, Align::Right, &face.header_ar);
    page.text(Weight::Bold, 6.0, EDGE, HEIGHT - 13.0, Align::Left, &face.header_fr);
    let mut y = HEIGHT - 32.0;
    page.block(Weight::Bold, 8.5, right, y, Align::Right, half, &face.title_ar);
    page.block(Weight::Bold, 7.5, EDGE, y, Align::Left, half, &face.title_fr);
    y -= 18.0;
    // The holder across the card, Arabic from the right, Latin from the left.
    page.block(Weight::Bold, 9.5, right, y, Align::Right, WIDTH - 2.0 * EDGE, &face.name_ar);
    y -= 13.0;
    page.block(Weight::Bold, 8.5, EDGE, y, Align::Left, WIDTH - 2.0 * EDGE, &face.name_latin);
    // The QR code at the bottom left; the number and the lines beside it.
    page.qr(&face.qr, EDGE, EDGE, QR)?;
    let column_x = EDGE + QR + 8.0;
    let column = right - column_x;
    let mut ly = EDGE + QR - 7.0;
    page.text(Weight::Bold, 7.5, column_x, ly, Align::Left, &face.number);
    for (fr, ar) in &face.lines {
        ly -= 8.0;
        ly -= page.block(Weight::Regular, 5.0, column_x, ly, Align::Left, column, fr);
        ly -= 7.5;
        ly -= page.block(Weight::Regular, 5.5, right, ly, Align::Right, column, ar);
    }
    let title = format!("{} — {}", face.title_fr, face.title_ar);
    let pdf = finish(&page, [&regular, &bold, &tifinagh], (WIDTH, HEIGHT), &title, &face.data);
    let (boxes, missing) = page.into_checks();
    Ok(Rendered { pdf, boxes, missing })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_card_reads_well_on_its_small_page() {
        let face = CardFace {
            header_ar: "المملكة المغربية".into(),
            header_fr: "Royaume du Maroc".into(),
            title_ar: "بطاقة خدمات مغاربة العالم".into(),
            title_fr: "Carte « Services MRE »".into(),
            name_ar: "أمينة الإدريسي".into(),
            name_latin: "Amina El Idrissi".into(),
            number: "MRE-26-ABCD2345".into(),
            lines: vec![
                ("Valable du 03/12/2026 au 02/12/2028".into(), "صالحة من 03/12/2026 إلى 02/12/2028".into()),
                ("Province d’Al Hoceima".into(), "عمالة إقليم الحسيمة".into()),
                ("Code de vérification : M89ZV-TJA1S".into(), "رمز التحقق: M89ZV-TJA1S".into()),
                ("Vérifiez : https://nafida.example.ma/cards/check".into(), "تحقق منها بمسح الرمز".into()),
            ],
            qr: format!("NFC1.{}", "A".repeat(300)),
            data: BTreeMap::new(),
        };
        let Ok(Rendered { pdf, boxes, missing }) = render_card(&face) else { unreachable!("renders") };
        assert!(pdf.starts_with(b"%PDF-"));
        assert!(String::from_utf8_lossy(&pdf).contains("/MediaBox [0 0 242.65 153.07]"));
        assert_eq!(missing, Vec::<String>::new());
        for (i, a) in boxes.iter().enumerate() {
            assert!(a.x0 >= 0.0 && a.x1 <= WIDTH && a.y0 >= 0.0 && a.y1 <= HEIGHT, "line {i} leaves the card: {a:?}");
            for (j, b) in boxes.iter().enumerate().skip(i + 1) {
                assert!(!a.intersects(b), "lines {i} and {j} overlap: {a:?} {b:?}");
            }
        }
    }
}
