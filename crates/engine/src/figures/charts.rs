//! A report's figures as data others can read: CSV (one line per administration for the
//! month, then one per month of the series for the whole province) and SVG charts, each with
//! its title and description for screen readers. The caller brings the translated labels.

use std::fmt::Write as _;

use super::{Report, Tally};

fn opt(v: Option<f64>) -> String {
    v.map(|v| format!("{v:.1}")).unwrap_or_default()
}

/// The report as CSV: the administrations of the month (by identifier), then the months of
/// the series for the province (`administration` = the province), visitors included.
pub fn csv(r: &Report) -> String {
    let mut out = String::from(
        "month,administration,filed,decided,decided_late,on_time_percent,average_days,complaints_filed,complaints_answered,\
         fast_lane_filed,fast_lane_decided,visitors,visitors_served,visitors_absent,average_wait_minutes,\
         open_now,overdue_now,escalated_now,escalated_cell_now\n",
    );
    let row = |out: &mut String, month: &str, org: &str, t: &Tally, visitors: bool, open: Option<super::OpenNow>| {
        let v = |n: i64| if visitors { n.to_string() } else { String::new() };
        let o = |f: fn(&super::OpenNow) -> i64| open.as_ref().map(|x| f(x).to_string()).unwrap_or_default();
        let _ = writeln!(
            out,
            "{month},{org},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}",
            t.filed,
            t.decided,
            t.late,
            opt(t.on_time_percent()),
            opt(t.average_days()),
            t.complaints,
            t.answered,
            t.fast_filed,
            t.fast_decided,
            v(t.tickets),
            v(t.served),
            v(t.absent),
            if visitors { opt(t.average_wait()) } else { String::new() },
            o(|x| x.open),
            o(|x| x.overdue),
            o(|x| x.escalated),
            o(|x| x.escalated_cell),
        );
    };
    let month = r.month.to_string();
    for l in &r.orgs {
        row(&mut out, &month, &l.org_id, &l.month, false, Some(l.open));
    }
    for (m, t) in &r.series {
        let now = (*m == r.month).then_some(r.open);
        row(&mut out, &m.to_string(), r.province.as_str(), t, true, now);
    }
    out
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The labels of the monthly chart, translated.
pub struct MonthlyLabels {
    /// Its title.
    pub title: String,
    /// Its description.
    pub desc: String,
    /// "Filed".
    pub filed: String,
    /// "Decided".
    pub decided: String,
    /// "Summer months".
    pub summer: String,
    /// Whether the reader's language is written right to left.
    pub rtl: bool,
}

const W: f64 = 720.0;

/// An SVG document of height `height`, with its title (shown and for screen readers) and
/// description, on a white ground.
fn open(title: &str, desc: &str, height: f64) -> String {
    let (title, desc) = (escape(title), escape(desc));
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {W} {height}\" width=\"{W}\" height=\"{height}\" role=\"img\" \
         aria-labelledby=\"t d\" font-family=\"sans-serif\" font-size=\"11\">\
         <title id=\"t\">{title}</title><desc id=\"d\">{desc}</desc><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\
         <text x=\"{x}\" y=\"20\" font-size=\"14\" font-weight=\"bold\" text-anchor=\"middle\">{title}</text>",
        x = W / 2.0
    )
}

/// A legend's text starts at its swatch's right in either direction.
fn legend(rtl: bool) -> &'static str {
    if rtl { " direction=\"rtl\" text-anchor=\"end\"" } else { "" }
}
const H: f64 = 320.0;

