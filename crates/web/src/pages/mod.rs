//! HTML pages, one module per area.

pub mod account;
pub mod admin;
pub mod administrations;
pub mod anonymous;
pub mod api_tokens;
pub mod appointments;
pub mod apps;
pub mod auth;
pub mod cases;
pub mod catalogue;
pub mod complaints;
pub mod consulates;
pub mod counter;
pub mod demo_mail;
pub mod family;
pub mod holidays;
pub mod home;
pub mod identity;
pub mod lang;
pub mod my_acts;
pub mod payments;
pub mod privacy;
pub mod staff;
pub mod staff_cases;
pub mod topics;
pub mod tracking;
