//! The page of an issued document: both languages side by side — French from the left edge,
//! Arabic from the right — a title, the rows of data, and a footer with the QR code that leads
//! to the verification page.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use base64::Engine as _;
use sha2::{Digest, Sha256};

use crate::pdf::{Pdf, embed_font, text_string};
use crate::text::{Font, FontError, Line, Weight, shape_line_with};

/// A row of data: a label and a value in each language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// French label (left).
    pub label_fr: String,
    /// Value shown on the left.
    pub value_fr: String,
    /// Arabic label (right).
    pub label_ar: String,
    /// Value shown on the right.
    pub value_ar: String,
}

/// What a document says, already translated by the caller.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    /// Lines at the top right, in Arabic (the state, the administration).
    pub header_ar: Vec<String>,
    /// Lines at the top left, in French.
    pub header_fr: Vec<String>,
    /// Title in Arabic.
    pub title_ar: String,
    /// Title in French.
    pub title_fr: String,
    /// The data.
    pub rows: Vec<Row>,
    /// Lines at the bottom, in French (issuance, how to verify).
    pub footer_fr: Vec<String>,
    /// Lines at the bottom, in Arabic.
    pub footer_ar: Vec<String>,
    /// What the QR code holds (the verification address).
    pub qr: String,
    /// The signed facts, embedded in the file for offline verification.
    pub data: BTreeMap<String, String>,
}

/// Why a document could not be drawn.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// The embedded font is unreadable.
    #[error(transparent)]
    Font(#[from] FontError),
    /// The QR code cannot hold the address.
    #[error("the verification address does not fit in a QR code")]
    Qr,
}

const WIDTH: f32 = 595.0;
const HEIGHT: f32 = 842.0;
const MARGIN: f32 = 50.0;

/// Where a line goes, and its paragraph direction: French lines from the left margin, Arabic
/// lines from the right one, titles centred.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Align {
    Left,
    Right,
    CenterLtr,
    CenterRtl,
}

/// The box a line of text takes on the page, in points from the bottom left.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextBox {
    /// Left edge.
    pub x0: f32,
    /// Bottom (descenders included).
    pub y0: f32,
    /// Right edge.
    pub x1: f32,
    /// Top (ascenders included).
    pub y1: f32,
}

impl TextBox {
    /// Whether two boxes share any area.
    pub fn intersects(&self, other: &TextBox) -> bool {
        self.x0 < other.x1 && other.x0 < self.x1 && self.y0 < other.y1 && other.y0 < self.y1
    }
}

pub(crate) struct Page<'f> {
    /// Regular, bold, Tifinagh (by [`Weight`]).
    fonts: [&'f Font; 3],
    used: [BTreeMap<u16, String>; 3],
    ops: String,
    boxes: Vec<TextBox>,
    /// Text drawn with no glyph for it (an empty box): there must be none.
    missing: Vec<String>,
}

/// The distance between two lines of a block, for a size: more than a line's box is high.
fn leading(size: f32) -> f32 {
    size * 1.35
}

