//! Fonts and text: the embedded Amiri faces (Arabic and Latin) and Noto Sans Tifinagh (the
//! Amazigh names civil-status acts carry), the bidirectional algorithm that splits a line into
//! runs in visual order, each run split again where it changes from one face's letters to the
//! other's, and shaping of each run into positioned glyphs.

use std::collections::BTreeMap;

use rustybuzz::{Direction, Face, UnicodeBuffer};
use unicode_bidi::BidiInfo;

/// Amiri Regular (SIL Open Font License, see `fonts/OFL.txt`).
pub const AMIRI_REGULAR: &[u8] = include_bytes!("../fonts/Amiri-Regular.ttf");
/// Amiri Bold.
pub const AMIRI_BOLD: &[u8] = include_bytes!("../fonts/Amiri-Bold.ttf");
/// Noto Sans Tifinagh Regular (SIL Open Font License, see `fonts/OFL.txt`).
pub const NOTO_TIFINAGH: &[u8] = include_bytes!("../fonts/NotoSansTifinagh-Regular.ttf");

/// Which face.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Weight {
    /// Regular.
    Regular,
    /// Bold.
    Bold,
    /// Tifinagh (one weight), drawn where a line has Tifinagh letters.
    Tifinagh,
}

/// Whether a character is a Tifinagh letter (the Unicode block U+2D30–U+2D7F).
pub fn is_tifinagh(c: char) -> bool {
    ('\u{2D30}'..='\u{2D7F}').contains(&c)
}

/// A parsed face.
pub struct Font {
    /// The font file.
    pub data: &'static [u8],
    face: Face<'static>,
    /// Units per em.
    pub upem: f32,
}

/// Why a font could not be used.
#[derive(Debug, thiserror::Error)]
#[error("the embedded font could not be read")]
pub struct FontError;

impl Font {
    /// Parses an embedded face.
    pub fn load(weight: Weight) -> Result<Font, FontError> {
        let data = match weight {
            Weight::Regular => AMIRI_REGULAR,
            Weight::Bold => AMIRI_BOLD,
            Weight::Tifinagh => NOTO_TIFINAGH,
        };
        let face = Face::from_slice(data, 0).ok_or(FontError)?;
        let upem = f32::from(face.units_per_em().max(1) as u16);
        Ok(Font { data, face, upem })
    }

    /// Advance of a glyph in thousandths of an em (the PDF unit for widths).
    pub fn width_1000(&self, gid: u16) -> f32 {
        let adv = self.face.glyph_hor_advance(rustybuzz::ttf_parser::GlyphId(gid)).unwrap_or(0);
        f32::from(adv) * 1000.0 / self.upem
    }

    /// Ascender, descender and bounding box, in thousandths of an em.
    pub fn metrics_1000(&self) -> (f32, f32, [f32; 4]) {
        let s = 1000.0 / self.upem;
        let b = self.face.global_bounding_box();
        (
            f32::from(self.face.ascender()) * s,
            f32::from(self.face.descender()) * s,
            [f32::from(b.x_min) * s, f32::from(b.y_min) * s, f32::from(b.x_max) * s, f32::from(b.y_max) * s],
        )
    }
}

/// A glyph placed along a run, in thousandths of an em.
#[derive(Debug, Clone, PartialEq)]
pub struct Glyph {
    /// Glyph id in the font.
    pub gid: u16,
    /// Horizontal offset from the pen.
    pub x_offset: f32,
    /// Vertical offset from the baseline.
    pub y_offset: f32,
    /// How far the pen moves after it.
    pub advance: f32,
    /// When this glyph opens a cluster drawn with several glyphs: the cluster's text and how
    /// many glyphs it spans (the page marks them as one piece of text).
    pub span: Option<(String, usize)>,
}

/// A run of one direction, shaped: glyphs left to right as they are drawn, and the text they
/// stand for in logical (reading) order.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    /// Glyphs in drawing order.
    pub glyphs: Vec<Glyph>,
    /// The run's text, in reading order.
    pub text: String,
    /// Right to left.
    pub rtl: bool,
    /// Total advance, in thousandths of an em.
    pub width: f32,
    /// Drawn with the Tifinagh face rather than the line's own.
    pub tifinagh: bool,
}

/// A line shaped: its runs in visual order (left to right), and the text each glyph stands
/// for (for the font's ToUnicode map).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Line {
    /// Runs, left to right.
    pub runs: Vec<Run>,
    /// Glyph id → the text it shows (first seen), in the line's own face.
    pub unicode: BTreeMap<u16, String>,
    /// The same for the Tifinagh face.
    pub tifinagh_unicode: BTreeMap<u16, String>,
}

