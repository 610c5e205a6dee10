//! The communes' rates of the tax on construction operations, as data (see
//! `data/urbanism/construction-tax.toml`): MAD per m² of covered area, per commune.

use std::collections::BTreeMap;

use serde::Deserialize;

/// The rates, per commune.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TaxRates {
    /// MAD per m², by commune.
    pub rates: BTreeMap<String, u32>,
    /// Whether they are still to be confirmed.
    pub to_confirm: bool,
    /// Where they were read.
    pub source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    source: String,
    #[serde(default)]
    to_confirm: bool,
    commune: Vec<RawCommune>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCommune {
    id: String,
    mad_per_m2: u32,
}

impl TaxRates {
    /// Reads the rates; a commune named twice, or a rate of 0 or above 1,000 MAD, is refused.
    pub fn from_toml(text: &str) -> Result<TaxRates, String> {
        let raw: Raw = toml::from_str(text).map_err(|e| e.to_string())?;
        let mut rates = BTreeMap::new();
        for c in raw.commune {
            if !(1..=1000).contains(&c.mad_per_m2) {
                return Err(format!("the rate of {} must be from 1 to 1000 MAD per m²", c.id));
            }
            if rates.insert(c.id.clone(), c.mad_per_m2).is_some() {
                return Err(format!("{} is named twice", c.id));
            }
        }
        Ok(TaxRates { rates, to_confirm: raw.to_confirm, source: raw.source })
    }

    /// The tax on `area` m² in a commune, if it has a rate.
    pub fn tax(&self, commune: &str, area: u32) -> Option<(u32, u32)> {
        self.rates.get(commune).map(|rate| (*rate, rate.saturating_mul(area)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_rates_read_and_refuse_mistakes() {
        let shipped = TaxRates::from_toml(include_str!("../../../data/urbanism/construction-tax.toml")).unwrap();
        assert!(shipped.to_confirm, "placeholders until the communes confirm them");
        assert_eq!(shipped.tax("commune-imzouren", 240), Some((15, 3600)));
        assert_eq!(shipped.tax("commune-nowhere", 240), None);
        let twice =
            "source = \"x\"\n[[commune]]\nid = \"a\"\nmad_per_m2 = 5\n[[commune]]\nid = \"a\"\nmad_per_m2 = 6\n";
        assert!(TaxRates::from_toml(twice).unwrap_err().contains("twice"));
        let zero = "source = \"x\"\n[[commune]]\nid = \"a\"\nmad_per_m2 = 0\n";
        assert!(TaxRates::from_toml(zero).is_err());
    }
}