/// The requests filed and decided each month of the series, summer months shaded.
pub fn monthly_svg(r: &Report, l: &MonthlyLabels) -> String {
    let (left, right, top, bottom) = (48.0, 16.0, 56.0, 40.0);
    let max = r.series.iter().map(|(_, t)| t.filed.max(t.decided)).max().unwrap_or(0).max(1) as f64;
    let step = (W - left - right) / r.series.len().max(1) as f64;
    let plot = H - top - bottom;
    let y = |v: i64| top + plot - plot * v as f64 / max;
    let mut s = open(&l.title, &l.desc, H);
    // The legend.
    for (i, (label, colour)) in
        [(&l.filed, "#1d4e89"), (&l.decided, "#2a9d8f"), (&l.summer, "#fcefc7")].iter().enumerate()
    {
        let x = left + i as f64 * 180.0;
        let _ = write!(
            s,
            "<rect x=\"{x}\" y=\"30\" width=\"12\" height=\"12\" fill=\"{colour}\" stroke=\"#555\" stroke-width=\"0.5\"/>\
             <text x=\"{}\" y=\"40\"{}>{}</text>",
            x + 16.0,
            legend(l.rtl),
            escape(label)
        );
    }
    let _ = write!(
        s,
        "<line x1=\"{left}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"#333\"/>",
        top + plot,
        W - right,
        top + plot
    );
    let _ = write!(s, "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>", left - 6.0, top + 4.0, max as i64);
    let _ = write!(s, "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">0</text>", left - 6.0, top + plot);
    for (i, (m, t)) in r.series.iter().enumerate() {
        let x = left + i as f64 * step;
        if m.is_summer() {
            let _ =
                write!(s, "<rect x=\"{x:.1}\" y=\"{top}\" width=\"{step:.1}\" height=\"{plot}\" fill=\"#fcefc7\"/>");
        }
        let bar = (step - 8.0) / 2.0;
        for (j, (v, colour)) in [(t.filed, "#1d4e89"), (t.decided, "#2a9d8f")].iter().enumerate() {
            let bx = x + 4.0 + j as f64 * bar;
            let _ = write!(
                s,
                "<rect x=\"{bx:.1}\" y=\"{:.1}\" width=\"{bar:.1}\" height=\"{:.1}\" fill=\"{colour}\"><title>{m}: {v}</title></rect>",
                y(*v),
                top + plot - y(*v)
            );
        }
        let _ = write!(
            s,
            "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\" direction=\"ltr\">{m}</text>",
            x + step / 2.0,
            H - bottom + 16.0
        );
    }
    s.push_str("</svg>");
    s
}

/// The labels of the administrations chart, translated.
pub struct OrgLabels {
    /// Its title.
    pub title: String,
    /// Its description.
    pub desc: String,
    /// "Decided within the deadline".
    pub on_time: String,
    /// "Decided late".
    pub late: String,
    /// The administrations' names, in the report's order.
    pub names: Vec<String>,
    /// Whether the reader's language is written right to left.
    pub rtl: bool,
}

/// How many administrations the chart shows (the busiest).
pub const CHART_ORGS: usize = 12;

/// Each administration's requests decided in the month, within the deadline and late.
pub fn orgs_svg(r: &Report, l: &OrgLabels) -> String {
    let lines: Vec<_> = r.orgs.iter().take(CHART_ORGS).collect();
    let row = 26.0;
    let (top, label_w, right) = (60.0, 260.0, 60.0);
    let height = top + row * lines.len().max(1) as f64 + 20.0;
    let max = lines.iter().map(|o| o.month.decided).max().unwrap_or(0).max(1) as f64;
    let room = W - label_w - right - 16.0;
    let mut s = open(&l.title, &l.desc, height);
    for (i, (label, colour)) in [(&l.on_time, "#2a9d8f"), (&l.late, "#c0392b")].iter().enumerate() {
        let x = 16.0 + i as f64 * 240.0;
        let _ = write!(
            s,
            "<rect x=\"{x}\" y=\"32\" width=\"12\" height=\"12\" fill=\"{colour}\"/><text x=\"{}\" y=\"42\"{}>{}</text>",
            x + 16.0,
            legend(l.rtl),
            escape(label)
        );
    }
    for (i, o) in lines.iter().enumerate() {
        let y = top + i as f64 * row;
        let name = l.names.get(i).cloned().unwrap_or_else(|| o.org_id.clone());
        // The name ends at the bar: its right edge in either direction.
        let anchor = if l.rtl { " direction=\"rtl\" text-anchor=\"start\"" } else { " text-anchor=\"end\"" };
        let _ = write!(s, "<text x=\"{}\" y=\"{:.1}\"{anchor}>{}</text>", label_w, y + 15.0, escape(&name));
        let on_time = (o.month.decided - o.month.late) as f64 / max * room;
        let late = o.month.late as f64 / max * room;
        let x0 = label_w + 8.0;
        let _ = write!(
            s,
            "<rect x=\"{x0:.1}\" y=\"{:.1}\" width=\"{on_time:.1}\" height=\"18\" fill=\"#2a9d8f\"/>\
             <rect x=\"{:.1}\" y=\"{:.1}\" width=\"{late:.1}\" height=\"18\" fill=\"#c0392b\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" direction=\"ltr\">{} / {}</text>",
            y + 2.0,
            x0 + on_time,
            y + 2.0,
            x0 + on_time + late + 6.0,
            y + 15.0,
            o.month.decided - o.month.late,
            o.month.decided
        );
    }
    s.push_str("</svg>");
    s
}
