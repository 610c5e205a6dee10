//! The `nafida` binary: parses the command line, runs it, and turns any error into one line
//! on standard error and a non-zero exit code.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = nafida::cli::Cli::parse();
    match nafida::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            let message = format!("{e:#}");
            eprintln!("error: {}", message.split_whitespace().collect::<Vec<_>>().join(" "));
            ExitCode::FAILURE
        }
    }
}
