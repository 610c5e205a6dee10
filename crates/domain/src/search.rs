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
    fn french_accents_fold() {
        let hay = fold("Extrait d’acte de naissance — Légalisation, réfection");
        assert!(matches("legalisation", &hay));
        assert!(matches("REFECTION acte", &hay));
        assert!(matches("Réfection", &hay));
        assert!(!matches("", &hay));
    }
}
