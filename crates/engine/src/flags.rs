//! The flags beside a case's status, as a type. They are stored comma-separated and sorted
//! (the queue's partial indexes match them by text); they are parsed here, once, and nothing
//! else matches on their spelling.

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
}

impl Flag {
    /// Flags only the deadline job writes.
    pub fn is_deadline_flag(self) -> bool {
        matches!(self, Flag::DueSoon | Flag::Overdue | Flag::RoutingOverdue)
    }
}

/// The flags of a case.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Flags(BTreeSet<Flag>);

impl Flags {
    /// Parses the stored text; an unknown spelling is ignored (and logged), never fatal.
    pub fn parse(stored: &str) -> Flags {
        Flags(
            stored
                .split(',')
                .filter(|f| !f.is_empty())
                .filter_map(|f| {
                    let flag = Flag::parse(f);
                    if flag.is_none() {
                        tracing::warn!(flag = f, "unknown flag on a case");
                    }
                    flag
                })
                .collect(),
        )
    }

    /// Whether the flag is set.
    pub fn has(&self, flag: Flag) -> bool {
        self.0.contains(&flag)
    }

    /// Sets or clears a flag.
    pub fn set(&mut self, flag: Flag, on: bool) -> &mut Self {
        if on {
            self.0.insert(flag);
        } else {
            self.0.remove(&flag);
        }
        self
    }

    /// The flags, in order.
    pub fn iter(&self) -> impl Iterator<Item = Flag> + '_ {
        self.0.iter().copied()
    }

    /// The stored text: sorted, comma-separated.
    pub fn stored(&self) -> String {
        let mut v: Vec<&str> = self.0.iter().map(|f| f.as_str()).collect();
        v.sort_unstable();
        v.join(",")
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
        assert_eq!(f.stored(), "awaiting-payment,fast-lane");
        for flag in Flag::ALL {
            assert_eq!(Flag::parse(flag.as_str()), Some(*flag));
        }
    }
}
