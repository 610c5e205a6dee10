//! A small PDF writer: numbered objects, streams compressed with Flate, the cross-reference
//! table and the trailer; and the embedding of a TrueType font as a CID-keyed Type 0 font
//! (subset to the glyphs used, glyph ids kept as CIDs, with a ToUnicode map so text can be
//! copied and extracted).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::Write as _;

use crate::text::Font;

/// A PDF file under construction. Object `n` is `objects[n - 1]`.
#[derive(Debug, Default)]
pub struct Pdf {
    objects: Vec<Vec<u8>>,
}

impl Pdf {
    /// Reserves an object number, to fill later.
    pub fn reserve(&mut self) -> usize {
        self.objects.push(Vec::new());
        self.objects.len()
    }

    /// Sets an object's body.
    pub fn set(&mut self, id: usize, body: impl Into<Vec<u8>>) {
        if let Some(slot) = self.objects.get_mut(id.wrapping_sub(1)) {
            *slot = body.into();
        }
    }

    /// Adds an object; returns its number.
    pub fn add(&mut self, body: impl Into<Vec<u8>>) -> usize {
        let id = self.reserve();
        self.set(id, body);
        id
    }

    /// Adds a stream, Flate-compressed, with extra dictionary entries.
    pub fn add_stream(&mut self, extra: &str, data: &[u8]) -> usize {
        let compressed = deflate(data);
        let mut body =
            format!("<< /Length {} /Filter /FlateDecode {extra} >>\nstream\n", compressed.len()).into_bytes();
        body.extend_from_slice(&compressed);
        body.extend_from_slice(b"\nendstream");
        self.add(body)
    }

    /// The file: header, objects, cross-reference table, trailer (with the document
    /// information dictionary `info`), `%%EOF`.
    pub fn finish(self, root: usize, info: usize) -> Vec<u8> {
        let mut out = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec();
        let mut offsets = Vec::with_capacity(self.objects.len());
        for (i, body) in self.objects.iter().enumerate() {
            offsets.push(out.len());
            out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
            out.extend_from_slice(body);
            out.extend_from_slice(b"\nendobj\n");
        }
        let xref = out.len();
        let mut table = format!("xref\n0 {}\n0000000000 65535 f \n", self.objects.len() + 1);
        for o in offsets {
            let _ = writeln!(table, "{o:010} 00000 n ");
        }
        let _ = write!(
            table,
            "trailer\n<< /Size {} /Root {root} 0 R /Info {info} 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            self.objects.len() + 1
        );
        out.extend_from_slice(table.as_bytes());
        out
    }
}

fn deflate(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    // Writing to a Vec cannot fail.
    let _ = e.write_all(data);
    e.finish().unwrap_or_default()
}

/// A PDF text string: UTF-16BE with a byte-order mark, in hexadecimal.
pub fn text_string(s: &str) -> String {
    let mut out = String::from("<FEFF");
    for unit in s.encode_utf16() {
        let _ = write!(out, "{unit:04X}");
    }
    out.push('>');
    out
}

/// Embeds `font` as a Type 0 font showing the glyphs `used` (with the text each stands for);
/// returns the font object's number.
pub fn embed_font(pdf: &mut Pdf, font: &Font, base: &str, tag: &str, used: &BTreeMap<u16, String>) -> usize {
    let mut glyphs: BTreeSet<u16> = used.keys().copied().collect();
    glyphs.insert(0);
    let list: Vec<u16> = glyphs.iter().copied().collect();
    let program =
        subsetter::subset(font.data, 0, subsetter::Profile::pdf(&list)).unwrap_or_else(|_| font.data.to_vec());
    let file = pdf.add_stream(&format!("/Length1 {}", program.len()), &program);
    let (ascent, descent, bbox) = font.metrics_1000();
    let name = format!("{tag}+{base}");
    let descriptor = pdf.add(format!(
        "<< /Type /FontDescriptor /FontName /{name} /Flags 4 /FontBBox [{:.0} {:.0} {:.0} {:.0}] /ItalicAngle 0 \
         /Ascent {ascent:.0} /Descent {descent:.0} /CapHeight {ascent:.0} /StemV 80 /FontFile2 {file} 0 R >>",
        bbox[0], bbox[1], bbox[2], bbox[3]
    ));
    let mut widths = String::new();
    for g in &list {
        let _ = write!(widths, "{g} [{:.0}] ", font.width_1000(*g));
    }
    let cid = pdf.add(format!(
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) \
         /Supplement 0 >> /FontDescriptor {descriptor} 0 R /DW 0 /W [{widths}] /CIDToGIDMap /Identity >>"
    ));
    let cmap = pdf.add_stream("", to_unicode(used).as_bytes());
    pdf.add(format!(
        "<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H /DescendantFonts [{cid} 0 R] \
         /ToUnicode {cmap} 0 R >>"
    ))
}

fn to_unicode(used: &BTreeMap<u16, String>) -> String {
    let mut out = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) \
         /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    let entries: Vec<(&u16, &String)> = used.iter().filter(|(_, t)| !t.is_empty()).collect();
    for chunk in entries.chunks(100) {
        let _ = writeln!(out, "{} beginbfchar", chunk.len());
        for (gid, text) in chunk {
            let hex: String = text.encode_utf16().map(|u| format!("{u:04X}")).collect();
            let _ = writeln!(out, "<{gid:04X}> <{hex}>");
        }
        out.push_str("endbfchar\n");
    }
    out.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    out
}
