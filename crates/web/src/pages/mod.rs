//! Public HTML pages.

pub mod administrations;
pub mod home;
pub mod lang;