impl Page<'_> {
    /// The words of `text` in lines no wider than `room` points at `size`.
    pub(crate) fn wrap(&self, weight: Weight, size: f32, room: f32, rtl: bool, text: &str) -> Vec<String> {
        let (font, tifinagh) = (self.fonts[weight as usize], self.fonts[Weight::Tifinagh as usize]);
        let fits = |t: &str| shape_line_with(font, Some(tifinagh), t, rtl).width() * size / 1000.0 <= room;
        let mut lines: Vec<String> = vec![];
        let mut current = String::new();
        for word in text.split(' ').filter(|w| !w.is_empty()) {
            let candidate = if current.is_empty() { word.to_string() } else { format!("{current} {word}") };
            if fits(&candidate) || current.is_empty() {
                current = candidate;
            } else {
                lines.push(std::mem::replace(&mut current, word.to_string()));
            }
        }
        if !current.is_empty() {
            lines.push(current);
        }
        lines
    }

    /// Draws `text` as a block of lines no wider than `room`, the first at `y`, each next one
    /// [`leading`] lower; returns how far below `y` the last line sits.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn block(
        &mut self,
        weight: Weight,
        size: f32,
        x: f32,
        y: f32,
        align: Align,
        room: f32,
        text: &str,
    ) -> f32 {
        let rtl = matches!(align, Align::Right | Align::CenterRtl);
        let lines = self.wrap(weight, size, room, rtl, text);
        for (i, line) in lines.iter().enumerate() {
            self.text(weight, size, x, y - i as f32 * leading(size), align, line);
        }
        lines.len().saturating_sub(1) as f32 * leading(size)
    }

    pub(crate) fn text(&mut self, weight: Weight, size: f32, x: f32, y: f32, align: Align, text: &str) {
        let i = weight as usize;
        let rtl = matches!(align, Align::Right | Align::CenterRtl);
        let tif = Weight::Tifinagh as usize;
        let line: Line = shape_line_with(self.fonts[i], Some(self.fonts[tif]), text, rtl);
        if line.runs.is_empty() {
            return;
        }
        for (face, map) in [(i, &line.unicode), (tif, &line.tifinagh_unicode)] {
            for (g, t) in map {
                let slot = self.used[face].entry(*g).or_default();
                if slot.is_empty() {
                    slot.clone_from(t);
                }
            }
        }
        for run in &line.runs {
            if run.glyphs.iter().any(|g| g.gid == 0) && !run.text.trim().is_empty() {
                self.missing.push(run.text.clone());
            }
        }
        let width = line.width() * size / 1000.0;
        let mut pen = match align {
            Align::Left => x,
            Align::Right => x - width,
            Align::CenterLtr | Align::CenterRtl => x - width / 2.0,
        };
        // Amiri's ascenders and descenders reach about 0.9 and 0.35 of the size.
        self.boxes.push(TextBox { x0: pen, y0: y - 0.35 * size, x1: pen + width, y1: y + 0.9 * size });
        self.ops.push_str("BT\n");
        for run in &line.runs {
            let face = if run.tifinagh { tif } else { i };
            let _ = writeln!(self.ops, "/F{} {size} Tf", face + 1);
            // Glyphs left in the current multi-glyph cluster: they are marked as one piece of
            // text, so extraction neither repeats its letter nor sees a gap inside a word.
            let mut in_span = 0;
            for g in &run.glyphs {
                if let Some((t, n)) = &g.span {
                    let _ = writeln!(self.ops, "/Span << /ActualText {} >> BDC", text_string(t));
                    in_span = *n;
                }
                let gx = pen + g.x_offset * size / 1000.0;
                let gy = y + g.y_offset * size / 1000.0;
                let _ = writeln!(self.ops, "1 0 0 1 {gx:.2} {gy:.2} Tm <{:04X}> Tj", g.gid);
                pen += g.advance * size / 1000.0;
                if in_span > 0 {
                    in_span -= 1;
                    if in_span == 0 {
                        self.ops.push_str("EMC\n");
                    }
                }
            }
        }
        self.ops.push_str("ET\n");
    }

    pub(crate) fn rule(&mut self, y: f32) {
        let _ = writeln!(self.ops, "0.75 G 0.5 w {MARGIN} {y:.2} m {:.2} {y:.2} l S", WIDTH - MARGIN);
    }

    pub(crate) fn qr(&mut self, payload: &str, x: f32, y: f32, size: f32) -> Result<(), RenderError> {
        let code = qrcode::QrCode::new(payload.as_bytes()).map_err(|_| RenderError::Qr)?;
        let n = code.width();
        let colors = code.to_colors();
        let cell = size / n as f32;
        self.ops.push_str("0 g\n");
        for (i, c) in colors.iter().enumerate() {
            if *c == qrcode::Color::Dark {
                let (cx, cy) = ((i % n) as f32, (i / n) as f32);
                let _ = writeln!(
                    self.ops,
                    "{:.2} {:.2} {cell:.2} {cell:.2} re f",
                    x + cx * cell,
                    y + size - (cy + 1.0) * cell
                );
            }
        }
        Ok(())
    }
}

/// Draws the document as a one-page A4 PDF (not yet sealed: see [`crate::seal`]).
pub fn render(doc: &Document) -> Result<Vec<u8>, RenderError> {
    Ok(render_with_boxes(doc)?.pdf)
}

