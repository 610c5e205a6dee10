//! Nafida's web face: the HTML pages and the JSON API over the same service functions, the
//! operational endpoints, and the layers every request passes through.

pub mod api;
pub mod assets;
pub mod auth;
pub mod casework;
pub mod csrf;
pub mod documents;
pub mod error;
pub mod forms;
pub mod metrics;
pub mod middleware;
pub mod openapi;
pub mod page;
pub mod pages;
pub mod passwords;
pub mod proxies;
pub mod redirect;
pub mod router;
pub mod state;
pub mod statistics;
pub mod system;
pub mod views;

pub use nafida_engine::{catalog, i18n, mails};
pub use router::build_router;
pub use state::{AppState, WebSettings};