impl Line {
    /// Total advance, in thousandths of an em.
    pub fn width(&self) -> f32 {
        self.runs.iter().map(|r| r.width).sum()
    }
}

/// Shapes one line of text: splits it into directional runs with the Unicode bidirectional
/// algorithm (the paragraph direction from its first strong character, or `rtl` if it has
/// none), and shapes each run with the font.
pub fn shape_line(font: &Font, text: &str, rtl: bool) -> Line {
    shape_line_with(font, None, text, rtl)
}

/// As [`shape_line`], with the Tifinagh face for the Tifinagh letters: a left-to-right run is
/// split where it passes from Tifinagh letters to others (spaces go with the letters before
/// them), each piece shaped with its face. Tifinagh is written left to right, so it never
/// sits inside a right-to-left run.
pub fn shape_line_with(font: &Font, tifinagh: Option<&Font>, text: &str, rtl: bool) -> Line {
    let mut line = Line::default();
    if text.is_empty() {
        return line;
    }
    let default_level = if rtl { unicode_bidi::Level::rtl() } else { unicode_bidi::Level::ltr() };
    let bidi = BidiInfo::new(text, Some(default_level));
    for para in &bidi.paragraphs {
        let (levels, runs) = bidi.visual_runs(para, para.range.clone());
        for range in runs {
            let run_rtl = levels.get(range.start).is_some_and(|l| l.is_rtl());
            let run_text = &text[range];
            match tifinagh {
                Some(tif) if !run_rtl && run_text.chars().any(is_tifinagh) => {
                    for (piece, is_tif) in split_by_script(run_text) {
                        let (face, map) =
                            if is_tif { (tif, &mut line.tifinagh_unicode) } else { (font, &mut line.unicode) };
                        let mut run = shape_run(face, piece, false, map);
                        run.tifinagh = is_tif;
                        line.runs.push(run);
                    }
                }
                _ => line.runs.push(shape_run(font, run_text, run_rtl, &mut line.unicode)),
            }
        }
    }
    line
}

/// The pieces of a left-to-right run, each all Tifinagh letters or all others; a space or
/// other neutral character stays with the piece before it.
fn split_by_script(text: &str) -> Vec<(&str, bool)> {
    let mut out: Vec<(&str, bool)> = vec![];
    let mut start = 0;
    let mut current: Option<bool> = None;
    for (i, c) in text.char_indices() {
        let this = if c.is_alphanumeric() { Some(is_tifinagh(c)) } else { None };
        match (current, this) {
            (Some(cur), Some(t)) if cur != t => {
                out.push((&text[start..i], cur));
                start = i;
                current = Some(t);
            }
            (None, Some(t)) => current = Some(t),
            _ => {}
        }
    }
    if start < text.len() {
        out.push((&text[start..], current.unwrap_or(false)));
    }
    out
}

