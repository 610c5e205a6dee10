//! The flags beside a case's status, as a type. They are stored comma-separated and sorted
//! (the queue's partial indexes match them by text); they are parsed here, once, where case
//! rows are read, and nothing else matches on their spelling. A parsed value remembers the text
//! it was read from: guarded updates ("only if the flags are still what I saw") compare it.

use std::collections::BTreeSet;

macro_rules! flags {
    ($($(#[$doc:meta])* $variant:ident = $text:literal,)+) => {
        /// A flag of a case.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Flag {
            $($(#[$doc])* $variant,)+
        }

        impl Flag {
            /// Every flag.
            pub const ALL: &'static [Flag] = &[$(Flag::$variant,)+];

            /// Its stored spelling.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Flag::$variant => $text,)+
                }
            }

            /// The flag of a stored spelling.
            pub fn parse(s: &str) -> Option<Flag> {
                match s {
                    $($text => Some(Flag::$variant),)+
                    _ => None,
                }
            }
        }
    };
}

flags! {
    /// Two working days or fewer left (deadline job).
    DueSoon = "due-soon",
    /// Past its due date (deadline job).
    Overdue = "overdue",
    /// Escalated to the supervisors (deadline job).
    Escalated = "escalated",
    /// Escalated to the provincial cell (deadline job).
    EscalatedCell = "escalated-cell",
    /// Not routed within the procedure's routing delay (deadline job).
    RoutingOverdue = "routing-overdue",
    /// The same person has the same form open (filing).
    PossibleDuplicate = "possible-duplicate",
    /// Handled first (a supervisor, or the MRE card).
    FastLane = "fast-lane",
    /// Waits for its payment; the clock stands still (filing, settlement).
    AwaitingPayment = "awaiting-payment",
    /// Paid with an e-Timbre the DGI could not be asked about (not connected): an agent checks
    /// the purchase before the request can be approved (filing, the agent's check).
    StampToCheck = "stamp-to-check",
}

/// The flags of a case.
#[derive(Debug, Clone, Default)]
pub struct Flags {
    set: BTreeSet<Flag>,
    /// Spellings this version does not know, kept so nothing is lost when flags are rewritten.
    unknown: BTreeSet<String>,
    /// The stored text this value was read from.
    original: String,
}

impl PartialEq for Flags {
    fn eq(&self, other: &Self) -> bool {
        self.set == other.set && self.unknown == other.unknown
    }
}

impl Eq for Flags {}

impl Flags {
    /// Parses the stored text.
    pub fn parse(stored: &str) -> Flags {
        let mut flags = Flags { original: stored.to_string(), ..Flags::default() };
        for f in stored.split(',').filter(|f| !f.is_empty()) {
            match Flag::parse(f) {
                Some(flag) => {
                    flags.set.insert(flag);
                }
                None => {
                    flags.unknown.insert(f.to_string());
                }
            }
        }
        flags
    }

    /// Whether the flag is set.
    pub fn has(&self, flag: Flag) -> bool {
        self.set.contains(&flag)
    }

    /// Sets or clears a flag.
    pub fn set(&mut self, flag: Flag, on: bool) -> &mut Self {
        if on {
            self.set.insert(flag);
        } else {
            self.set.remove(&flag);
        }
        self
    }

    /// The flags, in order.
    pub fn iter(&self) -> impl Iterator<Item = Flag> + '_ {
        self.set.iter().copied()
    }

    /// The text to store: sorted, comma-separated.
    pub fn stored(&self) -> String {
        let mut v: Vec<&str> =
            self.set.iter().map(|f| f.as_str()).chain(self.unknown.iter().map(String::as_str)).collect();
        v.sort_unstable();
        v.join(",")
    }

    /// The stored text this value was read from (what a guarded update compares).
    pub fn original(&self) -> &str {
        &self.original
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_text_round_trips_sorted() {
        let mut f = Flags::parse("overdue,awaiting-payment,nonsense");
        assert!(f.has(Flag::Overdue) && f.has(Flag::AwaitingPayment));
        f.set(Flag::FastLane, true).set(Flag::Overdue, false);
        assert_eq!(f.stored(), "awaiting-payment,fast-lane,nonsense", "an unknown flag is kept");
        assert_eq!(f.original(), "overdue,awaiting-payment,nonsense");
        assert_eq!(Flags::parse("b-unknown,fast-lane"), Flags::parse("fast-lane,b-unknown"));
        for flag in Flag::ALL {
            assert_eq!(Flag::parse(flag.as_str()), Some(*flag));
        }
    }
}
