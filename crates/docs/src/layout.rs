//! The page of an issued document: both languages side by side — French from the left edge,
//! Arabic from the right — a title, the rows of data, and a footer with the QR code that leads
//! to the verification page.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use base64::Engine as _;
use sha2::{Digest, Sha256};

use crate::pdf::{Pdf, embed_font, text_string};
use crate::text::{Font, FontError, Line, Weight, shape_line};

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
enum Align {
    Left,
    Right,
    CenterLtr,
    CenterRtl,
}

struct Page<'f> {
    fonts: [&'f Font; 2],
    used: [BTreeMap<u16, String>; 2],
    ops: String,
}

impl Page<'_> {
    fn text(&mut self, weight: Weight, size: f32, x: f32, y: f32, align: Align, text: &str) {
        let i = weight as usize;
        let rtl = matches!(align, Align::Right | Align::CenterRtl);
        let line: Line = shape_line(self.fonts[i], text, rtl);
        if line.runs.is_empty() {
            return;
        }
        for (g, t) in &line.unicode {
            let slot = self.used[i].entry(*g).or_default();
            if slot.is_empty() {
                slot.clone_from(t);
            }
        }
        let width = line.width() * size / 1000.0;
        let mut pen = match align {
            Align::Left => x,
            Align::Right => x - width,
            Align::CenterLtr | Align::CenterRtl => x - width / 2.0,
        };
        let _ = write!(self.ops, "BT\n/F{} {size} Tf\n", i + 1);
        for run in &line.runs {
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

    fn rule(&mut self, y: f32) {
        let _ = writeln!(self.ops, "0.75 G 0.5 w {MARGIN} {y:.2} m {:.2} {y:.2} l S", WIDTH - MARGIN);
    }

    fn qr(&mut self, payload: &str, x: f32, y: f32, size: f32) -> Result<(), RenderError> {
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
    let regular = Font::load(Weight::Regular)?;
    let bold = Font::load(Weight::Bold)?;
    let mut page = Page { fonts: [&regular, &bold], used: [BTreeMap::new(), BTreeMap::new()], ops: String::new() };
    let right = WIDTH - MARGIN;
    let mut y = HEIGHT - 60.0;
    for (i, line) in doc.header_ar.iter().enumerate() {
        page.text(Weight::Bold, 11.0, right, y - i as f32 * 15.0, Align::Right, line);
    }
    for (i, line) in doc.header_fr.iter().enumerate() {
        page.text(Weight::Bold, 10.0, MARGIN, y - i as f32 * 15.0, Align::Left, line);
    }
    y -= 15.0 * doc.header_ar.len().max(doc.header_fr.len()) as f32 + 40.0;
    page.text(Weight::Bold, 18.0, WIDTH / 2.0, y, Align::CenterRtl, &doc.title_ar);
    y -= 24.0;
    page.text(Weight::Bold, 14.0, WIDTH / 2.0, y, Align::CenterLtr, &doc.title_fr);
    y -= 20.0;
    page.rule(y);
    y -= 22.0;
    for row in &doc.rows {
        page.text(Weight::Regular, 8.0, MARGIN, y + 2.0, Align::Left, &row.label_fr);
        page.text(Weight::Regular, 9.0, right, y + 2.0, Align::Right, &row.label_ar);
        y -= 15.0;
        page.text(Weight::Bold, 11.0, MARGIN, y, Align::Left, &row.value_fr);
        page.text(Weight::Bold, 12.0, right, y, Align::Right, &row.value_ar);
        y -= 9.0;
        page.rule(y);
        y -= 16.0;
    }
    let qr_size = 96.0;
    page.qr(&doc.qr, MARGIN, 60.0, qr_size)?;
    let mut fy = 60.0 + qr_size - 10.0;
    for line in &doc.footer_fr {
        page.text(Weight::Regular, 8.0, MARGIN + qr_size + 14.0, fy, Align::Left, line);
        fy -= 12.0;
    }
    let mut fy = 60.0 + qr_size - 10.0;
    for line in &doc.footer_ar {
        page.text(Weight::Regular, 9.0, right, fy, Align::Right, line);
        fy -= 13.0;
    }

    let mut pdf = Pdf::default();
    let catalog = pdf.reserve();
    let pages = pdf.reserve();
    let page_id = pdf.reserve();
    let f1 = embed_font(&mut pdf, &regular, &subset_tag(&page.used[0], "R"), &page.used[0]);
    let f2 = embed_font(&mut pdf, &bold, &subset_tag(&page.used[1], "B"), &page.used[1]);
    let contents = pdf.add_stream("", page.ops.as_bytes());
    pdf.set(catalog, format!("<< /Type /Catalog /Pages {pages} 0 R /Lang (ar-MA) >>"));
    pdf.set(pages, format!("<< /Type /Pages /Kids [{page_id} 0 R] /Count 1 >>"));
    pdf.set(
        page_id,
        format!(
            "<< /Type /Page /Parent {pages} 0 R /MediaBox [0 0 {WIDTH} {HEIGHT}] \
             /Resources << /Font << /F1 {f1} 0 R /F2 {f2} 0 R >> >> /Contents {contents} 0 R >>"
        ),
    );
    let data = serde_json::to_string(&doc.data).unwrap_or_default();
    let data = base64::engine::general_purpose::STANDARD.encode(data.as_bytes());
    let info = pdf.add(format!(
        "<< /Title {} /Producer (Nafida) /NafidaData ({data}) >>",
        text_string(&format!("{} — {}", doc.title_fr, doc.title_ar))
    ));
    Ok(pdf.finish(catalog, info))
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
