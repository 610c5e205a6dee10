//! Text folding for search: Arabic without diacritics and with letter variants folded
//! (أ إ آ ٱ → ا, ة → ه, ى → ي, ؤ → و, ئ → ي), Latin without accents, all lower case. A query
//! matches when every folded word of it appears in the folded text.

/// Folds text for matching.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            // Arabic diacritics (harakat, shadda, sukun, superscript alef) and tatweel vanish.
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ة' => out.push('ه'),
            'ى' | 'ئ' => out.push('ي'),
            'ؤ' => out.push('و'),
            'à' | 'â' | 'ä' | 'á' | 'À' | 'Â' | 'Ä' | 'Á' => out.push('a'),
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => out.push('e'),
            'î' | 'ï' | 'í' | 'Î' | 'Ï' | 'Í' => out.push('i'),
            'ô' | 'ö' | 'ó' | 'Ô' | 'Ö' | 'Ó' => out.push('o'),
            'ù' | 'û' | 'ü' | 'ú' | 'Ù' | 'Û' | 'Ü' | 'Ú' => out.push('u'),
            'ç' | 'Ç' => out.push('c'),
            'ñ' | 'Ñ' => out.push('n'),
            'œ' | 'Œ' => out.push_str("oe"),
            '’' | '\'' | '-' | '«' | '»' | '(' | ')' | ',' | '.' | ':' | ';' | '،' => out.push(' '),
            c => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Words too common to search by, in the three languages (folded).
const STOP_WORDS: &[&str] = &[
    "de", "d", "du", "des", "la", "le", "les", "l", "un", "une", "et", "en", "a", "au", "aux", "pour", "mon", "ma",
    "mes", "the", "of", "an", "and", "for", "my", "to", "in", "on", "من", "في", "على", "الى", "عن", "و",
];

/// The Arabic prefixes light stemming removes (the article and the particles glued to it).
const AR_PREFIXES: &[&str] = &["وال", "بال", "كال", "فال", "لل", "ال"];

/// The Arabic endings light stemming removes (plurals, the feminine ending, the dual).
const AR_SUFFIXES: &[&str] = &["ات", "ون", "ين", "ان", "ه"];

/// A search term of a folded word: Arabic without its article and common endings (light
/// stemming), Latin without a plural `s` or `x`.
pub fn stem(word: &str) -> String {
    let arabic = word.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    let mut w = word.to_string();
    if arabic {
        for p in AR_PREFIXES {
            if w.starts_with(p) && w.chars().count() > p.chars().count() + 2 {
                w = w[p.len()..].to_string();
                break;
            }
        }
        for s in AR_SUFFIXES {
            if w.ends_with(s) && w.chars().count() > s.chars().count() + 2 {
                w.truncate(w.len() - s.len());
                break;
            }
        }
        w
    } else {
        if w.chars().count() > 3 && (w.ends_with('s') || w.ends_with('x')) {
            w.pop();
        }
        w
    }
}

/// The search terms of a text: folded words, stop words left out, each stemmed.
pub fn terms(text: &str) -> Vec<String> {
    fold(text).split_whitespace().filter(|w| !STOP_WORDS.contains(w)).map(stem).filter(|w| !w.is_empty()).collect()
}

/// The edit distance between two words (insertions, deletions, substitutions and swaps of
/// two neighbours), up to `most` (anything further is `most + 1`).
pub fn distance(a: &str, b: &str, most: usize) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len().abs_diff(b.len()) > most {
        return most + 1;
    }
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (rows[i - 1][j] + 1).min(rows[i][j - 1] + 1).min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = d;
        }
    }
    rows[a.len()][b.len()].min(most + 1)
}

/// How well a query term matches an indexed term: 1 the same, 0.7 the start of it (three
/// letters or more), 0.5 a Latin word one typo away (two for long words), 0 not at all.
pub fn closeness(query: &str, indexed: &str) -> f32 {
    if query == indexed {
        return 1.0;
    }
    let len = query.chars().count();
    if len >= 3 && indexed.starts_with(query) {
        return 0.7;
    }
    let latin = query.chars().all(|c| c.is_ascii_alphabetic());
    if latin && len >= 4 {
        let most = if len >= 8 { 2 } else { 1 };
        if distance(query, indexed, most) <= most {
            return 0.5;
        }
    }
    0.0
}

/// Reads the keywords file: `[procedure-id] words = ["…", …]`.
pub fn parse_keywords(text: &str) -> Result<std::collections::BTreeMap<String, Vec<String>>, String> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Entry {
        words: Vec<String>,
    }
    let entries: std::collections::BTreeMap<String, Entry> = toml::from_str(text).map_err(|e| e.to_string())?;
    Ok(entries.into_iter().map(|(id, e)| (id, e.words)).collect())
}

/// Whether every word of `query` appears in `haystack` (both folded).
pub fn matches(query: &str, folded_haystack: &str) -> bool {
    let q = fold(query);
    let words: Vec<&str> = q.split_whitespace().collect();
    !words.is_empty() && words.iter().all(|w| folded_haystack.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_variants_and_diacritics_fold() {
        let hay = fold("نُسْخَة موجزة من رسم الولادة — إقامة");
        assert!(matches("نسخه", &hay));
        assert!(matches("اقامة", &hay));
        assert!(matches("الوِلادة", &hay));
        assert!(!matches("زواج", &hay));
    }

    #[test]
    fn light_stemming_and_typos() {
        assert_eq!(stem(&fold("الشكايات")), stem(&fold("شكاية")));
        assert_eq!(stem(&fold("الجواز")), "جواز");
        assert_eq!(terms("Acte de naissance"), ["acte", "naissance"]);
        assert_eq!(stem("passeports"), "passeport");
        assert!(closeness("pasport", "passport") > 0.0);
        assert!(closeness("pasport", "permit") == 0.0);
        assert_eq!(distance("plainte", "palinte", 1), 1);
        assert!(closeness("nais", "naissance") > 0.0);
    }

    #[test]
    fn french_accents_fold() {
        let hay = fold("Extrait d’acte de naissance — Légalisation, réfection");
        assert!(matches("legalisation", &hay));
        assert!(matches("REFECTION acte", &hay));
        assert!(matches("Réfection", &hay));
        assert!(!matches("", &hay));
    }
}
