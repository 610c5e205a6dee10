//! The `nafida` binary's library: configuration, the command line, and the commands. `main.rs`
//! only parses arguments and reports errors.

pub mod admin;
pub mod backup;
pub mod catalog;
pub mod cli;
pub mod config;
pub mod demo;
pub mod logging;
pub mod mailer;
pub mod outbox;
pub mod platform;
pub mod server;
pub mod sms;

use std::collections::BTreeMap;

use anyhow::Context;

use crate::cli::{
    AdminCommand, AuditCommand, CatalogCommand, CivilCommand, Cli, CliOverridesExt, Command, ConfigCommand,
};
use crate::config::Config;

/// Runs a parsed command line to completion.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    let env: BTreeMap<String, String> = std::env::vars().collect();
    let config = Config::load(cli.config.as_deref(), &env, &cli.command.overrides())?;
    if let Command::Config(ConfigCommand::Check) = &cli.command {
        print!("{}", config.to_redacted_toml());
        return Ok(());
    }
    if let Command::Catalog(CatalogCommand::Check { dir }) = &cli.command {
        return catalog::check(dir.as_deref());
    }
    if let Command::Verify { file, keys: Some(keys), revocations, .. } = &cli.command {
        return admin::verify_with_keys_file(file, keys, revocations.as_deref());
    }
    logging::init(&config);
    let runtime =
        tokio::runtime::Builder::new_multi_thread().enable_all().build().context("starting the async runtime")?;
    runtime.block_on(async move {
        match &cli.command {
            Command::Serve(_) => server::run(config, false).await,
            Command::Demo(_) => server::run(config, true).await,
            Command::Migrate(_) => admin::migrate(&config).await,
            Command::Admin(AdminCommand::ImportOrgs { file, .. }) => admin::import_orgs(&config, file).await,
            Command::Admin(AdminCommand::CreateUser(args)) => admin::create_user(&config, args).await,
            Command::Admin(AdminCommand::RotateOfficeKey { office, .. }) => {
                admin::rotate_office_key(&config, office).await
            }
            Command::Admin(AdminCommand::CreateApiToken { org, name, expires_in_days, .. }) => {
                admin::create_api_token(&config, org, name, *expires_in_days).await
            }
            Command::Admin(AdminCommand::ListApiTokens { .. }) => admin::list_api_tokens(&config).await,
            Command::Admin(AdminCommand::RunJobs { .. }) => admin::run_jobs(&config).await,
            Command::Admin(AdminCommand::RevokeApiToken { id, .. }) => admin::revoke_api_token(&config, id).await,
            Command::Civil(CivilCommand::Import { file, office, .. }) => {
                admin::import_acts(&config, file, office).await
            }
            Command::Verify { file, .. } => admin::verify_with_database(&config, file).await,
            Command::Audit(AuditCommand::Verify { .. }) => admin::verify_history(&config).await,
            Command::Backup { to, .. } => backup::backup(&config, to).await,
            Command::Restore { from, .. } => backup::restore(&config, from).await,
            Command::Config(ConfigCommand::Check) | Command::Catalog(_) => Ok(()),
        }
    })
}