/// A document drawn, with what a reader's eye checks: the box of every line of text (no two
/// may intersect) and any text drawn without a glyph for it (there must be none).
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The PDF.
    pub pdf: Vec<u8>,
    /// Every line's box.
    pub boxes: Vec<TextBox>,
    /// Runs of text some letter of which has no glyph in its face.
    pub missing: Vec<String>,
}

impl Rendered {
    /// What a reader would find wrong: how many pairs of lines overlap, how many lines leave
    /// the page, how many runs of text have a letter without its glyph. All zero for a
    /// document that reads well.
    pub fn faults(&self) -> (usize, usize, usize) {
        let mut overlaps = 0;
        for (i, a) in self.boxes.iter().enumerate() {
            overlaps += self.boxes[i + 1..].iter().filter(|b| a.intersects(b)).count();
        }
        let outside = self.boxes.iter().filter(|b| b.x0 < 0.0 || b.y0 < 0.0 || b.x1 > WIDTH || b.y1 > HEIGHT).count();
        (overlaps, outside, self.missing.len())
    }
}

/// Draws the document, with the box of every line of text and the text drawn without glyphs.
pub fn render_with_boxes(doc: &Document) -> Result<Rendered, RenderError> {
    let [regular, bold, tifinagh] = fonts()?;
    let mut page = Page::new([&regular, &bold, &tifinagh]);
    let right = WIDTH - MARGIN;
    // Each language has half the width, less a gutter, wherever both sit side by side.
    let half = (WIDTH - 2.0 * MARGIN) / 2.0 - 8.0;
    let full = WIDTH - 2.0 * MARGIN;
    let mut y = HEIGHT - 60.0;
    let (mut ar_y, mut fr_y) = (y, y);
    for line in &doc.header_ar {
        ar_y -= page.block(Weight::Bold, 11.0, right, ar_y, Align::Right, half, line) + 15.0;
    }
    for line in &doc.header_fr {
        fr_y -= page.block(Weight::Bold, 10.0, MARGIN, fr_y, Align::Left, half, line) + 15.0;
    }
    y = ar_y.min(fr_y) - 40.0;
    y -= page.block(Weight::Bold, 18.0, WIDTH / 2.0, y, Align::CenterRtl, full, &doc.title_ar) + 26.0;
    y -= page.block(Weight::Bold, 14.0, WIDTH / 2.0, y, Align::CenterLtr, full, &doc.title_fr) + 20.0;
    page.rule(y);
    y -= 22.0;
    for row in &doc.rows {
        let fr = page.block(Weight::Regular, 8.0, MARGIN, y + 2.0, Align::Left, half, &row.label_fr);
        let ar = page.block(Weight::Regular, 9.0, right, y + 2.0, Align::Right, half, &row.label_ar);
        y -= fr.max(ar) + 15.0;
        let fr = page.block(Weight::Bold, 11.0, MARGIN, y, Align::Left, half, &row.value_fr);
        let ar = page.block(Weight::Bold, 12.0, right, y, Align::Right, half, &row.value_ar);
        y -= fr.max(ar) + 9.0;
        page.rule(y);
        y -= 16.0;
    }
    // The footer beside the QR code: the French lines, then the Arabic ones below them, in the
    // width left by the code; raised as much as its lines need to stay on the page.
    let qr_size = 96.0;
    let column = right - (MARGIN + qr_size + 14.0);
    // How far below the first line the last one sits (each block's lines, then its gap).
    let drop = |weight, size: f32, rtl, gap: f32, texts: &[String]| -> f32 {
        texts
            .iter()
            .map(|t| page.wrap(weight, size, column, rtl, t).len().saturating_sub(1) as f32 * leading(size) + gap)
            .sum()
    };
    let needed = drop(Weight::Regular, 8.0, false, 12.0, &doc.footer_fr)
        + drop(Weight::Regular, 9.0, true, 13.0, &doc.footer_ar);
    let bottom = 36.0;
    // The last line's baseline is `needed` less its own gap below the top; its descenders stay
    // above the bottom margin.
    let top = (bottom + qr_size - 8.0).max(bottom + needed);
    page.qr(&doc.qr, MARGIN, top + 8.0 - qr_size, qr_size)?;
    let mut fy = top;
    for line in &doc.footer_fr {
        fy -= page.block(Weight::Regular, 8.0, MARGIN + qr_size + 14.0, fy, Align::Left, column, line) + 12.0;
    }
    for line in &doc.footer_ar {
        fy -= page.block(Weight::Regular, 9.0, right, fy, Align::Right, column, line) + 13.0;
    }

    let title = format!("{} — {}", doc.title_fr, doc.title_ar);
    let pdf = finish(&page, [&regular, &bold, &tifinagh], (WIDTH, HEIGHT), &title, &doc.data);
    let (boxes, missing) = page.into_checks();
    Ok(Rendered { pdf, boxes, missing })
}

