//! A case's file as a person reads it, over as many A4 pages as it needs: its facts, its
//! answers, its history and its files, in the reader's language (from the right in Arabic).
//! The complaint file a person takes to the Ombudsman is one.

use std::collections::BTreeMap;

use crate::layout::{Align, Page, RenderError, finish_pages, fonts};
use crate::text::Weight;

const WIDTH: f32 = 595.0;
const HEIGHT: f32 = 842.0;
const MARGIN: f32 = 50.0;
const TOP: f32 = HEIGHT - 60.0;
const BOTTOM: f32 = 60.0;

/// What the file says, already translated by the caller.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CaseFile {
    /// Written from the right (Arabic).
    pub rtl: bool,
    /// Its title.
    pub title: String,
    /// Lines under the title (the platform, the date of the export).
    pub subtitle: Vec<String>,
    /// `(label, value)` lines: the reference, the administration, the dates.
    pub facts: Vec<(String, String)>,
    /// Titled sections of paragraphs: the answers, the history, the files.
    pub sections: Vec<(String, Vec<String>)>,
    /// "Page {n} of {total}", with `{n}` and `{total}` replaced.
    pub page_label: String,
}

/// Lays lines out down the pages, starting a new page where one is full.
struct Flow<'f> {
    fonts: [&'f crate::text::Font; 3],
    pages: Vec<Page<'f>>,
    y: f32,
    rtl: bool,
}

impl<'f> Flow<'f> {
    fn page(&mut self) -> &mut Page<'f> {
        if self.pages.is_empty() {
            self.pages.push(Page::new(self.fonts));
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Room for `height` points, else a new page.
    fn room(&mut self, height: f32) {
        if self.y - height < BOTTOM {
            self.pages.push(Page::new(self.fonts));
            self.y = TOP;
        }
    }

    /// A paragraph at `size`, wrapped; `gap` points after it.
    fn para(&mut self, weight: Weight, size: f32, text: &str, gap: f32) {
        let rtl = self.rtl;
        let (x, align) = if rtl { (WIDTH - MARGIN, Align::Right) } else { (MARGIN, Align::Left) };
        for piece in text.split('\n') {
            let lines = self.page().wrap(weight, size, WIDTH - 2.0 * MARGIN, rtl, piece);
            for line in lines {
                self.room(size * 1.4);
                let y = self.y;
                self.page().text(weight, size, x, y, align, &line);
                self.y -= size * 1.4;
            }
        }
        self.y -= gap;
    }
}

/// Draws the file as a PDF of as many pages as it takes, each numbered.
pub fn render_case_file(f: &CaseFile) -> Result<Vec<u8>, RenderError> {
    let [regular, bold, tifinagh] = fonts()?;
    let mut flow = Flow { fonts: [&regular, &bold, &tifinagh], pages: vec![], y: TOP, rtl: f.rtl };
    flow.para(Weight::Bold, 16.0, &f.title, 4.0);
    for line in &f.subtitle {
        flow.para(Weight::Regular, 9.5, line, 0.0);
    }
    flow.y -= 10.0;
    for (label, value) in &f.facts {
        flow.para(Weight::Bold, 9.5, label, 0.0);
        flow.para(Weight::Regular, 10.5, value, 4.0);
    }
    for (title, paragraphs) in &f.sections {
        flow.y -= 8.0;
        flow.room(40.0);
        let y = flow.y + 10.0;
        flow.page().rule(y);
        flow.para(Weight::Bold, 12.5, title, 4.0);
        for p in paragraphs {
            flow.para(Weight::Regular, 10.0, p, 5.0);
        }
    }
    let total = flow.pages.len();
    for (i, page) in flow.pages.iter_mut().enumerate() {
        let label = f.page_label.replace("{n}", &(i + 1).to_string()).replace("{total}", &total.to_string());
        let align = if f.rtl { Align::CenterRtl } else { Align::CenterLtr };
        page.text(Weight::Regular, 8.0, WIDTH / 2.0, 30.0, align, &label);
    }
    Ok(finish_pages(&flow.pages, [&regular, &bold, &tifinagh], (WIDTH, HEIGHT), &f.title, &BTreeMap::new()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_file_runs_over_numbered_pages() {
        let f = CaseFile {
            rtl: false,
            title: "Dossier de réclamation".into(),
            subtitle: vec!["Nafida".into()],
            facts: vec![("Référence".into(), "AH-26-ABCD2345".into())],
            sections: vec![(
                "Historique".into(),
                (0..120).map(|i| format!("Évènement numéro {i} du dossier.")).collect(),
            )],
            page_label: "Page {n} sur {total}".into(),
        };
        let pdf = render_case_file(&f).unwrap();
        let text = String::from_utf8_lossy(&pdf);
        let count = text.split("/Count ").nth(1).and_then(|r| r.split(' ').next()).unwrap().parse::<usize>().unwrap();
        assert!(count >= 3, "{count} pages");
        assert_eq!(text.matches("/Type /Page ").count(), count);
        let ar = CaseFile {
            rtl: true, title: "ملف الشكاية".into(), page_label: "الصفحة {n} من {total}".into(), ..f
        };
        assert!(render_case_file(&ar).is_ok());
    }
}