fn shape_run(font: &Font, text: &str, rtl: bool, unicode: &mut BTreeMap<u16, String>) -> Run {
    let mut buffer = UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    buffer.set_direction(if rtl { Direction::RightToLeft } else { Direction::LeftToRight });
    let shaped = rustybuzz::shape(&font.face, &[], buffer);
    let scale = 1000.0 / font.upem;
    let infos = shaped.glyph_infos();
    let positions = shaped.glyph_positions();
    // The text of each cluster: from its start to the next larger cluster start.
    let mut starts: Vec<usize> = infos.iter().map(|i| i.cluster as usize).collect();
    starts.sort_unstable();
    starts.dedup();
    // A cluster's text goes to its first glyph in reading order (the last drawn, right to
    // left); its other glyphs (joining strokes, marks) stand for nothing, unless another
    // cluster gives them text.
    let order: Vec<usize> = if rtl { (0..infos.len()).rev().collect() } else { (0..infos.len()).collect() };
    let mut seen_cluster = std::collections::HashSet::new();
    for i in order {
        let gid = u16::try_from(infos[i].glyph_id).unwrap_or(0);
        let start = infos[i].cluster as usize;
        if seen_cluster.insert(start) {
            let end = starts.iter().find(|s| **s > start).copied().unwrap_or(text.len());
            if let Some(t) = text.get(start..end) {
                let slot = unicode.entry(gid).or_default();
                if slot.is_empty() {
                    *slot = t.to_string();
                }
            }
        } else {
            unicode.entry(gid).or_default();
        }
    }
    let mut glyphs = Vec::with_capacity(infos.len());
    let mut width = 0.0;
    for (k, (info, pos)) in infos.iter().zip(positions).enumerate() {
        let gid = u16::try_from(info.glyph_id).unwrap_or(0);
        let start = info.cluster as usize;
        let opens = k == 0 || infos[k - 1].cluster != info.cluster;
        let count = infos[k..].iter().take_while(|i| i.cluster == info.cluster).count();
        let span = (opens && count > 1).then(|| {
            let end = starts.iter().find(|s| **s > start).copied().unwrap_or(text.len());
            (text.get(start..end).unwrap_or("").to_string(), count)
        });
        let advance = pos.x_advance as f32 * scale;
        glyphs.push(Glyph {
            gid,
            x_offset: pos.x_offset as f32 * scale,
            y_offset: pos.y_offset as f32 * scale,
            advance,
            span,
        });
        width += advance;
    }
    Run { glyphs, text: text.to_string(), rtl, width, tifinagh: false }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_is_shaped_right_to_left_and_joined() {
        let font = Font::load(Weight::Regular).expect("font");
        let line = shape_line(&font, "أمينة", true);
        assert_eq!(line.runs.len(), 1);
        assert!(line.runs[0].rtl);
        assert_eq!(line.runs[0].text, "أمينة", "the logical text is kept");
        // Joined forms differ from the isolated letters: shaping happened.
        let isolated: Vec<u16> =
            "أمينة".chars().map(|c| shape_line(&font, &c.to_string(), true).runs[0].glyphs[0].gid).collect();
        let joined: Vec<u16> = line.runs[0].glyphs.iter().map(|g| g.gid).collect();
        assert_ne!(isolated.iter().rev().copied().collect::<Vec<_>>(), joined);
        assert!(line.width() > 0.0);
    }

    #[test]
    fn tifinagh_letters_are_drawn_with_their_own_face() {
        let amiri = Font::load(Weight::Regular).expect("font");
        let noto = Font::load(Weight::Tifinagh).expect("font");
        let alone = shape_line(&amiri, "ⴰⵎⵉⵏⴰ", false);
        assert!(alone.runs[0].glyphs.iter().all(|g| g.gid == 0), "Amiri has no Tifinagh: empty boxes");
        let line = shape_line_with(&amiri, Some(&noto), "Amina ⴰⵎⵉⵏⴰ ⵍⵉⴷⵔⵉⵙⵉ", false);
        assert_eq!(line.runs.iter().map(|r| r.tifinagh).collect::<Vec<_>>(), vec![false, true]);
        assert!(line.runs.iter().flat_map(|r| &r.glyphs).all(|g| g.gid != 0), "every glyph drawn");
        assert_eq!(line.tifinagh_unicode.values().filter(|t| t.as_str() == "ⵎ").count(), 1);
        let arabic = shape_line_with(&amiri, Some(&noto), "أمينة ⴰⵎⵉⵏⴰ", true);
        assert!(arabic.runs.iter().any(|r| r.rtl && !r.tifinagh) && arabic.runs.iter().any(|r| r.tifinagh));
        assert!(arabic.runs.iter().flat_map(|r| &r.glyphs).all(|g| g.gid != 0));
    }

    #[test]
    fn mixed_lines_split_into_runs_in_visual_order() {
        let font = Font::load(Weight::Regular).expect("font");
        let line = shape_line(&font, "رقم 1234/1990", true);
        assert!(line.runs.len() >= 2, "{:?}", line.runs.iter().map(|r| &r.text).collect::<Vec<_>>());
        // In a right-to-left paragraph the number is drawn left of the Arabic word.
        assert!(line.runs[0].text.contains("1234"));
        assert!(line.runs.last().is_some_and(|r| r.rtl && r.text.contains("رقم")));
        let latin = shape_line(&font, "Amina El Idrissi", false);
        assert_eq!(latin.runs.len(), 1);
        assert!(!latin.runs[0].rtl);
        assert_eq!(latin.unicode.values().filter(|t| t.as_str() == "A").count(), 1);
        // A cluster drawn with two glyphs gives its letter to one of them only.
        let word = shape_line(&font, "المملكة", true);
        let letters: String =
            word.runs[0].glyphs.iter().rev().filter_map(|g| word.unicode.get(&g.gid)).cloned().collect();
        assert_eq!(letters, "المملكة");
    }
}