/// The fonts a page is drawn with, loaded once: regular, bold, Tifinagh.
pub(crate) fn fonts() -> Result<[Font; 3], FontError> {
    Ok([Font::load(Weight::Regular)?, Font::load(Weight::Bold)?, Font::load(Weight::Tifinagh)?])
}

impl<'f> Page<'f> {
    /// An empty page drawn with these fonts.
    pub(crate) fn new(fonts: [&'f Font; 3]) -> Page<'f> {
        Page {
            fonts,
            used: [BTreeMap::new(), BTreeMap::new(), BTreeMap::new()],
            ops: String::new(),
            boxes: vec![],
            missing: vec![],
        }
    }

    /// A filled rectangle in a grey level (0 black, 1 white).
    pub(crate) fn fill(&mut self, grey: f32, x: f32, y: f32, w: f32, h: f32) {
        let _ = writeln!(self.ops, "{grey:.2} g {x:.2} {y:.2} {w:.2} {h:.2} re f 0 g");
    }

    /// The boxes of its lines and the text drawn without glyphs.
    pub(crate) fn into_checks(self) -> (Vec<TextBox>, Vec<String>) {
        (self.boxes, self.missing)
    }
}

/// The one-page PDF of a drawn page of `size` points, its fonts subset to the glyphs used and
/// the signed facts in its information dictionary.
pub(crate) fn finish(
    page: &Page<'_>,
    fonts: [&Font; 3],
    size: (f32, f32),
    title: &str,
    data: &BTreeMap<String, String>,
) -> Vec<u8> {
    finish_pages(std::slice::from_ref(page), fonts, size, title, data)
}

/// The PDF of drawn pages of `size` points, in order, their fonts subset to the glyphs any
/// of them used.
pub(crate) fn finish_pages(
    drawn: &[Page<'_>],
    fonts: [&Font; 3],
    size: (f32, f32),
    title: &str,
    data: &BTreeMap<String, String>,
) -> Vec<u8> {
    let [regular, bold, tifinagh] = fonts;
    let (width, height) = size;
    let mut used: [BTreeMap<u16, String>; 3] = [BTreeMap::new(), BTreeMap::new(), BTreeMap::new()];
    for page in drawn {
        for (all, of_page) in used.iter_mut().zip(&page.used) {
            all.extend(of_page.iter().map(|(g, s)| (*g, s.clone())));
        }
    }
    let mut pdf = Pdf::default();
    let catalog = pdf.reserve();
    let pages = pdf.reserve();
    let page_ids: Vec<usize> = drawn.iter().map(|_| pdf.reserve()).collect();
    let f1 = embed_font(&mut pdf, regular, "Amiri", &subset_tag(&used[0], "R"), &used[0]);
    let f2 = embed_font(&mut pdf, bold, "Amiri-Bold", &subset_tag(&used[1], "B"), &used[1]);
    // The Tifinagh face only when a line used it.
    let f3 = (!used[2].is_empty()).then(|| {
        let id = embed_font(&mut pdf, tifinagh, "NotoSansTifinagh", &subset_tag(&used[2], "T"), &used[2]);
        format!(" /F3 {id} 0 R")
    });
    let kids: Vec<String> = page_ids.iter().map(|id| format!("{id} 0 R")).collect();
    pdf.set(catalog, format!("<< /Type /Catalog /Pages {pages} 0 R /Lang (ar-MA) >>"));
    pdf.set(pages, format!("<< /Type /Pages /Kids [{}] /Count {} >>", kids.join(" "), drawn.len()));
    for (page, id) in drawn.iter().zip(page_ids) {
        let contents = pdf.add_stream("", page.ops.as_bytes());
        pdf.set(
            id,
            format!(
                "<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 {width} {height}] \
                 /Resources << /Font << /F1 {f1} 0 R /F2 {f2} 0 R{} >> >> /Contents {contents} 0 R >>",
                f3.clone().unwrap_or_default()
            ),
        );
    }
    let data = serde_json::to_string(data).unwrap_or_default();
    let data = base64::engine::general_purpose::STANDARD.encode(data.as_bytes());
    let info = pdf.add(format!("<< /Title {} /Producer (Nafida) /NafidaData ({data}) >>", text_string(title)));
    pdf.finish(catalog, info)
}

/// Six capital letters naming a font subset, from the glyphs it holds.
fn subset_tag(used: &BTreeMap<u16, String>, salt: &str) -> String {
    let mut h = Sha256::new();
    h.update(salt);
    for g in used.keys() {
        h.update(g.to_be_bytes());
    }
    h.finalize().iter().take(6).map(|b| char::from(b'A' + b % 26)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn long_document() -> Document {
        let row = |fr: &str, ar: &str| Row {
            label_fr: format!("Libellé {fr}"),
            value_fr: fr.repeat(3),
            label_ar: format!("تسمية {ar}"),
            value_ar: ar.repeat(3),
        };
        Document {
            header_ar: vec!["المملكة المغربية".into(), "مكتب الحالة المدنية لجماعة إمزورن — إقليم الحسيمة".into()],
            header_fr: vec![
                "Royaume du Maroc".into(),
                "Bureau de l’état civil de la commune d’Imzouren — province d’Al Hoceima".into(),
            ],
            title_ar: "نسخة موجزة من رسم الولادة".into(),
            title_fr: "Extrait d’acte de naissance".into(),
            rows: vec![
                row("Amina El Idrissi Benali Ouazzani ", "أمينة الإدريسي بنعلي الوزاني "),
                row("12/04/1990 ", "12/04/1990 "),
                row("ⴰⵎⵉⵏⴰ ⵍⵉⴷⵔⵉⵙⵉ ", "ⴰⵎⵉⵏⴰ ⵍⵉⴷⵔⵉⵙⵉ "),
            ],
            footer_fr: vec![
                "Délivré le 30/11/2026 pour la demande AH-26-ABCDEFGH par le bureau de l’état civil d’Imzouren".into(),
                "Scellé électroniquement par la clé nafida-2026-0123456789abcdef".into(),
                "Code de vérification : ABCD-EFGH-JK".into(),
                "Vérifiez sur https://nafida.example.ma/verify/ABCDEFGHJK".into(),
            ],
            footer_ar: vec![
                "سلمت بتاريخ 30/11/2026 للطلب AH-26-ABCDEFGH من طرف مكتب الحالة المدنية لإمزورن".into(),
                "مختومة إلكترونيا بالمفتاح nafida-2026-0123456789abcdef".into(),
                "رمز التحقق: ABCD-EFGH-JK".into(),
                "تحقق منها بمسح الرمز".into(),
            ],
            qr: "https://nafida.example.ma/verify/ABCDEFGHJK".into(),
            data: BTreeMap::new(),
        }
    }

    #[test]
    fn no_two_lines_of_text_overlap_even_long_ones() {
        let Ok(Rendered { boxes, missing, .. }) = render_with_boxes(&long_document()) else { unreachable!("renders") };
        assert_eq!(missing, Vec::<String>::new(), "every letter has its glyph");
        assert!(boxes.len() > 20, "{}", boxes.len());
        for (i, a) in boxes.iter().enumerate() {
            assert!(a.x0 >= MARGIN - 0.5 && a.x1 <= WIDTH - MARGIN + 0.5, "line {i} leaves the margins: {a:?}");
            assert!(a.y0 >= 20.0 && a.y1 <= HEIGHT - 20.0, "line {i} leaves the page: {a:?}");
            for (j, b) in boxes.iter().enumerate().skip(i + 1) {
                assert!(!a.intersects(b), "lines {i} and {j} overlap: {a:?} {b:?}");
            }
        }
    }
}
